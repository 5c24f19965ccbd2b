//! `awscalc s3 design --hot 30 --retrieval 12h --keep 7y`: lifecycle rules proposed from
//! an access pattern, each checked by awscalc's own rule checker, ranked.
//!
//! The candidates (H = `--hot`, K = `--keep`), each a rule of the short syntax:
//!
//! 1. stay in S3 Standard: `expire:K`;
//! 2. `STANDARD_IA:H expire:K`, `GLACIER_IR:H expire:K`, `GLACIER:H expire:K`,
//!    `DEEP_ARCHIVE:H expire:K`: one transition when the objects cool;
//! 3. `STANDARD_IA:H GLACIER:H+30 expire:K`: Standard-IA, then Glacier Flexible Retrieval
//!    once Standard-IA's 30-day minimum storage duration has passed (the chaining rule of
//!    lifecycle-transition-general-considerations.html).
//!
//! Before 2026-07-16 a transition to Standard-IA needed objects at least 30 days old
//! (`s3.lifecycle_min_age_before_ia_days`): the Standard-IA day is then `max(H, 30)`. A
//! candidate is kept only when [`lifecycle::lifecycle`] finds it valid, every transition
//! applies to an object of `--size` (objects under 128 KB are not transitioned by default
//! since September 2024), and every class it moves objects into returns a read within
//! `--retrieval` ([`restore::fits`]: a class meets it when one of its tiers' slowest typical
//! time does, or may when only a fastest time does).
//!
//! Ranking, best first: classes that meet the retrieval time before those that only may;
//! then fewest days billed over the keep period (each class's stay raised to its minimum
//! storage duration, [`lifecycle::billing`]); then the colder class the objects end in
//! (further down S3's transition waterfall, where storage costs less per GB and reads cost
//! more); then fewer transitions (each is a request).

use std::cmp::Reverse;

use rust_decimal::Decimal;
use serde::Serialize;

use super::lifecycle::{self, Action, ActionKind, LifecycleRequest, Verdict};
use super::restore::{self, Deadline, Fit, TierFit};
use super::{class_id, parse_days, StorageClass, MAX_DAYS};
use crate::error::Error;
use crate::facts::s3 as fact;
use crate::facts::FactBook;
use crate::units::Size;

/// Days in a year of `--keep 7y`: lifecycle rules count whole days, and awscalc takes a
/// year as 365 of them (7y = 2,555 days; leap days are not added).
pub const DAYS_PER_YEAR: u32 = 365;

/// How long objects are kept: `2555`, `2555d`, `7y` (a year is 365 days).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Keep {
    /// The days.
    pub days: u32,
    /// The years typed, for `7y`.
    pub years: Option<u32>,
}

impl std::str::FromStr for Keep {
    type Err = Error;

    fn from_str(text: &str) -> Result<Keep, Error> {
        let trimmed = text.trim();
        let lower = trimmed.to_ascii_lowercase();
        let years = ["years", "year", "yr", "y"]
            .iter()
            .find_map(|unit| lower.strip_suffix(unit));
        if let Some(number) = years {
            let years = parse_days(number.trim(), "keep years").map_err(|_| not_whole(trimmed))?;
            let days = years
                .checked_mul(DAYS_PER_YEAR)
                .filter(|d| *d <= MAX_DAYS && *d > 0)
                .ok_or_else(|| Error::Invalid {
                    what: "keep time",
                    input: trimmed.to_string(),
                    reason: "it is not between 1 and 273 years".into(),
                    expected: KEEP_FORMS.into(),
                })?;
            return Ok(Keep {
                days,
                years: Some(years),
            });
        }
        let number = ["days", "day", "d"]
            .iter()
            .find_map(|unit| lower.strip_suffix(unit))
            .unwrap_or(&lower);
        let days = parse_days(number.trim(), "keep days").map_err(|_| not_whole(trimmed))?;
        if days == 0 {
            return Err(Error::Invalid {
                what: "keep time",
                input: trimmed.to_string(),
                reason: "an expiration is at least day 1".into(),
                expected: KEEP_FORMS.into(),
            });
        }
        Ok(Keep { days, years: None })
    }
}

/// The error for a keep time that is not a whole number of days or years.
fn not_whole(input: &str) -> Error {
    Error::Invalid {
        what: "keep time",
        input: input.to_string(),
        reason: "it is not a whole number of days or years".into(),
        expected: KEEP_FORMS.into(),
    }
}

const KEEP_FORMS: &str = "whole days or years, like 365, 400d, 7y (a year is 365 days)";

/// `awscalc s3 design`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DesignRequest {
    /// Days the objects stay hot (read often) in S3 Standard.
    pub hot: u32,
    /// How fast a later read must return.
    pub within: Deadline,
    /// How long objects are kept before they expire.
    pub keep: Keep,
    /// The objects' size.
    pub object_size: Option<Size>,
}

/// How a class the rule moves objects into is read within the retrieval time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ClassFit {
    /// The class.
    #[serde(serialize_with = "class_id")]
    pub class: StorageClass,
    /// Its best fit over its tiers.
    pub fit: Fit,
    /// The fastest tier with that fit (the tier a read uses).
    pub tier: TierFit,
}

/// A proposed rule that passes the checker.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Candidate {
    /// The rule's actions, in order.
    pub rule: Vec<Action>,
    /// Days billed over the keep period.
    pub billed_days: Decimal,
    /// Days billed beyond the days stored (early deletion).
    pub early_delete_days: Decimal,
    /// The worst fit of the classes the objects move into (`meets` for Standard only).
    pub fit: Fit,
    /// Each class the objects move into, with its fit.
    pub reads: Vec<ClassFit>,
    /// The class the objects end in.
    #[serde(serialize_with = "class_id")]
    pub ends_in: StorageClass,
}

/// Why a candidate is not proposed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum DropReason {
    /// A class it moves objects into returns no read within the retrieval time.
    TooSlow {
        /// The class.
        #[serde(serialize_with = "class_id")]
        class: StorageClass,
    },
    /// Objects of the size given are not transitioned (the 128 KB default).
    TooSmall,
    /// The keep period ends before the rule's last transition.
    ExpiresFirst,
    /// A class of the rule did not exist on the date.
    NotYet {
        /// The class.
        #[serde(serialize_with = "class_id")]
        class: StorageClass,
    },
}

/// A candidate not proposed, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Dropped {
    /// The rule.
    pub rule: Vec<Action>,
    /// Why.
    #[serde(flatten)]
    pub why: DropReason,
}

/// `s3 design`, computed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Design {
    /// The valid rules, best first; never empty (staying in Standard always fits).
    pub ranked: Vec<Candidate>,
    /// The candidates not proposed.
    pub dropped: Vec<Dropped>,
    /// The day the Standard-IA transition is on (`max(hot, wait)`).
    pub ia_day: u32,
    /// The wait before Standard-IA on the date.
    pub ia_wait: Decimal,
    /// The day AWS removed that wait (from the registry).
    #[serde(serialize_with = "super::optional_date")]
    pub ia_wait_removed: Option<jiff::civil::Date>,
    /// The object size in bytes, when given.
    pub object_bytes: Option<Decimal>,
    /// The smallest object transitioned by default on the date.
    pub min_transition_bytes: Decimal,
}

impl Design {
    /// The chosen rule: the first ranked.
    #[must_use]
    pub fn chosen(&self) -> &Candidate {
        &self.ranked[0]
    }
}

/// A rule as its short syntax: `STANDARD_IA:30 GLACIER:60 expire:2555`.
#[must_use]
pub fn rule_text(rule: &[Action]) -> String {
    rule.iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(" ")
}

/// A rule as the lifecycle configuration JSON `aws s3api put-bucket-lifecycle-configuration`
/// takes and `awscalc s3 lifecycle --file` reads back: one enabled rule with an empty
/// filter, its transitions and its expiration.
#[must_use]
pub fn configuration_json(rule: &[Action], id: &str) -> serde_json::Value {
    let mut transitions = Vec::new();
    let mut out = serde_json::Map::new();
    out.insert("ID".into(), id.into());
    out.insert("Status".into(), "Enabled".into());
    out.insert(
        "Filter".into(),
        serde_json::Value::Object(serde_json::Map::new()),
    );
    let mut expiration = None;
    for action in rule {
        match action.kind {
            ActionKind::Transition(class) => transitions.push(serde_json::json!({
                "Days": action.day,
                "StorageClass": class.api_name(),
            })),
            ActionKind::Expire => expiration = Some(serde_json::json!({ "Days": action.day })),
        }
    }
    if !transitions.is_empty() {
        out.insert("Transitions".into(), transitions.into());
    }
    if let Some(expiration) = expiration {
        out.insert("Expiration".into(), expiration);
    }
    serde_json::json!({ "Rules": [serde_json::Value::Object(out)] })
}

/// The candidate rules for hot days `hot`, the Standard-IA day `ia_day`, Standard-IA's
/// minimum storage duration `ia_min` and keep days `keep`, before any check.
#[must_use]
pub fn candidates(hot: u32, ia_day: u32, ia_min: u32, keep: u32) -> Vec<Vec<Action>> {
    let t = |class, day| Action {
        kind: ActionKind::Transition(class),
        day,
    };
    let expire = Action {
        kind: ActionKind::Expire,
        day: keep,
    };
    vec![
        vec![expire],
        vec![t(StorageClass::StandardIa, ia_day), expire],
        vec![t(StorageClass::GlacierIr, hot), expire],
        vec![t(StorageClass::Glacier, hot), expire],
        vec![t(StorageClass::DeepArchive, hot), expire],
        vec![
            t(StorageClass::StandardIa, ia_day),
            t(StorageClass::Glacier, ia_day.saturating_add(ia_min)),
            expire,
        ],
    ]
}

/// The best fit of `class` within `within`, and the fastest tier giving it.
fn class_fit(
    class: StorageClass,
    within: &Deadline,
    book: &mut FactBook,
) -> Result<ClassFit, Error> {
    let tiers = restore::fits(within, Some(class), book)?;
    let rank = |f: Fit| match f {
        Fit::Meets => 0,
        Fit::Possible => 1,
        Fit::Misses => 2,
    };
    let best = tiers
        .into_iter()
        .min_by_key(|t| (rank(t.fit), t.max_minutes))
        .ok_or_else(|| Error::UnknownFact(format!("s3 retrieval tiers of {class}")))?;
    Ok(ClassFit {
        class,
        fit: best.fit,
        tier: best,
    })
}

/// The classes a rule moves objects into, in order.
fn transitions(rule: &[Action]) -> Vec<StorageClass> {
    rule.iter()
        .filter_map(|a| match a.kind {
            ActionKind::Transition(c) => Some(c),
            ActionKind::Expire => None,
        })
        .collect()
}

/// Each class's fit within `within`, and the rule's: the worst of them (`meets` for none).
fn reads(
    classes: &[StorageClass],
    within: &Deadline,
    book: &mut FactBook,
) -> Result<(Vec<ClassFit>, Fit), Error> {
    let mut reads = Vec::new();
    for &class in classes {
        reads.push(class_fit(class, within, book)?);
    }
    let fit = if reads.iter().any(|r| r.fit == Fit::Misses) {
        Fit::Misses
    } else if reads.iter().all(|r| r.fit == Fit::Meets) {
        Fit::Meets
    } else {
        Fit::Possible
    };
    Ok((reads, fit))
}

/// `awscalc s3 design`: the candidates checked, filtered and ranked. The words are
/// [`crate::explain::s3::design::design`]'s.
///
/// ```
/// use awscalc::calc::s3::design::{design, rule_text, DesignRequest};
/// use awscalc::facts::{FactBook, Registry};
///
/// // Hot 30 days, reads within 12 hours, kept 7 years (2,555 days): every rule bills
/// // 2,555 days, and Deep Archive (Standard retrieval within 12 hours) is the coldest.
/// let request = DesignRequest {
///     hot: 30,
///     within: "12h".parse().unwrap(),
///     keep: "7y".parse().unwrap(),
///     object_size: None,
/// };
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 12, 1));
/// let result = design(&request, &mut book).unwrap();
/// assert_eq!(rule_text(&result.chosen().rule), "DEEP_ARCHIVE:30 expire:2555");
/// ```
///
/// # Errors
/// Sizes beyond exact arithmetic, or a registry without the S3 facts.
pub fn design(request: &DesignRequest, book: &mut FactBook) -> Result<Design, Error> {
    let ia_wait = book.value(fact::LIFECYCLE_MIN_AGE_BEFORE_IA_DAYS)?;
    let wait = u32::try_from(ia_wait).unwrap_or(u32::MAX);
    let ia_day = request.hot.max(wait);
    let existing = StorageClass::existing(book);
    // Before Standard-IA existed its candidates are dropped (`NotYet`), whatever their days.
    let ia_min = if existing.contains(&StorageClass::StandardIa) {
        u32::try_from(StorageClass::StandardIa.min_days(book)?).unwrap_or(u32::MAX)
    } else {
        0
    };
    let min_transition_bytes = book.value(fact::LIFECYCLE_MIN_TRANSITION_BYTES)?;
    let keep = request.keep.days;
    let rules = candidates(request.hot, ia_day, ia_min, keep);
    let mut ranked = Vec::new();
    let mut dropped = Vec::new();
    let mut object_bytes = None;
    let mut ia_wait_removed = None;
    for rule in rules {
        let classes = transitions(&rule);
        if let Some(&class) = classes.iter().find(|c| !existing.contains(c)) {
            dropped.push(Dropped {
                rule,
                why: DropReason::NotYet { class },
            });
            continue;
        }
        let last = rule.iter().rev().nth(1).map(|a| a.day);
        if last.is_some_and(|day| day >= keep) {
            dropped.push(Dropped {
                rule,
                why: DropReason::ExpiresFirst,
            });
            continue;
        }
        let checked = lifecycle::lifecycle(
            &LifecycleRequest {
                actions: rule.clone(),
                object_size: request.object_size.clone(),
                size_greater_than: None,
                created: None,
            },
            book,
        )?;
        object_bytes = checked.sizes.object;
        if let Some(wait) = checked.ia_wait {
            ia_wait_removed = Some(wait.removed);
        }
        let Verdict::Valid(valid) = checked.verdict else {
            // The candidates are built to pass; one that does not is not proposed.
            dropped.push(Dropped {
                rule,
                why: DropReason::ExpiresFirst,
            });
            continue;
        };
        if !valid.timeline.skipped.is_empty() {
            dropped.push(Dropped {
                rule,
                why: DropReason::TooSmall,
            });
            continue;
        }
        let (reads, fit) = reads(&classes, &request.within, book)?;
        if let Some(slow) = reads.iter().find(|r| r.fit == Fit::Misses) {
            dropped.push(Dropped {
                rule,
                why: DropReason::TooSlow { class: slow.class },
            });
            continue;
        }
        let billing = valid
            .billing
            .ok_or_else(|| Error::UnknownFact("expiration".into()))?;
        ranked.push(Candidate {
            ends_in: classes.last().copied().unwrap_or(StorageClass::Standard),
            rule,
            billed_days: billing.billed_days,
            early_delete_days: billing.early_delete_days,
            fit,
            reads,
        });
    }
    ranked.sort_by_key(|c| {
        (
            c.fit != Fit::Meets,
            c.billed_days,
            Reverse(c.ends_in),
            c.rule.len(),
        )
    });
    Ok(Design {
        ranked,
        dropped,
        ia_day,
        ia_wait,
        ia_wait_removed,
        object_bytes,
        min_transition_bytes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::Registry;
    use jiff::civil::date;

    fn run(hot: u32, within: &str, keep: &str, size: Option<&str>, day: (i16, i8, i8)) -> Design {
        let mut book = FactBook::new(Registry::builtin(), date(day.0, day.1, day.2));
        design(
            &DesignRequest {
                hot,
                within: within.parse().unwrap(),
                keep: keep.parse().unwrap(),
                object_size: size.map(|s| s.parse().unwrap()),
            },
            &mut book,
        )
        .unwrap()
    }

    fn texts(d: &Design) -> Vec<String> {
        d.ranked.iter().map(|c| rule_text(&c.rule)).collect()
    }

    #[test]
    fn keep_reads_days_and_years() {
        assert_eq!("7y".parse::<Keep>().unwrap().days, 2555);
        assert_eq!("400d".parse::<Keep>().unwrap().days, 400);
        assert_eq!("365".parse::<Keep>().unwrap().days, 365);
        for bad in ["0", "0y", "-1", "7x", "300y", "", "1.5y", "abc"] {
            let err = bad.parse::<Keep>().unwrap_err().to_string();
            assert!(err.contains('`'), "{bad}: {err}");
            assert!(err.contains("7y"), "{bad}: {err}");
        }
        assert_eq!("2 years".parse::<Keep>().unwrap().days, 730);
        assert_eq!("10days".parse::<Keep>().unwrap().days, 10);
    }

    /// Reads within 12 hours: Deep Archive Standard retrieval is "within 12 hours"
    /// (restoring-objects-retrieval-options.html), so every class fits; every rule keeps
    /// objects 2,555 days with no stay under a minimum (Standard-IA 30 days before Glacier
    /// at day 60), so each bills 2,555; the coldest, Deep Archive, ranks first; of the two ending in Glacier, the one with fewer
    /// transitions.
    #[test]
    fn twelve_hours_and_seven_years_choose_deep_archive() {
        let d = run(30, "12h", "7y", None, (2026, 12, 1));
        assert_eq!(
            texts(&d),
            [
                "DEEP_ARCHIVE:30 expire:2555",
                "GLACIER:30 expire:2555",
                "STANDARD_IA:30 GLACIER:60 expire:2555",
                "GLACIER_IR:30 expire:2555",
                "STANDARD_IA:30 expire:2555",
                "expire:2555",
            ]
        );
        assert!(d
            .ranked
            .iter()
            .all(|c| c.billed_days == Decimal::from(2555)));
    }

    /// Reads within 30 seconds: only classes read with a GET fit (Glacier Expedited is
    /// 1-5 minutes). Keep 100 days after 30 hot: Glacier IR's 70-day stay is billed as its
    /// 90-day minimum (30 + 90 = 120 days), Standard-IA's 70 days are 70 (100 days), so
    /// Standard-IA ranks first, then Standard (100 days, warmer), then Glacier IR.
    #[test]
    fn a_minimum_duration_longer_than_the_stay_ranks_a_class_lower() {
        let d = run(30, "30s", "100", None, (2026, 12, 1));
        assert_eq!(
            texts(&d),
            [
                "STANDARD_IA:30 expire:100",
                "expire:100",
                "GLACIER_IR:30 expire:100"
            ]
        );
        assert_eq!(d.ranked[2].billed_days, Decimal::from(120));
    }

    /// Before 2026-07-16 Standard-IA needed objects 30 days old: hot 7 days puts the
    /// Standard-IA transition at day 30, Glacier after it at day 60.
    #[test]
    fn before_the_change_standard_ia_waits_30_days() {
        let d = run(7, "12h", "365", None, (2026, 1, 1));
        assert_eq!(d.ia_day, 30);
        assert!(texts(&d).contains(&"STANDARD_IA:30 GLACIER:60 expire:365".to_string()));
        let now = run(7, "12h", "365", None, (2026, 12, 1));
        assert_eq!(now.ia_day, 7);
    }

    /// Objects of 50 KB are not transitioned by default since September 2024: only
    /// staying in Standard is proposed.
    #[test]
    fn small_objects_stay_in_standard() {
        let d = run(30, "12h", "365", Some("50kb"), (2026, 12, 1));
        assert_eq!(texts(&d), ["expire:365"]);
        assert!(d.dropped.iter().all(|x| x.why == DropReason::TooSmall));
    }

    #[test]
    fn a_keep_period_within_the_hot_days_only_expires() {
        let d = run(30, "12h", "30", None, (2026, 12, 1));
        assert_eq!(texts(&d), ["expire:30"]);
    }

    #[test]
    fn the_rule_json_reads_back() {
        let d = run(30, "12h", "7y", None, (2026, 12, 1));
        let rule = &d.chosen().rule;
        let text = configuration_json(rule, "awscalc-design").to_string();
        let back = super::super::config::parse_configuration(&text).unwrap();
        assert_eq!(&back[0].actions, rule);
    }
}
