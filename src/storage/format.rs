//! The envelope's format marker and version: what the codec writes and what the migrations
//! read up to. One place, so the two never disagree.

/// The `"format"` marker of every Samen Doen document.
pub const FORMAT: &str = "samen-doen";
/// The version this app writes; the migrations bring every older version up to it.
pub const CURRENT_VERSION: u32 = 2;
