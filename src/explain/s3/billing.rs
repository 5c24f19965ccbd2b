//! `awscalc s3 early-delete` and `awscalc s3 small-objects` in words, from the typed
//! [`EarlyDeletion`] and [`SmallObjectBill`] of [`crate::calc::s3::billing`].

use rust_decimal::Decimal;

use super::{bytes_label, later_classes_note, size_understood, small_object_default_since};
use crate::calc::s3::billing::{
    self as calc, EarlyDelete, EarlyDeletion, EarlyStep, Era, SizeAnswer, SizeRules, SizeStep,
    SmallObjectBill, SmallObjects, Stay,
};
use crate::calc::s3::StorageClass;
use crate::error::Error;
use crate::explain::formula;
use crate::explain::quantity::{self, convert_exact};
use crate::facts::FactBook;
use crate::report::{Alternative, Report, Table, Value};
use crate::units::{group, KbConvention, SizeUnit};

/// `before 2021-09-02`, `since 2026-07-16`, `once`.
fn era_words(era: Era) -> String {
    match era {
        Era::Before(until) => format!("before {until}"),
        Era::Since(since) => format!("since {since}"),
        Era::Once => "once".to_string(),
    }
}

/// `awscalc s3 early-delete`: [`calc::early_delete`], explained.
///
/// ```
/// use awscalc::calc::s3::billing::{EarlyDelete, Stay};
/// use awscalc::calc::s3::StorageClass;
/// use awscalc::facts::{FactBook, Registry};
///
/// let request = EarlyDelete { class: StorageClass::Glacier, stay: Stay::Days(60) };
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 11, 30));
/// let report = awscalc::explain::s3::billing::early_delete(&request, &mut book).unwrap();
/// assert_eq!(report.headline, "billed 90 days: 30 days charged as early deletion");
/// ```
///
/// # Errors
/// As [`calc::early_delete`].
#[allow(clippy::too_many_lines)] // one report, read top to bottom
pub fn early_delete(request: &EarlyDelete, book: &mut FactBook) -> Result<Report, Error> {
    let result = calc::early_delete(request, book)?;
    let class = request.class;
    let mut report = Report::new("s3 early-delete", book.as_of());
    report.input(
        "class",
        class.api_name(),
        class.name().to_string(),
        Value::text(class.api_name()),
    );
    match request.stay {
        Stay::Days(days) => report.input(
            "days",
            &days.to_string(),
            format!("{} days in {}", group(Decimal::from(days)), class.name()),
            Value::number(days),
        ),
        Stay::Ages { entered, left } => {
            report.input(
                "entered",
                &entered.to_string(),
                format!("moved into {} at age {entered} days", class.name()),
                Value::number(entered),
            );
            report.input(
                "left",
                &left.to_string(),
                format!("deleted or moved out at age {left} days"),
                Value::number(left),
            );
        }
    }
    for step in &result.steps {
        let (label, shown) = match step.what {
            // The ages as typed, ungrouped, as this step has always shown them.
            EarlyStep::DaysIn => match request.stay {
                Stay::Ages { entered, left } => (
                    format!("days in {}", class.api_name()),
                    format!("{left} - {entered}"),
                ),
                Stay::Days(_) => (
                    format!("days in {}", class.api_name()),
                    formula::text(&step.formula),
                ),
            },
            EarlyStep::MinDays => (
                format!("minimum storage duration of {}", class.api_name()),
                class
                    .min_days_fact()
                    .map_or_else(String::new, |id| format!("fact {id}")),
            ),
            EarlyStep::Billed => (
                "days billed: the stay or the minimum, whichever is longer".to_string(),
                formula::text(&step.formula),
            ),
            EarlyStep::Early => (
                "days charged as early deletion (prorated)".to_string(),
                formula::text(&step.formula),
            ),
        };
        report.step(label, shown, step.value, "days");
    }
    let EarlyDeletion {
        days_stored: days,
        min_days: min,
        billed_days: billed,
        early_delete_days: early,
        ..
    } = result;
    let min_label = if class.min_days_fact().is_some() {
        format!("{}-day minimum", group(min))
    } else {
        "no minimum".to_string()
    };
    report.headline = if early.is_zero() {
        format!(
            "billed {} days: no early-deletion charge ({min_label})",
            group(billed)
        )
    } else {
        format!(
            "billed {} days: {} charged as early deletion",
            group(billed),
            crate::words::plural(early, "day")
        )
    };
    report.summary = format!(
        "an object stored {} days in {} ({min_label})",
        group(days),
        class.name()
    );
    report.field("days_stored", Value::from(days), "days");
    report.field("min_days", Value::from(min), "days");
    report.field("billed_days", Value::from(billed), "days");
    report.field("early_delete_days", Value::from(early), "days");
    report.answer.push("billed_days".into());
    if class == StorageClass::Standard {
        report.note("S3 Standard has no minimum storage duration");
    }
    if let Stay::Ages { left, .. } = request.stay {
        report.note(format!(
            "the minimum runs from the transition into {}, not from the object's creation: counted \
             from creation the object would be {left} days old",
            class.api_name()
        ));
    }
    report.alternatives = early_alternatives(request, &result);
    report.attach_facts(book);
    Ok(report)
}

/// Other readings: the early days alone, no minimum, the minimum counted from creation,
/// the class's minimum on other dates.
fn early_alternatives(request: &EarlyDelete, result: &EarlyDeletion) -> Vec<Alternative> {
    let mut out = vec![
        Alternative {
            value: result.early_delete_days,
            reading: "the early-deletion days alone, not the total billed".into(),
            distance: 1,
        },
        Alternative {
            value: result.days_stored,
            reading: "the days stored, without the minimum storage duration".into(),
            distance: 1,
        },
    ];
    if let (Stay::Ages { left, .. }, Some((billed, early))) = (request.stay, result.from_creation) {
        out.push(Alternative {
            value: billed,
            reading: format!(
                "the minimum counted from the object's creation (age {left}) instead of its \
                 transition into {}",
                request.class.api_name()
            ),
            distance: 1,
        });
        out.push(Alternative {
            value: early,
            reading: "the early-deletion days alone, counted from the object's creation".into(),
            distance: 2,
        });
    }
    out.extend(result.other_minimums.iter().map(|other| Alternative {
        value: other.billed_days,
        reading: format!(
            "{} with the {}-day minimum it had {}",
            request.class.api_name(),
            group(other.min_days),
            era_words(other.era)
        ),
        distance: 1,
    }));
    out
}

/// Bytes as exact MiB, for a `_mib` field (`null` beyond exact decimals).
fn mib(bytes: Decimal) -> Value {
    convert_exact(bytes, SizeUnit::Byte, SizeUnit::Mebi, KbConvention::Binary)
        .map_or(Value::Null, Value::from)
}

/// Bytes as exact KiB, for a `_kib` field.
fn kib(bytes: Decimal) -> Value {
    convert_exact(bytes, SizeUnit::Byte, SizeUnit::Kibi, KbConvention::Binary)
        .map_or(Value::Null, Value::from)
}

/// `awscalc s3 small-objects`: [`calc::small_objects`], explained.
///
/// # Errors
/// As [`calc::small_objects`].
#[allow(clippy::too_many_lines)] // one report, read top to bottom
pub fn small_objects(request: &SmallObjects, book: &mut FactBook) -> Result<Report, Error> {
    let result = calc::small_objects(request, book)?;
    let SmallObjectBill {
        bytes,
        objects,
        rules,
        ..
    } = result;
    let mut report = Report::new("s3 small-objects", book.as_of());
    report.input(
        "object_size",
        request.size.text(),
        size_understood(&request.size, bytes),
        Value::Map(vec![
            ("given".into(), Value::text(request.size.text().to_owned())),
            ("bytes".into(), Value::from(bytes)),
        ]),
    );
    report.input(
        "objects",
        &request
            .objects
            .map_or_else(|| "default".to_string(), |n| n.to_string()),
        crate::words::plural(objects, "object"),
        Value::from(objects),
    );
    match &result.answer {
        SizeAnswer::One {
            bill,
            extra_bytes,
            total_decimal_kb,
            steps,
        } => {
            let class = bill.class;
            report.input(
                "class",
                class.api_name(),
                class.name().to_string(),
                Value::text(class.api_name()),
            );
            for step in steps {
                let (label, shown) = size_step_words(step.what, class, rules, &step.formula);
                report.step(label, shown, step.value, "bytes");
            }
            let each = bill.each;
            report.field("billed_bytes", Value::from(bill.total), "bytes");
            report.field(
                "billed_bytes_per_object",
                Value::from(each.total()),
                "bytes",
            );
            report.field(
                "class_rate_bytes_per_object",
                Value::from(each.class_rate),
                "bytes",
            );
            report.field(
                "standard_rate_bytes_per_object",
                Value::from(each.standard_rate),
                "bytes",
            );
            report.field("extra_bytes", Value::from(*extra_bytes), "bytes");
            report.answer.push("billed_bytes".into());
            // In the unit family of --object-size, the bytes exact beside.
            let asked = request.size.unit();
            report.field("billed_mib", mib(bill.total), "MiB");
            report.field("billed_kib_per_object", kib(each.total()), "KiB");
            report.headline = format!(
                "{} billed, {} per object, in {}",
                quantity::bytes(bill.total, asked, KbConvention::Binary),
                quantity::bytes(each.total(), asked, KbConvention::Binary),
                class.api_name()
            );
            report.summary = format!(
                "{} of {} in {}",
                crate::words::plural(objects, "object"),
                request.size.text(),
                class.name()
            );
            report.alternatives =
                size_alternatives(class, bytes, objects, rules, each, *total_decimal_kb);
        }
        SizeAnswer::Every { bills } => {
            let mut rows = Vec::new();
            let mut list = Vec::new();
            for bill in bills {
                let each = bill.each;
                rows.push(vec![
                    Value::text(bill.class.api_name()),
                    Value::from(each.class_rate),
                    Value::from(each.standard_rate),
                    Value::from(each.total()),
                    Value::from(bill.total),
                ]);
                list.push(Value::Map(vec![
                    ("class".into(), Value::text(bill.class.api_name())),
                    (
                        "class_rate_bytes_per_object".into(),
                        Value::from(each.class_rate),
                    ),
                    (
                        "standard_rate_bytes_per_object".into(),
                        Value::from(each.standard_rate),
                    ),
                    ("billed_bytes_per_object".into(), Value::from(each.total())),
                    ("billed_bytes".into(), Value::from(bill.total)),
                ]));
            }
            report.detail("classes", Value::List(list), "");
            report.answer.push("classes".into());
            report.table = Some(Table {
                columns: [
                    "class",
                    "class-rate bytes/object",
                    "Standard-rate bytes/object",
                    "billed bytes/object",
                    "billed bytes, all objects",
                ]
                .map(String::from)
                .to_vec(),
                rows,
            });
            report.headline = format!(
                "billed size of {} of {} in each class",
                crate::words::plural(objects, "object"),
                request.size.text()
            );
            report.summary = "give --class for one class's arithmetic".into();
            if let Some(note) = later_classes_note(book) {
                report.note(note);
            }
        }
    }
    if bytes < rules.min_bytes {
        report.note(format!(
            "objects under {} are not moved by S3 Lifecycle by default (since {}){}",
            bytes_label(rules.min_bytes),
            small_object_default_since(book),
            if StorageClass::IntelligentTiering.exists(book) {
                ", and Intelligent-Tiering does not auto-tier them (always Frequent Access rates)"
            } else {
                ""
            }
        ));
    }
    let overhead = rules.overhead_standard + rules.overhead_archive;
    report.note(format!(
        "awscalc reads S3's \"KB\" as 1,024 bytes: {} = {} bytes, {} = {} bytes \
         (AWS does not say; --expect tries 1,000 too)",
        bytes_label(rules.min_bytes),
        group(rules.min_bytes),
        bytes_label(overhead),
        group(overhead)
    ));
    report.attach_facts(book);
    Ok(report)
}

fn size_step_words(
    what: SizeStep,
    class: StorageClass,
    rules: SizeRules,
    expr: &crate::steps::Expr,
) -> (String, String) {
    match what {
        SizeStep::AtLeastMinimum => (
            format!(
                "billed per object: at least {}",
                bytes_label(rules.min_bytes)
            ),
            formula::text(expr),
        ),
        SizeStep::ArchiveRate => (
            format!(
                "at the {} rate: object + {} index",
                class.api_name(),
                bytes_label(rules.overhead_archive)
            ),
            formula::text(expr),
        ),
        SizeStep::StandardRate => (
            format!(
                "at S3 Standard rates: {} name and metadata",
                bytes_label(rules.overhead_standard)
            ),
            "fact s3.archive_overhead_standard_bytes".to_string(),
        ),
        SizeStep::BothRates => (
            "billed per object, both rates".to_string(),
            formula::text(expr),
        ),
        SizeStep::OwnSize => (
            "billed per object: the object's own size".to_string(),
            format!("{} has no minimum size or overhead", class.api_name()),
        ),
        SizeStep::AllObjects => ("billed for all objects".to_string(), formula::text(expr)),
    }
}

fn size_alternatives(
    class: StorageClass,
    bytes: Decimal,
    objects: Decimal,
    rules: SizeRules,
    each: calc::BilledSize,
    total_decimal_kb: Decimal,
) -> Vec<Alternative> {
    let mut out = vec![
        Alternative {
            value: total_decimal_kb,
            reading: format!(
                "KB taken as 1,000 bytes, in the size and in AWS's {} and {}",
                bytes_label(rules.min_bytes),
                bytes_label(rules.overhead_standard + rules.overhead_archive)
            ),
            distance: 1,
        },
        Alternative {
            value: bytes * objects,
            reading: "the objects' own size, without the minimum or the overhead".into(),
            distance: 1,
        },
    ];
    if class.has_archive_overhead() {
        out.push(Alternative {
            value: each.class_rate * objects,
            reading: format!(
                "only the bytes at the {} rate (without the {} at Standard rates)",
                class.api_name(),
                bytes_label(rules.overhead_standard)
            ),
            distance: 1,
        });
    }
    if class.has_min_billable_size() {
        out.push(Alternative {
            value: rules.min_bytes * objects,
            reading: format!(
                "every object billed as exactly {}",
                bytes_label(rules.min_bytes)
            ),
            distance: 2,
        });
    }
    out
}
