//! The privacy page.

use crate::texts;

texts! {
    /// Texts of the privacy page.
    PrivacyText {
        Title => "Privacy", "Privacy";
        NoAccount => "Geen account: je hoeft je nergens aan te melden.", "No account: you never sign up anywhere.";
        NoServer => "Geen server: Samen Doen draait helemaal in deze browser. Wat je invult wordt nergens naartoe gestuurd.", "No server: Samen Doen runs entirely in this browser. Nothing you enter is sent anywhere.";
        NoTracking => "Geen tracking: geen cookies, geen statistieken, geen advertenties, geen externe lettertypen of scripts.", "No tracking: no cookies, no analytics, no ads, no external fonts or scripts.";
        WhereHeading => "Waar staan de gegevens?", "Where is the data?";
        Where => "In de lokale opslag (localStorage) van deze browser op dit apparaat. Een ander apparaat of een andere browser ziet ze niet, tenzij je zelf een bestand of deellink meeneemt. Een deellink bewaart de sessie in het deel na het #-teken; dat deel stuurt een browser nooit naar een server.", "In this browser's local storage (localStorage) on this device. Another device or browser does not see it unless you take a file or share link there yourself. A share link keeps the session in the part after the # sign; a browser never sends that part to a server.";
        PupilsHeading => "Geen namen van leerlingen", "No names of pupils";
        Pupils => "Samen Doen heeft alleen aantallen en rollen nodig. Vul nooit namen of andere herkenbare gegevens van leerlingen in, ook niet in notities.", "Samen Doen only needs counts and roles. Never enter names or other identifying details of pupils, not even in notes.";
        RemoveHeading => "Gegevens verwijderen", "Removing the data";
        Remove => "Verwijder een sessie op het scherm Sessies (en leeg de prullenbak), of wis de sitegegevens van deze website in de instellingen van je browser. Dan is alles weg.", "Delete a session on the Sessions screen (and empty the trash), or clear this website's site data in your browser settings. Then everything is gone.";
    }
}
