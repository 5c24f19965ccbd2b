//! DynamoDB read and write capacity: RCU, WCU, and their on-demand request units.
//!
//! The rules, from <https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html>:
//!
//! 1. The item size is rounded up to the next 4 KB (reads) or 1 KB (writes); KB is
//!    1,024 bytes.
//! 2. Reads: ×0.5 eventually consistent (the default), ×1 strongly consistent, ×2
//!    transactional. Writes: ×1 standard, ×2 transactional.
//! 3. × the request rate; the figure to provision is rounded up to a whole unit at the
//!    end, minimum 1.
//!
//! Query and Scan sum the sizes of the items read and round up once per 1 MB page;
//! BatchGetItem, BatchWriteItem and the transaction APIs round each item separately.
//!
//! The calculators here return typed results ([`Capacity`], [`ReadingAnswer`],
//! [`Problem`]); the English report is built from them by
//! [`crate::explain::dynamodb`].

use rust_decimal::Decimal;
use serde::Serialize;

use crate::error::Error;
use crate::facts::dynamodb as fact;
use crate::facts::{FactBook, FactId};
use crate::steps::{Expr, Rounding, Step, Unit};
use crate::units::{ceil_div, floor_div, KbConvention, Rate, Size, SizeUnit};

pub mod capacity;
pub mod cost;
pub mod index;
pub mod item;
pub mod modes;
pub mod ondemand;
#[cfg(test)]
mod tests;

/// How a read is served.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadConsistency {
    /// Eventually consistent: half a unit per 4 KB. DynamoDB's default.
    Eventual,
    /// Strongly consistent: one unit per 4 KB.
    Strong,
    /// Inside TransactGetItems: two units per 4 KB.
    Transactional,
}

/// How a write is made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteMode {
    /// PutItem, UpdateItem, DeleteItem, BatchWriteItem: one unit per 1 KB.
    Standard,
    /// Inside TransactWriteItems: two units per 1 KB.
    Transactional,
}

/// The items one request touches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Items {
    /// One item (GetItem, PutItem, UpdateItem, DeleteItem).
    Single(Size),
    /// A Query or Scan over `count` items of `size` each: sizes are summed, then
    /// rounded up once per 1 MB page.
    Query {
        /// Items read (for Scan: evaluated).
        count: u64,
        /// Size of each.
        size: Size,
    },
    /// A Query or Scan given by the total size it reads.
    QueryTotal(Size),
    /// A batch (BatchGetItem, BatchWriteItem; TransactGetItems, TransactWriteItems when
    /// transactional): each item is rounded up separately.
    Batch(Vec<Size>),
    /// One item given by its JSON (`--item FILE`): sized by [`item::item_size`], then
    /// read or written as [`Items::Single`] of that many bytes.
    Item(Box<item::ItemInput>),
}

impl Items {
    /// These items with an item given by its JSON replaced by its size in bytes, and that
    /// size with each attribute's; the items as they are otherwise.
    ///
    /// # Errors
    /// As [`item::parse_item`] and [`item::item_size`].
    pub fn sized(
        &self,
        book: &mut FactBook,
    ) -> Result<(std::borrow::Cow<'_, Items>, Option<item::ItemSize>), Error> {
        use std::borrow::Cow;
        match self {
            Items::Item(input) => {
                let parsed = item::parse_item(&input.text, &input.source)?;
                let size = item::item_size(&parsed, book)?;
                Ok((
                    Cow::Owned(Items::Single(Size::from_bytes(size.bytes))),
                    Some(size),
                ))
            }
            items => Ok((Cow::Borrowed(items), None)),
        }
    }
}

/// An error for an item given by its JSON where only its size can stand: the calculators
/// size it first ([`Items::sized`]).
fn unsized_item() -> Error {
    Problem::ItemNotSized.into()
}

/// What the capacity is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Demand {
    /// Requests at this rate: how many units to provision.
    Rate(Rate),
    /// This many provisioned units: how many requests per second they sustain.
    Units {
        /// The units as typed.
        text: String,
        /// The units.
        units: Decimal,
    },
    /// Nothing given: one request per second.
    OnePerSecond,
}

/// A read capacity question: `awscalc rcu`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadRequest {
    /// What each read touches.
    pub items: Items,
    /// The consistency; `None` means DynamoDB's default, eventual, and says so.
    pub consistency: Option<ReadConsistency>,
    /// Rate or units.
    pub demand: Demand,
}

/// A write capacity question: `awscalc wcu`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WriteRequest {
    /// What each write touches (`Single` or `Batch`).
    pub items: Items,
    /// Standard or transactional.
    pub mode: WriteMode,
    /// Rate or units.
    pub demand: Demand,
    /// The secondary indexes each write touches (`--gsi`, `--lsi`); none for the table
    /// alone. See [`index::indexed_write_capacity`].
    pub indexes: Vec<index::IndexWrite>,
    /// The size of the item collection the writes go to (`--collection`, with `--lsi`):
    /// checked against the limit of a table with local secondary indexes.
    pub collection: Option<Size>,
}

/// Reads or writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Operation {
    /// Read capacity: RCU, RRU.
    Read,
    /// Write capacity: WCU, WRU.
    Write,
}

/// The per-unit multiplier: one of the consistency modes or write modes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Factor {
    /// Eventually consistent reads: ×0.5.
    Eventual,
    /// Strongly consistent reads: ×1.
    Strong,
    /// Standard writes: ×1.
    Standard,
    /// Transactional reads or writes: ×2.
    Transactional,
}

impl Factor {
    /// The fact that holds this factor.
    #[must_use]
    pub fn fact(self) -> FactId {
        match self {
            Factor::Eventual => fact::EVENTUAL_READ_FACTOR,
            Factor::Strong => fact::STRONG_READ_FACTOR,
            Factor::Standard => fact::STANDARD_WRITE_FACTOR,
            Factor::Transactional => fact::TRANSACTIONAL_FACTOR,
        }
    }

    /// The factors an operation can have.
    #[must_use]
    pub fn choices(operation: Operation) -> &'static [Factor] {
        match operation {
            Operation::Read => &[Factor::Eventual, Factor::Strong, Factor::Transactional],
            Operation::Write => &[Factor::Standard, Factor::Transactional],
        }
    }
}

/// The DynamoDB API a batch goes through.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Api {
    /// Batch reads.
    BatchGetItem,
    /// Batch writes.
    BatchWriteItem,
    /// Transactional reads.
    TransactGetItems,
    /// Transactional writes.
    TransactWriteItems,
}

impl Api {
    /// The API for a batch of `operation` with `factor`.
    #[must_use]
    pub fn for_batch(operation: Operation, factor: Factor) -> Api {
        match (operation, factor == Factor::Transactional) {
            (Operation::Read, false) => Api::BatchGetItem,
            (Operation::Read, true) => Api::TransactGetItems,
            (Operation::Write, false) => Api::BatchWriteItem,
            (Operation::Write, true) => Api::TransactWriteItems,
        }
    }

    /// Its name in AWS's API reference.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Api::BatchGetItem => "BatchGetItem",
            Api::BatchWriteItem => "BatchWriteItem",
            Api::TransactGetItems => "TransactGetItems",
            Api::TransactWriteItems => "TransactWriteItems",
        }
    }
}

/// Why a capacity question has no answer: a DynamoDB rule it breaks. The words are
/// [`crate::explain::dynamodb`]'s.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// A transaction asked for on a date before DynamoDB had them.
    TransactionsNotYet {
        /// Reads or writes.
        operation: Operation,
        /// The question's date.
        as_of: jiff::civil::Date,
        /// The day they came, where the registry knows it.
        since: Option<jiff::civil::Date>,
    },
    /// An item over DynamoDB's maximum item size.
    ItemTooLarge {
        /// The size as typed.
        given: String,
        /// Its bytes.
        bytes: Decimal,
        /// The maximum, in bytes.
        max_bytes: Decimal,
        /// Bytes in DynamoDB's KB.
        kb_bytes: Decimal,
    },
    /// `--batch` with no sizes.
    EmptyBatch,
    /// More items than the batch API takes.
    TooManyItems {
        /// The API.
        api: Api,
        /// Its item limit on the question's date.
        max_items: Decimal,
        /// The question's date.
        as_of: jiff::civil::Date,
        /// Items given.
        given: usize,
        /// Requests they need.
        requests: Decimal,
    },
    /// A batch over the API's total size.
    BatchTooLarge {
        /// The API.
        api: Api,
        /// Its size limit in bytes.
        max_bytes: Decimal,
        /// The items' total in bytes.
        total: Decimal,
    },
    /// A transactional Query or Scan.
    TransactionalQuery,
    /// A Query or Scan asked of `wcu`.
    WriteQuery,
    /// A strongly consistent read of a global secondary index (`rcu --gsi --strong`).
    StrongGsiRead,
    /// A global secondary index read by an API that reads a table's items by primary key
    /// (`rcu --gsi --batch` or `--transactional`).
    GsiReadByKey {
        /// The API asked for.
        api: Api,
    },
    /// An item given by its JSON reaching a calculator before it was sized
    /// ([`Items::sized`]): a defect of the caller.
    ItemNotSized,
    /// `modes` with prices but neither reads nor writes to price.
    NoTraffic,
    /// `modes` with neither mode switches nor capacity decreases to check.
    NoPlan,
    /// Index writes asked as provisioned units (`--units`), which only a table's question
    /// takes.
    IndexOfUnits {
        /// The units as typed.
        units: String,
    },
    /// Index writes of a batch instead of one item.
    IndexOfBatch,
    /// Index writes inside a transaction, whose index cost AWS does not document.
    IndexInTransaction,
    /// The item collection limit asked of a table without a local secondary index.
    CollectionWithoutLsi,
    /// An index entry larger than the item it projects (`wcu --gsi 2kb` of a 1 KB item).
    IndexEntryLargerThanItem {
        /// The entry's size as typed.
        input: String,
        /// The entry's bytes.
        entry_bytes: Decimal,
        /// The item's bytes.
        item_bytes: Decimal,
    },
    /// An on-demand rate so far above what the table serves at once that its doublings
    /// cannot be counted (more than 64 doublings, or a growth factor of 1 or less in the
    /// registry).
    RateBeyondDoublings {
        /// The rate as typed.
        input: String,
    },
    /// An on-demand growth whose figures leave exact arithmetic.
    GrowthTooLarge,
    /// A target utilization outside DynamoDB auto scaling's range.
    UtilizationOutsideTarget {
        /// The utilization as typed.
        input: String,
        /// The lowest target, in %.
        min: Decimal,
        /// The highest target, in %.
        max: Decimal,
    },
    /// `burst --used` above `--units`.
    UsedAboveProvisioned {
        /// The used capacity, as a number.
        input: String,
        /// The provisioned units.
        provisioned: Decimal,
    },
    /// An item file whose JSON is not an object of attributes.
    ItemNotObject {
        /// The file, or `standard input`.
        source: String,
        /// What the JSON is instead.
        found: item::JsonKind,
    },
    /// An item file that is not JSON.
    ItemNotJson {
        /// The file, or `standard input`.
        source: String,
        /// Where the text stops being JSON: its line, counted from 1.
        line: usize,
        /// And column.
        column: usize,
        /// serde_json's reason, without its position.
        reason: String,
    },
    /// An item file whose JSON does not fit DynamoDB JSON or plain JSON at a path.
    ItemMisfit {
        /// The path (`n.N`); `None` for the top level.
        path: Option<String>,
        /// The file, or `standard input`.
        source: String,
        /// The line, counted from 1.
        line: usize,
        /// The column.
        column: usize,
        /// serde_json's reason (`invalid type: integer `12``).
        reason: String,
        /// What serde_json expected there, when it says.
        expected: Option<String>,
    },
    /// A DynamoDB JSON value that fits the shape but not DynamoDB's rules (a `B` that is
    /// not base64, an empty set).
    AttributeMisfit {
        /// The path: `tags.SS[1]`.
        path: String,
        /// The file, or `standard input`.
        source: String,
        /// What is wrong.
        fault: item::AttributeFault,
    },
    /// A DynamoDB number (an `N` attribute, or a number in a set) that is not a number.
    NotANumber {
        /// Where in the item: `n`, `tags.NS[2]`.
        path: String,
        /// The text, with control characters escaped.
        text: String,
    },
    /// A DynamoDB number of more significant digits than DynamoDB keeps.
    TooManyDigits {
        /// Where in the item.
        path: String,
        /// The text, with control characters escaped.
        text: String,
        /// Its significant digits.
        digits: u64,
        /// DynamoDB's maximum.
        max: u64,
    },
}

impl Problem {
    /// `aws_limit` for a limit broken, `conflict` for a combination that cannot be.
    #[must_use]
    pub fn kind(&self) -> &'static str {
        match self {
            Problem::ItemTooLarge { .. }
            | Problem::TooManyItems { .. }
            | Problem::BatchTooLarge { .. } => "aws_limit",
            Problem::TransactionsNotYet { .. }
            | Problem::EmptyBatch
            | Problem::TransactionalQuery
            | Problem::WriteQuery
            | Problem::StrongGsiRead
            | Problem::GsiReadByKey { .. }
            | Problem::ItemNotSized
            | Problem::NoTraffic
            | Problem::NoPlan
            | Problem::IndexOfUnits { .. }
            | Problem::IndexOfBatch
            | Problem::IndexInTransaction
            | Problem::CollectionWithoutLsi => "conflict",
            Problem::IndexEntryLargerThanItem { .. }
            | Problem::RateBeyondDoublings { .. }
            | Problem::GrowthTooLarge
            | Problem::UtilizationOutsideTarget { .. }
            | Problem::UsedAboveProvisioned { .. }
            | Problem::ItemNotObject { .. }
            | Problem::ItemNotJson { .. }
            | Problem::ItemMisfit { .. }
            | Problem::AttributeMisfit { .. }
            | Problem::NotANumber { .. }
            | Problem::TooManyDigits { .. } => "invalid",
        }
    }

    /// The value at fault, as typed, where the problem names one (the problems worded as
    /// input errors; a problem at a path in an item names none).
    #[must_use]
    pub fn value(&self) -> Option<&str> {
        match self {
            Problem::IndexEntryLargerThanItem { input, .. }
            | Problem::RateBeyondDoublings { input }
            | Problem::UtilizationOutsideTarget { input, .. }
            | Problem::UsedAboveProvisioned { input, .. } => Some(input),
            Problem::ItemNotObject { source, .. } | Problem::ItemNotJson { source, .. } => {
                Some(source)
            }
            Problem::GrowthTooLarge => Some(GROWTH),
            _ => None,
        }
    }
}

/// The value [`Problem::GrowthTooLarge`] names: no one input is at fault.
pub(crate) const GROWTH: &str = "the growth";

impl From<Problem> for Error {
    fn from(problem: Problem) -> Error {
        Error::DynamoDb(problem)
    }
}

/// What each step of a capacity derivation computes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum CapacityStep {
    /// One item's size rounded up to whole units of `unit_bytes`.
    RoundItem {
        /// Bytes per unit.
        unit_bytes: Decimal,
    },
    /// Each item of a Query rounded separately (a mistaken reading).
    EachItemRounded,
    /// A Query's item sizes summed, in bytes.
    SumSizes,
    /// The summed size rounded up once.
    RoundSumOnce {
        /// Bytes per unit.
        unit_bytes: Decimal,
    },
    /// Items that fit in one page.
    ItemsPerPage {
        /// Bytes per page.
        page_bytes: Decimal,
    },
    /// Pages, that is Query or Scan calls.
    Pages,
    /// Units for one full page.
    UnitsPerFullPage,
    /// Units for the last, partial page.
    UnitsLastPage,
    /// Units for all pages of one query.
    UnitsAllPages,
    /// Pages at least, for a query given by its total size.
    PagesAtLeast,
    /// A query's total size rounded up.
    RoundSummedSize {
        /// Bytes per unit.
        unit_bytes: Decimal,
    },
    /// A batch's sizes summed, then rounded once (a mistaken reading).
    SumThenRound {
        /// Bytes per unit.
        unit_bytes: Decimal,
    },
    /// Each item of a batch rounded, then added.
    RoundEachThenAdd {
        /// Bytes per unit.
        unit_bytes: Decimal,
    },
    /// × the consistency or write factor.
    Factor {
        /// Which.
        factor: Factor,
    },
    /// × the rate: units consumed per second.
    Consumed,
    /// Rounded up to whole units, at least the minimum.
    RoundUp {
        /// The smallest capacity that can be provisioned.
        min_units: Decimal,
    },
    /// Requests per second the provisioned units sustain.
    Sustained,
}

/// The answer: units to provision for a rate, or the rate provisioned units sustain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "form", rename_all = "snake_case")]
pub enum CapacityAnswer {
    /// Units to provision.
    Provision {
        /// RCU or WCU to provision, whole, at least the minimum.
        units: Decimal,
        /// Units one request consumes.
        units_per_request: Decimal,
        /// Units consumed per second, exactly.
        consumed_per_second: Decimal,
    },
    /// Requests per second that `provisioned` units sustain.
    Sustain {
        /// Requests per second, rounded down to 4 places.
        per_second: Decimal,
        /// Units one request consumes.
        units_per_request: Decimal,
        /// The units given.
        provisioned: Decimal,
    },
}

impl CapacityAnswer {
    /// The main number: units to provision, or requests per second.
    #[must_use]
    pub fn value(self) -> Decimal {
        match self {
            CapacityAnswer::Provision { units, .. } => units,
            CapacityAnswer::Sustain { per_second, .. } => per_second,
        }
    }

    /// The provisioned units: the answer, or the units given.
    #[must_use]
    pub fn provisioned(self) -> Decimal {
        match self {
            CapacityAnswer::Provision { units, .. } => units,
            CapacityAnswer::Sustain { provisioned, .. } => provisioned,
        }
    }

    /// Units one request consumes.
    #[must_use]
    pub fn units_per_request(self) -> Decimal {
        match self {
            CapacityAnswer::Provision {
                units_per_request, ..
            }
            | CapacityAnswer::Sustain {
                units_per_request, ..
            } => units_per_request,
        }
    }
}

/// Something about the answer worth saying: a quota it runs into, pages it takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "finding", rename_all = "snake_case")]
pub enum Finding {
    /// A query takes more than one page (call).
    ManyPages {
        /// Pages per query.
        pages: Decimal,
        /// Bytes per page.
        page_bytes: Decimal,
    },
    /// More than one partition serves.
    Partitions {
        /// Units provisioned.
        provisioned: Decimal,
        /// Most units one partition serves.
        partition_max: Decimal,
        /// Partitions needed at least.
        partitions: Decimal,
    },
    /// Over the default per-table quota (and maybe the per-account one).
    TableQuota {
        /// Units provisioned.
        provisioned: Decimal,
        /// The per-table quota.
        table_quota: Decimal,
        /// The per-account quota, where that is exceeded too.
        account_quota: Option<Decimal>,
    },
    /// On demand, over the per-table request-unit quota.
    OnDemandQuota {
        /// Request units per second.
        per_second: Decimal,
        /// The quota.
        quota: Decimal,
    },
    /// Faster than a new on-demand table serves at first.
    NewOnDemandTable {
        /// Requests per second a new table sustains.
        new_table: Decimal,
    },
}

/// A capacity question answered: `awscalc rcu` or `awscalc wcu`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Capacity {
    /// Reads or writes.
    pub operation: Operation,
    /// The consistency or write mode used.
    pub factor: Factor,
    /// The answer.
    pub answer: CapacityAnswer,
    /// Pages per query, for Query and Scan.
    pub pages: Option<Decimal>,
    /// Items per batch, for batches.
    pub items: Option<usize>,
    /// Partitions the provisioned units need at least.
    pub min_partitions: Decimal,
    /// What else the answer runs into, in the order worth saying it.
    pub findings: Vec<Finding>,
    /// The derivation.
    pub steps: Vec<Step<CapacityStep>>,
    /// Bytes one capacity unit covers: 4 KB for reads, 1 KB for writes.
    pub unit_bytes: Decimal,
    /// Bytes in DynamoDB's KB (for labels such as `4 KB units`).
    #[serde(skip)]
    pub kb_bytes: Decimal,
    /// The item's size, attribute by attribute, when it was given by its JSON.
    pub item: Option<item::ItemSize>,
}

/// One way of reading the question: the documented one, or a common mistake.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reading {
    /// The consistency or write mode.
    pub factor: Factor,
    /// How KB is read.
    pub kb: KbConvention,
    /// Round the other way: per item where AWS sums, summed where AWS rounds per item.
    pub other_rounding: bool,
    /// Use the other operation's unit size (1 KB for reads, 4 KB for writes).
    pub unit_swap: bool,
}

/// The answer under another reading of the question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReadingAnswer {
    /// The reading.
    pub reading: Reading,
    /// Its answer.
    pub value: Decimal,
}

/// The constants a reading needs, taken from the facts registry.
struct Constants {
    unit_bytes: Decimal,
    factor: Decimal,
    page_bytes: Decimal,
    /// The smallest capacity that can be provisioned.
    min_units: Decimal,
}

/// What one evaluation found.
struct Outcome {
    units_per_op: Decimal,
    answer: Decimal,
    consumed_per_second: Decimal,
    pages: Option<Decimal>,
}

/// Where a derivation's steps go: kept for the answer, dropped for other readings.
struct Trace(Option<Vec<Step<CapacityStep>>>);

impl Trace {
    fn push(&mut self, step: Step<CapacityStep>) -> Decimal {
        let value = step.value;
        if let Some(steps) = &mut self.0 {
            steps.push(step);
        }
        value
    }

    fn record(&mut self, what: CapacityStep, formula: Expr) -> Result<Decimal, Error> {
        Ok(self.push(Step::new(what, formula)?))
    }
}

/// A capacity question, whichever the operation.
struct Calculation<'a> {
    op: Operation,
    items: &'a Items,
    demand: &'a Demand,
}

/// The facts an operation reads.
struct Facts {
    unit: FactId,
    other_unit: FactId,
    partition: FactId,
    table_quota: FactId,
    account_quota: FactId,
    on_demand_quota: FactId,
    on_demand_new_table: FactId,
    batch: FactId,
}

const READ_FACTS: Facts = Facts {
    unit: fact::READ_UNIT_BYTES,
    other_unit: fact::WRITE_UNIT_BYTES,
    partition: fact::PARTITION_MAX_RCU,
    table_quota: fact::TABLE_QUOTA_RCU,
    account_quota: fact::ACCOUNT_QUOTA_RCU,
    on_demand_quota: fact::TABLE_QUOTA_RRU,
    on_demand_new_table: fact::ON_DEMAND_NEW_TABLE_READS,
    batch: fact::BATCH_GET_MAX_ITEMS,
};

const WRITE_FACTS: Facts = Facts {
    unit: fact::WRITE_UNIT_BYTES,
    other_unit: fact::READ_UNIT_BYTES,
    partition: fact::PARTITION_MAX_WCU,
    table_quota: fact::TABLE_QUOTA_WCU,
    account_quota: fact::ACCOUNT_QUOTA_WCU,
    on_demand_quota: fact::TABLE_QUOTA_WRU,
    on_demand_new_table: fact::ON_DEMAND_NEW_TABLE_WRITES,
    batch: fact::BATCH_WRITE_MAX_ITEMS,
};

impl Operation {
    fn facts(self) -> &'static Facts {
        match self {
            Operation::Read => &READ_FACTS,
            Operation::Write => &WRITE_FACTS,
        }
    }
}

impl ReadRequest {
    /// The factor this request uses: its consistency, eventual by default.
    #[must_use]
    pub fn factor(&self) -> Factor {
        match self.consistency.unwrap_or(ReadConsistency::Eventual) {
            ReadConsistency::Eventual => Factor::Eventual,
            ReadConsistency::Strong => Factor::Strong,
            ReadConsistency::Transactional => Factor::Transactional,
        }
    }
}

impl WriteRequest {
    /// The factor this request uses: its write mode.
    #[must_use]
    pub fn factor(&self) -> Factor {
        match self.mode {
            WriteMode::Standard => Factor::Standard,
            WriteMode::Transactional => Factor::Transactional,
        }
    }
}

/// `awscalc rcu`: the read capacity for `request`, with the facts in force in `book`.
///
/// ```
/// use awscalc::calc::dynamodb::{read_capacity, Demand, Items, ReadConsistency, ReadRequest};
/// use awscalc::facts::{FactBook, Registry};
///
/// // 5 KB items, strongly consistent, 100 per second: ceil(5 / 4) = 2 units × 100 = 200.
/// let request = ReadRequest {
///     items: Items::Single("5kb".parse().unwrap()),
///     consistency: Some(ReadConsistency::Strong),
///     demand: Demand::Rate("100".parse().unwrap()),
/// };
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 11, 30));
/// let capacity = read_capacity(&request, &mut book).unwrap();
/// assert_eq!(capacity.answer.value(), 200.into());
/// assert_eq!(capacity.answer.units_per_request(), 2.into());
///
/// // A 500 KB item is over DynamoDB's 400 KB maximum: refused, not rounded.
/// let too_big = ReadRequest { items: Items::Single("500kb".parse().unwrap()), ..request };
/// assert!(read_capacity(&too_big, &mut book).is_err());
/// ```
///
/// # Errors
/// Sizes over DynamoDB's limits, impossible combinations (a transactional Query),
/// features that did not exist on the book's date, or numbers too large to compute.
pub fn read_capacity(request: &ReadRequest, book: &mut FactBook) -> Result<Capacity, Error> {
    let (items, item) = request.items.sized(book)?;
    let mut capacity = Calculation {
        op: Operation::Read,
        items: &items,
        demand: &request.demand,
    }
    .run(request.factor(), book)?;
    capacity.item = item;
    Ok(capacity)
}

/// `awscalc wcu`: the write capacity for `request`, with the facts in force in `book`.
///
/// ```
/// use awscalc::calc::dynamodb::{write_capacity, Demand, Items, WriteMode, WriteRequest};
/// use awscalc::facts::{FactBook, Registry};
///
/// // 7 KB items written 10 times a second: 7 units each, 70 WCU.
/// let request = WriteRequest {
///     items: Items::Single("7kb".parse().unwrap()),
///     mode: WriteMode::Standard,
///     demand: Demand::Rate("10".parse().unwrap()),
///     indexes: Vec::new(),
///     collection: None,
/// };
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 11, 30));
/// assert_eq!(write_capacity(&request, &mut book).unwrap().answer.value(), 70.into());
/// ```
///
/// # Errors
/// As [`read_capacity`]; and a Query or Scan, which only reads.
pub fn write_capacity(request: &WriteRequest, book: &mut FactBook) -> Result<Capacity, Error> {
    if matches!(request.items, Items::Query { .. } | Items::QueryTotal(_)) {
        return Err(Problem::WriteQuery.into());
    }
    let (items, item) = request.items.sized(book)?;
    let mut capacity = Calculation {
        op: Operation::Write,
        items: &items,
        demand: &request.demand,
    }
    .run(request.factor(), book)?;
    capacity.item = item;
    Ok(capacity)
}

/// The answers of [`read_capacity`] under every other reading that differs in one to
/// four assumptions (consistency, KB as 1,000 bytes, rounding, the other unit size),
/// for `--expect` and `check`. Readings that cannot be computed are left out; the facts
/// they read are not recorded as used.
#[must_use]
pub fn read_readings(
    request: &ReadRequest,
    main_answer: Decimal,
    book: &FactBook,
) -> Vec<ReadingAnswer> {
    Calculation {
        op: Operation::Read,
        items: &request.items,
        demand: &request.demand,
    }
    .readings(request.factor(), main_answer, book)
}

/// As [`read_readings`], for [`write_capacity`].
#[must_use]
pub fn write_readings(
    request: &WriteRequest,
    main_answer: Decimal,
    book: &FactBook,
) -> Vec<ReadingAnswer> {
    Calculation {
        op: Operation::Write,
        items: &request.items,
        demand: &request.demand,
    }
    .readings(request.factor(), main_answer, book)
}

impl Calculation<'_> {
    fn run(&self, factor: Factor, book: &mut FactBook) -> Result<Capacity, Error> {
        let facts = self.op.facts();
        if factor == Factor::Transactional {
            if let Err(Error::NotYetAvailable { .. }) = book.value(factor.fact()) {
                let since = book
                    .fact(factor.fact())?
                    .history
                    .iter()
                    .find(|e| e.value.is_some())
                    .and_then(|e| e.since);
                return Err(Problem::TransactionsNotYet {
                    operation: self.op,
                    as_of: book.as_of(),
                    since,
                }
                .into());
            }
        }
        self.check_limits(factor, book)?;
        let reading = Reading {
            factor,
            kb: KbConvention::Binary,
            other_rounding: false,
            unit_swap: false,
        };
        let constants = Constants {
            unit_bytes: book.value(facts.unit)?,
            factor: book.value(factor.fact())?,
            page_bytes: if self.is_query() {
                book.value(fact::PAGE_BYTES)?
            } else {
                Decimal::ZERO
            },
            min_units: book.value(fact::MIN_PROVISIONED_UNITS)?,
        };
        let mut trace = Trace(Some(Vec::new()));
        let outcome = self.evaluate(reading, &constants, &mut trace)?;
        let steps = trace.0.unwrap_or_default();
        let answer = match self.demand {
            Demand::Units { units, .. } => CapacityAnswer::Sustain {
                per_second: outcome.answer,
                units_per_request: outcome.units_per_op,
                provisioned: *units,
            },
            _ => CapacityAnswer::Provision {
                units: outcome.answer,
                units_per_request: outcome.units_per_op,
                consumed_per_second: outcome.consumed_per_second,
            },
        };
        let provisioned = answer.provisioned();
        let partition_max = book.value(facts.partition)?;
        let min_partitions = ceil_div(provisioned, partition_max)?;
        let mut findings = Vec::new();
        if let Some(pages) = outcome.pages.filter(|p| *p > Decimal::ONE) {
            findings.push(Finding::ManyPages {
                pages,
                page_bytes: constants.page_bytes,
            });
        }
        if min_partitions > Decimal::ONE {
            findings.push(Finding::Partitions {
                provisioned,
                partition_max,
                partitions: min_partitions,
            });
        }
        self.quota_findings(&answer, &outcome, &mut findings, book)?;
        Ok(Capacity {
            operation: self.op,
            factor,
            answer,
            pages: outcome.pages,
            items: match self.items {
                Items::Batch(sizes) => Some(sizes.len()),
                _ => None,
            },
            min_partitions,
            findings,
            steps,
            unit_bytes: constants.unit_bytes,
            kb_bytes: book.value(fact::KB_BYTES)?,
            item: None,
        })
    }

    fn is_query(&self) -> bool {
        matches!(self.items, Items::Query { .. } | Items::QueryTotal(_))
    }

    /// Limits on sizes and counts that make the request impossible.
    fn check_limits(&self, factor: Factor, book: &mut FactBook) -> Result<(), Error> {
        let max_bytes = book.value(fact::MAX_ITEM_BYTES)?;
        let kb_bytes = book.value(fact::KB_BYTES)?;
        let check_item = |size: &Size| -> Result<Decimal, Error> {
            let bytes = size.bytes(SizeUnit::Kilo, KbConvention::Binary)?;
            if bytes > max_bytes {
                return Err(Problem::ItemTooLarge {
                    given: size.text().to_string(),
                    bytes,
                    max_bytes,
                    kb_bytes,
                }
                .into());
            }
            Ok(bytes)
        };
        match self.items {
            Items::Query { count: 0, .. } => {
                return Err(Error::NotPositive {
                    what: "items",
                    input: "0".into(),
                });
            }
            Items::Single(size) | Items::Query { size, .. } => {
                check_item(size)?;
            }
            Items::QueryTotal(size) => {
                size.bytes(SizeUnit::Kilo, KbConvention::Binary)?;
            }
            Items::Item(_) => return Err(unsized_item()),
            Items::Batch(sizes) => {
                let api = Api::for_batch(self.op, factor);
                let (count_fact, bytes_fact) = if factor == Factor::Transactional {
                    (fact::TRANSACT_MAX_ITEMS, fact::TRANSACT_MAX_BYTES)
                } else {
                    (self.op.facts().batch, fact::BATCH_MAX_BYTES)
                };
                let max_items = book.value(count_fact)?;
                let max_total = book.value(bytes_fact)?;
                if sizes.is_empty() {
                    return Err(Problem::EmptyBatch.into());
                }
                if Decimal::from(sizes.len()) > max_items {
                    return Err(Problem::TooManyItems {
                        api,
                        max_items,
                        as_of: book.as_of(),
                        given: sizes.len(),
                        requests: ceil_div(Decimal::from(sizes.len()), max_items)?,
                    }
                    .into());
                }
                let mut total = Decimal::ZERO;
                for size in sizes {
                    total = total
                        .checked_add(check_item(size)?)
                        .ok_or(Error::Overflow)?;
                }
                if total > max_total {
                    return Err(Problem::BatchTooLarge {
                        api,
                        max_bytes: max_total,
                        total,
                    }
                    .into());
                }
            }
        }
        if factor == Factor::Transactional && self.is_query() {
            return Err(Problem::TransactionalQuery.into());
        }
        Ok(())
    }

    /// The quotas the answer runs into.
    fn quota_findings(
        &self,
        answer: &CapacityAnswer,
        outcome: &Outcome,
        findings: &mut Vec<Finding>,
        book: &mut FactBook,
    ) -> Result<(), Error> {
        let facts = self.op.facts();
        let provisioned = answer.provisioned();
        let table_quota = book.value(facts.table_quota)?;
        if provisioned > table_quota {
            let account_quota = book.value(facts.account_quota)?;
            findings.push(Finding::TableQuota {
                provisioned,
                table_quota,
                account_quota: (provisioned > account_quota).then_some(account_quota),
            });
        }
        if let CapacityAnswer::Provision { .. } = answer {
            let quota = book.value(facts.on_demand_quota)?;
            if outcome.consumed_per_second > quota {
                findings.push(Finding::OnDemandQuota {
                    per_second: outcome.consumed_per_second,
                    quota,
                });
            }
            if let (Items::Single(_), Demand::Rate(rate)) = (self.items, self.demand) {
                let new_table = book.value(facts.on_demand_new_table)?;
                if rate.as_per_second() > new_table {
                    findings.push(Finding::NewOnDemandTable { new_table });
                }
            }
        }
        Ok(())
    }

    /// The calculation under one reading; `steps` receives the derivation.
    #[allow(clippy::too_many_lines)] // one derivation, read top to bottom
    fn evaluate(
        &self,
        reading: Reading,
        k: &Constants,
        trace: &mut Trace,
    ) -> Result<Outcome, Error> {
        let unit = k.unit_bytes;
        let bytes = |s: &Size| s.bytes(SizeUnit::Kilo, reading.kb);
        let b_of = |v: Decimal| Expr::quantity("item_bytes", v, Unit::Bytes);
        let unit_q = || Expr::quantity("unit_bytes", unit, Unit::Bytes);
        let mut pages = None;

        // Summed rounding of the whole throughput (a mistake for single items): handled
        // apart because it rounds after multiplying by the rate.
        if let (Items::Single(size), true) = (self.items, reading.other_rounding) {
            let b = bytes(size)?;
            return self.evaluate_summed_throughput(b, k);
        }

        let base_units = match self.items {
            Items::Item(_) => return Err(unsized_item()),
            Items::Single(size) => trace.record(
                CapacityStep::RoundItem { unit_bytes: unit },
                b_of(bytes(size)?).over(unit_q()).ceil(),
            )?,
            Items::Query { count, size } if reading.other_rounding => trace.record(
                CapacityStep::EachItemRounded,
                Expr::quantity("items", Decimal::from(*count), Unit::Items)
                    .times(b_of(bytes(size)?).over(unit_q()).ceil()),
            )?,
            Items::Query { count, size } => {
                let b = bytes(size)?;
                let count = Decimal::from(*count);
                let count_q = || Expr::quantity("items", count, Unit::Items);
                let per_page = floor_div(k.page_bytes, b)?.max(Decimal::ONE);
                let full_pages = floor_div(count, per_page)?;
                let rest = count - full_pages * per_page;
                let page_count = ceil_div(count, per_page)?;
                pages = Some(page_count);
                if page_count == Decimal::ONE {
                    let total = trace.record(CapacityStep::SumSizes, count_q().times(b_of(b)))?;
                    trace.record(
                        CapacityStep::RoundSumOnce { unit_bytes: unit },
                        Expr::quantity("total_bytes", total, Unit::Bytes)
                            .over(unit_q())
                            .ceil(),
                    )?
                } else {
                    let page_q = Expr::quantity("page_bytes", k.page_bytes, Unit::Bytes);
                    trace.push(
                        Step::new(
                            CapacityStep::ItemsPerPage {
                                page_bytes: k.page_bytes,
                            },
                            page_q.over(b_of(b)).floor(),
                        )?
                        .at_least(Decimal::ONE),
                    );
                    let per_page_q = || Expr::quantity("items_per_page", per_page, Unit::Items);
                    trace.record(CapacityStep::Pages, count_q().over(per_page_q()).ceil())?;
                    let per_full = trace.record(
                        CapacityStep::UnitsPerFullPage,
                        per_page_q().times(b_of(b)).over(unit_q()).ceil(),
                    )?;
                    let last = if rest.is_zero() {
                        Decimal::ZERO
                    } else {
                        trace.record(
                            CapacityStep::UnitsLastPage,
                            Expr::quantity("items_last_page", rest, Unit::Items)
                                .times(b_of(b))
                                .over(unit_q())
                                .ceil(),
                        )?
                    };
                    trace.record(
                        CapacityStep::UnitsAllPages,
                        Expr::sum(vec![
                            Expr::quantity("full_pages", full_pages, Unit::Pages)
                                .times(Expr::quantity("units_per_page", per_full, Unit::Units)),
                            Expr::quantity("units_last_page", last, Unit::Units),
                        ]),
                    )?
                }
            }
            Items::QueryTotal(size) => {
                let total = bytes(size)?;
                let total_q = || Expr::quantity("total_bytes", total, Unit::Bytes);
                let page_count = ceil_div(total, k.page_bytes)?;
                pages = Some(page_count);
                if page_count > Decimal::ONE {
                    trace.record(
                        CapacityStep::PagesAtLeast,
                        total_q()
                            .over(Expr::quantity("page_bytes", k.page_bytes, Unit::Bytes))
                            .ceil(),
                    )?;
                }
                trace.record(
                    CapacityStep::RoundSummedSize { unit_bytes: unit },
                    total_q().over(unit_q()).ceil(),
                )?
            }
            Items::Batch(sizes) if reading.other_rounding => {
                let mut total = Decimal::ZERO;
                for s in sizes {
                    total = total.checked_add(bytes(s)?).ok_or(Error::Overflow)?;
                }
                trace.record(
                    CapacityStep::SumThenRound { unit_bytes: unit },
                    Expr::quantity("total_bytes", total, Unit::Bytes)
                        .over(unit_q())
                        .ceil(),
                )?
            }
            Items::Batch(sizes) => {
                let mut each = Vec::with_capacity(sizes.len());
                for s in sizes {
                    let units = ceil_div(bytes(s)?, unit)?;
                    each.push(Expr::quantity("item_units", units, Unit::Units));
                }
                trace.record(
                    CapacityStep::RoundEachThenAdd { unit_bytes: unit },
                    Expr::sum(each),
                )?
            }
        };
        let per_op = trace.record(
            CapacityStep::Factor {
                factor: reading.factor,
            },
            Expr::quantity("units", base_units, Unit::Units).times(Expr::quantity(
                "factor",
                k.factor,
                Unit::Count,
            )),
        )?;
        let (answer, consumed) = self.apply_demand(per_op, k.min_units, trace)?;
        Ok(Outcome {
            units_per_op: per_op,
            answer,
            consumed_per_second: consumed,
            pages,
        })
    }

    /// Provisioned units for a rate, or requests per second for units.
    fn apply_demand(
        &self,
        per_op: Decimal,
        min_units: Decimal,
        trace: &mut Trace,
    ) -> Result<(Decimal, Decimal), Error> {
        let per_op_q = || Expr::quantity("units_per_request", per_op, Unit::Units);
        let result = match self.demand {
            Demand::Rate(rate) => {
                let count = Expr::quantity("requests", rate.count(), Unit::Count);
                let formula = if rate.per_seconds() == 1 {
                    per_op_q().times(count)
                } else {
                    per_op_q().times(count).over(Expr::quantity(
                        "seconds",
                        Decimal::from(rate.per_seconds()),
                        Unit::Seconds,
                    ))
                };
                let consumed = Step::rounded(CapacityStep::Consumed, formula, Rounding::Nearest6)?;
                let per_second = consumed.formula.eval()?;
                let round = Step::new(
                    CapacityStep::RoundUp { min_units },
                    Expr::earlier("consumed_per_second", &consumed).ceil(),
                )?
                .at_least(min_units);
                trace.push(consumed);
                let answer = round.value;
                trace.push(round);
                (answer, per_second)
            }
            Demand::OnePerSecond => {
                let round = Step::new(
                    CapacityStep::RoundUp { min_units },
                    per_op_q().times(Expr::number(Decimal::ONE)).ceil(),
                )?
                .at_least(min_units);
                let answer = round.value;
                trace.push(round);
                (answer, per_op)
            }
            Demand::Units { units, .. } => {
                let sustained = Step::rounded(
                    CapacityStep::Sustained,
                    Expr::quantity("provisioned", *units, Unit::Units).over(per_op_q()),
                    Rounding::Down4,
                )?;
                let per_second = sustained.value;
                trace.push(sustained);
                (per_second, *units)
            }
        };
        Ok(result)
    }

    /// The mistaken reading for single items: rate × size summed, rounded once.
    fn evaluate_summed_throughput(
        &self,
        item_bytes: Decimal,
        k: &Constants,
    ) -> Result<Outcome, Error> {
        let (unit, factor) = (k.unit_bytes, k.factor);
        match self.demand {
            Demand::Rate(rate) => {
                let throughput = rate
                    .count()
                    .checked_mul(item_bytes)
                    .ok_or(Error::Overflow)?;
                let per_second_units = ceil_div(
                    throughput,
                    unit.checked_mul(Decimal::from(rate.per_seconds()))
                        .ok_or(Error::Overflow)?,
                )?;
                let consumed = per_second_units
                    .checked_mul(factor)
                    .ok_or(Error::Overflow)?;
                Ok(Outcome {
                    units_per_op: item_bytes / unit * factor,
                    answer: consumed.ceil().max(k.min_units),
                    consumed_per_second: consumed,
                    pages: None,
                })
            }
            Demand::OnePerSecond => {
                let consumed = ceil_div(item_bytes, unit)? * factor;
                Ok(Outcome {
                    units_per_op: consumed,
                    answer: consumed.ceil().max(k.min_units),
                    consumed_per_second: consumed,
                    pages: None,
                })
            }
            Demand::Units { units, .. } => {
                let per_op = item_bytes / unit * factor;
                Ok(Outcome {
                    units_per_op: per_op,
                    answer: Rounding::Down4
                        .apply(units.checked_div(per_op).ok_or(Error::Overflow)?),
                    consumed_per_second: *units,
                    pages: None,
                })
            }
        }
    }

    /// Every other reading that differs in one to four ways, with its answer. A reading
    /// is kept when its answer differs from the main one, or when it differs in one way
    /// only (a neighbour that happens to agree).
    fn readings(
        &self,
        factor: Factor,
        main_answer: Decimal,
        book: &FactBook,
    ) -> Vec<ReadingAnswer> {
        let main = Reading {
            factor,
            kb: KbConvention::Binary,
            other_rounding: false,
            unit_swap: false,
        };
        let facts = self.op.facts();
        let ambiguous = match self.items {
            Items::Single(s) | Items::Query { size: s, .. } | Items::QueryTotal(s) => {
                s.is_ambiguous(SizeUnit::Kilo)
            }
            Items::Batch(sizes) => sizes.iter().any(|s| s.is_ambiguous(SizeUnit::Kilo)),
            Items::Item(_) => false,
        };
        let roundings: &[bool] = match self.items {
            Items::QueryTotal(_) | Items::Item(_) => &[false],
            Items::Batch(sizes) if sizes.len() < 2 => &[false],
            _ => &[false, true],
        };
        let kbs: &[KbConvention] = if ambiguous {
            &[KbConvention::Binary, KbConvention::Decimal]
        } else {
            &[KbConvention::Binary]
        };
        let (Some(unit), Some(other_unit), Some(page), Some(min_units)) = (
            book.peek(facts.unit),
            book.peek(facts.other_unit),
            book.peek(fact::PAGE_BYTES),
            book.peek(fact::MIN_PROVISIONED_UNITS),
        ) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for &factor in Factor::choices(self.op) {
            let Some(factor_value) = book.peek(factor.fact()) else {
                continue;
            };
            for &kb in kbs {
                for &other_rounding in roundings {
                    for unit_swap in [false, true] {
                        let reading = Reading {
                            factor,
                            kb,
                            other_rounding,
                            unit_swap,
                        };
                        if reading == main {
                            continue;
                        }
                        let constants = Constants {
                            unit_bytes: if unit_swap { other_unit } else { unit },
                            factor: factor_value,
                            page_bytes: page,
                            min_units,
                        };
                        let Ok(outcome) = self.evaluate(reading, &constants, &mut Trace(None))
                        else {
                            continue;
                        };
                        if outcome.answer != main_answer || reading.distance(main) == 1 {
                            out.push(ReadingAnswer {
                                reading,
                                value: outcome.answer,
                            });
                        }
                    }
                }
            }
        }
        out
    }
}

impl Reading {
    /// In how many assumptions this reading differs from `other`.
    #[must_use]
    pub fn distance(self, other: Reading) -> usize {
        usize::from(self.factor != other.factor)
            + usize::from(self.kb != other.kb)
            + usize::from(self.other_rounding != other.other_rounding)
            + usize::from(self.unit_swap != other.unit_swap)
    }
}
