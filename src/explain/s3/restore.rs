//! `awscalc s3 restore` in words, from the typed [`Restorable`](calc::Restorable) of
//! [`crate::calc::s3::restore`].

use rust_decimal::Decimal;

use std::fmt;

use super::{later_classes_note, minutes_label, tier_times};
use crate::calc::s3::restore::{self as calc, Deadline, Fit, RestoreRequest};
use crate::calc::s3::StorageClass;
use crate::error::Error;
use crate::facts::FactBook;
use crate::report::{Report, Table, Value};
use crate::units::group;

/// `6 h`, `90 min`, `45 s`: a deadline in the largest whole unit.
#[must_use]
pub fn deadline_label(deadline: &Deadline) -> String {
    let seconds = deadline.seconds();
    let minute = Decimal::from(60);
    if seconds >= minute && (seconds % minute).is_zero() {
        minutes_label(seconds / minute)
    } else {
        format!("{} s", group(seconds.normalize()))
    }
}

impl fmt::Display for Deadline {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&deadline_label(self))
    }
}

/// `awscalc s3 restore`: [`calc::restore`], explained.
///
/// # Errors
/// As [`calc::restore`].
#[allow(clippy::too_many_lines)] // one derivation, read top to bottom
pub fn restore(request: &RestoreRequest, book: &mut FactBook) -> Result<Report, Error> {
    let result = calc::restore(request, book)?;
    let mut report = Report::new("s3 restore", book.as_of());
    let within = &request.within;
    let minute = Decimal::from(60);
    report.input(
        "within",
        within.text(),
        if (within.seconds() % minute).is_zero() {
            format!(
                "{} = {} min",
                deadline_label(within),
                group(within.seconds() / minute)
            )
        } else {
            format!("{} s", group(within.seconds()))
        },
        Value::Map(vec![
            ("given".into(), Value::text(within.text().to_owned())),
            ("seconds".into(), Value::from(within.seconds())),
        ]),
    );
    if let Some(class) = request.class {
        report.input(
            "class",
            &class.to_string(),
            class.name().to_string(),
            Value::text(class.api_name()),
        );
    }
    let checked = &result.tiers;
    let mut rows = Vec::new();
    let mut list = Vec::new();
    for t in checked {
        let text = tier_times(t.tier.tier, t.min_minutes, t.max_minutes);
        let label = format!("{} {}", t.tier.class, t.tier.tier);
        match t.max_minutes {
            None => {
                report.steps.push(crate::report::Step {
                    label,
                    formula: "GET, milliseconds: no restore".into(),
                    value: Value::text(t.fit.id()),
                    unit: String::new(),
                    aside: false,
                });
            }
            Some(max) => {
                let cmp = if t.fit == Fit::Meets { "≤" } else { ">" };
                let formula = match (t.fit, t.min_minutes) {
                    (Fit::Possible, Some(min)) => format!(
                        "slowest {} {cmp} {}; fastest {} ≤ {}",
                        minutes_label(max),
                        deadline_label(within),
                        minutes_label(min),
                        deadline_label(within)
                    ),
                    _ => format!(
                        "slowest {} {cmp} {}",
                        minutes_label(max),
                        deadline_label(within)
                    ),
                };
                report.steps.push(crate::report::Step {
                    label,
                    formula,
                    value: Value::text(t.fit.id()),
                    unit: String::new(),
                    aside: false,
                });
            }
        }
        let minutes = |m: Option<Decimal>| m.map_or(Value::Null, Value::from);
        list.push(Value::Map(vec![
            ("class".into(), Value::text(t.tier.class.api_name())),
            ("tier".into(), Value::text(t.tier.tier)),
            ("restore".into(), Value::Bool(t.max_minutes.is_some())),
            ("min_minutes".into(), minutes(t.min_minutes)),
            ("max_minutes".into(), minutes(t.max_minutes)),
            ("fit".into(), Value::text(t.fit.id())),
        ]));
        if t.fit == Fit::Meets {
            rows.push(vec![
                Value::text(t.tier.class.api_name()),
                Value::text(t.tier.tier),
                Value::text(match t.max_minutes {
                    None => "milliseconds, no restore".to_string(),
                    Some(_) => text
                        .strip_prefix(t.tier.tier)
                        .unwrap_or(&text)
                        .trim()
                        .to_string(),
                }),
            ]);
        }
    }
    let meeting = result.meeting();
    report.detail("tiers", Value::List(list), "");
    report.field(
        "meeting",
        Value::List(
            meeting
                .iter()
                .map(|t| Value::text(format!("{}:{}", t.tier.class, t.tier.tier)))
                .collect(),
        ),
        "",
    );
    // The study notes' rule (003:412): the coldest class that still meets the time.
    let coldest = result.coldest.as_ref();
    report.field(
        "coldest_archive",
        coldest.map_or(Value::Null, |t| {
            Value::text(format!("{}:{}", t.tier.class, t.tier.tier))
        }),
        "",
    );
    let scope = request
        .class
        .map_or_else(|| "any class".to_string(), |c| c.to_string());
    report.summary = format!(
        "retrieval tiers of {scope} that return data within {}",
        deadline_label(within)
    );
    report.headline = if meeting.is_empty() {
        let fastest = checked
            .iter()
            .filter_map(|t| t.max_minutes)
            .min()
            .map_or_else(String::new, |m| {
                format!("; the fastest typical time is {}", minutes_label(m))
            });
        format!(
            "no retrieval tier of {scope} returns data within {}{fastest}",
            deadline_label(within)
        )
    } else {
        let names: Vec<String> = meeting
            .iter()
            .map(|t| format!("{} {}", t.tier.class, t.tier.tier))
            .collect();
        match coldest {
            Some(t) => format!(
                "{} tier{} within {}; coldest archive: {} {} (up to {})",
                meeting.len(),
                if meeting.len() == 1 { "" } else { "s" },
                deadline_label(within),
                t.tier.class,
                t.tier.tier,
                minutes_label(t.max_minutes.unwrap_or_default())
            ),
            None => format!("within {}: {}", deadline_label(within), names.join(", ")),
        }
    };
    if meeting.is_empty() {
        report.field("verdict", Value::text("none"), "");
        report.answer.push("verdict".into());
    } else {
        report.table = Some(Table {
            columns: ["class", "tier", "typical time"].map(String::from).to_vec(),
            rows,
        });
        report.answer.push("meeting".into());
    }
    if checked.iter().any(|t| t.fit == Fit::Possible) {
        report.note(
            "\"possible\": the tier's fastest typical time is within the deadline but its slowest \
             is not, so it may not finish in time",
        );
    }
    if checked.iter().any(|t| t.max_minutes.is_some()) {
        report.note(
            "AWS gives typical times, not guarantees; Expedited's minutes hold for all but the \
             largest objects, and provisioned capacity helps ensure Expedited capacity is available; \
             Deep Archive has no Expedited tier (restoring-objects-retrieval-options)",
        );
        report.note(
            "a restore makes a temporary copy available: add the time to copy it elsewhere if you \
             need it permanently",
        );
    }
    if request.class.is_none() {
        if let Some(note) = later_classes_note(book) {
            report.note(note);
        }
    }
    if request.class.is_none_or(|c| c == StorageClass::GlacierIr)
        && StorageClass::GlacierIr.exists(book)
    {
        report.note(
            "Glacier Instant Retrieval needs no restore: a GET returns data in milliseconds, like \
             Standard and the IA classes",
        );
    }
    report.attach_facts(book);
    Ok(report)
}
