use super::*;
use crate::storage::csv::write;

fn example() -> Session {
    let mut s = crate::model::example::example_session(0);
    s.pyramid.start_planned_from_current();
    s
}

#[test]
fn activities_of_both_scenarios_in_dutch_with_decimal_commas() {
    let s = example();
    let sheet = sheet(&s, Table::Activities, Lang::Nl);
    assert_eq!(sheet.rows.len(), row_count(&s, Table::Activities));
    assert!(sheet
        .rows
        .iter()
        .any(|r| r[0] == Cell::Text("Huidig".into())));
    assert!(sheet
        .rows
        .iter()
        .any(|r| r[0] == Cell::Text("Gewenst".into())));
    let text = write(&sheet, dialect(Lang::Nl));
    assert!(text.starts_with('\u{feff}'));
    assert!(text.contains("Verdeling;Niveau;Activiteit;Uur per week"));
    assert!(text.contains(";1,5;"), "{text}");
    let english = write(&sheet_en(&s), dialect(Lang::En));
    assert!(english.contains("Spread,Level,Activity,Hours per week"));
    assert!(english.contains(",1.5,"), "{english}");
}

fn sheet_en(s: &Session) -> Sheet {
    sheet(s, Table::Activities, Lang::En)
}

#[test]
fn framework_rows_say_who_sees_what_and_the_explanations() {
    let s = example();
    let sheet = sheet(&s, Table::Framework, Lang::Nl);
    assert_eq!(sheet.header.len(), 9 + 6);
    let row = sheet
        .rows
        .iter()
        .find(|r| r[2] == Cell::Text("Informeren en communiceren".into()))
        .expect("the marked row");
    assert_eq!(row[5], Cell::Text("Leerkracht".into()));
    assert_eq!(row[4], Cell::Text("Jeugdhulpverlener".into()));
    // The counts every screen shows: one role each way.
    assert_eq!(row[6], Cell::Number("1".into()));
    assert_eq!(row[7], Cell::Number("1".into()));
}

#[test]
fn phones_answers_count_in_the_sheet_and_lone_roles_are_not_named() {
    use crate::model::answers::{Answer, AnswerMark, Asks};
    let mut s = example();
    s.answers.open_round(1, Lang::Nl, Asks::BOTH);
    let phone = |id: u32, role| Answer {
        id,
        role,
        marks: vec![AnswerMark {
            row: "of.leiderschap.1".into(),
            success: false,
            bottleneck: true,
        }],
        ..Answer::default()
    };
    s.answers
        .take(1, phone(1, Some(crate::model::Role::SchoolLeader)))
        .unwrap();
    s.answers
        .take(1, phone(2, Some(crate::model::Role::Teacher)))
        .unwrap();
    s.answers
        .take(1, phone(3, Some(crate::model::Role::Teacher)))
        .unwrap();
    let sheet = sheet(&s, Table::Framework, Lang::Nl);
    let row = sheet
        .rows
        .iter()
        .find(|r| r[3] == Cell::Text("Ontoereikend leiderschap".into()))
        .expect("the row the phones marked");
    assert_eq!(row[5], Cell::Text("Leerkracht (2), andere rollen".into()));
    assert_eq!(row[7], Cell::Number("3".into()));
}

#[test]
fn actions_with_who_when_status_and_origin() {
    let s = example();
    let sheet = sheet(&s, Table::Actions, Lang::En);
    assert_eq!(
        sheet.header,
        ["What", "Who (role)", "Due", "Status", "Comes from"]
            .map(String::from)
            .to_vec()
    );
    assert_eq!(sheet.rows.len(), s.actions.len());
}
