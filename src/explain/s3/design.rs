//! `awscalc s3 design` in words, from the typed [`Design`] of
//! [`crate::calc::s3::design`].

use rust_decimal::Decimal;

use super::restore::deadline_label;
use super::{bytes_label, object_size_input, small_object_default_since, tier_times};
use crate::calc::s3::design::{
    self as calc, Candidate, Cost, Design, DesignPrices, DesignRequest, DropReason,
};
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
                .map(|(k, v)| (k.clone().into(), json_value(v)))
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
            (
                "given".into(),
                Value::text(request.within.text().to_owned()),
            ),
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
    if let Some(prices) = &request.prices {
        price_inputs(&mut report, prices, request.hot);
    }
    if let Some(versions) = &request.versions {
        let keep = versions.noncurrent_keep;
        report.input(
            "noncurrent_keep",
            &keep
                .years
                .map_or_else(|| keep.days.to_string(), |y| format!("{y}y")),
            format!(
                "a version expires {} days after it became noncurrent",
                group(keep.days.into())
            ),
            Value::number(keep.days),
        );
        if let Some(n) = versions.newer_versions {
            report.input(
                "newer_versions",
                &n.to_string(),
                format!("the {n} newest noncurrent versions are kept whatever their age"),
                Value::number(n),
            );
        }
    }
    candidate_steps(&mut report, &result.ranked, "", request.prices.is_some());
    dropped_steps(&mut report, &result.dropped, "", request, &result, book);
    if let Some(nc) = &result.noncurrent {
        candidate_steps(&mut report, &nc.ranked, "noncurrent: ", false);
        dropped_steps(
            &mut report,
            &nc.dropped,
            "noncurrent: ",
            request,
            &result,
            book,
        );
    }
    let chosen = result.chosen();
    let text = calc::rule_text(&chosen.rule);
    report.field("rule_text", Value::text(text.clone()), "");
    report.answer.push("rule_text".into());
    report.field("billed_days", Value::from(chosen.billed_days), "days");
    if let Some(cost) = chosen.cost {
        report.field("cost", Value::from(cost.total), "per object");
    }
    let noncurrent = result
        .noncurrent
        .as_ref()
        .map(|nc| (nc.chosen().rule.as_slice(), nc.newer_versions));
    if let Some((rule, _)) = noncurrent {
        report.field(
            "noncurrent_rule_text",
            Value::text(calc::rule_text(rule)),
            "",
        );
        report.answer.push("noncurrent_rule_text".into());
    }
    report.detail(
        "rule",
        json_value(&calc::versioned_configuration_json(
            &chosen.rule,
            noncurrent,
            "awscalc-design",
        )),
        "",
    );
    report.detail(
        "ranked",
        Value::List(
            result
                .ranked
                .iter()
                .map(|c| {
                    let mut entry = vec![
                        ("rule".into(), Value::text(calc::rule_text(&c.rule))),
                        ("billed_days".into(), Value::from(c.billed_days)),
                        ("early_delete_days".into(), Value::from(c.early_delete_days)),
                        ("retrieval".into(), Value::text(c.fit.id())),
                    ];
                    if let Some(cost) = c.cost {
                        entry.push(("cost".into(), cost_value(cost)));
                    }
                    Value::Map(entry)
                })
                .collect(),
        ),
        "",
    );
    if let Some(nc) = &result.noncurrent {
        report.detail(
            "noncurrent_ranked",
            Value::List(
                nc.ranked
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
    }
    for (place, c) in result.ranked.iter().enumerate().skip(1) {
        report.text_alternatives.push((
            calc::rule_text(&c.rule),
            format!("the rule ranked {} of {}", place + 1, result.ranked.len()),
        ));
    }
    report.summary = "S3 lifecycle rules for an access pattern".into();
    let priced = chosen.cost.map_or_else(String::new, |c| {
        format!(", {} per object at your prices", money(c.total))
    });
    let versions = result.noncurrent.as_ref().map_or_else(String::new, |nc| {
        format!(
            "; noncurrent versions: {}",
            calc::rule_text(&nc.chosen().rule)
        )
    });
    report.headline = match result.ranked.len() {
        1 => format!(
            "{text}: the only valid rule, {} days billed{priced}{versions}",
            group(chosen.billed_days)
        ),
        n => format!(
            "{text}: best of {n} valid rules, {} days billed{priced}{versions}",
            group(chosen.billed_days)
        ),
    };
    report.note(if request.prices.is_some() {
        "ranked: rules whose classes meet the retrieval time first, then the lowest cost at your \
         prices, then fewest days billed, then the colder class, then fewer transitions"
    } else {
        "ranked: rules whose classes meet the retrieval time first, then fewest days billed \
         (each stay raised to its class's minimum), then the colder class, then fewer transitions"
    });
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
    match &request.prices {
        Some(given) => price_notes(&mut report, given, request.hot),
        None => report.note(
            "no prices: AWS's retrieval charges and per-GB rates are not weighed (give \
             --reads-per-month with your prices to rank by cost); retrieval times are AWS's \
             typical times, not guarantees",
        ),
    }
    if let Some(nc) = &result.noncurrent {
        version_notes(&mut report, nc.newer_versions);
    }
    report.attach_facts(book);
    Ok(report)
}

/// A cost as text: grouped, at most 6 decimal places.
fn money(value: Decimal) -> String {
    group(value.round_dp(6).normalize())
}

/// A cost as a report value, each part exact.
fn cost_value(cost: Cost) -> Value {
    Value::Map(vec![
        ("reads".into(), Value::from(cost.reads)),
        ("storage".into(), Value::from(cost.storage)),
        ("retrieval".into(), Value::from(cost.retrieval)),
        ("requests".into(), Value::from(cost.requests)),
        ("total".into(), Value::from(cost.total)),
    ])
}

/// One step per valid rule: how each class is read and the days billed (and the cost).
/// With `prefix` (the noncurrent versions), only the chosen rule is shown without -v.
fn candidate_steps(report: &mut Report, ranked: &[Candidate], prefix: &str, priced: bool) {
    for (place, c) in ranked.iter().enumerate() {
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
        let cost = match (priced, c.cost) {
            (true, Some(cost)) => format!(", cost {}", money(cost.total)),
            _ => String::new(),
        };
        report.steps.push(Step {
            label: format!("{prefix}{}", calc::rule_text(&c.rule)),
            formula: format!("{reads}{early}{cost}"),
            value: Value::from(c.billed_days),
            unit: "days billed".into(),
            aside: place > 0 && !prefix.is_empty(),
        });
    }
    if !priced {
        return;
    }
    for c in ranked {
        let Some(cost) = c.cost else { continue };
        report.steps.push(Step {
            label: format!("{prefix}{}: cost", calc::rule_text(&c.rule)),
            formula: format!(
                "storage {} + retrieval {} + requests {} ({} reads)",
                money(cost.storage),
                money(cost.retrieval),
                money(cost.requests),
                money(cost.reads)
            ),
            value: Value::from(cost.total),
            unit: "per object".into(),
            aside: true,
        });
    }
}

/// One aside step per candidate not proposed, and why.
fn dropped_steps(
    report: &mut Report,
    dropped: &[calc::Dropped],
    prefix: &str,
    request: &DesignRequest,
    result: &Design,
    book: &FactBook,
) {
    for d in dropped {
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
            label: format!("{prefix}not proposed: {}", calc::rule_text(&d.rule)),
            formula: why,
            value: Value::text("-"),
            unit: String::new(),
            aside: true,
        });
    }
}

/// The reads a month and each price given, as inputs.
fn price_inputs(report: &mut Report, prices: &DesignPrices, request_hot: u32) {
    report.input(
        "reads_per_month",
        &prices.reads_per_month.to_string(),
        format!("reads of each object a month after day {request_hot}"),
        Value::number(prices.reads_per_month),
    );
    for (name, unit, list) in [
        ("storage_price", "per GB-month", &prices.storage),
        ("retrieval_price", "per GB retrieved", &prices.retrieval),
        ("request_price", "per 1,000 reads", &prices.requests),
    ] {
        if list.is_empty() {
            continue;
        }
        let given: Vec<String> = list
            .iter()
            .map(|p| format!("{}={}", p.class, p.price))
            .collect();
        report.input(
            name,
            &given.join(" "),
            format!("your prices {unit}"),
            Value::Map(
                list.iter()
                    .map(|p| (p.class.api_name().into(), Value::from(p.price.value())))
                    .collect(),
            ),
        );
    }
}

/// What the cost counts and leaves out.
fn price_notes(report: &mut Report, prices: &DesignPrices, hot: u32) {
    report.note(format!(
        "cost per object over the keep period at your prices (awscalc holds none): days billed × \
         GB × price per GB-month / {month}, plus {} read{} a month after day {hot} × (GB × \
         retrieval price{}); a month is {month} days, a GB 1,024³ bytes",
        group(prices.reads_per_month.into()),
        if prices.reads_per_month == 1 { "" } else { "s" },
        if prices.requests.is_empty() {
            ""
        } else {
            " + request price / 1,000"
        },
        month = calc::DAYS_PER_MONTH,
    ));
    report.note(
        "not priced: transition requests, a restored copy's storage, data transfer, and \
         GLACIER or DEEP_ARCHIVE tiers other than the one shown (your retrieval price is taken \
         as that tier's)",
    );
    if prices.requests.is_empty() {
        report.note("no --price-request: read requests are not priced");
    }
}

/// What the noncurrent-version rule means.
fn version_notes(report: &mut Report, newer: Option<u32>) {
    report.note(format!(
        "noncurrent versions: days count from when a version became noncurrent (its successor \
         was written); transitions from NoncurrentDays {} (AWS gives no lower bound), ranked as \
         the current versions are, without prices",
        calc::NONCURRENT_FIRST_DAY
    ));
    if let Some(n) = newer {
        report.note(format!(
            "the noncurrent expiration also waits until more than {n} newer noncurrent version{} \
             exist (NewerNoncurrentVersions)",
            if n == 1 { "" } else { "s" }
        ));
    }
}
