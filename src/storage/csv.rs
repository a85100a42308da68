//! CSV for spreadsheets: the way Excel reads it in the user's language. Dutch Excel splits
//! on `;` and writes 3,5; English on `,` with 3.5. Always UTF-8 with a byte-order mark (or
//! Excel guesses a legacy code page) and CRLF line ends.
//!
//! The words of a table are made elsewhere (`crate::i18n::sheets`); this only writes cells.
//! A text cell that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, a tab or a
//! carriage return at the start) gets a leading apostrophe, so it is shown as typed.

/// How a CSV file separates and writes numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Dialect {
    /// `;` (Dutch) or `,` (English).
    pub separator: char,
}

impl Dialect {
    /// What Dutch Excel reads: `;`.
    pub const DUTCH: Dialect = Dialect { separator: ';' };
    /// What English Excel reads: `,`.
    pub const ENGLISH: Dialect = Dialect { separator: ',' };
}

/// One cell.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cell {
    /// Text as the team typed it or the app says it; neutralised if it looks like a formula.
    Text(String),
    /// A number already written the language's way ("3,5"); never neutralised.
    Number(String),
}

/// A table: a header row and data rows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sheet {
    /// Column names.
    pub header: Vec<String>,
    /// The rows.
    pub rows: Vec<Vec<Cell>>,
}

/// The byte-order mark that tells Excel the file is UTF-8.
pub const BOM: char = '\u{feff}';

/// A text that would start a formula, made harmless.
fn neutralise(text: &str) -> String {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}"),
        _ => text.to_string(),
    }
}

fn field(value: &str, d: Dialect) -> String {
    let needs = value.contains(d.separator)
        || value.contains('"')
        || value.contains('\n')
        || value.contains('\r')
        || value.starts_with(' ')
        || value.ends_with(' ');
    if needs {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_string()
    }
}

/// The sheet as CSV text in `dialect`, starting with [`BOM`], lines ending in CRLF.
pub fn write(sheet: &Sheet, dialect: Dialect) -> String {
    let sep = dialect.separator.to_string();
    let mut out = String::new();
    out.push(BOM);
    let header: Vec<String> = sheet
        .header
        .iter()
        .map(|h| field(&neutralise(h), dialect))
        .collect();
    out.push_str(&header.join(&sep));
    out.push_str("\r\n");
    for row in &sheet.rows {
        let cells: Vec<String> = row
            .iter()
            .map(|c| match c {
                Cell::Text(t) => field(&neutralise(t), dialect),
                Cell::Number(n) => field(n, dialect),
            })
            .collect();
        out.push_str(&cells.join(&sep));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests;
