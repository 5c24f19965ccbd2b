//! What a stream gives its consumers: `awscalc kinesis --shards N --consumers C --efo E`.
//!
//! The rules, from the quota page and
//! [building-consumers.html](https://docs.aws.amazon.com/streams/latest/dev/building-consumers.html):
//!
//! - standard (shared-throughput) consumers poll with GetRecords and share each shard's
//!   2 MiB/s: each gets `2 MiB/s ÷ C` per shard, and "the sum of the throughputs they
//!   receive from the shard doesn't exceed 2 MiB/sec";
//! - they also share the shard's 5 GetRecords calls per second, so each consumer calls each
//!   shard at most `5 ÷ C` times a second: once every `C ÷ 5` seconds at the least; one call
//!   returns at most 10 MiB and 10,000 records;
//! - each enhanced fan-out consumer gets its own 2 MiB/s per shard, however many others there
//!   are;
//! - the typical propagation delay is about 200 ms with one polling consumer (about 1,000 ms
//!   with five) and about 70 ms with enhanced fan-out: typical averages, not guarantees.

use rust_decimal::Decimal;
use serde::Serialize;

use super::{fact, limits, quota, Problem, ShardQuota};
use crate::error::Error;
use crate::facts::FactBook;
use crate::steps::{Expr, Rounding, Step, Unit};

/// What the stream's consumers are: `--shards N [--consumers C] [--efo E]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReadsRequest {
    /// Open shards.
    pub shards: u64,
    /// Standard (polling) consumers that share each shard's read throughput.
    pub shared_consumers: u32,
    /// Enhanced fan-out consumers, 2 MiB/s per shard each.
    pub efo_consumers: u32,
    /// The stream is in On-demand Advantage mode (up to 50 enhanced fan-out consumers).
    pub advantage: bool,
}

/// What each step of a stream's reads computes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReadsStep {
    /// A standard consumer's share of one shard: KiB/s per shard ÷ standard consumers.
    SharedPerShard,
    /// A standard consumer's read throughput over the stream: shards × KiB/s ÷ consumers.
    SharedPerConsumer,
    /// GetRecords calls a standard consumer makes to one shard per second: calls ÷ consumers.
    CallsPerConsumer,
    /// The shortest interval between one consumer's calls to a shard: consumers ÷ calls.
    PollInterval,
    /// An enhanced fan-out consumer's read throughput: shards × KiB/s per shard.
    EfoPerConsumer,
    /// All consumers' reads: shards × KiB/s × (1 shared pipe + enhanced fan-out consumers).
    Total,
}

/// What the standard (polling) consumers get.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SharedReads {
    /// Standard consumers.
    pub consumers: Decimal,
    /// Each consumer's share of one shard, KiB/s.
    pub per_shard_kib_per_second: Decimal,
    /// Each consumer's read throughput over all shards, KiB/s.
    pub per_consumer_kib_per_second: Decimal,
    /// Each consumer's read throughput over all shards, MiB/s.
    pub per_consumer_mib_per_second: Decimal,
    /// GetRecords calls one shard takes per second, shared by these consumers.
    pub shard_calls_per_second: Decimal,
    /// GetRecords calls each consumer can make to each shard per second.
    pub calls_per_consumer_per_second: Decimal,
    /// The shortest interval between one consumer's calls to a shard, seconds.
    pub min_poll_interval_seconds: Decimal,
    /// Most data one call returns, bytes.
    pub max_bytes_per_call: Decimal,
    /// Most records one call returns.
    pub max_records_per_call: Decimal,
    /// The typical propagation delay with one polling consumer, ms.
    pub typical_delay_one_consumer_ms: Decimal,
    /// The typical propagation delay with five polling consumers, ms.
    pub typical_delay_five_consumers_ms: Decimal,
    /// The typical delay AWS gives for exactly this many consumers (one or five), ms.
    pub typical_delay_ms: Option<Decimal>,
}

/// What each enhanced fan-out consumer gets.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EfoReads {
    /// Enhanced fan-out consumers.
    pub consumers: Decimal,
    /// Each consumer's throughput from one shard, KiB/s.
    pub per_shard_kib_per_second: Decimal,
    /// Each consumer's read throughput over all shards, KiB/s.
    pub per_consumer_kib_per_second: Decimal,
    /// The typical propagation delay, ms.
    pub typical_delay_ms: Decimal,
}

/// What a stream of N shards gives its consumers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StreamReads {
    /// Open shards.
    pub shards: Decimal,
    /// One shard's shared read throughput, KiB/s.
    pub shard_read_kib_per_second: Decimal,
    /// The standard consumers' reads, when there are any.
    pub shared: Option<SharedReads>,
    /// The enhanced fan-out consumers' reads, when there are any.
    pub efo: Option<EfoReads>,
    /// Everything the consumers read together, KiB/s.
    pub total_kib_per_second: Decimal,
    /// A default per-account shard quota exceeded.
    pub quota: Option<ShardQuota>,
    /// The derivation.
    pub steps: Vec<Step<ReadsStep>>,
}

/// `awscalc kinesis --shards N --consumers C --efo E`: each consumer's read throughput, the
/// GetRecords budget the standard consumers share, and the typical propagation delays.
///
/// ```
/// use awscalc::calc::kinesis::{reads, ReadsRequest};
/// use awscalc::facts::{FactBook, Registry};
///
/// // 10 shards of 2 MiB/s (2,048 KiB/s) shared by 4 polling consumers: 512 KiB/s per shard
/// // each, 5,120 KiB/s over the stream; 5 GetRecords calls per shard per second ÷ 4 = 1.25.
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 11, 30));
/// let request = ReadsRequest { shards: 10, shared_consumers: 4, efo_consumers: 2, advantage: false };
/// let r = reads(&request, &mut book).unwrap();
/// let shared = r.shared.unwrap();
/// assert_eq!(shared.per_consumer_kib_per_second, 5120.into());
/// assert_eq!(shared.calls_per_consumer_per_second, "1.25".parse().unwrap());
/// // Each enhanced fan-out consumer has its own 2,048 KiB/s per shard: 20,480 KiB/s.
/// assert_eq!(r.efo.unwrap().per_consumer_kib_per_second, 20480.into());
/// ```
///
/// # Errors
/// No consumers, more enhanced fan-out consumers than a stream takes, zero shards, or
/// numbers too large to compute.
pub fn reads(request: &ReadsRequest, book: &mut FactBook) -> Result<StreamReads, Error> {
    if request.shards == 0 {
        return Err(Error::NotPositive {
            what: "shards",
            input: "0".into(),
        });
    }
    if request.shared_consumers == 0 && request.efo_consumers == 0 {
        return Err(Problem::NoConsumers.into());
    }
    limits::check_efo_count(request.efo_consumers, request.advantage, book)?;
    let shards = Decimal::from(request.shards);
    let kb = book.value(fact::KB_BYTES)?;
    let shard_read = book.value(fact::SHARD_READ_BYTES_PER_SECOND)? / kb;
    let shards_q = || Expr::quantity("shards", shards, Unit::Count);
    let mut steps = Vec::new();
    let shared = if request.shared_consumers > 0 {
        Some(shared_reads(request, shards, shard_read, book, &mut steps)?)
    } else {
        None
    };
    let efo = if request.efo_consumers > 0 {
        let per_shard = book.value(fact::EFO_READ_BYTES_PER_SECOND)? / kb;
        let step = Step::new(
            ReadsStep::EfoPerConsumer,
            shards_q().times(Expr::quantity("efo_shard_kib", per_shard, Unit::PerSecond)),
        )?;
        let per_consumer = step.value;
        steps.push(step);
        Some(EfoReads {
            consumers: Decimal::from(request.efo_consumers),
            per_shard_kib_per_second: per_shard,
            per_consumer_kib_per_second: per_consumer,
            typical_delay_ms: book.value(fact::EFO_DELAY_MS)?,
        })
    } else {
        None
    };
    // The standard consumers together read at most one shard's 2 MiB/s; each enhanced
    // fan-out consumer reads its own.
    let mut terms = Vec::new();
    if shared.is_some() {
        terms.push(shards_q().times(Expr::quantity(
            "shard_read_kib",
            shard_read,
            Unit::PerSecond,
        )));
    }
    if let Some(efo) = &efo {
        terms.push(
            Expr::quantity("efo_consumers", efo.consumers, Unit::Consumers).times(
                shards_q().times(Expr::quantity(
                    "efo_shard_kib",
                    efo.per_shard_kib_per_second,
                    Unit::PerSecond,
                )),
            ),
        );
    }
    let total = Step::new(ReadsStep::Total, Expr::sum(terms))?;
    let total_kib_per_second = total.value;
    steps.push(total);
    Ok(StreamReads {
        shards,
        shard_read_kib_per_second: shard_read,
        shared,
        efo,
        total_kib_per_second,
        quota: quota(shards, book)?,
        steps,
    })
}

/// The standard consumers' share of the throughput and of the GetRecords budget.
fn shared_reads(
    request: &ReadsRequest,
    shards: Decimal,
    shard_read: Decimal,
    book: &mut FactBook,
    steps: &mut Vec<Step<ReadsStep>>,
) -> Result<SharedReads, Error> {
    let consumers = Decimal::from(request.shared_consumers);
    let consumers_q = || Expr::quantity("consumers", consumers, Unit::Consumers);
    // A share need not end (2,048 ÷ 3): rounded down at 4 places, so a share awscalc
    // promises is never above the exact one.
    let per_shard = Step::rounded(
        ReadsStep::SharedPerShard,
        Expr::quantity("shard_read_kib", shard_read, Unit::PerSecond).over(consumers_q()),
        Rounding::Down4,
    )?;
    let per_consumer = Step::rounded(
        ReadsStep::SharedPerConsumer,
        Expr::quantity("shards", shards, Unit::Count)
            .times(Expr::quantity(
                "shard_read_kib",
                shard_read,
                Unit::PerSecond,
            ))
            .over(consumers_q()),
        Rounding::Down4,
    )?;
    // The same in MiB/s (KiB ÷ 1,024), from the exact value.
    let per_consumer_mib = Rounding::Down4.apply(
        shards
            .checked_mul(shard_read)
            .and_then(|kib| kib.checked_div(consumers))
            .and_then(|kib| kib.checked_div(Decimal::from(1024)))
            .ok_or(Error::Overflow)?,
    );
    let calls = book.value(fact::GET_RECORDS_CALLS_PER_SECOND)?;
    let calls_q = || Expr::quantity("get_records_calls", calls, Unit::PerSecond);
    let per_consumer_calls = Step::rounded(
        ReadsStep::CallsPerConsumer,
        calls_q().over(consumers_q()),
        Rounding::Down4,
    )?;
    let interval = Step::new(ReadsStep::PollInterval, consumers_q().over(calls_q()))?;
    let max_bytes = book.value(fact::GET_RECORDS_MAX_BYTES)?;
    let max_records = book.value(fact::GET_RECORDS_MAX_RECORDS)?;
    let one = book.value(fact::SHARED_DELAY_ONE_CONSUMER_MS)?;
    let five = book.value(fact::SHARED_DELAY_FIVE_CONSUMERS_MS)?;
    let typical_delay_ms = match request.shared_consumers {
        1 => Some(one),
        5 => Some(five),
        _ => None,
    };
    let result = SharedReads {
        consumers,
        per_shard_kib_per_second: per_shard.value,
        per_consumer_kib_per_second: per_consumer.value,
        per_consumer_mib_per_second: per_consumer_mib,
        shard_calls_per_second: calls,
        calls_per_consumer_per_second: per_consumer_calls.value,
        min_poll_interval_seconds: interval.value,
        max_bytes_per_call: max_bytes,
        max_records_per_call: max_records,
        typical_delay_one_consumer_ms: one,
        typical_delay_five_consumers_ms: five,
        typical_delay_ms,
    };
    steps.extend([per_shard, per_consumer, per_consumer_calls, interval]);
    Ok(result)
}
