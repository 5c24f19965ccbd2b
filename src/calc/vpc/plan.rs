//! `awscalc cidr BLOCK --plan 500,200,50,50`: non-overlapping subnets for a list of host
//! counts, and the free ranges left.
//!
//! Each request gets the smallest AWS subnet size whose usable count (after the 5
//! reserved) holds its hosts, exactly as `--hosts` sizes one. The subnets are placed
//! largest first from the start of the block. Every size is a power of two and no later
//! subnet is larger than an earlier one, so each starts on a multiple of its own size
//! (aligned) right where the previous one ends: no gaps, and the plan fits exactly when
//! the sizes add up to no more than the block. What is left is one run of addresses at
//! the end, written as the fewest aligned CIDR blocks.

use std::net::IpAddr;

use ipnet::{IpNet, Ipv4Subnets, Ipv6Subnets};
use rust_decimal::Decimal;
use serde::Serialize;

use super::address::{address_at, containing, host_mask, pow2, Block, Family};
use super::arith::{Arith, Count};
use super::block::{resolve, Resolved};
use super::hosts::smallest_holding;
use super::parse::CidrInput;
use super::problem::{PlanFault, Problem};
use super::rules::{size_rule, Reservation, SizeRule, Use};
use crate::error::Error;
use crate::facts::vpc as fact;
use crate::facts::FactBook;

/// One subnet asked for: a name and how many hosts it must hold.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlanItem {
    /// The name given (`web`), or the position in the list (`#1`, `#2`, …).
    pub name: String,
    /// The entry as typed (`web=500`), for error messages.
    pub given: String,
    /// Hosts the subnet must hold.
    pub hosts: u128,
}

/// Reads `500,200,50` or `web=500,db=200` (names may be left out: the position stands in).
///
/// # Errors
/// [`Error::Invalid`] naming the entry for an empty list or entry, a bad name or a
/// repeated one; the count's own error for a count that is not a positive whole number.
pub fn parse_plan(text: &str) -> Result<Vec<PlanItem>, Error> {
    let invalid = |input: &str, fault: PlanFault| -> Error {
        Problem::BadPlan {
            input: input.to_string(),
            fault,
        }
        .into()
    };
    if text.trim().is_empty() {
        return Err(invalid(text, PlanFault::Empty));
    }
    let mut items: Vec<PlanItem> = Vec::new();
    for (i, entry) in text.split(',').enumerate() {
        let entry = entry.trim();
        if entry.is_empty() {
            return Err(invalid(text, PlanFault::EmptyEntry { entry: i + 1 }));
        }
        let (name, count) = match entry.split_once('=') {
            Some((name, count)) => {
                let name = name.trim();
                let good = !name.is_empty()
                    && name
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
                if !good {
                    return Err(invalid(
                        entry,
                        PlanFault::BadName {
                            name: name.to_string(),
                        },
                    ));
                }
                (name.to_string(), count)
            }
            None => (format!("#{}", i + 1), entry),
        };
        let hosts = super::parse_count(count, "hosts")?;
        if items.iter().any(|item| item.name == name) {
            return Err(invalid(entry, PlanFault::NameTwice { name }));
        }
        items.push(PlanItem {
            name,
            given: entry.to_string(),
            hosts,
        });
    }
    Ok(items)
}

/// `awscalc cidr BLOCK --plan SPEC`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanRequest {
    /// The block to carve up.
    pub parent: CidrInput,
    /// The plan as typed.
    pub plan_text: String,
    /// The subnets asked for, in the order given (with `--azs`, each tier once per zone:
    /// see [`per_zone`]).
    pub items: Vec<PlanItem>,
    /// `--azs N`: each entry is a tier, planned once in each of N Availability Zones.
    pub azs: Option<u32>,
    /// Blocks already in use (`--existing`): the plan goes around those inside the block.
    pub existing: Vec<IpNet>,
    /// Refuse a parent with host bits set.
    pub strict: bool,
}

/// Each tier once per Availability Zone, `name-az1`, `name-az2`, … in tier order: the
/// subnets of a plan with `--azs N`.
///
/// ```
/// use awscalc::calc::vpc::{parse_plan, per_zone};
///
/// let items = per_zone(&parse_plan("web=500,db=200").unwrap(), 2);
/// let names: Vec<&str> = items.iter().map(|i| i.name.as_str()).collect();
/// assert_eq!(names, ["web-az1", "web-az2", "db-az1", "db-az2"]);
/// ```
#[must_use]
pub fn per_zone(tiers: &[PlanItem], azs: u32) -> Vec<PlanItem> {
    tiers
        .iter()
        .flat_map(|tier| {
            (1..=azs).map(move |az| PlanItem {
                name: format!("{}-az{az}", tier.name),
                given: format!("{} (AZ {az})", tier.given),
                hosts: tier.hosts,
            })
        })
        .collect()
}

/// The addresses of `parent` not in any of `existing`, as ranges `(first, last)` in
/// address order. Blocks of the other family or outside `parent` are passed over; a block
/// holding `parent` leaves nothing. Blocks nest or are apart, so one sorted sweep does.
///
/// ```
/// use awscalc::calc::vpc::{free_ranges, IpNet};
///
/// let parent: IpNet = "10.0.0.0/24".parse().unwrap();
/// let used: Vec<IpNet> = ["10.0.0.64/26", "10.0.0.0/28", "10.0.0.64/27", "192.168.0.0/24"]
///     .iter().map(|b| b.parse().unwrap()).collect();
/// // Free: 10.0.0.16 to 10.0.0.63 and 10.0.0.128 to 10.0.0.255.
/// assert_eq!(free_ranges(parent, &used), [(0x0a00_0010, 0x0a00_003f), (0x0a00_0080, 0x0a00_00ff)]);
/// ```
#[must_use]
pub fn free_ranges(parent: IpNet, existing: &[IpNet]) -> Vec<(u128, u128)> {
    let (first, last) = (parent.first_value(), parent.last_value());
    let mut used: Vec<(u128, u128)> = existing
        .iter()
        .filter(|b| b.family() == parent.family() && b.overlaps(&parent))
        .map(|b| (b.first_value().max(first), b.last_value().min(last)))
        .collect();
    used.sort_unstable();
    let mut free = Vec::new();
    // `None` once the block is used up to its very last address.
    let mut cursor = Some(first);
    for (start, end) in used {
        let Some(at) = cursor else { break };
        if start > at {
            free.push((at, start - 1));
        }
        if end >= at {
            cursor = end.checked_add(1);
        }
    }
    if let Some(at) = cursor.filter(|&at| at <= last) {
        free.push((at, last));
    }
    free
}

/// The first address at or after `at` that is a multiple of `2^h`, and fits `2^h`
/// addresses by `end`.
fn aligned_start(at: u128, end: u128, h: u32) -> Option<u128> {
    let mask = host_mask(h);
    let start = at.checked_add(mask)? & !mask;
    (start <= end && end - start >= mask).then_some(start)
}

/// One planned subnet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Planned {
    /// The request it answers.
    pub item: PlanItem,
    /// Where it goes.
    pub cidr: IpNet,
    /// Usable addresses after the AWS reservation.
    pub usable: u128,
}

/// A finished plan: the subnets in address order, and the free blocks after them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Plan {
    /// The subnets, in address order (largest first).
    pub subnets: Vec<Planned>,
    /// The addresses left, as the fewest aligned blocks, in address order.
    pub free: Vec<IpNet>,
}

/// Places the subnets (the library's core of `--plan`, without a report).
///
/// # Errors
/// [`Problem::PlanEntryTooLarge`] naming the first request no AWS subnet size holds;
/// [`Problem::PlanDoesNotFit`] naming the first request (largest first) that does not fit;
/// [`Problem::PlanNoRoomAround`] for that when blocks are in use.
pub fn place(
    parent: IpNet,
    items: &[PlanItem],
    existing: &[IpNet],
    book: &mut FactBook,
) -> Result<(Plan, Vec<u32>), Error> {
    let family = parent.family();
    let bits = family.bits();
    let reservation = Reservation::from_facts(book)?;
    let rule = size_rule(family, Use::Subnet, book)?;
    let mut prefixes = Vec::with_capacity(items.len());
    for item in items {
        let Some(prefix) = smallest_holding(rule, bits, reservation.total, item.hosts) else {
            let h = bits - rule.min;
            return Err(Problem::PlanEntryTooLarge {
                family,
                given: item.given.clone(),
                hosts: item.hosts,
                largest: rule.min,
                host_bits: h,
                reserved: reservation.total,
                usable: reservation.usable(h),
            }
            .into());
        };
        prefixes.push(prefix);
    }
    // Largest first (shortest prefix); equal sizes keep the order given.
    let mut order: Vec<usize> = (0..items.len()).collect();
    order.sort_by_key(|&i| prefixes[i]);
    let needed = needed_addresses(&prefixes, bits);
    let existing_inside = existing
        .iter()
        .filter(|b| b.family() == family && b.overlaps(&parent))
        .count();
    let mut ranges = free_ranges(parent, existing);
    let mut subnets = Vec::with_capacity(items.len());
    for &i in &order {
        let prefix = prefixes[i];
        let h = bits - prefix;
        // First fit, largest first: with nothing in use the one range is filled from its
        // start and every start is aligned (see the module docs).
        let found = (prefix >= parent.prefix())
            .then(|| {
                ranges
                    .iter()
                    .enumerate()
                    .find_map(|(at, &(start, end))| aligned_start(start, end, h).map(|s| (at, s)))
            })
            .flatten();
        let Some((at, start)) = found else {
            let left = ranges.iter().fold(0u128, |sum, (s, e)| {
                sum.saturating_add((e - s).saturating_add(1))
            });
            if existing_inside == 0 {
                return Err(Problem::PlanDoesNotFit {
                    parent,
                    given: items[i].given.clone(),
                    prefix,
                    left,
                    needed,
                }
                .into());
            }
            let largest = ranges
                .iter()
                .flat_map(|&(s, e)| aligned_blocks(family, s, e))
                .min_by_key(IpNet::prefix_len);
            return Err(Problem::PlanNoRoomAround {
                parent,
                given: items[i].given.clone(),
                prefix,
                left,
                largest,
                existing: existing_inside,
            }
            .into());
        };
        let cidr = containing(address_at(family, start), prefix).ok_or(Error::Overflow)?;
        let (range_start, range_end) = ranges[at];
        let mut rest = Vec::with_capacity(2);
        if start > range_start {
            rest.push((range_start, start - 1));
        }
        if cidr.last_value() < range_end {
            rest.push((cidr.last_value() + 1, range_end));
        }
        ranges.splice(at..=at, rest);
        subnets.push(Planned {
            item: items[i].clone(),
            cidr,
            usable: reservation.usable(bits - prefix),
        });
    }
    // Address order (first fit around blocks in use may place a smaller one earlier).
    subnets.sort_by_key(|s| s.cidr.first_value());
    let free = ranges
        .iter()
        .flat_map(|&(s, e)| aligned_blocks(family, s, e))
        .collect();
    Ok((Plan { subnets, free }, prefixes))
}

/// `a − b` for counts, `None` below zero.
fn minus(a: Count, b: Count) -> Option<Count> {
    match (a, b) {
        (Count::Exact(a), Count::Exact(b)) => a.checked_sub(b).map(Count::Exact),
        (Count::TwoTo128, Count::Exact(b)) => (u128::MAX - b).checked_add(1).map(Count::Exact),
        (Count::TwoTo128, Count::TwoTo128) => Some(Count::Exact(0)),
        (Count::Exact(_), Count::TwoTo128) => None,
    }
}

/// The sum of the sizes of blocks of these prefixes, exactly (beyond `u128` only for
/// a single `::/0`).
fn needed_addresses(prefixes: &[u32], bits: u32) -> Count {
    sum_of(prefixes.iter().map(|&p| bits - p))
}

/// `2^a + 2^b + …`, exactly: 2^128 is the one sum beyond a `u128` (the parts of a block
/// never add up to more).
fn sum_of(host_bits: impl Iterator<Item = u32>) -> Count {
    let mut sum: u128 = 0;
    for h in host_bits {
        match pow2(h).and_then(|size| sum.checked_add(size)) {
            Some(s) => sum = s,
            None => return Count::TwoTo128,
        }
    }
    Count::Exact(sum)
}

/// The addresses `start..=end` as the fewest aligned CIDR blocks, in order (ipnet's
/// `Ipv4Subnets` and `Ipv6Subnets`); none when `start` is after `end`. For IPv4 only the
/// low 32 bits of each bound count.
///
/// ```
/// use awscalc::calc::vpc::{aligned_blocks, Family};
///
/// // 10.0.0.4 to 10.0.0.255: a /30, a /29, a /28, …, a /25.
/// let blocks = aligned_blocks(Family::V4, 0x0a00_0004, 0x0a00_00ff);
/// let texts: Vec<String> = blocks.iter().map(ToString::to_string).collect();
/// assert_eq!(texts, ["10.0.0.4/30", "10.0.0.8/29", "10.0.0.16/28", "10.0.0.32/27",
///                    "10.0.0.64/26", "10.0.0.128/25"]);
/// assert!(aligned_blocks(Family::V4, 5, 4).is_empty());
/// ```
#[must_use]
pub fn aligned_blocks(family: Family, start: u128, end: u128) -> Vec<IpNet> {
    match (address_at(family, start), address_at(family, end)) {
        (IpAddr::V4(start), IpAddr::V4(end)) => {
            Ipv4Subnets::new(start, end, 0).map(IpNet::V4).collect()
        }
        (IpAddr::V6(start), IpAddr::V6(end)) => {
            Ipv6Subnets::new(start, end, 0).map(IpNet::V6).collect()
        }
        _ => Vec::new(),
    }
}

/// What a step of [`Layout`] computes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum PlanStep {
    /// The size of one entry: the smallest AWS subnet that holds its hosts (`holds`, an
    /// [`Arith::Holds`] that holds), and the next size down that does not, where there is one.
    Size {
        /// The entry's position in the request.
        item: usize,
        /// The prefix chosen.
        prefix: u32,
        /// The chosen size's usable count against the hosts.
        holds: Arith,
        /// The next smaller size and its usable count against the hosts.
        smaller: Option<(u32, Arith)>,
    },
    /// Addresses used: the subnets' sizes, largest first, and their sum.
    Used {
        /// Each subnet's host bits, largest first.
        host_bits: Vec<u32>,
        /// `2^a + 2^b + …`.
        used: Count,
    },
    /// Addresses already in use inside the block (`--existing`), merged where they nest.
    Existing {
        /// The blocks in use inside the block.
        blocks: usize,
        /// Their addresses, each counted once.
        addresses: Count,
    },
    /// Addresses free: the block's less those in use and those used.
    Free {
        /// The block's addresses.
        total: Count,
        /// Those already in use (`--existing`).
        existing: Count,
        /// Those used.
        used: Count,
        /// The rest.
        free: Count,
    },
    /// One free block.
    FreeBlock {
        /// The block.
        block: IpNet,
    },
}

/// A plan of subnets in a block: `awscalc cidr BLOCK --plan SPEC`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Layout {
    /// The block carved up, and whether the input had host bits set.
    pub parent: Resolved,
    /// The subnets placed and the free blocks left.
    pub plan: Plan,
    /// What AWS reserves in every subnet.
    pub reservation: Reservation,
    /// The VPC block sizes, which the parent may be outside.
    pub vpc_rule: SizeRule,
    /// The block's addresses.
    pub total: Count,
    /// Addresses already in use (`--existing`), each counted once.
    pub existing: Count,
    /// Blocks already in use inside the block.
    pub existing_blocks: usize,
    /// Addresses the subnets use.
    pub used: Count,
    /// Addresses left.
    pub free: Count,
    /// Subnets per VPC, the default quota.
    pub quota: Decimal,
    /// The derivation.
    pub steps: Vec<PlanStep>,
}

/// `awscalc cidr BLOCK --plan SPEC`: each entry sized, placed largest first, and the free
/// blocks left.
///
/// The issue's example: 500, 200, 50 and 50 hosts in 10.0.0.0/16 are a /23, a /24 and two
/// /26s (512 + 256 + 64 + 64 = 896 addresses), 64,640 free; 300 hosts do not fit a /24:
///
/// ```
/// use awscalc::calc::vpc::{parse_plan, plan, Count, PlanRequest};
/// use awscalc::facts::{FactBook, Registry};
///
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 11, 30));
/// let mut request = PlanRequest {
///     parent: "10.0.0.0/16".parse().unwrap(),
///     plan_text: "500,200,50,50".into(),
///     items: parse_plan("500,200,50,50").unwrap(),
///     azs: None,
///     existing: vec![],
///     strict: false,
/// };
/// let layout = plan(&request, &mut book).unwrap();
/// assert_eq!(layout.plan.subnets[1].cidr.to_string(), "10.0.2.0/24");
/// assert_eq!((layout.used, layout.free), (Count::Exact(896), Count::Exact(64_640)));
///
/// request.parent = "10.0.0.0/24".parse().unwrap();
/// request.items = parse_plan("300").unwrap();
/// assert_eq!(plan(&request, &mut book).unwrap_err().kind(), "conflict");
/// ```
///
/// # Errors
/// See [`place`]; [`Problem::BadCidr`](super::Problem::BadCidr) for a parent with host bits set under `strict`.
pub fn plan(request: &PlanRequest, book: &mut FactBook) -> Result<Layout, Error> {
    let resolved = resolve(&request.parent, request.strict)?;
    let parent = resolved.block;
    let family = parent.family();
    let bits = family.bits();
    let (placed, prefixes) = place(parent, &request.items, &request.existing, book)?;
    let reservation = Reservation::from_facts(book)?;
    let rule = size_rule(family, Use::Subnet, book)?;
    let mut steps = Vec::new();
    for (i, (item, &prefix)) in request.items.iter().zip(&prefixes).enumerate() {
        let holds = |p: u32| Arith::Holds {
            exp: bits - p,
            reserved: reservation.total,
            hosts: item.hosts,
        };
        // One size smaller would not hold them (none is smaller than the smallest).
        let smaller = (prefix < rule.max).then(|| {
            let smaller = prefix + rule.step;
            (smaller, holds(smaller))
        });
        steps.push(PlanStep::Size {
            item: i,
            prefix,
            holds: holds(prefix),
            smaller,
        });
    }
    let used = needed_addresses(&prefixes, bits);
    // Largest first, as placed (the subnets are listed in address order).
    let mut host_bits: Vec<u32> = placed.subnets.iter().map(|s| s.cidr.host_bits()).collect();
    host_bits.sort_unstable_by(|a, b| b.cmp(a));
    if !request.items.is_empty() {
        steps.push(PlanStep::Used { host_bits, used });
    }
    let total = Count::pow2(parent.host_bits());
    let free = sum_of(placed.free.iter().map(Block::host_bits));
    let free_before = sum_of(
        free_ranges(parent, &request.existing)
            .into_iter()
            .flat_map(|(s, e)| aligned_blocks(family, s, e))
            .map(|b| b.host_bits()),
    );
    let existing = minus(total, free_before).ok_or(Error::Overflow)?;
    let existing_blocks = request
        .existing
        .iter()
        .filter(|b| b.family() == family && b.overlaps(&parent))
        .count();
    if existing_blocks > 0 {
        steps.insert(
            0,
            PlanStep::Existing {
                blocks: existing_blocks,
                addresses: existing,
            },
        );
    }
    steps.push(PlanStep::Free {
        total,
        existing,
        used,
        free,
    });
    steps.extend(
        placed
            .free
            .iter()
            .map(|&block| PlanStep::FreeBlock { block }),
    );
    let vpc_rule = size_rule(family, Use::Vpc, book)?;
    let quota = book.value(fact::SUBNETS_PER_VPC)?;
    Ok(Layout {
        parent: resolved,
        plan: placed,
        reservation,
        vpc_rule,
        total,
        existing,
        existing_blocks,
        used,
        free,
        quota,
        steps,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::testing::book;
    use crate::calc::vpc::containing;
    use std::net::IpAddr;

    fn plan_of(parent: &str, spec: &str) -> Result<Plan, Error> {
        let items = parse_plan(spec)?;
        place(parent.parse().unwrap(), &items, &[], &mut book()).map(|(p, _)| p)
    }

    fn cidrs(plan: &Plan) -> Vec<String> {
        plan.subnets.iter().map(|s| s.cidr.to_string()).collect()
    }

    /// 500 → /23 (2^9 − 5 = 507; a /24 has 251), 200 → /24 (251; a /25 has 123),
    /// 50 → /26 (2^6 − 5 = 59; a /27 has 27). Largest first from 10.0.0.0:
    /// /23 at 10.0.0.0 (512), /24 at 10.0.2.0 (256), /26 at 10.0.3.0 and 10.0.3.64 (64 each).
    /// Used 512 + 256 + 64 + 64 = 896; free 65,536 − 896 = 64,640, from 10.0.3.128:
    /// /25 (10.0.3.128, 128) + /22 (10.0.4.0, 1,024) + /21 + /20 + /17 = 128 + 1,024 + 2,048
    /// + 4,096 + 8,192 + ... up to 10.0.255.255.
    #[test]
    fn issue_example_500_200_50_50_in_a_16() {
        let p = plan_of("10.0.0.0/16", "500,200,50,50").unwrap();
        assert_eq!(
            cidrs(&p),
            ["10.0.0.0/23", "10.0.2.0/24", "10.0.3.0/26", "10.0.3.64/26"]
        );
        let free: Vec<String> = p.free.iter().map(ToString::to_string).collect();
        assert_eq!(
            free,
            [
                "10.0.3.128/25",
                "10.0.4.0/22",
                "10.0.8.0/21",
                "10.0.16.0/20",
                "10.0.32.0/19",
                "10.0.64.0/18",
                "10.0.128.0/17"
            ]
        );
        // 128 + 1,024 + 2,048 + 4,096 + 8,192 + 16,384 + 32,768 = 64,640 = 65,536 − 896.
        assert_eq!(
            sum_of(p.free.iter().map(Block::host_bits)),
            Count::Exact(64_640)
        );
    }

    /// Labels keep their names; the larger request goes first whatever the order given.
    #[test]
    fn labels_name_the_subnets_and_the_largest_goes_first() {
        let p = plan_of("10.0.0.0/16", "db=200,web=500").unwrap();
        assert_eq!(p.subnets[0].item.name, "web");
        assert_eq!(p.subnets[0].cidr.to_string(), "10.0.0.0/23");
        assert_eq!(p.subnets[1].item.name, "db");
        assert_eq!(p.subnets[1].cidr.to_string(), "10.0.2.0/24");
    }

    /// A /24 holds 256 addresses: 200 hosts need a /24 (256), so a second request of 11
    /// hosts (a /28: 2^4 − 5 = 11) has 0 left.
    #[test]
    fn the_first_request_that_does_not_fit_is_named() {
        let err = plan_of("10.0.0.0/24", "a=200,b=11")
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("`b=11` needs a /28 (16 addresses) and 0 addresses are left"),
            "{err}"
        );
        assert!(err.contains("the plan needs 272 addresses"), "{err}");
        let err = plan_of("10.0.0.0/24", "300").unwrap_err().to_string();
        assert!(err.contains("`300` needs a /23"), "{err}");
        // Exactly full, then one more: 4 × /26 fill the /24, the fifth has nothing left.
        let err = plan_of("10.0.0.0/24", "59,59,59,59,1")
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("`1` needs a /28 (16 addresses) and 0 addresses are left"),
            "{err}"
        );
        let err = plan_of("255.255.255.0/24", "59,59,59,59,1")
            .unwrap_err()
            .to_string();
        assert!(err.contains("0 addresses are left"), "{err}");
        let err = plan_of("10.0.0.0/16", "web=70000").unwrap_err().to_string();
        assert!(
            err.contains("`web=70000`") && err.contains("65,531"),
            "{err}"
        );
    }

    /// Exactly full: 4 × /26 (64 each) fill a /24; nothing is free.
    #[test]
    fn a_plan_may_fill_the_block_exactly() {
        let p = plan_of("10.0.0.0/24", "59,59,59,59").unwrap();
        assert_eq!(p.subnets[3].cidr.to_string(), "10.0.0.192/26");
        assert!(p.free.is_empty());
    }

    #[test]
    fn plan_syntax_errors_name_the_entry() {
        for (spec, message) in [
            ("", "it is empty"),
            ("500,,200", "entry 2 is empty"),
            ("we b=5", "`we b` is not a name"),
            ("a=5,a=6", "the name `a` is used twice"),
            ("a=lots", "invalid hosts `lots`: it is not a whole number; expected a whole number, 1 or more"),
            ("0", "hosts `0` must be greater than zero"),
        ] {
            let err = parse_plan(spec).unwrap_err().to_string();
            assert!(err.contains(message), "{spec}: {err}");
        }
    }

    /// ::/0 minus a /64 at the start: the free run reaches 2^128 − 1 without overflow.
    #[test]
    fn free_blocks_reach_the_end_of_the_ipv6_space() {
        let p = plan_of("::/0", "10").unwrap();
        assert_eq!(p.subnets[0].cidr.to_string(), "::/64");
        // 64 blocks: /64 at 2^64, /63 at 2^65, … /1 at 2^127.
        assert_eq!(p.free.len(), 64);
        assert_eq!(p.free[63].to_string(), "8000::/1");
    }

    fn nets(texts: &[&str]) -> Vec<IpNet> {
        texts.iter().map(|t| t.parse().unwrap()).collect()
    }

    /// 10.0.0.0/24 with 10.0.0.0/26 (64) and 10.0.0.128/27 (32) in use: free are
    /// 10.0.0.64 to 10.0.0.127 (64) and 10.0.0.160 to 10.0.0.255 (96). 50 hosts → /26
    /// (2^6 − 5 = 59), placed first (largest) at 10.0.0.64, the first aligned /26 free;
    /// 20 hosts → /27 (27) at 10.0.0.160. Left: 10.0.0.192/26, 256 − 96 − 96 = 64.
    #[test]
    fn a_plan_goes_around_the_blocks_in_use() {
        let existing = nets(&["10.0.0.0/26", "10.0.0.128/27"]);
        let items = parse_plan("a=20,b=50").unwrap();
        let (p, _) = place(
            "10.0.0.0/24".parse().unwrap(),
            &items,
            &existing,
            &mut book(),
        )
        .unwrap();
        assert_eq!(cidrs(&p), ["10.0.0.64/26", "10.0.0.160/27"]);
        assert_eq!(p.subnets[0].item.name, "b");
        let free: Vec<String> = p.free.iter().map(ToString::to_string).collect();
        assert_eq!(free, ["10.0.0.192/26"]);
    }

    /// Nested blocks in use count once, and blocks outside the parent or of IPv6 are
    /// passed over: 10.0.0.0/16 holding 10.0.0.0/24 and 10.0.1.0/24 → 10.0.0.0/16 is all
    /// in use; in 10.1.0.0/24 nothing of it is.
    #[test]
    fn free_ranges_merge_nested_blocks_and_skip_others() {
        let used = nets(&["10.0.0.0/24", "10.0.0.0/16", "10.0.1.0/24", "2600::/56"]);
        assert!(free_ranges("10.0.0.0/16".parse().unwrap(), &used).is_empty());
        assert!(free_ranges("10.0.1.0/24".parse().unwrap(), &used).is_empty());
        assert_eq!(
            free_ranges("10.1.0.0/24".parse().unwrap(), &used),
            [(0x0a01_0000, 0x0a01_00ff)]
        );
    }

    /// 10.0.0.64/26 and 10.0.0.192/26 in use leave 128 addresses in two /26s: 100 hosts
    /// need a /25 (2^7 − 5 = 123), and no aligned /25 is free.
    #[test]
    fn a_fragmented_block_is_refused_naming_the_largest_free_block() {
        let existing = nets(&["10.0.0.64/26", "10.0.0.192/26"]);
        let items = parse_plan("100").unwrap();
        let err = place(
            "10.0.0.0/24".parse().unwrap(),
            &items,
            &existing,
            &mut book(),
        )
        .unwrap_err();
        let Error::Vpc(problem) = err else {
            panic!("{err}")
        };
        assert_eq!(
            *problem,
            Problem::PlanNoRoomAround {
                parent: "10.0.0.0/24".parse().unwrap(),
                given: "100".into(),
                prefix: 25,
                left: 128,
                largest: Some("10.0.0.0/26".parse().unwrap()),
                existing: 2,
            }
        );
    }

    /// Two tiers in three zones in 10.0.0.0/16: web 500 → /23 × 3 from 10.0.0.0 (512
    /// each), db 200 → /24 × 3 from 10.0.6.0; used 3 × 512 + 3 × 256 = 2,304.
    #[test]
    fn tiers_per_zone_are_planned_largest_first() {
        let items = per_zone(&parse_plan("db=200,web=500").unwrap(), 3);
        let mut b = book();
        let (p, _) = place("10.0.0.0/16".parse().unwrap(), &items, &[], &mut b).unwrap();
        assert_eq!(
            cidrs(&p),
            [
                "10.0.0.0/23",
                "10.0.2.0/23",
                "10.0.4.0/23",
                "10.0.6.0/24",
                "10.0.7.0/24",
                "10.0.8.0/24"
            ]
        );
        let names: Vec<&str> = p.subnets.iter().map(|s| s.item.name.as_str()).collect();
        assert_eq!(
            names,
            ["web-az1", "web-az2", "web-az3", "db-az1", "db-az2", "db-az3"]
        );
        assert_eq!(
            sum_of(p.subnets.iter().map(|s| s.cidr.host_bits())),
            Count::Exact(2_304)
        );
    }

    mod props {
        use super::*;
        use proptest::prelude::*;

        /// Blocks in use inside 10.0.0.0/20: random, possibly nested or repeated.
        fn in_use() -> impl Strategy<Value = Vec<IpNet>> {
            proptest::collection::vec(
                (0u32..4096, 21u32..=28).prop_map(|(offset, p)| {
                    containing(
                        IpAddr::V4(std::net::Ipv4Addr::from(0x0a00_0000 | offset)),
                        p,
                    )
                    .unwrap()
                }),
                0..10,
            )
        }

        proptest! {
            /// Around blocks in use, every subnet placed is inside the parent, aligned,
            /// apart from the blocks in use, the other subnets and the free blocks; in use +
            /// used + free is the whole block. A refusal happens only when no free range
            /// holds an aligned block of the size refused (checked by trying every one).
            #[test]
            fn prop_plans_around_blocks_in_use_never_overlap_them(
                existing in in_use(),
                hosts in proptest::collection::vec(1u128..=600, 1..8),
            ) {
                let parent: IpNet = "10.0.0.0/20".parse().unwrap();
                let spec = hosts.iter().map(ToString::to_string).collect::<Vec<_>>().join(",");
                let items = parse_plan(&spec).unwrap();
                let mut b = book();
                let free_before: u128 = free_ranges(parent, &existing).iter().map(|(s, e)| e - s + 1).sum();
                // Brute force over a bitmap of the 4,096 addresses: mark the blocks in use,
                // then take the sizes largest first (ties in the order given), each at the
                // lowest multiple of its size whose addresses are all clear.
                let res = Reservation::from_facts(&mut b).unwrap();
                let mut taken = vec![false; 4096];
                for e in &existing {
                    let start = usize::try_from(e.first_value() - 0x0a00_0000).unwrap();
                    let end = usize::try_from(e.last_value() - 0x0a00_0000).unwrap();
                    taken[start..=end].iter_mut().for_each(|t| *t = true);
                }
                let mut sizes: Vec<(u32, usize)> = hosts
                    .iter()
                    .enumerate()
                    .map(|(i, &h)| ((16..=28).rev().find(|&p| res.usable(32 - p) >= h).unwrap(), i))
                    .collect();
                sizes.sort_by_key(|&(p, _)| p);
                let mut expected = Some(Vec::new());
                for (prefix, i) in sizes {
                    let size = 1usize << (32 - prefix);
                    let spot = (prefix >= 20)
                        .then(|| (0..4096).step_by(size).find(|&s| taken[s..s + size].iter().all(|t| !t)))
                        .flatten();
                    let Some(start) = spot else {
                        expected = None;
                        break;
                    };
                    taken[start..start + size].iter_mut().for_each(|t| *t = true);
                    if let Some(list) = expected.as_mut() {
                        list.push((format!("10.0.{}.{}/{prefix}", start / 256, start % 256), i));
                    }
                }
                match (place(parent, &items, &existing, &mut b), expected) {
                    (Ok((plan, _)), Some(mut expected)) => {
                        for (i, s) in plan.subnets.iter().enumerate() {
                            prop_assert!(parent.contains(&s.cidr));
                            prop_assert_eq!(s.cidr.trunc(), s.cidr);
                            for e in &existing {
                                prop_assert!(!s.cidr.overlaps(e), "{} overlaps {}", s.cidr, e);
                            }
                            for t in &plan.subnets[i + 1..] {
                                prop_assert!(!s.cidr.overlaps(&t.cidr));
                            }
                            for f in &plan.free {
                                prop_assert!(!s.cidr.overlaps(f));
                            }
                        }
                        let used: u128 = plan.subnets.iter().map(|s| pow2(s.cidr.host_bits()).unwrap()).sum();
                        let free: u128 = plan.free.iter().map(|f| pow2(f.host_bits()).unwrap()).sum();
                        prop_assert_eq!(used + free, free_before);
                        // The same blocks as the brute force, for the same entries.
                        let mut got: Vec<(String, usize)> = plan
                            .subnets
                            .iter()
                            .map(|s| (s.cidr.to_string(), items.iter().position(|it| it.name == s.item.name).unwrap()))
                            .collect();
                        got.sort();
                        expected.sort();
                        prop_assert_eq!(got, expected);
                    }
                    (Err(Error::Vpc(problem)), None) => {
                        let refused = matches!(
                            *problem,
                            Problem::PlanDoesNotFit { .. } | Problem::PlanNoRoomAround { .. }
                        );
                        prop_assert!(refused, "{problem:?}");
                    }
                    (got, expected) => prop_assert!(false, "place: {got:?}; brute force: {expected:?}"),
                }
            }
        }

        proptest! {
            #[test]
            fn prop_planned_subnets_are_disjoint_aligned_inside_and_hold_their_hosts(
                network in any::<u32>(),
                parent_prefix in 8u32..=28,
                hosts in proptest::collection::vec(1u128..=5_000, 1..12),
            ) {
                let parent = containing(IpAddr::V4(std::net::Ipv4Addr::from(network)), parent_prefix).unwrap();
                let spec = hosts.iter().map(ToString::to_string).collect::<Vec<_>>().join(",");
                let items = parse_plan(&spec).unwrap();
                let mut b = book();
                let res = Reservation::from_facts(&mut b).unwrap();
                match place(parent, &items, &[], &mut b) {
                    Ok((plan, _)) => {
                        for (i, s) in plan.subnets.iter().enumerate() {
                            prop_assert!(parent.contains(&s.cidr));
                            prop_assert_eq!(s.cidr.trunc(), s.cidr);
                            prop_assert!(res.usable(s.cidr.host_bits()) >= s.item.hosts);
                            for t in &plan.subnets[i + 1..] {
                                prop_assert!(!s.cidr.overlaps(&t.cidr));
                            }
                            for f in &plan.free {
                                prop_assert!(!s.cidr.overlaps(f));
                            }
                        }
                        // Everything is accounted for: used + free = the block.
                        let used: u128 = plan.subnets.iter().map(|s| pow2(s.cidr.host_bits()).unwrap()).sum();
                        let free: u128 = plan.free.iter().map(|f| pow2(f.host_bits()).unwrap()).sum();
                        prop_assert_eq!(used + free, pow2(parent.host_bits()).unwrap());
                        prop_assert_eq!(plan.subnets.len(), items.len());
                    }
                    // Refused only when AWS sizes cannot hold the hosts or the sum is too big.
                    Err(Error::Vpc(problem)) if matches!(*problem, Problem::PlanDoesNotFit { .. }) => {
                        let needed: u128 = hosts.iter().map(|&h| {
                            let p = (16..=28).rev().find(|&p| res.usable(32 - p) >= h).unwrap();
                            pow2(32 - p).unwrap()
                        }).sum();
                        let too_large_for_parent = hosts.iter().any(|&h| {
                            let p = (16..=28).rev().find(|&p| res.usable(32 - p) >= h).unwrap();
                            p < parent_prefix
                        });
                        prop_assert!(needed > pow2(parent.host_bits()).unwrap() || too_large_for_parent);
                    }
                    Err(e) => prop_assert!(false, "unexpected error {e}"),
                }
            }

            #[test]
            fn prop_aligned_blocks_cover_the_range_exactly(a in any::<u128>(), b in any::<u128>()) {
                let (start, end) = (a.min(b), a.max(b));
                let blocks = aligned_blocks(Family::V6, start, end);
                prop_assert_eq!(blocks[0].first_value(), start);
                prop_assert_eq!(blocks[blocks.len() - 1].last_value(), end);
                for pair in blocks.windows(2) {
                    prop_assert_eq!(pair[0].last_value() + 1, pair[1].first_value());
                }
                for block in &blocks {
                    prop_assert_eq!(block.trunc(), *block);
                }
                prop_assert!(blocks.len() <= 2 * 128);
            }

            #[test]
            fn prop_plan_parsing_never_panics(s in "\\PC*") {
                let _ = parse_plan(&s);
            }
        }
    }
}
