//! `--expect` and `check` on every kind of answer: forms with one value compare it, forms
//! whose answer is a list refuse with exit 2 and one line (docs/answers.md).

mod common;

use common::awscalc;
use predicates::prelude::*;

/// The one line a refused `--expect` prints, for `command` and the expected `value`.
fn refusal(value: &str, command: &str) -> String {
    format!(
        "error: cannot compare `{value}` with `{command}`: its answer is a list, not one value \
         (docs/answers.md lists the forms --expect and check take)\n"
    )
}

#[test]
fn forms_whose_answer_is_a_list_refuse_expect_with_one_line() {
    let lifecycle =
        std::env::temp_dir().join(format!("awscalc-expect-{}.json", std::process::id()));
    std::fs::write(
        &lifecycle,
        r#"{"Rules": [{"ID": "a", "Status": "Enabled", "Filter": {},
            "Transitions": [{"Days": 30, "StorageClass": "GLACIER"}]}]}"#,
    )
    .unwrap();
    let lifecycle_path = lifecycle.display().to_string();
    let cases: &[(&[&str], &str, &str)] = &[
        (&["facts"], "165", "facts"),
        (&["facts", "dynamodb"], "21", "facts"),
        (&["s3", "classes"], "7", "s3 classes"),
        (
            &["s3", "small-objects", "--object-size", "50kb"],
            "51200",
            "s3 small-objects",
        ),
        (
            &["s3", "lifecycle", "--file", &lifecycle_path],
            "valid",
            "s3 lifecycle",
        ),
        (&["s3", "restore", "--within", "48h"], "3", "s3 restore"),
        (&["cidr", "10.0.0.0/16", "--plan", "a=10"], "2", "cidr"),
    ];
    for (args, value, command) in cases {
        for quiet in [false, true] {
            let mut run = awscalc();
            run.args(*args).args(["--expect", value]);
            if quiet {
                run.arg("-q");
            }
            run.assert()
                .code(2)
                .stdout("")
                .stderr(refusal(value, command));
        }
    }
    let _ = std::fs::remove_file(lifecycle);
}

#[test]
fn a_facts_filter_matching_one_fact_answers_its_value() {
    // DynamoDB's maximum item size is 400 KB = 409,600 bytes.
    awscalc()
        .args([
            "facts",
            "dynamodb.max_item_bytes",
            "--expect",
            "409600",
            "-q",
        ])
        .assert()
        .code(0);
    awscalc()
        .args(["facts", "dynamodb.max_item_bytes", "--expect", "400", "-q"])
        .assert()
        .code(1)
        .stderr("mismatch: expected 400, awscalc computes 409,600 bytes\n");
}

#[test]
fn a_sheet_line_on_a_list_answer_is_one_short_malformed_line() {
    awscalc()
        .args(["check", "-"])
        .write_stdin(
            "facts dynamodb.max_item_bytes = 409600\n\
             s3 classes = 7\n\
             facts = 165\n",
        )
        .assert()
        .code(2)
        .stdout(format!(
            "pass   line 1  facts dynamodb.max_item_bytes = 409600  (409,600 bytes)\n\
             ERROR  line 2  s3 classes = 7: {}\
             ERROR  line 3  facts = 165: {}\
             1 passed, 0 failed, 2 malformed\n",
            refusal("7", "s3 classes").trim_start_matches("error: "),
            refusal("165", "facts").trim_start_matches("error: "),
        ));
}

#[test]
fn a_mismatch_is_one_short_line() {
    // 100 strong reads of 5 KB: 2 units each, 200 RCU.
    let out = awscalc()
        .args([
            "rcu", "--size", "5kb", "--rate", "100", "--strong", "--expect", "7", "-q",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        "mismatch: expected 7, awscalc computes 200 RCU\n"
    );
    // A word answer: 10.0.0.0/16 holds 10.0.0.0/24, and so also overlaps it.
    awscalc()
        .args([
            "cidr",
            "10.0.0.0/16",
            "10.0.0.0/24",
            "--expect",
            "overlap",
            "-q",
        ])
        .assert()
        .code(0)
        .stdout("contains\n");
    awscalc()
        .args([
            "cidr",
            "10.0.0.0/16",
            "10.0.0.0/24",
            "--expect",
            "disjoint",
            "-q",
        ])
        .assert()
        .code(1)
        .stderr(
            predicate::str::is_match("^mismatch: expected disjoint, awscalc computes contains\n$")
                .unwrap(),
        );
}

/// With `--expect`, the expectation alone decides the exit code: a learner who expects a
/// `no` and gets one was right (exit 0). Without it, a `no` exits 1, so a script can test
/// whether something fits.
#[test]
fn a_matched_no_exits_0_and_a_bare_no_exits_1() {
    // An 8-day presigned URL is over SigV4's 7-day maximum: the answer is no.
    let url = [
        "limit",
        "presign",
        "--expires",
        "8d",
        "--as-of",
        "2026-11-30",
    ];
    awscalc().args(url).assert().code(1);
    awscalc()
        .args(url)
        .args(["--expect", "no"])
        .assert()
        .code(0);
    awscalc()
        .args(url)
        .args(["--expect", "yes"])
        .assert()
        .code(1);
    // A 7-day one fits: yes, exit 0; expecting no is a mismatch.
    let week = [
        "limit",
        "presign",
        "--expires",
        "7d",
        "--as-of",
        "2026-11-30",
    ];
    awscalc().args(week).assert().code(0);
    awscalc()
        .args(week)
        .args(["--expect", "no"])
        .assert()
        .code(1);
    // A check sheet line expecting the no passes.
    awscalc()
        .args(["check", "-"])
        .write_stdin("limit presign --expires 8d --as-of 2026-11-30 = no\n")
        .assert()
        .code(0)
        .stdout(predicate::str::contains("1 passed, 0 failed"));
}
