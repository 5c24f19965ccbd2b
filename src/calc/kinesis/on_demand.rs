//! On-demand capacity mode: whether a workload fits an on-demand stream, the rule that
//! decides, and the provisioned shards the same workload needs.
//!
//! The rules, from the [quota page](https://docs.aws.amazon.com/streams/latest/dev/service-sizes-and-limits.html),
//! [choosing a capacity mode](https://docs.aws.amazon.com/streams/latest/dev/how-do-i-size-a-stream.html)
//! and the [Kinesis FAQ](https://aws.amazon.com/kinesis/data-streams/faqs/):
//!
//! - a new on-demand stream starts with 4 MB/s and 4,000 records/s of write and 8 MB/s of read;
//! - a stream accommodates up to double its peak write throughput of the previous 30 days
//!   (traffic more than doubling that peak within 15 minutes is throttled);
//! - reads with GetRecords get at least twice the write capacity;
//! - an on-demand stream scales up to 10 GB/s write and 20 GB/s read in us-east-1, us-west-2
//!   and eu-west-1, and up to 200 MB/s and 400 MB/s in other Regions (raised on request).
//!   The registry holds the write maxima; the read maxima are twice them, by the rule above
//!   (so one date, one fact, for the 2024 raise).
//!
//! As for the shard limits, MB and GB are read as MiB and GiB (1,024-based).
//!
//! The rules are checked in a fixed order, the per-Region maximum first (no waiting gets
//! past it), then the stream's current capacity; the first that fails decides.

use std::fmt;
use std::str::FromStr;

use rust_decimal::Decimal;
use serde::Serialize;

use super::stream::{evaluate, input_findings, Constants, Finding, Reading, ShardStep};
use super::{fact, limits, quota, Problem, ShardQuota, StreamRequest, Throughput};
use crate::error::Error;
use crate::facts::{FactBook, FactId};
use crate::steps::{Expr, Rounding, Step, Unit};
use crate::units::{KbConvention, SizeUnit};

/// The Regions whose on-demand maximum (and default shard quota) is the higher one:
/// US East (N. Virginia), US West (Oregon), Europe (Ireland), per the
/// [quota page](https://docs.aws.amazon.com/streams/latest/dev/service-sizes-and-limits.html).
pub const MAJOR_REGIONS: [&str; 3] = ["us-east-1", "us-west-2", "eu-west-1"];

/// The first on-demand fact read: before it existed, on-demand mode did not.
const START_WRITE: FactId = fact::ON_DEMAND_START_WRITE_BYTES_PER_SECOND;

/// An AWS Region code such as `us-east-1`: two to four letters, one or more words and a
/// number, joined by hyphens. Case-insensitive. Its parse error belongs to the input
/// grammar.
///
/// ```
/// use awscalc::calc::kinesis::Region;
/// assert!("us-east-1".parse::<Region>().unwrap().is_major());
/// assert!(!"ap-southeast-2".parse::<Region>().unwrap().is_major());
/// assert!("virginia".parse::<Region>().is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Region {
    code: String,
}

impl Region {
    /// The code, lowercase.
    #[must_use]
    pub fn code(&self) -> &str {
        &self.code
    }

    /// Whether it is one of [`MAJOR_REGIONS`].
    #[must_use]
    pub fn is_major(&self) -> bool {
        MAJOR_REGIONS.contains(&self.code.as_str())
    }
}

impl fmt::Display for Region {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.code)
    }
}

impl FromStr for Region {
    type Err = Error;

    fn from_str(input: &str) -> Result<Region, Error> {
        let code = input.trim().to_ascii_lowercase();
        let parts: Vec<&str> = code.split('-').collect();
        let letters = |p: &&str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_lowercase());
        let valid = parts.len() >= 3
            && (2..=4).contains(&parts[0].len())
            && letters(&parts[0])
            && parts[1..parts.len() - 1].iter().all(letters)
            && parts.last().is_some_and(|n| {
                (1..=2).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit())
            });
        if valid {
            Ok(Region { code })
        } else {
            Err(Error::Invalid {
                what: "region",
                input: input.trim().to_string(),
                reason: "it is not an AWS Region code".into(),
                expected: "a Region code like us-east-1, eu-west-2 or ap-southeast-2".into(),
            })
        }
    }
}

/// `awscalc kinesis --on-demand …`: the workload of a [`StreamRequest`], and what is known
/// of the stream and its Region.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OnDemandRequest {
    /// The workload and consumers, as for provisioned sizing.
    pub stream: StreamRequest,
    /// The stream's peak write throughput over the previous 30 days; `None` for a new stream.
    pub previous_peak: Option<Throughput>,
    /// The Region; `None` means one of the other Regions (the lower maximum).
    pub region: Option<Region>,
}

/// Which on-demand maximum a Region has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RegionClass {
    /// One of [`MAJOR_REGIONS`]: the higher maximum.
    Major,
    /// Any other Region: the lower maximum.
    Other,
}

/// One rule of on-demand capacity, in the order they are checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RuleId {
    /// Writes at most the Region's on-demand write maximum.
    RegionMaxWrite,
    /// Shared reads at most the Region's on-demand read maximum.
    RegionMaxRead,
    /// Writes at most what a new stream starts with.
    NewStreamWrite,
    /// Records at most what a new stream starts with.
    NewStreamRecords,
    /// Shared reads at most what a new stream starts with.
    NewStreamRead,
    /// Writes at most what the previous peak gives the stream.
    PreviousPeakWrite,
    /// Shared reads at most the read capacity the previous peak gives.
    PreviousPeakRead,
}

impl RuleId {
    /// The stable id scripts see: `region-max-write`.
    #[must_use]
    pub fn id(self) -> &'static str {
        match self {
            RuleId::RegionMaxWrite => "region-max-write",
            RuleId::RegionMaxRead => "region-max-read",
            RuleId::NewStreamWrite => "new-stream-write",
            RuleId::NewStreamRecords => "new-stream-records",
            RuleId::NewStreamRead => "new-stream-read",
            RuleId::PreviousPeakWrite => "previous-peak-write",
            RuleId::PreviousPeakRead => "previous-peak-read",
        }
    }

    /// The rule limits the Region's maximum (no waiting gets past it).
    #[must_use]
    pub fn is_region_max(self) -> bool {
        matches!(self, RuleId::RegionMaxWrite | RuleId::RegionMaxRead)
    }
}

/// What a rule measures in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RateUnit {
    /// MiB per second.
    MibPerSecond,
    /// Records per second.
    RecordsPerSecond,
}

/// One rule checked against the workload.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct RuleCheck {
    /// The rule.
    pub rule: RuleId,
    /// What the workload asks, per second (exact to 10 places, else to 6).
    pub demand: Decimal,
    /// The limit, per second (exact to 10 places, else to 6).
    pub limit: Decimal,
    /// The unit of both.
    pub unit: RateUnit,
    /// Whether the demand is within the limit, compared exactly.
    pub passes: bool,
}

/// An existing stream's capacity from its previous peak.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PeakCapacity {
    /// The previous peak write, MiB/s.
    pub previous_mib_per_second: Decimal,
    /// The write capacity now, MiB/s.
    pub write_mib_per_second: Decimal,
    /// The read capacity now, MiB/s.
    pub read_mib_per_second: Decimal,
}

/// What each on-demand step computes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum OnDemandStep {
    /// The write bandwidth in MiB/s.
    WriteMib,
    /// The shared read bandwidth: write × standard consumers.
    ReadMib,
    /// The previous peak write in MiB/s.
    PreviousPeakMib {
        /// Days the peak is taken over.
        window_days: Decimal,
    },
    /// The write capacity: the larger of a new stream's and `peak_factor` × the peak.
    WriteCapacity {
        /// The multiple of the previous peak a stream accommodates.
        peak_factor: Decimal,
    },
    /// The read capacity: at least `read_factor` × the write capacity.
    ReadCapacity {
        /// Reads per write capacity.
        read_factor: Decimal,
    },
    /// The Region's read maximum: `read_factor` × its write maximum.
    RegionReadMax {
        /// Reads per write capacity.
        read_factor: Decimal,
    },
    /// One rule checked: its headroom.
    Rule {
        /// The rule's place in the order, from 1.
        number: usize,
        /// The rule.
        rule: RuleId,
        /// Whether it passes.
        passes: bool,
        /// The unit of the headroom.
        unit: RateUnit,
    },
}

/// Whether a workload fits an on-demand stream: `awscalc kinesis --on-demand`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OnDemand {
    /// No rule fails.
    pub fits: bool,
    /// The first rule that fails.
    pub failed_rule: Option<RuleId>,
    /// A new stream (no previous peak given).
    pub new_stream: bool,
    /// Write bandwidth, MiB/s.
    pub write_mib_per_second: Decimal,
    /// Shared read bandwidth, MiB/s.
    pub read_mib_per_second: Decimal,
    /// Records per second.
    pub records_per_second: Decimal,
    /// The Region's class.
    pub region_class: RegionClass,
    /// A new stream's write capacity, MiB/s.
    pub start_write_mib_per_second: Decimal,
    /// A new stream's records per second.
    pub start_records_per_second: Decimal,
    /// A new stream's read capacity, MiB/s.
    pub start_read_mib_per_second: Decimal,
    /// The capacity the previous peak gives, for an existing stream.
    pub peak: Option<PeakCapacity>,
    /// Twice the previous peak is below a new stream's write capacity (awscalc takes the
    /// larger).
    pub peak_below_start: bool,
    /// The Region's on-demand write maximum, MiB/s.
    pub region_max_write_mib_per_second: Decimal,
    /// The Region's on-demand read maximum, MiB/s.
    pub region_max_read_mib_per_second: Decimal,
    /// The higher write maximum of [`MAJOR_REGIONS`], MiB/s, where the Region is not one
    /// of them and it is higher.
    pub major_max_write_mib_per_second: Option<Decimal>,
    /// The rules, in the order they are checked.
    pub rules: Vec<RuleCheck>,
    /// Provisioned shards for the same workload.
    pub provisioned_shards: Decimal,
    /// Their write bandwidth, MiB/s.
    pub provisioned_write_mib_per_second: Decimal,
    /// Their records per second.
    pub provisioned_records_per_second: Decimal,
    /// Their shared read bandwidth, MiB/s.
    pub provisioned_read_mib_per_second: Decimal,
    /// Standard consumers sharing the reads.
    pub shared_consumers: u32,
    /// The multiple of the previous peak a stream accommodates.
    pub peak_factor: Decimal,
    /// Days the previous peak is taken over.
    pub window_days: Decimal,
    /// Minutes within which more than doubling is throttled.
    pub doubling_minutes: Decimal,
    /// Reads per write capacity.
    pub read_factor: Decimal,
    /// What the inputs call for saying (extended retention, Advantage's Regions).
    pub findings: Vec<Finding>,
    /// A default per-account shard quota the provisioned shards exceed.
    pub quota: Option<ShardQuota>,
    /// The provisioned derivation.
    pub stream_steps: Vec<Step<ShardStep>>,
    /// The on-demand derivation.
    pub steps: Vec<Step<OnDemandStep>>,
}

/// An amount (bytes or records) per a number of seconds, kept as a fraction so that
/// comparisons are exact (`60gb/h` is not a terminating number of bytes per second).
#[derive(Debug, Clone, Copy)]
struct PerSpan {
    amount: Decimal,
    seconds: Decimal,
}

impl PerSpan {
    fn per_second(amount: Decimal) -> PerSpan {
        PerSpan {
            amount,
            seconds: Decimal::ONE,
        }
    }

    fn new(amount: Decimal, seconds: u32) -> PerSpan {
        PerSpan {
            amount,
            seconds: Decimal::from(seconds),
        }
    }

    /// `self ≤ other`, exactly: a/s ≤ b/t ⇔ a × t ≤ b × s.
    fn at_most(self, other: PerSpan) -> Result<bool, Error> {
        let left = self
            .amount
            .checked_mul(other.seconds)
            .ok_or(Error::Overflow)?;
        let right = other
            .amount
            .checked_mul(self.seconds)
            .ok_or(Error::Overflow)?;
        Ok(left <= right)
    }

    fn times(self, k: Decimal) -> Result<PerSpan, Error> {
        Ok(PerSpan {
            amount: self.amount.checked_mul(k).ok_or(Error::Overflow)?,
            seconds: self.seconds,
        })
    }

    fn max(self, other: PerSpan) -> Result<PerSpan, Error> {
        Ok(if self.at_most(other)? { other } else { self })
    }

    /// Per second in units of `unit` (1,048,576 for MiB/s, 1 for records/s): exact when it
    /// has at most 10 decimal places (5,000 KiB/s is 4.8828125 MiB/s), else to 6 places.
    fn shown(self, unit: Decimal) -> Result<Decimal, Error> {
        let exact = self
            .seconds
            .checked_mul(unit)
            .and_then(|d| self.amount.checked_div(d))
            .ok_or(Error::Overflow)?;
        Ok(Rounding::Exact10.apply(exact))
    }
}

/// One rule, checked.
struct Rule {
    id: RuleId,
    demand: PerSpan,
    limit: PerSpan,
    unit: RateUnit,
    passes: bool,
}

impl Rule {
    fn new(id: RuleId, demand: PerSpan, limit: PerSpan, unit: RateUnit) -> Result<Rule, Error> {
        Ok(Rule {
            id,
            demand,
            limit,
            unit,
            passes: demand.at_most(limit)?,
        })
    }

    fn check(&self, mib: Decimal) -> Result<RuleCheck, Error> {
        let divisor = match self.unit {
            RateUnit::MibPerSecond => mib,
            RateUnit::RecordsPerSecond => Decimal::ONE,
        };
        Ok(RuleCheck {
            rule: self.id,
            demand: self.demand.shown(divisor)?,
            limit: self.limit.shown(divisor)?,
            unit: self.unit,
            passes: self.passes,
        })
    }
}

/// A rate in MiB/s as a quantity in a formula.
fn mib_q(name: &'static str, value: Decimal) -> Expr {
    Expr::quantity(name, value, Unit::PerSecond)
}

/// `awscalc kinesis --on-demand`: whether the workload fits an on-demand stream (new, or
/// with `previous_peak` an existing one) in its Region, the rule that decides, and the
/// provisioned shards for comparison.
///
/// ```
/// use awscalc::calc::kinesis::{on_demand, OnDemandRequest, RuleId, StreamRequest, Workload};
/// use awscalc::facts::{FactBook, Registry};
///
/// // 4.5 MiB/s is above the 4 MiB/s a new on-demand stream starts with.
/// let request = OnDemandRequest {
///     stream: StreamRequest {
///         workload: Workload::Throughput {
///             write: "4.5mb/s".parse().unwrap(),
///             records: "4600/s".parse().unwrap(),
///         },
///         shared_consumers: None,
///         efo_consumers: 0,
///         advantage: false,
///         parallelization: None,
///         max_record_size: None,
///         partition_key: None,
///         retention: None,
///     },
///     previous_peak: None,
///     region: None,
/// };
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 11, 30));
/// let answer = on_demand(&request, &mut book).unwrap();
/// assert!(!answer.fits);
/// assert_eq!(answer.failed_rule, Some(RuleId::NewStreamWrite));
///
/// // On-demand mode came on 2021-11-30: the day before, the question has no answer.
/// let mut old = FactBook::new(Registry::builtin(), jiff::civil::date(2021, 11, 29));
/// assert!(on_demand(&request, &mut old).is_err());
/// ```
///
/// # Errors
/// The stream limits of [`super::shards`], a date before on-demand mode existed
/// (2021-11-30), or numbers too large to compute.
#[allow(clippy::too_many_lines)] // one derivation, read top to bottom
pub fn on_demand(request: &OnDemandRequest, book: &mut FactBook) -> Result<OnDemand, Error> {
    let stream = &request.stream;
    limits::check(stream, book)?;
    let shared = stream.shared();
    let constants = Constants::of(book)?;
    let kb = constants.kb_bytes;
    let mib = kb * kb;
    // The on-demand facts before anything else: a date before on-demand mode is an error.
    let start_write = book.value(START_WRITE).map_err(|e| match e {
        Error::NotYetAvailable { as_of, .. } => {
            let since = book
                .fact(START_WRITE)
                .ok()
                .and_then(|f| f.history.iter().find(|e| e.value.is_some()))
                .and_then(|e| e.since);
            Error::from(Problem::OnDemandNotYet { as_of, since })
        }
        other => other,
    })?;
    let start_read = book.value(fact::ON_DEMAND_START_READ_BYTES_PER_SECOND)?;
    let start_records = book.value(fact::ON_DEMAND_START_RECORDS_PER_SECOND)?;
    let peak_factor = book.value(fact::ON_DEMAND_PEAK_FACTOR)?;
    let window_days = book.value(fact::ON_DEMAND_PEAK_WINDOW_DAYS)?;
    let doubling_minutes = book.value(fact::ON_DEMAND_DOUBLING_MINUTES)?;
    let read_factor = book.value(fact::ON_DEMAND_READ_FACTOR)?;
    let major = request.region.as_ref().is_some_and(Region::is_major);
    let max_write = book.value(if major {
        fact::ON_DEMAND_MAX_WRITE_BYTES_PER_SECOND_MAJOR_REGIONS
    } else {
        fact::ON_DEMAND_MAX_WRITE_BYTES_PER_SECOND_OTHER_REGIONS
    })?;
    let findings = input_findings(stream, book);
    let outcome = evaluate(stream, shared, Reading::MAIN, &constants, true)?;
    let mut steps = Vec::new();
    let mut record = |what, formula, rounding| -> Result<Step<OnDemandStep>, Error> {
        let step = Step::rounded(what, formula, rounding)?;
        steps.push(step.clone());
        Ok(step)
    };

    // The workload, exactly: bytes and records per span.
    let write = PerSpan::new(
        outcome.write_kb.checked_mul(kb).ok_or(Error::Overflow)?,
        outcome.span,
    );
    let records = PerSpan::new(outcome.records, outcome.records_span);
    let read = write.times(Decimal::from(shared))?;
    let write_mib = record(
        OnDemandStep::WriteMib,
        Expr::earlier("write_kb_per_second", &outcome.write).over(Expr::quantity(
            "kb_bytes",
            kb,
            Unit::Bytes,
        )),
        Rounding::Exact10,
    )?;
    let read_mib = record(
        OnDemandStep::ReadMib,
        Expr::earlier("write_mib_per_second", &write_mib).times(Expr::quantity(
            "consumers",
            Decimal::from(shared),
            Unit::Count,
        )),
        Rounding::Exact10,
    )?;

    // The stream's capacity: what it starts with, or what its previous peak gives it.
    let start_write = PerSpan::per_second(start_write);
    let start_read = PerSpan::per_second(start_read);
    let peak = match &request.previous_peak {
        None => None,
        Some(peak) => {
            let bytes = peak.size().bytes(SizeUnit::Mega, KbConvention::Binary)?;
            let mut formula = Expr::quantity("peak_bytes", bytes, Unit::Bytes)
                .with_unit()
                .over(Expr::quantity("mib_bytes", mib, Unit::Bytes));
            if peak.per_seconds() != 1 {
                formula = formula.over(Expr::quantity(
                    "seconds",
                    Decimal::from(peak.per_seconds()),
                    Unit::Seconds,
                ));
            }
            let peak = PerSpan::new(bytes, peak.per_seconds());
            let peak_step = record(
                OnDemandStep::PreviousPeakMib { window_days },
                formula,
                Rounding::Exact10,
            )?;
            let write_capacity = start_write.max(peak.times(peak_factor)?)?;
            let write_cap_step = record(
                OnDemandStep::WriteCapacity { peak_factor },
                Expr::max(vec![
                    mib_q("start_write_mib", start_write.shown(mib)?),
                    Expr::quantity("peak_factor", peak_factor, Unit::Count)
                        .times(Expr::earlier("previous_peak_mib", &peak_step)),
                ]),
                Rounding::Exact10,
            )?;
            let read_capacity = start_read.max(write_capacity.times(read_factor)?)?;
            record(
                OnDemandStep::ReadCapacity { read_factor },
                Expr::max(vec![
                    mib_q("start_read_mib", start_read.shown(mib)?),
                    Expr::quantity("read_factor", read_factor, Unit::Count)
                        .times(Expr::earlier("write_capacity_mib", &write_cap_step)),
                ]),
                Rounding::Exact10,
            )?;
            Some((peak, write_capacity, read_capacity))
        }
    };

    // The rules, in the order they are checked.
    let max_write = PerSpan::per_second(max_write);
    let max_read = max_write.times(read_factor)?;
    record(
        OnDemandStep::RegionReadMax { read_factor },
        Expr::quantity("read_factor", read_factor, Unit::Count)
            .times(mib_q("region_max_write_mib", max_write.shown(mib)?)),
        Rounding::Exact10,
    )?;
    let bandwidth = RateUnit::MibPerSecond;
    let mut rules = vec![
        Rule::new(RuleId::RegionMaxWrite, write, max_write, bandwidth)?,
        Rule::new(RuleId::RegionMaxRead, read, max_read, bandwidth)?,
    ];
    match &peak {
        None => {
            rules.push(Rule::new(
                RuleId::NewStreamWrite,
                write,
                start_write,
                bandwidth,
            )?);
            rules.push(Rule::new(
                RuleId::NewStreamRecords,
                records,
                PerSpan::per_second(start_records),
                RateUnit::RecordsPerSecond,
            )?);
            rules.push(Rule::new(
                RuleId::NewStreamRead,
                read,
                start_read,
                bandwidth,
            )?);
        }
        Some((_, write_capacity, read_capacity)) => {
            rules.push(Rule::new(
                RuleId::PreviousPeakWrite,
                write,
                *write_capacity,
                bandwidth,
            )?);
            rules.push(Rule::new(
                RuleId::PreviousPeakRead,
                read,
                *read_capacity,
                bandwidth,
            )?);
        }
    }
    let checks = rules
        .iter()
        .map(|r| r.check(mib))
        .collect::<Result<Vec<_>, Error>>()?;
    for (n, check) in checks.iter().enumerate() {
        record(
            OnDemandStep::Rule {
                number: n + 1,
                rule: check.rule,
                passes: check.passes,
                unit: check.unit,
            },
            Expr::headroom(
                Expr::quantity("demand", check.demand, Unit::PerSecond),
                Expr::quantity("limit", check.limit, Unit::PerSecond),
                check.passes,
            ),
            Rounding::Exact,
        )?;
    }
    let failed_rule = checks.iter().find(|r| !r.passes).map(|r| r.rule);

    // Provisioned, for comparison.
    let shards = outcome.shards;
    let provisioned_write = shards
        .checked_mul(constants.write_divisor_kb)
        .ok_or(Error::Overflow)?
        / kb;
    let provisioned_records = shards
        .checked_mul(constants.records_per_shard)
        .ok_or(Error::Overflow)?;
    let provisioned_read = shards
        .checked_mul(constants.read_divisor_kb)
        .ok_or(Error::Overflow)?
        / kb;
    let major_max_write = book
        .peek(fact::ON_DEMAND_MAX_WRITE_BYTES_PER_SECOND_MAJOR_REGIONS)
        .filter(|m| !major && *m > max_write.amount)
        .map(|m| PerSpan::per_second(m).shown(mib))
        .transpose()?;
    let peak_below_start = match &peak {
        Some((peak, _, _)) => !start_write.at_most(peak.times(peak_factor)?)?,
        None => false,
    };
    let peak = match &peak {
        Some((peak, write_capacity, read_capacity)) => Some(PeakCapacity {
            previous_mib_per_second: peak.shown(mib)?,
            write_mib_per_second: write_capacity.shown(mib)?,
            read_mib_per_second: read_capacity.shown(mib)?,
        }),
        None => None,
    };
    let quota = quota(shards, book)?;
    Ok(OnDemand {
        fits: failed_rule.is_none(),
        failed_rule,
        new_stream: peak.is_none(),
        write_mib_per_second: write_mib.value,
        read_mib_per_second: read_mib.value,
        records_per_second: records.shown(Decimal::ONE)?,
        region_class: if major {
            RegionClass::Major
        } else {
            RegionClass::Other
        },
        start_write_mib_per_second: start_write.shown(mib)?,
        start_records_per_second: start_records,
        start_read_mib_per_second: start_read.shown(mib)?,
        peak,
        peak_below_start,
        region_max_write_mib_per_second: max_write.shown(mib)?,
        region_max_read_mib_per_second: max_read.shown(mib)?,
        major_max_write_mib_per_second: major_max_write,
        rules: checks,
        provisioned_shards: shards,
        provisioned_write_mib_per_second: provisioned_write,
        provisioned_records_per_second: provisioned_records,
        provisioned_read_mib_per_second: provisioned_read,
        shared_consumers: shared,
        peak_factor,
        window_days,
        doubling_minutes,
        read_factor,
        findings,
        quota,
        stream_steps: outcome.steps,
        steps,
    })
}
