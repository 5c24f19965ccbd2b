//! What S3 bills beyond what is stored: minimum storage durations (`awscalc s3
//! early-delete`) and minimum billable sizes and archive overhead (`awscalc s3
//! small-objects`).
//!
//! Early deletion, from storage-class-intro.html: "If you delete an object before the end
//! of the 30-day minimum storage duration period, you are charged for 30 days"; "If you
//! transition objects out of these storage classes before the minimum duration, you are
//! charged for the remainder of that duration". So `billed = max(days stored, minimum)`
//! and the prorated early-deletion charge covers `billed - days stored`.
//!
//! Small objects: "If an object is less than 128 KB, Amazon S3 charges you for 128 KB"
//! (Standard-IA, One Zone-IA, Glacier Instant Retrieval); each object in Glacier Flexible
//! Retrieval or Deep Archive adds 8 KB billed at S3 Standard rates and 32 KB at the
//! archive rate.

use rust_decimal::Decimal;

use super::{bytes_label, object_bytes, size_understood, StorageClass};
use crate::error::Error;
use crate::facts::s3 as fact;
use crate::facts::{Fact, FactBook};
use crate::report::{Alternative, Report, Table, Value};
use crate::units::{group, KbConvention, Size};

/// How long an object stayed in a class.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stay {
    /// Days spent in the class.
    Days(u32),
    /// Object ages (days since creation) when it entered the class by a lifecycle
    /// transition and when it left it (deleted, overwritten or transitioned on).
    Ages {
        /// Age when it entered the class.
        entered: u32,
        /// Age when it left.
        left: u32,
    },
}

/// `awscalc s3 early-delete`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EarlyDelete {
    /// The class the object was in.
    pub class: StorageClass,
    /// How long it stayed.
    pub stay: Stay,
}

/// The days billed for a stay of `days` in a class with minimum `min`.
#[must_use]
pub fn billed_days(days: Decimal, min: Decimal) -> Decimal {
    days.max(min)
}

/// `awscalc s3 early-delete`: days billed for an object deleted (or moved out) after a stay.
///
/// # Errors
/// [`Error::NotYetAvailable`] for a class that did not exist on the book's date;
/// [`Error::Conflict`] when the object leaves before it entered.
#[allow(clippy::too_many_lines)] // one derivation, read top to bottom
pub fn early_delete(request: &EarlyDelete, book: &mut FactBook) -> Result<Report, Error> {
    let class = request.class;
    class.check_exists(book)?;
    let mut report = Report::new("s3 early-delete", book.as_of());
    report.input(
        "class",
        class.api_name(),
        class.name().to_string(),
        Value::text(class.api_name()),
    );
    let days = match request.stay {
        Stay::Days(days) => {
            report.input(
                "days",
                &days.to_string(),
                format!("{} days in {}", group(Decimal::from(days)), class.name()),
                Value::number(days),
            );
            Decimal::from(days)
        }
        Stay::Ages { entered, left } => {
            if left < entered {
                return Err(Error::Conflict {
                    message: format!(
                        "the object leaves on day `{left}`, before it enters {} on day `{entered}`: \
                         give --left {entered} or later",
                        class.api_name()
                    ),
                });
            }
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
            report.step(
                format!("days in {}", class.api_name()),
                format!("{left} - {entered}"),
                Decimal::from(left - entered),
                "days",
            )
        }
    };
    let min = class.min_days(book)?;
    let min_label = if let Some(id) = class.min_days_fact() {
        report.step(
            format!("minimum storage duration of {}", class.api_name()),
            format!("fact {id}"),
            min,
            "days",
        );
        format!("{}-day minimum", group(min))
    } else {
        "no minimum".to_string()
    };
    let billed = report.step(
        "days billed: the stay or the minimum, whichever is longer",
        format!("max({}, {})", group(days), group(min)),
        billed_days(days, min),
        "days",
    );
    let early = report.step(
        "days charged as early deletion (prorated)",
        format!("{} - {}", group(billed), group(days)),
        billed - days,
        "days",
    );
    report.headline = if early.is_zero() {
        format!(
            "billed {} days: no early-deletion charge ({min_label})",
            group(billed)
        )
    } else {
        format!(
            "billed {} days: {} days charged as early deletion",
            group(billed),
            group(early)
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
    report.alternatives = early_alternatives(request, days, min, early, book);
    report.attach_facts(book);
    Ok(report)
}

/// Other readings: the early days alone, no minimum, the minimum counted from creation,
/// the class's minimum on other dates.
fn early_alternatives(
    request: &EarlyDelete,
    days: Decimal,
    min: Decimal,
    early: Decimal,
    book: &FactBook,
) -> Vec<Alternative> {
    let mut out = vec![
        Alternative {
            value: early,
            reading: "the early-deletion days alone, not the total billed".into(),
            distance: 1,
        },
        Alternative {
            value: days,
            reading: "the days stored, without the minimum storage duration".into(),
            distance: 1,
        },
    ];
    if let Stay::Ages { left, .. } = request.stay {
        let age = Decimal::from(left);
        out.push(Alternative {
            value: days + (min - age).max(Decimal::ZERO),
            reading: format!(
                "the minimum counted from the object's creation (age {left}) instead of its \
                 transition into {}",
                request.class.api_name()
            ),
            distance: 1,
        });
        out.push(Alternative {
            value: (min - age).max(Decimal::ZERO),
            reading: "the early-deletion days alone, counted from the object's creation".into(),
            distance: 2,
        });
    }
    if let Some(fact) = request
        .class
        .min_days_fact()
        .and_then(|id| book.fact(id).ok())
    {
        out.extend(
            other_values(fact, min)
                .into_iter()
                .map(|(other, when)| Alternative {
                    value: billed_days(days, other),
                    reading: format!(
                        "{} with the {}-day minimum it had {when}",
                        request.class.api_name(),
                        group(other)
                    ),
                    distance: 1,
                }),
        );
    }
    out
}

/// The values a fact had on other dates than the one used, with when (`before 2021-09-02`).
pub(super) fn other_values(fact: &Fact, used: Decimal) -> Vec<(Decimal, String)> {
    let mut out = Vec::new();
    for (i, entry) in fact.history.iter().enumerate() {
        let Some(value) = entry.value else { continue };
        if value == used || out.iter().any(|(v, _)| *v == value) {
            continue;
        }
        let when = match (entry.since, fact.history.get(i + 1).and_then(|e| e.since)) {
            (_, Some(until)) => format!("before {until}"),
            (Some(since), None) => format!("since {since}"),
            (None, None) => "once".to_string(),
        };
        out.push((value, when));
    }
    out
}

/// `awscalc s3 small-objects`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SmallObjects {
    /// The size of each object.
    pub size: Size,
    /// How many objects; `None` for one.
    pub objects: Option<u64>,
    /// One class, or all.
    pub class: Option<StorageClass>,
}

/// The billed bytes of one object in one class.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BilledSize {
    /// Bytes billed at the class's own rate.
    pub class_rate: Decimal,
    /// Bytes billed at S3 Standard rates (the archive classes' 8 KB).
    pub standard_rate: Decimal,
}

impl BilledSize {
    /// Both parts.
    #[must_use]
    pub fn total(&self) -> Decimal {
        self.class_rate + self.standard_rate
    }
}

/// The constants small-object billing needs.
#[derive(Debug, Clone, Copy)]
struct SizeRules {
    min_bytes: Decimal,
    overhead_standard: Decimal,
    overhead_archive: Decimal,
}

fn billed_size(class: StorageClass, bytes: Decimal, rules: SizeRules) -> BilledSize {
    if class.has_min_billable_size() {
        BilledSize {
            class_rate: bytes.max(rules.min_bytes),
            standard_rate: Decimal::ZERO,
        }
    } else if class.has_archive_overhead() {
        BilledSize {
            class_rate: bytes + rules.overhead_archive,
            standard_rate: rules.overhead_standard,
        }
    } else {
        BilledSize {
            class_rate: bytes,
            standard_rate: Decimal::ZERO,
        }
    }
}

/// `awscalc s3 small-objects`: bytes billed per object and in total.
///
/// # Errors
/// A class that did not exist on the book's date ([`Error::NotYetAvailable`]), sizes above
/// 1 EiB or fractions of a byte, or totals too large.
#[allow(clippy::too_many_lines)] // one derivation, read top to bottom
pub fn small_objects(request: &SmallObjects, book: &mut FactBook) -> Result<Report, Error> {
    if let Some(class) = request.class {
        class.check_exists(book)?;
    }
    let mut report = Report::new("s3 small-objects", book.as_of());
    let bytes = object_bytes(&request.size, KbConvention::Binary)?;
    let count = request.objects.unwrap_or(1);
    let objects = Decimal::from(count);
    report.input(
        "object_size",
        request.size.text(),
        size_understood(&request.size, bytes),
        Value::Map(vec![
            ("given".into(), Value::text(request.size.text())),
            ("bytes".into(), Value::from(bytes)),
        ]),
    );
    report.input(
        "objects",
        &request
            .objects
            .map_or_else(|| "default".to_string(), |n| n.to_string()),
        format!("{} objects", group(objects)),
        Value::from(objects),
    );
    let rules = SizeRules {
        min_bytes: book.value(fact::MIN_BILLABLE_OBJECT_BYTES)?,
        overhead_standard: book.value(fact::ARCHIVE_OVERHEAD_STANDARD_BYTES)?,
        overhead_archive: book.value(fact::ARCHIVE_OVERHEAD_ARCHIVE_BYTES)?,
    };
    let times = |b: Decimal| b.checked_mul(objects).ok_or(Error::Overflow);
    if let Some(class) = request.class {
        report.input(
            "class",
            class.api_name(),
            class.name().to_string(),
            Value::text(class.api_name()),
        );
        let each = billed_size(class, bytes, rules);
        if class.has_min_billable_size() {
            report.step(
                format!(
                    "billed per object: at least {}",
                    bytes_label(rules.min_bytes)
                ),
                format!("max({}, {})", group(bytes), group(rules.min_bytes)),
                each.class_rate,
                "bytes",
            );
        } else if class.has_archive_overhead() {
            report.step(
                format!(
                    "at the {} rate: object + {} index",
                    class.api_name(),
                    bytes_label(rules.overhead_archive)
                ),
                format!("{} + {}", group(bytes), group(rules.overhead_archive)),
                each.class_rate,
                "bytes",
            );
            report.step(
                format!(
                    "at S3 Standard rates: {} name and metadata",
                    bytes_label(rules.overhead_standard)
                ),
                "fact s3.archive_overhead_standard_bytes".to_string(),
                each.standard_rate,
                "bytes",
            );
            report.step(
                "billed per object, both rates",
                format!("{} + {}", group(each.class_rate), group(each.standard_rate)),
                each.total(),
                "bytes",
            );
        } else {
            report.step(
                "billed per object: the object's own size",
                format!("{} has no minimum size or overhead", class.api_name()),
                each.class_rate,
                "bytes",
            );
        }
        let total = report.step(
            "billed for all objects",
            format!("{} × {}", group(each.total()), group(objects)),
            times(each.total())?,
            "bytes",
        );
        report.field("billed_bytes", Value::from(total), "bytes");
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
        report.field(
            "extra_bytes",
            Value::from(times(each.total() - bytes)?),
            "bytes",
        );
        report.answer.push("billed_bytes".into());
        report.headline = format!(
            "{} bytes billed ({} per object) in {}",
            group(total),
            bytes_label(each.total()),
            class.api_name()
        );
        report.summary = format!(
            "{} objects of {} in {}",
            group(objects),
            request.size.text(),
            class.name()
        );
        report.alternatives = size_alternatives(request, class, bytes, objects, rules);
    } else {
        let mut rows = Vec::new();
        let mut list = Vec::new();
        for class in StorageClass::existing(book) {
            let each = billed_size(class, bytes, rules);
            let total = times(each.total())?;
            rows.push(vec![
                Value::text(class.api_name()),
                Value::from(each.class_rate),
                Value::from(each.standard_rate),
                Value::from(each.total()),
                Value::from(total),
            ]);
            list.push(Value::Map(vec![
                ("class".into(), Value::text(class.api_name())),
                (
                    "class_rate_bytes_per_object".into(),
                    Value::from(each.class_rate),
                ),
                (
                    "standard_rate_bytes_per_object".into(),
                    Value::from(each.standard_rate),
                ),
                ("billed_bytes_per_object".into(), Value::from(each.total())),
                ("billed_bytes".into(), Value::from(total)),
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
            "billed size of {} objects of {} in each class",
            group(objects),
            request.size.text()
        );
        report.summary = "give --class for one class's arithmetic".into();
        if let Some(note) = StorageClass::later_classes_note(book) {
            report.note(note);
        }
    }
    if bytes < rules.min_bytes {
        report.note(format!(
            "objects under {} are not moved by S3 Lifecycle by default (since {}){}",
            bytes_label(rules.min_bytes),
            super::small_object_default_since(book),
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

fn size_alternatives(
    request: &SmallObjects,
    class: StorageClass,
    bytes: Decimal,
    objects: Decimal,
    rules: SizeRules,
) -> Vec<Alternative> {
    let thousand = Decimal::from(1000);
    let decimal_rules = SizeRules {
        min_bytes: rules.min_bytes / Decimal::from(1024) * thousand,
        overhead_standard: rules.overhead_standard / Decimal::from(1024) * thousand,
        overhead_archive: rules.overhead_archive / Decimal::from(1024) * thousand,
    };
    let decimal_bytes = object_bytes(&request.size, KbConvention::Decimal).unwrap_or(bytes);
    let total = |b: Decimal, r: SizeRules| billed_size(class, b, r).total() * objects;
    let mut out = vec![
        Alternative {
            value: total(decimal_bytes, decimal_rules),
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
            value: billed_size(class, bytes, rules).class_rate * objects,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::testing::{book, num};
    use crate::facts::Registry;
    use jiff::civil::date;

    /// The example: Glacier Flexible Retrieval, deleted after 60 days: billed 90,
    /// 30 of them as early deletion (90-day minimum, storage-class-intro.html).
    #[test]
    fn glacier_deleted_after_60_days_bills_90() {
        let r = early_delete(
            &EarlyDelete {
                class: StorageClass::Glacier,
                stay: Stay::Days(60),
            },
            &mut book(),
        )
        .unwrap();
        assert_eq!(num(&r, "billed_days"), Decimal::from(90));
        assert_eq!(num(&r, "early_delete_days"), Decimal::from(30));
        assert_eq!(
            r.headline,
            "billed 90 days: 30 days charged as early deletion"
        );
    }

    /// Study notes A15 (003:691): Deep Archive (180 days) deleted at day 100 → 80 early days.
    #[test]
    fn study_notes_a15_deep_archive_deleted_at_100_days_bills_180() {
        let r = early_delete(
            &EarlyDelete {
                class: StorageClass::DeepArchive,
                stay: Stay::Days(100),
            },
            &mut book(),
        )
        .unwrap();
        assert_eq!(num(&r, "billed_days"), Decimal::from(180));
        assert_eq!(num(&r, "early_delete_days"), Decimal::from(80));
    }

    /// Moved to Glacier at age 30, deleted at age 100: 70 days in Glacier, billed 90. Counted
    /// from creation (100 ≥ 90) it would be 70: the --expect hint names that reading.
    #[test]
    fn the_minimum_runs_from_the_transition() {
        let r = early_delete(
            &EarlyDelete {
                class: StorageClass::Glacier,
                stay: Stay::Ages {
                    entered: 30,
                    left: 100,
                },
            },
            &mut book(),
        )
        .unwrap();
        assert_eq!(num(&r, "days_stored"), Decimal::from(70));
        assert_eq!(num(&r, "billed_days"), Decimal::from(90));
        let e = r.check("70").unwrap();
        assert!(!e.matches);
        assert!(
            e.hints
                .iter()
                .any(|h| h.contains("from the object's creation")),
            "{:?}",
            e.hints
        );
    }

    /// Intelligent-Tiering: 30-day minimum until 2021-09-02, none since.
    #[test]
    fn intelligent_tiering_minimum_follows_the_date() {
        let ask = |day| {
            let mut book = FactBook::new(Registry::builtin(), day);
            early_delete(
                &EarlyDelete {
                    class: StorageClass::IntelligentTiering,
                    stay: Stay::Days(10),
                },
                &mut book,
            )
            .unwrap()
        };
        assert_eq!(
            num(&ask(date(2021, 1, 1)), "billed_days"),
            Decimal::from(30)
        );
        let now = ask(date(2026, 1, 1));
        assert_eq!(num(&now, "billed_days"), Decimal::from(10));
        let e = now.check("30").unwrap();
        assert!(e.hints[0].contains("before 2021-09-02"), "{:?}", e.hints);
    }

    /// Each class is refused the day before it came and billed from that day:
    /// 10 days stored bill max(10, minimum): Standard-IA, One Zone-IA and Intelligent-Tiering
    /// (30 days until 2021-09-02) 30, Deep Archive 180, Glacier Instant Retrieval 90.
    #[test]
    fn early_deletion_of_each_class_from_its_launch_day() {
        use crate::calc::s3::tests::LAUNCHES;
        for ((class, launch), billed) in LAUNCHES.into_iter().zip([30, 30, 30, 180, 90]) {
            let ask = |day| {
                early_delete(
                    &EarlyDelete {
                        class,
                        stay: Stay::Days(10),
                    },
                    &mut FactBook::new(Registry::builtin(), day),
                )
            };
            let before = launch.yesterday().unwrap();
            assert_eq!(
                ask(before).unwrap_err().to_string(),
                format!(
                    "{} did not exist on {before}: it came on {launch}",
                    class.name()
                )
            );
            let r = ask(launch).unwrap();
            assert_eq!(num(&r, "billed_days"), Decimal::from(billed), "{class}");
            assert_eq!(
                num(&r, "early_delete_days"),
                Decimal::from(billed - 10),
                "{class}"
            );
        }
    }

    /// 50 KB (51,200 bytes) per class from its launch day: Standard-IA, One Zone-IA and
    /// Glacier Instant Retrieval bill 131,072; Intelligent-Tiering 51,200; Deep Archive
    /// 51,200 + 32,768 + 8,192 = 92,160. The day before, the class is refused by name and
    /// left out of the every-class table, with a note.
    #[test]
    fn small_objects_of_each_class_from_its_launch_day() {
        use crate::calc::s3::tests::LAUNCHES;
        let ask = |class, day| {
            small_objects(
                &SmallObjects {
                    size: "50kb".parse().unwrap(),
                    objects: None,
                    class,
                },
                &mut FactBook::new(Registry::builtin(), day),
            )
        };
        let listed = |r: &Report| -> Vec<String> {
            r.table
                .as_ref()
                .unwrap()
                .rows
                .iter()
                .map(|row| row[0].display())
                .collect()
        };
        for ((class, launch), billed) in LAUNCHES
            .into_iter()
            .zip([131_072, 131_072, 51_200, 92_160, 131_072])
        {
            let before = launch.yesterday().unwrap();
            let err = ask(Some(class), before).unwrap_err().to_string();
            assert!(
                err.starts_with(&format!("{} did not exist on {before}", class.name())),
                "{err}"
            );
            let r = ask(Some(class), launch).unwrap();
            assert_eq!(num(&r, "billed_bytes"), Decimal::from(billed), "{class}");
            let table = ask(None, before).unwrap();
            assert!(!listed(&table).contains(&class.api_name().to_string()));
            assert!(table
                .notes
                .iter()
                .any(|n| n.text.contains(&format!("{} ({launch})", class.name()))));
            assert!(listed(&ask(None, launch).unwrap()).contains(&class.api_name().to_string()));
        }
    }

    /// 50 KB in Standard-IA: billed 128 KB = 131,072 bytes each; 1,000 → 131,072,000.
    #[test]
    fn small_objects_in_ia_bill_128kb() {
        let r = small_objects(
            &SmallObjects {
                size: "50kb".parse().unwrap(),
                objects: Some(1000),
                class: Some(StorageClass::StandardIa),
            },
            &mut book(),
        )
        .unwrap();
        assert_eq!(num(&r, "billed_bytes_per_object"), Decimal::from(131_072));
        assert_eq!(num(&r, "billed_bytes"), Decimal::from(131_072_000));
        // KB as 1,000: max(50,000, 128,000) × 1,000.
        let e = r.check("128000000").unwrap();
        assert!(e.hints[0].contains("1,000 bytes"), "{:?}", e.hints);
    }

    /// 50 KB in Glacier Flexible Retrieval: 51,200 + 32,768 at Glacier rates, 8,192 at
    /// Standard rates: 92,160 bytes per object.
    #[test]
    fn small_objects_in_glacier_add_40kb() {
        let r = small_objects(
            &SmallObjects {
                size: "50kb".parse().unwrap(),
                objects: None,
                class: Some(StorageClass::Glacier),
            },
            &mut book(),
        )
        .unwrap();
        assert_eq!(
            num(&r, "class_rate_bytes_per_object"),
            Decimal::from(83_968)
        );
        assert_eq!(
            num(&r, "standard_rate_bytes_per_object"),
            Decimal::from(8192)
        );
        assert_eq!(num(&r, "billed_bytes"), Decimal::from(92_160));
    }

    #[test]
    fn a_fraction_of_a_byte_is_refused() {
        let err = small_objects(
            &SmallObjects {
                size: "0.5b".parse().unwrap(),
                objects: None,
                class: None,
            },
            &mut book(),
        )
        .unwrap_err()
        .to_string();
        assert!(err.contains("`0.5b`") && err.contains("whole"), "{err}");
    }
}
