//! The subnets of `awscalc cidr --split`, written as they are produced: a /8 into /28s
//! (1,048,576 rows) runs in the same memory as a /16 into /24s. The report comes first
//! (in JSON, the usual object with a `subnets` array appended), then one row per subnet.

use std::io::{self, Write};

use awscalc::calc::vpc::{Address, Cidr, Family, Subnets};
use awscalc::report::{Expectation, Report};

use super::{json, table, Format};

/// Writes `report`, then every subnet in `rows`, in `format`.
pub(crate) fn subnets(
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
                let usable = format!("{:>usable_width$}", rows.usable_each());
                let mut line = Line::default();
                for row in rows {
                    line.clear();
                    line.cidr(row.cidr);
                    line.pad_to(cidr_width);
                    line.push(b"  ");
                    line.push(usable.as_bytes());
                    line.push(b"  ");
                    let last_column = cidr_width + usable.len() + 4 + address_width;
                    if let (Some(first), Some(last)) = (row.first_usable, row.last_usable) {
                        line.address(first);
                        line.pad_to(last_column);
                        line.push(b"  ");
                        line.address(last);
                    } else {
                        line.push(b"-");
                        line.pad_to(last_column);
                        line.push(b"  -");
                    }
                    line.push(b"\n");
                    out.write_all(&line.0)?;
                }
            }
            Ok(())
        }
        Format::Quiet => {
            if rows.len_hint() == 0 {
                return super::quiet::render(report, out);
            }
            let mut line = Line::default();
            for row in rows {
                line.clear();
                line.cidr(row.cidr);
                line.push(b"\n");
                out.write_all(&line.0)?;
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
            // Every subnet of a split has the same usable count; rows are built as bytes,
            // as in the table.
            let usable = rows.usable_each().to_string();
            let mut line = Line::default();
            let mut first_row = true;
            for row in rows {
                line.clear();
                line.push(if first_row { b"\n" } else { b",\n" });
                line.push(b"    {\"cidr\": \"");
                line.cidr(row.cidr);
                line.push(b"\", \"usable\": ");
                line.push(usable.as_bytes());
                if let (Some(first), Some(last)) = (row.first_usable, row.last_usable) {
                    line.push(b", \"first_usable\": \"");
                    line.address(first);
                    line.push(b"\", \"last_usable\": \"");
                    line.address(last);
                    line.push(b"\"}");
                } else {
                    line.push(b", \"first_usable\": null, \"last_usable\": null}");
                }
                out.write_all(&line.0)?;
                first_row = false;
            }
            writeln!(out, "{}]\n}}", if first_row { "" } else { "\n  " })
        }
    }
}

/// One output line, built as bytes. A split prints up to 2^24 lines, and formatting an
/// address through `Display` costs more than everything else per line (callgrind, see
/// docs/cidr.md), so IPv4 addresses are written digit by digit; IPv6 ones, rarer and
/// with their `::` compression rules, still go through `Display`.
#[derive(Default)]
struct Line(Vec<u8>);

impl Line {
    fn clear(&mut self) {
        self.0.clear();
    }

    fn push(&mut self, bytes: &[u8]) {
        self.0.extend_from_slice(bytes);
    }

    /// Spaces up to `width` bytes from the start of the line (ASCII: bytes are columns).
    fn pad_to(&mut self, width: usize) {
        if self.0.len() < width {
            self.0.resize(width, b' ');
        }
    }

    fn address(&mut self, address: Address) {
        match address.family() {
            Family::V4 => {
                // An IPv4 Address holds a u32 in the low bits of its u128.
                let value = u32::try_from(address.value()).unwrap_or_default();
                // Each octet copies its 3-byte table entry and advances by its length, so
                // the buffer has 2 bytes of slack past the longest address (15 bytes).
                let mut text = [0u8; 17];
                let mut len = 0;
                for (i, octet) in value.to_be_bytes().into_iter().enumerate() {
                    if i > 0 {
                        text[len] = b'.';
                        len += 1;
                    }
                    let (digits, n) = OCTETS[usize::from(octet)];
                    text[len..len + 3].copy_from_slice(&digits);
                    len += n;
                }
                self.0.extend_from_slice(&text[..len]);
            }
            Family::V6 => {
                let _ = write!(self.0, "{address}");
            }
        }
    }

    fn cidr(&mut self, cidr: Cidr) {
        self.address(cidr.network());
        self.0.push(b'/');
        self.number(cidr.prefix());
    }

    /// A number below 1,000 (an octet or a prefix length).
    fn number(&mut self, n: u32) {
        // Each digit is below 10, so the casts cannot truncate.
        #[allow(clippy::cast_possible_truncation, reason = "digits are below 10")]
        let digit = |d: u32| b'0' + (d % 10) as u8;
        if n >= 100 {
            self.0.push(digit(n / 100));
        }
        if n >= 10 {
            self.0.push(digit(n / 10));
        }
        self.0.push(digit(n));
    }
}

/// The decimal digits of every octet, left-aligned in 3 bytes, and how many there are.
static OCTETS: [([u8; 3], usize); 256] = octet_table();

const fn octet_table() -> [([u8; 3], usize); 256] {
    let mut table = [([0u8; 3], 0usize); 256];
    let mut n = 0;
    while n < 256 {
        // n < 256, so every digit is below 10 and fits a u8.
        #[allow(clippy::cast_possible_truncation, reason = "digits are below 10")]
        let (a, b, c) = (
            b'0' + (n / 100) as u8,
            b'0' + (n / 10 % 10) as u8,
            b'0' + (n % 10) as u8,
        );
        table[n] = if n >= 100 {
            ([a, b, c], 3)
        } else if n >= 10 {
            ([b, c, 0], 2)
        } else {
            ([c, 0, 0], 1)
        };
        n += 1;
    }
    table
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
