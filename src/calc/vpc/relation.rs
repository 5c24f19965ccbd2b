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

use std::collections::HashSet;
use std::fmt;

use std::net::IpAddr;

use ipnet::IpNet;

use super::address::{pow2_number, Block};
// Not yet migrated to the typed core: this form still builds its report here, with the
// shared pieces of the explanation layer.
use super::overlap::overlaps;
use super::parse::{parse_address, CidrInput};
use super::rules::{size_rule, Reservation, SizeRule, Use};
use crate::error::Error;
use crate::explain::vpc::{describe_block_input, resolve_noted as resolve, size_words, step};
use crate::facts::vpc::{PEERING_OVERLAP_RULE, SUBNET_IN_VPC_RULE};
use crate::facts::FactBook;
use crate::report::{Number, Report, Value};

/// The accepted forms of an item, for error messages.
const ITEM_FORMS: &str = "a block like 10.0.0.0/16 or 2600:1f18::/56, or an address like \
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
            None => Err(Error::InvalidCidr {
                input: text.to_string(),
                reason: if trimmed.is_empty() {
                    "it is empty".into()
                } else {
                    format!("`{trimmed}` is neither a block (address/prefix) nor an IP address")
                },
                expected: ITEM_FORMS,
            }),
        }
    }
}

/// How one item relates to another.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
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
}

/// One item resolved: whether it is an address, and its range as a block.
struct Resolved {
    address: Option<IpAddr>,
    block: IpNet,
}

impl Resolved {
    /// The address, or the block in canonical form.
    fn shown(&self) -> String {
        match self.address {
            Some(address) => address.to_string(),
            None => self.block.to_string(),
        }
    }
}

/// `awscalc cidr A B …`: the pairs that share addresses (found by [`overlaps`]), how many
/// pairs are disjoint, and the relation of the set as the answer (`disjoint`, `contains`,
/// `equal` or `overlap`). Items are described one by one, and overlapping pairs listed,
/// up to the limit; two items are one question, so their pair is listed whatever its
/// relation. Time `O(n log n)`; memory `O(n)` while it runs, and the report holds only
/// what it lists.
///
/// # Errors
/// [`Error::Conflict`] for fewer than two items or an IPv4 and an IPv6 item together;
/// [`Error::InvalidCidr`] for a block with host bits set under `strict`.
#[allow(clippy::too_many_lines, reason = "one report, built top to bottom")]
pub fn relate(request: &RelateRequest, book: &mut FactBook) -> Result<Report, Error> {
    let mut report = Report::new("cidr", book.as_of());
    let n = request.items.len();
    if n < 2 {
        return Err(Error::Conflict {
            message: "comparing needs at least two blocks or addresses, like \
                      `awscalc cidr 10.0.0.0/16 10.0.5.7`"
                .into(),
        });
    }
    let limit = request.limit.unwrap_or(DEFAULT_LISTED);
    // Two items are always both described: their one pair is the question.
    let described = n.min(limit.max(2));
    let mut items = Vec::with_capacity(n);
    let mut unlisted_host_bits: usize = 0;
    for (i, item) in request.items.iter().enumerate() {
        items.push(match item {
            Item::Block(input) => {
                let block = if i < described {
                    resolve(input, request.strict, &mut report)?
                } else {
                    if input.has_host_bits() {
                        if request.strict {
                            return Err(input.host_bits_error());
                        }
                        unlisted_host_bits += 1;
                    }
                    input.block()
                };
                Resolved {
                    address: None,
                    block,
                }
            }
            Item::Address { address, .. } => Resolved {
                address: Some(*address),
                block: IpNet::from(*address),
            },
        });
    }
    if unlisted_host_bits > 0 {
        report.warn(format!(
            "host bits are set in {} of the blocks not described: their networks are used \
             (--strict makes this an error)",
            Number::from(unlisted_host_bits).grouped(),
        ));
    }
    let given = |i: usize| match &request.items[i] {
        Item::Block(input) => input.text().trim().to_string(),
        Item::Address { text, .. } => text.trim().to_string(),
    };
    let first_family = items[0].block.family();
    if let Some(j) = items.iter().position(|r| r.block.family() != first_family) {
        return Err(Error::Conflict {
            message: format!(
                "cannot compare `{}` ({}) with `{}` ({}): blocks and addresses compared \
                 together must all be IPv4 or all IPv6",
                given(0),
                first_family.name(),
                given(j),
                items[j].block.family().name()
            ),
        });
    }
    let reservation = Reservation::from_facts(book)?;
    let subnet_rule = size_rule(first_family, Use::Subnet, book)?;
    for (i, item) in items.iter().enumerate().take(described) {
        match (&request.items[i], item.address) {
            (Item::Block(input), None) => {
                describe_block_input(input, item.block, &mut report);
                let last = report.inputs.len() - 1;
                report.inputs[last].name = format!("cidr {}", i + 1);
            }
            (_, Some(address)) => report.input(
                &format!("address {}", i + 1),
                &given(i),
                format!("{} address {address}", first_family.name()),
                Value::text(address.to_string()),
            ),
            (Item::Address { .. }, None) => {}
        }
        let (formula, value) = match item.address {
            Some(_) => ("a single address".to_string(), Value::number(1u32)),
            None => (
                format!(
                    "{} to {}: 2^{}",
                    item.block.network(),
                    item.block.broadcast(),
                    item.block.host_bits()
                ),
                Value::Number(pow2_number(item.block.host_bits())),
            ),
        };
        step(&mut report, item.shown(), formula, value, "addresses");
    }
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
    let mut noted = HashSet::new();
    for (i, j) in listed {
        let (a, b) = (&items[i], &items[j]);
        let relation = Relation::of(a.block, b.block);
        listed_overlapping += u128::from(relation.overlaps());
        // Among many, the positions say which of equal blocks are meant.
        let label = if n == 2 {
            format!("{} vs {}", a.shown(), b.shown())
        } else {
            format!("#{} {} vs #{} {}", i + 1, a.shown(), j + 1, b.shown())
        };
        step(
            &mut report,
            label,
            pair_arithmetic(a, b, relation),
            Value::text(relation.word()),
            "",
        );
        let reserved = reserved_role(a, b, relation, reservation)
            .or_else(|| reserved_role(b, a, relation.reversed(), reservation));
        // Equal blocks given several times make the same note for several pairs: once is enough.
        if let Some(text) = pair_note(a, b, relation, reserved.as_ref(), subnet_rule) {
            if noted.insert(text.clone()) {
                report.note(text);
            }
        }
        let mut fields = vec![
            ("a".to_string(), Value::text(a.shown())),
            ("b".to_string(), Value::text(b.shown())),
            ("a_item".to_string(), Value::number(i + 1)),
            ("b_item".to_string(), Value::number(j + 1)),
            ("relation".to_string(), Value::text(relation.word())),
            ("overlap".to_string(), Value::Bool(relation.overlaps())),
        ];
        if a.address.is_some() != b.address.is_some() && relation.overlaps() {
            fields.push((
                "reserved".to_string(),
                reserved.map_or(Value::Null, Value::text),
            ));
        }
        pairs.push(Value::Map(fields));
    }
    let counts = PairCounts::new(n, found.count);
    let unlisted = found.count - listed_overlapping;
    if n > 2 {
        counts.steps(n, &mut report);
    }
    let first = &items[0];
    let first_holds_all = items[1..]
        .iter()
        .all(|other| first.block.contains(&other.block));
    let (answer, also): (&str, &[&str]) = if found.count == 0 {
        ("disjoint", &[])
    } else if n == 2 && first.block == items[1].block {
        ("equal", &["contains", "overlap"])
    } else if first_holds_all {
        ("contains", &["overlap"])
    } else if n == 2 {
        ("overlap", &["inside"])
    } else {
        ("overlap", &[])
    };
    report.field("relation", Value::text(answer), "");
    report.answer.push("relation".into());
    report.also_true = also.iter().map(ToString::to_string).collect();
    report.detail(
        "items",
        Value::List(
            items
                .iter()
                .take(described)
                .enumerate()
                .map(|(i, item)| item_value(&given(i), item, reservation))
                .collect(),
        ),
        "",
    );
    report.detail("items_total", Value::number(n), "items");
    report.detail("items_unlisted", Value::number(n - described), "items");
    report.detail("pairs", Value::List(pairs), "");
    report.detail("pairs_total", Value::number(counts.total), "pairs");
    report.detail(
        "pairs_overlapping",
        Value::number(counts.overlapping),
        "pairs",
    );
    report.detail("pairs_disjoint", Value::number(counts.disjoint), "pairs");
    report.detail("pairs_unlisted", Value::number(unlisted), "pairs");
    report.headline = headline(answer, &items, &counts);
    if described < n {
        report.note(format!(
            "items described: {} of {}, in the order given; every one is compared (--limit N \
             describes up to N)",
            Number::from(described).grouped(),
            Number::from(n).grouped(),
        ));
    }
    if unlisted > 0 {
        report.note(format!(
            "overlapping pairs listed: {} of {}, the first in address order; the rest are \
             counted, not listed (--limit N lists up to N)",
            Number::from(listed_overlapping).grouped(),
            Number::from(counts.overlapping).grouped(),
        ));
    }
    if items
        .iter()
        .filter(|r| r.address.is_none())
        .nth(1)
        .is_some()
    {
        report.note(format!(
            "AWS rules: {} ({}); {} ({})",
            PEERING_OVERLAP_RULE.text,
            PEERING_OVERLAP_RULE.source,
            SUBNET_IN_VPC_RULE.text,
            SUBNET_IN_VPC_RULE.source
        ));
    }
    report.summary = if n == 2 {
        "two CIDR blocks either share no address or one holds the other: compare the first \
         and last addresses"
            .into()
    } else {
        format!(
            "{} blocks and addresses, {} pairs: {} overlapping, {} disjoint; two CIDR blocks \
             either share no address or one holds the other, so one pass over them sorted by \
             first address finds every overlap",
            Number::from(n).grouped(),
            Number::from(counts.total).grouped(),
            Number::from(counts.overlapping).grouped(),
            Number::from(counts.disjoint).grouped()
        )
    };
    report.attach_facts(book);
    Ok(report)
}

/// How many pairs `n` items make, and how many of them overlap.
struct PairCounts {
    total: u128,
    overlapping: u128,
    disjoint: u128,
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

    /// The count of pairs, of those that overlap, and of the rest, as steps.
    fn steps(&self, n: usize, report: &mut Report) {
        let n = Number::from(n).grouped();
        let total = Number::from(self.total).grouped();
        let overlapping = Number::from(self.overlapping).grouped();
        step(
            report,
            "pairs",
            format!("{n} × ({n} − 1) / 2"),
            Value::number(self.total),
            "pairs",
        );
        step(
            report,
            "pairs that share addresses",
            "one pass, sorted by first address",
            Value::number(self.overlapping),
            "pairs",
        );
        step(
            report,
            "disjoint pairs",
            format!("{total} − {overlapping}"),
            Value::number(self.disjoint),
            "pairs",
        );
    }
}

/// The answer in a few words. Up to [`NAMED_IN_HEADLINE`] blocks are named; more are counted.
fn headline(answer: &str, items: &[Resolved], counts: &PairCounts) -> String {
    let first = items[0].shown();
    let others = &items[1..];
    let n = items.len();
    match (answer, n) {
        ("disjoint", 2) => format!(
            "disjoint: {first} and {} share no address",
            others[0].shown()
        ),
        ("disjoint", _) => format!(
            "disjoint: the {} share no address",
            Number::from(n).grouped()
        ),
        ("equal", _) => format!("equal: {first} and {} are the same", others[0].shown()),
        ("contains", _) if others.len() <= NAMED_IN_HEADLINE => {
            let names: Vec<String> = others.iter().map(Resolved::shown).collect();
            format!("contains: {first} holds {}", names.join(", "))
        }
        ("contains", _) => format!(
            "contains: {first} holds the other {}",
            Number::from(others.len()).grouped()
        ),
        (_, 2) => format!("overlap: {first} lies inside {}", others[0].shown()),
        _ => format!(
            "overlap: {} of {} pairs share addresses",
            Number::from(counts.overlapping).grouped(),
            Number::from(counts.total).grouped()
        ),
    }
}

/// The most blocks a `contains` headline names one by one.
const NAMED_IN_HEADLINE: usize = 5;

/// The comparison that decides the relation, with the addresses filled in.
fn pair_arithmetic(a: &Resolved, b: &Resolved, relation: Relation) -> String {
    let range = |r: &Resolved| {
        if r.address.is_some() {
            r.shown()
        } else {
            format!("{} to {}", r.block.network(), r.block.broadcast())
        }
    };
    match relation {
        Relation::Equal => format!("same range: {}", range(a)),
        Relation::Contains => format!("{} lies within {}", range(b), range(a)),
        Relation::Inside => format!("{} lies within {}", range(a), range(b)),
        Relation::Disjoint if a.block.broadcast() < b.block.network() => {
            format!("{} < {}", a.block.broadcast(), b.block.network())
        }
        Relation::Disjoint => format!("{} < {}", b.block.broadcast(), a.block.network()),
    }
}

/// The reserved role of `address` in `block`, when `block` is a block containing it.
fn reserved_role(
    block: &Resolved,
    address: &Resolved,
    relation: Relation,
    reservation: Reservation,
) -> Option<String> {
    let addr = address.address?;
    if block.address.is_some() || relation != Relation::Contains {
        return None;
    }
    reservation
        .addresses(block.block)
        .into_iter()
        .find(|r| r.address == addr)
        .map(|r| crate::explain::vpc::roles_words(&r.roles))
}

/// What the relation means in AWS terms, as a note.
fn pair_note(
    a: &Resolved,
    b: &Resolved,
    relation: Relation,
    reserved: Option<&String>,
    subnet_rule: SizeRule,
) -> Option<String> {
    let (outer, inner) = match relation {
        Relation::Inside => (b, a),
        _ => (a, b),
    };
    if inner.address.is_some() && outer.address.is_none() {
        return Some(match (relation.overlaps(), reserved) {
            (false, _) => format!("{} is not in {}", inner.shown(), outer.shown()),
            (true, Some(role)) => format!(
                "{} is in {} and AWS reserves it in a subnet of that block: {role}",
                inner.shown(),
                outer.shown()
            ),
            (true, None) => format!(
                "{} is in {} and usable in a subnet of that block (not one of the first 4 or \
                 the last address AWS reserves)",
                inner.shown(),
                outer.shown()
            ),
        });
    }
    if a.address.is_some() || b.address.is_some() {
        return None;
    }
    Some(match relation {
        Relation::Disjoint => format!(
            "{} and {} do not overlap: VPCs with these blocks can be peered; neither can be a \
             subnet of a VPC with the other",
            a.shown(),
            b.shown()
        ),
        Relation::Equal => format!(
            "{} twice: the same block, so two VPCs with it cannot be peered; a subnet may be \
             the whole VPC block",
            a.shown()
        ),
        Relation::Contains | Relation::Inside => {
            let fits = if subnet_rule.allows(inner.block.prefix()) {
                String::new()
            } else {
                format!(
                    ", but /{} is not an AWS subnet size ({})",
                    inner.block.prefix(),
                    size_words(subnet_rule)
                )
            };
            format!(
                "{} lies inside {}: it can be a subnet of a VPC with that block{fits}; two VPCs \
                 with these blocks overlap and cannot be peered",
                inner.shown(),
                outer.shown()
            )
        }
    })
}

/// An item for `result.items`.
fn item_value(given: &str, item: &Resolved, reservation: Reservation) -> Value {
    let mut fields = vec![
        ("given".to_string(), Value::text(given)),
        (
            "kind".to_string(),
            Value::text(if item.address.is_some() {
                "address"
            } else {
                "block"
            }),
        ),
    ];
    if let Some(address) = item.address {
        fields.push(("address".into(), Value::text(address.to_string())));
    } else {
        let block = item.block;
        fields.extend([
            ("cidr".to_string(), Value::text(block.to_string())),
            (
                "first".to_string(),
                Value::text(block.network().to_string()),
            ),
            (
                "last".to_string(),
                Value::text(block.broadcast().to_string()),
            ),
            (
                "total".to_string(),
                Value::Number(pow2_number(block.host_bits())),
            ),
            (
                "usable".to_string(),
                Value::number(reservation.usable(block.host_bits())),
            ),
        ]);
    }
    Value::Map(fields)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::vpc::containing;
    use crate::facts::Registry;
    use jiff::civil::date;
    use std::net::{Ipv4Addr, Ipv6Addr};

    fn relate_all(items: &[&str]) -> Result<Report, Error> {
        relate(
            &RelateRequest {
                items: items.iter().map(|t| t.parse().unwrap()).collect(),
                strict: false,
                limit: None,
            },
            &mut FactBook::new(Registry::builtin(), date(2026, 11, 22)),
        )
    }

    fn answer(items: &[&str]) -> String {
        relate_all(items).unwrap().primary().unwrap().value.plain()
    }

    fn block(s: &str) -> IpNet {
        s.parse().unwrap()
    }

    /// 10.0.0.0/16 is 10.0.0.0 to 10.0.255.255; 10.0.128.0/17 is 10.0.128.0 to
    /// 10.0.255.255, inside it; 192.168.0.0/24 starts above 10.0.255.255: disjoint from both.
    #[test]
    fn issue_example_three_blocks() {
        assert_eq!(
            Relation::of(block("10.0.0.0/16"), block("10.0.128.0/17")),
            Relation::Contains
        );
        assert_eq!(
            Relation::of(block("10.0.128.0/17"), block("192.168.0.0/24")),
            Relation::Disjoint
        );
        let r = relate_all(&["10.0.0.0/16", "10.0.128.0/17", "192.168.0.0/24"]).unwrap();
        assert_eq!(r.primary().unwrap().value.plain(), "overlap");
        assert!(r.headline.contains("1 of 3 pairs"), "{}", r.headline);
        assert!(r.check("overlap").unwrap().matches);
        assert!(!r.check("disjoint").unwrap().matches);
        assert!(!r.check("contains").unwrap().matches);
    }

    #[test]
    fn the_answer_is_the_relation_of_the_set() {
        assert_eq!(answer(&["10.0.0.0/16", "10.1.0.0/16"]), "disjoint");
        assert_eq!(answer(&["10.0.0.0/16", "10.0.0.0/24"]), "contains");
        assert_eq!(answer(&["10.0.0.0/24", "10.0.0.0/16"]), "overlap");
        assert_eq!(answer(&["10.0.0.0/16", "10.0.0.0/16"]), "equal");
        let r = relate_all(&["10.0.0.0/16", "10.0.0.0/24"]).unwrap();
        assert!(
            r.check("overlap").unwrap().matches,
            "containing is overlapping"
        );
        let r = relate_all(&["10.0.0.0/24", "10.0.0.0/16"]).unwrap();
        assert!(
            !r.check("contains").unwrap().matches,
            "the first does not hold the second"
        );
        assert!(r.check("inside").unwrap().matches);
    }

    /// 10.0.0.0/16: base 10.0.0.0, +1 router, +2 DNS, +3 future, last 10.0.255.255.
    /// 10.0.5.7 is none of them.
    #[test]
    fn an_address_is_in_a_block_and_maybe_reserved() {
        let r = relate_all(&["10.0.0.0/16", "10.0.5.7"]).unwrap();
        assert_eq!(r.primary().unwrap().value.plain(), "contains");
        assert!(
            r.notes.iter().any(|n| n.text.contains("usable")),
            "{:?}",
            r.notes
        );
        let r = relate_all(&["10.0.0.0/16", "10.0.0.2"]).unwrap();
        assert!(
            r.notes
                .iter()
                .any(|n| n.text.contains("Amazon DNS server (base + 2)")),
            "{:?}",
            r.notes
        );
        let r = relate_all(&["10.0.0.0/16", "10.0.255.255"]).unwrap();
        assert!(
            r.notes.iter().any(|n| n.text.contains("broadcast")),
            "{:?}",
            r.notes
        );
        assert_eq!(answer(&["10.0.0.0/16", "10.1.0.0"]), "disjoint");
        assert_eq!(answer(&["10.0.0.0", "10.0.0.0/16"]), "overlap");
    }

    fn relate_with(items: &[&str], limit: Option<usize>, strict: bool) -> Result<Report, Error> {
        relate(
            &RelateRequest {
                items: items.iter().map(|t| t.parse().unwrap()).collect(),
                strict,
                limit,
            },
            &mut FactBook::new(Registry::builtin(), date(2026, 11, 22)),
        )
    }

    fn plain(r: &Report, name: &str) -> String {
        r.get(name).unwrap().value.plain()
    }

    fn pair_words(r: &Report) -> Vec<String> {
        let Value::List(pairs) = &r.get("pairs").unwrap().value else {
            panic!("pairs is a list")
        };
        pairs
            .iter()
            .map(|p| {
                let Value::Map(fields) = p else {
                    panic!("a pair is a map")
                };
                let field = |k: &str| fields.iter().find(|(n, _)| n == k).unwrap().1.plain();
                format!(
                    "#{} {} {} #{} {}",
                    field("a_item"),
                    field("a"),
                    field("relation"),
                    field("b_item"),
                    field("b")
                )
            })
            .collect()
    }

    /// 10.0.0.0/16 (to 10.0.255.255) holds both copies of 10.0.1.0/24, which are equal;
    /// 10.1.0.0/16 and 192.168.0.0/24 lie apart. 5 × 4 / 2 = 10 pairs: 3 overlap, 7 do not.
    #[test]
    fn many_items_list_only_the_overlapping_pairs_and_count_the_rest() {
        let r = relate_with(
            &[
                "10.0.0.0/16",
                "10.0.1.0/24",
                "10.0.1.0/24",
                "10.1.0.0/16",
                "192.168.0.0/24",
            ],
            None,
            false,
        )
        .unwrap();
        assert_eq!(r.headline, "overlap: 3 of 10 pairs share addresses");
        assert_eq!(
            pair_words(&r),
            [
                "#1 10.0.0.0/16 contains #2 10.0.1.0/24",
                "#1 10.0.0.0/16 contains #3 10.0.1.0/24",
                "#2 10.0.1.0/24 equal #3 10.0.1.0/24",
            ]
        );
        assert_eq!(plain(&r, "pairs_total"), "10");
        assert_eq!(plain(&r, "pairs_overlapping"), "3");
        assert_eq!(plain(&r, "pairs_disjoint"), "7");
        assert_eq!(plain(&r, "pairs_unlisted"), "0");
        assert_eq!(plain(&r, "items_total"), "5");
        assert_eq!(plain(&r, "items_unlisted"), "0");
        // The two copies make the same note with 10.0.0.0/16: it is written once.
        let inside = r
            .notes
            .iter()
            .filter(|n| n.text.starts_with("10.0.1.0/24 lies inside 10.0.0.0/16"))
            .count();
        assert_eq!(inside, 1, "{:?}", r.notes);
    }

    /// 7 copies of 10.0.0.0/24: 7 × 6 / 2 = 21 equal pairs. A limit of 4 describes the first
    /// 4 items and lists the first 4 pairs; 21 − 4 = 17 pairs and 7 − 4 = 3 items are left
    /// out. The first holds the other 6, more than the headline names one by one.
    #[test]
    fn the_limit_bounds_what_is_listed_not_what_is_counted() {
        let r = relate_with(&["10.0.0.0/24"; 7], Some(4), false).unwrap();
        assert_eq!(r.primary().unwrap().value.plain(), "contains");
        assert_eq!(r.headline, "contains: 10.0.0.0/24 holds the other 6");
        assert_eq!(r.inputs.len(), 4);
        assert_eq!(plain(&r, "items_unlisted"), "3");
        assert_eq!(plain(&r, "pairs_overlapping"), "21");
        assert_eq!(plain(&r, "pairs_unlisted"), "17");
        assert_eq!(
            pair_words(&r),
            [
                "#1 10.0.0.0/24 equal #2 10.0.0.0/24",
                "#1 10.0.0.0/24 equal #3 10.0.0.0/24",
                "#2 10.0.0.0/24 equal #3 10.0.0.0/24",
                "#1 10.0.0.0/24 equal #4 10.0.0.0/24",
            ]
        );
        assert!(
            r.notes
                .iter()
                .any(|n| n.text.starts_with("overlapping pairs listed: 4 of 21")),
            "{:?}",
            r.notes
        );
        assert!(
            r.notes
                .iter()
                .any(|n| n.text.starts_with("items described: 4 of 7")),
            "{:?}",
            r.notes
        );
    }

    /// Two items are one question: a limit of 1 still describes both and lists their pair,
    /// disjoint or not (10.0.255.255 < 10.1.0.0).
    #[test]
    fn two_items_list_their_pair_even_when_disjoint() {
        let r = relate_with(&["10.0.0.0/16", "10.1.0.0/16"], Some(1), false).unwrap();
        assert_eq!(pair_words(&r), ["#1 10.0.0.0/16 disjoint #2 10.1.0.0/16"]);
        assert_eq!(r.inputs.len(), 2);
        assert_eq!(plain(&r, "pairs_disjoint"), "1");
        assert_eq!(plain(&r, "pairs_unlisted"), "0");
        assert!(r
            .steps
            .iter()
            .any(|s| s.formula == "10.0.255.255 < 10.1.0.0"));
    }

    /// Described blocks warn one by one about host bits; the others are counted, and
    /// `--strict` refuses them all the same.
    #[test]
    fn host_bits_beyond_the_described_items_are_counted_or_refused() {
        let items = ["10.0.0.0/16", "10.0.1.0/24", "10.0.2.5/24", "10.0.3.9/24"];
        let r = relate_with(&items, Some(2), false).unwrap();
        assert!(
            r.notes.iter().any(|n| n
                .text
                .starts_with("host bits are set in 2 of the blocks not described")),
            "{:?}",
            r.notes
        );
        let err = relate_with(&items, Some(2), true).unwrap_err().to_string();
        assert!(err.contains("`10.0.2.5/24`"), "{err}");
    }

    #[test]
    fn ipv4_with_ipv6_is_an_error_naming_both() {
        let err = relate_all(&["10.0.0.0/16", "2600::/56"])
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("`10.0.0.0/16` (IPv4)") && err.contains("`2600::/56` (IPv6)"),
            "{err}"
        );
    }

    #[test]
    fn bad_items_name_the_input() {
        let err = "10.0.0".parse::<Item>().unwrap_err().to_string();
        assert!(
            err.contains("`10.0.0`") && err.contains("an address like"),
            "{err}"
        );
    }

    mod props {
        use super::*;
        use proptest::prelude::*;

        fn any_block() -> impl Strategy<Value = IpNet> {
            prop_oneof![
                (any::<u32>(), 0u32..=32).prop_map(|(a, p)| containing(
                    IpAddr::V4(Ipv4Addr::from(a)),
                    p
                )
                .unwrap()),
                (any::<u128>(), 0u32..=128).prop_map(|(a, p)| containing(
                    IpAddr::V6(Ipv6Addr::from(a)),
                    p
                )
                .unwrap()),
            ]
        }

        /// Blocks near each other, so that containment and equality come up often.
        fn near_pair() -> impl Strategy<Value = (IpNet, IpNet)> {
            (any::<u32>(), 0u32..=32, 0u32..=32, 0u32..=255).prop_map(|(a, p, q, d)| {
                let x = containing(IpAddr::V4(Ipv4Addr::from(a)), p).unwrap();
                let y = containing(IpAddr::V4(Ipv4Addr::from(a ^ d)), q).unwrap();
                (x, y)
            })
        }

        proptest! {
            #[test]
            fn prop_relation_is_symmetric_and_contains_antisymmetric(
                (a, b) in prop_oneof![near_pair(), (any_block(), any_block())]
            ) {
                let ab = Relation::of(a, b);
                let ba = Relation::of(b, a);
                prop_assert_eq!(ab.reversed(), ba);
                prop_assert_eq!(ab.overlaps(), ba.overlaps());
                prop_assert_eq!(ab == Relation::Disjoint, ba == Relation::Disjoint);
                if ab == Relation::Contains {
                    prop_assert_ne!(ba, Relation::Contains);
                    prop_assert!(a.prefix() < b.prefix());
                }
                // Overlap means a shared address: the later network lies in both.
                let later = a.network().max(b.network());
                prop_assert_eq!(
                    ab.overlaps(),
                    a.contains(&later) && b.contains(&later)
                );
            }

            #[test]
            fn prop_no_panic_on_any_items(a in "\\PC*", b in "[0-9a-f:./]{0,45}") {
                let items: Vec<Item> = [a, b].iter().filter_map(|t| t.parse().ok()).collect();
                let _ = relate(
                    &RelateRequest { items, strict: false, limit: None },
                    &mut FactBook::new(Registry::builtin(), date(2026, 11, 22)),
                );
            }
        }
    }
}
