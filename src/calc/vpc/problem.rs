//! The rules a `cidr` question can break, as data; [`crate::explain::vpc`] words them.

use ipnet::IpNet;
use serde::Serialize;

use super::address::Family;

/// A VPC rule or a limit of awscalc's that a `cidr` question breaks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum Problem {
    /// No AWS subnet size holds that many hosts.
    NoSubnetHolds {
        /// IPv4 or IPv6.
        family: Family,
        /// The count as typed.
        hosts: String,
        /// The largest subnet's prefix.
        largest: u32,
        /// Its host bits.
        host_bits: u32,
        /// Addresses AWS reserves in it.
        reserved: u128,
        /// Its usable addresses.
        usable: u128,
    },
    /// A split into blocks longer than the family's addresses.
    SplitBeyondFamily {
        /// The block to split.
        parent: IpNet,
        /// The prefix asked for.
        prefix: u32,
    },
    /// A split into blocks larger than the block.
    SplitIntoLarger {
        /// The block to split.
        parent: IpNet,
        /// The prefix asked for.
        prefix: u32,
    },
    /// A split with more subnets than awscalc lists, without `--count` or `--limit`.
    TooManyToList {
        /// The block to split.
        parent: IpNet,
        /// The prefix of the subnets.
        prefix: u32,
        /// The most awscalc lists.
        max: u128,
    },
    /// A `--plan` entry no AWS subnet size holds.
    PlanEntryTooLarge {
        /// IPv4 or IPv6.
        family: Family,
        /// The entry as typed (`web=70000`).
        given: String,
        /// Its hosts.
        hosts: u128,
        /// The largest subnet's prefix.
        largest: u32,
        /// Its host bits.
        host_bits: u32,
        /// Addresses AWS reserves in it.
        reserved: u128,
        /// Its usable addresses.
        usable: u128,
    },
    /// A `--plan` entry (largest first) with no room left in the block.
    PlanDoesNotFit {
        /// The block.
        parent: IpNet,
        /// The entry as typed.
        given: String,
        /// The prefix it needs.
        prefix: u32,
        /// Addresses left when it is placed.
        left: u128,
        /// Addresses the whole plan needs.
        needed: super::arith::Count,
    },
    /// A `--plan` entry (largest first) with no aligned room left between the blocks
    /// already in use (`--existing`).
    PlanNoRoomAround {
        /// The block.
        parent: IpNet,
        /// The entry as typed (or its tier and zone: `web=500` in AZ 2).
        given: String,
        /// The prefix it needs.
        prefix: u32,
        /// Addresses still free when it is placed.
        left: u128,
        /// The largest free aligned block then, if any.
        largest: Option<IpNet>,
        /// Blocks already in use inside the block.
        existing: usize,
    },
    /// Fewer than two blocks or addresses to compare.
    TooFewItems,
    /// IPv4 and IPv6 items compared together.
    MixedFamilies {
        /// The first item as typed.
        first: String,
        /// Its family.
        first_family: Family,
        /// The first item of the other family, as typed.
        other: String,
        /// Its family.
        other_family: Family,
    },
    /// A block or an address that cannot be read, or one `--strict` refuses.
    BadCidr {
        /// What the user typed.
        input: String,
        /// What is wrong with it.
        fault: CidrFault,
        /// What was being read: a block, or a block or an address.
        forms: CidrForms,
    },
    /// A `--plan` list that cannot be read.
    BadPlan {
        /// The list, or the entry at fault, as typed.
        input: String,
        /// What is wrong with it.
        fault: PlanFault,
    },
    /// `--secondary` with an IPv6 block: AWS's association table is IPv4.
    SecondaryIpv6 {
        /// The IPv6 block as typed.
        input: String,
    },
    /// A `--split` prefix length that is not a whole number from 0 to 128.
    NotAPrefix {
        /// The prefix length as typed.
        input: String,
    },
}

impl Problem {
    /// The error kind for scripts: `aws_limit` for a rule of AWS's, `conflict` for a
    /// request that contradicts itself or awscalc's listing limit.
    #[must_use]
    pub fn kind(&self) -> &'static str {
        match self {
            Problem::NoSubnetHolds { .. } | Problem::PlanEntryTooLarge { .. } => "aws_limit",
            Problem::PlanDoesNotFit { .. }
            | Problem::PlanNoRoomAround { .. }
            | Problem::SplitBeyondFamily { .. }
            | Problem::SplitIntoLarger { .. }
            | Problem::TooManyToList { .. }
            | Problem::SecondaryIpv6 { .. }
            | Problem::NotAPrefix { .. }
            | Problem::TooFewItems
            | Problem::MixedFamilies { .. } => "conflict",
            Problem::BadPlan { .. } => "invalid",
            Problem::BadCidr { .. } => "invalid_cidr",
        }
    }

    /// The value at fault, as typed, where the problem names one: a `--plan` list or entry.
    #[must_use]
    pub fn value(&self) -> Option<&str> {
        match self {
            Problem::BadPlan { input, .. } | Problem::BadCidr { input, .. } => Some(input),
            _ => None,
        }
    }
}

/// What is wrong with a block or an address ([`Problem::BadCidr`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "fault", rename_all = "snake_case")]
pub enum CidrFault {
    /// No text.
    Empty,
    /// A block without `/prefix`.
    NoPrefix {
        /// The text, trimmed.
        text: String,
    },
    /// A block whose address is no IPv4 or IPv6 address.
    NotAnAddress {
        /// The address part.
        text: String,
    },
    /// A prefix length that is not a whole number.
    PrefixNotWhole {
        /// The prefix part.
        text: String,
        /// The address's family, whose width is the longest prefix.
        family: Family,
    },
    /// A prefix longer than the family's width.
    PrefixTooLong {
        /// The prefix length.
        prefix: u32,
        /// The address's family.
        family: Family,
    },
    /// A prefix length ipnet does not take.
    NotAPrefix {
        /// The prefix length.
        prefix: u32,
    },
    /// An address with host bits set, under `--strict`.
    HostBits {
        /// The address.
        address: std::net::IpAddr,
        /// Its network.
        network: IpNet,
    },
    /// An item that is neither a block nor an address.
    NeitherBlockNorAddress {
        /// The text, trimmed.
        text: String,
    },
}

/// What a [`Problem::BadCidr`] was reading, for the forms it names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CidrForms {
    /// A block (`10.0.0.0/16`).
    Block,
    /// A block or an address (`10.0.5.7`).
    Item,
}

/// What is wrong with a `--plan` list ([`Problem::BadPlan`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "fault", rename_all = "snake_case")]
pub enum PlanFault {
    /// The list is empty.
    Empty,
    /// An entry is empty (two commas in a row).
    EmptyEntry {
        /// Which, counted from 1.
        entry: usize,
    },
    /// A name that is not letters, digits, `-`, `_` and `.`.
    BadName {
        /// The name.
        name: String,
    },
    /// A name given to two entries.
    NameTwice {
        /// The name.
        name: String,
    },
}

impl From<Problem> for crate::error::Error {
    fn from(problem: Problem) -> crate::error::Error {
        crate::error::Error::Vpc(Box::new(problem))
    }
}
