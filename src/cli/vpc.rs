//! `awscalc cidr`: VPC subnet arithmetic flags.

use std::path::{Path, PathBuf};

use clap::{ArgGroup, Args};

use awscalc::calc::vpc::{
    parse_count, parse_plan, parse_prefix, BlockRequest, CidrInput, HostsRequest, Item,
    PlanRequest, RelateRequest, SecondaryRequest, SplitBy, SplitRequest,
};
use awscalc::question::CidrRequest;
use awscalc::Error;

const CIDR_EXAMPLES: &str = "\
AWS reserves 5 addresses in every subnet: the first four and the last.
Subnets: IPv4 /16 to /28; IPv6 /44 to /64 in steps of 4. VPC blocks: IPv4 /16 to /28;
IPv6 /44 to /60 in steps of 4 (Amazon-provided: /56). Many blocks: `--file blocks.txt`, or
`--file -` to read them from a pipe (aws ec2 describe-subnets ... | awscalc cidr --file -).

Examples:
  awscalc cidr 10.0.0.0/24                        251 usable (256 − 5), 10.0.0.4 to 10.0.0.254
  awscalc cidr 2600:1f18::/64                     18,446,744,073,709,551,611 usable (2^64 − 5)
  awscalc cidr 10.0.0.0/24 --expect 254           mismatch: 254 reserves only network and broadcast
  awscalc cidr 10.0.0.5/24 --strict               error: host bits set
  awscalc cidr --hosts 500                        /23 (507 usable)
  awscalc cidr 10.0.0.0/16 --hosts 500            /23, and 128 of them fit
  awscalc cidr 10.0.0.0/16 --split 24             10.0.0.0/24 first of 256 /24s, 251 usable each
  awscalc cidr 10.0.0.0/16 --into 3 --count       4 (3 rounded up to a power of two)
  awscalc cidr 10.0.0.0/8 --split 28 --limit 5    10.0.0.0/28 first 5 of 1,048,576
  awscalc cidr 10.0.0.0/16 --plan web=500,db=200,50
                                                  web /23, db /24, /26: largest first
  awscalc cidr 10.0.0.0/16 10.0.128.0/17 192.168.0.0/24
                                                  overlap: the pairs that do, and the disjoint
  awscalc cidr 10.0.0.0/16 10.1.0.0/16 --expect disjoint
                                                  disjoint (exit 0): they can be peered
  awscalc cidr 10.0.0.0/16 10.0.0.2               contains; the Amazon DNS server's address
  awscalc cidr 10.0.0.0/16 --secondary 192.168.0.0/24
                                                  not allowed: another RFC 1918 range";

/// `cidr`'s usage line, by hand: its forms.
pub(super) const CIDR_USAGE: &str = "\
awscalc cidr CIDR [--strict]
       awscalc cidr [CIDR] --hosts N
       awscalc cidr CIDR (--split PREFIX | --into N) [--count | --limit N]
       awscalc cidr CIDR --plan HOSTS,HOSTS...
       awscalc cidr CIDR --secondary BLOCK
       awscalc cidr CIDR CIDR... [--file FILE] [--limit N]";

/// What `--expect` recognises for `cidr`.
pub(super) const CIDR_EXPECT: &str = "Compare the answer with VALUE: exit 0 on a match, 1 on a \
mismatch, with a hint naming the reading that gives VALUE: only the network and broadcast \
addresses reserved (as outside AWS), or only the first addresses reserved";

/// VPC subnet math for IPv4 and IPv6: the 5 reserved addresses, usable count, AWS size rules
#[derive(Debug, Args)]
#[command(
    after_help = CIDR_EXAMPLES,
    override_usage = CIDR_USAGE,
    group = ArgGroup::new("splitting").args(["split", "into"]),
    group = ArgGroup::new("blocks").args(["cidr", "file"]).multiple(true)
)]
pub(crate) struct CidrArgs {
    /// The block: an IPv4 or IPv6 address, a slash and a prefix length (10.0.0.0/24).
    /// Several blocks or addresses (10.0.5.7): which pairs overlap, and how many are disjoint
    #[arg(value_name = "CIDR", required_unless_present_any = ["hosts", "file"])]
    pub cidr: Vec<String>,

    /// Compare the blocks and addresses in FILE too (`-`: standard input), separated by
    /// spaces, tabs, commas or new lines; `#` starts a comment
    #[arg(
        long,
        value_name = "FILE",
        conflicts_with_all = ["hosts", "splitting", "plan", "secondary"]
    )]
    pub file: Option<PathBuf>,

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

    /// With --split or --into: list at most N subnets. Comparing several blocks: describe at
    /// most N of them and list at most N of the pairs that overlap (default 1,000); all are
    /// compared and counted
    #[arg(long, value_name = "N", conflicts_with = "count")]
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
    #[arg(long, requires = "blocks")]
    pub strict: bool,
}

impl CidrArgs {
    /// The typed request, with the blocks of `--file` read into it (once: the question
    /// is asked again on the other side of each change of an AWS value, and standard input
    /// can be read only once).
    ///
    /// # Errors
    /// A block, prefix or count that cannot be read, or a `--file` that cannot be read.
    pub(crate) fn request(&self) -> Result<CidrRequest, Error> {
        let file_text = self.file.as_deref().map(read_text).transpose()?;
        if self.cidr.len() > 1 || self.file.is_some() {
            return self.relate(file_text.as_deref());
        }
        if self.limit.is_some() && self.split.is_none() && self.into.is_none() {
            return Err(Error::Conflict {
                message: "--limit takes --split, --into or several blocks to compare; give \
                          one of them, or leave out --limit"
                    .into(),
            });
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
    fn relate(&self, file_text: Option<&str>) -> Result<CidrRequest, Error> {
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
        let mut items = self
            .cidr
            .iter()
            .map(|c| c.parse::<Item>())
            .collect::<Result<Vec<_>, _>>()?;
        if let (Some(path), Some(text)) = (&self.file, file_text) {
            file_items(path, text, &mut items)?;
        }
        Ok(CidrRequest::Relate(RelateRequest {
            items,
            strict: self.strict,
            limit: self
                .limit
                .as_deref()
                .map(|l| parse_count(l, "limit"))
                .transpose()?
                .map(|l| usize::try_from(l).unwrap_or(usize::MAX)),
        }))
    }
}

/// `FILE` in backticks, or `standard input` for `-`.
fn place(path: &Path) -> String {
    if path.as_os_str() == "-" {
        "standard input".into()
    } else {
        format!("`{}`", path.display())
    }
}

/// The whole text of `path`, or of standard input for `-`.
fn read_text(path: &Path) -> Result<String, Error> {
    let read = if path.as_os_str() == "-" {
        std::io::read_to_string(std::io::stdin())
    } else {
        std::fs::read_to_string(path)
    };
    read.map_err(|e| Error::CannotRead {
        place: place(path),
        reason: e.to_string(),
    })
}

/// The blocks and addresses of a `--file`: words separated by white space or commas, with
/// `#` starting a comment to the end of the line. A word that is neither is an error
/// naming its line.
fn file_items(path: &Path, text: &str, items: &mut Vec<Item>) -> Result<(), Error> {
    for (i, line) in text.lines().enumerate() {
        let line = line.split_once('#').map_or(line, |(before, _)| before);
        for word in line
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|w| !w.is_empty())
        {
            items.push(word.parse().map_err(|e| Error::InFile {
                place: place(path),
                line: i + 1,
                error: Box::new(e),
            })?);
        }
    }
    Ok(())
}
