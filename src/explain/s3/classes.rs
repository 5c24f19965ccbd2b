//! `awscalc s3 classes` in words, from the typed [`Classes`](calc::Classes) of
//! [`crate::calc::s3::classes`].

use rust_decimal::Decimal;

use super::{and_list, bytes_label, later_classes_note, tier_times};
use crate::calc::s3::classes::{self as calc, TierTimes};
use crate::calc::s3::StorageClass;
use crate::error::Error;
use crate::facts::FactBook;
use crate::report::{Report, Table, Value};
use crate::units::group;

/// `Expedited 1–5 min`, `Standard within 12 h`, `GET, milliseconds (no restore)`.
fn describe(tier: &TierTimes) -> String {
    tier_times(tier.tier, tier.min_minutes, tier.max_minutes)
}

/// The class's name in the notes: `Standard-IA`, `Deep Archive`.
fn short_name(class: StorageClass) -> &'static str {
    match class {
        StorageClass::DeepArchive => "Deep Archive",
        other => other.name().trim_start_matches("S3 "),
    }
}

/// `awscalc s3 classes`: [`calc::classes`], explained as a table.
///
/// # Errors
/// As [`calc::classes`].
#[allow(clippy::too_many_lines)] // one derivation, read top to bottom
pub fn classes(book: &mut FactBook) -> Result<Report, Error> {
    let result = calc::classes(book)?;
    let mut report = Report::new("s3 classes", book.as_of());
    let existing: Vec<StorageClass> = result.classes.iter().map(|c| c.class).collect();
    let min_size = result.min_billable_bytes;
    let overhead_standard = result.overhead_standard_bytes;
    let overhead_archive = result.overhead_archive_bytes;
    let mut rows = Vec::new();
    let mut list = Vec::new();
    for facts in &result.classes {
        let class = facts.class;
        let min_days = facts.min_days;
        let min_bytes = if class.has_min_billable_size() {
            Value::from(min_size)
        } else {
            Value::Null
        };
        let overhead = if class.has_archive_overhead() {
            Value::from(overhead_standard + overhead_archive)
        } else {
            Value::Null
        };
        let azs = facts.availability_zones;
        let azs_text = if class == StorageClass::OneZoneIa {
            group(azs)
        } else {
            format!(">= {}", group(azs))
        };
        let availability = facts.availability_percent;
        let mut tiers = Vec::new();
        let mut tier_values = Vec::new();
        for tier in &facts.retrieval {
            let minutes = |m: Option<Decimal>| m.map_or(Value::Null, Value::from);
            tier_values.push(Value::Map(vec![
                ("tier".into(), Value::text(tier.tier)),
                ("min_minutes".into(), minutes(tier.min_minutes)),
                ("max_minutes".into(), minutes(tier.max_minutes)),
            ]));
            tiers.push(describe(tier));
        }
        rows.push(vec![
            Value::text(class.api_name()),
            if min_days.is_zero() {
                Value::text("none")
            } else {
                Value::text(format!("{} days", group(min_days)))
            },
            if class.has_min_billable_size() {
                Value::text(bytes_label(min_size))
            } else {
                Value::text("none")
            },
            if class.has_archive_overhead() {
                Value::text(format!(
                    "{} ({} Standard + {} archive)",
                    bytes_label(overhead_standard + overhead_archive),
                    bytes_label(overhead_standard),
                    bytes_label(overhead_archive)
                ))
            } else {
                Value::text("none")
            },
            Value::text(azs_text),
            Value::text(format!("{}%", availability.normalize())),
            Value::text(tiers.join("; ")),
        ]);
        list.push(Value::Map(vec![
            ("class".into(), Value::text(class.api_name())),
            ("name".into(), Value::text(class.name())),
            ("min_days".into(), Value::from(min_days)),
            ("min_billable_bytes".into(), min_bytes),
            ("archive_overhead_bytes".into(), overhead),
            ("availability_zones".into(), Value::from(azs)),
            ("availability_percent".into(), Value::from(availability)),
            ("retrieval".into(), Value::List(tier_values)),
        ]));
    }
    report.headline = format!("{} storage classes", existing.len());
    report.summary = format!(
        "S3 storage classes on {}: minimum storage duration and billable size, archive overhead, \
         zones, designed availability, retrieval",
        book.as_of()
    );
    report.field("count", Value::number(existing.len()), "classes");
    report.detail("classes", Value::List(list), "");
    report.answer.push("classes".into());
    report.table = Some(Table {
        columns: [
            "class",
            "min duration",
            "min billable size",
            "archive overhead",
            "AZs",
            "availability",
            "retrieval",
        ]
        .map(String::from)
        .to_vec(),
        rows,
    });
    report.note(
        "deleting, overwriting or transitioning an object before its class's minimum duration \
         bills the remaining days (prorated early deletion): `awscalc s3 early-delete`",
    );
    // The size rules name only the classes listed.
    let names = |keep: fn(StorageClass) -> bool| -> Vec<&str> {
        existing
            .iter()
            .filter(|c| keep(**c))
            .map(|c| short_name(*c))
            .collect()
    };
    let (sized, archived) = (
        names(StorageClass::has_min_billable_size),
        names(StorageClass::has_archive_overhead),
    );
    let mut rules = Vec::new();
    if !sized.is_empty() {
        rules.push(format!(
            "{} bill{} each object as at least {}",
            and_list(&sized),
            if sized.len() == 1 { "s" } else { "" },
            bytes_label(min_size)
        ));
    }
    if !archived.is_empty() {
        rules.push(format!(
            "{} add{} {} per object",
            and_list(&archived),
            if archived.len() == 1 { "s" } else { "" },
            bytes_label(overhead_standard + overhead_archive)
        ));
    }
    if !rules.is_empty() {
        report.note(format!(
            "{}: `awscalc s3 small-objects` (awscalc takes KB as 1,024 bytes)",
            rules.join("; ")
        ));
    }
    report.note(if existing.contains(&StorageClass::IntelligentTiering) {
        "Intelligent-Tiering's optional Archive Access and Deep Archive Access tiers restore like \
         Glacier Flexible Retrieval and Deep Archive; S3 Express One Zone (directory buckets) is not \
         listed"
    } else {
        "S3 Express One Zone (directory buckets) is not listed"
    });
    if let Some(note) = later_classes_note(book) {
        report.note(note);
    }
    report.attach_facts(book);
    Ok(report)
}
