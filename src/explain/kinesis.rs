//! Kinesis Data Streams in words: the reports for `awscalc kinesis`, built from the typed
//! results of [`crate::calc::kinesis`], and the wording of its [`Problem`]s.

use std::fmt;

use rust_decimal::Decimal;

use crate::calc::kinesis::{
    self as calc, BatchRequest, CapacityRequest, CapacityStep, Consumers, Finding, OnDemand,
    OnDemandRequest, OnDemandStep, Problem, RateUnit, Reading, ReadingAnswer, ReadsRequest,
    ReadsStep, RecordSource, RegionClass, ReshardRequest, ReshardStep, RuleCheck, RuleId,
    ShardQuota, ShardStep, Shards, SharedReads, StreamReads, StreamRequest, Workload,
};
use crate::error::Error;
use crate::explain::formula;
use crate::explain::quantity::{self, convert_exact, Per};
use crate::facts::kinesis as fact;
use crate::facts::FactBook;
use crate::report::{Alternative, Detail, Report, Value};
use crate::units::{group, KbConvention, Rate, Size, SizeUnit};

/// The Regions with the higher on-demand maximum and shard quota, in words.
const MAJOR_WORDS: &str = "us-east-1, us-west-2 and eu-west-1";

/// `awscalc kinesis --record-size … --rate …` or `--write … --records …`:
/// [`calc::shards`], explained in full, with the other readings `--expect` compares
/// against ([`shards_with`] builds less).
///
/// ```
/// use awscalc::calc::kinesis::{StreamRequest, Workload};
/// use awscalc::facts::{FactBook, Registry};
///
/// let request = StreamRequest {
///     workload: Workload::Records {
///         size: "2kb".parse().unwrap(),
///         rate: "5000/s".parse().unwrap(),
///     },
///     shared_consumers: Some(2),
///     efo_consumers: 0,
///     advantage: false,
///     parallelization: None,
///     max_record_size: None,
///     partition_key: None,
///     retention: None,
/// };
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 11, 30));
/// let report = awscalc::explain::kinesis::shards(&request, &mut book).unwrap();
/// assert_eq!(report.headline, "10 shards");
/// assert_eq!(report.steps[2].formula, "ceil(10,000 / 1,024)");
/// ```
///
/// # Errors
/// As [`calc::shards`].
pub fn shards(request: &StreamRequest, book: &mut FactBook) -> Result<Report, Error> {
    shards_with(request, book, Detail::Readings)
}

/// [`shards`] with only as much `detail` as asked: [`Detail::Answer`] gives the answer
/// without inputs, steps or other readings.
///
/// # Errors
/// As [`calc::shards`].
pub fn shards_with(
    request: &StreamRequest,
    book: &mut FactBook,
    detail: Detail,
) -> Result<Report, Error> {
    let answer = calc::shards(request, book)?;
    let brief = !detail.words();
    let mut report = Report::new("kinesis", book.as_of());
    if !brief {
        describe_inputs(
            request,
            answer.shared_consumers,
            &answer.findings,
            &mut report,
        )?;
        shard_steps(&answer.steps, &mut report);
    }
    fill_result(request, &answer, &mut report);
    if !brief {
        // The FAQ's formula is one of the readings, and its note is for every reader.
        let readings = calc::readings(request, answer.shards, book);
        if detail.readings() {
            report.alternatives = alternatives(&readings, book);
        }
        let faq_alone = Reading {
            faq: true,
            ..Reading::MAIN
        };
        if let Some(faq) = readings.iter().find(|r| r.reading == faq_alone) {
            if faq.value != answer.shards {
                report.note(format!(
                    "the Kinesis FAQ still shows the older formula (KB as 1,000 bytes, ÷ 1,000 and \
                     ÷ 2,000), which gives {} shards here; exam answers may use it",
                    group(faq.value)
                ));
            }
        }
    }
    report.attach_facts(book);
    Ok(report)
}

/// `awscalc kinesis --shards N`: [`calc::capacity`], explained.
///
/// # Errors
/// As [`calc::capacity`].
pub fn capacity(request: &CapacityRequest, book: &mut FactBook) -> Result<Report, Error> {
    let answer = calc::capacity(request, book)?;
    let mut report = Report::new("kinesis", book.as_of());
    let shards = answer.shards;
    report.input(
        "shards",
        &request.shards.to_string(),
        format!("{} open shards", group(shards)),
        Value::from(shards),
    );
    for step in &answer.steps {
        let (label, unit) = match step.what {
            CapacityStep::WriteBandwidth => ("write bandwidth: shards × KiB/s per shard", "KiB/s"),
            CapacityStep::WriteRecords => {
                ("write records: shards × records/s per shard", "records/s")
            }
            CapacityStep::ReadBandwidth => (
                "read bandwidth shared by standard consumers: shards × KiB/s per shard",
                "KiB/s",
            ),
        };
        report.step(label, formula::text(&step.formula), step.value, unit);
    }
    report.field("shards", Value::from(shards), "shards");
    report.field(
        "write_kib_per_second",
        Value::from(answer.write_kib_per_second),
        "KiB/s",
    );
    report.field(
        "write_records_per_second",
        Value::from(answer.write_records_per_second),
        "records/s",
    );
    report.field(
        "read_kib_per_second",
        Value::from(answer.read_kib_per_second),
        "KiB/s",
    );
    kib_as_mib(
        &mut report,
        "write_mib_per_second",
        answer.write_kib_per_second,
    );
    kib_as_mib(
        &mut report,
        "read_mib_per_second",
        answer.read_kib_per_second,
    );
    consumers(&answer.consumers, false, &mut report);
    let invocations = group(answer.consumers.max_lambda_invocations);
    if answer.factor_given {
        report.answer.push("max_lambda_invocations".into());
        report.headline = format!("{invocations} concurrent Lambda invocations");
    } else {
        report.answer.push("max_kcl_workers".into());
        report.headline = format!("{} KCL workers", group(shards));
    }
    report.summary = format!(
        "what {} open shards take and serve: {} and {} records/s of writes, {} of shared reads, \
         at most {} KCL workers and {invocations} concurrent Lambda invocations",
        group(shards),
        per_second(answer.write_kib_per_second, None),
        group(answer.write_records_per_second),
        per_second(answer.read_kib_per_second, None),
        group(shards)
    );
    quota_warning(answer.quota.as_ref(), &mut report);
    report.attach_facts(book);
    Ok(report)
}

/// `awscalc kinesis --shards N --to M`: [`calc::reshard`], explained.
///
/// # Errors
/// As [`calc::reshard`].
pub fn reshard(request: &ReshardRequest, book: &mut FactBook) -> Result<Report, Error> {
    let answer = calc::reshard(request, book)?;
    if let Some(block) = answer.blocked {
        return Ok(super::kinesis_reshard::verdict(
            request, &answer, block, book,
        ));
    }
    let mut report = Report::new("kinesis", book.as_of());
    report.input(
        "shards",
        &request.from.to_string(),
        format!("{} open shards now", group(answer.from)),
        Value::from(answer.from),
    );
    report.input(
        "to",
        &request.to.to_string(),
        format!("{} open shards wanted", group(answer.to)),
        Value::from(answer.to),
    );
    for step in &answer.steps {
        let (label, unit) = match step.what {
            ReshardStep::Call { number, from, to } => (
                format!(
                    "call {number}: UpdateShardCount {} → {}",
                    group(from),
                    group(to)
                ),
                "shards",
            ),
            ReshardStep::Windows => (
                "24-hour windows at the daily call limit".to_string(),
                "windows",
            ),
            ReshardStep::HoursBeforeLastCall => {
                ("hours before the last call can start".to_string(), "hours")
            }
        };
        report.step(label, formula::text(&step.formula), step.value, unit);
    }
    report.headline = match answer.sequence.len() {
        0 => "0 UpdateShardCount calls".to_string(),
        1 => "1 UpdateShardCount call".to_string(),
        n => format!("{n} UpdateShardCount calls"),
    };
    let path: Vec<String> = std::iter::once(answer.from)
        .chain(answer.sequence.iter().copied())
        .map(group)
        .collect();
    report.summary = format!("resharding {}", path.join(" → "));
    report.field("calls", Value::from(answer.calls), "calls");
    report.answer.push("calls".into());
    report.field(
        "sequence",
        Value::List(answer.sequence.iter().map(|&n| Value::from(n)).collect()),
        "",
    );
    report.field(
        "min_in_one_call",
        Value::from(answer.min_in_one_call),
        "shards",
    );
    report.field(
        "max_in_one_call",
        Value::from(answer.max_in_one_call),
        "shards",
    );
    report.field("splits", Value::from(answer.splits), "splits");
    report.field("merges", Value::from(answer.merges), "merges");
    report.field("windows_24h", Value::from(answer.windows_24h), "windows");
    report.field(
        "hours_before_last_call",
        Value::from(answer.hours_before_last_call),
        "hours",
    );
    report.note(format!(
        "one UpdateShardCount call can set {} to {} shards from {} (at most ×{}, at least ×{}), \
         and a stream takes at most {} calls per rolling 24 hours",
        group(answer.min_in_one_call),
        group(answer.max_in_one_call),
        group(answer.from),
        group(answer.max_factor),
        group(answer.min_factor),
        group(answer.calls_per_day)
    ));
    if answer.sequence.is_empty() {
        report.note("the stream already has the shards wanted: no call is needed");
    } else {
        report.note(format!(
            "each call splits or merges shards pairwise: at least {} and {} in all; \
             the short-lived shards count towards the account's shard quota while they exist",
            crate::words::plural(answer.splits, "split"),
            crate::words::plural(answer.merges, "merge")
        ));
    }
    consumers(&answer.consumers, false, &mut report);
    quota_warning(answer.quota.as_ref(), &mut report);
    report.attach_facts(book);
    Ok(report)
}

/// `awscalc kinesis --on-demand`: [`calc::on_demand`], explained.
///
/// # Errors
/// As [`calc::on_demand`].
pub fn on_demand(request: &OnDemandRequest, book: &mut FactBook) -> Result<Report, Error> {
    on_demand_with(request, book, Detail::Readings)
}

/// [`on_demand`] with only as much `detail` as asked.
///
/// # Errors
/// As [`calc::on_demand`].
pub fn on_demand_with(
    request: &OnDemandRequest,
    book: &mut FactBook,
    detail: Detail,
) -> Result<Report, Error> {
    let answer = calc::on_demand(request, book)?;
    let stream = &request.stream;
    let mut report = Report::new("kinesis", book.as_of());
    let where_words = match &request.region {
        Some(region) => format!("in {region}"),
        None => format!("in Regions other than {MAJOR_WORDS}"),
    };
    if detail.words() {
        describe_inputs(
            stream,
            answer.shared_consumers,
            &answer.findings,
            &mut report,
        )?;
        describe_on_demand(request, &mut report)?;
        // The provisioned derivation is the comparison the notes sum up; the verdict's
        // own steps are the on-demand rules.
        shard_steps(&answer.stream_steps, &mut report);
        for step in &mut report.steps {
            step.aside = true;
        }
        for step in &answer.steps {
            let (label, unit) = on_demand_step_words(step.what, &where_words);
            report.step(label, formula::text(&step.formula), step.value, &unit);
            // The bandwidths and the Region's read maximum reappear in the rules' lines:
            // under -v only, so the default view keeps to about 25 lines.
            if matches!(
                step.what,
                OnDemandStep::WriteMib | OnDemandStep::ReadMib | OnDemandStep::RegionReadMax { .. }
            ) {
                if let Some(last) = report.steps.last_mut() {
                    last.aside = true;
                }
            }
        }
        // The assumed consumer changes no on-demand rule's reading: under -v only.
        for note in &mut report.notes {
            if note.text.starts_with("no --consumers or --efo given") {
                note.level = crate::report::Level::Aside;
            }
        }
    }
    report.headline = match answer.rules.iter().find(|r| !r.passes) {
        None if answer.new_stream => "fits a new on-demand stream".to_string(),
        None => "fits the on-demand stream".to_string(),
        Some(r) => {
            // MiB/s in the asker's unit family (`--write 4.5mb/s`: MB/s), KiB/s exact beside
            // the demand; records/s as they are.
            let asked = Some(asked_unit(&stream.workload));
            let rate = |mib: Decimal| match mib.checked_mul(Decimal::from(1024)) {
                Some(kib) => quantity::show(
                    kib,
                    SizeUnit::Kibi,
                    asked,
                    KbConvention::Binary,
                    Per::Second,
                )
                .short(),
                None => format!("{} MiB/s", group(mib)),
            };
            let demand = match r.unit {
                RateUnit::MibPerSecond => r
                    .demand
                    .checked_mul(Decimal::from(1024))
                    .map_or_else(|| rate(r.demand), |kib| per_second(kib, asked)),
                RateUnit::RecordsPerSecond => format!("{} records/s", group(r.demand)),
            };
            format!(
                "does not fit: {demand} of {} is above {}",
                measure(r.rule),
                limit_words(r, &answer, &where_words, &rate)
            )
        }
    };
    report.summary = format!(
        "whether {} fits {} on-demand stream {where_words}, and the provisioned shards it needs",
        workload_words(&stream.workload),
        if answer.new_stream {
            "a new"
        } else {
            "an existing"
        }
    );
    on_demand_fields(&answer, &mut report);
    on_demand_notes(request, &answer, &where_words, &mut report);
    quota_warning(answer.quota.as_ref(), &mut report);
    report.attach_facts(book);
    Ok(report)
}

/// The result fields of an on-demand answer, in the order scripts see them.
#[allow(clippy::too_many_lines)] // one field after another, in their order
fn on_demand_fields(answer: &OnDemand, report: &mut Report) {
    report.field("fits", Value::Bool(answer.fits), "");
    report.answer.push("fits".into());
    report.field(
        "failed_rule",
        answer
            .failed_rule
            .map_or(Value::Null, |r| Value::text(r.id())),
        "",
    );
    if answer.failed_rule.is_some() {
        report.answer.push("failed_rule".into());
    }
    let mib = |report: &mut Report, name: &str, v: Decimal| {
        report.field(name, Value::from(v), "MiB/s");
    };
    mib(report, "write_mib_per_second", answer.write_mib_per_second);
    mib(report, "read_mib_per_second", answer.read_mib_per_second);
    report.field(
        "records_per_second",
        Value::from(answer.records_per_second),
        "records/s",
    );
    report.field(
        "region_class",
        Value::text(match answer.region_class {
            RegionClass::Major => "major",
            RegionClass::Other => "other",
        }),
        "",
    );
    mib(
        report,
        "start_write_mib_per_second",
        answer.start_write_mib_per_second,
    );
    report.field(
        "start_records_per_second",
        Value::from(answer.start_records_per_second),
        "records/s",
    );
    mib(
        report,
        "start_read_mib_per_second",
        answer.start_read_mib_per_second,
    );
    if let Some(peak) = &answer.peak {
        mib(
            report,
            "previous_peak_mib_per_second",
            peak.previous_mib_per_second,
        );
        mib(
            report,
            "peak_write_mib_per_second",
            peak.write_mib_per_second,
        );
        mib(report, "peak_read_mib_per_second", peak.read_mib_per_second);
    }
    mib(
        report,
        "region_max_write_mib_per_second",
        answer.region_max_write_mib_per_second,
    );
    mib(
        report,
        "region_max_read_mib_per_second",
        answer.region_max_read_mib_per_second,
    );
    let rules = answer
        .rules
        .iter()
        .map(|r| {
            Value::Map(vec![
                ("rule".into(), Value::text(r.rule.id())),
                ("demand".into(), Value::from(r.demand)),
                ("limit".into(), Value::from(r.limit)),
                ("unit".into(), Value::text(rate_unit(r.unit))),
                ("passes".into(), Value::Bool(r.passes)),
            ])
        })
        .collect();
    report.detail("rules", Value::List(rules), "");
    report.field(
        "provisioned_shards",
        Value::from(answer.provisioned_shards),
        "shards",
    );
    mib(
        report,
        "provisioned_write_mib_per_second",
        answer.provisioned_write_mib_per_second,
    );
    report.field(
        "provisioned_records_per_second",
        Value::from(answer.provisioned_records_per_second),
        "records/s",
    );
    mib(
        report,
        "provisioned_read_mib_per_second",
        answer.provisioned_read_mib_per_second,
    );
}

/// The notes of an on-demand answer: what decides, what was assumed, and the comparison
/// with provisioned shards.
fn on_demand_notes(
    request: &OnDemandRequest,
    answer: &OnDemand,
    where_words: &str,
    report: &mut Report,
) {
    if let Some(rule) = answer.failed_rule {
        if rule.is_region_max() {
            match answer.major_max_write_mib_per_second {
                Some(m) => report.note(format!(
                    "in Regions other than {MAJOR_WORDS} a support ticket can raise the \
                     on-demand maximum to {} MiB/s of writes; provisioned streams have no \
                     upper limit beyond the shard quota",
                    group(m)
                )),
                None => report.note(
                    "provisioned streams have no upper limit beyond the shard quota: see the \
                     shards below",
                ),
            }
        } else {
            // The comparison note below says the same in short.
            report.aside(format!(
                "an on-demand stream scales to each new peak and accommodates up to {} × its \
                 previous {}-day peak; traffic that grows to more than double the previous peak \
                 within {} minutes gets ProvisionedThroughputExceeded and must be retried",
                group(answer.peak_factor),
                group(answer.window_days),
                group(answer.doubling_minutes)
            ));
        }
    }
    if request.region.is_none() {
        report.aside(format!(
            "no --region: the on-demand maximum of Regions other than {MAJOR_WORDS} is used{}",
            answer
                .major_max_write_mib_per_second
                .map_or_else(String::new, |m| format!(
                    "; in those three it is {} MiB/s of writes",
                    group(m)
                ))
        ));
    }
    if answer.peak_below_start {
        report.note(format!(
            "twice the previous peak is below the {} MiB/s a new stream starts with: awscalc \
             takes the larger, as AWS documents no on-demand capacity below the start",
            group(answer.start_write_mib_per_second)
        ));
    }
    if answer.shared_consumers > 1 {
        report.note(
            "AWS recommends one standard (GetRecords) consumer on an on-demand stream, and \
             enhanced fan-out (--efo) for more consuming applications",
        );
    }
    if request.stream.advantage {
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
        count(answer.provisioned_shards, "shard", "shards"),
        group(answer.provisioned_write_mib_per_second),
        group(answer.provisioned_records_per_second),
        group(answer.provisioned_read_mib_per_second),
        group(answer.start_write_mib_per_second),
        group(answer.start_records_per_second),
        group(answer.start_read_mib_per_second),
        group(answer.peak_factor),
        group(answer.window_days),
        group(answer.doubling_minutes),
        group(answer.region_max_write_mib_per_second),
        group(answer.region_max_read_mib_per_second)
    ));
    report.aside(
        "AWS writes MB/s and GB/s for on-demand capacity; awscalc reads them as MiB/s and GiB/s \
         (1,024-based), like the shard limits",
    );
}

/// The label and unit of an on-demand step.
fn on_demand_step_words(what: OnDemandStep, where_words: &str) -> (String, String) {
    let mib = || "MiB/s".to_string();
    match what {
        OnDemandStep::WriteMib => ("on-demand: write bandwidth in MiB/s".into(), mib()),
        OnDemandStep::ReadMib => (
            "on-demand: shared read bandwidth (write × standard consumers)".into(),
            mib(),
        ),
        OnDemandStep::PreviousPeakMib { window_days } => (
            format!("previous {}-day peak write in MiB/s", group(window_days)),
            mib(),
        ),
        OnDemandStep::WriteCapacity { peak_factor } => (
            format!(
                "write capacity: max(new stream, {} × previous peak)",
                group(peak_factor)
            ),
            mib(),
        ),
        OnDemandStep::ReadCapacity { read_factor } => (
            format!(
                "read capacity: at least {} × write capacity",
                group(read_factor)
            ),
            mib(),
        ),
        OnDemandStep::RegionReadMax { read_factor } => (
            format!(
                "on-demand read maximum {where_words}: {} × write maximum",
                group(read_factor)
            ),
            mib(),
        ),
        OnDemandStep::Rule {
            number,
            rule,
            passes,
            unit,
        } => (
            format!(
                "rule {number}, {}: {}",
                rule.id(),
                if passes { "passes" } else { "fails" }
            ),
            format!("{} headroom", rate_unit(unit)),
        ),
    }
}

/// `MiB/s`, `records/s`.
fn rate_unit(unit: RateUnit) -> &'static str {
    match unit {
        RateUnit::MibPerSecond => "MiB/s",
        RateUnit::RecordsPerSecond => "records/s",
    }
}

/// What a rule measures: `writes`, `shared reads`, `records`.
fn measure(rule: RuleId) -> &'static str {
    match rule {
        RuleId::RegionMaxWrite | RuleId::NewStreamWrite | RuleId::PreviousPeakWrite => "writes",
        RuleId::RegionMaxRead | RuleId::NewStreamRead | RuleId::PreviousPeakRead => "shared reads",
        RuleId::NewStreamRecords => "records",
    }
}

/// What a rule's limit is, for the headline: `the 4 MiB/s a new on-demand stream starts
/// with`.
fn limit_words(
    rule: &RuleCheck,
    answer: &OnDemand,
    where_words: &str,
    rate: &dyn Fn(Decimal) -> String,
) -> String {
    let limit = rate(rule.limit);
    let records = group(rule.limit);
    match rule.rule {
        RuleId::RegionMaxWrite => {
            format!("the on-demand write maximum of {limit} {where_words}")
        }
        RuleId::RegionMaxRead => {
            format!("the on-demand read maximum of {limit} {where_words}")
        }
        RuleId::NewStreamWrite => format!("the {limit} a new on-demand stream starts with"),
        RuleId::NewStreamRecords => {
            format!("the {records} records/s a new on-demand stream starts with")
        }
        RuleId::NewStreamRead => {
            format!("the {limit} read capacity a new on-demand stream starts with")
        }
        RuleId::PreviousPeakWrite => format!(
            "the {limit} the stream takes now: max({}, {} × the previous {}-day peak of {})",
            rate(answer.start_write_mib_per_second),
            group(answer.peak_factor),
            group(answer.window_days),
            rate(
                answer
                    .peak
                    .map_or(Decimal::ZERO, |p| p.previous_mib_per_second)
            )
        ),
        RuleId::PreviousPeakRead => format!(
            "the {limit} read capacity the stream has now: at least {} × its write capacity",
            group(answer.read_factor)
        ),
    }
}

/// The provisioned derivation's steps, in words.
fn shard_steps(steps: &[crate::steps::Step<ShardStep>], report: &mut Report) {
    for step in steps {
        let (label, unit) = match step.what {
            ShardStep::RoundRecord => (
                "round the average record size up to the nearest 1 KB".to_string(),
                "KiB",
            ),
            ShardStep::WriteFromRecords => (
                "incoming write bandwidth: record size × records per second".to_string(),
                "KiB/s",
            ),
            ShardStep::WriteFromThroughput => {
                ("incoming write bandwidth in KiB".to_string(), "KiB/s")
            }
            ShardStep::ForWrite { per_shard_kib } => (
                format!(
                    "shards for write bandwidth ({} KiB/s per shard)",
                    group(per_shard_kib)
                ),
                "shards",
            ),
            ShardStep::ForRecords { per_shard } => (
                format!(
                    "shards for write records ({} records/s per shard)",
                    group(per_shard)
                ),
                "shards",
            ),
            ShardStep::NoSharedReads => (
                "shards for shared reads: no standard consumers, no read constraint".to_string(),
                "shards",
            ),
            ShardStep::Read => (
                "outgoing read bandwidth: write bandwidth × standard consumers".to_string(),
                "KiB/s",
            ),
            ShardStep::ForRead { per_shard_kib } => (
                format!(
                    "shards for shared reads ({} KiB/s per shard)",
                    group(per_shard_kib)
                ),
                "shards",
            ),
            ShardStep::Largest => ("shards: the largest constraint".to_string(), "shards"),
        };
        report.step(label, formula::text(&step.formula), step.value, unit);
    }
}

/// Headline, summary, result fields and notes of a shard answer.
fn fill_result(request: &StreamRequest, answer: &Shards, report: &mut Report) {
    let shards = answer.shards;
    report.headline = count(shards, "shard", "shards");
    report.summary = format!(
        "provisioned shards for {}, read by {} and {}",
        workload_words(&request.workload),
        count(
            Decimal::from(answer.shared_consumers),
            "standard consumer",
            "standard consumers"
        ),
        count(
            Decimal::from(answer.efo_consumers),
            "enhanced fan-out consumer",
            "enhanced fan-out consumers"
        )
    );
    report.field("shards", Value::from(shards), "shards");
    report.answer.push("shards".into());
    report.field(
        "shards_for_write_bandwidth",
        Value::from(answer.for_write),
        "shards",
    );
    report.field(
        "shards_for_write_records",
        Value::from(answer.for_records),
        "shards",
    );
    report.field("shards_for_read", Value::from(answer.for_read), "shards");
    report.field(
        "binding_constraint",
        Value::text(match answer.binding {
            calc::Constraint::WriteBandwidth => "write bandwidth",
            calc::Constraint::WriteRecords => "write records",
            calc::Constraint::SharedReads => "shared read bandwidth",
        }),
        "",
    );
    if let Some(kb) = answer.record_kib {
        report.field("record_kib", Value::from(kb), "KiB");
    }
    report.field(
        "write_kib_per_second",
        Value::from(answer.write_kib_per_second),
        "KiB/s",
    );
    report.field(
        "read_kib_per_second",
        Value::from(answer.read_kib_per_second),
        "KiB/s",
    );
    kib_as_mib(report, "write_mib_per_second", answer.write_kib_per_second);
    kib_as_mib(report, "read_mib_per_second", answer.read_kib_per_second);
    let asked = Some(asked_unit(&request.workload));
    report.summary = format!(
        "{}: {} write, {} shared read",
        report.summary,
        per_second(answer.write_kib_per_second, asked),
        per_second(answer.read_kib_per_second, asked)
    );
    report.field(
        "shared_consumers",
        Value::number(answer.shared_consumers),
        "consumers",
    );
    report.field(
        "efo_consumers",
        Value::number(answer.efo_consumers),
        "consumers",
    );
    for finding in &answer.findings {
        match *finding {
            Finding::RecordsLimitDecides { per_shard, without } => report.note(format!(
                "the {} records/s per-shard limit decides here: AWS's published formula leaves it \
                 out and would give {}",
                group(per_shard),
                count(without, "shard", "shards")
            )),
            Finding::EnhancedFanOut {
                consumers,
                bytes_per_second,
            } => report.note(format!(
                "{consumers} enhanced fan-out consumers get {} bytes/s each per shard, not shared: \
                 they add no read constraint",
                group(bytes_per_second)
            )),
            // Said with the inputs.
            Finding::ExtendedRetention { .. } | Finding::AdvantageRegions { .. } => {}
        }
    }
    // Sizing a stream, the KCL and Lambda bounds are beside the answer unless the question
    // named a parallelization factor.
    let beside = request.parallelization.is_none();
    consumers(&answer.consumers, beside, report);
    quota_warning(answer.quota.as_ref(), report);
}

/// The KCL and Lambda fields, and the note that explains them (for `--verbose` only when
/// `aside`).
fn consumers(consumers: &Consumers, aside: bool, report: &mut Report) {
    report.field(
        "max_kcl_workers",
        Value::from(consumers.max_kcl_workers),
        "workers",
    );
    report.field(
        "parallelization",
        Value::from(consumers.parallelization),
        "per shard",
    );
    report.field(
        "max_lambda_invocations",
        Value::from(consumers.max_lambda_invocations),
        "invocations",
    );
    let text = format!(
        "KCL: each shard is processed by exactly one worker, so at most {} can do useful \
         work; Lambda: at most {} × parallelization factor {} = {}",
        crate::words::plural(consumers.shards, "KCL worker"),
        crate::words::plural(consumers.shards, "shard"),
        group(consumers.parallelization),
        crate::words::plural(consumers.max_lambda_invocations, "concurrent invocation")
    );
    if aside {
        report.aside(text);
    } else {
        report.note(text);
    }
}

/// A warning for a default per-account shard quota exceeded.
pub(super) fn quota_warning(quota: Option<&ShardQuota>, report: &mut Report) {
    let Some(quota) = quota else {
        return;
    };
    if quota.in_every_region() {
        report.warn(format!(
            "{} shards exceed the default per-account shard quota in every Region ({} in \
             {MAJOR_WORDS}, {} elsewhere): request an increase in Service Quotas",
            group(quota.shards),
            group(quota.major_regions),
            group(quota.other_regions)
        ));
    } else {
        report.warn(format!(
            "{} shards exceed the default per-account shard quota of {} in Regions other than \
             {MAJOR_WORDS} (there it is {})",
            group(quota.shards),
            group(quota.other_regions),
            group(quota.major_regions)
        ));
    }
}

/// The other readings, in words: what `--expect` and `check` compare against.
fn alternatives(readings: &[ReadingAnswer], book: &FactBook) -> Vec<Alternative> {
    let (Some(records), Some(faq_write), Some(faq_read)) = (
        book.peek(fact::SHARD_WRITE_RECORDS_PER_SECOND),
        book.peek(fact::FAQ_WRITE_DIVISOR_KB),
        book.peek(fact::FAQ_READ_DIVISOR_KB),
    ) else {
        return Vec::new();
    };
    readings
        .iter()
        .map(|r| {
            let mut parts = Vec::new();
            if r.reading.faq {
                parts.push(format!(
                    "the Kinesis FAQ formula (KB as 1,000 bytes, ÷ {} and ÷ {})",
                    group(faq_write),
                    group(faq_read)
                ));
            }
            if r.reading.no_records_limit {
                parts.push(format!(
                    "the {} records/s per-shard write limit left out, as in AWS's published \
                     formula",
                    group(records)
                ));
            }
            if r.reading.efo_shared {
                parts.push(
                    "enhanced fan-out consumers counted as sharing the shard's read bandwidth"
                        .to_string(),
                );
            }
            Alternative {
                value: r.value,
                reading: parts.join(" with "),
                distance: r.reading.distance(),
            }
        })
        .collect()
}

/// The stream inputs as understood, with the notes they call for.
fn describe_inputs(
    request: &StreamRequest,
    shared: u32,
    findings: &[Finding],
    report: &mut Report,
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
        let bytes = max.bytes(SizeUnit::Kilo, KbConvention::Binary)?;
        report.input(
            "max_record_size",
            max.text(),
            format!("the stream's maximum record size: {} bytes", group(bytes)),
            Value::from(bytes),
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
    }
    for finding in findings {
        match *finding {
            Finding::ExtendedRetention { default_hours } => report.note(format!(
                "retention above the default {} hours is charged extra",
                group(default_hours)
            )),
            Finding::AdvantageRegions {
                advantage,
                standard,
            } => report.note(format!(
                "On-demand Advantage takes up to {} enhanced fan-out consumers per stream only in \
                 the Regions AWS lists for it (\"Regions supported for up to {} enhanced fan-out \
                 consumers\"); elsewhere a stream takes {}",
                group(advantage),
                group(advantage),
                group(standard)
            )),
            Finding::RecordsLimitDecides { .. } | Finding::EnhancedFanOut { .. } => {}
        }
    }
    Ok(())
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
            throughput_input(report, "write", write, true)?;
            rate_input(report, "records", records);
        }
    }
    Ok(())
}

/// A throughput input (`4.5 MB × 1,048,576 = 4,718,592 bytes per second`), with a note
/// when it had no unit and was read in MB. `per_second` adds the bytes per second of a
/// throughput per another span.
fn throughput_input(
    report: &mut Report,
    name: &str,
    throughput: &calc::Throughput,
    per_second: bool,
) -> Result<(), Error> {
    let bytes = throughput
        .size()
        .bytes(SizeUnit::Mega, KbConvention::Binary)?;
    let unit = throughput.size().unit_or(SizeUnit::Mega);
    let per = Decimal::from(throughput.per_seconds());
    let understood = format!(
        "{} {} × {} = {} bytes per {}{}",
        group(throughput.size().value()),
        unit.symbol(),
        group(unit.bytes(KbConvention::Binary)),
        group(bytes),
        span_name(throughput.per_seconds()),
        if !per_second || throughput.per_seconds() == 1 {
            String::new()
        } else {
            format!(" = {} bytes/s", group((bytes / per).round_dp(6)))
        }
    );
    report.input(
        name,
        throughput.text(),
        understood,
        Value::Map(vec![
            ("given".into(), Value::text(throughput.text().to_owned())),
            (
                "bytes_per_second".into(),
                Value::from((bytes / per).round_dp(6)),
            ),
        ]),
    );
    if throughput.size().unit().is_none() {
        report.note(format!(
            "`{}` has no unit: read as {} MB per {}",
            throughput.text(),
            group(throughput.size().value()),
            span_name(throughput.per_seconds())
        ));
    }
    Ok(())
}

/// The on-demand inputs as understood.
fn describe_on_demand(request: &OnDemandRequest, report: &mut Report) -> Result<(), Error> {
    if let Some(peak) = &request.previous_peak {
        throughput_input(report, "previous_peak", peak, false)?;
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

fn rate_input(report: &mut Report, name: &str, rate: &Rate) {
    let per_second = rate.as_per_second();
    let understood = super::rate_words(rate, "records");
    report.input(
        name,
        rate.text(),
        understood,
        Value::Map(vec![
            ("given".into(), Value::text(rate.text().to_owned())),
            ("per_second".into(), Value::from(per_second.round_dp(6))),
        ]),
    );
}

/// `second`, `minute`, `hour`, `day`, or `N s`.
fn span_name(per_seconds: u32) -> String {
    match per_seconds {
        1 => "second".into(),
        60 => "minute".into(),
        3600 => "hour".into(),
        86_400 => "day".into(),
        n => format!("{n} s"),
    }
}

/// `4.5 MB per second in 4,600 records per second`, `2,000 records of 2 KB per second`.
fn workload_words(workload: &Workload) -> String {
    match workload {
        Workload::Records { size, rate } => format!(
            "{} of {} per {}",
            crate::words::plural(rate.count(), "record"),
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
    }
}

/// The unit a workload was asked in: `--write 4.5mb/s` asks in MB, `--record-size 2kib` in
/// KiB; a bare `--write` is MB and a bare `--record-size` KB, as they are read.
fn asked_unit(workload: &Workload) -> SizeUnit {
    match workload {
        Workload::Records { size, .. } => size.unit_or(SizeUnit::Kilo),
        Workload::Throughput { write, .. } => write.size().unit_or(SizeUnit::Mega),
    }
}

/// A KiB/s throughput in the asker's unit family (KiB as Kinesis reads KB, 1,024 bytes),
/// KiB/s exact beside: `≈9.77 MB/s (10,000 KiB/s)`.
fn per_second(kib: Decimal, asked: Option<SizeUnit>) -> String {
    quantity::show(
        kib,
        SizeUnit::Kibi,
        asked,
        KbConvention::Binary,
        Per::Second,
    )
    .to_string()
}

/// A `<what>_mib_per_second` field beside a KiB/s one, exact (KiB / 1,024 always ends).
fn kib_as_mib(report: &mut Report, name: &str, kib: Decimal) {
    let mib = convert_exact(kib, SizeUnit::Kibi, SizeUnit::Mebi, KbConvention::Binary)
        .map_or(Value::Null, Value::from);
    report.field(name, mib, "MiB/s");
}

/// `1 shard`, `5 shards`: a count with the noun its number takes.
fn count(n: Decimal, one: &str, many: &str) -> String {
    if n == Decimal::ONE {
        format!("1 {one}")
    } else {
        format!("{} {many}", group(n))
    }
}

/// `2 KB`, `4.5 MB`, `512 bytes`: the size in the words the user chose.
fn size_words(size: &Size, default: SizeUnit) -> String {
    format!("{} {}", group(size.value()), size.unit_or(default).symbol())
}

impl fmt::Display for Problem {
    #[allow(clippy::too_many_lines)] // one message per problem
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::TooManyEfoConsumers {
                given,
                cap,
                advantage,
                standard_elsewhere,
                advantage_cap,
            } => {
                let mode = if *advantage {
                    "with On-demand Advantage"
                } else {
                    "for provisioned and On-demand Standard streams"
                };
                let regions = standard_elsewhere.map_or_else(String::new, |standard| {
                    format!(
                        " (in the Regions that offer {}; {} elsewhere)",
                        group(*cap),
                        group(standard)
                    )
                });
                let hint = advantage_cap.map_or_else(String::new, |advantage_cap| {
                    format!(
                        "; On-demand Advantage (--advantage) allows {} in the Regions that offer it",
                        group(advantage_cap)
                    )
                });
                write!(
                    f,
                    "--efo `{given}` is more enhanced fan-out consumers than a stream takes: at \
                     most {} {mode}{regions}{hint}",
                    group(*cap)
                )
            }
            Problem::RaisedMaxNotYet {
                given,
                as_of,
                since,
                default_max,
            } => write!(
                f,
                "--max-record-size `{given}`: a stream's maximum record size could not be raised \
                 on {as_of}; that came on {}, and before it every record was at most {} bytes",
                since.map_or_else(|| "a later date".to_string(), |d| d.to_string()),
                group(*default_max)
            ),
            Problem::MaxRecordSizeOutOfRange {
                given,
                bytes,
                min,
                max,
            } => write!(
                f,
                "--max-record-size `{given}` ({} bytes) is outside what a stream allows: {} to {} \
                 bytes (1 MiB to {} MiB)",
                group(*bytes),
                group(*min),
                group(*max),
                group(*max / *min)
            ),
            Problem::RecordTooLarge {
                record,
                bytes,
                max,
                raised,
                raise_to,
            } => {
                let what = match record {
                    RecordSource::Given(text) => format!("record size `{text}`"),
                    RecordSource::Average { write, records } => {
                        format!("the average record (`{write}` over `{records}`)")
                    }
                };
                let whose = if *raised {
                    "the stream's maximum record size (--max-record-size)"
                } else {
                    "the default maximum record size"
                };
                let hint = raise_to.map_or_else(String::new, |raised| {
                    format!(
                        "; a stream's maximum can be raised up to {} bytes with --max-record-size",
                        group(raised)
                    )
                });
                write!(
                    f,
                    "{what} ({} bytes) is above {whose} of {} bytes{hint}",
                    group(*bytes),
                    group(*max)
                )
            }
            Problem::EmptyPartitionKey { max_chars } => write!(
                f,
                "partition key `` is empty: give a key of up to {} characters",
                group(*max_chars)
            ),
            Problem::PartitionKeyTooLong {
                key,
                chars,
                max_chars,
            } => write!(
                f,
                "partition key `{key}` has {} characters: at most {} are allowed",
                group(Decimal::from(*chars)),
                group(*max_chars)
            ),
            Problem::RetentionOutOfRange {
                given,
                hours,
                min,
                max,
                as_of,
            } => write!(
                f,
                "retention `{given}` ({} hours) is outside what Kinesis allows on {as_of}: {} to {} \
                 hours ({} to {} days)",
                group(*hours),
                group(*min),
                group(*max),
                group(*min / Decimal::from(24)),
                group(*max / Decimal::from(24))
            ),
            Problem::ParallelizationOutOfRange {
                factor,
                as_of,
                min,
                max,
            } => write!(
                f,
                "--parallelization `{factor}` is outside what Lambda allows on {as_of}: {} to {} \
                 concurrent batches per shard",
                group(*min),
                group(*max)
            ),
            Problem::OnDemandNotYet { as_of, since } => write!(
                f,
                "--on-demand: on-demand capacity mode did not exist on {as_of}; it came {}: drop \
                 --on-demand for provisioned shards, or give a later --as-of",
                since.map_or_else(|| "later".to_string(), |d| format!("on {d}"))
            ),
            Problem::PutRecordsOutOfRange { given, max } => write!(
                f,
                "--put-records `{given}`: a PutRecords request carries 1 to {max} records"
            ),
            Problem::AggregateTooLarge {
                aggregate,
                user_bytes,
                record_bytes,
                max,
            } => write!(
                f,
                "--aggregate {aggregate}: {aggregate} user records of {user_bytes} bytes make a \
                 Kinesis record of {record_bytes} bytes, above the maximum record size of {max} \
                 bytes; aggregate fewer"
            ),
            Problem::ConsumeRecordsOfData { consume } => write!(
                f,
                "`--consume-rate {consume}` in records needs the input in records too: give \
                 --size and --rate instead of --throughput, or a consume rate with a size unit \
                 (3mb/s)"
            ),
            Problem::BacklogRecordsOfData { backlog } => write!(
                f,
                "`--backlog {backlog}` counts records, but --throughput gives no record size: \
                 give --size and --rate, or the backlog as data (50gib) or as an iterator age \
                 (2h)"
            ),
            Problem::NoSlowConsumer => {
                f.write_str("no consumers: the slow consumer is one of --consumers N (N ≥ 1)")
            }
            Problem::NoConsumers => f.write_str(
                "no consumers: give --consumers N (standard, polling) or --efo N (enhanced \
                 fan-out), at least one of them above 0",
            ),
        }
    }
}

/// `awscalc kinesis --shards N --consumers C --efo E`: [`calc::reads`], explained: each
/// consumer's read throughput (MiB/s, the binary family AWS states the shard limits in,
/// KiB/s exact beside), the GetRecords budget the polling consumers share, and the typical
/// propagation delays.
///
/// ```
/// use awscalc::calc::kinesis::ReadsRequest;
/// use awscalc::facts::{FactBook, Registry};
///
/// // 10 shards × 2 MiB/s shared by 4 polling consumers: 5 MiB/s each.
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 11, 30));
/// let request = ReadsRequest { shards: 10, shared_consumers: 4, efo_consumers: 0, advantage: false };
/// let report = awscalc::explain::kinesis::reads(&request, &mut book).unwrap();
/// assert_eq!(report.headline, "each standard consumer reads 5 MiB/s (5,120 KiB/s)");
/// ```
///
/// # Errors
/// As [`calc::reads`].
pub fn reads(request: &ReadsRequest, book: &mut FactBook) -> Result<Report, Error> {
    let answer = calc::reads(request, book)?;
    let mut report = Report::new("kinesis", book.as_of());
    report.input(
        "shards",
        &request.shards.to_string(),
        format!("{} open", count(answer.shards, "shard", "shards")),
        Value::from(answer.shards),
    );
    let (shared_n, efo_n) = reads_inputs(request, &mut report);
    for step in &answer.steps {
        let (label, unit) = match step.what {
            ReadsStep::SharedPerShard => ("standard consumer, per shard", "KiB/s"),
            ReadsStep::SharedPerConsumer => ("standard consumer, all shards", "KiB/s"),
            ReadsStep::CallsPerConsumer => ("GetRecords calls per shard", "calls/s"),
            ReadsStep::PollInterval => ("shortest poll interval", "s"),
            ReadsStep::EfoPerConsumer => ("enhanced fan-out consumer, all shards", "KiB/s"),
            ReadsStep::Total => ("all consumers together", "KiB/s"),
        };
        report.step(label, formula::text(&step.formula), step.value, unit);
    }
    let mut headline = Vec::new();
    if let Some(shared) = &answer.shared {
        reads_shared(shared, &mut report);
        headline.push(format!(
            "each standard consumer reads {}",
            per_second(shared.per_consumer_kib_per_second, None)
        ));
    }
    if let Some(efo) = &answer.efo {
        report.field(
            "efo_consumer_kib_per_second",
            Value::from(efo.per_consumer_kib_per_second),
            "KiB/s",
        );
        kib_as_mib(
            &mut report,
            "efo_consumer_mib_per_second",
            efo.per_consumer_kib_per_second,
        );
        report.field(
            "efo_typical_delay_ms",
            Value::from(efo.typical_delay_ms),
            "ms",
        );
        let text = per_second(efo.per_consumer_kib_per_second, None);
        headline.push(if answer.shared.is_some() {
            format!("each enhanced fan-out one {text}")
        } else {
            format!("each enhanced fan-out consumer reads {text}")
        });
    }
    report.field(
        "total_kib_per_second",
        Value::from(answer.total_kib_per_second),
        "KiB/s",
    );
    kib_as_mib(
        &mut report,
        "total_mib_per_second",
        answer.total_kib_per_second,
    );
    report.answer.push(if answer.shared.is_some() {
        "standard_consumer_mib_per_second".into()
    } else {
        "efo_consumer_mib_per_second".into()
    });
    report.headline = headline.join("; ");
    let mut who = Vec::new();
    if !shared_n.is_zero() {
        who.push(count(shared_n, "standard consumer", "standard consumers"));
    }
    if !efo_n.is_zero() {
        who.push(count(
            efo_n,
            "enhanced fan-out consumer",
            "enhanced fan-out consumers",
        ));
    }
    report.summary = format!(
        "what {} give {}: {} read in all",
        count(answer.shards, "shard", "shards"),
        who.join(" and "),
        per_second(answer.total_kib_per_second, None)
    );
    reads_notes(&answer, &mut report);
    report.alternatives = reads_alternatives(&answer);
    quota_warning(answer.quota.as_ref(), &mut report);
    report.attach_facts(book);
    Ok(report)
}

/// The consumer inputs as understood: the standard and enhanced fan-out counts.
fn reads_inputs(request: &ReadsRequest, report: &mut Report) -> (Decimal, Decimal) {
    let shared_n = Decimal::from(request.shared_consumers);
    let efo_n = Decimal::from(request.efo_consumers);
    if request.shared_consumers > 0 {
        report.input(
            "consumers",
            &request.shared_consumers.to_string(),
            format!(
                "{} (polling with GetRecords)",
                count(shared_n, "standard consumer", "standard consumers")
            ),
            Value::from(shared_n),
        );
    }
    if request.efo_consumers > 0 {
        report.input(
            "efo",
            &request.efo_consumers.to_string(),
            count(
                efo_n,
                "enhanced fan-out consumer",
                "enhanced fan-out consumers",
            ),
            Value::from(efo_n),
        );
    }
    (shared_n, efo_n)
}

/// The standard consumers' fields.
fn reads_shared(shared: &SharedReads, report: &mut Report) {
    report.field(
        "standard_consumer_kib_per_second",
        Value::from(shared.per_consumer_kib_per_second),
        "KiB/s",
    );
    report.field(
        "standard_consumer_mib_per_second",
        Value::from(shared.per_consumer_mib_per_second),
        "MiB/s",
    );
    report.field(
        "standard_consumer_per_shard_kib_per_second",
        Value::from(shared.per_shard_kib_per_second),
        "KiB/s",
    );
    report.field(
        "get_records_calls_per_consumer_per_second",
        Value::from(shared.calls_per_consumer_per_second),
        "calls/s",
    );
    report.field(
        "min_poll_interval_seconds",
        Value::from(shared.min_poll_interval_seconds),
        "s",
    );
    report.field(
        "typical_delay_ms",
        shared.typical_delay_ms.map_or(Value::Null, Value::from),
        "ms",
    );
}

/// The GetRecords budget and the typical delays, in words.
fn reads_notes(answer: &StreamReads, report: &mut Report) {
    if let Some(shared) = &answer.shared {
        let n = shared.consumers;
        report.note(format!(
            "GetRecords: each shard takes {} calls/s, shared by {}: each calls each shard at \
             most {} times a second (once every {} s at the least); one call returns at most \
             {} or {} records",
            group(shared.shard_calls_per_second),
            if n == Decimal::ONE {
                "its one polling consumer".to_string()
            } else {
                format!("the {} polling consumers", group(n))
            },
            // Rounded down, as a budget is: 5 ÷ 3 calls is at most 1.66, not 1.67.
            group(
                shared
                    .calls_per_consumer_per_second
                    .round_dp_with_strategy(2, rust_decimal::RoundingStrategy::ToZero)
                    .normalize()
            ),
            group(shared.min_poll_interval_seconds.normalize()),
            quantity::bytes(shared.max_bytes_per_call, None, KbConvention::Binary).short(),
            group(shared.max_records_per_call)
        ));
    }
    let mut delays = Vec::new();
    if let Some(shared) = &answer.shared {
        delays.push(format!(
            "polling about {} ms with one consumer, about {} ms with five",
            group(shared.typical_delay_one_consumer_ms),
            group(shared.typical_delay_five_consumers_ms)
        ));
    }
    if let Some(efo) = &answer.efo {
        delays.push(format!(
            "enhanced fan-out about {} ms",
            group(efo.typical_delay_ms)
        ));
    }
    report.note(format!(
        "typical propagation delay (AWS's averages, not a guarantee): {}",
        delays.join("; ")
    ));
}

/// The readings `--expect` names: the shared 2 MiB/s not split, and enhanced fan-out
/// consumers counted as sharing it.
fn reads_alternatives(answer: &StreamReads) -> Vec<Alternative> {
    let mut out = Vec::new();
    let Some(shared) = &answer.shared else {
        return out;
    };
    let mib_of = |kib: Decimal| (kib / Decimal::from(1024)).normalize();
    let whole = answer.shards * answer.shard_read_kib_per_second;
    if shared.consumers > Decimal::ONE {
        out.push(Alternative {
            value: mib_of(whole),
            reading: "each standard consumer given a whole shard's read throughput, not a share \
                      of it"
                .into(),
            distance: 1,
        });
    }
    if let Some(efo) = &answer.efo {
        if let Some(all) = shared.consumers.checked_add(efo.consumers) {
            out.push(Alternative {
                value: mib_of(whole / all),
                reading: "enhanced fan-out consumers counted as sharing the shard's read \
                          throughput"
                    .into(),
                distance: 1,
            });
        }
    }
    out
}

/// `awscalc kinesis --size S --rate R --put-records N [--aggregate A]`: [`calc::batches`],
/// explained: the PutRecords requests per second a producer needs, and what aggregation does
/// to the records and the shards.
///
/// # Errors
/// As [`calc::batches`].
#[allow(clippy::too_many_lines)] // the inputs, six steps and their fields, in order
pub fn batches(request: &BatchRequest, book: &mut FactBook) -> Result<Report, Error> {
    let b = calc::batches(request, book)?;
    let mut report = Report::new("kinesis", book.as_of());
    report.input(
        "size",
        request.size.text(),
        format!("{} bytes per user record", group(b.user_record_bytes)),
        Value::from(b.user_record_bytes),
    );
    rate_input(&mut report, "rate", &request.rate);
    report.input(
        "put_records",
        &request.put_records.to_string(),
        format!("{} records per PutRecords request", request.put_records),
        Value::from(Decimal::from(request.put_records)),
    );
    if request.aggregate > 1 {
        report.input(
            "aggregate",
            &request.aggregate.to_string(),
            format!(
                "{} user records per Kinesis record (KPL)",
                request.aggregate
            ),
            Value::from(b.aggregate),
        );
    }
    let steps: [(&str, String, Decimal, &str); 6] = [
        (
            "Kinesis records",
            format!(
                "ceil({} / {})",
                group(b.user_records_per_second),
                group(b.aggregate)
            ),
            b.records_per_second,
            "records/s",
        ),
        (
            "records per request",
            format!(
                "min({}, {}, floor({} / {}))",
                request.put_records,
                group(b.max_records_per_request),
                group(b.max_request_bytes),
                group(b.record_bytes)
            ),
            b.records_per_request,
            "records",
        ),
        (
            "PutRecords requests",
            format!(
                "ceil({} / {})",
                group(b.records_per_second),
                group(b.records_per_request)
            ),
            b.requests_per_second,
            "requests/s",
        ),
        (
            "shards for records",
            format!(
                "ceil({} / {})",
                group(b.records_per_second),
                group(b.shard_records_per_second)
            ),
            b.shards_for_records,
            "shards",
        ),
        (
            "shards for bytes",
            format!(
                "ceil({} / {})",
                group(b.bytes_per_second),
                group(b.shard_bytes_per_second)
            ),
            b.shards_for_bytes,
            "shards",
        ),
        (
            "shards: the larger",
            format!(
                "max({}, {})",
                group(b.shards_for_records),
                group(b.shards_for_bytes)
            ),
            b.shards,
            "shards",
        ),
    ];
    for (label, formula, value, unit) in steps {
        report.step(label, formula, value, unit);
    }
    report.field(
        "requests_per_second",
        Value::from(b.requests_per_second),
        "requests/s",
    );
    report.field(
        "records_per_request",
        Value::from(b.records_per_request),
        "records",
    );
    report.field(
        "records_per_second",
        Value::from(b.records_per_second),
        "records/s",
    );
    report.field("record_bytes", Value::from(b.record_bytes), "bytes");
    report.field("shards", Value::from(b.shards), "shards");
    report.field(
        "shards_for_records_unaggregated",
        Value::from(b.shards_for_records_unaggregated),
        "shards",
    );
    report.answer.push("requests_per_second".into());
    report.headline = format!(
        "{} per second",
        crate::words::plural(b.requests_per_second, "PutRecords request")
    );
    report.summary = format!(
        "a producer of {} user records/s in requests of {} records: {} Kinesis records/s, {}",
        group(b.user_records_per_second),
        group(b.records_per_request),
        group(b.records_per_second),
        count(b.shards, "shard", "shards")
    );
    report.aside(format!(
        "PutRecords: at most {} records and {} bytes per request, partition keys included \
         (awscalc leaves the keys' bytes and the aggregation format's overhead out)",
        group(b.max_records_per_request),
        group(b.max_request_bytes)
    ));
    if b.aggregate > Decimal::ONE {
        report.note(format!(
            "aggregation: {} records/s need {} for the {} records/s limit without it, {} with \
             it; the bytes still need {}",
            group(b.user_records_per_second),
            count(b.shards_for_records_unaggregated, "shard", "shards"),
            group(b.shard_records_per_second),
            group(b.shards_for_records),
            group(b.shards_for_bytes)
        ));
    }
    report.attach_facts(book);
    Ok(report)
}
