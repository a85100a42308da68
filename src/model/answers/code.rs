//! An answer as a short code: 20 symbols of Crockford's base32 and one check symbol,
//! written in groups of three (`7KQ-2MX-…`), and the same code inside a link or a QR code.
//!
//! The 100 bits, most significant first: the code's version (2 bits), the round's tag (18),
//! the answer's id (21), the role (3: none, then [`Role::ALL`]), the ladder (5: now × 5 +
//! wanted, each 0 for open or the rung's number), then the marks of the Raamwerk's rows in
//! the order of [`ROWS_V1`]: two bits (success factor, bottleneck) for a row with both
//! sides, one for a row with one.
//!
//! The check symbol makes the weighted sum of all 21 symbols zero in GF(32), each position
//! with its own weight (powers of a generator): a single changed symbol, and two
//! neighbouring symbols swapped, always break the sum, so every such typo is caught.
//! Reading forgives what people mix up: case, spaces and hyphens are ignored, O reads as 0
//! and I and L as 1.

use super::{Answer, AnswerMark, ANSWER_IDS, ROUND_TAGS};
use crate::model::ladder::Rung;
use crate::model::Role;

/// The version this app writes and reads.
pub const CODE_VERSION: u8 = 1;
/// Symbols of a code, the check symbol included.
pub const CODE_SYMBOLS: usize = 21;
/// The link fragment that carries an answer code to the board (`#/antwoord/<code>`).
pub const ANSWER_FRAGMENT: &str = "#/antwoord/";

const DATA_SYMBOLS: usize = CODE_SYMBOLS - 1;
/// Crockford's base32: digits and letters without I, L, O and U.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// Which sides a row of the Raamwerk has in the source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sides {
    /// Success factor and bottleneck.
    Both,
    /// Only a success factor (the source has "-" for the bottleneck).
    SuccessOnly,
    /// Only a bottleneck.
    BottleneckOnly,
}

/// The rows a version-1 code carries, in order. Fixed for this version: a Raamwerk that
/// changes its rows needs a new code version (a test holds this list to the data).
pub const ROWS_V1: [(&str, Sides); 27] = [
    ("ih.communicatie.1", Sides::Both),
    ("ih.communicatie.2", Sides::Both),
    ("ih.afhankelijkheid.1", Sides::Both),
    ("ih.afhankelijkheid.2", Sides::Both),
    ("ih.eigenaarschap.1", Sides::Both),
    ("ih.eigenaarschap.2", Sides::Both),
    ("ih.eigenaarschap.3", Sides::Both),
    ("ih.activiteiten.1", Sides::Both),
    ("ih.activiteiten.2", Sides::Both),
    ("ih.flexibiliteit.1", Sides::Both),
    ("ih.reflectie.1", Sides::Both),
    ("pd.aanpak.1", Sides::SuccessOnly),
    ("pd.aanpak.2", Sides::Both),
    ("pd.aanpak.3", Sides::Both),
    ("pd.organisatie.1", Sides::Both),
    ("pd.organisatie.2", Sides::Both),
    ("pd.preventief.1", Sides::Both),
    ("pd.preventief.2", Sides::Both),
    ("pd.monitoring.1", Sides::SuccessOnly),
    ("of.facilitering.1", Sides::Both),
    ("of.facilitering.2", Sides::Both),
    ("of.facilitering.3", Sides::BottleneckOnly),
    ("of.structuur.1", Sides::Both),
    ("of.structuur.2", Sides::Both),
    ("of.structuur.3", Sides::Both),
    ("of.leiderschap.1", Sides::Both),
    ("of.nabijheid.1", Sides::Both),
];

/// Why a text is not an answer code this board can take.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CodeError {
    /// Nothing was typed.
    Empty,
    /// Too few or too many symbols (spaces and hyphens not counted).
    Length {
        /// How many symbols were found.
        found: usize,
    },
    /// A character that is in no code (the first one).
    Character {
        /// Its place, counting symbols from 1.
        at: usize,
        /// The character.
        found: char,
    },
    /// The check symbol does not match: a symbol was mistyped or two were swapped.
    Typo,
    /// Written by another version of the answer page.
    Version {
        /// The version in the code.
        found: u8,
    },
    /// The symbols check out, but what they hold is impossible.
    Damaged,
}

/// One answer with the round it was given in: what a code carries.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Coded {
    /// The round's tag.
    pub round: u32,
    /// The answer.
    pub answer: Answer,
}

/// Multiplication in GF(32), modulo x⁵ + x² + 1.
fn gf_mul(mut a: u8, mut b: u8) -> u8 {
    let mut out = 0;
    while b != 0 {
        if b & 1 != 0 {
            out ^= a;
        }
        b >>= 1;
        a <<= 1;
        if a & 0x20 != 0 {
            a ^= 0x25;
        }
    }
    out
}

/// The weight of position `i` (0-based over all 21 symbols): α^(21 - i), so the check
/// symbol at the end weighs α^1 = 2 and every weight differs (α has order 31).
fn weight(i: usize) -> u8 {
    let mut w = 1;
    for _ in 0..(CODE_SYMBOLS - i) {
        w = gf_mul(w, 2);
    }
    w
}

/// The check symbol that makes the weighted sum of `data` and itself zero.
fn check_symbol(data: &[u8; DATA_SYMBOLS]) -> u8 {
    let sum = data
        .iter()
        .enumerate()
        .fold(0, |acc, (i, d)| acc ^ gf_mul(weight(i), *d));
    // sum + w_last·c = 0  ⇔  c = sum · w_last⁻¹; w_last = α, whose inverse is α³⁰.
    let mut inverse = 1;
    for _ in 0..30 {
        inverse = gf_mul(inverse, 2);
    }
    gf_mul(sum, inverse)
}

fn sum_is_zero(symbols: &[u8; CODE_SYMBOLS]) -> bool {
    symbols
        .iter()
        .enumerate()
        .fold(0, |acc, (i, d)| acc ^ gf_mul(weight(i), *d))
        == 0
}

/// Appends `count` bits of `value` to `bits`.
fn push(bits: &mut u128, value: u128, count: u32) {
    *bits = (*bits << count) | (value & ((1 << count) - 1));
}

/// The code of `answer` in round `round`, as 21 symbols without separators.
pub fn encode(round: u32, answer: &Answer) -> String {
    let mut bits: u128 = 0;
    push(&mut bits, u128::from(CODE_VERSION), 2);
    push(&mut bits, u128::from(round % ROUND_TAGS), 18);
    push(&mut bits, u128::from(answer.id % ANSWER_IDS), 21);
    let role = answer
        .role
        .and_then(|r| Role::ALL.iter().position(|x| *x == r))
        .map_or(0, |i| i + 1);
    push(&mut bits, role as u128, 3);
    let rung = |r: Option<Rung>| r.map_or(0, |r| u128::from(r.number()));
    push(&mut bits, rung(answer.now) * 5 + rung(answer.wanted), 5);
    for (row, sides) in ROWS_V1 {
        let (s, b) = answer.sides(row);
        match sides {
            Sides::Both => {
                push(&mut bits, u128::from(s), 1);
                push(&mut bits, u128::from(b), 1);
            }
            Sides::SuccessOnly => push(&mut bits, u128::from(s), 1),
            Sides::BottleneckOnly => push(&mut bits, u128::from(b), 1),
        }
    }
    let mut data = [0u8; DATA_SYMBOLS];
    for (i, slot) in data.iter_mut().enumerate() {
        let shift = 5 * (DATA_SYMBOLS - 1 - i);
        *slot = ((bits >> shift) & 0x1F) as u8;
    }
    let check = check_symbol(&data);
    data.iter()
        .chain(std::iter::once(&check))
        .map(|d| char::from(ALPHABET[usize::from(*d)]))
        .collect()
}

/// The code in groups of three for reading aloud and typing: `7KQ-2MX-…`.
pub fn grouped(code: &str) -> String {
    let symbols: Vec<char> = code.chars().collect();
    symbols
        .chunks(3)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("-")
}

/// The value of one typed character, forgiving O/0 and I/L/1 and case.
fn value_of(c: char) -> Option<u8> {
    let c = match c.to_ascii_uppercase() {
        'O' => '0',
        'I' | 'L' => '1',
        other => other,
    };
    ALPHABET
        .iter()
        .position(|a| char::from(*a) == c)
        .and_then(|i| u8::try_from(i).ok())
}

/// The code inside `text`: a link with [`ANSWER_FRAGMENT`], or the code as typed.
fn code_part(text: &str) -> &str {
    match text.find(ANSWER_FRAGMENT) {
        Some(at) => &text[at + ANSWER_FRAGMENT.len()..],
        None => text,
    }
}

/// Reads a typed code, a link, or a QR code's text.
pub fn decode(text: &str) -> Result<Coded, CodeError> {
    let text = code_part(text.trim());
    let mut symbols = [0u8; CODE_SYMBOLS];
    let mut n = 0;
    for c in text.chars() {
        if c.is_whitespace() || c == '-' || c == '.' {
            continue;
        }
        let Some(v) = value_of(c) else {
            return Err(CodeError::Character {
                at: n + 1,
                found: c,
            });
        };
        if n < CODE_SYMBOLS {
            symbols[n] = v;
        }
        n += 1;
        // A pasted essay is not a code; stop counting early.
        if n > 4 * CODE_SYMBOLS {
            break;
        }
    }
    match n {
        0 => return Err(CodeError::Empty),
        CODE_SYMBOLS => {}
        found => return Err(CodeError::Length { found }),
    }
    if !sum_is_zero(&symbols) {
        return Err(CodeError::Typo);
    }
    let mut bits: u128 = 0;
    for d in &symbols[..DATA_SYMBOLS] {
        bits = (bits << 5) | u128::from(*d);
    }
    let mut left = 100u32;
    let mut take = |count: u32| -> u128 {
        left -= count;
        (bits >> left) & ((1 << count) - 1)
    };
    let version = take(2) as u8;
    if version != CODE_VERSION {
        return Err(CodeError::Version { found: version });
    }
    let round = take(18) as u32;
    let id = take(21) as u32;
    let role = match take(3) as usize {
        0 => None,
        i => Some(Role::ALL[i - 1]),
    };
    let ladder = take(5) as u8;
    if ladder >= 25 {
        return Err(CodeError::Damaged);
    }
    let rung = |n: u8| if n == 0 { None } else { Rung::from_number(n) };
    let mut marks = Vec::new();
    for (row, sides) in ROWS_V1 {
        let (success, bottleneck) = match sides {
            Sides::Both => (take(1) == 1, take(1) == 1),
            Sides::SuccessOnly => (take(1) == 1, false),
            Sides::BottleneckOnly => (false, take(1) == 1),
        };
        if success || bottleneck {
            marks.push(AnswerMark {
                row: row.to_string(),
                success,
                bottleneck,
            });
        }
    }
    Ok(Coded {
        round,
        answer: Answer {
            id,
            role,
            marks,
            now: rung(ladder / 5),
            wanted: rung(ladder % 5),
        },
    })
}

/// The link that carries `code` to the app at `base` (its address without a fragment).
pub fn link(base: &str, code: &str) -> String {
    let base = base.split('#').next().unwrap_or(base);
    format!("{base}{ANSWER_FRAGMENT}{code}")
}

/// A round tag as the four symbols the answer page's address carries.
pub fn tag_text(tag: u32) -> String {
    (0..4)
        .rev()
        .map(|i| char::from(ALPHABET[((tag >> (5 * i)) & 0x1F) as usize]))
        .collect()
}

/// The tag in four symbols, if they are four symbols of a tag.
pub fn tag_of(text: &str) -> Option<u32> {
    let mut tag = 0u32;
    let mut n = 0;
    for c in text.chars() {
        tag = (tag << 5) | u32::from(value_of(c)?);
        n += 1;
    }
    (n == 4 && tag < ROUND_TAGS).then_some(tag)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
