//! Text kept exactly, even when it is not valid Unicode.
//!
//! localStorage holds UTF-16 strings, and a string there may contain a lone surrogate
//! (half of a pair), which Rust's `String` cannot hold: reading it would turn it into
//! U+FFFD and the copy kept aside would no longer be the original. Such text is kept in an
//! escaped form instead: a marker, then the text with `\` doubled and every lone surrogate
//! written as `\u{D800}`. [`unescape_utf16`] gives back the exact code units.

/// What a key held, exactly.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Exact {
    /// Valid Unicode text.
    Text(String),
    /// UTF-16 code units with at least one lone surrogate.
    Utf16(Vec<u16>),
}

/// Starts the escaped form of text that was not valid Unicode.
pub const ESCAPED_MARKER: &str = "samen-doen/utf16-escaped:";

impl Exact {
    /// The code units as text, lone surrogates replaced by U+FFFD (for reading).
    pub fn lossy(&self) -> String {
        match self {
            Exact::Text(t) => t.clone(),
            Exact::Utf16(units) => String::from_utf16_lossy(units),
        }
    }

    /// The text to keep aside: the text itself, or its escaped form (exact either way).
    pub fn kept(&self) -> String {
        match self {
            Exact::Text(t) => t.clone(),
            Exact::Utf16(units) => escape_utf16(units),
        }
    }
}

/// The escaped form of `units`: [`ESCAPED_MARKER`], then the text with `\` doubled and
/// lone surrogates as `\u{XXXX}`.
pub fn escape_utf16(units: &[u16]) -> String {
    let mut out = String::from(ESCAPED_MARKER);
    for item in char::decode_utf16(units.iter().copied()) {
        match item {
            Ok('\\') => out.push_str("\\\\"),
            Ok(c) => out.push(c),
            Err(e) => out.push_str(&format!("\\u{{{:04X}}}", e.unpaired_surrogate())),
        }
    }
    out
}

/// The exact code units of an escaped text; `None` if it is not one.
pub fn unescape_utf16(text: &str) -> Option<Vec<u16>> {
    let body = text.strip_prefix(ESCAPED_MARKER)?;
    let mut out = Vec::with_capacity(body.len());
    let mut chars = body.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            let mut buf = [0u16; 2];
            out.extend_from_slice(c.encode_utf16(&mut buf));
            continue;
        }
        match chars.next()? {
            '\\' => out.push(u16::from(b'\\')),
            'u' => {
                if chars.next()? != '{' {
                    return None;
                }
                let hex: String = chars.by_ref().take_while(|c| *c != '}').collect();
                out.push(u16::from_str_radix(&hex, 16).ok()?);
            }
            _ => return None,
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests;
