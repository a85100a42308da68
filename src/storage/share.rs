//! Share links and QR codes: a whole session in the URL fragment.
//!
//! `#/import/2.<payload>`, payload = base64url (no padding) of raw deflate (level 9) of the
//! stored-session envelope JSON, followed by the CRC-32 of that JSON (4 bytes, little
//! endian), so a link damaged in copying is refused instead of opening with changed content.
//! Links from before the checksum (`#/import/<payload>` without `2.`) still open, and say
//! that they cannot be checked. The fragment never reaches a server, so the session stays
//! between the two browsers.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use miniz_oxide::inflate::TINFLStatus;
use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

use super::codec::{encode_session, Document};
use super::error::{EncodeError, ShareError, TooLong};
use super::stepwise::decode;
use crate::model::Session;

/// The fragment prefix of a share link.
pub const FRAGMENT_PREFIX: &str = "#/import/";
/// Marks a payload that ends in a checksum.
pub const CHECKED_PREFIX: &str = "2.";
/// Largest inflated size accepted, against zip bombs: far more than any real session.
pub const MAX_INFLATED_BYTES: usize = 2 * 1024 * 1024;

/// A share link read: the document, and whether its checksum vouched for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shared {
    /// What the link holds.
    pub document: Document,
    /// False for a link from before checksums: it opened, but could not be checked.
    pub checked: bool,
}

/// The fragment `#/import/2.<payload>` carrying `session`.
pub fn share_fragment(session: &Session) -> Result<String, EncodeError> {
    let json = encode_session(session)?;
    let mut packed = miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 9);
    packed.extend_from_slice(&crc32(json.as_bytes()).to_le_bytes());
    Ok(format!(
        "{FRAGMENT_PREFIX}{CHECKED_PREFIX}{}",
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
    read_share(link).map(|s| s.document)
}

/// Reads a share link and says whether a checksum vouched for it.
pub fn read_share(link: &str) -> Result<Shared, ShareError> {
    let link = link.trim();
    let payload = match link.find(FRAGMENT_PREFIX) {
        Some(at) => &link[at + FRAGMENT_PREFIX.len()..],
        None if !link.contains(['#', '/', ':']) && !link.is_empty() => link,
        None => return Err(ShareError::NotAShareLink),
    };
    let (payload, checked) = match payload.strip_prefix(CHECKED_PREFIX) {
        Some(rest) => (rest, true),
        None => (payload, false),
    };
    // Base64 of 2 MB deflated is ~2.7 MB; longer input cannot be a valid link.
    if payload.len() > MAX_INFLATED_BYTES * 2 {
        return Err(ShareError::TooLarge);
    }
    let mut packed = URL_SAFE_NO_PAD
        .decode(payload.trim_end_matches('='))
        .map_err(|_| ShareError::BadBase64)?;
    let expected = if checked {
        if packed.len() < 4 {
            return Err(ShareError::Damaged);
        }
        let tail = packed.split_off(packed.len() - 4);
        Some(u32::from_le_bytes([tail[0], tail[1], tail[2], tail[3]]))
    } else {
        None
    };
    let bytes = miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, MAX_INFLATED_BYTES)
        .map_err(|e| match (e.status, expected) {
            (TINFLStatus::HasMoreOutput, _) => ShareError::TooLarge,
            // With a checksum, anything that does not inflate was damaged on the way.
            (_, Some(_)) => ShareError::Damaged,
            (_, None) => ShareError::BadDeflate,
        })?;
    if expected.is_some_and(|crc| crc != crc32(&bytes)) || !ends_exactly(&packed, bytes.len()) {
        return Err(if expected.is_some() {
            ShareError::Damaged
        } else {
            ShareError::BadDeflate
        });
    }
    let text = String::from_utf8(bytes).map_err(|_| ShareError::BadDeflate)?;
    let document = decode(&text).map_err(ShareError::Decode)?;
    Ok(Shared { document, checked })
}

/// Whether the compressed data ends exactly where `packed` ends: the decoder stops at the
/// end of its stream, so a doubled or lengthened link would otherwise open with a checksum
/// that matches its first half. The checksum then covers exactly what is opened.
fn ends_exactly(packed: &[u8], size: usize) -> bool {
    use miniz_oxide::inflate::core::{decompress, inflate_flags, DecompressorOxide};
    let mut out = vec![0u8; size];
    let mut state = DecompressorOxide::new();
    let flags = inflate_flags::TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF;
    let (status, consumed, _) = decompress(&mut state, packed, &mut out, 0, flags);
    status == TINFLStatus::Done && consumed == packed.len()
}

/// The CRC-32 (IEEE, as in zip and PNG) of `bytes`.
pub fn crc32(bytes: &[u8]) -> u32 {
    const TABLE: [u32; 256] = {
        let mut table = [0u32; 256];
        let mut i = 0;
        while i < 256 {
            let mut c = i as u32;
            let mut k = 0;
            while k < 8 {
                c = if c & 1 != 0 {
                    0xEDB8_8320 ^ (c >> 1)
                } else {
                    c >> 1
                };
                k += 1;
            }
            table[i] = c;
            i += 1;
        }
        table
    };
    !bytes.iter().fold(!0u32, |c, b| {
        TABLE[((c ^ u32::from(*b)) & 0xFF) as usize] ^ (c >> 8)
    })
}

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
