//! `awscalc cidr --hosts N [PARENT]` in words: [`crate::calc::vpc::hosts`]'s
//! [`SubnetFor`] as a report.

use rust_decimal::Decimal;

use crate::calc::vpc::{self as calc, hosts_readings, HostsRequest, HostsStep, Reading, SubnetFor};
use crate::error::Error;
use crate::facts::FactBook;
use crate::report::{Alternative, Number, Report, Value};

use super::{amount_value, describe_block_input, formula_text, host_bits_warning, step};

/// `awscalc cidr --hosts N [PARENT]`: [`calc::hosts`], explained.
///
/// # Errors
/// As [`calc::hosts`].
pub fn hosts(request: &HostsRequest, book: &mut FactBook) -> Result<Report, Error> {
    let answer = calc::hosts(request, book)?;
    let mut report = Report::new("cidr", book.as_of());
    if let (Some(input), Some(parent)) = (&request.parent, answer.parent) {
        if parent.host_bits_set {
            host_bits_warning(input, parent.block, &mut report);
        }
        describe_block_input(input, parent.block, &mut report);
    }
    let hosts_text = Number::from(answer.hosts).grouped();
    report.input(
        "hosts",
        request.hosts_text.trim(),
        format!(
            "{hosts_text} {} in use",
            crate::words::noun_for(
                rust_decimal::Decimal::from(u64::try_from(answer.hosts).unwrap_or(u64::MAX)),
                "address"
            )
        ),
        Value::number(answer.hosts),
    );
    for s in &answer.steps {
        if let HostsStep::Try { prefix } = s.what {
            step(
                &mut report,
                format!("try /{prefix}"),
                formula_text(s.formula),
                amount_value(s.value),
                "usable",
            );
        }
    }
    let SubnetFor {
        family,
        prefix,
        usable,
        reservation,
        rule,
        ..
    } = answer;
    let h = family.bits() - prefix;
    report.field("hosts", Value::number(answer.hosts), "hosts");
    report.field("prefix", Value::number(prefix), "");
    report.field("total", Value::Number(answer.total.number()), "addresses");
    report.field("usable", Value::number(usable), "addresses");
    report.field("spare", Value::number(answer.spare), "addresses");
    report.answer.push("prefix".into());
    report.headline = format!(
        "/{prefix}: {} usable addresses hold {hosts_text} hosts",
        Number::from(usable).grouped()
    );
    report.summary = if prefix == rule.max {
        format!(
            "the smallest AWS {} subnet, /{prefix}, already holds {hosts_text} hosts: 2^{h} − {} \
             = {} usable",
            family.name(),
            reservation.total,
            Number::from(usable).grouped()
        )
    } else {
        format!(
            "the smallest AWS {} subnet for {hosts_text} hosts: 2^{h} − {} = {} usable; /{} would \
             be too small",
            family.name(),
            reservation.total,
            Number::from(usable).grouped(),
            prefix + rule.step
        )
    };
    fits_in_parent(&mut report, &answer);
    report.alternatives = hosts_readings(&answer)
        .into_iter()
        .map(|(reading, p)| Alternative {
            value: Decimal::from(p),
            reading: match reading {
                Reading::LeadingOnly => format!(
                    "a subnet with only {} reserved addresses (AWS reserves {})",
                    reservation.leading, reservation.total
                ),
                Reading::NetworkAndBroadcast | Reading::NoneReserved => {
                    "a network with only the network and broadcast addresses reserved, as \
                     outside AWS"
                        .to_string()
                }
            },
            distance: 1,
        })
        .collect();
    report.attach_facts(book);
    Ok(report)
}

/// How many of the subnets fit in the parent (JSON `result.fits`), and the headline's end.
fn fits_in_parent(report: &mut Report, answer: &SubnetFor) {
    for s in &answer.steps {
        if let HostsStep::Fits { prefix, parent } = s.what {
            report.field("parent", Value::text(parent.to_string()), "");
            let fits = amount_value(s.value);
            step(
                report,
                format!("/{prefix} blocks in {parent}"),
                formula_text(s.formula),
                fits.clone(),
                "subnets",
            );
            report.field("fits", fits.clone(), "subnets");
            if prefix < crate::calc::vpc::Block::prefix(&parent) {
                report.warn(format!(
                    "a /{prefix} is larger than {parent}: no such subnet fits in it"
                ));
            } else {
                report.headline = format!(
                    "{}, and {} of them fit in {parent}",
                    report.headline,
                    fits.display()
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::testing::book;
    use crate::explain::vpc::testing::text;

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

    /// 500 hosts: /24 gives 2^8 − 5 = 251 < 500; /23 gives 2^9 − 5 = 507 ≥ 500; a /16
    /// holds 2^(23 − 16) = 128 of them.
    #[test]
    fn five_hundred_hosts_need_a_23_shown_step_by_step() {
        let r = hosts_report(500, Some("10.0.0.0/16")).unwrap();
        assert_eq!(text(&r, "prefix"), "23");
        assert_eq!(text(&r, "fits"), "128");
        assert_eq!(r.steps[4].formula, "2^8 − 5 = 251 < 500");
        assert_eq!(r.steps[5].formula, "2^9 − 5 = 507 ≥ 500");
        assert_eq!(r.steps[6].formula, "2^(23 − 16)");
        let r = hosts_report(500, Some("10.0.0.0/24")).unwrap();
        assert_eq!(r.steps[6].formula, "/23 is larger than /24");
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
        let err = hosts_report(65_532, None).unwrap_err().to_string();
        assert_eq!(
            err,
            "no AWS IPv4 subnet holds `65532` hosts: the largest, /16, has 65,531 usable \
             addresses (65,536 − 5); spread the hosts over several subnets"
        );
    }
}
