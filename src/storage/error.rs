//! Every error of the storage layer, typed: what went wrong (field, value, rule; which
//! write; which link), never words. `crate::i18n::errors` says each one in the interface's
//! language; nothing here holds a sentence or a browser's message that could reach a user.

use crate::model::bounds::Bound;

/// The rule a field broke, so the message can say what was expected in either language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Rule {
    /// A whole number ≥ 0 that fits the field.
    WholeNumber,
    /// A piece of text.
    Text,
    /// `true` or `false`.
    Boolean,
    /// One of the known roles.
    Role,
    /// A list.
    List,
    /// An object with named fields.
    Object,
    /// Non-empty text.
    NonEmpty,
    /// One of these code names (a level, a status, a step …).
    OneOf(Vec<String>),
    /// An object that has this field.
    HasField(String),
    /// An object without this field (only the known fields are allowed).
    NoField(String),
    /// Not the structure the app expects, in a way the decoder does not name.
    Structure,
    /// Outside the model's bounds (length, range, count, date, unique or known id).
    Bound(Bound),
}

/// Why a stored value, export file or share link could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// Not JSON at all (or cut off).
    NotJson {
        /// Line of the first problem (1-based).
        line: usize,
        /// Column of the first problem (1-based).
        column: usize,
    },
    /// JSON, but not a Samen Doen file.
    WrongFormat(Found),
    /// Written by a newer version of the app.
    UnsupportedVersion {
        /// The version in the file.
        found: String,
        /// The newest version this app reads.
        newest: u32,
    },
    /// A field holds a value the app cannot use.
    Invalid {
        /// Path of the field, e.g. `sessions[2].pupil_count`.
        field: String,
        /// The offending value as JSON, shortened.
        value: String,
        /// What was expected.
        rule: Rule,
    },
    /// Not UTF-8 text (another encoding, or not text at all).
    NotUtf8 {
        /// The byte offset of the first byte that is not UTF-8.
        byte: usize,
    },
    /// Larger than the app accepts.
    TooLarge {
        /// Size found, in bytes.
        bytes: usize,
        /// Largest accepted size, in bytes.
        limit: usize,
    },
}

impl DecodeError {
    /// An [`DecodeError::Invalid`] with the value shortened for display.
    pub fn invalid(field: impl Into<String>, value: &serde_json::Value, rule: Rule) -> Self {
        DecodeError::Invalid {
            field: field.into(),
            value: shorten(&value.to_string()),
            rule,
        }
    }

    /// Prefixes the field path, e.g. `pupil_count` → `sessions[2].pupil_count`.
    pub fn within(self, parent: &str) -> Self {
        match self {
            DecodeError::Invalid { field, value, rule } => DecodeError::Invalid {
                field: format!("{parent}.{field}"),
                value,
                rule,
            },
            other => other,
        }
    }
}

/// What a document held instead of a Samen Doen envelope.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Found {
    /// Another app's format marker, shortened.
    Marker(String),
    /// A JSON value that is no object, shortened.
    Value(String),
    /// An object without `"format"` (and without a session's `"id"`).
    NoFormat,
    /// The envelope's migration did not leave an object.
    NoEnvelope,
    /// An export file where one stored session belongs.
    ExportNotSession,
}

impl Rule {
    /// The rule a `serde_json` message names, so no decoder text (English, and holding the
    /// whole rejected value) reaches a user: "missing field `id`", "unknown variant `X`,
    /// expected one of `A`, `B`", "invalid type: string \"x\", expected u32" …
    pub fn from_decoder(message: &str) -> Rule {
        let quoted = |text: &str| -> Option<String> {
            let rest = text.split_once('`')?.1;
            Some(rest.split_once('`')?.0.to_string())
        };
        if let Some(rest) = message.strip_prefix("missing field ") {
            return quoted(rest).map_or(Rule::Structure, Rule::HasField);
        }
        if let Some(rest) = message.strip_prefix("unknown field ") {
            return quoted(rest).map_or(Rule::Structure, Rule::NoField);
        }
        // The expected part follows the last ", expected ": the found value before it may
        // be anything, the expected names are the app's own.
        let Some((_, expected)) = message.rsplit_once(", expected ") else {
            return Rule::Structure;
        };
        if message.starts_with("unknown variant ") {
            let names: Vec<String> = expected
                .split('`')
                .skip(1)
                .step_by(2)
                .take(12)
                .map(str::to_string)
                .collect();
            return if names.is_empty() {
                Rule::Structure
            } else {
                Rule::OneOf(names)
            };
        }
        let number = [
            "u8", "u16", "u32", "u64", "i8", "i16", "i32", "i64", "usize",
        ];
        match expected {
            e if number.contains(&e) => Rule::WholeNumber,
            "a string" | "a borrowed string" | "a character" => Rule::Text,
            "a boolean" => Rule::Boolean,
            "a sequence" => Rule::List,
            e if e == "a map" || e.starts_with("struct ") => Rule::Object,
            _ => Rule::Structure,
        }
    }
}

/// A failure of the underlying key-value storage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BackendError {
    /// The quota is exhausted; nothing was written.
    Full,
    /// The browser denies access (a security setting or policy).
    Denied,
    /// Storage failed in another way.
    Failed,
}

/// Why localStorage cannot be used at all; the app then runs without saving and says so.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageUnavailable {
    /// Not running in a browser window (native build, worker).
    NoWindow,
    /// The browser has no localStorage here (turned off).
    Missing,
    /// The browser refuses access (blocked by settings or policy).
    Denied,
}

/// Why a write did not happen. The previously stored value is always left intact.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveError {
    /// Storage is full: export to a file or empty the trash.
    Full,
    /// Another tab saved a newer revision since this tab loaded the session.
    Conflict {
        /// The revision now in storage.
        stored_revision: u64,
    },
    /// The session has an empty id.
    NoId,
    /// The value could not be turned into JSON.
    Encode,
    /// The browser denies writing (a security setting or policy).
    Denied,
    /// Storage failed in another way.
    Failed,
    /// The session's key was removed (in another tab, or outside the app).
    Removed,
    /// A copy kept aside did not read back as written.
    CopyUnverified,
    /// Only entries kept aside may be discarded; this key is no such entry.
    NotKeptAside,
    /// This key holds something that could not be read nor kept aside: it is never
    /// written over.
    Blocked {
        /// The protected key.
        key: String,
    },
}

impl From<BackendError> for SaveError {
    fn from(e: BackendError) -> Self {
        match e {
            BackendError::Full => SaveError::Full,
            BackendError::Denied => SaveError::Denied,
            BackendError::Failed => SaveError::Failed,
        }
    }
}

/// A value could not be turned into JSON (only possible if a model type is unserialisable).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EncodeError;

/// Why a share link could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareError {
    /// No `#/import/` fragment in the text.
    NotAShareLink,
    /// The payload is not base64url.
    BadBase64,
    /// The payload is not deflate data (damaged or cut off while copying).
    BadDeflate,
    /// The payload inflates beyond the largest size accepted.
    TooLarge,
    /// The checksum does not match: the link was changed on the way.
    Damaged,
    /// The inflated text is not UTF-8 or not a valid document.
    Decode(DecodeError),
}

/// The link is too long for a QR code; offer the export file instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TooLong {
    /// Length of the link in bytes.
    pub bytes: usize,
}

/// Cuts long text to about 60 characters on a character boundary, for error messages.
pub fn shorten(text: &str) -> String {
    const MAX: usize = 60;
    if text.chars().nth(MAX).is_none() {
        return text.to_string();
    }
    let mut out: String = text.chars().take(MAX).collect();
    out.push('…');
    out
}

#[cfg(test)]
mod tests;
