//! The `awscalc` binary: parse, run, render, map errors to exit codes.
//!
//! Exit codes: 0 success (and a closed pipe, as with `| head`), 1 an `--expect` that did
//! not hold, 2 bad input or usage.

mod cli;
mod render;

use std::io::{self, Write};
use std::process::ExitCode;

use clap::{CommandFactory, Parser};

use awscalc::calc;
use awscalc::facts::{FactBook, Registry};
use awscalc::report::Expectation;
use cli::{Cli, Command};
use render::Format;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let stdout = io::stdout();
    let mut out = stdout.lock();
    match run(&cli, &mut out) {
        Ok(code) => code,
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
    }
}

enum Failure {
    Input(awscalc::Error),
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

fn run(cli: &Cli, out: &mut impl Write) -> Result<ExitCode, Failure> {
    let registry = Registry::builtin();
    let as_of = cli.global.as_of.unwrap_or_else(today);
    let mut book = FactBook::new(registry, as_of);
    let report = match &cli.command {
        Command::Rcu(args) => calc::dynamodb::read_capacity(&args.request(), &mut book)?,
        Command::Wcu(args) => calc::dynamodb::write_capacity(&args.request(), &mut book)?,
        Command::S3(args) => args.report(&mut book)?,
        Command::Facts { filter } => calc::facts::list(&registry, filter.as_deref(), &book),
        Command::Completions { shell } => {
            let mut command = Cli::command();
            clap_complete::generate(*shell, &mut command, "awscalc", out);
            return Ok(ExitCode::SUCCESS);
        }
        Command::Man => {
            clap_mangen::Man::new(Cli::command()).render(out)?;
            return Ok(ExitCode::SUCCESS);
        }
    };
    let expectation: Option<Expectation> = match &cli.global.expect {
        Some(expected) => Some(report.check(expected)?),
        None => None,
    };
    let format = if cli.global.json {
        Format::Json
    } else if cli.global.quiet {
        Format::Quiet
    } else {
        Format::Table
    };
    render::render(format, &report, expectation.as_ref(), out)?;
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

/// Today's date in UTC: the default for `--as-of`.
fn today() -> jiff::civil::Date {
    jiff::Timestamp::now()
        .to_zoned(jiff::tz::TimeZone::UTC)
        .date()
}
