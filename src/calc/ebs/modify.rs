//! Changing a volume (Elastic Volumes): `awscalc ebs --type gp2 --size 100 --to-type gp3
//! --to-size 200`.
//!
//! AWS's [ModifyVolume] reference: "The target volume size must be greater than or equal to
//! the existing size of the volume" (a volume only grows), the type, IOPS and throughput may
//! change, and the target is held to the target type's own limits. How often one volume may
//! be modified is dated: a wait of at least six hours after each modification from the
//! launch of Elastic Volumes (2017-02-13), then from 2026-01-15 up to four modifications in a
//! rolling 24 hours (`ebs.modification_cooldown_hours`, `ebs.modifications_per_24h`).
//!
//! [ModifyVolume]: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyVolume.html

use rust_decimal::Decimal;
use serde::Serialize;

use super::{size_gib, volume, Problem, Throughput, Volume, VolumeRequest, VolumeType};
use crate::error::Error;
use crate::facts::ebs as fact;
use crate::facts::FactBook;
use crate::units::Size;

/// `awscalc ebs --type T --size S [--iops N] [--throughput T] --to-type T2 --to-size S2
/// [--to-iops N] [--to-throughput T]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModifyRequest {
    /// The volume as it is.
    pub from: VolumeRequest,
    /// The new type, where it changes.
    pub to_type: Option<VolumeType>,
    /// The new size, where it changes.
    pub to_size: Option<Size>,
    /// The new provisioned IOPS (gp3, io1, io2).
    pub to_iops: Option<Decimal>,
    /// The new provisioned throughput (gp3).
    pub to_throughput: Option<Throughput>,
}

/// How often a volume may be modified on the question's date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "rule", rename_all = "snake_case")]
pub enum Frequency {
    /// Up to `count` modifications in a rolling 24 hours (from 2026-01-15).
    PerDay {
        /// Modifications allowed in a rolling 24 hours.
        count: Decimal,
    },
    /// A wait of `hours` after each modification (2017-02-13 to 2026-01-14).
    Cooldown {
        /// Hours to wait.
        hours: Decimal,
    },
}

/// A modification: the volume before and after, and how often it may be done.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Modification {
    /// The volume as it is.
    pub from: Volume,
    /// The volume after the change.
    pub to: Volume,
    /// GiB added (0 where the size stays).
    pub grows_gib: Decimal,
    /// Whether the type changes.
    pub type_changes: bool,
    /// How often a volume may be modified on the question's date.
    pub frequency: Frequency,
    /// Whether the modified volume can be a boot volume (not st1 or sc1).
    pub bootable: bool,
    /// Instances the modified volume can attach to with Multi-Attach (io1, io2); `None` for
    /// a type without Multi-Attach.
    pub multi_attach_instances: Option<Decimal>,
}

impl Modification {
    /// The answer `--expect` compares: the modified volume's (as `ebs --type T --size S`).
    #[must_use]
    pub fn answer(&self) -> Decimal {
        self.to.answer()
    }
}

/// The rule of the day: four a day from 2026-01-15, a six-hour wait before, nothing before
/// Elastic Volumes.
fn frequency(book: &mut FactBook) -> Result<Frequency, Error> {
    if book.peek(fact::MODIFICATIONS_PER_24H).is_some() {
        return Ok(Frequency::PerDay {
            count: book.value(fact::MODIFICATIONS_PER_24H)?,
        });
    }
    Ok(Frequency::Cooldown {
        hours: book.value(fact::MODIFICATION_COOLDOWN_HOURS)?,
    })
}

/// `awscalc ebs --type gp2 --size 100 --to-type gp3 --to-size 200`: whether the change is
/// allowed, and what the volume delivers after it.
///
/// ```
/// use awscalc::calc::ebs::{modify, ModifyRequest, VolumeRequest, VolumeType};
/// use awscalc::facts::{FactBook, Registry};
///
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 12, 1));
/// let from = VolumeRequest {
///     volume_type: VolumeType::Gp2,
///     size: "100".parse().unwrap(),
///     iops: None,
///     throughput: None,
///     scan: false,
/// };
/// // gp2 100 GiB to gp3 200 GiB: allowed; gp3 includes 3,000 IOPS.
/// let request = ModifyRequest {
///     from: from.clone(),
///     to_type: Some(VolumeType::Gp3),
///     to_size: Some("200".parse().unwrap()),
///     to_iops: None,
///     to_throughput: None,
/// };
/// assert_eq!(modify(&request, &mut book).unwrap().grows_gib, 100.into());
///
/// // A volume only grows: 50 GiB is refused.
/// let shrink = ModifyRequest { to_size: Some("50".parse().unwrap()), ..request };
/// assert!(modify(&shrink, &mut book).unwrap_err().to_string().contains("only grows"));
/// ```
///
/// # Errors
/// A smaller target size, no change asked, either volume outside its type's limits, or a
/// date before Elastic Volumes.
pub fn modify(request: &ModifyRequest, book: &mut FactBook) -> Result<Modification, Error> {
    let from = volume(&request.from, book)?;
    let to_type = request.to_type.unwrap_or(from.volume_type);
    let to_size = request
        .to_size
        .clone()
        .unwrap_or_else(|| request.from.size.clone());
    let to_gib = size_gib(&to_size)?;
    if to_gib < from.size_gib {
        return Err(Problem::Shrink {
            given: to_size.text().to_string(),
            from_gib: from.size_gib,
            to_gib,
        }
        .into());
    }
    let type_changes = to_type != from.volume_type;
    if !type_changes
        && to_gib == from.size_gib
        && request.to_iops.is_none()
        && request.to_throughput.is_none()
    {
        return Err(Problem::NoChange.into());
    }
    if let Some(iops) = request.to_iops.filter(|_| !to_type.takes_iops()) {
        return Err(Problem::ToNotProvisioned {
            volume_type: to_type,
            given: format!("--to-iops {iops}"),
        }
        .into());
    }
    if let Some(t) = request
        .to_throughput
        .as_ref()
        .filter(|_| to_type != VolumeType::Gp3)
    {
        return Err(Problem::ToNotProvisioned {
            volume_type: to_type,
            given: format!("--to-throughput {}", t.text()),
        }
        .into());
    }
    // Provisioned figures carry over where the target type takes them and none are given.
    let keeps = !type_changes;
    let to_request = VolumeRequest {
        volume_type: to_type,
        size: to_size,
        iops: request
            .to_iops
            .or(if keeps { request.from.iops } else { None }),
        throughput: request.to_throughput.clone().or(if keeps {
            request.from.throughput.clone()
        } else {
            None
        }),
        scan: false,
    };
    let to = volume(&to_request, book)?;
    let frequency = frequency(book)?;
    let multi_attach_instances = if to.volume_type.multi_attach() {
        Some(book.value(fact::MULTI_ATTACH_MAX_INSTANCES)?)
    } else {
        None
    };
    Ok(Modification {
        bootable: to.volume_type.bootable(),
        multi_attach_instances,
        grows_gib: to.size_gib - from.size_gib,
        from,
        to,
        type_changes,
        frequency,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::Registry;
    use jiff::civil::date;

    use crate::calc::ebs::tests::request as from;

    fn ask(request: &ModifyRequest, on: jiff::civil::Date) -> Result<Modification, Error> {
        modify(request, &mut FactBook::new(Registry::builtin(), on))
    }

    /// ModifyVolume: "The target volume size must be greater than or equal to the existing
    /// size of the volume".
    #[test]
    fn a_volume_only_grows() {
        let request = ModifyRequest {
            from: from(VolumeType::Gp2, "100"),
            to_type: None,
            to_size: Some("99".parse().unwrap()),
            to_iops: None,
            to_throughput: None,
        };
        let err = ask(&request, date(2026, 12, 1)).unwrap_err();
        assert!(err.to_string().contains("only grows"));
        let grow = ModifyRequest {
            to_size: Some("1tib".parse().unwrap()),
            ..request
        };
        let m = ask(&grow, date(2026, 12, 1)).unwrap();
        // gp2 at 1,024 GiB: 3 × 1,024 = 3,072 IOPS baseline.
        assert_eq!((m.grows_gib, m.answer()), (924.into(), 3072.into()));
    }

    /// The target is held to its own type's limits: st1 starts at 125 GiB, so a 100 GiB gp2
    /// volume cannot become st1 without growing.
    #[test]
    fn the_target_type_limits_apply() {
        let request = ModifyRequest {
            from: from(VolumeType::Gp2, "100"),
            to_type: Some(VolumeType::St1),
            to_size: None,
            to_iops: None,
            to_throughput: None,
        };
        let err = ask(&request, date(2026, 12, 1)).unwrap_err();
        assert!(err.to_string().contains("125"));
    }

    /// ModifyVolume, current: "up to four times within a rolling 24-hour period" (from
    /// 2026-01-15); before, "wait at least six hours" after each modification.
    #[test]
    fn how_often_a_volume_may_be_modified_is_dated() {
        let request = ModifyRequest {
            from: from(VolumeType::Gp2, "100"),
            to_type: Some(VolumeType::Gp3),
            to_size: None,
            to_iops: None,
            to_throughput: None,
        };
        let now = ask(&request, date(2026, 12, 1)).unwrap();
        assert_eq!(now.frequency, Frequency::PerDay { count: 4.into() });
        let then = ask(&request, date(2025, 6, 1)).unwrap();
        assert_eq!(then.frequency, Frequency::Cooldown { hours: 6.into() });
        assert!(ask(&request, date(2016, 6, 1)).is_err());
    }

    /// CreateVolume: "st1 and sc1 volumes can't be used as boot volumes"; ModifyVolume:
    /// Multi-Attach "up to 16 Nitro-based instances ... io1 and io2 volumes only".
    #[test]
    fn boot_and_multi_attach_follow_the_target_type() {
        let request = ModifyRequest {
            from: from(VolumeType::Gp2, "500"),
            to_type: Some(VolumeType::St1),
            to_size: None,
            to_iops: None,
            to_throughput: None,
        };
        let m = ask(&request, date(2026, 12, 1)).unwrap();
        assert!(!m.bootable);
        assert_eq!(m.multi_attach_instances, None);
        let io2 = ModifyRequest {
            to_type: Some(VolumeType::Io2),
            to_iops: Some(1000.into()),
            ..request
        };
        let m = ask(&io2, date(2026, 12, 1)).unwrap();
        assert!(m.bootable);
        assert_eq!(m.multi_attach_instances, Some(16.into()));
    }

    #[test]
    fn nothing_to_change_is_refused() {
        let request = ModifyRequest {
            from: from(VolumeType::Gp2, "100"),
            to_type: Some(VolumeType::Gp2),
            to_size: Some("100".parse().unwrap()),
            to_iops: None,
            to_throughput: None,
        };
        assert!(ask(&request, date(2026, 12, 1)).is_err());
    }
}
