//! CLI tests for `rcu --item` and `wcu --item`: an item's size from its JSON, read from a
//! file or standard input, with bounded reading. Sizes are derived by hand in the comments
//! from AWS's "DynamoDB item sizes and formats" page; `tests/cmd/item.md` pins the outputs.

mod common;

use common::{awscalc, fails, json, json_with};
use predicates::prelude::*;

/// Plain JSON on standard input: {"a": "bc", "n": 100} is (1 + 2) + (1 + (one significant
/// digit: ceil(1 / 2) + 1 = 2)) = 6 bytes: one write unit.
#[test]
fn an_item_on_standard_input_is_sized() {
    let out = awscalc()
        .args([
            "wcu",
            "--item",
            "-",
            "--rate",
            "3",
            "--json",
            "--as-of",
            "2026-11-30",
        ])
        .write_stdin(r#"{"a": "bc", "n": 100}"#)
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["result"]["item_bytes"], 6);
    assert_eq!(v["result"]["wcu"], 3);
    assert_eq!(v["inputs"]["item"]["format"], "plain");
    assert_eq!(v["result"]["attributes"][1]["digits"], 1);
    assert!(v["summary"].as_str().unwrap().contains("standard input"));
}

/// A 5,000-byte string: 1 + 5,000 = 5,001 bytes, which is two 4 KB read units (4,096 <
/// 5,001 ≤ 8,192), so 10 strongly consistent reads a second take 20 RCU; and five 1 KB
/// write units (4,096 < 5,001 ≤ 5,120), 5 WCU a write.
#[test]
fn a_large_item_takes_several_units() {
    let text = format!(r#"{{"s": {{"S": "{}"}}}}"#, "x".repeat(5000));
    let dir = std::env::temp_dir().join(format!("awscalc-item-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("large.json");
    std::fs::write(&path, text).unwrap();
    let path = path.to_str().unwrap();
    let v = json(&[
        "rcu",
        "--item",
        path,
        "--rate",
        "10",
        "--strong",
        "--as-of",
        "2026-11-30",
    ]);
    assert_eq!(
        (
            v["result"]["item_bytes"].as_u64(),
            v["result"]["rcu"].as_u64()
        ),
        (Some(5001), Some(20))
    );
    let v = json(&["wcu", "--item", path, "--as-of", "2026-11-30"]);
    assert_eq!(v["result"]["units_per_write"], 5);
    std::fs::remove_dir_all(&dir).unwrap();
}

/// A file over 8 MiB is refused from its length, before it is read.
#[test]
fn a_file_far_over_the_item_limit_is_refused_unread() {
    let dir = std::env::temp_dir().join(format!("awscalc-big-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("big.json");
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(9 * 1024 * 1024).unwrap();
    fails(
        &[
            "rcu",
            "--item",
            path.to_str().unwrap(),
            "--as-of",
            "2026-11-30",
        ],
        &["over 8 MiB", "big.json"],
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

/// More than 8 MiB on standard input is refused after 8 MiB + 1 byte.
#[test]
fn standard_input_is_read_no_further_than_the_bound() {
    awscalc()
        .args(["rcu", "--item", "-", "--as-of", "2026-11-30"])
        .write_stdin(vec![b' '; 8 * 1024 * 1024 + 10])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("over 8 MiB"));
}

/// Over 400 KB (409,600 bytes): 5 + 409,604 = 409,609 bytes is a verdict, exit 1, with the
/// size and the limit in JSON.
#[test]
fn an_item_over_400_kb_is_a_verdict() {
    let v = json_with(
        &[
            "rcu",
            "--item",
            "tests/data/item-over-400kb.json",
            "--as-of",
            "2026-11-30",
        ],
        1,
    );
    assert_eq!(v["result"]["item_bytes"], 409_609);
    assert_eq!(v["result"]["max_item_bytes"], 409_600);
    assert_eq!(v["result"]["fits"], false);
}

/// Text that is not UTF-8 is refused, exit 2.
#[test]
fn an_item_that_is_not_utf8_is_refused() {
    awscalc()
        .args(["rcu", "--item", "-", "--as-of", "2026-11-30"])
        .write_stdin(vec![b'{', 0xff, b'}'])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not UTF-8"));
}

/// `-v` lists at most 200 elements; the rest are one line, and `--json` has them all (up to
/// 10,000 nodes). A
/// list of 300 one-byte strings: 1 + 3 + 300 × 1 + 300 × 1 = 604 bytes; the 100 left out
/// of the text are 100 bytes.
#[test]
fn verbose_lists_at_most_200_elements_and_json_all() {
    let text = format!(r#"{{"l": [{}]}}"#, vec![r#""a""#; 300].join(","));
    let out = awscalc()
        .args(["item", "-", "-v", "--as-of", "2026-11-30"])
        .write_stdin(text.clone())
        .output()
        .unwrap();
    let shown = String::from_utf8(out.stdout).unwrap();
    assert!(shown.starts_with("604 bytes"), "{shown}");
    assert!(shown.contains("l[199] (S)") && !shown.contains("l[200] (S)"));
    assert!(shown.contains("100 elements more in l"));
    let out = awscalc()
        .args(["item", "-", "--json", "--as-of", "2026-11-30"])
        .write_stdin(text)
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let children = v["result"]["attributes"][0]["children"].as_array().unwrap();
    assert_eq!(children.len(), 300);
    assert_eq!(v["result"]["read_units"], 1);
}

/// Past 10,000 nodes `--json` counts elements instead of listing them, so memory stays
/// bounded. 12,000 Booleans in plain JSON: each 1 byte, the list 3 + 12,000 × (1 + 1) =
/// 24,003 bytes, with the name `l` 24,004; the budget lists `l` and 9,999 elements, and
/// counts the other 2,001 (2,001 bytes).
#[test]
fn json_counts_what_it_does_not_list() {
    let text = format!(r#"{{"l": [{}]}}"#, vec!["true"; 12_000].join(","));
    let out = awscalc()
        .args(["item", "-", "--json", "--as-of", "2026-11-30"])
        .write_stdin(text.clone())
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let l = &v["result"]["attributes"][0];
    assert_eq!(v["result"]["item_bytes"], 24_004);
    assert_eq!(l["children"].as_array().unwrap().len(), 9_999);
    assert_eq!(
        (l["unlisted"].as_u64(), l["unlisted_bytes"].as_u64()),
        (Some(2_001), Some(2_001))
    );
    assert_eq!(l["elements"], 12_000);
    let out = awscalc()
        .args(["item", "-", "-v", "--as-of", "2026-11-30"])
        .write_stdin(text)
        .output()
        .unwrap();
    let shown = String::from_utf8(out.stdout).unwrap();
    // -v lists 200 elements and puts the other 11,800 (11,800 bytes) on one line.
    assert!(shown.contains("l (L, 12,000 elements)"), "{shown}");
    assert!(shown.contains("11,800 elements more in l"), "{shown}");
}
