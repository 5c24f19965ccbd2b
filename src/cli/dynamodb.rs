//! `awscalc rcu` and `awscalc wcu`: DynamoDB capacity flags.

use clap::{ArgGroup, Args};
use rust_decimal::Decimal;

use std::io::Read;
use std::path::{Path, PathBuf};

use awscalc::calc::dynamodb::capacity::BurstRequest;
use awscalc::calc::dynamodb::cost::{ModeCostRequest, Traffic as CostTraffic};
use awscalc::calc::dynamodb::index::{IndexEntry, IndexKind, IndexWrite};
use awscalc::calc::dynamodb::item::{ItemInput, MAX_ITEM_JSON_BYTES};
use awscalc::calc::dynamodb::modes::ModesRequest;
use awscalc::calc::dynamodb::ondemand::{OnDemandRequest, Traffic};
use awscalc::calc::dynamodb::{
    Demand, Items, ReadConsistency, ReadRequest, WriteMode, WriteRequest,
};
use awscalc::calc::s3::network::Utilization;
use awscalc::question::Question;
use awscalc::units::{Price, Rate, Size};
use awscalc::Error;

use super::{parse_count, parse_units};

pub(super) const RCU_EXAMPLES: &str = "\
Units (see docs/cli.md):
  --size   5kb, 3.5 KB, 512b, 400KiB, 1mb; a bare number is KB. DynamoDB's KB is 1,024 bytes.
  --rate   100, 100/s, 600/min, 36000/h; a bare number is per second.
  --item   an item's JSON file (DynamoDB JSON or plain JSON), or - for standard input.

Examples:
  awscalc rcu --size 5kb --rate 100 --strong             200 RCU
  awscalc rcu --size 9kb --rate 3                        5 RCU (1.5 per eventually consistent read)
  awscalc rcu --size 4kb --units 5                       10 reads per second
  awscalc rcu --items 10 --size 4kb --rate 2 --strong    20 RCU: a Query of 10 items, sizes summed
  awscalc rcu --total 40.8kb --strong                    11 RCU: a Query reading 40.8 KB in all
  awscalc rcu --batch 1.5kb,6.5kb --strong               3 RCU: BatchGetItem, 4 KB + 8 KB
  awscalc rcu --size 3kb --rate 90 --strong --expect 45  mismatch: 45 is for eventual reads
  awscalc rcu --item docs/examples/item.json --rate 100  50 RCU: the item is 134 bytes
  awscalc rcu --gsi --items 8 --size 2000b               2 RCU on the index (AWS's GSI example)
  awscalc rcu --gsi --size 2kb --rate 500 --strong       error: a GSI reads eventually only";

pub(super) const WCU_EXAMPLES: &str = "\
Units (see docs/cli.md):
  --size   5kb, 3.5 KB, 512b, 400KiB, 1mb; a bare number is KB. DynamoDB's KB is 1,024 bytes.
  --rate   100, 100/s, 600/min, 36000/h; a bare number is per second.
  --item   an item's JSON file (DynamoDB JSON or plain JSON), or - for standard input.

Examples:
  awscalc wcu --size 1kb --rate 600/min            10 WCU
  awscalc wcu --size 7kb --rate 10                 70 WCU
  awscalc wcu --size 2kb --rate 5 --transactional  20 WCU
  awscalc wcu --size 1kb --units 10                10 writes per second
  awscalc wcu --batch 500b,3.5kb                   5 WCU: BatchWriteItem, 1 KB + 4 KB
  awscalc wcu --item docs/examples/item.json       1 WCU: the item is 134 bytes
  awscalc wcu --size 2kb --rate 100 --gsi 1kb --gsi 500b:key-change
                                                   500 WCU: table 200, GSI 1 100, GSI 2 200
  awscalc wcu --size 2kb --rate 100 --lsi 1kb      300 WCU: LSI writes use the table's
  awscalc wcu --size 3kb --lsi 1kb --collection 9.5gb
                                                   4 WCU; the collection takes 131,072 more items";

/// `rcu`'s usage line, by hand: its forms, not clap's list of argument groups.
pub(super) const RCU_USAGE: &str = "\
awscalc rcu --size SIZE [--rate RATE | --units N] [--strong | --eventual | --transactional]
       awscalc rcu --item FILE [--rate RATE | --units N] [--strong]   (the item's JSON)
       awscalc rcu --items N --size SIZE [--rate RATE] [--strong]   (a Query or Scan)
       awscalc rcu (--total SIZE | --batch SIZE,SIZE...) [--rate RATE] [--strong]
       awscalc rcu --gsi (--size SIZE | --items N --size SIZE | --total SIZE) [--rate RATE]";

/// `wcu`'s usage line.
pub(super) const WCU_USAGE: &str = "\
awscalc wcu (--size SIZE | --item FILE) [--rate RATE | --units N] [--transactional]
       awscalc wcu --batch SIZE,SIZE... [--rate RATE] [--transactional]
       awscalc wcu (--size SIZE | --item FILE) [--rate RATE] --gsi SIZE[:key-change]... [--lsi ...]
       awscalc wcu (--size SIZE | --item FILE) [--rate RATE] --lsi SIZE... [--collection SIZE]";

pub(super) const ITEM_EXAMPLES: &str = "\
FILE is DynamoDB JSON ({\"id\": {\"S\": \"abc\"}}, as `aws dynamodb get-item` prints it) or plain
JSON ({\"id\": \"abc\"}, types inferred), or - for standard input. -v lists the elements of
each List and Map too; --json has the whole tree. See docs/dynamodb.md.

Examples:
  awscalc item docs/examples/item.json  134 bytes: 1 read unit, 1 write unit
  aws dynamodb get-item ... --query Item | awscalc item -";

/// What `--expect` recognises for `item`.
pub(super) const ITEM_EXPECT: &str = "Compare the item's size in bytes with VALUE: exit 0 on a \
match, 1 on a mismatch";

/// What `--expect` recognises for `rcu`.
pub(super) const RCU_EXPECT: &str = "Compare the answer with VALUE: exit 0 on a match, 1 on a \
mismatch, with a hint naming the reading that gives VALUE: another consistency (strong, eventual, \
transactional), KB as 1,000 bytes, rounding once instead of per item, a write unit for a read unit, \
or the AWS values before a dated change";

/// What `--expect` recognises for `wcu`.
pub(super) const WCU_EXPECT: &str = "Compare the answer with VALUE: exit 0 on a match, 1 on a \
mismatch, with a hint naming the reading that gives VALUE: standard or transactional writes, KB \
as 1,000 bytes, rounding once instead of per item, a read unit for a write unit, or the AWS values \
before a dated change; with --gsi or --lsi: the table alone (index writes forgotten), a key \
change counted as one index write, or index entries taken as the whole item";

/// The items and the demand, shared by rcu and wcu.
#[derive(Debug, Args)]
#[group(skip)]
pub(crate) struct Workload {
    /// Item size (each item's); a bare number is KB
    #[arg(long, value_name = "SIZE", allow_hyphen_values = true)]
    pub size: Option<Size>,

    /// Requests per second (or /min, /h): how many units to provision
    #[arg(
        long,
        value_name = "RATE",
        conflicts_with = "units",
        allow_hyphen_values = true
    )]
    pub rate: Option<Rate>,

    /// Provisioned units: how many requests per second they sustain (the inverse)
    #[arg(long, value_name = "N", value_parser = parse_units, allow_hyphen_values = true)]
    pub units: Option<Decimal>,

    /// A batch of items, comma-separated sizes, each rounded up separately
    /// (BatchGetItem / BatchWriteItem; TransactGet/WriteItems with --transactional)
    #[arg(
        long,
        value_name = "SIZES",
        value_delimiter = ',',
        conflicts_with = "size"
    )]
    pub batch: Option<Vec<Size>>,

    /// An item's JSON (DynamoDB JSON or plain JSON), or - for standard input: its size,
    /// attribute by attribute, instead of --size
    #[arg(
        long,
        value_name = "FILE",
        conflicts_with_all = ["size", "batch"]
    )]
    pub item: Option<PathBuf>,
}

/// DynamoDB read capacity units (RCU) for a read rate, or reads per second for N RCU
// Four switches of the command line, each one flag (three of them one choice, as a group).
#[allow(clippy::struct_excessive_bools)]
#[derive(Debug, Args)]
#[group(skip)]
#[command(after_help = RCU_EXAMPLES, override_usage = RCU_USAGE, group = ArgGroup::new("what").required(true).args(["size", "total", "batch", "item"]))]
pub(crate) struct RcuArgs {
    #[command(flatten)]
    pub workload: Workload,

    /// A Query or Scan reading N items of --size each: sizes summed, rounded once per page
    #[arg(
        long,
        value_name = "N",
        requires = "size",
        conflicts_with = "batch",
        value_parser = parse_count
    )]
    pub items: Option<u64>,

    /// A Query or Scan reading SIZE in total
    #[arg(long, value_name = "SIZE", conflicts_with_all = ["size", "batch", "items", "item"])]
    pub total: Option<Size>,

    /// Strongly consistent reads: 1 unit per 4 KB
    #[arg(long, group = "consistency")]
    pub strong: bool,

    /// Eventually consistent reads: 0.5 unit per 4 KB (DynamoDB's default)
    #[arg(long, group = "consistency")]
    pub eventual: bool,

    /// Transactional reads (TransactGetItems): 2 units per 4 KB
    #[arg(long, group = "consistency")]
    pub transactional: bool,

    /// The reads are a Query or Scan of a global secondary index: --size is its entry (keys
    /// and projected attributes), eventually consistent only, the index's own RCU
    #[arg(long)]
    pub gsi: bool,
}

/// DynamoDB write capacity units (WCU) for a write rate, or writes per second for N WCU
#[derive(Debug, Args)]
#[group(skip)]
#[command(after_help = WCU_EXAMPLES, override_usage = WCU_USAGE, group = ArgGroup::new("what").required(true).args(["size", "batch", "item"]))]
pub(crate) struct WcuArgs {
    #[command(flatten)]
    pub workload: Workload,

    /// Transactional writes (TransactWriteItems): 2 units per 1 KB
    #[arg(long)]
    pub transactional: bool,

    /// A global secondary index each write touches: its entry size (keys + projected
    /// attributes), `:key-change` when the write changes its key (a delete + a put); repeat
    /// or separate with commas
    #[arg(
        long,
        value_name = "SIZE[:key-change]",
        value_delimiter = ',',
        allow_hyphen_values = true,
        conflicts_with_all = ["units", "batch", "transactional"]
    )]
    pub gsi: Vec<IndexEntry>,

    /// A local secondary index each write touches, as --gsi: its writes use the table's WCU
    #[arg(
        long,
        value_name = "SIZE[:key-change]",
        value_delimiter = ',',
        allow_hyphen_values = true,
        conflicts_with_all = ["units", "batch", "transactional"]
    )]
    pub lsi: Vec<IndexEntry>,

    /// With --lsi: the size of the item collection (one partition key value, table and LSI
    /// entries) the writes go to, checked against its limit; a bare number is GB
    #[arg(
        long,
        value_name = "SIZE",
        requires = "lsi",
        allow_hyphen_values = true
    )]
    pub collection: Option<Size>,
}

/// DynamoDB item size from the item's JSON: each attribute, the total, the units it takes
#[derive(Debug, Args)]
#[group(skip)]
#[command(
    after_help = ITEM_EXAMPLES,
    override_usage = "awscalc item FILE [--json | --quiet | -v] [--as-of YYYY-MM-DD]"
)]
pub(crate) struct ItemArgs {
    /// The item's JSON file (DynamoDB JSON or plain JSON), or - for standard input
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
}

impl ItemArgs {
    /// The item, its file read (at most [`MAX_ITEM_JSON_BYTES`]).
    ///
    /// # Errors
    /// A file that cannot be read, or is too large.
    pub(crate) fn request(&self) -> Result<ItemInput, Error> {
        Ok(ItemInput {
            text: read_item(&self.file)?,
            source: self.file.display().to_string(),
        })
    }
}

impl Workload {
    fn demand(&self) -> Demand {
        match (&self.rate, self.units) {
            (Some(rate), _) => Demand::Rate(rate.clone()),
            (None, Some(units)) => Demand::Units {
                text: units.to_string(),
                units,
            },
            (None, None) => Demand::OnePerSecond,
        }
    }

    fn items(&self, count: Option<u64>, total: Option<&Size>) -> Result<Items, Error> {
        if let Some(total) = total {
            return Ok(Items::QueryTotal(total.clone()));
        }
        if let Some(sizes) = &self.batch {
            return Ok(Items::Batch(sizes.clone()));
        }
        if let Some(path) = &self.item {
            return Ok(Items::Item(Box::new(ItemInput {
                text: read_item(path)?,
                source: path.display().to_string(),
            })));
        }
        let size = self.size.clone().unwrap_or_else(|| Size::from_bytes(1));
        Ok(match count {
            Some(count) => Items::Query { count, size },
            None => Items::Single(size),
        })
    }

    /// Whether `--item -` reads standard input.
    pub(crate) fn item_from_stdin(&self) -> bool {
        self.item.as_deref().is_some_and(|p| p.as_os_str() == "-")
    }
}

/// An item's JSON text, from a file or `-` (standard input), read no further than
/// [`MAX_ITEM_JSON_BYTES`]: a larger file is refused without being read whole.
fn read_item(path: &Path) -> Result<String, Error> {
    let place = if path.as_os_str() == "-" {
        "standard input".to_string()
    } else {
        format!("`{}`", path.display())
    };
    let cannot = |e: std::io::Error| Error::CannotRead {
        place: place.clone(),
        reason: e.to_string(),
    };
    let too_large = || Error::Invalid {
        what: "item file",
        input: path.display().to_string(),
        reason: format!(
            "it is over {} MiB, far more than DynamoDB's maximum item size; awscalc reads \
             at most that much JSON for one item",
            MAX_ITEM_JSON_BYTES / (1024 * 1024)
        ),
        expected: "the JSON of one item".into(),
    };
    let mut bytes = Vec::new();
    if path.as_os_str() == "-" {
        std::io::stdin()
            .lock()
            .take(MAX_ITEM_JSON_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(cannot)?;
    } else {
        let file = std::fs::File::open(path).map_err(cannot)?;
        if file.metadata().is_ok_and(|m| m.len() > MAX_ITEM_JSON_BYTES) {
            return Err(too_large());
        }
        file.take(MAX_ITEM_JSON_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(cannot)?;
    }
    if bytes.len() as u64 > MAX_ITEM_JSON_BYTES {
        return Err(too_large());
    }
    String::from_utf8(bytes).map_err(|e| Error::Invalid {
        what: "item file",
        input: path.display().to_string(),
        reason: format!(
            "it is not UTF-8 text (byte {} is not)",
            e.utf8_error().valid_up_to() + 1
        ),
        expected: "JSON text in UTF-8".into(),
    })
}

impl RcuArgs {
    /// The question: the table's read capacity, or with `--gsi` the index's.
    ///
    /// # Errors
    /// As [`RcuArgs::request`].
    pub(crate) fn question(&self) -> Result<Question, Error> {
        let request = self.request()?;
        Ok(if self.gsi {
            Question::GsiRead(request)
        } else {
            Question::Rcu(request)
        })
    }

    /// The typed request.
    ///
    /// # Errors
    /// An `--item` file that cannot be read, or is too large.
    pub(crate) fn request(&self) -> Result<ReadRequest, Error> {
        let consistency = if self.strong {
            Some(ReadConsistency::Strong)
        } else if self.transactional {
            Some(ReadConsistency::Transactional)
        } else if self.eventual {
            Some(ReadConsistency::Eventual)
        } else {
            None
        };
        Ok(ReadRequest {
            items: self.workload.items(self.items, self.total.as_ref())?,
            consistency,
            demand: self.workload.demand(),
        })
    }
}

impl WcuArgs {
    /// The typed request.
    ///
    /// # Errors
    /// An `--item` file that cannot be read, or is too large.
    pub(crate) fn request(&self) -> Result<WriteRequest, Error> {
        Ok(WriteRequest {
            items: self.workload.items(None, None)?,
            mode: if self.transactional {
                WriteMode::Transactional
            } else {
                WriteMode::Standard
            },
            demand: self.workload.demand(),
            indexes: self
                .gsi
                .iter()
                .map(|entry| (IndexKind::Global, entry))
                .chain(self.lsi.iter().map(|entry| (IndexKind::Local, entry)))
                .map(|(kind, entry)| IndexWrite {
                    kind,
                    entry: entry.clone(),
                })
                .collect(),
            collection: self.collection.clone(),
        })
    }
}

pub(super) const BURST_EXAMPLES: &str = "\
DynamoDB keeps up to 300 seconds of unused read and write capacity for bursts above the
provisioned capacity (burst-adaptive-capacity.html). --units, --used and --spike are capacity
units per second (RCU or WCU). See docs/dynamodb.md.

Examples:
  awscalc burst --units 100 --used 40               18,000 units of burst capacity
  awscalc burst --units 100 --used 40 --spike 250   120 seconds of burst
  awscalc burst --units 100 --used 40 --spike 80    18,000 units kept: no burst needed";

/// What `--expect` recognises for `burst`.
pub(super) const BURST_EXPECT: &str = "Compare the answer (seconds of burst with --spike, else \
the units kept) with VALUE: exit 0 on a match, 1 on a mismatch";

/// DynamoDB burst capacity: the unused capacity kept, and how long it serves a spike
#[derive(Debug, Args)]
#[group(skip)]
#[command(
    after_help = BURST_EXAMPLES,
    override_usage = "awscalc burst --units N --used N [--spike N]"
)]
pub(crate) struct BurstArgs {
    /// Provisioned capacity units (RCU or WCU)
    #[arg(long, value_name = "N", value_parser = parse_units, allow_hyphen_values = true)]
    pub units: Decimal,

    /// Units consumed per second over the last five minutes, on average (0 allowed)
    #[arg(long, value_name = "N", value_parser = parse_used, allow_hyphen_values = true)]
    pub used: Decimal,

    /// Units per second a spike asks for: how long the burst capacity serves it
    #[arg(long, value_name = "N", value_parser = parse_units, allow_hyphen_values = true)]
    pub spike: Option<Decimal>,
}

/// Units used per second: 0, or a whole count as --units takes.
fn parse_used(text: &str) -> Result<Decimal, Error> {
    awscalc::units::parse_whole_or_zero(text, "units", super::MAX_COUNT).map(Decimal::from)
}

impl BurstArgs {
    /// The typed request.
    pub(crate) fn request(&self) -> BurstRequest {
        BurstRequest {
            provisioned: self.units,
            used: self.used,
            spike: self.spike,
        }
    }
}

pub(super) const ONDEMAND_EXAMPLES: &str = "\
A new on-demand table serves up to 4,000 writes and 12,000 reads a second at once; a table
serves up to double its previous peak at once, and traffic above that within 30 minutes may be
throttled (on-demand-capacity-mode.html). RATE is 100, 100/s, 600/min or 36000/h; a bare
number is per second. See docs/dynamodb.md.

Examples:
  awscalc ondemand --reads 12000/s                              0 minutes: served at once
  awscalc ondemand --reads 30000/s                              60 minutes of growth: 2 doublings
  awscalc ondemand --writes 35000/s --previous-peak 10000/s     30 minutes of growth: 1 doubling
  awscalc ondemand --reads 30000/s --warm-reads 40000/s         0 minutes: warm throughput covers it
  awscalc ondemand --reads 30000/s --warm-reads 40000/s --as-of 2024-01-01
                                                                error: no warm throughput before 2024-11-13";

/// What `--expect` recognises for `ondemand`.
pub(super) const ONDEMAND_EXPECT: &str = "Compare the answer (minutes of growth before the \
table serves the traffic; 0 when it serves it at once) with VALUE: exit 0 on a match, 1 on a \
mismatch";

/// DynamoDB on-demand: whether a table serves traffic at once, and how long growth takes
#[derive(Debug, Args)]
#[group(skip)]
#[command(
    after_help = ONDEMAND_EXAMPLES,
    override_usage = "awscalc ondemand (--reads RATE | --writes RATE) [--previous-peak RATE]
       [--warm-reads RATE | --warm-writes RATE]",
    group = ArgGroup::new("traffic").required(true).args(["reads", "writes"])
)]
pub(crate) struct OnDemandArgs {
    /// Read requests per second (or /min, /h) the table is asked to serve
    #[arg(long, value_name = "RATE", allow_hyphen_values = true)]
    pub reads: Option<Rate>,

    /// Write requests per second (or /min, /h) the table is asked to serve
    #[arg(long, value_name = "RATE", allow_hyphen_values = true)]
    pub writes: Option<Rate>,

    /// The table's previous peak of the same traffic; without it, a new table
    #[arg(long, value_name = "RATE", allow_hyphen_values = true)]
    pub previous_peak: Option<Rate>,

    /// The table's warm throughput for reads (DescribeTable's WarmThroughput, or what it was
    /// pre-warmed to), in read units per second; since 2024-11-13
    #[arg(
        long,
        value_name = "RATE",
        allow_hyphen_values = true,
        conflicts_with = "writes"
    )]
    pub warm_reads: Option<Rate>,

    /// The table's warm throughput for writes, in write units per second; since 2024-11-13
    #[arg(
        long,
        value_name = "RATE",
        allow_hyphen_values = true,
        conflicts_with = "reads"
    )]
    pub warm_writes: Option<Rate>,
}

impl OnDemandArgs {
    /// The typed request.
    ///
    /// # Errors
    /// Neither `--reads` nor `--writes` (clap's required group prevents it).
    pub(crate) fn request(&self) -> Result<OnDemandRequest, Error> {
        let (traffic, rate) = match (&self.reads, &self.writes) {
            (Some(rate), _) => (Traffic::Reads, rate),
            (None, Some(rate)) => (Traffic::Writes, rate),
            (None, None) => {
                return Err(Error::Conflict {
                    message: "`awscalc ondemand` needs --reads RATE or --writes RATE".into(),
                })
            }
        };
        Ok(OnDemandRequest {
            traffic,
            rate: rate.clone(),
            previous_peak: self.previous_peak.clone(),
            warm: match traffic {
                Traffic::Reads => self.warm_reads.clone(),
                Traffic::Writes => self.warm_writes.clone(),
            },
        })
    }
}

pub(super) const MODES_EXAMPLES: &str = "\
A table may switch from provisioned to on-demand mode 4 times in a rolling 24 hours since
2025-08-12 (once before); its provisioned capacity may be decreased up to 27 times a UTC day
(4 at the start, then one more each hour). Increases and switches back are not limited
(Constraints.html, ServiceQuotas.html).

With --reads or --writes, a workload priced in both modes from your prices (awscalc holds
none): provisioned units (4 KB reads, 1 KB writes, at your auto scaling target, 20% to 90%)
× hours × price per unit-hour, against request units × price per million. --hours defaults
to 720 (30 days). See docs/dynamodb.md.

Examples:
  awscalc modes --switches 3                         yes: 3 switches within 4
  awscalc modes --switches 2 --as-of 2025-01-01      no: 2 switches over 1
  awscalc modes --switches 1 --decreases 30          no: 30 decreases over 27
  awscalc modes --writes 20 --size 6 --price-wcu-hour 0.00065 --price-per-million-writes 0.625
                                                     provisioned: 56.16 against 194.4 on demand
  awscalc modes --reads 1/min --size 1 --price-rcu-hour 0.00013 --price-per-million-reads 0.125
                                                     on-demand: 0.0027 against 0.0936 provisioned";

/// What `--expect` recognises for `modes`.
pub(super) const MODES_EXPECT: &str = "Compare the answer (yes when every planned change fits \
its quota, else no; with --reads or --writes, the cheaper mode: provisioned, on-demand or \
either) with VALUE: exit 0 on a match, 1 on a mismatch, with a hint naming the AWS values \
before a dated change";

/// `modes`' usage line: its two forms.
const MODES_USAGE: &str = "\
awscalc modes [--switches N] [--decreases N]   (at least one)
       awscalc modes (--reads RATE | --writes RATE)... --size SIZE [--strong | --transactional]
             [--price-rcu-hour P --price-per-million-reads P] [--price-wcu-hour P
             --price-per-million-writes P] [--hours N] [--utilization PERCENT]";

/// DynamoDB capacity modes: mode switches and decreases against the quotas, or a workload's
/// cost in each mode
#[derive(Debug, Args)]
#[group(skip)]
#[command(
    after_help = MODES_EXAMPLES,
    override_usage = MODES_USAGE,
    group = ArgGroup::new("plan").required(true).multiple(true)
        .args(["switches", "decreases", "reads", "writes"]),
    group = ArgGroup::new("traffic").multiple(true).args(["reads", "writes"])
)]
pub(crate) struct ModesArgs {
    /// Switches from provisioned to on-demand mode planned within 24 hours
    #[arg(long, value_name = "N", value_parser = parse_changes, allow_hyphen_values = true)]
    pub switches: Option<u64>,

    /// Decreases of a table's provisioned capacity planned within one UTC day
    #[arg(long, value_name = "N", value_parser = parse_changes, allow_hyphen_values = true)]
    pub decreases: Option<u64>,

    #[command(flatten)]
    pub cost: CostArgs,
}

/// The workload and prices of `modes`' cost form.
#[derive(Debug, Args)]
#[group(skip)]
pub(crate) struct CostArgs {
    /// Read requests per second (or /min, /h) to price in both modes
    #[arg(
        long,
        value_name = "RATE",
        allow_hyphen_values = true,
        conflicts_with_all = ["switches", "decreases"],
        requires_all = ["size", "price_rcu_hour", "price_per_million_reads"]
    )]
    pub reads: Option<Rate>,

    /// Write requests per second (or /min, /h) to price in both modes
    #[arg(
        long,
        value_name = "RATE",
        allow_hyphen_values = true,
        conflicts_with_all = ["switches", "decreases"],
        requires_all = ["size", "price_wcu_hour", "price_per_million_writes"]
    )]
    pub writes: Option<Rate>,

    /// The item size each read or write touches; a bare number is KB
    #[arg(
        long,
        value_name = "SIZE",
        allow_hyphen_values = true,
        conflicts_with_all = ["switches", "decreases"]
    )]
    pub size: Option<Size>,

    /// Strongly consistent reads: 1 unit per 4 KB (eventually consistent, 0.5, by default)
    #[arg(long, conflicts_with_all = ["transactional", "switches", "decreases"])]
    pub strong: bool,

    /// Transactional reads and writes: 2 units per 4 KB read or 1 KB write
    #[arg(long, conflicts_with_all = ["switches", "decreases"])]
    pub transactional: bool,

    /// Your price of one read capacity unit (RCU) for an hour, provisioned
    #[arg(
        long,
        value_name = "PRICE",
        allow_hyphen_values = true,
        requires = "reads"
    )]
    pub price_rcu_hour: Option<Price>,

    /// Your price of one write capacity unit (WCU) for an hour, provisioned
    #[arg(
        long,
        value_name = "PRICE",
        allow_hyphen_values = true,
        requires = "writes"
    )]
    pub price_wcu_hour: Option<Price>,

    /// Your price of one million read request units (RRU), on demand
    #[arg(
        long,
        value_name = "PRICE",
        allow_hyphen_values = true,
        requires = "reads"
    )]
    pub price_per_million_reads: Option<Price>,

    /// Your price of one million write request units (WRU), on demand
    #[arg(
        long,
        value_name = "PRICE",
        allow_hyphen_values = true,
        requires = "writes"
    )]
    pub price_per_million_writes: Option<Price>,

    /// Hours priced (default 720, 30 days)
    #[arg(long, value_name = "N", value_parser = parse_hours, conflicts_with_all = ["switches", "decreases"])]
    pub hours: Option<u64>,

    /// Your auto scaling target utilization (20% to 90%) the provisioned units are sized
    /// for; without it, exactly the units consumed
    #[arg(
        long,
        value_name = "PERCENT",
        allow_hyphen_values = true,
        conflicts_with_all = ["switches", "decreases"]
    )]
    pub utilization: Option<Utilization>,
}

/// A whole number of hours, 1 to 10^7.
fn parse_hours(text: &str) -> Result<u64, Error> {
    awscalc::units::Whole {
        what: "hours",
        min: 1,
        max: 10_000_000,
        unit: " hours",
    }
    .parse(text)
    .map(|n| u64::try_from(n).unwrap_or(10_000_000))
}

/// A count of changes: 0 or a whole number.
fn parse_changes(text: &str) -> Result<u64, Error> {
    if text.trim() == "0" {
        return Ok(0);
    }
    awscalc::units::parse_whole(text, "count of changes", super::MAX_COUNT).map_err(|_| {
        Error::Invalid {
            what: "count of changes",
            input: text.trim().to_string(),
            reason: "it is not a whole number of changes".into(),
            expected: "0 or a whole number up to 1,000,000,000,000".into(),
        }
    })
}

impl ModesArgs {
    /// The question: a plan of changes, or a workload to price.
    ///
    /// # Errors
    /// A side of the workload without its prices (clap's requirements prevent it).
    pub(crate) fn question(&self) -> Result<Question, Error> {
        let cost = &self.cost;
        if cost.strong && cost.reads.is_none() {
            return Err(Error::Conflict {
                message: "--strong is the reads' consistency: give --reads RATE with it".into(),
            });
        }
        if cost.reads.is_none() && cost.writes.is_none() {
            return Ok(Question::Modes(ModesRequest {
                switches: self.switches,
                decreases: self.decreases,
            }));
        }
        let side = |rate: &Option<Rate>, hour: &Option<Price>, million: &Option<Price>| match (
            rate, hour, million,
        ) {
            (None, _, _) => Ok(None),
            (Some(rate), Some(hour), Some(million)) => Ok(Some(CostTraffic {
                rate: rate.clone(),
                price_unit_hour: hour.clone(),
                price_per_million: million.clone(),
            })),
            (Some(_), _, _) => Err(Error::Conflict {
                message: "each of --reads and --writes needs its two prices".into(),
            }),
        };
        Ok(Question::ModeCost(Box::new(ModeCostRequest {
            size: cost.size.clone().ok_or_else(|| Error::Conflict {
                message: "`awscalc modes --reads/--writes` needs --size SIZE".into(),
            })?,
            reads: side(
                &cost.reads,
                &cost.price_rcu_hour,
                &cost.price_per_million_reads,
            )?,
            writes: side(
                &cost.writes,
                &cost.price_wcu_hour,
                &cost.price_per_million_writes,
            )?,
            consistency: if cost.transactional {
                Some(ReadConsistency::Transactional)
            } else if cost.strong {
                Some(ReadConsistency::Strong)
            } else {
                None
            },
            write_mode: if cost.transactional {
                WriteMode::Transactional
            } else {
                WriteMode::Standard
            },
            hours: cost.hours,
            utilization: cost.utilization.clone(),
        })))
    }
}
