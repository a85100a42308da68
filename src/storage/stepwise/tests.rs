use super::*;
use crate::storage::codec::{encode_export, encode_session};

fn sessions(n: usize) -> Vec<Session> {
    (0..n)
        .map(|i| {
            let mut s = Session::new(format!("s{i}"), 1_767_225_600_000 + i as u64);
            s.title = format!("Overleg {i}");
            s
        })
        .collect()
}

fn refused_field(result: Result<impl std::fmt::Debug, DecodeError>) -> (String, Rule) {
    match result.unwrap_err() {
        DecodeError::Invalid { field, rule, .. } => (field, rule),
        other => panic!("expected a field refused, got {other:?}"),
    }
}

#[test]
fn each_step_reads_one_session_and_the_whole_is_the_file() {
    let list = sessions(5);
    let text = encode_export(&list, 9).unwrap();
    let mut steps = Stepwise::open(text.clone()).unwrap();
    assert_eq!((steps.total(), steps.done()), (5, 0));
    let mut more = Vec::new();
    for _ in 0..5 {
        more.push(steps.step().unwrap());
    }
    assert_eq!(more, [true, true, true, true, false]);
    assert_eq!(steps.done(), 5);
    assert!(!steps.step().unwrap(), "nothing left to read");
    let doc = steps.finish();
    assert_eq!((doc.kind, doc.sessions.clone()), (Kind::Export, list));
    assert_eq!(doc, decode(&text).unwrap());
}

#[test]
fn a_byte_order_mark_and_whitespace_keep_the_places_right() {
    let list = sessions(3);
    let text = format!("\u{feff}\n  {}", encode_export(&list, 9).unwrap());
    let doc = Stepwise::open_bytes(text.into_bytes())
        .unwrap()
        .run()
        .unwrap();
    assert_eq!(doc.sessions, list);
}

#[test]
fn a_wrong_session_is_named_by_its_place() {
    let list = sessions(4);
    let text = encode_export(&list, 9)
        .unwrap()
        .replacen("\"Overleg 2\"", "7", 1);
    let mut steps = Stepwise::open(text).unwrap();
    assert!(steps.step().unwrap() && steps.step().unwrap());
    let (field, rule) = refused_field(steps.step());
    assert_eq!((field.as_str(), rule), ("sessions[2].title", Rule::Text));
}

#[test]
fn a_session_over_the_bound_is_refused_by_its_length_with_its_place() {
    let mut list = sessions(3);
    // Within every field's bound, yet more than one session may be in a file.
    let long = "é".repeat(crate::model::bounds::MAX_LONG_CHARS);
    list[1].analysis.explanations = (0..20)
        .map(|i| {
            let e = crate::model::framework::Explanation {
                why: long.clone(),
                who: long.clone(),
                what: long.clone(),
                where_: long.clone(),
                when: long.clone(),
                how: long.clone(),
            };
            (format!("rij-{i}"), e)
        })
        .collect();
    let text = encode_export(&list, 9).unwrap();
    let mut steps = Stepwise::open(text).unwrap();
    assert!(steps.step().unwrap());
    let (field, rule) = refused_field(steps.step());
    assert_eq!(
        (field.as_str(), rule),
        (
            "sessions[1]",
            Rule::Bound(Bound::MaxBytes(MAX_SESSION_BYTES))
        )
    );
}

#[test]
fn a_big_document_that_is_not_a_list_is_refused_by_what_it_is() {
    let big = "x".repeat(MAX_SESSION_BYTES);
    let session = |version: u32| {
        format!(
            r#"{{"format":"samen-doen","version":{version},"kind":"session","data":{{"title":"{big}"}}}}"#
        )
    };
    for version in [0, 1, CURRENT_VERSION] {
        let (field, rule) = refused_field(decode(&session(version)));
        assert_eq!(field, "data", "version {version}");
        assert_eq!(rule, Rule::Bound(Bound::MaxBytes(MAX_SESSION_BYTES)));
    }
    // Any field of the envelope bigger than a session is refused by its size, by name.
    let bare = format!(r#"{{"id":"a","name":"{big}"}}"#);
    assert_eq!(refused_field(decode(&bare)).0, "name");
    let sources = format!(
        r#"{{"format":"samen-doen","version":2,"kind":"export","sources":["{big}"],"data":[]}}"#
    );
    assert_eq!(refused_field(decode(&sources)).0, "sources");
    let kind = format!(r#"{{"format":"samen-doen","version":2,"kind":"feest","data":"{big}"}}"#);
    assert_eq!(refused_field(decode(&kind)).0, "kind");
    let data = format!(r#"{{"format":"samen-doen","version":2,"kind":"export","data":"{big}"}}"#);
    let refusal = decode(&data).unwrap_err();
    let DecodeError::Invalid { field, value, rule } = refusal else {
        panic!("{refusal:?}");
    };
    assert_eq!((field.as_str(), rule), ("data", Rule::List));
    assert!(value.len() < 200, "only the start is quoted");
    let newer =
        format!(r#"{{"format":"samen-doen","version":99,"kind":"session","data":"{big}"}}"#);
    assert!(matches!(
        decode(&newer),
        Err(DecodeError::UnsupportedVersion { .. })
    ));
    let text = format!(r#""{big}""#);
    assert!(matches!(decode(&text), Err(DecodeError::WrongFormat(_))));
}

#[test]
fn broken_json_is_placed_by_line_and_column_in_the_whole_file() {
    let text = encode_export(&sessions(3), 9).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let cut = lines.len() / 2;
    let broken = format!(
        "{}\n  ,,\n{}",
        lines[..cut].join("\n"),
        lines[cut..].join("\n")
    );
    let expected = serde_json::from_str::<Value>(&broken).unwrap_err();
    assert_eq!(
        decode(&broken),
        Err(DecodeError::NotJson {
            line: expected.line(),
            column: expected.column()
        })
    );
    assert!(matches!(
        decode(&text[..text.len() - 10]),
        Err(DecodeError::NotJson { .. })
    ));
}

#[test]
fn too_many_sessions_are_refused_before_any_is_read() {
    let one = encode_session(&Session::new("a", 1)).unwrap();
    let data = serde_json::from_str::<Value>(&one).unwrap()["data"].to_string();
    let items = vec![data; MAX_SESSIONS_PER_FILE + 1].join(",");
    let text = format!(r#"{{"format":"samen-doen","version":2,"kind":"export","data":[{items}]}}"#);
    let (field, rule) = refused_field(Stepwise::open(text));
    assert_eq!(
        (field.as_str(), rule),
        ("data", Rule::Bound(Bound::MaxItems(MAX_SESSIONS_PER_FILE)))
    );
}

#[test]
fn one_stored_session_is_read_on_opening() {
    let session = Session::new("a", 1);
    let steps = Stepwise::open(encode_session(&session).unwrap()).unwrap();
    assert_eq!((steps.total(), steps.done()), (1, 1));
    let doc = steps.run().unwrap();
    assert_eq!((doc.kind, doc.sessions), (Kind::Session, vec![session]));
}

#[test]
fn what_the_first_pass_does_not_check_is_refused_where_it_stands_in_the_file() {
    // The first pass skips over values; a number out of range is found when its session is
    // read, and placed in the whole file as reading it whole placed it.
    let text = encode_export(&sessions(3), 9).unwrap();
    let broken = text.replacen("\"Overleg 2\"", "1e400", 1);
    let whole = serde_json::from_str::<Value>(&broken).unwrap_err();
    let expected = DecodeError::NotJson {
        line: whole.line(),
        column: whole.column(),
    };
    assert_eq!(decode(&broken), Err(expected));
    // The same in a field of the envelope.
    let head = text.replacen("\"exported_ms\": 9", "\"exported_ms\": 1e400", 1);
    assert_ne!(head, text);
    let whole = serde_json::from_str::<Value>(&head).unwrap_err();
    assert_eq!(
        decode(&head),
        Err(DecodeError::NotJson {
            line: whole.line(),
            column: whole.column()
        })
    );
}

#[test]
fn a_list_of_countless_tiny_values_is_refused_by_its_count() {
    let zeros = vec!["0"; 100_000].join(",");
    for text in [
        format!("[{zeros}]"),
        format!(r#"{{"format":"samen-doen","version":2,"kind":"export","data":[{zeros}]}}"#),
    ] {
        let refusal = decode(&text).unwrap_err();
        assert_eq!(
            refusal,
            DecodeError::Invalid {
                field: "data".into(),
                value: "100000".into(),
                rule: Rule::Bound(Bound::MaxItems(MAX_SESSIONS_PER_FILE)),
            }
        );
    }
}

#[test]
fn a_file_in_another_encoding_is_refused_at_its_first_foreign_byte() {
    // "Café overleg" saved as Latin-1: é is the one byte 0xE9, not UTF-8.
    let mut latin1 =
        br#"{"format":"samen-doen","version":2,"kind":"export","data":[{"id":"a","title":"Caf"#
            .to_vec();
    let at = latin1.len();
    latin1.extend_from_slice(b"\xe9 overleg\"}]}");
    assert_eq!(
        Stepwise::open_bytes(latin1).unwrap_err(),
        DecodeError::NotUtf8 { byte: at }
    );
}
