//! The answer page's HTML for each page of the flow, as text: pure, so the words and the
//! structure are tested natively. Every text is escaped; every button says what it does in
//! `data-act`, which the page's one click handler reads.

use crate::i18n::tables::{LadderText, PhoneText as P, RoleText};
use crate::i18n::{fill, Lang, Text};
use crate::model::answers::code;
use crate::model::ladder::Rung;
use crate::model::Role;
use crate::phone::flow::{Flow, Page, Side};
use crate::phone::texts::{LADDER_CITATION, RUNGS, THEMES};

/// Dutch or English of a pair.
fn pick((nl, en): (&'static str, &'static str), lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => nl,
        Lang::En => en,
    }
}

/// `text` with `&`, `<`, `>`, `"` and `'` escaped for HTML.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn t(key: P, lang: Lang) -> String {
    escape(key.get(lang))
}

/// A button that presses on and off (`aria-pressed`).
fn toggle(act: &str, pressed: bool, label: &str, extra: &str) -> String {
    format!(
        r#"<button type="button" class="toggle{extra}" data-act="{act}" aria-pressed="{pressed}">{label}</button>"#,
        act = escape(act),
        label = label,
    )
}

/// The whole page: the top bar, the progress line, the page itself and the buttons below.
/// `link` is the answer's link (shown on the last page).
pub fn page(flow: &Flow, link: &str, qr_svg: Option<&str>) -> String {
    let lang = flow.lang;
    let (n, total) = flow.progress();
    let progress = fill(
        P::StepOf.get(lang),
        &[("n", &n.to_string()), ("total", &total.to_string())],
    );
    let body = match flow.page() {
        Page::Role => role_page(flow),
        Page::Theme(i) => theme_page(flow, i),
        Page::Ladder => ladder_page(flow),
        Page::Done => done_page(flow, link, qr_svg),
    };
    let previous = (n > 1).then(|| {
        format!(
            r#"<button type="button" class="button button--ghost" data-act="previous">{}</button>"#,
            t(P::Previous, lang)
        )
    });
    let next = (n < total).then(|| {
        let label = if n + 1 == total {
            P::ToAnswer
        } else {
            P::Next
        };
        format!(
            r#"<button type="button" class="button" data-act="next" data-testid="phone-next">{}</button>"#,
            t(label, lang)
        )
    });
    format!(
        r#"<header class="phone__bar"><span class="phone__name">Samen Doen</span><button type="button" class="button button--ghost phone__lang" data-act="lang" lang="{other}" aria-label="{other_label}">{other_name}</button></header>
<div class="phone__progress" data-testid="phone-progress"><p>{progress}</p><progress max="{total}" value="{n}" aria-hidden="true"></progress></div>
<main class="phone__page" data-page="{slug}">{body}</main>
<nav class="phone__nav">{previous}{next}</nav>"#,
        other = lang.other().code(),
        other_label = t(P::OtherLanguageLabel, lang),
        other_name = t(P::OtherLanguage, lang),
        progress = escape(&progress),
        slug = slug(flow.page()),
        previous = previous.unwrap_or_default(),
        next = next.unwrap_or_default(),
    )
}

fn slug(page: Page) -> String {
    match page {
        Page::Role => "role".into(),
        Page::Theme(i) => format!("theme-{i}"),
        Page::Ladder => "ladder".into(),
        Page::Done => "done".into(),
    }
}

fn role_page(flow: &Flow) -> String {
    let lang = flow.lang;
    let chosen = flow.answer.role;
    let buttons: String = Role::ALL
        .iter()
        .map(|r| {
            toggle(
                &format!("role:{}", r.slug()),
                chosen == Some(*r),
                &escape(RoleText::from(*r).get(lang)),
                "",
            )
        })
        .chain(std::iter::once(toggle(
            "role:none",
            chosen.is_none(),
            &t(P::PreferNotToSay, lang),
            " toggle--quiet",
        )))
        .collect();
    format!(
        r#"<h1 tabindex="-1">{title}</h1><p>{intro}</p><div class="phone__choices" role="group" aria-label="{title}">{buttons}</div>"#,
        title = t(P::RoleTitle, lang),
        intro = t(P::RoleIntro, lang),
    )
}

fn theme_page(flow: &Flow, index: usize) -> String {
    let lang = flow.lang;
    let Some(theme) = THEMES.get(index) else {
        return String::new();
    };
    let count = fill(
        P::ThemeOf.get(lang),
        &[
            ("n", &(index + 1).to_string()),
            ("total", &THEMES.len().to_string()),
        ],
    );
    let rows: String = theme
        .rows
        .iter()
        .map(|row| {
            let side = |text: Option<&str>, which: Side, label: P, act: &str| {
                text.map(|text| {
                    let pressed = flow.marked(row.id, which);
                    format!(
                        r#"<div class="phone__side phone__side--{act}"><p class="phone__side-name">{name}</p><p>{text}</p>{button}</div>"#,
                        name = t(label, lang),
                        text = escape(text),
                        button = toggle(
                            &format!("mark:{act}:{}", row.id),
                            pressed,
                            &t(P::Recognise, lang),
                            &format!(" toggle--{act}")
                        ),
                    )
                })
            };
            format!(
                r#"<li class="phone__row">{}{}</li>"#,
                side(row.success.map(|s| pick(s, lang)), Side::Success, P::SuccessFactor, "success")
                    .unwrap_or_default(),
                side(
                    row.bottleneck.map(|b| pick(b, lang)),
                    Side::Bottleneck,
                    P::Bottleneck,
                    "bottleneck"
                )
                .unwrap_or_default(),
            )
        })
        .collect();
    format!(
        r#"<p class="phone__count">{count} · {perspective}</p><h1 tabindex="-1">{theme}</h1><p class="phone__hint">{intro}</p><ul class="phone__rows">{rows}</ul>"#,
        count = escape(&count),
        perspective = escape(pick(theme.perspective, lang)),
        theme = escape(pick(theme.name, lang)),
        intro = t(P::MarkIntro, lang),
    )
}

fn rung_label(rung: Rung, lang: Lang) -> String {
    let text = &RUNGS[usize::from(rung.number() - 1)];
    format!(
        r#"<strong>{}. {}</strong><span>{}</span>"#,
        rung.number(),
        escape(pick(text.name, lang)),
        escape(pick(text.summary, lang))
    )
}

fn ladder_page(flow: &Flow) -> String {
    let lang = flow.lang;
    let group = |which: &str, chosen: Option<Rung>, title: P| {
        let buttons: String = Rung::ALL
            .iter()
            .rev()
            .map(|r| {
                toggle(
                    &format!("{which}:{}", r.number()),
                    chosen == Some(*r),
                    &rung_label(*r, lang),
                    " toggle--rung",
                )
            })
            .chain(std::iter::once(toggle(
                &format!("{which}:0"),
                chosen.is_none(),
                &t(P::DontKnow, lang),
                " toggle--quiet",
            )))
            .collect();
        format!(
            r#"<h2 id="ladder-{which}">{title}</h2><div class="phone__choices" role="group" aria-labelledby="ladder-{which}">{buttons}</div>"#,
            title = t(title, lang),
        )
    };
    format!(
        r#"<h1 tabindex="-1">{title}</h1>{now}{wanted}<p class="phone__source">{label}: {source}</p>"#,
        title = t(P::LadderTitle, lang),
        now = group("now", flow.answer.now, P::LadderNow),
        wanted = group("wanted", flow.answer.wanted, P::LadderWanted),
        label = escape(LadderText::Citation.get(lang)),
        source = escape(LADDER_CITATION),
    )
}

/// "Hierin zit: leerkracht, 9 rijen gemarkeerd, ladder nu 2, gewenst 3."
pub fn contents(flow: &Flow) -> String {
    let lang = flow.lang;
    let role = flow.answer.role.map_or_else(
        || P::ContentsNoRole.get(lang).to_string(),
        |r| RoleText::from(r).get(lang).to_lowercase(),
    );
    let count = flow.answer.marks.len();
    let marks = if count == 1 {
        P::ContentsMarksOne.get(lang).to_string()
    } else {
        fill(P::ContentsMarks.get(lang), &[("count", &count.to_string())])
    };
    let rung = |r: Option<Rung>| {
        r.map_or_else(|| P::Open.get(lang).to_string(), |r| r.number().to_string())
    };
    let ladder = fill(
        P::ContentsLadder.get(lang),
        &[
            ("now", &rung(flow.answer.now)),
            ("wanted", &rung(flow.answer.wanted)),
        ],
    );
    fill(
        P::Contents.get(lang),
        &[("role", &role), ("marks", &marks), ("ladder", &ladder)],
    )
}

fn done_page(flow: &Flow, link: &str, qr_svg: Option<&str>) -> String {
    let lang = flow.lang;
    let grouped = code::grouped(&flow.code());
    format!(
        r#"<h1 tabindex="-1">{title}</h1><p>{how}</p>
<figure class="phone__qr" role="img" aria-label="{qr_label}" data-testid="phone-qr">{qr}</figure>
<p class="phone__code-label">{code_label}</p><p class="phone__code" data-testid="phone-code">{grouped}</p>
<div class="phone__share"><button type="button" class="button" data-act="share" data-testid="phone-share">{share}</button><button type="button" class="button button--ghost" data-act="copy" data-testid="phone-copy">{copy}</button></div>
<p class="phone__status" role="status" data-testid="phone-status"></p>
<p class="phone__link"><a href="{href}" data-testid="phone-link">{link_text}</a></p>
<p class="phone__contents" data-testid="phone-contents">{contents}</p>
<p class="phone__hint">{resend}</p><p class="phone__hint">{kept}</p>
<button type="button" class="button button--ghost" data-act="restart">{change}</button>"#,
        title = t(P::DoneTitle, lang),
        how = t(P::DoneHow, lang),
        qr_label = t(P::QrLabel, lang),
        qr = qr_svg.unwrap_or_default(),
        code_label = t(P::CodeLabel, lang),
        grouped = escape(&grouped),
        share = t(P::Share, lang),
        copy = t(P::Copy, lang),
        href = escape(link),
        link_text = escape(link),
        contents = escape(&contents(flow)),
        resend = t(P::Resend, lang),
        kept = t(P::KeptHere, lang),
        change = t(P::Change, lang),
    )
}

/// The page shown when the address names no round.
pub fn no_round(lang: Lang) -> String {
    format!(
        r#"<header class="phone__bar"><span class="phone__name">Samen Doen</span></header><main class="phone__page"><h1 tabindex="-1">{}</h1></main>"#,
        t(P::NoRound, lang)
    )
}

#[cfg(test)]
mod tests;
