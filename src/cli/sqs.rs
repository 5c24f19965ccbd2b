//! `awscalc sqs`: Amazon SQS flags.

use clap::{ArgGroup, Args};

use awscalc::calc::lambda::QueueKind;
use awscalc::calc::sqs::{
    CostRequest, GroupsRequest, MessageRequest, PollingRequest, Seconds, SettingsRequest,
    ThroughputRequest, VisibilityRequest,
};
use awscalc::question::SqsRequest;
use awscalc::units::{parse_whole, Rate, Size};
use awscalc::Error;

pub(super) const SQS_EXAMPLES: &str = "\
Units (see docs/cli.md):
  --processing, --visibility, --lambda-timeout, --batch-window, --wait, --interval,
  --retention, --delay
                  45s, 5min, 12h, 14d, 0; a bare number is seconds
  --rate          10/s, 1/min; a bare number is per second
  --message-size, --queue-max
                  300kb, 1mib, 1gb; KB is 1,024 bytes; a bare number is bytes

Examples:
  awscalc sqs --processing 5min                    no: 30 s (the default) is below 300 s
  awscalc sqs --processing 45s --visibility 60s    yes
  awscalc sqs --lambda-timeout 60s --batch-window 5s --visibility 300s
                                                   no: set at least 365 s (6 × 60 s + 5 s)
  awscalc sqs --wait 20s                           3 calls per poller per minute (empty queue)
  awscalc sqs --wait 20s --rate 10/s --per-receive 10 --pollers 2
                                                   3 calls per poller; 60 a minute carry them
  awscalc sqs --wait 0 --interval 1s               60 calls per poller per minute
  awscalc sqs --message-size 300kb                 yes (the maximum is 1 MiB)
  awscalc sqs --message-size 300kb --as-of 2025-01-01
                                                   no: above 256 KiB, use the extended client
  awscalc sqs --message-size 300kb --queue-max 256kb
                                                   no: above the queue's own 256 KiB: raise it
  awscalc sqs --queue fifo --rate 2000/s           no: above 300 a second; batches of 7 fit
  awscalc sqs --queue fifo --rate 2000/s --batch-size 10
                                                   yes: within 3,000 a second
  awscalc sqs --queue fifo --rate 50000/s --high-throughput --tps 70000
                                                   yes: within 70,000 a second
  awscalc sqs --queue fifo --rate 300/s --processing 2s
                                                   600 message groups (300 a second × 2 s)
  awscalc sqs --queue fifo --rate 300/s --processing 2s --groups 100
                                                   no: 100 groups sustain 50 a second
  awscalc sqs --rate 1000/s --message-size 100kb --price-per-million 0.40
                                                   5,184 a month: 12,960,000,000 requests
  awscalc sqs --retention 20d                      no: above the 14 days (1,209,600 s) allowed
  awscalc sqs --queue fifo --in-flight 50000 --as-of 2024-01-01
                                                   no: above the 20,000 of then";

/// `sqs`'s usage line, by hand: its forms, not clap's list of argument groups.
pub(super) const SQS_USAGE: &str = "\
awscalc sqs --processing D [--visibility D]
       awscalc sqs --lambda-timeout D [--batch-window D] [--visibility D] [--processing D]
       awscalc sqs --wait D [--rate RATE] [--pollers N] [--per-receive N] [--interval D]
       awscalc sqs --message-size SIZE [--queue-max SIZE]
       awscalc sqs --queue standard|fifo --rate RATE [--batch-size N]
                   [--high-throughput [--tps N]]
       awscalc sqs --queue fifo --rate RATE --processing D [--groups N] [--batch-size N]
       awscalc sqs --rate RATE --message-size SIZE --price-per-million PRICE
                   [--receives-per-message N] [--batch-size N] [--hours N]
       awscalc sqs [--queue standard|fifo] [--retention D] [--delay D] [--max-receive-count N]
                   [--in-flight N]";

/// What `--expect` recognises for `sqs`.
pub(super) const SQS_EXPECT: &str = "Compare the answer (yes or no: whether the visibility \
timeout covers what it must, the message fits, or the settings are within range; ReceiveMessage calls per poller per minute with --wait; whether a message rate fits with --queue and --rate; message groups needed with --processing, \
or whether --groups keep up; the month's cost with --price-per-million) with VALUE: \
exit 0 on a match, 1 on a mismatch, with a hint naming the reading that gives VALUE: only the \
calls that end within the minute (60 / wait rounded down); a group's 10 messages processed \
in parallel (groups ÷ 10); deletes billed by the message size too; the maximum message size before \
a dated change (256 KB before August 2025), or the FIFO in-flight limit (20,000 before November 2024)";

/// Amazon SQS: visibility timeouts against processing, ReceiveMessage calls with short and
/// long polling, message sizes and queue settings, FIFO throughput and message groups, and
/// the request cost at your price
#[derive(Debug, Args)]
#[group(skip)]
#[command(
    after_help = SQS_EXAMPLES,
    override_usage = SQS_USAGE,
    group = ArgGroup::new("form")
        .required(true)
        .multiple(true)
        .args([
            "processing", "visibility", "lambda_timeout", "wait", "message_size", "retention",
            "delay", "max_receive_count", "in_flight", "rate"
        ])
)]
pub(crate) struct SqsArgs {
    /// Time to process (and delete) one message: 45s, 5min; a bare number is seconds
    #[arg(long, value_name = "D", allow_hyphen_values = true)]
    pub processing: Option<Seconds>,

    /// The queue's visibility timeout (default: AWS's default, 30 s)
    #[arg(long, value_name = "D", allow_hyphen_values = true)]
    pub visibility: Option<Seconds>,

    /// The timeout of the Lambda function the queue triggers
    #[arg(long, value_name = "D", allow_hyphen_values = true)]
    pub lambda_timeout: Option<Seconds>,

    /// The Lambda event source mapping's batching window (default 0)
    #[arg(
        long,
        value_name = "D",
        requires = "lambda_timeout",
        allow_hyphen_values = true
    )]
    pub batch_window: Option<Seconds>,

    /// Polling: the receive wait time, 0 (short polling) or 1 to 20 s (long polling)
    #[arg(
        long,
        value_name = "D",
        conflicts_with_all = ["processing", "visibility", "lambda_timeout"],
        allow_hyphen_values = true
    )]
    pub wait: Option<Seconds>,

    /// Polling (with --wait), throughput and groups (with --queue) or cost (with
    /// --price-per-million): messages per second (or /min, /h)
    #[arg(long, value_name = "RATE", allow_hyphen_values = true)]
    pub rate: Option<Rate>,

    /// Throughput, groups or cost: messages per send, receive or delete call (1 to 10;
    /// default 1)
    #[arg(long, value_name = "N", value_parser = parse_batch_size, requires = "rate")]
    pub batch_size: Option<u64>,

    /// Throughput: the FIFO queue is in high-throughput mode
    #[arg(long, requires = "rate")]
    pub high_throughput: bool,

    /// Throughput: the Region's high-throughput calls per second per action (default: the
    /// lowest Regional figure)
    #[arg(long, value_name = "N", value_parser = parse_tps, requires = "high_throughput")]
    pub tps: Option<u64>,

    /// Messages: the queue's own MaximumMessageSize (default: SQS's maximum)
    #[arg(
        long,
        value_name = "SIZE",
        requires = "message_size",
        allow_hyphen_values = true
    )]
    pub queue_max: Option<Size>,

    /// Polling: pollers receiving from the queue (default 1)
    #[arg(long, value_name = "N", value_parser = parse_pollers, requires = "wait")]
    pub pollers: Option<u64>,

    /// Polling: messages asked for per receive, MaxNumberOfMessages (1 to 10; default 1)
    #[arg(long, value_name = "N", value_parser = parse_per_receive, requires = "wait")]
    pub per_receive: Option<u64>,

    /// Polling: a poller's pause between receives (needed for short polling)
    #[arg(long, value_name = "D", requires = "wait", allow_hyphen_values = true)]
    pub interval: Option<Seconds>,

    /// Messages: a message's size, body and attributes; a bare number is bytes
    #[arg(
        long,
        value_name = "SIZE",
        conflicts_with_all = ["processing", "visibility", "lambda_timeout", "wait"],
        allow_hyphen_values = true
    )]
    pub message_size: Option<Size>,

    /// Cost (with --rate and --message-size): your price per million requests (awscalc
    /// holds no prices)
    #[arg(long, value_name = "PRICE", value_parser = awscalc::units::parse_price, requires_all = ["rate", "message_size"], allow_hyphen_values = true)]
    pub price_per_million: Option<rust_decimal::Decimal>,

    /// Cost: times each message is received (default 1; more with retries)
    #[arg(long, value_name = "N", value_parser = parse_receives, requires = "price_per_million")]
    pub receives_per_message: Option<u64>,

    /// Cost: hours in the month (default 720, 30 days)
    #[arg(long, value_name = "N", value_parser = parse_hours, requires = "price_per_million")]
    pub hours: Option<u64>,

    /// Settings: standard (default) or fifo, for the in-flight limit
    #[arg(long, value_name = "KIND", conflicts_with_all = QUEUE_NOT_WITH)]
    pub queue: Option<QueueKind>,

    /// Message groups (with --queue fifo, --rate and --processing): FIFO message groups
    /// with messages waiting
    #[arg(long, value_name = "N", value_parser = parse_groups, requires = "processing")]
    pub groups: Option<u64>,

    /// Settings: message retention period (1 minute to 14 days); a bare number is seconds
    #[arg(long, value_name = "D", conflicts_with_all = SETTINGS_NOT_WITH, allow_hyphen_values = true)]
    pub retention: Option<Seconds>,

    /// Settings: delay of the queue or a message (0 to 15 minutes); a bare number is seconds
    #[arg(long, value_name = "D", conflicts_with_all = SETTINGS_NOT_WITH, allow_hyphen_values = true)]
    pub delay: Option<Seconds>,

    /// Settings: receives before a message goes to the dead-letter queue (maxReceiveCount)
    #[arg(long, value_name = "N", value_parser = parse_receive_count, conflicts_with_all = SETTINGS_NOT_WITH)]
    pub max_receive_count: Option<u64>,

    /// Settings: messages received and not yet deleted at once
    #[arg(long, value_name = "N", value_parser = parse_in_flight, conflicts_with_all = SETTINGS_NOT_WITH)]
    pub in_flight: Option<u64>,
}

/// The forms `--queue` does not go with (`--processing` does, for message groups).
const QUEUE_NOT_WITH: [&str; 4] = ["visibility", "lambda_timeout", "wait", "message_size"];

/// The forms the settings check's flags do not go with.
const SETTINGS_NOT_WITH: [&str; 5] = [
    "processing",
    "visibility",
    "lambda_timeout",
    "wait",
    "message_size",
];

impl SqsArgs {
    /// The typed request.
    ///
    /// # Errors
    /// [`Error::Conflict`] when no form is complete (clap's `form` group prevents that on
    /// the command line).
    pub(crate) fn request(&self) -> Result<SqsRequest, Error> {
        if self.queue_max.is_some() && self.message_size.is_none() {
            return Err(Error::Conflict {
                message: "`--queue-max` goes with --message-size".into(),
            });
        }
        if let Some(price) = self.price_per_million {
            return self.cost_form(price);
        }
        let settings = self.retention.is_some()
            || self.delay.is_some()
            || self.max_receive_count.is_some()
            || self.in_flight.is_some();
        if let (Some(rate), None, false) = (&self.rate, &self.wait, settings) {
            return self.rate_form(rate);
        }
        if self.groups.is_some() {
            return Err(Error::Conflict {
                message: "`--groups` goes with --queue fifo, --rate and --processing (message \
                          groups)"
                    .into(),
            });
        }
        if self.batch_size.is_some() || self.high_throughput {
            return Err(Error::Conflict {
                message: "`--batch-size` and `--high-throughput` go with --queue and --rate \
                          alone (throughput)"
                    .into(),
            });
        }
        if settings && self.rate.is_some() {
            return Err(Error::Conflict {
                message: "`--rate` goes with --wait (polling) or with --queue and no settings \
                          (throughput)"
                    .into(),
            });
        }
        if self.retention.is_some()
            || self.delay.is_some()
            || self.max_receive_count.is_some()
            || self.in_flight.is_some()
        {
            return Ok(SqsRequest::Settings(SettingsRequest {
                kind: self.queue,
                retention: self.retention.clone(),
                delay: self.delay.clone(),
                max_receive_count: self.max_receive_count,
                in_flight: self.in_flight,
            }));
        }
        if let Some(kind) = self.queue {
            return Err(Error::Conflict {
                message: format!(
                    "`--queue {kind}` goes with --rate, --retention, --delay, \
                     --max-receive-count or --in-flight"
                ),
            });
        }
        if let Some(size) = &self.message_size {
            return Ok(SqsRequest::Message(MessageRequest {
                size: size.clone(),
                queue_max: self.queue_max.clone(),
            }));
        }
        if let Some(wait) = &self.wait {
            return Ok(SqsRequest::Polling(PollingRequest {
                wait: wait.clone(),
                rate: self.rate.clone(),
                pollers: self.pollers,
                per_receive: self.per_receive,
                interval: self.interval.clone(),
            }));
        }
        if self.processing.is_none() && self.visibility.is_none() && self.lambda_timeout.is_none() {
            return Err(Error::Conflict {
                message:
                    "give --processing, --visibility, --lambda-timeout, --wait or --message-size"
                        .into(),
            });
        }
        Ok(SqsRequest::Visibility(VisibilityRequest {
            processing: self.processing.clone(),
            visibility: self.visibility.clone(),
            lambda_timeout: self.lambda_timeout.clone(),
            batch_window: self.batch_window.clone(),
        }))
    }

    /// `--rate --message-size --price-per-million`: the month's request cost.
    fn cost_form(&self, price: rust_decimal::Decimal) -> Result<SqsRequest, Error> {
        let (Some(rate), Some(size)) = (&self.rate, &self.message_size) else {
            return Err(Error::Conflict {
                message: "`--price-per-million` goes with --rate and --message-size".into(),
            });
        };
        if self.queue_max.is_some() || self.groups.is_some() || self.high_throughput {
            return Err(Error::Conflict {
                message: "`--price-per-million` goes with --rate, --message-size, \
                          --receives-per-message, --batch-size and --hours only"
                    .into(),
            });
        }
        Ok(SqsRequest::Cost(CostRequest {
            rate: rate.clone(),
            size: size.clone(),
            price_per_million: price,
            receives_per_message: self.receives_per_message,
            batch: self.batch_size,
            hours: self.hours,
        }))
    }

    /// `--rate` without `--wait` or settings: throughput, or message groups with
    /// `--processing`.
    fn rate_form(&self, rate: &Rate) -> Result<SqsRequest, Error> {
        let Some(kind) = self.queue else {
            return Err(Error::Conflict {
                message: "`--rate` goes with --wait (polling) or with --queue standard|fifo \
                          (throughput)"
                    .into(),
            });
        };
        if let Some(processing) = &self.processing {
            if kind == QueueKind::Standard {
                return Err(Error::Conflict {
                    message: "`--processing` with --rate counts a FIFO queue's message groups: \
                              give --queue fifo"
                        .into(),
                });
            }
            return Ok(SqsRequest::Groups(GroupsRequest {
                rate: rate.clone(),
                processing: processing.clone(),
                groups: self.groups,
                batch: self.batch_size,
                high_throughput: self.high_throughput,
                tps: self.tps,
            }));
        }
        if kind == QueueKind::Standard && (self.high_throughput || self.tps.is_some()) {
            return Err(Error::Conflict {
                message: "`--high-throughput` is a mode of FIFO queues: give --queue fifo".into(),
            });
        }
        Ok(SqsRequest::Throughput(ThroughputRequest {
            kind,
            rate: rate.clone(),
            batch: self.batch_size,
            high_throughput: self.high_throughput,
            tps: self.tps,
        }))
    }
}

/// A whole, positive count of pollers.
fn parse_pollers(text: &str) -> Result<u64, Error> {
    parse_whole(text, "pollers", 1_000_000_000)
}

/// A whole, positive count of messages per receive (its AWS range is checked by the
/// calculator).
fn parse_per_receive(text: &str) -> Result<u64, Error> {
    parse_whole(text, "messages per receive", 1_000_000)
}

/// A whole count of receives (its AWS range is checked by the calculator).
fn parse_receive_count(text: &str) -> Result<u64, Error> {
    parse_whole(text, "receives", 1_000_000_000)
}

/// A whole count of in-flight messages.
fn parse_in_flight(text: &str) -> Result<u64, Error> {
    parse_whole(text, "in-flight messages", 1_000_000_000_000)
}

/// A whole, positive count of messages per batch (its AWS range is checked by the
/// calculator).
fn parse_batch_size(text: &str) -> Result<u64, Error> {
    parse_whole(text, "messages per batch", 1_000_000)
}

/// A whole, positive count of receives of each message.
fn parse_receives(text: &str) -> Result<u64, Error> {
    parse_whole(text, "receives per message", 1_000_000)
}

/// A whole, positive count of hours.
fn parse_hours(text: &str) -> Result<u64, Error> {
    parse_whole(text, "hours", 10_000_000)
}

/// A whole, positive count of message groups.
fn parse_groups(text: &str) -> Result<u64, Error> {
    parse_whole(text, "message groups", 1_000_000_000_000)
}

/// A whole, positive count of calls per second.
fn parse_tps(text: &str) -> Result<u64, Error> {
    parse_whole(text, "calls per second", 1_000_000_000)
}
