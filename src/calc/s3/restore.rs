//! `awscalc s3 restore --within 6h [--class GLACIER]`: which classes and retrieval tiers
//! return data within a required time.
//!
//! From <https://docs.aws.amazon.com/AmazonS3/latest/userguide/restoring-objects-retrieval-options.html>:
//! Glacier Flexible Retrieval restores Expedited in 1–5 minutes (all but the largest
//! objects), Standard in 3–5 hours, Bulk in 5–12 hours; Deep Archive Standard within 12
//! hours and Bulk within 48 hours; Glacier Instant Retrieval (and every other class) is
//! read with a GET in milliseconds, without a restore.
//!
//! A tier meets the deadline when its slowest typical time is within it
//! (`max ≤ within`); a tier whose fastest time is within it but not its slowest may make
//! it and is reported as "possible", never as meeting it. AWS's times are "typically",
//! not guarantees.

use std::str::FromStr;

use rust_decimal::Decimal;

use serde::Serialize;

use super::classes::{RetrievalTier, TIERS};
use super::StorageClass;
use crate::error::Error;
use crate::facts::FactBook;
use crate::units::{Duration, DurationGrammar};

const DEADLINE_FORMS: &str =
    "a time with its unit, like 90s, 5min, 6h, 2d (s, min, h, d; m is minutes)";

/// A required restore time: `6h`, `5 min`, `90s`, `2d`, `1.5h`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deadline {
    seconds: Decimal,
    text: String,
}

impl Deadline {
    /// The time in seconds.
    #[must_use]
    pub fn seconds(&self) -> Decimal {
        self.seconds
    }

    /// The text as typed, trimmed.
    #[must_use]
    pub fn text(&self) -> &str {
        &self.text
    }
}

impl FromStr for Deadline {
    type Err = Error;

    fn from_str(input: &str) -> Result<Deadline, Error> {
        let duration = Duration::parse(
            input,
            &DurationGrammar {
                what: "restore time",
                bare_seconds: None,
                smallest_unit_seconds: 1,
                accepted: DEADLINE_FORMS,
            },
        )?;
        Ok(Deadline {
            seconds: duration.seconds(),
            text: duration.text().to_string(),
        })
    }
}

/// Whether a tier returns data within the deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Fit {
    /// Its slowest typical time is within the deadline (or it needs no restore).
    Meets,
    /// Its fastest typical time is within the deadline, its slowest is not.
    Possible,
    /// Even its fastest typical time (or, with no lower bound, its bound) is beyond it.
    Misses,
}

impl Fit {
    /// `meets`, `possible`, `misses`.
    #[must_use]
    pub fn id(self) -> &'static str {
        match self {
            Fit::Meets => "meets",
            Fit::Possible => "possible",
            Fit::Misses => "misses",
        }
    }
}

/// One tier checked against the deadline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TierFit {
    /// The tier (`GLACIER:Expedited` in JSON).
    #[serde(serialize_with = "tier_id")]
    pub tier: RetrievalTier,
    /// Fastest typical time in minutes, where AWS gives one.
    pub min_minutes: Option<Decimal>,
    /// Slowest typical time in minutes; `None` for a GET in milliseconds.
    pub max_minutes: Option<Decimal>,
    /// The verdict.
    pub fit: Fit,
}

/// A tier as `CLASS:Tier`, for `Serialize` derives.
fn tier_id<S: serde::Serializer>(tier: &RetrievalTier, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_str(&format_args!("{}:{}", tier.class, tier.tier))
}

/// Checks every tier (of `class`, or of every class that existed on the book's date)
/// against `within`.
///
/// # Errors
/// [`Error::NotYetAvailable`] for a class that did not exist on the book's date.
pub fn fits(
    within: &Deadline,
    class: Option<StorageClass>,
    book: &mut FactBook,
) -> Result<Vec<TierFit>, Error> {
    if let Some(class) = class {
        class.check_exists(book)?;
    }
    let existing = StorageClass::existing(book);
    let mut out = Vec::new();
    for tier in TIERS
        .iter()
        .filter(|t| class.is_none_or(|c| t.class == c) && existing.contains(&t.class))
    {
        let min_minutes = tier.min_fact.map(|id| book.value(id)).transpose()?;
        let max_minutes = tier.max_fact.map(|id| book.value(id)).transpose()?;
        let minute = Decimal::from(60);
        let within_s = within.seconds();
        let fit = match (min_minutes, max_minutes) {
            (_, None) => Fit::Meets,
            (_, Some(max)) if max * minute <= within_s => Fit::Meets,
            (Some(min), Some(_)) if min * minute <= within_s => Fit::Possible,
            _ => Fit::Misses,
        };
        out.push(TierFit {
            tier: *tier,
            min_minutes,
            max_minutes,
            fit,
        });
    }
    Ok(out)
}

/// `awscalc s3 restore`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RestoreRequest {
    /// The time within which the data must be readable.
    pub within: Deadline,
    /// One class only (default: every class).
    pub class: Option<StorageClass>,
}

/// `s3 restore`, computed: every tier checked, and the coldest archive tier that meets the
/// deadline (the study notes' rule, 003:412).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Restorable {
    /// Every tier checked, fastest first within each class.
    pub tiers: Vec<TierFit>,
    /// The coldest tier that needs a restore and meets the deadline.
    pub coldest: Option<TierFit>,
}

impl Restorable {
    /// The tiers that meet the deadline.
    #[must_use]
    pub fn meeting(&self) -> Vec<&TierFit> {
        self.tiers.iter().filter(|t| t.fit == Fit::Meets).collect()
    }
}

/// `awscalc s3 restore --within 6h`: the tiers that return data within 6 hours.
///
/// ```
/// use awscalc::calc::s3::restore::{restore, RestoreRequest};
/// use awscalc::calc::s3::StorageClass;
/// use awscalc::facts::{FactBook, Registry};
///
/// // Within 12 hours: Deep Archive Standard (up to 720 min) is the coldest that makes it.
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 11, 30));
/// let request = RestoreRequest { within: "12h".parse().unwrap(), class: None };
/// let result = restore(&request, &mut book).unwrap();
/// let coldest = result.coldest.unwrap();
/// assert_eq!((coldest.tier.class, coldest.tier.tier), (StorageClass::DeepArchive, "Standard"));
///
/// // Deep Archive did not exist in 2018: refused.
/// let mut old = FactBook::new(Registry::builtin(), jiff::civil::date(2018, 1, 1));
/// let deep = RestoreRequest { class: Some(StorageClass::DeepArchive), ..request };
/// assert!(restore(&deep, &mut old).is_err());
/// ```
///
/// # Errors
/// [`Error::NotYetAvailable`] for a class that did not exist on the book's date.
pub fn restore(request: &RestoreRequest, book: &mut FactBook) -> Result<Restorable, Error> {
    let tiers = fits(&request.within, request.class, book)?;
    let coldest = tiers
        .iter()
        .filter(|t| t.fit == Fit::Meets && t.max_minutes.is_some())
        .max_by_key(|t| (t.tier.class, t.max_minutes))
        .cloned();
    Ok(Restorable { tiers, coldest })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::explain::s3::restore as words;
    use crate::facts::Registry;
    use crate::report::Value;
    use jiff::civil::date;

    fn run(within: &str, class: Option<StorageClass>) -> Vec<(String, Fit)> {
        let mut book = FactBook::new(Registry::builtin(), date(2026, 11, 22));
        fits(&within.parse().unwrap(), class, &mut book)
            .unwrap()
            .into_iter()
            .map(|t| (format!("{}:{}", t.tier.class, t.tier.tier), t.fit))
            .collect()
    }

    fn meeting(within: &str, class: Option<StorageClass>) -> Vec<String> {
        run(within, class)
            .into_iter()
            .filter(|(_, f)| *f == Fit::Meets)
            .map(|(n, _)| n)
            .filter(|n| n.starts_with("GLACIER:") || n.starts_with("DEEP_ARCHIVE:"))
            .collect()
    }

    #[test]
    fn deadlines_parse_with_units() {
        let s = |t: &str| t.parse::<Deadline>().unwrap().seconds();
        assert_eq!(s("6h"), Decimal::from(21_600));
        assert_eq!(s("5 min"), Decimal::from(300));
        assert_eq!(s("5m"), Decimal::from(300));
        assert_eq!(s("90s"), Decimal::from(90));
        assert_eq!(s("1.5h"), Decimal::from(5400));
        assert_eq!(s("2d"), Decimal::from(172_800));
        for bad in ["", "6", "h", "6 weeks", "-1h", "0h", "1.2.3h"] {
            let err = bad.parse::<Deadline>().unwrap_err().to_string();
            assert!(err.contains(&format!("`{}`", bad.trim())), "{bad}: {err}");
        }
    }

    /// Study notes 003:406-411 (G8-G13): Expedited 1-5 min, Standard 3-5 h, Bulk 5-12 h,
    /// Deep Archive 12-48 h, Glacier Instant Retrieval milliseconds. Still AWS's figures
    /// (restoring-objects-retrieval-options), so no --as-of is needed.
    #[test]
    fn study_notes_003_406_411_retrieval_times() {
        let mut book = FactBook::new(Registry::builtin(), date(2026, 11, 22));
        let all = fits(&"1d".parse().unwrap(), None, &mut book).unwrap();
        let times = |class, tier: &str| {
            let t = all
                .iter()
                .find(|t| t.tier.class == class && t.tier.tier == tier)
                .unwrap();
            (t.min_minutes, t.max_minutes)
        };
        let m = |n: i64| Some(Decimal::from(n));
        assert_eq!(times(StorageClass::Glacier, "Expedited"), (m(1), m(5)));
        assert_eq!(times(StorageClass::Glacier, "Standard"), (m(180), m(300)));
        assert_eq!(times(StorageClass::Glacier, "Bulk"), (m(300), m(720)));
        assert_eq!(times(StorageClass::DeepArchive, "Standard"), (None, m(720)));
        assert_eq!(times(StorageClass::DeepArchive, "Bulk"), (None, m(2880)));
        assert_eq!(times(StorageClass::GlacierIr, "GET"), (None, None));
    }

    /// Study notes B47 (003:412): over 12 h acceptable → Deep Archive; minutes to 12 h →
    /// Flexible Retrieval; milliseconds → Instant Retrieval or Standard.
    /// 48 h: DA Bulk 2,880 min ≤ 2,880 → meets; 12 h: DA Standard 720 ≤ 720 meets, DA Bulk
    /// 2,880 > 720 misses; 6 h = 360 min: GFR Expedited 5 and Standard 300 meet, Bulk 720
    /// does not (its fastest, 300, is within: possible), DA Standard 720 > 360 misses.
    #[test]
    fn study_notes_b47_choose_archive_by_retrieval_time() {
        assert_eq!(
            meeting("48h", None),
            vec![
                "GLACIER:Expedited",
                "GLACIER:Standard",
                "GLACIER:Bulk",
                "DEEP_ARCHIVE:Standard",
                "DEEP_ARCHIVE:Bulk"
            ]
        );
        assert_eq!(
            meeting("12h", Some(StorageClass::DeepArchive)),
            vec!["DEEP_ARCHIVE:Standard"]
        );
        assert_eq!(
            meeting("6h", None),
            vec!["GLACIER:Expedited", "GLACIER:Standard"]
        );
        let six = run("6h", None);
        assert!(six.contains(&("GLACIER:Bulk".into(), Fit::Possible)));
        assert!(six.contains(&("DEEP_ARCHIVE:Standard".into(), Fit::Misses)));
        // Minutes: 5 min = Expedited's slowest, so only Expedited; 4 min: Expedited possible.
        assert_eq!(meeting("5min", None), vec!["GLACIER:Expedited"]);
        assert!(meeting("4min", None).is_empty());
        // Milliseconds: only the GET classes, Glacier Instant Retrieval among them.
        let second = run("1s", None);
        assert!(second.contains(&("GLACIER_IR:GET".into(), Fit::Meets)));
        assert!(meeting("1s", None).is_empty());
    }

    /// Deep Archive's tiers from 2019-03-27: 48 h the day before is met by Glacier's three
    /// tiers (coldest: Bulk, 12 h); from the launch by Deep Archive Bulk (48 h ≤ 48 h).
    /// Glacier Instant Retrieval's GET from 2021-11-30, and its note with it.
    #[test]
    fn tiers_of_a_class_come_with_it() {
        let ask = |day, class| {
            words::restore(
                &RestoreRequest {
                    within: "48h".parse().unwrap(),
                    class,
                },
                &mut FactBook::new(Registry::builtin(), day),
            )
        };
        let before = ask(date(2019, 3, 26), None).unwrap();
        assert_eq!(
            before.get("coldest_archive").unwrap().value,
            Value::text("GLACIER:Bulk")
        );
        assert!(before
            .notes
            .iter()
            .any(|n| n.text.contains("S3 Glacier Deep Archive (2019-03-27)")));
        let on = ask(date(2019, 3, 27), None).unwrap();
        assert_eq!(
            on.get("coldest_archive").unwrap().value,
            Value::text("DEEP_ARCHIVE:Bulk")
        );
        assert_eq!(
            ask(date(2019, 3, 26), Some(StorageClass::DeepArchive))
                .unwrap_err()
                .to_string(),
            "S3 Glacier Deep Archive did not exist on 2019-03-26: it came on 2019-03-27"
        );
        let gir = |day| {
            let r = ask(day, None).unwrap();
            (
                r.steps.iter().any(|s| s.label == "GLACIER_IR GET"),
                r.notes.iter().any(|n| {
                    n.text
                        .starts_with("Glacier Instant Retrieval needs no restore")
                }),
            )
        };
        assert_eq!(gir(date(2021, 11, 29)), (false, false));
        assert_eq!(gir(date(2021, 11, 30)), (true, true));
    }

    #[test]
    fn the_report_names_the_coldest_archive_that_meets_the_time() {
        let request = RestoreRequest {
            within: "12h".parse().unwrap(),
            class: None,
        };
        // 12 h = 720 min: Deep Archive Standard (720) meets, Bulk (2,880) misses.
        let typed = restore(
            &request,
            &mut FactBook::new(Registry::builtin(), date(2026, 11, 22)),
        )
        .unwrap();
        let coldest = typed.coldest.clone().unwrap();
        assert_eq!(coldest.tier.class, StorageClass::DeepArchive);
        assert_eq!(coldest.max_minutes, Some(Decimal::from(720)));
        assert_eq!(typed.meeting().len(), 9);
        let mut book = FactBook::new(Registry::builtin(), date(2026, 11, 22));
        let r = words::restore(&request, &mut book).unwrap();
        assert_eq!(
            r.get("coldest_archive").unwrap().value,
            Value::text("DEEP_ARCHIVE:Standard")
        );
        assert!(r
            .headline
            .contains("coldest archive: DEEP_ARCHIVE Standard"));
    }
}
