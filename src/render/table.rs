//! The default output: the answer first, then a compact ASCII table of the steps
//! (prettytable-rs), then the other result fields, notes and the facts used.

use std::io::{self, Write};

use prettytable::format::{consts::FORMAT_NO_LINESEP_WITH_TITLE, Alignment};
use prettytable::{Cell, Row, Table};

use awscalc::report::{Expectation, Report, Value};

use super::{quantity, verdict_line};

pub(super) fn render(
    report: &Report,
    expectation: Option<&Expectation>,
    out: &mut impl Write,
) -> io::Result<()> {
    writeln!(out, "{}", report.headline)?;
    if !report.summary.is_empty() {
        writeln!(out, "{}", report.summary)?;
    }
    if let Some(e) = expectation {
        verdict(report, e, out)?;
    }
    inputs(report, out)?;
    if !report.steps.is_empty() {
        writeln!(out)?;
        steps_table(report).print(out)?;
    }
    if let Some(table) = &report.table {
        writeln!(out)?;
        let mut t = Table::new();
        t.set_format(*FORMAT_NO_LINESEP_WITH_TITLE);
        t.set_titles(Row::new(
            table.columns.iter().map(|c| Cell::new(c)).collect(),
        ));
        for row in &table.rows {
            t.add_row(Row::new(
                row.iter().map(|v| Cell::new(&v.display())).collect(),
            ));
        }
        t.print(out)?;
    }
    other_results(report, out)?;
    notes_and_facts(report, out)
}

fn verdict(report: &Report, e: &Expectation, out: &mut impl Write) -> io::Result<()> {
    writeln!(out, "{}", verdict_line(e))?;
    for hint in &e.hints {
        writeln!(out, "  hint: {hint}")?;
    }
    let neighbours = report.neighbours();
    if !e.matches && e.hints.is_empty() && !neighbours.is_empty() {
        writeln!(
            out,
            "  no common reading gives {}; other readings give:",
            e.expected
        )?;
        for alt in neighbours {
            writeln!(
                out,
                "    {} for {}",
                Value::from(alt.value).display(),
                alt.reading
            )?;
        }
    }
    Ok(())
}

fn inputs(report: &Report, out: &mut impl Write) -> io::Result<()> {
    if report.inputs.is_empty() {
        return Ok(());
    }
    writeln!(out)?;
    let width = report
        .inputs
        .iter()
        .map(|i| i.name.len())
        .max()
        .unwrap_or(0);
    let given = report
        .inputs
        .iter()
        .map(|i| i.given.len())
        .max()
        .unwrap_or(0);
    for input in &report.inputs {
        writeln!(
            out,
            "  {:width$}  {:given$}  ->  {}",
            input.name, input.given, input.understood
        )?;
    }
    Ok(())
}

fn other_results(report: &Report, out: &mut impl Write) -> io::Result<()> {
    // With a table, the lists it shows are not repeated as fields; details are for --json.
    let others: Vec<_> = report
        .result
        .iter()
        .filter(|f| f.in_text && !report.answer.contains(&f.name))
        .filter(|f| report.table.is_none() || !matches!(f.value, Value::List(_)))
        .collect();
    if others.is_empty() {
        return Ok(());
    }
    writeln!(out)?;
    let width = others.iter().map(|f| f.name.len()).max().unwrap_or(0);
    for field in others {
        if let Some(rows) = list_of_maps(&field.value) {
            // A list of records (reserved addresses) reads best one record per line.
            writeln!(out, "  {}:", field.name)?;
            for row in rows {
                writeln!(out, "    {row}")?;
            }
            continue;
        }
        writeln!(
            out,
            "  {:width$}  {}",
            field.name,
            quantity(&field.value, &field.unit)
        )?;
    }
    Ok(())
}

/// The records of a non-empty list whose items are all maps, each as its values joined
/// by two spaces; `None` for any other value.
fn list_of_maps(value: &Value) -> Option<Vec<String>> {
    let Value::List(items) = value else {
        return None;
    };
    if items.is_empty() {
        return None;
    }
    items
        .iter()
        .map(|item| match item {
            Value::Map(fields) => Some(
                fields
                    .iter()
                    .map(|(_, v)| v.display())
                    .collect::<Vec<_>>()
                    .join("  "),
            ),
            _ => None,
        })
        .collect()
}

fn notes_and_facts(report: &Report, out: &mut impl Write) -> io::Result<()> {
    if !report.notes.is_empty() {
        writeln!(out)?;
        for note in &report.notes {
            writeln!(out, "{}: {}", note.level.as_str(), note.text)?;
        }
    }
    if !report.facts.is_empty() {
        writeln!(out)?;
        writeln!(out, "facts used (in force on {}):", report.as_of)?;
        let width = report
            .facts
            .iter()
            .map(|u| u.fact.id.len())
            .max()
            .unwrap_or(0);
        let values: Vec<String> = report
            .facts
            .iter()
            .map(|u| u.fact.describe(u.entry.value))
            .collect();
        let value_width = values.iter().map(String::len).max().unwrap_or(0);
        for (used, value) in report.facts.iter().zip(values) {
            writeln!(
                out,
                "  {:width$}  {:value_width$}  {}",
                used.fact.id,
                value,
                used.entry.source.unwrap_or(used.fact.source)
            )?;
        }
    }
    Ok(())
}

/// The table of steps, for a quiz answer.
pub(super) fn steps(report: &Report, out: &mut impl Write) -> io::Result<()> {
    if !report.steps.is_empty() {
        steps_table(report).print(out)?;
    }
    Ok(())
}

fn steps_table(report: &Report) -> Table {
    let mut t = Table::new();
    t.set_format(*FORMAT_NO_LINESEP_WITH_TITLE);
    t.set_titles(Row::new(vec![
        Cell::new("#"),
        Cell::new("step"),
        Cell::new("arithmetic"),
        Cell::new("value"),
    ]));
    for (i, step) in report.steps.iter().enumerate() {
        let value = quantity(&step.value, &step.unit);
        t.add_row(Row::new(vec![
            Cell::new_align(&(i + 1).to_string(), Alignment::RIGHT),
            Cell::new(&step.label),
            Cell::new(&step.formula),
            Cell::new_align(&value, Alignment::RIGHT),
        ]));
    }
    t
}
