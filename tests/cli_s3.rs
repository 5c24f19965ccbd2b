//! CLI tests for `awscalc s3 …`, run against the real binary. Expected values are derived
//! by hand from the AWS rules in the comments (docs/s3.md cites each page).

mod common;

use common::{awscalc, fails, json, json_with, quiet};
use predicates::prelude::*;

// ---- s3 classes ----

/// storage-class-intro.html: Standard-IA 30 days and 128 KB; Deep Archive 180 days.
#[test]
fn classes_table_default_output() {
    awscalc()
        .args(["s3", "classes"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("7 storage classes\n"))
        .stdout(predicate::str::contains("\n  STANDARD_IA  "))
        .stdout(common::says("180 days"))
        .stdout(common::says("Expedited 1–5 min"));
}

#[test]
fn classes_json_lists_each_class_with_numbers() {
    let v = json(&["s3", "classes"]);
    let classes = v["result"]["classes"].as_array().unwrap();
    assert_eq!(classes.len(), 7);
    let ia = classes
        .iter()
        .find(|c| c["class"] == "STANDARD_IA")
        .unwrap();
    assert_eq!(ia["min_days"], 30);
    assert_eq!(ia["min_billable_bytes"], 131_072);
    let glacier = classes.iter().find(|c| c["class"] == "GLACIER").unwrap();
    assert_eq!(glacier["archive_overhead_bytes"], 40_960);
    assert_eq!(
        glacier["retrieval"][1]["max_minutes"], 300,
        "Standard 3–5 h"
    );
    let oz = classes.iter().find(|c| c["class"] == "ONEZONE_IA").unwrap();
    assert_eq!(oz["availability_zones"], 1);
}

#[test]
fn classes_quiet_prints_one_row_per_class() {
    let out = quiet(&["s3", "classes"]);
    assert_eq!(out.lines().count(), 7);
    assert!(out.lines().any(|l| l.starts_with("GLACIER_IR\t90 days")));
}

/// Intelligent-Tiering lost its 30-day minimum in September 2021.
#[test]
fn classes_as_of_2020_show_intelligent_tiering_30_days() {
    let out = quiet(&["--as-of", "2020-06-01", "s3", "classes"]);
    assert!(out
        .lines()
        .any(|l| l.starts_with("INTELLIGENT_TIERING\t30 days")));
    let out = quiet(&["--as-of", "2021-09-02", "s3", "classes"]);
    assert!(out
        .lines()
        .any(|l| l.starts_with("INTELLIGENT_TIERING\tnone")));
}

// ---- s3 early-delete ----

/// The issue's example: Glacier Flexible Retrieval (90 days) deleted after 60 days:
/// max(60, 90) = 90 billed, 90 - 60 = 30 early.
#[test]
fn early_delete_glacier_60_days_bills_90() {
    awscalc()
        .args(["s3", "early-delete", "--class", "GLACIER", "--days", "60"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "billed 90 days: 30 days charged as early deletion\n",
        ));
    assert_eq!(
        quiet(&["s3", "early-delete", "--class", "GLACIER", "--days", "60"]),
        "90\n"
    );
    let v = json(&["s3", "early-delete", "--class", "gfr", "--days", "60"]);
    assert_eq!(v["result"]["billed_days"], 90);
    assert_eq!(v["result"]["early_delete_days"], 30);
    assert_eq!(v["inputs"]["class"]["value"], "GLACIER");
}

/// Study notes A15 (003:691): Deep Archive 180 days; a 100-day stay bills 180.
/// Standard-IA 30 days (003:690): 10 days bill 30. Past the minimum, no charge.
#[test]
fn study_notes_a15_early_deletion_for_every_class_with_a_minimum() {
    for (class, days, billed) in [
        ("DEEP_ARCHIVE", "100", "180"),
        ("STANDARD_IA", "10", "30"),
        ("ONEZONE_IA", "29", "30"),
        ("GLACIER_IR", "89", "90"),
        ("GLACIER", "91", "91"),
        ("STANDARD", "1", "1"),
    ] {
        assert_eq!(
            quiet(&["s3", "early-delete", "--class", class, "--days", days]),
            format!("{billed}\n"),
            "{class} {days}"
        );
    }
}

/// Moved to Glacier at age 30, deleted at 100: 70 days in Glacier → 90 billed. Counting
/// from creation gives 70 (100 ≥ 90): --expect names that reading.
#[test]
fn early_delete_expect_hints_at_counting_from_creation() {
    awscalc()
        .args([
            "s3",
            "early-delete",
            "--class",
            "GLACIER",
            "--entered",
            "30",
            "--left",
            "100",
            "--expect",
            "70",
        ])
        .assert()
        .code(1)
        .stdout(common::says("mismatch: expected 70"))
        .stdout(common::says(
            "hint: 70 is the answer for the minimum counted from the object's creation",
        ));
    awscalc()
        .args([
            "s3",
            "early-delete",
            "--class",
            "GLACIER",
            "--days",
            "60",
            "--expect",
            "90",
        ])
        .assert()
        .success()
        .stdout(common::says("match: expected 90"));
}

/// Intelligent-Tiering before 2021-09-02: 30-day minimum; --expect 30 today names it.
#[test]
fn early_delete_intelligent_tiering_follows_as_of() {
    assert_eq!(
        quiet(&[
            "--as-of",
            "2021-01-01",
            "s3",
            "early-delete",
            "--class",
            "INTELLIGENT_TIERING",
            "--days",
            "10"
        ]),
        "30\n"
    );
    awscalc()
        .args([
            "--as-of",
            "2026-01-01",
            "s3",
            "early-delete",
            "--class",
            "it",
            "--days",
            "10",
            "--expect",
            "30",
        ])
        .assert()
        .code(1)
        .stdout(common::says("minimum it had before 2021-09-02"));
}

#[test]
fn early_delete_errors_exit_2() {
    fails(
        &["s3", "early-delete", "--class", "GLACIERX", "--days", "6"],
        &["invalid storage class `GLACIERX`", "STANDARD_IA"],
    );
    fails(
        &["s3", "early-delete", "--class", "GLACIER", "--days", "-5"],
        &["`-5`", "cannot be negative", "from 0 to 100,000"],
    );
    fails(
        &["s3", "early-delete", "--class", "GLACIER", "--days", "2.5"],
        &["`2.5`", "whole number"],
    );
    fails(
        &[
            "s3",
            "early-delete",
            "--class",
            "GLACIER",
            "--days",
            "100001",
        ],
        &["`100001`", "100,000 days"],
    );
    fails(
        &[
            "s3",
            "early-delete",
            "--class",
            "GLACIER",
            "--entered",
            "50",
            "--left",
            "10",
        ],
        &[
            "day `10`",
            "before it enters GLACIER on day `50`",
            "--left 50",
        ],
    );
    fails(&["s3", "early-delete", "--class", "GLACIER"], &["--days"]);
    // --left is an age with --entered; --days was ignoring it (issue #11).
    fails(
        &[
            "s3",
            "early-delete",
            "--class",
            "GLACIER",
            "--days",
            "60",
            "--left",
            "100",
        ],
        &["the argument '--days <DAYS>' cannot be used with '--left <DAY>'"],
    );
    fails(
        &[
            "s3",
            "early-delete",
            "--class",
            "GLACIER",
            "--left",
            "100",
            "--days",
            "60",
        ],
        &["the argument '--left <DAY>' cannot be used with '--days <DAYS>'"],
    );
}

// ---- s3 lifecycle ----

/// The issue's rule, valid: Standard 0–30, Standard-IA 30–120 (90 ≥ 30), Glacier from 120
/// to 365 (245 ≥ 90): billed = stored = 365.
#[test]
fn lifecycle_issue_rule_is_valid_in_every_format() {
    let args = [
        "s3",
        "lifecycle",
        "STANDARD_IA:30",
        "GLACIER:120",
        "expire:365",
    ];
    awscalc()
        .args(args)
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "valid: expires on day 365; stored 365 days, billed 365 days (0 early-deletion)\n",
        ))
        .stdout(common::says("total days billed"));
    assert_eq!(quiet(&args), "365\n");
    let v = json(&args);
    assert_eq!(v["result"]["verdict"], "valid");
    let timeline = v["result"]["timeline"].as_array().unwrap();
    assert_eq!(timeline.len(), 3);
    assert_eq!(timeline[1]["class"], "STANDARD_IA");
    assert_eq!(timeline[1]["days"], 90);
    assert_eq!(timeline[2]["to_day"], 365);
}

/// Expiring 40 days after Glacier: Standard 30 + IA 30 + Glacier max(40, 90) = 150 billed
/// for 100 stored; --expect 100 hints at counting from creation (and at no minimums).
#[test]
fn lifecycle_early_expiration_bills_the_minimum() {
    let args = ["s3", "lifecycle", "ia:30", "glacier:60", "expire:100"];
    assert_eq!(quiet(&args), "150\n");
    let v = json(&args);
    assert_eq!(v["result"]["early_delete_days"], 50);
    assert_eq!(v["result"]["timeline"][2]["billed_days"], 90);
    let mut with_expect = args.to_vec();
    with_expect.extend(["--expect", "100"]);
    awscalc()
        .args(&with_expect)
        .assert()
        .code(1)
        .stdout(common::says(
            "hint: 100 is the answer for each minimum counted from the object's creation",
        ));
}

/// Study notes A14 (003:689): Standard-IA one day after creation was rejected (30 days
/// first) under the rules before 2026-07-16; the notes assume those rules.
#[test]
fn study_notes_a14_standard_ia_after_1_day_was_rejected() {
    awscalc()
        .args(["--as-of", "2024-01-01", "s3", "lifecycle", "STANDARD_IA:1"])
        .assert()
        .code(1)
        .stdout(predicate::str::starts_with(
            "invalid: 1 violation; nearest valid rule: STANDARD_IA:30\n",
        ))
        .stdout(common::says("nearest valid day 30"));
    let v = json_with(
        &["--as-of", "2024-01-01", "s3", "lifecycle", "STANDARD_IA:1"],
        1,
    );
    assert_eq!(v["result"]["verdict"], "invalid");
    assert_eq!(v["result"]["violations"][0]["constraint"], "ia_minimum_age");
    assert_eq!(v["result"]["violations"][0]["nearest_day"], 30);
    let out = awscalc()
        .args([
            "--as-of",
            "2024-01-01",
            "s3",
            "lifecycle",
            "STANDARD_IA:1",
            "--quiet",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "invalid\n");
}

/// The 2026-07-16 change: the day before, 30 days are needed; from that day, day 0 works.
#[test]
fn lifecycle_ia_wait_removed_on_2026_07_16() {
    awscalc()
        .args(["--as-of", "2026-07-15", "s3", "lifecycle", "STANDARD_IA:0"])
        .assert()
        .code(1);
    awscalc()
        .args([
            "--as-of",
            "2026-07-16",
            "s3",
            "lifecycle",
            "STANDARD_IA:0",
            "-v",
        ])
        .assert()
        .success()
        .stdout(common::says("from day 0"))
        .stdout(common::says("30 days before, 0 days since; 0 days is used"));
    assert_eq!(
        quiet(&[
            "--as-of",
            "2026-07-16",
            "s3",
            "lifecycle",
            "ONEZONE_IA:1",
            "expire:2"
        ]),
        "31\n",
        "Standard 1 day + One Zone-IA max(1, 30)"
    );
}

/// Study notes B29 (002:250): access logs to Glacier within 90 days: valid on any date
/// (Glacier transitions need no wait, 003:687).
#[test]
fn study_notes_b29_logs_to_glacier_at_90_days() {
    for date in ["2019-01-01", "2026-11-22"] {
        awscalc()
            .args(["--as-of", date, "s3", "lifecycle", "GLACIER:90"])
            .assert()
            .success()
            .stdout(predicate::str::starts_with(
                "valid: the object ends in GLACIER from day 90",
            ));
    }
    assert_eq!(quiet(&["s3", "lifecycle", "GLACIER:1"]), "valid\n");
}

/// AWS's example: Glacier IR at day 4 → Deep Archive no earlier than 4 + 90 = 94.
#[test]
fn lifecycle_chaining_names_day_94() {
    let v = json_with(&["s3", "lifecycle", "GLACIER_IR:4", "DEEP_ARCHIVE:50"], 1);
    assert_eq!(
        v["result"]["violations"][0]["constraint"],
        "minimum_duration"
    );
    assert_eq!(v["result"]["violations"][0]["nearest_day"], 94);
    assert_eq!(
        v["result"]["suggested_rule"],
        "GLACIER_IR:4 DEEP_ARCHIVE:94"
    );
}

#[test]
fn lifecycle_waterfall_and_expiration_violations() {
    let v = json_with(&["s3", "lifecycle", "ONEZONE_IA:30", "GLACIER_IR:120"], 1);
    assert_eq!(v["result"]["violations"][0]["constraint"], "waterfall");
    assert!(v["result"]["violations"][0]["nearest_day"].is_null());
    let v = json_with(&["s3", "lifecycle", "GLACIER:100", "expire:50"], 1);
    assert_eq!(
        v["result"]["violations"][0]["constraint"],
        "expiration_order"
    );
    assert_eq!(v["result"]["violations"][0]["nearest_day"], 101);
    awscalc()
        .args(["s3", "lifecycle", "GLACIER:30", "STANDARD:60"])
        .assert()
        .code(1)
        .stderr(predicate::str::is_empty())
        .stdout(common::says("never moves objects to STANDARD"));
}

/// A 50 KB object: since September 2024 no default transition; before, Glacier only.
#[test]
fn lifecycle_small_object_transitions_follow_the_date() {
    let args = [
        "s3",
        "lifecycle",
        "STANDARD_IA:30",
        "GLACIER:120",
        "--object-size",
        "50kb",
    ];
    let v = json(&args);
    assert_eq!(v["result"]["timeline"].as_array().unwrap().len(), 1);
    assert_eq!(v["result"]["skipped"].as_array().unwrap().len(), 2);
    let mut old = vec!["--as-of", "2024-01-01"];
    old.extend(args);
    let v = json(&old);
    assert_eq!(v["result"]["timeline"][1]["class"], "GLACIER");
    assert_eq!(v["result"]["skipped"][0], "STANDARD_IA:30");
    let mut filtered = args.to_vec();
    filtered.extend(["--size-greater-than", "1000"]);
    let v = json(&filtered);
    assert_eq!(v["result"]["timeline"].as_array().unwrap().len(), 3);
}

#[test]
fn lifecycle_errors_exit_2() {
    fails(
        &["s3", "lifecycle", "GLACIER90"],
        &["invalid lifecycle action `GLACIER90`", "CLASS:DAYS"],
    );
    fails(
        &["s3", "lifecycle", "FROZEN:90"],
        &["invalid storage class `FROZEN`", "expire"],
    );
    fails(
        &["s3", "lifecycle", "expire:30", "expire:60"],
        &["at most one expiration"],
    );
    fails(&["s3", "lifecycle"], &["ACTION"]);
    fails(
        &["s3", "lifecycle", "GLACIER:9", "--object-size", "0.5b"],
        &["`0.5b`", "whole"],
    );
}

// ---- s3 small-objects ----

/// 1,000 objects of 50 KB (51,200 bytes) in Standard-IA bill 128 KB each:
/// 131,072 × 1,000 = 131,072,000 bytes. KB as 1,000 bytes would give 128,000,000.
#[test]
fn small_objects_in_standard_ia() {
    let args = [
        "s3",
        "small-objects",
        "--object-size",
        "50kb",
        "--objects",
        "1000",
        "--class",
        "STANDARD_IA",
    ];
    assert_eq!(quiet(&args), "131072000\n");
    let v = json(&args);
    assert_eq!(v["result"]["billed_bytes_per_object"], 131_072);
    assert_eq!(v["result"]["extra_bytes"], 79_872_000);
    // In the asker's units (KB, as 1,024 bytes for S3): 131,072,000 / 1,048,576 = 125 MB,
    // 131,072 / 1,024 = 128 KB; the exact MiB and KiB in JSON.
    assert_eq!(v["result"]["billed_mib"], 125);
    assert_eq!(v["result"]["billed_kib_per_object"], 128);
    awscalc()
        .args(args)
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "125 MB (131,072,000 bytes) billed, 128 KB (131,072 bytes) per object, in \
             STANDARD_IA\n",
        ));
    let mut with_expect = args.to_vec();
    with_expect.extend(["--expect", "128000000"]);
    awscalc()
        .args(&with_expect)
        .assert()
        .code(1)
        .stdout(common::says("KB taken as 1,000 bytes"));
}

/// Deep Archive: 51,200 + 32,768 at the archive rate, 8,192 at Standard rates = 92,160.
#[test]
fn small_objects_in_deep_archive_add_40kb() {
    let v = json(&[
        "s3",
        "small-objects",
        "--object-size",
        "50kb",
        "--class",
        "DEEP_ARCHIVE",
    ]);
    assert_eq!(v["result"]["class_rate_bytes_per_object"], 83_968);
    assert_eq!(v["result"]["standard_rate_bytes_per_object"], 8192);
    assert_eq!(v["result"]["billed_bytes"], 92_160);
}

#[test]
fn small_objects_table_for_every_class() {
    let out = quiet(&["s3", "small-objects", "--object-size", "200kb"]);
    assert_eq!(out.lines().count(), 7);
    // 200 KB = 204,800 bytes: above 128 KB, so Standard-IA bills the object's own size.
    assert!(out
        .lines()
        .any(|l| l == "STANDARD_IA\t204800\t0\t204800\t204800"));
}

#[test]
fn small_objects_errors_exit_2() {
    fails(
        &["s3", "small-objects", "--object-size", "5kq"],
        &["invalid size `5kq`"],
    );
    fails(
        &[
            "s3",
            "small-objects",
            "--object-size",
            "5kb",
            "--objects",
            "0",
        ],
        &["objects `0` must be greater than zero"],
    );
}

// ---- s3 prefixes ----

/// The issue's example: ceil(30,000 / 5,500) = 6 GET prefixes, ceil(7,000 / 3,500) = 2 PUT
/// prefixes; a prefix serves both kinds, so 6.
#[test]
fn prefixes_for_30000_get_and_7000_put() {
    let args = ["s3", "prefixes", "--get", "30000/s", "--put", "7000/s"];
    assert_eq!(quiet(&args), "6\n");
    let v = json(&args);
    assert_eq!(v["result"]["get_prefixes"], 6);
    assert_eq!(v["result"]["put_prefixes"], 2);
    awscalc()
        .args(args)
        .assert()
        .success()
        .stdout(predicate::str::starts_with("6 prefixes\n"));
}

/// Study notes B14 (002:230, "more than 300 GET/s"): one prefix today (300 ≤ 5,500).
/// B16 (002:248, thousands of PUT/s): 3,000 PUT/s fit one prefix today (3,000 ≤ 3,500).
/// The notes' 300 is AWS's pre-2018 key-naming threshold; taken as a rate per prefix it
/// gives ceil(600 / 300) = 2, which `--expect` names as that reading.
#[test]
fn study_notes_b14_b16_old_and_new_request_rates() {
    assert_eq!(quiet(&["s3", "prefixes", "--get", "301"]), "1\n");
    assert_eq!(quiet(&["s3", "prefixes", "--put", "3000/s"]), "1\n");
    awscalc()
        .args(["s3", "prefixes", "--get", "600", "--expect", "2"])
        .assert()
        .code(1)
        .stdout(common::says(
            "pre-July-2018 key-naming guidance taken as a rate per prefix (about 300 GET and \
             100 PUT per second",
        ));
}

/// Before 2018-07-17 (the What's New of that day) S3 stated no per-prefix request rate,
/// only key-naming advice above about 300 GET or 100 PUT/LIST/DELETE requests per second:
/// one error, exit 2, naming the date, what AWS said and the date to use; in each format.
/// The day of the change itself is answered (5,000 GET/s: ceil(5,000 / 5,500) = 1).
#[test]
fn prefixes_before_2018_07_17_are_refused_naming_the_guidance() {
    let message = "error: before 2018-07-17 S3 stated no per-prefix request rate: it advised \
                   random key name prefixes for a bucket routinely above 300 GET or 100 \
                   PUT/LIST/DELETE requests per second, guidance on key names and not a rate \
                   per prefix; use --as-of 2018-07-17 or later (--as-of 2018-07-16 was given)\n";
    for args in [
        &["--as-of", "2018-07-16", "s3", "prefixes", "--get", "5000/s"][..],
        &["--as-of", "2018-07-16", "s3", "prefixes", "--put", "50/s"][..],
        &["--as-of", "2018-07-16", "s3", "prefixes", "--prefixes", "3"][..],
        &[
            "--as-of",
            "2018-07-16",
            "s3",
            "prefixes",
            "--get",
            "1",
            "--quiet",
        ][..],
    ] {
        awscalc()
            .args(args)
            .assert()
            .code(2)
            .stdout("")
            .stderr(message);
    }
    // With --json the same message is also an error object on standard output.
    let error = common::json_with(
        &["--as-of", "2018-07-16", "s3", "prefixes", "--get", "1"],
        2,
    );
    assert_eq!(error["command"], "s3");
    assert_eq!(error["error"]["kind"], "conflict");
    assert_eq!(
        format!("error: {}\n", error["error"]["message"].as_str().unwrap()),
        message
    );
    assert_eq!(
        quiet(&["--as-of", "2018-07-17", "s3", "prefixes", "--get", "5000/s"]),
        "1\n"
    );
}

/// Study notes B15 (002:233): 20 prefixes read in parallel: 20 × 5,500 = 110,000 GET/s.
#[test]
fn study_notes_b15_20_prefixes() {
    assert_eq!(
        quiet(&["s3", "prefixes", "--prefixes", "20"]),
        "110000\n70000\n"
    );
}

#[test]
fn prefixes_errors_exit_2() {
    fails(&["s3", "prefixes"], &["--get"]);
    fails(
        &["s3", "prefixes", "--get", "0"],
        &["`0`", "greater than zero"],
    );
    fails(
        &["s3", "prefixes", "--prefixes", "2", "--get", "5"],
        &["cannot be used with"],
    );
}

// ---- s3 multipart ----

/// Study notes B12 (002:259): a 6 GB upload fails as one PUT (6 GiB > 5 GiB); in 100 MiB
/// parts: ceil(6,144 MiB / 100 MiB) = 62 parts ≤ 10,000.
#[test]
fn study_notes_b12_6gb_upload_needs_multipart() {
    let args = ["s3", "multipart", "--size", "6gb", "--part-size", "100mib"];
    assert_eq!(quiet(&args), "62\n");
    let v = json(&args);
    assert_eq!(v["result"]["single_put"], false);
    assert_eq!(v["result"]["part_bytes"], 104_857_600);
    awscalc()
        .args(args)
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "62 parts of 100 MiB (104,857,600 bytes); too large for one PUT (5 GB): use \
             multipart upload\n",
        ));
    assert_eq!(v["result"]["part_mib"], 100);
    assert_eq!(v["result"]["within_limit"], true);
    assert_eq!(v["result"]["limits_broken"], serde_json::json!([]));
    // 6 GB as 6,000,000,000 bytes in 100,000,000-byte parts: 60.
    awscalc()
        .args([
            "s3",
            "multipart",
            "--size",
            "6gb",
            "--part-size",
            "100mb",
            "--expect",
            "60",
        ])
        .assert()
        .code(1)
        .stdout(common::says("powers of 1,000"));
}

/// Without --part-size: the smallest part that fits 10,000 parts, at least 5 MiB.
/// 1 GiB: 5 MiB parts, ceil(1,024 / 5) = 205 parts. 100 GiB: ceil(107,374,182,400 /
/// 10,000) = 10,737,419 bytes per part, 10,000 parts.
#[test]
fn multipart_smallest_part_size() {
    assert_eq!(quiet(&["s3", "multipart", "--size", "1gib"]), "205\n");
    let v = json(&["s3", "multipart", "--size", "100gib"]);
    assert_eq!(v["result"]["smallest_part_bytes"], 10_737_419);
    assert_eq!(v["result"]["parts"], 10_000);
    assert_eq!(v["result"]["single_put"], false);
}

/// The maximum object size: 5 TiB before 2025-12-02, 10,000 × 5 GiB = 53,687,091,200,000
/// bytes since. Above it, no part size works: a verdict, exit 1.
#[test]
fn multipart_maximum_object_size_follows_as_of() {
    let before = ["--as-of", "2025-12-01", "s3", "multipart", "--size", "6tib"];
    awscalc()
        .args(before)
        .assert()
        .code(1)
        .stdout(common::begins(
            "over the limit: an object of 6 TiB (6,597,069,766,656 bytes) is above S3's \
             maximum object size of 5 TiB; no part size works\n",
        ));
    let v = json_with(&before, 1);
    assert_eq!(v["result"]["within_limit"], false);
    assert_eq!(
        v["result"]["limits_broken"],
        serde_json::json!(["max_object_bytes"])
    );
    assert_eq!(v["result"]["fitting_part_bytes"], serde_json::Value::Null);
    assert_eq!(
        quiet(&["--as-of", "2025-12-02", "s3", "multipart", "--size", "6tib"]),
        "10000\n"
    );
    // 53,687,091,200,000 = 1,099,511,627,776 × 3,125 / 64 = 48.828125 TiB, shown ≈48.83
    // with the bytes beside; a bare number asks in no unit, so the readable TiB.
    awscalc()
        .args(["s3", "multipart", "--size", "53687091200001"])
        .assert()
        .code(1)
        .stdout(common::says(
            "above S3's maximum object size of ≈48.83 TiB (53,687,091,200,000 bytes); no part \
             size works",
        ));
    let v = json_with(&["s3", "multipart", "--size", "53687091200001"], 1);
    assert_eq!(v["result"]["max_object_bytes"], 53_687_091_200_000_u64);
    assert_eq!(v["result"]["within_limit"], false);
}

/// The issue's case: 2 TiB = 2,199,023,255,552 bytes in parts of 100 MiB (104,857,600
/// bytes) is 20,971.52, so 20,972 parts, over S3's 10,000. The smallest part for 10,000
/// parts is ceil(219,902,325.5552) = 219,902,326 bytes = 209.7152... MiB, shown ≈209.72.
#[test]
fn multipart_over_the_part_count_is_a_verdict() {
    let args = ["s3", "multipart", "--size", "2tib", "--part-size", "100mib"];
    awscalc()
        .args(args)
        .assert()
        .code(1)
        .stdout(common::begins(
            "over the limit: 20,972 parts of 100 MiB (104,857,600 bytes) is more than S3's \
             10,000 parts; use parts of at least ≈209.72 MiB (219,902,326 bytes)\n",
        ))
        .stdout(predicate::str::contains("(219,902,326 bytes)").count(1));
    let v = json_with(&args, 1);
    assert_eq!(v["result"]["parts"], 20_972);
    assert_eq!(v["result"]["max_parts"], 10_000);
    assert_eq!(v["result"]["within_limit"], false);
    assert_eq!(
        v["result"]["limits_broken"],
        serde_json::json!(["max_parts"])
    );
    assert_eq!(v["result"]["fitting_part_bytes"], 219_902_326);
    // 219,902,326 / 1,048,576 = 209.7152004241943359375, exact.
    assert_eq!(
        v["result"]["fitting_part_mib"].to_string(),
        "209.7152004241943359375"
    );
    // --quiet still prints the count, and the exit status says it breaks a limit.
    let out = awscalc().args(args).arg("--quiet").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "20972\n");
}

/// Part sizes outside 5 MiB to 5 GiB, asked in MB and GB: answered in MB and GB (powers of
/// 1,024 for S3), with the bytes beside. 6 GB in 1 MB parts = 6,144 parts, within 10,000,
/// but under the 5 MiB minimum; 6 GB / 10,000 < 5 MiB, so 5 MiB fits.
#[test]
fn multipart_part_size_limits_are_verdicts() {
    let small = ["s3", "multipart", "--size", "6gb", "--part-size", "1mb"];
    awscalc()
        .args(small)
        .assert()
        .code(1)
        .stdout(common::begins(
            "over the limit: parts of 1 MB (1,048,576 bytes) are under S3's smallest part of 5 \
             MB; use parts of at least 5 MB (5,242,880 bytes)\n",
        ));
    let v = json_with(&small, 1);
    assert_eq!(v["result"]["parts"], 6_144);
    assert_eq!(
        v["result"]["limits_broken"],
        serde_json::json!(["min_part_bytes"])
    );
    // 6 GiB in one part of 6 GiB: above the 5 GiB largest part.
    let large = ["s3", "multipart", "--size", "6gb", "--part-size", "6gib"];
    awscalc().args(large).assert().code(1).stdout(common::says(
        "parts of 6 GiB (6,442,450,944 bytes) are above S3's largest part of 5 GiB",
    ));
    // 1 TiB in 5 MiB parts: ceil(1,099,511,627,776 / 5,242,880) = 209,716 parts; the
    // smallest part for 10,000 is ceil(109,951,162.7776) = 109,951,163 bytes.
    let v = json_with(
        &["s3", "multipart", "--size", "1tib", "--part-size", "5mib"],
        1,
    );
    assert_eq!(v["result"]["parts"], 209_716);
    assert_eq!(v["result"]["fitting_part_bytes"], 109_951_163);
}

#[test]
fn multipart_bad_input_exits_2() {
    fails(
        &["s3", "multipart", "--size", "6gb", "--part-size", "lots"],
        &["`lots`"],
    );
}

// ---- s3 eligible and lifecycle --created ----

/// AWS's example (intro-lifecycle-rules.html; the issue uses 2024): created 10:30 UTC on
/// the 15th, 3 days: 15th 10:30 + 72 h = 18th 10:30, rounded up to the next midnight UTC =
/// 19th 00:00; the rounding adds 24 h − 10 h 30 min = 13 h 30 min = 48,600 s.
#[test]
fn eligible_aws_example_in_every_format() {
    let args = [
        "s3",
        "eligible",
        "--created",
        "2024-01-15T10:30Z",
        "--days",
        "3",
    ];
    awscalc()
        .args(args)
        .assert()
        .success()
        .stdout(predicate::str::starts_with("eligible 2024-01-19 00:00 UTC"))
        .stdout(common::says("2024-01-18 10:30 UTC"))
        .stdout(common::says("asynchronous"))
        .stdout(common::says("intro-lifecycle-rules").not());
    // The rule's source, which the headline and the step already apply, is for -v.
    awscalc()
        .args(args)
        .arg("-v")
        .assert()
        .success()
        .stdout(common::says("intro-lifecycle-rules"));
    let v = json(&args);
    assert_eq!(v["command"], "s3 eligible");
    assert_eq!(v["result"]["eligible"], "2024-01-19T00:00:00Z");
    assert_eq!(v["result"]["eligible_date"], "2024-01-19");
    assert_eq!(v["result"]["creation_plus_days"], "2024-01-18T10:30:00Z");
    assert_eq!(v["result"]["rounded_up_seconds"], 48_600);
    assert_eq!(v["result"]["on_midnight"], false);
    assert_eq!(quiet(&args), "2024-01-19T00:00:00Z\n");
}

/// A plain date is 00:00 UTC: 2024-01-15 00:00 + 3 days = 2024-01-18 00:00, already a
/// midnight, kept; the notes give the next day (19th) for a later creation time that day.
#[test]
fn eligible_plain_date_lands_on_midnight_and_says_so() {
    let v = json(&["s3", "eligible", "--created", "2024-01-15", "--days", "3"]);
    assert_eq!(v["result"]["eligible"], "2024-01-18T00:00:00Z");
    assert_eq!(v["result"]["on_midnight"], true);
    let notes = v["notes"].to_string();
    assert!(notes.contains("2024-01-19 00:00 UTC"), "{notes}");
    assert!(notes.contains("does not document"), "{notes}");
}

/// 19:30 at +09:00 is 10:30 UTC on the same day: the same answer as the AWS example.
#[test]
fn eligible_converts_an_offset_to_utc() {
    assert_eq!(
        quiet(&[
            "s3",
            "eligible",
            "--created",
            "2024-01-15T19:30+09:00",
            "--days",
            "3"
        ]),
        "2024-01-19T00:00:00Z\n"
    );
}

#[test]
fn eligible_errors_exit_2() {
    fails(
        &[
            "s3",
            "eligible",
            "--created",
            "2024-01-15T10:30",
            "--days",
            "3",
        ],
        &["`2024-01-15T10:30`", "no UTC offset", "2024-01-15T10:30Z"],
    );
    fails(
        &["s3", "eligible", "--created", "soon", "--days", "3"],
        &["invalid creation time `soon`", "RFC 3339"],
    );
    fails(
        &["s3", "eligible", "--created", "2024-01-15", "--days", "-1"],
        &["`-1`", "cannot be negative"],
    );
    // 9999-12-01 00:00 + 30 days = 9999-12-31 00:00, the last midnight RFC 3339 writes.
    fails(
        &["s3", "eligible", "--created", "9999-12-01", "--days", "60"],
        &[
            "60 days after 9999-12-01 00:00 UTC is eligible past the year 9999",
            "at most 30 days fit this creation time",
        ],
    );
}

/// Issue #11 item 6: each refusal names its real problem, and valid RFC 3339 is read.
/// 9999-12-31 23:59 is a valid time; + 0 days it rounds up to 10000-01-01 00:00, past the
/// last year RFC 3339 writes: the error says that, not "not an RFC 3339 time".
#[test]
fn eligible_names_the_real_problem_with_a_creation_time() {
    let err = |created: &str, days: &str| {
        let out = awscalc()
            .args(["s3", "eligible", "--created", created, "--days", days])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{created}");
        assert!(out.stdout.is_empty(), "{created}");
        String::from_utf8(out.stderr).unwrap()
    };
    assert_eq!(
        err("9999-12-31T23:59Z", "0"),
        "error: an object created 9999-12-31 23:59 UTC is eligible at 10000-01-01 00:00 UTC at \
         the earliest (0 days: the next midnight), past the year 9999, the last RFC 3339 writes: \
         no number of days fits this creation time\n"
    );
    let year = err("10000-01-01T00:00Z", "0");
    assert!(
        year.contains("invalid creation time `10000-01-01T00:00Z`: the year `10000` is past 9999"),
        "{year}"
    );
    let offset = err("2024-01-15T10:30+24:00", "3");
    assert!(
        offset.contains(
            "invalid creation time `2024-01-15T10:30+24:00`: the offset `+24:00` is outside what \
             RFC 3339 allows, -23:59 to +23:59"
        ),
        "{offset}"
    );
    let past = err("9800-01-01T10:30Z", "100000");
    // From 9800-01-01 to 10000-01-01: 200 years, 48 of them leap (50 multiples of 4 from
    // 9800 to 9996, less 9800 and 9900, which 400 does not divide), so 200 × 365 + 48 =
    // 73,048 days; to 9999-12-31 one fewer, 73,047. From 10:30 the rounding adds a day,
    // so at most 73,046 days fit.
    assert_eq!(
        past,
        "error: 100,000 days after 9800-01-01 10:30 UTC is eligible past the year 9999, the \
         last RFC 3339 writes: at most 73,046 days fit this creation time\n"
    );
    assert_eq!(
        quiet(&[
            "s3",
            "eligible",
            "--created",
            "9800-01-01T10:30Z",
            "--days",
            "73046"
        ]),
        "9999-12-31T00:00:00Z\n"
    );
}

/// A valid RFC 3339 time is read whatever its number of fraction digits (10 here), and
/// the widest offsets RFC 3339 allows are read: 10:30 at +23:59 is 10:31 UTC on the 14th,
/// + 3 days = the 17th 10:31 → 2024-01-18 00:00.
#[test]
fn eligible_reads_every_rfc3339_time() {
    assert_eq!(
        quiet(&[
            "s3",
            "eligible",
            "--created",
            "2024-01-15T10:30:00.1234567891Z",
            "--days",
            "3"
        ]),
        "2024-01-19T00:00:00Z\n"
    );
    let v = json(&[
        "s3",
        "eligible",
        "--created",
        "2024-01-15T10:30:00.1234567891Z",
        "--days",
        "3",
    ]);
    assert_eq!(v["result"]["created"], "2024-01-15T10:30:00.123456789Z");
    assert!(
        v["notes"]
            .to_string()
            .contains("has digits beyond the nanosecond"),
        "{v}"
    );
    // One tenth of a nanosecond after midnight is after it: 3 days later rounds up.
    assert_eq!(
        quiet(&[
            "s3",
            "eligible",
            "--created",
            "2024-01-15T00:00:00.0000000001Z",
            "--days",
            "3"
        ]),
        "2024-01-19T00:00:00Z\n"
    );
    assert_eq!(
        quiet(&[
            "s3",
            "eligible",
            "--created",
            "2024-01-15T10:30+23:59",
            "--days",
            "3"
        ]),
        "2024-01-18T00:00:00Z\n"
    );
    // The RFC 2822 form HTTP's Last-Modified uses is still read.
    assert_eq!(
        quiet(&[
            "s3",
            "eligible",
            "--created",
            "Mon, 15 Jan 2024 10:30:00 GMT",
            "--days",
            "3"
        ]),
        "2024-01-19T00:00:00Z\n"
    );
    // The last midnight RFC 3339 writes: 9999-12-30 23:00 + 0 days = 9999-12-31 00:00.
    assert_eq!(
        quiet(&[
            "s3",
            "eligible",
            "--created",
            "9999-12-30T23:00Z",
            "--days",
            "0"
        ]),
        "9999-12-31T00:00:00Z\n"
    );
}

/// GLACIER:30 expire:365 for an object created 2024-01-15 10:30 UTC: 10:30 + 30 days =
/// 2024-02-14 10:30 → 2024-02-15 00:00; + 365 days (2024 is a leap year, so 2025-01-14)
/// 10:30 → 2025-01-15 00:00.
#[test]
fn lifecycle_created_schedules_each_action() {
    let args = [
        "s3",
        "lifecycle",
        "GLACIER:30",
        "expire:365",
        "--created",
        "2024-01-15T10:30Z",
    ];
    let v = json(&args);
    let schedule = v["result"]["schedule"].as_array().unwrap();
    assert_eq!(schedule[0]["action"], "GLACIER:30");
    assert_eq!(schedule[0]["eligible"], "2024-02-15T00:00:00Z");
    assert_eq!(schedule[1]["eligible"], "2025-01-15T00:00:00Z");
    awscalc()
        .args(args)
        .assert()
        .success()
        .stdout(common::says("2025-01-15 00:00 UTC"));
    assert_eq!(quiet(&args), "365\n", "the answer is still the billed days");
}

// ---- s3 restore ----

/// restoring-objects-retrieval-options.html: 6 h = 360 min. GLACIER Expedited (≤ 5 min)
/// and Standard (≤ 300 min) meet it; Bulk (≤ 720 min) does not, though its fastest (300)
/// is within (possible); Deep Archive Standard 720 and Bulk 2,880 miss. The five GET
/// classes meet any time. The coldest archive tier that meets it: GLACIER Standard.
#[test]
fn restore_within_6h_in_every_format() {
    let args = ["s3", "restore", "--within", "6h"];
    awscalc()
        .args(args)
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "7 tiers within 6 h; coldest archive: GLACIER Standard (up to 5 h)\n",
        ))
        .stdout(common::says("6 h = 360 min"))
        .stdout(common::says("slowest 12 h > 6 h; fastest 5 h ≤ 6 h"))
        .stdout(common::says("Glacier Instant Retrieval needs no restore"));
    let v = json(&args);
    assert_eq!(v["command"], "s3 restore");
    assert_eq!(v["inputs"]["within"]["seconds"], 21_600);
    let meeting: Vec<&str> = v["result"]["meeting"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m.as_str().unwrap())
        .collect();
    assert_eq!(
        meeting,
        [
            "STANDARD:GET",
            "STANDARD_IA:GET",
            "INTELLIGENT_TIERING:GET",
            "ONEZONE_IA:GET",
            "GLACIER_IR:GET",
            "GLACIER:Expedited",
            "GLACIER:Standard"
        ]
    );
    assert_eq!(v["result"]["coldest_archive"], "GLACIER:Standard");
    let bulk = &v["result"]["tiers"][7];
    assert_eq!(bulk["tier"], "Bulk");
    assert_eq!(bulk["fit"], "possible");
    assert_eq!(bulk["max_minutes"], 720);
    let q = quiet(&args);
    assert_eq!(q.lines().count(), 7);
    assert!(q.ends_with("GLACIER\tStandard\t3–5 h\n"), "{q}");
}

/// Study notes B47 (003:412) and G12 (003:410): Deep Archive when 12 h or more is
/// acceptable. Standard "within 12 hours" = 720 min ≤ 720: meets; Bulk 2,880 > 720.
/// 48 h = 2,880 min: Bulk meets too. 6 h: neither (fastest is 12 h).
#[test]
fn study_notes_b47_deep_archive_needs_12_hours() {
    assert_eq!(
        quiet(&[
            "s3",
            "restore",
            "--within",
            "12h",
            "--class",
            "DEEP_ARCHIVE"
        ]),
        "DEEP_ARCHIVE\tStandard\twithin 12 h\n"
    );
    assert_eq!(
        quiet(&["s3", "restore", "--within", "2d", "--class", "deep"]),
        "DEEP_ARCHIVE\tStandard\twithin 12 h\nDEEP_ARCHIVE\tBulk\twithin 48 h\n"
    );
    assert_eq!(
        quiet(&["s3", "restore", "--within", "6h", "--class", "DEEP_ARCHIVE"]),
        "none\n"
    );
    awscalc()
        .args(["s3", "restore", "--within", "6h", "--class", "DEEP_ARCHIVE"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "no retrieval tier of DEEP_ARCHIVE returns data within 6 h; the fastest typical time is 12 h\n",
        ));
}

/// Study notes G9/G13 (003:407, 003:411): Expedited 1–5 min; Instant Retrieval in ms, no
/// restore. 5 min: Expedited's slowest 5 ≤ 5 meets; 90 s: Expedited only possible.
#[test]
fn study_notes_expedited_minutes_and_instant_retrieval() {
    let v = json(&["s3", "restore", "--within", "5min", "--class", "GLACIER"]);
    assert_eq!(v["result"]["meeting"][0], "GLACIER:Expedited");
    assert_eq!(v["result"]["meeting"].as_array().unwrap().len(), 1);
    let v = json(&["s3", "restore", "--within", "90s", "--class", "GLACIER"]);
    assert_eq!(v["result"]["tiers"][0]["fit"], "possible");
    assert_eq!(v["result"]["verdict"], "none");
    let v = json(&["s3", "restore", "--within", "1s", "--class", "GLACIER_IR"]);
    assert_eq!(v["result"]["meeting"][0], "GLACIER_IR:GET");
    assert_eq!(v["result"]["tiers"][0]["restore"], false);
}

/// The retrieval times have no dated change: an old --as-of on which every class existed
/// (Glacier Instant Retrieval came last, on 2021-11-30) gives the same tiers.
#[test]
fn restore_as_of_an_old_date_gives_the_same_tiers() {
    let args = ["s3", "restore", "--within", "12h"];
    let now = json(&args);
    let old = json(&["--as-of", "2022-01-01", "s3", "restore", "--within", "12h"]);
    assert_eq!(old["as_of"], "2022-01-01");
    assert_eq!(old["result"]["meeting"], now["result"]["meeting"]);
}

#[test]
fn restore_errors_exit_2() {
    fails(
        &["s3", "restore", "--within", "6"],
        &["invalid duration `6`", "no unit", "6h"],
    );
    fails(
        &["s3", "restore", "--within", "6 weeks"],
        &["`6 weeks`", "unknown unit `weeks`"],
    );
    fails(
        &["s3", "restore", "--within", "0h"],
        &["`0h`", "greater than zero"],
    );
    fails(
        &["s3", "restore", "--within", "6h", "--class", "FROZEN"],
        &["`FROZEN`", "STANDARD_IA"],
    );
    fails(&["s3", "restore"], &["--within"]);
}

// ---- s3 lifecycle --file ----

const CONFIG: &str = "tests/data/s3-lifecycle.json";

/// tests/data/s3-lifecycle.json. archive-logs: STANDARD_IA:30 GLACIER:90 expire:365:
/// STANDARD 30, IA max(60, 30) = 60, GLACIER max(275, 90) = 275: 365 billed, valid.
/// deep-too-soon: GLACIER_IR:4 then DEEP_ARCHIVE:50, but within one rule Deep Archive waits
/// for Glacier IR's 90-day minimum: 4 + 90 = 94 (lifecycle-transition-general-considerations).
#[test]
fn lifecycle_file_checks_every_rule_in_every_format() {
    let args = ["s3", "lifecycle", "--file", CONFIG];
    awscalc()
        .args(args)
        .assert()
        .code(1)
        .stdout(predicate::str::starts_with("2 rules: 1 valid, 1 invalid\n"))
        .stdout(common::says("archive-logs Enabled valid 365"))
        .stdout(common::says("rule `deep-too-soon`: `DEEP_ARCHIVE:50`"))
        .stdout(common::says("day 4 + 90 = 94"));
    let v = json_with(&args, 1);
    assert_eq!(v["command"], "s3 lifecycle");
    let rules = v["result"]["rules"].as_array().unwrap();
    assert_eq!(rules[0]["id"], "archive-logs");
    assert_eq!(rules[0]["rule"], "STANDARD_IA:30 GLACIER:90 expire:365");
    assert_eq!(rules[0]["verdict"], "valid");
    assert_eq!(rules[0]["billed_days"], 365);
    assert_eq!(rules[1]["id"], "deep-too-soon");
    assert_eq!(rules[1]["size_greater_than"], 500);
    assert_eq!(rules[1]["verdict"], "invalid");
    assert_eq!(rules[1]["violations"][0]["nearest_day"], 94);
    assert_eq!(rules[1]["suggested_rule"], "GLACIER_IR:4 DEEP_ARCHIVE:94");
    let out = awscalc().args(args).arg("--quiet").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "archive-logs\tEnabled\tvalid\t365\ndeep-too-soon\tEnabled\tinvalid\t-\n"
    );
}

/// The same rule in the short syntax gets the same verdict and days (shared checks).
#[test]
fn lifecycle_file_agrees_with_the_short_syntax() {
    let short = json(&[
        "s3",
        "lifecycle",
        "STANDARD_IA:30",
        "GLACIER:90",
        "expire:365",
    ]);
    let file = json_with(&["s3", "lifecycle", "--file", CONFIG], 1);
    assert_eq!(
        file["result"]["rules"][0]["billed_days"],
        short["result"]["billed_days"]
    );
    assert_eq!(
        file["result"]["rules"][0]["timeline"],
        short["result"]["timeline"]
    );
}

/// `file://` as the AWS CLI writes it, and `-` for stdin. Before 2026-07-16 a rule moving
/// objects to STANDARD_IA on day 1 was rejected (30 days first, study notes A14).
#[test]
fn lifecycle_file_reads_file_urls_stdin_and_follows_as_of() {
    let url = format!("file://{CONFIG}");
    assert_eq!(
        json_with(&["s3", "lifecycle", "--file", &url], 1)["result"]["valid"],
        1
    );
    let one_day = r#"{"Rules": [{"ID": "ia", "Status": "Enabled", "Filter": {},
        "Transitions": [{"Days": 1, "StorageClass": "STANDARD_IA"}]}]}"#;
    awscalc()
        .args(["s3", "lifecycle", "--file", "-", "--quiet"])
        .write_stdin(one_day)
        .assert()
        .success()
        .stdout("ia\tEnabled\tvalid\t-\n");
    awscalc()
        .args([
            "--as-of",
            "2024-01-01",
            "s3",
            "lifecycle",
            "--file",
            "-",
            "--quiet",
        ])
        .write_stdin(one_day)
        .assert()
        .code(1)
        .stdout("ia\tEnabled\tinvalid\t-\n");
}

/// A value of the wrong type in the second rule: the error names its JSON path and the
/// rule's ID on one line, and `--json` gives what is allowed apart.
#[test]
fn lifecycle_file_names_the_json_path_of_a_wrong_type() {
    let text = r#"{"Rules": [
        {"ID": "logs", "Status": "Enabled", "Filter": {}, "Expiration": {"Days": 365}},
        {"ID": "deep", "Status": "Enabled", "Filter": {},
         "Transitions": [{"Days": "30", "StorageClass": "DEEP_ARCHIVE"}]}]}"#;
    let message = "invalid lifecycle configuration at Rules[1].Transitions[0].Days (rule `deep`): \
                   invalid type: string \"30\", expected a whole number of days";
    awscalc()
        .args(["s3", "lifecycle", "--file", "-"])
        .write_stdin(text)
        .assert()
        .code(2)
        .stdout("")
        .stderr(format!("error: {message}\n"));
    let out = awscalc()
        .args(["s3", "lifecycle", "--file", "-", "--json"])
        .write_stdin(text)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["error"]["kind"], "invalid");
    assert_eq!(v["error"]["message"], message);
    assert_eq!(v["error"]["allowed"], "a whole number of days");
}

/// A misspelt element is refused where it is, as the AWS CLI refuses it, rather than leaving
/// the rule with nothing checked.
#[test]
fn lifecycle_file_refuses_an_unknown_field_at_its_path() {
    awscalc()
        .args(["s3", "lifecycle", "--file", "-"])
        .write_stdin(
            r#"{"Rules": [{"ID": "logs", "Status": "Enabled", "Expiraton": {"Days": 365}}]}"#,
        )
        .assert()
        .code(2)
        .stderr(
            "error: invalid lifecycle configuration at Rules[0].Expiraton (rule `logs`): unknown \
             field `Expiraton`, expected one of `ID`, `Status`, `Filter`, `Prefix`, `Transitions`, \
             `Expiration`, `NoncurrentVersionTransitions`, `NoncurrentVersionExpiration`, \
             `AbortIncompleteMultipartUpload`\n",
        );
}

#[test]
fn lifecycle_file_errors_exit_2_naming_rule_and_field() {
    fails(
        &["s3", "lifecycle", "--file", "tests/data/missing.json"],
        &["`tests/data/missing.json`", "cannot be read"],
    );
    let cases = [
        ("{\"Rules\": [", vec!["not JSON", "line 1"]),
        (
            r#"{"Rules": [{"ID": "a", "Status": "Enabled", "Transitions": [{"Days": -3, "StorageClass": "GLACIER"}]}]}"#,
            vec![
                "at Rules[0].Transitions[0].Days (rule `a`)",
                "integer `-3`",
                "0 or more",
            ],
        ),
        (
            r#"{"Rules": [{"ID": "b", "Status": "Enabled", "Transitions": [{"Days": 3, "StorageClass": "COLD"}]}]}"#,
            vec![
                "at Rules[0].Transitions[0].StorageClass (rule `b`)",
                "\"COLD\"",
            ],
        ),
        (
            r#"{"Rules": [{"ID": "c", "Status": "enabled"}]}"#,
            vec![
                "at Rules[0].Status (rule `c`)",
                "\"enabled\"",
                "Enabled or Disabled",
            ],
        ),
    ];
    for (text, fragments) in cases {
        let mut assert = awscalc()
            .args(["s3", "lifecycle", "--file", "-"])
            .write_stdin(text)
            .assert()
            .code(2)
            .stderr(predicate::str::starts_with("error: "));
        for f in fragments {
            assert = assert.stderr(predicate::str::contains(f));
        }
    }
    fails(
        &["s3", "lifecycle", "GLACIER:30", "--file", CONFIG],
        &["--file"],
    );
}

// ---- storage class launches ----

/// Each class the S3 User Guide document history dates, with its name, the day before its
/// launch and the launch day: Standard-IA 2015-09-16, One Zone-IA 2018-04-04,
/// Intelligent-Tiering 2018-11-26, Deep Archive 2019-03-27, Glacier Instant Retrieval
/// 2021-11-30. (Standard and Glacier Flexible Retrieval have no launch in awscalc.)
const LAUNCHES: [(&str, &str, &str, &str); 5] = [
    ("STANDARD_IA", "S3 Standard-IA", "2015-09-15", "2015-09-16"),
    ("ONEZONE_IA", "S3 One Zone-IA", "2018-04-03", "2018-04-04"),
    (
        "INTELLIGENT_TIERING",
        "S3 Intelligent-Tiering",
        "2018-11-25",
        "2018-11-26",
    ),
    (
        "DEEP_ARCHIVE",
        "S3 Glacier Deep Archive",
        "2019-03-26",
        "2019-03-27",
    ),
    (
        "GLACIER_IR",
        "S3 Glacier Instant Retrieval",
        "2021-11-29",
        "2021-11-30",
    ),
];

/// `args` on `day` is refused in the table, `--quiet` and `--json` forms alike: exit 2, one
/// line `error: MESSAGE` on standard error, nothing on standard output but, with `--json`,
/// the one-line error object.
fn refused_on(day: &str, args: &[&str], message: &str, launch: &str) {
    let mut all = vec!["--as-of", day];
    all.extend_from_slice(args);
    for format in [None, Some("--quiet")] {
        let mut run = all.clone();
        run.extend(format);
        awscalc()
            .args(&run)
            .assert()
            .code(2)
            .stdout("")
            .stderr(format!("error: {message}\n"));
    }
    let out = awscalc().args(&all).arg("--json").output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{all:?}");
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        format!("error: {message}\n")
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text.lines().count(), 1, "{text}");
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["error"]["kind"], "not_yet_available");
    assert_eq!(v["error"]["value"], day);
    assert_eq!(v["error"]["message"], message);
    assert!(
        v["error"]["allowed"]
            .as_str()
            .unwrap()
            .starts_with(&format!("it came on {launch}")),
        "{v}"
    );
}

/// The brief's example: Glacier Instant Retrieval did not exist in 2017.
#[test]
fn glacier_instant_retrieval_in_2017_is_refused() {
    refused_on(
        "2017-06-01",
        &[
            "s3",
            "early-delete",
            "--class",
            "GLACIER_IR",
            "--days",
            "10",
        ],
        "S3 Glacier Instant Retrieval did not exist on 2017-06-01: it came on 2021-11-30",
        "2021-11-30",
    );
}

/// `s3 early-delete --days 10`: refused the day before each launch; from the launch day
/// billed max(10, minimum): 30 for Standard-IA, One Zone-IA and Intelligent-Tiering (its
/// 30-day minimum lasted until 2021-09-02), 180 for Deep Archive, 90 for Glacier Instant
/// Retrieval; early days = billed - 10.
#[test]
fn early_delete_of_each_class_from_its_launch_day() {
    for ((class, name, before, launch), billed) in LAUNCHES.into_iter().zip([30, 30, 30, 180, 90]) {
        let args = ["s3", "early-delete", "--class", class, "--days", "10"];
        refused_on(
            before,
            &args,
            &format!("{name} did not exist on {before}: it came on {launch}"),
            launch,
        );
        let mut on = vec!["--as-of", launch];
        on.extend(args);
        awscalc()
            .args(&on)
            .assert()
            .success()
            .stdout(predicate::str::starts_with(format!(
                "billed {billed} days: {} days charged as early deletion\nan object stored 10 days \
                 in {name} ({billed}-day minimum)\n",
                billed - 10
            )));
        assert_eq!(quiet(&on), format!("{billed}\n"), "{class}");
        let v = json(&on);
        assert_eq!(v["result"]["billed_days"], billed, "{class}");
        assert_eq!(v["result"]["early_delete_days"], billed - 10, "{class}");
        assert_eq!(v["result"]["min_days"], billed, "{class}");
    }
}

/// `s3 classes` lists a class from its launch day, not the day before, and says which
/// classes came later: 2 classes (STANDARD, GLACIER) before 2015-09-16, one more at each
/// launch, all 7 from 2021-11-30.
#[test]
fn classes_list_each_class_from_its_launch_day() {
    for (n, (class, name, before, launch)) in LAUNCHES.into_iter().enumerate() {
        let (old, new) = (n + 2, n + 3);
        // Table.
        let text = |day: &str| {
            let out = awscalc()
                .args(["--as-of", day, "s3", "classes"])
                .output()
                .unwrap();
            assert!(out.status.success());
            String::from_utf8(out.stdout).unwrap()
        };
        let row = format!("\n  {class}  ");
        let table = text(before);
        assert!(
            table.starts_with(&format!("{old} storage classes\n")),
            "{table}"
        );
        assert!(!table.contains(&row), "{table}");
        assert!(
            common::flatten(&table).contains(&format!(
                "note: only the storage classes that existed on {before} are listed; later came \
                 {name} ({launch})"
            )),
            "{table}"
        );
        let table = text(launch);
        assert!(table.starts_with(&format!("{new} storage classes\n")));
        assert!(table.contains(&row), "{table}");
        assert!(!table.contains(&format!("{name} ({launch})")), "{table}");
        // --quiet: one row per class.
        let rows = quiet(&["--as-of", before, "s3", "classes"]);
        assert_eq!(rows.lines().count(), old);
        assert!(!rows.lines().any(|l| l.starts_with(&format!("{class}\t"))));
        let rows = quiet(&["--as-of", launch, "s3", "classes"]);
        assert_eq!(rows.lines().count(), new);
        assert!(rows.lines().any(|l| l.starts_with(&format!("{class}\t"))));
        // --json.
        let listed = |day: &str| -> Vec<String> {
            json(&["--as-of", day, "s3", "classes"])["result"]["classes"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| c["class"].as_str().unwrap().to_string())
                .collect()
        };
        assert_eq!(listed(before).len(), old);
        assert!(!listed(before).contains(&class.to_string()));
        assert_eq!(listed(launch).len(), new);
        assert!(listed(launch).contains(&class.to_string()));
        let v = json(&["--as-of", before, "s3", "classes"]);
        assert_eq!(v["result"]["count"], old);
    }
    // Before Standard-IA, only S3 Standard and Glacier.
    assert_eq!(
        quiet(&["--as-of", "2015-09-15", "s3", "classes"])
            .lines()
            .map(|l| l.split('\t').next().unwrap())
            .collect::<Vec<_>>(),
        ["STANDARD", "GLACIER"]
    );
}

/// `s3 lifecycle CLASS:100 expire:110`: refused the day before the class came; from the
/// launch day valid, billing 100 days in STANDARD and max(10, minimum) in the class:
/// 100 + 30 = 130 (Standard-IA, One Zone-IA, Intelligent-Tiering), 100 + 180 = 280
/// (Deep Archive), 100 + 90 = 190 (Glacier Instant Retrieval).
#[test]
fn lifecycle_names_each_class_from_its_launch_day() {
    for ((class, name, before, launch), billed) in
        LAUNCHES.into_iter().zip([130, 130, 130, 280, 190])
    {
        let transition = format!("{class}:100");
        let args = ["s3", "lifecycle", &transition, "expire:110"];
        refused_on(
            before,
            &args,
            &format!("{name} did not exist on {before}: it came on {launch}"),
            launch,
        );
        let mut on = vec!["--as-of", launch];
        on.extend(args);
        awscalc()
            .args(&on)
            .assert()
            .success()
            .stdout(predicate::str::starts_with(format!(
                "valid: expires on day 110; stored 110 days, billed {billed} days ({} \
                 early-deletion)\n",
                billed - 110
            )));
        assert_eq!(quiet(&on), format!("{billed}\n"), "{class}");
        let v = json(&on);
        assert_eq!(v["result"]["verdict"], "valid");
        assert_eq!(v["result"]["billed_days"], billed, "{class}");
    }
}

/// `s3 lifecycle --file`: the same refusal, naming the rule, the day before each launch;
/// from the launch day the rule is checked (130, 130, 130, 280, 190 days billed, as above).
#[test]
fn lifecycle_file_names_each_class_from_its_launch_day() {
    for ((class, name, before, launch), billed) in
        LAUNCHES.into_iter().zip([130, 130, 130, 280, 190])
    {
        let config = format!(
            r#"{{"Rules": [{{"ID": "archive", "Status": "Enabled", "Filter": {{}},
                "Transitions": [{{"Days": 100, "StorageClass": "{class}"}}],
                "Expiration": {{"Days": 110}}}}]}}"#
        );
        let message =
            format!("{name} did not exist on {before}: it came on {launch} (rule `archive`)");
        for format in [None, Some("--quiet")] {
            awscalc()
                .args(["--as-of", before, "s3", "lifecycle", "--file", "-"])
                .args(format)
                .write_stdin(config.clone())
                .assert()
                .code(2)
                .stdout("")
                .stderr(format!("error: {message}\n"));
        }
        let out = awscalc()
            .args([
                "--as-of",
                before,
                "s3",
                "lifecycle",
                "--file",
                "-",
                "--json",
            ])
            .write_stdin(config.clone())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(v["error"]["kind"], "not_yet_available");
        assert_eq!(v["error"]["message"], message);
        awscalc()
            .args(["--as-of", launch, "s3", "lifecycle", "--file", "-"])
            .write_stdin(config.clone())
            .assert()
            .success()
            .stdout(predicate::str::starts_with("1 rule: 1 valid, 0 invalid\n"));
        awscalc()
            .args([
                "--as-of",
                launch,
                "s3",
                "lifecycle",
                "--file",
                "-",
                "--quiet",
            ])
            .write_stdin(config.clone())
            .assert()
            .success()
            .stdout(format!("archive\tEnabled\tvalid\t{billed}\n"));
        let out = awscalc()
            .args([
                "--as-of",
                launch,
                "s3",
                "lifecycle",
                "--file",
                "-",
                "--json",
            ])
            .write_stdin(config)
            .output()
            .unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(v["result"]["rules"][0]["billed_days"], billed, "{class}");
    }
}

/// `s3 small-objects --object-size 50kb` (51,200 bytes): with `--class`, refused the day
/// before the launch; from it Standard-IA, One Zone-IA and Glacier Instant Retrieval bill
/// 131,072 bytes, Intelligent-Tiering 51,200, Deep Archive 51,200 + 32,768 + 8,192 =
/// 92,160. Without `--class`, the class's row appears on its launch day.
#[test]
fn small_objects_of_each_class_from_its_launch_day() {
    for ((class, name, before, launch), billed) in LAUNCHES
        .into_iter()
        .zip([131_072, 131_072, 51_200, 92_160, 131_072])
    {
        let args = [
            "s3",
            "small-objects",
            "--object-size",
            "50kb",
            "--class",
            class,
        ];
        refused_on(
            before,
            &args,
            &format!("{name} did not exist on {before}: it came on {launch}"),
            launch,
        );
        let mut on = vec!["--as-of", launch];
        on.extend(args);
        awscalc()
            .args(&on)
            .assert()
            .success()
            .stdout(common::says(format!(
                " billed, {} per object, in {class}",
                match billed {
                    131_072 => "128 KB (131,072 bytes)",
                    51_200 => "50 KB (51,200 bytes)",
                    _ => "90 KB (92,160 bytes)",
                }
            )));
        assert_eq!(quiet(&on), format!("{billed}\n"), "{class}");
        assert_eq!(json(&on)["result"]["billed_bytes"], billed, "{class}");
        // The every-class table.
        let table = ["s3", "small-objects", "--object-size", "50kb"];
        let rows = |day: &str| {
            let mut run = vec!["--as-of", day];
            run.extend(table);
            quiet(&run)
        };
        assert!(!rows(before).contains(&format!("{class}\t")));
        assert!(rows(launch)
            .lines()
            .any(|l| l == format!("{class}\t{}", row_of(billed))));
        let mut run = vec!["--as-of", before];
        run.extend(table);
        awscalc()
            .args(&run)
            .assert()
            .success()
            .stdout(common::says(format!("{name} ({launch})")));
        let classes = |day: &str| {
            let mut run = vec!["--as-of", day];
            run.extend(table);
            json(&run)["result"]["classes"]
                .as_array()
                .unwrap()
                .iter()
                .any(|c| c["class"] == class)
        };
        assert!(!classes(before) && classes(launch));
    }
}

/// A quiet row of the small-objects table for 50 KB: class-rate, Standard-rate, billed per
/// object, billed in all (one object).
fn row_of(billed: u32) -> String {
    match billed {
        92_160 => "83968\t8192\t92160\t92160".into(),
        b => format!("{b}\t0\t{b}\t{b}"),
    }
}

/// `s3 restore --within 48h`: with `--class`, refused the day before the launch; from it
/// the IA classes, Intelligent-Tiering and Glacier Instant Retrieval meet it with a GET,
/// Deep Archive with Standard (12 h) and Bulk (48 h ≤ 48 h). Without `--class`, the
/// class's tiers appear on its launch day.
#[test]
fn restore_of_each_class_from_its_launch_day() {
    for (class, name, before, launch) in LAUNCHES {
        let args = ["s3", "restore", "--within", "48h", "--class", class];
        refused_on(
            before,
            &args,
            &format!("{name} did not exist on {before}: it came on {launch}"),
            launch,
        );
        let mut on = vec!["--as-of", launch];
        on.extend(args);
        let expected: &[&str] = if class == "DEEP_ARCHIVE" {
            &["DEEP_ARCHIVE:Standard", "DEEP_ARCHIVE:Bulk"]
        } else {
            &[]
        };
        let get = format!("{class}:GET");
        let expected: Vec<&str> = if expected.is_empty() {
            vec![&get]
        } else {
            expected.to_vec()
        };
        assert_eq!(json(&on)["result"]["meeting"], serde_json::json!(expected));
        let rows = quiet(&on);
        assert_eq!(rows.lines().count(), expected.len(), "{rows}");
        assert!(rows.lines().all(|l| l.starts_with(&format!("{class}\t"))));
        awscalc()
            .args(&on)
            .assert()
            .success()
            .stdout(predicate::str::contains(format!("\n  {class}  ")));
        let any = |day: &str| {
            json(&["--as-of", day, "s3", "restore", "--within", "48h"])["result"]["tiers"]
                .as_array()
                .unwrap()
                .iter()
                .any(|t| t["class"] == class)
        };
        assert!(!any(before) && any(launch), "{class}");
        awscalc()
            .args(["--as-of", before, "s3", "restore", "--within", "48h"])
            .assert()
            .success()
            .stdout(common::says(format!("{name} ({launch})")));
    }
}

/// The configuration is read once: from standard input, the question asked again on the
/// other side of each change of an AWS value (here 2026-07-16, when the 30-day wait before
/// Standard-IA went) sees the same rules as from a file, not an empty input.
#[test]
fn a_lifecycle_file_on_standard_input_is_read_once() {
    let path = "tests/data/s3-lifecycle.json";
    let from_file = awscalc()
        .args(["--as-of", "2026-11-30", "s3", "lifecycle", "--file", path])
        .output()
        .unwrap();
    let from_stdin = awscalc()
        .args(["--as-of", "2026-11-30", "s3", "lifecycle", "--file", "-"])
        .write_stdin(std::fs::read(path).unwrap())
        .output()
        .unwrap();
    assert_eq!(from_stdin.status.code(), from_file.status.code());
    let text = String::from_utf8(from_stdin.stdout).unwrap();
    assert!(!common::flatten(&text).contains("not JSON"), "{text}");
    assert!(
        common::flatten(&text).contains(
            "note: AWS changed minimum object age before a lifecycle transition to Standard-IA or \
             One Zone-IA on 2026-07-16; the answer is the same before"
        ),
        "{text}"
    );
    // Only the lines naming the source (2: the summary, 4: the input) differ.
    let file_text = String::from_utf8(from_file.stdout).unwrap();
    let body = |t: &str| -> Vec<String> { t.lines().skip(4).map(String::from).collect() };
    assert_eq!(body(&text), body(&file_text));
}

#[test]
fn a_sheet_line_cannot_read_standard_input() {
    for line in [
        "s3 lifecycle --file - = valid",
        "s3 lifecycle --file file://- = valid",
        "cidr --file - = overlap",
    ] {
        awscalc()
            .args(["check", "-"])
            .write_stdin(format!("{line}\n"))
            .assert()
            .code(2)
            .stdout(format!(
                "ERROR  line 1  {line}: `--file -` cannot stand in a sheet line: standard input \
                 is the sheet's or the quiz's; name a file\n0 passed, 0 failed, 1 malformed\n"
            ));
    }
}
