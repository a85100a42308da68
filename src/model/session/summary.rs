//! What the session list shows of a session: enough to list, order and search it without
//! the session itself (the home screen lists these from the stored index at start).

use super::{search, Session};

/// One line of the session list.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// Session id.
    pub id: String,
    /// Title.
    pub title: String,
    /// School.
    pub school: String,
    /// Meeting date (ISO or empty).
    pub date: String,
    /// Creation time, milliseconds since the Unix epoch.
    pub created_ms: u64,
    /// Last change, milliseconds since the Unix epoch.
    pub updated_ms: u64,
}

impl Summary {
    /// The summary of `session`.
    pub fn of(session: &Session) -> Summary {
        Summary {
            id: session.id.clone(),
            title: session.title.clone(),
            school: session.school.clone(),
            date: session.date.clone(),
            created_ms: session.created_ms,
            updated_ms: session.updated_ms,
        }
    }
}

/// The list order: last changed first, then last created, then by id (so equal times
/// never reorder between renders). Shared by sessions and summaries, so the list does not
/// move when the home screen switches from the index to the sessions themselves.
pub fn newest_first_order(a: (u64, u64, &str), b: (u64, u64, &str)) -> std::cmp::Ordering {
    (b.0, b.1).cmp(&(a.0, a.1)).then_with(|| a.2.cmp(b.2))
}

/// Whether a session with this title, school and date is found by `query` (every word of
/// the query, accents and case ignored). The model knows no language: `date_text` is what
/// the date reads as where it is shown (the list shows "24 november 2026", so "november"
/// must find it), given by the caller.
pub fn found(
    title: &str,
    school: &str,
    date: &str,
    date_text: &dyn Fn(&str) -> String,
    query: &str,
) -> bool {
    search::matches(&format!("{title} {school} {}", date_text(date)), query)
}

/// `items` in list order, those found by `query` only (all of them for an empty query);
/// `date_text` as in [`found`].
pub fn listed<'a>(
    items: &'a [Summary],
    query: &str,
    date_text: &dyn Fn(&str) -> String,
) -> Vec<&'a Summary> {
    let mut list: Vec<&Summary> = items
        .iter()
        .filter(|s| {
            query.trim().is_empty() || found(&s.title, &s.school, &s.date, date_text, query)
        })
        .collect();
    crate::model::order::sort_by(&mut list, |a, b| {
        newest_first_order(
            (a.updated_ms, a.created_ms, &a.id),
            (b.updated_ms, b.created_ms, &b.id),
        )
    });
    list
}

#[cfg(test)]
mod tests;
