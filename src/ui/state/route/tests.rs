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
