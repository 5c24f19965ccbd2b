//! Message groups: a FIFO queue hands out a message group's messages in order and holds
//! the group back while a receive of it is in flight, so one group's messages are processed
//! one after another. The groups a rate needs, and the rate a number of groups sustains:
//!
//! ```text
//! groups needed = ⌈rate × processing time⌉
//! sustained     = groups ÷ processing time
//! ```
//!
//! with the queue's API-call ceiling beside it ([`super::throughput`]).

use rust_decimal::Decimal;
use serde::Serialize;

use super::{throughput, Seconds, Throughput, ThroughputRequest};
use crate::calc::lambda::QueueKind;
use crate::error::Error;
use crate::facts::sqs as fact;
use crate::facts::FactBook;
use crate::steps::{Expr, Step, Unit};
use crate::units::{ceil_div, Rate};

/// `awscalc sqs --queue fifo --rate RATE --processing D [--groups N] [--batch-size N]
/// [--high-throughput [--tps N]]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupsRequest {
    /// Messages per second sent (and to be processed).
    pub rate: Rate,
    /// Time to process one message (and delete it), in order within its group.
    pub processing: Seconds,
    /// Message groups with messages waiting, when the user has a number in mind.
    pub groups: Option<u64>,
    /// Messages per call (1 to 10), for the API-call ceiling; 1 when not given.
    pub batch: Option<u64>,
    /// Whether the queue is in high-throughput mode.
    pub high_throughput: bool,
    /// The Region's high-throughput calls per second per action.
    pub tps: Option<u64>,
}

/// What a step of [`groups`] computes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum GroupsStep {
    /// Groups needed: ⌈rate × processing time⌉.
    GroupsNeeded,
    /// Messages per second the given groups sustain: groups ÷ processing time.
    Sustained,
}

/// The message-groups answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Groups {
    /// Messages per second asked for.
    pub rate_per_second: Decimal,
    /// Seconds to process one message.
    pub processing_seconds: Decimal,
    /// Receives of one group in flight at once (1: the rule the answer rests on).
    pub receives_in_flight_per_group: Decimal,
    /// Message groups needed to keep up: ⌈rate × processing⌉.
    pub groups_needed: Decimal,
    /// The groups given (`--groups`).
    pub groups: Option<Decimal>,
    /// Messages per second the given groups sustain.
    pub sustained_per_second: Option<Decimal>,
    /// Whether the given groups keep up (true when none are given).
    pub groups_keep_up: bool,
    /// Whether the rate fits: the groups keep up and the rate is within the API ceiling.
    pub fits: bool,
    /// The API-call ceiling check at the same rate.
    pub throughput: Throughput,
    /// The derivation.
    pub steps: Vec<Step<GroupsStep>>,
}

/// `awscalc sqs --queue fifo --rate 300/s --processing 2s`: the message groups a FIFO queue
/// needs so that consumers keep up, 600 here (300 a second × 2 s, each group one message at
/// a time: "no more messages for the same message group ID are returned unless you delete
/// the message or it becomes visible",
/// <https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/FIFO-queues-understanding-logic.html>),
/// and, with `--groups N`, the rate N groups sustain (N ÷ processing time); beside them the
/// queue's API ceiling (300 calls per second per action, × the batch size).
///
/// ```
/// use awscalc::calc::sqs::{groups, GroupsRequest};
/// use awscalc::facts::{FactBook, Registry};
///
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 12, 1));
/// let mut request = GroupsRequest {
///     rate: "300/s".parse().unwrap(),
///     processing: "2s".parse().unwrap(),
///     groups: None,
///     batch: None,
///     high_throughput: false,
///     tps: None,
/// };
/// assert_eq!(groups(&request, &mut book).unwrap().groups_needed, 600.into());
/// // 100 groups of 2 s messages: 50 messages a second, not 300.
/// request.groups = Some(100);
/// let answer = groups(&request, &mut book).unwrap();
/// assert_eq!(answer.sustained_per_second, Some(50.into()));
/// assert!(!answer.fits);
/// // A processing time of zero is refused.
/// request.processing = "0".parse().unwrap();
/// assert!(groups(&request, &mut book).is_err());
/// ```
///
/// # Errors
/// A processing time of zero; a batch outside 1 to 10; numbers too large to compute.
pub fn groups(request: &GroupsRequest, book: &mut FactBook) -> Result<Groups, Error> {
    let processing = request.processing.seconds();
    if processing <= Decimal::ZERO {
        return Err(Error::NotPositive {
            what: "processing time",
            input: request.processing.text().to_string(),
        });
    }
    let throughput = throughput(
        &ThroughputRequest {
            kind: QueueKind::Fifo,
            rate: request.rate.clone(),
            batch: request.batch,
            high_throughput: request.high_throughput,
            tps: request.tps,
        },
        book,
    )?;
    let in_flight = book.value(fact::FIFO_RECEIVES_IN_FLIGHT_PER_GROUP)?;
    let span = Decimal::from(request.rate.per_seconds());
    let rate = Expr::quantity("messages", request.rate.as_per_second(), Unit::PerSecond);
    let seconds = || Expr::quantity("processing", processing, Unit::Seconds);
    // Exact: ⌈count × processing ÷ span⌉, even for a rate per minute or hour.
    let groups_needed = ceil_div(
        request
            .rate
            .count()
            .checked_mul(processing)
            .ok_or(Error::Overflow)?,
        span,
    )?;
    let mut steps = vec![Step::new(
        GroupsStep::GroupsNeeded,
        rate.times(seconds()).ceil(),
    )?];
    let (groups, sustained, keep_up) = match request.groups {
        Some(n) => {
            let n = Decimal::from(n);
            let step = Step::new(
                GroupsStep::Sustained,
                Expr::quantity("groups", n, Unit::Count).over(seconds()),
            )?;
            let sustained = step.value.normalize();
            steps.push(step);
            (Some(n), Some(sustained), n >= groups_needed)
        }
        None => (None, None, true),
    };
    Ok(Groups {
        rate_per_second: request.rate.as_per_second(),
        processing_seconds: processing.normalize(),
        receives_in_flight_per_group: in_flight,
        groups_needed,
        groups,
        sustained_per_second: sustained,
        groups_keep_up: keep_up,
        fits: keep_up && throughput.fits,
        throughput,
        steps,
    })
}
