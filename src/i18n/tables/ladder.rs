//! Texts of the ladder screen.

use crate::texts;

texts! {
    /// Texts of the ladder screen.
    LadderText {
        Now => "Nu", "Now";
        Wanted => "Gewenst", "Wanted";
        Citation => "Bronvermelding", "Source";
        RungsTitle => "De vier treden", "The four rungs";
        FromSource => "De tekst uit de bron", "The source text";
        WeAreHere => "Hier staan we nu", "We are here now";
        WeWantHere => "Hier willen we naartoe", "We want to get here";
        MakeAction => "Maak actie", "Add an action";
        ActionClimbTo => "Klimmen naar trede", "Climb to rung";
        ActionAdded => "Actie toegevoegd aan het actieplan.", "Action added to the action plan.";
        GoToActions => "Naar het actieplan", "Go to the action plan";
        StairsCaption => "Waar staan we nu, waar willen we naartoe", "Where we are now, where we want to go";
        GapNone => "(we willen blijven waar we staan)", "(we want to stay where we are)";
        GapUp => "· treden omhoog:", "· rungs to climb:";
        GapDown => "· treden omlaag:", "· rungs down:";
        SpreadTitle => "Per rol", "Per role";
        Whose => "Wie", "Who";
        NothingPlaced => "Nog niemand heeft een plek op de ladder gekozen.", "Nobody has chosen a place on the ladder yet.";
        NoDifferences => "Geen verschillen tussen de rollen.", "No differences between the roles.";
        NowRange => "Nu: de rollen zien het tussen", "Now: the roles see it between";
        WantedRange => "Gewenst: de rollen willen tussen", "Wanted: the roles want between";
        RolesApart => "Anders dan het team", "Different from the team";
        NoteLabel => "Toelichting: waarom staan we hier, en wat helpt ons om te klimmen?", "Note: why are we here, and what would help us climb?";
        NoteHint => "Schrijf geen namen van leerlingen: rollen en aantallen zijn genoeg.", "Do not write pupils' names: roles and numbers are enough.";
    }
}
