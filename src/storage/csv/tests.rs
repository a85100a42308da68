use super::*;

/// A small RFC 4180 reader, to check that what is written reads back.
fn parse(text: &str, sep: char) -> Vec<Vec<String>> {
    let text = text.strip_prefix(BOM).unwrap_or(text);
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') if cell.is_empty() => quoted = true,
            (false, c) if c == sep => row.push(std::mem::take(&mut cell)),
            (false, '\r') if chars.peek() == Some(&'\n') => {
                chars.next();
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => cell.push(c),
        }
    }
    rows
}

fn sheet() -> Sheet {
    Sheet {
        header: vec!["Activiteit".into(), "Uur per week".into()],
        rows: vec![
            vec![
                Cell::Text("Lessen; groep 5".into()),
                Cell::Number("3,5".into()),
            ],
            vec![
                Cell::Text("Zei \"ja\"\nen nee".into()),
                Cell::Number("-1,25".into()),
            ],
            vec![
                Cell::Text("=HYPERLINK(\"x\")".into()),
                Cell::Number("0".into()),
            ],
            vec![Cell::Text("@SUM(A1)".into()), Cell::Text("+31 6".into())],
            vec![Cell::Text("-2 uur".into()), Cell::Text(" spatie".into())],
        ],
    }
}

#[test]
fn dutch_excel_gets_semicolons_a_bom_and_crlf() {
    let text = write(&sheet(), Dialect::DUTCH);
    assert!(text.starts_with('\u{feff}'));
    assert!(text.contains("Activiteit;Uur per week\r\n"));
    assert!(text.contains("\"Lessen; groep 5\";3,5\r\n"));
    assert!(!text.replace("\r\n", "").contains('\r') || text.contains("\"Zei"));
}

#[test]
fn english_excel_gets_commas() {
    let mut s = sheet();
    s.rows[0][1] = Cell::Number("3.5".into());
    let text = write(&s, Dialect::ENGLISH);
    assert!(text.contains("Activiteit,Uur per week\r\n"));
    assert!(text.contains("Lessen; groep 5,3.5\r\n"));
}

#[test]
fn formulas_are_neutralised_and_numbers_are_not() {
    let text = write(&sheet(), Dialect::DUTCH);
    let rows = parse(&text, ';');
    assert_eq!(rows[3][0], "'=HYPERLINK(\"x\")");
    assert_eq!(rows[4][0], "'@SUM(A1)");
    assert_eq!(rows[4][1], "'+31 6");
    assert_eq!(rows[5][0], "'-2 uur");
    assert_eq!(rows[2][1], "-1,25", "a negative number stays a number");
}

#[test]
fn everything_reads_back_through_a_csv_reader() {
    for (dialect, sep) in [(Dialect::DUTCH, ';'), (Dialect::ENGLISH, ',')] {
        let s = sheet();
        let rows = parse(&write(&s, dialect), sep);
        assert_eq!(rows.len(), s.rows.len() + 1);
        assert_eq!(rows[0], s.header);
        assert_eq!(rows[2][0], "Zei \"ja\"\nen nee");
        assert_eq!(rows[1][0], "Lessen; groep 5");
        assert_eq!(rows[5][1], " spatie");
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod props {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn any_text_round_trips(cells in prop::collection::vec(prop::collection::vec(any::<String>(), 1..5), 1..6)) {
            let width = cells.iter().map(Vec::len).max().unwrap_or(1);
            let rows: Vec<Vec<Cell>> = cells
                .iter()
                .map(|r| (0..width).map(|i| Cell::Number(r.get(i).cloned().unwrap_or_default())).collect())
                .collect();
            let sheet = Sheet { header: (0..width).map(|i| format!("c{i}")).collect(), rows };
            for (dialect, sep) in [(Dialect::DUTCH, ';'), (Dialect::ENGLISH, ',')] {
                let back = parse(&write(&sheet, dialect), sep);
                for (r, row) in sheet.rows.iter().enumerate() {
                    for (c, cell) in row.iter().enumerate() {
                        let Cell::Number(want) = cell else { unreachable!() };
                        // A lone CR in data would need quoting too; the writer quotes it.
                        prop_assert_eq!(&back[r + 1][c], want);
                    }
                }
            }
        }
    }
}
