//! Throughput: whether a message rate fits a FIFO queue's API-call ceiling (300 calls per
//! second per action, or the Regional figure of high-throughput mode), with batches of up
//! to 10 messages; standard queues have no published ceiling.

use rust_decimal::Decimal;
use serde::Serialize;

use super::{Problem, Setting};
use crate::calc::lambda::QueueKind;
use crate::error::Error;
use crate::facts::sqs as fact;
use crate::facts::FactBook;
use crate::steps::{Expr, Step, Unit};
use crate::units::{ceil_div, Rate};

/// `awscalc sqs --queue fifo --rate RATE [--batch-size N] [--high-throughput [--tps N]]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThroughputRequest {
    /// Standard or FIFO.
    pub kind: QueueKind,
    /// Messages per second to send (and receive, and delete).
    pub rate: Rate,
    /// Messages per call (1 to 10); 1 when not given.
    pub batch: Option<u64>,
    /// Whether the FIFO queue is in high-throughput mode.
    pub high_throughput: bool,
    /// The Region's high-throughput calls per second per action, as the user read it.
    pub tps: Option<u64>,
}

/// Where the calls-per-second ceiling came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TpsSource {
    /// FIFO without high-throughput mode: 300 per action.
    Fifo,
    /// High-throughput mode, the lowest Regional figure (no `--tps`).
    HighThroughputLowest,
    /// High-throughput mode, the figure the user gave (`--tps`).
    HighThroughputGiven,
}

/// What a step of [`throughput`] computes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ThroughputStep {
    /// Calls per second per action: ⌈rate ÷ batch⌉.
    Calls,
    /// Messages per second the ceiling carries: calls per second × batch.
    Ceiling,
    /// The ceiling − the rate.
    Headroom,
    /// The smallest batch that fits: ⌈rate ÷ calls per second⌉.
    BatchNeeded,
}

/// The throughput answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Throughput {
    /// Standard or FIFO.
    pub kind: QueueKind,
    /// Messages per second asked for.
    pub rate_per_second: Decimal,
    /// Messages per call.
    pub batch: Decimal,
    /// API calls per second per action the rate needs.
    pub calls_per_second: Decimal,
    /// Whether the rate fits (always for a standard queue).
    pub fits: bool,
    /// FIFO: the calls per second per action allowed.
    pub tps: Option<Decimal>,
    /// FIFO: where `tps` came from.
    pub tps_source: Option<TpsSource>,
    /// FIFO: messages per second the queue takes at this batch size.
    pub ceiling: Option<Decimal>,
    /// FIFO: the smallest batch that fits; above `batch_max` when none does.
    pub batch_needed: Option<Decimal>,
    /// The most messages in one batch.
    pub batch_max: Decimal,
    /// FIFO high-throughput: the highest Regional figure, for comparison.
    pub highest_tps: Option<Decimal>,
    /// The derivation.
    pub steps: Vec<Step<ThroughputStep>>,
}

/// `awscalc sqs --queue fifo --rate 2000/s --batch-size 10`: whether a message rate fits a FIFO
/// queue: 300 API calls per second per action (send, receive, delete) without
/// high-throughput mode, so 300 messages a second unbatched and 3,000 with batches of 10;
/// in high-throughput mode the Regional figure (`--tps`, or the lowest published)
/// (<https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html>).
/// A standard queue has no published ceiling ("nearly unlimited").
///
/// ```
/// use awscalc::calc::lambda::QueueKind;
/// use awscalc::calc::sqs::{throughput, ThroughputRequest};
/// use awscalc::facts::{FactBook, Registry};
///
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 12, 1));
/// let mut request = ThroughputRequest {
///     kind: QueueKind::Fifo,
///     rate: "2000/s".parse().unwrap(),
///     batch: None,
///     high_throughput: false,
///     tps: None,
/// };
/// // 300 calls a second, one message each: 2,000 messages a second do not fit.
/// let answer = throughput(&request, &mut book).unwrap();
/// assert!(!answer.fits);
/// assert_eq!(answer.batch_needed, Some(7.into())); // ⌈2,000 ÷ 300⌉
/// // Batches of 10: 3,000 a second.
/// request.batch = Some(10);
/// assert!(throughput(&request, &mut book).unwrap().fits);
/// ```
///
/// # Errors
/// A batch outside 1 to 10 ([`Problem::OutOfRange`]); a rate too large to compute.
pub fn throughput(request: &ThroughputRequest, book: &mut FactBook) -> Result<Throughput, Error> {
    let batch_max = book.value(fact::BATCH_MESSAGES_MAX)?;
    let batch = Decimal::from(request.batch.unwrap_or(1));
    if batch < Decimal::ONE || batch > batch_max {
        return Err(Problem::OutOfRange {
            setting: Setting::Batch,
            input: batch.to_string(),
            min: Decimal::ONE,
            max: batch_max,
        }
        .into());
    }
    let rate_per_second = request.rate.as_per_second();
    let span = Decimal::from(request.rate.per_seconds());
    let rate = || Expr::quantity("messages", rate_per_second, Unit::PerSecond);
    let calls_per_second = ceil_div(
        request.rate.count(),
        span.checked_mul(batch).ok_or(Error::Overflow)?,
    )?;
    let mut steps = vec![Step::new(
        ThroughputStep::Calls,
        rate()
            .over(Expr::quantity("batch", batch, Unit::Count))
            .ceil(),
    )?];
    if request.kind == QueueKind::Standard {
        return Ok(Throughput {
            kind: request.kind,
            rate_per_second,
            batch,
            calls_per_second,
            fits: true,
            tps: None,
            tps_source: None,
            ceiling: None,
            batch_needed: None,
            batch_max,
            highest_tps: None,
            steps,
        });
    }
    let (tps, source, highest) = calls_allowed(request, book)?;
    let ceiling = tps.checked_mul(batch).ok_or(Error::Overflow)?;
    // Exact comparison: count ≤ ceiling × span.
    let fits = request.rate.count() <= ceiling.checked_mul(span).ok_or(Error::Overflow)?;
    let tps_expr = || Expr::quantity("calls_allowed", tps, Unit::PerSecond);
    steps.push(Step::new(
        ThroughputStep::Ceiling,
        tps_expr().times(Expr::quantity("batch", batch, Unit::Count)),
    )?);
    steps.push(Step::new(
        ThroughputStep::Headroom,
        Expr::headroom(
            rate(),
            Expr::quantity("ceiling", ceiling, Unit::PerSecond),
            fits,
        ),
    )?);
    let batch_needed = ceil_div(
        request.rate.count(),
        span.checked_mul(tps).ok_or(Error::Overflow)?,
    )?;
    steps.push(Step::new(
        ThroughputStep::BatchNeeded,
        rate().over(tps_expr()).ceil(),
    )?);
    Ok(Throughput {
        kind: request.kind,
        rate_per_second,
        batch,
        calls_per_second,
        fits,
        tps: Some(tps),
        tps_source: Some(source),
        ceiling: Some(ceiling),
        batch_needed: Some(batch_needed),
        batch_max,
        highest_tps: highest,
        steps,
    })
}

/// The calls per second per action allowed, where the figure came from, and (in
/// high-throughput mode) the highest Regional figure for comparison.
fn calls_allowed(
    request: &ThroughputRequest,
    book: &mut FactBook,
) -> Result<(Decimal, TpsSource, Option<Decimal>), Error> {
    let fifo_tps = book.value(fact::FIFO_TPS_PER_ACTION)?;
    let (tps, source, highest) = if request.high_throughput {
        // For the report's comparison only: not the answer's fact.
        let highest = book
            .peek(fact::FIFO_HIGH_THROUGHPUT_TPS_HIGHEST)
            .unwrap_or_default();
        match request.tps {
            Some(tps) => (
                Decimal::from(tps),
                TpsSource::HighThroughputGiven,
                Some(highest),
            ),
            None => (
                book.value(fact::FIFO_HIGH_THROUGHPUT_TPS_LOWEST)?,
                TpsSource::HighThroughputLowest,
                Some(highest),
            ),
        }
    } else {
        (fifo_tps, TpsSource::Fifo, None)
    };
    if tps < fifo_tps {
        return Err(Problem::TpsBelowFifo {
            input: tps.to_string(),
            min: fifo_tps,
        }
        .into());
    }
    Ok((tps, source, highest))
}
