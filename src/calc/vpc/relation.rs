//! `awscalc cidr A B [C …]`: how blocks and addresses relate.
//!
//! Two CIDR blocks never partly overlap: either they share no address (disjoint), or the
//! one with the shorter prefix contains the other (equal when the prefixes match too).
//! AWS rules that hang on this: VPCs whose CIDR blocks overlap cannot be peered, and a
//! subnet must lie inside its VPC's block. An address is a block of one address (/32 or
//! /128); inside a block it is either usable or one of the 5 addresses AWS reserves.
//!
//! Many items are compared in one pass over them sorted by address ([`overlaps`]): only
//! the pairs that share addresses are listed, up to a limit, and the disjoint ones counted.

use std::fmt;
use std::net::IpAddr;

use ipnet::IpNet;
use serde::Serialize;

use super::address::{Block, Family};
use super::block::resolve;
use super::overlap::overlaps;
use super::parse::{parse_address, CidrInput};
use super::problem::{CidrFault, CidrForms, Problem};
use super::rules::{size_rule, Reservation, ReservedRole, SizeRule, Use};
use crate::error::Error;
use crate::facts::FactBook;

/// The accepted forms of an item, for error messages.
pub(crate) const ITEM_FORMS: &str =
    "a block like 10.0.0.0/16 or 2600:1f18::/56, or an address like \
     10.0.5.7 or 2600:1f18::7";

/// A block or a single address, as the user typed it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item {
    /// A CIDR block.
    Block(CidrInput),
    /// One address.
    Address {
        /// What the user typed.
        text: String,
        /// The address.
        address: IpAddr,
    },
}

impl Item {
    /// The item as the user typed it, trimmed.
    #[must_use]
    pub fn given(&self) -> &str {
        match self {
            Item::Block(input) => input.text().trim(),
            Item::Address { text, .. } => text.trim(),
        }
    }
}

impl std::str::FromStr for Item {
    type Err = Error;

    /// A block when the text has a `/`, otherwise an address.
    fn from_str(text: &str) -> Result<Item, Error> {
        if text.contains('/') {
            return text.parse().map(Item::Block);
        }
        let trimmed = text.trim();
        match parse_address(trimmed) {
            Some(address) => Ok(Item::Address {
                text: text.to_string(),
                address,
            }),
            None => Err(Problem::BadCidr {
                input: text.to_string(),
                fault: if trimmed.is_empty() {
                    CidrFault::Empty
                } else {
                    CidrFault::NeitherBlockNorAddress {
                        text: trimmed.to_string(),
                    }
                },
                forms: CidrForms::Item,
            }
            .into()),
        }
    }
}

/// How one item relates to another.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    /// No address in common.
    Disjoint,
    /// The same addresses.
    Equal,
    /// The first holds every address of the second (and more).
    Contains,
    /// The first lies inside the second (which has more).
    Inside,
}

impl Relation {
    /// The relation of `a` to `b`.
    #[must_use]
    pub fn of(a: IpNet, b: IpNet) -> Relation {
        if a == b {
            Relation::Equal
        } else if a.contains(&b) {
            Relation::Contains
        } else if b.contains(&a) {
            Relation::Inside
        } else {
            Relation::Disjoint
        }
    }

    /// The relation seen from the other side: contains ↔ inside.
    #[must_use]
    pub fn reversed(self) -> Relation {
        match self {
            Relation::Contains => Relation::Inside,
            Relation::Inside => Relation::Contains,
            other => other,
        }
    }

    /// Whether the two share any address.
    #[must_use]
    pub fn overlaps(self) -> bool {
        self != Relation::Disjoint
    }

    /// `disjoint`, `equal`, `contains`, `inside`: the JSON word.
    #[must_use]
    pub fn word(self) -> &'static str {
        match self {
            Relation::Disjoint => "disjoint",
            Relation::Equal => "equal",
            Relation::Contains => "contains",
            Relation::Inside => "inside",
        }
    }
}

impl fmt::Display for Relation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.word())
    }
}

/// The most items [`relate`] describes and the most overlapping pairs it lists, when the
/// request sets no limit. Beyond it items are compared and pairs counted, not listed:
/// 100,000 copies of one block overlap in 4,999,950,000 pairs.
pub const DEFAULT_LISTED: usize = 1_000;

/// `awscalc cidr A B [C …]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RelateRequest {
    /// The blocks and addresses, in the order given (at least two).
    pub items: Vec<Item>,
    /// Refuse a block with host bits set.
    pub strict: bool,
    /// Describe at most this many items and list at most this many overlapping pairs
    /// (`--limit`); [`DEFAULT_LISTED`] when `None`. Every item is compared and every pair
    /// counted either way.
    pub limit: Option<usize>,
    /// Each item's name where it has one (a `VpcId` or `SubnetId` read from
    /// `describe-*` JSON), in the order of `items`; empty, or shorter, where none is known.
    pub names: Vec<String>,
}

/// One item of a comparison, resolved: an address, or a block.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Compared {
    /// The address, for an address item.
    pub address: Option<IpAddr>,
    /// Its range as a block (a /32 or /128 for an address).
    pub block: IpNet,
    /// A block typed with host bits set: the block is its network.
    pub host_bits_set: bool,
}

/// One pair compared, in the order given: `a` before `b`, the relation read from `a`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Pair {
    /// The first item's position (from 0).
    pub a: usize,
    /// The second item's position.
    pub b: usize,
    /// How `a` relates to `b`.
    pub relation: Relation,
    /// For disjoint items: `a` lies before `b`.
    pub a_first: bool,
    /// For an address inside a block: the roles AWS reserves it for in a subnet of that
    /// block (empty when it is usable); `None` for any other pair.
    pub reserved: Option<Vec<ReservedRole>>,
}

/// How many pairs `n` items make, and how many of them overlap.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PairCounts {
    /// `n × (n − 1) / 2`.
    pub total: u128,
    /// Those that share addresses.
    pub overlapping: u128,
    /// The rest.
    pub disjoint: u128,
}

impl PairCounts {
    fn new(n: usize, overlapping: u128) -> PairCounts {
        // usize fits u128; n × (n − 1) < 2^128 for any n a usize can hold.
        let n = u128::try_from(n).unwrap_or(u128::MAX);
        let total = n * n.saturating_sub(1) / 2;
        PairCounts {
            total,
            overlapping,
            disjoint: total.saturating_sub(overlapping),
        }
    }
}

/// The relation of the whole set, the answer of `cidr A B …`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SetRelation {
    /// No two share an address.
    Disjoint,
    /// Two items, the same range.
    Equal,
    /// The first holds all the others.
    Contains,
    /// Some share addresses (for two: the first lies inside the second).
    Overlap,
}

/// Blocks and addresses compared: `awscalc cidr A B [C …]`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Comparison {
    /// Every item, in the order given.
    pub items: Vec<Compared>,
    /// How many are described one by one (the first ones).
    pub described: usize,
    /// Blocks beyond those described that had host bits set.
    pub unlisted_host_bits: usize,
    /// What AWS reserves in every subnet.
    pub reservation: Reservation,
    /// The subnet sizes of the first item's family.
    pub subnet_rule: SizeRule,
    /// The subnet sizes of the other family, when IPv4 and IPv6 items are compared together.
    pub other_subnet_rule: Option<SizeRule>,
    /// The pairs listed: every overlapping one up to the limit (for two items, their one
    /// pair).
    pub pairs: Vec<Pair>,
    /// How many pairs there are, and overlap.
    pub counts: PairCounts,
    /// Overlapping pairs not listed.
    pub unlisted: u128,
    /// The relation of the set.
    pub answer: SetRelation,
}

impl Comparison {
    /// The subnet sizes of `family`.
    #[must_use]
    pub fn subnet_rule_of(&self, family: Family) -> SizeRule {
        match self.other_subnet_rule {
            Some(rule)
                if self
                    .items
                    .first()
                    .is_some_and(|i| i.block.family() != family) =>
            {
                rule
            }
            _ => self.subnet_rule,
        }
    }

    /// Overlapping pairs listed.
    #[must_use]
    pub fn listed_overlapping(&self) -> u128 {
        self.counts.overlapping - self.unlisted
    }
}

/// `awscalc cidr A B …`: the pairs that share addresses (found by [`overlaps`]), how many
/// pairs are disjoint, and the relation of the set as the answer (`disjoint`, `contains`,
/// `equal` or `overlap`). Items are described one by one, and overlapping pairs listed,
/// up to the limit; two items are one question, so their pair is listed whatever its
/// relation. Time `O(n log n)`; memory `O(n)`.
///
/// 10.0.0.0/16 holds 10.0.128.0/17; 192.168.0.0/24 lies apart from both: of 3 pairs, 1
/// overlaps. An IPv4 block with an IPv6 one is refused as a question of two items; in a
/// larger set (a VPC's blocks as describe-vpcs prints them) they are disjoint pairs:
///
/// ```
/// use awscalc::calc::vpc::{relate, RelateRequest, SetRelation};
/// use awscalc::facts::{FactBook, Registry};
///
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 11, 30));
/// let items = |texts: &[&str]| texts.iter().map(|t| t.parse().unwrap()).collect();
/// let mut request = RelateRequest {
///     items: items(&["10.0.0.0/16", "10.0.128.0/17", "192.168.0.0/24"]),
///     strict: false,
///     limit: None,
///     names: Vec::new(),
/// };
/// let c = relate(&request, &mut book).unwrap();
/// assert_eq!((c.answer, c.counts.total, c.counts.overlapping), (SetRelation::Overlap, 3, 1));
///
/// request.items = items(&["10.0.0.0/16", "2600::/56"]);
/// assert_eq!(relate(&request, &mut book).unwrap_err().kind(), "conflict");
/// request.items = items(&["10.0.0.0/16", "2600::/56", "10.0.1.0/24", "2600::/64"]);
/// let c = relate(&request, &mut book).unwrap();
/// assert_eq!((c.counts.total, c.counts.overlapping), (6, 2));
/// ```
///
/// # Errors
/// [`Problem::TooFewItems`] for fewer than two items, [`Problem::MixedFamilies`] for two
/// items, an IPv4 and an IPv6; [`Problem::BadCidr`](super::Problem::BadCidr) for a block with host bits set
/// under `strict`.
pub fn relate(request: &RelateRequest, book: &mut FactBook) -> Result<Comparison, Error> {
    let n = request.items.len();
    if n < 2 {
        return Err(Problem::TooFewItems.into());
    }
    let limit = request.limit.unwrap_or(DEFAULT_LISTED);
    // Two items are always both described: their one pair is the question.
    let described = n.min(limit.max(2));
    let mut items = Vec::with_capacity(n);
    let mut unlisted_host_bits: usize = 0;
    for (i, item) in request.items.iter().enumerate() {
        items.push(match item {
            Item::Block(input) => {
                let resolved = resolve(input, request.strict)?;
                if i >= described && resolved.host_bits_set {
                    unlisted_host_bits += 1;
                }
                Compared {
                    address: None,
                    block: resolved.block,
                    host_bits_set: resolved.host_bits_set,
                }
            }
            Item::Address { address, .. } => Compared {
                address: Some(*address),
                block: IpNet::from(*address),
                host_bits_set: false,
            },
        });
    }
    let first_family = items[0].block.family();
    two_of_one_family(request, &items)?;
    let reservation = Reservation::from_facts(book)?;
    let subnet_rule = size_rule(first_family, Use::Subnet, book)?;
    // IPv4 and IPv6 together (a VPC's blocks from describe-vpcs): they never overlap, and
    // the other family's subnet sizes are kept for its pairs.
    let other_subnet_rule = items
        .iter()
        .find(|r| r.block.family() != first_family)
        .map(|other| size_rule(other.block.family(), Use::Subnet, book))
        .transpose()?;
    let blocks: Vec<IpNet> = items.iter().map(|r| r.block).collect();
    let found = overlaps(&blocks, limit);
    // Each pair in the order given: `a` before `b`, the relation read from `a`.
    let listed: Vec<(usize, usize)> = if n == 2 {
        vec![(0, 1)]
    } else {
        found
            .listed
            .iter()
            .map(|&(outer, inner)| (outer.min(inner), outer.max(inner)))
            .collect()
    };
    let mut pairs = Vec::with_capacity(listed.len());
    let mut listed_overlapping: u128 = 0;
    for (i, j) in listed {
        let (a, b) = (&items[i], &items[j]);
        let relation = Relation::of(a.block, b.block);
        listed_overlapping += u128::from(relation.overlaps());
        let reserved =
            (a.address.is_some() != b.address.is_some() && relation.overlaps()).then(|| {
                reserved_roles(a, b, relation, reservation)
                    .or_else(|| reserved_roles(b, a, relation.reversed(), reservation))
                    .unwrap_or_default()
            });
        pairs.push(Pair {
            a: i,
            b: j,
            relation,
            a_first: a.block.broadcast() < b.block.network(),
            reserved,
        });
    }
    let counts = PairCounts::new(n, found.count);
    let first = &items[0];
    let first_holds_all = items[1..]
        .iter()
        .all(|other| first.block.contains(&other.block));
    let answer = if found.count == 0 {
        SetRelation::Disjoint
    } else if n == 2 && first.block == items[1].block {
        SetRelation::Equal
    } else if first_holds_all {
        SetRelation::Contains
    } else {
        SetRelation::Overlap
    };
    Ok(Comparison {
        items,
        described,
        unlisted_host_bits,
        reservation,
        subnet_rule,
        other_subnet_rule,
        pairs,
        counts,
        unlisted: found.count - listed_overlapping,
        answer,
    })
}

/// Two items are one question, which has no answer across families: an IPv4 and an IPv6
/// item alone are refused (in a larger set they are simply disjoint).
fn two_of_one_family(request: &RelateRequest, items: &[Compared]) -> Result<(), Error> {
    match items {
        [a, b] if a.block.family() != b.block.family() => Err(Problem::MixedFamilies {
            first: request.items[0].given().to_string(),
            first_family: a.block.family(),
            other: request.items[1].given().to_string(),
            other_family: b.block.family(),
        }
        .into()),
        _ => Ok(()),
    }
}

/// The reserved roles of `address` in `block`, when `block` is a block containing it
/// (empty when it is usable).
fn reserved_roles(
    block: &Compared,
    address: &Compared,
    relation: Relation,
    reservation: Reservation,
) -> Option<Vec<ReservedRole>> {
    let addr = address.address?;
    if block.address.is_some() || relation != Relation::Contains {
        return None;
    }
    reservation
        .addresses(block.block)
        .into_iter()
        .find(|r| r.address == addr)
        .map(|r| r.roles)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::testing::book;

    fn compare(items: &[&str], limit: Option<usize>) -> Result<Comparison, Error> {
        relate(
            &RelateRequest {
                items: items.iter().map(|t| t.parse().unwrap()).collect(),
                strict: false,
                limit,
                names: Vec::new(),
            },
            &mut book(),
        )
    }

    /// 10.0.0.0/16 (to 10.0.255.255) holds both copies of 10.0.1.0/24, which are equal;
    /// 10.1.0.0/16 and 192.168.0.0/24 lie apart. 5 × 4 / 2 = 10 pairs: 3 overlap, 7 do not.
    #[test]
    fn pairs_are_counted_and_the_overlapping_ones_listed() {
        let c = compare(
            &[
                "10.0.0.0/16",
                "10.0.1.0/24",
                "10.0.1.0/24",
                "10.1.0.0/16",
                "192.168.0.0/24",
            ],
            None,
        )
        .unwrap();
        assert_eq!(
            c.counts,
            PairCounts {
                total: 10,
                overlapping: 3,
                disjoint: 7
            }
        );
        let pairs: Vec<(usize, usize, Relation)> =
            c.pairs.iter().map(|p| (p.a, p.b, p.relation)).collect();
        assert_eq!(
            pairs,
            [
                (0, 1, Relation::Contains),
                (0, 2, Relation::Contains),
                (1, 2, Relation::Equal)
            ]
        );
        assert_eq!((c.answer, c.unlisted), (SetRelation::Overlap, 0));
    }

    /// 7 copies of one /24: 7 × 6 / 2 = 21 equal pairs; a limit of 4 lists 4, 17 unlisted.
    #[test]
    fn the_limit_bounds_what_is_listed_not_what_is_counted() {
        let c = compare(&["10.0.0.0/24"; 7], Some(4)).unwrap();
        assert_eq!((c.answer, c.described), (SetRelation::Contains, 4));
        assert_eq!((c.counts.overlapping, c.unlisted), (21, 17));
        assert_eq!(c.listed_overlapping(), 4);
    }

    /// 10.0.0.2 in 10.0.0.0/16 is the DNS address (base + 2); 10.0.5.7 is usable; the
    /// two /16s 10.0.0.0 and 10.1.0.0 lie apart, the first before the second.
    #[test]
    fn addresses_carry_their_reserved_roles() {
        let c = compare(&["10.0.0.0/16", "10.0.0.2"], None).unwrap();
        assert_eq!(c.pairs[0].reserved, Some(vec![ReservedRole::Leading(2)]));
        let c = compare(&["10.0.5.7", "10.0.0.0/16"], None).unwrap();
        assert_eq!(c.pairs[0].relation, Relation::Inside);
        assert_eq!(c.pairs[0].reserved, Some(vec![]));
        let c = compare(&["10.0.0.0/16", "10.1.0.0/16"], None).unwrap();
        assert_eq!(c.answer, SetRelation::Disjoint);
        assert!(c.pairs[0].a_first && c.pairs[0].reserved.is_none());
    }

    #[test]
    fn refusals_are_typed() {
        assert_eq!(
            compare(&["10.0.0.0/16"], None).unwrap_err(),
            Error::Vpc(Box::new(Problem::TooFewItems))
        );
        assert!(matches!(
            compare(&["10.0.0.0/16", "2600::/56"], None).unwrap_err(),
            Error::Vpc(p) if matches!(*p, Problem::MixedFamilies { other_family: super::super::Family::V6, .. })
        ));
    }
}
