//! CLI tests for `awscalc kinesis`, run against the real binary. Expected values are derived
//! by hand in the comments from the AWS rules: 1 MiB/s (1,024 KiB/s) and 1,000 records/s of
//! writes per shard, 2 MiB/s (2,048 KiB/s) of reads per shard shared by standard consumers,
//! the average record size rounded up to a whole KB (how-do-i-size-a-stream.html).

mod common;

use common::{awscalc, fails_with, json, quiet};
use serde_json::Value;

// ---- the issue's and the study notes' worked examples ----

/// Issue #5: 4.5 MB/s with 4,600 records/s needs 5 shards. 4.5 MiB = 4,608 KiB:
/// ceil(4,608 / 1,024) = 5; ceil(4,600 / 1,000) = 5; one consumer: ceil(4,608 / 2,048) = 3.
#[test]
fn issue_example_4_5_mb_per_second_with_4600_records_needs_5_shards() {
    assert_eq!(
        quiet(&["kinesis", "--write", "4.5mb/s", "--records", "4600/s"]),
        "5\n"
    );
}

/// Issue #12: an answer in the asker's units. 10 shards read 10 × 2 MiB/s = 20 MiB/s =
/// 20,480 KiB/s and write 10 × 1 MiB/s = 10 MiB/s = 10,240 KiB/s; asked with no unit, the
/// readable unit is MiB/s, with KiB/s exact beside. JSON keeps the KiB/s fields and adds
/// MiB/s twins.
#[test]
fn shards_throughput_in_mib_with_kib_beside() {
    let v = json(&["kinesis", "--shards", "10"]);
    assert_eq!(v["result"]["read_kib_per_second"], 20_480);
    assert_eq!(v["result"]["read_mib_per_second"], 20);
    assert_eq!(v["result"]["write_kib_per_second"], 10_240);
    assert_eq!(v["result"]["write_mib_per_second"], 10);
    awscalc()
        .args(["kinesis", "--shards", "10"])
        .assert()
        .success()
        .stdout(common::says(
            "10 MiB/s (10,240 KiB/s) and 10,000 records/s of writes, 20 MiB/s (20,480 KiB/s) of \
             shared reads",
        ));
}

/// Asked in MB/s, answered in MB/s: 5,000 records of 2 KB (2 KiB as Kinesis reads KB) =
/// 10,000 KiB/s = 9.765625 MB/s, shown ≈9.77; two standard consumers read 20,000 KiB/s =
/// 19.53125, shown ≈19.53. `--write 4.5mb/s`: 4.5 × 1,024 = 4,608 KiB/s, exactly 4.5 MB/s.
#[test]
fn workload_throughput_in_the_asked_unit() {
    let args = [
        "kinesis",
        "--record-size",
        "2kb",
        "--rate",
        "5000/s",
        "--consumers",
        "2",
    ];
    awscalc().args(args).assert().success().stdout(common::says(
        "≈9.77 MB/s (10,000 KiB/s) write, ≈19.53 MB/s (20,000 KiB/s) shared read",
    ));
    let v = json(&args);
    assert_eq!(v["result"]["write_mib_per_second"].to_string(), "9.765625");
    assert_eq!(v["result"]["read_mib_per_second"].to_string(), "19.53125");
    awscalc()
        .args(["kinesis", "--write", "4.5mb/s", "--records", "4600/s"])
        .assert()
        .success()
        .stdout(common::says("4.5 MB/s (4,608 KiB/s) write"));
}

/// Study notes A7 (shared/study-notes.md §3A, 002:358): a stream grows from 4 to 6 shards;
/// each shard is leased by one KCL worker, so at most 6 workers (EC2 instances) do work.
#[test]
fn study_notes_a7_4_to_6_shards_at_most_6_kcl_workers() {
    let v = json(&["kinesis", "--shards", "4", "--to", "6"]);
    assert_eq!(v["result"]["max_kcl_workers"], 6);
    // 6 ≤ 4 × 2: one UpdateShardCount call, 2 splits.
    assert_eq!(v["result"]["calls"], 1);
    assert_eq!(v["result"]["splits"], 2);
    assert_eq!(quiet(&["kinesis", "--shards", "6"]), "6\n");
}

/// AWS Lambda guide (with-kinesis.html): "when you set ParallelizationFactor to 2, you can
/// have 200 concurrent Lambda invocations at maximum to process 100 Kinesis data shards".
#[test]
fn lambda_guide_100_shards_factor_2_is_200_invocations() {
    assert_eq!(
        quiet(&["kinesis", "--shards", "100", "--parallelization", "2"]),
        "200\n"
    );
    let v = json(&["kinesis", "--shards", "100", "--parallelization", "2"]);
    assert_eq!(v["result"]["max_lambda_invocations"], 200);
    assert_eq!(v["result"]["max_kcl_workers"], 100);
    // 100 shards × 1,024 KiB/s, × 1,000 records/s, × 2,048 KiB/s of shared reads.
    assert_eq!(v["result"]["write_kib_per_second"], 102_400);
    assert_eq!(v["result"]["write_records_per_second"], 100_000);
    assert_eq!(v["result"]["read_kib_per_second"], 204_800);
}

/// Study notes B26 (002:362): 4 shards with a Lambda consumer run one batch per shard at a
/// time by default: 4 concurrent invocations.
#[test]
fn study_notes_b26_4_shards_run_4_lambda_batches_by_default() {
    let v = json(&["kinesis", "--shards", "4"]);
    assert_eq!(v["result"]["max_lambda_invocations"], 4);
    assert_eq!(v["result"]["parallelization"], 1);
}

/// Study notes X21 (002:363): fewer shards mean fewer concurrent Lambdas. Halving 8 → 4
/// halves the invocations at parallelization factor 1 (8 → 4), and a factor of 10 on 4
/// shards gives 40.
#[test]
fn study_notes_x21_fewer_shards_fewer_lambdas() {
    assert_eq!(
        quiet(&["kinesis", "--shards", "8", "--parallelization", "1"]),
        "8\n"
    );
    assert_eq!(
        quiet(&["kinesis", "--shards", "4", "--parallelization", "1"]),
        "4\n"
    );
    assert_eq!(
        quiet(&["kinesis", "--shards", "4", "--parallelization", "10"]),
        "40\n"
    );
}

// ---- the workload forms ----

/// 2 KB × 5,000/s = 10,000 KiB/s → ceil(10,000 / 1,024) = 10; records ceil(5,000 / 1,000) = 5;
/// 2 consumers: 20,000 KiB/s → ceil(20,000 / 2,048) = 10. Answer 10.
#[test]
fn record_size_and_rate_with_shared_consumers() {
    let v = json(&[
        "kinesis",
        "--record-size",
        "2kb",
        "--rate",
        "5000/s",
        "--consumers",
        "2",
    ]);
    assert_eq!(v["command"], "kinesis");
    assert_eq!(v["result"]["shards"], 10);
    assert!(v["result"]["shards"].is_u64(), "a JSON number");
    assert_eq!(v["result"]["shards_for_write_bandwidth"], 10);
    assert_eq!(v["result"]["shards_for_write_records"], 5);
    assert_eq!(v["result"]["shards_for_read"], 10);
    assert_eq!(v["result"]["record_kib"], 2);
    assert_eq!(v["result"]["write_kib_per_second"], 10_000);
    assert_eq!(v["result"]["read_kib_per_second"], 20_000);
    assert_eq!(v["result"]["max_kcl_workers"], 10);
    assert_eq!(v["inputs"]["record_size"]["bytes"], 2048);
    assert_eq!(v["inputs"]["rate"]["per_second"], 5000);
    assert_eq!(v["steps"][0]["formula"], "ceil(2,048 / 1,024)");
    let facts = v["facts"].as_array().unwrap();
    let write = facts
        .iter()
        .find(|f| f["id"] == "kinesis.shard_write_bytes_per_second")
        .unwrap();
    assert_eq!(write["value"], 1_048_576);
    assert!(write["source"]
        .as_str()
        .unwrap()
        .starts_with("https://docs.aws.amazon.com/streams/"));
}

/// 1,500 bytes round up to 2 KiB (AWS: "rounded up to the nearest 1 KB"); × 1,024/s =
/// 2,048 KiB/s → 2 shards (unrounded, 1,500 × 1,024 bytes = 1,500 KiB/s would be 2 as well,
/// but at 700/s: 2 × 700 = 1,400 KiB/s → 2, unrounded 1,025.4 KiB/s → 2; at 600/s:
/// 1,200 KiB/s → 2, unrounded 878.9 → 1).
#[test]
fn record_size_rounds_up_to_a_whole_kb() {
    assert_eq!(
        quiet(&["kinesis", "--record-size", "1500b", "--rate", "600"]),
        "2\n"
    );
    let v = json(&["kinesis", "--record-size", "1500b", "--rate", "600"]);
    assert_eq!(v["result"]["record_kib"], 2);
}

/// 60,000 records/min of 1 KB = 1,000/s: 1,000 KiB/s → 1 shard; 1,000 records/s → 1.
#[test]
fn rates_per_minute_and_throughput_per_hour() {
    assert_eq!(
        quiet(&["kinesis", "--record-size", "1kb", "--rate", "60000/min"]),
        "1\n"
    );
    // 36 GB/h = 36,864 MiB / 3,600 s = 10.24 MiB/s = 10,485.76 KiB/s → ceil(10.24) = 11;
    // 36,000,000 records/h = 10,000/s → 10.
    assert_eq!(
        quiet(&["kinesis", "--write", "36gb/h", "--records", "36000000/h"]),
        "11\n"
    );
}

/// Enhanced fan-out consumers read 2 MiB/s each per shard and add no read constraint:
/// 1 KB × 1,000/s with 3 EFO consumers is 1 shard.
#[test]
fn efo_consumers_add_no_read_constraint() {
    let v = json(&[
        "kinesis",
        "--record-size",
        "1kb",
        "--rate",
        "1000",
        "--efo",
        "3",
    ]);
    assert_eq!(v["result"]["shards"], 1);
    assert_eq!(v["result"]["shards_for_read"], 0);
    assert_eq!(v["result"]["efo_consumers"], 3);
    assert_eq!(v["result"]["shared_consumers"], 0);
    assert_eq!(v["answer"], "1 shard");
    // 30 with On-demand Advantage (at most 50).
    assert_eq!(
        quiet(&[
            "kinesis",
            "--record-size",
            "1kb",
            "--rate",
            "1000",
            "--efo",
            "30",
            "--advantage",
        ]),
        "1\n"
    );
}

/// No consumers at all: the read constraint vanishes.
#[test]
fn zero_consumers_no_read_constraint() {
    let v = json(&[
        "kinesis",
        "--record-size",
        "1kb",
        "--rate",
        "1000",
        "--consumers",
        "0",
    ]);
    assert_eq!(v["result"]["shards_for_read"], 0);
    assert_eq!(v["result"]["shards"], 1);
}

// ---- resharding ----

/// 10 → 25: at most double per call: 10 → 20 → 25, 2 calls, 15 splits; one call from 10
/// may set 5 to 20 shards.
#[test]
fn resharding_10_to_25() {
    assert_eq!(quiet(&["kinesis", "--shards", "10", "--to", "25"]), "2\n");
    let v = json(&["kinesis", "--shards", "10", "--to", "25"]);
    assert_eq!(v["result"]["sequence"], serde_json::json!([20, 25]));
    assert_eq!(v["result"]["splits"], 15);
    assert_eq!(v["result"]["merges"], 0);
    assert_eq!(v["result"]["min_in_one_call"], 5);
    assert_eq!(v["result"]["max_in_one_call"], 20);
    assert_eq!(v["result"]["windows_24h"], 1);
    assert_eq!(v["result"]["max_kcl_workers"], 25);
}

/// 100 → 10: at least half per call: 50, 25, 13 (ceil 12.5), 10: 4 calls, 90 merges.
/// 1 → 10,000: 2^13 = 8,192 < 10,000, so 14 calls; 10 per rolling 24 hours: 2 windows, the
/// last call 24 hours after the first.
#[test]
fn resharding_down_and_at_the_daily_limit() {
    let v = json(&["kinesis", "--shards", "100", "--to", "10"]);
    assert_eq!(v["result"]["sequence"], serde_json::json!([50, 25, 13, 10]));
    assert_eq!(v["result"]["merges"], 90);
    let v = json(&["kinesis", "--shards", "1", "--to", "10000"]);
    assert_eq!(v["result"]["calls"], 14);
    assert_eq!(v["result"]["windows_24h"], 2);
    assert_eq!(v["result"]["hours_before_last_call"], 24);
    assert_eq!(quiet(&["kinesis", "--shards", "7", "--to", "7"]), "0\n");
}

// ---- each output format ----

#[test]
fn default_output_answer_first_then_steps_notes_facts() {
    let out = awscalc()
        .args(["kinesis", "--write", "4.5mb/s", "--records", "4600/s"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    assert!(text.starts_with("5 shards\n"), "{text}");
    assert!(
        common::flatten(&text).contains("4.5 MB × 1,048,576 = 4,718,592 bytes per second"),
        "{text}"
    );
    assert!(
        common::flatten(&text).contains("ceil(4,608 / 1,024)"),
        "{text}"
    );
    assert!(
        common::flatten(&text).contains("ceil(4,600 / 1,000)"),
        "{text}"
    );
    assert!(common::flatten(&text).contains("max(5, 5, 3)"), "{text}");
    assert!(
        !common::flatten(&text).contains("+---+"),
        "a borderless layout: {text}"
    );
    // Sizing a stream, the KCL and Lambda bounds are for -v: 5 shards, 5 workers.
    assert!(
        !common::flatten(&text).contains("at most 5 KCL workers"),
        "{text}"
    );
    assert!(common::flatten(&text).contains("-v shows"), "{text}");
    assert!(!text.contains("https://"), "{text}");
    let verbose = awscalc()
        .args(["kinesis", "--write", "4.5mb/s", "--records", "4600/s", "-v"])
        .output()
        .unwrap();
    let verbose = String::from_utf8(verbose.stdout).unwrap();
    assert!(
        common::flatten(&verbose).contains("at most 5 KCL workers"),
        "{verbose}"
    );
    // Naming a parallelization factor asks about Lambda: 5 shards × 2 = 10 invocations.
    let lambda = awscalc()
        .args([
            "kinesis",
            "--write",
            "4.5mb/s",
            "--records",
            "4600/s",
            "--parallelization",
            "2",
        ])
        .output()
        .unwrap();
    let lambda = String::from_utf8(lambda.stdout).unwrap();
    assert!(
        common::flatten(&lambda).contains("5 shards × parallelization factor 2 = 10"),
        "{lambda}"
    );
}

#[test]
fn quiet_prints_only_the_answer() {
    awscalc()
        .args(["-q", "kinesis", "--record-size", "2kb", "--rate", "5000/s"])
        .assert()
        .success()
        .stdout("10\n");
}

// ---- --expect and the neighbouring readings ----

#[test]
fn expect_match_exits_0() {
    awscalc()
        .args([
            "kinesis",
            "--write",
            "4.5mb/s",
            "--records",
            "4600/s",
            "--expect",
            "5",
        ])
        .assert()
        .code(0)
        .stdout(common::says("match: expected 5, awscalc computes 5 shards"));
}

/// 5 KB × 2,020/s = 10,100 KiB/s → ceil(9.86) = 10. The FAQ formula: 10,100 KB / 1,000 →
/// ceil(10.1) = 11.
#[test]
fn expect_names_the_faq_formula() {
    awscalc()
        .args([
            "kinesis",
            "--record-size",
            "5kb",
            "--rate",
            "2020",
            "--expect",
            "11",
        ])
        .assert()
        .code(1)
        .stdout(common::says(
            "mismatch: expected 11, awscalc computes 10 shards",
        ))
        .stdout(common::says(
            "11 is the answer for the Kinesis FAQ formula (KB as 1,000 bytes, ÷ 1,000 and ÷ 2,000)",
        ))
        .stdout(common::says("which gives 11 shards here"));
}

/// 1 KB × 10,200/s: bandwidth ceil(10,200 / 1,024) = 10, records ceil(10.2) = 11. Forgetting
/// the records limit gives 10.
#[test]
fn expect_names_the_forgotten_records_limit() {
    awscalc()
        .args([
            "kinesis",
            "--record-size",
            "1kb",
            "--rate",
            "10200",
            "--expect",
            "10",
        ])
        .assert()
        .code(1)
        .stdout(common::says(
            "10 is the answer for the 1,000 records/s per-shard write limit left out",
        ));
    // --write 1mb/s in 5,000 records/s: 1 shard of bandwidth, 5 of records.
    awscalc()
        .args([
            "kinesis",
            "--write",
            "1mb/s",
            "--records",
            "5000/s",
            "--expect",
            "1",
        ])
        .assert()
        .code(1)
        .stdout(common::says("records/s per-shard write limit left out"));
}

/// 1 KB × 1,000/s with 3 EFO consumers: 1 shard. Counting them as shared: 3 × 1,000 =
/// 3,000 KiB/s → ceil(3,000 / 2,048) = 2.
#[test]
fn expect_names_efo_counted_as_shared() {
    let out = awscalc()
        .args([
            "kinesis",
            "--record-size",
            "1kb",
            "--rate",
            "1000",
            "--efo",
            "3",
            "--expect",
            "2",
            "--json",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["expect"]["actual"], 1);
    assert_eq!(
        v["expect"]["hints"][0],
        "2 is the answer for enhanced fan-out consumers counted as sharing the shard's read bandwidth"
    );
}

// ---- --as-of: limits that changed ----

/// A 2 MiB record needs the stream's maximum raised, possible since 2025-10-27. At 1/s:
/// 2,048 KiB/s → 2 shards.
#[test]
fn as_of_large_records_before_and_after_2025_10_27() {
    let args = [
        "kinesis",
        "--record-size",
        "2mb",
        "--rate",
        "1",
        "--max-record-size",
        "10mb",
    ];
    let mut after = args.to_vec();
    after.extend(["--as-of", "2025-10-27"]);
    assert_eq!(quiet(&after), "2\n");
    let mut before = args.to_vec();
    before.extend(["--as-of", "2025-10-26"]);
    fails_with(
        &before,
        "could not be raised on 2025-10-26; that came on 2025-10-27",
    );
    // Without --max-record-size, the 1 MiB default applies.
    fails_with(
        &["kinesis", "--record-size", "2mb", "--rate", "1"],
        "record size `2mb` (2,097,152 bytes) is above the default maximum record size of 1,048,576 bytes; a stream's maximum can be raised up to 10,485,760 bytes with --max-record-size",
    );
}

/// 1 KB × 600,000/s: ceil(600,000 / 1,024) = 586, records 600 → 600 shards. The default
/// account quota was 500 (major Regions) and 200 (others) before the raise, 20,000 and 1,000
/// since: a warning in 2024, none now.
#[test]
fn as_of_shard_quota_before_and_after_the_raise() {
    let args = ["kinesis", "--record-size", "1kb", "--rate", "600000"];
    let mut old = args.to_vec();
    old.extend(["--as-of", "2024-06-01"]);
    let v = json(&old);
    assert_eq!(v["result"]["shards"], 600);
    let notes = v["notes"].to_string();
    assert!(
        notes.contains(
            "exceed the default per-account shard quota in every Region (500 in us-east-1"
        ),
        "{notes}"
    );
    assert!(
        notes.contains("500 shards before, 20,000 shards since"),
        "{notes}"
    );
    let mut new = args.to_vec();
    new.extend(["--as-of", "2026-01-01"]);
    let v = json(&new);
    assert!(!v["notes"].to_string().contains("quota"), "{}", v["notes"]);
    // 1,500 shards: over the 1,000 of other Regions, under the 20,000 of the major ones.
    let v = json(&["kinesis", "--shards", "1500", "--as-of", "2026-01-01"]);
    assert!(
        v["notes"]
            .to_string()
            .contains("default per-account shard quota of 1,000 in Regions other than"),
        "{}",
        v["notes"]
    );
}

/// Retention: 365 days (8,760 hours) since long-term retention (2020-11-09), 7 days before.
#[test]
fn as_of_retention_maximum() {
    let args = [
        "kinesis",
        "--record-size",
        "1kb",
        "--rate",
        "1",
        "--retention",
        "30d",
    ];
    assert_eq!(quiet(&args), "1\n");
    let mut old = args.to_vec();
    old.extend(["--as-of", "2020-01-01"]);
    fails_with(
        &old,
        "retention `30d` (720 hours) is outside what Kinesis allows on 2020-01-01: 24 to 168 hours",
    );
}

/// On-demand Advantage came in November 2025, on or before 2025-11-05 (20 enhanced fan-out
/// consumers, like other streams); 50 on or before 2025-11-20, in the Regions AWS lists.
#[test]
fn as_of_on_demand_advantage() {
    fails_with(
        &[
            "kinesis",
            "--record-size",
            "1kb",
            "--rate",
            "1",
            "--efo",
            "21",
            "--advantage",
            "--as-of",
            "2025-11-19",
        ],
        "at most 20 with On-demand Advantage",
    );
    assert_eq!(
        quiet(&[
            "kinesis",
            "--record-size",
            "1kb",
            "--rate",
            "1",
            "--efo",
            "21",
            "--advantage",
            "--as-of",
            "2025-11-20",
        ]),
        "1\n"
    );
    fails_with(
        &[
            "kinesis",
            "--record-size",
            "1kb",
            "--rate",
            "1",
            "--efo",
            "2",
            "--advantage",
            "--as-of",
            "2025-06-01",
        ],
        "did not exist on 2025-06-01",
    );
}

// ---- errors: lowercase, the input in backticks, exit 2, never a panic ----

#[test]
fn limit_errors() {
    fails_with(
        &["kinesis", "--record-size", "1kb", "--rate", "1", "--efo", "21"],
        "--efo `21` is more enhanced fan-out consumers than a stream takes: at most 20 for provisioned and On-demand Standard streams; On-demand Advantage (--advantage) allows 50 in the Regions that offer it",
    );
    fails_with(
        &[
            "kinesis",
            "--record-size",
            "1kb",
            "--rate",
            "1",
            "--efo",
            "51",
            "--advantage",
        ],
        "at most 50 with On-demand Advantage (in the Regions that offer 50; 20 elsewhere)",
    );
    fails_with(
        &["kinesis", "--shards", "4", "--parallelization", "11"],
        "--parallelization `11` is outside what Lambda allows on",
    );
    fails_with(
        &[
            "kinesis",
            "--shards",
            "4",
            "--parallelization",
            "2",
            "--as-of",
            "2019-01-01",
        ],
        "1 to 1 concurrent batches per shard",
    );
    fails_with(
        &["kinesis", "--shards", "4", "--parallelization", "0"],
        "parallelization factor `0` must be greater than zero",
    );
    let long_key = "k".repeat(257);
    fails_with(
        &[
            "kinesis",
            "--record-size",
            "1kb",
            "--rate",
            "1",
            "--partition-key",
            &long_key,
        ],
        "has 257 characters: at most 256 are allowed",
    );
    fails_with(
        &[
            "kinesis",
            "--record-size",
            "1kb",
            "--rate",
            "1",
            "--retention",
            "12h",
        ],
        "retention `12h` (12 hours) is outside what Kinesis allows",
    );
    fails_with(
        &[
            "kinesis",
            "--record-size",
            "1kb",
            "--rate",
            "1",
            "--retention",
            "366d",
        ],
        "24 to 8,760 hours (1 to 365 days)",
    );
    fails_with(
        &["kinesis", "--record-size", "1kb", "--rate", "1", "--max-record-size", "11mb"],
        "--max-record-size `11mb` (11,534,336 bytes) is outside what a stream allows: 1,048,576 to 10,485,760 bytes",
    );
    fails_with(
        &[
            "kinesis",
            "--record-size",
            "1kb",
            "--rate",
            "1",
            "--max-record-size",
            "512kb",
        ],
        "--max-record-size `512kb` (524,288 bytes) is outside",
    );
    // `--shards 10 --to 10001` is a verdict (`no`, exit 1), pinned in tests/cmd/kinesis.md.
    // 20 MB/s in 10 records/s: 2 MiB per record on average, above 1 MiB.
    fails_with(
        &["kinesis", "--write", "20mb/s", "--records", "10/s"],
        "the average record (`20mb/s` over `10/s`) (2,097,152 bytes) is above",
    );
}

#[test]
fn input_errors() {
    fails_with(
        &["kinesis", "--write", "4.5mb/fortnight", "--records", "1"],
        "invalid rate `4.5mb/fortnight`: unknown time unit `fortnight`; expected a size per time unit: 4.5mb/s",
    );
    fails_with(
        &["kinesis", "--write", "40mbps", "--records", "1"],
        "`mbps` usually means bits",
    );
    fails_with(
        &["kinesis", "--write", "4.5xb/s", "--records", "1"],
        "invalid rate `4.5xb/s`: `4.5xb` is not a size",
    );
    fails_with(
        &["kinesis", "--write", "4.5mb/fortnight", "--records", "1"],
        "unknown time unit `fortnight`",
    );
    fails_with(
        &["kinesis", "--record-size", "0kb", "--rate", "1"],
        "size `0kb` must be greater than zero",
    );
    fails_with(
        &["kinesis", "--record-size", "1kb", "--rate", "-5"],
        "rate `-5` must be greater than zero",
    );
    fails_with(
        &["kinesis", "--record-size", "1kb", "--rate", "1", "--retention", "3 weeks"],
        "invalid duration `3 weeks`: unknown unit `weeks`; expected a whole number of hours, in any \
         time unit",
    );
    fails_with(
        &[
            "kinesis",
            "--record-size",
            "1kb",
            "--rate",
            "1",
            "--retention",
            "1.5h",
        ],
        // 1.5 hours: Kinesis sets retention in whole hours, whatever the unit typed.
        "invalid duration `1.5h`: not a whole number of hours, and Kinesis sets retention in hours",
    );
    fails_with(
        &[
            "kinesis",
            "--record-size",
            "1kb",
            "--rate",
            "1",
            "--consumers",
            "2.5",
        ],
        "consumers `2.5` must be a whole number",
    );
    fails_with(
        &["kinesis", "--shards", "0"],
        "shards `0` must be greater than zero",
    );
}

#[test]
fn usage_errors() {
    fails_with(&["kinesis"], "required");
    fails_with(&["kinesis", "--rate", "5"], "--size");
    fails_with(&["kinesis", "--write", "1mb/s"], "--rate");
    fails_with(
        &[
            "kinesis",
            "--size",
            "2kb",
            "--throughput",
            "4mb/s",
            "--rate",
            "5",
        ],
        "the argument '--size <SIZE>' cannot be used with '--throughput <THROUGHPUT>'",
    );
    fails_with(&["kinesis", "--to", "5"], "--shards");
    // --consumers works with --shards (each consumer's reads), but not with a resharding.
    fails_with(
        &["kinesis", "--shards", "5", "--consumers", "2", "--to", "6"],
        "does not combine with --consumers",
    );
    fails_with(
        &[
            "kinesis",
            "--shards",
            "5",
            "--record-size",
            "1kb",
            "--rate",
            "1",
        ],
        "cannot be used with",
    );
}

#[test]
fn help_shows_examples() {
    awscalc()
        .args(["kinesis", "--help"])
        .assert()
        .success()
        .stdout(common::says(
            "awscalc kinesis --throughput 4.5mb/s --rate 4600/s",
        ))
        .stdout(common::says("1,024-based"));
}

// ---- on-demand: --on-demand, --previous-peak, --region ----
//
// The rules (quota page, how-do-i-size-a-stream.html, Kinesis FAQ), MB read as MiB like the
// shard limits: a new stream starts with 4 MiB/s and 4,000 records/s of writes and 8 MiB/s of
// reads; an existing one takes max(4, 2 × its previous 30-day peak) MiB/s of writes and at
// least twice that of reads; the on-demand write maximum is 10 GiB/s = 10,240 MiB/s in
// us-east-1, us-west-2 and eu-west-1 (200 MiB/s there before 2024-12-31) and 200 MiB/s
// elsewhere; reads at most twice that. Checked in order: Region write, Region read, then the
// stream's write, records (new streams), read.

/// Issue #5's workload: 4.5 MiB/s > 4 MiB/s, so it does not fit a new stream; the Region
/// rules pass first (4.5 ≤ 200, 4.5 ≤ 400). Provisioned: ceil(4,608 / 1,024) = 5,
/// ceil(4,600 / 1,000) = 5, ceil(4,608 / 2,048) = 3 → 5 shards = 5 MiB/s write, 5,000
/// records/s, 10 MiB/s shared read.
#[test]
fn on_demand_default_output_names_the_rule_and_compares_with_provisioned() {
    let out = awscalc()
        .args([
            "kinesis",
            "--write",
            "4.5mb/s",
            "--records",
            "4600/s",
            "--on-demand",
        ])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    assert!(
        common::flatten(&text).starts_with(&common::flatten(
            "does not fit: 4.5 MB/s (4,608 KiB/s) of writes is above the 4 MB/s a new \
             on-demand stream starts with"
        )),
        "{text}"
    );
    // The MiB/s conversion is under -v since the default view keeps to 25 lines.
    assert!(!common::flatten(&text).contains("4,608 / 1,024"), "{text}");
    assert!(common::flatten(&text).contains("4.5 ≤ 200"), "{text}");
    assert!(common::flatten(&text).contains("4.5 > 4"), "{text}");
    assert!(common::flatten(&text).contains("4,600 > 4,000"), "{text}");
    assert!(
        common::flatten(&text).contains(
            "provisioned: 5 shards = 5 MiB/s write, 5,000 records/s, 10 MiB/s shared read; \
             on-demand: starts at 4 MiB/s write, 4,000 records/s, 8 MiB/s read"
        ),
        "{text}"
    );
    // The Region is named in the inputs; the note on the other Regions' maximum is -v only.
    assert!(!common::flatten(&text).contains("no --region"), "{text}");
    assert!(
        common::flatten(&text).contains("within 15 minutes"),
        "{text}"
    );
}

#[test]
fn on_demand_json_fields() {
    let v = json(&[
        "kinesis",
        "--write",
        "4.5mb/s",
        "--records",
        "4600/s",
        "--on-demand",
    ]);
    let r = &v["result"];
    assert_eq!(r["fits"], false);
    assert_eq!(r["failed_rule"], "new-stream-write");
    assert_eq!(r["write_mib_per_second"], 4.5);
    assert_eq!(r["read_mib_per_second"], 4.5);
    assert_eq!(r["records_per_second"], 4600);
    assert_eq!(r["region_class"], "other");
    assert_eq!(r["start_write_mib_per_second"], 4);
    assert_eq!(r["start_records_per_second"], 4000);
    assert_eq!(r["start_read_mib_per_second"], 8);
    assert_eq!(r["region_max_write_mib_per_second"], 200);
    assert_eq!(r["region_max_read_mib_per_second"], 400);
    assert_eq!(r["provisioned_shards"], 5);
    assert_eq!(r["provisioned_write_mib_per_second"], 5);
    assert_eq!(r["provisioned_records_per_second"], 5000);
    assert_eq!(r["provisioned_read_mib_per_second"], 10);
    let rules: Vec<&str> = r["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["rule"].as_str().unwrap())
        .collect();
    assert_eq!(
        rules,
        [
            "region-max-write",
            "region-max-read",
            "new-stream-write",
            "new-stream-records",
            "new-stream-read"
        ]
    );
    assert_eq!(r["rules"][2]["demand"], 4.5);
    assert_eq!(r["rules"][2]["limit"], 4);
    assert_eq!(r["rules"][2]["passes"], false);
    assert_eq!(r["rules"][3]["passes"], false, "4,600 > 4,000 records/s");
    assert_eq!(r["rules"][4]["passes"], true, "4.5 ≤ 8 MiB/s");
    assert_eq!(v["inputs"]["region"]["class"], "other");
    let facts = v["facts"].as_array().unwrap();
    let start = facts
        .iter()
        .find(|f| f["id"] == "kinesis.on_demand_start_write_bytes_per_second")
        .unwrap();
    assert_eq!(start["value"], 4_194_304);
    assert_eq!(start["since"], "2021-11-30");
}

/// 4 MiB/s in 4,000 records/s fits a new stream exactly (each limit is inclusive).
/// 1 MiB/s in 5,000 records/s: 5,000 > 4,000. 3 MiB/s read by 3 standard consumers:
/// Asked in KiB/s, answered in the readable binary unit with KiB/s exact beside:
/// 9,000 KiB/s = 8.7890625 MiB/s, shown ≈8.79, above the 4 MiB/s a new stream starts with.
#[test]
fn on_demand_verdict_in_the_asked_unit_family() {
    awscalc()
        .args([
            "kinesis",
            "--write",
            "9000kib/s",
            "--records",
            "100/s",
            "--on-demand",
        ])
        .assert()
        .success()
        .stdout(common::says(
            "does not fit: ≈8.79 MiB/s (9,000 KiB/s) of writes is above the 4 MiB/s a new \
             on-demand stream starts with",
        ))
        .stdout(predicates::str::starts_with(
            "does not fit: ≈8.79 MiB/s (9,000 KiB/s)",
        ));
}

/// 9 MiB/s > 8 MiB/s of reads.
#[test]
fn on_demand_quiet_gives_the_verdict_and_the_failed_rule() {
    assert_eq!(
        quiet(&[
            "kinesis",
            "--write",
            "4mb/s",
            "--records",
            "4000",
            "--on-demand"
        ]),
        "yes\n"
    );
    assert_eq!(
        quiet(&[
            "kinesis",
            "--write",
            "4.5mb/s",
            "--records",
            "4600",
            "--on-demand"
        ]),
        "no\nnew-stream-write\n"
    );
    assert_eq!(
        quiet(&[
            "kinesis",
            "--write",
            "1mb/s",
            "--records",
            "5000",
            "--on-demand"
        ]),
        "no\nnew-stream-records\n"
    );
    assert_eq!(
        quiet(&[
            "kinesis",
            "--write",
            "3mb/s",
            "--records",
            "3000",
            "--consumers",
            "3",
            "--on-demand"
        ]),
        "no\nnew-stream-read\n"
    );
}

/// The record form: 1 KB × 5,000/s = 5,000 KiB/s = 5,000 / 1,024 = 4.8828125 MiB/s > 4
/// (shown exactly: it has 7 decimal places).
#[test]
fn on_demand_record_form() {
    let v = json(&[
        "kinesis",
        "--record-size",
        "1kb",
        "--rate",
        "5000/s",
        "--on-demand",
    ]);
    assert_eq!(v["result"]["write_mib_per_second"], 4.882_812_5);
    assert_eq!(v["result"]["failed_rule"], "new-stream-write");
    // Provisioned: ceil(5,000 / 1,024) = 5 shards.
    assert_eq!(v["result"]["provisioned_shards"], 5);
}

/// The Kinesis FAQ's example: a stream whose peak was 40 MB/s can burst to 2 × 40 = 80 MB/s.
/// 80 fits; 81 > 80 fails on previous-peak-write. Reads: at least 2 × 80 = 160 MiB/s.
#[test]
fn on_demand_previous_peak_faq_example() {
    let v = json(&[
        "kinesis",
        "--write",
        "80mb/s",
        "--records",
        "80000/s",
        "--on-demand",
        "--previous-peak",
        "40mb/s",
    ]);
    assert_eq!(v["result"]["fits"], true);
    assert_eq!(v["result"]["previous_peak_mib_per_second"], 40);
    assert_eq!(v["result"]["peak_write_mib_per_second"], 80);
    assert_eq!(v["result"]["peak_read_mib_per_second"], 160);
    assert_eq!(v["inputs"]["previous_peak"]["bytes_per_second"], 41_943_040);
    assert_eq!(v["answer"], "fits the on-demand stream");
    assert_eq!(
        quiet(&[
            "kinesis",
            "--write",
            "81mb/s",
            "--records",
            "81000/s",
            "--on-demand",
            "--previous-peak",
            "40mb/s",
        ]),
        "no\nprevious-peak-write\n"
    );
    // 2,400 MB/min = 40 MiB/s: the same peak per minute.
    assert_eq!(
        quiet(&[
            "kinesis",
            "--write",
            "80mb/s",
            "--records",
            "80000/s",
            "--on-demand",
            "--previous-peak",
            "2400mb/min",
        ]),
        "yes\n"
    );
}

/// 300 MiB/s after a 200 MiB/s peak (2 × 200 = 400 ≥ 300). In us-east-1 the maximum is
/// 10,240 MiB/s: fits. In eu-central-1 (and by default) 300 > 200: region-max-write.
#[test]
fn on_demand_region_decides_the_maximum() {
    let base = [
        "kinesis",
        "--write",
        "300mb/s",
        "--records",
        "300000/s",
        "--on-demand",
        "--previous-peak",
        "200mb/s",
    ];
    let mut east = base.to_vec();
    east.extend(["--region", "us-east-1"]);
    let v = json(&east);
    assert_eq!(v["result"]["fits"], true);
    assert_eq!(v["result"]["region_class"], "major");
    assert_eq!(v["result"]["region_max_write_mib_per_second"], 10_240);
    assert_eq!(v["result"]["region_max_read_mib_per_second"], 20_480);
    let mut frankfurt = base.to_vec();
    frankfurt.extend(["--region", "EU-Central-1"]);
    assert_eq!(quiet(&frankfurt), "no\nregion-max-write\n");
    assert_eq!(quiet(&base), "no\nregion-max-write\n");
    let text = String::from_utf8(
        awscalc()
            .args(&frankfurt)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone(),
    )
    .unwrap();
    assert!(
        common::flatten(&text).starts_with(&common::flatten(
            "does not fit: 300 MB/s (307,200 KiB/s) of writes is above the on-demand write \
             maximum of 200 MB/s in eu-central-1"
        )),
        "{text}"
    );
    assert!(
        common::flatten(&text)
            .contains("a support ticket can raise the on-demand maximum to 10,240 MiB/s"),
        "{text}"
    );
}

/// The us-east-1 maximum was 200 MiB/s (as everywhere) until awscalc's date for the raise,
/// 2024-12-31, and 10,240 MiB/s since.
#[test]
fn on_demand_as_of_across_the_region_maximum_change() {
    let args = [
        "kinesis",
        "--write",
        "300mb/s",
        "--records",
        "300000/s",
        "--on-demand",
        "--previous-peak",
        "200mb/s",
        "--region",
        "us-east-1",
    ];
    let mut before = args.to_vec();
    before.extend(["--as-of", "2024-12-30"]);
    assert_eq!(quiet(&before), "no\nregion-max-write\n");
    let v = json(&before);
    assert_eq!(v["result"]["region_max_write_mib_per_second"], 200);
    assert!(
        v["notes"].to_string().contains(
            "209,715,200 bytes/s is used because --as-of 2024-12-30 is before the change"
        ),
        "{}",
        v["notes"]
    );
    let mut after = args.to_vec();
    after.extend(["--as-of", "2024-12-31"]);
    assert_eq!(quiet(&after), "yes\n");
}

/// `--expect no` for 300 MiB/s in us-east-1: awscalc says yes today; 2023's reading (200
/// MiB/s everywhere) gives no, and --expect names it.
#[test]
fn on_demand_expect_names_the_older_region_maximum() {
    let args = [
        "kinesis",
        "--write",
        "300mb/s",
        "--records",
        "300000/s",
        "--on-demand",
        "--previous-peak",
        "200mb/s",
        "--region",
        "us-east-1",
        "--as-of",
        "2026-01-01",
    ];
    let mut no = args.to_vec();
    no.extend(["--expect", "no"]);
    awscalc()
        .args(&no)
        .assert()
        .code(1)
        .stdout(common::says("mismatch: expected no, awscalc computes yes"))
        .stdout(common::says(
            "hint: no is the answer before 2024-12-31, when the on-demand maximum write \
             throughput in us-east-1, us-west-2 and eu-west-1 was 209,715,200 bytes/s",
        ));
    let mut yes = args.to_vec();
    yes.extend(["--expect", "yes"]);
    awscalc()
        .args(&yes)
        .assert()
        .code(0)
        .stdout(common::says("match: expected yes"));
}

#[test]
fn on_demand_errors() {
    fails_with(
        &[
            "kinesis",
            "--write",
            "4mb/s",
            "--records",
            "4000",
            "--on-demand",
            "--region",
            "virginia",
        ],
        "invalid region `virginia`: it is not an AWS Region code; expected a Region code like \
         us-east-1",
    );
    fails_with(
        &[
            "kinesis",
            "--write",
            "4mb/s",
            "--records",
            "4000",
            "--on-demand",
            "--previous-peak",
            "0mb/s",
        ],
        "throughput `0mb/s` must be greater than zero",
    );
    fails_with(
        &[
            "kinesis",
            "--write",
            "4mb/s",
            "--records",
            "4000",
            "--on-demand",
            "--previous-peak",
            "20mbps",
        ],
        "`mbps` usually means bits",
    );
    fails_with(
        &[
            "kinesis",
            "--write",
            "4mb/s",
            "--records",
            "4000",
            "--on-demand",
            "--as-of",
            "2021-06-01",
        ],
        "--on-demand: on-demand capacity mode did not exist on 2021-06-01; it came on 2021-11-30",
    );
    // The stream limits still apply: 22 enhanced fan-out consumers.
    fails_with(
        &[
            "kinesis",
            "--write",
            "4mb/s",
            "--records",
            "4000",
            "--on-demand",
            "--efo",
            "22",
        ],
        "--efo `22` is more enhanced fan-out consumers than a stream takes",
    );
}

#[test]
fn on_demand_usage_errors() {
    fails_with(
        &[
            "kinesis",
            "--write",
            "4mb/s",
            "--records",
            "4000",
            "--previous-peak",
            "2mb/s",
        ],
        "--on-demand",
    );
    fails_with(
        &[
            "kinesis",
            "--write",
            "4mb/s",
            "--records",
            "4000",
            "--region",
            "us-east-1",
        ],
        "--on-demand",
    );
    fails_with(
        &["kinesis", "--shards", "4", "--on-demand"],
        "cannot be used with",
    );
}

/// Every option a form does not read is refused (issue #11). Before, clap let a flag whose
/// `requires` named a flag that conflicts with the form through unread: `--records` with
/// `--record-size`, `--rate` with `--write`, `--to` with a workload, and `--rate`,
/// `--records`, `--previous-peak`, `--region` with `--shards`.
const REFUSED: [(&[&str], &str); 11] = [
    (
        &[
            "--record-size",
            "2kb",
            "--rate",
            "5000",
            "--records",
            "9000/s",
        ],
        "the argument '--rate <RATE>' cannot be used multiple times",
    ),
    (
        &["--write", "4.5mb/s", "--records", "4600/s", "--rate", "777"],
        "the argument '--rate <RATE>' cannot be used multiple times",
    ),
    (
        &["--record-size", "2kb", "--rate", "5000", "--to", "9"],
        "the argument '--size <SIZE>' cannot be used with '--to <N>'",
    ),
    (
        &[
            "--write",
            "4.5mb/s",
            "--records",
            "4600/s",
            "--on-demand",
            "--to",
            "9",
        ],
        "the argument '--throughput <THROUGHPUT>' cannot be used with '--to <N>'",
    ),
    (
        &["--shards", "10", "--rate", "777"],
        "the argument '--shards <N>' cannot be used with '--rate <RATE>'",
    ),
    (
        &["--shards", "10", "--records", "9000/s"],
        "the argument '--shards <N>' cannot be used with '--rate <RATE>'",
    ),
    (
        &["--shards", "10", "--to", "25", "--rate", "7"],
        "the argument '--to <N>' cannot be used with '--rate <RATE>'",
    ),
    (
        &["--shards", "10", "--previous-peak", "40mb/s"],
        "the argument '--shards <N>' cannot be used with '--previous-peak <THROUGHPUT>'",
    ),
    (
        &["--shards", "10", "--region", "us-east-1"],
        "the argument '--shards <N>' cannot be used with '--region <REGION>'",
    ),
    (
        &["--shards", "10", "--to", "25", "--region", "us-east-1"],
        "the argument '--shards <N>' cannot be used with '--region <REGION>'",
    ),
    // The on-demand answer counts no Lambda invocations.
    (
        &[
            "--write",
            "4.5mb/s",
            "--records",
            "4600/s",
            "--on-demand",
            "--parallelization",
            "3",
        ],
        "--on-demand does not use `--parallelization 3`: the on-demand answer counts no \
             Lambda invocations; drop --parallelization, or drop --on-demand for the provisioned \
             shards and the invocations they allow",
    ),
];

#[test]
fn options_a_form_does_not_read_are_refused() {
    for (flags, message) in REFUSED {
        let args: Vec<&str> = std::iter::once("kinesis")
            .chain(flags.iter().copied())
            .collect();
        fails_with(&args, message);
    }
}

/// `--parallelization` is still read where it counts Lambda invocations, and `--region`
/// without `--on-demand` is still refused next to it.
#[test]
fn parallelization_outside_on_demand_is_unchanged() {
    fails_with(
        &[
            "kinesis",
            "--record-size",
            "2kb",
            "--rate",
            "5000",
            "--parallelization",
            "3",
            "--region",
            "us-east-1",
        ],
        "--on-demand",
    );
    // Unchanged: --parallelization with a provisioned workload and with --shards.
    let v = json(&[
        "kinesis",
        "--record-size",
        "2kb",
        "--rate",
        "5000",
        "--parallelization",
        "3",
    ]);
    assert_eq!(v["result"]["max_lambda_invocations"], 30);
    assert_eq!(
        quiet(&["kinesis", "--shards", "100", "--parallelization", "2"]),
        "200\n"
    );
}

#[test]
fn help_shows_the_on_demand_flags() {
    awscalc()
        .args(["kinesis", "--help"])
        .assert()
        .success()
        .stdout(common::says("--on-demand"))
        .stdout(common::says("--previous-peak <THROUGHPUT>"))
        .stdout(common::says("--region <REGION>"))
        .stdout(common::says(
            "awscalc kinesis --throughput 4.5mb/s --rate 4600/s --on-demand",
        ));
}

/// An on-demand answer's own steps are the on-demand rules; the six steps of the
/// provisioned comparison (write KiB/s, shards for bandwidth, for records, read KiB/s,
/// shards for reads, the largest) are shown with -v only, numbered as in the whole
/// derivation, and JSON keeps all fourteen.
#[test]
fn on_demand_shows_the_provisioned_steps_with_verbose_only() {
    let args = [
        "kinesis",
        "--throughput",
        "4.5mb/s",
        "--rate",
        "4600/s",
        "--on-demand",
        "--as-of",
        "2026-11-30",
    ];
    let text = |extra: &[&str]| {
        let out = awscalc().args(args).args(extra).output().unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    let short = text(&[]);
    assert!(!short.contains("ceil(4,608 / 1,024)"), "{short}");
    // Steps 7 to 9 (bandwidths, the Region's read maximum) reappear in the rules: -v only.
    assert!(
        !short.contains("   7  on-demand: write bandwidth in MiB/s"),
        "{short}"
    );
    assert!(
        short.contains("  10  rule 1, region-max-write: passes"),
        "{short}"
    );
    assert!(
        common::flatten(&short).contains("-v shows 9 more steps"),
        "{short}"
    );
    let long = text(&["-v"]);
    assert!(long.contains("ceil(4,608 / 1,024)"), "{long}");
    assert!(
        long.contains("   1  incoming write bandwidth in KiB"),
        "{long}"
    );
    assert!(!common::flatten(&long).contains("more steps"), "{long}");
    assert!(
        long.contains("   7  on-demand: write bandwidth in MiB/s"),
        "{long}"
    );
    assert_eq!(json(&args)["steps"].as_array().unwrap().len(), 14);
}
