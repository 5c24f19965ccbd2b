//! EBS volume performance in words: the reports for `awscalc ebs`, built from the typed
//! results of [`crate::calc::ebs`].

use std::fmt;

use jiff::civil::Date;
use rust_decimal::Decimal;

use crate::calc::ebs::{
    self as calc, ArrayRequest, ArrayStep, Candidate, Capability, Comparison, DatedAnswer,
    Direction, Family, Finding, InstanceFigure, IoLimit, IoSizeRequest, IoStep, Need, Performance,
    Problem, Proof, Raid, Reason, Side, Smallest, TargetRequest, Throughput, Volume, VolumeRequest,
    VolumeStep, VolumeType, WhichAnswer,
};
use crate::error::Error;
use crate::explain::formula;
use crate::explain::quantity::{self, Per};
use crate::facts::FactBook;
use crate::report::{Alternative, Report, Step, Table, Value};
use crate::units::{group, KbConvention, Size, SizeUnit};

mod burst;
mod modify;
pub use burst::burst;
pub use modify::modify;

/// `awscalc ebs --type T --size S`: [`calc::volume`], explained, with the answer under
/// the facts on the other side of each dated change it used.
///
/// ```
/// use awscalc::calc::ebs::{VolumeRequest, VolumeType};
/// use awscalc::facts::{FactBook, Registry};
///
/// let request = VolumeRequest {
///     volume_type: VolumeType::Gp2,
///     size: "100".parse().unwrap(),
///     iops: None,
///     throughput: None,
///     scan: false,
/// };
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 11, 30));
/// let report = awscalc::explain::ebs::volume(&request, &mut book).unwrap();
/// assert_eq!(report.headline, "300 IOPS baseline, bursting to 3,000 IOPS for 2,000 s (33 min 20 s)");
/// assert_eq!(report.steps[1].formula, "5,400,000 / (3,000 − 300)");
/// ```
///
/// # Errors
/// As [`calc::volume`].
pub fn volume(request: &VolumeRequest, book: &mut FactBook) -> Result<Report, Error> {
    let volume = calc::volume(request, book)?;
    let mut report = volume_report(request, &volume, book.as_of());
    report
        .alternatives
        .extend(tb_as_1000_gb(request, volume.answer(), book));
    report.alternatives.extend(
        calc::other_dates(request, volume.answer(), book)
            .iter()
            .map(dated),
    );
    report.attach_facts(book);
    Ok(report)
}

/// `awscalc ebs --iops N [--throughput T] [--size S] [--type T]`: [`calc::which_volume`],
/// explained.
///
/// # Errors
/// As [`calc::which_volume`].
pub fn which_volume(need: &Need, book: &mut FactBook) -> Result<Report, Error> {
    let mut report = match calc::which_volume(need, book)? {
        WhichAnswer::Compare(comparison) => compare_report(need, &comparison, book.as_of()),
        WhichAnswer::Smallest(smallest) => smallest_report(need, &smallest, book.as_of()),
    };
    report.attach_facts(book);
    Ok(report)
}

/// [`tb_as_1000_gb`] for the volumes of an array: `--size 1tb --volumes 2` of gp2 is 6,144
/// IOPS, or 6,000 with each TB read as 1,000 GB.
fn array_tb_as_1000_gb(
    request: &ArrayRequest,
    answer: Decimal,
    book: &FactBook,
) -> Option<Alternative> {
    let size = &request.volume.size;
    if size.unit() != Some(SizeUnit::Tera) {
        return None;
    }
    let gib = size.value().checked_mul(Decimal::from(1000))?.normalize();
    let decimal = ArrayRequest {
        volume: VolumeRequest {
            size: format!("{gib}gib").parse().ok()?,
            ..request.volume.clone()
        },
        ..request.clone()
    };
    let value = calc::array(&decimal, &mut book.on(book.as_of()))
        .ok()?
        .answer();
    (value != answer).then(|| Alternative {
        value,
        reading: format!("each TB read as 1,000 GB ({} GiB)", group(gib)),
        distance: 1,
    })
}

/// The other reading of `TB`: EBS sizes are GiB, so `1tb` is 1 TiB (1,024 GiB), but a "1 TB"
/// volume is often figured as 1,000 GB, which gives another answer (a gp2 volume: 3,000
/// IOPS instead of 3,072). `None` for a size not in TB, or where the reading changes nothing.
fn tb_as_1000_gb(request: &VolumeRequest, answer: Decimal, book: &FactBook) -> Option<Alternative> {
    let size = &request.size;
    if size.unit() != Some(SizeUnit::Tera) {
        return None;
    }
    let gib = size.value().checked_mul(Decimal::from(1000))?.normalize();
    let decimal = VolumeRequest {
        size: format!("{gib}gib").parse().ok()?,
        ..request.clone()
    };
    let value = calc::volume(&decimal, &mut book.on(book.as_of()))
        .ok()?
        .answer();
    (value != answer).then(|| Alternative {
        value,
        reading: format!("a TB read as 1,000 GB ({} GiB)", group(gib)),
        distance: 1,
    })
}

fn dated(answer: &DatedAnswer) -> Alternative {
    let changed: Vec<String> = answer
        .changed
        .iter()
        .map(|u| format!("{} {}", u.fact.name, u.fact.describe(u.entry.value)))
        .collect();
    Alternative {
        value: answer.value,
        reading: format!(
            "the AWS limits in force on {} ({})",
            answer.date,
            changed.join(", ")
        ),
        distance: 1,
    }
}

// ---------------------------------------------------------------------------------------
// Words

/// Seconds in words: `2,000 s (33 min 20 s)`.
fn seconds_words(seconds: Decimal) -> String {
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

impl fmt::Display for VolumeType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// `20,000 IOPS and 600 MiB/s`.
fn need_words(iops: Option<Decimal>, tput: Option<Decimal>) -> String {
    match (iops, tput) {
        (Some(i), Some(t)) => format!("{} IOPS and {} MiB/s", group(i), group(t)),
        (Some(i), None) => format!("{} IOPS", group(i)),
        (None, Some(t)) => format!("{} MiB/s", group(t)),
        (None, None) => "nothing".into(),
    }
}

fn capability_words(c: Capability) -> String {
    format!(
        "{} IOPS, {} MiB/s",
        group(c.iops),
        group(c.throughput_mibps)
    )
}

fn proof_words(kind: VolumeType, proof: &Proof) -> String {
    match proof.below {
        Some((below, at_below)) => format!(
            "{} GiB → {}; {} GiB → {}",
            group(proof.size),
            capability_words(proof.sustains),
            group(below),
            capability_words(at_below)
        ),
        None => format!(
            "{} GiB, the smallest {kind} → {}",
            group(proof.size),
            capability_words(proof.sustains)
        ),
    }
}

fn reason_words(kind: VolumeType, reason: &Reason) -> String {
    match reason {
        Reason::NotYet { problem } => problem.to_string(),
        Reason::NoSizingRule {
            average_iops,
            low_throughput_mibps,
            high_throughput_mibps,
        } => format!(
            "previous generation with no sizing rule: about {} IOPS on average, {} to {} MiB/s",
            group(*average_iops),
            group(*low_throughput_mibps),
            group(*high_throughput_mibps)
        ),
        Reason::TooLittleAtLargest {
            max_size,
            sustains,
            burst,
        } => {
            let reason = format!(
                "sustains at most {} at its largest size ({} GiB)",
                capability_words(*sustains),
                group(*max_size)
            );
            match burst {
                Some(b) => format!(
                    "{reason}; it bursts to {} while credits last",
                    capability_words(*b)
                ),
                None => reason,
            }
        }
        Reason::SizeOutOfRange { min, max, size } => format!(
            "{kind} volumes are {} to {} GiB, not {} GiB",
            group(*min),
            group(*max),
            group(*size)
        ),
        Reason::TooSmall {
            size,
            sustains,
            iops,
            throughput_mibps,
            smallest,
        } => format!(
            "at {} GiB sustains at most {}; {} needs at least {} GiB",
            group(*size),
            capability_words(*sustains),
            // A zero is a need the question did not name.
            need_words(
                Some(*iops).filter(|v| !v.is_zero()),
                Some(*throughput_mibps).filter(|v| !v.is_zero())
            ),
            group(*smallest)
        ),
        Reason::Provision {
            iops,
            throughput_mibps,
        } => match (iops, throughput_mibps) {
            (Some(i), Some(t)) => format!("provision {} IOPS and {} MiB/s", group(*i), group(*t)),
            (Some(i), None) => format!("provision {} IOPS", group(*i)),
            _ => "from the size alone".into(),
        },
    }
}

impl Problem {
    /// What is allowed instead, in words, where the error says: the day a type came.
    #[must_use]
    pub fn allowed(&self) -> Option<String> {
        match self {
            Problem::NotYet { since, .. } => Some(came(*since)),
            _ => None,
        }
    }
}

/// `it came on 2020-12-01`.
fn came(since: Option<Date>) -> String {
    let since = since.map_or_else(|| "a later date".to_string(), |d| d.to_string());
    format!("it came on {since}")
}

impl fmt::Display for Problem {
    #[allow(clippy::too_many_lines)] // one message per problem
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::UnknownType { given } => write!(
                f,
                "unknown volume type `{given}`: expected gp3, gp2, io2, io1, st1, sc1 or standard"
            ),
            Problem::FractionalSize { given, use_gib } => write!(
                f,
                "EBS volume sizes are whole GiB: `{given}` is not; use {} GiB",
                group(*use_gib)
            ),
            Problem::NotYet {
                volume_type,
                as_of,
                since,
            } => write!(
                f,
                "{} did not exist on {as_of}: {}",
                volume_type.name(),
                came(*since)
            ),
            Problem::IopsNotProvisioned { volume_type, iops } => write!(
                f,
                "{volume_type} IOPS follow from the volume, not from --iops: drop `--iops {iops}`, or use --type gp3, io1 or io2 to provision IOPS"
            ),
            Problem::ThroughputNotProvisioned { volume_type, given } => write!(
                f,
                "only gp3 takes a provisioned throughput; {volume_type} throughput follows from its {}: drop `--throughput {given}`",
                if volume_type.takes_iops() { "IOPS" } else { "size" },
            ),
            Problem::ScanNotHdd { volume_type } => write!(
                f,
                "--scan applies to st1 and sc1, whose burst bucket is sized for a full scan; drop --scan for {volume_type}"
            ),
            Problem::SizeOutOfRange {
                volume_type,
                min,
                max,
                as_of,
                given,
                size,
            } => {
                let fix = if size < min {
                    format!("use at least {} GiB", group(*min))
                } else {
                    format!("use at most {} GiB", group(*max))
                };
                write!(
                    f,
                    "{volume_type} volumes are {} to {} GiB (on {as_of}): `{given}` is {} GiB; {fix}",
                    group(*min),
                    group(*max),
                    group(*size)
                )
            }
            Problem::IopsBelowMinimum {
                volume_type,
                iops,
                min,
            } => {
                let minimum = if *volume_type == VolumeType::Gp3 {
                    format!("gp3 includes {} IOPS and provisions no fewer", group(*min))
                } else {
                    format!("{volume_type} needs at least {} provisioned IOPS", group(*min))
                };
                write!(
                    f,
                    "{minimum}; {} IOPS (`--iops {iops}`) is below it: use at least {}",
                    group(*iops),
                    group(*min)
                )
            }
            Problem::IopsAboveMaximum {
                volume_type,
                iops,
                max,
                as_of,
            } => {
                let advice = if *volume_type == VolumeType::Gp3 {
                    "use io2".to_string()
                } else {
                    format!("compare types with `awscalc ebs --iops {iops}`")
                };
                write!(
                    f,
                    "{volume_type} allows at most {} IOPS (on {as_of}); {} IOPS (`--iops {iops}`) is above it: lower --iops, or {advice}",
                    group(*max),
                    group(*iops)
                )
            }
            Problem::IopsAboveSize {
                volume_type,
                iops,
                size,
                allowed,
                min_size,
            } => write!(
                f,
                "{volume_type} at {} GiB allows at most {} IOPS; {} IOPS needs at least {} GiB (`--iops {iops}`)",
                group(*size),
                group(*allowed),
                group(*iops),
                group(*min_size)
            ),
            Problem::ThroughputNotWhole { given, mibps } => write!(
                f,
                "gp3 throughput is provisioned in whole MiB/s: `--throughput {given}` is {} MiB/s; use {}",
                group(*mibps),
                group(mibps.ceil())
            ),
            Problem::ThroughputBelowIncluded {
                given,
                mibps,
                included,
            } => write!(
                f,
                "gp3 includes {} MiB/s and provisions no less; `--throughput {given}` is {} MiB/s: use at least {}",
                group(*included),
                group(*mibps),
                group(*included)
            ),
            Problem::ThroughputAboveMaximum {
                given,
                mibps,
                max,
                as_of,
            } => write!(
                f,
                "gp3 allows at most {} MiB/s (on {as_of}); `--throughput {given}` is {} MiB/s: lower it, or use io2",
                group(*max),
                group(*mibps)
            ),
            Problem::ThroughputAboveIops {
                given,
                mibps,
                iops,
                allowed,
                need_iops,
                need_size,
            } => {
                let size_note =
                    need_size.map_or_else(String::new, |s| format!(" and {} GiB", group(s)));
                write!(
                    f,
                    "gp3 with {} IOPS allows at most {} MiB/s; {} MiB/s needs at least {} IOPS{size_note} (`--throughput {given}`)",
                    group(*iops),
                    group(*allowed),
                    group(*mibps),
                    group(*need_iops)
                )
            }
            Problem::RaidParity { given } => write!(
                f,
                "AWS does not recommend RAID 5 or 6 on EBS: \"the parity write operations of these RAID modes consume some of the IOPS available to your volumes\"; use --raid 0 (striped) or 1 (mirrored), not `{given}`"
            ),
            Problem::RaidUnknown { given } => write!(
                f,
                "unknown RAID level `{given}`: expected 0 (striped) or 1 (mirrored)"
            ),
            Problem::UnknownInstance { given } => write!(
                f,
                "unknown instance type `{given}`: awscalc holds {}; for another type give its EBS \
                 limits with --instance-iops N and --instance-throughput T (AWS's EC2 instance \
                 types guide lists them)",
                calc::InstanceType::all()
                    .map(calc::InstanceType::name)
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            Problem::VolumeCount { volumes, max } => write!(
                f,
                "an array has 1 to {} volumes: `--volumes {volumes}` is outside it",
                group(Decimal::from(*max))
            ),
            Problem::ArrayNoRule { volume_type } => write!(
                f,
                "{volume_type} (magnetic) has no performance rule to add up: use gp3, gp2, io2, io1, st1 or sc1"
            ),
            Problem::IoSizeDirection => f.write_str(
                "--io-size needs exactly one of --iops (for the throughput they give) and --throughput (for the IOPS it needs)",
            ),
            Problem::IoSizeNoRule { volume_type } => write!(
                f,
                "{volume_type} (magnetic) has no I/O size rule in AWS's pages: drop --type {volume_type}, or use gp3, gp2, io2, io1, st1 or sc1"
            ),
            Problem::EmptyNeed => f.write_str(
                "give --iops and/or --throughput to find the volume that delivers them, or --type and --size for one volume",
            ),
            Problem::CannotSustain {
                volume_type,
                iops,
                throughput,
                reason,
            } => write!(
                f,
                "{volume_type} cannot sustain {}: {}; `awscalc ebs{}{}` compares every type",
                need_words(*iops, throughput.as_ref().map(|t| t.1)),
                reason_words(*volume_type, reason),
                iops.map_or(String::new(), |i| format!(" --iops {i}")),
                throughput
                    .as_ref()
                    .map_or(String::new(), |t| format!(" --throughput {}", t.0))
            ),
            Problem::BurstNotBursting { volume_type } => write!(
                f,
                "{volume_type} has no burst bucket: --for and --credits apply to gp2, st1 and sc1"
            ),
            Problem::BurstLoadFlag { volume_type, given } => write!(
                f,
                "`{given}` does not load {} {volume_type} volume's bucket: give its workload with {}",
                if *volume_type == VolumeType::Gp2 { "a" } else { "an" },
                if *volume_type == VolumeType::Gp2 {
                    "--iops (gp2 credits are I/O credits)"
                } else {
                    "--throughput (st1 and sc1 credits are throughput credits)"
                }
            ),
            Problem::Shrink {
                given,
                from_gib,
                to_gib,
            } => write!(
                f,
                "an EBS volume only grows: `--to-size {given}` is {} GiB, below the volume's {} GiB (AWS: the target size must be greater than or equal to the existing size); create a smaller volume and copy the data instead",
                group(*to_gib),
                group(*from_gib)
            ),
            Problem::ToNotProvisioned { volume_type, given } => write!(
                f,
                "{volume_type} does not take `{given}`: {}",
                if volume_type.takes_iops() {
                    "only gp3 takes a provisioned throughput"
                } else {
                    "its IOPS and throughput follow from its size; provision them with gp3, io1 or io2"
                }
            ),
            Problem::NoChange => f.write_str(
                "the modification changes nothing: give a larger --to-size, another --to-type, or --to-iops or --to-throughput",
            ),
            Problem::CreditsUnreadable { given } => write!(
                f,
                "`{given}` is not a credit balance: expected a share of the full bucket from 0% to 100% (50%), I/O credits for gp2 (1000000), or throughput credits for st1 and sc1 (512gib; a bare number is MiB)"
            ),
            Problem::CreditsAboveBucket {
                volume_type,
                given,
                bucket,
            } => write!(
                f,
                "`--credits {given}` is more than a full {volume_type} bucket of this size holds: at most {} {}",
                group(*bucket),
                if *volume_type == VolumeType::Gp2 {
                    "I/O credits"
                } else {
                    "MiB of credits"
                }
            ),
        }
    }
}

// ---------------------------------------------------------------------------------------
// One volume

/// The label and unit of a step.
fn step_words(what: VolumeStep) -> (String, &'static str) {
    match what {
        VolumeStep::Gp2Baseline { per_gib, min_iops } => (
            format!(
                "baseline: {} IOPS per GiB, at least {}, at most the maximum",
                group(per_gib),
                group(min_iops)
            ),
            "IOPS",
        ),
        VolumeStep::Gp2BurstSeconds => (
            "full bucket sustains the burst: credits / (burst − baseline)".into(),
            "s",
        ),
        VolumeStep::Gp2RefillSeconds => (
            "empty bucket refills at the baseline rate: credits / baseline".into(),
            "s",
        ),
        VolumeStep::Gp2MaxThroughput => ("maximum throughput for the size".into(), "MiB/s"),
        VolumeStep::Gp2SustainedThroughput { io_kib } => (
            format!(
                "throughput without credits: baseline IOPS × {} KiB",
                group(io_kib)
            ),
            "MiB/s",
        ),
        VolumeStep::Gp3MaxIops { per_gib, included } => (
            format!(
                "most IOPS the size allows: {} per GiB, {} included, at most the maximum",
                group(per_gib),
                group(included)
            ),
            "IOPS",
        ),
        VolumeStep::Gp3MaxThroughput { per_iops } => (
            format!(
                "most throughput the IOPS allow: {} MiB/s per IOPS, at most the maximum",
                group(per_iops)
            ),
            "MiB/s",
        ),
        VolumeStep::IoMaxIops { per_gib } => (
            format!(
                "most IOPS the size allows: {} per GiB, at most the maximum",
                group(per_gib)
            ),
            "IOPS",
        ),
        VolumeStep::IoThroughput => ("throughput the IOPS give".into(), "MiB/s"),
        VolumeStep::HddBaseline { per_tib, max } => (
            format!(
                "baseline: {} MiB/s per TiB, at most {}",
                group(per_tib),
                group(max)
            ),
            "MiB/s",
        ),
        VolumeStep::HddBurst { per_tib, max } => (
            format!(
                "burst: {} MiB/s per TiB, at most {}",
                group(per_tib),
                group(max)
            ),
            "MiB/s",
        ),
        VolumeStep::HddMaxIops { io_mib } => (
            format!(
                "IOPS at {} MiB I/O while bursting, at most the maximum",
                group(io_mib)
            ),
            "IOPS",
        ),
        VolumeStep::HddBurstSeconds { bucket_tib_per_tib } => (
            format!(
                "full bucket ({} TiB of credits per TiB) sustains the burst",
                group(bucket_tib_per_tib)
            ),
            "s",
        ),
        VolumeStep::HddRefillSeconds => ("empty bucket refills at the baseline".into(), "s"),
        VolumeStep::ScanSeconds => (
            "full scan at the burst throughput: size / throughput".into(),
            "s",
        ),
        VolumeStep::ScanWorstSeconds {
            percent_throughput,
            percent_time,
        } => (
            format!(
                "worst case: {}% of the throughput {}% of the time",
                group(percent_throughput),
                group(percent_time)
            ),
            "s",
        ),
    }
}

fn opt(value: Option<Decimal>) -> Value {
    value.map_or(Value::Null, Value::from)
}

/// A size in GiB in the unit family of the user's `--size` (`2tib` asks in TiB, `1tb` in
/// TB, read as TiB for EBS), the exact GiB beside it: `2 TiB (2,048 GiB)`. A bare size or one
/// in GiB is shown in GiB alone.
fn gib_in(gib: Decimal, asked: Option<SizeUnit>) -> String {
    match asked {
        Some(unit) if unit != SizeUnit::Gibi => quantity::show(
            gib,
            SizeUnit::Gibi,
            Some(unit),
            KbConvention::Binary,
            Per::Nothing,
        )
        .to_string(),
        _ => format!("{} GiB", group(gib)),
    }
}

/// `MB/s read as MiB/s: ` for a throughput typed `600mb/s` (EBS's MB/s is MiB/s);
/// nothing for one typed in MiB/s or bare.
fn read_as(t: &Throughput) -> String {
    if t.decimal_spelling() {
        "MB/s read as MiB/s: ".into()
    } else {
        String::new()
    }
}

fn alternative(value: Decimal, reading: &str) -> Alternative {
    Alternative {
        value,
        reading: reading.into(),
        distance: 1,
    }
}

/// The report of one volume, without the other dates or the facts.
#[allow(clippy::too_many_lines)] // one report per type, read top to bottom
fn volume_report(request: &VolumeRequest, volume: &Volume, as_of: Date) -> Report {
    let mut report = Report::new("ebs", as_of);
    let kind = volume.volume_type;
    let size = volume.size_gib;
    // The size as the question gave it: `2 TiB (2,048 GiB)` for `--size 2tib`.
    let at = gib_in(size, request.size.unit());
    describe_inputs(request, size, &mut report);
    for step in &volume.steps {
        let (label, unit) = step_words(step.what);
        report.step(label, formula::text(&step.formula), step.value, unit);
    }
    let common = |report: &mut Report| {
        report.field("type", Value::text(kind.name()), "");
        report.field("size_gib", Value::from(size), "GiB");
    };
    let no_burst = |report: &mut Report| {
        report.field("burst_iops", Value::Null, "IOPS");
        report.field("burst_seconds", Value::Null, "s");
        report.field("refill_seconds", Value::Null, "s");
    };
    match volume.performance {
        Performance::Gp2 {
            baseline_iops,
            burst_rate_iops,
            burst,
            max_throughput_mibps,
            sustained_throughput_mibps,
        } => {
            report.headline = match burst {
                Some(b) => format!(
                    "{} IOPS baseline, bursting to {} IOPS for {}",
                    group(baseline_iops),
                    group(burst_rate_iops),
                    seconds_words(b.seconds)
                ),
                None => format!("{} IOPS baseline, no burst", group(baseline_iops)),
            };
            report.summary = format!(
                "gp2 at {at}: up to {} MiB/s, {} MiB/s without burst credits",
                group(max_throughput_mibps),
                group(sustained_throughput_mibps)
            );
            common(&mut report);
            report.field("baseline_iops", Value::from(baseline_iops), "IOPS");
            report.field(
                "max_iops",
                Value::from(burst.map_or(baseline_iops, |b| b.iops)),
                "IOPS",
            );
            report.field("burst_iops", opt(burst.map(|b| b.iops)), "IOPS");
            report.field("burst_seconds", opt(burst.map(|b| b.seconds)), "s");
            report.field("refill_seconds", opt(burst.map(|b| b.refill_seconds)), "s");
            report.field(
                "max_throughput_mibps",
                Value::from(max_throughput_mibps),
                "MiB/s",
            );
            report.field(
                "baseline_throughput_mibps",
                Value::from(sustained_throughput_mibps),
                "MiB/s",
            );
            report.answer.push("baseline_iops".into());
            if let Some(b) = burst {
                report.alternatives.push(alternative(
                    b.iops,
                    "the burst IOPS, while I/O credits last",
                ));
            }
            notes(&volume.findings, kind, as_of, &mut report);
            report.aside(
                "gp2 delivers its performance 99% of the time; throughput is also capped by the instance",
            );
        }
        Performance::Gp3 {
            included_iops,
            included_throughput_mibps,
            iops,
            iops_given,
            max_iops,
            throughput_mibps,
            iops_max_throughput_mibps,
            best_throughput_mibps,
        } => {
            report.headline = format!(
                "up to {} IOPS and {} MiB/s at {at}",
                group(max_iops),
                group(best_throughput_mibps),
            );
            report.summary = format!(
                "gp3 provisioned with {} IOPS and {} MiB/s ({} IOPS and {} MiB/s included at any size)",
                group(iops),
                group(throughput_mibps),
                group(included_iops),
                group(included_throughput_mibps)
            );
            common(&mut report);
            report.field("baseline_iops", Value::from(included_iops), "IOPS");
            report.field("iops", Value::from(iops), "IOPS");
            report.field("max_iops", Value::from(max_iops), "IOPS");
            no_burst(&mut report);
            report.field("throughput_mibps", Value::from(throughput_mibps), "MiB/s");
            report.field(
                "baseline_throughput_mibps",
                Value::from(included_throughput_mibps),
                "MiB/s",
            );
            report.field(
                "max_throughput_mibps",
                Value::from(if iops_given {
                    iops_max_throughput_mibps
                } else {
                    best_throughput_mibps
                }),
                "MiB/s",
            );
            report.answer.push("max_iops".into());
            report.alternatives.push(alternative(
                included_iops,
                "the IOPS gp3 includes without provisioning",
            ));
            notes(&volume.findings, kind, as_of, &mut report);
            report.aside(
                "gp3 does not burst: it sustains its provisioned IOPS and throughput, 99% of the time",
            );
        }
        Performance::Io {
            iops,
            max_iops,
            throughput_mibps,
        } => {
            report.headline = format!(
                "up to {} IOPS at {at}; {} IOPS give {} MiB/s",
                group(max_iops),
                group(iops),
                group(throughput_mibps)
            );
            report.summary = format!("{} at {at}", type_words(kind));
            common(&mut report);
            report.field("baseline_iops", Value::from(iops), "IOPS");
            report.field("iops", Value::from(iops), "IOPS");
            report.field("max_iops", Value::from(max_iops), "IOPS");
            no_burst(&mut report);
            report.field(
                "baseline_throughput_mibps",
                Value::from(throughput_mibps),
                "MiB/s",
            );
            report.field(
                "max_throughput_mibps",
                Value::from(throughput_mibps),
                "MiB/s",
            );
            report.answer.push("max_iops".into());
            notes(&volume.findings, kind, as_of, &mut report);
            report.aside(format!(
                "{kind} delivers its provisioned IOPS 99.9% of the time; throughput is also capped by the instance"
            ));
        }
        Performance::Hdd {
            tib,
            baseline_mibps,
            burst_mibps,
            baseline_iops,
            max_iops,
            burst,
            scan,
        } => {
            common(&mut report);
            report.field("baseline_iops", Value::from(baseline_iops), "IOPS");
            report.field("max_iops", Value::from(max_iops), "IOPS");
            report.field("burst_iops", opt(burst.map(|b| b.iops)), "IOPS");
            report.field("burst_seconds", opt(burst.map(|b| b.seconds)), "s");
            report.field("refill_seconds", opt(burst.map(|b| b.refill_seconds)), "s");
            report.field(
                "baseline_throughput_mibps",
                Value::from(baseline_mibps),
                "MiB/s",
            );
            report.field("burst_throughput_mibps", Value::from(burst_mibps), "MiB/s");
            report.field("max_throughput_mibps", Value::from(burst_mibps), "MiB/s");
            report.summary = format!(
                "{} at {}: up to {} IOPS of 1 MiB",
                type_words(kind),
                if at.contains('(') {
                    at.clone()
                } else {
                    format!("{} GiB ({} TiB)", group(size), group(tib))
                },
                group(max_iops)
            );
            if let Some(scan) = scan {
                report.field("scan_seconds", Value::from(scan.seconds), "s");
                report.field("scan_worst_seconds", Value::from(scan.worst_seconds), "s");
                report.field("scan_hours", Value::from(scan.hours), "h");
                report.field("scan_worst_hours", Value::from(scan.worst_hours), "h");
                report.answer.push("scan_seconds".into());
                report.headline = format!(
                    "full scan in {}, at worst {}",
                    seconds_words(scan.seconds),
                    seconds_words(scan.worst_seconds)
                );
                report.aside(
                    "a full bucket holds enough credits for a full scan; a larger volume is held to the volume's and the instance's throughput",
                );
            } else {
                report.headline = format!(
                    "{} MiB/s baseline, bursting to {} MiB/s",
                    group(baseline_mibps),
                    group(burst_mibps)
                );
                report.alternatives.push(alternative(
                    baseline_mibps,
                    "the baseline throughput, once burst credits run out",
                ));
                report.answer.push("max_throughput_mibps".into());
            }
            report.note(format!(
                "{kind} is rated by throughput: an I/O of 1 MiB or less counts as 1 MiB, so small random I/O gets far fewer IOPS"
            ));
        }
        Performance::Magnetic {
            average_iops,
            low_iops,
            high_iops,
            low_throughput_mibps,
            high_throughput_mibps,
        } => {
            common(&mut report);
            report.field("baseline_iops", Value::from(average_iops), "IOPS");
            report.field("max_iops", Value::from(high_iops), "IOPS");
            report.field("min_max_iops", Value::from(low_iops), "IOPS");
            no_burst(&mut report);
            report.field(
                "baseline_throughput_mibps",
                Value::from(low_throughput_mibps),
                "MiB/s",
            );
            report.field(
                "max_throughput_mibps",
                Value::from(high_throughput_mibps),
                "MiB/s",
            );
            report.answer.push("baseline_iops".into());
            report.headline = format!(
                "about {} IOPS on average, {} to {} IOPS at most",
                group(average_iops),
                group(low_iops),
                group(high_iops)
            );
            report.summary = format!(
                "magnetic (standard) at {at}: {} to {} MiB/s; AWS states these ranges, not a formula by size",
                group(low_throughput_mibps),
                group(high_throughput_mibps)
            );
            report.note(
                "magnetic (standard) is a previous-generation type: AWS recommends a current type instead",
            );
        }
    }
    report
}

/// The notes and alternatives of a volume's findings, in order.
fn notes(findings: &[Finding], kind: VolumeType, as_of: Date, report: &mut Report) {
    for finding in findings {
        match *finding {
            Finding::NoBurst {
                baseline_iops,
                burst_iops,
            } => report.note(format!(
                "a baseline of {} IOPS is not below the {} IOPS burst rate: this volume does not burst, it sustains its baseline",
                group(baseline_iops),
                group(burst_iops)
            )),
            Finding::TableMinimum => report.aside(
                "AWS's text says credits accrue at 3 per GiB per second, but its table fills small \
                 volumes at their 100 IOPS minimum (1 GiB: 54,000 s); awscalc follows the table",
            ),
            Finding::IopsNotGiven { max_iops } => report.note(format!(
                "no --iops given: showing the most this size allows, {} IOPS",
                group(max_iops)
            )),
            Finding::NeedsNitro { non_nitro_iops } => {
                report.note(format!(
                    "above {} IOPS needs an instance built on Nitro; other instances achieve at most {} IOPS",
                    group(non_nitro_iops),
                    group(non_nitro_iops)
                ));
                report
                    .alternatives
                    .push(alternative(non_nitro_iops, "an instance not built on Nitro"));
            }
            Finding::Io2NotBlockExpress {
                since,
                per_gib,
                max_throughput_mibps,
            } => {
                let since = since.map_or_else(|| "later".to_string(), |d| format!("from {d}"));
                report.note(format!(
                    "on {as_of} a new io2 volume was not yet io2 Block Express (new io2 volumes are \
                     Block Express {since}): the io2 limits of then apply ({} IOPS per GiB, io1's throughput rule, \
                     at most {} MiB/s)",
                    group(per_gib),
                    group(max_throughput_mibps)
                ));
            }
            Finding::Io2MaxThroughputPoint {
                max_throughput_mibps,
                aws_iops,
                per_iops,
                rate_iops,
            } => report.aside(format!(
                "AWS says {kind} reaches its maximum throughput of {} MiB/s \"at {} IOPS or higher\"; \
                 at {} MiB/s per IOPS awscalc reaches it at {} IOPS ({} / {}), and uses the rate",
                group(max_throughput_mibps),
                group(aws_iops),
                group(per_iops),
                group(rate_iops),
                group(max_throughput_mibps),
                group(per_iops)
            )),
            Finding::Io2BlockExpressSince { since } => report.note(format!(
                "these are the io2 Block Express limits of a volume created on {as_of}; new io2 \
                 volumes are Block Express from {since}, and an older one kept the earlier limits \
                 until it was modified or AWS converted it (see `awscalc facts io2`)"
            )),
        }
    }
}

/// A size as read, for the inputs line: `500 GiB`, `2 TiB = 2,048 GiB`, and for EBS's
/// GB and TB the reading made visible: `1 TB = 1,024 GiB (TB read as TiB)`.
fn size_understood(given: &Size, gib: Decimal) -> String {
    let unit = given.unit_or(SizeUnit::Gibi);
    if unit == SizeUnit::Gibi {
        format!("{} GiB", group(gib))
    } else if unit.is_ambiguous() {
        format!(
            "{} {} = {} GiB ({} read as {})",
            group(given.value()),
            unit.symbol(),
            group(gib),
            unit.symbol(),
            unit.symbol().replace('B', "iB"),
        )
    } else {
        format!(
            "{} {} = {} GiB",
            group(given.value()),
            unit.symbol(),
            group(gib)
        )
    }
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
    report.input(
        "size",
        request.size.text(),
        size_understood(&request.size, size),
        Value::Map(vec![
            ("given".into(), Value::text(request.size.text().to_owned())),
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
            format!("{}{} MiB/s provisioned", read_as(t), group(t.mibps())),
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

// ---------------------------------------------------------------------------------------
// Which volume

fn describe_need(need: &Need, size: Option<Decimal>, report: &mut Report) {
    if let Some(iops) = need.iops {
        report.input(
            "iops",
            &iops.to_string(),
            format!("{} IOPS, sustained", group(iops)),
            Value::from(iops),
        );
    }
    if let Some(t) = &need.throughput {
        report.input(
            "throughput",
            t.text(),
            format!("{}{} MiB/s, sustained", read_as(t), group(t.mibps())),
            Value::from(t.mibps()),
        );
    }
    if let (Some(given), Some(gib)) = (&need.size, size) {
        report.input(
            "size",
            given.text(),
            size_understood(given, gib),
            Value::Map(vec![
                ("given".into(), Value::text(given.text().to_owned())),
                ("gib".into(), Value::from(gib)),
            ]),
        );
    }
}

fn need_text(need: &Need) -> String {
    need_words(need.iops, need.throughput.as_ref().map(Throughput::mibps))
}

#[allow(clippy::too_many_lines)] // one report, read top to bottom
fn compare_report(need: &Need, comparison: &Comparison, as_of: Date) -> Report {
    let mut report = Report::new("ebs", as_of);
    describe_need(need, comparison.size_gib, &mut report);
    let candidates = &comparison.candidates;
    for c in candidates {
        if let Some(size) = c.min_size {
            report.step(
                format!("{}: smallest size that sustains it", c.volume_type),
                c.proof
                    .as_ref()
                    .map(|p| proof_words(c.volume_type, p))
                    .unwrap_or_default(),
                size,
                "GiB",
            );
        }
    }
    let words = need_text(need);
    if let Some(c) = comparison.best() {
        let size = c.at_size.unwrap_or_default();
        report.headline = if comparison.size_gib.is_some() {
            format!(
                "{} of {} types sustain {words} at {}",
                comparison.delivering(),
                candidates.len(),
                gib_in(size, need.size.as_ref().and_then(Size::unit))
            )
        } else {
            format!(
                "{} at {} GiB is the smallest volume that sustains {words}",
                c.volume_type,
                group(size)
            )
        };
        report.field("smallest_type", Value::text(c.volume_type.name()), "");
        report.field("smallest_size_gib", Value::from(size), "GiB");
    } else {
        report.headline = format!("no EBS volume type sustains {words}");
        report.field("smallest_type", Value::Null, "");
        report.field("smallest_size_gib", Value::Null, "GiB");
    }
    report.summary =
        format!("each EBS volume type, sorted by the smallest size that sustains {words}");
    report.answer.push("smallest_type".into());
    report.field(
        "delivering",
        Value::number(comparison.delivering()),
        "types",
    );
    let rows: Vec<Vec<Value>> = candidates.iter().map(row).collect();
    let columns = [
        "type",
        "delivers",
        "min_size_gib",
        "iops",
        "throughput_mibps",
        "reason",
    ];
    report.field(
        "candidates",
        Value::List(
            rows.iter()
                .map(|r| {
                    Value::Map(
                        columns
                            .iter()
                            .map(|c| std::borrow::Cow::Borrowed(*c))
                            .zip(r.iter().cloned())
                            .collect(),
                    )
                })
                .collect(),
        ),
        "",
    );
    report.table = Some(Table {
        columns: columns.map(String::from).to_vec(),
        rows,
    });
    let mut list = Vec::new();
    for tier in &comparison.tiers {
        let agrees = tier.max_iops == tier.study_notes_max_iops;
        if !agrees {
            report.note(format!(
                "older exam material gives {} about {} IOPS at most; on {as_of} AWS allows {}: an exam answer may assume the older figure",
                tier.volume_type,
                group(tier.study_notes_max_iops),
                group(tier.max_iops)
            ));
        }
        list.push(Value::Map(vec![
            ("type".into(), Value::text(tier.volume_type.name())),
            (
                "study_notes_max_iops".into(),
                Value::from(tier.study_notes_max_iops),
            ),
            ("max_iops".into(), Value::from(tier.max_iops)),
            ("agrees".into(), Value::Bool(agrees)),
        ]));
    }
    report.field("tier_table", Value::List(list), "");
    report.aside(
        "sizes sustain the need without burst credits; gp2, st1 and sc1 can burst higher for a while, \
         and every volume is also held to its instance's EBS limits",
    );
    report
}

fn row(c: &Candidate) -> Vec<Value> {
    let shown = c.delivered;
    vec![
        Value::text(c.volume_type.name()),
        Value::Bool(c.delivers),
        opt(c.size()),
        opt(c.iops.or(shown.map(|s| s.iops))),
        opt(c.throughput_mibps.or(shown.map(|s| s.throughput_mibps))),
        Value::text(reason_words(c.volume_type, &c.reason)),
    ]
}

fn smallest_report(need: &Need, smallest: &Smallest, as_of: Date) -> Report {
    let kind = smallest.volume.volume_type;
    let candidate = &smallest.candidate;
    let size = candidate.at_size.unwrap_or_default();
    let words = need_text(need);
    let mut report = volume_report(&smallest.request, &smallest.volume, as_of);
    report.inputs.retain(|i| i.name == "type");
    describe_need(need, None, &mut report);
    report.steps.insert(
        0,
        Step {
            label: format!("smallest {kind} that sustains {words}"),
            formula: candidate
                .proof
                .as_ref()
                .map(|p| proof_words(kind, p))
                .unwrap_or_default(),
            value: Value::from(size),
            unit: "GiB".into(),
            aside: false,
        },
    );
    report.notes.retain(|n| !n.text.starts_with('`'));
    report.headline = format!("{kind} needs at least {} GiB for {words}", group(size));
    report.summary = format!("{}: {}", kind, reason_words(kind, &candidate.reason));
    report.field("min_size_gib", Value::from(size), "GiB");
    report.answer = vec!["min_size_gib".into()];
    report.alternatives = smallest
        .other_dates
        .iter()
        .map(|(date, s)| Alternative {
            value: *s,
            reading: format!("the AWS limits in force on {date}"),
            distance: 1,
        })
        .collect();
    report
}

// ---------------------------------------------------------------------------------------
// I/O size

fn family_words(family: Family) -> &'static str {
    match family {
        Family::Ssd => "SSD",
        Family::Hdd => "HDD",
    }
}

fn io_step_words(what: IoStep, kind: Option<VolumeType>) -> (String, &'static str) {
    let kind = kind.map_or("the type", VolumeType::name);
    match what {
        IoStep::OperationsPerIo { family } => (
            format!(
                "{} operations per I/O: split above the cap",
                family_words(family)
            ),
            "",
        ),
        IoStep::Iops { family } => (
            format!(
                "IOPS on {} volumes: MiB/s × 1,024 / I/O KiB",
                family_words(family)
            ),
            "IOPS",
        ),
        IoStep::Throughput { family } => (
            format!(
                "throughput on {} volumes: IOPS × I/O KiB / 1,024",
                family_words(family)
            ),
            "MiB/s",
        ),
        IoStep::Provision => (
            format!("IOPS to provision: the workload's, or what {kind} needs for the throughput"),
            "IOPS",
        ),
        IoStep::TypeIops => (format!("IOPS {kind} runs: at most its maximum"), "IOPS"),
        IoStep::TypeIoSizeThroughput => ("throughput of those IOPS".into(), "MiB/s"),
        IoStep::TypeThroughputCap => (
            format!("most throughput {kind} allows at those IOPS"),
            "MiB/s",
        ),
        IoStep::Delivered => (format!("what {kind} delivers: the lowest"), "MiB/s"),
    }
}

/// `awscalc ebs --io-size S (--iops N | --throughput T) [--type T]`: [`calc::io_size`],
/// explained.
///
/// ```
/// use awscalc::calc::ebs::IoSizeRequest;
/// use awscalc::facts::{FactBook, Registry};
///
/// let request = IoSizeRequest {
///     io_size: "64kib".parse().unwrap(),
///     iops: Some(10_000.into()),
///     throughput: None,
///     volume_type: None,
/// };
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 11, 30));
/// let report = awscalc::explain::ebs::io_size(&request, &mut book).unwrap();
/// assert_eq!(report.headline, "625 MiB/s from 10,000 IOPS of 64 KiB I/O");
/// ```
///
/// # Errors
/// As [`calc::io_size`].
#[allow(clippy::too_many_lines)] // one report, read top to bottom
pub fn io_size(request: &IoSizeRequest, book: &mut FactBook) -> Result<Report, Error> {
    let answer = calc::io_size(request, book)?;
    let mut report = Report::new("ebs", book.as_of());
    let io = answer.io_kib;
    let io_text = format!("{} KiB", group(io));
    let unit = request.io_size.unit_or(SizeUnit::Kibi);
    let understood = if unit == SizeUnit::Kibi {
        io_text.clone()
    } else {
        format!(
            "{} {} = {io_text}",
            group(request.io_size.value()),
            unit.symbol()
        )
    };
    report.input(
        "io_size",
        request.io_size.text(),
        understood,
        Value::Map(vec![
            (
                "given".into(),
                Value::text(request.io_size.text().to_owned()),
            ),
            ("kib".into(), Value::from(io)),
        ]),
    );
    if request.io_size.unit().is_none() {
        report.note(format!(
            "`{}` has no unit: read as {io_text}, as AWS states I/O sizes",
            request.io_size.text()
        ));
    } else if unit == SizeUnit::Kilo || unit == SizeUnit::Mega {
        report.note(format!(
            "`{}` read as binary ({io_text}), as AWS states EBS I/O sizes in KiB",
            request.io_size.text()
        ));
    }
    if let Some(iops) = request.iops {
        report.input(
            "iops",
            &iops.to_string(),
            format!("{} IOPS", group(iops)),
            Value::from(iops),
        );
    }
    if let Some(t) = &request.throughput {
        describe_throughput(t, &mut report);
    }
    if let Some(kind) = request.volume_type {
        report.input(
            "type",
            kind.name(),
            type_words(kind).into(),
            Value::text(kind.name()),
        );
    }
    for step in &answer.steps {
        let (label, unit) = io_step_words(step.what, request.volume_type);
        report.step(label, formula::text(&step.formula), step.value, unit);
    }
    let first = answer.counts[0];
    let split = first.operations_per_io > Decimal::ONE;
    report.field("io_kib", Value::from(io), "KiB");
    for c in &answer.counts {
        let f = match c.family {
            Family::Ssd => "ssd",
            Family::Hdd => "hdd",
        };
        report.field(
            &format!("{f}_operations_per_io"),
            Value::from(c.operations_per_io),
            "",
        );
        report.field(&format!("{f}_iops"), Value::from(c.iops), "IOPS");
        report.field(
            &format!("{f}_throughput_mibps"),
            Value::from(c.throughput_mibps),
            "MiB/s",
        );
    }
    let both = |value: fn(&calc::Counted) -> Decimal, unit: &str| -> String {
        match answer.counts.as_slice() {
            [ssd, hdd] if value(ssd) != value(hdd) => format!(
                "{} {unit} on SSD volumes ({} on HDD)",
                group(value(ssd)),
                group(value(hdd))
            ),
            _ => format!("{} {unit}", group(value(&first))),
        }
    };
    let workload = format!("of {io_text} I/O");
    match answer.direction {
        Direction::IopsFromThroughput => {
            report.field("iops", Value::from(first.iops), "IOPS");
            report.answer.push("iops".into());
            report.headline = format!(
                "{} for {} MiB/s {workload}",
                both(|c| c.iops, "IOPS"),
                group(first.throughput_mibps)
            );
            if split {
                let whole = (first.throughput_mibps * Decimal::from(1024) / io).ceil();
                report.alternatives.push(alternative(
                    whole,
                    "each I/O counted as one operation, not split at the cap",
                ));
            }
        }
        Direction::ThroughputFromIops => {
            let answer_value = answer.answer();
            report.field("throughput_mibps", Value::from(answer_value), "MiB/s");
            report.answer.push("throughput_mibps".into());
            report.headline = format!(
                "{} from {} IOPS {workload}",
                both(|c| c.throughput_mibps, "MiB/s"),
                group(first.iops)
            );
            if split {
                report.alternatives.push(alternative(
                    first.iops * io / Decimal::from(1024),
                    "each I/O counted as one operation, not split at the cap",
                ));
            }
        }
    }
    if let [_, hdd] = answer.counts.as_slice() {
        let value = match answer.direction {
            Direction::IopsFromThroughput => hdd.iops,
            Direction::ThroughputFromIops => hdd.throughput_mibps,
        };
        if value != answer.answer() {
            report
                .alternatives
                .push(alternative(value, "the HDD count (st1, sc1)"));
        }
    }
    report.summary = match answer.counts.as_slice() {
        [ssd, hdd] => format!(
            "EBS counts an I/O up to {} KiB as one operation on SSD volumes (gp2, gp3, io1, io2), \
             up to {} KiB on HDD (st1, sc1), and splits a larger one",
            group(ssd.max_io_kib),
            group(hdd.max_io_kib)
        ),
        [c] => format!(
            "{} counts each I/O up to {} KiB as one operation: {} per I/O",
            request.volume_type.map_or("EBS", VolumeType::name),
            group(c.max_io_kib),
            crate::words::plural(c.operations_per_io, "operation")
        ),
        _ => String::new(),
    };
    if let Some(t) = answer.type_limit {
        type_limit_words(&t, &answer, &mut report);
    }
    let merge = if answer.counts.iter().any(|c| c.family == Family::Hdd) {
        "; on HDD every I/O up to 1 MiB uses a full 1 MiB I/O credit, so small random I/O gets far fewer IOPS"
    } else {
        ""
    };
    report.note(format!(
        "sequential I/O smaller than the cap may be merged into one operation, so a sequential \
         workload can count fewer IOPS than this{merge}"
    ));
    report.attach_facts(book);
    Ok(report)
}

fn describe_throughput(t: &Throughput, report: &mut Report) {
    report.input(
        "throughput",
        t.text(),
        format!("{}{} MiB/s", read_as(t), group(t.mibps())),
        Value::Map(vec![
            ("given".into(), Value::text(t.text().to_owned())),
            ("mibps".into(), Value::from(t.mibps())),
        ]),
    );
    if t.decimal_spelling() {
        report.note(format!(
            "`{}` read as MiB/s, the unit AWS states EBS throughput in",
            t.text()
        ));
    }
}

/// The type's side: fields, the headline's tail, and the reading before the type's limit.
fn type_limit_words(t: &calc::TypeLimit, answer: &calc::IoSizeAnswer, report: &mut Report) {
    let kind = t.volume_type;
    report.field("type", Value::text(kind.name()), "");
    report.field("type_max_iops", Value::from(t.max_iops), "IOPS");
    report.field("delivered_mibps", Value::from(t.delivered_mibps), "MiB/s");
    report.field("provision_iops", opt(t.provision_iops), "IOPS");
    report.field("fits", Value::Bool(t.fits), "");
    let (limit_name, why) = match t.limit {
        IoLimit::IoSize => ("io_size", None),
        IoLimit::TypeIops { max_iops } => (
            "type_iops",
            Some(format!("its {} IOPS maximum", group(max_iops))),
        ),
        IoLimit::TypeThroughput { max_mibps } => (
            "type_throughput",
            Some(format!("its {} MiB/s throughput limit", group(max_mibps))),
        ),
    };
    report.field("limit", Value::text(limit_name), "");
    let first = answer.counts[0];
    let tail = match (answer.direction, why) {
        (Direction::IopsFromThroughput, None) => match t.provision_iops {
            Some(p) if p != first.iops => {
                format!("; {kind} delivers it with {} IOPS provisioned", group(p))
            }
            _ => format!("; {kind} delivers it"),
        },
        (Direction::IopsFromThroughput, Some(why)) => format!(
            "; {kind} falls short: {why} holds it to {} MiB/s",
            group(t.delivered_mibps)
        ),
        (Direction::ThroughputFromIops, None) => format!("; {kind} delivers it"),
        (Direction::ThroughputFromIops, Some(why)) => {
            report.alternatives.push(alternative(
                first.throughput_mibps,
                "the I/O size alone, before the type's limits",
            ));
            report.headline = format!(
                "{} MiB/s from {} IOPS of {} KiB I/O on {kind}",
                group(t.delivered_mibps),
                group(first.iops),
                group(answer.io_kib)
            );
            report.summary = format!(
                "{} MiB/s before {kind}'s limits; {}",
                group(first.throughput_mibps),
                report.summary
            );
            format!(", held by {why}")
        }
    };
    report.headline.push_str(&tail);
    if !t.fits {
        report.aside(format!(
            "{kind} delivers at most {} MiB/s of this workload; `awscalc ebs --iops N` or \
             `--throughput T` compares every type",
            group(t.delivered_mibps)
        ));
    }
    report.aside(format!(
        "these are {kind}'s limits at any size; a volume's own depend on its size (`awscalc ebs \
         --type {kind} --size S`), and the instance's EBS bandwidth is a limit too"
    ));
}

// ---------------------------------------------------------------------------------------
// Arrays and the instance

fn array_step_words(what: ArrayStep, raid: Raid) -> (String, &'static str) {
    let mirrored = raid == Raid::Raid1;
    match what {
        ArrayStep::Size if mirrored => ("usable size: one volume's (mirrored)".into(), "GiB"),
        ArrayStep::Size => ("usable size: the sum of the volumes'".into(), "GiB"),
        ArrayStep::Iops if mirrored => ("write IOPS: one volume's".into(), "IOPS"),
        ArrayStep::Iops => ("IOPS: the sum of the volumes'".into(), "IOPS"),
        ArrayStep::Throughput if mirrored => ("write throughput: one volume's".into(), "MiB/s"),
        ArrayStep::Throughput => ("throughput: the sum of the volumes'".into(), "MiB/s"),
        ArrayStep::InstanceThroughput => (
            "instance throughput: bytes per second / 1,048,576".into(),
            "MiB/s",
        ),
        ArrayStep::InstanceTableThroughput => (
            "instance throughput: Mbps × 125,000 bytes / 1,048,576".into(),
            "MiB/s",
        ),
        ArrayStep::DeliveredIops if mirrored => (
            "IOPS delivered: the lower side, each write sent to every mirror".into(),
            "IOPS",
        ),
        ArrayStep::DeliveredIops => ("IOPS delivered: the lower side".into(), "IOPS"),
        ArrayStep::DeliveredThroughput if mirrored => (
            "throughput delivered: the lower side, writes sent to every mirror".into(),
            "MiB/s",
        ),
        ArrayStep::DeliveredThroughput => ("throughput delivered: the lower side".into(), "MiB/s"),
    }
}

/// A value in the asker's unit: exact up to 4 decimal places (`1,048.576`), else rounded to
/// 2 and marked (`≈8.46`); the exact base value is shown beside it.
fn shown_value(value: Decimal) -> String {
    if value.normalize().scale() <= 4 {
        group(value)
    } else {
        format!("≈{}", group(value.round_dp(2)))
    }
}

/// `2.5` as `2.5`, `77.486038208` as `about 77.49`.
fn about(value: Decimal) -> String {
    let shown = value.round_dp(2);
    if shown == value {
        group(value)
    } else {
        format!("about {}", group(shown))
    }
}

/// `awscalc ebs --type T --size S --volumes N --raid 0|1 [--instance-iops N]
/// [--instance-throughput T]`: [`calc::array`], explained.
///
/// ```
/// use awscalc::calc::ebs::{ArrayRequest, Raid, VolumeRequest, VolumeType};
/// use awscalc::facts::{FactBook, Registry};
///
/// let request = ArrayRequest {
///     volume: VolumeRequest {
///         volume_type: VolumeType::Io1,
///         size: "500".parse().unwrap(),
///         iops: Some(4000.into()),
///         throughput: None,
///         scan: false,
///     },
///     volumes: 2,
///     raid: Raid::Raid1,
///     instance_iops: None,
///     instance_throughput: None,
///     instance: None,
/// };
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 11, 30));
/// let report = awscalc::explain::ebs::array(&request, &mut book).unwrap();
/// assert!(report.headline.starts_with("4,000 write IOPS and 500 MiB/s"));
/// ```
///
/// # Errors
/// As [`calc::array`].
pub fn array(request: &ArrayRequest, book: &mut FactBook) -> Result<Report, Error> {
    let a = calc::array(request, book)?;
    let mut report = array_report(request, &a, book.as_of());
    report
        .alternatives
        .extend(array_tb_as_1000_gb(request, a.answer(), book));
    report.attach_facts(book);
    Ok(report)
}

/// `awscalc ebs --type T (--iops N | --throughput T)... --raid 0|1 [--volumes N]`:
/// [`calc::array_target`], explained.
///
/// # Errors
/// As [`calc::array_target`].
pub fn array_target(request: &TargetRequest, book: &mut FactBook) -> Result<Report, Error> {
    let t = calc::array_target(request, book)?;
    let a = &t.array;
    let array_request = ArrayRequest {
        volume: VolumeRequest {
            volume_type: a.volume.volume_type,
            size: format!("{}gib", a.volume.size_gib).parse()?,
            iops: match a.volume.performance {
                Performance::Gp3 { iops, .. } | Performance::Io { iops, .. } => Some(iops),
                _ => None,
            },
            throughput: None,
            scan: false,
        },
        volumes: a.volumes,
        raid: a.raid,
        instance_iops: request.instance_iops,
        instance_throughput: request.instance_throughput.clone(),
        instance: request.instance,
    };
    let mut report = array_report(&array_request, a, book.as_of());
    let kind = a.volume.volume_type;
    let target = need_words(
        request.need.iops,
        request.need.throughput.as_ref().map(Throughput::mibps),
    );
    let each = need_words(t.each_iops, t.each_throughput_mibps);
    report.headline = format!(
        "{} {kind} {} of {} GiB in RAID {} for {target}: {} IOPS, {} MiB/s, {} GiB usable",
        a.volumes,
        if a.volumes == 1 { "volume" } else { "volumes" },
        group(a.volume.size_gib),
        a.raid,
        group(a.iops),
        about(a.throughput_mibps),
        group(a.size_gib)
    );
    report.summary = format!(
        "{}each volume sustains {each}; {}",
        if t.fewest { "the fewest volumes: " } else { "" },
        report.summary
    );
    report.field("volume_size_gib", Value::from(a.volume.size_gib), "GiB");
    report.answer.insert(0, "volume_size_gib".into());
    report.answer.insert(0, "volumes".into());
    let reached = request.need.iops.is_none_or(|i| a.iops >= i)
        && request
            .need
            .throughput
            .as_ref()
            .is_none_or(|x| a.throughput_mibps >= x.mibps());
    report.field("reached", Value::Bool(reached), "");
    if !reached {
        report.note(format!(
            "the instance holds the array below the target of {target}: a larger instance is needed"
        ));
    }
    report.attach_facts(book);
    Ok(report)
}

/// The input line of an instance type from the table: its figure, in AWS's units and MiB/s.
fn describe_instance(limits: &calc::InstanceLimits, mibps: Option<Decimal>, report: &mut Report) {
    let figure = match limits.figure {
        InstanceFigure::Baseline if limits.bursts => "baseline",
        InstanceFigure::Maximum if limits.bursts => "maximum",
        _ => "sustained",
    };
    let bytes = limits.bytes_per_second();
    let mibps = mibps.unwrap_or_default();
    report.input(
        "instance",
        limits.instance_type,
        format!(
            "{} {figure}: {} Mbps = {} MB/s = {} MiB/s, {} IOPS",
            limits.instance_type,
            group(limits.mbps()),
            group(bytes / Decimal::from(1_000_000)),
            about(mibps),
            group(limits.iops())
        ),
        Value::Map(vec![
            ("given".into(), Value::text(limits.instance_type)),
            (
                "figure".into(),
                Value::text(match limits.figure {
                    InstanceFigure::Baseline => "baseline",
                    InstanceFigure::Maximum => "maximum",
                }),
            ),
            ("mbps".into(), Value::from(limits.mbps())),
            ("bytes_per_second".into(), Value::from(bytes)),
            ("mibps".into(), Value::from(mibps)),
            ("iops".into(), Value::from(limits.iops())),
        ]),
    );
}

/// The instance type's figures as a result field: both AWS figures and which one is used.
fn instance_value(limits: &calc::InstanceLimits) -> Value {
    Value::Map(vec![
        ("instance_type".into(), Value::text(limits.instance_type)),
        (
            "figure".into(),
            Value::text(match limits.figure {
                InstanceFigure::Baseline => "baseline",
                InstanceFigure::Maximum => "maximum",
            }),
        ),
        ("baseline_mbps".into(), Value::from(limits.baseline_mbps)),
        ("maximum_mbps".into(), Value::from(limits.maximum_mbps)),
        ("baseline_iops".into(), Value::from(limits.baseline_iops)),
        ("maximum_iops".into(), Value::from(limits.maximum_iops)),
        ("bursts".into(), Value::Bool(limits.bursts)),
        ("burst_minutes".into(), opt(limits.burst_minutes)),
        ("burst_window_hours".into(), opt(limits.burst_window_hours)),
    ])
}

/// What an instance type's figures mean: baseline or maximum, and for how long.
fn instance_notes(limits: &calc::InstanceLimits, report: &mut Report) {
    let name = limits.instance_type;
    let base = format!(
        "{} Mbps, {} IOPS",
        group(limits.baseline_mbps),
        group(limits.baseline_iops)
    );
    let max = format!(
        "{} Mbps, {} IOPS",
        group(limits.maximum_mbps),
        group(limits.maximum_iops)
    );
    let span = format!(
        "{} minutes at least once every {} hours",
        group(limits.burst_minutes.unwrap_or_default()),
        group(limits.burst_window_hours.unwrap_or_default())
    );
    if !limits.bursts {
        report.note(format!(
            "{name} sustains AWS's figures ({max}): its baseline is its maximum"
        ));
        return;
    }
    match limits.figure {
        InstanceFigure::Baseline => {
            report.note(format!(
                "{name}: AWS's baseline ({base}), what it sustains; it reaches its maximum \
                 ({max}) for {span}: --instance-burst answers with the maximum"
            ));
            if let Some(v) = limits.other_figure_iops {
                report.alternatives.push(alternative(
                    v,
                    &format!("the instance's maximum, for {span}"),
                ));
            }
        }
        InstanceFigure::Maximum => {
            report.note(format!(
                "{name}: AWS's maximum ({max}) lasts {span}; it sustains its baseline ({base}): \
                 without --instance-burst the answer uses the baseline"
            ));
            if let Some(v) = limits.other_figure_iops {
                report
                    .alternatives
                    .push(alternative(v, "the instance's baseline, what it sustains"));
            }
        }
    }
}

/// The report of an array, without the facts.
#[allow(clippy::too_many_lines)] // one report, read top to bottom
fn array_report(request: &ArrayRequest, a: &calc::Array, as_of: Date) -> Report {
    let mut report = Report::new("ebs", as_of);
    let kind = a.volume.volume_type;
    describe_inputs(&request.volume, a.volume.size_gib, &mut report);
    report.input(
        "volumes",
        &a.volumes.to_string(),
        format!(
            "{} {} in RAID {} ({})",
            a.volumes,
            if a.volumes == 1 { "volume" } else { "volumes" },
            a.raid,
            if a.raid == Raid::Raid0 {
                "striped"
            } else {
                "mirrored"
            }
        ),
        Value::from(Decimal::from(a.volumes)),
    );
    if let Some(limits) = &a.instance {
        describe_instance(limits, a.instance_throughput_mibps, &mut report);
    } else if let Some(iops) = a.instance_iops {
        report.input(
            "instance_iops",
            &iops.to_string(),
            format!("{} IOPS", group(iops)),
            Value::from(iops),
        );
    }
    if let (None, Some(t), Some(mibps)) = (
        &a.instance,
        &request.instance_throughput,
        a.instance_throughput_mibps,
    ) {
        let how = if t.in_bits() {
            format!(
                "{} bits/s / 8 = {} bytes/s = {} MiB/s",
                group(t.bytes_per_second() * Decimal::from(8)),
                group(t.bytes_per_second()),
                about(mibps)
            )
        } else {
            format!(
                "{} bytes/s = {} MiB/s",
                group(t.bytes_per_second()),
                about(mibps)
            )
        };
        report.input(
            "instance_throughput",
            t.text(),
            how,
            Value::Map(vec![
                ("given".into(), Value::text(t.text().to_owned())),
                ("bytes_per_second".into(), Value::from(t.bytes_per_second())),
                ("mibps".into(), Value::from(mibps)),
            ]),
        );
    }
    for step in &a.steps {
        let (label, unit) = array_step_words(step.what, a.raid);
        report.step(label, formula::text(&step.formula), step.value, unit);
    }
    let side = |s: Side| match s {
        Side::Volumes => "volumes",
        Side::Instance => "instance",
    };
    report.field("type", Value::text(kind.name()), "");
    report.field("volumes", Value::from(Decimal::from(a.volumes)), "");
    report.field("raid", Value::from(Decimal::from(a.raid.level())), "");
    report.field("size_gib", Value::from(a.size_gib), "GiB");
    report.field("iops", Value::from(a.iops), "IOPS");
    report.field("throughput_mibps", Value::from(a.throughput_mibps), "MiB/s");
    report.field("iops_limit", Value::text(side(a.iops_limit)), "");
    report.field(
        "throughput_limit",
        Value::text(side(a.throughput_limit)),
        "",
    );
    report.detail("volume_size_gib", Value::from(a.volume.size_gib), "GiB");
    report.detail("each_iops", Value::from(a.each_iops), "IOPS");
    report.detail(
        "each_throughput_mibps",
        Value::from(a.each_throughput_mibps),
        "MiB/s",
    );
    report.detail("volumes_iops", Value::from(a.volumes_iops), "IOPS");
    report.detail(
        "volumes_throughput_mibps",
        Value::from(a.volumes_throughput_mibps),
        "MiB/s",
    );
    report.detail("instance_iops", opt(a.instance_iops), "IOPS");
    report.detail(
        "instance_throughput_mibps",
        opt(a.instance_throughput_mibps),
        "MiB/s",
    );
    if let Some(limits) = &a.instance {
        report.detail("instance", instance_value(limits), "");
    }
    report.answer.push("iops".into());
    report.answer.push("throughput_mibps".into());
    let write = if a.raid == Raid::Raid1 { "write " } else { "" };
    // Sizes in the unit family of --size, the GiB beside them.
    let asked_size = request.volume.size.unit();
    let each = gib_in(a.volume.size_gib, asked_size);
    let usable = gib_in(a.size_gib, asked_size);
    let shape = if a.volumes == 1 {
        format!("one {kind} volume of {each}")
    } else if usable.contains('(') {
        format!(
            "{} {kind} volumes of {each} in RAID {}, {usable} usable",
            a.volumes, a.raid
        )
    } else {
        format!(
            "{} {kind} volumes of {each} in RAID {} ({usable} usable)",
            a.volumes, a.raid
        )
    };
    // The throughput in the unit --instance-throughput was typed in (Mbps, MB/s), the exact
    // MiB/s beside it.
    let asked_tput = match (&a.instance, &request.instance_throughput) {
        (None, Some(t)) => t.in_asked_unit(a.throughput_mibps),
        _ => None,
    };
    let tput = match asked_tput {
        Some((value, symbol)) => {
            report.detail("throughput_in_asked_unit", Value::from(value), symbol);
            report.detail("asked_throughput_unit", Value::text(symbol), "");
            report.answer.push("throughput_in_asked_unit".into());
            format!(
                "{} {symbol} ({} MiB/s)",
                shown_value(value),
                group(a.throughput_mibps)
            )
        }
        None => format!("{} MiB/s", about(a.throughput_mibps)),
    };
    report.headline = format!("{} {write}IOPS and {tput} from {shape}", group(a.iops));
    let limited: Vec<&str> = [(a.iops_limit, "IOPS"), (a.throughput_limit, "throughput")]
        .into_iter()
        .filter(|(s, _)| *s == Side::Instance)
        .map(|(_, w)| w)
        .collect();
    report.summary = if limited.is_empty() {
        if a.instance_iops.is_some() || a.instance_throughput_mibps.is_some() {
            "the volumes limit it: the instance allows more".into()
        } else {
            "the volumes alone: give --instance TYPE, or --instance-iops and --instance-throughput, for the instance's limits".into()
        }
    } else {
        format!(
            "{} limits the {}: the volumes deliver {} IOPS and {} MiB/s",
            a.instance.as_ref().map_or_else(
                || "the instance".to_string(),
                |l| format!(
                    "the instance ({} {})",
                    l.instance_type,
                    match l.figure {
                        InstanceFigure::Baseline if l.bursts => "baseline",
                        InstanceFigure::Maximum if l.bursts => "maximum",
                        _ => "sustained",
                    }
                )
            ),
            limited.join(" and "),
            group(a.volumes_iops),
            about(a.volumes_throughput_mibps)
        )
    };
    if a.iops_limit == Side::Instance {
        report.alternatives.push(alternative(
            a.volumes_iops,
            "the volumes alone, without the instance's limit",
        ));
    }
    match a.raid {
        Raid::Raid0 if a.volumes > 1 => report.aside(
            "AWS: a RAID 0 stripe performs as its worst volume, and losing one volume loses the array",
        ),
        Raid::Raid1 => {
            report.note(format!(
                "RAID 1 mirrors: AWS says it \"does not provide a write performance improvement\"; \
                 reads may be served by either mirror, for which AWS gives no figure, so awscalc \
                 counts one volume's; each write goes to all {} volumes through the instance",
                a.volumes
            ));
            report.alternatives.push(alternative(
                a.volumes_iops * Decimal::from(a.volumes),
                "reads from every mirror at once (not an AWS figure)",
            ));
        }
        Raid::Raid0 => {}
    }
    match kind {
        VolumeType::Gp2 | VolumeType::St1 | VolumeType::Sc1 => report.note(format!(
            "{kind} figures are its baseline (sustained): it bursts higher while credits last"
        )),
        _ => {}
    }
    if let Some(limits) = &a.instance {
        instance_notes(limits, &mut report);
    }
    report
}
