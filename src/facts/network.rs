//! Networking facts: Site-to-Site VPN tunnels, Transit Gateway and VPC peering. Researched
//! values: `shared/facts/network-resilience.md` §1-§3, checked again with the search tool on
//! 2026-11-30 as each `confirmed` note says.
//!
//! Units: bandwidth in Gbps, 10^9 bits per second, as AWS writes it.

use jiff::civil::date;

use super::{entry, scaled, whole, Fact, FactId};

// Typed handles: calculators name a fact by one of these, so a typo does not compile.
/// `network.vpn_tunnel_standard_gbps`: bandwidth of one standard Site-to-Site VPN tunnel.
pub const VPN_TUNNEL_STANDARD_GBPS: FactId = FactId::new("network.vpn_tunnel_standard_gbps");
/// `network.vpn_tunnel_large_gbps`: bandwidth of one Large Site-to-Site VPN tunnel.
pub const VPN_TUNNEL_LARGE_GBPS: FactId = FactId::new("network.vpn_tunnel_large_gbps");
/// `network.vpn_tunnels_per_connection`: tunnels in one Site-to-Site VPN connection.
pub const VPN_TUNNELS_PER_CONNECTION: FactId = FactId::new("network.vpn_tunnels_per_connection");
/// `network.vpn_connections_per_vgw`: Site-to-Site VPN connections per virtual private gateway.
pub const VPN_CONNECTIONS_PER_VGW: FactId = FactId::new("network.vpn_connections_per_vgw");
/// `network.tgw_attachments_per_gateway`: attachments per transit gateway.
pub const TGW_ATTACHMENTS_PER_GATEWAY: FactId = FactId::new("network.tgw_attachments_per_gateway");
/// `network.tgw_vpc_attachment_gbps_per_az`: bandwidth of one VPC attachment per Availability Zone.
pub const TGW_VPC_ATTACHMENT_GBPS_PER_AZ: FactId =
    FactId::new("network.tgw_vpc_attachment_gbps_per_az");
/// `network.peering_active_per_vpc`: active VPC peering connections per VPC (default quota).
pub const PEERING_ACTIVE_PER_VPC: FactId = FactId::new("network.peering_active_per_vpc");
/// `network.peering_active_per_vpc_max`: the most that quota can be raised to.
pub const PEERING_ACTIVE_PER_VPC_MAX: FactId = FactId::new("network.peering_active_per_vpc_max");

const VPN_QUOTAS: &str = "https://docs.aws.amazon.com/vpn/latest/s2svpn/vpn-limits.html";
const VPN_TUNNELS: &str = "https://docs.aws.amazon.com/vpn/latest/s2svpn/VPNTunnels.html";
const LARGE_TUNNELS: &str =
    "https://aws.amazon.com/about-aws/whats-new/2025/11/aws-site-to-site-vpn-5-gbps-bandwidth-tunnels/";
const TGW_QUOTAS: &str = "https://docs.aws.amazon.com/vpc/latest/tgw/transit-gateway-quotas.html";
const VPC_QUOTAS: &str = "https://docs.aws.amazon.com/general/latest/gr/vpc-service.html";

/// Large tunnels (5 Gbps): AWS What's New, "AWS Site-to-Site VPN announces 5 Gbps bandwidth
/// tunnels", 2025-11-12.
const LARGE_TUNNELS_SINCE: jiff::civil::Date = date(2025, 11, 12);

/// 100 Gbps per VPC attachment per Availability Zone: the latest day the change can have
/// happened, the day the current quota page was read (the archived guide of 2023-06-15
/// still gave 50 Gbps; the day between was not found).
const TGW_100_GBPS_BY: jiff::civil::Date = date(2026, 11, 30);

pub(super) static FACTS: &[Fact] = &[
    Fact {
        id: VPN_TUNNEL_STANDARD_GBPS.as_str(),
        name: "bandwidth of one standard Site-to-Site VPN tunnel",
        unit: "Gbps",
        source: VPN_QUOTAS,
        confirmed: "read in the current AWS pages: \"Maximum bandwidth per VPN tunnel: 1.25 Gbps. This quota cannot be increased\" (vpn-limits) and \"Standard bandwidth: Up to 1.25 Gbps per tunnel (default)\" (VPNTunnels); the Transit Gateway quota page and the VPC connectivity whitepaper say the same (search, 2026-11-30)",
        history: &[entry(None, scaled(125, 2))],
    },
    Fact {
        id: VPN_TUNNEL_LARGE_GBPS.as_str(),
        name: "bandwidth of one Large Site-to-Site VPN tunnel (Transit Gateway or Cloud WAN only)",
        unit: "Gbps",
        source: VPN_TUNNELS,
        confirmed: "read in the current AWS page: \"Large Bandwidth Tunnel (LBT): Up to 5 Gbps per tunnel… available only for VPN connections attached to Transit Gateway or Cloud WAN\", not on a virtual private gateway; the date is AWS's What's New post of November 2025 (a third-party summary found with the search tool also dates the option to November 2025; the study notes' X17 says September 2025, which no AWS source gives)",
        history: &[
            entry(None, None),
            entry(Some(LARGE_TUNNELS_SINCE), whole(5)).sourced(LARGE_TUNNELS),
        ],
    },
    Fact {
        id: VPN_TUNNELS_PER_CONNECTION.as_str(),
        name: "tunnels in one Site-to-Site VPN connection",
        unit: "tunnels",
        source: VPN_TUNNELS,
        confirmed: "read in the current AWS page: \"Each Site-to-Site VPN connection has two tunnels, with each tunnel using a unique public IP address\" (search, 2026-11-30)",
        history: &[entry(None, whole(2))],
    },
    Fact {
        id: VPN_CONNECTIONS_PER_VGW.as_str(),
        name: "Site-to-Site VPN connections per virtual private gateway (default quota, adjustable)",
        unit: "connections",
        source: VPN_QUOTAS,
        confirmed: "read in the current AWS page and in the archived guide of 2023 (network-resilience.md §1): 10, adjustable",
        history: &[entry(None, whole(10))],
    },
    Fact {
        id: TGW_ATTACHMENTS_PER_GATEWAY.as_str(),
        name: "attachments per transit gateway",
        unit: "attachments",
        source: TGW_QUOTAS,
        confirmed: "read in the current AWS page (search, 2026-11-30): \"Attachments per transit gateway 5,000\"; the research notes say a newer copy marks it adjustable, the copies found mark it not adjustable",
        history: &[entry(None, whole(5000))],
    },
    Fact {
        id: TGW_VPC_ATTACHMENT_GBPS_PER_AZ.as_str(),
        name: "bandwidth of one Transit Gateway VPC attachment per Availability Zone",
        unit: "Gbps",
        source: TGW_QUOTAS,
        confirmed: "100 Gbps read in the current AWS page (\"Bandwidth per VPC attachment per Availability Zone: Up to 100 Gbps each direction\", network-resilience.md §2) and in an AWS re:Post answer citing it (search, 2026-11-30); before, the archived guide (2023-06-15) gave \"Maximum bandwidth (burst) per VPC … connection: 50 Gbps\", the value exam material and a 2024 blog still teach. The day of the change was not found: awscalc keeps 50 Gbps until the day the current page was read, a bound: the change came on or before it",
        history: &[
            entry(None, whole(50)),
            entry(Some(TGW_100_GBPS_BY), whole(100)).on_or_before(),
        ],
    },
    Fact {
        id: PEERING_ACTIVE_PER_VPC.as_str(),
        name: "active VPC peering connections per VPC (default quota)",
        unit: "peering connections",
        source: VPC_QUOTAS,
        confirmed: "read in the current AWS general reference (search, 2026-11-30): \"Active VPC peering connections per VPC: 50, adjustable\"; the research notes had it only from the 2023 archive",
        history: &[entry(None, whole(50))],
    },
    Fact {
        id: PEERING_ACTIVE_PER_VPC_MAX.as_str(),
        name: "most active VPC peering connections per VPC, with the quota raised",
        unit: "peering connections",
        source: VPC_QUOTAS,
        confirmed: "read in the current AWS general reference (search, 2026-11-30): \"This quota can be increased up to a maximum of 125\"; the AWS multi-VPC whitepaper also says 125",
        history: &[entry(None, whole(125))],
    },
];

/// `network.nat_gbps_max`: bandwidth one NAT gateway scales to.
pub const NAT_GBPS_MAX: FactId = FactId::new("network.nat_gbps_max");
/// `network.nat_pps_max`: packets per second one NAT gateway scales to.
pub const NAT_PPS_MAX: FactId = FactId::new("network.nat_pps_max");
/// `network.nat_connections_per_address`: simultaneous connections per NAT gateway address to one destination.
pub const NAT_CONNECTIONS_PER_ADDRESS: FactId = FactId::new("network.nat_connections_per_address");
/// `network.nat_addresses_max`: IPv4 addresses one NAT gateway can have.
pub const NAT_ADDRESSES_MAX: FactId = FactId::new("network.nat_addresses_max");

const NAT_BASICS: &str = "https://docs.aws.amazon.com/vpc/latest/userguide/nat-gateway-basics.html";
const VPC_HISTORY: &str = "https://docs.aws.amazon.com/vpc/latest/userguide/WhatsNew.html";

/// NAT gateways scale to 100 Gbps and 10 million packets per second: the VPC user guide's
/// document history, June 15, 2022.
const NAT_RAISED_SINCE: jiff::civil::Date = date(2022, 6, 15);

/// Secondary IPv4 addresses on NAT gateways: the VPC document history, January 31, 2023.
const NAT_SECONDARY_SINCE: jiff::civil::Date = date(2023, 1, 31);

pub(super) static NAT_FACTS: &[Fact] = &[
    Fact {
        id: NAT_GBPS_MAX.as_str(),
        name: "bandwidth one NAT gateway scales to",
        unit: "Gbps",
        source: NAT_BASICS,
        confirmed: "read in the current AWS page (network-resilience.md §4): \"supports 5 Gbps of bandwidth and automatically scales up to 100 Gbps\"; 45 Gbps before the VPC document history entry of June 15, 2022 (archived guide); the 10 Gbps of the 2015 launch is from memory and left out",
        history: &[
            entry(None, whole(45)),
            entry(Some(NAT_RAISED_SINCE), whole(100)).sourced(VPC_HISTORY),
        ],
    },
    Fact {
        id: NAT_PPS_MAX.as_str(),
        name: "packets per second one NAT gateway scales to",
        unit: "packets/s",
        source: NAT_BASICS,
        confirmed: "read in the current AWS page (network-resilience.md §4): \"one million packets per second and automatically scales up to ten million\"; 4 million before June 15, 2022 (VPC document history, archived guide)",
        history: &[
            entry(None, whole(4_000_000)),
            entry(Some(NAT_RAISED_SINCE), whole(10_000_000)).sourced(VPC_HISTORY),
        ],
    },
    Fact {
        id: NAT_CONNECTIONS_PER_ADDRESS.as_str(),
        name: "simultaneous connections per NAT gateway IPv4 address to one destination",
        unit: "connections",
        source: NAT_BASICS,
        confirmed: "read in the current AWS page (network-resilience.md §4): \"Each IPv4 address can support up to 55,000 simultaneous connections to each unique destination\" (IP address, port and protocol)",
        history: &[entry(None, whole(55_000))],
    },
    Fact {
        id: NAT_ADDRESSES_MAX.as_str(),
        name: "IPv4 addresses one NAT gateway can have (1 primary and up to 7 secondary)",
        unit: "addresses",
        source: NAT_BASICS,
        confirmed: "read in the current AWS page (network-resilience.md §4); exactly one Elastic IP address before secondary addresses came, January 31, 2023 (VPC document history, archived guide); the default Elastic IP quota per NAT gateway is 2, adjustable (AWS general reference, search 2026-11-30)",
        history: &[
            entry(None, whole(1)),
            entry(Some(NAT_SECONDARY_SINCE), whole(8)).sourced(VPC_HISTORY),
        ],
    },
];

/// `network.dx_dedicated_1_gbps`: a 1 Gbps dedicated Direct Connect port.
pub const DX_DEDICATED_1_GBPS: FactId = FactId::new("network.dx_dedicated_1_gbps");
/// `network.dx_dedicated_10_gbps`: a 10 Gbps dedicated Direct Connect port.
pub const DX_DEDICATED_10_GBPS: FactId = FactId::new("network.dx_dedicated_10_gbps");
/// `network.dx_dedicated_100_gbps`: a 100 Gbps dedicated Direct Connect port.
pub const DX_DEDICATED_100_GBPS: FactId = FactId::new("network.dx_dedicated_100_gbps");
/// `network.dx_dedicated_400_gbps`: a 400 Gbps dedicated Direct Connect port.
pub const DX_DEDICATED_400_GBPS: FactId = FactId::new("network.dx_dedicated_400_gbps");
/// `network.dx_lag_max_below_100_gbps`: connections in one LAG of ports below 100 Gbps.
pub const DX_LAG_MAX_BELOW_100: FactId = FactId::new("network.dx_lag_max_below_100_gbps");
/// `network.dx_lag_max_100_gbps_up`: connections in one LAG of 100 or 400 Gbps ports.
pub const DX_LAG_MAX_100_UP: FactId = FactId::new("network.dx_lag_max_100_gbps_up");
/// `network.dx_hosted_max_gbps`: the fastest hosted Direct Connect connection.
pub const DX_HOSTED_MAX_GBPS: FactId = FactId::new("network.dx_hosted_max_gbps");
/// `network.dx_hosted_min_mbps`: the slowest hosted Direct Connect connection.
pub const DX_HOSTED_MIN_MBPS: FactId = FactId::new("network.dx_hosted_min_mbps");

/// The dedicated port speeds, slowest first: every one a fact.
pub const DX_DEDICATED_SPEEDS: [FactId; 4] = [
    DX_DEDICATED_1_GBPS,
    DX_DEDICATED_10_GBPS,
    DX_DEDICATED_100_GBPS,
    DX_DEDICATED_400_GBPS,
];

const DX_DEDICATED: &str =
    "https://docs.aws.amazon.com/directconnect/latest/UserGuide/dedicated_connection.html";
const DX_HOSTED: &str =
    "https://docs.aws.amazon.com/directconnect/latest/UserGuide/hosted_connection.html";
const DX_LAGS: &str = "https://docs.aws.amazon.com/directconnect/latest/UserGuide/lags.html";
const DX_400_ANNOUNCED: &str = "https://aws.amazon.com/about-aws/whats-new/2024/07/aws-direct-connect-native-400-gbps-dedicated-connections-select-locations/";

/// 400 Gbps dedicated ports: AWS What's New of July 2024 (the post's URL gives the month;
/// the day was not found, so awscalc counts from the first of the month).
const DX_400_SINCE: jiff::civil::Date = date(2024, 7, 1);

pub(super) static DX_FACTS: &[Fact] = &[
    Fact {
        id: DX_DEDICATED_1_GBPS.as_str(),
        name: "Direct Connect dedicated port speed: 1 Gbps",
        unit: "Gbps",
        source: DX_DEDICATED,
        confirmed: "read in the current AWS page (search, 2026-12-01): \"Port speed: The possible values are 1 Gbps, 10 Gbps, 100 Gbps, and 400 Gbps\"; the Direct Connect FAQ says the same",
        history: &[entry(None, whole(1))],
    },
    Fact {
        id: DX_DEDICATED_10_GBPS.as_str(),
        name: "Direct Connect dedicated port speed: 10 Gbps",
        unit: "Gbps",
        source: DX_DEDICATED,
        confirmed: "read in the current AWS page (search, 2026-12-01), as for 1 Gbps",
        history: &[entry(None, whole(10))],
    },
    Fact {
        id: DX_DEDICATED_100_GBPS.as_str(),
        name: "Direct Connect dedicated port speed: 100 Gbps (select locations)",
        unit: "Gbps",
        source: DX_DEDICATED,
        confirmed: "read in the current AWS page (search, 2026-12-01); AWS's networking blog \"Upgrading AWS Direct Connect to 100 Gbps in 5 steps\" announces native 100 Gbps ports at select locations, but the copy found carries no date, so awscalc keeps 100 Gbps undated (the research notes' 2021-02 is from memory)",
        history: &[entry(None, whole(100))],
    },
    Fact {
        id: DX_DEDICATED_400_GBPS.as_str(),
        name: "Direct Connect dedicated port speed: 400 Gbps (select locations)",
        unit: "Gbps",
        source: DX_DEDICATED,
        confirmed: "read in the current AWS page and the Direct Connect FAQ (search, 2026-12-01): \"a 1 Gbps, 10 Gbps, 100 Gbps, or 400 Gbps Ethernet port\"; older FAQ copies list only 1, 10 and 100 Gbps. The date is AWS's What's New post of July 2024, month only (its URL; the day was not found: awscalc counts from 2024-07-01)",
        history: &[
            entry(None, None),
            entry(Some(DX_400_SINCE), whole(400))
                .month_only()
                .sourced(DX_400_ANNOUNCED),
        ],
    },
    Fact {
        id: DX_LAG_MAX_BELOW_100.as_str(),
        name: "dedicated connections in one Direct Connect LAG, ports below 100 Gbps (all the same speed)",
        unit: "connections",
        source: DX_LAGS,
        confirmed: "read in the current AWS page (search, 2026-12-01): \"You can have a maximum of two 100 Gbps or 400 Gbps connections, or four connections with a port speed less than 100 Gbps in a LAG\" and \"All connections in the LAG must use the same bandwidth\"; the CreateLag API reference (numberOfConnections) says the same",
        history: &[entry(None, whole(4))],
    },
    Fact {
        id: DX_LAG_MAX_100_UP.as_str(),
        name: "dedicated connections in one Direct Connect LAG, 100 or 400 Gbps ports (all the same speed)",
        unit: "connections",
        source: DX_LAGS,
        confirmed: "read in the current AWS page (search, 2026-12-01), as for ports below 100 Gbps: \"a maximum of two 100 Gbps or 400 Gbps connections\"",
        history: &[entry(None, whole(2))],
    },
    Fact {
        id: DX_HOSTED_MAX_GBPS.as_str(),
        name: "fastest hosted Direct Connect connection (from a Direct Connect Partner)",
        unit: "Gbps",
        source: DX_HOSTED,
        confirmed: "read in the current AWS page (search, 2026-12-01): \"the possible values are 50 Mbps, 100 Mbps, 200 Mbps, 300 Mbps, 400 Mbps, 500 Mbps, 1 Gbps, 2 Gbps, 5 Gbps, 10 Gbps, and 25 Gbps\", 25 Gbps only where 100 Gbps ports are offered; AWS's hybrid-networking lens said \"from 50 Mbps up to 10 Gbps\" earlier. The day 25 Gbps came was not found, so the value is kept undated",
        history: &[entry(None, whole(25))],
    },
    Fact {
        id: DX_HOSTED_MIN_MBPS.as_str(),
        name: "slowest hosted Direct Connect connection",
        unit: "Mbps",
        source: DX_HOSTED,
        confirmed: "read in the current AWS page (search, 2026-12-01), as for the fastest: 50 Mbps is the first of the values",
        history: &[entry(None, whole(50))],
    },
];
