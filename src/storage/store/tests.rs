use std::cell::RefCell;
use std::rc::Rc;

use super::*;
use crate::lang::Lang;
use crate::storage::backend::{BackendError, MemoryBackend};
use crate::storage::keys::{session_key, INDEX, SETTINGS};

/// Two stores over one backend behave like two browser tabs.
#[derive(Clone, Default)]
struct Shared(Rc<RefCell<MemoryBackend>>);

impl KeyValue for Shared {
    fn get(&self, key: &str) -> Result<Option<String>, BackendError> {
        self.0.borrow().get(key)
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), BackendError> {
        self.0.borrow_mut().set(key, value)
    }
    fn remove(&mut self, key: &str) -> Result<(), BackendError> {
        self.0.borrow_mut().remove(key)
    }
    fn keys(&self) -> Result<Vec<String>, BackendError> {
        self.0.borrow().keys()
    }
}

fn session(id: &str) -> Session {
    let mut s = Session::new(id, 100);
    s.title = format!("Sessie {id}");
    s
}

#[test]
fn save_then_load_all_round_trip() {
    let mut store = Store::new(MemoryBackend::default());
    store.load_all(1).unwrap();
    let mut list = Sessions::default();
    list.items.push(session("a"));
    list.items.push(session("b"));
    for s in &list.items {
        store.save_session(s).unwrap();
    }
    list.delete("b", 9).unwrap();
    store.save_list(&list).unwrap();
    store
        .save_settings(
            &Settings {
                language: Lang::En,
                smartboard: true,
                last_open: None,
            },
            1,
        )
        .unwrap();

    let mut again = Store::new(store.backend().clone());
    let loaded = again.load_all(2).unwrap();
    assert_eq!(loaded.restored.sessions, list);
    assert!(again.load_settings().smartboard);
    assert!(again.backend().entries[INDEX].contains("Sessie a"));
}

#[test]
fn two_tabs_never_silently_drop_an_edit() {
    let shared = Shared::default();
    let mut tab1 = Store::new(shared.clone());
    tab1.load_all(1).unwrap();
    tab1.save_session(&session("a")).unwrap();
    let mut tab2 = Store::new(shared.clone());
    let mut mine2 = tab2.load_all(2).unwrap().restored.sessions.items.remove(0);
    let mut mine1 = session("a");

    mine2.title = "tab 2".into();
    mine2.touch(3);
    tab2.save_session(&mine2).unwrap();

    mine1.title = "tab 1".into();
    mine1.touch(4);
    assert_eq!(
        tab1.save_session(&mine1),
        Err(SaveError::Conflict { stored_revision: 1 })
    );
    assert!(shared.0.borrow().entries[&session_key("a")].contains("tab 2"));

    // Keeping this tab's version is an explicit choice: reload, then save above it.
    let stored = tab1.load_session("a").unwrap().unwrap();
    mine1.revision = stored.revision + 1;
    tab1.save_session(&mine1).unwrap();
    assert!(shared.0.borrow().entries[&session_key("a")].contains("tab 1"));
}

#[test]
fn unknown_stored_session_is_a_conflict() {
    let shared = Shared::default();
    let mut tab = Store::new(shared.clone());
    tab.load_all(1).unwrap();
    tab.save_session(&session("a")).unwrap();
    let mut late = Store::new(shared);
    assert!(matches!(
        late.save_session(&session("a")),
        Err(SaveError::Conflict { .. })
    ));
}

#[test]
fn full_storage_keeps_previous_value() {
    let mut store = Store::new(MemoryBackend::default());
    store.load_all(1).unwrap();
    let mut s = session("a");
    store.save_session(&s).unwrap();
    let before = store.backend().entries[&session_key("a")].clone();
    let mut backend = store.backend().clone();
    backend.quota = Some(
        backend
            .entries
            .iter()
            .map(|(k, v)| k.len() + v.len())
            .sum::<usize>()
            + 10,
    );
    let mut store = Store::new(backend);
    store.load_all(2).unwrap();
    s.notes = "x".repeat(500);
    s.touch(3);
    assert_eq!(store.save_session(&s), Err(SaveError::Full));
    assert_eq!(store.backend().entries[&session_key("a")], before);
}

#[test]
fn damaged_entries_are_moved_aside_and_overwrites_keep_a_copy() {
    let mut backend = MemoryBackend::default();
    backend.entries.insert(session_key("bad"), "{oops".into());
    backend
        .entries
        .insert(SETTINGS.into(), r#"{"smartboard":3}"#.into());
    let mut store = Store::new(backend);
    let loaded = store.load_all(50).unwrap();
    assert!(loaded.failed_moves.is_empty());
    let e = &store.backend().entries;
    assert!(!e.contains_key(&session_key("bad")));
    assert_eq!(
        e["samen-doen/quarantine/samen-doen/v1/session/bad/50"],
        "{oops"
    );
    assert_eq!(
        e["samen-doen/quarantine/samen-doen/v1/settings/50"],
        r#"{"smartboard":3}"#
    );

    let mut backend = store.backend().clone();
    backend.entries.insert(session_key("c"), "garbage".into());
    let mut store = Store::new(backend);
    store.save_session(&session("c")).unwrap();
    assert_eq!(
        store.backend().entries["samen-doen/quarantine/samen-doen/v1/session/c/100"],
        "garbage"
    );
}

#[test]
fn failed_quarantine_leaves_the_original() {
    let mut backend = MemoryBackend::default();
    backend.entries.insert(session_key("bad"), "{oops".into());
    backend.quota = Some(40);
    let mut store = Store::new(backend);
    let loaded = store.load_all(7).unwrap();
    assert_eq!(loaded.failed_moves.len(), 1);
    assert_eq!(loaded.failed_moves[0].1, SaveError::Full);
    assert_eq!(store.backend().entries[&session_key("bad")], "{oops");
    assert_eq!(loaded.restored.quarantined[0].raw, "{oops");
}

#[test]
fn broken_storage_returns_errors_not_panics() {
    let mut store = Store::new(MemoryBackend {
        broken: true,
        ..Default::default()
    });
    assert!(matches!(store.load_all(1), Err(SaveError::Denied)));
    assert!(matches!(
        store.save_session(&session("a")),
        Err(SaveError::Denied)
    ));
    assert_eq!(store.load_settings(), Settings::default());
    assert_eq!(
        store.save_session(&Session::default()),
        Err(SaveError::NoId)
    );
}

#[test]
fn delete_and_discard() {
    let mut store = Store::new(MemoryBackend::default());
    store.load_all(1).unwrap();
    store.save_session(&session("a")).unwrap();
    store.delete_session("a").unwrap();
    assert!(store.load_session("a").unwrap().is_none());
    let key = store.quarantine("x", "raw", 5).unwrap();
    assert!(store.discard_quarantined(&session_key("b")).is_err());
    store.discard_quarantined(&key).unwrap();
    assert!(!store.backend().entries.contains_key(&key));
}

fn stored_backend(ids: &[&str]) -> MemoryBackend {
    let mut store = Store::new(MemoryBackend::default());
    store.load_all(1).unwrap();
    let mut list = Sessions::default();
    for id in ids {
        list.items.push(session(id));
        store.save_session(&session(id)).unwrap();
    }
    store.save_list(&list).unwrap();
    store.backend().clone()
}

#[test]
fn storage_full_at_start_still_reads_everything() {
    let mut backend = stored_backend(&["a", "b"]);
    let used: usize = backend.entries.iter().map(|(k, v)| k.len() + v.len()).sum();
    backend.quota = Some(used);
    let mut store = Store::new(backend);
    let loaded = store.load_all(5).unwrap();
    assert_eq!(loaded.restored.sessions.items.len(), 2);
    let mut edited = session("a");
    edited.title = "veel langer dan voorheen".into();
    assert_eq!(store.save_session(&edited), Err(SaveError::Full));
    assert!(store.backend().entries[&session_key("a")].contains("Sessie a"));
}

#[test]
fn when_reads_throw_nothing_stored_is_written_over() {
    let mut backend = stored_backend(&["a"]);
    let before = backend.entries.clone();
    backend.fail_get = true;
    let mut store = Store::new(backend);
    assert!(matches!(store.load_all(5), Err(SaveError::Denied)));
    let list = Sessions::default();
    assert!(matches!(
        store.save_list(&list),
        Err(SaveError::Blocked { .. })
    ));
    assert!(matches!(
        store.save_settings(&Settings::default(), 5),
        Err(SaveError::Blocked { .. })
    ));
    assert!(matches!(
        store.save_session(&session("a")),
        Err(SaveError::Blocked { .. })
    ));
    assert_eq!(store.backend().entries, before);
}

#[test]
fn when_listing_throws_the_index_finds_the_sessions() {
    let mut backend = stored_backend(&["a", "b"]);
    backend.fail_keys = true;
    let mut store = Store::new(backend);
    let loaded = store.load_all(5).unwrap();
    assert!(loaded.listing_failed.is_some());
    assert_eq!(loaded.restored.sessions.items.len(), 2);
    // Creating a session keeps the others in the index.
    let mut list = loaded.restored.sessions.clone();
    list.items.push(session("c"));
    store.save_session(&session("c")).unwrap();
    store.save_list(&list).unwrap();
    let index = &store.backend().entries[INDEX];
    assert!(index.contains("\"a\"") && index.contains("\"b\"") && index.contains("\"c\""));
}

#[test]
fn when_writes_throw_reads_still_work_and_writes_say_why() {
    let mut backend = stored_backend(&["a"]);
    backend.fail_set = true;
    let mut store = Store::new(backend);
    let loaded = store.load_all(5).unwrap();
    assert_eq!(loaded.restored.sessions.items.len(), 1);
    assert!(matches!(
        store.save_session(&session("a")),
        Err(SaveError::Denied)
    ));
}

#[test]
fn a_damaged_trash_keeps_trashed_sessions_in_the_trash() {
    let mut store = Store::new(MemoryBackend::default());
    store.load_all(1).unwrap();
    let mut list = Sessions::default();
    for id in ["live", "gone"] {
        list.items.push(session(id));
        store.save_session(&session(id)).unwrap();
    }
    list.delete("gone", 50).unwrap();
    store.save_list(&list).unwrap();
    let mut backend = store.backend().clone();
    backend
        .entries
        .insert(keys::TRASH.to_string(), "%%% junk".into());
    let mut again = Store::new(backend);
    let loaded = again.load_all(60).unwrap();
    assert_eq!(loaded.restored.quarantined.len(), 1);
    let s = &loaded.restored.sessions;
    assert_eq!(
        s.items.iter().map(|x| x.id.as_str()).collect::<Vec<_>>(),
        ["live"]
    );
    assert_eq!(s.trash.len(), 1);
    assert_eq!(s.trash[0].deleted_ms, 50);
    // Saving the list again writes a good trash, still with the deleted session in it.
    again.save_list(s).unwrap();
    assert!(again.backend().entries[keys::TRASH].contains("gone"));
}

#[test]
fn junk_that_cannot_be_kept_aside_is_never_written_over() {
    let mut backend = stored_backend(&["a"]);
    let junk = "j".repeat(5_000);
    backend.entries.insert(INDEX.to_string(), junk.clone());
    backend.entries.insert(SETTINGS.to_string(), junk.clone());
    let used: usize = backend.entries.iter().map(|(k, v)| k.len() + v.len()).sum();
    backend.quota = Some(used + 100);
    let mut store = Store::new(backend);
    let loaded = store.load_all(5).unwrap();
    assert_eq!(loaded.failed_moves.len(), 2);
    assert_eq!(loaded.restored.sessions.items.len(), 1);
    store.save_list(&loaded.restored.sessions).unwrap();
    assert!(matches!(
        store.save_settings(&Settings::default(), 5),
        Err(SaveError::Blocked { .. })
    ));
    assert_eq!(store.backend().entries[INDEX], junk);
    assert_eq!(store.backend().entries[SETTINGS], junk);
}

#[test]
fn settings_in_a_foreign_envelope_are_kept_aside_not_replaced_by_defaults() {
    let mut backend = MemoryBackend::default();
    let foreign = r#"{"format":"samen-doen","version":9,"data":{"language":"en"}}"#;
    backend
        .entries
        .insert(SETTINGS.to_string(), foreign.to_string());
    let mut store = Store::new(backend);
    let loaded = store.load_all(5).unwrap();
    assert_eq!(loaded.restored.quarantined.len(), 1);
    let kept = store
        .backend()
        .entries
        .iter()
        .find(|(k, _)| k.starts_with(keys::QUARANTINE_PREFIX))
        .map(|(_, v)| v.clone());
    assert_eq!(kept.as_deref(), Some(foreign));
}

#[test]
fn text_with_lone_surrogates_is_kept_aside_exactly() {
    let mut backend = MemoryBackend::default();
    let units: Vec<u16> = "{\"kapot\":\""
        .encode_utf16()
        .chain([0xD800, 0x22])
        .collect();
    backend.utf16.insert(session_key("x"), units.clone());
    let mut store = Store::new(backend);
    let loaded = store.load_all(5).unwrap();
    assert_eq!(loaded.restored.quarantined.len(), 1);
    let kept = store
        .backend()
        .entries
        .iter()
        .find(|(k, _)| k.starts_with(keys::QUARANTINE_PREFIX))
        .map(|(_, v)| v.clone())
        .expect("kept aside");
    assert_eq!(crate::storage::exact::unescape_utf16(&kept), Some(units));
}

#[test]
fn a_stored_session_with_a_date_that_is_no_calendar_date_is_repaired_and_kept_aside() {
    // What an earlier version could have stored: 31 February.
    let mut s = session("d");
    s.date = "2026-02-31".into();
    let raw = crate::storage::codec::encode_session(&s).unwrap();
    let mut backend = MemoryBackend::default();
    backend.entries.insert(session_key("d"), raw.clone());
    let mut store = Store::new(backend);
    let loaded = store.load_all(7).unwrap();
    let read = loaded
        .restored
        .sessions
        .get("d")
        .expect("repaired, not set aside");
    assert_eq!(read.date, "");
    assert_eq!(read.title, "Sessie d");
    assert!(loaded.restored.quarantined.is_empty());
    let repaired = &loaded.repaired[0];
    assert_eq!(repaired.id, "d");
    assert_eq!(repaired.violations[0].path, "date");
    assert_eq!(
        repaired.violations[0].bound,
        crate::model::bounds::Bound::CalendarDate
    );
    // The exact original is kept aside.
    let kept = repaired.kept.as_ref().unwrap();
    assert_eq!(store.backend().entries[kept], raw);
}

#[test]
fn damaged_settings_are_not_intact_and_missing_ones_are() {
    let mut kv = MemoryBackend::default();
    let store = Store::new(kv.clone());
    assert_eq!(store.read_settings(), Some(Settings::default()));
    kv.entries
        .insert(SETTINGS.to_string(), "{\"smartboard\":\"ja\"}".to_string());
    let store = Store::new(kv);
    assert_eq!(store.read_settings(), None);
}

#[test]
fn another_tabs_text_under_the_settings_key_is_copied_aside_before_it_is_written_over() {
    let mut kv = MemoryBackend::default();
    kv.entries
        .insert(SETTINGS.to_string(), "{\"thema\":\"donker\"}".to_string());
    let mut store = Store::new(kv);
    store.save_settings(&Settings::default(), 42).unwrap();
    let entries = &store.backend().entries;
    assert_eq!(
        entries["samen-doen/quarantine/samen-doen/v1/settings/42"],
        "{\"thema\":\"donker\"}"
    );
    assert_eq!(
        Settings::from_json(&entries[SETTINGS]).unwrap(),
        Settings::default()
    );
    // Readable settings are simply replaced, with no copy.
    store.save_settings(&Settings::default(), 43).unwrap();
    assert_eq!(store.backend().entries.len(), 2);
}
