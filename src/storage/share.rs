//! Share links and QR codes: a whole session in the URL fragment.
//!
//! `#/import/<payload>`, payload = base64url (no padding) of raw deflate (level 9) of the
//! stored-session envelope JSON. The fragment never reaches a server, so the session stays
//! between the two browsers.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use miniz_oxide::inflate::TINFLStatus;
use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

use super::codec::{decode, encode_session, Document, EncodeError};
use super::error::DecodeError;
use crate::model::Session;

/// The fragment prefix of a share link.
pub const FRAGMENT_PREFIX: &str = "#/import/";
/// Largest inflated size accepted, against zip bombs: far more than any real session.
pub const MAX_INFLATED_BYTES: usize = 2 * 1024 * 1024;

/// Why a share link could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareError {
    /// No `#/import/` fragment in the text.
    NotAShareLink,
    /// The payload is not base64url.
    BadBase64,
    /// The payload is not deflate data (damaged or cut off while copying).
    BadDeflate,
    /// The payload inflates beyond [`MAX_INFLATED_BYTES`].
    TooLarge,
    /// The inflated text is not UTF-8 or not a valid document.
    Decode(DecodeError),
}

/// The fragment `#/import/<payload>` carrying `session`.
pub fn share_fragment(session: &Session) -> Result<String, EncodeError> {
    let json = encode_session(session)?;
    let packed = miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 9);
    Ok(format!(
        "{FRAGMENT_PREFIX}{}",
        URL_SAFE_NO_PAD.encode(packed)
    ))
}

/// A full link: `base` (the app's address; any fragment is dropped) plus the fragment.
pub fn share_url(base: &str, session: &Session) -> Result<String, EncodeError> {
    let base = base.split('#').next().unwrap_or(base);
    Ok(format!("{base}{}", share_fragment(session)?))
}

/// Reads a share link, a bare fragment, or a bare payload.
pub fn decode_share(link: &str) -> Result<Document, ShareError> {
    let link = link.trim();
    let payload = match link.find(FRAGMENT_PREFIX) {
        Some(at) => &link[at + FRAGMENT_PREFIX.len()..],
        None if !link.contains(['#', '/', ':']) && !link.is_empty() => link,
        None => return Err(ShareError::NotAShareLink),
    };
    // Base64 of 2 MB deflated is ~2.7 MB; longer input cannot be a valid link.
    if payload.len() > MAX_INFLATED_BYTES * 2 {
        return Err(ShareError::TooLarge);
    }
    let packed = URL_SAFE_NO_PAD
        .decode(payload.trim_end_matches('='))
        .map_err(|_| ShareError::BadBase64)?;
    let bytes = miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, MAX_INFLATED_BYTES)
        .map_err(|e| {
            if e.status == TINFLStatus::HasMoreOutput {
                ShareError::TooLarge
            } else {
                ShareError::BadDeflate
            }
        })?;
    let text = String::from_utf8(bytes).map_err(|_| ShareError::BadDeflate)?;
    decode(&text).map_err(ShareError::Decode)
}

/// The link is too long for a QR code; offer the export file instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TooLong {
    /// Length of the link in bytes.
    pub bytes: usize,
}

impl std::fmt::Display for TooLong {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "link of {} bytes is too long for a QR code", self.bytes)
    }
}

impl std::error::Error for TooLong {}

/// An SVG QR code of `url`, with the strongest error correction that still fits.
pub fn qr_svg(url: &str) -> Result<String, TooLong> {
    // Stronger correction survives smartboard glare, but costs capacity; try it first.
    for level in [EcLevel::M, EcLevel::L] {
        if let Ok(code) = QrCode::with_error_correction_level(url.as_bytes(), level) {
            return Ok(code
                .render::<svg::Color>()
                .min_dimensions(256, 256)
                .quiet_zone(true)
                .build());
        }
    }
    Err(TooLong { bytes: url.len() })
}

#[cfg(test)]
mod tests;
