//! `awscalc cidr BLOCK`: the addresses of one block, what AWS reserves, and whether AWS
//! accepts it as a subnet or a VPC CIDR, as a typed [`Addresses`]. Also what the other
//! `cidr` forms share: the block an input names ([`resolve`]).

use std::net::IpAddr;

use ipnet::IpNet;
use serde::Serialize;

use super::address::{pow2, pow2_minus, Block, Family};
use super::arith::{Arith, Count, Step};
use super::parse::CidrInput;
use super::rules::{prefix_fact, validity, Reservation, ReservedAddress, Validity};
use crate::error::Error;
use crate::facts::vpc as fact;
use crate::facts::FactBook;

/// `awscalc cidr BLOCK`: the addresses of one block, what AWS reserves, and whether AWS
/// accepts it as a subnet or a VPC CIDR.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BlockRequest {
    /// The block as typed.
    pub cidr: CidrInput,
    /// Refuse an address with host bits set instead of using its network.
    pub strict: bool,
}

/// The block an input names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Resolved {
    /// The block: the input's network, host bits cleared.
    pub block: IpNet,
    /// The input had host bits set (`10.0.0.5/24`): the block is its network.
    pub host_bits_set: bool,
}

/// The block `input` names; an input with host bits set is its network, or with `strict`
/// an error.
///
/// # Errors
/// [`Problem::BadCidr`](super::Problem::BadCidr) for host bits set with `strict`.
pub fn resolve(input: &CidrInput, strict: bool) -> Result<Resolved, Error> {
    let host_bits_set = input.has_host_bits();
    if host_bits_set && strict {
        return Err(input.host_bits_error());
    }
    Ok(Resolved {
        block: input.block(),
        host_bits_set,
    })
}

/// What a step of [`Addresses`] computes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockStep {
    /// `B − p`.
    HostBits,
    /// `2^h` addresses.
    Total,
    /// The addresses AWS reserves.
    Reserved,
    /// `2^h − 5`, at least 0.
    Usable,
    /// The network address plus the leading reserved.
    FirstUsable,
    /// The last address less the trailing reserved.
    LastUsable,
}

/// One block's addresses under the AWS rules: `awscalc cidr BLOCK`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Addresses {
    /// The block, and whether the input had host bits set.
    pub resolved: Resolved,
    /// What AWS reserves in every subnet.
    pub reservation: Reservation,
    /// `2^h` addresses.
    pub total: Count,
    /// Usable addresses: `2^h − 5`, at least 0.
    pub usable: u128,
    /// The first and last usable addresses, where any is usable.
    pub usable_range: Option<(IpAddr, IpAddr)>,
    /// The reserved addresses with their roles.
    pub reserved: Vec<ReservedAddress>,
    /// AWS's sizes and ranges.
    pub validity: Validity,
    /// For an IPv6 block: the prefix of an Amazon-provided IPv6 VPC block (/56).
    pub amazon_ipv6_prefix: Option<u32>,
    /// The derivation.
    pub steps: Vec<Step<BlockStep>>,
}

impl Addresses {
    /// The block.
    #[must_use]
    pub fn block(&self) -> IpNet {
        self.resolved.block
    }

    /// Host bits: `32 − p` or `128 − p`.
    #[must_use]
    pub fn host_bits(&self) -> u32 {
        self.resolved.block.host_bits()
    }
}

/// `awscalc cidr BLOCK`: the addresses of one block under the AWS rules.
///
/// Study notes A9: 10.0.0.0/24 has 2^8 = 256 addresses, AWS reserves 5, 251 are usable,
/// 10.0.0.4 to 10.0.0.254. With `strict`, an address with host bits set is refused:
///
/// ```
/// use awscalc::calc::vpc::{block, BlockRequest};
/// use awscalc::facts::{FactBook, Registry};
///
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 11, 30));
/// let request = BlockRequest { cidr: "10.0.0.0/24".parse().unwrap(), strict: true };
/// let a = block(&request, &mut book).unwrap();
/// assert_eq!(a.usable, 251);
/// assert_eq!(a.usable_range.unwrap().0.to_string(), "10.0.0.4");
/// assert!(a.validity.valid_subnet);
///
/// let typo = BlockRequest { cidr: "10.0.0.5/24".parse().unwrap(), strict: true };
/// let err = block(&typo, &mut book).unwrap_err();
/// assert_eq!(err.kind(), "invalid_cidr");
/// ```
///
/// # Errors
/// [`Problem::BadCidr`](super::Problem::BadCidr) for host bits set with `strict`.
pub fn block(request: &BlockRequest, book: &mut FactBook) -> Result<Addresses, Error> {
    let resolved = resolve(&request.cidr, request.strict)?;
    let block = resolved.block;
    let reservation = Reservation::from_facts(book)?;
    let host_bits = block.host_bits();
    let mut steps = vec![
        Step::new(
            BlockStep::HostBits,
            Arith::HostBits {
                bits: block.family().bits(),
                prefix: block.prefix(),
            },
        ),
        Step::new(BlockStep::Total, Arith::Pow2 { exp: host_bits }),
        Step::new(
            BlockStep::Reserved,
            Arith::Reserved {
                leading: reservation.leading,
                trailing: reservation.trailing(),
            },
        ),
    ];
    let usable_step = Step::new(
        BlockStep::Usable,
        Arith::Usable {
            exp: host_bits,
            reserved: reservation.total,
        },
    );
    let usable = usable_step.value.count().unwrap_or(0);
    steps.push(usable_step);
    let usable_range = reservation.usable_range(block);
    if usable_range.is_some() {
        steps.push(Step::new(
            BlockStep::FirstUsable,
            Arith::After {
                address: block.network(),
                offset: reservation.leading,
            },
        ));
        steps.push(Step::new(
            BlockStep::LastUsable,
            Arith::Before {
                address: block.broadcast(),
                offset: reservation.trailing(),
            },
        ));
    }
    let validity = validity(block, book)?;
    let amazon_ipv6_prefix = match block.family() {
        Family::V6 => Some(prefix_fact(book, fact::AMAZON_IPV6_PREFIX)?),
        Family::V4 => None,
    };
    Ok(Addresses {
        resolved,
        reservation,
        total: Count::pow2(host_bits),
        usable,
        usable_range,
        reserved: reservation.addresses(block),
        validity,
        amazon_ipv6_prefix,
        steps,
    })
}

/// A reading of the reservation `--expect` compares the usable count against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Reading {
    /// Only the leading reserved addresses (4), forgetting the last.
    LeadingOnly,
    /// The network and broadcast addresses only (2), as outside AWS.
    NetworkAndBroadcast,
    /// Every address counted, none reserved.
    NoneReserved,
}

impl Reading {
    /// How many addresses this reading reserves.
    #[must_use]
    pub fn reserved(self, reservation: Reservation) -> u128 {
        match self {
            Reading::LeadingOnly => reservation.leading,
            Reading::NetworkAndBroadcast => 2,
            Reading::NoneReserved => 0,
        }
    }
}

/// A reading's answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ReadingAnswer {
    /// The reading.
    pub reading: Reading,
    /// The usable count under it.
    pub usable: u128,
}

/// The usable count of `addresses` under the common wrong readings of the reservation, for
/// `--expect` hints; a reading whose count a `u128` does not hold is left out.
#[must_use]
pub fn readings(addresses: &Addresses) -> Vec<ReadingAnswer> {
    let host_bits = addresses.host_bits();
    [
        Reading::LeadingOnly,
        Reading::NetworkAndBroadcast,
        Reading::NoneReserved,
    ]
    .into_iter()
    .filter_map(|reading| {
        let reserved = reading.reserved(addresses.reservation);
        let usable = pow2_minus(host_bits, reserved)
            .or_else(|| (reserved == 0).then(|| pow2(host_bits)).flatten())?;
        Some(ReadingAnswer { reading, usable })
    })
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::testing::book;
    use crate::calc::vpc::rules::{RangeProblem, ReservedRole, Use};
    use crate::calc::vpc::testing::any_block;
    use crate::calc::vpc::Amount;
    use proptest::prelude::*;

    fn addresses(text: &str) -> Addresses {
        block(
            &BlockRequest {
                cidr: text.parse().unwrap(),
                strict: false,
            },
            &mut book(),
        )
        .unwrap()
    }

    fn values(a: &Addresses) -> Vec<(BlockStep, Amount)> {
        a.steps.iter().map(|s| (s.what, s.value)).collect()
    }

    /// Study notes A9 (004:635-641): 10.0.0.0/24 reserves .0, .1, .2, .3 and .255, leaving
    /// 2^8 − 5 = 256 − 5 = 251 usable, 10.0.0.4 to 10.0.0.254; DNS is base + 2.
    #[test]
    fn study_notes_a9_a_24_has_251_usable_and_five_reserved() {
        let a = addresses("10.0.0.0/24");
        let n = |v: u128| Amount::Count(Count::Exact(v));
        let ip = |t: &str| Amount::Address(t.parse().unwrap());
        assert_eq!(
            values(&a),
            [
                (BlockStep::HostBits, n(8)),
                (BlockStep::Total, n(256)),
                (BlockStep::Reserved, n(5)),
                (BlockStep::Usable, n(251)),
                (BlockStep::FirstUsable, ip("10.0.0.4")),
                (BlockStep::LastUsable, ip("10.0.0.254")),
            ]
        );
        assert_eq!((a.total, a.usable), (Count::Exact(256), 251));
        let reserved: Vec<String> = a.reserved.iter().map(|r| r.address.to_string()).collect();
        assert_eq!(
            reserved,
            ["10.0.0.0", "10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.0.255"]
        );
        assert_eq!(a.reserved[2].roles, [ReservedRole::Leading(2)]);
        assert_eq!(a.reserved[4].roles, [ReservedRole::Last]);
        assert!(a.validity.valid_subnet && a.validity.valid_vpc);
        assert!(!a.validity.public && a.amazon_ipv6_prefix.is_none());
    }

    /// Study notes A8 (004:573-575): a /16 has 65,536 addresses, 65,531 usable; the notes'
    /// 65,532 is the reading with only the first 4 reserved.
    #[test]
    fn study_notes_a8_a_16_has_65531_usable_and_65532_is_four_reserved() {
        let a = addresses("10.0.0.0/16");
        assert_eq!(a.usable, 65_531);
        assert_eq!(
            readings(&a),
            [
                ReadingAnswer {
                    reading: Reading::LeadingOnly,
                    usable: 65_532
                },
                ReadingAnswer {
                    reading: Reading::NetworkAndBroadcast,
                    usable: 65_534
                },
                ReadingAnswer {
                    reading: Reading::NoneReserved,
                    usable: 65_536
                },
            ]
        );
    }

    /// Study notes A11 (004:557): IPv6 has 2^128 addresses; 2^128 − 5 usable.
    #[test]
    fn ipv6_all_has_2_to_the_128_addresses() {
        let a = addresses("::/0");
        assert_eq!(a.total, Count::TwoTo128);
        assert_eq!(a.usable, u128::MAX - 4);
        assert_eq!(a.amazon_ipv6_prefix, Some(56));
        assert!(!a.validity.valid_subnet);
    }

    /// /30 = 4 addresses: fewer than 5, so 0 usable and no usable range; all 4 reserved.
    #[test]
    fn a_30_has_no_usable_address() {
        let a = addresses("10.0.0.0/30");
        assert_eq!((a.usable, a.usable_range), (0, None));
        assert_eq!(a.steps.len(), 4);
        assert_eq!(a.reserved.len(), 4);
        // /31: the second address is both the VPC router and the last.
        let a = addresses("10.0.0.0/31");
        assert_eq!(
            a.reserved[1].roles,
            [ReservedRole::Leading(1), ReservedRole::Last]
        );
    }

    /// /29 is below AWS's smallest subnet, /28; 127.0.0.0/16 is loopback.
    #[test]
    fn refusals_are_typed() {
        let a = addresses("10.0.0.0/29");
        assert!(matches!(
            a.validity.problems[0],
            RangeProblem::Size {
                usage: Use::Subnet,
                ..
            }
        ));
        let a = addresses("127.0.0.0/16");
        assert!(matches!(
            a.validity.problems[0],
            RangeProblem::Forbidden { range, .. } if range.cidr == "127.0.0.0/8"
        ));
        assert!(addresses("8.8.0.0/16").validity.public);
        assert_eq!(
            addresses("172.17.0.0/16").validity.discouraged[0].cidr,
            "172.17.0.0/16"
        );
    }

    #[test]
    fn host_bits_are_noted_or_with_strict_refused() {
        let a = addresses("10.0.0.5/24");
        assert!(a.resolved.host_bits_set);
        assert_eq!(a.block().to_string(), "10.0.0.0/24");
        let request = BlockRequest {
            cidr: "10.0.0.5/24".parse().unwrap(),
            strict: true,
        };
        assert_eq!(
            block(&request, &mut book()).unwrap_err().kind(),
            "invalid_cidr"
        );
    }

    proptest! {
        #[test]
        fn prop_steps_agree_with_the_result(b in any_block()) {
            let a = addresses(&b.to_string());
            prop_assert_eq!(a.steps[1].value, Amount::Count(a.total));
            prop_assert_eq!(a.steps[3].value.count(), Some(a.usable));
            if let Some((first, last)) = a.usable_range {
                prop_assert_eq!(a.steps[4].value, Amount::Address(first));
                prop_assert_eq!(a.steps[5].value, Amount::Address(last));
            }
        }
    }
}
