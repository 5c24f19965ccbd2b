//! Reports: changes weighed, expectations compared, exact numbers kept.

use super::*;
use jiff::civil::date;

fn report_with(answer: Decimal, alternatives: Vec<Alternative>) -> Report {
    let mut r = Report::new("rcu", date(2026, 1, 1));
    r.field("rcu", Value::from(answer), "RCU");
    r.answer.push("rcu".into());
    r.alternatives = alternatives;
    r
}

fn alt(value: i64, reading: &str, distance: usize) -> Alternative {
    Alternative {
        value: Decimal::from(value),
        reading: reading.into(),
        distance,
    }
}

/// A limit that changed once: 25 items from 2018-11-27, 100 from 2022-09-27 (test data,
/// so that these tests of the weighing do not follow the real registry's history).
static ONE_CHANGE: &[&[crate::facts::Fact]] = &[&[crate::facts::Fact {
    id: "test.transact_max_items",
    name: "test transaction item limit",
    unit: "items",
    source: "https://docs.aws.amazon.com/",
    confirmed: "test data",
    history: &[
        crate::facts::entry(None, None),
        crate::facts::entry(Some(date(2018, 11, 27)), crate::facts::whole(25)),
        crate::facts::entry(Some(date(2022, 9, 27)), crate::facts::whole(100)),
    ],
}]];

/// A report whose answer used the test item limit (25 items before 2022-09-27, 100
/// since), on `as_of`.
fn transaction_report(as_of: Date, items: u32) -> Report {
    let mut book = FactBook::new(crate::facts::Registry::from_static(ONE_CHANGE), as_of);
    let limit = book
        .value(crate::facts::FactId::new("test.transact_max_items"))
        .unwrap();
    let mut r = Report::new("wcu", as_of);
    r.field("items", Value::number(items.min(100)), "items");
    r.answer.push("items".into());
    r.headline = format!("{} items in one request", items.min(100));
    r.attach_facts(&book);
    assert_eq!(r.changes.len(), 1);
    assert_eq!(
        limit,
        Decimal::from(if as_of >= date(2022, 9, 27) { 100 } else { 25 })
    );
    r
}

#[test]
fn weighing_a_change_asks_the_day_before_and_notes_the_same_answer() {
    let mut r = transaction_report(date(2026, 1, 1), 10);
    let mut asked = Vec::new();
    r.weigh_changes(|day| {
        asked.push(day);
        Ok(Some(transaction_report(day, 10)))
    });
    assert_eq!(asked, [date(2022, 9, 26)]);
    let last = &r.notes.last().unwrap().text;
    assert_eq!(
        last,
        "with the values before 2022-09-27 the answer is the same"
    );
    assert_eq!(r.changes[0].other_answer(&r), None);
}

#[test]
fn weighing_notes_a_different_answer_or_none() {
    let mut r = transaction_report(date(2026, 1, 1), 30);
    r.weigh_changes(|_| {
        Err(Error::Conflict {
            message: "TransactWriteItems takes at most 25 items".into(),
        })
    });
    let last = &r.notes.last().unwrap().text;
    assert_eq!(
        last,
        "with the values before 2022-09-27 there is no answer: \
         TransactWriteItems takes at most 25 items"
    );
    // A change still to come: the change's own day is asked, and its answer named.
    let mut r = transaction_report(date(2020, 1, 1), 10);
    let mut asked = Vec::new();
    r.weigh_changes(|day| {
        asked.push(day);
        let mut other = transaction_report(day, 10);
        other.result[0].value = Value::number(11u32);
        other.headline = "11 items in one request".into();
        Ok(Some(other))
    });
    assert_eq!(asked, [date(2022, 9, 27)]);
    assert_eq!(
        r.notes.last().unwrap().text,
        "with the values from 2022-09-27: 11 items in one request"
    );
    assert!(matches!(r.changes[0].other_answer(&r), Some(Ok(_))));
}

#[test]
fn the_same_answer_ignores_fields_a_brief_report_leaves_out() {
    let full = {
        let mut r = report_with(Decimal::from(200), vec![]);
        r.field("units_per_read", Value::number(2u32), "units");
        r
    };
    let brief = report_with(Decimal::from(200), vec![]);
    assert!(full.same_answer(&brief));
    let mut other = brief.clone();
    other.field("units_per_read", Value::number(3u32), "units");
    assert!(!full.same_answer(&other));
    assert_eq!(
        full.difference(&other),
        "the main answer is the same, but RCU per read is 3 units"
    );
    assert_eq!(full.differing_field_names(&other), ["units_per_read"]);
    other.result[0].value = Value::number(300u32);
    other.headline = "300 RCU".into();
    assert_eq!(full.difference(&other), "300 RCU");
}

#[test]
fn expect_matches_numbers_with_or_without_unit_and_separators() {
    let r = report_with(Decimal::from(1200), vec![]);
    for ok in ["1200", "1,200", " 1200 RCU", "1200rcu", "1200.0"] {
        assert!(r.check(ok).unwrap().matches, "{ok}");
    }
    assert!(!r.check("1201").unwrap().matches);
    assert!(r.check("lots").is_err());
    assert!(r.check("1200 WCU").is_err());
}

#[test]
fn expect_names_the_nearest_reading_that_gives_the_value() {
    let r = report_with(
        Decimal::from(90),
        vec![
            alt(45, "eventually consistent reads", 1),
            alt(180, "transactional reads", 1),
            alt(45, "transactional reads with KB taken as 1,000 bytes", 2),
        ],
    );
    let e = r.check("45").unwrap();
    assert!(!e.matches);
    assert_eq!(
        e.hints,
        vec!["45 is the answer for eventually consistent reads"]
    );
    assert!(r.check("46").unwrap().hints.is_empty());
}

#[test]
fn expect_compares_numbers_beyond_decimal_exactly() {
    let mut r = Report::new("cidr", date(2026, 1, 1));
    r.field("total", Value::number(u128::MAX), "addresses");
    r.answer.push("total".into());
    assert!(
        r.check("340282366920938463463374607431768211455")
            .unwrap()
            .matches
    );
    assert!(
        r.check("340,282,366,920,938,463,463,374,607,431,768,211,455")
            .unwrap()
            .matches
    );
    assert!(
        !r.check("340282366920938463463374607431768211454")
            .unwrap()
            .matches
    );
}

#[test]
fn expect_accepts_a_text_answer_or_another_word_that_also_holds() {
    let mut r = Report::new("cidr", date(2026, 1, 1));
    r.field("relation", Value::text("contains"), "");
    r.answer.push("relation".into());
    r.also_true.push("overlap".into());
    assert!(r.check("Contains").unwrap().matches);
    assert!(r.check(" overlap ").unwrap().matches);
    assert!(!r.check("disjoint").unwrap().matches);
}

#[test]
fn expect_accepts_a_prefix_written_with_its_slash() {
    let r = report_with(Decimal::from(23), vec![]);
    assert!(r.check("/23").unwrap().matches);
}

#[test]
fn expect_accepts_a_rounded_decimal() {
    let third = Decimal::from(10) / Decimal::from(3);
    let r = report_with(third, vec![]);
    assert!(r.check("3.33").unwrap().matches);
    assert!(!r.check("3").unwrap().matches);
}

#[test]
fn numbers_keep_their_exact_text() {
    assert_eq!(Number::from(Decimal::new(150, 2)).as_str(), "1.5");
    assert_eq!(Number::from(u128::MAX).grouped().len(), 39 + 12);
    assert_eq!(Value::number(5120u32).display(), "5,120");
    assert_eq!(Value::number(5120u32).plain(), "5120");
}

#[test]
fn whole_numbers_beyond_u128_keep_their_digits() {
    let two_to_128 = "340282366920938463463374607431768211456";
    assert_eq!(
        Number::from_digits(two_to_128).unwrap().as_str(),
        two_to_128
    );
    assert_eq!(Number::from_digits("0").unwrap().as_str(), "0");
    for bad in ["", "-1", "007", "1.5", "1e3", " 1"] {
        assert!(Number::from_digits(bad).is_none(), "{bad}");
    }
}
