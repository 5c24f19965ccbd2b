//! Kinesis Data Streams: shards for a workload, what they mean for KCL and Lambda consumers,
//! resharding with UpdateShardCount, and the stream limits.
//!
//! The sizing rule, from <https://docs.aws.amazon.com/streams/latest/dev/how-do-i-size-a-stream.html>:
//!
//! ```text
//! number_of_shards = ceiling(max(incoming_write_bandwidth_in_KiB / 1024,
//!                                outgoing_read_bandwidth_in_KiB / 2048))
//! ```
//!
//! with the average record size "rounded up to the nearest 1 KB" and the read bandwidth the
//! write bandwidth times the number of consumers. awscalc adds what that formula leaves out
//! (the shard limits on the quota page): a shard also accepts at most 1,000 records per
//! second, and enhanced fan-out consumers have 2 MiB/s per shard each, so only standard
//! (shared) consumers count towards the read bandwidth.
//!
//! The calculators here return typed results ([`Shards`], [`StreamCapacity`],
//! [`Resharding`], [`OnDemand`]) and typed refusals ([`Problem`]); the English report is
//! built from them by [`crate::explain::kinesis`]. The files split by concern: the limits
//! a request must respect (`limits`), provisioned sizing (`stream`), existing streams and
//! resharding (`reshard`), and on-demand capacity (`on_demand`).

use std::str::FromStr;

use rust_decimal::Decimal;
use serde::Serialize;

use crate::error::Error;
use crate::facts::kinesis as fact;
use crate::facts::{FactBook, FactId};
use crate::units::{Duration, DurationGrammar, Rate, Size};

mod backlog;
mod batches;
mod lag;
mod limits;
mod on_demand;
mod reads;
mod reshard;
mod stream;
#[cfg(test)]
mod tests;

pub use backlog::Backlog;
pub use batches::{batches, BatchRequest, Batches};
pub use lag::{
    lag, Bound, ConsumeRate, ConsumerKind, Drain, FlowUnit, Lag, LagInput, LagRequest, LagStep,
};
pub use on_demand::{
    on_demand, OnDemand, OnDemandRequest, OnDemandStep, PeakCapacity, RateUnit, Region,
    RegionClass, RuleCheck, RuleId, MAJOR_REGIONS,
};
pub use reads::{reads, EfoReads, ReadsRequest, ReadsStep, SharedReads, StreamReads};
pub use reshard::{
    capacity, reshard, CapacityStep, ReshardBlock, ReshardStep, Resharding, StreamCapacity,
};
pub use stream::{
    readings, shards, Constraint, Finding, Reading, ReadingAnswer, ShardStep, Shards,
};

const ACCEPTED_DURATIONS: &str =
    "a whole number of hours, in any time unit: 24h, 168 hours, 1440min, 7d, 365 days; a bare \
     number is hours";

/// Data per unit of time, shared with the other calculators: see [`crate::units::Throughput`].
/// For Kinesis a bare number means MB, and MB is 1,048,576 bytes, as in AWS's sizing
/// formula (KiB / 1,024).
pub use crate::units::Throughput;

/// A retention period in whole hours: `24h`, `168 hours`, `7d`, `365 days`, `48`.
///
/// Its parse errors belong to the input grammar, like those of [`crate::units`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Retention {
    hours: Decimal,
    text: String,
}

impl Retention {
    /// The period in hours.
    #[must_use]
    pub fn hours(&self) -> Decimal {
        self.hours
    }

    /// The text as typed, trimmed.
    #[must_use]
    pub fn text(&self) -> &str {
        &self.text
    }
}

impl FromStr for Retention {
    type Err = Error;

    fn from_str(input: &str) -> Result<Retention, Error> {
        // A bare number is hours; retention is set in whole hours, so only hours and days
        // (whole multiples of an hour) are units of it.
        let duration = Duration::parse(
            input,
            &DurationGrammar {
                what: "retention",
                bare_seconds: Some(3600),
                smallest_unit_seconds: 3600,
                accepted: ACCEPTED_DURATIONS,
            },
        )?;
        let hours = duration.seconds() / Decimal::from(3600);
        if !hours.fract().is_zero() {
            return Err(Error::InvalidDuration {
                input: duration.text().to_string(),
                reason: "not a whole number of hours, and Kinesis sets retention in hours".into(),
                accepted: ACCEPTED_DURATIONS,
            });
        }
        Ok(Retention {
            hours: hours.normalize(),
            text: duration.text().to_string(),
        })
    }
}

/// What the producers write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Workload {
    /// Records of an average size at a rate: `--size 2kb --rate 5000/s`.
    Records {
        /// Average record size (a bare number is KB).
        size: Size,
        /// Records per second (or /min, /h).
        rate: Rate,
    },
    /// A write bandwidth and a record rate: `--throughput 4.5mb/s --rate 4600/s`.
    Throughput {
        /// Data written per unit of time.
        write: Throughput,
        /// Records written per unit of time.
        records: Rate,
    },
}

/// A shard-count question: `awscalc kinesis --size … --rate …`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StreamRequest {
    /// What the producers write.
    pub workload: Workload,
    /// Standard consumers sharing each shard's 2 MiB/s; `None` when not given.
    pub shared_consumers: Option<u32>,
    /// Enhanced fan-out consumers, 2 MiB/s per shard each.
    pub efo_consumers: u32,
    /// The stream is in On-demand Advantage mode (50 enhanced fan-out consumers).
    pub advantage: bool,
    /// Lambda's concurrent batches per shard (1 to 10); `None` means the default, 1.
    pub parallelization: Option<u32>,
    /// The stream's raised maximum record size (MaxRecordSizeInKiB).
    pub max_record_size: Option<Size>,
    /// A partition key to check against the 256-character limit.
    pub partition_key: Option<String>,
    /// A retention period to check (24 hours to 365 days).
    pub retention: Option<Retention>,
}

impl StreamRequest {
    /// The standard consumers that share each shard's read bandwidth: as given, or one
    /// when neither standard nor enhanced fan-out consumers are given.
    #[must_use]
    pub fn shared(&self) -> u32 {
        self.shared_consumers
            .unwrap_or(u32::from(self.efo_consumers == 0))
    }
}

/// What an existing stream of `shards` shards can do: `awscalc kinesis --shards 100`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CapacityRequest {
    /// Open shards.
    pub shards: u64,
    /// Lambda's concurrent batches per shard; `None` means the default, 1.
    pub parallelization: Option<u32>,
}

/// A resharding question: `awscalc kinesis --shards 10 --to 25`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReshardRequest {
    /// Open shards now.
    pub from: u64,
    /// Open shards wanted.
    pub to: u64,
    /// Lambda's concurrent batches per shard; `None` means the default, 1.
    pub parallelization: Option<u32>,
}

/// Where a record size to check comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecordSource {
    /// `--size`, as typed.
    Given(String),
    /// The average record of `--throughput` over `--rate`, as typed.
    Average {
        /// The throughput as typed.
        write: String,
        /// The record rate as typed.
        records: String,
    },
}

/// Why a Kinesis question has no answer: a limit it breaks or a feature that did not exist
/// on its date. The words are [`crate::explain::kinesis`]'s.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// More enhanced fan-out consumers than a stream takes.
    TooManyEfoConsumers {
        /// Consumers given.
        given: u32,
        /// The most a stream takes in its mode.
        cap: Decimal,
        /// The stream is in On-demand Advantage mode.
        advantage: bool,
        /// With Advantage: the cap elsewhere, where the higher one holds in some Regions only.
        standard_elsewhere: Option<Decimal>,
        /// Without Advantage: the higher cap Advantage allows, where there is one.
        advantage_cap: Option<Decimal>,
    },
    /// A raised maximum record size on a date before a stream's could be raised.
    RaisedMaxNotYet {
        /// `--max-record-size` as typed.
        given: String,
        /// The question's date.
        as_of: jiff::civil::Date,
        /// The day it came, where the registry knows it.
        since: Option<jiff::civil::Date>,
        /// Every record's maximum before it, in bytes.
        default_max: Decimal,
    },
    /// A raised maximum record size outside what a stream allows.
    MaxRecordSizeOutOfRange {
        /// `--max-record-size` as typed.
        given: String,
        /// Its bytes.
        bytes: Decimal,
        /// The smallest maximum, in bytes (the default).
        min: Decimal,
        /// The largest maximum, in bytes.
        max: Decimal,
    },
    /// A record (or the average record) above the maximum record size.
    RecordTooLarge {
        /// Where the size comes from.
        record: RecordSource,
        /// Its bytes (an average to 2 decimal places).
        bytes: Decimal,
        /// The maximum, in bytes.
        max: Decimal,
        /// The maximum is the stream's raised one (`--max-record-size`), not the default.
        raised: bool,
        /// The most the maximum can be raised to, where the default was exceeded.
        raise_to: Option<Decimal>,
    },
    /// An empty partition key.
    EmptyPartitionKey {
        /// The most characters a key may have.
        max_chars: Decimal,
    },
    /// A partition key over the length limit.
    PartitionKeyTooLong {
        /// The key as typed.
        key: String,
        /// Its characters.
        chars: usize,
        /// The most characters a key may have.
        max_chars: Decimal,
    },
    /// A retention period outside the range in force.
    RetentionOutOfRange {
        /// The retention as typed.
        given: String,
        /// Its hours.
        hours: Decimal,
        /// The shortest retention, in hours.
        min: Decimal,
        /// The longest retention, in hours.
        max: Decimal,
        /// The question's date.
        as_of: jiff::civil::Date,
    },
    /// A Lambda parallelization factor outside the range in force.
    ParallelizationOutOfRange {
        /// The factor given.
        factor: u32,
        /// The question's date.
        as_of: jiff::civil::Date,
        /// The smallest factor.
        min: Decimal,
        /// The largest factor.
        max: Decimal,
    },
    /// On-demand capacity asked of a date before it existed.
    OnDemandNotYet {
        /// The question's date, as the fact book names it.
        as_of: String,
        /// The day on-demand mode came, where the registry knows it.
        since: Option<jiff::civil::Date>,
    },
    /// Records per PutRecords request outside what one request carries.
    PutRecordsOutOfRange {
        /// Records per request given.
        given: u32,
        /// The most records one request carries.
        max: Decimal,
    },
    /// User records aggregated into a Kinesis record above the maximum record size.
    AggregateTooLarge {
        /// User records per Kinesis record, as given.
        aggregate: u32,
        /// One user record's bytes.
        user_bytes: Decimal,
        /// The aggregated record's bytes.
        record_bytes: Decimal,
        /// The maximum record size, in bytes.
        max: Decimal,
    },
    /// A consume rate in records where the writes are given as data (`--throughput`).
    ConsumeRecordsOfData {
        /// The consume rate as typed.
        consume: String,
    },
    /// A backlog counted in records where the writes are given as data (`--throughput`).
    BacklogRecordsOfData {
        /// The backlog as typed.
        backlog: String,
    },
    /// No polling consumer to be the slow one (`--consumers 0`).
    NoSlowConsumer,
    /// Neither polling nor enhanced fan-out consumers.
    NoConsumers,
}

impl Problem {
    /// `aws_limit` for a limit broken, `conflict` for a feature that did not exist yet or
    /// inputs that do not fit together. A PutRecords count or an aggregation beyond its
    /// limit keeps `conflict`, the kind scripts have always seen for it.
    #[must_use]
    pub fn kind(&self) -> &'static str {
        match self {
            Problem::RaisedMaxNotYet { .. }
            | Problem::OnDemandNotYet { .. }
            | Problem::PutRecordsOutOfRange { .. }
            | Problem::AggregateTooLarge { .. }
            | Problem::ConsumeRecordsOfData { .. }
            | Problem::BacklogRecordsOfData { .. }
            | Problem::NoSlowConsumer
            | Problem::NoConsumers => "conflict",
            Problem::TooManyEfoConsumers { .. }
            | Problem::MaxRecordSizeOutOfRange { .. }
            | Problem::RecordTooLarge { .. }
            | Problem::EmptyPartitionKey { .. }
            | Problem::PartitionKeyTooLong { .. }
            | Problem::RetentionOutOfRange { .. }
            | Problem::ParallelizationOutOfRange { .. } => "aws_limit",
        }
    }
}

impl From<Problem> for Error {
    fn from(problem: Problem) -> Error {
        Error::Kinesis(problem)
    }
}

/// What a number of open shards means for consumers: KCL workers and Lambda invocations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Consumers {
    /// Open shards: each is processed by exactly one KCL worker.
    pub shards: Decimal,
    /// KCL workers that do useful work, at most one per shard.
    pub max_kcl_workers: Decimal,
    /// Lambda's concurrent batches per shard.
    pub parallelization: Decimal,
    /// Concurrent Lambda invocations: shards × parallelization factor.
    pub max_lambda_invocations: Decimal,
}

/// A stream over a default per-account shard quota.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ShardQuota {
    /// The stream's shards.
    pub shards: Decimal,
    /// The quota in us-east-1, us-west-2 and eu-west-1.
    pub major_regions: Decimal,
    /// The quota in the other Regions.
    pub other_regions: Decimal,
}

impl ShardQuota {
    /// Whether the shards exceed the quota in every Region, not only the other Regions.
    #[must_use]
    pub fn in_every_region(&self) -> bool {
        self.shards > self.major_regions
    }
}

/// What `shards` open shards mean for KCL workers and Lambda invocations.
fn consumers_of(
    shards: Decimal,
    parallelization: Option<u32>,
    book: &mut FactBook,
) -> Result<Consumers, Error> {
    let factor = limits::check_parallelization(parallelization, book)?;
    Ok(Consumers {
        shards,
        max_kcl_workers: shards,
        parallelization: factor,
        max_lambda_invocations: shards.checked_mul(factor).ok_or(Error::Overflow)?,
    })
}

/// The default per-account shard quota `shards` exceeds, if any.
///
/// The quotas are only recorded as used (and their history noted) when one is exceeded.
fn quota(shards: Decimal, book: &mut FactBook) -> Result<Option<ShardQuota>, Error> {
    const MAJOR: FactId = fact::ACCOUNT_SHARD_QUOTA_MAJOR_REGIONS;
    const OTHER: FactId = fact::ACCOUNT_SHARD_QUOTA_OTHER_REGIONS;
    match book.peek(OTHER) {
        Some(other) if shards > other => {}
        _ => return Ok(None),
    }
    let major = book.value(MAJOR)?;
    let other = book.value(OTHER)?;
    Ok((shards > other).then_some(ShardQuota {
        shards,
        major_regions: major,
        other_regions: other,
    }))
}
