//! `awscalc s3 lifecycle STANDARD_IA:30 GLACIER:120 expire:365`: one lifecycle rule checked
//! against S3's constraints, and the path of one object through it with the days billed.
//!
//! The constraints, from
//! <https://docs.aws.amazon.com/AmazonS3/latest/userguide/lifecycle-transition-general-considerations.html>
//! and the API reference (`Transition`, `LifecycleExpiration`):
//!
//! 1. **Waterfall**: only the supported transitions ([`StorageClass::can_transition_to`]).
//! 2. **Minimum age before Standard-IA / One Zone-IA**: 30 days for rules created before
//!    2026-07-16; none since (AWS What's New, 2026-07-16). The 30-day *billing* minimum stays.
//! 3. **Chaining within one rule**: "You can't create a single Lifecycle rule that
//!    transitions objects from one storage class to another before the minimum storage
//!    duration period has passed": the next transition comes at least the earlier class's
//!    minimum after it (Glacier IR at day 4 → Deep Archive no earlier than day 94). awscalc
//!    also asks for at least one day between two transitions (two on one day make no path).
//! 4. **Expiration after the transitions**, and at least day 1 ("must be a non-zero
//!    positive integer").
//! 5. **Small objects**: since September 2024 objects under 128 KB are not transitioned to
//!    any class by default; before, they could still go to Glacier Flexible Retrieval and
//!    Deep Archive. A size filter (`ObjectSizeGreaterThan`) overrides the default.
//!
//! Billing along the path: each class the object leaves (by transition or expiration) is
//! billed `max(days in it, its minimum)`; the excess is the prorated early-deletion charge.

use std::fmt;
use std::str::FromStr;

use jiff::civil::Date;
use rust_decimal::Decimal;
use serde::Serialize;

use super::timing::{self, Created, Eligible};
use super::{class_id, class_ids, date_text, object_bytes, parse_days, Problem, StorageClass};
use crate::error::Error;
use crate::facts::s3 as fact;
use crate::facts::FactBook;
use crate::steps::{Expr, Step, Unit};
use crate::units::{KbConvention, Size};

/// What an action does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActionKind {
    /// Move the object to a class.
    Transition(StorageClass),
    /// Delete it (Expiration).
    Expire,
}

/// One action of a rule: `GLACIER:90` or `expire:365`, at an object age in days. Serialized
/// in that short syntax.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Action {
    /// Transition or expiration.
    pub kind: ActionKind,
    /// Days after creation.
    pub day: u32,
}

const ACTION_FORMS: &str =
    "CLASS:DAYS or expire:DAYS, like STANDARD_IA:30, GLACIER:120, expire:365";

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            ActionKind::Transition(class) => write!(f, "{class}:{}", self.day),
            ActionKind::Expire => write!(f, "expire:{}", self.day),
        }
    }
}

impl Serialize for Action {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl FromStr for Action {
    type Err = Error;

    /// `CLASS:DAYS` (any class spelling, see [`StorageClass`]) or `expire:DAYS`
    /// (`expiration`, `delete` too); `=` works in place of `:`.
    fn from_str(text: &str) -> Result<Action, Error> {
        let trimmed = text.trim();
        let Some((name, days)) = trimmed.split_once([':', '=']) else {
            return Err(Error::Invalid {
                what: "lifecycle action",
                input: trimmed.to_string(),
                reason: "no `:` between the action and its day".into(),
                expected: ACTION_FORMS.into(),
            });
        };
        let day = parse_days(days, "lifecycle day")?;
        let kind = match name.trim().to_ascii_lowercase().as_str() {
            "expire" | "expiration" | "delete" | "expiry" => ActionKind::Expire,
            _ => ActionKind::Transition(StorageClass::parse_expecting(
                name,
                super::CLASS_NAMES_OR_EXPIRE,
            )?),
        };
        Ok(Action { kind, day })
    }
}

/// Which constraint a violation breaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Constraint {
    /// Nothing transitions to S3 Standard.
    ToStandard,
    /// Not a supported transition.
    Waterfall,
    /// The 30-day wait before Standard-IA / One Zone-IA (rules before 2026-07-16).
    IaMinimumAge,
    /// The next transition before the earlier class's minimum storage duration.
    MinimumDuration,
    /// Expiration not after the last transition, or on day 0.
    ExpirationOrder,
}

impl Constraint {
    /// A stable name for scripts.
    #[must_use]
    pub fn id(self) -> &'static str {
        match self {
            Constraint::ToStandard => "to_standard",
            Constraint::Waterfall => "waterfall",
            Constraint::IaMinimumAge => "ia_minimum_age",
            Constraint::MinimumDuration => "minimum_duration",
            Constraint::ExpirationOrder => "expiration_order",
        }
    }
}

/// The numbers of the rule a violation breaks: what the explanation says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "rule", rename_all = "snake_case")]
pub enum Reason {
    /// A transition to S3 Standard.
    ToStandard,
    /// A transition the waterfall does not support.
    Waterfall {
        /// The class the object is in.
        #[serde(serialize_with = "class_id")]
        from: StorageClass,
        /// The classes it can go to that existed on the book's date, in waterfall order.
        #[serde(serialize_with = "class_ids")]
        supported: Vec<StorageClass>,
    },
    /// Within one rule, the next transition waits for the earlier class's minimum (at least
    /// one day): `entered + max(min_days, 1)`.
    MinimumDuration {
        /// The earlier class.
        #[serde(serialize_with = "class_id")]
        class: StorageClass,
        /// Its minimum storage duration (0: none, but a day still separates two
        /// transitions).
        min_days: Decimal,
        /// The day the object entered it (as repaired).
        entered: u32,
        /// Whether that day was moved by an earlier repair.
        moved: bool,
    },
    /// Rules created before `removed` waited `min_age` days before Standard-IA or One
    /// Zone-IA.
    IaMinimumAge {
        /// The wait, in days.
        min_age: u32,
        /// The day AWS removed it.
        #[serde(serialize_with = "date_text")]
        removed: Date,
    },
    /// Expiration after the last transition (`last + 1`), or at least day 1 without one.
    ExpirationOrder {
        /// The last transition's day (as repaired), if any.
        last: Option<u32>,
    },
}

/// One broken constraint.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Violation {
    /// The action as given.
    pub action: Action,
    /// Which constraint.
    pub constraint: Constraint,
    /// The rule that decides it, with the numbers.
    pub reason: Reason,
    /// The nearest valid day for this action (given the earlier actions as repaired);
    /// `None` where no day would do (the class must change).
    pub nearest_day: Option<u32>,
}

/// The outcome of checking a rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Checked {
    /// The violations, in day order.
    pub violations: Vec<Violation>,
    /// The rule with each violation repaired: days moved to their nearest valid day,
    /// impossible transitions dropped. Equal to the input (sorted) when it is valid.
    pub repaired: Vec<Action>,
}

/// Transitions in day order, then the expiration.
fn ordered(actions: &[Action]) -> (Vec<(StorageClass, u32)>, Option<u32>) {
    let mut transitions: Vec<(StorageClass, u32)> = actions
        .iter()
        .filter_map(|a| match a.kind {
            ActionKind::Transition(c) => Some((c, a.day)),
            ActionKind::Expire => None,
        })
        .collect();
    // On a tie, down the waterfall: the only order in which two same-day transitions
    // could both be supported.
    transitions.sort_by_key(|&(class, day)| (day, class));
    let expire = actions.iter().find_map(|a| match a.kind {
        ActionKind::Expire => Some(a.day),
        ActionKind::Transition(_) => None,
    });
    (transitions, expire)
}

/// Checks one rule against S3's constraints in force on the book's date.
///
/// # Errors
/// [`Problem::NoAction`] for a rule with no action, [`Problem::TwoExpirations`] for more
/// than one expiration; [`Problem::ClassNotYet`] for a transition to a class that did not
/// exist on the book's date (the first such class in the order given).
#[allow(clippy::too_many_lines)] // one derivation, read top to bottom
pub fn check(actions: &[Action], book: &mut FactBook) -> Result<Checked, Error> {
    if actions.is_empty() {
        return Err(Problem::NoAction.into());
    }
    let expirations = actions
        .iter()
        .filter(|a| a.kind == ActionKind::Expire)
        .count();
    if expirations > 1 {
        return Err(Problem::TwoExpirations { count: expirations }.into());
    }
    for action in actions {
        if let ActionKind::Transition(class) = action.kind {
            class.check_exists(book)?;
        }
    }
    let (transitions, expire) = ordered(actions);
    let mut violations = Vec::new();
    let mut repaired = Vec::new();
    let mut prev = (StorageClass::Standard, 0u32);
    let mut prev_moved = false;
    for (class, day) in transitions {
        let action = Action {
            kind: ActionKind::Transition(class),
            day,
        };
        if class == StorageClass::Standard {
            violations.push(Violation {
                action,
                constraint: Constraint::ToStandard,
                reason: Reason::ToStandard,
                nearest_day: None,
            });
            continue;
        }
        if !prev.0.can_transition_to(class) {
            violations.push(Violation {
                action,
                constraint: Constraint::Waterfall,
                // Only the targets that existed on the book's date.
                reason: Reason::Waterfall {
                    from: prev.0,
                    supported: prev
                        .0
                        .targets()
                        .into_iter()
                        .filter(|c| c.exists(book))
                        .collect(),
                },
                nearest_day: None,
            });
            continue;
        }
        let mut required = 0u32;
        let mut reason = None;
        let mut constraint = Constraint::MinimumDuration;
        if prev.0 != StorageClass::Standard {
            let min = prev.0.min_days(book)?;
            let gap = u32::try_from(min).unwrap_or(u32::MAX).max(1);
            required = prev.1.saturating_add(gap);
            reason = Some(Reason::MinimumDuration {
                class: prev.0,
                min_days: min,
                entered: prev.1,
                moved: prev_moved,
            });
        }
        if class.is_infrequent_access() {
            let min_age = book.value(fact::LIFECYCLE_MIN_AGE_BEFORE_IA_DAYS)?;
            let min_age = u32::try_from(min_age).unwrap_or(u32::MAX);
            if min_age > required {
                required = min_age;
                constraint = Constraint::IaMinimumAge;
                reason = Some(Reason::IaMinimumAge {
                    min_age,
                    removed: ia_wait_change(book)?.0,
                });
            }
        }
        let fixed = day.max(required);
        if let (true, Some(reason)) = (day < required, reason) {
            violations.push(Violation {
                action,
                constraint,
                reason,
                nearest_day: Some(required),
            });
        }
        repaired.push(Action {
            kind: ActionKind::Transition(class),
            day: fixed,
        });
        prev = (class, fixed);
        prev_moved = fixed != day;
    }
    if let Some(day) = expire {
        let action = Action {
            kind: ActionKind::Expire,
            day,
        };
        let last = repaired.last().map(|a| a.day);
        let required = last.map_or(1, |d| d.saturating_add(1));
        if day < required {
            violations.push(Violation {
                action,
                constraint: Constraint::ExpirationOrder,
                reason: Reason::ExpirationOrder { last },
                nearest_day: Some(required),
            });
        }
        repaired.push(Action {
            kind: ActionKind::Expire,
            day: day.max(required),
        });
    }
    Ok(Checked {
        violations,
        repaired,
    })
}

/// A stretch of the object's life in one class.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Segment {
    /// The class.
    #[serde(serialize_with = "class_id")]
    pub class: StorageClass,
    /// Age when it entered.
    pub from: u32,
    /// Age when it left (transition or expiration); `None` when it stays.
    pub to: Option<u32>,
    /// The class's minimum storage duration.
    pub min_days: Decimal,
}

impl Segment {
    /// Days in the class, when it left.
    #[must_use]
    pub fn days(&self) -> Option<Decimal> {
        self.to.map(|to| Decimal::from(to - self.from))
    }

    /// Days billed: `max(days, minimum)`, when it left.
    #[must_use]
    pub fn billed(&self) -> Option<Decimal> {
        self.days().map(|d| d.max(self.min_days))
    }
}

/// Why a transition does not happen to the object.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "why", rename_all = "snake_case")]
pub enum SkipReason {
    /// The rule's `ObjectSizeGreaterThan` filter excludes the object.
    Filtered,
    /// By default S3 Lifecycle does not transition objects under `min_bytes` to the class
    /// (on the book's date); a size filter overrides this.
    TooSmall {
        /// The smallest object transitioned by default, in bytes.
        min_bytes: Decimal,
    },
}

/// A transition that does not happen to the object, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Skipped {
    /// The transition.
    pub action: Action,
    /// Why.
    pub reason: SkipReason,
}

/// The object's path through a valid rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Timeline {
    /// The classes in order, from S3 Standard at day 0.
    pub segments: Vec<Segment>,
    /// Transitions that do not apply to the object.
    pub skipped: Vec<Skipped>,
    /// The expiration day, if the rule expires the object.
    pub expires: Option<u32>,
}

/// An object size and a rule's size filter, in bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Sizes {
    /// The object's size.
    pub object: Option<Decimal>,
    /// The rule's `ObjectSizeGreaterThan` filter.
    pub greater_than: Option<Decimal>,
}

/// The path of one object through `actions` (which should be valid), with S3's default
/// 128 KB rule on the book's date.
///
/// # Errors
/// Only through a bug (an unknown fact).
pub fn timeline(actions: &[Action], sizes: Sizes, book: &mut FactBook) -> Result<Timeline, Error> {
    let (transitions, mut expires) = ordered(actions);
    let mut skipped = Vec::new();
    let mut segments = Vec::new();
    let mut current = (StorageClass::Standard, 0u32);
    let filtered_out = match (sizes.object, sizes.greater_than) {
        (Some(object), Some(limit)) => object <= limit,
        _ => false,
    };
    if filtered_out {
        expires = None;
    }
    for (class, day) in transitions {
        let action = Action {
            kind: ActionKind::Transition(class),
            day,
        };
        if filtered_out {
            skipped.push(Skipped {
                action,
                reason: SkipReason::Filtered,
            });
            continue;
        }
        if let (Some(object), None) = (sizes.object, sizes.greater_than) {
            let id = if class.has_archive_overhead() {
                fact::LIFECYCLE_MIN_ARCHIVE_TRANSITION_BYTES
            } else {
                fact::LIFECYCLE_MIN_TRANSITION_BYTES
            };
            let min = book.value(id)?;
            if object < min {
                skipped.push(Skipped {
                    action,
                    reason: SkipReason::TooSmall { min_bytes: min },
                });
                continue;
            }
        }
        segments.push(Segment {
            class: current.0,
            from: current.1,
            to: Some(day),
            min_days: current.0.min_days(book)?,
        });
        current = (class, day);
    }
    segments.push(Segment {
        class: current.0,
        from: current.1,
        to: expires,
        min_days: current.0.min_days(book)?,
    });
    Ok(Timeline {
        segments,
        skipped,
        expires,
    })
}

/// `awscalc s3 lifecycle`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LifecycleRequest {
    /// The rule's actions.
    pub actions: Vec<Action>,
    /// The size of the object to follow through the rule.
    pub object_size: Option<Size>,
    /// The rule's `ObjectSizeGreaterThan` filter.
    pub size_greater_than: Option<Size>,
    /// The object's creation time: each action's eligible time is shown.
    pub created: Option<Created>,
}

/// What a billing step computes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum BilledStep {
    /// Days billed in one class of the path, from `from` to `to`:
    /// `max(to − from, minimum)`, or `to − from` for a class with no minimum.
    Segment {
        /// The class.
        #[serde(serialize_with = "class_id")]
        class: StorageClass,
        /// Age when the object entered it.
        from: u32,
        /// Age when it left.
        to: u32,
    },
    /// The days billed in every class, summed.
    Total,
}

/// The days billed along a path that ends in an expiration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Billing {
    /// The expiration day.
    pub expires: u32,
    /// Days stored, in every class.
    pub stored_days: Decimal,
    /// Days billed, each class's stay raised to its minimum.
    pub billed_days: Decimal,
    /// `billed_days − stored_days`: the prorated early-deletion charge.
    pub early_delete_days: Decimal,
    /// Days billed when each minimum is (wrongly) counted from the object's creation instead
    /// of its transition into the class: a reading `--expect` recognises.
    pub from_creation_days: Decimal,
}

/// One action's eligible time for an object created at the request's `created`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Due {
    /// The action.
    pub action: Action,
    /// When it becomes eligible.
    pub eligible: Eligible,
    /// Whether it applies to the object (a skipped transition does not).
    pub applies: bool,
}

/// A valid rule: the object's path, the days billed, and when each action is due.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ValidRule {
    /// The rule, its actions in order.
    pub rule: Vec<Action>,
    /// The object's path.
    pub timeline: Timeline,
    /// The days billed in each class the object leaves, then their total where it expires.
    pub steps: Vec<Step<BilledStep>>,
    /// The totals, where the object expires.
    pub billing: Option<Billing>,
    /// Each action's eligible time, with `--created`; empty without.
    pub schedule: Vec<Due>,
}

/// The verdict on a rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "verdict", rename_all = "snake_case")]
pub enum Verdict {
    /// Every constraint holds.
    Valid(ValidRule),
    /// Some constraint is broken.
    Invalid(Checked),
}

/// The wait before Standard-IA and One Zone-IA on the book's date and its history, for a
/// rule that names one of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct IaWait {
    /// Days an object must be old before the transition, on the book's date.
    pub min_age: Decimal,
    /// Standard-IA's minimum storage duration (billing).
    pub ia_min_days: Decimal,
    /// The day AWS removed the wait.
    #[serde(serialize_with = "date_text")]
    pub removed: Date,
    /// The wait before that day.
    pub old_wait: Decimal,
}

/// `s3 lifecycle`, computed: the rule's verdict and what the answer depends on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Lifecycle {
    /// The object size and the size filter, in bytes.
    pub sizes: Sizes,
    /// Valid with its timeline, or the violations.
    pub verdict: Verdict,
    /// For a rule naming Standard-IA or One Zone-IA: the wait before them.
    pub ia_wait: Option<IaWait>,
    /// Without an object size or a filter: the smallest object transitioned by default.
    pub default_min_bytes: Option<Decimal>,
}

/// The days billed in each class the object leaves and, where it expires, the total.
///
/// # Errors
/// [`Error::Overflow`] only for numbers beyond exact arithmetic.
pub fn billing(path: &Timeline) -> Result<(Vec<Step<BilledStep>>, Option<Billing>), Error> {
    let mut steps = Vec::new();
    let mut billed_terms = Vec::new();
    let mut stored = Decimal::ZERO;
    let mut from_creation = Decimal::ZERO;
    for seg in &path.segments {
        let Some(to) = seg.to else { continue };
        let days = Expr::quantity("to_day", to.into(), Unit::Days).minus(Expr::quantity(
            "from_day",
            seg.from.into(),
            Unit::Days,
        ));
        let formula = if seg.min_days.is_zero() {
            days.clone()
        } else {
            Expr::max(vec![
                days.clone(),
                Expr::quantity("min_days", seg.min_days, Unit::Days),
            ])
        };
        let step = Step::new(
            BilledStep::Segment {
                class: seg.class,
                from: seg.from,
                to,
            },
            formula,
        )?;
        let days = days.eval()?;
        stored += days;
        from_creation += days + (seg.min_days - Decimal::from(to)).max(Decimal::ZERO);
        billed_terms.push(Expr::earlier("billed_days", &step));
        steps.push(step);
    }
    let Some(expires) = path.expires else {
        return Ok((steps, None));
    };
    let total = Step::new(BilledStep::Total, Expr::sum(billed_terms))?;
    let billed = total.value;
    steps.push(total);
    Ok((
        steps,
        Some(Billing {
            expires,
            stored_days: stored,
            billed_days: billed,
            early_delete_days: billed - stored,
            from_creation_days: from_creation,
        }),
    ))
}

/// `awscalc s3 lifecycle STANDARD_IA:30 GLACIER:60 expire:100`: the rule's violations, or
/// its timeline and the days billed. The words are
/// [`crate::explain::s3::lifecycle::lifecycle`]'s.
///
/// ```
/// use awscalc::calc::s3::lifecycle::{lifecycle, LifecycleRequest, Verdict};
/// use awscalc::facts::{FactBook, Registry};
///
/// // Standard 30 days, Standard-IA 30 (minimum 30), Glacier 40 billed as its 90-day
/// // minimum: 30 + 30 + 90 = 150 days billed for 100 stored.
/// let actions = "STANDARD_IA:30 GLACIER:60 expire:100"
///     .split(' ')
///     .map(|a| a.parse().unwrap())
///     .collect();
/// let request = LifecycleRequest { actions, object_size: None, size_greater_than: None, created: None };
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 11, 30));
/// let Verdict::Valid(rule) = lifecycle(&request, &mut book).unwrap().verdict else { panic!() };
/// assert_eq!(rule.billing.unwrap().billed_days, 150.into());
///
/// // Two expirations in one rule: refused.
/// let twice = LifecycleRequest {
///     actions: vec!["expire:30".parse().unwrap(), "expire:60".parse().unwrap()],
///     ..request
/// };
/// assert!(lifecycle(&twice, &mut book).is_err());
/// ```
///
/// # Errors
/// A rule with no action or two expirations, a class that did not exist on the book's date,
/// sizes beyond what awscalc computes, an eligible time past the year 9999.
pub fn lifecycle(request: &LifecycleRequest, book: &mut FactBook) -> Result<Lifecycle, Error> {
    let mut sizes = Sizes::default();
    if let Some(size) = &request.object_size {
        sizes.object = Some(object_bytes(size, KbConvention::Binary)?);
    }
    if let Some(size) = &request.size_greater_than {
        sizes.greater_than = Some(object_bytes(size, KbConvention::Binary)?);
    }
    let checked = check(&request.actions, book)?;
    let verdict = if checked.violations.is_empty() {
        let timeline = timeline(&checked.repaired, sizes, book)?;
        let (steps, billing) = billing(&timeline)?;
        let mut schedule = Vec::new();
        if let Some(created) = &request.created {
            for &action in &checked.repaired {
                schedule.push(Due {
                    action,
                    eligible: timing::eligible_at(created, action.day)?,
                    applies: !timeline.skipped.iter().any(|s| s.action == action),
                });
            }
        }
        Verdict::Valid(ValidRule {
            rule: checked.repaired,
            timeline,
            steps,
            billing,
            schedule,
        })
    } else {
        Verdict::Invalid(checked)
    };
    let has_ia = request
        .actions
        .iter()
        .any(|a| matches!(a.kind, ActionKind::Transition(c) if c.is_infrequent_access()));
    let ia_wait = if has_ia {
        let min_age = book.value(fact::LIFECYCLE_MIN_AGE_BEFORE_IA_DAYS)?;
        let ia_min_days = book.value(fact::MIN_DAYS_STANDARD_IA)?;
        let (removed, old_wait) = ia_wait_change(book)?;
        Some(IaWait {
            min_age,
            ia_min_days,
            removed,
            old_wait,
        })
    } else {
        None
    };
    let default_min_bytes = if sizes.object.is_none() && sizes.greater_than.is_none() {
        Some(book.value(fact::LIFECYCLE_MIN_TRANSITION_BYTES)?)
    } else {
        None
    };
    Ok(Lifecycle {
        sizes,
        verdict,
        ia_wait,
        default_min_bytes,
    })
}

/// The day AWS removed the wait before Standard-IA and One Zone-IA transitions, and the wait
/// before it, from the registry: the last change of `s3.lifecycle_min_age_before_ia_days`.
fn ia_wait_change(book: &FactBook) -> Result<(Date, Decimal), Error> {
    let fact = book.fact(fact::LIFECYCLE_MIN_AGE_BEFORE_IA_DAYS)?;
    fact.value_changes()
        .last()
        .and_then(|(before, after)| Some((after.since?, before.value?)))
        .ok_or_else(|| Error::UnknownFact(fact::LIFECYCLE_MIN_AGE_BEFORE_IA_DAYS.as_str().into()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::Registry;
    use jiff::civil::date;

    /// The typed result of a rule with no size and no creation time.
    fn run(text: &str, book: &mut FactBook) -> Lifecycle {
        lifecycle(
            &LifecycleRequest {
                actions: rule(text),
                object_size: None,
                size_greater_than: None,
                created: None,
            },
            book,
        )
        .unwrap()
    }

    /// The billing of a valid rule that expires.
    fn billed(result: &Lifecycle) -> Billing {
        match &result.verdict {
            Verdict::Valid(rule) => rule.billing.unwrap(),
            Verdict::Invalid(checked) => panic!("invalid: {checked:?}"),
        }
    }

    fn rule(text: &str) -> Vec<Action> {
        text.split_whitespace()
            .map(|a| a.parse().unwrap())
            .collect()
    }

    fn on(y: i16, m: i8, d: i8) -> FactBook {
        FactBook::new(Registry::builtin(), date(y, m, d))
    }

    fn now() -> FactBook {
        on(2026, 11, 22)
    }

    #[test]
    fn actions_parse_in_short_syntax() {
        let a: Action = "STANDARD_IA:30".parse().unwrap();
        assert_eq!(a.kind, ActionKind::Transition(StorageClass::StandardIa));
        assert_eq!(a.day, 30);
        assert_eq!(
            "expire=365".parse::<Action>().unwrap().kind,
            ActionKind::Expire
        );
        assert_eq!(
            "Glacier Deep Archive:180"
                .parse::<Action>()
                .unwrap()
                .to_string(),
            "DEEP_ARCHIVE:180"
        );
        for bad in ["GLACIER", "GLACIER:x", "FOO:3", "GLACIER:-1"] {
            let err = bad.parse::<Action>().unwrap_err().to_string();
            assert!(err.contains('`'), "{bad}: {err}");
        }
    }

    /// Study notes A14 (003:689): a rule moving objects to Standard-IA one day after
    /// creation could not be created (30 days first) under the rules before 2026-07-16.
    #[test]
    fn study_notes_a14_standard_ia_after_one_day_was_rejected_before_2026_07_16() {
        let checked = check(&rule("STANDARD_IA:1"), &mut on(2024, 1, 1)).unwrap();
        assert_eq!(checked.violations.len(), 1);
        assert_eq!(checked.violations[0].constraint, Constraint::IaMinimumAge);
        assert_eq!(checked.violations[0].nearest_day, Some(30));
        let now = check(&rule("STANDARD_IA:1"), &mut now()).unwrap();
        assert!(now.violations.is_empty(), "allowed since 2026-07-16");
        let day0 = check(&rule("STANDARD_IA:0"), &mut on(2026, 7, 16)).unwrap();
        assert!(
            day0.violations.is_empty(),
            "day 0 from the day of the change"
        );
        let eve = check(&rule("STANDARD_IA:0"), &mut on(2026, 7, 15)).unwrap();
        assert_eq!(eve.violations[0].nearest_day, Some(30), "the day before");
    }

    /// Study notes G3 (003:687): Glacier needs no wait, even day 1 (or day 0).
    #[test]
    fn study_notes_glacier_at_day_1_is_valid() {
        assert!(check(&rule("GLACIER:1"), &mut on(2023, 1, 1))
            .unwrap()
            .violations
            .is_empty());
        assert!(check(&rule("GLACIER:0"), &mut on(2023, 1, 1))
            .unwrap()
            .violations
            .is_empty());
    }

    /// AWS's example (lifecycle-transition-general-considerations.html): Glacier IR at day
    /// 4, Deep Archive no earlier than day 4 + 90 = 94.
    #[test]
    fn aws_example_glacier_ir_day_4_then_deep_archive_from_day_94() {
        let checked = check(&rule("GLACIER_IR:4 DEEP_ARCHIVE:50"), &mut now()).unwrap();
        assert_eq!(checked.violations.len(), 1);
        assert_eq!(
            checked.violations[0].constraint,
            Constraint::MinimumDuration
        );
        assert_eq!(checked.violations[0].nearest_day, Some(94));
        assert!(check(&rule("GLACIER_IR:4 DEEP_ARCHIVE:94"), &mut now())
            .unwrap()
            .violations
            .is_empty());
    }

    #[test]
    fn unsupported_transitions_name_the_supported_ones() {
        let checked = check(&rule("ONEZONE_IA:30 GLACIER_IR:90"), &mut now()).unwrap();
        let v = &checked.violations[0];
        assert_eq!(v.constraint, Constraint::Waterfall);
        assert_eq!(v.nearest_day, None);
        assert_eq!(
            v.reason,
            Reason::Waterfall {
                from: StorageClass::OneZoneIa,
                supported: vec![StorageClass::Glacier, StorageClass::DeepArchive]
            }
        );
        let back = check(&rule("GLACIER:30 STANDARD:60"), &mut now()).unwrap();
        assert_eq!(back.violations[0].constraint, Constraint::ToStandard);
        assert_eq!(back.repaired, rule("GLACIER:30"));
    }

    /// A rule naming a class before its launch is refused, naming the class; from the
    /// launch day it is checked and billed. `CLASS:100 expire:110`: 100 days in Standard,
    /// then 10 in the class billed as its minimum: Standard-IA, One Zone-IA and
    /// Intelligent-Tiering (30 days until 2021-09-02) 100 + 30 = 130, Deep Archive
    /// 100 + 180 = 280, Glacier Instant Retrieval 100 + 90 = 190.
    #[test]
    fn a_rule_may_name_a_class_from_its_launch_day() {
        use crate::calc::s3::tests::LAUNCHES;
        for ((class, launch), days) in LAUNCHES.into_iter().zip([130, 130, 130, 280, 190]) {
            let text = format!("{}:100 expire:110", class.api_name());
            let book = |day: Date| FactBook::new(Registry::builtin(), day);
            let before = launch.yesterday().unwrap();
            assert_eq!(
                check(&rule(&text), &mut book(before))
                    .unwrap_err()
                    .to_string(),
                format!(
                    "{} did not exist on {before}: it came on {launch}",
                    class.name()
                )
            );
            let r = run(&text, &mut book(launch));
            assert_eq!(billed(&r).billed_days, Decimal::from(days), "{text}");
        }
        // The first class the rule names that did not exist yet.
        let err = check(&rule("GLACIER_IR:30 DEEP_ARCHIVE:200"), &mut on(2017, 6, 1))
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("S3 Glacier Instant Retrieval did not exist"),
            "{err}"
        );
    }

    /// A waterfall violation lists only the targets that existed on the date: from GLACIER
    /// nothing in 2017, DEEP_ARCHIVE from 2019-03-27.
    #[test]
    fn supported_targets_are_those_of_the_date() {
        let supported = |day: &mut FactBook| match &check(&rule("GLACIER:30 STANDARD_IA:60"), day)
            .unwrap()
            .violations[0]
            .reason
        {
            Reason::Waterfall { supported, .. } => supported.clone(),
            other => panic!("{other:?}"),
        };
        assert_eq!(supported(&mut on(2017, 6, 1)), vec![]);
        assert_eq!(
            supported(&mut on(2019, 3, 27)),
            vec![StorageClass::DeepArchive]
        );
    }

    #[test]
    fn expiration_comes_after_the_last_transition() {
        let checked = check(&rule("GLACIER:100 expire:100"), &mut now()).unwrap();
        assert_eq!(
            checked.violations[0].constraint,
            Constraint::ExpirationOrder
        );
        assert_eq!(checked.violations[0].nearest_day, Some(101));
        let zero = check(&rule("expire:0"), &mut now()).unwrap();
        assert_eq!(zero.violations[0].nearest_day, Some(1));
    }

    /// The issue's rule: STANDARD_IA:30 GLACIER:120 expire:365. Standard 30 days, IA 90
    /// days (≥ 30), Glacier 245 days (≥ 90): no early deletion, billed = stored = 365.
    #[test]
    fn the_issue_rule_is_valid_and_bills_365_days() {
        let r = run("STANDARD_IA:30 GLACIER:120 expire:365", &mut on(2024, 1, 1));
        assert!(matches!(r.verdict, Verdict::Valid(_)));
        assert_eq!(billed(&r).billed_days, Decimal::from(365));
        assert_eq!(billed(&r).early_delete_days, Decimal::ZERO);
    }

    /// STANDARD_IA:30 GLACIER:60 expire:100: Standard 30, IA 30 (min 30), Glacier 40 days
    /// billed 90: 30 + 30 + 90 = 150 billed for 100 stored. Counting Glacier's minimum from
    /// creation (age 100 ≥ 90) would give 100.
    #[test]
    fn expiring_before_glacier_minimum_bills_early_days() {
        let r = run("STANDARD_IA:30 GLACIER:60 expire:100", &mut now());
        let b = billed(&r);
        assert_eq!(b.stored_days, Decimal::from(100));
        assert_eq!(b.billed_days, Decimal::from(150));
        assert_eq!(b.early_delete_days, Decimal::from(50));
        // Glacier's minimum from creation: age 100 ≥ 90, so 30 + 30 + 40 = 100.
        assert_eq!(b.from_creation_days, Decimal::from(100));
        // Each step's value is its formula's: max(60 − 30, 30) = 30, max(100 − 60, 90) = 90.
        let Verdict::Valid(valid) = &r.verdict else {
            panic!()
        };
        let values: Vec<Decimal> = valid.steps.iter().map(|s| s.value).collect();
        assert_eq!(values, [30, 30, 90, 150].map(Decimal::from));
        assert_eq!(valid.steps[3].what, BilledStep::Total);
        assert_eq!(
            valid.steps[2].what,
            BilledStep::Segment {
                class: StorageClass::Glacier,
                from: 60,
                to: 100
            }
        );
    }

    /// Since September 2024 a 50 KB object moves nowhere by default; before, it could still
    /// go to Glacier Flexible Retrieval (but not Standard-IA).
    #[test]
    fn small_objects_stay_unless_a_filter_says_otherwise() {
        let actions = rule("STANDARD_IA:30 GLACIER:120");
        let small = Sizes {
            object: Some(Decimal::from(51_200)),
            greater_than: None,
        };
        let now_path = timeline(&actions, small, &mut now()).unwrap();
        assert_eq!(now_path.segments.len(), 1);
        assert_eq!(now_path.skipped.len(), 2);
        let old = timeline(&actions, small, &mut on(2024, 1, 1)).unwrap();
        assert_eq!(old.segments.len(), 2);
        assert_eq!(old.segments[1].class, StorageClass::Glacier);
        let filtered = Sizes {
            object: Some(Decimal::from(51_200)),
            greater_than: Some(Decimal::from(1000)),
        };
        let with_filter = timeline(&actions, filtered, &mut now()).unwrap();
        assert_eq!(
            with_filter.segments.len(),
            3,
            "a filter overrides the default"
        );
    }

    /// Violations carry the numbers of the rule they break: GLACIER_IR at day 4 with its
    /// 90-day minimum; the 30-day wait before Standard-IA removed on 2026-07-16; the
    /// expiration after the last transition.
    #[test]
    fn violations_carry_their_numbers() {
        let v = &check(&rule("GLACIER_IR:4 DEEP_ARCHIVE:50"), &mut now())
            .unwrap()
            .violations[0];
        assert_eq!(
            v.reason,
            Reason::MinimumDuration {
                class: StorageClass::GlacierIr,
                min_days: Decimal::from(90),
                entered: 4,
                moved: false
            }
        );
        let v = &check(&rule("STANDARD_IA:1"), &mut on(2024, 1, 1))
            .unwrap()
            .violations[0];
        assert_eq!(
            v.reason,
            Reason::IaMinimumAge {
                min_age: 30,
                removed: date(2026, 7, 16)
            }
        );
        let v = &check(&rule("GLACIER:100 expire:100"), &mut now())
            .unwrap()
            .violations[0];
        assert_eq!(v.reason, Reason::ExpirationOrder { last: Some(100) });
        assert!(matches!(
            check(&[], &mut now()).unwrap_err(),
            Error::S3(Problem::NoAction)
        ));
        assert!(matches!(
            check(&rule("expire:1 expire:2"), &mut now()).unwrap_err(),
            Error::S3(Problem::TwoExpirations { count: 2 })
        ));
    }

    /// With --created, each action's eligible time: 2024-01-15 10:30 UTC + 30 days rounds
    /// up to 2024-02-15 00:00 UTC (intro-lifecycle-rules.html's rule).
    #[test]
    fn the_schedule_gives_each_action_its_eligible_time() {
        let r = lifecycle(
            &LifecycleRequest {
                actions: rule("GLACIER:30 expire:365"),
                object_size: None,
                size_greater_than: None,
                created: Some("2024-01-15T10:30Z".parse().unwrap()),
            },
            &mut now(),
        )
        .unwrap();
        let Verdict::Valid(valid) = r.verdict else {
            panic!()
        };
        assert_eq!(valid.schedule.len(), 2);
        assert_eq!(
            valid.schedule[0].eligible.eligible,
            jiff::civil::datetime(2024, 2, 15, 0, 0, 0, 0)
        );
        assert!(valid.schedule.iter().all(|d| d.applies));
    }

    /// The typed result is the JSON schema: the verdict as a tag, actions in the short
    /// syntax, classes by API name, steps with their formulas.
    #[test]
    fn the_typed_result_serializes() {
        let json = serde_json::to_value(run("GLACIER_IR:4 DEEP_ARCHIVE:50", &mut now())).unwrap();
        assert_eq!(json["verdict"]["verdict"], "invalid");
        let v = &json["verdict"]["violations"][0];
        assert_eq!(v["action"], "DEEP_ARCHIVE:50");
        assert_eq!(v["constraint"], "minimum_duration");
        assert_eq!(v["reason"]["class"], "GLACIER_IR");
        assert_eq!(v["nearest_day"], 94);
        let json = serde_json::to_value(run("GLACIER:30 expire:365", &mut now())).unwrap();
        assert_eq!(json["verdict"]["verdict"], "valid");
        assert_eq!(json["verdict"]["billing"]["billed_days"], 365);
        assert_eq!(json["verdict"]["steps"][1]["formula"]["op"], "max");
    }
}
