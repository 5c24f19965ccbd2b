//! Amazon SQS: whether a visibility timeout covers the processing of a message (and AWS's
//! rule for a queue that triggers Lambda), and how many ReceiveMessage calls pollers make
//! with short and long polling.
//!
//! The rules, from the SQS and Lambda developer guides:
//!
//! ```text
//! visibility timeout ≥ processing time                       (0 to 43,200 s; default 30 s)
//! visibility timeout ≥ 6 × function timeout (+ batching window)   for a Lambda trigger
//! idle receives per poller per minute = 60 s / wait time      (long polling, 1 to 20 s)
//! ```
//!
//! The calculators return typed results ([`Visibility`], [`Polling`]); the English report
//! is built from them by [`crate::explain::sqs`], which also words each [`Problem`].

use rust_decimal::Decimal;

use crate::error::Error;
use crate::units::{Duration, DurationGrammar};

mod cost;
mod fifo;
mod groups;
mod message;
mod polling;
mod settings;
#[cfg(test)]
mod tests;
mod visibility;

pub use cost::{cost, Cost, CostRequest, CostStep, MONTH_HOURS};
pub use fifo::{throughput, Throughput, ThroughputRequest, ThroughputStep, TpsSource};
pub use groups::{groups, Groups, GroupsRequest, GroupsStep};
pub use message::{message, Message, MessageLimit, MessageRequest, MessageRoute, MessageStep};
pub use polling::{polling, Polling, PollingRequest, PollingStep, MINUTES_PER_MONTH};
pub use settings::{settings, QueueSetting, SettingCheck, Settings, SettingsRequest};
pub use visibility::{
    visibility, Visibility, VisibilityCheck, VisibilityRequest, VisibilityRule, VisibilityStep,
};

pub(crate) const ACCEPTED: &str = "a duration: 0, 30s, 5min, 12h; a bare number is seconds";

/// An SQS setting or a time measured in seconds, as typed: `30s`, `5min`, `12h`; a bare
/// number is seconds, and zero is allowed (`--visibility 0`, `--wait 0`: short polling).
///
/// The shared duration grammar of [`crate::units::Duration`] (docs/cli.md), with zero.
///
/// ```
/// use awscalc::calc::sqs::Seconds;
/// let s: Seconds = "5min".parse().unwrap();
/// assert_eq!(s.seconds(), 300.into());
/// assert_eq!("0".parse::<Seconds>().unwrap().seconds(), 0.into());
/// assert!("-5s".parse::<Seconds>().is_err());
/// assert!("5 fortnights".parse::<Seconds>().is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seconds {
    seconds: Decimal,
    text: String,
}

impl Seconds {
    /// The duration in seconds, exactly.
    #[must_use]
    pub fn seconds(&self) -> Decimal {
        self.seconds
    }

    /// The text as typed, trimmed.
    #[must_use]
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Whether the text gave a unit (a bare number is seconds).
    #[must_use]
    pub fn has_unit(&self) -> bool {
        self.text.chars().any(|c| c.is_ascii_alphabetic())
    }
}

impl std::fmt::Display for Seconds {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

impl std::str::FromStr for Seconds {
    type Err = Error;

    fn from_str(input: &str) -> Result<Seconds, Error> {
        let text = input.trim();
        let grammar = DurationGrammar {
            what: "duration",
            bare_seconds: Some(1),
            smallest_unit_seconds: 1,
            accepted: ACCEPTED,
        };
        match Duration::parse(text, &grammar) {
            Ok(d) => Ok(Seconds {
                seconds: d.seconds(),
                text: text.to_string(),
            }),
            // Zero is a setting here (short polling, a visibility timeout of 0): the shared
            // grammar asks for a positive number, so a zero is read here, unit checked.
            Err(Error::NotPositive { .. }) if !text.starts_with('-') => {
                let unit = text.trim_start_matches(|c: char| {
                    c.is_ascii_digit() || matches!(c, '.' | '_' | '+')
                });
                if unit.trim().is_empty() || crate::units::time_unit_seconds(unit).is_some() {
                    Ok(Seconds {
                        seconds: Decimal::ZERO,
                        text: text.to_string(),
                    })
                } else {
                    Err(Problem::UnknownUnit {
                        input: text.to_string(),
                        unit: unit.trim().to_ascii_lowercase(),
                    }
                    .into())
                }
            }
            Err(Error::NotPositive { input, .. }) => Err(Error::InvalidDuration {
                input,
                reason: "it is negative".into(),
                accepted: ACCEPTED,
            }),
            Err(e) => Err(e),
        }
    }
}

/// Which SQS or Lambda setting a value was given for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Setting {
    /// The queue's visibility timeout (`--visibility`).
    Visibility,
    /// The function's timeout (`--lambda-timeout`).
    LambdaTimeout,
    /// The event source mapping's batching window (`--batch-window`).
    BatchWindow,
    /// The receive wait time (`--wait`).
    Wait,
    /// Messages per receive (`--per-receive`).
    PerReceive,
    /// Messages per batch call (`--batch-size`).
    Batch,
    /// The queue's own maximum message size (`--queue-max`).
    QueueMax,
}

/// An input SQS or Lambda does not accept (worded by [`crate::explain::sqs`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// A setting outside its range on the date.
    OutOfRange {
        /// Which setting.
        setting: Setting,
        /// The value as typed.
        input: String,
        /// The least allowed.
        min: Decimal,
        /// The most allowed.
        max: Decimal,
    },
    /// A high-throughput figure (`--tps`) below a FIFO queue's calls per second without
    /// high-throughput mode: the mode never lowers the ceiling.
    TpsBelowFifo {
        /// The value as typed.
        input: String,
        /// A FIFO queue's calls per second per action without high-throughput mode.
        min: Decimal,
    },
    /// A call's payload (a message, or a batch of them) above SQS's maximum in force.
    PayloadTooLarge {
        /// The message size as typed.
        input: String,
        /// Messages per call.
        batch: Decimal,
        /// The call's payload in bytes.
        bytes: Decimal,
        /// SQS's maximum in bytes on the date.
        max: Decimal,
    },
    /// A setting AWS takes in whole seconds, given with a fraction.
    NotWholeSeconds {
        /// Which setting.
        setting: Setting,
        /// The value as typed.
        input: String,
    },
    /// Short polling (`--wait 0`) without the pause between a poller's receives.
    ShortPollingWithoutInterval,
    /// A settings check with no setting to check.
    NoSetting,
    /// A zero duration with a unit that is no unit of time (`0fortnights`).
    UnknownUnit {
        /// The duration as typed.
        input: String,
        /// The unit, lowercased.
        unit: String,
    },
}

impl From<Problem> for Error {
    fn from(problem: Problem) -> Error {
        Error::Sqs(problem)
    }
}

/// `value` checked against `min..=max` and whole seconds.
fn setting(
    setting: Setting,
    value: &Seconds,
    min: Decimal,
    max: Decimal,
) -> Result<Decimal, Problem> {
    let seconds = value.seconds();
    if seconds < min || seconds > max {
        return Err(Problem::OutOfRange {
            setting,
            input: value.text().to_string(),
            min,
            max,
        });
    }
    if seconds.fract() != Decimal::ZERO {
        return Err(Problem::NotWholeSeconds {
            setting,
            input: value.text().to_string(),
        });
    }
    Ok(seconds)
}

impl Problem {
    /// The kind of error, for scripts.
    #[must_use]
    pub fn kind(&self) -> &'static str {
        match self {
            Problem::OutOfRange { .. }
            | Problem::TpsBelowFifo { .. }
            | Problem::PayloadTooLarge { .. } => "aws_limit",
            Problem::NotWholeSeconds { .. } => "not_whole",
            Problem::ShortPollingWithoutInterval | Problem::NoSetting => "conflict",
            Problem::UnknownUnit { .. } => "invalid_duration",
        }
    }

    /// The value at fault, as typed, where the problem has one.
    #[must_use]
    pub fn value(&self) -> Option<&str> {
        match self {
            Problem::OutOfRange { input, .. }
            | Problem::NotWholeSeconds { input, .. }
            | Problem::TpsBelowFifo { input, .. }
            | Problem::PayloadTooLarge { input, .. }
            | Problem::UnknownUnit { input, .. } => Some(input),
            Problem::ShortPollingWithoutInterval | Problem::NoSetting => None,
        }
    }
}
