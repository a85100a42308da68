//! The answer page's HTML: escaped, in the chosen language, one theme per page, and the
//! answer's contents said in one line without a name.

use super::*;
use crate::model::answers::{Asks, Round};

fn flow(lang: Lang) -> Flow {
    Flow::new(
        Round {
            tag: 99,
            lang,
            asks: Asks::BOTH,
        },
        5,
    )
}

#[test]
fn text_is_escaped() {
    assert_eq!(
        escape("<a href=\"x\">'&'</a>"),
        "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
    );
}

#[test]
fn each_page_speaks_its_language() {
    let mut f = flow(Lang::Nl);
    let html = page(&f, "https://x/#/antwoord/X", None);
    assert!(
        html.contains("Jouw rol") && html.contains("Zeg ik liever niet"),
        "{html}"
    );
    assert!(html.contains("Stap 1 van 17"));
    assert!(
        !html.contains("data-act=\"previous\""),
        "no way back from the first page"
    );
    f.lang = Lang::En;
    f.forward();
    let html = page(&f, "https://x/#/antwoord/X", None);
    assert!(
        html.contains("Theme 1 of 14") && html.contains("I recognise this"),
        "{html}"
    );
    assert!(html.contains("data-act=\"mark:success:ih.communicatie.1\""));
    assert!(html.contains("data-act=\"previous\""));
}

#[test]
fn the_last_page_holds_the_code_the_link_and_what_is_in_it() {
    let mut f = flow(Lang::Nl);
    f.set_role(Some(Role::Teacher));
    f.toggle("ih.communicatie.1", Side::Success);
    f.set_now(Some(Rung::Coordination));
    while f.forward() {}
    let link = "https://school.example/samen-doen/#/antwoord/ABC";
    let html = page(&f, link, Some("<svg></svg>"));
    assert!(html.contains(&code::grouped(&f.code())));
    assert!(html.contains(link));
    assert!(html.contains("<svg></svg>"));
    assert_eq!(
        contents(&f),
        "Hierin zit: leerkracht, 1 rij gemarkeerd, ladder nu 2, gewenst open. Geen naam, geen tekst."
    );
    assert!(
        !html.contains("data-testid=\"phone-next\""),
        "no Volgende on the last page"
    );
}

#[test]
fn the_ladder_page_offers_four_rungs_and_dont_know_twice() {
    let mut f = flow(Lang::Nl);
    while f.page() != Page::Ladder {
        f.forward();
    }
    let html = page(&f, "l", None);
    assert_eq!(html.matches("data-act=\"now:").count(), 5);
    assert_eq!(html.matches("data-act=\"wanted:").count(), 5);
    assert!(html.contains("Weet ik niet"));
}
