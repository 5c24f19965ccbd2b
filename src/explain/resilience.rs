//! Reports for `awscalc dr`: [`crate::calc::resilience`]'s results in English.

use std::fmt;

use rust_decimal::Decimal;

use crate::calc::resilience::{
    self as calc, AlarmPeriods, Band, Dr, DrRequest, DrStep, Limit, LimitKind, LimitRequest,
    Mechanism, Problem, Strategy, Verdict,
};
use crate::error::Error;
use crate::facts::FactBook;
use crate::report::{Report, Value};
use crate::steps::Step;
use crate::units::{group, Duration, KbConvention, SizeUnit};
use crate::words::plural;

use super::formula;

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::UnknownBand { value } => {
                write!(f, "internal error: no disaster-recovery band {value}")
            }
        }
    }
}

/// A strategy's name, as the whitepaper writes it.
#[must_use]
pub fn strategy_words(strategy: Strategy) -> &'static str {
    match strategy {
        Strategy::BackupRestore => "backup and restore",
        Strategy::PilotLight => "pilot light",
        Strategy::WarmStandby => "warm standby",
        Strategy::MultiSite => "multi-site active/active",
    }
}

/// A band in AWS's words.
fn band_words(band: Band) -> &'static str {
    match band {
        Band::RealTime => "real time",
        Band::Minutes => "minutes",
        Band::TensOfMinutes => "tens of minutes",
        Band::Hours => "hours",
    }
}

/// A verdict in words.
fn verdict_words(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Meets => "meets",
        Verdict::MayMeet => "may meet",
        Verdict::Misses => "misses",
    }
}

/// A mechanism in words.
fn mechanism_words(mechanism: Mechanism) -> &'static str {
    match mechanism {
        Mechanism::DynamodbPitr => "DynamoDB point-in-time recovery (PITR)",
        Mechanism::RdsAutomatedBackups => "RDS automated backups",
        Mechanism::AuroraGlobalDatabase => "Aurora Global Database",
        Mechanism::S3ReplicationTimeControl => "S3 Replication Time Control",
        Mechanism::ScheduledSnapshots => "scheduled snapshots",
    }
}

/// A mechanism's step label, with the loss it reads: `DynamoDB PITR, typically 5 min back`.
fn mechanism_label(mechanism: Mechanism, loss: &str) -> String {
    match mechanism {
        Mechanism::DynamodbPitr => format!("DynamoDB PITR, typically {loss} back"),
        Mechanism::RdsAutomatedBackups => format!("RDS backups, logs every {loss}"),
        Mechanism::AuroraGlobalDatabase => format!("Aurora Global Database, lag under {loss}"),
        Mechanism::S3ReplicationTimeControl => format!("S3 RTC, 99.99 % within {loss}"),
        Mechanism::ScheduledSnapshots => format!("a snapshot every {loss}"),
    }
}

/// Seconds in the largest whole unit: `5 min`, `24 h`, `1 s`.
fn human(seconds: Decimal) -> String {
    for (per, unit) in [(86_400, "d"), (3_600, "h"), (60, "min")] {
        let per = Decimal::from(per);
        if seconds >= per && (seconds % per).is_zero() {
            return format!("{} {unit}", group(seconds / per));
        }
    }
    format!("{} s", group(seconds))
}

/// A duration as typed with its seconds beside: `15min (900 s)`; `90s` stays `90 s`.
fn duration_words(duration: &Duration) -> String {
    let seconds = duration.seconds();
    if duration.text().replace(' ', "") == format!("{seconds}s") {
        format!("{} s", group(seconds))
    } else {
        format!("{} ({} s)", duration.text(), group(seconds))
    }
}

/// `awscalc dr`: [`calc::dr`], explained.
///
/// # Errors
/// As [`calc::dr`].
pub fn dr(request: &DrRequest, book: &mut FactBook) -> Result<Report, Error> {
    let answer = calc::dr(request, book)?;
    let mut report = Report::new("dr", book.as_of());
    inputs(request, &answer, &mut report);
    for step in &answer.steps {
        let mechanism = match step.what {
            DrStep::Strategy(strategy) => {
                strategy_step(&answer, strategy, step, &mut report);
                continue;
            }
            DrStep::Loss(mechanism) => mechanism,
        };
        let fit = answer.mechanisms.iter().find(|m| m.mechanism == mechanism);
        let loss = fit.map_or(Decimal::ZERO, |m| m.loss_seconds);
        report.step(
            mechanism_label(mechanism, &human(loss)),
            formula::text(&step.formula),
            step.value,
            "s",
        );
    }
    report.field(
        "strategy",
        answer
            .strategy
            .map_or(Value::Null, |s| Value::text(strategy_words(s))),
        "",
    );
    report.answer.push("strategy".into());
    report.field(
        "verdict",
        answer
            .verdict
            .map_or(Value::Null, |v| Value::text(verdict_words(v))),
        "",
    );
    report.field(
        "mechanisms_meeting_rpo",
        Value::List(
            answer
                .mechanisms
                .iter()
                .filter(|m| m.meets)
                .map(|m| Value::text(mechanism_words(m.mechanism)))
                .collect(),
        ),
        "",
    );
    report.detail(
        "pitr_window_days",
        answer.pitr_window_days.map_or(Value::Null, Value::from),
        "days",
    );
    report.detail(
        "strategies",
        Value::List(
            answer
                .strategies
                .iter()
                .map(|s| {
                    Value::Map(vec![
                        ("strategy".into(), Value::text(strategy_words(s.strategy))),
                        ("band".into(), Value::text(band_words(s.band))),
                        ("rpo".into(), Value::text(verdict_words(s.rpo))),
                        ("rto".into(), Value::text(verdict_words(s.rto))),
                    ])
                })
                .collect(),
        ),
        "",
    );
    let targets = format!("RPO {} and RTO {}", request.rpo.text(), request.rto.text());
    report.headline = match (answer.strategy, answer.verdict) {
        (Some(s), Some(Verdict::Meets)) => format!(
            "{}: the cheapest strategy that meets {targets}",
            strategy_words(s)
        ),
        (Some(s), _) => format!(
            "{}, if its design does: no strategy's band is wholly within {targets}",
            strategy_words(s)
        ),
        (None, _) => format!("no strategy meets {targets}"),
    };
    report.summary =
        "disaster-recovery strategies and data mechanisms for an RPO and an RTO".into();
    notes(&answer, &mut report);
    dr_readings(&answer, &mut report);
    report.attach_facts(book);
    Ok(report)
}

/// The other strategies as readings for `--expect`: what would make each the answer.
fn dr_readings(answer: &Dr, report: &mut Report) {
    for fit in answer
        .strategies
        .iter()
        .filter(|s| Some(s.strategy) != answer.strategy)
    {
        let band = band_words(fit.band);
        let reading = match fit.overall {
            Verdict::MayMeet => format!(
                "the looser reading of its band ({band}): a strategy that may meet the target, \
                 depending on its design"
            ),
            Verdict::Meets => format!(
                "a costlier strategy that also meets the target (its band: {band}); the answer \
                 is the cheapest"
            ),
            Verdict::Misses => {
                let missed = match (fit.rpo, fit.rto) {
                    (Verdict::Misses, Verdict::Misses) => "the RPO and the RTO",
                    (Verdict::Misses, _) => "the RPO",
                    _ => "the RTO",
                };
                format!("a target loose enough for its band ({band}): it misses {missed} here")
            }
        };
        report
            .text_alternatives
            .push((strategy_words(fit.strategy).to_string(), reading));
    }
}

/// The inputs of `dr` as understood.
fn inputs(request: &DrRequest, answer: &Dr, report: &mut Report) {
    report.input(
        "rpo",
        request.rpo.text(),
        format!(
            "{}: the most data, in time, that may be lost",
            duration_words(&request.rpo)
        ),
        Value::from(answer.rpo_seconds),
    );
    report.input(
        "rto",
        request.rto.text(),
        format!(
            "{}: the longest the workload may be down",
            duration_words(&request.rto)
        ),
        Value::from(answer.rto_seconds),
    );
    if let Some(every) = &request.snapshot_every {
        report.input(
            "snapshot_every",
            every.text(),
            format!("{} between snapshots", duration_words(every)),
            Value::from(every.seconds()),
        );
    }
}

/// A strategy's step: its band's end against the RPO and the RTO, and its verdicts.
fn strategy_step(answer: &Dr, strategy: Strategy, step: &Step<DrStep>, report: &mut Report) {
    let Some(fit) = answer.strategies.iter().find(|s| s.strategy == strategy) else {
        return;
    };
    let verdicts = if fit.rpo == fit.rto {
        format!("{} both", verdict_words(fit.rpo))
    } else {
        format!(
            "{} RPO, {} RTO",
            verdict_words(fit.rpo),
            verdict_words(fit.rto)
        )
    };
    report.step(
        format!(
            "{}, {}: {verdicts}",
            strategy_words(strategy),
            band_words(fit.band)
        ),
        formula::text(&step.formula),
        step.value,
        "s",
    );
}

/// The notes of `dr` that change the reading.
fn notes(answer: &Dr, report: &mut Report) {
    report.aside(
        "AWS gives each strategy a band in words, not a number: a strategy \"may meet\" a \
         target that falls inside its band (it depends on the design), as docs/resilience.md \
         says",
    );
    if let Some(cheaper) = answer
        .strategies
        .iter()
        .find(|s| s.overall == Verdict::MayMeet && Some(s.strategy) < answer.strategy)
    {
        report.note(format!(
            "{} may meet it too, more cheaply: its band ({}) holds the target",
            strategy_words(cheaper.strategy),
            band_words(cheaper.band)
        ));
    }
    let meeting: Vec<&str> = answer
        .mechanisms
        .iter()
        .filter(|m| m.meets)
        .map(|m| mechanism_words(m.mechanism))
        .collect();
    report.aside(if meeting.is_empty() {
        "no data mechanism listed keeps the loss within the RPO".to_string()
    } else {
        format!("within the RPO: {}", meeting.join(", "))
    });
    if let Some(days) = answer.pitr_window_days {
        report.aside(format!(
            "DynamoDB point-in-time recovery restores to any second of the last {} (1 to {} \
             with RecoveryPeriodInDays)",
            plural(days, "day"),
            group(days)
        ));
    }
    report.aside(
        "a restore's own time counts against the RTO: restoring a large snapshot or table can \
         take hours",
    );
}

/// A limit in words.
fn limit_words(kind: LimitKind) -> &'static str {
    match kind {
        LimitKind::PresignSigv4 => "SigV4's longest presigned URL",
        LimitKind::PresignCredential => "the signing credential's remaining life",
        LimitKind::WafMinimum => "WAF's lowest rate limit",
        LimitKind::KmsEncrypt => "KMS Encrypt's plaintext limit",
        LimitKind::ApigwTimeout => "API Gateway's integration timeout",
        LimitKind::ApigwPayload => "API Gateway's largest payload",
        LimitKind::ApigwRate => "API Gateway's account request rate",
        LimitKind::ApigwCacheTtl => "API Gateway's longest cache TTL",
        LimitKind::ApigwCacheSize => "API Gateway's largest cache",
        LimitKind::SecretsRotation => "Secrets Manager's fastest rotation",
        LimitKind::S3Buckets => "S3's default bucket quota",
        LimitKind::Route53Multivalue => "Route 53's records per multivalue answer",
        LimitKind::CloudwatchRetention => "CloudWatch's retention for that period",
        LimitKind::AlarmPeriod => "a valid alarm period",
        LimitKind::AlarmEvaluation => "an alarm's longest evaluation span",
    }
}

/// `10, 20 or 30 s or a multiple of 60 s`: the periods an alarm takes, from the facts.
fn alarm_periods(p: AlarmPeriods) -> String {
    let mut short = Vec::new();
    let mut at = p.step;
    while at <= p.high_max && !p.step.is_zero() && short.len() < 10 {
        short.push(group(at));
        at += p.step;
    }
    let longest = short.pop().unwrap_or_default();
    let shown = if short.is_empty() {
        longest
    } else {
        format!("{} or {longest}", short.join(", "))
    };
    format!("{shown} s or a multiple of {} s", group(p.minute))
}

/// `1 bucket`, `500 buckets`: a count and its noun.
fn count_words(n: u64, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{} {noun}s", group(Decimal::from(n)))
    }
}

/// `awscalc limit`: [`calc::limit`], explained.
///
/// # Errors
/// As [`calc::limit`].
#[allow(clippy::too_many_lines)] // one input arm per limit, read top to bottom
pub fn limit(request: &LimitRequest, book: &mut FactBook) -> Result<Report, Error> {
    let answer = calc::limit(request, book)?;
    let mut report = Report::new("limit", book.as_of());
    let (unit, summary) = match request {
        LimitRequest::Presign { expires, remaining } => {
            report.input(
                "expires",
                expires.text(),
                format!("{} until the URL expires", duration_words(expires)),
                Value::from(expires.seconds()),
            );
            if let Some(left) = remaining {
                report.input(
                    "remaining",
                    left.text(),
                    format!("{} left of the signing credential", duration_words(left)),
                    Value::from(left.seconds()),
                );
            }
            ("s", "whether a presigned URL can stay valid that long")
        }
        LimitRequest::Waf { requests, window } => {
            report.input(
                "requests",
                &requests.to_string(),
                format!("{} from one client", plural(*requests, "request")),
                Value::from(Decimal::from(*requests)),
            );
            report.input(
                "window",
                window.text(),
                format!("{} evaluation window", duration_words(window)),
                Value::from(window.seconds()),
            );
            ("requests", "whether a WAF rate-based rule can be set so")
        }
        LimitRequest::Kms { size } => {
            report.input(
                "size",
                size.text(),
                format!("{} of plaintext", plural(answer.need, "byte")),
                Value::from(answer.need),
            );
            ("bytes", "whether KMS Encrypt takes the plaintext directly")
        }
        LimitRequest::Apigw {
            timeout,
            payload,
            rate,
            cache_ttl,
            cache_gb,
        } => {
            if let Some(gb) = cache_gb {
                report.input(
                    "cache_gb",
                    &gb.to_string(),
                    format!("{} GB of stage cache", group(*gb)),
                    Value::from(*gb),
                );
            }
            if let Some(ttl) = cache_ttl {
                report.input(
                    "cache_ttl",
                    ttl.text(),
                    format!("{} in the stage cache", duration_words(ttl)),
                    Value::from(ttl.seconds()),
                );
            }
            if let Some(timeout) = timeout {
                report.input(
                    "timeout",
                    timeout.text(),
                    format!("{} for the integration", duration_words(timeout)),
                    Value::from(timeout.seconds()),
                );
            }
            if let Some(payload) = payload {
                let bytes = payload
                    .bytes(SizeUnit::Byte, KbConvention::Binary)
                    .unwrap_or_default();
                report.input(
                    "payload",
                    payload.text(),
                    format!("{} of payload", plural(bytes, "byte")),
                    Value::from(bytes),
                );
            }
            if let Some(rate) = rate {
                report.input(
                    "rate",
                    rate.text(),
                    format!(
                        "{} requests per second",
                        group(rate.as_per_second().round_dp(4).normalize())
                    ),
                    Value::from(rate.as_per_second()),
                );
            }
            let unit = match (timeout, payload, rate) {
                (None, Some(_), _) => "bytes",
                (None, None, Some(_)) => "requests/s",
                // A timeout, or the cache TTL alone: seconds.
                _ => "s",
            };
            (unit, "whether an API Gateway REST API takes it")
        }
        LimitRequest::Secrets { every } => {
            report.input(
                "rotate_every",
                every.text(),
                format!("{} between rotations", duration_words(every)),
                Value::from(every.seconds()),
            );
            ("s", "whether Secrets Manager rotates a secret that often")
        }
        LimitRequest::Buckets { buckets } => {
            report.input(
                "buckets",
                &buckets.to_string(),
                format!("{} in one account", count_words(*buckets, "bucket")),
                Value::from(Decimal::from(*buckets)),
            );
            (
                "buckets",
                "whether one account holds that many S3 buckets by default",
            )
        }
        LimitRequest::Multivalue { records } => {
            report.input(
                "records",
                &records.to_string(),
                format!("{} in one answer", count_words(*records, "healthy record")),
                Value::from(Decimal::from(*records)),
            );
            (
                "records",
                "whether one Route 53 multivalue answer returns that many records",
            )
        }
        LimitRequest::Alarm {
            period,
            evaluations,
        } => {
            report.input(
                "period",
                period.text(),
                format!("{} alarm period", duration_words(period)),
                Value::from(period.seconds()),
            );
            report.input(
                "evaluations",
                &evaluations.to_string(),
                format!("{} evaluated", plural(*evaluations, "period")),
                Value::from(Decimal::from(*evaluations)),
            );
            ("s", "whether a CloudWatch alarm can evaluate so")
        }
        LimitRequest::Cloudwatch { period, keep } => {
            report.input(
                "period",
                period.text(),
                format!("{} data points", duration_words(period)),
                Value::from(period.seconds()),
            );
            report.input(
                "keep",
                keep.text(),
                format!("{} back", duration_words(keep)),
                Value::from(keep.seconds()),
            );
            (
                "s",
                "whether CloudWatch keeps data points of that period that long",
            )
        }
    };
    for step in &answer.steps {
        let what = match step.what {
            LimitKind::WafMinimum => "requests − minimum",
            LimitKind::SecretsRotation => "interval − minimum",
            LimitKind::AlarmPeriod => "period − next valid one",
            LimitKind::AlarmEvaluation => "limit − period × periods",
            _ => "limit − need",
        };
        let unit = match step.what {
            LimitKind::ApigwTimeout | LimitKind::ApigwCacheTtl => "s",
            LimitKind::ApigwCacheSize => "GB",
            LimitKind::ApigwPayload => "bytes",
            LimitKind::ApigwRate => "requests/s",
            _ => unit,
        };
        report.step(
            format!("{}: {what}", limit_words(step.what)),
            formula::text(&step.formula),
            step.value,
            unit,
        );
    }
    report.field("fits", Value::Bool(answer.fits), "");
    report.answer.push("fits".into());
    if let Some(rate) = answer.rate_per_second {
        report.field(
            "rate_per_second",
            Value::from(rate.round_dp(4).normalize()),
            "requests/s",
        );
    }
    if !answer.windows.is_empty() {
        report.detail(
            "windows_seconds",
            Value::List(answer.windows.iter().map(|w| Value::from(*w)).collect()),
            "s",
        );
    }
    report.summary = summary.into();
    let broken: Vec<&str> = answer
        .checks
        .iter()
        .filter(|c| !c.fits)
        .map(|c| limit_words(c.limit))
        .collect();
    report.headline = if answer.fits {
        "yes: within the limit".to_string()
    } else if answer.window_offered == Some(false) {
        let windows: Vec<String> = answer.windows.iter().map(|w| human(*w)).collect();
        format!(
            "no: the window is not one WAF offers on {} ({})",
            book.as_of(),
            windows.join(", ")
        )
    } else if answer
        .checks
        .iter()
        .any(|c| c.limit == LimitKind::AlarmPeriod && !c.fits)
    {
        format!(
            "no: an alarm's period is {}",
            answer.alarm_periods.map(alarm_periods).unwrap_or_default()
        )
    } else if matches!(request, LimitRequest::Secrets { .. }) {
        "no: more often than Secrets Manager rotates a secret".to_string()
    } else {
        format!("no: above {}", broken.join(" and "))
    };
    report.check_failed = !answer.fits;
    limit_notes(request, &answer, &mut report);
    if let Some(capacity) = answer.cache_capacity_gb {
        report.field("cache_capacity_gb", Value::from(capacity), "GB");
        let mut sizes = Vec::new();
        for id in crate::facts::resilience::APIGW_CACHE_CAPACITIES_GB {
            sizes.push(group(book.value(id)?));
        }
        let last = sizes.pop().unwrap_or_default();
        let rest = sizes;
        report.note(format!(
            "the smallest cache capacity that holds it: {} GB (a stage chooses {} or {last} GB; a \
             larger one costs more per hour)",
            group(capacity),
            rest.join(", ")
        ));
    }
    if let LimitRequest::Apigw {
        cache_ttl: Some(_), ..
    } = request
    {
        report.note(format!(
            "a stage cache keeps a response {} unless set (0 turns caching off), and holds \
             responses of up to {}",
            human(book.value(crate::facts::resilience::APIGW_CACHE_TTL_DEFAULT_SECONDS)?),
            plural(
                book.value(crate::facts::resilience::APIGW_CACHE_RESPONSE_MAX_BYTES)?,
                "byte"
            )
        ));
    }
    report.attach_facts(book);
    Ok(report)
}

/// The notes of `limit` that change the reading.
fn limit_notes(request: &LimitRequest, answer: &Limit, report: &mut Report) {
    match request {
        LimitRequest::Presign { remaining, .. } => {
            report.note(if remaining.is_some() {
                "a presigned URL stops working when the credential that signed it expires"
            } else {
                "signed with temporary credentials (a role), the URL dies with them: give \
                 --remaining"
            });
        }
        LimitRequest::Waf { .. } => {
            if let Some(rate) = answer.rate_per_second {
                report.note(format!(
                    "that is about {} requests per second sustained; WAF counts near the limit, \
                     not exactly",
                    group(rate.round_dp(2).normalize())
                ));
            }
        }
        LimitRequest::Apigw { timeout, rate, .. } => {
            if timeout.is_some() && !answer.fits {
                report.note(if answer.timeout_raisable == Some(true) {
                    "29 s is the default: a Regional or private REST API can have it raised with a \
                     quota increase (since June 2024), an edge-optimized one cannot; or answer at \
                     once and finish the work asynchronously"
                } else {
                    "the integration timeout could not be raised then: answer at once and finish \
                     the work asynchronously"
                });
            }
            if let (Some(_), Some(burst)) = (rate, answer.burst) {
                report.note(format!(
                    "the account's token bucket holds a burst of {} requests; a stage or usage \
                     plan can set lower limits",
                    group(burst)
                ));
            }
        }
        LimitRequest::Secrets { .. } => {
            report.note(
                "set hours with a ScheduleExpression such as rate(4 hours); AutomaticallyAfterDays \
                 counts whole days",
            );
        }
        LimitRequest::Buckets { .. } => {
            if !answer.fits {
                report.note("the bucket quota can be raised with a Service Quotas request");
            }
        }
        LimitRequest::Multivalue { .. } => {
            report.note(
                "with more healthy records, Route 53 answers different resolvers with different \
                 sets of up to that many",
            );
        }
        LimitRequest::Alarm { period, .. } => {
            if let (Some(valid), Some(periods)) =
                (answer.valid_period_seconds, answer.alarm_periods)
            {
                if valid != period.seconds() {
                    report.note(format!(
                        "an alarm's period is {} (the shorter ones for high-resolution metrics \
                         only): the next valid one is {}",
                        alarm_periods(periods),
                        human(valid)
                    ));
                } else if valid <= periods.high_max {
                    report.note(
                        "a period under a minute makes a high-resolution alarm, charged more, and \
                         needs a metric stored at 1-second resolution",
                    );
                }
            }
        }
        LimitRequest::Cloudwatch { .. } => {
            if let Some(kept) = answer.kept_seconds {
                report.note(format!(
                    "data points of that period are kept {}; older data is kept only at longer \
                     periods (see `awscalc facts cloudwatch`)",
                    human(kept)
                ));
            }
        }
        LimitRequest::Kms { .. } => {
            if !answer.fits {
                report.note(
                    "use envelope encryption: GenerateDataKey, encrypt the data locally with the \
                     plaintext key, keep the encrypted key beside it",
                );
            }
        }
    }
}
