use super::*;
use crate::model::ladder::Rung;

#[test]
fn dates_in_words() {
    assert_eq!(date_words("2026-03-12", Lang::Nl), "12 maart 2026");
    assert_eq!(date_words("2026-03-12", Lang::En), "12 March 2026");
    assert_eq!(date_words("soon", Lang::Nl), "soon");
    assert_eq!(date_words("2026-13-01", Lang::Nl), "2026-13-01");
    assert_eq!(
        date_short("2027-03-02", Lang::Nl),
        Some(("2-3".into(), "2027".into()))
    );
    assert_eq!(
        date_short("2027-03-02", Lang::En),
        Some(("2/3".into(), "2027".into()))
    );
    assert_eq!(date_short("", Lang::En), None);
    assert_eq!(
        date_search_text("2026-11-24", Lang::Nl),
        "24 november 2026 2026-11-24"
    );
    assert_eq!(
        date_search_text("2026-03-12", Lang::En),
        "12 March 2026 2026-03-12"
    );
    assert_eq!(date_search_text("later", Lang::Nl), "later");
    assert_eq!(date_search_text("", Lang::Nl), "");
}

#[test]
fn a_difference_in_words() {
    let d = Difference {
        minutes: [210, 0, -210],
        shares: ([20, 30, 50], [40, 25, 35]),
        available: -120,
        themes: vec![("ih.communicatie".into(), 1, -2)],
        ladder: (Some(Rung::Cooperation), Some(Rung::Coordination)),
        actions_added: 2,
        actions_done: 1,
    };
    let nl = progress_sentences(&d, "12 maart 2026", Lang::Nl);
    assert_eq!(
        nl[0],
        "universeel: +3,5 uur sinds 12 maart 2026 (aandeel 20\u{a0}% → 40\u{a0}%)"
    );
    assert_eq!(
        nl[1],
        "gericht: evenveel uren als op 12 maart 2026 (aandeel 30\u{a0}% → 25\u{a0}%)"
    );
    assert_eq!(
        nl[2],
        "individueel: -3,5 uur sinds 12 maart 2026 (aandeel 50\u{a0}% → 35\u{a0}%)"
    );
    assert_eq!(nl[3], "Beschikbare uren: -2 uur sinds 12 maart 2026");
    assert!(
        nl[4].ends_with("succesfactoren +1, knelpunten -2"),
        "{}",
        nl[4]
    );
    assert!(nl[5].starts_with("Ladder (team): van "), "{}", nl[5]);
    assert_eq!(nl[6], "Acties: 2 nieuw, 1 meer klaar");
    let en = progress_sentences(&d, "12 March 2026", Lang::En);
    assert_eq!(
        en[0],
        "universal: +3.5 hours since 12 March 2026 (share 20% → 40%)"
    );
}
