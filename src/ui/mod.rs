//! The Leptos interface: one folder per screen, plus the parts screens share.
//!
//! ```text
//! app/        the shell: App, header, routing to screens, storage notices, privacy page
//! state/      the only long-lived state: AppState (language, smartboard, route), the session
//!             store with autosave and exports, the open session with its undo history, the
//!             storage problems to show
//! browser/    every direct call into the browser: clock, page (address, print, focus),
//!             downloads, files, clipboard, keys, Web Locks, fullscreen, moving elements
//! widgets/    parts two or more screens use (text field, role picker, save indicator, ISF
//!             tips, the pyramid drawing)
//! sessions/   home: the list, a session's card and details, trash, files, share links
//! pyramid/    the support pyramid: workers, editor, target, compare, table; board/ the cards
//! framework/  the Raamwerk: read, mark, explain, overview (heat map, disagreements, priorities)
//! ladder/     the collaboration ladder
//! actions/    the action plan
//! report/     the report of one session
//! meeting/    meeting mode's frame (agenda, timer, Vorige/Volgende), first and last step
//! progress/   the meetings of a school year side by side, two compared in words
//! ```
//!
//! Rules the tree keeps (checked by `tests/architecture.rs`, which reads these sources):
//! - a screen folder (`sessions`, `pyramid`, `framework`, `ladder`, `actions`, `report`, …)
//!   imports from `state`, `widgets`, `browser`, `crate::i18n`, `crate::model` and
//!   `crate::storage`, never from a sibling screen, by any path form: what two screens share
//!   moves to `widgets/` or `crate::i18n`. Only `app/` puts screens together.
//! - direct calls into the browser (`window()`, `js_sys`, closures handed to JavaScript)
//!   are made in `browser/` only.
//! - only `state/` holds long-lived signals and reads or writes localStorage
//!   (`crate::storage::LocalStore`); screens use storage's pure functions (codecs, links).
//! - components change a session only through `OpenSession::edit` with a named model
//!   method, so every change is one undo step; words come from `crate::i18n`, never from a
//!   string literal in a view.

pub mod actions;
pub mod app;
pub mod browser;
pub mod framework;
pub mod ladder;
pub mod meeting;
pub mod progress;
pub mod pyramid;
pub mod report;
pub mod sessions;
pub mod state;
pub mod widgets;

pub use app::App;
