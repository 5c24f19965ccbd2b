//! Renderers: one module per output format. They see only a [`Report`] (and the outcome
//! of `--expect`), never the calculation.

mod json;
mod layout;
mod quiet;
mod subnets;
mod table;

pub(crate) use json::error as json_error;
pub(crate) use subnets::subnets;

use crate::cli::Exit;
use std::io::{self, Write};

use awscalc::question::Answer;
use awscalc::report::{Expectation, Report};

/// The output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Format {
    /// The answer first, the inputs, the steps and the notes that change the reading,
    /// fitted to 100 columns.
    Table,
    /// As `Table`, with everything else: every result field, every note in full, each
    /// fact used with its source (`--verbose`).
    Verbose,
    /// One JSON object.
    Json,
    /// Only the answer value(s).
    Quiet,
}

/// Writes `report` in `format`.
pub(crate) fn render(
    format: Format,
    report: &Report,
    expectation: Option<&Expectation>,
    out: &mut impl Write,
) -> io::Result<()> {
    match format {
        Format::Table => table::render(report, expectation, false, out),
        Format::Verbose => table::render(report, expectation, true, out),
        Format::Json => json::render(report, expectation, out),
        Format::Quiet => quiet::render(report, out),
    }
}

/// Writes an answer in `format`: its report and then, for a split, its subnets, streamed
/// one at a time so any count runs in constant memory.
pub(crate) fn answer(
    format: Format,
    answer: Answer,
    expectation: Option<&Expectation>,
    out: &mut impl Write,
) -> io::Result<()> {
    let written = match answer.subnets {
        Some(rows) => {
            let mut buffered = io::BufWriter::new(&mut *out);
            subnets(format, &answer.report, expectation, rows, &mut buffered)?;
            buffered.flush()
        }
        None => render(format, &answer.report, expectation, out),
    };
    // Not freed: the process ends once it is written, and freeing a long report (`facts`)
    // took 7% of the run's instructions (callgrind, docs/performance.md).
    std::mem::forget(answer.report);
    written
}

/// The exit code of a written answer. With `--expect`, the expectation decides: 0 when it
/// holds (`limit presign --expires 8d --expect no` is a right answer to the question the
/// user asked), 1 when it does not (with `--quiet`, the verdict and its hints go to standard
/// error).
/// Without it, 1 for a check the command makes that failed (a `no`, a broken rule), else 0.
pub(crate) fn exit_code(
    format: Format,
    expectation: Option<&Expectation>,
    check_failed: bool,
) -> Exit {
    match expectation {
        Some(e) if !e.matches => {
            if format == Format::Quiet {
                // The verdict and the reading that gives the user's answer, as `--quiet`
                // keeps standard output to the answer alone.
                eprintln!("{}", verdict_line(e));
                for hint in &e.hints {
                    eprint!("{}", wrapped("  hint: ", "        ", hint));
                }
            }
            Exit::from(1)
        }
        None if check_failed => Exit::from(1),
        // A matched expectation, or an answer without a failed check.
        _ => Exit::SUCCESS,
    }
}

/// `text` wrapped at 100 columns after `first`, the lines after it indented by `rest`,
/// each ending in a newline: for the lines `check` and `quiz` print.
pub(crate) fn wrapped(first: &str, rest: &str, text: &str) -> String {
    let mut out = String::new();
    for line in layout::paragraph(first, rest, text) {
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// The derivation alone: the table of steps, indented under a quiz answer.
pub(crate) fn steps(report: &Report, out: &mut impl Write) -> io::Result<()> {
    table::steps(report, out)
}

/// A report value as an exact JSON value (numbers stay numbers).
pub(crate) fn json_value(v: &awscalc::report::Value) -> serde_json::Value {
    json::value(v)
}

/// `match: …` or `mismatch: …`, one line.
pub(crate) fn verdict_line(e: &Expectation) -> String {
    let verdict = if e.matches { "match" } else { "mismatch" };
    format!(
        "{verdict}: expected {}, awscalc computes {}",
        e.expected,
        quantity(&e.actual, &e.unit)
    )
}

/// A value with its unit for people: `2 units`, `1 unit`, `200 RCU`, `1 AZ`: the unit's
/// count noun in the form the value takes ([`awscalc::words::noun_for`]).
pub(crate) fn quantity(value: &awscalc::report::Value, unit: &str) -> String {
    value.with_unit(unit)
}

#[cfg(test)]
mod tests {
    use super::*;
    use awscalc::report::Value;

    #[test]
    fn one_of_a_plural_unit_reads_singular() {
        let one = Value::number(1u32);
        assert_eq!(quantity(&one, "addresses"), "1 address");
        assert_eq!(quantity(&one, "prefixes"), "1 prefix");
        assert_eq!(quantity(&one, "days"), "1 day");
        assert_eq!(quantity(&one, "calls"), "1 call");
        assert_eq!(quantity(&one, "IOPS"), "1 IOPS");
        assert_eq!(quantity(&one, "MiB/s"), "1 MiB/s");
        assert_eq!(quantity(&one, "per second"), "1 per second");
        assert_eq!(quantity(&Value::number(2u32), "days"), "2 days");
        assert_eq!(quantity(&one, "AZs"), "1 AZ");
        assert_eq!(quantity(&one, "units"), "1 unit");
        assert_eq!(quantity(&Value::number(3u32), "AZs"), "3 AZs");
    }
}
