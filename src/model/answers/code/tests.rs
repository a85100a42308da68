//! The answer code: exact round trips, every single typo and neighbour swap caught, the
//! forgiving reading, and the row list held to the Raamwerk's data.

use proptest::prelude::*;

use super::*;
use crate::model::framework::framework;

fn answer() -> impl Strategy<Value = (u32, Answer)> {
    let marks = prop::collection::vec((any::<bool>(), any::<bool>()), ROWS_V1.len());
    (
        0..ROUND_TAGS,
        0..ANSWER_IDS,
        0usize..=Role::ALL.len(),
        0u8..=4,
        0u8..=4,
        marks,
    )
        .prop_map(|(round, id, role, now, wanted, sides)| {
            let marks = ROWS_V1
                .iter()
                .zip(sides)
                .filter_map(|((row, kind), (s, b))| {
                    let (s, b) = match kind {
                        Sides::Both => (s, b),
                        Sides::SuccessOnly => (s, false),
                        Sides::BottleneckOnly => (false, b),
                    };
                    (s || b).then(|| AnswerMark {
                        row: row.to_string(),
                        success: s,
                        bottleneck: b,
                    })
                })
                .collect();
            let rung = |n: u8| Rung::from_number(n);
            let answer = Answer {
                id,
                role: role.checked_sub(1).map(|i| Role::ALL[i]),
                marks,
                now: rung(now),
                wanted: rung(wanted),
            };
            (round, answer)
        })
}

fn symbol(c: char) -> u8 {
    value_of(c).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// Every answer shape comes back exactly, from the code, the grouped code, a link and
    /// sloppy typing.
    #[test]
    fn round_trip((round, answer) in answer()) {
        let code = encode(round, &answer);
        prop_assert_eq!(code.chars().count(), CODE_SYMBOLS);
        let want = Coded { round, answer: answer.clone() };
        prop_assert_eq!(decode(&code), Ok(want.clone()));
        prop_assert_eq!(decode(&grouped(&code)), Ok(want.clone()));
        prop_assert_eq!(decode(&link("https://school.example/samen-doen/", &code)), Ok(want.clone()));
        let sloppy = grouped(&code).to_lowercase().replace('0', "o").replace('1', "l").replace('-', " - ");
        prop_assert_eq!(decode(&sloppy), Ok(want));
    }

    /// Every single changed symbol and every swap of two neighbouring different symbols is
    /// refused, never read as another answer.
    #[test]
    fn every_typo_and_neighbour_swap_is_caught((round, answer) in answer()) {
        let code: Vec<char> = encode(round, &answer).chars().collect();
        for at in 0..CODE_SYMBOLS {
            for c in ALPHABET.iter().map(|b| char::from(*b)) {
                if c == code[at] {
                    continue;
                }
                let mut typo = code.clone();
                typo[at] = c;
                let typed: String = typo.iter().collect();
                prop_assert!(decode(&typed).is_err(), "{} read as an answer", typed);
            }
        }
        for at in 0..CODE_SYMBOLS - 1 {
            if code[at] == code[at + 1] {
                continue;
            }
            let mut swapped = code.clone();
            swapped.swap(at, at + 1);
            let typed: String = swapped.iter().collect();
            prop_assert_eq!(decode(&typed), Err(CodeError::Typo), "{}", typed);
        }
    }
}

#[test]
fn the_weights_differ_so_the_check_catches_what_it_promises() {
    let weights: Vec<u8> = (0..CODE_SYMBOLS).map(weight).collect();
    for (i, a) in weights.iter().enumerate() {
        assert_ne!(*a, 0);
        for b in &weights[i + 1..] {
            assert_ne!(a, b);
        }
    }
    // Multiplication is a field's: every non-zero element has an inverse.
    for a in 1..32u8 {
        assert!((1..32u8).any(|b| gf_mul(a, b) == 1), "{a}");
    }
}

#[test]
fn wrong_codes_say_what_is_wrong() {
    let answer = Answer {
        id: 77,
        role: Some(Role::Teacher),
        ..Default::default()
    };
    let code = encode(5, &answer);
    assert_eq!(decode(""), Err(CodeError::Empty));
    assert_eq!(decode(" - "), Err(CodeError::Empty));
    assert_eq!(decode(&code[..20]), Err(CodeError::Length { found: 20 }));
    assert_eq!(
        decode(&format!("{code}7")),
        Err(CodeError::Length { found: 22 })
    );
    assert_eq!(
        decode("ABC-DEU-..."),
        Err(CodeError::Character { at: 6, found: 'U' })
    );
    // Another version of the answer page: a valid code with other version bits.
    let mut symbols: Vec<u8> = code.chars().map(symbol).collect();
    symbols[0] ^= 0b1_0000;
    let data: [u8; 20] = symbols[..20].try_into().unwrap();
    symbols[20] = check_symbol(&data);
    let other: String = symbols
        .iter()
        .map(|d| char::from(ALPHABET[usize::from(*d)]))
        .collect();
    assert!(matches!(decode(&other), Err(CodeError::Version { .. })));
}

#[test]
fn the_rows_of_version_one_are_the_raamwerks() {
    let rows: Vec<(&str, Sides)> = framework()
        .rows()
        .map(|(_, _, r)| {
            let sides = match (&r.success, &r.bottleneck) {
                (Some(_), Some(_)) => Sides::Both,
                (Some(_), None) => Sides::SuccessOnly,
                _ => Sides::BottleneckOnly,
            };
            (r.id.as_str(), sides)
        })
        .collect();
    assert_eq!(rows, ROWS_V1.to_vec());
    let bits: usize = ROWS_V1
        .iter()
        .map(|(_, s)| if *s == Sides::Both { 2 } else { 1 })
        .sum();
    assert_eq!(
        2 + 18 + 21 + 3 + 5 + bits,
        5 * 20,
        "the layout fills 20 symbols"
    );
}

#[test]
fn tags_read_back() {
    for tag in [0, 1, 31, 32, 12_345, ROUND_TAGS - 1] {
        assert_eq!(tag_of(&tag_text(tag)), Some(tag));
    }
    assert_eq!(tag_of("ZZZZ"), None, "beyond 18 bits");
    assert_eq!(tag_of("12"), None);
}
