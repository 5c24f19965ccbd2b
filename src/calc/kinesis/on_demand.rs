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

use super::{
    advantage_regions_note, check_limits, count, describe_inputs, evaluate, quota_note, span_name,
    Constants, StreamRequest, Throughput, MAIN,
};
use crate::error::Error;
use crate::facts::kinesis as fact;
use crate::facts::FactBook;
use crate::facts::FactId;
use crate::report::{Report, Value};
use crate::units::{group, KbConvention, SizeUnit};

/// The Regions whose on-demand maximum (and default shard quota) is the higher one:
/// US East (N. Virginia), US West (Oregon), Europe (Ireland), per the
/// [quota page](https://docs.aws.amazon.com/streams/latest/dev/service-sizes-and-limits.html).
pub const MAJOR_REGIONS: [&str; 3] = ["us-east-1", "us-west-2", "eu-west-1"];

const MAJOR_WORDS: &str = "us-east-1, us-west-2 and eu-west-1";

/// The first on-demand fact read: before it existed, on-demand mode did not.
const START_WRITE: FactId = fact::ON_DEMAND_START_WRITE_BYTES_PER_SECOND;

/// An AWS Region code such as `us-east-1`: two to four letters, one or more words and a
/// number, joined by hyphens. Case-insensitive.
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
        Ok(if exact.round_dp(10) == exact {
            exact.normalize()
        } else {
            exact.round_dp(6).normalize()
        })
    }
}

/// One rule of on-demand capacity, checked against the workload.
struct Rule {
    /// Stable id for scripts (`new-stream-write`).
    id: &'static str,
    /// What the limit is, for the headline: `the 4 MiB/s of writes a new on-demand stream
    /// starts with`.
    limit_words: String,
    /// What is measured: `writes`, `shared reads`, `records`.
    measure: &'static str,
    demand: PerSpan,
    limit: PerSpan,
    /// `MiB/s` or `records/s`.
    unit: &'static str,
    passes: bool,
}

/// `awscalc kinesis --on-demand`: whether the workload fits an on-demand stream (new, or
/// with `previous_peak` an existing one) in its Region, the rule that decides, and the
/// provisioned shards for comparison.
///
/// # Errors
/// The stream limits of [`super::shards`], a date before on-demand mode existed
/// (2021-11-30), or numbers too large to compute.
#[allow(clippy::too_many_lines)] // one derivation, read top to bottom
pub fn on_demand(request: &OnDemandRequest, book: &mut FactBook) -> Result<Report, Error> {
    let stream = &request.stream;
    let mut report = Report::new("kinesis", book.as_of());
    check_limits(stream, book)?;
    let shared = stream
        .shared_consumers
        .unwrap_or(u32::from(stream.efo_consumers == 0));
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
                .and_then(|e| e.since)
                .map_or_else(|| "later".to_string(), |d| format!("on {d}"));
            Error::Conflict {
                message: format!(
                    "--on-demand: on-demand capacity mode did not exist on {as_of}; it came \
                     {since}: drop --on-demand for provisioned shards, or give a later --as-of"
                ),
            }
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
    let where_words = match &request.region {
        Some(region) => format!("in {region}"),
        None => format!("in Regions other than {MAJOR_WORDS}"),
    };

    let brief = book.is_brief();
    if !brief {
        describe_inputs(stream, shared, &mut report, book)?;
        advantage_regions_note(stream, &mut report, book);
        describe_on_demand(request, &mut report)?;
    }
    let outcome = evaluate(
        stream,
        shared,
        MAIN,
        &constants,
        if brief { None } else { Some(&mut report) },
    )?;
    let mut trace = if brief { None } else { Some(&mut report) };

    // The workload, exactly: bytes and records per span.
    let write = PerSpan::new(
        outcome.write_kb.checked_mul(kb).ok_or(Error::Overflow)?,
        outcome.span,
    );
    let records = PerSpan::new(outcome.records, outcome.records_span);
    let read = write.times(Decimal::from(shared))?;
    let write_mib = step!(
        trace,
        "on-demand: write bandwidth in MiB/s",
        format!("{} / {}", group(outcome.write_kb_per_second), group(kb)),
        write.shown(mib)?,
        "MiB/s",
    );
    let read_mib = step!(
        trace,
        "on-demand: shared read bandwidth (write × standard consumers)",
        format!("{} × {shared}", group(write_mib)),
        read.shown(mib)?,
        "MiB/s",
    );

    // The stream's capacity: what it starts with, or what its previous peak gives it.
    let start_write = PerSpan::per_second(start_write);
    let start_read = PerSpan::per_second(start_read);
    let peak = match &request.previous_peak {
        None => None,
        Some(peak) => {
            let bytes = peak.size().bytes(SizeUnit::Mega, KbConvention::Binary)?;
            let peak = PerSpan::new(bytes, peak.per_seconds());
            let peak_mib = step!(
                trace,
                format!("previous {}-day peak write in MiB/s", group(window_days)),
                format!(
                    "{} bytes / {}{}",
                    group(bytes),
                    group(mib),
                    if peak.seconds == Decimal::ONE {
                        String::new()
                    } else {
                        format!(" / {} s", peak.seconds)
                    }
                ),
                peak.shown(mib)?,
                "MiB/s",
            );
            let write_capacity = start_write.max(peak.times(peak_factor)?)?;
            let write_cap_mib = step!(
                trace,
                format!(
                    "write capacity: max(new stream, {} × previous peak)",
                    group(peak_factor)
                ),
                format!(
                    "max({}, {} × {})",
                    group(start_write.shown(mib)?),
                    group(peak_factor),
                    group(peak_mib)
                ),
                write_capacity.shown(mib)?,
                "MiB/s",
            );
            let read_capacity = start_read.max(write_capacity.times(read_factor)?)?;
            step!(
                trace,
                format!(
                    "read capacity: at least {} × write capacity",
                    group(read_factor)
                ),
                format!(
                    "max({}, {} × {})",
                    group(start_read.shown(mib)?),
                    group(read_factor),
                    group(write_cap_mib)
                ),
                read_capacity.shown(mib)?,
                "MiB/s",
            );
            Some((peak, write_capacity, read_capacity))
        }
    };

    // The rules, in the order they are checked.
    let max_write = PerSpan::per_second(max_write);
    let max_read = max_write.times(read_factor)?;
    step!(
        trace,
        format!(
            "on-demand read maximum {where_words}: {} × write maximum",
            group(read_factor)
        ),
        format!("{} × {}", group(read_factor), group(max_write.shown(mib)?)),
        max_read.shown(mib)?,
        "MiB/s",
    );
    let mut rules = vec![
        rule(
            "region-max-write",
            format!(
                "the on-demand write maximum of {} MiB/s {where_words}",
                group(max_write.shown(mib)?)
            ),
            "writes",
            write,
            max_write,
            "MiB/s",
        )?,
        rule(
            "region-max-read",
            format!(
                "the on-demand read maximum of {} MiB/s {where_words}",
                group(max_read.shown(mib)?)
            ),
            "shared reads",
            read,
            max_read,
            "MiB/s",
        )?,
    ];
    match &peak {
        None => {
            rules.push(rule(
                "new-stream-write",
                format!(
                    "the {} MiB/s a new on-demand stream starts with",
                    group(start_write.shown(mib)?)
                ),
                "writes",
                write,
                start_write,
                "MiB/s",
            )?);
            rules.push(rule(
                "new-stream-records",
                format!(
                    "the {} records/s a new on-demand stream starts with",
                    group(start_records)
                ),
                "records",
                records,
                PerSpan::per_second(start_records),
                "records/s",
            )?);
            rules.push(rule(
                "new-stream-read",
                format!(
                    "the {} MiB/s read capacity a new on-demand stream starts with",
                    group(start_read.shown(mib)?)
                ),
                "shared reads",
                read,
                start_read,
                "MiB/s",
            )?);
        }
        Some((peak, write_capacity, read_capacity)) => {
            let peak_words = format!(
                "max({}, {} × the previous {}-day peak of {} MiB/s)",
                group(start_write.shown(mib)?),
                group(peak_factor),
                group(window_days),
                group(peak.shown(mib)?)
            );
            rules.push(rule(
                "previous-peak-write",
                format!(
                    "the {} MiB/s the stream takes now: {peak_words}",
                    group(write_capacity.shown(mib)?)
                ),
                "writes",
                write,
                *write_capacity,
                "MiB/s",
            )?);
            rules.push(rule(
                "previous-peak-read",
                format!(
                    "the {} MiB/s read capacity the stream has now: at least {} × its write capacity",
                    group(read_capacity.shown(mib)?),
                    group(read_factor)
                ),
                "shared reads",
                read,
                *read_capacity,
                "MiB/s",
            )?);
        }
    }
    for (n, r) in rules.iter().enumerate() {
        let divisor = if r.unit == "MiB/s" { mib } else { Decimal::ONE };
        let (demand, limit) = (r.demand.shown(divisor)?, r.limit.shown(divisor)?);
        step!(
            trace,
            format!(
                "rule {}, {}: {}",
                n + 1,
                r.id,
                if r.passes { "passes" } else { "fails" }
            ),
            format!(
                "{} {} {}",
                group(demand),
                if r.passes { "≤" } else { ">" },
                group(limit)
            ),
            limit - demand,
            &format!("{} headroom", r.unit),
        );
    }
    let failed = rules.iter().find(|r| !r.passes);

    // The answer.
    let is_new = peak.is_none();
    report.headline = match failed {
        None if is_new => "fits a new on-demand stream".to_string(),
        None => "fits the on-demand stream".to_string(),
        Some(r) => {
            let divisor = if r.unit == "MiB/s" { mib } else { Decimal::ONE };
            format!(
                "does not fit: {} {} of {} is above {}",
                group(r.demand.shown(divisor)?),
                r.unit,
                r.measure,
                r.limit_words
            )
        }
    };
    let what = match &stream.workload {
        super::Workload::Records { size, rate } => format!(
            "{} records of {} per {}",
            group(rate.count()),
            super::size_words(size, SizeUnit::Kilo),
            rate.span_name()
        ),
        super::Workload::Throughput { write, records } => format!(
            "{} per {} in {} records per {}",
            super::size_words(write.size(), SizeUnit::Mega),
            span_name(write.per_seconds()),
            group(records.count()),
            records.span_name()
        ),
    };
    report.summary = format!(
        "whether {what} fits {} on-demand stream {where_words}, and the provisioned shards it \
         needs",
        if is_new { "a new" } else { "an existing" }
    );
    report.field("fits", Value::Bool(failed.is_none()), "");
    report.answer.push("fits".into());
    report.field(
        "failed_rule",
        failed.map_or(Value::Null, |r| Value::text(r.id)),
        "",
    );
    if failed.is_some() {
        report.answer.push("failed_rule".into());
    }
    report.field("write_mib_per_second", Value::from(write_mib), "MiB/s");
    report.field("read_mib_per_second", Value::from(read_mib), "MiB/s");
    report.field(
        "records_per_second",
        Value::from(records.shown(Decimal::ONE)?),
        "records/s",
    );
    report.field(
        "region_class",
        Value::text(if major { "major" } else { "other" }),
        "",
    );
    report.field(
        "start_write_mib_per_second",
        Value::from(start_write.shown(mib)?),
        "MiB/s",
    );
    report.field(
        "start_records_per_second",
        Value::from(start_records),
        "records/s",
    );
    report.field(
        "start_read_mib_per_second",
        Value::from(start_read.shown(mib)?),
        "MiB/s",
    );
    if let Some((peak, write_capacity, read_capacity)) = &peak {
        report.field(
            "previous_peak_mib_per_second",
            Value::from(peak.shown(mib)?),
            "MiB/s",
        );
        report.field(
            "peak_write_mib_per_second",
            Value::from(write_capacity.shown(mib)?),
            "MiB/s",
        );
        report.field(
            "peak_read_mib_per_second",
            Value::from(read_capacity.shown(mib)?),
            "MiB/s",
        );
    }
    report.field(
        "region_max_write_mib_per_second",
        Value::from(max_write.shown(mib)?),
        "MiB/s",
    );
    report.field(
        "region_max_read_mib_per_second",
        Value::from(max_read.shown(mib)?),
        "MiB/s",
    );
    let rule_values = rules
        .iter()
        .map(|r| {
            let divisor = if r.unit == "MiB/s" { mib } else { Decimal::ONE };
            Ok(Value::Map(vec![
                ("rule".into(), Value::text(r.id)),
                ("demand".into(), Value::from(r.demand.shown(divisor)?)),
                ("limit".into(), Value::from(r.limit.shown(divisor)?)),
                ("unit".into(), Value::text(r.unit)),
                ("passes".into(), Value::Bool(r.passes)),
            ]))
        })
        .collect::<Result<Vec<_>, Error>>()?;
    report.detail("rules", Value::List(rule_values), "");

    // Provisioned, for comparison.
    let shards = outcome.shards;
    let prov_write = shards
        .checked_mul(constants.write_divisor_kb)
        .ok_or(Error::Overflow)?
        / kb;
    let prov_records = shards
        .checked_mul(constants.records_per_shard)
        .ok_or(Error::Overflow)?;
    let prov_read = shards
        .checked_mul(constants.read_divisor_kb)
        .ok_or(Error::Overflow)?
        / kb;
    report.field("provisioned_shards", Value::from(shards), "shards");
    report.field(
        "provisioned_write_mib_per_second",
        Value::from(prov_write),
        "MiB/s",
    );
    report.field(
        "provisioned_records_per_second",
        Value::from(prov_records),
        "records/s",
    );
    report.field(
        "provisioned_read_mib_per_second",
        Value::from(prov_read),
        "MiB/s",
    );

    // Notes.
    if let Some(r) = failed {
        match r.id {
            "region-max-write" | "region-max-read" => {
                let raise = book
                    .peek(fact::ON_DEMAND_MAX_WRITE_BYTES_PER_SECOND_MAJOR_REGIONS)
                    .filter(|m| !major && *m > max_write.amount);
                match raise {
                    Some(m) => report.note(format!(
                        "in Regions other than {MAJOR_WORDS} a support ticket can raise the \
                         on-demand maximum to {} MiB/s of writes; provisioned streams have no \
                         upper limit beyond the shard quota",
                        group(PerSpan::per_second(m).shown(mib)?)
                    )),
                    None => report.note(
                        "provisioned streams have no upper limit beyond the shard quota: see the \
                         shards below",
                    ),
                }
            }
            _ => report.note(format!(
                "an on-demand stream scales to each new peak and accommodates up to {} × its \
                 previous {}-day peak; traffic that grows to more than double the previous peak \
                 within {} minutes gets ProvisionedThroughputExceeded and must be retried",
                group(peak_factor),
                group(window_days),
                group(doubling_minutes)
            )),
        }
    }
    if request.region.is_none() {
        let other = book.peek(fact::ON_DEMAND_MAX_WRITE_BYTES_PER_SECOND_MAJOR_REGIONS);
        report.note(format!(
            "no --region: the on-demand maximum of Regions other than {MAJOR_WORDS} is used{}",
            match other {
                Some(m) if m > max_write.amount => format!(
                    "; in those three it is {} MiB/s of writes",
                    group(PerSpan::per_second(m).shown(mib)?)
                ),
                _ => String::new(),
            }
        ));
    }
    if let Some((peak, _, _)) = &peak {
        if !start_write.at_most(peak.times(peak_factor)?)? {
            report.note(format!(
                "twice the previous peak is below the {} MiB/s a new stream starts with: awscalc \
                 takes the larger, as AWS documents no on-demand capacity below the start",
                group(start_write.shown(mib)?)
            ));
        }
    }
    if shared > 1 {
        report.note(
            "AWS recommends one standard (GetRecords) consumer on an on-demand stream, and \
             enhanced fan-out (--efo) for more consuming applications",
        );
    }
    if stream.advantage {
        report.note(
            "On-demand Advantage can pre-scale a stream with warm throughput; the rules above \
             are the scaling rules of On-demand Standard",
        );
    }
    report.note(format!(
        "provisioned: {} = {} MiB/s write, {} records/s, {} MiB/s shared read; on-demand: starts \
         at {} MiB/s write, {} records/s, {} MiB/s read, takes up to {} × the previous {}-day \
         peak (more than double within {} minutes is throttled), at most {} MiB/s write and {} \
         MiB/s read {where_words}",
        count(shards, "shard", "shards"),
        group(prov_write),
        group(prov_records),
        group(prov_read),
        group(start_write.shown(mib)?),
        group(start_records),
        group(start_read.shown(mib)?),
        group(peak_factor),
        group(window_days),
        group(doubling_minutes),
        group(max_write.shown(mib)?),
        group(max_read.shown(mib)?)
    ));
    report.note(
        "AWS writes MB/s and GB/s for on-demand capacity; awscalc reads them as MiB/s and GiB/s \
         (1,024-based), like the shard limits",
    );
    quota_note(shards, &mut report, book)?;
    report.attach_facts(book);
    Ok(report)
}

fn rule(
    id: &'static str,
    limit_words: String,
    measure: &'static str,
    demand: PerSpan,
    limit: PerSpan,
    unit: &'static str,
) -> Result<Rule, Error> {
    Ok(Rule {
        id,
        limit_words,
        measure,
        demand,
        limit,
        unit,
        passes: demand.at_most(limit)?,
    })
}

/// The on-demand inputs as understood.
fn describe_on_demand(request: &OnDemandRequest, report: &mut Report) -> Result<(), Error> {
    if let Some(peak) = &request.previous_peak {
        let bytes = peak.size().bytes(SizeUnit::Mega, KbConvention::Binary)?;
        let unit = peak.size().unit_or(SizeUnit::Mega);
        let per = Decimal::from(peak.per_seconds());
        report.input(
            "previous_peak",
            peak.text(),
            format!(
                "{} {} × {} = {} bytes per {}",
                group(peak.size().value()),
                unit.symbol(),
                group(unit.bytes(KbConvention::Binary)),
                group(bytes),
                span_name(peak.per_seconds())
            ),
            Value::Map(vec![
                ("given".into(), Value::text(peak.text())),
                (
                    "bytes_per_second".into(),
                    Value::from((bytes / per).round_dp(6)),
                ),
            ]),
        );
        if peak.size().unit().is_none() {
            report.note(format!(
                "`{}` has no unit: read as {} MB per {}",
                peak.text(),
                group(peak.size().value()),
                span_name(peak.per_seconds())
            ));
        }
    }
    let (given, understood, class) = match &request.region {
        Some(r) if r.is_major() => (
            r.code().to_string(),
            format!("{r}: one of {MAJOR_WORDS}, the higher on-demand maximum"),
            "major",
        ),
        Some(r) => (
            r.code().to_string(),
            format!("{r}: not one of {MAJOR_WORDS}, the lower on-demand maximum"),
            "other",
        ),
        None => (
            "default".to_string(),
            format!("a Region other than {MAJOR_WORDS}, the lower on-demand maximum"),
            "other",
        ),
    };
    report.input(
        "region",
        &given,
        understood,
        Value::Map(vec![
            ("given".into(), Value::text(given.clone())),
            ("class".into(), Value::text(class)),
        ]),
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::kinesis::Workload;
    use crate::facts::Registry;
    use jiff::civil::date;

    fn book_on(y: i16, m: i8, d: i8) -> FactBook {
        FactBook::new(Registry::builtin(), date(y, m, d))
    }

    fn book() -> FactBook {
        book_on(2026, 11, 22)
    }

    fn request(write: &str, records: &str) -> OnDemandRequest {
        OnDemandRequest {
            stream: StreamRequest {
                workload: Workload::Throughput {
                    write: write.parse().unwrap(),
                    records: records.parse().unwrap(),
                },
                shared_consumers: None,
                efo_consumers: 0,
                advantage: false,
                parallelization: None,
                max_record_size: None,
                partition_key: None,
                retention: None,
            },
            previous_peak: None,
            region: None,
        }
    }

    fn field(report: &Report, name: &str) -> Value {
        report
            .get(name)
            .unwrap_or_else(|| panic!("no field {name}"))
            .value
            .clone()
    }

    fn d(s: &str) -> Value {
        Value::from(s.parse::<Decimal>().unwrap())
    }

    /// A new stream starts with 4 MB/s (read as 4 MiB/s = 4,194,304 bytes/s): 4 MiB/s in
    /// 4,000 records/s with one consumer (4 MiB/s of reads ≤ 8) fits exactly.
    #[test]
    fn four_mib_per_second_fits_a_new_stream_exactly() {
        let r = on_demand(&request("4mb/s", "4000/s"), &mut book()).unwrap();
        assert_eq!(field(&r, "fits"), Value::Bool(true));
        assert_eq!(field(&r, "failed_rule"), Value::Null);
        assert_eq!(r.headline, "fits a new on-demand stream");
        // Provisioned: 4,096 KiB/s / 1,024 = 4 shards; 4,000 / 1,000 = 4; reads 4,096 / 2,048 = 2.
        assert_eq!(field(&r, "provisioned_shards"), d("4"));
        assert_eq!(field(&r, "provisioned_read_mib_per_second"), d("8"));
    }

    /// The issue's 4.5 MB/s: 4.5 > 4 MiB/s a new stream starts with. The Region maximum
    /// (200 MiB/s by default) passes first, so the new-stream write rule decides.
    #[test]
    fn four_and_a_half_mib_per_second_is_above_a_new_stream() {
        let r = on_demand(&request("4.5mb/s", "4600/s"), &mut book()).unwrap();
        assert_eq!(field(&r, "fits"), Value::Bool(false));
        assert_eq!(field(&r, "failed_rule"), Value::text("new-stream-write"));
        assert_eq!(
            r.headline,
            "does not fit: 4.5 MiB/s of writes is above the 4 MiB/s a new on-demand stream \
             starts with"
        );
        // Provisioned: max(ceil(4,608 / 1,024), ceil(4,600 / 1,000), ceil(4,608 / 2,048)) = 5.
        assert_eq!(field(&r, "provisioned_shards"), d("5"));
        assert_eq!(field(&r, "provisioned_write_mib_per_second"), d("5"));
        assert_eq!(field(&r, "provisioned_records_per_second"), d("5000"));
        assert_eq!(field(&r, "provisioned_read_mib_per_second"), d("10"));
    }

    /// 1 MiB/s in 5,000 records/s: bandwidth fits (1 ≤ 4) but 5,000 > 4,000 records/s.
    #[test]
    fn records_can_decide_for_a_new_stream() {
        let r = on_demand(&request("1mb/s", "5000/s"), &mut book()).unwrap();
        assert_eq!(field(&r, "failed_rule"), Value::text("new-stream-records"));
    }

    /// 3 MiB/s read by 3 standard consumers: 9 MiB/s of shared reads > 8 MiB/s.
    #[test]
    fn shared_reads_can_decide_for_a_new_stream() {
        let mut req = request("3mb/s", "3000/s");
        req.stream.shared_consumers = Some(3);
        let r = on_demand(&req, &mut book()).unwrap();
        assert_eq!(field(&r, "failed_rule"), Value::text("new-stream-read"));
        assert_eq!(field(&r, "read_mib_per_second"), d("9"));
    }

    /// The FAQ's example: a stream whose peak was 40 MB/s can burst to 80 MB/s: 80 fits,
    /// 81 does not (2 × 40 = 80 < 81 ≤ 200).
    #[test]
    fn faq_example_peak_of_40_takes_80() {
        let mut req = request("80mb/s", "80000/s");
        req.previous_peak = Some("40mb/s".parse().unwrap());
        let r = on_demand(&req, &mut book()).unwrap();
        assert_eq!(field(&r, "fits"), Value::Bool(true));
        assert_eq!(field(&r, "peak_write_mib_per_second"), d("80"));
        // Read capacity: at least 2 × 80 = 160 MiB/s.
        assert_eq!(field(&r, "peak_read_mib_per_second"), d("160"));
        req.stream.workload = Workload::Throughput {
            write: "81mb/s".parse().unwrap(),
            records: "81000/s".parse().unwrap(),
        };
        let r = on_demand(&req, &mut book()).unwrap();
        assert_eq!(field(&r, "failed_rule"), Value::text("previous-peak-write"));
    }

    /// A previous peak of 1 MiB/s: 2 × 1 = 2 < 4, so the stream still takes the 4 MiB/s it
    /// started with (awscalc's reading, noted).
    #[test]
    fn a_small_previous_peak_keeps_the_start_capacity() {
        let mut req = request("3mb/s", "3000/s");
        req.previous_peak = Some("1mb/s".parse().unwrap());
        let r = on_demand(&req, &mut book()).unwrap();
        assert_eq!(field(&r, "fits"), Value::Bool(true));
        assert_eq!(field(&r, "peak_write_mib_per_second"), d("4"));
        assert!(r.notes.iter().any(|n| n.text.contains("takes the larger")));
    }

    /// 300 MiB/s with a previous peak of 200 MiB/s (2 × 200 = 400 ≥ 300): in us-east-1 the
    /// maximum is 10 GiB/s = 10,240 MiB/s, so it fits; by default (other Regions) 300 > 200.
    /// In 2024 (before the raise awscalc dates 2024-12-31) us-east-1 had 200 MiB/s as well.
    #[test]
    fn the_region_maximum_depends_on_region_and_date() {
        let mut req = request("300mb/s", "300000/s");
        req.previous_peak = Some("200mb/s".parse().unwrap());
        let r = on_demand(&req, &mut book()).unwrap();
        assert_eq!(field(&r, "failed_rule"), Value::text("region-max-write"));
        req.region = Some("us-east-1".parse().unwrap());
        let r = on_demand(&req, &mut book()).unwrap();
        assert_eq!(field(&r, "fits"), Value::Bool(true));
        assert_eq!(field(&r, "region_max_write_mib_per_second"), d("10240"));
        assert_eq!(field(&r, "region_max_read_mib_per_second"), d("20480"));
        let r = on_demand(&req, &mut book_on(2024, 12, 30)).unwrap();
        assert_eq!(field(&r, "failed_rule"), Value::text("region-max-write"));
        assert_eq!(field(&r, "region_max_write_mib_per_second"), d("200"));
    }

    /// Exactness: 60 GB/h = 61,440 MiB per 3,600 s = 17.0666… MiB/s, which no decimal holds
    /// exactly; twice a previous peak of 30 GB/h is exactly the same, so it fits (a rounded
    /// comparison could go either way). 62,914,560 records/h are 1 KiB each.
    #[test]
    fn comparisons_are_exact_for_per_hour_throughputs() {
        let mut req = request("60gb/h", "62914560/h");
        req.previous_peak = Some("30gb/h".parse().unwrap());
        let r = on_demand(&req, &mut book()).unwrap();
        assert_eq!(field(&r, "fits"), Value::Bool(true));
    }

    #[test]
    fn on_demand_did_not_exist_before_2021_11_30() {
        let err = on_demand(&request("1mb/s", "1"), &mut book_on(2021, 11, 29))
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("on-demand capacity mode did not exist on 2021-11-29")
                && err.contains("2021-11-30"),
            "{err}"
        );
        assert!(on_demand(&request("1mb/s", "1"), &mut book_on(2021, 11, 30)).is_ok());
    }

    #[test]
    fn region_codes() {
        for ok in ["us-east-1", "US-WEST-2", " eu-west-1 "] {
            assert!(ok.parse::<Region>().unwrap().is_major(), "{ok}");
        }
        for other in [
            "eu-central-1",
            "us-gov-west-1",
            "ap-southeast-2",
            "cn-north-1",
        ] {
            assert!(!other.parse::<Region>().unwrap().is_major(), "{other}");
        }
        for bad in [
            "",
            "virginia",
            "us-east",
            "us-east-one",
            "u-east-1",
            "us--1",
            "us-east-123",
        ] {
            let err = bad.parse::<Region>().unwrap_err().to_string();
            assert!(
                err.contains(&format!("`{}`", bad.trim())) && err.contains("us-east-1"),
                "{bad}: {err}"
            );
        }
    }
}
