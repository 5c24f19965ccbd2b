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

use clap::error::ErrorKind;
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
            let allowed = e.allowed();
            let message = e.to_string();
            fail(
                &cli,
                &mut out,
                e.kind(),
                e.value(),
                &message,
                allowed.as_deref(),
            )
        }
        Err(Failure::Usage(message)) => fail(&cli, &mut out, "usage", None, &message, None),
    }
}

/// Reports a failed command: `error: MESSAGE` on standard error and, with `--json`, the
/// error object on standard output (after whatever was written before); exit 2.
fn fail(
    cli: &Cli,
    out: &mut impl Write,
    kind: &str,
    value: Option<&str>,
    message: &str,
    allowed: Option<&str>,
) -> ExitCode {
    if cli.global.json {
        let _ = render::json_error(Some(cli.command.name()), kind, value, message, allowed, out);
    }
    let _ = out.flush();
    eprintln!("error: {message}");
    ExitCode::from(2)
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
    cli.command.read_inputs(true)?;
    let cli = &*cli;
    let today = today();
    let as_of = cli.global.as_of.unwrap_or(today);
    match &cli.command {
        Command::Completions { shell } => {
            let mut command = cli::command_for_help();
            clap_complete::generate(*shell, &mut command, "awscalc", out);
            return Ok(ExitCode::SUCCESS);
        }
        Command::Man => {
            clap_mangen::Man::new(cli::command_for_help()).render(out)?;
            return Ok(ExitCode::SUCCESS);
        }
        Command::Check(args) => return check::run(args, &cli.global, as_of, out),
        Command::Quiz(args) => return practice::run(args, &cli.global, as_of, out),
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
        Command::Rcu(args) => {
            awscalc::explain::dynamodb::read_capacity(&args.request(), &mut book)?
        }
        Command::Wcu(args) => {
            awscalc::explain::dynamodb::write_capacity(&args.request(), &mut book)?
        }
        Command::Cidr(args) => match args.request()? {
            CidrRequest::Block(request) => calc::vpc::block(&request, &mut book)?,
            CidrRequest::Hosts(request) => calc::vpc::hosts(&request, &mut book)?,
            CidrRequest::Split(request) => calc::vpc::split(&request, &mut book)?.0,
            CidrRequest::Plan(request) => calc::vpc::plan(&request, &mut book)?,
            CidrRequest::Relate(request) => calc::vpc::relate(&request, &mut book)?,
            CidrRequest::Secondary(request) => calc::vpc::secondary(&request, &mut book)?,
        },
        Command::Ebs(args) => match args.question()? {
            EbsQuestion::Volume(request) => awscalc::explain::ebs::volume(&request, &mut book)?,
            EbsQuestion::Which(need) => awscalc::explain::ebs::which_volume(&need, &mut book)?,
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
        .try_get_matches_from_mut(args.iter().cloned())
        .and_then(|mut matches| Cli::from_arg_matches_mut(&mut matches));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(e) if matches!(e.kind(), ErrorKind::DisplayHelp) => help(&e, &args),
        Err(e) if !e.use_stderr() => e.exit(),
        Err(e) if e.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            usage_error(&e, &args, "a command is required (see `awscalc --help`)")
        }
        Err(e) => usage_error(&e, &args, &check::clap_message(&e)),
    };
    if let Some((name, message)) = cli.refused_flag() {
        let e = match command.find_subcommand_mut(name) {
            Some(sub) => sub.error(ErrorKind::ArgumentConflict, &message),
            None => command.error(ErrorKind::ArgumentConflict, &message),
        };
        usage_error(&e, &args, &message);
    }
    std::mem::forget(command);
    cli
}

/// Help for `--help`: rendered from the command tree without the flags a command cannot
/// use, so `awscalc man --help` does not offer `--json`.
fn help(e: &clap::Error, args: &[std::ffi::OsString]) -> ! {
    let mut command = cli::command_for_help();
    command.build();
    // `awscalc man --help` and `awscalc help man` alike.
    let name = args.iter().skip(1).find_map(|word| {
        let word = word.to_str()?;
        (word != "help" && command.find_subcommand(word).is_some()).then(|| word.to_string())
    });
    match name.and_then(|name| command.find_subcommand_mut(name)) {
        Some(sub) if sub.get_subcommands().next().is_none() => {
            let _ = sub.print_help();
            std::process::exit(0)
        }
        _ => e.exit(),
    }
}

/// Ends the run on a usage error: clap's message on standard error and, when the words
/// ask for `--json`, the error object on standard output; exit 2.
fn usage_error(e: &clap::Error, args: &[std::ffi::OsString], message: &str) -> ! {
    use clap::error::{ContextKind, ContextValue};
    let words: Vec<&str> = args
        .iter()
        .skip(1)
        .filter_map(|a| a.to_str())
        .take_while(|w| *w != "--")
        .collect();
    if words.contains(&"--json") {
        let names: Vec<String> = Cli::command()
            .get_subcommands()
            .map(|c| c.get_name().to_string())
            .collect();
        let command = words
            .iter()
            .find(|w| names.iter().any(|n| n == *w))
            .copied();
        let text = |kind| match e.get(kind) {
            Some(ContextValue::String(s)) => Some(s.clone()),
            Some(ContextValue::Strings(list)) => Some(list.join(", ")),
            _ => None,
        };
        let library = std::error::Error::source(e).and_then(|s| s.downcast_ref::<awscalc::Error>());
        let (kind, value, allowed) = match library {
            Some(error) => (
                error.kind(),
                error.value().map(String::from),
                error.allowed(),
            ),
            None => (
                "usage",
                text(ContextKind::InvalidValue).or_else(|| text(ContextKind::InvalidArg)),
                text(ContextKind::ValidValue).or_else(|| text(ContextKind::ValidSubcommand)),
            ),
        };
        let mut out = io::stdout().lock();
        let _ = render::json_error(
            command,
            kind,
            value.as_deref(),
            message,
            allowed.as_deref(),
            &mut out,
        );
        let _ = out.flush();
    }
    let _ = e.print();
    std::process::exit(2)
}

/// Today's date in UTC: the default for `--as-of`.
fn today() -> Date {
    jiff::Timestamp::now()
        .to_zoned(jiff::tz::TimeZone::UTC)
        .date()
}
