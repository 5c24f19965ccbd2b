//! `awscalc facts [FILTER]` in words: [`crate::calc::facts::list`]'s [`Listing`] as a
//! report, the registry's table.
//!
//! [`Listing`]: crate::calc::facts::Listing

use crate::calc::facts as calc;
use crate::facts::{Entry, Fact, FactBook, Registry};
use crate::report::{Report, Table, Value};

/// `awscalc facts [FILTER]`: the facts matching `filter` (all when `None`), with the values
/// in force on the book's date.
#[must_use]
pub fn list(registry: &Registry, filter: Option<&str>, book: &FactBook) -> Report {
    let as_of = book.as_of();
    let mut report = Report::new("facts", as_of);
    let listing = calc::list(registry, filter, as_of);
    let facts: Vec<&Fact> = listing.facts.iter().map(|l| l.fact).collect();
    if let Some(f) = filter {
        report.input(
            "filter",
            f,
            format!("ids or names containing `{f}`"),
            Value::text(f.to_owned()),
        );
    }
    let since = |e: &Entry| e.since.map_or(Value::Null, |d| Value::text(d.to_string()));
    // What kind of date `since` is: `day`, `month` (only the month is known) or
    // `on-or-before` (a bound); none for an undated entry.
    let precision = |e: &Entry| {
        e.date_precision()
            .map_or(Value::Null, |p| Value::text(p.as_str()))
    };
    let bound = |e: &Entry| {
        e.date_precision()
            .map_or(Value::Null, |p| Value::Bool(p.is_bound()))
    };
    let value = |e: &Entry| e.value.map_or(Value::Null, Value::from);
    let mut rows = Vec::new();
    let mut list = Vec::new();
    for listed in &listing.facts {
        let (fact, entry) = (listed.fact, listed.entry);
        rows.push(vec![
            Value::text(fact.id),
            value(entry),
            Value::text(fact.unit),
            since(entry),
            precision(entry),
            Value::text(fact.source),
        ]);
        let history = fact
            .history
            .iter()
            .map(|e| {
                Value::Map(vec![
                    ("since".into(), since(e)),
                    ("date_precision".into(), precision(e)),
                    ("date_is_bound".into(), bound(e)),
                    ("value".into(), value(e)),
                ])
            })
            .collect();
        list.push(Value::Map(vec![
            ("id".into(), Value::text(fact.id)),
            ("name".into(), Value::text(fact.name)),
            ("value".into(), value(entry)),
            ("unit".into(), Value::text(fact.unit)),
            ("since".into(), since(entry)),
            ("date_precision".into(), precision(entry)),
            ("date_is_bound".into(), bound(entry)),
            ("source".into(), Value::text(fact.source)),
            ("confirmed".into(), Value::text(fact.confirmed)),
            ("history".into(), Value::List(history)),
        ]));
        // Every dated history in words, with what kind of date each is (the table shows
        // only the value in force and its date): detail for -v.
        if fact.history.iter().any(|e| e.since.is_some()) {
            report.aside(format!("{}: {}", fact.id, fact.history_text()));
        }
    }
    report.headline = match facts.len() {
        1 => "1 fact".into(),
        n => format!("{n} facts"),
    };
    report.summary = format!("AWS values in force on {as_of}, with their sources");
    report.field("count", Value::number(facts.len()), "facts");
    report.field("facts", Value::List(list), "");
    // One fact matched: its value is the answer (`facts transact_max_items = 100` in a
    // sheet). Several: the answer is the list, which --expect does not compare.
    match listing.facts.as_slice() {
        [listed] => {
            report.detail("value", value(listed.entry), listed.fact.unit);
            report.answer.push("value".into());
        }
        _ => report.answer.push("facts".into()),
    }
    report.table = Some(Table {
        columns: ["id", "value", "unit", "since", "date is", "source"]
            .map(String::from)
            .to_vec(),
        rows,
    });
    if facts.is_empty() {
        report.warn(format!(
            "no fact matches `{}`; try a service name such as `dynamodb`",
            filter.unwrap_or_default()
        ));
        // As `grep` does: a filter that matches nothing exits 1, so a script (and `--quiet`,
        // which prints no row) can tell it from a listing.
        report.check_failed = true;
    }
    report
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    /// The transaction item limit: 10 from 2018-11-27, 25 from 2019-06-01 (month only),
    /// 100 from 2022-09-06.
    #[test]
    fn the_filter_narrows_and_the_date_picks_values() {
        let registry = Registry::builtin();
        let row = |on: jiff::civil::Date| {
            let book = FactBook::new(registry, on);
            let table = list(&registry, Some("transact_max_items"), &book)
                .table
                .unwrap();
            assert_eq!(table.rows.len(), 1);
            table.rows[0].clone()
        };
        let launch = row(date(2019, 5, 31));
        assert_eq!(launch[1], Value::number(10u32), "10 items until June 2019");
        assert_eq!(launch[3], Value::text("2018-11-27"));
        assert_eq!(launch[4], Value::text("day"));
        let in_2020 = row(date(2020, 1, 1));
        assert_eq!(in_2020[1], Value::number(25u32), "25 items in 2020");
        assert_eq!(in_2020[3], Value::text("2019-06-01"));
        assert_eq!(in_2020[4], Value::text("month"));
        let now = row(date(2026, 1, 1));
        assert_eq!(now[1], Value::number(100u32), "100 items since 2022-09-06");
        assert_eq!(now[4], Value::text("day"));
    }

    #[test]
    fn an_undated_value_has_no_precision_and_a_bound_says_so() {
        let registry = Registry::builtin();
        let book = FactBook::new(registry, date(2026, 1, 1));
        let table = list(&registry, Some("dynamodb.kb_bytes"), &book)
            .table
            .unwrap();
        assert_eq!(table.rows[0][3], Value::Null);
        assert_eq!(table.rows[0][4], Value::Null);
        let report = list(&registry, Some("gp3_max_iops"), &book);
        assert_eq!(
            report.table.unwrap().rows[0][4],
            Value::text("on-or-before")
        );
        assert!(
            report.notes.iter().any(|n| {
                n.text
                == "ebs.gp3_max_iops: none before 2020-12-01; 16,000 IOPS from 2020-12-01; 80,000 \
                    IOPS from 2025-09-26 (or earlier: the day is not known)"
            }),
            "{:?}",
            report.notes
        );
    }
}
