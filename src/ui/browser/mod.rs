//! Thin edges to the browser's APIs, so screens and state stay free of raw web-sys calls.

pub(crate) mod camera;
pub(crate) mod clipboard;
pub(crate) mod clock;
pub(crate) mod download;
pub(crate) mod files;
pub(crate) mod fullscreen;
pub(crate) mod keys;
pub(crate) mod locks;
pub(crate) mod move_node;
pub(crate) mod page;
pub(crate) mod persist;
