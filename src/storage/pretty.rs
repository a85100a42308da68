//! Readable JSON from compact JSON, laid out exactly as `serde_json::to_string_pretty` does
//! (two spaces, `": "`, empty `[]` and `{}` on one line).
//!
//! Why not `to_string_pretty`: serde compiles every stored type's `Serialize` once per
//! output format, so a second, pretty format for the export file doubled that code in the
//! WebAssembly. Writing compact JSON (which storage needs anyway) and laying it out here
//! keeps one. The native test checks the output against `to_string_pretty` byte for byte.

/// Lays out `compact` (JSON without whitespace outside strings, as `serde_json::to_string`
/// writes it) with line breaks and indentation.
pub fn pretty(compact: &str) -> String {
    let mut out = String::with_capacity(compact.len() + compact.len() / 2);
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut chars = compact.chars().peekable();
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        for _ in 0..depth {
            out.push_str("  ");
        }
    };
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '[' | '{' => {
                out.push(c);
                let close = if c == '[' { ']' } else { '}' };
                if chars.peek() == Some(&close) {
                    out.push(close);
                    chars.next();
                } else {
                    depth += 1;
                    newline(&mut out, depth);
                }
            }
            ']' | '}' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(c);
            }
            ',' => {
                out.push(',');
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests;
