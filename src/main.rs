//! The `awscalc` binary: parse, run, render, map errors to exit codes.
//!
//! Exit codes: 0 success (and a closed pipe, as with `| head`), 1 an `--expect` that did
//! not hold, 2 bad input or usage.

mod check;
mod cli;
mod practice;
mod render;

use std::io::{self, Write};
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches};

use awscalc::calc;
use awscalc::facts::{FactBook, Registry};
use awscalc::report::{Expectation, Report};
use cli::{CidrRequest, Cli, Command, EbsQuestion, KinesisRequest};
use jiff::civil::Date;
use render::Format;

fn main() -> ExitCode {
    let mut cli = parse_arguments();
    // Buffered: a long answer (a split into thousands of subnets, a sheet) is written in
    // blocks, not a system call per line. Every path below flushes before it returns.
    let mut out = io::BufWriter::new(io::stdout().lock());
    match run(&mut cli, &mut out) {
        Ok(code) => match out.flush() {
            Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
                eprintln!("error: cannot write the output: {e}");
                ExitCode::from(2)
            }
            _ => code,
        },
        Err(Failure::Pipe) => ExitCode::SUCCESS,
        Err(Failure::Io(e)) => {
            eprintln!("error: cannot write the output: {e}");
            ExitCode::from(2)
        }
        Err(Failure::Input(e)) => {
            let _ = out.flush();
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
        Err(Failure::Usage(message)) => {
            let _ = out.flush();
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
    }
}

enum Failure {
    Input(awscalc::Error),
    /// Bad usage found by the binary itself (an unreadable sheet), with its message.
    Usage(String),
    Io(io::Error),
    Pipe,
}

impl From<awscalc::Error> for Failure {
    fn from(e: awscalc::Error) -> Failure {
        Failure::Input(e)
    }
}

impl From<io::Error> for Failure {
    fn from(e: io::Error) -> Failure {
        if e.kind() == io::ErrorKind::BrokenPipe {
            Failure::Pipe
        } else {
            Failure::Io(e)
        }
    }
}

fn run(cli: &mut Cli, out: &mut impl Write) -> Result<ExitCode, Failure> {
    // Read once: a question asked again on the other side of a change must not find
    // standard input already read.
    if let Command::Cidr(args) = &mut cli.command {
        args.read_file()?;
    }
    let cli = &*cli;
    let today = today();
    let as_of = cli.global.as_of.unwrap_or(today);
    match &cli.command {
        Command::Completions { shell } => {
            let mut command = Cli::command();
            clap_complete::generate(*shell, &mut command, "awscalc", out);
            return Ok(ExitCode::SUCCESS);
        }
        Command::Man => {
            clap_mangen::Man::new(Cli::command()).render(out)?;
            return Ok(ExitCode::SUCCESS);
        }
        Command::Check(args) => return check::run(args, &cli.global, as_of, out),
        Command::Quiz(args) => return practice::run(args, as_of, out),
        _ => {}
    }
    // A split's subnets are streamed after the report, so any count runs in constant memory.
    let mut rows = None;
    let report = if let Command::Cidr(args) = &cli.command {
        if let CidrRequest::Split(request) = args.request()? {
            let mut book = FactBook::new(Registry::builtin(), as_of);
            let (mut report, subnets) = calc::vpc::split(&request, &mut book)?;
            report.weigh_changes(|day| answer(&cli.command, day, true));
            rows = Some(subnets);
            Some(report)
        } else {
            compute(&cli.command, as_of, false)?
        }
    } else {
        compute(&cli.command, as_of, false)?
    };
    let Some(report) = report else {
        return Ok(ExitCode::SUCCESS);
    };
    let expectation: Option<Expectation> = match &cli.global.expect {
        Some(expected) => Some(expect(&report, expected)?),
        None => None,
    };
    let format = if cli.global.json {
        Format::Json
    } else if cli.global.quiet {
        Format::Quiet
    } else {
        Format::Table
    };
    match rows {
        Some(subnets) => {
            let mut buffered = io::BufWriter::new(&mut *out);
            render::subnets(
                format,
                &report,
                expectation.as_ref(),
                subnets,
                &mut buffered,
            )?;
            buffered.flush()?;
        }
        None => render::render(format, &report, expectation.as_ref(), out)?,
    }
    out.flush()?;
    match expectation {
        Some(e) if !e.matches => {
            if format == Format::Quiet {
                eprintln!("{}", render::verdict_line(&e));
            }
            Ok(ExitCode::from(1))
        }
        _ if report.check_failed => Ok(ExitCode::from(1)),
        _ => Ok(ExitCode::SUCCESS),
    }
}

/// The report of a calculating command on `as_of`; `None` for commands that report nothing.
/// A `brief` report has the answer without steps, alternative readings or the answer on
/// the other side of each change of a fact it used.
pub(crate) fn compute(
    command: &Command,
    as_of: Date,
    brief: bool,
) -> Result<Option<Report>, awscalc::Error> {
    let Some(mut report) = answer(command, as_of, brief)? else {
        return Ok(None);
    };
    if !brief {
        report.weigh_changes(|day| answer(command, day, true));
    }
    Ok(Some(report))
}

/// The report of [`compute`] before its changes are weighed.
fn answer(command: &Command, as_of: Date, brief: bool) -> Result<Option<Report>, awscalc::Error> {
    let registry = Registry::builtin();
    let mut book = FactBook::new(registry, as_of);
    if brief {
        book = book.brief();
    }
    Ok(Some(match command {
        Command::Rcu(args) => calc::dynamodb::read_capacity(&args.request(), &mut book)?,
        Command::Wcu(args) => calc::dynamodb::write_capacity(&args.request(), &mut book)?,
        Command::Cidr(args) => match args.request()? {
            CidrRequest::Block(request) => calc::vpc::block(&request, &mut book)?,
            CidrRequest::Hosts(request) => calc::vpc::hosts(&request, &mut book)?,
            CidrRequest::Split(request) => calc::vpc::split(&request, &mut book)?.0,
            CidrRequest::Plan(request) => calc::vpc::plan(&request, &mut book)?,
            CidrRequest::Relate(request) => calc::vpc::relate(&request, &mut book)?,
            CidrRequest::Secondary(request) => calc::vpc::secondary(&request, &mut book)?,
        },
        Command::Ebs(args) => match args.question()? {
            EbsQuestion::Volume(request) => calc::ebs::volume(&request, &mut book)?,
            EbsQuestion::Which(need) => calc::ebs::which_volume(&need, &mut book)?,
        },
        Command::Kinesis(args) => match args.request()? {
            KinesisRequest::Stream(request) => calc::kinesis::shards(&request, &mut book)?,
            KinesisRequest::Capacity(request) => calc::kinesis::capacity(&request, &mut book)?,
            KinesisRequest::Reshard(request) => calc::kinesis::reshard(&request, &mut book)?,
            KinesisRequest::OnDemand(request) => calc::kinesis::on_demand(&request, &mut book)?,
        },
        Command::S3(args) => args.report(&mut book)?,
        Command::Facts { filter } => calc::facts::list(&registry, filter.as_deref(), &book),
        Command::Completions { .. } | Command::Man | Command::Check(_) | Command::Quiz(_) => {
            return Ok(None)
        }
    }))
}

/// `--expect`: the report's own comparison, and where no other reading explains the
/// expected value, whether the answer before a change of the AWS values gives it (the
/// changes a full report has weighed).
pub(crate) fn expect(report: &Report, expected: &str) -> Result<Expectation, awscalc::Error> {
    let mut expectation = report.check(expected)?;
    if expectation.matches || !expectation.hints.is_empty() {
        return Ok(expectation);
    }
    for change in &report.changes {
        let Some(Ok(old)) = &change.other_side else {
            continue;
        };
        if change.in_force(report.as_of) && old.check(expected).is_ok_and(|e| e.matches) {
            let facts: Vec<String> = change
                .facts
                .iter()
                .map(|c| {
                    format!(
                        "the {} was {} (it is {} since)",
                        c.fact.name,
                        c.before_text(),
                        c.after_text()
                    )
                })
                .collect();
            expectation.hints.push(format!(
                "{} is the answer before {}, when {}",
                expectation.expected,
                change.since,
                facts.join(" and ")
            ));
        }
    }
    Ok(expectation)
}

/// The command line, parsed with awscalc's clap definition (a plain `cidr BLOCK` question
/// skips building it: [`Cli::without_clap`]).
///
/// The clap command tree is not freed: freeing it took a fifth of a one-answer run's
/// instructions, and the process ends moments later anyway (callgrind, docs/performance.md).
fn parse_arguments() -> Cli {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    if let Some(cli) = Cli::without_clap(&args) {
        return cli;
    }
    let mut command = Cli::command();
    let parsed = command
        .try_get_matches_from_mut(args)
        .and_then(|mut matches| Cli::from_arg_matches_mut(&mut matches));
    std::mem::forget(command);
    parsed.unwrap_or_else(|e| e.exit())
}

/// Today's date in UTC: the default for `--as-of`.
fn today() -> Date {
    jiff::Timestamp::now()
        .to_zoned(jiff::tz::TimeZone::UTC)
        .date()
}
