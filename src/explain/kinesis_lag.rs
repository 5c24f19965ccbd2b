//! `awscalc kinesis --throughput W --consume-rate C` (or `--size S --rate R --consume-rate
//! C` in records, with `--backlog B` to catch up on) in words, from the typed [`Lag`] of
//! [`crate::calc::kinesis::lag`]: which numbers are AWS's rules and which are awscalc's
//! arithmetic on them.

use rust_decimal::Decimal;

use crate::calc::kinesis::{
    self as calc, Backlog, Bound, ConsumeRate, ConsumerKind, Drain, FlowUnit, Lag, LagInput,
    LagRequest, LagStep,
};
use crate::error::Error;
use crate::explain::formula;
use crate::facts::FactBook;
use crate::report::{Alternative, Report, Value};
use crate::steps::Rounding;
use crate::units::{group, KbConvention, SizeUnit};

/// `4 MiB/s`, `1,000 KiB/s`: KiB/s in MiB/s when whole, else in KiB/s.
fn rate_words(kib: Decimal) -> String {
    let mib = kib / Decimal::from(1024);
    if mib.fract().is_zero() && !mib.is_zero() {
        format!("{} MiB/s", group(mib.normalize()))
    } else {
        format!("{} KiB/s", group(kib.round_dp(4).normalize()))
    }
}

/// A rate in the lag's unit: `4 MiB/s` or `4,000 records/s`.
fn flow_words(unit: FlowUnit, value: Decimal) -> String {
    match unit {
        FlowUnit::Kib => rate_words(value),
        FlowUnit::Records => format!("{} records/s", group(value.round_dp(4).normalize())),
    }
}

/// An amount in the lag's unit: `28,800 MiB` or `1,000,000 records`.
fn amount_words(unit: FlowUnit, value: Decimal) -> String {
    match unit {
        FlowUnit::Kib => {
            let mib = value / Decimal::from(1024);
            if mib.fract().is_zero() && !mib.is_zero() {
                format!("{} MiB", group(mib.normalize()))
            } else {
                format!("{} KiB", group(value.round_dp(4).normalize()))
            }
        }
        FlowUnit::Records => crate::words::plural(value.round_dp(4).normalize(), "record"),
    }
}

/// The step units of the lag's unit: per second and an amount.
fn unit_labels(unit: FlowUnit) -> (&'static str, &'static str) {
    match unit {
        FlowUnit::Kib => ("KiB/s", "KiB"),
        FlowUnit::Records => ("records/s", "records"),
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

/// An age or a time to catch up: `200 s` under an hour, else [`hours_words`].
fn age_words(seconds: Decimal) -> String {
    if seconds < Decimal::from(3600) {
        format!("{} s", group(seconds.round_dp(2).normalize()))
    } else {
        hours_words(seconds)
    }
}

/// `awscalc kinesis --throughput W --consume-rate C`: [`calc::lag`], explained.
///
/// # Errors
/// As [`calc::lag`].
pub fn lag(request: &LagRequest, book: &mut FactBook) -> Result<Report, Error> {
    let l = calc::lag(request, book)?;
    let mut report = Report::new("kinesis", book.as_of());
    inputs(request, &l, &mut report)?;
    steps(&l, &mut report);
    fields(&l, &mut report);
    report.summary = format!(
        "a consumer processing {} of a stream written at {}",
        flow_words(l.unit, l.processing_per_second),
        flow_words(l.unit, l.input_per_second)
    );
    if l.shards_derived {
        report.note(format!(
            "shards not given: the fewest the writes need ({}, at 1 MiB/s{} each); give \
             --shards N",
            crate::words::plural(l.shards, "shard"),
            if l.record_kib.is_some() {
                " and 1,000 records/s"
            } else {
                ""
            }
        ));
    }
    if let Some(d) = &l.drain {
        drain_words(&l, d, &mut report);
    }
    let Some(loss) = l.loss_after_seconds else {
        if l.drain
            .as_ref()
            .is_none_or(|d| d.catch_up_seconds.is_none())
        {
            report.answer.push("age_growth_seconds_per_second".into());
        }
        if report.headline.is_empty() {
            report.headline = "the consumer keeps up: the iterator age does not grow".into();
        }
        rules_note(&mut report);
        report.attach_facts(book);
        return Ok(report);
    };
    report.answer.push("age_growth_seconds_per_second".into());
    let expiry = if loss.is_zero() {
        "records are already expiring unread".to_string()
    } else {
        format!("records expire unread after {}", hours_words(loss))
    };
    report.headline = format!(
        "iterator age grows {} s per second; {expiry}",
        group(l.age_growth.normalize()),
    );
    report.note(format!(
        "limited by its {}: it reads {} of the {} written; the backlog grows {} a second{}",
        match l.bound {
            Bound::Reads => "share of the shards' reads",
            _ => "processing",
        },
        flow_words(l.unit, l.consumed_per_second),
        flow_words(l.unit, l.input_per_second),
        flow_words(l.unit, l.backlog_per_second),
        if loss.is_zero() {
            String::new()
        } else {
            format!(
                ", and after {} it is older than the {}-hour retention",
                hours_words(loss),
                group(l.retention_hours)
            )
        }
    ));
    remedies(&l, &mut report);
    rules_note(&mut report);
    // Growth taken relative to what the consumer reads, not to the input.
    if let Some(relative) = l.backlog_per_second.checked_div(l.consumed_per_second) {
        report.alternatives.push(Alternative {
            value: Rounding::Nearest6.apply(relative),
            reading: "the backlog divided by what the consumer reads, not by the input".into(),
            distance: 1,
        });
    }
    report.attach_facts(book);
    Ok(report)
}

/// The inputs as understood.
fn inputs(request: &LagRequest, l: &Lag, report: &mut Report) -> Result<(), Error> {
    match &request.write {
        LagInput::Data(t) => report.input(
            "throughput",
            t.text(),
            format!("{} written", rate_words(l.write_kib_per_second)),
            Value::from(l.write_kib_per_second),
        ),
        LagInput::Records { size, rate } => {
            let (bytes, words) = size.explain(SizeUnit::Kilo, KbConvention::Binary)?;
            report.input(
                "size",
                size.text(),
                format!("{words} per record on average"),
                Value::from(bytes),
            );
            let per_second = rate.as_per_second();
            report.input(
                "rate",
                rate.text(),
                format!(
                    "{} records written per second",
                    group(Rounding::Nearest6.apply(per_second).normalize())
                ),
                Value::from(per_second),
            );
        }
    }
    let processed = match &request.consume {
        ConsumeRate::Data(_) => rate_words(l.processing_per_second),
        ConsumeRate::Records(_) => format!(
            "{} records per second",
            group(
                Rounding::Nearest6
                    .apply(l.processing_per_second)
                    .normalize()
            )
        ),
    };
    report.input(
        "consume_rate",
        request.consume.text(),
        format!("{processed} processed by the consumer"),
        Value::from(l.processing_per_second),
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
    if let (Some(b), Some(d)) = (&request.backlog, &l.drain) {
        let understood = match b {
            Backlog::Age(_) => format!(
                "the oldest unread record is {} s old (the iterator age)",
                group(d.age_seconds)
            ),
            Backlog::Data(size) => {
                let (_, words) = size.explain(SizeUnit::Kilo, KbConvention::Binary)?;
                format!("{words} unread")
            }
            Backlog::Records { count, .. } => {
                format!("{} unread", crate::words::plural(*count, "record"))
            }
        };
        report.input("backlog", b.text(), understood, Value::from(d.backlog));
    }
    Ok(())
}

/// The steps, labelled in the lag's unit.
fn steps(l: &Lag, report: &mut Report) {
    let (per_second, amount) = unit_labels(l.unit);
    for step in &l.steps {
        let (label, unit) = match step.what {
            LagStep::InputBandwidth => ("input bandwidth", "KiB/s"),
            LagStep::Shards => ("shards for the writes", "shards"),
            LagStep::ReadShare => ("consumer's read share", "KiB/s"),
            LagStep::ReadShareRecords => ("read share in records", "records/s"),
            LagStep::Consumed => ("consumer reads", per_second),
            LagStep::BacklogGrowth => ("backlog grows", per_second),
            LagStep::AgeGrowth => ("iterator age grows", "s per s"),
            LagStep::BacklogFromAge => ("backlog now (age × input)", amount),
            LagStep::BacklogInRecords => ("backlog now in records", "records"),
            LagStep::BacklogInKib => ("backlog now in KiB", "KiB"),
            LagStep::OldestAge => ("oldest unread record's age", "s"),
            LagStep::Readable => ("backlog still readable", amount),
            LagStep::CatchUp => ("caught up after", "s"),
            LagStep::LossAfter => ("records expire unread after", "s"),
            LagStep::SpeedUp => ("speed-up needed", "×"),
            LagStep::ShardsForProcessing => ("shards for processing", "shards"),
            LagStep::ShardsForReads => ("shards for reads", "shards"),
            LagStep::Parallelization => ("Lambda parallelization factor", ""),
        };
        report.step(label, formula::text(&step.formula), step.value, unit);
    }
}

/// A backlog: the headline when the consumer catches up (or keeps pace), and what happens
/// to the oldest records.
fn drain_words(l: &Lag, d: &Drain, report: &mut Report) {
    let age = age_words(d.age_seconds);
    if d.within_retention {
        report.note(format!(
            "the oldest unread record is {age} old, within the {}-hour retention{}",
            group(l.retention_hours),
            if d.catch_up_seconds.is_some() {
                "; it gets younger as the consumer catches up, so nothing expires on the way"
            } else {
                ""
            }
        ));
    } else {
        report.warn(format!(
            "the oldest unread record would be {age} old, past the {}-hour retention: records \
             written more than {} hours ago have expired unread; {} is still readable",
            group(l.retention_hours),
            group(l.retention_hours),
            amount_words(l.unit, d.readable)
        ));
    }
    report.aside(
        "a backlog given as an iterator age holds age × input unread, and one given as data or \
         records is age = backlog ÷ input old: both assume the input was steady",
    );
    let Some(seconds) = d.catch_up_seconds else {
        if l.bound == Bound::KeepsUp {
            report.headline = format!(
                "the consumer keeps pace but never catches up: the backlog stays {age} old"
            );
        }
        return;
    };
    report.answer.push("catch_up_hours".into());
    report.headline = format!(
        "caught up after {}; {}",
        age_words(seconds),
        if d.within_retention {
            "nothing expires on the way"
        } else {
            "the oldest records had already expired"
        }
    );
    report.note(format!(
        "it reads {} against {} written: the {} backlog shrinks {} a second",
        flow_words(l.unit, l.consumed_per_second),
        flow_words(l.unit, l.input_per_second),
        amount_words(l.unit, d.readable),
        flow_words(l.unit, l.consumed_per_second - l.input_per_second)
    ));
    // The backlog over the consumer's whole rate, as if nothing new were written.
    if let Some(naive) = d.readable.checked_div(l.consumed_per_second) {
        report.alternatives.push(Alternative {
            value: Rounding::Nearest6.apply(naive / Decimal::from(3600)),
            reading: "the backlog divided by the consumer's whole rate, as if nothing new were \
                      written meanwhile"
                .into(),
            distance: 1,
        });
    }
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
    let (per_second, amount) = unit_labels(l.unit);
    let (backlog_name, consumed_name) = match l.unit {
        FlowUnit::Kib => ("backlog_kib_per_second", "consumed_kib_per_second"),
        FlowUnit::Records => ("backlog_records_per_second", "consumed_records_per_second"),
    };
    if let Some(d) = &l.drain {
        let hours = d
            .catch_up_seconds
            .map(|s| Rounding::Nearest6.apply(s / Decimal::from(3600)));
        report.field("catch_up_hours", opt(hours), "hours");
        report.field("catch_up_seconds", opt(d.catch_up_seconds), "s");
        report.field(
            match l.unit {
                FlowUnit::Kib => "backlog_kib",
                FlowUnit::Records => "backlog_records",
            },
            num(d.backlog),
            amount,
        );
        report.field("oldest_age_seconds", num(d.age_seconds), "s");
        report.field("within_retention", Value::Bool(d.within_retention), "");
    }
    report.field(
        "age_growth_seconds_per_second",
        num(l.age_growth),
        "s per s",
    );
    report.field(backlog_name, num(l.backlog_per_second), per_second);
    report.field(consumed_name, num(l.consumed_per_second), per_second);
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
