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
//! Every address is a `u128` (IPv4 in the low 32 bits), so both families share one exact
//! arithmetic. The only count that does not fit a `u128` is the 2^128 addresses of `::/0`;
//! it is written out as decimal text ([`pow2_number`]), and `2^128 − k` is computed as
//! `(2^128 − 1) − (k − 1)`.

use std::fmt;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::str::FromStr;

use rust_decimal::Decimal;

use crate::error::Error;
use crate::facts::vpc as fact;
use crate::facts::vpc::{
    RangeRule, DISCOURAGED_VPC_RANGES, FORBIDDEN_VPC_RANGES, RESERVED_LAST_ROLE,
    RESERVED_LEADING_ROLES, RFC1918_RANGES,
};
use crate::facts::FactBook;
use crate::facts::FactId;
use crate::report::{Alternative, Number, Report, Step, Value};

mod overlap;
mod plan;
mod relation;
mod secondary;

pub use overlap::{overlaps, Overlaps};
pub use plan::{aligned_blocks, parse_plan, place, plan, Plan, PlanItem, PlanRequest, Planned};
pub use relation::{relate, Item, RelateRequest, Relation, DEFAULT_LISTED};
pub use secondary::{refusal, secondary, secondary_row, SecondaryRequest};

/// The accepted forms of a block, for error messages.
const BLOCK_FORMS: &str = "an IPv4 block like 10.0.0.0/16 or an IPv6 block like 2600:1f18::/56";

/// The most rows `--split` lists without `--count` or `--limit`: 2^24, so a /8 into /32s
/// (16,777,216 lines) still lists, and a /32 IPv6 block into /64s (4 billion) does not.
pub const MAX_LISTED_SUBNETS: u128 = 1 << 24;

/// IPv4 or IPv6.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Family {
    /// 32-bit addresses.
    V4,
    /// 128-bit addresses.
    V6,
}

impl Family {
    /// Address width in bits: 32 or 128.
    #[must_use]
    pub fn bits(self) -> u32 {
        match self {
            Family::V4 => 32,
            Family::V6 => 128,
        }
    }

    /// `IPv4` or `IPv6`.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Family::V4 => "IPv4",
            Family::V6 => "IPv6",
        }
    }

    /// 4 or 6.
    #[must_use]
    pub fn version(self) -> u8 {
        match self {
            Family::V4 => 4,
            Family::V6 => 6,
        }
    }
}

/// An IP address of either family, as a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Address {
    family: Family,
    value: u128,
}

impl Address {
    /// An IPv4 address.
    #[must_use]
    pub fn v4(addr: Ipv4Addr) -> Address {
        Address {
            family: Family::V4,
            value: u128::from(u32::from(addr)),
        }
    }

    /// An IPv6 address.
    #[must_use]
    pub fn v6(addr: Ipv6Addr) -> Address {
        Address {
            family: Family::V6,
            value: u128::from(addr),
        }
    }

    /// IPv4 or IPv6.
    #[must_use]
    pub fn family(self) -> Family {
        self.family
    }

    /// The address as a number (IPv4 in the low 32 bits).
    #[must_use]
    pub fn value(self) -> u128 {
        self.value
    }

    /// As a standard library address.
    #[must_use]
    pub fn ip(self) -> IpAddr {
        match self.family {
            // An IPv4 Address is only ever built from a u32, so the low 32 bits are all of it.
            #[allow(clippy::cast_possible_truncation, reason = "IPv4 values fit 32 bits")]
            Family::V4 => IpAddr::V4(Ipv4Addr::from(self.value as u32)),
            Family::V6 => IpAddr::V6(Ipv6Addr::from(self.value)),
        }
    }

    /// The address `offset` above this one (the caller keeps it inside a block).
    fn plus(self, offset: u128) -> Address {
        Address {
            family: self.family,
            value: self.value + offset,
        }
    }
}

impl fmt::Display for Address {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.ip().fmt(f)
    }
}

/// A CIDR block: a network address with no host bits set, and a prefix length.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Cidr {
    network: Address,
    prefix: u32,
}

impl Cidr {
    /// The block of `prefix` bits that contains `address` (host bits cleared).
    ///
    /// # Panics
    /// Never for a prefix up to the family's width; larger prefixes are a caller bug.
    #[must_use]
    pub fn containing(address: Address, prefix: u32) -> Cidr {
        assert!(prefix <= address.family.bits(), "prefix within the family");
        let host = host_mask(address.family.bits() - prefix);
        Cidr {
            network: Address {
                family: address.family,
                value: address.value & !host,
            },
            prefix,
        }
    }

    /// IPv4 or IPv6.
    #[must_use]
    pub fn family(self) -> Family {
        self.network.family
    }

    /// The network address.
    #[must_use]
    pub fn network(self) -> Address {
        self.network
    }

    /// The prefix length.
    #[must_use]
    pub fn prefix(self) -> u32 {
        self.prefix
    }

    /// Bits left for hosts: `32 − prefix` or `128 − prefix`.
    #[must_use]
    pub fn host_bits(self) -> u32 {
        self.family().bits() - self.prefix
    }

    /// The last address of the block.
    #[must_use]
    pub fn last(self) -> Address {
        Address {
            family: self.family(),
            value: self.network.value | host_mask(self.host_bits()),
        }
    }

    /// The IPv4 netmask (`255.255.255.0` for /24); `None` for IPv6.
    #[must_use]
    pub fn netmask(self) -> Option<Ipv4Addr> {
        match self.family() {
            Family::V4 => {
                let mask = u32::MAX.checked_shl(self.host_bits()).unwrap_or(0);
                Some(Ipv4Addr::from(mask))
            }
            Family::V6 => None,
        }
    }

    /// Whether `address` lies in the block.
    #[must_use]
    pub fn contains_address(self, address: Address) -> bool {
        address.family == self.family()
            && address.value >= self.network.value
            && address.value <= self.last().value
    }

    /// Whether `other` lies entirely in this block.
    #[must_use]
    pub fn contains(self, other: Cidr) -> bool {
        other.family() == self.family()
            && self.prefix <= other.prefix
            && self.contains_address(other.network)
    }

    /// Whether the two blocks share any address.
    #[must_use]
    pub fn overlaps(self, other: Cidr) -> bool {
        self.contains(other) || other.contains(self)
    }
}

impl fmt::Display for Cidr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.network, self.prefix)
    }
}

impl FromStr for Cidr {
    type Err = Error;

    /// A block in canonical form: host bits set are an error here (see [`CidrInput`]).
    fn from_str(text: &str) -> Result<Cidr, Error> {
        let input: CidrInput = text.parse()?;
        if input.has_host_bits() {
            return Err(input.host_bits_error());
        }
        Ok(input.block())
    }
}

/// `2^bits − 1`: the host part of a block with `bits` host bits (all ones at 128).
fn host_mask(bits: u32) -> u128 {
    u128::MAX.checked_shr(128 - bits).unwrap_or(0)
}

/// `2^exp` where it fits a `u128` (`exp` up to 127).
#[must_use]
pub fn pow2(exp: u32) -> Option<u128> {
    1u128.checked_shl(exp)
}

/// `2^exp` exactly, as a number, for every `exp` up to 128.
#[must_use]
pub fn pow2_number(exp: u32) -> Number {
    match pow2(exp) {
        Some(n) => Number::from(n),
        // 2^128, the one power of two a u128 cannot hold.
        None => Number::from_digits("340282366920938463463374607431768211456")
            .unwrap_or_else(|| Number::from(u128::MAX)),
    }
}

/// `2^exp − k`, or `None` when it would be negative; exact for `exp` up to 128.
#[must_use]
pub fn pow2_minus(exp: u32, k: u128) -> Option<u128> {
    match pow2(exp) {
        Some(total) => total.checked_sub(k),
        None if exp == 128 => match k {
            0 => None,
            k => Some(u128::MAX - (k - 1)),
        },
        None => None,
    }
}

/// A block as the user typed it: the address may have host bits set (`10.0.0.5/24`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CidrInput {
    text: String,
    address: Address,
    prefix: u32,
}

impl CidrInput {
    /// What the user typed.
    #[must_use]
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The address as typed.
    #[must_use]
    pub fn address(&self) -> Address {
        self.address
    }

    /// The block the input names: its network with host bits cleared.
    #[must_use]
    pub fn block(&self) -> Cidr {
        Cidr::containing(self.address, self.prefix)
    }

    /// Whether the address has bits set beyond the prefix (not a network address).
    #[must_use]
    pub fn has_host_bits(&self) -> bool {
        self.block().network != self.address
    }

    fn host_bits_error(&self) -> Error {
        Error::InvalidCidr {
            input: self.text.clone(),
            reason: format!(
                "{} is not a network address: host bits are set, and its network is {} \
                 (--strict accepts only network addresses)",
                self.address,
                self.block()
            ),
            expected: BLOCK_FORMS,
        }
    }
}

impl FromStr for CidrInput {
    type Err = Error;

    fn from_str(text: &str) -> Result<CidrInput, Error> {
        let invalid = |reason: String| Error::InvalidCidr {
            input: text.to_string(),
            reason,
            expected: BLOCK_FORMS,
        };
        let trimmed = text.trim();
        if trimmed.is_empty() {
            return Err(invalid("it is empty".into()));
        }
        let Some((addr_text, prefix_text)) = trimmed.split_once('/') else {
            return Err(invalid(format!(
                "`{trimmed}` has no prefix length: write the block as address/prefix"
            )));
        };
        let address = parse_address(addr_text)
            .ok_or_else(|| invalid(format!("`{addr_text}` is not an IPv4 or IPv6 address")))?;
        let bits = address.family.bits();
        let prefix = parse_prefix_digits(prefix_text).ok_or_else(|| {
            invalid(format!(
                "the prefix length `{prefix_text}` is not a whole number from 0 to {bits}"
            ))
        })?;
        if prefix > bits {
            return Err(invalid(format!(
                "prefix /{prefix} is above {bits}, the longest an {} prefix can be",
                address.family.name()
            )));
        }
        Ok(CidrInput {
            text: text.to_string(),
            address,
            prefix,
        })
    }
}

/// An IPv4 or IPv6 address in standard notation.
fn parse_address(text: &str) -> Option<Address> {
    match text.parse::<IpAddr>().ok()? {
        IpAddr::V4(a) => Some(Address::v4(a)),
        IpAddr::V6(a) => Some(Address::v6(a)),
    }
}

/// One to three ASCII digits: a prefix length candidate (range checked by the caller).
fn parse_prefix_digits(text: &str) -> Option<u32> {
    if text.is_empty() || text.len() > 3 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// A prefix length for `--split`: `24` or `/24`, from 0 to 128.
///
/// # Errors
/// [`Error::Conflict`] naming the input when it is not such a number.
pub fn parse_prefix(text: &str) -> Result<u32, Error> {
    let trimmed = text.trim();
    let digits = trimmed.strip_prefix('/').unwrap_or(trimmed);
    parse_prefix_digits(digits)
        .filter(|p| *p <= 128)
        .ok_or_else(|| Error::Conflict {
            message: format!(
                "`{text}` is not a prefix length: expected a whole number from 0 to 32 (IPv4) \
                 or 128 (IPv6), like 24 or /24"
            ),
        })
}

/// A whole, positive count (hosts, parts, a limit): digits with optional `,` or `_`
/// separators, at most 2^128 − 1.
///
/// # Errors
/// [`Error::InvalidNumber`], [`Error::NotWhole`], [`Error::NotPositive`] or
/// [`Error::TooLarge`], each naming the input.
pub fn parse_count(text: &str, what: &'static str) -> Result<u128, Error> {
    let trimmed = text.trim();
    let cleaned: String = trimmed
        .chars()
        .filter(|c| !matches!(c, ',' | '_'))
        .collect();
    if cleaned.is_empty() {
        return Err(Error::InvalidNumber {
            input: text.to_string(),
        });
    }
    if !cleaned.bytes().all(|b| b.is_ascii_digit()) {
        let numeric = cleaned
            .strip_prefix('-')
            .unwrap_or(&cleaned)
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.');
        return Err(if cleaned.starts_with('-') && numeric {
            Error::NotPositive {
                what,
                input: text.to_string(),
            }
        } else if numeric && cleaned.contains('.') && cleaned.bytes().any(|b| b.is_ascii_digit()) {
            Error::NotWhole {
                what,
                input: text.to_string(),
            }
        } else {
            Error::InvalidNumber {
                input: text.to_string(),
            }
        });
    }
    let value: u128 = cleaned.parse().map_err(|_| Error::TooLarge {
        what,
        input: text.to_string(),
        max: group_u128(u128::MAX),
    })?;
    if value == 0 {
        return Err(Error::NotPositive {
            what,
            input: text.to_string(),
        });
    }
    Ok(value)
}

/// `65,531`.
fn group_u128(n: u128) -> String {
    Number::from(n).grouped()
}

/// The prefix lengths AWS allows for one use (subnet or VPC) in one family.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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

    /// `/16 to /28`, or `/44 to /64 in steps of 4`.
    #[must_use]
    pub fn describe(self) -> String {
        if self.step == 1 {
            format!("/{} to /{}", self.min, self.max)
        } else {
            let all: Vec<String> = (self.min..=self.max)
                .step_by(self.step as usize)
                .map(|p| format!("/{p}"))
                .collect();
            format!(
                "/{} to /{} in steps of {}: {}",
                self.min,
                self.max,
                self.step,
                all.join(", ")
            )
        }
    }
}

impl SizeRule {
    /// Allowed prefixes from the longest (smallest block) to the shortest.
    fn smallest_first(self) -> impl Iterator<Item = u32> {
        (self.min..=self.max)
            .rev()
            .filter(move |p| (p - self.min) % self.step == 0)
    }
}

/// A subnet or a VPC CIDR block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Use {
    /// A subnet.
    Subnet,
    /// A VPC CIDR block (primary or secondary).
    Vpc,
}

fn prefix_fact(book: &mut FactBook, id: FactId) -> Result<u32, Error> {
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
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
    pub fn usable_range(self, block: Cidr) -> Option<(Address, Address)> {
        if self.usable(block.host_bits()) == 0 {
            return None;
        }
        let last = block.last();
        Some((
            block.network.plus(self.leading),
            Address {
                family: last.family,
                value: last.value - self.trailing(),
            },
        ))
    }

    /// The reserved addresses of `block`, each with its role. In a block with fewer
    /// addresses than AWS reserves, every address is listed, with all its roles.
    #[must_use]
    pub fn addresses(self, block: Cidr) -> Vec<(Address, String)> {
        let size_minus_one = host_mask(block.host_bits());
        let role_at = |offset: u128| -> String {
            let mut roles = Vec::new();
            if offset < self.leading {
                roles.push(leading_role(offset));
            }
            if size_minus_one - offset < self.trailing() {
                roles.push(if offset == size_minus_one {
                    RESERVED_LAST_ROLE.to_string()
                } else {
                    "reserved by AWS at the end of the subnet".to_string()
                });
            }
            roles.join("; ")
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
            .map(|o| (block.network.plus(o), role_at(o)))
            .collect()
    }
}

fn leading_role(offset: u128) -> String {
    usize::try_from(offset)
        .ok()
        .and_then(|i| RESERVED_LEADING_ROLES.get(i))
        .map_or_else(|| "reserved by AWS".to_string(), |r| (*r).to_string())
}

/// What AWS says about a block as a subnet and as a VPC CIDR.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Validity {
    /// AWS accepts it as a subnet (size and range).
    pub valid_subnet: bool,
    /// AWS accepts it as a VPC CIDR block (size and range).
    pub valid_vpc: bool,
    /// Why not, one sentence each.
    pub problems: Vec<String>,
    /// Allowed, but worth a warning (172.17.0.0/16).
    pub warnings: Vec<String>,
    /// Allowed; worth knowing (public range).
    pub notes: Vec<String>,
}

fn rule_block(rule: &RangeRule) -> Cidr {
    // The tables are written in canonical form; a typo there is caught by a unit test.
    rule.cidr.parse().unwrap_or(Cidr {
        network: Address {
            family: Family::V4,
            value: 0,
        },
        prefix: 32,
    })
}

/// Checks `block` against the AWS sizes and ranges.
///
/// # Errors
/// Only a missing fact (a bug in awscalc).
pub fn validity(block: Cidr, book: &mut FactBook) -> Result<Validity, Error> {
    let family = block.family();
    let subnet = size_rule(family, Use::Subnet, book)?;
    let vpc = size_rule(family, Use::Vpc, book)?;
    let mut v = Validity {
        valid_subnet: subnet.allows(block.prefix),
        valid_vpc: vpc.allows(block.prefix),
        problems: Vec::new(),
        warnings: Vec::new(),
        notes: Vec::new(),
    };
    if !v.valid_subnet {
        v.problems.push(format!(
            "prefix /{} is outside what an AWS {} subnet allows ({})",
            block.prefix,
            family.name(),
            subnet.describe()
        ));
    }
    if !v.valid_vpc {
        v.problems.push(format!(
            "prefix /{} is outside what an AWS {} VPC CIDR block allows ({})",
            block.prefix,
            family.name(),
            vpc.describe()
        ));
    }
    if family == Family::V4 {
        for rule in FORBIDDEN_VPC_RANGES {
            if rule_block(rule).overlaps(block) {
                v.valid_vpc = false;
                v.valid_subnet = false;
                v.problems.push(format!(
                    "{} overlaps {}: {}, so no subnet can use it either",
                    block, rule.cidr, rule.reason
                ));
            }
        }
        for rule in DISCOURAGED_VPC_RANGES {
            if rule_block(rule).overlaps(block) {
                v.warnings
                    .push(format!("{block} overlaps {}: {}", rule.cidr, rule.reason));
            }
        }
        let private = RFC1918_RANGES.iter().any(|r| rule_block(r).contains(block));
        let forbidden = FORBIDDEN_VPC_RANGES
            .iter()
            .any(|r| rule_block(r).overlaps(block));
        if !private && !forbidden {
            v.notes.push(format!(
                "{block} is outside the RFC 1918 private ranges (10.0.0.0/8, 172.16.0.0/12, \
                 192.168.0.0/16): AWS allows a VPC with a publicly routable CIDR block, but \
                 these are public addresses"
            ));
        }
    }
    Ok(v)
}

/// `awscalc cidr BLOCK`: the addresses of one block, what AWS reserves, and whether AWS
/// accepts it as a subnet or a VPC CIDR.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BlockRequest {
    /// The block as typed.
    pub cidr: CidrInput,
    /// Refuse an address with host bits set instead of using its network.
    pub strict: bool,
}

/// Adds a step whose value may be beyond `Decimal` (IPv6 counts).
fn step(
    report: &mut Report,
    label: impl Into<String>,
    formula: impl Into<String>,
    value: Value,
    unit: &str,
) {
    report.steps.push(Step {
        label: label.into(),
        formula: formula.into(),
        value,
        unit: unit.into(),
    });
}

/// The block the input names, with a warning when host bits were set (an error with `strict`).
fn resolve(input: &CidrInput, strict: bool, report: &mut Report) -> Result<Cidr, Error> {
    let block = input.block();
    if input.has_host_bits() {
        if strict {
            return Err(input.host_bits_error());
        }
        report.warn(format!(
            "`{}` is not a network address: host bits are set; its network is {block}, used below \
             (--strict makes this an error)",
            input.text().trim()
        ));
    }
    Ok(block)
}

fn describe_block_input(input: &CidrInput, block: Cidr, report: &mut Report) {
    let family = block.family();
    report.input(
        "cidr",
        input.text().trim(),
        format!(
            "{} block {block}: network {}, prefix /{}",
            family.name(),
            block.network,
            block.prefix
        ),
        Value::text(block.to_string()),
    );
}

/// Steps and fields for the size of a block: host bits, total, reserved, usable.
fn size_steps(block: Cidr, reservation: Reservation, report: &mut Report) -> u128 {
    let bits = block.family().bits();
    let host_bits = block.host_bits();
    step(
        report,
        "host bits",
        format!("{bits} − {}", block.prefix),
        Value::number(host_bits),
        "bits",
    );
    step(
        report,
        "total addresses",
        format!("2^{host_bits}"),
        Value::Number(pow2_number(host_bits)),
        "addresses",
    );
    step(
        report,
        "reserved by AWS",
        format!(
            "first {} + last {}",
            reservation.leading,
            reservation.trailing()
        ),
        Value::number(reservation.total),
        "addresses",
    );
    let usable = reservation.usable(host_bits);
    let formula = if pow2_minus(host_bits, reservation.total).is_some() {
        format!(
            "{} − {}",
            pow2_number(host_bits).grouped(),
            reservation.total
        )
    } else {
        format!(
            "{} − {} is below zero: none",
            pow2_number(host_bits).grouped(),
            reservation.total
        )
    };
    step(
        report,
        "usable addresses",
        formula,
        Value::number(usable),
        "addresses",
    );
    usable
}

/// `awscalc cidr BLOCK`.
///
/// # Errors
/// [`Error::InvalidCidr`] for host bits set with `strict`.
pub fn block(request: &BlockRequest, book: &mut FactBook) -> Result<Report, Error> {
    let mut report = Report::new("cidr", book.as_of());
    let block = resolve(&request.cidr, request.strict, &mut report)?;
    describe_block_input(&request.cidr, block, &mut report);
    let family = block.family();
    let reservation = Reservation::from_facts(book)?;
    let host_bits = block.host_bits();
    let usable = size_steps(block, reservation, &mut report);
    let range = reservation.usable_range(block);
    if let Some((first, last)) = range {
        step(
            &mut report,
            "first usable",
            format!("{} + {}", block.network, reservation.leading),
            Value::text(first.to_string()),
            "",
        );
        step(
            &mut report,
            "last usable",
            format!("{} − {}", block.last(), reservation.trailing()),
            Value::text(last.to_string()),
            "",
        );
    }
    let validity = validity(block, book)?;

    block_fields(&mut report, block, reservation, usable, &validity);
    report.answer.push("usable".into());

    let usable_text = Number::from(usable).grouped();
    let noun = if usable == 1 { "address" } else { "addresses" };
    report.headline = if validity.valid_subnet {
        format!("{usable_text} usable {noun} in {block}")
    } else {
        format!(
            "{usable_text} usable {noun} in {block} by the plain arithmetic; AWS does not accept \
             it as a subnet"
        )
    };
    report.summary = match range {
        Some((first, last)) => format!(
            "{} addresses, {} reserved by AWS (the first {} and the last {}), {usable_text} usable: \
             {first} to {last}",
            pow2_number(host_bits).grouped(),
            reservation.total,
            reservation.leading,
            reservation.trailing()
        ),
        None => format!(
            "{} addresses: fewer than the {} AWS reserves in every subnet, so none is usable",
            pow2_number(host_bits).grouped(),
            reservation.total
        ),
    };
    for problem in &validity.problems {
        report.warn(format!("AWS rejects this block: {problem}"));
    }
    for warning in &validity.warnings {
        report.warn(warning.clone());
    }
    for note in &validity.notes {
        report.note(note.clone());
    }
    if family == Family::V6 {
        let amazon = prefix_fact(book, fact::AMAZON_IPV6_PREFIX)?;
        report.note(format!(
            "an Amazon-provided IPv6 VPC block is always /{amazon}; AWS reserves the same first \
             four and last addresses in IPv6 subnets"
        ));
    }
    report.alternatives = usable_alternatives(host_bits, reservation);
    report.attach_facts(book);
    Ok(report)
}

/// The result fields of one block (JSON: `result.network`, `result.reserved`, …).
fn block_fields(
    report: &mut Report,
    block: Cidr,
    reservation: Reservation,
    usable: u128,
    validity: &Validity,
) {
    let family = block.family();
    let host_bits = block.host_bits();
    let range = reservation.usable_range(block);
    report.field("cidr", Value::text(block.to_string()), "");
    report.field("version", Value::number(family.version()), "");
    report.field("network", Value::text(block.network.to_string()), "");
    report.field("prefix", Value::number(block.prefix), "");
    if let Some(mask) = block.netmask() {
        report.field("netmask", Value::text(mask.to_string()), "");
    }
    report.field("first", Value::text(block.network.to_string()), "");
    report.field("last", Value::text(block.last().to_string()), "");
    report.field("total", Value::Number(pow2_number(host_bits)), "addresses");
    let reserved = reservation
        .addresses(block)
        .into_iter()
        .map(|(address, role)| {
            Value::Map(vec![
                ("address".into(), Value::text(address.to_string())),
                ("role".into(), Value::text(role)),
            ])
        })
        .collect();
    report.field("reserved", Value::List(reserved), "");
    report.field("usable", Value::number(usable), "addresses");
    let (first_usable, last_usable) = range.map_or((Value::Null, Value::Null), |(f, l)| {
        (Value::text(f.to_string()), Value::text(l.to_string()))
    });
    report.field("first_usable", first_usable, "");
    report.field("last_usable", last_usable, "");
    report.field(
        "aws",
        Value::Map(vec![
            ("valid_subnet".into(), Value::Bool(validity.valid_subnet)),
            ("valid_vpc".into(), Value::Bool(validity.valid_vpc)),
            (
                "problems".into(),
                Value::List(validity.problems.iter().map(Value::text).collect()),
            ),
        ]),
        "",
    );
}

/// `awscalc cidr --hosts N [PARENT]`: the smallest AWS subnet holding N hosts, and how
/// many of them fit in the parent block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HostsRequest {
    /// The count as typed.
    pub hosts_text: String,
    /// The count.
    pub hosts: u128,
    /// The block to fit them in; IPv4 sizes when absent.
    pub parent: Option<CidrInput>,
    /// Refuse a parent with host bits set.
    pub strict: bool,
}

/// The smallest prefix in `rule` whose usable count, after `reserved`, holds `hosts`.
fn smallest_holding(rule: SizeRule, bits: u32, reserved: u128, hosts: u128) -> Option<u32> {
    rule.smallest_first()
        .find(|p| pow2_minus(bits - p, reserved).is_some_and(|u| u >= hosts))
}

/// `awscalc cidr --hosts N`.
///
/// # Errors
/// [`Error::AwsLimit`] when no AWS subnet size holds N; [`Error::InvalidCidr`] for a
/// parent with host bits set under `strict`.
pub fn hosts(request: &HostsRequest, book: &mut FactBook) -> Result<Report, Error> {
    let mut report = Report::new("cidr", book.as_of());
    let parent = match &request.parent {
        Some(input) => {
            let block = resolve(input, request.strict, &mut report)?;
            describe_block_input(input, block, &mut report);
            Some(block)
        }
        None => None,
    };
    let family = parent.map_or(Family::V4, Cidr::family);
    let bits = family.bits();
    let hosts = request.hosts;
    let hosts_text = Number::from(hosts).grouped();
    report.input(
        "hosts",
        request.hosts_text.trim(),
        format!("{hosts_text} addresses in use"),
        Value::number(hosts),
    );
    let reservation = Reservation::from_facts(book)?;
    let rule = size_rule(family, Use::Subnet, book)?;
    let mut chosen = None;
    for p in rule.smallest_first() {
        let h = bits - p;
        let usable = reservation.usable(h);
        let holds = usable >= hosts;
        step(
            &mut report,
            format!("try /{p}"),
            format!(
                "2^{h} − {} = {} {} {hosts_text}",
                reservation.total,
                Number::from(usable).grouped(),
                if holds { "≥" } else { "<" }
            ),
            Value::number(usable),
            "usable",
        );
        if holds {
            chosen = Some(p);
            break;
        }
    }
    let Some(prefix) = chosen else {
        let h = bits - rule.min;
        return Err(Error::AwsLimit {
            message: format!(
                "no AWS {} subnet holds `{}` hosts: the largest, /{}, has {} usable addresses \
                 ({} − {}); spread the hosts over several subnets",
                family.name(),
                request.hosts_text.trim(),
                rule.min,
                Number::from(reservation.usable(h)).grouped(),
                pow2_number(h).grouped(),
                reservation.total
            ),
        });
    };
    let h = bits - prefix;
    let usable = reservation.usable(h);
    report.field("hosts", Value::number(hosts), "hosts");
    report.field("prefix", Value::number(prefix), "");
    report.field("total", Value::Number(pow2_number(h)), "addresses");
    report.field("usable", Value::number(usable), "addresses");
    report.field("spare", Value::number(usable - hosts), "addresses");
    report.answer.push("prefix".into());
    report.headline = format!(
        "/{prefix}: {} usable addresses hold {hosts_text} hosts",
        Number::from(usable).grouped()
    );
    report.summary = format!(
        "the smallest AWS {} subnet for {hosts_text} hosts: 2^{h} − {} = {} usable; /{} would \
         be too small",
        family.name(),
        reservation.total,
        Number::from(usable).grouped(),
        prefix + rule.step
    );
    if prefix == rule.max {
        report.summary = format!(
            "the smallest AWS {} subnet, /{prefix}, already holds {hosts_text} hosts: 2^{h} − {} \
             = {} usable",
            family.name(),
            reservation.total,
            Number::from(usable).grouped()
        );
    }
    if let Some(parent) = parent {
        hosts_in_parent(&mut report, parent, prefix);
    }
    report.alternatives = prefix_alternatives(rule, bits, reservation, hosts);
    report.attach_facts(book);
    Ok(report)
}

/// How to split a block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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

/// One subnet of a split.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SplitRow {
    /// The subnet.
    pub cidr: Cidr,
    /// Usable addresses after the AWS reservation.
    pub usable: u128,
    /// First usable address, where any is.
    pub first_usable: Option<Address>,
    /// Last usable address, where any is.
    pub last_usable: Option<Address>,
}

/// The subnets of a split, produced one at a time: constant memory for any count.
#[derive(Debug, Clone)]
pub struct Subnets {
    parent: Cidr,
    prefix: u32,
    reservation: Reservation,
    next: u128,
    end: u128,
    // The same for every row, worked out once: a split lists up to 2^24 rows.
    child_host_bits: u32,
    usable: u128,
    size_minus_one: u128,
}

impl Subnets {
    fn new(parent: Cidr, prefix: u32, reservation: Reservation, listed: u128) -> Subnets {
        let child_host_bits = parent.family().bits() - prefix;
        Subnets {
            parent,
            prefix,
            reservation,
            next: 0,
            end: listed,
            child_host_bits,
            usable: reservation.usable(child_host_bits),
            size_minus_one: host_mask(child_host_bits),
        }
    }

    /// IPv4 or IPv6.
    #[must_use]
    pub fn family(&self) -> Family {
        self.parent.family()
    }

    /// The prefix length of every subnet.
    #[must_use]
    pub fn prefix(&self) -> u32 {
        self.prefix
    }

    /// How many subnets are left to produce.
    #[must_use]
    pub fn len_hint(&self) -> u128 {
        self.end - self.next
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
        if self.next >= self.end {
            return None;
        }
        // next < 2^(prefix − parent prefix), so the offset stays inside the parent;
        // a shift of 128 only happens for ::/0 split into /0, whose one child is index 0.
        let offset = self.next.checked_shl(self.child_host_bits).unwrap_or(0);
        self.next += 1;
        let network = self.parent.network.plus(offset);
        let cidr = Cidr {
            network,
            prefix: self.prefix,
        };
        // Usable means at least one address beyond the reserved ones, so both ends are
        // inside the block (as Reservation::usable_range computes them).
        let (first_usable, last_usable) = if self.usable > 0 {
            (
                Some(network.plus(self.reservation.leading)),
                Some(network.plus(self.size_minus_one - self.reservation.trailing())),
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

/// `awscalc cidr BLOCK --split P | --into N`: the report, and the subnets to list
/// (none with `count_only`).
///
/// # Errors
/// [`Error::Conflict`] for a child prefix shorter than the parent's or beyond the
/// family, or a list longer than [`MAX_LISTED_SUBNETS`] without `--count` or `--limit`.
pub fn split(request: &SplitRequest, book: &mut FactBook) -> Result<(Report, Subnets), Error> {
    let mut report = Report::new("cidr", book.as_of());
    let parent = resolve(&request.parent, request.strict, &mut report)?;
    describe_block_input(&request.parent, parent, &mut report);
    let family = parent.family();
    let bits = family.bits();
    let prefix = split_prefix(request.by, parent, &mut report)?;
    let reservation = Reservation::from_facts(book)?;
    let rule = size_rule(family, Use::Subnet, book)?;
    let extra = prefix - parent.prefix;
    let child_host_bits = bits - prefix;
    let count = pow2(extra);
    let count_number = pow2_number(extra);
    step(
        &mut report,
        "subnets",
        format!("2^({prefix} − {})", parent.prefix),
        Value::Number(count_number.clone()),
        "subnets",
    );
    let usable_each = reservation.usable(child_host_bits);
    step(
        &mut report,
        "usable in each",
        format!("max(0, 2^{child_host_bits} − {})", reservation.total),
        Value::number(usable_each),
        "addresses",
    );
    let total_usable = count.and_then(|c| c.checked_mul(usable_each)).or(
        // ::/0 into /128: 2^128 subnets of 0 usable each.
        (usable_each == 0).then_some(0),
    );
    if let Some(total) = total_usable {
        step(
            &mut report,
            "usable in all",
            format!(
                "{} × {}",
                count_number.grouped(),
                Number::from(usable_each).grouped()
            ),
            Value::number(total),
            "addresses",
        );
    }
    let listed = listed_count(request, parent, prefix, count)?;
    report.field("parent", Value::text(parent.to_string()), "");
    report.field("prefix", Value::number(prefix), "");
    report.field("count", Value::Number(count_number.clone()), "subnets");
    report.field("usable_each", Value::number(usable_each), "addresses");
    if let Some(total) = total_usable {
        report.field("usable_total", Value::number(total), "addresses");
    }
    if !request.count_only {
        report.field("listed", Value::number(listed), "subnets");
    }
    report.answer.push("count".into());
    let noun = if count == Some(1) {
        "subnet"
    } else {
        "subnets"
    };
    report.headline = format!(
        "{} {noun} of /{prefix} in {parent}, {} usable addresses each",
        count_number.grouped(),
        Number::from(usable_each).grouped()
    );
    report.summary = format!(
        "2^({prefix} − {}) blocks of 2^{child_host_bits} addresses, each less the {} AWS reserves",
        parent.prefix, reservation.total
    );
    if !rule.allows(prefix) {
        report.warn(format!(
            "/{prefix} is not an AWS {} subnet size ({}): these blocks cannot be subnets",
            family.name(),
            rule.describe()
        ));
    }
    if count.is_none_or(|c| listed < c) && !request.count_only {
        report.note(format!(
            "listing the first {} of {} subnets (--limit)",
            Number::from(listed).grouped(),
            count_number.grouped()
        ));
    }
    report.attach_facts(book);
    let subnets = Subnets::new(parent, prefix, reservation, listed);
    Ok((report, subnets))
}

/// How many blocks of `prefix` fit in `parent` (JSON `result.fits`).
fn hosts_in_parent(report: &mut Report, parent: Cidr, prefix: u32) {
    report.field("parent", Value::text(parent.to_string()), "");
    let fits = prefix.checked_sub(parent.prefix).map_or(Some(0), pow2);
    let fits_value = fits.map_or_else(
        || Value::Number(pow2_number(prefix - parent.prefix)),
        Value::number,
    );
    step(
        report,
        format!("/{prefix} blocks in {parent}"),
        if prefix >= parent.prefix {
            format!("2^({prefix} − {})", parent.prefix)
        } else {
            format!("/{prefix} is larger than /{}", parent.prefix)
        },
        fits_value.clone(),
        "subnets",
    );
    report.field("fits", fits_value.clone(), "subnets");
    if prefix < parent.prefix {
        report.warn(format!(
            "a /{prefix} is larger than {parent}: no such subnet fits in it"
        ));
    } else {
        report.headline = format!(
            "{}, and {} of them fit in {parent}",
            report.headline,
            fits_value.display()
        );
    }
}

/// The prefix under the common wrong readings of the reservation, for `--expect`.
fn prefix_alternatives(
    rule: SizeRule,
    bits: u32,
    reservation: Reservation,
    hosts: u128,
) -> Vec<Alternative> {
    let mut out = Vec::new();
    for (reserved, reading) in [
        (
            reservation.leading,
            format!(
                "a subnet with only {} reserved addresses (AWS reserves {})",
                reservation.leading, reservation.total
            ),
        ),
        (
            2,
            "a network with only the network and broadcast addresses reserved, as outside AWS"
                .to_string(),
        ),
    ] {
        if let Some(p) = smallest_holding(rule, bits, reserved, hosts) {
            out.push(Alternative {
                value: Decimal::from(p),
                reading,
                distance: 1,
            });
        }
    }
    out
}

/// The prefix of the subnets of a split, checked against the parent and the family.
fn split_prefix(by: SplitBy, parent: Cidr, report: &mut Report) -> Result<u32, Error> {
    let family = parent.family();
    let bits = family.bits();
    let prefix = match by {
        SplitBy::Prefix(p) => {
            report.input(
                "split",
                &format!("/{p}"),
                format!("subnets of /{p}"),
                Value::number(p),
            );
            p
        }
        SplitBy::Parts(n) => {
            // ceil(log2 n): the bits that give at least n equal parts.
            let extra = n
                .checked_next_power_of_two()
                .map_or(128, u128::trailing_zeros);
            let parts = pow2_number(extra);
            report.input(
                "into",
                &n.to_string(),
                format!("{} equal parts", Number::from(n).grouped()),
                Value::number(n),
            );
            if !n.is_power_of_two() {
                report.note(format!(
                    "{} is not a power of two: equal CIDR blocks come in powers of two, so the \
                     block is split into {} parts",
                    Number::from(n).grouped(),
                    parts.grouped()
                ));
            }
            step(
                report,
                "extra prefix bits",
                format!("ceil(log2 {})", Number::from(n).grouped()),
                Value::number(extra),
                "bits",
            );
            parent.prefix.saturating_add(extra)
        }
    };
    if prefix > bits {
        return Err(Error::Conflict {
            message: format!(
                "cannot split {parent} into /{prefix} blocks: an {} prefix is at most /{bits}",
                family.name()
            ),
        });
    }
    if prefix < parent.prefix {
        return Err(Error::Conflict {
            message: format!(
                "cannot split {parent} into /{prefix} blocks: /{prefix} is larger than the block; \
                 use a prefix from /{} to /{bits}",
                parent.prefix
            ),
        });
    }
    Ok(prefix)
}

/// How many subnets a split lists: none with `--count`, at most `--limit`, and an error
/// beyond [`MAX_LISTED_SUBNETS`] without either.
fn listed_count(
    request: &SplitRequest,
    parent: Cidr,
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
                return Err(Error::Conflict {
                    message: format!(
                        "splitting {parent} into /{prefix} gives {} subnets, more than the {} \
                         awscalc lists; add --count for the number only, or --limit N for the \
                         first N",
                        pow2_number(prefix - parent.prefix).grouped(),
                        Number::from(MAX_LISTED_SUBNETS).grouped()
                    ),
                });
            }
            None => all,
        }
    })
}

/// `n` as a decimal where it fits (up to 2^96 − 1); `From<u128>` would panic beyond.
fn decimal(n: u128) -> Option<Decimal> {
    Decimal::try_from_i128_with_scale(i128::try_from(n).ok()?, 0).ok()
}

/// The usable count under the common wrong readings, for `--expect` hints.
fn usable_alternatives(host_bits: u32, reservation: Reservation) -> Vec<Alternative> {
    let mut out = Vec::new();
    let readings: [(u128, String); 3] = [
        (
            reservation.leading,
            format!(
                "a subnet with only {} reserved addresses (AWS reserves {}: the first {} and the last {})",
                reservation.leading,
                reservation.total,
                reservation.leading,
                reservation.trailing()
            ),
        ),
        (
            2,
            "a network with only the network and broadcast addresses reserved, as outside AWS"
                .to_string(),
        ),
        (0, "every address counted, none reserved".to_string()),
    ];
    for (reserved, reading) in readings {
        let Some(value) = pow2_minus(host_bits, reserved)
            .or_else(|| (reserved == 0).then(|| pow2(host_bits)).flatten())
        else {
            continue;
        };
        let Some(value) = decimal(value) else {
            continue;
        };
        out.push(Alternative {
            value,
            reading,
            distance: 1,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::testing::book;

    fn report(text: &str) -> Report {
        block(
            &BlockRequest {
                cidr: text.parse().unwrap(),
                strict: false,
            },
            &mut book(),
        )
        .unwrap()
    }

    fn field<'a>(r: &'a Report, name: &str) -> &'a Value {
        &r.get(name)
            .unwrap_or_else(|| panic!("no field {name}"))
            .value
    }

    fn text(r: &Report, name: &str) -> String {
        field(r, name).plain()
    }

    fn aws(r: &Report, key: &str) -> Value {
        match field(r, "aws") {
            Value::Map(fields) => fields.iter().find(|(k, _)| k == key).unwrap().1.clone(),
            other => panic!("aws is {other:?}"),
        }
    }

    /// Study notes A9 (004:635-641): 10.0.0.0/24 reserves .0, .1, .2, .3 and .255, leaving
    /// 2^8 − 5 = 256 − 5 = 251 usable, 10.0.0.4 to 10.0.0.254; DNS is base + 2.
    #[test]
    fn study_notes_a9_a_24_has_251_usable_and_five_reserved() {
        let r = report("10.0.0.0/24");
        assert_eq!(text(&r, "total"), "256");
        assert_eq!(text(&r, "usable"), "251");
        assert_eq!(text(&r, "first_usable"), "10.0.0.4");
        assert_eq!(text(&r, "last_usable"), "10.0.0.254");
        assert_eq!(text(&r, "netmask"), "255.255.255.0");
        let Value::List(reserved) = field(&r, "reserved") else {
            panic!()
        };
        let addresses: Vec<String> = reserved
            .iter()
            .map(|v| match v {
                Value::Map(f) => f[0].1.plain(),
                _ => panic!(),
            })
            .collect();
        assert_eq!(
            addresses,
            ["10.0.0.0", "10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.0.255"]
        );
        let dns = reserved[2].display();
        assert!(dns.contains("DNS") && dns.contains("base + 2"), "{dns}");
        assert_eq!(aws(&r, "valid_subnet"), Value::Bool(true));
        assert_eq!(aws(&r, "valid_vpc"), Value::Bool(true));
    }

    /// Study notes A8 (004:573-575): a /16 has (2^8)^2 = 65,536 addresses; with the 5
    /// reserved per subnet a single /16 subnet has 65,531 usable, not the notes' 65,532.
    #[test]
    fn study_notes_a8_a_16_has_65531_usable_not_65532() {
        let r = report("10.0.0.0/16");
        assert_eq!(text(&r, "total"), "65536");
        assert_eq!(text(&r, "usable"), "65531");
        let e = r.check("65532").unwrap();
        assert!(!e.matches);
        assert!(
            e.hints[0].contains("only 4 reserved addresses"),
            "{:?}",
            e.hints
        );
    }

    /// Study notes A10 (004:556): IPv4 has 2^32 = 4,294,967,296 addresses.
    #[test]
    fn study_notes_a10_ipv4_has_2_to_the_32_addresses() {
        assert_eq!(text(&report("0.0.0.0/0"), "total"), "4294967296");
    }

    /// Study notes A11 (004:557): IPv6 has 2^128 ≈ 3.4 × 10^38 addresses, not "340조"
    /// (3.4 × 10^14). 2^128 = 340,282,366,920,938,463,463,374,607,431,768,211,456, and the
    /// usable count under the AWS rule is 2^128 − 5.
    #[test]
    fn study_notes_a11_ipv6_has_2_to_the_128_addresses_exactly() {
        let r = report("::/0");
        assert_eq!(text(&r, "total"), "340282366920938463463374607431768211456");
        assert_eq!(
            text(&r, "usable"),
            "340282366920938463463374607431768211451"
        );
        assert_eq!(aws(&r, "valid_subnet"), Value::Bool(false));
    }

    /// AWS: an IPv6 subnet is /64 with 2^64 = 18,446,744,073,709,551,616 addresses; the
    /// first four and the last are reserved.
    #[test]
    fn an_ipv6_64_has_2_to_the_64_addresses_and_five_reserved() {
        let r = report("2600:1f18::/64");
        assert_eq!(text(&r, "total"), "18446744073709551616");
        assert_eq!(text(&r, "usable"), "18446744073709551611");
        assert_eq!(text(&r, "first_usable"), "2600:1f18::4");
        assert_eq!(text(&r, "last_usable"), "2600:1f18::ffff:ffff:ffff:fffe");
        assert_eq!(aws(&r, "valid_subnet"), Value::Bool(true));
        assert_eq!(
            aws(&r, "valid_vpc"),
            Value::Bool(false),
            "VPC blocks stop at /60"
        );
    }

    #[test]
    fn ipv6_sizes_go_in_steps_of_four() {
        assert_eq!(
            aws(&report("2600:1f18::/56"), "valid_vpc"),
            Value::Bool(true)
        );
        assert_eq!(
            aws(&report("2600:1f18::/56"), "valid_subnet"),
            Value::Bool(true)
        );
        assert_eq!(
            aws(&report("2600:1f18::/58"), "valid_subnet"),
            Value::Bool(false)
        );
        assert_eq!(
            aws(&report("2600:1f10::/44"), "valid_vpc"),
            Value::Bool(true)
        );
        assert_eq!(
            aws(&report("2600:1f00::/40"), "valid_vpc"),
            Value::Bool(false)
        );
    }

    /// /29 = 8 addresses: plain 8 − 5 = 3, but AWS subnets stop at /28.
    #[test]
    fn a_29_shows_the_plain_math_and_why_aws_rejects_it() {
        let r = report("10.0.0.0/29");
        assert_eq!(text(&r, "usable"), "3");
        assert_eq!(aws(&r, "valid_subnet"), Value::Bool(false));
        assert!(r.headline.contains("does not accept"), "{}", r.headline);
        assert!(
            r.notes.iter().any(|n| n.text.contains("/16 to /28")),
            "{:?}",
            r.notes
        );
    }

    /// /30 = 4 addresses and /32 = 1: fewer than 5, so 0 usable, never negative.
    #[test]
    fn tiny_blocks_have_zero_usable_never_negative() {
        for (cidr, listed) in [("10.0.0.0/30", 4), ("10.0.0.0/31", 2), ("10.0.0.0/32", 1)] {
            let r = report(cidr);
            assert_eq!(text(&r, "usable"), "0", "{cidr}");
            assert_eq!(field(&r, "first_usable"), &Value::Null, "{cidr}");
            let Value::List(reserved) = field(&r, "reserved") else {
                panic!()
            };
            assert_eq!(reserved.len(), listed, "{cidr}");
        }
        let r = report("10.0.0.0/31");
        let last = field(&r, "reserved").display();
        assert!(
            last.contains("VPC router") && last.contains("broadcast"),
            "{last}"
        );
    }

    #[test]
    fn host_bits_are_a_warning_or_with_strict_an_error() {
        let r = report("10.0.0.5/24");
        assert_eq!(text(&r, "cidr"), "10.0.0.0/24");
        assert!(
            r.notes.iter().any(|n| n.text.contains("10.0.0.0/24")
                && n.text.contains("not a network address")),
            "{:?}",
            r.notes
        );
        let err = block(
            &BlockRequest {
                cidr: "10.0.0.5/24".parse().unwrap(),
                strict: true,
            },
            &mut book(),
        )
        .unwrap_err()
        .to_string();
        assert!(
            err.contains("`10.0.0.5/24`") && err.contains("10.0.0.0/24"),
            "{err}"
        );
    }

    #[test]
    fn forbidden_ranges_cannot_be_a_vpc() {
        for cidr in [
            "127.0.0.0/16",
            "169.254.0.0/16",
            "224.0.0.0/16",
            "0.0.0.0/16",
        ] {
            let r = report(cidr);
            assert_eq!(aws(&r, "valid_vpc"), Value::Bool(false), "{cidr}");
            assert_eq!(aws(&r, "valid_subnet"), Value::Bool(false), "{cidr}");
        }
        let r = report("172.17.0.0/16");
        assert_eq!(aws(&r, "valid_vpc"), Value::Bool(true));
        assert!(
            r.notes.iter().any(|n| n.text.contains("Cloud9")),
            "{:?}",
            r.notes
        );
        let r = report("8.8.0.0/16");
        assert!(
            r.notes.iter().any(|n| n.text.contains("public")),
            "{:?}",
            r.notes
        );
        let r = report("10.1.0.0/16");
        assert!(
            !r.notes.iter().any(|n| n.text.contains("public")),
            "{:?}",
            r.notes
        );
    }

    fn hosts_report(n: u128, parent: Option<&str>) -> Result<Report, Error> {
        hosts(
            &HostsRequest {
                hosts_text: n.to_string(),
                hosts: n,
                parent: parent.map(|p| p.parse().unwrap()),
                strict: false,
            },
            &mut book(),
        )
    }

    /// 500 hosts: /24 gives 2^8 − 5 = 251 < 500; /23 gives 2^9 − 5 = 507 ≥ 500.
    #[test]
    fn five_hundred_hosts_need_a_23() {
        let r = hosts_report(500, None).unwrap();
        assert_eq!(text(&r, "prefix"), "23");
        assert_eq!(text(&r, "usable"), "507");
        assert_eq!(text(&r, "spare"), "7");
    }

    /// A /16 holds 2^(23 − 16) = 128 blocks of /23.
    #[test]
    fn a_16_holds_128_subnets_of_23() {
        let r = hosts_report(500, Some("10.0.0.0/16")).unwrap();
        assert_eq!(text(&r, "fits"), "128");
        let r = hosts_report(500, Some("10.0.0.0/24")).unwrap();
        assert_eq!(text(&r, "fits"), "0");
    }

    /// 252 hosts: AWS needs /23 (a /24 has 251); with only network and broadcast
    /// reserved a /24 (254) would do, and with 4 reserved too (256 − 4 = 252).
    #[test]
    fn two_hundred_fifty_two_hosts_need_a_23_not_a_24() {
        let r = hosts_report(252, None).unwrap();
        assert_eq!(text(&r, "prefix"), "23");
        let hints = r.check("24").unwrap().hints;
        assert_eq!(hints.len(), 2, "{hints:?}");
        assert!(hints[0].contains("only 4 reserved"), "{hints:?}");
        assert!(hints[1].contains("outside AWS"), "{hints:?}");
    }

    /// The largest IPv4 subnet, /16, holds 65,536 − 5 = 65,531.
    #[test]
    fn more_than_65531_ipv4_hosts_is_an_error() {
        assert_eq!(text(&hosts_report(65_531, None).unwrap(), "prefix"), "16");
        let err = hosts_report(65_532, None).unwrap_err().to_string();
        assert!(err.contains("`65532`") && err.contains("65,531"), "{err}");
    }

    /// IPv6 parent: every count up to 2^64 − 5 fits a /64.
    #[test]
    fn ipv6_hosts_use_ipv6_sizes() {
        let r = hosts_report(1_000_000, Some("2600:1f18::/56")).unwrap();
        assert_eq!(text(&r, "prefix"), "64");
        assert_eq!(text(&r, "fits"), "256");
    }

    fn split_of(
        parent: &str,
        by: SplitBy,
        limit: Option<u128>,
    ) -> Result<(Report, Subnets), Error> {
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
        let (r, rows) = split_of("10.0.0.0/16", SplitBy::Prefix(24), None).unwrap();
        assert_eq!(text(&r, "count"), "256");
        assert_eq!(text(&r, "usable_each"), "251");
        assert_eq!(text(&r, "usable_total"), "64256");
        let rows: Vec<SplitRow> = rows.collect();
        assert_eq!(rows.len(), 256);
        assert_eq!(rows[1].cidr.to_string(), "10.0.1.0/24");
        assert_eq!(rows[255].cidr.to_string(), "10.0.255.0/24");
        assert_eq!(rows[255].last_usable.unwrap().to_string(), "10.0.255.254");
    }

    /// 3 parts round up to 4 = 2^2: /16 + 2 = /18.
    #[test]
    fn into_three_rounds_up_to_four_parts() {
        let (r, rows) = split_of("10.0.0.0/16", SplitBy::Parts(3), None).unwrap();
        assert_eq!(text(&r, "prefix"), "18");
        assert_eq!(rows.count(), 4);
        assert!(r.notes.iter().any(|n| n.text.contains("power of two")));
    }

    #[test]
    fn split_limits_and_refusals() {
        let (_, rows) = split_of("10.0.0.0/8", SplitBy::Prefix(28), Some(5)).unwrap();
        assert_eq!(rows.count(), 5);
        let err = split_of("2600::/32", SplitBy::Prefix(64), None)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("4,294,967,296") && err.contains("--count"),
            "{err}"
        );
        let err = split_of("10.0.0.0/16", SplitBy::Prefix(8), None)
            .unwrap_err()
            .to_string();
        assert!(err.contains("larger than the block"), "{err}");
        let err = split_of("10.0.0.0/16", SplitBy::Prefix(33), None)
            .unwrap_err()
            .to_string();
        assert!(err.contains("at most /32"), "{err}");
        // ::/0 into /128 is 2^128 subnets: counted exactly, never listed.
        let (r, _) = split(
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
        assert_eq!(text(&r, "count"), "340282366920938463463374607431768211456");
    }

    #[test]
    fn every_range_table_row_is_canonical() {
        for rule in FORBIDDEN_VPC_RANGES
            .iter()
            .chain(DISCOURAGED_VPC_RANGES)
            .chain(RFC1918_RANGES)
        {
            assert_eq!(rule.cidr.parse::<Cidr>().unwrap().to_string(), rule.cidr);
        }
    }

    #[test]
    fn expect_hints_name_the_reserved_count() {
        let r = report("10.0.0.0/24");
        assert_eq!(
            r.check("252").unwrap().hints,
            ["252 is the answer for a subnet with only 4 reserved addresses (AWS reserves 5: the first 4 and the last 1)"]
        );
        assert!(r.check("254").unwrap().hints[0]
            .contains("network and broadcast addresses reserved, as outside AWS"));
        assert!(r.check("251").unwrap().matches);
    }

    #[test]
    fn parse_errors_name_the_input_and_the_reason() {
        let cases = [
            ("", "empty"),
            ("10.0.0.0", "no prefix length"),
            ("10.0.0.0/33", "above 32"),
            ("::/129", "above 128"),
            ("300.0.0.0/8", "not an IPv4 or IPv6 address"),
            ("10.0.0.0/x", "not a whole number"),
            ("10.0.0.0/-1", "not a whole number"),
            ("garbage", "no prefix length"),
        ];
        for (input, reason) in cases {
            let err = input.parse::<CidrInput>().unwrap_err().to_string();
            assert!(err.contains(&format!("`{input}`")), "{input}: {err}");
            assert!(err.contains(reason), "{input}: {err}");
        }
    }

    #[test]
    fn pow2_minus_is_exact_at_128_bits() {
        assert_eq!(pow2_minus(128, 5), Some(u128::MAX - 4));
        assert_eq!(pow2_minus(128, 1), Some(u128::MAX));
        assert_eq!(pow2_minus(2, 5), None);
        assert_eq!(pow2_minus(3, 5), Some(3));
        assert_eq!(
            pow2_number(128).as_str(),
            "340282366920938463463374607431768211456"
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

        proptest! {
            #[test]
            fn prop_no_panic_on_any_string(s in "\\PC*") {
                let _ = s.parse::<CidrInput>();
                let _ = parse_prefix(&s);
                let _ = parse_count(&s, "hosts");
            }

            #[test]
            fn prop_no_panic_on_cidr_like_strings(s in "[0-9a-f:./]{0,45}") {
                if let Ok(input) = s.parse::<CidrInput>() {
                    let r = block(&BlockRequest { cidr: input, strict: false }, &mut book());
                    prop_assert!(r.is_ok());
                }
            }

            #[test]
            fn prop_every_prefix_computes_without_panic(b in any_block()) {
                let r = block(
                    &BlockRequest { cidr: b.to_string().parse().unwrap(), strict: true },
                    &mut book(),
                ).unwrap();
                prop_assert_eq!(text(&r, "cidr"), b.to_string());
            }

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
                    prop_assert!(b.contains_address(first) && b.contains_address(last));
                    prop_assert_eq!(last.value() - first.value() + 1, res.usable(b.host_bits()));
                }
            }

            #[test]
            fn prop_ipv4_and_ipv6_agree_on_the_arithmetic(h in 0u32..=32) {
                let res = Reservation::from_facts(&mut book()).unwrap();
                let v4 = Cidr::containing(Address::v4(Ipv4Addr::UNSPECIFIED), 32 - h);
                let v6 = Cidr::containing(Address::v6(Ipv6Addr::UNSPECIFIED), 128 - h);
                prop_assert_eq!(res.usable(v4.host_bits()), res.usable(v6.host_bits()));
                prop_assert_eq!(
                    v4.last().value() - v4.network().value(),
                    v6.last().value() - v6.network().value()
                );
            }


            #[test]
            fn prop_hosts_picks_the_minimal_prefix(n in 1u128..=65_531) {
                let r = hosts_report(n, None).unwrap();
                let p: u32 = text(&r, "prefix").parse().unwrap();
                let res = Reservation::from_facts(&mut book()).unwrap();
                prop_assert!(res.usable(32 - p) >= n);
                if p < 28 {
                    prop_assert!(res.usable(32 - (p + 1)) < n, "one prefix longer would not fit");
                }
            }


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
                prop_assert_eq!(rows[rows.len() - 1].cidr.last(), b.last());
                for pair in rows.windows(2) {
                    // Adjacent, in order, no gap and no overlap.
                    prop_assert_eq!(pair[0].cidr.last().value() + 1, pair[1].cidr.network().value());
                    prop_assert!(!pair[0].cidr.overlaps(pair[1].cidr));
                }
                for row in &rows {
                    prop_assert!(b.contains(row.cidr));
                    prop_assert_eq!(row.cidr.prefix(), prefix);
                    prop_assert_eq!(Cidr::containing(row.cidr.network(), prefix), row.cidr, "aligned");
                }
            }

            #[test]
            fn prop_relation_is_symmetric(a in any_block(), b in any_block()) {
                prop_assert_eq!(a.overlaps(b), b.overlaps(a));
                if a.contains(b) && b.contains(a) {
                    prop_assert_eq!(a, b);
                }
            }

            #[test]
            fn prop_display_round_trips(b in any_block()) {
                prop_assert_eq!(b.to_string().parse::<Cidr>().unwrap(), b);
            }
        }
    }
}
