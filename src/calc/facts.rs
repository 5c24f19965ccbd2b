//! `awscalc facts [FILTER]`: the registry itself, as a report.

use crate::facts::{Entry, FactBook, Registry};
use crate::report::{Report, Table, Value};

/// The facts matching `filter` (all when `None`), with the values in force on the book's date.
#[must_use]
pub fn list(registry: &Registry, filter: Option<&str>, book: &FactBook) -> Report {
    let as_of = book.as_of();
    let mut report = Report::new("facts", as_of);
    let facts = match filter {
        Some(f) => registry.matching(f),
        None => registry.all().collect(),
    };
    if let Some(f) = filter {
        report.input(
            "filter",
            f,
            format!("ids or names containing `{f}`"),
            Value::text(f),
        );
    }
    let since = |e: &Entry| e.since.map_or(Value::Null, |d| Value::text(d.to_string()));
    let value = |e: &Entry| e.value.map_or(Value::Null, Value::from);
    let mut rows = Vec::new();
    let mut list = Vec::new();
    for fact in &facts {
        let entry = fact.entry_at(as_of);
        rows.push(vec![
            Value::text(fact.id),
            value(entry),
            Value::text(fact.unit),
            since(entry),
            Value::text(fact.source),
        ]);
        let history = fact
            .history
            .iter()
            .map(|e| Value::Map(vec![("since".into(), since(e)), ("value".into(), value(e))]))
            .collect();
        list.push(Value::Map(vec![
            ("id".into(), Value::text(fact.id)),
            ("name".into(), Value::text(fact.name)),
            ("value".into(), value(entry)),
            ("unit".into(), Value::text(fact.unit)),
            ("since".into(), since(entry)),
            ("source".into(), Value::text(fact.source)),
            ("confirmed".into(), Value::text(fact.confirmed)),
            ("history".into(), Value::List(history)),
        ]));
        if fact.value_changes().next().is_some() {
            report.note(format!("{}: {}", fact.id, fact.history_text()));
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
    match facts.as_slice() {
        [fact] => {
            report.detail("value", value(fact.entry_at(as_of)), fact.unit);
            report.answer.push("value".into());
        }
        _ => report.answer.push("facts".into()),
    }
    report.table = Some(Table {
        columns: ["id", "value", "unit", "since", "source"]
            .map(String::from)
            .to_vec(),
        rows,
    });
    if facts.is_empty() {
        report.warn(format!(
            "no fact matches `{}`; try a service name such as `dynamodb`",
            filter.unwrap_or_default()
        ));
    }
    report
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn the_filter_narrows_and_the_date_picks_values() {
        let registry = Registry::builtin();
        let book = FactBook::new(registry, date(2020, 1, 1));
        let report = list(&registry, Some("transact_max_items"), &book);
        let table = report.table.unwrap();
        assert_eq!(table.rows.len(), 1);
        assert_eq!(table.rows[0][1], Value::number(25u32), "25 items in 2020");
        let book = FactBook::new(registry, date(2026, 1, 1));
        let table = list(&registry, Some("transact_max_items"), &book)
            .table
            .unwrap();
        assert_eq!(
            table.rows[0][1],
            Value::number(100u32),
            "100 items since 2022-09-27"
        );
    }
}
