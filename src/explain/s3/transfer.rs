//! `awscalc s3 prefixes` and `awscalc s3 multipart` in words, from the typed
//! [`Prefixes`] and [`Upload`] of [`crate::calc::s3::transfer`].

use rust_decimal::Decimal;

use super::{bytes_label, size_understood};
use crate::calc::s3::transfer::{
    self as calc, Broken, KindDemand, Multipart, PartStep, PrefixAnswer, PrefixQuestion,
    PrefixStep, Prefixes, RequestKind, Upload,
};
use crate::error::Error;
use crate::explain::formula;
use crate::explain::quantity::{self, convert_exact};
use crate::facts::FactBook;
use crate::report::{Alternative, Report, Value};
use crate::units::{group, KbConvention, Size, SizeUnit};

/// `GET/HEAD`, `PUT/COPY/POST/DELETE`.
fn kind_label(kind: RequestKind) -> &'static str {
    match kind {
        RequestKind::Get => "GET/HEAD",
        RequestKind::Put => "PUT/COPY/POST/DELETE",
    }
}

/// `get`, `put`: the flag and the field prefix.
fn kind_name(kind: RequestKind) -> &'static str {
    match kind {
        RequestKind::Get => "get",
        RequestKind::Put => "put",
    }
}

/// `awscalc s3 prefixes`: [`calc::prefixes`], explained.
///
/// ```
/// use awscalc::calc::s3::transfer::PrefixQuestion;
/// use awscalc::facts::{FactBook, Registry};
///
/// let question = PrefixQuestion::Rates { get: Some("30000/s".parse().unwrap()), put: None };
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 11, 30));
/// let report = awscalc::explain::s3::transfer::prefixes(&question, &mut book).unwrap();
/// assert_eq!(report.headline, "6 prefixes");
/// assert_eq!(report.steps[0].formula, "ceil(30,000 / 5,500)");
/// ```
///
/// # Errors
/// As [`calc::prefixes`].
#[allow(clippy::too_many_lines)] // one report, read top to bottom
pub fn prefixes(question: &PrefixQuestion, book: &mut FactBook) -> Result<Report, Error> {
    let result = calc::prefixes(question, book)?;
    let mut report = Report::new("s3 prefixes", book.as_of());
    match &result.answer {
        PrefixAnswer::Sustain {
            prefixes,
            get_per_second,
            put_per_second,
        } => {
            let n = *prefixes;
            report.input(
                "prefixes",
                &n.to_string(),
                format!("{} prefixes", group(n)),
                Value::from(n),
            );
            prefix_steps(&result, &mut report);
            report.field("get_per_second", Value::from(*get_per_second), "requests/s");
            report.field("put_per_second", Value::from(*put_per_second), "requests/s");
            report.answer.push("get_per_second".into());
            report.answer.push("put_per_second".into());
            report.headline = format!(
                "{} GET/HEAD and {} PUT/COPY/POST/DELETE per second",
                group(*get_per_second),
                group(*put_per_second)
            );
            report.summary = format!("what {} prefixes sustain", group(n));
        }
        PrefixAnswer::Need {
            prefixes,
            kinds,
            summed,
            by_old_guidance,
        } => {
            for KindDemand {
                kind,
                given,
                per_second,
                ..
            } in kinds
            {
                report.input(
                    kind_name(*kind),
                    given,
                    format!("{} {} per second", group(*per_second), kind_label(*kind)),
                    Value::Map(vec![
                        ("given".into(), Value::text(given.clone())),
                        ("per_second".into(), Value::from(*per_second)),
                    ]),
                );
            }
            prefix_steps(&result, &mut report);
            for demand in kinds {
                report.field(
                    &format!("{}_prefixes", kind_name(demand.kind)),
                    Value::from(demand.prefixes),
                    "prefixes",
                );
            }
            report.field("prefixes", Value::from(*prefixes), "prefixes");
            report.answer.insert(0, "prefixes".into());
            report.headline = format!(
                "{} prefix{}",
                group(*prefixes),
                if *prefixes == Decimal::ONE { "" } else { "es" }
            );
            report.summary = "S3 prefixes (key name prefixes) to spread the requests over".into();
            report.alternatives = vec![Alternative {
                value: *summed,
                reading: "GET and PUT prefixes added instead of shared".into(),
                distance: 1,
            }];
            if let (Some(old), Some((old_get, old_put))) = (by_old_guidance, result.old_guidance) {
                report.alternatives.push(Alternative {
                    value: *old,
                    reading: format!(
                        "the pre-July-2018 key-naming guidance taken as a rate per prefix \
                         (about {} GET and {} PUT per second; AWS gave it as a threshold for \
                         random key names, not a rate per prefix)",
                        group(old_get),
                        group(old_put)
                    ),
                    distance: 1,
                });
            }
        }
    }
    report.note(
        "S3 scales per partitioned prefix and has no limit on the number of prefixes; while it \
         scales it may answer 503 Slow Down, so retry with backoff",
    );
    if let (Some((get, put)), Some(since)) = (result.old_guidance, result.rates_since) {
        report.note(format!(
            "{} GET/s and {} PUT/s with random key prefixes, as older exam material teaches, are \
             AWS's key-naming guidance from before {since}: thresholds for advice, not rates per \
             prefix, so awscalc does not compute prefixes from them",
            group(get),
            group(put)
        ));
    }
    report.attach_facts(book);
    Ok(report)
}

fn prefix_steps(result: &Prefixes, report: &mut Report) {
    for step in &result.steps {
        let (label, shown, unit) = match step.what {
            PrefixStep::Sustained { kind } => (
                format!("{} per second", kind_label(kind)),
                formula::text(&step.formula),
                "requests/s",
            ),
            PrefixStep::ForKind { kind, per_prefix } => (
                format!(
                    "prefixes for {} at {} per prefix",
                    kind_label(kind),
                    group(per_prefix)
                ),
                formula::text(&step.formula),
                "prefixes",
            ),
            // The maximum in words: which kinds it takes, and why not their sum.
            PrefixStep::Needed { both } => (
                "prefixes needed".to_string(),
                if both {
                    "max(GET prefixes, PUT prefixes): each prefix serves both".to_string()
                } else {
                    "one kind of request".to_string()
                },
                "prefixes",
            ),
        };
        report.step(label, shown, step.value, unit);
    }
}

/// `awscalc s3 multipart`: [`calc::multipart`], explained.
///
/// # Errors
/// As [`calc::multipart`].
pub fn multipart(request: &Multipart, book: &mut FactBook) -> Result<Report, Error> {
    let upload = calc::multipart(request, book)?;
    let mut report = Report::new("s3 multipart", book.as_of());
    let size_input = |report: &mut Report, name: &str, size: &Size, bytes: Decimal| {
        report.input(
            name,
            size.text(),
            size_understood(size, bytes),
            Value::Map(vec![
                ("given".into(), Value::text(size.text().to_owned())),
                ("bytes".into(), Value::from(bytes)),
            ]),
        );
    };
    size_input(&mut report, "size", &request.size, upload.bytes);
    if let (Some(size), Some(bytes)) = (&request.part_size, upload.part_size_bytes) {
        size_input(&mut report, "part_size", size, bytes);
    }
    report.field("single_put", Value::Bool(upload.single_put), "");
    for step in &upload.steps {
        let (label, shown) = part_step_words(&upload, step.what, &step.formula);
        report.step(
            label,
            shown,
            step.value,
            match step.what {
                PartStep::Parts { .. } => "parts",
                _ => "bytes",
            },
        );
    }
    // Sizes in the asker's units: the part size's family where one was given, else the
    // object size's; bytes exact beside.
    let object_asked = request.size.unit();
    let part_asked = request.part_size.as_ref().map_or(object_asked, Size::unit);
    let sized = |bytes: Decimal, asked: Option<SizeUnit>| {
        quantity::bytes(bytes, asked, KbConvention::Binary).to_string()
    };
    upload_fields(&upload, &mut report);
    report.answer.push("parts".into());
    report.headline = if upload.within_limit() {
        format!(
            "{} of {}{}",
            crate::words::plural(upload.parts, "part"),
            sized(upload.part_bytes, part_asked),
            if upload.single_put {
                " (one PUT would also do)".to_string()
            } else {
                format!(
                    "; too large for one PUT ({}): use multipart upload",
                    quantity::bytes(upload.limits.single_put, object_asked, KbConvention::Binary)
                        .short()
                )
            }
        )
    } else {
        report.check_failed = true;
        over_limit_words(&upload, object_asked, part_asked)
    };
    report.summary = format!("uploading {} to S3", request.size.text());
    if let Some(advised) = upload.advised_from {
        report.note(format!(
            "AWS advises multipart upload from {} up",
            bytes_label(advised)
        ));
    }
    if let Some(n) = upload.parts_decimal_units {
        report.alternatives.push(Alternative {
            value: n,
            reading: "KB, MB and GB taken as powers of 1,000".into(),
            distance: 1,
        });
    }
    report.attach_facts(book);
    Ok(report)
}

/// The result fields of `s3 multipart`: sizes in bytes, each with an exact `_mib` twin, and
/// the verdict against S3's limits.
fn upload_fields(upload: &Upload, report: &mut Report) {
    let mib = |bytes: Decimal| {
        convert_exact(bytes, SizeUnit::Byte, SizeUnit::Mebi, KbConvention::Binary)
            .map_or(Value::Null, Value::from)
    };
    report.field(
        "smallest_part_bytes",
        Value::from(upload.smallest_part_bytes),
        "bytes",
    );
    report.field("smallest_part_mib", mib(upload.smallest_part_bytes), "MiB");
    report.field("parts", Value::from(upload.parts), "parts");
    report.field("max_parts", Value::from(upload.limits.max_parts), "parts");
    report.field("within_limit", Value::Bool(upload.within_limit()), "");
    report.field(
        "limits_broken",
        Value::List(
            upload
                .broken
                .iter()
                .map(|b| Value::text(b.limit_name()))
                .collect(),
        ),
        "",
    );
    report.field("part_bytes", Value::from(upload.part_bytes), "bytes");
    report.field("part_mib", mib(upload.part_bytes), "MiB");
    report.field(
        "last_part_bytes",
        Value::from(upload.last_part_bytes),
        "bytes",
    );
    report.field(
        "fitting_part_bytes",
        upload.fitting_part_bytes.map_or(Value::Null, Value::from),
        "bytes",
    );
    report.field(
        "fitting_part_mib",
        upload.fitting_part_bytes.map_or(Value::Null, mib),
        "MiB",
    );
    report.field(
        "max_object_bytes",
        Value::from(upload.limits.max_object),
        "bytes",
    );
}

/// The verdict for an upload that breaks S3 limits: each limit with the count or size that
/// breaks it, then the part size that fits, or that none does.
fn over_limit_words(
    upload: &Upload,
    object_asked: Option<SizeUnit>,
    part_asked: Option<SizeUnit>,
) -> String {
    let sized = |bytes: Decimal, asked: Option<SizeUnit>| {
        quantity::bytes(bytes, asked, KbConvention::Binary).to_string()
    };
    // A limit in round units says it once (5 GiB); a rounded one keeps its bytes beside.
    let limit = |bytes: Decimal, asked: Option<SizeUnit>| {
        let shown = quantity::bytes(bytes, asked, KbConvention::Binary);
        if shown.rounded {
            shown.to_string()
        } else {
            shown.short()
        }
    };
    let reasons: Vec<String> = upload
        .broken
        .iter()
        .map(|broken| match broken {
            Broken::ObjectTooLarge => format!(
                "an object of {} is above S3's maximum object size of {}",
                sized(upload.bytes, object_asked),
                limit(upload.limits.max_object, object_asked)
            ),
            Broken::PartTooSmall => format!(
                "parts of {} are under S3's smallest part of {}",
                sized(upload.part_bytes, part_asked),
                limit(upload.limits.min_part, part_asked)
            ),
            Broken::PartTooLarge if upload.part_size_bytes.is_some() => format!(
                "parts of {} are above S3's largest part of {}",
                sized(upload.part_bytes, part_asked),
                limit(upload.limits.max_part, part_asked)
            ),
            Broken::PartTooLarge => format!(
                "{} parts would each be {}, above S3's largest part of {}",
                group(upload.limits.max_parts),
                sized(upload.smallest_part_bytes, part_asked),
                limit(upload.limits.max_part, part_asked)
            ),
            Broken::TooManyParts => format!(
                "{} parts of {} is more than S3's {} parts",
                group(upload.parts),
                sized(upload.part_bytes, part_asked),
                group(upload.limits.max_parts)
            ),
        })
        .collect();
    let advice = match upload.fitting_part_bytes {
        Some(fits) => format!("use parts of at least {}", sized(fits, part_asked)),
        None => "no part size works".into(),
    };
    format!("over the limit: {}; {advice}", reasons.join("; "))
}

fn part_step_words(upload: &Upload, what: PartStep, expr: &crate::steps::Expr) -> (String, String) {
    match what {
        // A comparison, not arithmetic: the object against the single-PUT limit.
        PartStep::SinglePut => (
            format!(
                "fits one PUT (up to {})?",
                bytes_label(upload.limits.single_put)
            ),
            format!(
                "{} {} {}",
                group(upload.bytes),
                if upload.single_put { "<=" } else { ">" },
                group(upload.limits.single_put)
            ),
        ),
        PartStep::SmallestPart => (
            format!(
                "smallest part size for at most {} parts",
                group(upload.limits.max_parts)
            ),
            formula::text(expr),
        ),
        PartStep::Parts { part_bytes } => (
            format!("parts of {}", bytes_label(part_bytes)),
            formula::text(expr),
        ),
        PartStep::LastPart => ("last part (may be smaller)".into(), formula::text(expr)),
    }
}
