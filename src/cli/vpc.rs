//! `awscalc cidr`: VPC subnet arithmetic flags.

use std::path::{Path, PathBuf};

use clap::{ArgGroup, Args};

use awscalc::calc::vpc::{
    described_blocks, is_json, line_of, parse_count, parse_plan, parse_prefix, per_zone,
    Block as _, BlockRequest, CidrInput, HostsRequest, IpNet, Item, Owner, PlanRequest,
    QuotaRequest, RelateRequest, SecondaryRequest, SplitBy, SplitRequest,
};
use awscalc::question::CidrRequest;
use awscalc::Error;

const CIDR_EXAMPLES: &str = "\
AWS reserves 5 addresses in every subnet: the first four and the last.
Subnets: IPv4 /16 to /28; IPv6 /44 to /64 in steps of 4. VPC blocks: IPv4 /16 to /28;
IPv6 /44 to /60 in steps of 4 (Amazon-provided: /56). Many blocks: `--file blocks.txt`, or
`--file -` to read them from a pipe; `--file` and `--existing` also read the JSON of
`aws ec2 describe-vpcs` and `aws ec2 describe-subnets` (aws ec2 describe-subnets | awscalc ...).

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
                                                  not allowed: another RFC 1918 range
  awscalc cidr --file docs/examples/describe-vpcs.json
                                                  overlap: 10.1.0.0/16 is in two VPCs
  awscalc cidr 10.0.0.0/16 --existing 10.0.0.0/24,10.0.16.0/20
                                                  10.0.1.0/24 first of 7 free blocks (61,184)
  awscalc cidr 10.0.0.0/16 --plan web=500,db=200 --azs 3
                                                  web-az1 10.0.0.0/23, ..., then the db /24s
  awscalc cidr --vpcs 6 --tiers 3 --azs 3         no: 6 VPCs > 5 per Region (9 subnets each fit)";

/// `cidr`'s usage line, by hand: its forms.
pub(super) const CIDR_USAGE: &str = "\
awscalc cidr CIDR [--strict]
       awscalc cidr [CIDR] --hosts N
       awscalc cidr CIDR (--split PREFIX | --into N) [--count | --limit N]
       awscalc cidr CIDR --plan HOSTS,HOSTS... [--azs N] [--existing FILE|BLOCKS]
       awscalc cidr CIDR --existing FILE|BLOCKS
       awscalc cidr CIDR --secondary BLOCK
       awscalc cidr CIDR CIDR... [--file FILE] [--limit N]
       awscalc cidr --vpcs N --tiers N --azs N [--blocks N] [--eips N]";

/// What `--expect` recognises for `cidr`.
pub(super) const CIDR_EXPECT: &str = "Compare the answer with VALUE: exit 0 on a match, 1 on a \
mismatch, with a hint naming the reading that gives VALUE: only the network and broadcast \
addresses reserved (as outside AWS), or only the first addresses reserved";

/// VPC subnet math for IPv4 and IPv6: the 5 reserved addresses, usable count, AWS size rules
#[derive(Debug, Args)]
#[group(skip)]
#[command(
    after_help = CIDR_EXAMPLES,
    override_usage = CIDR_USAGE,
    group = ArgGroup::new("splitting").args(["split", "into"]),
    group = ArgGroup::new("blocks").args(["cidr", "file"]).multiple(true)
)]
pub(crate) struct CidrArgs {
    /// The block: an IPv4 or IPv6 address, a slash and a prefix length (10.0.0.0/24).
    /// Several blocks or addresses (10.0.5.7): which pairs overlap, and how many are disjoint
    #[arg(value_name = "CIDR", required_unless_present_any = ["hosts", "file", "vpcs"])]
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

    /// With --plan: each entry is a tier, planned once in each of N Availability Zones
    /// (web-az1, web-az2, ...)
    #[arg(long, value_name = "N", allow_negative_numbers = true)]
    pub azs: Option<String>,

    /// Blocks already in use in CIDR: a FILE (`-`: standard input) of blocks or of the JSON
    /// that `aws ec2 describe-subnets` prints, or blocks separated by commas. Alone: the free
    /// ranges left; with --plan, the subnets go around them
    #[arg(
        long,
        value_name = "FILE|BLOCKS",
        requires = "cidr",
        conflicts_with_all = ["hosts", "splitting", "secondary", "file"]
    )]
    pub existing: Option<String>,

    /// With --existing describe-subnets JSON of several VPCs: the VPC planned (its VpcId);
    /// only its subnets are in use. Without it, the one VPC with subnets in CIDR
    #[arg(long, value_name = "VPC_ID", requires = "existing")]
    pub vpc_id: Option<String>,

    /// Whether N VPCs (with --tiers and --azs) fit the default VPC quotas of a Region
    #[arg(
        long,
        value_name = "N",
        allow_negative_numbers = true,
        requires_all = ["tiers", "azs"],
        conflicts_with_all = ["cidr", "file", "hosts", "splitting", "plan", "secondary", "existing"]
    )]
    pub vpcs: Option<String>,

    /// With --vpcs: tiers of subnets in each VPC, each in every AZ (public, private, data: 3)
    #[arg(
        long,
        value_name = "N",
        requires = "vpcs",
        allow_negative_numbers = true
    )]
    pub tiers: Option<String>,

    /// With --vpcs: IPv4 CIDR blocks in each VPC, the primary and secondaries (default 1)
    #[arg(
        long = "blocks",
        value_name = "N",
        requires = "vpcs",
        allow_negative_numbers = true
    )]
    pub vpc_blocks: Option<String>,

    /// With --vpcs: Elastic IP addresses in the Region (one per public NAT gateway, say)
    #[arg(
        long,
        value_name = "N",
        requires = "vpcs",
        allow_negative_numbers = true
    )]
    pub eips: Option<String>,

    /// Refuse a block whose address has host bits set (10.0.0.5/24) instead of using its network
    #[arg(long, requires = "blocks")]
    pub strict: bool,
}

/// The most Availability Zones `--azs` takes (no Region has nearly so many; a bound on the
/// plan's size, not an AWS figure).
const MAX_AZS: u128 = 100;

impl CidrArgs {
    /// The typed request, with the blocks of `--file` read into it (once: the question
    /// is asked again on the other side of each change of an AWS value, and standard input
    /// can be read only once).
    ///
    /// # Errors
    /// A block, prefix or count that cannot be read, or a `--file` that cannot be read.
    pub(crate) fn request(&self) -> Result<CidrRequest, Error> {
        if let Some(vpcs) = &self.vpcs {
            return self.quota(vpcs);
        }
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
        let azs = self.azs()?;
        if azs.is_some() && self.plan.is_none() {
            return Err(Error::Conflict {
                message: "--azs takes --plan (each entry a tier, planned once per zone); give \
                          --plan, or leave out --azs"
                    .into(),
            });
        }
        let existing = match &self.existing {
            Some(value) => Some(existing_blocks(
                value,
                parent.as_ref().map(CidrInput::block),
                self.vpc_id.as_deref(),
            )?),
            None => None,
        };
        if let (Some(parent), Some(plan_text)) = (&parent, &self.plan) {
            let tiers = parse_plan(plan_text)?;
            return Ok(CidrRequest::Plan(PlanRequest {
                parent: parent.clone(),
                plan_text: plan_text.clone(),
                items: match azs {
                    Some(azs) => per_zone(&tiers, azs),
                    None => tiers,
                },
                azs,
                existing: existing.unwrap_or_default(),
                strict: self.strict,
            }));
        }
        if let (Some(parent), Some(existing)) = (&parent, existing) {
            return Ok(CidrRequest::Plan(PlanRequest {
                parent: parent.clone(),
                plan_text: String::new(),
                items: Vec::new(),
                azs: None,
                existing,
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

    /// `--azs N`, at most [`MAX_AZS`].
    fn azs(&self) -> Result<Option<u32>, Error> {
        self.azs
            .as_deref()
            .map(|text| match parse_count(text, "azs")? {
                n if n > MAX_AZS => Err(Error::TooLarge {
                    what: "azs",
                    input: text.to_string(),
                    max: MAX_AZS.to_string(),
                }),
                // At most MAX_AZS, so it fits.
                n => Ok(u32::try_from(n).unwrap_or(u32::MAX)),
            })
            .transpose()
    }

    /// `--vpcs N --tiers T --azs Z`: the design against the default quotas.
    fn quota(&self, vpcs: &str) -> Result<CidrRequest, Error> {
        let needed = |value: &Option<String>, flag: &str| {
            value.clone().ok_or_else(|| Error::Conflict {
                message: format!("--vpcs takes {flag} N too (--vpcs 6 --tiers 3 --azs 3)"),
            })
        };
        let tiers = needed(&self.tiers, "--tiers")?;
        let azs = needed(&self.azs, "--azs")?;
        // parse_count's grammar from 0, so `00` is 0 and an error names 0 as the least.
        let zero_ok = |text: &str, what: &'static str| -> Result<u128, Error> {
            awscalc::units::Whole {
                what,
                min: 0,
                max: u128::MAX,
                unit: "",
            }
            .parse(text)
        };
        Ok(CidrRequest::Quota(QuotaRequest {
            vpcs: parse_count(vpcs, "vpcs")?,
            tiers: parse_count(&tiers, "tiers")?,
            azs: parse_count(&azs, "azs")?,
            blocks: self
                .vpc_blocks
                .as_deref()
                .map(|b| parse_count(b, "blocks"))
                .transpose()?,
            eips: self
                .eips
                .as_deref()
                .map(|e| zero_ok(e, "eips"))
                .transpose()?,
        }))
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
        let mut names = vec![String::new(); items.len()];
        if let (Some(path), Some(text)) = (&self.file, file_text) {
            file_items(path, text, &mut items, &mut names)?;
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
            names,
        }))
    }
}

/// The blocks of `--existing`: blocks separated by commas when every word is one, or else
/// a file of blocks or of `describe-subnets` JSON (its VPCs' own blocks are passed over:
/// they are the space the subnets are in, not space in use). Subnets of another VPC are
/// not in use in the one planned: with `vpc_id`, only that VPC's subnets count; without
/// it, those of the one VPC whose subnets lie in `parent` (several such VPCs are refused).
fn existing_blocks(
    value: &str,
    parent: Option<IpNet>,
    vpc_id: Option<&str>,
) -> Result<Vec<IpNet>, Error> {
    let words: Vec<&str> = value
        .split(',')
        .map(str::trim)
        .filter(|w| !w.is_empty())
        .collect();
    if let Ok(inputs) = words
        .iter()
        .map(|w| w.parse::<CidrInput>())
        .collect::<Result<Vec<_>, _>>()
    {
        if let Some(id) = vpc_id {
            return Err(Error::Conflict {
                message: format!(
                    "`--vpc-id {id}` picks subnets from describe-subnets JSON: give --existing a \
                     file of it, or leave out --vpc-id"
                ),
            });
        }
        return Ok(inputs.iter().map(CidrInput::block).collect());
    }
    let path = Path::new(value);
    let text = read_text(path)?;
    let mut items = Vec::new();
    if is_json(&text) {
        let mut subnets = Vec::new();
        for found in described_blocks(&text, &place(path))? {
            if found.owner == Owner::Vpc {
                continue;
            }
            let item: Item = found.cidr.parse().map_err(|e| Error::InFile {
                place: place(path),
                line: line_of(&text, &found.cidr),
                error: Box::new(e),
            })?;
            subnets.push((found.vpc_id, item));
        }
        let chosen = planned_vpc(&subnets, parent, vpc_id, &place(path))?;
        items.extend(
            subnets
                .into_iter()
                .filter(|(vpc, _)| chosen.is_none() || vpc.is_none() || *vpc == chosen)
                .map(|(_, item)| item),
        );
    } else {
        if let Some(id) = vpc_id {
            return Err(Error::Conflict {
                message: format!(
                    "`--vpc-id {id}` picks subnets from describe-subnets JSON, and {} holds \
                     none: leave out --vpc-id",
                    place(path)
                ),
            });
        }
        file_items(path, &text, &mut items, &mut Vec::new())?;
    }
    Ok(items
        .iter()
        .map(|item| match item {
            Item::Block(input) => input.block(),
            Item::Address { address, .. } => IpNet::from(*address),
        })
        .collect())
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
///
/// Text starting with `{` or `[` is JSON: what `aws ec2 describe-vpcs` or `describe-subnets`
/// prints, or a list of blocks (`awscalc::calc::vpc::described_blocks`).
/// Each item's name (a JSON block's `VpcId` or `SubnetId`; empty otherwise) goes to
/// `names`, one per item.
fn file_items(
    path: &Path,
    text: &str,
    items: &mut Vec<Item>,
    names: &mut Vec<String>,
) -> Result<(), Error> {
    if is_json(text) {
        for found in described_blocks(text, &place(path))? {
            items.push(found.cidr.parse().map_err(|e| Error::InFile {
                place: place(path),
                line: line_of(text, &found.cidr),
                error: Box::new(e),
            })?);
            names.push(found.id.unwrap_or_default());
        }
        return Ok(());
    }
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
            names.push(String::new());
        }
    }
    Ok(())
}

/// The VPC whose subnets `--existing` counts: `vpc_id` when given (it must own one of the
/// subnets), else the one VPC with subnets inside `parent`; `None` when no subnet names
/// its VPC.
fn planned_vpc(
    subnets: &[(Option<String>, Item)],
    parent: Option<IpNet>,
    vpc_id: Option<&str>,
    place: &str,
) -> Result<Option<String>, Error> {
    let mut all: Vec<&str> = subnets.iter().filter_map(|(v, _)| v.as_deref()).collect();
    all.sort_unstable();
    all.dedup();
    if let Some(id) = vpc_id {
        if all.contains(&id) {
            return Ok(Some(id.to_string()));
        }
        return Err(Error::Conflict {
            message: format!(
                "no subnet in {place} belongs to `--vpc-id {id}`: its subnets belong to {}",
                if all.is_empty() {
                    "no named VPC".to_string()
                } else {
                    all.join(", ")
                }
            ),
        });
    }
    let mut inside: Vec<&str> = subnets
        .iter()
        .filter(|(_, item)| {
            let block = match item {
                Item::Block(input) => input.block(),
                Item::Address { address, .. } => IpNet::from(*address),
            };
            parent.is_none_or(|p| p.overlaps(&block))
        })
        .filter_map(|(v, _)| v.as_deref())
        .collect();
    inside.sort_unstable();
    inside.dedup();
    match inside.as_slice() {
        [] => Ok(None),
        [one] => Ok(Some((*one).to_string())),
        many => Err(Error::Conflict {
            message: format!(
                "{place} holds subnets of {} VPCs in the block planned ({}): name the VPC with \
                 --vpc-id",
                many.len(),
                many.join(", ")
            ),
        }),
    }
}
