//! `awscalc dr`: disaster-recovery flags.

use clap::Args;

use awscalc::calc::resilience::DrRequest;
use awscalc::units::{Duration, DurationGrammar};
use awscalc::Error;

pub(super) const DR_EXAMPLES: &str = "\
Units (see docs/cli.md): durations take a unit: 90s, 15min, 1h, 7d.

Examples:
  awscalc dr --rpo 15min --rto 1h                    warm standby (pilot light may)
  awscalc dr --rpo 15min --rto 1h --snapshot-every 24h
                                                     warm standby; daily snapshots miss the RPO
  awscalc dr --rpo 24h --rto 24h                     backup and restore
  awscalc dr --rpo 1s --rto 1min                     multi-site active/active, if designed so";

/// `dr`'s usage line, by hand.
pub(super) const DR_USAGE: &str =
    "awscalc dr --rpo DURATION --rto DURATION [--snapshot-every DURATION]";

/// What `--expect` recognises for `dr`.
pub(super) const DR_EXPECT: &str = "Compare the answer (a strategy: backup and restore, pilot \
light, warm standby, multi-site active/active) with VALUE: exit 0 on a match, 1 on a mismatch";

/// Disaster recovery: which strategies (AWS's bands) and which data mechanisms meet an RPO
/// and an RTO
#[derive(Debug, Args)]
#[command(after_help = DR_EXAMPLES, override_usage = DR_USAGE)]
pub(crate) struct DrArgs {
    /// Recovery point objective: the most data, in time, that may be lost (15min, 1h)
    #[arg(long, value_name = "DURATION", required = true, value_parser = parse_rpo)]
    pub rpo: Option<Duration>,

    /// Recovery time objective: the longest the workload may be down (1h, 30min)
    #[arg(long, value_name = "DURATION", required = true, value_parser = parse_rto)]
    pub rto: Option<Duration>,

    /// The interval between scheduled snapshots or backups (4h, 24h), weighed against the RPO
    #[arg(long, value_name = "DURATION", value_parser = parse_interval)]
    pub snapshot_every: Option<Duration>,
}

impl DrArgs {
    /// The typed request.
    ///
    /// # Errors
    /// [`Error::Conflict`] without `--rpo` or `--rto` (clap requires them on the command
    /// line).
    pub(crate) fn request(&self) -> Result<DrRequest, Error> {
        let (Some(rpo), Some(rto)) = (self.rpo.clone(), self.rto.clone()) else {
            return Err(Error::Conflict {
                message: "give --rpo and --rto".into(),
            });
        };
        Ok(DrRequest {
            rpo,
            rto,
            snapshot_every: self.snapshot_every.clone(),
        })
    }
}

/// Durations take a unit: a bare `15` could be minutes or hours.
fn duration(text: &str, what: &'static str) -> Result<Duration, Error> {
    Duration::parse(
        text,
        &DurationGrammar {
            what,
            bare_seconds: None,
            smallest_unit_seconds: 1,
            accepted: "a positive duration with a unit: 90s, 15min, 1h, 7d",
        },
    )
}

fn parse_rpo(text: &str) -> Result<Duration, Error> {
    duration(text, "RPO")
}

fn parse_rto(text: &str) -> Result<Duration, Error> {
    duration(text, "RTO")
}

fn parse_interval(text: &str) -> Result<Duration, Error> {
    duration(text, "snapshot interval")
}
