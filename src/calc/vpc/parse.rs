//! Reading blocks, addresses, prefix lengths and counts as the user types them, with
//! errors that quote the input and say what was expected. ipnet's own parser accepts the
//! same blocks but says only "invalid IP address syntax"; these messages are awscalc's.

use std::net::IpAddr;
use std::str::FromStr;

use ipnet::IpNet;

use super::address::Address;
use super::problem::{CidrFault, CidrForms};
use super::Problem;
use crate::error::Error;
use crate::units::Whole;

/// The accepted forms of a block, for error messages.
pub(crate) const BLOCK_FORMS: &str =
    "an IPv4 block like 10.0.0.0/16 or an IPv6 block like 2600:1f18::/56";

/// A block in canonical form: host bits set are an error here (see [`CidrInput`]).
///
/// ```
/// use awscalc::calc::vpc::parse_block;
///
/// assert_eq!(parse_block("10.0.0.0/16").unwrap().to_string(), "10.0.0.0/16");
/// let err = parse_block("10.0.0.5/16").unwrap_err().to_string();
/// assert!(err.contains("host bits are set"), "{err}");
/// ```
///
/// # Errors
/// [`Problem::BadCidr`](super::Problem::BadCidr) naming the input: not a block, or host bits set.
pub fn parse_block(text: &str) -> Result<IpNet, Error> {
    let input: CidrInput = text.parse()?;
    if input.has_host_bits() {
        return Err(input.host_bits_error());
    }
    Ok(input.block())
}

/// A block as the user typed it: the address may have host bits set (`10.0.0.5/24`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CidrInput {
    text: String,
    /// The address as typed with its prefix: host bits may be set.
    net: IpNet,
}

impl CidrInput {
    /// What the user typed.
    #[must_use]
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The address as typed.
    #[must_use]
    pub fn address(&self) -> IpAddr {
        self.net.addr()
    }

    /// The block the input names: its network with host bits cleared.
    #[must_use]
    pub fn block(&self) -> IpNet {
        self.net.trunc()
    }

    /// Whether the address has bits set beyond the prefix (not a network address).
    #[must_use]
    pub fn has_host_bits(&self) -> bool {
        self.net.trunc() != self.net
    }

    pub(super) fn host_bits_error(&self) -> Error {
        Problem::BadCidr {
            input: self.text.clone(),
            fault: CidrFault::HostBits {
                address: self.net.addr(),
                network: self.block(),
            },
            forms: CidrForms::Block,
        }
        .into()
    }
}

impl FromStr for CidrInput {
    type Err = Error;

    fn from_str(text: &str) -> Result<CidrInput, Error> {
        let invalid = |fault: CidrFault| -> Error {
            Problem::BadCidr {
                input: text.to_string(),
                fault,
                forms: CidrForms::Block,
            }
            .into()
        };
        let trimmed = text.trim();
        if trimmed.is_empty() {
            return Err(invalid(CidrFault::Empty));
        }
        let Some((addr_text, prefix_text)) = trimmed.split_once('/') else {
            return Err(invalid(CidrFault::NoPrefix {
                text: trimmed.to_string(),
            }));
        };
        let address = parse_address(addr_text).ok_or_else(|| {
            invalid(CidrFault::NotAnAddress {
                text: addr_text.to_string(),
            })
        })?;
        let family = address.family();
        let prefix = parse_prefix_digits(prefix_text).ok_or_else(|| {
            invalid(CidrFault::PrefixNotWhole {
                text: prefix_text.to_string(),
                family,
            })
        })?;
        if prefix > family.bits() {
            return Err(invalid(CidrFault::PrefixTooLong { prefix, family }));
        }
        // The prefix is at most the family's width (checked above), so ipnet accepts it.
        let net = u8::try_from(prefix)
            .ok()
            .and_then(|p| IpNet::new(address, p).ok())
            .ok_or_else(|| invalid(CidrFault::NotAPrefix { prefix }))?;
        Ok(CidrInput {
            text: text.to_string(),
            net,
        })
    }
}

/// An IPv4 or IPv6 address in standard notation.
pub(super) fn parse_address(text: &str) -> Option<IpAddr> {
    text.parse().ok()
}

/// One to three ASCII digits: a prefix length candidate (range checked by the caller).
fn parse_prefix_digits(text: &str) -> Option<u32> {
    if text.is_empty() || text.len() > 3 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// A prefix length for `--split`: `24` or `/24`, from 0 to 128 ([`Whole::parse`]'s
/// grammar after an optional `/`).
///
/// # Errors
/// [`Problem::NotAPrefix`] naming the input when it is not such a number.
pub fn parse_prefix(text: &str) -> Result<u32, Error> {
    let trimmed = text.trim();
    let digits = trimmed.strip_prefix('/').unwrap_or(trimmed);
    Whole {
        what: "prefix length",
        min: 0,
        max: 128,
        unit: "",
    }
    .parse(digits)
    .ok()
    .and_then(|p| u32::try_from(p).ok())
    .ok_or_else(|| {
        Problem::NotAPrefix {
            input: text.to_string(),
        }
        .into()
    })
}

/// A whole, positive count (hosts, parts, a limit), at most 2^128 − 1: [`Whole::parse`].
///
/// # Errors
/// As [`Whole::parse`].
pub fn parse_count(text: &str, what: &'static str) -> Result<u128, Error> {
    Whole {
        what,
        min: 1,
        max: u128::MAX,
        unit: "",
    }
    .parse(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::vpc::testing::any_block;
    use proptest::prelude::*;

    #[test]
    fn parse_errors_name_the_input_and_the_reason() {
        let cases = [
            ("", "empty"),
            ("10.0.0.0", "no prefix length"),
            ("10.0.0.0/33", "above 32"),
            ("::/129", "above 128"),
            ("300.0.0.0/8", "not an IPv4 or IPv6 address"),
            ("10.0.0.0/x", "not a whole number"),
            ("10.0.0.0/-1", "not a whole number"),
            ("garbage", "no prefix length"),
        ];
        for (input, reason) in cases {
            let err = input.parse::<CidrInput>().unwrap_err().to_string();
            assert!(err.contains(&format!("`{input}`")), "{input}: {err}");
            assert!(err.contains(reason), "{input}: {err}");
        }
    }

    proptest! {
        #[test]
        fn prop_no_panic_on_any_string(s in "\\PC*") {
            let _ = s.parse::<CidrInput>();
            let _ = parse_prefix(&s);
            let _ = parse_count(&s, "hosts");
        }

        #[test]
        fn prop_display_round_trips(b in any_block()) {
            prop_assert_eq!(parse_block(&b.to_string()).unwrap(), b);
        }
    }
}
