//! Provisioned sizing: the shards a workload needs, each constraint as a step, and the
//! other readings of the question `--expect` compares against.

use rust_decimal::Decimal;
use serde::Serialize;

use super::{consumers_of, fact, limits, quota, Consumers, ShardQuota, StreamRequest, Workload};
use crate::error::Error;
use crate::facts::FactBook;
use crate::steps::{Expr, Rounding, Step, Unit};
use crate::units::{KbConvention, SizeUnit};

/// What each step of a shard derivation computes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum ShardStep {
    /// The average record size rounded up to whole KiB.
    RoundRecord,
    /// Write bandwidth in KiB/s: record size × records per second.
    WriteFromRecords,
    /// Write bandwidth in KiB/s: the throughput's bytes over KiB.
    WriteFromThroughput,
    /// Shards for the write bandwidth.
    ForWrite {
        /// KiB/s one shard accepts.
        per_shard_kib: Decimal,
    },
    /// Shards for the records written.
    ForRecords {
        /// Records per second one shard accepts.
        per_shard: Decimal,
    },
    /// No standard consumers: no read constraint.
    NoSharedReads,
    /// Read bandwidth in KiB/s: write bandwidth × standard consumers.
    Read,
    /// Shards for the shared reads.
    ForRead {
        /// KiB/s one shard serves its standard consumers.
        per_shard_kib: Decimal,
    },
    /// The largest constraint: the answer.
    Largest,
}

/// The constraint that decides the shard count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Constraint {
    /// Write bandwidth (1 MiB/s per shard).
    WriteBandwidth,
    /// Records written (1,000 per second per shard).
    WriteRecords,
    /// Read bandwidth shared by standard consumers (2 MiB/s per shard).
    SharedReads,
}

/// Something about the answer worth saying.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "finding", rename_all = "snake_case")]
pub enum Finding {
    /// Retention above the default, which is charged extra.
    ExtendedRetention {
        /// The default (and shortest) retention in hours.
        default_hours: Decimal,
    },
    /// With On-demand Advantage, more enhanced fan-out consumers than other streams take:
    /// the higher cap holds only in the Regions AWS lists for it (enhanced-consumers.html).
    AdvantageRegions {
        /// The cap with Advantage.
        advantage: Decimal,
        /// The cap elsewhere.
        standard: Decimal,
    },
    /// The records limit decides, which AWS's published formula leaves out.
    RecordsLimitDecides {
        /// Records per second one shard accepts.
        per_shard: Decimal,
        /// The shards without the records limit.
        without: Decimal,
    },
    /// Enhanced fan-out consumers have their own read bandwidth: no read constraint.
    EnhancedFanOut {
        /// The consumers.
        consumers: u32,
        /// Bytes per second each gets per shard.
        bytes_per_second: Decimal,
    },
}

/// The shards a workload needs: `awscalc kinesis --size … --rate …`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Shards {
    /// Provisioned shards: the largest constraint.
    pub shards: Decimal,
    /// Shards for the write bandwidth.
    pub for_write: Decimal,
    /// Shards for the records written.
    pub for_records: Decimal,
    /// Shards for the shared reads.
    pub for_read: Decimal,
    /// The constraint that decides.
    pub binding: Constraint,
    /// The average record in whole KiB, for a workload of records.
    pub record_kib: Option<Decimal>,
    /// Write bandwidth, KiB/s (to 6 decimal places).
    pub write_kib_per_second: Decimal,
    /// Shared read bandwidth, KiB/s (to 6 decimal places).
    pub read_kib_per_second: Decimal,
    /// Standard consumers sharing each shard's read bandwidth.
    pub shared_consumers: u32,
    /// Enhanced fan-out consumers.
    pub efo_consumers: u32,
    /// KCL workers and Lambda invocations.
    pub consumers: Consumers,
    /// What else to say, in the order worth saying it.
    pub findings: Vec<Finding>,
    /// A default per-account shard quota exceeded.
    pub quota: Option<ShardQuota>,
    /// The derivation.
    pub steps: Vec<Step<ShardStep>>,
}

/// One way of reading the question: AWS's developer guide plus the shard limits, or a
/// common other reading.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Reading {
    /// The Kinesis FAQ's formula: KB as 1,000 bytes, ÷ 1,000 and ÷ 2,000.
    pub faq: bool,
    /// Leave out the 1,000 records/s per-shard limit, as AWS's published formula does.
    pub no_records_limit: bool,
    /// Count enhanced fan-out consumers as sharing the 2 MiB/s read.
    pub efo_shared: bool,
}

impl Reading {
    /// The developer guide with the shard limits: awscalc's answer.
    pub const MAIN: Reading = Reading {
        faq: false,
        no_records_limit: false,
        efo_shared: false,
    };

    /// In how many assumptions this reading differs from [`Reading::MAIN`].
    #[must_use]
    pub fn distance(self) -> usize {
        usize::from(self.faq) + usize::from(self.no_records_limit) + usize::from(self.efo_shared)
    }
}

/// The answer under another reading of the question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ReadingAnswer {
    /// The reading.
    pub reading: Reading,
    /// Its shards.
    pub value: Decimal,
}

/// The constants a reading needs, from the facts registry.
#[derive(Debug, Clone, Copy)]
pub(super) struct Constants {
    pub(super) kb_bytes: Decimal,
    pub(super) write_divisor_kb: Decimal,
    pub(super) read_divisor_kb: Decimal,
    pub(super) records_per_shard: Decimal,
}

impl Constants {
    /// The developer guide's constants, read (and recorded) from the book.
    pub(super) fn of(book: &mut FactBook) -> Result<Constants, Error> {
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
#[derive(Debug, Clone)]
pub(super) struct Outcome {
    pub(super) record_kb: Option<Decimal>,
    pub(super) write_kb_per_second: Decimal,
    pub(super) read_kb_per_second: Decimal,
    pub(super) for_write: Decimal,
    pub(super) for_records: Decimal,
    pub(super) for_read: Decimal,
    pub(super) shards: Decimal,
    /// KB written per `span` seconds, and records per `records_span` seconds, exactly.
    pub(super) write_kb: Decimal,
    pub(super) span: u32,
    pub(super) records: Decimal,
    pub(super) records_span: u32,
    /// The write bandwidth step, for later formulas that use its result.
    pub(super) write: Step<ShardStep>,
    pub(super) steps: Vec<Step<ShardStep>>,
}

/// `awscalc kinesis --size … --rate …` or `--throughput … --rate …`: the provisioned
/// shards a workload needs, each constraint with its arithmetic, and what the answer means
/// for KCL and Lambda consumers.
///
/// ```
/// use awscalc::calc::kinesis::{shards, StreamRequest, Workload};
/// use awscalc::facts::{FactBook, Registry};
///
/// // 4.5 MB/s in 4,600 records/s: 4,608 KiB/s → ceil(4,608 / 1,024) = 5 shards for the
/// // writes, ceil(4,600 / 1,000) = 5 for the records, ceil(4,608 / 2,048) = 3 for one
/// // standard consumer's reads: 5 shards.
/// let request = StreamRequest {
///     workload: Workload::Throughput {
///         write: "4.5mb/s".parse().unwrap(),
///         records: "4600/s".parse().unwrap(),
///     },
///     shared_consumers: None,
///     efo_consumers: 0,
///     advantage: false,
///     parallelization: None,
///     max_record_size: None,
///     partition_key: None,
///     retention: None,
/// };
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 11, 30));
/// let answer = shards(&request, &mut book).unwrap();
/// assert_eq!(answer.shards, 5.into());
/// assert_eq!(answer.for_read, 3.into());
///
/// // 21 enhanced fan-out consumers are more than a stream takes (20): refused.
/// let crowded = StreamRequest { efo_consumers: 21, ..request };
/// assert!(shards(&crowded, &mut book).is_err());
/// ```
///
/// # Errors
/// Inputs over a Kinesis limit in force on the book's date (record size, partition key,
/// retention, enhanced fan-out consumers, parallelization factor), features that did not
/// exist on that date, or numbers too large to compute.
pub fn shards(request: &StreamRequest, book: &mut FactBook) -> Result<Shards, Error> {
    limits::check(request, book)?;
    let shared = request.shared();
    let constants = Constants::of(book)?;
    let mut findings = input_findings(request, book);
    let outcome = evaluate(request, shared, Reading::MAIN, &constants, true)?;
    let shards = outcome.shards;
    let binding = if outcome.for_write == shards {
        Constraint::WriteBandwidth
    } else if outcome.for_records == shards {
        Constraint::WriteRecords
    } else {
        Constraint::SharedReads
    };
    if outcome.for_records == shards
        && outcome.for_records > outcome.for_write.max(outcome.for_read)
    {
        findings.push(Finding::RecordsLimitDecides {
            per_shard: book.value(fact::SHARD_WRITE_RECORDS_PER_SECOND)?,
            without: outcome.for_write.max(outcome.for_read),
        });
    }
    if request.efo_consumers > 0 {
        findings.push(Finding::EnhancedFanOut {
            consumers: request.efo_consumers,
            bytes_per_second: book.value(fact::EFO_READ_BYTES_PER_SECOND)?,
        });
    }
    let consumers = consumers_of(shards, request.parallelization, book)?;
    let quota = quota(shards, book)?;
    Ok(Shards {
        shards,
        for_write: outcome.for_write,
        for_records: outcome.for_records,
        for_read: outcome.for_read,
        binding,
        record_kib: outcome.record_kb,
        write_kib_per_second: outcome.write_kb_per_second,
        read_kib_per_second: outcome.read_kb_per_second,
        shared_consumers: shared,
        efo_consumers: request.efo_consumers,
        consumers,
        findings,
        quota,
        steps: outcome.steps,
    })
}

/// What the inputs alone call for saying: extended retention, Advantage's Regions.
pub(super) fn input_findings(request: &StreamRequest, book: &FactBook) -> Vec<Finding> {
    let mut findings = Vec::new();
    if let Some(retention) = &request.retention {
        if let Some(min) = book.peek(fact::RETENTION_MIN_HOURS) {
            if retention.hours() > min {
                findings.push(Finding::ExtendedRetention { default_hours: min });
            }
        }
    }
    findings.extend(advantage_regions(request, book));
    findings
}

/// With On-demand Advantage and more enhanced fan-out consumers than other streams take:
/// the higher cap holds only in the Regions AWS lists for it (enhanced-consumers.html,
/// "Regions supported for up to 50 enhanced fan-out consumers (On-demand Advantage only)").
fn advantage_regions(request: &StreamRequest, book: &FactBook) -> Option<Finding> {
    let advantage = book.peek(fact::EFO_CONSUMERS_PER_STREAM_ADVANTAGE)?;
    let standard = book.peek(fact::EFO_CONSUMERS_PER_STREAM)?;
    (request.advantage && Decimal::from(request.efo_consumers) > standard && advantage > standard)
        .then_some(Finding::AdvantageRegions {
            advantage,
            standard,
        })
}

/// The answers of [`shards`] under every other reading that differs in one to three
/// assumptions (the FAQ's formula, no records limit, enhanced fan-out counted as shared),
/// for `--expect` and `check`. A reading is kept when its answer differs from
/// `main_answer`, or when it differs in one assumption only. Readings that cannot be
/// computed are left out; the facts they read are not recorded as used.
#[must_use]
pub fn readings(
    request: &StreamRequest,
    main_answer: Decimal,
    book: &FactBook,
) -> Vec<ReadingAnswer> {
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
    let shared = request.shared();
    let mut out = Vec::new();
    for faq in [false, true] {
        for no_records_limit in [false, true] {
            for &efo_shared in efo_choices {
                let reading = Reading {
                    faq,
                    no_records_limit,
                    efo_shared,
                };
                if reading == Reading::MAIN {
                    continue;
                }
                let k = if faq { &faq_constants } else { &guide };
                let Ok(outcome) = evaluate(request, shared, reading, k, false) else {
                    continue;
                };
                if outcome.shards != main_answer || reading.distance() == 1 {
                    out.push(ReadingAnswer {
                        reading,
                        value: outcome.shards,
                    });
                }
            }
        }
    }
    out
}

/// Where a derivation's steps go: kept for the answer, dropped for other readings.
struct Trace(Option<Vec<Step<ShardStep>>>);

impl Trace {
    fn record(
        &mut self,
        what: ShardStep,
        formula: Expr,
        rounding: Rounding,
    ) -> Result<Step<ShardStep>, Error> {
        let step = Step::rounded(what, formula, rounding)?;
        if let Some(steps) = &mut self.0 {
            steps.push(step.clone());
        }
        Ok(step)
    }
}

/// A count per `seconds` seconds as a formula: `count`, or `count / 60 s`.
fn per_span(count: Expr, seconds: u32) -> Expr {
    if seconds == 1 {
        count
    } else {
        count.over(Expr::quantity(
            "seconds",
            Decimal::from(seconds),
            Unit::Seconds,
        ))
    }
}

/// The shard count under one reading; with `keep`, the steps too.
#[allow(clippy::too_many_lines)] // one derivation, read top to bottom
pub(super) fn evaluate(
    request: &StreamRequest,
    shared: u32,
    reading: Reading,
    k: &Constants,
    keep: bool,
) -> Result<Outcome, Error> {
    let mut trace = Trace(keep.then(Vec::new));
    let convention = if reading.faq {
        KbConvention::Decimal
    } else {
        KbConvention::Binary
    };
    let kb_q = || Expr::quantity("kb_bytes", k.kb_bytes, Unit::Bytes);
    let mut record_kb = None;
    // Write bandwidth as a count of KB per `span` seconds, and the records the same way.
    let (write, write_kb, span, records, records_span) = match &request.workload {
        Workload::Records { size, rate } => {
            let bytes = size.bytes(SizeUnit::Kilo, convention)?;
            let kb = trace
                .record(
                    ShardStep::RoundRecord,
                    Expr::quantity("record_bytes", bytes, Unit::Bytes)
                        .over(kb_q())
                        .ceil(),
                    Rounding::Exact,
                )?
                .value;
            record_kb = Some(kb);
            let write_kb = kb.checked_mul(rate.count()).ok_or(Error::Overflow)?;
            let write = trace.record(
                ShardStep::WriteFromRecords,
                per_span(
                    Expr::quantity("record_kb", kb, Unit::Count).times(Expr::quantity(
                        "records",
                        rate.count(),
                        Unit::Count,
                    )),
                    rate.per_seconds(),
                ),
                Rounding::Nearest6,
            )?;
            (
                write,
                write_kb,
                rate.per_seconds(),
                rate.count(),
                rate.per_seconds(),
            )
        }
        Workload::Throughput { write, records } => {
            let bytes = write.size().bytes(SizeUnit::Mega, convention)?;
            let write_kb = bytes.checked_div(k.kb_bytes).ok_or(Error::Overflow)?;
            let step = trace.record(
                ShardStep::WriteFromThroughput,
                per_span(
                    Expr::quantity("write_bytes", bytes, Unit::Bytes)
                        .with_unit()
                        .over(kb_q()),
                    write.per_seconds(),
                ),
                Rounding::Nearest6,
            )?;
            (
                step,
                write_kb,
                write.per_seconds(),
                records.count(),
                records.per_seconds(),
            )
        }
    };
    let write_per_second = write.value;
    let for_write = trace
        .record(
            ShardStep::ForWrite {
                per_shard_kib: k.write_divisor_kb,
            },
            Expr::earlier("write_kb_per_second", &write)
                .over(Expr::quantity(
                    "shard_write_kb",
                    k.write_divisor_kb,
                    Unit::Count,
                ))
                .ceil(),
            Rounding::Exact,
        )?
        .value;
    let for_records = if reading.no_records_limit {
        Decimal::ZERO
    } else {
        let rate = Expr::shown(
            "records_per_second",
            Expr::quantity("records", records, Unit::Count).over(Expr::quantity(
                "seconds",
                Decimal::from(records_span),
                Unit::Seconds,
            )),
            Rounding::Nearest6,
        );
        trace
            .record(
                ShardStep::ForRecords {
                    per_shard: k.records_per_shard,
                },
                rate.over(Expr::quantity(
                    "shard_records",
                    k.records_per_shard,
                    Unit::PerSecond,
                ))
                .ceil(),
                Rounding::Exact,
            )?
            .value
    };
    let readers = if reading.efo_shared {
        shared
            .checked_add(request.efo_consumers)
            .ok_or(Error::Overflow)?
    } else {
        shared
    };
    let (for_read, read_per_second) = if readers == 0 {
        let none = trace.record(
            ShardStep::NoSharedReads,
            Expr::quantity("consumers", Decimal::ZERO, Unit::Consumers).with_unit(),
            Rounding::Exact,
        )?;
        (none.value, Decimal::ZERO)
    } else {
        let read = trace.record(
            ShardStep::Read,
            Expr::earlier("write_kb_per_second", &write).times(Expr::quantity(
                "consumers",
                Decimal::from(readers),
                Unit::Count,
            )),
            Rounding::Nearest6,
        )?;
        let for_read = trace.record(
            ShardStep::ForRead {
                per_shard_kib: k.read_divisor_kb,
            },
            Expr::earlier("read_kb_per_second", &read)
                .over(Expr::quantity(
                    "shard_read_kb",
                    k.read_divisor_kb,
                    Unit::Count,
                ))
                .ceil(),
            Rounding::Exact,
        )?;
        (for_read.value, read.value)
    };
    let shard_q = |name, v| Expr::quantity(name, v, Unit::Count);
    let terms = if reading.no_records_limit {
        vec![
            shard_q("for_write", for_write),
            shard_q("for_read", for_read),
        ]
    } else {
        vec![
            shard_q("for_write", for_write),
            shard_q("for_records", for_records),
            shard_q("for_read", for_read),
        ]
    };
    let shards = trace
        .record(ShardStep::Largest, Expr::max(terms), Rounding::Exact)?
        .value;
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
        write,
        steps: trace.0.unwrap_or_default(),
    })
}
