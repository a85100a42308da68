//! Typed errors of the codec, with messages in Dutch and English.

use std::fmt;

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
}

impl Rule {
    fn expected(&self, dutch: bool) -> String {
        let (nl, en) = match self {
            Rule::WholeNumber => ("een geheel getal ≥ 0", "a whole number ≥ 0"),
            Rule::Text => ("tekst", "text"),
            Rule::IsoDate => ("een datum JJJJ-MM-DD of leeg", "a date YYYY-MM-DD or empty"),
            Rule::Role => ("een bekende rol", "a known role"),
            Rule::List => ("een lijst", "a list"),
            Rule::Object => ("een object met velden", "an object with fields"),
            Rule::NonEmpty => ("niet-lege tekst", "non-empty text"),
            Rule::Structure(detail) => {
                return if dutch {
                    format!("de juiste opbouw ({detail})")
                } else {
                    format!("the right structure ({detail})")
                }
            }
        };
        (if dutch { nl } else { en }).to_string()
    }
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

    /// The message for the user, in Dutch when `dutch`, else English.
    pub fn message(&self, dutch: bool) -> String {
        match (self, dutch) {
            (DecodeError::NotJson { line, column }, true) => {
                format!("geen geldig JSON-bestand (regel {line}, kolom {column}); is het afgebroken?")
            }
            (DecodeError::NotJson { line, column }, false) => {
                format!("not valid JSON (line {line}, column {column}); was it cut off?")
            }
            (DecodeError::WrongFormat { found }, true) => {
                format!("geen Samen Doen-bestand (gevonden: {found})")
            }
            (DecodeError::WrongFormat { found }, false) => {
                format!("not a Samen Doen file (found: {found})")
            }
            (DecodeError::UnsupportedVersion { found, newest }, true) => format!(
                "bestandsversie {found} wordt niet ondersteund (deze app leest t/m versie {newest}); \
                 gebruik een nieuwere versie van de app"
            ),
            (DecodeError::UnsupportedVersion { found, newest }, false) => format!(
                "file version {found} is not supported (this app reads up to version {newest}); \
                 use a newer version of the app"
            ),
            (DecodeError::Invalid { field, value, rule }, true) => {
                format!("{field}: verwacht {}, gekregen {value}", rule.expected(true))
            }
            (DecodeError::Invalid { field, value, rule }, false) => {
                format!("{field}: expected {}, got {value}", rule.expected(false))
            }
            (DecodeError::TooLarge { bytes, limit }, true) => {
                format!("te groot: {bytes} bytes, hoogstens {limit}")
            }
            (DecodeError::TooLarge { bytes, limit }, false) => {
                format!("too large: {bytes} bytes, at most {limit}")
            }
        }
    }
}

/// English; use [`DecodeError::message`] for Dutch.
impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(false))
    }
}

impl std::error::Error for DecodeError {}

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
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn invalid_names_field_and_value_in_both_languages() {
        let e = DecodeError::invalid("pupil_count", &json!(-3), Rule::WholeNumber)
            .within("sessions[2]");
        assert_eq!(
            e.to_string(),
            "sessions[2].pupil_count: expected a whole number ≥ 0, got -3"
        );
        assert_eq!(
            e.message(true),
            "sessions[2].pupil_count: verwacht een geheel getal ≥ 0, gekregen -3"
        );
    }

    #[test]
    fn shorten_respects_char_boundaries() {
        let long = "é".repeat(100);
        assert_eq!(shorten(&long).chars().count(), 61);
    }
}
