//! Amazon S3 in words: the reports for `awscalc s3 …`, built from the typed results of
//! [`crate::calc::s3`], and the wording of its [`Problem`]s.
//!
//! One file per concern: [`billing`] (early deletion, small objects), [`classes`] (the
//! storage class table), [`restore`]
//! (retrieval tiers), [`transfer`] (prefixes, multipart upload).

use std::fmt;

use crate::calc::s3::{bytes_label, Problem};
use crate::units::group;

pub mod billing;
pub mod classes;
pub mod restore;
pub mod transfer;

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::NoPrefixRateYet {
                as_of, since: None, ..
            } => write!(
                f,
                "S3 stated no per-prefix request rate on {as_of}; use a later --as-of"
            ),
            Problem::NoPrefixRateYet {
                as_of,
                since: Some(since),
                guidance,
            } => {
                write!(f, "before {since} S3 stated no per-prefix request rate")?;
                if let Some((get, put)) = guidance {
                    write!(
                        f,
                        ": it advised random key name prefixes for a bucket routinely above {} \
                         GET or {} PUT/LIST/DELETE requests per second, guidance on key names \
                         and not a rate per prefix",
                        group(*get),
                        group(*put)
                    )?;
                }
                write!(
                    f,
                    "; use --as-of {since} or later (--as-of {as_of} was given)"
                )
            }
            Problem::NoRate => f.write_str(
                "give --get RATE, --put RATE or both (like --get 30000/s), or --prefixes N",
            ),
            Problem::ObjectTooLarge {
                given,
                bytes,
                max_bytes,
                as_of,
            } => write!(
                f,
                "object size `{given}` ({} bytes) is above S3's maximum object size of {} ({} \
                 bytes) on {as_of}",
                group(*bytes),
                bytes_label(*max_bytes),
                group(*max_bytes)
            ),
            Problem::PartSizeOutOfRange {
                given,
                bytes,
                min_bytes,
                max_bytes,
            } => write!(
                f,
                "part size `{given}` ({} bytes) is outside S3's part limits of {} to {} ({} to \
                 {} bytes); the nearest valid part size is {}",
                group(*bytes),
                bytes_label(*min_bytes),
                bytes_label(*max_bytes),
                group(*min_bytes),
                group(*max_bytes),
                bytes_label(if bytes < min_bytes {
                    *min_bytes
                } else {
                    *max_bytes
                })
            ),
            Problem::TooManyParts {
                given,
                part_given,
                parts,
                max_parts,
                smallest_bytes,
            } => write!(
                f,
                "`{given}` in parts of `{part_given}` needs {} parts, more than S3's {}: use \
                 parts of at least {} ({} bytes)",
                group(*parts),
                group(*max_parts),
                bytes_label(*smallest_bytes),
                group(*smallest_bytes)
            ),
            Problem::LeavesBeforeEntering {
                class,
                entered,
                left,
            } => write!(
                f,
                "the object leaves on day `{left}`, before it enters {} on day `{entered}`: \
                 give --left {entered} or later",
                class.api_name()
            ),
        }
    }
}
