//! `awscalc lambda`: [`crate::calc::lambda`]'s results as reports.

use std::fmt;

use rust_decimal::Decimal;

use crate::calc::lambda::{
    self as calc, Concurrency, ConcurrencyRequest, ConcurrencyStep, Finding, FrontDoor,
    FunctionDuration, LimitKind, Limits, LimitsRequest, MappingSetting, Problem, QueueKind,
    QueueLimit, QueueRequest, RateRequest, ScalingRequest, ScalingRule, ScalingStep, StreamRequest,
};
use crate::error::Error;
use crate::explain::formula;
use crate::facts::lambda as fact;
use crate::facts::FactBook;
use crate::report::Alternative;
use crate::report::{Report, Value};
use crate::units::{group, KbConvention, SizeUnit};
use crate::words::plural;

const EXECUTIONS: &str = "concurrent executions";

/// The duration input: `100s` → `100 seconds`, `250ms` → `250 ms = 0.25 seconds`.
pub(super) fn duration_input(report: &mut Report, duration: &FunctionDuration) {
    let seconds = duration.seconds();
    let understood = format!("{} per invocation on average", plural(seconds, "second"));
    // `100s` needs no restating; `250ms`, `2min` and a bare `100` do.
    let plain_seconds = duration.text().replace(' ', "") == format!("{seconds}s");
    let understood = if plain_seconds {
        understood
    } else {
        format!("{} = {understood}", duration.text())
    };
    report.input(
        "duration",
        duration.text(),
        understood,
        Value::from(seconds),
    );
    if !duration.has_unit() {
        report.note(format!(
            "`{}` has no unit: read as {}",
            duration.text(),
            plural(seconds, "second")
        ));
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::OutOfRange {
                setting,
                value,
                min,
                max,
            } => write!(
                f,
                "{} `{value}` is outside what AWS allows ({} to {})",
                setting_words(*setting),
                group(*min),
                group(*max)
            ),
            Problem::GroupsOnStandardQueue { groups } => write!(
                f,
                "`--groups {groups}` is for a fifo queue: a standard queue has no message groups \
                 to bound it"
            ),
            Problem::PollersOnFifoQueue => f.write_str(
                "awscalc models provisioned mode (--max-pollers) for standard queues only: leave \
                 it out for a fifo queue",
            ),
            Problem::FifoWithoutGroups => f.write_str(
                "a fifo queue's concurrency is bounded by its message groups: give --groups N",
            ),
            Problem::ApiGatewayWithoutDuration => {
                f.write_str("`--front apigw` checks the run time: give --duration too")
            }
            Problem::BurstAfterPerFunctionScaling {
                burst,
                since,
                as_of,
            } => write!(
                f,
                "`--burst {burst}` is the per-Region burst of before {since}: on {as_of} each \
                 function scales on its own; drop --burst, or give an earlier --as-of"
            ),
        }
    }
}

/// An event source mapping's setting, as a refusal names it.
fn setting_words(setting: MappingSetting) -> &'static str {
    match setting {
        MappingSetting::BatchSize => "batch size",
        MappingSetting::MaxPollers => "maximum pollers",
        MappingSetting::MaxConcurrency => "maximum concurrency",
    }
}

/// The quota input: `--quota N`, or AWS's default.
fn quota_input(report: &mut Report, quota: Decimal, is_default: bool) {
    report.input(
        "quota",
        &if is_default {
            "default".to_string()
        } else {
            group(quota)
        },
        if is_default {
            format!(
                "{} per Region (AWS's default quota)",
                plural(quota, "concurrent execution")
            )
        } else {
            format!("{} per Region", plural(quota, "concurrent execution"))
        },
        Value::from(quota),
    );
}

/// `awscalc lambda --rate RATE --duration D`: [`calc::concurrency`], explained.
///
/// # Errors
/// As [`calc::concurrency`].
pub fn concurrency(request: &ConcurrencyRequest, book: &mut FactBook) -> Result<Report, Error> {
    let answer = calc::concurrency(request, book)?;
    let mut report = Report::new("lambda", book.as_of());
    report.input(
        "rate",
        request.rate.text(),
        super::rate_words(&request.rate, "requests"),
        Value::from(request.rate.as_per_second()),
    );
    duration_input(&mut report, &request.duration);
    quota_input(&mut report, answer.quota, answer.quota_is_default);
    if let Some(reserved) = answer.reserved {
        report.input(
            "reserved",
            &group(reserved),
            format!(
                "{} reserved for this function",
                plural(reserved, "concurrent execution")
            ),
            Value::from(reserved),
        );
    }
    if let Some(provisioned) = answer.provisioned {
        report.input(
            "provisioned",
            &group(provisioned),
            format!(
                "{} provisioned (started in advance)",
                plural(provisioned, "concurrent execution")
            ),
            Value::from(provisioned),
        );
    }
    for step in &answer.steps {
        let label = match step.what {
            ConcurrencyStep::Needed => "executions needed: rate × duration, rounded up",
            ConcurrencyStep::MaxReservable => "most one function may reserve: quota − unreserved",
            ConcurrencyStep::AgainstLimit if answer.reserved.is_some() => {
                "headroom: reserved concurrency − needed"
            }
            ConcurrencyStep::AgainstLimit => "headroom: quota − needed",
            ConcurrencyStep::OnDemand => "above provisioned: started on demand",
        };
        report.step(label, formula::text(&step.formula), step.value, EXECUTIONS);
    }
    fields(&mut report, &answer);
    report.answer.push("concurrent_executions".into());
    let needed = plural(answer.needed, "concurrent execution");
    report.headline = if answer.quota_increase_needed {
        format!(
            "{needed}: above the quota of {}, ask AWS to raise it to at least {}",
            group(answer.quota),
            group(answer.quota_needed)
        )
    } else if answer.findings.iter().any(Finding::is_problem) {
        format!("{needed}: within the quota, but not as configured")
    } else {
        format!("{needed}: within the quota of {}", group(answer.quota))
    };
    report.summary = format!(
        "{}, each running {}: the concurrent executions needed",
        super::rate_words(&request.rate, "requests"),
        plural(request.duration.seconds(), "second")
    );
    findings(&mut report, &answer);
    report.attach_facts(book);
    Ok(report)
}

fn fields(report: &mut Report, answer: &Concurrency) {
    report.field(
        "concurrent_executions",
        Value::from(answer.needed),
        EXECUTIONS,
    );
    report.detail("exact", Value::from(answer.exact.normalize()), EXECUTIONS);
    report.field("quota", Value::from(answer.quota), EXECUTIONS);
    report.field(
        "quota_increase_needed",
        Value::Bool(answer.quota_increase_needed),
        "",
    );
    if answer.quota_increase_needed {
        report.field("quota_needed", Value::from(answer.quota_needed), EXECUTIONS);
    }
    if let Some(max) = answer.max_reservable {
        report.field("max_reservable", Value::from(max), EXECUTIONS);
    }
    let problems: Vec<Value> = answer
        .findings
        .iter()
        .filter(|f| f.is_problem())
        .map(|f| Value::text(finding_name(f)))
        .collect();
    report.detail("problems", Value::List(problems), "");
}

/// A finding's stable name, for scripts.
fn finding_name(finding: &Finding) -> &'static str {
    match finding {
        Finding::AboveQuota { .. } => "above_quota",
        Finding::AboveReserved { .. } => "above_reserved",
        Finding::ReservedAboveMax { .. } => "reserved_above_max",
        Finding::ProvisionedAboveLimit { .. } => "provisioned_above_limit",
        Finding::AboveProvisioned { .. } => "above_provisioned",
    }
}

fn findings(report: &mut Report, answer: &Concurrency) {
    for finding in &answer.findings {
        match *finding {
            Finding::AboveQuota { needed, quota } => report.warn(format!(
                "{} is above the account's quota of {}: request a quota increase (Service \
                 Quotas, \"Concurrent executions\"); until then invocations above it are \
                 throttled (429)",
                plural(needed, "concurrent execution"),
                group(quota)
            )),
            Finding::AboveReserved { needed, reserved } => report.warn(format!(
                "the function's reserved concurrency of {} is below the {} needed: invocations \
                 above it are throttled; raise the reservation",
                group(reserved),
                group(needed)
            )),
            Finding::ReservedAboveMax { reserved, max } => report.warn(format!(
                "AWS refuses {} reserved: an account keeps at least {} unreserved, so one \
                 function may reserve at most {}",
                group(reserved),
                group(answer.unreserved_min.unwrap_or_default()),
                group(max)
            )),
            Finding::ProvisionedAboveLimit {
                provisioned,
                limit,
                reserved,
            } => report.warn(format!(
                "AWS refuses {} provisioned: at most {} ({})",
                group(provisioned),
                group(limit),
                if reserved {
                    "the function's reserved concurrency"
                } else {
                    "the quota less the unreserved minimum"
                }
            )),
            Finding::AboveProvisioned { on_demand } => report.note(format!(
                "{} beyond the provisioned ones run on environments started on demand (cold \
                 starts)",
                plural(on_demand, "concurrent execution")
            )),
        }
    }
    if answer.exact != answer.needed {
        report.aside(format!(
            "rate × duration is {}: an execution environment serves one request at a time, so \
             awscalc rounds up",
            group(answer.exact.normalize())
        ));
    }
}

/// `awscalc lambda --concurrency N --duration D`: [`calc::sustained_rate`], explained.
///
/// # Errors
/// As [`calc::sustained_rate`].
pub fn sustained_rate(request: &RateRequest, book: &mut FactBook) -> Result<Report, Error> {
    let answer = calc::sustained_rate(request, book)?;
    let mut report = Report::new("lambda", book.as_of());
    report.input(
        "concurrency",
        &request.concurrency.to_string(),
        plural(answer.concurrency, "concurrent execution"),
        Value::from(answer.concurrency),
    );
    duration_input(&mut report, &request.duration);
    quota_input(&mut report, answer.quota, answer.quota_is_default);
    for step in &answer.steps {
        report.step(
            "rate: concurrency / duration, rounded down",
            formula::text(&step.formula),
            step.value,
            "requests per second",
        );
    }
    report.field(
        "requests_per_second",
        Value::from(answer.requests_per_second),
        "requests per second",
    );
    report.field("quota", Value::from(answer.quota), EXECUTIONS);
    report.field("above_quota", Value::Bool(answer.above_quota), "");
    report.answer.push("requests_per_second".into());
    report.headline = plural(answer.requests_per_second, "request per second");
    report.summary = format!(
        "{}, each invocation running {}: the requests per second they sustain",
        plural(answer.concurrency, "concurrent execution"),
        plural(request.duration.seconds(), "second")
    );
    if answer.above_quota {
        report.warn(format!(
            "{} is above the account's quota of {}: request a quota increase to have it",
            plural(answer.concurrency, "concurrent execution"),
            group(answer.quota)
        ));
    }
    report.attach_facts(book);
    Ok(report)
}

/// `awscalc lambda --scale-to N`: [`calc::scaling`], explained.
///
/// # Errors
/// As [`calc::scaling`].
pub fn scaling(request: &ScalingRequest, book: &mut FactBook) -> Result<Report, Error> {
    let answer = calc::scaling(request, book)?;
    let mut report = Report::new("lambda", book.as_of());
    report.input(
        "scale_to",
        &request.to.to_string(),
        format!(
            "{} to reach from zero",
            plural(answer.target, "concurrent execution")
        ),
        Value::from(answer.target),
    );
    if let Some(duration) = &request.duration {
        duration_input(&mut report, duration);
    }
    quota_input(&mut report, answer.quota, answer.quota_is_default);
    let (rule_words, other_reading) = rule_words(&answer.rule, book, &mut report);
    for step in &answer.steps {
        match step.what {
            ScalingStep::Seconds => {
                report.step(
                    "seconds to reach it from zero",
                    formula::text(&step.formula),
                    step.value,
                    "seconds",
                );
            }
            ScalingStep::ServedAtStart => {
                report.step(
                    "served at first: environments at once / duration",
                    formula::text(&step.formula),
                    step.value,
                    "requests per second",
                );
            }
        }
    }
    report.field("seconds", Value::from(answer.seconds), "seconds");
    report.field("at_start", Value::from(answer.at_start), EXECUTIONS);
    if let Some(served) = answer.served_at_start {
        report.field(
            "served_at_start",
            Value::from(served),
            "requests per second",
        );
        report.note(format!(
            "until scaling is done, requests above {} per second are throttled (429) at first; \
             the rate served grows with each step",
            group(served)
        ));
    }
    report.field("quota", Value::from(answer.quota), EXECUTIONS);
    report.field("above_quota", Value::Bool(answer.above_quota), "");
    report.answer.push("seconds".into());
    report.headline = format!(
        "{} to reach {}",
        plural(answer.seconds, "second"),
        plural(answer.target, "concurrent execution")
    );
    report.summary = format!("scaling from zero: {rule_words}");
    if answer.above_quota {
        report.warn(format!(
            "{} is above the account's quota of {}: scaling stops there until AWS raises it",
            plural(answer.target, "concurrent execution"),
            group(answer.quota)
        ));
    }
    if let ScalingRule::PerFunction { .. } = answer.rule {
        report.note(format!(
            "before {}, the account burst at once to a Regional figure, then grew each \
             minute: an earlier --as-of (with --burst N) gives that answer",
            fact::SCALING_SINCE
        ));
        burst_readings(request, book, &mut report)?;
    }
    if answer.first_step_counted != answer.seconds {
        report.alternatives.push(Alternative {
            value: answer.first_step_counted,
            reading: other_reading,
            distance: 1,
        });
    }
    report.attach_facts(book);
    Ok(report)
}

/// The answers of the per-Region burst rule, one per Regional burst, for `--expect`: exam
/// material written before 2023-11-27 uses them.
fn burst_readings(
    request: &ScalingRequest,
    book: &FactBook,
    report: &mut Report,
) -> Result<(), Error> {
    let Some(before) = fact::SCALING_SINCE.yesterday().ok() else {
        return Ok(());
    };
    let mut old = book.on(before);
    for (id, regions) in [
        (
            fact::BURST_CONCURRENCY_MAJOR_REGIONS,
            "us-east-1, us-west-2, eu-west-1",
        ),
        (
            fact::BURST_CONCURRENCY_MIDDLE_REGIONS,
            "ap-northeast-1, eu-central-1, us-east-2",
        ),
        (fact::BURST_CONCURRENCY_OTHER_REGIONS, "other Regions"),
    ] {
        let Some(burst) = old.peek(id).and_then(|b| u64::try_from(b).ok()) else {
            continue;
        };
        let answer = calc::scaling(
            &ScalingRequest {
                burst: Some(burst),
                ..request.clone()
            },
            &mut old,
        )?;
        report.alternatives.push(Alternative {
            value: answer.seconds,
            reading: format!(
                "the per-Region burst rule before {} ({} at once in {regions})",
                fact::SCALING_SINCE,
                group(Decimal::from(burst))
            ),
            distance: 2,
        });
    }
    Ok(())
}

/// The scaling rule in words, and the other reading of its first step; a note when the
/// burst was assumed.
fn rule_words(rule: &ScalingRule, book: &FactBook, report: &mut Report) -> (String, String) {
    match *rule {
        ScalingRule::PerFunction {
            per_interval,
            interval_seconds,
        } => (
            format!(
                "each function adds up to {} every {} (since {}), the first at once",
                plural(per_interval, "concurrent execution"),
                plural(interval_seconds, "second"),
                fact::SCALING_SINCE
            ),
            "the first interval counted as time taken".to_string(),
        ),
        ScalingRule::RegionBurst {
            burst,
            burst_given,
            per_minute,
        } => {
            if !burst_given {
                let (major, middle) = (
                    book.peek(fact::BURST_CONCURRENCY_MAJOR_REGIONS),
                    book.peek(fact::BURST_CONCURRENCY_MIDDLE_REGIONS),
                );
                if let (Some(major), Some(middle)) = (major, middle) {
                    report.note(format!(
                        "no --burst: the smallest Regional burst, {}, assumed; it was {} in \
                         us-east-1, us-west-2 and eu-west-1, {} in ap-northeast-1, eu-central-1 \
                         and us-east-2",
                        group(burst),
                        group(major),
                        group(middle)
                    ));
                }
            }
            (
                format!(
                    "before {}: the account bursts to {} at once, then adds {} a minute",
                    fact::SCALING_SINCE,
                    group(burst),
                    group(per_minute)
                ),
                "the burst counted as the first minute".to_string(),
            )
        }
    }
}

/// A limit's name in words.
fn limit_words(kind: LimitKind) -> &'static str {
    match kind {
        LimitKind::Timeout => "timeout maximum",
        LimitKind::MemoryMin => "memory minimum",
        LimitKind::MemoryMax => "memory maximum",
        LimitKind::Tmp => "/tmp maximum",
        LimitKind::PayloadSync => "synchronous payload maximum",
        LimitKind::PayloadAsync => "asynchronous payload maximum",
        LimitKind::Package => "unzipped package maximum (layers included)",
        LimitKind::Vcpu => "vCPU: min(memory / MB per vCPU, maximum)",
        LimitKind::ApiTimeout => "API Gateway integration timeout",
        LimitKind::Retries => "asynchronous retry maximum",
        LimitKind::EventAgeMin => "maximum event age's minimum",
        LimitKind::EventAgeMax => "maximum event age's maximum",
        LimitKind::Attempts => "attempts per event: retries + the first",
    }
}

/// `awscalc lambda --duration D --memory SIZE …`: [`calc::limits`], explained.
///
/// # Errors
/// As [`calc::limits`].
pub fn limits(request: &LimitsRequest, book: &mut FactBook) -> Result<Report, Error> {
    let answer = calc::limits(request, book)?;
    let mut report = Report::new("lambda", book.as_of());
    if let Some(duration) = &request.duration {
        duration_input(&mut report, duration);
    }
    for (name, size) in [
        ("memory", &request.memory),
        ("tmp", &request.tmp),
        ("payload", &request.payload),
        ("package", &request.package),
    ] {
        if let Some(size) = size {
            let bare = if name == "payload" {
                SizeUnit::Kilo
            } else {
                SizeUnit::Mega
            };
            report.size_input(name, size, bare, KbConvention::Binary, "")?;
        }
    }
    for step in &answer.steps {
        let unit = match step.what {
            LimitKind::Timeout
            | LimitKind::ApiTimeout
            | LimitKind::EventAgeMin
            | LimitKind::EventAgeMax => "seconds",
            LimitKind::PayloadSync | LimitKind::PayloadAsync => "KB",
            LimitKind::Vcpu => "vCPU",
            LimitKind::Retries => "retries",
            LimitKind::Attempts => "attempts",
            _ => "MB",
        };
        let label = if matches!(step.what, LimitKind::Vcpu | LimitKind::Attempts) {
            limit_words(step.what).to_string()
        } else {
            format!("{}: limit − need", limit_words(step.what))
        };
        report.step(label, formula::text(&step.formula), step.value, unit);
    }
    report.field("fits", Value::Bool(answer.fits), "");
    report.answer.push("fits".into());
    if let Some(vcpu) = answer.vcpu {
        report.field("vcpu", Value::from(vcpu), "vCPU");
    }
    front_words(&mut report, request, &answer);
    let broken: Vec<String> = answer
        .checks
        .iter()
        .filter(|c| !c.fits)
        .map(|c| {
            format!(
                "{} the {} of {} {} by {}",
                if c.limit.is_minimum() {
                    "below"
                } else {
                    "above"
                },
                limit_words(c.limit),
                group(c.max),
                c.unit,
                group(c.by)
            )
        })
        .collect();
    report.detail(
        "broken",
        Value::List(
            answer
                .checks
                .iter()
                .filter(|c| !c.fits)
                .map(|c| {
                    Value::Map(vec![
                        ("limit".into(), Value::text(limit_name(c.limit))),
                        ("max".into(), Value::from(c.max)),
                        ("unit".into(), Value::text(c.unit)),
                        ("by".into(), Value::from(c.by)),
                    ])
                })
                .collect(),
        ),
        "",
    );
    report.headline = if answer.fits {
        "yes: the job fits Lambda's limits".to_string()
    } else {
        report.check_failed = true;
        format!("no: {}", broken.join("; "))
    };
    report.summary = "whether a job fits AWS Lambda's limits".into();
    limit_warnings(&mut report, &answer);
    report.attach_facts(book);
    Ok(report)
}

/// `--front`: its inputs, the attempts an event gets and what can be changed.
fn front_words(report: &mut Report, request: &LimitsRequest, answer: &Limits) {
    match &request.front {
        Some(FrontDoor::ApiGateway) => {
            report.input(
                "front",
                "apigw",
                "a REST API in API Gateway invokes the function synchronously".to_string(),
                Value::text("apigw"),
            );
            let timeout_broken = answer
                .checks
                .iter()
                .any(|c| c.limit == LimitKind::ApiTimeout && !c.fits);
            if timeout_broken {
                report.note(if answer.timeout_raisable == Some(true) {
                    "29 s is the default: a Regional or private REST API can have it raised with \
                     a quota increase (since June 2024), an edge-optimized one cannot; or answer \
                     at once and finish the work asynchronously"
                } else {
                    "the integration timeout could not be raised then (June 2024 made it \
                     raisable for Regional and private REST APIs)"
                });
            }
        }
        Some(FrontDoor::Async { retries, event_age }) => {
            report.input(
                "front",
                "async",
                "the function is invoked asynchronously (an event)".to_string(),
                Value::text("async"),
            );
            if let Some(n) = retries {
                report.input(
                    "retries",
                    &n.to_string(),
                    plural(Decimal::from(*n), "retry"),
                    Value::from(Decimal::from(*n)),
                );
            }
            if let Some(age) = event_age {
                report.input(
                    "event_age",
                    age.text(),
                    plural(age.seconds(), "second"),
                    Value::from(age.seconds()),
                );
            }
            if let Some(attempts) = answer.attempts {
                report.field("attempts", Value::from(attempts), "attempts");
                if retries.is_none() {
                    report.note(format!(
                        "no --retries: AWS's default of {}",
                        plural(attempts - Decimal::ONE, "retry")
                    ));
                }
            }
            if event_age.is_none() {
                report.note("no --event-age: AWS's default, its maximum");
            }
            report.note(
                "an event that fails every attempt or waits longer than its maximum age is \
                 discarded, or sent to an on-failure destination or dead-letter queue if set",
            );
        }
        None => {}
    }
}

/// A limit's stable name, for scripts.
fn limit_name(kind: LimitKind) -> &'static str {
    match kind {
        LimitKind::Timeout => "timeout",
        LimitKind::MemoryMin => "memory_min",
        LimitKind::MemoryMax => "memory_max",
        LimitKind::Tmp => "tmp",
        LimitKind::PayloadSync => "payload_sync",
        LimitKind::PayloadAsync => "payload_async",
        LimitKind::Package => "package",
        LimitKind::Vcpu => "vcpu",
        LimitKind::ApiTimeout => "apigw_timeout",
        LimitKind::Retries => "async_retries",
        LimitKind::EventAgeMin => "event_age_min",
        LimitKind::EventAgeMax => "event_age_max",
        LimitKind::Attempts => "attempts",
    }
}

/// A warning for each limit broken, with what to use instead.
fn limit_warnings(report: &mut Report, answer: &Limits) {
    for check in answer.checks.iter().filter(|c| !c.fits) {
        let advice = match check.limit {
            LimitKind::Timeout => {
                "run it on Fargate, AWS Batch or EC2, or split it into steps (Step Functions)"
            }
            LimitKind::MemoryMin => "give at least the minimum",
            LimitKind::MemoryMax => "run it on Fargate, AWS Batch or EC2",
            LimitKind::Tmp => "mount Amazon EFS, or stream from S3",
            LimitKind::PayloadSync | LimitKind::PayloadAsync => {
                "put the data in S3 and pass its key"
            }
            LimitKind::Package => "use a container image, which may be larger",
            LimitKind::ApiTimeout => {
                "answer at once and finish the work asynchronously (a queue or Step Functions)"
            }
            LimitKind::Retries => "set 0, 1 or 2 retries; retry further from a destination",
            LimitKind::EventAgeMin | LimitKind::EventAgeMax => {
                "set a maximum event age within AWS's range"
            }
            LimitKind::Vcpu | LimitKind::Attempts => "",
        };
        let (verb, sign) = if check.limit.is_minimum() {
            ("not met", "<")
        } else {
            ("broken", ">")
        };
        report.warn(format!(
            "{} {verb}: {} {sign} {} {}: {advice}",
            limit_words(check.limit),
            group(check.given),
            group(check.max),
            check.unit
        ));
    }
}

/// `awscalc lambda --shards N --parallelization P`: [`calc::stream_concurrency`], explained.
///
/// # Errors
/// As [`calc::stream_concurrency`].
pub fn stream(request: &StreamRequest, book: &mut FactBook) -> Result<Report, Error> {
    let answer = calc::stream_concurrency(request, book)?;
    let mut report = Report::new("lambda", book.as_of());
    report.input(
        "shards",
        &request.shards.to_string(),
        format!(
            "{} in the stream",
            plural(Decimal::from(request.shards), "shard")
        ),
        Value::from(Decimal::from(request.shards)),
    );
    report.input(
        "parallelization",
        &request
            .parallelization
            .map_or_else(|| "default".to_string(), |p| p.to_string()),
        format!(
            "{} concurrent batches per shard",
            group(answer.parallelization)
        ),
        Value::from(answer.parallelization),
    );
    quota_input(&mut report, answer.quota, answer.quota_is_default);
    for step in &answer.steps {
        report.step(
            "concurrent executions: shards × parallelization factor",
            formula::text(&step.formula),
            step.value,
            EXECUTIONS,
        );
    }
    report.field(
        "concurrent_executions",
        Value::from(answer.concurrency),
        EXECUTIONS,
    );
    report.field("quota", Value::from(answer.quota), EXECUTIONS);
    report.field("above_quota", Value::Bool(answer.above_quota), "");
    report.answer.push("concurrent_executions".into());
    report.headline = plural(answer.concurrency, "concurrent execution");
    report.summary = "the concurrency a Kinesis or DynamoDB Streams trigger reaches".into();
    let shards = Decimal::from(request.shards);
    if answer.concurrency != shards {
        report.alternatives.push(Alternative {
            value: shards,
            reading: "one batch per shard (the parallelization factor left out)".into(),
            distance: 1,
        });
    }
    report.note(
        "records with the same partition key stay in order: with a parallelization factor \
         above 1, Lambda splits a shard's batches by partition key",
    );
    if answer.above_quota {
        report.warn(format!(
            "{} is above the account's quota of {}: request a quota increase, or the trigger \
             is throttled and falls behind",
            plural(answer.concurrency, "concurrent execution"),
            group(answer.quota)
        ));
    }
    report.attach_facts(book);
    Ok(report)
}

/// What sets an SQS trigger's ceiling, in words.
fn queue_limit_words(limit: QueueLimit) -> &'static str {
    match limit {
        QueueLimit::EventSource => "AWS's ceiling for one SQS event source mapping",
        QueueLimit::Pollers => "the provisioned-mode pollers",
        QueueLimit::MaxConcurrency => "the mapping's maximum concurrency",
        QueueLimit::Groups => "the FIFO queue's message groups",
        QueueLimit::Quota => "the account's concurrency quota",
    }
}

/// `awscalc lambda --queue standard --rate RATE --duration D`: [`calc::queue_concurrency`],
/// explained.
///
/// # Errors
/// As [`calc::queue_concurrency`].
#[allow(clippy::too_many_lines)] // one report, read top to bottom
pub fn queue(request: &QueueRequest, book: &mut FactBook) -> Result<Report, Error> {
    let answer = calc::queue_concurrency(request, book)?;
    let mut report = Report::new("lambda", book.as_of());
    report.input(
        "queue",
        &request.kind.to_string(),
        match request.kind {
            QueueKind::Standard => "a standard queue triggers the function".into(),
            QueueKind::Fifo => "a FIFO queue triggers the function".to_string(),
        },
        Value::text(request.kind.to_string()),
    );
    report.input(
        "rate",
        request.rate.text(),
        super::rate_words(&request.rate, "messages"),
        Value::from(request.rate.as_per_second()),
    );
    duration_input(&mut report, &request.duration);
    report.input(
        "batch_size",
        &request
            .batch_size
            .map_or_else(|| "default".to_string(), |b| group(Decimal::from(b))),
        format!(
            "{} per batch (one invocation)",
            plural(answer.batch_size, "message")
        ),
        Value::from(answer.batch_size),
    );
    if let Some(max) = request.max_concurrency {
        report.input(
            "max_concurrency",
            &group(Decimal::from(max)),
            format!(
                "the mapping's maximum concurrency, {}",
                group(Decimal::from(max))
            ),
            Value::from(Decimal::from(max)),
        );
    }
    if let Some(groups) = request.groups {
        report.input(
            "groups",
            &group(Decimal::from(groups)),
            format!(
                "{} message groups with messages waiting",
                group(Decimal::from(groups))
            ),
            Value::from(Decimal::from(groups)),
        );
    }
    if let Some(pollers) = request.max_pollers {
        report.input(
            "max_pollers",
            &group(Decimal::from(pollers)),
            format!(
                "provisioned mode, at most {}",
                plural(Decimal::from(pollers), "poller")
            ),
            Value::from(Decimal::from(pollers)),
        );
    }
    quota_input(&mut report, answer.quota, answer.quota_is_default);
    for step in &answer.steps {
        let (label, unit) = match step.what {
            calc::QueueStep::Needed => ("needed: rate × duration ÷ batch", EXECUTIONS),
            calc::QueueStep::PollerCeiling => ("pollers × invocations each", EXECUTIONS),
            calc::QueueStep::Ceiling => ("most it reaches: least limit", EXECUTIONS),
            calc::QueueStep::Throughput => ("messages it processes", "messages per second"),
            calc::QueueStep::ScaleMinutes => ("minutes to scale from the start", "minutes"),
        };
        report.step(label, formula::text(&step.formula), step.value, unit);
    }
    report.field(
        "concurrent_executions",
        Value::from(answer.needed),
        EXECUTIONS,
    );
    report.field("ceiling", Value::from(answer.ceiling), EXECUTIONS);
    report.field(
        "limited_by",
        Value::Text(
            match answer.limited_by {
                QueueLimit::EventSource => "event_source",
                QueueLimit::Pollers => "pollers",
                QueueLimit::MaxConcurrency => "max_concurrency",
                QueueLimit::Groups => "groups",
                QueueLimit::Quota => "quota",
            }
            .into(),
        ),
        "",
    );
    report.field("keeps_up", Value::Bool(answer.keeps_up), "");
    report.field(
        "ceiling_messages_per_second",
        Value::from(answer.ceiling_messages_per_second),
        "messages per second",
    );
    report.field(
        "scale_minutes",
        answer.scale_minutes.map_or(Value::Null, Value::from),
        "minutes",
    );
    report.field("quota", Value::from(answer.quota), EXECUTIONS);
    report.answer.push("concurrent_executions".into());
    report.headline = plural(answer.needed, "concurrent execution");
    report.summary = format!(
        "the concurrency an SQS trigger needs ({} the trigger reaches)",
        if answer.keeps_up {
            "within what"
        } else {
            "above what"
        }
    );
    if answer.unbatched != answer.needed {
        report.alternatives.push(Alternative {
            value: answer.unbatched,
            reading: "one message per invocation (the batch size left out)".into(),
            distance: 1,
        });
    }
    if answer.keeps_up {
        if let (Some(minutes), Some(per_minute)) = (answer.scale_minutes, answer.scale_per_minute) {
            if minutes > Decimal::ZERO {
                let start = book.peek(fact::SQS_INITIAL_CONCURRENCY).unwrap_or_default();
                report.note(format!(
                    "from a standing start the trigger takes about {} to get there ({} batches \
                     at first, then up to {} more a minute): messages wait in the queue meanwhile",
                    plural(minutes, "minute"),
                    group(start),
                    group(per_minute)
                ));
            }
        }
    } else {
        report.warn(format!(
            "{} is above the most the trigger reaches, {} ({}): the queue's backlog grows by \
             about {} messages a second",
            plural(answer.needed, "concurrent execution"),
            group(answer.ceiling),
            queue_limit_words(answer.limited_by),
            group(
                (request.rate.as_per_second() - answer.ceiling_messages_per_second)
                    .max(Decimal::ZERO)
                    .floor()
            )
        ));
    }
    match request.kind {
        QueueKind::Standard => report.note(
            "a standard queue keeps no order: batches run in parallel and a message may come \
             twice; use a FIFO queue where order matters",
        ),
        QueueKind::Fifo => report.note(
            "a FIFO queue keeps order within each message group: Lambda runs one batch at a \
             time per group, so more groups (not more pollers) bring more concurrency",
        ),
    }
    report.attach_facts(book);
    Ok(report)
}
