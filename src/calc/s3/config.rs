//! `awscalc s3 lifecycle --file rules.json`: a lifecycle configuration as
//! `aws s3api put-bucket-lifecycle-configuration --lifecycle-configuration file://rules.json`
//! takes it, each rule checked as the short syntax is.
//!
//! Read: `Rules[].ID`, `Status` (`Enabled` or `Disabled`), `Transitions[].Days` and
//! `StorageClass`, `Expiration.Days`, and `Filter.ObjectSizeGreaterThan` (also inside
//! `Filter.And`). Date-based actions, noncurrent-version actions, delete-marker expiration and
//! incomplete multipart uploads are listed as not checked. The parser is pure: it takes the
//! JSON text, and the binary reads the file.
//! Shape: <https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketLifecycleConfiguration.html>.

use serde_json::{Map, Value as Json};

use super::lifecycle::{self, Action, ActionKind, LifecycleRequest};
use super::timing::Created;
use super::{parse_days, StorageClass};
use crate::error::Error;
use crate::facts::FactBook;
use crate::report::{Report, Table, Value};
use crate::units::Size;

const SHAPE: &str = "a lifecycle configuration as the AWS CLI takes it: \
{\"Rules\": [{\"ID\": \"archive\", \"Status\": \"Enabled\", \"Filter\": {}, \
\"Transitions\": [{\"Days\": 30, \"StorageClass\": \"GLACIER\"}], \"Expiration\": {\"Days\": 365}}]}";

/// One rule of a configuration, as awscalc checks it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigRule {
    /// `ID`, or `Rules[2]` when the rule has none.
    pub name: String,
    /// `rule `ID`` or `rule Rules[2]`, for messages.
    pub label: String,
    /// Whether `Status` is `Enabled`.
    pub enabled: bool,
    /// The Days-based transitions and expiration, in the order given.
    pub actions: Vec<Action>,
    /// `Filter.ObjectSizeGreaterThan`, in bytes.
    pub size_greater_than: Option<u64>,
    /// Elements present but not checked (`NoncurrentVersionTransitions`, `Expiration.Date`).
    pub not_checked: Vec<String>,
}

fn invalid(rule: &str, field: &str, value: &Json, reason: &str, expected: &str) -> Error {
    let shown = match value {
        Json::String(s) => s.clone(),
        Json::Null => "null".into(),
        other => other.to_string(),
    };
    let shown: String = if shown.chars().count() > 60 {
        shown.chars().take(57).collect::<String>() + "..."
    } else {
        shown
    };
    Error::Invalid {
        what: "lifecycle configuration value",
        input: shown,
        reason: format!("{rule}, {field}: {reason}"),
        expected: expected.into(),
    }
}

fn missing(rule: &str, field: &str, expected: &str) -> Error {
    Error::Invalid {
        what: "lifecycle configuration",
        input: rule
            .trim_start_matches("rule ")
            .trim_matches('`')
            .to_string(),
        reason: format!("{rule} has no {field}"),
        expected: expected.into(),
    }
}

fn days_of(rule: &str, field: &str, value: &Json) -> Result<u32, Error> {
    let expected = "a whole number of days, 0 or more, like 30";
    let Json::Number(n) = value else {
        return Err(invalid(rule, field, value, "it is not a number", expected));
    };
    let text = n.to_string();
    if text.contains(['.', 'e', 'E']) {
        return Err(invalid(
            rule,
            field,
            value,
            "it is not a whole number",
            expected,
        ));
    }
    parse_days(&text, "lifecycle day").map_err(|e| {
        let reason = match e {
            Error::Invalid { reason, .. } => reason,
            Error::TooLarge { max, .. } => format!("it is above {max}"),
            other => other.to_string(),
        };
        invalid(rule, field, value, &reason, expected)
    })
}

fn object<'a>(rule: &str, field: &str, value: &'a Json) -> Result<&'a Map<String, Json>, Error> {
    value.as_object().ok_or_else(|| {
        invalid(
            rule,
            field,
            value,
            "it is not an object",
            "a JSON object { ... }",
        )
    })
}

/// Reads a lifecycle configuration's rules from its JSON text.
///
/// # Errors
/// [`Error::Invalid`] naming the rule and the field: text that is not JSON, no `Rules`
/// list, a `Status` other than `Enabled`/`Disabled`, days that are not whole numbers of 0
/// or more, an unknown storage class, a size filter that is not a whole number of bytes.
#[allow(clippy::too_many_lines)] // one element after another, as the API lists them
pub fn parse_configuration(text: &str) -> Result<Vec<ConfigRule>, Error> {
    let root: Json = serde_json::from_str(text).map_err(|e| {
        let line = text
            .lines()
            .nth(e.line().saturating_sub(1))
            .unwrap_or("")
            .trim();
        let line: String = line.chars().take(60).collect();
        Error::Invalid {
            what: "lifecycle configuration",
            input: line,
            reason: format!(
                "not JSON (line {}, column {}: {})",
                e.line(),
                e.column(),
                e.to_string().split(" at line").next().unwrap_or("")
            ),
            expected: SHAPE.into(),
        }
    })?;
    let top = object("the configuration", "the top level", &root)?;
    let rules = match top.get("Rules") {
        Some(Json::Array(rules)) if !rules.is_empty() => rules,
        Some(other) => {
            return Err(invalid(
                "the configuration",
                "Rules",
                other,
                "it is not a list of rules, or it is empty",
                SHAPE,
            ))
        }
        None => return Err(missing("the configuration", "Rules", SHAPE)),
    };
    let mut out = Vec::new();
    for (i, rule) in rules.iter().enumerate() {
        let place = format!("Rules[{i}]");
        let fields = object(&place, &place, rule)?;
        let (name, label) = match fields.get("ID") {
            Some(Json::String(id)) if !id.is_empty() => (id.clone(), format!("rule `{id}`")),
            Some(Json::String(_)) | None => (place.clone(), format!("rule {place}")),
            Some(other) => {
                return Err(invalid(
                    &format!("rule {place}"),
                    "ID",
                    other,
                    "it is not text",
                    "a text ID, like \"archive-logs\"",
                ))
            }
        };
        let status_expected = "Enabled or Disabled";
        let enabled = match fields.get("Status") {
            Some(Json::String(s)) if s == "Enabled" => true,
            Some(Json::String(s)) if s == "Disabled" => false,
            Some(other) => {
                return Err(invalid(
                    &label,
                    "Status",
                    other,
                    "S3 accepts only Enabled or Disabled",
                    status_expected,
                ))
            }
            None => return Err(missing(&label, "Status (S3 requires it)", status_expected)),
        };
        let mut actions = Vec::new();
        let mut not_checked = Vec::new();
        if let Some(list) = fields.get("Transitions") {
            let Json::Array(list) = list else {
                return Err(invalid(
                    &label,
                    "Transitions",
                    list,
                    "it is not a list",
                    "a list like [{\"Days\": 30, \"StorageClass\": \"GLACIER\"}]",
                ));
            };
            for (j, t) in list.iter().enumerate() {
                let at = format!("Transitions[{j}]");
                let t = object(&label, &at, t)?;
                let class = match t.get("StorageClass") {
                    Some(Json::String(name)) => name.parse::<StorageClass>().map_err(|_| {
                        invalid(
                            &label,
                            &format!("{at}.StorageClass"),
                            &Json::String(name.clone()),
                            "no S3 lifecycle storage class has that name",
                            super::CLASS_NAMES,
                        )
                    })?,
                    Some(other) => {
                        return Err(invalid(
                            &label,
                            &format!("{at}.StorageClass"),
                            other,
                            "it is not text",
                            super::CLASS_NAMES,
                        ))
                    }
                    None => {
                        return Err(missing(
                            &label,
                            &format!("{at}.StorageClass"),
                            super::CLASS_NAMES,
                        ))
                    }
                };
                match (t.get("Days"), t.get("Date")) {
                    (Some(_), Some(_)) => {
                        return Err(invalid(
                            &label,
                            &at,
                            &Json::Object(t.clone()),
                            "S3 does not allow both Days and Date",
                            "Days or Date",
                        ))
                    }
                    (Some(days), None) => actions.push(Action {
                        kind: ActionKind::Transition(class),
                        day: days_of(&label, &format!("{at}.Days"), days)?,
                    }),
                    (None, Some(_)) => not_checked.push(format!("{at}.Date")),
                    (None, None) => {
                        return Err(missing(
                            &label,
                            &format!("{at}.Days or Date"),
                            "Days, like 30",
                        ))
                    }
                }
            }
        }
        if let Some(exp) = fields.get("Expiration") {
            let exp = object(&label, "Expiration", exp)?;
            match (exp.get("Days"), exp.get("Date")) {
                (Some(_), Some(_)) => {
                    return Err(invalid(
                        &label,
                        "Expiration",
                        &Json::Object(exp.clone()),
                        "S3 does not allow both Days and Date",
                        "Days or Date",
                    ))
                }
                (Some(days), None) => actions.push(Action {
                    kind: ActionKind::Expire,
                    day: days_of(&label, "Expiration.Days", days)?,
                }),
                (None, Some(_)) => not_checked.push("Expiration.Date".into()),
                (None, None) => {}
            }
            if exp.contains_key("ExpiredObjectDeleteMarker") {
                not_checked.push("Expiration.ExpiredObjectDeleteMarker".into());
            }
        }
        for element in [
            "NoncurrentVersionTransitions",
            "NoncurrentVersionExpiration",
            "AbortIncompleteMultipartUpload",
        ] {
            if fields.contains_key(element) {
                not_checked.push(element.into());
            }
        }
        let filter = fields.get("Filter").and_then(Json::as_object);
        let size = filter
            .and_then(|f| {
                f.get("ObjectSizeGreaterThan")
                    .map(|v| ("Filter.ObjectSizeGreaterThan", v))
                    .or_else(|| {
                        f.get("And")
                            .and_then(Json::as_object)
                            .and_then(|a| a.get("ObjectSizeGreaterThan"))
                            .map(|v| ("Filter.And.ObjectSizeGreaterThan", v))
                    })
            })
            .map(|(field, v)| {
                v.as_u64().ok_or_else(|| {
                    invalid(
                        &label,
                        field,
                        v,
                        "it is not a whole number of bytes",
                        "bytes, 0 or more, like 131072",
                    )
                })
            })
            .transpose()?;
        let less_than = filter.is_some_and(|f| {
            f.contains_key("ObjectSizeLessThan")
                || f.get("And")
                    .and_then(Json::as_object)
                    .is_some_and(|a| a.contains_key("ObjectSizeLessThan"))
        });
        if less_than {
            not_checked.push("Filter.ObjectSizeLessThan".into());
        }
        out.push(ConfigRule {
            name,
            label,
            enabled,
            actions,
            size_greater_than: size,
            not_checked,
        });
    }
    Ok(out)
}

/// `awscalc s3 lifecycle --file`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigurationRequest {
    /// The JSON text.
    pub text: String,
    /// Where it came from, for the report (`rules.json`).
    pub source: String,
    /// An object size to follow through every rule.
    pub object_size: Option<Size>,
    /// An object's creation time, for each action's eligible time.
    pub created: Option<Created>,
}

/// `awscalc s3 lifecycle --file rules.json`: every rule checked as the short syntax is, one
/// row per rule; exit 1 when any rule breaks a constraint.
///
/// # Errors
/// The configuration's errors ([`parse_configuration`]) and those of each rule's check.
#[allow(clippy::too_many_lines)] // one derivation, read top to bottom
pub fn configuration(request: &ConfigurationRequest, book: &mut FactBook) -> Result<Report, Error> {
    let rules = parse_configuration(&request.text)?;
    let mut report = Report::new("s3 lifecycle", book.as_of());
    report.input(
        "file",
        &request.source,
        format!(
            "{} rule{}",
            rules.len(),
            if rules.len() == 1 { "" } else { "s" }
        ),
        Value::number(rules.len()),
    );
    let mut rows = Vec::new();
    let mut list = Vec::new();
    let mut notes: Vec<crate::report::Note> = Vec::new();
    let (mut valid, mut invalid_count, mut unchecked) = (0usize, 0usize, 0usize);
    let mut seen = std::collections::HashSet::new();
    for rule in &rules {
        if !seen.insert(rule.label.clone()) && rule.label.starts_with("rule `") {
            report.warn(format!(
                "{} appears more than once: S3 needs each rule ID to be unique",
                rule.label
            ));
        }
        let status = if rule.enabled { "Enabled" } else { "Disabled" };
        let mut entry = vec![
            ("id".into(), Value::text(rule.name.clone())),
            ("status".into(), Value::text(status)),
            (
                "size_greater_than".into(),
                rule.size_greater_than.map_or(Value::Null, Value::number),
            ),
            (
                "not_checked".into(),
                Value::List(rule.not_checked.iter().map(Value::text).collect()),
            ),
        ];
        if !rule.not_checked.is_empty() {
            report.note(format!(
                "{}: not checked: {}",
                rule.label,
                rule.not_checked.join(", ")
            ));
        }
        if rule.actions.is_empty() {
            unchecked += 1;
            entry.push(("verdict".into(), Value::text("unchecked")));
            rows.push(vec![
                Value::text(rule.name.clone()),
                Value::text(status),
                Value::text("unchecked"),
                Value::Null,
            ]);
            report.note(format!(
                "{}: no Days-based transition or expiration to check",
                rule.label
            ));
            list.push(Value::Map(entry));
            continue;
        }
        let sub = lifecycle::lifecycle(
            &LifecycleRequest {
                actions: rule.actions.clone(),
                object_size: request.object_size.clone(),
                size_greater_than: rule.size_greater_than.map(Size::from_bytes),
                created: request.created.clone(),
            },
            book,
        )
        .map_err(|e| Error::Conflict {
            message: format!("{}: {e}", rule.label),
        })?;
        if sub.check_failed {
            invalid_count += 1;
            report.check_failed = true;
        } else {
            valid += 1;
        }
        for step in sub.steps.clone() {
            report.steps.push(crate::report::Step {
                label: format!("{}: {}", rule.label, step.label),
                ..step
            });
        }
        for note in sub.notes.clone() {
            let text = if note.level == crate::report::Level::Warning {
                format!("{}: {}", rule.label, note.text)
            } else {
                note.text
            };
            if !notes.iter().any(|n| n.text == text) {
                notes.push(crate::report::Note {
                    level: note.level,
                    text,
                });
            }
        }
        let verdict = sub
            .get("verdict")
            .map_or_else(String::new, |f| f.value.plain());
        rows.push(vec![
            Value::text(rule.name.clone()),
            Value::text(status),
            Value::text(verdict),
            sub.get("billed_days")
                .map_or(Value::Null, |f| f.value.clone()),
        ]);
        notes.push(crate::report::Note {
            level: if sub.check_failed {
                crate::report::Level::Warning
            } else {
                crate::report::Level::Note
            },
            text: format!("{}: {}", rule.label, sub.headline),
        });
        entry.push((
            "rule".into(),
            Value::text(
                rule.actions
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join(" "),
            ),
        ));
        for field in sub.result.clone() {
            entry.push((field.name, field.value));
        }
        list.push(Value::Map(entry));
    }
    report.notes.extend(notes);
    report.detail("rules", Value::List(list), "");
    report.field("valid", Value::number(valid), "rules");
    report.field("invalid", Value::number(invalid_count), "rules");
    report.field("unchecked", Value::number(unchecked), "rules");
    report.answer.push("rules".into());
    report.table = Some(Table {
        columns: ["rule", "status", "verdict", "billed days"]
            .map(String::from)
            .to_vec(),
        rows,
    });
    report.headline = format!(
        "{} rule{}: {valid} valid, {invalid_count} invalid{}",
        rules.len(),
        if rules.len() == 1 { "" } else { "s" },
        if unchecked > 0 {
            format!(", {unchecked} with nothing to check")
        } else {
            String::new()
        }
    );
    report.summary = format!("lifecycle configuration {}", request.source);
    report.attach_facts(book);
    // attach_facts adds change notes the rules already carried.
    let mut kept: Vec<crate::report::Note> = Vec::new();
    for note in std::mem::take(&mut report.notes) {
        if !kept.iter().any(|n| n.text == note.text) {
            kept.push(note);
        }
    }
    report.notes = kept;
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::testing::book;

    const AWS_EXAMPLE: &str = r#"{
        "Rules": [
            {
                "ID": "archive-logs",
                "Filter": {"Prefix": "logs/"},
                "Status": "Enabled",
                "Transitions": [
                    {"Days": 30, "StorageClass": "STANDARD_IA"},
                    {"Days": 90, "StorageClass": "GLACIER"}
                ],
                "Expiration": {"Days": 365}
            },
            {
                "ID": "too-soon",
                "Filter": {"ObjectSizeGreaterThan": 500},
                "Status": "Disabled",
                "Transitions": [
                    {"Days": 4, "StorageClass": "GLACIER_IR"},
                    {"Days": 50, "StorageClass": "DEEP_ARCHIVE"}
                ],
                "NoncurrentVersionExpiration": {"NoncurrentDays": 30}
            }
        ]
    }"#;

    #[test]
    fn rules_are_read_with_their_days_classes_filters_and_status() {
        let rules = parse_configuration(AWS_EXAMPLE).unwrap();
        assert_eq!(rules.len(), 2);
        assert_eq!(rules[0].label, "rule `archive-logs`");
        assert!(rules[0].enabled);
        assert_eq!(
            rules[0]
                .actions
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>(),
            ["STANDARD_IA:30", "GLACIER:90", "expire:365"]
        );
        assert!(!rules[1].enabled);
        assert_eq!(rules[1].size_greater_than, Some(500));
        assert_eq!(rules[1].not_checked, ["NoncurrentVersionExpiration"]);
    }

    /// archive-logs: STANDARD 30, IA 60 (≥ 30), GLACIER 275 (≥ 90): 365 billed, valid.
    /// too-soon: GLACIER_IR at day 4 → DEEP_ARCHIVE no earlier than 4 + 90 = 94: invalid.
    #[test]
    fn each_rule_gets_the_short_syntax_verdict() {
        let r = configuration(
            &ConfigurationRequest {
                text: AWS_EXAMPLE.into(),
                source: "rules.json".into(),
                object_size: None,
                created: None,
            },
            &mut book(),
        )
        .unwrap();
        assert!(r.check_failed);
        assert_eq!(r.headline, "2 rules: 1 valid, 1 invalid");
        let rows = &r.table.as_ref().unwrap().rows;
        assert_eq!(rows[0][2], Value::text("valid"));
        assert_eq!(rows[0][0], Value::text("archive-logs"));
        assert_eq!(rows[0][3].plain(), "365");
        assert_eq!(rows[1][2], Value::text("invalid"));
        assert!(r
            .notes
            .iter()
            .any(|n| n.text.starts_with("rule `too-soon`: `DEEP_ARCHIVE:50`")
                && n.text.contains("94")));
    }

    #[test]
    fn a_size_filter_beyond_what_awscalc_handles_names_the_rule() {
        let json = r#"{"Rules": [{"ID": "huge", "Status": "Enabled",
            "Filter": {"ObjectSizeGreaterThan": 18446744073709551615},
            "Expiration": {"Days": 3}}]}"#;
        let err = configuration(
            &ConfigurationRequest {
                text: json.into(),
                source: "x.json".into(),
                object_size: None,
                created: None,
            },
            &mut book(),
        )
        .unwrap_err()
        .to_string();
        assert!(err.starts_with("rule `huge`: "), "{err}");
        assert!(err.contains("`18446744073709551615"), "{err}");
    }

    #[test]
    fn errors_name_the_rule_and_the_field() {
        for (json, fragments) in [
            ("{", vec!["not JSON", "line 1"]),
            ("[]", vec!["top level"]),
            (r#"{"Rules": []}"#, vec!["Rules"]),
            (
                r#"{"Rules": [{"ID": "a", "Status": "On"}]}"#,
                vec!["rule `a`, Status", "`On`", "Enabled or Disabled"],
            ),
            (
                r#"{"Rules": [{"ID": "a"}]}"#,
                vec!["rule `a` has no Status"],
            ),
            (
                r#"{"Rules": [{"Status": "Enabled", "Transitions": [{"Days": -5, "StorageClass": "GLACIER"}]}]}"#,
                vec!["rule Rules[0], Transitions[0].Days", "`-5`", "negative"],
            ),
            (
                r#"{"Rules": [{"ID": "b", "Status": "Enabled", "Transitions": [{"Days": 30.5, "StorageClass": "GLACIER"}]}]}"#,
                vec!["Transitions[0].Days", "`30.5`", "whole"],
            ),
            (
                r#"{"Rules": [{"ID": "c", "Status": "Enabled", "Transitions": [{"Days": 30, "StorageClass": "FROZEN"}]}]}"#,
                vec![
                    "rule `c`, Transitions[0].StorageClass",
                    "`FROZEN`",
                    "STANDARD_IA",
                ],
            ),
            (
                r#"{"Rules": [{"ID": "d", "Status": "Enabled", "Expiration": {"Days": "365"}}]}"#,
                vec!["rule `d`, Expiration.Days", "`365`", "not a number"],
            ),
            (
                r#"{"Rules": [{"ID": "e", "Status": "Enabled", "Filter": {"ObjectSizeGreaterThan": -1}, "Expiration": {"Days": 3}}]}"#,
                vec!["rule `e`, Filter.ObjectSizeGreaterThan", "`-1`"],
            ),
        ] {
            let err = parse_configuration(json).unwrap_err().to_string();
            for f in fragments {
                assert!(err.contains(f), "{json}: {err} lacks {f}");
            }
        }
    }
}
