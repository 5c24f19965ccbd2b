//! `awscalc dr` and `awscalc limit`: disaster-recovery and single-threshold flags.

use clap::{Args, ValueEnum};

use awscalc::calc::resilience::{DrRequest, LimitRequest};
use awscalc::units::{Duration, DurationGrammar, Rate, Size};
use awscalc::Error;

pub(super) const DR_EXAMPLES: &str = "\
Units (see docs/cli.md): durations take a unit: 90s, 15min, 1h, 7d.

Examples:
  awscalc dr --rpo 15min --rto 1h                    warm standby (pilot light may)
  awscalc dr --rpo 15min --rto 1h --snapshot-every 24h
                                                     warm standby; daily snapshots miss the RPO
  awscalc dr --rpo 24h --rto 24h                     backup and restore
  awscalc dr --rpo 1s --rto 1min                     multi-site active/active, if designed so";

/// `dr`'s usage line, by hand.
pub(super) const DR_USAGE: &str =
    "awscalc dr --rpo DURATION --rto DURATION [--snapshot-every DURATION]";

/// What `--expect` recognises for `dr`.
pub(super) const DR_EXPECT: &str = "Compare the answer (a strategy: backup and restore, pilot \
light, warm standby, multi-site active/active) with VALUE: exit 0 on a match, 1 on a mismatch, \
with a hint naming the reading that gives VALUE: a strategy whose band holds the target (the \
looser reading), a costlier strategy that also meets it, or the AWS values before a dated change";

/// Disaster recovery: which strategies (AWS's bands) and which data mechanisms meet an RPO
/// and an RTO
#[derive(Debug, Args)]
#[group(skip)]
#[command(after_help = DR_EXAMPLES, override_usage = DR_USAGE)]
pub(crate) struct DrArgs {
    /// Recovery point objective: the most data, in time, that may be lost (15min, 1h)
    #[arg(long, value_name = "DURATION", required = true, value_parser = parse_rpo)]
    pub rpo: Option<Duration>,

    /// Recovery time objective: the longest the workload may be down (1h, 30min)
    #[arg(long, value_name = "DURATION", required = true, value_parser = parse_rto)]
    pub rto: Option<Duration>,

    /// The interval between scheduled snapshots or backups (4h, 24h), weighed against the RPO
    #[arg(long, value_name = "DURATION", value_parser = parse_interval)]
    pub snapshot_every: Option<Duration>,
}

impl DrArgs {
    /// The typed request.
    ///
    /// # Errors
    /// [`Error::Conflict`] without `--rpo` or `--rto` (clap requires them on the command
    /// line).
    pub(crate) fn request(&self) -> Result<DrRequest, Error> {
        let (Some(rpo), Some(rto)) = (self.rpo.clone(), self.rto.clone()) else {
            return Err(Error::Conflict {
                message: "give --rpo and --rto".into(),
            });
        };
        Ok(DrRequest {
            rpo,
            rto,
            snapshot_every: self.snapshot_every.clone(),
        })
    }
}

/// Durations take a unit: a bare `15` could be minutes or hours.
fn duration(text: &str, what: &'static str) -> Result<Duration, Error> {
    Duration::parse(
        text,
        &DurationGrammar {
            what,
            bare_seconds: None,
            smallest_unit_seconds: 1,
            accepted: "a positive duration with a unit: 90s, 15min, 1h, 7d",
        },
    )
}

fn parse_rpo(text: &str) -> Result<Duration, Error> {
    duration(text, "RPO")
}

fn parse_rto(text: &str) -> Result<Duration, Error> {
    duration(text, "RTO")
}

fn parse_interval(text: &str) -> Result<Duration, Error> {
    duration(text, "snapshot interval")
}

pub(super) const LIMIT_EXAMPLES: &str = "\
Units (see docs/cli.md): durations take a unit (15min, 1h, 7d); --size a size (10kb; a bare
number is bytes, KB is 1,024 bytes).

Examples:
  awscalc limit presign --expires 15min                   yes (SigV4: 7 days at most)
  awscalc limit presign --expires 24h --remaining 1h      no: the role session ends first
  awscalc limit waf --requests 500 --window 5min          yes
  awscalc limit waf --requests 50 --window 5min --as-of 2023-01-01
                                                          no (the minimum was 100)
  awscalc limit kms --size 10kb                           no: use envelope encryption
  awscalc limit apigw --timeout 45s                       no: 29 s by default
  awscalc limit apigw --payload 8mb --rate 12000/s        no: 10,000 requests/s by default
  awscalc limit apigw --cache-ttl 2h                      no: a cache keeps 1 hour at most
  awscalc limit apigw --cache-gb 20                       yes: a 28.4 GB cache holds it
  awscalc limit secrets --rotate-every 2h                 no: every 4 hours at most
  awscalc limit s3-buckets --buckets 500                  yes (10,000 since November 2024)
  awscalc limit route53 --values 10                       no: up to 8 records per answer
  awscalc limit cloudwatch --period 1s --keep 5h          no: kept 3 hours
  awscalc limit alarm --period 45s --evaluations 3        no: 10, 20, 30 s or a multiple of 60
  awscalc limit alarm --period 5min --evaluations 300     no: 1 day at most under an hour";

/// `limit`'s usage line, by hand.
pub(super) const LIMIT_USAGE: &str = "\
awscalc limit presign --expires DURATION [--remaining DURATION]
       awscalc limit waf --requests N --window DURATION
       awscalc limit kms --size SIZE
       awscalc limit apigw [--timeout DURATION] [--payload SIZE] [--rate RATE]
                           [--cache-ttl DURATION] [--cache-gb GB]
       awscalc limit secrets --rotate-every DURATION
       awscalc limit s3-buckets --buckets N
       awscalc limit route53 --values N
       awscalc limit cloudwatch --period DURATION --keep DURATION
       awscalc limit alarm --period DURATION --evaluations N";

/// What `--expect` recognises for `limit`.
pub(super) const LIMIT_EXPECT: &str = "Compare the answer (yes or no) with VALUE: exit 0 on a \
match, 1 on a mismatch, with the AWS values before a dated change (WAF's fixed 5-minute window \
before 2024-03-04, its minimum of 2,000 and then 100; 100 S3 buckets before November 2024; daily \
Secrets Manager rotation before November 2022; API Gateway's 29 s fixed before June 2024)";

/// Questions decided by one AWS limit: a presigned URL's expiry, a WAF rate-based rule, KMS
/// Encrypt's plaintext size, API Gateway, Secrets Manager rotation, S3 buckets, Route 53
/// multivalue answers, CloudWatch retention and alarm periods
#[derive(Debug, Args)]
#[group(skip)]
#[command(after_help = LIMIT_EXAMPLES, override_usage = LIMIT_USAGE)]
pub(crate) struct LimitArgs {
    /// The limit to weigh: presign, waf, kms, apigw, secrets, s3-buckets, route53, cloudwatch or
    /// alarm
    #[arg(value_name = "LIMIT", required = true)]
    pub what: Option<LimitWhat>,

    /// presign: how long the URL is to stay valid (15min, 7d)
    #[arg(long, value_name = "DURATION", value_parser = parse_expires)]
    pub expires: Option<Duration>,

    /// presign: what is left of the signing credential's life, as a role session's (1h)
    #[arg(long, value_name = "DURATION", value_parser = parse_remaining)]
    pub remaining: Option<Duration>,

    /// waf: requests from one client in a window before the rule acts
    #[arg(long, value_name = "N", value_parser = parse_requests)]
    pub requests: Option<u64>,

    /// waf: the evaluation window (1min, 2min, 5min, 10min)
    #[arg(long, value_name = "DURATION", value_parser = parse_window)]
    pub window: Option<Duration>,

    /// kms: the plaintext to encrypt (10kb; a bare number is bytes)
    #[arg(long, value_name = "SIZE")]
    pub size: Option<Size>,

    /// apigw: how long the integration runs (45s, 2min)
    #[arg(long, value_name = "DURATION", value_parser = parse_timeout)]
    pub timeout: Option<Duration>,

    /// apigw: the request or response payload (8mb; a bare number is bytes, MB is 1,048,576)
    #[arg(long, value_name = "SIZE", allow_hyphen_values = true)]
    pub payload: Option<Size>,

    /// apigw: requests per second across the account in the Region (12000/s)
    #[arg(long, value_name = "RATE", allow_hyphen_values = true)]
    pub rate: Option<Rate>,

    /// apigw: how long the stage cache is to keep a response, its TTL (10min, 2h)
    #[arg(long, value_name = "DURATION", value_parser = parse_cache_ttl)]
    pub cache_ttl: Option<Duration>,

    /// apigw: the stage cache capacity wanted, in GB (the API's unit): 5, 100
    #[arg(long, value_name = "GB", value_parser = super::parse_gb, allow_hyphen_values = true)]
    pub cache_gb: Option<rust_decimal::Decimal>,

    /// secrets: the rotation interval wanted (4h, 30d)
    #[arg(long, value_name = "DURATION", value_parser = parse_rotation)]
    pub rotate_every: Option<Duration>,

    /// s3-buckets: general purpose buckets in one account
    #[arg(long, value_name = "N", value_parser = parse_buckets)]
    pub buckets: Option<u64>,

    /// route53: healthy records (values) wanted in one multivalue answer
    #[arg(long, value_name = "N", value_parser = parse_values)]
    pub values: Option<u64>,

    /// cloudwatch: the period of the data points (1s, 1min, 5min, 1h); alarm: its period
    #[arg(long, value_name = "DURATION", value_parser = parse_period)]
    pub period: Option<Duration>,

    /// cloudwatch: how far back the data points are wanted (5h, 30d)
    #[arg(long, value_name = "DURATION", value_parser = parse_keep)]
    pub keep: Option<Duration>,

    /// alarm: how many periods the alarm evaluates (EvaluationPeriods)
    #[arg(long, value_name = "N", value_parser = parse_evaluations)]
    pub evaluations: Option<u64>,
}

/// The limits `limit` weighs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum LimitWhat {
    /// A presigned URL's expiry
    Presign,
    /// A WAF rate-based rule
    Waf,
    /// KMS Encrypt's plaintext
    Kms,
    /// API Gateway's integration timeout, payload, account request rate and cache TTL
    Apigw,
    /// Secrets Manager's rotation interval
    Secrets,
    /// S3 general purpose buckets per account
    S3Buckets,
    /// Route 53 records per multivalue answer
    Route53,
    /// CloudWatch metric retention for a period
    Cloudwatch,
    /// A CloudWatch alarm's period and evaluation periods
    Alarm,
}

impl LimitArgs {
    /// The typed request: the options of the limit named, and no other.
    ///
    /// # Errors
    /// [`Error::Conflict`] for a missing option or one of another limit.
    pub(crate) fn request(&self) -> Result<LimitRequest, Error> {
        let given = [
            ("--expires", self.expires.is_some()),
            ("--remaining", self.remaining.is_some()),
            ("--requests", self.requests.is_some()),
            ("--window", self.window.is_some()),
            ("--size", self.size.is_some()),
            ("--timeout", self.timeout.is_some()),
            ("--payload", self.payload.is_some()),
            ("--rate", self.rate.is_some()),
            ("--cache-ttl", self.cache_ttl.is_some()),
            ("--cache-gb", self.cache_gb.is_some()),
            ("--rotate-every", self.rotate_every.is_some()),
            ("--buckets", self.buckets.is_some()),
            ("--values", self.values.is_some()),
            ("--period", self.period.is_some()),
            ("--keep", self.keep.is_some()),
            ("--evaluations", self.evaluations.is_some()),
        ];
        let (name, own): (&str, &[&str]) = match self.what {
            Some(LimitWhat::Presign) => ("presign", &["--expires", "--remaining"]),
            Some(LimitWhat::Waf) => ("waf", &["--requests", "--window"]),
            Some(LimitWhat::Kms) => ("kms", &["--size"]),
            Some(LimitWhat::Apigw) => (
                "apigw",
                &[
                    "--timeout",
                    "--payload",
                    "--rate",
                    "--cache-ttl",
                    "--cache-gb",
                ],
            ),
            Some(LimitWhat::Secrets) => ("secrets", &["--rotate-every"]),
            Some(LimitWhat::S3Buckets) => ("s3-buckets", &["--buckets"]),
            Some(LimitWhat::Route53) => ("route53", &["--values"]),
            Some(LimitWhat::Cloudwatch) => ("cloudwatch", &["--period", "--keep"]),
            Some(LimitWhat::Alarm) => ("alarm", &["--period", "--evaluations"]),
            None => {
                return Err(Error::Conflict {
                    message: "name the limit: presign, waf, kms, apigw, secrets, s3-buckets, \
                              route53, cloudwatch or alarm"
                        .into(),
                })
            }
        };
        if let Some((flag, _)) = given.iter().find(|(f, on)| *on && !own.contains(f)) {
            return Err(Error::Conflict {
                message: format!(
                    "`{flag}` does not apply to `limit {name}`, which takes {}",
                    own.join(" and ")
                ),
            });
        }
        let missing = |flag: &str| Error::Conflict {
            message: format!("`limit {name}` needs {flag}"),
        };
        Ok(match self.what {
            Some(LimitWhat::Presign) => LimitRequest::Presign {
                expires: self.expires.clone().ok_or_else(|| missing("--expires"))?,
                remaining: self.remaining.clone(),
            },
            Some(LimitWhat::Waf) => LimitRequest::Waf {
                requests: self.requests.ok_or_else(|| missing("--requests"))?,
                window: self.window.clone().ok_or_else(|| missing("--window"))?,
            },
            Some(LimitWhat::Kms) => LimitRequest::Kms {
                size: self.size.clone().ok_or_else(|| missing("--size"))?,
            },
            Some(LimitWhat::Apigw) => self.apigw()?,
            Some(LimitWhat::Secrets) => LimitRequest::Secrets {
                every: self
                    .rotate_every
                    .clone()
                    .ok_or_else(|| missing("--rotate-every"))?,
            },
            Some(LimitWhat::S3Buckets) => LimitRequest::Buckets {
                buckets: self.buckets.ok_or_else(|| missing("--buckets"))?,
            },
            Some(LimitWhat::Route53) => LimitRequest::Multivalue {
                records: self.values.ok_or_else(|| missing("--values"))?,
            },
            Some(LimitWhat::Alarm) => LimitRequest::Alarm {
                period: self.period.clone().ok_or_else(|| missing("--period"))?,
                evaluations: self.evaluations.ok_or_else(|| missing("--evaluations"))?,
            },
            _ => LimitRequest::Cloudwatch {
                period: self.period.clone().ok_or_else(|| missing("--period"))?,
                keep: self.keep.clone().ok_or_else(|| missing("--keep"))?,
            },
        })
    }

    /// `limit apigw`: any of its options, at least one.
    fn apigw(&self) -> Result<LimitRequest, Error> {
        if self.timeout.is_none()
            && self.payload.is_none()
            && self.rate.is_none()
            && self.cache_ttl.is_none()
            && self.cache_gb.is_none()
        {
            return Err(Error::Conflict {
                message: "`limit apigw` needs --timeout, --payload, --rate, --cache-ttl or \
                          --cache-gb"
                    .into(),
            });
        }
        Ok(LimitRequest::Apigw {
            timeout: self.timeout.clone(),
            payload: self.payload.clone(),
            rate: self.rate.clone(),
            cache_ttl: self.cache_ttl.clone(),
            cache_gb: self.cache_gb,
        })
    }
}

fn parse_expires(text: &str) -> Result<Duration, Error> {
    duration(text, "expiry")
}

fn parse_remaining(text: &str) -> Result<Duration, Error> {
    duration(text, "remaining credential life")
}

fn parse_window(text: &str) -> Result<Duration, Error> {
    duration(text, "window")
}

/// A whole number of requests, 1 to 10^12.
fn parse_requests(text: &str) -> Result<u64, Error> {
    awscalc::units::parse_whole(text, "requests", 1_000_000_000_000)
}

fn parse_timeout(text: &str) -> Result<Duration, Error> {
    duration(text, "timeout")
}

fn parse_cache_ttl(text: &str) -> Result<Duration, Error> {
    duration(text, "cache TTL")
}

fn parse_rotation(text: &str) -> Result<Duration, Error> {
    duration(text, "rotation interval")
}

fn parse_period(text: &str) -> Result<Duration, Error> {
    duration(text, "period")
}

fn parse_keep(text: &str) -> Result<Duration, Error> {
    duration(text, "retention")
}

/// A whole number of buckets, 1 to 10^9.
fn parse_buckets(text: &str) -> Result<u64, Error> {
    awscalc::units::parse_whole(text, "buckets", 1_000_000_000)
}

/// A whole number of evaluation periods, 1 to 10^6.
fn parse_evaluations(text: &str) -> Result<u64, Error> {
    awscalc::units::parse_whole(text, "evaluation periods", 1_000_000)
}

/// A whole number of records, 1 to 10^6.
fn parse_values(text: &str) -> Result<u64, Error> {
    awscalc::units::parse_whole(text, "values", 1_000_000)
}
