//! The answer on the other side of a change of AWS values: asked again, compared, noted.

use jiff::civil::Date;

use super::{Field, Report, Value};
use crate::error::Error;
use crate::explain::labels::label;
use crate::facts::ChangedFact;

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
impl Report {
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
                Some(Ok(other)) => format!("with {values}: {}", self.difference(other)),
                Some(Err(message)) => format!("with {values} there is no answer: {message}"),
            });
        }
        for text in notes {
            self.notes.push(super::Note {
                level: super::Level::Change,
                text,
            });
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

    /// How `other`'s answer differs from this one, in words: its answer where that differs
    /// (`300 RCU`), else the fields that differ, named by their labels (`the main answer is
    /// the same, but RCU per read is 3 units`). The change notes of every format use it.
    #[must_use]
    pub fn difference(&self, other: &Report) -> String {
        let theirs = other.answer_text();
        if theirs != self.answer_text() {
            return theirs;
        }
        let (lists, scalars): (Vec<&Field>, Vec<&Field>) = self
            .differing_fields(other)
            .into_iter()
            .partition(|field| matches!(field.value, Value::List(_) | Value::Map(_)));
        let mut parts: Vec<String> = scalars
            .iter()
            .map(|field| match field.value {
                // A field with no value on the other side (a factor that did not exist yet).
                Value::Null => format!("{} is none", label(&field.name)),
                _ => format!(
                    "{} is {}",
                    label(&field.name),
                    field.value.with_unit(&field.unit)
                ),
            })
            .collect();
        let lists: Vec<String> = lists.iter().map(|field| label(&field.name)).collect();
        match lists.as_slice() {
            [] => {}
            [one] => parts.push(format!("{one} differs")),
            [rest @ .., last] => parts.push(format!("{} and {last} differ", rest.join(", "))),
        }
        if parts.is_empty() {
            theirs
        } else {
            format!("the main answer is the same, but {}", parts.join("; "))
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
}
