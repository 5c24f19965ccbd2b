//! `awscalc s3 intelligent-tiering --days 100`: the access tier of S3 Intelligent-Tiering an
//! object sits in after some days without access.
//!
//! From How S3 Intelligent-Tiering works
//! (<https://docs.aws.amazon.com/AmazonS3/latest/userguide/intelligent-tiering-overview.html>):
//! an object starts in the Frequent Access tier, moves to Infrequent Access after 30
//! consecutive days without access and to Archive Instant Access after 90; the optional
//! Archive Access and Deep Archive Access tiers, when a bucket's configuration turns them on,
//! take it after the days set there (at least 90 and 180, at most 730: API `Tiering`). An
//! access moves it back to Frequent Access (from the archive tiers only after a restore).
//! Objects under 128 KB are not monitored and stay in Frequent Access.

use rust_decimal::Decimal;
use serde::Serialize;

use super::{object_bytes, Problem};
use crate::error::Error;
use crate::facts::s3 as fact;
use crate::facts::{FactBook, FactId};
use crate::units::{KbConvention, Size};

/// An access tier of S3 Intelligent-Tiering, by the name S3 Inventory gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum AccessTier {
    /// Frequent Access: where every object starts.
    FrequentAccess,
    /// Infrequent Access: after 30 days without access.
    InfrequentAccess,
    /// Archive Instant Access: after 90 days without access (since 2021-11-30).
    ArchiveInstantAccess,
    /// Archive Access: optional, after the configured days (90 to 730).
    ArchiveAccess,
    /// Deep Archive Access: optional, after the configured days (180 to 730).
    DeepArchiveAccess,
}

impl AccessTier {
    /// `ARCHIVE_INSTANT_ACCESS`: the name S3 Inventory and the API use.
    #[must_use]
    pub fn id(self) -> &'static str {
        match self {
            AccessTier::FrequentAccess => "FREQUENT_ACCESS",
            AccessTier::InfrequentAccess => "INFREQUENT_ACCESS",
            AccessTier::ArchiveInstantAccess => "ARCHIVE_INSTANT_ACCESS",
            AccessTier::ArchiveAccess => "ARCHIVE_ACCESS",
            AccessTier::DeepArchiveAccess => "DEEP_ARCHIVE_ACCESS",
        }
    }

    /// Whether reading an object in this tier needs a restore first.
    #[must_use]
    pub fn needs_restore(self) -> bool {
        matches!(
            self,
            AccessTier::ArchiveAccess | AccessTier::DeepArchiveAccess
        )
    }
}

/// `awscalc s3 intelligent-tiering`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TieringRequest {
    /// Consecutive days without access.
    pub idle_days: u32,
    /// The Archive Access tier's days, when the bucket turns it on.
    pub archive_days: Option<u32>,
    /// The Deep Archive Access tier's days, when the bucket turns it on.
    pub deep_archive_days: Option<u32>,
    /// The object's size.
    pub object_size: Option<Size>,
}

/// One tier the object could reach, and whether it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Threshold {
    /// The tier.
    pub tier: AccessTier,
    /// Consecutive days without access after which an object moves there (0: from the
    /// start).
    pub after_days: u32,
    /// Whether the object's days without access reach it.
    pub reached: bool,
}

/// `s3 intelligent-tiering`, computed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Tiering {
    /// The tier the object sits in.
    pub tier: AccessTier,
    /// Consecutive days without access.
    pub idle_days: u32,
    /// Each tier in force on the book's date and configured, in order.
    pub thresholds: Vec<Threshold>,
    /// Whether the object is monitored (at least `min_monitored_bytes`, or no size given).
    pub monitored: bool,
    /// The object's size, in bytes, if given.
    pub object_bytes: Option<Decimal>,
    /// The smallest object Intelligent-Tiering monitors.
    pub min_monitored_bytes: Decimal,
}

/// A fact's value as whole days.
fn days(book: &mut FactBook, id: FactId) -> Result<u32, Error> {
    Ok(u32::try_from(book.value(id)?).unwrap_or(u32::MAX))
}

/// The configured days of an archive tier, within its limits on the book's date.
fn configured(
    book: &mut FactBook,
    given: u32,
    min: FactId,
    tier: AccessTier,
) -> Result<u32, Error> {
    let min = days(book, min)?;
    let max = days(book, fact::IT_ARCHIVE_MAX_DAYS)?;
    if given < min || given > max {
        return Err(Problem::TierDaysOutOfRange {
            tier,
            input: given.to_string(),
            min,
            max,
        }
        .into());
    }
    Ok(given)
}

/// `awscalc s3 intelligent-tiering --days 100`: the tier an object sits in after that many
/// consecutive days without access.
///
/// ```
/// use awscalc::calc::s3::tiering::{intelligent_tiering, AccessTier, TieringRequest};
/// use awscalc::facts::{FactBook, Registry};
///
/// // 100 days without access: past 30 (Infrequent) and 90 (Archive Instant Access).
/// let request = TieringRequest { idle_days: 100, archive_days: None, deep_archive_days: None, object_size: None };
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 11, 30));
/// assert_eq!(intelligent_tiering(&request, &mut book).unwrap().tier, AccessTier::ArchiveInstantAccess);
///
/// // An Archive Access tier at 60 days: under its 90-day minimum, refused.
/// let early = TieringRequest { archive_days: Some(60), ..request };
/// assert!(intelligent_tiering(&early, &mut book).is_err());
/// ```
///
/// # Errors
/// Archive days outside 90–730 (Deep Archive 180–730), archive tiers or the class itself on
/// a date before they came, an object size beyond what awscalc computes.
pub fn intelligent_tiering(
    request: &TieringRequest,
    book: &mut FactBook,
) -> Result<Tiering, Error> {
    let object_bytes = match &request.object_size {
        Some(size) => Some(object_bytes(size, KbConvention::Binary)?),
        None => None,
    };
    let min_monitored_bytes = book.value(fact::IT_MIN_MONITORED_BYTES)?;
    let monitored = object_bytes.is_none_or(|b| b >= min_monitored_bytes);
    let mut tiers = vec![
        (AccessTier::FrequentAccess, 0),
        (
            AccessTier::InfrequentAccess,
            days(book, fact::IT_INFREQUENT_AFTER_DAYS)?,
        ),
    ];
    if book.peek(fact::IT_ARCHIVE_INSTANT_AFTER_DAYS).is_some() {
        tiers.push((
            AccessTier::ArchiveInstantAccess,
            days(book, fact::IT_ARCHIVE_INSTANT_AFTER_DAYS)?,
        ));
    }
    if let Some(given) = request.archive_days {
        tiers.push((
            AccessTier::ArchiveAccess,
            configured(
                book,
                given,
                fact::IT_ARCHIVE_ACCESS_MIN_DAYS,
                AccessTier::ArchiveAccess,
            )?,
        ));
    }
    if let Some(given) = request.deep_archive_days {
        tiers.push((
            AccessTier::DeepArchiveAccess,
            configured(
                book,
                given,
                fact::IT_DEEP_ARCHIVE_ACCESS_MIN_DAYS,
                AccessTier::DeepArchiveAccess,
            )?,
        ));
    }
    let thresholds: Vec<Threshold> = tiers
        .into_iter()
        .map(|(tier, after_days)| Threshold {
            tier,
            after_days,
            reached: monitored && request.idle_days >= after_days,
        })
        .collect();
    // The coldest tier reached: a later tier with fewer days (Deep Archive set below Archive)
    // takes the object all the same.
    let tier = thresholds
        .iter()
        .filter(|t| t.reached || t.after_days == 0)
        .map(|t| t.tier)
        .max()
        .unwrap_or(AccessTier::FrequentAccess);
    Ok(Tiering {
        tier,
        idle_days: request.idle_days,
        thresholds,
        monitored,
        object_bytes,
        min_monitored_bytes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::Registry;
    use jiff::civil::date;

    fn ask(idle: u32, archive: Option<u32>, deep: Option<u32>, size: Option<&str>) -> Tiering {
        let mut book = FactBook::new(Registry::builtin(), date(2026, 11, 30));
        intelligent_tiering(
            &TieringRequest {
                idle_days: idle,
                archive_days: archive,
                deep_archive_days: deep,
                object_size: size.map(|s| s.parse().unwrap()),
            },
            &mut book,
        )
        .unwrap()
    }

    /// intelligent-tiering-overview.html: Infrequent Access after 30 consecutive days without
    /// access, Archive Instant Access after 90.
    #[test]
    fn the_automatic_tiers_come_at_30_and_90_days() {
        for (idle, tier) in [
            (0, AccessTier::FrequentAccess),
            (29, AccessTier::FrequentAccess),
            (30, AccessTier::InfrequentAccess),
            (89, AccessTier::InfrequentAccess),
            (90, AccessTier::ArchiveInstantAccess),
            (5000, AccessTier::ArchiveInstantAccess),
        ] {
            assert_eq!(ask(idle, None, None, None).tier, tier, "{idle}");
        }
    }

    /// API Tiering.Days: Archive Access at least 90, Deep Archive Access at least 180, both at
    /// most 730; with both on at 90 and 180, 200 idle days is Deep Archive Access.
    #[test]
    fn the_optional_archive_tiers_take_their_configured_days() {
        assert_eq!(
            ask(120, Some(90), Some(180), None).tier,
            AccessTier::ArchiveAccess
        );
        assert_eq!(
            ask(200, Some(90), Some(180), None).tier,
            AccessTier::DeepArchiveAccess
        );
        assert_eq!(
            ask(200, Some(365), None, None).tier,
            AccessTier::ArchiveInstantAccess
        );
        let mut book = FactBook::new(Registry::builtin(), date(2026, 11, 30));
        for (archive, deep) in [(Some(89), None), (Some(731), None), (None, Some(179))] {
            let err = intelligent_tiering(
                &TieringRequest {
                    idle_days: 1,
                    archive_days: archive,
                    deep_archive_days: deep,
                    object_size: None,
                },
                &mut book,
            )
            .unwrap_err()
            .to_string();
            assert!(err.contains("730"), "{err}");
        }
    }

    /// intelligent-tiering-overview.html: under 128 KB (131,072 bytes) an object is not
    /// monitored and stays in Frequent Access.
    #[test]
    fn objects_under_128_kb_stay_in_frequent_access() {
        let small = ask(400, Some(90), None, Some("127kb"));
        assert!(!small.monitored);
        assert_eq!(small.tier, AccessTier::FrequentAccess);
        let at = ask(400, None, None, Some("128kb"));
        assert!(at.monitored);
        assert_eq!(at.tier, AccessTier::ArchiveInstantAccess);
    }

    /// Before 2021-11-30 there was no Archive Instant Access tier; before the archive tiers
    /// came, turning one on is refused.
    #[test]
    fn the_tiers_are_those_of_the_date() {
        let mut book = FactBook::new(Registry::builtin(), date(2021, 1, 1));
        let request = TieringRequest {
            idle_days: 400,
            archive_days: None,
            deep_archive_days: None,
            object_size: None,
        };
        let r = intelligent_tiering(&request, &mut book).unwrap();
        assert_eq!(r.tier, AccessTier::InfrequentAccess);
        let mut book = FactBook::new(Registry::builtin(), date(2020, 1, 1));
        let archive = TieringRequest {
            archive_days: Some(90),
            ..request
        };
        assert!(intelligent_tiering(&archive, &mut book).is_err());
    }
}
