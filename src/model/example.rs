//! A filled-in example session (made-up school, no real people) for newcomers.

use super::Session;

/// The example session, created at `now_ms` (its id is replaced when it is added).
pub fn example_session(now_ms: u64) -> Session {
    let mut s = Session::new("voorbeeld", now_ms);
    s.title = "Voorbeeld: teamoverleg jeugdhulp".into();
    s.school = "Basisschool De Voorbeeldboom (verzonnen)".into();
    s
}
