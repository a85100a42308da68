use super::*;

const NL: FileWords<'static> = FileWords {
    all_sessions: "alle sessies",
    untitled: "sessie",
};

#[test]
fn names() {
    let mut s = Session::new("a", 0);
    s.title = "Overleg <script>".into();
    assert_eq!(
        export_file_name(ExportScope::One(&s), NL, "2026-09-14"),
        "samen-doen-overleg-script-2026-09-14.json"
    );
    s.school = "  CBS 't Ëikske / Zuid ".into();
    assert_eq!(
        export_file_name(ExportScope::One(&s), NL, "2026-09-14"),
        "samen-doen-cbs-t-eikske-zuid-2026-09-14.json"
    );
    assert_eq!(
        export_file_name(ExportScope::One(&Session::default()), NL, ""),
        "samen-doen-sessie.json"
    );
    assert_eq!(
        export_file_name(ExportScope::All, NL, "2026-09-14"),
        "samen-doen-alle-sessies-2026-09-14.json"
    );
    assert_eq!(
        export_file_name(ExportScope::All, NL, "../../x"),
        "samen-doen-alle-sessies-x.json"
    );
    assert!(slug(&"ab ".repeat(50)).len() <= 40);
}

#[test]
fn other_downloads_are_named_after_the_session_and_what_they_hold() {
    let mut s = Session::new("x", 0);
    s.school = "OBS De Linde/Zuid: *?".into();
    assert_eq!(
        session_file_name(&s, NL, "activiteiten", "csv", "2026-12-02"),
        "samen-doen-obs-de-linde-zuid-2026-12-02-activiteiten.csv"
    );
    assert_eq!(
        session_file_name(&s, NL, "Piramide (huidig)", "png", "2026-12-02"),
        "samen-doen-obs-de-linde-zuid-2026-12-02-piramide-huidig.png"
    );
}
