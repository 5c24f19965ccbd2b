//! How a run that fails ends: `error: MESSAGE` on standard error, with `--json` the error
//! object on standard output too, and the exit code (2 for bad input or usage).

use std::io::{self, Write};

use clap::CommandFactory;

use super::Cli;
use crate::render;

/// A run's exit status: 0 for an answer (and for a closed pipe, as with `| head`), 1 for
/// an `--expect` or a check that did not hold, 2 for bad input or usage.
///
/// Not `std::process::ExitCode`: the binary's entry point is a C `main` (see `main.rs`),
/// which returns the status as a number, and `ExitCode` does not give its number back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Exit(u8);

impl Exit {
    /// The answer was written (or the reader went away).
    pub(crate) const SUCCESS: Exit = Exit(0);

    /// The status as the process returns it.
    #[cfg_attr(test, allow(dead_code))]
    pub(crate) fn code(self) -> i32 {
        i32::from(self.0)
    }
}

impl From<u8> for Exit {
    fn from(code: u8) -> Exit {
        Exit(code)
    }
}

/// Why a run stopped before its answer was written whole.
pub(crate) enum Failure {
    /// Input the library refused.
    Input(awscalc::Error),
    /// Bad usage found by the binary itself (an unreadable sheet), with its message.
    Usage(String),
    /// The output could not be written.
    Io(io::Error),
    /// The reader went away (`| head`): not an error.
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

/// The exit code of a run: `code` once the output is flushed, 0 for a closed pipe, and
/// for a failure its message (and, with `--json`, its error object) and 2.
pub(crate) fn finish(cli: &Cli, result: Result<Exit, Failure>, out: &mut impl Write) -> Exit {
    match result {
        Ok(code) => match out.flush() {
            Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
                eprintln!("error: cannot write the output: {e}");
                Exit::from(2)
            }
            _ => code,
        },
        Err(Failure::Pipe) => Exit::SUCCESS,
        Err(Failure::Io(e)) => {
            eprintln!("error: cannot write the output: {e}");
            Exit::from(2)
        }
        Err(Failure::Input(e)) => {
            let allowed = e.allowed();
            let message = e.to_string();
            fail(cli, out, e.kind(), e.value(), &message, allowed.as_deref())
        }
        Err(Failure::Usage(message)) => fail(cli, out, "usage", None, &message, None),
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
) -> Exit {
    if cli.global.json {
        let _ = render::json_error(Some(cli.command.name()), kind, value, message, allowed, out);
    }
    let _ = out.flush();
    eprintln!("error: {message}");
    Exit::from(2)
}

/// Help for `--help`: rendered from the command tree without the flags a command cannot
/// use, so `awscalc man --help` does not offer `--json`.
pub(super) fn help(e: &clap::Error, args: &[std::ffi::OsString]) -> ! {
    let mut command = super::command_for_help();
    command.build();
    // `awscalc man --help` and `awscalc help man` alike; `awscalc s3 restore --help` is
    // restore's help, `awscalc s3 --help` s3's.
    let words: Vec<&str> = args
        .iter()
        .skip(1)
        .filter_map(|w| w.to_str())
        .filter(|w| *w != "help")
        .collect();
    let Some(at) = words
        .iter()
        .position(|w| command.find_subcommand(w).is_some())
    else {
        e.exit()
    };
    let Some(sub) = command.find_subcommand_mut(words[at]) else {
        e.exit()
    };
    let inner = words[at + 1..]
        .iter()
        .find(|w| sub.find_subcommand(w).is_some())
        .copied();
    let page = match inner {
        Some(inner) => sub.find_subcommand_mut(inner),
        None => Some(sub),
    };
    match page {
        Some(page) => {
            let _ = page.print_help();
            std::process::exit(0)
        }
        None => e.exit(),
    }
}

/// Ends the run on a usage error: clap's message on standard error and, when the words
/// ask for `--json`, the error object on standard output; exit 2.
pub(super) fn usage_error(e: &clap::Error, args: &[std::ffi::OsString], message: &str) -> ! {
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
    if e.kind() == clap::error::ErrorKind::MissingRequiredArgument {
        // One line naming what is missing (clap's lists a group as one long `<a|b|c>`),
        // then the usage, as clap prints it for other errors.
        match e.get(ContextKind::Usage) {
            Some(ContextValue::StyledStr(usage)) => eprint!(
                "{}",
                super::usage::trim_error(
                    &format!(
                        "error: {message}\n\n{}\n\nFor more information, try '--help'.\n",
                        usage.to_string().trim_end()
                    ),
                    &words
                )
            ),
            _ => eprintln!("error: {message}"),
        }
    } else {
        eprint!(
            "{}",
            super::usage::trim_error(&e.render().to_string(), &words)
        );
    }
    std::process::exit(2)
}

/// The first line of a clap error, without its `error: ` prefix; for missing arguments,
/// one line naming them (clap's own first line ends in a colon and lists them below).
pub(crate) fn clap_message(e: &clap::Error) -> String {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    if e.kind() == ErrorKind::MissingRequiredArgument {
        if let Some(ContextValue::Strings(missing)) = e.get(ContextKind::InvalidArg) {
            if !missing.is_empty() {
                return missing_message(missing);
            }
        }
    }
    let rendered = e.render().to_string();
    let first = rendered.lines().next().unwrap_or_default();
    first.strip_prefix("error: ").unwrap_or(first).to_string()
}

/// "--duration is required", "--rpo and --rto are required", or for a group clap renders as
/// `<--rate <RATE>|--concurrency <N>|...>`, "one of --rate, --concurrency ... is required".
fn missing_message(missing: &[String]) -> String {
    /// The options of a long group that are named; the rest are counted.
    const NAMED: usize = 5;
    // An argument as clap renders it (`--rate <RATE>`, `<CIDR>`) by its name alone.
    let name = |arg: &str| -> String {
        let first = arg.split_whitespace().next().unwrap_or(arg);
        first
            .trim_start_matches('<')
            .trim_end_matches('>')
            .to_string()
    };
    let list = |names: &[String], and: &str| match names {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} {and} {last}", rest.join(", ")),
    };
    if let [group] = missing {
        let inner = group.strip_prefix('<').and_then(|g| g.strip_suffix('>'));
        if let Some(inner) = inner.filter(|g| g.contains('|')) {
            let names: Vec<String> = inner.split('|').map(name).collect();
            // A long group (lambda's twelve forms) names its first options and counts the
            // rest, so the line stays within the terminal; the usage below shows the forms.
            return match names.len() {
                2 => format!("{} is required", list(&names, "or")),
                n if n > NAMED + 1 => format!(
                    "one of {} or {} more options is required",
                    names[..NAMED].join(", "),
                    n - NAMED
                ),
                _ => format!("one of {} is required", list(&names, "or")),
            };
        }
    }
    let names: Vec<String> = missing.iter().map(|m| name(m)).collect();
    let verb = if names.len() == 1 { "is" } else { "are" };
    let mut message = format!("{} {verb} required", list(&names, "and"));
    // A positional with a closed set of values (`limit`'s LIMIT) names the set.
    if let [positional] = names.as_slice() {
        if !positional.starts_with('-') {
            let values = possible_values(&Cli::command(), positional);
            if !values.is_empty() {
                message = format!("{positional} is missing: {}", list(&values, "or"));
            }
        }
    }
    message
}

/// The possible values of the positional argument shown as `value_name` anywhere in the
/// command tree (empty when it takes any value).
fn possible_values(command: &clap::Command, value_name: &str) -> Vec<String> {
    for arg in command.get_positionals() {
        let shown = arg.get_value_names().and_then(|names| names.first());
        let matches = match shown {
            Some(shown) => shown.as_str() == value_name,
            None => arg.get_id().as_str().eq_ignore_ascii_case(value_name),
        };
        if matches {
            let values: Vec<String> = arg
                .get_possible_values()
                .iter()
                .map(|v| v.get_name().to_string())
                .collect();
            if !values.is_empty() {
                return values;
            }
        }
    }
    command
        .get_subcommands()
        .map(|sub| possible_values(sub, value_name))
        .find(|values| !values.is_empty())
        .unwrap_or_default()
}
