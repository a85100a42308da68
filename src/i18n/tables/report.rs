//! Texts of the report screen.

use crate::texts;

texts! {
    /// Texts of the report: the session on one printable page.
    ReportText {
        Print => "Afdrukken", "Print";
        Details => "Overleg", "Meeting";
        Participants => "Aanwezig", "Present";
        NoParticipants => "Geen deelnemers ingevuld.", "No participants entered.";
        Pupils => "leerlingen op school", "pupils in the school";
        PyramidHeading => "Ondersteuningspiramide", "Support pyramid";
        Level => "Niveau", "Level";
        Current => "Huidig", "Current";
        Planned => "Gewenst", "Planned";
        Target => "Doel", "Target";
        Hours => "uur", "h";
        PupilsReached => "Leerlingen bereikt", "Pupils reached";
        Available => "Beschikbare uren per week", "Hours available per week";
        Allocated => "Ingezette uren per week", "Hours allocated per week";
        OverAllocated => "Meer uren ingezet dan beschikbaar:", "More hours allocated than available:";
        MeetingHeading => "Het overleg: tijd per stap", "The meeting: time per step";
        MeetingStep => "Stap", "Step";
        MeetingUsed => "Gebruikt", "Used";
        MeetingPlanned => "Gepland", "Planned";
        AnalysisHeading => "Raamwerk: herkende succesfactoren en knelpunten", "Framework: recognised success factors and bottlenecks";
        NoMarks => "Nog niets gemarkeerd.", "Nothing marked yet.";
        SeenAsSuccess => "Succesfactor volgens", "Success factor according to";
        SeenAsBottleneck => "Knelpunt volgens", "Bottleneck according to";
        Priority => "Prioriteit", "Priority";
        PrioritiesHeading => "Raamwerk: waar het team mee aan de slag gaat", "Framework: what the team will work on";
        NoPriorities => "Nog geen rijen als prioriteit gekozen.", "No rows chosen as a priority yet.";
        Differences => "tegengesteld", "opposite views";
        DifferencesHint => "Per rij wie haar als succesfactor en wie als knelpunt herkent; 'tegengesteld': de een ziet een succesfactor, de ander een knelpunt.", "Per row who recognises it as a success factor and who as a bottleneck; 'opposite views': one sees a success factor, another a bottleneck.";
        LadderHeading => "Samenwerkingsladder", "Collaboration ladder";
        LadderNow => "Nu", "Now";
        LadderWanted => "Gewenst", "Wanted";
        NotPlaced => "nog niet bepaald", "not placed yet";
        ActionsHeading => "Acties", "Actions";
        NoActions => "Nog geen acties.", "No actions yet.";
        Owner => "Wie", "Who";
        Due => "Wanneer", "When";
        Sources => "Bronnen", "Sources";
    }
}
