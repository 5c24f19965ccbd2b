//! `awscalc cidr BLOCK`: the addresses of one block, what AWS reserves, and whether AWS
//! accepts it as a subnet or a VPC CIDR. Also the report pieces the other `cidr` reports
//! share: the block as understood, and the warning for host bits.

use ipnet::IpNet;
use rust_decimal::Decimal;

use super::address::{pow2, pow2_minus, pow2_number, Block, Family};
use super::parse::CidrInput;
use super::rules::{prefix_fact, validity, Reservation, Validity};
use crate::error::Error;
use crate::facts::vpc as fact;
use crate::facts::FactBook;
use crate::report::{Alternative, Number, Report, Step, Value};

/// `awscalc cidr BLOCK`: the addresses of one block, what AWS reserves, and whether AWS
/// accepts it as a subnet or a VPC CIDR.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BlockRequest {
    /// The block as typed.
    pub cidr: CidrInput,
    /// Refuse an address with host bits set instead of using its network.
    pub strict: bool,
}

/// Adds a step whose value may be beyond `Decimal` (IPv6 counts).
pub(super) fn step(
    report: &mut Report,
    label: impl Into<String>,
    formula: impl Into<String>,
    value: Value,
    unit: &str,
) {
    report.steps.push(Step {
        label: label.into(),
        formula: formula.into(),
        value,
        unit: unit.into(),
    });
}

/// The block the input names, with a warning when host bits were set (an error with `strict`).
pub(super) fn resolve(
    input: &CidrInput,
    strict: bool,
    report: &mut Report,
) -> Result<IpNet, Error> {
    let block = input.block();
    if input.has_host_bits() {
        if strict {
            return Err(input.host_bits_error());
        }
        report.warn(format!(
            "`{}` is not a network address: host bits are set; its network is {block}, used below \
             (--strict makes this an error)",
            input.text().trim()
        ));
    }
    Ok(block)
}

pub(super) fn describe_block_input(input: &CidrInput, block: IpNet, report: &mut Report) {
    let family = block.family();
    report.input(
        "cidr",
        input.text().trim(),
        format!(
            "{} block {block}: network {}, prefix /{}",
            family.name(),
            block.network(),
            block.prefix()
        ),
        Value::text(block.to_string()),
    );
}

/// Steps and fields for the size of a block: host bits, total, reserved, usable.
fn size_steps(block: IpNet, reservation: Reservation, report: &mut Report) -> u128 {
    let bits = block.family().bits();
    let host_bits = block.host_bits();
    step(
        report,
        "host bits",
        format!("{bits} − {}", block.prefix()),
        Value::number(host_bits),
        "bits",
    );
    step(
        report,
        "total addresses",
        format!("2^{host_bits}"),
        Value::Number(pow2_number(host_bits)),
        "addresses",
    );
    step(
        report,
        "reserved by AWS",
        format!(
            "first {} + last {}",
            reservation.leading,
            reservation.trailing()
        ),
        Value::number(reservation.total),
        "addresses",
    );
    let usable = reservation.usable(host_bits);
    let formula = if pow2_minus(host_bits, reservation.total).is_some() {
        format!(
            "{} − {}",
            pow2_number(host_bits).grouped(),
            reservation.total
        )
    } else {
        format!(
            "{} − {} is below zero: none",
            pow2_number(host_bits).grouped(),
            reservation.total
        )
    };
    step(
        report,
        "usable addresses",
        formula,
        Value::number(usable),
        "addresses",
    );
    usable
}

/// `awscalc cidr BLOCK`.
///
/// # Errors
/// [`Error::InvalidCidr`] for host bits set with `strict`.
pub fn block(request: &BlockRequest, book: &mut FactBook) -> Result<Report, Error> {
    let mut report = Report::new("cidr", book.as_of());
    let block = resolve(&request.cidr, request.strict, &mut report)?;
    describe_block_input(&request.cidr, block, &mut report);
    let family = block.family();
    let reservation = Reservation::from_facts(book)?;
    let host_bits = block.host_bits();
    let usable = size_steps(block, reservation, &mut report);
    let range = reservation.usable_range(block);
    if let Some((first, last)) = range {
        step(
            &mut report,
            "first usable",
            format!("{} + {}", block.network(), reservation.leading),
            Value::text(first.to_string()),
            "",
        );
        step(
            &mut report,
            "last usable",
            format!("{} − {}", block.broadcast(), reservation.trailing()),
            Value::text(last.to_string()),
            "",
        );
    }
    let validity = validity(block, book)?;

    block_fields(&mut report, block, reservation, usable, &validity);
    report.answer.push("usable".into());

    let usable_text = Number::from(usable).grouped();
    let noun = if usable == 1 { "address" } else { "addresses" };
    report.headline = if validity.valid_subnet {
        format!("{usable_text} usable {noun} in {block}")
    } else {
        format!(
            "{usable_text} usable {noun} in {block} by the plain arithmetic; AWS does not accept \
             it as a subnet"
        )
    };
    report.summary = match range {
        Some((first, last)) => format!(
            "{} addresses, {} reserved by AWS (the first {} and the last {}), {usable_text} usable: \
             {first} to {last}",
            pow2_number(host_bits).grouped(),
            reservation.total,
            reservation.leading,
            reservation.trailing()
        ),
        None => format!(
            "{} addresses: fewer than the {} AWS reserves in every subnet, so none is usable",
            pow2_number(host_bits).grouped(),
            reservation.total
        ),
    };
    for problem in &validity.problems {
        report.warn(format!("AWS rejects this block: {problem}"));
    }
    for warning in &validity.warnings {
        report.warn(warning.clone());
    }
    for note in &validity.notes {
        report.note(note.clone());
    }
    if family == Family::V6 {
        let amazon = prefix_fact(book, fact::AMAZON_IPV6_PREFIX)?;
        report.note(format!(
            "an Amazon-provided IPv6 VPC block is always /{amazon}; AWS reserves the same first \
             four and last addresses in IPv6 subnets"
        ));
    }
    report.alternatives = usable_alternatives(host_bits, reservation);
    report.attach_facts(book);
    Ok(report)
}

/// The result fields of one block (JSON: `result.network()`, `result.reserved`, …).
fn block_fields(
    report: &mut Report,
    block: IpNet,
    reservation: Reservation,
    usable: u128,
    validity: &Validity,
) {
    let family = block.family();
    let host_bits = block.host_bits();
    let range = reservation.usable_range(block);
    report.field("cidr", Value::text(block.to_string()), "");
    report.field("version", Value::number(family.version()), "");
    report.field("network", Value::text(block.network().to_string()), "");
    report.field("prefix", Value::number(block.prefix()), "");
    if let Some(mask) = block.ipv4_netmask() {
        report.field("netmask", Value::text(mask.to_string()), "");
    }
    report.field("first", Value::text(block.network().to_string()), "");
    report.field("last", Value::text(block.broadcast().to_string()), "");
    report.field("total", Value::Number(pow2_number(host_bits)), "addresses");
    let reserved = reservation
        .addresses(block)
        .into_iter()
        .map(|(address, role)| {
            Value::Map(vec![
                ("address".into(), Value::text(address.to_string())),
                ("role".into(), Value::text(role)),
            ])
        })
        .collect();
    report.field("reserved", Value::List(reserved), "");
    report.field("usable", Value::number(usable), "addresses");
    let (first_usable, last_usable) = range.map_or((Value::Null, Value::Null), |(f, l)| {
        (Value::text(f.to_string()), Value::text(l.to_string()))
    });
    report.field("first_usable", first_usable, "");
    report.field("last_usable", last_usable, "");
    report.field(
        "aws",
        Value::Map(vec![
            ("valid_subnet".into(), Value::Bool(validity.valid_subnet)),
            ("valid_vpc".into(), Value::Bool(validity.valid_vpc)),
            (
                "problems".into(),
                Value::List(validity.problems.iter().map(Value::text).collect()),
            ),
        ]),
        "",
    );
}

/// `n` as a decimal where it fits (up to 2^96 − 1); `From<u128>` would panic beyond.
fn decimal(n: u128) -> Option<Decimal> {
    Decimal::try_from_i128_with_scale(i128::try_from(n).ok()?, 0).ok()
}

/// The usable count under the common wrong readings, for `--expect` hints.
fn usable_alternatives(host_bits: u32, reservation: Reservation) -> Vec<Alternative> {
    let mut out = Vec::new();
    let readings: [(u128, String); 3] = [
        (
            reservation.leading,
            format!(
                "a subnet with only {} reserved addresses (AWS reserves {}: the first {} and the last {})",
                reservation.leading,
                reservation.total,
                reservation.leading,
                reservation.trailing()
            ),
        ),
        (
            2,
            "a network with only the network and broadcast addresses reserved, as outside AWS"
                .to_string(),
        ),
        (0, "every address counted, none reserved".to_string()),
    ];
    for (reserved, reading) in readings {
        let Some(value) = pow2_minus(host_bits, reserved)
            .or_else(|| (reserved == 0).then(|| pow2(host_bits)).flatten())
        else {
            continue;
        };
        let Some(value) = decimal(value) else {
            continue;
        };
        out.push(Alternative {
            value,
            reading,
            distance: 1,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::testing::book;
    use crate::calc::vpc::testing::{any_block, aws, field, report, text};
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
