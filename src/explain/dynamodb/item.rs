//! An item's size in words: the attribute lines of `rcu`/`wcu --item FILE`, and the
//! verdict on an item over DynamoDB's maximum item size.

use rust_decimal::Decimal;

use crate::calc::dynamodb::item::{
    item_size, parse_item, AttributeSize, ItemFormat, ItemInput, ItemSize, SizeRules, ValueType,
};
use crate::calc::dynamodb::Items;
use crate::error::Error;
use crate::explain::quantity;
use crate::facts::dynamodb as fact;
use crate::facts::FactBook;
use crate::report::{Detail, Input, Report, Value};
use crate::units::{group, KbConvention, SizeUnit};
use crate::words::plural;

/// How many elements inside Lists, Maps and sets `-v` lists one by one, all attributes
/// together: a large list would make a report of thousands of lines (and build it slowly);
/// `--json` lists more in `result.attributes`, up to
/// [`LISTED_NODES`](crate::calc::dynamodb::item::LISTED_NODES) nodes in all.
const SHOWN_ELEMENTS: usize = 200;

/// How many top-level attributes the text view lists one by one; the rest are summed in
/// one line (every one is in `--json` and `-v`).
const SHOWN_ATTRIBUTES: usize = 12;

/// `65 bytes`, `≈2.44 KB (2,500 bytes)`: an item size in DynamoDB's KB.
pub(super) fn bytes_words(bytes: u64) -> String {
    quantity::bytes(
        Decimal::from(bytes),
        Some(SizeUnit::Kilo),
        KbConvention::Binary,
    )
    .short()
}

/// `DynamoDB JSON` or `plain JSON, types inferred`.
fn format_words(format: ItemFormat) -> &'static str {
    match format {
        ItemFormat::DynamoDb => "DynamoDB JSON",
        ItemFormat::Plain => "plain JSON, types inferred",
    }
}

/// For an item given by its JSON and over DynamoDB's maximum item size, the report that
/// says so (the binary exits 1): no capacity, since DynamoDB refuses the item. `None` for
/// other items and items within the limit.
///
/// # Errors
/// As [`parse_item`] and [`item_size`].
pub(super) fn over_limit(
    items: &Items,
    command: &str,
    book: &mut FactBook,
    detail: Detail,
) -> Result<Option<Report>, Error> {
    let Items::Item(input) = items else {
        return Ok(None);
    };
    let size = item_size(&parse_item(&input.text, &input.source)?, book)?;
    if !size.over_limit {
        return Ok(None);
    }
    Ok(Some(verdict(input, &size, command, book, detail)))
}

/// `awscalc item FILE`: the size, each attribute's, and the read and write units one
/// request takes; over the limit, the verdict.
///
/// # Errors
/// As [`parse_item`] and [`item_size`].
pub(super) fn size_report(
    input: &ItemInput,
    book: &mut FactBook,
    detail: Detail,
) -> Result<Report, Error> {
    let size = item_size(&parse_item(&input.text, &input.source)?, book)?;
    if size.over_limit {
        return Ok(verdict(input, &size, "item", book, detail));
    }
    let read_unit = book.value(fact::READ_UNIT_BYTES)?;
    let write_unit = book.value(fact::WRITE_UNIT_BYTES)?;
    let bytes = Decimal::from(size.bytes);
    let read_units = crate::units::ceil_div(bytes, read_unit)?;
    let write_units = crate::units::ceil_div(bytes, write_unit)?;
    let mut report = Report::new("item", book.as_of());
    report.headline = format!(
        "{}: {}, {}",
        bytes_words(size.bytes),
        plural(read_units, "read unit"),
        plural(write_units, "write unit")
    );
    report.field("item_bytes", Value::number(size.bytes), "bytes");
    report.field("read_units", Value::from(read_units), "units");
    report.field("write_units", Value::from(write_units), "units");
    report.field("max_item_bytes", Value::number(size.max_bytes), "bytes");
    report.field("fits", Value::Bool(true), "");
    report.answer.push("item_bytes".into());
    if detail.words() {
        report.summary = format!(
            "the size of the item in {}, as DynamoDB counts it: names and values",
            place(input)
        );
        report.input(
            "item",
            &input.source,
            item_words(&size),
            item_value(input, &size),
        );
        steps(&mut report, &size, detail);
        report.step(
            format!("round up to {} read units", bytes_words_exact(read_unit)),
            format!("ceil({} / {})", group(bytes), group(read_unit)),
            read_units,
            "units",
        );
        report.step(
            format!("round up to {} write units", bytes_words_exact(write_unit)),
            format!("ceil({} / {})", group(bytes), group(write_unit)),
            write_units,
            "units",
        );
        report.note(
            "the read units are for one strongly consistent read: an eventually consistent read \
             takes half, a transactional read or write twice; `rcu --item` and `wcu --item` give \
             the capacity for a rate",
        );
        details(&mut report, &size);
    }
    report.attach_facts(book);
    Ok(report)
}

/// `4 KB`, `1 KB`: a unit size in DynamoDB's KB.
fn bytes_words_exact(bytes: Decimal) -> String {
    quantity::bytes(bytes, Some(SizeUnit::Kilo), KbConvention::Binary).short()
}

/// The report on an item over DynamoDB's maximum item size.
fn verdict(
    input: &ItemInput,
    size: &ItemSize,
    command: &str,
    book: &mut FactBook,
    detail: Detail,
) -> Report {
    let mut report = Report::new(command, book.as_of());
    report.check_failed = true;
    report.headline = format!(
        "over the limit: {} is more than DynamoDB's maximum item size of {}",
        bytes_words(size.bytes),
        bytes_words(size.max_bytes)
    );
    report.field("item_bytes", Value::number(size.bytes), "bytes");
    report.field("max_item_bytes", Value::number(size.max_bytes), "bytes");
    report.field("fits", Value::Bool(false), "");
    report.answer.push("item_bytes".into());
    if detail.words() {
        report.summary = "DynamoDB refuses the item: no read or write can carry it".into();
        report.input(
            "item",
            &input.source,
            item_words(size),
            item_value(input, size),
        );
        steps(&mut report, size, detail);
        report.warn(format!(
            "DynamoDB's maximum item size is {} ({} bytes), names and values together: \
             remove {} bytes, or store the large values in S3 and keep a pointer",
            bytes_words(size.max_bytes),
            group(Decimal::from(size.max_bytes)),
            group(Decimal::from(size.bytes - size.max_bytes))
        ));
        details(&mut report, size);
    }
    report.attach_facts(book);
    report
}

/// The item's lines in a capacity report built for its size: the input, the attribute
/// steps before the capacity steps, the item's fields and notes.
pub(super) fn describe(report: &mut Report, input: &ItemInput, size: &ItemSize, detail: Detail) {
    report.field("item_bytes", Value::number(size.bytes), "bytes");
    if !detail.words() {
        return;
    }
    let item = Input {
        name: "item".into(),
        given: input.source.clone(),
        understood: item_words(size),
        value: item_value(input, size),
    };
    match report.inputs.iter().position(|i| i.name == "size") {
        Some(at) => report.inputs[at] = item,
        None => report.inputs.insert(0, item),
    }
    let capacity_steps = std::mem::take(&mut report.steps);
    steps(report, size, detail);
    report.steps.extend(capacity_steps);
    report.summary = report.summary.replace(
        &format!("{} bytes items", group(Decimal::from(size.bytes))),
        &format!("the item in {}", place(input)),
    );
    details(report, size);
}

/// `item.json`, or `standard input` for `-`.
fn place(input: &ItemInput) -> &str {
    if input.source == "-" {
        "standard input"
    } else {
        &input.source
    }
}

/// `DynamoDB JSON, 9 attributes: 65 bytes`.
fn item_words(size: &ItemSize) -> String {
    format!(
        "{}, {}: {}",
        format_words(size.format),
        plural(size.attributes.len() as u64, "attribute"),
        bytes_words(size.bytes)
    )
}

fn item_value(input: &ItemInput, size: &ItemSize) -> Value {
    Value::Map(vec![
        ("file".into(), Value::text(input.source.clone())),
        (
            "format".into(),
            Value::text(match size.format {
                ItemFormat::DynamoDb => "dynamodb",
                ItemFormat::Plain => "plain",
            }),
        ),
        ("bytes".into(), Value::number(size.bytes)),
    ])
}

/// One step per top-level attribute (the elements inside, for `-v`), and their sum.
fn steps(report: &mut Report, size: &ItemSize, detail: Detail) {
    if !detail.words() {
        return;
    }
    let mut budget = SHOWN_ELEMENTS;
    let total = size.attributes.len() as u64 + size.unlisted;
    let all = total <= SHOWN_ATTRIBUTES as u64 + 1;
    for (i, attribute) in size.attributes.iter().enumerate() {
        if i < SHOWN_ATTRIBUTES || all {
            attribute_step(report, attribute, &size.rules, 0, &mut budget);
        }
    }
    if !all {
        let rest: u64 = size.attributes[SHOWN_ATTRIBUTES..]
            .iter()
            .map(|a| a.bytes)
            .sum::<u64>()
            + size.unlisted_bytes;
        report.step(
            format!(
                "the other {} attributes (-v lists them)",
                group(Decimal::from(total - SHOWN_ATTRIBUTES as u64))
            ),
            "",
            Decimal::from(rest),
            "bytes",
        );
        for attribute in &size.attributes[SHOWN_ATTRIBUTES..] {
            let at = report.steps.len();
            attribute_step(report, attribute, &size.rules, 0, &mut budget);
            report.steps[at].aside = true;
        }
        if size.unlisted > 0 {
            report.step(
                format!("{} more", plural(size.unlisted, "attribute")),
                "",
                Decimal::from(size.unlisted_bytes),
                "bytes",
            );
            if let Some(step) = report.steps.last_mut() {
                step.aside = true;
            }
        }
    }
    let formula = if total <= 8 {
        size.attributes
            .iter()
            .map(|a| group(Decimal::from(a.bytes)))
            .collect::<Vec<_>>()
            .join(" + ")
    } else {
        format!("sum of {} attributes", group(Decimal::from(total)))
    };
    report.step(
        "item size: the attributes added",
        formula,
        Decimal::from(size.bytes),
        "bytes",
    );
}

/// An attribute's step, `depth` levels down (0: top level, shown; deeper: for `-v`).
/// `budget` is how many more elements (depth > 0) may be listed; past it, one line says how
/// many are left out.
fn attribute_step(
    report: &mut Report,
    a: &AttributeSize,
    rules: &SizeRules,
    depth: usize,
    budget: &mut usize,
) {
    let kind = a.value_type.descriptor();
    let what = match a.elements {
        Some(n) => format!("{kind}, {}", plural(n, "element")),
        None => kind.to_string(),
    };
    let label = format!("{} ({what})", a.path);
    let name = group(Decimal::from(a.name_bytes));
    let value = match (a.value_type, a.digits) {
        (ValueType::Number, Some(digits)) => format!(
            "(ceil({digits} / {}) + {})",
            rules.digits_per_byte, rules.number_base_bytes
        ),
        (ValueType::List | ValueType::Map, _) => {
            let inside: u64 = a.children.iter().map(|c| c.bytes).sum::<u64>() + a.unlisted_bytes;
            format!(
                "({} + {} × {} + {})",
                rules.collection_bytes,
                group(Decimal::from(a.children.len() as u64 + a.unlisted)),
                rules.element_bytes,
                group(Decimal::from(inside))
            )
        }
        _ => group(Decimal::from(a.value_bytes)),
    };
    let formula = if a.name_bytes == 0 {
        value
            .trim_start_matches('(')
            .trim_end_matches(')')
            .to_string()
    } else {
        format!("{name} + {value}")
    };
    report.step(label, formula, Decimal::from(a.bytes), "bytes");
    if depth > 0 {
        if let Some(step) = report.steps.last_mut() {
            step.aside = true;
        }
    }
    for (i, child) in a.children.iter().enumerate() {
        if *budget == 0 {
            let bytes: u64 = a.children[i..].iter().map(|c| c.bytes).sum();
            let left = (a.children.len() - i) as u64 + a.unlisted;
            more_step(report, left, bytes + a.unlisted_bytes, &a.path);
            return;
        }
        *budget -= 1;
        attribute_step(report, child, rules, depth + 1, budget);
    }
    if a.unlisted > 0 {
        more_step(report, a.unlisted, a.unlisted_bytes, &a.path);
    }
}

/// `-v`'s line for the `left` elements of `path` it does not list, `bytes` in all (their
/// element overheads not included).
fn more_step(report: &mut Report, left: u64, bytes: u64, path: &str) {
    report.step(
        format!("{} more in {path}", plural(left, "element")),
        "",
        Decimal::from(bytes),
        "bytes",
    );
    if let Some(step) = report.steps.last_mut() {
        step.aside = true;
    }
}

/// The item's tree for scripts, and the notes on how it was read.
fn details(report: &mut Report, size: &ItemSize) {
    report.detail("attributes", tree(&size.attributes), "");
    if size.unlisted > 0 {
        report.detail("unlisted_attributes", Value::number(size.unlisted), "");
        report.detail(
            "unlisted_attribute_bytes",
            Value::number(size.unlisted_bytes),
            "",
        );
    }
    if size.format == ItemFormat::Plain {
        report.note(
            "plain JSON: types inferred (a string is S, a number N, true or false BOOL, \
             null NULL, an array L, an object M); write DynamoDB JSON for B and sets",
        );
    }
    report.aside(format!(
        "AWS gives a Number's size as approximately 1 byte per {} significant digits + {}: \
         awscalc rounds an odd count up and counts no byte for a sign; a set is sized as \
         its elements, with no overhead (AWS's page gives no set rule)",
        size.rules.digits_per_byte, size.rules.number_base_bytes
    ));
}

fn tree(attributes: &[AttributeSize]) -> Value {
    Value::List(
        attributes
            .iter()
            .map(|a| {
                let mut fields = vec![
                    ("path".into(), Value::text(a.path.clone())),
                    ("type".into(), Value::text(a.value_type.descriptor())),
                    ("name_bytes".into(), Value::number(a.name_bytes)),
                    ("value_bytes".into(), Value::number(a.value_bytes)),
                    ("bytes".into(), Value::number(a.bytes)),
                ];
                if let Some(digits) = a.digits {
                    fields.push(("digits".into(), Value::number(digits)));
                }
                if let Some(n) = a.elements {
                    fields.push(("elements".into(), Value::number(n)));
                }
                if !a.children.is_empty() {
                    fields.push(("children".into(), tree(&a.children)));
                }
                if a.unlisted > 0 {
                    fields.push(("unlisted".into(), Value::number(a.unlisted)));
                    fields.push(("unlisted_bytes".into(), Value::number(a.unlisted_bytes)));
                }
                Value::Map(fields)
            })
            .collect(),
    )
}
