//! Column names and file names of the spreadsheet (CSV) exports, and the picture.

use crate::texts;

texts! {
    /// Spreadsheet columns and export names.
    SheetText {
        Scenario => "Verdeling", "Spread";
        Level => "Niveau", "Level";
        Activity => "Activiteit", "Activity";
        HoursPerWeek => "Uur per week", "Hours per week";
        Weeks => "Weken", "Weeks";
        YouthWorkers => "Jeugdhulpverleners", "Youth workers";
        Pupils => "Leerlingen bereikt", "Pupils reached";
        Group => "Groep", "Group";
        Status => "Status", "Status";
        Score => "Evaluatie (1-5)", "Evaluation (1-5)";
        EvaluationNote => "Toelichting evaluatie", "Note on the evaluation";
        Goal => "Doel", "Goal";
        Start => "Start", "Start";
        Perspective => "Invalshoek", "Perspective";
        Theme => "Thema", "Theme";
        SuccessFactor => "Succesfactor", "Success factor";
        Bottleneck => "Knelpunt", "Bottleneck";
        RowSuccessCount => "Aantal keer succesfactor", "Times seen as success factor";
        RowBottleneckCount => "Aantal keer knelpunt", "Times seen as bottleneck";
        SuccessAccordingTo => "Succesfactor volgens", "Success factor according to";
        BottleneckAccordingTo => "Knelpunt volgens", "Bottleneck according to";
        Priority => "Prioriteit", "Priority";
        Yes => "ja", "yes";
        FileActivities => "activiteiten", "activities";
        FileFramework => "raamwerk", "framework";
        FileActions => "acties", "actions";
        FilePicture => "piramide", "pyramid";
        FileProgress => "voortgang", "progress";
        Date => "Datum", "Date";
        Title => "Titel", "Title";
        AvailableHours => "Beschikbaar (uur per week)", "Available (hours per week)";
        AllocatedHours => "Ingedeeld (uur per week)", "Allocated (hours per week)";
        LevelHoursNow => "{level} nu (uur)", "{level} now (hours)";
        LevelShareNow => "{level} nu (%)", "{level} now (%)";
        LevelShareWanted => "{level} gewenst (%)", "{level} wanted (%)";
        LevelTarget => "{level} doel (%)", "{level} target (%)";
        LadderNow => "Ladder nu", "Ladder now";
        LadderWanted => "Ladder gewenst", "Ladder wanted";
        SuccessCount => "Succesfactoren", "Success factors";
        BottleneckCount => "Knelpunten", "Bottlenecks";
        ActionsAdded => "Acties nieuw", "Actions added";
        ActionsCarried => "Acties meegenomen", "Actions carried over";
        ActionsDone => "Acties klaar", "Actions done";
        ActionsOverdue => "Acties te laat", "Actions overdue";
        DownloadsHeading => "Meenemen naar Excel of een document", "Take to Excel or a document";
        DownloadsHint => "CSV-bestanden openen in Excel; de piramide als afbeelding past in het schoolplan.", "CSV files open in Excel; the pyramid as a picture fits in the school plan.";
        CsvActivities => "Activiteiten (CSV)", "Activities (CSV)";
        CsvFramework => "Raamwerk (CSV)", "Framework (CSV)";
        CsvActions => "Acties (CSV)", "Actions (CSV)";
        PictureSvg => "Piramide als SVG", "Pyramid as SVG";
        PicturePng => "Piramide als PNG", "Pyramid as PNG";
        PictureSource => "Verdeling van de uren naar het Interconnected Systems Framework (Barrett e.a., 2013). Gemaakt met Samen Doen.", "Spread of the hours after the Interconnected Systems Framework (Barrett et al., 2013). Made with Samen Doen.";
    }
}
