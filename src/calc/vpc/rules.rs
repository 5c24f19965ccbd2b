//! AWS's rules for blocks: the prefix lengths a subnet or a VPC block may have, the five
//! addresses AWS reserves in every subnet, and the ranges no VPC may use. Every number is
//! read from the facts registry.

use std::net::IpAddr;

use ipnet::IpNet;
use serde::Serialize;

use super::address::{address_at, host_mask, pow2_minus, Block, Family};
use super::parse::parse_block;
use crate::error::Error;
use crate::facts::vpc as fact;
use crate::facts::vpc::{RangeRule, DISCOURAGED_VPC_RANGES, FORBIDDEN_VPC_RANGES, RFC1918_RANGES};
use crate::facts::{FactBook, FactId};

/// The prefix lengths AWS allows for one use (subnet or VPC) in one family.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct SizeRule {
    /// Shortest prefix (largest block).
    pub min: u32,
    /// Longest prefix (smallest block).
    pub max: u32,
    /// Step between allowed prefixes (1 for IPv4, 4 for IPv6).
    pub step: u32,
}

impl SizeRule {
    /// Whether AWS allows `prefix`.
    #[must_use]
    pub fn allows(self, prefix: u32) -> bool {
        (self.min..=self.max).contains(&prefix) && (prefix - self.min) % self.step == 0
    }
}

impl SizeRule {
    /// Every allowed prefix, from the shortest (largest block) to the longest.
    pub fn prefixes(self) -> impl Iterator<Item = u32> {
        (self.min..=self.max).step_by(self.step.max(1) as usize)
    }

    /// Allowed prefixes from the longest (smallest block) to the shortest.
    pub(super) fn smallest_first(self) -> impl Iterator<Item = u32> {
        (self.min..=self.max)
            .rev()
            .filter(move |p| (p - self.min) % self.step == 0)
    }
}

/// A subnet or a VPC CIDR block.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Use {
    /// A subnet.
    Subnet,
    /// A VPC CIDR block (primary or secondary).
    Vpc,
}

pub(super) fn prefix_fact(book: &mut FactBook, id: FactId) -> Result<u32, Error> {
    u32::try_from(book.value(id)?).map_err(|_| Error::Overflow)
}

/// The sizes AWS allows for `usage` in `family`, from the facts registry.
///
/// # Errors
/// Only a missing fact (a bug in awscalc).
pub fn size_rule(family: Family, usage: Use, book: &mut FactBook) -> Result<SizeRule, Error> {
    let (min, max) = match (family, usage) {
        (Family::V4, Use::Subnet) => (fact::SUBNET_IPV4_MIN_PREFIX, fact::SUBNET_IPV4_MAX_PREFIX),
        (Family::V4, Use::Vpc) => (fact::VPC_IPV4_MIN_PREFIX, fact::VPC_IPV4_MAX_PREFIX),
        (Family::V6, Use::Subnet) => (fact::SUBNET_IPV6_MIN_PREFIX, fact::SUBNET_IPV6_MAX_PREFIX),
        (Family::V6, Use::Vpc) => (fact::VPC_IPV6_MIN_PREFIX, fact::VPC_IPV6_MAX_PREFIX),
    };
    let step = match family {
        Family::V4 => 1,
        Family::V6 => prefix_fact(book, fact::IPV6_PREFIX_STEP)?.max(1),
    };
    Ok(SizeRule {
        min: prefix_fact(book, min)?,
        max: prefix_fact(book, max)?,
        step,
    })
}

/// How many addresses AWS reserves per subnet, and how many of them are at the start.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Reservation {
    /// All reserved addresses (5).
    pub total: u128,
    /// Those at the start of the subnet (4); the rest are at the end.
    pub leading: u128,
}

impl Reservation {
    /// From the facts registry.
    ///
    /// # Errors
    /// Only a missing fact (a bug in awscalc).
    pub fn from_facts(book: &mut FactBook) -> Result<Reservation, Error> {
        let total = u128::try_from(book.value(fact::SUBNET_RESERVED_ADDRESSES)?)
            .map_err(|_| Error::Overflow)?;
        let leading = u128::try_from(book.value(fact::SUBNET_RESERVED_LEADING_ADDRESSES)?)
            .map_err(|_| Error::Overflow)?;
        Ok(Reservation {
            total,
            leading: leading.min(total),
        })
    }

    /// Reserved at the end of the subnet (1).
    #[must_use]
    pub fn trailing(self) -> u128 {
        self.total - self.leading
    }

    /// Usable addresses in a block with `host_bits` host bits: `2^h − reserved`, at least 0.
    #[must_use]
    pub fn usable(self, host_bits: u32) -> u128 {
        pow2_minus(host_bits, self.total).unwrap_or(0)
    }

    /// The first and last usable addresses, where any address is usable.
    #[must_use]
    pub fn usable_range(self, block: IpNet) -> Option<(IpAddr, IpAddr)> {
        if self.usable(block.host_bits()) == 0 {
            return None;
        }
        let family = block.family();
        Some((
            address_at(family, block.first_value() + self.leading),
            address_at(family, block.last_value() - self.trailing()),
        ))
    }

    /// The reserved addresses of `block`, each with its roles. In a block with fewer
    /// addresses than AWS reserves, every address is listed, with all its roles.
    #[must_use]
    pub fn addresses(self, block: IpNet) -> Vec<ReservedAddress> {
        let size_minus_one = host_mask(block.host_bits());
        let roles_at = |offset: u128| -> Vec<ReservedRole> {
            let mut roles = Vec::new();
            if offset < self.leading {
                roles.push(ReservedRole::Leading(offset));
            }
            if size_minus_one - offset < self.trailing() {
                roles.push(if offset == size_minus_one {
                    ReservedRole::Last
                } else {
                    ReservedRole::Trailing
                });
            }
            roles
        };
        let mut offsets: Vec<u128> = (0..self.leading).filter(|o| *o <= size_minus_one).collect();
        for back in (0..self.trailing()).rev() {
            if let Some(o) = size_minus_one.checked_sub(back) {
                if !offsets.contains(&o) {
                    offsets.push(o);
                }
            }
        }
        offsets
            .into_iter()
            .map(|o| ReservedAddress {
                address: address_at(block.family(), block.first_value() + o),
                roles: roles_at(o),
            })
            .collect()
    }
}

/// One address AWS reserves in a subnet, with why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReservedAddress {
    /// The address.
    pub address: IpAddr,
    /// Its roles: more than one only in a block smaller than the reservation.
    pub roles: Vec<ReservedRole>,
}

/// Why AWS reserves an address.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReservedRole {
    /// One of the leading reserved addresses, at this offset from the network address
    /// (0 the network address, 1 the VPC router, 2 DNS, 3 future use).
    Leading(u128),
    /// The last address: a VPC has no broadcast.
    Last,
    /// Reserved at the end, before the last address (where AWS reserves more than one).
    Trailing,
}

/// What AWS says about a block as a subnet and as a VPC CIDR.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Validity {
    /// AWS accepts it as a subnet (size and range).
    pub valid_subnet: bool,
    /// AWS accepts it as a VPC CIDR block (size and range).
    pub valid_vpc: bool,
    /// Why not, in the order they are found.
    pub problems: Vec<RangeProblem>,
    /// Allowed, but worth a warning: the discouraged ranges it overlaps (172.17.0.0/16).
    pub discouraged: Vec<Range>,
    /// Allowed, but public: an IPv4 block outside RFC 1918 and the forbidden ranges.
    pub public: bool,
}

/// A range in AWS's tables, with what AWS says of it (from [`crate::facts::vpc`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Range {
    /// The range, `a.b.c.d/p`.
    pub cidr: &'static str,
    /// What it is and what AWS says, as the facts table words it.
    pub reason: &'static str,
}

impl From<&RangeRule> for Range {
    fn from(rule: &RangeRule) -> Range {
        Range {
            cidr: rule.cidr,
            reason: rule.reason,
        }
    }
}

/// Why AWS refuses a block.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum RangeProblem {
    /// The prefix is not an allowed size for `usage`.
    Size {
        /// The block.
        block: IpNet,
        /// As a subnet or as a VPC block.
        usage: Use,
        /// The sizes allowed.
        rule: SizeRule,
    },
    /// The block overlaps a range no VPC may use.
    Forbidden {
        /// The block.
        block: IpNet,
        /// The range.
        range: Range,
    },
}

pub(super) fn rule_block(rule: &RangeRule) -> IpNet {
    // The tables are written in canonical form; a typo there is caught by a unit test.
    parse_block(rule.cidr).unwrap_or_default()
}

/// Checks `block` against the AWS sizes and ranges.
///
/// # Errors
/// Only a missing fact (a bug in awscalc).
pub fn validity(block: IpNet, book: &mut FactBook) -> Result<Validity, Error> {
    let family = block.family();
    let subnet = size_rule(family, Use::Subnet, book)?;
    let vpc = size_rule(family, Use::Vpc, book)?;
    let mut v = Validity {
        valid_subnet: subnet.allows(block.prefix()),
        valid_vpc: vpc.allows(block.prefix()),
        problems: Vec::new(),
        discouraged: Vec::new(),
        public: false,
    };
    if !v.valid_subnet {
        v.problems.push(RangeProblem::Size {
            block,
            usage: Use::Subnet,
            rule: subnet,
        });
    }
    if !v.valid_vpc {
        v.problems.push(RangeProblem::Size {
            block,
            usage: Use::Vpc,
            rule: vpc,
        });
    }
    if family == Family::V4 {
        for rule in FORBIDDEN_VPC_RANGES {
            if rule_block(rule).overlaps(&block) {
                v.valid_vpc = false;
                v.valid_subnet = false;
                v.problems.push(RangeProblem::Forbidden {
                    block,
                    range: rule.into(),
                });
            }
        }
        for rule in DISCOURAGED_VPC_RANGES {
            if rule_block(rule).overlaps(&block) {
                v.discouraged.push(rule.into());
            }
        }
        let private = RFC1918_RANGES
            .iter()
            .any(|r| rule_block(r).contains(&block));
        let forbidden = FORBIDDEN_VPC_RANGES
            .iter()
            .any(|r| rule_block(r).overlaps(&block));
        v.public = !private && !forbidden;
    }
    Ok(v)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::testing::book;
    use crate::calc::vpc::testing::any_block;
    use crate::calc::vpc::{containing, pow2, Address};
    use proptest::prelude::*;
    use std::net::{Ipv4Addr, Ipv6Addr};

    #[test]
    fn every_range_table_row_is_canonical() {
        for rule in FORBIDDEN_VPC_RANGES
            .iter()
            .chain(DISCOURAGED_VPC_RANGES)
            .chain(RFC1918_RANGES)
        {
            assert_eq!(parse_block(rule.cidr).unwrap().to_string(), rule.cidr);
        }
    }

    proptest! {
        #[test]
        fn prop_usable_plus_reserved_is_total_for_aws_sizes(b in any_block()) {
            let res = Reservation::from_facts(&mut book()).unwrap();
            let h = b.host_bits();
            let usable = res.usable(h);
            match pow2(h) {
                Some(total) if total >= res.total => prop_assert_eq!(usable + res.total, total),
                Some(_) => prop_assert_eq!(usable, 0),
                None => prop_assert_eq!(usable, u128::MAX - 4),
            }
            let listed = res.addresses(b).len() as u128;
            prop_assert_eq!(listed, pow2(h).map_or(res.total, |t| t.min(res.total)));
        }

        #[test]
        fn prop_usable_never_grows_with_the_prefix(b in any_block()) {
            let res = Reservation::from_facts(&mut book()).unwrap();
            if b.host_bits() > 0 {
                prop_assert!(res.usable(b.host_bits() - 1) <= res.usable(b.host_bits()));
            }
        }

        #[test]
        fn prop_usable_range_lies_inside_and_spans_usable(b in any_block()) {
            let res = Reservation::from_facts(&mut book()).unwrap();
            if let Some((first, last)) = res.usable_range(b) {
                prop_assert!(b.contains(&first) && b.contains(&last));
                prop_assert_eq!(last.value() - first.value() + 1, res.usable(b.host_bits()));
            }
        }

        #[test]
        fn prop_ipv4_and_ipv6_agree_on_the_arithmetic(h in 0u32..=32) {
            let res = Reservation::from_facts(&mut book()).unwrap();
            let v4 = containing(IpAddr::V4(Ipv4Addr::UNSPECIFIED), 32 - h).unwrap();
            let v6 = containing(IpAddr::V6(Ipv6Addr::UNSPECIFIED), 128 - h).unwrap();
            prop_assert_eq!(res.usable(v4.host_bits()), res.usable(v6.host_bits()));
            prop_assert_eq!(
                v4.last_value() - v4.first_value(),
                v6.last_value() - v6.first_value()
            );
        }
    }
}
