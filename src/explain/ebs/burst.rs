//! Burst over time in words: the report for `awscalc ebs --type gp2|st1|sc1 --size S
//! (--iops N | --throughput T) [--for D] [--credits C]`, built from
//! [`crate::calc::ebs::burst`].

use rust_decimal::Decimal;

use super::{alternative, describe_inputs, describe_throughput, opt, seconds_words};
use crate::calc::ebs::{
    self as calc, BurstOverTime, BurstRequest, BurstStep, CreditUnit, Credits, Load, Trend,
    VolumeRequest, VolumeType,
};
use crate::error::Error;
use crate::explain::formula;
use crate::facts::FactBook;
use crate::report::{Report, Value};
use crate::units::group;

/// The words of a bucket's unit: the credits' name, and the rate's.
fn unit_words(unit: CreditUnit) -> (&'static str, &'static str) {
    match unit {
        CreditUnit::IoCredits => ("I/O credits", "IOPS"),
        CreditUnit::Mib => ("MiB of credits", "MiB/s"),
    }
}

fn step_words(what: BurstStep, kind: VolumeType, unit: CreditUnit) -> (String, &'static str) {
    let (credits, rate) = unit_words(unit);
    let per_second = match unit {
        CreditUnit::IoCredits => "credits/s",
        CreditUnit::Mib => "MiB/s",
    };
    match what {
        BurstStep::Baseline => (
            format!("baseline: sustained, and earned per second ({kind})"),
            rate,
        ),
        BurstStep::Peak => (
            "peak: the burst rate, or the baseline if higher".into(),
            rate,
        ),
        BurstStep::Served => ("served: the load, at most the peak".into(), rate),
        BurstStep::Bucket if unit == CreditUnit::Mib => (
            "bucket: 1 TiB of credits per TiB of volume, in MiB".into(),
            "MiB",
        ),
        BurstStep::Bucket => ("bucket: full".into(), credits),
        BurstStep::Start => ("balance at the start".into(), credits),
        BurstStep::BaselineShare => ("baseline as a share of the peak".into(), "%"),
        BurstStep::Drain => ("spent per second: served − baseline".into(), per_second),
        BurstStep::Fill => ("earned per second: baseline − served".into(), per_second),
        BurstStep::EmptySeconds => ("until empty: balance / spent per second".into(), "s"),
        BurstStep::FullSeconds => ("until full: room / earned per second".into(), "s"),
        BurstStep::Balance => ("balance at the end, within empty and full".into(), credits),
        BurstStep::BurstCapSize => (
            format!("{kind} burst reaches its cap at: cap / burst per TiB × 1,024"),
            "GiB",
        ),
    }
}

fn credits_text(credits: &Credits) -> String {
    match credits {
        Credits::Percent(p) => format!("{}%", group(*p)),
        Credits::Amount(a) => group(*a),
        Credits::Size(s) => s.text().to_string(),
    }
}

/// `awscalc ebs --type gp2 --size 100 --iops 3000`: [`calc::burst`], explained.
///
/// ```
/// use awscalc::calc::ebs::{BurstRequest, Load, VolumeType};
/// use awscalc::facts::{FactBook, Registry};
///
/// let request = BurstRequest {
///     volume_type: VolumeType::Gp2,
///     size: "100".parse().unwrap(),
///     load: Load::Iops(3000.into()),
///     period: None,
///     credits: None,
/// };
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 11, 30));
/// let report = awscalc::explain::ebs::burst(&request, &mut book).unwrap();
/// assert!(report.headline.starts_with("2,000 s (33 min 20 s) until the bucket is empty"));
/// ```
///
/// # Errors
/// As [`calc::burst`].
#[allow(clippy::too_many_lines)] // one report, read top to bottom
pub fn burst(request: &BurstRequest, book: &mut FactBook) -> Result<Report, Error> {
    let b = calc::burst(request, book)?;
    let mut report = Report::new("ebs", book.as_of());
    let kind = b.volume_type;
    let (credits, rate) = unit_words(b.unit);
    let volume = VolumeRequest {
        volume_type: kind,
        size: request.size.clone(),
        iops: None,
        throughput: None,
        scan: false,
    };
    describe_inputs(&volume, b.size_gib, &mut report);
    match &request.load {
        Load::Iops(iops) => report.input(
            "iops",
            &iops.to_string(),
            format!("{} IOPS of workload", group(*iops)),
            Value::from(*iops),
        ),
        Load::Throughput(t) => describe_throughput(t, &mut report),
    }
    if let Some(period) = &request.period {
        report.input(
            "for",
            period.text(),
            seconds_words(period.seconds()),
            Value::from(period.seconds()),
        );
    }
    if let Some(c) = &request.credits {
        report.input(
            "credits",
            &credits_text(c),
            format!("{} {credits} at the start", group(b.start)),
            Value::from(b.start),
        );
    }
    for step in &b.steps {
        let (label, unit) = step_words(step.what, kind, b.unit);
        report.step(label, formula::text(&step.formula), step.value, unit);
    }
    fields(&b, &mut report);
    words(&b, rate, credits, &mut report);
    if let Some(naive) = b.naive_seconds() {
        let reading = match b.trend {
            Trend::Drains { .. } => {
                "the bucket drained at the whole load (balance / load), forgetting the baseline it earns"
            }
            _ => "the bucket filled at the baseline (room / baseline), forgetting the load it serves",
        };
        report.alternatives.push(alternative(naive, reading));
    }
    report.attach_facts(book);
    Ok(report)
}

fn fields(b: &BurstOverTime, report: &mut Report) {
    let (credits, rate) = unit_words(b.unit);
    report.field("type", Value::text(b.volume_type.name()), "");
    report.field("load", Value::from(b.load), rate);
    report.field("baseline", Value::from(b.baseline), rate);
    report.field("peak", Value::from(b.peak), rate);
    report.field("served", Value::from(b.served), rate);
    report.field("bucket", Value::from(b.bucket), credits);
    report.field("start", Value::from(b.start), credits);
    report.field(
        "baseline_share_percent",
        Value::from(b.baseline_share_percent),
        "%",
    );
    let (trend, empty, full) = match b.trend {
        Trend::Drains { seconds, .. } => ("drains", Value::from(seconds), Value::Null),
        Trend::Fills { seconds, .. } => ("fills", Value::text("never"), Value::from(seconds)),
        Trend::Steady => ("steady", Value::text("never"), Value::Null),
    };
    report.field("trend", Value::text(trend), "");
    let empty_unit = if trend == "drains" { "s" } else { "" };
    report.field("empty_seconds", empty, empty_unit);
    report.field("full_seconds", full, "s");
    if let Some(after) = b.after {
        report.field("period_seconds", Value::from(after.seconds), "s");
        report.field("balance", Value::from(after.balance), credits);
        report.field("balance_percent", Value::from(after.percent), "%");
        report.field("serving", Value::from(after.serving), rate);
        report.answer.push("balance".into());
    } else {
        match b.trend {
            Trend::Fills { .. } => report.answer.push("full_seconds".into()),
            _ => report.answer.push("empty_seconds".into()),
        }
    }
    report.detail("burst_cap_gib", opt(b.burst_cap_gib), "GiB");
}

fn words(b: &BurstOverTime, rate: &str, credits: &str, report: &mut Report) {
    let kind = b.volume_type;
    let served = format!("{} {rate}", group(b.served));
    let start = if b.start == b.bucket {
        format!("a full bucket of {} {credits}", group(b.bucket))
    } else {
        format!("{} {credits}", group(b.start))
    };
    report.headline = match (b.after, b.trend) {
        (Some(after), _) => format!(
            "{} {credits} ({}% of the bucket) after {} at {served}",
            group(after.balance),
            group(after.percent),
            seconds_words(after.seconds)
        ),
        (None, Trend::Drains { seconds, .. }) => format!(
            "{} until the bucket is empty at {served}, then {} {rate}",
            seconds_words(seconds),
            group(b.baseline)
        ),
        (
            None,
            Trend::Fills {
                seconds,
                from_empty,
                ..
            },
        ) => format!(
            "never empties at {served}: {} to fill {}",
            seconds_words(seconds),
            if from_empty {
                "an empty bucket"
            } else {
                "from the balance given"
            }
        ),
        (None, Trend::Steady) => format!(
            "never empties at {served}: the baseline, so the balance stays at {}",
            group(b.start)
        ),
    };
    report.summary = match b.trend {
        Trend::Drains { per_second, .. } => format!(
            "{start}, spent at {} {credits} a second ({served} served − {} {rate} baseline)",
            group(per_second),
            group(b.baseline)
        ),
        Trend::Fills { per_second, .. } => format!(
            "below the baseline of {} {rate}: the bucket earns {} {credits} a second and never empties",
            group(b.baseline),
            group(per_second)
        ),
        Trend::Steady => format!(
            "at the baseline of {} {rate}: credits earned and spent alike",
            group(b.baseline)
        ),
    };
    if let Some(after) = b.after {
        if after.balance.is_zero() {
            if let Trend::Drains { seconds, .. } = b.trend {
                report.note(format!(
                    "the bucket is empty after {}: from then {kind} serves its baseline of {} {rate}",
                    seconds_words(seconds),
                    group(b.baseline)
                ));
            }
        } else if after.balance == b.bucket && b.start < b.bucket {
            if let Trend::Fills { seconds, .. } = b.trend {
                report.note(format!(
                    "the bucket is full after {}: it holds no more",
                    seconds_words(seconds)
                ));
            }
        }
    }
    if b.load > b.peak {
        report.note(format!(
            "{kind} serves at most {} {rate} while it has credits: the workload of {} {rate} is not met",
            group(b.peak),
            group(b.load)
        ));
    }
    if b.peak == b.baseline {
        report.note(format!(
            "this {kind} volume's baseline is at or above its burst rate: it does not burst, and its bucket is never spent"
        ));
    }
    report.note(format!(
        "the baseline is {}% of the peak of {} {rate}",
        group(b.baseline_share_percent),
        group(b.peak)
    ));
    if let Some(cap) = b.burst_cap_gib {
        report.aside(format!(
            "{kind} burst grows with size up to its cap from {} GiB ({} TiB)",
            group(cap),
            group(cap / Decimal::from(1024))
        ));
    }
}
