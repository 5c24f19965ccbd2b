//! A [`Report`] is what every command produces and all a renderer sees: the inputs as
//! understood, the answer as named result fields, the derivation steps, notes, the facts
//! used, and the neighbouring interpretations `--expect` compares against.
//!
//! The module is split by concern: [`Value`] and [`Number`] (value.rs), the report and its
//! builder (here), the answer on the other side of a change of AWS values (changes.rs), and
//! `--expect` (expect.rs).

mod changes;
mod expect;
mod value;

pub use changes::Change;
pub use expect::Expectation;
pub use value::{Number, Value};

use jiff::civil::Date;
use rust_decimal::Decimal;

use crate::error::Error;
use crate::facts::{Fact, FactBook, FactUse};
use crate::units::{KbConvention, Size, SizeUnit};

/// How much of an explanation to build: the facts book knows only the facts, so the
/// explainers are told this apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Detail {
    /// The answer alone: what a passing `check` line, a quiz question and the other side
    /// of a change of AWS values need.
    Answer,
    /// The answer with its inputs, steps and notes: what a reader sees.
    Full,
    /// As `Full`, with the other readings of the question that `--expect`, `check` and the
    /// quiz compare an unexpected answer against.
    Readings,
}

impl Detail {
    /// Whether the words (inputs, steps, notes) are wanted.
    #[must_use]
    pub fn words(self) -> bool {
        self != Detail::Answer
    }

    /// Whether the other readings are wanted.
    #[must_use]
    pub fn readings(self) -> bool {
        self == Detail::Readings
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
    /// A step of a derivation beside the answer's (the provisioned shards beside an
    /// on-demand verdict): the text view shows it only with `--verbose`; JSON always.
    pub aside: bool,
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
    /// A note the default text view leaves to `--verbose`: detail that does not change
    /// how the answer reads (the full wording of a change of AWS values, a caveat).
    /// Scripts see it as a note.
    Aside,
    /// Whether the answer moves on the other side of a change of AWS values
    /// ([`Report::weigh_changes`]), worded for scripts; the text view words it from
    /// [`Report::changes`], fields by their labels. Scripts see it as a note.
    Change,
}

impl Level {
    /// `note` or `warning` (an aside is a note).
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Note | Level::Aside | Level::Change => "note",
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
    /// Other readings of a question whose answer is text (a strategy), for `--expect`:
    /// each the answer under the reading, and the reading.
    pub text_alternatives: Vec<(String, String)>,
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
            text_alternatives: Vec::new(),
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
                ("given".into(), Value::text(size.text().to_owned())),
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
            aside: false,
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

    /// Adds a note only `--verbose` shows: detail that does not change how the answer
    /// reads.
    pub fn aside(&mut self, text: impl Into<String>) {
        self.notes.push(Note {
            level: Level::Aside,
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

    /// Takes the facts a calculation read, and a note for each that has changed; nothing for
    /// a report only compared with another ([`FactBook::for_comparison`]).
    pub fn attach_facts(&mut self, book: &FactBook) {
        if book.is_comparison() {
            return;
        }
        // The text view says each change in a line of its own; the wording is for -v.
        for text in book.change_notes() {
            self.aside(text);
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
            .map(|field| field.value.with_unit(&field.unit))
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
}

/// Text for a fact value in a report row: `4,096 bytes`.
#[must_use]
pub fn fact_value_text(fact: &Fact, value: Option<Decimal>) -> String {
    fact.describe(value)
}

#[cfg(test)]
mod tests;
