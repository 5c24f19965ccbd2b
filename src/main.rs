//! The `awscalc` binary: parse, answer, render, map errors to exit codes.
//!
//! Exit codes: 0 success (and a closed pipe, as with `| head`), 1 an `--expect` that did
//! not hold, 2 bad input or usage.

mod check;
mod cli;
mod practice;
mod render;

use std::io::{self, Write};
use std::process::ExitCode;

use awscalc::report::Detail;
use cli::{Cli, Command, Failure};

fn main() -> ExitCode {
    let cli = Cli::parse_arguments();
    // Buffered: a long answer (a split into thousands of subnets, a sheet) is written in
    // blocks, not a system call per line. Every path below flushes before it returns.
    let mut out = io::BufWriter::new(io::stdout().lock());
    let result = run(&cli, &mut out);
    cli::finish(&cli, result, &mut out)
}

fn run(cli: &Cli, out: &mut impl Write) -> Result<ExitCode, Failure> {
    if let Some(written) = cli::script(&cli.command, out) {
        written?;
        return Ok(ExitCode::SUCCESS);
    }
    let as_of = cli.global.date();
    let question = match &cli.command {
        Command::Check(args) => return check::run(args, &cli.global, as_of, out),
        Command::Quiz(args) => return practice::run(args, &cli.global, as_of, out),
        command => command.question(true)?,
    };
    // The other readings are only for comparing with an expected answer.
    let detail = if cli.global.expect.is_some() {
        Detail::Readings
    } else {
        Detail::Full
    };
    let answer = question.ask(as_of, detail)?;
    let expectation = match &cli.global.expect {
        Some(expected) => Some(answer.expect(expected)?),
        None => None,
    };
    let format = cli.global.format();
    let check_failed = answer.report.check_failed;
    render::answer(
        format,
        answer,
        expectation.as_ref(),
        &mut Unflushed(&mut *out),
    )?;
    out.flush()?;
    Ok(render::exit_code(
        format,
        expectation.as_ref(),
        check_failed,
    ))
}

/// A writer whose `flush` does nothing. prettytable flushes its writer after every table,
/// which made a `write` system call for each table of one answer; the answer is flushed
/// once, when it is whole.
struct Unflushed<W>(W);

impl<W: Write> Write for Unflushed<W> {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.0.write(bytes)
    }

    fn write_all(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.0.write_all(bytes)
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}
