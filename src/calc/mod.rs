//! The calculators, one module per AWS service.

/// Records a derivation step when a trace is kept, and gives the step's value.
///
/// `step!(trace, label, formula, value, unit)` with `trace: Option<&mut Report>`. The label
/// and formula are only formatted when there is a trace, so the alternative readings and
/// brief reports (evaluated without one) do not pay for text they throw away.
macro_rules! step {
    ($trace:expr, $label:expr, $formula:expr, $value:expr, $unit:expr $(,)?) => {{
        let value: rust_decimal::Decimal = $value;
        if let Some(r) = $trace.as_deref_mut() {
            r.step($label, $formula, value, $unit);
        }
        value
    }};
}

pub mod dynamodb;
pub mod ebs;
pub mod facts;
pub mod kinesis;
pub mod s3;
pub mod vpc;
