//! Texts of the ladder screen.

use crate::texts;

texts! {
    /// Texts of the ladder screen.
    LadderText {
        Now => "Nu", "Now";
    }
}
