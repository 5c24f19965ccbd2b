//! Burst over time: `awscalc ebs --type gp2 --size 100 --iops 1000 [--for 1h]
//! [--credits 50%]` and `awscalc ebs --type st1 --size 1tib --throughput 200`.
//!
//! gp2, st1 and sc1 earn credits at their baseline and spend them at the rate they serve,
//! up to the burst rate, so the bucket changes at `baseline − load` per second, never below
//! empty or above full. AWS's [General Purpose SSD page]: "Burst duration = (Credit
//! balance) / (Burst IOPS − Baseline IOPS)", a bucket of 5.4 million I/O credits, and a
//! 100 GiB volume (300 IOPS) that bursts to 3,000 IOPS for 2,000 seconds. The [HDD page]: a
//! 1 TiB st1 volume's "burst throughput is limited to 250 MiB/s, the bucket fills with
//! credits at 40 MiB/s, and it can hold up to 1 TiB-worth of credits". Once empty, the
//! volume serves its baseline.
//!
//! [General Purpose SSD page]: https://docs.aws.amazon.com/ebs/latest/userguide/general-purpose.html
//! [HDD page]: https://docs.aws.amazon.com/ebs/latest/userguide/hdd-vols.html

use rust_decimal::Decimal;
use serde::Serialize;

use super::models::{Gp2, Hdd};
use super::{check_size, gib_per_tib, n, q, size_gib, Problem, Throughput, VolumeType};
use crate::error::Error;
use crate::facts::FactBook;
use crate::steps::{Expr, Rounding, Step, Unit};
use crate::units::{Duration, KbConvention, Size, SizeUnit};

/// The workload: IOPS for gp2, throughput for st1 and sc1.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Load {
    /// I/O operations per second (`--iops`).
    Iops(Decimal),
    /// MiB/s (`--throughput`).
    Throughput(Throughput),
}

/// The balance the bucket starts with, as typed with `--credits`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Credits {
    /// A share of the full bucket, as CloudWatch's `BurstBalance` shows it: `50%`.
    Percent(Decimal),
    /// gp2: I/O credits; st1 and sc1: MiB of throughput credits.
    Amount(Decimal),
    /// st1 and sc1: a size of throughput credits (`512gib`).
    Size(Size),
}

impl std::fmt::Display for Credits {
    /// As it reads back: `50%`, `1000000`, `512gib`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Credits::Percent(p) => write!(f, "{p}%"),
            Credits::Amount(a) => write!(f, "{a}"),
            Credits::Size(s) => f.write_str(s.text()),
        }
    }
}

impl std::str::FromStr for Credits {
    type Err = Error;

    /// `50%`, `1000000`, `1_000_000`, `512gib`.
    fn from_str(input: &str) -> Result<Credits, Error> {
        let text = input.trim();
        let bad = || Error::from(Problem::CreditsUnreadable { given: text.into() });
        if let Some(pct) = text.strip_suffix('%') {
            let value: Decimal = pct.trim().parse().map_err(|_| bad())?;
            if value.is_sign_negative() || value > Decimal::ONE_HUNDRED {
                return Err(bad());
            }
            return Ok(Credits::Percent(value.normalize()));
        }
        let plain = text.replace(['_', ','], "");
        if let Ok(value) = plain.parse::<Decimal>() {
            if value.is_sign_negative() {
                return Err(bad());
            }
            return Ok(Credits::Amount(value.normalize()));
        }
        text.parse::<Size>().map(Credits::Size).map_err(|_| bad())
    }
}

/// `awscalc ebs --type gp2|st1|sc1 --size S (--iops N | --throughput T) [--for D]
/// [--credits C]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BurstRequest {
    /// gp2, st1 or sc1.
    pub volume_type: VolumeType,
    /// The size; a bare number is GiB.
    pub size: Size,
    /// The workload.
    pub load: Load,
    /// How long the workload runs, for the balance at its end.
    pub period: Option<Duration>,
    /// The balance at the start; a full bucket where not given.
    pub credits: Option<Credits>,
}

/// What each step computes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum BurstStep {
    /// The baseline: credits earned per second.
    Baseline,
    /// The most the volume serves while it has credits.
    Peak,
    /// The load served: the workload, at most the peak.
    Served,
    /// The bucket: its size when full.
    Bucket,
    /// The balance at the start.
    Start,
    /// Credits spent per second: served − baseline.
    Drain,
    /// Credits earned per second: baseline − served.
    Fill,
    /// Seconds until the bucket is empty.
    EmptySeconds,
    /// Seconds until the bucket is full.
    FullSeconds,
    /// The balance after the period.
    Balance,
    /// The baseline as a percentage of the peak.
    BaselineShare,
    /// st1 and sc1: the size at which the burst reaches the type's cap.
    BurstCapSize,
}

/// What the bucket does under the load.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "trend", rename_all = "snake_case")]
pub enum Trend {
    /// Above the baseline: the bucket empties.
    Drains {
        /// Credits spent per second.
        per_second: Decimal,
        /// Seconds from the starting balance until it is empty, rounded down to 0.01 s.
        seconds: Decimal,
    },
    /// Below the baseline: the bucket fills; it never empties.
    Fills {
        /// Credits earned per second.
        per_second: Decimal,
        /// Seconds from the starting balance (from empty where no `--credits` was given)
        /// until it is full, rounded down to 0.01 s.
        seconds: Decimal,
        /// Whether the refill is timed from empty (no `--credits` given).
        from_empty: bool,
    },
    /// At the baseline exactly: the balance stays where it is; it never empties.
    Steady,
}

/// The balance after `--for`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct After {
    /// The period, seconds.
    pub seconds: Decimal,
    /// The balance at its end, in the bucket's unit.
    pub balance: Decimal,
    /// The balance as a percentage of the full bucket, rounded down to 0.01.
    pub percent: Decimal,
    /// What the volume serves at the end: the load, or the baseline once the bucket is empty.
    pub serving: Decimal,
}

/// The unit of a volume's credits and rates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CreditUnit {
    /// gp2: I/O credits, rates in IOPS.
    IoCredits,
    /// st1, sc1: MiB of throughput credits, rates in MiB/s.
    Mib,
}

/// A bucket under a load over time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BurstOverTime {
    /// The type.
    pub volume_type: VolumeType,
    /// The size in GiB.
    pub size_gib: Decimal,
    /// The unit of the credits and rates below.
    pub unit: CreditUnit,
    /// The workload, IOPS or MiB/s.
    pub load: Decimal,
    /// Baseline: what the volume sustains, and earns per second.
    pub baseline: Decimal,
    /// The most it serves while it has credits: the burst rate, or the baseline where that
    /// is higher (a gp2 volume of 1,000 GiB and more).
    pub peak: Decimal,
    /// What it serves: the load, at most the peak.
    pub served: Decimal,
    /// The bucket when full.
    pub bucket: Decimal,
    /// The balance at the start.
    pub start: Decimal,
    /// The baseline as a percentage of the peak, rounded down to 0.01.
    pub baseline_share_percent: Decimal,
    /// What the bucket does.
    pub trend: Trend,
    /// The balance after `--for`.
    pub after: Option<After>,
    /// st1 and sc1: the size (GiB) from which the burst is at the type's cap.
    pub burst_cap_gib: Option<Decimal>,
    /// The derivation.
    pub steps: Vec<Step<BurstStep>>,
}

impl BurstOverTime {
    /// The answer `--expect` compares: with `--for`, the balance at its end; else the
    /// seconds until empty (above the baseline) or full (below); `None` at the baseline,
    /// where the bucket never changes.
    #[must_use]
    pub fn answer(&self) -> Option<Decimal> {
        if let Some(after) = self.after {
            return Some(after.balance);
        }
        match self.trend {
            Trend::Drains { seconds, .. } | Trend::Fills { seconds, .. } => Some(seconds),
            Trend::Steady => None,
        }
    }

    /// The other reading of the same question: the bucket drained at the full load
    /// (credits / load, forgetting what the baseline earns), or filled at the baseline
    /// (forgetting what the load spends). `None` where it is the same.
    #[must_use]
    pub fn naive_seconds(&self) -> Option<Decimal> {
        let value = match self.trend {
            Trend::Drains { .. } => self.start.checked_div(self.served)?,
            Trend::Fills { from_empty, .. } => {
                let from = if from_empty {
                    Decimal::ZERO
                } else {
                    self.start
                };
                (self.bucket - from).checked_div(self.baseline)?
            }
            Trend::Steady => return None,
        };
        let value = Rounding::Down2.apply(value);
        (Some(value) != self.answer()).then_some(value)
    }
}

fn record(
    steps: &mut Vec<Step<BurstStep>>,
    what: BurstStep,
    formula: Expr,
    rounding: Rounding,
) -> Result<Step<BurstStep>, Error> {
    let step = Step::rounded(what, formula, rounding)?;
    steps.push(step.clone());
    Ok(step)
}

/// The model of one type, as the derivation needs it.
struct Model {
    unit: CreditUnit,
    rate: Unit,
    baseline: Expr,
    burst: Expr,
    bucket: Expr,
    cap_size: Option<Expr>,
}

fn model(
    kind: VolumeType,
    given: &Size,
    size: Decimal,
    book: &mut FactBook,
) -> Result<Model, Error> {
    match kind {
        VolumeType::Gp2 => {
            let gp2 = Gp2::load(book)?;
            check_size(
                kind,
                given,
                size,
                (gp2.min_size, gp2.max_size),
                book.as_of(),
            )?;
            Ok(Model {
                unit: CreditUnit::IoCredits,
                rate: Unit::Iops,
                baseline: gp2.baseline_expr(size),
                burst: q("burst_iops", gp2.burst_iops, Unit::Iops),
                bucket: q("credits", gp2.credits, Unit::Count),
                cap_size: None,
            })
        }
        VolumeType::St1 | VolumeType::Sc1 => {
            let hdd = Hdd::load(kind, book)?;
            check_size(
                kind,
                given,
                size,
                (hdd.min_size, hdd.max_size),
                book.as_of(),
            )?;
            Ok(Model {
                unit: CreditUnit::Mib,
                rate: Unit::MibPerSecond,
                baseline: hdd.baseline_expr(size),
                burst: hdd.burst_expr(size),
                bucket: hdd.bucket_expr(size),
                cap_size: Some(
                    q("max_throughput", hdd.max_tput, Unit::MibPerSecond)
                        .over(q("burst_per_tib", hdd.burst_per_tib, Unit::MibPerSecond))
                        .times(n(gib_per_tib())),
                ),
            })
        }
        other => Err(Problem::BurstNotBursting { volume_type: other }.into()),
    }
}

/// The load in the type's rate unit, or the problem with the flag given.
fn load_value(kind: VolumeType, load: &Load) -> Result<Decimal, Error> {
    match (kind, load) {
        (VolumeType::Gp2, Load::Iops(iops)) => Ok(*iops),
        (VolumeType::St1 | VolumeType::Sc1, Load::Throughput(t)) => Ok(t.mibps()),
        (_, Load::Throughput(t)) => Err(Problem::BurstLoadFlag {
            volume_type: kind,
            given: format!("--throughput {}", t.text()),
        }
        .into()),
        (_, Load::Iops(iops)) => Err(Problem::BurstLoadFlag {
            volume_type: kind,
            given: format!("--iops {iops}"),
        }
        .into()),
    }
}

/// The starting balance, checked against the bucket.
fn start_value(
    kind: VolumeType,
    credits: Option<&Credits>,
    bucket: Decimal,
) -> Result<Decimal, Error> {
    let given = |text: String| Problem::CreditsAboveBucket {
        volume_type: kind,
        given: text,
        bucket,
    };
    let value = match credits {
        None => return Ok(bucket),
        Some(Credits::Percent(p)) => bucket
            .checked_mul(*p)
            .ok_or(Error::Overflow)?
            .checked_div(Decimal::ONE_HUNDRED)
            .ok_or(Error::Overflow)?,
        Some(Credits::Amount(a)) => {
            if *a > bucket {
                return Err(given(a.to_string()).into());
            }
            *a
        }
        Some(Credits::Size(s)) => {
            if kind == VolumeType::Gp2 {
                return Err(Problem::CreditsUnreadable {
                    given: s.text().to_string(),
                }
                .into());
            }
            let mib = s.bytes(SizeUnit::Mebi, KbConvention::Binary)?
                / SizeUnit::Mebi.bytes(KbConvention::Binary);
            if mib > bucket {
                return Err(given(s.text().to_string()).into());
            }
            mib.normalize()
        }
    };
    Ok(value.normalize())
}

/// `awscalc ebs --type gp2 --size 100 --iops 1000`: how long the bucket lasts at the load,
/// or how long it takes to fill below the baseline, and with `--for` the balance after.
///
/// ```
/// use awscalc::calc::ebs::{burst, BurstRequest, Load, Trend, VolumeType};
/// use awscalc::facts::{FactBook, Registry};
///
/// // AWS's gp2 example (general-purpose.html): 100 GiB, 300 IOPS baseline, a full bucket
/// // of 5,400,000 credits lasts 5,400,000 / (3,000 − 300) = 2,000 s at 3,000 IOPS.
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 11, 30));
/// let request = BurstRequest {
///     volume_type: VolumeType::Gp2,
///     size: "100".parse().unwrap(),
///     load: Load::Iops(3000.into()),
///     period: None,
///     credits: None,
/// };
/// let b = burst(&request, &mut book).unwrap();
/// assert_eq!(b.answer(), Some(2000.into()));
///
/// // gp3 has no burst bucket: refused.
/// let gp3 = BurstRequest { volume_type: VolumeType::Gp3, ..request };
/// assert!(burst(&gp3, &mut book).unwrap_err().to_string().contains("no burst bucket"));
/// ```
///
/// # Errors
/// A type without a bucket, the wrong load flag for the type, a size outside the type's
/// range, a balance above the bucket, or numbers too large to compute exactly.
#[allow(clippy::too_many_lines)] // one derivation, read top to bottom
pub fn burst(request: &BurstRequest, book: &mut FactBook) -> Result<BurstOverTime, Error> {
    let kind = request.volume_type;
    let size = size_gib(&request.size)?;
    let m = model(kind, &request.size, size, book)?;
    let load = load_value(kind, &request.load)?;
    let mut steps = Vec::new();
    let baseline = record(&mut steps, BurstStep::Baseline, m.baseline, Rounding::Exact)?;
    let base = || Expr::earlier("baseline", &baseline);
    let peak = record(
        &mut steps,
        BurstStep::Peak,
        Expr::max(vec![m.burst, base()]),
        Rounding::Exact,
    )?;
    let served = record(
        &mut steps,
        BurstStep::Served,
        Expr::min(vec![q("load", load, m.rate), Expr::earlier("peak", &peak)]),
        Rounding::Exact,
    )?;
    let served_e = || Expr::earlier("served", &served);
    let bucket = record(&mut steps, BurstStep::Bucket, m.bucket, Rounding::Exact)?;
    let bucket_e = || Expr::earlier("bucket", &bucket);
    let start_value = start_value(kind, request.credits.as_ref(), bucket.value)?;
    let start = if request.credits.is_some() {
        record(
            &mut steps,
            BurstStep::Start,
            q("credits_given", start_value, Unit::Count),
            Rounding::Exact,
        )?
    } else {
        Step::rounded(BurstStep::Start, bucket_e(), Rounding::Exact)?
    };
    let start_e = || Expr::earlier("start", &start);
    let share = record(
        &mut steps,
        BurstStep::BaselineShare,
        base()
            .over(Expr::earlier("peak", &peak))
            .times(n(Decimal::ONE_HUNDRED)),
        Rounding::Down2,
    )?;
    let (trend, rate_step) = match served.value.cmp(&baseline.value) {
        std::cmp::Ordering::Greater => {
            let drain = record(
                &mut steps,
                BurstStep::Drain,
                served_e().minus(base()),
                Rounding::Exact,
            )?;
            let seconds = record(
                &mut steps,
                BurstStep::EmptySeconds,
                start_e().over(Expr::earlier("drain", &drain)),
                Rounding::Down2,
            )?;
            (
                Trend::Drains {
                    per_second: drain.value,
                    seconds: seconds.value,
                },
                Some(drain),
            )
        }
        std::cmp::Ordering::Less => {
            let fill = record(
                &mut steps,
                BurstStep::Fill,
                base().minus(served_e()),
                Rounding::Exact,
            )?;
            let from_empty = request.credits.is_none();
            let gap = if from_empty {
                bucket_e()
            } else {
                bucket_e().minus(start_e())
            };
            let seconds = record(
                &mut steps,
                BurstStep::FullSeconds,
                gap.over(Expr::earlier("fill", &fill)),
                Rounding::Down2,
            )?;
            (
                Trend::Fills {
                    per_second: fill.value,
                    seconds: seconds.value,
                    from_empty,
                },
                Some(fill),
            )
        }
        std::cmp::Ordering::Equal => (Trend::Steady, None),
    };
    let after = match &request.period {
        None => None,
        Some(period) => {
            let t = q("period_seconds", period.seconds(), Unit::Seconds);
            let formula = match (&trend, &rate_step) {
                (Trend::Drains { .. }, Some(drain)) => Expr::max(vec![
                    n(Decimal::ZERO),
                    start_e().minus(Expr::earlier("drain", drain).times(t)),
                ]),
                (Trend::Fills { .. }, Some(fill)) => Expr::min(vec![
                    bucket_e(),
                    Expr::sum(vec![start_e(), Expr::earlier("fill", fill).times(t)]),
                ]),
                _ => start_e(),
            };
            let balance = record(&mut steps, BurstStep::Balance, formula, Rounding::Exact)?;
            let percent = if bucket.value.is_zero() {
                Decimal::ZERO
            } else {
                Rounding::Down2.apply(
                    balance
                        .value
                        .checked_mul(Decimal::ONE_HUNDRED)
                        .ok_or(Error::Overflow)?
                        / bucket.value,
                )
            };
            let serving = if balance.value.is_zero() && served.value > baseline.value {
                baseline.value
            } else {
                served.value
            };
            Some(After {
                seconds: period.seconds(),
                balance: balance.value,
                percent,
                serving,
            })
        }
    };
    let burst_cap_gib = match m.cap_size {
        Some(formula) => Some(
            record(
                &mut steps,
                BurstStep::BurstCapSize,
                formula,
                Rounding::Exact,
            )?
            .value,
        ),
        None => None,
    };
    Ok(BurstOverTime {
        volume_type: kind,
        size_gib: size,
        unit: m.unit,
        load,
        baseline: baseline.value,
        peak: peak.value,
        served: served.value,
        bucket: bucket.value,
        start: start.value,
        baseline_share_percent: share.value,
        trend,
        after,
        burst_cap_gib,
        steps,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::Registry;
    use jiff::civil::date;

    fn book() -> FactBook {
        FactBook::new(Registry::builtin(), date(2026, 12, 1))
    }

    fn ask(
        kind: VolumeType,
        size: &str,
        load: Load,
        period: Option<&str>,
        credits: Option<&str>,
    ) -> Result<BurstOverTime, Error> {
        let grammar = crate::units::DurationGrammar {
            what: "period",
            bare_seconds: None,
            smallest_unit_seconds: 1,
            accepted: "a duration",
        };
        let request = BurstRequest {
            volume_type: kind,
            size: size.parse().unwrap(),
            load,
            period: period.map(|p| Duration::parse(p, &grammar).unwrap()),
            credits: credits.map(|c| c.parse().unwrap()),
        };
        burst(&request, &mut book())
    }

    fn iops(n: i64) -> Load {
        Load::Iops(n.into())
    }

    fn mibps(text: &str) -> Load {
        Load::Throughput(text.parse().unwrap())
    }

    /// AWS's General Purpose SSD page: "Burst duration = (Credit balance) / (Burst IOPS −
    /// Baseline IOPS)"; a 100 GiB volume (300 IOPS) at 3,000 IOPS: 5,400,000 / 2,700 = 2,000 s.
    #[test]
    fn gp2_100_gib_at_3000_iops_lasts_2000_seconds_as_aws_works_it() {
        let b = ask(VolumeType::Gp2, "100", iops(3000), None, None).unwrap();
        assert_eq!(b.baseline, 300.into());
        assert_eq!(b.bucket, 5_400_000.into());
        assert_eq!(
            b.trend,
            Trend::Drains {
                per_second: 2700.into(),
                seconds: 2000.into()
            }
        );
        assert_eq!(b.baseline_share_percent, 10.into());
        // The reading that forgets the baseline: 5,400,000 / 3,000 = 1,800 s, AWS's "30 minutes".
        assert_eq!(b.naive_seconds(), Some(1800.into()));
    }

    /// AWS's page: 5.4 million credits "sustain the maximum burst performance of 3,000 IOPS for
    /// at least 30 minutes": the smallest volume, 1 GiB (baseline 100), lasts 5,400,000 / 2,900
    /// = 1,862.068… s, at least 1,800.
    #[test]
    fn the_smallest_gp2_volume_bursts_at_least_30_minutes() {
        let b = ask(VolumeType::Gp2, "1", iops(3000), None, None).unwrap();
        assert_eq!(b.answer(), Some("1862.06".parse().unwrap()));
    }

    /// By hand: 1,000 IOPS on 100 GiB spends 700 a second; after 1 hour 5,400,000 − 2,520,000
    /// = 2,880,000 credits (53.33 %); after 3 hours 2,100,000 would be spent past empty, so 0,
    /// and the volume serves its 300 IOPS baseline.
    #[test]
    fn the_balance_after_a_period_stops_at_empty() {
        let b = ask(VolumeType::Gp2, "100", iops(1000), Some("1h"), None).unwrap();
        let after = b.after.unwrap();
        assert_eq!(after.balance, 2_880_000.into());
        assert_eq!(after.percent, "53.33".parse().unwrap());
        assert_eq!(after.serving, 1000.into());
        let b = ask(VolumeType::Gp2, "100", iops(1000), Some("3h"), None).unwrap();
        let after = b.after.unwrap();
        assert_eq!(after.balance, 0.into());
        assert_eq!(after.serving, 300.into());
    }

    /// By hand: below the baseline a 100 GiB volume at 200 IOPS earns 100 a second: an empty
    /// bucket fills in 54,000 s (AWS's own refill for volumes of 33 GiB and less uses the same
    /// 100 a second); from 50 % it fills in 27,000 s, and after 1 hour holds 3,060,000.
    #[test]
    fn below_the_baseline_the_bucket_fills_and_stops_at_full() {
        let b = ask(VolumeType::Gp2, "100", iops(200), None, None).unwrap();
        assert_eq!(b.answer(), Some(54_000.into()));
        assert_eq!(b.naive_seconds(), Some(18_000.into()));
        let b = ask(VolumeType::Gp2, "100", iops(200), None, Some("50%")).unwrap();
        assert_eq!(b.answer(), Some(27_000.into()));
        let b = ask(VolumeType::Gp2, "100", iops(200), Some("1h"), Some("50%")).unwrap();
        assert_eq!(b.after.unwrap().balance, 3_060_000.into());
        let b = ask(VolumeType::Gp2, "100", iops(200), Some("1d"), Some("50%")).unwrap();
        assert_eq!(b.after.unwrap().balance, 5_400_000.into());
    }

    /// gp2 of 1,000 GiB: baseline 3,000 IOPS, equal to the burst rate (AWS: no burst); a
    /// load of 8,000 on 2,000 GiB is served at its 6,000 baseline; the bucket never changes.
    #[test]
    fn at_or_above_a_baseline_of_the_burst_rate_the_bucket_never_empties() {
        let b = ask(VolumeType::Gp2, "1000", iops(3000), None, None).unwrap();
        assert_eq!(b.trend, Trend::Steady);
        assert_eq!(b.answer(), None);
        let b = ask(VolumeType::Gp2, "2000", iops(8000), None, None).unwrap();
        assert_eq!(
            (b.peak, b.served, b.trend),
            (6000.into(), 6000.into(), Trend::Steady)
        );
    }

    /// AWS's HDD page: a 1 TiB st1 volume bursts to 250 MiB/s, fills at 40 MiB/s, and holds
    /// 1 TiB of credits (1,048,576 MiB): at 250 MiB/s a full bucket lasts 1,048,576 / 210 =
    /// 4,993.219… s. The burst reaches the 500 MiB/s cap at 500 / 250 = 2 TiB (2,048 GiB);
    /// sc1's 250 MiB/s at 250 / 80 = 3.125 TiB (3,200 GiB).
    #[test]
    fn st1_one_tib_bucket_as_aws_states_it() {
        let b = ask(VolumeType::St1, "1tib", mibps("250"), None, None).unwrap();
        assert_eq!(
            (b.baseline, b.peak, b.bucket),
            (40.into(), 250.into(), 1_048_576.into())
        );
        assert_eq!(b.answer(), Some("4993.21".parse().unwrap()));
        assert_eq!(b.baseline_share_percent, 16.into());
        assert_eq!(b.burst_cap_gib, Some(2048.into()));
        let b = ask(VolumeType::Sc1, "1tib", mibps("80"), None, None).unwrap();
        assert_eq!(b.burst_cap_gib, Some(3200.into()));
        assert_eq!(b.baseline_share_percent, 15.into());
    }

    #[test]
    fn credits_are_refused_above_the_bucket_or_in_the_wrong_unit() {
        let err = ask(VolumeType::Gp2, "100", iops(1000), None, Some("6000000")).unwrap_err();
        assert!(err.to_string().contains("at most 5,400,000 I/O credits"));
        let err = ask(VolumeType::St1, "1tib", mibps("100"), None, Some("2tib")).unwrap_err();
        assert!(err.to_string().contains("at most 1,048,576 MiB"));
        let err = ask(VolumeType::Gp2, "100", iops(1000), None, Some("1gib")).unwrap_err();
        assert!(err.to_string().contains("is not a credit balance"));
        assert!("150%".parse::<Credits>().is_err());
        assert!("-5".parse::<Credits>().is_err());
        assert!("lots".parse::<Credits>().is_err());
    }

    #[test]
    fn a_load_in_the_other_unit_is_refused() {
        let err = ask(VolumeType::St1, "1tib", iops(100), None, None).unwrap_err();
        assert_eq!(err.kind(), "conflict");
        let err = ask(VolumeType::Io1, "100", iops(100), None, None).unwrap_err();
        assert!(err.to_string().contains("no burst bucket"));
    }
}
