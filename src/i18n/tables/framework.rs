//! Texts of the framework screen.

use crate::texts;

texts! {
    /// Texts of the framework screen.
    FrameworkText {
        Citation => "Bronvermelding", "Source";
        SourceLabel => "Bron", "Source";
        StepsLabel => "Stappen van de analyse", "Steps of the analysis";
        StepRead => "1 Lezen", "1 Read";
        StepMark => "2 Markeren", "2 Mark";
        StepExplain => "3 Toelichten", "3 Explain";
        StepOverview => "Overzicht", "Overview";
        SearchLabel => "Zoek in thema's, succesfactoren, knelpunten en citaten", "Search themes, success factors, bottlenecks and quotes";
        RowsShown => "rijen getoond", "rows shown";
        NoRows => "Geen rij past bij deze zoekterm.", "No row matches this search.";
        SuccessFactor => "Succesfactor", "Success factor";
        Bottleneck => "Knelpunt", "Bottleneck";
        SuccessFactorShort => "succesfactor", "success factor";
        BottleneckShort => "knelpunt", "bottleneck";
        NoSuccess => "geen succesfactor genoemd", "no success factor named";
        NoBottleneck => "geen knelpunt genoemd", "no bottleneck named";
        Quotes => "Voorbeeldcitaten", "Example quotes";
        FocusGroup => "Focusgroep", "Focus group";
        WhoIsMarking => "Wie markeert nu?", "Who is marking now?";
        RecogniseSuccess => "Herken als succesfactor", "Recognise as success factor";
        RecogniseBottleneck => "Herken als knelpunt", "Recognise as bottleneck";
        Recognise => "Herken", "Recognise";
        OtherRoles => "Andere rollen", "Other roles";
        QuestionWhy => "a. Waarom", "a. Why";
        QuestionWho => "b. Wie", "b. Who";
        QuestionWhat => "c. Wat", "c. What";
        QuestionWhere => "d. Waar", "d. Where";
        QuestionWhen => "e. Wanneer", "e. When";
        QuestionHow => "f. Hoe", "f. How";
        NothingMarked => "Nog niets gemarkeerd. Markeer eerst in stap 2 wat jullie herkennen.", "Nothing marked yet. First mark in step 2 what you recognise.";
        GoToMarking => "Naar stap 2 Markeren", "Go to step 2 Mark";
        HeatMapTitle => "Wat herkennen jullie, per thema", "What you recognise, per theme";
        HeatPerspectivesTitle => "Wat herkennen jullie, per invalshoek", "What you recognise, per perspective";
        HeatMapPhonesHint => "Bord en telefoons samen; per thema in het overzicht aan het eind.", "Board and phones together; per theme in the overview at the end.";
        Successes => "Succes", "Success";
        Bottlenecks => "Knelpunt", "Bottleneck";
        HeatMapHint => "Aantal markeringen van alle rollen samen; hoe donkerder, hoe meer.", "Number of marks of all roles together; the darker, the more.";
        Theme => "Invalshoek en thema", "Perspective and theme";
        SuccessRecognised => "Succesfactoren herkend", "Success factors recognised";
        BottleneckRecognised => "Knelpunten herkend", "Bottlenecks recognised";
        DisagreementsTitle => "Waar de rollen het anders zien", "Where the roles see it differently";
        DisagreementsHint => "Rijen die de ene rol als succesfactor herkent en een andere als knelpunt: door een andere bril bekeken.", "Rows that one role recognises as a success factor and another as a bottleneck: seen through different glasses.";
        NoDisagreements => "Geen rij die de ene rol als succesfactor en een andere als knelpunt ziet.", "No row that one role sees as a success factor and another as a bottleneck.";
        MarkedDifferently => "Anders gemarkeerd, niet tegengesteld ({count})", "Marked differently, not opposite ({count})";
        MarkedDifferentlyHint => "Bijvoorbeeld: de ene rol markeerde de rij, een andere niet.", "For example: one role marked the row, another did not.";
        Contrary => "tegengesteld", "opposite views";
        SeenAsSuccess => "Succesfactor volgens", "Success factor according to";
        SeenAsBottleneck => "Knelpunt volgens", "Bottleneck according to";
        NotMarkedBy => "Niet gemarkeerd door", "Not marked by";
        PrioritiesTitle => "Prioriteiten kiezen", "Choose priorities";
        PrioritiesHint => "Kies de rijen waar jullie mee aan de slag gaan, en maak van een knelpunt een actie.", "Choose the rows you will work on, and turn a bottleneck into an action.";
        Priority => "Prioriteit", "Priority";
        MakeAction => "Maak actie", "Add an action";
        ActionsMadeOne => "1 actie gemaakt", "1 action made";
        ActionsMadeMany => "{count} acties gemaakt", "{count} actions made";
        ActionAdded => "Actie toegevoegd aan het actieplan.", "Action added to the action plan.";
        GoToActions => "Naar het actieplan", "Go to the action plan";
        IsfTitle => "Tips voor de IB'er (ISF)", "Tips for the care coordinator (ISF)";
        IsfMore => "Toelichting uit het artikel", "Explanation from the article";
        WholeTeam => "Het hele team", "The whole team";
        ShowingTranslation => "Dit is een vertaling van Geveke e.a. (2024).", "The Raamwerk texts are our English translation of Geveke et al. (2024); the Dutch text is the source.";
        ShowingOriginal => "Dit is de Nederlandse brontekst.", "Showing the Dutch original of Geveke et al. (2024).";
        ShowOriginal => "Nederlandse brontekst", "Show the Dutch original";
        ShowTranslation => "Vertaling", "Show the English translation";
        WhosePlacement => "Wiens plaatsing?", "Whose placement?";
    }
}
