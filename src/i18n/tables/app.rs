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
        UnsupportedTitle => "Samen Doen werkt niet in deze browser", "Samen Doen does not work in this browser";
        UnsupportedOld => "Deze browser is te oud: hij mist onderdelen van WebAssembly die Samen Doen nodig heeft.", "This browser is too old: it lacks parts of WebAssembly that Samen Doen needs.";
        UnsupportedPolicy => "Deze browser staat WebAssembly op deze pagina niet toe (een beveiligingsregel die oudere browsers zo toepassen).", "This browser does not allow WebAssembly on this page (a security rule that older browsers apply this way).";
        UnsupportedStalled => "Samen Doen start niet in deze browser: na een halve minuut is de app er nog niet.", "Samen Doen does not start in this browser: after half a minute the app is still not there.";
        UnsupportedBrowsers => "Samen Doen werkt in Chrome en Edge vanaf versie 97, Firefox vanaf 102 en Safari vanaf 16 (op een iPad of iPhone: iPadOS of iOS 16). Open deze pagina in zo'n browser.", "Samen Doen works in Chrome and Edge from version 97, Firefox from 102 and Safari from 16 (on an iPad or iPhone: iPadOS or iOS 16). Open this page in such a browser.";
        UnsupportedNothingChanged => "Er is niets veranderd aan wat in deze browser bewaard is.", "Nothing stored in this browser was changed.";
        UnsupportedSave => "Sessies als bestand bewaren", "Save the sessions as a file";
        UnsupportedSaveHint => "Het bestand kun je later in Samen Doen importeren, in een andere browser of op een ander apparaat.", "You can import the file into Samen Doen later, in another browser or on another device.";
        UnsupportedNone => "In deze browser staan geen sessies.", "There are no sessions in this browser.";
    }
}
