//! `awscalc cidr PRIMARY --secondary BLOCK`: whether AWS lets a VPC whose primary IPv4
//! block is PRIMARY take BLOCK as a secondary block, and the rule that decides.
//!
//! The checks, in AWS's order (vpc-cidr-blocks.html): the size (/16 to /28), the ranges no
//! VPC may use, no overlap with a block already associated, then the row of AWS's
//! association table for the range the primary lies in ([`SECONDARY_CIDR_RULES`]).

use ipnet::IpNet;

use super::address::{Block, Family};
// Not yet migrated to the typed core: this form still builds its report here, with the
// shared pieces of the explanation layer.
use super::parse::CidrInput;
use super::rules::{rule_block, size_rule, Use};
use crate::error::Error;
use crate::explain::vpc::{describe_block_input, resolve_noted as resolve, size_words, step};
use crate::facts::vpc as fact;
use crate::facts::vpc::{
    SecondaryRule, FORBIDDEN_VPC_RANGES, SECONDARY_CIDR_RULES, SECONDARY_CIDR_SOURCE,
    VPC_CIDR_BLOCKS_SOURCE,
};
use crate::facts::FactBook;
use crate::report::{Report, Value};

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

/// The verdict: `None` when AWS permits the block, else the rule that refuses it.
///
/// # Errors
/// Only a missing fact (a bug in awscalc).
pub fn refusal(
    primary: IpNet,
    secondary: IpNet,
    book: &mut FactBook,
) -> Result<Option<String>, Error> {
    let rule = size_rule(Family::V4, Use::Vpc, book)?;
    if !rule.allows(secondary.prefix()) {
        return Ok(Some(format!(
            "a VPC CIDR block, secondary ones too, must be {}; /{} is not",
            size_words(rule),
            secondary.prefix()
        )));
    }
    if let Some(range) = FORBIDDEN_VPC_RANGES
        .iter()
        .find(|r| rule_block(r).overlaps(&secondary))
    {
        return Ok(Some(range.reason.to_string()));
    }
    if primary.overlaps(&secondary) {
        return Ok(Some(format!(
            "a new CIDR block must not overlap a block already associated with the VPC, and \
             {secondary} overlaps {primary}"
        )));
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
        .map(|r| {
            format!(
                "for a VPC whose block is in {}, AWS restricts {} ({secondary} is in {})",
                row.name, r.reason, r.cidr
            )
        }))
}

/// `awscalc cidr PRIMARY --secondary BLOCK`.
///
/// # Errors
/// [`Error::Conflict`] for an IPv6 block (the table is IPv4); [`Error::InvalidCidr`] for
/// host bits set under `strict`.
#[allow(clippy::too_many_lines, reason = "one report, built top to bottom")]
pub fn secondary(request: &SecondaryRequest, book: &mut FactBook) -> Result<Report, Error> {
    let mut report = Report::new("cidr", book.as_of());
    let primary = resolve(&request.primary, request.strict, &mut report)?;
    let added = resolve(&request.secondary, request.strict, &mut report)?;
    for (input, block) in [(&request.primary, primary), (&request.secondary, added)] {
        if block.family() == Family::V6 {
            return Err(Error::Conflict {
                message: format!(
                    "--secondary checks IPv4 blocks against AWS's IPv4 association table, and \
                     `{}` is IPv6; a VPC takes IPv6 blocks (/44 to /60 in steps of 4) apart \
                     from its IPv4 ones: give two IPv4 blocks, like `awscalc cidr 10.0.0.0/16 \
                     --secondary 100.64.0.0/16`",
                    input.text().trim()
                ),
            });
        }
    }
    describe_block_input(&request.primary, primary, &mut report);
    report.inputs[0].name = "primary".into();
    describe_block_input(&request.secondary, added, &mut report);
    report.inputs[1].name = "secondary".into();

    let rule = size_rule(Family::V4, Use::Vpc, book)?;
    step(
        &mut report,
        "size of the new block",
        format!("/{} within {}", added.prefix(), size_words(rule)),
        Value::Bool(rule.allows(added.prefix())),
        "",
    );
    let forbidden = FORBIDDEN_VPC_RANGES
        .iter()
        .find(|r| rule_block(r).overlaps(&added));
    step(
        &mut report,
        "outside the ranges no VPC may use",
        FORBIDDEN_VPC_RANGES
            .iter()
            .map(|r| r.cidr)
            .collect::<Vec<_>>()
            .join(", "),
        Value::Bool(forbidden.is_none()),
        "",
    );
    step(
        &mut report,
        "no overlap with the primary",
        if primary.overlaps(&added) {
            format!("{added} and {primary} share addresses")
        } else if primary.broadcast() < added.network() {
            format!("{} < {}", primary.broadcast(), added.network())
        } else {
            format!("{} < {}", added.broadcast(), primary.network())
        },
        Value::Bool(!primary.overlaps(&added)),
        "",
    );
    let row = secondary_row(primary);
    step(
        &mut report,
        "the primary's row of AWS's table",
        match row.existing {
            Some(range) => format!("{primary} lies in {range}"),
            None => format!(
                "{primary} lies in none of {}",
                SECONDARY_CIDR_RULES
                    .iter()
                    .filter_map(|r| r.existing)
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        },
        Value::text(row.name),
        "",
    );
    let applies: Vec<&str> = row
        .restricted
        .iter()
        .filter(|r| {
            r.when_existing_in
                .is_none_or(|w| cidr(w).overlaps(&primary))
        })
        .map(|r| r.cidr)
        .collect();
    let hit = applies.iter().find(|r| cidr(r).overlaps(&added));
    step(
        &mut report,
        "restricted for that row",
        format!("{added} against {}", applies.join(", ")),
        Value::text(hit.map_or("none applies".to_string(), |r| format!("in {r}"))),
        "",
    );

    let refusal = refusal(primary, added, book)?;
    let allowed = refusal.is_none();
    let rule_text = refusal.clone().unwrap_or_else(|| {
        format!(
            "permitted for a VPC whose block is in {}: {}",
            row.name, row.permitted
        )
    });
    report.field("primary", Value::text(primary.to_string()), "");
    report.field("secondary", Value::text(added.to_string()), "");
    report.field(
        "allowed",
        Value::text(if allowed { "allowed" } else { "not allowed" }),
        "",
    );
    report.answer.push("allowed".into());
    report.also_true = if allowed {
        ["yes", "permitted"]
    } else {
        ["no", "restricted"]
    }
    .map(String::from)
    .to_vec();
    report.field("row", Value::text(row.name), "");
    report.field("rule", Value::text(rule_text.clone()), "");
    report.field("source", Value::text(SECONDARY_CIDR_SOURCE), "");
    report.headline = if allowed {
        format!("allowed: {added} can be added to a VPC whose primary block is {primary}")
    } else {
        format!("not allowed: {added} cannot be added to a VPC whose primary block is {primary}")
    };
    report.summary = rule_text;

    let primary_ok = rule.allows(primary.prefix())
        && !FORBIDDEN_VPC_RANGES
            .iter()
            .any(|r| rule_block(r).overlaps(&primary));
    if !primary_ok {
        report.warn(format!(
            "{primary} cannot itself be a VPC block (see `awscalc cidr {primary}`): the verdict \
             is the table's, for a VPC that could not exist"
        ));
    }
    let quota = book.value(fact::IPV4_CIDR_BLOCKS_PER_VPC)?;
    report.note(format!(
        "awscalc cannot see the VPC's route tables or other blocks: AWS also refuses a block \
         that is the same as or larger than a route's destination, one that overlaps any \
         other associated block, and more than {quota} IPv4 blocks per VPC (primary and \
         secondary; the default quota) ({VPC_CIDR_BLOCKS_SOURCE})"
    ));
    report.attach_facts(book);
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::Registry;
    use jiff::civil::date;

    fn verdict(primary: &str, added: &str) -> Option<String> {
        refusal(
            primary.parse().unwrap(),
            added.parse().unwrap(),
            &mut FactBook::new(Registry::builtin(), date(2026, 11, 22)),
        )
        .unwrap()
    }

    fn report(primary: &str, added: &str) -> Report {
        secondary(
            &SecondaryRequest {
                primary: primary.parse().unwrap(),
                secondary: added.parse().unwrap(),
                strict: false,
            },
            &mut FactBook::new(Registry::builtin(), date(2026, 11, 22)),
        )
        .unwrap()
    }

    /// Each row of AWS's table (vpc-cidr-blocks.html, shared facts §2.5), one restricted and
    /// one permitted block, picked by hand from the row's text.
    #[test]
    fn every_row_of_the_table() {
        // 10.0.0.0/8: other RFC 1918 and 198.19.0.0/16 restricted; 10/8, public, 100.64/10 fine.
        assert!(verdict("10.0.0.0/16", "192.168.0.0/24")
            .unwrap()
            .contains("other RFC 1918"));
        assert!(verdict("10.0.0.0/16", "172.16.0.0/16").is_some());
        assert!(verdict("10.0.0.0/16", "198.19.0.0/16")
            .unwrap()
            .contains("198.19.0.0/16"));
        assert_eq!(verdict("10.0.0.0/16", "10.2.0.0/16"), None);
        assert_eq!(verdict("10.0.0.0/16", "100.64.0.0/16"), None);
        assert_eq!(verdict("10.0.0.0/16", "8.8.0.0/24"), None);
        // 10.1.0.0/16 is in 10.0.0.0/15 (10.0.0.0 to 10.1.255.255): 10.0.0.0/16 is refused;
        // 10.2.0.0/16 is not in 10.0.0.0/15, so 10.0.5.0/24 is fine for it.
        assert!(verdict("10.1.0.0/16", "10.0.5.0/24")
            .unwrap()
            .contains("10.0.0.0/15"));
        assert_eq!(verdict("10.2.0.0/16", "10.0.5.0/24"), None);
        // 172.16.0.0/12: other RFC 1918, 172.31.0.0/16 and 198.19.0.0/16 restricted.
        assert!(verdict("172.16.0.0/16", "10.0.0.0/16").is_some());
        assert!(verdict("172.16.0.0/16", "172.31.0.0/20")
            .unwrap()
            .contains("172.31.0.0/16"));
        assert_eq!(verdict("172.16.0.0/16", "172.20.0.0/16"), None);
        // 192.168.0.0/16.
        assert!(verdict("192.168.0.0/20", "10.0.0.0/16").is_some());
        assert_eq!(verdict("192.168.0.0/20", "192.168.16.0/20"), None);
        // 198.19.0.0/16: RFC 1918 restricted; public and 100.64/10 permitted.
        assert!(verdict("198.19.0.0/16", "10.0.0.0/16").is_some());
        assert_eq!(verdict("198.19.0.0/16", "100.64.0.0/16"), None);
        // Public or 100.64/10: RFC 1918 (must come first) and 198.19.0.0/16 restricted.
        assert!(verdict("100.64.0.0/16", "10.0.0.0/16")
            .unwrap()
            .contains("first block"));
        assert!(verdict("8.8.0.0/16", "198.19.0.0/20").is_some());
        assert_eq!(verdict("8.8.0.0/16", "100.65.0.0/16"), None);
    }

    /// Before the table: size (/16 to /28), ranges no VPC may use, overlap.
    #[test]
    fn size_range_and_overlap_come_first() {
        assert!(verdict("10.0.0.0/16", "10.2.0.0/15")
            .unwrap()
            .contains("/16 to /28"));
        assert!(verdict("10.0.0.0/16", "10.1.0.0/29")
            .unwrap()
            .contains("/16 to /28"));
        assert!(verdict("10.0.0.0/16", "169.254.0.0/16")
            .unwrap()
            .contains("link-local"));
        assert!(verdict("10.0.0.0/16", "10.0.128.0/17")
            .unwrap()
            .contains("overlap"));
    }

    #[test]
    fn the_report_answers_allowed_or_not_with_the_rule() {
        let r = report("10.0.0.0/16", "192.168.0.0/24");
        assert_eq!(r.primary().unwrap().value.plain(), "not allowed");
        assert!(r.check("restricted").unwrap().matches);
        assert!(r.check("no").unwrap().matches);
        assert!(!r.check("allowed").unwrap().matches);
        let r = report("10.0.0.0/16", "100.64.0.0/16");
        assert_eq!(r.primary().unwrap().value.plain(), "allowed");
        assert!(r.check("yes").unwrap().matches);
    }
}
