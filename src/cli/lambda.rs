//! `awscalc lambda`: AWS Lambda flags.

use clap::{ArgGroup, Args};

use awscalc::calc::lambda::{
    ConcurrencyRequest, CostRequest, FrontDoor, FunctionDuration, Invocations, LimitsRequest,
    QueueKind, QueueRequest, RateRequest, ScalingRequest, StreamRequest,
};
use awscalc::question::LambdaRequest;
use awscalc::units::{parse_whole, Rate, Size, Whole};
use awscalc::Error;

pub(super) const LAMBDA_EXAMPLES: &str = "\
Units (see docs/cli.md):
  --rate          50, 50/s, 3000/min; a bare number is per second
  --duration      100s, 250ms, 2min; a bare number is seconds
  --memory, --tmp, --package   2gb, 512mb; a bare number is MB (Lambda's MB: 1,024 KB)
  --payload       300kb, 6mb; a bare number is KB

Examples:
  awscalc lambda --rate 50/s --duration 100s        5,000 concurrent executions (above 1,000)
  awscalc lambda --rate 3000/min --duration 250ms   13 concurrent executions
  awscalc lambda --rate 5 --duration 100s --reserved 950
                                                    500 concurrent executions (AWS refuses 950)
  awscalc lambda --rate 5 --duration 100s --provisioned 300
                                                    500 concurrent executions (200 on demand)
  awscalc lambda --concurrency 1000 --duration 100s
                                                    10 requests per second
  awscalc lambda --scale-to 5000 --quota 10000      40 seconds (1,000 more every 10 s)
  awscalc lambda --scale-to 5000 --burst 3000 --as-of 2023-01-01
                                                    240 seconds (a burst, then 500 a minute)
  awscalc lambda --duration 30min                   no (1,800 s > the 900 s maximum)
  awscalc lambda --memory 2048 --tmp 2gb            yes (1.15 vCPU)
  awscalc lambda --payload 512kb --async --as-of 2025-01-01
                                                    no (above the 256 KB of then)
  awscalc lambda --duration 45s --front apigw       no (45 s > API Gateway's 29 s)
  awscalc lambda --front async --retries 3          no (3 retries > the 2 allowed)
  awscalc lambda --rate 1 --duration 1 --memory 1gb --price-gb-second 0.0001 --price-per-million 1
                                                    261.792 a month (your prices, 30 days)
  awscalc lambda --shards 100 --parallelization 10  1,000 concurrent executions
  awscalc lambda --queue standard --rate 1000/s --duration 2s --batch-size 10
                                                    200 concurrent executions (1 minute to scale)
  awscalc lambda --queue fifo --rate 100/s --duration 1s --batch-size 1 --groups 20
                                                    100 concurrent executions (20 groups: behind)";

/// `lambda`'s usage line, by hand: its forms, not clap's list of argument groups.
pub(super) const LAMBDA_USAGE: &str = "\
awscalc lambda --rate RATE --duration D [--quota N] [--reserved N] [--provisioned N]
       awscalc lambda --concurrency N --duration D [--quota N]
       awscalc lambda --scale-to N [--duration D] [--burst N] [--quota N]
       awscalc lambda [--duration D] [--memory SIZE] [--tmp SIZE] [--payload SIZE [--async]]
                      [--package SIZE] [--front apigw | --front async [--retries N]
                      [--event-age D]]
       awscalc lambda --rate RATE | --requests N --duration D --memory SIZE
                      --price-gb-second PRICE --price-per-million PRICE
       awscalc lambda --shards N [--parallelization N] [--quota N]
       awscalc lambda --queue standard|fifo --rate RATE --duration D [--batch-size N]
                      [--max-concurrency N | --max-pollers N] [--groups N] [--quota N]";

/// What `--expect` recognises for `lambda`.
pub(super) const LAMBDA_EXPECT: &str = "Compare the answer (concurrent executions; requests \
per second with --concurrency; seconds with --scale-to; executions with --shards or --queue; the month's cost with the prices) with VALUE: exit 0 on a match, 1 on a \
mismatch, with a hint naming the reading that gives VALUE: the first scaling step counted as \
time taken, the parallelization factor left out, the batch size left out (--queue), or the AWS values before a dated change (the per-Region burst; the limits in \
force then, for the limits check's yes or no)";

/// AWS Lambda: the concurrency a request rate needs (and the rate a concurrency sustains),
/// scaling from zero, stream and queue event sources, whether a job fits Lambda's limits and
/// what sits in front, and the cost at your prices
#[derive(Debug, Args)]
#[group(skip)]
#[command(
    after_help = LAMBDA_EXAMPLES,
    override_usage = LAMBDA_USAGE,
    group = ArgGroup::new("form")
        .required(true)
        .multiple(true)
        .args([
            "rate", "concurrency", "scale_to", "duration", "memory", "tmp", "payload", "package",
            "shards", "queue", "front", "requests"
        ])
)]
pub(crate) struct LambdaArgs {
    /// Requests per second (or /min, /h); a bare number is per second
    #[arg(
        long,
        value_name = "RATE",
        requires = "duration",
        allow_hyphen_values = true
    )]
    pub rate: Option<Rate>,

    /// Average duration of one invocation: 100s, 250ms, 2min; a bare number is seconds
    #[arg(long, value_name = "D", allow_hyphen_values = true)]
    pub duration: Option<FunctionDuration>,

    /// Concurrent executions: the requests per second they sustain at --duration
    #[arg(
        long,
        value_name = "N",
        value_parser = parse_executions,
        requires = "duration",
        conflicts_with_all = ["rate", "reserved", "provisioned"]
    )]
    pub concurrency: Option<u64>,

    /// The account's concurrency quota in the Region (default: AWS's default, 1,000)
    #[arg(long, value_name = "N", value_parser = parse_executions)]
    pub quota: Option<u64>,

    /// Concurrency reserved for this function (ReservedConcurrentExecutions)
    #[arg(long, value_name = "N", value_parser = parse_executions, requires = "rate")]
    pub reserved: Option<u64>,

    /// Provisioned concurrency of this function
    #[arg(long, value_name = "N", value_parser = parse_executions, requires = "rate")]
    pub provisioned: Option<u64>,

    /// Concurrent executions to reach from zero: how long scaling takes
    #[arg(
        long,
        value_name = "N",
        value_parser = parse_executions,
        conflicts_with_all = ["rate", "concurrency", "reserved", "provisioned"]
    )]
    pub scale_to: Option<u64>,

    /// Before 2023-11-27: the Region's initial burst (3000, 1000 or 500; default 500)
    #[arg(long, value_name = "N", value_parser = parse_executions, requires = "scale_to")]
    pub burst: Option<u64>,

    /// Event source: shards of the Kinesis or DynamoDB stream the function reads
    #[arg(
        long,
        value_name = "N",
        value_parser = parse_shards,
        conflicts_with_all = ["rate", "concurrency", "scale_to", "duration"]
    )]
    pub shards: Option<u64>,

    /// Event source: concurrent batches per shard (ParallelizationFactor, 1 to 10; default 1)
    #[arg(long, value_name = "N", value_parser = parse_factor, requires = "shards")]
    pub parallelization: Option<u32>,

    /// Event source: an SQS queue, standard or fifo, triggers the function (with --rate in
    /// messages and --duration per batch)
    #[arg(
        long,
        value_name = "KIND",
        requires_all = ["rate", "duration"],
        conflicts_with_all = ["concurrency", "scale_to", "shards", "reserved", "provisioned"]
    )]
    pub queue: Option<QueueKind>,

    /// SQS trigger: messages per batch, one invocation each (BatchSize; default 10)
    #[arg(long, value_name = "N", value_parser = parse_batch_size, requires = "queue")]
    pub batch_size: Option<u64>,

    /// SQS trigger: the mapping's maximum concurrency (ScalingConfig, 2 to 1,000)
    #[arg(long, value_name = "N", value_parser = parse_executions, requires = "queue")]
    pub max_concurrency: Option<u64>,

    /// SQS trigger, FIFO: message groups with messages waiting
    #[arg(long, value_name = "N", value_parser = parse_groups, requires = "queue")]
    pub groups: Option<u64>,

    /// SQS trigger, provisioned mode: the most pollers (MaximumPollers)
    #[arg(
        long,
        value_name = "N",
        value_parser = parse_pollers,
        requires = "queue",
        conflicts_with = "max_concurrency"
    )]
    pub max_pollers: Option<u64>,

    /// Limits check, or cost: memory the function needs; a bare number is MB
    #[arg(long, value_name = "SIZE", conflicts_with_all = MEMORY_NOT_WITH, allow_hyphen_values = true)]
    pub memory: Option<Size>,

    /// Limits check: ephemeral storage (/tmp) it needs; a bare number is MB
    #[arg(long, value_name = "SIZE", conflicts_with_all = LIMITS_NOT_WITH, allow_hyphen_values = true)]
    pub tmp: Option<Size>,

    /// Limits check: invocation payload (with --async: an asynchronous one); a bare number is KB
    #[arg(long, value_name = "SIZE", conflicts_with_all = LIMITS_NOT_WITH, allow_hyphen_values = true)]
    pub payload: Option<Size>,

    /// Limits check: the payload is sent asynchronously (an event), not synchronously
    #[arg(long = "async", requires = "payload")]
    pub asynchronous: bool,

    /// Limits check: unzipped deployment package with its layers; a bare number is MB
    #[arg(long, value_name = "SIZE", conflicts_with_all = LIMITS_NOT_WITH, allow_hyphen_values = true)]
    pub package: Option<Size>,

    /// Limits check: what invokes the function: apigw (a REST API, synchronously: its
    /// integration timeout against --duration) or async (an event: retries and event age)
    #[arg(long, value_name = "DOOR", value_parser = ["apigw", "async"], conflicts_with_all = LIMITS_NOT_WITH)]
    pub front: Option<String>,

    /// With --front async: retries of a failed event (MaximumRetryAttempts; default 2)
    #[arg(long, value_name = "N", value_parser = parse_retries, requires = "front", allow_hyphen_values = true)]
    pub retries: Option<u64>,

    /// Cost: requests a month (instead of --rate, which counts over 30 days)
    #[arg(long, value_name = "N", value_parser = parse_requests, requires = "price_gb_second", conflicts_with = "rate")]
    pub requests: Option<u64>,

    /// Cost: your price per GB-second (awscalc holds no prices)
    #[arg(long, value_name = "PRICE", value_parser = awscalc::units::parse_price, requires_all = ["duration", "memory", "price_per_million"], allow_hyphen_values = true)]
    pub price_gb_second: Option<rust_decimal::Decimal>,

    /// Cost: your price per million requests
    #[arg(long, value_name = "PRICE", value_parser = awscalc::units::parse_price, requires = "price_gb_second", allow_hyphen_values = true)]
    pub price_per_million: Option<rust_decimal::Decimal>,

    /// With --front async: how long an event may wait (MaximumEventAgeInSeconds; default 6 h)
    #[arg(long, value_name = "D", requires = "front", allow_hyphen_values = true)]
    pub event_age: Option<FunctionDuration>,
}

/// The forms `--memory` does not go with (it goes with `--rate` for the cost).
const MEMORY_NOT_WITH: [&str; 4] = ["concurrency", "scale_to", "shards", "queue"];

/// The forms the limits check's flags do not go with.
const LIMITS_NOT_WITH: [&str; 5] = ["rate", "concurrency", "scale_to", "shards", "queue"];

impl LambdaArgs {
    /// The typed request.
    ///
    /// # Errors
    /// [`Error::Conflict`] when no form is complete (clap's `form` group and `requires`
    /// prevent that on the command line).
    pub(crate) fn request(&self) -> Result<LambdaRequest, Error> {
        if let Some(cost) = self.cost()? {
            return Ok(LambdaRequest::Cost(cost));
        }
        if let (Some(rate), Some(memory)) = (&self.rate, &self.memory) {
            return Err(Error::Conflict {
                message: format!(
                    "`--rate {rate}` with `--memory {memory}` asks a cost: give \
                     --price-gb-second and --price-per-million (awscalc holds no prices)"
                ),
            });
        }
        if let Some(to) = self.scale_to {
            return Ok(LambdaRequest::Scaling(ScalingRequest {
                to,
                burst: self.burst,
                duration: self.duration.clone(),
                quota: self.quota,
            }));
        }
        if let Some(shards) = self.shards {
            return Ok(LambdaRequest::Stream(StreamRequest {
                shards,
                parallelization: self.parallelization,
                quota: self.quota,
            }));
        }
        if let (Some(kind), Some(rate), Some(duration)) = (self.queue, &self.rate, &self.duration) {
            return Ok(LambdaRequest::Queue(QueueRequest {
                kind,
                rate: rate.clone(),
                duration: duration.clone(),
                batch_size: self.batch_size,
                max_concurrency: self.max_concurrency,
                groups: self.groups,
                max_pollers: self.max_pollers,
                quota: self.quota,
            }));
        }
        if self.rate.is_none() && self.concurrency.is_none() {
            if let Some(quota) = self.quota {
                return Err(Error::Conflict {
                    message: format!(
                        "the limits check does not use `--quota {quota}`: give it with --rate, \
                         --concurrency or --scale-to"
                    ),
                });
            }
            return Ok(LambdaRequest::Limits(LimitsRequest {
                duration: self.duration.clone(),
                memory: self.memory.clone(),
                tmp: self.tmp.clone(),
                payload: self.payload.clone(),
                // An event's payload is an asynchronous one.
                asynchronous: self.asynchronous
                    || (self.front.as_deref() == Some("async") && self.payload.is_some()),
                package: self.package.clone(),
                front: self.front_door()?,
            }));
        }
        let Some(duration) = self.duration.clone() else {
            return Err(Error::Conflict {
                message: "give --duration with --rate or --concurrency".into(),
            });
        };
        match (&self.rate, self.concurrency) {
            (Some(rate), None) => Ok(LambdaRequest::Concurrency(ConcurrencyRequest {
                rate: rate.clone(),
                duration,
                quota: self.quota,
                reserved: self.reserved,
                provisioned: self.provisioned,
            })),
            (None, Some(concurrency)) => Ok(LambdaRequest::Rate(RateRequest {
                concurrency,
                duration,
                quota: self.quota,
            })),
            _ => Err(Error::Conflict {
                message: "give --rate or --concurrency, with --duration".into(),
            }),
        }
    }
}

impl LambdaArgs {
    /// The cost form, when prices are given.
    fn cost(&self) -> Result<Option<CostRequest>, Error> {
        let (Some(p), Some(q)) = (self.price_gb_second, self.price_per_million) else {
            return Ok(None);
        };
        let invocations = match (&self.rate, self.requests) {
            (Some(rate), None) => Invocations::Rate(rate.clone()),
            (None, Some(n)) => Invocations::Requests(n),
            _ => {
                return Err(Error::Conflict {
                    message: "the cost needs --rate or --requests (a month's requests)".into(),
                })
            }
        };
        let (Some(duration), Some(memory)) = (&self.duration, &self.memory) else {
            return Err(Error::Conflict {
                message: "the cost needs --duration and --memory".into(),
            });
        };
        let others = [
            self.tmp.is_some(),
            self.payload.is_some(),
            self.package.is_some(),
            self.front.is_some(),
            self.quota.is_some(),
            self.reserved.is_some(),
            self.provisioned.is_some(),
        ];
        if others.iter().any(|&x| x) {
            return Err(Error::Conflict {
                message: "the cost takes only --rate or --requests, --duration, --memory and the \
                          two prices"
                    .into(),
            });
        }
        Ok(Some(CostRequest {
            invocations,
            duration: duration.clone(),
            memory: memory.clone(),
            price_gb_second: p,
            price_per_million: q,
        }))
    }

    /// `--front` with its own options.
    fn front_door(&self) -> Result<Option<FrontDoor>, Error> {
        match self.front.as_deref() {
            Some("async") => Ok(Some(FrontDoor::Async {
                retries: self.retries,
                event_age: self.event_age.clone(),
            })),
            Some(_) if self.retries.is_some() || self.event_age.is_some() => Err(Error::Conflict {
                message: "--retries and --event-age go with `--front async`, not `--front apigw`"
                    .into(),
            }),
            Some(_) => Ok(Some(FrontDoor::ApiGateway)),
            None => Ok(None),
        }
    }
}

/// A whole, positive count of requests a month.
fn parse_requests(text: &str) -> Result<u64, Error> {
    parse_whole(text, "requests", 1_000_000_000_000_000)
}

/// A whole count of retries, 0 or more (AWS's range is checked by the calculator).
fn parse_retries(text: &str) -> Result<u64, Error> {
    let value = Whole {
        what: "retries",
        min: 0,
        max: 1_000_000,
        unit: "",
    }
    .parse(text)?;
    Ok(u64::try_from(value).unwrap_or(u64::MAX))
}

/// A whole, positive count of concurrent executions (at most 10,000,000).
fn parse_executions(text: &str) -> Result<u64, Error> {
    parse_whole(text, "concurrent executions", 10_000_000)
}

/// A whole, positive shard count.
fn parse_shards(text: &str) -> Result<u64, Error> {
    parse_whole(text, "shards", 1_000_000_000)
}

/// A whole, positive parallelization factor (its AWS range is checked by the calculator).
fn parse_factor(text: &str) -> Result<u32, Error> {
    // At most 1,000,000, so it fits u32.
    parse_whole(text, "parallelization factor", 1_000_000)
        .map(|n| u32::try_from(n).unwrap_or(u32::MAX))
}

/// A whole, positive batch size (its AWS range is checked by the calculator).
fn parse_batch_size(text: &str) -> Result<u64, Error> {
    parse_whole(text, "batch size", 1_000_000)
}

/// A whole, positive count of message groups.
fn parse_groups(text: &str) -> Result<u64, Error> {
    parse_whole(text, "message groups", 1_000_000_000)
}

/// A whole, positive count of pollers (its AWS range is checked by the calculator).
fn parse_pollers(text: &str) -> Result<u64, Error> {
    parse_whole(text, "pollers", 1_000_000)
}
