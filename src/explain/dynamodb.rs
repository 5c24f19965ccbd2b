//! DynamoDB capacity in words: the report for `awscalc rcu` and `awscalc wcu`, built from
//! the typed [`Capacity`] of [`crate::calc::dynamodb`].

mod capacity;
mod cost;
mod index;
mod item;
mod modes;
mod ondemand;

use std::fmt;

use rust_decimal::Decimal;

use crate::calc::dynamodb::item::{AttributeFault, JsonKind, SHAPE as ITEM_SHAPE};
use crate::calc::dynamodb::GROWTH;
use crate::calc::dynamodb::{
    self as calc, Api, Capacity, CapacityAnswer, CapacityStep, Demand, Factor, Finding, Items,
    Operation, Problem, ReadRequest, Reading, WriteRequest,
};
use crate::error::Error;
use crate::explain::formula;
use crate::explain::{invalid_at, invalid_input};
use crate::facts::FactBook;
use crate::report::{Alternative, Detail, Report, Value};
use crate::units::{group, KbConvention, Size, SizeUnit};

/// `awscalc rcu`: [`calc::read_capacity`], explained in full, with the other readings
/// `--expect` compares against ([`read_capacity_with`] builds less).
///
/// ```
/// use awscalc::calc::dynamodb::{Demand, Items, ReadConsistency, ReadRequest};
/// use awscalc::facts::{FactBook, Registry};
///
/// let request = ReadRequest {
///     items: Items::Single("5kb".parse().unwrap()),
///     consistency: Some(ReadConsistency::Strong),
///     demand: Demand::Rate("100".parse().unwrap()),
/// };
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 11, 30));
/// let report = awscalc::explain::dynamodb::read_capacity(&request, &mut book).unwrap();
/// assert_eq!(report.headline, "200 RCU");
/// assert_eq!(report.steps[0].formula, "ceil(5,120 / 4,096)");
/// ```
///
/// # Errors
/// As [`calc::read_capacity`].
pub fn read_capacity(request: &ReadRequest, book: &mut FactBook) -> Result<Report, Error> {
    read_capacity_with(request, book, Detail::Readings)
}

/// [`read_capacity`] with only as much `detail` as asked: [`Detail::Answer`] gives the
/// answer without inputs, steps, notes or other readings.
///
/// # Errors
/// As [`calc::read_capacity`].
pub fn read_capacity_with(
    request: &ReadRequest,
    book: &mut FactBook,
    detail: Detail,
) -> Result<Report, Error> {
    if let Some(report) = item::over_limit(&request.items, "rcu", book, detail)? {
        return Ok(report);
    }
    let capacity = calc::read_capacity(request, book)?;
    let items = sized_items(&request.items, &capacity);
    let explainer = Explainer {
        op: Operation::Read,
        items: &items,
        demand: &request.demand,
    };
    let mut report = explainer.report(&capacity, book, detail)?;
    if detail.readings() {
        let sized = ReadRequest {
            items: items.clone(),
            ..request.clone()
        };
        report.alternatives = explainer.alternatives(
            &calc::read_readings(&sized, capacity.answer.value(), book),
            capacity.factor,
            book,
        );
    }
    if let (Items::Item(input), Some(size)) = (&request.items, &capacity.item) {
        item::describe(&mut report, input, size, detail);
    }
    report.attach_facts(book);
    if request.consistency.is_none() {
        report.note(
            "no consistency given: eventually consistent reads, DynamoDB's default \
             (--strong doubles the units, --transactional quadruples them)",
        );
    }
    Ok(report)
}

/// `awscalc rcu --gsi`: the read capacity a Query or Scan of a global secondary index
/// consumes from the index ([`calc::index::gsi_request`] and [`calc::read_capacity`]),
/// explained as `rcu` is; the strong and transactional readings `--expect` names are marked
/// as refused on an index.
///
/// # Errors
/// As [`calc::index::gsi_request`] and [`calc::read_capacity`].
pub fn gsi_read_capacity_with(
    request: &ReadRequest,
    book: &mut FactBook,
    detail: Detail,
) -> Result<Report, Error> {
    let eventual = calc::index::gsi_request(request, book)?;
    let mut report = read_capacity_with(&eventual, book, detail)?;
    report.headline = format!("{} on the index", report.headline);
    report.summary = format!("{} on a global secondary index", report.summary);
    // Strong and transactional readings stay, as the exam trap they are, marked refused.
    for alternative in &mut report.alternatives {
        if alternative.reading.contains("strongly") || alternative.reading.contains("transactional")
        {
            alternative
                .reading
                .push_str(", which a global secondary index refuses");
        }
    }
    report.note(
        "a Query or Scan of a global secondary index consumes the index's own read capacity, \
         not the table's; --size is the index entry (keys and projected attributes), and its \
         reads are eventually consistent only (GSI.html)",
    );
    Ok(report)
}

/// `awscalc wcu`: [`calc::write_capacity`], explained.
///
/// # Errors
/// As [`calc::write_capacity`].
pub fn write_capacity(request: &WriteRequest, book: &mut FactBook) -> Result<Report, Error> {
    write_capacity_with(request, book, Detail::Readings)
}

/// [`write_capacity`] with only as much `detail` as asked.
///
/// # Errors
/// As [`calc::write_capacity`].
pub fn write_capacity_with(
    request: &WriteRequest,
    book: &mut FactBook,
    detail: Detail,
) -> Result<Report, Error> {
    if let Some(report) = item::over_limit(&request.items, "wcu", book, detail)? {
        return Ok(report);
    }
    if !request.indexes.is_empty() || request.collection.is_some() {
        return index::indexed_write(request, book, detail);
    }
    let capacity = calc::write_capacity(request, book)?;
    let items = sized_items(&request.items, &capacity);
    let explainer = Explainer {
        op: Operation::Write,
        items: &items,
        demand: &request.demand,
    };
    let mut report = explainer.report(&capacity, book, detail)?;
    if detail.readings() {
        let sized = WriteRequest {
            items: items.clone(),
            ..request.clone()
        };
        report.alternatives = explainer.alternatives(
            &calc::write_readings(&sized, capacity.answer.value(), book),
            capacity.factor,
            book,
        );
    }
    if let (Items::Item(input), Some(size)) = (&request.items, &capacity.item) {
        item::describe(&mut report, input, size, detail);
    }
    report.attach_facts(book);
    Ok(report)
}

/// `awscalc burst`: DynamoDB burst capacity, and how long it serves a spike.
///
/// # Errors
/// As [`crate::calc::dynamodb::capacity::burst`].
pub fn burst(
    request: &crate::calc::dynamodb::capacity::BurstRequest,
    book: &mut FactBook,
) -> Result<Report, Error> {
    capacity::burst(request, book)
}

/// `awscalc item FILE`: the item's size, attribute by attribute, and the read and write
/// units one request for it takes; over DynamoDB's maximum item size, the verdict (the
/// binary exits 1).
///
/// # Errors
/// As [`crate::calc::dynamodb::item::parse_item`] and
/// [`crate::calc::dynamodb::item::item_size`].
pub fn item_size(
    input: &crate::calc::dynamodb::item::ItemInput,
    book: &mut FactBook,
    detail: Detail,
) -> Result<Report, Error> {
    item::size_report(input, book, detail)
}

/// The items as the capacity was computed for them: an item given by its JSON as its
/// size in bytes.
fn sized_items(items: &Items, capacity: &Capacity) -> Items {
    match &capacity.item {
        Some(size) => Items::Single(Size::from_bytes(size.bytes)),
        None => items.clone(),
    }
}

/// The words of one operation.
struct Names {
    unit: &'static str,
    noun: &'static str,
    nouns: &'static str,
    answer: &'static str,
    per_op: &'static str,
    per_second: &'static str,
    on_demand_unit: &'static str,
    on_demand_field: &'static str,
}

const READ: Names = Names {
    unit: "RCU",
    noun: "read",
    nouns: "reads",
    answer: "rcu",
    per_op: "units_per_read",
    per_second: "reads_per_second",
    on_demand_unit: "RRU",
    on_demand_field: "rru_per_second",
};

const WRITE: Names = Names {
    unit: "WCU",
    noun: "write",
    nouns: "writes",
    answer: "wcu",
    per_op: "units_per_write",
    per_second: "writes_per_second",
    on_demand_unit: "WRU",
    on_demand_field: "wru_per_second",
};

fn names(op: Operation) -> &'static Names {
    match op {
        Operation::Read => &READ,
        Operation::Write => &WRITE,
    }
}

/// `eventually consistent reads`, `transactional writes`.
fn describe(factor: Factor, op: Operation) -> &'static str {
    match (factor, op) {
        (Factor::Eventual, _) => "eventually consistent reads",
        (Factor::Strong, _) => "strongly consistent reads",
        (Factor::Transactional, Operation::Read) => "transactional reads",
        (Factor::Transactional, Operation::Write) => "transactional writes",
        (Factor::Standard, _) => "standard writes",
    }
}

/// `eventual`, `strong`, `standard`, `transactional`: the flag's word.
fn short(factor: Factor) -> &'static str {
    match factor {
        Factor::Eventual => "eventual",
        Factor::Strong => "strong",
        Factor::Standard => "standard",
        Factor::Transactional => "transactional",
    }
}

/// One capacity question, as the explainer needs it.
struct Explainer<'a> {
    op: Operation,
    items: &'a Items,
    demand: &'a Demand,
}

impl Explainer<'_> {
    fn report(
        &self,
        capacity: &Capacity,
        book: &FactBook,
        detail: Detail,
    ) -> Result<Report, Error> {
        let names = names(self.op);
        let brief = !detail.words();
        let mut report = Report::new(names.answer, book.as_of());
        if !brief {
            self.describe_inputs(capacity.factor, &mut report)?;
            for step in &capacity.steps {
                let (label, unit) = self.step_words(step.what, capacity.kb_bytes);
                report.step(label, formula::text(&step.formula), step.value, unit);
            }
        }
        self.fill_result(capacity, &mut report, brief);
        if !brief {
            self.notes(capacity, &mut report);
        }
        Ok(report)
    }

    fn step_words(&self, what: CapacityStep, kb_bytes: Decimal) -> (String, &'static str) {
        let names = names(self.op);
        let kb = |bytes| size_label(bytes, kb_bytes);
        match what {
            CapacityStep::RoundItem { unit_bytes } => (
                format!("round item size up to {} units", kb(unit_bytes)),
                "units",
            ),
            CapacityStep::EachItemRounded => ("each item rounded up separately".into(), "units"),
            CapacityStep::SumSizes => ("sum the item sizes".into(), "bytes"),
            CapacityStep::RoundSumOnce { unit_bytes } => (
                format!("round the sum up to {} units, once", kb(unit_bytes)),
                "units",
            ),
            CapacityStep::ItemsPerPage { page_bytes } => {
                (format!("items per {} page", kb(page_bytes)), "items")
            }
            CapacityStep::Pages => ("pages (Query or Scan calls)".into(), "pages"),
            CapacityStep::UnitsPerFullPage => {
                ("units per full page, summed then rounded".into(), "units")
            }
            CapacityStep::UnitsLastPage => ("units for the last page".into(), "units"),
            CapacityStep::UnitsAllPages => ("units per query, all pages".into(), "units"),
            CapacityStep::PagesAtLeast => ("pages (Query or Scan calls), at least".into(), "pages"),
            CapacityStep::RoundSummedSize { unit_bytes } => (
                format!("round the summed size up to {} units", kb(unit_bytes)),
                "units",
            ),
            CapacityStep::SumThenRound { unit_bytes } => (
                format!("sum the sizes, then round up to {} units", kb(unit_bytes)),
                "units",
            ),
            CapacityStep::RoundEachThenAdd { unit_bytes } => (
                format!("round each item up to {} units, then add", kb(unit_bytes)),
                "units",
            ),
            CapacityStep::Factor { factor } => (
                format!("× {} factor ({})", names.noun, short(factor)),
                names.unit,
            ),
            CapacityStep::Consumed => ("× rate: units consumed per second".into(), names.unit),
            CapacityStep::RoundUp { min_units } => (
                format!(
                    "round up to whole {} (minimum {})",
                    names.unit,
                    group(min_units)
                ),
                names.unit,
            ),
            CapacityStep::Sustained => (
                format!("{} per second these units sustain", self.request_nouns()),
                "per second",
            ),
        }
    }

    fn describe_inputs(&self, factor: Factor, report: &mut Report) -> Result<(), Error> {
        let size_input = |report: &mut Report, name: &str, size: &Size| -> Result<(), Error> {
            report.size_input(name, size, SizeUnit::Kilo, KbConvention::Binary, "")?;
            Ok(())
        };
        match self.items {
            Items::Single(size) => size_input(report, "size", size)?,
            Items::Item(input) => report.input(
                "item",
                &input.source,
                "an item as JSON".into(),
                Value::text(input.source.clone()),
            ),
            Items::Query { count, size } => {
                report.input(
                    "items",
                    &count.to_string(),
                    format!(
                        "{} per Query or Scan",
                        crate::words::plural(Decimal::from(*count), "item")
                    ),
                    Value::number(*count),
                );
                size_input(report, "size", size)?;
            }
            Items::QueryTotal(size) => size_input(report, "total", size)?,
            Items::Batch(sizes) => {
                let mut list = Vec::new();
                let mut texts = Vec::new();
                for size in sizes {
                    let bytes = size.bytes(SizeUnit::Kilo, KbConvention::Binary)?;
                    list.push(Value::from(bytes));
                    texts.push(format!("{} = {} bytes", size.text(), group(bytes)));
                }
                let given: Vec<&str> = sizes.iter().map(Size::text).collect();
                report.input(
                    "batch",
                    &given.join(","),
                    texts.join("; "),
                    Value::List(list),
                );
            }
        }
        self.describe_demand(report);
        let mode = if self.op == Operation::Read {
            "consistency"
        } else {
            "mode"
        };
        report.input(
            mode,
            short(factor),
            describe(factor, self.op).to_string(),
            Value::text(short(factor)),
        );
        Ok(())
    }

    fn describe_demand(&self, report: &mut Report) {
        let names = names(self.op);
        match self.demand {
            Demand::Rate(rate) => {
                let per_second = rate.as_per_second();
                let understood = super::rate_words(rate, self.request_nouns());
                report.input(
                    "rate",
                    rate.text(),
                    understood,
                    Value::Map(vec![
                        ("given".into(), Value::text(rate.text().to_owned())),
                        ("per_second".into(), Value::from(per_second.round_dp(6))),
                    ]),
                );
            }
            Demand::Units { text, units } => report.input(
                "units",
                text,
                format!("{} {} provisioned", group(*units), names.unit),
                Value::from(*units),
            ),
            Demand::OnePerSecond => {
                report.input(
                    "rate",
                    "default",
                    format!("1 {} per second", self.request_noun()),
                    Value::Map(vec![
                        ("given".into(), Value::Null),
                        ("per_second".into(), Value::number(1u32)),
                    ]),
                );
                report.note(format!(
                    "no --rate or --units given: showing one {} per second",
                    self.request_noun()
                ));
            }
        }
    }

    /// What one request is called: a read, a query, a batch.
    fn request_noun(&self) -> &'static str {
        match (self.items, self.op) {
            (Items::Single(_) | Items::Item(_), Operation::Read) => "read",
            (Items::Single(_) | Items::Item(_), Operation::Write) => "write",
            (Items::Query { .. } | Items::QueryTotal(_), _) => "query",
            (Items::Batch(_), _) => "batch",
        }
    }

    fn request_nouns(&self) -> &'static str {
        match (self.items, self.op) {
            (Items::Single(_) | Items::Item(_), Operation::Read) => "reads",
            (Items::Single(_) | Items::Item(_), Operation::Write) => "writes",
            (Items::Query { .. } | Items::QueryTotal(_), _) => "queries",
            (Items::Batch(_), _) => "batches",
        }
    }

    fn fill_result(&self, capacity: &Capacity, report: &mut Report, brief: bool) {
        let names = names(self.op);
        let factor = describe(capacity.factor, self.op);
        match capacity.answer {
            CapacityAnswer::Sustain {
                per_second,
                units_per_request,
                provisioned,
            } => {
                report.headline =
                    format!("{} {} per second", group(per_second), self.request_nouns());
                if !brief {
                    report.summary = format!(
                        "{} {} sustain {factor} of {}",
                        group(provisioned),
                        names.unit,
                        self.items_phrase()
                    );
                }
                report.field(names.per_second, Value::from(per_second), "per second");
                report.field(
                    &format!("whole_{}", names.per_second),
                    Value::from(per_second.floor()),
                    "per second",
                );
                report.field(names.per_op, Value::from(units_per_request), names.unit);
                report.answer.push(names.per_second.into());
            }
            CapacityAnswer::Provision {
                units,
                units_per_request,
                consumed_per_second,
            } => {
                report.headline = format!("{} {}", group(units), names.unit);
                if !brief {
                    report.summary = format!(
                        "{} to provision for {factor} of {}",
                        names.unit,
                        self.items_phrase()
                    );
                }
                report.field(names.answer, Value::from(units), names.unit);
                report.field(names.per_op, Value::from(units_per_request), names.unit);
                report.field(
                    "consumed_per_second",
                    Value::from(consumed_per_second.round_dp(6)),
                    names.unit,
                );
                report.field(
                    names.on_demand_field,
                    Value::from(consumed_per_second.round_dp(6)),
                    names.on_demand_unit,
                );
                report.answer.push(names.answer.into());
            }
        }
        if let Some(pages) = capacity.pages {
            report.field("pages", Value::from(pages), "pages");
        }
        if let Some(items) = capacity.items {
            report.field("items", Value::number(items), "items");
        }
        report.field(
            "min_partitions",
            Value::from(capacity.min_partitions),
            "partitions",
        );
    }

    /// The notes that explain an answer: pages, partitions, quotas, rounding rules.
    fn notes(&self, capacity: &Capacity, report: &mut Report) {
        let names = names(self.op);
        let unit = names.unit;
        let kb = |bytes| size_label(bytes, capacity.kb_bytes);
        for finding in &capacity.findings {
            match *finding {
                Finding::ManyPages { pages, page_bytes } => report.note(format!(
                    "one Query or Scan call returns at most {}, so each query takes {} calls; \
                     the units above add up all of them",
                    kb(page_bytes),
                    group(pages)
                )),
                Finding::Partitions {
                    provisioned,
                    partition_max,
                    partitions,
                } => report.note(format!(
                    "{} {unit} is more than one partition serves ({} {unit}): the table needs \
                     at least {} partitions, and one partition key value can never get more \
                     than {} {unit}",
                    group(provisioned),
                    group(partition_max),
                    group(partitions),
                    group(partition_max),
                )),
                Finding::TableQuota {
                    provisioned,
                    table_quota,
                    account_quota,
                } => {
                    let account = account_quota.map_or_else(String::new, |quota| {
                        format!(
                            ", and the default per-account quota of {} {unit} too",
                            group(quota)
                        )
                    });
                    report.warn(format!(
                        "{} {unit} exceeds the default per-table quota of {} {unit}{account}: \
                         request an increase in Service Quotas",
                        group(provisioned),
                        group(table_quota),
                    ));
                }
                Finding::OnDemandQuota { per_second, quota } => report.warn(format!(
                    "on demand, {} {}/s exceeds the default per-table quota of {} {}/s",
                    group(per_second.round_dp(6)),
                    names.on_demand_unit,
                    group(quota),
                    names.on_demand_unit
                )),
                Finding::NewOnDemandTable { new_table } => report.note(format!(
                    "a new on-demand table sustains {} {} per second at first; more needs warm \
                     throughput or time to scale (on-demand accommodates up to twice the \
                     previous peak)",
                    group(new_table),
                    names.nouns
                )),
            }
        }
        match self.items {
            Items::Query { .. } | Items::QueryTotal(_) => {
                report.note(format!(
                    "Query sums the sizes of the items it reads and rounds up to {} once per \
                     call, not per item; Scan counts every item it evaluates, before any filter \
                     (awscalc rounds Scan like Query: AWS states the summing rule for Query only)",
                    kb(capacity.unit_bytes)
                ));
            }
            Items::Batch(_) => report.note(format!(
                "{} rounds each item up separately, then adds them: unlike Query, small items \
                 do not share a unit",
                Api::for_batch(self.op, capacity.factor).name()
            )),
            Items::Single(_) | Items::Item(_) => {}
        }
    }

    /// `5 KB items at 100 per second`, `1,000-item queries of 5 KB items`.
    fn items_phrase(&self) -> String {
        let rate = match self.demand {
            Demand::Rate(rate) if rate.per_seconds() == 1 => {
                format!(" at {} per second", group(rate.count()))
            }
            Demand::Rate(rate) => format!(" at {} per {}", group(rate.count()), rate.span_name()),
            _ => String::new(),
        };
        let what = match self.items {
            Items::Single(size) => format!("{} items", size_words(size)),
            Items::Item(input) => format!("the item in {}", input.source),
            Items::Query { count, size } => format!(
                "{}-item queries of {} items",
                group(Decimal::from(*count)),
                size_words(size)
            ),
            Items::QueryTotal(size) => format!("queries reading {} in total", size_words(size)),
            Items::Batch(sizes) => {
                format!(
                    "batches of {}",
                    crate::words::plural(sizes.len() as u64, "item")
                )
            }
        };
        format!("{what}{rate}")
    }

    /// The other readings, in words: what `--expect` and `check` compare against.
    fn alternatives(
        &self,
        readings: &[calc::ReadingAnswer],
        factor: Factor,
        book: &FactBook,
    ) -> Vec<Alternative> {
        let main = Reading {
            factor,
            kb: KbConvention::Binary,
            other_rounding: false,
            unit_swap: false,
        };
        let facts = match self.op {
            Operation::Read => (
                crate::facts::dynamodb::READ_UNIT_BYTES,
                crate::facts::dynamodb::WRITE_UNIT_BYTES,
            ),
            Operation::Write => (
                crate::facts::dynamodb::WRITE_UNIT_BYTES,
                crate::facts::dynamodb::READ_UNIT_BYTES,
            ),
        };
        let (Some(unit), Some(other), Some(kb_bytes)) = (
            book.peek(facts.0),
            book.peek(facts.1),
            book.peek(crate::facts::dynamodb::KB_BYTES),
        ) else {
            return Vec::new();
        };
        let labels = (size_label(unit, kb_bytes), size_label(other, kb_bytes));
        readings
            .iter()
            .map(|r| Alternative {
                value: r.value,
                reading: self.reading_text(main, r.reading, (&labels.0, &labels.1)),
                distance: r.reading.distance(main),
            })
            .collect()
    }

    /// The words for how `reading` differs from `main`.
    fn reading_text(
        &self,
        main: Reading,
        reading: Reading,
        (unit, other_unit): (&str, &str),
    ) -> String {
        let mut parts = Vec::new();
        if reading.factor != main.factor {
            parts.push(describe(reading.factor, self.op).to_string());
        }
        if reading.kb != main.kb {
            parts.push("KB taken as 1,000 bytes".to_string());
        }
        if reading.other_rounding != main.other_rounding {
            parts.push(
                match self.items {
                    Items::Single(_) | Items::Item(_) => {
                        "the total throughput (rate × size) rounded up once instead of each item"
                    }
                    Items::Query { .. } => {
                        "each item rounded up separately instead of the summed size"
                    }
                    Items::Batch(_) => "the summed size rounded up once instead of each item",
                    Items::QueryTotal(_) => "other rounding",
                }
                .to_string(),
            );
        }
        if reading.unit_swap != main.unit_swap {
            parts.push(format!(
                "a {other_unit} unit instead of {unit} (the {} unit size)",
                if self.op == Operation::Read {
                    "write"
                } else {
                    "read"
                }
            ));
        }
        parts.join(" with ")
    }
}

impl fmt::Display for Problem {
    #[allow(
        clippy::too_many_lines,
        reason = "one arm per problem, each its message"
    )]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::TransactionsNotYet {
                operation,
                as_of,
                since,
            } => write!(
                f,
                "DynamoDB transactions did not exist on {as_of}: TransactGetItems and \
                 TransactWriteItems came on {}; use {}",
                since.map_or_else(|| "a later date".to_string(), |d| d.to_string()),
                if *operation == Operation::Read {
                    "--strong or --eventual"
                } else {
                    "a standard write"
                }
            ),
            Problem::ItemTooLarge {
                given,
                bytes,
                max_bytes,
                kb_bytes,
            } => write!(
                f,
                "item size `{given}` ({} bytes) is above DynamoDB's maximum item size of {} ({} bytes)",
                group(*bytes),
                size_label(*max_bytes, *kb_bytes),
                group(*max_bytes)
            ),
            Problem::EmptyBatch => {
                f.write_str("`--batch` needs at least one item size, like --batch 1.5kb,6.5kb")
            }
            Problem::TooManyItems {
                api,
                max_items,
                as_of,
                given,
                requests,
            } => write!(
                f,
                "{} takes at most {} items (on {as_of}), and {given} were given; split them into \
                 {requests} requests",
                api.name(),
                group(*max_items),
            ),
            Problem::BatchTooLarge {
                api,
                max_bytes,
                total,
            } => write!(
                f,
                "{} takes at most {} bytes in total, and the items add up to {} bytes",
                api.name(),
                group(*max_bytes),
                group(*total)
            ),
            Problem::TransactionalQuery => f.write_str(
                "Query and Scan cannot be transactional: use --strong or --eventual, \
                 or --batch with --transactional for TransactGetItems",
            ),
            Problem::WriteQuery => f.write_str("Query and Scan only read: use `awscalc rcu` for them"),
            Problem::StrongGsiRead => f.write_str(
                "a global secondary index supports only eventually consistent reads: DynamoDB \
                 refuses a Query or Scan of one with ConsistentRead (ValidationException; \
                 GSI.html); drop --strong (each read is 0.5 unit per 4 KB)",
            ),
            Problem::GsiReadByKey { api } => write!(
                f,
                "{} reads a table's items by primary key, not a global secondary index: an index \
                 is read by Query or Scan (--size, --items or --total, eventually consistent)",
                api.name()
            ),
            Problem::ItemNotSized => f.write_str(
                "an item given as JSON must be sized before its capacity is computed",
            ),
            Problem::NoTraffic => {
                f.write_str("`awscalc modes` prices a workload of --reads RATE or --writes RATE")
            }
            Problem::NoPlan => f.write_str("`awscalc modes` needs --switches N or --decreases N"),
            Problem::IndexOfUnits { units } => write!(
                f,
                "--units `{units}` asks what a table sustains; with --gsi or --lsi give --rate \
                 (the table and each index have their own capacity)"
            ),
            Problem::IndexOfBatch => {
                f.write_str("--gsi and --lsi take one item (--size or --item), not --batch")
            }
            Problem::IndexInTransaction => f.write_str(
                "--transactional with --gsi or --lsi: AWS documents no index write cost inside \
                 TransactWriteItems; ask for the table alone",
            ),
            Problem::CollectionWithoutLsi => f.write_str(
                "--collection checks the item collection limit of a table with local secondary \
                 indexes: give --lsi too",
            ),
            Problem::IndexEntryLargerThanItem { .. }
            | Problem::RateBeyondDoublings { .. }
            | Problem::GrowthTooLarge
            | Problem::UtilizationOutsideTarget { .. }
            | Problem::UsedAboveProvisioned { .. }
            | Problem::ItemNotObject { .. }
            | Problem::ItemNotJson { .. }
            | Problem::ItemMisfit { .. }
            | Problem::AttributeMisfit { .. }
            | Problem::NotANumber { .. }
            | Problem::TooManyDigits { .. } => self.word_invalid(f),
        }
    }
}

impl Problem {
    /// A problem with an input, worded as the generic input error it replaced.
    fn word_invalid(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::IndexEntryLargerThanItem {
                input,
                entry_bytes,
                item_bytes,
            } => invalid_input(
                f,
                "index entry",
                input,
                format_args!(
                    "it is larger than the item ({} bytes over {}); an index holds the item's \
                     keys and projected attributes, never more",
                    group(*entry_bytes),
                    group(*item_bytes)
                ),
                self.expected(),
            ),
            Problem::RateBeyondDoublings { input } => invalid_input(
                f,
                "rate",
                input,
                "it is too far above what the table serves at once to count",
                self.expected(),
            ),
            Problem::GrowthTooLarge => invalid_input(
                f,
                "rate",
                GROWTH,
                "the numbers are too large to compute",
                self.expected(),
            ),
            Problem::UtilizationOutsideTarget { input, min, max } => invalid_input(
                f,
                "utilization",
                input,
                format_args!(
                    "DynamoDB auto scaling takes a target utilization from {min}% to {max}% \
                     (AutoScaling.html)"
                ),
                self.expected(),
            ),
            Problem::UsedAboveProvisioned { input, provisioned } => invalid_input(
                f,
                "used capacity",
                input,
                format_args!(
                    "it is above the {provisioned} units provisioned; a table cannot consume \
                     more for five minutes on end"
                ),
                self.expected(),
            ),
            Problem::ItemNotObject { .. }
            | Problem::ItemNotJson { .. }
            | Problem::ItemMisfit { .. }
            | Problem::AttributeMisfit { .. }
            | Problem::NotANumber { .. }
            | Problem::TooManyDigits { .. } => self.word_item(f),
            _ => Ok(()),
        }
    }

    /// A problem with an item file, worded as the generic input error it replaced.
    fn word_item(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::ItemNotObject { source, found } => invalid_input(
                f,
                "item",
                source,
                format_args!(
                    "its JSON is {}, not an object of attributes",
                    json_kind_words(*found)
                ),
                self.expected(),
            ),
            Problem::ItemNotJson {
                source,
                line,
                column,
                reason,
            } => invalid_input(
                f,
                "item",
                source,
                format_args!("not JSON (line {line}, column {column}: {reason})"),
                self.expected(),
            ),
            Problem::ItemMisfit {
                path,
                source,
                line,
                column,
                reason,
                expected,
            } => {
                write!(
                    f,
                    "invalid item at {} in `{source}` (line {line}, column {column}): {reason}",
                    path.as_deref().unwrap_or("the top level")
                )?;
                match expected {
                    Some(expected) => write!(f, ", expected {expected}"),
                    None => Ok(()),
                }
            }
            Problem::AttributeMisfit {
                path,
                source,
                fault,
            } => invalid_at(
                f,
                "item",
                &format!("{path} in `{source}`"),
                None,
                FaultWords(fault),
                self.expected(),
            ),
            Problem::NotANumber { path, text } => invalid_at(
                f,
                "item",
                path,
                None,
                format_args!("`{text}` is not a number"),
                self.expected(),
            ),
            Problem::TooManyDigits {
                path,
                text,
                digits,
                max,
            } => invalid_at(
                f,
                "item",
                path,
                None,
                format_args!(
                    "`{text}` has {digits} significant digits, more than DynamoDB's {max}"
                ),
                self.expected(),
            ),
            _ => Ok(()),
        }
    }

    /// What is allowed instead, in words, where the problem says (the problems worded as
    /// input errors).
    #[must_use]
    pub fn allowed(&self) -> Option<String> {
        match self {
            Problem::IndexEntryLargerThanItem { .. }
            | Problem::RateBeyondDoublings { .. }
            | Problem::GrowthTooLarge
            | Problem::UtilizationOutsideTarget { .. }
            | Problem::UsedAboveProvisioned { .. }
            | Problem::ItemNotObject { .. }
            | Problem::ItemNotJson { .. }
            | Problem::AttributeMisfit { .. }
            | Problem::NotANumber { .. }
            | Problem::TooManyDigits { .. } => Some(self.expected()),
            Problem::ItemMisfit { expected, .. } => expected.clone(),
            _ => None,
        }
    }

    /// The accepted forms of a problem worded as an input error (empty for the others).
    fn expected(&self) -> String {
        match self {
            Problem::IndexEntryLargerThanItem { .. } => {
                "an index entry no larger than the item".into()
            }
            Problem::RateBeyondDoublings { .. } => {
                "a rate within 2^64 times the table's capacity".into()
            }
            Problem::GrowthTooLarge => "a smaller rate".into(),
            Problem::UtilizationOutsideTarget { min, max, .. } => {
                format!("a target from {min}% to {max}%, like 70%; or no --utilization")
            }
            Problem::UsedAboveProvisioned { .. } => "--used at most --units".into(),
            Problem::ItemNotObject { .. } | Problem::ItemNotJson { .. } => ITEM_SHAPE.into(),
            Problem::AttributeMisfit { fault, .. } => match fault {
                AttributeFault::NotBase64 { .. } => "base64 text, like \"aGVsbG8=\"",
                AttributeFault::NullFalse => "{\"NULL\": true}",
                AttributeFault::EmptySet => "at least one element, or leave the attribute out",
                AttributeFault::Repeated { .. } => "each element of a set once",
            }
            .into(),
            Problem::NotANumber { .. } => "a number such as 42, -7, 12.5 or 1.5E+3".into(),
            Problem::TooManyDigits { max, .. } => {
                format!("a number of at most {max} significant digits")
            }
            _ => String::new(),
        }
    }
}

/// What is wrong with a DynamoDB JSON attribute value, in words.
struct FaultWords<'a>(&'a AttributeFault);

impl fmt::Display for FaultWords<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            AttributeFault::NotBase64 { text } => write!(f, "`{text}` is not base64"),
            AttributeFault::NullFalse => f.write_str("`false`: DynamoDB takes only true here"),
            AttributeFault::EmptySet => {
                f.write_str("an empty set: DynamoDB does not store empty sets")
            }
            AttributeFault::Repeated { text } => write!(f, "`{text}` is in the set twice"),
        }
    }
}

/// What a JSON value is, with its article: `an array`, `null`.
fn json_kind_words(kind: JsonKind) -> &'static str {
    match kind {
        JsonKind::Null => "null",
        JsonKind::Boolean => "a Boolean",
        JsonKind::Number => "a number",
        JsonKind::String => "a string",
        JsonKind::Array => "an array",
        JsonKind::Object => "an object",
    }
}

/// `4 KB`, `400 KB`, `1 MB`, `3,500 bytes`: bytes in the largest whole DynamoDB unit
/// (`kb_bytes` bytes to the KB, as many KB to the MB).
fn size_label(bytes: Decimal, kb_bytes: Decimal) -> String {
    let mb_bytes = kb_bytes * kb_bytes;
    if !bytes.is_zero() && (bytes % mb_bytes).is_zero() {
        format!("{} MB", group(bytes / mb_bytes))
    } else if !bytes.is_zero() && (bytes % kb_bytes).is_zero() {
        format!("{} KB", group(bytes / kb_bytes))
    } else {
        format!("{} bytes", group(bytes))
    }
}

/// `5 KB`, `3.5 KB`, `512 bytes`: the size in the words the user chose.
fn size_words(size: &Size) -> String {
    let unit = size.unit_or(SizeUnit::Kilo);
    format!("{} {}", group(size.value()), unit.symbol())
}

/// `awscalc ondemand`: what an on-demand table serves at once, and how long more takes.
///
/// # Errors
/// As [`crate::calc::dynamodb::ondemand::on_demand`].
pub fn on_demand(
    request: &crate::calc::dynamodb::ondemand::OnDemandRequest,
    book: &mut FactBook,
) -> Result<Report, Error> {
    ondemand::on_demand(request, book)
}

/// `awscalc modes`: whether a day's mode switches and capacity decreases fit the quotas.
///
/// # Errors
/// As [`crate::calc::dynamodb::modes::modes`].
pub fn modes(
    request: &crate::calc::dynamodb::modes::ModesRequest,
    book: &mut FactBook,
) -> Result<Report, Error> {
    modes::modes(request, book)
}

/// `awscalc modes --reads … --writes …`: a workload's cost in each capacity mode.
///
/// # Errors
/// As [`crate::calc::dynamodb::cost::mode_cost`].
pub fn mode_cost(
    request: &crate::calc::dynamodb::cost::ModeCostRequest,
    book: &mut FactBook,
) -> Result<Report, Error> {
    cost::mode_cost(request, book)
}
