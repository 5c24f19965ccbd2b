//! Amazon S3 in words: the reports for `awscalc s3 …`, built from the typed results of
//! [`crate::calc::s3`], and the wording of its [`Problem`]s.
//!
//! One file per concern: [`billing`] (early deletion, small objects), [`classes`] (the
//! storage class table), [`config`] (lifecycle configuration files), [`lifecycle`]
//! (lifecycle rules in the short syntax), [`restore`] (retrieval tiers), [`tiering`]
//! (Intelligent-Tiering access tiers), [`timing`] (when
//! an action becomes due), [`transfer`] (prefixes, multipart upload); and here the words
//! they share.

use std::fmt;

use jiff::civil::Date;
use rust_decimal::Decimal;

use crate::calc::s3::config::SHAPE as CONFIG_SHAPE;
use crate::calc::s3::tiering::AccessTier;
use crate::calc::s3::timing::CREATED_FORMS;
use crate::calc::s3::{Problem, StorageClass, TogetherIn};
use crate::error::Error;
use crate::facts::s3 as fact;
use crate::facts::{DatePrecision, FactBook};
use crate::report::{Report, Value};
use crate::units::{group, KbConvention, Size, SizeUnit};

pub mod billing;
pub mod classes;
pub mod config;
pub mod design;
pub mod lifecycle;
pub mod network;
pub mod requests;
pub mod restore;
pub mod tiering;
pub mod timing;
pub mod transfer;

/// `a`, `a and b`, `a, b and c`.
#[must_use]
pub fn and_list<S: AsRef<str>>(items: &[S]) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_string(),
        [rest @ .., last] => format!(
            "{} and {}",
            rest.iter()
                .map(AsRef::as_ref)
                .collect::<Vec<_>>()
                .join(", "),
            last.as_ref()
        ),
    }
}

/// `128 KB`, `40 KB`, `5 GiB`: a byte count in S3's words (KB = 1,024 bytes).
#[must_use]
pub fn bytes_label(bytes: Decimal) -> String {
    let kib = Decimal::from(1024);
    let mut value = bytes;
    for unit in ["bytes", "KB", "MiB", "GiB", "TiB"] {
        if value < kib || !(value % kib).is_zero() {
            return if unit == "bytes" {
                format!("{} bytes", group(value))
            } else {
                format!("{} {unit}", group(value))
            };
        }
        value /= kib;
    }
    format!("{} PiB", group(value))
}

/// The `object_size` input: the size as given and as bytes.
pub(crate) fn object_size_input(report: &mut Report, size: &Size, bytes: Decimal) {
    report.input(
        "object_size",
        size.text(),
        size_understood(size, bytes),
        Value::Map(vec![
            ("given".into(), Value::text(size.text().to_owned())),
            ("bytes".into(), Value::from(bytes)),
        ]),
    );
}

/// `50 KB × 1,024 = 51,200 bytes`, or `51,200 bytes`.
#[must_use]
pub fn size_understood(size: &Size, bytes: Decimal) -> String {
    match size.unit() {
        None | Some(SizeUnit::Byte) => format!("{} bytes", group(bytes)),
        Some(unit) => format!(
            "{} {} × {} = {} bytes",
            group(size.value()),
            unit.symbol(),
            group(unit.bytes(KbConvention::Binary)),
            group(bytes)
        ),
    }
}

/// `5 min`, `3 h`, `90 min`: minutes in the unit AWS would use.
#[must_use]
pub fn minutes_label(minutes: Decimal) -> String {
    let hour = Decimal::from(60);
    if minutes >= hour && (minutes % hour).is_zero() {
        format!("{} h", group(minutes / hour))
    } else {
        format!("{} min", group(minutes))
    }
}

/// A retrieval tier's typical times: `Expedited 1–5 min`, `Standard within 12 h`,
/// `GET, milliseconds (no restore)`.
#[must_use]
pub fn tier_times(tier: &str, min: Option<Decimal>, max: Option<Decimal>) -> String {
    match (min, max) {
        (_, None) => format!("{tier}, milliseconds (no restore)"),
        (None, Some(max)) => format!("{tier} within {}", minutes_label(max)),
        (Some(min), Some(max)) if min >= Decimal::from(60) => format!(
            "{tier} {}–{}",
            group(min / Decimal::from(60)),
            minutes_label(max)
        ),
        (Some(min), Some(max)) => format!("{tier} {}–{}", group(min), minutes_label(max)),
    }
}

/// A class's launch day in words: `2021-11-30`, with what kind of day it is where that is
/// a bound.
#[must_use]
pub fn launch_text(class: StorageClass, book: &FactBook) -> Option<String> {
    class
        .launch(book)
        .map(|(since, precision)| precision.describe(since))
}

/// `it came on 2021-11-30`, or that awscalc has no date for the class.
fn came(launch: Option<(Date, DatePrecision)>) -> String {
    launch.map_or_else(
        || "awscalc has no date for it".to_string(),
        |(since, precision)| format!("it came on {}", precision.describe(since)),
    )
}

/// For a list of every class: a note naming the classes left out because they came after
/// the book's date, with their launch days; `None` when every class existed.
#[must_use]
pub fn later_classes_note(book: &FactBook) -> Option<String> {
    let later = StorageClass::later(book);
    if later.is_empty() {
        return None;
    }
    let named: Vec<String> = later
        .iter()
        .map(|&(class, since, precision)| {
            format!("{} ({})", class.name(), precision.describe(since))
        })
        .collect();
    Some(format!(
        "only the storage classes that existed on {} are listed; later came {}",
        book.as_of(),
        and_list(&named)
    ))
}

/// When S3 Lifecycle stopped transitioning small objects to any class by default, as a
/// sentence says it (`September 2024`): the dated entry of
/// `s3.lifecycle_min_archive_transition_bytes`.
#[must_use]
pub fn small_object_default_since(book: &FactBook) -> String {
    book.fact(fact::LIFECYCLE_MIN_ARCHIVE_TRANSITION_BYTES)
        .ok()
        .and_then(|fact| {
            fact.history
                .iter()
                .find_map(|e| e.since.map(|d| e.precision.when(d)))
        })
        .unwrap_or_else(|| "a change awscalc has not dated".into())
}

/// `rule `archive``, or `rule Rules[2]` for a rule with no `ID`.
#[must_use]
pub fn rule_label(name: &str, id_given: bool) -> String {
    if id_given {
        format!("rule `{name}`")
    } else {
        format!("rule {name}")
    }
}

/// The option that gives a kind of price to `s3 design`.
#[must_use]
pub fn price_option(kind: crate::calc::s3::design::PriceKind) -> &'static str {
    use crate::calc::s3::design::PriceKind;
    match kind {
        PriceKind::Storage => "--price-storage",
        PriceKind::Retrieval => "--price-retrieval",
        PriceKind::Requests => "--price-request",
    }
}

/// What a rule's not-yet-available error allows instead, with the rule named.
fn in_rule_history(error: &Error) -> Option<String> {
    match error {
        Error::NotYetAvailable { history, .. } => Some(history.clone()),
        Error::S3(Problem::ClassNotYet { launch, .. }) => Some(came(*launch)),
        _ => None,
    }
}

impl Problem {
    /// What is allowed instead, in words, where the error says: the day a class came.
    #[must_use]
    pub fn allowed(&self) -> Option<String> {
        match self {
            Problem::ClassNotYet { launch, .. } => Some(came(*launch)),
            Problem::InRule {
                name,
                id_given,
                error,
            } => in_rule_history(error)
                .map(|history| format!("{history} ({})", rule_label(name, *id_given))),
            Problem::TierDaysOutOfRange { min, max, .. } => Some(tier_days_allowed(*min, *max)),
            Problem::ElementsTogether { element, .. } => Some(together_allowed(*element).into()),
            Problem::ConfigNotJson { .. } => Some(CONFIG_SHAPE.into()),
            Problem::BadCreated { .. } => Some(CREATED_FORMS.into()),
            _ => None,
        }
    }
}

/// What an Intelligent-Tiering archive tier takes: `whole days from 90 to 730 (API
/// Tiering.Days)`.
fn tier_days_allowed(min: u32, max: u32) -> String {
    format!("whole days from {min} to {max} (API Tiering.Days)")
}

/// What S3 takes of the elements given together in a lifecycle rule.
fn together_allowed(element: TogetherIn) -> &'static str {
    match element {
        TogetherIn::Expiration => {
            "one of Days, Date or ExpiredObjectDeleteMarker (S3 takes ExpiredObjectDeleteMarker \
             only without Days or Date)"
        }
        TogetherIn::Filter => {
            "exactly one of Prefix, Tag, ObjectSizeGreaterThan, ObjectSizeLessThan or And (to \
             match on more than one, put them all in And)"
        }
    }
}

/// The configured days of an optional archive tier, as its option is named in words.
fn tier_days_what(tier: AccessTier) -> &'static str {
    match tier {
        AccessTier::DeepArchiveAccess => "deep archive access days",
        _ => "archive access days",
    }
}

impl fmt::Display for Problem {
    #[allow(clippy::too_many_lines)] // one message per problem
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::ClassNotYet {
                class,
                as_of,
                launch,
            } => write!(
                f,
                "{} did not exist on {as_of}: {}",
                class.name(),
                came(*launch)
            ),
            Problem::MissingPrices { missing } => {
                let parts: Vec<String> = missing
                    .iter()
                    .map(|(kind, classes)| {
                        let names: Vec<&str> = classes.iter().map(|c| c.api_name()).collect();
                        format!("{} for {}", price_option(*kind), names.join(", "))
                    })
                    .collect();
                write!(
                    f,
                    "--reads-per-month ranks by cost from your prices, and awscalc holds none: \
                     give {} (CLASS=PRICE, repeated; 0 where a class has no such charge)",
                    parts.join("; ")
                )
            }
            Problem::PriceTwice { kind, class } => write!(
                f,
                "{} is given twice for {}: give each class once",
                price_option(*kind),
                class.api_name()
            ),
            Problem::ReadsWithoutSize => {
                f.write_str("--reads-per-month needs --size: the GB each read retrieves")
            }
            Problem::DeviceNeedsBoth => f.write_str(
                "the device comparison needs both --device-capacity and --turnaround: AWS \
                 documents no end-to-end turnaround or usable capacity to assume",
            ),
            Problem::UploadBeyondMultipart { size } => write!(
                f,
                "the upload of `{size}` breaks one of S3's multipart limits: ask `awscalc s3 \
                 multipart --size {size}` without --objects for the limit and a part size that \
                 fits"
            ),
            Problem::TierDaysOutOfRange {
                tier,
                input,
                min,
                max,
            } => crate::explain::invalid_input(
                f,
                tier_days_what(*tier),
                input,
                "outside what an Intelligent-Tiering configuration takes",
                tier_days_allowed(*min, *max),
            ),
            Problem::BadCreated { input, fault } => {
                crate::explain::invalid_input(f, "creation time", input, fault, CREATED_FORMS)
            }
            Problem::ConfigNotJson {
                input,
                line,
                column,
                reason,
            } => crate::explain::invalid_input(
                f,
                "lifecycle configuration",
                input,
                format_args!("not JSON (line {line}, column {column}: {reason})"),
                CONFIG_SHAPE,
            ),
            Problem::ElementsTogether {
                path,
                rule,
                given,
                element,
            } => crate::explain::invalid_at(
                f,
                "lifecycle configuration",
                path,
                rule.as_deref(),
                format_args!("{} are given together", given.join(" and ")),
                together_allowed(*element),
            ),
            Problem::NoAction => f.write_str(
                "a lifecycle rule needs at least one action, like GLACIER:90 or expire:365",
            ),
            Problem::TwoExpirations { count } => write!(
                f,
                "a lifecycle rule has at most one expiration, and {count} were given: keep the \
                 earliest"
            ),
            Problem::PastLastDay {
                created,
                fitting: None,
                ..
            } => write!(
                f,
                "an object created {} is eligible at 10000-01-01 00:00 UTC at the earliest (0 \
                 days: the next midnight), past the year 9999, the last RFC 3339 writes: no \
                 number of days fits this creation time",
                timing::utc_text(*created)
            ),
            Problem::PastLastDay {
                created,
                days,
                fitting: Some(max),
            } => {
                let unit = |n: u32| if n == 1 { "day" } else { "days" };
                write!(
                    f,
                    "{} {} after {} is eligible past the year 9999, the last RFC 3339 writes: at \
                     most {} {} fit this creation time",
                    group(Decimal::from(*days)),
                    unit(*days),
                    timing::utc_text(*created),
                    group(Decimal::from(*max)),
                    unit(*max)
                )
            }
            Problem::InRule {
                name,
                id_given,
                error,
            } => {
                let label = rule_label(name, *id_given);
                match &**error {
                    Error::NotYetAvailable {
                        name,
                        as_of,
                        history,
                    } => write!(f, "{name} did not exist on {as_of}: {history} ({label})"),
                    Error::S3(Problem::ClassNotYet {
                        class,
                        as_of,
                        launch,
                    }) => write!(
                        f,
                        "{} did not exist on {as_of}: {} ({label})",
                        class.name(),
                        came(*launch)
                    ),
                    other => write!(f, "{label}: {other}"),
                }
            }
            Problem::NoPrefixRateYet {
                as_of, since: None, ..
            } => write!(
                f,
                "S3 stated no per-prefix request rate on {as_of}; use a later --as-of"
            ),
            Problem::NoPrefixRateYet {
                as_of,
                since: Some(since),
                guidance,
            } => {
                write!(f, "before {since} S3 stated no per-prefix request rate")?;
                if let Some((get, put)) = guidance {
                    write!(
                        f,
                        ": it advised random key name prefixes for a bucket routinely above {} \
                         GET or {} PUT/LIST/DELETE requests per second, guidance on key names \
                         and not a rate per prefix",
                        group(*get),
                        group(*put)
                    )?;
                }
                write!(
                    f,
                    "; use --as-of {since} or later (--as-of {as_of} was given)"
                )
            }
            Problem::NoRate => f.write_str(
                "give --get RATE, --put RATE or both (like --get 30000/s), or --prefixes N",
            ),
            Problem::LeavesBeforeEntering {
                class,
                entered,
                left,
            } => write!(
                f,
                "the object leaves on day `{left}`, before it enters {} on day `{entered}`: \
                 give --left {entered} or later",
                class.api_name()
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::Registry;

    fn on(day: Date) -> FactBook {
        FactBook::new(Registry::builtin(), day)
    }

    #[test]
    fn lists_read_in_prose() {
        assert_eq!(and_list::<&str>(&[]), "");
        assert_eq!(and_list(&["a"]), "a");
        assert_eq!(and_list(&["a", "b"]), "a and b");
        assert_eq!(and_list(&["a", "b", "c"]), "a, b and c");
    }

    #[test]
    fn byte_labels_use_the_largest_whole_unit() {
        assert_eq!(bytes_label(Decimal::from(131_072)), "128 KB");
        assert_eq!(bytes_label(Decimal::from(5_242_880)), "5 MiB");
        assert_eq!(bytes_label(Decimal::from(5_368_709_120_u64)), "5 GiB");
        assert_eq!(bytes_label(Decimal::from(1000)), "1,000 bytes");
    }

    #[test]
    fn minutes_read_in_the_unit_aws_uses() {
        assert_eq!(minutes_label(Decimal::from(5)), "5 min");
        assert_eq!(minutes_label(Decimal::from(180)), "3 h");
        assert_eq!(minutes_label(Decimal::from(90)), "90 min");
        assert_eq!(
            tier_times("Standard", Some(180.into()), Some(300.into())),
            "Standard 3–5 h"
        );
        assert_eq!(
            tier_times("Expedited", Some(1.into()), Some(5.into())),
            "Expedited 1–5 min"
        );
        assert_eq!(
            tier_times("Bulk", None, Some(2880.into())),
            "Bulk within 48 h"
        );
        assert_eq!(
            tier_times("GET", None, None),
            "GET, milliseconds (no restore)"
        );
    }

    /// The note naming the classes a list leaves out, by launch day (the S3 User Guide
    /// document history: Deep Archive 2019-03-27, Glacier Instant Retrieval 2021-11-30).
    #[test]
    fn later_classes_are_named_with_their_launch_days() {
        assert_eq!(
            later_classes_note(&on(jiff::civil::date(2018, 11, 26))).unwrap(),
            "only the storage classes that existed on 2018-11-26 are listed; later came S3 \
             Glacier Deep Archive (2019-03-27) and S3 Glacier Instant Retrieval (2021-11-30)"
        );
        assert_eq!(
            later_classes_note(&on(jiff::civil::date(2021, 11, 29))).unwrap(),
            "only the storage classes that existed on 2021-11-29 are listed; later came S3 \
             Glacier Instant Retrieval (2021-11-30)"
        );
        assert_eq!(
            later_classes_note(&on(jiff::civil::date(2021, 11, 30))),
            None
        );
    }

    /// A class before its launch, alone and inside a configuration's rule: the same words,
    /// kind and value as before, the rule named.
    #[test]
    fn a_class_not_yet_reads_the_same_inside_a_rule() {
        let day = jiff::civil::date(2017, 6, 1);
        let err = StorageClass::GlacierIr.check_exists(&on(day)).unwrap_err();
        assert_eq!(
            err.to_string(),
            "S3 Glacier Instant Retrieval did not exist on 2017-06-01: it came on 2021-11-30"
        );
        assert_eq!(
            (err.kind(), err.value()),
            ("not_yet_available", Some("2017-06-01"))
        );
        assert_eq!(err.allowed().as_deref(), Some("it came on 2021-11-30"));
        let in_rule = Error::from(Problem::InRule {
            name: "archive".into(),
            id_given: true,
            error: Box::new(err),
        });
        assert_eq!(
            in_rule.to_string(),
            "S3 Glacier Instant Retrieval did not exist on 2017-06-01: it came on 2021-11-30 \
             (rule `archive`)"
        );
        assert_eq!(in_rule.kind(), "not_yet_available");
        assert_eq!(
            in_rule.allowed().as_deref(),
            Some("it came on 2021-11-30 (rule `archive`)")
        );
        let other = Error::from(Problem::InRule {
            name: "Rules[1]".into(),
            id_given: false,
            error: Box::new(Problem::NoAction.into()),
        });
        assert_eq!(other.kind(), "conflict");
        assert!(other
            .to_string()
            .starts_with("rule Rules[1]: a lifecycle rule needs"));
    }
}
