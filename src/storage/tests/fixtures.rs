//! Every file in `tests/fixtures/storage/` must keep loading in every future version.

use std::path::PathBuf;

use crate::model::Role;
use crate::storage::codec::Kind;
use crate::storage::stepwise::decode;

fn fixtures() -> Vec<(String, String)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/storage");
    let mut files: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("fixture folder exists")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&p).expect("fixture readable"))
        })
        .collect();
    files.sort();
    files
}

#[test]
fn every_fixture_loads_with_the_version_in_its_name() {
    let files = fixtures();
    assert!(files.len() >= 4, "fixtures missing: {files:?}");
    for (name, text) in files {
        let doc = decode(&text).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        let version: u32 = name[1..name.find('-').unwrap()].parse().unwrap();
        assert_eq!(doc.version, version, "{name}");
        assert!(!doc.sessions.is_empty(), "{name}");
    }
}

#[test]
fn v0_fixtures_migrate_to_the_expected_sessions() {
    let files = fixtures();
    let text = |n: &str| files.iter().find(|(name, _)| name == n).unwrap().1.clone();
    let single = decode(&text("v0-session.json")).unwrap();
    assert_eq!(single.kind, Kind::Session);
    let s = &single.sessions[0];
    assert_eq!(
        (s.title.as_str(), s.pupil_count),
        ("Zorgoverleg groep 3-4", 412)
    );
    assert_eq!(
        (s.created_ms, s.updated_ms, s.revision),
        (1_763_629_200_250, 1_763_636_400_000, 0)
    );
    assert_eq!(s.participants[2].role, Role::YouthWorker);

    let export = decode(&text("v0-export.json")).unwrap();
    assert_eq!(export.kind, Kind::Export);
    assert_eq!(export.sessions[0].participants[1].name, "M.");
    assert_eq!(export.sessions[0].school, "CBS 't Ëikske");
    assert_eq!(export.sessions[1].pupil_count, 0);

    let v1 = decode(&text("v1-export.json")).unwrap();
    assert_eq!(v1.sessions[0].title, "Évaluatie <b>jaar</b> — 😀");
    assert_eq!(v1.sessions[1].participants[1].role, Role::Other);
}

#[test]
fn the_v2_fixture_keeps_its_round_and_answers() {
    let files = fixtures();
    let text = &files
        .iter()
        .find(|(name, _)| name == "v2-session.json")
        .unwrap()
        .1;
    let doc = decode(text).unwrap();
    let s = &doc.sessions[0];
    let round = s.answers.round.unwrap();
    assert_eq!(
        (round.tag, round.asks.marks, round.asks.ladder),
        (74_211, true, true)
    );
    assert_eq!(s.answers.items.len(), 2);
    assert_eq!(s.answers.items[0].role, Some(Role::Teacher));
    assert_eq!(s.answers.items[1].role, None);
    // The board's mark and the teacher's answer on one row, the other answer on another.
    let r = s.recognition();
    assert_eq!(r.counts("ih.communicatie.1"), (1, 1));
    assert_eq!(r.counts("pd.monitoring.1"), (1, 0));
    assert_eq!(
        s.answers.ladder_histogram().wanted,
        [0, 0, 1, 1],
        "collaboration and integration"
    );
}
