//! A throughput as typed for EBS: `600`, `600mib/s`, `600 MiB/s`, `1gib/s`.
//!
//! # Grammar
//!
//! A positive number, an optional space, and an optional unit, case-insensitive:
//!
//! | unit | meaning |
//! |---|---|
//! | none, `mib/s`, `mibps`, `mib` | MiB per second (EBS's unit) |
//! | `mb/s` | read as MiB/s, EBS's unit, and the report says so |
//! | `gib/s` | 1,024 MiB/s |
//! | `kib/s` | 1/1,024 MiB/s |
//!
//! `mbps` and `gbps` are refused: they usually mean megabits, and EBS throughput is in
//! mebibytes. The number follows [`crate::units::parse_positive`] (digits, one `.`, `_`).

use std::fmt;
use std::str::FromStr;

use rust_decimal::Decimal;

use crate::error::Error;
use crate::units::parse_positive;

const ACCEPTED: &str =
    "a positive number of MiB/s with an optional unit: 600, 600mib/s, 600 MiB/s, 1gib/s";

/// The largest throughput accepted, in MiB/s (10^12), to keep every figure exact.
const MAX_MIBPS: u64 = 1_000_000_000_000;

/// A throughput in MiB/s, with the text the user typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Throughput {
    mibps: Decimal,
    text: String,
    decimal_spelling: bool,
}

impl Throughput {
    /// A throughput of `mibps` MiB/s, as if typed `N mib/s`.
    ///
    /// # Errors
    /// When `mibps` is not positive or too large.
    pub fn from_mibps(mibps: Decimal) -> Result<Throughput, Error> {
        format!("{mibps}mib/s").parse()
    }

    /// The throughput in MiB/s, exactly.
    #[must_use]
    pub fn mibps(&self) -> Decimal {
        self.mibps
    }

    /// The text as typed, trimmed.
    #[must_use]
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Whether it was written `mb/s`, which awscalc reads as MiB/s.
    #[must_use]
    pub fn decimal_spelling(&self) -> bool {
        self.decimal_spelling
    }
}

impl fmt::Display for Throughput {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl FromStr for Throughput {
    type Err = Error;

    fn from_str(input: &str) -> Result<Throughput, Error> {
        let text = input.trim();
        let bad = |reason: String| Error::InvalidRate {
            input: text.to_string(),
            reason,
            accepted: ACCEPTED,
        };
        let end = text
            .char_indices()
            .find(|&(_, c)| !(c.is_ascii_digit() || matches!(c, '.' | '_' | '-' | '+')))
            .map_or(text.len(), |(i, _)| i);
        let (number, rest) = text.split_at(end);
        if number.is_empty() {
            return Err(bad(if text.is_empty() {
                "it is empty".into()
            } else {
                "it does not start with a number".into()
            }));
        }
        let value = parse_positive(number, text, "throughput").map_err(|e| match e {
            Error::NotPositive { .. } | Error::TooLarge { .. } => e,
            _ => bad(format!("`{number}` is not a number")),
        })?;
        let word = rest.trim().to_ascii_lowercase();
        let (factor, decimal_spelling) = match word.as_str() {
            "" | "mib/s" | "mibps" | "mib" | "mib/sec" => (Decimal::ONE, false),
            "mb/s" | "mb/sec" => (Decimal::ONE, true),
            "gib/s" | "gibps" => (Decimal::from(1024), false),
            "kib/s" | "kibps" => (Decimal::ONE / Decimal::from(1024), false),
            "mbps" | "gbps" | "mbit/s" | "gbit/s" => {
                return Err(bad(format!(
                    "`{}` is ambiguous (often megabits); EBS throughput is in MiB/s",
                    rest.trim()
                )))
            }
            _ => return Err(bad(format!("unknown unit `{}`", rest.trim()))),
        };
        let mibps = value
            .checked_mul(factor)
            .ok_or(Error::Overflow)?
            .normalize();
        if mibps > Decimal::from(MAX_MIBPS) {
            return Err(Error::TooLarge {
                what: "throughput",
                input: text.to_string(),
                max: "1,000,000,000,000 MiB/s".into(),
            });
        }
        Ok(Throughput {
            mibps,
            text: text.to_string(),
            decimal_spelling,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mibps(text: &str) -> Decimal {
        text.parse::<Throughput>().unwrap().mibps()
    }

    #[test]
    fn throughput_in_every_documented_spelling() {
        assert_eq!(mibps("600"), Decimal::from(600));
        assert_eq!(mibps("600mib/s"), Decimal::from(600));
        assert_eq!(mibps("600 MiB/s"), Decimal::from(600));
        assert_eq!(mibps("600MiBps"), Decimal::from(600));
        assert_eq!(mibps("2gib/s"), Decimal::from(2048));
        assert_eq!(mibps("512kib/s"), Decimal::new(5, 1));
        assert_eq!(mibps("62.5"), Decimal::new(625, 1));
        assert!("600mb/s".parse::<Throughput>().unwrap().decimal_spelling());
    }

    #[test]
    fn bad_throughputs_name_the_input() {
        for input in ["", "fast", "0", "-5", "600mbps", "600 furlongs/s", "1.2.3"] {
            let err = input.parse::<Throughput>().unwrap_err().to_string();
            assert!(err.contains(&format!("`{input}`")), "{input}: {err}");
        }
        let err = "600mbps".parse::<Throughput>().unwrap_err().to_string();
        assert!(err.contains("megabits"), "{err}");
    }

    proptest::proptest! {
        #[test]
        fn prop_throughput_parser_never_panics(s in "\\PC{0,24}") {
            let _ = s.parse::<Throughput>();
        }

        #[test]
        fn prop_throughput_round_trips_whole_mibps(n in 1u64..=1_000_000) {
            let t: Throughput = format!("{n}mib/s").parse().unwrap();
            proptest::prop_assert_eq!(t.mibps(), Decimal::from(n));
        }
    }
}
