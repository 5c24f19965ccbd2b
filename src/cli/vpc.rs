//! `awscalc cidr`: VPC subnet arithmetic flags.

use clap::{ArgGroup, Args};

use awscalc::calc::vpc::{
    parse_count, parse_plan, parse_prefix, BlockRequest, CidrInput, HostsRequest, Item,
    PlanRequest, RelateRequest, SecondaryRequest, SplitBy, SplitRequest,
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
  awscalc cidr 10.0.0.0/8 --split 28 --limit 5 the first 5 of 1,048,576
  awscalc cidr 10.0.0.0/16 --plan web=500,db=200,50
                                               /23, /24, /26 largest first; free blocks
  awscalc cidr 10.0.0.0/16 10.0.128.0/17 192.168.0.0/24
                                               each pair: contains, disjoint, …
  awscalc cidr 10.0.0.0/16 10.1.0.0/16 --expect disjoint
                                               exit 0: these VPCs can be peered
  awscalc cidr 10.0.0.0/16 10.0.0.2            contains; reserved for the Amazon DNS server
  awscalc cidr 10.0.0.0/16 --secondary 192.168.0.0/24
                                               not allowed: another RFC 1918 range";

/// What a `cidr` command asks.
#[derive(Debug)]
pub enum CidrRequest {
    /// One block.
    Block(BlockRequest),
    /// The subnet size for a host count.
    Hosts(HostsRequest),
    /// A block split into subnets.
    Split(SplitRequest),
    /// Subnets planned in a block.
    Plan(PlanRequest),
    /// How several blocks and addresses relate.
    Relate(RelateRequest),
    /// Whether a block may be added to a VPC as a secondary block.
    Secondary(SecondaryRequest),
}

#[derive(Debug, Args)]
#[command(group = ArgGroup::new("splitting").args(["split", "into"]))]
pub struct CidrArgs {
    /// The block: an IPv4 or IPv6 address, a slash and a prefix length (10.0.0.0/24).
    /// Several blocks or addresses (10.0.5.7): how each pair relates
    #[arg(value_name = "CIDR", required_unless_present = "hosts")]
    pub cidr: Vec<String>,

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

    /// Plan subnets in CIDR for these host counts (500,200,50 or web=500,db=200): each the
    /// smallest AWS size, placed largest first and aligned, with the free blocks left
    #[arg(
        long,
        value_name = "HOSTS,...",
        requires = "cidr",
        conflicts_with_all = ["hosts", "splitting", "secondary"]
    )]
    pub plan: Option<String>,

    /// Whether AWS lets a VPC whose primary block is CIDR add this IPv4 block, and the rule
    /// that decides
    #[arg(
        long,
        value_name = "BLOCK",
        requires = "cidr",
        conflicts_with_all = ["hosts", "splitting"]
    )]
    pub secondary: Option<String>,

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
        if self.cidr.len() > 1 {
            return self.relate();
        }
        let parent: Option<CidrInput> = self.cidr.first().map(|c| c.parse()).transpose()?;
        if let (Some(primary), Some(added)) = (&parent, &self.secondary) {
            return Ok(CidrRequest::Secondary(SecondaryRequest {
                primary: primary.clone(),
                secondary: added.parse()?,
                strict: self.strict,
            }));
        }
        if let (Some(parent), Some(plan_text)) = (&parent, &self.plan) {
            return Ok(CidrRequest::Plan(PlanRequest {
                parent: parent.clone(),
                plan_text: plan_text.clone(),
                items: parse_plan(plan_text)?,
                strict: self.strict,
            }));
        }
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

    /// Several blocks or addresses: how they relate. The one-block options do not apply.
    fn relate(&self) -> Result<CidrRequest, Error> {
        let flag = [
            ("--hosts", self.hosts.is_some()),
            ("--split", self.split.is_some()),
            ("--into", self.into.is_some()),
            ("--plan", self.plan.is_some()),
            ("--secondary", self.secondary.is_some()),
        ]
        .into_iter()
        .find(|(_, set)| *set);
        if let Some((flag, _)) = flag {
            let given: Vec<String> = self.cidr.iter().map(|c| format!("`{c}`")).collect();
            return Err(Error::Conflict {
                message: format!(
                    "{flag} takes one block, and {} were given ({}); give one block, or leave \
                     out {flag} to compare them",
                    self.cidr.len(),
                    given.join(", ")
                ),
            });
        }
        let items = self
            .cidr
            .iter()
            .map(|c| c.parse::<Item>())
            .collect::<Result<Vec<_>, _>>()?;
        Ok(CidrRequest::Relate(RelateRequest {
            items,
            strict: self.strict,
        }))
    }
}
