//! `awscalc cidr --hosts N [PARENT]`: the smallest AWS subnet that holds N hosts, and how
//! many of them fit in a parent block.

use ipnet::IpNet;
use rust_decimal::Decimal;

use super::address::{pow2, pow2_minus, pow2_number, Block, Family};
use super::block::{describe_block_input, resolve, step};
use super::parse::CidrInput;
use super::rules::{size_rule, Reservation, SizeRule, Use};
use crate::error::Error;
use crate::facts::FactBook;
use crate::report::{Alternative, Number, Report, Value};

/// `awscalc cidr --hosts N [PARENT]`: the smallest AWS subnet holding N hosts, and how
/// many of them fit in the parent block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HostsRequest {
    /// The count as typed.
    pub hosts_text: String,
    /// The count.
    pub hosts: u128,
    /// The block to fit them in; IPv4 sizes when absent.
    pub parent: Option<CidrInput>,
    /// Refuse a parent with host bits set.
    pub strict: bool,
}

/// The smallest prefix in `rule` whose usable count, after `reserved`, holds `hosts`.
pub(super) fn smallest_holding(
    rule: SizeRule,
    bits: u32,
    reserved: u128,
    hosts: u128,
) -> Option<u32> {
    rule.smallest_first()
        .find(|p| pow2_minus(bits - p, reserved).is_some_and(|u| u >= hosts))
}

/// `awscalc cidr --hosts N`.
///
/// # Errors
/// [`Error::AwsLimit`] when no AWS subnet size holds N; [`Error::InvalidCidr`] for a
/// parent with host bits set under `strict`.
pub fn hosts(request: &HostsRequest, book: &mut FactBook) -> Result<Report, Error> {
    let mut report = Report::new("cidr", book.as_of());
    let parent = match &request.parent {
        Some(input) => {
            let block = resolve(input, request.strict, &mut report)?;
            describe_block_input(input, block, &mut report);
            Some(block)
        }
        None => None,
    };
    let family = parent.map_or(Family::V4, |p| p.family());
    let bits = family.bits();
    let hosts = request.hosts;
    let hosts_text = Number::from(hosts).grouped();
    report.input(
        "hosts",
        request.hosts_text.trim(),
        format!("{hosts_text} addresses in use"),
        Value::number(hosts),
    );
    let reservation = Reservation::from_facts(book)?;
    let rule = size_rule(family, Use::Subnet, book)?;
    let mut chosen = None;
    for p in rule.smallest_first() {
        let h = bits - p;
        let usable = reservation.usable(h);
        let holds = usable >= hosts;
        step(
            &mut report,
            format!("try /{p}"),
            format!(
                "2^{h} − {} = {} {} {hosts_text}",
                reservation.total,
                Number::from(usable).grouped(),
                if holds { "≥" } else { "<" }
            ),
            Value::number(usable),
            "usable",
        );
        if holds {
            chosen = Some(p);
            break;
        }
    }
    let Some(prefix) = chosen else {
        let h = bits - rule.min;
        return Err(Error::AwsLimit {
            message: format!(
                "no AWS {} subnet holds `{}` hosts: the largest, /{}, has {} usable addresses \
                 ({} − {}); spread the hosts over several subnets",
                family.name(),
                request.hosts_text.trim(),
                rule.min,
                Number::from(reservation.usable(h)).grouped(),
                pow2_number(h).grouped(),
                reservation.total
            ),
        });
    };
    let h = bits - prefix;
    let usable = reservation.usable(h);
    report.field("hosts", Value::number(hosts), "hosts");
    report.field("prefix", Value::number(prefix), "");
    report.field("total", Value::Number(pow2_number(h)), "addresses");
    report.field("usable", Value::number(usable), "addresses");
    report.field("spare", Value::number(usable - hosts), "addresses");
    report.answer.push("prefix".into());
    report.headline = format!(
        "/{prefix}: {} usable addresses hold {hosts_text} hosts",
        Number::from(usable).grouped()
    );
    report.summary = format!(
        "the smallest AWS {} subnet for {hosts_text} hosts: 2^{h} − {} = {} usable; /{} would \
         be too small",
        family.name(),
        reservation.total,
        Number::from(usable).grouped(),
        prefix + rule.step
    );
    if prefix == rule.max {
        report.summary = format!(
            "the smallest AWS {} subnet, /{prefix}, already holds {hosts_text} hosts: 2^{h} − {} \
             = {} usable",
            family.name(),
            reservation.total,
            Number::from(usable).grouped()
        );
    }
    if let Some(parent) = parent {
        hosts_in_parent(&mut report, parent, prefix);
    }
    report.alternatives = prefix_alternatives(rule, bits, reservation, hosts);
    report.attach_facts(book);
    Ok(report)
}

// How many blocks of `prefix` fit in `parent` (JSON `result.fits`).
fn hosts_in_parent(report: &mut Report, parent: IpNet, prefix: u32) {
    report.field("parent", Value::text(parent.to_string()), "");
    let fits = prefix.checked_sub(parent.prefix()).map_or(Some(0), pow2);
    let fits_value = fits.map_or_else(
        || Value::Number(pow2_number(prefix - parent.prefix())),
        Value::number,
    );
    step(
        report,
        format!("/{prefix} blocks in {parent}"),
        if prefix >= parent.prefix() {
            format!("2^({prefix} − {})", parent.prefix())
        } else {
            format!("/{prefix} is larger than /{}", parent.prefix())
        },
        fits_value.clone(),
        "subnets",
    );
    report.field("fits", fits_value.clone(), "subnets");
    if prefix < parent.prefix() {
        report.warn(format!(
            "a /{prefix} is larger than {parent}: no such subnet fits in it"
        ));
    } else {
        report.headline = format!(
            "{}, and {} of them fit in {parent}",
            report.headline,
            fits_value.display()
        );
    }
}

/// The prefix under the common wrong readings of the reservation, for `--expect`.
fn prefix_alternatives(
    rule: SizeRule,
    bits: u32,
    reservation: Reservation,
    hosts: u128,
) -> Vec<Alternative> {
    let mut out = Vec::new();
    for (reserved, reading) in [
        (
            reservation.leading,
            format!(
                "a subnet with only {} reserved addresses (AWS reserves {})",
                reservation.leading, reservation.total
            ),
        ),
        (
            2,
            "a network with only the network and broadcast addresses reserved, as outside AWS"
                .to_string(),
        ),
    ] {
        if let Some(p) = smallest_holding(rule, bits, reserved, hosts) {
            out.push(Alternative {
                value: Decimal::from(p),
                reading,
                distance: 1,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::testing::book;
    use crate::calc::vpc::testing::text;
    use proptest::prelude::*;

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

    /// 500 hosts: /24 gives 2^8 − 5 = 251 < 500; /23 gives 2^9 − 5 = 507 ≥ 500.
    #[test]
    fn five_hundred_hosts_need_a_23() {
        let r = hosts_report(500, None).unwrap();
        assert_eq!(text(&r, "prefix"), "23");
        assert_eq!(text(&r, "usable"), "507");
        assert_eq!(text(&r, "spare"), "7");
    }

    /// A /16 holds 2^(23 − 16) = 128 blocks of /23.
    #[test]
    fn a_16_holds_128_subnets_of_23() {
        let r = hosts_report(500, Some("10.0.0.0/16")).unwrap();
        assert_eq!(text(&r, "fits"), "128");
        let r = hosts_report(500, Some("10.0.0.0/24")).unwrap();
        assert_eq!(text(&r, "fits"), "0");
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
        assert_eq!(text(&hosts_report(65_531, None).unwrap(), "prefix"), "16");
        let err = hosts_report(65_532, None).unwrap_err().to_string();
        assert!(err.contains("`65532`") && err.contains("65,531"), "{err}");
    }

    /// IPv6 parent: every count up to 2^64 − 5 fits a /64.
    #[test]
    fn ipv6_hosts_use_ipv6_sizes() {
        let r = hosts_report(1_000_000, Some("2600:1f18::/56")).unwrap();
        assert_eq!(text(&r, "prefix"), "64");
        assert_eq!(text(&r, "fits"), "256");
    }

    proptest! {
        #[test]
        fn prop_hosts_picks_the_minimal_prefix(n in 1u128..=65_531) {
            let r = hosts_report(n, None).unwrap();
            let p: u32 = text(&r, "prefix").parse().unwrap();
            let res = Reservation::from_facts(&mut book()).unwrap();
            prop_assert!(res.usable(32 - p) >= n);
            if p < 28 {
                prop_assert!(res.usable(32 - (p + 1)) < n, "one prefix longer would not fit");
            }
        }
    }
}
