//! `--quiet`: the answer value(s) only, one per line; for a table, one row per line.

use std::io::{self, Write};

use awscalc::report::Report;

pub(super) fn render(report: &Report, out: &mut impl Write) -> io::Result<()> {
    if let Some(table) = &report.table {
        for row in &table.rows {
            let cells: Vec<String> = row.iter().map(awscalc::report::Value::plain).collect();
            writeln!(out, "{}", cells.join("\t"))?;
        }
        return Ok(());
    }
    for name in &report.answer {
        if let Some(field) = report.get(name) {
            writeln!(out, "{}", field.value.plain())?;
        }
    }
    Ok(())
}
