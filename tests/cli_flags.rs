//! The global flags: each works or is refused with exit 2 wherever it stands, options a
//! command cannot use are not in its help, and `--json` errors are JSON on standard output.

mod common;

use common::awscalc;
use predicates::prelude::*;
use serde_json::{json, Value};

#[test]
fn flags_a_command_cannot_use_are_refused_with_exit_2() {
    let cases: &[(&[&str], &str)] = &[
        (
            &["man", "--json"],
            "`--json` does not apply to `awscalc man`: it prints the man page",
        ),
        (
            &["--quiet", "man"],
            "`--quiet` does not apply to `awscalc man`: it prints the man page",
        ),
        (
            &["completions", "bash", "--as-of", "2020-01-01"],
            "`--as-of` does not apply to `awscalc completions`: it prints a shell script",
        ),
        (
            &["completions", "bash", "--expect", "1"],
            "`--expect` does not apply to `awscalc completions`: it prints a shell script",
        ),
        (
            &["check", "docs/examples/study-notes.check", "--expect", "29"],
            "`--expect` does not apply to `awscalc check`: each line gives its expected answer \
             after ` = `",
        ),
    ];
    for (args, message) in cases {
        let out = awscalc().args(*args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(
            stderr.starts_with(&format!("error: {message}\n")),
            "{stderr}"
        );
        if args.contains(&"--json") {
            let error: Value = serde_json::from_slice(&out.stdout).unwrap();
            assert_eq!(error["error"]["message"], *message);
        } else {
            assert!(out.stdout.is_empty(), "{args:?}");
        }
    }
}

#[test]
fn json_with_quiet_is_the_same_conflict_wherever_the_flags_stand() {
    let placements: &[&[&str]] = &[
        &["--json", "rcu", "--size", "1kb", "--rate", "1", "-q"],
        &["rcu", "--size", "1kb", "--rate", "1", "--json", "-q"],
        &["-q", "rcu", "--json", "--size", "1kb", "--rate", "1"],
        &["--json", "--quiet", "rcu", "--size", "1kb", "--rate", "1"],
    ];
    for args in placements {
        let out = awscalc().args(*args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(
            stderr.starts_with("error: the argument '--json' cannot be used with '--quiet'\n"),
            "{args:?}: {stderr}"
        );
        let error: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(
            error["error"]["message"],
            "the argument '--json' cannot be used with '--quiet'"
        );
    }
}

#[test]
fn help_lists_only_the_flags_a_command_takes() {
    let help =
        |args: &[&str]| String::from_utf8(awscalc().args(args).output().unwrap().stdout).unwrap();
    for args in [
        &["man", "--help"][..],
        &["help", "man"],
        &["completions", "--help"],
    ] {
        let text = help(args);
        for flag in ["--json", "--quiet", "--expect", "--as-of"] {
            assert!(!text.contains(flag), "{args:?} lists {flag}:\n{text}");
        }
    }
    let check = help(&["check", "--help"]);
    assert!(!check.contains("--expect"), "{check}");
    assert!(
        check.contains("--json") && check.contains("--as-of"),
        "{check}"
    );
    let quiz = help(&["quiz", "--help"]);
    assert!(
        !quiz.contains("--expect") && !quiz.contains("--quiet"),
        "{quiz}"
    );
    assert!(quiz.contains("--json"), "{quiz}");
    // Completion scripts offer the same: nothing after `awscalc man`, --json after s3's
    // subcommands.
    let bash = help(&["completions", "bash"]);
    let options_of = |case: &str| {
        let start = bash.find(&format!("{case})")).unwrap();
        let line = bash[start..].lines().nth(1).unwrap().to_string();
        line
    };
    assert_eq!(
        options_of("awscalc__subcmd__man").trim(),
        "opts=\"-h --help\""
    );
    assert!(!options_of("awscalc__subcmd__quiz").contains("--expect"));
    assert!(options_of("awscalc__subcmd__s3__subcmd__classes").contains("--json"));
    let rcu = help(&["rcu", "--help"]);
    for flag in ["--json", "--quiet", "--expect", "--as-of"] {
        assert!(rcu.contains(flag), "rcu --help lacks {flag}");
    }
}

/// Runs `args`, expects exit 2, and returns the JSON error object and standard error.
fn json_error(args: &[&str]) -> (Value, String) {
    let out = awscalc().args(args).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{args:?}");
    let object = serde_json::from_slice(&out.stdout).expect("one JSON object");
    (object, String::from_utf8(out.stderr).unwrap())
}

#[test]
fn a_failed_calculation_with_json_prints_an_error_object() {
    // 401 KB = 410,624 bytes, over DynamoDB's 400 KB (409,600 bytes) item maximum.
    let (object, stderr) = json_error(&["rcu", "--size", "401kb", "--rate", "1", "--json"]);
    let message = "item size `401kb` (410,624 bytes) is above DynamoDB's maximum item size of \
                   400 KB (409,600 bytes)";
    assert_eq!(
        object,
        json!({"command": "rcu", "error": {
            "kind": "aws_limit", "value": null, "message": message, "allowed": null
        }})
    );
    assert_eq!(stderr, format!("error: {message}\n"));
}

#[test]
fn a_bad_value_with_json_names_the_value_and_what_is_allowed() {
    let (object, stderr) = json_error(&["--json", "rcu", "--size", "4kx", "--rate", "1"]);
    assert_eq!(object["command"], "rcu");
    assert_eq!(object["error"]["kind"], "invalid_size");
    assert_eq!(object["error"]["value"], "4kx");
    let allowed = object["error"]["allowed"].as_str().unwrap();
    assert!(allowed.contains("5kb"), "{allowed}");
    let message = object["error"]["message"].as_str().unwrap();
    assert!(
        stderr.starts_with(&format!("error: {message}\n")),
        "{stderr}"
    );

    let (object, _) = json_error(&["rcu", "--sise", "4kb", "--json"]);
    assert_eq!(object["error"]["kind"], "usage");
    assert_eq!(object["error"]["value"], "--sise");
    assert_eq!(
        object["error"]["message"],
        "unexpected argument '--sise' found"
    );

    let (object, _) = json_error(&["--as-of", "2024-7-1", "--json", "facts"]);
    assert_eq!(object["command"], "facts");
    assert_eq!(object["error"]["kind"], "invalid_date");
    assert_eq!(object["error"]["value"], "2024-7-1");
    assert_eq!(object["error"]["allowed"], "YYYY-MM-DD, like 2024-07-03");

    let (object, _) = json_error(&["s3", "classes", "--json", "--expect", "7"]);
    assert_eq!(object["command"], "s3");
    assert_eq!(object["error"]["kind"], "no_single_answer");
    assert_eq!(object["error"]["value"], "7");
}

#[test]
fn help_and_version_are_not_errors_even_with_json() {
    awscalc().args(["--json", "--version"]).assert().code(0);
    awscalc()
        .args(["rcu", "--help", "--json"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("Usage: awscalc rcu"));
}

#[test]
fn a_sheet_line_cannot_choose_the_format() {
    awscalc()
        .args(["check", "-"])
        .write_stdin("rcu --size 4kb --rate 2 --strong --json = 2\n")
        .assert()
        .code(2)
        .stdout(predicate::str::contains(
            "--json and --quiet choose the format of the whole sheet: give them to `check`, not \
             on a line",
        ));
}

/// A missing argument is named on one line, on standard error, in `--json` and in a
/// `check` sheet alike, where clap's own first line ("the following required arguments
/// were not provided:") names nothing and its group listing ran to 155 columns.
#[test]
fn missing_arguments_are_named_on_one_line_everywhere() {
    let cases: &[(&[&str], &str)] = &[
        (&["dr"], "--rpo and --rto are required"),
        (&["s3", "multipart"], "--size is required"),
        (&["limit"], "LIMIT is missing: presign, waf, kms, apigw, secrets, s3-buckets, route53, cloudwatch or alarm"),
        (
            &["cidr", "--hosts", "5", "--strict"],
            "CIDR or --file is required",
        ),
        (
            &["lambda"],
            // Twelve options: the first five named, the rest counted, so the line fits.
            "one of --rate, --concurrency, --scale-to, --duration, --memory or 7 more options \
             is required",
        ),
        (&["wcu"], "one of --size, --batch or --item is required"),
    ];
    for (args, message) in cases {
        let output = awscalc().args(*args).output().unwrap();
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert!(
            stderr.starts_with(&format!("error: {message}\n\nUsage: ")),
            "{stderr}"
        );
        // The message and the usage under it fit 100 columns.
        assert!(stderr.lines().all(|l| l.chars().count() <= 100), "{stderr}");

        let json = awscalc().args(*args).arg("--json").output().unwrap();
        let value: Value = serde_json::from_slice(&json.stdout).unwrap();
        assert_eq!(value["error"]["message"], *message, "{args:?}");

        let line = format!("{} = 1\n", args.join(" "));
        awscalc()
            .args(["check", "-"])
            .write_stdin(line.clone())
            .assert()
            .code(2)
            .stdout(predicate::str::contains(format!(
                "{}: {message}",
                line.trim_end()
            )));
    }
}
