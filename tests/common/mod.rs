//! Helpers the CLI tests share: the real binary, its `--json` and `--quiet` outputs, and
//! the shape of a bad-input error.

// Each test file is its own crate and uses a subset of these.
#![allow(dead_code)]

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

/// The awscalc binary this package builds.
pub(crate) fn awscalc() -> Command {
    Command::cargo_bin("awscalc").unwrap()
}

/// Runs with `--json`, expects exit `code`, and parses the single object it prints.
pub(crate) fn json_with(args: &[&str], code: i32) -> Value {
    let out = awscalc().args(args).arg("--json").output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(code),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("one JSON object")
}

/// Runs with `--json`, expects success, and parses the object.
pub(crate) fn json(args: &[&str]) -> Value {
    json_with(args, 0)
}

/// Runs with `--quiet`, expects success, and returns standard output.
pub(crate) fn quiet(args: &[&str]) -> String {
    let out = awscalc().args(args).arg("--quiet").output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Expects bad input: exit 2, `error:` and every fragment on standard error, no panic.
pub(crate) fn fails(args: &[&str], fragments: &[&str]) {
    let mut assert = awscalc().args(args).assert().code(2);
    for fragment in fragments {
        assert = assert.stderr(predicate::str::contains(*fragment));
    }
    assert
        .stderr(predicate::str::contains("error:"))
        .stderr(predicate::str::contains("panicked").not());
}

/// [`fails`] with one message.
pub(crate) fn fails_with(args: &[&str], message: &str) {
    fails(args, &[message]);
}

/// One JSON value per line of `stdout` (`check --json`, `quiz --json`).
pub(crate) fn json_lines(stdout: &[u8]) -> Vec<Value> {
    String::from_utf8_lossy(stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON value per line"))
        .collect()
}

/// `text` with each run of whitespace as one space: wrapped prose (a line break and the
/// indent under a `note: `) joined back into the sentence it is.
pub(crate) fn flatten(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The output begins with `text`, the text view's wrapping aside: both are [`flatten`]ed.
pub(crate) fn begins(text: impl AsRef<str>) -> impl Predicate<str> {
    let want = flatten(text.as_ref());
    predicate::function(move |out: &str| flatten(out).starts_with(&want))
}

/// The output contains `text`, the text view's wrapping aside: both are [`flatten`]ed.
pub(crate) fn says(text: impl AsRef<str>) -> impl Predicate<str> {
    let want = flatten(text.as_ref());
    predicate::function(move |out: &str| flatten(out).contains(&want))
}
