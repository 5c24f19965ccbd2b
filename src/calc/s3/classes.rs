//! `awscalc s3 classes`: every storage class with its minimum storage duration, minimum
//! billable size, archive overhead, restore tiers, zones and designed availability.
//!
//! Source: <https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage-class-intro.html>
//! and, for restore times,
//! <https://docs.aws.amazon.com/AmazonS3/latest/userguide/restoring-objects-retrieval-options.html>.

use rust_decimal::Decimal;

use super::{and_list, bytes_label, StorageClass};
use crate::error::Error;
use crate::facts::s3 as fact;
use crate::facts::FactBook;
use crate::facts::FactId;
use crate::report::{Report, Table, Value};
use crate::units::group;

/// One way to get data back from a class.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetrievalTier {
    /// The class.
    pub class: StorageClass,
    /// `Expedited`, `Standard`, `Bulk`, or `GET` where no restore is needed.
    pub tier: &'static str,
    /// The fact with the fastest typical time in minutes; `None` where AWS gives only an
    /// upper bound ("within 12 hours") or none is needed.
    pub min_fact: Option<FactId>,
    /// The fact with the slowest typical time in minutes; `None` for immediate access
    /// (milliseconds).
    pub max_fact: Option<FactId>,
}

/// Every class's retrieval tiers, fastest first.
pub const TIERS: &[RetrievalTier] = &[
    RetrievalTier {
        class: StorageClass::Standard,
        tier: "GET",
        min_fact: None,
        max_fact: None,
    },
    RetrievalTier {
        class: StorageClass::StandardIa,
        tier: "GET",
        min_fact: None,
        max_fact: None,
    },
    RetrievalTier {
        class: StorageClass::IntelligentTiering,
        tier: "GET",
        min_fact: None,
        max_fact: None,
    },
    RetrievalTier {
        class: StorageClass::OneZoneIa,
        tier: "GET",
        min_fact: None,
        max_fact: None,
    },
    RetrievalTier {
        class: StorageClass::GlacierIr,
        tier: "GET",
        min_fact: None,
        max_fact: None,
    },
    RetrievalTier {
        class: StorageClass::Glacier,
        tier: "Expedited",
        min_fact: Some(fact::RESTORE_EXPEDITED_MIN_MINUTES),
        max_fact: Some(fact::RESTORE_EXPEDITED_MAX_MINUTES),
    },
    RetrievalTier {
        class: StorageClass::Glacier,
        tier: "Standard",
        min_fact: Some(fact::RESTORE_STANDARD_MIN_MINUTES),
        max_fact: Some(fact::RESTORE_STANDARD_MAX_MINUTES),
    },
    RetrievalTier {
        class: StorageClass::Glacier,
        tier: "Bulk",
        min_fact: Some(fact::RESTORE_BULK_MIN_MINUTES),
        max_fact: Some(fact::RESTORE_BULK_MAX_MINUTES),
    },
    RetrievalTier {
        class: StorageClass::DeepArchive,
        tier: "Standard",
        min_fact: None,
        max_fact: Some(fact::RESTORE_DEEP_STANDARD_MAX_MINUTES),
    },
    RetrievalTier {
        class: StorageClass::DeepArchive,
        tier: "Bulk",
        min_fact: None,
        max_fact: Some(fact::RESTORE_DEEP_BULK_MAX_MINUTES),
    },
];

/// `5 min`, `3 h`, `90 min`: minutes in the unit AWS would use.
#[must_use]
pub fn minutes_label(minutes: Decimal) -> String {
    let hour = Decimal::from(60);
    if minutes >= hour && (minutes % hour).is_zero() {
        format!("{} h", group(minutes / hour))
    } else {
        format!("{} min", group(minutes))
    }
}

impl RetrievalTier {
    /// `Expedited 1–5 min`, `Standard within 12 h`, `GET, milliseconds`.
    ///
    /// # Errors
    /// Only through a bug (an unknown fact).
    pub fn describe(&self, book: &mut FactBook) -> Result<String, Error> {
        let min = self.min_fact.map(|id| book.value(id)).transpose()?;
        let max = self.max_fact.map(|id| book.value(id)).transpose()?;
        Ok(match (min, max) {
            (_, None) => format!("{}, milliseconds (no restore)", self.tier),
            (None, Some(max)) => format!("{} within {}", self.tier, minutes_label(max)),
            (Some(min), Some(max)) if min >= Decimal::from(60) => format!(
                "{} {}–{}",
                self.tier,
                group(min / Decimal::from(60)),
                minutes_label(max)
            ),
            (Some(min), Some(max)) => {
                format!("{} {}–{}", self.tier, group(min), minutes_label(max))
            }
        })
    }
}

/// The class's name in the notes: `Standard-IA`, `Deep Archive`.
fn short_name(class: StorageClass) -> &'static str {
    match class {
        StorageClass::DeepArchive => "Deep Archive",
        other => other.name().trim_start_matches("S3 "),
    }
}

/// `awscalc s3 classes`: the table of the classes that existed on the book's date, with the
/// values in force then.
///
/// # Errors
/// Only through a bug (an unknown fact).
#[allow(clippy::too_many_lines)] // one derivation, read top to bottom
pub fn classes(book: &mut FactBook) -> Result<Report, Error> {
    let mut report = Report::new("s3 classes", book.as_of());
    let existing = StorageClass::existing(book);
    let min_size = book.value(fact::MIN_BILLABLE_OBJECT_BYTES)?;
    let overhead_standard = book.value(fact::ARCHIVE_OVERHEAD_STANDARD_BYTES)?;
    let overhead_archive = book.value(fact::ARCHIVE_OVERHEAD_ARCHIVE_BYTES)?;
    let regional_azs = book.value(fact::MIN_AZS_REGIONAL)?;
    // One Zone-IA's zone count has no value before the class came, and no row needs it then.
    let one_zone_azs = if existing.contains(&StorageClass::OneZoneIa) {
        book.value(fact::AZS_ONE_ZONE)?
    } else {
        Decimal::ONE
    };
    let mut rows = Vec::new();
    let mut list = Vec::new();
    for &class in &existing {
        let min_days = class.min_days(book)?;
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
        let (azs, azs_text) = if class == StorageClass::OneZoneIa {
            (one_zone_azs, group(one_zone_azs))
        } else {
            (regional_azs, format!(">= {}", group(regional_azs)))
        };
        let availability = book.value(class.availability_fact())?;
        let mut tiers = Vec::new();
        let mut tier_values = Vec::new();
        for tier in TIERS.iter().filter(|t| t.class == class) {
            let text = tier.describe(book)?;
            let minutes = |id: Option<FactId>, book: &mut FactBook| -> Result<Value, Error> {
                Ok(match id {
                    Some(id) => Value::from(book.value(id)?),
                    None => Value::Null,
                })
            };
            tier_values.push(Value::Map(vec![
                ("tier".into(), Value::text(tier.tier)),
                ("min_minutes".into(), minutes(tier.min_fact, book)?),
                ("max_minutes".into(), minutes(tier.max_fact, book)?),
            ]));
            tiers.push(text);
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
    if let Some(note) = StorageClass::later_classes_note(book) {
        report.note(note);
    }
    report.attach_facts(book);
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::Registry;
    use jiff::civil::date;

    fn row(report: &Report, class: &str) -> Vec<String> {
        report
            .table
            .as_ref()
            .unwrap()
            .rows
            .iter()
            .find(|r| r[0] == Value::text(class))
            .unwrap()
            .iter()
            .map(Value::display)
            .collect()
    }

    /// storage-class-intro.html: 30 / 30 / 90 / 90 / 180 days; 128 KB; 40 KB.
    #[test]
    fn the_table_carries_aws_minimums() {
        let mut book = FactBook::new(Registry::builtin(), date(2026, 11, 22));
        let r = classes(&mut book).unwrap();
        assert_eq!(row(&r, "STANDARD")[1], "none");
        assert_eq!(row(&r, "STANDARD_IA")[1], "30 days");
        assert_eq!(row(&r, "STANDARD_IA")[2], "128 KB");
        assert_eq!(row(&r, "ONEZONE_IA")[4], "1");
        assert_eq!(row(&r, "ONEZONE_IA")[5], "99.5%");
        assert_eq!(row(&r, "GLACIER_IR")[1], "90 days");
        assert_eq!(row(&r, "GLACIER")[1], "90 days");
        assert!(row(&r, "GLACIER")[3].starts_with("40 KB"));
        assert!(row(&r, "GLACIER")[6].contains("Expedited 1–5 min"));
        assert!(row(&r, "GLACIER")[6].contains("Standard 3–5 h"));
        assert!(row(&r, "GLACIER")[6].contains("Bulk 5–12 h"));
        assert_eq!(row(&r, "DEEP_ARCHIVE")[1], "180 days");
        assert!(row(&r, "DEEP_ARCHIVE")[6].contains("Standard within 12 h"));
        assert!(row(&r, "DEEP_ARCHIVE")[6].contains("Bulk within 48 h"));
        assert_eq!(row(&r, "INTELLIGENT_TIERING")[1], "none");
    }

    /// The table lists each class from its launch day, not the day before: 2 classes
    /// (Standard, Glacier) before 2015-09-16, then one more at each launch, 7 from 2021-11-30.
    #[test]
    fn each_class_is_listed_from_its_launch_day() {
        use crate::calc::s3::tests::LAUNCHES;
        for (n, (class, launch)) in LAUNCHES.into_iter().enumerate() {
            let before = launch.yesterday().unwrap();
            let old = classes(&mut FactBook::new(Registry::builtin(), before)).unwrap();
            let new = classes(&mut FactBook::new(Registry::builtin(), launch)).unwrap();
            let has = |r: &Report| {
                r.table
                    .as_ref()
                    .unwrap()
                    .rows
                    .iter()
                    .any(|row| row[0] == Value::text(class.api_name()))
            };
            assert!(!has(&old) && has(&new), "{class}");
            assert_eq!(old.headline, format!("{} storage classes", n + 2));
            assert_eq!(new.headline, format!("{} storage classes", n + 3));
            assert!(
                old.notes.iter().any(|note| note
                    .text
                    .contains(&format!("later came {} ({launch})", class.name()))),
                "{:?}",
                old.notes
            );
        }
    }

    /// Before One Zone-IA and Glacier Instant Retrieval, the size note names only the
    /// classes listed; before Intelligent-Tiering, no note on its archive tiers.
    #[test]
    fn the_notes_name_only_the_classes_listed() {
        let r = classes(&mut FactBook::new(Registry::builtin(), date(2017, 6, 1))).unwrap();
        let notes: Vec<&str> = r.notes.iter().map(|n| n.text.as_str()).collect();
        assert!(notes.contains(
            &"Standard-IA bills each object as at least 128 KB; Glacier Flexible Retrieval adds \
              40 KB per object: `awscalc s3 small-objects` (awscalc takes KB as 1,024 bytes)"
        ), "{notes:?}");
        assert!(notes.contains(&"S3 Express One Zone (directory buckets) is not listed"));
        assert!(!r
            .facts
            .iter()
            .any(|f| f.fact.handle() == fact::AZS_ONE_ZONE));
        let early = classes(&mut FactBook::new(Registry::builtin(), date(2014, 1, 1))).unwrap();
        assert!(early.notes.iter().any(|n| n
            .text
            .starts_with("Glacier Flexible Retrieval adds 40 KB per object")));
    }

    /// Intelligent-Tiering had a 30-day minimum until September 2021.
    #[test]
    fn intelligent_tiering_had_30_days_before_september_2021() {
        let mut book = FactBook::new(Registry::builtin(), date(2020, 6, 1));
        let r = classes(&mut book).unwrap();
        assert_eq!(row(&r, "INTELLIGENT_TIERING")[1], "30 days");
        assert!(r
            .notes
            .iter()
            .any(|n| n.text.contains("Intelligent-Tiering") && n.text.contains("2021-09-02")));
    }
}
