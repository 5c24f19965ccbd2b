//! Renderers: one module per output format. They see only a [`Report`] (and the outcome
//! of `--expect`), never the calculation.

mod json;
mod quiet;
mod subnets;
mod table;

pub use subnets::subnets;

use std::io::{self, Write};

use awscalc::report::{Expectation, Report};

/// The output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// The answer, a table of steps, notes, facts.
    Table,
    /// One JSON object.
    Json,
    /// Only the answer value(s).
    Quiet,
}

/// Writes `report` in `format`.
pub fn render(
    format: Format,
    report: &Report,
    expectation: Option<&Expectation>,
    out: &mut impl Write,
) -> io::Result<()> {
    match format {
        Format::Table => table::render(report, expectation, out),
        Format::Json => json::render(report, expectation, out),
        Format::Quiet => quiet::render(report, out),
    }
}

/// The derivation alone: the table of steps, indented under a quiz answer.
pub fn steps(report: &Report, out: &mut impl Write) -> io::Result<()> {
    table::steps(report, out)
}

/// A report value as an exact JSON value (numbers stay numbers).
pub fn json_value(v: &awscalc::report::Value) -> serde_json::Value {
    json::value(v)
}

/// `match: …` or `mismatch: …`, one line.
pub fn verdict_line(e: &Expectation) -> String {
    let unit = if e.unit.is_empty() {
        String::new()
    } else {
        format!(" {}", e.unit)
    };
    if e.matches {
        format!(
            "match: expected {}, awscalc computes {}{unit}",
            e.expected,
            e.actual.display()
        )
    } else {
        format!(
            "mismatch: expected {}, awscalc computes {}{unit}",
            e.expected,
            e.actual.display()
        )
    }
}

/// A value with its unit for people: `2 units`, `1 unit`, `200 RCU`.
pub fn quantity(value: &awscalc::report::Value, unit: &str) -> String {
    let shown = value.display();
    if unit.is_empty() || matches!(value, awscalc::report::Value::Null) {
        return shown;
    }
    let plural_nouns = [
        "units",
        "partitions",
        "pages",
        "items",
        "bytes",
        "facts",
        "shards",
        "consumers",
        "workers",
        "invocations",
        "calls",
        "splits",
        "merges",
        "windows",
        "hours",
    ];
    let unit = if shown == "1" && plural_nouns.contains(&unit) {
        &unit[..unit.len() - 1]
    } else {
        unit
    };
    format!("{shown} {unit}")
}
