//! `awscalc kinesis --throughput W --consume-rate C` in words, from the typed [`Lag`] of
//! [`crate::calc::kinesis::lag`]: which numbers are AWS's rules and which are awscalc's
//! arithmetic on them.

use rust_decimal::Decimal;

use crate::calc::kinesis::{self as calc, Bound, ConsumerKind, Lag, LagRequest, LagStep};
use crate::error::Error;
use crate::explain::formula;
use crate::facts::FactBook;
use crate::report::{Alternative, Report, Value};
use crate::steps::Rounding;
use crate::units::group;

/// `4 MiB/s`, `1,000 KiB/s`: KiB/s in MiB/s when whole, else in KiB/s.
fn rate_words(kib: Decimal) -> String {
    let mib = kib / Decimal::from(1024);
    if mib.fract().is_zero() && !mib.is_zero() {
        format!("{} MiB/s", group(mib.normalize()))
    } else {
        format!("{} KiB/s", group(kib.round_dp(4).normalize()))
    }
}

/// `96 hours (4 days)`.
fn hours_words(seconds: Decimal) -> String {
    let hours = Rounding::Nearest6
        .apply(seconds / Decimal::from(3600))
        .round_dp(2)
        .normalize();
    let days = Rounding::Nearest6
        .apply(seconds / Decimal::from(86_400))
        .round_dp(2)
        .normalize();
    format!(
        "{} ({})",
        crate::words::plural(hours, "hour"),
        crate::words::plural(days, "day")
    )
}

/// `awscalc kinesis --throughput W --consume-rate C`: [`calc::lag`], explained.
///
/// # Errors
/// As [`calc::lag`].
#[allow(clippy::too_many_lines)] // each input, each step's label, then the notes
pub fn lag(request: &LagRequest, book: &mut FactBook) -> Result<Report, Error> {
    let l = calc::lag(request, book)?;
    let mut report = Report::new("kinesis", book.as_of());
    report.input(
        "throughput",
        request.write.text(),
        format!("{} written", rate_words(l.write_kib_per_second)),
        Value::from(l.write_kib_per_second),
    );
    report.input(
        "consume_rate",
        request.consume.text(),
        format!(
            "{} processed by the consumer",
            rate_words(l.processing_kib_per_second)
        ),
        Value::from(l.processing_kib_per_second),
    );
    if let Some(n) = request.shards {
        report.input(
            "shards",
            &n.to_string(),
            crate::words::plural(n, "open shard"),
            Value::from(Decimal::from(n)),
        );
    }
    match request.consumer {
        ConsumerKind::Shared(n) if n > 1 => report.input(
            "consumers",
            &n.to_string(),
            format!("a polling consumer, one of {n} sharing each shard's reads"),
            Value::from(Decimal::from(n)),
        ),
        ConsumerKind::Efo => report.input(
            "efo",
            "1",
            "an enhanced fan-out consumer: its own reads".into(),
            Value::from(Decimal::ONE),
        ),
        ConsumerKind::Shared(_) => {}
    }
    if let Some(r) = &request.retention {
        report.input(
            "retention",
            r.text(),
            format!("{} hours", group(r.hours())),
            Value::from(r.hours()),
        );
    }
    for step in &l.steps {
        let (label, unit) = match step.what {
            LagStep::Shards => ("shards for the writes", "shards"),
            LagStep::ReadShare => ("consumer's read share", "KiB/s"),
            LagStep::Consumed => ("consumer reads", "KiB/s"),
            LagStep::BacklogGrowth => ("backlog grows", "KiB/s"),
            LagStep::AgeGrowth => ("iterator age grows", "s per s"),
            LagStep::LossAfter => ("records expire unread after", "s"),
            LagStep::SpeedUp => ("speed-up needed", "×"),
            LagStep::ShardsForProcessing => ("shards for processing", "shards"),
            LagStep::ShardsForReads => ("shards for reads", "shards"),
            LagStep::Parallelization => ("Lambda parallelization factor", ""),
        };
        report.step(label, formula::text(&step.formula), step.value, unit);
    }
    fields(&l, &mut report);
    report.answer.push("age_growth_seconds_per_second".into());
    report.summary = format!(
        "a consumer processing {} of a stream written at {}",
        rate_words(l.processing_kib_per_second),
        rate_words(l.write_kib_per_second)
    );
    if l.shards_derived {
        report.note(format!(
            "shards not given: the fewest the writes need ({}, at 1 MiB/s each); give --shards N",
            crate::words::plural(l.shards, "shard")
        ));
    }
    let Some(loss) = l.loss_after_seconds else {
        report.headline = "the consumer keeps up: the iterator age does not grow".into();
        rules_note(&mut report);
        report.attach_facts(book);
        return Ok(report);
    };
    report.headline = format!(
        "iterator age grows {} s per second; records expire unread after {}",
        group(l.age_growth.normalize()),
        hours_words(loss)
    );
    report.note(format!(
        "limited by its {}: it reads {} of the {} written; the backlog grows {} a second, and \
         after {} it is older than the {}-hour retention",
        match l.bound {
            Bound::Reads => "share of the shards' reads",
            _ => "processing",
        },
        rate_words(l.consumed_kib_per_second),
        rate_words(l.write_kib_per_second),
        rate_words(l.backlog_kib_per_second),
        hours_words(loss),
        group(l.retention_hours)
    ));
    remedies(&l, &mut report);
    rules_note(&mut report);
    // Growth taken relative to what the consumer reads, not to the input.
    if let Some(relative) = l
        .backlog_kib_per_second
        .checked_div(l.consumed_kib_per_second)
    {
        report.alternatives.push(Alternative {
            value: Rounding::Nearest6.apply(relative),
            reading: "the backlog divided by what the consumer reads, not by the input".into(),
            distance: 1,
        });
    }
    report.attach_facts(book);
    Ok(report)
}

/// What brings the consumer back, in words.
fn remedies(l: &Lag, report: &mut Report) {
    let mut ways = Vec::new();
    if let Some(n) = l.shards_needed {
        ways.push(format!(
            "{} in all (one worker per shard, each processing as fast as now)",
            crate::words::plural(n, "shard")
        ));
    }
    match (l.bound, l.parallelization_needed) {
        (Bound::Processing, Some(p)) => ways.push(format!(
            "a Lambda parallelization factor of {} on these shards (now {}, at most {})",
            group(p),
            group(l.parallelization),
            group(l.parallelization_max)
        )),
        (Bound::Processing, None) => ways.push(format!(
            "no Lambda parallelization factor alone (at most {})",
            group(l.parallelization_max)
        )),
        _ => {}
    }
    if let (Bound::Reads, Some(efo)) = (l.bound, l.efo_read_kib_per_second) {
        ways.push(format!(
            "enhanced fan-out (--efo 1): {} of its own on these shards{}",
            rate_words(efo),
            if efo >= l.write_kib_per_second {
                ""
            } else {
                ", still short"
            }
        ));
    }
    if !ways.is_empty() {
        report.note(format!("brought back by: {}", ways.join("; ")));
    }
}

/// Which numbers are AWS's and which are awscalc's.
fn rules_note(report: &mut Report) {
    report.aside(
        "AWS's rules: 1 MiB/s of writes per shard, 2 MiB/s of reads per shard shared by polling \
         consumers or 2 MiB/s per enhanced fan-out consumer, the retention window, Lambda's \
         factor range; awscalc's arithmetic: steady rates, age growth = (input − read) ÷ input, \
         and processing that scales with shards and concurrent batches",
    );
}

/// The result fields.
fn fields(l: &Lag, report: &mut Report) {
    let num = Value::from;
    let opt = |v: Option<Decimal>| v.map_or(Value::Null, Value::from);
    report.field(
        "age_growth_seconds_per_second",
        num(l.age_growth),
        "s per s",
    );
    report.field(
        "backlog_kib_per_second",
        num(l.backlog_kib_per_second),
        "KiB/s",
    );
    report.field(
        "consumed_kib_per_second",
        num(l.consumed_kib_per_second),
        "KiB/s",
    );
    report.field("loss_after_seconds", opt(l.loss_after_seconds), "s");
    report.field(
        "loss_after_hours",
        opt(l
            .loss_after_seconds
            .map(|s| Rounding::Nearest6.apply(s / Decimal::from(3600)))),
        "hours",
    );
    report.field("retention_hours", num(l.retention_hours), "hours");
    report.field("shards", num(l.shards), "shards");
    report.field("shards_needed", opt(l.shards_needed), "shards");
    report.field("parallelization_needed", opt(l.parallelization_needed), "");
    report.detail(
        "limited_by",
        Value::text(match l.bound {
            Bound::KeepsUp => "keeps_up",
            Bound::Processing => "processing",
            Bound::Reads => "reads",
        }),
        "",
    );
}
