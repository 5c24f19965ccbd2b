//! The calculators, one module per AWS service.

pub mod dynamodb;
pub mod facts;
pub mod s3;
