//! `awscalc sqs --rate R --message-size SIZE --price-per-million P`: [`calc::cost`] as a
//! report.

use rust_decimal::Decimal;

use crate::calc::sqs::{self as calc, CostRequest, CostStep};
use crate::error::Error;
use crate::explain::formula;
use crate::facts::FactBook;
use crate::report::{Alternative, Report, Value};
use crate::units::{group, KbConvention, SizeUnit};
use crate::words::plural;

/// A cost step's label and unit.
fn label(step: CostStep) -> (&'static str, &'static str) {
    match step {
        CostStep::Messages => ("messages a month", "messages"),
        CostStep::Calls => ("calls per action", "calls"),
        CostStep::Chunks => ("requests per call", "requests"),
        CostStep::Sends => ("SendMessage requests", "requests"),
        CostStep::Receives => ("ReceiveMessage requests", "requests"),
        CostStep::Deletes => ("DeleteMessage requests", "requests"),
        CostStep::Requests => ("requests billed", "requests"),
        CostStep::Cost => ("cost at your price", ""),
    }
}

/// [`calc::cost`], explained.
///
/// # Errors
/// As [`calc::cost`].
pub fn cost(request: &CostRequest, book: &mut FactBook) -> Result<Report, Error> {
    let answer = calc::cost(request, book)?;
    let mut report = Report::new("sqs", book.as_of());
    inputs(&mut report, request, &answer)?;
    for step in &answer.steps {
        let (text, unit) = label(step.what);
        report.step(text, formula::text(&step.formula), step.value, unit);
    }
    report.field("cost", Value::from(answer.cost), "");
    report.answer.push("cost".into());
    report.field("requests", Value::from(answer.requests), "requests");
    report.field("messages", Value::from(answer.messages), "messages");
    report.field(
        "send_requests",
        Value::from(answer.send_requests),
        "requests",
    );
    report.field(
        "receive_requests",
        Value::from(answer.receive_requests),
        "requests",
    );
    report.field(
        "delete_requests",
        Value::from(answer.delete_requests),
        "requests",
    );
    report.field(
        "chunks_per_call",
        Value::from(answer.chunks_per_call),
        "requests",
    );
    report.headline = format!(
        "{} a month at your price: {} requests billed",
        group(answer.cost),
        group(answer.requests)
    );
    report.summary = "Amazon SQS's monthly request cost from the price given".into();
    notes(&mut report, request, &answer);
    report.attach_facts(book);
    Ok(report)
}

/// The inputs as understood.
fn inputs(report: &mut Report, request: &CostRequest, answer: &calc::Cost) -> Result<(), Error> {
    report.input(
        "rate",
        request.rate.text(),
        super::rate_words(&request.rate, "messages"),
        Value::from(request.rate.as_per_second()),
    );
    report.size_input(
        "message_size",
        &request.size,
        SizeUnit::Byte,
        KbConvention::Binary,
        "",
    )?;
    report.input(
        "price_per_million",
        &request.price_per_million.to_string(),
        "your price per million requests".to_string(),
        Value::from(request.price_per_million),
    );
    if let Some(n) = request.receives_per_message {
        report.input(
            "receives_per_message",
            &n.to_string(),
            if n == 1 {
                "each message received once".to_string()
            } else {
                format!("each message received {} times", group(Decimal::from(n)))
            },
            Value::from(Decimal::from(n)),
        );
    }
    if let Some(n) = request.batch {
        report.input(
            "batch",
            &n.to_string(),
            format!("{} per call", plural(Decimal::from(n), "message")),
            Value::from(Decimal::from(n)),
        );
    }
    if let Some(n) = request.hours {
        report.input(
            "hours",
            &n.to_string(),
            format!("{} in the month", plural(Decimal::from(n), "hour")),
            Value::from(answer.hours),
        );
    }
    Ok(())
}

/// The notes: the month, the chunk rule and its standing, what is left out.
fn notes(report: &mut Report, request: &CostRequest, answer: &calc::Cost) {
    if request.hours.is_none() {
        report.note(format!(
            "a month is {} hours here (30 days); give --hours for another (730 is a year ÷ 12)",
            group(answer.hours)
        ));
    }
    report.warn(format!(
        "each {} bytes ({} KB) of a call's payload is billed as one request, by the SQS pricing \
         page as others quote it: NOT CONFIRMED on an AWS page awscalc's search holds",
        group(answer.chunk_bytes),
        group(answer.chunk_bytes / Decimal::from(1024))
    ));
    report.note(
        "a delete carries receipt handles, not message bodies: one request per call; empty \
         receives, other calls (ChangeMessageVisibility), data transfer and the free tier are \
         not counted",
    );
    if answer.requests_if_deletes_chunked != answer.requests {
        let cost = answer.requests_if_deletes_chunked / Decimal::from(1_000_000)
            * request.price_per_million;
        report.alternatives.push(Alternative {
            value: cost.normalize(),
            reading: format!(
                "deletes billed by the message size too ({} requests)",
                group(answer.requests_if_deletes_chunked)
            ),
            distance: 1,
        });
    }
}
