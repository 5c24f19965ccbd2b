//! CLI tests for `awscalc rcu`, `awscalc wcu`, `awscalc facts` and the global flags, run
//! against the real binary. Expected values are derived by hand in the comments.

mod common;

use common::{awscalc, fails_with, json, quiet};
use predicates::prelude::*;
use serde_json::Value;

// ---- the study notes' worked examples (shared/study-notes.md §3A) ----

/// A1, 002:168: 7 KB items, strongly consistent reads 3/s → ceil(7/4) = 2 × 3 = 6 RCU;
/// writes 10/s → ceil(7/1) = 7 × 10 = 70 WCU.
#[test]
fn study_notes_a1_6_rcu_and_70_wcu() {
    assert_eq!(
        quiet(&["rcu", "--size", "7kb", "--rate", "3", "--strong"]),
        "6\n"
    );
    assert_eq!(quiet(&["wcu", "--size", "7kb", "--rate", "10"]), "70\n");
}

/// A2, 002:169: 90 reads/s of 3 KB → 45 only when eventually consistent (the default).
#[test]
fn study_notes_a2_45_rcu_eventually_consistent() {
    assert_eq!(quiet(&["rcu", "--size", "3kb", "--rate", "90"]), "45\n");
    assert_eq!(
        quiet(&["rcu", "--size", "3kb", "--rate", "90", "--eventual"]),
        "45\n"
    );
}

/// A3, 002:170: 100 strongly consistent reads/s of 5 KB → ceil(5/4) = 2 × 100 = 200.
#[test]
fn study_notes_a3_200_rcu() {
    assert_eq!(
        quiet(&["rcu", "--size", "5kb", "--rate", "100", "--strong"]),
        "200\n"
    );
}

/// A4, 002:171: 600 gauges × one 1 KB write per minute = 600/min = 10/s → 10 WCU.
#[test]
fn study_notes_a4_10_wcu() {
    assert_eq!(
        quiet(&["wcu", "--size", "1kb", "--rate", "600/min"]),
        "10\n"
    );
    assert_eq!(
        quiet(&["wcu", "--size", "1kb", "--rate", "36000/h"]),
        "10\n"
    );
}

/// A5, 002:167: 5 RCU, 4 KB items: 10 eventually consistent reads/s, 5 strongly consistent.
#[test]
fn study_notes_a5_5_rcu_sustain_10_eventual_reads() {
    assert_eq!(quiet(&["rcu", "--size", "4kb", "--units", "5"]), "10\n");
    assert_eq!(
        quiet(&["rcu", "--size", "4kb", "--units", "5", "--strong"]),
        "5\n"
    );
}

// ---- each output format ----

#[test]
fn default_output_puts_the_answer_first_then_steps_notes_and_facts() {
    let out = awscalc()
        .args(["rcu", "--size", "5kb", "--rate", "100", "--strong"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    assert!(text.starts_with("200 RCU\n"), "{text}");
    assert!(text.contains("5 KB × 1,024 = 5,120 bytes"), "{text}");
    assert!(
        text.contains("  1  round item size up to 4 KB units   ceil(5,120 / 4,096)  2 units\n"),
        "{text}"
    );
    // The facts are one line's pointer; -v lists them with their sources.
    assert!(!text.contains("https://"), "{text}");
    assert!(
        text.ends_with("\n-v shows 4 more results and the 9 AWS facts used with their sources\n"),
        "{text}"
    );
    let out = awscalc()
        .args(["rcu", "--size", "5kb", "--rate", "100", "--strong", "-v"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    assert!(text.contains("AWS facts used (in force on "), "{text}");
    assert!(
        text.contains("https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html"),
        "{text}"
    );
}

#[test]
fn json_has_stable_fields_and_exact_numbers() {
    let v = json(&["rcu", "--size", "9kb", "--rate", "3"]);
    assert_eq!(v["command"], "rcu");
    // ceil(9 KB / 4 KB) = 3 units × 0.5 = 1.5 per read; × 3 = 4.5 consumed; provision 5.
    assert_eq!(v["result"]["rcu"], 5);
    assert!(v["result"]["rcu"].is_u64(), "a JSON number, not a string");
    assert_eq!(v["result"]["units_per_read"].to_string(), "1.5");
    assert_eq!(v["result"]["consumed_per_second"].to_string(), "4.5");
    assert_eq!(v["result"]["rru_per_second"].to_string(), "4.5");
    assert_eq!(v["inputs"]["size"]["given"], "9kb");
    assert_eq!(v["inputs"]["size"]["bytes"], 9216);
    assert_eq!(v["inputs"]["rate"]["per_second"], 3);
    assert_eq!(v["inputs"]["consistency"]["value"], "eventual");
    assert!(v["steps"].as_array().unwrap().len() >= 3);
    assert_eq!(v["steps"][0]["formula"], "ceil(9,216 / 4,096)");
    assert_eq!(v["steps"][0]["value"], 3);
    let facts = v["facts"].as_array().unwrap();
    let read_unit = facts
        .iter()
        .find(|f| f["id"] == "dynamodb.read_unit_bytes")
        .unwrap();
    assert_eq!(read_unit["value"], 4096);
    assert!(read_unit["source"]
        .as_str()
        .unwrap()
        .starts_with("https://docs.aws.amazon.com/"));
    assert!(v["notes"].as_array().unwrap().iter().any(|n| n["text"]
        .as_str()
        .unwrap()
        .contains("eventually consistent reads, DynamoDB's default")));
}

#[test]
fn json_inverse_form_names_reads_per_second() {
    // 5 RCU / 1.5 units per 9 KB eventual read = 3.333… reads/s, reported rounded down.
    let v = json(&["rcu", "--size", "9kb", "--units", "5"]);
    assert_eq!(v["result"]["reads_per_second"].to_string(), "3.3333");
    assert_eq!(v["result"]["whole_reads_per_second"], 3);
    // 10 WCU of 1 KB standard writes: 10 writes/s.
    let v = json(&["wcu", "--size", "1kb", "--units", "10"]);
    assert_eq!(v["result"]["writes_per_second"], 10);
    assert_eq!(v["result"]["units_per_write"], 1);
}

#[test]
fn json_wcu_fields() {
    // 2 KB transactional: 2 units × 2 = 4 per write; × 5/s = 20 WCU.
    let v = json(&["wcu", "--size", "2kb", "--rate", "5", "--transactional"]);
    assert_eq!(v["result"]["wcu"], 20);
    assert_eq!(v["result"]["units_per_write"], 4);
    assert_eq!(v["result"]["wru_per_second"], 20);
}

#[test]
fn quiet_prints_only_the_answer() {
    assert_eq!(
        quiet(&["rcu", "--size", "5kb", "--rate", "100", "--strong"]),
        "200\n"
    );
    awscalc()
        .args(["-q", "wcu", "--size", "1kb", "--rate", "600/min"])
        .assert()
        .success()
        .stdout("10\n");
}

// ---- the request shapes ----

/// AWS: a Query returning items totalling 40.8 KB rounds to 44 KB → 11 strong units.
#[test]
fn query_by_total_size() {
    assert_eq!(quiet(&["rcu", "--total", "40.8kb", "--strong"]), "11\n");
}

/// 10 items of 4 KB in one Query: 40 KB summed → 10 strong units, eventual 5; × 2/s.
#[test]
fn query_by_item_count() {
    assert_eq!(
        quiet(&["rcu", "--items", "10", "--size", "4kb", "--rate", "2", "--strong"]),
        "20\n"
    );
    assert_eq!(
        quiet(&["rcu", "--items", "10", "--size", "4kb", "--rate", "2"]),
        "10\n"
    );
}

/// AWS: BatchGetItem of 1.5 KB + 6.5 KB = 4 KB + 8 KB = 3 strong units (not 2).
/// BatchWriteItem of 500 bytes + 3.5 KB = 1 + 4 = 5 units.
#[test]
fn batches_round_each_item() {
    assert_eq!(quiet(&["rcu", "--batch", "1.5kb,6.5kb", "--strong"]), "3\n");
    assert_eq!(quiet(&["wcu", "--batch", "500b,3.5kb"]), "5\n");
}

/// Transactional reads are 2 units per 4 KB: a 4 KB item at 10/s → 20 RCU.
#[test]
fn transactional_reads_double_strong() {
    assert_eq!(
        quiet(&["rcu", "--size", "4kb", "--rate", "10", "--transactional"]),
        "20\n"
    );
}

#[test]
fn a_bare_size_means_kb_and_says_so() {
    // `7` is 7 KB: ceil(7/4) = 2 strong units × 3/s = 6.
    awscalc()
        .args(["rcu", "--size", "7", "--rate", "3", "--strong"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("6 RCU\n"))
        .stdout(common::says("`7` has no unit: read as 7 KB"));
}

#[test]
fn without_a_rate_one_request_per_second_is_shown() {
    // 9 KB eventual: 1.5 units → 2 RCU for one read per second.
    awscalc()
        .args(["rcu", "--size", "9kb"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("2 RCU\n"))
        .stdout(common::says("no --rate or --units given"));
}

#[test]
fn partitions_and_quotas_are_noted() {
    // 50,000 strong reads/s of 4 KB = 50,000 RCU: ceil(50,000 / 3,000) = 17 partitions,
    // above the 40,000 per-table default quota.
    let v = json(&["rcu", "--size", "4kb", "--rate", "50000", "--strong"]);
    assert_eq!(v["result"]["min_partitions"], 17);
    let notes = v["notes"].to_string();
    assert!(notes.contains("at least 17 partitions"), "{notes}");
    assert!(notes.contains("per-table quota of 40,000 RCU"), "{notes}");
}

// ---- --expect ----

#[test]
fn expect_match_exits_0() {
    awscalc()
        .args([
            "rcu", "--size", "5kb", "--rate", "100", "--strong", "--expect", "200",
        ])
        .assert()
        .code(0)
        .stdout(common::says(
            "match: expected 200, awscalc computes 200 RCU",
        ));
}

#[test]
fn expect_mismatch_exits_1_and_names_the_consistency() {
    awscalc()
        .args([
            "rcu", "--size", "3kb", "--rate", "90", "--strong", "--expect", "45",
        ])
        .assert()
        .code(1)
        .stdout(common::says(
            "mismatch: expected 45, awscalc computes 90 RCU",
        ))
        .stdout(common::says(
            "45 is the answer for eventually consistent reads",
        ));
}

#[test]
fn expect_names_kb_as_1000_bytes() {
    // 4.05 KB strong at 100/s: 4,147.2 bytes → 2 units → 200. With KB = 1,000 bytes:
    // 4,050 bytes → 1 unit → 100 (eventual reads also give 100: 2 × 0.5 × 100).
    awscalc()
        .args([
            "rcu", "--size", "4.05kb", "--rate", "100", "--strong", "--expect", "100",
        ])
        .assert()
        .code(1)
        .stdout(common::says(
            "100 is the answer for KB taken as 1,000 bytes",
        ));
    // A write of 1.02 KB: 1,044.48 bytes → 2 units; as 1,020 bytes → 1 unit. At 10/s: 20 vs 10.
    awscalc()
        .args(["wcu", "--size", "1.02kb", "--rate", "10", "--expect", "10"])
        .assert()
        .code(1)
        .stdout(common::says("10 is the answer for KB taken as 1,000 bytes"));
}

#[test]
fn expect_names_summed_versus_per_item_rounding() {
    // 100 strong reads/s of 5 KB: 200 RCU. Rounding the 500 KB/s throughput once: 125.
    awscalc()
        .args(["rcu", "--size", "5kb", "--rate", "100", "--strong", "--expect", "125"])
        .assert()
        .code(1)
        .stdout(common::says(
            "125 is the answer for the total throughput (rate × size) rounded up once instead of each item",
        ));
    // BatchGetItem 1.5 KB + 6.5 KB: 3 units per item; summed as 8 KB it would be 2.
    awscalc()
        .args(["rcu", "--batch", "1.5kb,6.5kb", "--strong", "--expect", "2"])
        .assert()
        .code(1)
        .stdout(common::says(
            "the summed size rounded up once instead of each item",
        ));
    // Query of 10 items of 1 KB: summed 10 KB → 3 strong units; per item 10 × 1 = 10.
    awscalc()
        .args([
            "rcu", "--items", "10", "--size", "1kb", "--strong", "--expect", "10",
        ])
        .assert()
        .code(1)
        .stdout(common::says(
            "each item rounded up separately instead of the summed size",
        ));
}

#[test]
fn expect_without_a_known_reading_lists_the_neighbours() {
    awscalc()
        .args([
            "rcu", "--size", "3kb", "--rate", "90", "--strong", "--expect", "77",
        ])
        .assert()
        .code(1)
        .stdout(common::says("no common reading gives 77"))
        .stdout(common::says("45 for eventually consistent reads"))
        .stdout(common::says("180 for transactional reads"));
}

#[test]
fn expect_in_json_and_quiet() {
    let out = awscalc()
        .args([
            "rcu", "--size", "3kb", "--rate", "90", "--strong", "--expect", "45", "--json",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["expect"]["matches"], false);
    assert_eq!(v["expect"]["actual"], 90);
    assert_eq!(
        v["expect"]["hints"][0],
        "45 is the answer for eventually consistent reads"
    );
    awscalc()
        .args([
            "rcu", "--size", "3kb", "--rate", "90", "--strong", "--expect", "45", "-q",
        ])
        .assert()
        .code(1)
        .stdout("90\n")
        .stderr(predicate::str::contains("mismatch: expected 45"));
}

#[test]
fn expect_that_is_not_a_number_is_bad_input() {
    awscalc()
        .args(["rcu", "--size", "3kb", "--rate", "90", "--expect", "lots"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "cannot compare `lots` with the answer",
        ));
}

// ---- --as-of and the facts registry ----

#[test]
fn as_of_before_transactions_is_an_error_naming_the_date() {
    awscalc()
        .args([
            "--as-of",
            "2017-06-01",
            "rcu",
            "--size",
            "4kb",
            "--transactional",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("did not exist on 2017-06-01"))
        .stderr(predicate::str::contains("2018-11-27"));
}

/// TransactWriteItems: 10 items at the 2018-11-27 launch, 25 from June 2019 (awscalc uses
/// 2019-06-01, the month only), 100 from 2022-09-06.
#[test]
fn as_of_picks_the_transaction_item_limit_and_notes_the_change() {
    let items = |n: usize| std::iter::repeat_n("1kb", n).collect::<Vec<_>>().join(",");
    let (eleven, thirty) = (items(11), items(30));
    // 2019-01-01: at most 10, so 11 items are refused: ceil(11 / 10) = 2 requests.
    awscalc()
        .args([
            "wcu",
            "--batch",
            &eleven,
            "--transactional",
            "--as-of",
            "2019-01-01",
        ])
        .assert()
        .code(2)
        .stderr(
            "error: TransactWriteItems takes at most 10 items (on 2019-01-01), and 11 were \
             given; split them into 2 requests\n",
        );
    // 2019-06-01: 25, so the 11 fit: 11 × 1 unit × 2 = 22 WCU.
    assert_eq!(
        quiet(&[
            "wcu",
            "--batch",
            &eleven,
            "--transactional",
            "--as-of",
            "2019-06-01"
        ]),
        "22\n"
    );
    // 2020: at most 25 items.
    awscalc()
        .args([
            "wcu",
            "--batch",
            &thirty,
            "--transactional",
            "--as-of",
            "2020-01-01",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "at most 25 items (on 2020-01-01), and 30 were given",
        ));
    // Now: 100. 30 items × 1 unit × 2 = 60 WCU, with a note on each change.
    let v = json(&[
        "wcu",
        "--batch",
        &thirty,
        "--transactional",
        "--as-of",
        "2026-01-01",
    ]);
    assert_eq!(v["result"]["wcu"], 60);
    let notes = v["notes"].to_string();
    assert!(
        notes.contains(
            "changed on 2019-06-01 (only the month is known): 10 items before, 25 items since"
        ),
        "{notes}"
    );
    assert!(
        notes.contains("changed on 2022-09-06: 25 items before, 100 items since"),
        "{notes}"
    );
    // The day before each raise, 30 items were refused: the notes say so.
    assert!(
        notes.contains(
            "with the values before 2022-09-06 there is no answer: TransactWriteItems takes at \
             most 25 items (on 2022-09-05), and 30 were given"
        ),
        "{notes}"
    );
    assert!(
        notes.contains(
            "with the values before 2019-06-01 there is no answer: TransactWriteItems takes at \
             most 10 items (on 2019-05-31), and 30 were given"
        ),
        "{notes}"
    );
    assert_eq!(v["changes"][0]["since"], "2019-06-01");
    assert_eq!(v["changes"][0]["facts"][0]["date_precision"], "month");
    assert_eq!(v["changes"][0]["other_side"]["date"], "2019-05-31");
    assert_eq!(v["changes"][1]["since"], "2022-09-06");
    assert_eq!(v["changes"][1]["facts"][0]["date_precision"], "day");
    assert_eq!(v["changes"][1]["other_side"]["date"], "2022-09-05");
    assert_eq!(v["changes"][1]["other_side"]["same_answer"], false);
    // 10 items fit all three limits: 10 × 1 unit × 2 = 20 WCU each time.
    let v = json(&[
        "wcu",
        "--batch",
        &items(10),
        "--transactional",
        "--as-of",
        "2026-01-01",
    ]);
    assert_eq!(v["result"]["wcu"], 20);
    assert_eq!(v["changes"][0]["other_side"]["same_answer"], true);
    assert_eq!(v["changes"][1]["other_side"]["same_answer"], true);
    assert!(v["notes"]
        .to_string()
        .contains("with the values before 2022-09-06 the answer is the same"));
}

/// `awscalc facts` says what kind of date each `since` is, in every format: `day`, `month`
/// (only the month is known) or `on-or-before` (a bound); `-` for an undated value.
#[test]
fn facts_say_which_dates_are_bounds_in_every_format() {
    const SOURCE: &str =
        "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/transaction-apis.html";
    assert_eq!(
        quiet(&["--as-of", "2020-01-01", "facts", "transact_max_items"]),
        format!("dynamodb.transact_max_items\t25\titems\t2019-06-01\tmonth\t{SOURCE}\n")
    );
    assert_eq!(
        quiet(&["--as-of", "2026-01-01", "facts", "transact_max_items"]),
        format!("dynamodb.transact_max_items\t100\titems\t2022-09-06\tday\t{SOURCE}\n")
    );
    assert_eq!(
        quiet(&["--as-of", "2019-01-01", "facts", "transact_max_items"]),
        format!("dynamodb.transact_max_items\t10\titems\t2018-11-27\tday\t{SOURCE}\n")
    );
    assert!(quiet(&["facts", "dynamodb.kb_bytes"])
        .starts_with("dynamodb.kb_bytes\t1024\tbytes\t-\t-\t"));
    let q = quiet(&[
        "--as-of",
        "2026-01-01",
        "facts",
        "account_shard_quota_major",
    ]);
    assert!(
        q.contains("\t20000\tshards\t2025-10-27\ton-or-before\t"),
        "{q}"
    );

    let v = json(&[
        "--as-of",
        "2026-01-01",
        "facts",
        "account_shard_quota_major",
    ]);
    let fact = &v["result"]["facts"][0];
    assert_eq!(fact["since"], "2025-10-27");
    assert_eq!(fact["date_precision"], "on-or-before");
    assert_eq!(fact["date_is_bound"], true);
    assert_eq!(fact["history"][0]["since"], Value::Null);
    assert_eq!(fact["history"][0]["date_precision"], Value::Null);
    assert_eq!(fact["history"][1]["date_precision"], "on-or-before");
    let v = json(&["--as-of", "2026-01-01", "facts", "transact_max_items"]);
    let history = &v["result"]["facts"][0]["history"];
    let dates: Vec<(&str, &str, bool, u64)> = history
        .as_array()
        .unwrap()
        .iter()
        .skip(1)
        .map(|e| {
            (
                e["since"].as_str().unwrap(),
                e["date_precision"].as_str().unwrap(),
                e["date_is_bound"].as_bool().unwrap(),
                e["value"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        dates,
        [
            ("2018-11-27", "day", false, 10),
            ("2019-06-01", "month", true, 25),
            ("2022-09-06", "day", false, 100),
        ]
    );

    let out = awscalc()
        .args(["--as-of", "2026-01-01", "facts", "transact_max_items", "-v"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("  date is  "), "{text}");
    assert!(
        common::flatten(&text).contains(
            "note: dynamodb.transact_max_items: none before 2018-11-27; 10 items from 2018-11-27; 25 items \
             from 2019-06-01 (only the month is known); 100 items from 2022-09-06"
        ),
        "{text}"
    );
}

/// Elastic Volumes: a six-hour wait between modifications from the 2017-02-13 launch, up to
/// four modifications in a rolling 24 hours (and no wait) from 2026-01-15.
#[test]
fn facts_list_the_ebs_modification_rules_with_their_history() {
    let source = "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyVolume.html";
    assert_eq!(
        quiet(&["--as-of", "2025-01-01", "facts", "ebs.modification"]),
        format!(
            "ebs.modifications_per_24h\t-\tmodifications\t-\t-\t{source}\n\
             ebs.modification_cooldown_hours\t6\thours\t2017-02-13\tday\t{source}\n"
        )
    );
    assert_eq!(
        quiet(&["--as-of", "2026-01-15", "facts", "ebs.modification"]),
        format!(
            "ebs.modifications_per_24h\t4\tmodifications\t2026-01-15\tday\t{source}\n\
             ebs.modification_cooldown_hours\t0\thours\t2026-01-15\tday\t{source}\n"
        )
    );
    let text = String::from_utf8(
        awscalc()
            .args(["--as-of", "2026-11-22", "facts", "ebs.modification", "-v"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    assert!(
        common::flatten(&text).contains(
            "note: ebs.modifications_per_24h: none before 2026-01-15; 4 modifications from 2026-01-15"
        ),
        "{text}"
    );
    assert!(
        common::flatten(&text).contains(
            "note: ebs.modification_cooldown_hours: none before 2017-02-13; 6 hours from 2017-02-13; 0 \
             hours from 2026-01-15"
        ),
        "{text}"
    );
}

#[test]
fn facts_lists_the_registry_in_every_format() {
    let text = String::from_utf8(
        awscalc()
            .args(["facts", "dynamodb"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    assert!(text.contains("dynamodb.read_unit_bytes"), "{text}");
    assert!(text.contains("\n  ID  "), "{text}");
    let v = json(&["facts", "read_unit"]);
    assert_eq!(v["result"]["count"], 1);
    let fact = &v["result"]["facts"][0];
    assert_eq!(fact["id"], "dynamodb.read_unit_bytes");
    assert_eq!(fact["value"], 4096);
    assert_eq!(fact["unit"], "bytes");
    assert!(fact["source"]
        .as_str()
        .unwrap()
        .starts_with("https://docs.aws.amazon.com/"));
    let q = quiet(&["facts", "write_unit_bytes"]);
    assert!(
        q.starts_with("dynamodb.write_unit_bytes\t1024\tbytes\t"),
        "{q}"
    );
    // Mode switches per day: 1 before 2025-08-12, 4 since.
    assert!(quiet(&["--as-of", "2025-01-01", "facts", "mode_switches"]).contains("\t1\t"));
    assert!(quiet(&["--as-of", "2025-08-12", "facts", "mode_switches"]).contains("\t4\t"));
}

#[test]
fn facts_with_no_match_warns_and_exits_1() {
    awscalc()
        .args(["facts", "nosuchthing"])
        .assert()
        .code(1)
        .stdout(common::says("no fact matches `nosuchthing`"));
    // --quiet prints no row; the exit status says nothing matched, as with grep.
    awscalc()
        .args(["facts", "nosuchthing", "--quiet"])
        .assert()
        .code(1)
        .stdout("");
}

// ---- errors: message names the value, exit 2, never a panic ----

#[test]
fn bad_sizes() {
    fails_with(
        &["rcu", "--size", "5kq", "--rate", "1"],
        "invalid size `5kq`: unknown unit `kq`",
    );
    fails_with(
        &["rcu", "--size", "5kq", "--rate", "1"],
        "5kb, 5 KB, 3.5kb, 512b, 400KiB, 1mb",
    );
    fails_with(
        &["rcu", "--size", "0kb", "--rate", "1"],
        "size `0kb` must be greater than zero",
    );
    fails_with(
        &["rcu", "--size", "-5kb", "--rate", "1"],
        "size `-5kb` must be greater than zero",
    );
    fails_with(
        &["rcu", "--size", "abc", "--rate", "1"],
        "invalid size `abc`",
    );
    fails_with(
        &["rcu", "--size", "", "--rate", "1"],
        "invalid size ``: it is empty",
    );
    fails_with(
        &["rcu", "--size", "123456789012345678901234567890kb"],
        "is too large",
    );
}

#[test]
fn item_above_400kb() {
    // 401 KB = 410,624 bytes > 409,600.
    fails_with(
        &["wcu", "--size", "401kb", "--rate", "1"],
        "item size `401kb` (410,624 bytes) is above DynamoDB's maximum item size of 400 KB (409,600 bytes)",
    );
    // Exactly 400 KB is allowed: 400 write units.
    assert_eq!(quiet(&["wcu", "--size", "400kb", "--rate", "1"]), "400\n");
}

#[test]
fn bad_rates() {
    fails_with(
        &["rcu", "--size", "1kb", "--rate", "0"],
        "rate `0` must be greater than zero",
    );
    fails_with(
        &["rcu", "--size", "1kb", "--rate", "-3"],
        "rate `-3` must be greater than zero",
    );
    fails_with(
        &["rcu", "--size", "1kb", "--rate", "5/fortnight"],
        "unknown time unit `fortnight`",
    );
    fails_with(
        &["rcu", "--size", "1kb", "--rate", "fast"],
        "invalid rate `fast`",
    );
    fails_with(
        &["rcu", "--size", "1kb", "--rate", "99999999999999999999999"],
        "rate `99999999999999999999999` is too large",
    );
}

#[test]
fn bad_units_and_items() {
    fails_with(
        &["rcu", "--size", "1kb", "--units", "2.5"],
        "units `2.5` must be a whole number",
    );
    fails_with(
        &["rcu", "--size", "1kb", "--units", "0"],
        "units `0` must be greater than zero",
    );
    fails_with(
        &["rcu", "--items", "0", "--size", "1kb"],
        "items `0` must be greater than zero",
    );
}

#[test]
fn batch_limits() {
    let hundred_and_one: Vec<&str> = std::iter::repeat_n("1kb", 101).collect();
    fails_with(
        &["rcu", "--batch", &hundred_and_one.join(",")],
        "BatchGetItem takes at most 100 items",
    );
    let twenty_six: Vec<&str> = std::iter::repeat_n("1kb", 26).collect();
    fails_with(
        &["wcu", "--batch", &twenty_six.join(",")],
        "BatchWriteItem takes at most 25 items",
    );
    // 100 items of 200 KB = 20,000 KB > 16 MB (16,384 KB).
    let big: Vec<&str> = std::iter::repeat_n("200kb", 100).collect();
    fails_with(
        &["rcu", "--batch", &big.join(",")],
        "BatchGetItem takes at most 16,777,216 bytes",
    );
}

#[test]
fn conflicting_and_missing_flags() {
    fails_with(&["rcu", "--rate", "5"], "--size");
    fails_with(
        &["rcu", "--size", "1kb", "--strong", "--eventual"],
        "cannot be used with",
    );
    fails_with(
        &["rcu", "--size", "1kb", "--rate", "1", "--units", "2"],
        "cannot be used with",
    );
    fails_with(
        &["rcu", "--total", "8kb", "--transactional"],
        "Query and Scan cannot be transactional",
    );
    fails_with(
        &["rcu", "--size", "1kb", "--json", "--quiet"],
        "cannot be used with",
    );
    fails_with(
        &["wcu", "--size", "1kb", "--strong"],
        "unexpected argument '--strong'",
    );
    fails_with(
        &["rcu", "--size", "1kb", "--as-of", "2024-13-01"],
        "invalid date `2024-13-01`",
    );
    fails_with(&["nosuchcommand"], "unrecognized subcommand");
}

/// Every option a form does not read is refused (issue #11): `--items` counts the items of
/// a Query of `--size` items, and a batch lists its item sizes itself.
#[test]
fn options_a_form_does_not_read_are_refused() {
    fails_with(
        &["rcu", "--batch", "1kb", "--items", "5", "--rate", "100"],
        "the argument '--batch <SIZES>' cannot be used with '--items <N>'",
    );
    fails_with(
        &["rcu", "--items", "5", "--batch", "1kb,2kb", "--units", "5"],
        "the argument '--items <N>' cannot be used with '--batch <SIZES>'",
    );
    fails_with(
        &["rcu", "--batch", "1kb", "--items", "5", "--strong"],
        "the argument '--batch <SIZES>' cannot be used with '--items <N>'",
    );
    // Unchanged: --items with --size, and --batch alone.
    assert_eq!(
        quiet(&["rcu", "--items", "5", "--size", "1kb", "--rate", "100"]),
        "100\n"
    );
    assert_eq!(quiet(&["rcu", "--batch", "1kb", "--rate", "100"]), "50\n");
}

// ---- help, completions, man page, pipes ----

#[test]
fn help_shows_examples() {
    awscalc()
        .arg("--help")
        .assert()
        .success()
        .stdout(common::says("awscalc rcu --size 5kb --rate 100 --strong"));
    awscalc()
        .args(["rcu", "--help"])
        .assert()
        .success()
        .stdout(common::says("a bare number is KB"))
        .stdout(common::says("--batch 1.5kb,6.5kb"));
    awscalc()
        .args(["wcu", "--help"])
        .assert()
        .success()
        .stdout(common::says("awscalc wcu --size 1kb --rate 600/min"));
}

#[test]
fn completions_and_man_page() {
    awscalc()
        .args(["completions", "bash"])
        .assert()
        .success()
        .stdout(common::says("_awscalc()"));
    awscalc()
        .args(["completions", "zsh"])
        .assert()
        .success()
        .stdout(common::says("#compdef awscalc"));
    awscalc()
        .arg("man")
        .assert()
        .success()
        .stdout(common::says(".TH awscalc"));
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    use std::process::Stdio;
    // `completions` and `man` too: clap_complete panicked on a closed pipe (exit 134).
    for args in [&["facts"][..], &["completions", "bash"], &["man"]] {
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("awscalc"))
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// A fact that changed twice (10 → 25 items in June 2019, 25 → 100 on 2022-09-06): each
/// change note names the value in force on --as-of, which need be neither side of it.
#[test]
fn change_notes_name_the_value_in_force_for_a_fact_that_changed_twice() {
    let notes = |as_of: &str| {
        String::from_utf8(
            awscalc()
                .args([
                    "--as-of",
                    as_of,
                    "wcu",
                    "--batch",
                    "1kb,1kb",
                    "--transactional",
                    "-v",
                ])
                .output()
                .unwrap()
                .stdout,
        )
        .unwrap()
    };
    let today = notes("2026-11-30");
    assert!(
        common::flatten(&today).contains("10 items before, 25 items since; 100 items is used"),
        "{today}"
    );
    assert!(
        common::flatten(&today).contains("25 items before, 100 items since; 100 items is used"),
        "{today}"
    );
    let in_2020 = notes("2020-01-01");
    assert!(
        common::flatten(&in_2020).contains("10 items before, 25 items since; 25 items is used"),
        "{in_2020}"
    );
    assert!(
        common::flatten(&in_2020).contains(
            "25 items before, 100 items since; 25 items is used because --as-of 2020-01-01 is \
             before the change"
        ),
        "{in_2020}"
    );
}

// ---- writes to a table with secondary indexes (GSI.html, LSI.html) ----

/// GSI.html: a key change is a delete plus a put on the index. 2 KB items at 100/s: table
/// 2 × 100 = 200; GSI 1 (1 KB) 100; GSI 2 (500 bytes, key change) 1 × 2 × 100 = 200: 500.
/// Each common mistake is named by `--expect`: 200 (index writes forgotten), 400 (a key
/// change as one write: 200 + 100 + 100), 800 (entries as the whole item: 200 + 200 + 400).
#[test]
fn gsi_writes_add_to_the_table_and_expect_names_each_mistake() {
    let args = [
        "wcu",
        "--size",
        "2kb",
        "--rate",
        "100",
        "--gsi",
        "1kb",
        "--gsi",
        "500b:key-change",
    ];
    let out = json(&args);
    assert_eq!(out["result"]["total_wcu"], 500);
    assert_eq!(out["result"]["table_wcu"], 200);
    assert_eq!(out["result"]["gsi_1"], 100);
    assert_eq!(out["result"]["gsi_2"], 200);
    for (expected, hint) in [
        ("200", "the table alone: the index writes forgotten"),
        ("400", "a key change counted as one index write"),
        ("800", "index entries taken as the whole item"),
    ] {
        let mut with = args.to_vec();
        with.extend(["--expect", expected]);
        let out = common::json_with(&with, 1);
        let hints = out["expect"]["hints"].to_string();
        assert!(hints.contains(hint), "{expected}: {hints}");
    }
}

/// LSI.html: a local index uses the table's capacity. (2 + 1) units × 100 = 300 WCU on the
/// table, nothing of its own; `check` takes the same line.
#[test]
fn lsi_writes_join_the_table_capacity() {
    assert_eq!(
        quiet(&["wcu", "--size", "2kb", "--rate", "100", "--lsi", "1kb"]),
        "300\n"
    );
}
