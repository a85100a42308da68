//! The interface language as a value: which of the two languages, its code, its decimal
//! separator. Words live in `crate::i18n`; this tiny module stands apart so storage (which
//! keeps the chosen language in the settings) need not import any words.

use serde::{Deserialize, Serialize};

/// The interface language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    /// Nederlands, the default: the app is made for Dutch schools.
    #[default]
    #[serde(rename = "nl")]
    Nl,
    /// English.
    #[serde(rename = "en")]
    En,
}

impl Lang {
    /// The BCP 47 code, used for `<html lang>` and in settings.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    /// Dutch writes 3,5 where English writes 3.5.
    pub fn decimal_comma(self) -> bool {
        self == Lang::Nl
    }

    /// The decimal separator: ',' in Dutch, '.' in English.
    pub fn decimal_separator(self) -> char {
        if self.decimal_comma() {
            ','
        } else {
            '.'
        }
    }

    /// The other language (what the language switch offers).
    pub fn other(self) -> Lang {
        match self {
            Lang::Nl => Lang::En,
            Lang::En => Lang::Nl,
        }
    }
}
