//! `awscalc s3 design` in words, from the typed [`Design`](calc::Design) of
//! [`crate::calc::s3::design`].

use rust_decimal::Decimal;

use super::restore::deadline_label;
use super::{bytes_label, object_size_input, small_object_default_since, tier_times};
use crate::calc::s3::design::{self as calc, DesignRequest, DropReason};
use crate::calc::s3::restore::Fit;
use crate::error::Error;
use crate::facts::FactBook;
use crate::report::{Report, Step, Value};
use crate::units::group;

/// The rule's JSON as a report value, keys in AWS's order.
fn json_value(json: &serde_json::Value) -> Value {
    match json {
        serde_json::Value::Null => Value::Null,
        serde_json::Value::Bool(b) => Value::Bool(*b),
        serde_json::Value::Number(n) => n
            .to_string()
            .parse::<Decimal>()
            .map_or_else(|_| Value::text(n.to_string()), Value::from),
        serde_json::Value::String(s) => Value::text(s.clone()),
        serde_json::Value::Array(items) => Value::List(items.iter().map(json_value).collect()),
        serde_json::Value::Object(map) => Value::Map(
            map.iter()
                .map(|(k, v)| (k.clone(), json_value(v)))
                .collect(),
        ),
    }
}

/// `awscalc s3 design`: [`calc::design`], explained.
///
/// # Errors
/// As [`calc::design`].
#[allow(clippy::too_many_lines)] // one report, read top to bottom
pub fn design(request: &DesignRequest, book: &mut FactBook) -> Result<Report, Error> {
    let result = calc::design(request, book)?;
    let mut report = Report::new("s3 design", book.as_of());
    report.input(
        "hot",
        &request.hot.to_string(),
        format!("{} days in S3 Standard", group(request.hot.into())),
        Value::number(request.hot),
    );
    report.input(
        "retrieval",
        request.within.text(),
        format!(
            "a later read returns within {}",
            deadline_label(&request.within)
        ),
        Value::Map(vec![
            ("given".into(), Value::text(request.within.text())),
            ("seconds".into(), Value::from(request.within.seconds())),
        ]),
    );
    let keep = request.keep;
    report.input(
        "keep",
        &keep
            .years
            .map_or_else(|| keep.days.to_string(), |y| format!("{y}y")),
        match keep.years {
            Some(y) => format!(
                "{} years × {} = {} days, then expire",
                group(y.into()),
                calc::DAYS_PER_YEAR,
                group(keep.days.into())
            ),
            None => format!("{} days, then expire", group(keep.days.into())),
        },
        Value::number(keep.days),
    );
    if let (Some(size), Some(bytes)) = (&request.object_size, result.object_bytes) {
        object_size_input(&mut report, size, bytes);
    }
    for c in &result.ranked {
        let reads: Vec<String> = c
            .reads
            .iter()
            .map(|r| {
                let how = match r.tier.max_minutes {
                    None => "GET, ms".to_string(),
                    max => tier_times(r.tier.tier.tier, r.tier.min_minutes, max),
                };
                let may = if r.fit == Fit::Possible { " (may)" } else { "" };
                format!("{} {how}{may}", r.class)
            })
            .collect();
        let reads = if reads.is_empty() {
            "STANDARD GET, ms".to_string()
        } else {
            reads.join("; ")
        };
        let early = if c.early_delete_days.is_zero() {
            String::new()
        } else {
            format!(", {} early", group(c.early_delete_days))
        };
        report.steps.push(Step {
            label: calc::rule_text(&c.rule),
            formula: format!("{reads}{early}"),
            value: Value::from(c.billed_days),
            unit: "days billed".into(),
            aside: false,
        });
    }
    for d in &result.dropped {
        let why = match d.why {
            DropReason::TooSlow { class } => format!(
                "{class} returns no read within {}",
                deadline_label(&request.within)
            ),
            DropReason::TooSmall => format!(
                "objects under {} are not transitioned by default (since {})",
                bytes_label(result.min_transition_bytes),
                small_object_default_since(book)
            ),
            DropReason::ExpiresFirst => "objects expire before its last transition".into(),
            DropReason::NotYet { class } => format!("{class} did not exist yet"),
        };
        report.steps.push(Step {
            label: format!("not proposed: {}", calc::rule_text(&d.rule)),
            formula: why,
            value: Value::text("-"),
            unit: String::new(),
            aside: true,
        });
    }
    let chosen = result.chosen();
    let text = calc::rule_text(&chosen.rule);
    report.field("rule_text", Value::text(&text), "");
    report.answer.push("rule_text".into());
    report.field("billed_days", Value::from(chosen.billed_days), "days");
    report.detail(
        "rule",
        json_value(&calc::configuration_json(&chosen.rule, "awscalc-design")),
        "",
    );
    report.detail(
        "ranked",
        Value::List(
            result
                .ranked
                .iter()
                .map(|c| {
                    Value::Map(vec![
                        ("rule".into(), Value::text(calc::rule_text(&c.rule))),
                        ("billed_days".into(), Value::from(c.billed_days)),
                        ("early_delete_days".into(), Value::from(c.early_delete_days)),
                        ("retrieval".into(), Value::text(c.fit.id())),
                    ])
                })
                .collect(),
        ),
        "",
    );
    for (place, c) in result.ranked.iter().enumerate().skip(1) {
        report.text_alternatives.push((
            calc::rule_text(&c.rule),
            format!("the rule ranked {} of {}", place + 1, result.ranked.len()),
        ));
    }
    report.summary = "S3 lifecycle rules for an access pattern".into();
    report.headline = match result.ranked.len() {
        1 => format!(
            "{text}: the only valid rule, {} days billed",
            group(chosen.billed_days)
        ),
        n => format!(
            "{text}: best of {n} valid rules, {} days billed",
            group(chosen.billed_days)
        ),
    };
    report.note(
        "ranked: rules whose classes meet the retrieval time first, then fewest days billed \
         (each stay raised to its class's minimum), then the colder class, then fewer transitions",
    );
    report.note(
        "every rule passes `awscalc s3 lifecycle`'s checks; `--json` gives the chosen one under \
         `rule`, a configuration `awscalc s3 lifecycle --file` and the AWS CLI take",
    );
    if chosen.fit == Fit::Possible {
        report.warn(
            "the chosen rule's reads only may return in time: AWS's fastest typical time is \
             within it, its slowest is not",
        );
    }
    if let (true, Some(removed)) = (result.ia_day > request.hot, result.ia_wait_removed) {
        report.note(format!(
            "Standard-IA at day {}: objects had to be {} days old before a transition to it \
             until {removed}",
            group(result.ia_day.into()),
            group(result.ia_wait)
        ));
    }
    report.note(
        "no prices: AWS's retrieval charges and per-GB rates are not weighed; retrieval times \
         are AWS's typical times, not guarantees",
    );
    report.attach_facts(book);
    Ok(report)
}
