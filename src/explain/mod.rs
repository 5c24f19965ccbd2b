//! The explanation layer: typed results in, [`Report`](crate::report::Report)s out.
//!
//! Calculators in [`crate::calc`] return typed results and know no English. Each module
//! here turns one service's results into a report with English labels, notes and
//! grouped digits, and words its [`Problem`](crate::calc::dynamodb::Problem)s. Another
//! language, or a web page built from the same results, is another explainer, not an
//! edit of every calculator.
//!
//! Migrated so far: DynamoDB, EBS, Kinesis, VPC (`cidr`), `facts`, and S3 but for
//! `eligible` and `lifecycle`, which still build their reports in their calculators;
//! issue #13 moves them here one at a time.

pub mod dynamodb;
pub mod ebs;
pub mod facts;
pub mod formula;
pub mod kinesis;
pub mod s3;
pub mod vpc;
