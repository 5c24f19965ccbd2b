//! `awscalc s3 classes`: every storage class with its minimum storage duration, minimum
//! billable size, archive overhead, restore tiers, zones and designed availability.
//!
//! Source: <https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage-class-intro.html>
//! and, for restore times,
//! <https://docs.aws.amazon.com/AmazonS3/latest/userguide/restoring-objects-retrieval-options.html>.

use rust_decimal::Decimal;

use serde::Serialize;

use super::StorageClass;
use crate::error::Error;
use crate::facts::s3 as fact;
use crate::facts::FactBook;
use crate::facts::FactId;

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

/// One tier's typical times, in minutes, as read on the book's date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct TierTimes {
    /// `Expedited`, `Standard`, `Bulk`, or `GET`.
    pub tier: &'static str,
    /// The fastest typical time, where AWS gives one.
    pub min_minutes: Option<Decimal>,
    /// The slowest typical time; `None` for a GET in milliseconds.
    pub max_minutes: Option<Decimal>,
}

/// One storage class as it was on the book's date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ClassFacts {
    /// The class.
    #[serde(serialize_with = "super::class_id")]
    pub class: StorageClass,
    /// The minimum storage duration in days (0: none).
    pub min_days: Decimal,
    /// The minimum billable size in bytes, where the class has one.
    pub min_billable_bytes: Option<Decimal>,
    /// The archive overhead in bytes, where the class has one.
    pub archive_overhead_bytes: Option<Decimal>,
    /// Availability Zones: exactly this many for One Zone-IA, at least for the others.
    pub availability_zones: Decimal,
    /// Designed availability, percent.
    pub availability_percent: Decimal,
    /// The retrieval tiers.
    pub retrieval: Vec<TierTimes>,
}

/// `s3 classes`, computed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Classes {
    /// Every class that existed on the book's date, in waterfall order.
    pub classes: Vec<ClassFacts>,
    /// The minimum billable size, bytes.
    pub min_billable_bytes: Decimal,
    /// The archive overhead billed at S3 Standard rates, bytes.
    pub overhead_standard_bytes: Decimal,
    /// The archive overhead billed at the archive rate, bytes.
    pub overhead_archive_bytes: Decimal,
}

/// `awscalc s3 classes`: the classes that existed on the book's date, with the values in
/// force then.
///
/// ```
/// use awscalc::calc::s3::classes::classes;
/// use awscalc::calc::s3::StorageClass;
/// use awscalc::facts::{FactBook, Registry};
///
/// // Glacier Flexible Retrieval: 90 days minimum, 8 KB + 32 KB = 40,960 bytes overhead.
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 11, 30));
/// let all = classes(&mut book).unwrap();
/// let glacier = all.classes.iter().find(|c| c.class == StorageClass::Glacier).unwrap();
/// assert_eq!(glacier.min_days, 90.into());
/// assert_eq!(glacier.archive_overhead_bytes, Some(40_960.into()));
///
/// // Before Standard-IA (2015-09-16) only Standard and Glacier are listed.
/// let mut old = FactBook::new(Registry::builtin(), jiff::civil::date(2014, 1, 1));
/// assert_eq!(classes(&mut old).unwrap().classes.len(), 2);
/// ```
///
/// # Errors
/// Only through a bug (an unknown fact).
pub fn classes(book: &mut FactBook) -> Result<Classes, Error> {
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
    let mut out = Vec::new();
    for &class in &existing {
        let min_days = class.min_days(book)?;
        let availability = book.value(class.availability_fact())?;
        let mut retrieval = Vec::new();
        for tier in TIERS.iter().filter(|t| t.class == class) {
            retrieval.push(TierTimes {
                tier: tier.tier,
                min_minutes: tier.min_fact.map(|id| book.value(id)).transpose()?,
                max_minutes: tier.max_fact.map(|id| book.value(id)).transpose()?,
            });
        }
        out.push(ClassFacts {
            class,
            min_days,
            min_billable_bytes: class.has_min_billable_size().then_some(min_size),
            archive_overhead_bytes: class
                .has_archive_overhead()
                .then_some(overhead_standard + overhead_archive),
            availability_zones: if class == StorageClass::OneZoneIa {
                one_zone_azs
            } else {
                regional_azs
            },
            availability_percent: availability,
            retrieval,
        });
    }
    Ok(Classes {
        classes: out,
        min_billable_bytes: min_size,
        overhead_standard_bytes: overhead_standard,
        overhead_archive_bytes: overhead_archive,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::explain::s3::classes::classes;
    use crate::facts::Registry;
    use crate::report::{Report, Value};
    use jiff::civil::date;

    fn row(report: &Report, class: &str) -> Vec<String> {
        report
            .table
            .as_ref()
            .unwrap()
            .rows
            .iter()
            .find(|r| r[0] == Value::text(class.to_owned()))
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
