//! Queue settings: a retention period, a delay, a redrive policy's `maxReceiveCount` and a
//! count of in-flight messages, each against AWS's range in force on the date.

use rust_decimal::Decimal;
use serde::Serialize;

use super::{Problem, Seconds};
use crate::calc::lambda::QueueKind;
use crate::error::Error;
use crate::facts::sqs as fact;
use crate::facts::FactBook;
use crate::steps::{Expr, Step, Unit};

/// `awscalc sqs --retention D --delay D --max-receive-count N --in-flight N`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SettingsRequest {
    /// Standard (default) or FIFO: the in-flight limit differs.
    pub kind: Option<QueueKind>,
    /// Message retention period (MessageRetentionPeriod).
    pub retention: Option<Seconds>,
    /// Delay of the queue or a message (DelaySeconds).
    pub delay: Option<Seconds>,
    /// Receives before a message moves to the dead-letter queue (maxReceiveCount).
    pub max_receive_count: Option<u64>,
    /// Messages received and not yet deleted at once.
    pub in_flight: Option<u64>,
}

/// Which setting a check is of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QueueSetting {
    /// MessageRetentionPeriod: 1 minute to 14 days.
    Retention,
    /// DelaySeconds: 0 to 15 minutes.
    Delay,
    /// maxReceiveCount: 1 to 1,000.
    MaxReceiveCount,
    /// In-flight messages: about 120,000 (standard), 120,000 (FIFO, 20,000 before 2024-11).
    InFlight,
}

/// One setting against its range.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SettingCheck {
    /// Which setting.
    pub setting: QueueSetting,
    /// The value (seconds for times, a count otherwise).
    pub value: Decimal,
    /// The least allowed.
    pub min: Decimal,
    /// The most allowed.
    pub max: Decimal,
    /// Whether `min ≤ value ≤ max`.
    pub fits: bool,
}

/// The settings check's answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Settings {
    /// Standard or FIFO.
    pub kind: QueueKind,
    /// Whether every setting given fits.
    pub fits: bool,
    /// Each setting, in the order retention, delay, maxReceiveCount, in-flight.
    pub checks: Vec<SettingCheck>,
    /// The derivation: the most allowed − the value, for each.
    pub steps: Vec<Step<QueueSetting>>,
}

/// `awscalc sqs --retention 20d`: whether each queue setting given is within AWS's range on
/// the date: retention 60 s to 1,209,600 s (14 days), delay 0 to 900 s (15 minutes)
/// (<https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html>),
/// `maxReceiveCount` 1 to 1,000 (not confirmed on an AWS page), in-flight messages up to
/// about 120,000 (standard) or 120,000 (FIFO; 20,000 before November 2024).
///
/// ```
/// use awscalc::calc::lambda::QueueKind;
/// use awscalc::calc::sqs::{settings, SettingsRequest};
/// use awscalc::facts::{FactBook, Registry};
///
/// let mut today = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 12, 1));
/// let r = SettingsRequest {
///     kind: None,
///     retention: Some("14d".parse().unwrap()),
///     delay: None,
///     max_receive_count: None,
///     in_flight: None,
/// };
/// assert!(settings(&r, &mut today).unwrap().fits);
/// // 50,000 in flight on a FIFO queue: too many before November 2024 (20,000).
/// let fifo = SettingsRequest { kind: Some(QueueKind::Fifo), retention: None, in_flight: Some(50_000), ..r };
/// assert!(settings(&fifo, &mut today).unwrap().fits);
/// let mut then = FactBook::new(Registry::builtin(), jiff::civil::date(2024, 1, 1));
/// assert!(!settings(&fifo, &mut then).unwrap().fits);
/// ```
///
/// # Errors
/// No setting given, or a time that is not whole seconds.
pub fn settings(request: &SettingsRequest, book: &mut FactBook) -> Result<Settings, Error> {
    let kind = request.kind.unwrap_or(QueueKind::Standard);
    let mut checks = Vec::new();
    if let Some(retention) = &request.retention {
        let min = book.value(fact::RETENTION_MIN_SECONDS)?;
        let max = book.value(fact::RETENTION_MAX_SECONDS)?;
        checks.push((QueueSetting::Retention, whole_seconds(retention)?, min, max));
    }
    if let Some(delay) = &request.delay {
        let max = book.value(fact::DELAY_MAX_SECONDS)?;
        checks.push((
            QueueSetting::Delay,
            whole_seconds(delay)?,
            Decimal::ZERO,
            max,
        ));
    }
    if let Some(count) = request.max_receive_count {
        let min = book.value(fact::MAX_RECEIVE_COUNT_MIN)?;
        let max = book.value(fact::MAX_RECEIVE_COUNT_MAX)?;
        checks.push((
            QueueSetting::MaxReceiveCount,
            Decimal::from(count),
            min,
            max,
        ));
    }
    if let Some(count) = request.in_flight {
        let max = match kind {
            QueueKind::Standard => book.value(fact::IN_FLIGHT_MAX_STANDARD)?,
            QueueKind::Fifo => book.value(fact::IN_FLIGHT_MAX_FIFO)?,
        };
        checks.push((
            QueueSetting::InFlight,
            Decimal::from(count),
            Decimal::ZERO,
            max,
        ));
    }
    if checks.is_empty() {
        return Err(Problem::NoSetting.into());
    }
    let mut steps = Vec::new();
    let mut out = Vec::new();
    for (setting, value, min, max) in checks {
        let fits = value >= min && value <= max;
        let unit = match setting {
            QueueSetting::Retention | QueueSetting::Delay => Unit::Seconds,
            QueueSetting::MaxReceiveCount | QueueSetting::InFlight => Unit::Count,
        };
        steps.push(Step::new(
            setting,
            Expr::headroom(
                Expr::quantity("value", value, unit),
                Expr::quantity("max", max, unit),
                value <= max,
            ),
        )?);
        out.push(SettingCheck {
            setting,
            value,
            min,
            max,
            fits,
        });
    }
    Ok(Settings {
        kind,
        fits: out.iter().all(|c| c.fits),
        checks: out,
        steps,
    })
}

/// A time SQS sets in whole seconds.
fn whole_seconds(value: &Seconds) -> Result<Decimal, Error> {
    let seconds = value.seconds();
    if seconds.fract() != Decimal::ZERO {
        return Err(Error::NotWhole {
            what: "number of seconds",
            input: value.text().to_string(),
        });
    }
    Ok(seconds)
}
