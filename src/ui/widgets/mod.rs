//! Parts that two or more screens use. A widget imports `state`, `browser`, `i18n` and
//! `model`, never a screen.

pub(crate) mod answers;
pub(crate) mod downloads;
pub(crate) mod hours_field;
pub(crate) mod isf_tips;
pub(crate) mod keeping;
pub(crate) mod next_meeting;
pub(crate) mod pyramid_drawing;
pub(crate) mod role_picker;
pub(crate) mod save_indicator;
pub(crate) mod share_dialog;
pub(crate) mod source_lang;
pub(crate) mod text_field;
