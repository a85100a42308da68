//! Texts for moving sessions between devices: export, import, share link and QR code.

use crate::texts;

texts! {
    /// Export and import files, the share dialog and the import preview.
    TransferText {
        Heading => "Sessies meenemen naar een ander apparaat", "Take sessions to another device";
        Intro => "Bewaar je sessies in een bestand of open een bestand van een collega. Importeren voegt altijd toe en overschrijft nooit iets.", "Save your sessions to a file or open a colleague's file. Importing always adds and never overwrites anything.";
        ExportAll => "Exporteren", "Export";
        ExportAllHint => "Alle sessies opslaan in één .json-bestand", "Save all sessions in one .json file";
        ExportNothing => "Er zijn nog geen sessies om te exporteren.", "There are no sessions to export yet.";
        ExportFailed => "Exporteren is mislukt: de browser gaf geen download.", "Export failed: the browser did not start a download.";
        Import => "Importeren", "Import";
        ImportHint => "Kies een .json-bestand van Samen Doen, of sleep het op deze pagina.", "Choose a Samen Doen .json file, or drop it on this page.";
        DropHint => "Laat het bestand los om de sessies te importeren", "Release the file to import its sessions";
        Reading => "Bestand lezen…", "Reading file…";
        Storing => "Opslaan…", "Storing…";
        ReadingProgress => "({done} van {total} sessies gelezen)", "({done} of {total} sessions read)";
        StoringProgress => "({done} van {total} sessies opgeslagen)", "({done} of {total} sessions stored)";
        ReadFailed => "Het bestand kon niet worden gelezen.", "The file could not be read.";
        ImportFailedIn => "Niet geïmporteerd uit", "Not imported from";
        AddedOne => "1 sessie toegevoegd.", "1 session added.";
        AddedMany => "sessies toegevoegd.", "sessions added.";
        AddedNone => "Het bestand bevat geen sessies.", "The file contains no sessions.";
        NotStoredSome => "{count} niet opgeslagen: ze staan alleen in het geheugen; zie de melding bovenaan om ze als bestand te bewaren.", "{count} not stored: they are only in memory; see the notice at the top to keep them as a file.";
        AddedCopyNote => "Sessies die hier al bestonden zijn als kopie toegevoegd.", "Sessions that already existed here were added as copies.";
        ExportOne => "Bestand", "File";
        ExportOneHint => "Deze sessie opslaan als .json-bestand", "Save this session as a .json file";
        Share => "Delen", "Share";
        ShareHint => "Deellink en QR-code voor een ander apparaat", "Share link and QR code for another device";
        ShareTitle => "Sessie delen", "Share session";
        ShareIntro => "Open deze link of scan de QR-code op het andere apparaat. De sessie gaat niet via een server: alles zit in de link zelf.", "Open this link or scan the QR code on the other device. The session does not pass through a server: everything is inside the link itself.";
        SharePrivacy => "Let op: de link bevat de hele sessie, ook wat bij de deelnemers staat en de notities. Deel hem alleen met wie de sessie mag zien.", "Note: the link contains the whole session, including what is written beside the participants and the notes. Share it only with people who may see the session.";
        ShareUrlLabel => "Deellink", "Share link";
        Copy => "Kopiëren", "Copy";
        Copied => "Gekopieerd", "Copied";
        CopyManual => "Kopiëren lukte niet automatisch; de link is geselecteerd, kopieer hem met Ctrl+C.", "Copying did not work automatically; the link is selected, copy it with Ctrl+C.";
        QrLabel => "QR-code met de deellink", "QR code with the share link";
        TooLong => "Deze sessie is te groot voor een QR-code. Gebruik de link of neem de sessie mee als bestand.", "This session is too large for a QR code. Use the link or take the session along as a file.";
        ExportInstead => "Exporteer als bestand", "Export as file";
        ShareFailed => "De deellink kon niet worden gemaakt.", "The share link could not be made.";
        CloseDialog => "Sluiten", "Close";
        ImportTitle => "Gedeelde sessie importeren", "Import shared session";
        ImportIntro => "Iemand heeft een sessie met je gedeeld. Controleer wat er wordt toegevoegd; er wordt niets overschreven.", "Someone shared a session with you. Check what will be added; nothing will be overwritten.";
        ImportConfirm => "Toevoegen als kopie", "Add as a copy";
        ImportCancel => "Annuleren", "Cancel";
        ImportBroken => "Deze deellink kan niet worden geopend:", "This share link cannot be opened:";
        ImportAskSender => "Vraag de afzender om de link opnieuw te sturen, of om een exportbestand.", "Ask the sender to send the link again, or an export file.";
        BackHome => "Naar de sessies", "Go to sessions";
        NoTitle => "(zonder titel)", "(no title)";
        NoSchool => "(geen school)", "(no school)";
        NoDate => "(geen datum)", "(no date)";
        FieldTitle => "Titel", "Title";
        FieldSchool => "School", "School";
        FieldDate => "Datum", "Date";
        CountParticipants => "Deelnemers", "Participants";
        CountActivities => "Activiteiten in de piramide", "Activities in the pyramid";
        CountMarks => "Markeringen in het raamwerk", "Marks in the framework";
        CountActions => "Acties", "Actions";
        CountAnswers => "Antwoorden van telefoons", "Answers from phones";
        FileAllSessions => "alle sessies", "all sessions";
        FileUntitled => "sessie", "session";
    }
}
