//! Help that teaches (issue #12, item 4): every help page fits in 100 columns, its usage
//! line is written for people, its examples line up, and every example runs and gives the
//! answer it shows.
//!
//! An example is a help line indented two spaces that starts with `awscalc `. Its answer
//! is the text after the command, from a column shared by every example of the page (or
//! on the next line, at that column, when the command is too long). The answer is checked
//! against what the command prints:
//! - `error: …`: the command fails with exit 2;
//! - `mismatch: …`: an `--expect` that does not match, exit 1;
//! - anything else starts with the answer's value: the first value `--quiet` prints
//!   (thousands separators and a leading `/` aside), as in `200 RCU` for `200`.

mod common;

use common::awscalc;

/// Every help page: the top level and each command, `s3`'s commands too.
const PAGES: &[&[&str]] = &[
    &[],
    &["rcu"],
    &["wcu"],
    &["item"],
    &["cidr"],
    &["ebs"],
    &["kinesis"],
    &["lambda"],
    &["sqs"],
    &["sns"],
    &["compute"],
    &["s3"],
    &["s3", "classes"],
    &["s3", "early-delete"],
    &["s3", "lifecycle"],
    &["s3", "eligible"],
    &["s3", "restore"],
    &["s3", "small-objects"],
    &["s3", "prefixes"],
    &["s3", "multipart"],
    &["s3", "transfer"],
    &["s3", "intelligent-tiering"],
    &["burst"],
    &["ondemand"],
    &["modes"],
    &["vpn"],
    &["connect"],
    &["nat"],
    &["dr"],
    &["limit"],
    &["facts"],
    &["check"],
    &["quiz"],
    &["completions"],
    &["man"],
];

fn help(page: &[&str]) -> String {
    let out = awscalc().args(page).arg("--help").output().unwrap();
    assert!(out.status.success(), "{page:?} --help");
    String::from_utf8(out.stdout).unwrap()
}

/// An example of a help page: the command's words after `awscalc`, the answer shown (if
/// any) and the column it starts at.
#[derive(Debug)]
struct Example {
    line: String,
    answer: Option<(usize, String)>,
}

fn examples(text: &str) -> Vec<Example> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let Some(rest) = line.strip_prefix("  awscalc ") else {
            continue;
        };
        let command_end = rest.find("  ").map(|at| at + "  awscalc ".len());
        let answer = match command_end {
            Some(end) => {
                let tail = &line[end..];
                let start = end + (tail.len() - tail.trim_start().len());
                Some((line[..start].chars().count(), tail.trim().to_string()))
            }
            None => lines.get(i + 1).and_then(|next| {
                let trimmed = next.trim_start();
                let indent = next.len() - trimmed.len();
                (indent > 10 && !trimmed.is_empty() && !trimmed.starts_with("awscalc"))
                    .then(|| (indent, trimmed.trim_end().to_string()))
            }),
        };
        let command = command_end.map_or(*line, |end| &line[..end]);
        out.push(Example {
            line: command.trim().to_string(),
            answer,
        });
    }
    out
}

/// Runs `words` (after `awscalc`): `< FILE` feeds standard input, `> FILE` is dropped.
fn run(words: &[String], extra: &[&str]) -> std::process::Output {
    let mut args: Vec<&str> = Vec::new();
    let mut stdin: Option<String> = None;
    let mut iter = words.iter();
    while let Some(word) = iter.next() {
        match word.as_str() {
            "<" => stdin = iter.next().cloned(),
            ">" => break,
            w => args.push(w),
        }
    }
    let mut command = awscalc();
    command.args(&args).args(extra);
    match stdin {
        Some(path) => command.pipe_stdin(path).unwrap(),
        None => command.write_stdin(""),
    };
    command.output().unwrap()
}

/// `3,072` → `3072`, `/23` → `23`, lower case.
fn normal(text: &str) -> String {
    text.trim_start_matches('/')
        .replace(',', "")
        .to_ascii_lowercase()
}

#[test]
fn every_help_page_is_under_100_columns() {
    for page in PAGES {
        for line in help(page).lines() {
            assert!(
                line.chars().count() < 100,
                "awscalc {} --help: {} columns: {line}",
                page.join(" "),
                line.chars().count()
            );
        }
    }
}

/// Usage lines are written by hand: no clap `[OPTIONS]` or `<--a <A>|--b <B>>` dumps.
#[test]
fn usage_lines_are_written_for_people() {
    for page in PAGES.iter().filter(|p| !p.is_empty()) {
        let text = help(page);
        let usage = text
            .lines()
            .find(|l| l.starts_with("Usage: "))
            .unwrap_or_else(|| panic!("{page:?}: no usage line"));
        if ["completions", "man"].contains(&page[0]) {
            continue;
        }
        assert!(
            !usage.contains("<--") && !usage.contains("[OPTIONS]]") && !usage.contains(">|"),
            "awscalc {} --help: {usage}",
            page.join(" ")
        );
        assert!(
            !usage.contains("[OPTIONS]") || page == &["s3"],
            "awscalc {} --help: {usage}",
            page.join(" ")
        );
    }
}

#[test]
fn the_answers_of_a_help_page_line_up() {
    for page in PAGES {
        let columns: Vec<usize> = examples(&help(page))
            .iter()
            .filter_map(|e| e.answer.as_ref().map(|(column, _)| *column))
            .collect();
        assert!(
            columns.windows(2).all(|w| w[0] == w[1]),
            "awscalc {} --help: answers start at columns {columns:?}",
            page.join(" ")
        );
    }
}

#[test]
fn every_example_runs_and_gives_the_answer_it_shows() {
    let mut checked = 0;
    for page in PAGES {
        for example in examples(&help(page)) {
            let words = shlex::split(&example.line).expect("an example splits like a shell");
            let words = &words[1..];
            let plain = run(words, &[]);
            let code = plain.status.code();
            let stderr = String::from_utf8_lossy(&plain.stderr);
            assert!(!stderr.contains("panicked"), "{}: {stderr}", example.line);
            match example.answer.as_ref().map(|(_, a)| a.as_str()) {
                Some(answer) if answer.starts_with("error:") => {
                    assert_eq!(code, Some(2), "{}: {stderr}", example.line);
                }
                Some(answer) if answer.starts_with("mismatch") => {
                    assert_eq!(code, Some(1), "{}: {stderr}", example.line);
                }
                Some(answer) => {
                    assert!(
                        matches!(code, Some(0 | 1)),
                        "{}: exit {code:?}: {stderr}",
                        example.line
                    );
                    let quiet = run(words, &["--quiet"]);
                    let stdout = String::from_utf8(quiet.stdout).unwrap();
                    let first = stdout.lines().next().unwrap_or_default();
                    let value = normal(first.split('\t').next().unwrap_or_default());
                    let shown = normal(answer);
                    let next = shown[value.len().min(shown.len())..].chars().next();
                    assert!(
                        !value.is_empty()
                            && shown.starts_with(&value)
                            && next.is_none_or(|c| !c.is_ascii_alphanumeric() && c != '.'),
                        "{}: the help shows `{answer}`, --quiet prints `{first}`",
                        example.line
                    );
                }
                None => assert_eq!(code, Some(0), "{}: {stderr}", example.line),
            }
            checked += 1;
        }
    }
    // rcu 7, wcu 5, kinesis 7, ebs 16, s3 13, cidr 14, top level 12, check 2, quiz 4, facts 3.
    assert!(checked >= 70, "only {checked} examples found");
}

/// `--expect`'s help names the readings of the command it is on, not DynamoDB's everywhere.
#[test]
fn expect_help_names_each_commands_readings() {
    for (command, reading) in [
        ("rcu", "consistency"),
        ("wcu", "transactional writes"),
        ("kinesis", "Kinesis FAQ formula"),
        ("lambda", "requests per second with --concurrency"),
        ("compute", "the compute services that can run the job"),
        ("ebs", "a TB read as 1,000 GB"),
        ("cidr", "network and broadcast"),
        ("s3", "the readings each s3 command knows"),
        ("vpn", "the other tunnel size"),
        ("connect", "counted from both VPCs"),
        ("nat", "without one gateway per AZ"),
        ("sqs", "60 / wait rounded down"),
        ("sns", "without the header each part carries"),
    ] {
        let text = help(&[command]).replace('\n', " ");
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(text.contains(reading), "{command} --help: {reading}");
    }
    for command in [
        "kinesis", "ebs", "cidr", "s3", "vpn", "connect", "nat", "lambda", "sqs", "sns", "compute",
        "dr", "limit",
    ] {
        let text = help(&[command])
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            !text.contains("consistency"),
            "{command} --help speaks of DynamoDB's consistency"
        );
    }
    // s3's commands are helped from the same tree as the others: each lists its own
    // readings, which their --expect points to, and no other command's.
    for (page, reading) in [
        (&["s3", "small-objects", "--help"][..], "KB as 1,000 bytes"),
        (
            &["s3", "restore", "--help"],
            "only the AWS values of another date",
        ),
        (&["help", "s3", "multipart"], "--expect knows"),
        (
            &["s3", "transfer", "--help"],
            "the bandwidth read as bytes per second",
        ),
    ] {
        let out = awscalc().args(page).output().unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(text.contains(reading), "{page:?}: {reading}: {text}");
        assert!(
            text.contains("listed under \"--expect knows\" below"),
            "{page:?}: {text}"
        );
        assert!(
            !text.contains("GET and PUT prefixes added") || page[1] == "prefixes",
            "{page:?} names another command's reading: {text}"
        );
        assert!(
            !text.contains("Usage: awscalc s3 COMMAND"),
            "{page:?}: {text}"
        );
    }
    let wcu = help(&["wcu"]);
    assert!(!wcu.contains("--items"), "wcu has no --items: {wcu}");
}
