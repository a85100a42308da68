//! Texts of the actions screen.

use crate::texts;

texts! {
    /// Texts of the actions screen.
    ActionsText {
        AddAction => "Actie toevoegen", "Add action";
        WorkTowards => "Werk toe naar: {success}", "Work towards: {success}";
        Tackle => "Pak aan: {bottleneck}", "Tackle: {bottleneck}";
        IdeaAdded => "Toegevoegd: kies wie het oppakt en wanneer het klaar is.", "Added: choose who takes it on and when it is done.";
        NewWhat => "Nieuwe actie: wat gaan jullie doen?", "New action: what will you do?";
        WhatNeeded => "Schrijf eerst op wat jullie gaan doen.", "First write down what you will do.";
        Added => "Actie toegevoegd.", "Action added.";
        Deleted => "Actie verwijderd. Met Ongedaan maken komt ze terug.", "Action deleted. Undo brings it back.";
        Undone => "Laatste wijziging ongedaan gemaakt.", "Last change undone.";
        Undo => "Ongedaan maken", "Undo";
        Search => "Zoek in de acties", "Search the actions";
        OnlyOverdue => "Alleen te late acties", "Only overdue actions";
        CountTotal => "acties", "actions";
        CountOverdue => "te laat", "overdue";
        CountShown => "getoond", "shown";
        NoActions => "Geen acties om te tonen.", "No actions to show.";
        What => "Wat", "What";
        Owner => "Wie (rol)", "Who (role)";
        NoOwner => "nog niemand", "nobody yet";
        Due => "Klaar op", "Due";
        Status => "Status", "Status";
        StatusOpen => "Nog niet begonnen", "Not started";
        StatusInProgress => "Mee bezig", "In progress";
        StatusDone => "Klaar", "Done";
        Overdue => "te laat", "overdue";
        Delete => "Verwijderen", "Delete";
        Origin => "Komt uit", "Comes from";
        OriginFree => "vrij afgesproken", "agreed freely";
        OriginBottleneck => "knelpunt", "bottleneck";
        OriginRung => "samenwerkingsladder", "collaboration ladder";
        OriginTier => "piramide", "pyramid";
    }
}
