//! The round and its answers: one round, answers replaced by id, a bound, the invite.

use super::*;

fn answer(id: u32, role: Option<Role>, rows: &[(&str, bool, bool)]) -> Answer {
    Answer {
        id,
        role,
        marks: rows
            .iter()
            .map(|(row, s, b)| AnswerMark {
                row: row.to_string(),
                success: *s,
                bottleneck: *b,
            })
            .collect(),
        ..Default::default()
    }
}

#[test]
fn answers_need_this_rounds_tag_and_replace_by_id() {
    let mut a = Answers::default();
    assert_eq!(a.take(3, answer(1, None, &[])), Err(Refusal::NoRound));
    assert!(a.open_round(3, Lang::Nl, Asks::BOTH));
    assert!(
        !a.open_round(9, Lang::En, Asks::LADDER),
        "one round per session"
    );
    assert_eq!(a.round.unwrap().tag, 3);
    assert_eq!(a.take(4, answer(1, None, &[])), Err(Refusal::OtherRound));
    let first = answer(1, Some(Role::Teacher), &[("pd.aanpak.2", true, false)]);
    assert_eq!(a.take(3, first.clone()), Ok(Taken::New(1)));
    assert_eq!(
        a.take(3, first.clone()),
        Ok(Taken::Same(1)),
        "sent twice counts once"
    );
    let changed = answer(1, Some(Role::Teacher), &[("pd.aanpak.2", false, true)]);
    assert_eq!(a.take(3, changed.clone()), Ok(Taken::Replaced(1)));
    assert_eq!(a.items, vec![changed]);
    assert!(a.remove(1));
    assert!(a.items.is_empty());
}

#[test]
fn a_round_takes_at_most_sixty_answers_but_still_takes_a_resend() {
    let mut a = Answers::default();
    a.open_round(1, Lang::Nl, Asks::BOTH);
    for id in 0..MAX_ANSWERS as u32 {
        assert!(a.take(1, answer(id, None, &[])).is_ok());
    }
    assert_eq!(a.take(1, answer(999, None, &[])), Err(Refusal::Full));
    let resend = answer(5, Some(Role::Parent), &[]);
    assert_eq!(a.take(1, resend), Ok(Taken::Replaced(MAX_ANSWERS)));
}

#[test]
fn marks_are_kept_in_framework_order_without_empty_ones() {
    let mut a = Answers::default();
    a.open_round(1, Lang::Nl, Asks::BOTH);
    let taken = answer(
        1,
        None,
        &[
            ("of.nabijheid.1", true, false),
            ("ih.communicatie.1", false, false),
            ("ih.communicatie.2", false, true),
        ],
    );
    a.take(1, taken).unwrap();
    let rows: Vec<&str> = a.items[0].marks.iter().map(|m| m.row.as_str()).collect();
    assert_eq!(rows, vec!["ih.communicatie.2", "of.nabijheid.1"]);
}

#[test]
fn a_ladder_round_is_widened_by_the_raamwerk_and_the_invite_reads_back() {
    let mut a = Answers::default();
    a.open_round(70_000, Lang::En, Asks::LADDER);
    assert!(a.open_round(1, Lang::Nl, Asks::BOTH));
    let round = a.round.unwrap();
    assert_eq!(round.asks, Asks::BOTH);
    assert_eq!(round.lang, Lang::En);
    let fragment = round.invite_fragment();
    assert!(
        fragment.starts_with('#') && fragment.ends_with("-en-rl"),
        "{fragment}"
    );
    assert_eq!(Round::from_invite(&fragment), Some(round));
    assert_eq!(Round::from_invite("#0K3M-fr-rl"), None);
    assert_eq!(Round::from_invite("#0K3M-nl-x"), None);
    assert_eq!(Round::from_invite("#0K3M-nl-l-extra"), None);
}

#[test]
fn the_ladder_histogram_counts_each_answer_once_per_side() {
    let mut a = Answers::default();
    a.open_round(1, Lang::Nl, Asks::BOTH);
    let mut x = answer(1, None, &[]);
    x.now = Some(Rung::Coordination);
    x.wanted = Some(Rung::Integration);
    let mut y = answer(2, None, &[]);
    y.now = Some(Rung::Coordination);
    a.take(1, x).unwrap();
    a.take(1, y).unwrap();
    let h = a.ladder_histogram();
    assert_eq!(h.now, [0, 2, 0, 0]);
    assert_eq!(h.wanted, [0, 0, 0, 1]);
    assert_eq!((h.now_open, h.wanted_open), (0, 1));
}
