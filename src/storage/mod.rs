//! Persistence: sessions in localStorage, export files, share links and QR codes.
//!
//! Everything except [`local`] is pure and tested natively. The rules: storage never panics
//! (errors are values), never loses data (damaged entries are kept aside, writes replace
//! one key atomically, nothing is removed before its copy is written), and never silently
//! drops an edit made in another tab (revision check).

pub mod backend;
pub mod codec;
pub mod csv;
pub mod draft;
pub mod error;
pub mod exact;
pub mod filename;
pub mod format;
pub mod glance;
pub mod keeping;
pub mod keys;
pub mod list_sync;
pub mod local;
pub mod merge;
pub mod migrate;
pub mod picture;
pub mod pretty;
pub mod restore;
pub mod settings;
pub mod shape;
pub mod share;
pub mod stepwise;
pub mod store;
pub mod sync;
pub mod validate;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;

pub use backend::{KeyValue, MemoryBackend};
pub use codec::{decode_stored_session, encode_export, encode_session, Document, Kind};
pub use error::{
    BackendError, DecodeError, EncodeError, Found, Rule, SaveError, ShareError, StorageUnavailable,
    TooLong,
};
pub use filename::{export_file_name, session_file_name, ExportScope, FileWords};
pub use local::{LocalStore, Writable};
pub use restore::{restore, QuarantineMove, Quarantined, Restored};
pub use settings::Settings;
pub use share::{decode_share, qr_svg, read_share, share_fragment, share_url, Shared};
pub use stepwise::decode;
pub use store::{Loaded, Repaired, Store};
