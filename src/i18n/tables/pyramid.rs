//! Texts of the pyramid screen.
//!
//! Texts with `{hours}`, `{from}`, `{to}`, … are templates; the pyramid screen fills them in
//! with numbers already formatted for the language.

use crate::texts;

texts! {
    /// Texts of the pyramid screen.
    PyramidText {
        Available => "Beschikbaar", "Available";
        Allocated => "Ingedeeld", "Allocated";
        Unallocated => "Niet ingedeeld", "Not allocated";
        HoursUnit => "uur", "hours";
        HoursPerWeek => "{hours} uur per week", "{hours} hours per week";
        PerPupil => "{hours} uur per leerling", "{hours} hours per pupil";
        NoPupils => "geen leerlingen ingevuld", "no pupils entered";
        PupilsShort => "leerlingen", "pupils";
        PupilsReached => "{count} leerlingen bereikt", "{count} pupils reached";
        ShareOfAllocated => "{percent} van de ingedeelde uren", "{percent} of allocated hours";
        UnallocatedLine => "{hours} uur nog niet ingedeeld", "{hours} hours not yet allocated";
        OverAllocated => "Te veel ingedeeld: {hours} uur per week meer dan de jeugdhulpverleners beschikbaar hebben.", "Over-allocated: {hours} hours per week more than the youth workers have available.";
        AllAllocated => "Alle beschikbare uren zijn ingedeeld.", "All available hours are allocated.";
        Undo => "Ongedaan maken", "Undo";
        Redo => "Opnieuw", "Redo";
        UndoHint => "Ongedaan maken (Ctrl+Z)", "Undo (Ctrl+Z)";
        RedoHint => "Opnieuw doen (Ctrl+Y)", "Redo (Ctrl+Y)";
        ScenarioLabel => "Verdeling", "Spread";
        ScenarioCurrent => "Huidig", "Current";
        ScenarioPlanned => "Gewenst", "Planned";
        OverShort => "{hours} uur te veel", "{hours} hours too many";
        DiffLine => "{hours} uur per week, {points} procentpunt", "{hours} hours per week, {points} percentage points";
        DrawingTitle => "Piramide van de ondersteuning", "Pyramid of support";
        DrawingDesc => "De hoogte van elk niveau volgt zijn deel van de uren. Dezelfde cijfers staan in de tabel hieronder.", "The height of each level follows its share of the hours. The same figures are in the table below.";
        WorkersHeading => "Jeugdhulpverleners", "Youth workers";
        WorkersIntro => "Wie werkt er hoeveel uur per week op deze school? Samen zijn dat de beschikbare uren.", "Who works how many hours per week at this school? Together they are the hours available.";
        WorkerName => "Naam of functie", "Name or function";
        WorkerOrganisation => "Organisatie", "Organisation";
        WorkerHours => "Uur per week", "Hours per week";
        WorkerAdd => "Jeugdhulpverlener toevoegen", "Add youth worker";
        WorkerRemove => "Verwijderen", "Remove";
        WorkersNone => "Nog geen jeugdhulpverleners. Voeg er een toe om de beschikbare uren te zien.", "No youth workers yet. Add one to see the hours available.";
        WorkersTotal => "Samen beschikbaar", "Available together";
        LessHours => "Kwartier minder", "A quarter hour less";
        MoreHours => "Kwartier meer", "A quarter hour more";
        ActivitiesHeading => "Activiteiten per niveau", "Activities per level";
        ActivitiesHint => "Sleep een kaart aan de greep naar een ander niveau, of gebruik de knoppen. Met het toetsenbord: pijl omhoog en omlaag verplaatsen, pijl links en rechts veranderen de uren.", "Drag a card by its handle to another level, or use the buttons. With the keyboard: arrow up and down move, arrow left and right change the hours.";
        ActivityAdd => "Activiteit toevoegen", "Add activity";
        NewActivityTitle => "Nieuwe activiteit", "New activity";
        Untitled => "(zonder titel)", "(untitled)";
        MoveUp => "Omhoog", "Up";
        MoveDown => "Omlaag", "Down";
        MoveUpHint => "Naar het niveau erboven", "To the level above";
        MoveDownHint => "Naar het niveau eronder", "To the level below";
        DragHandle => "Slepen naar een ander niveau", "Drag to another level";
        Edit => "Bewerken", "Edit";
        NoActivities => "Nog geen activiteiten op dit niveau.", "No activities on this level yet.";
        EditorTitle => "Activiteit bewerken", "Edit activity";
        Close => "Sluiten", "Close";
        Remove => "Activiteit verwijderen", "Remove activity";
        FieldTitle => "Titel", "Title";
        FieldLevel => "Niveau", "Level";
        FieldHours => "Uur per week", "Hours per week";
        FieldStart => "Start", "Start";
        FieldWeeks => "Aantal weken", "Number of weeks";
        FieldWeeksHint => "0 als er geen einddatum is; korte interventies zijn de norm.", "0 when open-ended; short interventions are the norm.";
        FieldWorkers => "Jeugdhulpverlener(s)", "Youth worker(s)";
        FieldOthers => "Wie doet er verder mee", "Who else takes part";
        FieldGroup => "Groep of klas", "Group or class";
        FieldPupils => "Aantal leerlingen bereikt", "Number of pupils reached";
        FieldGoal => "Doel", "Goal";
        FieldStatus => "Status", "Status";
        FieldScore => "Evaluatie: werkte het? (1 tot 5)", "Evaluation: did it work? (1 to 5)";
        FieldNote => "Toelichting bij de evaluatie", "Note on the evaluation";
        NoScore => "Geen score", "No score";
        StatusPlanned => "Gepland", "Planned";
        StatusRunning => "Loopt", "Running";
        StatusDone => "Afgerond", "Done";
        TargetHeading => "Doelverdeling", "Target spread";
        TargetIntro => "Welk deel van de uren willen jullie op elk niveau? De drie delen tellen altijd op tot 100 %.", "What share of the hours do you want on each level? The three parts always add up to 100%.";
        TargetLess => "5 procentpunt minder", "5 percentage points less";
        TargetMore => "5 procentpunt meer", "5 percentage points more";
        TargetLabel => "Doel", "Target";
        ActualLabel => "Nu", "Actual";
        GapShift => "Verschuif {hours} uur van {from} naar {to}.", "Move {hours} hours from {from} to {to}.";
        GapNone => "De verdeling ligt op het doel.", "The spread is on target.";
        GapEmpty => "Nog geen uren ingedeeld, dus nog geen verschil met het doel.", "No hours allocated yet, so no gap to the target.";
        CompareHeading => "Huidig en gewenst naast elkaar", "Current and planned side by side";
        CompareStart => "Gewenste verdeling beginnen vanuit de huidige", "Start the planned spread from the current one";
        CompareStartHint => "Vervangt de gewenste activiteiten door een kopie van de huidige (ongedaan te maken).", "Replaces the planned activities with a copy of the current ones (can be undone).";
        ComparePlannedEmpty => "De gewenste verdeling is nog leeg.", "The planned spread is still empty.";
        CompareDifference => "Verschil", "Difference";
        TableHeading => "De cijfers als tabel", "The figures as a table";
        TableCaption => "Uren, aandeel en bereik per niveau", "Hours, share and reach per level";
        ColLevel => "Niveau", "Level";
        ColHours => "Uur per week", "Hours per week";
        ColShare => "Aandeel", "Share";
        ColTarget => "Doel", "Target";
        ColPupils => "Leerlingen bereikt", "Pupils reached";
        ColPerPupil => "Uur per leerling", "Hours per pupil";
        ColActivities => "Activiteiten", "Activities";
        RowTotal => "Totaal ingedeeld", "Total allocated";
        Moved => "{title} staat nu op {tier}.", "{title} is now on {tier}.";
    }
}
