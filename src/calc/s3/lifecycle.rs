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

use super::timing::{self, Created};
use super::{bytes_label, object_bytes, parse_days, size_understood, StorageClass};
use crate::error::Error;
use crate::facts::s3 as fact;
use crate::facts::FactBook;
use crate::report::{Alternative, Report, Value};
use crate::units::{group, KbConvention, Size};

/// What an action does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActionKind {
    /// Move the object to a class.
    Transition(StorageClass),
    /// Delete it (Expiration).
    Expire,
}

/// One action of a rule: `GLACIER:90` or `expire:365`, at an object age in days.
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
            _ => ActionKind::Transition(name.parse().map_err(|e| match e {
                Error::Invalid {
                    input,
                    reason,
                    expected,
                    ..
                } => Error::Invalid {
                    what: "storage class",
                    input,
                    reason,
                    expected: format!("{expected}; or `expire` for an expiration"),
                },
                other => other,
            })?),
        };
        Ok(Action { kind, day })
    }
}

/// Which constraint a violation breaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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

/// One broken constraint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    /// The action as given.
    pub action: Action,
    /// Which constraint.
    pub constraint: Constraint,
    /// The rule that decides it, with the numbers.
    pub message: String,
    /// The nearest valid day for this action (given the earlier actions as repaired);
    /// `None` where no day would do (the class must change).
    pub nearest_day: Option<u32>,
}

/// The outcome of checking a rule.
#[derive(Debug, Clone, PartialEq, Eq)]
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
/// [`Error::Conflict`] for a rule with no action or more than one expiration;
/// [`Error::NotYetAvailable`] for a transition to a class that did not exist on the book's
/// date (the first such class in the order given).
#[allow(clippy::too_many_lines)] // one derivation, read top to bottom
pub fn check(actions: &[Action], book: &mut FactBook) -> Result<Checked, Error> {
    if actions.is_empty() {
        return Err(Error::Conflict {
            message: "a lifecycle rule needs at least one action, like GLACIER:90 or expire:365"
                .into(),
        });
    }
    let expirations = actions
        .iter()
        .filter(|a| a.kind == ActionKind::Expire)
        .count();
    if expirations > 1 {
        return Err(Error::Conflict {
            message: format!(
                "a lifecycle rule has at most one expiration, and {expirations} were given: keep the earliest"
            ),
        });
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
                message: format!(
                    "`{action}`: S3 Lifecycle never moves objects to STANDARD (transitions only go \
                     down the waterfall); remove it"
                ),
                nearest_day: None,
            });
            continue;
        }
        if !prev.0.can_transition_to(class) {
            // Only the targets that existed on the book's date.
            let targets: Vec<&str> = prev
                .0
                .targets()
                .into_iter()
                .filter(|c| c.exists(book))
                .map(StorageClass::api_name)
                .collect();
            violations.push(Violation {
                action,
                constraint: Constraint::Waterfall,
                message: format!(
                    "`{action}`: {} cannot transition to {} (supported from {}: {}); no day fixes \
                     this: change the class or remove it",
                    prev.0,
                    class,
                    prev.0,
                    if targets.is_empty() {
                        "nothing, it is the last class".to_string()
                    } else {
                        targets.join(", ")
                    }
                ),
                nearest_day: None,
            });
            continue;
        }
        let mut required = 0u32;
        let mut reason = String::new();
        let mut constraint = Constraint::MinimumDuration;
        if prev.0 != StorageClass::Standard {
            let min = prev.0.min_days(book)?;
            let gap = u32::try_from(min).unwrap_or(u32::MAX).max(1);
            required = prev.1.saturating_add(gap);
            reason = if min.is_zero() {
                format!(
                    "{} has no minimum duration, but two transitions need different days: day {} + 1 = {required}",
                    prev.0, prev.1
                )
            } else {
                format!(
                    "within one rule the next transition waits for the {}-day minimum of {} (entered on day {}{}): day {} + {} = {required}",
                    group(min),
                    prev.0,
                    prev.1,
                    if prev_moved { " once fixed" } else { "" },
                    prev.1,
                    group(min)
                )
            };
        }
        if class.is_infrequent_access() {
            let min_age = book.value(fact::LIFECYCLE_MIN_AGE_BEFORE_IA_DAYS)?;
            let min_age = u32::try_from(min_age).unwrap_or(u32::MAX);
            if min_age > required {
                required = min_age;
                constraint = Constraint::IaMinimumAge;
                reason = format!(
                    "rules created before {} (--as-of {}) must keep objects at least {min_age} days \
                     before a transition to STANDARD_IA or ONEZONE_IA",
                    ia_wait_removed(book)?,
                    book.as_of()
                );
            }
        }
        let fixed = day.max(required);
        if day < required {
            violations.push(Violation {
                action,
                constraint,
                message: format!("`{action}`: {reason}; nearest valid day {required}"),
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
            let reason = match last {
                Some(d) => format!(
                    "expiration must come after the last transition (day {d}): day {d} + 1 = {required}"
                ),
                None => "expiration days must be a non-zero positive integer".to_string(),
            };
            violations.push(Violation {
                action,
                constraint: Constraint::ExpirationOrder,
                message: format!("`{action}`: {reason}; nearest valid day {required}"),
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
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Segment {
    /// The class.
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
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    /// The transition.
    pub action: Action,
    /// Why.
    pub reason: String,
}

/// The object's path through a valid rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timeline {
    /// The classes in order, from S3 Standard at day 0.
    pub segments: Vec<Segment>,
    /// Transitions that do not apply to the object.
    pub skipped: Vec<Skipped>,
    /// The expiration day, if the rule expires the object.
    pub expires: Option<u32>,
}

/// An object size and a rule's size filter, in bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
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
                reason: "the rule's ObjectSizeGreaterThan filter excludes the object".into(),
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
                    reason: format!(
                        "by default S3 Lifecycle does not transition objects under {} to {class} \
                         (on {}); a size filter (--size-greater-than) overrides this",
                        bytes_label(min),
                        book.as_of()
                    ),
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

fn rule_text(actions: &[Action]) -> String {
    actions
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(" ")
}

/// `awscalc s3 lifecycle`: the rule's violations, or its timeline and billed days.
///
/// # Errors
/// A rule with no action or two expirations, or sizes that do not parse.
#[allow(clippy::too_many_lines)] // one derivation, read top to bottom
pub fn lifecycle(request: &LifecycleRequest, book: &mut FactBook) -> Result<Report, Error> {
    let mut report = Report::new("s3 lifecycle", book.as_of());
    let given = rule_text(&request.actions);
    report.input(
        "rule",
        &given,
        format!("{} actions", request.actions.len()),
        Value::List(
            request
                .actions
                .iter()
                .map(|a| Value::text(a.to_string()))
                .collect(),
        ),
    );
    let mut sizes = Sizes::default();
    if let Some(size) = &request.object_size {
        let bytes = object_bytes(size, KbConvention::Binary)?;
        report.input(
            "object_size",
            size.text(),
            size_understood(size, bytes),
            Value::Map(vec![
                ("given".into(), Value::text(size.text())),
                ("bytes".into(), Value::from(bytes)),
            ]),
        );
        sizes.object = Some(bytes);
    }
    if let Some(size) = &request.size_greater_than {
        let bytes = object_bytes(size, KbConvention::Binary)?;
        report.input(
            "size_greater_than",
            size.text(),
            format!("ObjectSizeGreaterThan {}", size_understood(size, bytes)),
            Value::Map(vec![
                ("given".into(), Value::text(size.text())),
                ("bytes".into(), Value::from(bytes)),
            ]),
        );
        sizes.greater_than = Some(bytes);
    }
    let checked = check(&request.actions, book)?;
    let has_ia = request
        .actions
        .iter()
        .any(|a| matches!(a.kind, ActionKind::Transition(c) if c.is_infrequent_access()));
    if checked.violations.is_empty() {
        report.field("verdict", Value::text("valid"), "");
        let path = timeline(&checked.repaired, sizes, book)?;
        describe_timeline(&mut report, &path);
        report.summary = format!("lifecycle rule {}", rule_text(&checked.repaired));
        if let Some(created) = &request.created {
            schedule(&mut report, created, &checked.repaired, &path)?;
        }
    } else {
        report.check_failed = true;
        let suggestion = rule_text(&checked.repaired);
        report.field("verdict", Value::text("invalid"), "");
        report.answer.push("verdict".into());
        let list = checked
            .violations
            .iter()
            .map(|v| {
                Value::Map(vec![
                    ("action".into(), Value::text(v.action.to_string())),
                    ("constraint".into(), Value::text(v.constraint.id())),
                    ("message".into(), Value::text(&v.message)),
                    (
                        "nearest_day".into(),
                        v.nearest_day.map_or(Value::Null, Value::number),
                    ),
                ])
            })
            .collect();
        report.detail("violations", Value::List(list), "");
        report.field("suggested_rule", Value::text(&suggestion), "");
        for v in &checked.violations {
            report.warn(v.message.clone());
        }
        let n = checked.violations.len();
        report.headline = format!(
            "invalid: {n} violation{}; nearest valid rule: {}",
            if n == 1 { "" } else { "s" },
            if suggestion.is_empty() {
                "none (remove the rule)"
            } else {
                &suggestion
            }
        );
        report.summary = format!("lifecycle rule {given}");
    }
    if has_ia {
        ia_note(&mut report, book)?;
    }
    if sizes.object.is_none() && sizes.greater_than.is_none() {
        let min = book.value(fact::LIFECYCLE_MIN_TRANSITION_BYTES)?;
        report.note(format!(
            "objects under {} are not transitioned by default (to any class since {}; \
             to Glacier Flexible Retrieval and Deep Archive they still were before): give \
             --object-size to follow one object",
            bytes_label(min),
            super::small_object_default_since(book)
        ));
    }
    report.attach_facts(book);
    Ok(report)
}

/// Each action's eligible time for an object created at `created`: creation + days,
/// rounded up to the next midnight UTC.
fn schedule(
    report: &mut Report,
    created: &Created,
    actions: &[Action],
    path: &Timeline,
) -> Result<(), Error> {
    report.input(
        "created",
        created.text(),
        created.to_string(),
        Value::text(timing::rfc3339(created.utc)),
    );
    let mut list = Vec::new();
    let mut final_action = None;
    for action in actions {
        let e = timing::eligible_at(created, action.day)?;
        let skipped = path.skipped.iter().any(|s| s.action == *action);
        timing::text_step(
            report,
            format!(
                "`{action}` eligible{}",
                if skipped {
                    " (not applied to the object)"
                } else {
                    ""
                }
            ),
            timing::formula(&e),
            timing::utc_text(e.eligible),
        );
        list.push(Value::Map(vec![
            ("action".into(), Value::text(action.to_string())),
            ("day".into(), Value::number(action.day)),
            ("eligible".into(), Value::text(timing::rfc3339(e.eligible))),
            ("applies".into(), Value::Bool(!skipped)),
        ]));
        final_action = Some(e);
    }
    report.detail("schedule", Value::List(list), "");
    if let Some(e) = final_action {
        timing::eligibility_notes(report, created, &e);
    }
    Ok(())
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

fn ia_wait_removed(book: &FactBook) -> Result<Date, Error> {
    ia_wait_change(book).map(|(since, _)| since)
}

fn ia_note(report: &mut Report, book: &mut FactBook) -> Result<(), Error> {
    let min_age = book.value(fact::LIFECYCLE_MIN_AGE_BEFORE_IA_DAYS)?;
    let ia_min = book.value(fact::MIN_DAYS_STANDARD_IA)?;
    let (removed, old_wait) = ia_wait_change(book)?;
    report.note(if min_age.is_zero() {
        format!(
            "rules created since {removed} may move objects to STANDARD_IA or ONEZONE_IA from day 0 \
             (--as-of {}); rules from before that date needed objects {} days old, as exam \
             material still teaches. The {}-day billing minimum of those classes is unchanged",
            book.as_of(),
            group(old_wait),
            group(ia_min)
        )
    } else {
        format!(
            "--as-of {} is before {removed}: a rule needed objects at least {} days old before \
             STANDARD_IA or ONEZONE_IA; rules created since may use day 0",
            book.as_of(),
            group(min_age)
        )
    });
    Ok(())
}

#[allow(clippy::too_many_lines)] // one derivation, read top to bottom
fn describe_timeline(report: &mut Report, path: &Timeline) {
    let mut list = Vec::new();
    let mut billed_parts = Vec::new();
    let mut stored = Decimal::ZERO;
    let mut billed = Decimal::ZERO;
    let mut from_creation = Decimal::ZERO;
    for seg in &path.segments {
        let days = seg.days();
        let seg_billed = seg.billed();
        list.push(Value::Map(vec![
            ("class".into(), Value::text(seg.class.api_name())),
            ("from_day".into(), Value::number(seg.from)),
            ("to_day".into(), seg.to.map_or(Value::Null, Value::number)),
            ("days".into(), days.map_or(Value::Null, Value::from)),
            ("min_days".into(), Value::from(seg.min_days)),
            (
                "billed_days".into(),
                seg_billed.map_or(Value::Null, Value::from),
            ),
            (
                "early_delete_days".into(),
                match (seg_billed, days) {
                    (Some(b), Some(d)) => Value::from(b - d),
                    _ => Value::Null,
                },
            ),
        ]));
        let (Some(to), Some(days), Some(seg_billed)) = (seg.to, days, seg_billed) else {
            continue;
        };
        let formula = if seg.min_days.is_zero() {
            format!("{to} - {} (no minimum)", seg.from)
        } else if seg_billed > days {
            format!(
                "max({to} - {}, {}): {} early",
                seg.from,
                group(seg.min_days),
                group(seg_billed - days)
            )
        } else {
            format!("max({to} - {}, {})", seg.from, group(seg.min_days))
        };
        report.step(
            format!(
                "{}, day {} to {to}: days billed",
                seg.class.api_name(),
                seg.from
            ),
            formula,
            seg_billed,
            "days",
        );
        stored += days;
        billed += seg_billed;
        from_creation += days + (seg.min_days - Decimal::from(to)).max(Decimal::ZERO);
        billed_parts.push(group(seg_billed));
    }
    for skip in &path.skipped {
        report.warn(format!(
            "`{}` does not apply to the object: {}",
            skip.action, skip.reason
        ));
    }
    report.detail("timeline", Value::List(list), "");
    report.field(
        "skipped",
        Value::List(
            path.skipped
                .iter()
                .map(|s| Value::text(s.action.to_string()))
                .collect(),
        ),
        "",
    );
    let final_segment = path.segments.last().copied();
    match (path.expires, final_segment) {
        (Some(expires), _) => {
            let total = report.step(
                "total days billed",
                billed_parts.join(" + "),
                billed,
                "days",
            );
            let early = total - stored;
            report.field("stored_days", Value::from(stored), "days");
            report.field("billed_days", Value::from(total), "days");
            report.field("early_delete_days", Value::from(early), "days");
            report.answer.push("billed_days".into());
            report.headline = format!(
                "valid: expires on day {expires}; stored {} days, billed {} days ({} early-deletion)",
                group(stored),
                group(total),
                group(early)
            );
            report.alternatives = vec![
                Alternative {
                    value: from_creation,
                    reading: "each minimum counted from the object's creation instead of from \
                              its transition into the class"
                        .into(),
                    distance: 1,
                },
                Alternative {
                    value: stored,
                    reading: "the days stored, without minimum storage durations".into(),
                    distance: 1,
                },
                Alternative {
                    value: early,
                    reading: "the early-deletion days alone".into(),
                    distance: 1,
                },
            ];
        }
        (None, Some(seg)) => {
            report.answer.push("verdict".into());
            report.headline = if path.segments.len() == 1 && !path.skipped.is_empty() {
                format!(
                    "valid, but the object stays in {} (no transition applies)",
                    seg.class
                )
            } else {
                format!(
                    "valid: the object ends in {} from day {}, with no expiration",
                    seg.class, seg.from
                )
            };
            if !seg.min_days.is_zero() {
                report.note(format!(
                    "deleting it from {} before day {} would bill the rest of its {}-day minimum",
                    seg.class,
                    Decimal::from(seg.from) + seg.min_days,
                    group(seg.min_days)
                ));
            }
        }
        (None, None) => report.answer.push("verdict".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::testing::num;
    use crate::facts::Registry;
    use jiff::civil::date;

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
        assert!(v.message.contains("GLACIER, DEEP_ARCHIVE"), "{}", v.message);
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
        for ((class, launch), billed) in LAUNCHES.into_iter().zip([130, 130, 130, 280, 190]) {
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
            let r = lifecycle(
                &LifecycleRequest {
                    actions: rule(&text),
                    object_size: None,
                    size_greater_than: None,
                    created: None,
                },
                &mut book(launch),
            )
            .unwrap();
            assert_eq!(num(&r, "billed_days"), Decimal::from(billed), "{text}");
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
        let message = |day: &mut FactBook| {
            check(&rule("GLACIER:30 STANDARD_IA:60"), day)
                .unwrap()
                .violations[0]
                .message
                .clone()
        };
        assert!(message(&mut on(2017, 6, 1))
            .contains("supported from GLACIER: nothing, it is the last class"));
        assert!(message(&mut on(2019, 3, 27)).contains("supported from GLACIER: DEEP_ARCHIVE"));
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
        let r = lifecycle(
            &LifecycleRequest {
                actions: rule("STANDARD_IA:30 GLACIER:120 expire:365"),
                object_size: None,
                size_greater_than: None,
                created: None,
            },
            &mut on(2024, 1, 1),
        )
        .unwrap();
        assert_eq!(r.get("verdict").unwrap().value, Value::text("valid"));
        assert_eq!(num(&r, "billed_days"), Decimal::from(365));
        assert_eq!(num(&r, "early_delete_days"), Decimal::ZERO);
    }

    /// STANDARD_IA:30 GLACIER:60 expire:100: Standard 30, IA 30 (min 30), Glacier 40 days
    /// billed 90: 30 + 30 + 90 = 150 billed for 100 stored. Counting Glacier's minimum from
    /// creation (age 100 ≥ 90) would give 100.
    #[test]
    fn expiring_before_glacier_minimum_bills_early_days() {
        let r = lifecycle(
            &LifecycleRequest {
                actions: rule("STANDARD_IA:30 GLACIER:60 expire:100"),
                object_size: None,
                size_greater_than: None,
                created: None,
            },
            &mut now(),
        )
        .unwrap();
        assert_eq!(num(&r, "stored_days"), Decimal::from(100));
        assert_eq!(num(&r, "billed_days"), Decimal::from(150));
        assert_eq!(num(&r, "early_delete_days"), Decimal::from(50));
        let e = r.check("100").unwrap();
        assert!(!e.matches);
        assert!(
            e.hints.iter().any(|h| h.contains("creation")),
            "{:?}",
            e.hints
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
}
