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
//!
//! The calculators return typed results ([`Volume`], [`WhichAnswer`], [`Problem`]), each
//! formula written once as an [`Expr`] that both computes a step's value and shows it;
//! the English report is built from them by [`crate::explain::ebs`].

mod array;
mod burst;
mod instance;
mod io_size;
mod models;
mod modify;
mod problem;
mod throughput;
mod which;

pub use array::{
    array, array_target, Array, ArrayRequest, ArrayStep, InstanceThroughput, Raid, Side, Target,
    TargetRequest, MAX_VOLUMES,
};
pub use burst::{
    burst, After, BurstOverTime, BurstRequest, BurstStep, CreditUnit, Credits, Load, Trend,
};
pub use instance::{
    instance_limits, InstanceChoice, InstanceFigure, InstanceLimits, InstanceType,
    BYTES_PER_MEGABIT,
};
pub use io_size::{
    io_kib, io_size, Counted, Direction, Family, IoLimit, IoSizeAnswer, IoSizeRequest, IoStep,
    TypeLimit,
};
use models::{Gp2, Gp3, Hdd, Io, IoThroughput, Magnetic};
pub use modify::{modify, Frequency, Modification, ModifyRequest};
pub use problem::Problem;

pub use throughput::Throughput;
pub use which::{
    which_volume, Candidate, Capability, Comparison, Need, Proof, Reason, Smallest, Tier,
    WhichAnswer,
};

use std::str::FromStr;

use jiff::civil::Date;
use rust_decimal::Decimal;
use serde::{Serialize, Serializer};

use crate::error::Error;
use crate::facts::ebs as fact;
use crate::facts::{FactBook, FactId, FactUse};
use crate::steps::{Expr, Rounding, Step, Unit};
use crate::units::{ceil_div, KbConvention, Size, SizeUnit};

/// An EBS volume type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
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

    /// Whether the type takes provisioned IOPS (gp3, io1, io2).
    #[must_use]
    pub fn takes_iops(self) -> bool {
        matches!(self, VolumeType::Gp3 | VolumeType::Io1 | VolumeType::Io2)
    }

    /// Whether the type can be a boot volume. AWS's CreateVolume reference: "Throughput
    /// Optimized HDD (st1) and Cold HDD (sc1) volumes can't be used as boot volumes".
    #[must_use]
    pub fn bootable(self) -> bool {
        !matches!(self, VolumeType::St1 | VolumeType::Sc1)
    }

    /// Whether the type can use Multi-Attach. AWS's ModifyVolume reference: Multi-Attach "is
    /// supported with io1 and io2 volumes only" (up to `ebs.multi_attach_max_instances`).
    #[must_use]
    pub fn multi_attach(self) -> bool {
        matches!(self, VolumeType::Io1 | VolumeType::Io2)
    }

    /// A fact that has no value before the type existed, where awscalc knows the date.
    fn launch_fact(self) -> Option<FactId> {
        match self {
            VolumeType::Gp3 => Some(fact::GP3_BASELINE_IOPS),
            VolumeType::Io2 => Some(fact::IO2_MIN_IOPS),
            _ => None,
        }
    }

    /// When the type did not exist on the book's date: the problem saying so.
    fn check_exists(self, book: &FactBook) -> Result<(), Problem> {
        let Some(id) = self.launch_fact() else {
            return Ok(());
        };
        if book.peek(id).is_some() {
            return Ok(());
        }
        let since = book
            .fact(id)
            .ok()
            .and_then(|f| f.history.iter().find_map(|e| e.value.and(e.since)));
        Err(Problem::NotYet {
            volume_type: self,
            as_of: book.as_of().to_string(),
            since,
        })
    }
}

impl FromStr for VolumeType {
    type Err = Error;

    fn from_str(text: &str) -> Result<VolumeType, Error> {
        VolumeType::ALL
            .into_iter()
            .find(|t| t.name().eq_ignore_ascii_case(text.trim()))
            .ok_or_else(|| {
                Error::from(Problem::UnknownType {
                    given: text.trim().to_string(),
                })
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
/// [`Problem::FractionalSize`] for a size that is not a whole number of GiB; size parse
/// limits.
pub fn size_gib(size: &Size) -> Result<Decimal, Error> {
    let bytes = size.bytes(SizeUnit::Gibi, KbConvention::Binary)?;
    let gib = binary(SizeUnit::Gibi);
    if !(bytes % gib).is_zero() {
        return Err(Problem::FractionalSize {
            given: size.text().to_string(),
            use_gib: ceil_div(bytes, gib)?,
        }
        .into());
    }
    Ok((bytes / gib).normalize())
}

fn q(name: &'static str, value: Decimal, unit: Unit) -> Expr {
    Expr::quantity(name, value, unit)
}

fn n(value: Decimal) -> Expr {
    Expr::number(value)
}

/// A size in GiB, as a quantity.
fn gib(size: Decimal) -> Expr {
    q("size_gib", size, Unit::Gib)
}

/// `KiB per MiB` as a literal (`/ 1,024`).
fn per_mib() -> Expr {
    n(kib_per_mib())
}

#[allow(clippy::trivially_copy_pass_by_ref)] // serde's serialize_with passes a reference
fn date_text<S: Serializer>(date: &Date, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(date)
}

#[allow(clippy::ref_option, clippy::trivially_copy_pass_by_ref)] // serde's serialize_with passes a reference
fn opt_date_text<S: Serializer>(date: &Option<Date>, s: S) -> Result<S::Ok, S::Error> {
    match date {
        Some(d) => s.collect_str(d),
        None => s.serialize_none(),
    }
}

// ---------------------------------------------------------------------------------------
// One volume: the typed result

/// What each step of a volume's derivation computes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum VolumeStep {
    /// gp2 baseline IOPS: per GiB, at least the minimum, at most the maximum.
    Gp2Baseline {
        /// IOPS per GiB.
        per_gib: Decimal,
        /// The smallest baseline.
        min_iops: Decimal,
    },
    /// Seconds a full gp2 bucket sustains the burst.
    Gp2BurstSeconds,
    /// Seconds an empty gp2 bucket takes to refill at the baseline.
    Gp2RefillSeconds,
    /// The most throughput a gp2 volume of the size gives.
    Gp2MaxThroughput,
    /// gp2 throughput without credits: baseline IOPS × the largest SSD I/O.
    Gp2SustainedThroughput {
        /// The I/O size, KiB.
        io_kib: Decimal,
    },
    /// The most IOPS a gp3 volume of the size allows.
    Gp3MaxIops {
        /// IOPS per GiB.
        per_gib: Decimal,
        /// IOPS included at any size.
        included: Decimal,
    },
    /// The most throughput gp3's IOPS allow.
    Gp3MaxThroughput {
        /// MiB/s per IOPS.
        per_iops: Decimal,
    },
    /// The most IOPS an io1 or io2 volume of the size allows.
    IoMaxIops {
        /// IOPS per GiB.
        per_gib: Decimal,
    },
    /// The throughput io1's or io2's IOPS give.
    IoThroughput,
    /// st1 or sc1 baseline throughput.
    HddBaseline {
        /// MiB/s per TiB.
        per_tib: Decimal,
        /// The cap, MiB/s.
        max: Decimal,
    },
    /// st1 or sc1 burst throughput.
    HddBurst {
        /// MiB/s per TiB.
        per_tib: Decimal,
        /// The cap, MiB/s.
        max: Decimal,
    },
    /// IOPS at the HDD I/O size while bursting.
    HddMaxIops {
        /// The I/O size, MiB.
        io_mib: Decimal,
    },
    /// Seconds a full HDD bucket sustains the burst.
    HddBurstSeconds {
        /// TiB of credits per TiB of volume.
        bucket_tib_per_tib: Decimal,
    },
    /// Seconds an empty HDD bucket takes to refill at the baseline.
    HddRefillSeconds,
    /// Seconds a full scan takes at the burst throughput.
    ScanSeconds,
    /// Seconds a full scan takes at the throughput AWS promises most of the time.
    ScanWorstSeconds {
        /// Percent of the throughput.
        percent_throughput: Decimal,
        /// Percent of the time.
        percent_time: Decimal,
    },
}

/// A burst: the rate while credits last, how long a full bucket lasts, how long an empty
/// one takes to fill.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Burst {
    /// IOPS while bursting.
    pub iops: Decimal,
    /// Seconds a full bucket sustains it, rounded down to 0.01 s.
    pub seconds: Decimal,
    /// Seconds an empty bucket takes to fill, rounded down to 0.01 s.
    pub refill_seconds: Decimal,
}

/// A full read of an st1 or sc1 volume.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Scan {
    /// Seconds at the burst throughput, rounded down to 0.01 s.
    pub seconds: Decimal,
    /// Seconds at the throughput AWS promises most of the time, rounded down to 0.01 s.
    pub worst_seconds: Decimal,
    /// `seconds` in hours, to 2 places.
    pub hours: Decimal,
    /// `worst_seconds` in hours, to 2 places.
    pub worst_hours: Decimal,
}

/// What a volume delivers, by type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "model", rename_all = "snake_case")]
pub enum Performance {
    /// gp2: IOPS from the size, with a burst bucket.
    Gp2 {
        /// Baseline IOPS.
        baseline_iops: Decimal,
        /// The burst rate, whether or not the volume bursts.
        burst_rate_iops: Decimal,
        /// The burst, where the baseline is below the burst rate.
        burst: Option<Burst>,
        /// The most throughput the size allows.
        max_throughput_mibps: Decimal,
        /// Throughput without credits.
        sustained_throughput_mibps: Decimal,
    },
    /// gp3: IOPS and throughput provisioned.
    Gp3 {
        /// IOPS included at any size.
        included_iops: Decimal,
        /// Throughput included at any size.
        included_throughput_mibps: Decimal,
        /// IOPS provisioned (the included IOPS where none were given).
        iops: Decimal,
        /// Whether `--iops` was given.
        iops_given: bool,
        /// The most IOPS the size allows.
        max_iops: Decimal,
        /// Throughput provisioned (the included throughput where none was given).
        throughput_mibps: Decimal,
        /// The most throughput the provisioned IOPS allow.
        iops_max_throughput_mibps: Decimal,
        /// The most throughput the size allows, at its most IOPS.
        best_throughput_mibps: Decimal,
    },
    /// io1 or io2: IOPS provisioned, throughput from them.
    Io {
        /// IOPS provisioned (the most the size allows where none were given).
        iops: Decimal,
        /// The most IOPS the size allows.
        max_iops: Decimal,
        /// The throughput the IOPS give.
        throughput_mibps: Decimal,
    },
    /// st1 or sc1: throughput per TiB, with a burst bucket.
    Hdd {
        /// The size in TiB.
        tib: Decimal,
        /// Baseline throughput.
        baseline_mibps: Decimal,
        /// Burst throughput.
        burst_mibps: Decimal,
        /// IOPS of 1 MiB at the baseline.
        baseline_iops: Decimal,
        /// IOPS of 1 MiB while bursting.
        max_iops: Decimal,
        /// The burst, where the burst throughput is above the baseline.
        burst: Option<Burst>,
        /// The full scan, with `--scan`.
        scan: Option<Scan>,
    },
    /// standard: the ranges AWS states.
    Magnetic {
        /// IOPS on average.
        average_iops: Decimal,
        /// The low end of the most IOPS.
        low_iops: Decimal,
        /// The high end of the most IOPS.
        high_iops: Decimal,
        /// The low end of the throughput.
        low_throughput_mibps: Decimal,
        /// The high end of the throughput.
        high_throughput_mibps: Decimal,
    },
}

/// Something about a volume worth saying.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "finding", rename_all = "snake_case")]
pub enum Finding {
    /// A gp2 baseline at or above the burst rate: no burst.
    NoBurst {
        /// The baseline.
        baseline_iops: Decimal,
        /// The burst rate.
        burst_iops: Decimal,
    },
    /// A gp2 volume small enough that AWS's text and table differ on its refill.
    TableMinimum,
    /// io1 or io2 without `--iops`: the most the size allows is shown.
    IopsNotGiven {
        /// The IOPS shown.
        max_iops: Decimal,
    },
    /// More IOPS than an instance not built on Nitro achieves.
    NeedsNitro {
        /// The most such an instance achieves.
        non_nitro_iops: Decimal,
    },
    /// io2 on a date before new io2 volumes were Block Express.
    Io2NotBlockExpress {
        /// The day they were, where the registry knows it.
        #[serde(serialize_with = "opt_date_text")]
        since: Option<Date>,
        /// IOPS per GiB then.
        per_gib: Decimal,
        /// The most throughput then.
        max_throughput_mibps: Decimal,
    },
    /// io2 Block Express: AWS's prose and its per-IOPS rate put the maximum throughput at
    /// different IOPS; awscalc uses the rate.
    Io2MaxThroughputPoint {
        /// The maximum throughput.
        max_throughput_mibps: Decimal,
        /// The IOPS AWS's prose names.
        aws_iops: Decimal,
        /// MiB/s per IOPS.
        per_iops: Decimal,
        /// The IOPS the rate gives: `ceil(max / rate)`.
        rate_iops: Decimal,
    },
    /// io2 Block Express limits apply to volumes created since `since`.
    Io2BlockExpressSince {
        /// The day new io2 volumes became Block Express.
        #[serde(serialize_with = "date_text")]
        since: Date,
    },
}

/// One volume's performance: `awscalc ebs --type T --size S`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Volume {
    /// The type.
    pub volume_type: VolumeType,
    /// The size in GiB.
    pub size_gib: Decimal,
    /// What it delivers.
    pub performance: Performance,
    /// What else is worth saying, in order.
    pub findings: Vec<Finding>,
    /// The derivation.
    pub steps: Vec<Step<VolumeStep>>,
}

impl Volume {
    /// The answer `--expect` and `check` compare: gp2's baseline IOPS, gp3's, io1's and
    /// io2's most IOPS, st1's and sc1's burst throughput (or scan seconds), standard's
    /// average IOPS.
    #[must_use]
    pub fn answer(&self) -> Decimal {
        match self.performance {
            Performance::Gp2 { baseline_iops, .. } => baseline_iops,
            Performance::Gp3 { max_iops, .. } | Performance::Io { max_iops, .. } => max_iops,
            Performance::Hdd {
                scan: Some(scan), ..
            } => scan.seconds,
            Performance::Hdd { burst_mibps, .. } => burst_mibps,
            Performance::Magnetic { average_iops, .. } => average_iops,
        }
    }
}

/// The answer under the facts in force on the other side of a dated change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatedAnswer {
    /// A day on the other side of the change.
    pub date: Date,
    /// The answer then.
    pub value: Decimal,
    /// The facts the answer then used whose value differs from today's, with their value
    /// then.
    pub changed: Vec<FactUse>,
}

/// Where a derivation's steps go.
struct Trace(Vec<Step<VolumeStep>>);

impl Trace {
    /// Records the step computing `what` by `formula`, rounded, and returns it.
    fn record(
        &mut self,
        what: VolumeStep,
        formula: Expr,
        rounding: Rounding,
    ) -> Result<Step<VolumeStep>, Error> {
        let step = Step::rounded(what, formula, rounding)?;
        self.0.push(step.clone());
        Ok(step)
    }
}

/// `awscalc ebs --type T --size S`: what the volume delivers, with the facts in `book`.
///
/// ```
/// use awscalc::calc::ebs::{volume, Performance, VolumeRequest, VolumeType};
/// use awscalc::facts::{FactBook, Registry};
///
/// // AWS's gp2 example (general-purpose.html): 100 GiB has a 300 IOPS baseline and
/// // bursts to 3,000 IOPS for 5,400,000 / (3,000 − 300) = 2,000 s.
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 11, 30));
/// let request = VolumeRequest {
///     volume_type: VolumeType::Gp2,
///     size: "100".parse().unwrap(),
///     iops: None,
///     throughput: None,
///     scan: false,
/// };
/// let gp2 = volume(&request, &mut book).unwrap();
/// assert_eq!(gp2.answer(), 300.into());
/// let Performance::Gp2 { burst: Some(burst), .. } = gp2.performance else { panic!() };
/// assert_eq!(burst.seconds, 2000.into());
///
/// // st1 starts at 125 GiB: 100 GiB is refused.
/// let st1 = VolumeRequest { volume_type: VolumeType::St1, ..request };
/// let err = volume(&st1, &mut book).unwrap_err();
/// assert_eq!(err.kind(), "aws_limit");
/// assert!(err.to_string().contains("st1 volumes are 125 to 16,384 GiB"));
/// ```
///
/// # Errors
/// A size outside the type's range, IOPS or throughput beyond what the size or IOPS
/// allow, flags that do not apply to the type, or a type that did not exist yet.
pub fn volume(request: &VolumeRequest, book: &mut FactBook) -> Result<Volume, Error> {
    let kind = request.volume_type;
    kind.check_exists(book)?;
    let size = size_gib(&request.size)?;
    if let Some(iops) = request.iops {
        if !kind.takes_iops() {
            return Err(Problem::IopsNotProvisioned {
                volume_type: kind,
                iops,
            }
            .into());
        }
    }
    if let Some(t) = &request.throughput {
        if kind != VolumeType::Gp3 {
            return Err(Problem::ThroughputNotProvisioned {
                volume_type: kind,
                given: t.text().to_string(),
            }
            .into());
        }
    }
    if request.scan && !matches!(kind, VolumeType::St1 | VolumeType::Sc1) {
        return Err(Problem::ScanNotHdd { volume_type: kind }.into());
    }
    let calc = One {
        request,
        size,
        as_of: book.as_of(),
    };
    let mut trace = Trace(Vec::new());
    let mut findings = Vec::new();
    let performance = match kind {
        VolumeType::Gp2 => calc.gp2(&Gp2::load(book)?, &mut trace, &mut findings)?,
        VolumeType::Gp3 => calc.gp3(&Gp3::load(book)?, &mut trace)?,
        VolumeType::Io1 | VolumeType::Io2 => {
            calc.io(&Io::load(kind, book)?, &mut trace, &mut findings, book)?
        }
        VolumeType::St1 | VolumeType::Sc1 => calc.hdd(&Hdd::load(kind, book)?, &mut trace)?,
        VolumeType::Standard => calc.magnetic(&Magnetic::load(book)?)?,
    };
    Ok(Volume {
        volume_type: kind,
        size_gib: size,
        performance,
        findings,
        steps: trace.0,
    })
}

/// The same question under the facts of the other side of each dated change it used,
/// where the answer differs from `answer`: exam material often assumes the older value.
#[must_use]
pub fn other_dates(request: &VolumeRequest, answer: Decimal, book: &FactBook) -> Vec<DatedAnswer> {
    let mut out = Vec::new();
    for date in book.change_dates() {
        let mut other = book.on(date);
        let Ok(then) = volume(request, &mut other) else {
            continue;
        };
        let value = then.answer();
        if value == answer {
            continue;
        }
        let changed = other
            .used()
            .iter()
            .filter(|u| book.peek(u.fact.handle()) != u.entry.value)
            .cloned()
            .collect();
        out.push(DatedAnswer {
            date,
            value,
            changed,
        });
    }
    out
}

/// Refuses a size of `size` GiB (typed `given`) outside the type's `(min, max)`.
fn check_size(
    volume_type: VolumeType,
    given: &Size,
    size: Decimal,
    (min, max): (Decimal, Decimal),
    as_of: Date,
) -> Result<(), Error> {
    if size < min || size > max {
        return Err(Problem::SizeOutOfRange {
            volume_type,
            min,
            max,
            as_of,
            given: given.text().to_string(),
            size,
        }
        .into());
    }
    Ok(())
}

/// One volume question, as the per-type derivations need it.
struct One<'a> {
    request: &'a VolumeRequest,
    size: Decimal,
    as_of: Date,
}

impl One<'_> {
    /// Refuses a size outside `[min, max]`.
    fn check_size(&self, min: Decimal, max: Decimal) -> Result<(), Error> {
        check_size(
            self.request.volume_type,
            &self.request.size,
            self.size,
            (min, max),
            self.as_of,
        )
    }

    /// The checks every provisioned-IOPS type shares: at least its minimum, at most the
    /// maximum in force, and no more than the size allows (naming the size that would).
    fn check_iops(
        &self,
        iops: Decimal,
        min: Decimal,
        max: Decimal,
        allowed: Decimal,
        min_size_for: impl FnOnce(Decimal) -> Result<Decimal, Error>,
    ) -> Result<(), Error> {
        let volume_type = self.request.volume_type;
        let problem = if iops < min {
            Problem::IopsBelowMinimum {
                volume_type,
                iops,
                min,
            }
        } else if iops > max {
            Problem::IopsAboveMaximum {
                volume_type,
                iops,
                max,
                as_of: self.as_of,
            }
        } else if iops > allowed {
            Problem::IopsAboveSize {
                volume_type,
                iops,
                size: self.size,
                allowed,
                min_size: min_size_for(iops)?,
            }
        } else {
            return Ok(());
        };
        Err(problem.into())
    }

    fn gp2(
        &self,
        gp2: &Gp2,
        trace: &mut Trace,
        findings: &mut Vec<Finding>,
    ) -> Result<Performance, Error> {
        let size = self.size;
        self.check_size(gp2.min_size, gp2.max_size)?;
        let baseline = trace.record(
            VolumeStep::Gp2Baseline {
                per_gib: gp2.per_gib,
                min_iops: gp2.min_iops,
            },
            gp2.baseline_expr(size),
            Rounding::Exact,
        )?;
        // Built once: a clone shares the baseline's formula.
        let baseline_expr = Expr::earlier("baseline_iops", &baseline);
        let base = || baseline_expr.clone();
        let burst = if baseline.value < gp2.burst_iops {
            let seconds = trace.record(
                VolumeStep::Gp2BurstSeconds,
                gp2.burst_seconds_expr(base()),
                Rounding::Down2,
            )?;
            let refill = trace.record(
                VolumeStep::Gp2RefillSeconds,
                gp2.refill_seconds_expr(base()),
                Rounding::Down2,
            )?;
            Some(Burst {
                iops: gp2.burst_iops,
                seconds: seconds.value,
                refill_seconds: refill.value,
            })
        } else {
            findings.push(Finding::NoBurst {
                baseline_iops: baseline.value,
                burst_iops: gp2.burst_iops,
            });
            None
        };
        let max_tput = trace.record(
            VolumeStep::Gp2MaxThroughput,
            gp2.max_throughput_expr(size),
            Rounding::Exact,
        )?;
        let sustained = trace.record(
            VolumeStep::Gp2SustainedThroughput { io_kib: gp2.io_kib },
            gp2.sustained_expr(Expr::earlier("max_throughput", &max_tput), base()),
            Rounding::Exact,
        )?;
        if size * gp2.per_gib < gp2.min_iops {
            findings.push(Finding::TableMinimum);
        }
        Ok(Performance::Gp2 {
            baseline_iops: baseline.value,
            burst_rate_iops: gp2.burst_iops,
            burst,
            max_throughput_mibps: max_tput.value,
            sustained_throughput_mibps: sustained.value,
        })
    }

    fn gp3(&self, gp3: &Gp3, trace: &mut Trace) -> Result<Performance, Error> {
        let size = self.size;
        self.check_size(gp3.min_size, gp3.max_size)?;
        let allowed = trace.record(
            VolumeStep::Gp3MaxIops {
                per_gib: gp3.per_gib,
                included: gp3.base_iops,
            },
            gp3.max_iops_expr(size),
            Rounding::Exact,
        )?;
        let iops = match self.request.iops {
            Some(iops) => {
                self.check_iops(iops, gp3.base_iops, gp3.max_iops, allowed.value, |n| {
                    gp3.min_size_for_iops(n)
                })?;
                iops
            }
            None => gp3.base_iops,
        };
        let tput_allowed = trace.record(
            VolumeStep::Gp3MaxThroughput {
                per_iops: gp3.per_iops,
            },
            gp3.max_tput_expr(q("iops", iops, Unit::Iops)),
            Rounding::Exact,
        )?;
        let tput = match &self.request.throughput {
            Some(t) => {
                self.check_gp3_throughput(gp3, t, iops, allowed.value, tput_allowed.value)?;
                t.mibps()
            }
            None => gp3.base_tput,
        };
        Ok(Performance::Gp3 {
            included_iops: gp3.base_iops,
            included_throughput_mibps: gp3.base_tput,
            iops,
            iops_given: self.request.iops.is_some(),
            max_iops: allowed.value,
            throughput_mibps: tput,
            iops_max_throughput_mibps: tput_allowed.value,
            best_throughput_mibps: gp3
                .max_tput_expr(Expr::earlier("max_iops", &allowed))
                .eval()?,
        })
    }

    fn check_gp3_throughput(
        &self,
        gp3: &Gp3,
        t: &Throughput,
        iops: Decimal,
        allowed: Decimal,
        tput_allowed: Decimal,
    ) -> Result<(), Error> {
        let mibps = t.mibps();
        let given = t.text().to_string();
        let problem = if !mibps.fract().is_zero() {
            Problem::ThroughputNotWhole { given, mibps }
        } else if mibps < gp3.base_tput {
            Problem::ThroughputBelowIncluded {
                given,
                mibps,
                included: gp3.base_tput,
            }
        } else if mibps > gp3.max_tput {
            Problem::ThroughputAboveMaximum {
                given,
                mibps,
                max: gp3.max_tput,
                as_of: self.as_of,
            }
        } else if mibps > tput_allowed {
            let need_iops = gp3.min_iops_for_tput(mibps)?;
            let need_size = if need_iops > allowed {
                Some(gp3.min_size_for_iops(need_iops)?)
            } else {
                None
            };
            Problem::ThroughputAboveIops {
                given,
                mibps,
                iops,
                allowed: tput_allowed,
                need_iops,
                need_size,
            }
        } else {
            return Ok(());
        };
        Err(problem.into())
    }

    fn io(
        &self,
        io: &Io,
        trace: &mut Trace,
        findings: &mut Vec<Finding>,
        book: &mut FactBook,
    ) -> Result<Performance, Error> {
        let size = self.size;
        self.check_size(io.min_size, io.max_size)?;
        let allowed = trace.record(
            VolumeStep::IoMaxIops {
                per_gib: io.per_gib,
            },
            io.max_iops_expr(size),
            Rounding::Exact,
        )?;
        let iops = if let Some(iops) = self.request.iops {
            self.check_iops(iops, io.min_iops, io.max_iops, allowed.value, |n| {
                io.min_size_for_iops(n)
            })?;
            iops
        } else {
            findings.push(Finding::IopsNotGiven {
                max_iops: allowed.value,
            });
            allowed.value
        };
        let tput = trace.record(
            VolumeStep::IoThroughput,
            io.throughput_expr(iops),
            Rounding::Exact,
        )?;
        let non_nitro = book.value(fact::NON_NITRO_MAX_IOPS)?;
        if allowed.value > non_nitro {
            findings.push(Finding::NeedsNitro {
                non_nitro_iops: non_nitro,
            });
        }
        if io.kind == VolumeType::Io2 {
            io2_findings(io, book, findings)?;
        }
        Ok(Performance::Io {
            iops,
            max_iops: allowed.value,
            throughput_mibps: tput.value,
        })
    }

    fn hdd(&self, hdd: &Hdd, trace: &mut Trace) -> Result<Performance, Error> {
        let size = self.size;
        self.check_size(hdd.min_size, hdd.max_size)?;
        let base = trace.record(
            VolumeStep::HddBaseline {
                per_tib: hdd.base_per_tib,
                max: hdd.max_tput,
            },
            hdd.baseline_expr(size),
            Rounding::Exact,
        )?;
        let burst = trace.record(
            VolumeStep::HddBurst {
                per_tib: hdd.burst_per_tib,
                max: hdd.max_tput,
            },
            hdd.burst_expr(size),
            Rounding::Exact,
        )?;
        let base_e = || Expr::earlier("baseline_throughput", &base);
        let burst_e = || Expr::earlier("burst_throughput", &burst);
        let io_mib = hdd.io_mib().eval()?;
        let base_iops = hdd.iops_expr(base_e()).eval()?;
        let max_iops = trace.record(
            VolumeStep::HddMaxIops { io_mib },
            hdd.iops_expr(burst_e()),
            Rounding::Exact,
        )?;
        let bursting = if burst.value > base.value {
            let seconds = trace.record(
                VolumeStep::HddBurstSeconds {
                    bucket_tib_per_tib: hdd.bucket_per_tib,
                },
                hdd.burst_seconds_expr(size, burst_e(), base_e()),
                Rounding::Down2,
            )?;
            let refill = trace.record(
                VolumeStep::HddRefillSeconds,
                hdd.refill_seconds_expr(size, base_e()),
                Rounding::Down2,
            )?;
            Some(Burst {
                iops: max_iops.value,
                seconds: seconds.value,
                refill_seconds: refill.value,
            })
        } else {
            None
        };
        let scan = if self.request.scan {
            let size_mib = Expr::derived("size_mib", gib(size).times(per_mib()));
            let scan = trace.record(
                VolumeStep::ScanSeconds,
                size_mib
                    .labelled(Unit::Mib)
                    .over(burst_e().labelled(Unit::MibPerSecond)),
                Rounding::Down2,
            )?;
            let factor = Expr::derived(
                "consistency",
                q("percent_throughput", hdd.pct_tput, Unit::Count)
                    .times(q("percent_time", hdd.pct_time, Unit::Count))
                    .over(n(Decimal::from(10_000))),
            );
            let worst = trace.record(
                VolumeStep::ScanWorstSeconds {
                    percent_throughput: hdd.pct_tput,
                    percent_time: hdd.pct_time,
                },
                Expr::earlier("scan_seconds", &scan).over(factor),
                Rounding::Down2,
            )?;
            let hour = Decimal::from(3600);
            Some(Scan {
                seconds: scan.value,
                worst_seconds: worst.value,
                hours: (scan.value / hour).round_dp(2),
                worst_hours: (worst.value / hour).round_dp(2),
            })
        } else {
            None
        };
        Ok(Performance::Hdd {
            tib: size / gib_per_tib(),
            baseline_mibps: base.value,
            burst_mibps: burst.value,
            baseline_iops: base_iops,
            max_iops: max_iops.value,
            burst: bursting,
            scan,
        })
    }

    fn magnetic(&self, m: &Magnetic) -> Result<Performance, Error> {
        self.check_size(m.min_size, m.max_size)?;
        Ok(Performance::Magnetic {
            average_iops: m.average_iops,
            low_iops: m.low_iops,
            high_iops: m.high_iops,
            low_throughput_mibps: m.low_tput,
            high_throughput_mibps: m.high_tput,
        })
    }
}

/// Which io2 the answer is for, and, for Block Express, the two ways AWS states where the
/// maximum throughput is reached (the per-IOPS rate gives 15,625 IOPS, its prose says
/// 16,000).
fn io2_findings(io: &Io, book: &mut FactBook, findings: &mut Vec<Finding>) -> Result<(), Error> {
    let block_express_since = book
        .fact(fact::IO2_THROUGHPUT_PER_IOPS_MIBPS)?
        .history
        .iter()
        .find(|e| e.value.is_some())
        .and_then(|e| e.since);
    match io.rule {
        IoThroughput::Stepped { max_tput, .. } => {
            findings.push(Finding::Io2NotBlockExpress {
                since: block_express_since,
                per_gib: io.per_gib,
                max_throughput_mibps: max_tput,
            });
        }
        IoThroughput::Linear { per_iops, max_tput } => {
            let aws_iops = book.value(fact::IO2_MAX_THROUGHPUT_AT_IOPS)?;
            let rate_iops = q("max_throughput", max_tput, Unit::MibPerSecond)
                .over(q("throughput_per_iops", per_iops, Unit::MibPerSecond))
                .ceil()
                .eval()?;
            findings.push(Finding::Io2MaxThroughputPoint {
                max_throughput_mibps: max_tput,
                aws_iops,
                per_iops,
                rate_iops,
            });
            if let Some(since) = block_express_since {
                findings.push(Finding::Io2BlockExpressSince { since });
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests;
