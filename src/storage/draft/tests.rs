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
