//! `awscalc limit`: questions decided by one AWS limit. A presigned URL's expiry against
//! SigV4's 7 days and the signing credential's remaining life; a WAF rate-based rule's
//! window and minimum limit; KMS Encrypt's plaintext limit.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::error::Error;
use crate::facts::resilience as fact;
use crate::facts::FactBook;
use crate::steps::{Expr, Step, Unit};
use crate::units::{Duration, KbConvention, Rate, Size, SizeUnit};

/// Seconds in a minute, five minutes, an hour and a day: units of time, not AWS values.
const MINUTE: Decimal = Decimal::from_parts(60, 0, 0, false, 0);
const FIVE_MINUTES: Decimal = Decimal::from_parts(300, 0, 0, false, 0);
const HOUR: Decimal = Decimal::from_parts(3_600, 0, 0, false, 0);
const DAY: Decimal = Decimal::from_parts(86_400, 0, 0, false, 0);

/// A single-threshold question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LimitRequest {
    /// `limit presign --expires 15min [--remaining 1h]`.
    Presign {
        /// How long the URL is to stay valid.
        expires: Duration,
        /// What is left of the signing credential's life (a role session), where given.
        remaining: Option<Duration>,
    },
    /// `limit waf --requests 500 --window 5min`.
    Waf {
        /// Requests per window from one client before the rule acts.
        requests: u64,
        /// The evaluation window.
        window: Duration,
    },
    /// `limit kms --size 10kb`.
    Kms {
        /// The plaintext to encrypt (a bare number is bytes; KB is 1,024 bytes).
        size: Size,
    },
    /// `limit apigw --timeout 45s`, `--payload 12mb`, `--rate 12000/s`: any of them.
    Apigw {
        /// How long the integration is to run.
        timeout: Option<Duration>,
        /// The request or response payload.
        payload: Option<Size>,
        /// Requests per second across the account in the Region.
        rate: Option<Rate>,
        /// How long the stage cache is to keep a response (its TTL).
        cache_ttl: Option<Duration>,
        /// The cache capacity wanted, in GB (the unit of the API's CacheClusterSize).
        cache_gb: Option<Decimal>,
    },
    /// `limit secrets --rotate-every 2h`.
    Secrets {
        /// The rotation interval wanted.
        every: Duration,
    },
    /// `limit s3-buckets --buckets 500`.
    Buckets {
        /// General purpose buckets in one account.
        buckets: u64,
    },
    /// `limit route53 --records 10`.
    Multivalue {
        /// Healthy records wanted in one multivalue answer.
        records: u64,
    },
    /// `limit alarm --period 30s --evaluations 5`.
    Alarm {
        /// The alarm's period.
        period: Duration,
        /// How many periods it evaluates (EvaluationPeriods).
        evaluations: u64,
    },
    /// `limit cloudwatch --period 1s --keep 5h`.
    Cloudwatch {
        /// The period of the data points.
        period: Duration,
        /// How far back they are wanted.
        keep: Duration,
    },
}

/// Which limit a check weighs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LimitKind {
    /// SigV4's longest presigned URL.
    PresignSigv4,
    /// The signing credential's remaining life.
    PresignCredential,
    /// WAF's lowest rate limit.
    WafMinimum,
    /// KMS Encrypt's plaintext limit.
    KmsEncrypt,
    /// API Gateway's integration timeout (default quota).
    ApigwTimeout,
    /// API Gateway's largest payload.
    ApigwPayload,
    /// API Gateway's steady request rate per account and Region.
    ApigwRate,
    /// API Gateway's longest stage-cache TTL.
    ApigwCacheTtl,
    /// API Gateway's largest stage-cache capacity.
    ApigwCacheSize,
    /// Secrets Manager's shortest rotation interval.
    SecretsRotation,
    /// S3 buckets per account (default quota).
    S3Buckets,
    /// Route 53's healthy records per multivalue answer.
    Route53Multivalue,
    /// How long CloudWatch keeps data points of the period.
    CloudwatchRetention,
    /// The periods an alarm takes: 10, 20, 30 s or a multiple of 60 s.
    AlarmPeriod,
    /// How long an alarm's evaluation periods may span together.
    AlarmEvaluation,
}

/// One limit weighed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LimitCheck {
    /// The limit.
    pub limit: LimitKind,
    /// Whether the question keeps to it.
    pub fits: bool,
}

/// The periods a CloudWatch alarm takes: multiples of `step` up to `high_max` (high
/// resolution), and multiples of `minute`; all in seconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct AlarmPeriods {
    /// The step of the high-resolution periods (10 s).
    pub step: Decimal,
    /// The longest high-resolution period (30 s).
    pub high_max: Decimal,
    /// Every longer period is a multiple of this (60 s).
    pub minute: Decimal,
}

/// The answer to a [`LimitRequest`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Limit {
    /// Whether every limit holds.
    pub fits: bool,
    /// Each limit weighed.
    pub checks: Vec<LimitCheck>,
    /// WAF: the windows offered on the date, in seconds.
    pub windows: Vec<Decimal>,
    /// WAF: whether the window asked is one of them.
    pub window_offered: Option<bool>,
    /// WAF: the request rate the limit means, per second.
    pub rate_per_second: Option<Decimal>,
    /// The measure of the question in the limit's unit: seconds, requests or bytes.
    pub need: Decimal,
    /// API Gateway: the integration timeout can be raised past the default on the date
    /// (Regional and private REST APIs).
    pub timeout_raisable: Option<bool>,
    /// API Gateway: the burst (token bucket) per account and Region.
    pub burst: Option<Decimal>,
    /// CloudWatch: how long data points of the period asked are kept, in seconds.
    pub kept_seconds: Option<Decimal>,
    /// API Gateway: the smallest stage-cache capacity that holds the one asked, in GB.
    pub cache_capacity_gb: Option<Decimal>,
    /// CloudWatch alarm: the shortest period it takes at or above the one asked, in
    /// seconds (the period itself when it is valid).
    pub valid_period_seconds: Option<Decimal>,
    /// CloudWatch alarm: the periods it takes, as AWS states them.
    pub alarm_periods: Option<AlarmPeriods>,
    /// The derivation.
    pub steps: Vec<Step<LimitKind>>,
}

/// Weighs `request` against the limits in force on the book's date.
///
/// ```
/// use awscalc::calc::resilience::{limit, LimitRequest};
/// use awscalc::facts::{FactBook, Registry};
///
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 11, 30));
/// // 10 KB = 10,240 bytes > 4,096: KMS Encrypt refuses it; use envelope encryption.
/// let kms = LimitRequest::Kms { size: "10kb".parse().unwrap() };
/// assert!(!limit(&kms, &mut book).unwrap().fits);
/// ```
///
/// # Errors
/// [`Error::NotYetAvailable`] for a WAF question before rate-based rules existed.
#[allow(clippy::too_many_lines)] // one short arm per limit, read top to bottom
pub fn limit(request: &LimitRequest, book: &mut FactBook) -> Result<Limit, Error> {
    let mut steps = Vec::new();
    let mut checks = Vec::new();
    let mut answer = Limit {
        fits: true,
        checks: Vec::new(),
        windows: Vec::new(),
        window_offered: None,
        rate_per_second: None,
        need: Decimal::ZERO,
        timeout_raisable: None,
        burst: None,
        kept_seconds: None,
        valid_period_seconds: None,
        alarm_periods: None,
        cache_capacity_gb: None,
        steps: Vec::new(),
    };
    let mut check = |kind: LimitKind, demand: Expr, max: Expr| -> Result<(), Error> {
        let fits = demand.eval()? <= max.eval()?;
        steps.push(Step::new(kind, Expr::headroom(demand, max, fits))?);
        checks.push(LimitCheck { limit: kind, fits });
        Ok(())
    };
    match request {
        LimitRequest::Presign { expires, remaining } => {
            answer.need = expires.seconds();
            let max = book.value(fact::PRESIGN_SIGV4_MAX_SECONDS)?;
            let need = Expr::quantity("expires", answer.need, Unit::Seconds);
            check(
                LimitKind::PresignSigv4,
                need.clone(),
                Expr::quantity("sigv4_max", max, Unit::Seconds),
            )?;
            if let Some(left) = remaining {
                check(
                    LimitKind::PresignCredential,
                    need,
                    Expr::quantity("credential_left", left.seconds(), Unit::Seconds),
                )?;
            }
        }
        LimitRequest::Waf { requests, window } => {
            answer.need = Decimal::from(*requests);
            let min = book.value(fact::WAF_RATE_LIMIT_MIN)?;
            check(
                LimitKind::WafMinimum,
                Expr::quantity("minimum", min, Unit::Count),
                Expr::quantity("requests", answer.need, Unit::Count),
            )?;
            for id in [
                fact::WAF_WINDOW_1MIN,
                fact::WAF_WINDOW_2MIN,
                fact::WAF_WINDOW_5MIN,
                fact::WAF_WINDOW_10MIN,
            ] {
                if let Some(w) = super::available(book, id)? {
                    answer.windows.push(w);
                }
            }
            let offered = answer.windows.contains(&window.seconds());
            answer.window_offered = Some(offered);
            answer.fits &= offered;
            answer.rate_per_second = answer.need.checked_div(window.seconds());
        }
        LimitRequest::Kms { size } => {
            answer.need = size.bytes(SizeUnit::Byte, KbConvention::Binary)?;
            let max = book.value(fact::KMS_ENCRYPT_MAX_BYTES)?;
            check(
                LimitKind::KmsEncrypt,
                Expr::quantity("plaintext", answer.need, Unit::Bytes),
                Expr::quantity("encrypt_max", max, Unit::Bytes),
            )?;
        }
        LimitRequest::Apigw {
            timeout,
            payload,
            rate,
            cache_ttl,
            cache_gb,
        } => {
            if let Some(timeout) = timeout {
                answer.need = timeout.seconds();
                let max = book.value(fact::APIGW_INTEGRATION_TIMEOUT_SECONDS)?;
                answer.timeout_raisable =
                    Some(super::available(book, fact::APIGW_TIMEOUT_RAISABLE)?.is_some());
                check(
                    LimitKind::ApigwTimeout,
                    Expr::quantity("timeout", answer.need, Unit::Seconds),
                    Expr::quantity("integration_timeout", max, Unit::Seconds),
                )?;
            }
            if let Some(payload) = payload {
                let bytes = payload.bytes(SizeUnit::Byte, KbConvention::Binary)?;
                if timeout.is_none() {
                    answer.need = bytes;
                }
                let max = book.value(fact::APIGW_PAYLOAD_MAX_BYTES)?;
                check(
                    LimitKind::ApigwPayload,
                    Expr::quantity("payload", bytes, Unit::Bytes),
                    Expr::quantity("payload_max", max, Unit::Bytes),
                )?;
            }
            if let Some(ttl) = cache_ttl {
                if timeout.is_none() && payload.is_none() && rate.is_none() {
                    answer.need = ttl.seconds();
                }
                let max = book.value(fact::APIGW_CACHE_TTL_MAX_SECONDS)?;
                check(
                    LimitKind::ApigwCacheTtl,
                    Expr::quantity("cache_ttl", ttl.seconds(), Unit::Seconds),
                    Expr::quantity("cache_ttl_max", max, Unit::Seconds),
                )?;
            }
            if let Some(gb) = cache_gb {
                if timeout.is_none() && payload.is_none() && rate.is_none() && cache_ttl.is_none() {
                    answer.need = *gb;
                }
                let mut capacities = Vec::new();
                for id in fact::APIGW_CACHE_CAPACITIES_GB {
                    capacities.push(book.value(id)?);
                }
                answer.cache_capacity_gb = capacities.iter().copied().find(|c| c >= gb);
                let largest = capacities.last().copied().unwrap_or_default();
                check(
                    LimitKind::ApigwCacheSize,
                    Expr::quantity("cache_gb", *gb, Unit::Count),
                    Expr::quantity("cache_max_gb", largest, Unit::Count),
                )?;
            }
            if let Some(rate) = rate {
                let per_second = rate.as_per_second();
                if timeout.is_none() && payload.is_none() {
                    answer.need = per_second;
                }
                let max = book.value(fact::APIGW_THROTTLE_RPS)?;
                answer.burst = Some(book.value(fact::APIGW_THROTTLE_BURST)?);
                check(
                    LimitKind::ApigwRate,
                    Expr::quantity("rate", per_second, Unit::PerSecond),
                    Expr::quantity("throttle_rps", max, Unit::PerSecond),
                )?;
            }
        }
        LimitRequest::Secrets { every } => {
            answer.need = every.seconds();
            let hours = book.value(fact::SECRETS_ROTATION_MIN_HOURS)?;
            check(
                LimitKind::SecretsRotation,
                Expr::quantity("min_hours", hours, Unit::Count)
                    .times(Expr::number(HOUR))
                    .labelled(Unit::Seconds),
                Expr::quantity("every", answer.need, Unit::Seconds),
            )?;
        }
        LimitRequest::Buckets { buckets } => {
            answer.need = Decimal::from(*buckets);
            let max = book.value(fact::S3_BUCKETS_PER_ACCOUNT)?;
            check(
                LimitKind::S3Buckets,
                Expr::quantity("buckets", answer.need, Unit::Count),
                Expr::quantity("bucket_quota", max, Unit::Count),
            )?;
        }
        LimitRequest::Multivalue { records } => {
            answer.need = Decimal::from(*records);
            let max = book.value(fact::ROUTE53_MULTIVALUE_RECORDS)?;
            check(
                LimitKind::Route53Multivalue,
                Expr::quantity("records", answer.need, Unit::Count),
                Expr::quantity("multivalue_max", max, Unit::Count),
            )?;
        }
        LimitRequest::Alarm {
            period,
            evaluations,
        } => {
            let p = period.seconds();
            let minute = book.value(fact::CLOUDWATCH_ALARM_PERIOD_MULTIPLE_SECONDS)?;
            let step = book.value(fact::CLOUDWATCH_ALARM_HIGH_RESOLUTION_STEP_SECONDS)?;
            // Under a minute the periods are 10, 20 and 30 s; a period above 30 s and under
            // a minute rounds up to the minute, as every longer one to a multiple of it.
            let high = book.value(fact::CLOUDWATCH_ALARM_HIGH_RESOLUTION_MAX_SECONDS)?;
            answer.alarm_periods = Some(AlarmPeriods {
                step,
                high_max: high,
                minute,
            });
            let unit = if p <= high { step } else { minute };
            let valid = Expr::quantity("period", p, Unit::Seconds)
                .over(Expr::quantity("period_step", unit, Unit::Seconds))
                .ceil()
                .times(Expr::quantity("period_step", unit, Unit::Seconds));
            answer.valid_period_seconds = Some(valid.eval()?);
            // Valid when the next valid period is the period itself: `ceil(45 / 60) × 60 > 45`.
            check(
                LimitKind::AlarmPeriod,
                valid,
                Expr::quantity("period", p, Unit::Seconds),
            )?;
            let total = Expr::quantity("period", p, Unit::Seconds).times(Expr::quantity(
                "evaluations",
                Decimal::from(*evaluations),
                Unit::Count,
            ));
            answer.need = total.eval()?;
            let max = if p < HOUR {
                fact::CLOUDWATCH_ALARM_EVALUATION_MAX_SUB_HOUR_SECONDS
            } else {
                fact::CLOUDWATCH_ALARM_EVALUATION_MAX_SECONDS
            };
            check(
                LimitKind::AlarmEvaluation,
                total,
                Expr::quantity("evaluation_max", book.value(max)?, Unit::Seconds),
            )?;
        }
        LimitRequest::Cloudwatch { period, keep } => {
            answer.need = keep.seconds();
            let p = period.seconds();
            let kept = if p < MINUTE {
                Expr::quantity(
                    "kept_hours",
                    book.value(fact::CLOUDWATCH_KEEP_SUB_MINUTE_HOURS)?,
                    Unit::Count,
                )
                .times(Expr::number(HOUR))
            } else {
                let id = if p < FIVE_MINUTES {
                    fact::CLOUDWATCH_KEEP_1MIN_DAYS
                } else if p < HOUR {
                    fact::CLOUDWATCH_KEEP_5MIN_DAYS
                } else {
                    fact::CLOUDWATCH_KEEP_1H_DAYS
                };
                Expr::quantity("kept_days", book.value(id)?, Unit::Count).times(Expr::number(DAY))
            }
            .labelled(Unit::Seconds);
            answer.kept_seconds = Some(kept.eval()?);
            check(
                LimitKind::CloudwatchRetention,
                Expr::quantity("keep", answer.need, Unit::Seconds),
                kept,
            )?;
        }
    }
    answer.fits &= checks.iter().all(|c| c.fits);
    answer.checks = checks;
    answer.steps = steps;
    Ok(answer)
}
