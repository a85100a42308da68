//! Texts of the sessions screen.

use crate::texts;

texts! {
    /// Texts of the sessions screen.
    SessionsText {
        NewSession => "Nieuwe sessie", "New session";
    }
}
