//! Which browsers keep the sessions, and a session against its last file copy.

use super::*;

const SAFARI_IPAD: &str = "Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
const SAFARI_MAC: &str = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15";
const CHROME_IOS: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/125.0 Mobile/15E148 Safari/604.1";
const CHROME_MAC: &str = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0 Safari/537.36";
const FIREFOX: &str = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";
const WEBKIT_GTK: &str = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15";

#[test]
fn engines_by_their_user_agent() {
    assert_eq!(Engine::of(SAFARI_IPAD), Engine::AppleWebKit);
    assert_eq!(Engine::of(SAFARI_MAC), Engine::AppleWebKit);
    assert_eq!(
        Engine::of(CHROME_IOS),
        Engine::AppleWebKit,
        "every iOS browser is WebKit"
    );
    assert_eq!(Engine::of(CHROME_MAC), Engine::Other);
    assert_eq!(Engine::of(FIREFOX), Engine::Firefox);
    assert_eq!(
        Engine::of(WEBKIT_GTK),
        Engine::Other,
        "WebKitGTK has no seven-day rule"
    );
}

#[test]
fn what_the_facts_mean() {
    let facts = |persisted, engine, installed| StorageFacts {
        persisted,
        engine,
        installed,
    };
    assert_eq!(
        Keeping::of(facts(Some(true), Engine::AppleWebKit, false)),
        Keeping::Kept
    );
    assert_eq!(
        Keeping::of(facts(Some(false), Engine::AppleWebKit, false)),
        Keeping::SafariWeek
    );
    assert_eq!(
        Keeping::of(facts(None, Engine::AppleWebKit, true)),
        Keeping::MayClear
    );
    assert_eq!(
        Keeping::of(facts(Some(false), Engine::Firefox, false)),
        Keeping::AskFirefox
    );
    assert_eq!(
        Keeping::of(facts(Some(false), Engine::Other, false)),
        Keeping::MayClear
    );
    assert_eq!(
        Keeping::of(facts(None, Engine::Other, false)),
        Keeping::MayClear
    );
    assert!(
        Keeping::SafariWeek.at_risk() && !Keeping::Kept.at_risk() && !Keeping::Unknown.at_risk()
    );
}

#[test]
fn a_session_against_its_last_copy() {
    let mut copies = FileCopies::new();
    assert_eq!(copy_state(&copies, "a", 3), CopyState::Never);
    copies.insert(
        "a".into(),
        FileCopy {
            ms: 10,
            updated_ms: 3,
        },
    );
    assert_eq!(copy_state(&copies, "a", 3), CopyState::Saved { ms: 10 });
    assert_eq!(
        copy_state(&copies, "a", 4),
        CopyState::ChangedSince { ms: 10 }
    );
    let text = copies_to_json(&copies);
    assert_eq!(copies_from_json(&text), copies);
    assert_eq!(copies_from_json("not json"), FileCopies::new());
}
