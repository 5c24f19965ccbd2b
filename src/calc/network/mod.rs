//! Networking: Site-to-Site VPN tunnels and connections for a bandwidth ([`vpn`]), and
//! connecting VPCs by peering or a Transit Gateway ([`connect`]).
//!
//! The rules, from the AWS pages each fact cites (`facts::network`):
//!
//! ```text
//! tunnels     = ceil(bandwidth / tunnel bandwidth)        (1.25 Gbps standard, 5 Gbps Large)
//! connections = ceil(tunnels / 2)                         (two tunnels per connection)
//! peerings    = n × (n − 1) / 2                           (a full mesh of n VPCs)
//! ```
//!
//! More than one tunnel's bandwidth needs equal-cost multi-path routing (ECMP) over BGP on a
//! transit gateway; a virtual private gateway sends over one tunnel at a time, so one tunnel's
//! bandwidth is all it carries. The calculators return typed results ([`Vpn`], [`Connect`])
//! and typed refusals ([`Problem`]); [`crate::explain::network`] words them.

use serde::Serialize;

use crate::error::Error;

mod connect;
mod direct;
mod nat;
#[cfg(test)]
mod tests;
mod vpn;

pub use connect::{connect, Connect, ConnectRequest, ConnectStep, OVERLAPS_LISTED};
pub use direct::{direct_connect, DirectConnect, DirectConnectRequest, DirectStep, PortOption};
pub use nat::{nat, Nat, NatPrices, NatProblem, NatRequest, NatStep};
pub use vpn::{vpn, Tunnel, Vpn, VpnRequest, VpnStep};

/// Why a networking question has no answer. The words are [`crate::explain::network`]'s.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// Large tunnels asked of a date before AWS offered them.
    LargeNotYet {
        /// The question's date.
        as_of: jiff::civil::Date,
        /// The day Large tunnels came, where the registry knows it.
        since: Option<jiff::civil::Date>,
    },
    /// Large tunnels on a virtual private gateway, which offers only standard tunnels.
    LargeOnVgw,
    /// Fewer than two VPCs: no connection to count.
    TooFewVpcs {
        /// The VPCs given.
        vpcs: u32,
    },
    /// A NAT gateway question with no answer.
    Nat(NatProblem),
    /// A Direct Connect port speed not offered on the date.
    PortNotOffered {
        /// The speed as typed.
        given: String,
        /// The speed asked, in Gbps.
        port_gbps: rust_decimal::Decimal,
        /// The dedicated speeds offered on the date, in Gbps.
        offered: Vec<rust_decimal::Decimal>,
        /// The question's date.
        as_of: jiff::civil::Date,
    },
}

impl Problem {
    /// `conflict` for a feature not available on the date or the gateway, `invalid` for
    /// a count that asks nothing.
    #[must_use]
    pub fn kind(&self) -> &'static str {
        match self {
            Problem::LargeNotYet { .. } | Problem::LargeOnVgw => "conflict",
            Problem::PortNotOffered { .. }
            | Problem::TooFewVpcs { .. }
            | Problem::Nat(NatProblem::NothingAsked) => "invalid",
            Problem::Nat(NatProblem::TooManyAddresses { .. }) => "aws_limit",
        }
    }
}

impl From<Problem> for Error {
    fn from(problem: Problem) -> Error {
        Error::Network(problem)
    }
}

/// Which kind of gateway ends the VPN on the AWS side: `--gateway tgw|vgw`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Gateway {
    /// A transit gateway (ECMP across tunnels with BGP).
    Transit,
    /// A virtual private gateway (one tunnel at a time).
    VirtualPrivate,
}
