use super::*;

#[test]
fn every_nav_route_round_trips_through_its_href() {
    for route in Route::NAV {
        assert_eq!(Route::parse(&route.href()), route);
    }
}

#[test]
fn import_and_unknown_fragments() {
    assert_eq!(Route::parse("#/import/abc"), Route::Import("abc".into()));
    assert_eq!(Route::parse("#/import/"), Route::NotFound);
    assert_eq!(Route::parse("#/nope"), Route::NotFound);
    assert_eq!(Route::parse(""), Route::Home);
}

#[test]
fn an_answer_link_is_a_route_of_its_own_with_the_same_fragment_as_the_model() {
    use crate::model::answers::code::ANSWER_FRAGMENT;
    let hash = format!("{ANSWER_FRAGMENT}7KQ2MX");
    assert_eq!(Route::parse(&hash), Route::Answer("7KQ2MX".into()));
    assert_eq!(Route::Answer("7KQ2MX".into()).href(), hash);
    assert_eq!(Route::parse("#/antwoord/"), Route::NotFound);
}
