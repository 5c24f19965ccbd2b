//! A consumer slower than its stream: `awscalc kinesis --throughput 4mb/s --consume-rate 3mb/s`,
//! or in records: `--size 2kb --rate 5000/s --consume-rate 4000/s`; and with `--backlog`,
//! how long a faster consumer takes to catch up.
//!
//! AWS's rules, from the quota page and
//! [building-consumers.html](https://docs.aws.amazon.com/streams/latest/dev/building-consumers.html):
//! a shard takes 1 MiB/s and 1,000 records/s of writes and serves 2 MiB/s of reads shared by
//! its standard (polling) consumers, or 2 MiB/s to each enhanced fan-out consumer; a record
//! stays readable for the stream's retention period (24 hours by default); Lambda processes
//! up to its parallelization factor (1 to 10) batches of one shard at a time.
//!
//! awscalc's arithmetic on them, at steady rates, in the unit the consumer's rate was given
//! in (KiB or records per second): the consumer reads `e = min(processing rate, its read
//! share)`; the backlog grows by `input − e` per second; the record being processed was
//! written `t × e ÷ input` seconds into a lag of `t` seconds, so the iterator age grows by
//! `1 − e ÷ input` seconds per second, and passes the retention after `retention ÷ (1 − e ÷
//! input)`, when unread records start to expire. What brings it back assumes processing
//! scales with what runs in parallel: one worker per shard (KCL, Lambda) or Lambda's
//! concurrent batches per shard.
//!
//! A backlog (`--backlog`) of iterator age `A` holds `A × input` unread; a consumer reading
//! `e > input` works it off in `backlog ÷ (e − input)` seconds, and the age of the record it
//! reads falls by `e ÷ input − 1` seconds per second, so nothing expires on the way when `A`
//! is within the retention. A slower consumer's age grows from `A`: records expire after
//! `(retention − A) ÷ (1 − e ÷ input)`.

use rust_decimal::Decimal;
use serde::Serialize;

use super::{fact, limits, Backlog, Problem, Retention, Throughput};
use crate::error::Error;
use crate::facts::FactBook;
use crate::steps::{Expr, Rounding, Step, Unit};
use crate::units::{KbConvention, Rate, Size, SizeUnit};

/// Who the slow consumer is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ConsumerKind {
    /// A standard (polling) consumer sharing each shard's reads with this many in all.
    Shared(u32),
    /// An enhanced fan-out consumer, with its own reads.
    Efo,
}

/// What the producers write, as the lag reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LagInput {
    /// Data per unit of time: `--throughput 4mb/s` (a bare number is MB/s).
    Data(Throughput),
    /// Records of an average size at a rate: `--size 2kb --rate 5000/s`.
    Records {
        /// Average record size (a bare number is KB).
        size: Size,
        /// Records per second (or /min, /h).
        rate: Rate,
    },
}

impl std::str::FromStr for LagInput {
    type Err = Error;

    /// A throughput: `4mb/s`.
    fn from_str(text: &str) -> Result<LagInput, Error> {
        text.parse().map(LagInput::Data)
    }
}

/// What the consumer processes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConsumeRate {
    /// Data per unit of time: `3mb/s`.
    Data(Throughput),
    /// Records per unit of time: `4000/s` (with a [`LagInput::Records`] input).
    Records(Rate),
}

impl ConsumeRate {
    /// The text as typed, trimmed.
    #[must_use]
    pub fn text(&self) -> &str {
        match self {
            ConsumeRate::Data(t) => t.text(),
            ConsumeRate::Records(r) => r.text(),
        }
    }
}

impl std::str::FromStr for ConsumeRate {
    type Err = Error;

    /// A throughput: `3mb/s`.
    fn from_str(text: &str) -> Result<ConsumeRate, Error> {
        text.parse().map(ConsumeRate::Data)
    }
}

/// The unit the lag is worked in: the consumer's rate's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FlowUnit {
    /// KiB (rates in KiB/s).
    Kib,
    /// Records (rates in records/s).
    Records,
}

/// `kinesis --throughput W | --size S --rate R, --consume-rate C [--shards N] [--consumers K
/// | --efo 1] [--parallelization P] [--retention R] [--backlog B]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LagRequest {
    /// What producers write.
    pub write: LagInput,
    /// What the consumer processes.
    pub consume: ConsumeRate,
    /// Open shards; `None`: the fewest the writes need.
    pub shards: Option<u64>,
    /// The slow consumer.
    pub consumer: ConsumerKind,
    /// Lambda's concurrent batches per shard now; `None` means 1.
    pub parallelization: Option<u32>,
    /// The stream's retention; `None`: the default.
    pub retention: Option<Retention>,
    /// What the consumer has to catch up on now; `None`: nothing yet.
    pub backlog: Option<Backlog>,
}

/// What each step computes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LagStep {
    /// The input bandwidth of records: records/s × KiB per record.
    InputBandwidth,
    /// The fewest shards the writes need: ceil(KiB/s ÷ 1,024), and ceil(records/s ÷ 1,000)
    /// when the records are known.
    Shards,
    /// What the consumer may read: shards × 2,048 KiB/s (÷ consumers when shared).
    ReadShare,
    /// The read share in records: KiB/s ÷ KiB per record.
    ReadShareRecords,
    /// What it reads: the smaller of its processing rate and its read share.
    Consumed,
    /// The backlog's growth: input − consumed.
    BacklogGrowth,
    /// The iterator age's growth: (input − consumed) ÷ input.
    AgeGrowth,
    /// The backlog now, from its age: age × input.
    BacklogFromAge,
    /// The backlog now, from data given in records: KiB ÷ KiB per record.
    BacklogInRecords,
    /// The backlog now, from records given in KiB: records × KiB per record.
    BacklogInKib,
    /// The oldest unread record's age: backlog ÷ input.
    OldestAge,
    /// What is still readable: min(backlog, retention × input).
    Readable,
    /// When the consumer has caught up: backlog ÷ (consumed − input).
    CatchUp,
    /// When unread records start to expire: (retention − age) ÷ age growth.
    LossAfter,
    /// How much faster the consumer must get: input ÷ consumed.
    SpeedUp,
    /// Shards for the processing to keep up, one worker per shard: ceil(shards × input ÷
    /// processing).
    ShardsForProcessing,
    /// Shards for the reads to keep up: ceil(input KiB × consumers ÷ 2,048).
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

/// A backlog and how it goes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Drain {
    /// The backlog now, in the lag's unit (KiB or records).
    pub backlog: Decimal,
    /// The oldest unread record's age now, seconds.
    pub age_seconds: Decimal,
    /// What is still readable, in the lag's unit: the backlog, or less when the oldest
    /// records are past the retention.
    pub readable: Decimal,
    /// Seconds until the consumer has caught up; `None` when it never does (it reads no
    /// faster than the input).
    pub catch_up_seconds: Option<Decimal>,
    /// The oldest unread record is within the retention (nothing has expired, and while
    /// the consumer catches up nothing will).
    pub within_retention: bool,
}

/// A lagging consumer, and what brings it back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Lag {
    /// The unit of the rates and amounts below (but the `_kib_` ones).
    pub unit: FlowUnit,
    /// Input, per second.
    pub input_per_second: Decimal,
    /// Input bandwidth, KiB/s.
    pub write_kib_per_second: Decimal,
    /// The average record, KiB, when the records are known.
    pub record_kib: Option<Decimal>,
    /// The consumer's processing rate, per second.
    pub processing_per_second: Decimal,
    /// Open shards (given or the fewest the writes need).
    pub shards: Decimal,
    /// The shards were not given: the fewest the writes need.
    pub shards_derived: bool,
    /// The consumer.
    pub consumer: ConsumerKind,
    /// What it may read over all shards, per second.
    pub read_share_per_second: Decimal,
    /// What it reads, per second.
    pub consumed_per_second: Decimal,
    /// What limits it.
    pub bound: Bound,
    /// The backlog's growth, per second (never negative).
    pub backlog_per_second: Decimal,
    /// The iterator age's growth, seconds per second (never negative).
    pub age_growth: Decimal,
    /// The retention, hours.
    pub retention_hours: Decimal,
    /// A backlog given, and how it goes.
    pub drain: Option<Drain>,
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

/// The quantity names of the lag's unit.
struct Names {
    unit: FlowUnit,
    input: &'static str,
    processing: &'static str,
    consumed: &'static str,
    share: &'static str,
    backlog: &'static str,
}

impl Names {
    fn of(unit: FlowUnit) -> Names {
        match unit {
            FlowUnit::Kib => Names {
                unit,
                input: "input_kib",
                processing: "processing_kib",
                consumed: "consumed_kib",
                share: "read_share_kib",
                backlog: "backlog_kib",
            },
            FlowUnit::Records => Names {
                unit,
                input: "input_records",
                processing: "processing_records",
                consumed: "consumed_records",
                share: "read_share_records",
                backlog: "backlog_records",
            },
        }
    }
}

/// The rates a lag starts from, checked, with the steps that derive them.
struct Flow {
    names: Names,
    kb: Decimal,
    /// Input in the lag's unit, per second.
    w: Decimal,
    /// Input, KiB/s.
    w_kib: Decimal,
    /// Input, records/s, when known.
    records: Option<Decimal>,
    /// KiB per record, when known.
    record_kib: Option<Decimal>,
    /// Processing, in the lag's unit, per second.
    c: Decimal,
}

/// A rate per second, named.
fn per_s(name: &'static str, value: Decimal) -> Expr {
    Expr::quantity(name, value, Unit::PerSecond)
}

impl Flow {
    fn w_q(&self) -> Expr {
        per_s(self.names.input, self.w)
    }

    fn c_q(&self) -> Expr {
        per_s(self.names.processing, self.c)
    }
}

/// The input and processing rates in the consumer's unit, and the input bandwidth step when
/// the input is records.
fn flow(
    request: &LagRequest,
    book: &mut FactBook,
    steps: &mut Vec<Step<LagStep>>,
) -> Result<Flow, Error> {
    let kb = book.value(fact::KB_BYTES)?;
    let unit = match request.consume {
        ConsumeRate::Data(_) => FlowUnit::Kib,
        ConsumeRate::Records(_) => FlowUnit::Records,
    };
    let positive = |value: Decimal, what: &'static str, text: &str| {
        if value.is_zero() {
            Err(Error::NotPositive {
                what,
                input: text.to_string(),
            })
        } else {
            Ok(value)
        }
    };
    let (w_kib, records, record_kib) = match &request.write {
        LagInput::Data(t) => (
            positive(kib_per_second(t, kb)?, "throughput", t.text())?,
            None,
            None,
        ),
        LagInput::Records { size, rate } => {
            let bytes = size.bytes(SizeUnit::Kilo, KbConvention::Binary)?;
            let record_kib = positive(bytes / kb, "record size", size.text())?;
            let records = positive(rate.as_per_second(), "rate", rate.text())?;
            let step =
                Step::new(
                    LagStep::InputBandwidth,
                    Expr::quantity("input_records", records, Unit::PerSecond)
                        .times(Expr::quantity("record_kib", record_kib, Unit::Kib)),
                )?;
            let w_kib = step.value;
            steps.push(step);
            (w_kib, Some(records), Some(record_kib))
        }
    };
    let (w, c) = match (&request.consume, records) {
        (ConsumeRate::Data(t), _) => (
            w_kib,
            positive(kib_per_second(t, kb)?, "throughput", t.text())?,
        ),
        (ConsumeRate::Records(r), Some(records)) => {
            (records, positive(r.as_per_second(), "rate", r.text())?)
        }
        (ConsumeRate::Records(r), None) => {
            return Err(Problem::ConsumeRecordsOfData {
                consume: r.text().to_string(),
            }
            .into())
        }
    };
    Ok(Flow {
        names: Names::of(unit),
        kb,
        w,
        w_kib,
        records,
        record_kib,
        c,
    })
}

/// The retention in hours: as given (within the range on the book's date), or the default.
fn retention_hours(request: &LagRequest, book: &mut FactBook) -> Result<Decimal, Error> {
    let Some(r) = &request.retention else {
        // The default retention is the shortest one.
        return book.value(fact::RETENTION_MIN_HOURS);
    };
    let min = book.value(fact::RETENTION_MIN_HOURS)?;
    let max = book.value(fact::RETENTION_MAX_HOURS)?;
    if r.hours() < min || r.hours() > max {
        return Err(Problem::RetentionOutOfRange {
            given: r.text().to_string(),
            hours: r.hours(),
            min,
            max,
            as_of: book.as_of(),
        }
        .into());
    }
    Ok(r.hours())
}

/// The fewest shards the writes need, as a formula: bandwidth, and records when known.
fn shards_for_writes(flow: &Flow, write_kib: Decimal, book: &mut FactBook) -> Result<Expr, Error> {
    let bandwidth = per_s("input_kib", flow.w_kib)
        .over(per_s("shard_write_kib", write_kib))
        .ceil();
    Ok(match flow.records {
        None => bandwidth,
        Some(records) => {
            let per_shard = book.value(fact::SHARD_WRITE_RECORDS_PER_SECOND)?;
            Expr::max(vec![
                bandwidth,
                per_s("input_records", records)
                    .over(per_s("shard_records", per_shard))
                    .ceil(),
            ])
        }
    })
}

/// `awscalc kinesis --throughput W --consume-rate C`: how fast the iterator age grows, when
/// records expire unread, and what brings the consumer back; with a backlog, when it has
/// caught up.
///
/// ```
/// use awscalc::calc::kinesis::{lag, ConsumerKind, LagRequest};
/// use awscalc::facts::{FactBook, Registry};
///
/// // 4 MiB/s in, 3 MiB/s processed, on 4 shards (8 MiB/s of reads for one consumer): the
/// // age grows 1 − 3/4 = 0.25 s a second and passes 24 hours after 96 hours.
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 12, 1));
/// let mut request = LagRequest {
///     write: "4mb/s".parse().unwrap(),
///     consume: "3mb/s".parse().unwrap(),
///     shards: None,
///     consumer: ConsumerKind::Shared(1),
///     parallelization: None,
///     retention: None,
///     backlog: None,
/// };
/// let l = lag(&request, &mut book).unwrap();
/// assert_eq!(l.age_growth, "0.25".parse().unwrap());
/// assert_eq!(l.loss_after_seconds, Some(345_600.into()));
/// // A parallelization factor of 2 (ceil(1 × 4 ÷ 3)) brings it back.
/// assert_eq!(l.parallelization_needed, Some(2.into()));
///
/// // A consumer at 6 MiB/s, 2 hours behind a 4 MiB/s stream: 2 h × 4 MiB/s unread,
/// // worked off at 2 MiB/s: caught up after 4 hours.
/// request.consume = "6mb/s".parse().unwrap();
/// request.backlog = Some("2h".parse().unwrap());
/// let drain = lag(&request, &mut book).unwrap().drain.unwrap();
/// assert_eq!(drain.catch_up_seconds, Some(14_400.into()));
///
/// // A retention of 2 hours is below Kinesis's 24-hour minimum.
/// request.retention = Some("2h".parse().unwrap());
/// assert!(lag(&request, &mut book).is_err());
/// ```
///
/// # Errors
/// A retention or parallelization factor outside AWS's range, no consumers, a rate in
/// records without the records written, or numbers beyond exact arithmetic.
pub fn lag(request: &LagRequest, book: &mut FactBook) -> Result<Lag, Error> {
    let mut steps = Vec::new();
    let flow = flow(request, book, &mut steps)?;
    let consumers = sharing(request.consumer)?;
    let factor = limits::check_parallelization(request.parallelization, book)?;
    let factor_max = book.value(fact::LAMBDA_PARALLELIZATION_MAX)?;
    let retention_hours = retention_hours(request, book)?;
    let write_kib = book.value(fact::SHARD_WRITE_BYTES_PER_SECOND)? / flow.kb;
    let read_kib = book.value(match request.consumer {
        ConsumerKind::Shared(_) => fact::SHARD_READ_BYTES_PER_SECOND,
        ConsumerKind::Efo => fact::EFO_READ_BYTES_PER_SECOND,
    })? / flow.kb;
    let shards = open_shards(request.shards, &flow, write_kib, book, &mut steps)?;
    let share_value = read_share(
        &flow,
        request.consumer,
        (shards, consumers, read_kib),
        &mut steps,
    )?;
    let consumed = Step::new(
        LagStep::Consumed,
        Expr::min(vec![flow.c_q(), per_s(flow.names.share, share_value)]),
    )?;
    let e = consumed.value;
    steps.push(consumed);
    let e_q = || per_s(flow.names.consumed, e);
    let w = flow.w;
    let bound = if e >= w {
        Bound::KeepsUp
    } else if flow.c <= share_value {
        Bound::Processing
    } else {
        Bound::Reads
    };
    let backlog = Step::new(
        LagStep::BacklogGrowth,
        Expr::max(vec![flow.w_q().minus(e_q()), Expr::number(Decimal::ZERO)]),
    )?;
    let backlog_value = backlog.value;
    steps.push(backlog);
    let age = Step::rounded(
        LagStep::AgeGrowth,
        per_s(flow.names.backlog, backlog_value).over(flow.w_q()),
        Rounding::Nearest6,
    )?;
    let age_value = age.value;
    steps.push(age);
    let efo_read = match request.consumer {
        ConsumerKind::Shared(_) => Some(
            shards
                .checked_mul(book.value(fact::EFO_READ_BYTES_PER_SECOND)? / flow.kb)
                .ok_or(Error::Overflow)?,
        ),
        ConsumerKind::Efo => None,
    };
    let retention_seconds = retention_hours
        .checked_mul(Decimal::from(3600))
        .ok_or(Error::Overflow)?;
    let drain = match &request.backlog {
        Some(b) => Some(drain(b, &flow, e, retention_seconds, &mut steps)?),
        None => None,
    };
    let mut lag = Lag {
        unit: flow.names.unit,
        input_per_second: w,
        write_kib_per_second: flow.w_kib,
        record_kib: flow.record_kib,
        processing_per_second: flow.c,
        shards,
        shards_derived: request.shards.is_none(),
        consumer: request.consumer,
        read_share_per_second: share_value,
        consumed_per_second: e,
        bound,
        backlog_per_second: backlog_value,
        age_growth: age_value,
        retention_hours,
        drain,
        loss_after_seconds: None,
        speed_up: None,
        shards_needed: None,
        parallelization_needed: None,
        parallelization: factor,
        parallelization_max: factor_max,
        efo_read_kib_per_second: efo_read,
        steps: Vec::new(),
    };
    if bound != Bound::KeepsUp {
        remedies(
            &mut lag,
            &flow,
            request,
            book,
            (retention_seconds, write_kib, read_kib, consumers),
            &mut steps,
        )?;
    }
    lag.steps = steps;
    Ok(lag)
}

/// The consumers sharing each shard's reads with this one (1 for enhanced fan-out).
fn sharing(consumer: ConsumerKind) -> Result<Decimal, Error> {
    match consumer {
        ConsumerKind::Shared(0) => Err(Problem::NoSlowConsumer.into()),
        ConsumerKind::Shared(n) => Ok(Decimal::from(n)),
        ConsumerKind::Efo => Ok(Decimal::ONE),
    }
}

/// The open shards: as given, or the fewest the writes need (a step).
fn open_shards(
    given: Option<u64>,
    flow: &Flow,
    write_kib: Decimal,
    book: &mut FactBook,
    steps: &mut Vec<Step<LagStep>>,
) -> Result<Decimal, Error> {
    match given {
        Some(n) if n > 0 => Ok(Decimal::from(n)),
        Some(_) => Err(Error::NotPositive {
            what: "shards",
            input: "0".into(),
        }),
        None => {
            let step = Step::new(LagStep::Shards, shards_for_writes(flow, write_kib, book)?)?;
            let n = step.value.max(Decimal::ONE);
            steps.push(step);
            Ok(n)
        }
    }
}

/// What the consumer may read in the lag's unit, from (shards, consumers sharing the reads,
/// a shard's read KiB/s for this consumer).
fn read_share(
    flow: &Flow,
    consumer: ConsumerKind,
    (shards, consumers, read_kib): (Decimal, Decimal, Decimal),
    steps: &mut Vec<Step<LagStep>>,
) -> Result<Decimal, Error> {
    let mut share =
        Expr::quantity("shards", shards, Unit::Count).times(per_s("shard_read_kib", read_kib));
    if let ConsumerKind::Shared(_) = consumer {
        share = share.over(Expr::quantity("consumers", consumers, Unit::Consumers));
    }
    let share = Step::rounded(LagStep::ReadShare, share, Rounding::Down4)?;
    let mut share_value = share.value;
    steps.push(share);
    if let (FlowUnit::Records, Some(record_kib)) = (flow.names.unit, flow.record_kib) {
        let step = Step::rounded(
            LagStep::ReadShareRecords,
            per_s("read_share_kib", share_value).over(Expr::quantity(
                "record_kib",
                record_kib,
                Unit::Kib,
            )),
            Rounding::Down4,
        )?;
        share_value = step.value;
        steps.push(step);
    }
    Ok(share_value)
}

/// The backlog now, its oldest record's age, what is still readable and when the consumer
/// reading `e` a second has caught up.
fn drain(
    backlog: &Backlog,
    flow: &Flow,
    e: Decimal,
    retention_seconds: Decimal,
    steps: &mut Vec<Step<LagStep>>,
) -> Result<Drain, Error> {
    let unit = flow.names.unit;
    let amount_unit = match unit {
        FlowUnit::Kib => Unit::Kib,
        FlowUnit::Records => Unit::Count,
    };
    let amount_q = |v: Decimal| Expr::quantity(flow.names.backlog, v, amount_unit);
    let record_kib_q = |v: Decimal| Expr::quantity("record_kib", v, Unit::Kib);
    let amount = match backlog {
        Backlog::Age(d) => {
            let step = Step::new(
                LagStep::BacklogFromAge,
                Expr::quantity("age_seconds", d.seconds(), Unit::Seconds).times(flow.w_q()),
            )?;
            let amount = step.value;
            steps.push(step);
            amount
        }
        Backlog::Data(size) => {
            let kib = size.bytes(SizeUnit::Kilo, KbConvention::Binary)? / flow.kb;
            match (unit, flow.record_kib) {
                (FlowUnit::Records, Some(per)) => {
                    let step = Step::rounded(
                        LagStep::BacklogInRecords,
                        Expr::quantity("backlog_kib", kib, Unit::Kib).over(record_kib_q(per)),
                        Rounding::Nearest6,
                    )?;
                    let v = step.value;
                    steps.push(step);
                    v
                }
                _ => kib,
            }
        }
        Backlog::Records { count, text } => match (unit, flow.record_kib) {
            (FlowUnit::Records, _) => *count,
            (FlowUnit::Kib, Some(per)) => {
                let step = Step::new(
                    LagStep::BacklogInKib,
                    Expr::quantity("backlog_records", *count, Unit::Count).times(record_kib_q(per)),
                )?;
                let v = step.value;
                steps.push(step);
                v
            }
            (FlowUnit::Kib, None) => {
                return Err(Problem::BacklogRecordsOfData {
                    backlog: text.clone(),
                }
                .into())
            }
        },
    };
    let age = if let Backlog::Age(d) = backlog {
        d.seconds()
    } else {
        let step = Step::rounded(
            LagStep::OldestAge,
            amount_q(amount).over(flow.w_q()),
            Rounding::Nearest6,
        )?;
        let age = step.value;
        steps.push(step);
        age
    };
    let within_retention = age <= retention_seconds;
    let mut readable = amount;
    if !within_retention {
        let step = Step::rounded(
            LagStep::Readable,
            Expr::min(vec![
                amount_q(amount),
                Expr::quantity("retention_seconds", retention_seconds, Unit::Seconds)
                    .times(flow.w_q()),
            ]),
            Rounding::Nearest6,
        )?;
        readable = step.value;
        steps.push(step);
    }
    let mut catch_up_seconds = None;
    if e > flow.w {
        let step = Step::rounded(
            LagStep::CatchUp,
            amount_q(readable).over(per_s(flow.names.consumed, e).minus(flow.w_q())),
            Rounding::Nearest6,
        )?;
        catch_up_seconds = Some(step.value);
        steps.push(step);
    }
    Ok(Drain {
        backlog: amount,
        age_seconds: age,
        readable,
        catch_up_seconds,
        within_retention,
    })
}

/// For a consumer that does not keep up: when records expire, and the shards or Lambda
/// factor that bring it back. `limits` is (retention in seconds, a shard's write KiB/s, its
/// read KiB/s for this consumer, the consumers sharing the reads).
fn remedies(
    lag: &mut Lag,
    flow: &Flow,
    request: &LagRequest,
    book: &mut FactBook,
    limits: (Decimal, Decimal, Decimal, Decimal),
    steps: &mut Vec<Step<LagStep>>,
) -> Result<(), Error> {
    let (retention_seconds, write_kib, read_kib, consumers) = limits;
    let shards_q = || Expr::quantity("shards", lag.shards, Unit::Count);
    let backlog_q = || per_s(flow.names.backlog, lag.backlog_per_second);
    // retention × input ÷ backlog: the exact form of retention ÷ age growth; from a
    // backlog's age, only the rest of the retention is left.
    let loss_formula = match &lag.drain {
        Some(d) => Expr::max(vec![
            Expr::quantity("retention_seconds", retention_seconds, Unit::Seconds)
                .minus(Expr::quantity("age_seconds", d.age_seconds, Unit::Seconds)),
            Expr::number(Decimal::ZERO),
        ]),
        None => Expr::quantity("retention_seconds", retention_seconds, Unit::Seconds),
    };
    let loss = Step::rounded(
        LagStep::LossAfter,
        loss_formula.times(flow.w_q()).over(backlog_q()),
        Rounding::Nearest6,
    )?;
    lag.loss_after_seconds = Some(loss.value);
    steps.push(loss);
    let e_q = per_s(flow.names.consumed, lag.consumed_per_second);
    let speed_up = Step::rounded(LagStep::SpeedUp, flow.w_q().over(e_q), Rounding::Nearest6)?;
    lag.speed_up = Some(speed_up.value);
    steps.push(speed_up);
    let for_processing = Step::new(
        LagStep::ShardsForProcessing,
        shards_q().times(flow.w_q()).over(flow.c_q()).ceil(),
    )?;
    let mut reads_formula = per_s("input_kib", flow.w_kib);
    if let ConsumerKind::Shared(_) = request.consumer {
        reads_formula =
            reads_formula.times(Expr::quantity("consumers", consumers, Unit::Consumers));
    }
    let for_reads = Step::new(
        LagStep::ShardsForReads,
        reads_formula.over(per_s("shard_read_kib", read_kib)).ceil(),
    )?;
    let for_writes = shards_for_writes(flow, write_kib, book)?.eval()?;
    lag.shards_needed = Some(
        for_processing
            .value
            .max(for_reads.value)
            .max(for_writes)
            .max(lag.shards),
    );
    steps.push(for_processing);
    steps.push(for_reads);
    if lag.bound == Bound::Processing {
        let step = Step::new(
            LagStep::Parallelization,
            Expr::quantity("factor", lag.parallelization, Unit::Count)
                .times(flow.w_q())
                .over(flow.c_q())
                .ceil(),
        )?;
        // More concurrent batches help only while the reads keep up with the input.
        if step.value <= lag.parallelization_max && lag.read_share_per_second >= flow.w {
            lag.parallelization_needed = Some(step.value);
        }
        steps.push(step);
    }
    Ok(())
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
            backlog: None,
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
        assert_eq!(l.backlog_per_second, Decimal::from(1024));
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
        assert_eq!(l.backlog_per_second, Decimal::ZERO);
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

    fn records(size: &str, rate: &str, consume: &str) -> LagRequest {
        LagRequest {
            write: LagInput::Records {
                size: size.parse().unwrap(),
                rate: rate.parse().unwrap(),
            },
            consume: ConsumeRate::Records(consume.parse().unwrap()),
            ..request("1mb/s", "1mb/s")
        }
    }

    fn d(text: &str) -> Decimal {
        text.parse().unwrap()
    }

    /// By hand: 5,000 records/s of 2 KiB is 10,000 KiB/s: max(ceil(10,000 ÷ 1,024),
    /// ceil(5,000 ÷ 1,000)) = 10 shards; one consumer may read 10 × 2,048 = 20,480 KiB/s =
    /// 10,240 records/s, so its 4,000 records/s limit it: the backlog grows 1,000 records/s,
    /// the age 1,000 ÷ 5,000 = 0.2 s/s; 86,400 s ÷ 0.2 = 432,000 s (120 h); ceil(10 × 5,000 ÷
    /// 4,000) = 13 shards or a factor of ceil(1.25) = 2 bring it back.
    #[test]
    fn a_consumer_in_records_per_second() {
        let l = lag(&records("2kb", "5000/s", "4000/s"), &mut book()).unwrap();
        assert_eq!(l.unit, FlowUnit::Records);
        assert_eq!(l.write_kib_per_second, d("10000"));
        assert_eq!(l.shards, d("10"));
        assert_eq!(l.read_share_per_second, d("10240"));
        assert_eq!(l.bound, Bound::Processing);
        assert_eq!(l.backlog_per_second, d("1000"));
        assert_eq!(l.age_growth, d("0.2"));
        assert_eq!(l.loss_after_seconds, Some(d("432000")));
        assert_eq!(l.shards_needed, Some(d("13")));
        assert_eq!(l.parallelization_needed, Some(d("2")));
    }

    /// By hand: 1,000 records/s of 4 KiB (4,000 KiB/s) on 2 shards shared by 4 consumers:
    /// each may read 2 × 2,048 ÷ 4 = 1,024 KiB/s = 256 records/s, below its 5,000: reads
    /// limit it; the age grows 744 ÷ 1,000 = 0.744 s/s; shards for reads ceil(4,000 × 4 ÷
    /// 2,048) = 8, more than the writes' max(ceil(4,000 ÷ 1,024), 1) = 4.
    #[test]
    fn records_limited_by_the_read_share() {
        let mut r = records("4kb", "1000/s", "5000/s");
        r.shards = Some(2);
        r.consumer = ConsumerKind::Shared(4);
        let l = lag(&r, &mut book()).unwrap();
        assert_eq!(l.bound, Bound::Reads);
        assert_eq!(l.read_share_per_second, d("256"));
        assert_eq!(l.age_growth, d("0.744"));
        assert_eq!(l.shards_needed, Some(d("8")));
    }

    /// By hand: 2 hours behind a 4 MiB/s stream is 7,200 × 4,096 = 29,491,200 KiB unread;
    /// at 6 MiB/s it shrinks 2,048 KiB/s: caught up after 14,400 s (4 hours), within the
    /// 24-hour retention.
    #[test]
    fn a_faster_consumer_catches_up_on_an_age() {
        let mut r = request("4mb/s", "6mb/s");
        r.backlog = Some("2h".parse().unwrap());
        let drain = lag(&r, &mut book()).unwrap().drain.unwrap();
        assert_eq!(drain.backlog, d("29491200"));
        assert_eq!(drain.catch_up_seconds, Some(d("14400")));
        assert!(drain.within_retention);
    }

    /// By hand: 1,000,000 records behind 5,000 records/s, read at 6,000: 1,000,000 ÷ 1,000 =
    /// 1,000 s; the oldest is 1,000,000 ÷ 5,000 = 200 s old. 100 MiB of 2 KiB records is
    /// 102,400 ÷ 2 = 51,200 records: 51.2 s.
    #[test]
    fn a_backlog_in_records_or_data() {
        let mut r = records("2kb", "5000/s", "6000/s");
        r.backlog = Some("1,000,000".parse().unwrap());
        let drain = lag(&r, &mut book()).unwrap().drain.unwrap();
        assert_eq!(drain.catch_up_seconds, Some(d("1000")));
        assert_eq!(drain.age_seconds, d("200"));
        r.backlog = Some("100mib".parse().unwrap());
        let drain = lag(&r, &mut book()).unwrap().drain.unwrap();
        assert_eq!(drain.backlog, d("51200"));
        assert_eq!(drain.catch_up_seconds, Some(d("51.2")));
    }

    /// By hand: 30 hours behind with a 24-hour retention: only 86,400 × 4,096 =
    /// 353,894,400 KiB is still readable; at 2,048 KiB/s net, 172,800 s (48 hours).
    #[test]
    fn a_backlog_past_the_retention_has_lost_its_oldest_records() {
        let mut r = request("4mb/s", "6mb/s");
        r.backlog = Some("30h".parse().unwrap());
        let drain = lag(&r, &mut book()).unwrap().drain.unwrap();
        assert!(!drain.within_retention);
        assert_eq!(drain.readable, d("353894400"));
        assert_eq!(drain.catch_up_seconds, Some(d("172800")));
    }

    /// By hand: 2 hours behind and falling 0.25 s/s further: the rest of the retention,
    /// 86,400 − 7,200 = 79,200 s, is used up after 79,200 ÷ 0.25 = 316,800 s (88 hours). A
    /// consumer exactly as fast as the input never catches up.
    #[test]
    fn a_slower_consumer_with_a_backlog_loses_records_sooner() {
        let mut r = request("4mb/s", "3mb/s");
        r.backlog = Some("2h".parse().unwrap());
        let l = lag(&r, &mut book()).unwrap();
        assert_eq!(l.loss_after_seconds, Some(d("316800")));
        assert_eq!(l.drain.unwrap().catch_up_seconds, None);
        let mut r = request("4mb/s", "4mb/s");
        r.backlog = Some("2h".parse().unwrap());
        assert_eq!(
            lag(&r, &mut book())
                .unwrap()
                .drain
                .unwrap()
                .catch_up_seconds,
            None
        );
    }

    #[test]
    fn records_need_records_written() {
        let mut r = request("4mb/s", "3mb/s");
        r.consume = ConsumeRate::Records("4000/s".parse().unwrap());
        assert_eq!(
            lag(&r, &mut book()),
            Err(Error::Kinesis(Problem::ConsumeRecordsOfData {
                consume: "4000/s".into()
            }))
        );
        let mut r = request("4mb/s", "6mb/s");
        r.backlog = Some("1000".parse().unwrap());
        assert_eq!(
            lag(&r, &mut book()),
            Err(Error::Kinesis(Problem::BacklogRecordsOfData {
                backlog: "1000".into()
            }))
        );
    }
}
