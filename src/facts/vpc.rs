//! VPC and IP addressing facts. Researched values: `shared/facts/ebs-vpc-s3.md`, §2.
//!
//! Prefix lengths are stored as numbers of leading network bits (`16` for /16). The
//! address ranges AWS forbids or discourages for a VPC are not numbers, so they live in
//! the documented tables [`FORBIDDEN_VPC_RANGES`], [`DISCOURAGED_VPC_RANGES`] and
//! [`RFC1918_RANGES`] below, each row with its source, rather than in the numeric facts.

use super::{entry, whole, Fact, FactId};

// Typed handles: calculators name a fact by one of these, so a typo does not compile.
/// `vpc.subnet_reserved_addresses`: addresses AWS reserves in every subnet.
pub const SUBNET_RESERVED_ADDRESSES: FactId = FactId::new("vpc.subnet_reserved_addresses");
/// `vpc.subnet_reserved_leading_addresses`: reserved addresses at the start of every subnet (the rest are at the end).
pub const SUBNET_RESERVED_LEADING_ADDRESSES: FactId =
    FactId::new("vpc.subnet_reserved_leading_addresses");
/// `vpc.subnet_ipv4_min_prefix`: shortest IPv4 subnet prefix (largest subnet).
pub const SUBNET_IPV4_MIN_PREFIX: FactId = FactId::new("vpc.subnet_ipv4_min_prefix");
/// `vpc.subnet_ipv4_max_prefix`: longest IPv4 subnet prefix (smallest subnet).
pub const SUBNET_IPV4_MAX_PREFIX: FactId = FactId::new("vpc.subnet_ipv4_max_prefix");
/// `vpc.vpc_ipv4_min_prefix`: shortest IPv4 VPC CIDR prefix (largest block).
pub const VPC_IPV4_MIN_PREFIX: FactId = FactId::new("vpc.vpc_ipv4_min_prefix");
/// `vpc.vpc_ipv4_max_prefix`: longest IPv4 VPC CIDR prefix (smallest block).
pub const VPC_IPV4_MAX_PREFIX: FactId = FactId::new("vpc.vpc_ipv4_max_prefix");
/// `vpc.subnet_ipv6_min_prefix`: shortest IPv6 subnet prefix (largest subnet).
pub const SUBNET_IPV6_MIN_PREFIX: FactId = FactId::new("vpc.subnet_ipv6_min_prefix");
/// `vpc.subnet_ipv6_max_prefix`: longest IPv6 subnet prefix (smallest subnet).
pub const SUBNET_IPV6_MAX_PREFIX: FactId = FactId::new("vpc.subnet_ipv6_max_prefix");
/// `vpc.vpc_ipv6_min_prefix`: shortest IPv6 VPC CIDR prefix (largest block).
pub const VPC_IPV6_MIN_PREFIX: FactId = FactId::new("vpc.vpc_ipv6_min_prefix");
/// `vpc.vpc_ipv6_max_prefix`: longest IPv6 VPC CIDR prefix (smallest block).
pub const VPC_IPV6_MAX_PREFIX: FactId = FactId::new("vpc.vpc_ipv6_max_prefix");
/// `vpc.ipv6_prefix_step`: step between allowed IPv6 subnet and VPC prefix lengths.
pub const IPV6_PREFIX_STEP: FactId = FactId::new("vpc.ipv6_prefix_step");
/// `vpc.amazon_ipv6_prefix`: prefix of an Amazon-provided IPv6 VPC block.
pub const AMAZON_IPV6_PREFIX: FactId = FactId::new("vpc.amazon_ipv6_prefix");
/// `vpc.ipv4_cidr_blocks_per_vpc`: IPv4 CIDR blocks per VPC, primary and secondary (default quota).
pub const IPV4_CIDR_BLOCKS_PER_VPC: FactId = FactId::new("vpc.ipv4_cidr_blocks_per_vpc");
/// `vpc.subnets_per_vpc`: subnets per VPC (default quota).
pub const SUBNETS_PER_VPC: FactId = FactId::new("vpc.subnets_per_vpc");
/// `vpc.vpcs_per_region`: VPCs per Region (default quota).
pub const VPCS_PER_REGION: FactId = FactId::new("vpc.vpcs_per_region");
/// `vpc.ipv6_cidr_blocks_per_vpc`: IPv6 CIDR blocks per VPC (default quota).
pub const IPV6_CIDR_BLOCKS_PER_VPC: FactId = FactId::new("vpc.ipv6_cidr_blocks_per_vpc");
/// `vpc.elastic_ips_per_region`: Elastic IP addresses per Region (default quota).
pub const ELASTIC_IPS_PER_REGION: FactId = FactId::new("vpc.elastic_ips_per_region");
/// `vpc.default_vpc_prefix`: prefix of a default VPC's IPv4 block (172.31.0.0/16).
pub const DEFAULT_VPC_PREFIX: FactId = FactId::new("vpc.default_vpc_prefix");
/// `vpc.default_subnet_prefix`: prefix of a default subnet, one per Availability Zone.
pub const DEFAULT_SUBNET_PREFIX: FactId = FactId::new("vpc.default_subnet_prefix");

const SUBNET_SIZING: &str = "https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html";
const VPC_CIDR_BLOCKS: &str =
    "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html";
const CREATE_VPC_API: &str =
    "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVpc.html";
const VPC_QUOTAS: &str = "https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html";
const DEFAULT_VPC: &str = "https://docs.aws.amazon.com/vpc/latest/userguide/default-vpc.html";
const CREATE_DEFAULT_SUBNET_API: &str =
    "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateDefaultSubnet.html";
const PEERING_PREREQUISITES: &str =
    "https://docs.aws.amazon.com/vpc/latest/peering/create-vpc-peering-connection.html";

/// What awscalc knows about when IPv6 sizes became flexible, for every IPv6 size fact.
const IPV6_FLEXIBLE_DATE: &str = "the sizes were a fixed /64 per subnet and /56 per VPC in \
     the June 2023 archived copies of the AWS pages; the date the /44 to /64 (subnet) and \
     /44 to /60 (VPC) ranges came was not found (searched the AWS docs and What's New), so \
     the history holds only the current value";

pub(super) static FACTS: &[Fact] = &[
    Fact {
        id: SUBNET_RESERVED_ADDRESSES.as_str(),
        name: "addresses AWS reserves in every subnet",
        unit: "addresses",
        source: SUBNET_SIZING,
        confirmed: "read in the current AWS page: \"The first four IP addresses and the last IP \
            address in each subnet CIDR block are not available for your use\"; the same for \
            IPv6 subnets; also in the EC2 API reference for CreateSubnet (\"reserves both the \
            first four and the last IPv4 address in each subnet's CIDR block\")",
        history: &[entry(None, whole(5))],
    },
    Fact {
        id: SUBNET_RESERVED_LEADING_ADDRESSES.as_str(),
        name: "reserved addresses at the start of every subnet (the rest are at the end)",
        unit: "addresses",
        source: SUBNET_SIZING,
        confirmed: "read in the current AWS page: network address, base + 1 VPC router, base + 2 \
            DNS, base + 3 reserved for future use; the last address is the fifth",
        history: &[entry(None, whole(4))],
    },
    Fact {
        id: SUBNET_IPV4_MIN_PREFIX.as_str(),
        name: "shortest IPv4 subnet prefix (largest subnet)",
        unit: "bits",
        source: SUBNET_SIZING,
        confirmed: "read in the current AWS page and the EC2 API reference for CreateSubnet: \
            \"between a /28 netmask (16 IP addresses) and a /16 netmask (65,536 IP addresses)\"",
        history: &[entry(None, whole(16))],
    },
    Fact {
        id: SUBNET_IPV4_MAX_PREFIX.as_str(),
        name: "longest IPv4 subnet prefix (smallest subnet)",
        unit: "bits",
        source: SUBNET_SIZING,
        confirmed: "read in the current AWS page and the EC2 API reference for CreateSubnet: \
            \"between a /28 netmask (16 IP addresses) and a /16 netmask (65,536 IP addresses)\"",
        history: &[entry(None, whole(28))],
    },
    Fact {
        id: VPC_IPV4_MIN_PREFIX.as_str(),
        name: "shortest IPv4 VPC CIDR prefix (largest block)",
        unit: "bits",
        source: VPC_CIDR_BLOCKS,
        confirmed: "read in the current AWS page: \"The allowed block size is between a /16 \
            netmask (65,536 IP addresses) and /28 netmask (16 IP addresses)\"; the same for \
            secondary CIDR blocks",
        history: &[entry(None, whole(16))],
    },
    Fact {
        id: VPC_IPV4_MAX_PREFIX.as_str(),
        name: "longest IPv4 VPC CIDR prefix (smallest block)",
        unit: "bits",
        source: VPC_CIDR_BLOCKS,
        confirmed: "read in the current AWS page: \"The allowed block size is between a /16 \
            netmask (65,536 IP addresses) and /28 netmask (16 IP addresses)\"",
        history: &[entry(None, whole(28))],
    },
    Fact {
        id: SUBNET_IPV6_MIN_PREFIX.as_str(),
        name: "shortest IPv6 subnet prefix (largest subnet)",
        unit: "bits",
        source: SUBNET_SIZING,
        confirmed: "shared facts §2.3, read in the current AWS page: \"Possible IPv6 netmask \
            lengths are between /44 and /64 in increments of /4\". Not re-confirmed here: the \
            copies of the EC2 API reference found (AssociateSubnetCidrBlock) still say \"must \
            have a prefix length of /64\"; the date the range came was not found",
        history: &[entry(None, whole(44))],
    },
    Fact {
        id: SUBNET_IPV6_MAX_PREFIX.as_str(),
        name: "longest IPv6 subnet prefix (smallest subnet)",
        unit: "bits",
        source: SUBNET_SIZING,
        confirmed: "read in the current AWS page: IPv6 subnets from /44 to /64; /64 was the only \
            size before the range came (date not found)",
        history: &[entry(None, whole(64))],
    },
    Fact {
        id: VPC_IPV6_MIN_PREFIX.as_str(),
        name: "shortest IPv6 VPC CIDR prefix (largest block)",
        unit: "bits",
        source: VPC_CIDR_BLOCKS,
        confirmed: IPV6_FLEXIBLE_DATE,
        history: &[entry(None, whole(44))],
    },
    Fact {
        id: VPC_IPV6_MAX_PREFIX.as_str(),
        name: "longest IPv6 VPC CIDR prefix (smallest block)",
        unit: "bits",
        source: VPC_CIDR_BLOCKS,
        confirmed: "shared facts §2.3, read in the current AWS page: \"up to five IPv6 CIDR \
            blocks from /44 to /60 in increments of /4\"; date of the change not found",
        history: &[entry(None, whole(60))],
    },
    Fact {
        id: IPV6_PREFIX_STEP.as_str(),
        name: "step between allowed IPv6 subnet and VPC prefix lengths",
        unit: "bits",
        source: SUBNET_SIZING,
        confirmed: "read in the current AWS pages: \"in increments of /4\" for both subnets and \
            VPC blocks",
        history: &[entry(None, whole(4))],
    },
    Fact {
        id: AMAZON_IPV6_PREFIX.as_str(),
        name: "prefix of an Amazon-provided IPv6 VPC block",
        unit: "bits",
        source: CREATE_VPC_API,
        confirmed: "read in the EC2 API reference (AmazonProvidedIpv6CidrBlock): \"Requests an \
            Amazon-provided IPv6 CIDR block with a /56 prefix length for the VPC. You cannot \
            specify the range of IPv6 addresses, or the size of the CIDR block.\"",
        history: &[entry(None, whole(56))],
    },
    Fact {
        id: IPV4_CIDR_BLOCKS_PER_VPC.as_str(),
        name: "IPv4 CIDR blocks per VPC, primary and secondary (default quota)",
        unit: "blocks",
        source: VPC_QUOTAS,
        confirmed: "shared facts §2.7 (read in the current amazon-vpc-limits page); re-read here \
            in the AWS General Reference quota table (vpc-service.html, Japanese copy): 5 per \
            VPC, the primary and every secondary count, adjustable up to 50",
        history: &[entry(None, whole(5))],
    },
    Fact {
        id: SUBNETS_PER_VPC.as_str(),
        name: "subnets per VPC (default quota)",
        unit: "subnets",
        source: VPC_QUOTAS,
        confirmed: "shared facts §2.7, read in the current amazon-vpc-limits page: 200, \
            adjustable; not re-read here",
        history: &[entry(None, whole(200))],
    },
    Fact {
        id: VPCS_PER_REGION.as_str(),
        name: "VPCs per Region (default quota)",
        unit: "VPCs",
        source: VPC_QUOTAS,
        confirmed: "shared facts §2.7 and network-resilience §6 ([DOC-CURRENT], the \
            amazon-vpc-limits page fetched 2026-09-26): 5, adjustable; the AWS General \
            Reference quota table (vpc-service.html) found by search on 2026-12-01 lists the \
            same quotas. No earlier default is recorded, so the history holds one value",
        history: &[entry(None, whole(5))],
    },
    Fact {
        id: IPV6_CIDR_BLOCKS_PER_VPC.as_str(),
        name: "IPv6 CIDR blocks per VPC (default quota)",
        unit: "blocks",
        source: VPC_QUOTAS,
        confirmed: "shared facts §2.7 and network-resilience §6 ([DOC-CURRENT]): 5, \
            adjustable up to 50; the vpc-cidr-blocks page says \"associate up to five IPv6 \
            CIDR blocks\" (audit 2026-11, vpc.vpc_ipv6_min_prefix)",
        history: &[entry(None, whole(5))],
    },
    Fact {
        id: ELASTIC_IPS_PER_REGION.as_str(),
        name: "Elastic IP addresses per Region (default quota)",
        unit: "addresses",
        source: VPC_QUOTAS,
        confirmed: "shared facts §2.7 and network-resilience §6 ([DOC-CURRENT]): 5, \
            adjustable; the audit of 2026-11 lists the same (EIPs 5 per Region)",
        history: &[entry(None, whole(5))],
    },
    Fact {
        id: DEFAULT_VPC_PREFIX.as_str(),
        name: "prefix of a default VPC's IPv4 block (172.31.0.0/16)",
        unit: "bits",
        source: DEFAULT_VPC,
        confirmed: "shared facts §2.6 (the default-vpc page: \"a size /16 IPv4 CIDR block \
            (172.31.0.0/16)\"); the EC2 API reference for CreateDefaultVpc, found by search on \
            2026-12-01: \"Creates a default VPC with a size /16 IPv4 CIDR block and a default \
            subnet in each Availability Zone\"",
        history: &[entry(None, whole(16))],
    },
    Fact {
        id: DEFAULT_SUBNET_PREFIX.as_str(),
        name: "prefix of a default subnet, one per Availability Zone",
        unit: "bits",
        source: CREATE_DEFAULT_SUBNET_API,
        confirmed: "found by search on 2026-12-01 in the EC2 API reference for \
            CreateDefaultSubnet: \"Creates a default subnet with a size /20 IPv4 CIDR block in \
            the specified Availability Zone in your default VPC. You can have only one default \
            subnet per Availability Zone\"; shared facts §2.6 (\"one /20 default subnet per AZ\")",
        history: &[entry(None, whole(20))],
    },
];

/// The default VPC's IPv4 block: the same in every Region (a range, not a number; its
/// prefix is the fact `vpc.default_vpc_prefix`). Source: the default-vpc page, shared facts
/// §2.6.
pub const DEFAULT_VPC_BLOCK: RangeRule = RangeRule {
    cidr: "172.31.0.0/16",
    reason: "a default VPC has the IPv4 block 172.31.0.0/16, with a default subnet of /20 in \
        each Availability Zone (172.31.0.0/20, 172.31.16.0/20, ...)",
    source: DEFAULT_VPC,
};

/// An IPv4 range with what AWS says about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RangeRule {
    /// The range, `a.b.c.d/p`.
    pub cidr: &'static str,
    /// What it is and what AWS says, for a note.
    pub reason: &'static str,
    /// The AWS page.
    pub source: &'static str,
}

/// Ranges that can never be a VPC CIDR ("cannot be used"), from vpc-cidr-blocks.html.
pub static FORBIDDEN_VPC_RANGES: &[RangeRule] = &[
    RangeRule {
        cidr: "0.0.0.0/8",
        reason: "0.0.0.0/8 (\"this network\") cannot be used for a VPC",
        source: VPC_CIDR_BLOCKS,
    },
    RangeRule {
        cidr: "127.0.0.0/8",
        reason: "127.0.0.0/8 (loopback) cannot be used for a VPC",
        source: VPC_CIDR_BLOCKS,
    },
    RangeRule {
        cidr: "169.254.0.0/16",
        reason: "169.254.0.0/16 (link-local) is reserved as described in RFC 5735 and cannot \
                 be assigned to a VPC",
        source: VPC_CIDR_BLOCKS,
    },
    RangeRule {
        cidr: "224.0.0.0/4",
        reason: "224.0.0.0/4 (multicast) cannot be used for a VPC",
        source: VPC_CIDR_BLOCKS,
    },
];

/// Ranges AWS allows for a VPC but advises against, from vpc-cidr-blocks.html.
pub static DISCOURAGED_VPC_RANGES: &[RangeRule] = &[RangeRule {
    cidr: "172.17.0.0/16",
    reason: "some AWS services use 172.17.0.0/16 (AWS Cloud9 and Amazon SageMaker AI); AWS \
             advises not to use it for a VPC, to avoid conflicts",
    source: VPC_CIDR_BLOCKS,
}];

/// The RFC 1918 private ranges AWS recommends for VPCs; others are allowed but public.
pub static RFC1918_RANGES: &[RangeRule] = &[
    RangeRule {
        cidr: "10.0.0.0/8",
        reason: "RFC 1918 private range",
        source: VPC_CIDR_BLOCKS,
    },
    RangeRule {
        cidr: "172.16.0.0/12",
        reason: "RFC 1918 private range",
        source: VPC_CIDR_BLOCKS,
    },
    RangeRule {
        cidr: "192.168.0.0/16",
        reason: "RFC 1918 private range",
        source: VPC_CIDR_BLOCKS,
    },
];

/// The role of each reserved address in a subnet, by offset from the network address;
/// the last address of the subnet is the fifth. From subnet-sizing.html.
pub static RESERVED_LEADING_ROLES: &[&str] = &[
    "network address",
    "reserved by AWS for the VPC router (base + 1)",
    "reserved by AWS for the Amazon DNS server (base + 2)",
    "reserved by AWS for future use (base + 3)",
];

/// The role of the last address of a subnet.
pub static RESERVED_LAST_ROLE: &str =
    "last address: AWS reserves it because a VPC does not support broadcast";

/// The AWS page for the reserved addresses and subnet sizes.
pub static SUBNET_SIZING_SOURCE: &str = SUBNET_SIZING;

/// The AWS page for VPC CIDR blocks.
pub static VPC_CIDR_BLOCKS_SOURCE: &str = VPC_CIDR_BLOCKS;

/// A rule AWS states in words, with its page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    /// The rule, for a note.
    pub text: &'static str,
    /// The AWS page.
    pub source: &'static str,
}

/// Why two VPCs whose CIDR blocks overlap cannot be peered, from the VPC peering guide
/// (prerequisites of a peering connection) and the EC2 API (CreateVpcPeeringConnection:
/// "The requester VPC and accepter VPC cannot have overlapping CIDR blocks").
pub static PEERING_OVERLAP_RULE: Rule = Rule {
    text: "VPCs with overlapping CIDR blocks cannot be peered: AWS sets such a peering \
             connection to failed",
    source: PEERING_PREREQUISITES,
};

/// Where a subnet may lie, from subnet-sizing.html: "The CIDR block of a subnet can be the
/// same as the CIDR block for the VPC (to create a single subnet in the VPC), or a subset
/// of the CIDR block for the VPC (to create multiple subnets)"; subnets may not overlap.
pub static SUBNET_IN_VPC_RULE: Rule = Rule {
    text: "a subnet's CIDR block must be the VPC's CIDR block or lie inside it, and the \
             subnets of a VPC may not overlap",
    source: SUBNET_SIZING,
};

/// One range that a row of [`SECONDARY_CIDR_RULES`] restricts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Restriction {
    /// The range a new block may not come from (overlap), `a.b.c.d/p`.
    pub cidr: &'static str,
    /// Only when the existing block lies in this range (the 10.0.0.0/15 rule).
    pub when_existing_in: Option<&'static str>,
    /// AWS's words, for the report.
    pub reason: &'static str,
}

/// A row of AWS's "IPv4 CIDR block association restrictions" table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SecondaryRule {
    /// The range the VPC's existing (primary) block lies in; `None` for the last row:
    /// publicly routable (non-RFC 1918) blocks and 100.64.0.0/10.
    pub existing: Option<&'static str>,
    /// The row's name in AWS's table.
    pub name: &'static str,
    /// What may not be added.
    pub restricted: &'static [Restriction],
    /// What may be added (AWS's words).
    pub permitted: &'static str,
}

const OTHER_RFC1918: &str = "CIDR blocks from other RFC 1918 ranges";
const FROM_198_19: &str = "CIDR blocks from the 198.19.0.0/16 range";
const FROM_RFC1918: &str = "CIDR blocks from the RFC 1918 ranges";

/// AWS's IPv4 secondary CIDR association table (vpc-cidr-blocks.html, "IPv4 CIDR block
/// association restrictions"; shared facts §2.5), one row per existing range, read in a
/// copy of the current page on 2026-11-22. The first row whose `existing` range contains
/// the VPC's block decides; 169.254.0.0/16 is in [`FORBIDDEN_VPC_RANGES`]. A block of
/// another size than /16 to /28, one that overlaps an associated block, or one that is
/// the same as or larger than a route's destination is refused before this table.
pub static SECONDARY_CIDR_RULES: &[SecondaryRule] = &[
    SecondaryRule {
        existing: Some("10.0.0.0/8"),
        name: "10.0.0.0/8",
        restricted: &[
            Restriction {
                cidr: "172.16.0.0/12",
                when_existing_in: None,
                reason: OTHER_RFC1918,
            },
            Restriction {
                cidr: "192.168.0.0/16",
                when_existing_in: None,
                reason: OTHER_RFC1918,
            },
            Restriction {
                cidr: "10.0.0.0/16",
                when_existing_in: Some("10.0.0.0/15"),
                reason: "if any CIDR block of the VPC is from the 10.0.0.0/15 range (10.0.0.0 \
                         to 10.1.255.255), a CIDR block from the 10.0.0.0/16 range cannot be \
                         added",
            },
            Restriction {
                cidr: "198.19.0.0/16",
                when_existing_in: None,
                reason: FROM_198_19,
            },
        ],
        permitted: "any other CIDR block from 10.0.0.0/8 that is not restricted; any publicly \
                    routable (non-RFC 1918) block; a block from 100.64.0.0/10; each /16 to /28",
    },
    SecondaryRule {
        existing: Some("172.16.0.0/12"),
        name: "172.16.0.0/12",
        restricted: &[
            Restriction {
                cidr: "10.0.0.0/8",
                when_existing_in: None,
                reason: OTHER_RFC1918,
            },
            Restriction {
                cidr: "192.168.0.0/16",
                when_existing_in: None,
                reason: OTHER_RFC1918,
            },
            Restriction {
                cidr: "172.31.0.0/16",
                when_existing_in: None,
                reason: "CIDR blocks from the 172.31.0.0/16 range",
            },
            Restriction {
                cidr: "198.19.0.0/16",
                when_existing_in: None,
                reason: FROM_198_19,
            },
        ],
        permitted: "any other CIDR block from 172.16.0.0/12 that is not restricted; any \
                    publicly routable (non-RFC 1918) block; a block from 100.64.0.0/10; each \
                    /16 to /28",
    },
    SecondaryRule {
        existing: Some("192.168.0.0/16"),
        name: "192.168.0.0/16",
        restricted: &[
            Restriction {
                cidr: "10.0.0.0/8",
                when_existing_in: None,
                reason: OTHER_RFC1918,
            },
            Restriction {
                cidr: "172.16.0.0/12",
                when_existing_in: None,
                reason: OTHER_RFC1918,
            },
            Restriction {
                cidr: "198.19.0.0/16",
                when_existing_in: None,
                reason: FROM_198_19,
            },
        ],
        permitted: "any other CIDR block from 192.168.0.0/16; any publicly routable (non-RFC \
                    1918) block; a block from 100.64.0.0/10; each /16 to /28",
    },
    SecondaryRule {
        existing: Some("198.19.0.0/16"),
        name: "198.19.0.0/16",
        restricted: &[
            Restriction {
                cidr: "10.0.0.0/8",
                when_existing_in: None,
                reason: FROM_RFC1918,
            },
            Restriction {
                cidr: "172.16.0.0/12",
                when_existing_in: None,
                reason: FROM_RFC1918,
            },
            Restriction {
                cidr: "192.168.0.0/16",
                when_existing_in: None,
                reason: FROM_RFC1918,
            },
        ],
        permitted: "any publicly routable (non-RFC 1918) block; a block from 100.64.0.0/10; \
                    each /16 to /28",
    },
    SecondaryRule {
        existing: None,
        name: "publicly routable (non-RFC 1918) or 100.64.0.0/10",
        restricted: &[
            Restriction {
                cidr: "10.0.0.0/8",
                when_existing_in: None,
                reason: "CIDR blocks from the RFC 1918 ranges (an RFC 1918 block can only join \
                         a VPC whose first block it is, with the non-RFC 1918 block added after)",
            },
            Restriction {
                cidr: "172.16.0.0/12",
                when_existing_in: None,
                reason: "CIDR blocks from the RFC 1918 ranges (an RFC 1918 block can only join \
                         a VPC whose first block it is, with the non-RFC 1918 block added after)",
            },
            Restriction {
                cidr: "192.168.0.0/16",
                when_existing_in: None,
                reason: "CIDR blocks from the RFC 1918 ranges (an RFC 1918 block can only join \
                         a VPC whose first block it is, with the non-RFC 1918 block added after)",
            },
            Restriction {
                cidr: "198.19.0.0/16",
                when_existing_in: None,
                reason: FROM_198_19,
            },
        ],
        permitted: "any other publicly routable (non-RFC 1918) block; a block from \
                    100.64.0.0/10; each /16 to /28",
    },
];

/// The AWS page of the secondary CIDR table.
pub static SECONDARY_CIDR_SOURCE: &str = VPC_CIDR_BLOCKS;
