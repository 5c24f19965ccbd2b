//! A [`Question`] is a parsed command line as data: the typed request of one calculating
//! command. The command line, `check` sheet lines, quiz exercises and `--expect` all go
//! through it, and [`Question::answer`] is the one place that calls the calculators.
//!
//! [`Question`]'s `Display` is the canonical command line, without `awscalc`: parsing it
//! again gives the same question.
//!
//! ```
//! use awscalc::calc::dynamodb::{Demand, Items, ReadConsistency, ReadRequest};
//! use awscalc::question::Question;
//!
//! let question = Question::Rcu(ReadRequest {
//!     items: Items::Single("5kb".parse().unwrap()),
//!     consistency: Some(ReadConsistency::Strong),
//!     demand: Demand::Rate("100".parse().unwrap()),
//! });
//! assert_eq!(question.to_string(), "rcu --size 5kb --rate 100 --strong");
//! ```

use std::borrow::Cow;
use std::fmt;

use jiff::civil::Date;

use crate::calc::compute::ComputeRequest;
use crate::calc::dynamodb::capacity::BurstRequest as TableBurstRequest;
use crate::calc::dynamodb::index::IndexKind;
use crate::calc::dynamodb::item::ItemInput;
use crate::calc::dynamodb::{Demand, Items, ReadConsistency, ReadRequest, WriteMode, WriteRequest};
use crate::calc::ebs::{
    ArrayRequest, BurstRequest, InstanceChoice, InstanceFigure, IoSizeRequest, Load, ModifyRequest,
    Need, TargetRequest, VolumeRequest,
};
use crate::calc::kinesis::{
    BatchRequest, CapacityRequest, ConsumerKind, LagInput, LagRequest, OnDemandRequest,
    ReadsRequest, ReshardRequest, Retention, StreamRequest, Workload,
};
use crate::calc::lambda::{
    ConcurrencyRequest, CostRequest, FrontDoor, Invocations, LimitsRequest, QueueRequest,
    RateRequest, ScalingRequest, StreamRequest as LambdaStream,
};
use crate::calc::network::{ConnectRequest, DirectConnectRequest, Gateway, NatRequest, VpnRequest};
use crate::calc::resilience::{DrRequest, LimitRequest};
use crate::calc::s3::billing::{EarlyDelete, SmallObjects, Stay};
use crate::calc::s3::config::ConfigurationRequest;
use crate::calc::s3::lifecycle::LifecycleRequest;
use crate::calc::s3::network::TransferRequest;
use crate::calc::s3::requests::RequestsQuestion;
use crate::calc::s3::restore::RestoreRequest;
use crate::calc::s3::tiering::TieringRequest;
use crate::calc::s3::timing::{Created, EligibleRequest};
use crate::calc::s3::transfer::{Multipart, PrefixQuestion};
use crate::calc::sns::{MessageRequest as SnsMessageRequest, SmsRequest, SmsText};
use crate::calc::sqs::{
    CostRequest as SqsCostRequest, GroupsRequest, MessageRequest, PollingRequest, SettingsRequest,
    ThroughputRequest, VisibilityRequest,
};
use crate::calc::vpc::{
    BlockRequest, HostsRequest, Item, PlanRequest, QuotaRequest, RelateRequest, SecondaryRequest,
    SplitBy, SplitRequest, Subnets,
};
use crate::error::Error;
use crate::explain;
use crate::facts::{FactBook, Registry};
use crate::report::{Detail, Expectation, Report};

/// What one calculating command asks: `rcu`, `wcu`, `cidr`, `ebs`, `kinesis`, `s3`,
/// `lambda` or `facts`, with its inputs typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Question {
    /// `awscalc rcu`: DynamoDB read capacity.
    Rcu(ReadRequest),
    /// `awscalc wcu`: DynamoDB write capacity.
    Wcu(WriteRequest),
    /// `awscalc rcu --gsi`: the read capacity a Query or Scan of a global secondary index
    /// consumes from the index.
    GsiRead(ReadRequest),
    /// `awscalc item FILE`: a DynamoDB item's size from its JSON.
    Item(ItemInput),
    /// `awscalc burst`: DynamoDB burst capacity.
    Burst(TableBurstRequest),
    /// `awscalc ondemand`: DynamoDB on-demand capacity over time.
    OnDemand(crate::calc::dynamodb::ondemand::OnDemandRequest),
    /// `awscalc modes`: DynamoDB mode switches and capacity decreases in a day.
    Modes(crate::calc::dynamodb::modes::ModesRequest),
    /// `awscalc modes --reads … --writes …`: a DynamoDB workload's cost in each mode.
    ModeCost(Box<crate::calc::dynamodb::cost::ModeCostRequest>),
    /// `awscalc cidr`: VPC address arithmetic.
    Cidr(CidrRequest),
    /// `awscalc ebs`: an EBS volume, or which volume meets a need.
    Ebs(EbsRequest),
    /// `awscalc kinesis`: Kinesis Data Streams shards.
    Kinesis(KinesisRequest),
    /// `awscalc s3 …`: Amazon S3.
    S3(S3Request),
    /// `awscalc vpn`: Site-to-Site VPN tunnels and connections for a bandwidth.
    Vpn(VpnRequest),
    /// `awscalc connect`: a full mesh of VPC peering against Transit Gateway attachments.
    Connect(ConnectRequest),
    /// `awscalc nat`: NAT gateways for a bandwidth, a packet rate and connections.
    Nat(NatRequest),
    /// `awscalc connect --direct-connect`: dedicated Direct Connect ports and LAGs.
    DirectConnect(DirectConnectRequest),
    /// `awscalc lambda`: AWS Lambda concurrency.
    Lambda(LambdaRequest),
    /// `awscalc sqs`: Amazon SQS visibility timeouts and polling.
    Sqs(SqsRequest),
    /// `awscalc sns`: Amazon SNS message sizes and SMS parts.
    Sns(SnsRequest),
    /// `awscalc compute`: which compute services can run a job.
    Compute(ComputeRequest),
    /// `awscalc dr`: disaster-recovery strategies and data mechanisms for an RPO and an RTO.
    Dr(DrRequest),
    /// `awscalc limit`: a question decided by one AWS limit.
    Limit(LimitRequest),
    /// `awscalc facts [FILTER]`: the AWS values awscalc uses.
    Facts {
        /// Only facts whose id or name contains this text.
        filter: Option<String>,
    },
}

/// What a `cidr` command asks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CidrRequest {
    /// One block: `cidr 10.0.0.0/24`.
    Block(BlockRequest),
    /// The subnet size for a host count: `cidr --hosts 500`.
    Hosts(HostsRequest),
    /// A block split into subnets: `cidr 10.0.0.0/16 --split 24`.
    Split(SplitRequest),
    /// Subnets planned in a block: `cidr 10.0.0.0/16 --plan 500,200`.
    Plan(PlanRequest),
    /// How several blocks and addresses relate: `cidr 10.0.0.0/16 10.0.5.7`.
    Relate(RelateRequest),
    /// Whether a block may be added to a VPC: `cidr 10.0.0.0/16 --secondary 100.64.0.0/16`.
    Secondary(SecondaryRequest),
    /// Whether a design fits the default VPC quotas: `cidr --vpcs 6 --tiers 3 --azs 3`.
    Quota(QuotaRequest),
}

/// What an `ebs` command asks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EbsRequest {
    /// One volume of a type and size: `ebs --type gp2 --size 100`.
    Volume(VolumeRequest),
    /// Which volume sustains a need: `ebs --iops 20000`.
    Which(Need),
    /// IOPS and throughput at an I/O size: `ebs --io-size 16kib --throughput 500`.
    IoSize(IoSizeRequest),
    /// Volumes in an array, on an instance: `ebs --type io1 --size 500 --volumes 2 --raid 0`.
    Array(Box<ArrayRequest>),
    /// The volumes that reach a target: `ebs --type gp3 --iops 200000 --raid 0`.
    Target(Box<TargetRequest>),
    /// A burst bucket under a load over time: `ebs --type gp2 --size 100 --iops 1000`.
    Burst(BurstRequest),
    /// Changing a volume: `ebs --type gp2 --size 100 --to-type gp3 --to-size 200`.
    Modify(Box<ModifyRequest>),
}

/// What a `kinesis` command asks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KinesisRequest {
    /// Shards for a workload: `kinesis --throughput 4.5mb/s --rate 4600/s`.
    Stream(Box<StreamRequest>),
    /// What a stream of N shards can do: `kinesis --shards 100`.
    Capacity(CapacityRequest),
    /// From N shards to M: `kinesis --shards 10 --to 25`.
    Reshard(ReshardRequest),
    /// Whether a workload fits an on-demand stream: `kinesis … --on-demand`.
    OnDemand(Box<OnDemandRequest>),
    /// What a stream gives its consumers: `kinesis --shards 10 --consumers 3 --efo 2`.
    Reads(ReadsRequest),
    /// A consumer slower than its stream: `kinesis --throughput 4mb/s --consume-rate 3mb/s`.
    Lag(Box<LagRequest>),
    /// A producer's PutRecords requests: `kinesis --size 1kb --rate 20000/s --put-records 500`.
    Batches(Box<BatchRequest>),
}

/// What a `lambda` command asks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LambdaRequest {
    /// The concurrency a workload needs: `lambda --rate 50 --duration 100s`.
    Concurrency(ConcurrencyRequest),
    /// The rate a concurrency sustains: `lambda --concurrency 1000 --duration 100s`.
    Rate(RateRequest),
    /// The time to reach a concurrency from zero: `lambda --scale-to 5000`.
    Scaling(ScalingRequest),
    /// Whether a job fits Lambda's limits: `lambda --duration 30min --memory 2gb`.
    Limits(LimitsRequest),
    /// A stream trigger's concurrency: `lambda --shards 100 --parallelization 10`.
    Stream(LambdaStream),
    /// An SQS trigger's concurrency: `lambda --queue standard --rate 1000/s --duration 2s`.
    Queue(QueueRequest),
    /// A month's cost from given prices: `lambda --rate 50 --duration 200ms --memory 512
    /// --price-gb-second P --price-per-million Q`.
    Cost(CostRequest),
}

/// What an `sqs` command asks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SqsRequest {
    /// Whether a visibility timeout covers processing: `sqs --processing 45s`.
    Visibility(VisibilityRequest),
    /// ReceiveMessage calls with short or long polling: `sqs --wait 20s`.
    Polling(PollingRequest),
    /// Whether a message fits SQS: `sqs --message-size 300kb`.
    Message(MessageRequest),
    /// Whether queue settings fit AWS's ranges: `sqs --retention 20d`.
    Settings(SettingsRequest),
    /// Whether a message rate fits a queue: `sqs --queue fifo --rate 2000/s --batch-size 10`.
    Throughput(ThroughputRequest),
    /// The message groups a FIFO rate needs: `sqs --queue fifo --rate 300/s --processing 2s`.
    Groups(GroupsRequest),
    /// A month's request cost from a given price: `sqs --rate 1000/s --message-size 100kb
    /// --price-per-million 0.40`.
    Cost(SqsCostRequest),
}

/// What an `sns` command asks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SnsRequest {
    /// Whether a message fits a topic: `sns --message-size 300kb`.
    Message(SnsMessageRequest),
    /// The parts an SMS message takes: `sns --sms "text"`.
    Sms(SmsRequest),
}

/// What an `s3` command asks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum S3Request {
    /// `s3 classes`: every storage class.
    Classes,
    /// `s3 early-delete`: days billed for an object that left a class early.
    EarlyDelete(EarlyDelete),
    /// `s3 lifecycle CLASS:DAYS …`: one lifecycle rule.
    Lifecycle(LifecycleRequest),
    /// `s3 lifecycle --file`: a whole lifecycle configuration.
    Configuration(Box<ConfigurationRequest>),
    /// `s3 eligible`: when an action becomes eligible.
    Eligible(EligibleRequest),
    /// `s3 restore`: which classes and tiers return data in time.
    Restore(RestoreRequest),
    /// `s3 small-objects`: bytes billed for small objects.
    SmallObjects(SmallObjects),
    /// `s3 prefixes`: prefixes for a request rate, or what N prefixes sustain.
    Prefixes(PrefixQuestion),
    /// `s3 multipart`: multipart upload sizing.
    Multipart(Multipart),
    /// `s3 transfer`: the time over a link, and shipping devices instead.
    Transfer(Box<TransferRequest>),
    /// `s3 multipart --objects N`: the requests of many multipart uploads, and their cost.
    MultipartRequests(Box<RequestsQuestion>),
    /// `s3 intelligent-tiering`: the access tier after some days without access.
    IntelligentTiering(TieringRequest),
    /// `s3 design`: lifecycle rules for an access pattern.
    Design(crate::calc::s3::design::DesignRequest),
}

/// An answered question: its report and, for a split, the subnets, produced one at a time
/// after the report so that any count takes constant memory.
#[derive(Debug)]
pub struct Answer {
    /// The report, with the answer on the other side of each change of an AWS value weighed.
    pub report: Report,
    /// The subnets of `cidr BLOCK --split` or `--into`, not yet produced.
    pub subnets: Option<Subnets>,
}

impl Question {
    /// The command's name, as typed: `rcu`, `cidr`, `s3`.
    #[must_use]
    pub fn command(&self) -> &'static str {
        match self {
            Question::Rcu(_) | Question::GsiRead(_) => "rcu",
            Question::Wcu(_) => "wcu",
            Question::Item(_) => "item",
            Question::Burst(_) => "burst",
            Question::OnDemand(_) => "ondemand",
            Question::Modes(_) | Question::ModeCost(_) => "modes",
            Question::Cidr(_) => "cidr",
            Question::Ebs(_) => "ebs",
            Question::Kinesis(_) => "kinesis",
            Question::S3(_) => "s3",
            Question::Vpn(_) => "vpn",
            Question::Connect(_) | Question::DirectConnect(_) => "connect",
            Question::Nat(_) => "nat",
            Question::Lambda(_) => "lambda",
            Question::Sqs(_) => "sqs",
            Question::Sns(_) => "sns",
            Question::Compute(_) => "compute",
            Question::Dr(_) => "dr",
            Question::Limit(_) => "limit",
            Question::Facts { .. } => "facts",
        }
    }

    /// The report answering the question with the AWS values in force on `as_of`.
    ///
    /// [`Detail::Answer`] gives the answer alone: what a passing `check` line or a quiz
    /// needs. [`Detail::Full`] adds the derivation, the notes, and the answer on the other
    /// side of each change of an AWS value it used (the same question asked again on that
    /// day); [`Detail::Readings`] adds the other readings `--expect` compares against.
    ///
    /// ```
    /// use awscalc::calc::dynamodb::{Demand, Items, ReadConsistency, ReadRequest};
    /// use awscalc::question::Question;
    /// use awscalc::report::Detail;
    ///
    /// let reads = |consistency| {
    ///     Question::Rcu(ReadRequest {
    ///         items: Items::Single("5kb".parse().unwrap()),
    ///         consistency: Some(consistency),
    ///         demand: Demand::Rate("100".parse().unwrap()),
    ///     })
    /// };
    /// // 5 KB rounds up to two 4 KB read units; strongly consistent: 2 RCU a read, × 100/s.
    /// let report = reads(ReadConsistency::Strong)
    ///     .answer(jiff::civil::date(2026, 1, 1), Detail::Full)
    ///     .unwrap();
    /// assert_eq!(report.headline, "200 RCU");
    ///
    /// // Transactions came to DynamoDB on 2018-11-27: before, there is no answer.
    /// let before = reads(ReadConsistency::Transactional)
    ///     .answer(jiff::civil::date(2017, 1, 1), Detail::Answer);
    /// assert!(before.is_err());
    /// ```
    ///
    /// # Errors
    /// What the calculator refuses: an input AWS does not allow, or a feature not yet
    /// available on `as_of`.
    pub fn answer(&self, as_of: Date, detail: Detail) -> Result<Report, Error> {
        if detail == Detail::Answer {
            return self.report(as_of, detail).map(|(report, _)| report);
        }
        self.ask(as_of, detail).map(|answer| answer.report)
    }

    /// The answer on `as_of` with its changes weighed, as [`Question::answer`] gives it,
    /// with the subnets of a split to stream after the report.
    ///
    /// # Errors
    /// As [`Question::answer`].
    pub fn ask(&self, as_of: Date, detail: Detail) -> Result<Answer, Error> {
        let (mut report, subnets) = self.report(as_of, detail)?;
        report.weigh_changes(|day| {
            let book = FactBook::for_comparison(Registry::builtin(), day);
            self.report_with(book, Detail::Answer)
                .map(|(report, _)| Some(report))
        });
        Ok(Answer { report, subnets })
    }

    /// The report before its changes are weighed: the one place the calculators are called.
    fn report(&self, as_of: Date, detail: Detail) -> Result<(Report, Option<Subnets>), Error> {
        self.report_with(FactBook::new(Registry::builtin(), as_of), detail)
    }

    /// [`Question::report`] with the facts of `book`.
    fn report_with(
        &self,
        mut book: FactBook,
        detail: Detail,
    ) -> Result<(Report, Option<Subnets>), Error> {
        let book = &mut book;
        let report = match self {
            Question::Rcu(request) => explain::dynamodb::read_capacity_with(request, book, detail)?,
            Question::GsiRead(request) => {
                explain::dynamodb::gsi_read_capacity_with(request, book, detail)?
            }
            Question::Wcu(request) => {
                explain::dynamodb::write_capacity_with(request, book, detail)?
            }
            Question::Item(input) => explain::dynamodb::item_size(input, book, detail)?,
            Question::Burst(request) => explain::dynamodb::burst(request, book)?,
            Question::OnDemand(request) => explain::dynamodb::on_demand(request, book)?,
            Question::Modes(request) => explain::dynamodb::modes(request, book)?,
            Question::ModeCost(request) => explain::dynamodb::mode_cost(request, book)?,
            Question::Cidr(request) => match request {
                CidrRequest::Block(request) => explain::vpc::block(request, book)?,
                CidrRequest::Hosts(request) => explain::vpc::hosts(request, book)?,
                CidrRequest::Split(request) => {
                    let (report, subnets) = explain::vpc::split(request, book)?;
                    return Ok((report, Some(subnets)));
                }
                CidrRequest::Plan(request) => explain::vpc::plan(request, book)?,
                CidrRequest::Relate(request) => explain::vpc::relate(request, book)?,
                CidrRequest::Secondary(request) => explain::vpc::secondary(request, book)?,
                CidrRequest::Quota(request) => explain::vpc::quota(request, book)?,
            },
            Question::Ebs(request) => match request {
                EbsRequest::Volume(request) => explain::ebs::volume(request, book)?,
                EbsRequest::Which(need) => explain::ebs::which_volume(need, book)?,
                EbsRequest::IoSize(request) => explain::ebs::io_size(request, book)?,
                EbsRequest::Array(request) => explain::ebs::array(request, book)?,
                EbsRequest::Target(request) => explain::ebs::array_target(request, book)?,
                EbsRequest::Burst(request) => explain::ebs::burst(request, book)?,
                EbsRequest::Modify(request) => explain::ebs::modify(request, book)?,
            },
            Question::Kinesis(request) => match request {
                KinesisRequest::Stream(request) => {
                    explain::kinesis::shards_with(request, book, detail)?
                }
                KinesisRequest::Capacity(request) => explain::kinesis::capacity(request, book)?,
                KinesisRequest::Reshard(request) => explain::kinesis::reshard(request, book)?,
                KinesisRequest::OnDemand(request) => {
                    explain::kinesis::on_demand_with(request, book, detail)?
                }
                KinesisRequest::Reads(request) => explain::kinesis::reads(request, book)?,
                KinesisRequest::Lag(request) => explain::kinesis_lag::lag(request, book)?,
                KinesisRequest::Batches(request) => explain::kinesis::batches(request, book)?,
            },
            Question::S3(request) => s3_report(request, book)?,
            Question::Vpn(request) => explain::network::vpn(request, book)?,
            Question::Connect(request) => explain::network::connect(request, book)?,
            Question::Nat(request) => explain::network::nat(request, book)?,
            Question::DirectConnect(request) => explain::network::direct_connect(request, book)?,
            Question::Lambda(request) => match request {
                LambdaRequest::Concurrency(request) => explain::lambda::concurrency(request, book)?,
                LambdaRequest::Rate(request) => explain::lambda::sustained_rate(request, book)?,
                LambdaRequest::Scaling(request) => explain::lambda::scaling(request, book)?,
                LambdaRequest::Limits(request) => explain::lambda::limits(request, book)?,
                LambdaRequest::Stream(request) => explain::lambda::stream(request, book)?,
                LambdaRequest::Queue(request) => explain::lambda::queue(request, book)?,
                LambdaRequest::Cost(request) => explain::lambda_cost::cost(request, book)?,
            },
            Question::Sqs(request) => match request {
                SqsRequest::Visibility(request) => explain::sqs::visibility(request, book)?,
                SqsRequest::Polling(request) => explain::sqs::polling(request, book)?,
                SqsRequest::Message(request) => explain::sqs::message(request, book)?,
                SqsRequest::Settings(request) => explain::sqs::settings(request, book)?,
                SqsRequest::Throughput(request) => explain::sqs_fifo::throughput(request, book)?,
                SqsRequest::Groups(request) => explain::sqs_fifo::groups(request, book)?,
                SqsRequest::Cost(request) => explain::sqs_cost::cost(request, book)?,
            },
            Question::Sns(request) => match request {
                SnsRequest::Message(request) => explain::sns::message(request, book)?,
                SnsRequest::Sms(request) => explain::sns::sms(request, book)?,
            },
            Question::Compute(request) => explain::compute::compute(request, book)?,
            Question::Dr(request) => explain::resilience::dr(request, book)?,
            Question::Limit(request) => explain::resilience::limit(request, book)?,
            Question::Facts { filter } => {
                explain::facts::list(&Registry::builtin(), filter.as_deref(), book)
            }
        };
        Ok((report, None))
    }
}

/// An `s3` question's report.
fn s3_report(request: &S3Request, book: &mut FactBook) -> Result<Report, Error> {
    use explain::s3;
    Ok(match request {
        S3Request::Classes => s3::classes::classes(book)?,
        S3Request::EarlyDelete(request) => s3::billing::early_delete(request, book)?,
        S3Request::Lifecycle(request) => s3::lifecycle::lifecycle(request, book)?,
        S3Request::Configuration(request) => s3::config::configuration(request, book)?,
        S3Request::Eligible(request) => s3::timing::eligible(request, book)?,
        S3Request::Restore(request) => s3::restore::restore(request, book)?,
        S3Request::SmallObjects(request) => s3::billing::small_objects(request, book)?,
        S3Request::Prefixes(request) => s3::transfer::prefixes(request, book)?,
        S3Request::Multipart(request) => s3::transfer::multipart(request, book)?,
        S3Request::Transfer(request) => s3::network::transfer(request, book)?,
        S3Request::MultipartRequests(request) => s3::requests::upload_requests(request, book)?,
        S3Request::IntelligentTiering(request) => s3::tiering::intelligent_tiering(request, book)?,
        S3Request::Design(request) => s3::design::design(request, book)?,
    })
}

impl Answer {
    /// `--expect`: see [`expect`].
    ///
    /// # Errors
    /// As [`expect`].
    pub fn expect(&self, expected: &str) -> Result<Expectation, Error> {
        expect(&self.report, expected)
    }
}

/// Compares a full report's answer with `expected` (`--expect`, a `check` line, a quiz
/// reply): the report's own comparison, with the reading that gives `expected` where one
/// does, and where none does, whether the answer before a change of the AWS values gives
/// it (the changes [`Question::answer`] has weighed).
///
/// ```
/// use awscalc::calc::dynamodb::{Demand, Items, ReadConsistency, ReadRequest};
/// use awscalc::question::{expect, Question};
///
/// let question = Question::Rcu(ReadRequest {
///     items: Items::Single("3kb".parse().unwrap()),
///     consistency: Some(ReadConsistency::Strong),
///     demand: Demand::Rate("90".parse().unwrap()),
/// });
/// let report = question
///     .answer(jiff::civil::date(2026, 1, 1), awscalc::report::Detail::Readings)
///     .unwrap();
/// // 3 KB is one 4 KB unit: 90 RCU strongly consistent, 45 eventually consistent.
/// let expectation = expect(&report, "45").unwrap();
/// assert!(!expectation.matches);
/// assert!(expectation.hints[0].contains("eventually consistent"));
/// ```
///
/// # Errors
/// [`Error::InvalidExpectation`] when `expected` cannot be compared with the answer, and
/// [`Error::NoSingleAnswer`] for a report with no single answer.
pub fn expect(report: &Report, expected: &str) -> Result<Expectation, Error> {
    report.expect(expected)
}

/// A command line being written: words separated by spaces, each quoted for a POSIX
/// shell where it needs to be (and only then, so `--rate 600/min` stays as typed).
struct Words<'a, 'b> {
    f: &'a mut fmt::Formatter<'b>,
}

impl Words<'_, '_> {
    /// A word as it is.
    fn word(&mut self, word: &str) -> fmt::Result {
        let plain = !word.is_empty()
            && word.chars().all(|c| {
                c.is_ascii_alphanumeric()
                    || matches!(c, '+' | '-' | '.' | '/' | ':' | '@' | '_' | ',' | '=' | '%')
            });
        let quoted: Cow<'_, str> = if plain {
            Cow::Borrowed(word)
        } else {
            shlex::try_quote(word).unwrap_or(Cow::Borrowed(word))
        };
        write!(self.f, " {quoted}")
    }

    /// `--flag`, when `on`.
    fn flag(&mut self, flag: &str, on: bool) -> fmt::Result {
        if on {
            self.word(flag)?;
        }
        Ok(())
    }

    /// `--flag VALUE`, when there is a value.
    fn option(&mut self, flag: &str, value: Option<impl fmt::Display>) -> fmt::Result {
        if let Some(value) = value {
            self.word(flag)?;
            self.word(&value.to_string())?;
        }
        Ok(())
    }
}

impl fmt::Display for Question {
    /// The canonical command line without `awscalc`: `rcu --size 5kb --rate 100 --strong`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.command())?;
        let mut w = Words { f };
        match self {
            Question::Rcu(request) | Question::GsiRead(request) => {
                w.flag("--gsi", matches!(self, Question::GsiRead(_)))?;
                items(&mut w, &request.items)?;
                demand(&mut w, &request.demand)?;
                w.flag(
                    "--strong",
                    request.consistency == Some(ReadConsistency::Strong),
                )?;
                w.flag(
                    "--eventual",
                    request.consistency == Some(ReadConsistency::Eventual),
                )?;
                w.flag(
                    "--transactional",
                    request.consistency == Some(ReadConsistency::Transactional),
                )
            }
            Question::Wcu(request) => {
                items(&mut w, &request.items)?;
                demand(&mut w, &request.demand)?;
                w.flag("--transactional", request.mode == WriteMode::Transactional)?;
                for index in &request.indexes {
                    let flag = match index.kind {
                        IndexKind::Global => "--gsi",
                        IndexKind::Local => "--lsi",
                    };
                    w.option(flag, Some(&index.entry))?;
                }
                w.option("--collection", request.collection.as_ref())
            }
            Question::Item(input) => {
                // A file name that looks like a flag follows `--`.
                if input.source.starts_with('-') && input.source != "-" {
                    w.word("--")?;
                }
                w.word(&input.source)
            }
            Question::Burst(r) => {
                w.option("--units", Some(r.provisioned.normalize()))?;
                w.option("--used", Some(r.used.normalize()))?;
                w.option("--spike", r.spike.map(|s| s.normalize()))
            }
            Question::OnDemand(_) | Question::Modes(_) | Question::ModeCost(_) => {
                capacity_over_time(&mut w, self)
            }
            Question::Cidr(request) => cidr(&mut w, request),
            Question::Ebs(request) => ebs(&mut w, request),
            Question::Kinesis(request) => kinesis(&mut w, request),
            Question::S3(request) => s3(&mut w, request),
            Question::Vpn(r) => {
                w.option("--throughput", Some(&r.throughput))?;
                w.flag("--large", r.large)?;
                w.option(
                    "--gateway",
                    (r.gateway == Gateway::VirtualPrivate).then_some("vgw"),
                )
            }
            Question::Nat(r) => {
                w.option("--throughput", r.throughput.as_ref())?;
                w.option("--rate", r.rate.as_ref())?;
                w.option("--connections", r.connections)?;
                w.option("--addresses", r.addresses)?;
                w.option("--azs", r.azs)
            }
            Question::DirectConnect(r) => {
                w.word("--direct-connect")?;
                w.option("--throughput", Some(&r.throughput))?;
                w.option("--port", r.port.as_ref())
            }
            Question::Connect(r) if r.cidrs.is_empty() => w.option("--vpcs", Some(r.vpcs)),
            Question::Connect(r) => {
                w.word("--cidr")?;
                for block in &r.cidrs {
                    w.word(&block.to_string())?;
                }
                Ok(())
            }
            Question::Lambda(request) => lambda(&mut w, request),
            Question::Sqs(request) => sqs(&mut w, request),
            Question::Sns(request) => sns(&mut w, request),
            Question::Compute(_) | Question::Dr(_) | Question::Limit(_) => resilience(&mut w, self),
            Question::Facts { filter } => match filter {
                // A filter that looks like a flag follows `--`.
                Some(filter) if filter.starts_with('-') => {
                    w.word("--")?;
                    w.word(filter)
                }
                Some(filter) => w.word(filter),
                None => Ok(()),
            },
        }
    }
}

fn items(w: &mut Words<'_, '_>, items: &Items) -> fmt::Result {
    match items {
        Items::Single(size) => w.option("--size", Some(size)),
        Items::Query { count, size } => {
            w.option("--items", Some(count))?;
            w.option("--size", Some(size))
        }
        Items::QueryTotal(total) => w.option("--total", Some(total)),
        Items::Item(input) => w.option("--item", Some(&input.source)),
        Items::Batch(sizes) => {
            let list: Vec<&str> = sizes.iter().map(crate::units::Size::text).collect();
            w.option("--batch", Some(list.join(",")))
        }
    }
}

fn demand(w: &mut Words<'_, '_>, demand: &Demand) -> fmt::Result {
    match demand {
        Demand::Rate(rate) => w.option("--rate", Some(rate)),
        Demand::Units { text, .. } => w.option("--units", Some(text)),
        Demand::OnePerSecond => Ok(()),
    }
}

/// `ondemand` and `modes`: DynamoDB capacity over time.
fn capacity_over_time(w: &mut Words<'_, '_>, question: &Question) -> fmt::Result {
    match question {
        Question::OnDemand(r) => {
            let flag = match r.traffic {
                crate::calc::dynamodb::ondemand::Traffic::Reads => "--reads",
                crate::calc::dynamodb::ondemand::Traffic::Writes => "--writes",
            };
            w.option(flag, Some(r.rate.text()))?;
            w.option(
                "--previous-peak",
                r.previous_peak.as_ref().map(crate::units::Rate::text),
            )?;
            let warm = match r.traffic {
                crate::calc::dynamodb::ondemand::Traffic::Reads => "--warm-reads",
                crate::calc::dynamodb::ondemand::Traffic::Writes => "--warm-writes",
            };
            w.option(warm, r.warm.as_ref().map(crate::units::Rate::text))
        }
        Question::Modes(r) => {
            w.option("--switches", r.switches)?;
            w.option("--decreases", r.decreases)
        }
        Question::ModeCost(r) => mode_cost(w, r),
        _ => Ok(()),
    }
}

/// `modes --reads … --writes …`: a workload priced in both modes.
fn mode_cost(
    w: &mut Words<'_, '_>,
    r: &crate::calc::dynamodb::cost::ModeCostRequest,
) -> fmt::Result {
    w.option("--reads", r.reads.as_ref().map(|t| t.rate.text()))?;
    w.option("--writes", r.writes.as_ref().map(|t| t.rate.text()))?;
    w.option("--size", Some(r.size.text()))?;
    w.flag("--strong", r.consistency == Some(ReadConsistency::Strong))?;
    w.flag(
        "--transactional",
        r.consistency == Some(ReadConsistency::Transactional),
    )?;
    if let Some(t) = &r.reads {
        w.option("--price-rcu-hour", Some(&t.price_unit_hour))?;
        w.option("--price-per-million-reads", Some(&t.price_per_million))?;
    }
    if let Some(t) = &r.writes {
        w.option("--price-wcu-hour", Some(&t.price_unit_hour))?;
        w.option("--price-per-million-writes", Some(&t.price_per_million))?;
    }
    w.option("--hours", r.hours)?;
    w.option("--utilization", r.utilization.as_ref())
}

fn cidr(w: &mut Words<'_, '_>, request: &CidrRequest) -> fmt::Result {
    match request {
        CidrRequest::Block(r) => {
            w.word(r.cidr.text())?;
            w.flag("--strict", r.strict)
        }
        CidrRequest::Hosts(r) => {
            if let Some(parent) = &r.parent {
                w.word(parent.text())?;
            }
            w.option("--hosts", Some(&r.hosts_text))?;
            w.flag("--strict", r.strict)
        }
        CidrRequest::Split(r) => {
            w.word(r.parent.text())?;
            match r.by {
                SplitBy::Prefix(prefix) => w.option("--split", Some(prefix))?,
                SplitBy::Parts(parts) => w.option("--into", Some(parts))?,
            }
            w.flag("--count", r.count_only)?;
            w.option("--limit", r.limit)?;
            w.flag("--strict", r.strict)
        }
        CidrRequest::Plan(r) => {
            w.word(r.parent.text())?;
            if !r.items.is_empty() {
                w.option("--plan", Some(&r.plan_text))?;
            }
            w.option("--azs", r.azs)?;
            // The blocks themselves: a file or standard input may not be there to read again.
            if r.items.is_empty() || !r.existing.is_empty() {
                let blocks: Vec<String> = r.existing.iter().map(ToString::to_string).collect();
                w.option("--existing", Some(blocks.join(",")))?;
            }
            w.flag("--strict", r.strict)
        }
        CidrRequest::Relate(r) => {
            for item in &r.items {
                w.word(match item {
                    Item::Block(block) => block.text(),
                    Item::Address { text, .. } => text,
                })?;
            }
            w.option("--limit", r.limit)?;
            w.flag("--strict", r.strict)
        }
        CidrRequest::Secondary(r) => {
            w.word(r.primary.text())?;
            w.option("--secondary", Some(r.secondary.text()))?;
            w.flag("--strict", r.strict)
        }
        CidrRequest::Quota(r) => {
            w.option("--vpcs", Some(r.vpcs))?;
            w.option("--tiers", Some(r.tiers))?;
            w.option("--azs", Some(r.azs))?;
            w.option("--blocks", r.blocks)?;
            w.option("--eips", r.eips)
        }
    }
}

fn ebs(w: &mut Words<'_, '_>, request: &EbsRequest) -> fmt::Result {
    match request {
        EbsRequest::Volume(r) => {
            w.option("--type", Some(r.volume_type))?;
            w.option("--size", Some(&r.size))?;
            w.option("--iops", r.iops)?;
            w.option("--throughput", r.throughput.as_ref())?;
            w.flag("--scan", r.scan)
        }
        EbsRequest::Which(need) => {
            w.option("--type", need.volume_type)?;
            w.option("--size", need.size.as_ref())?;
            w.option("--iops", need.iops)?;
            w.option("--throughput", need.throughput.as_ref())
        }
        EbsRequest::IoSize(r) => {
            w.option("--type", r.volume_type)?;
            w.option("--io-size", Some(&r.io_size))?;
            w.option("--iops", r.iops)?;
            w.option("--throughput", r.throughput.as_ref())
        }
        EbsRequest::Array(r) => {
            w.option("--type", Some(r.volume.volume_type))?;
            w.option("--size", Some(&r.volume.size))?;
            w.option("--iops", r.volume.iops)?;
            w.option("--throughput", r.volume.throughput.as_ref())?;
            w.option("--volumes", Some(r.volumes))?;
            w.option("--raid", Some(r.raid))?;
            w.option("--instance-iops", r.instance_iops)?;
            w.option("--instance-throughput", r.instance_throughput.as_ref())?;
            instance(w, r.instance)
        }
        EbsRequest::Target(r) => {
            w.option("--type", r.need.volume_type)?;
            w.option("--iops", r.need.iops)?;
            w.option("--throughput", r.need.throughput.as_ref())?;
            w.option("--volumes", r.volumes)?;
            w.option("--raid", Some(r.raid))?;
            w.option("--instance-iops", r.instance_iops)?;
            w.option("--instance-throughput", r.instance_throughput.as_ref())?;
            instance(w, r.instance)
        }
        EbsRequest::Burst(r) => {
            w.option("--type", Some(r.volume_type))?;
            w.option("--size", Some(&r.size))?;
            match &r.load {
                Load::Iops(iops) => w.option("--iops", Some(iops))?,
                Load::Throughput(t) => w.option("--throughput", Some(t))?,
            }
            w.option("--for", r.period.as_ref().map(crate::units::Duration::text))?;
            w.option("--credits", r.credits.as_ref())
        }
        EbsRequest::Modify(r) => {
            w.option("--type", Some(r.from.volume_type))?;
            w.option("--size", Some(&r.from.size))?;
            w.option("--iops", r.from.iops)?;
            w.option("--throughput", r.from.throughput.as_ref())?;
            w.option("--to-type", r.to_type)?;
            w.option("--to-size", r.to_size.as_ref())?;
            w.option("--to-iops", r.to_iops)?;
            w.option("--to-throughput", r.to_throughput.as_ref())
        }
    }
}

/// `--instance TYPE [--instance-burst]`.
fn instance(w: &mut Words<'_, '_>, choice: Option<InstanceChoice>) -> fmt::Result {
    w.option("--instance", choice.map(|c| c.instance_type))?;
    w.flag(
        "--instance-burst",
        choice.is_some_and(|c| c.figure == InstanceFigure::Maximum),
    )
}

fn kinesis(w: &mut Words<'_, '_>, request: &KinesisRequest) -> fmt::Result {
    match request {
        KinesisRequest::Stream(stream) => self::stream(w, stream),
        KinesisRequest::Capacity(r) => {
            w.option("--shards", Some(r.shards))?;
            w.option("--parallelization", r.parallelization)
        }
        KinesisRequest::Reshard(r) => {
            w.option("--shards", Some(r.from))?;
            w.option("--to", Some(r.to))?;
            w.option("--parallelization", r.parallelization)
        }
        KinesisRequest::OnDemand(r) => {
            stream(w, &r.stream)?;
            w.flag("--on-demand", true)?;
            w.option("--previous-peak", r.previous_peak.as_ref())?;
            w.option("--region", r.region.as_ref())
        }
        KinesisRequest::Reads(r) => {
            w.option("--shards", Some(r.shards))?;
            w.option(
                "--consumers",
                (r.shared_consumers > 0).then_some(r.shared_consumers),
            )?;
            w.option("--efo", (r.efo_consumers > 0).then_some(r.efo_consumers))?;
            w.flag("--advantage", r.advantage)
        }
        KinesisRequest::Lag(r) => {
            match &r.write {
                LagInput::Data(t) => w.option("--throughput", Some(t))?,
                LagInput::Records { size, rate } => {
                    w.option("--size", Some(size))?;
                    w.option("--rate", Some(rate))?;
                }
            }
            w.option("--consume-rate", Some(r.consume.text()))?;
            w.option("--shards", r.shards)?;
            match r.consumer {
                ConsumerKind::Shared(1) => {}
                ConsumerKind::Shared(n) => w.option("--consumers", Some(n))?,
                ConsumerKind::Efo => w.option("--efo", Some(1))?,
            }
            w.option("--parallelization", r.parallelization)?;
            w.option("--retention", r.retention.as_ref().map(Retention::text))?;
            w.option("--backlog", r.backlog.as_ref())
        }
        KinesisRequest::Batches(r) => {
            w.option("--size", Some(&r.size))?;
            w.option("--rate", Some(&r.rate))?;
            w.option("--put-records", Some(r.put_records))?;
            w.option("--aggregate", (r.aggregate > 1).then_some(r.aggregate))
        }
    }
}

fn stream(w: &mut Words<'_, '_>, r: &StreamRequest) -> fmt::Result {
    match &r.workload {
        Workload::Records { size, rate } => {
            w.option("--size", Some(size))?;
            w.option("--rate", Some(rate))?;
        }
        Workload::Throughput { write, records } => {
            w.option("--throughput", Some(write))?;
            w.option("--rate", Some(records))?;
        }
    }
    w.option("--consumers", r.shared_consumers)?;
    w.option("--efo", (r.efo_consumers > 0).then_some(r.efo_consumers))?;
    w.flag("--advantage", r.advantage)?;
    w.option("--parallelization", r.parallelization)?;
    w.option("--max-record-size", r.max_record_size.as_ref())?;
    w.option("--partition-key", r.partition_key.as_ref())?;
    w.option("--retention", r.retention.as_ref().map(Retention::text))
}

fn lambda(w: &mut Words<'_, '_>, request: &LambdaRequest) -> fmt::Result {
    match request {
        LambdaRequest::Concurrency(r) => {
            w.option("--rate", Some(&r.rate))?;
            w.option("--duration", Some(&r.duration))?;
            w.option("--quota", r.quota)?;
            w.option("--reserved", r.reserved)?;
            w.option("--provisioned", r.provisioned)
        }
        LambdaRequest::Rate(r) => {
            w.option("--concurrency", Some(r.concurrency))?;
            w.option("--duration", Some(&r.duration))?;
            w.option("--quota", r.quota)
        }
        LambdaRequest::Scaling(r) => {
            w.option("--scale-to", Some(r.to))?;
            w.option("--burst", r.burst)?;
            w.option("--duration", r.duration.as_ref())?;
            w.option("--quota", r.quota)
        }
        LambdaRequest::Limits(r) => {
            w.option("--duration", r.duration.as_ref())?;
            w.option("--memory", r.memory.as_ref())?;
            w.option("--tmp", r.tmp.as_ref())?;
            w.option("--payload", r.payload.as_ref())?;
            w.flag("--async", r.asynchronous)?;
            w.option("--package", r.package.as_ref())?;
            match &r.front {
                Some(FrontDoor::ApiGateway) => w.option("--front", Some("apigw")),
                Some(FrontDoor::Async { retries, event_age }) => {
                    w.option("--front", Some("async"))?;
                    w.option("--retries", *retries)?;
                    w.option("--event-age", event_age.as_ref())
                }
                None => Ok(()),
            }
        }
        LambdaRequest::Stream(r) => {
            w.option("--shards", Some(r.shards))?;
            w.option("--parallelization", r.parallelization)?;
            w.option("--quota", r.quota)
        }
        LambdaRequest::Queue(r) => {
            w.option("--queue", Some(r.kind))?;
            w.option("--rate", Some(&r.rate))?;
            w.option("--duration", Some(&r.duration))?;
            w.option("--batch-size", r.batch_size)?;
            w.option("--max-concurrency", r.max_concurrency)?;
            w.option("--groups", r.groups)?;
            w.option("--max-pollers", r.max_pollers)?;
            w.option("--quota", r.quota)
        }
        LambdaRequest::Cost(r) => {
            match &r.invocations {
                Invocations::Rate(rate) => w.option("--rate", Some(rate))?,
                Invocations::Requests(n) => w.option("--requests", Some(n))?,
            }
            w.option("--duration", Some(&r.duration))?;
            w.option("--memory", Some(&r.memory))?;
            w.option("--price-gb-second", Some(r.price_gb_second))?;
            w.option("--price-per-million", Some(r.price_per_million))
        }
    }
}

/// The words of `compute`, `dr` and `limit` questions.
fn resilience(w: &mut Words<'_, '_>, question: &Question) -> fmt::Result {
    match question {
        Question::Compute(r) => {
            w.option("--duration", Some(&r.duration))?;
            w.option("--memory", Some(&r.memory))?;
            w.option("--vcpu", Some(&r.vcpu))?;
            w.option("--storage", r.storage.as_ref())?;
            w.flag("--gpu", r.gpu)
        }
        Question::Dr(r) => {
            w.option("--rpo", Some(r.rpo.text()))?;
            w.option("--rto", Some(r.rto.text()))?;
            w.option(
                "--snapshot-every",
                r.snapshot_every.as_ref().map(crate::units::Duration::text),
            )
        }
        Question::Limit(r) => match r {
            LimitRequest::Presign { expires, remaining } => {
                w.word("presign")?;
                w.option("--expires", Some(expires.text()))?;
                w.option(
                    "--remaining",
                    remaining.as_ref().map(crate::units::Duration::text),
                )
            }
            LimitRequest::Waf { requests, window } => {
                w.word("waf")?;
                w.option("--requests", Some(requests))?;
                w.option("--window", Some(window.text()))
            }
            LimitRequest::Kms { size } => {
                w.word("kms")?;
                w.option("--size", Some(size))
            }
            LimitRequest::Apigw {
                timeout,
                payload,
                rate,
                cache_ttl,
                cache_gb,
            } => {
                w.word("apigw")?;
                w.option(
                    "--cache-ttl",
                    cache_ttl.as_ref().map(crate::units::Duration::text),
                )?;
                w.option("--cache-gb", cache_gb.as_ref())?;
                w.option(
                    "--timeout",
                    timeout.as_ref().map(crate::units::Duration::text),
                )?;
                w.option("--payload", payload.as_ref())?;
                w.option("--rate", rate.as_ref())
            }
            LimitRequest::Secrets { every } => {
                w.word("secrets")?;
                w.option("--rotate-every", Some(every.text()))
            }
            LimitRequest::Buckets { buckets } => {
                w.word("s3-buckets")?;
                w.option("--buckets", Some(buckets))
            }
            LimitRequest::Multivalue { records } => {
                w.word("route53")?;
                w.option("--values", Some(records))
            }
            LimitRequest::Cloudwatch { period, keep } => {
                w.word("cloudwatch")?;
                w.option("--period", Some(period.text()))?;
                w.option("--keep", Some(keep.text()))
            }
            LimitRequest::Alarm {
                period,
                evaluations,
            } => {
                w.word("alarm")?;
                w.option("--period", Some(period.text()))?;
                w.option("--evaluations", Some(evaluations))
            }
        },
        _ => Ok(()),
    }
}

fn sqs(w: &mut Words<'_, '_>, request: &SqsRequest) -> fmt::Result {
    match request {
        SqsRequest::Visibility(r) => {
            w.option("--processing", r.processing.as_ref())?;
            w.option("--visibility", r.visibility.as_ref())?;
            w.option("--lambda-timeout", r.lambda_timeout.as_ref())?;
            w.option("--batch-window", r.batch_window.as_ref())
        }
        SqsRequest::Polling(r) => {
            w.option("--wait", Some(&r.wait))?;
            w.option("--rate", r.rate.as_ref())?;
            w.option("--pollers", r.pollers)?;
            w.option("--per-receive", r.per_receive)?;
            w.option("--interval", r.interval.as_ref())
        }
        SqsRequest::Message(r) => {
            w.option("--message-size", Some(&r.size))?;
            w.option("--queue-max", r.queue_max.as_ref())
        }
        SqsRequest::Settings(r) => {
            w.option("--queue", r.kind)?;
            w.option("--retention", r.retention.as_ref())?;
            w.option("--delay", r.delay.as_ref())?;
            w.option("--max-receive-count", r.max_receive_count)?;
            w.option("--in-flight", r.in_flight)
        }
        SqsRequest::Throughput(r) => {
            w.option("--queue", Some(r.kind))?;
            w.option("--rate", Some(&r.rate))?;
            w.option("--batch-size", r.batch)?;
            w.flag("--high-throughput", r.high_throughput)?;
            w.option("--tps", r.tps)
        }
        SqsRequest::Groups(r) => {
            w.option("--queue", Some(crate::calc::lambda::QueueKind::Fifo))?;
            w.option("--rate", Some(&r.rate))?;
            w.option("--processing", Some(&r.processing))?;
            w.option("--groups", r.groups)?;
            w.option("--batch-size", r.batch)?;
            w.flag("--high-throughput", r.high_throughput)?;
            w.option("--tps", r.tps)
        }
        SqsRequest::Cost(r) => {
            w.option("--rate", Some(&r.rate))?;
            w.option("--message-size", Some(&r.size))?;
            w.option("--price-per-million", Some(r.price_per_million))?;
            w.option("--receives-per-message", r.receives_per_message)?;
            w.option("--batch-size", r.batch)?;
            w.option("--hours", r.hours)
        }
    }
}

fn sns(w: &mut Words<'_, '_>, request: &SnsRequest) -> fmt::Result {
    match request {
        SnsRequest::Message(r) => {
            w.option("--message-size", Some(&r.size))?;
            w.option("--topic-max", r.topic_max.as_ref())
        }
        SnsRequest::Sms(r) => match &r.text {
            SmsText::Text(text) => w.option("--sms", Some(text)),
            SmsText::Chars { count, encoding } => {
                w.option("--sms-chars", Some(count))?;
                w.option("--encoding", Some(encoding))
            }
        },
    }
}

fn s3(w: &mut Words<'_, '_>, request: &S3Request) -> fmt::Result {
    match request {
        S3Request::Classes => w.word("classes"),
        S3Request::EarlyDelete(r) => {
            w.word("early-delete")?;
            w.option("--class", Some(r.class))?;
            match r.stay {
                Stay::Days(days) => w.option("--days", Some(days)),
                Stay::Ages { entered, left } => {
                    w.option("--entered", Some(entered))?;
                    w.option("--left", Some(left))
                }
            }
        }
        S3Request::Lifecycle(r) => {
            w.word("lifecycle")?;
            for action in &r.actions {
                w.word(&action.to_string())?;
            }
            w.option("--size", r.object_size.as_ref())?;
            w.option("--size-greater-than", r.size_greater_than.as_ref())?;
            w.option("--created", r.created.as_ref().map(Created::text))
        }
        S3Request::Configuration(r) => {
            w.word("lifecycle")?;
            w.option("--file", Some(&r.source))?;
            w.option("--size", r.object_size.as_ref())?;
            w.option("--created", r.created.as_ref().map(Created::text))?;
            w.option(
                "--noncurrent-since",
                r.noncurrent_since.as_ref().map(Created::text),
            )
        }
        S3Request::Eligible(r) => {
            w.word("eligible")?;
            w.option("--created", Some(r.created.text()))?;
            w.option("--days", Some(r.days))
        }
        S3Request::Restore(r) => {
            w.word("restore")?;
            w.option("--within", Some(r.within.text()))?;
            w.option("--class", r.class)
        }
        S3Request::SmallObjects(r) => {
            w.word("small-objects")?;
            w.option("--size", Some(&r.size))?;
            w.option("--objects", r.objects)?;
            w.option("--class", r.class)
        }
        S3Request::Prefixes(r) => {
            w.word("prefixes")?;
            match r {
                PrefixQuestion::Prefixes(n) => w.option("--prefixes", Some(n)),
                PrefixQuestion::Rates { get, put } => {
                    w.option("--get", get.as_ref())?;
                    w.option("--put", put.as_ref())
                }
            }
        }
        S3Request::Multipart(r) => {
            w.word("multipart")?;
            w.option("--size", Some(&r.size))?;
            w.option("--part-size", r.part_size.as_ref())
        }
        S3Request::MultipartRequests(r) => {
            w.word("multipart")?;
            w.option("--size", Some(&r.upload.size))?;
            w.option("--part-size", r.upload.part_size.as_ref())?;
            w.option("--objects", Some(r.objects))?;
            w.option("--price-per-1000", r.price_per_1000.as_ref())
        }
        S3Request::Transfer(r) => {
            w.word("transfer")?;
            w.option("--size", Some(&r.size))?;
            w.option("--bandwidth", Some(&r.bandwidth))?;
            w.option("--utilization", r.utilization.as_ref())?;
            w.option("--streams", r.streams)?;
            w.option("--per-stream", r.per_stream.as_ref())?;
            w.option("--device-capacity", r.device_capacity.as_ref())?;
            w.option(
                "--turnaround",
                r.turnaround.as_ref().map(crate::units::Duration::text),
            )
        }
        S3Request::IntelligentTiering(r) => {
            w.word("intelligent-tiering")?;
            w.option("--days", Some(r.idle_days))?;
            w.option("--archive-days", r.archive_days)?;
            w.option("--deep-archive-days", r.deep_archive_days)?;
            w.option("--size", r.object_size.as_ref())
        }
        S3Request::Design(r) => design_words(w, r),
    }
}

/// `s3 design`'s words: its options, the prices and the versions.
fn design_words(w: &mut Words<'_, '_>, r: &crate::calc::s3::design::DesignRequest) -> fmt::Result {
    w.word("design")?;
    w.option("--hot", Some(r.hot))?;
    w.option("--retrieval", Some(r.within.text()))?;
    w.option("--keep", Some(r.keep.days))?;
    w.option("--size", r.object_size.as_ref())?;
    if let Some(p) = &r.prices {
        w.option("--reads-per-month", Some(p.reads_per_month))?;
        for (flag, list) in [
            ("--price-storage", &p.storage),
            ("--price-retrieval", &p.retrieval),
            ("--price-request", &p.requests),
        ] {
            for price in list {
                w.option(flag, Some(format!("{}={}", price.class, price.price)))?;
            }
        }
    }
    if let Some(v) = &r.versions {
        w.flag("--versioned", true)?;
        w.option("--noncurrent-keep", Some(v.noncurrent_keep.days))?;
        w.option("--newer-versions", v.newer_versions)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::ebs::VolumeType;
    use crate::calc::s3::StorageClass;

    fn date() -> Date {
        jiff::civil::date(2026, 11, 22)
    }

    #[test]
    fn displays_the_command_line_a_quiz_prints() {
        let wcu = Question::Wcu(WriteRequest {
            items: Items::Single("7kb".parse().unwrap()),
            mode: WriteMode::Standard,
            demand: Demand::Rate("600/min".parse().unwrap()),
            indexes: Vec::new(),
            collection: None,
        });
        assert_eq!(wcu.to_string(), "wcu --size 7kb --rate 600/min");
        let ebs = Question::Ebs(EbsRequest::Volume(VolumeRequest {
            volume_type: VolumeType::Gp2,
            size: "100".parse().unwrap(),
            iops: None,
            throughput: None,
            scan: false,
        }));
        assert_eq!(ebs.to_string(), "ebs --type gp2 --size 100");
        let s3 = Question::S3(S3Request::EarlyDelete(EarlyDelete {
            class: StorageClass::Glacier,
            stay: Stay::Days(60),
        }));
        assert_eq!(s3.to_string(), "s3 early-delete --class GLACIER --days 60");
    }

    #[test]
    fn words_a_shell_would_split_are_quoted() {
        let facts = Question::Facts {
            filter: Some("max item".into()),
        };
        assert_eq!(facts.to_string(), "facts 'max item'");
        let flag_like = Question::Facts {
            filter: Some("-x".into()),
        };
        assert_eq!(flag_like.to_string(), "facts -- -x");
    }

    #[test]
    fn a_write_of_7kb_at_10_per_second_is_70_wcu() {
        // 7 KB = 7 write units of 1 KB, × 10 writes a second (study notes 002:168).
        let question = Question::Wcu(WriteRequest {
            items: Items::Single("7kb".parse().unwrap()),
            mode: WriteMode::Standard,
            demand: Demand::Rate("10".parse().unwrap()),
            indexes: Vec::new(),
            collection: None,
        });
        let report = question.answer(date(), Detail::Answer).unwrap();
        assert_eq!(report.headline, "70 WCU");
    }

    #[test]
    fn a_split_answers_with_its_subnets_to_stream() {
        // A /16 split into /24s: 2^(24-16) = 256 subnets, each 256 - 5 = 251 usable.
        let question = Question::Cidr(CidrRequest::Split(SplitRequest {
            parent: "10.0.0.0/16".parse().unwrap(),
            by: SplitBy::Prefix(24),
            count_only: false,
            limit: None,
            strict: false,
        }));
        let answer = question.ask(date(), Detail::Full).unwrap();
        let subnets = answer.subnets.unwrap();
        assert_eq!(subnets.usable_each(), 251);
        assert_eq!(subnets.count(), 256);
        assert!(question.answer(date(), Detail::Answer).is_ok());
    }
}
