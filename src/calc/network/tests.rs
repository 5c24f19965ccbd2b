//! Worked examples, each derived by hand from the AWS rule it cites.

use jiff::civil::date;
use rust_decimal::Decimal;

use super::*;
use crate::facts::{FactBook, Registry};

fn book(y: i16, m: i8, d: i8) -> FactBook {
    FactBook::new(Registry::builtin(), date(y, m, d))
}

fn request(throughput: &str, large: bool, gateway: Gateway) -> VpnRequest {
    VpnRequest {
        throughput: throughput.parse().unwrap(),
        large,
        gateway,
    }
}

fn dec(text: &str) -> Decimal {
    text.parse().unwrap()
}

/// Study notes A16 (003:367-368): tunnels = ceil(5 / 1.25) = 4, and two tunnels per
/// connection (VPNTunnels.html) make ceil(4 / 2) = 2 connections, carrying 2 × 2 × 1.25 = 5.
#[test]
fn five_gbps_takes_four_standard_tunnels_in_two_connections() {
    let answer = vpn(
        &request("5gbps", false, Gateway::Transit),
        &mut book(2026, 11, 30),
    )
    .unwrap();
    assert_eq!(answer.tunnels, dec("4"));
    assert_eq!(answer.connections, dec("2"));
    assert_eq!(answer.aggregate_gbps, dec("5"));
    assert!(answer.ecmp_needed);
    assert_eq!(answer.other_size_tunnels, Some(dec("1")));
}

/// 1.25 Gbps exactly is one tunnel; a bit more is two (ceil(1.26 / 1.25) = 2).
#[test]
fn one_tunnel_is_full_at_exactly_1_25_gbps() {
    let mut b = book(2026, 11, 30);
    let one = vpn(&request("1250mbps", false, Gateway::Transit), &mut b).unwrap();
    assert_eq!((one.tunnels, one.connections), (dec("1"), dec("1")));
    assert!(!one.ecmp_needed);
    let two = vpn(&request("1.26gbps", false, Gateway::Transit), &mut b).unwrap();
    assert_eq!((two.tunnels, two.connections), (dec("2"), dec("1")));
}

/// Large tunnels, 5 Gbps each since 2025-11-12: 12 Gbps takes ceil(12 / 5) = 3 tunnels in
/// ceil(3 / 2) = 2 connections; standard ones would need ceil(12 / 1.25) = 10.
#[test]
fn large_tunnels_hold_5_gbps_from_november_2025() {
    let answer = vpn(
        &request("12", true, Gateway::Transit),
        &mut book(2025, 11, 12),
    )
    .unwrap();
    assert_eq!(answer.tunnel, Tunnel::Large);
    assert_eq!((answer.tunnels, answer.connections), (dec("3"), dec("2")));
    assert_eq!(answer.other_size_tunnels, Some(dec("10")));
    let before = vpn(
        &request("12", true, Gateway::Transit),
        &mut book(2025, 11, 11),
    );
    assert!(matches!(
        before,
        Err(Error::Network(Problem::LargeNotYet { since: Some(_), .. }))
    ));
}

/// A virtual private gateway has no ECMP: 5 Gbps is out of reach of its one tunnel of
/// 1.25 Gbps; 1 Gbps fits. Large tunnels are refused there.
#[test]
fn a_virtual_private_gateway_carries_one_tunnel() {
    let mut b = book(2026, 11, 30);
    let far = vpn(&request("5gbps", false, Gateway::VirtualPrivate), &mut b).unwrap();
    assert_eq!(far.cap_gbps, Some(dec("1.25")));
    assert!(!far.reachable);
    assert_eq!(far.connection_quota, dec("10"));
    let near = vpn(&request("1gbps", false, Gateway::VirtualPrivate), &mut b).unwrap();
    assert!(near.reachable);
    assert!(matches!(
        vpn(&request("1gbps", true, Gateway::VirtualPrivate), &mut b),
        Err(Error::Network(Problem::LargeOnVgw))
    ));
}

/// Study notes V19/V22, network-resilience.md §3: 5 VPCs need 5 × 4 / 2 = 10 peering
/// connections (4 per VPC) or 5 attachments; 10 VPCs need 45.
#[test]
fn a_mesh_of_five_vpcs_is_ten_peerings_or_five_attachments() {
    let mut b = book(2026, 11, 30);
    let five = connect(
        &ConnectRequest {
            vpcs: 5,
            cidrs: vec![],
        },
        &mut b,
    )
    .unwrap();
    assert_eq!(five.peering_connections, dec("10"));
    assert_eq!(five.peerings_per_vpc, dec("4"));
    assert_eq!(five.tgw_attachments, dec("5"));
    assert!(five.within_default_quota);
    let ten = connect(
        &ConnectRequest {
            vpcs: 10,
            cidrs: vec![],
        },
        &mut b,
    )
    .unwrap();
    assert_eq!(ten.peering_connections, dec("45"));
}

/// The default quota is 50 active peerings per VPC: a mesh of 51 VPCs fits (50 each), 52
/// does not; raised to 125, 126 fits and 127 does not.
#[test]
fn the_peering_quota_bounds_the_mesh() {
    let mut b = book(2026, 11, 30);
    let mesh = |n, b: &mut FactBook| {
        connect(
            &ConnectRequest {
                vpcs: n,
                cidrs: vec![],
            },
            b,
        )
        .unwrap()
    };
    assert!(mesh(51, &mut b).within_default_quota);
    assert!(!mesh(52, &mut b).within_default_quota);
    assert!(mesh(126, &mut b).within_max_quota);
    assert!(!mesh(127, &mut b).within_max_quota);
    assert_eq!(mesh(5, &mut b).largest_mesh_default, dec("51"));
}

/// The Transit Gateway VPC attachment: 50 Gbps in the 2023 guide, 100 Gbps per AZ now.
#[test]
fn attachment_bandwidth_follows_its_history() {
    let old = connect(
        &ConnectRequest {
            vpcs: 5,
            cidrs: vec![],
        },
        &mut book(2024, 1, 1),
    )
    .unwrap();
    assert_eq!(old.attachment_gbps_per_az, dec("50"));
    let now = connect(
        &ConnectRequest {
            vpcs: 5,
            cidrs: vec![],
        },
        &mut book(2026, 11, 30),
    )
    .unwrap();
    assert_eq!(now.attachment_gbps_per_az, dec("100"));
}

#[test]
fn one_vpc_is_refused() {
    assert!(matches!(
        connect(
            &ConnectRequest {
                vpcs: 1,
                cidrs: vec![]
            },
            &mut book(2026, 11, 30)
        ),
        Err(Error::Network(Problem::TooFewVpcs { vpcs: 1 }))
    ));
}

/// 10.0.0.0/16 holds 10.0.128.0/17, and 10.1.0.0/16 is apart from both: 3 VPCs, 3 × 2 / 2 = 3
/// peerings, of which 1 pair overlaps (AWS refuses peering overlapping CIDR blocks).
#[test]
fn overlapping_blocks_are_the_pairs_that_cannot_peer() {
    let cidrs: Vec<crate::calc::vpc::IpNet> = ["10.0.0.0/16", "10.1.0.0/16", "10.0.128.0/17"]
        .iter()
        .map(|b| b.parse().unwrap())
        .collect();
    let answer = connect(
        &ConnectRequest {
            vpcs: 3,
            cidrs: cidrs.clone(),
        },
        &mut book(2026, 11, 30),
    )
    .unwrap();
    assert_eq!(answer.vpcs, dec("3"));
    assert_eq!(answer.peering_connections, dec("3"));
    assert_eq!(answer.overlapping_pairs, dec("1"));
    assert_eq!(answer.overlapping, vec![(cidrs[0], cidrs[2])]);
    // The blocks decide the number of VPCs: one block is no mesh.
    assert!(connect(
        &ConnectRequest {
            vpcs: 1,
            cidrs: cidrs[..1].to_vec(),
        },
        &mut book(2026, 11, 30),
    )
    .is_err());
}

fn nat_request(
    throughput: Option<&str>,
    rate: Option<&str>,
    connections: Option<u64>,
) -> NatRequest {
    NatRequest {
        throughput: throughput.map(|t| t.parse().unwrap()),
        rate: rate.map(|r| r.parse().unwrap()),
        connections,
        addresses: None,
        azs: None,
        prices: None,
    }
}

/// nat-gateway-basics.html: 100 Gbps and 10 million packets per second per gateway since
/// 2022-06-15 (45 Gbps and 4 million before): 150 Gbps → ceil(150 / 100) = 2 gateways, and
/// ceil(150 / 45) = 4 before the change; 25 M pps → ceil(25 / 10) = 3.
#[test]
fn nat_gateways_for_bandwidth_and_packets_follow_the_2022_raise() {
    let now = nat(
        &nat_request(Some("150gbps"), None, None),
        &mut book(2026, 11, 30),
    )
    .unwrap();
    assert_eq!(now.gateways, dec("2"));
    let before = nat(
        &nat_request(Some("150gbps"), None, None),
        &mut book(2022, 6, 14),
    )
    .unwrap();
    assert_eq!(before.gateways, dec("4"));
    let packets = nat(
        &nat_request(None, Some("25000000/s"), None),
        &mut book(2026, 11, 30),
    )
    .unwrap();
    assert_eq!(packets.gateways, dec("3"));
    // The largest need decides: 150 Gbps (2) with 25 M pps (3) is 3.
    let both = nat(
        &nat_request(Some("150gbps"), Some("25000000/s"), None),
        &mut book(2026, 11, 30),
    )
    .unwrap();
    assert_eq!(both.gateways, dec("3"));
}

/// 55,000 connections per address to one destination: 200,000 → ceil(200,000 / 55,000) = 4
/// gateways of one address, or one gateway of ceil(200,000 / 55,000) = 4 addresses
/// (220,000); 9 addresses is over the 8 a gateway takes, and before 2023-01-31 so is 2.
#[test]
fn nat_connections_to_one_destination_take_addresses() {
    let mut b = book(2026, 11, 30);
    let one = nat(&nat_request(None, None, Some(200_000)), &mut b).unwrap();
    assert_eq!(one.gateways, dec("4"));
    assert_eq!(one.addresses_for_one_gateway, Some(dec("4")));
    let four = NatRequest {
        addresses: Some(4),
        ..nat_request(None, None, Some(200_000))
    };
    assert_eq!(nat(&four, &mut b).unwrap().gateways, dec("1"));
    let nine = NatRequest {
        addresses: Some(9),
        ..nat_request(None, None, Some(200_000))
    };
    assert!(nat(&nine, &mut b).is_err());
    let two = NatRequest {
        addresses: Some(2),
        ..nat_request(None, None, Some(200_000))
    };
    assert!(nat(&two, &mut book(2023, 1, 30)).is_err());
}

/// One gateway per Availability Zone for resilience: 20 Gbps needs 1, but 3 AZs need 3.
#[test]
fn nat_one_gateway_per_az() {
    let request = NatRequest {
        azs: Some(3),
        ..nat_request(Some("20gbps"), None, None)
    };
    assert_eq!(
        nat(&request, &mut book(2026, 11, 30)).unwrap().gateways,
        dec("3")
    );
    assert!(nat(&NatRequest::default(), &mut book(2026, 11, 30)).is_err());
}

fn dx(throughput: &str, port: Option<&str>, on: (i16, i8, i8)) -> DirectConnect {
    let request = DirectConnectRequest {
        throughput: throughput.parse().unwrap(),
        port: port.map(|p| p.parse().unwrap()),
    };
    direct_connect(&request, &mut book(on.0, on.1, on.2)).unwrap()
}

/// lags.html: "a maximum of two 100 Gbps or 400 Gbps connections, or four connections with
/// a port speed less than 100 Gbps in a LAG"; the study notes' "40 Gbps via DX → LAG of
/// 4 × 10 Gbps" (network-resilience.md §5): ceil(40 / 10) = 4 ≤ 4, one LAG.
#[test]
fn forty_gbps_is_a_lag_of_four_ten_gbps_ports() {
    let answer = dx("40gbps", None, (2026, 12, 1));
    assert_eq!(answer.choice.port_gbps, dec("10"));
    assert_eq!(answer.choice.ports, dec("4"));
    assert_eq!(answer.choice.lags, dec("1"));
    assert!(answer.choice.one_lag);
    // 1 Gbps ports: 40 of them, ceil(40 / 4) = 10 LAGs.
    assert_eq!(answer.options[0].ports, dec("40"));
    assert_eq!(answer.options[0].lags, dec("10"));
    assert!(!answer.hosted_fits);
}

/// 500 Gbps: 100 Gbps ports need ceil(500 / 100) = 5 > 2 per LAG, so 400 Gbps ports:
/// ceil(500 / 400) = 2 in one LAG. Before 400 Gbps ports (What's New, July 2024) the fastest
/// is 100 Gbps: 5 ports in ceil(5 / 2) = 3 LAGs.
#[test]
fn five_hundred_gbps_takes_400_gbps_ports_since_july_2024() {
    let now = dx("500gbps", None, (2026, 12, 1));
    assert_eq!(
        (now.choice.port_gbps, now.choice.ports),
        (dec("400"), dec("2"))
    );
    assert_eq!(now.choice.lags, dec("1"));
    let before = dx("500gbps", None, (2024, 6, 30));
    assert_eq!(before.options.len(), 3);
    assert_eq!(
        (before.choice.port_gbps, before.choice.ports),
        (dec("100"), dec("5"))
    );
    assert_eq!(before.choice.lags, dec("3"));
    assert!(!before.choice.one_lag);
}

/// hosted_connection.html: hosted connections from 50 Mbps to 25 Gbps; 800 Mbps fits one,
/// and on dedicated ports it is one 1 Gbps port.
#[test]
fn eight_hundred_mbps_is_one_1_gbps_port_or_a_hosted_connection() {
    let answer = dx("800mbps", None, (2026, 12, 1));
    assert_eq!(
        (answer.choice.port_gbps, answer.choice.ports),
        (dec("1"), dec("1"))
    );
    assert!(answer.hosted_fits);
}

/// A port speed AWS does not sell is refused; 400 Gbps before July 2024 too.
#[test]
fn a_port_speed_not_offered_is_refused() {
    let ask = |port: &str, on: (i16, i8, i8)| {
        direct_connect(
            &DirectConnectRequest {
                throughput: "25gbps".parse().unwrap(),
                port: Some(port.parse().unwrap()),
            },
            &mut book(on.0, on.1, on.2),
        )
    };
    assert!(ask("40gbps", (2026, 12, 1)).is_err());
    assert!(ask("400gbps", (2024, 1, 1)).is_err());
    assert_eq!(
        ask("100gbps", (2026, 12, 1)).unwrap().choice.ports,
        dec("1")
    );
}

/// NAT gateway cost from the user's prices only: 20 Gbps in 3 AZs needs max(ceil(20 / 100),
/// 3) = 3 gateways; 3 × 720 h × 0.045 = 97.2 by the hour, 1,000 GB × 0.045 = 45 processed:
/// 142.2. Without prices there is no cost.
#[test]
fn nat_cost_is_the_users_prices_arithmetic() {
    use crate::calc::network::{nat, NatPrices, NatRequest};
    let mut book = crate::facts::FactBook::new(
        crate::facts::Registry::builtin(),
        jiff::civil::date(2026, 12, 1),
    );
    let mut request = NatRequest {
        throughput: Some("20gbps".parse().unwrap()),
        azs: Some(3),
        prices: Some(NatPrices {
            per_hour: "0.045".parse().unwrap(),
            hours: 720.into(),
            per_gb: Some(("0.045".parse().unwrap(), 1000.into())),
        }),
        ..NatRequest::default()
    };
    let answer = nat(&request, &mut book).unwrap();
    assert_eq!(answer.gateways, 3.into());
    assert_eq!(answer.cost, Some("142.2".parse().unwrap()));
    // By the hour alone, 10 hours: 3 × 10 × 0.045 = 1.35.
    request.prices = Some(NatPrices {
        per_hour: "0.045".parse().unwrap(),
        hours: 10.into(),
        per_gb: None,
    });
    assert_eq!(
        nat(&request, &mut book).unwrap().cost,
        Some("1.35".parse().unwrap())
    );
    request.prices = None;
    assert_eq!(nat(&request, &mut book).unwrap().cost, None);
}
