//! Samen Doen: a browser-only tool for school teams to plan youth care together.
//!
//! `model` is the pure domain, `storage` owns persistence, `i18n` all UI texts, `ui` the
//! Leptos components; `lang` is the language as a value, shared by storage and i18n.
//! `phone` is the answer page on a participant's phone, a binary of its own
//! (`src/bin/answer.rs`). `main.rs` only mounts [`ui::App`].

pub mod i18n;
pub mod lang;
pub mod model;
pub mod phone;
pub mod storage;
pub mod ui;
