//! VPC subnet arithmetic in words: the reports for `awscalc cidr`, built from the typed
//! results of [`crate::calc::vpc`]. One file per form: [`block`](mod@block) (`cidr BLOCK`),
//! [`hosts`](mod@hosts) (`--hosts`), [`split`](mod@split) (`--split`, `--into`),
//! [`plan`](mod@plan) (`--plan`), [`relation`] (`cidr A B …`) and [`secondary`](mod@secondary)
//! (`--secondary`); here the pieces they share and the words of
//! [`Problem`].

use std::fmt;

use ipnet::IpNet;
use rust_decimal::Decimal;

use crate::calc::vpc::{
    pow2_minus, pow2_number, Amount, Arith, Block, CidrFault, CidrForms, CidrInput, PlanFault,
    Problem, RangeProblem, ReservedRole, SizeRule, Step as VpcStep, Use,
};
use crate::facts::vpc::{RESERVED_LAST_ROLE, RESERVED_LEADING_ROLES};
use crate::report::{Number, Report, Step, Value};

#[cfg(test)]
pub(crate) mod testing {
    //! Helpers the report tests share.

    use crate::calc::testing::book;
    use crate::calc::vpc::BlockRequest;
    use crate::report::{Report, Value};

    pub(crate) fn report(text: &str) -> Report {
        super::block(
            &BlockRequest {
                cidr: text.parse().unwrap(),
                strict: false,
            },
            &mut book(),
        )
        .unwrap()
    }

    pub(crate) fn field<'a>(r: &'a Report, name: &str) -> &'a Value {
        &r.get(name)
            .unwrap_or_else(|| panic!("no field {name}"))
            .value
    }

    pub(crate) fn text(r: &Report, name: &str) -> String {
        field(r, name).plain()
    }

    pub(crate) fn aws(r: &Report, key: &str) -> Value {
        match field(r, "aws") {
            Value::Map(fields) => fields.iter().find(|(k, _)| k == key).unwrap().1.clone(),
            other => panic!("aws is {other:?}"),
        }
    }
}

pub mod block;
pub mod hosts;
pub mod plan;
pub mod quota;
pub mod relation;
pub mod secondary;
pub mod split;

pub use block::block;
pub use hosts::hosts;
pub use plan::plan;
pub use quota::quota;
pub use relation::relate;
pub use secondary::secondary;
pub use split::split;

/// `/16 to /28`, or `/44 to /64 in steps of 4: /44, /48, …`.
#[must_use]
pub fn size_words(rule: SizeRule) -> String {
    if rule.step == 1 {
        format!("/{} to /{}", rule.min, rule.max)
    } else {
        let all: Vec<String> = rule.prefixes().map(|p| format!("/{p}")).collect();
        format!(
            "/{} to /{} in steps of {}: {}",
            rule.min,
            rule.max,
            rule.step,
            all.join(", ")
        )
    }
}

/// The roles of a reserved address, joined: `network address`, or for the second address
/// of a /31 `reserved by AWS for the VPC router (base + 1); last address: …`.
#[must_use]
pub fn roles_words(roles: &[ReservedRole]) -> String {
    let words: Vec<&str> = roles
        .iter()
        .map(|role| match role {
            ReservedRole::Leading(offset) => usize::try_from(*offset)
                .ok()
                .and_then(|i| RESERVED_LEADING_ROLES.get(i))
                .copied()
                .unwrap_or("reserved by AWS"),
            ReservedRole::Last => RESERVED_LAST_ROLE,
            ReservedRole::Trailing => "reserved by AWS at the end of the subnet",
        })
        .collect();
    words.join("; ")
}

/// Why AWS refuses a block, in one sentence.
#[must_use]
pub fn range_problem_words(problem: &RangeProblem) -> String {
    match problem {
        RangeProblem::Size { block, usage, rule } => format!(
            "prefix /{} is outside what an AWS {} {} allows ({})",
            block.prefix(),
            block.family().name(),
            match usage {
                Use::Subnet => "subnet",
                Use::Vpc => "VPC CIDR block",
            },
            size_words(*rule)
        ),
        RangeProblem::Forbidden { block, range } => format!(
            "{block} overlaps {}: {}, so no subnet can use it either",
            range.cidr, range.reason
        ),
    }
}

/// A formula as the reports print it: `32 − 24`, `2^8`, `256 − 5`, `10.0.0.0 + 4`.
#[must_use]
pub fn formula_text(formula: Arith) -> String {
    let grouped = |n: u128| Number::from(n).grouped();
    match formula {
        Arith::HostBits { bits, prefix } => format!("{bits} − {prefix}"),
        Arith::Pow2 { exp } => format!("2^{exp}"),
        Arith::Blocks { prefix, parent } => format!("2^({prefix} − {parent})"),
        Arith::Reserved { leading, trailing } => format!("first {leading} + last {trailing}"),
        Arith::Usable { exp, reserved } => {
            if pow2_minus(exp, reserved).is_some() {
                format!("{} − {reserved}", pow2_number(exp).grouped())
            } else {
                format!(
                    "{} − {reserved} is below zero: none",
                    pow2_number(exp).grouped()
                )
            }
        }
        Arith::UsableAtLeastZero { exp, reserved } => format!("max(0, 2^{exp} − {reserved})"),
        Arith::Holds {
            exp,
            reserved,
            hosts,
        } => format!(
            "2^{exp} − {reserved} = {} {} {}",
            grouped(formula.eval().count().unwrap_or(0)),
            if formula.holds() == Some(true) {
                "≥"
            } else {
                "<"
            },
            grouped(hosts)
        ),
        Arith::After { address, offset } => format!("{address} + {offset}"),
        Arith::Before { address, offset } => format!("{address} − {offset}"),
        Arith::Product { count, each } => {
            format!("{} × {}", count.number().grouped(), grouped(each))
        }
        Arith::CeilLog2 { n } => format!("ceil(log2 {})", grouped(n)),
        Arith::Larger { prefix, parent } => format!("/{prefix} is larger than /{parent}"),
    }
}

/// An amount as a report value: a count's exact digits, an address as text.
fn amount_value(amount: Amount) -> Value {
    match amount {
        Amount::Count(count) => Value::Number(count.number()),
        Amount::Address(address) => Value::text(address.to_string()),
    }
}

/// Adds a typed step to the report: its label, its formula as text, its value.
fn typed_step<K>(report: &mut Report, label: impl Into<String>, step: &VpcStep<K>, unit: &str) {
    report.steps.push(Step {
        label: label.into(),
        formula: formula_text(step.formula),
        value: amount_value(step.value),
        unit: unit.into(),
        aside: false,
    });
}

/// `n` as a decimal where it fits (up to 2^96 − 1); `From<u128>` would panic beyond.
fn decimal(n: u128) -> Option<Decimal> {
    Decimal::try_from_i128_with_scale(i128::try_from(n).ok()?, 0).ok()
}

/// Adds a step whose value may be beyond `Decimal` (IPv6 counts).
fn step(
    report: &mut Report,
    label: impl Into<String>,
    formula: impl Into<String>,
    value: Value,
    unit: &str,
) {
    report.steps.push(Step {
        label: label.into(),
        formula: formula.into(),
        value,
        unit: unit.into(),
        aside: false,
    });
}

/// The warning for an input with host bits set.
fn host_bits_warning(input: &CidrInput, block: IpNet, report: &mut Report) {
    report.warn(format!(
        "`{}` is not a network address: host bits are set; its network is {block}, used below \
         (--strict makes this an error)",
        input.text().trim()
    ));
}

/// The block as understood, as the report's `cidr` input.
fn describe_block_input(input: &CidrInput, block: IpNet, report: &mut Report) {
    report.input(
        "cidr",
        input.text().trim(),
        format!(
            "{} block {block}: network {}, prefix /{}",
            block.family().name(),
            block.network(),
            block.prefix()
        ),
        Value::text(block.to_string()),
    );
}

/// The forms `--plan` takes.
const PLAN_FORMS: &str = "host counts separated by commas, like 500,200,50, optionally named \
     like web=500,db=200 (names of letters, digits, `-`, `_` and `.`)";

/// The forms a block, or a block or an address, is written in.
fn cidr_forms(forms: CidrForms) -> &'static str {
    match forms {
        CidrForms::Block => crate::calc::vpc::BLOCK_FORMS,
        CidrForms::Item => crate::calc::vpc::ITEM_FORMS,
    }
}

/// What is wrong with a block or an address, in words.
struct CidrWords<'a>(&'a CidrFault);

impl fmt::Display for CidrWords<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            CidrFault::Empty => f.write_str("it is empty"),
            CidrFault::NoPrefix { text } => write!(
                f,
                "`{text}` has no prefix length: write the block as address/prefix"
            ),
            CidrFault::NotAnAddress { text } => {
                write!(f, "`{text}` is not an IPv4 or IPv6 address")
            }
            CidrFault::PrefixNotWhole { text, family } => write!(
                f,
                "the prefix length `{text}` is not a whole number from 0 to {}",
                family.bits()
            ),
            CidrFault::PrefixTooLong { prefix, family } => write!(
                f,
                "prefix /{prefix} is above {}, the longest an {} prefix can be",
                family.bits(),
                family.name()
            ),
            CidrFault::NotAPrefix { prefix } => {
                write!(f, "prefix /{prefix} is not a prefix length")
            }
            CidrFault::HostBits { address, network } => write!(
                f,
                "{address} is not a network address: host bits are set, and its network is \
                 {network} (--strict accepts only network addresses)"
            ),
            CidrFault::NeitherBlockNorAddress { text } => write!(
                f,
                "`{text}` is neither a block (address/prefix) nor an IP address"
            ),
        }
    }
}

/// What is wrong with a `--plan` list, in words.
struct PlanWords<'a>(&'a PlanFault);

impl fmt::Display for PlanWords<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            PlanFault::Empty => f.write_str("it is empty"),
            PlanFault::EmptyEntry { entry } => {
                write!(f, "entry {entry} is empty (two commas in a row?)")
            }
            PlanFault::BadName { name } => write!(f, "`{name}` is not a name for a subnet"),
            PlanFault::NameTwice { name } => {
                write!(
                    f,
                    "the name `{name}` is used twice; each subnet needs its own"
                )
            }
        }
    }
}

impl Problem {
    /// What is allowed instead, in words, where the problem says: the forms of `--plan`.
    #[must_use]
    pub fn allowed(&self) -> Option<String> {
        match self {
            Problem::BadPlan { .. } => Some(PLAN_FORMS.into()),
            Problem::BadCidr { forms, .. } => Some(cidr_forms(*forms).into()),
            _ => None,
        }
    }
}

impl fmt::Display for Problem {
    #[allow(
        clippy::too_many_lines,
        reason = "one arm per problem, each its message"
    )]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::BadPlan { input, fault } => {
                crate::explain::invalid_input(f, "plan", input, PlanWords(fault), PLAN_FORMS)
            }
            Problem::BadCidr {
                input,
                fault,
                forms,
            } => crate::explain::invalid_input(
                f,
                "cidr",
                input,
                CidrWords(fault),
                cidr_forms(*forms),
            ),
            Problem::NoSubnetHolds {
                family,
                hosts,
                largest,
                host_bits,
                reserved,
                usable,
            } => write!(
                f,
                "no AWS {} subnet holds `{hosts}` hosts: the largest, /{largest}, has {} usable \
                 addresses ({} − {reserved}); spread the hosts over several subnets",
                family.name(),
                Number::from(*usable).grouped(),
                pow2_number(*host_bits).grouped(),
            ),
            Problem::SplitBeyondFamily { parent, prefix } => write!(
                f,
                "cannot split {parent} into /{prefix} blocks: an {} prefix is at most /{}",
                parent.family().name(),
                parent.family().bits()
            ),
            Problem::SplitIntoLarger { parent, prefix } => write!(
                f,
                "cannot split {parent} into /{prefix} blocks: /{prefix} is larger than the \
                 block; use a prefix from /{} to /{}",
                parent.prefix(),
                parent.family().bits()
            ),
            Problem::TooManyToList {
                parent,
                prefix,
                max,
            } => write!(
                f,
                "splitting {parent} into /{prefix} gives {} subnets, more than the {} awscalc \
                 lists; add --count for the number only, or --limit N for the first N",
                pow2_number(prefix.saturating_sub(parent.prefix())).grouped(),
                Number::from(*max).grouped()
            ),
            Problem::PlanEntryTooLarge {
                family,
                given,
                hosts,
                largest,
                host_bits,
                reserved,
                usable,
            } => write!(
                f,
                "no AWS {} subnet holds `{given}` ({} hosts): the largest, /{largest}, has {} \
                 usable addresses ({} − {reserved}); split it into several entries",
                family.name(),
                Number::from(*hosts).grouped(),
                Number::from(*usable).grouped(),
                pow2_number(*host_bits).grouped(),
            ),
            Problem::PlanDoesNotFit {
                parent,
                given,
                prefix,
                left,
                needed,
            } => write!(
                f,
                "the plan does not fit in {parent}: `{given}` needs a /{prefix} ({} addresses) \
                 and {} {} left; the plan needs {} addresses in all and the block has {}; \
                 use a larger block or fewer hosts",
                pow2_number(parent.family().bits().saturating_sub(*prefix)).grouped(),
                Number::from(*left).grouped(),
                if *left == 1 {
                    "address is"
                } else {
                    "addresses are"
                },
                needed.number().grouped(),
                pow2_number(parent.host_bits()).grouped()
            ),
            Problem::PlanNoRoomAround {
                parent,
                given,
                prefix,
                left,
                largest,
                existing,
            } => write!(
                f,
                "the plan does not fit in {parent} around the {} {} already in use: `{given}` \
                 needs an aligned /{prefix} ({} addresses); {} {} free, the largest free \
                 block {}; use a larger block, fewer hosts, or free some subnets",
                Number::from(*existing).grouped(),
                if *existing == 1 { "block" } else { "blocks" },
                pow2_number(parent.family().bits().saturating_sub(*prefix)).grouped(),
                Number::from(*left).grouped(),
                if *left == 1 {
                    "address is"
                } else {
                    "addresses are"
                },
                largest.map_or_else(|| "none".to_string(), |b| format!("{b}")),
            ),
            Problem::TooFewItems => f.write_str(
                "comparing needs at least two blocks or addresses, like \
                 `awscalc cidr 10.0.0.0/16 10.0.5.7`",
            ),
            Problem::MixedFamilies {
                first,
                first_family,
                other,
                other_family,
            } => write!(
                f,
                "cannot compare `{first}` ({}) with `{other}` ({}): blocks and addresses \
                 compared together must all be IPv4 or all IPv6",
                first_family.name(),
                other_family.name()
            ),
            Problem::SecondaryIpv6 { input } => write!(
                f,
                "--secondary checks IPv4 blocks against AWS's IPv4 association table, and \
                 `{input}` is IPv6; a VPC takes IPv6 blocks (/44 to /60 in steps of 4) apart \
                 from its IPv4 ones: give two IPv4 blocks, like `awscalc cidr 10.0.0.0/16 \
                 --secondary 100.64.0.0/16`"
            ),
            Problem::NotAPrefix { input } => write!(
                f,
                "`{input}` is not a prefix length: expected a whole number from 0 to 32 (IPv4) \
                 or 128 (IPv6), like 24 or /24"
            ),
        }
    }
}
