//! The pyramid as a picture to paste into a school plan: a self-contained SVG (the system
//! font stack, no external reference of any kind) with the bars, the target outlines, a
//! label per level, a legend, and the school and date. The PNG is this SVG drawn on a
//! canvas in the browser.
//!
//! The words come in as [`PictureText`]; this writes the file and knows no language.

use crate::model::pyramid::drawing::{Drawing, Row};
use crate::model::pyramid::Tier;

/// Everything the picture says, already in the user's language.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PictureText {
    /// The title ("Ondersteuningspiramide — huidig").
    pub title: String,
    /// School and date ("De Linde · 2026-11-24").
    pub subtitle: String,
    /// One label per row of the drawing, top to bottom ("Individueel — 8 uur · 67 %").
    pub rows: Vec<String>,
    /// The legend of the outline ("stippellijn: het doel").
    pub legend: String,
    /// The source line at the bottom.
    pub source: String,
    /// What the board and the report warn about, if anything ("12,25 of 12 hours …").
    pub warning: Option<String>,
}

/// The picture's height for `rows` rows of the drawing, with or without a warning line.
pub fn picture_height(rows: usize, warning: bool) -> f64 {
    TOP + rows as f64 * ROW + 110.0 + if warning { 40.0 } else { 0.0 }
}

/// Width of the picture in pixels (the PNG is twice this).
pub const PICTURE_WIDTH: f64 = 1200.0;
const BARS_WIDTH: f64 = 600.0;
const TOP: f64 = 110.0;
const ROW: f64 = 96.0;

/// The fill and the mark colour of a row.
fn colours(row: Row) -> (&'static str, &'static str) {
    match row {
        Row::Tier(Tier::Universal) => ("#d5efec", "#127a74"),
        Row::Tier(Tier::Targeted) => ("#fbe8c8", "#a86400"),
        Row::Tier(Tier::Individual) => ("#e8def5", "#6b3fa0"),
        Row::Free => ("#ffffff", "#5d6673"),
    }
}

fn slug(row: Row) -> &'static str {
    match row {
        Row::Tier(t) => t.slug(),
        Row::Free => "free",
    }
}

/// `text` safe inside SVG text and attributes.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Control characters are not allowed in XML.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// The SVG file of `drawing` with `text`.
pub fn spread_svg(drawing: &Drawing, text: &PictureText) -> String {
    let rows = drawing.rows.len() as f64;
    let height = picture_height(drawing.rows.len(), text.warning.is_some());
    let scale_x = BARS_WIDTH / crate::model::pyramid::drawing::WIDTH;
    let scale_y = ROW / crate::model::pyramid::drawing::ROW;
    let font = "font-family=\"system-ui, -apple-system, Segoe UI, Roboto, Helvetica Neue, Arial, sans-serif\"";
    let mut out = String::new();
    out.push_str(&format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{PICTURE_WIDTH}\" height=\"{height}\" viewBox=\"0 0 {PICTURE_WIDTH} {height}\" {font}>"
    ));
    out.push_str(&format!("<title>{}</title>", escape(&text.title)));
    out.push_str("<defs>");
    for row in [
        Row::Tier(Tier::Universal),
        Row::Tier(Tier::Targeted),
        Row::Tier(Tier::Individual),
        Row::Free,
    ] {
        let (_, mark) = colours(row);
        let shape = match row {
            Row::Tier(Tier::Universal) => {
                format!("<path d=\"M0 7 H14\" stroke=\"{mark}\" stroke-width=\"2\"/>")
            }
            Row::Tier(Tier::Targeted) => {
                format!("<path d=\"M0 14 L14 0\" stroke=\"{mark}\" stroke-width=\"2\"/>")
            }
            Row::Tier(Tier::Individual) => {
                format!("<circle cx=\"7\" cy=\"7\" r=\"2.5\" fill=\"{mark}\"/>")
            }
            Row::Free => {
                format!("<path d=\"M0 14 L14 0\" stroke=\"{mark}\" stroke-width=\"1.5\"/>")
            }
        };
        out.push_str(&format!(
            "<pattern id=\"pat-{}\" width=\"14\" height=\"14\" patternUnits=\"userSpaceOnUse\">{shape}</pattern>",
            slug(row)
        ));
    }
    out.push_str("</defs>");
    out.push_str(&format!(
        "<rect width=\"{PICTURE_WIDTH}\" height=\"{height}\" fill=\"#ffffff\"/>"
    ));
    out.push_str(&format!(
        "<text x=\"40\" y=\"52\" font-size=\"32\" font-weight=\"700\" fill=\"#000000\">{}</text>",
        escape(&text.title)
    ));
    out.push_str(&format!(
        "<text x=\"40\" y=\"88\" font-size=\"22\" fill=\"#1c2430\">{}</text>",
        escape(&text.subtitle)
    ));
    for (i, (row, bar)) in drawing.rows.iter().enumerate() {
        let (fill, _) = colours(*row);
        let (x, y, w, h) = (
            40.0 + bar.x * scale_x,
            TOP + bar.y * scale_y,
            bar.width * scale_x,
            bar.height * scale_y,
        );
        let dash = if *row == Row::Free {
            " stroke-dasharray=\"6 4\""
        } else {
            ""
        };
        out.push_str(&format!(
            "<rect data-row=\"{}\" x=\"{x:.2}\" y=\"{y:.2}\" width=\"{w:.2}\" height=\"{h:.2}\" fill=\"{fill}\" stroke=\"#000000\" stroke-width=\"2\"{dash}/>",
            slug(*row)
        ));
        out.push_str(&format!(
            "<rect x=\"{x:.2}\" y=\"{y:.2}\" width=\"{w:.2}\" height=\"{h:.2}\" fill=\"url(#pat-{})\"/>",
            slug(*row)
        ));
        if let Some(label) = text.rows.get(i) {
            out.push_str(&format!(
                "<text x=\"{}\" y=\"{:.2}\" font-size=\"24\" fill=\"#000000\">{}</text>",
                40.0 + BARS_WIDTH + 30.0,
                y + h / 2.0 + 8.0,
                escape(label)
            ));
        }
    }
    for tier in Tier::ALL {
        let b = drawing.target[tier.index()];
        out.push_str(&format!(
            "<rect data-target=\"{}\" x=\"{:.2}\" y=\"{:.2}\" width=\"{:.2}\" height=\"{:.2}\" fill=\"none\" stroke=\"#000000\" stroke-width=\"3\" stroke-dasharray=\"10 6\"/>",
            tier.slug(),
            40.0 + b.x * scale_x,
            TOP + b.y * scale_y,
            b.width * scale_x,
            b.height * scale_y
        ));
    }
    let legend_y = TOP + rows * ROW + 40.0;
    out.push_str(&format!(
        "<line x1=\"40\" y1=\"{legend_y}\" x2=\"100\" y2=\"{legend_y}\" stroke=\"#000000\" stroke-width=\"3\" stroke-dasharray=\"10 6\"/>"
    ));
    out.push_str(&format!(
        "<text x=\"115\" y=\"{}\" font-size=\"22\" fill=\"#1c2430\">{}</text>",
        legend_y + 7.0,
        escape(&text.legend)
    ));
    out.push_str(&format!(
        "<text x=\"40\" y=\"{}\" font-size=\"18\" fill=\"#1c2430\">{}</text>",
        legend_y + 45.0,
        escape(&text.source)
    ));
    if let Some(warning) = &text.warning {
        out.push_str(&format!(
            "<text x=\"40\" y=\"{}\" font-size=\"22\" font-weight=\"700\" fill=\"#a3241d\" data-warning=\"over-allocated\">{}</text>",
            legend_y + 85.0,
            escape(warning)
        ));
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests;
