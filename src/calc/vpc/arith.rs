//! The arithmetic of the `cidr` reports as data: what a step computes and its formula as a
//! small typed operation on prefixes, counts and addresses.
//!
//! [`crate::steps::Expr`] computes in `Decimal`, which stops near 2^96; a VPC step counts
//! up to 2^128 addresses and adds offsets to addresses. So a VPC step's formula is an
//! [`Arith`]: the value is computed from it by [`Arith::eval`] (exactly, with `u128` and
//! the one count beyond it, 2^128) and [`crate::explain::vpc`] prints the same operation,
//! so the shown arithmetic cannot drift from the computed.
//!
//! ```
//! use awscalc::calc::vpc::{Amount, Arith, Count};
//!
//! // A /24: 2^8 addresses, less the 5 AWS reserves.
//! assert_eq!(Arith::Pow2 { exp: 8 }.eval(), Amount::Count(Count::Exact(256)));
//! assert_eq!(Arith::Usable { exp: 8, reserved: 5 }.eval(), Amount::Count(Count::Exact(251)));
//! // A /30 has 4 addresses: none usable, never a negative count.
//! assert_eq!(Arith::Usable { exp: 2, reserved: 5 }.eval(), Amount::Count(Count::Exact(0)));
//! ```

use std::net::IpAddr;

use serde::{Serialize, Serializer};

use super::address::{address_at, pow2, pow2_minus, pow2_number, Address};
use crate::report::Number;

/// A count of addresses or blocks, exact up to 2^128.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Count {
    /// A count a `u128` holds.
    Exact(u128),
    /// 2^128: the addresses of `::/0`, or its /128 blocks.
    TwoTo128,
}

impl Count {
    /// `2^exp`, for any `exp` up to 128 (beyond, 2^128).
    #[must_use]
    pub fn pow2(exp: u32) -> Count {
        pow2(exp).map_or(Count::TwoTo128, Count::Exact)
    }

    /// The count as a `u128`, where it fits.
    #[must_use]
    pub fn value(self) -> Option<u128> {
        match self {
            Count::Exact(n) => Some(n),
            Count::TwoTo128 => None,
        }
    }

    /// The count as decimal digits.
    #[must_use]
    pub fn number(self) -> Number {
        match self {
            Count::Exact(n) => Number::from(n),
            Count::TwoTo128 => pow2_number(128),
        }
    }
}

impl Serialize for Count {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Count::Exact(n) => serializer.serialize_u128(*n),
            Count::TwoTo128 => serializer.serialize_str(pow2_number(128).as_str()),
        }
    }
}

/// What a step's formula gives: a count or an address.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Amount {
    /// A count (bits, addresses, blocks).
    Count(Count),
    /// An address.
    Address(IpAddr),
}

impl Amount {
    /// The count, where the amount is one that a `u128` holds.
    #[must_use]
    pub fn count(self) -> Option<u128> {
        match self {
            Amount::Count(c) => c.value(),
            Amount::Address(_) => None,
        }
    }
}

/// A formula of the `cidr` reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Arith {
    /// `bits − prefix`: the host bits of a block.
    HostBits {
        /// The address width (32 or 128).
        bits: u32,
        /// The prefix length.
        prefix: u32,
    },
    /// `2^exp`.
    Pow2 {
        /// The exponent.
        exp: u32,
    },
    /// `2^(prefix − parent)`: the blocks of `prefix` in a block of `parent`.
    Blocks {
        /// The prefix of the smaller blocks.
        prefix: u32,
        /// The prefix of the block they are cut from.
        parent: u32,
    },
    /// `first leading + last trailing`: the addresses AWS reserves.
    Reserved {
        /// Reserved at the start.
        leading: u128,
        /// Reserved at the end.
        trailing: u128,
    },
    /// `2^exp − reserved`, none when that is below zero.
    Usable {
        /// Host bits.
        exp: u32,
        /// Reserved addresses.
        reserved: u128,
    },
    /// `max(0, 2^exp − reserved)`: the same value as [`Arith::Usable`], written as a floor.
    UsableAtLeastZero {
        /// Host bits.
        exp: u32,
        /// Reserved addresses.
        reserved: u128,
    },
    /// `2^exp − reserved` compared with `hosts`: the usable count, and whether it holds them.
    Holds {
        /// Host bits.
        exp: u32,
        /// Reserved addresses.
        reserved: u128,
        /// Hosts to hold.
        hosts: u128,
    },
    /// `address + offset`.
    After {
        /// The address counted from.
        address: IpAddr,
        /// How far after it.
        offset: u128,
    },
    /// `address − offset`.
    Before {
        /// The address counted from.
        address: IpAddr,
        /// How far before it.
        offset: u128,
    },
    /// `count × each`.
    Product {
        /// How many.
        count: Count,
        /// Each one's amount.
        each: u128,
    },
    /// `ceil(log2 n)`: the bits that give at least `n` equal parts.
    CeilLog2 {
        /// The number of parts.
        n: u128,
    },
    /// A block of `prefix` is larger than one of `parent`: none fits, 0.
    Larger {
        /// The prefix of the block asked for.
        prefix: u32,
        /// The prefix of the block it should fit in.
        parent: u32,
    },
}

impl Arith {
    /// The formula's value, exactly. Counts beyond a `u128` are 2^128 (the only one the
    /// `cidr` reports reach); a product beyond it is 2^128 too, which no caller forms
    /// (a split's total is only formed where it fits).
    #[must_use]
    pub fn eval(self) -> Amount {
        let count = |n: u128| Amount::Count(Count::Exact(n));
        match self {
            Arith::HostBits { bits, prefix } => count(u128::from(bits.saturating_sub(prefix))),
            Arith::Pow2 { exp } => Amount::Count(Count::pow2(exp)),
            Arith::Blocks { prefix, parent } => {
                Amount::Count(Count::pow2(prefix.saturating_sub(parent)))
            }
            Arith::Reserved { leading, trailing } => count(leading.saturating_add(trailing)),
            Arith::Usable { exp, reserved }
            | Arith::UsableAtLeastZero { exp, reserved }
            | Arith::Holds { exp, reserved, .. } => count(pow2_minus(exp, reserved).unwrap_or(0)),
            Arith::After { address, offset } => Amount::Address(address_at(
                address.family(),
                address.value().wrapping_add(offset),
            )),
            Arith::Before { address, offset } => Amount::Address(address_at(
                address.family(),
                address.value().wrapping_sub(offset),
            )),
            // Nothing times any count is nothing, 2^128 included.
            Arith::Product { count: c, each } => Amount::Count(if each == 0 {
                Count::Exact(0)
            } else {
                c.value()
                    .and_then(|c| c.checked_mul(each))
                    .map_or(Count::TwoTo128, Count::Exact)
            }),
            Arith::CeilLog2 { n } => count(u128::from(
                n.checked_next_power_of_two()
                    .map_or(128, u128::trailing_zeros),
            )),
            Arith::Larger { .. } => count(0),
        }
    }

    /// For [`Arith::Holds`], whether the usable count holds the hosts.
    #[must_use]
    pub fn holds(self) -> Option<bool> {
        match self {
            Arith::Holds { hosts, .. } => Some(self.eval().count().is_some_and(|u| u >= hosts)),
            _ => None,
        }
    }
}

/// One step of a `cidr` derivation: what it computes (`K`, a report's own enum), its
/// formula, and the formula's value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Step<K> {
    /// What the step computes.
    pub what: K,
    /// The arithmetic.
    pub formula: Arith,
    /// The formula's value.
    pub value: Amount,
}

impl<K> Step<K> {
    /// The step computing `what` by `formula`.
    #[must_use]
    pub fn new(what: K, formula: Arith) -> Step<K> {
        Step {
            what,
            formula,
            value: formula.eval(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn counts_reach_2_to_the_128() {
        assert_eq!(
            Arith::Pow2 { exp: 128 }.eval(),
            Amount::Count(Count::TwoTo128)
        );
        // ::/0: 2^128 − 5 = (2^128 − 1) − 4.
        assert_eq!(
            Arith::Usable {
                exp: 128,
                reserved: 5
            }
            .eval()
            .count(),
            Some(u128::MAX - 4)
        );
        assert_eq!(
            Count::TwoTo128.number().as_str(),
            "340282366920938463463374607431768211456"
        );
    }

    /// 10.0.0.0/24: first usable 10.0.0.0 + 4, last usable 10.0.0.255 − 1.
    #[test]
    fn addresses_step_by_their_offsets() {
        let after = Arith::After {
            address: "10.0.0.0".parse().unwrap(),
            offset: 4,
        };
        assert_eq!(after.eval(), Amount::Address("10.0.0.4".parse().unwrap()));
        let before = Arith::Before {
            address: "10.0.0.255".parse().unwrap(),
            offset: 1,
        };
        assert_eq!(
            before.eval(),
            Amount::Address("10.0.0.254".parse().unwrap())
        );
    }

    /// 3 parts need 2 bits (4 parts); 4 need 2; 5 need 3; 1 needs none.
    #[test]
    fn ceil_log2_rounds_up_to_a_power_of_two() {
        for (n, bits) in [(1, 0), (3, 2), (4, 2), (5, 3), (u128::MAX, 128)] {
            assert_eq!(Arith::CeilLog2 { n }.eval().count(), Some(bits), "{n}");
        }
    }

    proptest! {
        #[test]
        fn prop_ceil_log2_is_the_least_power_of_two_at_least_n(n in 1u128..=(1 << 100)) {
            let bits = Arith::CeilLog2 { n }.eval().count().unwrap();
            let bits = u32::try_from(bits).unwrap();
            prop_assert!(1u128 << bits >= n);
            if bits > 0 {
                prop_assert!(1u128 << (bits - 1) < n);
            }
        }

        #[test]
        fn prop_holds_agrees_with_the_usable_count(
            exp in 0u32..=128, hosts in 1u128..=u128::MAX,
        ) {
            let step = Arith::Holds { exp, reserved: 5, hosts };
            let usable = Arith::Usable { exp, reserved: 5 }.eval().count().unwrap();
            prop_assert_eq!(step.holds(), Some(usable >= hosts));
            prop_assert_eq!(step.eval().count(), Some(usable));
        }

        #[test]
        fn prop_product_is_exact_where_it_fits(c in any::<u64>(), each in any::<u64>()) {
            let product = Arith::Product { count: Count::Exact(u128::from(c)), each: u128::from(each) };
            prop_assert_eq!(product.eval().count(), Some(u128::from(c) * u128::from(each)));
        }
    }
}
