//! Texts of the sessions home, the session details and the storage notices.

use crate::texts;

texts! {
    /// Texts of the sessions home and session details.
    SessionsText {
        NewSession => "Nieuwe sessie", "New session";
        OpenExample => "Voorbeeldsessie openen", "Open the example session";
        Search => "Zoek op titel of school", "Search by title or school";
        EmptyTitle => "Nog geen sessies", "No sessions yet";
        EmptyBody => "Een sessie is één teamoverleg over jeugdhulp in de school: wie er zijn, de ondersteuningspiramide, de analyse met het raamwerk, de ladder en de acties. Maak een nieuwe sessie of bekijk eerst de voorbeeldsessie.", "A session is one team meeting about youth care in school: who is there, the support pyramid, the framework analysis, the ladder and the actions. Create a new session or look at the example session first.";
        ShowMore => "Meer sessies tonen", "Show more sessions";
        NoMatches => "Geen sessies gevonden voor deze zoekterm.", "No sessions match this search.";
        Untitled => "Naamloze sessie", "Untitled session";
        Open => "Openen", "Open";
        IsOpen => "Geopend", "Open now";
        Close => "Sluiten", "Close";
        Duplicate => "Volgende overleg starten", "Start next meeting";
        DuplicateHint => "Kopieer deze sessie, met piramide, analyse en acties, voor het volgende overleg", "Copy this session, with pyramid, analysis and actions, for the next meeting";
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
        NameOptional => "Naam of initialen (niet verplicht)", "Name or initials (optional)";
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
        Full => "De opslag van deze browser is vol. De laatst opgeslagen versie is bewaard; nieuwe wijzigingen niet. Exporteer je sessies naar een bestand en leeg de prullenbak.", "This browser's storage is full. The last saved version is kept; new changes are not. Export your sessions to a file and empty the trash.";
        Conflict => "Deze sessie is intussen in een ander tabblad gewijzigd. Welke versie wil je houden?", "This session was changed in another tab meanwhile. Which version do you want to keep?";
        KeepMine => "Mijn versie houden", "Keep my version";
        TakeTheirs => "Versie uit het andere tabblad nemen", "Take the other tab's version";
        Quarantined => "Een opgeslagen onderdeel kon niet worden gelezen. Het is apart gezet en niet overschreven:", "A stored item could not be read. It was set aside, not overwritten:";
        NotKeptAside => "Een opgeslagen onderdeel kon niet worden gelezen, en er was geen ruimte om het apart te zetten. Het staat nog op zijn plaats en wordt niet overschreven; download de tekst om hem te bewaren:", "A stored item could not be read, and there was no room to set it aside. It stays where it is and will not be overwritten; download the text to keep it:";
        KeptAside => "Van een eerder bezoek staan nog onderdelen apart die niet gelezen konden worden. Download ze als je ze wilt bewaren, of gooi ze weg:", "Items that could not be read on an earlier visit are still set aside. Download them if you want to keep them, or throw them away:";
        Discard => "Weggooien", "Throw away";
        Missing => "Deze sessies staan niet meer in de opslag van deze browser (buiten de app verwijderd, bijvoorbeeld door het wissen van sitegegevens). Heb je een exportbestand, importeer het dan opnieuw:", "These sessions are no longer in this browser's storage (removed outside the app, for example by clearing site data). If you have an export file, import it again:";
        DownloadRaw => "Ruwe tekst downloaden", "Download raw text";
        Dismiss => "Sluiten", "Dismiss";
        SaveFailed => "Opslaan is mislukt; de vorige versie is bewaard:", "Saving failed; the previous version is kept:";
        ExportAll => "Alle sessies exporteren", "Export all sessions";
    }
}
