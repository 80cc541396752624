//! How list and single-object commands print: the default table, `json`, or
//! a Go template (optionally `table ...` with a header and aligned columns).
//!
//! Each command turns its results into `serde_json::Value` rows whose keys
//! are the names docker's templates use (`ID`, `Repository`, ...), and
//! describes its default table as [`Column`]s; everything about layout lives
//! here so `images`, `history`, `ps` ... print alike.

use super::template::{go_string, Template};
use serde::Serialize;
use serde_json::Value;
use std::io::Write;

/// Smallest width of an aligned column, including its padding. docker
/// aligns with Go's `tabwriter.NewWriter(out, 10, 1, 3, ' ', 0)`, so a short
/// column such as `TAG` is still 10 characters wide.
const MIN_WIDTH: usize = 10;
/// Spaces after the widest cell of a column.
const PADDING: usize = 3;

/// What `--format` asked for.
#[derive(Debug, Clone)]
pub enum OutputFormat {
    /// The command's default table (no `--format`, or `--format table`).
    Table,
    /// The default table without its header line (`--noheading`).
    TableNoHeader,
    /// `--format json`: a pretty-printed JSON array (or object).
    Json,
    /// A Go template. `table` is set when the format started with `table`:
    /// rows are then tab-separated cells aligned into columns, under a header
    /// unless `header` is false.
    Template { template: Template, table: bool, header: bool },
}

impl OutputFormat {
    /// Reads a `--format` value the way docker does: nothing, "" or "table"
    /// is the default table, "json" is JSON, "table ..." is an aligned
    /// template with a header, anything else is a template printed once per
    /// row. `\t` and `\n` typed literally in the shell (backslash, letter)
    /// become a tab and a newline, outside `{{ }}` actions only, so string
    /// literals inside actions keep Go's own escapes.
    pub fn parse(spec: Option<&str>) -> anyhow::Result<OutputFormat> {
        let spec = spec.unwrap_or("").trim_matches(' ');
        match spec {
            "" | "table" => return Ok(OutputFormat::Table),
            "json" => return Ok(OutputFormat::Json),
            _ => {}
        }
        let (body, table) = match spec.strip_prefix("table") {
            Some(rest) if rest.starts_with(char::is_whitespace) || rest.starts_with("{{") => {
                (rest.trim_matches(' '), true)
            }
            _ => (spec, false),
        };
        let body = unescape_text(body);
        let template = Template::parse(&body).map_err(|e| anyhow::anyhow!("invalid --format template: {e}"))?;
        Ok(OutputFormat::Template { template, table, header: table })
    }

    /// The same format without a header line, for `--noheading`.
    pub fn without_header(self) -> OutputFormat {
        match self {
            OutputFormat::Table | OutputFormat::TableNoHeader => OutputFormat::TableNoHeader,
            OutputFormat::Template { template, table, .. } => OutputFormat::Template { template, table, header: false },
            OutputFormat::Json => OutputFormat::Json,
        }
    }
}

/// Replaces a literal backslash-t / backslash-n with a tab / newline in the
/// text between actions.
fn unescape_text(spec: &str) -> String {
    let mut out = String::with_capacity(spec.len());
    let mut rest = spec;
    while !rest.is_empty() {
        let (text, action) = match rest.find("{{") {
            Some(open) => {
                // An unclosed action is left for the template parser to report.
                let close = rest[open..].find("}}").map(|c| open + c + 2).unwrap_or(rest.len());
                (&rest[..open], &rest[open..close])
            }
            None => (rest, ""),
        };
        out.push_str(&text.replace("\\t", "\t").replace("\\n", "\n"));
        out.push_str(action);
        rest = &rest[text.len() + action.len()..];
    }
    out
}

/// One column of a command's default table: its header, and the key of the
/// row object it shows. The header also names the field in `table` templates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    pub header: &'static str,
    pub field: &'static str,
}

/// Prints a list of rows in the requested format.
pub fn render_rows(
    format: &OutputFormat,
    columns: &[Column],
    rows: &[Value],
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    match format {
        OutputFormat::Json => print_json(rows, out),
        OutputFormat::Table | OutputFormat::TableNoHeader => {
            let mut lines = Vec::with_capacity(rows.len() + 1);
            if matches!(format, OutputFormat::Table) {
                lines.push(columns.iter().map(|c| c.header.to_string()).collect());
            }
            for row in rows {
                lines.push(columns.iter().map(|c| cell(row, c.field)).collect());
            }
            out.write_all(tabwriter_align(&lines).as_bytes())?;
            Ok(())
        }
        OutputFormat::Template { template, table: false, .. } => {
            for row in rows {
                let text = template.render(row).map_err(|e| anyhow::anyhow!("rendering --format template: {e}"))?;
                writeln!(out, "{text}")?;
            }
            Ok(())
        }
        OutputFormat::Template { template, table: true, header } => {
            let mut text = String::new();
            if *header {
                text.push_str(&header_line(template, columns));
                text.push('\n');
            }
            for row in rows {
                text.push_str(&template.render(row).map_err(|e| anyhow::anyhow!("rendering --format template: {e}"))?);
                text.push('\n');
            }
            let lines: Vec<Vec<String>> = text.lines().map(|l| l.split('\t').map(str::to_string).collect()).collect();
            out.write_all(tabwriter_align(&lines).as_bytes())?;
            Ok(())
        }
    }
}

/// A row's value for one column, printed as Go would print it.
fn cell(row: &Value, field: &str) -> String {
    match row.get(field) {
        Some(Value::Null) | None => String::new(),
        Some(v) => go_string(v),
    }
}

/// The header of a `table` template, built as docker does: the template is
/// rendered against an object mapping each field to its header, so tabs and
/// literal text land where they land in the rows. If that rendering fails
/// or printf rejects a header string (`{{printf "%d" .Size}}`), the headers
/// are simply joined with tabs.
fn header_line(template: &Template, columns: &[Column]) -> String {
    let fields = template.fields();
    let headers: Vec<(String, String)> = fields
        .iter()
        .map(|f| {
            let h =
                columns.iter().find(|c| c.field == f).map(|c| c.header.to_string()).unwrap_or_else(|| header_for(f));
            (f.clone(), h)
        })
        .collect();
    let object: serde_json::Map<String, Value> =
        headers.iter().map(|(f, h)| (f.clone(), Value::String(h.clone()))).collect();
    match template.render(&Value::Object(object)) {
        // "%!d(string=SIZE)" is printf complaining about a header string.
        Ok(line) if !line.contains("%!") => line,
        _ => headers.into_iter().map(|(_, h)| h).collect::<Vec<_>>().join("\t"),
    }
}

/// A header for a field no column describes: upper case, with camel-case
/// words split (`CreatedAt` → `CREATED AT`, `IDMap` → `ID MAP`).
fn header_for(field: &str) -> String {
    let chars: Vec<char> = field.chars().collect();
    let mut out = String::with_capacity(field.len() + 4);
    for (i, &c) in chars.iter().enumerate() {
        if i > 0 && c.is_uppercase() {
            let prev = chars[i - 1];
            let next_lower = chars.get(i + 1).is_some_and(|n| n.is_lowercase());
            if prev.is_lowercase() || prev.is_ascii_digit() || (prev.is_uppercase() && next_lower) {
                out.push(' ');
            }
        }
        out.extend(c.to_uppercase());
    }
    out
}

/// Prints one object (`version`, `info`, ...): a template renders it
/// followed by a newline; `json` and the default table print it as JSON.
pub fn render_one<T: Serialize + ?Sized>(format: &OutputFormat, value: &T, out: &mut dyn Write) -> anyhow::Result<()> {
    match format {
        OutputFormat::Template { template, .. } => {
            let value = serde_json::to_value(value)?;
            let text = template.render(&value).map_err(|e| anyhow::anyhow!("rendering --format template: {e}"))?;
            writeln!(out, "{text}")?;
            Ok(())
        }
        OutputFormat::Json | OutputFormat::Table | OutputFormat::TableNoHeader => print_json(value, out),
    }
}

/// Pretty JSON with 4-space indentation and a trailing newline, as podman
/// prints `--format json` and `inspect` (an empty list is `[]`).
pub fn print_json<T: Serialize + ?Sized>(value: &T, out: &mut dyn Write) -> anyhow::Result<()> {
    let mut ser =
        serde_json::Serializer::with_formatter(&mut *out, serde_json::ser::PrettyFormatter::with_indent(b"    "));
    value.serialize(&mut ser)?;
    out.write_all(b"\n")?;
    Ok(())
}

/// Aligns lines of cells into columns the way Go's `text/tabwriter` does
/// for docker: every cell but the last of its line belongs to a column; a
/// column is as wide as its widest cell plus 3 spaces (at least 10); a
/// column spans consecutive lines that have a cell in it, so a line with
/// fewer cells starts new columns below it. Widths count characters, not
/// bytes. Trailing spaces are dropped. Each line ends with a newline.
pub fn tabwriter_align(lines: &[Vec<String>]) -> String {
    let mut out = vec![String::new(); lines.len()];
    align_block(lines, 0, 0, lines.len(), &mut out);
    let mut text = String::new();
    for (line, cells) in out.iter_mut().zip(lines) {
        if let Some(last) = cells.last() {
            line.push_str(last);
        }
        text.push_str(line.trim_end_matches(' '));
        text.push('\n');
    }
    text
}

/// Sizes column `column` for each run of lines in `from..to` that have a
/// cell there, writes those cells padded into `out`, then recurses into the
/// next column within the run (Go's tabwriter `format`).
fn align_block(lines: &[Vec<String>], column: usize, from: usize, to: usize, out: &mut [String]) {
    let has_cell = |i: usize| lines[i].len() > column + 1;
    let mut i = from;
    while i < to {
        if !has_cell(i) {
            i += 1;
            continue;
        }
        let start = i;
        let mut width = MIN_WIDTH;
        while i < to && has_cell(i) {
            width = width.max(lines[i][column].chars().count() + PADDING);
            i += 1;
        }
        for (line, cells) in out[start..i].iter_mut().zip(&lines[start..i]) {
            let text = &cells[column];
            line.push_str(text);
            line.push_str(&" ".repeat(width - text.chars().count()));
        }
        align_block(lines, column + 1, start, i, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn rows() -> Vec<Value> {
        vec![
            json!({"Repository": "docker.io/library/busybox", "Tag": "latest", "ID": "0123456789ab", "Size": "4.26MB", "CreatedSince": "2 years ago"}),
            json!({"Repository": "localhost/ü", "Tag": "1", "ID": "ba9876543210", "Size": "1kB", "CreatedSince": "N/A"}),
        ]
    }

    const COLUMNS: &[Column] = &[
        Column { header: "REPOSITORY", field: "Repository" },
        Column { header: "TAG", field: "Tag" },
        Column { header: "IMAGE ID", field: "ID" },
        Column { header: "SIZE", field: "Size" },
    ];

    fn render(format: &OutputFormat, rows: &[Value]) -> String {
        let mut buf = Vec::new();
        render_rows(format, COLUMNS, rows, &mut buf).unwrap();
        String::from_utf8(buf).unwrap()
    }

    fn parse(spec: &str) -> OutputFormat {
        OutputFormat::parse(Some(spec)).unwrap()
    }

    #[test]
    fn parses_format_specs() {
        assert!(matches!(OutputFormat::parse(None).unwrap(), OutputFormat::Table));
        assert!(matches!(parse(""), OutputFormat::Table));
        assert!(matches!(parse("table"), OutputFormat::Table));
        assert!(matches!(parse("json"), OutputFormat::Json));
        assert!(matches!(parse("table {{.ID}}"), OutputFormat::Template { table: true, header: true, .. }));
        assert!(matches!(parse("{{.ID}}"), OutputFormat::Template { table: false, header: false, .. }));
        let err = OutputFormat::parse(Some("{{.ID")).unwrap_err().to_string();
        assert!(err.contains("invalid --format template") && err.contains("unclosed action"), "{err}");
    }

    #[test]
    fn unescapes_shell_backslashes_outside_actions() {
        assert_eq!(unescape_text(r"{{.A}}\t{{.B}}\n"), "{{.A}}\t{{.B}}\n");
        assert_eq!(unescape_text(r#"{{join .A "\t"}}\t"#), "{{join .A \"\\t\"}}\t");
        let out = render(&parse(r#"{{.Tag}}\t{{join (split .ID "8") "\n"}}"#), &rows()[..1]);
        assert_eq!(out, "latest\t01234567\n9ab\n");
    }

    #[test]
    fn default_table_is_aligned_like_docker() {
        let out = render(&OutputFormat::Table, &rows());
        let expected = "\
REPOSITORY                  TAG       IMAGE ID       SIZE
docker.io/library/busybox   latest    0123456789ab   4.26MB
localhost/ü                 1         ba9876543210   1kB
";
        assert_eq!(out, expected);
    }

    #[test]
    fn without_header_drops_only_the_header() {
        let out = render(&OutputFormat::Table.without_header(), &rows());
        assert!(out.starts_with("docker.io/library/busybox   latest"), "{out}");
        assert_eq!(out.lines().count(), 2);
        let out = render(&parse("table {{.ID}}\t{{.Tag}}").without_header(), &rows());
        assert_eq!(out, "0123456789ab   latest\nba9876543210   1\n");
        assert!(matches!(OutputFormat::Json.without_header(), OutputFormat::Json));
    }

    #[test]
    fn table_template_maps_headers() {
        let out = render(&parse(r"table {{.ID}}\t{{.Repository}}:{{.Tag}}\t{{.CreatedSince}}"), &rows());
        let expected = "\
IMAGE ID       REPOSITORY:TAG                     CREATED SINCE
0123456789ab   docker.io/library/busybox:latest   2 years ago
ba9876543210   localhost/ü:1                      N/A
";
        assert_eq!(out, expected);
        // No rows: docker still prints the header.
        assert_eq!(render(&parse("table {{.ID}}"), &[]), "IMAGE ID\n");
    }

    #[test]
    fn header_falls_back_when_template_rejects_header_strings() {
        let out = render(&parse(r#"table {{printf "%d" .Count}}\t{{.Tag}}"#), &[json!({"Count": 3, "Tag": "x"})]);
        assert_eq!(out, "COUNT     TAG\n3         x\n");
    }

    #[test]
    fn plain_template_prints_a_line_per_row() {
        let out = render(&parse("{{.Repository}}:{{.Tag}}"), &rows());
        assert_eq!(out, "docker.io/library/busybox:latest\nlocalhost/ü:1\n");
        let mut buf = Vec::new();
        let err = render_rows(&parse("{{.Tag.X}}"), COLUMNS, &rows(), &mut buf).unwrap_err().to_string();
        assert!(err.contains("can't evaluate field X in type string"), "{err}");
    }

    #[test]
    fn json_output_is_podman_style() {
        assert_eq!(render(&OutputFormat::Json, &[]), "[]\n");
        let out = render(&OutputFormat::Json, &[json!({"ID": "a", "N": [1]})]);
        assert_eq!(out, "[\n    {\n        \"ID\": \"a\",\n        \"N\": [\n            1\n        ]\n    }\n]\n");
    }

    #[test]
    fn render_one_uses_template_or_json() {
        let v = json!({"Client": {"Version": "0.1.0"}});
        let mut buf = Vec::new();
        render_one(&parse("{{.Client.Version}}"), &v, &mut buf).unwrap();
        assert_eq!(String::from_utf8(buf).unwrap(), "0.1.0\n");
        let mut buf = Vec::new();
        render_one(&OutputFormat::Json, &v, &mut buf).unwrap();
        assert_eq!(String::from_utf8(buf).unwrap(), "{\n    \"Client\": {\n        \"Version\": \"0.1.0\"\n    }\n}\n");
    }

    #[test]
    fn alignment_follows_tabwriter_blocks() {
        let l = |cells: &[&str]| cells.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        // Width counts characters: "日本語" is 3 wide, not 9 bytes.
        let out = tabwriter_align(&[l(&["日本語日本語日本語x", "a"]), l(&["b", "c"])]);
        assert_eq!(out, "日本語日本語日本語x   a\nb            c\n");
        // A line without tabs ends the column block; trailing padding is trimmed.
        let out = tabwriter_align(&[l(&["a", "b"]), l(&["single"]), l(&["longer-cell-here", ""])]);
        assert_eq!(out, "a         b\nsingle\nlonger-cell-here\n");
        assert_eq!(tabwriter_align(&[]), "");
    }

    #[test]
    fn header_names_for_unknown_fields() {
        assert_eq!(header_for("CreatedAt"), "CREATED AT");
        assert_eq!(header_for("ID"), "ID");
        assert_eq!(header_for("IDMap"), "ID MAP");
        assert_eq!(header_for("RepoDigests"), "REPO DIGESTS");
    }
}
