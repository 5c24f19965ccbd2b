//! `awscalc kinesis`: Kinesis Data Streams flags.

use clap::{ArgGroup, Args};

use awscalc::calc::kinesis::{
    Backlog, BatchRequest, CapacityRequest, ConsumeRate, ConsumerKind, LagInput, LagRequest,
    OnDemandRequest, ReadsRequest, Region, ReshardRequest, Retention, StreamRequest, Throughput,
    Workload,
};
use awscalc::question::KinesisRequest;
use awscalc::units::{parse_size_with_unit, parse_whole, parse_whole_or_zero, Rate, Size};
use awscalc::Error;

pub(super) const KINESIS_EXAMPLES: &str = "\
Units (see docs/cli.md): Kinesis's KB and MB are 1,024-based, as in AWS's sizing formula.
  --size          2kb, 1500b, 1mb; a bare number is KB
  --throughput    4.5mb/s, 500kb/s, 60gb/h; a bare number is MB/s
  --rate          5000, 5000/s, 300000/min; a bare number is per second
  --retention     24h, 168 hours, 7d, 365 days; a bare number is hours
  --consume-rate  3mb/s: what the consumer processes; a bare number is MB/s, but beside
                  --size and --rate a number without a size unit is records: 4000/s
  --backlog       2h (the iterator age), 50gib (data) or 1000000 (records); `m` is minutes

Examples:
  awscalc kinesis --size 2kb --rate 5000/s --consumers 2  10 shards
  awscalc kinesis --throughput 4.5mb/s --rate 4600/s      5 shards
  awscalc kinesis --size 1kb --rate 1000 --efo 3          1 shard (EFO reads are dedicated)
  awscalc kinesis --shards 100 --parallelization 2        200 concurrent Lambda invocations
  awscalc kinesis --shards 10 --consumers 4 --efo 2       5 MiB/s per standard consumer
  awscalc kinesis --size 1kb --rate 20000/s --put-records 500
                                                          40 PutRecords requests per second
  awscalc kinesis --shards 10 --to 25                     2 UpdateShardCount calls
  awscalc kinesis --throughput 4mb/s --consume-rate 3mb/s
                                                          0.25 s of iterator age per second
  awscalc kinesis --size 2kb --rate 5000/s --consume-rate 4000/s
                                                          0.2 s of iterator age per second
  awscalc kinesis --throughput 4mb/s --consume-rate 6mb/s --backlog 2h
                                                          4 hours to catch up
  awscalc kinesis --throughput 4.5mb/s --rate 4600/s --on-demand
                                                          no (a new stream: 4 MiB/s)
  awscalc kinesis --throughput 80mb/s --rate 80000/s --on-demand --previous-peak 40mb/s
                                                          yes (2 × 40 MiB/s)";

/// `kinesis`'s usage line, by hand: its forms, not clap's list of argument groups.
pub(super) const KINESIS_USAGE: &str = "\
awscalc kinesis --size SIZE --rate RATE [--efo N] [--on-demand] [...]
       awscalc kinesis --throughput THROUGHPUT --rate RATE [--efo N] [--on-demand] [...]
       awscalc kinesis --shards N [--to M] [--parallelization N]
       awscalc kinesis --shards N --consumers C [--efo E] [--advantage]
       awscalc kinesis --size SIZE --rate RATE --put-records N [--aggregate N]
       awscalc kinesis --throughput T --consume-rate T [--shards N] [--consumers C | --efo 1]
                       [--parallelization P] [--retention D] [--backlog B]
       awscalc kinesis --size S --rate R --consume-rate R [same options as above]";

/// What `--expect` recognises for `kinesis`.
pub(super) const KINESIS_EXPECT: &str = "Compare the answer with VALUE: exit 0 on a match, 1 on \
a mismatch, with a hint naming the reading that gives VALUE: the Kinesis FAQ formula (KB as 1,000 \
bytes), the records-per-second limit left out, enhanced fan-out counted as shared reads, a \
standard consumer given a whole shard's reads, or the AWS values before a dated change";

/// Kinesis Data Streams shards for a workload (write bandwidth, records, consumers), what a
/// stream of N shards serves (KCL, Lambda, each consumer's reads), and resharding from N to M
/// shards
#[derive(Debug, Args)]
#[group(skip)]
#[command(after_help = KINESIS_EXAMPLES, override_usage = KINESIS_USAGE, group = ArgGroup::new("form").required(true).multiple(true).args(["size", "throughput", "shards"]))]
// Either a workload (`--size` or `--throughput`, with `--rate`), an existing stream
// (`--shards`), or a resharding (`--shards` and `--to`).
pub(crate) struct KinesisArgs {
    /// Average record size (data blob before base64); a bare number is KB. AWS rounds it
    /// up to a whole KB
    #[arg(
        long,
        value_name = "SIZE",
        visible_alias = "record-size",
        requires = "rate",
        conflicts_with = "throughput",
        allow_hyphen_values = true
    )]
    pub size: Option<Size>,

    /// Records written per second (or /min, /h); a bare number is per second
    #[arg(
        long,
        value_name = "RATE",
        visible_alias = "records",
        allow_hyphen_values = true
    )]
    pub rate: Option<Rate>,

    /// Data written per second (or /min, /h): 4.5mb/s; a bare number is MB/s
    #[arg(
        long,
        value_name = "THROUGHPUT",
        visible_alias = "write",
        allow_hyphen_values = true
    )]
    pub throughput: Option<Throughput>,

    /// Lag: what one consumer processes per second, beside --throughput (a bare number is
    /// MB/s) or --size and --rate (a number without a size unit is records: 4000/s): how fast
    /// its iterator age grows and what brings it back
    #[arg(
        long,
        value_name = "RATE",
        allow_hyphen_values = true,
        value_parser = parse_boxed::<Throughput>
    )]
    pub consume_rate: Option<Box<Throughput>>,

    /// Lag: what the consumer has to catch up on now: an iterator age (2h), data (50gib)
    /// or records (1000000); the answer is when it has caught up
    #[arg(
        long,
        value_name = "BACKLOG",
        requires = "consume_rate",
        allow_hyphen_values = true,
        value_parser = parse_boxed::<Backlog>
    )]
    pub backlog: Option<Box<Backlog>>,

    /// Standard consumers: they share each shard's 2 MiB/s and 5 GetRecords calls/s
    /// (default 1 without --efo); with --shards, what each one gets
    #[arg(long, value_name = "N", value_parser = parse_consumers)]
    pub consumers: Option<u32>,

    /// Enhanced fan-out consumers: 2 MiB/s per shard each, at most 20 per stream
    #[arg(long, value_name = "N", value_parser = parse_consumers)]
    pub efo: Option<u32>,

    /// The stream is in On-demand Advantage mode: up to 50 enhanced fan-out consumers
    #[arg(long)]
    pub advantage: bool,

    /// Lambda concurrent batches per shard (ParallelizationFactor, 1 to 10; default 1)
    #[arg(long, value_name = "N", value_parser = parse_factor)]
    pub parallelization: Option<u32>,

    /// The stream's raised maximum record size, with its unit: 2mib (1 MiB to 10 MiB since
    /// 2025-10-27)
    #[arg(
        long,
        value_name = "SIZE",
        conflicts_with = "shards",
        allow_hyphen_values = true,
        value_parser = parse_size_with_unit
    )]
    pub max_record_size: Option<Size>,

    /// A partition key to check against the 256-character limit
    #[arg(
        long,
        value_name = "KEY",
        conflicts_with = "shards",
        allow_hyphen_values = true
    )]
    pub partition_key: Option<String>,

    /// A retention period to check: 24 hours to 365 days (with --consume-rate: the window
    /// the consumer must stay inside, default 24 hours)
    #[arg(
        long,
        value_name = "DURATION",
        allow_hyphen_values = true,
        value_parser = parse_boxed::<Retention>
    )]
    pub retention: Option<Box<Retention>>,

    /// On-demand: whether the workload fits an on-demand stream, and the rule that decides
    #[arg(long, conflicts_with = "shards")]
    pub on_demand: bool,

    /// On-demand: the stream's peak write throughput over the previous 30 days; a bare
    /// number is MB/s (default: a new stream)
    #[arg(
        long,
        value_name = "THROUGHPUT",
        requires = "on_demand",
        conflicts_with = "shards",
        allow_hyphen_values = true,
        value_parser = parse_boxed::<Throughput>
    )]
    pub previous_peak: Option<Box<Throughput>>,

    /// On-demand: the AWS Region, like us-east-1; us-east-1, us-west-2 and eu-west-1 have the
    /// higher maximum (default: another Region, the lower maximum)
    #[arg(
        long,
        value_name = "REGION",
        requires = "on_demand",
        conflicts_with = "shards",
        allow_hyphen_values = true,
        value_parser = parse_boxed::<Region>
    )]
    pub region: Option<Box<Region>>,

    /// Producer batches: records per PutRecords request (1 to 500); the answer is the
    /// requests per second
    #[arg(long, value_name = "N", value_parser = parse_batch, requires = "size", conflicts_with_all = ["shards", "throughput"])]
    pub put_records: Option<u32>,

    /// With --put-records: user records per Kinesis record (KPL aggregation; default 1)
    #[arg(long, value_name = "N", value_parser = parse_batch, requires = "put_records")]
    pub aggregate: Option<u32>,

    /// Open shards of an existing stream: what they take and serve; with --to, resharding
    #[arg(long, value_name = "N", value_parser = parse_shards)]
    pub shards: Option<u64>,

    /// Resharding target: the UpdateShardCount calls from --shards to N
    #[arg(long, value_name = "N", value_parser = parse_shards, requires = "shards", conflicts_with_all = ["size", "throughput", "rate"])]
    pub to: Option<u64>,
}

impl KinesisArgs {
    /// The typed request.
    ///
    /// # Errors
    /// [`Error::Conflict`] when no form is complete (clap's `form` group and `requires`
    /// prevent that on the command line), or for `--parallelization` with `--on-demand`,
    /// whose answer counts no Lambda invocations. (Not a clap `conflicts_with`: clap excuses
    /// a missing `requires` when the missing flag conflicts with one given, so `--region`
    /// without `--on-demand` would pass unread next to `--parallelization`.)
    pub(crate) fn request(&self) -> Result<KinesisRequest, Error> {
        if let Some(consume) = &self.consume_rate {
            return self.lag(consume);
        }
        if let (Some(_), true) = (self.shards, self.size.is_some() || self.rate.is_some()) {
            let flag = if self.size.is_some() {
                "'--size <SIZE>'"
            } else {
                "'--rate <RATE>'"
            };
            return Err(Error::Conflict {
                message: format!(
                    "the argument '--shards <N>' cannot be used with {flag} without \
                     --consume-rate: give --consume-rate for the lag (what the consumer \
                     processes), or drop --shards for the shards a workload needs"
                ),
            });
        }
        if let (Some(_), Some(write)) = (self.shards, &self.throughput) {
            return Err(Error::Conflict {
                message: format!(
                    "`--throughput {write}` with --shards asks the lag: give --consume-rate \
                     (what the consumer processes), or drop --shards for the shards a workload needs"
                ),
            });
        }
        if self.shards.is_some() && self.retention.is_some() {
            return Err(Error::Conflict {
                message: "--retention with --shards is read only by the lag: give --throughput \
                          and --consume-rate too, or drop --retention"
                    .into(),
            });
        }
        if let Some(from) = self.shards {
            if let Some(reads) = self.reads(from)? {
                return Ok(reads);
            }
            return Ok(match self.to {
                Some(to) => KinesisRequest::Reshard(ReshardRequest {
                    from,
                    to,
                    parallelization: self.parallelization,
                }),
                None => KinesisRequest::Capacity(CapacityRequest {
                    shards: from,
                    parallelization: self.parallelization,
                }),
            });
        }
        if let (Some(put_records), Some(size), Some(rate)) =
            (self.put_records, &self.size, &self.rate)
        {
            return self.batches(put_records, size, rate);
        }
        let workload = match (&self.throughput, &self.size, &self.rate) {
            (Some(write), None, Some(records)) => Workload::Throughput {
                write: write.clone(),
                records: records.clone(),
            },
            (None, Some(size), Some(rate)) => Workload::Records {
                size: size.clone(),
                rate: rate.clone(),
            },
            _ => {
                return Err(Error::Conflict {
                    message: "give --size and --rate, --throughput and --rate, --throughput and \
                              --consume-rate, or --shards"
                        .into(),
                })
            }
        };
        let stream = StreamRequest {
            workload,
            shared_consumers: self.consumers,
            efo_consumers: self.efo.unwrap_or(0),
            advantage: self.advantage,
            parallelization: self.parallelization,
            max_record_size: self.max_record_size.clone(),
            partition_key: self.partition_key.clone(),
            retention: self.retention.as_deref().cloned(),
        };
        if let (true, Some(factor)) = (self.on_demand, self.parallelization) {
            return Err(Error::Conflict {
                message: format!(
                    "--on-demand does not use `--parallelization {factor}`: the on-demand \
                     answer counts no Lambda invocations; drop --parallelization, or drop \
                     --on-demand for the provisioned shards and the invocations they allow"
                ),
            });
        }
        Ok(if self.on_demand {
            KinesisRequest::OnDemand(Box::new(OnDemandRequest {
                stream,
                previous_peak: self.previous_peak.as_deref().cloned(),
                region: self.region.as_deref().cloned(),
            }))
        } else {
            KinesisRequest::Stream(Box::new(stream))
        })
    }
}

impl KinesisArgs {
    /// `--throughput W --consume-rate C [...]` or `--size S --rate R --consume-rate C
    /// [...]`: a consumer slower than its stream, or catching up on `--backlog`; the flags
    /// the lag does not read are refused.
    fn lag(&self, consume: &Throughput) -> Result<KinesisRequest, Error> {
        let (write, consume) = match (&self.throughput, &self.size, &self.rate) {
            (Some(write), None, None) => (
                LagInput::Data(write.clone()),
                ConsumeRate::Data(consume.clone()),
            ),
            (None, Some(size), Some(rate)) => (
                LagInput::Records {
                    size: size.clone(),
                    rate: rate.clone(),
                },
                // Without a size unit, a consume rate beside records is records.
                if consume.size().unit().is_none() {
                    ConsumeRate::Records(consume.text().parse()?)
                } else {
                    ConsumeRate::Data(consume.clone())
                },
            ),
            (Some(_), _, Some(_)) => {
                return Err(Error::Conflict {
                    message: "--rate does not combine with --throughput and --consume-rate: the \
                              lag reads --throughput, or --size and --rate, with --shards, \
                              --consumers or --efo 1, --parallelization, --retention and \
                              --backlog"
                        .into(),
                })
            }
            _ => {
                return Err(Error::Conflict {
                    message: format!(
                        "`--consume-rate {}` needs what is written: give --throughput, or \
                         --size and --rate",
                        consume.text()
                    ),
                })
            }
        };
        let unused = [
            ("--to", self.to.is_some()),
            ("--advantage", self.advantage),
            ("--max-record-size", self.max_record_size.is_some()),
            ("--partition-key", self.partition_key.is_some()),
            ("--on-demand", self.on_demand),
            ("--put-records", self.put_records.is_some()),
        ];
        if let Some((flag, _)) = unused.iter().find(|(_, given)| *given) {
            return Err(Error::Conflict {
                message: format!(
                    "{flag} does not combine with --consume-rate: the lag reads --throughput, \
                     or --size and --rate, with --shards, --consumers or --efo 1, \
                     --parallelization, --retention and --backlog"
                ),
            });
        }
        let consumer = match (self.consumers, self.efo) {
            (Some(_), Some(_)) => {
                return Err(Error::Conflict {
                    message:
                        "the lag is one consumer's: give --consumers C (it polls, sharing \
                              each shard with C in all) or --efo 1 (it has its own reads), not both"
                            .into(),
                })
            }
            (_, Some(1)) => ConsumerKind::Efo,
            (_, Some(n)) => {
                return Err(Error::Conflict {
                    message: format!(
                        "`--efo {n}` with --consume-rate: the lag is one consumer's; give --efo 1 \
                         for an enhanced fan-out consumer (others do not share its reads)"
                    ),
                })
            }
            (Some(c), None) => ConsumerKind::Shared(c),
            (None, None) => ConsumerKind::Shared(1),
        };
        Ok(KinesisRequest::Lag(Box::new(LagRequest {
            write,
            consume,
            shards: self.shards,
            consumer,
            parallelization: self.parallelization,
            retention: self.retention.as_deref().cloned(),
            backlog: self.backlog.as_deref().cloned(),
        })))
    }

    /// `--size S --rate R --put-records N [--aggregate A]`: a producer's batches; the
    /// stream's other flags are refused, as the batches do not use them.
    fn batches(&self, put_records: u32, size: &Size, rate: &Rate) -> Result<KinesisRequest, Error> {
        let unused = [
            ("--consumers", self.consumers.is_some()),
            ("--efo", self.efo.is_some()),
            ("--advantage", self.advantage),
            ("--parallelization", self.parallelization.is_some()),
            ("--max-record-size", self.max_record_size.is_some()),
            ("--partition-key", self.partition_key.is_some()),
            ("--retention", self.retention.is_some()),
            ("--on-demand", self.on_demand),
        ];
        if let Some((flag, _)) = unused.iter().find(|(_, given)| *given) {
            return Err(Error::Conflict {
                message: format!(
                    "{flag} does not combine with --put-records: the batches answer counts \
                     PutRecords requests; ask the stream without --put-records"
                ),
            });
        }
        Ok(KinesisRequest::Batches(Box::new(BatchRequest {
            size: size.clone(),
            rate: rate.clone(),
            put_records,
            aggregate: self.aggregate.unwrap_or(1),
        })))
    }

    /// `--shards N` with `--consumers` or `--efo`: what the stream gives its consumers.
    /// `None` without them (the capacity and resharding forms).
    fn reads(&self, shards: u64) -> Result<Option<KinesisRequest>, Error> {
        if self.consumers.is_none() && self.efo.is_none() {
            if self.advantage {
                return Err(Error::Conflict {
                    message: "--advantage with --shards sets the enhanced fan-out limit: give \
                              --efo N too"
                        .into(),
                });
            }
            return Ok(None);
        }
        let refuse = |flag: &str, why: &str| {
            Err(Error::Conflict {
                message: format!("{flag} does not combine with --consumers or --efo: {why}"),
            })
        };
        if let Some(to) = self.to {
            return refuse(
                &format!("`--to {to}`"),
                "ask the resharding and the consumers' reads separately",
            );
        }
        if let Some(factor) = self.parallelization {
            return refuse(
                &format!("`--parallelization {factor}`"),
                "a Lambda function is one polling consumer (--consumers); drop \
                 --parallelization, or drop --consumers/--efo for the invocations N shards allow",
            );
        }
        Ok(Some(KinesisRequest::Reads(ReadsRequest {
            shards,
            shared_consumers: self.consumers.unwrap_or(0),
            efo_consumers: self.efo.unwrap_or(0),
            advantage: self.advantage,
        })))
    }
}

/// A value kept on the heap: the `Command` enum stays small (clippy's large_enum_variant).
fn parse_boxed<T: std::str::FromStr<Err = Error>>(text: &str) -> Result<Box<T>, Error> {
    text.parse().map(Box::new)
}

/// A whole number of consumers, zero allowed (at most 1,000,000).
fn parse_consumers(text: &str) -> Result<u32, Error> {
    const MAX: u32 = 1_000_000;
    parse_whole_or_zero(text, "consumers", MAX.into()).map(|n| u32::try_from(n).unwrap_or(MAX))
}

/// A whole, positive count of records (PutRecords' limit is checked by the calculator).
fn parse_batch(text: &str) -> Result<u32, Error> {
    whole(text, "records", 1_000_000)
}

/// A whole, positive parallelization factor (its AWS range is checked by the calculator).
fn parse_factor(text: &str) -> Result<u32, Error> {
    whole(text, "parallelization factor", 1_000_000)
}

/// A whole, positive shard count (UpdateShardCount's limit is checked by the calculator).
fn parse_shards(text: &str) -> Result<u64, Error> {
    whole(text, "shards", 1_000_000_000).map(u64::from)
}

/// [`parse_whole`] for counts that fit `u32`.
fn whole(text: &str, what: &'static str, max: u32) -> Result<u32, Error> {
    // `max` fits u32, so the value does too.
    parse_whole(text, what, u64::from(max)).map(|n| u32::try_from(n).unwrap_or(max))
}
