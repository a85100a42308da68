use crate::model::session::summary::Summary;
use crate::model::session::Sessions;
use crate::model::Session;
use crate::storage::backend::{KeyValue, MemoryBackend};
use crate::storage::keys::{session_key, INDEX};
use crate::storage::store::Store;

fn saved(titles: &[&str]) -> Store<MemoryBackend> {
    let mut store = Store::new(MemoryBackend::default());
    store.load_all(1).unwrap();
    let mut list = Sessions::default();
    for (i, title) in titles.iter().enumerate() {
        let mut s = Session::new(format!("s{i}"), 100 + i as u64);
        s.title = title.to_string();
        s.school = "De Vlinder".into();
        s.date = "2026-10-01".into();
        store.save_session(&s).unwrap();
        list.items.push(s);
    }
    store.save_list(&list).unwrap();
    store
}

#[test]
fn the_index_lists_what_load_all_finds() {
    let mut store = saved(&["Overleg oktober", "Overleg november", "Teamdag"]);
    let mut list = store.load_all(2).unwrap().restored.sessions;
    list.delete("s1", 50).unwrap();
    store.save_list(&list).unwrap();
    let glance = store.glance().expect("index agrees with the keys");
    let loaded = store.load_all(3).unwrap().restored.sessions;
    let mut from_sessions: Vec<Summary> = loaded.items.iter().map(Summary::of).collect();
    let mut from_index = glance;
    from_sessions.sort_by(|a, b| a.id.cmp(&b.id));
    from_index.sort_by(|a, b| a.id.cmp(&b.id));
    assert_eq!(from_index, from_sessions);
    assert_eq!(from_index.len(), 2, "the trashed session is not listed");
    assert_eq!(from_index[0].title, "Overleg oktober");
    assert_eq!(from_index[0].school, "De Vlinder");
    assert_eq!(from_index[0].date, "2026-10-01");
}

#[test]
fn a_renamed_session_is_listed_by_its_new_title() {
    let mut store = saved(&["Oud"]);
    let mut s = store.load_all(2).unwrap().restored.sessions.items.remove(0);
    s.title = "Nieuw".into();
    store.save_session(&s).unwrap();
    assert_eq!(store.glance().unwrap()[0].title, "Nieuw");
}

#[test]
fn an_index_that_does_not_name_the_stored_sessions_is_not_used() {
    // Missing.
    let mut store = saved(&["A", "B"]);
    store.backend_mut().remove(INDEX).unwrap();
    assert_eq!(store.glance(), None);
    // Damaged.
    let mut store = saved(&["A", "B"]);
    store.backend_mut().set(INDEX, "[{\"id\":").unwrap();
    assert_eq!(store.glance(), None);
    // A session stored without the index knowing (e.g. another tab, an older version).
    let mut store = saved(&["A", "B"]);
    let extra = Session::new("x", 5);
    let text = crate::storage::codec::encode_session(&extra).unwrap();
    store.backend_mut().set(&session_key("x"), &text).unwrap();
    assert_eq!(store.glance(), None);
    // A session the index lists but storage no longer has.
    let mut store = saved(&["A", "B"]);
    store.backend_mut().remove(&session_key("s0")).unwrap();
    assert_eq!(store.glance(), None);
    // The same id twice.
    let mut store = saved(&["A"]);
    let text = store.backend().get(INDEX).unwrap().unwrap();
    let twice = text.replacen('[', &format!("[{},", &text[1..text.len() - 1]), 1);
    store.backend_mut().set(INDEX, &twice).unwrap();
    assert_eq!(store.glance(), None);
}

#[test]
fn nothing_stored_glances_as_an_empty_list() {
    let mut store = Store::new(MemoryBackend::default());
    store.load_all(1).unwrap();
    store.save_list(&Sessions::default()).unwrap();
    assert_eq!(store.glance(), Some(Vec::new()));
}
