//! Whether this browser keeps the sessions, and each session's last file copy.

use crate::texts;

texts! {
    /// The keeping notice on the home screen and at the meeting's close.
    KeepText {
        Kept => "Deze browser bewaart de sessies: hij ruimt ze niet zelf op.", "This browser keeps the sessions: it will not clear them by itself.";
        SafariTitle => "Safari kan deze sessies wissen", "Safari may delete these sessions";
        SafariWhy => "Safari wist alles van een website die je zeven dagen niet opent, tenzij de app op het beginscherm staat. Een team dat eens in de paar weken overlegt, verliest dan alles.", "Safari deletes everything of a website you do not open for seven days, unless the app is on the Home Screen. A team that meets every few weeks then loses everything.";
        SafariHomeScreen => "Zet Samen Doen op het beginscherm: op een iPad of iPhone met Deel → Zet op beginscherm; op een Mac in Safari met Archief → Voeg toe aan Dock.", "Put Samen Doen on the Home Screen: on an iPad or iPhone with Share → Add to Home Screen; on a Mac in Safari with File → Add to Dock.";
        FirefoxTitle => "Firefox kan deze sessies wissen als de schijf vol raakt", "Firefox may delete these sessions when the disk runs full";
        FirefoxAsk => "Vraag Firefox om ze te bewaren", "Ask Firefox to keep them";
        MayClearTitle => "Deze browser kan deze sessies wissen als de schijf vol raakt", "This browser may delete these sessions when the disk runs full";
        CopyAdvice => "Bewaar na elk overleg een bestand: daarmee zet je alles terug, ook in een andere browser.", "Save a file after every meeting: it brings everything back, in another browser too.";
        SaveAll => "Alle sessies als bestand bewaren", "Save all sessions as a file";
        CopyNever => "Bestand: nog nooit bewaard", "File: never saved";
        CopySaved => "Bestand bewaard op {date}", "File saved on {date}";
        CopyChanged => "Bestand bewaard op {date}, daarna gewijzigd", "File saved on {date}, changed since";
    }
}
