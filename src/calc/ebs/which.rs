//! Which volume sustains N IOPS and/or MiB/s: `awscalc ebs --iops 20000`.
//!
//! For each type, the most it can sustain at a size (its capability) grows with the
//! size, so the smallest size that meets the need is found by bisection over the type's
//! whole-GiB range, and the report shows that size and the one below it. "Sustain" means
//! without burst credits: gp2, st1 and sc1 can burst higher for a while, and say so.

use rust_decimal::Decimal;

use super::{size_gib, Gp2, Gp3, Hdd, Io, Magnetic, Throughput, VolumeRequest, VolumeType};
use crate::error::Error;
use crate::facts::ebs as fact;
use crate::facts::FactBook;
use crate::report::{Alternative, Report, Table, Value};
use crate::units::{group, Size};

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
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Capability {
    pub(super) iops: Decimal,
    pub(super) tput: Decimal,
}

impl Capability {
    fn meets(self, iops: Decimal, tput: Decimal) -> bool {
        self.iops >= iops && self.tput >= tput
    }

    /// Whether this meets `iops` and `tput` (for tests).
    #[cfg(test)]
    pub(super) fn meets_public(self, iops: Decimal, tput: Decimal) -> bool {
        self.meets(iops, tput)
    }

    fn words(self) -> String {
        format!("{} IOPS, {} MiB/s", group(self.iops), group(self.tput))
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
    pub(super) fn capability(&self, size: Decimal) -> Capability {
        match self {
            Model::Gp2(m) => Capability {
                iops: m.baseline_iops(size),
                tput: m.sustained_throughput(size),
            },
            Model::Gp3(m) => {
                let iops = m.max_iops_for(size);
                // Throughput is provisioned in whole MiB/s.
                Capability {
                    iops,
                    tput: m.max_tput_for(iops).floor(),
                }
            }
            Model::Io(m) => {
                let iops = m.max_iops_for(size);
                Capability {
                    iops,
                    tput: m.throughput(iops),
                }
            }
            Model::Hdd(m) => {
                let tput = m.baseline(size);
                Capability {
                    iops: m.iops_at(tput),
                    tput,
                }
            }
            Model::Magnetic(_) => Capability {
                iops: Decimal::ZERO,
                tput: Decimal::ZERO,
            },
        }
    }

    /// The most the type reaches at `size` while burst credits last, where it bursts.
    fn burst_capability(&self, size: Decimal) -> Option<Capability> {
        match self {
            Model::Gp2(m) if m.bursts(size) => Some(Capability {
                iops: m.burst_iops,
                tput: m.max_throughput(size),
            }),
            Model::Hdd(m) if m.burst(size) > m.baseline(size) => Some(Capability {
                iops: m.iops_at(m.burst(size)),
                tput: m.burst(size),
            }),
            _ => None,
        }
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
                (Some(i), Some(t), Capability { iops: i, tput: t })
            }
            Model::Io(m) => {
                let for_tput = m.min_iops_for_tput(tput)?.unwrap_or(m.max_iops);
                let i = iops.ceil().max(for_tput).max(m.min_iops);
                (
                    Some(i),
                    None,
                    Capability {
                        iops: i,
                        tput: m.throughput(i),
                    },
                )
            }
            _ => (None, None, self.capability(size)),
        })
    }
}

/// One row of the answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Candidate {
    pub(super) volume_type: VolumeType,
    pub(super) delivers: bool,
    pub(super) min_size: Option<Decimal>,
    pub(super) at_size: Option<Decimal>,
    pub(super) iops: Option<Decimal>,
    pub(super) tput: Option<Decimal>,
    pub(super) delivered: Option<Capability>,
    pub(super) proof: Option<String>,
    pub(super) reason: String,
}

/// The smallest whole size in `[min, max]` whose capability meets the need.
pub(super) fn smallest_size(model: &Model, iops: Decimal, tput: Decimal) -> Option<Decimal> {
    let (min, max) = model.range();
    if !model.capability(max).meets(iops, tput) {
        return None;
    }
    let (mut lo, mut hi) = (min, max);
    while lo < hi {
        let mid = ((lo + hi) / Decimal::TWO).floor();
        if model.capability(mid).meets(iops, tput) {
            hi = mid;
        } else {
            lo = mid + Decimal::ONE;
        }
    }
    Some(lo)
}

fn need_words(iops: Option<Decimal>, tput: Option<Decimal>) -> String {
    match (iops, tput) {
        (Some(i), Some(t)) => format!("{} IOPS and {} MiB/s", group(i), group(t)),
        (Some(i), None) => format!("{} IOPS", group(i)),
        (None, Some(t)) => format!("{} MiB/s", group(t)),
        (None, None) => "nothing".into(),
    }
}

/// Evaluates one type for the need.
fn evaluate(
    kind: VolumeType,
    iops: Decimal,
    tput: Decimal,
    fixed: Option<Decimal>,
    book: &mut FactBook,
) -> Result<Candidate, Error> {
    let mut candidate = Candidate {
        volume_type: kind,
        delivers: false,
        min_size: None,
        at_size: None,
        iops: None,
        tput: None,
        delivered: None,
        proof: None,
        reason: String::new(),
    };
    if let Err(e) = kind.check_exists(book) {
        candidate.reason = e.to_string();
        return Ok(candidate);
    }
    let model = Model::load(kind, book)?;
    if let Model::Magnetic(m) = model {
        candidate.reason = format!(
            "previous generation with no sizing rule: about {} IOPS on average, {} to {} MiB/s",
            group(m.average_iops),
            group(m.low_tput),
            group(m.high_tput)
        );
        return Ok(candidate);
    }
    let (min, max) = model.range();
    let words = need_words(Some(iops), Some(tput));
    candidate.min_size = smallest_size(&model, iops, tput);
    let Some(smallest) = candidate.min_size else {
        let cap = model.capability(max);
        let mut reason = format!(
            "sustains at most {} at its largest size ({} GiB)",
            cap.words(),
            group(max)
        );
        if let Some(burst) = model.burst_capability(max) {
            if burst.meets(iops, tput) {
                reason = format!(
                    "{reason}; it bursts to {} while credits last",
                    burst.words()
                );
            }
        }
        candidate.reason = reason;
        return Ok(candidate);
    };
    let below = smallest - Decimal::ONE;
    candidate.proof = Some(if smallest > min {
        format!(
            "{} GiB → {}; {} GiB → {}",
            group(smallest),
            model.capability(smallest).words(),
            group(below),
            model.capability(below).words()
        )
    } else {
        format!(
            "{} GiB, the smallest {kind} → {}",
            group(smallest),
            model.capability(smallest).words()
        )
    });
    let size = match fixed {
        None => smallest,
        Some(s) if s < min || s > max => {
            candidate.reason = format!(
                "{kind} volumes are {} to {} GiB, not {} GiB",
                group(min),
                group(max),
                group(s)
            );
            return Ok(candidate);
        }
        Some(s) if s < smallest => {
            candidate.reason = format!(
                "at {} GiB sustains at most {}; {words} needs at least {} GiB",
                group(s),
                model.capability(s).words(),
                group(smallest)
            );
            return Ok(candidate);
        }
        Some(s) => s,
    };
    let (p_iops, p_tput, delivered) = model.provision(size, iops, tput)?;
    candidate.delivers = true;
    candidate.at_size = Some(size);
    candidate.iops = p_iops;
    candidate.tput = p_tput;
    candidate.delivered = Some(delivered);
    candidate.reason = match (p_iops, p_tput) {
        (Some(i), Some(t)) => format!("provision {} IOPS and {} MiB/s", group(i), group(t)),
        (Some(i), None) => format!("provision {} IOPS", group(i)),
        _ => "from the size alone".into(),
    };
    Ok(candidate)
}

/// The need as decimals, refusing an empty one.
fn need_values(need: &Need) -> Result<(Decimal, Decimal), Error> {
    if need.iops.is_none() && need.throughput.is_none() {
        return Err(Error::Conflict {
            message: "give --iops and/or --throughput to find the volume that delivers them, or --type and --size for one volume".into(),
        });
    }
    Ok((
        need.iops.unwrap_or(Decimal::ZERO),
        need.throughput
            .as_ref()
            .map_or(Decimal::ZERO, Throughput::mibps),
    ))
}

fn describe_need(need: &Need, report: &mut Report) -> Result<Option<Decimal>, Error> {
    if let Some(iops) = need.iops {
        report.input(
            "iops",
            &iops.to_string(),
            format!("{} IOPS, sustained", group(iops)),
            Value::from(iops),
        );
    }
    if let Some(t) = &need.throughput {
        report.input(
            "throughput",
            t.text(),
            format!("{} MiB/s, sustained", group(t.mibps())),
            Value::from(t.mibps()),
        );
    }
    let Some(size) = &need.size else {
        return Ok(None);
    };
    let gib = size_gib(size)?;
    report.input(
        "size",
        size.text(),
        format!("{} GiB", group(gib)),
        Value::Map(vec![
            ("given".into(), Value::text(size.text())),
            ("gib".into(), Value::from(gib)),
        ]),
    );
    Ok(Some(gib))
}

/// `awscalc ebs --iops N [--throughput T] [--size S]`: every type, whether it sustains
/// the need, and the smallest size that does, smallest first. With `volume_type` set,
/// the one volume of that type at its smallest sufficient size.
///
/// # Errors
/// No need given; a size that is not whole GiB; with a type, a need the type cannot meet.
pub fn which_volume(need: &Need, book: &mut FactBook) -> Result<Report, Error> {
    if let Some(kind) = need.volume_type {
        return smallest_of_type(kind, need, book);
    }
    let (iops, tput) = need_values(need)?;
    let mut report = Report::new("ebs", book.as_of());
    let fixed = describe_need(need, &mut report)?;
    let mut candidates = Vec::new();
    for kind in VolumeType::ALL {
        candidates.push(evaluate(kind, iops, tput, fixed, book)?);
    }
    candidates.sort_by_key(|c| {
        (
            !c.delivers,
            c.at_size.or(c.min_size).unwrap_or(Decimal::MAX),
            c.volume_type,
        )
    });
    for c in &candidates {
        if let Some(size) = c.min_size {
            report.step(
                format!("{}: smallest size that sustains it", c.volume_type),
                c.proof.clone().unwrap_or_default(),
                size,
                "GiB",
            );
        }
    }
    let words = need_words(need.iops, need.throughput.as_ref().map(Throughput::mibps));
    let best = candidates.iter().find(|c| c.delivers);
    if let Some(c) = best {
        let size = c.at_size.unwrap_or_default();
        report.headline = if fixed.is_some() {
            format!(
                "{} of {} types sustain {words} at {} GiB",
                candidates.iter().filter(|c| c.delivers).count(),
                candidates.len(),
                group(size)
            )
        } else {
            format!(
                "{} at {} GiB is the smallest volume that sustains {words}",
                c.volume_type,
                group(size)
            )
        };
        report.field("smallest_type", Value::text(c.volume_type.name()), "");
        report.field("smallest_size_gib", Value::from(size), "GiB");
    } else {
        report.headline = format!("no EBS volume type sustains {words}");
        report.field("smallest_type", Value::Null, "");
        report.field("smallest_size_gib", Value::Null, "GiB");
    }
    report.summary =
        format!("each EBS volume type, sorted by the smallest size that sustains {words}");
    report.answer.push("smallest_type".into());
    report.field(
        "delivering",
        Value::number(candidates.iter().filter(|c| c.delivers).count()),
        "types",
    );
    let rows: Vec<Vec<Value>> = candidates.iter().map(row).collect();
    let columns = [
        "type",
        "delivers",
        "min_size_gib",
        "iops",
        "throughput_mibps",
        "reason",
    ];
    report.field(
        "candidates",
        Value::List(
            rows.iter()
                .map(|r| {
                    Value::Map(
                        columns
                            .iter()
                            .map(|c| (*c).to_string())
                            .zip(r.iter().cloned())
                            .collect(),
                    )
                })
                .collect(),
        ),
        "",
    );
    report.table = Some(Table {
        columns: columns.map(String::from).to_vec(),
        rows,
    });
    tier_table(&mut report, book)?;
    report.note(
        "sizes sustain the need without burst credits; gp2, st1 and sc1 can burst higher for a while, \
         and every volume is also held to its instance's EBS limits",
    );
    report.attach_facts(book);
    Ok(report)
}

fn row(c: &Candidate) -> Vec<Value> {
    let shown = c.delivered;
    vec![
        Value::text(c.volume_type.name()),
        Value::Bool(c.delivers),
        c.at_size.or(c.min_size).map_or(Value::Null, Value::from),
        c.iops
            .or(shown.map(|s| s.iops))
            .map_or(Value::Null, Value::from),
        c.tput
            .or(shown.map(|s| s.tput))
            .map_or(Value::Null, Value::from),
        Value::text(c.reason.clone()),
    ]
}

/// The study notes' ladder beside the maximum IOPS in force, with a note where they differ.
fn tier_table(report: &mut Report, book: &mut FactBook) -> Result<(), Error> {
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
        let max = book.value(id)?;
        let notes_max = Decimal::from(notes_max);
        if max != notes_max {
            report.note(format!(
                "the study notes' tier table ({line}) gives {kind} ~{} IOPS; on {} AWS allows {}: an exam answer may assume the older figure",
                group(notes_max),
                book.as_of(),
                group(max)
            ));
        }
        list.push(Value::Map(vec![
            ("type".into(), Value::text(kind.name())),
            ("study_notes_max_iops".into(), Value::from(notes_max)),
            ("max_iops".into(), Value::from(max)),
            ("agrees".into(), Value::Bool(max == notes_max)),
        ]));
    }
    report.field("tier_table", Value::List(list), "");
    Ok(())
}

/// `--type T --iops N` without a size: the smallest size of T, then that volume.
fn smallest_of_type(kind: VolumeType, need: &Need, book: &mut FactBook) -> Result<Report, Error> {
    let (iops, tput) = need_values(need)?;
    let words = need_words(need.iops, need.throughput.as_ref().map(Throughput::mibps));
    kind.check_exists(book)?;
    let candidate = evaluate(kind, iops, tput, None, book)?;
    if !candidate.delivers {
        return Err(Error::AwsLimit {
            message: format!(
                "{kind} cannot sustain {words}: {}; `awscalc ebs{}{}` compares every type",
                candidate.reason,
                need.iops.map_or(String::new(), |i| format!(" --iops {i}")),
                need.throughput
                    .as_ref()
                    .map_or(String::new(), |t| format!(" --throughput {}", t.text()))
            ),
        });
    }
    let size = candidate.at_size.unwrap_or_default();
    let request = VolumeRequest {
        volume_type: kind,
        size: format!("{size}gib").parse()?,
        iops: candidate.iops,
        throughput: candidate.tput.map(Throughput::from_mibps).transpose()?,
        scan: false,
    };
    let mut report = super::volume_report(&request, book)?;
    report.inputs.retain(|i| i.name == "type");
    describe_need(need, &mut report)?;
    report.steps.insert(
        0,
        crate::report::Step {
            label: format!("smallest {kind} that sustains {words}"),
            formula: candidate.proof.clone().unwrap_or_default(),
            value: Value::from(size),
            unit: "GiB".into(),
        },
    );
    report.notes.retain(|n| !n.text.starts_with('`'));
    report.headline = format!("{kind} needs at least {} GiB for {words}", group(size));
    report.summary = format!("{}: {}", kind, candidate.reason);
    report.field("min_size_gib", Value::from(size), "GiB");
    report.answer = vec!["min_size_gib".into()];
    report.alternatives = other_dates_for_size(kind, iops, tput, size, book);
    report.attach_facts(book);
    Ok(report)
}

/// The smallest size under the facts on the other side of each dated change used.
fn other_dates_for_size(
    kind: VolumeType,
    iops: Decimal,
    tput: Decimal,
    size: Decimal,
    book: &FactBook,
) -> Vec<Alternative> {
    let dates = book.change_dates();
    let mut out = Vec::new();
    for date in dates {
        let mut other = book.on(date);
        let Ok(c) = evaluate(kind, iops, tput, None, &mut other) else {
            continue;
        };
        if let Some(s) = c.at_size.filter(|s| *s != size) {
            out.push(Alternative {
                value: s,
                reading: format!("the AWS limits in force on {date}"),
                distance: 1,
            });
        }
    }
    out
}
