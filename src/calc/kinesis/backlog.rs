//! What a lagging consumer has to catch up on: `--backlog 2h` (the iterator age, as
//! CloudWatch's `GetRecords.IteratorAgeMilliseconds` reports it), `--backlog 50gib` (data)
//! or `--backlog 1000000` (records).

use std::str::FromStr;

use rust_decimal::Decimal;

use crate::error::Error;
use crate::units::{parse_size_with_unit, Duration, DurationGrammar, Size, Whole};

const ACCEPTED_BACKLOGS: &str = "an iterator age with a time unit (2h, 90min, 3600s, 1d; `m` is \
     minutes), data with a size unit (50gib, 500mb), or a whole number of records (1000000, \
     1,000,000 records)";

/// A backlog as typed: the age of the oldest unread record, an amount of data, or a count
/// of records.
///
/// ```
/// use awscalc::calc::kinesis::Backlog;
///
/// assert!(matches!("2h".parse::<Backlog>().unwrap(), Backlog::Age(_)));
/// assert!(matches!("50gib".parse::<Backlog>().unwrap(), Backlog::Data(_)));
/// assert!(matches!("1,000,000 records".parse::<Backlog>().unwrap(), Backlog::Records { .. }));
/// assert!("lots".parse::<Backlog>().is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Backlog {
    /// The iterator age: how old the oldest unread record is.
    Age(Duration),
    /// Unread data (a size unit is required; KB is 1,024 bytes, as Kinesis's).
    Data(Size),
    /// Unread records.
    Records {
        /// How many.
        count: Decimal,
        /// The text as typed, trimmed.
        text: String,
    },
}

impl Backlog {
    /// The text as typed, trimmed.
    #[must_use]
    pub fn text(&self) -> &str {
        match self {
            Backlog::Age(d) => d.text(),
            Backlog::Data(s) => s.text(),
            Backlog::Records { text, .. } => text,
        }
    }
}

impl std::fmt::Display for Backlog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.text())
    }
}

impl FromStr for Backlog {
    type Err = Error;

    fn from_str(input: &str) -> Result<Backlog, Error> {
        let text = input.trim();
        let grammar = DurationGrammar {
            what: "backlog",
            bare_seconds: None,
            smallest_unit_seconds: 1,
            accepted: ACCEPTED_BACKLOGS,
        };
        // A zero or huge number in a form that fits says so, rather than fitting no form.
        match Duration::parse(text, &grammar) {
            Ok(age) => return Ok(Backlog::Age(age)),
            Err(e @ (Error::NotPositive { .. } | Error::TooLarge { .. })) => return Err(e),
            Err(_) => {}
        }
        match parse_size_with_unit(text) {
            Ok(size) => return Ok(Backlog::Data(size)),
            Err(e @ (Error::NotPositive { .. } | Error::TooLarge { .. })) => return Err(e),
            Err(_) => {}
        }
        let lower = text.to_ascii_lowercase();
        let number = ["records", "record"]
            .iter()
            .find_map(|word| lower.strip_suffix(word))
            .map_or(text, |rest| text[..rest.len()].trim_end());
        let whole = Whole {
            what: "backlog",
            min: 1,
            max: 1_000_000_000_000_000_000,
            unit: " records",
        };
        match whole.parse(number) {
            Ok(count) => Ok(Backlog::Records {
                count: Decimal::from(count),
                text: text.to_string(),
            }),
            Err(e @ (Error::NotPositive { .. } | Error::TooLarge { .. })) => Err(e),
            Err(_) => Err(Error::Invalid {
                what: "backlog",
                input: text.to_string(),
                reason: "it is not an age, a size or a count of records".into(),
                expected: ACCEPTED_BACKLOGS.into(),
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_an_age_data_or_records() {
        let Backlog::Age(age) = "2h".parse().unwrap() else {
            panic!("not an age")
        };
        assert_eq!(age.seconds(), Decimal::from(7200));
        assert!(matches!("90 min".parse(), Ok(Backlog::Age(_))));
        assert!(matches!("50gib".parse(), Ok(Backlog::Data(_))));
        let Backlog::Records { count, .. } = "1,000,000".parse().unwrap() else {
            panic!("not records")
        };
        assert_eq!(count, Decimal::from(1_000_000));
        assert!(matches!(
            "5000 records".parse(),
            Ok(Backlog::Records { .. })
        ));
    }

    #[test]
    fn refuses_what_is_none_of_them() {
        for bad in ["", "lots", "2.5", "-3h", "5 fortnights"] {
            assert!(bad.parse::<Backlog>().is_err(), "{bad}");
        }
        for zero in ["0", "0h", "0gib"] {
            assert!(
                matches!(zero.parse::<Backlog>(), Err(Error::NotPositive { .. })),
                "{zero}"
            );
        }
    }
}
