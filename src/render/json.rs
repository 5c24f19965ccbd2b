//! `--json`: one object with `command`, `inputs`, `result`, `steps`, `notes`, `facts`,
//! `changes`.
//! Numbers are JSON numbers with their exact decimal text (200, 1.5), never strings.

use std::io::{self, Write};

use serde_json::{json, Map, Value as Json};

use awscalc::report::{Expectation, Report, Value};

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

pub(super) fn to_json(report: &Report, expectation: Option<&Expectation>) -> Json {
    let mut inputs = Map::new();
    for input in &report.inputs {
        let mut entry = Map::new();
        entry.insert("given".into(), Json::String(input.given.clone()));
        entry.insert("understood".into(), Json::String(input.understood.clone()));
        match &input.value {
            Value::Map(fields) => {
                for (k, v) in fields {
                    if k != "given" {
                        entry.insert(k.clone(), value(v));
                    }
                }
            }
            other => {
                entry.insert("value".into(), value(other));
            }
        }
        inputs.insert(input.name.clone(), Json::Object(entry));
    }
    let result: Map<String, Json> = report
        .result
        .iter()
        .map(|f| (f.name.clone(), value(&f.value)))
        .collect();
    let steps: Vec<Json> = report
        .steps
        .iter()
        .map(|s| json!({"step": s.label, "formula": s.formula, "value": value(&s.value), "unit": s.unit}))
        .collect();
    let notes: Vec<Json> = report
        .notes
        .iter()
        .map(|n| json!({"level": n.level.as_str(), "text": n.text}))
        .collect();
    let facts: Vec<Json> = report
        .facts
        .iter()
        .map(|u| {
            json!({
                "id": u.fact.id,
                "name": u.fact.name,
                "value": u.entry.value.map_or(Json::Null, |v| value(&Value::from(v))),
                "unit": u.fact.unit,
                "since": u.entry.since.map(|d| d.to_string()),
                "date_precision": u.entry.date_precision().map(awscalc::facts::DatePrecision::as_str),
                "source": u.entry.source.unwrap_or(u.fact.source),
            })
        })
        .collect();
    let mut object = Map::new();
    object.insert("command".into(), json!(report.command));
    object.insert("as_of".into(), json!(report.as_of.to_string()));
    object.insert("answer".into(), json!(report.headline));
    object.insert("summary".into(), json!(report.summary));
    object.insert("inputs".into(), Json::Object(inputs));
    object.insert("result".into(), Json::Object(result));
    object.insert("steps".into(), Json::Array(steps));
    object.insert("notes".into(), Json::Array(notes));
    object.insert("facts".into(), Json::Array(facts));
    object.insert("changes".into(), changes(report));
    if let Some(e) = expectation {
        let neighbours: Vec<Json> = report
            .neighbours()
            .iter()
            .map(|a| json!({"reading": a.reading, "value": value(&Value::from(a.value))}))
            .collect();
        object.insert(
            "expect".into(),
            json!({
                "expected": e.expected,
                "actual": value(&e.actual),
                "matches": e.matches,
                "hints": e.hints,
                "other_readings": neighbours,
            }),
        );
    }
    Json::Object(object)
}

/// `changes`: each day AWS changed a value the answer used, and the answer on the other side.
fn changes(report: &Report) -> Json {
    let changes: Vec<Json> = report
        .changes
        .iter()
        .map(|change| {
            let changed: Vec<Json> = change
                .facts
                .iter()
                .map(|c| {
                    json!({
                        "id": c.fact.id,
                        "name": c.fact.name,
                        "before": value(&Value::from(c.before)),
                        "after": value(&Value::from(c.after)),
                        "unit": c.fact.unit,
                        "date_precision": c.precision.as_str(),
                    })
                })
                .collect();
            let mut entry = Map::new();
            entry.insert("since".into(), json!(change.since.to_string()));
            entry.insert("in_force".into(), json!(change.in_force(report.as_of)));
            entry.insert("facts".into(), Json::Array(changed));
            if change.other_side.is_some() {
                let (same, other, fields, error) = match change.other_answer(report) {
                    None => (true, Json::Null, Vec::new(), Json::Null),
                    Some(Ok(other)) => (
                        false,
                        json!(other.answer_text()),
                        report.differing_field_names(other),
                        Json::Null,
                    ),
                    Some(Err(message)) => (false, Json::Null, Vec::new(), json!(message)),
                };
                entry.insert(
                    "other_side".into(),
                    json!({
                        "date": change.other_day(report.as_of).to_string(),
                        "same_answer": same,
                        "answer": other,
                        "differing_fields": fields,
                        "error": error,
                    }),
                );
            }
            Json::Object(entry)
        })
        .collect();
    Json::Array(changes)
}

pub(super) fn value(v: &Value) -> Json {
    match v {
        Value::Number(n) => n
            .as_str()
            .parse::<serde_json::Number>()
            .map_or_else(|_| Json::String(n.as_str().to_string()), Json::Number),
        Value::Text(s) => Json::String(s.clone()),
        Value::Bool(b) => Json::Bool(*b),
        Value::Null => Json::Null,
        Value::List(items) => Json::Array(items.iter().map(value).collect()),
        Value::Map(fields) => {
            Json::Object(fields.iter().map(|(k, v)| (k.clone(), value(v))).collect())
        }
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
