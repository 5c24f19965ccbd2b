//! Reports for `awscalc vpn` and `awscalc connect`: [`crate::calc::network`]'s results in
//! English.

use std::fmt;

use rust_decimal::Decimal;

use crate::calc::network::{
    self as calc, Connect, ConnectRequest, ConnectStep, DirectConnectRequest, DirectStep, Gateway,
    Nat, NatProblem, NatRequest, NatStep, Problem, Tunnel, Vpn, VpnRequest, VpnStep,
};
use crate::error::Error;
use crate::facts::FactBook;
use crate::report::{Alternative, Report, Value};
use crate::units::{group, BitUnit};
use crate::words::plural;

use super::formula;

/// `gbps` in the unit the question used, with Gbps (AWS's unit) beside where that differs:
/// `5 Gbps`, `800 Mbps (0.8 Gbps)`.
fn bandwidth(gbps: Decimal, asked: Option<BitUnit>) -> String {
    match asked {
        None | Some(BitUnit::Gbps) => format!("{} Gbps", group(gbps)),
        Some(unit) => {
            let in_unit = gbps * BitUnit::Gbps.bits_per_second() / unit.bits_per_second();
            format!(
                "{} {} ({} Gbps)",
                group(in_unit.normalize()),
                unit.symbol(),
                group(gbps)
            )
        }
    }
}

/// The gateway in words.
fn gateway_words(gateway: Gateway) -> &'static str {
    match gateway {
        Gateway::Transit => "a transit gateway",
        Gateway::VirtualPrivate => "a virtual private gateway",
    }
}

/// `awscalc vpn`: [`calc::vpn`], explained.
///
/// # Errors
/// As [`calc::vpn`].
pub fn vpn(request: &VpnRequest, book: &mut FactBook) -> Result<Report, Error> {
    let answer = calc::vpn(request, book)?;
    let asked = request.throughput.unit();
    let mut report = Report::new("vpn", book.as_of());
    let bits = answer.demand_gbps * BitUnit::Gbps.bits_per_second();
    report.input(
        "throughput",
        request.throughput.text(),
        format!(
            "{}{} = {} bits per second",
            bandwidth(answer.demand_gbps, asked),
            if asked.is_none() {
                " (a bare number is Gbps)"
            } else {
                ""
            },
            group(bits.normalize())
        ),
        Value::Map(vec![
            (
                "given".into(),
                Value::text(request.throughput.text().to_owned()),
            ),
            ("gbps".into(), Value::from(answer.demand_gbps)),
        ]),
    );
    report.input(
        "gateway",
        match request.gateway {
            Gateway::Transit => "tgw",
            Gateway::VirtualPrivate => "vgw",
        },
        gateway_words(request.gateway).to_string(),
        Value::text(match request.gateway {
            Gateway::Transit => "transit",
            Gateway::VirtualPrivate => "virtual_private",
        }),
    );
    for step in &answer.steps {
        let (label, unit) = match step.what {
            VpnStep::Tunnels => (
                format!(
                    "{} tunnels of {} Gbps",
                    tunnel_words(answer.tunnel),
                    group(answer.tunnel_gbps)
                ),
                "tunnels",
            ),
            VpnStep::Connections => (
                format!(
                    "connections of {}",
                    plural(answer.tunnels_per_connection, "tunnel")
                ),
                "connections",
            ),
            VpnStep::Aggregate => (
                match request.gateway {
                    Gateway::Transit => "what they carry with ECMP across every tunnel",
                    Gateway::VirtualPrivate => "what they would carry on a transit gateway",
                }
                .to_string(),
                "Gbps",
            ),
        };
        report.step(label, formula::text(&step.formula), step.value, unit);
    }
    vpn_fields(&answer, &mut report);
    report.summary = format!(
        "a Site-to-Site VPN of {} on {}",
        request.throughput.text(),
        gateway_words(request.gateway)
    );
    match request.gateway {
        Gateway::Transit => transit_words(&answer, asked, &mut report),
        Gateway::VirtualPrivate => vgw_words(&answer, asked, &mut report),
    }
    report.attach_facts(book);
    Ok(report)
}

fn tunnel_words(tunnel: Tunnel) -> &'static str {
    match tunnel {
        Tunnel::Standard => "standard",
        Tunnel::Large => "Large",
    }
}

fn vpn_fields(answer: &Vpn, report: &mut Report) {
    if let Some(cap) = answer.cap_gbps {
        report.field("cap_gbps", Value::from(cap), "Gbps");
        report.field("reachable", Value::Bool(answer.reachable), "");
    }
    report.field("tunnels", Value::from(answer.tunnels), "tunnels");
    report.field(
        "connections",
        Value::from(answer.connections),
        "connections",
    );
    report.field("tunnel_gbps", Value::from(answer.tunnel_gbps), "Gbps");
    report.field("aggregate_gbps", Value::from(answer.aggregate_gbps), "Gbps");
    report.field("ecmp_needed", Value::Bool(answer.ecmp_needed), "");
    report.detail(
        "tunnel",
        Value::text(match answer.tunnel {
            Tunnel::Standard => "standard",
            Tunnel::Large => "large",
        }),
        "",
    );
    report.detail(
        "tunnels_per_connection",
        Value::from(answer.tunnels_per_connection),
        "tunnels",
    );
    report.detail(
        "connection_quota",
        Value::from(answer.connection_quota),
        "connections",
    );
    report.detail("within_quota", Value::Bool(answer.within_quota), "");
}

/// The answer on a transit gateway: every tunnel active with ECMP.
fn transit_words(answer: &Vpn, asked: Option<BitUnit>, report: &mut Report) {
    report.answer.push("tunnels".into());
    report.answer.push("connections".into());
    report.headline = format!(
        "{} in {}",
        plural(answer.tunnels, "tunnel"),
        plural(answer.connections, "connection")
    );
    if answer.ecmp_needed {
        report.note(format!(
            "more than one tunnel's {} needs ECMP on the transit gateway, with dynamic (BGP) \
             routing on every connection: static routes use one tunnel; each flow stays on \
             one tunnel, so one flow gets at most {}",
            bandwidth(answer.tunnel_gbps, asked),
            bandwidth(answer.tunnel_gbps, asked)
        ));
    } else {
        report.note(format!(
            "one tunnel carries it, {} at most; the connection's second tunnel is the standby",
            bandwidth(answer.tunnel_gbps, asked)
        ));
    }
    if answer.tunnel == Tunnel::Large {
        report.note(
            "Large tunnels need a transit gateway or Cloud WAN, not a virtual private gateway",
        );
    }
    if !answer.within_quota {
        report.warn(format!(
            "{} are more than the {} attachments one transit gateway takes",
            plural(answer.connections, "connection"),
            group(answer.connection_quota)
        ));
    }
    report.alternatives.push(Alternative {
        value: answer.connections,
        reading: format!(
            "connections, not tunnels ({} each)",
            plural(answer.tunnels_per_connection, "tunnel")
        ),
        distance: 1,
    });
    if let Some(other) = answer.other_size_tunnels {
        report.alternatives.push(Alternative {
            value: other,
            reading: match answer.tunnel {
                Tunnel::Standard => "Large tunnels (--large)".into(),
                Tunnel::Large => "standard tunnels (without --large)".into(),
            },
            distance: 1,
        });
    }
}

/// The answer on a virtual private gateway: one tunnel at a time, so one tunnel's bandwidth.
fn vgw_words(answer: &Vpn, asked: Option<BitUnit>, report: &mut Report) {
    let cap = answer.cap_gbps.unwrap_or(answer.tunnel_gbps);
    report.answer.push("cap_gbps".into());
    report.headline = if answer.reachable {
        format!(
            "{} fits: a virtual private gateway carries {} (one tunnel at a time)",
            bandwidth(answer.demand_gbps, asked),
            bandwidth(cap, asked)
        )
    } else {
        report.check_failed = true;
        format!(
            "{} cannot be reached: a virtual private gateway carries at most {} (one tunnel \
             at a time)",
            bandwidth(answer.demand_gbps, asked),
            bandwidth(cap, asked)
        )
    };
    report.note(format!(
        "a virtual private gateway has no ECMP: more connections add standby tunnels, not \
         bandwidth (at most {} per gateway)",
        plural(answer.connection_quota, "connection")
    ));
    if !answer.reachable {
        report.note(format!(
            "on a transit gateway with ECMP: {} in {} (awscalc vpn --throughput … --gateway tgw)",
            plural(answer.tunnels, "tunnel"),
            plural(answer.connections, "connection")
        ));
    }
    report.alternatives.push(Alternative {
        value: answer.tunnels,
        reading: "tunnels with ECMP on a transit gateway (--gateway tgw)".into(),
        distance: 1,
    });
}

/// `awscalc connect`: [`calc::connect`], explained.
///
/// # Errors
/// As [`calc::connect`].
pub fn connect(request: &ConnectRequest, book: &mut FactBook) -> Result<Report, Error> {
    let answer = calc::connect(request, book)?;
    let mut report = Report::new("connect", book.as_of());
    report.input(
        "vpcs",
        &if request.cidrs.is_empty() {
            request.vpcs.to_string()
        } else {
            "from --cidr".to_string()
        },
        format!(
            "{}, each connected to every other",
            plural(answer.vpcs, "VPC")
        ),
        Value::from(answer.vpcs),
    );
    if !request.cidrs.is_empty() {
        let blocks: Vec<String> = request.cidrs.iter().map(ToString::to_string).collect();
        report.input(
            "cidr",
            &blocks.join(" "),
            format!("one block per VPC: {}", plural(answer.vpcs, "VPC")),
            Value::List(blocks.iter().map(|b| Value::text(b.clone())).collect()),
        );
    }
    for step in &answer.steps {
        let (label, unit) = match step.what {
            ConnectStep::Peerings => ("peering connections for a full mesh", "connections"),
            ConnectStep::PeeringsPerVpc => ("peering connections each VPC has", "connections"),
            ConnectStep::Attachments => ("Transit Gateway attachments, one per VPC", "attachments"),
        };
        report.step(label, formula::text(&step.formula), step.value, unit);
    }
    connect_fields(&answer, &mut report);
    report.answer.push("peering_connections".into());
    report.answer.push("tgw_attachments".into());
    report.headline = format!(
        "{} for a full mesh of {}, or {}",
        plural(answer.peering_connections, "peering connection"),
        plural(answer.vpcs, "VPC"),
        plural(answer.tgw_attachments, "Transit Gateway attachment")
    );
    report.summary = format!("connecting {}", plural(answer.vpcs, "VPC"));
    overlap_words(request, &answer, &mut report);
    report.note(
        "peering is not transitive: with A–B and B–C peered, A still cannot reach C, so every \
         pair needs its own connection; a transit gateway routes between all its attachments",
    );
    if answer.within_default_quota {
        report.note(format!(
            "each VPC uses {} of its {} active peering connections: a full mesh fits up to {} \
             at the default quota",
            group(answer.peerings_per_vpc),
            group(answer.peering_quota),
            plural(answer.largest_mesh_default, "VPC")
        ));
    } else if answer.within_max_quota {
        report.warn(format!(
            "each VPC needs {} active peering connections, over the default quota of {}: \
             raise it (up to {}) or use a transit gateway",
            group(answer.peerings_per_vpc),
            group(answer.peering_quota),
            group(answer.peering_quota_max)
        ));
    } else {
        report.warn(format!(
            "each VPC needs {} active peering connections, over the most the quota can be \
             raised to ({}): a full mesh this large cannot be peered; use a transit gateway",
            group(answer.peerings_per_vpc),
            group(answer.peering_quota_max)
        ));
    }
    if !answer.within_tgw_quota {
        report.warn(format!(
            "{} are more than one transit gateway takes ({})",
            plural(answer.tgw_attachments, "attachment"),
            group(answer.tgw_attachment_quota)
        ));
    }
    report.note(format!(
        "each VPC attachment carries up to {} Gbps per Availability Zone",
        group(answer.attachment_gbps_per_az)
    ));
    report.alternatives.push(Alternative {
        value: answer.tgw_attachments,
        reading: "Transit Gateway attachments (one per VPC), not peering connections".into(),
        distance: 1,
    });
    report.alternatives.push(Alternative {
        value: answer.vpcs * (answer.vpcs - Decimal::ONE),
        reading: "each peering connection counted from both of its VPCs".into(),
        distance: 1,
    });
    report.attach_facts(book);
    Ok(report)
}

/// With `--cidr`: the pairs that overlap, which cannot be peered.
fn overlap_words(request: &ConnectRequest, answer: &Connect, report: &mut Report) {
    if request.cidrs.is_empty() {
        return;
    }
    report.field(
        "overlapping_pairs",
        Value::from(answer.overlapping_pairs),
        "pairs",
    );
    report.detail(
        "overlapping",
        Value::List(
            answer
                .overlapping
                .iter()
                .map(|(outer, inner)| {
                    Value::List(vec![
                        Value::text(outer.to_string()),
                        Value::text(inner.to_string()),
                    ])
                })
                .collect(),
        ),
        "",
    );
    if answer.overlapping_pairs.is_zero() {
        report.note("no two blocks overlap: every pair can be peered");
        return;
    }
    report.headline = format!(
        "{} for {}, or {}; {} cannot peer",
        plural(answer.peering_connections, "peering connection"),
        plural(answer.vpcs, "VPC"),
        plural(answer.tgw_attachments, "Transit Gateway attachment"),
        plural(answer.overlapping_pairs, "overlapping pair")
    );
    let listed: Vec<String> = answer
        .overlapping
        .iter()
        .map(|(outer, inner)| {
            if outer == inner {
                format!("{outer} twice")
            } else {
                format!("{outer} holds {inner}")
            }
        })
        .collect();
    let more = answer.overlapping_pairs - Decimal::from(listed.len());
    report.warn(format!(
        "AWS refuses a peering connection between VPCs whose CIDR blocks overlap, and a \
         transit gateway does not route between them either: {}{}",
        listed.join("; "),
        if more.is_zero() {
            String::new()
        } else {
            format!("; and {} more", plural(more, "pair"))
        }
    ));
}

fn connect_fields(answer: &Connect, report: &mut Report) {
    report.field(
        "peering_connections",
        Value::from(answer.peering_connections),
        "connections",
    );
    report.field(
        "tgw_attachments",
        Value::from(answer.tgw_attachments),
        "attachments",
    );
    report.field(
        "peerings_per_vpc",
        Value::from(answer.peerings_per_vpc),
        "connections",
    );
    report.field(
        "within_default_quota",
        Value::Bool(answer.within_default_quota),
        "",
    );
    report.field(
        "attachment_gbps_per_az",
        Value::from(answer.attachment_gbps_per_az),
        "Gbps",
    );
    report.detail("vpcs", Value::from(answer.vpcs), "VPCs");
    report.detail(
        "peering_quota",
        Value::from(answer.peering_quota),
        "connections",
    );
    report.detail(
        "peering_quota_max",
        Value::from(answer.peering_quota_max),
        "connections",
    );
    report.detail("within_max_quota", Value::Bool(answer.within_max_quota), "");
    report.detail(
        "largest_mesh_default",
        Value::from(answer.largest_mesh_default),
        "VPCs",
    );
    report.detail(
        "tgw_attachment_quota",
        Value::from(answer.tgw_attachment_quota),
        "attachments",
    );
    report.detail("within_tgw_quota", Value::Bool(answer.within_tgw_quota), "");
}

/// `awscalc nat`: [`calc::nat`], explained.
///
/// # Errors
/// As [`calc::nat`].
pub fn nat(request: &NatRequest, book: &mut FactBook) -> Result<Report, Error> {
    let answer = calc::nat(request, book)?;
    let mut report = Report::new("nat", book.as_of());
    nat_inputs(request, &answer, &mut report)?;
    for step in &answer.steps {
        let (label, unit) = match step.what {
            NatStep::Bandwidth => (
                format!(
                    "gateways for the bandwidth ({} Gbps each)",
                    group(answer.gateway_gbps.unwrap_or_default())
                ),
                "gateways",
            ),
            NatStep::Packets => (
                format!(
                    "gateways for the packets ({} per second each)",
                    group(answer.gateway_pps.unwrap_or_default())
                ),
                "gateways",
            ),
            NatStep::ConnectionsPerGateway => (
                format!(
                    "connections to one destination per gateway ({} per address)",
                    group(answer.connections_per_address)
                ),
                "connections",
            ),
            NatStep::Connections => ("gateways for the connections".to_string(), "gateways"),
            NatStep::Gateways => (
                "gateways: the largest need, one per AZ at least".to_string(),
                "gateways",
            ),
            NatStep::HourlyCost => ("by the hour: gateways × hours × price".to_string(), ""),
            NatStep::ProcessingCost => ("data processed: GB × price".to_string(), ""),
            NatStep::Cost => ("cost in all".to_string(), ""),
        };
        report.step(label, formula::text(&step.formula), step.value, unit);
    }
    report.field("gateways", Value::from(answer.gateways), "gateways");
    report.answer.push("gateways".into());
    for (name, value) in [
        ("for_bandwidth", answer.for_bandwidth),
        ("for_packets", answer.for_packets),
        ("for_connections", answer.for_connections),
        (
            "addresses_for_one_gateway",
            answer.addresses_for_one_gateway,
        ),
    ] {
        report.detail(name, value.map_or(Value::Null, Value::from), "");
    }
    report.detail(
        "gateway_gbps",
        answer.gateway_gbps.map_or(Value::Null, Value::from),
        "Gbps",
    );
    report.detail(
        "gateway_pps",
        answer.gateway_pps.map_or(Value::Null, Value::from),
        "packets/s",
    );
    report.detail(
        "addresses_max",
        answer.addresses_max.map_or(Value::Null, Value::from),
        "addresses",
    );
    report.headline = plural(answer.gateways, "NAT gateway");
    if let (Some(cost), Some(prices)) = (answer.cost, &request.prices) {
        report.field("cost", Value::from(cost), "");
        report.headline = format!(
            "{}; {} at your prices",
            report.headline,
            group(cost.normalize())
        );
        report.note(format!(
            "each gateway is billed for every hour it exists ({} hours here{}) and for each GB it \
             processes; awscalc holds no NAT prices: the cost is your prices' arithmetic",
            group(prices.hours),
            if prices.hours == Decimal::from(720) {
                ": a 30-day month unless --hours"
            } else {
                ""
            }
        ));
    }
    report.summary = "NAT gateways for the traffic, one per Availability Zone at least".into();
    nat_notes(&answer, &mut report);
    if let Some(n) = answer
        .for_bandwidth
        .filter(|_| answer.gateways > Decimal::ONE)
    {
        report.alternatives.push(Alternative {
            value: n,
            reading: "the bandwidth alone, without one gateway per AZ".into(),
            distance: 1,
        });
    }
    report.attach_facts(book);
    Ok(report)
}

/// The inputs of `nat` as understood.
fn nat_inputs(request: &NatRequest, answer: &Nat, report: &mut Report) -> Result<(), Error> {
    if let Some(throughput) = &request.throughput {
        let gbps = throughput.bits_per_second(BitUnit::Gbps)? / BitUnit::Gbps.bits_per_second();
        report.input(
            "throughput",
            throughput.text(),
            bandwidth(gbps.normalize(), throughput.unit()),
            Value::from(gbps.normalize()),
        );
    }
    if let Some(rate) = &request.rate {
        report.input(
            "rate",
            rate.text(),
            super::rate_words(rate, "packets"),
            Value::from(rate.as_per_second()),
        );
    }
    if let Some(connections) = request.connections {
        report.input(
            "connections",
            &connections.to_string(),
            format!(
                "{} to one destination (IP, port, protocol)",
                plural(connections, "connection")
            ),
            Value::from(Decimal::from(connections)),
        );
    }
    report.input(
        "addresses",
        &request
            .addresses
            .map_or_else(|| "default".to_string(), |n| n.to_string()),
        format!("{} on each gateway", plural(answer.addresses, "address")),
        Value::from(answer.addresses),
    );
    report.input(
        "azs",
        &request
            .azs
            .map_or_else(|| "default".to_string(), |n| n.to_string()),
        format!("{}, one gateway each", plural(answer.azs, "AZ")),
        Value::from(answer.azs),
    );
    Ok(())
}

/// The notes of `nat` that change the reading.
fn nat_notes(answer: &Nat, report: &mut Report) {
    report.note(
        "a NAT gateway serves one Availability Zone: one in each AZ keeps the others' traffic \
         going when an AZ fails",
    );
    if answer.gateways > answer.azs {
        report.note(
            "each subnet's route table points at one NAT gateway: spread the traffic by giving \
             subnets different gateways",
        );
    }
    if let (Some(needed), Some(max)) = (answer.addresses_for_one_gateway, answer.addresses_max) {
        if needed > answer.addresses {
            report.note(if needed <= max {
                format!(
                    "or one gateway with {} (up to {} per gateway)",
                    plural(needed, "address"),
                    group(max)
                )
            } else {
                format!(
                    "one gateway would need {}, more than the {} a gateway takes",
                    plural(needed, "address"),
                    group(max)
                )
            });
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::LargeNotYet { as_of, since } => match since {
                Some(since) => write!(
                    f,
                    "Large VPN tunnels did not exist on {as_of}: AWS offers them from {since}; \
                     drop --large for standard tunnels, or ask with a later --as-of"
                ),
                None => write!(f, "Large VPN tunnels did not exist on {as_of}"),
            },
            Problem::LargeOnVgw => f.write_str(
                "Large VPN tunnels (--large) need a transit gateway or Cloud WAN, not a \
                 virtual private gateway: use --gateway tgw, or drop --large",
            ),
            Problem::Nat(NatProblem::NothingAsked) => f.write_str(
                "give what the NAT gateways carry: --throughput, --rate (packets) or \
                 --connections (to one destination)",
            ),
            Problem::Nat(NatProblem::TooManyAddresses { given, max, as_of }) => write!(
                f,
                "`--addresses {given}` is more than a NAT gateway takes on {as_of}: at most {}",
                group(*max)
            ),
            Problem::PortNotOffered {
                given,
                offered,
                as_of,
                ..
            } => {
                let offered: Vec<String> = offered
                    .iter()
                    .map(|g| format!("{} Gbps", group(*g)))
                    .collect();
                write!(
                    f,
                    "`--port {given}` is not a dedicated Direct Connect port speed on {as_of}: \
                     use {}",
                    offered.join(", ")
                )
            }
            Problem::TooFewVpcs { vpcs } => {
                write!(
                    f,
                    "{} connects nothing: give at least 2 VPCs (--vpcs N, or a --cidr block for \
                     each)",
                    plural(*vpcs, "VPC")
                )
            }
        }
    }
}

/// `1 LAG`, `3 LAGs`.
fn lags_words(n: Decimal) -> String {
    if n == Decimal::ONE {
        "1 LAG".to_string()
    } else {
        format!("{} LAGs", group(n))
    }
}

/// `awscalc connect --direct-connect`: [`calc::direct_connect`], explained.
///
/// # Errors
/// As [`calc::direct_connect`].
#[allow(clippy::too_many_lines)] // one report, read top to bottom
pub fn direct_connect(
    request: &DirectConnectRequest,
    book: &mut FactBook,
) -> Result<Report, Error> {
    let answer = calc::direct_connect(request, book)?;
    let asked = request.throughput.unit();
    let mut report = Report::new("connect", book.as_of());
    report.input(
        "throughput",
        request.throughput.text(),
        format!(
            "{}{}",
            bandwidth(answer.demand_gbps, asked),
            if asked.is_none() {
                " (a bare number is Gbps)"
            } else {
                ""
            }
        ),
        Value::from(answer.demand_gbps),
    );
    if let Some(port) = &request.port {
        report.input(
            "port",
            port.text(),
            format!(
                "{} dedicated ports",
                bandwidth(answer.choice.port_gbps, None)
            ),
            Value::from(answer.choice.port_gbps),
        );
    }
    let mut speeds = answer.options.iter();
    for step in &answer.steps {
        let (label, unit) = match step.what {
            DirectStep::Ports => {
                let speed = speeds.next().map_or(Decimal::ZERO, |o| o.port_gbps);
                (format!("ports of {} Gbps", group(speed)), "ports")
            }
            DirectStep::Lags => (
                format!(
                    "LAGs of {} Gbps ports, at most {} each",
                    group(answer.choice.port_gbps),
                    group(answer.choice.lag_max)
                ),
                "LAGs",
            ),
        };
        report.step(label, formula::text(&step.formula), step.value, unit);
    }
    let choice = &answer.choice;
    report.field("ports", Value::from(choice.ports), "ports");
    report.answer.push("ports".into());
    report.field("port_gbps", Value::from(choice.port_gbps), "Gbps");
    report.field("lags", Value::from(choice.lags), "LAGs");
    report.field("hosted_fits", Value::Bool(answer.hosted_fits), "");
    report.detail(
        "options",
        Value::List(
            answer
                .options
                .iter()
                .map(|o| {
                    Value::Map(vec![
                        ("port_gbps".into(), Value::from(o.port_gbps)),
                        ("ports".into(), Value::from(o.ports)),
                        ("lag_max".into(), Value::from(o.lag_max)),
                        ("lags".into(), Value::from(o.lags)),
                    ])
                })
                .collect(),
        ),
        "",
    );
    let ports = format!(
        "{} × {} Gbps dedicated {}",
        group(choice.ports),
        group(choice.port_gbps),
        if choice.ports == Decimal::ONE {
            "port"
        } else {
            "ports"
        }
    );
    report.headline = if choice.ports == Decimal::ONE {
        format!("{ports} for {}", bandwidth(answer.demand_gbps, asked))
    } else if choice.one_lag {
        format!(
            "{ports} in one LAG for {}",
            bandwidth(answer.demand_gbps, asked)
        )
    } else {
        format!(
            "{ports} in {} for {}",
            lags_words(choice.lags),
            bandwidth(answer.demand_gbps, asked)
        )
    };
    report.summary = format!(
        "Direct Connect ports for {}",
        bandwidth(answer.demand_gbps, asked)
    );
    report.note(format!(
        "a LAG bundles up to {} connections below 100 Gbps, or {} of 100 Gbps and up, all of \
         the same speed on the same AWS device",
        group(answer.options.first().map_or(Decimal::ZERO, |o| o.lag_max)),
        group(answer.options.last().map_or(Decimal::ZERO, |o| o.lag_max))
    ));
    if !choice.one_lag {
        report.warn(format!(
            "{} ports are more than one LAG of {} Gbps ports holds: use {} (each its own BGP \
             session) or faster ports",
            group(choice.ports),
            group(choice.port_gbps),
            lags_words(choice.lags)
        ));
    }
    if answer.hosted_fits {
        report.note(format!(
            "a hosted connection from a Direct Connect Partner also carries it: {} Mbps to {} \
             Gbps",
            group(answer.hosted_min_mbps),
            group(answer.hosted_max_gbps)
        ));
    }
    report.aside(
        "a LAG is one device in one location: for resilience, a second LAG or connection at \
         another location",
    );
    report.alternatives.push(Alternative {
        value: choice.lags,
        reading: "LAGs, not ports".into(),
        distance: 1,
    });
    for other in answer
        .options
        .iter()
        .filter(|o| o.port_gbps != choice.port_gbps)
    {
        report.alternatives.push(Alternative {
            value: other.ports,
            reading: format!(
                "ports of {} Gbps (--port {}gbps)",
                group(other.port_gbps),
                other.port_gbps
            ),
            distance: 1,
        });
    }
    report.attach_facts(book);
    Ok(report)
}
