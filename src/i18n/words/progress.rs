//! Two meetings compared in words ("universeel: +3,5 uur sinds 12 maart 2026"), and dates
//! as a team says them.

use super::{percent_text, rung_name, tier_short};
use crate::i18n::format::{fill, format_count, signed_hours};
use crate::i18n::source::theme_name;
use crate::i18n::tables::ProgressWords as W;
use crate::i18n::{Lang, Text};
use crate::model::framework::framework;
use crate::model::progress::Difference;
use crate::model::pyramid::Tier;

const MONTHS: [W; 12] = [
    W::January,
    W::February,
    W::March,
    W::April,
    W::May,
    W::June,
    W::July,
    W::August,
    W::September,
    W::October,
    W::November,
    W::December,
];

/// An ISO date in words: "2026-03-12" → "12 maart 2026" / "12 March 2026". Anything that
/// is not a date comes back as it was.
pub fn date_words(iso: &str, lang: Lang) -> String {
    let mut parts = iso.splitn(3, '-');
    let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) else {
        return iso.to_string();
    };
    match (y.parse::<u32>(), m.parse::<usize>(), d.parse::<u32>()) {
        (Ok(y), Ok(m @ 1..=12), Ok(d @ 1..=31)) if y > 0 => {
            format!("{d} {} {y}", MONTHS[m - 1].get(lang))
        }
        _ => iso.to_string(),
    }
}

/// What a date is searched by: its words as the list shows them, and the ISO form a team
/// may also type ("2026-11"). Empty for no date.
pub fn date_search_text(iso: &str, lang: Lang) -> String {
    if iso.trim().is_empty() {
        return String::new();
    }
    let words = date_words(iso, lang);
    if words == iso {
        words
    } else {
        format!("{words} {iso}")
    }
}

/// An ISO date as day and month, then the year, for narrow column heads:
/// "2026-03-12" → ("12-3", "2026") in Dutch, ("12/3", "2026") in English.
pub fn date_short(iso: &str, lang: Lang) -> Option<(String, String)> {
    let mut parts = iso.splitn(3, '-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    let (m, d) = (m.parse::<u32>().ok()?, d.parse::<u32>().ok()?);
    let sep = match lang {
        Lang::Nl => '-',
        Lang::En => '/',
    };
    Some((format!("{d}{sep}{m}"), y.to_string()))
}

/// A signed count with an explicit plus ("+2", "-1", "0").
fn signed(n: i64, lang: Lang) -> String {
    let digits = format_count(n.unsigned_abs(), lang);
    match n.signum() {
        1 => format!("+{digits}"),
        -1 => format!("-{digits}"),
        _ => digits,
    }
}

/// What changed from the earlier meeting (named `since`) to the later one, as sentences:
/// every level, the available hours when they changed, each theme that changed, the
/// team's ladder place and the actions.
pub fn progress_sentences(d: &Difference, since: &str, lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    for tier in Tier::ALL {
        let delta = d.minutes[tier.index()];
        let level = tier_short(tier).get(lang);
        let (from, to) = (
            percent_text(d.shares.0[tier.index()], lang),
            percent_text(d.shares.1[tier.index()], lang),
        );
        let hours = signed_hours(delta, lang);
        let template = if delta == 0 {
            W::LevelSame
        } else {
            W::LevelChange
        };
        out.push(fill(
            template.get(lang),
            &[
                ("level", level),
                ("hours", &hours),
                ("since", since),
                ("from", &from),
                ("to", &to),
            ],
        ));
    }
    if d.available != 0 {
        out.push(fill(
            W::AvailableChange.get(lang),
            &[
                ("hours", &signed_hours(d.available, lang)),
                ("since", since),
            ],
        ));
    }
    for (id, success, bottlenecks) in &d.themes {
        let name = framework()
            .themes()
            .find(|(_, t)| t.id == *id)
            .map_or(id.as_str(), |(_, t)| theme_name(t, lang));
        out.push(fill(
            W::ThemeChange.get(lang),
            &[
                ("theme", name),
                ("success", &signed(*success, lang)),
                ("bottlenecks", &signed(*bottlenecks, lang)),
            ],
        ));
    }
    match d.ladder {
        (Some(a), Some(b)) if a == b => out.push(fill(
            W::LadderSame.get(lang),
            &[("rung", &rung_name(a, lang))],
        )),
        (Some(a), Some(b)) => out.push(fill(
            W::LadderMoved.get(lang),
            &[("from", &rung_name(a, lang)), ("to", &rung_name(b, lang))],
        )),
        _ => {}
    }
    out.push(fill(
        W::ActionsChange.get(lang),
        &[
            ("added", &format_count(d.actions_added as u64, lang)),
            ("done", &format_count(d.actions_done as u64, lang)),
        ],
    ));
    out
}

#[cfg(test)]
mod tests;
