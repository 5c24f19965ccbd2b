//! The subnets of `awscalc cidr --split`, written as they are produced: a /8 into /28s
//! (1,048,576 rows) runs in the same memory as a /16 into /24s. The report comes first
//! (in JSON, the usual object with a `subnets` array appended), then one row per subnet.

use std::io::{self, Write};

use awscalc::calc::vpc::{Family, SplitRow, Subnets};
use awscalc::report::{Expectation, Report};

use super::{json, table, Format};

/// Writes `report`, then every subnet in `rows`, in `format`.
pub fn subnets(
    format: Format,
    report: &Report,
    expectation: Option<&Expectation>,
    rows: Subnets,
    out: &mut impl Write,
) -> io::Result<()> {
    match format {
        Format::Table => {
            table::render(report, expectation, out)?;
            if rows.len_hint() > 0 {
                writeln!(out)?;
                let (cidr_width, address_width) = widths(rows.family());
                let usable_width = rows.usable_each().to_string().len().max(6);
                writeln!(
                    out,
                    "{:cidr_width$}  {:>usable_width$}  {:address_width$}  last usable",
                    "subnet", "usable", "first usable"
                )?;
                for row in rows {
                    let cidr = row.cidr.to_string();
                    let (first, last) = usable_range(&row);
                    writeln!(
                        out,
                        "{cidr:cidr_width$}  {:>usable_width$}  {first:address_width$}  {last}",
                        row.usable
                    )?;
                }
            }
            Ok(())
        }
        Format::Quiet => {
            if rows.len_hint() == 0 {
                return super::quiet::render(report, out);
            }
            for row in rows {
                writeln!(out, "{}", row.cidr)?;
            }
            Ok(())
        }
        Format::Json => {
            let object = json::to_json(report, expectation);
            let text = serde_json::to_string_pretty(&object)?;
            let open = text
                .trim_end()
                .strip_suffix('}')
                .unwrap_or(&text)
                .trim_end();
            write!(out, "{open},\n  \"subnets\": [")?;
            let mut first_row = true;
            for row in rows {
                let (first, last) = usable_range(&row);
                let quote = |s: String| {
                    if s == "-" {
                        "null".to_string()
                    } else {
                        format!("\"{s}\"")
                    }
                };
                write!(
                    out,
                    "{}\n    {{\"cidr\": \"{}\", \"usable\": {}, \"first_usable\": {}, \"last_usable\": {}}}",
                    if first_row { "" } else { "," },
                    row.cidr,
                    row.usable,
                    quote(first),
                    quote(last)
                )?;
                first_row = false;
            }
            writeln!(out, "{}]\n}}", if first_row { "" } else { "\n  " })
        }
    }
}

fn usable_range(row: &SplitRow) -> (String, String) {
    match (row.first_usable, row.last_usable) {
        (Some(f), Some(l)) => (f.to_string(), l.to_string()),
        _ => ("-".into(), "-".into()),
    }
}

/// Column widths that fit every subnet and address of the family.
fn widths(family: Family) -> (usize, usize) {
    match family {
        Family::V4 => ("255.255.255.255/32".len(), "255.255.255.255".len()),
        Family::V6 => (
            "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128".len(),
            "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff".len(),
        ),
    }
}
