//! Polling: how many ReceiveMessage calls pollers make with long polling (a wait of 1 to
//! 20 s) or short polling (no wait, a pause between calls), and how many receives the
//! messages need at up to 10 messages each.

use rust_decimal::Decimal;
use serde::Serialize;

use super::{setting, Problem, Seconds, Setting};
use crate::error::Error;
use crate::facts::sqs as fact;
use crate::facts::FactBook;
use crate::steps::{Expr, Step, Unit};
use crate::units::Rate;

/// Seconds in a minute.
const SECONDS_PER_MINUTE: u32 = 60;
/// Minutes in a month of 30 days: awscalc's month for "per month" figures (not an AWS
/// number; AWS bills by the calendar month).
pub const MINUTES_PER_MONTH: u32 = 43_200;

/// `awscalc sqs --wait D [--rate RATE] [--pollers N] [--per-receive N] [--interval D]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PollingRequest {
    /// The receive wait time (`WaitTimeSeconds` or the queue's
    /// `ReceiveMessageWaitTimeSeconds`): 0 is short polling, 1 to 20 s long polling.
    pub wait: Seconds,
    /// Messages arriving in the queue.
    pub rate: Option<Rate>,
    /// Pollers receiving from the queue; 1 when not given.
    pub pollers: Option<u64>,
    /// Messages asked for per receive (`MaxNumberOfMessages`); AWS's default when not given.
    pub per_receive: Option<u64>,
    /// A poller's pause between receives: needed for short polling, which returns at once.
    pub interval: Option<Seconds>,
}

/// What a step of [`polling`] computes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PollingStep {
    /// A poller's receives per minute on an empty queue.
    PerPoller,
    /// Every poller's receives per minute on an empty queue.
    AllPollers,
    /// Every poller's receives per 30-day month on an empty queue.
    PerMonth,
    /// The fewest receives per minute that carry the messages.
    MessageReceives,
    /// A poller's receives per minute with short polling at the same pause (comparison).
    ShortPolling,
    /// The messages every poller can take per minute with short polling.
    ShortCapacity,
}

/// The polling answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Polling {
    /// The wait time in seconds (0: short polling).
    pub wait: Decimal,
    /// Whether a receive waits for messages (wait ≥ 1 s).
    pub long_polling: bool,
    /// Pollers.
    pub pollers: Decimal,
    /// Messages asked for per receive.
    pub per_receive: Decimal,
    /// Whether `per_receive` is AWS's default.
    pub per_receive_is_default: bool,
    /// A poller's ReceiveMessage calls per minute on an empty queue (long polling: at most
    /// ceil(60 / wait); short polling: 60 / pause, rounded up).
    pub receives_per_poller_per_minute: Decimal,
    /// Every poller's calls per minute on an empty queue.
    pub receives_per_minute: Decimal,
    /// Every poller's calls per 30-day month on an empty queue.
    pub receives_per_month: Decimal,
    /// With a rate: the fewest receives per minute that carry the messages
    /// (ceil(messages per minute / per receive)).
    pub message_receives_per_minute: Option<Decimal>,
    /// With long polling and a pause: a poller's calls per minute with short polling at
    /// that pause, for comparison.
    pub short_polling_per_poller_per_minute: Option<Decimal>,
    /// With short polling and a rate: whether the pollers' receives can take the messages.
    pub keeps_up: Option<bool>,
    /// The derivation.
    pub steps: Vec<Step<PollingStep>>,
}

/// Receives per minute of one poller that calls every `seconds`: `⌈60 s / seconds⌉`.
fn per_minute(name: &'static str, seconds: Decimal) -> Expr {
    Expr::quantity("minute", Decimal::from(SECONDS_PER_MINUTE), Unit::Seconds)
        .over(Expr::quantity(name, seconds, Unit::Seconds))
        .ceil()
}

/// `awscalc sqs --wait 20s`: a long-polling receive waits up to the wait time (1 to 20 s)
/// for messages, so on an empty queue a poller makes at most `⌈60 / wait⌉` calls a minute;
/// a short-polling receive (wait 0) returns at once, so it makes one call per pause
/// (<https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-short-and-long-polling.html>).
/// With a rate, the messages need at least `⌈messages per minute / per receive⌉` receives
/// (1 to 10 messages each).
///
/// ```
/// use awscalc::calc::sqs::{polling, PollingRequest};
/// use awscalc::facts::{FactBook, Registry};
///
/// // Study notes B22 (002:280): 20 s long polls mean at most 3 calls a minute per poller.
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 12, 1));
/// let request = PollingRequest {
///     wait: "20s".parse().unwrap(),
///     rate: None,
///     pollers: None,
///     per_receive: None,
///     interval: None,
/// };
/// assert_eq!(polling(&request, &mut book).unwrap().receives_per_poller_per_minute, 3.into());
///
/// // 30 s is above the 20 s maximum wait.
/// let too_long = PollingRequest { wait: "30s".parse().unwrap(), ..request };
/// assert!(polling(&too_long, &mut book).is_err());
/// ```
///
/// # Errors
/// A wait or messages per receive outside its range; short polling without a pause.
#[allow(clippy::too_many_lines)] // one derivation, step by step, read top to bottom
pub fn polling(request: &PollingRequest, book: &mut FactBook) -> Result<Polling, Error> {
    let wait_max = book.value(fact::RECEIVE_WAIT_TIME_MAX_SECONDS)?;
    let wait = setting(Setting::Wait, &request.wait, Decimal::ZERO, wait_max)?;
    let long_polling = !wait.is_zero();
    let (per_receive, per_receive_is_default) = match request.per_receive {
        Some(n) => {
            let max = book.value(fact::RECEIVE_MESSAGES_MAX)?;
            let n = Decimal::from(n);
            if n < Decimal::ONE || n > max {
                return Err(Problem::OutOfRange {
                    setting: Setting::PerReceive,
                    input: n.to_string(),
                    min: Decimal::ONE,
                    max,
                }
                .into());
            }
            (n, false)
        }
        None => (book.value(fact::RECEIVE_MESSAGES_DEFAULT)?, true),
    };
    let pollers = Decimal::from(request.pollers.unwrap_or(1));
    let interval = match &request.interval {
        Some(i) if i.seconds().is_zero() => {
            return Err(Error::NotPositive {
                what: "pause between receives",
                input: i.text().to_string(),
            })
        }
        Some(i) => Some(i.seconds()),
        None => None,
    };
    let mut steps = Vec::new();
    let per_poller = if long_polling {
        Step::new(PollingStep::PerPoller, per_minute("wait", wait))?
    } else {
        let Some(pause) = interval else {
            return Err(Problem::ShortPollingWithoutInterval.into());
        };
        Step::new(PollingStep::PerPoller, per_minute("interval", pause))?
    };
    let receives_per_poller_per_minute = per_poller.value;
    let all = Step::new(
        PollingStep::AllPollers,
        Expr::earlier("per_poller", &per_poller).times(Expr::quantity(
            "pollers",
            pollers,
            Unit::Count,
        )),
    )?;
    let month = Step::new(
        PollingStep::PerMonth,
        Expr::earlier("per_minute", &all).times(Expr::quantity(
            "minutes_per_month",
            Decimal::from(MINUTES_PER_MONTH),
            Unit::Count,
        )),
    )?;
    let receives_per_minute = all.value;
    let receives_per_month = month.value;
    steps.extend([per_poller, all, month]);
    let message_receives_per_minute = match &request.rate {
        Some(rate) => {
            let per_minute = Expr::quantity("messages", rate.count(), Unit::Count)
                .times(Expr::quantity(
                    "minute",
                    Decimal::from(SECONDS_PER_MINUTE),
                    Unit::Seconds,
                ))
                .over(Expr::quantity(
                    "span_seconds",
                    Decimal::from(rate.per_seconds()),
                    Unit::Seconds,
                ));
            let step = Step::new(
                PollingStep::MessageReceives,
                per_minute
                    .over(Expr::quantity("per_receive", per_receive, Unit::Count))
                    .ceil(),
            )?;
            let value = step.value;
            steps.push(step);
            Some(value)
        }
        None => None,
    };
    let short_polling_per_poller_per_minute = match interval {
        Some(pause) if long_polling => {
            let step = Step::new(PollingStep::ShortPolling, per_minute("interval", pause))?;
            let value = step.value;
            steps.push(step);
            Some(value)
        }
        _ => None,
    };
    let keeps_up = match (&request.rate, long_polling) {
        (Some(rate), false) => {
            let capacity = Step::new(
                PollingStep::ShortCapacity,
                Expr::quantity("receives_per_minute", receives_per_minute, Unit::Count)
                    .times(Expr::quantity("per_receive", per_receive, Unit::Count)),
            )?;
            let messages = rate.count() * Decimal::from(SECONDS_PER_MINUTE)
                / Decimal::from(rate.per_seconds());
            let holds = capacity.value >= messages;
            steps.push(capacity);
            Some(holds)
        }
        _ => None,
    };
    Ok(Polling {
        wait,
        long_polling,
        pollers,
        per_receive,
        per_receive_is_default,
        receives_per_poller_per_minute,
        receives_per_minute,
        receives_per_month,
        message_receives_per_minute,
        short_polling_per_poller_per_minute,
        keeps_up,
        steps,
    })
}
