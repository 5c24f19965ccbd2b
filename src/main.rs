//! The `awscalc` binary: parse, answer, render, map errors to exit codes.
//!
//! Exit codes: 0 success (and a closed pipe, as with `| head`), 1 an `--expect` that did
//! not hold, 2 bad input or usage.
//!
//! The entry point is a C `main` (`#![no_main]`), not std's: see [`entry`].

// The test harness brings its own `main`.
#![cfg_attr(not(test), no_main)]

mod arena;
mod check;
mod cli;
mod practice;
mod render;

use std::io::{self, Write};

use awscalc::report::Detail;
use cli::{Cli, Command, Exit, Failure};

/// The process's entry point, in place of the `fn main` that std's runtime calls.
///
/// Before it calls `fn main`, std's runtime (`std::rt::lang_start`) asks glibc for the main
/// thread's stack bounds to place a stack-overflow guard, and glibc's `pthread_getattr_np`
/// finds them by reading and parsing `/proc/self/maps`: about 100,000 instructions, a
/// sixth of a one-answer run and more than half of `ipcalc-ng`'s whole run (callgrind,
/// docs/performance.md). A C `main` skips that set-up. What the binary gives up and keeps:
/// - the stack-overflow message: a stack overflow is still stopped by the guard page the
///   kernel keeps below the stack, as a plain `SIGSEGV`; no input recurses without bound;
/// - `SIGPIPE` is ignored here as std's runtime does, so writing to a closed pipe is an
///   `io::ErrorKind::BrokenPipe` error, which ends the run quietly with 0;
/// - the arguments: std reads them on glibc from the loader (`.init_array`), not from
///   `main`'s parameters, so `std::env::args_os` is unchanged;
/// - standard output is flushed by `run` and `finish` before they return, as before
///   (nothing relied on std's flush at exit).
///
/// One of the two modules allowed `unsafe` (the other is the allocator, `arena`): exporting
/// the unmangled symbol `main`, and calling
/// libc's `signal`, whose signature is declared here as glibc defines it.
#[cfg(not(test))]
#[allow(unsafe_code)]
mod entry {
    use std::ffi::{c_char, c_int};

    /// `SIGPIPE` on Linux.
    const SIGPIPE: c_int = 13;
    /// `SIG_IGN`: the handler value that ignores a signal.
    const SIG_IGN: usize = 1;

    unsafe extern "C" {
        fn signal(signum: c_int, handler: usize) -> usize;
    }

    #[unsafe(no_mangle)]
    extern "C" fn main(_argc: c_int, _argv: *const *const c_char) -> c_int {
        // SAFETY: `signal` is glibc's, called with a valid signal number and the
        // predefined `SIG_IGN` handler, before any other thread exists.
        unsafe { signal(SIGPIPE, SIG_IGN) };
        super::answer().code()
    }
}

/// The allocator: small blocks from a fixed arena (`arena`), the rest from the system.
#[cfg(not(test))]
#[global_allocator]
static GLOBAL: arena::Global = arena::Global::new();

/// Parses the command line, answers it and returns the exit status.
#[cfg_attr(test, allow(dead_code))]
fn answer() -> Exit {
    let cli = Cli::parse_arguments();
    // Buffered: a long answer (a split into thousands of subnets, a sheet) is written in
    // blocks, not a system call per line. Every path below flushes before it returns.
    let mut out = io::BufWriter::new(io::stdout().lock());
    let result = run(&cli, &mut out);
    cli::finish(&cli, result, &mut out)
}

fn run(cli: &Cli, out: &mut impl Write) -> Result<Exit, Failure> {
    if let Some(written) = cli::script(&cli.command, out) {
        written?;
        return Ok(Exit::SUCCESS);
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
