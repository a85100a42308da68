//! Property tests: round trips are exact and no input makes the codec panic. Sessions are
//! drawn within the model's bounds (what the app can hold); out-of-bounds input has its own
//! properties below.

use proptest::prelude::*;

use crate::model::bounds::{is_calendar_date, MAX_PUPILS};
use crate::model::session::check::check_session;
use crate::model::session::Sessions;
use crate::model::{Participant, Role, Session};
use crate::storage::codec::{decode_stored_session, encode_export, encode_session};
use crate::storage::error::DecodeError;
use crate::storage::keys;
use crate::storage::restore::restore;
use crate::storage::share::{decode_share, share_fragment};
use crate::storage::stepwise::decode;

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "\\PC{0,30}",
        Just("<script>alert('x')</script>".to_string()),
        Just("\"}], \\u0000 {{".to_string()),
        "[0-9.,-]{0,12}",
    ]
}

fn date() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        (1900u32..2200, 1u32..=12, 1u32..=31)
            .prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}"))
            .prop_filter("a calendar date", |d| is_calendar_date(d)),
    ]
}

fn session() -> impl Strategy<Value = Session> {
    let meta = (
        "\\PC{1,20}",
        text(),
        text(),
        date(),
        text(),
        0..=MAX_PUPILS,
        text(),
    );
    let times = (any::<u64>(), any::<u64>(), any::<u64>());
    let people = prop::collection::vec((0..Role::ALL.len(), text()), 0..5);
    (meta, times, people).prop_map(
        |((id, title, school, date, year, pupils, notes), (c, u, r), people)| Session {
            id,
            title,
            school,
            date,
            school_year: year,
            pupil_count: pupils,
            notes,
            created_ms: c,
            updated_ms: u,
            revision: r,
            participants: people
                .into_iter()
                .map(|(i, name)| Participant {
                    role: Role::ALL[i],
                    name,
                })
                .collect(),
            ..Default::default()
        },
    )
}

proptest! {
    #[test]
    fn export_then_import_gives_equal_sessions(s in session(), t in session()) {
        let text = encode_export(&[s.clone(), t.clone()], 5).unwrap();
        let doc = decode(&text).unwrap();
        let mut list = Sessions::default();
        list.add_imported(doc.sessions, || unreachable!("empty list has no taken ids"));
        let mut want = vec![s.clone()];
        if t.id == s.id {
            // The same id twice in one file: the second one must become a copy, not overwrite.
            prop_assert_eq!(list.items.len(), 2);
            prop_assert_eq!(&list.items[0], &s);
        } else {
            want.push(t);
            prop_assert_eq!(list.items, want);
        }
    }

    #[test]
    fn stored_session_and_share_link_round_trip(s in session()) {
        prop_assert_eq!(decode_stored_session(&encode_session(&s).unwrap()).unwrap(), s.clone());
        prop_assert_eq!(decode_share(&share_fragment(&s).unwrap()).unwrap().sessions, vec![s]);
    }

    #[test]
    fn random_bytes_give_typed_errors(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let text = String::from_utf8_lossy(&bytes);
        prop_assert!(decode(&text).is_err());
        let _ = decode_share(&text);
        let _ = decode_share(&format!("#/import/{text}"));
    }

    #[test]
    fn truncated_input_gives_typed_errors(s in session(), cut in 0.0f64..1.0) {
        let text = encode_export(std::slice::from_ref(&s), 1).unwrap();
        let at = (0..=((text.len() as f64 * cut) as usize)).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
        prop_assert!(decode(&text[..at]).is_err());
        let link = share_fragment(&s).unwrap();
        let at = (link.len() as f64 * cut) as usize;
        prop_assert!(decode_share(&link[..at]).is_err());
    }

    #[test]
    fn restore_never_loses_raw_text(raws in prop::collection::vec(any::<String>(), 0..6), good in session()) {
        let mut entries: Vec<(String, String)> = raws
            .iter()
            .enumerate()
            .map(|(i, raw)| (keys::session_key(&format!("r{i}")), raw.clone()))
            .collect();
        entries.push((keys::INDEX.into(), raws.first().cloned().unwrap_or_default()));
        entries.push((keys::session_key("good"), encode_session(&good).unwrap()));
        let r = restore(entries.clone(), 1);
        prop_assert!(r.sessions.get("good").is_some());
        for (key, raw) in &entries {
            let loaded = matches!(keys::classify(key), keys::KeyKind::Session(id) if r.sessions.contains_id(&id));
            let kept = r.moves.iter().any(|m| &m.from == key && &m.raw == raw);
            prop_assert!(loaded || kept || key == keys::INDEX, "{key} lost");
        }
    }
}

/// A JSON value that may be far outside any bound.
fn wild() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::{json, Value};
    prop_oneof![
        any::<i64>().prop_map(Value::from),
        Just(json!(u64::MAX)),
        Just(json!(4_294_967_295u64)),
        Just(json!(65_535)),
        Just(json!(255)),
        Just(json!(0)),
        Just(json!("2026-02-31")),
        Just(json!("gisteren")),
        Just(json!("x".repeat(6_000))),
        Just(json!("e\u{301}".repeat(3_000))),
        Just(json!(null)),
        Just(json!([])),
        Just(json!({})),
        any::<String>().prop_map(Value::from),
    ]
}

/// Sets the value at a random place of `v` (objects by key, arrays by index) to `new`.
fn poke(v: &mut serde_json::Value, path: &[usize], new: serde_json::Value) {
    use serde_json::Value;
    let Some((first, rest)) = path.split_first() else {
        *v = new;
        return;
    };
    match v {
        Value::Object(map) if !map.is_empty() => {
            let key = map
                .keys()
                .nth(first % map.len())
                .cloned()
                .unwrap_or_default();
            if let Some(child) = map.get_mut(&key) {
                poke(child, rest, new);
            }
        }
        Value::Array(list) if !list.is_empty() => {
            let i = first % list.len();
            if rest.is_empty() && first % 3 == 0 {
                // Sometimes repeat an item instead: duplicate ids must be refused.
                let copy = list[i].clone();
                list.push(copy);
            } else {
                poke(&mut list[i], rest, new);
            }
        }
        other => *other = new,
    }
}

fn rich_session() -> Session {
    let mut s = crate::model::example::example_session(1_767_225_600_000);
    s.id = "rich".into();
    s
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn every_import_is_within_bounds_or_refused_with_a_field(
        path in prop::collection::vec(any::<usize>(), 1..6),
        new in wild(),
    ) {
        let text = encode_export(&[rich_session()], 1).unwrap();
        let mut doc: serde_json::Value = serde_json::from_str(&text).unwrap();
        if let Some(data) = doc.get_mut("data") {
            poke(data, &path, new);
        }
        match decode(&doc.to_string()) {
            Ok(read) => {
                for s in &read.sessions {
                    prop_assert_eq!(check_session(s), Ok(()));
                }
            }
            Err(DecodeError::Invalid { field, .. }) => prop_assert!(!field.is_empty()),
            Err(_) => {}
        }
    }
}

/// 10,000 byte-level mutations of an export file and of a share link: the codec never
/// panics, and whatever it accepts is inside the bounds.
#[test]
fn ten_thousand_mutated_exports_and_links_never_accept_out_of_bounds_values() {
    let export = encode_export(&[rich_session()], 1).unwrap().into_bytes();
    let link = share_fragment(&rich_session()).unwrap().into_bytes();
    let mut seed: u64 = 0x5eed_2026;
    let mut next = move || {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (seed >> 33) as usize
    };
    let (mut accepted, mut refused) = (0, 0);
    for round in 0..10_000 {
        let source = if round % 2 == 0 { &export } else { &link };
        let mut bytes = source.clone();
        for _ in 0..1 + next() % 4 {
            let at = next() % bytes.len();
            match next() % 4 {
                0 => bytes[at] ^= 1 << (next() % 8),
                1 => bytes[at] = b"0123456789\"{}[],:-eE."[next() % 21],
                2 => {
                    bytes.remove(at);
                }
                _ => bytes.insert(at, bytes[next() % bytes.len()]),
            }
        }
        let text = String::from_utf8_lossy(&bytes);
        let result = if round % 2 == 0 {
            decode(&text).map(|d| d.sessions)
        } else {
            decode_share(&text)
                .map(|d| d.sessions)
                .map_err(|_| DecodeError::TooLarge { bytes: 0, limit: 0 })
        };
        match result {
            Ok(sessions) => {
                accepted += 1;
                for s in &sessions {
                    assert_eq!(check_session(s), Ok(()), "round {round}");
                }
            }
            Err(_) => refused += 1,
        }
    }
    assert_eq!(accepted + refused, 10_000);
    assert!(
        refused > 1_000,
        "mutations should mostly break the input ({refused})"
    );
}
