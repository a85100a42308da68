//! Undo and redo over whole snapshots.
