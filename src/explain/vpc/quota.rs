//! `awscalc cidr --vpcs N --tiers T --azs Z` in words: [`crate::calc::vpc::quota`]'s
//! [`QuotaCheck`] as a report.

use crate::calc::vpc::{self as calc, QuotaCheck, QuotaKind, QuotaRequest};
use crate::error::Error;
use crate::facts::vpc::DEFAULT_VPC_BLOCK;
use crate::facts::FactBook;
use crate::report::{Number, Report, Value};

use super::step;

/// The quota's name, for the steps and the table.
fn quota_name(kind: QuotaKind) -> &'static str {
    match kind {
        QuotaKind::VpcsPerRegion => "VPCs per Region",
        QuotaKind::SubnetsPerVpc => "subnets per VPC",
        QuotaKind::Ipv4BlocksPerVpc => "IPv4 CIDR blocks per VPC",
        QuotaKind::ElasticIpsPerRegion => "Elastic IP addresses per Region",
    }
}

fn count(n: u128) -> String {
    Number::from(n).grouped()
}

/// `awscalc cidr --vpcs N --tiers T --azs Z`: [`calc::quota`], explained.
///
/// # Errors
/// As [`calc::quota`].
pub fn quota(request: &QuotaRequest, book: &mut FactBook) -> Result<Report, Error> {
    let check = calc::quota(request, book)?;
    let mut report = Report::new("cidr", book.as_of());
    inputs(&mut report, request);
    for line in &check.lines {
        let need = match line.quota {
            QuotaKind::SubnetsPerVpc => format!(
                "{} tiers × {} AZs = {}",
                count(request.tiers),
                count(request.azs),
                count(line.need)
            ),
            _ => count(line.need),
        };
        step(
            &mut report,
            quota_name(line.quota),
            format!(
                "{need} {} {}",
                if line.fits { "≤" } else { ">" },
                line.limit
            ),
            Value::text(if line.fits {
                "fits".to_string()
            } else {
                format!("{} over", count(line.over))
            }),
            "",
        );
    }
    let layout = &check.default_vpc;
    let subnets: Vec<String> = layout.subnets.iter().map(ToString::to_string).collect();
    report.field("fits", Value::Bool(check.fits), "");
    report.answer.push("fits".into());
    report.field(
        "subnets_per_vpc",
        Value::number(check.subnets_per_vpc),
        "subnets",
    );
    report.detail(
        "quotas",
        Value::List(
            check
                .lines
                .iter()
                .map(|l| {
                    Value::Map(vec![
                        ("quota".into(), Value::text(quota_name(l.quota))),
                        ("need".into(), Value::number(l.need)),
                        ("limit".into(), Value::Number(l.limit.into())),
                        ("fits".into(), Value::Bool(l.fits)),
                        ("over".into(), Value::number(l.over)),
                    ])
                })
                .collect(),
        ),
        "",
    );
    report.detail(
        "default_vpc",
        Value::Map(vec![
            ("block".into(), Value::text(layout.block.to_string())),
            (
                "subnets".into(),
                Value::List(subnets.iter().map(|s| Value::text(s.clone())).collect()),
            ),
            ("usable_each".into(), Value::number(layout.usable_each)),
        ]),
        "",
    );
    let broken: Vec<String> = check
        .lines
        .iter()
        .filter(|l| !l.fits)
        .map(|l| format!("{} {} > {}", quota_name(l.quota), count(l.need), l.limit))
        .collect();
    report.headline = if check.fits {
        format!(
            "fits: {} VPCs of {} subnets each are within the default VPC quotas",
            count(request.vpcs),
            count(check.subnets_per_vpc)
        )
    } else {
        format!("does not fit the default quotas: {}", broken.join("; "))
    };
    report.summary = format!(
        "{} VPCs × ({} tiers × {} AZs = {} subnets), checked against the default quotas of \
         one Region; quotas are adjustable in Service Quotas",
        count(request.vpcs),
        count(request.tiers),
        count(request.azs),
        count(check.subnets_per_vpc)
    );
    notes(&mut report, request, &check);
    report.attach_facts(book);
    Ok(report)
}

/// The default VPC's layout, and what was not checked.
fn notes(report: &mut Report, request: &QuotaRequest, check: &QuotaCheck) {
    let layout = &check.default_vpc;
    let subnets: Vec<String> = layout.subnets.iter().map(ToString::to_string).collect();
    report.note(format!(
        "a default VPC is {} with a default subnet of /{} in each Availability Zone: for {} \
         AZs {} ({} usable each); source: {}",
        layout.block,
        layout.subnets.first().map_or(0, ipnet::IpNet::prefix_len),
        count(request.azs),
        if subnets.is_empty() {
            "none".to_string()
        } else {
            subnets.join(", ")
        },
        count(layout.usable_each),
        DEFAULT_VPC_BLOCK.source
    ));
    if request.eips.is_none() {
        report.note(
            "Elastic IP addresses per Region not checked: give --eips N (one per public NAT \
             gateway, for example)"
                .to_string(),
        );
    }
}

fn inputs(report: &mut Report, request: &QuotaRequest) {
    let mut add = |name: &str, n: u128, what: &str| {
        report.input(
            name,
            &n.to_string(),
            format!("{} {what}", count(n)),
            Value::number(n),
        );
    };
    add("vpcs", request.vpcs, "VPCs in the Region");
    add("tiers", request.tiers, "tiers of subnets in each VPC");
    add("azs", request.azs, "Availability Zones for each tier");
    if let Some(blocks) = request.blocks {
        add("blocks", blocks, "IPv4 CIDR blocks in each VPC");
    }
    if let Some(eips) = request.eips {
        add("eips", eips, "Elastic IP addresses in the Region");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::testing::book;

    /// The question: 6 VPCs of 3 tiers in 3 AZs. 6 > 5 VPCs per Region; 3 × 3 = 9
    /// ≤ 200 subnets per VPC; 1 ≤ 5 blocks.
    #[test]
    fn six_vpcs_do_not_fit_five() {
        let r = quota(
            &QuotaRequest {
                vpcs: 6,
                tiers: 3,
                azs: 3,
                blocks: None,
                eips: None,
            },
            &mut book(),
        )
        .unwrap();
        assert_eq!(
            r.headline,
            "does not fit the default quotas: VPCs per Region 6 > 5"
        );
        assert_eq!(r.steps[1].formula, "3 tiers × 3 AZs = 9 ≤ 200");
        assert_eq!(r.primary().unwrap().value, Value::Bool(false));
    }
}
