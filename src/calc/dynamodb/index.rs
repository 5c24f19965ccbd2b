//! Writes to a table with secondary indexes: `awscalc wcu --gsi SIZE --lsi SIZE`.
//!
//! The rules, from "Provisioned throughput considerations for Global Secondary Indexes"
//! (<https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GSI.html>) and the
//! same section for local secondary indexes (LSI.html):
//!
//! 1. A table write that touches an index (adds an entry, or changes a projected
//!    attribute) costs one write on that index; one that changes the index's key
//!    attribute (A to B) costs two: a delete of the old entry and a put of the new one.
//! 2. An index write is sized by the index entry, that is the keys and the projected
//!    attributes, rounded up to the next 1 KB like any write.
//! 3. A global secondary index has its own write capacity; a local secondary index
//!    consumes the table's.
//!
//! An index the write does not touch costs nothing and is simply not listed.

use std::str::FromStr;

use rust_decimal::Decimal;
use serde::Serialize;

use crate::error::Error;
use crate::facts::dynamodb as fact;
use crate::facts::FactBook;
use crate::steps::{Expr, Step, Unit};
use crate::units::{KbConvention, Size, SizeUnit};

use super::{
    write_capacity, Api, Demand, Items, Operation, Problem, ReadConsistency, ReadRequest,
    WriteMode, WriteRequest,
};

/// Global or local secondary index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum IndexKind {
    /// A global secondary index: its own write capacity.
    Global,
    /// A local secondary index: the table's write capacity.
    Local,
}

/// One index a table write touches: `1kb`, or `500b:key-change`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexEntry {
    /// The index entry's size: keys plus projected attributes.
    pub size: Size,
    /// Whether the write changes the index's key attribute (a delete plus a put).
    pub key_change: bool,
}

/// The suffix that marks a key change.
const KEY_CHANGE: &str = ":key-change";

impl FromStr for IndexEntry {
    type Err = Error;

    /// `SIZE` or `SIZE:key-change`; the size as [`Size`] reads it (a bare number is KB).
    fn from_str(text: &str) -> Result<IndexEntry, Error> {
        let lower = text.trim().to_ascii_lowercase();
        let (size, key_change) = match lower.strip_suffix(KEY_CHANGE) {
            Some(size) => (size, true),
            None if lower.contains(':') => {
                return Err(Error::Invalid {
                    what: "index write",
                    input: text.to_string(),
                    reason: "the only word after `:` is `key-change`".into(),
                    expected: "SIZE or SIZE:key-change, such as `1kb` or `500b:key-change`".into(),
                })
            }
            None => (lower.as_str(), false),
        };
        let start = text.len() - text.trim_start().len();
        let original = &text[start..start + size.len()];
        Ok(IndexEntry {
            size: original.parse()?,
            key_change,
        })
    }
}

impl std::fmt::Display for IndexEntry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.size.text())?;
        if self.key_change {
            f.write_str(KEY_CHANGE)?;
        }
        Ok(())
    }
}

/// An index a table write touches, global or local.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexWrite {
    /// Global or local.
    pub kind: IndexKind,
    /// Its entry and whether its key changes.
    pub entry: IndexEntry,
}

/// What each step of an index derivation computes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum IndexStep {
    /// The index entry rounded up to whole 1 KB write units.
    RoundEntry {
        /// Which index: its number among the indexes of its kind.
        index: usize,
        /// Global or local.
        kind: IndexKind,
    },
    /// × the index writes per table write: 1, or 2 for a key change.
    Writes {
        /// Which index.
        index: usize,
        /// Global or local.
        kind: IndexKind,
        /// Whether the key changes.
        key_change: bool,
    },
    /// A global index's units × the rate, rounded up to whole WCU (at least the minimum).
    GlobalWcu {
        /// Which index.
        index: usize,
    },
    /// The table's units and its local indexes' units × the rate, rounded up.
    TableWithLocal,
    /// The table's WCU plus each global index's.
    Total,
    /// The item collection's limit in bytes.
    CollectionMax,
    /// Bytes each new item adds to its collection: the item plus its LSI entries.
    CollectionPerItem,
    /// Bytes left under the limit (negative when over).
    CollectionRoom,
    /// New items the collection still takes: the room left over the bytes per item.
    CollectionItemsLeft,
}

/// One index's share of a table write.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IndexCapacity {
    /// Global or local.
    pub kind: IndexKind,
    /// Its number, 1-based, among the indexes of its kind.
    pub number: usize,
    /// The entry's size in bytes.
    pub entry_bytes: Decimal,
    /// Index writes per table write: 1, or 2 for a key change.
    pub writes: Decimal,
    /// Write units per table write on this index.
    pub units_per_write: Decimal,
    /// WCU to provision on this index (global indexes only: a local index uses the
    /// table's).
    pub wcu: Option<Decimal>,
}

/// A table write with its index writes: `awscalc wcu --gsi … --lsi …`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IndexedWrite {
    /// The table's own write capacity, as `wcu` without indexes computes it.
    pub table: super::Capacity,
    /// The table's own write units per write.
    pub table_units_per_write: Decimal,
    /// Writes per second.
    pub per_second: Decimal,
    /// WCU to provision on the table, its local indexes' writes included.
    pub table_wcu: Decimal,
    /// Each index's share, in the order given (global ones first).
    pub indexes: Vec<IndexCapacity>,
    /// The table's WCU plus every global index's.
    pub total_wcu: Decimal,
    /// The item collection checked against its limit, where `--collection` was given.
    pub collection: Option<CollectionCheck>,
    /// The derivation of the index shares (the table's own is in `table`).
    pub steps: Vec<Step<IndexStep>>,
}

/// An item collection (the items of one partition key value, with their entries in every
/// local secondary index) against the limit of a table with local secondary indexes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CollectionCheck {
    /// The collection's size, in bytes.
    pub bytes: Decimal,
    /// The limit, in bytes.
    pub max_bytes: Decimal,
    /// Whether the collection is within the limit.
    pub fits: bool,
    /// Bytes each new item adds: the item and its entry in each local index.
    pub bytes_per_item: Decimal,
    /// New items of this size the collection still takes (0 when over).
    pub items_left: Decimal,
}

/// A common other reading of an indexed write, for `--expect`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum IndexReading {
    /// The index writes forgotten: the table's own WCU alone.
    TableOnly,
    /// A key change counted as one index write instead of a delete plus a put.
    KeyChangeOnce,
    /// Each index entry taken as the whole item (the projection ignored).
    WholeItem,
}

/// The rate of a request as writes per second, for index questions.
fn per_second(demand: &Demand) -> Result<Decimal, Error> {
    match demand {
        Demand::Rate(rate) => Ok(rate.as_per_second()),
        Demand::OnePerSecond => Ok(Decimal::ONE),
        Demand::Units { text, .. } => Err(Problem::IndexOfUnits {
            units: text.clone(),
        }
        .into()),
    }
}

/// The capacity a write takes on the table and on each index it touches.
///
/// ```
/// use awscalc::calc::dynamodb::index::{indexed_write_capacity, IndexEntry, IndexKind, IndexWrite};
/// use awscalc::calc::dynamodb::{Demand, Items, WriteMode, WriteRequest};
/// use awscalc::facts::{FactBook, Registry};
///
/// // 2 KB items written 100 times a second: 200 WCU on the table. A GSI projecting 1 KB
/// // takes 100 WCU; one whose key changes (500 bytes) takes a delete and a put: 200 WCU.
/// let gsi = |text: &str| IndexWrite { kind: IndexKind::Global, entry: text.parse().unwrap() };
/// let request = WriteRequest {
///     items: Items::Single("2kb".parse().unwrap()),
///     mode: WriteMode::Standard,
///     demand: Demand::Rate("100".parse().unwrap()),
///     indexes: vec![gsi("1kb"), gsi("500b:key-change")],
///     collection: None,
/// };
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 12, 1));
/// let answer = indexed_write_capacity(&request, &mut book).unwrap();
/// assert_eq!(answer.table_wcu, 200.into());
/// assert_eq!(answer.total_wcu, 500.into());
///
/// // An index entry larger than the item cannot be: refused.
/// let bigger = WriteRequest { indexes: vec![gsi("3kb")], ..request };
/// assert!(indexed_write_capacity(&bigger, &mut book).is_err());
/// ```
///
/// # Errors
/// As [`write_capacity`]; a transactional write, a batch or `--units` with indexes; an
/// index entry larger than the item.
pub fn indexed_write_capacity(
    request: &WriteRequest,
    book: &mut FactBook,
) -> Result<IndexedWrite, Error> {
    let table_request = WriteRequest {
        indexes: Vec::new(),
        ..request.clone()
    };
    let table = write_capacity(&table_request, book)?;
    evaluate(request, table, None, book)
}

/// The answer under `reading`, for `--expect`; `None` where it cannot be computed.
#[must_use]
pub fn indexed_reading(
    request: &WriteRequest,
    answer: &IndexedWrite,
    reading: IndexReading,
    book: &FactBook,
) -> Option<Decimal> {
    let mut book = book.on(book.as_of());
    match reading {
        IndexReading::TableOnly => Some(answer.table.answer.value()),
        _ => evaluate(request, answer.table.clone(), Some(reading), &mut book)
            .ok()
            .map(|w| w.total_wcu),
    }
}

/// The item's size in bytes, as the table write sized it.
fn item_bytes(request: &WriteRequest, table: &super::Capacity) -> Result<Decimal, Error> {
    if let Some(size) = &table.item {
        return Ok(Decimal::from(size.bytes));
    }
    match &request.items {
        Items::Single(size) => size.bytes(SizeUnit::Kilo, KbConvention::Binary),
        _ => Err(Problem::IndexOfBatch.into()),
    }
}

#[allow(clippy::too_many_lines, reason = "one derivation, step by step")]
fn evaluate(
    request: &WriteRequest,
    table: super::Capacity,
    reading: Option<IndexReading>,
    book: &mut FactBook,
) -> Result<IndexedWrite, Error> {
    if request.mode == WriteMode::Transactional {
        return Err(Problem::IndexInTransaction.into());
    }
    let per_second = per_second(&request.demand)?;
    let item = item_bytes(request, &table)?;
    let unit_bytes = book.value(fact::WRITE_UNIT_BYTES)?;
    let one_write = book.value(fact::INDEX_WRITES)?;
    let key_change_writes = book.value(fact::INDEX_KEY_CHANGE_WRITES)?;
    let min_units = book.value(fact::MIN_PROVISIONED_UNITS)?;
    let table_units = table.answer.units_per_request();
    let rate = || Expr::quantity("writes_per_second", per_second, Unit::PerSecond);

    let mut steps = Vec::new();
    let mut indexes = Vec::new();
    let mut local_units = Vec::new();
    let (mut globals, mut locals) = (0, 0);
    for index in &request.indexes {
        let given = index
            .entry
            .size
            .bytes(SizeUnit::Kilo, KbConvention::Binary)?;
        if given > item {
            return Err(Problem::IndexEntryLargerThanItem {
                input: index.entry.size.text().to_string(),
                entry_bytes: given,
                item_bytes: item,
            }
            .into());
        }
        let entry_bytes = if reading == Some(IndexReading::WholeItem) {
            item
        } else {
            given
        };
        let number = match index.kind {
            IndexKind::Global => {
                globals += 1;
                globals
            }
            IndexKind::Local => {
                locals += 1;
                locals
            }
        };
        let round = Step::new(
            IndexStep::RoundEntry {
                index: number,
                kind: index.kind,
            },
            Expr::quantity("entry_bytes", entry_bytes, Unit::Bytes)
                .over(Expr::quantity("unit_bytes", unit_bytes, Unit::Bytes))
                .ceil(),
        )?;
        let writes = if index.entry.key_change && reading != Some(IndexReading::KeyChangeOnce) {
            key_change_writes
        } else {
            one_write
        };
        let per_write = Step::new(
            IndexStep::Writes {
                index: number,
                kind: index.kind,
                key_change: index.entry.key_change,
            },
            Expr::earlier("entry_units", &round).times(Expr::quantity(
                "index_writes",
                writes,
                Unit::Count,
            )),
        )?;
        let units_per_write = per_write.value;
        let wcu = match index.kind {
            IndexKind::Global => {
                let wcu = Step::new(
                    IndexStep::GlobalWcu { index: number },
                    Expr::earlier("units_per_write", &per_write)
                        .times(rate())
                        .ceil(),
                )?
                .at_least(min_units);
                let value = wcu.value;
                steps.extend([round, per_write, wcu]);
                Some(value)
            }
            IndexKind::Local => {
                local_units.push(Expr::earlier("lsi_units", &per_write));
                steps.extend([round, per_write]);
                None
            }
        };
        indexes.push(IndexCapacity {
            kind: index.kind,
            number,
            entry_bytes,
            writes,
            units_per_write,
            wcu,
        });
    }
    let table_wcu = if local_units.is_empty() {
        table.answer.value()
    } else {
        let mut terms = vec![Expr::quantity("table_units", table_units, Unit::Units)];
        terms.extend(local_units);
        let step = Step::new(
            IndexStep::TableWithLocal,
            Expr::sum(terms).times(rate()).ceil(),
        )?
        .at_least(min_units);
        let value = step.value;
        steps.push(step);
        value
    };
    let mut terms = vec![Expr::quantity("table_wcu", table_wcu, Unit::Units)];
    terms.extend(
        indexes
            .iter()
            .filter_map(|i| i.wcu)
            .map(|wcu| Expr::quantity("gsi_wcu", wcu, Unit::Units)),
    );
    let total = Step::new(IndexStep::Total, Expr::sum(terms))?;
    let total_wcu = total.value;
    if indexes.iter().any(|i| i.kind == IndexKind::Global) {
        steps.push(total);
    }
    let collection = match &request.collection {
        Some(size) => Some(collection_check(size, item, &indexes, &mut steps, book)?),
        None => None,
    };
    Ok(IndexedWrite {
        collection,
        table_units_per_write: table_units,
        table,
        per_second,
        table_wcu,
        indexes,
        total_wcu,
        steps,
    })
}

/// The item collection against its limit: [`IndexStep::CollectionMax`] and the items left.
fn collection_check(
    size: &Size,
    item: Decimal,
    indexes: &[IndexCapacity],
    steps: &mut Vec<Step<IndexStep>>,
    book: &mut FactBook,
) -> Result<CollectionCheck, Error> {
    if !indexes.iter().any(|i| i.kind == IndexKind::Local) {
        return Err(Problem::CollectionWithoutLsi.into());
    }
    let bytes = size.bytes(SizeUnit::Giga, KbConvention::Binary)?;
    let max_gb = book.value(fact::ITEM_COLLECTION_MAX_GB)?;
    let kb = book.value(fact::KB_BYTES)?;
    let kb_q = || Expr::quantity("kb_bytes", kb, Unit::Bytes);
    let max = Step::new(
        IndexStep::CollectionMax,
        Expr::quantity("max_gb", max_gb, Unit::Count)
            .times(kb_q())
            .times(kb_q())
            .times(kb_q()),
    )?;
    let mut terms = vec![Expr::quantity("item_bytes", item, Unit::Bytes)];
    terms.extend(
        indexes
            .iter()
            .filter(|i| i.kind == IndexKind::Local)
            .map(|i| Expr::quantity("lsi_entry_bytes", i.entry_bytes, Unit::Bytes)),
    );
    let per_item = Step::new(IndexStep::CollectionPerItem, Expr::sum(terms))?;
    let fits = bytes <= max.value;
    let room = Step::new(
        IndexStep::CollectionRoom,
        Expr::earlier("max_bytes", &max).minus(Expr::quantity(
            "collection_bytes",
            bytes,
            Unit::Bytes,
        )),
    )?;
    let left = Step::new(
        IndexStep::CollectionItemsLeft,
        Expr::max(vec![
            Expr::earlier("room_bytes", &room)
                .over(Expr::earlier("bytes_per_item", &per_item))
                .floor(),
            Expr::number(Decimal::ZERO),
        ]),
    )?;
    let check = CollectionCheck {
        bytes,
        max_bytes: max.value,
        fits,
        bytes_per_item: per_item.value,
        items_left: left.value.max(Decimal::ZERO),
    };
    steps.extend([max, per_item, room, left]);
    Ok(check)
}

#[cfg(test)]
mod tests {
    //! Worked examples of the index write rules of "Provisioned throughput considerations
    //! for Global Secondary Indexes" (GSI.html, "Write capacity units") and LSI.html, each
    //! derived by hand from the rule the test names.
    use super::*;
    use crate::facts::Registry;

    fn book() -> FactBook {
        FactBook::new(Registry::builtin(), jiff::civil::date(2026, 12, 1))
    }

    fn request(size: &str, rate: &str, gsi: &[&str], lsi: &[&str]) -> WriteRequest {
        let index = |kind, text: &&str| IndexWrite {
            kind,
            entry: text.parse().unwrap(),
        };
        WriteRequest {
            items: Items::Single(size.parse().unwrap()),
            mode: WriteMode::Standard,
            demand: Demand::Rate(rate.parse().unwrap()),
            indexes: gsi
                .iter()
                .map(|t| index(IndexKind::Global, t))
                .chain(lsi.iter().map(|t| index(IndexKind::Local, t)))
                .collect(),
            collection: None,
        }
    }

    fn answer(request: &WriteRequest) -> IndexedWrite {
        indexed_write_capacity(request, &mut book()).unwrap()
    }

    #[test]
    fn a_new_item_costs_one_write_on_each_gsi_it_lands_in() {
        // GSI.html: writing a new item that defines an indexed attribute takes one write to
        // put it into the index. 2 KB item: ceil(2,048 / 1,024) = 2 WCU on the table; the
        // 1 KB entry: 1 WCU on the GSI; 3 in all at one write a second.
        let a = answer(&request("2kb", "1", &["1kb"], &[]));
        assert_eq!(a.table_wcu, Decimal::from(2));
        assert_eq!(a.indexes[0].wcu, Some(Decimal::ONE));
        assert_eq!(a.total_wcu, Decimal::from(3));
    }

    #[test]
    fn a_key_change_costs_two_index_writes_a_delete_and_a_put() {
        // GSI.html: "If an update to the table changes the value of an indexed key attribute
        // (from A to B), two writes are required". 500 bytes: 1 unit, × 2 = 2 per write;
        // at 100 writes a second: 200 WCU on the GSI, 200 on the table (2 KB), 100 on the
        // 1 KB GSI: 500 in all.
        let a = answer(&request("2kb", "100", &["1kb", "500b:key-change"], &[]));
        assert_eq!(a.indexes[1].writes, Decimal::from(2));
        assert_eq!(a.indexes[1].wcu, Some(Decimal::from(200)));
        assert_eq!(a.total_wcu, Decimal::from(500));
    }

    #[test]
    fn an_index_entry_is_rounded_up_to_1kb_on_its_own() {
        // A write unit covers 1 KB (read-write-operations.html); the entry is sized by its
        // projection: 1.2 KB = 1,228.8 bytes, ceil(1,228.8 / 1,024) = 2 units, while the
        // 3.5 KB item takes ceil(3,584 / 1,024) = 4. At 10 a second: 40 + 20 = 60 WCU.
        let a = answer(&request("3.5kb", "10", &["1.2kb"], &[]));
        assert_eq!(a.table_wcu, Decimal::from(40));
        assert_eq!(a.indexes[0].units_per_write, Decimal::from(2));
        assert_eq!(a.total_wcu, Decimal::from(60));
    }

    #[test]
    fn lsi_writes_use_the_table_capacity() {
        // LSI.html: a local index consumes the table's write capacity. 2 KB item (2 units)
        // plus a 1 KB LSI entry (1 unit) = 3 units per write, × 100 = 300 WCU on the table,
        // and no index of its own to provision.
        let a = answer(&request("2kb", "100", &[], &["1kb"]));
        assert!(a.collection.is_none());
        assert_eq!(a.table_wcu, Decimal::from(300));
        assert_eq!(a.indexes[0].wcu, None);
        assert_eq!(a.total_wcu, Decimal::from(300));
    }

    #[test]
    fn the_table_and_its_lsis_round_up_once_at_least_one_unit() {
        // 1 KB item and 1 KB LSI entry at 1 a minute: (1 + 1) × 1/60 = 0.0333 units a
        // second, rounded up once: 1 WCU (ServiceQuotas.html: at least 1). The GSI: 1.
        let a = answer(&request("1kb", "1/min", &["1kb"], &["1kb"]));
        assert_eq!(a.table_wcu, Decimal::ONE);
        assert_eq!(a.indexes[0].wcu, Some(Decimal::ONE));
        assert_eq!(a.total_wcu, Decimal::from(2));
    }

    #[test]
    fn other_readings_give_the_common_mistakes() {
        // The 500 WCU example above: the table alone is 200; the key change as one write
        // gives 200 + 100 + 100 = 400; entries as the whole 2 KB item give
        // 200 + 2 × 100 + 2 × 2 × 100 = 800.
        let r = request("2kb", "100", &["1kb", "500b:key-change"], &[]);
        let a = answer(&r);
        let b = book();
        let reading = |x| indexed_reading(&r, &a, x, &b);
        assert_eq!(reading(IndexReading::TableOnly), Some(Decimal::from(200)));
        assert_eq!(
            reading(IndexReading::KeyChangeOnce),
            Some(Decimal::from(400))
        );
        assert_eq!(reading(IndexReading::WholeItem), Some(Decimal::from(800)));
    }

    #[test]
    fn an_entry_larger_than_the_item_is_refused() {
        let error = indexed_write_capacity(&request("1kb", "1", &["2kb"], &[]), &mut book())
            .unwrap_err()
            .to_string();
        assert!(error.starts_with("invalid index entry `2kb`: it is larger than the item"));
    }

    #[test]
    fn entries_parse_with_or_without_a_key_change() {
        let entry: IndexEntry = "500b:Key-Change".parse().unwrap();
        assert!(entry.key_change);
        assert_eq!(entry.size.text(), "500b");
        assert_eq!(entry.to_string(), "500b:key-change");
        let plain: IndexEntry = "1kb".parse().unwrap();
        assert!(!plain.key_change);
        assert!("1kb:put".parse::<IndexEntry>().is_err());
        assert!(":key-change".parse::<IndexEntry>().is_err());
        assert!("".parse::<IndexEntry>().is_err());
    }

    #[test]
    fn an_item_collection_is_checked_against_10_gb() {
        // LSI.html / the API reference: with an LSI an item collection cannot exceed 10 GB =
        // 10 × 1,024³ = 10,737,418,240 bytes. 9.5 GB = 10,200,547,328 bytes leaves
        // 536,870,912; each 3 KB item adds 3,072 + a 1 KB LSI entry 1,024 = 4,096 bytes:
        // 536,870,912 / 4,096 = 131,072 more items.
        let mut r = request("3kb", "1", &[], &["1kb"]);
        r.collection = Some("9.5gb".parse().unwrap());
        let c = answer(&r).collection.unwrap();
        assert_eq!(c.max_bytes, Decimal::from(10_737_418_240_u64));
        assert!(c.fits);
        assert_eq!(c.bytes_per_item, Decimal::from(4096));
        assert_eq!(c.items_left, Decimal::from(131_072));
        // 10.5 GB is over: no room left.
        r.collection = Some("10.5gb".parse().unwrap());
        let over = answer(&r).collection.unwrap();
        assert!(!over.fits);
        assert_eq!(over.items_left, Decimal::ZERO);
        // Without an LSI there is no such limit: refused.
        let mut g = request("3kb", "1", &["1kb"], &[]);
        g.collection = Some("1gb".parse().unwrap());
        assert!(indexed_write_capacity(&g, &mut book()).is_err());
    }
}

/// A read of a global secondary index (`awscalc rcu --gsi`) as the read it is: a Query or
/// Scan of the index entries, eventually consistent.
///
/// From "Provisioned throughput considerations for Global Secondary Indexes", Read capacity
/// units (GSI.html): "Global secondary indexes support eventually consistent reads, each of
/// which consume one half of a read capacity unit"; a Query of an index is sized "based on
/// the sizes of the index entries, rather than the size of the item in the base table", and
/// consumes the index's read capacity, not the table's. The Query API refuses
/// `ConsistentRead` on a global secondary index with a ValidationException.
///
/// ```
/// use awscalc::calc::dynamodb::index::gsi_request;
/// use awscalc::calc::dynamodb::{read_capacity, Demand, Items, ReadConsistency, ReadRequest};
/// use awscalc::facts::{FactBook, Registry};
///
/// // AWS's example: a Query of 8 index entries of 2,000 bytes: 16,000 bytes, rounded up to
/// // 16 KB, × 0.5 / 4 KB = 2 RCU of the index.
/// let query = ReadRequest {
///     items: Items::Query { count: 8, size: "2000b".parse().unwrap() },
///     consistency: None,
///     demand: Demand::OnePerSecond,
/// };
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 12, 1));
/// let on_index = gsi_request(&query, &mut book).unwrap();
/// assert_eq!(read_capacity(&on_index, &mut book).unwrap().answer.value(), 2.into());
///
/// // A strongly consistent read of a GSI is refused.
/// let strong = ReadRequest { consistency: Some(ReadConsistency::Strong), ..query };
/// assert!(gsi_request(&strong, &mut book).is_err());
/// ```
///
/// # Errors
/// [`Problem::StrongGsiRead`] for a strongly consistent read; [`Problem::GsiReadByKey`] for
/// a batch or a transaction, which read a table by primary key.
pub fn gsi_request(request: &ReadRequest, book: &mut FactBook) -> Result<ReadRequest, Error> {
    match (request.consistency, &request.items) {
        (Some(ReadConsistency::Strong), _) => return Err(Problem::StrongGsiRead.into()),
        (Some(ReadConsistency::Transactional), _) => {
            return Err(Problem::GsiReadByKey {
                api: Api::TransactGetItems,
            }
            .into())
        }
        (_, Items::Batch(_)) => {
            return Err(Problem::GsiReadByKey {
                api: Api::for_batch(Operation::Read, super::Factor::Eventual),
            }
            .into())
        }
        _ => {}
    }
    // Recorded among the facts used: the rule the answer rests on.
    book.value(fact::GSI_READ_FACTOR)?;
    Ok(ReadRequest {
        consistency: Some(ReadConsistency::Eventual),
        ..request.clone()
    })
}

#[cfg(test)]
mod gsi_read_tests {
    //! GSI.html, "Read capacity units": eventually consistent only, sized by the index
    //! entries; the Query API refuses ConsistentRead on a GSI.
    use super::*;
    use crate::calc::dynamodb::read_capacity;
    use crate::facts::Registry;

    fn ask(
        items: Items,
        consistency: Option<ReadConsistency>,
        rate: &str,
    ) -> Result<Decimal, Error> {
        let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 12, 1));
        let request = ReadRequest {
            items,
            consistency,
            demand: Demand::Rate(rate.parse().unwrap()),
        };
        let on_index = gsi_request(&request, &mut book)?;
        Ok(read_capacity(&on_index, &mut book)?.answer.value())
    }

    #[test]
    fn aws_example_eight_entries_of_2000_bytes_take_2_rcu() {
        // 8 × 2,000 = 16,000 bytes -> 16 KB (4 units) × 0.5 = 2 RCU of the index.
        let query = Items::Query {
            count: 8,
            size: "2000b".parse().unwrap(),
        };
        assert_eq!(ask(query, None, "1").unwrap(), 2.into());
    }

    #[test]
    fn entries_of_2kb_at_500_a_second_take_250_rcu() {
        // ceil(2,048 / 4,096) = 1 unit × 0.5 × 500 = 250 RCU; --eventual is the same.
        let entry = || Items::Single("2kb".parse().unwrap());
        assert_eq!(ask(entry(), None, "500").unwrap(), 250.into());
        assert_eq!(
            ask(entry(), Some(ReadConsistency::Eventual), "500").unwrap(),
            250.into()
        );
    }

    #[test]
    fn strong_transactional_and_batch_reads_of_a_gsi_are_refused() {
        let entry = || Items::Single("2kb".parse().unwrap());
        assert_eq!(
            ask(entry(), Some(ReadConsistency::Strong), "500"),
            Err(Problem::StrongGsiRead.into())
        );
        assert_eq!(
            ask(entry(), Some(ReadConsistency::Transactional), "500"),
            Err(Problem::GsiReadByKey {
                api: Api::TransactGetItems
            }
            .into())
        );
        let batch = Items::Batch(vec!["1kb".parse().unwrap()]);
        assert_eq!(
            ask(batch, None, "1"),
            Err(Problem::GsiReadByKey {
                api: Api::BatchGetItem
            }
            .into())
        );
    }
}
