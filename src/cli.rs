//! The command line: clap definitions that turn flags into the library's typed inputs.

use clap::{ArgGroup, Args, Parser, Subcommand};
use jiff::civil::Date;
use rust_decimal::Decimal;

use awscalc::calc::dynamodb::{
    Demand, Items, ReadConsistency, ReadRequest, WriteMode, WriteRequest,
};
use awscalc::units::{parse_positive, Rate, Size};
use awscalc::Error;

const ABOUT: &str = "Exact answers to the numbers in AWS work and certification study, \
with the arithmetic and the AWS rule behind each one";

const EXAMPLES: &str = "\
Examples:
  awscalc rcu --size 5kb --rate 100 --strong        200 RCU
  awscalc wcu --size 1kb --rate 600/min             10 WCU
  awscalc rcu --size 3kb --rate 90 --strong --expect 45
  awscalc rcu --size 4kb --units 5                  reads per second 5 RCU sustain
  awscalc facts dynamodb --json
  awscalc --as-of 2020-01-01 facts transact";

/// awscalc: AWS numbers, exactly, with the arithmetic and the rule behind them.
#[derive(Debug, Parser)]
#[command(name = "awscalc", version, about = ABOUT, after_help = EXAMPLES)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,

    #[command(subcommand)]
    pub command: Command,
}

/// Flags every command takes, before or after the command name.
#[derive(Debug, Args)]
pub struct Global {
    /// Print one JSON object: command, inputs, result, steps, notes, facts
    #[arg(long, global = true, conflicts_with = "quiet")]
    pub json: bool,

    /// Print only the answer value(s), one per line
    #[arg(long, short, global = true)]
    pub quiet: bool,

    /// Compare the answer with VALUE: exit 0 on a match, 1 on a mismatch, with a hint
    /// naming the reading (consistency, KB as 1,000 bytes, rounding) that gives VALUE
    #[arg(long, global = true, value_name = "VALUE")]
    pub expect: Option<String>,

    /// Use the AWS values in force on this date (default: today)
    #[arg(long, global = true, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub as_of: Option<Date>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// DynamoDB read capacity units (RCU) for a read rate, or reads per second for N RCU
    #[command(after_help = RCU_EXAMPLES, group = ArgGroup::new("what").required(true).args(["size", "total", "batch"]))]
    Rcu(RcuArgs),

    /// DynamoDB write capacity units (WCU) for a write rate, or writes per second for N WCU
    #[command(after_help = WCU_EXAMPLES, group = ArgGroup::new("what").required(true).args(["size", "batch"]))]
    Wcu(WcuArgs),

    /// List the AWS facts awscalc uses: value, unit, date in force, source
    #[command(after_help = FACTS_EXAMPLES)]
    Facts {
        /// Show only facts whose id or name contains this text (e.g. dynamodb, quota)
        filter: Option<String>,
    },

    /// Print a shell completion script (bash, zsh, fish, elvish, powershell)
    Completions {
        /// The shell to complete for
        shell: clap_complete::Shell,
    },

    /// Print the man page (roff) to standard output
    Man,
}

const RCU_EXAMPLES: &str = "\
Sizes: 5kb, 5 KB, 3.5kb, 512b, 400KiB, 1mb; a bare number is KB. DynamoDB's KB is 1,024 bytes.
Rates: 100, 100/s, 600/min, 36000/h.

Examples:
  awscalc rcu --size 5kb --rate 100 --strong          200 RCU
  awscalc rcu --size 9kb --rate 3                     5 RCU (1.5 per eventually consistent read)
  awscalc rcu --size 4kb --units 5                    10 reads per second
  awscalc rcu --items 10 --size 4kb --rate 2 --strong a Query of 10 items, sizes summed
  awscalc rcu --total 40.8kb --strong                 a Query reading 40.8 KB in all: 11 RCU
  awscalc rcu --batch 1.5kb,6.5kb --strong            BatchGetItem: 4 KB + 8 KB = 3 RCU";

const WCU_EXAMPLES: &str = "\
Sizes: 5kb, 5 KB, 3.5kb, 512b, 400KiB, 1mb; a bare number is KB. DynamoDB's KB is 1,024 bytes.
Rates: 100, 100/s, 600/min, 36000/h.

Examples:
  awscalc wcu --size 1kb --rate 600/min               10 WCU
  awscalc wcu --size 7kb --rate 10                    70 WCU
  awscalc wcu --size 2kb --rate 5 --transactional     20 WCU
  awscalc wcu --size 1kb --units 10                   10 writes per second
  awscalc wcu --batch 500b,3.5kb                      BatchWriteItem: 1 KB + 4 KB = 5 WCU";

const FACTS_EXAMPLES: &str = "\
Examples:
  awscalc facts
  awscalc facts quota
  awscalc --as-of 2020-01-01 facts transact --json";

/// The items and the demand, shared by rcu and wcu.
#[derive(Debug, Args)]
pub struct Workload {
    /// Item size; with --items, the size of each item in a Query or Scan
    #[arg(long, value_name = "SIZE")]
    pub size: Option<Size>,

    /// Requests per second (or /min, /h): how many units to provision
    #[arg(long, value_name = "RATE", conflicts_with = "units")]
    pub rate: Option<Rate>,

    /// Provisioned units: how many requests per second they sustain (the inverse)
    #[arg(long, value_name = "N", value_parser = parse_units)]
    pub units: Option<Decimal>,

    /// A batch of items, comma-separated sizes, each rounded up separately
    /// (BatchGetItem / BatchWriteItem; TransactGet/WriteItems with --transactional)
    #[arg(
        long,
        value_name = "SIZES",
        value_delimiter = ',',
        conflicts_with = "size"
    )]
    pub batch: Option<Vec<Size>>,
}

#[derive(Debug, Args)]
pub struct RcuArgs {
    #[command(flatten)]
    pub workload: Workload,

    /// A Query or Scan reading N items of --size each: sizes summed, rounded once per page
    #[arg(long, value_name = "N", requires = "size", value_parser = parse_count)]
    pub items: Option<u64>,

    /// A Query or Scan reading SIZE in total
    #[arg(long, value_name = "SIZE", conflicts_with_all = ["size", "batch", "items"])]
    pub total: Option<Size>,

    /// Strongly consistent reads: 1 unit per 4 KB
    #[arg(long, group = "consistency")]
    pub strong: bool,

    /// Eventually consistent reads: 0.5 unit per 4 KB (DynamoDB's default)
    #[arg(long, group = "consistency")]
    pub eventual: bool,

    /// Transactional reads (TransactGetItems): 2 units per 4 KB
    #[arg(long, group = "consistency")]
    pub transactional: bool,
}

#[derive(Debug, Args)]
pub struct WcuArgs {
    #[command(flatten)]
    pub workload: Workload,

    /// Transactional writes (TransactWriteItems): 2 units per 1 KB
    #[arg(long)]
    pub transactional: bool,
}

impl Workload {
    fn demand(&self) -> Demand {
        match (&self.rate, self.units) {
            (Some(rate), _) => Demand::Rate(rate.clone()),
            (None, Some(units)) => Demand::Units {
                text: units.to_string(),
                units,
            },
            (None, None) => Demand::OnePerSecond,
        }
    }

    fn items(&self, count: Option<u64>, total: Option<&Size>) -> Items {
        if let Some(total) = total {
            return Items::QueryTotal(total.clone());
        }
        if let Some(sizes) = &self.batch {
            return Items::Batch(sizes.clone());
        }
        let size = self.size.clone().unwrap_or_else(|| Size::from_bytes(1));
        match count {
            Some(count) => Items::Query { count, size },
            None => Items::Single(size),
        }
    }
}

impl RcuArgs {
    /// The typed request.
    pub fn request(&self) -> ReadRequest {
        let consistency = if self.strong {
            Some(ReadConsistency::Strong)
        } else if self.transactional {
            Some(ReadConsistency::Transactional)
        } else if self.eventual {
            Some(ReadConsistency::Eventual)
        } else {
            None
        };
        ReadRequest {
            items: self.workload.items(self.items, self.total.as_ref()),
            consistency,
            demand: self.workload.demand(),
        }
    }
}

impl WcuArgs {
    /// The typed request.
    pub fn request(&self) -> WriteRequest {
        WriteRequest {
            items: self.workload.items(None, None),
            mode: if self.transactional {
                WriteMode::Transactional
            } else {
                WriteMode::Standard
            },
            demand: self.workload.demand(),
        }
    }
}

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

fn parse_units(text: &str) -> Result<Decimal, Error> {
    let value = parse_positive(text.trim(), text, "units")?;
    if !value.fract().is_zero() {
        return Err(Error::NotWhole {
            what: "units",
            input: text.to_string(),
        });
    }
    if value > Decimal::from(1_000_000_000_000u64) {
        return Err(Error::TooLarge {
            what: "units",
            input: text.to_string(),
            max: "1,000,000,000,000".into(),
        });
    }
    Ok(value)
}

fn parse_count(text: &str) -> Result<u64, Error> {
    let value = parse_positive(text.trim(), text, "items")?;
    if !value.fract().is_zero() {
        return Err(Error::NotWhole {
            what: "items",
            input: text.to_string(),
        });
    }
    u64::try_from(value)
        .ok()
        .filter(|n| *n <= 1_000_000_000_000)
        .ok_or_else(|| Error::TooLarge {
            what: "items",
            input: text.to_string(),
            max: "1,000,000,000,000".into(),
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_clap_definition_is_consistent() {
        Cli::command().debug_assert();
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
