//! `awscalc vpn` and `awscalc connect`: networking flags.

use clap::{ArgGroup, Args, ValueEnum};

use awscalc::calc::network::{
    ConnectRequest, DirectConnectRequest, Gateway, NatPrices, NatRequest, VpnRequest,
};
use awscalc::calc::vpc::{parse_block, IpNet};
use awscalc::question::Question;
use awscalc::units::{BitRate, Rate, Whole};
use awscalc::Error;

pub(super) const VPN_EXAMPLES: &str = "\
Units (see docs/cli.md): links are sold in decimal bits per second.
  --throughput    5gbps, 1.25 Gbps, 800mbps, 10gbit/s; a bare number is Gbps

Examples:
  awscalc vpn --throughput 5gbps                  4 tunnels in 2 connections
  awscalc vpn --throughput 5gbps --large          1 tunnel in 1 connection
  awscalc vpn --throughput 800mbps                1 tunnel in 1 connection
  awscalc vpn --throughput 5gbps --gateway vgw    1.25 Gbps at most: 5 Gbps cannot be reached";

/// `vpn`'s usage line, by hand.
pub(super) const VPN_USAGE: &str = "awscalc vpn --throughput BITRATE [--large] [--gateway tgw|vgw]";

/// What `--expect` recognises for `vpn`.
pub(super) const VPN_EXPECT: &str = "Compare the answer with VALUE: exit 0 on a match, 1 on a \
mismatch, with a hint naming the reading that gives VALUE: connections for tunnels, the other \
tunnel size (standard or Large), tunnels with ECMP on a transit gateway for a virtual private \
gateway's cap, or the AWS values before a dated change";

/// Site-to-Site VPN tunnels and connections for a bandwidth: ECMP on a transit gateway, or
/// the one-tunnel cap of a virtual private gateway
#[derive(Debug, Args)]
#[group(skip)]
#[command(after_help = VPN_EXAMPLES, override_usage = VPN_USAGE)]
pub(crate) struct VpnArgs {
    /// Bandwidth wanted, in bits per second: 5gbps, 800mbps; a bare number is Gbps
    #[arg(
        long,
        value_name = "BITRATE",
        required = true,
        allow_hyphen_values = true
    )]
    pub throughput: Option<BitRate>,

    /// Large tunnels (up to 5 Gbps each, transit gateway only, since 2025-11-12)
    #[arg(long)]
    pub large: bool,

    /// The gateway on the AWS side: tgw (transit gateway, ECMP) or vgw (virtual private
    /// gateway, one tunnel at a time)
    #[arg(long, value_name = "GATEWAY", default_value = "tgw")]
    pub gateway: GatewayArg,
}

/// `--gateway`'s values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum GatewayArg {
    /// A transit gateway
    Tgw,
    /// A virtual private gateway
    Vgw,
}

impl VpnArgs {
    /// The typed request.
    ///
    /// # Errors
    /// [`Error::Conflict`] without `--throughput` (clap requires it on the command line).
    pub(crate) fn request(&self) -> Result<VpnRequest, Error> {
        let throughput = self.throughput.clone().ok_or_else(|| Error::Conflict {
            message: "give --throughput".into(),
        })?;
        Ok(VpnRequest {
            throughput,
            large: self.large,
            gateway: match self.gateway {
                GatewayArg::Tgw => Gateway::Transit,
                GatewayArg::Vgw => Gateway::VirtualPrivate,
            },
        })
    }
}

pub(super) const CONNECT_EXAMPLES: &str = "\
Examples:
  awscalc connect --vpcs 5        10 peering connections, or 5 Transit Gateway attachments
  awscalc connect --vpcs 10       45 peering connections, or 10 Transit Gateway attachments
  awscalc connect --vpcs 60       1,770 peering connections (over the default quota)
  awscalc connect --cidr 10.0.0.0/16 10.1.0.0/16 10.0.128.0/17
                                  3 peering connections; 1 pair overlaps and cannot peer
  awscalc connect --direct-connect --throughput 40gbps
                                  4 × 10 Gbps dedicated ports in one LAG
  awscalc connect --direct-connect --throughput 25gbps --port 100gbps
                                  1 × 100 Gbps dedicated port";

/// `connect`'s usage line, by hand.
pub(super) const CONNECT_USAGE: &str = "\
awscalc connect --vpcs N
       awscalc connect --cidr BLOCK BLOCK...
       awscalc connect --direct-connect --throughput BITRATE [--port BITRATE]";

/// What `--expect` recognises for `connect`.
pub(super) const CONNECT_EXPECT: &str = "Compare the answer with VALUE: exit 0 on a match, 1 \
on a mismatch, with a hint naming the reading that gives VALUE: Transit Gateway attachments for \
peering connections, each connection counted from both VPCs, Direct Connect LAGs for ports or \
ports of another speed, or the AWS values before a dated change (no 400 Gbps ports before July \
2024)";

/// Connecting VPCs: a full mesh of peering connections against the per-VPC peering quota,
/// and Transit Gateway attachments; Direct Connect ports and link aggregation groups
#[derive(Debug, Args)]
#[group(skip)]
#[command(after_help = CONNECT_EXAMPLES, override_usage = CONNECT_USAGE, group = ArgGroup::new("form").required(true).args(["vpcs", "cidr", "direct_connect"]))]
pub(crate) struct ConnectArgs {
    /// VPCs to connect, each to every other (2 to 1,000,000)
    #[arg(long, value_name = "N", value_parser = parse_vpcs, conflicts_with = "cidr")]
    pub vpcs: Option<u32>,

    /// Each VPC's CIDR block, one per VPC: overlapping blocks are why peering is refused
    #[arg(long, value_name = "BLOCK", num_args = 1.., value_parser = parse_block, conflicts_with = "direct_connect")]
    pub cidr: Vec<IpNet>,

    /// Direct Connect: dedicated ports and link aggregation groups (LAGs) for --throughput
    #[arg(long, conflicts_with = "vpcs", requires = "throughput")]
    pub direct_connect: bool,

    /// direct-connect: bandwidth wanted, in bits per second: 25gbps; a bare number is Gbps
    #[arg(
        long,
        value_name = "BITRATE",
        allow_hyphen_values = true,
        requires = "direct_connect"
    )]
    pub throughput: Option<BitRate>,

    /// direct-connect: the dedicated port speed to use (1gbps, 10gbps, 100gbps, 400gbps);
    /// default: the slowest whose ports fit in one LAG
    #[arg(
        long,
        value_name = "BITRATE",
        allow_hyphen_values = true,
        requires = "direct_connect"
    )]
    pub port: Option<BitRate>,
}

impl ConnectArgs {
    /// The typed question: Direct Connect with `--direct-connect`, else VPCs to connect.
    ///
    /// # Errors
    /// As [`ConnectArgs::request`].
    pub(crate) fn question(&self) -> Result<Question, Error> {
        if self.direct_connect {
            let throughput = self.throughput.clone().ok_or_else(|| Error::Conflict {
                message: "`connect --direct-connect` needs --throughput".into(),
            })?;
            return Ok(Question::DirectConnect(DirectConnectRequest {
                throughput,
                port: self.port.clone(),
            }));
        }
        Ok(Question::Connect(self.request()?))
    }

    /// The typed request.
    ///
    /// # Errors
    /// [`Error::Conflict`] without `--vpcs` or `--cidr` (clap requires one on the command
    /// line).
    pub(crate) fn request(&self) -> Result<ConnectRequest, Error> {
        let vpcs = match self.vpcs {
            Some(vpcs) => vpcs,
            None if !self.cidr.is_empty() => u32::try_from(self.cidr.len()).unwrap_or(u32::MAX),
            None => {
                return Err(Error::Conflict {
                    message: "give --vpcs or --cidr".into(),
                })
            }
        };
        Ok(ConnectRequest {
            vpcs,
            cidrs: self.cidr.clone(),
        })
    }
}

/// A whole number of VPCs, 2 to 1,000,000.
fn parse_vpcs(text: &str) -> Result<u32, Error> {
    Whole {
        what: "VPCs",
        min: 2,
        max: 1_000_000,
        unit: " VPCs",
    }
    .parse(text)
    .map(|n| u32::try_from(n).unwrap_or(1_000_000))
}

pub(super) const NAT_EXAMPLES: &str = "\
Units (see docs/cli.md):
  --throughput    150gbps, 800mbps; a bare number is Gbps
  --rate          packets: 12000000/s, 600000000/min; a bare number is per second

Examples:
  awscalc nat --throughput 150gbps                 2 NAT gateways
  awscalc nat --throughput 20gbps --azs 3          3 NAT gateways (one per AZ)
  awscalc nat --rate 25000000/s                    3 NAT gateways
  awscalc nat --connections 200000                 4 NAT gateways
  awscalc nat --connections 200000 --addresses 4   1 NAT gateway
  awscalc nat --throughput 20gbps --azs 3 --price-hour 0.045 --price-per-gb 0.045 --data-gb 1000
                                                   3 NAT gateways; 142.2 at your prices";

/// `nat`'s usage line, by hand.
pub(super) const NAT_USAGE: &str = "\
awscalc nat [--throughput BITRATE] [--rate RATE] [--connections N] [--addresses N]
                   [--azs N] [--price-hour PRICE [--hours N] [--price-per-gb PRICE --data-gb N]]";

/// What `--expect` recognises for `nat`.
pub(super) const NAT_EXPECT: &str = "Compare the answer with VALUE: exit 0 on a match, 1 on a \
mismatch, with a hint naming the reading that gives VALUE: the bandwidth alone without one \
gateway per AZ, or the AWS values before a dated change (45 Gbps and 4 million packets per \
second before 2022-06-15; one address per gateway before 2023-01-31)";

/// NAT gateways for a bandwidth, a packet rate and connections to one destination, at least
/// one per Availability Zone
#[derive(Debug, Args)]
#[group(skip)]
#[command(after_help = NAT_EXAMPLES, override_usage = NAT_USAGE, group = ArgGroup::new("demand").required(true).multiple(true).args(["throughput", "rate", "connections"]))]
pub(crate) struct NatArgs {
    /// Bandwidth through the gateways, in bits per second: 150gbps; a bare number is Gbps
    #[arg(long, value_name = "BITRATE", allow_hyphen_values = true)]
    pub throughput: Option<BitRate>,

    /// Packets per second (or /min, /h); a bare number is per second
    #[arg(long, value_name = "RATE", allow_hyphen_values = true)]
    pub rate: Option<Rate>,

    /// Simultaneous connections to one destination (same IP, port and protocol)
    #[arg(long, value_name = "N", value_parser = parse_connections)]
    pub connections: Option<u64>,

    /// IPv4 addresses on each gateway (default 1; up to 8 since 2023-01-31)
    #[arg(long, value_name = "N", value_parser = parse_small)]
    pub addresses: Option<u32>,

    /// Availability Zones, one gateway each for resilience (default 1)
    #[arg(long, value_name = "N", value_parser = parse_small)]
    pub azs: Option<u32>,

    /// Your price of one NAT gateway for one hour (no built-in prices)
    #[arg(long, value_name = "PRICE", value_parser = awscalc::units::parse_price, allow_hyphen_values = true)]
    pub price_hour: Option<rust_decimal::Decimal>,

    /// Hours each gateway runs (default 720, a 30-day month)
    #[arg(long, value_name = "N", value_parser = parse_hours, requires = "price_hour")]
    pub hours: Option<u64>,

    /// Your price per GB of data processed
    #[arg(long, value_name = "PRICE", value_parser = awscalc::units::parse_price, requires_all = ["price_hour", "data_gb"], allow_hyphen_values = true)]
    pub price_per_gb: Option<rust_decimal::Decimal>,

    /// GB of data the gateways process, in the unit of your --price-per-gb
    #[arg(long, value_name = "N", value_parser = super::parse_gb, requires = "price_per_gb", allow_hyphen_values = true)]
    pub data_gb: Option<rust_decimal::Decimal>,
}

impl NatArgs {
    /// The typed request.
    pub(crate) fn request(&self) -> NatRequest {
        NatRequest {
            throughput: self.throughput.clone(),
            rate: self.rate.clone(),
            connections: self.connections,
            addresses: self.addresses,
            azs: self.azs,
            prices: self.price_hour.map(|per_hour| NatPrices {
                per_hour,
                hours: rust_decimal::Decimal::from(
                    self.hours.unwrap_or(awscalc::units::MONTH_HOURS.into()),
                ),
                per_gb: self.price_per_gb.zip(self.data_gb),
            }),
        }
    }
}

/// A whole number of connections, 1 to 10^12.
fn parse_connections(text: &str) -> Result<u64, Error> {
    Whole {
        what: "connections",
        min: 1,
        max: 1_000_000_000_000,
        unit: " connections",
    }
    .parse(text)
    .map(|n| u64::try_from(n).unwrap_or(u64::MAX))
}

/// A whole number of hours, 1 to 10^7.
fn parse_hours(text: &str) -> Result<u64, Error> {
    Whole {
        what: "hours",
        min: 1,
        max: 10_000_000,
        unit: " hours",
    }
    .parse(text)
    .map(|n| u64::try_from(n).unwrap_or(10_000_000))
}

/// A small whole count (addresses, Availability Zones), 1 to 1,000.
fn parse_small(text: &str) -> Result<u32, Error> {
    Whole {
        what: "count",
        min: 1,
        max: 1_000,
        unit: "",
    }
    .parse(text)
    .map(|n| u32::try_from(n).unwrap_or(1_000))
}
