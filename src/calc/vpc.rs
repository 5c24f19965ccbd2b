//! VPC subnet arithmetic for IPv4 and IPv6: `awscalc cidr`.
//!
//! The rules, from <https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html>
//! and <https://docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html>:
//!
//! 1. A block with prefix `p` in an address of `B` bits (32 or 128) holds `2^(B − p)`
//!    addresses.
//! 2. AWS reserves 5 addresses in every subnet: the first four (network address, VPC
//!    router, DNS, future use) and the last (a VPC has no broadcast), so
//!    `usable = 2^(B − p) − 5`, never below zero.
//! 3. IPv4 subnets and VPC blocks are /16 to /28; IPv6 subnets /44 to /64 and IPv6 VPC
//!    blocks /44 to /60, both in steps of 4; an Amazon-provided IPv6 VPC block is /56.
//! 4. Some IPv4 ranges can never be a VPC (0.0.0.0/8, 127.0.0.0/8, 169.254.0.0/16,
//!    224.0.0.0/4), 172.17.0.0/16 is discouraged, and ranges outside RFC 1918 are allowed
//!    but public.
//!
//! Blocks are ipnet's [`IpNet`] (re-exported here with [`Ipv4Net`] and [`Ipv6Net`]) and
//! addresses the standard library's [`IpAddr`](std::net::IpAddr): containment, network
//! addresses, subnet stepping and aligned blocks are ipnet's. awscalc adds what ipnet
//! lacks: friendly parse errors ([`CidrInput`]), AWS's five reserved addresses
//! ([`Reservation`]) and size rules, and exact counts. The arithmetic the reports show
//! reads an address as a `u128` ([`Address::value`], IPv4 in the low 32 bits), so both
//! families share it; the only count that does not fit a `u128` is the 2^128 addresses of
//! `::/0`, written out as decimal text ([`pow2_number`]), and `2^128 − k` is computed as
//! `(2^128 − 1) − (k − 1)`.
//!
//! The files: `address` (the model), `parse` (reading input), `rules` (AWS's sizes,
//! reservation and ranges), one per report (`block`, `hosts`, `split`, `plan`, `relation`,
//! `secondary`) and `overlap` (the sweep behind comparing many blocks).

pub use ipnet::{IpNet, Ipv4Net, Ipv6Net};

mod address;
mod arith;
mod block;
mod describe;
mod hosts;
mod overlap;
mod parse;
mod plan;
mod problem;
mod quota;
mod relation;
mod rules;
mod secondary;
mod split;

pub use address::{address_at, containing, pow2, pow2_minus, pow2_number, Address, Block, Family};
pub use arith::{Amount, Arith, Count, Step};
pub use block::{
    block, readings, resolve, Addresses, BlockRequest, BlockStep, Reading, ReadingAnswer, Resolved,
};
pub use describe::{described_blocks, is_json, line_of, Described, Owner};
pub use hosts::{hosts, hosts_readings, HostsRequest, HostsStep, SubnetFor};
pub use overlap::{overlaps, Overlaps};
pub(crate) use parse::BLOCK_FORMS;
pub use parse::{parse_block, parse_count, parse_prefix, CidrInput};
pub use plan::{
    aligned_blocks, free_ranges, parse_plan, per_zone, place, plan, Layout, Plan, PlanItem,
    PlanRequest, PlanStep, Planned,
};
pub use problem::{CidrFault, CidrForms, PlanFault, Problem};
pub use quota::{
    default_layout, quota, DefaultLayout, QuotaCheck, QuotaKind, QuotaLine, QuotaRequest,
};
pub(crate) use relation::ITEM_FORMS;
pub use relation::{
    relate, Compared, Comparison, Item, Pair, PairCounts, RelateRequest, Relation, SetRelation,
    DEFAULT_LISTED,
};
pub use rules::{
    size_rule, validity, Range, RangeProblem, Reservation, ReservedAddress, ReservedRole, SizeRule,
    Use, Validity,
};
pub use secondary::{
    refusal, secondary, secondary_row, Order, Refusal, Row, SecondaryCheck, SecondaryRequest,
};
pub use split::{
    split, Split, SplitBy, SplitRequest, SplitRow, SplitStep, Subnets, MAX_LISTED_SUBNETS,
};

#[cfg(test)]
pub(crate) mod testing {
    //! Helpers the tests of the typed results share.

    use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

    use proptest::prelude::*;

    use super::{containing, IpNet};

    /// Any block of either family, any prefix from /0 to /32 or /128.
    pub(crate) fn any_block() -> impl Strategy<Value = IpNet> {
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
}
