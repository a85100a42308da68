use super::*;
use crate::storage::backend::MemoryBackend;

#[test]
fn a_draft_is_kept_per_round() {
    let mut kv = MemoryBackend::default();
    assert_eq!(load(&kv, 7), None);
    save(&mut kv, 7, "ABC|3|nl").unwrap();
    assert_eq!(load(&kv, 7).as_deref(), Some("ABC|3|nl"));
    assert_eq!(load(&kv, 8), None);
    kv.quota = Some(1);
    assert_eq!(save(&mut kv, 7, "x"), Err(SaveError::Full));
}

#[test]
fn a_field_draft_is_kept_per_session_and_field_until_emptied() {
    let mut kv = MemoryBackend::default();
    assert_eq!(load_field(&kv, "s1", "new-action"), None);
    save_field(&mut kv, "s1", "new-action", "Ouderavond plannen").unwrap();
    assert_eq!(
        load_field(&kv, "s1", "new-action").as_deref(),
        Some("Ouderavond plannen")
    );
    assert_eq!(load_field(&kv, "s2", "new-action"), None);
    assert_eq!(
        crate::storage::keys::classify("samen-doen/v1/draft/s1/new-action"),
        crate::storage::keys::KeyKind::FieldDraft
    );
    save_field(&mut kv, "s1", "new-action", "").unwrap();
    assert_eq!(load_field(&kv, "s1", "new-action"), None);
    assert!(kv.entries.is_empty());
}
