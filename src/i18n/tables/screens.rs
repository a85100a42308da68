//! Titles and one-paragraph introductions of each screen.

use crate::texts;

texts! {
    /// Screen headings and what each screen is for.
    Screens {
        HomeTitle => "Teamsessies", "Team sessions";
        HomeIntro => "Een sessie is één teamoverleg over jeugdhulp in de school, met alles wat jullie daarin vastleggen. Alles wordt alleen in deze browser bewaard; neem het mee met een bestand of een deellink.", "A session is one team meeting about youth care in school, with everything you record in it. Everything is kept only in this browser; take it along as a file or a share link.";
        PyramidTitle => "Ondersteuningspiramide", "Support pyramid";
        PyramidIntro => "Hoe worden de uren van de jeugdhulpverleners verdeeld over universele ondersteuning voor alle leerlingen, gerichte ondersteuning voor groepen en individuele ondersteuning voor enkele leerlingen? Hier zie en verschuif je die verdeling.", "How are the youth workers' hours spread over universal support for all pupils, targeted support for groups and individual support for a few pupils? Here you see and rearrange that spread.";
        FrameworkTitle => "Raamwerk interprofessioneel samenwerken", "Interprofessional collaboration framework";
        FrameworkIntro => "Lees de thema's met hun succesfactoren en knelpunten, markeer wat jullie herkennen (per rol) en licht het toe met waarom, wie, wat, waar, wanneer en hoe.", "Read the themes with their success factors and bottlenecks, mark what you recognise (per role) and explain it with why, who, what, where, when and how.";
        LadderTitle => "Samenwerkingsladder", "Collaboration ladder";
        LadderIntro => "Van informatie uitwisselen tot een sterk partnerschap: waar staat jullie samenwerking nu, en waar willen jullie naartoe?", "From exchanging information to a strong partnership: where does your collaboration stand now, and where do you want to go?";
        ActionsTitle => "Actieplan", "Action plan";
        ActionsIntro => "Wat gaan jullie doen, wie doet het en wanneer is het klaar? Acties komen voort uit knelpunten, de ladder of de piramide.", "What will you do, who does it and when is it done? Actions come from bottlenecks, the ladder or the pyramid.";
        MeetingTitle => "Overleg", "Meeting";
        MeetingIntro => "Het hele teamoverleg op het digibord: één stap per scherm, met de agenda en de tijd. Open eerst een sessie en kies Overleg starten.", "The whole team meeting on the smartboard: one step per screen, with the agenda and the time. First open a session and choose Start meeting.";
        ProgressTitle => "Voortgang", "Progress";
        ProgressIntro => "Hoe de verdeling van de uren, de samenwerkingsladder, de knelpunten en de acties veranderen van overleg tot overleg, over het schooljaar.", "How the spread of the hours, the collaboration ladder, the bottlenecks and the actions change from meeting to meeting, over the school year.";
        ReportTitle => "Rapport", "Report";
        ReportIntro => "Het verslag van deze sessie om te bespreken, af te drukken en mee te nemen.", "The report of this session to discuss, print and take along.";
    }
}
