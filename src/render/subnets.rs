//! The subnets of `awscalc cidr --split`, written as they are produced: a /8 into /28s
//! (1,048,576 rows) runs in the same memory as a /16 into /24s. The report comes first
//! (in JSON, the usual object with a `subnets` array appended), then one row per subnet.

use std::io::{self, Write};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use awscalc::calc::vpc::{Block, Family, IpNet, SplitRow, Subnets};
use awscalc::report::{Expectation, Report};
use serde::Serialize;
use serde_json::ser::Formatter;

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
        Format::Table | Format::Verbose => {
            table::render(report, expectation, format == Format::Verbose, out)?;
            if rows.len_hint() > 0 {
                writeln!(out)?;
                let (cidr_width, address_width) = widths(rows.family(), rows.prefix());
                // An IPv6 subnet's usable count takes 20 digits and is the same on every
                // line: said once, so a line fits 100 columns.
                let v6 = rows.family() == Family::V6;
                if v6 {
                    writeln!(
                        out,
                        "each subnet: {} usable addresses",
                        awscalc::units::group_digits(&rows.usable_each().to_string())
                    )?;
                }
                let usable_width = if v6 {
                    0
                } else {
                    rows.usable_each().to_string().len().max(6)
                };
                if v6 {
                    writeln!(
                        out,
                        "{:cidr_width$}  {:address_width$}  last usable",
                        "subnet", "first usable"
                    )?;
                } else {
                    writeln!(
                        out,
                        "{:cidr_width$}  {:>usable_width$}  {:address_width$}  last usable",
                        "subnet", "usable", "first usable"
                    )?;
                }
                let usable = if v6 {
                    String::new()
                } else {
                    format!("{:>usable_width$}  ", rows.usable_each())
                };
                let last_column = cidr_width + usable.len() + 2 + address_width;
                let mut line = Line::default();
                for row in rows {
                    line.clear();
                    line.cidr(row.cidr);
                    line.pad_to(cidr_width);
                    line.push(b"  ");
                    line.push(usable.as_bytes());
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
            // Each row goes through serde_json as a derived `JsonRow`, the library's
            // `SplitRow` with its addresses already written by the fast writer: `SplitRow`'s
            // own derived `Serialize` formats them through `Display`, 4.4 times slower for
            // a /8 into /28s (docs/cidr.md). A test checks both give the same bytes.
            let mut line = Vec::new();
            let mut text = RowText::default();
            let mut first_row = true;
            for row in rows {
                line.clear();
                line.extend_from_slice(if first_row { b"\n    " } else { b",\n    " });
                text.row(&row)
                    .serialize(&mut serde_json::Serializer::with_formatter(
                        &mut line,
                        RowFormatter,
                    ))?;
                out.write_all(&line)?;
                first_row = false;
            }
            writeln!(out, "{}]\n}}", if first_row { "" } else { "\n  " })
        }
    }
}

/// A `--split --json` row: the fields of the library's `SplitRow`, its addresses as text.
#[derive(Serialize)]
struct JsonRow<'a> {
    cidr: &'a str,
    usable: u128,
    first_usable: Option<&'a str>,
    last_usable: Option<&'a str>,
}

/// Reused buffers for the text of one row.
#[derive(Default)]
struct RowText {
    cidr: Line,
    first: Line,
    last: Line,
}

impl RowText {
    fn row(&mut self, row: &SplitRow) -> JsonRow<'_> {
        self.cidr.clear();
        self.cidr.cidr(row.cidr);
        for (line, address) in [
            (&mut self.first, row.first_usable),
            (&mut self.last, row.last_usable),
        ] {
            line.clear();
            if let Some(address) = address {
                line.address(address);
            }
        }
        JsonRow {
            cidr: self.cidr.as_str(),
            usable: row.usable,
            first_usable: row.first_usable.map(|_| self.first.as_str()),
            last_usable: row.last_usable.map(|_| self.last.as_str()),
        }
    }
}

/// The layout of a `--split --json` row: one line, `"key": value` pairs separated by
/// `, ` (serde_json's compact layout has no spaces; its pretty one breaks lines).
struct RowFormatter;

impl Formatter for RowFormatter {
    fn begin_object_key<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        if first {
            Ok(())
        } else {
            writer.write_all(b", ")
        }
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        writer.write_all(b": ")
    }
}

/// One output line, built as bytes. A split prints up to 2^24 lines, and formatting an
/// address through `Display` costs more than everything else per line (callgrind, see
/// docs/cidr.md), so addresses are written digit by digit: IPv4 from a table of octets,
/// IPv6 with the standard library's rules (RFC 5952: lowercase, no leading zeros, the
/// first longest run of two or more zero groups as `::`, IPv4-mapped as `::ffff:a.b.c.d`),
/// checked against `Display` by a property test.
#[derive(Default)]
struct Line(Vec<u8>);

impl Line {
    fn clear(&mut self) {
        self.0.clear();
    }

    fn push(&mut self, bytes: &[u8]) {
        self.0.extend_from_slice(bytes);
    }

    /// The line as text: only ASCII is ever written to it.
    fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).unwrap_or_default()
    }

    /// Spaces up to `width` bytes from the start of the line (ASCII: bytes are columns).
    fn pad_to(&mut self, width: usize) {
        if self.0.len() < width {
            self.0.resize(width, b' ');
        }
    }

    fn address(&mut self, address: IpAddr) {
        match address {
            IpAddr::V4(a) => self.ipv4(a),
            IpAddr::V6(a) => self.ipv6(a),
        }
    }

    fn ipv4(&mut self, address: Ipv4Addr) {
        // Each octet copies its 3-byte table entry and advances by its length, so the
        // buffer has 2 bytes of slack past the longest address (15 bytes).
        let mut text = [0u8; 17];
        let mut len = 0;
        for (i, octet) in address.octets().into_iter().enumerate() {
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

    fn ipv6(&mut self, address: Ipv6Addr) {
        if let Some(v4) = address.to_ipv4_mapped() {
            self.push(b"::ffff:");
            self.ipv4(v4);
            return;
        }
        let segments = address.segments();
        // The first longest run of zero groups; only a run of two or more becomes `::`.
        let (mut best_start, mut best_len, mut run_start, mut run_len) = (0, 0, 0, 0);
        for (i, &segment) in segments.iter().enumerate() {
            if segment == 0 {
                if run_len == 0 {
                    run_start = i;
                }
                run_len += 1;
                if run_len > best_len {
                    (best_start, best_len) = (run_start, run_len);
                }
            } else {
                run_len = 0;
            }
        }
        // 8 groups of at most 4 digits and 7 colons: 39 bytes.
        let mut text = [0u8; 40];
        let mut len = 0;
        let group = |text: &mut [u8; 40], len: &mut usize, segment: u16| {
            let digits = (16 - segment.leading_zeros()).div_ceil(4).max(1);
            for shift in (0..digits).rev() {
                text[*len] = HEX[usize::from((segment >> (shift * 4)) & 0xf)];
                *len += 1;
            }
        };
        if best_len > 1 {
            for (i, &segment) in segments[..best_start].iter().enumerate() {
                if i > 0 {
                    text[len] = b':';
                    len += 1;
                }
                group(&mut text, &mut len, segment);
            }
            text[len..len + 2].copy_from_slice(b"::");
            len += 2;
            for (i, &segment) in segments[best_start + best_len..].iter().enumerate() {
                if i > 0 {
                    text[len] = b':';
                    len += 1;
                }
                group(&mut text, &mut len, segment);
            }
        } else {
            for (i, &segment) in segments.iter().enumerate() {
                if i > 0 {
                    text[len] = b':';
                    len += 1;
                }
                group(&mut text, &mut len, segment);
            }
        }
        self.0.extend_from_slice(&text[..len]);
    }

    /// A block as `network/prefix`; split rows come from ipnet's stepping and carry no
    /// host bits, so the address as stored is the network address.
    fn cidr(&mut self, cidr: IpNet) {
        self.address(cidr.addr());
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

/// Lowercase hexadecimal digits, as `Display` for `Ipv6Addr` writes them.
const HEX: &[u8; 16] = b"0123456789abcdef";

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
/// The widest a subnet's CIDR and first usable address can be written, for subnets of
/// `prefix` bits: an IPv6 subnet's network has at most its first `⌈prefix / 16⌉` groups
/// set (`ffff:ffff:ffff:ffff::/64`, 24 characters), and its first usable address adds one
/// last group (`…::4`). The last usable address ends the line, so its width never pads.
fn widths(family: Family, prefix: u32) -> (usize, usize) {
    match family {
        Family::V4 => ("255.255.255.255/32".len(), "255.255.255.255".len()),
        Family::V6 => {
            let full = "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff".len();
            let groups = prefix.div_ceil(16) as usize;
            let suffix = 1 + prefix.to_string().len();
            // From 6 groups on, a single zero group is written `0`, not `::`.
            if groups >= 6 {
                return (full + suffix, full);
            }
            // `g` groups, `::`, and for the first usable address a last group of 1 digit.
            let network = 5 * groups - 1 + 2;
            (network + suffix, network + 1)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The widest subnet of each prefix, all its network bits set, is as wide as the bound.
    #[test]
    fn ipv6_widths_hold_the_widest_subnet_of_a_prefix() {
        for (prefix, cidr, first) in [
            (64, "ffff:ffff:ffff:ffff::/64", "ffff:ffff:ffff:ffff::4"),
            (48, "ffff:ffff:ffff::/48", "ffff:ffff:ffff::4"),
            (
                80,
                "ffff:ffff:ffff:ffff:ffff::/80",
                "ffff:ffff:ffff:ffff:ffff::4",
            ),
        ] {
            let net: IpNet = cidr.parse().unwrap();
            let mut line = Line::default();
            line.cidr(net);
            let written = String::from_utf8(line.0).unwrap();
            assert_eq!(written, cidr);
            let first_written = written_address(first.parse().unwrap());
            assert_eq!(
                widths(Family::V6, prefix),
                (cidr.len(), first_written.len()),
                "/{prefix}"
            );
        }
    }

    fn written_address(address: IpAddr) -> String {
        let mut line = Line::default();
        line.address(address);
        String::from_utf8(line.0).unwrap()
    }

    fn written(address: IpAddr) -> String {
        let mut line = Line::default();
        line.address(address);
        String::from_utf8(line.0).unwrap()
    }

    #[test]
    fn ipv6_addresses_are_written_as_display_writes_them() {
        for text in [
            "::",
            "::1",
            "1::",
            "2600::",
            "2600:0:f::4",
            "2600:1f18::ffff:ffff:ffff:fffe",
            "1:0:0:1:0:0:0:1",
            "1:0:1:0:1:0:1:0",
            "1:2:3:4:5:6:7:8",
            "0:1:0:0:1:0:0:0",
            "::ffff:10.0.0.1",
            "::10.0.0.1",
            "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
        ] {
            let address: IpAddr = text.parse().unwrap();
            assert_eq!(written(address), address.to_string(), "{text}");
        }
    }

    /// Addresses with many zero groups, where the `::` rules matter.
    fn zero_heavy_ipv6() -> impl Strategy<Value = Ipv6Addr> {
        proptest::array::uniform8(prop_oneof![Just(0u16), Just(0xffff), any::<u16>()])
            .prop_map(Ipv6Addr::from)
    }

    fn with_row_formatter(value: &impl Serialize) -> String {
        let mut bytes = Vec::new();
        value
            .serialize(&mut serde_json::Serializer::with_formatter(
                &mut bytes,
                RowFormatter,
            ))
            .unwrap();
        String::from_utf8(bytes).unwrap()
    }

    #[test]
    fn a_json_row_has_the_split_rows_fields_and_layout() {
        let row = SplitRow {
            cidr: "10.0.0.0/28".parse().unwrap(),
            usable: 11,
            first_usable: Some("10.0.0.4".parse().unwrap()),
            last_usable: Some("10.0.0.14".parse().unwrap()),
        };
        assert_eq!(
            with_row_formatter(&RowText::default().row(&row)),
            r#"{"cidr": "10.0.0.0/28", "usable": 11, "first_usable": "10.0.0.4", "last_usable": "10.0.0.14"}"#
        );
    }

    proptest! {
        #[test]
        fn prop_a_json_row_serializes_as_the_split_row_does(
            v4 in any::<u32>(),
            v6 in any::<u128>(),
            p4 in 0u8..=32,
            p6 in 0u8..=128,
            usable in any::<u128>(),
            reserved_only in any::<bool>(),
        ) {
            for cidr in [
                IpNet::new(IpAddr::V4(Ipv4Addr::from(v4)), p4).unwrap().trunc(),
                IpNet::new(IpAddr::V6(Ipv6Addr::from(v6)), p6).unwrap().trunc(),
            ] {
                let (first, last) = if reserved_only {
                    (None, None)
                } else {
                    (Some(cidr.network()), Some(cidr.broadcast()))
                };
                let row = SplitRow { cidr, usable, first_usable: first, last_usable: last };
                prop_assert_eq!(
                    with_row_formatter(&RowText::default().row(&row)),
                    with_row_formatter(&row)
                );
            }
        }

        #[test]
        fn prop_the_fast_writer_matches_display(
            v4 in any::<u32>(),
            v6 in any::<u128>(),
            sparse in zero_heavy_ipv6(),
        ) {
            for address in [
                IpAddr::V4(Ipv4Addr::from(v4)),
                IpAddr::V6(Ipv6Addr::from(v6)),
                IpAddr::V6(sparse),
                IpAddr::V6(Ipv4Addr::from(v4).to_ipv6_mapped()),
            ] {
                prop_assert_eq!(written(address), address.to_string());
            }
        }
    }
}
