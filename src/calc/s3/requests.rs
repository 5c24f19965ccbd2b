//! Requests and request cost of multipart uploads for many objects:
//! `awscalc s3 multipart --size 6gb --part-size 100mib --objects 1000 --price-per-1000 0.005`.
//!
//! The rule, from <https://docs.aws.amazon.com/AmazonS3/latest/userguide/mpuoverview.html>:
//! a multipart upload is initiated (CreateMultipartUpload), its parts uploaded (one UploadPart
//! each) and completed (CompleteMultipartUpload), so one object takes `parts + 2` requests.
//! The price is the user's (`--price-per-1000`): awscalc holds no S3 prices, which vary by
//! Region and change; the cost is `requests ÷ 1,000 × price`, exactly.

use rust_decimal::Decimal;
use serde::Serialize;

use super::transfer::{multipart, Multipart, Upload};
use super::Problem;
use crate::error::Error;
use crate::facts::s3 as fact;
use crate::facts::FactBook;
use crate::steps::{Expr, Step, Unit};
pub use crate::units::Price;

/// `s3 multipart … --objects N [--price-per-1000 P]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestsQuestion {
    /// Each object's upload.
    pub upload: Multipart,
    /// Objects uploaded alike.
    pub objects: u64,
    /// The price per 1,000 requests.
    pub price_per_1000: Option<Price>,
}

/// What each step computes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RequestStep {
    /// One object's requests: parts + initiate + complete.
    PerObject,
    /// All objects' requests.
    Total,
    /// Their cost: requests ÷ 1,000 × price.
    Cost,
}

/// The requests of many multipart uploads, and their cost.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UploadRequests {
    /// One object's upload.
    pub upload: Upload,
    /// Requests beside the parts: initiate and complete.
    pub control_requests: Decimal,
    /// One object's requests.
    pub per_object: Decimal,
    /// Objects.
    pub objects: Decimal,
    /// All requests.
    pub requests: Decimal,
    /// All requests as single PUTs, where one PUT would carry the object.
    pub single_put_requests: Option<Decimal>,
    /// The cost at the price given.
    pub cost: Option<Decimal>,
    /// The derivation.
    pub steps: Vec<Step<RequestStep>>,
}

/// `s3 multipart --objects N [--price-per-1000 P]`: requests `(parts + 2) × objects`, and
/// their cost at the user's price.
///
/// ```
/// use awscalc::calc::s3::requests::{upload_requests, RequestsQuestion};
/// use awscalc::calc::s3::transfer::Multipart;
/// use awscalc::facts::{FactBook, Registry};
///
/// // 62 parts + 2 = 64 requests an object; × 1,000 = 64,000; at 0.005 per 1,000: 0.32.
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 12, 1));
/// let q = RequestsQuestion {
///     upload: Multipart { size: "6gb".parse().unwrap(), part_size: Some("100mib".parse().unwrap()) },
///     objects: 1000,
///     price_per_1000: Some("0.005".parse().unwrap()),
/// };
/// let r = upload_requests(&q, &mut book).unwrap();
/// assert_eq!(r.requests, 64_000.into());
/// assert_eq!(r.cost, Some("0.32".parse().unwrap()));
/// // An upload that breaks a limit has no request count.
/// let broken = RequestsQuestion {
///     upload: Multipart { size: "6gb".parse().unwrap(), part_size: Some("1mib".parse().unwrap()) },
///     ..q
/// };
/// assert!(upload_requests(&broken, &mut book).is_err());
/// ```
///
/// # Errors
/// As [`multipart`]; an upload that breaks one of S3's limits; no objects.
pub fn upload_requests(
    question: &RequestsQuestion,
    book: &mut FactBook,
) -> Result<UploadRequests, Error> {
    if question.objects == 0 {
        return Err(Error::NotPositive {
            what: "objects",
            input: "0".into(),
        });
    }
    let upload = multipart(&question.upload, book)?;
    if !upload.within_limit() {
        return Err(Problem::UploadBeyondMultipart {
            size: question.upload.size.clone(),
        }
        .into());
    }
    let control = book.value(fact::MULTIPART_CONTROL_REQUESTS)?;
    let objects = Decimal::from(question.objects);
    let per_object = Step::new(
        RequestStep::PerObject,
        Expr::sum(vec![
            Expr::quantity("parts", upload.parts, Unit::Count),
            Expr::quantity("control", control, Unit::Count),
        ]),
    )?;
    let per_value = per_object.value;
    let total = Step::new(
        RequestStep::Total,
        Expr::quantity("per_object", per_value, Unit::Count).times(Expr::quantity(
            "objects",
            objects,
            Unit::Count,
        )),
    )?;
    let total_value = total.value;
    let mut steps = vec![per_object, total];
    let cost = match &question.price_per_1000 {
        Some(price) => {
            let step = Step::new(
                RequestStep::Cost,
                Expr::quantity("requests", total_value, Unit::Count)
                    .over(Expr::number(Decimal::from(1000)))
                    .times(Expr::quantity("price", price.value(), Unit::Count)),
            )?;
            let value = step.value;
            steps.push(step);
            Some(value.normalize())
        }
        None => None,
    };
    Ok(UploadRequests {
        single_put_requests: upload.single_put.then_some(objects),
        upload,
        control_requests: control,
        per_object: per_value,
        objects,
        requests: total_value,
        cost,
        steps,
    })
}
