//! `awscalc cidr --hosts N [PARENT]`: the smallest AWS subnet that holds N hosts, and how
//! many of them fit in a parent block, as a typed [`SubnetFor`].

use ipnet::IpNet;
use serde::Serialize;

use super::address::{pow2_minus, Block, Family};
use super::arith::{Arith, Count, Step};
use super::block::{resolve, Reading, Resolved};
use super::parse::CidrInput;
use super::problem::Problem;
use super::rules::{size_rule, Reservation, SizeRule, Use};
use crate::error::Error;
use crate::facts::FactBook;

/// `awscalc cidr --hosts N [PARENT]`: the smallest AWS subnet holding N hosts, and how
/// many of them fit in the parent block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HostsRequest {
    /// The count as typed.
    pub hosts_text: String,
    /// The count.
    pub hosts: u128,
    /// The block to fit them in; IPv4 sizes when absent.
    pub parent: Option<CidrInput>,
    /// Refuse a parent with host bits set.
    pub strict: bool,
}

/// The smallest prefix in `rule` whose usable count, after `reserved`, holds `hosts`.
pub(super) fn smallest_holding(
    rule: SizeRule,
    bits: u32,
    reserved: u128,
    hosts: u128,
) -> Option<u32> {
    rule.smallest_first()
        .find(|p| pow2_minus(bits - p, reserved).is_some_and(|u| u >= hosts))
}

/// What a step of [`SubnetFor`] computes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum HostsStep {
    /// Whether a subnet of this prefix holds the hosts.
    Try {
        /// The prefix tried.
        prefix: u32,
    },
    /// How many subnets of the chosen prefix fit in the parent.
    Fits {
        /// The chosen prefix.
        prefix: u32,
        /// The parent block.
        parent: IpNet,
    },
}

/// The smallest AWS subnet for a number of hosts: `awscalc cidr --hosts N [PARENT]`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SubnetFor {
    /// The parent block, where one was given.
    pub parent: Option<Resolved>,
    /// The family whose sizes apply (IPv4 without a parent).
    pub family: Family,
    /// Hosts to hold.
    pub hosts: u128,
    /// The subnet sizes AWS allows.
    pub rule: SizeRule,
    /// What AWS reserves in every subnet.
    pub reservation: Reservation,
    /// The chosen prefix.
    pub prefix: u32,
    /// Its addresses.
    pub total: Count,
    /// Its usable addresses.
    pub usable: u128,
    /// Usable addresses beyond the hosts.
    pub spare: u128,
    /// How many subnets of `prefix` fit in the parent, where one was given (0 when the
    /// subnet is larger than the parent).
    pub fits: Option<Count>,
    /// The derivation: each prefix tried, then the fit in the parent.
    pub steps: Vec<Step<HostsStep>>,
}

/// `awscalc cidr --hosts N [PARENT]`.
///
/// 500 hosts: a /24 has 2^8 − 5 = 251 usable, a /23 2^9 − 5 = 507, so a /23, and a /16
/// holds 2^(23 − 16) = 128 of them. No IPv4 subnet holds 65,532 (a /16 has 65,531):
///
/// ```
/// use awscalc::calc::vpc::{hosts, Count, HostsRequest};
/// use awscalc::facts::{FactBook, Registry};
///
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 11, 30));
/// let mut request = HostsRequest {
///     hosts_text: "500".into(),
///     hosts: 500,
///     parent: Some("10.0.0.0/16".parse().unwrap()),
///     strict: false,
/// };
/// let a = hosts(&request, &mut book).unwrap();
/// assert_eq!((a.prefix, a.usable, a.fits), (23, 507, Some(Count::Exact(128))));
///
/// request.hosts = 65_532;
/// request.parent = None;
/// assert_eq!(hosts(&request, &mut book).unwrap_err().kind(), "aws_limit");
/// ```
///
/// # Errors
/// [`Problem::NoSubnetHolds`] when no AWS subnet size holds N; [`Problem::BadCidr`](super::Problem::BadCidr) for
/// a parent with host bits set under `strict`.
pub fn hosts(request: &HostsRequest, book: &mut FactBook) -> Result<SubnetFor, Error> {
    let parent = request
        .parent
        .as_ref()
        .map(|input| resolve(input, request.strict))
        .transpose()?;
    let family = parent.map_or(Family::V4, |p| p.block.family());
    let bits = family.bits();
    let hosts = request.hosts;
    let reservation = Reservation::from_facts(book)?;
    let rule = size_rule(family, Use::Subnet, book)?;
    let mut steps = Vec::new();
    let mut chosen = None;
    for p in rule.smallest_first() {
        let step = Step::new(
            HostsStep::Try { prefix: p },
            Arith::Holds {
                exp: bits - p,
                reserved: reservation.total,
                hosts,
            },
        );
        let holds = step.formula.holds() == Some(true);
        steps.push(step);
        if holds {
            chosen = Some(p);
            break;
        }
    }
    let Some(prefix) = chosen else {
        let h = bits - rule.min;
        return Err(Problem::NoSubnetHolds {
            family,
            hosts: request.hosts_text.trim().to_string(),
            largest: rule.min,
            host_bits: h,
            reserved: reservation.total,
            usable: reservation.usable(h),
        }
        .into());
    };
    let h = bits - prefix;
    let usable = reservation.usable(h);
    let fits = parent.map(|parent| {
        let parent = parent.block;
        let formula = if prefix >= parent.prefix() {
            Arith::Blocks {
                prefix,
                parent: parent.prefix(),
            }
        } else {
            Arith::Larger {
                prefix,
                parent: parent.prefix(),
            }
        };
        let step = Step::new(HostsStep::Fits { prefix, parent }, formula);
        steps.push(step);
        match step.value {
            super::arith::Amount::Count(c) => c,
            super::arith::Amount::Address(_) => Count::Exact(0),
        }
    });
    Ok(SubnetFor {
        parent,
        family,
        hosts,
        rule,
        reservation,
        prefix,
        total: Count::pow2(h),
        usable,
        spare: usable - hosts,
        fits,
        steps,
    })
}

/// The prefix `--hosts` would pick under the common wrong readings of the reservation, for
/// `--expect` hints; a reading under which no AWS size holds the hosts is left out.
#[must_use]
pub fn hosts_readings(answer: &SubnetFor) -> Vec<(Reading, u32)> {
    [Reading::LeadingOnly, Reading::NetworkAndBroadcast]
        .into_iter()
        .filter_map(|reading| {
            let reserved = reading.reserved(answer.reservation);
            smallest_holding(answer.rule, answer.family.bits(), reserved, answer.hosts)
                .map(|p| (reading, p))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::testing::book;
    use proptest::prelude::*;

    fn subnet_for(n: u128, parent: Option<&str>) -> Result<SubnetFor, Error> {
        hosts(
            &HostsRequest {
                hosts_text: n.to_string(),
                hosts: n,
                parent: parent.map(|p| p.parse().unwrap()),
                strict: false,
            },
            &mut book(),
        )
    }

    /// 500 hosts: /28 … /24 give 11 … 251 < 500; /23 gives 2^9 − 5 = 507 ≥ 500.
    #[test]
    fn five_hundred_hosts_need_a_23() {
        let a = subnet_for(500, None).unwrap();
        assert_eq!((a.prefix, a.usable, a.spare), (23, 507, 7));
        let tried: Vec<(HostsStep, Option<u128>)> =
            a.steps.iter().map(|s| (s.what, s.value.count())).collect();
        assert_eq!(tried.len(), 6);
        assert_eq!(tried[0], (HostsStep::Try { prefix: 28 }, Some(11)));
        assert_eq!(tried[4], (HostsStep::Try { prefix: 24 }, Some(251)));
        assert_eq!(tried[5], (HostsStep::Try { prefix: 23 }, Some(507)));
        assert_eq!(a.steps[4].formula.holds(), Some(false));
        assert_eq!(a.steps[5].formula.holds(), Some(true));
    }

    /// A /16 holds 2^(23 − 16) = 128 blocks of /23; a /24 holds none.
    #[test]
    fn a_16_holds_128_subnets_of_23() {
        assert_eq!(
            subnet_for(500, Some("10.0.0.0/16")).unwrap().fits,
            Some(Count::Exact(128))
        );
        assert_eq!(
            subnet_for(500, Some("10.0.0.0/24")).unwrap().fits,
            Some(Count::Exact(0))
        );
    }

    /// 252 hosts: AWS needs /23 (a /24 has 251); with 4 reserved a /24 has 252, with only
    /// network and broadcast 254: both readings give /24.
    #[test]
    fn two_hundred_fifty_two_hosts_need_a_23_not_a_24() {
        let a = subnet_for(252, None).unwrap();
        assert_eq!(a.prefix, 23);
        assert_eq!(
            hosts_readings(&a),
            [
                (Reading::LeadingOnly, 24),
                (Reading::NetworkAndBroadcast, 24)
            ]
        );
    }

    /// The largest IPv4 subnet, /16, holds 65,536 − 5 = 65,531.
    #[test]
    fn more_than_65531_ipv4_hosts_is_a_typed_refusal() {
        assert_eq!(subnet_for(65_531, None).unwrap().prefix, 16);
        let err = subnet_for(65_532, None).unwrap_err();
        assert_eq!(
            err,
            Error::Vpc(Box::new(Problem::NoSubnetHolds {
                family: Family::V4,
                hosts: "65532".into(),
                largest: 16,
                host_bits: 16,
                reserved: 5,
                usable: 65_531,
            }))
        );
        assert_eq!(err.kind(), "aws_limit");
    }

    /// IPv6 parent: every count up to 2^64 − 5 fits a /64; a /56 holds 2^8 of them.
    #[test]
    fn ipv6_hosts_use_ipv6_sizes() {
        let a = subnet_for(1_000_000, Some("2600:1f18::/56")).unwrap();
        assert_eq!((a.prefix, a.fits), (64, Some(Count::Exact(256))));
    }

    proptest! {
        #[test]
        fn prop_hosts_picks_the_minimal_prefix(n in 1u128..=65_531) {
            let p = subnet_for(n, None).unwrap().prefix;
            let res = Reservation::from_facts(&mut book()).unwrap();
            prop_assert!(res.usable(32 - p) >= n);
            if p < 28 {
                prop_assert!(res.usable(32 - (p + 1)) < n, "one prefix longer would not fit");
            }
        }
    }
}
