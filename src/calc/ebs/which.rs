//! Which volume sustains N IOPS and/or MiB/s: `awscalc ebs --iops 20000`.
//!
//! For each type, the most it can sustain at a size (its capability) grows with the
//! size, so the smallest size that meets the need is found by bisection over the type's
//! whole-GiB range, and the answer shows that size and the one below it. "Sustain" means
//! without burst credits: gp2, st1 and sc1 can burst higher for a while.

use jiff::civil::Date;
use rust_decimal::Decimal;
use serde::Serialize;

use super::{
    size_gib, Gp2, Gp3, Hdd, Io, Magnetic, Problem, Throughput, Volume, VolumeRequest, VolumeType,
};
use crate::error::Error;
use crate::facts::ebs as fact;
use crate::facts::FactBook;
use crate::units::Size;

/// The study notes' IOPS ladder (seed 003, lines 374-377): the most IOPS exam material
/// gives each type. Not AWS facts: they are compared with the facts in force.
const STUDY_NOTES_LADDER: [(VolumeType, u32, &str); 6] = [
    (VolumeType::Sc1, 250, "003:374"),
    (VolumeType::St1, 500, "003:375"),
    (VolumeType::Gp2, 16_000, "003:376"),
    (VolumeType::Gp3, 16_000, "003:376"),
    (VolumeType::Io1, 64_000, "003:377"),
    (VolumeType::Io2, 64_000, "003:377"),
];

/// A need: IOPS and/or throughput, optionally at a given size or for one type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Need {
    /// IOPS to sustain.
    pub iops: Option<Decimal>,
    /// Throughput to sustain.
    pub throughput: Option<Throughput>,
    /// Only at this size.
    pub size: Option<Size>,
    /// Only this type: the answer is its smallest size.
    pub volume_type: Option<VolumeType>,
}

/// What a type sustains at a size.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Capability {
    /// IOPS.
    pub iops: Decimal,
    /// Throughput, MiB/s.
    pub throughput_mibps: Decimal,
}

impl Capability {
    /// Whether this meets `iops` and `tput`.
    #[must_use]
    pub fn meets(self, iops: Decimal, tput: Decimal) -> bool {
        self.iops >= iops && self.throughput_mibps >= tput
    }
}

/// One type's rules, loaded for the question.
#[derive(Debug, Clone, Copy)]
pub(super) enum Model {
    Gp2(Gp2),
    Gp3(Gp3),
    Io(Io),
    Hdd(Hdd),
    Magnetic(Magnetic),
}

impl Model {
    pub(super) fn load(kind: VolumeType, book: &mut FactBook) -> Result<Model, Error> {
        Ok(match kind {
            VolumeType::Gp2 => Model::Gp2(Gp2::load(book)?),
            VolumeType::Gp3 => Model::Gp3(Gp3::load(book)?),
            VolumeType::Io1 | VolumeType::Io2 => Model::Io(Io::load(kind, book)?),
            VolumeType::St1 | VolumeType::Sc1 => Model::Hdd(Hdd::load(kind, book)?),
            VolumeType::Standard => Model::Magnetic(Magnetic::load(book)?),
        })
    }

    pub(super) fn range(&self) -> (Decimal, Decimal) {
        match self {
            Model::Gp2(m) => (m.min_size, m.max_size),
            Model::Gp3(m) => (m.min_size, m.max_size),
            Model::Io(m) => (m.min_size, m.max_size),
            Model::Hdd(m) => (m.min_size, m.max_size),
            Model::Magnetic(m) => (m.min_size, m.max_size),
        }
    }

    /// The most the type sustains at `size`, with the best provisioning.
    pub(super) fn capability(&self, size: Decimal) -> Result<Capability, Error> {
        Ok(match self {
            Model::Gp2(m) => Capability {
                iops: m.baseline_iops(size)?,
                throughput_mibps: m.sustained_throughput(size)?,
            },
            Model::Gp3(m) => {
                let iops = m.max_iops_for(size)?;
                // Throughput is provisioned in whole MiB/s.
                Capability {
                    iops,
                    throughput_mibps: m.max_tput_for(iops)?.floor(),
                }
            }
            Model::Io(m) => {
                let iops = m.max_iops_for(size)?;
                Capability {
                    iops,
                    throughput_mibps: m.throughput(iops)?,
                }
            }
            Model::Hdd(m) => {
                let tput = m.baseline(size)?;
                Capability {
                    iops: m.iops_at(tput)?,
                    throughput_mibps: tput,
                }
            }
            Model::Magnetic(_) => Capability {
                iops: Decimal::ZERO,
                throughput_mibps: Decimal::ZERO,
            },
        })
    }

    /// The most the type reaches at `size` while burst credits last, where it bursts.
    fn burst_capability(&self, size: Decimal) -> Result<Option<Capability>, Error> {
        Ok(match self {
            Model::Gp2(m) if m.bursts(size)? => Some(Capability {
                iops: m.burst_iops,
                throughput_mibps: m.max_throughput(size)?,
            }),
            Model::Hdd(m) if m.burst(size)? > m.baseline(size)? => Some(Capability {
                iops: m.iops_at(m.burst(size)?)?,
                throughput_mibps: m.burst(size)?,
            }),
            _ => None,
        })
    }

    /// What to provision at `size` for the need: (IOPS, throughput), where the type
    /// takes them.
    fn provision(
        &self,
        size: Decimal,
        iops: Decimal,
        tput: Decimal,
    ) -> Result<(Option<Decimal>, Option<Decimal>, Capability), Error> {
        Ok(match self {
            Model::Gp3(m) => {
                let t = tput.ceil().max(m.base_tput);
                let i = iops.ceil().max(m.min_iops_for_tput(t)?).max(m.base_iops);
                (
                    Some(i),
                    Some(t),
                    Capability {
                        iops: i,
                        throughput_mibps: t,
                    },
                )
            }
            Model::Io(m) => {
                let for_tput = m.min_iops_for_tput(tput)?.unwrap_or(m.max_iops);
                let i = iops.ceil().max(for_tput).max(m.min_iops);
                (
                    Some(i),
                    None,
                    Capability {
                        iops: i,
                        throughput_mibps: m.throughput(i)?,
                    },
                )
            }
            _ => (None, None, self.capability(size)?),
        })
    }
}

/// How a type's smallest size was found: what it sustains there, and one GiB below.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Proof {
    /// The smallest size, GiB.
    pub size: Decimal,
    /// What it sustains.
    pub sustains: Capability,
    /// One GiB less and what that sustains; `None` where the size is the type's smallest.
    pub below: Option<(Decimal, Capability)>,
}

/// Why a type does, or does not, sustain the need.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum Reason {
    /// The type did not exist on the question's date.
    NotYet {
        /// The problem, as [`super::volume`] would refuse the type.
        #[serde(skip)]
        problem: Problem,
    },
    /// standard: no sizing rule, only stated ranges.
    NoSizingRule {
        /// IOPS on average.
        average_iops: Decimal,
        /// The low end of the throughput.
        low_throughput_mibps: Decimal,
        /// The high end of the throughput.
        high_throughput_mibps: Decimal,
    },
    /// Not even the largest size sustains the need.
    TooLittleAtLargest {
        /// The largest size, GiB.
        max_size: Decimal,
        /// What it sustains.
        sustains: Capability,
        /// What it reaches while bursting, where that meets the need.
        burst: Option<Capability>,
    },
    /// The fixed size is outside the type's range.
    SizeOutOfRange {
        /// The smallest size.
        min: Decimal,
        /// The largest size.
        max: Decimal,
        /// The size asked about.
        size: Decimal,
    },
    /// The fixed size is below the smallest that sustains the need.
    TooSmall {
        /// The size asked about.
        size: Decimal,
        /// What it sustains.
        sustains: Capability,
        /// The IOPS needed (0 where none were asked).
        iops: Decimal,
        /// The throughput needed (0 where none was asked).
        throughput_mibps: Decimal,
        /// The smallest size that sustains the need.
        smallest: Decimal,
    },
    /// The type sustains the need: provision these, where the type takes them.
    Provision {
        /// IOPS to provision.
        iops: Option<Decimal>,
        /// Throughput to provision.
        throughput_mibps: Option<Decimal>,
    },
}

/// One type, weighed against the need.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Candidate {
    /// The type.
    pub volume_type: VolumeType,
    /// Whether it sustains the need (at the fixed size, where one was given).
    pub delivers: bool,
    /// The smallest size that sustains the need.
    pub min_size: Option<Decimal>,
    /// The size the answer is for, where it delivers.
    pub at_size: Option<Decimal>,
    /// IOPS to provision, where the type takes them.
    pub iops: Option<Decimal>,
    /// Throughput to provision, where the type takes it.
    pub throughput_mibps: Option<Decimal>,
    /// What it delivers, provisioned so.
    pub delivered: Option<Capability>,
    /// How the smallest size was found.
    pub proof: Option<Proof>,
    /// Why it does or does not.
    pub reason: Reason,
}

impl Candidate {
    /// The size to list it at: the answer's, else the smallest that sustains the need.
    #[must_use]
    pub fn size(&self) -> Option<Decimal> {
        self.at_size.or(self.min_size)
    }
}

/// The study notes' most IOPS for a type beside the maximum in force.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Tier {
    /// The type.
    pub volume_type: VolumeType,
    /// The study notes' figure.
    pub study_notes_max_iops: Decimal,
    /// Where in the study notes (`003:376`).
    pub source_line: &'static str,
    /// AWS's maximum on the question's date.
    pub max_iops: Decimal,
}

/// Every type weighed against a need: `awscalc ebs --iops N`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Comparison {
    /// The fixed size, where one was given.
    pub size_gib: Option<Decimal>,
    /// The types, those that deliver first, then by size, then in [`VolumeType::ALL`] order.
    pub candidates: Vec<Candidate>,
    /// The study notes' ladder beside the facts in force.
    pub tiers: Vec<Tier>,
}

impl Comparison {
    /// The first type that delivers: the smallest.
    #[must_use]
    pub fn best(&self) -> Option<&Candidate> {
        self.candidates.iter().find(|c| c.delivers)
    }

    /// How many types deliver.
    #[must_use]
    pub fn delivering(&self) -> usize {
        self.candidates.iter().filter(|c| c.delivers).count()
    }
}

/// One type's smallest volume for a need: `awscalc ebs --type io1 --iops 20000`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Smallest {
    /// The type, weighed.
    pub candidate: Candidate,
    /// The volume at that size, provisioned for the need.
    pub request: VolumeRequest,
    /// What it delivers.
    pub volume: Volume,
    /// The smallest size under the facts on the other side of each dated change, where
    /// it differs.
    pub other_dates: Vec<(Date, Decimal)>,
}

/// The which-volume answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WhichAnswer {
    /// Every type compared.
    Compare(Comparison),
    /// One type's smallest volume.
    Smallest(Box<Smallest>),
}

/// The smallest whole size in `[min, max]` whose capability meets the need.
pub(super) fn smallest_size(
    model: &Model,
    iops: Decimal,
    tput: Decimal,
) -> Result<Option<Decimal>, Error> {
    let (min, max) = model.range();
    if !model.capability(max)?.meets(iops, tput) {
        return Ok(None);
    }
    let (mut lo, mut hi) = (min, max);
    while lo < hi {
        let mid = ((lo + hi) / Decimal::TWO).floor();
        if model.capability(mid)?.meets(iops, tput) {
            hi = mid;
        } else {
            lo = mid + Decimal::ONE;
        }
    }
    Ok(Some(lo))
}

fn candidate(kind: VolumeType, reason: Reason) -> Candidate {
    Candidate {
        volume_type: kind,
        delivers: false,
        min_size: None,
        at_size: None,
        iops: None,
        throughput_mibps: None,
        delivered: None,
        proof: None,
        reason,
    }
}

/// Weighs one type against the need.
fn evaluate(
    kind: VolumeType,
    iops: Decimal,
    tput: Decimal,
    fixed: Option<Decimal>,
    book: &mut FactBook,
) -> Result<Candidate, Error> {
    if let Err(problem) = kind.check_exists(book) {
        return Ok(candidate(kind, Reason::NotYet { problem }));
    }
    let model = Model::load(kind, book)?;
    if let Model::Magnetic(m) = model {
        return Ok(candidate(
            kind,
            Reason::NoSizingRule {
                average_iops: m.average_iops,
                low_throughput_mibps: m.low_tput,
                high_throughput_mibps: m.high_tput,
            },
        ));
    }
    let (min, max) = model.range();
    let Some(smallest) = smallest_size(&model, iops, tput)? else {
        let burst = model.burst_capability(max)?.filter(|b| b.meets(iops, tput));
        return Ok(candidate(
            kind,
            Reason::TooLittleAtLargest {
                max_size: max,
                sustains: model.capability(max)?,
                burst,
            },
        ));
    };
    let below = smallest - Decimal::ONE;
    let proof = Proof {
        size: smallest,
        sustains: model.capability(smallest)?,
        below: if smallest > min {
            Some((below, model.capability(below)?))
        } else {
            None
        },
    };
    let not_at = |reason| Candidate {
        min_size: Some(smallest),
        proof: Some(proof),
        ..candidate(kind, reason)
    };
    let size = match fixed {
        None => smallest,
        Some(s) if s < min || s > max => {
            return Ok(not_at(Reason::SizeOutOfRange { min, max, size: s }));
        }
        Some(s) if s < smallest => {
            return Ok(not_at(Reason::TooSmall {
                size: s,
                sustains: model.capability(s)?,
                iops,
                throughput_mibps: tput,
                smallest,
            }));
        }
        Some(s) => s,
    };
    let (p_iops, p_tput, delivered) = model.provision(size, iops, tput)?;
    Ok(Candidate {
        volume_type: kind,
        delivers: true,
        min_size: Some(smallest),
        at_size: Some(size),
        iops: p_iops,
        throughput_mibps: p_tput,
        delivered: Some(delivered),
        proof: Some(proof),
        reason: Reason::Provision {
            iops: p_iops,
            throughput_mibps: p_tput,
        },
    })
}

/// The need as decimals, refusing an empty one.
fn need_values(need: &Need) -> Result<(Decimal, Decimal), Error> {
    if need.iops.is_none() && need.throughput.is_none() {
        return Err(Problem::EmptyNeed.into());
    }
    Ok((
        need.iops.unwrap_or(Decimal::ZERO),
        need.throughput
            .as_ref()
            .map_or(Decimal::ZERO, Throughput::mibps),
    ))
}

/// `awscalc ebs --iops N [--throughput T] [--size S]`: every type, whether it sustains
/// the need, and the smallest size that does, smallest first. With `volume_type` set,
/// the one volume of that type at its smallest sufficient size.
///
/// ```
/// use awscalc::calc::ebs::{which_volume, Need, VolumeType, WhichAnswer};
/// use awscalc::facts::{FactBook, Registry};
///
/// // io1 gives 50 IOPS per GiB (provisioned-iops.html): 20,000 IOPS need 400 GiB.
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 11, 30));
/// let need = Need {
///     iops: Some(20_000.into()),
///     throughput: None,
///     size: None,
///     volume_type: Some(VolumeType::Io1),
/// };
/// let WhichAnswer::Smallest(io1) = which_volume(&need, &mut book).unwrap() else { panic!() };
/// assert_eq!(io1.candidate.at_size, Some(400.into()));
///
/// // sc1 tops out at 250 IOPS of 1 MiB: it cannot sustain 20,000 IOPS at any size.
/// let sc1 = Need { volume_type: Some(VolumeType::Sc1), ..need };
/// assert_eq!(which_volume(&sc1, &mut book).unwrap_err().kind(), "aws_limit");
/// ```
///
/// # Errors
/// No need given; a size that is not whole GiB; with a type, a need the type cannot meet.
pub fn which_volume(need: &Need, book: &mut FactBook) -> Result<WhichAnswer, Error> {
    if let Some(kind) = need.volume_type {
        return smallest_of_type(kind, need, book).map(|s| WhichAnswer::Smallest(Box::new(s)));
    }
    let (iops, tput) = need_values(need)?;
    let fixed = need.size.as_ref().map(size_gib).transpose()?;
    let mut candidates = Vec::new();
    for kind in VolumeType::ALL {
        candidates.push(evaluate(kind, iops, tput, fixed, book)?);
    }
    candidates.sort_by_key(|c| (!c.delivers, c.size().unwrap_or(Decimal::MAX), c.volume_type));
    let tiers = tiers(book)?;
    Ok(WhichAnswer::Compare(Comparison {
        size_gib: fixed,
        candidates,
        tiers,
    }))
}

/// The study notes' ladder beside the maximum IOPS in force.
fn tiers(book: &mut FactBook) -> Result<Vec<Tier>, Error> {
    let mut list = Vec::new();
    for (kind, notes_max, line) in STUDY_NOTES_LADDER {
        if kind.check_exists(book).is_err() {
            continue;
        }
        let id = match kind {
            VolumeType::Gp2 => fact::GP2_MAX_IOPS,
            VolumeType::Gp3 => fact::GP3_MAX_IOPS,
            VolumeType::Io1 => fact::IO1_MAX_IOPS,
            VolumeType::Io2 => fact::IO2_MAX_IOPS,
            VolumeType::St1 => fact::ST1_MAX_IOPS,
            _ => fact::SC1_MAX_IOPS,
        };
        list.push(Tier {
            volume_type: kind,
            study_notes_max_iops: Decimal::from(notes_max),
            source_line: line,
            max_iops: book.value(id)?,
        });
    }
    Ok(list)
}

/// `--type T --iops N` without a size: the smallest size of T, then that volume.
fn smallest_of_type(kind: VolumeType, need: &Need, book: &mut FactBook) -> Result<Smallest, Error> {
    let (iops, tput) = need_values(need)?;
    kind.check_exists(book)?;
    let candidate = evaluate(kind, iops, tput, None, book)?;
    let Some(size) = candidate.at_size.filter(|_| candidate.delivers) else {
        return Err(Problem::CannotSustain {
            volume_type: kind,
            iops: need.iops,
            throughput: need
                .throughput
                .as_ref()
                .map(|t| (t.text().to_string(), t.mibps())),
            reason: Box::new(candidate.reason),
        }
        .into());
    };
    let request = VolumeRequest {
        volume_type: kind,
        size: format!("{size}gib").parse()?,
        iops: candidate.iops,
        throughput: candidate
            .throughput_mibps
            .map(Throughput::from_mibps)
            .transpose()?,
        scan: false,
    };
    let volume = super::volume(&request, book)?;
    let other_dates = other_dates_for_size(kind, iops, tput, size, book);
    Ok(Smallest {
        candidate,
        request,
        volume,
        other_dates,
    })
}

/// The smallest size under the facts on the other side of each dated change used.
fn other_dates_for_size(
    kind: VolumeType,
    iops: Decimal,
    tput: Decimal,
    size: Decimal,
    book: &FactBook,
) -> Vec<(Date, Decimal)> {
    let mut out = Vec::new();
    for date in book.change_dates() {
        let mut other = book.on(date);
        let Ok(c) = evaluate(kind, iops, tput, None, &mut other) else {
            continue;
        };
        if let Some(s) = c.at_size.filter(|s| *s != size) {
            out.push((date, s));
        }
    }
    out
}
