//! `--json`: one object with `command`, `inputs`, `result`, `steps`, `notes`, `facts`,
//! `changes`.
//! Numbers are JSON numbers with their exact decimal text (200, 1.5), never strings.

use std::io::{self, Write};

use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;
use serde_json::{Map, Value as Json};

use awscalc::report::{Expectation, Field, Input, Report, Value};

pub(super) fn render(
    report: &Report,
    expectation: Option<&Expectation>,
    out: &mut impl Write,
) -> io::Result<()> {
    let object = to_json(report, expectation);
    serde_json::to_writer_pretty(&mut *out, &object)?;
    writeln!(out)
}

/// The error object `--json` prints on standard output, on one line, when a command fails
/// (exit 2):
/// the command, and the error's kind, the value at fault, the message and what is allowed.
pub(crate) fn error(
    command: Option<&str>,
    kind: &str,
    value: Option<&str>,
    message: &str,
    allowed: Option<&str>,
    out: &mut impl Write,
) -> io::Result<()> {
    /// The object: its field names are the documented ones, checked by the compiler.
    #[derive(serde::Serialize)]
    struct Failed<'a> {
        command: Option<&'a str>,
        error: Detail<'a>,
    }
    #[derive(serde::Serialize)]
    struct Detail<'a> {
        kind: &'a str,
        value: Option<&'a str>,
        message: &'a str,
        allowed: Option<&'a str>,
    }
    let object = Failed {
        command,
        error: Detail {
            kind,
            value,
            message,
            allowed,
        },
    };
    // One line, so it is also one record among `check --json`'s JSON lines.
    serde_json::to_writer(&mut *out, &object)?;
    writeln!(out)
}

/// The report as `--json` prints it: a derived `Serialize`, so the field names and their
/// order are the type's, checked by the compiler.
pub(super) fn to_json<'a>(
    report: &'a Report,
    expectation: Option<&'a Expectation>,
) -> JsonReport<'a> {
    JsonReport {
        command: &report.command,
        as_of: report.as_of.to_string(),
        answer: &report.headline,
        summary: &report.summary,
        inputs: Inputs(&report.inputs),
        result: Fields(&report.result),
        steps: report
            .steps
            .iter()
            .map(|s| JsonStep {
                step: &s.label,
                formula: &s.formula,
                value: Exact(s.value.clone()),
                unit: &s.unit,
            })
            .collect(),
        notes: report
            .notes
            .iter()
            .map(|n| JsonNote {
                level: n.level.as_str(),
                text: &n.text,
            })
            .collect(),
        facts: report
            .facts
            .iter()
            .map(|u| JsonFact {
                id: u.fact.id,
                name: u.fact.name,
                value: u.entry.value.map(|v| Exact(Value::from(v))),
                unit: u.fact.unit,
                since: u.entry.since.map(|d| d.to_string()),
                date_precision: u
                    .entry
                    .date_precision()
                    .map(awscalc::facts::DatePrecision::as_str),
                source: u.entry.source.unwrap_or(u.fact.source),
            })
            .collect(),
        changes: changes(report),
        expect: expectation.map(|e| JsonExpect {
            expected: &e.expected,
            actual: Exact(e.actual.clone()),
            matches: e.matches,
            hints: &e.hints,
            other_readings: report
                .neighbours()
                .iter()
                .map(|a| JsonReading {
                    reading: &a.reading,
                    value: Exact(Value::from(a.value)),
                })
                .collect(),
        }),
    }
}

/// `--json`'s object.
#[derive(Serialize)]
pub(super) struct JsonReport<'a> {
    command: &'a str,
    as_of: String,
    answer: &'a str,
    summary: &'a str,
    inputs: Inputs<'a>,
    result: Fields<'a>,
    steps: Vec<JsonStep<'a>>,
    notes: Vec<JsonNote<'a>>,
    facts: Vec<JsonFact<'a>>,
    changes: Vec<JsonChange<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    expect: Option<JsonExpect<'a>>,
}

#[derive(Serialize)]
struct JsonStep<'a> {
    step: &'a str,
    formula: &'a str,
    value: Exact,
    unit: &'a str,
}

#[derive(Serialize)]
struct JsonNote<'a> {
    level: &'a str,
    text: &'a str,
}

#[derive(Serialize)]
struct JsonFact<'a> {
    id: &'a str,
    name: &'a str,
    value: Option<Exact>,
    unit: &'a str,
    since: Option<String>,
    date_precision: Option<&'a str>,
    source: &'a str,
}

#[derive(Serialize)]
struct JsonChange<'a> {
    since: String,
    in_force: bool,
    facts: Vec<JsonChangedFact<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    other_side: Option<JsonOtherSide>,
}

#[derive(Serialize)]
struct JsonChangedFact<'a> {
    id: &'a str,
    name: &'a str,
    before: Exact,
    after: Exact,
    unit: &'a str,
    date_precision: &'a str,
}

#[derive(Serialize)]
struct JsonOtherSide {
    date: String,
    same_answer: bool,
    answer: Option<String>,
    differing_fields: Vec<String>,
    error: Option<String>,
}

#[derive(Serialize)]
struct JsonExpect<'a> {
    expected: &'a str,
    actual: Exact,
    matches: bool,
    hints: &'a [String],
    other_readings: Vec<JsonReading<'a>>,
}

#[derive(Serialize)]
struct JsonReading<'a> {
    reading: &'a str,
    value: Exact,
}

/// A report value as JSON: numbers as JSON numbers with their exact decimal text.
struct Exact(Value);

impl Serialize for Exact {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        value(&self.0).serialize(serializer)
    }
}

/// `inputs`: each input by name, with what was given, how it was understood, and its
/// value's fields (or `value`).
struct Inputs<'a>(&'a [Input]);

impl Serialize for Inputs<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for input in self.0 {
            let mut entry = Map::new();
            entry.insert("given".into(), Json::String(input.given.clone()));
            entry.insert("understood".into(), Json::String(input.understood.clone()));
            match &input.value {
                Value::Map(fields) => {
                    for (k, v) in fields {
                        if k != "given" {
                            entry.insert(k.to_string(), value(v));
                        }
                    }
                }
                other => {
                    entry.insert("value".into(), value(other));
                }
            }
            map.serialize_entry(&input.name, &entry)?;
        }
        map.end()
    }
}

/// `result`: each result field by its name.
struct Fields<'a>(&'a [Field]);

impl Serialize for Fields<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for field in self.0 {
            map.serialize_entry(&field.name, &value(&field.value))?;
        }
        map.end()
    }
}

/// `changes`: each day AWS changed a value the answer used, and the answer on the other side.
fn changes(report: &Report) -> Vec<JsonChange<'_>> {
    report
        .changes
        .iter()
        .map(|change| JsonChange {
            since: change.since.to_string(),
            in_force: change.in_force(report.as_of),
            facts: change
                .facts
                .iter()
                .map(|c| JsonChangedFact {
                    id: c.fact.id,
                    name: c.fact.name,
                    before: Exact(Value::from(c.before)),
                    after: Exact(Value::from(c.after)),
                    unit: c.fact.unit,
                    date_precision: c.precision.as_str(),
                })
                .collect(),
            other_side: change.other_side.as_ref().map(|_| {
                let (same_answer, answer, differing_fields, error) =
                    match change.other_answer(report) {
                        None => (true, None, Vec::new(), None),
                        Some(Ok(other)) => (
                            false,
                            Some(other.answer_text()),
                            report.differing_field_names(other),
                            None,
                        ),
                        Some(Err(message)) => (false, None, Vec::new(), Some(message.to_string())),
                    };
                JsonOtherSide {
                    date: change.other_day(report.as_of).to_string(),
                    same_answer,
                    answer,
                    differing_fields,
                    error,
                }
            }),
        })
        .collect()
}

pub(super) fn value(v: &Value) -> Json {
    match v {
        Value::Number(n) => n
            .as_str()
            .parse::<serde_json::Number>()
            .map_or_else(|_| Json::String(n.as_str().to_string()), Json::Number),
        Value::Text(s) => Json::String(s.to_string()),
        Value::Bool(b) => Json::Bool(*b),
        Value::Null => Json::Null,
        Value::List(items) => Json::Array(items.iter().map(value).collect()),
        Value::Map(fields) => Json::Object(
            fields
                .iter()
                .map(|(k, v)| (k.to_string(), value(v)))
                .collect(),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::Decimal;

    #[test]
    fn numbers_stay_exact_json_numbers() {
        assert_eq!(value(&Value::from(Decimal::new(15, 1))).to_string(), "1.5");
        assert_eq!(value(&Value::number(200u32)).to_string(), "200");
        assert_eq!(
            value(&Value::number(u128::MAX)).to_string(),
            "340282366920938463463374607431768211455"
        );
    }
}
