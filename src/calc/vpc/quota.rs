//! `awscalc cidr --vpcs N --tiers T --azs Z [--blocks B] [--eips E]`: whether a design of
//! N VPCs, each with T tiers of subnets in Z Availability Zones, fits the default VPC
//! quotas of one Region, and the default VPC's layout for Z zones.
//!
//! The quotas (amazon-vpc-limits, each a dated fact): VPCs per Region (5), subnets per VPC
//! (200), IPv4 CIDR blocks per VPC (5, the primary and each secondary), Elastic IP
//! addresses per Region (5). A design needs `N` VPCs, `T × Z` subnets in each VPC, `B`
//! IPv4 blocks in each (1 unless given) and `E` Elastic IPs in all (0 unless given; one
//! per public NAT gateway, for example). It fits when each need is at most its quota.

use rust_decimal::Decimal;
use serde::Serialize;

use ipnet::IpNet;

use super::address::Block;
use super::rules::Reservation;
use crate::error::Error;
use crate::facts::vpc as fact;
use crate::facts::{FactBook, FactId};

/// `awscalc cidr --vpcs N --tiers T --azs Z`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuotaRequest {
    /// VPCs in the Region.
    pub vpcs: u128,
    /// Tiers of subnets in each VPC (public, private, data: 3).
    pub tiers: u128,
    /// Availability Zones each tier spans.
    pub azs: u128,
    /// IPv4 CIDR blocks in each VPC (`--blocks`; 1 when not given).
    pub blocks: Option<u128>,
    /// Elastic IP addresses in the Region (`--eips`; none when not given).
    pub eips: Option<u128>,
}

/// Which default quota a line checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QuotaKind {
    /// VPCs per Region.
    VpcsPerRegion,
    /// Subnets per VPC: tiers × AZs.
    SubnetsPerVpc,
    /// IPv4 CIDR blocks per VPC.
    Ipv4BlocksPerVpc,
    /// Elastic IP addresses per Region.
    ElasticIpsPerRegion,
}

impl QuotaKind {
    /// The fact that holds the quota.
    #[must_use]
    pub fn fact(self) -> FactId {
        match self {
            QuotaKind::VpcsPerRegion => fact::VPCS_PER_REGION,
            QuotaKind::SubnetsPerVpc => fact::SUBNETS_PER_VPC,
            QuotaKind::Ipv4BlocksPerVpc => fact::IPV4_CIDR_BLOCKS_PER_VPC,
            QuotaKind::ElasticIpsPerRegion => fact::ELASTIC_IPS_PER_REGION,
        }
    }
}

/// One quota against the design's need.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QuotaLine {
    /// The quota.
    pub quota: QuotaKind,
    /// What the design needs (for subnets, `tiers × azs`).
    pub need: u128,
    /// The default quota on the date asked.
    pub limit: Decimal,
    /// `need ≤ limit`.
    pub fits: bool,
    /// How many more the quota must allow (0 when it fits).
    pub over: u128,
}

/// The default VPC's layout for the zones asked: its block and one default subnet per
/// zone, in order from the block's start.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DefaultLayout {
    /// 172.31.0.0/16.
    pub block: IpNet,
    /// One /20 per Availability Zone, up to the 16 the block holds.
    pub subnets: Vec<IpNet>,
    /// Usable addresses in each default subnet (after AWS's reservation).
    pub usable_each: u128,
}

/// The answer: each quota checked, whether all fit, and the default VPC's layout.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QuotaCheck {
    /// Subnets in each VPC: `tiers × azs`.
    pub subnets_per_vpc: u128,
    /// Each quota, in the order VPCs, subnets, IPv4 blocks, Elastic IPs (the last only when
    /// `--eips` is given).
    pub lines: Vec<QuotaLine>,
    /// Every line fits.
    pub fits: bool,
    /// The default VPC for the zones asked.
    pub default_vpc: DefaultLayout,
}

/// Checks a design against the default VPC quotas.
///
/// 6 VPCs of 3 tiers in 3 AZs: 6 VPCs > 5 per Region, so it does not fit; 3 × 3 = 9
/// subnets ≤ 200 per VPC; 1 IPv4 block ≤ 5:
///
/// ```
/// use awscalc::calc::vpc::{quota, QuotaKind, QuotaRequest};
/// use awscalc::facts::{FactBook, Registry};
///
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 11, 30));
/// let request = QuotaRequest { vpcs: 6, tiers: 3, azs: 3, blocks: None, eips: None };
/// let check = quota(&request, &mut book).unwrap();
/// assert!(!check.fits);
/// assert_eq!((check.lines[0].quota, check.lines[0].over), (QuotaKind::VpcsPerRegion, 1));
/// assert_eq!((check.lines[1].need, check.lines[1].fits), (9, true));
/// ```
///
/// # Errors
/// [`Error::Overflow`] when `tiers × azs` is beyond exact arithmetic; a fact missing on
/// the date asked.
pub fn quota(request: &QuotaRequest, book: &mut FactBook) -> Result<QuotaCheck, Error> {
    let subnets = request
        .tiers
        .checked_mul(request.azs)
        .ok_or(Error::Overflow)?;
    let mut needs = vec![
        (QuotaKind::VpcsPerRegion, request.vpcs),
        (QuotaKind::SubnetsPerVpc, subnets),
        (QuotaKind::Ipv4BlocksPerVpc, request.blocks.unwrap_or(1)),
    ];
    if let Some(eips) = request.eips {
        needs.push((QuotaKind::ElasticIpsPerRegion, eips));
    }
    let mut lines = Vec::with_capacity(needs.len());
    for (kind, need) in needs {
        let limit = book.value(kind.fact())?;
        // Quotas are whole and far below u128; a fractional one would round down.
        let whole = u128::try_from(limit.trunc()).map_err(|_| Error::Overflow)?;
        lines.push(QuotaLine {
            quota: kind,
            need,
            limit,
            fits: need <= whole,
            over: need.saturating_sub(whole),
        });
    }
    let fits = lines.iter().all(|l| l.fits);
    Ok(QuotaCheck {
        subnets_per_vpc: subnets,
        lines,
        fits,
        default_vpc: default_layout(request.azs, book)?,
    })
}

/// The default VPC (172.31.0.0/16) with one default subnet (/20) in each of `azs` zones,
/// from the block's start: 172.31.0.0/20, 172.31.16.0/20, … (16 at most).
///
/// # Errors
/// A fact missing on the date asked.
pub fn default_layout(azs: u128, book: &mut FactBook) -> Result<DefaultLayout, Error> {
    let vpc_prefix = book.value(fact::DEFAULT_VPC_PREFIX)?;
    let subnet_prefix = book.value(fact::DEFAULT_SUBNET_PREFIX)?;
    let (Ok(vpc_prefix), Ok(subnet_prefix)) =
        (u8::try_from(vpc_prefix), u8::try_from(subnet_prefix))
    else {
        return Err(Error::Overflow);
    };
    let address = fact::DEFAULT_VPC_BLOCK
        .cidr
        .parse::<IpNet>()
        .map_err(|_| Error::Overflow)?
        .network();
    let block = IpNet::new(address, vpc_prefix)
        .map_err(|_| Error::Overflow)?
        .trunc();
    let subnets: Vec<IpNet> = block
        .subnets(subnet_prefix)
        .map_err(|_| Error::Overflow)?
        .take(usize::try_from(azs).unwrap_or(usize::MAX))
        .collect();
    let reservation = Reservation::from_facts(book)?;
    let usable_each = subnets
        .first()
        .map_or(0, |s| reservation.usable(s.host_bits()));
    Ok(DefaultLayout {
        block,
        subnets,
        usable_each,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::testing::book;

    fn check(vpcs: u128, tiers: u128, azs: u128, eips: Option<u128>) -> QuotaCheck {
        quota(
            &QuotaRequest {
                vpcs,
                tiers,
                azs,
                blocks: None,
                eips,
            },
            &mut book(),
        )
        .unwrap()
    }

    /// 5 VPCs of 3 tiers in 3 AZs: 5 ≤ 5 VPCs, 9 ≤ 200 subnets, 1 ≤ 5 blocks: fits.
    #[test]
    fn five_vpcs_of_three_tiers_in_three_azs_fit() {
        let c = check(5, 3, 3, None);
        assert!(c.fits);
        assert_eq!(c.lines.len(), 3);
        assert_eq!(c.subnets_per_vpc, 9);
    }

    /// 4 tiers in 51 zones: 4 × 51 = 204 > 200 subnets per VPC, 4 over.
    #[test]
    fn too_many_subnets_in_one_vpc() {
        let c = check(1, 4, 51, None);
        assert!(!c.fits);
        assert_eq!(c.lines[1].need, 204);
        assert_eq!(c.lines[1].over, 4);
    }

    /// A NAT gateway per AZ in each of 2 VPCs in 3 AZs: 6 Elastic IPs > 5.
    #[test]
    fn elastic_ips_are_checked_when_given() {
        let c = check(2, 2, 3, Some(6));
        assert!(!c.fits);
        assert_eq!(c.lines[3].quota, QuotaKind::ElasticIpsPerRegion);
        assert_eq!((c.lines[3].need, c.lines[3].over), (6, 1));
    }

    /// The default VPC for 3 AZs: 172.31.0.0/16 with 172.31.0.0/20, 172.31.16.0/20 and
    /// 172.31.32.0/20 (each 2^12 = 4,096 addresses, 4,096 − 5 = 4,091 usable).
    #[test]
    fn the_default_vpc_has_a_20_per_zone() {
        let layout = default_layout(3, &mut book()).unwrap();
        assert_eq!(layout.block.to_string(), "172.31.0.0/16");
        let subnets: Vec<String> = layout.subnets.iter().map(ToString::to_string).collect();
        assert_eq!(
            subnets,
            ["172.31.0.0/20", "172.31.16.0/20", "172.31.32.0/20"]
        );
        assert_eq!(layout.usable_each, 4_091);
        // A /16 holds 2^(20 − 16) = 16 of them: more zones are cut at 16.
        assert_eq!(default_layout(40, &mut book()).unwrap().subnets.len(), 16);
    }

    mod props {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            /// The design fits exactly when each need is within its quota (5 VPCs, 200
            /// subnets, 5 blocks, 5 Elastic IPs), and `over` is the excess.
            #[test]
            fn prop_fits_iff_every_need_is_within_its_quota(
                vpcs in 1u128..12,
                tiers in 1u128..30,
                azs in 1u128..12,
                eips in proptest::option::of(0u128..12),
            ) {
                let c = check(vpcs, tiers, azs, eips);
                let expected = vpcs <= 5 && tiers * azs <= 200 && eips.is_none_or(|e| e <= 5);
                prop_assert_eq!(c.fits, expected);
                prop_assert_eq!(c.lines[0].over, vpcs.saturating_sub(5));
                prop_assert_eq!(c.lines[1].over, (tiers * azs).saturating_sub(200));
            }
        }
    }
}
