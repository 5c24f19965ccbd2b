//! Amazon S3: storage classes, minimum storage durations and early-deletion billing,
//! small-object billing, lifecycle rule checks and timelines.
//!
//! Sources (each fact in `facts/s3.rs` carries its own):
//! - storage classes: <https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage-class-intro.html>
//! - lifecycle transitions: <https://docs.aws.amazon.com/AmazonS3/latest/userguide/lifecycle-transition-general-considerations.html>
//! - retrieval: <https://docs.aws.amazon.com/AmazonS3/latest/userguide/restoring-objects-retrieval-options.html>
//! - Intelligent-Tiering access tiers: <https://docs.aws.amazon.com/AmazonS3/latest/userguide/intelligent-tiering-overview.html>
//!
//! Sizes: S3 writes "KB" without saying 1,000 or 1,024; awscalc reads every S3 KB as 1,024
//! bytes (`docs/s3.md`), and a bare number is bytes, as in S3's own size filters.

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

use std::fmt;
use std::str::FromStr;

use jiff::civil::Date;
use rust_decimal::Decimal;

use crate::error::Error;
use crate::facts::s3 as fact;
use crate::facts::FactId;
use crate::facts::{DatePrecision, FactBook};
use crate::units::{KbConvention, Size, SizeUnit, Whole};

/// An optional date as `YYYY-MM-DD` (or null), for `Serialize` derives.
#[allow(
    clippy::ref_option,
    clippy::trivially_copy_pass_by_ref,
    reason = "serde's serialize_with passes a reference to the field"
)]
pub(crate) fn optional_date<S: serde::Serializer>(
    date: &Option<Date>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match date {
        Some(date) => serializer.collect_str(date),
        None => serializer.serialize_none(),
    }
}

/// A date as `YYYY-MM-DD`, for `Serialize` derives.
#[allow(
    clippy::trivially_copy_pass_by_ref,
    reason = "serde's serialize_with passes a reference to the field"
)]
pub(crate) fn date_text<S: serde::Serializer>(
    date: &Date,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.collect_str(date)
}

/// A storage class as its API name (`STANDARD_IA`), for `Serialize` derives.
#[allow(
    clippy::trivially_copy_pass_by_ref,
    reason = "serde's serialize_with passes a reference to the field"
)]
pub(crate) fn class_id<S: serde::Serializer>(
    class: &StorageClass,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(class.api_name())
}

/// Storage classes as their API names, for `Serialize` derives.
pub(crate) fn class_ids<S: serde::Serializer>(
    classes: &[StorageClass],
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.collect_seq(classes.iter().map(|c| c.api_name()))
}

/// Why an S3 question has no answer: an S3 rule or limit it breaks. The words are
/// [`crate::explain::s3`]'s.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// `s3 prefixes` on a date before S3 stated a request rate per prefix.
    NoPrefixRateYet {
        /// The question's date.
        as_of: Date,
        /// The day S3 first stated one, where the registry knows it.
        since: Option<Date>,
        /// The key-naming guidance before then, GET and PUT per second, where known.
        guidance: Option<(Decimal, Decimal)>,
    },
    /// `s3 prefixes` with neither rate nor a prefix count.
    NoRate,
    /// `s3 early-delete --entered A --left B` with B before A.
    LeavesBeforeEntering {
        /// The class.
        class: StorageClass,
        /// Age when it entered.
        entered: u32,
        /// Age when it left.
        left: u32,
    },
    /// A storage class asked of a date before it came.
    ClassNotYet {
        /// The class.
        class: StorageClass,
        /// The question's date, `YYYY-MM-DD`.
        as_of: String,
        /// The day the class came and how exactly it is known, where awscalc knows it.
        launch: Option<(Date, DatePrecision)>,
    },
    /// A lifecycle rule with no action.
    NoAction,
    /// A lifecycle rule with more than one expiration.
    TwoExpirations {
        /// How many were given.
        count: usize,
    },
    /// An eligible time after 9999-12-31, the last day RFC 3339 writes.
    PastLastDay {
        /// The creation time, UTC.
        created: jiff::civil::DateTime,
        /// The rule's days.
        days: u32,
        /// The most days that still fit this creation time; `None` when none does.
        fitting: Option<u32>,
    },
    /// `s3 design --reads-per-month` without a price it needs: for each kind of price, the
    /// classes the valid rules use that have none.
    MissingPrices {
        /// Each kind of price with the classes missing it.
        missing: Vec<(design::PriceKind, Vec<StorageClass>)>,
    },
    /// `s3 design`: a price given twice for one class.
    PriceTwice {
        /// The kind of price.
        kind: design::PriceKind,
        /// The class.
        class: StorageClass,
    },
    /// `s3 design --reads-per-month` without the object size each read retrieves.
    ReadsWithoutSize,
    /// `s3 transfer` with only one of a device's capacity and its turnaround.
    DeviceNeedsBoth,
    /// `s3 multipart --objects` for an upload that breaks one of S3's multipart limits.
    UploadBeyondMultipart {
        /// The object size.
        size: Size,
    },
    /// Configured days of an optional Intelligent-Tiering archive tier outside what a
    /// configuration takes on the question's date (API `Tiering.Days`).
    TierDaysOutOfRange {
        /// [`tiering::AccessTier::ArchiveAccess`] or
        /// [`tiering::AccessTier::DeepArchiveAccess`].
        tier: tiering::AccessTier,
        /// The days as given.
        input: String,
        /// The fewest days the tier takes.
        min: u32,
        /// The most.
        max: u32,
    },
    /// A creation time that cannot be read.
    BadCreated {
        /// The time as typed.
        input: String,
        /// What is wrong with it.
        fault: timing::TimeFault,
    },
    /// A lifecycle configuration file that is not JSON.
    ConfigNotJson {
        /// The line where the text stops being JSON, trimmed, at most 60 characters.
        input: String,
        /// That line, counted from 1.
        line: usize,
        /// The column.
        column: usize,
        /// serde_json's reason, without its position.
        reason: String,
    },
    /// Elements of a lifecycle configuration that S3 takes only one at a time, given
    /// together (`Filter` with `Prefix` and `ObjectSizeGreaterThan`).
    ElementsTogether {
        /// Where in the configuration: `Rules[0].Filter`.
        path: String,
        /// The ID of the rule, when it has one.
        rule: Option<String>,
        /// The elements given, as AWS spells them.
        given: Vec<&'static str>,
        /// The elements S3 takes one of.
        element: TogetherIn,
    },
    /// A rule of a lifecycle configuration that cannot be checked: the rule's error, with
    /// the rule named.
    InRule {
        /// The rule's `ID`, or its place (`Rules[2]`) when it has none.
        name: String,
        /// Whether `name` is the rule's `ID`.
        id_given: bool,
        /// What is wrong with the rule.
        error: Box<Error>,
    },
}

impl Problem {
    /// `aws_limit` for a limit broken, `conflict` for a combination that cannot be.
    #[must_use]
    pub fn kind(&self) -> &'static str {
        match self {
            Problem::ClassNotYet { .. } => "not_yet_available",
            Problem::InRule { error, .. } if in_rule_not_yet(error) => "not_yet_available",
            Problem::NoPrefixRateYet { .. }
            | Problem::NoRate
            | Problem::LeavesBeforeEntering { .. }
            | Problem::NoAction
            | Problem::TwoExpirations { .. }
            | Problem::PastLastDay { .. }
            | Problem::MissingPrices { .. }
            | Problem::PriceTwice { .. }
            | Problem::ReadsWithoutSize
            | Problem::DeviceNeedsBoth
            | Problem::UploadBeyondMultipart { .. }
            | Problem::InRule { .. } => "conflict",
            Problem::TierDaysOutOfRange { .. }
            | Problem::BadCreated { .. }
            | Problem::ConfigNotJson { .. }
            | Problem::ElementsTogether { .. } => "invalid",
        }
    }

    /// The value at fault, where the error names one: the date a class did not exist on.
    #[must_use]
    pub fn value(&self) -> Option<&str> {
        match self {
            Problem::ClassNotYet { as_of, .. } => Some(as_of),
            Problem::InRule { error, .. } if in_rule_not_yet(error) => error.value(),
            Problem::TierDaysOutOfRange { input, .. }
            | Problem::BadCreated { input, .. }
            | Problem::ConfigNotJson { input, .. } => Some(input),
            _ => None,
        }
    }
}

/// Whether a rule's error is a class (or fact) asked of a date before it came: it keeps
/// that kind with the rule named; any other error of a rule is a conflict.
pub(crate) fn in_rule_not_yet(error: &Error) -> bool {
    matches!(
        error,
        Error::NotYetAvailable { .. } | Error::S3(Problem::ClassNotYet { .. })
    )
}

impl From<Problem> for Error {
    fn from(problem: Problem) -> Error {
        Error::S3(problem)
    }
}

/// The S3 storage classes a lifecycle rule can name, plus S3 Standard, where objects start.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StorageClass {
    /// S3 Standard (`STANDARD`).
    Standard,
    /// S3 Standard-IA (`STANDARD_IA`).
    StandardIa,
    /// S3 Intelligent-Tiering (`INTELLIGENT_TIERING`).
    IntelligentTiering,
    /// S3 One Zone-IA (`ONEZONE_IA`).
    OneZoneIa,
    /// S3 Glacier Instant Retrieval (`GLACIER_IR`).
    GlacierIr,
    /// S3 Glacier Flexible Retrieval (`GLACIER`).
    Glacier,
    /// S3 Glacier Deep Archive (`DEEP_ARCHIVE`).
    DeepArchive,
}

/// The element of a lifecycle rule whose parts S3 takes one at a time
/// ([`Problem::ElementsTogether`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TogetherIn {
    /// `Expiration`: `Days`, `Date` or `ExpiredObjectDeleteMarker`.
    Expiration,
    /// `Filter`: `Prefix`, `Tag`, `ObjectSizeGreaterThan`, `ObjectSizeLessThan` or `And`.
    Filter,
}

/// The accepted class names as a literal, for [`CLASS_NAMES`] and the constants built on it.
macro_rules! class_names {
    () => {
        "STANDARD, STANDARD_IA, INTELLIGENT_TIERING, ONEZONE_IA, GLACIER_IR, \
GLACIER, DEEP_ARCHIVE (or ia, it, onezone, gir, gfr, deep)"
    };
}

/// The accepted class names, for error messages.
pub const CLASS_NAMES: &str = class_names!();

/// The accepted class names where a lifecycle action is read, which may be `expire` too.
pub const CLASS_NAMES_OR_EXPIRE: &str = concat!(class_names!(), "; or `expire` for an expiration");

impl StorageClass {
    /// Every class, in waterfall order.
    pub const ALL: [StorageClass; 7] = [
        StorageClass::Standard,
        StorageClass::StandardIa,
        StorageClass::IntelligentTiering,
        StorageClass::OneZoneIa,
        StorageClass::GlacierIr,
        StorageClass::Glacier,
        StorageClass::DeepArchive,
    ];

    /// The name the S3 API uses (`STANDARD_IA`).
    #[must_use]
    pub fn api_name(self) -> &'static str {
        match self {
            StorageClass::Standard => "STANDARD",
            StorageClass::StandardIa => "STANDARD_IA",
            StorageClass::IntelligentTiering => "INTELLIGENT_TIERING",
            StorageClass::OneZoneIa => "ONEZONE_IA",
            StorageClass::GlacierIr => "GLACIER_IR",
            StorageClass::Glacier => "GLACIER",
            StorageClass::DeepArchive => "DEEP_ARCHIVE",
        }
    }

    /// The name AWS's documentation uses (`S3 Standard-IA`).
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            StorageClass::Standard => "S3 Standard",
            StorageClass::StandardIa => "S3 Standard-IA",
            StorageClass::IntelligentTiering => "S3 Intelligent-Tiering",
            StorageClass::OneZoneIa => "S3 One Zone-IA",
            StorageClass::GlacierIr => "S3 Glacier Instant Retrieval",
            StorageClass::Glacier => "S3 Glacier Flexible Retrieval",
            StorageClass::DeepArchive => "S3 Glacier Deep Archive",
        }
    }

    /// The fact holding the class's minimum storage duration; `None` for S3 Standard.
    #[must_use]
    pub fn min_days_fact(self) -> Option<FactId> {
        Some(match self {
            StorageClass::Standard => return None,
            StorageClass::StandardIa => fact::MIN_DAYS_STANDARD_IA,
            StorageClass::IntelligentTiering => fact::MIN_DAYS_INTELLIGENT_TIERING,
            StorageClass::OneZoneIa => fact::MIN_DAYS_ONEZONE_IA,
            StorageClass::GlacierIr => fact::MIN_DAYS_GLACIER_IR,
            StorageClass::Glacier => fact::MIN_DAYS_GLACIER,
            StorageClass::DeepArchive => fact::MIN_DAYS_DEEP_ARCHIVE,
        })
    }

    /// The fact holding the class's designed availability.
    #[must_use]
    pub fn availability_fact(self) -> FactId {
        match self {
            StorageClass::Standard => fact::AVAILABILITY_STANDARD,
            StorageClass::StandardIa => fact::AVAILABILITY_STANDARD_IA,
            StorageClass::IntelligentTiering => fact::AVAILABILITY_INTELLIGENT_TIERING,
            StorageClass::OneZoneIa => fact::AVAILABILITY_ONEZONE_IA,
            StorageClass::GlacierIr => fact::AVAILABILITY_GLACIER_IR,
            StorageClass::Glacier => fact::AVAILABILITY_GLACIER,
            StorageClass::DeepArchive => fact::AVAILABILITY_DEEP_ARCHIVE,
        }
    }

    /// Whether objects are billed at least 128 KB (Standard-IA, One Zone-IA, Glacier IR).
    #[must_use]
    pub fn has_min_billable_size(self) -> bool {
        matches!(
            self,
            StorageClass::StandardIa | StorageClass::OneZoneIa | StorageClass::GlacierIr
        )
    }

    /// Whether each object carries the 8 KB + 32 KB archive overhead (Glacier Flexible
    /// Retrieval, Deep Archive).
    #[must_use]
    pub fn has_archive_overhead(self) -> bool {
        matches!(self, StorageClass::Glacier | StorageClass::DeepArchive)
    }

    /// Standard-IA and One Zone-IA: the classes with the 30-day wait before a lifecycle
    /// transition into them (until 2026-07-16).
    #[must_use]
    pub fn is_infrequent_access(self) -> bool {
        matches!(self, StorageClass::StandardIa | StorageClass::OneZoneIa)
    }

    /// Whether S3 Lifecycle can move an object from `self` to `to`: the waterfall of
    /// lifecycle-transition-general-considerations.html. Nothing moves back up (to
    /// Standard, or from Intelligent-Tiering to Standard-IA), One Zone-IA goes only to
    /// Glacier Flexible Retrieval or Deep Archive, and Deep Archive goes nowhere.
    #[must_use]
    pub fn can_transition_to(self, to: StorageClass) -> bool {
        if self == StorageClass::OneZoneIa && to == StorageClass::GlacierIr {
            return false;
        }
        self.rank() < to.rank()
    }

    /// The classes `self` can transition to.
    #[must_use]
    pub fn targets(self) -> Vec<StorageClass> {
        StorageClass::ALL
            .into_iter()
            .filter(|&to| self.can_transition_to(to))
            .collect()
    }

    fn rank(self) -> u8 {
        match self {
            StorageClass::Standard => 0,
            StorageClass::StandardIa => 1,
            StorageClass::IntelligentTiering => 2,
            StorageClass::OneZoneIa => 3,
            StorageClass::GlacierIr => 4,
            StorageClass::Glacier => 5,
            StorageClass::DeepArchive => 6,
        }
    }

    /// The fact that dates the class: its designed availability, which has no value before
    /// the class came (`facts/s3.rs` gives every fact of a class the same launch day).
    #[must_use]
    pub fn launch_fact(self) -> FactId {
        self.availability_fact()
    }

    /// Whether the class existed on the book's date (S3 Standard always did). Not recorded
    /// as a fact used: the report names the classes it leaves out instead.
    #[must_use]
    pub fn exists(self, book: &FactBook) -> bool {
        book.peek(self.launch_fact()).is_some()
    }

    /// The day the class came and how exactly it is known; `None` for a class awscalc has
    /// no launch for (S3 Standard, S3 Glacier Flexible Retrieval).
    #[must_use]
    pub fn launch(self, book: &FactBook) -> Option<(Date, DatePrecision)> {
        let fact = book.fact(self.launch_fact()).ok()?;
        let first = fact.history.iter().find(|e| e.value.is_some())?;
        first.since.map(|since| (since, first.precision))
    }

    /// Refuses a class that did not exist on the book's date.
    ///
    /// # Errors
    /// [`Problem::ClassNotYet`] naming the class, the date and the class's launch (worded
    /// `S3 Glacier Instant Retrieval did not exist on 2017-06-01: it came on 2021-11-30`).
    pub fn check_exists(self, book: &FactBook) -> Result<(), Error> {
        if self.exists(book) {
            return Ok(());
        }
        Err(Problem::ClassNotYet {
            class: self,
            as_of: book.as_of().to_string(),
            launch: self.launch(book),
        }
        .into())
    }

    /// The classes that existed on the book's date, in waterfall order.
    #[must_use]
    pub fn existing(book: &FactBook) -> Vec<StorageClass> {
        StorageClass::ALL
            .into_iter()
            .filter(|c| c.exists(book))
            .collect()
    }

    /// The classes that came after the book's date, with their launch days, earliest
    /// first: those a list of every class leaves out.
    #[must_use]
    pub fn later(book: &FactBook) -> Vec<(StorageClass, Date, DatePrecision)> {
        let mut later: Vec<(Date, StorageClass, DatePrecision)> = StorageClass::ALL
            .into_iter()
            .filter(|c| !c.exists(book))
            .filter_map(|c| {
                c.launch(book)
                    .map(|(since, precision)| (since, c, precision))
            })
            .collect();
        later.sort_by_key(|&(since, class, _)| (since, class));
        later
            .into_iter()
            .map(|(since, class, precision)| (class, since, precision))
            .collect()
    }

    /// The minimum storage duration in days on the book's date (0 for S3 Standard).
    ///
    /// # Errors
    /// [`Error::NotYetAvailable`] for a class that did not exist yet
    /// ([`StorageClass::check_exists`]).
    pub fn min_days(self, book: &mut FactBook) -> Result<Decimal, Error> {
        self.check_exists(book)?;
        match self.min_days_fact() {
            Some(id) => book.value(id),
            None => Ok(Decimal::ZERO),
        }
    }
}

impl fmt::Display for StorageClass {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.api_name())
    }
}

impl FromStr for StorageClass {
    type Err = Error;

    /// The API names (`STANDARD_IA`) and the usual spellings, case-insensitive, with or
    /// without `S3`, spaces, `-` or `_`: `Standard-IA`, `ia`, `One Zone-IA`, `onezone`,
    /// `Glacier Instant Retrieval`, `gir`, `Glacier Flexible Retrieval`, `gfr`, `Deep
    /// Archive`, `gda`, `Intelligent-Tiering`, `it`.
    fn from_str(text: &str) -> Result<StorageClass, Error> {
        StorageClass::parse_expecting(text, CLASS_NAMES)
    }
}

impl StorageClass {
    /// As [`StorageClass`]'s `from_str`, with `expected` as the accepted forms an unknown
    /// name is refused with ([`CLASS_NAMES_OR_EXPIRE`] where a lifecycle action is read).
    pub(crate) fn parse_expecting(
        text: &str,
        expected: &'static str,
    ) -> Result<StorageClass, Error> {
        let key: String = text
            .chars()
            .filter(|c| !matches!(c, ' ' | '-' | '_'))
            .collect::<String>()
            .to_ascii_lowercase();
        let key = key.strip_prefix("s3").unwrap_or(&key);
        let key = key.strip_prefix("amazons3").unwrap_or(key);
        Ok(match key {
            "standard" | "std" => StorageClass::Standard,
            "standardia" | "ia" | "sia" | "standardinfrequentaccess" => StorageClass::StandardIa,
            "intelligenttiering" | "it" | "int" | "intelligent" => StorageClass::IntelligentTiering,
            "onezoneia" | "onezone" | "ozia" | "oz" | "onezoneinfrequentaccess" => {
                StorageClass::OneZoneIa
            }
            "glacierir" | "glacierinstantretrieval" | "gir" | "instantretrieval" => {
                StorageClass::GlacierIr
            }
            "glacier" | "glacierflexibleretrieval" | "gfr" | "flexibleretrieval" => {
                StorageClass::Glacier
            }
            "deeparchive" | "glacierdeeparchive" | "gda" | "deep" => StorageClass::DeepArchive,
            _ => {
                let reason: &'static str = if key.is_empty() {
                    "it is empty"
                } else {
                    "no S3 storage class has that name"
                };
                return Err(Error::Invalid {
                    what: "storage class",
                    input: text.trim().to_string(),
                    reason: reason.into(),
                    expected: expected.into(),
                });
            }
        })
    }
}

/// The largest day count accepted: 100,000 days (about 274 years).
pub const MAX_DAYS: u32 = 100_000;

/// A whole number of days, 0 or more, up to [`MAX_DAYS`]: `30`, `0`, `1_000`
/// ([`Whole::parse`]).
///
/// # Errors
/// As [`Whole::parse`].
pub fn parse_days(text: &str, what: &'static str) -> Result<u32, Error> {
    let days = Whole {
        what,
        min: 0,
        max: u128::from(MAX_DAYS),
        unit: " days",
    }
    .parse(text)?;
    Ok(u32::try_from(days).unwrap_or(MAX_DAYS))
}

/// An object size in whole bytes: `50kb` (KB = 1,024 bytes), `131072` (a bare number is
/// bytes), `1.5mb`.
///
/// # Errors
/// [`Error::TooLarge`] above 1 EiB, [`Error::NotWhole`] for a fraction of a byte.
pub fn object_bytes(size: &Size, convention: KbConvention) -> Result<Decimal, Error> {
    let bytes = size.bytes(SizeUnit::Byte, convention)?;
    if !bytes.fract().is_zero() {
        return Err(Error::NotWhole {
            what: "object size in bytes",
            input: size.text().to_string(),
        });
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_parse_from_api_and_usual_names() {
        for (text, class) in [
            ("STANDARD_IA", StorageClass::StandardIa),
            ("Standard-IA", StorageClass::StandardIa),
            ("s3 standard ia", StorageClass::StandardIa),
            ("ONEZONE_IA", StorageClass::OneZoneIa),
            ("One Zone-IA", StorageClass::OneZoneIa),
            ("GLACIER_IR", StorageClass::GlacierIr),
            ("Glacier Instant Retrieval", StorageClass::GlacierIr),
            ("GLACIER", StorageClass::Glacier),
            ("glacier flexible retrieval", StorageClass::Glacier),
            ("DEEP_ARCHIVE", StorageClass::DeepArchive),
            ("S3 Glacier Deep Archive", StorageClass::DeepArchive),
            ("INTELLIGENT_TIERING", StorageClass::IntelligentTiering),
            ("it", StorageClass::IntelligentTiering),
            ("standard", StorageClass::Standard),
        ] {
            assert_eq!(text.parse::<StorageClass>().unwrap(), class, "{text}");
            assert_eq!(
                class.api_name().parse::<StorageClass>().unwrap(),
                class,
                "{class} round-trips"
            );
        }
        let err = "REDUCED_REDUNDANCY"
            .parse::<StorageClass>()
            .unwrap_err()
            .to_string();
        assert!(err.contains("`REDUCED_REDUNDANCY`"), "{err}");
        assert!(err.contains("STANDARD_IA"), "{err}");
    }

    /// lifecycle-transition-general-considerations.html, "Supported lifecycle transitions".
    #[test]
    fn the_waterfall_matches_aws_list() {
        use StorageClass::*;
        assert_eq!(Standard.targets().len(), 6, "Standard goes anywhere");
        assert_eq!(
            StandardIa.targets(),
            vec![
                IntelligentTiering,
                OneZoneIa,
                GlacierIr,
                Glacier,
                DeepArchive
            ]
        );
        assert_eq!(
            IntelligentTiering.targets(),
            vec![OneZoneIa, GlacierIr, Glacier, DeepArchive]
        );
        assert_eq!(OneZoneIa.targets(), vec![Glacier, DeepArchive]);
        assert_eq!(GlacierIr.targets(), vec![Glacier, DeepArchive]);
        assert_eq!(Glacier.targets(), vec![DeepArchive]);
        assert!(DeepArchive.targets().is_empty());
        for class in StorageClass::ALL {
            assert!(
                !class.can_transition_to(Standard),
                "nothing goes back to Standard"
            );
        }
        assert!(!IntelligentTiering.can_transition_to(StandardIa));
        assert!(!OneZoneIa.can_transition_to(StandardIa));
    }

    /// The launch days, from the S3 User Guide document history: Standard-IA 2015-09-16,
    /// One Zone-IA 2018-04-04, Intelligent-Tiering 2018-11-26, Deep Archive 2019-03-27,
    /// Glacier Instant Retrieval 2021-11-30. Standard and Glacier have none in awscalc.
    pub(crate) const LAUNCHES: [(StorageClass, Date); 5] = [
        (StorageClass::StandardIa, jiff::civil::date(2015, 9, 16)),
        (StorageClass::OneZoneIa, jiff::civil::date(2018, 4, 4)),
        (
            StorageClass::IntelligentTiering,
            jiff::civil::date(2018, 11, 26),
        ),
        (StorageClass::DeepArchive, jiff::civil::date(2019, 3, 27)),
        (StorageClass::GlacierIr, jiff::civil::date(2021, 11, 30)),
    ];

    fn on(day: Date) -> FactBook {
        FactBook::new(crate::facts::Registry::builtin(), day)
    }

    #[test]
    fn each_class_exists_from_its_launch_day() {
        for (class, launch) in LAUNCHES {
            let before = launch.yesterday().unwrap();
            assert_eq!(
                class.launch(&on(before)),
                Some((launch, DatePrecision::Day))
            );
            assert!(!class.exists(&on(before)), "{class} on {before}");
            assert!(class.exists(&on(launch)), "{class} on {launch}");
            let err = class.check_exists(&on(before)).unwrap_err();
            assert_eq!(err.kind(), "not_yet_available");
            assert_eq!(
                err.to_string(),
                format!(
                    "{} did not exist on {before}: it came on {launch}",
                    class.name()
                )
            );
            assert!(class.check_exists(&on(launch)).is_ok());
            // The minimum storage duration is refused the same way, naming the class.
            let err = class.min_days(&mut on(before)).unwrap_err().to_string();
            assert!(err.starts_with(class.name()), "{err}");
        }
        let err = StorageClass::GlacierIr
            .check_exists(&on(jiff::civil::date(2017, 6, 1)))
            .unwrap_err()
            .to_string();
        assert_eq!(
            err,
            "S3 Glacier Instant Retrieval did not exist on 2017-06-01: it came on 2021-11-30"
        );
        for class in [StorageClass::Standard, StorageClass::Glacier] {
            assert_eq!(class.launch(&on(jiff::civil::date(2000, 1, 1))), None);
            assert!(class.exists(&on(jiff::civil::date(2000, 1, 1))));
        }
    }

    /// Every fact of a class (its minimum duration, its availability, One Zone-IA's zone
    /// count, Deep Archive's restore times) first has a value on the class's launch day, so
    /// no command reads a value of a class that did not exist.
    #[test]
    fn a_class_facts_all_start_on_its_launch_day() {
        let registry = crate::facts::Registry::builtin();
        for (class, launch) in LAUNCHES {
            let mut ids = vec![class.availability_fact()];
            ids.extend(class.min_days_fact());
            match class {
                StorageClass::OneZoneIa => ids.push(fact::AZS_ONE_ZONE),
                StorageClass::DeepArchive => ids.extend([
                    fact::RESTORE_DEEP_STANDARD_MAX_MINUTES,
                    fact::RESTORE_DEEP_BULK_MAX_MINUTES,
                ]),
                _ => {}
            }
            for id in ids {
                let fact = registry.get(id.as_str()).unwrap();
                let first = fact.history.iter().find(|e| e.value.is_some()).unwrap();
                assert_eq!(first.since, Some(launch), "{id}");
                assert_eq!(
                    fact.entry_at(launch.yesterday().unwrap()).value,
                    None,
                    "{id}"
                );
            }
        }
    }

    /// The classes each date lists, and the note naming the later ones by launch day.
    #[test]
    fn the_existing_classes_follow_the_date() {
        use StorageClass::*;
        let names = |day| {
            StorageClass::existing(&on(day))
                .iter()
                .map(|c| c.api_name())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            names(jiff::civil::date(2015, 9, 15)),
            ["STANDARD", "GLACIER"]
        );
        assert_eq!(
            names(jiff::civil::date(2017, 6, 1)),
            ["STANDARD", "STANDARD_IA", "GLACIER"]
        );
        assert_eq!(
            StorageClass::existing(&on(jiff::civil::date(2021, 11, 29))).len(),
            6
        );
        assert_eq!(
            StorageClass::existing(&on(jiff::civil::date(2021, 11, 30))),
            StorageClass::ALL
        );
        let later = |day| {
            StorageClass::later(&on(day))
                .into_iter()
                .map(|(class, since, _)| (class, since))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            later(jiff::civil::date(2018, 11, 26)),
            [
                (DeepArchive, jiff::civil::date(2019, 3, 27)),
                (GlacierIr, jiff::civil::date(2021, 11, 30))
            ]
        );
        assert!(later(jiff::civil::date(2021, 11, 30)).is_empty());
        assert!(!GlacierIr.exists(&on(jiff::civil::date(2021, 11, 29))));
    }

    #[test]
    fn days_are_whole_and_not_negative() {
        assert_eq!(parse_days("0", "day").unwrap(), 0);
        assert_eq!(parse_days("030", "day").unwrap(), 30);
        assert_eq!(parse_days("1_000", "day").unwrap(), 1000);
        for (bad, why) in [
            (
                "-1",
                "it cannot be negative; expected a whole number from 0 to 100,000",
            ),
            ("1.5", "must be a whole number"),
            ("", "it is empty"),
            ("x", "it is not a whole number"),
            ("30d", "it is not a whole number"),
        ] {
            let err = parse_days(bad, "day").unwrap_err().to_string();
            assert!(err.contains(&format!("`{bad}`")), "{bad}: {err}");
            assert!(err.contains(why), "{bad}: {err}");
        }
        assert!(parse_days("100001", "day")
            .unwrap_err()
            .to_string()
            .contains("100,000 days"));
        assert!(parse_days("99999999999999999999999", "day").is_err());
    }
}
