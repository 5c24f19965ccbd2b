//! `awscalc vpn`: Site-to-Site VPN tunnels and connections for a bandwidth.

use rust_decimal::Decimal;
use serde::Serialize;

use super::{Gateway, Problem};
use crate::error::Error;
use crate::facts::network as fact;
use crate::facts::FactBook;
use crate::steps::{Expr, Step, Unit};
use crate::units::{BitRate, BitUnit};

/// A VPN question: `awscalc vpn --throughput 5gbps [--large] [--gateway vgw]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VpnRequest {
    /// The bandwidth wanted (a bare number is Gbps).
    pub throughput: BitRate,
    /// Large tunnels (5 Gbps) instead of standard ones.
    pub large: bool,
    /// The gateway on the AWS side.
    pub gateway: Gateway,
}

/// The size of tunnel asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Tunnel {
    /// Up to 1.25 Gbps per tunnel, the default.
    Standard,
    /// Up to 5 Gbps per tunnel, on a transit gateway or Cloud WAN, since 2025-11-12.
    Large,
}

/// What a step of [`Vpn`] computes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum VpnStep {
    /// Tunnels: ceil(demand / tunnel bandwidth).
    Tunnels,
    /// Connections: ceil(tunnels / tunnels per connection).
    Connections,
    /// What the connections carry with ECMP across every tunnel.
    Aggregate,
}

/// The answer to a [`VpnRequest`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Vpn {
    /// The bandwidth wanted, in Gbps (10^9 bits per second).
    pub demand_gbps: Decimal,
    /// The tunnel size counted.
    pub tunnel: Tunnel,
    /// The gateway on the AWS side.
    pub gateway: Gateway,
    /// One tunnel's bandwidth, in Gbps.
    pub tunnel_gbps: Decimal,
    /// Tunnels in one connection.
    pub tunnels_per_connection: Decimal,
    /// Tunnels the bandwidth needs, all active with ECMP.
    pub tunnels: Decimal,
    /// Connections holding those tunnels.
    pub connections: Decimal,
    /// What the connections carry across every tunnel, in Gbps.
    pub aggregate_gbps: Decimal,
    /// More than one tunnel is needed: only ECMP on a transit gateway sums them.
    pub ecmp_needed: bool,
    /// The bandwidth can be carried through the gateway.
    pub reachable: bool,
    /// What the gateway carries at most, in Gbps, where it caps the answer (a virtual
    /// private gateway: one tunnel).
    pub cap_gbps: Option<Decimal>,
    /// The quota the connections count against: attachments per transit gateway, or VPN
    /// connections per virtual private gateway.
    pub connection_quota: Decimal,
    /// The connections are within that quota.
    pub within_quota: bool,
    /// Tunnels of the other size on the same date (standard for Large, Large for standard
    /// where Large tunnels exist and the gateway takes them).
    pub other_size_tunnels: Option<Decimal>,
    /// The derivation.
    pub steps: Vec<Step<VpnStep>>,
}

/// Tunnels and connections for `request.throughput`, with the tunnel bandwidth in force on
/// the book's date.
///
/// ```
/// use awscalc::calc::network::{vpn, Gateway, VpnRequest};
/// use awscalc::facts::{FactBook, Registry};
///
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 11, 30));
/// let request = VpnRequest { throughput: "5gbps".parse().unwrap(), large: false, gateway: Gateway::Transit };
/// // ceil(5 / 1.25) = 4 tunnels, ceil(4 / 2) = 2 connections.
/// let answer = vpn(&request, &mut book).unwrap();
/// assert_eq!((answer.tunnels, answer.connections), (4.into(), 2.into()));
///
/// // Large tunnels came on 2025-11-12: before, they are refused.
/// let mut before = FactBook::new(Registry::builtin(), jiff::civil::date(2025, 1, 1));
/// let large = VpnRequest { large: true, ..request };
/// assert!(vpn(&large, &mut before).is_err());
/// ```
///
/// # Errors
/// [`Problem::LargeOnVgw`] for Large tunnels on a virtual private gateway,
/// [`Problem::LargeNotYet`] for Large tunnels before they existed.
pub fn vpn(request: &VpnRequest, book: &mut FactBook) -> Result<Vpn, Error> {
    if request.large && request.gateway == Gateway::VirtualPrivate {
        return Err(Problem::LargeOnVgw.into());
    }
    let demand_gbps = request
        .throughput
        .bits_per_second(BitUnit::Gbps)?
        .checked_div(BitUnit::Gbps.bits_per_second())
        .ok_or(Error::Overflow)?
        .normalize();
    let standard = book.value(fact::VPN_TUNNEL_STANDARD_GBPS)?;
    let large = if request.large {
        Some(book.value(fact::VPN_TUNNEL_LARGE_GBPS).map_err(|_| {
            let since = book
                .fact(fact::VPN_TUNNEL_LARGE_GBPS)
                .ok()
                .and_then(|f| f.history.iter().find(|e| e.value.is_some()))
                .and_then(|e| e.since);
            Error::from(Problem::LargeNotYet {
                as_of: book.as_of(),
                since,
            })
        })?)
    } else {
        None
    };
    let (tunnel, tunnel_gbps) = match large {
        Some(gbps) => (Tunnel::Large, gbps),
        None => (Tunnel::Standard, standard),
    };
    let per_connection = book.value(fact::VPN_TUNNELS_PER_CONNECTION)?;
    let quota_fact = match request.gateway {
        Gateway::Transit => fact::TGW_ATTACHMENTS_PER_GATEWAY,
        Gateway::VirtualPrivate => fact::VPN_CONNECTIONS_PER_VGW,
    };
    let connection_quota = book.value(quota_fact)?;

    let demand = Expr::quantity("demand_gbps", demand_gbps, Unit::Gbps);
    let tunnels_expr = demand
        .over(Expr::quantity("tunnel_gbps", tunnel_gbps, Unit::Gbps))
        .ceil();
    let tunnels_step = Step::new(VpnStep::Tunnels, tunnels_expr)?;
    let tunnels = tunnels_step.value;
    let connections_step = Step::new(
        VpnStep::Connections,
        Expr::earlier("tunnels", &tunnels_step)
            .over(Expr::quantity(
                "tunnels_per_connection",
                per_connection,
                Unit::Count,
            ))
            .ceil(),
    )?;
    let connections = connections_step.value;
    let aggregate_step = Step::new(
        VpnStep::Aggregate,
        Expr::earlier("connections", &connections_step)
            .times(Expr::quantity(
                "tunnels_per_connection",
                per_connection,
                Unit::Count,
            ))
            .times(Expr::quantity("tunnel_gbps", tunnel_gbps, Unit::Gbps))
            .labelled(Unit::Gbps),
    )?;
    let aggregate_gbps = aggregate_step.value;
    let (reachable, cap_gbps) = match request.gateway {
        Gateway::Transit => (true, None),
        Gateway::VirtualPrivate => (demand_gbps <= tunnel_gbps, Some(tunnel_gbps)),
    };
    let other_size_tunnels = match (large, request.gateway) {
        (Some(_), _) => Some(crate::units::ceil_div(demand_gbps, standard)?),
        (None, Gateway::Transit) => match book.peek(fact::VPN_TUNNEL_LARGE_GBPS) {
            Some(large) => Some(crate::units::ceil_div(demand_gbps, large)?),
            None => None,
        },
        (None, Gateway::VirtualPrivate) => None,
    };
    Ok(Vpn {
        demand_gbps,
        tunnel,
        gateway: request.gateway,
        tunnel_gbps,
        tunnels_per_connection: per_connection,
        tunnels,
        connections,
        aggregate_gbps,
        ecmp_needed: tunnels > Decimal::ONE,
        reachable,
        cap_gbps,
        within_quota: connections <= connection_quota,
        connection_quota,
        other_size_tunnels,
        steps: vec![tunnels_step, connections_step, aggregate_step],
    })
}
