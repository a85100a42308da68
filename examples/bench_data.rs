//! Writes benchmark data made by the real model and codec, so the benchmark measures the
//! app on the same stored format it reads (no hand-written JSON that could drift).
//!
//! Both modes print a JSON object of localStorage keys and values for the benchmark to seed:
//! `cargo run --release --example bench_data -- pyramid 200`: one open session holding 200
//! activities; `cargo run --release --example bench_data -- storage 500`: 500 sessions.

use samen_doen::model::example::example_session;
use samen_doen::model::pyramid::Pyramid;
use samen_doen::model::session::Sessions;
use samen_doen::storage::restore::build_index;
use samen_doen::storage::{encode_session, keys, EncodeError, Settings};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let n: usize = args.get(1).and_then(|n| n.parse().ok()).unwrap_or(200);
    let out = match args.first().map(String::as_str) {
        Some("pyramid") => {
            let mut session = example_session(1_700_000_000_000);
            session.id = "bench-pyramid".into();
            session.title = format!("Benchmark: {n} activiteiten");
            session.pyramid = Pyramid::sample_for_bench(n);
            let settings = Settings {
                last_open: Some(session.id.clone()),
                ..Settings::default()
            };
            encode_session(&session).map(|text| {
                serde_json::json!({
                    keys::session_key(&session.id): text,
                    keys::SETTINGS: settings.to_json(),
                })
                .to_string()
            })
        }
        Some("storage") => {
            let mut sessions = Sessions::default();
            let mut map = serde_json::Map::new();
            for i in 0..n {
                let mut s = example_session(1_700_000_000_000 + i as u64 * 60_000);
                s.id = format!("bench-{i:04}");
                s.title = format!("Teamoverleg {i}");
                s.school = format!("Basisschool {}", i % 37);
                let Ok(text) = encode_session(&s) else {
                    continue;
                };
                map.insert(keys::session_key(&s.id), text.into());
                sessions.items.push(s);
            }
            let index = serde_json::to_string(&build_index(&sessions)).unwrap_or_default();
            map.insert(keys::INDEX.into(), index.into());
            serde_json::to_string(&map).map_err(|_| EncodeError)
        }
        _ => {
            eprintln!("usage: bench_data (pyramid|storage) N");
            std::process::exit(2);
        }
    };
    match out {
        Ok(text) => println!("{text}"),
        Err(_) => {
            eprintln!("bench_data: a session could not be encoded");
            std::process::exit(1);
        }
    }
}
