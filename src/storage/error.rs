//! Typed errors of the codec. They carry what went wrong (field, value, rule), never words:
//! `crate::i18n::errors` says them in the interface's language.

use crate::model::limits::Bound;

/// The rule a field broke, so the message can say what was expected in either language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Rule {
    /// A whole number ≥ 0 that fits the field.
    WholeNumber,
    /// A piece of text.
    Text,
    /// A date `YYYY-MM-DD` or empty.
    IsoDate,
    /// One of the known roles.
    Role,
    /// A list.
    List,
    /// An object with named fields.
    Object,
    /// Non-empty text.
    NonEmpty,
    /// Not the structure the app expects; the detail comes from the JSON decoder.
    Structure(String),
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
    WrongFormat {
        /// What was found instead, shortened.
        found: String,
    },
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

/// Cuts long text to about 60 characters on a character boundary, for error messages.
pub fn shorten(text: &str) -> String {
    const MAX: usize = 60;
    if text.chars().count() <= MAX {
        return text.to_string();
    }
    let mut out: String = text.chars().take(MAX).collect();
    out.push('…');
    out
}

#[cfg(test)]
mod tests;
