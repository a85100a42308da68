//! Texts of the progress screen: the meetings of a school year side by side.

use crate::texts;

texts! {
    /// The progress screen.
    ProgressText {
        Open => "Voortgang bekijken", "View progress";
        WhichMeetings => "Welke overleggen?", "Which meetings?";
        WhichMeetingsHint => "Standaard de overleggen van dezelfde school, op datum. Vink aan of uit wat meedoet.", "By default the meetings of the same school, by date. Tick or untick what takes part.";
        NoMeetings => "Nog geen overleggen om te volgen. Maak een sessie aan op het startscherm.", "No meetings to follow yet. Create a session on the home screen.";
        OneMeeting => "Eén overleg tot nu toe. Zodra er een tweede is (kopieer deze sessie voor het volgende overleg), zie je hier hoe de verdeling, de ladder, de knelpunten en de acties veranderen.", "One meeting so far. Once there is a second (duplicate this session for the next meeting), you see here how the spread, the ladder, the bottlenecks and the actions change.";
        Undated => "Sommige overleggen hebben geen datum; die staan geordend op het moment dat ze zijn aangemaakt, na de overleggen met een datum.", "Some meetings have no date; they are ordered by when they were created, after the dated meetings.";
        SpreadTitle => "Verdeling van de uren per overleg", "Spread of the hours per meeting";
        ChartLegend => "Per overleg: boven de verdeling nu, onder de gewenste verdeling; de streepjes zijn het doel. Links universeel, midden gericht, rechts individueel.", "Per meeting: above the spread now, below the wanted spread; the dashes are the target. Left universal, middle targeted, right individual.";
        Now => "nu", "now";
        Wanted => "gewenst", "wanted";
        CompareTitle => "Twee overleggen vergeleken", "Two meetings compared";
        From => "Van", "From";
        To => "Tot", "To";
        LadderTitle => "Samenwerkingsladder per overleg", "Collaboration ladder per meeting";
        Meeting => "Overleg", "Meeting";
        TeamNowWanted => "Team: nu → gewenst", "Team: now → wanted";
        Roles => "Per rol", "Per role";
        ThemesTitle => "Raamwerk per thema", "Framework per theme";
        ThemesHint => "Per overleg: rijen gemarkeerd als succesfactor / als knelpunt.", "Per meeting: rows marked as success factor / as bottleneck.";
        Theme => "Thema", "Theme";
        BottlenecksTitle => "Knelpunten tussen het eerste en het laatste overleg", "Bottlenecks between the first and the last meeting";
        BottlenecksOne => "Knelpunten van dit overleg", "Bottlenecks of this meeting";
        BottlenecksNone => "Geen knelpunten gemarkeerd.", "No bottlenecks marked.";
        Appeared => "Nieuw", "New";
        Persisted => "Gebleven", "Stayed";
        Disappeared => "Verdwenen", "Gone";
        ActionsTitle => "Acties per overleg", "Actions per meeting";
        Added => "Nieuw", "Added";
        Carried => "Meegenomen", "Carried over";
        Done => "Klaar", "Done";
        Overdue => "Te laat", "Overdue";
        Print => "Afdrukken", "Print";
        Csv => "CSV voor Excel", "CSV for Excel";
        NoChange => "Geen verschil tussen deze twee overleggen.", "No difference between these two meetings.";
    }
}

texts! {
    /// Sentences comparing two meetings; `{since}` is the earlier meeting.
    ProgressWords {
        LevelChange => "{level}: {hours} uur sinds {since} (aandeel {from} → {to})", "{level}: {hours} hours since {since} (share {from} → {to})";
        LevelSame => "{level}: evenveel uren als op {since} (aandeel {from} → {to})", "{level}: as many hours as on {since} (share {from} → {to})";
        AvailableChange => "Beschikbare uren: {hours} uur sinds {since}", "Available hours: {hours} hours since {since}";
        ThemeChange => "{theme}: succesfactoren {success}, knelpunten {bottlenecks}", "{theme}: success factors {success}, bottlenecks {bottlenecks}";
        LadderMoved => "Ladder (team): van {from} naar {to}", "Ladder (team): from {from} to {to}";
        LadderSame => "Ladder (team): gebleven op {rung}", "Ladder (team): stayed at {rung}";
        ActionsChange => "Acties: {added} nieuw, {done} meer klaar", "Actions: {added} new, {done} more done";
        January => "januari", "January";
        February => "februari", "February";
        March => "maart", "March";
        April => "april", "April";
        May => "mei", "May";
        June => "juni", "June";
        July => "juli", "July";
        August => "augustus", "August";
        September => "september", "September";
        October => "oktober", "October";
        November => "november", "November";
        December => "december", "December";
    }
}
