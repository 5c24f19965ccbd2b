//! `awscalc nat`: NAT gateways for a bandwidth, a packet rate, connections to one
//! destination, and one per Availability Zone.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::error::Error;
use crate::facts::network as fact;
use crate::facts::FactBook;
use crate::steps::{Expr, Step, Unit};
use crate::units::{BitRate, BitUnit, Rate};

/// A NAT gateway question: `awscalc nat --throughput 150gbps --azs 3`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct NatRequest {
    /// Bandwidth through the gateways (a bare number is Gbps).
    pub throughput: Option<BitRate>,
    /// Packets per second (or /min, /h).
    pub rate: Option<Rate>,
    /// Simultaneous connections to one destination (IP, port and protocol).
    pub connections: Option<u64>,
    /// IPv4 addresses on each gateway (default 1).
    pub addresses: Option<u32>,
    /// Availability Zones, one gateway each for resilience (default 1).
    pub azs: Option<u32>,
    /// Prices the user passed, for the cost of the gateways (no built-in prices).
    pub prices: Option<NatPrices>,
}

/// The user's NAT gateway prices and usage: `nat ... --price-hour P [--hours N]
/// [--price-per-gb Q --data-gb N]`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NatPrices {
    /// Price of one gateway for one hour.
    pub per_hour: Decimal,
    /// Hours each gateway runs (the CLI's default: a 30-day month, 720).
    pub hours: Decimal,
    /// Price per GB processed, with the GB processed in all, where given.
    pub per_gb: Option<(Decimal, Decimal)>,
}

/// What a step of [`Nat`] computes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NatStep {
    /// Gateways for the bandwidth.
    Bandwidth,
    /// Gateways for the packet rate.
    Packets,
    /// Cost of the gateways by the hour: gateways × hours × price.
    HourlyCost,
    /// Cost of the data processed: GB × price.
    ProcessingCost,
    /// Cost in all.
    Cost,
    /// Connections one gateway holds to one destination.
    ConnectionsPerGateway,
    /// Gateways for the connections.
    Connections,
    /// Gateways: the largest need, and one per Availability Zone.
    Gateways,
}

/// The answer to a [`NatRequest`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Nat {
    /// NAT gateways needed.
    pub gateways: Decimal,
    /// Gateways for the bandwidth, where given.
    pub for_bandwidth: Option<Decimal>,
    /// Gateways for the packet rate, where given.
    pub for_packets: Option<Decimal>,
    /// Gateways for the connections to one destination, where given.
    pub for_connections: Option<Decimal>,
    /// Availability Zones, one gateway each.
    pub azs: Decimal,
    /// IPv4 addresses on each gateway.
    pub addresses: Decimal,
    /// Addresses one gateway would need to hold the connections alone, where given.
    pub addresses_for_one_gateway: Option<Decimal>,
    /// The most addresses a gateway can have, where addresses or connections were given.
    pub addresses_max: Option<Decimal>,
    /// One gateway's bandwidth, in Gbps, where a bandwidth was given.
    pub gateway_gbps: Option<Decimal>,
    /// One gateway's packets per second, where a packet rate was given.
    pub gateway_pps: Option<Decimal>,
    /// Connections per address to one destination.
    pub connections_per_address: Decimal,
    /// The cost at the user's prices, where given.
    pub cost: Option<Decimal>,
    /// The derivation.
    pub steps: Vec<Step<NatStep>>,
}

/// Why a NAT question has no answer. Worded in [`crate::explain::network`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NatProblem {
    /// No demand given: nothing to size.
    NothingAsked,
    /// More addresses per gateway than a gateway takes on the date.
    TooManyAddresses {
        /// Addresses given.
        given: u32,
        /// The most a gateway takes.
        max: Decimal,
        /// The question's date.
        as_of: jiff::civil::Date,
    },
}

/// NAT gateways for the demand in `request`, with the limits in force on the book's date.
///
/// ```
/// use awscalc::calc::network::{nat, NatRequest};
/// use awscalc::facts::{FactBook, Registry};
///
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 11, 30));
/// // ceil(150 / 100) = 2 gateways for the bandwidth, but one per AZ: 3.
/// let request = NatRequest { throughput: Some("150gbps".parse().unwrap()), azs: Some(3), ..Default::default() };
/// assert_eq!(nat(&request, &mut book).unwrap().gateways, 3.into());
/// // Nothing asked: refused.
/// assert!(nat(&NatRequest::default(), &mut book).is_err());
/// ```
///
/// # Errors
/// [`NatProblem::NothingAsked`] without a demand; [`NatProblem::TooManyAddresses`] above the
/// addresses a gateway takes.
pub fn nat(request: &NatRequest, book: &mut FactBook) -> Result<Nat, Error> {
    if request.throughput.is_none() && request.rate.is_none() && request.connections.is_none() {
        return Err(super::Problem::Nat(NatProblem::NothingAsked).into());
    }
    let mut steps = Vec::new();
    let mut needs = Vec::new();
    let (for_bandwidth, gateway_gbps) = match &request.throughput {
        Some(throughput) => {
            let (step, per_gateway) = bandwidth_step(throughput, book)?;
            needs.push(Expr::earlier("for_bandwidth", &step));
            let value = step.value;
            steps.push(step);
            (Some(value), Some(per_gateway))
        }
        None => (None, None),
    };
    let (for_packets, gateway_pps) = match &request.rate {
        Some(rate) => {
            let (step, per_gateway) = packets_step(rate, book)?;
            needs.push(Expr::earlier("for_packets", &step));
            let value = step.value;
            steps.push(step);
            (Some(value), Some(per_gateway))
        }
        None => (None, None),
    };
    let addresses = Decimal::from(request.addresses.unwrap_or(1));
    let addresses_max = if request.addresses.is_some() || request.connections.is_some() {
        Some(book.value(fact::NAT_ADDRESSES_MAX)?)
    } else {
        None
    };
    if let (Some(given), Some(max)) = (request.addresses, addresses_max) {
        if addresses > max {
            return Err(super::Problem::Nat(NatProblem::TooManyAddresses {
                given,
                max,
                as_of: book.as_of(),
            })
            .into());
        }
    }
    let mut connections_per_address = Decimal::ZERO;
    let mut addresses_for_one_gateway = None;
    let for_connections = match request.connections {
        Some(connections) => {
            connections_per_address = book.value(fact::NAT_CONNECTIONS_PER_ADDRESS)?;
            let per_gateway = Step::new(
                NatStep::ConnectionsPerGateway,
                Expr::quantity(
                    "connections_per_address",
                    connections_per_address,
                    Unit::Count,
                )
                .times(Expr::quantity("addresses", addresses, Unit::Count)),
            )?;
            let demand = Decimal::from(connections);
            addresses_for_one_gateway =
                Some(crate::units::ceil_div(demand, connections_per_address)?);
            let step = Step::new(
                NatStep::Connections,
                Expr::quantity("connections", demand, Unit::Count)
                    .over(Expr::earlier("per_gateway", &per_gateway))
                    .ceil(),
            )?;
            needs.push(Expr::earlier("for_connections", &step));
            let value = step.value;
            steps.push(per_gateway);
            steps.push(step);
            Some(value)
        }
        None => None,
    };
    let azs = Decimal::from(request.azs.unwrap_or(1));
    needs.push(Expr::quantity("azs", azs, Unit::Count));
    let gateways = Step::new(NatStep::Gateways, Expr::max(needs))?;
    let total = gateways.value;
    let cost = cost_steps(gateways, request.prices.as_ref(), &mut steps)?;
    Ok(Nat {
        cost,
        gateways: total,
        for_bandwidth,
        for_packets,
        for_connections,
        azs,
        addresses,
        addresses_for_one_gateway,
        addresses_max,
        gateway_gbps,
        gateway_pps,
        connections_per_address,
        steps,
    })
}

/// Pushes the gateways step and, with the user's prices, the cost steps after it: gateways ×
/// hours × price by the hour, GB × price processed, and their sum. The cost, where priced.
fn cost_steps(
    gateways: Step<NatStep>,
    prices: Option<&NatPrices>,
    steps: &mut Vec<Step<NatStep>>,
) -> Result<Option<Decimal>, Error> {
    let Some(prices) = prices else {
        steps.push(gateways);
        return Ok(None);
    };
    let hourly = Step::new(
        NatStep::HourlyCost,
        Expr::earlier("gateways", &gateways)
            .times(Expr::quantity("hours", prices.hours, Unit::Count))
            .times(Expr::quantity("price_hour", prices.per_hour, Unit::Count)),
    )?;
    steps.push(gateways);
    let Some((price, gb)) = prices.per_gb else {
        let value = hourly.value;
        steps.push(hourly);
        return Ok(Some(value));
    };
    let processing = Step::new(
        NatStep::ProcessingCost,
        Expr::quantity("data_gb", gb, Unit::Count).times(Expr::quantity(
            "price_per_gb",
            price,
            Unit::Count,
        )),
    )?;
    let sum = Step::new(
        NatStep::Cost,
        Expr::sum(vec![
            Expr::earlier("hourly", &hourly),
            Expr::earlier("processing", &processing),
        ]),
    )?;
    let value = sum.value;
    steps.extend([hourly, processing, sum]);
    Ok(Some(value))
}

/// Gateways for a bandwidth, and one gateway's bandwidth in Gbps.
fn bandwidth_step(
    throughput: &BitRate,
    book: &mut FactBook,
) -> Result<(Step<NatStep>, Decimal), Error> {
    let per_gateway = book.value(fact::NAT_GBPS_MAX)?;
    let gbps = throughput
        .bits_per_second(BitUnit::Gbps)?
        .checked_div(BitUnit::Gbps.bits_per_second())
        .ok_or(Error::Overflow)?
        .normalize();
    let step = Step::new(
        NatStep::Bandwidth,
        Expr::quantity("demand_gbps", gbps, Unit::Gbps)
            .over(Expr::quantity("gateway_gbps", per_gateway, Unit::Gbps))
            .ceil(),
    )?;
    Ok((step, per_gateway))
}

/// Gateways for a packet rate, and one gateway's packets per second.
fn packets_step(rate: &Rate, book: &mut FactBook) -> Result<(Step<NatStep>, Decimal), Error> {
    let per_gateway = book.value(fact::NAT_PPS_MAX)?;
    let capacity = Expr::quantity("gateway_pps", per_gateway, Unit::PerSecond);
    let capacity = if rate.per_seconds() == 1 {
        capacity
    } else {
        capacity.times(Expr::quantity(
            "span",
            Decimal::from(rate.per_seconds()),
            Unit::Seconds,
        ))
    };
    let step = Step::new(
        NatStep::Packets,
        Expr::quantity("packets", rate.count(), Unit::Count)
            .over(capacity)
            .ceil(),
    )?;
    Ok((step, per_gateway))
}
