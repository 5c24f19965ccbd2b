//! `awscalc cidr A B [C …]` in words: [`crate::calc::vpc::relate`]'s [`Comparison`] as a
//! report.

use std::collections::HashSet;

use crate::calc::vpc::{
    self as calc, Block, Compared, Comparison, Item, Pair, RelateRequest, Relation, SetRelation,
};
use crate::error::Error;
use crate::facts::vpc::{PEERING_OVERLAP_RULE, SUBNET_IN_VPC_RULE};
use crate::facts::FactBook;
use crate::report::{Number, Report, Value};

use super::{describe_block_input, host_bits_warning, pow2_number, roles_words, size_words, step};

/// The most blocks a `contains` headline names one by one.
const NAMED_IN_HEADLINE: usize = 5;

/// The address, or the block in canonical form.
fn shown(item: &Compared) -> String {
    match item.address {
        Some(address) => address.to_string(),
        None => item.block.to_string(),
    }
}

/// `awscalc cidr A B …`: [`calc::relate`], explained.
///
/// # Errors
/// As [`calc::relate`].
pub fn relate(request: &RelateRequest, book: &mut FactBook) -> Result<Report, Error> {
    let c = calc::relate(request, book)?;
    let mut report = Report::new("cidr", book.as_of());
    let n = c.items.len();
    for (input, item) in request.items.iter().zip(&c.items).take(c.described) {
        if let (Item::Block(input), true) = (input, item.host_bits_set) {
            host_bits_warning(input, item.block, &mut report);
        }
    }
    if c.unlisted_host_bits > 0 {
        report.warn(format!(
            "host bits are set in {} of the blocks not described: their networks are used \
             (--strict makes this an error)",
            Number::from(c.unlisted_host_bits).grouped(),
        ));
    }
    for (i, item) in c.items.iter().enumerate().take(c.described) {
        match (&request.items[i], item.address) {
            (Item::Block(input), None) => {
                describe_block_input(input, item.block, &mut report);
                name_input(&mut report, request, i);
            }
            (given, Some(address)) => report.input(
                &format!("address {}", i + 1),
                given.given(),
                format!("{} address {address}", item.block.family().name()),
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
        step(&mut report, shown(item), formula, value, "addresses");
    }
    let pairs = pairs(&mut report, request, &c);
    if n > 2 {
        count_steps(&mut report, &c);
    }
    fields(&mut report, request, &c, pairs);
    report.headline = headline(&c);
    if c.described < n {
        report.note(format!(
            "items described: {} of {}, in the order given; every one is compared (--limit N \
             describes up to N)",
            Number::from(c.described).grouped(),
            Number::from(n).grouped(),
        ));
    }
    if c.unlisted > 0 {
        report.note(format!(
            "overlapping pairs listed: {} of {}, the first in address order; the rest are \
             counted, not listed (--limit N lists up to N)",
            Number::from(c.listed_overlapping()).grouped(),
            Number::from(c.counts.overlapping).grouped(),
        ));
    }
    if c.items
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
            Number::from(c.counts.total).grouped(),
            Number::from(c.counts.overlapping).grouped(),
            Number::from(c.counts.disjoint).grouped()
        )
    };
    report.attach_facts(book);
    Ok(report)
}

/// The last input is block `i`: `cidr 3`, with the name it was read with, where it has one.
fn name_input(report: &mut Report, request: &RelateRequest, i: usize) {
    let last = report.inputs.len() - 1;
    report.inputs[last].name = format!("cidr {}", i + 1);
    if let Some(name) = item_name(request, i) {
        let understood = &report.inputs[last].understood;
        report.inputs[last].understood = format!("{understood} ({name})");
    }
}

/// The name an item was read with (its `VpcId` or `SubnetId`), where it has one.
fn item_name(request: &RelateRequest, i: usize) -> Option<&str> {
    request
        .names
        .get(i)
        .map(String::as_str)
        .filter(|n| !n.is_empty())
}

/// Each listed pair as a step and a note (once per distinct note); their JSON values.
fn pairs(report: &mut Report, request: &RelateRequest, c: &Comparison) -> Vec<Value> {
    let n = c.items.len();
    let mut noted = HashSet::new();
    let mut values = Vec::with_capacity(c.pairs.len());
    for pair in &c.pairs {
        let (a, b) = (&c.items[pair.a], &c.items[pair.b]);
        // Among many, the names read from describe-* JSON (or else the positions) say which
        // of equal blocks are meant.
        let tag = |i: usize| {
            item_name(request, i).map_or_else(|| format!("#{}", i + 1), ToString::to_string)
        };
        let named = item_name(request, pair.a).is_some() || item_name(request, pair.b).is_some();
        let label = if n == 2 && !named {
            format!("{} vs {}", shown(a), shown(b))
        } else {
            format!(
                "{} {} vs {} {}",
                tag(pair.a),
                shown(a),
                tag(pair.b),
                shown(b)
            )
        };
        step(
            report,
            label,
            pair_arithmetic(a, b, pair),
            Value::text(pair.relation.word()),
            "",
        );
        let reserved = pair
            .reserved
            .as_ref()
            .filter(|roles| !roles.is_empty())
            .map(|roles| roles_words(roles));
        // Equal blocks given several times make the same note for several pairs: once is enough.
        if let Some(text) = pair_note(a, b, pair.relation, reserved.as_ref(), c) {
            if noted.insert(text.clone()) {
                report.note(text);
            }
        }
        let mut fields = vec![
            ("a".into(), Value::text(shown(a))),
            ("b".into(), Value::text(shown(b))),
            ("a_item".into(), Value::number(pair.a + 1)),
            ("b_item".into(), Value::number(pair.b + 1)),
            ("relation".into(), Value::text(pair.relation.word())),
            ("overlap".into(), Value::Bool(pair.relation.overlaps())),
        ];
        if pair.reserved.is_some() {
            fields.push(("reserved".into(), reserved.map_or(Value::Null, Value::text)));
        }
        values.push(Value::Map(fields));
    }
    values
}

/// The count of pairs, of those that overlap, and of the rest, as steps.
fn count_steps(report: &mut Report, c: &Comparison) {
    let n = Number::from(c.items.len()).grouped();
    let total = Number::from(c.counts.total).grouped();
    let overlapping = Number::from(c.counts.overlapping).grouped();
    step(
        report,
        "pairs",
        format!("{n} × ({n} − 1) / 2"),
        Value::number(c.counts.total),
        "pairs",
    );
    step(
        report,
        "pairs that share addresses",
        "one pass, sorted by first address",
        Value::number(c.counts.overlapping),
        "pairs",
    );
    step(
        report,
        "disjoint pairs",
        format!("{total} − {overlapping}"),
        Value::number(c.counts.disjoint),
        "pairs",
    );
}

/// The answer and its details (JSON `result.relation`, `result.items`, `result.pairs`, …).
fn fields(report: &mut Report, request: &RelateRequest, c: &Comparison, pairs: Vec<Value>) {
    let n = c.items.len();
    let (answer, also): (&str, &[&str]) = match c.answer {
        SetRelation::Disjoint => ("disjoint", &[]),
        SetRelation::Equal => ("equal", &["contains", "overlap"]),
        SetRelation::Contains => ("contains", &["overlap"]),
        SetRelation::Overlap if n == 2 => ("overlap", &["inside"]),
        SetRelation::Overlap => ("overlap", &[]),
    };
    report.field("relation", Value::text(answer), "");
    report.answer.push("relation".into());
    report.also_true = also.iter().map(ToString::to_string).collect();
    report.detail(
        "items",
        Value::List(
            c.items
                .iter()
                .take(c.described)
                .enumerate()
                .map(|(i, item)| item_value(request.items[i].given(), item, c))
                .collect(),
        ),
        "",
    );
    report.detail("items_total", Value::number(n), "items");
    report.detail("items_unlisted", Value::number(n - c.described), "items");
    report.detail("pairs", Value::List(pairs), "");
    report.detail("pairs_total", Value::number(c.counts.total), "pairs");
    report.detail(
        "pairs_overlapping",
        Value::number(c.counts.overlapping),
        "pairs",
    );
    report.detail("pairs_disjoint", Value::number(c.counts.disjoint), "pairs");
    report.detail("pairs_unlisted", Value::number(c.unlisted), "pairs");
}

/// The answer in a few words. Up to [`NAMED_IN_HEADLINE`] blocks are named; more are counted.
fn headline(c: &Comparison) -> String {
    let first = shown(&c.items[0]);
    let others = &c.items[1..];
    let n = c.items.len();
    match (c.answer, n) {
        (SetRelation::Disjoint, 2) => format!(
            "disjoint: {first} and {} share no address",
            shown(&others[0])
        ),
        (SetRelation::Disjoint, _) => format!(
            "disjoint: the {} share no address",
            Number::from(n).grouped()
        ),
        (SetRelation::Equal, _) => {
            format!("equal: {first} and {} are the same", shown(&others[0]))
        }
        (SetRelation::Contains, _) if others.len() <= NAMED_IN_HEADLINE => {
            let names: Vec<String> = others.iter().map(shown).collect();
            format!("contains: {first} holds {}", names.join(", "))
        }
        (SetRelation::Contains, _) => format!(
            "contains: {first} holds the other {}",
            Number::from(others.len()).grouped()
        ),
        (_, 2) => format!("overlap: {first} lies inside {}", shown(&others[0])),
        _ => format!(
            "overlap: {} of {} pairs share addresses",
            Number::from(c.counts.overlapping).grouped(),
            Number::from(c.counts.total).grouped()
        ),
    }
}

/// The comparison that decides the relation, with the addresses filled in.
fn pair_arithmetic(a: &Compared, b: &Compared, pair: &Pair) -> String {
    let range = |r: &Compared| {
        if r.address.is_some() {
            shown(r)
        } else {
            format!("{} to {}", r.block.network(), r.block.broadcast())
        }
    };
    match pair.relation {
        Relation::Equal => format!("same range: {}", range(a)),
        Relation::Contains => format!("{} lies within {}", range(b), range(a)),
        Relation::Inside => format!("{} lies within {}", range(a), range(b)),
        Relation::Disjoint if pair.a_first => {
            format!("{} < {}", a.block.broadcast(), b.block.network())
        }
        Relation::Disjoint => format!("{} < {}", b.block.broadcast(), a.block.network()),
    }
}

/// What the relation means in AWS terms, as a note.
fn pair_note(
    a: &Compared,
    b: &Compared,
    relation: Relation,
    reserved: Option<&String>,
    c: &Comparison,
) -> Option<String> {
    let (outer, inner) = match relation {
        Relation::Inside => (b, a),
        _ => (a, b),
    };
    if inner.address.is_some() && outer.address.is_none() {
        return Some(match (relation.overlaps(), reserved) {
            (false, _) => format!("{} is not in {}", shown(inner), shown(outer)),
            (true, Some(role)) => format!(
                "{} is in {} and AWS reserves it in a subnet of that block: {role}",
                shown(inner),
                shown(outer)
            ),
            (true, None) => format!(
                "{} is in {} and usable in a subnet of that block (not one of the first 4 or \
                 the last address AWS reserves)",
                shown(inner),
                shown(outer)
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
            shown(a),
            shown(b)
        ),
        Relation::Equal => format!(
            "{} twice: the same block, so two VPCs with it cannot be peered; a subnet may be \
             the whole VPC block",
            shown(a)
        ),
        Relation::Contains | Relation::Inside => {
            let rule = c.subnet_rule_of(inner.block.family());
            let fits = if rule.allows(inner.block.prefix()) {
                String::new()
            } else {
                format!(
                    ", but /{} is not an AWS subnet size ({})",
                    inner.block.prefix(),
                    size_words(rule)
                )
            };
            format!(
                "{} lies inside {}: it can be a subnet of a VPC with that block{fits}; two VPCs \
                 with these blocks overlap and cannot be peered",
                shown(inner),
                shown(outer)
            )
        }
    })
}

/// An item for `result.items`.
fn item_value(given: &str, item: &Compared, c: &Comparison) -> Value {
    let mut fields = vec![
        ("given".into(), Value::text(given.to_owned())),
        (
            "kind".into(),
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
            ("cidr".into(), Value::text(block.to_string())),
            ("first".into(), Value::text(block.network().to_string())),
            ("last".into(), Value::text(block.broadcast().to_string())),
            (
                "total".into(),
                Value::Number(pow2_number(block.host_bits())),
            ),
            (
                "usable".into(),
                Value::number(c.reservation.usable(block.host_bits())),
            ),
        ]);
    }
    Value::Map(fields)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::vpc::{containing, IpNet};
    use crate::facts::Registry;
    use jiff::civil::date;
    use std::net::IpAddr;
    use std::net::{Ipv4Addr, Ipv6Addr};

    fn relate_all(items: &[&str]) -> Result<Report, Error> {
        relate(
            &RelateRequest {
                items: items.iter().map(|t| t.parse().unwrap()).collect(),
                strict: false,
                limit: None,
                names: Vec::new(),
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
                names: Vec::new(),
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
                    &RelateRequest { items, strict: false, limit: None, names: Vec::new() },
                    &mut FactBook::new(Registry::builtin(), date(2026, 11, 22)),
                );
            }
        }
    }
}
