//! The static first paint in `index.html` says what the app says: its words are the i18n
//! tables' in both languages, and its little script reads the settings the app stores.
#![cfg(not(target_arch = "wasm32"))]

use samen_doen::i18n::tables::{Nav, Screens, Shell};
use samen_doen::i18n::{Lang, Text};
use samen_doen::storage::{keys, Settings};

fn index() -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/index.html");
    std::fs::read_to_string(path).expect("index.html is readable")
}

/// The shell shows `key` as an element's text in Dutch and carries its English text.
fn assert_in_shell<K: Text + std::fmt::Debug>(html: &str, key: K) {
    let (nl, en) = (key.get(Lang::Nl), key.get(Lang::En));
    assert!(
        html.contains(&format!(">{nl}<")),
        "Dutch {key:?} in the shell: {nl}"
    );
    if nl != en {
        assert!(
            html.contains(&format!("data-en=\"{en}\">{nl}<")),
            "English {key:?} in the shell, on the same element: {en}"
        );
    }
}

#[test]
fn the_shell_speaks_the_tables_words_in_both_languages() {
    let html = index();
    for key in [
        Shell::AppName,
        Shell::Tagline,
        Shell::Loading,
        Shell::SwitchToOther,
        Shell::Smartboard,
    ] {
        assert_in_shell(&html, key);
    }
    // The main navigation, every link of it, in the app's order.
    let mut from = 0;
    for key in [
        Nav::Home,
        Nav::Pyramid,
        Nav::Framework,
        Nav::Ladder,
        Nav::Actions,
        Nav::Report,
        Nav::Progress,
        Nav::Privacy,
    ] {
        assert_in_shell(&html, key);
        let at = html[from..]
            .find(&format!(">{}<", key.get(Lang::Nl)))
            .unwrap_or_else(|| panic!("{key:?} after the link before it"));
        from += at + 1;
    }
    assert!(html.contains(&format!(
        "aria-label=\"{}\" data-en-aria-label=\"{}\"",
        Nav::MainMenu.get(Lang::Nl),
        Nav::MainMenu.get(Lang::En)
    )));
    // The home screen's title and introduction: what the team reads first.
    for key in [Screens::HomeTitle, Screens::HomeIntro] {
        assert_in_shell(&html, key);
    }
    // What a browser that cannot run the app is told instead.
    for key in [
        Shell::UnsupportedTitle,
        Shell::UnsupportedOld,
        Shell::UnsupportedPolicy,
        Shell::UnsupportedStalled,
        Shell::UnsupportedBrowsers,
        Shell::UnsupportedNothingChanged,
        Shell::UnsupportedSave,
        Shell::UnsupportedSaveHint,
        Shell::UnsupportedNone,
    ] {
        assert_in_shell(&html, key);
    }
}

#[test]
fn the_shell_carries_no_test_ids() {
    // Tests wait for the app by its data-testid attributes; the shell must not answer them.
    let html = index();
    let start = html.find("id=\"app-shell\"").expect("the shell");
    let end = start + html[start..].find("</script>").expect("its script");
    let shell = &html[start..end];
    assert!(!shell.contains("data-testid"), "{shell}");
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
