//! `awscalc wcu --gsi … --lsi …` in words: the table's WCU, each index's, the total.

use rust_decimal::Decimal;

use crate::calc::dynamodb::index::{
    indexed_reading, indexed_write_capacity, IndexCapacity, IndexKind, IndexReading, IndexStep,
    IndexWrite,
};
use crate::calc::dynamodb::{Operation, WriteRequest};
use crate::error::Error;
use crate::explain::formula;
use crate::facts::dynamodb as fact;
use crate::facts::FactBook;
use crate::report::{Alternative, Detail, Report, Value};
use crate::units::{group, KbConvention, SizeUnit};

/// `GSI` or `LSI`.
fn short(kind: IndexKind) -> &'static str {
    match kind {
        IndexKind::Global => "GSI",
        IndexKind::Local => "LSI",
    }
}

/// `gsi_1`, the name of an index's input and result.
fn field_name(kind: IndexKind, number: usize) -> String {
    format!("{}_{number}", short(kind).to_ascii_lowercase())
}

/// The report for a write to a table with secondary indexes.
///
/// # Errors
/// As [`indexed_write_capacity`].
pub(super) fn indexed_write(
    request: &WriteRequest,
    book: &mut FactBook,
    detail: Detail,
) -> Result<Report, Error> {
    let answer = indexed_write_capacity(request, book)?;
    let items = super::sized_items(&request.items, &answer.table);
    let explainer = super::Explainer {
        op: Operation::Write,
        items: &items,
        demand: &request.demand,
    };
    let mut report = explainer.report(&answer.table, book, detail)?;
    // The table's own figures stay; the answer is the total.
    report
        .result
        .retain(|f| f.name == "units_per_write" || f.name == "items");
    report.answer.clear();
    let globals: Vec<_> = answer
        .indexes
        .iter()
        .filter_map(|i| i.wcu.map(|wcu| (i.number, wcu)))
        .collect();
    let mut parts = vec![format!("table {}", group(answer.table_wcu))];
    parts.extend(
        globals
            .iter()
            .map(|(number, wcu)| format!("GSI {number} {}", group(*wcu))),
    );
    report.headline = if globals.is_empty() {
        format!(
            "{} WCU on the table, LSI writes included",
            group(answer.total_wcu)
        )
    } else {
        format!("{} WCU: {}", group(answer.total_wcu), parts.join(", "))
    };
    report.field("total_wcu", Value::from(answer.total_wcu), "WCU");
    report.field("table_wcu", Value::from(answer.table_wcu), "WCU");
    for (number, wcu) in &globals {
        report.field(
            &field_name(IndexKind::Global, *number),
            Value::from(*wcu),
            "WCU",
        );
    }
    report.answer.push("total_wcu".into());
    if let Some(c) = &answer.collection {
        report.headline = if c.fits {
            format!(
                "{}; room for {} more {} in the item collection",
                report.headline,
                group(c.items_left),
                crate::words::noun_for(c.items_left, "item")
            )
        } else {
            format!("{}; the item collection is over its limit", report.headline)
        };
        report.field("collection_fits", Value::Bool(c.fits), "");
        report.answer.push("collection_fits".into());
        report.field("collection_items_left", Value::from(c.items_left), "items");
        if !c.fits {
            report.warn(format!(
                "the item collection ({} bytes) is over the {} bytes a table with an LSI \
                 allows: writes to it fail with ItemCollectionSizeLimitExceededException",
                group(c.bytes),
                group(c.max_bytes)
            ));
        }
    }
    if detail.words() {
        report.summary = format!("{}, with {}", report.summary, index_words(&request.indexes));
        describe_inputs(&mut report, &request.indexes, &answer.indexes)?;
        if let Some(size) = &request.collection {
            report.size_input("collection", size, SizeUnit::Giga, KbConvention::Binary, "")?;
        }
        let rate = crate::units::group(answer.per_second.round_dp(6));
        for step in &answer.steps {
            let (label, unit) = step_words(step.what, &rate);
            report.step(label, formula::text(&step.formula), step.value, unit);
        }
        notes(&mut report, &request.indexes, book)?;
    }
    if detail.readings() {
        report.alternatives = alternatives(request, &answer, book);
    }
    if let (crate::calc::dynamodb::Items::Item(input), Some(size)) =
        (&request.items, &answer.table.item)
    {
        super::item::describe(&mut report, input, size, detail);
    }
    report.attach_facts(book);
    Ok(report)
}

/// `2 GSIs and 1 LSI`.
fn index_words(indexes: &[IndexWrite]) -> String {
    let count = |kind| indexes.iter().filter(|i| i.kind == kind).count() as u64;
    let mut words = Vec::new();
    for kind in [IndexKind::Global, IndexKind::Local] {
        if count(kind) > 0 {
            words.push(crate::words::plural(count(kind), short(kind)));
        }
    }
    words.join(" and ")
}

fn describe_inputs(
    report: &mut Report,
    indexes: &[IndexWrite],
    capacities: &[IndexCapacity],
) -> Result<(), Error> {
    for (index, capacity) in indexes.iter().zip(capacities) {
        let number = capacity.number;
        let (bytes, explained) = index
            .entry
            .size
            .explain(SizeUnit::Kilo, KbConvention::Binary)?;
        let change = if index.entry.key_change {
            ", key changes"
        } else {
            ""
        };
        report.input(
            &field_name(index.kind, number),
            &index.entry.to_string(),
            format!("{} {number} entry: {explained}{change}", short(index.kind)),
            Value::Map(vec![
                ("given".into(), Value::text(index.entry.to_string())),
                ("bytes".into(), Value::from(bytes)),
                ("key_change".into(), Value::Bool(index.entry.key_change)),
            ]),
        );
    }
    Ok(())
}

fn step_words(what: IndexStep, rate: &str) -> (String, &'static str) {
    match what {
        IndexStep::RoundEntry { index, kind } => (
            format!("{} {index}: round entry up to 1 KB units", short(kind)),
            "units",
        ),
        IndexStep::Writes {
            index,
            kind,
            key_change,
        } => (
            format!(
                "{} {index}: × index writes ({})",
                short(kind),
                if key_change {
                    "key change: delete + put"
                } else {
                    "one"
                }
            ),
            "units",
        ),
        IndexStep::GlobalWcu { index } => {
            (format!("GSI {index}: × {rate}/s, round up (min 1)"), "WCU")
        }
        IndexStep::TableWithLocal => (format!("table + LSI units × {rate}/s, round up"), "WCU"),
        IndexStep::Total => ("total: table + each GSI".into(), "WCU"),
        IndexStep::CollectionMax => ("item collection limit in bytes".into(), "bytes"),
        IndexStep::CollectionPerItem => ("bytes per new item, LSI entries too".into(), "bytes"),
        IndexStep::CollectionRoom => ("room left: limit − collection".into(), "bytes"),
        IndexStep::CollectionItemsLeft => ("items of this size that still fit".into(), "items"),
    }
}

fn notes(report: &mut Report, indexes: &[IndexWrite], book: &mut FactBook) -> Result<(), Error> {
    if indexes.iter().any(|i| i.kind == IndexKind::Global) {
        report.note(
            "each GSI has its own write capacity: a table write is throttled when any GSI it \
             touches lacks WCU (GSI.html)",
        );
    }
    if indexes.iter().any(|i| i.kind == IndexKind::Local) {
        let max = book.value(fact::ITEM_COLLECTION_MAX_GB)?;
        report.note(format!(
            "LSI writes use the table's WCU; with an LSI, the items of one partition key value \
             (table and LSI entries) may not exceed {} GB (LSI.html)",
            group(max)
        ));
    }
    Ok(())
}

fn alternatives(
    request: &WriteRequest,
    answer: &crate::calc::dynamodb::index::IndexedWrite,
    book: &FactBook,
) -> Vec<Alternative> {
    let mut readings = vec![(
        IndexReading::TableOnly,
        "the table alone: the index writes forgotten",
    )];
    if request.indexes.iter().any(|i| i.entry.key_change) {
        readings.push((
            IndexReading::KeyChangeOnce,
            "a key change counted as one index write (it is two: a delete and a put)",
        ));
    }
    readings.push((
        IndexReading::WholeItem,
        "index entries taken as the whole item (an index holds only keys and projected \
         attributes)",
    ));
    let mut seen: Vec<Decimal> = vec![answer.total_wcu];
    let mut out = Vec::new();
    for (reading, words) in readings {
        if let Some(value) = indexed_reading(request, answer, reading, book) {
            if !seen.contains(&value) {
                seen.push(value);
                out.push(Alternative {
                    value,
                    reading: words.into(),
                    distance: 1,
                });
            }
        }
    }
    out
}
