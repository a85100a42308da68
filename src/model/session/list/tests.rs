use super::*;
use crate::model::{Participant, Role};

fn sample() -> Sessions {
    let mut list = Sessions::default();
    list.create("a", 100).unwrap().title = "Teamoverleg groep 5".into();
    list.create("b", 200).unwrap().school = "OBS De Ëik".into();
    list.create("c", 300).unwrap().title = "Evaluatie".into();
    list
}

#[test]
fn create_refuses_taken_or_empty_ids() {
    let mut list = sample();
    assert!(list.create("a", 1).is_none());
    assert!(list.create("", 1).is_none());
    list.delete("a", 5).unwrap();
    assert!(list.create("a", 1).is_none(), "trashed ids stay taken");
}

#[test]
fn newest_first_and_search() {
    let mut list = sample();
    list.rename("a", "Teamoverleg groep 5/6", 400).unwrap();
    let ids: Vec<_> = list.newest_first().iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["a", "c", "b"]);
    let iso = |d: &str| d.to_string();
    let found: Vec<_> = list
        .search("de eik", &iso)
        .iter()
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(found, ["b"]);
    assert_eq!(list.search("GROEP", &iso).len(), 1);
    assert_eq!(list.search("", &iso).len(), 3);
    // The date as the caller writes it: the month's name finds it, the title alone does not.
    list.get_mut("c").unwrap().date = "2026-11-24".into();
    let words = |d: &str| {
        if d == "2026-11-24" {
            "24 november 2026".to_string()
        } else {
            d.to_string()
        }
    };
    let by_month: Vec<_> = list
        .search("NOVEMBER", &words)
        .iter()
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(by_month, ["c"]);
    assert!(list.search("november", &iso).is_empty());
    assert_eq!(list.search("2026-11", &iso).len(), 1);
}

#[test]
fn duplicate_copies_everything_with_fresh_identity() {
    let mut list = sample();
    {
        let a = list.get_mut("a").unwrap();
        a.participants.push(Participant {
            role: Role::YouthWorker,
            name: "JH".into(),
        });
        a.pupil_count = 250;
        a.revision = 7;
    }
    let copy = list.duplicate("a", "d", "2027-01-12", 999).unwrap().clone();
    let orig = list.get("a").unwrap();
    // Named by its date, never "(vervolg) (vervolg)".
    assert_eq!(copy.title, "Teamoverleg groep 5");
    assert_eq!(copy.date, "2027-01-12");
    assert_eq!(
        (copy.revision, copy.created_ms, copy.updated_ms),
        (0, 999, 999)
    );
    assert_eq!(copy.participants, orig.participants);
    assert_eq!(copy.pupil_count, 250);
    assert_eq!(copy.pyramid, orig.pyramid);
    // A title an earlier version suffixed loses the suffix; a date that is none is left out.
    list.get_mut("d").unwrap().title = "Teamoverleg groep 5 (vervolg) (vervolg)".into();
    let again = list
        .duplicate("d", "e", "2027-02-31", 1000)
        .unwrap()
        .clone();
    assert_eq!(
        (again.title.as_str(), again.date.as_str()),
        ("Teamoverleg groep 5", "")
    );
    assert!(list.duplicate("a", "b", "", 1).is_err(), "never overwrite");
    assert!(list.duplicate("zz", "f", "", 1).is_err());
}

#[test]
fn delete_restore_purge() {
    let mut list = sample();
    list.delete("b", 500).unwrap();
    assert!(list.get("b").is_none());
    assert_eq!(list.trash_newest_first()[0].deleted_ms, 500);
    list.restore("b").unwrap();
    assert!(list.get("b").is_some());
    list.delete("b", 600).unwrap();
    let gone = list.purge("b").unwrap();
    assert_eq!(gone.school, "OBS De Ëik");
    assert!(!list.contains_id("b"));
    assert!(list.purge("b").is_err());
    assert!(list.delete("nope", 1).is_err());
}

#[test]
fn import_never_overwrites() {
    let mut list = sample();
    let mut incoming = Session::new("a", 1);
    incoming.title = "Van collega".into();
    incoming.revision = 4;
    let twin = incoming.clone();
    let mut n = 0;
    let ids = list.add_imported(vec![incoming, twin, Session::new("z", 1)], || {
        n += 1;
        if n == 1 {
            "b".to_string()
        } else {
            format!("new{n}")
        }
    });
    assert_eq!(ids, ["new2", "new3", "z"]);
    assert_eq!(list.get("a").unwrap().title, "Teamoverleg groep 5");
    assert_eq!(list.get("new2").unwrap().title, "Van collega (kopie)");
    assert_eq!(list.get("new2").unwrap().revision, 0);
}

#[test]
fn import_survives_a_constant_id_generator() {
    let mut list = sample();
    let ids = list.add_imported(vec![Session::new("a", 1)], || "a".to_string());
    assert_eq!(ids.len(), 1);
    assert!(ids[0] != "a");
    assert_eq!(list.items.len(), 4);
}

#[test]
fn an_imported_copy_keeps_the_title_bound() {
    use crate::model::bounds::MAX_SHORT_CHARS;
    let mut list = sample();
    let mut incoming = Session::new("a", 1);
    incoming.title = "é".repeat(MAX_SHORT_CHARS);
    let ids = list.add_imported(vec![incoming], || "fresh".to_string());
    let copy = list.get(&ids[0]).unwrap();
    assert_eq!(copy.title.chars().count(), MAX_SHORT_CHARS);
    assert!(copy.title.ends_with(IMPORT_TITLE_SUFFIX));
    assert_eq!(crate::model::session::check::check_session(copy), Ok(()));
}
