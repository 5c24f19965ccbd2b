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

use std::str::FromStr;

use rust_decimal::Decimal;

use crate::error::Error;
use crate::facts::kinesis as fact;
use crate::facts::FactBook;
use crate::facts::FactId;
use crate::report::{Alternative, Report, Value};
use crate::units::{ceil_div, floor_div, group, KbConvention, Rate, Size, SizeUnit};

mod on_demand;

pub use on_demand::{on_demand, OnDemandRequest, Region, MAJOR_REGIONS};

const ACCEPTED_DURATIONS: &str =
    "a whole number of hours or days: 24h, 168 hours, 7d, 365 days; a bare number is hours";

/// Data per unit of time, shared with the other calculators: see [`crate::units::Throughput`].
/// For Kinesis a bare number means MB, and MB is 1,048,576 bytes, as in AWS's sizing
/// formula (KiB / 1,024).
pub use crate::units::Throughput;

/// A retention period in whole hours: `24h`, `168 hours`, `7d`, `365 days`, `48`.
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
        let text = input.trim();
        let bad = |reason: String| Error::InvalidDuration {
            input: text.to_string(),
            reason,
            accepted: ACCEPTED_DURATIONS,
        };
        let (value, unit) = crate::units::leading_number(text, "retention", bad)?;
        // A bare number is hours; retention is set in whole hours, so only hours and days
        // (whole multiples of an hour) are units of it.
        let per_hour = match unit.trim() {
            "" => Decimal::ONE,
            word => match crate::units::time_unit_seconds(word) {
                Some(seconds) if seconds >= 3600 => Decimal::from(seconds / 3600),
                _ => return Err(bad(format!("unknown unit `{}`", word.to_ascii_lowercase()))),
            },
        };
        let hours = value.checked_mul(per_hour).ok_or(Error::TooLarge {
            what: "retention",
            input: text.to_string(),
            max: "24 digits".into(),
        })?;
        if !hours.fract().is_zero() {
            return Err(Error::NotWhole {
                what: "retention in hours",
                input: text.to_string(),
            });
        }
        Ok(Retention {
            hours: hours.normalize(),
            text: text.to_string(),
        })
    }
}

/// What the producers write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Workload {
    /// Records of an average size at a rate: `--record-size 2kb --rate 5000/s`.
    Records {
        /// Average record size (a bare number is KB).
        size: Size,
        /// Records per second (or /min, /h).
        rate: Rate,
    },
    /// A write bandwidth and a record rate: `--write 4.5mb/s --records 4600/s`.
    Throughput {
        /// Data written per unit of time.
        write: Throughput,
        /// Records written per unit of time.
        records: Rate,
    },
}

/// A shard-count question: `awscalc kinesis --record-size … --rate …`.
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

/// One way of reading the question: AWS's developer guide plus the shard limits, or a
/// common other reading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Reading {
    /// The Kinesis FAQ's formula: KB as 1,000 bytes, ÷ 1,000 and ÷ 2,000.
    faq: bool,
    /// Leave out the 1,000 records/s per-shard limit, as AWS's published formula does.
    no_records_limit: bool,
    /// Count enhanced fan-out consumers as sharing the 2 MiB/s read.
    efo_shared: bool,
}

const MAIN: Reading = Reading {
    faq: false,
    no_records_limit: false,
    efo_shared: false,
};

/// The constants a reading needs, from the facts registry.
#[derive(Debug, Clone, Copy)]
struct Constants {
    kb_bytes: Decimal,
    write_divisor_kb: Decimal,
    read_divisor_kb: Decimal,
    records_per_shard: Decimal,
}

impl Constants {
    /// The developer guide's constants, read (and recorded) from the book.
    fn of(book: &mut FactBook) -> Result<Constants, Error> {
        let kb = book.value(fact::KB_BYTES)?;
        let write_bytes = book.value(fact::SHARD_WRITE_BYTES_PER_SECOND)?;
        let read_bytes = book.value(fact::SHARD_READ_BYTES_PER_SECOND)?;
        Ok(Constants {
            kb_bytes: kb,
            write_divisor_kb: write_bytes / kb,
            read_divisor_kb: read_bytes / kb,
            records_per_shard: book.value(fact::SHARD_WRITE_RECORDS_PER_SECOND)?,
        })
    }
}

/// What one evaluation found.
#[derive(Debug, Clone, Copy)]
struct Outcome {
    record_kb: Option<Decimal>,
    write_kb_per_second: Decimal,
    read_kb_per_second: Decimal,
    for_write: Decimal,
    for_records: Decimal,
    for_read: Decimal,
    shards: Decimal,
    /// KB written per `span` seconds, and records per `records_span` seconds, exactly.
    write_kb: Decimal,
    span: u32,
    records: Decimal,
    records_span: u32,
}

/// `awscalc kinesis --record-size … --rate …` or `--write … --records …`: the provisioned
/// shards a workload needs, each constraint with its arithmetic, and what the answer means
/// for KCL and Lambda consumers.
///
/// # Errors
/// Inputs over a Kinesis limit in force on the book's date (record size, partition key,
/// retention, enhanced fan-out consumers, parallelization factor), features that did not
/// exist on that date, or numbers too large to compute.
pub fn shards(request: &StreamRequest, book: &mut FactBook) -> Result<Report, Error> {
    let mut report = Report::new("kinesis", book.as_of());
    check_limits(request, book)?;
    let shared = request
        .shared_consumers
        .unwrap_or(u32::from(request.efo_consumers == 0));
    let constants = Constants::of(book)?;
    // A brief book (`awscalc check`) wants the answer only: no inputs, steps or readings.
    let brief = book.is_brief();
    if !brief {
        describe_inputs(request, shared, &mut report, book)?;
        advantage_regions_note(request, &mut report, book);
    }
    let trace = if brief { None } else { Some(&mut report) };
    let outcome = evaluate(request, shared, MAIN, &constants, trace)?;
    fill_result(request, shared, &outcome, &mut report, book)?;
    if !brief {
        report.alternatives = alternatives(request, shared, outcome.shards, book);
    }
    if let Some(faq) = report
        .alternatives
        .iter()
        .find(|a| a.distance == 1 && a.reading.starts_with("the Kinesis FAQ"))
    {
        if faq.value != outcome.shards {
            report.note(format!(
                "the Kinesis FAQ still shows the older formula (KB as 1,000 bytes, ÷ 1,000 and \
                 ÷ 2,000), which gives {} shards here; exam answers may use it",
                group(faq.value)
            ));
        }
    }
    report.attach_facts(book);
    Ok(report)
}

/// With On-demand Advantage and more enhanced fan-out consumers than other streams take:
/// the higher cap holds only in the Regions AWS lists for it (enhanced-consumers.html,
/// "Regions supported for up to 50 enhanced fan-out consumers (On-demand Advantage only)").
pub(crate) fn advantage_regions_note(
    request: &StreamRequest,
    report: &mut Report,
    book: &FactBook,
) {
    let (Some(advantage), Some(standard)) = (
        book.peek(fact::EFO_CONSUMERS_PER_STREAM_ADVANTAGE),
        book.peek(fact::EFO_CONSUMERS_PER_STREAM),
    ) else {
        return;
    };
    if request.advantage && Decimal::from(request.efo_consumers) > standard && advantage > standard
    {
        report.note(format!(
            "On-demand Advantage takes up to {} enhanced fan-out consumers per stream only in the \
             Regions AWS lists for it (\"Regions supported for up to {} enhanced fan-out \
             consumers\"); elsewhere a stream takes {}",
            group(advantage),
            group(advantage),
            group(standard)
        ));
    }
}

/// The limits that make the request impossible: errors naming the input and the limit.
fn check_limits(request: &StreamRequest, book: &mut FactBook) -> Result<(), Error> {
    // Enhanced fan-out consumers per stream.
    if request.efo_consumers > 0 {
        let (cap, mode) = if request.advantage {
            (
                book.value(fact::EFO_CONSUMERS_PER_STREAM_ADVANTAGE)?,
                "with On-demand Advantage",
            )
        } else {
            (
                book.value(fact::EFO_CONSUMERS_PER_STREAM)?,
                "for provisioned and On-demand Standard streams",
            )
        };
        if Decimal::from(request.efo_consumers) > cap {
            let advantage_hint = match book.peek(fact::EFO_CONSUMERS_PER_STREAM_ADVANTAGE) {
                Some(advantage_cap) if !request.advantage && advantage_cap > cap => {
                    format!(
                        "; On-demand Advantage (--advantage) allows {} in the Regions that offer it",
                        group(advantage_cap)
                    )
                }
                _ => String::new(),
            };
            let regions = if request.advantage {
                match book.peek(fact::EFO_CONSUMERS_PER_STREAM) {
                    Some(standard) if standard < cap => format!(
                        " (in the Regions that offer {}; {} elsewhere)",
                        group(cap),
                        group(standard)
                    ),
                    _ => String::new(),
                }
            } else {
                String::new()
            };
            return Err(Error::AwsLimit {
                message: format!(
                    "--efo `{}` is more enhanced fan-out consumers than a stream takes: at most {} \
                     {mode}{regions}{advantage_hint}",
                    request.efo_consumers,
                    group(cap)
                ),
            });
        }
    } else if request.advantage {
        book.value(fact::EFO_CONSUMERS_PER_STREAM_ADVANTAGE)?;
    }
    check_parallelization(request.parallelization, book)?;
    check_record_size(request, book)?;
    check_key_and_retention(request, book)
}

/// The record size (or the average record) against the maximum in force.
fn check_record_size(request: &StreamRequest, book: &mut FactBook) -> Result<(), Error> {
    let as_of = book.as_of();
    // Record size against the maximum in force.
    let default_max = book.value(fact::MAX_RECORD_BYTES)?;
    let max = match &request.max_record_size {
        None => default_max,
        Some(size) => {
            let bytes = size.bytes(SizeUnit::Kilo, KbConvention::Binary)?;
            let raised = book.value(fact::MAX_RECORD_BYTES_RAISED).map_err(|_| {
                let since = book
                    .fact(fact::MAX_RECORD_BYTES_RAISED)
                    .ok()
                    .and_then(|f| f.history.iter().find(|e| e.value.is_some()))
                    .and_then(|e| e.since)
                    .map_or_else(|| "a later date".to_string(), |d| d.to_string());
                Error::Conflict {
                    message: format!(
                        "--max-record-size `{}`: a stream's maximum record size could not be raised \
                         on {as_of}; that came on {since}, and before it every record was at most \
                         {} bytes",
                        size.text(),
                        group(default_max)
                    ),
                }
            })?;
            if bytes < default_max || bytes > raised {
                return Err(Error::AwsLimit {
                    message: format!(
                        "--max-record-size `{}` ({} bytes) is outside what a stream allows: {} to \
                         {} bytes (1 MiB to {} MiB)",
                        size.text(),
                        group(bytes),
                        group(default_max),
                        group(raised),
                        group(raised / default_max)
                    ),
                });
            }
            bytes
        }
    };
    let record = match &request.workload {
        Workload::Records { size, .. } => Some((
            size.bytes(SizeUnit::Kilo, KbConvention::Binary)?,
            format!("record size `{}`", size.text()),
        )),
        Workload::Throughput { write, records } => {
            let bytes = write
                .size()
                .bytes(SizeUnit::Mega, KbConvention::Binary)?
                .checked_mul(Decimal::from(records.per_seconds()))
                .ok_or(Error::Overflow)?;
            let count = records
                .count()
                .checked_mul(Decimal::from(write.per_seconds()))
                .ok_or(Error::Overflow)?;
            Some((
                bytes.checked_div(count).ok_or(Error::Overflow)?.round_dp(2),
                format!(
                    "the average record (`{}` over `{}`)",
                    write.text(),
                    records.text()
                ),
            ))
        }
    };
    if let Some((bytes, what)) = record {
        if bytes > max {
            let (whose, hint) = if request.max_record_size.is_some() {
                (
                    "the stream's maximum record size (--max-record-size)",
                    String::new(),
                )
            } else {
                (
                    "the default maximum record size",
                    book.peek(fact::MAX_RECORD_BYTES_RAISED)
                        .map_or_else(String::new, |raised| {
                            format!(
                                "; a stream's maximum can be raised up to {} bytes with \
                                 --max-record-size",
                                group(raised)
                            )
                        }),
                )
            };
            return Err(Error::AwsLimit {
                message: format!(
                    "{what} ({} bytes) is above {whose} of {} bytes{hint}",
                    group(bytes),
                    group(max)
                ),
            });
        }
    }
    Ok(())
}

/// The partition key's length and the retention period against their limits.
fn check_key_and_retention(request: &StreamRequest, book: &mut FactBook) -> Result<(), Error> {
    let as_of = book.as_of();
    if let Some(key) = &request.partition_key {
        let max_chars = book.value(fact::PARTITION_KEY_MAX_CHARS)?;
        let chars = key.chars().count();
        if chars == 0 {
            return Err(Error::AwsLimit {
                message: format!(
                    "partition key `` is empty: give a key of up to {} characters",
                    group(max_chars)
                ),
            });
        }
        if Decimal::from(chars) > max_chars {
            return Err(Error::AwsLimit {
                message: format!(
                    "partition key `{key}` has {} characters: at most {} are allowed",
                    group(Decimal::from(chars)),
                    group(max_chars)
                ),
            });
        }
    }
    if let Some(retention) = &request.retention {
        let min = book.value(fact::RETENTION_MIN_HOURS)?;
        let max = book.value(fact::RETENTION_MAX_HOURS)?;
        if retention.hours() < min || retention.hours() > max {
            return Err(Error::AwsLimit {
                message: format!(
                    "retention `{}` ({} hours) is outside what Kinesis allows on {as_of}: {} to {} \
                     hours ({} to {} days)",
                    retention.text(),
                    group(retention.hours()),
                    group(min),
                    group(max),
                    group(min / Decimal::from(24)),
                    group(max / Decimal::from(24))
                ),
            });
        }
    }
    Ok(())
}

/// The parallelization factor must lie in Lambda's range in force.
fn check_parallelization(factor: Option<u32>, book: &mut FactBook) -> Result<Decimal, Error> {
    let min = book.value(fact::LAMBDA_PARALLELIZATION_MIN)?;
    let Some(factor) = factor else {
        return Ok(min);
    };
    let max = book.value(fact::LAMBDA_PARALLELIZATION_MAX)?;
    let value = Decimal::from(factor);
    if value < min || value > max {
        return Err(Error::AwsLimit {
            message: format!(
                "--parallelization `{factor}` is outside what Lambda allows on {}: {} to {} \
                 concurrent batches per shard",
                book.as_of(),
                group(min),
                group(max)
            ),
        });
    }
    Ok(value)
}

/// The workload inputs as understood.
fn describe_workload(request: &StreamRequest, report: &mut Report) -> Result<(), Error> {
    match &request.workload {
        Workload::Records { size, rate } => {
            report.size_input(
                "record_size",
                size,
                SizeUnit::Kilo,
                KbConvention::Binary,
                " per record on average",
            )?;
            rate_input(report, "rate", rate);
        }
        Workload::Throughput { write, records } => {
            let bytes = write.size().bytes(SizeUnit::Mega, KbConvention::Binary)?;
            let unit = write.size().unit_or(SizeUnit::Mega);
            let per = Decimal::from(write.per_seconds());
            let understood = format!(
                "{} {} × {} = {} bytes per {}{}",
                group(write.size().value()),
                unit.symbol(),
                group(unit.bytes(KbConvention::Binary)),
                group(bytes),
                span_name(write.per_seconds()),
                if write.per_seconds() == 1 {
                    String::new()
                } else {
                    format!(" = {} bytes/s", group((bytes / per).round_dp(6)))
                }
            );
            report.input(
                "write",
                write.text(),
                understood,
                Value::Map(vec![
                    ("given".into(), Value::text(write.text())),
                    (
                        "bytes_per_second".into(),
                        Value::from((bytes / per).round_dp(6)),
                    ),
                ]),
            );
            if write.size().unit().is_none() {
                report.note(format!(
                    "`{}` has no unit: read as {} MB per {}",
                    write.text(),
                    group(write.size().value()),
                    span_name(write.per_seconds())
                ));
            }
            rate_input(report, "records", records);
        }
    }
    Ok(())
}

fn describe_inputs(
    request: &StreamRequest,
    shared: u32,
    report: &mut Report,
    book: &FactBook,
) -> Result<(), Error> {
    describe_workload(request, report)?;
    report.input(
        "consumers",
        &request
            .shared_consumers
            .map_or_else(|| "default".to_string(), |n| n.to_string()),
        format!(
            "{} sharing each shard's read bandwidth",
            count(
                Decimal::from(shared),
                "standard consumer",
                "standard consumers"
            )
        ),
        Value::number(shared),
    );
    if request.efo_consumers > 0 {
        report.input(
            "efo",
            &request.efo_consumers.to_string(),
            format!(
                "{}, each with its own read bandwidth",
                count(
                    Decimal::from(request.efo_consumers),
                    "enhanced fan-out consumer",
                    "enhanced fan-out consumers"
                )
            ),
            Value::number(request.efo_consumers),
        );
    }
    match (request.shared_consumers, request.efo_consumers) {
        (None, 0) => report.note(
            "no --consumers or --efo given: one standard consumer assumed (it never needs more \
             shards than the writes do)",
        ),
        (None, _) => report.note("no --consumers given: only the enhanced fan-out consumers read"),
        _ => {}
    }
    if let Some(max) = &request.max_record_size {
        report.input(
            "max_record_size",
            max.text(),
            format!(
                "the stream's maximum record size: {} bytes",
                group(max.bytes(SizeUnit::Kilo, KbConvention::Binary)?)
            ),
            Value::from(max.bytes(SizeUnit::Kilo, KbConvention::Binary)?),
        );
    }
    if let Some(key) = &request.partition_key {
        let chars = key.chars().count();
        report.input(
            "partition_key",
            key,
            format!("{chars} characters"),
            Value::number(chars),
        );
    }
    if let Some(retention) = &request.retention {
        report.input(
            "retention",
            retention.text(),
            format!("{} hours", group(retention.hours())),
            Value::from(retention.hours()),
        );
        if let Some(min) = book.peek(fact::RETENTION_MIN_HOURS) {
            if retention.hours() > min {
                report.note(format!(
                    "retention above the default {} hours is charged extra",
                    group(min)
                ));
            }
        }
    }
    Ok(())
}

fn rate_input(report: &mut Report, name: &str, rate: &Rate) {
    let per_second = rate.as_per_second();
    let understood = if rate.per_seconds() == 1 {
        format!("{} records per second", group(per_second))
    } else {
        format!(
            "{} per {} {} {} records per second",
            group(rate.count()),
            rate.span_name(),
            if rate.is_exact_per_second() {
                "="
            } else {
                "≈"
            },
            group(per_second.round_dp(6))
        )
    };
    report.input(
        name,
        rate.text(),
        understood,
        Value::Map(vec![
            ("given".into(), Value::text(rate.text())),
            ("per_second".into(), Value::from(per_second.round_dp(6))),
        ]),
    );
}

fn span_name(per_seconds: u32) -> String {
    match per_seconds {
        1 => "second".into(),
        60 => "minute".into(),
        3600 => "hour".into(),
        86_400 => "day".into(),
        n => format!("{n} s"),
    }
}

/// `× n / span s` for a count per span, or `× n` per second.
fn per_span(count: Decimal, span: u32) -> String {
    if span == 1 {
        group(count)
    } else {
        format!("{} / {span} s", group(count))
    }
}

/// The shard count under one reading; `trace` receives the steps.
#[allow(clippy::too_many_lines)] // one derivation, read top to bottom
fn evaluate(
    request: &StreamRequest,
    shared: u32,
    reading: Reading,
    k: &Constants,
    mut trace: Option<&mut Report>,
) -> Result<Outcome, Error> {
    let (convention, kb_name) = if reading.faq {
        (KbConvention::Decimal, "KB")
    } else {
        (KbConvention::Binary, "KiB")
    };
    let per_second_unit = format!("{kb_name}/s");
    let mut record_kb = None;
    // Write bandwidth as a count of KB per `span` seconds, and the records the same way.
    let (write_kb, span, records, records_span) = match &request.workload {
        Workload::Records { size, rate } => {
            let bytes = size.bytes(SizeUnit::Kilo, convention)?;
            let kb = step!(
                trace,
                "round the average record size up to the nearest 1 KB",
                format!("ceil({} / {})", group(bytes), group(k.kb_bytes)),
                ceil_div(bytes, k.kb_bytes)?,
                kb_name,
            );
            record_kb = Some(kb);
            let write_kb = kb.checked_mul(rate.count()).ok_or(Error::Overflow)?;
            step!(
                trace,
                "incoming write bandwidth: record size × records per second",
                format!(
                    "{} × {}",
                    group(kb),
                    per_span(rate.count(), rate.per_seconds())
                ),
                (write_kb / Decimal::from(rate.per_seconds())).round_dp(6),
                &per_second_unit,
            );
            (
                write_kb,
                rate.per_seconds(),
                rate.count(),
                rate.per_seconds(),
            )
        }
        Workload::Throughput { write, records } => {
            let bytes = write.size().bytes(SizeUnit::Mega, convention)?;
            let write_kb = bytes.checked_div(k.kb_bytes).ok_or(Error::Overflow)?;
            step!(
                trace,
                format!("incoming write bandwidth in {kb_name}"),
                format!(
                    "{} bytes / {}{}",
                    group(bytes),
                    group(k.kb_bytes),
                    if write.per_seconds() == 1 {
                        String::new()
                    } else {
                        format!(" / {} s", write.per_seconds())
                    }
                ),
                (write_kb / Decimal::from(write.per_seconds())).round_dp(6),
                &per_second_unit,
            );
            (
                write_kb,
                write.per_seconds(),
                records.count(),
                records.per_seconds(),
            )
        }
    };
    let write_per_second = (write_kb / Decimal::from(span)).round_dp(6);
    let for_write = step!(
        trace,
        format!(
            "shards for write bandwidth ({} {kb_name}/s per shard)",
            group(k.write_divisor_kb)
        ),
        format!(
            "ceil({} / {})",
            group(write_per_second),
            group(k.write_divisor_kb)
        ),
        ceil_div(
            write_kb,
            k.write_divisor_kb
                .checked_mul(Decimal::from(span))
                .ok_or(Error::Overflow)?
        )?,
        "shards",
    );
    let for_records = if reading.no_records_limit {
        Decimal::ZERO
    } else {
        step!(
            trace,
            format!(
                "shards for write records ({} records/s per shard)",
                group(k.records_per_shard)
            ),
            format!(
                "ceil({} / {})",
                group((records / Decimal::from(records_span)).round_dp(6)),
                group(k.records_per_shard)
            ),
            ceil_div(
                records,
                k.records_per_shard
                    .checked_mul(Decimal::from(records_span))
                    .ok_or(Error::Overflow)?
            )?,
            "shards",
        )
    };
    let readers = if reading.efo_shared {
        shared
            .checked_add(request.efo_consumers)
            .ok_or(Error::Overflow)?
    } else {
        shared
    };
    let (for_read, read_per_second) = if readers == 0 {
        let none = step!(
            trace,
            "shards for shared reads: no standard consumers, no read constraint",
            "0 consumers".to_string(),
            Decimal::ZERO,
            "shards",
        );
        (none, Decimal::ZERO)
    } else {
        let read_kb = write_kb
            .checked_mul(Decimal::from(readers))
            .ok_or(Error::Overflow)?;
        let read_per_second = step!(
            trace,
            "outgoing read bandwidth: write bandwidth × standard consumers",
            format!("{} × {readers}", group(write_per_second)),
            (read_kb / Decimal::from(span)).round_dp(6),
            &per_second_unit,
        );
        let for_read = step!(
            trace,
            format!(
                "shards for shared reads ({} {kb_name}/s per shard)",
                group(k.read_divisor_kb)
            ),
            format!(
                "ceil({} / {})",
                group(read_per_second),
                group(k.read_divisor_kb)
            ),
            ceil_div(
                read_kb,
                k.read_divisor_kb
                    .checked_mul(Decimal::from(span))
                    .ok_or(Error::Overflow)?
            )?,
            "shards",
        );
        (for_read, read_per_second)
    };
    let shards = step!(
        trace,
        "shards: the largest constraint",
        if reading.no_records_limit {
            format!("max({}, {})", group(for_write), group(for_read))
        } else {
            format!(
                "max({}, {}, {})",
                group(for_write),
                group(for_records),
                group(for_read)
            )
        },
        for_write.max(for_records).max(for_read),
        "shards",
    );
    Ok(Outcome {
        record_kb,
        write_kb_per_second: write_per_second,
        read_kb_per_second: read_per_second,
        for_write,
        for_records,
        for_read,
        shards,
        write_kb,
        span,
        records,
        records_span,
    })
}

fn fill_result(
    request: &StreamRequest,
    shared: u32,
    outcome: &Outcome,
    report: &mut Report,
    book: &mut FactBook,
) -> Result<(), Error> {
    let shards = outcome.shards;
    report.headline = count(shards, "shard", "shards");
    let what = match &request.workload {
        Workload::Records { size, rate } => format!(
            "{} records of {} per {}",
            group(rate.count()),
            size_words(size, SizeUnit::Kilo),
            rate.span_name()
        ),
        Workload::Throughput { write, records } => format!(
            "{} per {} in {} records per {}",
            size_words(write.size(), SizeUnit::Mega),
            span_name(write.per_seconds()),
            group(records.count()),
            records.span_name()
        ),
    };
    report.summary = format!(
        "provisioned shards for {what}, read by {} and {}",
        count(
            Decimal::from(shared),
            "standard consumer",
            "standard consumers"
        ),
        count(
            Decimal::from(request.efo_consumers),
            "enhanced fan-out consumer",
            "enhanced fan-out consumers"
        )
    );
    report.field("shards", Value::from(shards), "shards");
    report.answer.push("shards".into());
    report.field(
        "shards_for_write_bandwidth",
        Value::from(outcome.for_write),
        "shards",
    );
    report.field(
        "shards_for_write_records",
        Value::from(outcome.for_records),
        "shards",
    );
    report.field("shards_for_read", Value::from(outcome.for_read), "shards");
    let binding = if outcome.for_write == shards {
        "write bandwidth"
    } else if outcome.for_records == shards {
        "write records"
    } else {
        "shared read bandwidth"
    };
    report.field("binding_constraint", Value::text(binding), "");
    if let Some(kb) = outcome.record_kb {
        report.field("record_kib", Value::from(kb), "KiB");
    }
    report.field(
        "write_kib_per_second",
        Value::from(outcome.write_kb_per_second),
        "KiB/s",
    );
    report.field(
        "read_kib_per_second",
        Value::from(outcome.read_kb_per_second),
        "KiB/s",
    );
    report.field("shared_consumers", Value::number(shared), "consumers");
    report.field(
        "efo_consumers",
        Value::number(request.efo_consumers),
        "consumers",
    );
    if outcome.for_records == shards
        && outcome.for_records > outcome.for_write.max(outcome.for_read)
    {
        let per_shard = book.value(fact::SHARD_WRITE_RECORDS_PER_SECOND)?;
        report.note(format!(
            "the {} records/s per-shard limit decides here: AWS's published formula leaves it \
             out and would give {}",
            group(per_shard),
            count(outcome.for_write.max(outcome.for_read), "shard", "shards")
        ));
    }
    if request.efo_consumers > 0 {
        let efo = book.value(fact::EFO_READ_BYTES_PER_SECOND)?;
        report.note(format!(
            "{} enhanced fan-out consumers get {} bytes/s each per shard, not shared: they add no \
             read constraint",
            request.efo_consumers,
            group(efo)
        ));
    }
    consumers_of(shards, request.parallelization, report, book)?;
    quota_note(shards, report, book)?;
    Ok(())
}

/// What `shards` open shards mean for KCL workers and Lambda invocations.
fn consumers_of(
    shards: Decimal,
    parallelization: Option<u32>,
    report: &mut Report,
    book: &mut FactBook,
) -> Result<(), Error> {
    let factor = check_parallelization(parallelization, book)?;
    report.field("max_kcl_workers", Value::from(shards), "workers");
    let invocations = shards.checked_mul(factor).ok_or(Error::Overflow)?;
    report.field("parallelization", Value::from(factor), "per shard");
    report.field(
        "max_lambda_invocations",
        Value::from(invocations),
        "invocations",
    );
    report.note(format!(
        "KCL: each shard is processed by exactly one worker, so at most {} KCL workers do useful \
         work; Lambda: at most {} shards × parallelization factor {} = {} concurrent invocations",
        group(shards),
        group(shards),
        group(factor),
        group(invocations)
    ));
    Ok(())
}

/// A warning when `shards` exceeds a default per-account quota in force.
///
/// The quotas are only recorded as used (and their history noted) when one is exceeded.
fn quota_note(shards: Decimal, report: &mut Report, book: &mut FactBook) -> Result<(), Error> {
    const MAJOR: FactId = fact::ACCOUNT_SHARD_QUOTA_MAJOR_REGIONS;
    const OTHER: FactId = fact::ACCOUNT_SHARD_QUOTA_OTHER_REGIONS;
    match book.peek(OTHER) {
        Some(other) if shards > other => {}
        _ => return Ok(()),
    }
    let major = book.value(MAJOR)?;
    let other = book.value(OTHER)?;
    if shards > major {
        report.warn(format!(
            "{} shards exceed the default per-account shard quota in every Region ({} in \
             us-east-1, us-west-2 and eu-west-1, {} elsewhere): request an increase in Service \
             Quotas",
            group(shards),
            group(major),
            group(other)
        ));
    } else if shards > other {
        report.warn(format!(
            "{} shards exceed the default per-account shard quota of {} in Regions other than \
             us-east-1, us-west-2 and eu-west-1 (there it is {})",
            group(shards),
            group(other),
            group(major)
        ));
    }
    Ok(())
}

/// Every other reading that differs in one to three ways, with its answer.
fn alternatives(
    request: &StreamRequest,
    shared: u32,
    main_answer: Decimal,
    book: &FactBook,
) -> Vec<Alternative> {
    let (
        Some(kb),
        Some(write_bytes),
        Some(read_bytes),
        Some(records),
        Some(faq_write),
        Some(faq_read),
    ) = (
        book.peek(fact::KB_BYTES),
        book.peek(fact::SHARD_WRITE_BYTES_PER_SECOND),
        book.peek(fact::SHARD_READ_BYTES_PER_SECOND),
        book.peek(fact::SHARD_WRITE_RECORDS_PER_SECOND),
        book.peek(fact::FAQ_WRITE_DIVISOR_KB),
        book.peek(fact::FAQ_READ_DIVISOR_KB),
    )
    else {
        return Vec::new();
    };
    let guide = Constants {
        kb_bytes: kb,
        write_divisor_kb: write_bytes / kb,
        read_divisor_kb: read_bytes / kb,
        records_per_shard: records,
    };
    let faq_constants = Constants {
        kb_bytes: Decimal::from(1000),
        write_divisor_kb: faq_write,
        read_divisor_kb: faq_read,
        records_per_shard: records,
    };
    let efo_choices: &[bool] = if request.efo_consumers > 0 {
        &[false, true]
    } else {
        &[false]
    };
    let mut out = Vec::new();
    for faq in [false, true] {
        for no_records_limit in [false, true] {
            for &efo_shared in efo_choices {
                let reading = Reading {
                    faq,
                    no_records_limit,
                    efo_shared,
                };
                if reading == MAIN {
                    continue;
                }
                let k = if faq { &faq_constants } else { &guide };
                let Ok(outcome) = evaluate(request, shared, reading, k, None) else {
                    continue;
                };
                let mut parts = Vec::new();
                if faq {
                    parts.push(format!(
                        "the Kinesis FAQ formula (KB as 1,000 bytes, ÷ {} and ÷ {})",
                        group(faq_write),
                        group(faq_read)
                    ));
                }
                if no_records_limit {
                    parts.push(format!(
                        "the {} records/s per-shard write limit left out, as in AWS's published \
                         formula",
                        group(records)
                    ));
                }
                if efo_shared {
                    parts.push(
                        "enhanced fan-out consumers counted as sharing the shard's read bandwidth"
                            .to_string(),
                    );
                }
                let distance = parts.len();
                if outcome.shards != main_answer || distance == 1 {
                    out.push(Alternative {
                        value: outcome.shards,
                        reading: parts.join(" with "),
                        distance,
                    });
                }
            }
        }
    }
    out
}

/// `1 shard`, `5 shards`: a count with its noun.
fn count(n: Decimal, singular: &str, plural: &str) -> String {
    if n == Decimal::ONE {
        format!("1 {singular}")
    } else {
        format!("{} {plural}", group(n))
    }
}

/// `2 KB`, `4.5 MB`, `512 bytes`: the size in the words the user chose.
fn size_words(size: &Size, default: SizeUnit) -> String {
    format!("{} {}", group(size.value()), size.unit_or(default).symbol())
}

/// `awscalc kinesis --shards N`: what a stream of N open shards can take and serve.
///
/// # Errors
/// A parallelization factor outside Lambda's range, or numbers too large to compute.
pub fn capacity(request: &CapacityRequest, book: &mut FactBook) -> Result<Report, Error> {
    let mut report = Report::new("kinesis", book.as_of());
    let shards = Decimal::from(request.shards);
    report.input(
        "shards",
        &request.shards.to_string(),
        format!("{} open shards", group(shards)),
        Value::from(shards),
    );
    let kb = book.value(fact::KB_BYTES)?;
    let write = book.value(fact::SHARD_WRITE_BYTES_PER_SECOND)?;
    let records = book.value(fact::SHARD_WRITE_RECORDS_PER_SECOND)?;
    let read = book.value(fact::SHARD_READ_BYTES_PER_SECOND)?;
    let mut trace = Some(&mut report);
    let write_kib = step!(
        trace,
        "write bandwidth: shards × KiB/s per shard",
        format!("{} × {}", group(shards), group(write / kb)),
        shards.checked_mul(write / kb).ok_or(Error::Overflow)?,
        "KiB/s",
    );
    let write_records = step!(
        trace,
        "write records: shards × records/s per shard",
        format!("{} × {}", group(shards), group(records)),
        shards.checked_mul(records).ok_or(Error::Overflow)?,
        "records/s",
    );
    let read_kib = step!(
        trace,
        "read bandwidth shared by standard consumers: shards × KiB/s per shard",
        format!("{} × {}", group(shards), group(read / kb)),
        shards.checked_mul(read / kb).ok_or(Error::Overflow)?,
        "KiB/s",
    );
    report.field("shards", Value::from(shards), "shards");
    report.field("write_kib_per_second", Value::from(write_kib), "KiB/s");
    report.field(
        "write_records_per_second",
        Value::from(write_records),
        "records/s",
    );
    report.field("read_kib_per_second", Value::from(read_kib), "KiB/s");
    consumers_of(shards, request.parallelization, &mut report, book)?;
    let factor = request.parallelization.is_some();
    report.answer.push(
        if factor {
            "max_lambda_invocations"
        } else {
            "max_kcl_workers"
        }
        .into(),
    );
    let invocations = report
        .get("max_lambda_invocations")
        .map_or_else(String::new, |f| f.value.display());
    report.headline = if factor {
        format!("{invocations} concurrent Lambda invocations")
    } else {
        format!("{} KCL workers", group(shards))
    };
    report.summary = format!(
        "what {} open shards take and serve: at most {} KCL workers and {invocations} concurrent \
         Lambda invocations",
        group(shards),
        group(shards)
    );
    quota_note(shards, &mut report, book)?;
    report.attach_facts(book);
    Ok(report)
}

/// `awscalc kinesis --shards N --to M`: the UpdateShardCount calls from N to M open shards,
/// each at most doubling or halving, with the time the daily call limit imposes.
///
/// # Errors
/// A shard count above UpdateShardCount's default maximum, a parallelization factor outside
/// Lambda's range, or numbers too large to compute.
#[allow(clippy::too_many_lines)] // one derivation, read top to bottom
pub fn reshard(request: &ReshardRequest, book: &mut FactBook) -> Result<Report, Error> {
    let mut report = Report::new("kinesis", book.as_of());
    let max_shards = book.value(fact::UPDATE_SHARD_COUNT_MAX_SHARDS)?;
    let up = book.value(fact::UPDATE_SHARD_COUNT_MAX_FACTOR)?;
    let down = book.value(fact::UPDATE_SHARD_COUNT_MIN_FACTOR)?;
    let per_day = book.value(fact::UPDATE_SHARD_COUNT_CALLS_PER_DAY)?;
    let from = Decimal::from(request.from);
    let to = Decimal::from(request.to);
    for (flag, n) in [("--shards", from), ("--to", to)] {
        if n > max_shards {
            return Err(Error::AwsLimit {
                message: format!(
                    "{flag} `{}` is above the {} shards UpdateShardCount scales a stream to by \
                     default: request a limit increase, or use more streams",
                    n,
                    group(max_shards)
                ),
            });
        }
    }
    report.input(
        "shards",
        &request.from.to_string(),
        format!("{} open shards now", group(from)),
        Value::from(from),
    );
    report.input(
        "to",
        &request.to.to_string(),
        format!("{} open shards wanted", group(to)),
        Value::from(to),
    );
    let lowest = ceil_div(from.checked_mul(down).ok_or(Error::Overflow)?, Decimal::ONE)?;
    let highest = from.checked_mul(up).ok_or(Error::Overflow)?.min(max_shards);
    let mut sequence = Vec::new();
    let mut current = from;
    let (mut splits, mut merges) = (Decimal::ZERO, Decimal::ZERO);
    while current != to {
        let next = if to > current {
            to.min(current.checked_mul(up).ok_or(Error::Overflow)?)
        } else {
            to.max(ceil_div(current * down, Decimal::ONE)?)
        };
        let formula = if to > current {
            format!("min({}, {} × {})", group(to), group(current), group(up))
        } else {
            format!(
                "max({}, ceil({} × {}))",
                group(to),
                group(current),
                group(down)
            )
        };
        report.step(
            format!(
                "call {}: UpdateShardCount {} → {}",
                sequence.len() + 1,
                group(current),
                group(next)
            ),
            formula,
            next,
            "shards",
        );
        if next > current {
            splits += next - current;
        } else {
            merges += current - next;
        }
        sequence.push(next);
        current = next;
    }
    let calls = Decimal::from(sequence.len());
    let windows = if calls.is_zero() {
        Decimal::ZERO
    } else {
        report.step(
            "24-hour windows at the daily call limit",
            format!("ceil({} / {})", group(calls), group(per_day)),
            ceil_div(calls, per_day)?,
            "windows",
        )
    };
    let wait_hours = if calls.is_zero() {
        Decimal::ZERO
    } else {
        report.step(
            "hours before the last call can start",
            format!("floor(({} − 1) / {}) × 24", group(calls), group(per_day)),
            floor_div(calls - Decimal::ONE, per_day)? * Decimal::from(24),
            "hours",
        )
    };
    report.headline = match sequence.len() {
        0 => "0 UpdateShardCount calls".to_string(),
        1 => "1 UpdateShardCount call".to_string(),
        n => format!("{n} UpdateShardCount calls"),
    };
    let path: Vec<String> = std::iter::once(from)
        .chain(sequence.iter().copied())
        .map(group)
        .collect();
    report.summary = format!("resharding {}", path.join(" → "));
    report.field("calls", Value::from(calls), "calls");
    report.answer.push("calls".into());
    report.field(
        "sequence",
        Value::List(sequence.iter().map(|&n| Value::from(n)).collect()),
        "",
    );
    report.field("min_in_one_call", Value::from(lowest), "shards");
    report.field("max_in_one_call", Value::from(highest), "shards");
    report.field("splits", Value::from(splits), "splits");
    report.field("merges", Value::from(merges), "merges");
    report.field("windows_24h", Value::from(windows), "windows");
    report.field("hours_before_last_call", Value::from(wait_hours), "hours");
    report.note(format!(
        "one UpdateShardCount call can set {} to {} shards from {} (at most ×{}, at least ×{}), \
         and a stream takes at most {} calls per rolling 24 hours",
        group(lowest),
        group(highest),
        group(from),
        group(up),
        group(down),
        group(per_day)
    ));
    if sequence.is_empty() {
        report.note("the stream already has the shards wanted: no call is needed");
    } else {
        report.note(format!(
            "each call splits or merges shards pairwise: at least {} splits and {} merges in all; \
             the short-lived shards count towards the account's shard quota while they exist",
            group(splits),
            group(merges)
        ));
    }
    consumers_of(to, request.parallelization, &mut report, book)?;
    quota_note(from.max(to), &mut report, book)?;
    report.attach_facts(book);
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::testing::{book, num};
    use crate::facts::Registry;
    use jiff::civil::date;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    fn records(size: &str, rate: &str) -> StreamRequest {
        StreamRequest {
            workload: Workload::Records {
                size: size.parse().unwrap(),
                rate: rate.parse().unwrap(),
            },
            shared_consumers: None,
            efo_consumers: 0,
            advantage: false,
            parallelization: None,
            max_record_size: None,
            partition_key: None,
            retention: None,
        }
    }

    fn throughput(write: &str, rate: &str) -> StreamRequest {
        StreamRequest {
            workload: Workload::Throughput {
                write: write.parse().unwrap(),
                records: rate.parse().unwrap(),
            },
            ..records("1kb", "1")
        }
    }

    /// The issue's example: 4.5 MB/s with 4,600 records/s. Bandwidth: 4.5 MiB = 4,608 KiB,
    /// ceil(4,608 / 1,024) = 5; records: ceil(4,600 / 1,000) = 5; one shared consumer:
    /// ceil(4,608 / 2,048) = 3. Answer max(5, 5, 3) = 5.
    #[test]
    fn four_and_a_half_mb_per_second_in_4600_records_needs_5_shards() {
        let r = shards(&throughput("4.5mb/s", "4600/s"), &mut book()).unwrap();
        assert_eq!(num(&r, "shards"), d("5"));
        assert_eq!(num(&r, "shards_for_write_bandwidth"), d("5"));
        assert_eq!(num(&r, "shards_for_write_records"), d("5"));
        assert_eq!(num(&r, "shards_for_read"), d("3"));
        assert_eq!(num(&r, "write_kib_per_second"), d("4608"));
    }

    /// 2 KB records at 5,000/s read by 2 standard consumers: 2 × 5,000 = 10,000 KiB/s →
    /// ceil(10,000 / 1,024) = 10; records ceil(5,000 / 1,000) = 5; reads 20,000 KiB/s →
    /// ceil(20,000 / 2,048) = 10.
    #[test]
    fn record_form_shows_each_constraint() {
        let mut request = records("2kb", "5000/s");
        request.shared_consumers = Some(2);
        let r = shards(&request, &mut book()).unwrap();
        assert_eq!(num(&r, "shards"), d("10"));
        assert_eq!(num(&r, "shards_for_write_bandwidth"), d("10"));
        assert_eq!(num(&r, "shards_for_write_records"), d("5"));
        assert_eq!(num(&r, "shards_for_read"), d("10"));
        assert_eq!(num(&r, "record_kib"), d("2"));
        // 5 consumers: 50,000 KiB/s → ceil(50,000 / 2,048) = ceil(24.41) = 25.
        request.shared_consumers = Some(5);
        let r = shards(&request, &mut book()).unwrap();
        assert_eq!(num(&r, "shards"), d("25"));
    }

    /// AWS rounds the average record size up to the nearest 1 KB: 1,500 bytes is 2 KiB.
    #[test]
    fn record_size_rounds_up_to_a_whole_kb() {
        let r = shards(&records("1500b", "1024"), &mut book()).unwrap();
        assert_eq!(num(&r, "record_kib"), d("2"));
        // 2 KiB × 1,024 = 2,048 KiB/s → 2 shards.
        assert_eq!(num(&r, "shards_for_write_bandwidth"), d("2"));
    }

    /// 1 KB records at 10,200/s: bandwidth ceil(10,200 / 1,024) = ceil(9.96) = 10, records
    /// ceil(10.2) = 11: the records limit decides, and AWS's formula alone gives 10.
    #[test]
    fn the_records_limit_can_decide() {
        let r = shards(&records("1kb", "10200/s"), &mut book()).unwrap();
        assert_eq!(num(&r, "shards"), d("11"));
        let e = r.check("10").unwrap();
        assert!(!e.matches);
        assert!(
            e.hints[0].contains("records/s per-shard write limit left out"),
            "{:?}",
            e.hints
        );
    }

    /// 5 KB at 2,020/s: 10,100 KiB/s → ceil(9.86) = 10 shards; the FAQ reads 5 KB as
    /// 5,000 bytes = 5 KB and 10,100 KB / 1,000 → ceil(10.1) = 11.
    #[test]
    fn the_faq_formula_is_named_when_it_differs() {
        let r = shards(&records("5kb", "2020"), &mut book()).unwrap();
        assert_eq!(num(&r, "shards"), d("10"));
        assert!(
            r.notes.iter().any(|n| n.text.contains("gives 11 shards")),
            "{:?}",
            r.notes
        );
        let e = r.check("11").unwrap();
        assert!(e.hints[0].contains("Kinesis FAQ formula"), "{:?}", e.hints);
    }

    /// Enhanced fan-out consumers add no read constraint: 1 KB × 1,000/s with 3 EFO consumers
    /// is 1 shard; counted as shared, 3 × 1,000 = 3,000 KiB/s → ceil(1.46) = 2.
    #[test]
    fn efo_consumers_do_not_share() {
        let mut request = records("1kb", "1000");
        request.efo_consumers = 3;
        let r = shards(&request, &mut book()).unwrap();
        assert_eq!(num(&r, "shards"), d("1"));
        assert_eq!(num(&r, "shards_for_read"), d("0"));
        let e = r.check("2").unwrap();
        assert!(
            e.hints[0].contains("enhanced fan-out consumers counted"),
            "{:?}",
            e.hints
        );
    }

    #[test]
    fn efo_consumers_are_capped_per_stream() {
        let mut request = records("1kb", "1000");
        request.efo_consumers = 21;
        let err = shards(&request, &mut book()).unwrap_err().to_string();
        assert!(
            err.contains("at most 20") && err.contains("allows 50"),
            "{err}"
        );
        request.advantage = true;
        assert!(shards(&request, &mut book()).is_ok());
        request.efo_consumers = 51;
        let err = shards(&request, &mut book()).unwrap_err().to_string();
        assert!(err.contains("at most 50"), "{err}");
        // On-demand Advantage did not exist in 2024: it came on or before 2025-11-05.
        request.efo_consumers = 2;
        let mut old = FactBook::new(Registry::builtin(), date(2024, 1, 1));
        let err = shards(&request, &mut old).unwrap_err().to_string();
        assert!(
            err.contains("2025-11-05") && err.contains("the day is not known"),
            "{err}"
        );
        // From its launch to the raise (on or before 2025-11-20) it took 20, like any stream.
        request.efo_consumers = 21;
        let mut launch = FactBook::new(Registry::builtin(), date(2025, 11, 19));
        let err = shards(&request, &mut launch).unwrap_err().to_string();
        assert!(err.contains("at most 20 with On-demand Advantage"), "{err}");
        let mut raised = FactBook::new(Registry::builtin(), date(2025, 11, 20));
        assert!(shards(&request, &mut raised).is_ok());
        // 50 holds only in some Regions: the error and the report say so.
        request.efo_consumers = 51;
        let err = shards(&request, &mut book()).unwrap_err().to_string();
        assert!(
            err.contains("(in the Regions that offer 50; 20 elsewhere)"),
            "{err}"
        );
        request.efo_consumers = 30;
        let report = shards(&request, &mut book()).unwrap();
        assert!(
            report
                .notes
                .iter()
                .any(|n| n.text.contains("only in the Regions AWS lists for it")),
            "{:?}",
            report.notes
        );
    }

    /// AWS Lambda guide: parallelization factor 2 on 100 shards → 200 concurrent invocations.
    #[test]
    fn lambda_guide_100_shards_with_factor_2_give_200_invocations() {
        let r = capacity(
            &CapacityRequest {
                shards: 100,
                parallelization: Some(2),
            },
            &mut book(),
        )
        .unwrap();
        assert_eq!(num(&r, "max_lambda_invocations"), d("200"));
        assert_eq!(r.primary().unwrap().name, "max_lambda_invocations");
    }

    /// Study notes A7 (002:358): a stream grows from 4 to 6 shards: at most 6 KCL workers.
    #[test]
    fn study_notes_a7_4_to_6_shards_gives_6_kcl_workers() {
        let r = reshard(
            &ReshardRequest {
                from: 4,
                to: 6,
                parallelization: None,
            },
            &mut book(),
        )
        .unwrap();
        assert_eq!(num(&r, "max_kcl_workers"), d("6"));
        assert_eq!(num(&r, "calls"), d("1"));
    }

    /// 10 → 25: 10 × 2 = 20, then 25 (≤ 40): 2 calls, 15 splits.
    /// 100 → 10: 50, 25, 13, 10: 4 calls, 90 merges.
    #[test]
    fn resharding_doubles_or_halves_per_call() {
        let r = reshard(
            &ReshardRequest {
                from: 10,
                to: 25,
                parallelization: None,
            },
            &mut book(),
        )
        .unwrap();
        assert_eq!(num(&r, "calls"), d("2"));
        assert_eq!(num(&r, "splits"), d("15"));
        assert_eq!(num(&r, "min_in_one_call"), d("5"));
        assert_eq!(num(&r, "max_in_one_call"), d("20"));
        let r = reshard(
            &ReshardRequest {
                from: 100,
                to: 10,
                parallelization: None,
            },
            &mut book(),
        )
        .unwrap();
        assert_eq!(num(&r, "calls"), d("4"));
        assert_eq!(num(&r, "merges"), d("90"));
        assert_eq!(
            r.get("sequence").unwrap().value,
            Value::List(vec![
                Value::number(50u32),
                Value::number(25u32),
                Value::number(13u32),
                Value::number(10u32)
            ])
        );
    }

    /// 1 → 10,000 shards: 2^13 = 8,192 < 10,000 ≤ 2^14, so 14 calls: two 24-hour windows at
    /// 10 calls a day, the last call 24 hours after the first.
    #[test]
    fn many_calls_wait_for_the_daily_limit() {
        let r = reshard(
            &ReshardRequest {
                from: 1,
                to: 10_000,
                parallelization: None,
            },
            &mut book(),
        )
        .unwrap();
        assert_eq!(num(&r, "calls"), d("14"));
        assert_eq!(num(&r, "windows_24h"), d("2"));
        assert_eq!(num(&r, "hours_before_last_call"), d("24"));
    }

    #[test]
    fn record_size_above_the_maximum_names_both() {
        let err = shards(&records("2mb", "1"), &mut book())
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("`2mb`") && err.contains("2,097,152") && err.contains("1,048,576"),
            "{err}"
        );
        let mut request = records("2mb", "1");
        request.max_record_size = Some("10mb".parse().unwrap());
        assert!(shards(&request, &mut book()).is_ok());
        let mut old = FactBook::new(Registry::builtin(), date(2025, 10, 26));
        let err = shards(&request, &mut old).unwrap_err().to_string();
        assert!(err.contains("2025-10-27"), "{err}");
    }

    #[test]
    fn retention_and_partition_key_limits() {
        let mut request = records("1kb", "1");
        request.retention = Some("366d".parse().unwrap());
        let err = shards(&request, &mut book()).unwrap_err().to_string();
        assert!(
            err.contains("8,784 hours") && err.contains("24 to 8,760"),
            "{err}"
        );
        request.retention = Some("365d".parse().unwrap());
        assert!(shards(&request, &mut book()).is_ok());
        // Before long-term retention (2020-11-09) the most was 168 hours.
        let mut old = FactBook::new(Registry::builtin(), date(2020, 1, 1));
        assert!(shards(&request, &mut old).is_err());
        request.retention = None;
        request.partition_key = Some("k".repeat(257));
        let err = shards(&request, &mut book()).unwrap_err().to_string();
        assert!(
            err.contains("257 characters") && err.contains("at most 256"),
            "{err}"
        );
        request.partition_key = Some("é".repeat(256));
        assert!(
            shards(&request, &mut book()).is_ok(),
            "256 Unicode characters"
        );
    }

    /// 1,000,000,000,000 MB/s in 0.000001 records per day: an average record of about
    /// 9 × 10^28 bytes, beyond exact decimals: an error, not a panic.
    #[test]
    fn an_absurd_average_record_is_an_error_not_a_panic() {
        let request = throughput("1000000000000mb/s", "0.000001/day");
        assert!(shards(&request, &mut book()).is_err());
    }

    #[test]
    fn throughput_and_retention_grammar() {
        let t: Throughput = "60 GB per hour".parse().unwrap();
        assert_eq!(t.per_seconds(), 3600);
        assert!("4.5mb/fortnight".parse::<Throughput>().is_err());
        assert!("/s".parse::<Throughput>().is_err());
        assert_eq!("7d".parse::<Retention>().unwrap().hours(), d("168"));
        assert_eq!("48".parse::<Retention>().unwrap().hours(), d("48"));
        assert!("1.5h".parse::<Retention>().is_err());
        assert!("3 weeks".parse::<Retention>().is_err());
    }
}
