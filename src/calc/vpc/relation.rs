//! `awscalc cidr A B [C …]`: how blocks and addresses relate.
//!
//! Two CIDR blocks never partly overlap: either they share no address (disjoint), or the
//! one with the shorter prefix contains the other (equal when the prefixes match too).
//! AWS rules that hang on this: VPCs whose CIDR blocks overlap cannot be peered, and a
//! subnet must lie inside its VPC's block. An address is a block of one address (/32 or
//! /128); inside a block it is either usable or one of the 5 addresses AWS reserves.

use std::fmt;

use super::{
    describe_block_input, parse_address, pow2_number, resolve, size_rule, step, Address, Cidr,
    CidrInput, Reservation, Use,
};
use crate::error::Error;
use crate::facts::vpc::{PEERING_OVERLAP_RULE, SUBNET_IN_VPC_RULE};
use crate::facts::FactBook;
use crate::report::{Report, Value};

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
        address: Address,
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
    pub fn of(a: Cidr, b: Cidr) -> Relation {
        if a == b {
            Relation::Equal
        } else if a.contains(b) {
            Relation::Contains
        } else if b.contains(a) {
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

/// `awscalc cidr A B [C …]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RelateRequest {
    /// The blocks and addresses, in the order given (at least two).
    pub items: Vec<Item>,
    /// Refuse a block with host bits set.
    pub strict: bool,
}

/// One item resolved: its text, whether it is an address, and its range as a block.
struct Resolved {
    shown: String,
    address: Option<Address>,
    block: Cidr,
}

/// `awscalc cidr A B …`: each item, each pair's relation, and the relation of the set as
/// the answer (`disjoint`, `contains`, `equal` or `overlap`).
///
/// # Errors
/// [`Error::Conflict`] for fewer than two items or an IPv4 and an IPv6 item together;
/// [`Error::InvalidCidr`] for a block with host bits set under `strict`.
#[allow(clippy::too_many_lines, reason = "one report, built top to bottom")]
pub fn relate(request: &RelateRequest, book: &mut FactBook) -> Result<Report, Error> {
    let mut report = Report::new("cidr", book.as_of());
    if request.items.len() < 2 {
        return Err(Error::Conflict {
            message: "comparing needs at least two blocks or addresses, like \
                      `awscalc cidr 10.0.0.0/16 10.0.5.7`"
                .into(),
        });
    }
    let mut items = Vec::with_capacity(request.items.len());
    for item in &request.items {
        items.push(match item {
            Item::Block(input) => {
                let block = resolve(input, request.strict, &mut report)?;
                Resolved {
                    shown: block.to_string(),
                    address: None,
                    block,
                }
            }
            Item::Address { address, .. } => Resolved {
                shown: address.to_string(),
                address: Some(*address),
                block: Cidr::containing(*address, address.family().bits()),
            },
        });
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
    for (i, item) in items.iter().enumerate() {
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
                    item.block.network,
                    item.block.last(),
                    item.block.host_bits()
                ),
                Value::Number(pow2_number(item.block.host_bits())),
            ),
        };
        step(&mut report, item.shown.clone(), formula, value, "addresses");
    }
    let mut pairs = Vec::new();
    let mut any_overlap = false;
    for i in 0..items.len() {
        for j in i + 1..items.len() {
            let (a, b) = (&items[i], &items[j]);
            let relation = Relation::of(a.block, b.block);
            any_overlap |= relation.overlaps();
            step(
                &mut report,
                format!("{} vs {}", a.shown, b.shown),
                pair_arithmetic(a, b, relation),
                Value::text(relation.word()),
                "",
            );
            let reserved = reserved_role(a, b, relation, reservation)
                .or_else(|| reserved_role(b, a, relation.reversed(), reservation));
            pair_note(&mut report, a, b, relation, reserved.as_ref(), subnet_rule);
            let mut fields = vec![
                ("a".to_string(), Value::text(a.shown.clone())),
                ("b".to_string(), Value::text(b.shown.clone())),
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
    }
    let first = &items[0];
    let first_holds_all = items[1..]
        .iter()
        .all(|other| first.block.contains(other.block));
    let (answer, also): (&str, &[&str]) = if !any_overlap {
        ("disjoint", &[])
    } else if items.len() == 2 && first.block == items[1].block {
        ("equal", &["contains", "overlap"])
    } else if first_holds_all {
        ("contains", &["overlap"])
    } else if items.len() == 2 {
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
                .enumerate()
                .map(|(i, item)| item_value(&given(i), item, reservation))
                .collect(),
        ),
        "",
    );
    report.detail("pairs", Value::List(pairs), "");
    let others: Vec<&str> = items[1..].iter().map(|r| r.shown.as_str()).collect();
    report.headline = match (answer, items.len()) {
        ("disjoint", 2) => format!(
            "disjoint: {} and {} share no address",
            first.shown, others[0]
        ),
        ("disjoint", n) => format!("disjoint: the {n} share no address"),
        ("equal", _) => format!("equal: {} and {} are the same", first.shown, others[0]),
        ("contains", _) => format!("contains: {} holds {}", first.shown, others.join(", ")),
        (_, 2) => format!("overlap: {} lies inside {}", first.shown, others[0]),
        (_, n) => {
            let overlapping = count_overlapping(&items);
            format!(
                "overlap: {overlapping} of {} pairs share addresses",
                n * (n - 1) / 2
            )
        }
    };
    if items.iter().filter(|r| r.address.is_none()).count() >= 2 {
        report.note(format!(
            "AWS rules: {} ({}); {} ({})",
            PEERING_OVERLAP_RULE.text,
            PEERING_OVERLAP_RULE.source,
            SUBNET_IN_VPC_RULE.text,
            SUBNET_IN_VPC_RULE.source
        ));
    }
    report.summary = "two CIDR blocks either share no address or one holds the other: \
                      compare the first and last addresses"
        .into();
    report.attach_facts(book);
    Ok(report)
}

fn count_overlapping(items: &[Resolved]) -> usize {
    let mut n = 0;
    for i in 0..items.len() {
        for j in i + 1..items.len() {
            if items[i].block.overlaps(items[j].block) {
                n += 1;
            }
        }
    }
    n
}

/// The comparison that decides the relation, with the addresses filled in.
fn pair_arithmetic(a: &Resolved, b: &Resolved, relation: Relation) -> String {
    let range = |r: &Resolved| {
        if r.address.is_some() {
            r.shown.clone()
        } else {
            format!("{} to {}", r.block.network, r.block.last())
        }
    };
    match relation {
        Relation::Equal => format!("same range: {}", range(a)),
        Relation::Contains => format!("{} lies within {}", range(b), range(a)),
        Relation::Inside => format!("{} lies within {}", range(a), range(b)),
        Relation::Disjoint if a.block.last() < b.block.network => {
            format!("{} < {}", a.block.last(), b.block.network)
        }
        Relation::Disjoint => format!("{} < {}", b.block.last(), a.block.network),
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
        .find(|(a, _)| *a == addr)
        .map(|(_, role)| role)
}

/// What the relation means in AWS terms, as a note.
fn pair_note(
    report: &mut Report,
    a: &Resolved,
    b: &Resolved,
    relation: Relation,
    reserved: Option<&String>,
    subnet_rule: super::SizeRule,
) {
    let (outer, inner) = match relation {
        Relation::Inside => (b, a),
        _ => (a, b),
    };
    if inner.address.is_some() && outer.address.is_none() {
        let text = match (relation.overlaps(), reserved) {
            (false, _) => format!("{} is not in {}", inner.shown, outer.shown),
            (true, Some(role)) => format!(
                "{} is in {} and AWS reserves it in a subnet of that block: {role}",
                inner.shown, outer.shown
            ),
            (true, None) => format!(
                "{} is in {} and usable in a subnet of that block (not one of the first 4 or \
                 the last address AWS reserves)",
                inner.shown, outer.shown
            ),
        };
        report.note(text);
        return;
    }
    if a.address.is_some() || b.address.is_some() {
        return;
    }
    match relation {
        Relation::Disjoint => report.note(format!(
            "{} and {} do not overlap: VPCs with these blocks can be peered; neither can be a \
             subnet of a VPC with the other",
            a.shown, b.shown
        )),
        Relation::Equal => report.note(format!(
            "{} twice: the same block, so two VPCs with it cannot be peered; a subnet may be \
             the whole VPC block",
            a.shown
        )),
        Relation::Contains | Relation::Inside => {
            let fits = if subnet_rule.allows(inner.block.prefix) {
                String::new()
            } else {
                format!(
                    ", but /{} is not an AWS subnet size ({})",
                    inner.block.prefix,
                    subnet_rule.describe()
                )
            };
            report.note(format!(
                "{} lies inside {}: it can be a subnet of a VPC with that block{fits}; two VPCs \
                 with these blocks overlap and cannot be peered",
                inner.shown, outer.shown
            ));
        }
    }
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
            ("first".to_string(), Value::text(block.network.to_string())),
            ("last".to_string(), Value::text(block.last().to_string())),
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
    use crate::facts::Registry;
    use jiff::civil::date;
    use std::net::{Ipv4Addr, Ipv6Addr};

    fn relate_all(items: &[&str]) -> Result<Report, Error> {
        relate(
            &RelateRequest {
                items: items.iter().map(|t| t.parse().unwrap()).collect(),
                strict: false,
            },
            &mut FactBook::new(Registry::builtin(), date(2026, 11, 22)),
        )
    }

    fn answer(items: &[&str]) -> String {
        relate_all(items).unwrap().primary().unwrap().value.plain()
    }

    fn block(s: &str) -> Cidr {
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

        fn any_block() -> impl Strategy<Value = Cidr> {
            prop_oneof![
                (any::<u32>(), 0u32..=32)
                    .prop_map(|(a, p)| Cidr::containing(Address::v4(Ipv4Addr::from(a)), p)),
                (any::<u128>(), 0u32..=128)
                    .prop_map(|(a, p)| Cidr::containing(Address::v6(Ipv6Addr::from(a)), p)),
            ]
        }

        /// Blocks near each other, so that containment and equality come up often.
        fn near_pair() -> impl Strategy<Value = (Cidr, Cidr)> {
            (any::<u32>(), 0u32..=32, 0u32..=32, 0u32..=255).prop_map(|(a, p, q, d)| {
                let x = Cidr::containing(Address::v4(Ipv4Addr::from(a)), p);
                let y = Cidr::containing(Address::v4(Ipv4Addr::from(a ^ d)), q);
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
                    a.contains_address(later) && b.contains_address(later)
                );
            }

            #[test]
            fn prop_no_panic_on_any_items(a in "\\PC*", b in "[0-9a-f:./]{0,45}") {
                let items: Vec<Item> = [a, b].iter().filter_map(|t| t.parse().ok()).collect();
                let _ = relate(
                    &RelateRequest { items, strict: false },
                    &mut FactBook::new(Registry::builtin(), date(2026, 11, 22)),
                );
            }
        }
    }
}
