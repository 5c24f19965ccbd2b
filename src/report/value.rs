//! Values in a report: exact numbers as canonical text, text, lists and maps.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use rust_decimal::Decimal;

use crate::units::group_digits;

/// An exact number kept as canonical decimal text, so that values beyond `Decimal`
/// (2^128 addresses) are as exact as `1.5`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Number(String);

impl Number {
    /// The canonical text: no exponent, no trailing fractional zeros, `-` for negatives.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// With thousands separators, for people: `5,120`.
    #[must_use]
    pub fn grouped(&self) -> String {
        group_digits(&self.0)
    }

    /// A whole number from its decimal digits, for values beyond every integer type
    /// (2^128 addresses). `None` unless `digits` is canonical: ASCII digits, no sign, no
    /// leading zero (except `0` itself).
    #[must_use]
    pub fn from_digits(digits: &str) -> Option<Number> {
        let canonical = !digits.is_empty()
            && digits.bytes().all(|b| b.is_ascii_digit())
            && (digits == "0" || !digits.starts_with('0'));
        canonical.then(|| Number(digits.to_string()))
    }

    /// As a decimal, where it fits.
    #[must_use]
    pub fn to_decimal(&self) -> Option<Decimal> {
        Decimal::from_str(&self.0).ok()
    }
}

impl From<Decimal> for Number {
    fn from(value: Decimal) -> Number {
        Number(crate::units::canonical(value))
    }
}

macro_rules! number_from_int {
    ($($t:ty),*) => {$(
        impl From<$t> for Number {
            fn from(value: $t) -> Number {
                Number(value.to_string())
            }
        }
    )*};
}
number_from_int!(u8, u16, u32, u64, u128, usize, i32, i64, i128);

impl fmt::Display for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A value in a report: a number, text, a flag, a list, or named fields in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// An exact number.
    Number(Number),
    /// Text: borrowed where it is the registry's or the program's own (`&'static str`), so
    /// that a report of 47 facts does not copy every id, name and source (allocation was a
    /// fifth of a one-answer run; docs/performance.md).
    Text(Cow<'static, str>),
    /// A yes/no.
    Bool(bool),
    /// Nothing (JSON `null`).
    Null,
    /// A list.
    List(Vec<Value>),
    /// Named fields, in order (the names are mostly the program's own words, borrowed).
    Map(Vec<(Cow<'static, str>, Value)>),
}

impl Value {
    /// A number value.
    pub fn number(n: impl Into<Number>) -> Value {
        Value::Number(n.into())
    }

    /// A text value.
    pub fn text(s: impl Into<Cow<'static, str>>) -> Value {
        Value::Text(s.into())
    }

    /// How a person reads it: numbers grouped, lists comma-separated.
    #[must_use]
    pub fn display(&self) -> String {
        match self {
            Value::Number(n) => n.grouped(),
            Value::Text(s) => s.to_string(),
            Value::Bool(b) => if *b { "yes" } else { "no" }.into(),
            Value::Null => "-".into(),
            Value::List(items) if items.is_empty() => "none".into(),
            Value::List(items) => items
                .iter()
                .map(Value::display)
                .collect::<Vec<_>>()
                .join(", "),
            Value::Map(fields) => fields
                .iter()
                .map(|(k, v)| format!("{k}: {}", v.display()))
                .collect::<Vec<_>>()
                .join(", "),
        }
    }

    /// The value for people with its unit, the unit's noun in the form the count takes
    /// ([`crate::words::noun_for`]): `2 units`, `1 unit`, `200 RCU`; the value alone for no
    /// unit.
    #[must_use]
    pub fn with_unit(&self, unit: &str) -> String {
        let shown = self.display();
        match (self, unit) {
            (_, "") | (Value::Null, _) => shown,
            (Value::Number(n), unit) => match n.to_decimal() {
                Some(n) => format!("{shown} {}", crate::words::noun_for(n, unit)),
                None => format!("{shown} {unit}"),
            },
            (_, unit) => format!("{shown} {unit}"),
        }
    }

    /// The bare value for scripts (`--quiet`): numbers without separators.
    #[must_use]
    pub fn plain(&self) -> String {
        match self {
            Value::Number(n) => n.as_str().to_string(),
            Value::List(items) => items.iter().map(Value::plain).collect::<Vec<_>>().join(","),
            other => other.display(),
        }
    }
}

impl From<Decimal> for Value {
    fn from(value: Decimal) -> Value {
        Value::number(value)
    }
}
