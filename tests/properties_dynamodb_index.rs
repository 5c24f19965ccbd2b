//! Property tests (`prop_*`) of writes to a DynamoDB table with secondary indexes
//! (`wcu --gsi --lsi`), against a small integer reference written from AWS's rules
//! (GSI.html "Provisioned throughput considerations", LSI.html): an index write costs
//! ceil(entry / 1,024) units, twice for a key change; a GSI provisions its own
//! ceil(units × rate), at least 1; LSI units join the table's before its one rounding.
//!
//! - every index's WCU is at least 1, the total is the table's plus each GSI's;
//! - the answer matches the reference; forgetting the indexes never gives more;
//! - counting a key change once never gives more; an entry larger than the item is refused;
//! - no entry text panics.

use awscalc::calc::dynamodb::index::{
    indexed_reading, indexed_write_capacity, IndexEntry, IndexKind, IndexReading, IndexWrite,
};
use awscalc::calc::dynamodb::{Demand, Items, WriteMode, WriteRequest};
use awscalc::facts::{FactBook, Registry};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn book() -> FactBook {
    FactBook::new(Registry::builtin(), jiff::civil::date(2026, 12, 1))
}

fn ceil_div(n: u64, d: u64) -> u64 {
    n.div_ceil(d)
}

/// (kind is global, entry bytes, key change)
type Index = (bool, u64, bool);

fn request(item: u64, rate: u64, indexes: &[Index]) -> WriteRequest {
    WriteRequest {
        items: Items::Single(format!("{item}b").parse().unwrap()),
        mode: WriteMode::Standard,
        demand: Demand::Rate(format!("{rate}").parse().unwrap()),
        indexes: indexes
            .iter()
            .map(|&(global, bytes, key_change)| IndexWrite {
                kind: if global {
                    IndexKind::Global
                } else {
                    IndexKind::Local
                },
                entry: IndexEntry {
                    size: format!("{bytes}b").parse().unwrap(),
                    key_change,
                },
            })
            .collect(),
        collection: None,
    }
}

/// The rules, in integers: (table WCU, each GSI's WCU).
fn reference(item: u64, rate: u64, indexes: &[Index]) -> (u64, Vec<u64>) {
    let units =
        |bytes: u64, key_change: bool| ceil_div(bytes, 1024) * if key_change { 2 } else { 1 };
    let local: u64 = indexes
        .iter()
        .filter(|i| !i.0)
        .map(|&(_, b, k)| units(b, k))
        .sum();
    let table = ((ceil_div(item, 1024) + local) * rate).max(1);
    let globals = indexes
        .iter()
        .filter(|i| i.0)
        .map(|&(_, b, k)| (units(b, k) * rate).max(1))
        .collect();
    (table, globals)
}

fn case() -> impl Strategy<Value = (u64, u64, Vec<Index>)> {
    (1u64..=409_600, 1u64..=5_000).prop_flat_map(|(item, rate)| {
        (
            Just(item),
            Just(rate),
            prop::collection::vec((any::<bool>(), 1..=item, any::<bool>()), 1..6),
        )
    })
}

proptest! {
    #[test]
    fn prop_index_writes_match_the_rules((item, rate, indexes) in case()) {
        let r = request(item, rate, &indexes);
        let answer = indexed_write_capacity(&r, &mut book()).unwrap();
        let (table, globals) = reference(item, rate, &indexes);
        prop_assert_eq!(answer.table_wcu, Decimal::from(table));
        let got: Vec<Decimal> = answer.indexes.iter().filter_map(|i| i.wcu).collect();
        let want: Vec<Decimal> = globals.iter().copied().map(Decimal::from).collect();
        prop_assert_eq!(&got, &want);
        // Every index costs at least one unit; the total is the sum.
        prop_assert!(got.iter().all(|w| *w >= Decimal::ONE));
        prop_assert_eq!(answer.total_wcu, answer.table_wcu + got.iter().sum::<Decimal>());
        // Projected size never exceeds the item's.
        prop_assert!(answer.indexes.iter().all(|i| i.entry_bytes <= Decimal::from(item)));
    }

    #[test]
    fn prop_the_common_mistakes_never_give_more((item, rate, indexes) in case()) {
        let r = request(item, rate, &indexes);
        let answer = indexed_write_capacity(&r, &mut book()).unwrap();
        let b = book();
        let table_only = indexed_reading(&r, &answer, IndexReading::TableOnly, &b).unwrap();
        prop_assert!(table_only <= answer.total_wcu);
        let once = indexed_reading(&r, &answer, IndexReading::KeyChangeOnce, &b).unwrap();
        prop_assert!(once <= answer.total_wcu);
        let whole = indexed_reading(&r, &answer, IndexReading::WholeItem, &b).unwrap();
        prop_assert!(whole >= answer.total_wcu);
    }

    #[test]
    fn prop_an_entry_larger_than_the_item_is_refused(item in 1u64..=409_599, extra in 1u64..1_000) {
        let r = request(item, 1, &[(true, item + extra, false)]);
        prop_assert!(indexed_write_capacity(&r, &mut book()).is_err());
    }

    #[test]
    fn prop_no_entry_text_panics(text in ".{0,40}") {
        let _ = text.parse::<IndexEntry>();
    }
}

proptest! {
    /// The items left fill the room under 10 GB and one more would not fit.
    #[test]
    fn prop_items_left_fill_the_collection_room(
        item in 1u64..=409_600,
        lsi_share in 1u64..=100,
        collection in 0u64..=12 * 1024 * 1024 * 1024,
    ) {
        let lsi = (item * lsi_share).div_ceil(100);
        let mut r = request(item, 1, &[(false, lsi, false)]);
        r.collection = Some(format!("{collection}b").parse().unwrap());
        let check = indexed_write_capacity(&r, &mut book()).unwrap().collection.unwrap();
        let max: u64 = 10 * 1024 * 1024 * 1024;
        prop_assert_eq!(check.fits, collection <= max);
        let left = if collection <= max { (max - collection) / (item + lsi) } else { 0 };
        prop_assert_eq!(check.items_left, Decimal::from(left));
    }
}

/// Reads of a global secondary index (`rcu --gsi`), GSI.html "Read capacity units": a Query
/// of N entries sums their sizes and rounds up to 4 KB once, × 0.5 (eventually consistent
/// only), × the rate, rounded up to whole RCU, at least 1; a strong read is refused.
mod gsi_reads {
    use super::book;
    use awscalc::calc::dynamodb::index::gsi_request;
    use awscalc::calc::dynamodb::{read_capacity, Demand, Items, ReadConsistency, ReadRequest};
    use proptest::prelude::*;
    use rust_decimal::Decimal;

    proptest! {
        #[test]
        fn prop_gsi_reads_are_half_a_unit_per_4kb_of_entries_summed(
            count in 1u64..=200,
            bytes in 1u64..=5000,
            rate in 1u64..=10_000,
            strong in any::<bool>(),
        ) {
            let request = ReadRequest {
                items: Items::Query { count, size: format!("{bytes}b").parse().unwrap() },
                consistency: strong.then_some(ReadConsistency::Strong),
                demand: Demand::Rate(format!("{rate}/s").parse().unwrap()),
            };
            let mut book = book();
            let asked = gsi_request(&request, &mut book);
            if strong {
                prop_assert!(asked.is_err());
                return Ok(());
            }
            let answer = read_capacity(&asked.unwrap(), &mut book).unwrap();
            // By hand, per 1 MB page: entries per page = 1,048,576 / bytes rounded down.
            let per_page = 1_048_576 / bytes;
            let full = count / per_page;
            let last = count % per_page;
            let units = full * (per_page * bytes).div_ceil(4096) + (last * bytes).div_ceil(4096);
            // × 0.5 × rate, rounded up once, at least 1.
            let want = (units * rate).div_ceil(2).max(1);
            prop_assert_eq!(answer.answer.value(), Decimal::from(want));
        }
    }
}
