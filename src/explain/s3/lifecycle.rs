//! `awscalc s3 lifecycle` in the short syntax, in words, from the typed [`Lifecycle`] of
//! [`crate::calc::s3::lifecycle`].
//!
//! The days-billed formulas print as they always have, with an ASCII hyphen and the ages
//! ungrouped (`max(100 - 60, 90)`), not with the `−` of [`formula::text`]: one wording for
//! every formula is issue #12's.

use rust_decimal::Decimal;

use super::timing::{self as words, rfc3339, text_step, utc_text};
use super::{bytes_label, object_size_input, size_understood, small_object_default_since};
use crate::calc::s3::lifecycle::{
    self as calc, Action, ActionKind, BilledStep, IaWait, Lifecycle, LifecycleRequest, Reason,
    SkipReason, Timeline, ValidRule, Verdict, Violation,
};
use crate::error::Error;
use crate::explain::formula;
use crate::facts::FactBook;
use crate::report::{Alternative, Report, Value};
use crate::steps::{Expr, Step};
use crate::units::group;

/// `STANDARD_IA:30 GLACIER:60 expire:100`.
fn rule_text(actions: &[Action]) -> String {
    actions
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The violation in words: the rule that decides it, with the numbers.
#[must_use]
pub fn violation_text(v: &Violation, book: &FactBook) -> String {
    let action = v.action;
    let required = v.nearest_day.unwrap_or_default();
    let reason = match &v.reason {
        Reason::ToStandard => {
            return format!(
                "`{action}`: S3 Lifecycle never moves objects to STANDARD (transitions only go \
                 down the waterfall); remove it"
            )
        }
        Reason::Waterfall { from, supported } => {
            let class = match action.kind {
                ActionKind::Transition(class) => class.api_name(),
                ActionKind::Expire => "",
            };
            let targets: Vec<&str> = supported.iter().map(|c| c.api_name()).collect();
            return format!(
                "`{action}`: {from} cannot transition to {class} (supported from {from}: {}); no \
                 day fixes this: change the class or remove it",
                if targets.is_empty() {
                    "nothing, it is the last class".to_string()
                } else {
                    targets.join(", ")
                }
            );
        }
        Reason::MinimumDuration {
            class,
            min_days,
            entered,
            ..
        } if min_days.is_zero() => format!(
            "{class} has no minimum duration, but two transitions need different days: day \
             {entered} + 1 = {required}"
        ),
        Reason::MinimumDuration {
            class,
            min_days,
            entered,
            moved,
        } => format!(
            "within one rule the next transition waits for the {}-day minimum of {class} \
             (entered on day {entered}{}): day {entered} + {} = {required}",
            group(*min_days),
            if *moved { " once fixed" } else { "" },
            group(*min_days)
        ),
        Reason::IaMinimumAge { min_age, removed } => format!(
            "rules created before {removed} (--as-of {}) must keep objects at least {min_age} \
             days before a transition to STANDARD_IA or ONEZONE_IA",
            book.as_of()
        ),
        Reason::ExpirationOrder { last: Some(d) } => format!(
            "expiration must come after the last transition (day {d}): day {d} + 1 = {required}"
        ),
        Reason::ExpirationOrder { last: None } => {
            "expiration days must be a non-zero positive integer".to_string()
        }
    };
    format!("`{action}`: {reason}; nearest valid day {required}")
}

/// Why a transition does not apply to the object, in words.
fn skip_text(reason: SkipReason, action: Action, book: &FactBook) -> String {
    match reason {
        SkipReason::Filtered => {
            "the rule's ObjectSizeGreaterThan filter excludes the object".to_string()
        }
        SkipReason::TooSmall { min_bytes } => {
            let class = match action.kind {
                ActionKind::Transition(class) => class.api_name(),
                ActionKind::Expire => "",
            };
            format!(
                "by default S3 Lifecycle does not transition objects under {} to {class} (on {}); \
                 a size filter (--size-greater-than) overrides this",
                bytes_label(min_bytes),
                book.as_of()
            )
        }
    }
}

/// A quantity of days as the lifecycle formulas print it: ungrouped.
fn plain(expr: &Expr) -> String {
    expr.eval()
        .map_or_else(|_| "?".to_string(), |v| v.normalize().to_string())
}

/// `to − from` as the lifecycle formulas have always printed it: `100 - 60`.
fn hyphen_difference(expr: &Expr) -> Option<String> {
    match expr {
        Expr::Sub { left, right } => Some(format!("{} - {}", plain(left), plain(right))),
        _ => None,
    }
}

/// A billing step's formula: `30 - 0 (no minimum)`, `max(60 - 30, 30)`,
/// `max(100 - 60, 90): 50 early`, `30 + 30 + 90`.
fn billed_formula(step: &Step<BilledStep>) -> String {
    match &*step.formula {
        difference @ Expr::Sub { .. } => format!(
            "{} (no minimum)",
            hyphen_difference(difference).unwrap_or_default()
        ),
        Expr::Max { terms } => match terms.as_slice() {
            [days, min] => {
                let shown = format!(
                    "max({}, {})",
                    hyphen_difference(days).unwrap_or_else(|| formula::text(days)),
                    formula::text(min)
                );
                match days.eval() {
                    Ok(days) if step.value > days => {
                        format!("{shown}: {} early", group(step.value - days))
                    }
                    _ => shown,
                }
            }
            _ => formula::text(&step.formula),
        },
        other => formula::text(other),
    }
}

/// The path, its steps and the headline of a valid rule.
#[allow(clippy::too_many_lines)] // one report, read top to bottom
fn describe_valid(report: &mut Report, valid: &ValidRule, book: &FactBook) {
    let path: &Timeline = &valid.timeline;
    let mut list = Vec::new();
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
    }
    for step in &valid.steps {
        let label = match step.what {
            BilledStep::Segment { class, from, to } => {
                format!("{}, day {from} to {to}: days billed", class.api_name())
            }
            BilledStep::Total => "total days billed".to_string(),
        };
        report.step(label, billed_formula(step), step.value, "days");
    }
    for skip in &path.skipped {
        report.warn(format!(
            "`{}` does not apply to the object: {}",
            skip.action,
            skip_text(skip.reason, skip.action, book)
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
    match (valid.billing, final_segment) {
        (Some(billing), _) => {
            let stored = billing.stored_days;
            let early = billing.early_delete_days;
            report.field("stored_days", Value::from(stored), "days");
            report.field("billed_days", Value::from(billing.billed_days), "days");
            report.field("early_delete_days", Value::from(early), "days");
            report.answer.push("billed_days".into());
            report.headline = format!(
                "valid: expires on day {}; stored {} days, billed {} days ({} early-deletion)",
                billing.expires,
                group(stored),
                group(billing.billed_days),
                group(early)
            );
            report.alternatives = vec![
                Alternative {
                    value: billing.from_creation_days,
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

/// Each action's eligible time for an object created at `--created`.
fn describe_schedule(report: &mut Report, request: &LifecycleRequest, valid: &ValidRule) {
    let Some(created) = &request.created else {
        return;
    };
    report.input(
        "created",
        created.text(),
        created.to_string(),
        Value::text(rfc3339(created.utc)),
    );
    let mut list = Vec::new();
    for due in &valid.schedule {
        let action = due.action;
        text_step(
            report,
            format!(
                "`{action}` eligible{}",
                if due.applies {
                    ""
                } else {
                    " (not applied to the object)"
                }
            ),
            words::formula(&due.eligible),
            utc_text(due.eligible.eligible),
        );
        list.push(Value::Map(vec![
            ("action".into(), Value::text(action.to_string())),
            ("day".into(), Value::number(action.day)),
            (
                "eligible".into(),
                Value::text(rfc3339(due.eligible.eligible)),
            ),
            ("applies".into(), Value::Bool(due.applies)),
        ]));
    }
    report.detail("schedule", Value::List(list), "");
    if let Some(last) = valid.schedule.last() {
        words::notes(report, created, &last.eligible);
    }
}

/// The wait before Standard-IA and One Zone-IA, on the book's date and before.
fn ia_note(report: &mut Report, wait: &IaWait, book: &FactBook) {
    report.note(if wait.min_age.is_zero() {
        format!(
            "rules created since {} may move objects to STANDARD_IA or ONEZONE_IA from day 0 \
             (--as-of {}); rules from before that date needed objects {} days old, as exam \
             material still teaches. The {}-day billing minimum of those classes is unchanged",
            wait.removed,
            book.as_of(),
            group(wait.old_wait),
            group(wait.ia_min_days)
        )
    } else {
        format!(
            "--as-of {} is before {}: a rule needed objects at least {} days old before \
             STANDARD_IA or ONEZONE_IA; rules created since may use day 0",
            book.as_of(),
            wait.removed,
            group(wait.min_age)
        )
    });
}

/// The report of a computed rule, its facts attached from `book`.
#[allow(clippy::too_many_lines)] // one report, read top to bottom
pub(crate) fn report(request: &LifecycleRequest, result: &Lifecycle, book: &FactBook) -> Report {
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
    if let (Some(size), Some(bytes)) = (&request.object_size, result.sizes.object) {
        object_size_input(&mut report, size, bytes);
    }
    if let (Some(size), Some(bytes)) = (&request.size_greater_than, result.sizes.greater_than) {
        report.input(
            "size_greater_than",
            size.text(),
            format!("ObjectSizeGreaterThan {}", size_understood(size, bytes)),
            Value::Map(vec![
                ("given".into(), Value::text(size.text().to_owned())),
                ("bytes".into(), Value::from(bytes)),
            ]),
        );
    }
    match &result.verdict {
        Verdict::Valid(valid) => {
            report.field("verdict", Value::text("valid"), "");
            describe_valid(&mut report, valid, book);
            report.summary = format!("lifecycle rule {}", rule_text(&valid.rule));
            describe_schedule(&mut report, request, valid);
        }
        Verdict::Invalid(checked) => {
            report.check_failed = true;
            let suggestion = rule_text(&checked.repaired);
            report.field("verdict", Value::text("invalid"), "");
            report.answer.push("verdict".into());
            let messages: Vec<String> = checked
                .violations
                .iter()
                .map(|v| violation_text(v, book))
                .collect();
            let list = checked
                .violations
                .iter()
                .zip(&messages)
                .map(|(v, message)| {
                    Value::Map(vec![
                        ("action".into(), Value::text(v.action.to_string())),
                        ("constraint".into(), Value::text(v.constraint.id())),
                        ("message".into(), Value::text(message.clone())),
                        (
                            "nearest_day".into(),
                            v.nearest_day.map_or(Value::Null, Value::number),
                        ),
                    ])
                })
                .collect();
            report.detail("violations", Value::List(list), "");
            report.field("suggested_rule", Value::text(suggestion.clone()), "");
            for message in messages {
                report.warn(message);
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
    }
    if let Some(wait) = &result.ia_wait {
        ia_note(&mut report, wait, book);
    }
    if let Some(min) = result.default_min_bytes {
        report.note(format!(
            "objects under {} are not transitioned by default (to any class since {}; \
             to Glacier Flexible Retrieval and Deep Archive they still were before): give \
             --size to follow one object",
            bytes_label(min),
            small_object_default_since(book)
        ));
    }
    report.attach_facts(book);
    report
}

/// `awscalc s3 lifecycle`: [`calc::lifecycle`], explained.
///
/// ```
/// use awscalc::calc::s3::lifecycle::LifecycleRequest;
/// use awscalc::facts::{FactBook, Registry};
///
/// let request = LifecycleRequest {
///     actions: vec!["GLACIER_IR:4".parse().unwrap(), "DEEP_ARCHIVE:50".parse().unwrap()],
///     object_size: None,
///     size_greater_than: None,
///     created: None,
/// };
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 11, 30));
/// let report = awscalc::explain::s3::lifecycle::lifecycle(&request, &mut book).unwrap();
/// assert_eq!(
///     report.headline,
///     "invalid: 1 violation; nearest valid rule: GLACIER_IR:4 DEEP_ARCHIVE:94"
/// );
/// ```
///
/// # Errors
/// As [`calc::lifecycle`].
pub fn lifecycle(request: &LifecycleRequest, book: &mut FactBook) -> Result<Report, Error> {
    let result = calc::lifecycle(request, book)?;
    Ok(report(request, &result, book))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::testing::num;
    use crate::facts::Registry;
    use jiff::civil::date;

    fn words(text: &str, on: jiff::civil::Date) -> Report {
        lifecycle(
            &LifecycleRequest {
                actions: text
                    .split_whitespace()
                    .map(|a| a.parse().unwrap())
                    .collect(),
                object_size: None,
                size_greater_than: None,
                created: None,
            },
            &mut FactBook::new(Registry::builtin(), on),
        )
        .unwrap()
    }

    /// STANDARD_IA:30 GLACIER:60 expire:100: 30 + 30 + 90 = 150 billed; counting Glacier's
    /// minimum from creation (age 100 ≥ 90) would give 100, which `--expect` names.
    #[test]
    fn expiring_before_glacier_minimum_bills_early_days() {
        let r = words("STANDARD_IA:30 GLACIER:60 expire:100", date(2026, 11, 22));
        assert_eq!(num(&r, "stored_days"), Decimal::from(100));
        assert_eq!(num(&r, "billed_days"), Decimal::from(150));
        assert_eq!(num(&r, "early_delete_days"), Decimal::from(50));
        let formulas: Vec<&str> = r.steps.iter().map(|s| s.formula.as_str()).collect();
        assert_eq!(
            formulas,
            [
                "30 - 0 (no minimum)",
                "max(60 - 30, 30)",
                "max(100 - 60, 90): 50 early",
                "30 + 30 + 90"
            ]
        );
        let e = r.check("100").unwrap();
        assert!(!e.matches);
        assert!(
            e.hints.iter().any(|h| h.contains("creation")),
            "{:?}",
            e.hints
        );
    }

    /// Each violation's words, with its numbers.
    #[test]
    fn violations_read_as_before() {
        let message = |text: &str, on| words(text, on).notes[0].text.clone();
        assert_eq!(
            message("GLACIER_IR:4 DEEP_ARCHIVE:50", date(2026, 11, 30)),
            "`DEEP_ARCHIVE:50`: within one rule the next transition waits for the 90-day minimum \
             of GLACIER_IR (entered on day 4): day 4 + 90 = 94; nearest valid day 94"
        );
        assert!(message("GLACIER:30 STANDARD_IA:60", date(2017, 6, 1))
            .contains("supported from GLACIER: nothing, it is the last class"));
        assert!(message("GLACIER:30 STANDARD_IA:60", date(2019, 3, 27))
            .contains("supported from GLACIER: DEEP_ARCHIVE"));
        assert_eq!(
            message("GLACIER_IR:30 GLACIER:30", date(2026, 11, 30)),
            "`GLACIER:30`: within one rule the next transition waits for the 90-day minimum of \
             GLACIER_IR (entered on day 30): day 30 + 90 = 120; nearest valid day 120"
        );
        assert_eq!(
            message("INTELLIGENT_TIERING:30 GLACIER:30", date(2026, 11, 30)),
            "`GLACIER:30`: INTELLIGENT_TIERING has no minimum duration, but two transitions need \
             different days: day 30 + 1 = 31; nearest valid day 31"
        );
        assert_eq!(
            message("expire:0", date(2026, 11, 30)),
            "`expire:0`: expiration days must be a non-zero positive integer; nearest valid day 1"
        );
    }
}
