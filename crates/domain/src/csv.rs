//! CSV files for a school office's spreadsheet (#18): RFC 4180 fields, CRLF line ends, UTF-8
//! with a byte-order mark (so spreadsheet programs open Persian text as Persian, not as Latin-1
//! noise).
//!
//! A cell a person typed can reach a spreadsheet that runs formulas: a field that begins with
//! `=`, `+`, `-`, `@`, a tab or a carriage return is written with a leading apostrophe, so
//! `=HYPERLINK(…)` typed as a member code stays text. A plain number (`-1.5`, `20`) is left as
//! it is, so the numbers stay numbers: no spreadsheet reads one as a formula.

/// The byte-order mark that starts every file.
pub const BOM: char = '\u{feff}';

/// Whether `s` is a plain decimal number: an optional `-`, digits, and optionally a point and
/// digits.
fn plain_number(s: &str) -> bool {
    let body = s.strip_prefix('-').unwrap_or(s);
    let (whole, frac) = body.split_once('.').unwrap_or((body, "0"));
    !whole.is_empty()
        && !frac.is_empty()
        && whole.bytes().all(|b| b.is_ascii_digit())
        && frac.bytes().all(|b| b.is_ascii_digit())
}

/// One field as written: formula starts disarmed, then quoted when it holds a comma, a quote
/// or a line break (a quote doubled inside).
pub fn field(s: &str) -> String {
    let risky = s.starts_with(['=', '+', '-', '@', '\t', '\r']) && !plain_number(s);
    let text = if risky { format!("'{s}") } else { s.to_owned() };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// A whole file: the byte-order mark, then each row's fields joined by commas, each row ended
/// by CRLF.
pub fn file(rows: &[Vec<String>]) -> String {
    let mut out = String::from(BOM);
    for row in rows {
        let line: Vec<String> = row.iter().map(|c| field(c)).collect();
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    }
    out
}

/// A number for a cell: ASCII digits, one decimal, a point (what spreadsheets read in any
/// language); empty when there is none.
pub fn decimal(v: Option<f64>) -> String {
    v.map(|v| format!("{v:.1}")).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_stay_text_and_numbers_stay_numbers() {
        for typed in [
            "=HYPERLINK(\"http://x\")",
            "+1+1",
            "-2+3",
            "@SUM(A1)",
            "\tx",
            "\rx",
        ] {
            assert!(
                field(typed).trim_start_matches('"').starts_with('\''),
                "{typed}"
            );
        }
        assert_eq!(field("=1+1"), "'=1+1");
        assert_eq!(field("-1.5"), "-1.5");
        assert_eq!(field("-10"), "-10");
        assert_eq!(field("20.0"), "20.0");
        assert_eq!(field("-"), "'-");
        assert_eq!(field("-.5"), "'-.5");
        assert_eq!(field("M1"), "M1");
    }

    #[test]
    fn fields_are_quoted_as_rfc_4180_says() {
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("two\nlines"), "\"two\nlines\"");
        assert_eq!(field("=a,b"), "\"'=a,b\"");
        assert_eq!(field("گروه، مطالعه"), "گروه، مطالعه");
    }

    #[test]
    fn a_file_starts_with_the_mark_and_ends_rows_with_crlf() {
        let rows = vec![
            vec!["عضو".to_owned(), "x,y".to_owned()],
            vec!["M1".to_owned(), decimal(Some(2.75))],
        ];
        assert_eq!(file(&rows), "\u{feff}عضو,\"x,y\"\r\nM1,2.8\r\n");
        assert_eq!(decimal(None), "");
    }
}
