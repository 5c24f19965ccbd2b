//! `awscalc check FILE`: runs every question of an answer sheet (format: `awscalc::sheet`)
//! through the same command line and calculators as a single command, streaming one
//! result per line so memory stays flat however long the sheet.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Write};
use std::process::ExitCode;
use std::sync::mpsc::{self, SyncSender};
use std::sync::{Arc, Mutex};

use clap::{CommandFactory, FromArgMatches};
use jiff::civil::Date;
use serde_json::json;

use awscalc::report::Expectation;
use awscalc::sheet::{parse_line, Question};

use crate::cli::{CheckArgs, Cli, Command, Global};
use crate::{compute, expect, Failure};

/// What one line came to.
enum Outcome {
    Pass(Expectation),
    Fail(Expectation),
    Malformed(String),
}

#[derive(Default)]
struct Tally {
    passed: u64,
    failed: u64,
    malformed: u64,
}

/// Lines per batch handed to a worker.
const BATCH_LINES: usize = 1024;

/// A batch of sheet lines: its place in the sheet, its first line's number, the lines (or
/// the error that ended reading).
type Job = (usize, usize, Result<Vec<String>, String>);

/// A worker's rendered results for one batch, with their counts.
struct Done {
    text: String,
    tally: Tally,
    error: Option<String>,
}

pub(crate) fn run(
    args: &CheckArgs,
    global: &Global,
    as_of: Date,
    out: &mut impl Write,
) -> Result<ExitCode, Failure> {
    let path = args.file.clone();
    let reader: Box<dyn BufRead + Send> = if path.as_os_str() == "-" {
        Box::new(BufReader::new(io::stdin()))
    } else {
        let file = File::open(&path)
            .map_err(|e| Failure::Usage(format!("cannot read `{}`: {e}", path.display())))?;
        Box::new(BufReader::new(file))
    };
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
                    let done = check_batch(&mut parser, first_line, lines, as_of, style);
                    if done_tx.send((index, done)).is_err() {
                        break;
                    }
                }
            });
        }
        drop(done_tx);
        scope.spawn(move || read_batches(reader, &path, &job_tx));
        let mut pending = BTreeMap::new();
        let mut next = 0;
        for (index, done) in done_rx {
            pending.insert(index, done);
            while let Some(done) = pending.remove(&next) {
                next += 1;
                out.write_all(done.text.as_bytes())?;
                tally.passed += done.tally.passed;
                tally.failed += done.tally.failed;
                tally.malformed += done.tally.malformed;
                if let Some(error) = done.error {
                    return Err(Failure::Usage(error));
                }
            }
        }
        Ok(())
    })?;
    if global.json {
        let summary = json!({"summary": {
            "passed": tally.passed, "failed": tally.failed, "malformed": tally.malformed
        }});
        writeln!(out, "{summary}")?;
    } else {
        let malformed = if tally.malformed > 0 {
            format!(", {} malformed", tally.malformed)
        } else {
            String::new()
        };
        writeln!(
            out,
            "{} passed, {} failed{malformed}",
            tally.passed, tally.failed
        )?;
    }
    out.flush()?;
    Ok(ExitCode::from(if tally.malformed > 0 {
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

/// Reads the sheet into numbered batches until its end, a read error, or nobody listening.
fn read_batches(reader: Box<dyn BufRead + Send>, path: &std::path::Path, jobs: &SyncSender<Job>) {
    let mut lines = reader.lines();
    let mut first_line = 1;
    for index in 0.. {
        let mut batch = Vec::with_capacity(BATCH_LINES);
        let mut error = None;
        for line in lines.by_ref().take(BATCH_LINES) {
            match line {
                Ok(line) => batch.push(line),
                Err(e) => {
                    let at = first_line + batch.len();
                    error = Some(format!(
                        "cannot read line {at} of `{}`: {e}",
                        path.display()
                    ));
                    break;
                }
            }
        }
        let (count, stop) = (batch.len(), error.is_some() || batch.len() < BATCH_LINES);
        if !batch.is_empty() && jobs.send((index, first_line, Ok(batch))).is_err() {
            return;
        }
        if let Some(error) = error {
            let _ = jobs.send((index + 1, first_line + count, Err(error)));
            return;
        }
        if stop {
            return;
        }
        first_line += count;
    }
}

/// Checks one batch of lines and renders the results in `style`.
fn check_batch(
    parser: &mut clap::Command,
    first_line: usize,
    lines: Result<Vec<String>, String>,
    as_of: Date,
    style: Style,
) -> Done {
    let mut done = Done {
        text: String::new(),
        tally: Tally::default(),
        error: None,
    };
    let lines = match lines {
        Ok(lines) => lines,
        Err(error) => {
            done.error = Some(error);
            return done;
        }
    };
    let mut text = Vec::new();
    for (offset, line) in lines.iter().enumerate() {
        let number = first_line + offset;
        let question = match parse_line(line) {
            Ok(None) => continue,
            Ok(Some(q)) => Ok(q),
            Err(e) => Err(e.to_string()),
        };
        let outcome = match &question {
            Ok(q) => evaluate(parser, q, as_of),
            Err(message) => Outcome::Malformed(message.clone()),
        };
        match outcome {
            Outcome::Pass(_) => done.tally.passed += 1,
            Outcome::Fail(_) => done.tally.failed += 1,
            Outcome::Malformed(_) => done.tally.malformed += 1,
        }
        // Writing into a Vec cannot fail.
        let _ = match style {
            Style::Json => write_json(&mut text, number, question.as_ref().ok(), &outcome),
            Style::Text => write_text(&mut text, number, question.as_ref().ok(), &outcome),
            Style::Quiet => Ok(()),
        };
    }
    done.text = String::from_utf8(text).unwrap_or_default();
    done
}

/// Parses a sheet or quiz command (without `awscalc`) with awscalc's own clap definition.
/// Only calculating commands qualify, and the answer is given apart, not with --expect.
pub(crate) fn parse_command(parser: &mut clap::Command, command: &str) -> Result<Cli, String> {
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
    Ok(cli)
}

/// Computes a question and compares the answer as `--expect` would.
fn evaluate(parser: &mut clap::Command, question: &Question<'_>, sheet_as_of: Date) -> Outcome {
    let cli = match parse_command(parser, question.command) {
        Ok(cli) => cli,
        Err(message) => return Outcome::Malformed(message),
    };
    let as_of = cli.global.as_of.unwrap_or(sheet_as_of);
    // The answer alone first; only a failing line needs the readings behind the hints.
    let brief = match compute(&cli.command, as_of, true) {
        Ok(Some(report)) => report,
        Ok(None) => return Outcome::Malformed("this command has no answer to check".into()),
        Err(e) => return Outcome::Malformed(e.to_string()),
    };
    match brief.check(question.expected) {
        Ok(e) if e.matches => return Outcome::Pass(e),
        Ok(_) => {}
        Err(e) => return Outcome::Malformed(e.to_string()),
    }
    let report = match compute(&cli.command, as_of, false) {
        Ok(Some(report)) => report,
        Ok(None) => return Outcome::Malformed("this command has no answer to check".into()),
        Err(e) => return Outcome::Malformed(e.to_string()),
    };
    match expect(&report, question.expected) {
        Ok(e) if e.matches => Outcome::Pass(e),
        Ok(e) => Outcome::Fail(e),
        Err(e) => Outcome::Malformed(e.to_string()),
    }
}

/// The first line of a clap error, without its `error: ` prefix.
fn clap_message(e: &clap::Error) -> String {
    let rendered = e.render().to_string();
    let first = rendered.lines().next().unwrap_or_default();
    first.strip_prefix("error: ").unwrap_or(first).to_string()
}

fn computed(e: &Expectation) -> String {
    crate::render::quantity(&e.actual, &e.unit)
}

fn write_text(
    out: &mut impl Write,
    line: usize,
    question: Option<&Question<'_>>,
    outcome: &Outcome,
) -> io::Result<()> {
    let asked = question.map_or_else(String::new, |q| {
        let label = q.label.map_or_else(String::new, |l| format!("{l}: "));
        format!("{label}{} = {}", q.command, q.expected)
    });
    match outcome {
        Outcome::Pass(e) => writeln!(out, "pass   line {line}  {asked}  ({})", computed(e)),
        Outcome::Fail(e) => {
            writeln!(
                out,
                "FAIL   line {line}  {asked}  (awscalc computes {})",
                computed(e)
            )?;
            for hint in &e.hints {
                writeln!(out, "       hint: {hint}")?;
            }
            Ok(())
        }
        Outcome::Malformed(message) if asked.is_empty() => {
            writeln!(out, "ERROR  line {line}  {message}")
        }
        Outcome::Malformed(message) => writeln!(out, "ERROR  line {line}  {asked}: {message}"),
    }
}

fn write_json(
    out: &mut impl Write,
    line: usize,
    question: Option<&Question<'_>>,
    outcome: &Outcome,
) -> io::Result<()> {
    let mut record = json!({
        "line": line,
        "label": question.and_then(|q| q.label),
        "command": question.map(|q| q.command),
        "expected": question.map(|q| q.expected),
    });
    let fields = match outcome {
        Outcome::Pass(e) | Outcome::Fail(e) => json!({
            "status": if e.matches { "pass" } else { "fail" },
            "actual": crate::render::json_value(&e.actual),
            "unit": e.unit,
            "hints": e.hints,
        }),
        Outcome::Malformed(message) => json!({"status": "error", "error": message}),
    };
    if let (Some(record), Some(fields)) = (record.as_object_mut(), fields.as_object()) {
        record.extend(fields.clone());
    }
    writeln!(out, "{record}")
}
