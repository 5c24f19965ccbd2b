//! The visibility timeout: whether it covers the processing of a message, and AWS's rule
//! for a queue that triggers a Lambda function.

use rust_decimal::Decimal;
use serde::Serialize;

use super::{setting, Seconds, Setting};
use crate::error::Error;
use crate::facts::lambda as lambda_fact;
use crate::facts::sqs as fact;
use crate::facts::FactBook;
use crate::steps::{Expr, Step, Unit};

/// `awscalc sqs --processing D [--visibility D] [--lambda-timeout D [--batch-window D]]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VisibilityRequest {
    /// How long a consumer takes to process (and delete) a message.
    pub processing: Option<Seconds>,
    /// The queue's visibility timeout; AWS's default when not given.
    pub visibility: Option<Seconds>,
    /// The timeout of the Lambda function the queue triggers.
    pub lambda_timeout: Option<Seconds>,
    /// The event source mapping's batching window (with `lambda_timeout`); 0 when not given.
    pub batch_window: Option<Seconds>,
}

/// A rule the visibility timeout must meet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum VisibilityRule {
    /// At least the processing time, or the message is received again meanwhile.
    Processing,
    /// At least the function's timeout: Lambda refuses the event source mapping otherwise.
    LambdaTimeout,
    /// At least six times the function's timeout (plus the batching window): AWS's advice,
    /// room for Lambda's retries when the function is throttled.
    LambdaAdvice,
}

/// What a step of [`visibility`] computes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum VisibilityStep {
    /// 6 × function timeout + batching window.
    LambdaNeeded,
    /// The visibility timeout's headroom over a rule's need.
    Headroom(VisibilityRule),
}

/// One rule checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct VisibilityCheck {
    /// Which rule.
    pub rule: VisibilityRule,
    /// The visibility timeout the rule needs, in seconds.
    pub needed: Decimal,
    /// Whether the visibility timeout meets it.
    pub holds: bool,
    /// How many seconds it falls short (0 when it holds).
    pub short_by: Decimal,
}

/// The visibility check's answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Visibility {
    /// The visibility timeout checked, in seconds: the one given, else AWS's default.
    pub visibility: Decimal,
    /// Whether it is AWS's default (no `--visibility`).
    pub visibility_is_default: bool,
    /// The shortest visibility timeout SQS allows, in seconds.
    pub min: Decimal,
    /// The longest visibility timeout SQS allows, in seconds.
    pub max: Decimal,
    /// The least visibility timeout that meets every rule checked, in seconds (none when
    /// only the range was checked).
    pub needed: Option<Decimal>,
    /// Whether a visibility timeout SQS allows can meet every rule (`needed ≤ max`).
    pub needed_allowed: bool,
    /// Whether the visibility timeout meets every rule checked.
    pub covered: bool,
    /// Each rule checked.
    pub checks: Vec<VisibilityCheck>,
    /// The derivation.
    pub steps: Vec<Step<VisibilityStep>>,
}

/// `awscalc sqs --processing D --visibility D`: whether the visibility timeout (AWS's
/// default, 30 s, when not given; 0 to 43,200 s) covers the processing time
/// (<https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-visibility-timeout.html>),
/// and with `--lambda-timeout` AWS's rule for a Lambda trigger: at least six times the
/// function timeout (<https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html>),
/// plus the batching window, during which the messages are already in flight.
///
/// ```
/// use awscalc::calc::sqs::{visibility, VisibilityRequest};
/// use awscalc::facts::{FactBook, Registry};
///
/// // Study notes 002:278: processing takes 5 minutes, so the default 30 s is too short.
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 12, 1));
/// let request = VisibilityRequest {
///     processing: Some("5min".parse().unwrap()),
///     visibility: None,
///     lambda_timeout: None,
///     batch_window: None,
/// };
/// let v = visibility(&request, &mut book).unwrap();
/// assert!(!v.covered);
/// assert_eq!(v.needed, Some(300.into()));
///
/// // 13 hours is above the 12-hour maximum: SQS refuses it.
/// let too_long = VisibilityRequest { visibility: Some("13h".parse().unwrap()), ..request };
/// assert!(visibility(&too_long, &mut book).is_err());
/// ```
///
/// # Errors
/// A visibility timeout, function timeout or batching window outside its range or not in
/// whole seconds.
pub fn visibility(request: &VisibilityRequest, book: &mut FactBook) -> Result<Visibility, Error> {
    let min = book.value(fact::VISIBILITY_TIMEOUT_MIN_SECONDS)?;
    let max = book.value(fact::VISIBILITY_TIMEOUT_MAX_SECONDS)?;
    let (visibility, visibility_is_default) = match &request.visibility {
        Some(v) => (setting(Setting::Visibility, v, min, max)?, false),
        None => (book.value(fact::VISIBILITY_TIMEOUT_DEFAULT_SECONDS)?, true),
    };
    let mut steps = Vec::new();
    let mut needs: Vec<(VisibilityRule, Expr)> = Vec::new();
    if let Some(processing) = &request.processing {
        needs.push((
            VisibilityRule::Processing,
            Expr::quantity("processing", processing.seconds(), Unit::Seconds),
        ));
    }
    if let Some(timeout) = &request.lambda_timeout {
        let lambda_max = book.value(lambda_fact::TIMEOUT_MAX_SECONDS)?;
        // A timeout is a whole, positive number of seconds: at least one.
        let t = setting(Setting::LambdaTimeout, timeout, Decimal::ONE, lambda_max)?;
        let multiple = book.value(fact::LAMBDA_VISIBILITY_TIMEOUT_MULTIPLE)?;
        let six = Expr::quantity("multiple", multiple, Unit::Count).times(Expr::quantity(
            "function_timeout",
            t,
            Unit::Seconds,
        ));
        let advice = match &request.batch_window {
            Some(window) => {
                let window_max = book.value(fact::LAMBDA_BATCHING_WINDOW_MAX_SECONDS)?;
                let w = setting(Setting::BatchWindow, window, Decimal::ZERO, window_max)?;
                Expr::sum(vec![
                    six,
                    Expr::quantity("batching_window", w, Unit::Seconds),
                ])
            }
            None => six,
        };
        let step = Step::new(VisibilityStep::LambdaNeeded, advice)?;
        let advised = Expr::earlier("lambda_needed", &step);
        steps.push(step);
        needs.push((
            VisibilityRule::LambdaTimeout,
            Expr::quantity("function_timeout", t, Unit::Seconds),
        ));
        needs.push((VisibilityRule::LambdaAdvice, advised));
    }
    let mut checks = Vec::new();
    for (rule, need) in needs {
        let needed = need.eval()?;
        let holds = needed <= visibility;
        steps.push(Step::new(
            VisibilityStep::Headroom(rule),
            Expr::headroom(
                need,
                Expr::quantity("visibility", visibility, Unit::Seconds),
                holds,
            ),
        )?);
        checks.push(VisibilityCheck {
            rule,
            needed,
            holds,
            short_by: (needed - visibility).max(Decimal::ZERO),
        });
    }
    let needed = checks.iter().map(|c| c.needed).max();
    Ok(Visibility {
        visibility,
        visibility_is_default,
        min,
        max,
        needed,
        needed_allowed: needed.is_none_or(|n| n <= max),
        covered: checks.iter().all(|c| c.holds),
        checks,
        steps,
    })
}
