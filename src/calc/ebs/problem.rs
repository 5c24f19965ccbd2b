//! Why an EBS question has no answer: the rules it breaks, typed; the words are
//! [`crate::explain::ebs`]'s.

use jiff::civil::Date;
use rust_decimal::Decimal;

use super::{Reason, VolumeType};
use crate::error::Error;

/// Why an EBS question has no answer: a rule it breaks. The words are
/// [`crate::explain::ebs`]'s.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// `--type` names no EBS volume type.
    UnknownType {
        /// The text given, trimmed.
        given: String,
    },
    /// A size that is not whole GiB.
    FractionalSize {
        /// The size as typed.
        given: String,
        /// The whole GiB just above it.
        use_gib: Decimal,
    },
    /// A type that did not exist on the question's date.
    NotYet {
        /// The type.
        volume_type: VolumeType,
        /// The question's date, `YYYY-MM-DD`.
        as_of: String,
        /// The day it came, where the registry knows it.
        since: Option<Date>,
    },
    /// `--iops` for a type whose IOPS follow from the volume.
    IopsNotProvisioned {
        /// The type.
        volume_type: VolumeType,
        /// The IOPS given.
        iops: Decimal,
    },
    /// `--throughput` for a type other than gp3.
    ThroughputNotProvisioned {
        /// The type.
        volume_type: VolumeType,
        /// The throughput as typed.
        given: String,
    },
    /// `--scan` for a type other than st1 and sc1.
    ScanNotHdd {
        /// The type.
        volume_type: VolumeType,
    },
    /// A size outside the type's range.
    SizeOutOfRange {
        /// The type.
        volume_type: VolumeType,
        /// The smallest size, GiB.
        min: Decimal,
        /// The largest size, GiB.
        max: Decimal,
        /// The question's date.
        as_of: Date,
        /// The size as typed.
        given: String,
        /// The size in GiB.
        size: Decimal,
    },
    /// Provisioned IOPS below the type's minimum.
    IopsBelowMinimum {
        /// The type.
        volume_type: VolumeType,
        /// The IOPS given.
        iops: Decimal,
        /// The minimum.
        min: Decimal,
    },
    /// Provisioned IOPS above the type's maximum.
    IopsAboveMaximum {
        /// The type.
        volume_type: VolumeType,
        /// The IOPS given.
        iops: Decimal,
        /// The maximum in force.
        max: Decimal,
        /// The question's date.
        as_of: Date,
    },
    /// Provisioned IOPS above what the size allows.
    IopsAboveSize {
        /// The type.
        volume_type: VolumeType,
        /// The IOPS given.
        iops: Decimal,
        /// The size, GiB.
        size: Decimal,
        /// The most IOPS the size allows.
        allowed: Decimal,
        /// The smallest size that allows `iops`.
        min_size: Decimal,
    },
    /// gp3 throughput that is not whole MiB/s.
    ThroughputNotWhole {
        /// The throughput as typed.
        given: String,
        /// In MiB/s.
        mibps: Decimal,
    },
    /// gp3 throughput below what gp3 includes.
    ThroughputBelowIncluded {
        /// The throughput as typed.
        given: String,
        /// In MiB/s.
        mibps: Decimal,
        /// What gp3 includes.
        included: Decimal,
    },
    /// gp3 throughput above gp3's maximum.
    ThroughputAboveMaximum {
        /// The throughput as typed.
        given: String,
        /// In MiB/s.
        mibps: Decimal,
        /// The maximum in force.
        max: Decimal,
        /// The question's date.
        as_of: Date,
    },
    /// gp3 throughput above what the IOPS allow.
    ThroughputAboveIops {
        /// The throughput as typed.
        given: String,
        /// In MiB/s.
        mibps: Decimal,
        /// The IOPS provisioned.
        iops: Decimal,
        /// The most throughput they allow.
        allowed: Decimal,
        /// The fewest IOPS that allow `mibps`.
        need_iops: Decimal,
        /// The smallest size that allows `need_iops`, where the volume is too small.
        need_size: Option<Decimal>,
    },
    /// The which-volume question with neither IOPS nor throughput.
    EmptyNeed,
    /// `--raid 5` or `--raid 6`: AWS does not recommend parity RAID on EBS.
    RaidParity {
        /// The level as typed.
        given: String,
    },
    /// A RAID level awscalc does not model.
    RaidUnknown {
        /// The level as typed.
        given: String,
    },
    /// `--instance` names a type awscalc does not hold.
    UnknownInstance {
        /// The text given, trimmed.
        given: String,
    },
    /// A volume count of 0 or too many.
    VolumeCount {
        /// The count given.
        volumes: u32,
        /// The most accepted.
        max: u32,
    },
    /// An array of a type with no sizing rule (magnetic).
    ArrayNoRule {
        /// The type.
        volume_type: VolumeType,
    },
    /// `--io-size` with neither or both of `--iops` and `--throughput`.
    IoSizeDirection,
    /// `--io-size` for a type with no I/O size rule (magnetic).
    IoSizeNoRule {
        /// The type.
        volume_type: VolumeType,
    },
    /// A burst question (`--for`, `--credits`, or a load) for a type with no burst bucket.
    BurstNotBursting {
        /// The type.
        volume_type: VolumeType,
    },
    /// The load given with the flag the type does not take: gp2 takes `--iops`, st1 and
    /// sc1 `--throughput`.
    BurstLoadFlag {
        /// The type.
        volume_type: VolumeType,
        /// The flag and its value, as typed.
        given: String,
    },
    /// `--to-size` below the volume's size: a volume only grows.
    Shrink {
        /// The target size as typed.
        given: String,
        /// The size now, GiB.
        from_gib: Decimal,
        /// The target, GiB.
        to_gib: Decimal,
    },
    /// A modification that changes nothing.
    NoChange,
    /// `--to-iops` or `--to-throughput` for a target type that does not provision it.
    ToNotProvisioned {
        /// The target type.
        volume_type: VolumeType,
        /// The flag and its value, as typed.
        given: String,
    },
    /// `--credits` that cannot be read.
    CreditsUnreadable {
        /// The text given, trimmed.
        given: String,
    },
    /// `--credits` above the full bucket.
    CreditsAboveBucket {
        /// The type.
        volume_type: VolumeType,
        /// The balance as typed (or grouped).
        given: String,
        /// The full bucket, in the type's credit unit.
        bucket: Decimal,
    },
    /// `--type T --iops N` for a type that cannot sustain the need at any size.
    CannotSustain {
        /// The type.
        volume_type: VolumeType,
        /// The IOPS asked for.
        iops: Option<Decimal>,
        /// The throughput asked for, as typed, and in MiB/s.
        throughput: Option<(String, Decimal)>,
        /// Why not.
        reason: Box<Reason>,
    },
}

impl Problem {
    /// `aws_limit` for a limit broken, `conflict` for a combination that cannot be,
    /// `not_yet_available` for a type asked of a date before it existed.
    #[must_use]
    pub fn kind(&self) -> &'static str {
        match self {
            Problem::UnknownType { .. }
            | Problem::IopsNotProvisioned { .. }
            | Problem::ThroughputNotProvisioned { .. }
            | Problem::ScanNotHdd { .. }
            | Problem::EmptyNeed
            | Problem::IoSizeDirection
            | Problem::IoSizeNoRule { .. }
            | Problem::RaidUnknown { .. }
            | Problem::UnknownInstance { .. }
            | Problem::ArrayNoRule { .. }
            | Problem::VolumeCount { .. }
            | Problem::RaidParity { .. }
            | Problem::BurstNotBursting { .. }
            | Problem::BurstLoadFlag { .. }
            | Problem::CreditsUnreadable { .. }
            | Problem::NoChange
            | Problem::ToNotProvisioned { .. } => "conflict",
            Problem::NotYet { .. } => "not_yet_available",
            Problem::FractionalSize { .. }
            | Problem::SizeOutOfRange { .. }
            | Problem::IopsBelowMinimum { .. }
            | Problem::IopsAboveMaximum { .. }
            | Problem::IopsAboveSize { .. }
            | Problem::ThroughputNotWhole { .. }
            | Problem::ThroughputBelowIncluded { .. }
            | Problem::ThroughputAboveMaximum { .. }
            | Problem::ThroughputAboveIops { .. }
            | Problem::CannotSustain { .. }
            | Problem::CreditsAboveBucket { .. }
            | Problem::Shrink { .. } => "aws_limit",
        }
    }

    /// The value at fault, where the error names one: the date a type did not exist on.
    #[must_use]
    pub fn value(&self) -> Option<&str> {
        match self {
            Problem::NotYet { as_of, .. } => Some(as_of),
            _ => None,
        }
    }
}

impl From<Problem> for Error {
    fn from(problem: Problem) -> Error {
        Error::Ebs(problem)
    }
}
