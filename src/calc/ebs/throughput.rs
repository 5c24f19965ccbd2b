//! A throughput as typed for EBS: `600`, `600mib/s`, `600 MiB/s`, `600mibps`, `1gib/s`.
//!
//! The grammar is [`crate::units::Throughput`]'s: a size per time unit, per second when no
//! time unit is given, with `mbps` and `gbps` refused because they usually mean bits. For
//! EBS a bare number is MiB/s, the unit AWS states EBS throughput in, and `mb/s` is read as
//! MiB/s too (the report says so).

use std::fmt;
use std::str::FromStr;

use rust_decimal::Decimal;

use crate::error::Error;
use crate::units::{self, KbConvention, SizeUnit};

/// The largest throughput accepted, in MiB/s (10^12), to keep every figure exact.
const MAX_MIBPS: u64 = 1_000_000_000_000;

/// A throughput in MiB/s, with the text the user typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Throughput {
    mibps: Decimal,
    typed: units::Throughput,
}

impl Throughput {
    /// A throughput of `mibps` MiB/s, as if typed `N mib/s`.
    ///
    /// # Errors
    /// When `mibps` is not positive or too large.
    pub fn from_mibps(mibps: Decimal) -> Result<Throughput, Error> {
        format!("{mibps}mib/s").parse()
    }

    /// The throughput in MiB/s (exact, or rounded to 28 digits for spans like `/h`).
    #[must_use]
    pub fn mibps(&self) -> Decimal {
        self.mibps
    }

    /// The text as typed, trimmed.
    #[must_use]
    pub fn text(&self) -> &str {
        self.typed.text()
    }

    /// Whether it was written `mb/s`, which awscalc reads as MiB/s.
    #[must_use]
    pub fn decimal_spelling(&self) -> bool {
        self.typed.size().unit() == Some(SizeUnit::Mega)
    }
}

impl fmt::Display for Throughput {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.typed.text())
    }
}

impl FromStr for Throughput {
    type Err = Error;

    fn from_str(input: &str) -> Result<Throughput, Error> {
        let typed: units::Throughput = input.parse()?;
        let mib = SizeUnit::Mebi.bytes(KbConvention::Binary);
        let bytes = typed.size().bytes(SizeUnit::Mebi, KbConvention::Binary)?;
        let mibps = (bytes / mib / Decimal::from(typed.per_seconds())).normalize();
        if mibps > Decimal::from(MAX_MIBPS) {
            return Err(Error::TooLarge {
                what: "throughput",
                input: typed.text().to_string(),
                max: "1,000,000,000,000 MiB/s".into(),
            });
        }
        Ok(Throughput { mibps, typed })
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
        assert!(err.contains("bits"), "{err}");
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
