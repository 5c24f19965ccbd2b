//! An instance type from awscalc's table: `awscalc ebs --type gp3 --size 1000 --iops 16000
//! --throughput 1000 --instance m5.large [--instance-burst]`.
//!
//! AWS lists each EBS-optimized instance type's baseline and maximum EBS bandwidth (Mbps)
//! and IOPS (16 KiB I/O); an instance whose baseline is below its maximum reaches the
//! maximum "for 30 minutes at least once every 24 hours, after which they revert to their
//! baseline performance". The answer uses the baseline (what the instance sustains), or the
//! maximum with `--instance-burst`. The throughput is the bandwidth / 8 in bytes: AWS's
//! "MB/s" column is 1,000,000-byte MB (650 Mbps is 81.25 MB/s). The figures and where they
//! were read are in `facts/ebs/instances.rs`.

use std::fmt;
use std::str::FromStr;

use rust_decimal::Decimal;
use serde::Serialize;

use super::Problem;
use crate::error::Error;
use crate::facts::ebs::instances::{
    instance_row, InstanceRow, INSTANCE_BURST_MINUTES, INSTANCE_BURST_WINDOW_HOURS, INSTANCE_ROWS,
};
use crate::facts::FactBook;

/// An instance type awscalc holds: `m5.large`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InstanceType {
    row: &'static InstanceRow,
}

impl InstanceType {
    /// The type's name as AWS writes it, `m5.large`.
    #[must_use]
    pub fn name(self) -> &'static str {
        self.row.name
    }

    /// Every type awscalc holds, in table order.
    pub fn all() -> impl Iterator<Item = InstanceType> {
        INSTANCE_ROWS.iter().map(|row| InstanceType { row })
    }
}

impl fmt::Display for InstanceType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.row.name)
    }
}

impl FromStr for InstanceType {
    type Err = Error;

    fn from_str(text: &str) -> Result<InstanceType, Error> {
        instance_row(text)
            .map(|row| InstanceType { row })
            .ok_or_else(|| {
                Problem::UnknownInstance {
                    given: text.trim().to_string(),
                }
                .into()
            })
    }
}

/// Which of the instance's figures the answer uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum InstanceFigure {
    /// The baseline: what the instance sustains.
    Baseline,
    /// The maximum: 30 minutes at least once every 24 hours on an instance whose baseline
    /// is lower (`--instance-burst`).
    Maximum,
}

/// `--instance TYPE [--instance-burst]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InstanceChoice {
    /// The instance type.
    pub instance_type: InstanceType,
    /// Which figure the answer uses.
    pub figure: InstanceFigure,
}

/// The instance's figures as AWS lists them, on the question's date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct InstanceLimits {
    /// The instance type, `m5.large`.
    pub instance_type: &'static str,
    /// Which figure the answer uses.
    pub figure: InstanceFigure,
    /// Baseline EBS bandwidth, Mbps.
    pub baseline_mbps: Decimal,
    /// Maximum EBS bandwidth, Mbps.
    pub maximum_mbps: Decimal,
    /// Baseline EBS IOPS.
    pub baseline_iops: Decimal,
    /// Maximum EBS IOPS.
    pub maximum_iops: Decimal,
    /// Whether the baseline is below the maximum: the maximum lasts `burst_minutes` at
    /// least once every `burst_window_hours`.
    pub bursts: bool,
    /// Minutes the maximum lasts (where it bursts).
    pub burst_minutes: Option<Decimal>,
    /// The window in which it does so at least once, hours (where it bursts).
    pub burst_window_hours: Option<Decimal>,
    /// The IOPS delivered with the other figure (baseline ↔ maximum), where it differs.
    pub other_figure_iops: Option<Decimal>,
}

/// Bytes per second in one Mbps: 1,000,000 bits / 8.
pub const BYTES_PER_MEGABIT: u32 = 125_000;

impl InstanceLimits {
    /// The bandwidth the answer uses, Mbps.
    #[must_use]
    pub fn mbps(&self) -> Decimal {
        match self.figure {
            InstanceFigure::Baseline => self.baseline_mbps,
            InstanceFigure::Maximum => self.maximum_mbps,
        }
    }

    /// The IOPS the answer uses.
    #[must_use]
    pub fn iops(&self) -> Decimal {
        match self.figure {
            InstanceFigure::Baseline => self.baseline_iops,
            InstanceFigure::Maximum => self.maximum_iops,
        }
    }

    /// The IOPS of the figure the answer does not use.
    #[must_use]
    pub fn other_iops(&self) -> Decimal {
        match self.figure {
            InstanceFigure::Baseline => self.maximum_iops,
            InstanceFigure::Maximum => self.baseline_iops,
        }
    }

    /// The throughput the answer uses, bytes per second: Mbps × 125,000.
    #[must_use]
    pub fn bytes_per_second(&self) -> Decimal {
        self.mbps() * Decimal::from(BYTES_PER_MEGABIT)
    }
}

/// The instance's figures on the book's date.
///
/// ```
/// use awscalc::calc::ebs::{instance_limits, InstanceChoice, InstanceFigure};
/// use awscalc::facts::{FactBook, Registry};
///
/// // AWS's table: m5.large, baseline 650 Mbps and 3,600 IOPS, maximum 4,750 Mbps and
/// // 18,750 IOPS (81.25 and 593.75 MB/s).
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 11, 30));
/// let choice = InstanceChoice {
///     instance_type: "m5.large".parse().unwrap(),
///     figure: InstanceFigure::Baseline,
/// };
/// let m5 = instance_limits(&choice, &mut book).unwrap();
/// assert_eq!((m5.mbps(), m5.iops()), (650.into(), 3600.into()));
/// assert_eq!(m5.bytes_per_second(), 81_250_000.into());
///
/// // A type awscalc does not hold is refused, naming the flags that take its limits.
/// let err = "x9.huge".parse::<awscalc::calc::ebs::InstanceType>().unwrap_err();
/// assert!(err.to_string().contains("--instance-iops"));
/// ```
///
/// # Errors
/// [`Error::NotYetAvailable`] for a date before the type was listed.
pub fn instance_limits(
    choice: &InstanceChoice,
    book: &mut FactBook,
) -> Result<InstanceLimits, Error> {
    let row = choice.instance_type.row;
    let baseline_mbps = book.value(row.baseline_mbps)?;
    let maximum_mbps = book.value(row.maximum_mbps)?;
    let baseline_iops = book.value(row.baseline_iops)?;
    let maximum_iops = book.value(row.maximum_iops)?;
    let bursts = baseline_mbps < maximum_mbps || baseline_iops < maximum_iops;
    let (burst_minutes, burst_window_hours) = if bursts {
        (
            Some(book.value(INSTANCE_BURST_MINUTES)?),
            Some(book.value(INSTANCE_BURST_WINDOW_HOURS)?),
        )
    } else {
        (None, None)
    };
    Ok(InstanceLimits {
        instance_type: row.name,
        figure: choice.figure,
        baseline_mbps,
        maximum_mbps,
        baseline_iops,
        maximum_iops,
        bursts,
        burst_minutes,
        burst_window_hours,
        other_figure_iops: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::Registry;
    use jiff::civil::date;

    fn limits(name: &str, figure: InstanceFigure, on: jiff::civil::Date) -> InstanceLimits {
        let mut book = FactBook::new(Registry::builtin(), on);
        let choice = InstanceChoice {
            instance_type: name.parse().unwrap(),
            figure,
        };
        instance_limits(&choice, &mut book).unwrap()
    }

    #[test]
    fn the_throughput_column_is_the_bandwidth_over_8() {
        // AWS's table: m5.large 650 Mbps → 81.25 MB/s, 4,750 Mbps → 593.75 MB/s.
        let today = date(2026, 11, 30);
        let base = limits("m5.large", InstanceFigure::Baseline, today);
        assert_eq!(base.bytes_per_second(), Decimal::from(81_250_000));
        let max = limits("m5.large", InstanceFigure::Maximum, today);
        assert_eq!(max.bytes_per_second(), Decimal::from(593_750_000));
        assert_eq!(max.iops(), Decimal::from(18_750));
        assert!(max.bursts);
        assert_eq!(max.burst_minutes, Some(Decimal::from(30)));
    }

    #[test]
    fn a_type_without_an_asterisk_sustains_its_maximum() {
        // AWS's table: m5.4xlarge, 4,750 Mbps and 18,750 IOPS, no asterisk.
        let m = limits("m5.4xlarge", InstanceFigure::Baseline, date(2026, 11, 30));
        assert!(!m.bursts);
        assert_eq!(m.mbps(), m.maximum_mbps);
        assert_eq!(m.burst_minutes, None);
    }

    #[test]
    fn t3_bandwidth_rose_in_2020() {
        // The version of 2019-12-10: t3.micro 64 / 1,536 Mbps; of 2020-02-28: 87 / 2,085.
        let before = limits("t3.micro", InstanceFigure::Baseline, date(2020, 1, 1));
        assert_eq!(
            (before.baseline_mbps, before.maximum_mbps),
            (64.into(), 1536.into())
        );
        let after = limits("T3.Micro", InstanceFigure::Baseline, date(2020, 3, 1));
        assert_eq!(
            (after.baseline_mbps, after.maximum_mbps),
            (87.into(), 2085.into())
        );
        // 87 Mbps is 10.875 MB/s exactly (AWS's column rounds it to 10.88).
        assert_eq!(after.bytes_per_second(), Decimal::from(10_875_000));
    }

    #[test]
    fn a_type_asked_before_it_was_listed_is_not_available() {
        let mut book = FactBook::new(Registry::builtin(), date(2022, 1, 1));
        let choice = InstanceChoice {
            instance_type: "m7g.large".parse().unwrap(),
            figure: InstanceFigure::Baseline,
        };
        assert!(matches!(
            instance_limits(&choice, &mut book),
            Err(Error::NotYetAvailable { .. })
        ));
    }

    #[test]
    fn every_row_has_baseline_at_most_maximum() {
        let today = date(2026, 11, 30);
        for t in InstanceType::all() {
            let l = limits(t.name(), InstanceFigure::Baseline, today);
            assert!(l.baseline_mbps <= l.maximum_mbps, "{t}");
            assert!(l.baseline_iops <= l.maximum_iops, "{t}");
        }
    }

    #[test]
    fn an_unknown_type_is_refused() {
        assert!(matches!(
            "m5.huge".parse::<InstanceType>(),
            Err(Error::Ebs(Problem::UnknownInstance { .. }))
        ));
        assert!(" m5.LARGE ".parse::<InstanceType>().is_ok());
    }
}
