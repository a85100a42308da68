//! The text tables, one per area of the app.

mod actions;
mod answers;
mod app;
mod framework;
mod keeping;
mod ladder;
mod meeting;
mod privacy;
mod progress;
mod pyramid;
mod report;
mod roles;
mod screens;
mod sessions;
mod sheets;
mod tiers;
mod transfer;

pub use actions::ActionsText;
pub use answers::{PhoneText, RoundText};
pub use app::{Nav, Shell};
pub use framework::FrameworkText;
pub use keeping::KeepText;
pub use ladder::LadderText;
pub use meeting::MeetingText;
pub use privacy::PrivacyText;
pub use progress::{ProgressText, ProgressWords};
pub use pyramid::PyramidText;
pub use report::ReportText;
pub use roles::RoleText;
pub use screens::Screens;
pub use sessions::{NoticeText, SessionsText};
pub use sheets::SheetText;
pub use tiers::TierText;
pub use transfer::TransferText;

use super::{Lang, Text};

/// Looks up one key's text in a language.
pub type TextFn = Box<dyn Fn(Lang) -> &'static str>;

/// Every key of every table with its Dutch and English text, for the completeness test.
pub fn all_texts() -> Vec<(String, TextFn)> {
    fn collect<T: Text + std::fmt::Debug + 'static>(keys: &'static [T]) -> Vec<(String, T)> {
        keys.iter().map(|k| (format!("{k:?}"), *k)).collect()
    }
    let mut out: Vec<(String, TextFn)> = Vec::new();
    macro_rules! add {
        ($($table:ident),+) => {$(
            for (name, key) in collect($table::ALL) {
                out.push((format!("{}::{name}", stringify!($table)), Box::new(move |l| key.get(l))));
            }
        )+};
    }
    add!(
        Nav,
        Shell,
        Screens,
        PrivacyText,
        ProgressText,
        ProgressWords,
        PyramidText,
        SessionsText,
        SheetText,
        NoticeText,
        FrameworkText,
        LadderText,
        MeetingText,
        ActionsText,
        ReportText,
        RoleText,
        TierText,
        TransferText,
        PhoneText,
        RoundText,
        KeepText
    );
    out
}
