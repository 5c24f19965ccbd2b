//! The way out for a message over a service's maximum size: the extended client library,
//! which keeps the payload in S3 and sends a pointer (SQS and SNS alike, up to 2 GB; each
//! service's own fact gives the maximum).

use rust_decimal::Decimal;

use crate::error::Error;
use crate::facts::{FactBook, FactId};
use crate::steps::{Expr, Step, Unit};

/// Whether the extended client carries a message of `bytes`, against the maximum in `fact`,
/// with its headroom step (`kind`) recorded; and that maximum.
///
/// # Errors
/// The fact missing on the book's date; numbers too large to compute.
pub(crate) fn extended_client<K>(
    book: &mut FactBook,
    fact: FactId,
    bytes: Decimal,
    kind: K,
    steps: &mut Vec<Step<K>>,
) -> Result<(bool, Decimal), Error> {
    let extended = book.value(fact)?;
    let within = bytes <= extended;
    steps.push(Step::new(
        kind,
        Expr::headroom(
            Expr::quantity("message", bytes, Unit::Bytes),
            Expr::quantity("extended_max", extended, Unit::Bytes),
            within,
        ),
    )?);
    Ok((within, extended))
}
