//! `awscalc facts [FILTER]`: the registry itself, as a typed [`Listing`]; its report is
//! [`crate::explain::facts`]'s.

use jiff::civil::Date;
use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};

use crate::facts::{Entry, Fact, Registry};

/// The facts matching a filter, each with the entry in force on the listing's date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Listing {
    /// The filter, where one was given: ids or names containing it.
    pub filter: Option<String>,
    /// The facts, in the registry's order.
    pub facts: Vec<Listed>,
}

/// One fact and the value it has on the listing's date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Listed {
    /// The fact, with its whole history.
    pub fact: &'static Fact,
    /// The entry in force.
    pub entry: &'static Entry,
}

/// A listed fact serializes as its id, its value in force, its unit and the date the
/// value came (the registry's types are the registry's own; `awscalc facts --json`
/// writes the whole history).
impl Serialize for Listed {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Listed", 4)?;
        s.serialize_field("id", self.fact.id)?;
        s.serialize_field("value", &self.entry.value)?;
        s.serialize_field("unit", self.fact.unit)?;
        s.serialize_field("since", &self.entry.since.map(|d| d.to_string()))?;
        s.end()
    }
}

/// The facts matching `filter` (all when `None`), with the values in force on `as_of`.
///
/// ```
/// use awscalc::calc::facts::list;
/// use awscalc::facts::Registry;
///
/// // DynamoDB transactions: 10 items from 2018-11-27, 25 from 2019-06, 100 from 2022-09-06.
/// let listing = list(&Registry::builtin(), Some("transact_max_items"), jiff::civil::date(2020, 1, 1));
/// assert_eq!(listing.facts.len(), 1);
/// assert_eq!(listing.facts[0].entry.value, Some(25.into()));
/// // A filter that matches nothing is an empty list, not an error.
/// assert!(list(&Registry::builtin(), Some("no-such-fact"), jiff::civil::date(2020, 1, 1)).facts.is_empty());
/// ```
#[must_use]
pub fn list(registry: &Registry, filter: Option<&str>, as_of: Date) -> Listing {
    let facts = match filter {
        Some(f) => registry.matching(f),
        None => registry.all().collect(),
    };
    Listing {
        filter: filter.map(ToString::to_string),
        facts: facts
            .into_iter()
            .map(|fact| Listed {
                fact,
                entry: fact.entry_at(as_of),
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    /// The transaction item limit: 10 from 2018-11-27, 25 from 2019-06-01 (month only),
    /// 100 from 2022-09-06.
    #[test]
    fn the_date_picks_the_entry_in_force() {
        let registry = Registry::builtin();
        let value = |on| {
            list(&registry, Some("transact_max_items"), on).facts[0]
                .entry
                .value
        };
        assert_eq!(value(date(2019, 5, 31)), Some(10.into()));
        assert_eq!(value(date(2020, 1, 1)), Some(25.into()));
        assert_eq!(value(date(2026, 1, 1)), Some(100.into()));
        assert_eq!(
            list(&registry, None, date(2026, 1, 1)).facts.len(),
            registry.all().count()
        );
    }
}
