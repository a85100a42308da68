//! How a tab's session list meets the list another tab wrote, as a pure decision: two tabs
//! deleting at the same instant each write the trash list from what they knew, so the later
//! write can show live a session the other tab had just deleted. The timers and events that
//! call this live in the interface (`ui/state/autosave.rs`).

use crate::model::session::{Sessions, Trashed};

/// After reading the list another tab wrote (`fresh`): a session this tab deleted that the
/// other list still shows live and unchanged since (the same revision) was there only
/// because that tab had not yet seen the deletion, so it goes back to the trash. A session
/// restored elsewhere was touched by its restore, and one edited elsewhere by the edit (a
/// higher revision): those stay live, so nothing typed is lost. Says whether `fresh` changed
/// (then this tab writes the list again).
pub fn keep_deletions(mine: &Sessions, fresh: &mut Sessions) -> bool {
    let mut changed = false;
    for gone in &mine.trash {
        let id = &gone.session.id;
        let Some(at) = fresh.items.iter().position(|s| &s.id == id) else {
            continue;
        };
        if fresh.items[at].revision == gone.session.revision {
            let session = fresh.items.remove(at);
            fresh.trash.push(Trashed {
                session,
                deleted_ms: gone.deleted_ms,
            });
            changed = true;
        }
    }
    changed
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
