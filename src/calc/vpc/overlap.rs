//! Which of many blocks share addresses, in `O(n log n)` time and `O(n)` memory plus the
//! pairs listed.
//!
//! Two CIDR blocks are either disjoint or one holds the other (equal blocks hold each
//! other). Sorted by first address, and by prefix length where first addresses tie, a
//! block can only lie inside blocks that come before it. A sweep over that order keeps a
//! stack of the blocks still open: each holds the one above it. A block pops every block
//! on the stack that ended before it starts (those can hold nothing that follows either);
//! every block left holds it. So each block's overlapping pairs are the stack at that
//! moment, and counting them costs nothing per pair: comparing many blocks never touches
//! the disjoint pairs, and lists the overlapping ones only up to a limit.

use ipnet::IpNet;

use super::address::Block;

/// The pairs of blocks that share addresses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Overlaps {
    /// The overlapping pairs met first in address order, at most the limit asked for: the
    /// indices into the blocks given of the outer block and of a block inside it (of two
    /// equal blocks, the one given first is the outer). Ordered by the inner block's first
    /// address, then for one inner block from the largest outer block to the smallest.
    pub listed: Vec<(usize, usize)>,
    /// How many pairs share addresses, listed or not.
    pub count: u128,
}

/// The pairs among `blocks` that share addresses: all of them counted, the first `limit`
/// listed. Blocks of different families never overlap.
///
/// ```
/// use awscalc::calc::vpc::{overlaps, IpNet};
///
/// // 10.0.0.0/16 holds 10.0.128.0/17; 192.168.0.0/24 is apart from both.
/// let blocks: Vec<IpNet> = ["10.0.0.0/16", "192.168.0.0/24", "10.0.128.0/17"]
///     .iter()
///     .map(|b| b.parse().unwrap())
///     .collect();
/// let found = overlaps(&blocks, 10);
/// assert_eq!(found.count, 1);
/// assert_eq!(found.listed, [(0, 2)]);
/// // 100 copies of one block: 100 × 99 / 2 = 4,950 pairs, counted, none listed.
/// let same = vec![blocks[0]; 100];
/// assert_eq!(overlaps(&same, 0), awscalc::calc::vpc::Overlaps { listed: vec![], count: 4950 });
/// ```
#[must_use]
pub fn overlaps(blocks: &[IpNet], limit: usize) -> Overlaps {
    let mut order: Vec<usize> = (0..blocks.len()).collect();
    order.sort_unstable_by_key(|&i| {
        let block = blocks[i];
        (block.family(), block.network(), block.prefix(), i)
    });
    let mut open: Vec<usize> = Vec::new();
    let mut found = Overlaps {
        listed: Vec::new(),
        count: 0,
    };
    for inner in order {
        let block = blocks[inner];
        while open
            .last()
            .is_some_and(|&outer| !blocks[outer].contains(&block))
        {
            open.pop();
        }
        // usize fits u128 on every platform; the standard library has no `From` for it.
        found.count += u128::try_from(open.len()).unwrap_or(u128::MAX);
        let room = limit.saturating_sub(found.listed.len());
        found
            .listed
            .extend(open.iter().take(room).map(|&outer| (outer, inner)));
        open.push(inner);
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::vpc::{containing, Relation};
    use std::net::IpAddr;
    use std::net::{Ipv4Addr, Ipv6Addr};

    fn blocks(texts: &[&str]) -> Vec<IpNet> {
        texts
            .iter()
            .map(|t| {
                let item: crate::calc::vpc::Item = t.parse().unwrap();
                match item {
                    crate::calc::vpc::Item::Block(input) => input.block(),
                    crate::calc::vpc::Item::Address { address, .. } => IpNet::from(address),
                }
            })
            .collect()
    }

    fn all(texts: &[&str]) -> Overlaps {
        overlaps(&blocks(texts), usize::MAX)
    }

    /// 10.0.0.0/8 ⊃ 10.1.0.0/16 ⊃ 10.1.2.0/24 ⊃ 10.1.2.3/32: every one of the
    /// 4 × 3 / 2 = 6 pairs nests. Given in reverse, the outer index is the larger block.
    #[test]
    fn a_nested_chain_is_every_pair() {
        let found = all(&["10.1.2.3/32", "10.1.2.0/24", "10.1.0.0/16", "10.0.0.0/8"]);
        assert_eq!(found.count, 6);
        // In address order: 10.0.0.0/8 first, then 10.1.0.0/16 inside it, 10.1.2.0/24
        // inside both, 10.1.2.3/32 inside all three.
        assert_eq!(
            found.listed,
            [(3, 2), (3, 1), (2, 1), (3, 0), (2, 0), (1, 0)]
        );
    }

    /// Three copies of 10.0.0.0/24: 3 pairs, each equal; the copy given first is the outer.
    #[test]
    fn equal_blocks_overlap_each_other() {
        let found = all(&["10.0.0.0/24", "10.0.0.0/24", "10.0.0.0/24"]);
        assert_eq!(found.count, 3);
        assert_eq!(found.listed, [(0, 1), (0, 2), (1, 2)]);
    }

    /// 10.0.0.0/25 is 10.0.0.0 to 10.0.0.127 and 10.0.0.128/25 starts at 10.0.0.128: they
    /// touch but share nothing. 10.0.0.0/24 (to 10.0.0.255) holds both.
    #[test]
    fn adjacent_halves_are_disjoint() {
        assert_eq!(all(&["10.0.0.0/25", "10.0.0.128/25"]).count, 0);
        let found = all(&["10.0.0.128/25", "10.0.0.0/25", "10.0.0.0/24"]);
        assert_eq!(found.count, 2);
        assert_eq!(found.listed, [(2, 1), (2, 0)]);
        // 10.0.0.127 is the last address of the lower half, 10.0.0.128 the first of the upper.
        let found = all(&["10.0.0.0/25", "10.0.0.128/25", "10.0.0.127", "10.0.0.128"]);
        assert_eq!(found.listed, [(0, 2), (1, 3)]);
    }

    /// 10.0.0.0/8 as IPv4 is 0x0a000000; ::a00:0/104 is the same number in IPv6, and
    /// ::/0 holds every IPv6 address but no IPv4 one. Families never overlap.
    #[test]
    fn ipv4_and_ipv6_never_overlap() {
        let found = all(&["10.0.0.0/8", "::a00:0/104", "::/0", "10.0.0.1", "::a00:1"]);
        // 10.0.0.0/8 ⊃ 10.0.0.1; ::/0 ⊃ ::a00:0/104 ⊃ ::a00:1, and ::/0 ⊃ ::a00:1.
        assert_eq!(found.count, 4);
        assert_eq!(found.listed, [(0, 3), (2, 1), (2, 4), (1, 4)]);
    }

    /// 10.0.0.0/16 holds the addresses 10.0.0.2 and 10.0.255.255; 10.1.0.0 lies beyond it.
    #[test]
    fn addresses_inside_blocks() {
        let found = all(&["10.0.0.2", "10.1.0.0", "10.0.0.0/16", "10.0.255.255"]);
        assert_eq!(found.count, 2);
        assert_eq!(found.listed, [(2, 0), (2, 3)]);
    }

    /// 1,000 copies: 1,000 × 999 / 2 = 499,500 pairs counted; 10 listed.
    #[test]
    fn the_limit_bounds_the_list_not_the_count() {
        let same = vec![blocks(&["10.0.0.0/16"])[0]; 1000];
        let found = overlaps(&same, 10);
        assert_eq!(found.count, 499_500);
        assert_eq!(found.listed.len(), 10);
        assert_eq!(found.listed[..3], [(0, 1), (0, 2), (1, 2)]);
        assert_eq!(overlaps(&[], 5).count, 0);
        assert_eq!(overlaps(&same[..1], 5).count, 0);
    }

    mod props {
        use super::*;
        use proptest::prelude::*;

        /// Blocks drawn from a small space so that nesting and equality are common: IPv4
        /// under 10.0.0.0/24 and IPv6 under ::/120, prefixes from the top of that space.
        fn near_block() -> impl Strategy<Value = IpNet> {
            prop_oneof![
                (0u32..256, 22u32..=32).prop_map(|(a, p)| containing(
                    IpAddr::V4(Ipv4Addr::from(0x0a00_0000 | a)),
                    p
                )
                .unwrap()),
                (0u128..256, 118u32..=128).prop_map(|(a, p)| containing(
                    IpAddr::V6(Ipv6Addr::from(a)),
                    p
                )
                .unwrap()),
            ]
        }

        /// Every pair, the O(n²) way: what the sweep must find.
        fn brute_force(blocks: &[IpNet]) -> Vec<(usize, usize)> {
            let mut pairs = Vec::new();
            for i in 0..blocks.len() {
                for j in i + 1..blocks.len() {
                    if Relation::of(blocks[i], blocks[j]).overlaps() {
                        pairs.push((i, j));
                    }
                }
            }
            pairs
        }

        proptest! {
            #[test]
            fn prop_sweep_finds_exactly_the_brute_force_pairs(
                blocks in proptest::collection::vec(near_block(), 0..40),
                limit in 0usize..50,
            ) {
                let expected = brute_force(&blocks);
                let found = overlaps(&blocks, usize::MAX);
                prop_assert_eq!(found.count, expected.len() as u128);
                let mut pairs: Vec<(usize, usize)> = found
                    .listed
                    .iter()
                    .map(|&(outer, inner)| {
                        prop_assert!(blocks[outer].contains(&blocks[inner]));
                        Ok((outer.min(inner), outer.max(inner)))
                    })
                    .collect::<Result<_, TestCaseError>>()?;
                pairs.sort_unstable();
                prop_assert_eq!(&pairs, &expected);
                // A limit keeps the first pairs of the full list and the same count.
                let limited = overlaps(&blocks, limit);
                prop_assert_eq!(limited.count, found.count);
                prop_assert_eq!(&limited.listed[..], &found.listed[..limit.min(found.listed.len())]);
            }

            /// Disjoint blocks (the fewest aligned blocks of separate ranges, shuffled):
            /// no pair reported.
            #[test]
            fn prop_disjoint_blocks_report_no_overlap(
                mut cuts in proptest::collection::vec(0u128..65_536, 2..20),
                seed in any::<u64>(),
            ) {
                cuts.sort_unstable();
                cuts.dedup();
                let mut blocks = Vec::new();
                for pair in cuts.windows(2) {
                    // Each range ends one address before the next starts.
                    let (start, end) = (0x0a00_0000 + pair[0], 0x0a00_0000 + pair[1] - 1);
                    blocks.extend(crate::calc::vpc::aligned_blocks(crate::calc::vpc::Family::V4, start, end));
                }
                // A fixed shuffle from the seed: the sweep must not rely on the order given.
                let n = blocks.len();
                for i in (1..n).rev() {
                    let j = usize::try_from((seed >> (i % 32)) % (i as u64 + 1)).unwrap();
                    blocks.swap(i, j);
                }
                let found = overlaps(&blocks, usize::MAX);
                prop_assert_eq!(found.count, 0);
                prop_assert!(found.listed.is_empty());
            }
        }
    }
}
