//! Amazon EBS volume performance: `awscalc ebs`.
//!
//! Two questions:
//! - one volume ([`volume`]): what a volume of a type and size delivers (baseline,
//!   burst, throughput, gp2 credit timings, st1/sc1 scan time), and whether provisioned
//!   IOPS and throughput fit the size;
//! - which volume ([`which_volume`]): for every type, whether it sustains N IOPS and/or
//!   MiB/s, and the smallest size that does.
//!
//! Every constant comes from the facts registry (`facts/ebs.rs`); the rules, with their
//! AWS pages, are in `docs/ebs.md`. Sizes are whole GiB (1 TiB = 1,024 GiB), throughput
//! is MiB/s, and the SSD I/O size cap is 256 KiB, all binary as AWS documents.

mod throughput;
mod which;

pub use throughput::Throughput;
pub use which::{which_volume, Need};

use std::fmt;
use std::str::FromStr;

use jiff::civil::Date;
use rust_decimal::{Decimal, RoundingStrategy};

use crate::error::Error;
use crate::facts::ebs as fact;
use crate::facts::FactBook;
use crate::facts::FactId;
use crate::report::{Alternative, Report, Value};
use crate::units::{ceil_div, group, KbConvention, Size, SizeUnit};

/// An EBS volume type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum VolumeType {
    /// General Purpose SSD, current generation: IOPS and throughput provisioned apart from size.
    Gp3,
    /// General Purpose SSD: IOPS from the size (3 per GiB), with a burst bucket.
    Gp2,
    /// Provisioned IOPS SSD: io2 Block Express for volumes created since 2023-11-21 (every
    /// io2 volume since 2025-04-30), the earlier io2 limits before.
    Io2,
    /// Provisioned IOPS SSD, 50 IOPS per GiB.
    Io1,
    /// Throughput Optimized HDD.
    St1,
    /// Cold HDD.
    Sc1,
    /// Magnetic, previous generation.
    Standard,
}

impl VolumeType {
    /// Every type, in the order a tie in size is listed.
    pub const ALL: [VolumeType; 7] = [
        VolumeType::Gp3,
        VolumeType::Gp2,
        VolumeType::Io2,
        VolumeType::Io1,
        VolumeType::St1,
        VolumeType::Sc1,
        VolumeType::Standard,
    ];

    /// The API name: `gp3`, `st1`, `standard`.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            VolumeType::Gp3 => "gp3",
            VolumeType::Gp2 => "gp2",
            VolumeType::Io2 => "io2",
            VolumeType::Io1 => "io1",
            VolumeType::St1 => "st1",
            VolumeType::Sc1 => "sc1",
            VolumeType::Standard => "standard",
        }
    }

    /// A fact that has no value before the type existed, where awscalc knows the date.
    fn launch_fact(self) -> Option<FactId> {
        match self {
            VolumeType::Gp3 => Some(fact::GP3_BASELINE_IOPS),
            VolumeType::Io2 => Some(fact::IO2_MIN_IOPS),
            _ => None,
        }
    }

    /// When the type did not exist on the book's date: the error saying so.
    fn check_exists(self, book: &FactBook) -> Result<(), Error> {
        let Some(id) = self.launch_fact() else {
            return Ok(());
        };
        if book.peek(id).is_some() {
            return Ok(());
        }
        let fact = book.fact(id)?;
        let since = fact
            .history
            .iter()
            .find_map(|e| e.value.and(e.since))
            .map_or_else(|| "a later date".to_string(), |d| d.to_string());
        Err(Error::NotYetAvailable {
            name: self.name(),
            as_of: book.as_of().to_string(),
            history: format!("it came on {since}"),
        })
    }
}

impl fmt::Display for VolumeType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for VolumeType {
    type Err = Error;

    fn from_str(text: &str) -> Result<VolumeType, Error> {
        VolumeType::ALL
            .into_iter()
            .find(|t| t.name().eq_ignore_ascii_case(text.trim()))
            .ok_or_else(|| Error::Conflict {
                message: format!(
                    "unknown volume type `{}`: expected gp3, gp2, io2, io1, st1, sc1 or standard",
                    text.trim()
                ),
            })
    }
}

/// One volume: `awscalc ebs --type gp2 --size 500`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VolumeRequest {
    /// The type.
    pub volume_type: VolumeType,
    /// The size; a bare number is GiB.
    pub size: Size,
    /// Provisioned IOPS (gp3, io1, io2).
    pub iops: Option<Decimal>,
    /// Provisioned throughput (gp3).
    pub throughput: Option<Throughput>,
    /// Time to read the whole volume (st1, sc1).
    pub scan: bool,
}

// ---------------------------------------------------------------------------------------
// Units

fn binary(unit: SizeUnit) -> Decimal {
    unit.bytes(KbConvention::Binary)
}

/// KiB in one MiB: 1,024.
fn kib_per_mib() -> Decimal {
    binary(SizeUnit::Mebi) / binary(SizeUnit::Kibi)
}

/// GiB in one TiB: 1,024.
fn gib_per_tib() -> Decimal {
    binary(SizeUnit::Tebi) / binary(SizeUnit::Gibi)
}

/// A size in whole GiB; a bare number is GiB, `gb`/`tb` are read as GiB/TiB.
///
/// # Errors
/// [`Error::AwsLimit`] for a size that is not a whole number of GiB; size parse limits.
pub fn size_gib(size: &Size) -> Result<Decimal, Error> {
    let bytes = size.bytes(SizeUnit::Gibi, KbConvention::Binary)?;
    let gib = binary(SizeUnit::Gibi);
    if !(bytes % gib).is_zero() {
        return Err(Error::AwsLimit {
            message: format!(
                "EBS volume sizes are whole GiB: `{}` is not; use {} GiB",
                size.text(),
                group(ceil_div(bytes, gib)?)
            ),
        });
    }
    Ok((bytes / gib).normalize())
}

/// Seconds in words: `2,000 s (33 min 20 s)`.
#[must_use]
pub fn seconds_words(seconds: Decimal) -> String {
    let whole = seconds.trunc();
    let total = whole.to_string().parse::<u128>().unwrap_or(0);
    let (h, m, s) = (total / 3600, (total % 3600) / 60, total % 60);
    let mut parts = Vec::new();
    if h > 0 {
        parts.push(format!("{} h", group(Decimal::from(h))));
    }
    if m > 0 {
        parts.push(format!("{m} min"));
    }
    if s > 0 || parts.is_empty() {
        parts.push(format!("{s} s"));
    }
    let approx = if whole == seconds { "" } else { "about " };
    format!("{} s ({approx}{})", group(seconds), parts.join(" "))
}

/// Rounds a duration down to 0.01 s: awscalc never promises a longer burst than AWS's rule.
fn seconds2(value: Decimal) -> Decimal {
    value
        .round_dp_with_strategy(2, RoundingStrategy::ToZero)
        .normalize()
}

// ---------------------------------------------------------------------------------------
// Limits per type, read from the facts registry

/// gp2's rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Gp2 {
    min_size: Decimal,
    max_size: Decimal,
    per_gib: Decimal,
    min_iops: Decimal,
    max_iops: Decimal,
    burst_iops: Decimal,
    credits: Decimal,
    small_tput: Decimal,
    small_max_gib: Decimal,
    max_tput: Decimal,
    io_kib: Decimal,
}

impl Gp2 {
    fn load(book: &mut FactBook) -> Result<Gp2, Error> {
        Ok(Gp2 {
            min_size: book.value(fact::GP2_MIN_SIZE_GIB)?,
            max_size: book.value(fact::GP2_MAX_SIZE_GIB)?,
            per_gib: book.value(fact::GP2_IOPS_PER_GIB)?,
            min_iops: book.value(fact::GP2_MIN_IOPS)?,
            max_iops: book.value(fact::GP2_MAX_IOPS)?,
            burst_iops: book.value(fact::GP2_BURST_IOPS)?,
            credits: book.value(fact::GP2_CREDIT_BALANCE)?,
            small_tput: book.value(fact::GP2_SMALL_THROUGHPUT_MIBPS)?,
            small_max_gib: book.value(fact::GP2_SMALL_MAX_GIB)?,
            max_tput: book.value(fact::GP2_MAX_THROUGHPUT_MIBPS)?,
            io_kib: book.value(fact::SSD_MAX_IO_KIB)?,
        })
    }

    /// `min(max, max(min, 3 × size))`.
    fn baseline_iops(&self, size: Decimal) -> Decimal {
        (self.per_gib * size).max(self.min_iops).min(self.max_iops)
    }

    /// Whether the volume bursts: only while its baseline is below the burst rate.
    fn bursts(&self, size: Decimal) -> bool {
        self.baseline_iops(size) < self.burst_iops
    }

    /// Seconds a full bucket sustains the burst: credits ÷ (burst − baseline).
    fn burst_seconds(&self, size: Decimal) -> Option<Decimal> {
        self.bursts(size)
            .then(|| self.credits / (self.burst_iops - self.baseline_iops(size)))
    }

    /// Seconds an empty bucket takes to fill, earning at the baseline rate.
    fn refill_seconds(&self, size: Decimal) -> Decimal {
        self.credits / self.baseline_iops(size)
    }

    /// The most throughput the size allows: 128 MiB/s up to 170 GiB, else the cap.
    fn max_throughput(&self, size: Decimal) -> Decimal {
        if size <= self.small_max_gib {
            self.small_tput
        } else {
            self.max_tput
        }
    }

    /// Throughput without credits: baseline IOPS × 256 KiB, within the size's maximum.
    fn sustained_throughput(&self, size: Decimal) -> Decimal {
        (self.baseline_iops(size) * self.io_kib / kib_per_mib()).min(self.max_throughput(size))
    }
}

/// gp3's rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Gp3 {
    min_size: Decimal,
    max_size: Decimal,
    base_iops: Decimal,
    base_tput: Decimal,
    per_gib: Decimal,
    per_iops: Decimal,
    max_iops: Decimal,
    max_tput: Decimal,
}

impl Gp3 {
    fn load(book: &mut FactBook) -> Result<Gp3, Error> {
        VolumeType::Gp3.check_exists(book)?;
        Ok(Gp3 {
            min_size: book.value(fact::GP3_MIN_SIZE_GIB)?,
            max_size: book.value(fact::GP3_MAX_SIZE_GIB)?,
            base_iops: book.value(fact::GP3_BASELINE_IOPS)?,
            base_tput: book.value(fact::GP3_BASELINE_THROUGHPUT_MIBPS)?,
            per_gib: book.value(fact::GP3_IOPS_PER_GIB)?,
            per_iops: book.value(fact::GP3_THROUGHPUT_PER_IOPS_MIBPS)?,
            max_iops: book.value(fact::GP3_MAX_IOPS)?,
            max_tput: book.value(fact::GP3_MAX_THROUGHPUT_MIBPS)?,
        })
    }

    /// The most IOPS the size allows: `max(3,000, min(max, 500 × size))`.
    fn max_iops_for(&self, size: Decimal) -> Decimal {
        (self.per_gib * size).min(self.max_iops).max(self.base_iops)
    }

    /// The most throughput `iops` allow: `min(max, 0.25 × iops)`.
    fn max_tput_for(&self, iops: Decimal) -> Decimal {
        (self.per_iops * iops).min(self.max_tput)
    }

    /// The smallest size that allows `iops`.
    fn min_size_for_iops(&self, iops: Decimal) -> Result<Decimal, Error> {
        if iops <= self.base_iops {
            return Ok(self.min_size);
        }
        Ok(ceil_div(iops, self.per_gib)?.max(self.min_size))
    }

    /// The fewest IOPS that allow `tput`.
    fn min_iops_for_tput(&self, tput: Decimal) -> Result<Decimal, Error> {
        Ok(ceil_div(tput, self.per_iops)?.max(self.base_iops))
    }
}

/// How io1 and io2 throughput follows from IOPS.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum IoThroughput {
    /// io1 (and io2 before Block Express): 256 KiB per IOPS up to a cap at the step,
    /// then 16 KiB per IOPS up to the maximum.
    Stepped {
        step_iops: Decimal,
        step_tput: Decimal,
        io_kib: Decimal,
        kib_above: Decimal,
        max_tput: Decimal,
    },
    /// io2 Block Express: 0.256 MiB/s per IOPS up to the maximum.
    Linear {
        per_iops: Decimal,
        max_tput: Decimal,
    },
}

/// io1's or io2's rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Io {
    kind: VolumeType,
    min_size: Decimal,
    max_size: Decimal,
    min_iops: Decimal,
    per_gib: Decimal,
    max_iops: Decimal,
    rule: IoThroughput,
}

impl Io {
    fn load(kind: VolumeType, book: &mut FactBook) -> Result<Io, Error> {
        kind.check_exists(book)?;
        let stepped = |book: &mut FactBook, max_tput: Decimal| -> Result<IoThroughput, Error> {
            Ok(IoThroughput::Stepped {
                step_iops: book.value(fact::IO1_STEP_IOPS)?,
                step_tput: book.value(fact::IO1_STEP_THROUGHPUT_MIBPS)?,
                io_kib: book.value(fact::SSD_MAX_IO_KIB)?,
                kib_above: book.value(fact::IO1_KIB_PER_IOPS_ABOVE_STEP)?,
                max_tput,
            })
        };
        if kind == VolumeType::Io1 {
            let max_tput = book.value(fact::IO1_MAX_THROUGHPUT_MIBPS)?;
            return Ok(Io {
                kind,
                min_size: book.value(fact::IO1_MIN_SIZE_GIB)?,
                max_size: book.value(fact::IO1_MAX_SIZE_GIB)?,
                min_iops: book.value(fact::IO1_MIN_IOPS)?,
                per_gib: book.value(fact::IO1_IOPS_PER_GIB)?,
                max_iops: book.value(fact::IO1_MAX_IOPS)?,
                rule: stepped(book, max_tput)?,
            });
        }
        let max_tput = book.value(fact::IO2_MAX_THROUGHPUT_MIBPS)?;
        let rule = if book.peek(fact::IO2_THROUGHPUT_PER_IOPS_MIBPS).is_some() {
            IoThroughput::Linear {
                per_iops: book.value(fact::IO2_THROUGHPUT_PER_IOPS_MIBPS)?,
                max_tput,
            }
        } else {
            stepped(book, max_tput)?
        };
        Ok(Io {
            kind,
            min_size: book.value(fact::IO2_MIN_SIZE_GIB)?,
            max_size: book.value(fact::IO2_MAX_SIZE_GIB)?,
            min_iops: book.value(fact::IO2_MIN_IOPS)?,
            per_gib: book.value(fact::IO2_IOPS_PER_GIB)?,
            max_iops: book.value(fact::IO2_MAX_IOPS)?,
            rule,
        })
    }

    /// The most IOPS the size allows: `min(max, ratio × size)`.
    fn max_iops_for(&self, size: Decimal) -> Decimal {
        (self.per_gib * size).min(self.max_iops)
    }

    /// The smallest size that allows `iops`.
    fn min_size_for_iops(&self, iops: Decimal) -> Result<Decimal, Error> {
        Ok(ceil_div(iops, self.per_gib)?.max(self.min_size))
    }

    /// The throughput `iops` provisioned IOPS give.
    fn throughput(&self, iops: Decimal) -> Decimal {
        match self.rule {
            IoThroughput::Stepped {
                step_iops,
                step_tput,
                io_kib,
                kib_above,
                max_tput,
            } => {
                if iops <= step_iops {
                    (iops * io_kib / kib_per_mib()).min(step_tput)
                } else {
                    (iops * kib_above / kib_per_mib()).min(max_tput)
                }
            }
            IoThroughput::Linear { per_iops, max_tput } => (iops * per_iops).min(max_tput),
        }
    }

    /// The fewest provisioned IOPS whose throughput reaches `tput`; `None` above the maximum.
    fn min_iops_for_tput(&self, tput: Decimal) -> Result<Option<Decimal>, Error> {
        let iops = match self.rule {
            IoThroughput::Stepped {
                step_iops,
                step_tput,
                io_kib,
                kib_above,
                max_tput,
            } => {
                if tput <= step_tput {
                    ceil_div(tput * kib_per_mib(), io_kib)?
                } else if tput <= max_tput {
                    ceil_div(tput * kib_per_mib(), kib_above)?.max(step_iops + Decimal::ONE)
                } else {
                    return Ok(None);
                }
            }
            IoThroughput::Linear { per_iops, max_tput } => {
                if tput > max_tput {
                    return Ok(None);
                }
                ceil_div(tput, per_iops)?
            }
        };
        Ok(Some(iops.max(self.min_iops)))
    }
}

/// st1's or sc1's rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Hdd {
    kind: VolumeType,
    min_size: Decimal,
    max_size: Decimal,
    base_per_tib: Decimal,
    burst_per_tib: Decimal,
    max_tput: Decimal,
    max_iops: Decimal,
    io_kib: Decimal,
    bucket_per_tib: Decimal,
    pct_tput: Decimal,
    pct_time: Decimal,
}

impl Hdd {
    fn load(kind: VolumeType, book: &mut FactBook) -> Result<Hdd, Error> {
        let [base, burst, max_tput, max_iops] = if kind == VolumeType::St1 {
            [
                fact::ST1_BASELINE_MIBPS_PER_TIB,
                fact::ST1_BURST_MIBPS_PER_TIB,
                fact::ST1_MAX_THROUGHPUT_MIBPS,
                fact::ST1_MAX_IOPS,
            ]
        } else {
            [
                fact::SC1_BASELINE_MIBPS_PER_TIB,
                fact::SC1_BURST_MIBPS_PER_TIB,
                fact::SC1_MAX_THROUGHPUT_MIBPS,
                fact::SC1_MAX_IOPS,
            ]
        };
        Ok(Hdd {
            kind,
            min_size: book.value(fact::HDD_MIN_SIZE_GIB)?,
            max_size: book.value(fact::HDD_MAX_SIZE_GIB)?,
            base_per_tib: book.value(base)?,
            burst_per_tib: book.value(burst)?,
            max_tput: book.value(max_tput)?,
            max_iops: book.value(max_iops)?,
            io_kib: book.value(fact::HDD_IO_KIB)?,
            bucket_per_tib: book.value(fact::HDD_BUCKET_TIB_PER_TIB)?,
            pct_tput: book.value(fact::HDD_CONSISTENCY_THROUGHPUT_PERCENT)?,
            pct_time: book.value(fact::HDD_CONSISTENCY_TIME_PERCENT)?,
        })
    }

    /// Baseline throughput: `min(cap, per TiB × size in TiB)`.
    fn baseline(&self, size: Decimal) -> Decimal {
        (self.base_per_tib * size / gib_per_tib()).min(self.max_tput)
    }

    /// Burst throughput: `min(cap, per TiB × size in TiB)`.
    fn burst(&self, size: Decimal) -> Decimal {
        (self.burst_per_tib * size / gib_per_tib()).min(self.max_tput)
    }

    /// IOPS at 1 MiB I/O for `mibps`, within the maximum.
    fn iops_at(&self, mibps: Decimal) -> Decimal {
        (mibps * kib_per_mib() / self.io_kib).min(self.max_iops)
    }

    /// The bucket in MiB: 1 TiB of credits per TiB of volume.
    fn bucket_mib(&self, size: Decimal) -> Decimal {
        size * kib_per_mib() * self.bucket_per_tib
    }

    fn burst_seconds(&self, size: Decimal) -> Option<Decimal> {
        let (base, burst) = (self.baseline(size), self.burst(size));
        (burst > base).then(|| self.bucket_mib(size) / (burst - base))
    }

    fn refill_seconds(&self, size: Decimal) -> Decimal {
        self.bucket_mib(size) / self.baseline(size)
    }
}

/// The magnetic (standard) type's stated figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Magnetic {
    min_size: Decimal,
    max_size: Decimal,
    average_iops: Decimal,
    low_iops: Decimal,
    high_iops: Decimal,
    low_tput: Decimal,
    high_tput: Decimal,
}

impl Magnetic {
    fn load(book: &mut FactBook) -> Result<Magnetic, Error> {
        Ok(Magnetic {
            min_size: book.value(fact::STANDARD_MIN_SIZE_GIB)?,
            max_size: book.value(fact::STANDARD_MAX_SIZE_GIB)?,
            average_iops: book.value(fact::STANDARD_AVERAGE_IOPS)?,
            low_iops: book.value(fact::STANDARD_MIN_IOPS)?,
            high_iops: book.value(fact::STANDARD_MAX_IOPS)?,
            low_tput: book.value(fact::STANDARD_MIN_THROUGHPUT_MIBPS)?,
            high_tput: book.value(fact::STANDARD_MAX_THROUGHPUT_MIBPS)?,
        })
    }
}

// ---------------------------------------------------------------------------------------
// One volume

/// `awscalc ebs --type T --size S`: what the volume delivers, with the facts in `book`.
///
/// # Errors
/// A size outside the type's range, IOPS or throughput beyond what the size or IOPS
/// allow, flags that do not apply to the type, or a type that did not exist yet.
pub fn volume(request: &VolumeRequest, book: &mut FactBook) -> Result<Report, Error> {
    let mut report = volume_report(request, book)?;
    report
        .alternatives
        .extend(other_dates(request, book, &report));
    report.attach_facts(book);
    Ok(report)
}

fn volume_report(request: &VolumeRequest, book: &mut FactBook) -> Result<Report, Error> {
    let kind = request.volume_type;
    kind.check_exists(book)?;
    let size = size_gib(&request.size)?;
    if request.iops.is_some()
        && !matches!(kind, VolumeType::Gp3 | VolumeType::Io1 | VolumeType::Io2)
    {
        return Err(Error::Conflict {
            message: format!(
                "{kind} IOPS follow from the volume, not from --iops: drop `--iops {}`, or use --type gp3, io1 or io2 to provision IOPS",
                request.iops.unwrap_or_default()
            ),
        });
    }
    if let Some(t) = &request.throughput {
        if kind != VolumeType::Gp3 {
            return Err(Error::Conflict {
                message: format!(
                    "only gp3 takes a provisioned throughput; {kind} throughput follows from its {}: drop `--throughput {}`",
                    if matches!(kind, VolumeType::Io1 | VolumeType::Io2) { "IOPS" } else { "size" },
                    t.text()
                ),
            });
        }
    }
    if request.scan && !matches!(kind, VolumeType::St1 | VolumeType::Sc1) {
        return Err(Error::Conflict {
            message: format!(
                "--scan applies to st1 and sc1, whose burst bucket is sized for a full scan; drop --scan for {kind}"
            ),
        });
    }
    let mut report = Report::new("ebs", book.as_of());
    describe_inputs(request, size, &mut report);
    match kind {
        VolumeType::Gp2 => gp2_report(request, size, &Gp2::load(book)?, &mut report)?,
        VolumeType::Gp3 => gp3_report(request, size, &Gp3::load(book)?, &mut report)?,
        VolumeType::Io1 | VolumeType::Io2 => {
            io_report(request, size, &Io::load(kind, book)?, &mut report, book)?;
        }
        VolumeType::St1 | VolumeType::Sc1 => {
            hdd_report(request, size, &Hdd::load(kind, book)?, &mut report)?;
        }
        VolumeType::Standard => {
            magnetic_report(request, size, &Magnetic::load(book)?, &mut report)?;
        }
    }
    Ok(report)
}

fn describe_inputs(request: &VolumeRequest, size: Decimal, report: &mut Report) {
    let kind = request.volume_type;
    report.input(
        "type",
        kind.name(),
        type_words(kind).into(),
        Value::text(kind.name()),
    );
    let unit = request.size.unit_or(SizeUnit::Gibi);
    let understood = if unit == SizeUnit::Gibi || unit == SizeUnit::Giga {
        format!("{} GiB", group(size))
    } else {
        format!(
            "{} {} = {} GiB",
            group(request.size.value()),
            unit.symbol(),
            group(size)
        )
    };
    report.input(
        "size",
        request.size.text(),
        understood,
        Value::Map(vec![
            ("given".into(), Value::text(request.size.text())),
            ("gib".into(), Value::from(size)),
        ]),
    );
    if request.size.unit().is_none() {
        report.note(format!(
            "`{}` has no unit: read as {} GiB, as EBS sizes are given",
            request.size.text(),
            group(size)
        ));
    } else if unit.is_ambiguous() {
        report.note(format!(
            "`{}` read as {}: EBS sizes are binary (1 GiB = 1,024³ bytes)",
            request.size.text(),
            unit.symbol().replace('B', "iB")
        ));
    }
    if let Some(iops) = request.iops {
        report.input(
            "iops",
            &iops.to_string(),
            format!("{} provisioned IOPS", group(iops)),
            Value::from(iops),
        );
    }
    if let Some(t) = &request.throughput {
        report.input(
            "throughput",
            t.text(),
            format!("{} MiB/s provisioned", group(t.mibps())),
            Value::from(t.mibps()),
        );
        if t.decimal_spelling() {
            report.note(format!(
                "`{}` read as MiB/s, the unit EBS provisions throughput in",
                t.text()
            ));
        }
    }
}

fn type_words(kind: VolumeType) -> &'static str {
    match kind {
        VolumeType::Gp3 => "General Purpose SSD (gp3)",
        VolumeType::Gp2 => "General Purpose SSD (gp2)",
        VolumeType::Io2 => "Provisioned IOPS SSD (io2)",
        VolumeType::Io1 => "Provisioned IOPS SSD (io1)",
        VolumeType::St1 => "Throughput Optimized HDD (st1)",
        VolumeType::Sc1 => "Cold HDD (sc1)",
        VolumeType::Standard => "Magnetic (standard), previous generation",
    }
}

/// Refuses a size outside `[min, max]`, naming the range and the smallest change.
fn check_size(
    kind: VolumeType,
    request_size: &Size,
    size: Decimal,
    min: Decimal,
    max: Decimal,
    as_of: Date,
) -> Result<(), Error> {
    let fix = if size < min {
        format!("use at least {} GiB", group(min))
    } else if size > max {
        format!("use at most {} GiB", group(max))
    } else {
        return Ok(());
    };
    Err(Error::AwsLimit {
        message: format!(
            "{kind} volumes are {} to {} GiB (on {as_of}): `{}` is {} GiB; {fix}",
            group(min),
            group(max),
            request_size.text(),
            group(size)
        ),
    })
}

fn common_fields(report: &mut Report, kind: VolumeType, size: Decimal) {
    report.field("type", Value::text(kind.name()), "");
    report.field("size_gib", Value::from(size), "GiB");
}

fn opt(value: Option<Decimal>) -> Value {
    value.map_or(Value::Null, Value::from)
}

#[allow(clippy::too_many_lines)] // one derivation, read top to bottom
fn gp2_report(
    request: &VolumeRequest,
    size: Decimal,
    gp2: &Gp2,
    report: &mut Report,
) -> Result<(), Error> {
    let kind = VolumeType::Gp2;
    check_size(
        kind,
        &request.size,
        size,
        gp2.min_size,
        gp2.max_size,
        report.as_of,
    )?;
    let baseline = report.step(
        format!(
            "baseline: {} IOPS per GiB, at least {}, at most the maximum",
            group(gp2.per_gib),
            group(gp2.min_iops)
        ),
        format!(
            "min({}, max({}, {} × {}))",
            group(gp2.max_iops),
            group(gp2.min_iops),
            group(gp2.per_gib),
            group(size)
        ),
        gp2.baseline_iops(size),
        "IOPS",
    );
    let burst_seconds = gp2.burst_seconds(size).map(seconds2);
    let refill = seconds2(gp2.refill_seconds(size));
    if let Some(seconds) = burst_seconds {
        report.step(
            "full bucket sustains the burst: credits / (burst − baseline)",
            format!(
                "{} / ({} − {})",
                group(gp2.credits),
                group(gp2.burst_iops),
                group(baseline)
            ),
            seconds,
            "s",
        );
        report.step(
            "empty bucket refills at the baseline rate: credits / baseline",
            format!("{} / {}", group(gp2.credits), group(baseline)),
            refill,
            "s",
        );
    } else {
        report.note(format!(
            "a baseline of {} IOPS is not below the {} IOPS burst rate: this volume does not burst, it sustains its baseline",
            group(baseline),
            group(gp2.burst_iops)
        ));
    }
    let max_tput = report.step(
        "maximum throughput for the size",
        if size <= gp2.small_max_gib {
            format!("{} GiB ≤ {} GiB", group(size), group(gp2.small_max_gib))
        } else {
            format!("{} GiB > {} GiB", group(size), group(gp2.small_max_gib))
        },
        gp2.max_throughput(size),
        "MiB/s",
    );
    let sustained = report.step(
        format!(
            "throughput without credits: baseline IOPS × {} KiB",
            group(gp2.io_kib)
        ),
        format!(
            "min({}, {} × {} / {})",
            group(max_tput),
            group(baseline),
            group(gp2.io_kib),
            group(kib_per_mib())
        ),
        gp2.sustained_throughput(size),
        "MiB/s",
    );
    let max_iops = if burst_seconds.is_some() {
        gp2.burst_iops
    } else {
        baseline
    };
    report.headline = match burst_seconds {
        Some(s) => format!(
            "{} IOPS baseline, bursting to {} IOPS for {}",
            group(baseline),
            group(gp2.burst_iops),
            seconds_words(s)
        ),
        None => format!("{} IOPS baseline, no burst", group(baseline)),
    };
    report.summary = format!(
        "gp2 at {} GiB: up to {} MiB/s, {} MiB/s without burst credits",
        group(size),
        group(max_tput),
        group(sustained)
    );
    common_fields(report, kind, size);
    report.field("baseline_iops", Value::from(baseline), "IOPS");
    report.field("max_iops", Value::from(max_iops), "IOPS");
    report.field(
        "burst_iops",
        opt(burst_seconds.map(|_| gp2.burst_iops)),
        "IOPS",
    );
    report.field("burst_seconds", opt(burst_seconds), "s");
    report.field("refill_seconds", opt(burst_seconds.map(|_| refill)), "s");
    report.field("max_throughput_mibps", Value::from(max_tput), "MiB/s");
    report.field("baseline_throughput_mibps", Value::from(sustained), "MiB/s");
    report.answer.push("baseline_iops".into());
    if burst_seconds.is_some() {
        report.alternatives.push(Alternative {
            value: gp2.burst_iops,
            reading: "the burst IOPS, while I/O credits last".into(),
            distance: 1,
        });
    }
    if size * gp2.per_gib < gp2.min_iops {
        report.note(
            "AWS's text says credits accrue at 3 per GiB per second, but its table fills small \
             volumes at their 100 IOPS minimum (1 GiB: 54,000 s); awscalc follows the table",
        );
    }
    report.note(
        "gp2 delivers its performance 99% of the time; throughput is also capped by the instance",
    );
    Ok(())
}

#[allow(clippy::too_many_lines)] // one derivation, read top to bottom
fn gp3_report(
    request: &VolumeRequest,
    size: Decimal,
    gp3: &Gp3,
    report: &mut Report,
) -> Result<(), Error> {
    let kind = VolumeType::Gp3;
    let as_of = report.as_of;
    check_size(kind, &request.size, size, gp3.min_size, gp3.max_size, as_of)?;
    let allowed = report.step(
        format!(
            "most IOPS the size allows: {} per GiB, {} included, at most the maximum",
            group(gp3.per_gib),
            group(gp3.base_iops)
        ),
        format!(
            "max({}, min({}, {} × {}))",
            group(gp3.base_iops),
            group(gp3.max_iops),
            group(gp3.per_gib),
            group(size)
        ),
        gp3.max_iops_for(size),
        "IOPS",
    );
    let iops = match request.iops {
        Some(iops) => {
            check_provisioned_iops(
                iops,
                &IopsBounds {
                    kind: "gp3",
                    minimum: format!(
                        "gp3 includes {} IOPS and provisions no fewer",
                        group(gp3.base_iops)
                    ),
                    min: gp3.base_iops,
                    max: gp3.max_iops,
                    advice: "use io2".into(),
                    allowed,
                    size,
                },
                |n| gp3.min_size_for_iops(n),
                as_of,
            )?;
            iops
        }
        None => gp3.base_iops,
    };
    let tput_allowed = report.step(
        format!(
            "most throughput the IOPS allow: {} MiB/s per IOPS, at most the maximum",
            group(gp3.per_iops)
        ),
        format!(
            "min({}, {} × {})",
            group(gp3.max_tput),
            group(gp3.per_iops),
            group(iops)
        ),
        gp3.max_tput_for(iops),
        "MiB/s",
    );
    let tput = match &request.throughput {
        Some(t) => {
            let want = t.mibps();
            let flag = format!("`--throughput {}`", t.text());
            if !want.fract().is_zero() {
                return Err(Error::AwsLimit {
                    message: format!(
                        "gp3 throughput is provisioned in whole MiB/s: {flag} is {} MiB/s; use {}",
                        group(want),
                        group(want.ceil())
                    ),
                });
            }
            if want < gp3.base_tput {
                return Err(Error::AwsLimit {
                    message: format!(
                        "gp3 includes {} MiB/s and provisions no less; {flag} is {} MiB/s: use at least {}",
                        group(gp3.base_tput),
                        group(want),
                        group(gp3.base_tput)
                    ),
                });
            }
            if want > gp3.max_tput {
                return Err(Error::AwsLimit {
                    message: format!(
                        "gp3 allows at most {} MiB/s (on {as_of}); {flag} is {} MiB/s: lower it, or use io2",
                        group(gp3.max_tput),
                        group(want)
                    ),
                });
            }
            if want > tput_allowed {
                let need = gp3.min_iops_for_tput(want)?;
                let size_note = if need > allowed {
                    format!(" and {} GiB", group(gp3.min_size_for_iops(need)?))
                } else {
                    String::new()
                };
                return Err(Error::AwsLimit {
                    message: format!(
                        "gp3 with {} IOPS allows at most {} MiB/s; {} MiB/s needs at least {} IOPS{size_note} ({flag})",
                        group(iops),
                        group(tput_allowed),
                        group(want),
                        group(need)
                    ),
                });
            }
            want
        }
        None => gp3.base_tput,
    };
    let best_tput = gp3.max_tput_for(allowed);
    report.headline = format!(
        "up to {} IOPS and {} MiB/s at {} GiB",
        group(allowed),
        group(best_tput),
        group(size)
    );
    report.summary = format!(
        "gp3 provisioned with {} IOPS and {} MiB/s ({} IOPS and {} MiB/s included at any size)",
        group(iops),
        group(tput),
        group(gp3.base_iops),
        group(gp3.base_tput)
    );
    common_fields(report, kind, size);
    report.field("baseline_iops", Value::from(gp3.base_iops), "IOPS");
    report.field("iops", Value::from(iops), "IOPS");
    report.field("max_iops", Value::from(allowed), "IOPS");
    report.field("burst_iops", Value::Null, "IOPS");
    report.field("burst_seconds", Value::Null, "s");
    report.field("refill_seconds", Value::Null, "s");
    report.field("throughput_mibps", Value::from(tput), "MiB/s");
    report.field(
        "baseline_throughput_mibps",
        Value::from(gp3.base_tput),
        "MiB/s",
    );
    report.field(
        "max_throughput_mibps",
        Value::from(if request.iops.is_some() {
            tput_allowed
        } else {
            best_tput
        }),
        "MiB/s",
    );
    report.answer.push("max_iops".into());
    report.alternatives.push(Alternative {
        value: gp3.base_iops,
        reading: "the IOPS gp3 includes without provisioning".into(),
        distance: 1,
    });
    report.note(
        "gp3 does not burst: it sustains its provisioned IOPS and throughput, 99% of the time",
    );
    Ok(())
}

#[allow(clippy::too_many_lines)] // one derivation, read top to bottom
fn io_report(
    request: &VolumeRequest,
    size: Decimal,
    io: &Io,
    report: &mut Report,
    book: &mut FactBook,
) -> Result<(), Error> {
    let kind = io.kind;
    let as_of = report.as_of;
    check_size(kind, &request.size, size, io.min_size, io.max_size, as_of)?;
    let allowed = report.step(
        format!(
            "most IOPS the size allows: {} per GiB, at most the maximum",
            group(io.per_gib)
        ),
        format!(
            "min({}, {} × {})",
            group(io.max_iops),
            group(io.per_gib),
            group(size)
        ),
        io.max_iops_for(size),
        "IOPS",
    );
    let iops = if let Some(iops) = request.iops {
        check_provisioned_iops(
            iops,
            &IopsBounds {
                kind: kind.name(),
                minimum: format!(
                    "{kind} needs at least {} provisioned IOPS",
                    group(io.min_iops)
                ),
                min: io.min_iops,
                max: io.max_iops,
                advice: format!("compare types with `awscalc ebs --iops {iops}`"),
                allowed,
                size,
            },
            |n| io.min_size_for_iops(n),
            as_of,
        )?;
        iops
    } else {
        report.note(format!(
            "no --iops given: showing the most this size allows, {} IOPS",
            group(allowed)
        ));
        allowed
    };
    let formula = match io.rule {
        IoThroughput::Stepped {
            step_iops,
            step_tput,
            io_kib,
            kib_above,
            max_tput,
        } => {
            if iops <= step_iops {
                format!(
                    "{} ≤ {}: min({}, {} × {} KiB / {})",
                    group(iops),
                    group(step_iops),
                    group(step_tput),
                    group(iops),
                    group(io_kib),
                    group(kib_per_mib())
                )
            } else {
                format!(
                    "{} > {}: min({}, {} × {} KiB / {})",
                    group(iops),
                    group(step_iops),
                    group(max_tput),
                    group(iops),
                    group(kib_above),
                    group(kib_per_mib())
                )
            }
        }
        IoThroughput::Linear { per_iops, max_tput } => format!(
            "min({}, {} × {})",
            group(max_tput),
            group(per_iops),
            group(iops)
        ),
    };
    let tput = report.step(
        "throughput the IOPS give",
        formula,
        io.throughput(iops),
        "MiB/s",
    );
    report.headline = format!(
        "up to {} IOPS at {} GiB; {} IOPS give {} MiB/s",
        group(allowed),
        group(size),
        group(iops),
        group(tput)
    );
    report.summary = format!("{} at {} GiB", type_words(kind), group(size));
    common_fields(report, kind, size);
    report.field("baseline_iops", Value::from(iops), "IOPS");
    report.field("iops", Value::from(iops), "IOPS");
    report.field("max_iops", Value::from(allowed), "IOPS");
    report.field("burst_iops", Value::Null, "IOPS");
    report.field("burst_seconds", Value::Null, "s");
    report.field("refill_seconds", Value::Null, "s");
    report.field("baseline_throughput_mibps", Value::from(tput), "MiB/s");
    report.field("max_throughput_mibps", Value::from(tput), "MiB/s");
    report.answer.push("max_iops".into());
    let non_nitro = book.value(fact::NON_NITRO_MAX_IOPS)?;
    if allowed > non_nitro {
        report.note(format!(
            "above {} IOPS needs an instance built on Nitro; other instances achieve at most {} IOPS",
            group(non_nitro),
            group(non_nitro)
        ));
        report.alternatives.push(Alternative {
            value: non_nitro,
            reading: "an instance not built on Nitro".into(),
            distance: 1,
        });
    }
    if kind == VolumeType::Io2 {
        io2_notes(io, book, report)?;
    }
    report.note(format!(
        "{kind} delivers its provisioned IOPS 99.9% of the time; throughput is also capped by the instance"
    ));
    Ok(())
}

/// The io2 notes: which io2 the answer is for, and, for Block Express, the two ways AWS
/// states where the maximum throughput is reached (the per-IOPS rate gives 15,625 IOPS,
/// its prose says 16,000).
fn io2_notes(io: &Io, book: &mut FactBook, report: &mut Report) -> Result<(), Error> {
    let as_of = report.as_of;
    let block_express_since = book
        .fact(fact::IO2_THROUGHPUT_PER_IOPS_MIBPS)?
        .history
        .iter()
        .find(|e| e.value.is_some())
        .and_then(|e| e.since);
    match io.rule {
        IoThroughput::Stepped { max_tput, .. } => {
            let since =
                block_express_since.map_or_else(|| "later".to_string(), |d| format!("from {d}"));
            report.note(format!(
                "on {as_of} a new io2 volume was not yet io2 Block Express (new io2 volumes are \
                 Block Express {since}): the io2 limits of then apply ({} IOPS per GiB, io1's throughput rule, \
                 at most {} MiB/s)",
                group(io.per_gib),
                group(max_tput)
            ));
        }
        IoThroughput::Linear { per_iops, max_tput } => {
            let aws_iops = book.value(fact::IO2_MAX_THROUGHPUT_AT_IOPS)?;
            let rate_iops = ceil_div(max_tput, per_iops)?;
            report.note(format!(
                "AWS says io2 reaches its maximum throughput of {} MiB/s \"at {} IOPS or higher\"; \
                 at {} MiB/s per IOPS awscalc reaches it at {} IOPS ({} / {}), and uses the rate",
                group(max_tput),
                group(aws_iops),
                group(per_iops),
                group(rate_iops),
                group(max_tput),
                group(per_iops)
            ));
            if let Some(since) = block_express_since {
                report.note(format!(
                    "these are the io2 Block Express limits of a volume created on {as_of}; new io2 \
                     volumes are Block Express from {since}, and an older one kept the earlier limits \
                     until it was modified or AWS converted it (see `awscalc facts io2`)"
                ));
            }
        }
    }
    Ok(())
}

#[allow(clippy::too_many_lines)] // one derivation, read top to bottom
fn hdd_report(
    request: &VolumeRequest,
    size: Decimal,
    hdd: &Hdd,
    report: &mut Report,
) -> Result<(), Error> {
    let kind = hdd.kind;
    check_size(
        kind,
        &request.size,
        size,
        hdd.min_size,
        hdd.max_size,
        report.as_of,
    )?;
    let tib = size / gib_per_tib();
    let base = report.step(
        format!(
            "baseline: {} MiB/s per TiB, at most {}",
            group(hdd.base_per_tib),
            group(hdd.max_tput)
        ),
        format!(
            "min({}, {} × {} GiB / {})",
            group(hdd.max_tput),
            group(hdd.base_per_tib),
            group(size),
            group(gib_per_tib())
        ),
        hdd.baseline(size),
        "MiB/s",
    );
    let burst = report.step(
        format!(
            "burst: {} MiB/s per TiB, at most {}",
            group(hdd.burst_per_tib),
            group(hdd.max_tput)
        ),
        format!(
            "min({}, {} × {} GiB / {})",
            group(hdd.max_tput),
            group(hdd.burst_per_tib),
            group(size),
            group(gib_per_tib())
        ),
        hdd.burst(size),
        "MiB/s",
    );
    let io_mib = hdd.io_kib / kib_per_mib();
    let base_iops = hdd.iops_at(base);
    let max_iops = report.step(
        format!(
            "IOPS at {} MiB I/O while bursting, at most the maximum",
            group(io_mib)
        ),
        format!(
            "min({}, {} / {} MiB)",
            group(hdd.max_iops),
            group(burst),
            group(io_mib)
        ),
        hdd.iops_at(burst),
        "IOPS",
    );
    let bucket = hdd.bucket_mib(size);
    let burst_seconds = hdd.burst_seconds(size).map(seconds2);
    let refill = seconds2(hdd.refill_seconds(size));
    if let Some(s) = burst_seconds {
        report.step(
            format!(
                "full bucket ({} TiB of credits per TiB) sustains the burst",
                group(hdd.bucket_per_tib)
            ),
            format!(
                "{} MiB / ({} − {})",
                group(bucket),
                group(burst),
                group(base)
            ),
            s,
            "s",
        );
        report.step(
            "empty bucket refills at the baseline",
            format!("{} MiB / {}", group(bucket), group(base)),
            refill,
            "s",
        );
    }
    common_fields(report, kind, size);
    report.field("baseline_iops", Value::from(base_iops), "IOPS");
    report.field("max_iops", Value::from(max_iops), "IOPS");
    report.field("burst_iops", opt(burst_seconds.map(|_| max_iops)), "IOPS");
    report.field("burst_seconds", opt(burst_seconds), "s");
    report.field("refill_seconds", opt(burst_seconds.map(|_| refill)), "s");
    report.field("baseline_throughput_mibps", Value::from(base), "MiB/s");
    report.field("burst_throughput_mibps", Value::from(burst), "MiB/s");
    report.field("max_throughput_mibps", Value::from(burst), "MiB/s");
    report.headline = format!(
        "{} MiB/s baseline, bursting to {} MiB/s",
        group(base),
        group(burst)
    );
    report.summary = format!(
        "{} at {} GiB ({} TiB): up to {} IOPS of 1 MiB",
        type_words(kind),
        group(size),
        group(tib),
        group(max_iops)
    );
    report.alternatives.push(Alternative {
        value: base,
        reading: "the baseline throughput, once burst credits run out".into(),
        distance: 1,
    });
    if request.scan {
        let scan = report.step(
            "full scan at the burst throughput: size / throughput",
            format!(
                "{} MiB / {} MiB/s",
                group(size * kib_per_mib()),
                group(burst)
            ),
            seconds2(size * kib_per_mib() / burst),
            "s",
        );
        let factor = hdd.pct_tput * hdd.pct_time / Decimal::from(10_000);
        let worst = report.step(
            format!(
                "worst case: {}% of the throughput {}% of the time",
                group(hdd.pct_tput),
                group(hdd.pct_time)
            ),
            format!("{} / {}", group(scan), group(factor)),
            seconds2(size * kib_per_mib() / burst / factor),
            "s",
        );
        report.field("scan_seconds", Value::from(scan), "s");
        report.field("scan_worst_seconds", Value::from(worst), "s");
        report.field(
            "scan_hours",
            Value::from((scan / Decimal::from(3600)).round_dp(2)),
            "h",
        );
        report.field(
            "scan_worst_hours",
            Value::from((worst / Decimal::from(3600)).round_dp(2)),
            "h",
        );
        report.answer.push("scan_seconds".into());
        report.headline = format!(
            "full scan in {}, at worst {}",
            seconds_words(scan),
            seconds_words(worst)
        );
        report.alternatives.clear();
        report.note(
            "a full bucket holds enough credits for a full scan; a larger volume is held to the volume's and the instance's throughput",
        );
    } else {
        report.answer.push("max_throughput_mibps".into());
    }
    report.note(format!(
        "{kind} is rated by throughput: an I/O of 1 MiB or less counts as 1 MiB, so small random I/O gets far fewer IOPS"
    ));
    Ok(())
}

fn magnetic_report(
    request: &VolumeRequest,
    size: Decimal,
    m: &Magnetic,
    report: &mut Report,
) -> Result<(), Error> {
    let kind = VolumeType::Standard;
    check_size(
        kind,
        &request.size,
        size,
        m.min_size,
        m.max_size,
        report.as_of,
    )?;
    common_fields(report, kind, size);
    report.field("baseline_iops", Value::from(m.average_iops), "IOPS");
    report.field("max_iops", Value::from(m.high_iops), "IOPS");
    report.field("min_max_iops", Value::from(m.low_iops), "IOPS");
    report.field("burst_iops", Value::Null, "IOPS");
    report.field("burst_seconds", Value::Null, "s");
    report.field("refill_seconds", Value::Null, "s");
    report.field(
        "baseline_throughput_mibps",
        Value::from(m.low_tput),
        "MiB/s",
    );
    report.field("max_throughput_mibps", Value::from(m.high_tput), "MiB/s");
    report.answer.push("baseline_iops".into());
    report.headline = format!(
        "about {} IOPS on average, {} to {} IOPS at most",
        group(m.average_iops),
        group(m.low_iops),
        group(m.high_iops)
    );
    report.summary = format!(
        "magnetic (standard) at {} GiB: {} to {} MiB/s; AWS states these ranges, not a formula by size",
        group(size),
        group(m.low_tput),
        group(m.high_tput)
    );
    report.note(
        "magnetic (standard) is a previous-generation type: AWS recommends a current type instead",
    );
    Ok(())
}

/// The same question under the facts of the other side of each dated change it used:
/// exam material often assumes the older value.
fn other_dates(request: &VolumeRequest, book: &FactBook, report: &Report) -> Vec<Alternative> {
    let Some(primary) = report.primary().and_then(|f| match &f.value {
        Value::Number(n) => n.to_decimal(),
        _ => None,
    }) else {
        return Vec::new();
    };
    let dates = book.change_dates();
    let mut out = Vec::new();
    for date in dates {
        let mut other = book.on(date);
        let Ok(alt) = volume_report(request, &mut other) else {
            continue;
        };
        let Some(value) = alt.primary().and_then(|f| match &f.value {
            Value::Number(n) => n.to_decimal(),
            _ => None,
        }) else {
            continue;
        };
        if value == primary {
            continue;
        }
        let changed: Vec<String> = other
            .used()
            .iter()
            .filter(|u| book.peek(u.fact.handle()) != u.entry.value)
            .map(|u| format!("{} {}", u.fact.name, u.fact.describe(u.entry.value)))
            .collect();
        out.push(Alternative {
            value,
            reading: format!("the AWS limits in force on {date} ({})", changed.join(", ")),
            distance: 1,
        });
    }
    out
}

/// What bounds `--iops` on a provisioned-IOPS type (gp3, io1, io2).
struct IopsBounds<'a> {
    kind: &'a str,
    /// How the type states its minimum: "gp3 includes 3,000 IOPS and provisions no fewer".
    minimum: String,
    min: Decimal,
    /// The maximum in force on the book's date.
    max: Decimal,
    /// What to do past the maximum: "use io2".
    advice: String,
    /// The most the volume's size allows.
    allowed: Decimal,
    size: Decimal,
}

/// The checks every provisioned-IOPS type shares: at least its minimum, at most the
/// maximum in force, and no more than the size allows (naming the size that would).
fn check_provisioned_iops(
    iops: Decimal,
    b: &IopsBounds<'_>,
    min_size_for: impl FnOnce(Decimal) -> Result<Decimal, Error>,
    as_of: Date,
) -> Result<(), Error> {
    let kind = b.kind;
    let message = if iops < b.min {
        format!(
            "{}; {} IOPS (`--iops {iops}`) is below it: use at least {}",
            b.minimum,
            group(iops),
            group(b.min)
        )
    } else if iops > b.max {
        format!(
            "{kind} allows at most {} IOPS (on {as_of}); {} IOPS (`--iops {iops}`) is above it: lower --iops, or {}",
            group(b.max),
            group(iops),
            b.advice
        )
    } else if iops > b.allowed {
        format!(
            "{kind} at {} GiB allows at most {} IOPS; {} IOPS needs at least {} GiB (`--iops {iops}`)",
            group(b.size),
            group(b.allowed),
            group(iops),
            group(min_size_for(iops)?)
        )
    } else {
        return Ok(());
    };
    Err(Error::AwsLimit { message })
}

#[cfg(test)]
mod tests;
