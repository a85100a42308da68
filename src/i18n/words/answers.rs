//! The answer round in words: how many answers, what taking one in did, who recognises a
//! row (never a role that stands alone: see `model::answers::recognition`).

use super::super::tables::{RoleText, RoundText as R};
use super::super::{fill, Lang, Text};
use crate::model::answers::code::CodeError;
use crate::model::answers::recognition::Voice;
use crate::model::answers::{Refusal, Taken};

/// "Nog geen antwoorden", "1 antwoord", "7 antwoorden".
pub fn answer_count(count: usize, lang: Lang) -> String {
    match count {
        0 => R::AnswersNone.get(lang).to_string(),
        1 => R::AnswersOne.get(lang).to_string(),
        n => fill(R::AnswersMany.get(lang), &[("count", &n.to_string())]),
    }
}

/// What taking an answer in did.
pub fn taken_text(taken: Taken, lang: Lang) -> String {
    let (key, count) = match taken {
        Taken::New(n) => (R::TakenNew, n),
        Taken::Replaced(n) => (R::TakenReplaced, n),
        Taken::Same(n) => (R::TakenSame, n),
    };
    fill(key.get(lang), &[("count", &count.to_string())])
}

/// Why an answer was not taken in.
pub fn refusal_text(refusal: Refusal, lang: Lang) -> &'static str {
    match refusal {
        Refusal::NoRound => R::RefusedNoRound.get(lang),
        Refusal::OtherRound => R::RefusedOtherRound.get(lang),
        Refusal::Full => R::RefusedFull.get(lang),
    }
}

/// What is wrong with a typed answer code.
pub fn code_error_text(e: &CodeError, lang: Lang) -> String {
    match e {
        CodeError::Empty => R::CodeEmpty.get(lang).to_string(),
        CodeError::Length { found } => {
            fill(R::CodeLength.get(lang), &[("found", &found.to_string())])
        }
        CodeError::Character { at, found } => fill(
            R::CodeCharacter.get(lang),
            &[("at", &at.to_string()), ("found", &found.to_string())],
        ),
        CodeError::Typo => R::CodeTypo.get(lang).to_string(),
        CodeError::Version { .. } => R::CodeVersion.get(lang).to_string(),
        CodeError::Damaged => R::CodeDamaged.get(lang).to_string(),
    }
}

/// A voice's name: a role, or "andere rollen".
pub fn voice_name(voice: Voice, lang: Lang) -> &'static str {
    match voice {
        Voice::Role(role) => RoleText::from(role).get(lang),
        Voice::OtherRoles => R::OtherRoles.get(lang),
    }
}

/// Voices with how many of each: "Leerkracht (2), Jeugdhulpverlener, andere rollen (3)".
pub fn voice_list(voices: &[(Voice, usize)], lang: Lang) -> String {
    voices
        .iter()
        .map(|(voice, n)| match n {
            1 => voice_name(*voice, lang).to_string(),
            n => format!("{} ({n})", voice_name(*voice, lang)),
        })
        .collect::<Vec<_>>()
        .join(", ")
}
