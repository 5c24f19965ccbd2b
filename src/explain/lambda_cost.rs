//! `awscalc lambda … --price-gb-second P --price-per-million Q`: [`calc::cost`] as a report.

use crate::calc::lambda::{self as calc, CostRequest, CostStep, Invocations, MONTH_SECONDS};
use crate::error::Error;
use crate::explain::formula;
use crate::facts::FactBook;
use crate::report::{Report, Value};
use crate::units::{group, KbConvention, SizeUnit};
use crate::words::plural;

/// A cost step's label and unit.
fn label(step: CostStep) -> (&'static str, &'static str) {
    match step {
        CostStep::Requests => ("requests a month: rate × 30 days", "requests"),
        CostStep::BilledDuration => ("billed duration: ms up to the billing step", "seconds"),
        CostStep::MemoryGb => ("memory in GB: MB / 1,024", "GB"),
        CostStep::GbSeconds => ("GB-seconds: requests × billed s × GB", "GB-seconds"),
        CostStep::ComputeCost => ("compute: GB-seconds × price", ""),
        CostStep::RequestCost => ("request charge: requests / 1,000,000 × price", ""),
        CostStep::Total => ("total: compute + requests", ""),
    }
}

/// [`calc::cost`], explained.
///
/// # Errors
/// As [`calc::cost`].
pub fn cost(request: &CostRequest, book: &mut FactBook) -> Result<Report, Error> {
    let answer = calc::cost(request, book)?;
    let mut report = Report::new("lambda", book.as_of());
    match &request.invocations {
        Invocations::Rate(rate) => report.input(
            "rate",
            rate.text(),
            super::rate_words(rate, "requests"),
            Value::from(rate.as_per_second()),
        ),
        Invocations::Requests(n) => report.input(
            "requests",
            &n.to_string(),
            format!("{} a month", plural(*n, "request")),
            Value::from(rust_decimal::Decimal::from(*n)),
        ),
    }
    super::lambda::duration_input(&mut report, &request.duration);
    report.size_input(
        "memory",
        &request.memory,
        SizeUnit::Mega,
        KbConvention::Binary,
        "",
    )?;
    report.input(
        "price_gb_second",
        &request.price_gb_second.to_string(),
        "your price per GB-second".to_string(),
        Value::from(request.price_gb_second),
    );
    report.input(
        "price_per_million",
        &request.price_per_million.to_string(),
        "your price per million requests".to_string(),
        Value::from(request.price_per_million),
    );
    for step in &answer.steps {
        let (text, unit) = label(step.what);
        report.step(text, formula::text(&step.formula), step.value, unit);
    }
    report.field("total", Value::from(answer.total), "");
    report.answer.push("total".into());
    report.field("compute_cost", Value::from(answer.compute_cost), "");
    report.field("request_cost", Value::from(answer.request_cost), "");
    report.field("requests", Value::from(answer.requests), "requests");
    report.field("gb_seconds", Value::from(answer.gb_seconds), "GB-seconds");
    report.headline = format!(
        "{} a month at your prices: {} GB-seconds and {} requests",
        group(answer.total),
        group(answer.gb_seconds),
        group(answer.requests)
    );
    report.summary = "AWS Lambda's monthly cost from the prices given".into();
    if matches!(request.invocations, Invocations::Rate(_)) {
        report.note(format!(
            "a month is 30 days here ({} seconds), as in AWS's own worked examples; give \
             --requests for another count",
            group(MONTH_SECONDS.into())
        ));
    }
    let ms = request.duration.seconds() * rust_decimal::Decimal::from(1000);
    if ms != answer.billed_seconds * rust_decimal::Decimal::from(1000) {
        report.note(format!(
            "Lambda bills duration in steps of {} ms: {} ms is billed as {} ms",
            group(answer.granularity_ms),
            group(ms.normalize()),
            group((answer.billed_seconds * rust_decimal::Decimal::from(1000)).normalize())
        ));
    }
    report.note(
        "no free tier is taken off, and only requests and duration are priced (not provisioned \
         concurrency, /tmp above 512 MB or data transfer)",
    );
    report.attach_facts(book);
    Ok(report)
}
