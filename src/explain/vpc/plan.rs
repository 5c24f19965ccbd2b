//! `awscalc cidr BLOCK --plan SPEC` in words: [`crate::calc::vpc::plan`]'s [`Layout`] as a
//! report, with the subnets as its table.

use crate::calc::vpc::{self as calc, Block, Count, Layout, PlanRequest, PlanStep};
use crate::error::Error;
use crate::facts::FactBook;
use crate::report::{Number, Report, Table, Value};

use super::{describe_block_input, formula_text, host_bits_warning, size_words, step};

/// `awscalc cidr BLOCK --plan SPEC`: [`calc::plan`], explained.
///
/// # Errors
/// As [`calc::plan`].
pub fn plan(request: &PlanRequest, book: &mut FactBook) -> Result<Report, Error> {
    let layout = calc::plan(request, book)?;
    let mut report = Report::new("cidr", book.as_of());
    let parent = layout.parent.block;
    if layout.parent.host_bits_set {
        host_bits_warning(&request.parent, parent, &mut report);
    }
    describe_block_input(&request.parent, parent, &mut report);
    if !request.items.is_empty() {
        plan_input(&mut report, request);
    }
    if !request.existing.is_empty() || request.items.is_empty() {
        existing_input(&mut report, request, &layout);
    }
    steps(&mut report, request, &layout);
    if request.items.is_empty() {
        free_table(&mut report, &layout);
    } else {
        table(&mut report, &layout);
    }
    fields(&mut report, &layout);
    let count = layout.plan.subnets.len();
    let family = parent.family();
    if request.items.is_empty() {
        free_words(&mut report, &layout);
        report.attach_facts(book);
        return Ok(report);
    }
    report.headline = format!(
        "{count} {} planned in {parent}; {} of {} addresses free",
        if count == 1 { "subnet" } else { "subnets" },
        layout.free.number().grouped(),
        layout.total.number().grouped()
    );
    report.summary = format!(
        "each the smallest AWS {} subnet for its hosts (usable = 2^h − {}), placed largest \
         first and aligned; free: {}",
        family.name(),
        layout.reservation.total,
        if layout.plan.free.is_empty() {
            "none".to_string()
        } else {
            layout
                .plan
                .free
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        }
    );
    if !layout.vpc_rule.allows(parent.prefix()) {
        report.note(format!(
            "{parent} is not an AWS {} VPC CIDR size ({}): the plan is the arithmetic for a \
             block of that size",
            family.name(),
            size_words(layout.vpc_rule)
        ));
    }
    if rust_decimal::Decimal::from(count) > layout.quota {
        report.warn(format!(
            "{count} subnets are more than the {} a VPC holds by default (subnets per VPC \
             quota; adjustable in Service Quotas)",
            layout.quota
        ));
    }
    report.attach_facts(book);
    Ok(report)
}

/// The blocks already in use, as understood.
fn existing_input(report: &mut Report, request: &PlanRequest, layout: &Layout) {
    let n = request.existing.len();
    let inside = layout.existing_blocks;
    report.input(
        "existing",
        &format!(
            "{} {}",
            Number::from(n).grouped(),
            if n == 1 { "block" } else { "blocks" }
        ),
        format!(
            "{} inside {} in use{}",
            Number::from(inside).grouped(),
            layout.parent.block,
            if n > inside {
                format!(
                    "; {} outside it or of the other family passed over",
                    Number::from(n - inside).grouped()
                )
            } else {
                String::new()
            }
        ),
        Value::List(
            request
                .existing
                .iter()
                .map(|b| Value::text(b.to_string()))
                .collect(),
        ),
    );
}

/// The free ranges of a block around the blocks in use: the headline, summary and answer.
fn free_words(report: &mut Report, layout: &Layout) {
    let parent = layout.parent.block;
    let n = layout.plan.free.len();
    report.headline = format!(
        "{} of {} addresses free in {parent}, in {} aligned {}",
        layout.free.number().grouped(),
        layout.total.number().grouped(),
        Number::from(n).grouped(),
        if n == 1 { "block" } else { "blocks" }
    );
    let shown: Vec<String> = layout
        .plan
        .free
        .iter()
        .take(8)
        .map(ToString::to_string)
        .collect();
    report.summary = format!(
        "{} {} in use; free: {}{}",
        Number::from(layout.existing_blocks).grouped(),
        if layout.existing_blocks == 1 {
            "block"
        } else {
            "blocks"
        },
        if shown.is_empty() {
            "none".to_string()
        } else {
            shown.join(", ")
        },
        if n > shown.len() { ", …" } else { "" }
    );
    report.answer.push("free_addresses".into());
}

/// The free blocks as the table: one a line.
fn free_table(report: &mut Report, layout: &Layout) {
    let rows = layout
        .plan
        .free
        .iter()
        .map(|b| {
            vec![
                Value::text(b.to_string()),
                Value::Number(Count::pow2(b.host_bits()).number()),
                Value::text(b.network().to_string()),
                Value::text(b.broadcast().to_string()),
            ]
        })
        .collect();
    report.table = Some(Table {
        columns: ["free", "addresses", "first", "last"]
            .map(String::from)
            .to_vec(),
        rows,
    });
}

/// The plan as understood.
fn plan_input(report: &mut Report, request: &PlanRequest) {
    let asked: Vec<String> = request
        .items
        .iter()
        .map(|i| format!("{}: {} hosts", i.name, Number::from(i.hosts).grouped()))
        .collect();
    report.input(
        "plan",
        request.plan_text.trim(),
        format!(
            "{} {}: {}",
            request.items.len(),
            if request.items.len() == 1 {
                "subnet"
            } else {
                "subnets"
            },
            asked.join(", ")
        ),
        Value::List(
            request
                .items
                .iter()
                .map(|i| {
                    Value::Map(vec![
                        ("name".into(), Value::text(i.name.clone())),
                        ("hosts".into(), Value::number(i.hosts)),
                    ])
                })
                .collect(),
        ),
    );
}

fn steps(report: &mut Report, request: &PlanRequest, layout: &Layout) {
    let grouped = |c: Count| c.number().grouped();
    for s in &layout.steps {
        match s {
            PlanStep::Size {
                item,
                prefix,
                holds,
                smaller,
            } => {
                let Some(item) = request.items.get(*item) else {
                    continue;
                };
                let hosts = Number::from(item.hosts).grouped();
                let formula = match smaller {
                    Some((smaller, holds_smaller)) => format!(
                        "{}; /{smaller}: {} < {hosts}",
                        formula_text(*holds),
                        Number::from(holds_smaller.eval().count().unwrap_or(0)).grouped()
                    ),
                    None => formula_text(*holds),
                };
                step(
                    report,
                    format!("size {} ({hosts} hosts)", item.name),
                    formula,
                    Value::text(format!("/{prefix}")),
                    "",
                );
            }
            PlanStep::Used { host_bits, used } => {
                let sizes: Vec<String> =
                    host_bits.iter().map(|&h| grouped(Count::pow2(h))).collect();
                step(
                    report,
                    "addresses used, largest first",
                    sizes.join(" + "),
                    Value::Number(used.number()),
                    "addresses",
                );
            }
            PlanStep::Existing { blocks, addresses } => step(
                report,
                format!(
                    "addresses in use ({} {})",
                    Number::from(*blocks).grouped(),
                    if *blocks == 1 { "block" } else { "blocks" }
                ),
                "each address counted once where blocks nest".to_string(),
                Value::Number(addresses.number()),
                "addresses",
            ),
            PlanStep::Free {
                total,
                existing,
                used,
                free,
            } => step(
                report,
                "addresses free",
                if *existing == Count::Exact(0) {
                    format!("{} − {}", grouped(*total), grouped(*used))
                } else if request.items.is_empty() {
                    format!("{} − {}", grouped(*total), grouped(*existing))
                } else {
                    format!(
                        "{} − {} − {}",
                        grouped(*total),
                        grouped(*existing),
                        grouped(*used)
                    )
                },
                Value::Number(free.number()),
                "addresses",
            ),
            // Without a plan the free blocks are the table.
            PlanStep::FreeBlock { .. } if request.items.is_empty() => {}
            PlanStep::FreeBlock { block } => step(
                report,
                "free block",
                format!("2^{} addresses", block.host_bits()),
                Value::text(block.to_string()),
                "",
            ),
        }
    }
}

fn table(report: &mut Report, layout: &Layout) {
    let rows: Vec<Vec<Value>> = layout
        .plan
        .subnets
        .iter()
        .map(|s| {
            let range = layout.reservation.usable_range(s.cidr);
            vec![
                Value::text(s.item.name.clone()),
                Value::text(s.cidr.to_string()),
                Value::number(s.item.hosts),
                Value::number(s.usable),
                range.map_or(Value::Null, |r| Value::text(r.0.to_string())),
                range.map_or(Value::Null, |r| Value::text(r.1.to_string())),
            ]
        })
        .collect();
    report.table = Some(Table {
        columns: [
            "name",
            "subnet",
            "hosts",
            "usable",
            "first_usable",
            "last_usable",
        ]
        .map(String::from)
        .to_vec(),
        rows,
    });
}

fn fields(report: &mut Report, layout: &Layout) {
    report.field("parent", Value::text(layout.parent.block.to_string()), "");
    report.detail(
        "subnets",
        Value::List(
            layout
                .plan
                .subnets
                .iter()
                .map(|s| {
                    let range = layout.reservation.usable_range(s.cidr);
                    Value::Map(vec![
                        ("name".into(), Value::text(s.item.name.clone())),
                        ("hosts".into(), Value::number(s.item.hosts)),
                        ("cidr".into(), Value::text(s.cidr.to_string())),
                        ("prefix".into(), Value::number(s.cidr.prefix())),
                        (
                            "total".into(),
                            Value::Number(Count::pow2(s.cidr.host_bits()).number()),
                        ),
                        ("usable".into(), Value::number(s.usable)),
                        ("spare".into(), Value::number(s.usable - s.item.hosts)),
                        (
                            "first_usable".into(),
                            range.map_or(Value::Null, |r| Value::text(r.0.to_string())),
                        ),
                        (
                            "last_usable".into(),
                            range.map_or(Value::Null, |r| Value::text(r.1.to_string())),
                        ),
                    ])
                })
                .collect(),
        ),
        "",
    );
    if layout.existing_blocks > 0 {
        report.field(
            "existing",
            Value::Number(layout.existing.number()),
            "addresses",
        );
    }
    report.field("used", Value::Number(layout.used.number()), "addresses");
    report.field(
        "free_addresses",
        Value::Number(layout.free.number()),
        "addresses",
    );
    report.detail(
        "free",
        Value::List(
            layout
                .plan
                .free
                .iter()
                .map(|b| Value::text(b.to_string()))
                .collect(),
        ),
        "",
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::testing::book;
    use crate::calc::vpc::parse_plan;

    /// The issue's example: 500 → /23 (2^9 − 5 = 507; /24 has 251 < 500); used 512 + 256 +
    /// 64 + 64 = 896; free 65,536 − 896 = 64,640.
    #[test]
    fn the_issue_example_shows_its_arithmetic() {
        let r = plan(
            &PlanRequest {
                parent: "10.0.0.0/16".parse().unwrap(),
                plan_text: "500,200,50,50".into(),
                items: parse_plan("500,200,50,50").unwrap(),
                azs: None,
                existing: vec![],
                strict: false,
            },
            &mut book(),
        )
        .unwrap();
        assert_eq!(r.steps[0].formula, "2^9 − 5 = 507 ≥ 500; /24: 251 < 500");
        assert_eq!(r.steps[4].formula, "512 + 256 + 64 + 64");
        assert_eq!(r.steps[5].formula, "65,536 − 896");
        assert_eq!(r.steps[5].value.plain(), "64640");
        assert_eq!(
            r.headline,
            "4 subnets planned in 10.0.0.0/16; 64,640 of 65,536 addresses free"
        );
    }
}
