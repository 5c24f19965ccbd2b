//! The calculators, one module per AWS service.

pub mod dynamodb;
pub mod ebs;
pub mod facts;
pub mod kinesis;
pub mod vpc;
