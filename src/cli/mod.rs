//! The command line: clap definitions that turn flags into the library's typed inputs.

mod dynamodb;
mod ebs;
mod errors;
mod kinesis;
mod s3;
mod vpc;

use clap::{ArgGroup, Args, Parser, Subcommand};
use jiff::civil::Date;
use rust_decimal::Decimal;

use awscalc::question::Question;
use awscalc::units::parse_whole;
use awscalc::Error;

use crate::render::Format;
pub(crate) use dynamodb::{RcuArgs, WcuArgs};
use dynamodb::{RCU_EXAMPLES, RCU_EXPECT, RCU_USAGE, WCU_EXAMPLES, WCU_EXPECT, WCU_USAGE};
use ebs::EbsArgs;
use ebs::{EBS_EXAMPLES, EBS_EXPECT, EBS_USAGE};
pub(crate) use errors::{clap_message, finish, Failure};
use kinesis::KinesisArgs;
use kinesis::{KINESIS_EXAMPLES, KINESIS_EXPECT, KINESIS_USAGE};
use s3::S3Args;
use s3::{S3_EXAMPLES, S3_EXPECT, S3_USAGE};
use vpc::CidrArgs;
use vpc::{CIDR_EXAMPLES, CIDR_EXPECT, CIDR_USAGE};

const ABOUT: &str = "Exact answers to the numbers in AWS work and certification study, \
with the arithmetic and the AWS rule behind each one";

const EXAMPLES: &str = "\
Examples:
  awscalc rcu --size 5kb --rate 100 --strong      200 RCU
  awscalc wcu --size 1kb --rate 600/min           10 WCU
  awscalc rcu --size 3kb --rate 90 --strong --expect 45
                                                  mismatch: 45 is for eventual reads
  awscalc rcu --size 4kb --units 5                10 reads per second
  awscalc cidr 10.0.0.0/24                        251 usable addresses (256 − 5 reserved)
  awscalc kinesis --throughput 4.5mb/s --rate 4600/s
                                                  5 shards
  awscalc ebs --type gp2 --size 100               300 IOPS baseline, bursting to 3,000
  awscalc s3 early-delete --class GLACIER --days 60
                                                  90 days billed
  awscalc check docs/examples/study-notes.check
  awscalc quiz rcu cidr --questions 10
  awscalc facts dynamodb --json
  awscalc --as-of 2020-01-01 facts transact

Every option, unit and accepted form: docs/cli.md.";

/// awscalc: AWS numbers, exactly, with the arithmetic and the rule behind them.
#[derive(Debug, Parser)]
#[command(name = "awscalc", version, about = ABOUT, after_help = EXAMPLES, max_term_width = 99)]
pub(crate) struct Cli {
    #[command(flatten)]
    pub global: Global,

    #[command(subcommand)]
    pub command: Command,
}

/// Flags the calculating commands take, before or after the command name. `check` and
/// `quiz` take some of them, `man` and `completions` none: [`Cli::refused_flag`] refuses
/// the rest, and [`command_for_help`] leaves them out of those commands' help.
#[derive(Debug, Args)]
pub(crate) struct Global {
    /// Print one JSON object: command, inputs, result, steps, notes, facts, changes
    #[arg(long, global = true)]
    pub json: bool,

    /// Print only the answer value(s), one per line
    #[arg(long, short, global = true)]
    pub quiet: bool,

    /// Print everything: every result field, every note in full, each AWS fact used with
    /// its source
    #[arg(long, short, global = true)]
    pub verbose: bool,

    /// Compare the answer with VALUE: exit 0 on a match, 1 on a mismatch, with a hint
    /// naming the reading that gives VALUE (each command's help lists the readings it knows)
    #[arg(long, global = true, value_name = "VALUE")]
    pub expect: Option<String>,

    /// Use the AWS values in force on this date (default: today)
    #[arg(long, global = true, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub as_of: Option<Date>,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// DynamoDB read capacity units (RCU) for a read rate, or reads per second for N RCU
    #[command(after_help = RCU_EXAMPLES, override_usage = RCU_USAGE, group = ArgGroup::new("what").required(true).args(["size", "total", "batch"]))]
    Rcu(RcuArgs),

    /// DynamoDB write capacity units (WCU) for a write rate, or writes per second for N WCU
    #[command(after_help = WCU_EXAMPLES, override_usage = WCU_USAGE, group = ArgGroup::new("what").required(true).args(["size", "batch"]))]
    Wcu(WcuArgs),

    /// VPC subnet math for IPv4 and IPv6: the 5 reserved addresses, usable count, AWS size rules
    #[command(after_help = CIDR_EXAMPLES, override_usage = CIDR_USAGE)]
    Cidr(CidrArgs),
    /// Amazon EBS: what a volume delivers, or which volume sustains N IOPS or MiB/s
    #[command(after_help = EBS_EXAMPLES, override_usage = EBS_USAGE)]
    Ebs(EbsArgs),
    /// Kinesis Data Streams shards for a workload (write bandwidth, records, consumers), what a
    /// stream of N shards serves (KCL, Lambda), and resharding from N to M shards
    #[command(after_help = KINESIS_EXAMPLES, override_usage = KINESIS_USAGE, group = ArgGroup::new("form").required(true).args(["size", "throughput", "shards"]))]
    Kinesis(KinesisArgs),
    /// Amazon S3: storage classes, early deletion, lifecycle rules, small objects, prefixes, multipart
    #[command(after_help = S3_EXAMPLES, override_usage = S3_USAGE)]
    S3(S3Args),

    /// List the AWS facts awscalc uses: value, unit, date in force, source
    #[command(
        after_help = FACTS_EXAMPLES,
        override_usage = "awscalc facts [FILTER] [--json | --quiet] [--as-of YYYY-MM-DD]"
    )]
    Facts {
        /// Show only facts whose id or name contains this text (e.g. dynamodb, quota)
        filter: Option<String>,
    },

    /// Check a sheet of answers: one `COMMAND = ANSWER` per line, `#` comments
    #[command(after_help = CHECK_EXAMPLES, override_usage = "awscalc check FILE [--json] [--as-of YYYY-MM-DD]")]
    Check(CheckArgs),

    /// Practise: exam-style questions, checked by awscalc, with the derivation when wrong
    #[command(
        after_help = QUIZ_EXAMPLES,
        override_usage = "awscalc quiz [TOPIC...] [--questions N] [--seed N] [--sheet]"
    )]
    Quiz(QuizArgs),

    /// Print a shell completion script (bash, zsh, fish, elvish, powershell)
    Completions {
        /// The shell to complete for
        shell: clap_complete::Shell,
    },

    /// Print the man page (roff) to standard output
    Man,
}

const CHECK_EXAMPLES: &str = "\
A sheet has one question per line: an awscalc command, ` = `, and the expected answer.
`#` starts a comment; an optional label ending in `:` names the question.

  # study notes 002:168
  A1: rcu --size 7kb --rate 3 --strong = 6
  wcu --size 7kb --rate 10 = 70

Each line prints pass or FAIL with the computed value and, on a mismatch, the reading that
gives the expected answer. Exit 0 when all pass, 1 when any fails, 2 for a malformed or unreadable line.

Examples:
  awscalc check docs/examples/study-notes.check
  awscalc check - < docs/examples/study-notes.check
  awscalc check docs/examples/study-notes.check --json";

const QUIZ_EXAMPLES: &str = "\
Answers are read one per line from standard input, so a quiz can be typed or piped. It ends
after the last question, at the end of input, or on Ctrl-C, each time with the score.

Examples:
  awscalc quiz
  awscalc quiz rcu wcu --questions 10
  awscalc quiz cidr --seed 42
  printf '45\\n251\\n' | awscalc quiz --seed 42 --questions 2
  awscalc quiz --seed 42 --questions 20 --sheet > practice.check";

/// `awscalc quiz`.
#[derive(Debug, Args)]
pub(crate) struct QuizArgs {
    /// Topics to draw from: rcu, wcu, cidr, ebs, kinesis, s3 (default: all)
    #[arg(value_name = "TOPIC")]
    pub topic: Vec<awscalc::quiz::Topic>,

    /// How many questions (1 to 1,000)
    #[arg(
        long = "questions",
        visible_alias = "count",
        value_name = "N",
        default_value_t = 5,
        value_parser = parse_questions
    )]
    pub count: u16,

    /// Seed for the questions: the same seed asks the same questions (default: the clock)
    #[arg(long, value_name = "N")]
    pub seed: Option<u64>,

    /// Print the questions with their answers as a check sheet instead of asking
    #[arg(long)]
    pub sheet: bool,
}

/// `awscalc check FILE`.
#[derive(Debug, Args)]
pub(crate) struct CheckArgs {
    /// The sheet to check, or `-` for standard input
    #[arg(value_name = "FILE")]
    pub file: std::path::PathBuf,
}

impl Cli {
    /// The one command line parsed without clap: `awscalc cidr BLOCK...`, blocks and
    /// addresses with at most one of `--json`, `--quiet` or `-q`. `None` for anything else,
    /// which clap parses (and reports the errors of).
    ///
    /// Building clap's command tree is about a third of a one-answer run (callgrind,
    /// docs/performance.md), and the plain subnet question is the one a user or a script
    /// asks again and again. The result is the `Cli` clap builds from the same words; a
    /// test compares the two.
    pub(crate) fn without_clap(args: &[std::ffi::OsString]) -> Option<Cli> {
        let [_, command, words @ ..] = args else {
            return None;
        };
        if command.to_str() != Some("cidr") {
            return None;
        }
        let (mut json, mut quiet) = (false, false);
        let mut cidr = Vec::new();
        for word in words {
            match word.to_str()? {
                "--json" if !json && !quiet => json = true,
                "--quiet" | "-q" if !json && !quiet => quiet = true,
                flag if flag.starts_with('-') => return None,
                block => cidr.push(block.to_string()),
            }
        }
        if cidr.is_empty() {
            return None;
        }
        Some(Cli {
            global: Global {
                json,
                quiet,
                verbose: false,
                expect: None,
                as_of: None,
            },
            command: Command::Cidr(CidrArgs {
                cidr,
                file: None,
                hosts: None,
                split: None,
                into: None,
                count: false,
                limit: None,
                plan: None,
                secondary: None,
                strict: false,
            }),
        })
    }
}

/// The global flags each non-calculating command cannot use, and why.
const NOT_FOR: &[(&str, &[GlobalFlag], &str)] = &[
    (
        "check",
        &[GlobalFlag::Expect],
        "each line gives its expected answer after ` = `",
    ),
    (
        "check",
        &[GlobalFlag::Verbose],
        "it prints one line per question; run a line's command with `-v` to see that answer in full",
    ),
    (
        "quiz",
        &[GlobalFlag::Quiet, GlobalFlag::Expect],
        "a quiz shows each question and checks the answer typed to it; \
         `--sheet` prints the questions with their answers",
    ),
    (
        "quiz",
        &[GlobalFlag::Verbose],
        "a quiz shows the working of each answer that is wrong",
    ),
    ("man", &GlobalFlag::ALL, "it prints the man page"),
    ("completions", &GlobalFlag::ALL, "it prints a shell script"),
];

/// The flags of [`Global`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum GlobalFlag {
    Json,
    Quiet,
    Verbose,
    Expect,
    AsOf,
}

impl GlobalFlag {
    const ALL: [GlobalFlag; 5] = [
        GlobalFlag::Json,
        GlobalFlag::Quiet,
        GlobalFlag::Verbose,
        GlobalFlag::Expect,
        GlobalFlag::AsOf,
    ];

    /// The clap argument id.
    fn id(self) -> &'static str {
        match self {
            GlobalFlag::Json => "json",
            GlobalFlag::Quiet => "quiet",
            GlobalFlag::Verbose => "verbose",
            GlobalFlag::Expect => "expect",
            GlobalFlag::AsOf => "as_of",
        }
    }

    /// The flag as typed.
    fn flag(self) -> &'static str {
        match self {
            GlobalFlag::Json => "--json",
            GlobalFlag::Quiet => "--quiet",
            GlobalFlag::Verbose => "--verbose",
            GlobalFlag::Expect => "--expect",
            GlobalFlag::AsOf => "--as-of",
        }
    }

    fn given(self, global: &Global) -> bool {
        match self {
            GlobalFlag::Json => global.json,
            GlobalFlag::Quiet => global.quiet,
            GlobalFlag::Verbose => global.verbose,
            GlobalFlag::Expect => global.expect.is_some(),
            GlobalFlag::AsOf => global.as_of.is_some(),
        }
    }
}

impl Command {
    /// The calculating command as a typed [`Question`], with the files it names (`cidr
    /// --file`, `s3 lifecycle --file`) read into it once. With `stdin` false (a sheet line,
    /// whose standard input is the sheet or the quiz's answers), `-` is refused.
    ///
    /// # Errors
    /// An input the command cannot read, a file that cannot be read, `-` where standard
    /// input is not the command's, or a command that asks nothing (`check`, `man`).
    pub(crate) fn question(&self, stdin: bool) -> Result<Question, Error> {
        let named = match self {
            Command::Cidr(args) => args.file.as_deref().map(|p| p.as_os_str() == "-"),
            Command::S3(args) => args
                .file()
                .map(|p| p.strip_prefix("file://").unwrap_or(p) == "-"),
            _ => None,
        };
        if named == Some(true) && !stdin {
            return Err(Error::Conflict {
                message: "`--file -` cannot stand in a sheet line: standard input is the sheet's or the quiz's; name a file"
                    .into(),
            });
        }
        Ok(match self {
            Command::Rcu(args) => Question::Rcu(args.request()),
            Command::Wcu(args) => Question::Wcu(args.request()),
            Command::Cidr(args) => Question::Cidr(args.request()?),
            Command::Ebs(args) => Question::Ebs(args.request()?),
            Command::Kinesis(args) => Question::Kinesis(args.request()?),
            Command::S3(args) => Question::S3(args.request()?),
            Command::Facts { filter } => Question::Facts {
                filter: filter.clone(),
            },
            Command::Check(_) | Command::Quiz(_) | Command::Completions { .. } | Command::Man => {
                return Err(Error::Conflict {
                    message: format!("`awscalc {}` has no answer to compute", self.name()),
                })
            }
        })
    }

    /// The subcommand's name, as typed.
    #[must_use]
    pub(crate) fn name(&self) -> &'static str {
        match self {
            Command::Rcu(_) => "rcu",
            Command::Wcu(_) => "wcu",
            Command::Cidr(_) => "cidr",
            Command::Ebs(_) => "ebs",
            Command::Kinesis(_) => "kinesis",
            Command::S3(_) => "s3",
            Command::Facts { .. } => "facts",
            Command::Check(_) => "check",
            Command::Quiz(_) => "quiz",
            Command::Completions { .. } => "completions",
            Command::Man => "man",
        }
    }
}

impl Cli {
    /// A global flag the command cannot use, or `--json` with `--quiet`, wherever each
    /// stands on the command line: the subcommand to show the usage of, and the message.
    #[must_use]
    pub(crate) fn refused_flag(&self) -> Option<(&'static str, String)> {
        let name = self.command.name();
        if self.global.json && self.global.quiet {
            return Some((
                name,
                "the argument '--json' cannot be used with '--quiet'".into(),
            ));
        }
        // clap's own conflict is missed when the two stand on either side of the
        // command name; `--json` and `--quiet` already say everything they print.
        if self.global.verbose && (self.global.json || self.global.quiet) {
            let other = if self.global.json {
                "--json"
            } else {
                "--quiet"
            };
            return Some((
                name,
                format!("the argument '--verbose' cannot be used with '{other}'"),
            ));
        }
        let (flag, why) = NOT_FOR
            .iter()
            .filter(|(command, _, _)| *command == name)
            .find_map(|(_, flags, why)| {
                let flag = flags.iter().find(|f| f.given(&self.global))?;
                Some((flag, why))
            })?;
        Some((
            name,
            format!(
                "`{}` does not apply to `awscalc {name}`: {why}",
                flag.flag()
            ),
        ))
    }
}

impl Cli {
    /// The command line, parsed with awscalc's clap definition (a plain `cidr BLOCK`
    /// question skips building it: [`Cli::without_clap`]). Help, `--version` and usage
    /// errors end the run here.
    ///
    /// The clap command tree is not freed: freeing it took a fifth of a one-answer run's
    /// instructions, and the process ends moments later anyway (callgrind, docs/performance.md).
    pub(crate) fn parse_arguments() -> Cli {
        use clap::error::ErrorKind;
        use clap::{CommandFactory, FromArgMatches};
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
            Err(e) if matches!(e.kind(), ErrorKind::DisplayHelp) => errors::help(&e, &args),
            Err(e) if !e.use_stderr() => e.exit(),
            Err(e) if e.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
                errors::usage_error(&e, &args, "a command is required (see `awscalc --help`)")
            }
            Err(e) => errors::usage_error(&e, &args, &clap_message(&e)),
        };
        if let Some((name, message)) = cli.refused_flag() {
            let e = match command.find_subcommand_mut(name) {
                Some(sub) => sub.error(ErrorKind::ArgumentConflict, &message),
                None => command.error(ErrorKind::ArgumentConflict, &message),
            };
            errors::usage_error(&e, &args, &message);
        }
        std::mem::forget(command);
        cli
    }
}

impl Global {
    /// The output format the flags choose.
    pub(crate) fn format(&self) -> Format {
        if self.json {
            Format::Json
        } else if self.quiet {
            Format::Quiet
        } else if self.verbose {
            Format::Verbose
        } else {
            Format::Table
        }
    }

    /// The date whose AWS values to use: `--as-of`, or today in UTC.
    pub(crate) fn date(&self) -> Date {
        self.as_of.unwrap_or_else(|| {
            jiff::Timestamp::now()
                .to_zoned(jiff::tz::TimeZone::UTC)
                .date()
        })
    }
}

/// Writes what `man` or `completions` print; `None` for the other commands.
pub(crate) fn script(
    command: &Command,
    out: &mut impl std::io::Write,
) -> Option<std::io::Result<()>> {
    match command {
        Command::Completions { shell } => {
            clap_complete::generate(*shell, &mut command_for_help(), "awscalc", out);
            Some(Ok(()))
        }
        Command::Man => Some(clap_mangen::Man::new(command_for_help()).render(out)),
        _ => None,
    }
}

/// The clap command with the global flags each command cannot use left out of it, for
/// help, the man page and completion scripts (clap's bash completions list even hidden
/// flags). The flags stay at the top, before the command name, and go to each command
/// that takes them (and on to `s3`'s subcommands). Parsing uses [`Cli`]'s own tree:
/// building this one costs a one-answer run time it does not need.
#[must_use]
pub(crate) fn command_for_help() -> clap::Command {
    use clap::CommandFactory;
    let mut command = Cli::command();
    let flags: Vec<(GlobalFlag, clap::Arg)> = GlobalFlag::ALL
        .iter()
        .filter_map(|flag| {
            let arg = command.get_arguments().find(|a| a.get_id() == flag.id())?;
            Some((*flag, arg.clone()))
        })
        .collect();
    for (flag, _) in &flags {
        command = command.mut_arg(flag.id(), |arg| arg.global(false));
    }
    let names: Vec<String> = command
        .get_subcommands()
        .map(|sub| sub.get_name().to_string())
        .collect();
    for name in names {
        let refused: Vec<GlobalFlag> = NOT_FOR
            .iter()
            .filter(|(command, _, _)| *command == name)
            .flat_map(|(_, refused, _)| refused.iter().copied())
            .collect();
        let expect = expect_help(&name);
        command = command.mut_subcommand(&name, |sub| {
            flags
                .iter()
                .filter(|(flag, _)| !refused.contains(flag))
                .map(|(flag, arg)| match (flag, expect) {
                    (GlobalFlag::Expect, Some(help)) => arg.clone().help(help),
                    _ => arg.clone(),
                })
                .fold(sub, |sub, arg| sub.arg(arg.global(true)))
        });
    }
    command
}

/// The `--expect` help of a command: the readings its hints name.
fn expect_help(command: &str) -> Option<&'static str> {
    Some(match command {
        "rcu" => RCU_EXPECT,
        "wcu" => WCU_EXPECT,
        "cidr" => CIDR_EXPECT,
        "ebs" => EBS_EXPECT,
        "kinesis" => KINESIS_EXPECT,
        "s3" => S3_EXPECT,
        _ => return None,
    })
}

const FACTS_EXAMPLES: &str = "\
Examples:
  awscalc facts
  awscalc facts quota
  awscalc --as-of 2020-01-01 facts transact --json";

fn parse_date(text: &str) -> Result<Date, Error> {
    let invalid = || Error::InvalidDate {
        input: text.to_string(),
    };
    let bytes = text.as_bytes();
    let shaped = bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
    if !shaped {
        return Err(invalid());
    }
    text.parse::<Date>().map_err(|_| invalid())
}

/// The largest count or number of units accepted: 10^12.
const MAX_COUNT: u64 = 1_000_000_000_000;

/// A whole, positive number of capacity units (at most 10^12).
pub(crate) fn parse_units(text: &str) -> Result<Decimal, Error> {
    parse_whole(text, "units", MAX_COUNT).map(Decimal::from)
}

/// A whole number of quiz questions, 1 to 1,000, in the grammar of every count.
fn parse_questions(text: &str) -> Result<u16, Error> {
    parse_whole(text, "questions", 1000).map(|n| u16::try_from(n).unwrap_or(1000))
}

/// A whole, positive count of items (at most 10^12).
pub(crate) fn parse_count(text: &str) -> Result<u64, Error> {
    parse_whole(text, "items", MAX_COUNT)
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_clap_definition_is_consistent() {
        Cli::command().debug_assert();
        command_for_help().debug_assert();
    }

    /// The clap-free parse gives what clap gives, and leaves every other command line to clap.
    #[test]
    fn cidr_without_clap_is_what_clap_parses() {
        let parse = |words: &[&str]| -> Vec<std::ffi::OsString> {
            std::iter::once("awscalc")
                .chain(words.iter().copied())
                .map(Into::into)
                .collect()
        };
        for words in [
            &["cidr", "10.0.0.0/24"][..],
            &["cidr", "2600:1f18::/64"],
            &["cidr", "10.0.0.0/16", "10.0.5.7", "192.168.0.0/24"],
            &["cidr", "not-a-block"],
            &["cidr", ""],
            &["cidr", "help"],
            &["cidr", "10.0.0.0/24", "--json"],
            &["cidr", "--json", "10.0.0.0/16", "10.0.5.7"],
            &["cidr", "10.0.0.0/24", "-q"],
            &["cidr", "--quiet", "10.0.0.0/24"],
        ] {
            let args = parse(words);
            let fast = Cli::without_clap(&args).expect("a plain cidr question");
            let clap = Cli::try_parse_from(&args).expect("clap parses it");
            assert_eq!(format!("{fast:?}"), format!("{clap:?}"), "{words:?}");
        }
        for words in [
            &[][..],
            &["cidr"],
            &["cidr", "--help"],
            &["cidr", "--json"],
            &["cidr", "10.0.0.0/24", "--json", "-q"],
            &["cidr", "10.0.0.0/24", "-q", "-q"],
            &["cidr", "10.0.0.0/24", "--json", "--json"],
            &["cidr", "10.0.0.0/24", "-qq"],
            &["cidr", "10.0.0.0/24", "--json=true"],
            &["cidr", "10.0.0.0/24", "--strict"],
            &["cidr", "10.0.0.0/24", "--as-of", "2026-11-22"],
            &["cidr", "--", "10.0.0.0/24"],
            &["cidr", "10.0.0.0/16", "--split", "24"],
            &["cidr", "10.0.0.0/16", "10.1.0.0/16", "--limit", "5"],
            &["cidr", "--file", "-"],
            &["cidr", "10.0.0.0/16", "--file=blocks.txt"],
            &["--json", "cidr", "10.0.0.0/24"],
            &["rcu", "10.0.0.0/24"],
            &["cid", "10.0.0.0/24"],
        ] {
            assert!(Cli::without_clap(&parse(words)).is_none(), "{words:?}");
        }
    }

    #[test]
    fn dates_must_be_yyyy_mm_dd() {
        assert!(parse_date("2024-07-03").is_ok());
        for bad in ["2024-7-3", "20240703", "2024-02-30", "yesterday", ""] {
            let err = parse_date(bad).unwrap_err().to_string();
            assert!(err.contains("YYYY-MM-DD"), "{bad}: {err}");
        }
    }

    #[test]
    fn units_must_be_whole_and_positive() {
        assert_eq!(parse_units("5").unwrap(), Decimal::from(5));
        assert!(parse_units("2.5")
            .unwrap_err()
            .to_string()
            .contains("whole"));
        assert!(parse_units("0")
            .unwrap_err()
            .to_string()
            .contains("greater than zero"));
        assert!(parse_units("-1").is_err());
    }
}
