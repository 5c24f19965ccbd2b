//! `awscalc sqs`: [`crate::calc::sqs`]'s results as reports.

use std::fmt;

use rust_decimal::Decimal;

use crate::calc::sqs::{
    self as calc, MessageLimit, MessageRequest, MessageRoute, MessageStep, PollingRequest,
    PollingStep, Problem, QueueSetting, Seconds, Setting, SettingsRequest, VisibilityRequest,
    VisibilityRule, VisibilityStep,
};
use crate::error::Error;
use crate::explain::formula;
use crate::facts::sqs as fact;
use crate::facts::FactBook;
use crate::report::{Alternative, Report, Value};
use crate::units::{group, KbConvention, SizeUnit};
use crate::words::plural;

/// `12 hours`: a number of seconds in hours, for words.
fn plural_hours(seconds: Decimal) -> String {
    let hours = (seconds / Decimal::from(3_600)).normalize();
    format!(
        "{} {}",
        group(hours),
        if hours == Decimal::ONE {
            "hour"
        } else {
            "hours"
        }
    )
}

/// A setting's option and name, for messages.
fn setting_words(setting: Setting) -> (&'static str, &'static str) {
    match setting {
        Setting::Visibility => ("--visibility", "visibility timeout"),
        Setting::LambdaTimeout => ("--lambda-timeout", "Lambda function timeout"),
        Setting::BatchWindow => ("--batch-window", "batching window"),
        Setting::Wait => ("--wait", "receive wait time"),
        Setting::PerReceive => ("--per-receive", "messages per receive"),
        Setting::Batch => ("--batch-size", "messages per batch"),
        Setting::QueueMax => ("--queue-max", "queue's MaximumMessageSize"),
    }
}

/// The unit of a setting's range.
fn setting_unit(setting: Setting) -> &'static str {
    match setting {
        Setting::PerReceive | Setting::Batch => "messages",
        Setting::QueueMax => "bytes",
        _ => "seconds",
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::OutOfRange {
                setting,
                input,
                min,
                max,
            } => {
                let (flag, name) = setting_words(*setting);
                write!(
                    f,
                    "`{flag} {input}` is outside what AWS allows for the {name}: {} to {} {}",
                    group(*min),
                    group(*max),
                    setting_unit(*setting)
                )
            }
            Problem::TpsBelowFifo { input, min } => write!(
                f,
                "`--tps {input}` is below the {} calls per second per action of a FIFO queue \
                 without high-throughput mode: give your Region's high-throughput figure",
                group(*min)
            ),
            Problem::PayloadTooLarge {
                input,
                batch,
                bytes,
                max,
            } => {
                if *batch == Decimal::ONE {
                    write!(
                        f,
                        "`--message-size {input}` ({} bytes) is above SQS's maximum message of {} \
                         bytes on the date",
                        group(*bytes),
                        group(*max)
                    )
                } else {
                    write!(
                        f,
                        "a batch of {} messages of `{input}` is {} bytes, above the {} bytes one \
                         batch call may carry: give a smaller --batch-size",
                        group(*batch),
                        group(*bytes),
                        group(*max)
                    )
                }
            }
            Problem::NotWholeSeconds { setting, input } => {
                let (flag, name) = setting_words(*setting);
                write!(
                    f,
                    "`{flag} {input}` is not a whole number of seconds: AWS sets the {name} in \
                     whole seconds"
                )
            }
            Problem::ShortPollingWithoutInterval => f.write_str(
                "short polling (`--wait 0`) returns at once, so its calls depend on the poller: \
                 give --interval, the pause between a poller's receives",
            ),
            Problem::UnknownUnit { input, unit } => write!(
                f,
                "invalid duration `{input}`: unknown unit `{unit}`; expected {}",
                crate::calc::sqs::ACCEPTED
            ),
            Problem::NoSetting => {
                f.write_str("give --retention, --delay, --max-receive-count or --in-flight")
            }
        }
    }
}

impl Problem {
    /// What is allowed instead, in words, where the problem says.
    #[must_use]
    pub fn allowed(&self) -> Option<String> {
        match self {
            Problem::OutOfRange {
                setting, min, max, ..
            } => Some(format!(
                "{} to {} {}",
                group(*min),
                group(*max),
                setting_unit(*setting)
            )),
            Problem::NotWholeSeconds { .. } => Some("a whole number of seconds".into()),
            Problem::PayloadTooLarge { max, .. } => {
                Some(format!("a payload of at most {} bytes", group(*max)))
            }
            Problem::TpsBelowFifo { min, .. } => {
                Some(format!("at least {} calls per second", group(*min)))
            }
            Problem::UnknownUnit { .. } => Some(crate::calc::sqs::ACCEPTED.into()),
            Problem::ShortPollingWithoutInterval | Problem::NoSetting => None,
        }
    }
}

/// A duration input: `45s` → `45 seconds`, `5min` → `5min = 300 seconds`.
pub(super) fn seconds_input(report: &mut Report, name: &str, value: &Seconds, what: &str) {
    let seconds = value.seconds();
    let plain = seconds.is_zero() || value.text().replace(' ', "") == format!("{seconds}s");
    let understood = if plain {
        format!("{} {what}", plural(seconds, "second"))
    } else {
        format!("{} = {} {what}", value.text(), plural(seconds, "second"))
    };
    report.input(name, value.text(), understood, Value::from(seconds));
    if !value.has_unit() && !seconds.is_zero() {
        report.note(format!(
            "`{}` has no unit: read as {}",
            value.text(),
            plural(seconds, "second")
        ));
    }
}

/// What a rule needs, in words.
fn rule_words(rule: VisibilityRule) -> &'static str {
    match rule {
        VisibilityRule::Processing => "the processing time",
        VisibilityRule::LambdaTimeout => "the function timeout (Lambda's minimum)",
        VisibilityRule::LambdaAdvice => "AWS's advice for a Lambda trigger",
    }
}

/// A rule's stable name, for scripts.
fn rule_name(rule: VisibilityRule) -> &'static str {
    match rule {
        VisibilityRule::Processing => "processing",
        VisibilityRule::LambdaTimeout => "lambda_timeout",
        VisibilityRule::LambdaAdvice => "lambda_advice",
    }
}

/// `awscalc sqs --processing D --visibility D --lambda-timeout D`: [`calc::visibility`],
/// explained.
///
/// # Errors
/// As [`calc::visibility`].
#[allow(clippy::too_many_lines)] // one report, read top to bottom
pub fn visibility(request: &VisibilityRequest, book: &mut FactBook) -> Result<Report, Error> {
    let answer = calc::visibility(request, book)?;
    let mut report = Report::new("sqs", book.as_of());
    if let Some(processing) = &request.processing {
        seconds_input(
            &mut report,
            "processing",
            processing,
            "to process a message",
        );
    }
    match &request.visibility {
        Some(v) => seconds_input(&mut report, "visibility", v, "of visibility timeout"),
        None => report.input(
            "visibility",
            "default",
            format!(
                "{} (AWS's default visibility timeout)",
                plural(answer.visibility, "second")
            ),
            Value::from(answer.visibility),
        ),
    }
    if let Some(timeout) = &request.lambda_timeout {
        seconds_input(&mut report, "lambda_timeout", timeout, "function timeout");
    }
    if let Some(window) = &request.batch_window {
        seconds_input(&mut report, "batch_window", window, "batching window");
    }
    for step in &answer.steps {
        let label = match step.what {
            VisibilityStep::LambdaNeeded => {
                if request.batch_window.is_some() {
                    "for a Lambda trigger: 6 × function timeout + batching window".to_string()
                } else {
                    "for a Lambda trigger: 6 × function timeout".to_string()
                }
            }
            VisibilityStep::Headroom(rule) => {
                format!("visibility timeout − {}", rule_words(rule))
            }
        };
        report.step(label, formula::text(&step.formula), step.value, "seconds");
    }
    report.field("covered", Value::Bool(answer.covered), "");
    report.answer.push("covered".into());
    report.field("visibility", Value::from(answer.visibility), "seconds");
    if let Some(needed) = answer.needed {
        report.field("needed", Value::from(needed), "seconds");
    }
    report.detail(
        "range",
        Value::Map(vec![
            ("min".into(), Value::from(answer.min)),
            ("max".into(), Value::from(answer.max)),
        ]),
        "seconds",
    );
    report.detail(
        "broken",
        Value::List(
            answer
                .checks
                .iter()
                .filter(|c| !c.holds)
                .map(|c| {
                    Value::Map(vec![
                        ("rule".into(), Value::text(rule_name(c.rule))),
                        ("needed".into(), Value::from(c.needed)),
                        ("short_by".into(), Value::from(c.short_by)),
                    ])
                })
                .collect(),
        ),
        "",
    );
    let which = if answer.visibility_is_default {
        format!(
            "the default visibility timeout of {}",
            plural(answer.visibility, "second")
        )
    } else {
        format!(
            "a visibility timeout of {}",
            plural(answer.visibility, "second")
        )
    };
    let not = if answer.visibility_is_default {
        format!("{} (the default)", group(answer.visibility))
    } else {
        group(answer.visibility)
    };
    report.headline = if answer.checks.is_empty() {
        format!(
            "yes: {which} is within SQS's {} to {} seconds",
            group(answer.min),
            group(answer.max)
        )
    } else if answer.covered {
        let needed = answer.needed.unwrap_or_default();
        format!(
            "yes: {which} covers the {} needed",
            plural(needed, "second")
        )
    } else {
        report.check_failed = true;
        let needed = answer.needed.unwrap_or_default();
        if answer.needed_allowed {
            format!(
                "no: the visibility timeout must be at least {}, not {not}",
                plural(needed, "second")
            )
        } else {
            format!(
                "no: {} are needed, above the {}-second maximum visibility timeout",
                plural(needed, "second"),
                group(answer.max)
            )
        }
    };
    report.summary = "whether an SQS visibility timeout covers the processing of a message".into();
    for check in answer.checks.iter().filter(|c| !c.holds) {
        let advice = match check.rule {
            VisibilityRule::Processing => "the message becomes visible again before it is deleted \
                 and another consumer receives it: raise the visibility timeout, or call \
                 ChangeMessageVisibility while processing"
                .to_string(),
            VisibilityRule::LambdaTimeout => "Lambda refuses an event source mapping whose \
                 function timeout is above the queue's visibility timeout"
                .to_string(),
            VisibilityRule::LambdaAdvice => format!(
                "AWS advises at least {} times the function timeout, so that Lambda can retry \
                 a batch when the function is throttled",
                group(book.value(fact::LAMBDA_VISIBILITY_TIMEOUT_MULTIPLE)?)
            ),
        };
        report.warn(format!(
            "{} of visibility timeout is below {} ({}): {advice}",
            plural(answer.visibility, "second"),
            rule_words(check.rule),
            plural(check.needed, "second")
        ));
    }
    if !answer.needed_allowed {
        report.warn(format!(
            "no visibility timeout covers {} seconds: the maximum is {} ({}) from the \
             receive, ChangeMessageVisibility included; split the work into shorter steps",
            group(answer.needed.unwrap_or_default()),
            group(answer.max),
            plural_hours(answer.max)
        ));
    }
    if request.batch_window.is_some() {
        report.aside(
            "the batching window is added to AWS's six function timeouts: Lambda holds the \
             messages in flight while it gathers a batch (AWS's page gives six timeouts alone)",
        );
    }
    report.attach_facts(book);
    Ok(report)
}

/// `awscalc sqs --wait D …`: [`calc::polling`], explained.
///
/// # Errors
/// As [`calc::polling`].
#[allow(clippy::too_many_lines)] // one report, read top to bottom
pub fn polling(request: &PollingRequest, book: &mut FactBook) -> Result<Report, Error> {
    let answer = calc::polling(request, book)?;
    let mut report = Report::new("sqs", book.as_of());
    seconds_input(
        &mut report,
        "wait",
        &request.wait,
        if answer.long_polling {
            "receive wait time (long polling)"
        } else {
            "receive wait time (short polling)"
        },
    );
    if let Some(rate) = &request.rate {
        report.input(
            "rate",
            rate.text(),
            super::rate_words(rate, "messages"),
            Value::from(rate.as_per_second()),
        );
    }
    report.input(
        "pollers",
        &request
            .pollers
            .map_or_else(|| "default".to_string(), |p| p.to_string()),
        plural(answer.pollers, "poller"),
        Value::from(answer.pollers),
    );
    report.input(
        "per_receive",
        &request
            .per_receive
            .map_or_else(|| "default".to_string(), |p| p.to_string()),
        if answer.per_receive_is_default {
            format!(
                "at most {} per receive (AWS's default MaxNumberOfMessages)",
                plural(answer.per_receive, "message")
            )
        } else {
            format!(
                "at most {} per receive (MaxNumberOfMessages)",
                plural(answer.per_receive, "message")
            )
        },
        Value::from(answer.per_receive),
    );
    if let Some(interval) = &request.interval {
        seconds_input(
            &mut report,
            "interval",
            interval,
            "between a poller's receives",
        );
    }
    for step in &answer.steps {
        let (label, unit) = match step.what {
            PollingStep::PerPoller if answer.long_polling => (
                "calls per poller per minute, empty queue: ⌈60 s / wait⌉",
                "calls",
            ),
            PollingStep::PerPoller => ("calls per poller per minute: ⌈60 s / pause⌉", "calls"),
            PollingStep::AllPollers => ("calls per minute, every poller", "calls"),
            PollingStep::PerMonth => ("calls per 30-day month, every poller", "calls"),
            PollingStep::MessageReceives => (
                "fewest receives per minute that carry the messages",
                "calls",
            ),
            PollingStep::ShortPolling => (
                "short polling instead: calls per poller per minute",
                "calls",
            ),
            PollingStep::ShortCapacity => ("messages the receives can take per minute", "messages"),
        };
        report.step(label, formula::text(&step.formula), step.value, unit);
    }
    let per_poller = answer.receives_per_poller_per_minute;
    report.field(
        "receives_per_poller_per_minute",
        Value::from(per_poller),
        "calls",
    );
    report.answer.push("receives_per_poller_per_minute".into());
    report.field(
        "receives_per_minute",
        Value::from(answer.receives_per_minute),
        "calls",
    );
    report.field(
        "receives_per_month",
        Value::from(answer.receives_per_month),
        "calls",
    );
    if let Some(n) = answer.message_receives_per_minute {
        report.field("message_receives_per_minute", Value::from(n), "calls");
    }
    if let Some(n) = answer.short_polling_per_poller_per_minute {
        report.field(
            "short_polling_per_poller_per_minute",
            Value::from(n),
            "calls",
        );
    }
    if let Some(keeps_up) = answer.keeps_up {
        report.field("keeps_up", Value::Bool(keeps_up), "");
    }
    let calls = plural(per_poller, "ReceiveMessage call");
    report.headline = if answer.long_polling {
        format!(
            "{calls} per poller per minute on an empty queue, at most ({}-second long polls)",
            group(answer.wait)
        )
    } else {
        format!("{calls} per poller per minute (short polling: each call returns at once)")
    };
    report.summary = "how many ReceiveMessage calls SQS pollers make".into();
    if answer.long_polling {
        let exact = Decimal::from(60) / answer.wait;
        let floor = exact.floor();
        if floor != per_poller && floor > Decimal::ZERO {
            report.alternatives.push(Alternative {
                value: floor,
                reading: "only the calls that end within the minute (60 / wait rounded down)"
                    .into(),
                distance: 1,
            });
        }
        report.note(
            "a long-polling receive returns as soon as a message arrives, so when messages \
             come the calls are more: about one per batch received",
        );
        if let Some(short) = answer.short_polling_per_poller_per_minute {
            report.note(format!(
                "short polling at the same pause makes {} per poller per minute, empty or not",
                plural(short, "call")
            ));
        }
    } else {
        report.note(format!(
            "short polling asks only some of SQS's servers, so a receive can come back empty \
             while messages wait; long polling (a wait of 1 to {} seconds) asks them all and \
             cuts empty responses",
            group(book.value(fact::RECEIVE_WAIT_TIME_MAX_SECONDS)?)
        ));
        if answer.keeps_up == Some(false) {
            report.check_failed = true;
            report.warn(
                "the pollers' receives cannot take the messages as fast as they arrive: the \
                 queue grows; add pollers, ask for more messages per receive, or shorten the \
                 pause",
            );
        }
    }
    report.aside(format!(
        "a month here is 30 days ({} minutes); AWS bills by the calendar month",
        group(Decimal::from(calc::MINUTES_PER_MONTH))
    ));
    report.attach_facts(book);
    Ok(report)
}

/// Bytes in the unit AWS states the limit in: `1 MiB`, `256 KiB`, else `N bytes`.
pub(super) fn binary_words(bytes: Decimal) -> String {
    let kib = Decimal::from(1024);
    let mib = kib * kib;
    let gib = mib * kib;
    if bytes >= gib && (bytes % gib).is_zero() {
        format!("{} GiB", group(bytes / gib))
    } else if bytes >= mib && (bytes % mib).is_zero() {
        format!("{} MiB", group(bytes / mib))
    } else if bytes >= kib && (bytes % kib).is_zero() {
        format!("{} KiB", group(bytes / kib))
    } else {
        plural(bytes, "byte")
    }
}

/// `awscalc sqs --message-size SIZE`: [`calc::message`], explained.
///
/// # Errors
/// As [`calc::message`].
#[allow(clippy::too_many_lines)] // one report, read top to bottom
pub fn message(request: &MessageRequest, book: &mut FactBook) -> Result<Report, Error> {
    let answer = calc::message(request, book)?;
    let mut report = Report::new("sqs", book.as_of());
    report.size_input(
        "message_size",
        &request.size,
        SizeUnit::Byte,
        KbConvention::Binary,
        " (body and attributes)",
    )?;
    if let Some(own) = &request.queue_max {
        report.size_input(
            "queue_max",
            own,
            SizeUnit::Byte,
            KbConvention::Binary,
            " (the queue's MaximumMessageSize)",
        )?;
    }
    for step in &answer.steps {
        let label = match step.what {
            MessageStep::QueueHeadroom => "SQS's maximum message size − the message",
            MessageStep::ExtendedHeadroom => "the extended client's maximum − the message",
            MessageStep::QueueMaxHeadroom => "the queue's own maximum − the message",
        };
        report.step(label, formula::text(&step.formula), step.value, "bytes");
    }
    report.field("fits", Value::Bool(answer.fits), "");
    report.answer.push("fits".into());
    report.field("max_bytes", Value::from(answer.max_bytes), "bytes");
    if let Some(own) = answer.queue_max_bytes {
        report.field("queue_max_bytes", Value::from(own), "bytes");
        report.field(
            "limit",
            Value::text(match answer.limit {
                MessageLimit::Service => "service",
                MessageLimit::Queue => "queue",
            }),
            "",
        );
    }
    report.field(
        "route",
        Value::text(match answer.route {
            MessageRoute::Queue => "queue",
            MessageRoute::RaiseQueueMax => "raise_queue_max",
            MessageRoute::ExtendedClient => "extended_client",
            MessageRoute::TooLarge => "too_large",
        }),
        "",
    );
    if let Some(max) = answer.extended_max_bytes {
        report.detail("extended_max_bytes", Value::from(max), "bytes");
    }
    let max = binary_words(answer.max_bytes);
    let over = answer.bytes - answer.max_bytes;
    let own = answer.queue_max_bytes.map(binary_words);
    report.headline = match answer.route {
        MessageRoute::Queue => match (&own, answer.limit) {
            (Some(own), MessageLimit::Queue) => {
                format!("yes: the message fits the queue's own maximum of {own} (SQS's is {max})")
            }
            _ => format!("yes: the message fits SQS's maximum of {max}"),
        },
        MessageRoute::RaiseQueueMax => {
            report.check_failed = true;
            format!(
                "no: {} above the queue's own maximum of {}: raise MaximumMessageSize (SQS                  allows up to {max})",
                plural(
                    answer.bytes - answer.queue_max_bytes.unwrap_or_default(),
                    "byte"
                ),
                own.clone().unwrap_or_default()
            )
        }
        MessageRoute::ExtendedClient => {
            report.check_failed = true;
            format!(
                "no: {} above SQS's maximum of {max}: use the Extended Client Library (S3)",
                plural(over, "byte")
            )
        }
        MessageRoute::TooLarge => {
            report.check_failed = true;
            format!(
                "no: above SQS's {max} and the extended client's {}",
                binary_words(answer.extended_max_bytes.unwrap_or_default())
            )
        }
    };
    report.summary = "whether a message fits Amazon SQS".into();
    if answer.limit == MessageLimit::Queue {
        report.note(format!(
            "the queue's own MaximumMessageSize ({}) is below SQS's maximum ({max}), so it \
             decides: a larger message is refused",
            own.clone().unwrap_or_default()
        ));
    }
    match answer.route {
        MessageRoute::Queue | MessageRoute::RaiseQueueMax => {}
        MessageRoute::ExtendedClient => report.note(format!(
            "the Extended Client Library (Java, Python) stores the payload in S3 and sends a \
             reference through the queue, up to {} a message",
            binary_words(answer.extended_max_bytes.unwrap_or_default())
        )),
        MessageRoute::TooLarge => report
            .warn("split the payload, or put it in S3 yourself and send its key through the queue"),
    }
    report.attach_facts(book);
    Ok(report)
}

/// A queue setting's name in words.
fn queue_setting_name(setting: QueueSetting) -> &'static str {
    match setting {
        QueueSetting::Retention => "retention period",
        QueueSetting::Delay => "delay",
        QueueSetting::MaxReceiveCount => "maxReceiveCount",
        QueueSetting::InFlight => "in-flight count",
    }
}

/// A value of a queue setting in words: `20 days (1,728,000 s)`, `5,000 receives`.
fn queue_setting_value(setting: QueueSetting, value: Decimal) -> String {
    match setting {
        QueueSetting::Retention | QueueSetting::Delay => {
            let day = Decimal::from(86_400);
            let minute = Decimal::from(60);
            if value >= day && (value % day).is_zero() {
                format!("{} ({} s)", plural(value / day, "day"), group(value))
            } else if value >= minute && (value % minute).is_zero() {
                format!("{} ({} s)", plural(value / minute, "minute"), group(value))
            } else {
                plural(value, "second")
            }
        }
        QueueSetting::MaxReceiveCount => format!("{} receives", group(value)),
        QueueSetting::InFlight => plural(value, "message"),
    }
}

/// `awscalc sqs --retention D --delay D --max-receive-count N --in-flight N`:
/// [`calc::settings`], explained.
///
/// # Errors
/// As [`calc::settings`].
#[allow(clippy::too_many_lines)] // one report, read top to bottom
pub fn settings(request: &SettingsRequest, book: &mut FactBook) -> Result<Report, Error> {
    let answer = calc::settings(request, book)?;
    let mut report = Report::new("sqs", book.as_of());
    report.input(
        "queue",
        &request
            .kind
            .map_or_else(|| "default".to_string(), |k| k.to_string()),
        format!("a {} queue", answer.kind),
        Value::text(answer.kind.to_string()),
    );
    if let Some(retention) = &request.retention {
        seconds_input(&mut report, "retention", retention, "to keep a message");
    }
    if let Some(delay) = &request.delay {
        seconds_input(
            &mut report,
            "delay",
            delay,
            "before a message can be received",
        );
    }
    if let Some(n) = request.max_receive_count {
        report.input(
            "max_receive_count",
            &n.to_string(),
            format!(
                "{} receives before the dead-letter queue",
                group(Decimal::from(n))
            ),
            Value::from(Decimal::from(n)),
        );
    }
    if let Some(n) = request.in_flight {
        report.input(
            "in_flight",
            &n.to_string(),
            format!(
                "{} received and not yet deleted",
                plural(Decimal::from(n), "message")
            ),
            Value::from(Decimal::from(n)),
        );
    }
    for step in &answer.steps {
        let unit = match step.what {
            QueueSetting::Retention | QueueSetting::Delay => "seconds",
            QueueSetting::MaxReceiveCount => "receives",
            QueueSetting::InFlight => "messages",
        };
        report.step(
            format!("most allowed − the {}", queue_setting_name(step.what)),
            formula::text(&step.formula),
            step.value,
            unit,
        );
    }
    report.field("fits", Value::Bool(answer.fits), "");
    report.answer.push("fits".into());
    for check in &answer.checks {
        let key = match check.setting {
            QueueSetting::Retention => "retention",
            QueueSetting::Delay => "delay",
            QueueSetting::MaxReceiveCount => "max_receive_count",
            QueueSetting::InFlight => "in_flight",
        };
        report.detail(
            &format!("{key}_range"),
            Value::Map(vec![
                ("min".into(), Value::from(check.min)),
                ("max".into(), Value::from(check.max)),
                ("fits".into(), Value::Bool(check.fits)),
            ]),
            "",
        );
    }
    let failing = answer.checks.iter().find(|c| !c.fits);
    report.headline = match failing {
        None => "yes: every setting is within AWS's range".into(),
        Some(check) => {
            report.check_failed = true;
            let name = queue_setting_name(check.setting);
            let (side, bound) = if check.value > check.max {
                ("above the most", check.max)
            } else {
                ("below the least", check.min)
            };
            format!(
                "no: {name} of {} is {side} allowed, {}",
                queue_setting_value(check.setting, check.value),
                queue_setting_value(check.setting, bound)
            )
        }
    };
    report.summary = "whether SQS queue settings are within AWS's ranges".into();
    for check in answer.checks.iter().filter(|c| !c.fits).skip(1) {
        report.warn(format!(
            "{} of {} is outside {} to {}",
            queue_setting_name(check.setting),
            queue_setting_value(check.setting, check.value),
            group(check.min),
            queue_setting_value(check.setting, check.max)
        ));
    }
    for check in &answer.checks {
        match check.setting {
            QueueSetting::Retention => {
                if let Some(default) = book.peek(fact::RETENTION_DEFAULT_SECONDS) {
                    report.note(format!(
                        "a queue keeps messages {} unless set; a dead-letter queue should keep \
                         them longer than its source queue",
                        queue_setting_value(QueueSetting::Retention, default)
                    ));
                }
            }
            QueueSetting::MaxReceiveCount => report.note(
                "the range 1 to 1,000 for maxReceiveCount is not confirmed on an AWS page \
                 (found only in AWS's MDAA docs and IaC validators)",
            ),
            QueueSetting::InFlight => report.note(match answer.kind {
                crate::calc::lambda::QueueKind::Standard => {
                    "a standard queue's limit is approximate: at it, short polling gets \
                     OverLimit errors; delete messages once processed"
                }
                crate::calc::lambda::QueueKind::Fifo => {
                    "at a FIFO queue's limit SQS returns no error, but receives stall until \
                     messages are deleted"
                }
            }),
            QueueSetting::Delay => {}
        }
    }
    report.attach_facts(book);
    Ok(report)
}
