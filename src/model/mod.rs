//! The pure domain of Samen Doen: plain serde data with methods.
//!
//! Nothing in here may import leptos, web-sys or any browser API, so every rule of the
//! domain is tested with native `cargo test`. Time and ids are passed in by the caller.

pub mod action;
pub mod analysis;
pub mod answers;
pub mod bounds;
pub mod example;
pub mod framework;
pub mod history;
pub mod isf;
pub mod ladder;
pub mod meeting;
pub mod minutes;
pub mod order;
pub mod progress;
pub mod pyramid;
pub mod role;
pub mod session;

#[cfg(test)]
mod source_texts;

pub use minutes::Minutes;
pub use role::Role;
pub use session::{Participant, Session};
