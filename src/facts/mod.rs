//! The facts registry: every AWS number awscalc uses, with its source and its history.
//!
//! A [`Fact`] has an id (`dynamodb.read_unit_bytes`), a human name, a unit, a source on
//! docs.aws.amazon.com (or an AWS announcement), a note on how it was confirmed, and a
//! history: each value with the date it came into force. [`FactBook`] answers "what was
//! this fact on date D" for one calculation and records which facts it read, so the
//! report can list them and say when one of them has changed.
//!
//! The data lives in one file per service (`facts/dynamodb.rs`, `facts/vpc.rs`, …).

pub mod compute;
pub mod dynamodb;
pub mod ebs;
mod index;
pub mod kinesis;
pub mod lambda;
pub mod network;
pub mod resilience;
pub mod s3;
pub mod sns;
pub mod sqs;
pub mod vpc;

use jiff::civil::Date;
use rust_decimal::Decimal;

use crate::error::Error;
use crate::units::group;

/// How exactly the date of a change is known: the day, or only a bound on it.
///
/// Where AWS (or a dated record of the change) gives the day, the entry's `since` is that
/// day. Where it does not, `since` is still one day (a calculation needs one), and this
/// says what kind of day it is, so that `awscalc facts` and the change notes can say so.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DatePrecision {
    /// The day itself is known.
    Day,
    /// Only the month is known; `since` is a day in it that awscalc chose (the fact's
    /// `confirmed` note says which and why).
    Month,
    /// The change came on or before `since`, the latest day it can have happened; awscalc
    /// keeps the earlier value until then.
    OnOrBefore,
}

impl DatePrecision {
    /// The machine-friendly name, as `--json` and `--quiet` print it: `day`, `month`,
    /// `on-or-before`.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            DatePrecision::Day => "day",
            DatePrecision::Month => "month",
            DatePrecision::OnOrBefore => "on-or-before",
        }
    }

    /// Whether the date is a bound or a chosen day rather than the known day of the change.
    #[must_use]
    pub fn is_bound(self) -> bool {
        self != DatePrecision::Day
    }

    /// `date` with what kind of date it is, for prose: `2022-09-06`,
    /// `2019-06-01 (only the month is known)`, `2025-10-27 (or earlier: the day is not known)`.
    #[must_use]
    pub fn describe(self, date: Date) -> String {
        match self.qualifier() {
            None => date.to_string(),
            Some(words) => format!("{date} ({words})"),
        }
    }

    /// The date as a sentence says it: `2022-09-06`, `September 2024` for a month,
    /// `on or before 2025-10-27` for a bound.
    #[must_use]
    pub fn when(self, date: Date) -> String {
        match self {
            DatePrecision::Day => date.to_string(),
            DatePrecision::Month => date.strftime("%B %Y").to_string(),
            DatePrecision::OnOrBefore => format!("on or before {date}"),
        }
    }

    /// What the date is, in words, for a bound: `only the month is known`,
    /// `or earlier: the day is not known`; `None` for a known day.
    #[must_use]
    pub fn qualifier(self) -> Option<&'static str> {
        match self {
            DatePrecision::Day => None,
            DatePrecision::Month => Some("only the month is known"),
            DatePrecision::OnOrBefore => Some("or earlier: the day is not known"),
        }
    }
}

/// One value of a fact and the date it came into force.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    /// When this value came into force; `None` for "as far back as awscalc knows".
    pub since: Option<Date>,
    /// How exactly `since` is known (meaningless without a `since`).
    pub precision: DatePrecision,
    /// The value; `None` where the feature did not exist (yet, or any more).
    pub value: Option<Decimal>,
    /// A source for this change when it differs from the fact's own (an announcement).
    pub source: Option<&'static str>,
}

impl Entry {
    /// The same entry with its own source (the announcement of the change).
    #[must_use]
    pub const fn sourced(mut self, source: &'static str) -> Entry {
        self.source = Some(source);
        self
    }

    /// The same entry dated only to the month of `since` (`since` is a day awscalc chose).
    #[must_use]
    pub const fn month_only(mut self) -> Entry {
        self.precision = DatePrecision::Month;
        self
    }

    /// The same entry dated by a bound: the change came on or before `since`.
    #[must_use]
    pub const fn on_or_before(mut self) -> Entry {
        self.precision = DatePrecision::OnOrBefore;
        self
    }

    /// The date of the entry with what kind of date it is ([`DatePrecision::describe`]);
    /// `None` for an undated first entry.
    #[must_use]
    pub fn since_text(&self) -> Option<String> {
        self.since.map(|d| self.precision.describe(d))
    }

    /// The precision of the date, where there is a date.
    #[must_use]
    pub fn date_precision(&self) -> Option<DatePrecision> {
        self.since.map(|_| self.precision)
    }
}

/// A typed handle to one fact: `facts::dynamodb::READ_UNIT_BYTES`.
///
/// Calculators name the facts they read by these constants, one per fact, declared beside
/// the fact in its service's file; a misspelt handle does not compile. A handle can only be
/// made inside awscalc, and the test `tests/fact_ids.rs` checks that the id of every handle
/// is in the registry.
///
/// ```
/// use awscalc::facts::{dynamodb, FactBook, Registry};
///
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 11, 30));
/// assert_eq!(book.value(dynamodb::READ_UNIT_BYTES).unwrap(), 4096.into());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FactId(&'static str);

impl FactId {
    /// The handle for `id` (`service.name`).
    pub(crate) const fn new(id: &'static str) -> FactId {
        FactId(id)
    }

    /// The id, `dynamodb.read_unit_bytes`.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        self.0
    }
}

impl std::fmt::Display for FactId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

/// An AWS constant with its provenance and its history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fact {
    /// Stable id, `service.name_unit`.
    pub id: &'static str,
    /// What it is, in words.
    pub name: &'static str,
    /// The unit of the value (`bytes`, `RCU`, `items`, `×`).
    pub unit: &'static str,
    /// The AWS page that states the current value.
    pub source: &'static str,
    /// How the value was confirmed and what is still uncertain.
    pub confirmed: &'static str,
    /// Values in date order, oldest first; never empty.
    pub history: &'static [Entry],
}

impl Fact {
    /// This fact's handle.
    #[must_use]
    pub const fn handle(&self) -> FactId {
        FactId(self.id)
    }

    /// The entry in force on `date`.
    #[must_use]
    pub fn entry_at(&self, date: Date) -> &Entry {
        self.history
            .iter()
            .rev()
            .find(|e| e.since.is_none_or(|since| since <= date))
            .unwrap_or(&self.history[0])
    }

    /// The newest entry.
    #[must_use]
    pub fn current(&self) -> &Entry {
        &self.history[self.history.len() - 1]
    }

    /// Changes of value between two existing values: `(before, after)` pairs.
    pub fn value_changes(&self) -> impl Iterator<Item = (&Entry, &Entry)> {
        self.history
            .windows(2)
            .map(|w| (&w[0], &w[1]))
            .filter(|(a, b)| a.value.is_some() && b.value.is_some() && a.value != b.value)
    }

    /// The service the fact belongs to: the id up to the first dot.
    #[must_use]
    pub fn service(&self) -> &'static str {
        service_of(self.id)
    }

    /// A value with its unit, for prose: `4,096 bytes`, `not available`.
    #[must_use]
    pub fn describe(&self, value: Option<Decimal>) -> String {
        match value {
            Some(v) if self.unit == "×" => format!("×{}", group(v)),
            Some(v) => format!("{} {}", group(v), crate::words::noun_for(v, self.unit)),
            None => "not available".into(),
        }
    }

    /// The fact's history in one line, each date with its precision:
    /// `none before 2018-11-27; 10 items from 2018-11-27; 25 items from 2019-06-01 (only the
    /// month is known); 100 items from 2022-09-06`. A value AWS withdrew reads `withdrawn
    /// from DATE`.
    #[must_use]
    pub fn history_text(&self) -> String {
        self.history
            .iter()
            .enumerate()
            .map(|(i, e)| match (e.since_text(), e.value) {
                (Some(d), Some(v)) => format!("{} from {d}", self.describe(Some(v))),
                (Some(d), None) => format!("withdrawn from {d}"),
                (None, Some(v)) => self.describe(Some(v)),
                (None, None) => match self.history.get(i + 1).and_then(Entry::since_text) {
                    Some(next) => format!("none before {next}"),
                    None => self.describe(None),
                },
            })
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// Whether any date in the history is a bound or a chosen day rather than a known day.
    #[must_use]
    pub fn has_bound_date(&self) -> bool {
        self.history
            .iter()
            .any(|e| e.date_precision().is_some_and(DatePrecision::is_bound))
    }
}

/// The built-in facts, one table per service file.
static SERVICES: &[&[Fact]] = &[
    dynamodb::FACTS,
    vpc::FACTS,
    ebs::FACTS,
    ebs::instances::FACTS,
    kinesis::FACTS,
    lambda::FACTS,
    s3::FACTS,
    network::FACTS,
    network::NAT_FACTS,
    network::DX_FACTS,
    sqs::FACTS,
    sqs::MESSAGE_FACTS,
    sqs::FIFO_FACTS,
    sns::FACTS,
    compute::FACTS,
    compute::STEP_FUNCTIONS_FACTS,
    compute::BATCH_FACTS,
    resilience::FACTS,
    resilience::LIMIT_FACTS,
    resilience::MORE_LIMIT_FACTS,
];

/// The built-in facts' ids and names, lowercased, for `Registry::matching`.
static INDEX: index::Index = {
    const COUNT: usize = index::fact_count(SERVICES);
    const FACT_ENDS: [u32; COUNT] = index::ends(SERVICES);
    const LEN: usize = FACT_ENDS[COUNT - 1] as usize;
    static TEXT: [u8; LEN] = index::text(SERVICES);
    static ENDS: [u32; COUNT] = FACT_ENDS;
    index::Index {
        text: &TEXT,
        ends: &ENDS,
    }
};

/// Every fact awscalc knows.
#[derive(Debug, Clone, Copy)]
pub struct Registry {
    services: &'static [&'static [Fact]],
    /// The facts' text, for the built-in registry.
    index: Option<&'static index::Index>,
}

impl Registry {
    /// The registry built into awscalc.
    #[must_use]
    pub fn builtin() -> Registry {
        Registry {
            services: SERVICES,
            index: Some(&INDEX),
        }
    }

    /// A registry over other data (tests use this to exercise history handling).
    #[must_use]
    pub fn from_static(services: &'static [&'static [Fact]]) -> Registry {
        Registry {
            services,
            index: None,
        }
    }

    /// All facts, service by service, in registry order.
    pub fn all(&self) -> impl Iterator<Item = &'static Fact> {
        self.services.iter().flat_map(|facts| facts.iter())
    }

    /// The fact with `id`.
    ///
    /// # Errors
    /// [`Error::UnknownFact`] when there is none: a bug in awscalc.
    pub fn get(&self, id: &str) -> Result<&'static Fact, Error> {
        // Each table holds one service's facts (`dynamodb.`, `ebs.`; test
        // `every_table_holds_one_service`), so only the tables of the id's service are
        // searched: every answer reads its facts here, and a scan from the first of all 441
        // ids was 3% of an `ebs` answer and 7% of a `compute` answer (callgrind).
        let wanted = service_of(id);
        for facts in self.services {
            if facts.first().is_some_and(|f| in_service(f.id, wanted)) {
                if let Some(fact) = facts.iter().find(|f| f.id == id) {
                    return Ok(fact);
                }
            }
        }
        Err(Error::UnknownFact(id.to_string()))
    }

    /// Facts whose id or name contains `filter`, case-insensitively.
    #[must_use]
    pub fn matching(&self, filter: &str) -> Vec<&'static Fact> {
        // Ids are lowercase ASCII already (test `ids_are_lowercase_ascii`), so only the names
        // are lowercased.
        let needle = filter.to_lowercase();
        match self.index {
            Some(index) if !needle.as_bytes().contains(&index::SEPARATOR) => {
                index.matching(needle.as_bytes(), self.all())
            }
            _ => {
                let finder = memchr::memmem::Finder::new(needle.as_bytes());
                self.all()
                    .filter(|f| {
                        finder.find(f.id.as_bytes()).is_some()
                            || contains_lowercase(f.name, &finder)
                    })
                    .collect()
            }
        }
    }
}

/// The service of a fact id: the part before the first dot (`dynamodb`), or all of it.
fn service_of(id: &str) -> &str {
    id.split_once('.').map_or(id, |(service, _)| service)
}

/// Whether `id` is of `service`: `service_of(id) == service`, without searching `id` for its
/// dot (this runs for every table at every fact an answer reads).
fn in_service(id: &str, service: &str) -> bool {
    id.len() > service.len() && id.as_bytes()[service.len()] == b'.' && id.starts_with(service)
}

/// Whether `text`, lowercased, contains the needle `finder` looks for (a lowercased filter).
///
/// The needle's searcher is built once for all 400-odd facts, and ASCII text of up to 128
/// bytes, which every id and name is today, is lowercased into a buffer on the stack and
/// searched as bytes. `str::contains` built a new searcher for every id and name, and
/// lowercasing each into a new `String` was 9% of `awscalc facts dynamodb` (callgrind;
/// docs/performance.md).
fn contains_lowercase(text: &str, finder: &memchr::memmem::Finder<'_>) -> bool {
    let mut buffer = [0_u8; 128];
    match buffer.get_mut(..text.len()) {
        Some(lower) if text.is_ascii() => {
            lower.copy_from_slice(text.as_bytes());
            lower.make_ascii_lowercase();
            finder.find(lower).is_some()
        }
        _ => finder.find(text.to_lowercase().as_bytes()).is_some(),
    }
}

/// A fact as one calculation used it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FactUse {
    /// The fact.
    pub fact: &'static Fact,
    /// The entry in force on the calculation's date.
    pub entry: Entry,
}

/// A fact that changed on some day, with its values either side.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChangedFact {
    /// The fact.
    pub fact: &'static Fact,
    /// The value before the change.
    pub before: Decimal,
    /// The value since the change.
    pub after: Decimal,
    /// How exactly the day of the change is known.
    pub precision: DatePrecision,
}

impl ChangedFact {
    /// The value before, with its unit, for prose: `25 items`.
    #[must_use]
    pub fn before_text(&self) -> String {
        self.fact.describe(Some(self.before))
    }

    /// The value since, with its unit: `100 items`.
    #[must_use]
    pub fn after_text(&self) -> String {
        self.fact.describe(Some(self.after))
    }
}

/// The registry as seen on one date, recording each fact a calculation reads.
#[derive(Debug, Clone)]
pub struct FactBook {
    registry: Registry,
    as_of: Date,
    used: Vec<FactUse>,
    /// Whether the report is only compared with another (the answer on the other side of a
    /// change): its facts and change notes are not attached.
    comparison: bool,
}

impl FactBook {
    /// A book over `registry` on `as_of`.
    #[must_use]
    pub fn new(registry: Registry, as_of: Date) -> FactBook {
        FactBook {
            registry,
            as_of,
            used: Vec::new(),
            comparison: false,
        }
    }

    /// A book for a report that is only compared with the answer on another day (the other
    /// side of a change): [`crate::report::Report::attach_facts`] leaves its facts and change
    /// notes out, which no one reads.
    #[must_use]
    pub fn for_comparison(registry: Registry, as_of: Date) -> FactBook {
        FactBook {
            comparison: true,
            ..FactBook::new(registry, as_of)
        }
    }

    /// Whether the book is [`FactBook::for_comparison`]'s.
    #[must_use]
    pub fn is_comparison(&self) -> bool {
        self.comparison
    }

    /// A book over the same registry on another date, with no facts used yet: for the
    /// answer a question had before or after a change.
    #[must_use]
    pub fn on(&self, as_of: Date) -> FactBook {
        FactBook {
            registry: self.registry,
            as_of,
            used: Vec::new(),
            comparison: self.comparison,
        }
    }

    /// For each change of a fact used so far, the date on the other side of it
    /// ([`other_side_of`]). Sorted, without repeats.
    #[must_use]
    pub fn change_dates(&self) -> Vec<Date> {
        self.changes()
            .into_iter()
            .map(|(since, _)| other_side_of(since, self.as_of))
            .collect()
    }

    /// The date the values are taken on.
    #[must_use]
    pub fn as_of(&self) -> Date {
        self.as_of
    }

    /// The value of `id` in force on the book's date, recording the use.
    ///
    /// # Errors
    /// [`Error::NotYetAvailable`] when the fact had no value yet on that date.
    pub fn value(&mut self, id: FactId) -> Result<Decimal, Error> {
        let fact = self.registry.get(id.as_str())?;
        let entry = *fact.entry_at(self.as_of);
        self.record(fact, entry);
        entry.value.ok_or_else(|| Error::NotYetAvailable {
            name: fact.name,
            as_of: self.as_of.to_string(),
            history: unavailable_because(fact, &entry, self.as_of),
        })
    }

    /// The value of `id` on the book's date without recording it: for the other readings
    /// of a question, whose facts the answer did not use. `None` where unavailable.
    #[must_use]
    pub fn peek(&self, id: FactId) -> Option<Decimal> {
        self.registry
            .get(id.as_str())
            .ok()?
            .entry_at(self.as_of)
            .value
    }

    /// The fact itself, for its name and unit in prose (not recorded as used).
    ///
    /// # Errors
    /// [`Error::UnknownFact`] for an id the registry lacks.
    pub fn fact(&self, id: FactId) -> Result<&'static Fact, Error> {
        self.registry.get(id.as_str())
    }

    fn record(&mut self, fact: &'static Fact, entry: Entry) {
        if !self.used.iter().any(|u| u.fact.id == fact.id) {
            self.used.push(FactUse { fact, entry });
        }
    }

    /// The facts read so far, in first-use order.
    #[must_use]
    pub fn used(&self) -> &[FactUse] {
        &self.used
    }

    /// The days a fact used so far changed its value, in date order, each with the facts
    /// that changed that day (in first-use order). A fact's first value is not a change.
    #[must_use]
    pub fn changes(&self) -> Vec<(Date, Vec<ChangedFact>)> {
        let mut days: Vec<(Date, Vec<ChangedFact>)> = Vec::new();
        for used in &self.used {
            for (before, after_entry) in used.fact.value_changes() {
                let (Some(since), Some(before), Some(after)) =
                    (after_entry.since, before.value, after_entry.value)
                else {
                    continue;
                };
                let changed = ChangedFact {
                    fact: used.fact,
                    before,
                    after,
                    precision: after_entry.precision,
                };
                match days.iter_mut().find(|(day, _)| *day == since) {
                    Some((_, facts)) => facts.push(changed),
                    None => days.push((since, vec![changed])),
                }
            }
        }
        days.sort_by_key(|(day, _)| *day);
        days
    }

    /// One note per used fact whose value has changed over time: both values and the date.
    #[must_use]
    pub fn change_notes(&self) -> Vec<String> {
        let mut notes = Vec::new();
        for (date, facts) in self.changes() {
            for changed in facts {
                let (before, after) = (changed.before_text(), changed.after_text());
                // The value in force on --as-of, which for a fact that changed more than
                // once need be neither side of this change.
                let used = changed
                    .fact
                    .describe(changed.fact.entry_at(self.as_of).value);
                let in_force = if self.as_of >= date {
                    format!("{used} is used")
                } else {
                    format!(
                        "{used} is used because --as-of {} is before the change",
                        self.as_of
                    )
                };
                notes.push(format!(
                    "{} changed on {}: {before} before, {after} since; {in_force}",
                    changed.fact.name,
                    changed.precision.describe(date),
                ));
            }
        }
        notes
    }
}

/// Why `fact` has no value on `as_of` (its `entry` then), in words: when it came, or when
/// AWS withdrew it.
fn unavailable_because(fact: &Fact, entry: &Entry, as_of: Date) -> String {
    let earlier = fact
        .history
        .iter()
        .rev()
        .filter(|e| e.since.is_none_or(|since| since < as_of))
        .find(|e| e.value.is_some());
    if let (Some(withdrawn), Some(before)) = (entry.since_text(), earlier) {
        return format!(
            "AWS withdrew it on {withdrawn} (it was {})",
            fact.describe(before.value)
        );
    }
    match fact.history.iter().find(|e| e.value.is_some()) {
        Some(Entry {
            since: Some(d),
            precision,
            value,
            ..
        }) => match precision.qualifier() {
            None => format!("it came on {d} ({})", fact.describe(*value)),
            Some(words) => format!("it came on {d} ({}; {words})", fact.describe(*value)),
        },
        _ => "awscalc has no date for it".into(),
    }
}

/// The day on the other side of a change that took effect on `since`, seen from `as_of`:
/// the day before a change already in force, or the change's own day for one still to come.
#[must_use]
pub fn other_side_of(since: Date, as_of: Date) -> Date {
    if as_of >= since {
        since.yesterday().unwrap_or(since)
    } else {
        since
    }
}

/// Builds an [`Entry`] in a `const` table.
#[must_use]
pub const fn entry(since: Option<Date>, value: Option<Decimal>) -> Entry {
    Entry {
        since,
        precision: DatePrecision::Day,
        value,
        source: None,
    }
}

/// A whole number for a `const` table.
#[must_use]
pub const fn whole(n: u32) -> Option<Decimal> {
    Some(Decimal::from_parts(n, 0, 0, false, 0))
}

/// `n × 10^-scale` for a `const` table.
#[must_use]
pub const fn scaled(n: u32, scale: u32) -> Option<Decimal> {
    Some(Decimal::from_parts(n, 0, 0, false, scale))
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;
    use proptest::prelude::*;

    /// [`contains_lowercase`] with a searcher for `needle` (a lowercased filter).
    fn has(text: &str, needle: &str) -> bool {
        contains_lowercase(text, &memchr::memmem::Finder::new(needle.as_bytes()))
    }

    proptest! {
        /// The lowercasing on the stack finds what `to_lowercase` finds.
        #[test]
        fn contains_lowercase_is_lowercased_contains(
            text in "[a-zA-Z0-9._ İKéß-]{0,24}",
            filter in "[a-zA-Z0-9._ İKéß-]{0,4}",
        ) {
            let needle = filter.to_lowercase();
            prop_assert_eq!(
                has(&text, &needle),
                text.to_lowercase().contains(&needle)
            );
        }
    }

    /// What [`Registry::matching`] means: the facts whose id or lowercased name contains
    /// the lowercased filter, in registry order.
    fn matching_by_definition(registry: &Registry, filter: &str) -> Vec<&'static str> {
        let needle = filter.to_lowercase();
        registry
            .all()
            .filter(|f| f.id.contains(&needle) || f.name.to_lowercase().contains(&needle))
            .map(|f| f.id)
            .collect()
    }

    fn matching_ids(registry: &Registry, filter: &str) -> Vec<&'static str> {
        registry.matching(filter).iter().map(|f| f.id).collect()
    }

    /// Pieces of the registry's own ids and names, in any case, and odd text.
    fn filters() -> impl Strategy<Value = String> {
        let texts: Vec<&'static str> = Registry::builtin()
            .all()
            .flat_map(|f| [f.id, f.name])
            .collect();
        prop_oneof![
            (
                prop::sample::select(texts),
                any::<prop::sample::Index>(),
                0..12_usize
            )
                .prop_map(|(text, at, len)| {
                    let chars: Vec<char> = text.chars().collect();
                    let from = at.index(chars.len());
                    let piece: String = chars[from..(from + len).min(chars.len())].iter().collect();
                    if len % 2 == 0 {
                        piece.to_uppercase()
                    } else {
                        piece
                    }
                }),
            "[a-zA-Z0-9._ \n×é-]{0,6}",
        ]
    }

    proptest! {
        /// The batched search finds exactly the facts the definition does, in order.
        #[test]
        fn matching_is_a_case_insensitive_contains(filter in filters()) {
            let registry = Registry::builtin();
            prop_assert_eq!(
                matching_ids(&registry, &filter),
                matching_by_definition(&registry, &filter)
            );
        }
    }

    #[test]
    fn matching_in_another_registry_searches_fact_by_fact() {
        const fn fact(id: &'static str, name: &'static str) -> Fact {
            Fact {
                id,
                name,
                unit: "",
                source: "",
                confirmed: "",
                history: &[],
            }
        }
        // A registry without the built-in index: each fact is searched on its own, and a
        // name whose letters are not ASCII is lowercased in full.
        static TABLE: std::sync::LazyLock<&'static [Fact]> = std::sync::LazyLock::new(|| {
            let mut facts = Vec::new();
            for i in 0..300 {
                let id: &'static str = format!("zeta.fact_{i:03}").leak();
                let name: &'static str = format!("Zeta Fact Number {i} Of The Table").leak();
                facts.push(fact(id, name));
            }
            let long: &'static str = format!("a very long name {}", "x".repeat(5000)).leak();
            facts.insert(150, fact("zeta.long", long));
            facts.insert(10, fact("zeta.accented", "Ärger ÉTÉ Zeta"));
            facts.leak()
        });
        static SERVICES_OF_TEST: std::sync::LazyLock<&'static [&'static [Fact]]> =
            std::sync::LazyLock::new(|| vec![*TABLE].leak());
        let registry = Registry::from_static(*SERVICES_OF_TEST);
        for filter in [
            "zeta",
            "FACT_2",
            "number 29",
            "été",
            "ärger",
            "very long",
            "x\nz",
            "",
            "le\nz",
            "table\nzeta",
        ] {
            assert_eq!(
                matching_ids(&registry, filter),
                matching_by_definition(&registry, filter),
                "{filter:?}"
            );
        }
        assert_eq!(matching_ids(&registry, "été"), ["zeta.accented"]);
        assert_eq!(matching_ids(&registry, "VERY LONG"), ["zeta.long"]);
        assert_eq!(matching_ids(&registry, "zeta").len(), 302);
    }

    /// The index lowercases names byte by byte, which is their whole lowercase only while
    /// no name has a letter outside ASCII (`×` has no case; `É` would).
    #[test]
    fn names_lowercase_the_same_by_ascii_and_unicode() {
        for fact in Registry::builtin().all() {
            assert_eq!(
                fact.name.to_lowercase(),
                fact.name.to_ascii_lowercase(),
                "{}: a letter outside ASCII; Registry::matching needs its own lowercase",
                fact.id
            );
        }
    }

    #[test]
    fn the_index_ends_each_fact_after_its_id_and_name() {
        let registry = Registry::builtin();
        let index = registry.index.unwrap();
        assert_eq!(index.ends.len(), registry.all().count());
        let mut start = 0;
        for (fact, &end) in registry.all().zip(index.ends) {
            let expected = format!("{}\n{}\n", fact.id, fact.name.to_lowercase());
            assert_eq!(&index.text[start..end as usize], expected.as_bytes());
            start = end as usize;
        }
        assert_eq!(start, index.text.len());
    }

    /// [`Registry::get`] searches only the tables of the id's service, so every table holds
    /// one service's facts, and every fact is found by its id.
    #[test]
    fn every_table_holds_one_service() {
        for table in SERVICES {
            let service = table[0].service();
            assert!(table.iter().all(|f| f.service() == service), "{service}");
        }
    }

    #[test]
    fn in_service_is_the_id_s_service() {
        for fact in Registry::builtin().all() {
            assert!(in_service(fact.id, fact.service()), "{}", fact.id);
        }
        assert!(!in_service("alpha.beta", "alp"));
        assert!(!in_service("alpha", "alpha"));
        assert!(!in_service("gamma.beta", "alpha"));
        assert!(in_service("alpha.beta", "alpha"));
    }

    #[test]
    fn every_fact_is_found_by_its_id() {
        let registry = Registry::builtin();
        for fact in registry.all() {
            assert!(
                std::ptr::eq(registry.get(fact.id).unwrap(), fact),
                "{}",
                fact.id
            );
        }
        // Built at run time: an id written as text is what tests/fact_ids.rs forbids.
        assert!(registry
            .get(&["dynamodb", "no_such_fact"].join("."))
            .is_err());
        assert!(registry.get("no_such_service.kb_bytes").is_err());
        assert!(registry.get("").is_err());
    }

    #[test]
    fn ids_are_lowercase_ascii() {
        for fact in Registry::builtin().all() {
            assert!(
                fact.id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"._".contains(&b)),
                "{}",
                fact.id
            );
        }
    }

    #[test]
    fn facts_match_their_id_or_name_ignoring_case() {
        assert!(has("DynamoDB_Item", "dynamodb"));
        assert!(has("DynamoDB read unit size", "dynamodb"));
        assert!(has("DynamoDB read unit size", "b r"));
        assert!(!has("DynamoDB read unit size", "write"));
        assert!(has("anything", ""));
        assert!(!has("ab", "abc"));
        // The Kelvin sign lowercases to an ASCII k.
        assert!(has("KINESIS", &"\u{212A}inesis".to_lowercase()));
        assert!(has("Straße", "ße"));
    }

    #[test]
    fn a_date_reads_as_its_precision_allows() {
        let day = date(2024, 9, 1);
        assert_eq!(DatePrecision::Day.when(day), "2024-09-01");
        assert_eq!(DatePrecision::Month.when(day), "September 2024");
        assert_eq!(
            DatePrecision::OnOrBefore.when(day),
            "on or before 2024-09-01"
        );
    }

    static CHANGING: &[&[Fact]] = &[&[Fact {
        id: "test.limit_items",
        name: "test item limit",
        unit: "items",
        source: "https://docs.aws.amazon.com/",
        confirmed: "test data",
        history: &[
            entry(None, None),
            entry(Some(date(2018, 11, 27)), whole(25)),
            entry(Some(date(2022, 9, 27)), whole(100)),
        ],
    }]];

    #[test]
    fn the_value_in_force_follows_the_date() {
        let fact = &CHANGING[0][0];
        assert_eq!(fact.entry_at(date(2018, 1, 1)).value, None);
        assert_eq!(fact.entry_at(date(2018, 11, 27)).value, whole(25));
        assert_eq!(fact.entry_at(date(2022, 9, 26)).value, whole(25));
        assert_eq!(fact.entry_at(date(2022, 9, 27)).value, whole(100));
        assert_eq!(fact.current().value, whole(100));
    }

    #[test]
    fn a_fact_before_it_existed_is_an_error_naming_the_date() {
        let mut book = FactBook::new(Registry::from_static(CHANGING), date(2017, 6, 1));
        let err = book
            .value(FactId::new("test.limit_items"))
            .unwrap_err()
            .to_string();
        assert!(err.contains("2018-11-27"), "{err}");
        assert!(err.contains("2017-06-01"), "{err}");
    }

    /// gp3's size, IOPS and throughput maxima all rose on 2025-09-26 (the AWS What's New of
    /// that month): one day with three facts, in the order they were read. The transaction
    /// item limit rose twice: 10 → 25 in June 2019 (dated 2019-06-01, month only) and
    /// 25 → 100 on 2022-09-06.
    #[test]
    fn changes_are_grouped_by_day_in_date_order() {
        let mut book = FactBook::new(Registry::builtin(), date(2026, 1, 1));
        book.value(ebs::GP3_MAX_IOPS).unwrap();
        book.value(dynamodb::TRANSACT_MAX_ITEMS).unwrap();
        book.value(ebs::GP3_MAX_THROUGHPUT_MIBPS).unwrap();
        book.value(dynamodb::KB_BYTES).unwrap();
        let changes = book.changes();
        let days: Vec<Date> = changes.iter().map(|(day, _)| *day).collect();
        assert_eq!(
            days,
            [date(2019, 6, 1), date(2022, 9, 6), date(2025, 9, 26)]
        );
        let gp3: Vec<(FactId, Decimal, Decimal)> = changes[2]
            .1
            .iter()
            .map(|c| (c.fact.handle(), c.before, c.after))
            .collect();
        assert_eq!(
            gp3,
            [
                (
                    ebs::GP3_MAX_IOPS,
                    Decimal::from(16_000),
                    Decimal::from(80_000)
                ),
                (
                    ebs::GP3_MAX_THROUGHPUT_MIBPS,
                    Decimal::from(1000),
                    Decimal::from(2000)
                ),
            ]
        );
        assert_eq!(changes[2].1[0].precision, DatePrecision::OnOrBefore);
        assert_eq!(changes[0].1[0].before_text(), "10 items");
        assert_eq!(changes[0].1[0].after_text(), "25 items");
        assert_eq!(changes[0].1[0].precision, DatePrecision::Month);
        assert_eq!(changes[1].1[0].before_text(), "25 items");
        assert_eq!(changes[1].1[0].after_text(), "100 items");
        assert_eq!(changes[1].1[0].precision, DatePrecision::Day);
    }

    #[test]
    fn a_bound_date_is_named_in_notes_and_history() {
        let mut book = FactBook::new(Registry::builtin(), date(2026, 1, 1));
        book.value(dynamodb::TRANSACT_MAX_ITEMS).unwrap();
        let notes = book.change_notes();
        assert!(
            notes[0].contains("changed on 2019-06-01 (only the month is known): 10 items before"),
            "{notes:?}"
        );
        assert!(
            notes[1].contains("changed on 2022-09-06: 25 items before"),
            "{notes:?}"
        );
        let fact = Registry::builtin()
            .get(kinesis::ACCOUNT_SHARD_QUOTA_MAJOR_REGIONS.as_str())
            .unwrap();
        assert!(fact.has_bound_date());
        assert!(
            fact.history_text()
                .contains("20,000 shards from 2025-10-27 (or earlier: the day is not known)"),
            "{}",
            fact.history_text()
        );
        assert!(!Registry::builtin()
            .get(dynamodb::TRANSACTIONAL_FACTOR.as_str())
            .unwrap()
            .has_bound_date());
    }

    #[test]
    fn precision_names_are_machine_friendly() {
        assert_eq!(DatePrecision::Day.as_str(), "day");
        assert_eq!(DatePrecision::Month.as_str(), "month");
        assert_eq!(DatePrecision::OnOrBefore.as_str(), "on-or-before");
        assert!(!DatePrecision::Day.is_bound());
        assert!(DatePrecision::Month.is_bound() && DatePrecision::OnOrBefore.is_bound());
        assert_eq!(DatePrecision::Day.describe(date(2022, 9, 6)), "2022-09-06");
    }

    /// A value AWS withdrew (the pre-2018 S3 key-naming guidance) is an error after the
    /// withdrawal that says so, not "it came on".
    #[test]
    fn a_withdrawn_value_is_an_error_naming_the_withdrawal() {
        let mut book = FactBook::new(Registry::builtin(), date(2020, 1, 1));
        let err = book
            .value(s3::KEY_NAMING_GUIDANCE_GET_PER_SECOND)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("AWS withdrew it on 2018-07-17 (it was 300 requests/s)"),
            "{err}"
        );
        let mut before = FactBook::new(Registry::builtin(), date(2018, 7, 16));
        assert_eq!(
            before
                .value(s3::KEY_NAMING_GUIDANCE_GET_PER_SECOND)
                .unwrap(),
            Decimal::from(300)
        );
    }

    #[test]
    fn a_changed_fact_gets_a_note_with_both_values_and_the_date() {
        let mut book = FactBook::new(Registry::from_static(CHANGING), date(2020, 1, 1));
        assert_eq!(
            book.value(FactId::new("test.limit_items")).unwrap(),
            Decimal::from(25)
        );
        let notes = book.change_notes();
        assert_eq!(
            notes.len(),
            1,
            "only the 25 → 100 change, not the introduction"
        );
        assert!(notes[0].contains("25 items before"), "{}", notes[0]);
        assert!(notes[0].contains("100 items since"), "{}", notes[0]);
        assert!(notes[0].contains("2022-09-27"), "{}", notes[0]);
        assert!(notes[0].contains("--as-of 2020-01-01"), "{}", notes[0]);
    }

    #[test]
    fn change_dates_lie_on_the_other_side_of_each_change() {
        let mut after = FactBook::new(Registry::from_static(CHANGING), date(2023, 1, 1));
        after.value(FactId::new("test.limit_items")).unwrap();
        // 25 → 100 on 2022-09-27, in force on 2023-01-01: the day before it.
        assert_eq!(after.change_dates(), vec![date(2022, 9, 26)]);
        let mut before = after.on(date(2020, 1, 1));
        assert!(
            before.used().is_empty(),
            "a book on another date starts empty"
        );
        before.value(FactId::new("test.limit_items")).unwrap();
        // Not yet in force on 2020-01-01: the change date itself.
        assert_eq!(before.change_dates(), vec![date(2022, 9, 27)]);
    }

    #[test]
    fn every_builtin_fact_is_sourced_and_ordered() {
        let registry = Registry::builtin();
        for fact in registry.all() {
            assert!(
                fact.source.starts_with("https://docs.aws.amazon.com/")
                    || fact.source.starts_with("https://aws.amazon.com/"),
                "{} has source {}",
                fact.id,
                fact.source
            );
            assert!(!fact.history.is_empty(), "{}", fact.id);
            // A fact has a value today, or had one that AWS withdrew (guidance it dropped).
            assert!(
                fact.current().value.is_some() || fact.history.iter().any(|e| e.value.is_some()),
                "{} has a value at some date",
                fact.id
            );
            // A date that is a bound says so in the fact's own words too.
            for entry in fact.history {
                match entry.date_precision() {
                    Some(DatePrecision::Month) => assert!(
                        fact.confirmed.contains("month only"),
                        "{} says its date is month only",
                        fact.id
                    ),
                    Some(DatePrecision::OnOrBefore) => assert!(
                        fact.confirmed.contains("on or before")
                            || fact.confirmed.contains("a bound"),
                        "{} says its date is a bound",
                        fact.id
                    ),
                    _ => {}
                }
            }
            let dates: Vec<_> = fact.history.iter().filter_map(|e| e.since).collect();
            assert!(
                dates.windows(2).all(|w| w[0] < w[1]),
                "{} dates in order",
                fact.id
            );
            assert!(!fact.confirmed.is_empty(), "{}", fact.id);
            let ids = registry.all().filter(|f| f.id == fact.id).count();
            assert_eq!(ids, 1, "{} is unique", fact.id);
        }
    }
}
