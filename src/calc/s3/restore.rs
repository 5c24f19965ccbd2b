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

use std::fmt;
use std::str::FromStr;

use rust_decimal::Decimal;

use super::classes::{minutes_label, RetrievalTier, TIERS};
use super::StorageClass;
use crate::error::Error;
use crate::facts::FactBook;
use crate::report::{Report, Table, Value};
use crate::units::group;

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

    /// `6 h`, `90 min`, `45 s`: the largest whole unit.
    #[must_use]
    pub fn label(&self) -> String {
        seconds_label(self.seconds)
    }
}

fn seconds_label(seconds: Decimal) -> String {
    let minute = Decimal::from(60);
    if seconds >= minute && (seconds % minute).is_zero() {
        minutes_label(seconds / minute)
    } else {
        format!("{} s", group(seconds.normalize()))
    }
}

impl fmt::Display for Deadline {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.label())
    }
}

impl FromStr for Deadline {
    type Err = Error;

    fn from_str(input: &str) -> Result<Deadline, Error> {
        let text = input.trim();
        let bad = |reason: String| Error::InvalidDuration {
            input: text.to_string(),
            reason,
            accepted: DEADLINE_FORMS,
        };
        let (value, unit) = crate::units::leading_number(text, "restore time", bad)?;
        let per = match unit.trim() {
            "" => return Err(bad("it has no unit".into())),
            word => crate::units::time_unit_seconds(word)
                .ok_or_else(|| bad(format!("unknown unit `{}`", word.to_ascii_lowercase())))?,
        };

        let seconds = value
            .checked_mul(Decimal::from(per))
            .ok_or(Error::TooLarge {
                what: "restore time",
                input: text.to_string(),
                max: "24 digits".into(),
            })?;
        Ok(Deadline {
            seconds: seconds.normalize(),
            text: text.to_string(),
        })
    }
}

/// Whether a tier returns data within the deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TierFit {
    /// The tier.
    pub tier: RetrievalTier,
    /// Fastest typical time in minutes, where AWS gives one.
    pub min_minutes: Option<Decimal>,
    /// Slowest typical time in minutes; `None` for a GET in milliseconds.
    pub max_minutes: Option<Decimal>,
    /// The verdict.
    pub fit: Fit,
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

/// `awscalc s3 restore --within 6h`: the tiers that return data within 6 hours.
///
/// # Errors
/// [`Error::NotYetAvailable`] for a class that did not exist on the book's date.
#[allow(clippy::too_many_lines)] // one derivation, read top to bottom
pub fn restore(request: &RestoreRequest, book: &mut FactBook) -> Result<Report, Error> {
    if let Some(class) = request.class {
        class.check_exists(book)?;
    }
    let mut report = Report::new("s3 restore", book.as_of());
    let within = &request.within;
    let minute = Decimal::from(60);
    report.input(
        "within",
        within.text(),
        if (within.seconds() % minute).is_zero() {
            format!(
                "{} = {} min",
                within.label(),
                group(within.seconds() / minute)
            )
        } else {
            format!("{} s", group(within.seconds()))
        },
        Value::Map(vec![
            ("given".into(), Value::text(within.text())),
            ("seconds".into(), Value::from(within.seconds())),
        ]),
    );
    if let Some(class) = request.class {
        report.input(
            "class",
            &class.to_string(),
            class.name().to_string(),
            Value::text(class.api_name()),
        );
    }
    let checked = fits(within, request.class, book)?;
    let mut rows = Vec::new();
    let mut list = Vec::new();
    for t in &checked {
        let text = t.tier.describe(book)?;
        let label = format!("{} {}", t.tier.class, t.tier.tier);
        match t.max_minutes {
            None => {
                report.steps.push(crate::report::Step {
                    label,
                    formula: "GET, milliseconds: no restore".into(),
                    value: Value::text(t.fit.id()),
                    unit: String::new(),
                });
            }
            Some(max) => {
                let cmp = if t.fit == Fit::Meets { "≤" } else { ">" };
                let formula = match (t.fit, t.min_minutes) {
                    (Fit::Possible, Some(min)) => format!(
                        "slowest {} {cmp} {}; fastest {} ≤ {}",
                        minutes_label(max),
                        within.label(),
                        minutes_label(min),
                        within.label()
                    ),
                    _ => format!("slowest {} {cmp} {}", minutes_label(max), within.label()),
                };
                report.steps.push(crate::report::Step {
                    label,
                    formula,
                    value: Value::text(t.fit.id()),
                    unit: String::new(),
                });
            }
        }
        let minutes = |m: Option<Decimal>| m.map_or(Value::Null, Value::from);
        list.push(Value::Map(vec![
            ("class".into(), Value::text(t.tier.class.api_name())),
            ("tier".into(), Value::text(t.tier.tier)),
            ("restore".into(), Value::Bool(t.max_minutes.is_some())),
            ("min_minutes".into(), minutes(t.min_minutes)),
            ("max_minutes".into(), minutes(t.max_minutes)),
            ("fit".into(), Value::text(t.fit.id())),
        ]));
        if t.fit == Fit::Meets {
            rows.push(vec![
                Value::text(t.tier.class.api_name()),
                Value::text(t.tier.tier),
                Value::text(match t.max_minutes {
                    None => "milliseconds, no restore".to_string(),
                    Some(_) => text
                        .strip_prefix(t.tier.tier)
                        .unwrap_or(&text)
                        .trim()
                        .to_string(),
                }),
            ]);
        }
    }
    let meeting: Vec<&TierFit> = checked.iter().filter(|t| t.fit == Fit::Meets).collect();
    report.detail("tiers", Value::List(list), "");
    report.field(
        "meeting",
        Value::List(
            meeting
                .iter()
                .map(|t| Value::text(format!("{}:{}", t.tier.class, t.tier.tier)))
                .collect(),
        ),
        "",
    );
    // The study notes' rule (003:412): the coldest class that still meets the time.
    let coldest = meeting
        .iter()
        .filter(|t| t.max_minutes.is_some())
        .max_by_key(|t| (t.tier.class, t.max_minutes));
    report.field(
        "coldest_archive",
        coldest.map_or(Value::Null, |t| {
            Value::text(format!("{}:{}", t.tier.class, t.tier.tier))
        }),
        "",
    );
    let scope = request
        .class
        .map_or_else(|| "any class".to_string(), |c| c.to_string());
    report.summary = format!(
        "retrieval tiers of {scope} that return data within {}",
        within.label()
    );
    report.headline = if meeting.is_empty() {
        let fastest = checked
            .iter()
            .filter_map(|t| t.max_minutes)
            .min()
            .map_or_else(String::new, |m| {
                format!("; the fastest typical time is {}", minutes_label(m))
            });
        format!(
            "no retrieval tier of {scope} returns data within {}{fastest}",
            within.label()
        )
    } else {
        let names: Vec<String> = meeting
            .iter()
            .map(|t| format!("{} {}", t.tier.class, t.tier.tier))
            .collect();
        match coldest {
            Some(t) => format!(
                "{} tier{} within {}; coldest archive: {} {} (up to {})",
                meeting.len(),
                if meeting.len() == 1 { "" } else { "s" },
                within.label(),
                t.tier.class,
                t.tier.tier,
                minutes_label(t.max_minutes.unwrap_or_default())
            ),
            None => format!("within {}: {}", within.label(), names.join(", ")),
        }
    };
    if meeting.is_empty() {
        report.field("verdict", Value::text("none"), "");
        report.answer.push("verdict".into());
    } else {
        report.table = Some(Table {
            columns: ["class", "tier", "typical time"].map(String::from).to_vec(),
            rows,
        });
        report.answer.push("meeting".into());
    }
    if checked.iter().any(|t| t.fit == Fit::Possible) {
        report.note(
            "\"possible\": the tier's fastest typical time is within the deadline but its slowest \
             is not, so it may not finish in time",
        );
    }
    if checked.iter().any(|t| t.max_minutes.is_some()) {
        report.note(
            "AWS gives typical times, not guarantees; Expedited's minutes hold for all but the \
             largest objects, and provisioned capacity helps ensure Expedited capacity is available; \
             Deep Archive has no Expedited tier (restoring-objects-retrieval-options)",
        );
        report.note(
            "a restore makes a temporary copy available: add the time to copy it elsewhere if you \
             need it permanently",
        );
    }
    if request.class.is_none() {
        if let Some(note) = StorageClass::later_classes_note(book) {
            report.note(note);
        }
    }
    if request.class.is_none_or(|c| c == StorageClass::GlacierIr)
        && StorageClass::GlacierIr.exists(book)
    {
        report.note(
            "Glacier Instant Retrieval needs no restore: a GET returns data in milliseconds, like \
             Standard and the IA classes",
        );
    }
    report.attach_facts(book);
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::Registry;
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
            restore(
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
        let mut book = FactBook::new(Registry::builtin(), date(2026, 11, 22));
        let r = restore(
            &RestoreRequest {
                within: "12h".parse().unwrap(),
                class: None,
            },
            &mut book,
        )
        .unwrap();
        assert_eq!(
            r.get("coldest_archive").unwrap().value,
            Value::text("DEEP_ARCHIVE:Standard")
        );
        assert!(r
            .headline
            .contains("coldest archive: DEEP_ARCHIVE Standard"));
    }
}
