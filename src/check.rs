//! `awscalc check FILE`: runs every question of an answer sheet (format: `awscalc::sheet`)
//! through the same command line and calculators as a single command, streaming one
//! result per line so memory stays flat however long the sheet.

use crate::cli::Exit;
use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Write};
use std::path::Path;
use std::sync::mpsc::{self, SyncSender};
use std::sync::{Arc, Mutex};

use clap::{CommandFactory, FromArgMatches};
use jiff::civil::Date;
use serde::Serialize;
use serde_json::json;

use awscalc::question::{expect, Question};
use awscalc::report::{Detail, Expectation};
use awscalc::sheet::{self, parse_line};

use crate::cli::{clap_message, CheckArgs, Cli, Command, Failure, Global};

/// What one line came to.
enum Outcome {
    Pass(Expectation),
    Fail(Expectation),
    Malformed(String),
    /// The line could not be read (not UTF-8 text, or a read error), with why.
    Unreadable(String),
}

/// How many lines came to each end; with `--json`, the last record's `summary`.
#[derive(Default, Serialize)]
struct Tally {
    passed: u64,
    failed: u64,
    malformed: u64,
    unreadable: u64,
}

impl Tally {
    fn add(&mut self, other: &Tally) {
        self.passed += other.passed;
        self.failed += other.failed;
        self.malformed += other.malformed;
        self.unreadable += other.unreadable;
    }
}

/// Lines per batch handed to a worker.
const BATCH_LINES: usize = 1024;

/// One line of a sheet as read: its text, or why it could not be read.
type Line = Result<String, String>;

/// A batch of sheet lines: its place in the sheet, its first line's number, the lines.
/// A line that could not be read stands in its batch at its own place, so the lines
/// before it, in its batch and in earlier ones, are checked and reported as usual.
type Job = (usize, usize, Vec<Line>);

/// A worker's rendered results for one batch, with their counts.
struct Done {
    text: Vec<u8>,
    tally: Tally,
    /// The first line of the batch that could not be read: its number and why.
    unreadable: Option<(usize, String)>,
}

pub(crate) fn run(
    args: &CheckArgs,
    global: &Global,
    as_of: Date,
    out: &mut impl Write,
) -> Result<Exit, Failure> {
    let path = args.file.clone();
    let style = if global.json {
        Style::Json
    } else if global.quiet {
        Style::Quiet
    } else {
        Style::Text
    };
    // Lines are checked in batches on every core; results are written in sheet order.
    // The channels are bounded, so memory stays flat however long the sheet.
    let workers = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    let mut tally = Tally::default();
    let mut first_unreadable = None;
    std::thread::scope(|scope| -> Result<(), Failure> {
        let (job_tx, job_rx) = mpsc::sync_channel::<Job>(workers * 2);
        let job_rx = Arc::new(Mutex::new(job_rx));
        let (done_tx, done_rx) = mpsc::sync_channel::<(usize, Done)>(workers * 2);
        for _ in 0..workers {
            let job_rx = Arc::clone(&job_rx);
            let done_tx = done_tx.clone();
            scope.spawn(move || {
                let mut parser = Cli::command();
                loop {
                    let job = job_rx.lock().map_or(None, |rx| rx.recv().ok());
                    let Some((index, first_line, lines)) = job else {
                        break;
                    };
                    let done = check_batch(&mut parser, first_line, &lines, as_of, style);
                    if done_tx.send((index, done)).is_err() {
                        break;
                    }
                }
            });
        }
        drop(done_tx);
        let path = &path;
        scope.spawn(move || read_batches(open(path), &job_tx));
        let mut pending = BTreeMap::new();
        let mut next = 0;
        for (index, done) in done_rx {
            pending.insert(index, done);
            while let Some(done) = pending.remove(&next) {
                next += 1;
                out.write_all(&done.text)?;
                tally.add(&done.tally);
                if first_unreadable.is_none() {
                    first_unreadable = done.unreadable;
                }
            }
        }
        Ok(())
    })?;
    if global.json {
        writeln!(out, "{}", json!({ "summary": tally }))?;
    } else {
        write!(out, "{} passed, {} failed", tally.passed, tally.failed)?;
        if tally.malformed > 0 {
            write!(out, ", {} malformed", tally.malformed)?;
        }
        if tally.unreadable > 0 {
            write!(out, ", {} unreadable", tally.unreadable)?;
        }
        writeln!(out)?;
    }
    out.flush()?;
    // Standard output has every line's verdict; standard error says once, whatever the
    // format, that the sheet was not read whole.
    if let Some((line, why)) = first_unreadable {
        let more = match tally.unreadable {
            0 | 1 => String::new(),
            2 => " (and 1 more unreadable line)".to_string(),
            n => format!(" (and {} more unreadable lines)", n - 1),
        };
        let sheet = if args.file.as_os_str() == "-" {
            "standard input".to_string()
        } else {
            format!("`{}`", args.file.display())
        };
        eprintln!("error: cannot read line {line} of {sheet}: {why}{more}");
    }
    Ok(Exit::from(if tally.malformed > 0 || tally.unreadable > 0 {
        2
    } else {
        u8::from(tally.failed > 0)
    }))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Style {
    Text,
    Json,
    Quiet,
}

/// The sheet at `path` (`-`: standard input), or why it cannot be read.
fn open(path: &Path) -> Result<Box<dyn BufRead + Send>, String> {
    if path.as_os_str() == "-" {
        return Ok(Box::new(BufReader::new(io::stdin())));
    }
    if path.is_dir() {
        return Err("it is a directory, not a sheet file".into());
    }
    let file = File::open(path).map_err(|e| io_reason(&e))?;
    Ok(Box::new(BufReader::new(file)))
}

/// An I/O error in words, without Rust's `(os error N)` suffix.
fn io_reason(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file".into(),
        io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => {
            let text = e.to_string();
            text.split(" (os error")
                .next()
                .unwrap_or(&text)
                .to_lowercase()
        }
    }
}

/// Reads the sheet into numbered batches until its end, a read error, or nobody listening.
///
/// A line that is not UTF-8 text is reported as unreadable and reading goes on with the
/// next line. A read error is reported at the line it stopped, after the lines before it:
/// nothing after it can be read.
fn read_batches(reader: Result<Box<dyn BufRead + Send>, String>, jobs: &SyncSender<Job>) {
    let mut reader = match reader {
        Ok(reader) => reader,
        Err(why) => {
            let _ = jobs.send((0, 1, vec![Err(why)]));
            return;
        }
    };
    let mut first_line = 1;
    let mut bytes = Vec::new();
    for index in 0.. {
        let mut batch = Vec::with_capacity(BATCH_LINES);
        let mut ended = false;
        while batch.len() < BATCH_LINES {
            bytes.clear();
            match reader.read_until(b'\n', &mut bytes) {
                Ok(0) => {
                    ended = true;
                    break;
                }
                Ok(_) => batch.push(text_of(&mut bytes)),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => {
                    batch.push(Err(io_reason(&e)));
                    ended = true;
                    break;
                }
            }
        }
        let count = batch.len();
        if count > 0 && jobs.send((index, first_line, batch)).is_err() {
            return;
        }
        if ended {
            return;
        }
        first_line += count;
    }
}

/// One line's text without its line ending, or why it is not text.
fn text_of(bytes: &mut Vec<u8>) -> Line {
    if bytes.last() == Some(&b'\n') {
        bytes.pop();
        if bytes.last() == Some(&b'\r') {
            bytes.pop();
        }
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_string()),
        Err(e) => Err(format!(
            "it is not UTF-8 text (byte {:#04x}, the line's byte {})",
            bytes[e.valid_up_to()],
            e.valid_up_to() + 1
        )),
    }
}

/// Checks one batch of lines and renders the results in `style`.
fn check_batch(
    parser: &mut clap::Command,
    first_line: usize,
    lines: &[Line],
    as_of: Date,
    style: Style,
) -> Done {
    let mut done = Done {
        text: Vec::new(),
        tally: Tally::default(),
        unreadable: None,
    };
    for (offset, line) in lines.iter().enumerate() {
        let number = first_line + offset;
        let (question, outcome) = match line {
            Err(why) => {
                if done.unreadable.is_none() {
                    done.unreadable = Some((number, why.clone()));
                }
                (None, Outcome::Unreadable(why.clone()))
            }
            Ok(line) => match parse_line(line) {
                Ok(None) => continue,
                Ok(Some(q)) => {
                    let outcome = evaluate(parser, &q, as_of);
                    (Some(q), outcome)
                }
                Err(e) => (None, Outcome::Malformed(e.to_string())),
            },
        };
        match outcome {
            Outcome::Pass(_) => done.tally.passed += 1,
            Outcome::Fail(_) => done.tally.failed += 1,
            Outcome::Malformed(_) => done.tally.malformed += 1,
            Outcome::Unreadable(_) => done.tally.unreadable += 1,
        }
        // Writing into a Vec cannot fail.
        let _ = match style {
            Style::Json => write_json(&mut done.text, number, question.as_ref(), &outcome),
            Style::Text => write_text(&mut done.text, number, question.as_ref(), &outcome),
            Style::Quiet => Ok(()),
        };
    }
    done
}

/// A sheet line's command as awscalc's own clap definition parses it (without `awscalc`):
/// its question, and the date its `--as-of` gives, if any. Only calculating commands
/// qualify, and the answer is given apart, not with --expect.
pub(crate) fn parse_command(
    parser: &mut clap::Command,
    command: &str,
) -> Result<(Question, Option<Date>), String> {
    let words = shlex::split(command).ok_or("unbalanced quotes in the command")?;
    let mut matches = parser
        .try_get_matches_from_mut(std::iter::once("awscalc".to_string()).chain(words))
        .map_err(|e| clap_message(&e))?;
    let cli = Cli::from_arg_matches_mut(&mut matches).map_err(|e| clap_message(&e))?;
    if matches!(
        cli.command,
        Command::Check(_) | Command::Quiz(_) | Command::Completions { .. } | Command::Man
    ) {
        return Err("only calculating commands can stand in a sheet".into());
    }
    if cli.global.expect.is_some() {
        return Err("give the answer after ` = `, not with --expect".into());
    }
    if cli.global.json || cli.global.quiet {
        return Err(
            "--json and --quiet choose the format of the whole sheet: give them to `check`, \
             not on a line"
                .into(),
        );
    }
    let question = cli.command.question(false).map_err(|e| e.to_string())?;
    Ok((question, cli.global.as_of))
}

/// Answers a line's question and compares the answer as `--expect` would.
fn evaluate(parser: &mut clap::Command, line: &sheet::Question<'_>, sheet_as_of: Date) -> Outcome {
    let (question, as_of) = match parse_command(parser, line.command) {
        Ok(parsed) => parsed,
        Err(message) => return Outcome::Malformed(message),
    };
    let as_of = as_of.unwrap_or(sheet_as_of);
    // The answer alone first; only a failing line needs the readings behind the hints.
    let brief = match question.answer(as_of, Detail::Answer) {
        Ok(report) => report,
        Err(e) => return Outcome::Malformed(e.to_string()),
    };
    match brief.check(line.expected) {
        Ok(e) if e.matches => return Outcome::Pass(e),
        Ok(_) => {}
        Err(e) => return Outcome::Malformed(e.to_string()),
    }
    let report = match question.answer(as_of, Detail::Readings) {
        Ok(report) => report,
        Err(e) => return Outcome::Malformed(e.to_string()),
    };
    match expect(&report, line.expected) {
        Ok(e) if e.matches => Outcome::Pass(e),
        Ok(e) => Outcome::Fail(e),
        Err(e) => Outcome::Malformed(e.to_string()),
    }
}

fn computed(e: &Expectation) -> String {
    crate::render::quantity(&e.actual, &e.unit)
}

fn write_text(
    out: &mut impl Write,
    line: usize,
    question: Option<&sheet::Question<'_>>,
    outcome: &Outcome,
) -> io::Result<()> {
    let asked = question.map_or_else(String::new, |q| {
        let label = q.label.map_or_else(String::new, |l| format!("{l}: "));
        format!("{label}{} = {}", q.command, q.expected)
    });
    // One line per question, whole, for `grep FAIL`; the hints under it wrap at 100
    // columns.
    match outcome {
        Outcome::Pass(e) => writeln!(out, "pass   line {line}  {asked}  ({})", computed(e)),
        Outcome::Fail(e) => {
            writeln!(
                out,
                "FAIL   line {line}  {asked}  (awscalc computes {})",
                computed(e)
            )?;
            for hint in &e.hints {
                out.write_all(
                    crate::render::wrapped("       hint: ", "             ", hint).as_bytes(),
                )?;
            }
            Ok(())
        }
        Outcome::Unreadable(why) => writeln!(out, "ERROR  line {line}  cannot read: {why}"),
        Outcome::Malformed(message) if asked.is_empty() => {
            writeln!(out, "ERROR  line {line}  {message}")
        }
        Outcome::Malformed(message) => writeln!(out, "ERROR  line {line}  {asked}: {message}"),
    }
}

/// One line's JSON record: where it stands, what it asked, and what came of it. The field
/// names are the documented ones (docs/check.md), checked by the compiler.
#[derive(Serialize)]
struct Record<'a> {
    line: usize,
    label: Option<&'a str>,
    command: Option<&'a str>,
    expected: Option<&'a str>,
    #[serde(flatten)]
    verdict: Verdict<'a>,
}

/// What came of a line, tagged by its `status`.
#[derive(Serialize)]
#[serde(tag = "status", rename_all = "lowercase")]
enum Verdict<'a> {
    Pass(Compared<'a>),
    Fail(Compared<'a>),
    Error { error: &'a str },
    Unreadable { error: String },
}

/// A computed answer and the hints on a mismatch.
#[derive(Serialize)]
struct Compared<'a> {
    /// The exact number (or word) computed.
    actual: serde_json::Value,
    unit: &'a str,
    hints: &'a [String],
}

impl Compared<'_> {
    fn of(e: &Expectation) -> Compared<'_> {
        Compared {
            actual: crate::render::json_value(&e.actual),
            unit: &e.unit,
            hints: &e.hints,
        }
    }
}

fn write_json(
    out: &mut impl Write,
    line: usize,
    question: Option<&sheet::Question<'_>>,
    outcome: &Outcome,
) -> io::Result<()> {
    let verdict = match outcome {
        Outcome::Pass(e) => Verdict::Pass(Compared::of(e)),
        Outcome::Fail(e) => Verdict::Fail(Compared::of(e)),
        Outcome::Malformed(message) => Verdict::Error { error: message },
        Outcome::Unreadable(why) => Verdict::Unreadable {
            error: format!("cannot read: {why}"),
        },
    };
    let record = Record {
        line,
        label: question.and_then(|q| q.label),
        command: question.map(|q| q.command),
        expected: question.map(|q| q.expected),
        verdict,
    };
    serde_json::to_writer(&mut *out, &record)?;
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `lines` whole lines, then a read error, as a device failing mid-sheet would give.
    struct FailingAfter {
        text: io::Cursor<Vec<u8>>,
    }

    impl FailingAfter {
        fn new(lines: usize) -> FailingAfter {
            let mut text = Vec::new();
            for n in 0..lines {
                writeln!(text, "line {n} = {n}").unwrap();
            }
            FailingAfter {
                text: io::Cursor::new(text),
            }
        }
    }

    impl io::Read for FailingAfter {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            match self.text.read(buf)? {
                0 => Err(io::Error::other("Input/output error")),
                n => Ok(n),
            }
        }
    }

    /// Every batch the reader hands out for a sheet of `lines` lines that fails after them.
    fn batches(lines: usize) -> Vec<Job> {
        let (tx, rx) = mpsc::sync_channel(1);
        let reader: Box<dyn BufRead + Send> =
            Box::new(BufReader::with_capacity(7, FailingAfter::new(lines)));
        std::thread::spawn(move || read_batches(Ok(reader), &tx));
        rx.into_iter().collect()
    }

    #[test]
    fn a_read_error_is_the_line_after_the_last_read_at_any_batch_boundary() {
        for lines in [
            0,
            1,
            BATCH_LINES - 1,
            BATCH_LINES,
            BATCH_LINES + 1,
            3 * BATCH_LINES,
        ] {
            let jobs = batches(lines);
            // Batches are numbered in order and their first lines follow on.
            let mut next_line = 1;
            for (n, (index, first, batch)) in jobs.iter().enumerate() {
                assert_eq!(*index, n);
                assert_eq!(*first, next_line);
                assert!(batch.len() <= BATCH_LINES);
                next_line += batch.len();
            }
            let all: Vec<&Line> = jobs.iter().flat_map(|(_, _, b)| b).collect();
            assert_eq!(all.len(), lines + 1, "{lines} lines and the error");
            assert!(all[..lines].iter().all(|l| l.is_ok()));
            assert_eq!(all[lines], &Err("input/output error".to_string()));
        }
    }

    /// Every command form's question prints as its canonical command line, which the
    /// parser reads back as the same question.
    #[test]
    fn every_command_form_prints_the_line_that_asks_it() {
        let mut parser = Cli::command();
        for line in [
            "rcu --size 5kb --rate 100 --strong",
            "rcu --items 10 --size 4kb --rate 2 --eventual",
            "rcu --total 40.8kb --transactional",
            "rcu --batch 1.5kb,6.5kb --strong",
            "rcu --size 4kb --units 5",
            "wcu --size 2kb --rate 5/s --transactional",
            "wcu --batch 500b,3.5kb",
            "wcu --size '1 KB' --rate 600/min",
            "cidr 10.0.0.0/24 --strict",
            "cidr 10.0.0.0/16 --hosts 500",
            "cidr --hosts 500",
            "cidr 10.0.0.0/16 --split 24 --limit 5",
            "cidr 10.0.0.0/16 --into 3 --count",
            "cidr 10.0.0.0/16 --plan web=500,db=200,50",
            "cidr 10.0.0.0/16 10.0.5.7 192.168.0.0/24 --limit 2",
            "cidr 10.0.0.0/16 --secondary 100.64.0.0/16",
            "ebs --type gp3 --size 500 --iops 16000 --throughput 1000",
            "ebs --type st1 --size 5tib --scan",
            "ebs --type gp3 --size 1000 --iops 16000 --volumes 2 --raid 1 --instance m5.large \
             --instance-burst",
            "ebs --type gp3 --iops 200000 --raid 0 --instance c6i.large",
            "ebs --size 500 --iops 20000",
            "ebs --type io1 --iops 20000 --throughput 600mib/s",
            "kinesis --size 2kb --rate 5000/s --consumers 2 --efo 3 --advantage \
             --parallelization 2 --max-record-size 2mib --partition-key 'a key' --retention 7d",
            "kinesis --throughput 4.5mb/s --rate 4600/s --on-demand --previous-peak 40mb/s \
             --region us-east-1",
            "kinesis --shards 10 --to 25 --parallelization 2",
            "kinesis --shards 100",
            "s3 classes",
            "s3 early-delete --class GLACIER --days 60",
            "s3 early-delete --class STANDARD_IA --entered 30 --left 100",
            "s3 lifecycle STANDARD_IA:30 GLACIER:120 expire:365 --size 50kb \
             --size-greater-than 10kb --created 2024-01-15T10:30Z",
            "s3 lifecycle --file tests/data/s3-lifecycle.json --size 1mb",
            "s3 eligible --created 2024-01-15T10:30Z --days 3",
            "s3 restore --within 12h --class DEEP_ARCHIVE",
            "s3 small-objects --size 50kb --objects 1000 --class STANDARD_IA",
            "s3 prefixes --get 30000/s --put 7000/s",
            "s3 prefixes --prefixes 4",
            "s3 multipart --size 6gb --part-size 100mib",
            "facts",
            "facts 'max item'",
        ] {
            let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
            let (question, dated) = parse_command(&mut parser, &line).unwrap();
            assert_eq!(dated, None);
            assert_eq!(question.to_string(), line);
            let (again, _) = parse_command(&mut parser, &question.to_string()).unwrap();
            assert_eq!(again, question, "{line}");
        }
    }

    /// A `--file` of blocks prints as the blocks themselves: the same question without the file.
    #[test]
    fn blocks_read_from_a_file_print_as_blocks() {
        let mut parser = Cli::command();
        let (question, _) = parse_command(
            &mut parser,
            "cidr 10.0.0.0/16 --file tests/data/vpc-blocks.txt",
        )
        .unwrap();
        let line = question.to_string();
        assert!(!line.contains("--file"), "{line}");
        assert!(line.starts_with("cidr 10.0.0.0/16 "), "{line}");
        assert_eq!(parse_command(&mut parser, &line).unwrap().0, question);
    }

    #[test]
    fn a_sheet_that_cannot_be_opened_is_one_unreadable_first_line() {
        let (tx, rx) = mpsc::sync_channel(1);
        read_batches(Err("no such file".into()), &tx);
        drop(tx);
        let jobs: Vec<Job> = rx.into_iter().collect();
        assert_eq!(jobs, vec![(0, 1, vec![Err("no such file".to_string())])]);
    }
}
