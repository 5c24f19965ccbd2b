//! On-demand capacity over time: how much a table in on-demand mode serves at once, and
//! how long traffic above that takes to reach, `awscalc ondemand`.
//!
//! From "DynamoDB on-demand capacity mode", Initial throughput and scaling properties
//! (<https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/on-demand-capacity-mode.html>):
//! a new on-demand table sustains up to 4,000 writes and 12,000 reads a second; a table
//! instantly accommodates up to double its previous peak; throttling can occur when traffic
//! exceeds double the previous peak within 30 minutes. So a table serving `C` at once
//! (double the previous peak, or a new table's initial figure) reaches a target `T > C` after
//! `k` more doublings, the smallest `k` with `C × 2^k ≥ T`, each held 30 minutes: `k × 30`
//! minutes at the soonest. That time is awscalc's reading of AWS's rule ("can occur"), the
//! soonest without risking throttling, not a promise.

use rust_decimal::Decimal;
use serde::Serialize;

use super::Problem;
use crate::error::Error;
use crate::facts::dynamodb as fact;
use crate::facts::FactBook;
use crate::steps::{Expr, Step, Unit};
use crate::units::Rate;

/// Reads or writes: which of a new table's initial figures applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Traffic {
    /// Read requests.
    Reads,
    /// Write requests.
    Writes,
}

/// An on-demand question: `awscalc ondemand --reads RATE [--previous-peak RATE]
/// [--warm-reads RATE]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OnDemandRequest {
    /// Reads or writes.
    pub traffic: Traffic,
    /// The traffic the table is asked to serve.
    pub rate: Rate,
    /// The table's previous peak of the same traffic; `None` for a new table.
    pub previous_peak: Option<Rate>,
    /// The table's warm throughput for this traffic (DescribeTable's `WarmThroughput`, or
    /// what it was pre-warmed to); `None` when not given. Warm throughput exists since
    /// 2024-11-13.
    pub warm: Option<Rate>,
}

/// What each step of an on-demand derivation computes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum OnDemandStep {
    /// Requests a second the table serves at once.
    AtOnce,
    /// Requests a second the table serves at once with its warm throughput: the larger.
    Warm,
    /// Doublings beyond that needed to reach the traffic.
    Doublings,
    /// Requests a second served after those doublings.
    Reached,
    /// Minutes the doublings take at the soonest.
    Minutes,
}

/// An on-demand question answered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OnDemand {
    /// Reads or writes.
    pub traffic: Traffic,
    /// Seconds in the span the rates are counted per (1, 60, 3,600: the asked rate's).
    pub span_seconds: u32,
    /// The traffic asked for, per span.
    pub target: Decimal,
    /// Requests per span served at once.
    pub at_once: Decimal,
    /// Whether the table serves the traffic at once.
    pub served_at_once: bool,
    /// Doublings needed beyond what is served at once (0 when served at once).
    pub doublings: u32,
    /// Minutes those doublings take at the soonest (0 when served at once).
    pub minutes: Decimal,
    /// Minutes each doubling must be held before the next.
    pub window_minutes: Decimal,
    /// The derivation.
    pub steps: Vec<Step<OnDemandStep>>,
}

/// The most doublings awscalc counts: 2^64 times anything a rate can be is far beyond it.
const MAX_DOUBLINGS: u32 = 64;

/// What an on-demand table serves at once, and how long higher traffic takes to reach.
///
/// ```
/// use awscalc::calc::dynamodb::ondemand::{on_demand, OnDemandRequest, Traffic};
/// use awscalc::facts::{FactBook, Registry};
///
/// // A new table serves 12,000 reads a second at once; 30,000 needs two doublings
/// // (12,000 → 24,000 → 48,000), 2 × 30 = 60 minutes.
/// let request = OnDemandRequest {
///     traffic: Traffic::Reads,
///     rate: "30000/s".parse().unwrap(),
///     previous_peak: None,
///     warm: None,
/// };
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 12, 1));
/// let answer = on_demand(&request, &mut book).unwrap();
/// assert_eq!(answer.doublings, 2);
/// assert_eq!(answer.minutes, 60.into());
/// ```
///
/// # Errors
/// Numbers too large to compute.
pub fn on_demand(request: &OnDemandRequest, book: &mut FactBook) -> Result<OnDemand, Error> {
    let factor = book.value(fact::ON_DEMAND_PEAK_FACTOR)?;
    let window = book.value(fact::ON_DEMAND_PEAK_WINDOW_MINUTES)?;
    // Everything is counted per the span the asked rate uses (per second, minute, hour).
    let span = request.rate.per_seconds();
    let target = request.rate.count();
    let at_once_expr = if let Some(peak) = &request.previous_peak {
        let in_span = in_span(peak, span);
        Expr::quantity("previous_peak", in_span, Unit::PerSecond).times(Expr::quantity(
            "peak_factor",
            factor,
            Unit::Count,
        ))
    } else {
        let initial = match request.traffic {
            Traffic::Reads => book.value(fact::ON_DEMAND_NEW_TABLE_READS)?,
            Traffic::Writes => book.value(fact::ON_DEMAND_NEW_TABLE_WRITES)?,
        };
        let per_second = Expr::quantity("new_table", initial, Unit::PerSecond);
        if span == 1 {
            per_second
        } else {
            per_second.times(Expr::quantity("seconds", span.into(), Unit::Seconds))
        }
    };
    let mut at_once = Step::new(OnDemandStep::AtOnce, at_once_expr)?;
    let mut first = Vec::new();
    if let Some(warm) = &request.warm {
        // Read for its date: before 2024-11-13 DynamoDB had no warm throughput.
        book.value(match request.traffic {
            Traffic::Reads => fact::ON_DEMAND_NEW_TABLE_WARM_READS,
            Traffic::Writes => fact::ON_DEMAND_NEW_TABLE_WARM_WRITES,
        })?;
        let in_span = in_span(warm, span);
        let warmed = Step::new(
            OnDemandStep::Warm,
            Expr::max(vec![
                Expr::earlier("at_once", &at_once),
                Expr::quantity("warm", in_span, Unit::PerSecond),
            ]),
        )?;
        first.push(std::mem::replace(&mut at_once, warmed));
    }
    let mut answer = OnDemand {
        traffic: request.traffic,
        span_seconds: span,
        target,
        at_once: at_once.value,
        served_at_once: target <= at_once.value,
        doublings: 0,
        minutes: Decimal::ZERO,
        window_minutes: window,
        steps: Vec::new(),
    };
    if answer.served_at_once {
        first.push(at_once);
        answer.steps = first;
        return Ok(answer);
    }
    // The smallest k with at_once × factor^k ≥ target, counted exactly.
    let mut reached = at_once.value;
    let mut power = Decimal::ONE;
    let mut doublings = 0;
    while reached < target {
        if doublings == MAX_DOUBLINGS || factor <= Decimal::ONE {
            return Err(Problem::RateBeyondDoublings {
                input: request.rate.text().to_string(),
            }
            .into());
        }
        power = power.checked_mul(factor).ok_or_else(too_large)?;
        reached = reached.checked_mul(factor).ok_or_else(too_large)?;
        doublings += 1;
    }
    let counted = Step::new(
        OnDemandStep::Doublings,
        Expr::quantity("doublings", doublings.into(), Unit::Count),
    )?;
    let reached = Step::new(
        OnDemandStep::Reached,
        Expr::earlier("at_once", &at_once).times(Expr::quantity("growth", power, Unit::Count)),
    )?;
    let minutes = Step::new(
        OnDemandStep::Minutes,
        Expr::earlier("doublings", &counted).times(Expr::quantity(
            "window_minutes",
            window,
            Unit::Count,
        )),
    )?;
    answer.doublings = doublings;
    answer.minutes = minutes.value;
    first.extend([at_once, counted, reached, minutes]);
    answer.steps = first;
    Ok(answer)
}

/// `rate` counted per `span` seconds.
fn in_span(rate: &Rate, span: u32) -> Decimal {
    if rate.per_seconds() == span {
        rate.count()
    } else {
        rate.count() * Decimal::from(span) / Decimal::from(rate.per_seconds())
    }
}

fn too_large() -> Error {
    Problem::GrowthTooLarge.into()
}

#[cfg(test)]
mod tests {
    //! Worked examples of on-demand-capacity-mode.html, "Initial throughput and scaling
    //! properties", derived by hand.
    use super::*;
    use crate::facts::Registry;

    fn ask(traffic: Traffic, rate: &str, peak: Option<&str>) -> OnDemand {
        let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 12, 1));
        on_demand(
            &OnDemandRequest {
                traffic,
                rate: rate.parse().unwrap(),
                previous_peak: peak.map(|p| p.parse().unwrap()),
                warm: None,
            },
            &mut book,
        )
        .unwrap()
    }

    fn warm(
        traffic: Traffic,
        rate: &str,
        warm: &str,
        on: jiff::civil::Date,
    ) -> Result<OnDemand, Error> {
        let mut book = FactBook::new(Registry::builtin(), on);
        on_demand(
            &OnDemandRequest {
                traffic,
                rate: rate.parse().unwrap(),
                previous_peak: None,
                warm: Some(warm.parse().unwrap()),
            },
            &mut book,
        )
    }

    #[test]
    fn warm_throughput_serves_what_it_covers_at_once() {
        // warm-throughput.html: a table serves up to its warm throughput instantly. A new
        // table pre-warmed to 40,000 reads: max(12,000, 40,000) = 40,000 >= 30,000, 0 minutes.
        let today = jiff::civil::date(2026, 12, 1);
        let r = warm(Traffic::Reads, "30000/s", "40000/s", today).unwrap();
        assert!(r.served_at_once);
        assert_eq!((r.at_once, r.minutes), (40_000.into(), Decimal::ZERO));
        // Warm 5,000 writes: 20,000 needs 10,000, 20,000: 2 doublings, 60 minutes.
        let w = warm(Traffic::Writes, "20000/s", "5000/s", today).unwrap();
        assert_eq!(
            (w.at_once, w.doublings, w.minutes),
            (5000.into(), 2, 60.into())
        );
        // A warm figure below a new table's 12,000 reads does not lower it.
        let low = warm(Traffic::Reads, "12000/s", "1000/s", today).unwrap();
        assert!(low.served_at_once);
    }

    #[test]
    fn warm_throughput_did_not_exist_before_2024_11_13() {
        let before = jiff::civil::date(2024, 11, 12);
        assert!(matches!(
            warm(Traffic::Reads, "30000/s", "40000/s", before),
            Err(Error::NotYetAvailable { .. })
        ));
        assert!(warm(
            Traffic::Reads,
            "30000/s",
            "40000/s",
            jiff::civil::date(2024, 11, 13)
        )
        .is_ok());
    }

    #[test]
    fn a_new_table_serves_4000_writes_and_12000_reads_at_once() {
        let w = ask(Traffic::Writes, "4000/s", None);
        assert!(w.served_at_once);
        assert_eq!(w.at_once, 4000.into());
        let r = ask(Traffic::Reads, "12000/s", None);
        assert!(r.served_at_once);
        assert_eq!(r.minutes, Decimal::ZERO);
    }

    #[test]
    fn the_doc_example_a_peak_of_50000_reads_goes_to_100000_at_once() {
        // AWS: a previous peak of 50,000 reads/s is accommodated up to 100,000 at once.
        let r = ask(Traffic::Reads, "100000/s", Some("50000/s"));
        assert!(r.served_at_once);
        // 100,001 is above double: one more doubling (200,000), 30 minutes.
        let r = ask(Traffic::Reads, "100001/s", Some("50000/s"));
        assert_eq!((r.doublings, r.minutes), (1, 30.into()));
    }

    #[test]
    fn traffic_above_doubles_in_steps_of_30_minutes() {
        // New table, 4,000 writes at once: 20,000 needs 8,000, 16,000, 32,000: 3 doublings, 90 min.
        let w = ask(Traffic::Writes, "20000/s", None);
        assert_eq!((w.doublings, w.minutes), (3, 90.into()));
        // 600/min, peak 2/s = 120/min: at once 240/min; 480, 960: 2 doublings, 60 min.
        let w = ask(Traffic::Writes, "600/min", Some("2/s"));
        assert_eq!((w.doublings, w.minutes), (2, 60.into()));
        assert_eq!(w.at_once, 240.into());
        // 720,000/min on a new table: 4,000 × 60 = 240,000/min at once; 480,000, 960,000.
        let w = ask(Traffic::Writes, "720000/min", None);
        assert_eq!((w.at_once, w.doublings), (240_000.into(), 2));
    }
}
