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
