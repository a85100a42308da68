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
        HourUnit => "uur", "hour";
        HoursPerWeek => "{hours} uur per week", "{hours} hours per week";
        PerPupil => "{hours} uur per leerling", "{hours} hours per pupil";
        NoPupils => "geen leerlingen ingevuld", "no pupils entered";
        PupilsShort => "leerlingen", "pupils";
        PupilsReached => "{count} leerlingen bereikt", "{count} pupils reached";
        PupilsUpTo => "tot {count} leerlingen, overlap mogelijk", "up to {count} pupils, overlap possible";
        ReachHint => "Een leerling kan aan meer activiteiten meedoen: een niveau bereikt minstens de leerlingen van zijn grootste activiteit en hoogstens die van alle samen, nooit meer dan de school heeft; uren per leerling rekenen met dat hoogste getal.", "A pupil may take part in several activities: a level reaches at least the pupils of its largest activity and at most those of all together, never more than the school has; hours per pupil count that highest number.";
        TargetOutline => "stippellijn: het doel", "dashed outline: the target";
        ShareOfAllocated => "{percent} van de ingedeelde uren", "{percent} of allocated hours";
        UnallocatedLine => "{hours} uur nog niet ingedeeld", "{hours} hours not yet allocated";
        OverAllocated => "Te veel ingedeeld: {hours} uur per week meer dan de jeugdhulpverleners beschikbaar hebben.", "Over-allocated: {hours} hours per week more than the youth workers have available.";
        AllAllocated => "Alle beschikbare uren zijn ingedeeld.", "All available hours are allocated.";
        NothingAvailable => "Nog geen beschikbare uren: voeg hierboven de jeugdhulpverleners en hun uren toe.", "No hours available yet: add the youth workers and their hours above.";
        Undo => "Ongedaan maken", "Undo";
        Redo => "Opnieuw", "Redo";
        UndoHint => "Ongedaan maken (Ctrl+Z)", "Undo (Ctrl+Z)";
        RedoHint => "Opnieuw doen (Ctrl+Y)", "Redo (Ctrl+Y)";
        ScenarioLabel => "Verdeling", "Spread";
        ScenarioCurrent => "Huidig", "Current";
        ScenarioPlanned => "Gewenst", "Planned";
        OverShort => "{hours} uur te veel", "{hours} hours too many";
        OverOfAvailable => "{scenario}: {used} van {available} uur per week ingedeeld, {over} uur meer dan de jeugdhulpverleners beschikbaar hebben.", "{scenario}: {used} of {available} hours per week allocated, {over} hours more than the youth workers have available.";
        DiffLine => "{hours} uur per week, {points} procentpunt", "{hours} hours per week, {points} percentage points";
        DrawingTitle => "Piramide van de ondersteuning", "Pyramid of support";
        DrawingDesc => "Elk niveau is een balk zo breed als zijn uren, universeel onderaan: een brede basis is een piramide, veel individuele uren maken hem omgekeerd. De stippellijn is het doel. Dezelfde cijfers staan in de tabel.", "Each level is a bar as wide as its hours, universal at the bottom: a broad base is a pyramid, many individual hours turn it upside down. The dashed outline is the target. The same figures are in the table.";
        WorkersHeading => "Jeugdhulpverleners", "Youth workers";
        WorkersIntro => "Wie werkt er hoeveel uur per week op deze school? Samen zijn dat de beschikbare uren.", "Who works how many hours per week at this school? Together they are the hours available.";
        WorkerName => "Naam of functie", "Name or function";
        WorkerOrganisation => "Organisatie", "Organisation";
        WorkerHours => "Uur per week", "Hours per week";
        WorkerAdd => "Jeugdhulpverlener toevoegen", "Add youth worker";
        WorkerRemove => "Verwijderen", "Remove";
        WorkersNone => "Nog geen jeugdhulpverleners. Voeg er een toe om de beschikbare uren te zien.", "No youth workers yet. Add one to see the hours available.";
        WorkersTotal => "Samen beschikbaar", "Available together";
        TypeHoursHint => "tik om te typen", "tap to type";
        LessHours => "Kwartier minder", "A quarter hour less";
        MoreHours => "Kwartier meer", "A quarter hour more";
        ActivitiesHeading => "Activiteiten per niveau", "Activities per level";
        ActivitiesHint => "Sleep een kaart aan de greep naar een ander niveau, of gebruik de knoppen. Met het toetsenbord: pijl omhoog en omlaag verplaatsen, pijl links en rechts veranderen de uren.", "Drag a card by its handle to another level, or use the buttons. With the keyboard: arrow up and down move, arrow left and right change the hours.";
        ActivityAdd => "Activiteit toevoegen", "Add activity";
        ActivityAddShort => "Nieuw", "New";
        TapCardHint => "Tik op een kaart voor − + ▲ ▼ ✎", "Tap a card for − + ▲ ▼ ✎";
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
        EditorTitleNew => "Nieuwe activiteit", "New activity";
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
        TargetIntro => "Welk deel van de uren willen jullie op elk niveau? Wat je bij het ene niveau verandert, gaat van het niveau dat je kiest om mee te verrekenen; zonder verrekenen zie je wat er nog te verdelen is.", "What share of the hours do you want on each level? What you change on one level comes from the level you choose to balance with; without balancing you see what is still to divide.";
        TargetBalance => "Verrekenen met:", "Balance with:";
        TargetBalanceNone => "niet verrekenen", "no balancing";
        TargetRemainder => "Nog te verdelen: {percent}.", "Still to divide: {percent}.";
        TargetTooMuch => "{percent} te veel: de drie delen zijn samen meer dan 100 %.", "{percent} too much: the three parts add up to more than 100%.";
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
