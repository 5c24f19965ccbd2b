//! `awscalc s3 lifecycle --file` in words, from the typed rules of
//! [`crate::calc::s3::config`]: one row per rule, each rule's steps and notes as the short
//! syntax words them, with the rule named.

use super::lifecycle::report as rule_report;
use super::rule_label;
use crate::calc::s3::config::{
    self as calc, check_noncurrent, check_rule, duplicate_ids, parse_configuration,
    ConfigurationRequest,
};
use crate::error::Error;
use crate::facts::FactBook;
use crate::report::{Level, Note, Report, Step, Table, Value};

/// `awscalc s3 lifecycle --file rules.json`: [`calc::configuration`], explained; exit 1
/// when any rule breaks a constraint.
///
/// Each rule is explained as soon as it is checked, so that its notes name the fact changes
/// read so far, as they always have.
///
/// # Errors
/// As [`calc::configuration`].
#[allow(clippy::too_many_lines)] // one report, read top to bottom
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
    let mut notes: Vec<Note> = Vec::new();
    let (mut valid, mut invalid_count, mut unchecked) = (0usize, 0usize, 0usize);
    for (rule, duplicate) in rules.iter().zip(duplicate_ids(&rules)) {
        let label = rule_label(&rule.name, rule.id_given);
        if duplicate {
            report.warn(format!(
                "{label} appears more than once: S3 needs each rule ID to be unique"
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
                Value::List(
                    rule.not_checked
                        .iter()
                        .map(|s| Value::text(s.clone()))
                        .collect(),
                ),
            ),
        ];
        if !rule.not_checked.is_empty() {
            report.note(format!(
                "{label}: not checked: {}",
                rule.not_checked.join(", ")
            ));
        }
        let mut parts = Vec::new();
        if let Some(result) = check_rule(rule, request, book)? {
            parts.push((
                label.clone(),
                rule.name.clone(),
                "rule",
                calc::rule_request(rule, request),
                result,
            ));
        }
        if let Some(result) = check_noncurrent(rule, request, book)? {
            parts.push((
                format!("{label} (noncurrent)"),
                format!("{} (noncurrent)", rule.name),
                "noncurrent_rule",
                calc::noncurrent_request(rule, request),
                result,
            ));
        }
        for keep in &rule.newer_noncurrent_versions {
            report.note(format!(
                "{label}: `{}` waits until more than {} newer noncurrent version{} exist, \
                 as well as the days",
                keep.action,
                keep.versions,
                if keep.versions == 1 { "" } else { "s" }
            ));
        }
        if rule.expired_object_delete_marker == Some(true) {
            report.note(format!(
                "{label}: expired object delete markers (no noncurrent version left) are removed"
            ));
        }
        if let Some(days) = rule.abort_incomplete_upload_days {
            report.note(format!(
                "{label}: incomplete multipart uploads are aborted {days} day{} after they \
                 were initiated (their parts deleted)",
                if days == 1 { "" } else { "s" }
            ));
        }
        entry.push((
            "newer_noncurrent_versions".into(),
            Value::List(
                rule.newer_noncurrent_versions
                    .iter()
                    .map(|k| {
                        Value::Map(vec![
                            ("action".into(), Value::text(k.action.to_string())),
                            ("versions".into(), Value::number(k.versions)),
                        ])
                    })
                    .collect(),
            ),
        ));
        entry.push((
            "expired_object_delete_marker".into(),
            rule.expired_object_delete_marker
                .map_or(Value::Null, Value::Bool),
        ));
        entry.push((
            "abort_incomplete_upload_days".into(),
            rule.abort_incomplete_upload_days
                .map_or(Value::Null, Value::number),
        ));
        if parts.is_empty() {
            let verdict = if rule.only_cleanup() {
                valid += 1;
                "valid"
            } else {
                unchecked += 1;
                report.note(format!(
                    "{label}: no Days-based transition or expiration to check"
                ));
                "unchecked"
            };
            entry.push(("verdict".into(), Value::text(verdict)));
            rows.push(vec![
                Value::text(rule.name.clone()),
                Value::text(status),
                Value::text(verdict),
                Value::Null,
            ]);
            list.push(Value::Map(entry));
            continue;
        }
        let mut rule_failed = false;
        for (part_label, row_name, key, part_request, result) in parts {
            let sub = rule_report(&part_request, &result, book);
            rule_failed |= sub.check_failed;
            for step in sub.steps.clone() {
                report.steps.push(Step {
                    label: format!("{part_label}: {}", step.label),
                    ..step
                });
            }
            for note in sub.notes.clone() {
                let text = if note.level == Level::Warning {
                    format!("{part_label}: {}", note.text)
                } else {
                    note.text
                };
                if !notes.iter().any(|n| n.text == text) {
                    notes.push(Note {
                        level: note.level,
                        text,
                    });
                }
            }
            let verdict = sub
                .get("verdict")
                .map_or_else(String::new, |f| f.value.plain());
            rows.push(vec![
                Value::text(row_name),
                Value::text(status),
                Value::text(verdict.clone()),
                sub.get("billed_days")
                    .map_or(Value::Null, |f| f.value.clone()),
            ]);
            notes.push(Note {
                level: if sub.check_failed {
                    Level::Warning
                } else {
                    Level::Note
                },
                text: format!("{part_label}: {}", sub.headline),
            });
            if key == "rule" {
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
                    entry.push((field.name.into(), field.value));
                }
            } else {
                let mut fields = vec![(
                    "rule".into(),
                    Value::text(
                        rule.noncurrent
                            .iter()
                            .map(ToString::to_string)
                            .collect::<Vec<_>>()
                            .join(" "),
                    ),
                )];
                for field in sub.result.clone() {
                    fields.push((field.name.into(), field.value));
                }
                entry.push(("noncurrent".into(), Value::Map(fields)));
                let note = "noncurrent-version days count from when a version became noncurrent \
                            (its successor was written), the version taken to be in STANDARD then";
                if !notes.iter().any(|n| n.text == note) {
                    notes.push(Note {
                        level: Level::Note,
                        text: note.into(),
                    });
                }
            }
        }
        if rule.actions.is_empty() {
            entry.push((
                "verdict".into(),
                Value::text(if rule_failed { "invalid" } else { "valid" }),
            ));
        }
        if rule_failed {
            invalid_count += 1;
            report.check_failed = true;
        } else {
            valid += 1;
        }
        list.push(Value::Map(entry));
    }
    report.notes.extend(notes);
    if let Some(since) = &request.noncurrent_since {
        report.note(format!(
            "noncurrent actions are dated from --noncurrent-since {since}, when the version became \
             noncurrent (its successor was written): S3 adds the NoncurrentDays and rounds up to \
             the next midnight UTC, as for current versions"
        ));
        report.aside(format!(
            "AWS adds a noncurrent action's days to the time the successor version was created \
             and rounds up to the next midnight UTC ({})",
            crate::calc::s3::timing::ROUNDING_SOURCE
        ));
    }
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
    let mut kept: Vec<Note> = Vec::new();
    for note in std::mem::take(&mut report.notes) {
        if !kept.iter().any(|n| n.text == note.text) {
            kept.push(note);
        }
    }
    report.notes = kept;
    Ok(report)
}
