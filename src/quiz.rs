//! Exam-style practice questions, generated from a seed.
//!
//! Each [`Exercise`] has a prompt in exam wording and the typed [`Question`] that answers
//! it (printed as its awscalc command line). The answer is whatever the question computes,
//! so an exercise can never disagree with awscalc. The same seed always gives the same questions ([`Rng`] is a fixed algorithm,
//! not the platform's).

use std::fmt;
use std::str::FromStr;

use crate::calc::compute::ComputeRequest;
use crate::calc::dynamodb::{Demand, Items, ReadConsistency, ReadRequest, WriteMode, WriteRequest};
use crate::calc::ebs::{VolumeRequest, VolumeType};
use crate::calc::kinesis::{CapacityRequest, StreamRequest, Workload};
use crate::calc::lambda::{ConcurrencyRequest, QueueKind, QueueRequest};
use crate::calc::s3::billing::{EarlyDelete, Stay};
use crate::calc::s3::transfer::PrefixQuestion;
use crate::calc::sns::{Encoding, MessageRequest as SnsMessageRequest, SmsRequest, SmsText};
use crate::calc::sqs::{GroupsRequest, PollingRequest, VisibilityRequest};
use crate::calc::vpc::{BlockRequest, HostsRequest};
use crate::error::Error;
use crate::question::{
    CidrRequest, EbsRequest, KinesisRequest, LambdaRequest, Question, S3Request, SnsRequest,
    SqsRequest,
};

/// A small deterministic random number generator (SplitMix64): the same seed gives the
/// same questions on every machine and every version of the dependencies.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator from `seed`.
    #[must_use]
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `low..=high`.
    pub fn between(&mut self, low: u64, high: u64) -> u64 {
        let (low, high) = if low <= high {
            (low, high)
        } else {
            (high, low)
        };
        match (high - low).checked_add(1) {
            Some(span) => low + self.next_u64() % span,
            // The whole range of u64.
            None => self.next_u64(),
        }
    }

    /// One of `items`.
    ///
    /// # Panics
    /// When `items` is empty: every caller passes a fixed, non-empty list (`generate`
    /// replaces an empty topic list with every topic).
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        // The index is below items.len(), so it fits in usize.
        let index = usize::try_from(self.next_u64() % items.len() as u64).unwrap_or(0);
        &items[index]
    }
}

/// What a question is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Topic {
    /// DynamoDB read capacity.
    Rcu,
    /// DynamoDB write capacity.
    Wcu,
    /// VPC subnet addresses and sizing.
    Cidr,
    /// EBS volume performance.
    Ebs,
    /// Kinesis Data Streams shards and consumers.
    Kinesis,
    /// S3 storage durations and request rates.
    S3,
    /// Site-to-Site VPN tunnels and connections.
    Vpn,
    /// Connecting VPCs: peering against Transit Gateway; Direct Connect ports.
    Connect,
    /// NAT gateways for a bandwidth.
    Nat,
    /// Disaster-recovery strategies for an RPO and an RTO.
    Dr,
    /// Questions decided by one AWS limit.
    Limit,
    /// Lambda concurrency, on its own and behind an SQS queue.
    Lambda,
    /// SQS visibility timeouts, long polling and FIFO message groups.
    Sqs,
    /// SNS message sizes and SMS parts.
    Sns,
    /// Which compute service can run a job.
    Compute,
}

impl Topic {
    /// Every topic, in the order a mixed quiz draws from.
    pub const ALL: [Topic; 15] = [
        Topic::Rcu,
        Topic::Wcu,
        Topic::Cidr,
        Topic::Ebs,
        Topic::Kinesis,
        Topic::S3,
        Topic::Lambda,
        Topic::Sqs,
        Topic::Sns,
        Topic::Compute,
        Topic::Vpn,
        Topic::Connect,
        Topic::Nat,
        Topic::Dr,
        Topic::Limit,
    ];

    /// The networking and resilience topics (`quiz vpn connect nat dr limit`).
    pub const NETWORK: [Topic; 5] = [
        Topic::Vpn,
        Topic::Connect,
        Topic::Nat,
        Topic::Dr,
        Topic::Limit,
    ];

    /// The topic's name, as typed.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Topic::Rcu => "rcu",
            Topic::Wcu => "wcu",
            Topic::Cidr => "cidr",
            Topic::Ebs => "ebs",
            Topic::Kinesis => "kinesis",
            Topic::S3 => "s3",
            Topic::Vpn => "vpn",
            Topic::Connect => "connect",
            Topic::Nat => "nat",
            Topic::Dr => "dr",
            Topic::Limit => "limit",
            Topic::Lambda => "lambda",
            Topic::Sqs => "sqs",
            Topic::Sns => "sns",
            Topic::Compute => "compute",
        }
    }
}

impl fmt::Display for Topic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Topic {
    type Err = Error;

    fn from_str(text: &str) -> Result<Topic, Error> {
        match text.trim().to_ascii_lowercase().as_str() {
            "rcu" => Ok(Topic::Rcu),
            "wcu" => Ok(Topic::Wcu),
            "cidr" | "vpc" | "subnet" => Ok(Topic::Cidr),
            "ebs" => Ok(Topic::Ebs),
            "kinesis" => Ok(Topic::Kinesis),
            "s3" => Ok(Topic::S3),
            "vpn" => Ok(Topic::Vpn),
            "connect" | "peering" => Ok(Topic::Connect),
            "nat" => Ok(Topic::Nat),
            "dr" => Ok(Topic::Dr),
            "limit" => Ok(Topic::Limit),
            "lambda" => Ok(Topic::Lambda),
            "sqs" => Ok(Topic::Sqs),
            "sns" => Ok(Topic::Sns),
            "compute" => Ok(Topic::Compute),
            _ => Err(Error::Conflict {
                message: format!(
                    "unknown quiz topic `{text}`: choose rcu, wcu, cidr, ebs, kinesis, s3, \
                     lambda, sqs, sns, compute, vpn, connect, nat, dr or limit"
                ),
            }),
        }
    }
}

/// One practice question: a prompt and the question that answers it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exercise {
    /// What it is about.
    pub topic: Topic,
    /// The question in exam wording.
    pub prompt: String,
    /// The awscalc question that answers it; its `Display` is the command line.
    pub question: Question,
}

/// `count` questions from `topics` (drawn in turn at random), the same for the same `seed`.
#[must_use]
pub fn generate(topics: &[Topic], seed: u64, count: usize) -> Vec<Exercise> {
    generate_where(topics, seed, count, |_| true).unwrap_or_default()
}

/// How many questions of a topic are drawn, at most, to find one that `accept` takes.
pub const DRAWS_PER_QUESTION: usize = 256;

/// `count` questions from `topics` that `accept` takes (a quiz on an early `--as-of`
/// accepts only the questions that can be computed on that date: no transactions before
/// DynamoDB had them). A question `accept` refuses is drawn again, with the same topic,
/// up to [`DRAWS_PER_QUESTION`] times. The same `seed` and the same `accept` give the same
/// questions.
///
/// # Errors
/// The topic for which no question was accepted in [`DRAWS_PER_QUESTION`] draws.
pub fn generate_where(
    topics: &[Topic],
    seed: u64,
    count: usize,
    mut accept: impl FnMut(&Exercise) -> bool,
) -> Result<Vec<Exercise>, Topic> {
    let mut rng = Rng::new(seed);
    let topics = if topics.is_empty() {
        &Topic::ALL[..]
    } else {
        topics
    };
    (0..count)
        .map(|_| {
            let topic = *rng.pick(topics);
            // Every draw builds its exercise (from fixed, valid spellings), so the same
            // seed draws the same numbers whatever `accept` says.
            (0..DRAWS_PER_QUESTION)
                .filter_map(|_| exercise(topic, &mut rng))
                .find(|q| accept(q))
                .ok_or(topic)
        })
        .collect()
}

/// Item sizes as exam questions give them, in KB.
const ITEM_SIZES_KB: &[&str] = &[
    "0.5", "1", "1.5", "2", "2.5", "3", "3.5", "4", "4.5", "5", "6", "7", "8", "9", "10", "12",
    "15", "20", "25", "40",
];

fn exercise(topic: Topic, rng: &mut Rng) -> Option<Exercise> {
    match topic {
        Topic::Rcu => read_question(rng),
        Topic::Wcu => write_question(rng),
        Topic::Cidr => cidr_question(rng),
        Topic::Ebs => ebs_question(rng),
        Topic::Kinesis => kinesis_question(rng),
        Topic::S3 => s3_question(rng),
        Topic::Vpn => network::vpn_question(rng),
        Topic::Connect => network::connect_question(rng),
        Topic::Nat => network::nat_question(rng),
        Topic::Dr => network::dr_question(rng),
        Topic::Limit => network::limit_question(rng),
        Topic::Lambda => lambda_question(rng),
        Topic::Sqs => sqs_question(rng),
        Topic::Sns => sns_question(rng),
        Topic::Compute => compute_question(rng),
    }
}

/// A rate as exam questions give it, per second or per minute in round numbers: as typed
/// after `--rate`, and in words.
fn rate(rng: &mut Rng) -> (String, String) {
    if rng.between(0, 3) == 0 {
        let per_minute = rng.between(1, 60) * 60;
        (
            format!("{per_minute}/min"),
            format!("{per_minute} per minute"),
        )
    } else {
        let per_second = *rng.pick(&[1, 2, 3, 5, 10, 20, 25, 50, 80, 90, 100, 150, 200, 500, 1000]);
        (format!("{per_second}"), format!("{per_second} per second"))
    }
}

fn read_question(rng: &mut Rng) -> Option<Exercise> {
    let size = rng.pick(ITEM_SIZES_KB);
    let (rate, rate_words) = rate(rng);
    let (consistency, words) = *rng.pick(&[
        (ReadConsistency::Strong, "strongly consistent"),
        (ReadConsistency::Eventual, "eventually consistent"),
        (ReadConsistency::Transactional, "transactional"),
    ]);
    Some(Exercise {
        topic: Topic::Rcu,
        prompt: format!(
            "An application makes {words} reads of {size} KB items, {rate_words}. \
             How many read capacity units (RCU) must the table provision?"
        ),
        question: Question::Rcu(ReadRequest {
            items: Items::Single(format!("{size}kb").parse().ok()?),
            consistency: Some(consistency),
            demand: Demand::Rate(rate.parse().ok()?),
        }),
    })
}

fn write_question(rng: &mut Rng) -> Option<Exercise> {
    let size = rng.pick(ITEM_SIZES_KB);
    let (rate, rate_words) = rate(rng);
    let transactional = rng.between(0, 3) == 0;
    let (mode, words) = if transactional {
        (WriteMode::Transactional, "transactional writes")
    } else {
        (WriteMode::Standard, "writes")
    };
    Some(Exercise {
        topic: Topic::Wcu,
        prompt: format!(
            "An application makes {words} of {size} KB items, {rate_words}. \
             How many write capacity units (WCU) must the table provision?"
        ),
        question: Question::Wcu(WriteRequest {
            items: Items::Single(format!("{size}kb").parse().ok()?),
            mode,
            demand: Demand::Rate(rate.parse().ok()?),
            indexes: Vec::new(),
            collection: None,
        }),
    })
}

fn cidr_question(rng: &mut Rng) -> Option<Exercise> {
    if rng.between(0, 2) == 0 {
        let hosts: u64 = *rng.pick(&[
            10, 25, 50, 60, 100, 120, 200, 250, 300, 500, 1000, 2000, 4000,
        ]);
        return Some(Exercise {
            topic: Topic::Cidr,
            prompt: format!(
                "A subnet must hold {hosts} instances, each with one private IP address. \
                 What is the longest prefix length (smallest subnet) that fits them in AWS?"
            ),
            question: Question::Cidr(CidrRequest::Hosts(HostsRequest {
                hosts_text: hosts.to_string(),
                hosts: u128::from(hosts),
                parent: None,
                strict: false,
            })),
        });
    }
    let prefix = rng.between(16, 28);
    let second = rng.between(0, 255);
    let block = match prefix {
        16 => format!("10.{second}.0.0/16"),
        17..=24 => format!("10.{second}.0.0/{prefix}"),
        _ => format!("10.{second}.{}.0/{prefix}", rng.between(0, 255)),
    };
    Some(Exercise {
        topic: Topic::Cidr,
        prompt: format!("How many IP addresses in subnet {block} can be assigned to instances?"),
        question: Question::Cidr(CidrRequest::Block(BlockRequest {
            cidr: block.parse().ok()?,
            strict: false,
        })),
    })
}

fn ebs_question(rng: &mut Rng) -> Option<Exercise> {
    let volume = |volume_type, size: u32| {
        Some(Question::Ebs(EbsRequest::Volume(VolumeRequest {
            volume_type,
            size: size.to_string().parse().ok()?,
            iops: None,
            throughput: None,
            scan: false,
        })))
    };
    if rng.between(0, 1) == 0 {
        // Sizes on both sides of the 1,000 GiB point where gp2's baseline reaches its burst.
        let size = *rng.pick(&[
            20, 100, 250, 334, 500, 750, 1000, 1500, 2000, 3000, 5334, 8000,
        ]);
        Some(Exercise {
            topic: Topic::Ebs,
            prompt: format!("What baseline IOPS does a {size} GiB gp2 volume deliver?"),
            question: volume(VolumeType::Gp2, size)?,
        })
    } else {
        let size = *rng.pick(&[10, 50, 100, 200, 400, 640, 1000, 1280, 2000]);
        Some(Exercise {
            topic: Topic::Ebs,
            prompt: format!("What is the most IOPS you can provision on a {size} GiB io1 volume?"),
            question: volume(VolumeType::Io1, size)?,
        })
    }
}

fn kinesis_question(rng: &mut Rng) -> Option<Exercise> {
    if rng.between(0, 3) == 0 {
        let shards = rng.between(1, 40);
        return Some(Exercise {
            topic: Topic::Kinesis,
            prompt: format!(
                "A Kinesis data stream has {shards} shards. At most how many KCL workers \
                 (EC2 instances) can process it at once?"
            ),
            question: Question::Kinesis(KinesisRequest::Capacity(CapacityRequest {
                shards,
                parallelization: None,
            })),
        });
    }
    let size = *rng.pick(&["0.5", "1", "2", "3", "5", "10", "25", "50"]);
    let rate = *rng.pick(&[100, 500, 1000, 2000, 3000, 4600, 5000, 10_000]);
    let consumers = rng.between(1, 4);
    let readers = if consumers == 1 {
        "one consumer application reads it".to_string()
    } else {
        format!("{consumers} consumer applications read it, sharing the shards' read throughput")
    };
    Some(Exercise {
        topic: Topic::Kinesis,
        prompt: format!(
            "Producers write {rate} records per second of {size} KB each to a Kinesis data \
             stream; {readers}. How many shards does the stream need?"
        ),
        question: Question::Kinesis(KinesisRequest::Stream(Box::new(StreamRequest {
            workload: Workload::Records {
                size: format!("{size}kb").parse().ok()?,
                rate: format!("{rate}/s").parse().ok()?,
            },
            shared_consumers: Some(u32::try_from(consumers).ok()?),
            efo_consumers: 0,
            advantage: false,
            parallelization: None,
            max_record_size: None,
            partition_key: None,
            retention: None,
        }))),
    })
}

fn s3_question(rng: &mut Rng) -> Option<Exercise> {
    if rng.between(0, 2) == 0 {
        let (rates, words) = if rng.between(0, 1) == 0 {
            let get = rng.between(1, 20) * 5000;
            (
                PrefixQuestion::Rates {
                    get: Some(format!("{get}/s").parse().ok()?),
                    put: None,
                },
                format!("{get} GET requests per second"),
            )
        } else {
            let put = rng.between(1, 20) * 2000;
            (
                PrefixQuestion::Rates {
                    get: None,
                    put: Some(format!("{put}/s").parse().ok()?),
                },
                format!("{put} PUT requests per second"),
            )
        };
        return Some(Exercise {
            topic: Topic::S3,
            prompt: format!(
                "An application sends {words} to one S3 bucket. Across how many prefixes, \
                 at least, must it spread its keys?"
            ),
            question: Question::S3(S3Request::Prefixes(rates)),
        });
    }
    let (class, name) = *rng.pick(&[
        ("STANDARD_IA", "S3 Standard-IA"),
        ("ONEZONE_IA", "S3 One Zone-IA"),
        ("GLACIER_IR", "S3 Glacier Instant Retrieval"),
        ("GLACIER", "S3 Glacier Flexible Retrieval"),
        ("DEEP_ARCHIVE", "S3 Glacier Deep Archive"),
    ]);
    let days = *rng.pick(&[1, 7, 10, 20, 29, 30, 45, 60, 89, 90, 100, 120, 179, 200]);
    let after = if days == 1 {
        "1 day".to_string()
    } else {
        format!("{days} days")
    };
    Some(Exercise {
        topic: Topic::S3,
        prompt: format!(
            "An object stored in {name} is deleted after {after}. For how many days \
             of storage is it billed?"
        ),
        question: Question::S3(S3Request::EarlyDelete(EarlyDelete {
            class: class.parse().ok()?,
            stay: Stay::Days(days),
        })),
    })
}

/// Networking and resilience questions: `vpn`, `connect`, `nat`, `dr`, `limit`.
mod network {
    use super::{Exercise, Rng, Topic};
    use crate::calc::network::{
        ConnectRequest, DirectConnectRequest, Gateway, NatRequest, VpnRequest,
    };
    use crate::calc::resilience::{DrRequest, LimitRequest};
    use crate::question::Question;
    use crate::units::{Duration, DurationGrammar};

    fn duration(text: &str) -> Option<Duration> {
        Duration::parse(
            text,
            &DurationGrammar {
                what: "duration",
                bare_seconds: None,
                smallest_unit_seconds: 1,
                accepted: "15min, 1h",
            },
        )
        .ok()
    }

    pub(super) fn vpn_question(rng: &mut Rng) -> Option<Exercise> {
        let gbps = *rng.pick(&["1", "2", "2.5", "3", "4", "5", "8", "10"]);
        Some(Exercise {
            topic: Topic::Vpn,
            prompt: format!(
                "A data center needs {gbps} Gbps to AWS over Site-to-Site VPN on a transit \
                 gateway with ECMP, using standard tunnels. How many tunnels are needed?"
            ),
            question: Question::Vpn(VpnRequest {
                throughput: format!("{gbps}gbps").parse().ok()?,
                large: false,
                gateway: Gateway::Transit,
            }),
        })
    }

    pub(super) fn connect_question(rng: &mut Rng) -> Option<Exercise> {
        if rng.between(0, 2) == 0 {
            let gbps = *rng.pick(&[5, 15, 25, 40, 150, 300, 500, 800]);
            return Some(Exercise {
                topic: Topic::Connect,
                prompt: format!(
                    "A company needs {gbps} Gbps over AWS Direct Connect dedicated connections, \
                     bundled in one link aggregation group where possible, on the slowest port \
                     speed that allows it. How many ports does it order?"
                ),
                question: Question::DirectConnect(DirectConnectRequest {
                    throughput: format!("{gbps}gbps").parse().ok()?,
                    port: None,
                }),
            });
        }
        let vpcs = u32::try_from(rng.between(3, 12)).ok()?;
        Some(Exercise {
            topic: Topic::Connect,
            prompt: format!(
                "{vpcs} VPCs must all reach each other through VPC peering. How many peering \
                 connections does a full mesh need?"
            ),
            question: Question::Connect(ConnectRequest {
                vpcs,
                cidrs: Vec::new(),
            }),
        })
    }

    pub(super) fn nat_question(rng: &mut Rng) -> Option<Exercise> {
        let gbps = *rng.pick(&[20, 50, 90, 120, 150, 250, 400]);
        let azs = u32::try_from(rng.between(1, 3)).ok()?;
        let zones = if azs == 1 {
            "one Availability Zone".to_string()
        } else {
            format!("{azs} Availability Zones")
        };
        Some(Exercise {
            topic: Topic::Nat,
            prompt: format!(
                "Private subnets in {zones} send {gbps} Gbps to the internet through NAT \
                 gateways, one per AZ at least. How many NAT gateways are needed?"
            ),
            question: Question::Nat(NatRequest {
                throughput: Some(format!("{gbps}gbps").parse().ok()?),
                rate: None,
                connections: None,
                addresses: None,
                azs: Some(azs),
                prices: None,
            }),
        })
    }

    pub(super) fn dr_question(rng: &mut Rng) -> Option<Exercise> {
        let (rpo, rto) = *rng.pick(&[
            ("24h", "24h"),
            ("8h", "12h"),
            ("30min", "2h"),
            ("15min", "1h"),
            ("5min", "10min"),
            ("1s", "30s"),
        ]);
        Some(Exercise {
            topic: Topic::Dr,
            prompt: format!(
                "A workload has a recovery point objective of {rpo} and a recovery time \
                 objective of {rto}. Which is the cheapest AWS disaster-recovery strategy whose \
                 band meets both?"
            ),
            question: Question::Dr(DrRequest {
                rpo: duration(rpo)?,
                rto: duration(rto)?,
                snapshot_every: None,
            }),
        })
    }

    pub(super) fn limit_question(rng: &mut Rng) -> Option<Exercise> {
        match rng.between(0, 3) {
            0 => {
                let (text, words) = *rng.pick(&[
                    ("15min", "15 minutes"),
                    ("12h", "12 hours"),
                    ("7d", "7 days"),
                    ("8d", "8 days"),
                    ("30d", "30 days"),
                ]);
                Some(Exercise {
                    topic: Topic::Limit,
                    prompt: format!(
                        "Can an S3 presigned URL signed with Signature Version 4 by an IAM user \
                         stay valid for {words}? (yes or no)"
                    ),
                    question: Question::Limit(LimitRequest::Presign {
                        expires: duration(text)?,
                        remaining: None,
                    }),
                })
            }
            1 => {
                let requests = *rng.pick(&[50, 100, 500, 2000]);
                Some(Exercise {
                    topic: Topic::Limit,
                    prompt: format!(
                        "Can a WAF rate-based rule block a client after {requests} requests in \
                         5 minutes? (yes or no)"
                    ),
                    question: Question::Limit(LimitRequest::Waf {
                        requests,
                        window: duration("5min")?,
                    }),
                })
            }
            2 => {
                let (text, words) = *rng.pick(&[
                    ("2kb", "2 KB"),
                    ("4kb", "4 KB"),
                    ("10kb", "10 KB"),
                    ("1mb", "1 MB"),
                ]);
                Some(Exercise {
                    topic: Topic::Limit,
                    prompt: format!(
                        "Can KMS Encrypt encrypt {words} of data directly, without envelope \
                         encryption? (yes or no)"
                    ),
                    question: Question::Limit(LimitRequest::Kms {
                        size: text.parse().ok()?,
                    }),
                })
            }
            _ => {
                let (period, keep, words) = *rng.pick(&[
                    ("1s", "2h", "1-second data for 2 hours"),
                    ("1s", "1d", "1-second data for a day"),
                    ("1min", "10d", "1-minute data for 10 days"),
                    ("1min", "30d", "1-minute data for 30 days"),
                    ("5min", "60d", "5-minute data for 60 days"),
                    ("1h", "400d", "1-hour data for 400 days"),
                ]);
                Some(Exercise {
                    topic: Topic::Limit,
                    prompt: format!("Does CloudWatch keep {words}? (yes or no)"),
                    question: Question::Limit(LimitRequest::Cloudwatch {
                        period: duration(period)?,
                        keep: duration(keep)?,
                    }),
                })
            }
        }
    }
}

fn lambda_question(rng: &mut Rng) -> Option<Exercise> {
    let (rate, rate_words) = rate(rng);
    if rng.between(0, 2) == 0 {
        // An SQS trigger: one invocation per batch.
        let batch = *rng.pick(&[1_u64, 5, 10, 20, 50, 100]);
        let seconds = *rng.pick(&[1_u64, 2, 3, 5, 10, 30]);
        return Some(Exercise {
            topic: Topic::Lambda,
            prompt: format!(
                "A standard SQS queue receives messages at {rate_words} and triggers a Lambda \
                 function with a batch size of {batch}; each invocation takes {seconds} s. How \
                 many concurrent executions does the function need?"
            ),
            question: Question::Lambda(LambdaRequest::Queue(QueueRequest {
                kind: QueueKind::Standard,
                rate: rate.parse().ok()?,
                duration: format!("{seconds}s").parse().ok()?,
                batch_size: Some(batch),
                max_concurrency: None,
                groups: None,
                max_pollers: None,
                quota: None,
            })),
        });
    }
    let duration = *rng.pick(&["100ms", "250ms", "500ms", "1s", "2s", "5s", "30s", "100s"]);
    Some(Exercise {
        topic: Topic::Lambda,
        prompt: format!(
            "A Lambda function receives requests at {rate_words}, each running {duration} on \
             average. How many concurrent executions does it need?"
        ),
        question: Question::Lambda(LambdaRequest::Concurrency(ConcurrencyRequest {
            rate: rate.parse().ok()?,
            duration: duration.parse().ok()?,
            quota: None,
            reserved: None,
            provisioned: None,
        })),
    })
}

fn sqs_question(rng: &mut Rng) -> Option<Exercise> {
    let form = rng.between(0, 2);
    if form == 2 {
        return fifo_groups_question(rng);
    }
    if form == 0 {
        let wait = *rng.pick(&[1_u64, 2, 5, 10, 15, 20]);
        return Some(Exercise {
            topic: Topic::Sqs,
            prompt: format!(
                "A consumer long-polls an empty SQS queue with a receive wait time of {wait} s. \
                 How many ReceiveMessage calls does it make per minute?"
            ),
            question: Question::Sqs(SqsRequest::Polling(PollingRequest {
                wait: format!("{wait}s").parse().ok()?,
                rate: None,
                pollers: None,
                per_receive: None,
                interval: None,
            })),
        });
    }
    let processing = *rng.pick(&["20s", "45s", "2min", "5min", "10min"]);
    let visibility = *rng.pick(&["30s", "60s", "300s", "900s"]);
    Some(Exercise {
        topic: Topic::Sqs,
        prompt: format!(
            "Each SQS message takes {processing} to process, and the queue's visibility \
             timeout is {visibility}. Does the timeout cover the processing (yes or no)?"
        ),
        question: Question::Sqs(SqsRequest::Visibility(VisibilityRequest {
            processing: Some(processing.parse().ok()?),
            visibility: Some(visibility.parse().ok()?),
            lambda_timeout: None,
            batch_window: None,
        })),
    })
}

/// FIFO message groups: one message of a group in flight at a time, so a rate needs
/// ⌈rate × processing time⌉ groups.
fn fifo_groups_question(rng: &mut Rng) -> Option<Exercise> {
    let rate = *rng.pick(&[10_u64, 20, 50, 100, 150, 200, 300]);
    let processing = *rng.pick(&[1_u64, 2, 3, 5, 10, 30]);
    Some(Exercise {
        topic: Topic::Sqs,
        prompt: format!(
            "A FIFO SQS queue receives {rate} messages per second, and each takes {processing} s \
             to process, in order within its message group. At least how many message groups \
             (MessageGroupId values) with messages waiting let the consumers keep up?"
        ),
        question: Question::Sqs(SqsRequest::Groups(GroupsRequest {
            rate: format!("{rate}/s").parse().ok()?,
            processing: format!("{processing}s").parse().ok()?,
            groups: None,
            batch: None,
            high_throughput: false,
            tps: None,
        })),
    })
}

fn sns_question(rng: &mut Rng) -> Option<Exercise> {
    if rng.between(0, 1) == 0 {
        let size = *rng.pick(&[64_u64, 100, 200, 256, 257, 300, 512]);
        return Some(Exercise {
            topic: Topic::Sns,
            prompt: format!(
                "An application publishes {size} KB messages (body and attributes) to an SNS \
                 topic whose MaximumMessageSize is the default. Does a message fit (yes or no)?"
            ),
            question: Question::Sns(SnsRequest::Message(SnsMessageRequest {
                size: format!("{size}kb").parse().ok()?,
                topic_max: None,
            })),
        });
    }
    let (encoding, words, counts): (Encoding, &str, &[u64]) = if rng.between(0, 1) == 0 {
        (
            Encoding::Gsm7,
            "all in the GSM 7-bit alphabet",
            &[100, 160, 161, 200, 306, 307, 459, 612],
        )
    } else {
        (
            Encoding::Ucs2,
            "some outside the GSM 7-bit alphabet (so UCS-2)",
            &[50, 70, 71, 134, 135, 201, 268],
        )
    };
    let count = *rng.pick(counts);
    Some(Exercise {
        topic: Topic::Sns,
        prompt: format!(
            "An SMS message sent through SNS has {count} characters, {words}. How many \
             message parts does it take?"
        ),
        question: Question::Sns(SnsRequest::Sms(SmsRequest {
            text: SmsText::Chars { count, encoding },
        })),
    })
}

fn compute_question(rng: &mut Rng) -> Option<Exercise> {
    let (duration, words) = *rng.pick(&[
        ("5min", "5 minutes"),
        ("10min", "10 minutes"),
        ("30min", "30 minutes"),
        ("2h", "2 hours"),
    ]);
    let memory = *rng.pick(&[1_u64, 2, 4, 8, 16]);
    let vcpu = *rng.pick(&[1_u64, 2, 4]);
    Some(Exercise {
        topic: Topic::Compute,
        prompt: format!(
            "A job runs for {words} with {memory} GB of memory and {vcpu} vCPU. Which of \
             Lambda, Fargate, Batch and EC2 can run it?"
        ),
        question: Question::Compute(ComputeRequest {
            duration: duration.parse().ok()?,
            memory: format!("{memory}gb").parse().ok()?,
            vcpu: vcpu.to_string().parse().ok()?,
            storage: None,
            gpu: false,
        }),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every networking and resilience question computes, on the dates their facts allow,
    /// and the same seed asks the same ones.
    #[test]
    fn network_questions_compute() {
        use crate::report::Detail;
        for seed in 0..20 {
            let questions = generate(&Topic::NETWORK, seed, 10);
            assert_eq!(questions, generate(&Topic::NETWORK, seed, 10));
            for q in questions {
                let on = jiff::civil::date(2026, 12, 1);
                assert!(
                    q.question.answer(on, Detail::Answer).is_ok(),
                    "{}",
                    q.question
                );
            }
        }
    }

    /// Every SNS question computes, both kinds are asked, and the answers are the ones the
    /// rules give: 256 KB fits a default topic (262,144 bytes) and 257 KB does not; 161
    /// GSM-7 characters take ceil(161 / 153) = 2 parts.
    #[test]
    fn sns_questions_compute() {
        use crate::report::Detail;
        let on = jiff::civil::date(2026, 12, 1);
        let questions: Vec<Exercise> = (0..40)
            .flat_map(|seed| generate(&[Topic::Sns], seed, 5))
            .collect();
        let commands: Vec<String> = questions.iter().map(|q| q.question.to_string()).collect();
        assert!(commands.iter().any(|c| c.starts_with("sns --message-size")));
        assert!(commands.iter().any(|c| c.contains("--encoding gsm7")));
        assert!(commands.iter().any(|c| c.contains("--encoding ucs2")));
        let mut pinned = 0;
        for q in &questions {
            let report = q.question.answer(on, Detail::Answer).unwrap();
            let text = q.question.to_string();
            let fits = || report.get("fits").map(|f| f.value.clone());
            if text == "sns --message-size 256kb" {
                assert_eq!(fits(), Some(crate::report::Value::Bool(true)));
                pinned += 1;
            }
            if text == "sns --message-size 257kb" {
                assert_eq!(fits(), Some(crate::report::Value::Bool(false)));
                pinned += 1;
            }
            if text == "sns --sms-chars 161 --encoding gsm7" {
                assert_eq!(crate::calc::testing::num(&report, "parts"), 2.into());
                pinned += 1;
            }
        }
        assert!(pinned >= 3, "only {pinned} pinned questions drawn");
    }

    #[test]
    fn the_same_seed_gives_the_same_questions() {
        assert_eq!(generate(&Topic::ALL, 7, 20), generate(&Topic::ALL, 7, 20));
        assert_ne!(generate(&Topic::ALL, 7, 20), generate(&Topic::ALL, 8, 20));
    }

    #[test]
    fn splitmix64_matches_its_reference_values() {
        // The first outputs of SplitMix64 from seed 0 (Vigna's reference implementation).
        let mut rng = Rng::new(0);
        assert_eq!(rng.next_u64(), 0xE220_A839_7B1D_CDAF);
        assert_eq!(rng.next_u64(), 0x6E78_9E6A_A1B9_65F4);
    }

    #[test]
    fn between_covers_its_bounds_in_either_order_and_the_whole_range() {
        let mut rng = Rng::new(1);
        for _ in 0..1000 {
            assert!((3..=5).contains(&rng.between(3, 5)));
            assert!((3..=5).contains(&rng.between(5, 3)));
            assert_eq!(rng.between(7, 7), 7);
        }
        let _ = rng.between(0, u64::MAX);
    }

    #[test]
    fn a_topic_list_is_respected() {
        let questions = generate(&[Topic::Cidr], 3, 30);
        assert!(questions.iter().all(|q| q.topic == Topic::Cidr));
        assert!(questions
            .iter()
            .all(|q| q.question.to_string().starts_with("cidr ")));
    }

    #[test]
    fn a_refused_question_is_drawn_again_with_its_topic() {
        // Refusing every transactional question leaves the others, in the same topics.
        let all = generate(&[Topic::Rcu, Topic::Wcu], 5, 200);
        let kept = generate_where(&[Topic::Rcu, Topic::Wcu], 5, 200, |q| {
            !q.question.to_string().contains("--transactional")
        })
        .unwrap();
        assert!(all
            .iter()
            .any(|q| q.question.to_string().contains("--transactional")));
        assert_eq!(kept.len(), 200);
        assert!(kept
            .iter()
            .all(|q| !q.question.to_string().contains("--transactional")));
        assert!(kept
            .iter()
            .all(|q| matches!(q.question, Question::Rcu(_) | Question::Wcu(_))));
        assert_eq!(
            generate_where(&[Topic::Ebs], 5, 1, |_| false),
            Err(Topic::Ebs)
        );
    }

    #[test]
    fn one_day_reads_singular() {
        let prompts: Vec<String> = (0..400)
            .flat_map(|seed| generate(&[Topic::S3], seed, 5))
            .filter(|q| q.question.to_string().ends_with(" --days 1"))
            .map(|q| q.prompt)
            .collect();
        assert!(!prompts.is_empty());
        assert!(
            prompts.iter().all(|p| p.contains("deleted after 1 day.")),
            "{prompts:?}"
        );
    }

    #[test]
    fn sqs_questions_include_fifo_message_groups() {
        let groups: Vec<String> = (0..200)
            .flat_map(|seed| generate(&[Topic::Sqs], seed, 3))
            .filter(|q| q.question.to_string().contains("--processing"))
            .filter(|q| q.question.to_string().contains("--queue fifo"))
            .map(|q| q.prompt)
            .collect();
        assert!(!groups.is_empty());
        assert!(
            groups.iter().all(|p| p.contains("message groups")),
            "{groups:?}"
        );
    }

    #[test]
    fn topics_parse_by_name() {
        assert_eq!("RCU".parse::<Topic>().unwrap(), Topic::Rcu);
        assert_eq!("subnet".parse::<Topic>().unwrap(), Topic::Cidr);
        assert_eq!("Lambda".parse::<Topic>().unwrap(), Topic::Lambda);
        assert_eq!("sqs".parse::<Topic>().unwrap(), Topic::Sqs);
        assert_eq!("sns".parse::<Topic>().unwrap(), Topic::Sns);
        assert_eq!("compute".parse::<Topic>().unwrap(), Topic::Compute);
        let err = "sms".parse::<Topic>().unwrap_err().to_string();
        assert!(err.contains("unknown quiz topic `sms`"), "{err}");
    }
}
