//! The rules of `src/ui/mod.rs`, checked by reading the sources: a screen folder never
//! imports a sibling screen; only `state/` reads or writes localStorage or holds the open
//! session's history; shared parts (`widgets/`, `browser/`, `state/`) never import screens.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

/// The screen folders: each is one screen (or one family of screens) of the app.
const SCREENS: &[&str] = &[
    "sessions",
    "pyramid",
    "framework",
    "ladder",
    "actions",
    "report",
    "meeting",
    "progress",
];
/// Folders any part may use.
const SHARED: &[&str] = &["state", "widgets", "browser"];

/// What only `state/` may name: localStorage and the open session's undo history.
const STATE_ONLY: &[&str] = &[
    "LocalStore",
    "storage::local",
    "local_storage(",
    "History<",
    "OpenSession::new(",
];

/// The top folder of `src/ui/<folder>/…`, or `None` for `src/ui/mod.rs`.
fn folder_of(rel: &Path) -> Option<String> {
    let mut parts = rel.components();
    let first = parts.next()?.as_os_str().to_str()?.to_string();
    parts.next().map(|_| first)
}

/// Every `crate::ui::<name>` a source refers to (in `use` lines and in paths).
fn ui_references(source: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (at, _) in source.match_indices("crate::ui::") {
        let rest = &source[at + "crate::ui::".len()..];
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        if !name.is_empty() {
            out.push(name);
        }
    }
    out
}

/// The rule violations in one file of `src/ui`, named by its path below `src/ui`.
fn violations(rel: &Path, source: &str) -> Vec<String> {
    let mut out = Vec::new();
    let name = rel.display();
    let Some(folder) = folder_of(rel) else {
        return out;
    };
    // Doc comments may describe the rules; only code counts.
    let code: String = source
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    if code.contains("super::super::") {
        out.push(format!(
            "{name}: uses super::super:: (name other folders by crate::ui::…)"
        ));
    }
    for used in ui_references(&code) {
        if used == folder {
            continue;
        }
        let is_screen = SCREENS.contains(&used.as_str());
        if SCREENS.contains(&folder.as_str()) && is_screen {
            out.push(format!(
                "{name}: screen `{folder}` imports sibling screen `{used}`"
            ));
        }
        if SHARED.contains(&folder.as_str()) && (is_screen || used == "app") {
            out.push(format!("{name}: `{folder}` imports `{used}`"));
        }
        if folder == "browser" && used != "browser" {
            out.push(format!("{name}: `browser` imports `{used}`"));
        }
        if folder == "state" && used == "widgets" {
            out.push(format!("{name}: `state` imports `widgets`"));
        }
    }
    if folder != "state" {
        for word in STATE_ONLY {
            if code.contains(word) {
                out.push(format!("{name}: `{word}` outside state/"));
            }
        }
    }
    out
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn the_ui_tree_keeps_its_rules() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    assert!(files.len() > 40, "src/ui not found at {}", root.display());
    let mut found = Vec::new();
    for file in &files {
        let source = fs::read_to_string(file).unwrap_or_default();
        let rel = file.strip_prefix(&root).unwrap_or(file);
        found.extend(violations(rel, &source));
    }
    assert!(found.is_empty(), "rule violations:\n{}", found.join("\n"));
}

#[test]
fn every_screen_folder_exists_or_is_still_to_come() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui");
    for folder in [
        "sessions",
        "pyramid",
        "framework",
        "ladder",
        "actions",
        "report",
    ] {
        assert!(
            root.join(folder).join("mod.rs").is_file(),
            "{folder}/mod.rs"
        );
    }
    for folder in SHARED {
        assert!(
            root.join(folder).join("mod.rs").is_file(),
            "{folder}/mod.rs"
        );
    }
}

#[test]
fn a_sibling_import_is_caught() {
    let source = "use leptos::prelude::*;\nuse crate::ui::pyramid::PyramidScreen;\n";
    let found = violations(Path::new("report/mod.rs"), source);
    assert_eq!(
        found,
        vec!["report/mod.rs: screen `report` imports sibling screen `pyramid`".to_string()]
    );
    // The same import from the shell, which puts screens together, is fine.
    assert!(violations(Path::new("app/mod.rs"), source).is_empty());
    // A widget must not reach into a screen either.
    assert_eq!(violations(Path::new("widgets/x.rs"), source).len(), 1);
}

#[test]
fn storage_and_history_outside_state_are_caught() {
    let source = "fn f() { let s = crate::storage::LocalStore::open(); }";
    assert_eq!(violations(Path::new("pyramid/table.rs"), source).len(), 1);
    assert!(violations(Path::new("state/store.rs"), source).is_empty());
    let comment = "//! Only state/ may call LocalStore.\n";
    assert!(violations(Path::new("pyramid/table.rs"), comment).is_empty());
}
