//! `awscalc cidr BLOCK --split P | --into N`: a block cut into equal subnets, counted
//! exactly (up to 2^128 of them) and listed one at a time.

use std::net::IpAddr;

use ipnet::{IpNet, IpSubnets};
use serde::Serialize;

use super::address::{address_at, host_mask, pow2, pow2_number, Address, Block, Family};
use super::block::{describe_block_input, resolve, step};
use super::parse::CidrInput;
use super::rules::{size_rule, Reservation, Use};
use crate::error::Error;
use crate::facts::FactBook;
use crate::report::{Number, Report, Value};

/// The most rows `--split` lists without `--count` or `--limit`: 2^24, so a /8 into /32s
/// (16,777,216 lines) still lists, and a /32 IPv6 block into /64s (4 billion) does not.
pub const MAX_LISTED_SUBNETS: u128 = 1 << 24;

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

/// One subnet of a split; its fields are the JSON fields of a `--split --json` row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct SplitRow {
    /// The subnet.
    pub cidr: IpNet,
    /// Usable addresses after the AWS reservation.
    pub usable: u128,
    /// First usable address, where any is.
    pub first_usable: Option<IpAddr>,
    /// Last usable address, where any is.
    pub last_usable: Option<IpAddr>,
}

/// The subnets of a split, produced one at a time by ipnet's subnet stepping: constant
/// memory for any count.
#[derive(Debug, Clone)]
pub struct Subnets {
    /// ipnet's iterator over the aligned subnets; `None` only for a prefix ipnet refuses,
    /// which [`split`] never passes.
    steps: Option<IpSubnets>,
    family: Family,
    prefix: u32,
    /// Rows still to produce (`--limit` may stop before the end of the parent).
    left: u128,
    // The same for every row, worked out once: a split lists up to 2^24 rows.
    usable: u128,
    /// Offsets of the first and last usable address from a subnet's network address.
    usable_offsets: (u128, u128),
}

impl Subnets {
    fn new(parent: IpNet, prefix: u32, reservation: Reservation, listed: u128) -> Subnets {
        let child_host_bits = parent.family().bits() - prefix;
        let steps = u8::try_from(prefix)
            .ok()
            .and_then(|p| parent.subnets(p).ok());
        let usable = reservation.usable(child_host_bits);
        // Usable means at least one address beyond the reserved ones, so both offsets lie
        // inside the block (as Reservation::usable_range computes them).
        let usable_offsets = if usable > 0 {
            (
                reservation.leading,
                host_mask(child_host_bits) - reservation.trailing(),
            )
        } else {
            (0, 0)
        };
        Subnets {
            left: if steps.is_some() { listed } else { 0 },
            steps,
            family: parent.family(),
            prefix,
            usable,
            usable_offsets,
        }
    }

    /// IPv4 or IPv6.
    #[must_use]
    pub fn family(&self) -> Family {
        self.family
    }

    /// The prefix length of every subnet.
    #[must_use]
    pub fn prefix(&self) -> u32 {
        self.prefix
    }

    /// How many subnets are left to produce.
    #[must_use]
    pub fn len_hint(&self) -> u128 {
        self.left
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
        if self.left == 0 {
            return None;
        }
        let cidr = self.steps.as_mut()?.next()?;
        self.left -= 1;
        let (first_usable, last_usable) = if self.usable > 0 {
            // ipnet's subnets carry no host bits, so `addr` is the network address.
            let network = cidr.addr().value();
            let (first, last) = self.usable_offsets;
            (
                Some(address_at(self.family, network + first)),
                Some(address_at(self.family, network + last)),
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
    let extra = prefix - parent.prefix();
    let child_host_bits = bits - prefix;
    let count = pow2(extra);
    let count_number = pow2_number(extra);
    step(
        &mut report,
        "subnets",
        format!("2^({prefix} − {})", parent.prefix()),
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
        parent.prefix(),
        reservation.total
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

/// The prefix of the subnets of a split, checked against the parent and the family.
fn split_prefix(by: SplitBy, parent: IpNet, report: &mut Report) -> Result<u32, Error> {
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
            parent.prefix().saturating_add(extra)
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
    if prefix < parent.prefix() {
        return Err(Error::Conflict {
            message: format!(
                "cannot split {parent} into /{prefix} blocks: /{prefix} is larger than the block; \
                 use a prefix from /{} to /{bits}",
                parent.prefix()
            ),
        });
    }
    Ok(prefix)
}

/// How many subnets a split lists: none with `--count`, at most `--limit`, and an error
/// beyond [`MAX_LISTED_SUBNETS`] without either.
fn listed_count(
    request: &SplitRequest,
    parent: IpNet,
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
                        pow2_number(prefix - parent.prefix()).grouped(),
                        Number::from(MAX_LISTED_SUBNETS).grouped()
                    ),
                });
            }
            None => all,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::testing::book;
    use crate::calc::vpc::address::host_mask;
    use crate::calc::vpc::containing;
    use crate::calc::vpc::testing::{any_block, text};
    use proptest::prelude::*;

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
    fn the_extremes_split_without_a_panic() {
        let texts = |parent: &str, prefix: u32, limit: Option<u128>| -> Vec<String> {
            let (_, rows) = split_of(parent, SplitBy::Prefix(prefix), limit).unwrap();
            rows.map(|r| r.cidr.to_string()).collect()
        };
        assert_eq!(texts("::/0", 0, None), ["::/0"]);
        assert_eq!(
            texts("::/0", 2, None),
            ["::/2", "4000::/2", "8000::/2", "c000::/2"]
        );
        assert_eq!(texts("::/0", 128, Some(2)), ["::/128", "::1/128"]);
        assert_eq!(
            texts("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128", 128, None),
            ["ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128"]
        );
        assert_eq!(texts("0.0.0.0/0", 32, Some(1)), ["0.0.0.0/32"]);
        assert_eq!(
            texts("255.255.255.255/32", 32, None),
            ["255.255.255.255/32"]
        );
        assert_eq!(
            texts("255.255.255.0/24", 25, None),
            ["255.255.255.0/25", "255.255.255.128/25"]
        );
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

    proptest! {
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
            prop_assert_eq!(rows[rows.len() - 1].cidr.broadcast(), b.broadcast());
            for pair in rows.windows(2) {
                // Adjacent, in order, no gap and no overlap.
                prop_assert_eq!(pair[0].cidr.last_value() + 1, pair[1].cidr.first_value());
                prop_assert!(!pair[0].cidr.overlaps(&pair[1].cidr));
            }
            for row in &rows {
                prop_assert!(b.contains(&row.cidr));
                prop_assert_eq!(row.cidr.prefix(), prefix);
                prop_assert_eq!(containing(row.cidr.network(), prefix).unwrap(), row.cidr, "aligned");
            }
        }

        /// Row `i` of a split is the parent's first address plus `i` subnet sizes, and its
        /// usable range is AWS's: ipnet's stepping agrees with the arithmetic.
        #[test]
        fn prop_split_rows_agree_with_the_arithmetic(
            b in any_block(),
            extra in 0u32..=6,
        ) {
            let prefix = (b.prefix() + extra).min(b.family().bits());
            let child_bits = b.family().bits() - prefix;
            let res = Reservation::from_facts(&mut book()).unwrap();
            let (_, rows) = split_of(&b.to_string(), SplitBy::Prefix(prefix), None).unwrap();
            for (i, row) in rows.enumerate() {
                let start = b.first_value() + (i as u128).checked_shl(child_bits).unwrap_or(0);
                prop_assert_eq!(row.cidr.first_value(), start);
                prop_assert_eq!(row.cidr.last_value(), start + host_mask(child_bits));
                prop_assert_eq!(row.usable, res.usable(child_bits));
                prop_assert_eq!(
                    row.first_usable.zip(row.last_usable),
                    res.usable_range(row.cidr)
                );
            }
        }

        /// Any prefix of either family, /0 and /128 included, splits without a panic, and
        /// `--limit` stops the rows where it says.
        #[test]
        fn prop_no_panic_splitting_any_block(
            b in any_block(),
            prefix in 0u32..=128,
            limit in 1u128..=4,
        ) {
            match split_of(&b.to_string(), SplitBy::Prefix(prefix), Some(limit)) {
                Ok((_, rows)) => {
                    let expected = pow2(prefix - b.prefix()).map_or(limit, |all| all.min(limit));
                    prop_assert_eq!(rows.len_hint(), expected);
                    prop_assert_eq!(rows.count() as u128, expected);
                }
                Err(_) => prop_assert!(prefix < b.prefix() || prefix > b.family().bits()),
            }
        }
    }
}
