//! Persistence
