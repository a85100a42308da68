//! Texts of the framework screen.

use crate::texts;

texts! {
    /// Texts of the framework screen.
    FrameworkText {
        Citation => "Bron", "Source";
    }
}
