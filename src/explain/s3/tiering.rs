//! `awscalc s3 intelligent-tiering` in words, from the typed [`Tiering`](calc::Tiering) of
//! [`crate::calc::s3::tiering`].

use super::{bytes_label, object_size_input};
use crate::calc::s3::tiering::{self as calc, AccessTier, TieringRequest};
use crate::error::Error;
use crate::facts::s3 as fact;
use crate::facts::FactBook;
use crate::report::{Report, Step, Value};
use crate::units::group;

/// `Archive Instant Access`: the tier as AWS's pages name it.
#[must_use]
pub fn tier_name(tier: AccessTier) -> &'static str {
    match tier {
        AccessTier::FrequentAccess => "Frequent Access",
        AccessTier::InfrequentAccess => "Infrequent Access",
        AccessTier::ArchiveInstantAccess => "Archive Instant Access",
        AccessTier::ArchiveAccess => "Archive Access",
        AccessTier::DeepArchiveAccess => "Deep Archive Access",
    }
}

/// How a read comes back from the tier.
fn tier_read(tier: AccessTier) -> &'static str {
    match tier {
        AccessTier::ArchiveAccess => "restore, like GLACIER",
        AccessTier::DeepArchiveAccess => "restore, like DEEP_ARCHIVE",
        _ => "millisecond reads",
    }
}

/// `awscalc s3 intelligent-tiering`: [`calc::intelligent_tiering`], explained.
///
/// # Errors
/// As [`calc::intelligent_tiering`].
#[allow(clippy::too_many_lines)] // one report, read top to bottom
pub fn intelligent_tiering(request: &TieringRequest, book: &mut FactBook) -> Result<Report, Error> {
    let result = calc::intelligent_tiering(request, book)?;
    let mut report = Report::new("s3 intelligent-tiering", book.as_of());
    let idle = request.idle_days;
    report.input(
        "days",
        &idle.to_string(),
        format!("{} days without access", group(idle.into())),
        Value::number(idle),
    );
    for (name, given, tier) in [
        (
            "archive_days",
            request.archive_days,
            AccessTier::ArchiveAccess,
        ),
        (
            "deep_archive_days",
            request.deep_archive_days,
            AccessTier::DeepArchiveAccess,
        ),
    ] {
        if let Some(days) = given {
            report.input(
                name,
                &days.to_string(),
                format!(
                    "{} tier on, after {} days",
                    tier_name(tier),
                    group(days.into())
                ),
                Value::number(days),
            );
        }
    }
    if let (Some(size), Some(bytes)) = (&request.object_size, result.object_bytes) {
        object_size_input(&mut report, size, bytes);
    }
    let mut list = Vec::new();
    for t in &result.thresholds {
        let cmp = if idle >= t.after_days { "≥" } else { "<" };
        let formula = if t.after_days == 0 {
            "where every object starts".to_string()
        } else if result.monitored {
            format!(
                "{} days {cmp} {}",
                group(idle.into()),
                group(t.after_days.into())
            )
        } else {
            "not monitored: stays in Frequent Access".to_string()
        };
        report.steps.push(Step {
            label: format!("{} tier ({})", tier_name(t.tier), tier_read(t.tier)),
            formula,
            value: Value::text(if t.tier == result.tier {
                "here"
            } else if t.reached {
                "passed"
            } else {
                "not reached"
            }),
            unit: String::new(),
            aside: false,
        });
        list.push(Value::Map(vec![
            ("tier".into(), Value::text(t.tier.id())),
            ("after_days".into(), Value::number(t.after_days)),
            ("reached".into(), Value::Bool(t.reached)),
        ]));
    }
    report.field("tier", Value::text(result.tier.id()), "");
    report.answer.push("tier".into());
    report.detail("tiers", Value::List(list), "");
    report.field("monitored", Value::Bool(result.monitored), "");
    report.field(
        "min_monitored_bytes",
        Value::from(result.min_monitored_bytes),
        "bytes",
    );
    report.summary = "S3 Intelligent-Tiering access tiers".into();
    report.headline = if result.monitored {
        format!(
            "{} tier: {} days without access",
            tier_name(result.tier),
            group(idle.into())
        )
    } else {
        format!(
            "{} tier: objects under {} are not monitored",
            tier_name(result.tier),
            bytes_label(result.min_monitored_bytes)
        )
    };
    if result.tier.needs_restore() {
        report.note(
            "objects in the Archive Access and Deep Archive Access tiers must be restored \
             before a read; after the restore they move back to Frequent Access",
        );
    }
    report.note(
        "a GET or COPY moves an object back to Frequent Access and restarts the count; \
         Intelligent-Tiering has no retrieval charge",
    );
    let mut optional = |id| match book.peek(id) {
        Some(_) => book.value(id).ok(),
        None => None,
    };
    let optional = (
        optional(fact::IT_ARCHIVE_ACCESS_MIN_DAYS),
        optional(fact::IT_DEEP_ARCHIVE_ACCESS_MIN_DAYS),
        optional(fact::IT_ARCHIVE_MAX_DAYS),
    );
    let asked = request.archive_days.is_some() || request.deep_archive_days.is_some();
    if let (false, (Some(archive), Some(deep), Some(max))) = (asked, optional) {
        report.note(format!(
            "the Archive Access ({} to {} days) and Deep Archive Access ({} to {} days) tiers \
             are optional: give --archive-days or --deep-archive-days to turn them on",
            group(archive),
            group(max),
            group(deep),
            group(max)
        ));
    }
    report.attach_facts(book);
    Ok(report)
}
