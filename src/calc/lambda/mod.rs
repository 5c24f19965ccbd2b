//! AWS Lambda: the concurrent executions a workload needs and what the account's quota,
//! reserved and provisioned concurrency make of it; the request rate a concurrency
//! sustains.
//!
//! The rule, from <https://docs.aws.amazon.com/lambda/latest/dg/lambda-concurrency.html>:
//!
//! ```text
//! Concurrency = (average requests per second) * (average request duration in seconds)
//! ```
//!
//! rounded up here to whole execution environments. How fast a function gets there is
//! [`scaling`]'s question. The calculators return typed results ([`Concurrency`],
//! [`SustainedRate`], [`Scaling`]) with typed findings ([`Finding`]); the English report is
//! built from them by [`crate::explain::lambda`].

use std::str::FromStr;

use rust_decimal::Decimal;

use crate::error::Error;
use crate::units::{leading_number, Duration, DurationGrammar};

mod concurrency;
mod cost;
mod limits;
mod queue;
mod scaling;
mod streams;
#[cfg(test)]
mod tests;

pub use concurrency::{
    concurrency, sustained_rate, Concurrency, ConcurrencyRequest, ConcurrencyStep, Finding,
    RateRequest, RateStep, SustainedRate,
};
pub use cost::{cost, Cost, CostRequest, CostStep, Invocations, MONTH_SECONDS};
pub use limits::{limits, FrontDoor, LimitCheck, LimitKind, Limits, LimitsRequest};
pub use queue::{
    queue_concurrency, QueueConcurrency, QueueKind, QueueLimit, QueueRequest, QueueStep,
};
pub use scaling::{scaling, Scaling, ScalingRequest, ScalingRule, ScalingStep};
pub use streams::{stream_concurrency, StreamConcurrency, StreamRequest, StreamStep};

/// Why a Lambda question has no answer: a setting outside AWS's range, or inputs that do
/// not fit together. The words are [`crate::explain::lambda`]'s.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// An SQS event source mapping's setting outside what AWS allows.
    OutOfRange {
        /// Which setting.
        setting: MappingSetting,
        /// The value given.
        value: u64,
        /// The least allowed.
        min: Decimal,
        /// The most allowed.
        max: Decimal,
    },
    /// Message groups given for a standard queue, which has none.
    GroupsOnStandardQueue {
        /// The groups given.
        groups: u64,
    },
    /// Provisioned mode's pollers given for a FIFO queue (awscalc models them for standard
    /// queues only).
    PollersOnFifoQueue,
    /// A FIFO queue without its message groups, which bound its concurrency.
    FifoWithoutGroups,
    /// API Gateway in front without the run time to check against its timeout.
    ApiGatewayWithoutDuration,
    /// A per-Region burst given on a date when each function scales on its own.
    BurstAfterPerFunctionScaling {
        /// The burst given.
        burst: u64,
        /// The day each function began to scale on its own.
        since: jiff::civil::Date,
        /// The question's date.
        as_of: jiff::civil::Date,
    },
}

/// A setting of an SQS event source mapping, as [`Problem::OutOfRange`] names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MappingSetting {
    /// `--batch-size`: messages per batch.
    BatchSize,
    /// `--max-pollers`: provisioned mode's maximum pollers.
    MaxPollers,
    /// `--max-concurrency`: the mapping's maximum concurrency.
    MaxConcurrency,
}

impl Problem {
    /// `aws_limit` for a setting outside AWS's range, `conflict` for inputs that do not fit
    /// together.
    #[must_use]
    pub fn kind(&self) -> &'static str {
        match self {
            Problem::OutOfRange { .. } => "aws_limit",
            Problem::GroupsOnStandardQueue { .. }
            | Problem::PollersOnFifoQueue
            | Problem::FifoWithoutGroups
            | Problem::ApiGatewayWithoutDuration
            | Problem::BurstAfterPerFunctionScaling { .. } => "conflict",
        }
    }
}

impl From<Problem> for Error {
    fn from(problem: Problem) -> Error {
        Error::Lambda(problem)
    }
}

const ACCEPTED_DURATIONS: &str =
    "a positive duration: 250ms, 100s, 2min, 1.5 minutes; a bare number is seconds";

/// Milliseconds in a second.
const MS_PER_SECOND: u32 = 1000;

/// How long one invocation runs on average: `100s`, `250ms`, `2min`; a bare number is
/// seconds (Lambda's timeout is set in seconds).
///
/// The shared duration grammar of [`crate::units::Duration`], with milliseconds added:
/// Lambda durations are often below a second (`ms`, `msec`, `millisecond(s)`).
///
/// ```
/// use awscalc::calc::lambda::FunctionDuration;
/// let d: FunctionDuration = "250ms".parse().unwrap();
/// assert_eq!(d.seconds(), "0.25".parse().unwrap());
/// let d: FunctionDuration = "2min".parse().unwrap();
/// assert_eq!(d.seconds(), 120.into());
/// assert!("0s".parse::<FunctionDuration>().is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FunctionDuration {
    seconds: Decimal,
    text: String,
}

impl FunctionDuration {
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
        self.text
            .trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '.' | '_' | '+'))
            .trim()
            .chars()
            .next()
            .is_some()
    }
}

impl std::fmt::Display for FunctionDuration {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

impl FromStr for FunctionDuration {
    type Err = Error;

    fn from_str(input: &str) -> Result<FunctionDuration, Error> {
        let text = input.trim();
        let bad = |reason: String| Error::InvalidDuration {
            input: text.to_string(),
            reason,
            accepted: ACCEPTED_DURATIONS,
        };
        let (value, unit) = leading_number(text, "duration", bad)?;
        let unit = unit.trim().to_ascii_lowercase();
        let seconds = if matches!(
            unit.as_str(),
            "ms" | "msec" | "msecs" | "millisecond" | "milliseconds"
        ) {
            value / Decimal::from(MS_PER_SECOND)
        } else {
            Duration::parse(
                text,
                &DurationGrammar {
                    what: "duration",
                    bare_seconds: Some(1),
                    smallest_unit_seconds: 1,
                    accepted: ACCEPTED_DURATIONS,
                },
            )?
            .seconds()
        };
        // Far below a nanosecond, a millisecond count can round to zero seconds.
        if seconds.is_zero() {
            return Err(Error::NotPositive {
                what: "duration",
                input: text.to_string(),
            });
        }
        Ok(FunctionDuration {
            seconds: seconds.normalize(),
            text: text.to_string(),
        })
    }
}
