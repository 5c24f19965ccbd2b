//! IOPS and throughput for an I/O size: `awscalc ebs --io-size 16kib --throughput 500`.
//!
//! EBS counts I/O in operations of at most a maximum size ([I/O characteristics]): "I/O size
//! is capped at 256 KiB for SSD volumes and 1,024 KiB for HDD volumes". An I/O up to the
//! cap counts as one operation; a larger one is split (a 1,024 KiB I/O is 4 operations on
//! SSD); sequential small I/O may be merged into one operation up to the cap, which only
//! lowers the count (the report notes it). Both caps are facts (`ebs.ssd_max_io_kib`,
//! `ebs.hdd_io_kib`).
//!
//! - throughput from IOPS: `IOPS / operations per I/O × I/O size / 1,024` MiB/s;
//! - IOPS from a throughput: `ceil(MiB/s × 1,024 / I/O size × operations per I/O)`.
//!
//! With `--type`, the type's limits apply too: its maximum IOPS and the most throughput
//! its rule gives at those IOPS (gp3 0.25 MiB/s per IOPS, io1's step, io2's 0.256 MiB/s
//! per IOPS, gp2's, st1's and sc1's maximum), and the result says which side limits.
//!
//! [I/O characteristics]: https://docs.aws.amazon.com/ebs/latest/userguide/ebs-io-characteristics.html

use rust_decimal::Decimal;
use serde::Serialize;

use super::models::{Gp2, Gp3, Hdd, Io};
use super::throughput::Throughput;
use super::{per_mib, q, Problem, VolumeType};
use crate::error::Error;
use crate::facts::ebs as fact;
use crate::facts::FactBook;
use crate::steps::{Expr, Rounding, Step, Unit};
use crate::units::{KbConvention, Size, SizeUnit};

/// `awscalc ebs --io-size SIZE (--iops N | --throughput T) [--type TYPE]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IoSizeRequest {
    /// The size of each I/O; a bare number is KiB.
    pub io_size: Size,
    /// IOPS, as the volume counts them: the throughput they give is the answer.
    pub iops: Option<Decimal>,
    /// A throughput: the IOPS it needs are the answer.
    pub throughput: Option<Throughput>,
    /// A type whose limits apply too.
    pub volume_type: Option<VolumeType>,
}

/// SSD or HDD: the two ways EBS counts an I/O.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Family {
    /// gp2, gp3, io1, io2: up to 256 KiB is one operation.
    Ssd,
    /// st1, sc1: up to 1,024 KiB is one operation (one 1 MiB I/O credit).
    Hdd,
}

impl Family {
    /// The family of a type; `None` for magnetic (standard), which has no I/O size rule.
    #[must_use]
    pub fn of(kind: VolumeType) -> Option<Family> {
        match kind {
            VolumeType::Gp2 | VolumeType::Gp3 | VolumeType::Io1 | VolumeType::Io2 => {
                Some(Family::Ssd)
            }
            VolumeType::St1 | VolumeType::Sc1 => Some(Family::Hdd),
            VolumeType::Standard => None,
        }
    }
}

/// Which way the question goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// `--throughput`: the IOPS it needs.
    IopsFromThroughput,
    /// `--iops`: the throughput they give.
    ThroughputFromIops,
}

/// What each step computes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum IoStep {
    /// Operations one I/O counts as: `ceil(I/O size / cap)`.
    OperationsPerIo {
        /// The family.
        family: Family,
    },
    /// IOPS a throughput needs.
    Iops {
        /// The family.
        family: Family,
    },
    /// Throughput IOPS give.
    Throughput {
        /// The family.
        family: Family,
    },
    /// The IOPS the type allows of those given: `min(IOPS, maximum)`.
    TypeIops,
    /// The throughput the IOPS give within the type's maximum IOPS.
    TypeIoSizeThroughput,
    /// The most throughput the type's rule allows at those IOPS.
    TypeThroughputCap,
    /// What the type delivers: the lower of the two.
    Delivered,
    /// The IOPS to provision (gp3, io1, io2): at least the workload's, and enough for its
    /// throughput under the type's rule.
    Provision,
}

/// One family's count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Counted {
    /// SSD or HDD.
    pub family: Family,
    /// The largest I/O counted as one operation, KiB.
    pub max_io_kib: Decimal,
    /// Operations one I/O counts as.
    pub operations_per_io: Decimal,
    /// IOPS as the volume counts them: given, or needed.
    pub iops: Decimal,
    /// Throughput: given, or what the IOPS give, MiB/s.
    pub throughput_mibps: Decimal,
}

/// Which side limits what a type delivers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "limit", rename_all = "snake_case")]
pub enum IoLimit {
    /// The I/O size: the type allows it all.
    IoSize,
    /// The type's maximum IOPS.
    TypeIops {
        /// The maximum.
        max_iops: Decimal,
    },
    /// The most throughput the type's rule gives at the IOPS.
    TypeThroughput {
        /// The cap, MiB/s.
        max_mibps: Decimal,
    },
}

/// The type's side of the answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct TypeLimit {
    /// The type.
    pub volume_type: VolumeType,
    /// Its maximum IOPS in force.
    pub max_iops: Decimal,
    /// Throughput it delivers: of the given IOPS, or at most of this I/O size (at its
    /// maximum IOPS) when a throughput was given.
    pub delivered_mibps: Decimal,
    /// IOPS to provision for the throughput (gp3, io1, io2), where the type reaches it.
    pub provision_iops: Option<Decimal>,
    /// Whether the type delivers what was asked.
    pub fits: bool,
    /// Which side limits.
    pub limit: IoLimit,
}

/// The answer to an I/O size question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IoSizeAnswer {
    /// The I/O size, KiB.
    pub io_kib: Decimal,
    /// Which way the question goes.
    pub direction: Direction,
    /// The count, per family: the type's family, or SSD then HDD.
    pub counts: Vec<Counted>,
    /// The type's limits, with `--type`.
    pub type_limit: Option<TypeLimit>,
    /// The derivation.
    pub steps: Vec<Step<IoStep>>,
}

impl IoSizeAnswer {
    /// The answer `--expect` compares: the IOPS needed (the first family's), or the
    /// throughput delivered (the type's, else the first family's).
    #[must_use]
    pub fn answer(&self) -> Decimal {
        match self.direction {
            Direction::IopsFromThroughput => self.counts[0].iops,
            Direction::ThroughputFromIops => self
                .type_limit
                .map_or(self.counts[0].throughput_mibps, |t| t.delivered_mibps),
        }
    }
}

/// A type's rule, as far as the I/O size question needs it.
enum Rule {
    Gp2(Gp2),
    Gp3(Gp3),
    Io(Io),
    Hdd(Hdd),
}

impl Rule {
    fn load(kind: VolumeType, book: &mut FactBook) -> Result<Rule, Error> {
        Ok(match kind {
            VolumeType::Gp2 => Rule::Gp2(Gp2::load(book)?),
            VolumeType::Gp3 => Rule::Gp3(Gp3::load(book)?),
            VolumeType::Io1 | VolumeType::Io2 => Rule::Io(Io::load(kind, book)?),
            VolumeType::St1 | VolumeType::Sc1 => Rule::Hdd(Hdd::load(kind, book)?),
            VolumeType::Standard => return Err(Problem::IoSizeNoRule { volume_type: kind }.into()),
        })
    }

    fn max_iops(&self) -> Decimal {
        match self {
            Rule::Gp2(r) => r.max_iops,
            Rule::Gp3(r) => r.max_iops,
            Rule::Io(r) => r.max_iops,
            Rule::Hdd(r) => r.max_iops,
        }
    }

    /// The most throughput the rule allows at `iops`.
    fn cap_expr(&self, iops: Decimal) -> Expr {
        let max = |v| q("max_throughput", v, Unit::MibPerSecond);
        match self {
            Rule::Gp2(r) => max(r.max_tput),
            Rule::Gp3(r) => r.max_tput_expr(q("iops", iops, Unit::Iops)),
            Rule::Io(r) => r.throughput_expr(iops),
            Rule::Hdd(r) => max(r.max_tput),
        }
    }

    /// The fewest IOPS whose rule allows `mibps` (gp3, io1, io2); `None` for the types
    /// whose IOPS are not provisioned, or where no IOPS reach it.
    fn iops_for(&self, mibps: Decimal) -> Result<Option<Decimal>, Error> {
        match self {
            Rule::Gp3(r) => Ok((mibps <= r.max_tput)
                .then(|| r.min_iops_for_tput(mibps))
                .transpose()?),
            Rule::Io(r) => r.min_iops_for_tput(mibps),
            Rule::Gp2(_) | Rule::Hdd(_) => Ok(None),
        }
    }
}

fn record(steps: &mut Vec<Step<IoStep>>, what: IoStep, formula: Expr) -> Result<Decimal, Error> {
    let step = Step::rounded(what, formula, Rounding::Exact)?;
    let value = step.value;
    steps.push(step);
    Ok(value)
}

/// An I/O size in KiB; a bare number is KiB, and `kb` is read as KiB, as AWS states EBS
/// I/O sizes in binary units.
///
/// # Errors
/// Size parse limits.
pub fn io_kib(size: &Size) -> Result<Decimal, Error> {
    let bytes = size.bytes(SizeUnit::Kibi, KbConvention::Binary)?;
    Ok((bytes / SizeUnit::Kibi.bytes(KbConvention::Binary)).normalize())
}

/// `throughput / operations × I/O size / 1,024`, or without the operations where one I/O
/// is one operation.
fn throughput_expr(iops: Expr, ops: Decimal, io_kib: Decimal) -> Expr {
    let per_io = if ops == Decimal::ONE {
        iops
    } else {
        iops.over(q("operations_per_io", ops, Unit::Count))
    };
    per_io.times(q("io_kib", io_kib, Unit::Kib)).over(per_mib())
}

/// `awscalc ebs --io-size S (--iops N | --throughput T) [--type T]`.
///
/// ```
/// use awscalc::calc::ebs::{io_size, IoSizeRequest, VolumeType};
/// use awscalc::facts::{FactBook, Registry};
///
/// // 500 MiB/s of 16 KiB I/O: 500 × 1,024 / 16 = 32,000 IOPS.
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 11, 30));
/// let request = IoSizeRequest {
///     io_size: "16kib".parse().unwrap(),
///     iops: None,
///     throughput: Some("500".parse().unwrap()),
///     volume_type: None,
/// };
/// assert_eq!(io_size(&request, &mut book).unwrap().answer(), 32_000.into());
///
/// // magnetic (standard) has no I/O size rule.
/// let standard = IoSizeRequest { volume_type: Some(VolumeType::Standard), ..request };
/// assert!(io_size(&standard, &mut book).is_err());
/// ```
///
/// # Errors
/// Neither or both of IOPS and throughput, a type with no I/O size rule or not yet in
/// existence, arithmetic beyond exact range.
pub fn io_size(request: &IoSizeRequest, book: &mut FactBook) -> Result<IoSizeAnswer, Error> {
    let direction = match (request.iops, &request.throughput) {
        (Some(_), None) => Direction::ThroughputFromIops,
        (None, Some(_)) => Direction::IopsFromThroughput,
        _ => return Err(Problem::IoSizeDirection.into()),
    };
    let rule = match request.volume_type {
        Some(kind) => {
            kind.check_exists(book)?;
            Some((kind, Rule::load(kind, book)?))
        }
        None => None,
    };
    let io_kib = io_kib(&request.io_size)?;
    let families = match request.volume_type.and_then(Family::of) {
        Some(family) => vec![family],
        None => vec![Family::Ssd, Family::Hdd],
    };
    let mut steps = Vec::new();
    let mut counts = Vec::new();
    for family in families {
        let max_io_kib = book.value(match family {
            Family::Ssd => fact::SSD_MAX_IO_KIB,
            Family::Hdd => fact::HDD_IO_KIB,
        })?;
        let ops = record(
            &mut steps,
            IoStep::OperationsPerIo { family },
            q("io_kib", io_kib, Unit::Kib)
                .over(q("max_io_kib", max_io_kib, Unit::Kib))
                .ceil(),
        )?;
        let (iops, throughput_mibps) = match (request.iops, &request.throughput) {
            (Some(iops), _) => {
                let tput = record(
                    &mut steps,
                    IoStep::Throughput { family },
                    throughput_expr(q("iops", iops, Unit::Iops), ops, io_kib),
                )?;
                (iops, tput)
            }
            (None, Some(t)) => {
                let per_io = q("throughput", t.mibps(), Unit::MibPerSecond)
                    .times(per_mib())
                    .over(q("io_kib", io_kib, Unit::Kib));
                let formula = if ops == Decimal::ONE {
                    per_io
                } else {
                    per_io.times(q("operations_per_io", ops, Unit::Count))
                };
                let iops = record(&mut steps, IoStep::Iops { family }, formula.ceil())?;
                (iops, t.mibps())
            }
            (None, None) => return Err(Problem::IoSizeDirection.into()),
        };
        counts.push(Counted {
            family,
            max_io_kib,
            operations_per_io: ops,
            iops,
            throughput_mibps,
        });
    }
    let type_limit = match rule {
        Some((kind, rule)) => Some(limit(
            kind, &rule, &counts[0], direction, io_kib, &mut steps,
        )?),
        None => None,
    };
    Ok(IoSizeAnswer {
        io_kib,
        direction,
        counts,
        type_limit,
        steps,
    })
}

/// What `kind` delivers of the counted workload, and which side limits.
fn limit(
    kind: VolumeType,
    rule: &Rule,
    counted: &Counted,
    direction: Direction,
    io_kib: Decimal,
    steps: &mut Vec<Step<IoStep>>,
) -> Result<TypeLimit, Error> {
    let max_iops = rule.max_iops();
    let ops = counted.operations_per_io;
    let wanted = counted.throughput_mibps;
    // A throughput asked of gp3, io1 or io2 needs the IOPS its rule asks for that
    // throughput, if more than the workload's.
    let provision_iops = match (direction, rule.iops_for(wanted)?) {
        (Direction::IopsFromThroughput, Some(for_tput)) => Some(record(
            steps,
            IoStep::Provision,
            Expr::max(vec![
                q("iops", counted.iops, Unit::Iops),
                q("iops_for_throughput", for_tput, Unit::Iops),
            ]),
        )?),
        _ => None,
    };
    let asked = provision_iops.unwrap_or(counted.iops);
    let iops = record(
        steps,
        IoStep::TypeIops,
        Expr::min(vec![
            q("max_iops", max_iops, Unit::Iops),
            q("iops", asked, Unit::Iops),
        ]),
    )?;
    let data = record(
        steps,
        IoStep::TypeIoSizeThroughput,
        throughput_expr(q("iops", iops, Unit::Iops), ops, io_kib),
    )?;
    let cap = record(steps, IoStep::TypeThroughputCap, rule.cap_expr(iops))?;
    let mut terms = vec![
        q("io_size_throughput", data, Unit::MibPerSecond),
        q("max_throughput", cap, Unit::MibPerSecond),
    ];
    // Asked for a throughput, the type delivers no more than it.
    let target = match direction {
        Direction::IopsFromThroughput => {
            terms.push(q("throughput", wanted, Unit::MibPerSecond));
            wanted
        }
        Direction::ThroughputFromIops => data,
    };
    let delivered = record(steps, IoStep::Delivered, Expr::min(terms))?;
    let limit = if asked > max_iops {
        IoLimit::TypeIops { max_iops }
    } else if cap < target {
        IoLimit::TypeThroughput { max_mibps: cap }
    } else {
        IoLimit::IoSize
    };
    Ok(TypeLimit {
        volume_type: kind,
        max_iops,
        delivered_mibps: delivered,
        provision_iops: provision_iops.filter(|_| limit == IoLimit::IoSize),
        fits: limit == IoLimit::IoSize,
        limit,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::Registry;
    use proptest::prelude::*;

    fn book() -> FactBook {
        FactBook::new(Registry::builtin(), jiff::civil::date(2026, 11, 30))
    }

    fn ask(
        io: &str,
        iops: Option<u64>,
        tput: Option<&str>,
        kind: Option<VolumeType>,
    ) -> IoSizeAnswer {
        let request = IoSizeRequest {
            io_size: io.parse().unwrap(),
            iops: iops.map(Decimal::from),
            throughput: tput.map(|t| t.parse().unwrap()),
            volume_type: kind,
        };
        io_size(&request, &mut book()).unwrap()
    }

    fn d(text: &str) -> Decimal {
        text.parse().unwrap()
    }

    #[test]
    fn five_hundred_mibps_of_16_kib_needs_32000_iops() {
        // 500 MiB/s × 1,024 KiB/MiB / 16 KiB = 32,000 I/O per second, each one operation
        // on SSD (≤ 256 KiB) and on HDD (≤ 1,024 KiB).
        let a = ask("16kib", None, Some("500"), None);
        assert_eq!(a.answer(), d("32000"));
        assert_eq!(a.counts[1].iops, d("32000"));
        assert_eq!(a.counts[0].operations_per_io, Decimal::ONE);
    }

    #[test]
    fn ten_thousand_iops_of_64_kib_give_625_mibps() {
        // 10,000 × 64 KiB / 1,024 = 625 MiB/s.
        assert_eq!(ask("64kib", Some(10_000), None, None).answer(), d("625"));
        assert_eq!(ask("64", Some(10_000), None, None).answer(), d("625"));
    }

    #[test]
    fn a_1024_kib_io_is_four_ssd_operations_and_one_hdd() {
        // AWS (VolumeConsumedReadWriteOps): "a 1024K I/O would count as 4 consumed IOPS".
        // 500 MiB/s of 1 MiB I/O: 500 I/O per second, 2,000 SSD operations, 500 HDD.
        let a = ask("1mib", None, Some("500"), None);
        assert_eq!(a.counts[0].operations_per_io, d("4"));
        assert_eq!(a.counts[0].iops, d("2000"));
        assert_eq!(a.counts[1].operations_per_io, Decimal::ONE);
        assert_eq!(a.counts[1].iops, d("500"));
        // 300 KiB is split into two 256 KiB operations (rounded up).
        assert_eq!(
            ask("300kib", Some(1000), None, None).counts[0].operations_per_io,
            d("2")
        );
    }

    #[test]
    fn gp2_caps_625_mibps_at_its_250_maximum() {
        let a = ask("64kib", Some(10_000), None, Some(VolumeType::Gp2));
        let t = a.type_limit.unwrap();
        assert_eq!(t.delivered_mibps, d("250"));
        assert_eq!(
            t.limit,
            IoLimit::TypeThroughput {
                max_mibps: d("250")
            }
        );
        assert!(!t.fits);
        assert_eq!(a.answer(), d("250"));
    }

    #[test]
    fn io1_at_10000_iops_gives_at_most_500_mibps() {
        // io1 up to 32,000 IOPS: min(500, IOPS × 256 KiB / 1,024) = 500 MiB/s < 625.
        let t = ask("64kib", Some(10_000), None, Some(VolumeType::Io1))
            .type_limit
            .unwrap();
        assert_eq!(t.delivered_mibps, d("500"));
        assert_eq!(
            t.limit,
            IoLimit::TypeThroughput {
                max_mibps: d("500")
            }
        );
    }

    #[test]
    fn gp3_delivers_625_mibps_of_10000_iops() {
        // gp3: min(2,000, 0.25 × 10,000) = 2,000 MiB/s allowed, 625 given.
        let t = ask("64kib", Some(10_000), None, Some(VolumeType::Gp3))
            .type_limit
            .unwrap();
        assert_eq!(t.delivered_mibps, d("625"));
        assert_eq!(t.limit, IoLimit::IoSize);
        assert!(t.fits);
    }

    #[test]
    fn st1_counts_small_io_as_whole_credits() {
        // st1: at most 500 IOPS, each 64 KiB I/O one operation: 500 × 64 / 1,024 = 31.25.
        let t = ask("64kib", Some(10_000), None, Some(VolumeType::St1))
            .type_limit
            .unwrap();
        assert_eq!(t.delivered_mibps, d("31.25"));
        assert_eq!(t.limit, IoLimit::TypeIops { max_iops: d("500") });
    }

    #[test]
    fn gp2_cannot_run_32000_iops_of_16_kib() {
        // gp2's 16,000 IOPS × 16 KiB / 1,024 = 250 MiB/s.
        let a = ask("16kib", None, Some("500"), Some(VolumeType::Gp2));
        assert_eq!(a.answer(), d("32000"));
        let t = a.type_limit.unwrap();
        assert_eq!(
            t.limit,
            IoLimit::TypeIops {
                max_iops: d("16000")
            }
        );
        assert_eq!(t.delivered_mibps, d("250"));
        assert!(!t.fits);
    }

    #[test]
    fn io1_needs_more_iops_than_the_workload_above_its_step() {
        // 800 MiB/s of 64 KiB is 12,800 IOPS, but io1 gives 800 MiB/s only above 32,000
        // IOPS at 16 KiB per IOPS: 800 × 1,024 / 16 = 51,200 IOPS to provision.
        let a = ask("64kib", None, Some("800"), Some(VolumeType::Io1));
        assert_eq!(a.answer(), d("12800"));
        let t = a.type_limit.unwrap();
        assert_eq!(t.provision_iops, Some(d("51200")));
        assert_eq!(t.delivered_mibps, d("800"));
        assert!(t.fits);
    }

    #[test]
    fn gp3_before_its_raise_ran_at_most_16000_iops() {
        let request = IoSizeRequest {
            io_size: "16kib".parse().unwrap(),
            iops: None,
            throughput: Some("500".parse().unwrap()),
            volume_type: Some(VolumeType::Gp3),
        };
        let mut old = FactBook::new(Registry::builtin(), jiff::civil::date(2025, 1, 1));
        let t = io_size(&request, &mut old).unwrap().type_limit.unwrap();
        assert_eq!(
            t.limit,
            IoLimit::TypeIops {
                max_iops: d("16000")
            }
        );
        assert_eq!(t.delivered_mibps, d("250"));
        let now = io_size(&request, &mut book()).unwrap().type_limit.unwrap();
        assert_eq!(now.provision_iops, Some(d("32000")));
        assert!(now.fits);
    }

    #[test]
    fn one_way_only_and_no_magnetic() {
        let both = IoSizeRequest {
            io_size: "16kib".parse().unwrap(),
            iops: Some(d("100")),
            throughput: Some("5".parse().unwrap()),
            volume_type: None,
        };
        assert_eq!(
            io_size(&both, &mut book()).unwrap_err().to_string(),
            Error::from(Problem::IoSizeDirection).to_string()
        );
        let magnetic = IoSizeRequest {
            throughput: None,
            volume_type: Some(VolumeType::Standard),
            ..both
        };
        assert!(io_size(&magnetic, &mut book())
            .unwrap_err()
            .to_string()
            .contains("no I/O size rule"));
    }

    proptest! {
        #[test]
        fn prop_iops_to_throughput_and_back(iops in 1u64..=1_000_000, kib in 1u64..=4096) {
            let io = format!("{kib}kib");
            let there = ask(&io, Some(iops), None, None);
            for c in &there.counts {
                // Operations per I/O cover the I/O, and one fewer would not.
                prop_assert!(c.operations_per_io * c.max_io_kib >= Decimal::from(kib));
                prop_assert!((c.operations_per_io - Decimal::ONE) * c.max_io_kib < Decimal::from(kib));
            }
            let tput = there.counts[0].throughput_mibps;
            let back = ask(&io, None, Some(&format!("{tput}")), None).counts[0].iops;
            if there.counts[0].operations_per_io == Decimal::ONE {
                // IOPS × KiB / 1,024 is exact: the way back gives the IOPS again.
                prop_assert_eq!(back, Decimal::from(iops));
            } else {
                // Divided by 3 or 7 operations, the throughput is rounded at 28 digits,
                // and the ceiling on the way back may add one.
                prop_assert!(back == Decimal::from(iops) || back == Decimal::from(iops + 1));
            }
        }

        #[test]
        fn prop_a_type_never_delivers_more_than_asked_or_allowed(
            iops in 1u64..=400_000,
            kib in 1u64..=2048,
            k in 0usize..6,
        ) {
            let kind = VolumeType::ALL[k];
            let a = ask(&format!("{kib}kib"), Some(iops), None, Some(kind));
            let t = a.type_limit.unwrap();
            prop_assert!(t.delivered_mibps <= a.counts[0].throughput_mibps);
            let most = t.max_iops / a.counts[0].operations_per_io * Decimal::from(kib) / Decimal::from(1024);
            prop_assert!(t.delivered_mibps <= most);
            prop_assert_eq!(t.fits, t.limit == IoLimit::IoSize);
        }

        #[test]
        fn prop_io_size_never_panics(s in "\\PC{0,12}", iops in 1u64..=u64::from(u32::MAX)) {
            if let Ok(size) = s.parse::<Size>() {
                let request = IoSizeRequest { io_size: size, iops: Some(Decimal::from(iops)), throughput: None, volume_type: Some(VolumeType::Gp3) };
                let _ = io_size(&request, &mut book());
            }
        }
    }
}
