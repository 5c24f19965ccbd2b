//! `awscalc cidr PRIMARY --secondary BLOCK`: whether AWS lets a VPC whose primary IPv4
//! block is PRIMARY take BLOCK as a secondary block, and the rule that decides, as a typed
//! [`SecondaryCheck`].
//!
//! The checks, in AWS's order (vpc-cidr-blocks.html): the size (/16 to /28), the ranges no
//! VPC may use, no overlap with a block already associated, then the row of AWS's
//! association table for the range the primary lies in ([`SECONDARY_CIDR_RULES`]).

use ipnet::IpNet;
use rust_decimal::Decimal;
use serde::Serialize;

use super::address::{Block, Family};
use super::block::{resolve, Resolved};
use super::parse::CidrInput;
use super::problem::Problem;
use super::rules::{rule_block, size_rule, Range, SizeRule, Use};
use crate::error::Error;
use crate::facts::vpc as fact;
use crate::facts::vpc::{SecondaryRule, FORBIDDEN_VPC_RANGES, SECONDARY_CIDR_RULES};
use crate::facts::FactBook;

/// `awscalc cidr PRIMARY --secondary BLOCK`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SecondaryRequest {
    /// The VPC's primary block.
    pub primary: CidrInput,
    /// The block to add.
    pub secondary: CidrInput,
    /// Refuse blocks with host bits set.
    pub strict: bool,
}

/// The row of AWS's table for a VPC whose block is `primary`.
#[must_use]
pub fn secondary_row(primary: IpNet) -> &'static SecondaryRule {
    SECONDARY_CIDR_RULES
        .iter()
        .find(|row| row.existing.is_some_and(|r| cidr(r).contains(&primary)))
        .or_else(|| {
            SECONDARY_CIDR_RULES
                .iter()
                .find(|row| row.existing.is_none())
        })
        .unwrap_or(&SECONDARY_CIDR_RULES[0])
}

fn cidr(text: &'static str) -> IpNet {
    rule_block(&crate::facts::vpc::RangeRule {
        cidr: text,
        reason: "",
        source: "",
    })
}

/// A row of AWS's association table, as the check used it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Row {
    /// The range the primary lies in; `None` for the last row (public and 100.64.0.0/10).
    pub existing: Option<&'static str>,
    /// The row's name in AWS's table.
    pub name: &'static str,
    /// What may be added (AWS's words).
    pub permitted: &'static str,
}

impl From<&SecondaryRule> for Row {
    fn from(rule: &SecondaryRule) -> Row {
        Row {
            existing: rule.existing,
            name: rule.name,
            permitted: rule.permitted,
        }
    }
}

/// Why AWS refuses a secondary block: the first check it fails.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "check", rename_all = "snake_case")]
pub enum Refusal {
    /// Not a VPC block size.
    Size {
        /// The new block's prefix.
        prefix: u32,
        /// The sizes allowed.
        rule: SizeRule,
    },
    /// In a range no VPC may use.
    Forbidden(Range),
    /// Overlaps the primary.
    Overlap {
        /// The primary block.
        primary: IpNet,
        /// The new block.
        secondary: IpNet,
    },
    /// Restricted by the primary's row of the table.
    Restricted {
        /// The row's name.
        row: &'static str,
        /// The restricted range the new block is in.
        cidr: &'static str,
        /// What the row restricts (AWS's words).
        reason: &'static str,
        /// The new block.
        secondary: IpNet,
    },
}

/// Where the new block lies against the primary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Order {
    /// They share addresses.
    Overlap,
    /// The primary ends before the new block starts.
    PrimaryFirst,
    /// The new block ends before the primary starts.
    SecondaryFirst,
}

/// Whether a VPC with a primary block may take another: `awscalc cidr PRIMARY --secondary
/// BLOCK`. Each check in AWS's order, then the verdict.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SecondaryCheck {
    /// The primary block.
    pub primary: Resolved,
    /// The block to add.
    pub secondary: Resolved,
    /// The VPC block sizes.
    pub rule: SizeRule,
    /// The first range no VPC may use that the new block overlaps.
    pub forbidden: Option<Range>,
    /// Where the new block lies against the primary.
    pub order: Order,
    /// The primary's row of the table.
    pub row: Row,
    /// The row's restricted ranges that apply to this primary.
    pub applies: Vec<&'static str>,
    /// The one the new block is in, if any.
    pub hit: Option<&'static str>,
    /// Why AWS refuses it; `None` when it is allowed.
    pub refusal: Option<Refusal>,
    /// The primary can itself be a VPC block (size and ranges).
    pub primary_ok: bool,
    /// IPv4 blocks per VPC, the default quota.
    pub quota: Decimal,
}

impl SecondaryCheck {
    /// AWS allows the block.
    #[must_use]
    pub fn allowed(&self) -> bool {
        self.refusal.is_none()
    }
}

/// The verdict: `None` when AWS permits the block, else the rule that refuses it.
///
/// # Errors
/// Only a missing fact (a bug in awscalc).
pub fn refusal(
    primary: IpNet,
    secondary: IpNet,
    book: &mut FactBook,
) -> Result<Option<Refusal>, Error> {
    let rule = size_rule(Family::V4, Use::Vpc, book)?;
    if !rule.allows(secondary.prefix()) {
        return Ok(Some(Refusal::Size {
            prefix: secondary.prefix(),
            rule,
        }));
    }
    if let Some(range) = FORBIDDEN_VPC_RANGES
        .iter()
        .find(|r| rule_block(r).overlaps(&secondary))
    {
        return Ok(Some(Refusal::Forbidden(range.into())));
    }
    if primary.overlaps(&secondary) {
        return Ok(Some(Refusal::Overlap { primary, secondary }));
    }
    let row = secondary_row(primary);
    Ok(row
        .restricted
        .iter()
        .filter(|r| {
            r.when_existing_in
                .is_none_or(|w| cidr(w).overlaps(&primary))
        })
        .find(|r| cidr(r.cidr).overlaps(&secondary))
        .map(|r| Refusal::Restricted {
            row: row.name,
            cidr: r.cidr,
            reason: r.reason,
            secondary,
        }))
}

/// `awscalc cidr PRIMARY --secondary BLOCK`.
///
/// 10.0.0.0/16 may take 100.64.0.0/16 (the table's first row permits it), not
/// 192.168.0.0/24 (another RFC 1918 range); an IPv6 block is refused:
///
/// ```
/// use awscalc::calc::vpc::{secondary, SecondaryRequest};
/// use awscalc::facts::{FactBook, Registry};
///
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 11, 30));
/// let mut request = SecondaryRequest {
///     primary: "10.0.0.0/16".parse().unwrap(),
///     secondary: "100.64.0.0/16".parse().unwrap(),
///     strict: false,
/// };
/// assert!(secondary(&request, &mut book).unwrap().allowed());
/// request.secondary = "192.168.0.0/24".parse().unwrap();
/// assert!(!secondary(&request, &mut book).unwrap().allowed());
/// request.secondary = "2600:1f18::/56".parse().unwrap();
/// assert_eq!(secondary(&request, &mut book).unwrap_err().kind(), "conflict");
/// ```
///
/// # Errors
/// [`Problem::SecondaryIpv6`] for an IPv6 block (the table is IPv4);
/// [`Problem::BadCidr`](super::Problem::BadCidr) for host bits set under `strict`.
pub fn secondary(request: &SecondaryRequest, book: &mut FactBook) -> Result<SecondaryCheck, Error> {
    let primary = resolve(&request.primary, request.strict)?;
    let added = resolve(&request.secondary, request.strict)?;
    for (input, resolved) in [(&request.primary, primary), (&request.secondary, added)] {
        if resolved.block.family() == Family::V6 {
            return Err(Problem::SecondaryIpv6 {
                input: input.text().trim().to_string(),
            }
            .into());
        }
    }
    let (p, a) = (primary.block, added.block);
    let rule = size_rule(Family::V4, Use::Vpc, book)?;
    let forbidden = FORBIDDEN_VPC_RANGES
        .iter()
        .find(|r| rule_block(r).overlaps(&a))
        .map(Range::from);
    let order = if p.overlaps(&a) {
        Order::Overlap
    } else if p.broadcast() < a.network() {
        Order::PrimaryFirst
    } else {
        Order::SecondaryFirst
    };
    let row = secondary_row(p);
    let applies: Vec<&'static str> = row
        .restricted
        .iter()
        .filter(|r| r.when_existing_in.is_none_or(|w| cidr(w).overlaps(&p)))
        .map(|r| r.cidr)
        .collect();
    let hit = applies.iter().copied().find(|r| cidr(r).overlaps(&a));
    let refusal = refusal(p, a, book)?;
    let primary_ok = rule.allows(p.prefix())
        && !FORBIDDEN_VPC_RANGES
            .iter()
            .any(|r| rule_block(r).overlaps(&p));
    let quota = book.value(fact::IPV4_CIDR_BLOCKS_PER_VPC)?;
    Ok(SecondaryCheck {
        primary,
        secondary: added,
        rule,
        forbidden,
        order,
        row: row.into(),
        applies,
        hit,
        refusal,
        primary_ok,
        quota,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::Registry;
    use jiff::civil::date;

    fn verdict(primary: &str, added: &str) -> Option<Refusal> {
        refusal(
            primary.parse().unwrap(),
            added.parse().unwrap(),
            &mut FactBook::new(Registry::builtin(), date(2026, 11, 22)),
        )
        .unwrap()
    }

    fn restricted_range(primary: &str, added: &str) -> Option<&'static str> {
        match verdict(primary, added)? {
            Refusal::Restricted { cidr, .. } => Some(cidr),
            other => panic!("{other:?}"),
        }
    }

    /// Each row of AWS's table (vpc-cidr-blocks.html, shared facts §2.5), one restricted and
    /// one permitted block, picked by hand from the row's text.
    #[test]
    fn every_row_of_the_table() {
        // 10.0.0.0/8: other RFC 1918 and 198.19.0.0/16 restricted; 10/8, public, 100.64/10 fine.
        assert_eq!(
            restricted_range("10.0.0.0/16", "192.168.0.0/24"),
            Some("192.168.0.0/16")
        );
        assert_eq!(
            restricted_range("10.0.0.0/16", "172.16.0.0/16"),
            Some("172.16.0.0/12")
        );
        assert_eq!(
            restricted_range("10.0.0.0/16", "198.19.0.0/16"),
            Some("198.19.0.0/16")
        );
        assert_eq!(verdict("10.0.0.0/16", "10.2.0.0/16"), None);
        assert_eq!(verdict("10.0.0.0/16", "100.64.0.0/16"), None);
        assert_eq!(verdict("10.0.0.0/16", "8.8.0.0/24"), None);
        // 10.1.0.0/16 is in 10.0.0.0/15 (10.0.0.0 to 10.1.255.255): 10.0.0.0/16 is refused;
        // 10.2.0.0/16 is not in 10.0.0.0/15, so 10.0.5.0/24 is fine for it.
        assert_eq!(
            restricted_range("10.1.0.0/16", "10.0.5.0/24"),
            Some("10.0.0.0/16")
        );
        assert_eq!(verdict("10.2.0.0/16", "10.0.5.0/24"), None);
        // 172.16.0.0/12: other RFC 1918, 172.31.0.0/16 and 198.19.0.0/16 restricted.
        assert!(verdict("172.16.0.0/16", "10.0.0.0/16").is_some());
        assert_eq!(
            restricted_range("172.16.0.0/16", "172.31.0.0/20"),
            Some("172.31.0.0/16")
        );
        assert_eq!(verdict("172.16.0.0/16", "172.20.0.0/16"), None);
        // 192.168.0.0/16.
        assert!(verdict("192.168.0.0/20", "10.0.0.0/16").is_some());
        assert_eq!(verdict("192.168.0.0/20", "192.168.16.0/20"), None);
        // 198.19.0.0/16: RFC 1918 restricted; public and 100.64/10 permitted.
        assert!(verdict("198.19.0.0/16", "10.0.0.0/16").is_some());
        assert_eq!(verdict("198.19.0.0/16", "100.64.0.0/16"), None);
        // Public or 100.64/10: RFC 1918 and 198.19.0.0/16 restricted.
        assert!(verdict("100.64.0.0/16", "10.0.0.0/16").is_some());
        assert!(verdict("8.8.0.0/16", "198.19.0.0/20").is_some());
        assert_eq!(verdict("8.8.0.0/16", "100.65.0.0/16"), None);
    }

    /// Before the table: size (/16 to /28), ranges no VPC may use, overlap.
    #[test]
    fn size_range_and_overlap_come_first() {
        assert!(matches!(
            verdict("10.0.0.0/16", "10.2.0.0/15"),
            Some(Refusal::Size { prefix: 15, .. })
        ));
        assert!(matches!(
            verdict("10.0.0.0/16", "10.1.0.0/29"),
            Some(Refusal::Size { prefix: 29, .. })
        ));
        assert!(matches!(
            verdict("10.0.0.0/16", "169.254.0.0/16"),
            Some(Refusal::Forbidden(Range {
                cidr: "169.254.0.0/16",
                ..
            }))
        ));
        assert!(matches!(
            verdict("10.0.0.0/16", "10.0.128.0/17"),
            Some(Refusal::Overlap { .. })
        ));
    }
}
