//! Texts of the sessions home, the session details and the storage notices.

use crate::texts;

texts! {
    /// Texts of the sessions home and session details.
    SessionsText {
        NewSession => "Nieuwe sessie", "New session";
        OpenExample => "Voorbeeldsessie openen", "Open the example session";
        Search => "Zoek op titel, school of datum", "Search by title, school or date";
        EmptyTitle => "Nog geen sessies", "No sessions yet";
        EmptyBody => "Een sessie is één teamoverleg over jeugdhulp in de school: wie er zijn, de ondersteuningspiramide, de analyse met het raamwerk, de ladder en de acties. Maak een nieuwe sessie of bekijk eerst de voorbeeldsessie.", "A session is one team meeting about youth care in school: who is there, the support pyramid, the framework analysis, the ladder and the actions. Create a new session or look at the example session first.";
        ShowMore => "Meer sessies tonen", "Show more sessions";
        NoMatches => "Geen sessies gevonden voor deze zoekterm.", "No sessions match this search.";
        Untitled => "Naamloze sessie", "Untitled session";
        Open => "Openen", "Open";
        IsOpen => "Verder met deze sessie", "Continue this session";
        Close => "Sluiten", "Close";
        Duplicate => "Volgende overleg starten", "Start next meeting";
        DuplicateHint => "Kopieer deze sessie, met piramide, analyse en acties, voor het volgende overleg", "Copy this session, with pyramid, analysis and actions, for the next meeting";
        NextDate => "Datum van het volgende overleg", "Date of the next meeting";
        NextMake => "Klaarzetten", "Prepare";
        Cancel => "Annuleren", "Cancel";
        NextMeeting => "Volgend overleg voorbereiden", "Prepare the next meeting";
        Delete => "Verwijderen", "Delete";
        Deleted => "Sessie verplaatst naar de prullenbak.", "Session moved to the trash.";
        Undo => "Ongedaan maken", "Undo";
        Trash => "Prullenbak", "Trash";
        Restore => "Terugzetten", "Restore";
        Purge => "Definitief verwijderen", "Delete for good";
        Updated => "Gewijzigd", "Changed";
        Sessions => "Sessies", "Sessions";
        DetailsHeading => "Gegevens van deze sessie", "Details of this session";
        Title => "Titel", "Title";
        School => "School", "School";
        Date => "Datum", "Date";
        SchoolYear => "Schooljaar", "School year";
        PupilCount => "Aantal leerlingen op school", "Number of pupils in the school";
        Participants => "Deelnemers", "Participants";
        Role => "Rol", "Role";
        NameOptional => "Groep, vak of organisatie (geen naam)", "Group, subject or organisation (no name)";
        AddParticipant => "Deelnemer toevoegen", "Add participant";
        RemoveParticipant => "Deelnemer verwijderen", "Remove participant";
        Notes => "Notities", "Notes";
        NoPupilNames => "Vul geen namen van leerlingen in: alleen aantallen en rollen zijn nodig.", "Do not enter names of pupils: only counts and roles are needed.";
        Saved => "Opgeslagen", "Saved";
        Saving => "Opslaan…", "Saving…";
        NotSaved => "Niet opgeslagen", "Not saved";
        MemoryOnly => "Alleen in geheugen", "In memory only";
    }
}

texts! {
    /// Storage problems and how to resolve them.
    NoticeText {
        MemoryOnly => "Deze browser staat geen lokale opslag toe (bijvoorbeeld in privémodus). Je kunt werken, maar niets wordt bewaard: exporteer je sessie naar een bestand voordat je het venster sluit.", "This browser does not allow local storage (for example in private mode). You can work, but nothing will be kept: export your session to a file before you close the window.";
        Unchecked => "Deze deellink is gemaakt door een oudere versie en heeft geen controlegetal: kijk goed of de inhoud klopt.", "This share link was made by an older version and has no checksum: check carefully that the content is right.";
        Full => "De opslag van deze browser is vol. De laatst opgeslagen versie is bewaard; nieuwe wijzigingen niet. Exporteer je sessies naar een bestand en leeg de prullenbak.", "This browser's storage is full. The last saved version is kept; new changes are not. Export your sessions to a file and empty the trash.";
        Conflict => "Deze sessie is intussen in een ander tabblad gewijzigd, en daar is hetzelfde veranderd als hier. Alle andere wijzigingen van beide tabbladen zijn bewaard. Welke waarde wil je houden voor:", "This session was changed in another tab meanwhile, and the same was changed there as here. Every other change of both tabs is kept. Which value do you want to keep for:";
        KeepMine => "Mijn waarde houden", "Keep my value";
        TakeTheirs => "Waarde uit het andere tabblad nemen", "Take the other tab's value";
        FullAtStart => "De opslag van deze browser is vol (misschien door een andere app op hetzelfde adres). Je sessies zijn te zien, maar nieuwe wijzigingen kunnen pas bewaard worden als er ruimte is: exporteer je sessies naar een bestand en leeg de prullenbak.", "This browser's storage is full (perhaps because of another app at the same address). Your sessions are shown, but new changes can only be kept once there is room: export your sessions to a file and empty the trash.";
        NotStoredFull => "De opslag van deze browser is vol. Deze sessies staan alleen in het geheugen van dit tabblad en zijn weg als je het sluit:", "This browser's storage is full. These sessions are only in this tab's memory and are gone when you close it:";
        NotStoredOther => "Opslaan is mislukt. Deze sessies staan alleen in het geheugen van dit tabblad en zijn weg als je het sluit:", "Saving failed. These sessions are only in this tab's memory and are gone when you close it:";
        NotStoredWhat => "Exporteer ze naar een bestand, of maak ruimte (leeg de prullenbak) en probeer het opnieuw.", "Export them to a file, or make room (empty the trash) and try again.";
        Retry => "Opnieuw opslaan", "Save again";
        ReadOnly => "Deze browser laat de app lezen maar niet opslaan. Je sessies zijn te zien; wijzigingen worden niet bewaard:", "This browser lets the app read but not save. Your sessions are shown; changes will not be kept:";
        LoadFailed => "De opgeslagen sessies konden niet worden gelezen. Ze zijn niet verwijderd en worden niet overschreven; nieuwe sessies worden wel apart opgeslagen:", "The stored sessions could not be read. They are not deleted and will not be written over; new sessions are still stored separately:";
        Listing => "De lijst van wat er is opgeslagen kon niet worden gelezen; de sessies zijn via de inhoudsopgave gevonden. Wat daar niet in staat, is nu niet te zien:", "The list of what is stored could not be read; the sessions were found through the table of contents. What is not in it cannot be shown now:";
        Repaired => "Deze sessies bevatten waarden die deze versie van de app niet toestaat, of tekens die niet te lezen waren. Ze zijn aangepast; het origineel is apart gezet:", "These sessions held values this version of the app does not allow, or characters that could not be read. They were adjusted; the original is kept aside:";
        NotKeptCopy => "het origineel kon niet apart gezet worden", "the original could not be kept aside";
        ListNotSaved => "De prullenbak kon niet worden opgeslagen; na het herladen kan een verwijderde sessie terug zijn:", "The trash could not be saved; after a reload a deleted session may be back:";
        Quarantined => "Een opgeslagen onderdeel kon niet worden gelezen. Het is apart gezet en niet overschreven:", "A stored item could not be read. It was set aside, not overwritten:";
        NotKeptAside => "Een opgeslagen onderdeel kon niet worden gelezen, en er was geen ruimte om het apart te zetten. Het staat nog op zijn plaats en wordt niet overschreven; download de tekst om hem te bewaren:", "A stored item could not be read, and there was no room to set it aside. It stays where it is and will not be overwritten; download the text to keep it:";
        KeptAside => "Van een eerder bezoek staan nog onderdelen apart die niet gelezen konden worden. Download ze als je ze wilt bewaren, of gooi ze weg:", "Items that could not be read on an earlier visit are still set aside. Download them if you want to keep them, or throw them away:";
        Discard => "Weggooien", "Throw away";
        TrashRecovered => "De lijst van de prullenbak en de index waren allebei beschadigd (ze staan apart). Deze sessies stonden in de beschadigde lijst en staan weer in de prullenbak:", "The trash list and the index were both damaged (they are kept aside). These sessions were named in the damaged list and are back in the trash:";
        Missing => "Deze sessies staan niet meer in de opslag van deze browser (buiten de app verwijderd, bijvoorbeeld door het wissen van sitegegevens). Heb je een exportbestand, importeer het dan opnieuw:", "These sessions are no longer in this browser's storage (removed outside the app, for example by clearing site data). If you have an export file, import it again:";
        DownloadRaw => "Ruwe tekst downloaden", "Download raw text";
        Dismiss => "Sluiten", "Dismiss";
        SaveFailed => "Opslaan is mislukt; de vorige versie is bewaard:", "Saving failed; the previous version is kept:";
        ExportAll => "Alle sessies exporteren", "Export all sessions";
    }
}
