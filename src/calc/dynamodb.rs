//! DynamoDB read and write capacity: RCU, WCU, and their on-demand request units.
//!
//! The rules, from <https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html>:
//!
//! 1. The item size is rounded up to the next 4 KB (reads) or 1 KB (writes); KB is
//!    1,024 bytes.
//! 2. Reads: ×0.5 eventually consistent (the default), ×1 strongly consistent, ×2
//!    transactional. Writes: ×1 standard, ×2 transactional.
//! 3. × the request rate; the figure to provision is rounded up to a whole unit at the
//!    end, minimum 1.
//!
//! Query and Scan sum the sizes of the items read and round up once per 1 MB page;
//! BatchGetItem, BatchWriteItem and the transaction APIs round each item separately.

use rust_decimal::Decimal;

use crate::error::Error;
use crate::facts::dynamodb as fact;
use crate::facts::FactBook;
use crate::facts::FactId;
use crate::report::{Alternative, Report, Value};
use crate::units::{ceil_div, floor_div, group, KbConvention, Rate, Size, SizeUnit};

/// How a read is served.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadConsistency {
    /// Eventually consistent: half a unit per 4 KB. DynamoDB's default.
    Eventual,
    /// Strongly consistent: one unit per 4 KB.
    Strong,
    /// Inside TransactGetItems: two units per 4 KB.
    Transactional,
}

/// How a write is made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteMode {
    /// PutItem, UpdateItem, DeleteItem, BatchWriteItem: one unit per 1 KB.
    Standard,
    /// Inside TransactWriteItems: two units per 1 KB.
    Transactional,
}

/// The items one request touches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Items {
    /// One item (GetItem, PutItem, UpdateItem, DeleteItem).
    Single(Size),
    /// A Query or Scan over `count` items of `size` each: sizes are summed, then
    /// rounded up once per 1 MB page.
    Query {
        /// Items read (for Scan: evaluated).
        count: u64,
        /// Size of each.
        size: Size,
    },
    /// A Query or Scan given by the total size it reads.
    QueryTotal(Size),
    /// A batch (BatchGetItem, BatchWriteItem; TransactGetItems, TransactWriteItems when
    /// transactional): each item is rounded up separately.
    Batch(Vec<Size>),
}

/// What the capacity is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Demand {
    /// Requests at this rate: how many units to provision.
    Rate(Rate),
    /// This many provisioned units: how many requests per second they sustain.
    Units {
        /// The units as typed.
        text: String,
        /// The units.
        units: Decimal,
    },
    /// Nothing given: one request per second.
    OnePerSecond,
}

/// A read capacity question: `awscalc rcu`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadRequest {
    /// What each read touches.
    pub items: Items,
    /// The consistency; `None` means DynamoDB's default, eventual, and says so.
    pub consistency: Option<ReadConsistency>,
    /// Rate or units.
    pub demand: Demand,
}

/// A write capacity question: `awscalc wcu`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WriteRequest {
    /// What each write touches (`Single` or `Batch`).
    pub items: Items,
    /// Standard or transactional.
    pub mode: WriteMode,
    /// Rate or units.
    pub demand: Demand,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Op {
    Read,
    Write,
}

/// The per-unit multiplier: one of the consistency modes or write modes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Factor {
    Eventual,
    Strong,
    Standard,
    Transactional,
}

impl Factor {
    fn fact(self) -> FactId {
        match self {
            Factor::Eventual => fact::EVENTUAL_READ_FACTOR,
            Factor::Strong => fact::STRONG_READ_FACTOR,
            Factor::Standard => fact::STANDARD_WRITE_FACTOR,
            Factor::Transactional => fact::TRANSACTIONAL_FACTOR,
        }
    }

    fn describe(self, op: Op) -> &'static str {
        match (self, op) {
            (Factor::Eventual, _) => "eventually consistent reads",
            (Factor::Strong, _) => "strongly consistent reads",
            (Factor::Transactional, Op::Read) => "transactional reads",
            (Factor::Transactional, Op::Write) => "transactional writes",
            (Factor::Standard, _) => "standard writes",
        }
    }

    fn short(self) -> &'static str {
        match self {
            Factor::Eventual => "eventual",
            Factor::Strong => "strong",
            Factor::Standard => "standard",
            Factor::Transactional => "transactional",
        }
    }

    fn choices(op: Op) -> &'static [Factor] {
        match op {
            Op::Read => &[Factor::Eventual, Factor::Strong, Factor::Transactional],
            Op::Write => &[Factor::Standard, Factor::Transactional],
        }
    }
}

struct Names {
    unit: &'static str,
    noun: &'static str,
    nouns: &'static str,
    answer: &'static str,
    per_op: &'static str,
    per_second: &'static str,
    unit_fact: FactId,
    other_unit_fact: FactId,
    partition_fact: FactId,
    table_quota_fact: FactId,
    account_quota_fact: FactId,
    on_demand_unit: &'static str,
    on_demand_field: &'static str,
    on_demand_quota_fact: FactId,
    on_demand_new_table_fact: FactId,
    batch_fact: FactId,
    batch_api: &'static str,
    transact_api: &'static str,
}

const READ: Names = Names {
    unit: "RCU",
    noun: "read",
    nouns: "reads",
    answer: "rcu",
    per_op: "units_per_read",
    per_second: "reads_per_second",
    unit_fact: fact::READ_UNIT_BYTES,
    other_unit_fact: fact::WRITE_UNIT_BYTES,
    partition_fact: fact::PARTITION_MAX_RCU,
    table_quota_fact: fact::TABLE_QUOTA_RCU,
    account_quota_fact: fact::ACCOUNT_QUOTA_RCU,
    on_demand_unit: "RRU",
    on_demand_field: "rru_per_second",
    on_demand_quota_fact: fact::TABLE_QUOTA_RRU,
    on_demand_new_table_fact: fact::ON_DEMAND_NEW_TABLE_READS,
    batch_fact: fact::BATCH_GET_MAX_ITEMS,
    batch_api: "BatchGetItem",
    transact_api: "TransactGetItems",
};

const WRITE: Names = Names {
    unit: "WCU",
    noun: "write",
    nouns: "writes",
    answer: "wcu",
    per_op: "units_per_write",
    per_second: "writes_per_second",
    unit_fact: fact::WRITE_UNIT_BYTES,
    other_unit_fact: fact::READ_UNIT_BYTES,
    partition_fact: fact::PARTITION_MAX_WCU,
    table_quota_fact: fact::TABLE_QUOTA_WCU,
    account_quota_fact: fact::ACCOUNT_QUOTA_WCU,
    on_demand_unit: "WRU",
    on_demand_field: "wru_per_second",
    on_demand_quota_fact: fact::TABLE_QUOTA_WRU,
    on_demand_new_table_fact: fact::ON_DEMAND_NEW_TABLE_WRITES,
    batch_fact: fact::BATCH_WRITE_MAX_ITEMS,
    batch_api: "BatchWriteItem",
    transact_api: "TransactWriteItems",
};

impl Op {
    fn names(self) -> &'static Names {
        match self {
            Op::Read => &READ,
            Op::Write => &WRITE,
        }
    }
}

/// One way of reading the question: the documented one, or a common mistake.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Reading {
    factor: Factor,
    kb: KbConvention,
    /// Round the other way: per item where AWS sums, summed where AWS rounds per item.
    other_rounding: bool,
    /// Use the other operation's unit size (1 KB for reads, 4 KB for writes).
    unit_swap: bool,
}

/// The constants a reading needs, taken from the facts registry.
struct Constants {
    unit_bytes: Decimal,
    factor: Decimal,
    page_bytes: Decimal,
    /// Bytes in DynamoDB's KB, for labels such as "4 KB units".
    kb_bytes: Decimal,
    /// The smallest capacity that can be provisioned.
    min_units: Decimal,
}

impl Constants {
    /// `4 KB`, `1 MB`: a byte count in DynamoDB's largest whole unit, for labels.
    fn kb(&self, bytes: Decimal) -> String {
        size_label(bytes, self.kb_bytes)
    }
}

/// What one evaluation found.
struct Outcome {
    units_per_op: Decimal,
    answer: Decimal,
    consumed_per_second: Decimal,
    pages: Option<Decimal>,
}

struct Calculation<'a> {
    op: Op,
    items: &'a Items,
    demand: &'a Demand,
}

/// `awscalc rcu`: the read capacity for `request`, with the facts in force in `book`.
///
/// # Errors
/// Sizes over DynamoDB's limits, impossible combinations (a transactional Query),
/// features that did not exist on the book's date, or numbers too large to compute.
pub fn read_capacity(request: &ReadRequest, book: &mut FactBook) -> Result<Report, Error> {
    let factor = match request.consistency.unwrap_or(ReadConsistency::Eventual) {
        ReadConsistency::Eventual => Factor::Eventual,
        ReadConsistency::Strong => Factor::Strong,
        ReadConsistency::Transactional => Factor::Transactional,
    };
    let calc = Calculation {
        op: Op::Read,
        items: &request.items,
        demand: &request.demand,
    };
    let mut report = calc.run(factor, book)?;
    if request.consistency.is_none() {
        report.note(
            "no consistency given: eventually consistent reads, DynamoDB's default \
             (--strong doubles the units, --transactional quadruples them)",
        );
    }
    Ok(report)
}

/// `awscalc wcu`: the write capacity for `request`, with the facts in force in `book`.
///
/// # Errors
/// As [`read_capacity`].
pub fn write_capacity(request: &WriteRequest, book: &mut FactBook) -> Result<Report, Error> {
    let factor = match request.mode {
        WriteMode::Standard => Factor::Standard,
        WriteMode::Transactional => Factor::Transactional,
    };
    if matches!(request.items, Items::Query { .. } | Items::QueryTotal(_)) {
        return Err(Error::Conflict {
            message: "Query and Scan only read: use `awscalc rcu` for them".into(),
        });
    }
    let calc = Calculation {
        op: Op::Write,
        items: &request.items,
        demand: &request.demand,
    };
    calc.run(factor, book)
}

impl Calculation<'_> {
    fn run(&self, factor: Factor, book: &mut FactBook) -> Result<Report, Error> {
        let names = self.op.names();
        let mut report = Report::new(names.answer, book.as_of());
        if factor == Factor::Transactional {
            if let Err(Error::NotYetAvailable { as_of, .. }) = book.value(factor.fact()) {
                let fact = book.fact(factor.fact())?;
                let since = fact
                    .history
                    .iter()
                    .find(|e| e.value.is_some())
                    .and_then(|e| e.since);
                return Err(Error::Conflict {
                    message: format!(
                        "DynamoDB transactions did not exist on {as_of}: TransactGetItems and \
                         TransactWriteItems came on {}; use {}",
                        since.map_or_else(|| "a later date".to_string(), |d| d.to_string()),
                        if self.op == Op::Read {
                            "--strong or --eventual"
                        } else {
                            "a standard write"
                        }
                    ),
                });
            }
        }
        self.check_limits(factor, book)?;
        let reading = Reading {
            factor,
            kb: KbConvention::Binary,
            other_rounding: false,
            unit_swap: false,
        };
        let constants = Constants {
            unit_bytes: book.value(names.unit_fact)?,
            factor: book.value(factor.fact())?,
            page_bytes: if matches!(self.items, Items::Query { .. } | Items::QueryTotal(_)) {
                book.value(fact::PAGE_BYTES)?
            } else {
                Decimal::ZERO
            },
            kb_bytes: book.value(fact::KB_BYTES)?,
            min_units: book.value(fact::MIN_PROVISIONED_UNITS)?,
        };
        if !book.is_brief() {
            self.describe_inputs(factor, &mut report)?;
        }
        let trace = if book.is_brief() {
            None
        } else {
            Some(&mut report)
        };
        let outcome = self.evaluate(reading, &constants, trace)?;
        self.fill_result(factor, &outcome, &mut report, book)?;
        if !book.is_brief() {
            report.alternatives = self.alternatives(reading, outcome.answer, book);
        }
        report.attach_facts(book);
        Ok(report)
    }

    /// Limits on sizes and counts that make the request impossible.
    fn check_limits(&self, factor: Factor, book: &mut FactBook) -> Result<(), Error> {
        let names = self.op.names();
        let max_item = book.value(fact::MAX_ITEM_BYTES)?;
        let max_label = size_label(max_item, book.value(fact::KB_BYTES)?);
        let check_item = |size: &Size| -> Result<Decimal, Error> {
            let bytes = size.bytes(SizeUnit::Kilo, KbConvention::Binary)?;
            if bytes > max_item {
                return Err(Error::AwsLimit {
                    message: format!(
                        "item size `{}` ({} bytes) is above DynamoDB's maximum item size of {max_label} ({} bytes)",
                        size.text(),
                        group(bytes),
                        group(max_item)
                    ),
                });
            }
            Ok(bytes)
        };
        match self.items {
            Items::Query { count: 0, .. } => {
                return Err(Error::NotPositive {
                    what: "items",
                    input: "0".into(),
                });
            }
            Items::Single(size) | Items::Query { size, .. } => {
                check_item(size)?;
            }
            Items::QueryTotal(size) => {
                size.bytes(SizeUnit::Kilo, KbConvention::Binary)?;
            }
            Items::Batch(sizes) => {
                let transactional = factor == Factor::Transactional;
                let (api, count_fact, bytes_fact) = if transactional {
                    (
                        names.transact_api,
                        fact::TRANSACT_MAX_ITEMS,
                        fact::TRANSACT_MAX_BYTES,
                    )
                } else {
                    (names.batch_api, names.batch_fact, fact::BATCH_MAX_BYTES)
                };
                let max_count = book.value(count_fact)?;
                let max_bytes = book.value(bytes_fact)?;
                if sizes.is_empty() {
                    return Err(Error::Conflict {
                        message: "`--batch` needs at least one item size, like --batch 1.5kb,6.5kb"
                            .into(),
                    });
                }
                if Decimal::from(sizes.len()) > max_count {
                    return Err(Error::AwsLimit {
                        message: format!(
                            "{api} takes at most {} items (on {}), and {} were given; split them into {} requests",
                            group(max_count),
                            book.as_of(),
                            sizes.len(),
                            ceil_div(Decimal::from(sizes.len()), max_count)?
                        ),
                    });
                }
                let mut total = Decimal::ZERO;
                for size in sizes {
                    total = total
                        .checked_add(check_item(size)?)
                        .ok_or(Error::Overflow)?;
                }
                if total > max_bytes {
                    return Err(Error::AwsLimit {
                        message: format!(
                            "{api} takes at most {} bytes in total, and the items add up to {} bytes",
                            group(max_bytes),
                            group(total)
                        ),
                    });
                }
            }
        }
        if factor == Factor::Transactional
            && matches!(self.items, Items::Query { .. } | Items::QueryTotal(_))
        {
            return Err(Error::Conflict {
                message: "Query and Scan cannot be transactional: use --strong or --eventual, \
                          or --batch with --transactional for TransactGetItems"
                    .into(),
            });
        }
        Ok(())
    }

    fn describe_inputs(&self, factor: Factor, report: &mut Report) -> Result<(), Error> {
        let size_input = |report: &mut Report, name: &str, size: &Size| -> Result<(), Error> {
            report.size_input(name, size, SizeUnit::Kilo, KbConvention::Binary, "")?;
            Ok(())
        };
        match self.items {
            Items::Single(size) => size_input(report, "size", size)?,
            Items::Query { count, size } => {
                report.input(
                    "items",
                    &count.to_string(),
                    format!("{} items per Query or Scan", group(Decimal::from(*count))),
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
        let mode = if self.op == Op::Read {
            "consistency"
        } else {
            "mode"
        };
        report.input(
            mode,
            factor.short(),
            factor.describe(self.op).to_string(),
            Value::text(factor.short()),
        );
        Ok(())
    }

    fn describe_demand(&self, report: &mut Report) {
        let names = self.op.names();
        match self.demand {
            Demand::Rate(rate) => {
                let per_second = rate.as_per_second();
                let understood = if rate.per_seconds() == 1 {
                    format!("{} {} per second", group(per_second), self.request_nouns())
                } else {
                    format!(
                        "{} per {} {} {} {} per second",
                        group(rate.count()),
                        rate.span_name(),
                        if rate.is_exact_per_second() {
                            "="
                        } else {
                            "≈"
                        },
                        group(per_second.round_dp(6)),
                        self.request_nouns()
                    )
                };
                report.input(
                    "rate",
                    rate.text(),
                    understood,
                    Value::Map(vec![
                        ("given".into(), Value::text(rate.text())),
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
            (Items::Single(_), Op::Read) => "read",
            (Items::Single(_), Op::Write) => "write",
            (Items::Query { .. } | Items::QueryTotal(_), _) => "query",
            (Items::Batch(_), _) => "batch",
        }
    }

    fn request_nouns(&self) -> &'static str {
        match (self.items, self.op) {
            (Items::Single(_), Op::Read) => "reads",
            (Items::Single(_), Op::Write) => "writes",
            (Items::Query { .. } | Items::QueryTotal(_), _) => "queries",
            (Items::Batch(_), _) => "batches",
        }
    }

    /// The calculation under one reading; `trace` receives the steps.
    #[allow(clippy::too_many_lines)] // one derivation, read top to bottom
    fn evaluate(
        &self,
        reading: Reading,
        k: &Constants,
        mut trace: Option<&mut Report>,
    ) -> Result<Outcome, Error> {
        let names = self.op.names();
        let unit = k.unit_bytes;
        let bytes = |s: &Size| s.bytes(SizeUnit::Kilo, reading.kb);
        let mut pages = None;

        // Summed rounding of the whole throughput (a mistake for single items): handled
        // apart because it rounds after multiplying by the rate.
        if let (Items::Single(size), true) = (self.items, reading.other_rounding) {
            let b = bytes(size)?;
            return self.evaluate_summed_throughput(b, k);
        }

        let base_units = match self.items {
            Items::Single(size) => {
                let b = bytes(size)?;
                step!(
                    trace,
                    format!("round item size up to {} units", k.kb(k.unit_bytes)),
                    format!("ceil({} / {})", group(b), group(unit)),
                    ceil_div(b, unit)?,
                    "units",
                )
            }
            Items::Query { count, size } if reading.other_rounding => {
                let b = bytes(size)?;
                let each = ceil_div(b, unit)?;
                step!(
                    trace,
                    "each item rounded up separately".to_string(),
                    format!(
                        "{} × ceil({} / {})",
                        group(Decimal::from(*count)),
                        group(b),
                        group(unit)
                    ),
                    Decimal::from(*count)
                        .checked_mul(each)
                        .ok_or(Error::Overflow)?,
                    "units",
                )
            }
            Items::Query { count, size } => {
                let b = bytes(size)?;
                let count = Decimal::from(*count);
                let per_page = floor_div(k.page_bytes, b)?.max(Decimal::ONE);
                let full_pages = floor_div(count, per_page)?;
                let rest = count - full_pages * per_page;
                let page_count = full_pages
                    + if rest.is_zero() {
                        Decimal::ZERO
                    } else {
                        Decimal::ONE
                    };
                pages = Some(page_count);
                if page_count == Decimal::ONE {
                    let total = count.checked_mul(b).ok_or(Error::Overflow)?;
                    step!(
                        trace,
                        "sum the item sizes".to_string(),
                        format!("{} × {}", group(count), group(b)),
                        total,
                        "bytes",
                    );
                    step!(
                        trace,
                        format!("round the sum up to {} units, once", k.kb(k.unit_bytes)),
                        format!("ceil({} / {})", group(total), group(unit)),
                        ceil_div(total, unit)?,
                        "units",
                    )
                } else {
                    step!(
                        trace,
                        format!("items per {} page", k.kb(k.page_bytes)),
                        format!("floor({} / {})", group(k.page_bytes), group(b)),
                        per_page,
                        "items",
                    );
                    step!(
                        trace,
                        "pages (Query or Scan calls)".to_string(),
                        format!("ceil({} / {})", group(count), group(per_page)),
                        page_count,
                        "pages",
                    );
                    let page_bytes = per_page.checked_mul(b).ok_or(Error::Overflow)?;
                    let per_full = step!(
                        trace,
                        "units per full page, summed then rounded".to_string(),
                        format!("ceil({} × {} / {})", group(per_page), group(b), group(unit)),
                        ceil_div(page_bytes, unit)?,
                        "units",
                    );
                    let last = if rest.is_zero() {
                        Decimal::ZERO
                    } else {
                        step!(
                            trace,
                            "units for the last page".to_string(),
                            format!("ceil({} × {} / {})", group(rest), group(b), group(unit)),
                            ceil_div(rest.checked_mul(b).ok_or(Error::Overflow)?, unit)?,
                            "units",
                        )
                    };
                    step!(
                        trace,
                        "units per query, all pages".to_string(),
                        format!(
                            "{} × {} + {}",
                            group(full_pages),
                            group(per_full),
                            group(last)
                        ),
                        full_pages
                            .checked_mul(per_full)
                            .and_then(|v| v.checked_add(last))
                            .ok_or(Error::Overflow)?,
                        "units",
                    )
                }
            }
            Items::QueryTotal(size) => {
                let total = bytes(size)?;
                let page_count = ceil_div(total, k.page_bytes)?;
                pages = Some(page_count);
                if page_count > Decimal::ONE {
                    step!(
                        trace,
                        "pages (Query or Scan calls), at least".to_string(),
                        format!("ceil({} / {})", group(total), group(k.page_bytes)),
                        page_count,
                        "pages",
                    );
                }
                step!(
                    trace,
                    format!("round the summed size up to {} units", k.kb(k.unit_bytes)),
                    format!("ceil({} / {})", group(total), group(unit)),
                    ceil_div(total, unit)?,
                    "units",
                )
            }
            Items::Batch(sizes) if reading.other_rounding => {
                let mut total = Decimal::ZERO;
                for s in sizes {
                    total = total.checked_add(bytes(s)?).ok_or(Error::Overflow)?;
                }
                step!(
                    trace,
                    format!(
                        "sum the sizes, then round up to {} units",
                        k.kb(k.unit_bytes)
                    ),
                    format!("ceil({} / {})", group(total), group(unit)),
                    ceil_div(total, unit)?,
                    "units",
                )
            }
            Items::Batch(sizes) => {
                let mut parts = Vec::new();
                let mut sum = Decimal::ZERO;
                for s in sizes {
                    let each = ceil_div(bytes(s)?, unit)?;
                    parts.push(group(each));
                    sum = sum.checked_add(each).ok_or(Error::Overflow)?;
                }
                step!(
                    trace,
                    format!(
                        "round each item up to {} units, then add",
                        k.kb(k.unit_bytes)
                    ),
                    parts.join(" + "),
                    sum,
                    "units",
                )
            }
        };
        let per_op = step!(
            trace,
            format!("× {} factor ({})", names.noun, reading.factor.short()),
            format!("{} × {}", group(base_units), group(k.factor)),
            base_units.checked_mul(k.factor).ok_or(Error::Overflow)?,
            names.unit,
        );
        let (answer, consumed) = self.apply_demand(per_op, k.min_units, &mut trace)?;
        Ok(Outcome {
            units_per_op: per_op,
            answer,
            consumed_per_second: consumed,
            pages,
        })
    }

    /// Provisioned units for a rate, or requests per second for units.
    fn apply_demand(
        &self,
        per_op: Decimal,
        min_units: Decimal,
        trace: &mut Option<&mut Report>,
    ) -> Result<(Decimal, Decimal), Error> {
        let names = self.op.names();
        match self.demand {
            Demand::Rate(rate) => {
                let exact = rate.count().checked_mul(per_op).ok_or(Error::Overflow)?;
                let per_second = exact / Decimal::from(rate.per_seconds());
                let formula = if rate.per_seconds() == 1 {
                    format!("{} × {}", group(per_op), group(rate.count()))
                } else {
                    format!(
                        "{} × {} / {} s",
                        group(per_op),
                        group(rate.count()),
                        rate.per_seconds()
                    )
                };
                step!(
                    trace,
                    "× rate: units consumed per second".to_string(),
                    formula,
                    per_second.round_dp(6),
                    names.unit,
                );
                let answer = rate.ceil_times(per_op)?;
                step!(
                    trace,
                    format!(
                        "round up to whole {} (minimum {})",
                        names.unit,
                        group(min_units)
                    ),
                    format!("ceil({})", group(per_second.round_dp(6))),
                    answer.max(min_units),
                    names.unit,
                );
                Ok((answer.max(min_units), per_second))
            }
            Demand::OnePerSecond => {
                let answer = per_op.ceil().max(min_units);
                step!(
                    trace,
                    format!(
                        "round up to whole {} (minimum {})",
                        names.unit,
                        group(min_units)
                    ),
                    format!("ceil({} × 1)", group(per_op)),
                    answer,
                    names.unit,
                );
                Ok((answer, per_op))
            }
            Demand::Units { units, .. } => {
                let per_second = truncate4(units.checked_div(per_op).ok_or(Error::Overflow)?);
                step!(
                    trace,
                    format!("{} per second these units sustain", self.request_nouns()),
                    format!("{} / {}", group(*units), group(per_op)),
                    per_second,
                    "per second",
                );
                Ok((per_second, *units))
            }
        }
    }

    /// The mistaken reading for single items: rate × size summed, rounded once.
    fn evaluate_summed_throughput(
        &self,
        item_bytes: Decimal,
        k: &Constants,
    ) -> Result<Outcome, Error> {
        let (unit, factor) = (k.unit_bytes, k.factor);
        match self.demand {
            Demand::Rate(rate) => {
                let throughput = rate
                    .count()
                    .checked_mul(item_bytes)
                    .ok_or(Error::Overflow)?;
                let per_second_units = ceil_div(
                    throughput,
                    unit.checked_mul(Decimal::from(rate.per_seconds()))
                        .ok_or(Error::Overflow)?,
                )?;
                let consumed = per_second_units
                    .checked_mul(factor)
                    .ok_or(Error::Overflow)?;
                Ok(Outcome {
                    units_per_op: item_bytes / unit * factor,
                    answer: consumed.ceil().max(k.min_units),
                    consumed_per_second: consumed,
                    pages: None,
                })
            }
            Demand::OnePerSecond => {
                let consumed = ceil_div(item_bytes, unit)? * factor;
                Ok(Outcome {
                    units_per_op: consumed,
                    answer: consumed.ceil().max(k.min_units),
                    consumed_per_second: consumed,
                    pages: None,
                })
            }
            Demand::Units { units, .. } => {
                let per_op = item_bytes / unit * factor;
                Ok(Outcome {
                    units_per_op: per_op,
                    answer: truncate4(units.checked_div(per_op).ok_or(Error::Overflow)?),
                    consumed_per_second: *units,
                    pages: None,
                })
            }
        }
    }

    fn fill_result(
        &self,
        factor: Factor,
        outcome: &Outcome,
        report: &mut Report,
        book: &mut FactBook,
    ) -> Result<(), Error> {
        let names = self.op.names();
        let (is_inverse, provisioned) = match self.demand {
            Demand::Units { units, .. } => (true, *units),
            _ => (false, outcome.answer),
        };
        if is_inverse {
            report.headline = format!(
                "{} {} per second",
                group(outcome.answer),
                self.request_nouns()
            );
            if !book.is_brief() {
                report.summary = format!(
                    "{} {} sustain {} of {}",
                    group(provisioned),
                    names.unit,
                    factor.describe(self.op),
                    self.items_phrase()
                );
            }
            report.field(names.per_second, Value::from(outcome.answer), "per second");
            report.field(
                &format!("whole_{}", names.per_second),
                Value::from(outcome.answer.floor()),
                "per second",
            );
            report.field(names.per_op, Value::from(outcome.units_per_op), names.unit);
            report.answer.push(names.per_second.into());
        } else {
            report.headline = format!("{} {}", group(outcome.answer), names.unit);
            if !book.is_brief() {
                report.summary = format!(
                    "{} to provision for {} of {}",
                    names.unit,
                    factor.describe(self.op),
                    self.items_phrase()
                );
            }
            report.field(names.answer, Value::from(outcome.answer), names.unit);
            report.field(names.per_op, Value::from(outcome.units_per_op), names.unit);
            report.field(
                "consumed_per_second",
                Value::from(outcome.consumed_per_second.round_dp(6)),
                names.unit,
            );
            report.field(
                names.on_demand_field,
                Value::from(outcome.consumed_per_second.round_dp(6)),
                names.on_demand_unit,
            );
            report.answer.push(names.answer.into());
        }
        if let Some(pages) = outcome.pages {
            report.field("pages", Value::from(pages), "pages");
        }
        if let Items::Batch(sizes) = self.items {
            report.field("items", Value::number(sizes.len()), "items");
        }
        let partition_max = book.value(names.partition_fact)?;
        let partitions = ceil_div(provisioned, partition_max)?;
        report.field("min_partitions", Value::from(partitions), "partitions");
        if book.is_brief() {
            return Ok(());
        }
        self.explain(factor, outcome, provisioned, partitions, report, book)
    }

    /// The notes that explain an answer: pages, partitions, quotas, rounding rules.
    fn explain(
        &self,
        factor: Factor,
        outcome: &Outcome,
        provisioned: Decimal,
        partitions: Decimal,
        report: &mut Report,
        book: &mut FactBook,
    ) -> Result<(), Error> {
        let names = self.op.names();
        let partition_max = book.value(names.partition_fact)?;
        let kb_bytes = book.value(fact::KB_BYTES)?;
        if let Some(pages) = outcome.pages.filter(|p| *p > Decimal::ONE) {
            report.note(format!(
                "one Query or Scan call returns at most {}, so each query takes {} calls; \
                 the units above add up all of them",
                size_label(book.value(fact::PAGE_BYTES)?, kb_bytes),
                group(pages)
            ));
        }
        if partitions > Decimal::ONE {
            report.note(format!(
                "{} {} is more than one partition serves ({} {}): the table needs at least {} \
                 partitions, and one partition key value can never get more than {} {}",
                group(provisioned),
                names.unit,
                group(partition_max),
                names.unit,
                group(partitions),
                group(partition_max),
                names.unit
            ));
        }
        self.note_limits(provisioned, outcome, report, book)?;
        match self.items {
            Items::Query { .. } | Items::QueryTotal(_) => report.note(format!(
                "Query sums the sizes of the items it reads and rounds up to {} once per call, \
                 not per item; Scan counts every item it evaluates, before any filter \
                 (awscalc rounds Scan like Query: AWS states the summing rule for Query only)",
                size_label(book.value(names.unit_fact)?, kb_bytes)
            )),
            Items::Batch(_) => {
                let api = if factor == Factor::Transactional {
                    names.transact_api
                } else {
                    names.batch_api
                };
                report.note(format!(
                    "{api} rounds each item up separately, then adds them: unlike Query, small items do not share a unit"
                ));
            }
            Items::Single(_) => {}
        }
        Ok(())
    }

    /// Quotas the answer runs into.
    fn note_limits(
        &self,
        provisioned: Decimal,
        outcome: &Outcome,
        report: &mut Report,
        book: &mut FactBook,
    ) -> Result<(), Error> {
        let names = self.op.names();
        let is_inverse = matches!(self.demand, Demand::Units { .. });
        let table_quota = book.value(names.table_quota_fact)?;
        if provisioned > table_quota {
            let account_quota = book.value(names.account_quota_fact)?;
            let account = if provisioned > account_quota {
                format!(
                    ", and the default per-account quota of {} {} too",
                    group(account_quota),
                    names.unit
                )
            } else {
                String::new()
            };
            report.warn(format!(
                "{} {} exceeds the default per-table quota of {} {}{account}: request an increase in Service Quotas",
                group(provisioned),
                names.unit,
                group(table_quota),
                names.unit
            ));
        }
        if !is_inverse {
            let on_demand_quota = book.value(names.on_demand_quota_fact)?;
            if outcome.consumed_per_second > on_demand_quota {
                report.warn(format!(
                    "on demand, {} {}/s exceeds the default per-table quota of {} {}/s",
                    group(outcome.consumed_per_second.round_dp(6)),
                    names.on_demand_unit,
                    group(on_demand_quota),
                    names.on_demand_unit
                ));
            }
            if let (Items::Single(_), Demand::Rate(rate)) = (self.items, self.demand) {
                let new_table = book.value(names.on_demand_new_table_fact)?;
                if rate.as_per_second() > new_table {
                    report.note(format!(
                        "a new on-demand table sustains {} {} per second at first; more needs warm \
                         throughput or time to scale (on-demand accommodates up to twice the previous peak)",
                        group(new_table),
                        names.nouns
                    ));
                }
            }
        }
        Ok(())
    }

    /// `5 KB items`, `1,000 items of 5 KB per query`.
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
            Items::Query { count, size } => format!(
                "{}-item queries of {} items",
                group(Decimal::from(*count)),
                size_words(size)
            ),
            Items::QueryTotal(size) => format!("queries reading {} in total", size_words(size)),
            Items::Batch(sizes) => format!("batches of {} items", sizes.len()),
        };
        format!("{what}{rate}")
    }

    /// Every other reading that differs in one to four ways, with its answer.
    fn alternatives(
        &self,
        main: Reading,
        main_answer: Decimal,
        book: &FactBook,
    ) -> Vec<Alternative> {
        let names = self.op.names();
        let ambiguous = match self.items {
            Items::Single(s) | Items::Query { size: s, .. } | Items::QueryTotal(s) => {
                s.is_ambiguous(SizeUnit::Kilo)
            }
            Items::Batch(sizes) => sizes.iter().any(|s| s.is_ambiguous(SizeUnit::Kilo)),
        };
        let roundings: &[bool] = match self.items {
            Items::QueryTotal(_) => &[false],
            Items::Batch(sizes) if sizes.len() < 2 => &[false],
            _ => &[false, true],
        };
        let kbs: &[KbConvention] = if ambiguous {
            &[KbConvention::Binary, KbConvention::Decimal]
        } else {
            &[KbConvention::Binary]
        };
        let (Some(unit), Some(other_unit), Some(page), Some(kb_bytes), Some(min_units)) = (
            book.peek(names.unit_fact),
            book.peek(names.other_unit_fact),
            book.peek(fact::PAGE_BYTES),
            book.peek(fact::KB_BYTES),
            book.peek(fact::MIN_PROVISIONED_UNITS),
        ) else {
            return Vec::new();
        };
        let unit_labels = (size_label(unit, kb_bytes), size_label(other_unit, kb_bytes));
        let mut out = Vec::new();
        for &factor in Factor::choices(self.op) {
            let Some(factor_value) = book.peek(factor.fact()) else {
                continue;
            };
            for &kb in kbs {
                for &other_rounding in roundings {
                    for unit_swap in [false, true] {
                        let reading = Reading {
                            factor,
                            kb,
                            other_rounding,
                            unit_swap,
                        };
                        if reading == main {
                            continue;
                        }
                        let constants = Constants {
                            unit_bytes: if unit_swap { other_unit } else { unit },
                            factor: factor_value,
                            page_bytes: page,
                            kb_bytes,
                            min_units,
                        };
                        let Ok(outcome) = self.evaluate(reading, &constants, None) else {
                            continue;
                        };
                        let (reading_text, distance) =
                            self.reading_text(main, reading, (&unit_labels.0, &unit_labels.1));
                        if outcome.answer != main_answer || distance == 1 {
                            out.push(Alternative {
                                value: outcome.answer,
                                reading: reading_text,
                                distance,
                            });
                        }
                    }
                }
            }
        }
        out
    }

    /// The words for how `reading` differs from `main`, and in how many ways.
    fn reading_text(
        &self,
        main: Reading,
        reading: Reading,
        (unit, other_unit): (&str, &str),
    ) -> (String, usize) {
        let mut parts = Vec::new();
        if reading.factor != main.factor {
            parts.push(reading.factor.describe(self.op).to_string());
        }
        if reading.kb != main.kb {
            parts.push("KB taken as 1,000 bytes".to_string());
        }
        if reading.other_rounding != main.other_rounding {
            parts.push(
                match self.items {
                    Items::Single(_) => {
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
                if self.op == Op::Read { "write" } else { "read" }
            ));
        }
        let distance = parts.len();
        (parts.join(" with "), distance)
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

/// Rounds down to 4 decimal places: a rate awscalc promises is never above the exact one.
fn truncate4(value: Decimal) -> Decimal {
    value
        .round_dp_with_strategy(4, rust_decimal::RoundingStrategy::ToZero)
        .normalize()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::testing::{book, num};
    use crate::facts::Registry;
    use jiff::civil::date;

    fn size(s: &str) -> Size {
        s.parse().unwrap()
    }

    fn rate(s: &str) -> Demand {
        Demand::Rate(s.parse().unwrap())
    }

    fn rcu(items: Items, consistency: Option<ReadConsistency>, demand: Demand) -> Report {
        read_capacity(
            &ReadRequest {
                items,
                consistency,
                demand,
            },
            &mut book(),
        )
        .unwrap()
    }

    fn wcu(items: Items, mode: WriteMode, demand: Demand) -> Report {
        write_capacity(
            &WriteRequest {
                items,
                mode,
                demand,
            },
            &mut book(),
        )
        .unwrap()
    }

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    /// Study notes A3 (002:170): strongly consistent reads of 100 items/s of 5 KB → 200.
    /// ceil(5 KB / 4 KB) = 2 units per read × 100 = 200.
    #[test]
    fn study_notes_a3_strong_reads_of_5kb_at_100_per_second_need_200_rcu() {
        let r = rcu(
            Items::Single(size("5kb")),
            Some(ReadConsistency::Strong),
            rate("100"),
        );
        assert_eq!(num(&r, "rcu"), d("200"));
        assert_eq!(num(&r, "units_per_read"), d("2"));
    }

    /// Study notes A1 (002:168): 7 KB items, strong reads 3/s → 6 RCU; writes 10/s → 70 WCU.
    /// Reads: ceil(7/4) = 2 × 3 = 6. Writes: ceil(7/1) = 7 × 10 = 70.
    #[test]
    fn study_notes_a1_7kb_items_need_6_rcu_and_70_wcu() {
        let r = rcu(
            Items::Single(size("7kb")),
            Some(ReadConsistency::Strong),
            rate("3"),
        );
        assert_eq!(num(&r, "rcu"), d("6"));
        let w = wcu(Items::Single(size("7kb")), WriteMode::Standard, rate("10"));
        assert_eq!(num(&w, "wcu"), d("70"));
    }

    /// Study notes A2 (002:169): 90 reads/s of 3 KB items → 45, which only holds for
    /// eventually consistent reads: ceil(3/4) = 1 × 0.5 × 90 = 45 (strong: 90).
    #[test]
    fn study_notes_a2_90_reads_of_3kb_need_45_rcu_eventually_consistent() {
        let r = rcu(Items::Single(size("3kb")), None, rate("90"));
        assert_eq!(num(&r, "rcu"), d("45"));
        let strong = rcu(
            Items::Single(size("3kb")),
            Some(ReadConsistency::Strong),
            rate("90"),
        );
        assert_eq!(num(&strong, "rcu"), d("90"));
        let e = strong.check("45").unwrap();
        assert!(!e.matches);
        assert_eq!(
            e.hints,
            vec!["45 is the answer for eventually consistent reads"]
        );
    }

    /// Study notes A4 (002:171): 600 gauges, one 1 KB write per minute each → 10 WCU.
    /// 600 / 60 s = 10 writes/s × ceil(1 KB / 1 KB) = 1 → 10.
    #[test]
    fn study_notes_a4_600_writes_per_minute_of_1kb_need_10_wcu() {
        let w = wcu(
            Items::Single(size("1kb")),
            WriteMode::Standard,
            rate("600/min"),
        );
        assert_eq!(num(&w, "wcu"), d("10"));
        // "1K" as 1,025 bytes would round up to 2 KB and double it (study notes A4 remark).
        let w = wcu(
            Items::Single(size("1025b")),
            WriteMode::Standard,
            rate("600/min"),
        );
        assert_eq!(num(&w, "wcu"), d("20"));
    }

    /// Study notes A5 (002:167): 5 RCU of eventually consistent reads of 4 KB items
    /// sustain 10 reads/s (5 × 2), strongly consistent 5 reads/s.
    #[test]
    fn study_notes_a5_5_rcu_sustain_10_eventual_reads_of_4kb() {
        let units = Demand::Units {
            text: "5".into(),
            units: d("5"),
        };
        let r = rcu(
            Items::Single(size("4kb")),
            Some(ReadConsistency::Eventual),
            units.clone(),
        );
        assert_eq!(num(&r, "reads_per_second"), d("10"));
        let r = rcu(
            Items::Single(size("4kb")),
            Some(ReadConsistency::Strong),
            units,
        );
        assert_eq!(num(&r, "reads_per_second"), d("5"));
    }

    /// AWS: a 9 KB eventually consistent read is ceil(9/4) = 3 units, halved: 1.5, not 2.
    #[test]
    fn a_9kb_eventual_read_consumes_one_and_a_half_units() {
        let r = rcu(Items::Single(size("9kb")), None, rate("1"));
        assert_eq!(num(&r, "units_per_read"), d("1.5"));
        assert_eq!(num(&r, "rcu"), d("2"));
        let r = rcu(Items::Single(size("9kb")), None, rate("3"));
        assert_eq!(num(&r, "rcu"), d("5"), "ceil(1.5 × 3 = 4.5)");
    }

    /// AWS: an 8 KB item needs 2 units strong, 1 eventual, 4 transactional.
    #[test]
    fn an_8kb_item_costs_as_aws_documents() {
        let cost = |c| {
            num(
                &rcu(Items::Single(size("8kb")), Some(c), rate("1")),
                "units_per_read",
            )
        };
        assert_eq!(cost(ReadConsistency::Strong), d("2"));
        assert_eq!(cost(ReadConsistency::Eventual), d("1"));
        assert_eq!(cost(ReadConsistency::Transactional), d("4"));
    }

    /// AWS: a 3,500-byte read costs the same as 4 KB; a 500-byte write the same as 1 KB.
    #[test]
    fn small_items_round_up_to_one_unit() {
        let r = rcu(
            Items::Single(size("3500b")),
            Some(ReadConsistency::Strong),
            rate("1"),
        );
        assert_eq!(num(&r, "units_per_read"), d("1"));
        let w = wcu(Items::Single(size("500b")), WriteMode::Standard, rate("1"));
        assert_eq!(num(&w, "units_per_write"), d("1"));
    }

    /// AWS: a 2 KB write needs 2 units, 4 transactional.
    #[test]
    fn transactional_writes_double() {
        let w = wcu(
            Items::Single(size("2kb")),
            WriteMode::Transactional,
            rate("1"),
        );
        assert_eq!(num(&w, "units_per_write"), d("4"));
    }

    /// AWS: Query of 10 items totalling 40.8 KB rounds to 44 KB → 11 strong units.
    #[test]
    fn query_rounds_the_summed_size_once() {
        let r = rcu(
            Items::QueryTotal(size("40.8kb")),
            Some(ReadConsistency::Strong),
            rate("1"),
        );
        assert_eq!(num(&r, "units_per_read"), d("11"));
    }

    /// AWS: 1,500 items of 64 bytes read by one Query: 96,000 bytes → ceil(96,000/4,096) = 24.
    #[test]
    fn query_of_many_small_items_sums_them() {
        let r = rcu(
            Items::Query {
                count: 1500,
                size: size("64b"),
            },
            Some(ReadConsistency::Strong),
            rate("1"),
        );
        assert_eq!(num(&r, "units_per_read"), d("24"));
        assert_eq!(num(&r, "pages"), d("1"));
    }

    /// 1,000 items of 5 KB: 204 fit in a 1 MB page (204 × 5,120 = 1,044,480 ≤ 1,048,576),
    /// so 5 pages: 4 full pages of ceil(1,044,480 / 4,096) = 255 units, and 184 items in the
    /// last: ceil(942,080 / 4,096) = 230. Total 4 × 255 + 230 = 1,250 strong units.
    #[test]
    fn a_query_longer_than_one_page_rounds_each_page() {
        let r = rcu(
            Items::Query {
                count: 1000,
                size: size("5kb"),
            },
            Some(ReadConsistency::Strong),
            rate("1"),
        );
        assert_eq!(num(&r, "pages"), d("5"));
        assert_eq!(num(&r, "units_per_read"), d("1250"));
    }

    /// AWS: BatchGetItem of 1.5 KB and 6.5 KB counts 4 + 8 = 12 KB: 3 strong units.
    #[test]
    fn batch_get_rounds_each_item() {
        let r = rcu(
            Items::Batch(vec![size("1.5kb"), size("6.5kb")]),
            Some(ReadConsistency::Strong),
            rate("1"),
        );
        assert_eq!(num(&r, "units_per_read"), d("3"));
        let e = r.check("2").unwrap();
        assert!(
            e.hints.iter().any(|h| h.contains("summed size")),
            "{:?}",
            e.hints
        );
    }

    /// AWS: BatchWriteItem of 500 bytes and 3.5 KB counts 1 + 4 = 5 KB: 5 units.
    #[test]
    fn batch_write_rounds_each_item() {
        let w = wcu(
            Items::Batch(vec![size("500b"), size("3.5kb")]),
            WriteMode::Standard,
            rate("1"),
        );
        assert_eq!(num(&w, "units_per_write"), d("5"));
    }

    #[test]
    fn expect_hints_cover_kb_as_1000_and_summed_rounding() {
        // 100 strong reads/s of 4.05 KB: 4,147.2 bytes → 2 units → 200 RCU.
        // With KB as 1,000 bytes: 4,050 bytes → 1 unit → 100 RCU. Eventually consistent
        // reads also give 100 (2 units × 0.5 × 100): both readings are one step away.
        let r = rcu(
            Items::Single(size("4.05kb")),
            Some(ReadConsistency::Strong),
            rate("100"),
        );
        assert_eq!(num(&r, "rcu"), d("200"));
        let e = r.check("100").unwrap();
        assert_eq!(
            e.hints,
            vec![
                "100 is the answer for eventually consistent reads",
                "100 is the answer for KB taken as 1,000 bytes"
            ]
        );
        // 5 KB × 100/s = 500 KB/s → ceil(500/4) = 125 when the throughput is rounded once.
        let r = rcu(
            Items::Single(size("5kb")),
            Some(ReadConsistency::Strong),
            rate("100"),
        );
        let e = r.check("125").unwrap();
        assert!(e.hints[0].contains("total throughput"), "{:?}", e.hints);
    }

    #[test]
    fn over_400kb_is_an_error_naming_the_limit() {
        let err = read_capacity(
            &ReadRequest {
                items: Items::Single(size("401kb")),
                consistency: None,
                demand: rate("1"),
            },
            &mut book(),
        )
        .unwrap_err()
        .to_string();
        assert!(
            err.contains("`401kb`") && err.contains("400 KB") && err.contains("409,600"),
            "{err}"
        );
    }

    #[test]
    fn transactions_before_2018_11_27_did_not_exist() {
        let mut old = FactBook::new(Registry::builtin(), date(2017, 1, 1));
        let err = read_capacity(
            &ReadRequest {
                items: Items::Single(size("4kb")),
                consistency: Some(ReadConsistency::Transactional),
                demand: rate("1"),
            },
            &mut old,
        )
        .unwrap_err()
        .to_string();
        assert!(err.contains("2018-11-27"), "{err}");
    }

    /// The transaction item limit: 10 at the 2018-11-27 launch, 25 from June 2019 (awscalc
    /// dates it 2019-06-01, month only), 100 from 2022-09-06 (the What's New of 2022/09).
    /// 30 items of 1 KB written transactionally: 30 × 1 unit × 2 = 60 units per write.
    #[test]
    fn transaction_item_limit_follows_the_date() {
        let request = |n: usize| WriteRequest {
            items: Items::Batch(vec![size("1kb"); n]),
            mode: WriteMode::Transactional,
            demand: rate("1"),
        };
        // 2019-01-01: at most 10, so 11 items need ceil(11 / 10) = 2 requests.
        let mut launch = FactBook::new(Registry::builtin(), date(2019, 1, 1));
        let err = write_capacity(&request(11), &mut launch)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("at most 10 items (on 2019-01-01)") && err.contains("into 2 requests"),
            "{err}"
        );
        // The last day of the 10-item limit and the first of the 25-item one.
        let mut may = FactBook::new(Registry::builtin(), date(2019, 5, 31));
        assert!(write_capacity(&request(11), &mut may).is_err());
        let mut june = FactBook::new(Registry::builtin(), date(2019, 6, 1));
        assert!(write_capacity(&request(25), &mut june).is_ok());
        // 2020-01-01: at most 25, so 30 items need ceil(30 / 25) = 2 requests.
        let mut in_2020 = FactBook::new(Registry::builtin(), date(2020, 1, 1));
        let err = write_capacity(&request(30), &mut in_2020)
            .unwrap_err()
            .to_string();
        assert!(err.contains("at most 25"), "{err}");
        // 2022-09-05 still 25; 2022-09-06 100.
        let mut before = FactBook::new(Registry::builtin(), date(2022, 9, 5));
        assert!(write_capacity(&request(26), &mut before).is_err());
        let mut after = FactBook::new(Registry::builtin(), date(2022, 9, 6));
        assert!(write_capacity(&request(100), &mut after).is_ok());
        let ok = write_capacity(&request(30), &mut book()).unwrap();
        assert_eq!(num(&ok, "units_per_write"), d("60"));
        let notes: Vec<&str> = ok.notes.iter().map(|n| n.text.as_str()).collect();
        assert!(
            notes
                .iter()
                .any(|n| n.contains("changed on 2022-09-06: 25 items before")),
            "{notes:?}"
        );
        assert!(
            notes
                .iter()
                .any(|n| n
                    .contains("changed on 2019-06-01 (only the month is known): 10 items before")),
            "{notes:?}"
        );
    }

    #[test]
    fn partitions_and_quotas_are_noted() {
        // 10,000 strong reads/s of 4 KB = 10,000 RCU: ceil(10,000 / 3,000) = 4 partitions.
        let r = rcu(
            Items::Single(size("4kb")),
            Some(ReadConsistency::Strong),
            rate("10000"),
        );
        assert_eq!(num(&r, "min_partitions"), d("4"));
        // 50,000 RCU exceeds the 40,000 per-table default.
        let r = rcu(
            Items::Single(size("4kb")),
            Some(ReadConsistency::Strong),
            rate("50000"),
        );
        assert!(
            r.notes.iter().any(|n| n.text.contains("40,000")),
            "{:?}",
            r.notes
        );
    }

    #[test]
    fn transactional_query_is_refused() {
        let err = read_capacity(
            &ReadRequest {
                items: Items::QueryTotal(size("10kb")),
                consistency: Some(ReadConsistency::Transactional),
                demand: rate("1"),
            },
            &mut book(),
        )
        .unwrap_err();
        assert!(matches!(err, Error::Conflict { .. }));
    }
}
