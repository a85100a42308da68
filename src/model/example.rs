//! A filled-in example session (made-up school, no real people) for newcomers, so every
//! screen can be seen in use before a team enters its own meeting.

use super::action::{self, Action, ActionOrigin, ActionStatus};
use super::framework::Question;
use super::ladder::Rung;
use super::pyramid::{Activity, ActivityStatus, Evaluation, Pyramid, Scenario, TargetSpread, Tier};
use super::session::Participant;
use super::{Minutes, Role, Session};
use crate::lang::Lang;

/// The example's own texts (a made-up school's), in one language.
struct Texts {
    title: &'static str,
    school: &'static str,
    notes: &'static str,
    workers: [(&'static str, &'static str); 2],
    /// Each activity's title and group, in the order of `example_pyramid`.
    activities: [(&'static str, &'static str); 5],
    explanations: [&'static str; 3],
    actions: [&'static str; 2],
}

const DUTCH: Texts = Texts {
    title: "Voorbeeld: teamoverleg jeugdhulp",
    school: "Basisschool De Voorbeeldboom (verzonnen)",
    notes: "Verzonnen voorbeeld: geen echte school, geen echte mensen.",
    workers: [
        ("Schoolmaatschappelijk werker", "Jeugdteam (verzonnen)"),
        ("Jeugdhulpverlener", "Zorgaanbieder (verzonnen)"),
    ],
    activities: [
        ("Lessen sociale weerbaarheid met leerkracht", "groep 5 en 6"),
        ("Ouderavond opvoeden en welbevinden", "alle groepen"),
        ("Groepje faalangst (6 weken)", "groep 7"),
        ("Individuele trajecten gedrag", "diverse groepen"),
        ("Gesprekken met ouders per kind", "diverse groepen"),
    ],
    explanations: [
        "Leerkrachten horen pas laat wat er met een leerling besproken is.",
        "Leerkrachten, jeugdhulpverlener, IB'er",
        "Na gesprekken met ouders",
    ],
    actions: [
        "Na elk oudergesprek een korte terugkoppeling aan de leerkracht",
        "Twee uur individuele trajecten omzetten naar een groepsaanbod",
    ],
};

const ENGLISH: Texts = Texts {
    title: "Example: team meeting on youth care",
    school: "The Example Tree Primary School (made up)",
    notes: "A made-up example: no real school, no real people.",
    workers: [
        ("School social worker", "Youth team (made up)"),
        ("Youth worker", "Care provider (made up)"),
    ],
    activities: [
        (
            "Lessons in social resilience with the teacher",
            "years 5 and 6",
        ),
        (
            "Parents' evening on parenting and well-being",
            "all classes",
        ),
        ("Small group on fear of failure (6 weeks)", "year 7"),
        ("Individual support for behaviour", "several classes"),
        ("Talks with parents per child", "several classes"),
    ],
    explanations: [
        "Teachers hear late what was discussed about a pupil.",
        "Teachers, youth worker, care coordinator",
        "After talks with parents",
    ],
    actions: [
        "After every talk with parents, a short update for the teacher",
        "Turn two hours of individual support into a group offer",
    ],
};

/// The example session in Dutch, created at `now_ms` (its id is replaced when it is added).
pub fn example_session(now_ms: u64) -> Session {
    example_session_in(now_ms, Lang::Nl)
}

/// The example session with its texts in `lang` (the Raamwerk's own texts stay the source's).
pub fn example_session_in(now_ms: u64, lang: Lang) -> Session {
    let texts = match lang {
        Lang::Nl => &DUTCH,
        Lang::En => &ENGLISH,
    };
    let mut s = Session::new("voorbeeld", now_ms);
    s.title = texts.title.into();
    s.school = texts.school.into();
    s.date = "2026-11-24".into();
    s.school_year = "2026-2027".into();
    s.pupil_count = 240;
    s.notes = texts.notes.into();
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
    s.pyramid = example_pyramid(texts);
    mark_example_rows(&mut s, texts);
    s.ladder.set_now(None, Some(Rung::Cooperation));
    s.ladder.set_wanted(None, Some(Rung::Collaboration));
    s.ladder
        .set_now(Some(Role::YouthWorker), Some(Rung::Coordination));
    add_example_actions(&mut s.actions, texts);
    s
}

fn example_pyramid(texts: &Texts) -> Pyramid {
    let mut p = Pyramid::new();
    let anna = p
        .add_worker(texts.workers[0].0, texts.workers[0].1, Minutes::hours(8))
        // A fresh pyramid always has room; an unknown id would only be dropped from activities.
        .unwrap_or_default();
    let bas = p
        .add_worker(texts.workers[1].0, texts.workers[1].1, Minutes::hours(4))
        .unwrap_or_default();
    p.set_target(TargetSpread::new(50, 35, 15).unwrap_or_default());
    let activities = [
        (
            texts.activities[0].0,
            Tier::Universal,
            120,
            8,
            vec![anna],
            texts.activities[0].1,
            52,
            ActivityStatus::Running,
            Some(4),
        ),
        (
            texts.activities[1].0,
            Tier::Universal,
            30,
            2,
            vec![bas],
            texts.activities[1].1,
            240,
            ActivityStatus::Planned,
            None,
        ),
        (
            texts.activities[2].0,
            Tier::Targeted,
            90,
            6,
            vec![anna],
            texts.activities[2].1,
            6,
            ActivityStatus::Running,
            None,
        ),
        (
            texts.activities[3].0,
            Tier::Individual,
            360,
            12,
            vec![anna, bas],
            texts.activities[3].1,
            4,
            ActivityStatus::Running,
            Some(2),
        ),
        (
            texts.activities[4].0,
            Tier::Individual,
            120,
            10,
            vec![bas],
            texts.activities[4].1,
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

fn mark_example_rows(s: &mut Session, texts: &Texts) {
    let a = &mut s.analysis;
    a.set_mark("ih.communicatie.1", Role::Teacher, false, true);
    a.set_mark("ih.communicatie.1", Role::YouthWorker, true, false);
    a.set_mark("ih.afhankelijkheid.1", Role::Teacher, true, false);
    a.set_mark("ih.afhankelijkheid.1", Role::YouthWorker, true, false);
    a.set_mark("of.facilitering.1", Role::CareCoordinator, false, true);
    a.set_mark("pd.organisatie.1", Role::YouthWorker, false, true);
    a.set_explanation_field("ih.communicatie.1", Question::Why, texts.explanations[0]);
    a.set_explanation_field("ih.communicatie.1", Question::Who, texts.explanations[1]);
    a.set_explanation_field("ih.communicatie.1", Question::When, texts.explanations[2]);
    a.toggle_priority("ih.communicatie.1");
}

fn add_example_actions(plan: &mut Vec<Action>, texts: &Texts) {
    let mut first = Action::new(
        "voorbeeld-actie-1",
        texts.actions[0],
        ActionOrigin::Bottleneck("ih.communicatie.1".into()),
    );
    first.owner = Some(Role::YouthWorker);
    first.due = "2026-12-15".into();
    let mut second = Action::new(
        "voorbeeld-actie-2",
        texts.actions[1],
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
