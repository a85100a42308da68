//! The static first paint in `index.html` says what the app says: its words are the i18n
//! tables' in both languages, and its little script reads the settings the app stores.
#![cfg(not(target_arch = "wasm32"))]

use samen_doen::i18n::tables::Shell;
use samen_doen::i18n::{Lang, Text};
use samen_doen::storage::{keys, Settings};

fn index() -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/index.html");
    std::fs::read_to_string(path).expect("index.html is readable")
}

#[test]
fn the_shell_speaks_the_tables_words_in_both_languages() {
    let html = index();
    for key in [Shell::AppName, Shell::Tagline, Shell::Loading] {
        let (nl, en) = (key.get(Lang::Nl), key.get(Lang::En));
        assert!(
            html.contains(&format!(">{nl}<")),
            "Dutch {key:?} in the shell: {nl}"
        );
        if nl != en {
            assert!(
                html.contains(&format!("data-en=\"{en}\"")),
                "English {key:?} in the shell: {en}"
            );
        }
    }
}

#[test]
fn the_shell_reads_the_settings_the_app_writes() {
    let html = index();
    assert!(html.contains(&format!("localStorage.getItem(\"{}\")", keys::SETTINGS)));
    let stored = Settings {
        language: Lang::En,
        smartboard: true,
        last_open: None,
    }
    .to_json();
    assert!(stored.contains("\"language\":\"en\""), "{stored}");
    assert!(stored.contains("\"smartboard\":true"), "{stored}");
    assert!(html.contains("s.language === \"en\"") && html.contains("s.smartboard === true"));
    // The app removes the shell by this id when it mounts.
    let main =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/main.rs")).unwrap();
    assert!(html.contains("id=\"app-shell\"") && main.contains("\"app-shell\""));
}
