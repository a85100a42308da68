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
        PhonesHeading => "Antwoorden op de eigen telefoon", "Answers on your own phone";
        Phones => "De QR-code op het bord opent de antwoordpagina op je telefoon. Het adres bevat alleen een willekeurig rondenummer, de taal en wat er gevraagd wordt; de pagina komt van dezelfde website als de app en slaat je antwoord alleen op je eigen telefoon op.", "The QR code on the board opens the answer page on your phone. Its address holds only a random round number, the language and what is asked; the page comes from the same website as the app and keeps your answer only on your own phone.";
        PhonesHold => "Je antwoord (de QR-code op je telefoon, de code van 21 tekens en de link) bevat het rondenummer, een willekeurig antwoordnummer, je rol of ‘zeg ik liever niet’, de rijen die je aantikte en de ladder. Nooit een naam, nooit vrije tekst. Het gaat alleen naar het bord als jij het laat zien, voorleest of zelf via jullie chat stuurt; geen server ziet het. De link zet het antwoord in het deel na het #-teken, dat een browser nooit naar een server stuurt.", "Your answer (the QR code on your phone, the 21-character code and the link) holds the round number, a random answer number, your role or ‘prefer not to say’, the rows you tapped and the ladder. Never a name, never free text. It only reaches the board when you show it, read it out or send it through your own chat; no server sees it. The link puts the answer in the part after the # sign, which a browser never sends to a server.";
        PhonesAnonymous => "Op het bord tellen antwoorden mee zonder naam. Een rol wordt alleen genoemd als minstens twee antwoorden die rol hebben; anders telt het antwoord mee onder ‘andere rollen’.", "On the board, answers count without a name. A role is only named when at least two answers share it; otherwise the answer counts under ‘other roles’.";
        PupilsHeading => "Geen namen van leerlingen", "No names of pupils";
        Pupils => "Samen Doen heeft alleen aantallen en rollen nodig. Vul nooit namen of andere herkenbare gegevens van leerlingen in, ook niet in notities.", "Samen Doen only needs counts and roles. Never enter names or other identifying details of pupils, not even in notes.";
        RemoveHeading => "Gegevens verwijderen", "Removing the data";
        Remove => "Verwijder een sessie op het scherm Sessies (en leeg de prullenbak), of wis de sitegegevens van deze website in de instellingen van je browser. Dan is alles weg.", "Delete a session on the Sessions screen (and empty the trash), or clear this website's site data in your browser settings. Then everything is gone.";
    }
}
