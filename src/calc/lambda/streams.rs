//! Event sources: the concurrency a Kinesis or DynamoDB Streams trigger reaches, one batch
//! per shard times the parallelization factor.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::calc::kinesis::Problem;
use crate::error::Error;
use crate::facts::kinesis as kinesis_fact;
use crate::facts::lambda as fact;
use crate::facts::FactBook;
use crate::steps::{Expr, Step, Unit};

/// `awscalc lambda --shards N [--parallelization P]`: a stream trigger's concurrency.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StreamRequest {
    /// Shards of the stream (Kinesis shards or DynamoDB Streams shards).
    pub shards: u64,
    /// Concurrent batches per shard (ParallelizationFactor), default 1.
    pub parallelization: Option<u32>,
    /// The account's concurrency quota, where it is not AWS's default.
    pub quota: Option<u64>,
}

/// What a step of [`stream_concurrency`] computes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum StreamStep {
    /// shards × parallelization factor.
    Concurrency,
}

/// A stream trigger's concurrency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StreamConcurrency {
    /// Concurrent executions: shards × factor.
    pub concurrency: Decimal,
    /// The factor used.
    pub parallelization: Decimal,
    /// The account's quota used.
    pub quota: Decimal,
    /// Whether the quota is AWS's default.
    pub quota_is_default: bool,
    /// Whether the concurrency is above the quota.
    pub above_quota: bool,
    /// The derivation.
    pub steps: Vec<Step<StreamStep>>,
}

/// `awscalc lambda --shards N --parallelization P`: Lambda processes one batch per shard at
/// a time, or up to P with a parallelization factor (1 to 10, since 2019-11-25), so the
/// trigger reaches `shards × P` concurrent executions
/// (<https://docs.aws.amazon.com/lambda/latest/dg/with-kinesis.html>).
///
/// ```
/// use awscalc::calc::lambda::{stream_concurrency, StreamRequest};
/// use awscalc::facts::{FactBook, Registry};
///
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 11, 30));
/// let r = StreamRequest { shards: 100, parallelization: Some(10), quota: None };
/// assert_eq!(stream_concurrency(&r, &mut book).unwrap().concurrency, 1000.into());
/// let too_many = StreamRequest { parallelization: Some(11), ..r };
/// assert!(stream_concurrency(&too_many, &mut book).is_err());
/// ```
///
/// # Errors
/// A factor outside the range in force on the date.
pub fn stream_concurrency(
    request: &StreamRequest,
    book: &mut FactBook,
) -> Result<StreamConcurrency, Error> {
    let (quota, quota_is_default) = match request.quota {
        Some(n) => (Decimal::from(n), false),
        None => (book.value(fact::CONCURRENT_EXECUTIONS_QUOTA)?, true),
    };
    let min = book.value(kinesis_fact::LAMBDA_PARALLELIZATION_MIN)?;
    let factor = match request.parallelization {
        None => min,
        Some(p) => {
            let max = book.value(kinesis_fact::LAMBDA_PARALLELIZATION_MAX)?;
            let value = Decimal::from(p);
            if value < min || value > max {
                // The same rule as `kinesis --parallelization`, worded by its explainer.
                return Err(Problem::ParallelizationOutOfRange {
                    factor: p,
                    as_of: book.as_of(),
                    min,
                    max,
                }
                .into());
            }
            value
        }
    };
    let step =
        Step::new(
            StreamStep::Concurrency,
            Expr::quantity("shards", Decimal::from(request.shards), Unit::Count)
                .times(Expr::quantity("parallelization", factor, Unit::Count)),
        )?;
    let concurrency = step.value;
    Ok(StreamConcurrency {
        concurrency,
        parallelization: factor,
        quota,
        quota_is_default,
        above_quota: concurrency > quota,
        steps: vec![step],
    })
}
