//! The explanation layer: typed results in, [`Report`](crate::report::Report)s out.
//!
//! Calculators in [`crate::calc`] return typed results and know no English. Each module
//! here turns one service's results into a report with English labels, notes and
//! grouped digits, and words its [`Problem`](crate::calc::dynamodb::Problem)s. Another
//! language, or a web page built from the same results, is another explainer, not an
//! edit of every calculator.
//!
//! Every service is on this shape: DynamoDB, EBS, Kinesis, Lambda, S3, VPC (`cidr`) and
//! `facts`.

pub mod compute;
pub mod dynamodb;
pub mod ebs;
pub mod facts;
pub mod formula;
pub mod kinesis;
pub mod kinesis_lag;
mod kinesis_reshard;
pub mod labels;
pub mod lambda;
pub mod lambda_cost;
pub mod network;
pub mod quantity;
pub mod resilience;
pub mod s3;
pub mod sns;
pub mod sqs;
pub mod sqs_cost;
pub mod sqs_fifo;
pub mod vpc;

use crate::units::{group, Rate};

/// A rate in words, per second: `100 reads per second`, `600 per minute = 10 reads per
/// second`, `7 per minute ≈ 0.116667 reads per second`.
pub(crate) fn rate_words(rate: &Rate, nouns: &str) -> String {
    let per_second = rate.as_per_second();
    if rate.per_seconds() == 1 {
        format!(
            "{} {} per second",
            group(per_second),
            crate::words::noun_for(per_second, nouns)
        )
    } else {
        format!(
            "{} per {} {} {} {} per second",
            group(rate.count()),
            rate.span_name(),
            if rate.is_exact_per_second() {
                "="
            } else {
                "≈"
            },
            group(per_second.round_dp(6)),
            crate::words::noun_for(per_second.round_dp(6), nouns),
        )
    }
}

/// A typed problem worded as the generic input error ([`crate::error::Error::Invalid`]):
/// ``invalid WHAT `INPUT`: REASON; expected EXPECTED``, so that a problem that became typed
/// reads exactly as the message it replaced.
pub(crate) fn invalid_input(
    f: &mut std::fmt::Formatter<'_>,
    what: &str,
    input: &str,
    reason: impl std::fmt::Display,
    expected: impl std::fmt::Display,
) -> std::fmt::Result {
    write!(f, "invalid {what} `{input}`: {reason}; expected {expected}")
}

/// A typed problem in a JSON document worded as [`crate::error::Error::InvalidAt`] words
/// one: ``invalid WHAT at PATH (rule `ID`): REASON, expected EXPECTED``.
pub(crate) fn invalid_at(
    f: &mut std::fmt::Formatter<'_>,
    what: &str,
    path: &str,
    rule: Option<&str>,
    reason: impl std::fmt::Display,
    expected: impl std::fmt::Display,
) -> std::fmt::Result {
    write!(f, "invalid {what} at {path}")?;
    if let Some(id) = rule {
        write!(f, " (rule `{id}`)")?;
    }
    write!(f, ": {reason}, expected {expected}")
}
