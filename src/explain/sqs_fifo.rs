//! `awscalc sqs --queue fifo --rate RATE`: [`crate::calc::sqs::throughput`] as a report.

use rust_decimal::Decimal;

use crate::calc::lambda::QueueKind;
use crate::calc::sqs::{self as calc, ThroughputRequest, ThroughputStep, TpsSource};
use crate::error::Error;
use crate::explain::formula;
use crate::facts::FactBook;
use crate::report::{Report, Value};
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
