//! Texts of the app shell: navigation, header, language and display switches.

use crate::texts;

texts! {
    /// Navigation labels, one per screen.
    Nav {
        Home => "Sessies", "Sessions";
        Pyramid => "Piramide", "Pyramid";
        Framework => "Raamwerk", "Framework";
        Ladder => "Ladder", "Ladder";
        Actions => "Acties", "Actions";
        Report => "Rapport", "Report";
        Privacy => "Privacy", "Privacy";
        Meeting => "Overleg", "Meeting";
        Progress => "Voortgang", "Progress";
        MainMenu => "Hoofdmenu", "Main menu";
    }
}

texts! {
    /// Header, footer and global switches.
    Shell {
        AppName => "Samen Doen", "Samen Doen";
        Tagline => "Samen plannen hoe jeugdhulp in de school werkt", "Planning together how youth care works in school";
        Loading => "Samen Doen wordt geladen…", "Samen Doen is loading…";
        LanguageLabel => "Taal", "Language";
        SwitchToOther => "English", "Nederlands";
        SwitchToOtherHint => "Switch to English", "Schakel naar Nederlands";
        Smartboard => "Digibordmodus", "Smartboard mode";
        SmartboardHint => "Grote letters en hoog contrast, leesbaar achter in het lokaal", "Large type and high contrast, readable from the back of the room";
        PrivacyPromise => "Alles wat je invult blijft in deze browser. Geen account, geen server, geen tracking.", "Everything you enter stays in this browser. No account, no server, no tracking.";
        UpdateReady => "Nieuwe versie beschikbaar.", "New version available.";
        UpdateReload => "Herladen", "Reload";
        NotFound => "Deze pagina bestaat niet. Kies hierboven een onderdeel.", "This page does not exist. Choose a section above.";
        NoSessionTitle => "Nog geen sessie gekozen", "No session chosen yet";
        NoSessionBody => "Kies of maak eerst een sessie bij Sessies; dit onderdeel hoort bij een teamsessie.", "First choose or create a session under Sessions; this section belongs to a team session.";
        GoToSessions => "Naar de sessies", "Go to sessions";
        SkipToContent => "Naar de inhoud", "Skip to content";
    }
}
