//! `awscalc connect`: a full mesh of VPC peering connections against a Transit Gateway.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::calc::vpc::{overlaps, IpNet};
use crate::error::Error;
use crate::facts::network as fact;
use crate::facts::FactBook;
use crate::steps::{Expr, Step, Unit};

/// A question about connecting VPCs: `awscalc connect --vpcs 5`, or
/// `awscalc connect --cidr 10.0.0.0/16 10.1.0.0/16 …`, one block per VPC.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConnectRequest {
    /// VPCs to connect, each to every other (at least 2); with `cidrs`, their number.
    pub vpcs: u32,
    /// Each VPC's CIDR block, where given: overlapping blocks cannot be peered.
    pub cidrs: Vec<IpNet>,
}

/// Overlapping pairs listed at most; all are counted.
pub const OVERLAPS_LISTED: usize = 10;

/// What a step of [`Connect`] computes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ConnectStep {
    /// Peering connections of a full mesh: n × (n − 1) / 2.
    Peerings,
    /// Peering connections each VPC takes part in: n − 1.
    PeeringsPerVpc,
    /// Transit Gateway attachments: one per VPC.
    Attachments,
}

/// The answer to a [`ConnectRequest`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Connect {
    /// VPCs connected.
    pub vpcs: Decimal,
    /// Peering connections of the full mesh.
    pub peering_connections: Decimal,
    /// Active peering connections each VPC has in the mesh.
    pub peerings_per_vpc: Decimal,
    /// The default quota of active peering connections per VPC.
    pub peering_quota: Decimal,
    /// The most that quota can be raised to.
    pub peering_quota_max: Decimal,
    /// The mesh fits the default quota.
    pub within_default_quota: bool,
    /// The mesh fits the quota raised to its maximum.
    pub within_max_quota: bool,
    /// The most VPCs a full mesh can have at the default quota: quota + 1.
    pub largest_mesh_default: Decimal,
    /// Transit Gateway attachments: one per VPC.
    pub tgw_attachments: Decimal,
    /// Attachments per transit gateway.
    pub tgw_attachment_quota: Decimal,
    /// The attachments fit one transit gateway.
    pub within_tgw_quota: bool,
    /// Bandwidth of one VPC attachment per Availability Zone, in Gbps.
    pub attachment_gbps_per_az: Decimal,
    /// With `--cidr`: the pairs of VPCs whose blocks overlap (outer, inner), the first
    /// [`OVERLAPS_LISTED`] in address order. Peering between them is refused.
    pub overlapping: Vec<(IpNet, IpNet)>,
    /// With `--cidr`: how many pairs overlap, listed or not.
    pub overlapping_pairs: Decimal,
    /// The derivation.
    pub steps: Vec<Step<ConnectStep>>,
}

/// Peering connections for a full mesh of `request.vpcs` VPCs, against the per-VPC peering
/// quota and against Transit Gateway attachments, with the values in force on the book's date.
///
/// ```
/// use awscalc::calc::network::{connect, ConnectRequest};
/// use awscalc::facts::{FactBook, Registry};
///
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 11, 30));
/// // 5 × 4 / 2 = 10 peering connections, or 5 attachments (study notes 001:470, 003:360).
/// let answer = connect(&ConnectRequest { vpcs: 5, cidrs: vec![] }, &mut book).unwrap();
/// assert_eq!(answer.peering_connections, 10.into());
/// assert_eq!(answer.tgw_attachments, 5.into());
///
/// // 10.0.0.0/16 holds 10.0.128.0/17: those two VPCs cannot be peered.
/// let cidrs = ["10.0.0.0/16", "10.1.0.0/16", "10.0.128.0/17"].map(|b| b.parse().unwrap());
/// let answer = connect(&ConnectRequest { vpcs: 3, cidrs: cidrs.to_vec() }, &mut book).unwrap();
/// assert_eq!(answer.overlapping_pairs, 1.into());
///
/// // One VPC is no mesh.
/// assert!(connect(&ConnectRequest { vpcs: 1, cidrs: vec![] }, &mut book).is_err());
/// ```
///
/// # Errors
/// [`super::Problem::TooFewVpcs`] for fewer than two VPCs (the command line refuses them
/// first).
pub fn connect(request: &ConnectRequest, book: &mut FactBook) -> Result<Connect, Error> {
    let vpcs = if request.cidrs.is_empty() {
        request.vpcs
    } else {
        u32::try_from(request.cidrs.len()).map_err(|_| Error::Overflow)?
    };
    if vpcs < 2 {
        return Err(super::Problem::TooFewVpcs { vpcs }.into());
    }
    let found = overlaps(&request.cidrs, OVERLAPS_LISTED);
    let overlapping = found
        .listed
        .iter()
        .map(|&(outer, inner)| (request.cidrs[outer], request.cidrs[inner]))
        .collect();
    let count = i128::try_from(found.count).map_err(|_| Error::Overflow)?;
    let overlapping_pairs =
        Decimal::try_from_i128_with_scale(count, 0).map_err(|_| Error::Overflow)?;
    let n = Decimal::from(vpcs);
    let vpcs = || Expr::quantity("vpcs", n, Unit::Count);
    let peerings = Step::new(
        ConnectStep::Peerings,
        vpcs()
            .times(vpcs().minus(Expr::number(Decimal::ONE)))
            .over(Expr::number(Decimal::TWO)),
    )?;
    let per_vpc = Step::new(
        ConnectStep::PeeringsPerVpc,
        vpcs().minus(Expr::number(Decimal::ONE)),
    )?;
    let attachments = Step::new(ConnectStep::Attachments, vpcs())?;
    let peering_quota = book.value(fact::PEERING_ACTIVE_PER_VPC)?;
    let peering_quota_max = book.value(fact::PEERING_ACTIVE_PER_VPC_MAX)?;
    let tgw_attachment_quota = book.value(fact::TGW_ATTACHMENTS_PER_GATEWAY)?;
    let attachment_gbps_per_az = book.value(fact::TGW_VPC_ATTACHMENT_GBPS_PER_AZ)?;
    Ok(Connect {
        vpcs: n,
        peering_connections: peerings.value,
        peerings_per_vpc: per_vpc.value,
        within_default_quota: per_vpc.value <= peering_quota,
        within_max_quota: per_vpc.value <= peering_quota_max,
        largest_mesh_default: peering_quota + Decimal::ONE,
        peering_quota,
        peering_quota_max,
        tgw_attachments: attachments.value,
        within_tgw_quota: attachments.value <= tgw_attachment_quota,
        tgw_attachment_quota,
        attachment_gbps_per_az,
        overlapping,
        overlapping_pairs,
        steps: vec![peerings, per_vpc, attachments],
    })
}
