//! Texts of the answer round: the answer page on a participant's phone, and the board's
//! panel that takes the answers in.

use crate::texts;

texts! {
    /// The answer page on a participant's own phone.
    PhoneText {
        PageTitle => "Samen Doen: jouw antwoord", "Samen Doen: your answer";
        Loading => "Samen Doen wordt geladen…", "Samen Doen is loading…";
        OtherLanguage => "English", "Nederlands";
        OtherLanguageLabel => "Switch to English", "Naar het Nederlands";
        StepOf => "Stap {n} van {total}", "Step {n} of {total}";
        Previous => "Vorige", "Back";
        Next => "Volgende", "Next";
        ToAnswer => "Naar mijn antwoord", "To my answer";
        RoleTitle => "Jouw rol", "Your role";
        RoleIntro => "Je antwoord gaat zonder naam naar het bord. Een rol die maar één keer voorkomt, telt mee onder ‘andere rollen’, zodat niemand alleen staat.", "Your answer goes to the board without a name. A role that occurs only once counts under ‘other roles’, so nobody stands alone.";
        PreferNotToSay => "Zeg ik liever niet", "Prefer not to say";
        ThemeOf => "Thema {n} van {total}", "Theme {n} of {total}";
        MarkIntro => "Tik aan wat je herkent in jullie samenwerking: als succesfactor, als knelpunt, allebei of niets.", "Tap what you recognise in your collaboration: as success factor, as bottleneck, both or neither.";
        SuccessFactor => "Succesfactor", "Success factor";
        Bottleneck => "Knelpunt", "Bottleneck";
        Recognise => "Herken ik", "I recognise this";
        LadderTitle => "Samenwerkingsladder", "Collaboration ladder";
        LadderNow => "Waar staat jullie samenwerking nu?", "Where is your collaboration now?";
        LadderWanted => "Waar willen jullie naartoe?", "Where do you want it to be?";
        DontKnow => "Weet ik niet", "Don't know";
        DoneTitle => "Klaar: geef je antwoord aan het bord", "Done: give your answer to the board";
        DoneHow => "Houd deze QR-code voor de camera van het bord, lees de code voor, of stuur de link via jullie eigen chat.", "Hold this QR code up to the board's camera, read out the code, or send the link through your own team chat.";
        QrLabel => "QR-code met je antwoord", "QR code with your answer";
        CodeLabel => "Je antwoordcode", "Your answer code";
        Share => "Link delen", "Share link";
        Copy => "Link kopiëren", "Copy link";
        Copied => "Link gekopieerd", "Link copied";
        CopyManual => "Kopiëren lukte niet; houd de link hieronder ingedrukt om hem te kopiëren.", "Copying did not work; press and hold the link below to copy it.";
        ShareText => "Mijn antwoord voor het overleg in Samen Doen", "My answer for the Samen Doen meeting";
        Contents => "Hierin zit: {role}, {marks}, ladder {ladder}. Geen naam, geen tekst.", "This holds: {role}, {marks}, ladder {ladder}. No name, no text.";
        ContentsNoRole => "geen rol", "no role";
        ContentsMarksOne => "1 rij gemarkeerd", "1 row marked";
        ContentsMarks => "{count} rijen gemarkeerd", "{count} rows marked";
        ContentsLadder => "nu {now}, gewenst {wanted}", "now {now}, wanted {wanted}";
        Open => "open", "open";
        Resend => "Pas je iets aan? Stuur het opnieuw: het bord vervangt je eerdere antwoord.", "Changed something? Send it again: the board replaces your earlier answer.";
        Change => "Antwoord wijzigen", "Change my answer";
        KeptHere => "Je antwoord blijft op deze telefoon bewaard tot je het verstuurt; er gaat niets naar een server.", "Your answer stays on this phone until you send it; nothing goes to a server.";
        NoRound => "Deze link hoort bij geen overleg. Scan de QR-code op het bord opnieuw.", "This link belongs to no meeting. Scan the QR code on the board again.";
    }
}

texts! {
    /// The board's panel for the answer round.
    RoundText {
        Title => "Iedereen op de eigen telefoon", "Everyone on their own phone";
        Intro => "Scan de QR-code met je telefoon, beantwoord de vragen en geef je antwoord terug aan het bord. Anoniem, zonder account, zonder server.", "Scan the QR code with your phone, answer the questions and give your answer back to the board. Anonymous, no account, no server.";
        Open => "Telefoons laten antwoorden", "Let phones answer";
        Close => "Sluiten", "Close";
        QrLabel => "QR-code van de antwoordpagina", "QR code of the answer page";
        Address => "Of typ dit adres:", "Or type this address:";
        AnswersNone => "Nog geen antwoorden", "No answers yet";
        AnswersOne => "1 antwoord", "1 answer";
        AnswersMany => "{count} antwoorden", "{count} answers";
        TakeIn => "Antwoord ontvangen", "Take an answer in";
        Camera => "Camera aan", "Camera on";
        CameraHint => "Houd de QR-code op je telefoon voor de camera.", "Hold the QR code on your phone up to the camera.";
        CameraStop => "Camera uit", "Camera off";
        CameraWaiting => "Camera wordt gestart…", "Starting the camera…";
        CameraLooking => "De camera zoekt naar een QR-code…", "The camera is looking for a QR code…";
        CameraRefused => "De camera kan niet worden gebruikt (geen camera of geen toestemming). Typ de code of open de link.", "The camera cannot be used (no camera, or no permission). Type the code or open the link.";
        CodeLabel => "Antwoordcode", "Answer code";
        CodeHint => "Hoofdletters, spaties en streepjes maken niet uit.", "Capitals, spaces and hyphens do not matter.";
        CodeAdd => "Toevoegen", "Add";
        LinkHint => "Een link uit jullie chat? Open hem in deze browser: het overleg neemt het antwoord over.", "A link from your team chat? Open it in this browser: the meeting takes the answer in.";
        TakenNew => "Antwoord ontvangen: nu {count}.", "Answer received: {count} now.";
        TakenReplaced => "Dit antwoord verving een eerder antwoord van dezelfde telefoon ({count} in totaal).", "This answer replaced an earlier one from the same phone ({count} in all).";
        TakenSame => "Dit antwoord was er al ({count} in totaal).", "This answer was already here ({count} in all).";
        RefusedNoRound => "Dit overleg vraagt nog geen antwoorden.", "This meeting is not asking for answers yet.";
        RefusedOtherRound => "Dit antwoord hoort bij een ander overleg.", "This answer belongs to another meeting.";
        RefusedFull => "Deze ronde heeft al 60 antwoorden, het hoogste aantal.", "This round already holds 60 answers, the most it takes.";
        CodeEmpty => "Typ eerst de code.", "Type the code first.";
        CodeLength => "Een antwoordcode heeft 21 tekens; dit zijn er {found}.", "An answer code has 21 characters; this has {found}.";
        CodeCharacter => "Teken {at} (‘{found}’) komt in geen code voor.", "Character {at} (‘{found}’) is in no code.";
        CodeTypo => "Deze code klopt niet: er is een teken verkeerd overgenomen of zijn er twee omgewisseld. Kijk hem nog eens na.", "This code does not check out: a character was copied wrong or two were swapped. Check it again.";
        CodeVersion => "Deze code komt van een andere versie van de antwoordpagina; laat de telefoon de pagina opnieuw laden.", "This code comes from another version of the answer page; let the phone reload the page.";
        CodeDamaged => "Deze code is beschadigd.", "This code is damaged.";
        Results => "Wat de telefoons zeggen", "What the phones say";
        ResultsHint => "Telt mee in de heatmap, de verschillen en het rapport, samen met de markeringen op het bord.", "Counts in the heat map, the differences and the report, together with the marks on the board.";
        OtherRoles => "andere rollen", "other roles";
        LinkTakenTitle => "Antwoord doorgegeven", "Answer passed on";
        LinkTaken => "Het antwoord ging naar ‘{title}’. {taken} Je kunt dit tabblad sluiten.", "The answer went to ‘{title}’. {taken} You can close this tab.";
        LinkNoSession => "Dit antwoord hoort bij geen overleg in deze browser. Open de link in de browser van het bord.", "This answer belongs to no meeting in this browser. Open the link in the board's browser.";
        LinkBroken => "Deze antwoordlink kan niet worden gelezen:", "This answer link cannot be read:";
        Histogram => "Antwoorden van de telefoons", "Answers from the phones";
        HistogramNow => "Nu", "Now";
        HistogramWanted => "Gewenst", "Wanted";
        HistogramOpen => "open gelaten: {count}", "left open: {count}";
        BoardPlacement => "Plaatsing op het bord", "Placement on the board";
        PhonesOnRung => "Telefoons: nu {now} · gewenst {wanted}", "Phones: now {now} · wanted {wanted}";
    }
}
