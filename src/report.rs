//! A [`Report`] is what every command produces and all a renderer sees: the inputs as
//! understood, the answer as named result fields, the derivation steps, notes, the facts
//! used, and the neighbouring interpretations `--expect` compares against.

use std::fmt;
use std::str::FromStr;

use jiff::civil::Date;
use rust_decimal::Decimal;

use crate::error::Error;
use crate::facts::{ChangedFact, Fact, FactBook, FactUse};
use crate::units::{group_digits, KbConvention, Size, SizeUnit};

/// An exact number kept as canonical decimal text, so that values beyond `Decimal`
/// (2^128 addresses) are as exact as `1.5`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Number(String);

impl Number {
    /// The canonical text: no exponent, no trailing fractional zeros, `-` for negatives.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// With thousands separators, for people: `5,120`.
    #[must_use]
    pub fn grouped(&self) -> String {
        group_digits(&self.0)
    }

    /// A whole number from its decimal digits, for values beyond every integer type
    /// (2^128 addresses). `None` unless `digits` is canonical: ASCII digits, no sign, no
    /// leading zero (except `0` itself).
    #[must_use]
    pub fn from_digits(digits: &str) -> Option<Number> {
        let canonical = !digits.is_empty()
            && digits.bytes().all(|b| b.is_ascii_digit())
            && (digits == "0" || !digits.starts_with('0'));
        canonical.then(|| Number(digits.to_string()))
    }

    /// As a decimal, where it fits.
    #[must_use]
    pub fn to_decimal(&self) -> Option<Decimal> {
        Decimal::from_str(&self.0).ok()
    }
}

impl From<Decimal> for Number {
    fn from(value: Decimal) -> Number {
        Number(value.normalize().to_string())
    }
}

macro_rules! number_from_int {
    ($($t:ty),*) => {$(
        impl From<$t> for Number {
            fn from(value: $t) -> Number {
                Number(value.to_string())
            }
        }
    )*};
}
number_from_int!(u8, u16, u32, u64, u128, usize, i32, i64, i128);

impl fmt::Display for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A value in a report: a number, text, a flag, a list, or named fields in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// An exact number.
    Number(Number),
    /// Text.
    Text(String),
    /// A yes/no.
    Bool(bool),
    /// Nothing (JSON `null`).
    Null,
    /// A list.
    List(Vec<Value>),
    /// Named fields, in order.
    Map(Vec<(String, Value)>),
}

impl Value {
    /// A number value.
    pub fn number(n: impl Into<Number>) -> Value {
        Value::Number(n.into())
    }

    /// A text value.
    pub fn text(s: impl Into<String>) -> Value {
        Value::Text(s.into())
    }

    /// How a person reads it: numbers grouped, lists comma-separated.
    #[must_use]
    pub fn display(&self) -> String {
        match self {
            Value::Number(n) => n.grouped(),
            Value::Text(s) => s.clone(),
            Value::Bool(b) => if *b { "yes" } else { "no" }.into(),
            Value::Null => "-".into(),
            Value::List(items) if items.is_empty() => "none".into(),
            Value::List(items) => items
                .iter()
                .map(Value::display)
                .collect::<Vec<_>>()
                .join(", "),
            Value::Map(fields) => fields
                .iter()
                .map(|(k, v)| format!("{k}: {}", v.display()))
                .collect::<Vec<_>>()
                .join(", "),
        }
    }

    /// The bare value for scripts (`--quiet`): numbers without separators.
    #[must_use]
    pub fn plain(&self) -> String {
        match self {
            Value::Number(n) => n.as_str().to_string(),
            Value::List(items) => items.iter().map(Value::plain).collect::<Vec<_>>().join(","),
            other => other.display(),
        }
    }
}

impl From<Decimal> for Value {
    fn from(value: Decimal) -> Value {
        Value::number(value)
    }
}

/// One input as the user gave it and as awscalc understood it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    /// Field name (`size`, `rate`, `consistency`).
    pub name: String,
    /// What the user typed, or `default` where nothing was given.
    pub given: String,
    /// What it means, in words: `5 KB × 1,024 = 5,120 bytes`.
    pub understood: String,
    /// The understood value for scripts.
    pub value: Value,
}

/// One line of the derivation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    /// What this step does: `round item size up to 4 KB read units`.
    pub label: String,
    /// The formula with the numbers filled in: `ceil(5,120 / 4,096)`.
    pub formula: String,
    /// The value it gives.
    pub value: Value,
    /// The value's unit, possibly empty.
    pub unit: String,
}

/// A named result field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    /// Stable name scripts rely on (`rcu`, `units_per_read`).
    pub name: String,
    /// The value.
    pub value: Value,
    /// Unit, possibly empty.
    pub unit: String,
    /// Whether the default text view lists it; false for data the text shows another
    /// way (a timeline shown as steps), which only `--json` carries as a field.
    pub in_text: bool,
}

/// How loud a note is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// Something worth knowing.
    Note,
    /// Something that may be a problem (a quota exceeded, an input adjusted).
    Warning,
}

impl Level {
    /// `note` or `warning`.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Note => "note",
            Level::Warning => "warning",
        }
    }
}

/// A note or warning.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    /// How loud.
    pub level: Level,
    /// The text.
    pub text: String,
}

/// What another common reading of the question would answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alternative {
    /// The main answer under that reading.
    pub value: Decimal,
    /// The reading, as the end of "N is the answer for …".
    pub reading: String,
    /// How many assumptions it changes (1 = a neighbouring reading).
    pub distance: usize,
}

/// A table of rows, for commands whose answer is a list (`awscalc facts`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// Column names, also the JSON field names.
    pub columns: Vec<String>,
    /// Rows of values, one per column.
    pub rows: Vec<Vec<Value>>,
}

/// A day AWS changed values the answer used, and the answer on the other side of that day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// The day the new values took effect.
    pub since: Date,
    /// The facts that changed that day.
    pub facts: Vec<ChangedFact>,
    /// The same question asked on the other side of the change, once
    /// [`Report::weigh_changes`] has run: its brief report, or the error it gets there.
    pub other_side: Option<Result<Box<Report>, String>>,
}

impl Change {
    /// Whether the change is in force on `as_of` (the answer uses the values since).
    #[must_use]
    pub fn in_force(&self, as_of: Date) -> bool {
        as_of >= self.since
    }

    /// The day on the other side of the change from `as_of`: the day before a change in
    /// force, the change's own day for one still to come.
    #[must_use]
    pub fn other_day(&self, as_of: Date) -> Date {
        crate::facts::other_side_of(self.since, as_of)
    }

    /// The answer on the other side, when it differs from `report`'s
    /// ([`Report::same_answer`]): `Some(Ok(other))` for another answer, `Some(Err(message))`
    /// for a question with no answer there, `None` when it is the same or not weighed.
    #[must_use]
    pub fn other_answer(&self, report: &Report) -> Option<Result<&Report, &str>> {
        match self.other_side.as_ref()? {
            Ok(other) if report.same_answer(other) => None,
            Ok(other) => Some(Ok(other)),
            Err(message) => Some(Err(message)),
        }
    }
}

/// Everything a command has to say.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    /// The command name (`rcu`).
    pub command: String,
    /// The date whose AWS values were used.
    pub as_of: Date,
    /// The answer in a few words: `200 RCU`.
    pub headline: String,
    /// What was asked, in a sentence.
    pub summary: String,
    /// The inputs as understood.
    pub inputs: Vec<Input>,
    /// Named result fields.
    pub result: Vec<Field>,
    /// Names of the fields that are the answer (`--quiet` prints these).
    pub answer: Vec<String>,
    /// The derivation.
    pub steps: Vec<Step>,
    /// Notes and warnings.
    pub notes: Vec<Note>,
    /// The facts used, with the entry in force.
    pub facts: Vec<FactUse>,
    /// A table, for list answers.
    pub table: Option<Table>,
    /// Other readings of the question, for `--expect`.
    pub alternatives: Vec<Alternative>,
    /// The days AWS changed values this answer used ([`Report::weigh_changes`] adds the
    /// answer on the other side of each).
    pub changes: Vec<Change>,
    /// Other words that also answer a text question, for `--expect`: a block that
    /// contains another also overlaps it, so `contains` holds and so does `overlap`.
    pub also_true: Vec<String>,
    /// Whether the input failed a check the command makes (an invalid S3 lifecycle rule):
    /// the binary then exits 1, as for an `--expect` that did not hold.
    pub check_failed: bool,
}

impl Report {
    /// An empty report for `command` on `as_of`.
    #[must_use]
    pub fn new(command: &str, as_of: Date) -> Report {
        Report {
            command: command.to_string(),
            as_of,
            headline: String::new(),
            summary: String::new(),
            inputs: Vec::new(),
            result: Vec::new(),
            answer: Vec::new(),
            steps: Vec::new(),
            notes: Vec::new(),
            facts: Vec::new(),
            table: None,
            alternatives: Vec::new(),
            changes: Vec::new(),
            also_true: Vec::new(),
            check_failed: false,
        }
    }

    /// Adds an input.
    pub fn input(&mut self, name: &str, given: &str, understood: String, value: Value) {
        self.inputs.push(Input {
            name: name.into(),
            given: given.into(),
            understood,
            value,
        });
    }

    /// Adds a size input (`5kb` → `5 KB × 1,024 = 5,120 bytes`, then `suffix`), with a note
    /// when the size had no unit and was read in `default`, and returns its bytes.
    ///
    /// # Errors
    /// As [`Size::bytes`].
    pub fn size_input(
        &mut self,
        name: &str,
        size: &Size,
        default: SizeUnit,
        convention: KbConvention,
        suffix: &str,
    ) -> Result<Decimal, Error> {
        let (bytes, explained) = size.explain(default, convention)?;
        self.input(
            name,
            size.text(),
            format!("{explained}{suffix}"),
            Value::Map(vec![
                ("given".into(), Value::text(size.text())),
                ("bytes".into(), Value::from(bytes)),
            ]),
        );
        if size.unit().is_none() {
            self.note(format!(
                "`{}` has no unit: read as {} {}",
                size.text(),
                crate::units::group(size.value()),
                default.symbol()
            ));
        }
        Ok(bytes)
    }

    /// Adds a step and returns its value for chaining.
    pub fn step(
        &mut self,
        label: impl Into<String>,
        formula: impl Into<String>,
        value: Decimal,
        unit: &str,
    ) -> Decimal {
        self.steps.push(Step {
            label: label.into(),
            formula: formula.into(),
            value: Value::from(value),
            unit: unit.into(),
        });
        value
    }

    /// Adds a result field.
    pub fn field(&mut self, name: &str, value: Value, unit: &str) {
        self.result.push(Field {
            name: name.into(),
            value,
            unit: unit.into(),
            in_text: true,
        });
    }

    /// Adds a result field for scripts only: the text view already shows it as steps,
    /// notes or a table.
    pub fn detail(&mut self, name: &str, value: Value, unit: &str) {
        self.result.push(Field {
            name: name.into(),
            value,
            unit: unit.into(),
            in_text: false,
        });
    }

    /// Adds a note.
    pub fn note(&mut self, text: impl Into<String>) {
        self.notes.push(Note {
            level: Level::Note,
            text: text.into(),
        });
    }

    /// Adds a warning.
    pub fn warn(&mut self, text: impl Into<String>) {
        self.notes.push(Note {
            level: Level::Warning,
            text: text.into(),
        });
    }

    /// Takes the facts a calculation read, and a note for each that has changed.
    pub fn attach_facts(&mut self, book: &FactBook) {
        for text in book.change_notes() {
            self.note(text);
        }
        self.facts = book.used().to_vec();
        self.changes = book
            .changes()
            .into_iter()
            .map(|(since, facts)| Change {
                since,
                facts,
                other_side: None,
            })
            .collect();
    }

    /// Asks the question again on the other side of each change ([`Change::other_day`])
    /// through `answer_on`, keeps that answer in the change, and notes whether the answer
    /// moves: what a learner with material written before a change needs to know.
    pub fn weigh_changes(
        &mut self,
        mut answer_on: impl FnMut(Date) -> Result<Option<Report>, Error>,
    ) {
        let mut notes = Vec::new();
        for change in &mut self.changes {
            let other_day = change.other_day(self.as_of);
            change.other_side = match answer_on(other_day) {
                Ok(Some(other)) => Some(Ok(Box::new(other))),
                Ok(None) => None,
                Err(e) => Some(Err(e.to_string())),
            };
        }
        for change in &self.changes {
            if change.other_side.is_none() {
                continue;
            }
            let values = if change.in_force(self.as_of) {
                format!("the values before {}", change.since)
            } else {
                format!("the values from {}", change.since)
            };
            notes.push(match change.other_answer(self) {
                None => format!("with {values} the answer is the same"),
                Some(Ok(other)) => format!("with {values}{}", self.difference(other)),
                Some(Err(message)) => format!("with {values} there is no answer: {message}"),
            });
        }
        for text in notes {
            self.note(text);
        }
    }

    /// Whether `other` (the same question on another day, perhaps brief) gives this answer:
    /// the same answer values and the same value in every result field both reports have.
    /// A brief report may leave fields out; those are not compared.
    #[must_use]
    pub fn same_answer(&self, other: &Report) -> bool {
        self.answer_values() == other.answer_values() && self.differing_fields(other).is_empty()
    }

    /// `other`'s result fields whose value differs from this report's field of that name.
    fn differing_fields<'a>(&self, other: &'a Report) -> Vec<&'a Field> {
        other
            .result
            .iter()
            .filter(|theirs| {
                self.get(&theirs.name)
                    .is_some_and(|ours| ours.value != theirs.value)
            })
            .collect()
    }

    /// How `other`'s answer differs from this one, as the end of "with the values before
    /// DATE…": `: ` and its answer in words where that differs, else the fields that differ.
    #[must_use]
    pub fn difference(&self, other: &Report) -> String {
        let theirs = other.answer_text();
        if theirs != self.answer_text() {
            return format!(": {theirs}");
        }
        let (lists, scalars): (Vec<&Field>, Vec<&Field>) = self
            .differing_fields(other)
            .into_iter()
            .partition(|field| matches!(field.value, Value::List(_) | Value::Map(_)));
        let mut parts: Vec<String> = scalars
            .iter()
            .map(|field| match field.unit.as_str() {
                "" => format!("{} is {}", field.name, field.value.display()),
                unit => format!("{} is {} {unit}", field.name, field.value.display()),
            })
            .collect();
        if !lists.is_empty() {
            let names: Vec<&str> = lists.iter().map(|field| field.name.as_str()).collect();
            parts.push(format!("{} differ", names.join(", ")));
        }
        if parts.is_empty() {
            format!(": {theirs}")
        } else {
            format!(" the main answer is the same, but {}", parts.join("; "))
        }
    }

    /// The names of `other`'s result fields whose value differs from this report's.
    #[must_use]
    pub fn differing_field_names(&self, other: &Report) -> Vec<String> {
        self.differing_fields(other)
            .iter()
            .map(|field| field.name.clone())
            .collect()
    }

    /// The values of the answer fields, in order: what `--quiet` prints.
    #[must_use]
    pub fn answer_values(&self) -> Vec<&Value> {
        self.answer
            .iter()
            .filter_map(|name| self.get(name))
            .map(|field| &field.value)
            .collect()
    }

    /// The answer in words: the headline, or the answer fields with their units.
    #[must_use]
    pub fn answer_text(&self) -> String {
        if !self.headline.is_empty() {
            return self.headline.clone();
        }
        self.answer
            .iter()
            .filter_map(|name| self.get(name))
            .map(|field| match field.unit.as_str() {
                "" => field.value.display(),
                unit => format!("{} {unit}", field.value.display()),
            })
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The result field named `name`.
    #[must_use]
    pub fn get(&self, name: &str) -> Option<&Field> {
        self.result.iter().find(|f| f.name == name)
    }

    /// The main answer: the first answer field.
    #[must_use]
    pub fn primary(&self) -> Option<&Field> {
        self.answer.first().and_then(|name| self.get(name))
    }

    /// Compares the main answer with what the user expected.
    ///
    /// # Errors
    /// [`Error::InvalidExpectation`] when `expected` is not comparable with the answer.
    pub fn check(&self, expected: &str) -> Result<Expectation, Error> {
        let primary = self
            .primary()
            .filter(|f| !matches!(f.value, Value::List(_) | Value::Map(_)))
            .ok_or_else(|| Error::NoSingleAnswer {
                command: self.command.clone(),
                input: expected.trim().to_string(),
            })?;
        let actual = primary.value.clone();
        let matches = match &actual {
            Value::Number(n) => {
                let want = expected_number_text(expected, &primary.unit)?;
                match (Decimal::from_str(&want), n.to_decimal()) {
                    (Ok(want), Some(have)) => numbers_match(want, have),
                    // Beyond Decimal (2^128 addresses): compare the exact digits.
                    _ => canonical_digits(&want) == n.as_str(),
                }
            }
            other => {
                let want = expected.trim();
                other.display().trim().eq_ignore_ascii_case(want)
                    || self.also_true.iter().any(|w| w.eq_ignore_ascii_case(want))
            }
        };
        let mut hints = Vec::new();
        if !matches {
            if let Ok(want) = parse_expected_number(expected, &primary.unit) {
                let closest = self
                    .alternatives
                    .iter()
                    .filter(|a| numbers_match(want, a.value))
                    .map(|a| a.distance)
                    .min();
                if let Some(distance) = closest {
                    for alt in self
                        .alternatives
                        .iter()
                        .filter(|a| a.distance == distance && numbers_match(want, a.value))
                    {
                        hints.push(format!(
                            "{} is the answer for {}",
                            expected.trim(),
                            alt.reading
                        ));
                    }
                }
            }
        }
        Ok(Expectation {
            expected: expected.trim().to_string(),
            actual,
            unit: primary.unit.clone(),
            matches,
            hints,
        })
    }

    /// The single-change readings and their answers, for a mismatch message.
    #[must_use]
    pub fn neighbours(&self) -> Vec<&Alternative> {
        self.alternatives
            .iter()
            .filter(|a| a.distance == 1)
            .collect()
    }
}

/// The outcome of `--expect`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expectation {
    /// What the user expected, as typed.
    pub expected: String,
    /// The computed main answer.
    pub actual: Value,
    /// The answer's unit.
    pub unit: String,
    /// Whether they agree.
    pub matches: bool,
    /// Which other reading gives the expected value, where one does.
    pub hints: Vec<String>,
}

/// `200`, `200 RCU`, `1,200`, `1.5`: a number, optionally followed by the answer's unit.
fn parse_expected_number(expected: &str, unit: &str) -> Result<Decimal, Error> {
    let text = expected_number_text(expected, unit)?;
    Decimal::from_str(&text).map_err(|_| Error::InvalidExpectation {
        input: expected.to_string(),
        expected: "a number, like 200 or 1.5",
    })
}

/// The number in an expected answer, without separators, unit or a prefix's `/`:
/// `1,200 RCU` → `1200`, `/23` → `23`.
fn expected_number_text(expected: &str, unit: &str) -> Result<String, Error> {
    let invalid = || Error::InvalidExpectation {
        input: expected.to_string(),
        expected: "a number, like 200 or 1.5",
    };
    let trimmed = expected.trim();
    let text = trimmed.strip_prefix('/').unwrap_or(trimmed);
    let digits_end = text
        .char_indices()
        .find(|&(_, c)| !(c.is_ascii_digit() || matches!(c, '.' | ',' | '_' | '-' | '+')))
        .map_or(text.len(), |(i, _)| i);
    let (number, rest) = text.split_at(digits_end);
    let rest = rest.trim();
    if !rest.is_empty() && !rest.eq_ignore_ascii_case(unit) {
        return Err(invalid());
    }
    let cleaned: String = number.chars().filter(|c| !matches!(c, ',' | '_')).collect();
    let well_formed = !cleaned.is_empty()
        && cleaned
            .trim_start_matches(['-', '+'])
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.')
        && cleaned.matches('.').count() <= 1
        && cleaned.chars().any(|c| c.is_ascii_digit());
    if well_formed {
        Ok(cleaned)
    } else {
        Err(invalid())
    }
}

/// `000123.4500` → `123.45`: a plain decimal's canonical text, as [`Number`] keeps it.
fn canonical_digits(text: &str) -> String {
    let (sign, unsigned) = text
        .strip_prefix('-')
        .map_or(("", text), |rest| ("-", rest));
    let unsigned = unsigned.strip_prefix('+').unwrap_or(unsigned);
    let (int, frac) = unsigned.split_once('.').unwrap_or((unsigned, ""));
    let int = int.trim_start_matches('0');
    let frac = frac.trim_end_matches('0');
    let int = if int.is_empty() { "0" } else { int };
    if frac.is_empty() {
        format!("{sign}{int}")
    } else {
        format!("{sign}{int}.{frac}")
    }
}

/// Equal, or equal to as many decimal places as the user wrote (`3.33` for 3.3333…).
fn numbers_match(want: Decimal, have: Decimal) -> bool {
    if want == have {
        return true;
    }
    let places = want.scale();
    places > 0 && have.round_dp(places) == want
}

/// Text for a fact value in a report row: `4,096 bytes`.
#[must_use]
pub fn fact_value_text(fact: &Fact, value: Option<Decimal>) -> String {
    fact.describe(value)
}

#[cfg(test)]
mod tests {
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
            Err(Error::AwsLimit {
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
            " the main answer is the same, but units_per_read is 3 units"
        );
        assert_eq!(full.differing_field_names(&other), ["units_per_read"]);
        other.result[0].value = Value::number(300u32);
        other.headline = "300 RCU".into();
        assert_eq!(full.difference(&other), ": 300 RCU");
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
}
