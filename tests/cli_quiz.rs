//! CLI tests for `awscalc quiz`: a fixed seed with piped answers (right, wrong, end of
//! input, Ctrl-C), and generated questions whose answers `awscalc check` confirms.

mod common;

use common::awscalc;
use predicates::prelude::*;

/// Seed 42 asks, by hand: 7 KB writes at 90/s → ceil(7 KB / 1 KB) = 7 × 90 = 630 WCU;
/// transactional reads of 3 KB at 1,560/min = 26/s → 1 unit × 2 × 26 = 52 RCU; a Glacier
/// Flexible Retrieval object deleted after 120 days is past its 90-day minimum → 120 days.
const SEED_42: [&str; 3] = ["630", "52", "120"];

#[test]
fn the_same_seed_asks_the_same_questions() {
    let sheet = |seed: &str| {
        awscalc()
            .args([
                "quiz", "rcu", "wcu", "cidr", "ebs", "kinesis", "s3", "--seed", seed, "--count",
                "3", "--sheet",
            ])
            .output()
            .unwrap()
            .stdout
    };
    assert_eq!(sheet("42"), sheet("42"));
    assert_ne!(sheet("42"), sheet("43"));
    let text = String::from_utf8(sheet("42")).unwrap();
    assert!(
        common::flatten(&text).contains("Q1: wcu --size 7kb --rate 90 = 630"),
        "{text}"
    );
    assert!(
        common::flatten(&text).contains("Q2: rcu --size 3kb --rate 1560/min --transactional = 52"),
        "{text}"
    );
    assert!(
        common::flatten(&text).contains("Q3: s3 early-delete --class GLACIER --days 120 = 120"),
        "{text}"
    );
}

#[test]
fn right_answers_score_full_marks() {
    awscalc()
        .args([
            "quiz", "rcu", "wcu", "cidr", "ebs", "kinesis", "s3", "--seed", "42", "--count", "3",
        ])
        .write_stdin(format!("{}\n", SEED_42.join("\n")))
        .assert()
        .code(0)
        .stdout(common::says("right: 630 WCU"))
        .stdout(common::says("right: 52 RCU"))
        .stdout(common::says("right: 120 days"))
        .stdout(predicate::str::ends_with("score: 3 of 3 right\n"));
}

#[test]
fn a_wrong_answer_shows_the_answer_the_slip_and_the_derivation() {
    // 15 matches no common reading of the first question; 26 is the second question's
    // answer for strongly consistent reads (1 unit × 26/s) instead of transactional;
    // 120 is right.
    awscalc()
        .args([
            "quiz", "rcu", "wcu", "cidr", "ebs", "kinesis", "s3", "--seed", "42", "--count", "3",
        ])
        .write_stdin("15\n26\n120\n")
        .assert()
        .code(0)
        .stdout(common::says("wrong: the answer is 630 WCU"))
        .stdout(common::says("how: awscalc wcu --size 7kb --rate 90"))
        .stdout(common::says("ceil(7,168 / 1,024)"))
        .stdout(common::says("wrong: the answer is 52 RCU"))
        .stdout(common::says(
            "your 26 is the answer for strongly consistent reads",
        ))
        .stdout(predicate::str::ends_with("score: 1 of 3 right\n"));
}

#[test]
fn consistency_slips_are_named() {
    // Find an rcu question and answer it as if the reads were of the other consistency:
    // the quiz names the reading the wrong answer matches.
    let sheet = String::from_utf8(
        awscalc()
            .args(["quiz", "rcu", "--seed", "7", "--count", "1", "--sheet"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    let line = sheet.lines().find(|l| l.starts_with("Q1: ")).unwrap();
    let command = line.trim_start_matches("Q1: ").split(" = ").next().unwrap();
    let other = if command.contains("--strong") {
        command.replace("--strong", "--eventual")
    } else {
        command
            .replace("--eventual", "--strong")
            .replace("--transactional", "--strong")
    };
    let slip = String::from_utf8(
        awscalc()
            .args(other.split_whitespace())
            .arg("-q")
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    awscalc()
        .args(["quiz", "rcu", "--seed", "7", "--count", "1"])
        .write_stdin(slip.clone())
        .assert()
        .stdout(common::says(format!(
            "your {} is the answer for",
            slip.trim()
        )));
}

#[test]
fn end_of_input_ends_with_the_score_so_far() {
    awscalc()
        .args([
            "quiz", "rcu", "wcu", "cidr", "ebs", "kinesis", "s3", "--seed", "42", "--count", "3",
        ])
        .write_stdin("630\n")
        .assert()
        .code(0)
        .stdout(common::says("right: 630 WCU"))
        .stdout(predicate::str::ends_with(
            "end of input; score: 1 of 1 right\n",
        ));
}

#[test]
fn an_answer_that_is_not_a_number_counts_as_wrong() {
    awscalc()
        .args([
            "quiz", "rcu", "wcu", "cidr", "ebs", "kinesis", "s3", "--seed", "42", "--count", "1",
        ])
        .write_stdin("lots\n")
        .assert()
        .code(0)
        .stdout(common::says(
            "`lots` is not an answer to compare: the answer is 630 WCU",
        ))
        .stdout(predicate::str::ends_with("score: 0 of 1 right\n"));
}

#[test]
fn generated_sheets_pass_check_for_every_topic_and_many_seeds() {
    // Every generated question's answer is what its awscalc command computes: a sheet of
    // them, run through `awscalc check`, passes.
    for seed in 0..40 {
        let seed = seed.to_string();
        let sheet = output(&["quiz", "--seed", &seed, "--count", "25", "--sheet"]);
        sheet_passes(sheet, 25);
    }
}

#[test]
fn topics_and_counts_are_checked() {
    awscalc()
        .args(["quiz", "sms"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown quiz topic `sms`"));
    awscalc()
        .args(["quiz", "--questions", "0"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--questions"));
    let sheet = String::from_utf8(
        awscalc()
            .args(["quiz", "cidr", "--seed", "1", "--count", "10", "--sheet"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    assert_eq!(sheet.lines().filter(|l| l.starts_with('Q')).count(), 10);
    assert!(sheet
        .lines()
        .filter(|l| l.starts_with('Q'))
        .all(|l| l.contains(": cidr ")));
}

#[cfg(unix)]
#[test]
fn ctrl_c_ends_with_the_score_so_far() {
    use std::io::{BufRead, BufReader, Read, Write};
    use std::process::Stdio;

    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("awscalc"))
        .args([
            "quiz", "rcu", "wcu", "cidr", "ebs", "kinesis", "s3", "--seed", "42", "--count", "3",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    writeln!(stdin, "630").unwrap();
    // Wait until the first answer is marked and the second question is asked.
    let mut seen = String::new();
    while !seen.contains("Question 2 of 3") {
        let mut line = String::new();
        assert!(
            stdout.read_line(&mut line).unwrap() > 0,
            "quiz ended early: {seen}"
        );
        seen.push_str(&line);
    }
    let status = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let mut rest = String::new();
    stdout.read_to_string(&mut rest).unwrap();
    let exit = child.wait().unwrap();
    assert_eq!(exit.code(), Some(130), "{seen}{rest}");
    assert!(rest.contains("interrupted; score: 1 of 1 right"), "{rest}");
    drop(stdin);
}

#[test]
fn an_early_as_of_asks_only_questions_that_compute_then() {
    // DynamoDB transactions came on 2018-11-27, so a 2017 quiz asks none. By hand:
    // eventual 3.5 KB at 25/s: 1 unit × 0.5 × 25 = 12.5 → 13 RCU; strong 5 KB at 3/s:
    // 2 units × 3 = 6; strong 9 KB at 20/s: 3 units × 20 = 60.
    awscalc()
        .args(["--as-of", "2017-06-01", "quiz", "rcu", "--seed", "2", "--count", "3", "--sheet"])
        .assert()
        .code(0)
        .stdout(
            // Each question as comments wrapped at 100 columns, then its line.
            "# awscalc quiz rcu --seed 2 --questions 3 --as-of 2017-06-01\n\
             # Q1 (rcu): An application makes eventually consistent reads of 3.5 KB items, 25 per second. How\n\
             #   many read capacity units (RCU) must the table provision?\n\
             Q1: rcu --size 3.5kb --rate 25 --eventual --as-of 2017-06-01 = 13\n\
             # Q2 (rcu): An application makes strongly consistent reads of 5 KB items, 3 per second. How many\n\
             #   read capacity units (RCU) must the table provision?\n\
             Q2: rcu --size 5kb --rate 3 --strong --as-of 2017-06-01 = 6\n\
             # Q3 (rcu): An application makes strongly consistent reads of 9 KB items, 20 per second. How many\n\
             #   read capacity units (RCU) must the table provision?\n\
             Q3: rcu --size 9kb --rate 20 --strong --as-of 2017-06-01 = 60\n",
        );
    // Such a sheet checks on any later day: each line carries the quiz's date.
    let sheet = output(&[
        "--as-of",
        "2017-06-01",
        "quiz",
        "--seed",
        "9",
        "--count",
        "40",
        "--sheet",
    ]);
    sheet_passes(sheet, 40);
    // The same seed on a later date may ask a transactional question.
    let later = awscalc()
        .args([
            "--as-of",
            "2020-01-01",
            "quiz",
            "rcu",
            "wcu",
            "--seed",
            "42",
            "--count",
            "3",
            "--sheet",
        ])
        .output()
        .unwrap();
    assert!(String::from_utf8(later.stdout)
        .unwrap()
        .contains("--transactional"));
}

/// S3 One Zone-IA (2018-04-04), Intelligent-Tiering (2018-11-26), Glacier Deep Archive
/// (2019-03-27) and Glacier Instant Retrieval (2021-11-30) did not exist in mid-2017: an S3
/// quiz then asks about Standard-IA and Glacier Flexible Retrieval only (per-prefix rates
/// came in 2018-07 too), and its sheet checks. On 2021-11-30 every class may be asked.
#[test]
fn an_early_s3_quiz_asks_only_the_classes_that_existed() {
    let args = [
        "--as-of",
        "2017-06-01",
        "quiz",
        "s3",
        "--seed",
        "5",
        "--count",
        "20",
        "--sheet",
    ];
    let sheet = output(&args);
    let text = String::from_utf8(sheet.clone()).unwrap();
    let questions: Vec<&str> = text.lines().filter(|l| !l.starts_with('#')).collect();
    assert_eq!(questions.len(), 20);
    for line in &questions {
        assert!(
            line.contains("s3 early-delete --class GLACIER ")
                || line.contains("s3 early-delete --class STANDARD_IA "),
            "{line}"
        );
    }
    for later in [
        "ONEZONE_IA",
        "GLACIER_IR",
        "DEEP_ARCHIVE",
        "INTELLIGENT_TIERING",
    ] {
        assert!(
            !common::flatten(&text).contains(later),
            "{later} in a 2017 quiz:\n{text}"
        );
    }
    sheet_passes(sheet, 20);
    let now = String::from_utf8(output(&[
        "--as-of",
        "2021-11-30",
        "quiz",
        "s3",
        "--seed",
        "5",
        "--count",
        "40",
        "--sheet",
    ]))
    .unwrap();
    for class in ["ONEZONE_IA", "GLACIER_IR", "DEEP_ARCHIVE"] {
        assert!(
            now.contains(&format!("--class {class} ")),
            "{class}:\n{now}"
        );
    }
}

#[test]
fn json_prints_one_record_per_answered_question_and_a_summary() {
    // Seed 42's first two answers are 630 WCU and 52 RCU (SEED_42); 26 is the slip of
    // strongly consistent reads instead of transactional (1 unit × 26/s).
    let out = awscalc()
        .args([
            "quiz", "rcu", "wcu", "cidr", "ebs", "kinesis", "s3", "--seed", "42", "--count", "3",
            "--json",
        ])
        .write_stdin("630\n26\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let records = common::json_lines(&out.stdout);
    assert_eq!(records.len(), 3);
    assert_eq!(records[0]["question"], 1);
    assert_eq!(records[0]["command"], "wcu --size 7kb --rate 90");
    assert_eq!(records[0]["answer"], 630);
    assert_eq!(records[0]["unit"], "WCU");
    assert_eq!(records[0]["reply"], "630");
    assert_eq!(records[0]["right"], true);
    assert_eq!(records[1]["answer"], 52);
    assert_eq!(records[1]["right"], false);
    assert_eq!(
        records[1]["hints"][0],
        "26 is the answer for strongly consistent reads"
    );
    assert_eq!(
        records[2],
        serde_json::json!({"summary": {
            "questions": 3, "asked": 2, "right": 1, "seed": 42, "ended": "end_of_input"
        }})
    );
}

#[test]
fn sheet_json_gives_each_question_with_its_answer() {
    let out = awscalc()
        .args([
            "quiz", "rcu", "wcu", "cidr", "ebs", "kinesis", "s3", "--seed", "42", "--count", "3",
            "--sheet", "--json",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let records = common::json_lines(&out.stdout);
    let answers: Vec<&serde_json::Value> = records[..3].iter().map(|r| &r["answer"]).collect();
    assert_eq!(answers, [630, 52, 120]);
    assert_eq!(
        records[3],
        serde_json::json!({"summary": {"questions": 3, "seed": 42}})
    );
}

#[test]
fn an_answer_that_is_not_utf8_is_a_wrong_answer_not_the_end() {
    awscalc()
        .args([
            "quiz", "rcu", "wcu", "cidr", "ebs", "kinesis", "s3", "--seed", "42", "--count", "3",
        ])
        .write_stdin(b"630\n\xff\n120\n".to_vec())
        .assert()
        .code(0)
        .stdout(common::says(
            "`\u{fffd}` is not an answer to compare: the answer is 52 RCU",
        ))
        .stdout(predicate::str::ends_with("score: 2 of 3 right\n"));
}

#[test]
fn quiet_and_expect_are_refused() {
    for flag in [&["-q"][..], &["--expect", "5"]] {
        awscalc()
            .args(["quiz", "--seed", "1"])
            .args(flag)
            .assert()
            .code(2)
            .stdout("")
            .stderr(predicate::str::contains("does not apply to `awscalc quiz`"));
    }
}

/// Standard output of a successful run.
fn output(args: &[&str]) -> Vec<u8> {
    let out = awscalc().args(args).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{args:?}");
    out.stdout
}

/// `awscalc check` passes every one of the `count` questions of `sheet`.
fn sheet_passes(sheet: Vec<u8>, count: usize) {
    awscalc()
        .args(["check", "-", "-q"])
        .write_stdin(sheet)
        .assert()
        .code(0)
        .stdout(format!("{count} passed, 0 failed\n"));
}
