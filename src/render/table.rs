//! The text view, fitted to 100 columns ([`layout`](super::layout)): the answer first, the
//! inputs as understood, the steps, a data table where the answer is a list, and the notes
//! that change how the answer reads, each change of AWS values in one line. `--verbose`
//! adds the other result fields, every note in full and each fact used with its source.

use std::io::{self, Write};

use awscalc::explain::labels::label;
use awscalc::facts::DatePrecision;
use awscalc::report::{Change, Expectation, Level, Report, Value};
use awscalc::words::plural;

use super::layout::{paragraph, wrap, Align, Grid, WIDTH};
use super::{quantity, verdict_line};

pub(super) fn render(
    report: &Report,
    expectation: Option<&Expectation>,
    verbose: bool,
    out: &mut impl Write,
) -> io::Result<()> {
    let mut text = Text::default();
    for line in [&report.headline, &report.summary] {
        if !line.is_empty() {
            text.lines.extend(wrap(line, WIDTH));
        }
    }
    if let Some(e) = expectation {
        verdict(report, e, &mut text);
    }
    inputs(report, &mut text);
    if !report.steps.is_empty() {
        text.block(steps_grid(report, verbose).lines());
    }
    if let Some(table) = &report.table {
        data_table(table, &mut text);
    }
    let shown = shown_fields(report, verbose);
    other_results(&shown, &mut text);
    notes(report, verbose, &mut text);
    if verbose {
        facts(report, &mut text);
    } else {
        pointer(report, shown.len(), &mut text);
    }
    text.write(out)
}

/// Lines gathered before they are written, blocks a blank line apart.
#[derive(Default)]
struct Text {
    lines: Vec<String>,
}

impl Text {
    fn block(&mut self, lines: Vec<String>) {
        if lines.is_empty() {
            return;
        }
        if !self.lines.is_empty() {
            self.lines.push(String::new());
        }
        self.lines.extend(lines);
    }

    fn write(&self, out: &mut impl Write) -> io::Result<()> {
        for line in &self.lines {
            writeln!(out, "{line}")?;
        }
        Ok(())
    }
}

fn verdict(report: &Report, e: &Expectation, text: &mut Text) {
    let lines = &mut text.lines;
    lines.extend(paragraph("", "  ", &verdict_line(e)));
    for hint in &e.hints {
        lines.extend(paragraph("  hint: ", "        ", hint));
    }
    let neighbours = report.neighbours();
    if !e.matches && e.hints.is_empty() && !neighbours.is_empty() {
        lines.extend(paragraph(
            "  ",
            "  ",
            &format!(
                "no common reading gives {}; other readings give:",
                e.expected
            ),
        ));
        for alt in neighbours {
            lines.extend(paragraph(
                "    ",
                "      ",
                &format!("{} for {}", Value::from(alt.value).display(), alt.reading),
            ));
        }
    }
}

fn inputs(report: &Report, text: &mut Text) {
    let mut grid = Grid::new(
        2,
        vec![Align::Fixed, Align::Left, Align::Fixed, Align::Left],
    );
    for input in &report.inputs {
        grid.rows.push(vec![
            label(&input.name),
            input.given.clone(),
            "->".into(),
            input.understood.clone(),
        ]);
    }
    text.block(grid.lines());
}

/// The result fields the view lists besides the answer: with steps to show the working
/// or a table that is the answer, only `--verbose` lists them; without either, they are
/// the working. A list a data table shows is not repeated.
fn shown_fields(report: &Report, verbose: bool) -> Vec<&awscalc::report::Field> {
    report
        .result
        .iter()
        .filter(|f| f.in_text && !report.answer.contains(&f.name))
        .filter(|f| report.table.is_none() || !matches!(f.value, Value::List(_)))
        .filter(|_| verbose || (report.steps.is_empty() && report.table.is_none()))
        .collect()
}

fn other_results(fields: &[&awscalc::report::Field], text: &mut Text) {
    let mut lines = Vec::new();
    let mut grid = Grid::new(2, vec![Align::Fixed, Align::Left]);
    for field in fields {
        if let Some(rows) = list_of_maps(&field.value) {
            // A list of records (reserved addresses) reads best one record per line.
            lines.extend(
                std::mem::replace(&mut grid, Grid::new(2, vec![Align::Fixed, Align::Left])).lines(),
            );
            lines.push(format!("  {}:", label(&field.name)));
            let columns = rows.first().map_or(0, Vec::len);
            let mut records = Grid::new(4, vec![Align::Left; columns]);
            records.rows = rows;
            lines.extend(records.lines());
            continue;
        }
        grid.rows
            .push(vec![label(&field.name), shown(&field.value, &field.unit)]);
    }
    lines.extend(grid.lines());
    text.block(lines);
}

/// A value with its unit, map keys as labels: `valid subnet: yes, valid VPC: yes`.
fn shown(value: &Value, unit: &str) -> String {
    match value {
        Value::Map(fields) => fields
            .iter()
            .map(|(name, v)| format!("{}: {}", label(name), shown(v, "")))
            .collect::<Vec<_>>()
            .join(", "),
        Value::List(items) if !items.is_empty() => {
            let items: Vec<String> = items.iter().map(|v| shown(v, "")).collect();
            match unit {
                "" => items.join(", "),
                unit => format!("{} {unit}", items.join(", ")),
            }
        }
        _ => quantity(value, unit),
    }
}

/// The cells of a non-empty list whose items are all maps, one row per item; `None` for
/// any other value.
fn list_of_maps(value: &Value) -> Option<Vec<Vec<String>>> {
    let Value::List(items) = value else {
        return None;
    };
    if items.is_empty() {
        return None;
    }
    items
        .iter()
        .map(|item| match item {
            Value::Map(fields) => Some(fields.iter().map(|(_, v)| shown(v, "")).collect()),
            _ => None,
        })
        .collect()
}

/// A data table: columns labelled, a column of links given as `[n]` with the links listed
/// under the table, each on a line of its own.
fn data_table(table: &awscalc::report::Table, text: &mut Text) {
    let links: Vec<bool> = (0..table.columns.len())
        .map(|c| {
            let mut cells = table.rows.iter().filter_map(|row| match row.get(c) {
                Some(Value::Text(t)) => Some(&**t),
                _ => None,
            });
            cells.clone().next().is_some() && cells.all(|t| t.starts_with("http"))
        })
        .collect();
    let align: Vec<Align> = (0..table.columns.len())
        .map(|c| {
            let numbers = table
                .rows
                .iter()
                .all(|row| matches!(row.get(c), Some(Value::Number(_) | Value::Null)))
                && table
                    .rows
                    .iter()
                    .any(|row| matches!(row.get(c), Some(Value::Number(_))));
            if links[c] {
                Align::Fixed
            } else if numbers {
                Align::Right
            } else {
                Align::Left
            }
        })
        .collect();
    // The first column names the row: it wraps only after the others have.
    let mut align: Vec<Align> = align;
    if align.first() == Some(&Align::Left) {
        align[0] = Align::Snug;
    }
    let mut grid = Grid::new(2, align);
    grid.header = Some(
        table
            .columns
            .iter()
            .zip(&links)
            .map(|(c, link)| if *link { "source".into() } else { label(c) })
            .collect(),
    );
    let mut sources = Sources::default();
    for row in &table.rows {
        grid.rows.push(
            row.iter()
                .enumerate()
                .zip(&links)
                .map(|((c, v), link)| match v {
                    Value::Text(url) if *link => sources.mark(url),
                    // A unit column reads with the count before it: `1  unit`.
                    Value::Text(unit) if table.columns[c] == "unit" && c > 0 => match &row[c - 1] {
                        Value::Number(n) => n.to_decimal().map_or_else(
                            || unit.to_string(),
                            |n| awscalc::words::noun_for(n, unit),
                        ),
                        _ => unit.to_string(),
                    },
                    v => shown(v, ""),
                })
                .collect(),
        );
    }
    text.block(grid.lines());
    text.block(sources.lines());
}

/// Links numbered in order of first use.
#[derive(Default)]
struct Sources {
    urls: Vec<String>,
}

impl Sources {
    /// `[n]` for `url`, numbering it if it is new.
    fn mark(&mut self, url: &str) -> String {
        let n = if let Some(i) = self.urls.iter().position(|u| u == url) {
            i + 1
        } else {
            self.urls.push(url.to_string());
            self.urls.len()
        };
        format!("[{n}]")
    }

    fn lines(&self) -> Vec<String> {
        if self.urls.is_empty() {
            return Vec::new();
        }
        let width = self.urls.len().to_string().len() + 2;
        let mut lines = vec!["sources:".to_string()];
        for (i, url) in self.urls.iter().enumerate() {
            lines.push(format!("  {:>width$} {url}", format!("[{}]", i + 1)));
        }
        lines
    }
}

fn notes(report: &Report, verbose: bool, text: &mut Text) {
    let mut lines = Vec::new();
    for note in &report.notes {
        // A change's outcome is worded below from `changes`, fields by their labels.
        if note.level == Level::Change || (note.level == Level::Aside && !verbose) {
            continue;
        }
        let lead = format!("{}: ", note.level.as_str());
        lines.extend(paragraph(&lead, &" ".repeat(lead.len()), &note.text));
    }
    for change in &report.changes {
        let line = if verbose {
            outcome(report, change)
        } else {
            Some(change_line(report, change))
        };
        if let Some(line) = line {
            lines.extend(paragraph("note: ", "      ", &line));
        }
    }
    text.block(lines);
}

/// Whether the answer moves on the other side of `change`, in full: `with the values
/// before 2018-12-03 the answer is the same`; `None` for a change not weighed.
fn outcome(report: &Report, change: &Change) -> Option<String> {
    change.other_side.as_ref()?;
    let values = if change.in_force(report.as_of) {
        format!("the values before {}", change.since)
    } else {
        format!("the values from {}", change.since)
    };
    Some(match change.other_answer(report) {
        None => format!("with {values} the answer is the same"),
        Some(Ok(other)) => format!("with {values}: {}", report.difference(other)),
        Some(Err(message)) => format!("with {values} there is no answer: {message}"),
    })
}

/// A change of AWS values in one line: what changed when, and whether the answer moves.
fn change_line(report: &Report, change: &Change) -> String {
    let mut names: Vec<&str> = change.facts.iter().map(|c| c.fact.name).collect();
    names.dedup();
    let what = match names.as_slice() {
        [one] => (*one).to_string(),
        [one, two] => format!("{one} and {two}"),
        [first, rest @ ..] => format!("{first} and {}", plural(rest.len() as u64, "other value")),
        [] => "a value".to_string(),
    };
    let precision = change
        .facts
        .first()
        .map_or(DatePrecision::Day, |c| c.precision);
    let when = match precision {
        DatePrecision::Day => format!("on {}", change.since),
        DatePrecision::Month => format!("in {}", precision.when(change.since)),
        DatePrecision::OnOrBefore => precision.when(change.since),
    };
    let in_force = change.in_force(report.as_of);
    let (verb, side) = if in_force {
        ("changed", "before")
    } else {
        ("changes", "from then")
    };
    let outcome = match (&change.other_side, change.other_answer(report)) {
        (None, _) => "-v shows the values".to_string(),
        (Some(_), None) => format!("the answer is the same {side}"),
        (Some(_), Some(Ok(other))) => format!("{side}: {}", report.difference(other)),
        (Some(_), Some(Err(message))) => format!("{side}, there is no answer: {message}"),
    };
    format!("AWS {verb} {what} {when}; {outcome}")
}

/// The one line that says what `--verbose` adds.
fn pointer(report: &Report, listed: usize, text: &mut Text) {
    // What -v lists, less what the default view already did.
    let more_results = shown_fields(report, true).len() - listed;
    let more_notes = report
        .notes
        .iter()
        .filter(|n| matches!(n.level, Level::Aside | Level::Change))
        .count();
    let more_steps = report.steps.iter().filter(|s| s.aside).count();
    let mut parts = Vec::new();
    if more_steps > 0 {
        parts.push(plural(more_steps as u64, "more step"));
    }
    if more_results > 0 {
        parts.push(plural(more_results as u64, "more result"));
    }
    if more_notes > 0 {
        parts.push(plural(more_notes as u64, "more note"));
    }
    if !report.facts.is_empty() {
        parts.push(match report.facts.len() {
            1 => "the AWS fact used with its source".to_string(),
            n => format!(
                "the {} used with their sources",
                plural(n as u64, "AWS fact")
            ),
        });
    }
    let Some((final_part, rest)) = parts.split_last() else {
        return;
    };
    let list = if rest.is_empty() {
        final_part.clone()
    } else {
        format!("{} and {final_part}", rest.join(", "))
    };
    text.block(paragraph("", "  ", &format!("-v shows {list}")));
}

/// Each fact used with its value, and its source in a numbered list.
fn facts(report: &Report, text: &mut Text) {
    if report.facts.is_empty() {
        return;
    }
    let mut sources = Sources::default();
    let mut grid = Grid::new(2, vec![Align::Left, Align::Left, Align::Fixed]);
    for used in &report.facts {
        grid.rows.push(vec![
            used.fact.id.to_string(),
            used.fact.describe(used.entry.value),
            sources.mark(used.entry.source.unwrap_or(used.fact.source)),
        ]);
    }
    let mut lines = vec![format!("AWS facts used (in force on {}):", report.as_of)];
    lines.extend(grid.lines());
    text.block(lines);
    text.block(sources.lines());
}

/// The table of steps, for a quiz answer.
pub(super) fn steps(report: &Report, out: &mut impl Write) -> io::Result<()> {
    if !report.steps.is_empty() {
        for line in steps_grid(report, true).lines() {
            writeln!(out, "{line}")?;
        }
    }
    Ok(())
}

/// The steps, numbered as in the whole derivation; without `all`, the asides left out.
fn steps_grid(report: &Report, all: bool) -> Grid {
    let mut grid = Grid::new(
        2,
        vec![Align::Right, Align::Left, Align::Snug, Align::Right],
    );
    grid.header = Some(vec![
        "#".into(),
        "step".into(),
        "arithmetic".into(),
        "value".into(),
    ]);
    for (i, step) in report.steps.iter().enumerate() {
        if step.aside && !all {
            continue;
        }
        grid.rows.push(vec![
            (i + 1).to_string(),
            step.label.clone(),
            step.formula.clone(),
            quantity(&step.value, &step.unit),
        ]);
    }
    grid
}
