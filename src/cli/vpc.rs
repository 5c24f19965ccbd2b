//! `awscalc cidr`: VPC subnet arithmetic flags.

use clap::Args;

use awscalc::calc::vpc::BlockRequest;
use awscalc::Error;

pub(super) const CIDR_EXAMPLES: &str = "\
AWS reserves 5 addresses in every subnet: the first four and the last.
Subnets: IPv4 /16 to /28; IPv6 /44 to /64 in steps of 4. VPC blocks: IPv4 /16 to /28;
IPv6 /44 to /60 in steps of 4 (Amazon-provided: /56).

Examples:
  awscalc cidr 10.0.0.0/24                     251 usable (256 − 5), 10.0.0.4 to 10.0.0.254
  awscalc cidr 2600:1f18::/64                  2^64 − 5 usable
  awscalc cidr 10.0.0.0/24 --expect 254        mismatch: 254 reserves only network and broadcast
  awscalc cidr 10.0.0.5/24 --strict            error: host bits set";

#[derive(Debug, Args)]
pub struct CidrArgs {
    /// The block: an IPv4 or IPv6 address, a slash and a prefix length (10.0.0.0/24)
    #[arg(value_name = "CIDR")]
    pub cidr: String,

    /// Refuse a block whose address has host bits set (10.0.0.5/24) instead of using its network
    #[arg(long)]
    pub strict: bool,
}

impl CidrArgs {
    /// The typed request.
    ///
    /// # Errors
    /// A block that cannot be read.
    pub fn request(&self) -> Result<BlockRequest, Error> {
        Ok(BlockRequest {
            cidr: self.cidr.parse()?,
            strict: self.strict,
        })
    }
}
