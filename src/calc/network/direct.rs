//! `awscalc connect --direct-connect`: dedicated Direct Connect ports and link aggregation
//! groups (LAGs) for a bandwidth.

use rust_decimal::Decimal;
use serde::Serialize;

use super::Problem;
use crate::error::Error;
use crate::facts::network as fact;
use crate::facts::FactBook;
use crate::steps::{Expr, Step, Unit};
use crate::units::{BitRate, BitUnit};

/// A Direct Connect question: `awscalc connect --direct-connect --throughput 25gbps
/// [--port 10gbps]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DirectConnectRequest {
    /// The bandwidth wanted (a bare number is Gbps).
    pub throughput: BitRate,
    /// The dedicated port speed to use; without it, the slowest speed whose ports fit in
    /// one LAG.
    pub port: Option<BitRate>,
}

/// What a step of [`DirectConnect`] computes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DirectStep {
    /// Ports of one speed: ceil(demand / port speed).
    Ports,
    /// LAGs holding the chosen ports: ceil(ports / most connections in a LAG).
    Lags,
}

/// One dedicated port speed weighed against the demand.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PortOption {
    /// The port speed, in Gbps.
    pub port_gbps: Decimal,
    /// Ports of that speed the demand needs.
    pub ports: Decimal,
    /// The most connections of that speed one LAG holds.
    pub lag_max: Decimal,
    /// LAGs holding those ports (all connections in a LAG have the same speed).
    pub lags: Decimal,
    /// The ports fit in one LAG.
    pub one_lag: bool,
}

/// The answer to a [`DirectConnectRequest`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DirectConnect {
    /// The bandwidth wanted, in Gbps.
    pub demand_gbps: Decimal,
    /// Every dedicated port speed offered on the date, slowest first.
    pub options: Vec<PortOption>,
    /// The option chosen: the port asked for, or the slowest speed whose ports fit in one
    /// LAG (the fastest when none does).
    pub choice: PortOption,
    /// A hosted connection (from a partner) can carry the demand: at most the fastest one.
    pub hosted_fits: bool,
    /// The fastest hosted connection, in Gbps.
    pub hosted_max_gbps: Decimal,
    /// The slowest hosted connection, in Mbps.
    pub hosted_min_mbps: Decimal,
    /// The derivation: ports at each speed, then LAGs of the chosen one.
    pub steps: Vec<Step<DirectStep>>,
}

/// Dedicated ports and LAGs for `request.throughput`, with the port speeds and LAG sizes in
/// force on the book's date.
///
/// ```
/// use awscalc::calc::network::{direct_connect, DirectConnectRequest};
/// use awscalc::facts::{FactBook, Registry};
///
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 12, 1));
/// // 40 Gbps: ceil(40 / 10) = 4 ports of 10 Gbps, one LAG (at most 4 below 100 Gbps).
/// let request = DirectConnectRequest { throughput: "40gbps".parse().unwrap(), port: None };
/// let answer = direct_connect(&request, &mut book).unwrap();
/// assert_eq!((answer.choice.port_gbps, answer.choice.ports), (10.into(), 4.into()));
/// ```
///
/// # Errors
/// [`Problem::PortNotOffered`] for a `port` speed not offered on the date.
pub fn direct_connect(
    request: &DirectConnectRequest,
    book: &mut FactBook,
) -> Result<DirectConnect, Error> {
    let demand_gbps = gbps(&request.throughput)?;
    let below_100 = book.value(fact::DX_LAG_MAX_BELOW_100)?;
    let from_100 = book.value(fact::DX_LAG_MAX_100_UP)?;
    let hundred = Decimal::ONE_HUNDRED;
    let mut options = Vec::new();
    let mut steps = Vec::new();
    for id in fact::DX_DEDICATED_SPEEDS {
        let port_gbps = match book.value(id) {
            Ok(v) => v,
            Err(Error::NotYetAvailable { .. }) => continue,
            Err(e) => return Err(e),
        };
        let step = Step::new(
            DirectStep::Ports,
            Expr::quantity("demand_gbps", demand_gbps, Unit::Gbps)
                .over(Expr::quantity("port_gbps", port_gbps, Unit::Gbps))
                .ceil(),
        )?;
        let lag_max = if port_gbps < hundred {
            below_100
        } else {
            from_100
        };
        let lags = crate::units::ceil_div(step.value, lag_max)?;
        options.push(PortOption {
            port_gbps,
            ports: step.value,
            lag_max,
            lags,
            one_lag: step.value <= lag_max,
        });
        steps.push(step);
    }
    let choice = match &request.port {
        Some(port) => {
            let want = gbps(port)?;
            options
                .iter()
                .find(|o| o.port_gbps == want)
                .cloned()
                .ok_or_else(|| Problem::PortNotOffered {
                    given: port.text().to_string(),
                    port_gbps: want,
                    offered: options.iter().map(|o| o.port_gbps).collect(),
                    as_of: book.as_of(),
                })?
        }
        None => options
            .iter()
            .find(|o| o.one_lag)
            .or(options.last())
            .cloned()
            .ok_or(Error::Overflow)?,
    };
    let at = options
        .iter()
        .position(|o| o.port_gbps == choice.port_gbps)
        .unwrap_or(0);
    steps.push(Step::new(
        DirectStep::Lags,
        Expr::earlier("ports", &steps[at])
            .over(Expr::quantity("lag_max", choice.lag_max, Unit::Count))
            .ceil(),
    )?);
    let hosted_max_gbps = book.value(fact::DX_HOSTED_MAX_GBPS)?;
    let hosted_min_mbps = book.value(fact::DX_HOSTED_MIN_MBPS)?;
    Ok(DirectConnect {
        demand_gbps,
        hosted_fits: demand_gbps <= hosted_max_gbps,
        hosted_max_gbps,
        hosted_min_mbps,
        options,
        choice,
        steps,
    })
}

/// A bandwidth in Gbps.
fn gbps(rate: &BitRate) -> Result<Decimal, Error> {
    Ok(rate
        .bits_per_second(BitUnit::Gbps)?
        .checked_div(BitUnit::Gbps.bits_per_second())
        .ok_or(Error::Overflow)?
        .normalize())
}
