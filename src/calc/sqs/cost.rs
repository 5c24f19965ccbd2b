//! Request cost from the user's price: the requests SQS bills for a steady message rate in a
//! month, each 64 KB chunk of a call's payload billed as one request, times the price per
//! million. awscalc holds no prices and assumes no free tier.

use rust_decimal::Decimal;
use serde::Serialize;

use super::{Problem, Setting};
use crate::error::Error;
use crate::facts::sqs as fact;
use crate::facts::FactBook;
use crate::steps::{Expr, Step, Unit};
use crate::units::{KbConvention, Rate, Size, SizeUnit, SECONDS_PER_HOUR};

/// Hours in the month a rate is counted over unless `--hours` is given.
pub use crate::units::MONTH_HOURS;

/// Requests in a million, for the price.
const MILLION: u32 = 1_000_000;

/// `awscalc sqs --rate RATE --message-size SIZE --price-per-million P
/// [--receives-per-message N] [--batch-size N] [--hours N]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CostRequest {
    /// Messages per second sent (each received and deleted).
    pub rate: Rate,
    /// A message's size, body and attributes (a bare number is bytes).
    pub size: Size,
    /// The user's price per million requests.
    pub price_per_million: Decimal,
    /// Times each message is received (1 unless given: more with retries).
    pub receives_per_message: Option<u64>,
    /// Messages per send, receive and delete call (1 to 10; 1 unless given).
    pub batch: Option<u64>,
    /// Hours in the month (720, 30 days, unless given).
    pub hours: Option<u64>,
}

/// A step of the cost.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CostStep {
    /// Messages a month: rate × hours × 3,600 s, rounded up.
    Messages,
    /// Calls of each action a month: ⌈messages ÷ batch⌉.
    Calls,
    /// Billed requests per call carrying messages: ⌈batch × size ÷ 64 KiB⌉.
    Chunks,
    /// SendMessage requests billed: calls × chunks.
    Sends,
    /// ReceiveMessage requests billed: calls × receives per message × chunks.
    Receives,
    /// DeleteMessage requests billed: calls (a delete carries receipt handles, not bodies).
    Deletes,
    /// All requests billed.
    Requests,
    /// Requests ÷ 1,000,000 × price.
    Cost,
}

/// The cost's answer, a month.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cost {
    /// Hours counted.
    pub hours: Decimal,
    /// Messages a month.
    pub messages: Decimal,
    /// A message's size in bytes.
    pub message_bytes: Decimal,
    /// Messages per call.
    pub batch: Decimal,
    /// The payload one billed request carries, in bytes (64 KiB).
    pub chunk_bytes: Decimal,
    /// Calls of each action a month.
    pub calls: Decimal,
    /// Billed requests per send or receive call.
    pub chunks_per_call: Decimal,
    /// SendMessage requests billed.
    pub send_requests: Decimal,
    /// ReceiveMessage requests billed.
    pub receive_requests: Decimal,
    /// DeleteMessage requests billed.
    pub delete_requests: Decimal,
    /// All requests billed a month.
    pub requests: Decimal,
    /// The month's cost, in the price's currency.
    pub cost: Decimal,
    /// Delete requests if deletes were billed by the message size too (another reading).
    pub requests_if_deletes_chunked: Decimal,
    /// The derivation.
    pub steps: Vec<Step<CostStep>>,
}

/// `awscalc sqs --rate 1000/s --message-size 100kb --price-per-million 0.40`: a month of
/// requests billed and their cost at the user's price. Each message is sent, received and
/// deleted; each 64 KB chunk of a call's payload is billed as one request (the SQS pricing
/// page, <https://aws.amazon.com/sqs/pricing/>, as quoted: not confirmed on an AWS page the
/// search tool holds), a batch call's payload being all its messages:
///
/// ```text
/// messages  = ⌈rate × hours × 3,600⌉             (720 hours, 30 days, unless --hours)
/// calls     = ⌈messages ÷ batch⌉                 (batch 1 to 10; default 1)
/// chunks    = ⌈batch × size ÷ 65,536⌉
/// requests  = calls × chunks                     (send)
///           + calls × receives × chunks          (receive; receives per message default 1)
///           + calls                              (delete: receipt handles only)
/// cost      = requests ÷ 1,000,000 × price
/// ```
///
/// ```
/// use awscalc::calc::sqs::{cost, CostRequest};
/// use awscalc::facts::{FactBook, Registry};
///
/// // 1,000 a second for 720 hours: 2,592,000,000 messages of 100 KiB, 2 chunks each:
/// // 5,184,000,000 sends + 5,184,000,000 receives + 2,592,000,000 deletes = 12,960,000,000
/// // requests; at 0.40 per million, 5,184.
/// let mut request = CostRequest {
///     rate: "1000/s".parse().unwrap(),
///     size: "100kb".parse().unwrap(),
///     price_per_million: "0.40".parse().unwrap(),
///     receives_per_message: None,
///     batch: None,
///     hours: None,
/// };
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 12, 1));
/// let answer = cost(&request, &mut book).unwrap();
/// assert_eq!(answer.requests, 12_960_000_000_u64.into());
/// assert_eq!(answer.cost, 5184.into());
/// // A batch of 11 messages of 100 KiB is refused (above 10 messages and 1 MiB).
/// request.batch = Some(11);
/// assert!(cost(&request, &mut book).is_err());
/// ```
///
/// # Errors
/// A batch outside 1 to 10; a call's payload above SQS's maximum in force; numbers too
/// large to compute.
pub fn cost(request: &CostRequest, book: &mut FactBook) -> Result<Cost, Error> {
    let (bytes, batch) = checked_payload(request, book)?;
    let chunk = book.value(fact::BILLING_CHUNK_BYTES)?;
    let hours = Decimal::from(request.hours.unwrap_or(MONTH_HOURS.into()));
    let receives = Decimal::from(request.receives_per_message.unwrap_or(1));
    let mut steps = Vec::new();
    let count = |name, value| Expr::quantity(name, value, Unit::Count);
    let (messages, messages_ref) = push(
        &mut steps,
        CostStep::Messages,
        "messages",
        count("messages", request.rate.count())
            .over(Expr::quantity(
                "span_seconds",
                Decimal::from(request.rate.per_seconds()),
                Unit::Seconds,
            ))
            .times(count("hours", hours))
            .times(Expr::quantity(
                "seconds_per_hour",
                Decimal::from(SECONDS_PER_HOUR),
                Unit::Seconds,
            ))
            .ceil(),
    )?;
    let (calls, calls_ref) = push(
        &mut steps,
        CostStep::Calls,
        "calls",
        messages_ref.over(count("batch", batch)).ceil(),
    )?;
    let (chunks, chunks_ref) = push(
        &mut steps,
        CostStep::Chunks,
        "chunks",
        count("batch", batch)
            .times(Expr::quantity("message", bytes, Unit::Bytes))
            .over(Expr::quantity("chunk", chunk, Unit::Bytes))
            .ceil(),
    )?;
    let (sends, sends_ref) = push(
        &mut steps,
        CostStep::Sends,
        "sends",
        calls_ref.clone().times(chunks_ref.clone()),
    )?;
    let (receive_requests, receives_ref) = push(
        &mut steps,
        CostStep::Receives,
        "receives",
        calls_ref
            .clone()
            .times(count("receives_per_message", receives))
            .times(chunks_ref),
    )?;
    let (deletes, deletes_ref) = push(&mut steps, CostStep::Deletes, "deletes", calls_ref)?;
    let (requests, requests_ref) = push(
        &mut steps,
        CostStep::Requests,
        "requests",
        Expr::sum(vec![sends_ref, receives_ref, deletes_ref]),
    )?;
    let (total, _) = push(
        &mut steps,
        CostStep::Cost,
        "cost",
        requests_ref
            .over(count("million", Decimal::from(MILLION)))
            .times(count("price_per_million", request.price_per_million)),
    )?;
    let chunked_deletes = requests
        .checked_add(
            deletes
                .checked_mul(chunks - Decimal::ONE)
                .ok_or(Error::Overflow)?,
        )
        .ok_or(Error::Overflow)?;
    Ok(Cost {
        hours,
        messages,
        message_bytes: bytes,
        batch,
        chunk_bytes: chunk,
        calls,
        chunks_per_call: chunks,
        send_requests: sends,
        receive_requests,
        delete_requests: deletes,
        requests,
        cost: total.normalize(),
        requests_if_deletes_chunked: chunked_deletes,
        steps,
    })
}

/// The message size in bytes and the batch size, the batch checked against 1 to the most
/// messages in one batch and a call's payload against SQS's maximum.
fn checked_payload(
    request: &CostRequest,
    book: &mut FactBook,
) -> Result<(Decimal, Decimal), Error> {
    let bytes = request.size.bytes(SizeUnit::Byte, KbConvention::Binary)?;
    let batch = checked_batch(request, book)?;
    let payload = bytes.checked_mul(batch).ok_or(Error::Overflow)?;
    let max = book.value(fact::MESSAGE_SIZE_MAX_BYTES)?;
    if payload > max {
        return Err(Problem::PayloadTooLarge {
            input: request.size.to_string(),
            batch,
            bytes: payload,
            max,
        }
        .into());
    }
    Ok((bytes, batch))
}

/// The batch size, checked against 1 to the most messages in one batch.
fn checked_batch(request: &CostRequest, book: &mut FactBook) -> Result<Decimal, Error> {
    let batch = Decimal::from(request.batch.unwrap_or(1));
    if request.batch.is_some() {
        let batch_max = book.value(fact::BATCH_MESSAGES_MAX)?;
        if batch < Decimal::ONE || batch > batch_max {
            return Err(Problem::OutOfRange {
                setting: Setting::Batch,
                input: batch.to_string(),
                min: Decimal::ONE,
                max: batch_max,
            }
            .into());
        }
    }
    Ok(batch)
}

/// Records a step; its value and a reference to it for later steps.
fn push(
    steps: &mut Vec<Step<CostStep>>,
    kind: CostStep,
    name: &'static str,
    formula: Expr,
) -> Result<(Decimal, Expr), Error> {
    let step = Step::new(kind, formula)?;
    let value = step.value.normalize();
    let earlier = Expr::earlier(name, &step);
    steps.push(step);
    Ok((value, earlier))
}
