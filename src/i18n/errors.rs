//! Storage and share-link errors in words. Storage returns typed errors and knows no
//! language; this is where they become a sentence in the interface's language.

use super::{format_count, Lang};
use crate::model::bounds::Bound;
use crate::storage::{DecodeError, Found, Rule, SaveError, ShareError, StorageUnavailable};

fn pick(lang: Lang, nl: &str, en: &str) -> String {
    match lang {
        Lang::Nl => nl.to_string(),
        Lang::En => en.to_string(),
    }
}

/// What a field should have held: "een geheel getal ≥ 0".
pub fn rule_expected(rule: &Rule, lang: Lang) -> String {
    let (nl, en) = match rule {
        Rule::WholeNumber => ("een geheel getal ≥ 0", "a whole number ≥ 0"),
        Rule::Text => ("tekst", "text"),
        Rule::Boolean => ("true of false", "true or false"),
        Rule::Role => ("een bekende rol", "a known role"),
        Rule::List => ("een lijst", "a list"),
        Rule::Object => ("een object met velden", "an object with fields"),
        Rule::NonEmpty => ("niet-lege tekst", "non-empty text"),
        Rule::Structure => (
            "de opbouw van een Samen Doen-bestand",
            "the structure of a Samen Doen file",
        ),
        Rule::Bound(bound) => return bound_expected(bound, lang),
        Rule::OneOf(names) => {
            let list = names.join(", ");
            return match lang {
                Lang::Nl => format!("een van: {list}"),
                Lang::En => format!("one of: {list}"),
            };
        }
        Rule::HasField(field) => {
            return match lang {
                Lang::Nl => format!("een object met het veld {field}"),
                Lang::En => format!("an object with the field {field}"),
            };
        }
        Rule::NoField(field) => {
            return match lang {
                Lang::Nl => format!("een object zonder het veld {field}"),
                Lang::En => format!("an object without the field {field}"),
            };
        }
    };
    pick(lang, nl, en)
}

/// What a bound asks for: "hoogstens 200 tekens".
pub fn bound_expected(bound: &Bound, lang: Lang) -> String {
    let n = |v: u64| format_count(v, lang);
    match (bound, lang) {
        (Bound::MaxChars(max), Lang::Nl) => format!("hoogstens {} tekens", n(*max as u64)),
        (Bound::MaxChars(max), Lang::En) => format!("at most {} characters", n(*max as u64)),
        (Bound::AtMost(max), Lang::Nl) => format!("een geheel getal van hoogstens {}", n(*max)),
        (Bound::AtMost(max), Lang::En) => format!("a whole number of at most {}", n(*max)),
        (Bound::Between(lo, hi), Lang::Nl) => format!("een geheel getal van {lo} tot en met {hi}"),
        (Bound::Between(lo, hi), Lang::En) => format!("a whole number from {lo} to {hi}"),
        (Bound::MaxItems(max), Lang::Nl) => format!("hoogstens {} onderdelen", n(*max as u64)),
        (Bound::MaxItems(max), Lang::En) => format!("at most {} items", n(*max as u64)),
        (Bound::MaxBytes(max), Lang::Nl) => format!("hoogstens {} bytes", n(*max as u64)),
        (Bound::MaxBytes(max), Lang::En) => format!("at most {} bytes", n(*max as u64)),
        (Bound::CalendarDate, Lang::Nl) => "een bestaande datum JJJJ-MM-DD of leeg".into(),
        (Bound::CalendarDate, Lang::En) => "a real date YYYY-MM-DD or empty".into(),
        (Bound::UniqueId, Lang::Nl) => "een id dat nog niet voorkomt".into(),
        (Bound::UniqueId, Lang::En) => "an id not used before".into(),
        (Bound::KnownWorker, Lang::Nl) => "een jeugdhulpverlener uit deze piramide".into(),
        (Bound::KnownWorker, Lang::En) => "a youth worker of this pyramid".into(),
        (Bound::SumsTo(sum), Lang::Nl) => format!("drie percentages die samen {sum} zijn"),
        (Bound::SumsTo(sum), Lang::En) => format!("three percentages that add up to {sum}"),
        (Bound::Once, Lang::Nl) => "één keer in de lijst".into(),
        (Bound::Once, Lang::En) => "once in the list".into(),
        (Bound::NotSkipped, Lang::Nl) => "een stap die niet is overgeslagen".into(),
        (Bound::NotSkipped, Lang::En) => "a step that is not skipped".into(),
        (Bound::NotBeforeStart, Lang::Nl) => {
            "een tijdstip niet vóór het begin van het overleg".into()
        }
        (Bound::NotBeforeStart, Lang::En) => "a time no earlier than the meeting's start".into(),
    }
}

/// Why a stored value, export file or share link could not be read.
pub fn decode_error(e: &DecodeError, lang: Lang) -> String {
    match (e, lang) {
        (DecodeError::NotJson { line, column }, Lang::Nl) => {
            format!("geen geldig JSON-bestand (regel {line}, kolom {column}); is het afgebroken?")
        }
        (DecodeError::NotJson { line, column }, Lang::En) => {
            format!("not valid JSON (line {line}, column {column}); was it cut off?")
        }
        (DecodeError::WrongFormat(found), Lang::Nl) => {
            format!(
                "geen Samen Doen-bestand (gevonden: {})",
                found_words(found, lang)
            )
        }
        (DecodeError::WrongFormat(found), Lang::En) => {
            format!(
                "not a Samen Doen file (found: {})",
                found_words(found, lang)
            )
        }
        (DecodeError::UnsupportedVersion { found, newest }, Lang::Nl) => format!(
            "bestandsversie {found} wordt niet ondersteund (deze app leest t/m versie {newest}); \
             gebruik een nieuwere versie van de app"
        ),
        (DecodeError::UnsupportedVersion { found, newest }, Lang::En) => format!(
            "file version {found} is not supported (this app reads up to version {newest}); \
             use a newer version of the app"
        ),
        (DecodeError::Invalid { field, value, rule }, Lang::Nl) => {
            format!(
                "{field}: verwacht {}, gekregen {value}",
                rule_expected(rule, lang)
            )
        }
        (DecodeError::Invalid { field, value, rule }, Lang::En) => {
            format!(
                "{field}: expected {}, got {value}",
                rule_expected(rule, lang)
            )
        }
        (DecodeError::NotUtf8 { byte }, Lang::Nl) => format!(
            "geen UTF-8-tekst (vanaf byte {byte}): het bestand is in een andere tekencodering \
             opgeslagen of is geen tekstbestand; Samen Doen-bestanden zijn altijd UTF-8"
        ),
        (DecodeError::NotUtf8 { byte }, Lang::En) => format!(
            "not UTF-8 text (from byte {byte}): the file was saved in another encoding or is \
             not a text file; Samen Doen files are always UTF-8"
        ),
        (DecodeError::TooLarge { bytes, limit }, Lang::Nl) => {
            format!(
                "te groot: {} bytes, hoogstens {}",
                format_count(*bytes as u64, Lang::Nl),
                format_count(*limit as u64, Lang::Nl)
            )
        }
        (DecodeError::TooLarge { bytes, limit }, Lang::En) => {
            format!(
                "too large: {} bytes, at most {}",
                format_count(*bytes as u64, Lang::En),
                format_count(*limit as u64, Lang::En)
            )
        }
    }
}

/// What a document held instead of a Samen Doen envelope.
fn found_words(found: &Found, lang: Lang) -> String {
    let (nl, en) = match found {
        Found::Marker(marker) => return marker.clone(),
        Found::Value(value) => return value.clone(),
        Found::NoFormat => (
            "een object zonder \"format\"",
            "an object without \"format\"",
        ),
        Found::NoEnvelope => ("geen envelop", "no envelope"),
        Found::ExportNotSession => (
            "een exportbestand, geen losse sessie",
            "an export file, not one session",
        ),
    };
    pick(lang, nl, en)
}

/// Why a share link could not be read.
pub fn share_error(e: &ShareError, lang: Lang) -> String {
    let (nl, en) = match e {
        ShareError::NotAShareLink => (
            "dit is geen deellink van Samen Doen",
            "this is not a Samen Doen share link",
        ),
        ShareError::BadBase64 | ShareError::BadDeflate => (
            "de deellink is beschadigd of niet helemaal gekopieerd",
            "the share link is damaged or was not copied completely",
        ),
        ShareError::TooLarge => ("de deellink is te groot", "the share link is too large"),
        ShareError::Damaged => (
            "de deellink is onderweg veranderd: het controlegetal klopt niet. Vraag de afzender om de link opnieuw te sturen, of om een bestand",
            "the share link was changed on the way: its checksum does not match. Ask the sender to send the link again, or a file",
        ),
        ShareError::Decode(e) => return decode_error(e, lang),
    };
    pick(lang, nl, en)
}

/// Why a write did not happen.
pub fn save_error(e: &SaveError, lang: Lang) -> String {
    match (e, lang) {
        (SaveError::Full, Lang::Nl) => "de opslag van deze browser is vol".into(),
        (SaveError::Full, Lang::En) => "this browser's storage is full".into(),
        (SaveError::Conflict { .. }, Lang::Nl) => "intussen in een ander tabblad gewijzigd".into(),
        (SaveError::Conflict { .. }, Lang::En) => "changed in another tab meanwhile".into(),
        (SaveError::NoId, Lang::Nl) => "de sessie heeft geen id".into(),
        (SaveError::NoId, Lang::En) => "the session has no id".into(),
        (SaveError::Encode, Lang::Nl) => "kon niet worden omgezet naar tekst".into(),
        (SaveError::Encode, Lang::En) => "could not be turned into text".into(),
        (SaveError::Denied, Lang::Nl) => {
            "de browser staat opslaan niet toe (instellingen of beleid)".into()
        }
        (SaveError::Denied, Lang::En) => {
            "the browser does not allow storing (settings or policy)".into()
        }
        (SaveError::Failed, Lang::Nl) => "de opslag van de browser weigert".into(),
        (SaveError::Failed, Lang::En) => "the browser's storage refuses".into(),
        (SaveError::Removed, Lang::Nl) => {
            "uit de opslag verwijderd, in een ander tabblad of buiten de app".into()
        }
        (SaveError::Removed, Lang::En) => {
            "removed from storage, in another tab or outside the app".into()
        }
        (SaveError::CopyUnverified, Lang::Nl) => {
            "de apart gezette kopie las niet terug zoals geschreven".into()
        }
        (SaveError::CopyUnverified, Lang::En) => {
            "the copy kept aside did not read back as written".into()
        }
        (SaveError::NotKeptAside, Lang::Nl) => "dit is geen apart gezette kopie".into(),
        (SaveError::NotKeptAside, Lang::En) => "this is no copy kept aside".into(),
        (SaveError::Blocked { key }, Lang::Nl) => {
            format!("{key} bevat iets onleesbaars dat niet apart gezet kon worden, en wordt daarom niet overschreven")
        }
        (SaveError::Blocked { key }, Lang::En) => {
            format!("{key} holds something unreadable that could not be set aside, so it is not written over")
        }
    }
}

/// Why localStorage cannot be used at all.
pub fn unavailable(e: &StorageUnavailable, lang: Lang) -> String {
    match (e, lang) {
        (StorageUnavailable::NoWindow, Lang::Nl) => "geen browservenster".into(),
        (StorageUnavailable::NoWindow, Lang::En) => "no browser window".into(),
        (StorageUnavailable::Missing, Lang::Nl) => "de opslag staat uit in deze browser".into(),
        (StorageUnavailable::Missing, Lang::En) => "storage is turned off in this browser".into(),
        (StorageUnavailable::Denied, Lang::Nl) => "de browser blokkeert de opslag".into(),
        (StorageUnavailable::Denied, Lang::En) => "the browser blocks storage".into(),
    }
}

#[cfg(test)]
mod tests;
