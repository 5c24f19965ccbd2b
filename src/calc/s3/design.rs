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
use super::{class_id, parse_days, Problem, StorageClass, MAX_DAYS};
use crate::error::Error;
use crate::facts::s3 as fact;
use crate::facts::FactBook;
use crate::units::{Price, Size};

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
    /// The user's prices, to rank by cost with reads after the objects cool.
    pub prices: Option<DesignPrices>,
    /// Noncurrent versions, for a versioned bucket.
    pub versions: Option<Versions>,
}

/// Days in a month of `--reads-per-month` and of a price per GB-month: awscalc takes a
/// month as 30 days (AWS bills storage by the GB-month over calendar months; the report
/// says so).
pub const DAYS_PER_MONTH: u32 = 30;

/// Bytes in the GB of a price per GB: 1,024³, as awscalc reads S3 sizes (S3's KB is 1,024
/// bytes).
pub const BYTES_PER_GB: u64 = 1 << 30;

/// The most reads per month `--reads-per-month` takes.
pub const MAX_READS_PER_MONTH: u64 = 1_000_000_000;

/// What a price the user gives is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PriceKind {
    /// Storage, per GB-month (`--storage-price`).
    Storage,
    /// Retrieval, per GB read (`--retrieval-price`).
    Retrieval,
    /// Read requests, per 1,000 (`--request-price`).
    Requests,
}

/// A price the user gives for one storage class: `GLACIER=0.0036`, `ia=$0.01` (any class
/// spelling, [`StorageClass`]; the price in [`Price`]'s grammar).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClassPrice {
    /// The class.
    pub class: StorageClass,
    /// The price.
    pub price: Price,
}

const CLASS_PRICE_FORMS: &str = "CLASS=PRICE, like GLACIER=0.0036 or ia=$0.01";

impl std::str::FromStr for ClassPrice {
    type Err = Error;

    fn from_str(text: &str) -> Result<ClassPrice, Error> {
        let trimmed = text.trim();
        let Some((class, price)) = trimmed.split_once('=') else {
            return Err(Error::Invalid {
                what: "class price",
                input: trimmed.to_string(),
                reason: "no `=` between the class and the price".into(),
                expected: CLASS_PRICE_FORMS.into(),
            });
        };
        Ok(ClassPrice {
            class: class.parse()?,
            price: price.parse()?,
        })
    }
}

/// The user's prices for `s3 design --reads-per-month N` (awscalc holds none): each valid
/// rule is then ranked, after the retrieval fit, by its cost per object over the keep
/// period: storage (days billed × GB × price per GB-month / 30) and reads after the objects
/// cool (reads × (GB × retrieval price + request price / 1,000)).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DesignPrices {
    /// Reads of each object per month once it has cooled (after `--hot`).
    pub reads_per_month: u64,
    /// Price per GB-month of each class.
    pub storage: Vec<ClassPrice>,
    /// Price per GB retrieved from each class (for GLACIER and DEEP_ARCHIVE, the retrieval
    /// tier the rule reads with).
    pub retrieval: Vec<ClassPrice>,
    /// Price per 1,000 read requests of each class (GET, or a restore request); none given:
    /// requests are not priced.
    pub requests: Vec<ClassPrice>,
}

impl DesignPrices {
    /// The prices of one kind.
    #[must_use]
    pub fn of(&self, kind: PriceKind) -> &[ClassPrice] {
        match kind {
            PriceKind::Storage => &self.storage,
            PriceKind::Retrieval => &self.retrieval,
            PriceKind::Requests => &self.requests,
        }
    }

    /// The price of one kind for `class`, if given.
    #[must_use]
    pub fn price(&self, kind: PriceKind, class: StorageClass) -> Option<Decimal> {
        self.of(kind)
            .iter()
            .find(|p| p.class == class)
            .map(|p| p.price.value())
    }
}

/// One rule's cost per object, from the user's prices.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Cost {
    /// Reads after the objects cool, over the keep period: cold days × reads per month / 30.
    pub reads: Decimal,
    /// Storage: Σ days billed in each class × GB × its price per GB-month / 30.
    pub storage: Decimal,
    /// Retrieval: Σ reads in each class × GB × its retrieval price.
    pub retrieval: Decimal,
    /// Requests: Σ reads in each class × its request price / 1,000 (0 without request prices).
    pub requests: Decimal,
    /// The sum.
    pub total: Decimal,
}

/// Noncurrent versions in a versioned bucket: how long a version is kept once it is
/// noncurrent, and how many of the newest noncurrent versions are kept whatever their age.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Versions {
    /// Days a version is kept once it is noncurrent (`NoncurrentDays` of the expiration).
    pub noncurrent_keep: Keep,
    /// `NewerNoncurrentVersions` of the expiration: 1 to 100.
    pub newer_versions: Option<u32>,
}

/// The largest `NewerNoncurrentVersions`: "You can specify up to 100 noncurrent versions to
/// retain" (<https://docs.aws.amazon.com/AmazonS3/latest/API/API_NoncurrentVersionExpiration.html>).
pub const MAX_NEWER_VERSIONS: u32 = 100;

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
    /// The cost per object at the user's prices, with `--reads-per-month`.
    pub cost: Option<Cost>,
    /// The object's path through the rule, for the cost.
    #[serde(skip)]
    pub segments: Vec<lifecycle::Segment>,
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
    /// With `--versioned`: the rules for noncurrent versions, their days counted from when a
    /// version became noncurrent.
    pub noncurrent: Option<NoncurrentDesign>,
}

/// The noncurrent-version part of a design: the same candidates, checks and ranking as the
/// current versions', from [`NONCURRENT_FIRST_DAY`] to the noncurrent keep period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NoncurrentDesign {
    /// The valid rules, best first; never empty.
    pub ranked: Vec<Candidate>,
    /// The candidates not proposed.
    pub dropped: Vec<Dropped>,
    /// `NewerNoncurrentVersions` of the expiration.
    pub newer_versions: Option<u32>,
}

impl NoncurrentDesign {
    /// The chosen noncurrent rule: the first ranked.
    #[must_use]
    pub fn chosen(&self) -> &Candidate {
        &self.ranked[0]
    }
}

/// The earliest `NoncurrentDays` awscalc proposes for a noncurrent-version transition: 1.
/// The API reference gives no lower bound for a transition's `NoncurrentDays`
/// (API_NoncurrentVersionTransition.html); 1 is the least the noncurrent expiration takes
/// ("must be a non-zero positive integer", API_NoncurrentVersionExpiration.html).
pub const NONCURRENT_FIRST_DAY: u32 = 1;

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
    versioned_configuration_json(rule, None, id)
}

/// [`configuration_json`] with the noncurrent-version actions of a versioned bucket:
/// `NoncurrentVersionTransitions` (`NoncurrentDays`, `StorageClass`) and
/// `NoncurrentVersionExpiration` (`NoncurrentDays`, and `NewerNoncurrentVersions` when given).
#[must_use]
pub fn versioned_configuration_json(
    rule: &[Action],
    noncurrent: Option<(&[Action], Option<u32>)>,
    id: &str,
) -> serde_json::Value {
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
    if let Some((actions, newer)) = noncurrent {
        let mut transitions = Vec::new();
        let mut expiration = None;
        for action in actions {
            match action.kind {
                ActionKind::Transition(class) => transitions.push(serde_json::json!({
                    "NoncurrentDays": action.day,
                    "StorageClass": class.api_name(),
                })),
                ActionKind::Expire => {
                    let mut e = serde_json::Map::new();
                    e.insert("NoncurrentDays".into(), action.day.into());
                    if let Some(n) = newer {
                        e.insert("NewerNoncurrentVersions".into(), n.into());
                    }
                    expiration = Some(serde_json::Value::Object(e));
                }
            }
        }
        if !transitions.is_empty() {
            out.insert("NoncurrentVersionTransitions".into(), transitions.into());
        }
        if let Some(expiration) = expiration {
            out.insert("NoncurrentVersionExpiration".into(), expiration);
        }
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

/// Candidates checked, filtered and the valid ones unsorted, with what the checks read.
struct Checked {
    ranked: Vec<Candidate>,
    dropped: Vec<Dropped>,
    object_bytes: Option<Decimal>,
    ia_wait_removed: Option<jiff::civil::Date>,
}

/// Checks each rule: dropped when a class did not exist, when the objects expire before its
/// last transition, when a transition skips objects of the size, when a class is too slow.
fn check_rules(
    rules: Vec<Vec<Action>>,
    within: &Deadline,
    object_size: Option<&Size>,
    book: &mut FactBook,
) -> Result<Checked, Error> {
    let existing = StorageClass::existing(book);
    let mut out = Checked {
        ranked: Vec::new(),
        dropped: Vec::new(),
        object_bytes: None,
        ia_wait_removed: None,
    };
    for rule in rules {
        let classes = transitions(&rule);
        if let Some(&class) = classes.iter().find(|c| !existing.contains(c)) {
            out.dropped.push(Dropped {
                rule,
                why: DropReason::NotYet { class },
            });
            continue;
        }
        let keep = rule.last().map_or(0, |a| a.day);
        let last = rule.iter().rev().nth(1).map(|a| a.day);
        if last.is_some_and(|day| day >= keep) {
            out.dropped.push(Dropped {
                rule,
                why: DropReason::ExpiresFirst,
            });
            continue;
        }
        let checked = lifecycle::lifecycle(
            &LifecycleRequest {
                actions: rule.clone(),
                object_size: object_size.cloned(),
                size_greater_than: None,
                created: None,
            },
            book,
        )?;
        out.object_bytes = checked.sizes.object;
        if let Some(wait) = checked.ia_wait {
            out.ia_wait_removed = Some(wait.removed);
        }
        let Verdict::Valid(valid) = checked.verdict else {
            // The candidates are built to pass; one that does not is not proposed.
            out.dropped.push(Dropped {
                rule,
                why: DropReason::ExpiresFirst,
            });
            continue;
        };
        if !valid.timeline.skipped.is_empty() {
            out.dropped.push(Dropped {
                rule,
                why: DropReason::TooSmall,
            });
            continue;
        }
        let (reads, fit) = reads(&classes, within, book)?;
        if let Some(slow) = reads.iter().find(|r| r.fit == Fit::Misses) {
            out.dropped.push(Dropped {
                rule,
                why: DropReason::TooSlow { class: slow.class },
            });
            continue;
        }
        let billing = valid
            .billing
            .ok_or_else(|| Error::UnknownFact("expiration".into()))?;
        out.ranked.push(Candidate {
            ends_in: classes.last().copied().unwrap_or(StorageClass::Standard),
            rule,
            billed_days: billing.billed_days,
            early_delete_days: billing.early_delete_days,
            fit,
            reads,
            cost: None,
            segments: valid.timeline.segments,
        });
    }
    Ok(out)
}

/// Sorts valid rules best first: retrieval fit, cost (when priced), days billed, the colder
/// class, fewer transitions.
fn sort(ranked: &mut [Candidate]) {
    ranked.sort_by_key(|c| {
        (
            c.fit != Fit::Meets,
            c.cost.map(|c| c.total),
            c.billed_days,
            Reverse(c.ends_in),
            c.rule.len(),
        )
    });
}

/// `a × b`, or [`Error::Overflow`].
fn mul(a: Decimal, b: Decimal) -> Result<Decimal, Error> {
    a.checked_mul(b).ok_or(Error::Overflow)
}

/// `a / b` (b not zero), or [`Error::Overflow`].
fn div(a: Decimal, b: Decimal) -> Result<Decimal, Error> {
    a.checked_div(b).ok_or(Error::Overflow)
}

/// `a + b`, or [`Error::Overflow`].
fn add(a: Decimal, b: Decimal) -> Result<Decimal, Error> {
    a.checked_add(b).ok_or(Error::Overflow)
}

/// The classes the valid rules store objects in, in waterfall order.
fn classes_used(ranked: &[Candidate]) -> Vec<StorageClass> {
    let mut classes: Vec<StorageClass> = ranked
        .iter()
        .flat_map(|c| c.segments.iter().map(|s| s.class))
        .collect();
    classes.sort();
    classes.dedup();
    classes
}

/// Refuses a price given twice for a class, and a class the valid rules use without one.
fn check_prices(prices: &DesignPrices, used: &[StorageClass]) -> Result<(), Error> {
    let mut missing = Vec::new();
    for kind in [
        PriceKind::Storage,
        PriceKind::Retrieval,
        PriceKind::Requests,
    ] {
        let given = prices.of(kind);
        for (i, p) in given.iter().enumerate() {
            if given[..i].iter().any(|q| q.class == p.class) {
                return Err(Problem::PriceTwice {
                    kind,
                    class: p.class,
                }
                .into());
            }
        }
        if kind == PriceKind::Requests && given.is_empty() {
            continue;
        }
        let lacking: Vec<StorageClass> = used
            .iter()
            .copied()
            .filter(|c| prices.price(kind, *c).is_none())
            .collect();
        if !lacking.is_empty() {
            missing.push((kind, lacking));
        }
    }
    if missing.is_empty() {
        Ok(())
    } else {
        Err(Problem::MissingPrices { missing }.into())
    }
}

/// A rule's cost per object of `bytes` bytes hot for `hot` days, at the user's prices.
///
/// # Errors
/// [`Error::Overflow`] beyond exact arithmetic; a price missing (checked before).
pub fn cost(
    segments: &[lifecycle::Segment],
    hot: u32,
    bytes: Decimal,
    prices: &DesignPrices,
) -> Result<Cost, Error> {
    let gb = div(bytes, Decimal::from(BYTES_PER_GB))?;
    let month = Decimal::from(DAYS_PER_MONTH);
    let per_month = Decimal::from(prices.reads_per_month);
    let mut cost = Cost {
        reads: Decimal::ZERO,
        storage: Decimal::ZERO,
        retrieval: Decimal::ZERO,
        requests: Decimal::ZERO,
        total: Decimal::ZERO,
    };
    let price = |kind, class| {
        prices
            .price(kind, class)
            .ok_or_else(|| Error::UnknownFact(format!("{kind:?} price of {class}")))
    };
    for seg in segments {
        let (Some(to), Some(billed)) = (seg.to, seg.billed()) else {
            continue;
        };
        let storage = mul(mul(billed, price(PriceKind::Storage, seg.class)?)?, gb)?;
        cost.storage = add(cost.storage, div(storage, month)?)?;
        let cold = to.saturating_sub(seg.from.max(hot));
        let reads = div(mul(Decimal::from(cold), per_month)?, month)?;
        cost.reads = add(cost.reads, reads)?;
        let retrieval = mul(mul(reads, gb)?, price(PriceKind::Retrieval, seg.class)?)?;
        cost.retrieval = add(cost.retrieval, retrieval)?;
        if !prices.requests.is_empty() {
            let requests = mul(reads, price(PriceKind::Requests, seg.class)?)?;
            cost.requests = add(cost.requests, div(requests, Decimal::from(1000))?)?;
        }
    }
    cost.total = add(add(cost.storage, cost.retrieval)?, cost.requests)?;
    for v in [
        &mut cost.reads,
        &mut cost.storage,
        &mut cost.retrieval,
        &mut cost.requests,
        &mut cost.total,
    ] {
        *v = v.normalize();
    }
    Ok(cost)
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
///     prices: None,
///     versions: None,
/// };
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 12, 1));
/// let result = design(&request, &mut book).unwrap();
/// assert_eq!(rule_text(&result.chosen().rule), "DEEP_ARCHIVE:30 expire:2555");
///
/// // Reads after the objects cool, without the prices to weigh them: refused.
/// let reads = DesignRequest {
///     object_size: Some("1gb".parse().unwrap()),
///     prices: Some(awscalc::calc::s3::design::DesignPrices {
///         reads_per_month: 1,
///         storage: vec![],
///         retrieval: vec![],
///         requests: vec![],
///     }),
///     ..request
/// };
/// assert!(design(&reads, &mut book).is_err());
/// ```
///
/// # Errors
/// Sizes beyond exact arithmetic, a registry without the S3 facts; with prices, no object
/// size, a price given twice for a class, or a class the valid rules use without a price.
pub fn design(request: &DesignRequest, book: &mut FactBook) -> Result<Design, Error> {
    let ia_wait = book.value(fact::LIFECYCLE_MIN_AGE_BEFORE_IA_DAYS)?;
    let wait = u32::try_from(ia_wait).unwrap_or(u32::MAX);
    let ia_day = request.hot.max(wait);
    // Before Standard-IA existed its candidates are dropped (`NotYet`), whatever their days.
    let ia_min = if StorageClass::existing(book).contains(&StorageClass::StandardIa) {
        u32::try_from(StorageClass::StandardIa.min_days(book)?).unwrap_or(u32::MAX)
    } else {
        0
    };
    let min_transition_bytes = book.value(fact::LIFECYCLE_MIN_TRANSITION_BYTES)?;
    let rules = candidates(request.hot, ia_day, ia_min, request.keep.days);
    let checked = check_rules(rules, &request.within, request.object_size.as_ref(), book)?;
    let mut ranked = checked.ranked;
    if let Some(prices) = &request.prices {
        let bytes = checked.object_bytes.ok_or(Problem::ReadsWithoutSize)?;
        check_prices(prices, &classes_used(&ranked))?;
        for c in &mut ranked {
            c.cost = Some(cost(&c.segments, request.hot, bytes, prices)?);
        }
    }
    sort(&mut ranked);
    let noncurrent = match request.versions {
        Some(versions) => {
            let first = NONCURRENT_FIRST_DAY;
            let rules = candidates(
                first,
                first.max(wait),
                ia_min,
                versions.noncurrent_keep.days,
            );
            let mut checked =
                check_rules(rules, &request.within, request.object_size.as_ref(), book)?;
            sort(&mut checked.ranked);
            Some(NoncurrentDesign {
                ranked: checked.ranked,
                dropped: checked.dropped,
                newer_versions: versions.newer_versions,
            })
        }
        None => None,
    };
    Ok(Design {
        ranked,
        dropped: checked.dropped,
        ia_day,
        ia_wait,
        ia_wait_removed: checked.ia_wait_removed,
        object_bytes: checked.object_bytes,
        min_transition_bytes,
        noncurrent,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::Registry;
    use jiff::civil::date;

    /// `--keep` in years is refused outside "1 and 273 years", written as text; 273 is the
    /// most whole years within awscalc's `MAX_DAYS` (100,000 days at 365 a year).
    #[test]
    fn the_years_in_words_are_the_days_checked() {
        assert_eq!(MAX_DAYS / DAYS_PER_YEAR, 273);
        assert!("273y".parse::<Keep>().is_ok());
        let error = "274y".parse::<Keep>().unwrap_err().to_string();
        assert!(error.contains("between 1 and 273 years"), "{error}");
    }

    fn run(hot: u32, within: &str, keep: &str, size: Option<&str>, day: (i16, i8, i8)) -> Design {
        let mut book = FactBook::new(Registry::builtin(), date(day.0, day.1, day.2));
        design(
            &DesignRequest {
                hot,
                within: within.parse().unwrap(),
                keep: keep.parse().unwrap(),
                object_size: size.map(|s| s.parse().unwrap()),
                prices: None,
                versions: None,
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

    fn priced(reads: u64, requests: &[&str]) -> DesignRequest {
        let list = |items: &[&str]| items.iter().map(|p| p.parse().unwrap()).collect();
        DesignRequest {
            hot: 30,
            within: "12h".parse().unwrap(),
            keep: "390".parse().unwrap(),
            object_size: Some("1gb".parse().unwrap()),
            prices: Some(DesignPrices {
                reads_per_month: reads,
                storage: list(&[
                    "STANDARD=0.03",
                    "STANDARD_IA=0.015",
                    "GLACIER_IR=0.006",
                    "GLACIER=0.003",
                    "DEEP_ARCHIVE=0.0015",
                ]),
                retrieval: list(&[
                    "STANDARD=0",
                    "ia=$0.01",
                    "gir=0.03",
                    "glacier=0.03",
                    "deep=0.06",
                ]),
                requests: list(requests),
            }),
            versions: None,
        }
    }

    fn on_dec_1(request: &DesignRequest) -> Result<Design, Error> {
        design(
            request,
            &mut FactBook::new(Registry::builtin(), date(2026, 12, 1)),
        )
    }

    fn total(d: &Design, rule: &str) -> Decimal {
        d.ranked
            .iter()
            .find(|c| rule_text(&c.rule) == rule)
            .and_then(|c| c.cost)
            .unwrap()
            .total
    }

    fn dec(text: &str) -> Decimal {
        text.parse().unwrap()
    }

    /// 1 GiB objects hot 30 days, kept 390, read 3 times a month once cool (360 cold days:
    /// 36 reads). By hand, storage = Σ days × GB-month price / 30, retrieval = reads × price:
    /// Standard 390 × 0.03 / 30 = 0.39 + 0; Standard-IA 0.03 + 360 × 0.015 / 30 = 0.21 and
    /// 36 × 0.01 = 0.36: 0.57; IA then Glacier at 60: 0.03 + 0.015 + 330 × 0.003 / 30 = 0.078
    /// and 3 × 0.01 + 33 × 0.03 = 1.02: 1.098; Glacier 0.066 + 1.08 = 1.146; Glacier IR
    /// 0.102 + 1.08 = 1.182; Deep Archive 0.048 + 36 × 0.06 = 2.208.
    #[test]
    fn reads_after_cooling_rank_by_cost_at_the_users_prices() {
        let d = on_dec_1(&priced(3, &[])).unwrap();
        assert_eq!(
            texts(&d),
            [
                "expire:390",
                "STANDARD_IA:30 expire:390",
                "STANDARD_IA:30 GLACIER:60 expire:390",
                "GLACIER:30 expire:390",
                "GLACIER_IR:30 expire:390",
                "DEEP_ARCHIVE:30 expire:390",
            ]
        );
        assert_eq!(total(&d, "expire:390"), dec("0.39"));
        assert_eq!(total(&d, "STANDARD_IA:30 expire:390"), dec("0.57"));
        assert_eq!(
            total(&d, "STANDARD_IA:30 GLACIER:60 expire:390"),
            dec("1.098")
        );
        assert_eq!(total(&d, "GLACIER:30 expire:390"), dec("1.146"));
        assert_eq!(total(&d, "GLACIER_IR:30 expire:390"), dec("1.182"));
        assert_eq!(total(&d, "DEEP_ARCHIVE:30 expire:390"), dec("2.208"));
        assert_eq!(d.chosen().cost.unwrap().reads, dec("36"));
    }

    /// Read once a month (12 reads): Standard-IA 0.21 + 0.12 = 0.33 beats Standard's 0.39;
    /// IA then Glacier 0.078 + 0.01 + 11 × 0.03 = 0.418; Glacier 0.066 + 0.36 = 0.426;
    /// Glacier IR 0.102 + 0.36 = 0.462; Deep Archive 0.048 + 0.72 = 0.768.
    #[test]
    fn fewer_reads_make_a_colder_class_cheaper() {
        let d = on_dec_1(&priced(1, &[])).unwrap();
        assert_eq!(texts(&d)[0], "STANDARD_IA:30 expire:390");
        assert_eq!(total(&d, "STANDARD_IA:30 expire:390"), dec("0.33"));
        assert_eq!(
            total(&d, "STANDARD_IA:30 GLACIER:60 expire:390"),
            dec("0.418")
        );
        assert_eq!(total(&d, "DEEP_ARCHIVE:30 expire:390"), dec("0.768"));
    }

    /// Request prices per 1,000 reads: 12 reads at 5 per 1,000 add 0.06 to every rule.
    #[test]
    fn request_prices_add_per_thousand_reads() {
        let all = [
            "STANDARD=5",
            "STANDARD_IA=5",
            "GLACIER_IR=5",
            "GLACIER=5",
            "DEEP_ARCHIVE=5",
        ];
        let d = on_dec_1(&priced(1, &all)).unwrap();
        assert_eq!(total(&d, "STANDARD_IA:30 expire:390"), dec("0.39"));
        assert_eq!(total(&d, "expire:390"), dec("0.45"));
    }

    #[test]
    fn missing_or_doubled_prices_are_refused() {
        let mut request = priced(1, &["STANDARD=1"]);
        let err = on_dec_1(&request).unwrap_err();
        assert!(matches!(
            err,
            Error::S3(Problem::MissingPrices { ref missing })
                if missing == &[(PriceKind::Requests, vec![
                    StorageClass::StandardIa,
                    StorageClass::GlacierIr,
                    StorageClass::Glacier,
                    StorageClass::DeepArchive,
                ])]
        ));
        let prices = request.prices.as_mut().unwrap();
        prices.requests.clear();
        prices.storage.push("standard=0.1".parse().unwrap());
        assert!(matches!(
            on_dec_1(&request).unwrap_err(),
            Error::S3(Problem::PriceTwice {
                kind: PriceKind::Storage,
                class: StorageClass::Standard
            })
        ));
        for bad in [
            "GLACIER",
            "GLACIER:0.1",
            "nope=1",
            "GLACIER=-1",
            "GLACIER=x",
        ] {
            assert!(bad.parse::<ClassPrice>().is_err(), "{bad}");
        }
    }

    /// Noncurrent versions kept 30 days from NoncurrentDays 1: expiring at 30 bills 30 days;
    /// Standard-IA at 1 bills 1 + its 30-day minimum = 31; Glacier and Glacier IR 1 + 90;
    /// Deep Archive 1 + 180; Standard-IA then Glacier (day 31) expires first.
    #[test]
    fn noncurrent_versions_kept_30_days_only_expire() {
        let mut request = priced(1, &[]);
        request.prices = None;
        request.versions = Some(Versions {
            noncurrent_keep: "30d".parse().unwrap(),
            newer_versions: Some(3),
        });
        let d = on_dec_1(&request).unwrap();
        let nc = d.noncurrent.unwrap();
        let texts: Vec<String> = nc.ranked.iter().map(|c| rule_text(&c.rule)).collect();
        assert_eq!(
            texts,
            [
                "expire:30",
                "STANDARD_IA:1 expire:30",
                "GLACIER:1 expire:30",
                "GLACIER_IR:1 expire:30",
                "DEEP_ARCHIVE:1 expire:30",
            ]
        );
        let billed: Vec<Decimal> = nc.ranked.iter().map(|c| c.billed_days).collect();
        assert_eq!(billed, [30, 31, 91, 91, 181].map(Decimal::from));
        let json = versioned_configuration_json(
            &d.ranked[0].rule,
            Some((&nc.ranked[0].rule, nc.newer_versions)),
            "x",
        );
        let back = super::super::config::parse_configuration(&json.to_string()).unwrap();
        assert_eq!(back[0].noncurrent, nc.ranked[0].rule);
        assert_eq!(back[0].newer_noncurrent_versions[0].versions, 3);
    }

    /// Before 2026-07-16 a noncurrent version had to wait 30 days before Standard-IA too.
    #[test]
    fn before_the_change_noncurrent_standard_ia_waits_30_days() {
        let mut book = FactBook::new(Registry::builtin(), date(2026, 1, 1));
        let d = design(
            &DesignRequest {
                hot: 30,
                within: "12h".parse().unwrap(),
                keep: "365".parse().unwrap(),
                object_size: None,
                prices: None,
                versions: Some(Versions {
                    noncurrent_keep: "365".parse().unwrap(),
                    newer_versions: None,
                }),
            },
            &mut book,
        )
        .unwrap();
        let nc = d.noncurrent.unwrap();
        assert!(nc
            .ranked
            .iter()
            .any(|c| rule_text(&c.rule) == "STANDARD_IA:30 GLACIER:60 expire:365"));
    }
}
