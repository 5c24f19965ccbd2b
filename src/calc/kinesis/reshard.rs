//! Existing streams: what N open shards take and serve, and the UpdateShardCount calls from
//! N to M shards ([UpdateShardCount](https://docs.aws.amazon.com/kinesis/latest/APIReference/API_UpdateShardCount.html)).

use rust_decimal::Decimal;
use serde::Serialize;

use super::{consumers_of, fact, quota, CapacityRequest, Consumers, ReshardRequest, ShardQuota};
use crate::error::Error;
use crate::facts::FactBook;
use crate::steps::{Expr, Step, Unit};
use crate::units::ceil_div;

/// What each step of a stream's capacity computes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CapacityStep {
    /// Write bandwidth: shards × KiB/s per shard.
    WriteBandwidth,
    /// Records written: shards × records/s per shard.
    WriteRecords,
    /// Read bandwidth shared by standard consumers: shards × KiB/s per shard.
    ReadBandwidth,
}

/// What a stream of N open shards takes and serves: `awscalc kinesis --shards N`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StreamCapacity {
    /// Open shards.
    pub shards: Decimal,
    /// Write bandwidth, KiB/s.
    pub write_kib_per_second: Decimal,
    /// Records written per second.
    pub write_records_per_second: Decimal,
    /// Read bandwidth shared by standard consumers, KiB/s.
    pub read_kib_per_second: Decimal,
    /// KCL workers and Lambda invocations.
    pub consumers: Consumers,
    /// Whether a parallelization factor was given: then the answer is the invocations,
    /// else the KCL workers.
    pub factor_given: bool,
    /// A default per-account shard quota exceeded.
    pub quota: Option<ShardQuota>,
    /// The derivation.
    pub steps: Vec<Step<CapacityStep>>,
}

/// What each step of a resharding computes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum ReshardStep {
    /// One UpdateShardCount call.
    Call {
        /// The call's number, from 1.
        number: usize,
        /// Open shards before it.
        from: Decimal,
        /// Open shards after it.
        to: Decimal,
    },
    /// 24-hour windows the daily call limit spreads the calls over.
    Windows,
    /// Hours from the first call until the last can start.
    HoursBeforeLastCall,
}

/// A resharding UpdateShardCount refuses by default: the `TargetShardCount` limits of
/// [UpdateShardCount](https://docs.aws.amazon.com/kinesis/latest/APIReference/API_UpdateShardCount.html),
/// "Set this value to more than 10000 shards in a stream" and "Scale a stream with more than
/// 10000 shards down unless you set this value to less than 10000 shards".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "limit", rename_all = "snake_case")]
pub enum ReshardBlock {
    /// A target above the most shards UpdateShardCount sets.
    AboveMax {
        /// The shards wanted.
        to: Decimal,
        /// UpdateShardCount's default maximum.
        max: Decimal,
    },
    /// A stream above the maximum scaled down to the maximum, not below it.
    NotBelowMax {
        /// The shards now.
        from: Decimal,
        /// The shards wanted.
        to: Decimal,
        /// UpdateShardCount's default maximum.
        max: Decimal,
    },
    /// A stream so far above the maximum that one call (at most halving) cannot take it
    /// below: its first call would have to.
    HalvingNotBelowMax {
        /// The shards now.
        from: Decimal,
        /// The fewest one call can set: `ceil(from × 0.5)`.
        lowest: Decimal,
        /// UpdateShardCount's default maximum.
        max: Decimal,
    },
}

/// The UpdateShardCount calls from N to M open shards: `awscalc kinesis --shards N --to M`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Resharding {
    /// The limit that refuses the resharding, if one does: then no calls are counted.
    pub blocked: Option<ReshardBlock>,
    /// Open shards now.
    pub from: Decimal,
    /// Open shards wanted.
    pub to: Decimal,
    /// The shard count after each call.
    pub sequence: Vec<Decimal>,
    /// UpdateShardCount calls.
    pub calls: Decimal,
    /// The fewest shards one call can set from `from`.
    pub min_in_one_call: Decimal,
    /// The most shards one call can set from `from`.
    pub max_in_one_call: Decimal,
    /// Shards split, at least, in all.
    pub splits: Decimal,
    /// Shards merged, at least, in all.
    pub merges: Decimal,
    /// 24-hour windows at the daily call limit.
    pub windows_24h: Decimal,
    /// Hours from the first call until the last can start.
    pub hours_before_last_call: Decimal,
    /// One call at most multiplies the shards by this.
    pub max_factor: Decimal,
    /// One call at least multiplies the shards by this.
    pub min_factor: Decimal,
    /// Calls a stream takes per rolling 24 hours.
    pub calls_per_day: Decimal,
    /// KCL workers and Lambda invocations at `to` shards.
    pub consumers: Consumers,
    /// A default per-account shard quota exceeded, at the larger end.
    pub quota: Option<ShardQuota>,
    /// The derivation.
    pub steps: Vec<Step<ReshardStep>>,
}

/// `awscalc kinesis --shards N`: what a stream of N open shards can take and serve.
///
/// ```
/// use awscalc::calc::kinesis::{capacity, CapacityRequest};
/// use awscalc::facts::{FactBook, Registry};
///
/// // AWS Lambda guide: parallelization factor 2 on 100 shards: 200 concurrent invocations.
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 11, 30));
/// let stream = capacity(&CapacityRequest { shards: 100, parallelization: Some(2) }, &mut book)
///     .unwrap();
/// assert_eq!(stream.consumers.max_lambda_invocations, 200.into());
///
/// // Lambda takes 1 to 10 concurrent batches per shard: 11 is refused.
/// let eleven = CapacityRequest { shards: 100, parallelization: Some(11) };
/// assert!(capacity(&eleven, &mut book).is_err());
/// ```
///
/// # Errors
/// A parallelization factor outside Lambda's range, or numbers too large to compute.
pub fn capacity(request: &CapacityRequest, book: &mut FactBook) -> Result<StreamCapacity, Error> {
    let shards = Decimal::from(request.shards);
    let kb = book.value(fact::KB_BYTES)?;
    let write = book.value(fact::SHARD_WRITE_BYTES_PER_SECOND)?;
    let records = book.value(fact::SHARD_WRITE_RECORDS_PER_SECOND)?;
    let read = book.value(fact::SHARD_READ_BYTES_PER_SECOND)?;
    let shards_q = || Expr::quantity("shards", shards, Unit::Count);
    let write_step = Step::new(
        CapacityStep::WriteBandwidth,
        shards_q().times(Expr::quantity(
            "shard_write_kib",
            write / kb,
            Unit::PerSecond,
        )),
    )?;
    let records_step = Step::new(
        CapacityStep::WriteRecords,
        shards_q().times(Expr::quantity("shard_records", records, Unit::PerSecond)),
    )?;
    let read_step = Step::new(
        CapacityStep::ReadBandwidth,
        shards_q().times(Expr::quantity("shard_read_kib", read / kb, Unit::PerSecond)),
    )?;
    let consumers = consumers_of(shards, request.parallelization, book)?;
    let quota = quota(shards, book)?;
    Ok(StreamCapacity {
        shards,
        write_kib_per_second: write_step.value,
        write_records_per_second: records_step.value,
        read_kib_per_second: read_step.value,
        consumers,
        factor_given: request.parallelization.is_some(),
        quota,
        steps: vec![write_step, records_step, read_step],
    })
}

/// `awscalc kinesis --shards N --to M`: the UpdateShardCount calls from N to M open shards,
/// each at most doubling or halving, with the time the daily call limit imposes.
///
/// ```
/// use awscalc::calc::kinesis::{reshard, ReshardRequest};
/// use awscalc::facts::{FactBook, Registry};
///
/// // 10 → 25 shards: one call at most doubles, so 10 → 20 → 25: 2 calls.
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 11, 30));
/// let r = reshard(&ReshardRequest { from: 10, to: 25, parallelization: None }, &mut book)
///     .unwrap();
/// assert_eq!(r.calls, 2.into());
/// assert_eq!(r.sequence, vec![20.into(), 25.into()]);
///
/// // UpdateShardCount scales a stream to at most 10,000 shards by default: a verdict.
/// let huge = ReshardRequest { from: 10, to: 10_001, parallelization: None };
/// assert!(reshard(&huge, &mut book).unwrap().blocked.is_some());
/// // A stream has at least one shard.
/// let none = ReshardRequest { from: 0, to: 4, parallelization: None };
/// assert!(reshard(&none, &mut book).is_err());
/// ```
///
/// A resharding UpdateShardCount refuses (above 10,000 shards) is not an error: the result
/// names the limit in `blocked`, with no calls.
///
/// # Errors
/// Zero shards, a parallelization factor outside Lambda's range, or numbers too large to
/// compute.
pub fn reshard(request: &ReshardRequest, book: &mut FactBook) -> Result<Resharding, Error> {
    let max_shards = book.value(fact::UPDATE_SHARD_COUNT_MAX_SHARDS)?;
    let up = book.value(fact::UPDATE_SHARD_COUNT_MAX_FACTOR)?;
    let down = book.value(fact::UPDATE_SHARD_COUNT_MIN_FACTOR)?;
    let per_day = book.value(fact::UPDATE_SHARD_COUNT_CALLS_PER_DAY)?;
    let from = Decimal::from(request.from);
    let to = Decimal::from(request.to);
    for n in [from, to] {
        // A stream has at least one shard; zero would never be reached by doubling or
        // halving, so the sequence below would not end.
        if n.is_zero() {
            return Err(Error::NotPositive {
                what: "shards",
                input: "0".into(),
            });
        }
    }
    let lowest = ceil_div(from.checked_mul(down).ok_or(Error::Overflow)?, Decimal::ONE)?;
    let highest = from.checked_mul(up).ok_or(Error::Overflow)?.min(max_shards);
    // A refused resharding counts no calls.
    let block = blocked(from, to, max_shards, lowest);
    let count = |name, v| Expr::quantity(name, v, Unit::Count);
    let mut steps = Vec::new();
    let mut sequence = Vec::new();
    let mut current = from;
    let (mut splits, mut merges) = (Decimal::ZERO, Decimal::ZERO);
    while block.is_none() && current != to {
        let formula = if to > current {
            Expr::min(vec![
                count("to", to),
                count("shards", current).times(count("max_factor", up)),
            ])
        } else {
            Expr::max(vec![
                count("to", to),
                count("shards", current)
                    .times(count("min_factor", down))
                    .ceil(),
            ])
        };
        let next = formula.eval()?;
        steps.push(Step::new(
            ReshardStep::Call {
                number: sequence.len() + 1,
                from: current,
                to: next,
            },
            formula,
        )?);
        if next > current {
            splits += next - current;
        } else {
            merges += current - next;
        }
        sequence.push(next);
        current = next;
    }
    let calls = Decimal::from(sequence.len());
    let (mut windows, mut wait_hours) = (Decimal::ZERO, Decimal::ZERO);
    if !calls.is_zero() {
        let calls_q = || count("calls", calls);
        let per_day_q = || count("calls_per_day", per_day);
        let step = Step::new(ReshardStep::Windows, calls_q().over(per_day_q()).ceil())?;
        windows = step.value;
        steps.push(step);
        let step = Step::new(
            ReshardStep::HoursBeforeLastCall,
            calls_q()
                .minus(Expr::number(Decimal::ONE))
                .over(per_day_q())
                .floor()
                .times(count("hours", Decimal::from(24))),
        )?;
        wait_hours = step.value;
        steps.push(step);
    }
    let consumers = consumers_of(to, request.parallelization, book)?;
    let quota = quota(from.max(to), book)?;
    Ok(Resharding {
        blocked: block,
        from,
        to,
        sequence,
        calls,
        min_in_one_call: lowest,
        max_in_one_call: highest,
        splits,
        merges,
        windows_24h: windows,
        hours_before_last_call: wait_hours,
        max_factor: up,
        min_factor: down,
        calls_per_day: per_day,
        consumers,
        quota,
        steps,
    })
}

/// The limit that refuses going from `from` to `to` shards, if one does: a target above
/// `max`, or from above `max` a target (or a first call, going down to `lowest` at the
/// fewest) not below it. No call is needed when the two are equal.
fn blocked(from: Decimal, to: Decimal, max: Decimal, lowest: Decimal) -> Option<ReshardBlock> {
    if from == to {
        None
    } else if to > max {
        Some(ReshardBlock::AboveMax { to, max })
    } else if from > max && to == max {
        Some(ReshardBlock::NotBelowMax { from, to, max })
    } else if from > max && lowest >= max {
        Some(ReshardBlock::HalvingNotBelowMax { from, lowest, max })
    } else {
        None
    }
}
