//! The address model: ipnet's [`IpNet`] is the block and the standard library's
//! [`IpAddr`] the address. Containment, the network address (`trunc`), the last address
//! (`broadcast`), stepping through subnets and aligned blocks are ipnet's. What awscalc
//! adds here is small: the family as a value, an address as a number (for the arithmetic
//! the reports show), and counts that reach 2^128, which no `u128` holds.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use ipnet::IpNet;

use crate::report::Number;

/// IPv4 or IPv6.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
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

/// An IP address as a number: what ipnet and the standard library do not say directly.
///
/// ```
/// use std::net::IpAddr;
/// use awscalc::calc::vpc::{Address, Family};
///
/// let a: IpAddr = "10.0.0.5".parse().unwrap();
/// assert_eq!((a.family(), a.value()), (Family::V4, 0x0a00_0005));
/// ```
pub trait Address {
    /// IPv4 or IPv6.
    fn family(&self) -> Family;
    /// The address as a number (IPv4 in the low 32 bits).
    fn value(&self) -> u128;
}

impl Address for IpAddr {
    fn family(&self) -> Family {
        match self {
            IpAddr::V4(_) => Family::V4,
            IpAddr::V6(_) => Family::V6,
        }
    }

    fn value(&self) -> u128 {
        match self {
            IpAddr::V4(a) => u128::from(u32::from(*a)),
            IpAddr::V6(a) => u128::from(*a),
        }
    }
}

/// The address of `family` whose number is `value`; for IPv4 only the low 32 bits count
/// (callers keep the value inside the family).
#[must_use]
pub fn address_at(family: Family, value: u128) -> IpAddr {
    match family {
        // Truncation is the documented behaviour: IPv4 values are below 2^32.
        #[allow(clippy::cast_possible_truncation, reason = "IPv4 values fit 32 bits")]
        Family::V4 => IpAddr::V4(Ipv4Addr::from(value as u32)),
        Family::V6 => IpAddr::V6(Ipv6Addr::from(value)),
    }
}

/// The block of `prefix` bits that holds `address`, host bits cleared (ipnet's `trunc`);
/// `None` for a prefix beyond the family's width.
///
/// ```
/// use awscalc::calc::vpc::containing;
///
/// let block = containing("10.0.0.5".parse().unwrap(), 24).unwrap();
/// assert_eq!(block.to_string(), "10.0.0.0/24");
/// assert_eq!(containing("10.0.0.5".parse().unwrap(), 33), None);
/// ```
#[must_use]
pub fn containing(address: IpAddr, prefix: u32) -> Option<IpNet> {
    let prefix = u8::try_from(prefix).ok()?;
    IpNet::new(address, prefix).ok().map(|net| net.trunc())
}

/// What awscalc asks of a block beyond ipnet's own methods.
///
/// ```
/// use awscalc::calc::vpc::{parse_block, Block, Family};
///
/// let vpc = parse_block("10.0.0.0/16").unwrap();
/// let subnet = parse_block("10.0.5.0/24").unwrap();
/// assert_eq!((vpc.family(), vpc.prefix(), vpc.host_bits()), (Family::V4, 16, 16));
/// assert!(vpc.contains(&subnet) && vpc.overlaps(&subnet) && subnet.overlaps(&vpc));
/// assert_eq!(vpc.last_value() - vpc.first_value(), 65_535);
/// ```
pub trait Block {
    /// IPv4 or IPv6.
    fn family(&self) -> Family;
    /// The prefix length, as the `u32` the arithmetic uses.
    fn prefix(&self) -> u32;
    /// Bits left for hosts: `32 − prefix` or `128 − prefix`.
    fn host_bits(&self) -> u32;
    /// The network address as a number.
    fn first_value(&self) -> u128;
    /// The last address as a number.
    fn last_value(&self) -> u128;
    /// The IPv4 netmask (`255.255.255.0` for /24); `None` for IPv6.
    fn ipv4_netmask(&self) -> Option<Ipv4Addr>;
    /// Whether the two blocks share any address: CIDR blocks never partly overlap, so
    /// one of them contains the other.
    fn overlaps(&self, other: &IpNet) -> bool;
}

impl Block for IpNet {
    fn family(&self) -> Family {
        self.addr().family()
    }

    fn prefix(&self) -> u32 {
        u32::from(self.prefix_len())
    }

    fn host_bits(&self) -> u32 {
        u32::from(self.max_prefix_len() - self.prefix_len())
    }

    fn first_value(&self) -> u128 {
        self.network().value()
    }

    fn last_value(&self) -> u128 {
        self.broadcast().value()
    }

    fn ipv4_netmask(&self) -> Option<Ipv4Addr> {
        match self {
            IpNet::V4(net) => Some(net.netmask()),
            IpNet::V6(_) => None,
        }
    }

    fn overlaps(&self, other: &IpNet) -> bool {
        self.contains(other) || other.contains(self)
    }
}

/// `2^bits − 1`: the host part of a block with `bits` host bits (all ones at 128).
pub(super) fn host_mask(bits: u32) -> u128 {
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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

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

    #[test]
    fn the_extremes_of_both_families() {
        let all6 = containing(IpAddr::V6(Ipv6Addr::LOCALHOST), 0).unwrap();
        assert_eq!(all6.to_string(), "::/0");
        assert_eq!((all6.host_bits(), all6.last_value()), (128, u128::MAX));
        let one6 = containing(IpAddr::V6(Ipv6Addr::LOCALHOST), 128).unwrap();
        assert_eq!((one6.host_bits(), one6.first_value()), (0, 1));
        let all4 = containing(IpAddr::V4(Ipv4Addr::BROADCAST), 0).unwrap();
        assert_eq!(all4.last_value(), u128::from(u32::MAX));
        assert_eq!(all4.ipv4_netmask(), Some(Ipv4Addr::UNSPECIFIED));
        assert_eq!(containing(IpAddr::V4(Ipv4Addr::BROADCAST), 33), None);
        assert_eq!(containing(IpAddr::V6(Ipv6Addr::LOCALHOST), 129), None);
        assert_eq!(containing(IpAddr::V4(Ipv4Addr::BROADCAST), 300), None);
    }

    /// A block drawn as an integer range: the arithmetic ipnet's answers are checked against.
    fn any_address_and_prefix() -> impl Strategy<Value = (IpAddr, u32)> {
        prop_oneof![
            (any::<u32>(), 0u32..=32).prop_map(|(a, p)| (IpAddr::V4(Ipv4Addr::from(a)), p)),
            (any::<u128>(), 0u32..=128).prop_map(|(a, p)| (IpAddr::V6(Ipv6Addr::from(a)), p)),
        ]
    }

    proptest! {
        #[test]
        fn prop_trunc_and_broadcast_agree_with_the_masks((a, p) in any_address_and_prefix()) {
            let block = containing(a, p).unwrap();
            let host = host_mask(block.family().bits() - p);
            prop_assert_eq!(block.first_value(), a.value() & !host);
            prop_assert_eq!(block.last_value(), a.value() | host);
            prop_assert_eq!(block.host_bits(), a.family().bits() - p);
            prop_assert_eq!(address_at(a.family(), a.value()), a);
            // The block is its own trunc: no host bits are left.
            prop_assert_eq!(block.trunc(), block);
        }

        #[test]
        fn prop_containment_agrees_with_integer_ranges(
            (a, p) in any_address_and_prefix(),
            (b, q) in any_address_and_prefix(),
            nudge in any::<u128>(),
        ) {
            let x = containing(a, p).unwrap();
            let y = containing(b, q).unwrap();
            let by_range = x.family() == y.family()
                && x.first_value() <= y.first_value()
                && y.last_value() <= x.last_value();
            prop_assert_eq!(x.contains(&y), by_range);
            let share = x.family() == y.family()
                && x.first_value() <= y.last_value()
                && y.first_value() <= x.last_value();
            prop_assert_eq!(x.overlaps(&y), share);
            prop_assert_eq!(x.overlaps(&y), y.overlaps(&x));
            // An address inside x by arithmetic is inside by ipnet's `contains`.
            let span = x.last_value() - x.first_value();
            let offset = if span == u128::MAX { nudge } else { nudge % (span + 1) };
            let inside = address_at(x.family(), x.first_value() + offset);
            prop_assert!(x.contains(&inside));
        }
    }
}
