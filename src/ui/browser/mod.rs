//! Thin edges to the browser's APIs, so screens and state stay free of raw web-sys calls.

pub(crate) mod clock;
pub(crate) mod download;
pub(crate) mod fullscreen;
pub(crate) mod keys;
