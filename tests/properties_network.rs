//! Property tests (`prop_*`) of the networking calculators against small integer references
//! written from the AWS rules (vpn-limits.html, VPNTunnels.html, the VPC peering quota):
//!
//! - tunnels = ⌈M ÷ T⌉ for a demand of M Mbps and tunnels of T Mbps (1,250 standard, 5,000
//!   Large), connections = ⌈tunnels ÷ 2⌉; both monotonic in the demand, and the connections
//!   carry at least the demand;
//! - a full mesh of n VPCs has n(n − 1)/2 peerings, n − 1 per VPC, n attachments; monotonic.

use awscalc::calc::network::{
    connect, direct_connect, nat, vpn, ConnectRequest, DirectConnectRequest, Gateway, NatRequest,
    VpnRequest,
};
use awscalc::calc::vpc::IpNet;
use awscalc::facts::{FactBook, Registry};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn book() -> FactBook {
    FactBook::new(Registry::builtin(), jiff::civil::date(2026, 11, 30))
}

fn tunnels_for(mbps: u64, large: bool) -> (Decimal, Decimal) {
    let request = VpnRequest {
        throughput: format!("{mbps}mbps").parse().unwrap(),
        large,
        gateway: Gateway::Transit,
    };
    let answer = vpn(&request, &mut book()).unwrap();
    (answer.tunnels, answer.connections)
}

proptest! {
    #[test]
    fn prop_tunnels_match_the_integer_reference(mbps in 1_u64..2_000_000, large: bool) {
        let per_tunnel = if large { 5_000 } else { 1_250 };
        let tunnels = mbps.div_ceil(per_tunnel);
        let connections = tunnels.div_ceil(2);
        prop_assert_eq!(tunnels_for(mbps, large), (tunnels.into(), connections.into()));
    }

    #[test]
    fn prop_tunnels_are_monotonic_in_demand(a in 1_u64..1_000_000, b in 1_u64..1_000_000) {
        let (low, high) = (a.min(b), a.max(b));
        let (lt, lc) = tunnels_for(low, false);
        let (ht, hc) = tunnels_for(high, false);
        prop_assert!(lt <= ht && lc <= hc);
    }

    #[test]
    fn prop_large_tunnels_never_need_more(mbps in 1_u64..1_000_000) {
        prop_assert!(tunnels_for(mbps, true).0 <= tunnels_for(mbps, false).0);
    }

    #[test]
    fn prop_the_connections_carry_the_demand(mbps in 1_u64..1_000_000) {
        let request = VpnRequest {
            throughput: format!("{mbps}mbps").parse().unwrap(),
            large: false,
            gateway: Gateway::Transit,
        };
        let answer = vpn(&request, &mut book()).unwrap();
        prop_assert!(answer.aggregate_gbps * Decimal::from(1000) >= Decimal::from(mbps));
    }

    #[test]
    fn prop_a_mesh_matches_the_integer_reference(n in 2_u32..1_000_000) {
        let answer = connect(&ConnectRequest { vpcs: n, cidrs: vec![] }, &mut book()).unwrap();
        let n64 = u64::from(n);
        prop_assert_eq!(answer.peering_connections, Decimal::from(n64 * (n64 - 1) / 2));
        prop_assert_eq!(answer.peerings_per_vpc, Decimal::from(n64 - 1));
        prop_assert_eq!(answer.tgw_attachments, Decimal::from(n64));
        prop_assert_eq!(answer.within_default_quota, n64 - 1 <= 50);
    }

    /// With `--cidr`, the overlapping pairs are those where one block holds the other,
    /// counted pair by pair here.
    #[test]
    fn prop_overlapping_pairs_match_a_pairwise_count(
        blocks in proptest::collection::vec((0_u8..4, 0_u8..4, 8_u8..=18), 2..12)
    ) {
        let cidrs: Vec<IpNet> = blocks
            .iter()
            .map(|(a, b, p)| format!("10.{a}.{}.0/{p}", b * 64).parse::<IpNet>().unwrap().trunc())
            .collect();
        let mut pairs = 0_u64;
        for i in 0..cidrs.len() {
            for j in i + 1..cidrs.len() {
                if cidrs[i].contains(&cidrs[j]) || cidrs[j].contains(&cidrs[i]) {
                    pairs += 1;
                }
            }
        }
        let request = ConnectRequest { vpcs: 0, cidrs };
        let answer = connect(&request, &mut book()).unwrap();
        prop_assert_eq!(answer.overlapping_pairs, Decimal::from(pairs));
    }

    /// NAT gateways = max(⌈Gbps ÷ 100⌉, ⌈pps ÷ 10,000,000⌉, ⌈connections ÷ (55,000 ×
    /// addresses)⌉, AZs), and never fewer for more demand.
    #[test]
    fn prop_nat_gateways_match_the_integer_reference(
        gbps in 1_u64..10_000,
        pps in 1_u64..1_000_000_000,
        connections in 1_u64..10_000_000,
        addresses in 1_u32..=8,
        azs in 1_u32..6,
    ) {
        let request = NatRequest {
            throughput: Some(format!("{gbps}gbps").parse().unwrap()),
            rate: Some(format!("{pps}/s").parse().unwrap()),
            connections: Some(connections),
            addresses: Some(addresses),
            azs: Some(azs),
            prices: None,
        };
        let want = gbps
            .div_ceil(100)
            .max(pps.div_ceil(10_000_000))
            .max(connections.div_ceil(55_000 * u64::from(addresses)))
            .max(u64::from(azs));
        let answer = nat(&request, &mut book()).unwrap();
        prop_assert_eq!(answer.gateways, Decimal::from(want));
        let more = NatRequest {
            throughput: Some(format!("{}gbps", gbps + 1).parse().unwrap()),
            ..request
        };
        prop_assert!(nat(&more, &mut book()).unwrap().gateways >= answer.gateways);
    }

    #[test]
    fn prop_bit_rates_never_panic(text in "\\PC{0,24}") {
        let _ = text.parse::<awscalc::units::BitRate>();
    }
}

fn dx_ports(gbps: u64, port: u64) -> (Decimal, Decimal) {
    let request = DirectConnectRequest {
        throughput: format!("{gbps}gbps").parse().unwrap(),
        port: Some(format!("{port}gbps").parse().unwrap()),
    };
    let answer = direct_connect(&request, &mut book()).unwrap();
    (answer.choice.ports, answer.choice.lags)
}

proptest! {
    /// Direct Connect (dedicated_connection.html, lags.html): ports = ⌈G ÷ P⌉ for a port of P
    /// Gbps; a LAG holds 4 ports below 100 Gbps, 2 at 100 and 400; LAGs = ⌈ports ÷ that⌉.
    #[test]
    fn prop_dx_ports_match_the_integer_reference(gbps in 1_u64..5_000, at in 0_usize..4) {
        let port = [1_u64, 10, 100, 400][at];
        let per_lag = if port < 100 { 4 } else { 2 };
        let ports = gbps.div_ceil(port);
        prop_assert_eq!(dx_ports(gbps, port), (ports.into(), ports.div_ceil(per_lag).into()));
    }

    /// More bandwidth never needs fewer ports, and the ports carry the demand.
    #[test]
    fn prop_dx_ports_are_monotonic_and_carry_the_demand(a in 1_u64..5_000, b in 1_u64..5_000) {
        let (low, high) = (a.min(b), a.max(b));
        let ask = |g: u64| {
            let request = DirectConnectRequest { throughput: format!("{g}gbps").parse().unwrap(), port: None };
            direct_connect(&request, &mut book()).unwrap()
        };
        let (small, large) = (ask(low), ask(high));
        for (s, l) in small.options.iter().zip(&large.options) {
            prop_assert!(s.ports <= l.ports);
        }
        prop_assert!(large.choice.ports * large.choice.port_gbps >= Decimal::from(high));
    }
}

proptest! {
    /// NAT cost is the user's prices' arithmetic: gateways × hours × hourly price + GB ×
    /// price per GB, so it is linear in each price and never changes the gateway count.
    #[test]
    fn prop_nat_cost_is_linear_in_the_prices(gbps in 1u64..1_000, azs in 1u32..6, hours in 1u64..10_000, cents in 0u64..1_000, gb in 0u64..1_000_000) {
        use awscalc::calc::network::{nat, NatPrices, NatRequest};
        use rust_decimal::Decimal;
        let mut book = awscalc::facts::FactBook::new(awscalc::facts::Registry::builtin(), jiff::civil::date(2026, 12, 1));
        let price = Decimal::new(i64::try_from(cents).unwrap(), 2);
        let ask = |p: Decimal| NatRequest {
            throughput: Some(format!("{gbps}gbps").parse().unwrap()),
            azs: Some(azs),
            prices: Some(NatPrices { per_hour: p, hours: hours.into(), per_gb: Some((p, gb.into())) }),
            ..NatRequest::default()
        };
        let one = nat(&ask(price), &mut book).unwrap();
        let two = nat(&ask(price * Decimal::TWO), &mut book).unwrap();
        prop_assert_eq!(one.gateways, two.gateways);
        prop_assert_eq!(one.cost.unwrap() * Decimal::TWO, two.cost.unwrap());
        prop_assert_eq!(one.cost.unwrap(), one.gateways * Decimal::from(hours) * price + Decimal::from(gb) * price);
    }
}
