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

use jiff::civil::Date;
use rust_decimal::Decimal;
use serde::Serialize;

use super::{object_bytes, Problem, StorageClass};
use crate::error::Error;
use crate::facts::s3 as fact;
use crate::facts::{Fact, FactBook};
use crate::steps::{Expr, Step, Unit};
use crate::units::{KbConvention, Size};

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

/// What each step of `s3 early-delete` computes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum EarlyStep {
    /// Days in the class: the age it left at less the age it entered at.
    DaysIn,
    /// The class's minimum storage duration, a fact.
    MinDays,
    /// Days billed: the stay or the minimum, whichever is longer.
    Billed,
    /// Days charged as early deletion.
    Early,
}

/// When a fact had a value other than the one used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "when", content = "date", rename_all = "snake_case")]
pub enum Era {
    /// Until the day before this date.
    Before(#[serde(serialize_with = "super::date_text")] Date),
    /// From this date.
    Since(#[serde(serialize_with = "super::date_text")] Date),
    /// Undated.
    Once,
}

/// A class's minimum on other dates, and the days it would bill.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct OtherMinimum {
    /// The minimum then.
    pub min_days: Decimal,
    /// When.
    pub era: Era,
    /// Days billed with it.
    pub billed_days: Decimal,
}

/// `s3 early-delete`, computed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EarlyDeletion {
    /// The class.
    #[serde(serialize_with = "super::class_id")]
    pub class: StorageClass,
    /// Days stored in the class.
    pub days_stored: Decimal,
    /// The class's minimum storage duration (0 for S3 Standard).
    pub min_days: Decimal,
    /// Days billed.
    pub billed_days: Decimal,
    /// Days charged as early deletion.
    pub early_delete_days: Decimal,
    /// For a stay given by ages: days billed with the minimum counted from creation (a
    /// mistaken reading), and its early days alone.
    pub from_creation: Option<(Decimal, Decimal)>,
    /// The class's minimum on other dates.
    pub other_minimums: Vec<OtherMinimum>,
    /// The derivation.
    pub steps: Vec<Step<EarlyStep>>,
}

/// `awscalc s3 early-delete`: days billed for an object deleted (or moved out) after a stay.
///
/// ```
/// use awscalc::calc::s3::billing::{early_delete, EarlyDelete, Stay};
/// use awscalc::calc::s3::StorageClass;
/// use awscalc::facts::{FactBook, Registry};
///
/// // Glacier Flexible Retrieval (90-day minimum) deleted after 60 days: billed 90, 30 early.
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 11, 30));
/// let request = EarlyDelete { class: StorageClass::Glacier, stay: Stay::Days(60) };
/// let result = early_delete(&request, &mut book).unwrap();
/// assert_eq!((result.billed_days, result.early_delete_days), (90.into(), 30.into()));
///
/// // Leaving on day 10 after entering on day 30 cannot be.
/// let backwards = EarlyDelete { stay: Stay::Ages { entered: 30, left: 10 }, ..request };
/// assert!(early_delete(&backwards, &mut book).is_err());
/// ```
///
/// # Errors
/// [`Error::NotYetAvailable`] for a class that did not exist on the book's date;
/// [`Problem::LeavesBeforeEntering`] when the object leaves before it entered.
pub fn early_delete(request: &EarlyDelete, book: &mut FactBook) -> Result<EarlyDeletion, Error> {
    let class = request.class;
    class.check_exists(book)?;
    let mut steps = Vec::new();
    let days = match request.stay {
        Stay::Days(days) => Expr::quantity("days_stored", days.into(), Unit::Days),
        Stay::Ages { entered, left } => {
            if left < entered {
                return Err(Problem::LeavesBeforeEntering {
                    class,
                    entered,
                    left,
                }
                .into());
            }
            let step = Step::new(
                EarlyStep::DaysIn,
                Expr::quantity("left", left.into(), Unit::Days).minus(Expr::quantity(
                    "entered",
                    entered.into(),
                    Unit::Days,
                )),
            )?;
            let days = Expr::earlier("days_stored", &step);
            steps.push(step);
            days
        }
    };
    let days_stored = days.eval()?;
    let min = class.min_days(book)?;
    let min_expr = Expr::quantity("min_days", min, Unit::Days);
    if class.min_days_fact().is_some() {
        steps.push(Step::new(EarlyStep::MinDays, min_expr.clone())?);
    }
    let billed = Step::new(EarlyStep::Billed, Expr::max(vec![days.clone(), min_expr]))?;
    let early = Step::new(
        EarlyStep::Early,
        Expr::earlier("billed_days", &billed).minus(days),
    )?;
    let (billed_days_value, early_days) = (billed.value, early.value);
    steps.extend([billed, early]);
    let from_creation = match request.stay {
        Stay::Ages { left, .. } => {
            let rest = (min - Decimal::from(left)).max(Decimal::ZERO);
            Some((days_stored + rest, rest))
        }
        Stay::Days(_) => None,
    };
    let other_minimums = class
        .min_days_fact()
        .and_then(|id| book.fact(id).ok())
        .map(|fact| {
            other_values(fact, min)
                .into_iter()
                .map(|(other, era)| OtherMinimum {
                    min_days: other,
                    era,
                    billed_days: billed_days(days_stored, other),
                })
                .collect()
        })
        .unwrap_or_default();
    Ok(EarlyDeletion {
        class,
        days_stored,
        min_days: min,
        billed_days: billed_days_value,
        early_delete_days: early_days,
        from_creation,
        other_minimums,
        steps,
    })
}

/// The values a fact had on other dates than the one used, with when.
pub(super) fn other_values(fact: &Fact, used: Decimal) -> Vec<(Decimal, Era)> {
    let mut out: Vec<(Decimal, Era)> = Vec::new();
    for (i, entry) in fact.history.iter().enumerate() {
        let Some(value) = entry.value else { continue };
        if value == used || out.iter().any(|(v, _)| *v == value) {
            continue;
        }
        let era = match (entry.since, fact.history.get(i + 1).and_then(|e| e.since)) {
            (_, Some(until)) => Era::Before(until),
            (Some(since), None) => Era::Since(since),
            (None, None) => Era::Once,
        };
        out.push((value, era));
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
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

/// The constants small-object billing needs, in bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct SizeRules {
    /// The minimum billable size (Standard-IA, One Zone-IA, Glacier IR).
    pub min_bytes: Decimal,
    /// The archive classes' overhead billed at S3 Standard rates.
    pub overhead_standard: Decimal,
    /// The archive classes' overhead billed at the archive rate.
    pub overhead_archive: Decimal,
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

/// What each step of `s3 small-objects --class` computes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum SizeStep {
    /// Billed per object: at least the minimum billable size.
    AtLeastMinimum,
    /// At the archive class's rate: the object and the archive index.
    ArchiveRate,
    /// At S3 Standard rates: the name and metadata overhead, a fact.
    StandardRate,
    /// Billed per object at both rates.
    BothRates,
    /// Billed per object: its own size, in a class with no minimum or overhead.
    OwnSize,
    /// Billed for all objects.
    AllObjects,
}

/// One class's bill for the objects.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ClassBill {
    /// The class.
    #[serde(serialize_with = "super::class_id")]
    pub class: StorageClass,
    /// Billed per object.
    pub each: BilledSize,
    /// Billed for all objects.
    pub total: Decimal,
}

/// The answer of `s3 small-objects`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "form", rename_all = "snake_case")]
pub enum SizeAnswer {
    /// One class's arithmetic.
    One {
        /// The bill.
        bill: ClassBill,
        /// Bytes billed beyond the objects' own, for all objects.
        extra_bytes: Decimal,
        /// The total with KB taken as 1,000 bytes, in the size and in AWS's rules (a
        /// reading).
        total_decimal_kb: Decimal,
        /// The derivation.
        steps: Vec<Step<SizeStep>>,
    },
    /// Every class that existed on the book's date.
    Every {
        /// Each class's bill, in waterfall order.
        bills: Vec<ClassBill>,
    },
}

/// `s3 small-objects`, computed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SmallObjectBill {
    /// Bytes per object.
    pub bytes: Decimal,
    /// Objects.
    pub objects: Decimal,
    /// The rules in force.
    pub rules: SizeRules,
    /// The answer.
    pub answer: SizeAnswer,
}

/// `awscalc s3 small-objects`: bytes billed per object and in total.
///
/// ```
/// use awscalc::calc::s3::billing::{small_objects, SizeAnswer, SmallObjects};
/// use awscalc::calc::s3::StorageClass;
/// use awscalc::facts::{FactBook, Registry};
///
/// // 1,000 objects of 50 KB in Standard-IA: each billed 128 KB, 131,072,000 bytes in all.
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 11, 30));
/// let request = SmallObjects {
///     size: "50kb".parse().unwrap(),
///     objects: Some(1000),
///     class: Some(StorageClass::StandardIa),
/// };
/// let bill = small_objects(&request, &mut book).unwrap();
/// assert!(matches!(bill.answer, SizeAnswer::One { bill, .. } if bill.total == 131_072_000.into()));
///
/// // Half a byte is not a size S3 bills.
/// let half = SmallObjects { size: "0.5b".parse().unwrap(), ..request };
/// assert!(small_objects(&half, &mut book).is_err());
/// ```
///
/// # Errors
/// A class that did not exist on the book's date ([`Error::NotYetAvailable`]), sizes above
/// 1 EiB or fractions of a byte, or totals too large.
pub fn small_objects(
    request: &SmallObjects,
    book: &mut FactBook,
) -> Result<SmallObjectBill, Error> {
    if let Some(class) = request.class {
        class.check_exists(book)?;
    }
    let bytes = object_bytes(&request.size, KbConvention::Binary)?;
    let objects = Decimal::from(request.objects.unwrap_or(1));
    let rules = SizeRules {
        min_bytes: book.value(fact::MIN_BILLABLE_OBJECT_BYTES)?,
        overhead_standard: book.value(fact::ARCHIVE_OVERHEAD_STANDARD_BYTES)?,
        overhead_archive: book.value(fact::ARCHIVE_OVERHEAD_ARCHIVE_BYTES)?,
    };
    let times = |b: Decimal| b.checked_mul(objects).ok_or(Error::Overflow);
    let answer = if let Some(class) = request.class {
        let each = billed_size(class, bytes, rules);
        let object = || Expr::quantity("object_bytes", bytes, Unit::Bytes);
        let mut steps = Vec::new();
        let per_object = if class.has_min_billable_size() {
            let step = Step::new(
                SizeStep::AtLeastMinimum,
                Expr::max(vec![
                    object(),
                    Expr::quantity("min_bytes", rules.min_bytes, Unit::Bytes),
                ]),
            )?;
            let e = Expr::earlier("billed_bytes_per_object", &step);
            steps.push(step);
            e
        } else if class.has_archive_overhead() {
            let at_class = Step::new(
                SizeStep::ArchiveRate,
                Expr::sum(vec![
                    object(),
                    Expr::quantity(
                        "overhead_archive_bytes",
                        rules.overhead_archive,
                        Unit::Bytes,
                    ),
                ]),
            )?;
            let at_standard = Step::new(
                SizeStep::StandardRate,
                Expr::quantity(
                    "overhead_standard_bytes",
                    rules.overhead_standard,
                    Unit::Bytes,
                ),
            )?;
            let both = Step::new(
                SizeStep::BothRates,
                Expr::sum(vec![
                    Expr::earlier("class_rate_bytes", &at_class),
                    Expr::earlier("standard_rate_bytes", &at_standard),
                ]),
            )?;
            let e = Expr::earlier("billed_bytes_per_object", &both);
            steps.extend([at_class, at_standard, both]);
            e
        } else {
            let step = Step::new(SizeStep::OwnSize, object())?;
            let e = Expr::earlier("billed_bytes_per_object", &step);
            steps.push(step);
            e
        };
        let all = Step::new(
            SizeStep::AllObjects,
            per_object.times(Expr::quantity("objects", objects, Unit::Count)),
        )?;
        let total = all.value;
        steps.push(all);
        SizeAnswer::One {
            bill: ClassBill { class, each, total },
            extra_bytes: times(each.total() - bytes)?,
            total_decimal_kb: decimal_kb_total(request, class, bytes, objects, rules),
            steps,
        }
    } else {
        let mut bills = Vec::new();
        for class in StorageClass::existing(book) {
            let each = billed_size(class, bytes, rules);
            bills.push(ClassBill {
                class,
                each,
                total: times(each.total())?,
            });
        }
        SizeAnswer::Every { bills }
    };
    Ok(SmallObjectBill {
        bytes,
        objects,
        rules,
        answer,
    })
}

/// The total with KB taken as 1,000 bytes, in the size and in AWS's 128 KB and 40 KB.
fn decimal_kb_total(
    request: &SmallObjects,
    class: StorageClass,
    bytes: Decimal,
    objects: Decimal,
    rules: SizeRules,
) -> Decimal {
    let thousand = Decimal::from(1000);
    let decimal_rules = SizeRules {
        min_bytes: rules.min_bytes / Decimal::from(1024) * thousand,
        overhead_standard: rules.overhead_standard / Decimal::from(1024) * thousand,
        overhead_archive: rules.overhead_archive / Decimal::from(1024) * thousand,
    };
    let decimal_bytes = object_bytes(&request.size, KbConvention::Decimal).unwrap_or(bytes);
    billed_size(class, decimal_bytes, decimal_rules).total() * objects
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::testing::book;
    use crate::explain::s3::billing as words;
    use crate::facts::Registry;
    use crate::report::Report;
    use jiff::civil::date;

    fn one(bill: &SmallObjectBill) -> (ClassBill, &[Step<SizeStep>]) {
        match &bill.answer {
            SizeAnswer::One { bill, steps, .. } => (*bill, steps),
            SizeAnswer::Every { .. } => panic!("a table"),
        }
    }

    /// The issue's example: Glacier Flexible Retrieval, deleted after 60 days: billed 90,
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
        assert_eq!(r.billed_days, Decimal::from(90));
        assert_eq!(r.early_delete_days, Decimal::from(30));
        let whats: Vec<EarlyStep> = r.steps.iter().map(|s| s.what).collect();
        assert_eq!(
            whats,
            vec![EarlyStep::MinDays, EarlyStep::Billed, EarlyStep::Early]
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
        assert_eq!(r.billed_days, Decimal::from(180));
        assert_eq!(r.early_delete_days, Decimal::from(80));
    }

    /// Moved to Glacier at age 30, deleted at age 100: 70 days in Glacier, billed 90. Counted
    /// from creation (100 ≥ 90) it would be 70: the --expect hint names that reading.
    #[test]
    fn the_minimum_runs_from_the_transition() {
        let request = EarlyDelete {
            class: StorageClass::Glacier,
            stay: Stay::Ages {
                entered: 30,
                left: 100,
            },
        };
        let typed = early_delete(&request, &mut book()).unwrap();
        // 100 - 30 = 70 days in; from creation 100 ≥ 90, so 70 billed and 0 early.
        assert_eq!(typed.steps[0].what, EarlyStep::DaysIn);
        assert_eq!(typed.steps[0].value, Decimal::from(70));
        assert_eq!(typed.from_creation, Some((70.into(), 0.into())));
        let r = words::early_delete(
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
        assert_eq!(typed.days_stored, Decimal::from(70));
        assert_eq!(typed.billed_days, Decimal::from(90));
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
            words::early_delete(
                &EarlyDelete {
                    class: StorageClass::IntelligentTiering,
                    stay: Stay::Days(10),
                },
                &mut book,
            )
            .unwrap()
        };
        assert_eq!(
            crate::calc::testing::num(&ask(date(2021, 1, 1)), "billed_days"),
            Decimal::from(30)
        );
        let now = ask(date(2026, 1, 1));
        assert_eq!(
            crate::calc::testing::num(&now, "billed_days"),
            Decimal::from(10)
        );
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
            assert_eq!(r.billed_days, Decimal::from(billed), "{class}");
            assert_eq!(r.early_delete_days, Decimal::from(billed - 10), "{class}");
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
            words::small_objects(
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
            assert_eq!(
                crate::calc::testing::num(&r, "billed_bytes"),
                Decimal::from(billed),
                "{class}"
            );
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
        let request = SmallObjects {
            size: "50kb".parse().unwrap(),
            objects: Some(1000),
            class: Some(StorageClass::StandardIa),
        };
        let typed = small_objects(&request, &mut book()).unwrap();
        let (bill, steps) = one(&typed);
        assert_eq!(bill.each.total(), Decimal::from(131_072));
        assert_eq!(bill.total, Decimal::from(131_072_000));
        assert_eq!(steps[0].what, SizeStep::AtLeastMinimum);
        assert_eq!(steps[1].what, SizeStep::AllObjects);
        // KB as 1,000: max(50,000, 128,000) × 1,000.
        assert!(matches!(
            typed.answer,
            SizeAnswer::One { total_decimal_kb, extra_bytes, .. }
                if total_decimal_kb == Decimal::from(128_000_000)
                    && extra_bytes == Decimal::from(79_872_000)
        ));
        let r: Report = words::small_objects(&request, &mut book()).unwrap();
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
        let (bill, steps) = one(&r);
        assert_eq!(bill.each.class_rate, Decimal::from(83_968));
        assert_eq!(bill.each.standard_rate, Decimal::from(8192));
        assert_eq!(bill.total, Decimal::from(92_160));
        let whats: Vec<SizeStep> = steps.iter().map(|s| s.what).collect();
        assert_eq!(
            whats,
            vec![
                SizeStep::ArchiveRate,
                SizeStep::StandardRate,
                SizeStep::BothRates,
                SizeStep::AllObjects
            ]
        );
    }

    /// Leaving at age 10 after entering at age 30 is a typed conflict.
    #[test]
    fn leaving_before_entering_is_refused() {
        let err = early_delete(
            &EarlyDelete {
                class: StorageClass::Glacier,
                stay: Stay::Ages {
                    entered: 30,
                    left: 10,
                },
            },
            &mut book(),
        )
        .unwrap_err();
        assert_eq!(
            err,
            Error::S3(Problem::LeavesBeforeEntering {
                class: StorageClass::Glacier,
                entered: 30,
                left: 10
            })
        );
        assert_eq!(err.kind(), "conflict");
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
