//! `awscalc ebs` through the real binary: every type, both forms, every output format,
//! every error with exit code 2, `--as-of` around each dated change, and `--expect`.
//! Expected values are derived by hand from the AWS rule (see docs/ebs.md).

mod common;

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

/// `awscalc --as-of 2026-11-22 ebs ARGS…`: a fixed date, so today's date never matters.
fn ebs(args: &[&str]) -> Command {
    ebs_on("2026-11-22", args)
}

fn ebs_on(date: &str, args: &[&str]) -> Command {
    let mut cmd = Command::cargo_bin("awscalc").unwrap();
    cmd.args(["--as-of", date, "ebs"]).args(args);
    cmd
}

fn json(args: &[&str]) -> Value {
    json_on("2026-11-22", args)
}

fn json_on(date: &str, args: &[&str]) -> Value {
    let out = ebs_on(date, args).arg("--json").assert().success();
    serde_json::from_slice(&out.get_output().stdout).unwrap()
}

fn quiet(args: &[&str]) -> String {
    let out = ebs(args).arg("--quiet").assert().success();
    String::from_utf8(out.get_output().stdout.clone()).unwrap()
}

fn error(args: &[&str], message: &str) {
    ebs(args)
        .assert()
        .code(2)
        .stdout("")
        .stderr(format!("error: {message}\n"));
}

// ---------------------------------------------------------------- one volume per type

/// gp2 100 GiB: 3 × 100 = 300 IOPS; 5,400,000 / (3,000 − 300) = 2,000 s of burst.
#[test]
fn gp2_default_output_leads_with_the_answer() {
    ebs(&["--type", "gp2", "--size", "100"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "300 IOPS baseline, bursting to 3,000 IOPS for 2,000 s (33 min 20 s)\n",
        ))
        .stdout(common::says("5,400,000 / (3,000 − 300)"))
        // A change that does not move the answer is one line; the values are for -v.
        .stdout(common::says(
            "note: AWS changed gp2 maximum baseline IOPS and gp2 maximum throughput on \
             2018-12-03; the answer is the same before",
        ))
        .stdout(common::says("10,000 IOPS before").not())
        .stdout(common::says("ebs.gp2_credit_balance").not());
    ebs(&["--type", "gp2", "--size", "100", "-v"])
        .assert()
        .success()
        .stdout(common::says(
            "note: gp2 maximum baseline IOPS changed on 2018-12-03: 10,000 IOPS before, 16,000 \
             IOPS since; 16,000 IOPS is used",
        ))
        .stdout(common::says(
            "note: with the values before 2018-12-03 the answer is the same",
        ))
        .stdout(common::says("ebs.gp2_credit_balance 5,400,000 I/O credits"));
}

#[test]
fn gp2_json_fields() {
    let v = json(&["--type", "gp2", "--size", "100gib"]);
    assert_eq!(v["command"], "ebs");
    let r = &v["result"];
    assert_eq!(r["baseline_iops"], 300);
    assert_eq!(r["max_iops"], 3000);
    assert_eq!(r["burst_iops"], 3000);
    assert_eq!(r["burst_seconds"], 2000);
    assert_eq!(r["refill_seconds"], 18000);
    assert_eq!(r["max_throughput_mibps"], 128);
    // 300 IOPS × 256 KiB / 1,024 = 75 MiB/s once credits run out.
    assert_eq!(r["baseline_throughput_mibps"], 75);
    assert_eq!(v["inputs"]["size"]["gib"], 100);
}

#[test]
fn gp2_1000_gib_has_no_burst_in_json() {
    let r = &json(&["--type", "gp2", "--size", "1000"])["result"];
    assert_eq!(r["baseline_iops"], 3000);
    assert!(r["burst_seconds"].is_null());
    assert!(r["burst_iops"].is_null());
}

#[test]
fn quiet_prints_only_the_answer() {
    assert_eq!(quiet(&["--type", "gp2", "--size", "100"]), "300\n");
    // gp3 500 GiB: min(80,000, 500 × 500) = 80,000.
    assert_eq!(quiet(&["--type", "gp3", "--size", "500"]), "80000\n");
    // io1 100 GiB: 50 × 100 = 5,000.
    assert_eq!(quiet(&["--type", "io1", "--size", "100"]), "5000\n");
    // io2 100 GiB: 1,000 × 100 = 100,000.
    assert_eq!(quiet(&["--type", "io2", "--size", "100"]), "100000\n");
    // st1 1 TiB: burst 250 MiB/s per TiB.
    assert_eq!(quiet(&["--type", "st1", "--size", "1tib"]), "250\n");
    // sc1 1 TiB: burst 80 MiB/s per TiB.
    assert_eq!(quiet(&["--type", "sc1", "--size", "1tib"]), "80\n");
    // standard: about 100 IOPS on average.
    assert_eq!(quiet(&["--type", "standard", "--size", "100"]), "100\n");
}

/// gp3 provisioned: 16,000 IOPS at 500 GiB (≤ 80,000) and 1,000 MiB/s (≤ 0.25 × 16,000 = 4,000).
#[test]
fn gp3_with_provisioned_iops_and_throughput() {
    let v = json(&[
        "--type",
        "gp3",
        "--size",
        "500",
        "--iops",
        "16000",
        "--throughput",
        "1000mib/s",
    ]);
    let r = &v["result"];
    assert_eq!(r["iops"], 16000);
    assert_eq!(r["throughput_mibps"], 1000);
    assert_eq!(r["max_throughput_mibps"], 2000);
    assert_eq!(v["inputs"]["throughput"]["value"], 1000);
}

#[test]
fn io1_io2_st1_sc1_standard_default_outputs() {
    ebs(&["--type", "io1", "--size", "100", "--iops", "5000"])
        .assert()
        .success()
        // 5,000 ≤ 32,000: min(500, 5,000 × 256 / 1,024) = 500 MiB/s.
        .stdout(predicate::str::starts_with(
            "up to 5,000 IOPS at 100 GiB; 5,000 IOPS give 500 MiB/s\n",
        ));
    ebs(&["--type", "io2", "--size", "16", "--iops", "16000"])
        .assert()
        .success()
        // min(4,000, 0.256 × 16,000 = 4,096) = 4,000.
        .stdout(predicate::str::starts_with(
            "up to 16,000 IOPS at 16 GiB; 16,000 IOPS give 4,000 MiB/s\n",
        ));
    ebs(&["--type", "st1", "--size", "1tib"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "40 MiB/s baseline, bursting to 250 MiB/s\n",
        ));
    ebs(&["--type", "sc1", "--size", "16tib"])
        .assert()
        .success()
        // 12 × 16 = 192; 80 × 16 = 1,280 → capped at 250.
        .stdout(predicate::str::starts_with(
            "192 MiB/s baseline, bursting to 250 MiB/s\n",
        ));
    ebs(&["--type", "standard", "--size", "1tib"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "about 100 IOPS on average, 40 to 200 IOPS at most\n",
        ));
}

/// AWS: a 5 TiB st1 volume scans in 2.91 h, at worst 3.27 h.
#[test]
fn st1_scan_of_5_tib() {
    let r = &json(&["--type", "st1", "--size", "5tib", "--scan"])["result"];
    assert_eq!(r["scan_seconds"], serde_json::json!(10485.76));
    assert_eq!(r["scan_hours"], serde_json::json!(2.91));
    assert_eq!(r["scan_worst_hours"], serde_json::json!(3.27));
    assert_eq!(
        quiet(&["--type", "st1", "--size", "5tib", "--scan"]),
        "10485.76\n"
    );
}

// ---------------------------------------------------------------- --as-of

#[test]
fn as_of_around_the_gp3_raise() {
    let old = json_on("2025-09-25", &["--type", "gp3", "--size", "500"]);
    assert_eq!(old["result"]["max_iops"], 16000);
    assert_eq!(old["result"]["max_throughput_mibps"], 1000);
    let notes = old["notes"].to_string();
    assert!(
        notes.contains("16,000 IOPS before, 80,000 IOPS since"),
        "{notes}"
    );
    let new = json_on("2025-09-26", &["--type", "gp3", "--size", "500"]);
    assert_eq!(new["result"]["max_iops"], 80000);
    ebs_on("2020-11-30", &["--type", "gp3", "--size", "500"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "gp3 did not exist on 2020-11-30: it came on 2020-12-01",
        ));
}

/// Whether the 2025-09-26 gp3 raise moves the answer, worked by hand from the gp3 rule
/// (IOPS: 500 per GiB, at least 3,000, at most the maximum; throughput: 0.25 MiB/s per IOPS,
/// at most the maximum).
#[test]
fn the_answer_on_the_other_side_of_the_gp3_raise() {
    // 1 GiB: 500 × 1 is under the 3,000 included, so 3,000 IOPS and 0.25 × 3,000 = 750 MiB/s,
    // under both the old maxima (16,000, 1,000) and the new: the raise does not matter.
    let v = json_on("2026-11-22", &["--type", "gp3", "--size", "1"]);
    let change = &v["changes"][0];
    assert_eq!(change["since"], "2025-09-26");
    assert_eq!(change["in_force"], true);
    assert_eq!(change["other_side"]["date"], "2025-09-25");
    assert_eq!(change["other_side"]["same_answer"], true);
    assert!(v["notes"]
        .to_string()
        .contains("with the values before 2025-09-26 the answer is the same"));
    let iops = change["facts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == "ebs.gp3_max_iops")
        .unwrap();
    assert_eq!(iops["before"], 16000);
    assert_eq!(iops["after"], 80000);

    // 500 GiB: 500 × 500 = 250,000 IOPS, capped at 80,000 now and 16,000 before; throughput
    // 0.25 × 16,000 = 4,000, capped at the old 1,000 MiB/s.
    let v = json_on("2026-11-22", &["--type", "gp3", "--size", "500"]);
    let other = &v["changes"][0]["other_side"];
    assert_eq!(other["same_answer"], false);
    assert_eq!(
        other["answer"],
        "up to 16,000 IOPS and 1,000 MiB/s at 500 GiB"
    );
    // Asked before the raise, the note looks forward.
    ebs_on("2025-01-01", &["--type", "gp3", "--size", "500"])
        .assert()
        .success()
        .stdout(common::says(
            "on or before 2025-09-26; from then: up to 80,000 IOPS and 2,000 MiB/s at 500 GiB",
        ));
    ebs_on("2025-01-01", &["--type", "gp3", "--size", "500", "-v"])
        .assert()
        .success()
        .stdout(common::says(
            "note: with the values from 2025-09-26: up to 80,000 IOPS and 2,000 MiB/s at 500 GiB",
        ));
    // 20,000 IOPS is over the old 16,000 maximum: no answer before the raise.
    ebs_on("2026-11-22", &["--type", "gp3", "--size", "500", "--iops", "20000"])
        .assert()
        .success()
        .stdout(common::says(
            "on or before 2025-09-26; before, there is no answer: gp3 allows at most 16,000 IOPS (on 2025-09-25)",
        ));
}

/// Which volume sustains 20,000 IOPS: io2 at 20,000 / 1,000 per GiB = 20 GiB on both sides
/// of the gp3 raise, but the day before it gp3 stopped at 16,000 IOPS, so only io2 and io1
/// (20,000 / 50 = 400 GiB) deliver: 2 types, not 3 (gp3 at 20,000 / 500 = 40 GiB today).
#[test]
fn the_same_main_answer_with_other_fields_changed_names_them() {
    let v = json_on("2026-11-22", &["--iops", "20000"]);
    assert_eq!(v["result"]["smallest_type"], "io2");
    assert_eq!(v["result"]["smallest_size_gib"], 20);
    assert_eq!(v["result"]["delivering"], 3);
    let gp3_raise = v["changes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["since"] == "2025-09-26")
        .unwrap();
    let other = &gp3_raise["other_side"];
    assert_eq!(other["same_answer"], false);
    assert_eq!(
        other["answer"],
        "io2 at 20 GiB is the smallest volume that sustains 20,000 IOPS"
    );
    let fields = other["differing_fields"].to_string();
    assert!(fields.contains("\"delivering\""), "{fields}");
    assert!(v["notes"].to_string().contains(
        "with the values before 2025-09-26: the main answer is the same, but number of types that \
         deliver it is 2 types; candidates and tier table differ"
    ));
}

#[test]
fn as_of_around_io2_block_express() {
    // New io2 volumes are Block Express from 2023-11-21 (AWS: "All io2 volumes created after
    // November 21, 2023 are io2 Block Express volumes"). The day before: 500 IOPS per GiB,
    // 64,000 at most, 16 TiB; 100 GiB → min(64,000, 500 × 100) = 50,000 IOPS, and by io1's
    // rule 50,000 > 32,000 → 50,000 × 16 KiB / 1,024 = 781.25 MiB/s.
    let old = json_on("2023-11-20", &["--type", "io2", "--size", "100"]);
    assert_eq!(old["result"]["max_iops"], 50000);
    assert_eq!(old["result"]["max_throughput_mibps"], 781.25);
    // From that day: min(256,000, 1,000 × 100) = 100,000 IOPS, min(4,000, 0.256 × 100,000)
    // = 4,000 MiB/s. 2025-04-30, when AWS had converted the older volumes, changes nothing.
    let new = json_on("2023-11-21", &["--type", "io2", "--size", "100"]);
    assert_eq!(new["result"]["max_iops"], 100_000);
    assert_eq!(new["result"]["max_throughput_mibps"], 4000);
    assert_eq!(
        json_on("2025-04-29", &["--type", "io2", "--size", "100"])["result"]["max_iops"],
        100_000
    );
    ebs_on("2023-11-20", &["--type", "io2", "--size", "20tib"])
        .assert()
        .code(2)
        .stderr("error: io2 volumes are 4 to 16,384 GiB (on 2023-11-20): `20tib` is 20,480 GiB; use at most 16,384 GiB\n");
    ebs_on("2023-11-21", &["--type", "io2", "--size", "20tib"])
        .assert()
        .success();
}

/// AWS: the maximum throughput "can be achieved at 16,000 IOPS or higher"; 4,000 / 0.256 =
/// 15,625 IOPS by the rate. The report states both; at 15,625 IOPS awscalc gives 4,000.
#[test]
fn io2_report_names_both_iops_for_maximum_throughput() {
    let v = json_on(
        "2026-01-01",
        &["--type", "io2", "--size", "100", "--iops", "15625"],
    );
    assert_eq!(v["result"]["max_throughput_mibps"], 4000);
    let notes = v["notes"].to_string();
    assert!(
        notes.contains(
            "AWS says io2 reaches its maximum throughput of 4,000 MiB/s \\\"at 16,000 IOPS or \
             higher\\\"; at 0.256 MiB/s per IOPS awscalc reaches it at 15,625 IOPS (4,000 / 0.256)"
        ),
        "{notes}"
    );
}

// ---------------------------------------------------------------- --expect

#[test]
fn expect_16000_for_gp3_hints_at_the_pre_2025_limit() {
    ebs(&["--type", "gp3", "--size", "500", "--expect", "16000"])
        .assert()
        .code(1)
        .stdout(common::says(
            "mismatch: expected 16000, awscalc computes 80,000 IOPS",
        ))
        .stdout(common::says(
            "hint: 16000 is the answer for the AWS limits in force on 2025-09-25",
        ));
    ebs(&["--type", "gp3", "--size", "500", "--expect", "80,000"])
        .assert()
        .success()
        .stdout(common::says("match: expected 80,000"));
}

#[test]
fn expect_3000_for_gp2_100_gib_hints_at_the_burst() {
    ebs(&[
        "--type", "gp2", "--size", "100", "--expect", "3000", "--quiet",
    ])
    .assert()
    .code(1)
    .stdout("300\n")
    .stderr(predicate::str::contains("mismatch: expected 3000"));
    let out = ebs(&[
        "--type", "gp2", "--size", "100", "--expect", "3000", "--json",
    ])
    .assert()
    .code(1);
    let v: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(v["expect"]["matches"], false);
    assert_eq!(
        v["expect"]["hints"][0],
        "3000 is the answer for the burst IOPS, while I/O credits last"
    );
}

// ---------------------------------------------------------------- which volume

/// 20,000 IOPS: io2 20 GiB (÷ 1,000), gp3 40 GiB (÷ 500), io1 400 GiB (÷ 50); the rest cannot.
#[test]
fn which_volume_for_20000_iops_in_every_format() {
    ebs(&["--iops", "20000"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "io2 at 20 GiB is the smallest volume that sustains 20,000 IOPS\n",
        ))
        .stdout(common::says(
            "older exam material gives gp3 about 16,000 IOPS at most",
        ));
    let q = quiet(&["--iops", "20000"]);
    let firsts: Vec<Vec<&str>> = q.lines().map(|l| l.split('\t').take(3).collect()).collect();
    assert_eq!(
        firsts,
        vec![
            vec!["io2", "yes", "20"],
            vec!["gp3", "yes", "40"],
            vec!["io1", "yes", "400"],
            vec!["gp2", "no", "-"],
            vec!["st1", "no", "-"],
            vec!["sc1", "no", "-"],
            vec!["standard", "no", "-"],
        ]
    );
    let v = json(&["--iops", "20000"]);
    assert_eq!(v["result"]["smallest_type"], "io2");
    assert_eq!(v["result"]["smallest_size_gib"], 20);
    assert_eq!(v["result"]["candidates"][1]["type"], "gp3");
    assert_eq!(v["result"]["candidates"][1]["min_size_gib"], 40);
    assert_eq!(v["result"]["candidates"][3]["delivers"], false);
}

/// In 2023 the study notes' ladder agreed with AWS for every type.
#[test]
fn which_volume_tier_table_in_2023() {
    let v = json_on("2023-06-01", &["--iops", "20000"]);
    let tiers = v["result"]["tier_table"].as_array().unwrap();
    assert_eq!(tiers.len(), 6);
    assert!(tiers.iter().all(|t| t["agrees"] == true));
    // Then: io2 20,000 / 500 = 40 GiB, io1 400 GiB; gp3 stopped at 16,000 IOPS, as the
    // ladder says (above ~16,000 → io1/io2).
    let c = &v["result"]["candidates"];
    assert_eq!(
        (c[0]["type"].as_str(), c[0]["min_size_gib"].as_u64()),
        (Some("io2"), Some(40))
    );
    assert_eq!(
        (c[1]["type"].as_str(), c[1]["min_size_gib"].as_u64()),
        (Some("io1"), Some(400))
    );
    assert_eq!(
        (c[2]["type"].as_str(), c[2]["delivers"].as_bool()),
        (Some("gp3"), Some(false))
    );
}

#[test]
fn smallest_size_of_one_type() {
    assert_eq!(quiet(&["--type", "io1", "--iops", "20000"]), "400\n");
    // 600 MiB/s on io1: 600 × 1,024 / 16 = 38,400 IOPS → 38,400 / 50 = 768 GiB.
    assert_eq!(quiet(&["--type", "io1", "--throughput", "600"]), "768\n");
}

// ---------------------------------------------------------------- errors, exit 2

#[test]
fn every_error_says_what_is_allowed() {
    error(
        &["--type", "io1", "--size", "100", "--iops", "20000"],
        "io1 at 100 GiB allows at most 5,000 IOPS; 20,000 IOPS needs at least 400 GiB (`--iops 20000`)",
    );
    error(
        &["--type", "io1", "--size", "2000", "--iops", "70000"],
        "io1 allows at most 64,000 IOPS (on 2026-11-22); 70,000 IOPS (`--iops 70000`) is above it: lower --iops, or compare types with `awscalc ebs --iops 70000`",
    );
    error(
        &["--type", "io2", "--size", "100", "--iops", "50"],
        "io2 needs at least 100 provisioned IOPS; 50 IOPS (`--iops 50`) is below it: use at least 100",
    );
    error(
        &["--type", "gp3", "--size", "100", "--throughput", "1000"],
        "gp3 with 3,000 IOPS allows at most 750 MiB/s; 1,000 MiB/s needs at least 4,000 IOPS (`--throughput 1000`)",
    );
    error(
        &["--type", "gp3", "--size", "100", "--iops", "90000"],
        "gp3 allows at most 80,000 IOPS (on 2026-11-22); 90,000 IOPS (`--iops 90000`) is above it: lower --iops, or use io2",
    );
    error(
        &["--type", "st1", "--size", "100"],
        "st1 volumes are 125 to 16,384 GiB (on 2026-11-22): `100` is 100 GiB; use at least 125 GiB",
    );
    error(
        &["--type", "gp2", "--size", "17tib"],
        "gp2 volumes are 1 to 16,384 GiB (on 2026-11-22): `17tib` is 17,408 GiB; use at most 16,384 GiB",
    );
    error(
        &["--type", "gp2", "--size", "1.5"],
        "EBS volume sizes are whole GiB: `1.5` is not; use 2 GiB",
    );
    error(
        &["--type", "gp2", "--size", "100", "--throughput", "200"],
        "`--throughput 200` does not load a gp2 volume's bucket: give its workload with --iops (gp2 credits are I/O credits)",
    );
    error(
        &["--type", "io1", "--size", "100", "--throughput", "200"],
        "only gp3 takes a provisioned throughput; io1 throughput follows from its IOPS: drop `--throughput 200`",
    );
    error(
        &["--type", "gp3", "--size", "100", "--scan"],
        "--scan applies to st1 and sc1, whose burst bucket is sized for a full scan; drop --scan for gp3",
    );
    error(
        &["--type", "gp2", "--iops", "20000"],
        "gp2 cannot sustain 20,000 IOPS: sustains at most 16,000 IOPS, 250 MiB/s at its largest size (16,384 GiB); `awscalc ebs --iops 20000` compares every type",
    );
    error(
        &["--type", "gp2"],
        "`--type gp2` needs --size for one volume, or --iops and/or --throughput for its smallest size",
    );
    error(
        &["--size", "100"],
        "`--size 100` alone: add --type for one volume, or --iops and/or --throughput to compare types",
    );
    error(
        &[],
        "give --type and --size for one volume, or --iops and/or --throughput to find which volume delivers them",
    );
}

/// Every option a form does not read is refused (issue #11 audit): --scan needs one
/// volume, and each type refuses what it does not provision.
#[test]
fn options_a_form_does_not_read_are_refused() {
    ebs(&["--iops", "20000", "--scan"])
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with(
            "error: --type and --size are required\n",
        ));
    error(
        &["--type", "st1", "--size", "5tib", "--iops", "6000"],
        "`--iops 6000` does not load an st1 volume's bucket: give its workload with --throughput (st1 and sc1 credits are throughput credits)",
    );
    error(
        &[
            "--type",
            "sc1",
            "--size",
            "5tib",
            "--throughput",
            "250",
            "--iops",
            "10",
        ],
        "an sc1 workload is one of --iops and --throughput: give --throughput alone",
    );
    error(
        &["--type", "standard", "--size", "500", "--scan"],
        "--scan applies to st1 and sc1, whose burst bucket is sized for a full scan; drop --scan for standard",
    );
}

#[test]
fn flag_values_that_do_not_parse_exit_2() {
    ebs(&["--type", "gp4", "--size", "100"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "unknown volume type `gp4`: expected gp3, gp2, io2, io1, st1, sc1 or standard",
        ));
    ebs(&["--throughput", "600mbps"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "invalid rate `600mbps`: `mbps` usually means bits; give bytes",
        ));
    ebs(&["--iops", "1.5"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "iops `1.5` must be a whole number",
        ));
    ebs(&["--type", "gp2", "--size", "big"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("invalid size `big`"));
}
