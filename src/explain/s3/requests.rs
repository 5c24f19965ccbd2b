//! `awscalc s3 multipart … --objects N [--price-per-1000 P]` in words, from the typed
//! [`UploadRequests`] of [`crate::calc::s3::requests`].

use super::size_understood;
use crate::calc::s3::requests::{self as calc, RequestStep, RequestsQuestion, UploadRequests};
use crate::error::Error;
use crate::explain::formula;
use crate::facts::FactBook;
use crate::report::{Alternative, Report, Value};
use crate::units::group;

/// `awscalc s3 multipart --objects N`: [`calc::upload_requests`], explained.
///
/// # Errors
/// As [`calc::upload_requests`].
pub fn upload_requests(question: &RequestsQuestion, book: &mut FactBook) -> Result<Report, Error> {
    let r = calc::upload_requests(question, book)?;
    let mut report = Report::new("s3 multipart", book.as_of());
    report.input(
        "size",
        question.upload.size.text(),
        size_understood(&question.upload.size, r.upload.bytes),
        Value::from(r.upload.bytes),
    );
    if let (Some(size), Some(bytes)) = (&question.upload.part_size, r.upload.part_size_bytes) {
        report.input(
            "part_size",
            size.text(),
            size_understood(size, bytes),
            Value::from(bytes),
        );
    }
    report.input(
        "objects",
        &question.objects.to_string(),
        crate::words::plural(r.objects, "object"),
        Value::from(r.objects),
    );
    if let Some(price) = &question.price_per_1000 {
        report.input(
            "price_per_1000",
            &price.to_string(),
            format!("{} per 1,000 requests (your price)", group(price.value())),
            Value::from(price.value()),
        );
    }
    for step in &r.steps {
        let (label, unit) = match step.what {
            RequestStep::PerObject => ("requests per object", "requests"),
            RequestStep::Total => ("requests in all", "requests"),
            RequestStep::Cost => ("request cost", "(your currency)"),
        };
        report.step(label, formula::text(&step.formula), step.value, unit);
    }
    fields(&r, &mut report);
    report.answer.push("requests".into());
    report.headline = format!(
        "{} for {} ({} parts + {} each){}",
        crate::words::plural(r.requests, "request"),
        crate::words::plural(r.objects, "object"),
        group(r.upload.parts),
        group(r.control_requests),
        r.cost
            .map(|c| format!("; cost {}", group(c)))
            .unwrap_or_default()
    );
    report.summary = format!(
        "uploading {} objects of {} by multipart upload",
        group(r.objects),
        question.upload.size
    );
    report.note(format!(
        "each upload is initiated (CreateMultipartUpload), sends {} (UploadPart) and is \
         completed (CompleteMultipartUpload); retries, ListParts and aborted uploads are not \
         counted",
        crate::words::plural(r.upload.parts, "part")
    ));
    if let Some(single) = r.single_put_requests {
        report.note(format!(
            "each object fits one PUT: {} as single PUTs",
            crate::words::plural(single, "request")
        ));
    }
    if r.cost.is_some() {
        report.note(
            "the cost uses your price: awscalc holds no S3 request prices (they vary by Region \
             and request type and change); storage and data transfer are not included",
        );
    }
    report.alternatives.push(Alternative {
        value: r.upload.parts * r.objects,
        reading: "the parts alone, without initiate and complete".into(),
        distance: 1,
    });
    report.attach_facts(book);
    Ok(report)
}

/// The result fields.
fn fields(r: &UploadRequests, report: &mut Report) {
    report.field("requests", Value::from(r.requests), "requests");
    report.field("requests_per_object", Value::from(r.per_object), "requests");
    report.field("parts", Value::from(r.upload.parts), "parts");
    report.field("part_bytes", Value::from(r.upload.part_bytes), "bytes");
    report.field(
        "cost",
        r.cost.map_or(Value::Null, Value::from),
        "(your currency)",
    );
    report.field(
        "single_put_requests",
        r.single_put_requests.map_or(Value::Null, Value::from),
        "requests",
    );
}
