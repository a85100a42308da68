//! Texts of the report screen.

use crate::texts;

texts! {
    /// Texts of the report screen.
    ReportText {
        Print => "Afdrukken", "Print";
    }
}
