//! Amazon SNS: whether a message fits a topic's maximum size in force on the date, the
//! requests its publish is billed as, and how many parts an SMS message takes.
//!
//! The rules, from the SNS developer guide, the SNS FAQ and the AWS End User Messaging
//! SMS user guide:
//!
//! ```text
//! message ≤ topic's MaximumMessageSize      (1,024 bytes to 256 KiB; to 1 MiB since 2026-09-18)
//! requests billed = ceil(message / 64 KiB)
//! SMS parts = 1 when characters ≤ 160 (GSM-7) or 70 (UCS-2),
//!             else ceil(characters / 153 (GSM-7) or 67 (UCS-2))
//! ```
//!
//! The calculators return typed results ([`Message`], [`Sms`]); the English report is
//! built from them by [`crate::explain::sns`], which also words each [`Problem`].

use rust_decimal::Decimal;

mod message;
mod sms;
#[cfg(test)]
mod tests;

pub use message::{message, Message, MessageRequest, MessageRoute, MessageStep};
pub use sms::{
    gsm7_septets, sms, Encoding, Sms, SmsRequest, SmsStep, SmsText, GSM7_BASIC, GSM7_EXTENSION,
};

/// An input SNS does not accept (worded by [`crate::explain::sns`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// A topic's `MaximumMessageSize` outside what SNS allows on the date.
    TopicMax {
        /// The value as typed.
        input: String,
        /// The least allowed, in bytes.
        min: Decimal,
        /// The most allowed on the date, in bytes.
        max: Decimal,
        /// When a larger maximum (one that takes the value) came, with that maximum: the
        /// value was refused only because of the date.
        later: Option<(jiff::civil::Date, Decimal)>,
    },
    /// A topic's `MaximumMessageSize` that is not a whole number of bytes.
    TopicMaxNotWhole {
        /// The value as typed.
        input: String,
    },
    /// An SMS message with no characters.
    EmptySms,
}

impl Problem {
    /// The kind of error, for scripts: `aws_limit` for a topic maximum outside SNS's range,
    /// `invalid` for an empty SMS message (as the generic input error gives it), and
    /// `not_whole` for a maximum that is not whole ([`From`] makes it the generic
    /// [`crate::error::Error::NotWhole`]).
    #[must_use]
    pub fn kind(&self) -> &'static str {
        match self {
            Problem::TopicMax { .. } => "aws_limit",
            Problem::TopicMaxNotWhole { .. } => "not_whole",
            Problem::EmptySms => "invalid",
        }
    }

    /// The value at fault, as typed, where the error names one: the empty message.
    #[must_use]
    pub fn value(&self) -> Option<&str> {
        match self {
            Problem::EmptySms => Some(""),
            Problem::TopicMax { .. } | Problem::TopicMaxNotWhole { .. } => None,
        }
    }
}

impl From<Problem> for crate::error::Error {
    fn from(problem: Problem) -> crate::error::Error {
        use crate::error::Error;
        match problem {
            Problem::TopicMaxNotWhole { input } => Error::NotWhole {
                what: "topic maximum (bytes)",
                input,
            },
            // Worded in crate::explain::sns.
            problem @ (Problem::TopicMax { .. } | Problem::EmptySms) => Error::Sns(problem),
        }
    }
}
