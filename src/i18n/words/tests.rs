use super::*;

#[test]
fn gap_sentence_reads_naturally_in_both_languages() {
    let shift = Shift {
        from: Tier::Individual,
        to: Tier::Universal,
        minutes: Minutes(210),
    };
    assert_eq!(
        shift_sentence(&shift, Lang::Nl),
        "Verschuif 3,5 uur van individueel naar universeel."
    );
    assert_eq!(
        shift_sentence(&shift, Lang::En),
        "Move 3.5 hours from individual to universal."
    );
}

#[test]
fn roles_and_rungs_in_both_languages() {
    assert_eq!(
        role_list(&[Role::Teacher, Role::Parent], Lang::Nl),
        "Leerkracht, Ouder/verzorger"
    );
    assert_eq!(rung_name(Rung::Cooperation, Lang::En), "1. cooperation");
    assert_eq!(
        origin_plain(&ActionOrigin::Tier(Tier::Universal), Lang::Nl),
        "piramide: universeel (alle leerlingen)"
    );
}

#[test]
fn clock_text_reads_as_a_clock() {
    assert_eq!(clock_text(0), "0:00");
    assert_eq!(clock_text(65_000), "1:05");
    assert_eq!(clock_text(3_600_000), "60:00");
    assert_eq!(clock_text(-90_500), "-1:30");
}

#[test]
fn an_untitled_session_is_named_the_same_everywhere() {
    assert_eq!(session_title("", Lang::Nl), "Naamloze sessie");
    assert_eq!(session_title("  \n", Lang::En), "Untitled session");
    assert_eq!(session_title(" Teamoverleg ", Lang::Nl), " Teamoverleg ");
}
