//! Texts of the actions screen.

use crate::texts;

texts! {
    /// Texts of the actions screen.
    ActionsText {
        AddAction => "Actie toevoegen", "Add action";
    }
}
