//! The calculators, one module per AWS service.

pub mod compute;
pub mod dynamodb;
pub mod ebs;
mod extended;
pub mod facts;
pub mod kinesis;
pub mod lambda;
pub mod network;
pub mod resilience;
pub mod s3;
pub mod sns;
pub mod sqs;
pub mod vpc;

/// What the calculators' unit tests share.
#[cfg(test)]
pub(crate) mod testing {
    use rust_decimal::Decimal;

    use crate::facts::{FactBook, Registry};
    use crate::report::{Report, Value};

    /// The built-in facts as of 2026-11-22, the day the tests' expected values were derived.
    pub(crate) fn book() -> FactBook {
        FactBook::new(Registry::builtin(), jiff::civil::date(2026, 11, 22))
    }

    /// The number in result field `field`; panics, naming it, when it is missing or not a number.
    pub(crate) fn num(report: &Report, field: &str) -> Decimal {
        match &report
            .get(field)
            .unwrap_or_else(|| panic!("no field {field}"))
            .value
        {
            Value::Number(n) => n.to_decimal().unwrap(),
            other => panic!("{field} is {other:?}"),
        }
    }
}
