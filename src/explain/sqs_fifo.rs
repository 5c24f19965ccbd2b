//! `awscalc sqs --queue fifo --rate RATE`: [`crate::calc::sqs::throughput`] as a report.

use rust_decimal::Decimal;

use crate::calc::lambda::QueueKind;
use crate::calc::sqs::{
    self as calc, GroupsRequest, GroupsStep, ThroughputRequest, ThroughputStep, TpsSource,
};
use crate::error::Error;
use crate::explain::formula;
use crate::facts::sqs as fact;
use crate::facts::FactBook;
use crate::report::{Alternative, Report, Value};
use crate::units::group;
use crate::words::plural;

/// `awscalc sqs --queue fifo --rate RATE [--batch-size N] [--high-throughput [--tps N]]`:
/// [`calc::throughput`], explained.
///
/// # Errors
/// As [`calc::throughput`].
#[allow(clippy::too_many_lines)] // one report, read top to bottom
pub fn throughput(request: &ThroughputRequest, book: &mut FactBook) -> Result<Report, Error> {
    let answer = calc::throughput(request, book)?;
    let mut report = Report::new("sqs", book.as_of());
    report.input(
        "queue",
        &request.kind.to_string(),
        match request.kind {
            QueueKind::Standard => "a standard queue".to_string(),
            QueueKind::Fifo => "a FIFO queue".to_string(),
        },
        Value::text(request.kind.to_string()),
    );
    report.input(
        "rate",
        request.rate.text(),
        super::rate_words(&request.rate, "messages"),
        Value::from(answer.rate_per_second),
    );
    report.input(
        "batch",
        &request
            .batch
            .map_or_else(|| "default".to_string(), |b| b.to_string()),
        format!("{} per call", plural(answer.batch, "message")),
        Value::from(answer.batch),
    );
    if request.high_throughput {
        report.input(
            "high_throughput",
            "yes",
            "high-throughput mode".into(),
            Value::Bool(true),
        );
    }
    if let Some(tps) = request.tps {
        report.input(
            "tps",
            &tps.to_string(),
            format!(
                "{} per action in the Region",
                plural(Decimal::from(tps), "call")
            ),
            Value::from(Decimal::from(tps)),
        );
    }
    for step in &answer.steps {
        let (label, unit) = match step.what {
            ThroughputStep::Calls => ("API calls per second per action", "calls/s"),
            ThroughputStep::Ceiling => ("messages per second the queue takes", "messages/s"),
            ThroughputStep::Headroom => ("the ceiling − the rate", "messages/s"),
            ThroughputStep::BatchNeeded => ("the smallest batch that fits", "messages"),
        };
        report.step(label, formula::text(&step.formula), step.value, unit);
    }
    report.field("fits", Value::Bool(answer.fits), "");
    report.answer.push("fits".into());
    report.field(
        "calls_per_second",
        Value::from(answer.calls_per_second),
        "calls/s",
    );
    let calls = plural(answer.calls_per_second, "call");
    let rate = group(answer.rate_per_second.round_dp(6).normalize());
    report.summary = "whether a message rate fits an SQS queue's throughput".into();
    let (Some(tps), Some(ceiling), Some(needed), Some(source)) = (
        answer.tps,
        answer.ceiling,
        answer.batch_needed,
        answer.tps_source,
    ) else {
        // A standard queue.
        report.headline = format!(
            "yes: a standard queue has no published ceiling (AWS: \"nearly unlimited\" calls \
             per second per action); {calls} per second per action"
        );
        report.note(
            "AWS publishes no number for a standard queue's throughput, so awscalc gives \
             none; a FIFO queue's is 300 calls per second per action (--queue fifo)",
        );
        report.attach_facts(book);
        return Ok(report);
    };
    report.field("tps", Value::from(tps), "calls/s");
    report.field("ceiling", Value::from(ceiling), "messages/s");
    report.field("batch_needed", Value::from(needed), "messages");
    report.field(
        "tps_source",
        Value::text(match source {
            TpsSource::Fifo => "fifo",
            TpsSource::HighThroughputLowest => "high_throughput_lowest",
            TpsSource::HighThroughputGiven => "high_throughput_given",
        }),
        "",
    );
    let ceiling_words = format!(
        "{} a second ({} × {})",
        group(ceiling),
        plural(tps, "call"),
        plural(answer.batch, "message")
    );
    report.headline = if answer.fits {
        format!("yes: {rate} messages a second fit the FIFO queue's {ceiling_words}")
    } else {
        report.check_failed = true;
        if needed <= answer.batch_max {
            format!(
                "no: {rate} a second is above the FIFO queue's {ceiling_words}; batches of {} fit",
                group(needed)
            )
        } else if request.high_throughput {
            format!(
                "no: {rate} a second is above the FIFO queue's {ceiling_words}, even batched: \
                 split over queues"
            )
        } else {
            format!(
                "no: {rate} a second is above the FIFO queue's {ceiling_words}, even batched: \
                 use high-throughput mode"
            )
        }
    };
    report.note(
        "the ceiling is per API action: SendMessage, ReceiveMessage and DeleteMessage each \
         (their batch forms count one call per batch of up to 10)",
    );
    report.note(
        "a FIFO queue hands out one message group's messages in order, one batch at a time: \
         N consumers working in parallel need at least N message groups (MessageGroupId \
         values) with messages waiting",
    );
    match source {
        TpsSource::HighThroughputLowest => report.warn(format!(
            "high-throughput figures differ by Region: {} calls per second per action is the \
             lowest figure, NOT CONFIRMED on an AWS page; give --tps with your Region's figure \
             from the SQS quotas page (up to {} in the largest Regions)",
            group(tps),
            group(answer.highest_tps.unwrap_or_default())
        )),
        TpsSource::HighThroughputGiven => report.note(format!(
            "high-throughput mode spreads message groups over partitions: use many distinct \
             MessageGroupId values to reach the Region's figure (up to {} calls per second \
             per action in the largest Regions)",
            group(answer.highest_tps.unwrap_or_default())
        )),
        TpsSource::Fifo => {}
    }
    report.attach_facts(book);
    Ok(report)
}

/// `awscalc sqs --queue fifo --rate RATE --processing D [--groups N]`: [`calc::groups`],
/// explained.
///
/// # Errors
/// As [`calc::groups`].
pub fn groups(request: &GroupsRequest, book: &mut FactBook) -> Result<Report, Error> {
    let answer = calc::groups(request, book)?;
    let mut report = Report::new("sqs", book.as_of());
    report.input(
        "queue",
        "fifo",
        "a FIFO queue".into(),
        Value::text("fifo".to_string()),
    );
    report.input(
        "rate",
        request.rate.text(),
        super::rate_words(&request.rate, "messages"),
        Value::from(answer.rate_per_second),
    );
    super::sqs::seconds_input(
        &mut report,
        "processing",
        &request.processing,
        "to process one message",
    );
    if let Some(n) = answer.groups {
        report.input(
            "groups",
            &n.to_string(),
            format!("{} with messages waiting", message_groups(n)),
            Value::from(n),
        );
    }
    if let Some(batch) = request.batch {
        report.input(
            "batch",
            &batch.to_string(),
            format!("{} per call", plural(Decimal::from(batch), "message")),
            Value::from(Decimal::from(batch)),
        );
    }
    for step in &answer.steps {
        let (label, unit) = match step.what {
            GroupsStep::GroupsNeeded => ("message groups needed: rate × processing", "groups"),
            GroupsStep::Sustained => ("messages a second the groups sustain", "messages/s"),
        };
        report.step(label, formula::text(&step.formula), step.value, unit);
    }
    groups_fields(&mut report, &answer);
    report.summary =
        "the message groups a FIFO queue needs for a rate, one message at a time per group".into();
    let rate = group(answer.rate_per_second.round_dp(6).normalize());
    let needed = group(answer.groups_needed);
    let seconds = group(answer.processing_seconds);
    report.headline = match (answer.groups, answer.sustained_per_second) {
        (Some(n), Some(sustained)) => {
            let sustained = group(sustained.round_dp(6).normalize());
            match (answer.groups_keep_up, answer.throughput.ceiling) {
                (true, Some(ceiling)) if !answer.fits => format!(
                    "no: {rate} a second is above the API ceiling of {} a second; {} groups \
                     would sustain {sustained}",
                    group(ceiling),
                    group(n)
                ),
                (keep_up, _) => format!(
                    "{}: {} groups sustain {sustained} messages a second ({} ÷ {seconds} s); \
                     {rate} a second needs {needed}",
                    if keep_up { "yes" } else { "no" },
                    group(n),
                    group(n)
                ),
            }
        }
        _ => format!(
            "{}: {rate} messages a second × {seconds} s each, one at a time per group",
            message_groups(answer.groups_needed)
        ),
    };
    if answer.groups.is_some() && !answer.fits {
        report.check_failed = true;
    }
    groups_notes(&mut report, &answer, book);
    report.attach_facts(book);
    Ok(report)
}

/// The result fields of [`groups`]: the answer is the groups needed, or whether the given
/// groups (and the API ceiling) carry the rate.
fn groups_fields(report: &mut Report, answer: &calc::Groups) {
    if answer.groups.is_some() {
        report.field("fits", Value::Bool(answer.fits), "");
        report.answer.push("fits".into());
    }
    report.field("groups_needed", Value::from(answer.groups_needed), "groups");
    if answer.groups.is_none() {
        report.answer.push("groups_needed".into());
    }
    if let Some(sustained) = answer.sustained_per_second {
        report.field("sustained_per_second", Value::from(sustained), "messages/s");
        report.field("groups_keep_up", Value::Bool(answer.groups_keep_up), "");
    }
    report.field(
        "within_api_ceiling",
        Value::Bool(answer.throughput.fits),
        "",
    );
    if let Some(ceiling) = answer.throughput.ceiling {
        report.field("api_ceiling", Value::from(ceiling), "messages/s");
    }
    // Reading a receive's 10 messages of one group as processed in parallel.
    let parallel = (answer.groups_needed / answer.throughput.batch_max).ceil();
    if answer.groups.is_none() && parallel != answer.groups_needed {
        report.alternatives.push(Alternative {
            value: parallel,
            reading: format!(
                "the {} messages of one group a receive may return processed in parallel (SQS \
                 hands them out together, but in order: they are processed one after another)",
                group(answer.throughput.batch_max)
            ),
            distance: 1,
        });
    }
}

/// The notes of [`groups`]: the rule, the consumers it implies, and the API ceilings.
fn groups_notes(report: &mut Report, answer: &calc::Groups, book: &mut FactBook) {
    let receives = if answer.receives_in_flight_per_group == Decimal::ONE {
        "a receive".to_string()
    } else {
        plural(answer.receives_in_flight_per_group, "receive")
    };
    report.note(format!(
        "SQS returns no more messages of a group while {receives} of it is in flight (until \
         deleted or visible again): a group's messages are processed one after another"
    ));
    report.note(format!(
        "at least {} consumers (threads, or Lambda concurrency) working at once, one per group; \
         a receive may return up to {} messages of one group, processed in order",
        group(answer.groups_needed),
        group(answer.throughput.batch_max)
    ));
    let t = &answer.throughput;
    let (Some(tps), Some(ceiling)) = (t.tps, t.ceiling) else {
        return;
    };
    let fifo_tps = book.peek(fact::FIFO_TPS_PER_ACTION).unwrap_or_default();
    let ceilings = format!(
        "{} calls per second per action: {} messages a second unbatched, {} with batches of {}",
        group(fifo_tps),
        group(fifo_tps),
        group(fifo_tps * t.batch_max),
        group(t.batch_max)
    );
    if t.fits {
        report.note(format!(
            "the API ceiling holds: {} messages a second at {} ({ceilings}; high-throughput \
             mode: up to {} calls in the largest Regions)",
            group(ceiling),
            plural(t.batch, "message") + " per call",
            group(
                book.peek(fact::FIFO_HIGH_THROUGHPUT_TPS_HIGHEST)
                    .unwrap_or_default()
            )
        ));
    } else {
        report.warn(format!(
            "the rate is above the API ceiling of {} messages a second ({} × {}): {}",
            group(ceiling),
            plural(tps, "call"),
            plural(t.batch, "message"),
            match t.batch_needed {
                Some(b) if b <= t.batch_max => format!("batches of {} fit", group(b)),
                _ if !answer
                    .throughput
                    .tps_source
                    .is_some_and(|s| s != TpsSource::Fifo) =>
                {
                    "use high-throughput mode (--high-throughput)".to_string()
                }
                _ => "split the groups over queues".to_string(),
            }
        ));
    }
}

/// `1 message group`, `600 message groups`.
fn message_groups(n: Decimal) -> String {
    if n == Decimal::ONE {
        "1 message group".into()
    } else {
        format!("{} message groups", group(n))
    }
}
