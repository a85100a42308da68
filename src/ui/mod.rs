//! Leptos components, one per file, named after the component.

mod app;
mod app_header;
mod autosave;
pub mod clock;
mod download;
mod home_screen;
mod no_session_notice;
pub mod open_session;
mod placeholder_screen;
mod privacy_page;
pub mod route;
mod save_indicator;
mod session_card;
mod session_details;
pub mod session_store;
mod session_trash;
pub mod state;
mod storage_notices;

pub use app::App;
