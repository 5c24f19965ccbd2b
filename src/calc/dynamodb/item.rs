//! An item's size, from the item itself, as AWS's "DynamoDB item sizes and formats"
//! (<https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/CapacityUnitCalculations.html>)
//! gives it: "The total size of an item is the sum of the lengths of its attribute names and
//! values, plus any applicable overhead".
//!
//! | value | size (after the name's UTF-8 bytes) |
//! |---|---|
//! | String (`S`) | its UTF-8 bytes |
//! | Number (`N`) | 1 byte per two significant digits, + 1 byte (leading and trailing zeros trimmed) |
//! | Binary (`B`) | its raw bytes (the base64 of the JSON decoded) |
//! | Boolean, Null | 1 byte |
//! | List (`L`), Map (`M`) | 3 bytes + each element's size + 1 byte per element |
//! | Sets (`SS`, `NS`, `BS`) | the elements' sizes, each sized as its scalar type |
//!
//! Every constant is a fact of the registry (`dynamodb.number_base_bytes` and the others).
//! AWS calls the number rule approximate and gives none for sets: awscalc rounds an odd
//! digit count up (3 digits take 2 bytes), counts no byte for a sign or an exponent, and
//! sizes a set as the sum of its elements, with no overhead; the report says so.
//!
//! The item is read from DynamoDB JSON (`{"id": {"S": "abc"}}`, as `aws dynamodb get-item`
//! prints it) or plain JSON (`{"id": "abc"}`, whose types are inferred: a string is `S`, a
//! number `N`, `true`/`false` `BOOL`, `null` `NULL`, an array `L`, an object `M`). The
//! reader is pure: it takes the text; the binary reads the file, at most
//! [`MAX_ITEM_JSON_BYTES`] of it.
//!
//! ```
//! use awscalc::calc::dynamodb::item::{item_size, parse_item};
//! use awscalc::facts::{FactBook, Registry};
//!
//! // AWS's own example (Constraints.html): "shirt-color" = "R" and "shirt-size" = "M"
//! // make 23 bytes: 11 + 1 + 10 + 1.
//! let item = parse_item(r#"{"shirt-color": "R", "shirt-size": "M"}"#, "item.json").unwrap();
//! let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 11, 30));
//! assert_eq!(item_size(&item, &mut book).unwrap().bytes, 23);
//!
//! // A Number with 39 significant digits is more than DynamoDB holds: refused.
//! let big = format!(r#"{{"n": {{"N": "{}"}}}}"#, "1".repeat(39));
//! let item = parse_item(&big, "big.json").unwrap();
//! assert!(item_size(&item, &mut book).is_err());
//! ```

use std::collections::HashSet;
use std::fmt;

use rust_decimal::Decimal;
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};

use super::Problem;
use crate::error::{one_line, Error};
use crate::facts::dynamodb as fact;
use crate::facts::FactBook;

/// The most JSON text awscalc reads for one item: 8 MiB. An item is at most 400 KB, but its
/// JSON is longer (type names, base64, escapes, indentation); a file larger than this is
/// refused before it is read whole. awscalc's own bound, not an AWS value.
pub const MAX_ITEM_JSON_BYTES: u64 = 8 * 1024 * 1024;

/// What `expected` says of an item that cannot be read.
pub(crate) const SHAPE: &str = "a JSON object of attributes, in DynamoDB JSON \
({\"id\": {\"S\": \"abc\"}, \"n\": {\"N\": \"12.5\"}}) or plain JSON ({\"id\": \"abc\", \"n\": 12.5})";

/// How the item was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemFormat {
    /// DynamoDB JSON: every value wrapped in its type (`{"S": "abc"}`).
    #[serde(rename = "dynamodb")]
    DynamoDb,
    /// Plain JSON: the types inferred.
    Plain,
}

/// A DynamoDB attribute type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum ValueType {
    /// String.
    #[serde(rename = "S")]
    String,
    /// Number.
    #[serde(rename = "N")]
    Number,
    /// Binary.
    #[serde(rename = "B")]
    Binary,
    /// Boolean.
    #[serde(rename = "BOOL")]
    Boolean,
    /// Null.
    #[serde(rename = "NULL")]
    Null,
    /// List.
    #[serde(rename = "L")]
    List,
    /// Map.
    #[serde(rename = "M")]
    Map,
    /// String set.
    #[serde(rename = "SS")]
    StringSet,
    /// Number set.
    #[serde(rename = "NS")]
    NumberSet,
    /// Binary set.
    #[serde(rename = "BS")]
    BinarySet,
}

impl ValueType {
    /// DynamoDB's name for it: `S`, `BOOL`, `SS`.
    #[must_use]
    pub fn descriptor(self) -> &'static str {
        match self {
            ValueType::String => "S",
            ValueType::Number => "N",
            ValueType::Binary => "B",
            ValueType::Boolean => "BOOL",
            ValueType::Null => "NULL",
            ValueType::List => "L",
            ValueType::Map => "M",
            ValueType::StringSet => "SS",
            ValueType::NumberSet => "NS",
            ValueType::BinarySet => "BS",
        }
    }
}

/// An attribute value as read: what its size needs, nothing more.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AttributeValue {
    /// A string.
    S(String),
    /// A number, as written (`12.5`, `-1E+3`).
    N(String),
    /// Binary: its raw length in bytes (the base64 decoded).
    B(u64),
    /// A Boolean.
    Bool(bool),
    /// Null.
    Null,
    /// A list.
    L(Vec<AttributeValue>),
    /// A map, in the order written.
    M(Vec<(String, AttributeValue)>),
    /// A string set.
    Ss(Vec<String>),
    /// A number set.
    Ns(Vec<String>),
    /// A binary set: each element's raw length.
    Bs(Vec<u64>),
}

impl AttributeValue {
    /// Its type.
    #[must_use]
    pub fn value_type(&self) -> ValueType {
        match self {
            AttributeValue::S(_) => ValueType::String,
            AttributeValue::N(_) => ValueType::Number,
            AttributeValue::B(_) => ValueType::Binary,
            AttributeValue::Bool(_) => ValueType::Boolean,
            AttributeValue::Null => ValueType::Null,
            AttributeValue::L(_) => ValueType::List,
            AttributeValue::M(_) => ValueType::Map,
            AttributeValue::Ss(_) => ValueType::StringSet,
            AttributeValue::Ns(_) => ValueType::NumberSet,
            AttributeValue::Bs(_) => ValueType::BinarySet,
        }
    }
}

/// An item as read: its attributes in the order written, and how it was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// DynamoDB JSON or plain JSON.
    pub format: ItemFormat,
    /// The top-level attributes.
    pub attributes: Vec<(String, AttributeValue)>,
}

/// An item to size, as a question carries it: the JSON text and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemInput {
    /// The JSON text.
    pub text: String,
    /// The file as given (`item.json`, `-` for standard input).
    pub source: String,
}

/// The size of one attribute, or of one element of a List, Map or set.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AttributeSize {
    /// Where it is: `id`, `address.city`, `tags[0]`.
    pub path: String,
    /// Its type.
    #[serde(rename = "type")]
    pub value_type: ValueType,
    /// UTF-8 bytes of its name (0 for a List or set element).
    pub name_bytes: u64,
    /// Bytes of its value, overheads of a List or Map included.
    pub value_bytes: u64,
    /// `name_bytes + value_bytes`.
    pub bytes: u64,
    /// Significant digits, for a Number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub digits: Option<u64>,
    /// Elements, for a List, Map or set.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub elements: Option<u64>,
    /// The sizes of the elements of a List or Map, in the order written, as far as the
    /// item's listing budget ([`LISTED_NODES`]) goes.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub children: Vec<AttributeSize>,
    /// Elements of this List or Map sized but not listed in `children`: the listing budget
    /// was spent. Their bytes are in `unlisted_bytes` and in this node's size.
    #[serde(skip_serializing_if = "is_zero")]
    pub unlisted: u64,
    /// The bytes of the unlisted elements, their element overheads not included.
    #[serde(skip_serializing_if = "is_zero")]
    pub unlisted_bytes: u64,
}

/// How many nodes (attributes and the elements inside Lists and Maps) an item's size lists,
/// all levels together, in the order written. Every element is sized; past this many, they
/// are counted and summed in their List or Map (`unlisted`, `unlisted_bytes`) rather than
/// listed, so an item of millions of elements takes memory for this many, not for millions.
pub const LISTED_NODES: usize = 10_000;

#[allow(clippy::trivially_copy_pass_by_ref)] // serde's skip_serializing_if passes a reference
fn is_zero(n: &u64) -> bool {
    *n == 0
}

/// The constants of the size rules, from the facts registry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct SizeRules {
    /// Bytes a Number takes besides its digits (1).
    pub number_base_bytes: u64,
    /// Significant digits per byte (2).
    pub digits_per_byte: u64,
    /// Most significant digits (38).
    pub max_digits: u64,
    /// Bytes of a Null or Boolean (1).
    pub null_bool_bytes: u64,
    /// Overhead of a List or Map (3).
    pub collection_bytes: u64,
    /// Overhead of each List or Map element (1).
    pub element_bytes: u64,
}

/// An item sized: `awscalc item`, and `rcu`/`wcu --item`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ItemSize {
    /// DynamoDB JSON or plain JSON.
    pub format: ItemFormat,
    /// Each top-level attribute, with its elements inside, as far as the listing budget
    /// ([`LISTED_NODES`]) goes.
    pub attributes: Vec<AttributeSize>,
    /// Top-level attributes sized but not listed: the listing budget was spent.
    #[serde(skip_serializing_if = "is_zero")]
    pub unlisted: u64,
    /// Their bytes, names and values.
    #[serde(skip_serializing_if = "is_zero")]
    pub unlisted_bytes: u64,
    /// The item's size: the sum of its attributes.
    pub bytes: u64,
    /// DynamoDB's maximum item size on the question's date.
    pub max_bytes: u64,
    /// Whether the item is over that maximum (DynamoDB refuses it).
    pub over_limit: bool,
    /// The rules' constants.
    pub rules: SizeRules,
}

/// Reads an item from its JSON text; `source` names it in errors (`item.json`).
///
/// # Errors
/// [`Error::Invalid`] for text that is not JSON (with its line and column) or not an
/// object; [`Error::InvalidAt`] naming the path and place of a value that does not fit
/// DynamoDB JSON (an unknown type, a `NULL` that is not `true`, a Binary that is not base64,
/// an empty or repeated set), or of a name written twice in one object.
pub fn parse_item(text: &str, source: &str) -> Result<Item, Error> {
    // One pass that finds what JSON itself allows and DynamoDB does not: a name twice in
    // one object (serde_json would keep the last silently).
    let mut reader = serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize::<_, NoRepeats>(&mut reader)
        .map_err(|e| path_error(source, &e))?;
    reader.end().map_err(|e| not_json(source, &e))?;
    let json: serde_json::Value = serde_json::from_str(text).map_err(|e| not_json(source, &e))?;
    let serde_json::Value::Object(top) = &json else {
        return Err(Problem::ItemNotObject {
            source: source.to_string(),
            found: JsonKind::of(&json),
        }
        .into());
    };
    if !top.is_empty() && top.values().all(is_typed) {
        let mut reader = serde_json::Deserializer::from_str(text);
        let wire: WireMap =
            serde_path_to_error::deserialize(&mut reader).map_err(|e| path_error(source, &e))?;
        let mut attributes = Vec::with_capacity(wire.0.len());
        for (name, value) in wire.0 {
            let value =
                from_wire(value, &name).map_err(|(path, fault)| Problem::AttributeMisfit {
                    path,
                    source: source.to_string(),
                    fault,
                })?;
            attributes.push((name, value));
        }
        return Ok(Item {
            format: ItemFormat::DynamoDb,
            attributes,
        });
    }
    Ok(Item {
        format: ItemFormat::Plain,
        attributes: top
            .iter()
            .map(|(name, value)| (name.clone(), from_plain(value)))
            .collect(),
    })
}

/// The size of `item` under the rules in force in `book`.
///
/// # Errors
/// A Number that is not a number, or has more significant digits than DynamoDB holds,
/// named by its path; [`Error::Overflow`] past `u64` (not reachable from 8 MiB of JSON).
pub fn item_size(item: &Item, book: &mut FactBook) -> Result<ItemSize, Error> {
    item_size_listing(item, book, LISTED_NODES)
}

/// [`item_size`], listing at most `listed` nodes.
fn item_size_listing(item: &Item, book: &mut FactBook, listed: usize) -> Result<ItemSize, Error> {
    let whole = |d: Decimal| u64::try_from(d).map_err(|_| Error::Overflow);
    let rules = SizeRules {
        number_base_bytes: whole(book.value(fact::NUMBER_BASE_BYTES)?)?,
        digits_per_byte: whole(book.value(fact::NUMBER_DIGITS_PER_BYTE)?)?,
        max_digits: whole(book.value(fact::NUMBER_MAX_DIGITS)?)?,
        null_bool_bytes: whole(book.value(fact::NULL_BOOL_BYTES)?)?,
        collection_bytes: whole(book.value(fact::COLLECTION_OVERHEAD_BYTES)?)?,
        element_bytes: whole(book.value(fact::COLLECTION_ELEMENT_BYTES)?)?,
    };
    let max_bytes = whole(book.value(fact::MAX_ITEM_BYTES)?)?;
    let mut attributes = Vec::with_capacity(item.attributes.len());
    let mut bytes = 0u64;
    let mut budget = listed;
    let (mut unlisted, mut unlisted_bytes) = (0u64, 0u64);
    for (name, value) in &item.attributes {
        let size = if budget > 0 {
            budget -= 1;
            let size = rules.size(name.clone(), Some(name), value, &mut budget)?;
            let size_bytes = size.bytes;
            attributes.push(size);
            size_bytes
        } else {
            let size = (name.len() as u64)
                .checked_add(rules.value_bytes(value, &|| name.clone())?)
                .ok_or(Error::Overflow)?;
            unlisted += 1;
            unlisted_bytes = unlisted_bytes.checked_add(size).ok_or(Error::Overflow)?;
            size
        };
        bytes = bytes.checked_add(size).ok_or(Error::Overflow)?;
    }
    Ok(ItemSize {
        format: item.format,
        attributes,
        unlisted,
        unlisted_bytes,
        bytes,
        max_bytes,
        over_limit: bytes > max_bytes,
        rules,
    })
}

impl SizeRules {
    /// The size of `value` at `path`, named `name` (none for a List or set element),
    /// listing its elements while `budget` lasts (each listed element spends one).
    fn size(
        &self,
        path: String,
        name: Option<&str>,
        value: &AttributeValue,
        budget: &mut usize,
    ) -> Result<AttributeSize, Error> {
        let name_bytes = name.map_or(0, |n| n.len() as u64);
        let mut digits = None;
        let mut elements = None;
        let mut children = Vec::new();
        let mut unlisted = 0u64;
        let mut unlisted_bytes = 0u64;
        let mut element = |child_path: &dyn Fn() -> String,
                           child_name: Option<&str>,
                           child: &AttributeValue|
         -> Result<(), Error> {
            if *budget > 0 {
                *budget -= 1;
                children.push(self.size(child_path(), child_name, child, budget)?);
            } else {
                let bytes = child_name.map_or(0, |n| n.len() as u64);
                let bytes = bytes
                    .checked_add(self.value_bytes(child, child_path)?)
                    .ok_or(Error::Overflow)?;
                unlisted += 1;
                unlisted_bytes = unlisted_bytes.checked_add(bytes).ok_or(Error::Overflow)?;
            }
            Ok(())
        };
        let value_bytes = match value {
            AttributeValue::L(list) => {
                for (i, child) in list.iter().enumerate() {
                    element(&|| format!("{path}[{i}]"), None, child)?;
                }
                elements = Some(list.len() as u64);
                self.collection(&children, unlisted, unlisted_bytes)?
            }
            AttributeValue::M(map) => {
                for (key, child) in map {
                    element(&|| format!("{path}.{key}"), Some(key), child)?;
                }
                elements = Some(map.len() as u64);
                self.collection(&children, unlisted, unlisted_bytes)?
            }
            AttributeValue::N(n) => {
                let d = self.digits(n, &path)?;
                digits = Some(d);
                self.number_bytes(d)
            }
            AttributeValue::Ss(set) | AttributeValue::Ns(set) => {
                elements = Some(set.len() as u64);
                self.value_bytes(value, &|| path.clone())?
            }
            AttributeValue::Bs(set) => {
                elements = Some(set.len() as u64);
                self.value_bytes(value, &|| path.clone())?
            }
            _ => self.value_bytes(value, &|| path.clone())?,
        };
        Ok(AttributeSize {
            path,
            value_type: value.value_type(),
            name_bytes,
            value_bytes,
            bytes: name_bytes.checked_add(value_bytes).ok_or(Error::Overflow)?,
            digits,
            elements,
            children,
            unlisted,
            unlisted_bytes,
        })
    }

    /// The bytes of `value` alone (its name not counted), with nothing listed: a value past
    /// the listing budget. `path` names it in an error, built only then.
    fn value_bytes(&self, value: &AttributeValue, path: &dyn Fn() -> String) -> Result<u64, Error> {
        let add = |a: u64, b: u64| a.checked_add(b).ok_or(Error::Overflow);
        Ok(match value {
            AttributeValue::S(s) => s.len() as u64,
            AttributeValue::N(n) => self.number_bytes(self.digits(n, &path())?),
            AttributeValue::B(raw) => *raw,
            AttributeValue::Bool(_) | AttributeValue::Null => self.null_bool_bytes,
            AttributeValue::L(list) => {
                let mut total = self.collection_bytes;
                for (i, child) in list.iter().enumerate() {
                    let bytes = self.value_bytes(child, &|| format!("{}[{i}]", path()))?;
                    total = add(add(total, bytes)?, self.element_bytes)?;
                }
                total
            }
            AttributeValue::M(map) => {
                let mut total = self.collection_bytes;
                for (key, child) in map {
                    let bytes = self.value_bytes(child, &|| format!("{}.{key}", path()))?;
                    total = add(
                        add(add(total, key.len() as u64)?, bytes)?,
                        self.element_bytes,
                    )?;
                }
                total
            }
            AttributeValue::Ss(set) => set.iter().try_fold(0, |t, s| add(t, s.len() as u64))?,
            AttributeValue::Ns(set) => {
                let mut total = 0u64;
                for (i, n) in set.iter().enumerate() {
                    let d = self.digits(n, &format!("{}[{i}]", path()))?;
                    total = add(total, self.number_bytes(d))?;
                }
                total
            }
            AttributeValue::Bs(set) => set.iter().try_fold(0, |t, b| add(t, *b))?,
        })
    }

    /// A List or Map: its overhead, each element, and each element's overhead; `unlisted`
    /// more elements of `unlisted_bytes` in all.
    fn collection(
        &self,
        children: &[AttributeSize],
        unlisted: u64,
        unlisted_bytes: u64,
    ) -> Result<u64, Error> {
        let listed = children
            .iter()
            .try_fold(self.collection_bytes, |total, child| {
                total
                    .checked_add(child.bytes)
                    .and_then(|t| t.checked_add(self.element_bytes))
                    .ok_or(Error::Overflow)
            })?;
        unlisted
            .checked_mul(self.element_bytes)
            .and_then(|overheads| overheads.checked_add(unlisted_bytes))
            .and_then(|rest| rest.checked_add(listed))
            .ok_or(Error::Overflow)
    }

    /// `ceil(digits / 2) + 1`.
    #[must_use]
    pub fn number_bytes(&self, digits: u64) -> u64 {
        digits.div_ceil(self.digits_per_byte.max(1)) + self.number_base_bytes
    }

    /// The significant digits of a DynamoDB number, at most [`SizeRules::max_digits`].
    fn digits(&self, text: &str, path: &str) -> Result<u64, Error> {
        let digits = significant_digits(text).ok_or_else(|| Problem::NotANumber {
            path: path.to_string(),
            text: one_line(text),
        })?;
        if digits > self.max_digits {
            return Err(Problem::TooManyDigits {
                path: path.to_string(),
                text: one_line(text),
                digits,
                max: self.max_digits,
            }
            .into());
        }
        Ok(digits)
    }
}

/// The significant digits of a number written as DynamoDB takes it (an optional sign,
/// digits with an optional `.`, an optional exponent): the digits with leading and
/// trailing zeros trimmed ("Leading and trailing zeroes are trimmed"); 0 for zero. `None`
/// for text that is not a number.
#[must_use]
pub fn significant_digits(text: &str) -> Option<u64> {
    let text = text.trim();
    let unsigned = text
        .strip_prefix('-')
        .or_else(|| text.strip_prefix('+'))
        .unwrap_or(text);
    let (mantissa, exponent) = match unsigned.find(['e', 'E']) {
        Some(at) => (&unsigned[..at], Some(&unsigned[at + 1..])),
        None => (unsigned, None),
    };
    if let Some(exponent) = exponent {
        let digits = exponent.strip_prefix(['-', '+']).unwrap_or(exponent);
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
    }
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    if whole.is_empty() && fraction.is_empty()
        || !whole
            .bytes()
            .chain(fraction.bytes())
            .all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let all = format!("{whole}{fraction}");
    let trimmed = all.trim_start_matches('0').trim_end_matches('0');
    Some(trimmed.len() as u64)
}

/// The raw length of standard base64 (padded or not), or `None` for text that is not base64.
#[must_use]
pub fn base64_len(text: &str) -> Option<u64> {
    let body = text.trim_end_matches('=');
    let padding = text.len() - body.len();
    let valid = body
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'+' || b == b'/');
    let n = body.len() as u64;
    if !valid || padding > 2 || n % 4 == 1 || (padding > 0 && (n + padding as u64) % 4 != 0) {
        return None;
    }
    Some(n * 3 / 4)
}

/// Whether a JSON value is one DynamoDB JSON wraps: an object of one type name.
fn is_typed(value: &serde_json::Value) -> bool {
    const TYPES: [&str; 10] = ["S", "N", "B", "BOOL", "NULL", "L", "M", "SS", "NS", "BS"];
    match value {
        serde_json::Value::Object(map) => {
            map.len() == 1 && map.keys().all(|k| TYPES.contains(&k.as_str()))
        }
        _ => false,
    }
}

/// What a JSON value is (worded in [`crate::explain::dynamodb`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonKind {
    /// `null`.
    Null,
    /// `true` or `false`.
    Boolean,
    /// A number.
    Number,
    /// A string.
    String,
    /// An array.
    Array,
    /// An object.
    Object,
}

impl JsonKind {
    /// What `value` is.
    #[must_use]
    pub fn of(value: &serde_json::Value) -> JsonKind {
        match value {
            serde_json::Value::Null => JsonKind::Null,
            serde_json::Value::Bool(_) => JsonKind::Boolean,
            serde_json::Value::Number(_) => JsonKind::Number,
            serde_json::Value::String(_) => JsonKind::String,
            serde_json::Value::Array(_) => JsonKind::Array,
            serde_json::Value::Object(_) => JsonKind::Object,
        }
    }
}

/// A plain JSON value with its type inferred.
fn from_plain(value: &serde_json::Value) -> AttributeValue {
    match value {
        serde_json::Value::Null => AttributeValue::Null,
        serde_json::Value::Bool(b) => AttributeValue::Bool(*b),
        serde_json::Value::Number(n) => AttributeValue::N(n.to_string()),
        serde_json::Value::String(s) => AttributeValue::S(s.clone()),
        serde_json::Value::Array(list) => AttributeValue::L(list.iter().map(from_plain).collect()),
        serde_json::Value::Object(map) => AttributeValue::M(
            map.iter()
                .map(|(k, v)| (k.clone(), from_plain(v)))
                .collect(),
        ),
    }
}

/// A value that does not fit: its path, what is wrong, what is expected.
/// What is wrong with a DynamoDB JSON attribute value beyond its shape
/// ([`Problem::AttributeMisfit`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AttributeFault {
    /// A binary value (`B`, or an element of `BS`) that is not base64.
    NotBase64 {
        /// The text, with control characters escaped.
        text: String,
    },
    /// `{"NULL": false}`.
    NullFalse,
    /// A set with no elements.
    EmptySet,
    /// A set element given twice.
    Repeated {
        /// The element, with control characters escaped.
        text: String,
    },
}

type Misfit = (String, AttributeFault);

/// A DynamoDB JSON value, checked beyond its shape.
fn from_wire(value: Wire, path: &str) -> Result<AttributeValue, Misfit> {
    let misfit = |path: String, fault| Err((path, fault));
    Ok(match value {
        Wire::S(s) => AttributeValue::S(s),
        Wire::N(n) => AttributeValue::N(n),
        Wire::B(b) => match base64_len(&b) {
            Some(len) => AttributeValue::B(len),
            None => {
                return misfit(
                    format!("{path}.B"),
                    AttributeFault::NotBase64 { text: one_line(&b) },
                )
            }
        },
        Wire::Bool(b) => AttributeValue::Bool(b),
        Wire::Null(true) => AttributeValue::Null,
        Wire::Null(false) => return misfit(format!("{path}.NULL"), AttributeFault::NullFalse),
        Wire::L(list) => {
            let mut out = Vec::with_capacity(list.len());
            for (i, element) in list.into_iter().enumerate() {
                out.push(from_wire(element, &format!("{path}.L[{i}]"))?);
            }
            AttributeValue::L(out)
        }
        Wire::M(map) => {
            let mut out = Vec::with_capacity(map.0.len());
            for (key, element) in map.0 {
                let value = from_wire(element, &format!("{path}.M.{key}"))?;
                out.push((key, value));
            }
            AttributeValue::M(out)
        }
        Wire::Ss(set) => AttributeValue::Ss(checked_set(set, path, "SS")?),
        Wire::Ns(set) => AttributeValue::Ns(checked_set(set, path, "NS")?),
        Wire::Bs(set) => {
            let set = checked_set(set, path, "BS")?;
            let mut out = Vec::with_capacity(set.len());
            for (i, b) in set.iter().enumerate() {
                match base64_len(b) {
                    Some(len) => out.push(len),
                    None => {
                        return misfit(
                            format!("{path}.BS[{i}]"),
                            AttributeFault::NotBase64 { text: one_line(b) },
                        )
                    }
                }
            }
            AttributeValue::Bs(out)
        }
    })
}

/// A set: not empty ("DynamoDB does not support empty sets"), no element twice.
fn checked_set(set: Vec<String>, path: &str, kind: &str) -> Result<Vec<String>, Misfit> {
    if set.is_empty() {
        return Err((format!("{path}.{kind}"), AttributeFault::EmptySet));
    }
    let mut seen = HashSet::new();
    for (i, element) in set.iter().enumerate() {
        if !seen.insert(element.as_str()) {
            return Err((
                format!("{path}.{kind}[{i}]"),
                AttributeFault::Repeated {
                    text: one_line(element),
                },
            ));
        }
    }
    Ok(set)
}

/// DynamoDB JSON, as the AWS CLI and SDKs write it: one type name per value.
#[derive(Deserialize)]
enum Wire {
    S(String),
    N(String),
    B(String),
    #[serde(rename = "BOOL")]
    Bool(bool),
    #[serde(rename = "NULL")]
    Null(bool),
    L(Vec<Wire>),
    M(WireMap),
    #[serde(rename = "SS")]
    Ss(Vec<String>),
    #[serde(rename = "NS")]
    Ns(Vec<String>),
    #[serde(rename = "BS")]
    Bs(Vec<String>),
}

/// A map of DynamoDB JSON values, in the order written.
struct WireMap(Vec<(String, Wire)>);

impl<'de> Deserialize<'de> for WireMap {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct MapVisitor;
        impl<'de> Visitor<'de> for MapVisitor {
            type Value = WireMap;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object of attributes")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<WireMap, A::Error> {
                let mut out = Vec::new();
                while let Some((key, value)) = map.next_entry::<String, Wire>()? {
                    out.push((key, value));
                }
                Ok(WireMap(out))
            }
        }
        deserializer.deserialize_map(MapVisitor)
    }
}

/// Any JSON, refused where an object names a key twice.
struct NoRepeats;

impl<'de> Deserialize<'de> for NoRepeats {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct AnyVisitor;
        impl<'de> Visitor<'de> for AnyVisitor {
            type Value = NoRepeats;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("JSON")
            }
            fn visit_bool<E>(self, _: bool) -> Result<NoRepeats, E> {
                Ok(NoRepeats)
            }
            fn visit_i64<E>(self, _: i64) -> Result<NoRepeats, E> {
                Ok(NoRepeats)
            }
            fn visit_u64<E>(self, _: u64) -> Result<NoRepeats, E> {
                Ok(NoRepeats)
            }
            fn visit_f64<E>(self, _: f64) -> Result<NoRepeats, E> {
                Ok(NoRepeats)
            }
            fn visit_str<E>(self, _: &str) -> Result<NoRepeats, E> {
                Ok(NoRepeats)
            }
            fn visit_unit<E>(self) -> Result<NoRepeats, E> {
                Ok(NoRepeats)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<NoRepeats, A::Error> {
                while seq.next_element::<NoRepeats>()?.is_some() {}
                Ok(NoRepeats)
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<NoRepeats, A::Error> {
                let mut seen = HashSet::new();
                while let Some(key) = map.next_key::<String>()? {
                    if !seen.insert(key.clone()) {
                        return Err(de::Error::custom(format!(
                            "`{}` is written twice in one object",
                            one_line(&key)
                        )));
                    }
                    map.next_value::<NoRepeats>()?;
                }
                Ok(NoRepeats)
            }
        }
        deserializer.deserialize_any(AnyVisitor)
    }
}

/// Text that is not JSON: where, and serde_json's reason.
fn not_json(source: &str, e: &serde_json::Error) -> Error {
    Problem::ItemNotJson {
        source: source.to_string(),
        line: e.line(),
        column: e.column(),
        reason: crate::error::json_reason(e),
    }
    .into()
}

/// A value that does not fit, at its path, line and column.
fn path_error(source: &str, e: &serde_path_to_error::Error<serde_json::Error>) -> Error {
    let inner = e.inner();
    if inner.is_syntax() || inner.is_eof() {
        return not_json(source, inner);
    }
    let path = e.path().to_string();
    let message = one_line(&crate::error::json_reason(inner));
    let (reason, expected) = match message.rsplit_once(", expected ") {
        Some((reason, expected)) => (reason.to_string(), Some(expected.to_string())),
        None => (message, None),
    };
    Problem::ItemMisfit {
        path: (path != ".").then(|| one_line(&path)),
        source: source.to_string(),
        line: inner.line(),
        column: inner.column(),
        reason,
        expected,
    }
    .into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::Registry;
    use proptest::prelude::*;

    fn book() -> FactBook {
        FactBook::new(Registry::builtin(), jiff::civil::date(2026, 11, 30))
    }

    fn size_of(text: &str) -> ItemSize {
        let item = parse_item(text, "test.json").unwrap();
        item_size(&item, &mut book()).unwrap()
    }

    fn error_of(text: &str) -> String {
        match parse_item(text, "test.json") {
            Err(e) => e.to_string(),
            Ok(item) => item_size(&item, &mut book()).unwrap_err().to_string(),
        }
    }

    /// Constraints.html: "shirt-color" = "R" and "shirt-size" = "M" total 23 bytes.
    #[test]
    fn aws_shirt_example_is_23_bytes() {
        // 11 + 1 + 10 + 1 = 23, in plain JSON and in DynamoDB JSON alike.
        assert_eq!(
            size_of(r#"{"shirt-color": "R", "shirt-size": "M"}"#).bytes,
            23
        );
        let typed = size_of(r#"{"shirt-color": {"S": "R"}, "shirt-size": {"S": "M"}}"#);
        assert_eq!(typed.bytes, 23);
        assert_eq!(typed.format, ItemFormat::DynamoDb);
    }

    /// Every type of DynamoDB JSON, sized by hand from CapacityUnitCalculations.html.
    #[test]
    fn every_dynamodb_type_is_sized_by_its_rule() {
        let size = size_of(
            r#"{"id": {"S": "abc"}, "n": {"N": "12.5"}, "ok": {"BOOL": true},
                "gone": {"NULL": true}, "pic": {"B": "aGVsbG8="},
                "tags": {"L": [{"S": "a"}, {"N": "100"}]},
                "addr": {"M": {"city": {"S": "Oslo"}}},
                "ss": {"SS": ["x", "yz"]}, "ns": {"NS": ["1", "-0.0012300"]}}"#,
        );
        let bytes: Vec<u64> = size.attributes.iter().map(|a| a.bytes).collect();
        // id: 2 + 3. n: 1 + (digits 1,2,5: ceil(3 / 2) + 1 = 3). ok: 2 + 1. gone: 4 + 1.
        // pic: 3 + 5 ("aGVsbG8=" is "hello"). tags: 4 + 3 + ("a": 1 + 1) + ("100": one
        // digit, 1 + 1 = 2, + 1) = 12. addr: 4 + 3 + (city: 4 + 4, + 1) = 16.
        // ss: 2 + 1 + 2 = 5. ns: 2 + ("1": 2) + ("-0.0012300": digits 123, 2 + 1 = 3) = 7.
        assert_eq!(bytes, [5, 4, 3, 5, 8, 12, 16, 5, 7]);
        // 5 + 4 + 3 + 5 + 8 + 12 + 16 + 5 + 7 = 65
        assert_eq!(size.bytes, 65);
        assert!(!size.over_limit);
        assert_eq!(size.attributes[1].digits, Some(3));
        assert_eq!(size.attributes[5].elements, Some(2));
        assert_eq!(size.attributes[6].children[0].path, "addr.city");
    }

    #[test]
    fn plain_json_types_are_inferred() {
        let size = size_of(
            r#"{"id": "abc", "n": 12.5, "ok": true, "x": null, "list": [1, "ab"], "m": {"k": "v"}}"#,
        );
        assert_eq!(size.format, ItemFormat::Plain);
        let types: Vec<&str> = size
            .attributes
            .iter()
            .map(|a| a.value_type.descriptor())
            .collect();
        assert_eq!(types, ["S", "N", "BOOL", "NULL", "L", "M"]);
        // 5 + 4 + 3 + (1 + 1) + (4 + 3 + (2 + 1) + (2 + 1)) + (1 + 3 + (1 + 1 + 1)) = 34
        assert_eq!(size.bytes, 34);
    }

    #[test]
    fn empty_list_and_map_take_their_overhead_only() {
        // "The size of an empty List or Map is (name) + (3 bytes)": 1 + 3 and 1 + 3.
        assert_eq!(size_of(r#"{"e": [], "f": {}}"#).bytes, 8);
        assert_eq!(size_of(r#"{"e": {"L": []}, "f": {"M": {}}}"#).bytes, 8);
        // An empty string is 0 bytes: the name alone.
        assert_eq!(size_of(r#"{"e": ""}"#).bytes, 1);
        assert_eq!(size_of("{}").bytes, 0);
    }

    #[test]
    fn names_and_strings_count_utf8_bytes_not_characters() {
        // "café" is 5 bytes in UTF-8 (é is 2); "日本" is 6.
        assert_eq!(size_of(r#"{"café": "日本"}"#).bytes, 11);
    }

    #[test]
    fn numbers_count_significant_digits_with_zeros_trimmed() {
        for (text, digits) in [
            ("0", 0),
            ("1000", 1),
            ("0.001", 1),
            ("123456", 6),
            ("-7", 1),
            ("1.5E+3", 2),
            ("00012.3400", 4),
            ("+5", 1),
        ] {
            assert_eq!(significant_digits(text), Some(digits), "{text}");
        }
        for bad in ["", "abc", "1e", "1.2.3", ".", "--1", "1e+", "0x10", "1 2"] {
            assert_eq!(significant_digits(bad), None, "{bad}");
        }
        let rules = item_size(&parse_item("{}", "t").unwrap(), &mut book())
            .unwrap()
            .rules;
        // ceil(d / 2) + 1: 0 → 1, 1 → 2, 2 → 2, 3 → 3, 38 → 20.
        for (digits, bytes) in [(0, 1), (1, 2), (2, 2), (3, 3), (38, 20)] {
            assert_eq!(rules.number_bytes(digits), bytes);
        }
    }

    #[test]
    fn base64_decodes_to_its_raw_length() {
        for (text, len) in [
            ("", 0),
            ("aGVsbG8=", 5),
            ("aGVsbG8", 5),
            ("AAAA", 3),
            ("AA==", 1),
        ] {
            assert_eq!(base64_len(text), Some(len), "{text}");
        }
        for bad in ["A", "AA=A", "a-b_", "AAAAA", "AA==="] {
            assert_eq!(base64_len(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_limit_is_400_kb_of_names_and_values() {
        // 1-byte name + 409,599-byte string = 409,600 = 400 × 1,024: at the limit, allowed.
        let at = format!(r#"{{"a": "{}"}}"#, "x".repeat(409_599));
        let size = size_of(&at);
        assert_eq!((size.bytes, size.over_limit), (409_600, false));
        let over = format!(r#"{{"a": "{}"}}"#, "x".repeat(409_600));
        assert!(size_of(&over).over_limit);
    }

    #[test]
    fn bad_items_are_refused_naming_the_place() {
        let e = error_of("{\"a\": 1,\n \"b\": }");
        assert!(e.contains("not JSON (line 2, column"), "{e}");
        let e = error_of(r#"{"a": 1, "a": 2}"#);
        assert!(e.contains("`a` is written twice"), "{e}");
        let e = error_of("[1, 2]");
        assert!(e.contains("an array, not an object"), "{e}");
        let e = error_of(r#"{"a": {"NULL": false}}"#);
        assert!(e.contains("a.NULL") && e.contains("only true"), "{e}");
        let e = error_of(r#"{"a": {"SS": []}}"#);
        assert!(e.contains("a.SS") && e.contains("empty set"), "{e}");
        let e = error_of(r#"{"a": {"NS": ["1", "1"]}}"#);
        assert!(e.contains("a.NS[1]") && e.contains("twice"), "{e}");
        let e = error_of(r#"{"a": {"B": "!!"}}"#);
        assert!(e.contains("a.B") && e.contains("not base64"), "{e}");
        let e = error_of(r#"{"a": {"N": "twelve"}}"#);
        assert!(e.contains("`twelve` is not a number"), "{e}");
        let e = error_of(&format!(r#"{{"a": {{"N": "{}"}}}}"#, "9".repeat(39)));
        assert!(
            e.contains("39 significant digits") && e.contains("38"),
            "{e}"
        );
        let e = error_of(r#"{"a": {"S": 5}, "b": {"S": "x"}}"#);
        assert!(e.contains("a.S") && e.contains("line 1"), "{e}");
    }

    /// A plain JSON value of bounded depth.
    fn json() -> impl Strategy<Value = serde_json::Value> {
        let leaf = prop_oneof![
            Just(serde_json::Value::Null),
            any::<bool>().prop_map(serde_json::Value::Bool),
            any::<i64>().prop_map(|n| serde_json::json!(n)),
            "[a-zé日]{0,8}".prop_map(serde_json::Value::String),
        ];
        leaf.prop_recursive(3, 24, 4, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..4).prop_map(serde_json::Value::Array),
                prop::collection::btree_map("[a-z]{1,4}", inner, 0..4)
                    .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
            ]
        })
    }

    /// Every List and Map is 3 bytes + each element + 1 byte per element; every named
    /// node is its name's bytes + its value's.
    fn check_node(node: &AttributeSize) {
        assert_eq!(node.bytes, node.name_bytes + node.value_bytes);
        if matches!(node.value_type, ValueType::List | ValueType::Map) {
            let parts: u64 = node.children.iter().map(|c| c.bytes + 1).sum();
            let rest = node.unlisted_bytes + node.unlisted;
            assert_eq!(node.value_bytes, 3 + parts + rest, "{}", node.path);
            assert_eq!(
                node.elements,
                Some(node.children.len() as u64 + node.unlisted)
            );
        }
        node.children.iter().for_each(check_node);
    }

    /// A List of 12,000 one-digit Numbers: each is ceil(1 / 2) + 1 = 2 bytes, the List
    /// 3 + 12,000 × (2 + 1) = 36,003 bytes, the attribute `l` 1 + 36,003 = 36,004. The
    /// listing budget of 10,000 nodes spends one on `l` and lists 9,999 elements; the other
    /// 2,001 (4,002 bytes) are counted and summed, not listed.
    #[test]
    fn elements_past_the_listing_budget_are_summed_not_listed() {
        let list = vec![r#"{"N":"5"}"#; 12_000].join(",");
        let size = size_of(&format!(r#"{{"l":{{"L":[{list}]}}}}"#));
        assert_eq!(size.bytes, 36_004);
        let l = &size.attributes[0];
        assert_eq!(l.children.len(), 9_999);
        assert_eq!(l.children[9_998].path, "l[9998]");
        assert_eq!((l.unlisted, l.unlisted_bytes), (2_001, 4_002));
        assert_eq!(l.elements, Some(12_000));
        check_node(l);
    }

    /// An error past the budget still names its place: the 10,001st element's Number.
    #[test]
    fn an_unlisted_element_names_its_place_in_an_error() {
        let mut list = vec![r#"{"N":"5"}"#; 10_005];
        list[10_003] = r#"{"N":"five"}"#;
        let text = format!(r#"{{"l":{{"L":[{}]}}}}"#, list.join(","));
        let message = error_of(&text);
        assert!(message.contains("l[10003]"), "{message}");
    }

    proptest! {
        /// However small the listing budget, every size is the same and every collection
        /// is its listed and unlisted parts plus their overheads.
        #[test]
        fn prop_the_listing_budget_changes_no_size(
            attributes in prop::collection::btree_map("[a-z]{1,6}", json(), 0..6),
            listed in 0usize..12,
        ) {
            let text = serde_json::Value::Object(attributes.into_iter().collect()).to_string();
            let item = parse_item(&text, "t").unwrap();
            let full = item_size(&item, &mut book()).unwrap();
            let some = item_size_listing(&item, &mut book(), listed).unwrap();
            prop_assert_eq!(full.bytes, some.bytes);
            for (a, b) in full.attributes.iter().zip(&some.attributes) {
                prop_assert_eq!(a.bytes, b.bytes);
            }
            let listed_bytes: u64 = some.attributes.iter().map(|a| a.bytes).sum();
            prop_assert_eq!(listed_bytes + some.unlisted_bytes, some.bytes);
            prop_assert_eq!(
                some.attributes.len() as u64 + some.unlisted,
                full.attributes.len() as u64
            );
            some.attributes.iter().for_each(check_node);
        }

        /// An item's size is the sum of its attributes, each sized as an item of its own,
        /// and every collection is its parts plus its overheads.
        #[test]
        fn prop_item_size_is_additive(
            attributes in prop::collection::btree_map("[a-z]{1,6}", json(), 0..6)
        ) {
            let text = serde_json::Value::Object(attributes.clone().into_iter().collect()).to_string();
            let whole = size_of(&text);
            let mut sum = 0;
            for (name, value) in attributes {
                let one = serde_json::json!({ name: value }).to_string();
                sum += size_of(&one).bytes;
            }
            prop_assert_eq!(whole.bytes, sum);
            whole.attributes.iter().for_each(check_node);
        }

        /// Zeros around the significant digits, a sign, a point and an exponent do not
        /// change the count; the size is ceil(digits / 2) + 1.
        #[test]
        fn prop_numbers_count_significant_digits(
            core in "[1-9]([0-9]{0,34}[1-9])?",
            leading in 0usize..4,
            trailing in 0usize..4,
            point in 0usize..40,
            negative: bool,
            exponent in prop::option::of(-130i32..126),
        ) {
            let mut digits = format!("{}{core}{}", "0".repeat(leading), "0".repeat(trailing));
            let at = point.min(digits.len());
            if at > 0 && at < digits.len() {
                digits.insert(at, '.');
            }
            let text = format!(
                "{}{digits}{}",
                if negative { "-" } else { "" },
                exponent.map_or_else(String::new, |e| format!("E{e}"))
            );
            let n = core.len() as u64;
            prop_assert_eq!(significant_digits(&text), Some(n), "{}", text);
            let item = format!(r#"{{"n": {{"N": "{text}"}}}}"#);
            prop_assert_eq!(size_of(&item).bytes, 1 + n.div_ceil(2) + 1);
        }

        /// The raw length of base64 is the length of the bytes encoded.
        #[test]
        fn prop_base64_length_is_the_raw_length(bytes in prop::collection::vec(any::<u8>(), 0..64)) {
            const ALPHABET: &[u8; 64] =
                b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
            let mut text = String::new();
            for chunk in bytes.chunks(3) {
                let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
                let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
                for i in 0..4 {
                    if i <= chunk.len() {
                        text.push(ALPHABET[(n >> (18 - 6 * i)) as usize & 63] as char);
                    } else {
                        text.push('=');
                    }
                }
            }
            prop_assert_eq!(base64_len(&text), Some(bytes.len() as u64));
        }

        /// No text, however odd, panics the reader.
        #[test]
        fn prop_any_text_reads_or_is_refused(text in ".{0,40}") {
            if let Ok(item) = parse_item(&text, "t") {
                let _ = item_size(&item, &mut book());
            }
        }
    }
}
