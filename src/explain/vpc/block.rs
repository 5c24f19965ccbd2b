//! `awscalc cidr BLOCK` in words: [`crate::calc::vpc::block`]'s [`Addresses`] as a report.

use crate::calc::vpc::{
    self as calc, pow2_number, readings, Addresses, Block, BlockRequest, BlockStep, Family,
    Reading, Reservation,
};
use crate::error::Error;
use crate::facts::FactBook;
use crate::report::{Alternative, Number, Report, Value};

use super::{
    decimal, describe_block_input, host_bits_warning, range_problem_words, roles_words, typed_step,
};

/// `awscalc cidr BLOCK`: [`calc::block`], explained.
///
/// ```
/// use awscalc::calc::vpc::BlockRequest;
/// use awscalc::facts::{FactBook, Registry};
///
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 11, 30));
/// let request = BlockRequest { cidr: "10.0.0.0/24".parse().unwrap(), strict: false };
/// let report = awscalc::explain::vpc::block(&request, &mut book).unwrap();
/// assert_eq!(report.headline, "251 usable addresses in 10.0.0.0/24");
/// assert_eq!(report.steps[3].formula, "256 − 5");
/// ```
///
/// # Errors
/// As [`calc::block`].
pub fn block(request: &BlockRequest, book: &mut FactBook) -> Result<Report, Error> {
    let addresses = calc::block(request, book)?;
    let mut report = Report::new("cidr", book.as_of());
    let block = addresses.block();
    if addresses.resolved.host_bits_set {
        host_bits_warning(&request.cidr, block, &mut report);
    }
    describe_block_input(&request.cidr, block, &mut report);
    for step in &addresses.steps {
        let (label, unit) = match step.what {
            BlockStep::HostBits => ("host bits", "bits"),
            BlockStep::Total => ("total addresses", "addresses"),
            BlockStep::Reserved => ("reserved by AWS", "addresses"),
            BlockStep::Usable => ("usable addresses", "addresses"),
            BlockStep::FirstUsable => ("first usable", ""),
            BlockStep::LastUsable => ("last usable", ""),
        };
        typed_step(&mut report, label, step, unit);
    }
    block_fields(&mut report, &addresses);
    report.answer.push("usable".into());
    words(&mut report, &addresses);
    report.alternatives = readings(&addresses)
        .into_iter()
        .filter_map(|answer| {
            Some(Alternative {
                value: decimal(answer.usable)?,
                reading: reading_words(answer.reading, addresses.reservation),
                distance: 1,
            })
        })
        .collect();
    report.attach_facts(book);
    Ok(report)
}

/// The headline, summary and notes.
fn words(report: &mut Report, a: &Addresses) {
    let block = a.block();
    let reservation = a.reservation;
    let usable_text = Number::from(a.usable).grouped();
    let noun = if a.usable == 1 {
        "address"
    } else {
        "addresses"
    };
    report.headline = if a.validity.valid_subnet {
        format!("{usable_text} usable {noun} in {block}")
    } else {
        format!(
            "{usable_text} usable {noun} in {block} by the plain arithmetic; AWS does not accept \
             it as a subnet"
        )
    };
    report.summary = match a.usable_range {
        Some((first, last)) => format!(
            "{} addresses, {} reserved by AWS (the first {} and the last {}), {usable_text} usable: \
             {first} to {last}",
            a.total.number().grouped(),
            reservation.total,
            reservation.leading,
            reservation.trailing()
        ),
        None => format!(
            "{} addresses: fewer than the {} AWS reserves in every subnet, so none is usable",
            a.total.number().grouped(),
            reservation.total
        ),
    };
    for problem in &a.validity.problems {
        report.warn(format!(
            "AWS rejects this block: {}",
            range_problem_words(problem)
        ));
    }
    for range in &a.validity.discouraged {
        report.warn(format!("{block} overlaps {}: {}", range.cidr, range.reason));
    }
    if a.validity.public {
        report.note(format!(
            "{block} is outside the RFC 1918 private ranges (10.0.0.0/8, 172.16.0.0/12, \
             192.168.0.0/16): AWS allows a VPC with a publicly routable CIDR block, but \
             these are public addresses"
        ));
    }
    if let (Family::V6, Some(amazon)) = (block.family(), a.amazon_ipv6_prefix) {
        report.note(format!(
            "an Amazon-provided IPv6 VPC block is always /{amazon}; AWS reserves the same first \
             four and last addresses in IPv6 subnets"
        ));
    }
}

/// A reading of the reservation, in words.
fn reading_words(reading: Reading, reservation: Reservation) -> String {
    match reading {
        Reading::LeadingOnly => format!(
            "a subnet with only {} reserved addresses (AWS reserves {}: the first {} and the last {})",
            reservation.leading,
            reservation.total,
            reservation.leading,
            reservation.trailing()
        ),
        Reading::NetworkAndBroadcast => {
            "a network with only the network and broadcast addresses reserved, as outside AWS"
                .to_string()
        }
        Reading::NoneReserved => "every address counted, none reserved".to_string(),
    }
}

/// The result fields of one block (JSON: `result.network`, `result.reserved`, …).
fn block_fields(report: &mut Report, a: &Addresses) {
    let block = a.block();
    report.field("cidr", Value::text(block.to_string()), "");
    report.field("version", Value::number(block.family().version()), "");
    report.field("network", Value::text(block.network().to_string()), "");
    report.field("prefix", Value::number(block.prefix()), "");
    if let Some(mask) = block.ipv4_netmask() {
        report.field("netmask", Value::text(mask.to_string()), "");
    }
    report.field("first", Value::text(block.network().to_string()), "");
    report.field("last", Value::text(block.broadcast().to_string()), "");
    report.field(
        "total",
        Value::Number(pow2_number(a.host_bits())),
        "addresses",
    );
    let reserved = a
        .reserved
        .iter()
        .map(|r| {
            Value::Map(vec![
                ("address".into(), Value::text(r.address.to_string())),
                ("role".into(), Value::text(roles_words(&r.roles))),
            ])
        })
        .collect();
    report.field("reserved", Value::List(reserved), "");
    report.field("usable", Value::number(a.usable), "addresses");
    let (first_usable, last_usable) =
        a.usable_range.map_or((Value::Null, Value::Null), |(f, l)| {
            (Value::text(f.to_string()), Value::text(l.to_string()))
        });
    report.field("first_usable", first_usable, "");
    report.field("last_usable", last_usable, "");
    report.field(
        "aws",
        Value::Map(vec![
            ("valid_subnet".into(), Value::Bool(a.validity.valid_subnet)),
            ("valid_vpc".into(), Value::Bool(a.validity.valid_vpc)),
            (
                "problems".into(),
                Value::List(
                    a.validity
                        .problems
                        .iter()
                        .map(|p| Value::text(range_problem_words(p)))
                        .collect(),
                ),
            ),
        ]),
        "",
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::testing::book;
    use crate::calc::vpc::testing::any_block;
    use crate::calc::vpc::CidrInput;
    use crate::explain::vpc::testing::{aws, field, report, text};
    use proptest::prelude::*;

    /// Study notes A9 (004:635-641): 10.0.0.0/24 reserves .0, .1, .2, .3 and .255, leaving
    /// 2^8 − 5 = 256 − 5 = 251 usable, 10.0.0.4 to 10.0.0.254; DNS is base + 2.
    #[test]
    fn study_notes_a9_a_24_has_251_usable_and_five_reserved() {
        let r = report("10.0.0.0/24");
        assert_eq!(text(&r, "total"), "256");
        assert_eq!(text(&r, "usable"), "251");
        assert_eq!(text(&r, "first_usable"), "10.0.0.4");
        assert_eq!(text(&r, "last_usable"), "10.0.0.254");
        assert_eq!(text(&r, "netmask"), "255.255.255.0");
        let Value::List(reserved) = field(&r, "reserved") else {
            panic!()
        };
        let addresses: Vec<String> = reserved
            .iter()
            .map(|v| match v {
                Value::Map(f) => f[0].1.plain(),
                _ => panic!(),
            })
            .collect();
        assert_eq!(
            addresses,
            ["10.0.0.0", "10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.0.255"]
        );
        let dns = reserved[2].display();
        assert!(dns.contains("DNS") && dns.contains("base + 2"), "{dns}");
        assert_eq!(aws(&r, "valid_subnet"), Value::Bool(true));
        assert_eq!(aws(&r, "valid_vpc"), Value::Bool(true));
    }

    /// Study notes A8 (004:573-575): a /16 has (2^8)^2 = 65,536 addresses; with the 5
    /// reserved per subnet a single /16 subnet has 65,531 usable, not the notes' 65,532.
    #[test]
    fn study_notes_a8_a_16_has_65531_usable_not_65532() {
        let r = report("10.0.0.0/16");
        assert_eq!(text(&r, "total"), "65536");
        assert_eq!(text(&r, "usable"), "65531");
        let e = r.check("65532").unwrap();
        assert!(!e.matches);
        assert!(
            e.hints[0].contains("only 4 reserved addresses"),
            "{:?}",
            e.hints
        );
    }

    /// Study notes A10 (004:556): IPv4 has 2^32 = 4,294,967,296 addresses.
    #[test]
    fn study_notes_a10_ipv4_has_2_to_the_32_addresses() {
        assert_eq!(text(&report("0.0.0.0/0"), "total"), "4294967296");
    }

    /// Study notes A11 (004:557): IPv6 has 2^128 ≈ 3.4 × 10^38 addresses, not "340조"
    /// (3.4 × 10^14). 2^128 = 340,282,366,920,938,463,463,374,607,431,768,211,456, and the
    /// usable count under the AWS rule is 2^128 − 5.
    #[test]
    fn study_notes_a11_ipv6_has_2_to_the_128_addresses_exactly() {
        let r = report("::/0");
        assert_eq!(text(&r, "total"), "340282366920938463463374607431768211456");
        assert_eq!(
            text(&r, "usable"),
            "340282366920938463463374607431768211451"
        );
        assert_eq!(aws(&r, "valid_subnet"), Value::Bool(false));
    }

    /// AWS: an IPv6 subnet is /64 with 2^64 = 18,446,744,073,709,551,616 addresses; the
    /// first four and the last are reserved.
    #[test]
    fn an_ipv6_64_has_2_to_the_64_addresses_and_five_reserved() {
        let r = report("2600:1f18::/64");
        assert_eq!(text(&r, "total"), "18446744073709551616");
        assert_eq!(text(&r, "usable"), "18446744073709551611");
        assert_eq!(text(&r, "first_usable"), "2600:1f18::4");
        assert_eq!(text(&r, "last_usable"), "2600:1f18::ffff:ffff:ffff:fffe");
        assert_eq!(aws(&r, "valid_subnet"), Value::Bool(true));
        assert_eq!(
            aws(&r, "valid_vpc"),
            Value::Bool(false),
            "VPC blocks stop at /60"
        );
    }

    #[test]
    fn ipv6_sizes_go_in_steps_of_four() {
        assert_eq!(
            aws(&report("2600:1f18::/56"), "valid_vpc"),
            Value::Bool(true)
        );
        assert_eq!(
            aws(&report("2600:1f18::/56"), "valid_subnet"),
            Value::Bool(true)
        );
        assert_eq!(
            aws(&report("2600:1f18::/58"), "valid_subnet"),
            Value::Bool(false)
        );
        assert_eq!(
            aws(&report("2600:1f10::/44"), "valid_vpc"),
            Value::Bool(true)
        );
        assert_eq!(
            aws(&report("2600:1f00::/40"), "valid_vpc"),
            Value::Bool(false)
        );
    }

    /// /29 = 8 addresses: plain 8 − 5 = 3, but AWS subnets stop at /28.
    #[test]
    fn a_29_shows_the_plain_math_and_why_aws_rejects_it() {
        let r = report("10.0.0.0/29");
        assert_eq!(text(&r, "usable"), "3");
        assert_eq!(aws(&r, "valid_subnet"), Value::Bool(false));
        assert!(r.headline.contains("does not accept"), "{}", r.headline);
        assert!(
            r.notes.iter().any(|n| n.text.contains("/16 to /28")),
            "{:?}",
            r.notes
        );
    }

    /// /30 = 4 addresses and /32 = 1: fewer than 5, so 0 usable, never negative.
    #[test]
    fn tiny_blocks_have_zero_usable_never_negative() {
        for (cidr, listed) in [("10.0.0.0/30", 4), ("10.0.0.0/31", 2), ("10.0.0.0/32", 1)] {
            let r = report(cidr);
            assert_eq!(text(&r, "usable"), "0", "{cidr}");
            assert_eq!(field(&r, "first_usable"), &Value::Null, "{cidr}");
            let Value::List(reserved) = field(&r, "reserved") else {
                panic!()
            };
            assert_eq!(reserved.len(), listed, "{cidr}");
        }
        let r = report("10.0.0.0/31");
        let last = field(&r, "reserved").display();
        assert!(
            last.contains("VPC router") && last.contains("broadcast"),
            "{last}"
        );
    }

    #[test]
    fn host_bits_are_a_warning_or_with_strict_an_error() {
        let r = report("10.0.0.5/24");
        assert_eq!(text(&r, "cidr"), "10.0.0.0/24");
        assert!(
            r.notes.iter().any(|n| n.text.contains("10.0.0.0/24")
                && n.text.contains("not a network address")),
            "{:?}",
            r.notes
        );
        let err = block(
            &BlockRequest {
                cidr: "10.0.0.5/24".parse().unwrap(),
                strict: true,
            },
            &mut book(),
        )
        .unwrap_err()
        .to_string();
        assert!(
            err.contains("`10.0.0.5/24`") && err.contains("10.0.0.0/24"),
            "{err}"
        );
    }

    #[test]
    fn forbidden_ranges_cannot_be_a_vpc() {
        for cidr in [
            "127.0.0.0/16",
            "169.254.0.0/16",
            "224.0.0.0/16",
            "0.0.0.0/16",
        ] {
            let r = report(cidr);
            assert_eq!(aws(&r, "valid_vpc"), Value::Bool(false), "{cidr}");
            assert_eq!(aws(&r, "valid_subnet"), Value::Bool(false), "{cidr}");
        }
        let r = report("172.17.0.0/16");
        assert_eq!(aws(&r, "valid_vpc"), Value::Bool(true));
        assert!(
            r.notes.iter().any(|n| n.text.contains("Cloud9")),
            "{:?}",
            r.notes
        );
        let r = report("8.8.0.0/16");
        assert!(
            r.notes.iter().any(|n| n.text.contains("public")),
            "{:?}",
            r.notes
        );
        let r = report("10.1.0.0/16");
        assert!(
            !r.notes.iter().any(|n| n.text.contains("public")),
            "{:?}",
            r.notes
        );
    }

    #[test]
    fn expect_hints_name_the_reserved_count() {
        let r = report("10.0.0.0/24");
        assert_eq!(
            r.check("252").unwrap().hints,
            ["252 is the answer for a subnet with only 4 reserved addresses (AWS reserves 5: the first 4 and the last 1)"]
        );
        assert!(r.check("254").unwrap().hints[0]
            .contains("network and broadcast addresses reserved, as outside AWS"));
        assert!(r.check("251").unwrap().matches);
    }

    proptest! {
        #[test]
        fn prop_no_panic_on_cidr_like_strings(s in "[0-9a-f:./]{0,45}") {
            if let Ok(input) = s.parse::<CidrInput>() {
                let r = block(&BlockRequest { cidr: input, strict: false }, &mut book());
                prop_assert!(r.is_ok());
            }
        }

        #[test]
        fn prop_every_prefix_computes_without_panic(b in any_block()) {
            let r = block(
                &BlockRequest { cidr: b.to_string().parse().unwrap(), strict: true },
                &mut book(),
            ).unwrap();
            prop_assert_eq!(text(&r, "cidr"), b.to_string());
        }
    }
}
