//! `awscalc cidr`: VPC subnet arithmetic flags.

use clap::{ArgGroup, Args};

use awscalc::calc::vpc::{
    parse_count, parse_prefix, BlockRequest, HostsRequest, SplitBy, SplitRequest,
};
use awscalc::Error;

pub(super) const CIDR_EXAMPLES: &str = "\
AWS reserves 5 addresses in every subnet: the first four and the last.
Subnets: IPv4 /16 to /28; IPv6 /44 to /64 in steps of 4. VPC blocks: IPv4 /16 to /28;
IPv6 /44 to /60 in steps of 4 (Amazon-provided: /56).

Examples:
  awscalc cidr 10.0.0.0/24                     251 usable (256 − 5), 10.0.0.4 to 10.0.0.254
  awscalc cidr 2600:1f18::/64                  2^64 − 5 usable
  awscalc cidr 10.0.0.0/24 --expect 254        mismatch: 254 reserves only network and broadcast
  awscalc cidr 10.0.0.5/24 --strict            error: host bits set
  awscalc cidr --hosts 500                     /23 (507 usable)
  awscalc cidr 10.0.0.0/16 --hosts 500         /23, and 128 of them fit
  awscalc cidr 10.0.0.0/16 --split 24          the 256 /24 subnets, 251 usable each
  awscalc cidr 10.0.0.0/16 --into 3 --count    4 (3 rounded up to a power of two)
  awscalc cidr 10.0.0.0/8 --split 28 --limit 5 the first 5 of 1,048,576";

/// What a `cidr` command asks.
#[derive(Debug)]
pub enum CidrRequest {
    /// One block.
    Block(BlockRequest),
    /// The subnet size for a host count.
    Hosts(HostsRequest),
    /// A block split into subnets.
    Split(SplitRequest),
}

#[derive(Debug, Args)]
#[command(group = ArgGroup::new("splitting").args(["split", "into"]))]
pub struct CidrArgs {
    /// The block: an IPv4 or IPv6 address, a slash and a prefix length (10.0.0.0/24)
    #[arg(value_name = "CIDR", required_unless_present = "hosts")]
    pub cidr: Option<String>,

    /// The smallest AWS subnet whose usable addresses (after the 5 reserved) hold N hosts;
    /// with CIDR, also how many such subnets fit in it
    #[arg(
        long,
        value_name = "N",
        conflicts_with = "splitting",
        allow_negative_numbers = true
    )]
    pub hosts: Option<String>,

    /// List the subnets of this prefix length in CIDR (24 or /24)
    #[arg(long, value_name = "PREFIX", requires = "cidr")]
    pub split: Option<String>,

    /// Split CIDR into N equal parts (N rounded up to a power of two)
    #[arg(
        long,
        value_name = "N",
        requires = "cidr",
        allow_negative_numbers = true
    )]
    pub into: Option<String>,

    /// With --split or --into: print only how many subnets there are
    #[arg(long, requires = "splitting")]
    pub count: bool,

    /// With --split or --into: list at most N subnets
    #[arg(
        long,
        value_name = "N",
        requires = "splitting",
        conflicts_with = "count"
    )]
    pub limit: Option<String>,

    /// Refuse a block whose address has host bits set (10.0.0.5/24) instead of using its network
    #[arg(long)]
    pub strict: bool,
}

impl CidrArgs {
    /// The typed request.
    ///
    /// # Errors
    /// A block, prefix or count that cannot be read.
    pub fn request(&self) -> Result<CidrRequest, Error> {
        let parent = self.cidr.as_deref().map(str::parse).transpose()?;
        if let Some(hosts_text) = &self.hosts {
            return Ok(CidrRequest::Hosts(HostsRequest {
                hosts_text: hosts_text.clone(),
                hosts: parse_count(hosts_text, "hosts")?,
                parent,
                strict: self.strict,
            }));
        }
        let Some(parent) = parent else {
            return Err(Error::Conflict {
                message: "`awscalc cidr` needs a block, like 10.0.0.0/24, or --hosts N".into(),
            });
        };
        let by = match (&self.split, &self.into) {
            (Some(prefix), _) => Some(SplitBy::Prefix(parse_prefix(prefix)?)),
            (None, Some(parts)) => Some(SplitBy::Parts(parse_count(parts, "parts")?)),
            (None, None) => None,
        };
        Ok(match by {
            Some(by) => CidrRequest::Split(SplitRequest {
                parent,
                by,
                count_only: self.count,
                limit: self
                    .limit
                    .as_deref()
                    .map(|l| parse_count(l, "limit"))
                    .transpose()?,
                strict: self.strict,
            }),
            None => CidrRequest::Block(BlockRequest {
                cidr: parent,
                strict: self.strict,
            }),
        })
    }
}
