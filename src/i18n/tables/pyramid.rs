//! Texts of the pyramid screen.

use crate::texts;

texts! {
    /// Texts of the pyramid screen.
    PyramidText {
        Available => "Beschikbaar", "Available";
    }
}
