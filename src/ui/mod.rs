//! Leptos components, one per file, named after the component.

mod app;
mod app_header;
mod placeholder_screen;
mod privacy_page;
mod settings;
pub mod route;
pub mod state;

pub use app::App;
