//! `awscalc s3 …`: storage classes, early deletion, lifecycle rules, small objects.

use clap::{ArgGroup, Args, Subcommand};

use awscalc::calc::s3::billing::{EarlyDelete, SmallObjects, Stay};
use awscalc::calc::s3::config::ConfigurationRequest;
use awscalc::calc::s3::design::{
    ClassPrice, DesignPrices, DesignRequest, Keep, Versions, MAX_NEWER_VERSIONS,
    MAX_READS_PER_MONTH,
};
use awscalc::calc::s3::lifecycle::{Action, LifecycleRequest};
use awscalc::calc::s3::network::{parse_turnaround, TransferRequest, Utilization};
use awscalc::calc::s3::requests::RequestsQuestion;
use awscalc::calc::s3::restore::{Deadline, RestoreRequest};
use awscalc::calc::s3::tiering::TieringRequest;
use awscalc::calc::s3::timing::{Created, EligibleRequest};
use awscalc::calc::s3::transfer::{Multipart, PrefixQuestion};
use awscalc::calc::s3::{parse_days, StorageClass};
use awscalc::question::S3Request;
use awscalc::units::Price;
use awscalc::units::{parse_whole, BitRate, Duration, Rate, Size};
use awscalc::Error;

const S3_EXAMPLES: &str = "\
Classes: STANDARD, STANDARD_IA, INTELLIGENT_TIERING, ONEZONE_IA, GLACIER_IR, GLACIER,
DEEP_ARCHIVE, or ia, it, onezone, gir, gfr, deep, \"Glacier Flexible Retrieval\"...
Units (see docs/cli.md):
  --size, --part-size  50kb, 1.5mb, 131072; a bare number is bytes. S3's KB is 1,024 bytes
  --days               whole days: 30, 1_000
  --within             90s, 5min, 6h, 2d
  --get, --put         30000, 30000/s, 600000/min; a bare number is per second
A lifecycle configuration file: `awscalc s3 lifecycle --file rules.json` checks every rule.

Examples:
  awscalc s3 classes
  awscalc s3 early-delete --class GLACIER --days 60           90 days billed, 30 early
  awscalc s3 early-delete --class GLACIER --entered 30 --left 100
                                                              90 days billed
  awscalc s3 lifecycle STANDARD_IA:30 GLACIER:120 expire:365  365 days billed
  awscalc --as-of 2024-01-01 s3 lifecycle STANDARD_IA:1       invalid before 2026-07-16
  awscalc s3 lifecycle GLACIER_IR:4 DEEP_ARCHIVE:50           invalid: nearest valid day 94
  awscalc s3 eligible --created 2024-01-15T10:30Z --days 3    2024-01-19T00:00:00Z
  awscalc s3 lifecycle GLACIER:30 expire:365 --created 2024-01-15T10:30Z
                                                              365 days billed, with dates
  awscalc s3 design --hot 30 --retrieval 12h --keep 7y        DEEP_ARCHIVE:30 expire:2555
  awscalc s3 restore --within 6h                              STANDARD, ... 7 tiers
  awscalc s3 restore --within 12h --class DEEP_ARCHIVE        DEEP_ARCHIVE Standard
  awscalc s3 small-objects --size 50kb --objects 1000 --class STANDARD_IA
                                                              131,072,000 bytes billed
  awscalc s3 prefixes --get 30000/s --put 7000/s              6 prefixes
  awscalc s3 multipart --size 6gb --part-size 100mib          62 parts
  awscalc s3 transfer --size 10tb --bandwidth 1gbps --utilization 80%
                                                              27.78 hours (1.16 days)";

/// `s3`'s usage line.
pub(super) const S3_USAGE: &str =
    "awscalc s3 COMMAND [OPTIONS]   (awscalc s3 COMMAND --help for each)";

/// What `--expect` recognises for the `s3` commands.
pub(super) const S3_EXPECT: &str = "Compare the answer with VALUE: exit 0 on a match, 1 on a \
mismatch, with a hint naming the reading that gives VALUE (the readings each s3 command knows are \
listed under \"--expect knows\" below) or the AWS values before a dated change";

const EARLY_DELETE_HELP: &str = "\
--expect knows: the early-deletion days alone, the days stored without the minimum, the
minimum counted from the object's creation, and the AWS values of another date.

Examples:
  awscalc s3 early-delete --class GLACIER --days 60      90 days billed, 30 early
  awscalc s3 early-delete --class STANDARD_IA --days 10  30 days billed, 20 early
  awscalc s3 early-delete --class GLACIER --entered 30 --left 100
                                                         90 days billed";

const LIFECYCLE_HELP: &str = "\
--expect knows: each minimum counted from creation, the days stored without minimum
durations, the early-deletion days alone, and the AWS values of another date.
--created dates each action (creation + days, rounded up to the next 00:00 UTC); with --file,
--noncurrent-since dates the noncurrent actions the same way from when a version became
noncurrent (its successor's creation).

Examples:
  awscalc s3 lifecycle STANDARD_IA:30 GLACIER:120 expire:365  365 days billed
  awscalc s3 lifecycle STANDARD_IA:30 GLACIER:60 expire:100   150 days billed (90-day minimum)
  awscalc s3 lifecycle GLACIER_IR:4 DEEP_ARCHIVE:50           invalid: nearest valid day 94";

const ELIGIBLE_HELP: &str = "\
--expect knows: only the AWS values of another date.

Examples:
  awscalc s3 eligible --created 2024-01-15T10:30Z --days 3  2024-01-19T00:00:00Z
  awscalc s3 eligible --created 2024-01-15 --days 30        2024-02-14T00:00:00Z";

const RESTORE_HELP: &str = "\
--expect knows: only the AWS values of another date.

Examples:
  awscalc s3 restore --within 6h                  STANDARD, ... 7 tiers
  awscalc s3 restore --within 5h --class GLACIER  GLACIER Expedited, then Standard";

const SMALL_OBJECTS_HELP: &str = "\
--expect knows: KB as 1,000 bytes, the objects' own size without the minimum or the
overhead, only the bytes at the class's rate, every object billed as exactly 128 KB.

Examples:
  awscalc s3 small-objects --size 50kb --objects 1000 --class STANDARD_IA
                                                        131,072,000 bytes billed
  awscalc s3 small-objects --size 50kb --class GLACIER  92,160 bytes: 50 KB + 40 KB overhead
  awscalc s3 small-objects --size 50kb                  STANDARD first: every class";

const PREFIXES_HELP: &str = "\
--expect knows: GET and PUT prefixes added instead of shared, and the pre-July-2018
key-naming guidance taken as a rate per prefix.

Examples:
  awscalc s3 prefixes --get 30000/s --put 7000/s  6 prefixes
  awscalc s3 prefixes --prefixes 4                22,000 GET and 14,000 PUT per second";

const MULTIPART_HELP: &str = "\
--expect knows: KB, MB and GB taken as powers of 1,000.

Examples:
  awscalc s3 multipart --size 6gb --part-size 100mib  62 parts
  awscalc s3 multipart --size 6gb                     1,229 parts of 5 MiB
  awscalc s3 multipart --size 100gb                   10,000 parts
  awscalc s3 multipart --size 6gb --part-size 100mib --objects 1000 --price-per-1000 0.005
                                                      64,000 requests for 1,000 objects";

const TRANSFER_HELP: &str = "\
Units: --size and --device-capacity are decimal (10tb = 10^13 bytes), as disks and devices are
sold; --bandwidth and --per-stream are bit rates (1gbps = 10^9 bits/s; a bare number is Mbps).
--expect knows: the size read 1,024-based, and the bandwidth read as bytes per second.

Examples:
  awscalc s3 transfer --size 10tb --bandwidth 1gbps --utilization 80%
                                                      27.78 hours (1.16 days)
  awscalc s3 transfer --size 1tb --bandwidth 10gbps --streams 8 --per-stream 100mbps
                                                      2.78 hours
  awscalc s3 transfer --size 500tb --bandwidth 1gbps --device-capacity 80tb --turnaround 10d
                                                      1,111.11 hours (46.3 days)";

// `awscalc s3`: the about line and examples of [`S3Info`], and one of the commands. No doc
// comment: on an arguments struct it would become the about line.
#[derive(Debug, Args)]
#[group(skip)]
pub(crate) struct S3Args {
    #[command(flatten)]
    pub info: S3Info,

    #[command(subcommand)]
    pub command: S3Command,
}

/// Amazon S3: storage classes, early deletion, lifecycle rules and designs, small objects,
/// prefixes, multipart, transfer time, Intelligent-Tiering
#[derive(Debug, Args)]
#[command(after_help = S3_EXAMPLES, override_usage = S3_USAGE)]
#[group(skip)]
pub(crate) struct S3Info {}

/// `awscalc s3` with its about line and examples and no command: what [`S3Args`]'s derive
/// builds before it adds the commands (a test compares the two).
#[cfg(test)]
pub(super) fn s3_top() -> clap::Command {
    S3Info::augment_args(clap::Command::new("s3"))
        .subcommand_required(true)
        .arg_required_else_help(true)
}

/// The `s3` command `name`, built as [`S3Command`]'s derive builds it (a test compares the
/// two); `None` for a name that is no `s3` command.
#[cfg(test)]
pub(super) fn one_s3_command(name: &str) -> Option<clap::Command> {
    let (name, augment, _) = s3_command_parts(name)?;
    Some(augment(clap::Command::new(name)))
}

/// The `s3` command `name` as its two halves, with its name as clap keeps it: what adds
/// its arguments (and about line, groups, usage) to a clap command, and what reads them
/// back from the matches as the `s3` variant of [`super::Command`]; `None` for a name that
/// is no `s3` command.
pub(super) fn s3_command_parts(name: &str) -> Option<(&'static str, super::Augment, super::Read)> {
    use clap::FromArgMatches;
    fn s3(command: S3Command) -> super::Command {
        super::Command::S3(S3Args {
            info: S3Info {},
            command,
        })
    }
    macro_rules! parts {
        ($($name:literal => $args:ty, $variant:ident;)*) => {
            [$((
                $name,
                <$args>::augment_args as super::Augment,
                (|m| <$args>::from_arg_matches_mut(m).map(|a| s3(S3Command::$variant(a))))
                    as super::Read,
            )),*]
        };
    }
    let commands = parts! {
        "classes" => ClassesArgs, Classes;
        "early-delete" => EarlyDeleteArgs, EarlyDelete;
        "lifecycle" => LifecycleArgs, Lifecycle;
        "eligible" => EligibleArgs, Eligible;
        "restore" => RestoreArgs, Restore;
        "small-objects" => SmallObjectsArgs, SmallObjects;
        "prefixes" => PrefixesArgs, Prefixes;
        "multipart" => MultipartArgs, Multipart;
        "transfer" => TransferArgs, Transfer;
        "intelligent-tiering" => TieringArgs, IntelligentTiering;
        "design" => DesignArgs, Design;
    };
    commands.into_iter().find(|(n, _, _)| *n == name)
}

// The `s3` commands. Each one's about line and argument groups are on its arguments
// struct, not on the variant, so that the one command named can be built alone exactly as
// the whole tree builds it (`one_s3_command`). No doc comment: on a subcommand enum it
// would become `s3`'s about line.
#[derive(Debug, Subcommand)]
pub(crate) enum S3Command {
    Classes(ClassesArgs),
    EarlyDelete(EarlyDeleteArgs),
    Lifecycle(LifecycleArgs),
    Eligible(EligibleArgs),
    Restore(RestoreArgs),
    SmallObjects(SmallObjectsArgs),
    Prefixes(PrefixesArgs),
    Multipart(MultipartArgs),
    Transfer(TransferArgs),
    IntelligentTiering(TieringArgs),
    Design(DesignArgs),
}

const DESIGN_HELP: &str = "\
Candidates: stay in STANDARD; STANDARD_IA, GLACIER_IR, GLACIER or DEEP_ARCHIVE after --hot;
STANDARD_IA then GLACIER. Ranked: meets --retrieval, fewest days billed, colder, fewer steps.
With --reads-per-month, ranked by cost per object at your prices after --retrieval: storage
(days billed × GB × price per GB-month / 30) + reads after --hot × (GB × retrieval price +
request price / 1,000); awscalc holds no prices: give one for each class the rules use.
--versioned --noncurrent-keep DAYS adds NoncurrentVersionTransitions/Expiration, chosen alike.
--expect compares the chosen rule's text and names the rank of another valid rule.
--json gives the chosen rule as a lifecycle configuration under `rule`.

Examples:
  awscalc s3 design --hot 30 --retrieval 12h --keep 7y   DEEP_ARCHIVE:30 expire:2555
  awscalc s3 design --hot 30 --retrieval 30s --keep 100  STANDARD_IA:30 expire:100
  awscalc s3 design --hot 30 --retrieval 12h --keep 365 --size 50kb
                                                         expire:365
  awscalc s3 design --hot 30 --retrieval 12h --keep 365 --versioned --noncurrent-keep 30
                                                         DEEP_ARCHIVE:30 expire:365, expire:30
Prices (docs/s3.md has a worked example): --reads-per-month 1 --size 1gb
--price-storage standard=0.03 --price-storage ia=0.015 ... --price-retrieval ia=0.01 ...";

/// Lifecycle rules for an access pattern: hot days, retrieval time, keep period, ranked
#[derive(Debug, Args)]
#[group(skip)]
#[command(
    after_help = DESIGN_HELP,
    override_usage = "awscalc s3 design --hot DAYS --retrieval TIME --keep DAYS [--size SIZE]
       [--reads-per-month N --price-storage CLASS=PRICE... --price-retrieval CLASS=PRICE...
        [--price-request CLASS=PRICE...]] [--versioned --noncurrent-keep DAYS [--newer-versions N]]"
)]
pub(crate) struct DesignArgs {
    /// Days objects stay hot (read often) in S3 Standard
    #[arg(long, value_name = "DAYS", value_parser = days, allow_hyphen_values = true)]
    pub hot: u32,

    /// How fast a later read must return: 90s, 5min, 6h, 2d (`--within`, as `s3 restore`)
    #[arg(
        long,
        visible_alias = "within",
        value_name = "TIME",
        allow_hyphen_values = true
    )]
    pub retrieval: Deadline,

    /// How long objects are kept, then expire: 365, 400d, 7y (a year is 365 days)
    #[arg(long, value_name = "DAYS", allow_hyphen_values = true)]
    pub keep: Keep,

    /// The objects' size (under 128 KB they are not transitioned by default); a bare
    /// number is bytes
    #[arg(
        long = "size",
        visible_alias = "object-size",
        value_name = "SIZE",
        allow_hyphen_values = true
    )]
    pub object_size: Option<Size>,

    /// Reads of each object a month once it has cooled: rank by cost at your prices (with
    /// --size and --price-storage, --price-retrieval for each class)
    #[arg(long, value_name = "N", value_parser = reads_per_month, requires = "object_size", allow_hyphen_values = true)]
    pub reads_per_month: Option<u64>,

    /// Your price per GB-month of a class: CLASS=PRICE, repeated (awscalc holds no prices)
    #[arg(
        long = "price-storage",
        alias = "storage-price",
        value_name = "CLASS=PRICE",
        requires = "reads_per_month",
        allow_hyphen_values = true
    )]
    pub storage_price: Vec<ClassPrice>,

    /// Your price per GB retrieved from a class (GLACIER, DEEP_ARCHIVE: the tier shown):
    /// CLASS=PRICE, repeated
    #[arg(
        long = "price-retrieval",
        alias = "retrieval-price",
        value_name = "CLASS=PRICE",
        requires = "reads_per_month",
        allow_hyphen_values = true
    )]
    pub retrieval_price: Vec<ClassPrice>,

    /// Your price per 1,000 read requests of a class (GET or restore): CLASS=PRICE, repeated;
    /// none: requests are not priced
    #[arg(
        long = "price-request",
        alias = "request-price",
        value_name = "CLASS=PRICE",
        requires = "reads_per_month",
        allow_hyphen_values = true
    )]
    pub request_price: Vec<ClassPrice>,

    /// The bucket is versioned: propose noncurrent-version actions too (with --noncurrent-keep)
    #[arg(long, requires = "noncurrent_keep")]
    pub versioned: bool,

    /// Days a version is kept once it is noncurrent: 30, 30d, 1y
    #[arg(
        long,
        value_name = "DAYS",
        requires = "versioned",
        allow_hyphen_values = true
    )]
    pub noncurrent_keep: Option<Keep>,

    /// Keep this many newest noncurrent versions whatever their age (NewerNoncurrentVersions,
    /// 1 to 100)
    #[arg(long, value_name = "N", value_parser = newer_versions, requires = "versioned", allow_hyphen_values = true)]
    pub newer_versions: Option<u32>,
}

impl DesignArgs {
    /// The typed request.
    fn request(&self) -> DesignRequest {
        DesignRequest {
            hot: self.hot,
            within: self.retrieval.clone(),
            keep: self.keep,
            object_size: self.object_size.clone(),
            prices: self.reads_per_month.map(|reads_per_month| DesignPrices {
                reads_per_month,
                storage: self.storage_price.clone(),
                retrieval: self.retrieval_price.clone(),
                requests: self.request_price.clone(),
            }),
            versions: self.noncurrent_keep.map(|noncurrent_keep| Versions {
                noncurrent_keep,
                newer_versions: self.newer_versions,
            }),
        }
    }
}

/// Reads a month: a whole number from 1.
fn reads_per_month(text: &str) -> Result<u64, Error> {
    parse_whole(text, "reads per month", MAX_READS_PER_MONTH)
}

/// `NewerNoncurrentVersions`: 1 to 100.
fn newer_versions(text: &str) -> Result<u32, Error> {
    parse_whole(text, "newer noncurrent versions", MAX_NEWER_VERSIONS.into())
        .map(|n| u32::try_from(n).unwrap_or(MAX_NEWER_VERSIONS))
}

const TIERING_HELP: &str = "\
--expect knows: the tier by its S3 Inventory name.

Examples:
  awscalc s3 intelligent-tiering --days 100                           ARCHIVE_INSTANT_ACCESS
  awscalc s3 intelligent-tiering --days 200 --deep-archive-days 180   DEEP_ARCHIVE_ACCESS
  awscalc s3 intelligent-tiering --days 400 --size 100kb              FREQUENT_ACCESS";

/// The S3 Intelligent-Tiering access tier an object sits in after some days without access
#[derive(Debug, Args)]
#[group(skip)]
#[command(
    after_help = TIERING_HELP,
    override_usage = "awscalc s3 intelligent-tiering --days DAYS [--size SIZE]
       awscalc s3 intelligent-tiering --days DAYS [--archive-days N] [--deep-archive-days N]"
)]
pub(crate) struct TieringArgs {
    /// Consecutive days without access
    #[arg(long, value_name = "DAYS", value_parser = days, allow_hyphen_values = true)]
    pub days: u32,

    /// Turn on the optional Archive Access tier after this many days without access (90-730)
    #[arg(long, value_name = "N", value_parser = days, allow_hyphen_values = true)]
    pub archive_days: Option<u32>,

    /// Turn on the optional Deep Archive Access tier after this many days (180-730)
    #[arg(long, value_name = "N", value_parser = days, allow_hyphen_values = true)]
    pub deep_archive_days: Option<u32>,

    /// The object's size (a bare number is bytes; under 128 KB it is not monitored)
    #[arg(
        long = "size",
        visible_alias = "object-size",
        value_name = "SIZE",
        allow_hyphen_values = true
    )]
    pub object_size: Option<Size>,
}

/// Every storage class: minimum duration, minimum billable size, archive overhead,
/// zones, availability, restore tiers
#[derive(Debug, Args)]
#[group(skip)]
#[command(override_usage = "awscalc s3 classes")]
pub(crate) struct ClassesArgs {}

/// Prefixes needed for a request rate (5,500 GET/HEAD and 3,500 PUT/COPY/POST/DELETE
/// per second per prefix), or what N prefixes sustain
#[derive(Debug, Args)]
#[group(skip)]
#[command(
    after_help = PREFIXES_HELP,
    override_usage = "awscalc s3 prefixes [--get RATE] [--put RATE]
       awscalc s3 prefixes --prefixes N",
    group = ArgGroup::new("demand").required(true).multiple(true).args(["get", "put", "prefixes"])
)]
pub(crate) struct PrefixesArgs {
    /// GET/HEAD requests per second (or /min, /h)
    #[arg(long, value_name = "RATE", allow_hyphen_values = true)]
    pub get: Option<Rate>,

    /// PUT/COPY/POST/DELETE requests per second (or /min, /h)
    #[arg(long, value_name = "RATE", allow_hyphen_values = true)]
    pub put: Option<Rate>,

    /// What this many prefixes sustain
    #[arg(long, value_name = "N", value_parser = prefix_count, conflicts_with_all = ["get", "put"], allow_hyphen_values = true)]
    pub prefixes: Option<u64>,
}

/// Multipart upload sizing: single PUT or not, part size, number of parts
#[derive(Debug, Args)]
#[group(skip)]
#[command(
    after_help = MULTIPART_HELP,
    override_usage = "awscalc s3 multipart --size SIZE [--part-size SIZE] [--objects N [--price-per-1000 PRICE]]"
)]
pub(crate) struct MultipartArgs {
    /// The object's size (a bare number is bytes)
    #[arg(long, value_name = "SIZE", allow_hyphen_values = true)]
    pub size: Size,

    /// The part size to use (default: the smallest that fits in 10,000 parts)
    #[arg(long, value_name = "SIZE", allow_hyphen_values = true)]
    pub part_size: Option<Size>,

    /// Objects uploaded alike: the answer is the requests, (parts + 2) × objects
    #[arg(long, value_name = "N", value_parser = object_count, allow_hyphen_values = true)]
    pub objects: Option<u64>,

    /// With --objects: your price per 1,000 requests (0.005 or $0.005); awscalc holds none
    #[arg(
        long = "price-per-1000",
        value_name = "PRICE",
        requires = "objects",
        allow_hyphen_values = true
    )]
    pub price_per_1000: Option<Price>,
}

/// A whole, positive number of objects.
fn object_count(text: &str) -> Result<u64, Error> {
    parse_whole(text, "objects", 1_000_000_000_000)
}

/// How long data takes over a network link, and when shipping a device beats it
#[derive(Debug, Args)]
#[group(skip)]
#[command(
    after_help = TRANSFER_HELP,
    override_usage = "awscalc s3 transfer --size SIZE --bandwidth RATE [--utilization PERCENT]
       [--streams N [--per-stream RATE]] [--device-capacity SIZE --turnaround DURATION]"
)]
pub(crate) struct TransferArgs {
    /// The data to move, decimal: 10tb is 10^13 bytes (a bare number is bytes)
    #[arg(long, value_name = "SIZE", allow_hyphen_values = true)]
    pub size: Size,

    /// The link's bandwidth in bits per second: 1gbps, 500mbps (a bare number is Mbps)
    #[arg(long, value_name = "RATE", allow_hyphen_values = true)]
    pub bandwidth: BitRate,

    /// The share of the link the transfer gets: 80% (default 100%)
    #[arg(long, value_name = "PERCENT", allow_hyphen_values = true)]
    pub utilization: Option<Utilization>,

    /// Parallel streams: each one's share of the rate (default 1)
    #[arg(long, value_name = "N", value_parser = stream_count, allow_hyphen_values = true)]
    pub streams: Option<u32>,

    /// What one stream carries at most: the rate is at most streams × this
    #[arg(
        long,
        value_name = "RATE",
        requires = "streams",
        allow_hyphen_values = true
    )]
    pub per_stream: Option<BitRate>,

    /// A device's usable capacity (your figure; AWS documents none to assume): 80tb
    #[arg(
        long,
        value_name = "SIZE",
        requires = "turnaround",
        allow_hyphen_values = true
    )]
    pub device_capacity: Option<Size>,

    /// A device's end-to-end turnaround, order to data in S3 (your figure): 14d
    #[arg(long, value_name = "DURATION", requires = "device_capacity", value_parser = parse_turnaround, allow_hyphen_values = true)]
    pub turnaround: Option<Duration>,
}

/// A whole, positive number of streams.
fn stream_count(text: &str) -> Result<u32, Error> {
    parse_whole(text, "streams", 100_000).map(|n| u32::try_from(n).unwrap_or(100_000))
}

/// Days billed when an object leaves a class before its minimum storage duration
#[derive(Debug, Args)]
#[group(skip)]
#[command(
    after_help = EARLY_DELETE_HELP,
    override_usage = "awscalc s3 early-delete --class CLASS (--days DAYS | --entered DAY --left DAY)",
    group = ArgGroup::new("stay").required(true).args(["days", "entered"])
)]
pub(crate) struct EarlyDeleteArgs {
    /// The storage class the object was in
    #[arg(long, value_name = "CLASS")]
    pub class: StorageClass,

    /// Days the object spent in the class
    #[arg(long, value_name = "DAYS", value_parser = days, allow_hyphen_values = true)]
    pub days: Option<u32>,

    /// The object's age in days when a lifecycle rule moved it into the class (with --left)
    #[arg(long, value_name = "DAY", value_parser = days, requires = "left", conflicts_with = "days", allow_hyphen_values = true)]
    pub entered: Option<u32>,

    /// The object's age in days when it was deleted or moved out (with --entered)
    #[arg(long, value_name = "DAY", value_parser = days, requires = "entered", conflicts_with = "days", allow_hyphen_values = true)]
    pub left: Option<u32>,
}

/// Check a lifecycle rule (CLASS:DAYS ... expire:DAYS) and show the days billed in
/// each class
#[derive(Debug, Args)]
#[group(skip)]
#[command(
    after_help = LIFECYCLE_HELP,
    override_usage = "awscalc s3 lifecycle CLASS:DAYS... [expire:DAYS] [--size SIZE] [--created TIME]
       awscalc s3 lifecycle --file rules.json [--size SIZE] [--created TIME]
              [--noncurrent-since TIME]"
)]
pub(crate) struct LifecycleArgs {
    /// The rule's actions: CLASS:DAYS for a transition, expire:DAYS for the expiration
    #[arg(value_name = "ACTION", required_unless_present = "file", num_args = 1..)]
    pub actions: Vec<Action>,

    /// A lifecycle configuration JSON file, as `aws s3api put-bucket-lifecycle-configuration
    /// --lifecycle-configuration file://rules.json` takes it (`-` reads stdin)
    #[arg(long, value_name = "PATH", conflicts_with_all = ["actions", "size_greater_than"])]
    pub file: Option<String>,

    /// Follow an object of this size through the rule (objects under 128 KB are not
    /// transitioned by default); a bare number is bytes
    #[arg(
        long = "size",
        visible_alias = "object-size",
        value_name = "SIZE",
        allow_hyphen_values = true
    )]
    pub object_size: Option<Size>,

    /// The rule's ObjectSizeGreaterThan filter (overrides the 128 KB default)
    #[arg(long, value_name = "SIZE", allow_hyphen_values = true)]
    pub size_greater_than: Option<Size>,

    /// The object's creation time: show when each action becomes eligible
    #[arg(long, value_name = "TIME", allow_hyphen_values = true)]
    pub created: Option<Created>,

    /// With --file: when a version became noncurrent (its successor's creation time): show
    /// when each noncurrent action becomes eligible
    #[arg(
        long,
        value_name = "TIME",
        requires = "file",
        conflicts_with = "actions",
        allow_hyphen_values = true
    )]
    pub noncurrent_since: Option<Created>,
}

/// When S3 Lifecycle makes an object eligible for an action: creation time + days,
/// rounded up to the next midnight UTC
#[derive(Debug, Args)]
#[group(skip)]
#[command(
    after_help = ELIGIBLE_HELP,
    override_usage = "awscalc s3 eligible --created TIME --days DAYS"
)]
pub(crate) struct EligibleArgs {
    /// The object's creation (Last-Modified) time: RFC 3339 like 2024-01-15T10:30:00Z (seconds
    /// optional, offsets -23:59 to +23:59), 2024-01-15 (00:00 UTC) or `Mon, 15 Jan 2024
    /// 10:30:00 GMT`
    #[arg(long, value_name = "TIME", allow_hyphen_values = true)]
    pub created: Created,

    /// The rule's Days (a transition or expiration that many days after creation)
    #[arg(long, value_name = "DAYS", value_parser = days, allow_hyphen_values = true)]
    pub days: u32,
}

/// Which classes and retrieval tiers return data within a time (Expedited, Standard,
/// Bulk; Deep Archive: Standard, Bulk; a GET in milliseconds elsewhere)
#[derive(Debug, Args)]
#[group(skip)]
#[command(
    after_help = RESTORE_HELP,
    override_usage = "awscalc s3 restore --within TIME [--class CLASS]"
)]
pub(crate) struct RestoreArgs {
    /// The time within which the data must be readable: 90s, 5min, 6h, 2d
    #[arg(long, value_name = "TIME", allow_hyphen_values = true)]
    pub within: Deadline,

    /// One class only (default: every class)
    #[arg(long, value_name = "CLASS")]
    pub class: Option<StorageClass>,
}

/// Bytes billed for small objects: the 128 KB minimum and the 40 KB archive overhead
#[derive(Debug, Args)]
#[group(skip)]
#[command(
    after_help = SMALL_OBJECTS_HELP,
    override_usage = "awscalc s3 small-objects --size SIZE [--objects N] [--class CLASS]"
)]
pub(crate) struct SmallObjectsArgs {
    /// The size of each object; a bare number is bytes
    #[arg(
        long = "size",
        visible_alias = "object-size",
        value_name = "SIZE",
        allow_hyphen_values = true
    )]
    pub object_size: Size,

    /// How many objects (default 1)
    #[arg(long, value_name = "N", value_parser = objects, allow_hyphen_values = true)]
    pub objects: Option<u64>,

    /// One class's arithmetic (default: a table of every class)
    #[arg(long, value_name = "CLASS")]
    pub class: Option<StorageClass>,
}

/// The text of a configuration file: `rules.json`, `file://rules.json` as the AWS CLI
/// writes it, or `-` for stdin.
fn read_configuration(path: &str) -> Result<String, Error> {
    let local = path.strip_prefix("file://").unwrap_or(path);
    let read = if local == "-" {
        std::io::read_to_string(std::io::stdin())
    } else {
        std::fs::read_to_string(local)
    };
    read.map_err(|e| Error::Invalid {
        what: "lifecycle configuration file",
        input: path.to_string(),
        reason: format!(
            "it cannot be read ({})",
            e.kind().to_string().to_lowercase()
        ),
        expected: "a readable JSON file, like rules.json or file://rules.json, or - for stdin"
            .into(),
    })
}

fn days(text: &str) -> Result<u32, Error> {
    parse_days(text, "days")
}

fn prefix_count(text: &str) -> Result<u64, Error> {
    parse_whole(text, "prefixes", 1_000_000_000_000)
}

fn objects(text: &str) -> Result<u64, Error> {
    parse_whole(text, "objects", 1_000_000_000_000)
}

impl S3Args {
    /// The `--file` of `s3 lifecycle`, if any: its path as given.
    pub(crate) fn file(&self) -> Option<&str> {
        match &self.command {
            S3Command::Lifecycle(args) => args.file.as_deref(),
            _ => None,
        }
    }

    /// The typed request, with the configuration of `lifecycle --file` read into it (once:
    /// the question is asked again on the other side of each change of an AWS value, and
    /// standard input can be read only once).
    ///
    /// # Errors
    /// A configuration file that cannot be read, or an incomplete early-delete stay.
    pub(crate) fn request(&self) -> Result<S3Request, Error> {
        Ok(match &self.command {
            S3Command::Classes(_) => S3Request::Classes,
            S3Command::EarlyDelete(args) => {
                let stay = match (args.days, args.entered, args.left) {
                    (Some(days), _, _) => Stay::Days(days),
                    (None, Some(entered), Some(left)) => Stay::Ages { entered, left },
                    _ => {
                        return Err(Error::Conflict {
                            message: "give --days, or --entered with --left".into(),
                        })
                    }
                };
                S3Request::EarlyDelete(EarlyDelete {
                    class: args.class,
                    stay,
                })
            }
            S3Command::Lifecycle(LifecycleArgs {
                file: Some(path),
                object_size,
                created,
                noncurrent_since,
                ..
            }) => S3Request::Configuration(Box::new(ConfigurationRequest {
                text: read_configuration(path)?,
                source: path.clone(),
                object_size: object_size.clone(),
                created: created.clone(),
                noncurrent_since: noncurrent_since.clone(),
            })),
            S3Command::Lifecycle(args) => S3Request::Lifecycle(LifecycleRequest {
                actions: args.actions.clone(),
                object_size: args.object_size.clone(),
                size_greater_than: args.size_greater_than.clone(),
                created: args.created.clone(),
            }),
            S3Command::Restore(args) => S3Request::Restore(RestoreRequest {
                within: args.within.clone(),
                class: args.class,
            }),
            S3Command::Eligible(args) => S3Request::Eligible(EligibleRequest {
                created: args.created.clone(),
                days: args.days,
            }),
            S3Command::Prefixes(args) => S3Request::Prefixes(match args.prefixes {
                Some(n) => PrefixQuestion::Prefixes(n),
                None => PrefixQuestion::Rates {
                    get: args.get.clone(),
                    put: args.put.clone(),
                },
            }),
            S3Command::Multipart(args) => {
                let upload = Multipart {
                    size: args.size.clone(),
                    part_size: args.part_size.clone(),
                };
                match args.objects {
                    Some(objects) => S3Request::MultipartRequests(Box::new(RequestsQuestion {
                        upload,
                        objects,
                        price_per_1000: args.price_per_1000.clone(),
                    })),
                    None => S3Request::Multipart(upload),
                }
            }
            S3Command::Transfer(args) => S3Request::Transfer(Box::new(TransferRequest {
                size: args.size.clone(),
                bandwidth: args.bandwidth.clone(),
                utilization: args.utilization.clone(),
                streams: args.streams,
                per_stream: args.per_stream.clone(),
                device_capacity: args.device_capacity.clone(),
                turnaround: args.turnaround.clone(),
            })),
            S3Command::IntelligentTiering(args) => S3Request::IntelligentTiering(TieringRequest {
                idle_days: args.days,
                archive_days: args.archive_days,
                deep_archive_days: args.deep_archive_days,
                object_size: args.object_size.clone(),
            }),
            S3Command::Design(args) => S3Request::Design(args.request()),
            S3Command::SmallObjects(args) => S3Request::SmallObjects(SmallObjects {
                size: args.object_size.clone(),
                objects: args.objects,
                class: args.class,
            }),
        })
    }
}
