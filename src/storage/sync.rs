//! How one tab keeps its open session in step with storage and with other tabs, as pure
//! decisions: what to write, what to show, what to ask. The timers, events and locks that
//! call these live in the interface (`ui/state/autosave.rs`); everything they decide is
//! here, tested natively.
//!
//! Two versions of the open session are remembered ([`Bases`]): what storage holds as far
//! as this tab knows (`stored`), and what it held before this tab's last write (`before`).
//! When another tab wrote the session, the two edits are merged field by field from the
//! version both started from ([`super::merge`]); only a field both changed differently is
//! a conflict, and the team is asked about it. Nothing is dropped without a word.

use super::merge::{merge_sessions, Prefer};
use crate::model::Session;

/// The stored versions of the open session a merge starts from.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Bases {
    /// As storage holds it (last read or written by this tab); `None` when this tab never
    /// stored it (a session kept only in memory).
    pub stored: Option<Session>,
    /// As storage held it before this tab's last write.
    pub before: Option<Session>,
}

impl Bases {
    /// The bases of a session just opened: what storage holds, if it holds it.
    pub fn opened(stored: Option<Session>) -> Bases {
        Bases {
            stored,
            before: None,
        }
    }

    /// Storage now holds `session` (this tab wrote it, or took another tab's write): the
    /// version before moves back one.
    pub fn advance(&mut self, session: Session) {
        self.before = self.stored.replace(session);
    }
}

/// Same content, ignoring the bookkeeping fields a save changes.
pub fn same_content(a: &Session, b: &Session) -> bool {
    let bare = |s: &Session| Session {
        revision: 0,
        updated_ms: 0,
        ..s.clone()
    };
    bare(a) == bare(b)
}

/// `session`'s content with `base`'s bookkeeping: the version a write moves on from (the
/// write then touches it, one revision up).
pub fn rebased(session: Session, base: &Session) -> Session {
    Session {
        revision: base.revision,
        updated_ms: base.updated_ms,
        ..session
    }
}

/// What a save of the open session should do.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveStep {
    /// A conflict waits for the team's answer: writing now would go over the other tab's
    /// version, so nothing is written.
    Wait,
    /// Storage already holds this content.
    UpToDate,
    /// Write this version (the open session moved on one revision from its base).
    Write(Box<Session>),
}

/// The save of `current` (the open session): `listed` is the list's copy, `unsaved` says
/// whether its last write failed, `in_conflict` whether the team has yet to answer.
pub fn save_step(
    bases: &Bases,
    listed: Option<&Session>,
    current: &Session,
    unsaved: bool,
    in_conflict: bool,
    now_ms: u64,
) -> SaveStep {
    if in_conflict {
        return SaveStep::Wait;
    }
    if !unsaved && listed.is_some_and(|l| same_content(l, current)) {
        return SaveStep::UpToDate;
    }
    let base = bases.stored.as_ref().or(listed).unwrap_or(current);
    let mut next = rebased(current.clone(), base);
    next.touch(now_ms);
    SaveStep::Write(Box::new(next))
}

/// Why this tab is reconciling its open session with another tab's version.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Occasion {
    /// Another tab wrote the session (a `storage` event); `pending`: this tab has a change
    /// waiting for its own save.
    TheyWrote {
        /// A change of this tab waits to be saved.
        pending: bool,
    },
    /// This tab's write was refused because another tab wrote first, or the team answered a
    /// conflict with a preference for the contested fields.
    WriteRefused(Prefer),
}

/// What reconciling should do.
#[derive(Clone, Debug, PartialEq)]
pub enum SyncPlan {
    /// Storage already holds what this tab shows.
    Nothing,
    /// Storage no longer holds the session: this tab's version is the only copy; write it.
    WriteBack(Box<Session>),
    /// This tab changed nothing theirs lacks: show their version; storage holds it.
    TakeTheirs(Box<Session>),
    /// Show `next` and write it; storage held `theirs` before (the bases advance to it
    /// first, then to `next` once written).
    Write {
        /// The version another tab stored.
        theirs: Box<Session>,
        /// Both edits merged, one revision above theirs.
        next: Box<Session>,
    },
    /// Both tabs changed these fields differently: the team is asked; nothing is written
    /// meanwhile. `base`, when set, is the version both started from, the base of the
    /// merge that follows the answer.
    Conflict {
        /// The new merge base, if it moves.
        base: Option<Box<Session>>,
        /// Paths of the contested fields (`title`, `actions[a1].what`).
        fields: Vec<String>,
    },
}

/// Reconciles the open session `mine` with `theirs`, the version storage holds now (`None`
/// when it is gone), on `occasion`.
pub fn plan(
    bases: &Bases,
    mine: &Session,
    theirs: Option<&Session>,
    occasion: Occasion,
    now_ms: u64,
) -> SyncPlan {
    match occasion {
        Occasion::WriteRefused(prefer) => merge_with(bases, mine, theirs, prefer, now_ms),
        Occasion::TheyWrote { pending } => {
            let Some(theirs) = theirs else {
                // Gone: the storage event for a removal is handled apart; nothing to merge.
                return SyncPlan::Nothing;
            };
            they_wrote(bases, mine, theirs, pending, now_ms)
        }
    }
}

/// Another tab stored `theirs` while this tab shows `mine`.
fn they_wrote(
    bases: &Bases,
    mine: &Session,
    theirs: &Session,
    pending: bool,
    now_ms: u64,
) -> SyncPlan {
    let Some(stored) = &bases.stored else {
        // Never stored by this tab: merge with theirs as base (keeps all of this tab's).
        return merge_with(bases, mine, Some(theirs), Prefer::Neither, now_ms);
    };
    if theirs.revision == stored.revision && same_content(theirs, stored) {
        return SyncPlan::Nothing;
    }
    if theirs.revision <= stored.revision {
        // The other tab wrote over this tab's last write from the same starting point:
        // bring this tab's written changes back, on top of theirs.
        let start = bases.before.as_ref().unwrap_or(stored);
        let Some(ours) = merge_sessions(start, stored, theirs, Prefer::Neither) else {
            return SyncPlan::Nothing;
        };
        if !ours.conflicts.is_empty() {
            return SyncPlan::Conflict {
                base: Some(Box::new(start.clone())),
                fields: ours.conflicts,
            };
        }
        let Some(with_mine) = merge_sessions(stored, mine, &ours.session, Prefer::Mine) else {
            return SyncPlan::Nothing;
        };
        let mut next = rebased(with_mine.session, theirs);
        next.touch(now_ms);
        return SyncPlan::Write {
            theirs: Box::new(theirs.clone()),
            next: Box::new(next),
        };
    }
    if same_content(mine, stored) && !pending {
        // Nothing changed here: simply take theirs.
        return SyncPlan::TakeTheirs(Box::new(theirs.clone()));
    }
    merge_with(bases, mine, Some(theirs), Prefer::Neither, now_ms)
}

/// Merges `mine` with the stored `theirs` from the stored base, preferring `prefer` where
/// both changed a field.
fn merge_with(
    bases: &Bases,
    mine: &Session,
    theirs: Option<&Session>,
    prefer: Prefer,
    now_ms: u64,
) -> SyncPlan {
    let Some(theirs) = theirs else {
        return SyncPlan::WriteBack(Box::new(mine.clone()));
    };
    let base = bases.stored.as_ref().unwrap_or(theirs);
    let Some(merged) = merge_sessions(base, mine, theirs, prefer) else {
        return SyncPlan::Conflict {
            base: None,
            fields: vec!["(session)".into()],
        };
    };
    if !merged.conflicts.is_empty() {
        return SyncPlan::Conflict {
            base: None,
            fields: merged.conflicts,
        };
    }
    let mut next = rebased(merged.session, theirs);
    if same_content(&next, theirs) {
        return SyncPlan::TakeTheirs(Box::new(theirs.clone()));
    }
    next.touch(now_ms);
    SyncPlan::Write {
        theirs: Box::new(theirs.clone()),
        next: Box::new(next),
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
