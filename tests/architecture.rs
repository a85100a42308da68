//! The layers' rules, checked by reading the sources (see README "Architecture"):
//! - `model/` is pure: no leptos, no browser bindings, no words (`i18n`), no storage, no ui;
//! - `storage/` knows no language and no interface: no `i18n`, no `ui`, no leptos; only its
//!   localStorage backend (`local.rs`) touches the browser;
//! - `i18n/` holds words only: no leptos, no browser, no `ui`;
//! - `lang.rs` depends on nothing of the crate;
//! - `phone/` (the answer page's own binary) uses no Leptos and no `ui`; its flow and its
//!   HTML are pure, only its `mod.rs` touches the browser;
//! - in `ui/`, a screen folder never imports a sibling screen, by any path form; shared parts
//!   (`state/`, `widgets/`, `browser/`) never import screens or the shell; `browser/` imports
//!   no other part; only `state/` reads or writes localStorage or holds the undo history;
//!   direct web API calls live in `browser/` only.
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

/// Direct calls into the browser, which only `ui/browser/` makes.
const BROWSER_ONLY: &[&str] = &[
    "js_sys::",
    "Closure",
    "window()",
    "document()",
    "web_sys::window",
    "#[wasm_bindgen",
    "extern \"C\"",
    "FileReader",
    "navigator",
];

/// Names that tie a file to the browser or to Leptos.
const FRAMEWORK_AND_BROWSER: &[&str] = &["leptos", "web_sys", "js_sys", "wasm_bindgen"];

/// The source without comment lines (doc comments may describe the rules).
fn code_of(source: &str) -> String {
    source
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The module path of a file below `src/<layer>/`, e.g. `pyramid/board/card.rs` →
/// `["pyramid", "board", "card"]` (a `mod.rs` names its folder).
fn module_path(rel: &Path) -> Vec<String> {
    let mut parts: Vec<String> = rel
        .components()
        .filter_map(|c| c.as_os_str().to_str().map(str::to_string))
        .collect();
    if let Some(last) = parts.pop() {
        let stem = last.trim_end_matches(".rs").to_string();
        if stem != "mod" {
            parts.push(stem);
        }
    }
    parts
}

/// The identifiers a path continues with after `prefix`: `crate::ui::pyramid` gives
/// `pyramid`, `crate::ui::{pyramid, state::x}` gives `pyramid` and `state`.
fn names_after(code: &str, prefix: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (at, _) in code.match_indices(prefix) {
        let rest = &code[at + prefix.len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let inner = group.split('}').next().unwrap_or_default();
            for item in inner.split(',') {
                let name: String = item
                    .trim()
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                if !name.is_empty() {
                    out.push(name);
                }
            }
        } else {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() {
                out.push(name);
            }
        }
    }
    out
}

/// Every top folder of `src/ui` a file refers to, by `crate::ui::…` or by `super::…` paths
/// that climb to the top of `src/ui` (each `super::` climbs one module).
fn ui_folders_used(rel: &Path, code: &str) -> Vec<String> {
    let mut out = names_after(code, "crate::ui::");
    let here = module_path(rel);
    for (at, _) in code.match_indices("super::") {
        // Only the start of a `super::` chain counts.
        if code[..at].ends_with("super::") {
            continue;
        }
        let mut depth = 0;
        let mut rest = &code[at..];
        while let Some(r) = rest.strip_prefix("super::") {
            depth += 1;
            rest = r;
        }
        // `super::` from a file's module names its parent; climbing to the ui root leaves
        // the next name as a top folder.
        if depth >= here.len() {
            let prefix = &code[at..at + depth * "super::".len()];
            out.extend(names_after(&code[at..], prefix).into_iter().take(1));
        }
    }
    out
}

/// The rule violations in one file of `src/ui`, named by its path below `src/ui`.
fn ui_violations(rel: &Path, source: &str) -> Vec<String> {
    let mut out = Vec::new();
    let name = rel.display();
    let folder = match rel.components().count() {
        0 | 1 => return out,
        _ => rel
            .components()
            .next()
            .and_then(|c| c.as_os_str().to_str())
            .unwrap_or_default()
            .to_string(),
    };
    let code = code_of(source);
    for used in ui_folders_used(rel, &code) {
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
        if folder == "browser" {
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
    if folder != "browser" {
        for word in BROWSER_ONLY {
            if code.contains(word) {
                out.push(format!("{name}: `{word}` outside browser/"));
            }
        }
    }
    out
}

/// The violations of a file of `src/model`, `src/storage`, `src/i18n` or `src/lang.rs`.
fn layer_violations(layer: &str, rel: &Path, source: &str) -> Vec<String> {
    let code = code_of(source);
    let name = format!("{layer}/{}", rel.display());
    let mut out = Vec::new();
    let mut forbid = |what: &str, why: &str| {
        let found = match what {
            // As a path (`leptos::`, `use leptos`), not as a word in a string.
            "leptos" | "web_sys" | "js_sys" | "wasm_bindgen" => {
                code.contains(&format!("{what}::")) || code.contains(&format!("use {what}"))
            }
            _ => code.contains(what),
        };
        if found {
            out.push(format!("{name}: {why} (`{what}`)"));
        }
    };
    match layer {
        "model" => {
            for what in FRAMEWORK_AND_BROWSER {
                forbid(what, "the model is pure");
            }
            forbid("crate::i18n", "the model knows no words");
            forbid("crate::storage", "the model knows no storage");
            forbid("crate::ui", "the model knows no interface");
        }
        "storage" => {
            forbid("crate::i18n", "storage knows no language");
            forbid("crate::ui", "storage knows no interface");
            forbid("leptos", "storage knows no interface");
            if rel != Path::new("local.rs") && rel != Path::new("local/tests.rs") {
                for what in ["web_sys", "js_sys", "wasm_bindgen"] {
                    forbid(what, "only local.rs touches the browser");
                }
            }
        }
        "i18n" => {
            for what in FRAMEWORK_AND_BROWSER {
                forbid(what, "words only");
            }
            forbid("crate::ui", "i18n knows no interface");
        }
        "lang" => {
            forbid("crate::", "the language value depends on nothing");
        }
        "phone" => {
            forbid("leptos", "the answer page stays small: no Leptos");
            forbid("crate::ui", "the answer page is not the app's interface");
            if rel != Path::new("mod.rs") {
                for what in ["web_sys", "js_sys", "wasm_bindgen"] {
                    forbid(what, "only phone/mod.rs touches the browser");
                }
            }
        }
        _ => {}
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

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

#[test]
fn the_ui_tree_keeps_its_rules() {
    let root = src().join("ui");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    assert!(files.len() > 40, "src/ui not found at {}", root.display());
    let mut found = Vec::new();
    for file in &files {
        let source = fs::read_to_string(file).unwrap_or_default();
        let rel = file.strip_prefix(&root).unwrap_or(file);
        found.extend(ui_violations(rel, &source));
    }
    assert!(found.is_empty(), "rule violations:\n{}", found.join("\n"));
}

#[test]
fn every_layer_keeps_its_rules() {
    let mut found = Vec::new();
    let mut counted = 0;
    for layer in ["model", "storage", "i18n", "phone"] {
        let root = src().join(layer);
        let mut files = Vec::new();
        rust_files(&root, &mut files);
        assert!(files.len() >= 3, "src/{layer} not found");
        counted += files.len();
        for file in &files {
            let source = fs::read_to_string(file).unwrap_or_default();
            let rel = file.strip_prefix(&root).unwrap_or(file);
            found.extend(layer_violations(layer, rel, &source));
        }
    }
    let lang = fs::read_to_string(src().join("lang.rs")).expect("src/lang.rs");
    found.extend(layer_violations("lang", Path::new("lang.rs"), &lang));
    assert!(counted > 80, "only {counted} files read");
    assert!(found.is_empty(), "rule violations:\n{}", found.join("\n"));
}

#[test]
fn every_screen_folder_exists() {
    let root = src().join("ui");
    for folder in SCREENS.iter().chain(SHARED).chain(&["app"]) {
        assert!(
            root.join(folder).join("mod.rs").is_file(),
            "{folder}/mod.rs"
        );
    }
    // And no screen folder is missing from the list the rules are checked against.
    for entry in fs::read_dir(&root).expect("src/ui").flatten() {
        if entry.path().is_dir() {
            let name = entry.file_name().to_string_lossy().to_string();
            assert!(
                SCREENS.contains(&name.as_str())
                    || SHARED.contains(&name.as_str())
                    || name == "app",
                "src/ui/{name} is neither a screen nor a shared part: add it to the rules"
            );
        }
    }
}

#[test]
fn a_sibling_import_is_caught_in_every_path_form() {
    let direct = "use leptos::prelude::*;\nuse crate::ui::pyramid::PyramidScreen;\n";
    let found = ui_violations(Path::new("report/mod.rs"), direct);
    assert_eq!(
        found,
        vec!["report/mod.rs: screen `report` imports sibling screen `pyramid`".to_string()]
    );
    let grouped = "use crate::ui::{state::use_tr, pyramid::PyramidScreen};\n";
    assert_eq!(ui_violations(Path::new("report/mod.rs"), grouped).len(), 1);
    let climbing = "use super::super::super::pyramid::PyramidScreen;\n";
    assert_eq!(
        ui_violations(Path::new("report/table/row.rs"), climbing).len(),
        1
    );
    let from_mod = "use super::pyramid::PyramidScreen;\n";
    assert_eq!(ui_violations(Path::new("report/mod.rs"), from_mod).len(), 1);
    // Climbing inside one's own screen is fine.
    let own = "use super::super::board::Card;\n";
    assert!(ui_violations(Path::new("pyramid/board/x/y.rs"), own).is_empty());
    // The same import from the shell, which puts screens together, is fine.
    assert!(ui_violations(Path::new("app/mod.rs"), direct).is_empty());
    // A widget must not reach into a screen either.
    assert_eq!(ui_violations(Path::new("widgets/x.rs"), direct).len(), 1);
}

#[test]
fn storage_history_and_browser_calls_outside_their_place_are_caught() {
    let source = "fn f() { let s = crate::storage::LocalStore::open(); }";
    assert_eq!(
        ui_violations(Path::new("pyramid/table.rs"), source).len(),
        1
    );
    assert!(ui_violations(Path::new("state/store.rs"), source).is_empty());
    let comment = "//! Only state/ may call LocalStore.\n";
    assert!(ui_violations(Path::new("pyramid/table.rs"), comment).is_empty());
    let call = "fn f() { let _ = window().print(); }";
    assert_eq!(ui_violations(Path::new("report/mod.rs"), call).len(), 1);
    assert!(ui_violations(Path::new("browser/page.rs"), call).is_empty());
}

#[test]
fn layer_breaches_are_caught() {
    let words = "use crate::i18n::Lang;\n";
    assert_eq!(
        layer_violations("storage", Path::new("x.rs"), words).len(),
        1
    );
    assert_eq!(layer_violations("model", Path::new("x.rs"), words).len(), 1);
    let leptos = "use leptos::prelude::*;\n";
    assert_eq!(
        layer_violations("model", Path::new("x.rs"), leptos).len(),
        1
    );
    assert_eq!(layer_violations("i18n", Path::new("x.rs"), leptos).len(), 1);
    let browser = "fn f() { web_sys::window(); }";
    assert_eq!(
        layer_violations("storage", Path::new("codec.rs"), browser).len(),
        1
    );
    assert!(layer_violations("storage", Path::new("local.rs"), browser).is_empty());
    assert_eq!(
        layer_violations("lang", Path::new("lang.rs"), "use crate::model::Role;").len(),
        1
    );
}
