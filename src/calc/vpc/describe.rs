//! The blocks in what `aws ec2 describe-vpcs` and `aws ec2 describe-subnets` print
//! (`--output json`, the AWS CLI's default): every VPC's IPv4 blocks
//! (`CidrBlockAssociationSet`, or `CidrBlock` when the set is absent) and IPv6 blocks
//! (`Ipv6CidrBlockAssociationSet`), and every subnet's `CidrBlock` and IPv6 blocks.
//! Associations whose state is `disassociated`, `disassociating` or `failed` are left
//! out: they hold no addresses. A JSON list of block strings (the output of
//! `--query 'Subnets[].CidrBlock' --output json`) is read too.
//!
//! Field names and shapes are those of the EC2 API reference: `Vpc`
//! (<https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_Vpc.html>), `Subnet`
//! (<https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_Subnet.html>),
//! `VpcCidrBlockAssociation`, `VpcIpv6CidrBlockAssociation` and
//! `SubnetIpv6CidrBlockAssociation`, whose states are `associating | associated |
//! disassociating | disassociated | failing | failed`.

use serde::{Deserialize, Serialize};

use crate::error::Error;

/// What a block found in `describe-*` output belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Owner {
    /// A VPC's block (`describe-vpcs`).
    Vpc,
    /// A subnet's block (`describe-subnets`).
    Subnet,
    /// A bare string in a JSON list.
    Listed,
}

/// One block read from `describe-*` output.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Described {
    /// The block as AWS printed it (`10.0.0.0/16`, `2600:1f18:abc::/56`).
    pub cidr: String,
    /// A VPC's or a subnet's block, or a listed string.
    pub owner: Owner,
    /// `VpcId` or `SubnetId`, when given.
    pub id: Option<String>,
    /// The VPC the block belongs to (a subnet's `VpcId`; a VPC's own id).
    pub vpc_id: Option<String>,
    /// A subnet's `AvailabilityZone`.
    pub zone: Option<String>,
}

enum Document {
    Output(Output),
    List(Vec<String>),
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct Output {
    vpcs: Option<Vec<Vpc>>,
    subnets: Option<Vec<Subnet>>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
#[allow(clippy::struct_field_names)] // AWS's field names
struct Vpc {
    vpc_id: Option<String>,
    cidr_block: Option<String>,
    cidr_block_association_set: Option<Vec<V4Association>>,
    #[serde(default)]
    ipv6_cidr_block_association_set: Vec<V6Association>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
#[allow(clippy::struct_field_names)] // AWS's field names
struct Subnet {
    subnet_id: Option<String>,
    vpc_id: Option<String>,
    availability_zone: Option<String>,
    cidr_block: Option<String>,
    #[serde(default)]
    ipv6_cidr_block_association_set: Vec<V6Association>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct V4Association {
    cidr_block: Option<String>,
    cidr_block_state: Option<State>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct V6Association {
    ipv6_cidr_block: Option<String>,
    ipv6_cidr_block_state: Option<State>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct State {
    state: Option<String>,
}

/// `text` read as JSON of the shape `T`; an error names the line and the path to the
/// value that does not fit (`Vpcs[0].CidrBlock`).
fn read<T: serde::de::DeserializeOwned>(text: &str, place: &str) -> Result<T, Error> {
    let fail = |path: String, e: &serde_json::Error| Error::InFile {
        place: place.to_string(),
        line: e.line(),
        error: Box::new(Error::Invalid {
            what: "describe output",
            input: if path.is_empty() || path == "." {
                "JSON".into()
            } else {
                path
            },
            reason: e.to_string(),
            expected: "the JSON that `aws ec2 describe-vpcs` or `aws ec2 describe-subnets` \
                prints (an object with `Vpcs` or `Subnets`), or a JSON list of blocks"
                .into(),
        }),
    };
    let de = &mut serde_json::Deserializer::from_str(text);
    let value: T = serde_path_to_error::deserialize(&mut *de).map_err(|e| {
        let path = e.path().to_string();
        fail(path, e.inner())
    })?;
    de.end().map_err(|e| fail(String::new(), &e))?;
    Ok(value)
}

/// Whether an association in this state holds its block.
fn holds(state: Option<&State>) -> bool {
    !matches!(
        state.and_then(|s| s.state.as_deref()),
        Some("disassociated" | "disassociating" | "failed")
    )
}

/// Whether `text` is JSON (its first character other than white space is `{` or `[`),
/// not a list of blocks.
#[must_use]
pub fn is_json(text: &str) -> bool {
    matches!(text.trim_start().chars().next(), Some('{' | '['))
}

/// The blocks in `describe-vpcs` or `describe-subnets` output (or both merged into one
/// object), VPCs first, each in the order printed; or the strings of a JSON list.
///
/// ```
/// use awscalc::calc::vpc::{described_blocks, Owner};
///
/// let text = r#"{"Vpcs": [{"VpcId": "vpc-1", "CidrBlock": "10.0.0.0/16",
///   "CidrBlockAssociationSet": [
///     {"CidrBlock": "10.0.0.0/16", "CidrBlockState": {"State": "associated"}},
///     {"CidrBlock": "100.64.0.0/16", "CidrBlockState": {"State": "associated"}}],
///   "Ipv6CidrBlockAssociationSet": [
///     {"Ipv6CidrBlock": "2600:1f18::/56", "Ipv6CidrBlockState": {"State": "associated"}}]}]}"#;
/// let blocks = described_blocks(text, "vpcs.json").unwrap();
/// let cidrs: Vec<&str> = blocks.iter().map(|b| b.cidr.as_str()).collect();
/// assert_eq!(cidrs, ["10.0.0.0/16", "100.64.0.0/16", "2600:1f18::/56"]);
/// assert!(blocks.iter().all(|b| b.owner == Owner::Vpc));
/// ```
///
/// # Errors
/// [`Error::InFile`] naming `place` and the line where the text stops being JSON of
/// either shape.
pub fn described_blocks(text: &str, place: &str) -> Result<Vec<Described>, Error> {
    let document = if text.trim_start().starts_with('[') {
        Document::List(read(text, place)?)
    } else {
        Document::Output(read(text, place)?)
    };
    let mut found = Vec::new();
    match document {
        Document::List(list) => found.extend(list.into_iter().map(|cidr| Described {
            cidr,
            owner: Owner::Listed,
            id: None,
            vpc_id: None,
            zone: None,
        })),
        Document::Output(Output {
            vpcs: None,
            subnets: None,
        }) => {
            return Err(Error::InFile {
                place: place.to_string(),
                line: 1,
                error: Box::new(Error::Invalid {
                    what: "describe output",
                    input: "JSON".into(),
                    reason: "it has neither `Vpcs` nor `Subnets`".into(),
                    expected: "the JSON that `aws ec2 describe-vpcs` or `aws ec2 \
                        describe-subnets` prints, or a JSON list of blocks"
                        .into(),
                }),
            });
        }
        Document::Output(output) => {
            for vpc in output.vpcs.unwrap_or_default() {
                let of_vpc = |cidr: String| Described {
                    cidr,
                    owner: Owner::Vpc,
                    id: vpc.vpc_id.clone(),
                    vpc_id: vpc.vpc_id.clone(),
                    zone: None,
                };
                match &vpc.cidr_block_association_set {
                    Some(set) => found.extend(
                        set.iter()
                            .filter(|a| holds(a.cidr_block_state.as_ref()))
                            .filter_map(|a| a.cidr_block.clone())
                            .map(of_vpc),
                    ),
                    None => found.extend(vpc.cidr_block.clone().map(of_vpc)),
                }
                found.extend(
                    vpc.ipv6_cidr_block_association_set
                        .iter()
                        .filter(|a| holds(a.ipv6_cidr_block_state.as_ref()))
                        .filter_map(|a| a.ipv6_cidr_block.clone())
                        .map(of_vpc),
                );
            }
            for subnet in output.subnets.unwrap_or_default() {
                let of_subnet = |cidr: String| Described {
                    cidr,
                    owner: Owner::Subnet,
                    id: subnet.subnet_id.clone(),
                    vpc_id: subnet.vpc_id.clone(),
                    zone: subnet.availability_zone.clone(),
                };
                found.extend(subnet.cidr_block.clone().map(of_subnet));
                found.extend(
                    subnet
                        .ipv6_cidr_block_association_set
                        .iter()
                        .filter(|a| holds(a.ipv6_cidr_block_state.as_ref()))
                        .filter_map(|a| a.ipv6_cidr_block.clone())
                        .map(of_subnet),
                );
            }
        }
    }
    Ok(found)
}

/// The line (from 1) where `"cidr"` first appears in `text`, to name in an error about
/// that block; 1 when it is not found.
#[must_use]
pub fn line_of(text: &str, cidr: &str) -> usize {
    text.find(&format!("\"{cidr}\""))
        .map_or(1, |at| text[..at].matches('\n').count() + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shape of `aws ec2 describe-subnets` output, abridged from the example in the
    /// EC2 API reference's DescribeSubnets page: an IPv4-only subnet and a dual-stack one
    /// with one association disassociated.
    const SUBNETS: &str = r#"{
        "Subnets": [
            {"AvailabilityZone": "us-east-1a", "CidrBlock": "10.0.0.0/24",
             "SubnetId": "subnet-1", "VpcId": "vpc-1",
             "Ipv6CidrBlockAssociationSet": []},
            {"AvailabilityZone": "us-east-1b", "CidrBlock": "10.0.1.0/24",
             "SubnetId": "subnet-2", "VpcId": "vpc-1",
             "Ipv6CidrBlockAssociationSet": [
                {"Ipv6CidrBlock": "2600:1f18::/64",
                 "Ipv6CidrBlockState": {"State": "associated"}},
                {"Ipv6CidrBlock": "2600:1f18:0:1::/64",
                 "Ipv6CidrBlockState": {"State": "disassociated"}}]}
        ]
    }"#;

    #[test]
    fn subnets_with_their_ipv6_blocks_and_zones() {
        let found = described_blocks(SUBNETS, "f").unwrap();
        let cidrs: Vec<&str> = found.iter().map(|b| b.cidr.as_str()).collect();
        assert_eq!(cidrs, ["10.0.0.0/24", "10.0.1.0/24", "2600:1f18::/64"]);
        assert_eq!(found[2].id.as_deref(), Some("subnet-2"));
        assert_eq!(found[2].zone.as_deref(), Some("us-east-1b"));
        assert_eq!(found[0].vpc_id.as_deref(), Some("vpc-1"));
    }

    /// A VPC printed without the association set (older output): its `CidrBlock`.
    #[test]
    fn a_vpc_without_associations_gives_its_primary_block() {
        let found = described_blocks(r#"{"Vpcs": [{"CidrBlock": "172.31.0.0/16"}]}"#, "f").unwrap();
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].cidr, "172.31.0.0/16");
    }

    #[test]
    fn a_list_of_strings() {
        let found = described_blocks(r#"["10.0.0.0/24", "10.0.1.0/24"]"#, "f").unwrap();
        assert_eq!(found.len(), 2);
        assert_eq!(found[1].owner, Owner::Listed);
    }

    #[test]
    fn other_json_is_an_error() {
        let err = described_blocks("{\n\"Vpcs\": 3}", "`f`")
            .unwrap_err()
            .to_string();
        assert!(err.contains("describe-vpcs"), "{err}");
        assert!(
            err.starts_with("`f` line 2: invalid describe output `Vpcs`: "),
            "{err}"
        );
        assert!(described_blocks("[1, 2]", "f").is_err());
        // A DynamoDB item is JSON too, but not what describe-* prints.
        let err = described_blocks(r#"{"id": {"S": "a"}}"#, "f")
            .unwrap_err()
            .to_string();
        assert!(err.contains("neither `Vpcs` nor `Subnets`"), "{err}");
        // Empty lists are an empty estate, not an error.
        assert!(described_blocks(r#"{"Subnets": []}"#, "f")
            .unwrap()
            .is_empty());
    }

    #[test]
    fn json_is_told_from_a_list_by_its_first_character() {
        assert!(is_json("  \n{\"Vpcs\": []}"));
        assert!(is_json("[]"));
        assert!(!is_json("10.0.0.0/16\n"));
        assert!(!is_json("# a comment {"));
    }
}
