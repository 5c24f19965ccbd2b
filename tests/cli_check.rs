//! CLI tests for `awscalc check`: sheets that pass, fail with hints, and are malformed;
//! standard input; JSON records; `--as-of` for the whole sheet and per line.

mod common;

use common::awscalc;
use predicates::prelude::*;
use serde_json::Value;
use std::io::Write;

/// Writes `text` to a temporary sheet file and returns its handle (kept alive by the caller).
fn sheet(text: &str) -> tempfile_like::Sheet {
    tempfile_like::Sheet::new(text)
}

/// A file in the system temp directory, removed on drop (no extra crate needed).
mod tempfile_like {
    use std::path::PathBuf;
    use std::sync::atomic::{AtomicUsize, Ordering};

    static NEXT: AtomicUsize = AtomicUsize::new(0);

    pub(crate) struct Sheet(pub PathBuf);

    impl Sheet {
        pub(crate) fn new(text: &str) -> Sheet {
            let n = NEXT.fetch_add(1, Ordering::Relaxed);
            let path =
                std::env::temp_dir().join(format!("awscalc-test-{}-{n}.check", std::process::id()));
            std::fs::write(&path, text).unwrap();
            Sheet(path)
        }
    }

    impl Drop for Sheet {
        fn drop(&mut self) {
            let _ = std::fs::remove_file(&self.0);
        }
    }
}

#[test]
fn a_passing_sheet_exits_0_with_a_summary() {
    // A1 and A4 of the study notes: 6 RCU, 10 WCU (derivations in tests/cli_dynamodb.rs).
    let s = sheet(
        "# study notes 002:168\n\
         A1: rcu --size 7kb --rate 3 --strong = 6\n\
         \n\
         wcu --size 1kb --rate 600/min = 10   # 002:171\n",
    );
    awscalc()
        .arg("check")
        .arg(&s.0)
        .assert()
        .code(0)
        .stdout(predicate::str::contains(
            "pass   line 2  A1: rcu --size 7kb --rate 3 --strong = 6  (6 RCU)",
        ))
        .stdout(predicate::str::contains(
            "pass   line 4  wcu --size 1kb --rate 600/min = 10  (10 WCU)",
        ))
        .stdout(predicate::str::ends_with("2 passed, 0 failed\n"));
}

#[test]
fn a_failing_line_exits_1_with_the_hint() {
    let s =
        sheet("rcu --size 3kb --rate 90 --strong = 45\nrcu --size 5kb --rate 100 --strong = 200\n");
    awscalc()
        .arg("check")
        .arg(&s.0)
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "FAIL   line 1  rcu --size 3kb --rate 90 --strong = 45  (awscalc computes 90 RCU)",
        ))
        .stdout(predicate::str::contains(
            "hint: 45 is the answer for eventually consistent reads",
        ))
        .stdout(predicate::str::ends_with("1 passed, 1 failed\n"));
}

#[test]
fn a_changed_limit_is_named_in_the_hint() {
    // gp3 at 500 GiB: 500 × 500 = 250,000 IOPS allowed by size, capped at 80,000 today and
    // at 16,000 before the September 2025 raise.
    let s = sheet("ebs --type gp3 --size 500 = 16000\n");
    awscalc()
        .arg("check")
        .arg(&s.0)
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "16000 is the answer for the AWS limits in force on",
        ));
}

#[test]
fn malformed_lines_exit_2_with_their_line_numbers_and_the_rest_still_run() {
    let s = sheet(
        "rcu --size 7kb --rate 3 --strong = 6\n\
         rcu --size 7kb --rate 3\n\
         rcu --size 5kq = 3\n\
         check other.check = 1\n\
         rcu --size 3kb --rate 90 --strong = 45\n\
         rcu --size 1kb --expect 1 = 1\n\
         rcu --size 4kb --units 5 = lots\n",
    );
    awscalc()
        .arg("check")
        .arg(&s.0)
        .assert()
        .code(2)
        .stdout(predicate::str::contains("pass   line 1"))
        .stdout(predicate::str::contains(
            "ERROR  line 2  expected `COMMAND = ANSWER`, like `rcu --size 7kb --rate 3 --strong = 6`",
        ))
        .stdout(predicate::str::contains("ERROR  line 3  rcu --size 5kq = 3: invalid value '5kq'"))
        .stdout(predicate::str::contains("ERROR  line 4  check other.check = 1: only calculating commands"))
        .stdout(predicate::str::contains("FAIL   line 5"))
        .stdout(predicate::str::contains("ERROR  line 6  rcu --size 1kb --expect 1 = 1: give the answer after ` = `"))
        .stdout(predicate::str::contains("ERROR  line 7  rcu --size 4kb --units 5 = lots: cannot compare `lots`"))
        .stdout(predicate::str::ends_with("1 passed, 1 failed, 5 malformed\n"));
}

#[test]
fn standard_input_is_a_sheet() {
    awscalc()
        .args(["check", "-"])
        .write_stdin("cidr 10.0.0.0/24 = 251\ncidr 10.0.0.0/16 = 65531\n")
        .assert()
        .code(0)
        .stdout(predicate::str::ends_with("2 passed, 0 failed\n"));
}

#[test]
fn json_gives_one_record_per_line_and_a_summary() {
    let out = awscalc()
        .args(["check", "-", "--json"])
        .write_stdin("A3: rcu --size 5kb --rate 100 --strong = 200\n# comment\nrcu --size 3kb --rate 90 --strong = 45\nnope\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let records = common::json_lines(&out.stdout);
    assert_eq!(records.len(), 4, "three questions and the summary");
    assert_eq!(records[0]["line"], 1);
    assert_eq!(records[0]["label"], "A3");
    assert_eq!(records[0]["status"], "pass");
    assert_eq!(records[0]["actual"], 200);
    assert_eq!(records[0]["unit"], "RCU");
    assert_eq!(records[1]["line"], 3);
    assert_eq!(records[1]["status"], "fail");
    assert_eq!(records[1]["actual"], 90);
    assert_eq!(
        records[1]["hints"][0],
        "45 is the answer for eventually consistent reads"
    );
    assert_eq!(records[2]["line"], 4);
    assert_eq!(records[2]["status"], "error");
    assert_eq!(records[3]["summary"]["passed"], 1);
    assert_eq!(records[3]["summary"]["failed"], 1);
    assert_eq!(records[3]["summary"]["malformed"], 1);
}

#[test]
fn as_of_applies_to_the_sheet_and_a_line_may_override_it() {
    // gp3 at 500 GiB: 16,000 IOPS before the 2025-09 raise, 80,000 after.
    let text =
        "ebs --type gp3 --size 500 = 16000\nebs --type gp3 --size 500 --as-of 2026-01-01 = 80000\n";
    awscalc()
        .args(["--as-of", "2025-01-01", "check", "-"])
        .write_stdin(text)
        .assert()
        .code(0)
        .stdout(predicate::str::ends_with("2 passed, 0 failed\n"));
}

#[test]
fn quiet_prints_only_the_summary() {
    awscalc()
        .args(["check", "-", "-q"])
        .write_stdin("cidr 10.0.0.0/24 = 251\n")
        .assert()
        .code(0)
        .stdout("1 passed, 0 failed\n");
}

#[test]
fn an_empty_sheet_passes_with_zero_counts() {
    awscalc()
        .args(["check", "-"])
        .write_stdin("# nothing yet\n\n")
        .assert()
        .code(0)
        .stdout("0 passed, 0 failed\n");
}

#[test]
fn a_missing_file_is_bad_input() {
    awscalc()
        .args(["check", "/nonexistent/answers.check"])
        .assert()
        .code(2)
        .stdout("ERROR  line 1  cannot read: no such file\n0 passed, 0 failed, 1 unreadable\n")
        .stderr("error: cannot read line 1 of `/nonexistent/answers.check`: no such file\n");
}

#[test]
fn a_long_sheet_keeps_its_order() {
    // 3,000 lines over several batches and workers: line numbers come back in order, and
    // line n answers n strong reads of 4 KB = n RCU.
    let mut text = Vec::new();
    for n in 1..=3000 {
        writeln!(text, "rcu --size 4kb --rate {n} --strong = {n}").unwrap();
    }
    let out = awscalc()
        .args(["check", "-"])
        .write_stdin(text)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let numbers: Vec<usize> = stdout
        .lines()
        .filter(|l| l.starts_with("pass"))
        .filter_map(|l| l.split_whitespace().nth(2).and_then(|n| n.parse().ok()))
        .collect();
    assert_eq!(numbers, (1..=3000).collect::<Vec<_>>());
    assert!(stdout.ends_with("3000 passed, 0 failed\n"));
}

#[test]
fn the_study_notes_sheet_passes() {
    awscalc()
        .args(["check", "docs/examples/study-notes.check", "-q"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains(" passed, 0 failed"));
}

/// A sheet of `lines` questions, each `rcu --size 4kb --rate N --strong = N` (N strong reads
/// of one 4 KB unit need N RCU, so every line passes), as bytes, with the bytes `bad` in
/// place of line `at` (1-based) when given.
fn sheet_with_bad_line(lines: usize, at: Option<usize>, bad: &[u8]) -> Vec<u8> {
    let mut text = Vec::new();
    for n in 1..=lines {
        if Some(n) == at {
            text.extend_from_slice(bad);
            text.push(b'\n');
        } else {
            writeln!(text, "rcu --size 4kb --rate {n} --strong = {n}").unwrap();
        }
    }
    text
}

#[test]
fn a_line_that_is_not_utf8_is_reported_and_every_other_line_is_checked() {
    // At the first line, the last line of the first batch (1,024), the first of the
    // second (1,025), in the middle and at the end; from a file and from standard input.
    for (lines, at) in [
        (3, 1),
        (1026, 1024),
        (1026, 1025),
        (2000, 1500),
        (2048, 2048),
    ] {
        let text = sheet_with_bad_line(lines, Some(at), b"rcu --size 4kb \xff = 1");
        let expected_summary = format!("{} passed, 0 failed, 1 unreadable\n", lines - 1);
        let s = sheet_bytes(&text);
        for source in [Source::File(&s.0), Source::Stdin(&text)] {
            let out = source.run(&[]);
            assert_eq!(out.status.code(), Some(2), "line {at} of {lines}");
            let stdout = String::from_utf8(out.stdout).unwrap();
            let passes = stdout.lines().filter(|l| l.starts_with("pass")).count();
            assert_eq!(passes, lines - 1, "line {at} of {lines}");
            assert!(
                stdout.contains(&format!(
                    "ERROR  line {at}  cannot read: it is not UTF-8 text (byte 0xff, the line's byte 16)\n"
                )),
                "{stdout}"
            );
            assert!(stdout.ends_with(&expected_summary), "{stdout}");
            let stderr = String::from_utf8(out.stderr).unwrap();
            let name = source.name();
            assert_eq!(
                stderr,
                format!(
                    "error: cannot read line {at} of {name}: it is not UTF-8 text \
                     (byte 0xff, the line's byte 16)\n"
                )
            );
        }
    }
}

#[test]
fn unreadable_lines_are_counted_in_json_and_the_last_line_is_still_checked() {
    // 1,024 lines, an unreadable line, one more line: the case that once lost the last
    // line and called the first 1,024 failed.
    let mut text = sheet_with_bad_line(1024, None, b"");
    text.extend_from_slice(b"\xfe\xfe = 1\nwcu --size 1kb --rate 10 = 10\n");
    let out = awscalc()
        .args(["check", "-", "--json"])
        .write_stdin(text)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let records = common::json_lines(&out.stdout);
    assert_eq!(records.len(), 1027, "1,026 lines and the summary");
    assert_eq!(records[1024]["line"], 1025);
    assert_eq!(records[1024]["status"], "unreadable");
    assert_eq!(
        records[1024]["error"],
        "cannot read: it is not UTF-8 text (byte 0xfe, the line's byte 1)"
    );
    // 10 writes per second of 1 KB items need 10 WCU.
    assert_eq!(records[1025]["line"], 1026);
    assert_eq!(records[1025]["status"], "pass");
    assert_eq!(records[1025]["actual"], 10);
    assert_eq!(
        records[1026]["summary"],
        serde_json::json!({"passed": 1025, "failed": 0, "malformed": 0, "unreadable": 1})
    );
}

#[test]
fn several_unreadable_lines_are_each_reported_and_counted_once() {
    let text = b"\xff = 1\nrcu --size 4kb --rate 2 --strong = 2\n\xc3 = 2\n".to_vec();
    let out = awscalc()
        .args(["check", "-"])
        .write_stdin(text)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "ERROR  line 1  cannot read: it is not UTF-8 text (byte 0xff, the line's byte 1)\n\
         pass   line 2  rcu --size 4kb --rate 2 --strong = 2  (2 RCU)\n\
         ERROR  line 3  cannot read: it is not UTF-8 text (byte 0xc3, the line's byte 1)\n\
         1 passed, 0 failed, 2 unreadable\n"
    );
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        "error: cannot read line 1 of standard input: it is not UTF-8 text (byte 0xff, the \
         line's byte 1) (and 1 more unreadable line)\n"
    );
}

#[test]
fn a_directory_is_an_unreadable_sheet_in_every_format() {
    let dir = std::env::temp_dir();
    let name = dir.display().to_string();
    awscalc()
        .arg("check")
        .arg(&dir)
        .assert()
        .code(2)
        .stdout(
            "ERROR  line 1  cannot read: it is a directory, not a sheet file\n\
             0 passed, 0 failed, 1 unreadable\n",
        )
        .stderr(format!(
            "error: cannot read line 1 of `{name}`: it is a directory, not a sheet file\n"
        ));
    awscalc()
        .arg("check")
        .arg(&dir)
        .arg("-q")
        .assert()
        .code(2)
        .stdout("0 passed, 0 failed, 1 unreadable\n");
    let out = awscalc()
        .arg("check")
        .arg(&dir)
        .arg("--json")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let records: Vec<Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(records[0]["status"], "unreadable");
    assert_eq!(records[1]["summary"]["unreadable"], 1);
}

#[test]
fn a_sheet_ending_without_a_newline_or_with_crlf_checks_every_line() {
    // 2 strong reads of 4 KB need 2 RCU; 3 need 3.
    awscalc()
        .args(["check", "-"])
        .write_stdin("rcu --size 4kb --rate 2 --strong = 2\r\nrcu --size 4kb --rate 3 --strong = 3")
        .assert()
        .code(0)
        .stdout(predicate::str::ends_with("2 passed, 0 failed\n"));
}

/// A sheet file holding `bytes`.
fn sheet_bytes(bytes: &[u8]) -> tempfile_like::Sheet {
    let s = tempfile_like::Sheet::new("");
    std::fs::write(&s.0, bytes).unwrap();
    s
}

/// Where `awscalc check` reads a sheet from.
enum Source<'a> {
    File(&'a std::path::Path),
    Stdin(&'a [u8]),
}

impl Source<'_> {
    fn run(&self, extra: &[&str]) -> std::process::Output {
        let mut command = awscalc();
        command.arg("check");
        match self {
            Source::File(path) => command.arg(path),
            Source::Stdin(bytes) => command.arg("-").write_stdin(bytes.to_vec()),
        };
        command.args(extra).output().unwrap()
    }

    fn name(&self) -> String {
        match self {
            Source::File(path) => format!("`{}`", path.display()),
            Source::Stdin(_) => "standard input".into(),
        }
    }
}
