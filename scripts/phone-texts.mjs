// Writes src/phone/texts.rs: the Raamwerk's and the ladder's texts the answer page shows, as
// Rust statics, so the phone's binary carries no JSON parser and no quotes it never shows.
// The data stays in data/*.json; a native test (src/phone/texts/tests.rs) holds this file to
// it, so a changed text fails the tests until this is run again:
//   node scripts/phone-texts.mjs
import { readFileSync, writeFileSync } from "node:fs";

const root = new URL("..", import.meta.url);
const raamwerk = JSON.parse(readFileSync(new URL("data/raamwerk.json", root), "utf8"));
const ladder = JSON.parse(readFileSync(new URL("data/ladder.json", root), "utf8"));
const s = (text) => (text == null ? "None" : `Some(${JSON.stringify(text)})`);
const q = (text) => JSON.stringify(text ?? "");

let out = `//! The texts the answer page shows, written by \`scripts/phone-texts.mjs\` from
//! \`data/raamwerk.json\` and \`data/ladder.json\` (Dutch source, our English translation);
//! do not edit by hand. A test holds them to the data.

/// One row of a theme: its id, and each side in Dutch and English (\`None\`: the source has
/// no such side).
pub struct RowText {
    /// Framework row id.
    pub id: &'static str,
    /// The success factor (Dutch, English).
    pub success: Option<(&'static str, &'static str)>,
    /// The bottleneck (Dutch, English).
    pub bottleneck: Option<(&'static str, &'static str)>,
}

/// One theme with its perspective's name.
pub struct ThemeText {
    /// The perspective's name (Dutch, English).
    pub perspective: (&'static str, &'static str),
    /// The theme's name (Dutch, English).
    pub name: (&'static str, &'static str),
    /// Its rows, in source order.
    pub rows: &'static [RowText],
}

/// A ladder rung: its name and short description (Dutch, English).
pub struct RungText {
    /// The name.
    pub name: (&'static str, &'static str),
    /// The short description.
    pub summary: (&'static str, &'static str),
}

/// The themes in source order.
pub const THEMES: &[ThemeText] = &[
`;
for (const p of raamwerk.perspectives) {
  for (const t of p.themes) {
    out += `    ThemeText {\n        perspective: (${q(p.name)}, ${q(p.name_en)}),\n        name: (${q(t.name)}, ${q(t.name_en)}),\n        rows: &[\n`;
    for (const r of t.rows) {
      const side = (nl, en) => (nl == null ? "None" : `Some((${q(nl)}, ${q(en)}))`);
      out += `            RowText {\n                id: ${q(r.id)},\n                success: ${side(r.success, r.success_en)},\n                bottleneck: ${side(r.bottleneck, r.bottleneck_en)},\n            },\n`;
    }
    out += `        ],\n    },\n`;
  }
}
out += `];

/// The ladder's rungs, lowest first.
pub const RUNGS: [RungText; 4] = [
`;
for (const r of ladder.rungs) {
  out += `    RungText {\n        name: (${q(r.name)}, ${q(r.name_en)}),\n        summary: (${q(r.summary)}, ${q(r.summary_en)}),\n    },\n`;
}
out += `];

/// How to cite the ladder's source.
pub const LADDER_CITATION: &str = ${q(ladder.citation)};

#[cfg(test)]
mod tests;
`;
void s;
writeFileSync(new URL("src/phone/texts.rs", root), out);
console.log("src/phone/texts.rs written");
