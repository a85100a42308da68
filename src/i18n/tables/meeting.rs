//! Texts of meeting mode: the agenda, the timer, moving through the steps, the summary.

use crate::texts;

texts! {
    /// Meeting mode.
    MeetingText {
        Start => "Overleg starten", "Start meeting";
        Resume => "Overleg hervatten", "Resume meeting";
        StartHint => "Het hele overleg op het digibord: één stap per scherm, met agenda en tijd.", "The whole meeting on the smartboard: one step per screen, with agenda and time.";
        Exit => "Overleg verlaten", "Leave meeting";
        Next => "Volgende", "Next";
        Previous => "Vorige", "Previous";
        Agenda => "Agenda", "Agenda";
        AgendaTitle => "Agenda van het overleg", "Meeting agenda";
        AgendaHint => "Tik op een stap om erheen te gaan. Minuten, volgorde en overslaan kun je ook tijdens het overleg aanpassen.", "Tap a step to go there. Minutes, order and skipping can be changed during the meeting too.";
        CloseAgenda => "Terug naar het overleg", "Back to the meeting";
        StepStart => "Start: wie is er?", "Start: who is here?";
        StepPyramidNow => "Piramide nu", "Pyramid now";
        StepFramework => "Raamwerk", "Framework";
        StepLadder => "Samenwerkingsladder", "Collaboration ladder";
        StepPyramidPlanned => "Piramide gewenst", "Pyramid planned";
        StepActions => "Acties", "Actions";
        StepClose => "Afsluiten", "Close";
        StepOf => "Stap {n} van {total}", "Step {n} of {total}";
        PageOf => "{n} van {total}", "{n} of {total}";
        Minutes => "min", "min";
        PlannedMinutes => "Geplande minuten", "Planned minutes";
        LessMinutes => "Minuut minder", "A minute less";
        MoreMinutes => "Minuut meer", "A minute more";
        Skip => "Overslaan", "Skip";
        Skipped => "overgeslagen", "skipped";
        TakeBack => "Toch doen", "Include";
        Earlier => "Eerder", "Earlier";
        Later => "Later", "Later";
        Left => "nog", "left";
        Over => "over de tijd", "over time";
        Total => "Totaal", "Total";
        Pause => "Pauze", "Pause";
        Continue => "Verder", "Continue";
        Paused => "gepauzeerd", "paused";
        FinishedShort => "afgerond", "finished";
        TimerLabel => "Tijd voor deze stap", "Time for this step";
        WhoIsHere => "Wie is er? Tik op een rol om iemand toe te voegen.", "Who is here? Tap a role to add someone.";
        Here => "Aanwezig", "Present";
        NobodyYet => "Nog niemand aangemeld.", "Nobody added yet.";
        RemoveOne => "Eén minder", "One fewer";
        PupilsInSchool => "Leerlingen op school", "Pupils in the school";
        MarkingNow => "Wie markeert nu?", "Who is marking now?";
        ThemeOf => "Thema {n} van {total}", "Theme {n} of {total}";
        Explain => "Toelichten", "Explain";
        Explained => "✓ Toegelicht", "✓ Explained";
        ExplainTitle => "Toelichting: de zes vragen", "Explanation: the six questions";
        Done => "Klaar", "Done";
        RowsOf => "Rijen {from}–{to} van {total}", "Rows {from}–{to} of {total}";
        MoreDifferences => "Meer verschillen", "More differences";
        Back => "Terug", "Back";
        More => "Meer", "More";
        OthersElsewhere => "Nog {count} rijen anders gemarkeerd, niet tegengesteld: te lezen in het Raamwerk-scherm, bij Overzicht.", "{count} more rows marked differently, not opposite: on the Framework screen, under Overview.";
        HideQuotes => "Citaten sluiten", "Close quotes";
        OverviewPage => "Waar de rollen het anders zien", "Where the roles see it differently";
        LadderWho => "Wiens plaatsing?", "Whose placement?";
        LadderNow => "Nu", "Now";
        LadderWanted => "Gewenst", "Wanted";
        LadderMore => "Meer over deze trede", "More about this rung";
        ActionsFrom => "Ideeën voor acties", "Ideas for actions";
        ActionsNew => "Nieuwe actie", "New action";
        SummaryTitle => "Wat hebben we besloten?", "What did we decide?";
        SummaryHours => "Uren tussen de niveaus (nu → gewenst)", "Hours between the levels (now → planned)";
        SummaryRows => "Raamwerk: {marked} rijen gemarkeerd, {explained} toegelicht", "Framework: {marked} rows marked, {explained} explained";
        SummaryLadder => "Ladder (team): nu {now}, gewenst {wanted}", "Ladder (team): now {now}, wanted {wanted}";
        SummaryActions => "Nieuwe acties", "New actions";
        SummaryNoActions => "Geen nieuwe acties in dit overleg.", "No new actions in this meeting.";
        SummaryTime => "Tijd per stap (gebruikt / gepland)", "Time per step (used / planned)";
        Report => "Rapport", "Report";
        Print => "Afdrukken", "Print";
        SaveFile => "Opslaan als bestand", "Save as file";
        Share => "Deellink en QR", "Share link and QR";
        NextMeeting => "Volgende overleg voorbereiden", "Prepare the next meeting";
        NextMeetingDone => "Het volgende overleg staat klaar in de sessies.", "The next meeting is ready in the sessions.";
        Finish => "Overleg afronden", "Finish the meeting";
        Finished => "Overleg afgerond", "Meeting finished";
        NoOne => "nog niemand", "nobody yet";
        NotSet => "niet gekozen", "not chosen";
    }
}
