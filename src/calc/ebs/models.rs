//! The five EBS volume models, each with its limits read from the facts registry and its
//! formulas written once as [`Expr`]s: gp2, gp3, io1/io2, st1/sc1 and standard.

use rust_decimal::Decimal;

use super::{gib, gib_per_tib, kib_per_mib, n, per_mib, q, VolumeType};
use crate::error::Error;
use crate::facts::ebs as fact;
use crate::facts::FactBook;
use crate::steps::{Expr, Unit};
use crate::units::ceil_div;

/// gp2's rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Gp2 {
    pub(super) min_size: Decimal,
    pub(super) max_size: Decimal,
    pub(super) per_gib: Decimal,
    pub(super) min_iops: Decimal,
    pub(super) max_iops: Decimal,
    pub(super) burst_iops: Decimal,
    pub(super) credits: Decimal,
    pub(super) small_tput: Decimal,
    pub(super) small_max_gib: Decimal,
    pub(super) max_tput: Decimal,
    pub(super) io_kib: Decimal,
}

impl Gp2 {
    pub(super) fn load(book: &mut FactBook) -> Result<Gp2, Error> {
        Ok(Gp2 {
            min_size: book.value(fact::GP2_MIN_SIZE_GIB)?,
            max_size: book.value(fact::GP2_MAX_SIZE_GIB)?,
            per_gib: book.value(fact::GP2_IOPS_PER_GIB)?,
            min_iops: book.value(fact::GP2_MIN_IOPS)?,
            max_iops: book.value(fact::GP2_MAX_IOPS)?,
            burst_iops: book.value(fact::GP2_BURST_IOPS)?,
            credits: book.value(fact::GP2_CREDIT_BALANCE)?,
            small_tput: book.value(fact::GP2_SMALL_THROUGHPUT_MIBPS)?,
            small_max_gib: book.value(fact::GP2_SMALL_MAX_GIB)?,
            max_tput: book.value(fact::GP2_MAX_THROUGHPUT_MIBPS)?,
            io_kib: book.value(fact::SSD_MAX_IO_KIB)?,
        })
    }

    /// Baseline IOPS: `min(max, max(min, 3 × size))`.
    pub(super) fn baseline_expr(&self, size: Decimal) -> Expr {
        Expr::min(vec![
            q("max_iops", self.max_iops, Unit::Iops),
            Expr::max(vec![
                q("min_iops", self.min_iops, Unit::Iops),
                q("iops_per_gib", self.per_gib, Unit::Count).times(q(
                    "size_gib",
                    size,
                    Unit::Count,
                )),
            ]),
        ])
    }

    pub(super) fn baseline_iops(&self, size: Decimal) -> Result<Decimal, Error> {
        self.baseline_expr(size).eval()
    }

    /// Whether the volume bursts: only while its baseline is below the burst rate.
    pub(super) fn bursts(&self, size: Decimal) -> Result<bool, Error> {
        Ok(self.baseline_iops(size)? < self.burst_iops)
    }

    /// Seconds a full bucket sustains the burst: `credits / (burst − baseline)`.
    pub(super) fn burst_seconds_expr(&self, baseline: Expr) -> Expr {
        q("credits", self.credits, Unit::Count)
            .over(q("burst_iops", self.burst_iops, Unit::Iops).minus(baseline))
    }

    /// Seconds an empty bucket takes to fill, earning at the baseline rate:
    /// `credits / baseline`.
    pub(super) fn refill_seconds_expr(&self, baseline: Expr) -> Expr {
        q("credits", self.credits, Unit::Count).over(baseline)
    }

    /// The most throughput the size allows: 128 MiB/s up to 170 GiB, else the cap.
    pub(super) fn max_throughput_expr(&self, size: Decimal) -> Expr {
        Expr::pick(
            gib(size).labelled(Unit::Gib),
            q("small_max_gib", self.small_max_gib, Unit::Gib).labelled(Unit::Gib),
            q("small_throughput", self.small_tput, Unit::MibPerSecond),
            q("max_throughput", self.max_tput, Unit::MibPerSecond),
        )
    }

    pub(super) fn max_throughput(&self, size: Decimal) -> Result<Decimal, Error> {
        self.max_throughput_expr(size).eval()
    }

    /// Throughput without credits: `min(max, baseline × 256 / 1,024)`.
    pub(super) fn sustained_expr(&self, max_tput: Expr, baseline: Expr) -> Expr {
        Expr::min(vec![
            max_tput,
            baseline
                .times(q("io_kib", self.io_kib, Unit::Kib))
                .over(per_mib()),
        ])
    }

    pub(super) fn sustained_throughput(&self, size: Decimal) -> Result<Decimal, Error> {
        self.sustained_expr(self.max_throughput_expr(size), self.baseline_expr(size))
            .eval()
    }
}

/// gp3's rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Gp3 {
    pub(super) min_size: Decimal,
    pub(super) max_size: Decimal,
    pub(super) base_iops: Decimal,
    pub(super) base_tput: Decimal,
    pub(super) per_gib: Decimal,
    pub(super) per_iops: Decimal,
    pub(super) max_iops: Decimal,
    pub(super) max_tput: Decimal,
}

impl Gp3 {
    pub(super) fn load(book: &mut FactBook) -> Result<Gp3, Error> {
        VolumeType::Gp3.check_exists(book)?;
        Ok(Gp3 {
            min_size: book.value(fact::GP3_MIN_SIZE_GIB)?,
            max_size: book.value(fact::GP3_MAX_SIZE_GIB)?,
            base_iops: book.value(fact::GP3_BASELINE_IOPS)?,
            base_tput: book.value(fact::GP3_BASELINE_THROUGHPUT_MIBPS)?,
            per_gib: book.value(fact::GP3_IOPS_PER_GIB)?,
            per_iops: book.value(fact::GP3_THROUGHPUT_PER_IOPS_MIBPS)?,
            max_iops: book.value(fact::GP3_MAX_IOPS)?,
            max_tput: book.value(fact::GP3_MAX_THROUGHPUT_MIBPS)?,
        })
    }

    /// The most IOPS the size allows: `max(3,000, min(max, 500 × size))`.
    pub(super) fn max_iops_expr(&self, size: Decimal) -> Expr {
        Expr::max(vec![
            q("included_iops", self.base_iops, Unit::Iops),
            Expr::min(vec![
                q("max_iops", self.max_iops, Unit::Iops),
                q("iops_per_gib", self.per_gib, Unit::Count).times(q(
                    "size_gib",
                    size,
                    Unit::Count,
                )),
            ]),
        ])
    }

    pub(super) fn max_iops_for(&self, size: Decimal) -> Result<Decimal, Error> {
        self.max_iops_expr(size).eval()
    }

    /// The most throughput `iops` allow: `min(max, 0.25 × iops)`.
    pub(super) fn max_tput_expr(&self, iops: Expr) -> Expr {
        Expr::min(vec![
            q("max_throughput", self.max_tput, Unit::MibPerSecond),
            q("throughput_per_iops", self.per_iops, Unit::MibPerSecond).times(iops),
        ])
    }

    pub(super) fn max_tput_for(&self, iops: Decimal) -> Result<Decimal, Error> {
        self.max_tput_expr(q("iops", iops, Unit::Iops)).eval()
    }

    /// The smallest size that allows `iops`: the inverse of [`Gp3::max_iops_expr`].
    pub(super) fn min_size_for_iops(&self, iops: Decimal) -> Result<Decimal, Error> {
        if iops <= self.base_iops {
            return Ok(self.min_size);
        }
        Ok(ceil_div(iops, self.per_gib)?.max(self.min_size))
    }

    /// The fewest IOPS that allow `tput`: the inverse of [`Gp3::max_tput_expr`].
    pub(super) fn min_iops_for_tput(&self, tput: Decimal) -> Result<Decimal, Error> {
        Ok(ceil_div(tput, self.per_iops)?.max(self.base_iops))
    }
}

/// How io1 and io2 throughput follows from IOPS.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum IoThroughput {
    /// io1 (and io2 before Block Express): 256 KiB per IOPS up to a cap at the step,
    /// then 16 KiB per IOPS up to the maximum.
    Stepped {
        step_iops: Decimal,
        step_tput: Decimal,
        io_kib: Decimal,
        kib_above: Decimal,
        max_tput: Decimal,
    },
    /// io2 Block Express: 0.256 MiB/s per IOPS up to the maximum.
    Linear {
        per_iops: Decimal,
        max_tput: Decimal,
    },
}

/// io1's or io2's rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Io {
    pub(super) kind: VolumeType,
    pub(super) min_size: Decimal,
    pub(super) max_size: Decimal,
    pub(super) min_iops: Decimal,
    pub(super) per_gib: Decimal,
    pub(super) max_iops: Decimal,
    pub(super) rule: IoThroughput,
}

impl Io {
    pub(super) fn load(kind: VolumeType, book: &mut FactBook) -> Result<Io, Error> {
        kind.check_exists(book)?;
        let stepped = |book: &mut FactBook, max_tput: Decimal| -> Result<IoThroughput, Error> {
            Ok(IoThroughput::Stepped {
                step_iops: book.value(fact::IO1_STEP_IOPS)?,
                step_tput: book.value(fact::IO1_STEP_THROUGHPUT_MIBPS)?,
                io_kib: book.value(fact::SSD_MAX_IO_KIB)?,
                kib_above: book.value(fact::IO1_KIB_PER_IOPS_ABOVE_STEP)?,
                max_tput,
            })
        };
        if kind == VolumeType::Io1 {
            let max_tput = book.value(fact::IO1_MAX_THROUGHPUT_MIBPS)?;
            return Ok(Io {
                kind,
                min_size: book.value(fact::IO1_MIN_SIZE_GIB)?,
                max_size: book.value(fact::IO1_MAX_SIZE_GIB)?,
                min_iops: book.value(fact::IO1_MIN_IOPS)?,
                per_gib: book.value(fact::IO1_IOPS_PER_GIB)?,
                max_iops: book.value(fact::IO1_MAX_IOPS)?,
                rule: stepped(book, max_tput)?,
            });
        }
        let max_tput = book.value(fact::IO2_MAX_THROUGHPUT_MIBPS)?;
        let rule = if book.peek(fact::IO2_THROUGHPUT_PER_IOPS_MIBPS).is_some() {
            IoThroughput::Linear {
                per_iops: book.value(fact::IO2_THROUGHPUT_PER_IOPS_MIBPS)?,
                max_tput,
            }
        } else {
            stepped(book, max_tput)?
        };
        Ok(Io {
            kind,
            min_size: book.value(fact::IO2_MIN_SIZE_GIB)?,
            max_size: book.value(fact::IO2_MAX_SIZE_GIB)?,
            min_iops: book.value(fact::IO2_MIN_IOPS)?,
            per_gib: book.value(fact::IO2_IOPS_PER_GIB)?,
            max_iops: book.value(fact::IO2_MAX_IOPS)?,
            rule,
        })
    }

    /// The most IOPS the size allows: `min(max, ratio × size)`.
    pub(super) fn max_iops_expr(&self, size: Decimal) -> Expr {
        Expr::min(vec![
            q("max_iops", self.max_iops, Unit::Iops),
            q("iops_per_gib", self.per_gib, Unit::Count).times(q("size_gib", size, Unit::Count)),
        ])
    }

    pub(super) fn max_iops_for(&self, size: Decimal) -> Result<Decimal, Error> {
        self.max_iops_expr(size).eval()
    }

    /// The smallest size that allows `iops`: the inverse of [`Io::max_iops_expr`].
    pub(super) fn min_size_for_iops(&self, iops: Decimal) -> Result<Decimal, Error> {
        Ok(ceil_div(iops, self.per_gib)?.max(self.min_size))
    }

    /// The throughput `iops` provisioned IOPS give: io1's step
    /// (`iops ≤ 32,000: min(500, iops × 256 KiB / 1,024)`, else
    /// `min(1,000, iops × 16 KiB / 1,024)`), or Block Express's `min(4,000, 0.256 × iops)`.
    pub(super) fn throughput_expr(&self, iops: Decimal) -> Expr {
        let iops_q = || q("iops", iops, Unit::Iops);
        match self.rule {
            IoThroughput::Stepped {
                step_iops,
                step_tput,
                io_kib,
                kib_above,
                max_tput,
            } => {
                let at = |cap: Decimal, kib: Decimal| {
                    Expr::min(vec![
                        q("max_throughput", cap, Unit::MibPerSecond),
                        iops_q()
                            .times(q("io_kib", kib, Unit::Kib).labelled(Unit::Kib))
                            .over(per_mib()),
                    ])
                };
                Expr::pick(
                    iops_q(),
                    q("step_iops", step_iops, Unit::Iops),
                    at(step_tput, io_kib),
                    at(max_tput, kib_above),
                )
            }
            IoThroughput::Linear { per_iops, max_tput } => Expr::min(vec![
                q("max_throughput", max_tput, Unit::MibPerSecond),
                q("throughput_per_iops", per_iops, Unit::MibPerSecond).times(iops_q()),
            ]),
        }
    }

    pub(super) fn throughput(&self, iops: Decimal) -> Result<Decimal, Error> {
        self.throughput_expr(iops).eval()
    }

    /// The fewest provisioned IOPS whose throughput reaches `tput` (the inverse of
    /// [`Io::throughput_expr`]); `None` above the maximum.
    pub(super) fn min_iops_for_tput(&self, tput: Decimal) -> Result<Option<Decimal>, Error> {
        let iops = match self.rule {
            IoThroughput::Stepped {
                step_iops,
                step_tput,
                io_kib,
                kib_above,
                max_tput,
            } => {
                if tput <= step_tput {
                    ceil_div(tput * kib_per_mib(), io_kib)?
                } else if tput <= max_tput {
                    ceil_div(tput * kib_per_mib(), kib_above)?.max(step_iops + Decimal::ONE)
                } else {
                    return Ok(None);
                }
            }
            IoThroughput::Linear { per_iops, max_tput } => {
                if tput > max_tput {
                    return Ok(None);
                }
                ceil_div(tput, per_iops)?
            }
        };
        Ok(Some(iops.max(self.min_iops)))
    }
}

/// st1's or sc1's rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Hdd {
    pub(super) kind: VolumeType,
    pub(super) min_size: Decimal,
    pub(super) max_size: Decimal,
    pub(super) base_per_tib: Decimal,
    pub(super) burst_per_tib: Decimal,
    pub(super) max_tput: Decimal,
    pub(super) max_iops: Decimal,
    pub(super) io_kib: Decimal,
    pub(super) bucket_per_tib: Decimal,
    pub(super) pct_tput: Decimal,
    pub(super) pct_time: Decimal,
}

impl Hdd {
    pub(super) fn load(kind: VolumeType, book: &mut FactBook) -> Result<Hdd, Error> {
        let [base, burst, max_tput, max_iops] = if kind == VolumeType::St1 {
            [
                fact::ST1_BASELINE_MIBPS_PER_TIB,
                fact::ST1_BURST_MIBPS_PER_TIB,
                fact::ST1_MAX_THROUGHPUT_MIBPS,
                fact::ST1_MAX_IOPS,
            ]
        } else {
            [
                fact::SC1_BASELINE_MIBPS_PER_TIB,
                fact::SC1_BURST_MIBPS_PER_TIB,
                fact::SC1_MAX_THROUGHPUT_MIBPS,
                fact::SC1_MAX_IOPS,
            ]
        };
        Ok(Hdd {
            kind,
            min_size: book.value(fact::HDD_MIN_SIZE_GIB)?,
            max_size: book.value(fact::HDD_MAX_SIZE_GIB)?,
            base_per_tib: book.value(base)?,
            burst_per_tib: book.value(burst)?,
            max_tput: book.value(max_tput)?,
            max_iops: book.value(max_iops)?,
            io_kib: book.value(fact::HDD_IO_KIB)?,
            bucket_per_tib: book.value(fact::HDD_BUCKET_TIB_PER_TIB)?,
            pct_tput: book.value(fact::HDD_CONSISTENCY_THROUGHPUT_PERCENT)?,
            pct_time: book.value(fact::HDD_CONSISTENCY_TIME_PERCENT)?,
        })
    }

    /// Throughput at `per_tib` MiB/s per TiB: `min(cap, per TiB × size GiB / 1,024)`.
    pub(super) fn per_tib_expr(&self, per_tib: Decimal, size: Decimal) -> Expr {
        Expr::min(vec![
            q("max_throughput", self.max_tput, Unit::MibPerSecond),
            q("per_tib", per_tib, Unit::MibPerSecond)
                .times(gib(size).labelled(Unit::Gib))
                .over(n(gib_per_tib())),
        ])
    }

    /// Baseline throughput.
    pub(super) fn baseline_expr(&self, size: Decimal) -> Expr {
        self.per_tib_expr(self.base_per_tib, size)
    }

    /// Burst throughput.
    pub(super) fn burst_expr(&self, size: Decimal) -> Expr {
        self.per_tib_expr(self.burst_per_tib, size)
    }

    pub(super) fn baseline(&self, size: Decimal) -> Result<Decimal, Error> {
        self.baseline_expr(size).eval()
    }

    pub(super) fn burst(&self, size: Decimal) -> Result<Decimal, Error> {
        self.burst_expr(size).eval()
    }

    /// The I/O size in MiB: 1,024 KiB / 1,024.
    pub(super) fn io_mib(&self) -> Expr {
        Expr::derived(
            "io_mib",
            q("io_kib", self.io_kib, Unit::Kib).over(per_mib()),
        )
    }

    /// IOPS at 1 MiB I/O for `mibps`, within the maximum: `min(max, mibps / 1 MiB)`.
    pub(super) fn iops_expr(&self, mibps: Expr) -> Expr {
        Expr::min(vec![
            q("max_iops", self.max_iops, Unit::Iops),
            mibps.over(self.io_mib().labelled(Unit::Mib)),
        ])
    }

    pub(super) fn iops_at(&self, mibps: Decimal) -> Result<Decimal, Error> {
        self.iops_expr(q("throughput", mibps, Unit::MibPerSecond))
            .eval()
    }

    /// The bucket in MiB: 1 TiB of credits per TiB of volume (`size × 1,024 × 1`).
    pub(super) fn bucket_expr(&self, size: Decimal) -> Expr {
        Expr::derived(
            "bucket_mib",
            gib(size).times(per_mib()).times(q(
                "bucket_tib_per_tib",
                self.bucket_per_tib,
                Unit::Count,
            )),
        )
        .labelled(Unit::Mib)
    }

    #[cfg(test)]
    pub(super) fn bucket_mib(&self, size: Decimal) -> Result<Decimal, Error> {
        self.bucket_expr(size).eval()
    }

    /// Seconds a full bucket sustains the burst: `bucket / (burst − baseline)`.
    pub(super) fn burst_seconds_expr(&self, size: Decimal, burst: Expr, baseline: Expr) -> Expr {
        self.bucket_expr(size).over(burst.minus(baseline))
    }

    #[cfg(test)]
    pub(super) fn burst_seconds(&self, size: Decimal) -> Result<Option<Decimal>, Error> {
        let (base, burst) = (self.baseline(size)?, self.burst(size)?);
        if burst <= base {
            return Ok(None);
        }
        self.burst_seconds_expr(size, self.burst_expr(size), self.baseline_expr(size))
            .eval()
            .map(Some)
    }

    /// Seconds an empty bucket takes to fill at the baseline: `bucket / baseline`.
    pub(super) fn refill_seconds_expr(&self, size: Decimal, baseline: Expr) -> Expr {
        self.bucket_expr(size).over(baseline)
    }
}

/// The magnetic (standard) type's stated figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Magnetic {
    pub(super) min_size: Decimal,
    pub(super) max_size: Decimal,
    pub(super) average_iops: Decimal,
    pub(super) low_iops: Decimal,
    pub(super) high_iops: Decimal,
    pub(super) low_tput: Decimal,
    pub(super) high_tput: Decimal,
}

impl Magnetic {
    pub(super) fn load(book: &mut FactBook) -> Result<Magnetic, Error> {
        Ok(Magnetic {
            min_size: book.value(fact::STANDARD_MIN_SIZE_GIB)?,
            max_size: book.value(fact::STANDARD_MAX_SIZE_GIB)?,
            average_iops: book.value(fact::STANDARD_AVERAGE_IOPS)?,
            low_iops: book.value(fact::STANDARD_MIN_IOPS)?,
            high_iops: book.value(fact::STANDARD_MAX_IOPS)?,
            low_tput: book.value(fact::STANDARD_MIN_THROUGHPUT_MIBPS)?,
            high_tput: book.value(fact::STANDARD_MAX_THROUGHPUT_MIBPS)?,
        })
    }
}
