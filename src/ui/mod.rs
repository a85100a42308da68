//! Leptos components, one per file, named after the component.

mod app;
mod app_header;
pub mod clock;
pub mod open_session;
mod placeholder_screen;
mod privacy_page;
pub mod route;
mod settings;
pub mod state;

pub use app::App;
