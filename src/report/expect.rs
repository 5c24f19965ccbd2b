//! `--expect`: comparing an answer with the one the user expected, and naming the reading
//! that gives theirs.

use std::str::FromStr;

use rust_decimal::Decimal;

use super::{Alternative, Report, Value};
use crate::error::Error;

impl Report {
    /// [`Report::check`], and where no other reading gives `expected`, whether the answer
    /// before a change of the AWS values gives it (the changes weighed by
    /// [`Report::weigh_changes`]): `25 is the answer before 2022-09-27, when …`.
    ///
    /// # Errors
    /// As [`Report::check`].
    pub fn expect(&self, expected: &str) -> Result<Expectation, Error> {
        let report = self;
        let mut expectation = report.check(expected)?;
        if expectation.matches || !expectation.hints.is_empty() {
            return Ok(expectation);
        }
        // The changes whose day-before answer is the one expected. Only the latest is named:
        // before it every older change is in the past too, so naming them all (compute's
        // Lambda timeout of 2018 beside the Fargate raise of 2022 that decides the answer)
        // would send the learner to changes that do not explain their answer.
        let giving: Vec<_> = report
            .changes
            .iter()
            .filter(|change| {
                let Some(Ok(old)) = &change.other_side else {
                    return false;
                };
                change.in_force(report.as_of) && old.check(expected).is_ok_and(|e| e.matches)
            })
            .collect();
        let latest = giving.iter().map(|change| change.since).max();
        for change in giving {
            if Some(change.since) == latest {
                let facts: Vec<String> = change
                    .facts
                    .iter()
                    .map(|c| {
                        format!(
                            "the {} was {} (it is {} since)",
                            c.fact.name,
                            c.before_text(),
                            c.after_text()
                        )
                    })
                    .collect();
                expectation.hints.push(format!(
                    "{} is the answer before {}, when {}",
                    expectation.expected,
                    change.since,
                    facts.join(" and ")
                ));
            }
        }
        Ok(expectation)
    }

    /// Compares the main answer with what the user expected.
    ///
    /// # Errors
    /// [`Error::InvalidExpectation`] when `expected` is not comparable with the answer.
    pub fn check(&self, expected: &str) -> Result<Expectation, Error> {
        let primary = self
            .primary()
            .filter(|f| !matches!(f.value, Value::List(_) | Value::Map(_)))
            .ok_or_else(|| Error::NoSingleAnswer {
                command: self.command.clone(),
                input: expected.trim().to_string(),
            })?;
        let actual = primary.value.clone();
        let matches = match &actual {
            Value::Number(n) => {
                let want = expected_number_text(expected, &primary.unit)?;
                match (Decimal::from_str(&want), n.to_decimal()) {
                    (Ok(want), Some(have)) => numbers_match(want, have),
                    // Beyond Decimal (2^128 addresses): compare the exact digits.
                    _ => canonical_digits(&want) == n.as_str(),
                }
            }
            other => {
                let want = expected.trim();
                other.display().trim().eq_ignore_ascii_case(want)
                    || self.also_true.iter().any(|w| w.eq_ignore_ascii_case(want))
            }
        };
        let mut hints = Vec::new();
        if !matches && !matches!(actual, Value::Number(_)) {
            let want = expected.trim();
            for (answer, reading) in &self.text_alternatives {
                if answer.eq_ignore_ascii_case(want) {
                    hints.push(format!("{want} is the answer for {reading}"));
                }
            }
        }
        if !matches {
            if let Ok(want) = parse_expected_number(expected, &primary.unit) {
                let closest = self
                    .alternatives
                    .iter()
                    .filter(|a| numbers_match(want, a.value))
                    .map(|a| a.distance)
                    .min();
                if let Some(distance) = closest {
                    for alt in self
                        .alternatives
                        .iter()
                        .filter(|a| a.distance == distance && numbers_match(want, a.value))
                    {
                        hints.push(format!(
                            "{} is the answer for {}",
                            expected.trim(),
                            alt.reading
                        ));
                    }
                }
            }
        }
        Ok(Expectation {
            expected: expected.trim().to_string(),
            actual,
            unit: primary.unit.clone(),
            matches,
            hints,
        })
    }

    /// The single-change readings and their answers, for a mismatch message.
    #[must_use]
    pub fn neighbours(&self) -> Vec<&Alternative> {
        self.alternatives
            .iter()
            .filter(|a| a.distance == 1)
            .collect()
    }
}

/// The outcome of `--expect`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expectation {
    /// What the user expected, as typed.
    pub expected: String,
    /// The computed main answer.
    pub actual: Value,
    /// The answer's unit.
    pub unit: String,
    /// Whether they agree.
    pub matches: bool,
    /// Which other reading gives the expected value, where one does.
    pub hints: Vec<String>,
}

/// `200`, `200 RCU`, `1,200`, `1.5`: a number, optionally followed by the answer's unit.
fn parse_expected_number(expected: &str, unit: &str) -> Result<Decimal, Error> {
    let text = expected_number_text(expected, unit)?;
    Decimal::from_str(&text).map_err(|_| Error::InvalidExpectation {
        input: expected.to_string(),
        expected: "a number, like 200 or 1.5",
    })
}

/// The number in an expected answer, without separators, unit or a prefix's `/`:
/// `1,200 RCU` → `1200`, `/23` → `23`.
fn expected_number_text(expected: &str, unit: &str) -> Result<String, Error> {
    let invalid = || Error::InvalidExpectation {
        input: expected.to_string(),
        expected: "a number, like 200 or 1.5",
    };
    let trimmed = expected.trim();
    let text = trimmed.strip_prefix('/').unwrap_or(trimmed);
    let digits_end = text
        .char_indices()
        .find(|&(_, c)| !(c.is_ascii_digit() || matches!(c, '.' | ',' | '_' | '-' | '+')))
        .map_or(text.len(), |(i, _)| i);
    let (number, rest) = text.split_at(digits_end);
    let rest = rest.trim();
    if !rest.is_empty() && !rest.eq_ignore_ascii_case(unit) {
        return Err(invalid());
    }
    let cleaned: String = number.chars().filter(|c| !matches!(c, ',' | '_')).collect();
    let well_formed = !cleaned.is_empty()
        && cleaned
            .trim_start_matches(['-', '+'])
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.')
        && cleaned.matches('.').count() <= 1
        && cleaned.chars().any(|c| c.is_ascii_digit());
    if well_formed {
        Ok(cleaned)
    } else {
        Err(invalid())
    }
}

/// `000123.4500` → `123.45`: a plain decimal's canonical text, as [`Number`] keeps it.
fn canonical_digits(text: &str) -> String {
    let (sign, unsigned) = text
        .strip_prefix('-')
        .map_or(("", text), |rest| ("-", rest));
    let unsigned = unsigned.strip_prefix('+').unwrap_or(unsigned);
    let (int, frac) = unsigned.split_once('.').unwrap_or((unsigned, ""));
    let int = int.trim_start_matches('0');
    let frac = frac.trim_end_matches('0');
    let int = if int.is_empty() { "0" } else { int };
    if frac.is_empty() {
        format!("{sign}{int}")
    } else {
        format!("{sign}{int}.{frac}")
    }
}

/// Equal, or equal to as many decimal places as the user wrote (`3.33` for 3.3333…).
fn numbers_match(want: Decimal, have: Decimal) -> bool {
    if want == have {
        return true;
    }
    let places = want.scale();
    places > 0 && have.round_dp(places) == want
}
