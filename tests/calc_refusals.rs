//! The refusals of the calculators that the command line cannot reach (clap refuses the
//! flags first, or the registry would have to be wrong), pinned as a library user sees
//! them: the kind, the message, the value at fault and what is allowed. The refusals the
//! command line reaches are pinned whole in tests/cmd. Each message is the one the
//! calculator gave before its refusals became typed problems (worded in `explain`).
//!
//! Last, a scan of src/calc: the calculators return typed problems and never build an
//! English message into `Error::Conflict` (the command line layer's error) again.

use awscalc::calc::dynamodb::cost::{mode_cost, ModeCostRequest};
use awscalc::calc::dynamodb::index::{indexed_write_capacity, IndexKind, IndexWrite};
use awscalc::calc::dynamodb::modes::{modes, ModesRequest};
use awscalc::calc::dynamodb::{Demand, Items, WriteMode, WriteRequest};
use awscalc::calc::kinesis::{lag, ConsumeRate, ConsumerKind, LagRequest};
use awscalc::calc::resilience::Band;
use awscalc::calc::s3::design::{design, DesignPrices, DesignRequest};
use awscalc::calc::s3::network::{transfer, TransferRequest};
use awscalc::calc::sqs::{settings, SettingsRequest};
use awscalc::error::Error;
use awscalc::facts::{FactBook, Registry};
use rust_decimal::Decimal;

fn book() -> FactBook {
    FactBook::new(Registry::builtin(), jiff::civil::date(2026, 12, 1))
}

/// The error as a user of the library sees it: kind, message, value, allowed.
fn seen(err: &Error) -> (&'static str, String, Option<&str>, Option<String>) {
    (err.kind(), err.to_string(), err.value(), err.allowed())
}

/// A conflict: no value at fault is named, nothing is listed as allowed.
fn conflict(message: &str) -> (&'static str, String, Option<&str>, Option<String>) {
    ("conflict", message.to_string(), None, None)
}

fn write(items: Items, demand: Demand, indexes: Vec<IndexWrite>) -> WriteRequest {
    WriteRequest {
        items,
        mode: WriteMode::Standard,
        demand,
        indexes,
        collection: None,
    }
}

fn gsi(text: &str) -> IndexWrite {
    IndexWrite {
        kind: IndexKind::Global,
        entry: text.parse().unwrap(),
    }
}

#[test]
fn a_mode_cost_without_reads_or_writes_is_refused() {
    let request = ModeCostRequest {
        size: "1kb".parse().unwrap(),
        reads: None,
        writes: None,
        consistency: None,
        write_mode: WriteMode::Standard,
        hours: None,
        utilization: None,
    };
    let err = mode_cost(&request, &mut book()).unwrap_err();
    assert_eq!(
        seen(&err),
        conflict("`awscalc modes` prices a workload of --reads RATE or --writes RATE")
    );
}

#[test]
fn a_modes_plan_without_switches_or_decreases_is_refused() {
    let request = ModesRequest {
        switches: None,
        decreases: None,
    };
    let err = modes(&request, &mut book()).unwrap_err();
    assert_eq!(
        seen(&err),
        conflict("`awscalc modes` needs --switches N or --decreases N")
    );
}

#[test]
fn index_writes_refuse_units_batches_transactions_and_a_collection_without_lsi() {
    let units = Demand::Units {
        text: "100".into(),
        units: Decimal::from(100),
    };
    let request = write(
        Items::Single("2kb".parse().unwrap()),
        units,
        vec![gsi("1kb")],
    );
    let err = indexed_write_capacity(&request, &mut book()).unwrap_err();
    assert_eq!(
        seen(&err),
        conflict(
            "--units `100` asks what a table sustains; with --gsi or --lsi give --rate (the \
             table and each index have their own capacity)"
        )
    );

    let rate = || Demand::Rate("10".parse().unwrap());
    let batch = Items::Batch(vec!["1kb".parse().unwrap(), "2kb".parse().unwrap()]);
    let err =
        indexed_write_capacity(&write(batch, rate(), vec![gsi("1kb")]), &mut book()).unwrap_err();
    assert_eq!(
        seen(&err),
        conflict("--gsi and --lsi take one item (--size or --item), not --batch")
    );

    let mut transactional = write(
        Items::Single("2kb".parse().unwrap()),
        rate(),
        vec![gsi("1kb")],
    );
    transactional.mode = WriteMode::Transactional;
    let err = indexed_write_capacity(&transactional, &mut book()).unwrap_err();
    assert_eq!(
        seen(&err),
        conflict(
            "--transactional with --gsi or --lsi: AWS documents no index write cost inside \
             TransactWriteItems; ask for the table alone"
        )
    );

    let mut collection = write(
        Items::Single("2kb".parse().unwrap()),
        rate(),
        vec![gsi("1kb")],
    );
    collection.collection = Some("5gb".parse().unwrap());
    let err = indexed_write_capacity(&collection, &mut book()).unwrap_err();
    assert_eq!(
        seen(&err),
        conflict(
            "--collection checks the item collection limit of a table with local secondary \
             indexes: give --lsi too"
        )
    );
}

#[test]
fn a_lag_in_records_needs_records_written() {
    let request = LagRequest {
        write: "4mb/s".parse().unwrap(),
        consume: ConsumeRate::Records("4000/s".parse().unwrap()),
        shards: None,
        consumer: ConsumerKind::Shared(1),
        parallelization: None,
        retention: None,
        backlog: None,
    };
    let err = lag(&request, &mut book()).unwrap_err();
    assert_eq!(
        seen(&err),
        conflict(
            "`--consume-rate 4000/s` in records needs the input in records too: give --size and \
             --rate instead of --throughput, or a consume rate with a size unit (3mb/s)"
        )
    );
}

#[test]
fn a_band_the_registry_does_not_define_is_refused() {
    let err = Band::from_ordinal(Decimal::from(7)).unwrap_err();
    assert_eq!(
        seen(&err),
        conflict("internal error: no disaster-recovery band 7")
    );
}

#[test]
fn a_design_priced_by_reads_needs_the_object_size() {
    let request = DesignRequest {
        hot: 30,
        within: "12h".parse().unwrap(),
        keep: "7y".parse().unwrap(),
        object_size: None,
        prices: Some(DesignPrices {
            reads_per_month: 1,
            storage: vec![],
            retrieval: vec![],
            requests: vec![],
        }),
        versions: None,
    };
    let err = design(&request, &mut book()).unwrap_err();
    assert_eq!(
        seen(&err),
        conflict("--reads-per-month needs --size: the GB each read retrieves")
    );
}

#[test]
fn a_device_comparison_needs_both_its_inputs() {
    let request = TransferRequest {
        size: "1tb".parse().unwrap(),
        bandwidth: "1gbps".parse().unwrap(),
        utilization: None,
        streams: None,
        per_stream: None,
        device_capacity: Some("80tb".parse().unwrap()),
        turnaround: None,
    };
    let err = transfer(&request, &mut book()).unwrap_err();
    assert_eq!(
        seen(&err),
        conflict(
            "the device comparison needs both --device-capacity and --turnaround: AWS documents \
             no end-to-end turnaround or usable capacity to assume"
        )
    );
}

#[test]
fn queue_settings_need_a_setting() {
    let request = SettingsRequest {
        kind: None,
        retention: None,
        delay: None,
        max_receive_count: None,
        in_flight: None,
    };
    let err = settings(&request, &mut book()).unwrap_err();
    assert_eq!(
        seen(&err),
        conflict("give --retention, --delay, --max-receive-count or --in-flight")
    );
}

/// Every `.rs` file under `dir`, recursively.
fn rust_files(dir: &std::path::Path, files: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, files);
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
}

#[test]
fn no_calculator_words_its_own_conflict() {
    let mut files = Vec::new();
    rust_files(std::path::Path::new("src/calc"), &mut files);
    assert!(
        files.len() > 50,
        "src/calc not found from {:?}",
        std::env::current_dir()
    );
    let mut found = Vec::new();
    for path in &files {
        let text = std::fs::read_to_string(path).unwrap();
        for (n, line) in text.lines().enumerate() {
            // `Error::Conflict`, a `use` of it, or the old `Error::AwsLimit`.
            if ["Conflict", "AwsLimit"]
                .iter()
                .any(|name| line.contains(name))
            {
                found.push(format!("{}:{}: {}", path.display(), n + 1, line.trim()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "src/calc builds English errors; give the service's Problem a variant and word it in \
         src/explain instead:\n{}",
        found.join("\n")
    );
}
