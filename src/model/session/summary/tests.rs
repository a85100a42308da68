use super::*;
use crate::model::session::Sessions;

fn session(id: &str, title: &str, created: u64, updated: u64) -> Session {
    let mut s = Session::new(id.to_string(), created);
    s.title = title.to_string();
    s.updated_ms = updated;
    s
}

#[test]
fn summaries_list_in_the_same_order_and_find_the_same_as_sessions() {
    let mut sessions = Sessions {
        items: vec![
            session("a", "Overleg oktober", 1, 5),
            session("b", "Overleg Één", 2, 5),
            session("c", "Teamdag", 3, 9),
            session("d", "overleg juni", 4, 1),
        ],
        trash: Vec::new(),
    };
    sessions.items[2].date = "2026-11-24".into();
    let iso = |d: &str| d.to_string();
    let summaries: Vec<Summary> = sessions.items.iter().map(Summary::of).collect();
    for query in [
        "",
        "overleg",
        "een",
        "TEAM",
        "niets",
        "2026-11",
        "team 2026",
    ] {
        let from_sessions: Vec<&str> = if query.is_empty() {
            sessions
                .newest_first()
                .iter()
                .map(|s| s.id.as_str())
                .collect()
        } else {
            sessions
                .search(query, &iso)
                .iter()
                .map(|s| s.id.as_str())
                .collect()
        };
        let from_summaries: Vec<&str> = listed(&summaries, query, &iso)
            .iter()
            .map(|s| s.id.as_str())
            .collect();
        assert_eq!(from_sessions, from_summaries, "query {query:?}");
    }
    let all: Vec<&str> = listed(&summaries, "", &iso)
        .iter()
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(all, ["c", "b", "a", "d"]);
    assert_eq!(listed(&summaries, "een", &iso).len(), 1);
}
