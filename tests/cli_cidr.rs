//! CLI tests for `awscalc cidr`: the real binary, every form, format and error.
//!
//! Expected values are derived by hand from the AWS rule (usable = 2^(bits − prefix) − 5;
//! subnet-sizing.html) or from the study notes' worked examples, cited by file:line.

mod common;

use assert_cmd::Command;
use predicates::prelude::*;
use predicates::str::contains;
use serde_json::Value;

fn awscalc() -> Command {
    let mut cmd = Command::cargo_bin("awscalc").unwrap();
    cmd.args(["--as-of", "2026-11-22"]);
    cmd
}

fn json(args: &[&str]) -> Value {
    let out = awscalc().args(args).arg("--json").output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// [`json`] with `stdin` as standard input.
fn json_from_stdin(args: &[&str], stdin: &str) -> Value {
    let out = awscalc()
        .args(args)
        .arg("--json")
        .write_stdin(stdin)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn stdout(args: &[&str]) -> String {
    let out = awscalc().args(args).output().unwrap();
    String::from_utf8(out.stdout).unwrap()
}

/// Study notes A9 (004:635-641): 10.0.0.0/24 → 256 − 5 = 251 usable, .0 .1 .2 .3 .255 reserved.
#[test]
fn study_notes_a9_default_output_leads_with_251_usable() {
    awscalc()
        .args(["cidr", "10.0.0.0/24"])
        .assert()
        .success()
        .stdout(predicates::str::starts_with(
            "251 usable addresses in 10.0.0.0/24\n",
        ))
        .stdout(common::says("10.0.0.4 to 10.0.0.254"))
        .stdout(common::says("256 − 5"))
        // The reserved addresses one by one, and the facts, are for --verbose.
        .stdout(common::says("vpc.subnet_reserved_addresses").not())
        .stdout(common::says("-v shows"));
    awscalc()
        .args(["cidr", "10.0.0.0/24", "-v"])
        .assert()
        .success()
        .stdout(common::says(
            "10.0.0.2 reserved by AWS for the Amazon DNS server (base + 2)",
        ))
        .stdout(common::says("vpc.subnet_reserved_addresses"));
}

#[test]
fn study_notes_a9_json_fields() {
    let v = json(&["cidr", "10.0.0.0/24"]);
    assert_eq!(v["command"], "cidr");
    let r = &v["result"];
    assert_eq!(r["network"], "10.0.0.0");
    assert_eq!(r["prefix"], 24);
    assert_eq!(r["netmask"], "255.255.255.0");
    assert_eq!(r["total"], 256);
    assert_eq!(r["usable"], 251);
    assert_eq!(r["first_usable"], "10.0.0.4");
    assert_eq!(r["last_usable"], "10.0.0.254");
    let reserved: Vec<&str> = r["reserved"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["address"].as_str().unwrap())
        .collect();
    assert_eq!(
        reserved,
        ["10.0.0.0", "10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.0.255"]
    );
    assert!(r["reserved"][1]["role"]
        .as_str()
        .unwrap()
        .contains("VPC router"));
    assert!(r["reserved"][4]["role"]
        .as_str()
        .unwrap()
        .contains("broadcast"));
    assert_eq!(r["aws"]["valid_subnet"], true);
    assert_eq!(r["aws"]["valid_vpc"], true);
    assert_eq!(r["aws"]["problems"].as_array().unwrap().len(), 0);
    assert!(v["facts"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["id"] == "vpc.subnet_reserved_addresses" && f["value"] == 5));
}

/// Study notes A8 (004:573-575): a /16 subnet has 65,536 − 5 = 65,531 usable.
#[test]
fn study_notes_a8_quiet_prints_65531_for_a_16() {
    awscalc()
        .args(["cidr", "10.0.0.0/16", "--quiet"])
        .assert()
        .success()
        .stdout("65531\n");
}

/// Study notes A8 (004:575) subtracts 4: --expect 65532 fails with the hint naming it.
#[test]
fn study_notes_a8_expect_65532_is_the_notes_four_reserved_mistake() {
    awscalc()
        .args(["cidr", "10.0.0.0/16", "--expect", "65532"])
        .assert()
        .code(1)
        .stdout(common::says("mismatch: expected 65532"))
        .stdout(common::says(
            "65532 is the answer for a subnet with only 4 reserved addresses",
        ));
}

#[test]
fn expect_252_hints_four_reserved_addresses() {
    awscalc()
        .args(["cidr", "10.0.0.0/24", "--expect", "252"])
        .assert()
        .code(1)
        .stdout(common::says(
            "252 is the answer for a subnet with only 4 reserved addresses",
        ));
}

#[test]
fn expect_254_hints_network_and_broadcast_as_outside_aws() {
    awscalc()
        .args(["cidr", "10.0.0.0/24", "--expect", "254"])
        .assert()
        .code(1)
        .stdout(common::says(
            "254 is the answer for a network with only the network and broadcast addresses reserved, as outside AWS",
        ));
}

#[test]
fn expect_251_matches() {
    awscalc()
        .args(["cidr", "10.0.0.0/24", "--expect", "251"])
        .assert()
        .success()
        .stdout(common::says("match: expected 251"));
}

#[test]
fn expect_mismatch_in_quiet_mode_goes_to_stderr() {
    awscalc()
        .args(["cidr", "10.0.0.0/24", "--expect", "254", "-q"])
        .assert()
        .code(1)
        .stdout("251\n")
        .stderr(contains("mismatch"));
}

/// AWS: IPv6 subnets reserve the same first four and last; 2^64 − 5 usable in a /64.
#[test]
fn ipv6_64_json_is_exact() {
    let v = json(&["cidr", "2600:1f18::/64"]);
    let r = &v["result"];
    assert_eq!(r["total"].to_string(), "18446744073709551616");
    assert_eq!(r["usable"].to_string(), "18446744073709551611");
    assert_eq!(r["first_usable"], "2600:1f18::4");
    assert_eq!(r["last_usable"], "2600:1f18::ffff:ffff:ffff:fffe");
    assert_eq!(
        r["reserved"][4]["address"],
        "2600:1f18::ffff:ffff:ffff:ffff"
    );
    assert_eq!(r["aws"]["valid_subnet"], true);
    assert_eq!(r["aws"]["valid_vpc"], false);
}

/// Study notes A11 (004:557): 2^128 addresses, exactly, and no panic at /0.
#[test]
fn study_notes_a11_ipv6_slash_0_is_2_to_the_128() {
    let v = json(&["cidr", "::/0"]);
    assert_eq!(
        v["result"]["total"].to_string(),
        "340282366920938463463374607431768211456"
    );
    assert_eq!(
        v["result"]["usable"].to_string(),
        "340282366920938463463374607431768211451"
    );
    assert_eq!(v["result"]["aws"]["valid_subnet"], false);
}

#[test]
fn host_bits_warn_and_compute_for_the_network() {
    awscalc()
        .args(["cidr", "10.0.0.5/24"])
        .assert()
        .success()
        .stdout(common::says("251 usable addresses in 10.0.0.0/24"))
        .stdout(common::says(
            "warning: `10.0.0.5/24` is not a network address: host bits are set; its network is 10.0.0.0/24",
        ));
}

#[test]
fn strict_makes_host_bits_an_error() {
    awscalc()
        .args(["cidr", "10.0.0.5/24", "--strict"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(contains(
            "error: invalid cidr `10.0.0.5/24`: 10.0.0.5 is not a network address",
        ))
        .stderr(contains("its network is 10.0.0.0/24"));
}

/// /29, /30, /31, /32, /8, /0: plain math, a reason, never a negative count.
#[test]
fn disallowed_sizes_show_plain_math_and_the_reason() {
    // 2^3 − 5 = 3; 2^2, 2^1, 2^0 are below 5: 0.
    for (cidr, usable) in [
        ("10.0.0.0/29", "3"),
        ("10.0.0.0/30", "0"),
        ("10.0.0.0/31", "0"),
        ("10.0.0.0/32", "0"),
    ] {
        let v = json(&["cidr", cidr]);
        assert_eq!(v["result"]["usable"].to_string(), usable, "{cidr}");
        assert_eq!(v["result"]["aws"]["valid_subnet"], false, "{cidr}");
        let problems = v["result"]["aws"]["problems"].to_string();
        assert!(problems.contains("(/16 to /28)"), "{cidr}: {problems}");
    }
    // 2^24 − 5 = 16,777,211 for a /8; 2^32 − 5 = 4,294,967,291 for /0.
    let v = json(&["cidr", "10.0.0.0/8"]);
    assert_eq!(v["result"]["usable"], 16_777_211);
    assert_eq!(v["result"]["aws"]["valid_vpc"], false);
    let v = json(&["cidr", "0.0.0.0/0"]);
    assert_eq!(v["result"]["usable"].to_string(), "4294967291");
    awscalc()
        .args(["cidr", "10.0.0.0/30"])
        .assert()
        .success()
        .stdout(common::says(
            "by the plain arithmetic; AWS does not accept it as a subnet",
        ))
        .stdout(common::says("4 − 5 is below zero: none"));
}

#[test]
fn special_ranges_are_flagged() {
    for cidr in [
        "127.0.0.0/16",
        "169.254.0.0/16",
        "224.0.0.0/16",
        "0.0.0.0/16",
    ] {
        let v = json(&["cidr", cidr]);
        assert_eq!(v["result"]["aws"]["valid_vpc"], false, "{cidr}");
        assert!(
            v["result"]["aws"]["problems"]
                .to_string()
                .contains("cannot"),
            "{cidr}"
        );
    }
    let out = stdout(&["cidr", "172.17.0.0/16"]);
    assert!(
        out.contains("warning: 172.17.0.0/16 overlaps 172.17.0.0/16"),
        "{out}"
    );
    let out = stdout(&["cidr", "8.8.0.0/16"]);
    assert!(
        out.contains("note: 8.8.0.0/16 is outside the RFC 1918"),
        "{out}"
    );
}

#[test]
fn bad_blocks_exit_2_with_the_input_quoted() {
    let cases = [
        ("10.0.0.0/33", "prefix /33 is above 32"),
        ("::/129", "prefix /129 is above 128"),
        ("10.0.0/24", "`10.0.0` is not an IPv4 or IPv6 address"),
        ("", "it is empty"),
        ("hello", "has no prefix length"),
        ("10.0.0.0/", "the prefix length `` is not a whole number"),
        (
            "10.0.0.0/2x",
            "the prefix length `2x` is not a whole number",
        ),
    ];
    for (input, message) in cases {
        awscalc()
            .args(["cidr", input])
            .assert()
            .code(2)
            .stderr(contains(format!("error: invalid cidr `{input}`")))
            .stderr(contains(message))
            .stderr(contains("expected an IPv4 block like 10.0.0.0/16"));
    }
}

/// 500 hosts: 2^8 − 5 = 251 < 500 ≤ 2^9 − 5 = 507, so /23.
#[test]
fn hosts_500_is_a_23_with_507_usable() {
    awscalc()
        .args(["cidr", "--hosts", "500"])
        .assert()
        .success()
        .stdout(predicates::str::starts_with(
            "/23: 507 usable addresses hold 500 hosts\n",
        ))
        .stdout(common::says("2^8 − 5 = 251 < 500"));
    awscalc()
        .args(["cidr", "--hosts", "500", "-q"])
        .assert()
        .success()
        .stdout("23\n");
}

/// 10.0.0.0/16 holds 2^(23 − 16) = 128 blocks of /23.
#[test]
fn hosts_in_a_parent_says_how_many_fit() {
    let v = json(&["cidr", "10.0.0.0/16", "--hosts", "500"]);
    assert_eq!(v["result"]["prefix"], 23);
    assert_eq!(v["result"]["usable"], 507);
    assert_eq!(v["result"]["fits"], 128);
}

/// 254 hosts: AWS needs /23 (a /24 has 251); /24 is the answer outside AWS (254).
#[test]
fn hosts_expect_24_hints_the_non_aws_reading() {
    awscalc()
        .args(["cidr", "--hosts", "254", "--expect", "24"])
        .assert()
        .code(1)
        .stdout(common::says("24 is the answer for a network with only the network and broadcast addresses reserved, as outside AWS"));
    awscalc()
        .args(["cidr", "--hosts", "254", "--expect", "23"])
        .assert()
        .success();
}

/// The largest IPv4 subnet, /16, has 65,536 − 5 = 65,531 usable.
#[test]
fn hosts_beyond_a_16_exit_2() {
    awscalc()
        .args(["cidr", "--hosts", "65532"])
        .assert()
        .code(2)
        .stderr(contains("error: no AWS IPv4 subnet holds `65532` hosts"))
        .stderr(contains("65,531"));
    for (bad, message) in [
        ("0", "hosts `0` must be greater than zero"),
        (
            "lots",
            "invalid hosts `lots`: it is not a whole number; expected a whole number, 1 or more",
        ),
        ("2.5", "hosts `2.5` must be a whole number"),
        ("-3", "hosts `-3` must be greater than zero"),
    ] {
        awscalc()
            .args(["cidr", "--hosts", bad])
            .assert()
            .code(2)
            .stderr(contains(message));
    }
}

/// 10.0.0.0/16 into /24: 2^8 = 256 subnets, 2^8 − 5 = 251 usable each.
#[test]
fn split_lists_every_subnet_in_each_format() {
    let quiet = stdout(&["cidr", "10.0.0.0/16", "--split", "24", "-q"]);
    let lines: Vec<&str> = quiet.lines().collect();
    assert_eq!(lines.len(), 256);
    assert_eq!(lines[0], "10.0.0.0/24");
    assert_eq!(lines[255], "10.0.255.0/24");
    let table = stdout(&["cidr", "10.0.0.0/16", "--split", "/24"]);
    assert!(table.starts_with("256 subnets of /24 in 10.0.0.0/16, 251 usable addresses each\n"));
    assert!(
        table.contains("10.0.1.0/24            251  10.0.1.4         10.0.1.254"),
        "{table}"
    );
    let v = json(&["cidr", "10.0.0.0/16", "--split", "24"]);
    assert_eq!(v["result"]["count"], 256);
    assert_eq!(v["result"]["usable_each"], 251);
    let subnets = v["subnets"].as_array().unwrap();
    assert_eq!(subnets.len(), 256);
    assert_eq!(subnets[2]["cidr"], "10.0.2.0/24");
    assert_eq!(subnets[2]["first_usable"], "10.0.2.4");
    assert_eq!(subnets[2]["last_usable"], "10.0.2.254");
}

/// JSON rows are written as bytes, not through serde: they must still be valid JSON with
/// the same fields. A /32 has 1 address and the 5 reserved leave none usable (null range);
/// IPv6 /64s keep their `::` form; 2^64 − 5 = 18,446,744,073,709,551,611 usable each.
#[test]
fn split_json_rows_without_usable_addresses_and_ipv6() {
    let v = json(&["cidr", "10.0.0.0/30", "--split", "32"]);
    let rows = v["subnets"].as_array().unwrap();
    assert_eq!(rows.len(), 4);
    assert_eq!(rows[3]["cidr"], "10.0.0.3/32");
    assert_eq!(rows[3]["usable"], 0);
    assert!(rows[3]["first_usable"].is_null());
    assert!(rows[3]["last_usable"].is_null());
    let v = json(&["cidr", "2600:1f18::/63", "--split", "64"]);
    let rows = v["subnets"].as_array().unwrap();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[1]["cidr"], "2600:1f18:0:1::/64");
    assert_eq!(rows[1]["usable"].to_string(), "18446744073709551611");
    assert_eq!(rows[1]["first_usable"], "2600:1f18:0:1::4");
    assert_eq!(rows[1]["last_usable"], "2600:1f18:0:1:ffff:ffff:ffff:fffe");
    // --count: the report alone, and no rows.
    let v = json(&["cidr", "10.0.0.0/16", "--split", "24", "--count"]);
    assert_eq!(v["result"]["count"], 256);
    assert_eq!(v["subnets"], serde_json::json!([]));
}

/// 3 parts → 4 = 2^2, so /16 → /18; --count prints only 4.
#[test]
fn into_rounds_up_and_count_prints_only_the_number() {
    awscalc()
        .args(["cidr", "10.0.0.0/16", "--into", "3", "--count", "-q"])
        .assert()
        .success()
        .stdout("4\n");
    awscalc()
        .args(["cidr", "10.0.0.0/16", "--into", "3"])
        .assert()
        .success()
        .stdout(common::says("3 is not a power of two"))
        .stdout(common::says("10.0.192.0/18"));
    awscalc()
        .args([
            "cidr",
            "10.0.0.0/16",
            "--split",
            "24",
            "--count",
            "--expect",
            "256",
        ])
        .assert()
        .success();
}

/// 10.0.0.0/8 into /28: 2^20 = 1,048,576; --limit 3 lists 3.
#[test]
fn split_limit_stops_early() {
    let quiet = stdout(&["cidr", "10.0.0.0/8", "--split", "28", "--limit", "3", "-q"]);
    assert_eq!(quiet, "10.0.0.0/28\n10.0.0.16/28\n10.0.0.32/28\n");
    let v = json(&["cidr", "10.0.0.0/8", "--split", "28", "--limit", "2"]);
    assert_eq!(v["result"]["count"], 1_048_576);
    assert_eq!(v["subnets"].as_array().unwrap().len(), 2);
}

#[test]
fn split_errors_exit_2() {
    let cases: [(&[&str], &str); 5] = [
        (&["2600::/32", "--split", "64"], "4,294,967,296 subnets"),
        (
            &["10.0.0.0/16", "--split", "8"],
            "/8 is larger than the block",
        ),
        (
            &["10.0.0.0/16", "--split", "33"],
            "an IPv4 prefix is at most /32",
        ),
        (
            &["10.0.0.0/16", "--split", "x"],
            "`x` is not a prefix length",
        ),
        (
            &["10.0.0.0/16", "--into", "0"],
            "parts `0` must be greater than zero",
        ),
    ];
    for (args, message) in cases {
        awscalc()
            .arg("cidr")
            .args(args)
            .assert()
            .code(2)
            .stderr(contains(message));
    }
    awscalc()
        .args(["cidr", "2600::/32", "--split", "64", "--count", "-q"])
        .assert()
        .success()
        .stdout("4294967296\n");
}

#[test]
fn usage_errors_exit_2() {
    awscalc().arg("cidr").assert().code(2);
    awscalc()
        .args(["cidr", "10.0.0.0/16", "--count"])
        .assert()
        .code(2);
    awscalc()
        .args(["cidr", "10.0.0.0/16", "--split", "24", "--hosts", "5"])
        .assert()
        .code(2);
}

// --plan. Sizes by the --hosts rule (usable = 2^h − 5, smallest AWS size that holds):
// 500 → /23 (507; a /24 has 251), 200 → /24 (251; a /25 has 123), 50 → /26 (59; a /27
// has 27). Largest first from 10.0.0.0, each aligned: /23 10.0.0.0, /24 10.0.2.0,
// /26 10.0.3.0, /26 10.0.3.64. Used 512 + 256 + 64 + 64 = 896 of 65,536; free 64,640,
// from 10.0.3.128 to 10.0.255.255 = /25 + /22 + /21 + /20 + /19 + /18 + /17.

#[test]
fn plan_default_output_leads_with_the_count_and_the_free_addresses() {
    awscalc()
        .args(["cidr", "10.0.0.0/16", "--plan", "500,200,50,50"])
        .assert()
        .success()
        .stdout(predicates::str::starts_with(
            "4 subnets planned in 10.0.0.0/16; 64,640 of 65,536 addresses free\n",
        ))
        .stdout(common::says("2^9 − 5 = 507 ≥ 500; /24: 251 < 500"))
        .stdout(common::says("#1 10.0.0.0/23 500 507 10.0.0.4 10.0.1.254"))
        .stdout(common::says("10.0.3.128/25"));
    awscalc()
        .args(["cidr", "10.0.0.0/16", "--plan", "500,200,50,50", "-v"])
        .assert()
        .success()
        .stdout(common::says("vpc.subnets_per_vpc"));
}

#[test]
fn plan_quiet_prints_one_subnet_per_line_with_labels() {
    awscalc()
        .args(["cidr", "10.0.0.0/16", "--plan", "db=200,web=500", "-q"])
        .assert()
        .success()
        .stdout(
            "web\t10.0.0.0/23\t500\t507\t10.0.0.4\t10.0.1.254\n\
             db\t10.0.2.0/24\t200\t251\t10.0.2.4\t10.0.2.254\n",
        );
}

#[test]
fn plan_json_fields() {
    let v = json(&["cidr", "10.0.0.0/16", "--plan", "web=500,db=200,50,50"]);
    let r = &v["result"];
    assert_eq!(r["parent"], "10.0.0.0/16");
    assert_eq!(r["used"], 896);
    assert_eq!(r["free_addresses"], 64_640);
    let cidrs: Vec<&str> = r["subnets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["cidr"].as_str().unwrap())
        .collect();
    assert_eq!(
        cidrs,
        ["10.0.0.0/23", "10.0.2.0/24", "10.0.3.0/26", "10.0.3.64/26"]
    );
    assert_eq!(r["subnets"][0]["name"], "web");
    assert_eq!(r["subnets"][0]["spare"], 7);
    assert_eq!(r["subnets"][2]["name"], "#3");
    assert_eq!(r["subnets"][3]["first_usable"], "10.0.3.68");
    assert_eq!(r["free"][0], "10.0.3.128/25");
    assert_eq!(r["free"][6], "10.0.128.0/17");
}

/// A /24 has 256 addresses: 200 hosts take a /24 (256), leaving 0 for 11 hosts (/28, 16).
#[test]
fn plan_errors_exit_2_naming_the_entry() {
    awscalc()
        .args(["cidr", "10.0.0.0/24", "--plan", "a=200,b=11"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(contains(
            "error: the plan does not fit in 10.0.0.0/24: `b=11` needs a /28 (16 addresses) and 0 addresses are left",
        ));
    for (plan, message) in [
        ("web=70000", "no AWS IPv4 subnet holds `web=70000`"),
        ("500,,200", "invalid plan `500,,200`: entry 2 is empty"),
        ("we b=5", "invalid plan `we b=5`: `we b` is not a name"),
        ("a=1,a=2", "the name `a` is used twice"),
        ("web=lots", "invalid hosts `lots`: it is not a whole number"),
    ] {
        awscalc()
            .args(["cidr", "10.0.0.0/16", "--plan", plan])
            .assert()
            .code(2)
            .stderr(contains(message));
    }
    awscalc().args(["cidr", "--plan", "5"]).assert().code(2);
}

// Several blocks. 10.0.0.0/16 = 10.0.0.0 to 10.0.255.255; 10.0.128.0/17 = 10.0.128.0 to
// 10.0.255.255 lies within it; 192.168.0.0/24 starts above 10.0.255.255: disjoint from
// both. One of the 3 pairs overlaps, and the first does not hold all: `overlap`.

#[test]
fn several_blocks_default_output_lists_overlaps_and_counts_the_rest() {
    awscalc()
        .args(["cidr", "10.0.0.0/16", "10.0.128.0/17", "192.168.0.0/24"])
        .assert()
        .success()
        .stdout(predicates::str::starts_with(
            "overlap: 1 of 3 pairs share addresses\n",
        ))
        // The step's cell may wrap; the note says it whole.
        .stdout(common::says("10.0.128.0 to 10.0.255.255 lies within"))
        .stdout(common::says("10.0.128.0/17 lies inside 10.0.0.0/16"))
        // 3 × 2 / 2 = 3 pairs, 1 overlapping, 3 − 1 = 2 disjoint: counted, not listed.
        .stdout(common::says("3 × (3 − 1) / 2"))
        .stdout(common::says("3 − 1"))
        .stdout(common::says("10.0.255.255 < 192.168.0.0").not())
        .stdout(common::says("cannot be peered"))
        .stdout(common::says(
            "https://docs.aws.amazon.com/vpc/latest/peering/create-vpc-peering-connection.html",
        ));
}

#[test]
fn several_blocks_json_and_quiet() {
    let v = json(&["cidr", "10.0.0.0/16", "10.0.128.0/17", "192.168.0.0/24"]);
    let r = &v["result"];
    assert_eq!(r["relation"], "overlap");
    // Only the pair that shares addresses is listed; the 2 with 192.168.0.0/24 are counted.
    let pairs = r["pairs"].as_array().unwrap();
    assert_eq!(pairs.len(), 1);
    assert_eq!(pairs[0]["a"], "10.0.0.0/16");
    assert_eq!(pairs[0]["b"], "10.0.128.0/17");
    assert_eq!(pairs[0]["relation"], "contains");
    assert_eq!(pairs[0]["overlap"], true);
    assert_eq!(r["pairs_total"], 3);
    assert_eq!(r["pairs_overlapping"], 1);
    assert_eq!(r["pairs_disjoint"], 2);
    assert_eq!(r["pairs_unlisted"], 0);
    assert_eq!(r["items"][1]["first"], "10.0.128.0");
    assert_eq!(r["items"][1]["total"], 32_768);
    assert_eq!(r["items"][2]["usable"], 251);
    awscalc()
        .args(["cidr", "10.0.0.0/16", "10.1.0.0/16", "-q"])
        .assert()
        .success()
        .stdout("disjoint\n");
}

/// Two items are one question: their pair is listed even when disjoint, with the
/// comparison that decides it (10.0.255.255, the last of 10.0.0.0/16, < 10.1.0.0).
#[test]
fn two_disjoint_blocks_still_show_their_comparison() {
    let v = json(&["cidr", "10.0.0.0/16", "10.1.0.0/16"]);
    let r = &v["result"];
    assert_eq!(r["relation"], "disjoint");
    assert_eq!(r["pairs"][0]["relation"], "disjoint");
    assert_eq!(r["pairs"][0]["overlap"], false);
    assert_eq!(r["pairs_total"], 1);
    assert_eq!(r["pairs_disjoint"], 1);
    awscalc()
        .args(["cidr", "10.0.0.0/16", "10.1.0.0/16"])
        .assert()
        .success()
        .stdout(common::says("10.0.255.255 < 10.1.0.0"))
        .stdout(common::says("VPCs with these blocks can be peered"));
}

// Five blocks: 10.0.0.0/16 (10.0.0.0 to 10.0.255.255) holds both copies of 10.0.1.0/24,
// which equal each other; 10.1.0.0/16 and 192.168.0.0/24 lie apart from all. 5 × 4 / 2
// = 10 pairs: 2 contains + 1 equal = 3 overlap, 10 − 3 = 7 disjoint. Sorted by first
// address (then prefix, then order given): /16, the first /24, the second /24; each
// block's pairs are with the blocks still open where it starts, largest first.
const FIVE: [&str; 5] = [
    "10.0.0.0/16",
    "10.0.1.0/24",
    "10.0.1.0/24",
    "10.1.0.0/16",
    "192.168.0.0/24",
];

#[test]
fn many_blocks_list_the_overlapping_pairs_in_address_order() {
    let args: Vec<&str> = std::iter::once("cidr").chain(FIVE).collect();
    let v = json(&args);
    let r = &v["result"];
    assert_eq!(r["relation"], "overlap");
    let pairs: Vec<(&str, &str, &str)> = r["pairs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["a"].as_str().unwrap(),
                p["b"].as_str().unwrap(),
                p["relation"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        pairs,
        [
            ("10.0.0.0/16", "10.0.1.0/24", "contains"),
            ("10.0.0.0/16", "10.0.1.0/24", "contains"),
            ("10.0.1.0/24", "10.0.1.0/24", "equal"),
        ]
    );
    // Which of the equal blocks: positions in the order given, from 1.
    let positions: Vec<(u64, u64)> = r["pairs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["a_item"].as_u64().unwrap(), p["b_item"].as_u64().unwrap()))
        .collect();
    assert_eq!(positions, [(1, 2), (1, 3), (2, 3)]);
    assert_eq!(r["pairs_total"], 10);
    assert_eq!(r["pairs_overlapping"], 3);
    assert_eq!(r["pairs_disjoint"], 7);
    assert_eq!(r["pairs_unlisted"], 0);
    assert_eq!(r["items"].as_array().unwrap().len(), 5);
    awscalc()
        .args(&args)
        .assert()
        .success()
        .stdout(predicates::str::starts_with(
            "overlap: 3 of 10 pairs share addresses\n",
        ))
        .stdout(common::says(
            "5 blocks and addresses, 10 pairs: 3 overlapping, 7 disjoint",
        ))
        .stdout(common::says("10.0.1.0/24 twice: the same block"));
}

/// --limit 2 lists the first 2 of the 3 overlapping pairs and says the rest are counted.
#[test]
fn limit_lists_fewer_pairs_and_counts_them_all() {
    let mut args: Vec<&str> = std::iter::once("cidr").chain(FIVE).collect();
    args.extend(["--limit", "2"]);
    let v = json(&args);
    let r = &v["result"];
    assert_eq!(r["pairs"].as_array().unwrap().len(), 2);
    assert_eq!(r["pairs"][1]["relation"], "contains");
    assert_eq!(r["pairs_overlapping"], 3);
    assert_eq!(r["pairs_unlisted"], 1);
    awscalc()
        .args(&args)
        .assert()
        .success()
        .stdout(common::says(
            "overlapping pairs listed: 2 of 3, the first in address order",
        ));
    for bad in [
        &["cidr", "10.0.0.0/16", "--limit", "5"][..],
        &["cidr", "--hosts", "500", "--limit", "5"],
    ] {
        awscalc().args(bad).assert().code(2).stderr(contains(
            "error: --limit takes --split, --into or several blocks to compare",
        ));
    }
    awscalc()
        .args(["cidr", "10.0.0.0/16", "10.1.0.0/16", "--limit", "0"])
        .assert()
        .code(2)
        .stderr(contains("limit `0` must be greater than zero"));
}

/// 10.0.0.0/25 ends at 10.0.0.127 and 10.0.0.128/25 starts at 10.0.0.128: adjacent, not
/// overlapping; 10.0.1.0/24 starts after both. 3 pairs, none shares an address.
#[test]
fn adjacent_blocks_are_disjoint_and_no_pair_is_listed() {
    let v = json(&["cidr", "10.0.0.0/25", "10.0.0.128/25", "10.0.1.0/24"]);
    let r = &v["result"];
    assert_eq!(r["relation"], "disjoint");
    assert_eq!(r["pairs"].as_array().unwrap().len(), 0);
    assert_eq!(r["pairs_disjoint"], 3);
    assert_eq!(r["pairs_overlapping"], 0);
    assert_eq!(v["answer"], "disjoint: the 3 share no address");
}

/// Blocks from a file or standard input, separated by new lines, spaces, tabs or commas,
/// `#` comments skipped. 10.0.0.0/8 ⊃ 10.1.0.0/16 ⊃ 10.1.2.0/24 ⊃ 10.1.2.3: every one of
/// the 4 × 3 / 2 = 6 pairs nests, and the first holds all: `contains`. 10.1.2.3 is base
/// + 3 of 10.1.2.0/24, reserved for future use.
#[test]
fn blocks_from_standard_input_and_a_file() {
    let text = "# VPCs\n10.0.0.0/8\n10.1.0.0/16  # main\n\n10.1.2.0/24,\t10.1.2.3\n";
    let v = json_from_stdin(&["cidr", "--file", "-"], text);
    let r = &v["result"];
    assert_eq!(r["relation"], "contains");
    assert_eq!(r["pairs_total"], 6);
    assert_eq!(r["pairs_overlapping"], 6);
    let pairs = r["pairs"].as_array().unwrap();
    assert_eq!(pairs.len(), 6);
    // In address order, the last pair met is the /24 and the address inside it.
    assert_eq!(pairs[5]["a"], "10.1.2.0/24");
    assert_eq!(pairs[5]["b"], "10.1.2.3");
    assert_eq!(
        pairs[5]["reserved"],
        "reserved by AWS for future use (base + 3)"
    );
    assert_eq!(
        v["answer"],
        "contains: 10.0.0.0/8 holds 10.1.0.0/16, 10.1.2.0/24, 10.1.2.3"
    );
    let path = std::env::temp_dir().join(format!("awscalc-cidr-{}.txt", std::process::id()));
    std::fs::write(&path, text).unwrap();
    // Blocks on the command line come first, then the file's.
    awscalc()
        .args(["cidr", "192.168.0.0/16", "--file"])
        .arg(&path)
        .arg("-q")
        .assert()
        .success()
        .stdout("overlap\n");
    std::fs::remove_file(&path).unwrap();
}

#[test]
fn file_errors_name_the_file_and_the_line() {
    awscalc()
        .args(["cidr", "--file", "-"])
        .write_stdin("10.0.0.0/16\n10.1.0.0/16 10.0.0\n")
        .assert()
        .code(2)
        .stderr(contains(
            "error: standard input line 2: invalid cidr `10.0.0`",
        ));
    awscalc()
        .args(["cidr", "--file", "-"])
        .write_stdin("10.0.0.0/16\n2600::/56\n")
        .assert()
        .code(2)
        .stderr(contains(
            "error: cannot compare `10.0.0.0/16` (IPv4) with `2600::/56` (IPv6)",
        ));
    awscalc()
        .args(["cidr", "--file", "-"])
        .write_stdin("# nothing\n10.0.0.0/16\n")
        .assert()
        .code(2)
        .stderr(contains("comparing needs at least two blocks or addresses"));
    awscalc()
        .args(["cidr", "--file", "no-such-file.txt"])
        .assert()
        .code(2)
        .stderr(contains("error: cannot read `no-such-file.txt`"));
    awscalc()
        .args(["cidr", "--file", "-", "--split", "24"])
        .write_stdin("10.0.0.0/16\n")
        .assert()
        .code(2);
}

/// 20,000 copies of one block: 20,000 × 19,999 / 2 = 199,990,000 pairs, all equal. They
/// are counted, and only the default 1,000 listed (199,990,000 − 1,000 = 199,989,000 not):
/// listing every pair would take gigabytes.
#[test]
fn many_identical_blocks_are_counted_not_listed() {
    let v = json_from_stdin(&["cidr", "--file", "-"], &"10.0.0.0/16\n".repeat(20_000));
    let r = &v["result"];
    // The first holds every other (an equal block holds it): `contains`.
    assert_eq!(r["relation"], "contains");
    assert_eq!(r["pairs_total"], 199_990_000);
    assert_eq!(r["pairs_overlapping"], 199_990_000);
    assert_eq!(r["pairs_disjoint"], 0);
    assert_eq!(r["pairs"].as_array().unwrap().len(), 1000);
    assert_eq!(r["pairs_unlisted"], 199_989_000);
    assert_eq!(r["pairs"][0]["relation"], "equal");
    // The items too are described up to the default 1,000; all 20,000 are compared.
    assert_eq!(r["items"].as_array().unwrap().len(), 1000);
    assert_eq!(r["items_total"], 20_000);
    assert_eq!(r["items_unlisted"], 19_000);
    assert_eq!(v["answer"], "contains: 10.0.0.0/16 holds the other 19,999");
}

/// --expect: the relation of the set. 10.0.0.0/16 holds 10.0.1.0/24, so they also overlap;
/// 10.0.0.0/16 and 10.1.0.0/16 (10.0.255.255 < 10.1.0.0) are disjoint.
#[test]
fn expect_checks_the_relation() {
    for (args, expect, code) in [
        (["10.0.0.0/16", "10.1.0.0/16"], "disjoint", 0),
        (["10.0.0.0/16", "10.1.0.0/16"], "overlap", 1),
        (["10.0.0.0/16", "10.0.1.0/24"], "contains", 0),
        (["10.0.0.0/16", "10.0.1.0/24"], "OVERLAP", 0),
        (["10.0.0.0/16", "10.0.1.0/24"], "disjoint", 1),
        (["10.0.1.0/24", "10.0.0.0/16"], "contains", 1),
        (["10.0.1.0/24", "10.0.0.0/16"], "overlap", 0),
    ] {
        awscalc()
            .arg("cidr")
            .args(args)
            .args(["--expect", expect, "-q"])
            .assert()
            .code(code);
    }
    awscalc()
        .args(["cidr", "10.0.0.0/16", "10.0.0.0/8", "--expect", "contains"])
        .assert()
        .code(1)
        .stdout(common::says(
            "mismatch: expected contains, awscalc computes overlap",
        ));
}

/// 10.0.0.0/16 reserves 10.0.0.0, .1 (router), .2 (DNS), .3 and 10.0.255.255; 10.0.5.7 is
/// none of them; 10.1.0.0 lies above 10.0.255.255.
#[test]
fn an_address_in_a_block_and_reserved_or_not() {
    let v = json(&["cidr", "10.0.0.0/16", "10.0.0.2"]);
    assert_eq!(v["result"]["relation"], "contains");
    assert!(v["result"]["pairs"][0]["reserved"]
        .as_str()
        .unwrap()
        .contains("Amazon DNS server (base + 2)"));
    let v = json(&["cidr", "10.0.0.0/16", "10.0.5.7"]);
    assert_eq!(v["result"]["pairs"][0]["reserved"], serde_json::Value::Null);
    awscalc()
        .args(["cidr", "10.0.0.0/16", "10.0.255.255"])
        .assert()
        .success()
        .stdout(common::says(
            "10.0.255.255 is in 10.0.0.0/16 and AWS reserves it in a subnet of that block: last address",
        ));
    awscalc()
        .args(["cidr", "10.0.0.0/16", "10.1.0.0", "--expect", "contains"])
        .assert()
        .code(1);
    awscalc()
        .args(["cidr", "2600:1f18::/56", "2600:1f18::3", "-q"])
        .assert()
        .success()
        .stdout("contains\n");
}

#[test]
fn several_blocks_errors_exit_2() {
    awscalc()
        .args(["cidr", "10.0.0.0/16", "2600::/56"])
        .assert()
        .code(2)
        .stderr(contains(
            "error: cannot compare `10.0.0.0/16` (IPv4) with `2600::/56` (IPv6)",
        ));
    awscalc()
        .args(["cidr", "10.0.0.0/16", "10.0.0"])
        .assert()
        .code(2)
        .stderr(contains("error: invalid cidr `10.0.0`"))
        .stderr(contains("or an address like 10.0.5.7"));
    awscalc()
        .args(["cidr", "10.0.0.0/16", "10.1.0.0/16", "--split", "24"])
        .assert()
        .code(2)
        .stderr(contains(
            "--split takes one block, and 2 were given (`10.0.0.0/16`, `10.1.0.0/16`)",
        ));
    awscalc()
        .args(["cidr", "10.0.0.5/16", "10.1.0.0/16", "--strict"])
        .assert()
        .code(2)
        .stderr(contains("`10.0.0.5/16`"));
}

// --secondary, by AWS's association table (vpc-cidr-blocks.html): a VPC whose block is in
// 10.0.0.0/8 may not add another RFC 1918 range (192.168.0.0/16 here) but may add
// 100.64.0.0/10 blocks.

#[test]
fn secondary_default_output_names_the_rule() {
    awscalc()
        .args(["cidr", "10.0.0.0/16", "--secondary", "192.168.0.0/24"])
        .assert()
        .success()
        .stdout(predicates::str::starts_with(
            "not allowed: 192.168.0.0/24 cannot be added to a VPC whose primary block is 10.0.0.0/16\n",
        ))
        .stdout(common::says("AWS restricts CIDR blocks from other RFC 1918 ranges"))
        // What awscalc cannot see (route tables, other blocks) is a caveat for -v.
        .stdout(common::says("cannot see the VPC's route tables").not());
    awscalc()
        .args(["cidr", "10.0.0.0/16", "--secondary", "192.168.0.0/24", "-v"])
        .assert()
        .success()
        .stdout(common::says("cannot see the VPC's route tables"))
        .stdout(common::says("vpc-cidr-blocks.html"))
        .stdout(common::says("vpc.ipv4_cidr_blocks_per_vpc"));
}

#[test]
fn secondary_quiet_json_and_expect() {
    awscalc()
        .args(["cidr", "10.0.0.0/16", "--secondary", "100.64.0.0/16", "-q"])
        .assert()
        .success()
        .stdout("allowed\n");
    let v = json(&["cidr", "172.16.0.0/16", "--secondary", "172.31.0.0/20"]);
    assert_eq!(v["result"]["allowed"], "not allowed");
    assert_eq!(v["result"]["row"], "172.16.0.0/12");
    assert!(v["result"]["rule"]
        .as_str()
        .unwrap()
        .contains("172.31.0.0/16"));
    // 10.1.0.0/16 lies in 10.0.0.0/15, so nothing from 10.0.0.0/16 may join it.
    awscalc()
        .args([
            "cidr",
            "10.1.0.0/16",
            "--secondary",
            "10.0.5.0/24",
            "--expect",
            "allowed",
        ])
        .assert()
        .code(1)
        .stdout(common::says("10.0.0.0/15"));
    awscalc()
        .args([
            "cidr",
            "10.0.0.0/16",
            "--secondary",
            "10.2.0.0/16",
            "--expect",
            "allowed",
            "-q",
        ])
        .assert()
        .success();
}

#[test]
fn secondary_errors_exit_2() {
    awscalc()
        .args(["cidr", "10.0.0.0/16", "--secondary", "2600::/56"])
        .assert()
        .code(2)
        .stderr(contains("`2600::/56` is IPv6"));
    awscalc()
        .args(["cidr", "10.0.0.0/16", "--secondary", "nope"])
        .assert()
        .code(2)
        .stderr(contains("error: invalid cidr `nope`"));
    awscalc()
        .args(["cidr", "--secondary", "10.1.0.0/16"])
        .assert()
        .code(2);
}

/// A /28 into /30s: 2^(30 − 28) = 4 subnets of 2^2 = 4 addresses, fewer than the 5 AWS
/// reserves, so 0 usable and no usable range ("-"). Columns: subnet padded to 18, usable
/// right-aligned to 6, first usable padded to 15 (the widest IPv4 forms).
#[test]
fn split_rows_without_usable_addresses_show_dashes() {
    let table = stdout(&["cidr", "10.0.0.0/28", "--split", "30"]);
    assert!(
        table.ends_with(
            "10.0.0.0/30              0  -                -\n\
             10.0.0.4/30              0  -                -\n\
             10.0.0.8/30              0  -                -\n\
             10.0.0.12/30             0  -                -\n"
        ),
        "{table}"
    );
    // IPv6 rows keep the standard compressed form: 2600:: + 2^64 × 1 = 2600:0:0:1::.
    let quiet = stdout(&["cidr", "2600::/63", "--split", "64", "-q"]);
    assert_eq!(quiet, "2600::/64\n2600:0:0:1::/64\n");
}

/// `awscalc cidr BLOCK...` with no flag but `--json` or `-q` is parsed without clap, for
/// start-up time. Its answers are the ones clap's path gives for the same question today.
#[test]
fn plain_questions_answer_as_the_clap_path_does() {
    let today = jiff::Timestamp::now()
        .to_zoned(jiff::tz::TimeZone::UTC)
        .date()
        .to_string();
    for words in [
        &["cidr", "10.0.0.0/24"][..],
        &["cidr", "10.0.0.5/24", "--json"],
        &["cidr", "-q", "2600:1f18::/64"],
        &["cidr", "10.0.0.0/16", "10.0.5.7", "--json"],
        &["cidr", "10.0.0.0/33"],
        &["cidr", "10.0.0.0/16", "fd00::/8"],
    ] {
        let plain = Command::cargo_bin("awscalc")
            .unwrap()
            .args(words)
            .output()
            .unwrap();
        let dated = Command::cargo_bin("awscalc")
            .unwrap()
            .args(["--as-of", &today])
            .args(words)
            .output()
            .unwrap();
        assert_eq!(plain.status.code(), dated.status.code(), "{words:?}");
        assert_eq!(plain.stdout, dated.stdout, "{words:?}");
        assert_eq!(plain.stderr, dated.stderr, "{words:?}");
        assert!(
            !plain.stdout.is_empty() || !plain.stderr.is_empty(),
            "{words:?}"
        );
    }
    Command::cargo_bin("awscalc")
        .unwrap()
        .args(["cidr", "10.0.0.0/24", "-q"])
        .assert()
        .success()
        .stdout("251\n");
}

#[test]
fn strict_without_a_block_is_refused_not_ignored() {
    // `--hosts N` alone has no block whose host bits --strict could check.
    awscalc()
        .args(["cidr", "--hosts", "50", "--strict"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "error: CIDR or --file is required\n",
        ));
    // With a block it checks it: 10.0.0.5/16 has host bits set.
    awscalc()
        .args(["cidr", "10.0.0.5/16", "--hosts", "50", "--strict"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("host bits are set"));
}

/// ::/0 into 2 is two /1 subnets of 2^127 addresses, less AWS's 5 reserved each:
/// 170,141,183,460,469,231,731,687,303,715,884,105,728 − 5, a count past what a Decimal
/// holds (2^96), said once above the list (the fuzzer found this panicking).
#[test]
fn an_ipv6_split_beyond_decimal_range_prints_its_usable_count() {
    awscalc()
        .args(["cidr", "::/0", "--into", "2", "--limit", "1"])
        .assert()
        .success()
        .stdout(predicates::str::contains(
            "each subnet: 170,141,183,460,469,231,731,687,303,715,884,105,723 usable addresses",
        ));
}
