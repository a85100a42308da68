//! A filled-in example session (made-up school, no real people) for newcomers, so every
//! screen can be seen in use before a team enters its own meeting.

use super::action::{self, Action, ActionOrigin, ActionStatus};
use super::framework::Question;
use super::ladder::Rung;
use super::pyramid::{Activity, ActivityStatus, Evaluation, Pyramid, Scenario, TargetSpread, Tier};
use super::session::Participant;
use super::{Minutes, Role, Session};

/// The example session, created at `now_ms` (its id is replaced when it is added).
pub fn example_session(now_ms: u64) -> Session {
    let mut s = Session::new("voorbeeld", now_ms);
    s.title = "Voorbeeld: teamoverleg jeugdhulp".into();
    s.school = "Basisschool De Voorbeeldboom (verzonnen)".into();
    s.date = "2026-11-24".into();
    s.school_year = "2026-2027".into();
    s.pupil_count = 240;
    s.notes = "Verzonnen voorbeeld: geen echte school, geen echte mensen.".into();
    s.participants = [
        Role::CareCoordinator,
        Role::Teacher,
        Role::Teacher,
        Role::YouthWorker,
        Role::SchoolLeader,
        Role::Parent,
    ]
    .into_iter()
    .map(|role| Participant {
        role,
        name: String::new(),
    })
    .collect();
    s.pyramid = example_pyramid();
    mark_example_rows(&mut s);
    s.ladder.set_now(None, Some(Rung::Cooperation));
    s.ladder.set_wanted(None, Some(Rung::Collaboration));
    s.ladder
        .set_now(Some(Role::YouthWorker), Some(Rung::Coordination));
    add_example_actions(&mut s.actions);
    s
}

fn example_pyramid() -> Pyramid {
    let mut p = Pyramid::new();
    let anna = p
        .add_worker(
            "Schoolmaatschappelijk werker",
            "Jeugdteam (verzonnen)",
            Minutes::hours(8),
        )
        // A fresh pyramid always has room; an unknown id would only be dropped from activities.
        .unwrap_or_default();
    let bas = p
        .add_worker(
            "Jeugdhulpverlener",
            "Zorgaanbieder (verzonnen)",
            Minutes::hours(4),
        )
        .unwrap_or_default();
    p.set_target(TargetSpread::new(50, 35, 15).unwrap_or_default());
    let activities = [
        (
            "Lessen sociale weerbaarheid met leerkracht",
            Tier::Universal,
            120,
            8,
            vec![anna],
            "groep 5 en 6",
            52,
            ActivityStatus::Running,
            Some(4),
        ),
        (
            "Ouderavond opvoeden en welbevinden",
            Tier::Universal,
            30,
            2,
            vec![bas],
            "alle groepen",
            240,
            ActivityStatus::Planned,
            None,
        ),
        (
            "Groepje faalangst (6 weken)",
            Tier::Targeted,
            90,
            6,
            vec![anna],
            "groep 7",
            6,
            ActivityStatus::Running,
            None,
        ),
        (
            "Individuele trajecten gedrag",
            Tier::Individual,
            360,
            12,
            vec![anna, bas],
            "diverse groepen",
            4,
            ActivityStatus::Running,
            Some(2),
        ),
        (
            "Gesprekken met ouders per kind",
            Tier::Individual,
            120,
            10,
            vec![bas],
            "diverse groepen",
            3,
            ActivityStatus::Running,
            None,
        ),
    ];
    let mut ids = Vec::new();
    for (title, tier, minutes, weeks, workers, group, pupils, status, score) in activities {
        let id = p.insert_activity(
            Scenario::Current,
            Activity {
                title: title.into(),
                tier,
                weekly_minutes: Minutes(minutes),
                weeks,
                workers,
                others: vec![Role::Teacher],
                group: group.into(),
                pupils_reached: pupils,
                goal: String::new(),
                status,
                evaluation: Evaluation {
                    score,
                    note: String::new(),
                },
                ..Activity::default()
            },
        );
        ids.push(id);
    }
    // The planned spread is a step towards the target (50/35/15), as a team would plan it:
    // the same twelve hours, more for the classes and the group, fewer for single pupils.
    // Equal to the current one, the example showed no difference to compare.
    p.start_planned_from_current();
    let planned = [210, 60, 150, 240, 60];
    for (id, minutes) in ids.into_iter().zip(planned) {
        if let Some(id) = id {
            p.set_minutes(Scenario::Planned, id, Minutes(minutes));
        }
    }
    p
}

fn mark_example_rows(s: &mut Session) {
    let a = &mut s.analysis;
    a.set_mark("ih.communicatie.1", Role::Teacher, false, true);
    a.set_mark("ih.communicatie.1", Role::YouthWorker, true, false);
    a.set_mark("ih.afhankelijkheid.1", Role::Teacher, true, false);
    a.set_mark("ih.afhankelijkheid.1", Role::YouthWorker, true, false);
    a.set_mark("of.facilitering.1", Role::CareCoordinator, false, true);
    a.set_mark("pd.organisatie.1", Role::YouthWorker, false, true);
    a.set_explanation_field(
        "ih.communicatie.1",
        Question::Why,
        "Leerkrachten horen pas laat wat er met een leerling besproken is.",
    );
    a.set_explanation_field(
        "ih.communicatie.1",
        Question::Who,
        "Leerkrachten, jeugdhulpverlener, IB'er",
    );
    a.set_explanation_field(
        "ih.communicatie.1",
        Question::When,
        "Na gesprekken met ouders",
    );
    a.toggle_priority("ih.communicatie.1");
}

fn add_example_actions(plan: &mut Vec<Action>) {
    let mut first = Action::new(
        "voorbeeld-actie-1",
        "Na elk oudergesprek een korte terugkoppeling aan de leerkracht",
        ActionOrigin::Bottleneck("ih.communicatie.1".into()),
    );
    first.owner = Some(Role::YouthWorker);
    first.due = "2026-12-15".into();
    let mut second = Action::new(
        "voorbeeld-actie-2",
        "Twee uur individuele trajecten omzetten naar een groepsaanbod",
        ActionOrigin::Tier(Tier::Universal),
    );
    second.owner = Some(Role::CareCoordinator);
    second.due = "2027-01-31".into();
    second.status = ActionStatus::InProgress;
    action::add(plan, first);
    action::add(plan, second);
}

#[cfg(test)]
mod tests;
