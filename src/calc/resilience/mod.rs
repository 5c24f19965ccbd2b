//! Resilience: which disaster-recovery strategies and which data mechanisms meet a recovery
//! point objective (RPO) and a recovery time objective (RTO) ([`dr`]).
//!
//! AWS's disaster-recovery whitepaper gives each strategy a band, in words: backup and
//! restore "hours", pilot light "tens of minutes", warm standby "minutes", multi-site
//! active/active "real time" (near zero). The registry holds those words
//! (`facts::resilience`); the span of time each word covers is awscalc's reading of it:
//!
//! ```text
//! real time         under 1 minute
//! minutes           1 minute to under 10 minutes
//! tens of minutes   10 minutes to under 1 hour
//! hours             1 hour to under 1 day
//! ```
//!
//! A strategy **meets** a target when the whole band is within it (the band's end ≤ the
//! target), **may meet** it when the target falls inside the band (it depends on the
//! design), and **misses** it when the band starts after the target. A mechanism meets the
//! RPO when the data it can lose is at most the RPO:
//!
//! ```text
//! loss ≤ RPO     DynamoDB PITR ≈ 5 min; RDS logs every 5 min; Aurora Global < 1 s;
//!                S3 RTC 15 min (99.99 % of objects); snapshots: the interval between them
//! ```

use rust_decimal::Decimal;
use serde::Serialize;

use crate::error::Error;
use crate::facts::resilience as fact;
use crate::facts::{FactBook, FactId};
use crate::steps::{Expr, Step, Unit};
use crate::units::Duration;

mod limits;
#[cfg(test)]
mod tests;

pub use limits::{limit, AlarmPeriods, Limit, LimitCheck, LimitKind, LimitRequest};

/// Why a resilience question has no answer. The words are [`crate::explain::resilience`]'s.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// A registry ordinal that names no disaster-recovery band: a defect of the registry,
    /// not of the input.
    UnknownBand {
        /// The ordinal the registry holds.
        value: Decimal,
    },
}

impl Problem {
    /// `conflict`, the kind this refusal has always had.
    #[must_use]
    pub fn kind(&self) -> &'static str {
        match self {
            Problem::UnknownBand { .. } => "conflict",
        }
    }
}

impl From<Problem> for Error {
    fn from(problem: Problem) -> Error {
        Error::Resilience(problem)
    }
}

/// Seconds in a minute, an hour and a day: units of time, not AWS values.
const MINUTE: u32 = 60;
const HOUR: u32 = 3_600;
const DAY: u32 = 86_400;

/// A disaster-recovery question: `awscalc dr --rpo 15min --rto 1h`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DrRequest {
    /// The recovery point objective: the most data, in time, that may be lost.
    pub rpo: Duration,
    /// The recovery time objective: the longest the workload may be down.
    pub rto: Duration,
    /// The interval between scheduled snapshots or backups, where there are any.
    pub snapshot_every: Option<Duration>,
}

/// AWS's four disaster-recovery strategies, cheapest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Strategy {
    /// Backup and restore.
    BackupRestore,
    /// Pilot light.
    PilotLight,
    /// Warm standby.
    WarmStandby,
    /// Multi-site active/active.
    MultiSite,
}

impl Strategy {
    /// Every strategy, cheapest first.
    pub const ALL: [Strategy; 4] = [
        Strategy::BackupRestore,
        Strategy::PilotLight,
        Strategy::WarmStandby,
        Strategy::MultiSite,
    ];

    /// The fact holding the strategy's band.
    #[must_use]
    pub fn band_fact(self) -> FactId {
        match self {
            Strategy::BackupRestore => fact::DR_BACKUP_RESTORE_BAND,
            Strategy::PilotLight => fact::DR_PILOT_LIGHT_BAND,
            Strategy::WarmStandby => fact::DR_WARM_STANDBY_BAND,
            Strategy::MultiSite => fact::DR_MULTI_SITE_BAND,
        }
    }
}

/// A band AWS gives a strategy's RPO and RTO, in its words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Band {
    /// "Real time", near zero.
    RealTime,
    /// "Minutes".
    Minutes,
    /// "Tens of minutes".
    TensOfMinutes,
    /// "Hours".
    Hours,
}

impl Band {
    /// The band a registry ordinal names (0 real time … 3 hours).
    ///
    /// # Errors
    /// [`Problem::UnknownBand`] for another value: a registry defect.
    pub fn from_ordinal(value: Decimal) -> Result<Band, Error> {
        [
            Band::RealTime,
            Band::Minutes,
            Band::TensOfMinutes,
            Band::Hours,
        ]
        .into_iter()
        .zip(0u32..)
        .find(|(_, n)| Decimal::from(*n) == value)
        .map(|(band, _)| band)
        .ok_or_else(|| Problem::UnknownBand { value }.into())
    }

    /// The span of time awscalc reads the words as, in seconds: from (inclusive) and to
    /// (exclusive).
    #[must_use]
    pub fn span_seconds(self) -> (Decimal, Decimal) {
        let (from, to) = match self {
            Band::RealTime => (0, MINUTE),
            Band::Minutes => (MINUTE, 10 * MINUTE),
            Band::TensOfMinutes => (10 * MINUTE, HOUR),
            Band::Hours => (HOUR, DAY),
        };
        (Decimal::from(from), Decimal::from(to))
    }

    /// Whether the band is within `target` seconds.
    #[must_use]
    pub fn verdict(self, target: Decimal) -> Verdict {
        let (from, to) = self.span_seconds();
        if to <= target {
            Verdict::Meets
        } else if from <= target {
            Verdict::MayMeet
        } else {
            Verdict::Misses
        }
    }
}

/// Whether a band or a strategy meets a target. Ordered worst first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// The band starts after the target.
    Misses,
    /// The target falls inside the band: it depends on the design.
    MayMeet,
    /// The whole band is within the target.
    Meets,
}

/// One strategy weighed against the RPO and the RTO.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StrategyFit {
    /// The strategy.
    pub strategy: Strategy,
    /// Its band, for both RPO and RTO.
    pub band: Band,
    /// Against the RPO.
    pub rpo: Verdict,
    /// Against the RTO.
    pub rto: Verdict,
    /// Both together: the worse of the two.
    pub overall: Verdict,
}

/// A data mechanism that backs up or replicates data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Mechanism {
    /// DynamoDB point-in-time recovery.
    DynamodbPitr,
    /// RDS automated backups (transaction logs uploaded to S3).
    RdsAutomatedBackups,
    /// Aurora Global Database (a secondary Region).
    AuroraGlobalDatabase,
    /// S3 replication with Replication Time Control.
    S3ReplicationTimeControl,
    /// Scheduled snapshots or backups at `--snapshot-every`.
    ScheduledSnapshots,
}

/// What to do with a step of [`Dr`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DrStep {
    /// A strategy's band end against the RPO and the RTO: the smaller headroom.
    Strategy(Strategy),
    /// A mechanism's data loss against the RPO.
    Loss(Mechanism),
}

/// One mechanism weighed against the RPO.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MechanismFit {
    /// The mechanism.
    pub mechanism: Mechanism,
    /// The data it can lose, in seconds (typical for PITR and Aurora; the whole interval
    /// for snapshots).
    pub loss_seconds: Decimal,
    /// Whether `loss_seconds` is AWS's typical figure rather than a bound.
    pub typical: bool,
    /// Whether the loss is within the RPO.
    pub meets: bool,
}

/// The answer to a [`DrRequest`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Dr {
    /// The RPO, in seconds.
    pub rpo_seconds: Decimal,
    /// The RTO, in seconds.
    pub rto_seconds: Decimal,
    /// The cheapest strategy that meets both, else the cheapest that may.
    pub strategy: Option<Strategy>,
    /// The verdict for [`Dr::strategy`].
    pub verdict: Option<Verdict>,
    /// Every strategy, cheapest first.
    pub strategies: Vec<StrategyFit>,
    /// Every mechanism available on the date.
    pub mechanisms: Vec<MechanismFit>,
    /// DynamoDB point-in-time recovery's window, in days, where available.
    pub pitr_window_days: Option<Decimal>,
    /// The derivation.
    pub steps: Vec<Step<DrStep>>,
}

/// Which strategies and data mechanisms meet `request`'s RPO and RTO.
///
/// ```
/// use awscalc::calc::resilience::{dr, DrRequest, Strategy};
/// use awscalc::facts::{FactBook, Registry};
/// use awscalc::units::{Duration, DurationGrammar};
///
/// let g = DurationGrammar { what: "RPO", bare_seconds: None, smallest_unit_seconds: 1, accepted: "15min" };
/// let request = DrRequest {
///     rpo: Duration::parse("15min", &g).unwrap(),
///     rto: Duration::parse("1h", &g).unwrap(),
///     snapshot_every: None,
/// };
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 11, 30));
/// // "Minutes" ends at 10 minutes, within 15: warm standby is the cheapest sure fit.
/// assert_eq!(dr(&request, &mut book).unwrap().strategy, Some(Strategy::WarmStandby));
/// ```
///
/// # Errors
/// [`Error::Overflow`] for a duration too large to compare; a registry defect.
pub fn dr(request: &DrRequest, book: &mut FactBook) -> Result<Dr, Error> {
    let point_target = request.rpo.seconds();
    let time_target = request.rto.seconds();
    let mut steps = Vec::new();
    let strategies = weigh_strategies(book, point_target, time_target, &mut steps)?;
    let best = |verdict: Verdict| {
        strategies
            .iter()
            .find(|s| s.overall == verdict)
            .map(|s| s.strategy)
    };
    let (strategy, verdict) = match best(Verdict::Meets) {
        Some(s) => (Some(s), Some(Verdict::Meets)),
        None => match best(Verdict::MayMeet) {
            Some(s) => (Some(s), Some(Verdict::MayMeet)),
            None => (None, None),
        },
    };
    let mut mechanisms = Vec::new();
    let mut loss = |mechanism: Mechanism, value: Expr, typical: bool| -> Result<(), Error> {
        let within = value.eval()? <= point_target;
        let step = Step::new(
            DrStep::Loss(mechanism),
            Expr::headroom(
                value,
                Expr::quantity("rpo", point_target, Unit::Seconds),
                within,
            ),
        )?;
        let loss_seconds = point_target
            .checked_sub(step.value)
            .ok_or(Error::Overflow)?;
        steps.push(step);
        mechanisms.push(MechanismFit {
            mechanism,
            loss_seconds,
            typical,
            meets: within,
        });
        Ok(())
    };
    let minutes = |n: Decimal| {
        Expr::quantity("minutes", n, Unit::Count).times(Expr::quantity(
            "per_minute",
            MINUTE.into(),
            Unit::Seconds,
        ))
    };
    let pitr_window_days = match available(book, fact::DYNAMODB_PITR_LAG_MINUTES)? {
        Some(lag) => {
            loss(Mechanism::DynamodbPitr, minutes(lag), true)?;
            available(book, fact::DYNAMODB_PITR_WINDOW_DAYS)?
        }
        None => None,
    };
    let rds = book.value(fact::RDS_LOG_UPLOAD_MINUTES)?;
    loss(Mechanism::RdsAutomatedBackups, minutes(rds), false)?;
    let aurora = book.value(fact::AURORA_GLOBAL_LAG_SECONDS)?;
    loss(
        Mechanism::AuroraGlobalDatabase,
        Expr::quantity("aurora_lag", aurora, Unit::Seconds),
        true,
    )?;
    let rtc = book.value(fact::S3_RTC_MINUTES)?;
    loss(Mechanism::S3ReplicationTimeControl, minutes(rtc), false)?;
    if let Some(every) = &request.snapshot_every {
        loss(
            Mechanism::ScheduledSnapshots,
            seconds_expr("snapshot_every", every),
            false,
        )?;
    }
    Ok(Dr {
        rpo_seconds: point_target,
        rto_seconds: time_target,
        strategy,
        verdict,
        strategies,
        mechanisms,
        pitr_window_days,
        steps,
    })
}

/// Each strategy's band against the RPO and the RTO, cheapest first, with a step each.
fn weigh_strategies(
    book: &mut FactBook,
    point_target: Decimal,
    time_target: Decimal,
    steps: &mut Vec<Step<DrStep>>,
) -> Result<Vec<StrategyFit>, Error> {
    let mut strategies = Vec::new();
    for strategy in Strategy::ALL {
        let band = Band::from_ordinal(book.value(strategy.band_fact())?)?;
        let point = band.verdict(point_target);
        let time = band.verdict(time_target);
        let (_, end) = band.span_seconds();
        let end = Expr::quantity("band_end", end, Unit::Seconds);
        let headroom = |target: Decimal, verdict: Verdict| {
            Expr::headroom(
                end.clone(),
                Expr::quantity("target", target, Unit::Seconds),
                verdict == Verdict::Meets,
            )
        };
        steps.push(Step::new(
            DrStep::Strategy(strategy),
            Expr::min(vec![
                headroom(point_target, point),
                headroom(time_target, time),
            ]),
        )?);
        strategies.push(StrategyFit {
            strategy,
            band,
            rpo: point,
            rto: time,
            overall: point.min(time),
        });
    }
    Ok(strategies)
}

/// A duration as seconds, a plain quantity.
fn seconds_expr(name: &'static str, duration: &Duration) -> Expr {
    Expr::quantity(name, duration.seconds(), Unit::Seconds)
}

/// A fact's value, `None` where the feature did not exist on the book's date.
fn available(book: &mut FactBook, id: FactId) -> Result<Option<Decimal>, Error> {
    match book.value(id) {
        Ok(value) => Ok(Some(value)),
        Err(Error::NotYetAvailable { .. }) => Ok(None),
        Err(e) => Err(e),
    }
}
