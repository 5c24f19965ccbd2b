//! The command line: clap definitions that turn flags into the library's typed inputs.

mod compute;
mod dynamodb;
mod ebs;
mod errors;
mod kinesis;
mod lambda;
mod network;
mod resilience;
mod s3;
mod sns;
mod sqs;
mod usage;
mod vpc;

use clap::{Args, Parser, Subcommand};
use jiff::civil::Date;
use rust_decimal::Decimal;

use awscalc::question::Question;
use awscalc::units::parse_whole;
use awscalc::Error;

use crate::render::Format;
use compute::{ComputeArgs, COMPUTE_EXPECT};
pub(crate) use dynamodb::{BurstArgs, ItemArgs, ModesArgs, OnDemandArgs, RcuArgs, WcuArgs};
use dynamodb::{ITEM_EXPECT, RCU_EXPECT, WCU_EXPECT};
use ebs::EbsArgs;
use ebs::EBS_EXPECT;
pub(crate) use errors::{clap_message, finish, Exit, Failure};
use kinesis::KinesisArgs;
use kinesis::KINESIS_EXPECT;
use lambda::LambdaArgs;
use lambda::LAMBDA_EXPECT;
use network::{ConnectArgs, NatArgs, VpnArgs, CONNECT_EXPECT, NAT_EXPECT, VPN_EXPECT};
use resilience::{DrArgs, LimitArgs, DR_EXPECT, LIMIT_EXPECT};
use s3::S3Args;
use s3::S3_EXPECT;
use sns::{SnsArgs, SNS_EXPECT};
use sqs::{SqsArgs, SQS_EXPECT};
use vpc::CidrArgs;
use vpc::CIDR_EXPECT;

const ABOUT: &str = "Exact answers to the numbers in AWS work and certification study, \
with the arithmetic and the AWS rule behind each one";

const EXAMPLES: &str = "\
Examples:
  awscalc rcu --size 5kb --rate 100 --strong      200 RCU
  awscalc wcu --size 1kb --rate 600/min           10 WCU
  awscalc rcu --size 3kb --rate 90 --strong --expect 45
                                                  mismatch: 45 is for eventual reads
  awscalc rcu --size 4kb --units 5                10 reads per second
  awscalc item docs/examples/item.json            134 bytes: 1 read unit, 1 write unit
  awscalc cidr 10.0.0.0/24                        251 usable addresses (256 − 5 reserved)
  awscalc kinesis --throughput 4.5mb/s --rate 4600/s
                                                  5 shards
  awscalc ebs --type gp2 --size 100               300 IOPS baseline, bursting to 3,000
  awscalc s3 early-delete --class GLACIER --days 60
                                                  90 days billed
  awscalc lambda --rate 50/s --duration 100s      5,000 concurrent executions
  awscalc compute --duration 2h --memory 8gib --vcpu 4
                                                  fargate,batch,ec2
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
#[group(skip)]
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

// The commands. Each calculating command's about line, examples and argument groups are
// on its arguments struct, not on the variant, so that `Cli::parse_arguments` can build
// the one command a command line names (`one_command`) exactly as the whole tree builds
// it. No doc comment: on a subcommand enum it would become an about line.
#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    Rcu(RcuArgs),
    Wcu(WcuArgs),
    Item(ItemArgs),
    Burst(BurstArgs),
    Ondemand(OnDemandArgs),
    Modes(ModesArgs),
    Cidr(CidrArgs),
    Ebs(EbsArgs),
    Kinesis(KinesisArgs),
    S3(S3Args),
    Vpn(VpnArgs),
    Connect(ConnectArgs),
    Nat(NatArgs),
    Lambda(LambdaArgs),
    Sqs(SqsArgs),
    Sns(SnsArgs),
    Compute(ComputeArgs),
    Dr(DrArgs),
    Limit(LimitArgs),
    Facts(FactsArgs),
    Check(CheckArgs),
    Quiz(QuizArgs),

    /// Print a shell completion script (bash, zsh, fish, elvish, powershell)
    Completions {
        /// The shell to complete for
        shell: clap_complete::Shell,
    },

    /// Print the man page (roff) to standard output
    Man,
}

/// List the AWS facts awscalc uses: value, unit, date in force, source
#[derive(Debug, Args)]
#[group(skip)]
#[command(
    after_help = FACTS_EXAMPLES,
    override_usage = "awscalc facts [FILTER] [--json | --quiet] [--as-of YYYY-MM-DD]"
)]
pub(crate) struct FactsArgs {
    /// Show only facts whose id or name contains this text (e.g. dynamodb, quota)
    pub filter: Option<String>,
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

/// Practise: exam-style questions, checked by awscalc, with the derivation when wrong
#[derive(Debug, Args)]
#[group(skip)]
#[command(
    after_help = QUIZ_EXAMPLES,
    override_usage = "awscalc quiz [TOPIC...] [--questions N] [--seed N] [--sheet]"
)]
pub(crate) struct QuizArgs {
    /// Topics to draw from: rcu, wcu, cidr, ebs, kinesis, s3, lambda, sqs, sns, compute,
    /// vpn, connect, nat, dr, limit (default: all)
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

/// Check a sheet of answers: one `COMMAND = ANSWER` per line, `#` comments
#[derive(Debug, Args)]
#[group(skip)]
#[command(
    after_help = CHECK_EXAMPLES,
    override_usage = "awscalc check FILE [--json] [--as-of YYYY-MM-DD]"
)]
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
                azs: None,
                existing: None,
                vpc_id: None,
                vpcs: None,
                tiers: None,
                vpc_blocks: None,
                eips: None,
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
            Command::Rcu(args) => Some(args.workload.item_from_stdin()),
            Command::Wcu(args) => Some(args.workload.item_from_stdin()),
            Command::Item(args) => Some(args.file.as_os_str() == "-"),
            Command::S3(args) => args
                .file()
                .map(|p| p.strip_prefix("file://").unwrap_or(p) == "-"),
            _ => None,
        };
        if named == Some(true) && !stdin {
            let flag = if matches!(self, Command::Item(_)) {
                "item"
            } else if matches!(self, Command::Rcu(_) | Command::Wcu(_)) {
                "--item"
            } else {
                "--file"
            };
            return Err(Error::Conflict {
                message: format!(
                    "`{flag} -` cannot stand in a sheet line: standard input is the sheet's or the quiz's; name a file"
                ),
            });
        }
        Ok(match self {
            Command::Rcu(args) => args.question()?,
            Command::Wcu(args) => Question::Wcu(args.request()?),
            Command::Item(args) => Question::Item(args.request()?),
            Command::Burst(args) => Question::Burst(args.request()),
            Command::Ondemand(args) => Question::OnDemand(args.request()?),
            Command::Modes(args) => args.question()?,
            Command::Cidr(args) => Question::Cidr(args.request()?),
            Command::Ebs(args) => Question::Ebs(args.request()?),
            Command::Kinesis(args) => Question::Kinesis(args.request()?),
            Command::S3(args) => Question::S3(args.request()?),
            Command::Vpn(args) => Question::Vpn(args.request()?),
            Command::Connect(args) => args.question()?,
            Command::Nat(args) => Question::Nat(args.request()),
            Command::Lambda(args) => Question::Lambda(args.request()?),
            Command::Sqs(args) => Question::Sqs(args.request()?),
            Command::Sns(args) => Question::Sns(args.request()?),
            Command::Compute(args) => Question::Compute(args.request()),
            Command::Dr(args) => Question::Dr(args.request()?),
            Command::Limit(args) => Question::Limit(args.request()?),
            Command::Facts(args) => Question::Facts {
                filter: args.filter.clone(),
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
            Command::Item(_) => "item",
            Command::Burst(_) => "burst",
            Command::Ondemand(_) => "ondemand",
            Command::Modes(_) => "modes",
            Command::Cidr(_) => "cidr",
            Command::Ebs(_) => "ebs",
            Command::Kinesis(_) => "kinesis",
            Command::S3(_) => "s3",
            Command::Vpn(_) => "vpn",
            Command::Connect(_) => "connect",
            Command::Nat(_) => "nat",
            Command::Lambda(_) => "lambda",
            Command::Sqs(_) => "sqs",
            Command::Sns(_) => "sns",
            Command::Compute(_) => "compute",
            Command::Dr(_) => "dr",
            Command::Limit(_) => "limit",
            Command::Facts(_) => "facts",
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
    /// question skips clap: [`Cli::without_clap`]). Help, `--version` and usage errors end
    /// the run here.
    ///
    /// A command line that parses with the tree of the one command it names
    /// ([`Cli::with_one_command`]) is done; anything else (help, errors, `man`) is parsed
    /// again with the whole tree, so that every message is the one the whole tree gives.
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
        if let Some((Ok(cli), tree)) = Cli::with_one_command(&args) {
            if cli.refused_flag().is_none() {
                std::mem::forget(tree);
                return cli;
            }
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

    /// The command line parsed with a flat clap command holding the global flags and the
    /// arguments of only the command it names, and that command (after parsing); `None`
    /// when no command of [`command_parts`] is named. Building the whole tree cost a
    /// one-answer run as much as its answer (callgrind, docs/performance.md), and more
    /// with every command added; this costs the same whatever the number of commands.
    ///
    /// The command's words (`rcu`, or `s3 multipart`) are taken out of the line and the
    /// rest is parsed as one level: without a subcommand clap neither propagates the global
    /// flags down nor copies their values back up, a third of its parse. Where this parses,
    /// the result is the `Cli` the whole tree gives (a test compares the two over many
    /// command lines); where it fails, the caller parses again with the whole tree, whose
    /// messages name the command.
    pub(crate) fn with_one_command(
        args: &[std::ffi::OsString],
    ) -> Option<(Result<Cli, clap::Error>, clap::Command)> {
        use clap::FromArgMatches;
        let globals = Global::augment_args(clap::Command::new("awscalc"));
        let (at, name) = command_name(args, &globals)?;
        let mut words = args.to_vec();
        let (_, augment, read) = if name == "s3" {
            let (inner, name) = command_name(&args[at..], &globals)?;
            words.remove(at + inner);
            s3::s3_command_parts(name)?
        } else {
            command_parts(name)?
        };
        words.remove(at);
        let mut flat = augment(globals);
        let parsed = flat
            .try_get_matches_from_mut(words)
            .and_then(|mut matches| {
                let global = Global::from_arg_matches_mut(&mut matches)?;
                let command = read(&mut matches)?;
                // Not freed, as the tree is not (see [`Cli::parse_arguments`]).
                std::mem::forget(matches);
                Ok(Cli { global, command })
            });
        Some((parsed, flat))
    }
}

/// `awscalc` with its global flags and no command: what [`Cli`]'s derive builds before
/// it adds the commands (a test compares the two).
#[cfg(test)]
fn top_command() -> clap::Command {
    let top = clap::Command::new("awscalc").group(
        clap::ArgGroup::new("Cli")
            .multiple(true)
            .args([] as [clap::Id; 0]),
    );
    Global::augment_args(top)
        .subcommand_required(true)
        .arg_required_else_help(true)
        .version(env!("CARGO_PKG_VERSION"))
        .about(ABOUT)
        .long_about(None)
        .after_help(EXAMPLES)
        .max_term_width(99)
}

/// The command the words after the first name, and where it stands: the first word that
/// is not a global flag or a global flag's value, read from `top`'s flags ([`Global`]'s
/// arguments, so a flag added to [`Global`] is known here too). `None` for `--`, `-`, a word that is not UTF-8, or a
/// flag `top` does not know (`--help`, `--version`, a typo), which the whole tree reads.
fn command_name<'a>(
    args: &'a [std::ffi::OsString],
    top: &clap::Command,
) -> Option<(usize, &'a str)> {
    let takes_value = |arg: &clap::Arg| arg.get_action().takes_values();
    let mut words = args.iter().enumerate().skip(1);
    while let Some((at, word)) = words.next() {
        let word = word.to_str()?;
        if let Some(long) = word.strip_prefix("--") {
            let (name, value) = match long.split_once('=') {
                Some((name, value)) => (name, Some(value)),
                None => (long, None),
            };
            let arg = top.get_arguments().find(|a| a.get_long() == Some(name))?;
            if value.is_none() && takes_value(arg) {
                words.next();
            }
        } else if let Some(shorts) = word.strip_prefix('-') {
            for (i, short) in shorts.char_indices() {
                let arg = top.get_arguments().find(|a| a.get_short() == Some(short))?;
                if takes_value(arg) {
                    // The rest of the word is the value, or else the next word is.
                    if i + short.len_utf8() == shorts.len() {
                        words.next();
                    }
                    break;
                }
            }
            if shorts.is_empty() {
                return None;
            }
        } else {
            return Some((at, word));
        }
    }
    None
}

/// The command `name`, built as [`Command`]'s derive builds it in the whole tree (a test
/// compares the two); `None` for `completions` and `man`, which print from the whole tree
/// anyway, and for a name that is no command. `s3` here is the whole `s3` tree.
#[cfg(test)]
fn one_command(name: &str) -> Option<clap::Command> {
    if name == "s3" {
        return Some(S3Args::augment_args(clap::Command::new("s3")));
    }
    let (name, augment, _) = command_parts(name)?;
    Some(augment(clap::Command::new(name)))
}

/// Adds a command's arguments, about line, groups and usage to a clap command.
type Augment = fn(clap::Command) -> clap::Command;

/// Reads a command's arguments back from the matches as a [`Command`].
type Read = fn(&mut clap::ArgMatches) -> Result<Command, clap::Error>;

/// The command `name` as its two halves, [`Augment`] and [`Read`], with its name as
/// clap keeps it; `None` for `s3` (see [`s3::s3_command_parts`]), `completions`, `man`
/// and a name that is no command.
fn command_parts(name: &str) -> Option<(&'static str, Augment, Read)> {
    use clap::FromArgMatches;
    macro_rules! parts {
        ($($name:literal => $args:ty, $variant:ident;)*) => {
            [$((
                $name,
                <$args>::augment_args as Augment,
                (|m| <$args>::from_arg_matches_mut(m).map(Command::$variant)) as Read,
            )),*]
        };
    }
    let commands = parts! {
        "rcu" => RcuArgs, Rcu;
        "wcu" => WcuArgs, Wcu;
        "item" => ItemArgs, Item;
        "burst" => BurstArgs, Burst;
        "ondemand" => OnDemandArgs, Ondemand;
        "modes" => ModesArgs, Modes;
        "cidr" => CidrArgs, Cidr;
        "ebs" => EbsArgs, Ebs;
        "kinesis" => KinesisArgs, Kinesis;
        "vpn" => VpnArgs, Vpn;
        "connect" => ConnectArgs, Connect;
        "nat" => NatArgs, Nat;
        "lambda" => LambdaArgs, Lambda;
        "sqs" => SqsArgs, Sqs;
        "sns" => SnsArgs, Sns;
        "compute" => ComputeArgs, Compute;
        "dr" => DrArgs, Dr;
        "limit" => LimitArgs, Limit;
        "facts" => FactsArgs, Facts;
        "check" => CheckArgs, Check;
        "quiz" => QuizArgs, Quiz;
    };
    commands.into_iter().find(|(n, _, _)| *n == name)
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
            // clap_complete panics when its writer fails (`| head` closes the pipe), so
            // the script is written to memory first and then out, where a closed pipe
            // ends the run quietly.
            let mut script = Vec::new();
            clap_complete::generate(*shell, &mut command_for_help(), "awscalc", &mut script);
            Some(out.write_all(&script))
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
        "item" => ITEM_EXPECT,
        "burst" => dynamodb::BURST_EXPECT,
        "ondemand" => dynamodb::ONDEMAND_EXPECT,
        "modes" => dynamodb::MODES_EXPECT,
        "cidr" => CIDR_EXPECT,
        "ebs" => EBS_EXPECT,
        "kinesis" => KINESIS_EXPECT,
        "s3" => S3_EXPECT,
        "vpn" => VPN_EXPECT,
        "connect" => CONNECT_EXPECT,
        "nat" => NAT_EXPECT,
        "lambda" => LAMBDA_EXPECT,
        "sqs" => SQS_EXPECT,
        "sns" => SNS_EXPECT,
        "compute" => COMPUTE_EXPECT,
        "dr" => DR_EXPECT,
        "limit" => LIMIT_EXPECT,
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
/// A number of gigabytes, 0 or more, in the unit AWS states (the API's GB, a price's GB):
/// `1000`, `2.5`, `20gb`. Not a size: no other unit is read, so no GB-or-GiB reading is
/// imposed.
pub(crate) fn parse_gb(text: &str) -> Result<Decimal, Error> {
    let input = text.trim();
    let lower = input.to_ascii_lowercase();
    let number = lower.strip_suffix("gb").unwrap_or(&lower).trim_end();
    match number.replace(['_', ','], "").parse::<Decimal>() {
        Ok(value) if !value.is_sign_negative() => Ok(value.normalize()),
        _ => Err(Error::Invalid {
            what: "GB",
            input: input.to_string(),
            reason: "it is not a number of GB".to_string(),
            expected: "a number of GB, 0 or more, like 1000, 2.5 or 20gb".to_string(),
        }),
    }
}

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

    /// What the whole tree makes of `args`: the `Cli`, or the error.
    fn parse_whole(args: &[std::ffi::OsString]) -> Result<Cli, clap::Error> {
        use clap::FromArgMatches;
        Cli::command()
            .try_get_matches_from(args)
            .and_then(|mut matches| Cli::from_arg_matches_mut(&mut matches))
    }

    fn argv(words: &[&str]) -> Vec<std::ffi::OsString> {
        std::iter::once("awscalc")
            .chain(words.iter().copied())
            .map(Into::into)
            .collect()
    }

    /// Every command `one_command` builds is the whole tree's, setting for setting, and
    /// the top of the tree is the whole tree's without its commands.
    #[test]
    fn one_command_is_built_as_the_whole_tree_builds_it() {
        let whole = Cli::command();
        let mut named = 0;
        for command in whole.get_subcommands() {
            let name = command.get_name();
            match one_command(name) {
                Some(one) => {
                    named += 1;
                    // The place in the list of commands, which only help shows (from
                    // the whole tree), is the parent's to give.
                    let one = one.display_order(command.get_display_order());
                    assert_eq!(format!("{one:?}"), format!("{command:?}"), "{name}");
                }
                None => assert!(["completions", "man"].contains(&name), "{name}"),
            }
        }
        assert_eq!(named, 22);
        let top = top_command().subcommands(whole.get_subcommands().cloned());
        assert_eq!(format!("{top:?}"), format!("{whole:?}"));

        let s3 = whole.find_subcommand("s3").unwrap();
        for command in s3.get_subcommands() {
            let name = command.get_name();
            let one = s3::one_s3_command(name).expect(name);
            let one = one.display_order(command.get_display_order());
            assert_eq!(format!("{one:?}"), format!("{command:?}"), "s3 {name}");
        }
        assert_eq!(s3.get_subcommands().count(), 11);
        let top = s3::s3_top()
            .subcommands(s3.get_subcommands().cloned())
            .display_order(s3.get_display_order());
        assert_eq!(format!("{top:?}"), format!("{s3:?}"));
    }

    /// The flat command a command line is parsed with holds the global flags and the
    /// arguments of its one command, whatever the number of commands awscalc has.
    #[test]
    fn the_parse_holds_only_the_command_named() {
        for (words, name, own) in [
            (
                &["rcu", "--size", "5kb", "--rate", "100", "--strong"][..],
                "rcu",
                one_command("rcu"),
            ),
            (
                &[
                    "--json", "--expect", "wcu", "wcu", "--size", "1kb", "--rate", "1",
                ],
                "wcu",
                one_command("wcu"),
            ),
            (
                &[
                    "--as-of=2024-01-01",
                    "-q",
                    "s3",
                    "multipart",
                    "--size",
                    "6gb",
                ],
                "s3",
                s3::one_s3_command("multipart"),
            ),
            (&["facts", "dynamodb"], "facts", one_command("facts")),
        ] {
            let (parsed, flat) = Cli::with_one_command(&argv(words)).expect(name);
            assert_eq!(parsed.expect(name).command.name(), name);
            assert_eq!(flat.get_subcommands().count(), 0, "{words:?}");
            let globals = Global::augment_args(clap::Command::new("awscalc"));
            let ids = |command: &clap::Command| -> Vec<String> {
                let mut ids: Vec<String> = command
                    .get_arguments()
                    .map(|a| a.get_id().to_string())
                    .collect();
                ids.sort();
                ids
            };
            let mut expected = ids(&own.unwrap());
            expected.extend(ids(&globals));
            // clap's own `--help`, added as the parse builds the command.
            expected.push("help".to_string());
            expected.sort();
            assert_eq!(ids(&flat), expected, "{words:?}");
        }
    }

    /// Command lines beyond the snapshot cases': global flags before and after the command,
    /// `--`, values that look like flags or commands, help and errors.
    const MORE_LINES: &[&[&str]] = &[
        &[],
        &["--json"],
        &["-q", "rcu"],
        &[
            "--json", "rcu", "--size", "5kb", "--rate", "100", "--strong",
        ],
        &[
            "rcu", "--json", "--size", "5kb", "--rate", "100", "--strong",
        ],
        &["-q", "rcu", "--size", "5kb", "--rate", "100"],
        &["rcu", "--size", "5kb", "--rate", "100", "-q"],
        &[
            "--expect", "45", "rcu", "--size", "3kb", "--rate", "90", "--strong",
        ],
        &[
            "--expect=45",
            "rcu",
            "--size",
            "3kb",
            "--rate",
            "90",
            "--strong",
        ],
        &["--expect", "rcu", "wcu", "--size", "1kb", "--rate", "10"],
        &["--expect", "--json", "wcu", "--size", "1kb", "--rate", "10"],
        &[
            "--as-of",
            "2024-01-01",
            "wcu",
            "--size",
            "1kb",
            "--rate",
            "10",
        ],
        &[
            "--as-of",
            "2024-02-30",
            "wcu",
            "--size",
            "1kb",
            "--rate",
            "10",
        ],
        &["--as-of", "wcu", "--size", "1kb"],
        &["--as-of"],
        &["--expect"],
        &["wcu", "--size", "1kb", "--rate", "10", "--as-of=2024-01-01"],
        &["-qq", "wcu", "--size", "1kb", "--rate", "10"],
        &["--json", "-q", "wcu", "--size", "1kb", "--rate", "10"],
        &["--json", "--json", "wcu", "--size", "1kb", "--rate", "10"],
        &["--json=true", "wcu", "--size", "1kb", "--rate", "10"],
        &["-x", "wcu", "--size", "1kb", "--rate", "10"],
        &["--nope", "wcu", "--size", "1kb", "--rate", "10"],
        &["-", "wcu"],
        &["--", "wcu", "--size", "1kb", "--rate", "10"],
        &["wcu", "--", "--size", "1kb"],
        &["wcu", "--size", "1kb", "--rate", "10", "--"],
        &["wcu", "--size", "1kb", "--rate", "10", "rcu"],
        &["wcu", "--size", "--rate", "10"],
        &["wcu", "--size", "-1kb", "--rate", "10"],
        &["wcu"],
        &["wcu", "--help"],
        &["wcu", "-h"],
        &["help", "wcu"],
        &["help"],
        &["--help"],
        &["-h", "rcu"],
        &["--version"],
        &["-V"],
        &["rcu", "--version"],
        &["wc", "--size", "1kb"],
        &["WCU", "--size", "1kb"],
        &[
            "rcu",
            "--size",
            "5kb",
            "--rate",
            "100",
            "--strong",
            "--eventual",
        ],
        &["rcu", "--total", "5kb", "--rate", "100", "--size", "1kb"],
        &["rcu", "--size", "5kb", "--rate", "100", "--items", "10"],
        &["cidr", "10.0.0.0/24", "--split", "26"],
        &["cidr", "--hosts", "500"],
        &["cidr", "--file", "-", "--json"],
        &["cidr"],
        &["--quiet", "cidr", "10.0.0.0/16", "--into", "4"],
        &["ebs", "--type", "gp2", "--size", "100"],
        &["ebs", "--iops", "20000", "--json"],
        &["ebs", "--type", "gp9"],
        &["kinesis", "--write", "4.5mb/s", "--records", "4600/s"],
        &["kinesis", "--shards", "10", "--to", "25"],
        &["kinesis"],
        &["s3"],
        &["s3", "classes"],
        &["s3", "--json", "classes"],
        &["--json", "s3", "classes"],
        &["s3", "classes", "--json"],
        &["s3", "multipart", "--size", "6gb", "--part-size", "100mib"],
        &["s3", "multipart", "--size", "6gb", "-q"],
        &["s3", "early-delete", "--class", "GLACIER", "--days", "60"],
        &[
            "s3",
            "early-delete",
            "--class",
            "GLACIER",
            "--entered",
            "30",
        ],
        &["s3", "prefixes", "--get", "30000/s", "--put", "7000/s"],
        &["s3", "prefixes", "--prefixes", "2", "--get", "1/s"],
        &[
            "s3",
            "small-objects",
            "--object-size",
            "50kb",
            "--objects",
            "1000",
        ],
        &["s3", "restore", "--within", "6h"],
        &[
            "s3",
            "eligible",
            "--created",
            "2024-01-15T10:30Z",
            "--days",
            "3",
        ],
        &[
            "s3",
            "lifecycle",
            "STANDARD_IA:30",
            "GLACIER:120",
            "expire:365",
        ],
        &["s3", "nope"],
        &["s3", "help", "multipart"],
        &["s3", "multipart", "--help"],
        &["facts"],
        &["facts", "dynamodb"],
        &["facts", "--json", "quota"],
        &["--as-of", "2020-01-01", "facts", "transact"],
        &["facts", "a", "b"],
        &["facts", "--", "--json"],
        &["check", "sheet.check"],
        &["check", "--expect", "3", "sheet.check"],
        &["--expect", "3", "check", "sheet.check"],
        &["check"],
        &["quiz", "--seed", "42", "--count", "2"],
        &["quiz", "rcu", "cidr", "--count", "10"],
        &["quiz", "-q"],
        &["quiz", "--count", "0"],
        &["quiz", "nope"],
        &["completions", "bash"],
        &["man"],
        &["man", "--json"],
    ];

    /// The command lines of the snapshot cases and README, and [`MORE_LINES`].
    fn command_lines() -> Vec<Vec<String>> {
        let root = env!("CARGO_MANIFEST_DIR");
        let mut lines: Vec<Vec<String>> = Vec::new();
        let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(format!("{root}/tests/cmd"))
            .unwrap()
            .map(|entry| entry.unwrap().path())
            .collect();
        files.push(format!("{root}/README.md").into());
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap();
            for line in text.lines() {
                let Some(rest) = line.trim_start().strip_prefix("$ awscalc") else {
                    continue;
                };
                let rest = rest
                    .split(" | ")
                    .next()
                    .unwrap()
                    .split(" < ")
                    .next()
                    .unwrap();
                lines.push(shlex::split(rest).unwrap());
            }
        }
        lines.extend(
            MORE_LINES
                .iter()
                .map(|words| words.iter().map(|w| (*w).to_string()).collect()),
        );
        lines
    }

    /// Where the tree of the one command named parses a command line, it gives what the
    /// whole tree gives; where it fails, the whole tree fails the same way (and is what
    /// reports it). The plain one-answer command lines take the short way.
    #[test]
    fn one_command_parses_as_the_whole_tree() {
        let lines = command_lines();
        assert!(lines.len() > 250, "{}", lines.len());
        let mut short_way = 0;
        for words in &lines {
            let words: Vec<&str> = words.iter().map(String::as_str).collect();
            let args = argv(&words);
            let whole = parse_whole(&args);
            let Some((one, _)) = Cli::with_one_command(&args) else {
                continue;
            };
            match (one, whole) {
                (Ok(one), Ok(whole)) => {
                    short_way += 1;
                    assert_eq!(format!("{one:?}"), format!("{whole:?}"), "{words:?}");
                }
                // The whole tree parses again and reports (or, for a flag given both
                // before and after the command, accepts): only the whole tree's messages
                // name the command.
                (Err(_), _) => {}
                (Ok(one), Err(whole)) => {
                    panic!("{words:?}: {one:?} but the whole tree: {whole:?}")
                }
            }
        }
        assert!(short_way > 180, "{short_way}");
        for words in [
            &["rcu", "--size", "5kb", "--rate", "100", "--strong"][..],
            &["wcu", "--size", "1kb", "--rate", "600/min"],
            &["cidr", "10.0.0.0/24", "--as-of", "2026-11-30"],
            &["ebs", "--type", "gp2", "--size", "100"],
            &["kinesis", "--write", "4.5mb/s", "--records", "4600/s"],
            &["s3", "multipart", "--size", "6gb", "--part-size", "100mib"],
            &["facts", "dynamodb"],
            &[
                "--json", "--expect", "200", "rcu", "--size", "5kb", "--rate", "100", "--strong",
            ],
        ] {
            let one = Cli::with_one_command(&argv(words)).map(|(parsed, _)| parsed.is_ok());
            assert_eq!(one, Some(true), "{words:?}");
        }
    }

    /// Completion scripts list a command's options in the order of its arguments: its own,
    /// then the global flags. (Deferring a command's arguments with clap's `defer` put the
    /// global flags first and reordered the scripts, with help unchanged.)
    #[test]
    fn every_command_has_its_own_arguments_before_the_global_flags() {
        fn check(command: &clap::Command, checked: &mut usize) {
            let global: Vec<bool> = command
                .get_arguments()
                .filter(|a| !["help", "version"].contains(&a.get_id().as_str()))
                .map(clap::Arg::is_global_set)
                .collect();
            assert!(
                global.windows(2).all(|w| w[0] <= w[1]),
                "{}: {global:?}",
                command.get_name()
            );
            *checked += 1;
            for sub in command.get_subcommands() {
                check(sub, checked);
            }
        }
        let mut command = command_for_help();
        command.build();
        let mut checked = 0;
        check(&command, &mut checked);
        // awscalc, its 11 commands and clap's help, s3's 8 and help, and help's own.
        assert!(checked > 20, "{checked}");
        let early_delete = command
            .find_subcommand("s3")
            .and_then(|s3| s3.find_subcommand("early-delete"))
            .unwrap();
        let ids: Vec<&str> = early_delete
            .get_arguments()
            .map(|a| a.get_id().as_str())
            .collect();
        assert_eq!(&ids[..5], ["class", "days", "entered", "left", "json"]);
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
