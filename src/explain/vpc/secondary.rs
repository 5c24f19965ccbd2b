//! `awscalc cidr PRIMARY --secondary BLOCK` in words: [`crate::calc::vpc::secondary`]'s
//! [`SecondaryCheck`] as a report.

use crate::calc::vpc::{self as calc, Block, Order, Refusal, SecondaryCheck, SecondaryRequest};
use crate::error::Error;
use crate::facts::vpc::{
    FORBIDDEN_VPC_RANGES, SECONDARY_CIDR_RULES, SECONDARY_CIDR_SOURCE, VPC_CIDR_BLOCKS_SOURCE,
};
use crate::facts::FactBook;
use crate::report::{Report, Value};

use super::{describe_block_input, host_bits_warning, size_words, step};

/// Why AWS refuses a secondary block, in one sentence.
#[must_use]
pub fn refusal_words(refusal: &Refusal) -> String {
    match refusal {
        Refusal::Size { prefix, rule } => format!(
            "a VPC CIDR block, secondary ones too, must be {}; /{prefix} is not",
            size_words(*rule)
        ),
        Refusal::Forbidden(range) => range.reason.to_string(),
        Refusal::Overlap { primary, secondary } => format!(
            "a new CIDR block must not overlap a block already associated with the VPC, and \
             {secondary} overlaps {primary}"
        ),
        Refusal::Restricted {
            row,
            cidr,
            reason,
            secondary,
        } => format!(
            "for a VPC whose block is in {row}, AWS restricts {reason} ({secondary} is in {cidr})"
        ),
    }
}

/// `awscalc cidr PRIMARY --secondary BLOCK`: [`calc::secondary`], explained.
///
/// # Errors
/// As [`calc::secondary`].
pub fn secondary(request: &SecondaryRequest, book: &mut FactBook) -> Result<Report, Error> {
    let check = calc::secondary(request, book)?;
    let mut report = Report::new("cidr", book.as_of());
    let (primary, added) = (check.primary.block, check.secondary.block);
    for (input, resolved) in [
        (&request.primary, check.primary),
        (&request.secondary, check.secondary),
    ] {
        if resolved.host_bits_set {
            host_bits_warning(input, resolved.block, &mut report);
        }
    }
    describe_block_input(&request.primary, primary, &mut report);
    report.inputs[0].name = "primary".into();
    describe_block_input(&request.secondary, added, &mut report);
    report.inputs[1].name = "secondary".into();
    steps(&mut report, &check);

    let allowed = check.allowed();
    let rule_text = check.refusal.as_ref().map_or_else(
        || {
            format!(
                "permitted for a VPC whose block is in {}: {}",
                check.row.name, check.row.permitted
            )
        },
        refusal_words,
    );
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
    report.field("row", Value::text(check.row.name), "");
    report.field("rule", Value::text(rule_text.clone()), "");
    report.field("source", Value::text(SECONDARY_CIDR_SOURCE), "");
    report.headline = if allowed {
        format!("allowed: {added} can be added to a VPC whose primary block is {primary}")
    } else {
        format!("not allowed: {added} cannot be added to a VPC whose primary block is {primary}")
    };
    report.summary = rule_text;
    if !check.primary_ok {
        report.warn(format!(
            "{primary} cannot itself be a VPC block (see `awscalc cidr {primary}`): the verdict \
             is the table's, for a VPC that could not exist"
        ));
    }
    report.aside(format!(
        "awscalc cannot see the VPC's route tables or other blocks: AWS also refuses a block \
         that is the same as or larger than a route's destination, one that overlaps any \
         other associated block, and more than {} IPv4 blocks per VPC (primary and \
         secondary; the default quota) ({VPC_CIDR_BLOCKS_SOURCE})",
        check.quota
    ));
    report.attach_facts(book);
    Ok(report)
}

/// Each check in AWS's order, as a step.
fn steps(report: &mut Report, check: &SecondaryCheck) {
    let (primary, added) = (check.primary.block, check.secondary.block);
    step(
        report,
        "size of the new block",
        format!("/{} within {}", added.prefix(), size_words(check.rule)),
        Value::Bool(check.rule.allows(added.prefix())),
        "",
    );
    step(
        report,
        "outside the ranges no VPC may use",
        FORBIDDEN_VPC_RANGES
            .iter()
            .map(|r| r.cidr)
            .collect::<Vec<_>>()
            .join(", "),
        Value::Bool(check.forbidden.is_none()),
        "",
    );
    step(
        report,
        "no overlap with the primary",
        match check.order {
            Order::Overlap => format!("{added} and {primary} share addresses"),
            Order::PrimaryFirst => format!("{} < {}", primary.broadcast(), added.network()),
            Order::SecondaryFirst => format!("{} < {}", added.broadcast(), primary.network()),
        },
        Value::Bool(check.order != Order::Overlap),
        "",
    );
    step(
        report,
        "the primary's row of AWS's table",
        match check.row.existing {
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
        Value::text(check.row.name),
        "",
    );
    step(
        report,
        "restricted for that row",
        format!("{added} against {}", check.applies.join(", ")),
        Value::text(
            check
                .hit
                .map_or("none applies".to_string(), |r| format!("in {r}")),
        ),
        "",
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::Registry;
    use jiff::civil::date;

    fn verdict(primary: &str, added: &str) -> Option<String> {
        calc::refusal(
            primary.parse().unwrap(),
            added.parse().unwrap(),
            &mut FactBook::new(Registry::builtin(), date(2026, 11, 22)),
        )
        .unwrap()
        .as_ref()
        .map(refusal_words)
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

    /// The refusals keep AWS's words: the row's, the range's, the size rule's.
    #[test]
    fn refusals_in_words() {
        assert!(verdict("10.0.0.0/16", "192.168.0.0/24")
            .unwrap()
            .contains("other RFC 1918"));
        assert!(verdict("10.1.0.0/16", "10.0.5.0/24")
            .unwrap()
            .contains("10.0.0.0/15"));
        assert!(verdict("100.64.0.0/16", "10.0.0.0/16")
            .unwrap()
            .contains("first block"));
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
