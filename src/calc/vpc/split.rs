//! `awscalc cidr BLOCK --split P | --into N`: a block cut into equal subnets, counted
//! exactly (up to 2^128 of them, a typed [`Split`]) and listed one at a time
//! ([`Subnets`]).

use std::net::IpAddr;

use ipnet::IpNet;
use serde::Serialize;

use super::address::{address_at, host_mask, Block, Family};
use super::arith::{Amount, Arith, Count, Step};
use super::block::{resolve, Resolved};
use super::parse::CidrInput;
use super::problem::Problem;
use super::rules::{size_rule, Reservation, SizeRule, Use};
use crate::error::Error;
use crate::facts::FactBook;

/// The most rows `--split` lists without `--count` or `--limit`: 2^24, so a /8 into /32s
/// (16,777,216 lines) still lists, and a /32 IPv6 block into /64s (4 billion) does not.
pub const MAX_LISTED_SUBNETS: u128 = 1 << 24;

/// How to split a block.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SplitBy {
    /// Into blocks of this prefix length (`--split 24`).
    Prefix(u32),
    /// Into this many equal parts, rounded up to a power of two (`--into 4`).
    Parts(u128),
}

/// `awscalc cidr BLOCK --split P` or `--into N`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SplitRequest {
    /// The block to split.
    pub parent: CidrInput,
    /// The child size.
    pub by: SplitBy,
    /// Only the number of subnets, no list (`--count`).
    pub count_only: bool,
    /// List at most this many (`--limit`).
    pub limit: Option<u128>,
    /// Refuse a parent with host bits set.
    pub strict: bool,
}

/// What a step of [`Split`] computes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SplitStep {
    /// `--into N`: the prefix bits that give at least N parts.
    ExtraBits,
    /// `2^(P − q)` subnets.
    Subnets,
    /// Usable addresses in each subnet.
    UsableEach,
    /// Usable addresses in all of them.
    UsableAll,
}

/// A block split into equal subnets: `awscalc cidr BLOCK --split P | --into N`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Split {
    /// The block split, and whether the input had host bits set.
    pub parent: Resolved,
    /// How it was asked to be split.
    pub by: SplitBy,
    /// The prefix of the subnets.
    pub prefix: u32,
    /// The subnet sizes AWS allows, which `prefix` may be outside.
    pub rule: SizeRule,
    /// What AWS reserves in every subnet.
    pub reservation: Reservation,
    /// How many subnets: `2^(P − q)`.
    pub count: Count,
    /// Usable addresses in each.
    pub usable_each: u128,
    /// Usable addresses in all, where a `u128` holds them.
    pub usable_total: Option<u128>,
    /// How many subnets are listed; `None` with `--count`.
    pub listed: Option<u128>,
    /// The derivation.
    pub steps: Vec<Step<SplitStep>>,
}

impl Split {
    /// Host bits of each subnet.
    #[must_use]
    pub fn child_host_bits(&self) -> u32 {
        self.parent.block.family().bits() - self.prefix
    }
}

/// One subnet of a split; its fields are the JSON fields of a `--split --json` row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct SplitRow {
    /// The subnet.
    pub cidr: IpNet,
    /// Usable addresses after the AWS reservation.
    pub usable: u128,
    /// First usable address, where any is.
    pub first_usable: Option<IpAddr>,
    /// Last usable address, where any is.
    pub last_usable: Option<IpAddr>,
}

/// The subnets of a split, produced one at a time: constant memory for any count.
///
/// Rows are stepped by adding the subnet size to a network address held as a number,
/// which ipnet's own stepping (`IpNet::subnets`) agrees with (a property test checks
/// it): ipnet works out each subnet's prefix and last address from the range left, about
/// 140 instructions more a row (docs/cidr.md).
#[derive(Debug, Clone)]
pub struct Subnets {
    /// The next subnet's network address as a number.
    next: u128,
    /// Addresses in each subnet, `2^(B − P)` (0 for the one /0 block of ::/0, which has
    /// no next one).
    size: u128,
    family: Family,
    prefix: u8,
    /// Rows still to produce (`--limit` may stop before the end of the parent).
    left: u128,
    // The same for every row, worked out once: a split lists up to 2^24 rows.
    usable: u128,
    /// Offsets of the first and last usable address from a subnet's network address.
    usable_offsets: (u128, u128),
}

impl Subnets {
    fn new(parent: IpNet, prefix: u32, reservation: Reservation, listed: u128) -> Subnets {
        let child_host_bits = parent.family().bits() - prefix;
        let usable = reservation.usable(child_host_bits);
        // Usable means at least one address beyond the reserved ones, so both offsets lie
        // inside the block (as Reservation::usable_range computes them).
        let usable_offsets = if usable > 0 {
            (
                reservation.leading,
                host_mask(child_host_bits) - reservation.trailing(),
            )
        } else {
            (0, 0)
        };
        let prefix = u8::try_from(prefix).ok();
        Subnets {
            next: parent.first_value(),
            size: host_mask(child_host_bits).wrapping_add(1),
            left: if prefix.is_some() { listed } else { 0 },
            family: parent.family(),
            prefix: prefix.unwrap_or(0),
            usable,
            usable_offsets,
        }
    }

    /// IPv4 or IPv6.
    #[must_use]
    pub fn family(&self) -> Family {
        self.family
    }

    /// The prefix length of every subnet.
    #[must_use]
    pub fn prefix(&self) -> u32 {
        u32::from(self.prefix)
    }

    /// How many subnets are left to produce.
    #[must_use]
    pub fn len_hint(&self) -> u128 {
        self.left
    }

    /// The usable count of every subnet.
    #[must_use]
    pub fn usable_each(&self) -> u128 {
        self.usable
    }
}

impl Iterator for Subnets {
    type Item = SplitRow;

    fn next(&mut self) -> Option<SplitRow> {
        if self.left == 0 {
            return None;
        }
        let network = self.next;
        let cidr = IpNet::new(address_at(self.family, network), self.prefix).ok()?;
        self.left -= 1;
        // Past the parent's last subnet only when no row is left to produce.
        self.next = network.wrapping_add(self.size);
        let (first_usable, last_usable) = if self.usable > 0 {
            let (first, last) = self.usable_offsets;
            (
                Some(address_at(self.family, network + first)),
                Some(address_at(self.family, network + last)),
            )
        } else {
            (None, None)
        };
        Some(SplitRow {
            cidr,
            usable: self.usable,
            first_usable,
            last_usable,
        })
    }
}

/// `awscalc cidr BLOCK --split P | --into N`: the split, and the subnets to list
/// (none with `count_only`).
///
/// 10.0.0.0/16 into /24s: 2^(24 − 16) = 256 subnets of 2^8 − 5 = 251 usable; a split
/// into blocks larger than the block is refused:
///
/// ```
/// use awscalc::calc::vpc::{split, Count, SplitBy, SplitRequest};
/// use awscalc::facts::{FactBook, Registry};
///
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 11, 30));
/// let mut request = SplitRequest {
///     parent: "10.0.0.0/16".parse().unwrap(),
///     by: SplitBy::Prefix(24),
///     count_only: false,
///     limit: None,
///     strict: false,
/// };
/// let (s, mut rows) = split(&request, &mut book).unwrap();
/// assert_eq!((s.count, s.usable_each), (Count::Exact(256), 251));
/// assert_eq!(rows.nth(1).unwrap().cidr.to_string(), "10.0.1.0/24");
///
/// request.by = SplitBy::Prefix(8);
/// assert_eq!(split(&request, &mut book).unwrap_err().kind(), "conflict");
/// ```
///
/// # Errors
/// [`Problem::SplitBeyondFamily`] or [`Problem::SplitIntoLarger`] for a child prefix
/// beyond the family or shorter than the parent's, [`Problem::TooManyToList`] for a list
/// longer than [`MAX_LISTED_SUBNETS`] without `--count` or `--limit`.
pub fn split(request: &SplitRequest, book: &mut FactBook) -> Result<(Split, Subnets), Error> {
    let resolved = resolve(&request.parent, request.strict)?;
    let parent = resolved.block;
    let bits = parent.family().bits();
    let mut steps = Vec::new();
    let prefix = match request.by {
        SplitBy::Prefix(p) => p,
        SplitBy::Parts(n) => {
            let step = Step::new(SplitStep::ExtraBits, Arith::CeilLog2 { n });
            steps.push(step);
            let extra = step
                .value
                .count()
                .and_then(|e| u32::try_from(e).ok())
                .unwrap_or(128);
            parent.prefix().saturating_add(extra)
        }
    };
    if prefix > bits {
        return Err(Problem::SplitBeyondFamily { parent, prefix }.into());
    }
    if prefix < parent.prefix() {
        return Err(Problem::SplitIntoLarger { parent, prefix }.into());
    }
    let reservation = Reservation::from_facts(book)?;
    let rule = size_rule(parent.family(), Use::Subnet, book)?;
    let subnets = Step::new(
        SplitStep::Subnets,
        Arith::Blocks {
            prefix,
            parent: parent.prefix(),
        },
    );
    let count = match subnets.value {
        Amount::Count(c) => c,
        Amount::Address(_) => Count::TwoTo128,
    };
    steps.push(subnets);
    let each = Step::new(
        SplitStep::UsableEach,
        Arith::UsableAtLeastZero {
            exp: bits - prefix,
            reserved: reservation.total,
        },
    );
    let usable_each = each.value.count().unwrap_or(0);
    steps.push(each);
    let usable_total = count.value().and_then(|c| c.checked_mul(usable_each)).or(
        // ::/0 into /128: 2^128 subnets of 0 usable each.
        (usable_each == 0).then_some(0),
    );
    if usable_total.is_some() {
        steps.push(Step::new(
            SplitStep::UsableAll,
            Arith::Product {
                count,
                each: usable_each,
            },
        ));
    }
    let listed = listed_count(request, parent, prefix, count.value())?;
    let subnets = Subnets::new(parent, prefix, reservation, listed);
    Ok((
        Split {
            parent: resolved,
            by: request.by,
            prefix,
            rule,
            reservation,
            count,
            usable_each,
            usable_total,
            listed: (!request.count_only).then_some(listed),
            steps,
        },
        subnets,
    ))
}

/// How many subnets a split lists: none with `--count`, at most `--limit`, and an error
/// beyond [`MAX_LISTED_SUBNETS`] without either.
fn listed_count(
    request: &SplitRequest,
    parent: IpNet,
    prefix: u32,
    count: Option<u128>,
) -> Result<u128, Error> {
    Ok(if request.count_only {
        0
    } else {
        let all = count.unwrap_or(u128::MAX);
        match request.limit {
            Some(limit) => all.min(limit),
            None if all > MAX_LISTED_SUBNETS => {
                return Err(Problem::TooManyToList {
                    parent,
                    prefix,
                    max: MAX_LISTED_SUBNETS,
                }
                .into());
            }
            None => all,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::testing::book;
    use crate::calc::vpc::address::host_mask;
    use crate::calc::vpc::testing::any_block;
    use crate::calc::vpc::{containing, pow2};
    use proptest::prelude::*;

    fn split_of(parent: &str, by: SplitBy, limit: Option<u128>) -> Result<(Split, Subnets), Error> {
        split(
            &SplitRequest {
                parent: parent.parse().unwrap(),
                by,
                count_only: false,
                limit,
                strict: false,
            },
            &mut book(),
        )
    }

    /// 10.0.0.0/16 into /24: 2^(24 − 16) = 256 subnets of 2^8 − 5 = 251 usable.
    #[test]
    fn a_16_splits_into_256_subnets_of_24() {
        let (s, rows) = split_of("10.0.0.0/16", SplitBy::Prefix(24), None).unwrap();
        assert_eq!(s.count, Count::Exact(256));
        assert_eq!((s.usable_each, s.usable_total), (251, Some(64_256)));
        assert_eq!(s.listed, Some(256));
        let steps: Vec<(SplitStep, Option<u128>)> =
            s.steps.iter().map(|s| (s.what, s.value.count())).collect();
        assert_eq!(
            steps,
            [
                (SplitStep::Subnets, Some(256)),
                (SplitStep::UsableEach, Some(251)),
                (SplitStep::UsableAll, Some(64_256)),
            ]
        );
        let rows: Vec<SplitRow> = rows.collect();
        assert_eq!(rows.len(), 256);
        assert_eq!(rows[1].cidr.to_string(), "10.0.1.0/24");
        assert_eq!(rows[255].cidr.to_string(), "10.0.255.0/24");
        assert_eq!(rows[255].last_usable.unwrap().to_string(), "10.0.255.254");
    }

    /// 3 parts round up to 4 = 2^2: /16 + 2 = /18.
    #[test]
    fn into_three_rounds_up_to_four_parts() {
        let (s, rows) = split_of("10.0.0.0/16", SplitBy::Parts(3), None).unwrap();
        assert_eq!(s.prefix, 18);
        assert_eq!(s.steps[0].what, SplitStep::ExtraBits);
        assert_eq!(s.steps[0].value.count(), Some(2));
        assert_eq!(rows.count(), 4);
    }

    #[test]
    fn the_extremes_split_without_a_panic() {
        let texts = |parent: &str, prefix: u32, limit: Option<u128>| -> Vec<String> {
            let (_, rows) = split_of(parent, SplitBy::Prefix(prefix), limit).unwrap();
            rows.map(|r| r.cidr.to_string()).collect()
        };
        assert_eq!(texts("::/0", 0, None), ["::/0"]);
        assert_eq!(
            texts("::/0", 2, None),
            ["::/2", "4000::/2", "8000::/2", "c000::/2"]
        );
        assert_eq!(texts("::/0", 128, Some(2)), ["::/128", "::1/128"]);
        assert_eq!(
            texts("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128", 128, None),
            ["ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128"]
        );
        assert_eq!(texts("0.0.0.0/0", 32, Some(1)), ["0.0.0.0/32"]);
        assert_eq!(
            texts("255.255.255.255/32", 32, None),
            ["255.255.255.255/32"]
        );
        assert_eq!(
            texts("255.255.255.0/24", 25, None),
            ["255.255.255.0/25", "255.255.255.128/25"]
        );
    }

    #[test]
    fn split_limits_and_refusals() {
        let (_, rows) = split_of("10.0.0.0/8", SplitBy::Prefix(28), Some(5)).unwrap();
        assert_eq!(rows.count(), 5);
        let block = |t: &str| t.parse::<IpNet>().unwrap();
        assert_eq!(
            split_of("2600::/32", SplitBy::Prefix(64), None).unwrap_err(),
            Error::Vpc(Box::new(Problem::TooManyToList {
                parent: block("2600::/32"),
                prefix: 64,
                max: 1 << 24,
            }))
        );
        assert_eq!(
            split_of("10.0.0.0/16", SplitBy::Prefix(8), None).unwrap_err(),
            Error::Vpc(Box::new(Problem::SplitIntoLarger {
                parent: block("10.0.0.0/16"),
                prefix: 8
            }))
        );
        let err = split_of("10.0.0.0/16", SplitBy::Prefix(33), None).unwrap_err();
        assert_eq!(err.kind(), "conflict");
        // ::/0 into /128 is 2^128 subnets: counted exactly, never listed.
        let (s, _) = split(
            &SplitRequest {
                parent: "::/0".parse().unwrap(),
                by: SplitBy::Prefix(128),
                count_only: true,
                limit: None,
                strict: false,
            },
            &mut book(),
        )
        .unwrap();
        assert_eq!(
            (s.count, s.usable_total, s.listed),
            (Count::TwoTo128, Some(0), None)
        );
    }

    proptest! {
        #[test]
        fn prop_split_children_cover_the_parent_exactly(
            b in any_block(),
            extra in 0u32..=8,
        ) {
            let prefix = (b.prefix() + extra).min(b.family().bits());
            let (_, rows) = split_of(&b.to_string(), SplitBy::Prefix(prefix), None).unwrap();
            let rows: Vec<SplitRow> = rows.collect();
            prop_assert_eq!(rows.len() as u128, pow2(prefix - b.prefix()).unwrap());
            prop_assert_eq!(rows[0].cidr.network(), b.network());
            prop_assert_eq!(rows[rows.len() - 1].cidr.broadcast(), b.broadcast());
            for pair in rows.windows(2) {
                // Adjacent, in order, no gap and no overlap.
                prop_assert_eq!(pair[0].cidr.last_value() + 1, pair[1].cidr.first_value());
                prop_assert!(!pair[0].cidr.overlaps(&pair[1].cidr));
            }
            for row in &rows {
                prop_assert!(b.contains(&row.cidr));
                prop_assert_eq!(row.cidr.prefix(), prefix);
                prop_assert_eq!(containing(row.cidr.network(), prefix).unwrap(), row.cidr, "aligned");
            }
        }

        /// Row `i` of a split is the parent's first address plus `i` subnet sizes, and its
        /// usable range is AWS's: ipnet's stepping agrees with the arithmetic.
        #[test]
        fn prop_split_rows_agree_with_the_arithmetic(
            b in any_block(),
            extra in 0u32..=6,
        ) {
            let prefix = (b.prefix() + extra).min(b.family().bits());
            let child_bits = b.family().bits() - prefix;
            let res = Reservation::from_facts(&mut book()).unwrap();
            let (_, rows) = split_of(&b.to_string(), SplitBy::Prefix(prefix), None).unwrap();
            for (i, row) in rows.enumerate() {
                let start = b.first_value() + (i as u128).checked_shl(child_bits).unwrap_or(0);
                prop_assert_eq!(row.cidr.first_value(), start);
                prop_assert_eq!(row.cidr.last_value(), start + host_mask(child_bits));
                prop_assert_eq!(row.usable, res.usable(child_bits));
                prop_assert_eq!(
                    row.first_usable.zip(row.last_usable),
                    res.usable_range(row.cidr)
                );
            }
        }

        /// The rows are the subnets ipnet's own stepping gives, in its order.
        #[test]
        fn prop_rows_are_ipnets_subnets(b in any_block(), extra in 0u32..=6) {
            let prefix = (b.prefix() + extra).min(b.family().bits());
            let (_, rows) = split_of(&b.to_string(), SplitBy::Prefix(prefix), None).unwrap();
            let ours: Vec<IpNet> = rows.map(|r| r.cidr).collect();
            let ipnets: Vec<IpNet> = b.subnets(u8::try_from(prefix).unwrap()).unwrap().collect();
            prop_assert_eq!(ours, ipnets);
        }

        /// Any prefix of either family, /0 and /128 included, splits without a panic, and
        /// `--limit` stops the rows where it says.
        #[test]
        fn prop_no_panic_splitting_any_block(
            b in any_block(),
            prefix in 0u32..=128,
            limit in 1u128..=4,
        ) {
            match split_of(&b.to_string(), SplitBy::Prefix(prefix), Some(limit)) {
                Ok((_, rows)) => {
                    let expected = pow2(prefix - b.prefix()).map_or(limit, |all| all.min(limit));
                    prop_assert_eq!(rows.len_hint(), expected);
                    prop_assert_eq!(rows.count() as u128, expected);
                }
                Err(_) => prop_assert!(prefix < b.prefix() || prefix > b.family().bits()),
            }
        }
    }
}
