use super::*;

fn plan() -> Vec<Action> {
    let mut p = Vec::new();
    assert!(add(
        &mut p,
        Action::new("a", "Overleg plannen", ActionOrigin::Free)
    ));
    assert!(add(
        &mut p,
        Action::new(
            "b",
            "Kennis delen",
            ActionOrigin::Bottleneck("ih.communicatie.2".into())
        )
    ));
    assert!(add(
        &mut p,
        Action::new("c", "Samen in de klas", ActionOrigin::Tier(Tier::Universal))
    ));
    p
}

#[test]
fn add_update_remove() {
    let mut p = plan();
    assert!(
        !add(&mut p, Action::new("a", "dubbel", ActionOrigin::Free)),
        "ids are unique"
    );
    assert!(set_what(&mut p, "a", "Overleg elke week"));
    assert!(set_owner(&mut p, "a", Some(Role::CareCoordinator)));
    assert!(set_status(&mut p, "a", ActionStatus::InProgress));
    assert!(!set_status(&mut p, "zz", ActionStatus::Done));
    let a = get(&p, "a").cloned().unwrap_or_default();
    assert_eq!(
        (a.what.as_str(), a.owner, a.status),
        (
            "Overleg elke week",
            Some(Role::CareCoordinator),
            ActionStatus::InProgress
        )
    );
    assert_eq!(remove(&mut p, "b").map(|a| a.id), Some("b".to_string()));
    assert_eq!(remove(&mut p, "b"), None);
    assert_eq!(count_from(&p, &ActionOrigin::Free), 1);
    assert_eq!(p.len(), 2);
}

#[test]
fn due_dates_sort_and_expire() {
    let mut p = plan();
    assert!(set_due(&mut p, "a", "2026-03-01"));
    assert!(set_due(&mut p, "c", " 2025-12-31 "));
    assert!(!set_due(&mut p, "b", "1-3-2026"));
    assert!(!set_due(&mut p, "b", "2026-13-01"));
    sort_by_due(&mut p);
    let ids: Vec<&str> = p.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["c", "a", "b"]);
    let late: Vec<&str> = overdue(&p, "2026-01-15").map(|a| a.id.as_str()).collect();
    assert_eq!(late, ["c"]);
    set_status(&mut p, "c", ActionStatus::Done);
    assert_eq!(
        overdue(&p, "2026-06-01").count(),
        1,
        "done is never overdue"
    );
    assert!(!p[2].is_overdue("2099-01-01"), "no due date, never overdue");
}

#[test]
fn serde_is_stable() {
    let a = Action::new("x", "Klimmen", ActionOrigin::Rung(Rung::Collaboration));
    let json = serde_json::to_string(&a).unwrap_or_default();
    assert!(
        json.contains(r#""origin":{"Rung":"Collaboration"}"#),
        "{json}"
    );
    assert_eq!(serde_json::from_str::<Action>(&json).ok(), Some(a));
    assert_eq!(
        serde_json::from_str::<Action>(r#"{"id":"y"}"#)
            .map(|a| a.status)
            .ok(),
        Some(ActionStatus::Open)
    );
}
