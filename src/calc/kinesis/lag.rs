//! A consumer slower than its stream: `awscalc kinesis --throughput 4mb/s --consume-rate 3mb/s`.
//!
//! AWS's rules, from the quota page and
//! [building-consumers.html](https://docs.aws.amazon.com/streams/latest/dev/building-consumers.html):
//! a shard takes 1 MiB/s of writes and serves 2 MiB/s of reads shared by its standard
//! (polling) consumers, or 2 MiB/s to each enhanced fan-out consumer; a record stays
//! readable for the stream's retention period (24 hours by default); Lambda processes up
//! to its parallelization factor (1 to 10) batches of one shard at a time.
//!
//! awscalc's arithmetic on them, at steady rates: the consumer reads `e = min(processing
//! rate, its read share)`; the backlog grows by `input − e` per second; the record being
//! processed was written `t × e ÷ input` seconds into a lag of `t` seconds, so the iterator
//! age grows by `1 − e ÷ input` seconds per second, and passes the retention after
//! `retention ÷ (1 − e ÷ input)`, when unread records start to expire. What brings it back
//! assumes processing scales with what runs in parallel: one worker per shard (KCL, Lambda)
//! or Lambda's concurrent batches per shard.

use rust_decimal::Decimal;
use serde::Serialize;

use super::{fact, limits, Retention, Throughput};
use crate::error::Error;
use crate::facts::FactBook;
use crate::steps::{Expr, Rounding, Step, Unit};
use crate::units::{KbConvention, SizeUnit};

/// Who the slow consumer is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ConsumerKind {
    /// A standard (polling) consumer sharing each shard's reads with this many in all.
    Shared(u32),
    /// An enhanced fan-out consumer, with its own reads.
    Efo,
}

/// `kinesis --throughput W --consume-rate C [--shards N] [--consumers K | --efo 1]
/// [--parallelization P] [--retention R]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LagRequest {
    /// What producers write.
    pub write: Throughput,
    /// What the consumer processes.
    pub consume: Throughput,
    /// Open shards; `None`: the fewest the writes need.
    pub shards: Option<u64>,
    /// The slow consumer.
    pub consumer: ConsumerKind,
    /// Lambda's concurrent batches per shard now; `None` means 1.
    pub parallelization: Option<u32>,
    /// The stream's retention; `None`: the default.
    pub retention: Option<Retention>,
}

/// What each step computes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LagStep {
    /// The fewest shards the writes need: ceil(KiB/s ÷ 1,024).
    Shards,
    /// What the consumer may read: shards × 2,048 KiB/s (÷ consumers when shared).
    ReadShare,
    /// What it reads: the smaller of its processing rate and its read share.
    Consumed,
    /// The backlog's growth: input − consumed.
    BacklogGrowth,
    /// The iterator age's growth: (input − consumed) ÷ input.
    AgeGrowth,
    /// When unread records start to expire: retention ÷ age growth.
    LossAfter,
    /// How much faster the consumer must get: input ÷ consumed.
    SpeedUp,
    /// Shards for the processing to keep up, one worker per shard: ceil(shards × input ÷
    /// processing).
    ShardsForProcessing,
    /// Shards for the reads to keep up: ceil(input × consumers ÷ 2,048).
    ShardsForReads,
    /// Lambda's factor for the processing to keep up: ceil(factor × input ÷ processing).
    Parallelization,
}

/// What limits the consumer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Bound {
    /// It keeps up.
    KeepsUp,
    /// Its processing.
    Processing,
    /// Its share of the shards' reads.
    Reads,
}

/// A lagging consumer, and what brings it back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Lag {
    /// Input, KiB/s.
    pub write_kib_per_second: Decimal,
    /// The consumer's processing rate, KiB/s.
    pub processing_kib_per_second: Decimal,
    /// Open shards (given or the fewest the writes need).
    pub shards: Decimal,
    /// The shards were not given: the fewest the writes need.
    pub shards_derived: bool,
    /// The consumer.
    pub consumer: ConsumerKind,
    /// What it may read over all shards, KiB/s.
    pub read_share_kib_per_second: Decimal,
    /// What it reads, KiB/s.
    pub consumed_kib_per_second: Decimal,
    /// What limits it.
    pub bound: Bound,
    /// The backlog's growth, KiB/s (never negative).
    pub backlog_kib_per_second: Decimal,
    /// The iterator age's growth, seconds per second (never negative).
    pub age_growth: Decimal,
    /// The retention, hours.
    pub retention_hours: Decimal,
    /// When unread records start to expire, seconds; `None` when it keeps up.
    pub loss_after_seconds: Option<Decimal>,
    /// How much faster it must read; `None` when it keeps up.
    pub speed_up: Option<Decimal>,
    /// Shards that bring it back (processing, reads and writes); `None` when it keeps up.
    pub shards_needed: Option<Decimal>,
    /// Lambda's factor that brings it back on these shards; `None` when it keeps up, when
    /// reads limit it, or when no factor in range does.
    pub parallelization_needed: Option<Decimal>,
    /// Lambda's factor now.
    pub parallelization: Decimal,
    /// Lambda's largest factor.
    pub parallelization_max: Decimal,
    /// What the consumer would read as an enhanced fan-out consumer, KiB/s, when it is a
    /// standard one.
    pub efo_read_kib_per_second: Option<Decimal>,
    /// The derivation.
    pub steps: Vec<Step<LagStep>>,
}

/// KiB per second of a throughput (a bare number is MB/s; Kinesis's MB is 1,024²).
fn kib_per_second(t: &Throughput, kb: Decimal) -> Result<Decimal, Error> {
    t.size()
        .bytes(SizeUnit::Mega, KbConvention::Binary)?
        .checked_div(kb)
        .and_then(|k| k.checked_div(Decimal::from(t.per_seconds())))
        .ok_or(Error::Overflow)
}

/// `awscalc kinesis --throughput W --consume-rate C`: how fast the iterator age grows, when
/// records expire unread, and what brings the consumer back.
///
/// ```
/// use awscalc::calc::kinesis::{lag, ConsumerKind, LagRequest};
/// use awscalc::facts::{FactBook, Registry};
///
/// // 4 MiB/s in, 3 MiB/s processed, on 4 shards (8 MiB/s of reads for one consumer): the
/// // age grows 1 − 3/4 = 0.25 s a second and passes 24 hours after 96 hours.
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 12, 1));
/// let request = LagRequest {
///     write: "4mb/s".parse().unwrap(),
///     consume: "3mb/s".parse().unwrap(),
///     shards: None,
///     consumer: ConsumerKind::Shared(1),
///     parallelization: None,
///     retention: None,
/// };
/// let l = lag(&request, &mut book).unwrap();
/// assert_eq!(l.age_growth, "0.25".parse().unwrap());
/// assert_eq!(l.loss_after_seconds, Some(345_600.into()));
/// // A parallelization factor of 2 (ceil(1 × 4 ÷ 3)) brings it back.
/// assert_eq!(l.parallelization_needed, Some(2.into()));
/// ```
///
/// # Errors
/// A retention or parallelization factor outside AWS's range, no consumers, or numbers
/// beyond exact arithmetic.
#[allow(clippy::too_many_lines)] // the steps in order, each with its value
pub fn lag(request: &LagRequest, book: &mut FactBook) -> Result<Lag, Error> {
    let kb = book.value(fact::KB_BYTES)?;
    let w = kib_per_second(&request.write, kb)?;
    let c = kib_per_second(&request.consume, kb)?;
    for (value, t) in [(w, &request.write), (c, &request.consume)] {
        if value.is_zero() {
            return Err(Error::NotPositive {
                what: "throughput",
                input: t.text().to_string(),
            });
        }
    }
    let consumers = match request.consumer {
        ConsumerKind::Shared(0) => {
            return Err(Error::Conflict {
                message: "no consumers: the slow consumer is one of --consumers N (N ≥ 1)".into(),
            })
        }
        ConsumerKind::Shared(n) => Decimal::from(n),
        ConsumerKind::Efo => Decimal::ONE,
    };
    let factor = limits::check_parallelization(request.parallelization, book)?;
    let factor_max = book.value(fact::LAMBDA_PARALLELIZATION_MAX)?;
    let retention_hours = match &request.retention {
        Some(r) => {
            let min = book.value(fact::RETENTION_MIN_HOURS)?;
            let max = book.value(fact::RETENTION_MAX_HOURS)?;
            if r.hours() < min || r.hours() > max {
                return Err(super::Problem::RetentionOutOfRange {
                    given: r.text().to_string(),
                    hours: r.hours(),
                    min,
                    max,
                    as_of: book.as_of(),
                }
                .into());
            }
            r.hours()
        }
        // The default retention is the shortest one.
        None => book.value(fact::RETENTION_MIN_HOURS)?,
    };
    let write_kib = book.value(fact::SHARD_WRITE_BYTES_PER_SECOND)? / kb;
    let read_kib = book.value(match request.consumer {
        ConsumerKind::Shared(_) => fact::SHARD_READ_BYTES_PER_SECOND,
        ConsumerKind::Efo => fact::EFO_READ_BYTES_PER_SECOND,
    })? / kb;
    let mut steps = Vec::new();
    let w_q = || Expr::quantity("input_kib", w, Unit::PerSecond);
    let c_q = || Expr::quantity("processing_kib", c, Unit::PerSecond);
    let shards = match request.shards {
        Some(n) if n > 0 => Decimal::from(n),
        Some(_) => {
            return Err(Error::NotPositive {
                what: "shards",
                input: "0".into(),
            })
        }
        None => {
            let step = Step::new(
                LagStep::Shards,
                w_q()
                    .over(Expr::quantity(
                        "shard_write_kib",
                        write_kib,
                        Unit::PerSecond,
                    ))
                    .ceil(),
            )?;
            let n = step.value.max(Decimal::ONE);
            steps.push(step);
            n
        }
    };
    let shards_q = || Expr::quantity("shards", shards, Unit::Count);
    let consumers_q = || Expr::quantity("consumers", consumers, Unit::Consumers);
    let mut share = shards_q().times(Expr::quantity("shard_read_kib", read_kib, Unit::PerSecond));
    if let ConsumerKind::Shared(_) = request.consumer {
        share = share.over(consumers_q());
    }
    let share = Step::rounded(LagStep::ReadShare, share, Rounding::Down4)?;
    let share_value = share.value;
    steps.push(share);
    let consumed = Step::new(
        LagStep::Consumed,
        Expr::min(vec![
            c_q(),
            Expr::quantity("read_share_kib", share_value, Unit::PerSecond),
        ]),
    )?;
    let e = consumed.value;
    steps.push(consumed);
    let e_q = || Expr::quantity("consumed_kib", e, Unit::PerSecond);
    let bound = if e >= w {
        Bound::KeepsUp
    } else if c <= share_value {
        Bound::Processing
    } else {
        Bound::Reads
    };
    let backlog = Step::new(
        LagStep::BacklogGrowth,
        Expr::max(vec![w_q().minus(e_q()), Expr::number(Decimal::ZERO)]),
    )?;
    let backlog_value = backlog.value;
    steps.push(backlog);
    let age = Step::rounded(
        LagStep::AgeGrowth,
        Expr::quantity("backlog_kib", backlog_value, Unit::PerSecond).over(w_q()),
        Rounding::Nearest6,
    )?;
    let age_value = age.value;
    steps.push(age);
    let efo_read = match request.consumer {
        ConsumerKind::Shared(_) => Some(
            shards
                .checked_mul(book.value(fact::EFO_READ_BYTES_PER_SECOND)? / kb)
                .ok_or(Error::Overflow)?,
        ),
        ConsumerKind::Efo => None,
    };
    let mut lag = Lag {
        write_kib_per_second: w,
        processing_kib_per_second: c,
        shards,
        shards_derived: request.shards.is_none(),
        consumer: request.consumer,
        read_share_kib_per_second: share_value,
        consumed_kib_per_second: e,
        bound,
        backlog_kib_per_second: backlog_value,
        age_growth: age_value,
        retention_hours,
        loss_after_seconds: None,
        speed_up: None,
        shards_needed: None,
        parallelization_needed: None,
        parallelization: factor,
        parallelization_max: factor_max,
        efo_read_kib_per_second: efo_read,
        steps: Vec::new(),
    };
    if bound == Bound::KeepsUp {
        lag.steps = steps;
        return Ok(lag);
    }
    let retention_seconds = retention_hours
        .checked_mul(Decimal::from(3600))
        .ok_or(Error::Overflow)?;
    // retention × input ÷ backlog: the exact form of retention ÷ age growth.
    let loss = Step::rounded(
        LagStep::LossAfter,
        Expr::quantity("retention_seconds", retention_seconds, Unit::Seconds)
            .times(w_q())
            .over(Expr::quantity(
                "backlog_kib",
                backlog_value,
                Unit::PerSecond,
            )),
        Rounding::Nearest6,
    )?;
    lag.loss_after_seconds = Some(loss.value);
    steps.push(loss);
    let speed_up = Step::rounded(LagStep::SpeedUp, w_q().over(e_q()), Rounding::Nearest6)?;
    lag.speed_up = Some(speed_up.value);
    steps.push(speed_up);
    let for_processing = Step::new(
        LagStep::ShardsForProcessing,
        shards_q().times(w_q()).over(c_q()).ceil(),
    )?;
    let mut reads_formula = w_q();
    if let ConsumerKind::Shared(_) = request.consumer {
        reads_formula = reads_formula.times(consumers_q());
    }
    let for_reads = Step::new(
        LagStep::ShardsForReads,
        reads_formula
            .over(Expr::quantity("shard_read_kib", read_kib, Unit::PerSecond))
            .ceil(),
    )?;
    let for_writes = crate::units::ceil_div(w, write_kib)?;
    lag.shards_needed = Some(
        for_processing
            .value
            .max(for_reads.value)
            .max(for_writes)
            .max(shards),
    );
    steps.push(for_processing);
    steps.push(for_reads);
    if bound == Bound::Processing {
        let step = Step::new(
            LagStep::Parallelization,
            Expr::quantity("factor", factor, Unit::Count)
                .times(w_q())
                .over(c_q())
                .ceil(),
        )?;
        // More concurrent batches help only while the reads keep up with the input.
        if step.value <= factor_max && share_value >= w {
            lag.parallelization_needed = Some(step.value);
        }
        steps.push(step);
    }
    lag.steps = steps;
    Ok(lag)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::Registry;

    fn book() -> FactBook {
        FactBook::new(Registry::builtin(), jiff::civil::date(2026, 12, 1))
    }

    fn request(write: &str, consume: &str) -> LagRequest {
        LagRequest {
            write: write.parse().unwrap(),
            consume: consume.parse().unwrap(),
            shards: None,
            consumer: ConsumerKind::Shared(1),
            parallelization: None,
            retention: None,
        }
    }

    /// By hand: 4 MiB/s in needs 4 shards (1 MiB/s each); one polling consumer may read
    /// 4 × 2 MiB/s = 8 MiB/s, so its 3 MiB/s processing limits it: the backlog grows by
    /// 1 MiB/s (1,024 KiB/s), the age by 1 − 3/4 = 0.25 s/s; 24 h = 86,400 s of retention
    /// is passed after 86,400 ÷ 0.25 = 345,600 s (96 h). Shards for processing: ceil(4 × 4 ÷
    /// 3) = 6.
    #[test]
    fn a_consumer_at_three_quarters_loses_data_after_96_hours() {
        let l = lag(&request("4mb/s", "3mb/s"), &mut book()).unwrap();
        assert_eq!(l.shards, Decimal::from(4));
        assert_eq!(l.bound, Bound::Processing);
        assert_eq!(l.backlog_kib_per_second, Decimal::from(1024));
        assert_eq!(l.age_growth, "0.25".parse::<Decimal>().unwrap());
        assert_eq!(l.loss_after_seconds, Some(Decimal::from(345_600)));
        assert_eq!(l.shards_needed, Some(Decimal::from(6)));
        assert_eq!(l.parallelization_needed, Some(Decimal::from(2)));
    }

    /// By hand: 2 shards shared by 4 polling consumers: each may read 2 × 2,048 ÷ 4 =
    /// 1,024 KiB/s, below the 2 MiB/s input, though it could process 10 MiB/s: reads limit
    /// it; the age grows 1 − 1,024/2,048 = 0.5 s/s; shards for reads: ceil(2,048 × 4 ÷
    /// 2,048) = 4; as an enhanced fan-out consumer it would read 2 × 2,048 = 4,096 KiB/s.
    #[test]
    fn a_shared_consumer_can_be_limited_by_its_read_share() {
        let mut r = request("2mb/s", "10mb/s");
        r.shards = Some(2);
        r.consumer = ConsumerKind::Shared(4);
        let l = lag(&r, &mut book()).unwrap();
        assert_eq!(l.bound, Bound::Reads);
        assert_eq!(l.age_growth, "0.5".parse::<Decimal>().unwrap());
        assert_eq!(l.shards_needed, Some(Decimal::from(4)));
        assert_eq!(l.parallelization_needed, None);
        assert_eq!(l.efo_read_kib_per_second, Some(Decimal::from(4096)));
    }

    #[test]
    fn a_consumer_that_keeps_up_has_no_backlog() {
        let l = lag(&request("3mb/s", "4mb/s"), &mut book()).unwrap();
        assert_eq!(l.bound, Bound::KeepsUp);
        assert_eq!(l.age_growth, Decimal::ZERO);
        assert_eq!(l.backlog_kib_per_second, Decimal::ZERO);
        assert_eq!(l.loss_after_seconds, None);
    }

    /// By hand: a factor of ceil(1 × 40 ÷ 3) = 14 is above Lambda's 10: no factor alone.
    #[test]
    fn no_parallelization_factor_above_ten() {
        let mut r = request("40mb/s", "3mb/s");
        r.shards = Some(40);
        let l = lag(&r, &mut book()).unwrap();
        assert_eq!(l.parallelization_needed, None);
        assert_eq!(l.shards_needed, Some(Decimal::from(534)));
    }
}
