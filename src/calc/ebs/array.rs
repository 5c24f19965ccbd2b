//! Arrays and the instance: `awscalc ebs --type io1 --size 500 --iops 4000 --volumes 2
//! --raid 0 --instance-throughput 650mbps`.
//!
//! AWS's [RAID page]: "The resulting size of a RAID 0 array is the sum of the sizes of the
//! volumes within it, and the bandwidth is the sum of the available bandwidth of the volumes
//! within it" (two 500 GiB io1 volumes of 4,000 IOPS: 1,000 GiB, 8,000 IOPS, 1,000 MiB/s).
//! RAID 1 mirrors: the size of one volume, and AWS says it "does not provide a write
//! performance improvement"; every write goes to each volume, so it crosses the instance's
//! EBS link once per volume. RAID 5 and 6 are refused with AWS's reason: "the parity write
//! operations of these RAID modes consume some of the IOPS available to your volumes".
//!
//! The instance is a limit too: the answer is the lower of what the volumes deliver and
//! the instance's EBS IOPS and throughput (`--instance-iops`, `--instance-throughput`, the
//! latter in AWS's instance units: Mbps, MB/s, as the EC2 API's `EbsOptimizedInfo` gives
//! them: `baselineBandwidthInMbps`, `baselineThroughputInMBps`, `baselineIops`), and says
//! which side limits. Or the instance is a type from awscalc's table (`--instance m5.large`,
//! [`super::instance_limits`]): its baseline, or with `--instance-burst` its maximum.
//!
//! [RAID page]: https://docs.aws.amazon.com/ebs/latest/userguide/raid-config.html

use std::fmt;
use std::str::FromStr;

use rust_decimal::Decimal;
use serde::Serialize;

use super::{
    instance_limits, q, volume, which_volume, InstanceChoice, InstanceLimits, Need, Performance,
    Problem, Throughput, Volume, VolumeRequest, VolumeType, WhichAnswer,
};
use crate::error::Error;
use crate::facts::FactBook;
use crate::steps::{Expr, Rounding, Step, Unit};
use crate::units::{self, ceil_div, BitUnit, KbConvention, SizeUnit};

/// How the volumes are combined.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Raid {
    /// Striped: sizes, IOPS and throughput add up.
    Raid0,
    /// Mirrored: the size and write performance of one volume.
    Raid1,
}

impl Raid {
    /// `0` or `1`.
    #[must_use]
    pub fn level(self) -> u8 {
        match self {
            Raid::Raid0 => 0,
            Raid::Raid1 => 1,
        }
    }
}

impl FromStr for Raid {
    type Err = Error;

    fn from_str(text: &str) -> Result<Raid, Error> {
        let t = text.trim().to_ascii_lowercase();
        let t = t.strip_prefix("raid").unwrap_or(&t).trim();
        match t {
            "0" => Ok(Raid::Raid0),
            "1" => Ok(Raid::Raid1),
            "5" | "6" => Err(Problem::RaidParity {
                given: text.trim().to_string(),
            }
            .into()),
            _ => Err(Problem::RaidUnknown {
                given: text.trim().to_string(),
            }
            .into()),
        }
    }
}

impl fmt::Display for Raid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.level())
    }
}

/// An instance's EBS throughput as typed: `650mbps` (megabits, as AWS's instance tables
/// give bandwidth), `81.25mb/s` (MB of 1,000,000 bytes, as the same tables give
/// throughput), `77.5mib/s`; a bare number is MB/s.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InstanceThroughput {
    text: String,
    /// Bytes per second.
    bytes_per_second: Decimal,
    /// Whether it was given in bits.
    bits: bool,
    /// The unit it was typed in, where answers can be given in it: its symbol and bytes
    /// per second in one of it (`Mbps`: 125,000; `MB/s`: 1,000,000).
    asked: Option<(&'static str, Decimal)>,
}

/// The largest instance throughput accepted, bytes per second (10^15).
const MAX_INSTANCE_BYTES_PER_SECOND: u64 = 1_000_000_000_000_000;

impl InstanceThroughput {
    /// The text as typed, trimmed.
    #[must_use]
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Bytes per second.
    #[must_use]
    pub fn bytes_per_second(&self) -> Decimal {
        self.bytes_per_second
    }

    /// MiB/s, the unit EBS volumes are rated in.
    #[must_use]
    pub fn mibps(&self) -> Decimal {
        (self.bytes_per_second / SizeUnit::Mebi.bytes(KbConvention::Binary)).normalize()
    }

    /// Whether it was given in bits per second (`mbps`).
    #[must_use]
    pub fn in_bits(&self) -> bool {
        self.bits
    }

    /// `mibps` MiB/s in the unit the instance throughput was typed in, with that unit's
    /// symbol: 1,000 MiB/s is 1,048.576 MB/s (MB of 1,000,000 bytes, as AWS's instance
    /// tables) or 8,388.608 Mbps. `None` for a throughput typed in MiB/s (or another
    /// binary unit, or per minute or hour), where MiB/s is the asker's unit.
    #[must_use]
    pub fn in_asked_unit(&self, mibps: Decimal) -> Option<(Decimal, &'static str)> {
        let (symbol, bytes_per_unit) = self.asked?;
        let bytes = mibps.checked_mul(SizeUnit::Mebi.bytes(KbConvention::Binary))?;
        Some((bytes.checked_div(bytes_per_unit)?.normalize(), symbol))
    }
}

impl fmt::Display for InstanceThroughput {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl FromStr for InstanceThroughput {
    type Err = Error;

    fn from_str(input: &str) -> Result<InstanceThroughput, Error> {
        let text = input.trim().to_string();
        // A bit rate with its unit (`650mbps`, `10 Gbit/s`) is the shared bit-rate grammar;
        // anything else is a byte throughput with MB as 1,000,000 bytes.
        let (bytes, in_bits, asked) = match text.parse::<units::BitRate>() {
            Ok(rate) if rate.unit().is_some() => {
                let unit = rate.unit().unwrap_or(BitUnit::Mbps);
                (
                    rate.bits_per_second(BitUnit::Mbps)? / Decimal::from(8),
                    true,
                    Some((unit.symbol(), unit.bits_per_second() / Decimal::from(8))),
                )
            }
            _ => {
                let typed: units::Throughput = text.parse()?;
                let bytes = typed.size().bytes(SizeUnit::Mega, KbConvention::Decimal)?;
                let unit = typed.size().unit_or(SizeUnit::Mega);
                let asked = match unit {
                    SizeUnit::Kilo | SizeUnit::Mega | SizeUnit::Giga | SizeUnit::Tera
                        if typed.per_seconds() == 1 =>
                    {
                        Some((
                            match unit {
                                SizeUnit::Kilo => "KB/s",
                                SizeUnit::Mega => "MB/s",
                                SizeUnit::Giga => "GB/s",
                                _ => "TB/s",
                            },
                            unit.bytes(KbConvention::Decimal),
                        ))
                    }
                    _ => None,
                };
                (bytes / Decimal::from(typed.per_seconds()), false, asked)
            }
        };
        if bytes > Decimal::from(MAX_INSTANCE_BYTES_PER_SECOND) {
            return Err(too_large(&text));
        }
        Ok(InstanceThroughput {
            text,
            bytes_per_second: bytes.normalize(),
            bits: in_bits,
            asked,
        })
    }
}

fn too_large(text: &str) -> Error {
    Error::TooLarge {
        what: "instance throughput",
        input: text.to_string(),
        max: "8,000,000,000 Mbps".into(),
    }
}

/// `awscalc ebs --type T --size S [--iops N] [--throughput T] [--volumes N --raid 0|1]
/// [--instance-iops N] [--instance-throughput T]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArrayRequest {
    /// Each volume.
    pub volume: VolumeRequest,
    /// How many.
    pub volumes: u32,
    /// How they are combined.
    pub raid: Raid,
    /// The instance's EBS IOPS.
    pub instance_iops: Option<Decimal>,
    /// The instance's EBS throughput.
    pub instance_throughput: Option<InstanceThroughput>,
    /// An instance type from awscalc's table, instead of `instance_iops` and
    /// `instance_throughput` (which, if given too, are ignored).
    pub instance: Option<InstanceChoice>,
}

/// What each step computes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum ArrayStep {
    /// The array's usable size.
    Size,
    /// The IOPS the volumes deliver together.
    Iops,
    /// The throughput the volumes deliver together.
    Throughput,
    /// The instance's throughput in MiB/s.
    InstanceThroughput,
    /// The throughput of an instance type from the table, MiB/s: Mbps × 125,000 bytes /
    /// 1,048,576.
    InstanceTableThroughput,
    /// The IOPS delivered: the lower of the volumes' and the instance's.
    DeliveredIops,
    /// The throughput delivered: the lower of the volumes' and the instance's.
    DeliveredThroughput,
}

/// Which side limits a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    /// The volumes deliver less than the instance allows (or no instance limit was given).
    Volumes,
    /// The instance allows less than the volumes deliver.
    Instance,
}

/// An array of identical volumes on an instance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Array {
    /// One volume.
    pub volume: Volume,
    /// How many.
    pub volumes: u32,
    /// How they are combined.
    pub raid: Raid,
    /// IOPS one volume sustains (gp2 and HDD baseline, gp3/io1/io2 provisioned).
    pub each_iops: Decimal,
    /// Throughput one volume sustains, MiB/s.
    pub each_throughput_mibps: Decimal,
    /// The usable size, GiB.
    pub size_gib: Decimal,
    /// IOPS the volumes deliver (RAID 1: writes).
    pub volumes_iops: Decimal,
    /// Throughput the volumes deliver, MiB/s (RAID 1: writes).
    pub volumes_throughput_mibps: Decimal,
    /// EBS operations one write makes on the instance's link: 1, or the mirror count.
    pub writes_per_write: Decimal,
    /// The instance's EBS IOPS.
    pub instance_iops: Option<Decimal>,
    /// The instance's EBS throughput, MiB/s.
    pub instance_throughput_mibps: Option<Decimal>,
    /// The instance type's figures, where the instance came from awscalc's table.
    pub instance: Option<InstanceLimits>,
    /// IOPS delivered.
    pub iops: Decimal,
    /// Throughput delivered, MiB/s.
    pub throughput_mibps: Decimal,
    /// Which side limits the IOPS.
    pub iops_limit: Side,
    /// Which side limits the throughput.
    pub throughput_limit: Side,
    /// The derivation.
    pub steps: Vec<Step<ArrayStep>>,
}

impl Array {
    /// The answer `--expect` compares: the IOPS delivered.
    #[must_use]
    pub fn answer(&self) -> Decimal {
        self.iops
    }
}

/// What one volume sustains: (IOPS, MiB/s). `None` for magnetic, which has no rule.
fn sustained(volume: &Volume) -> Option<(Decimal, Decimal)> {
    match volume.performance {
        Performance::Gp2 {
            baseline_iops,
            sustained_throughput_mibps,
            ..
        } => Some((baseline_iops, sustained_throughput_mibps)),
        Performance::Gp3 {
            iops,
            throughput_mibps,
            ..
        }
        | Performance::Io {
            iops,
            throughput_mibps,
            ..
        } => Some((iops, throughput_mibps)),
        Performance::Hdd {
            baseline_iops,
            baseline_mibps,
            ..
        } => Some((baseline_iops, baseline_mibps)),
        Performance::Magnetic { .. } => None,
    }
}

fn record(
    steps: &mut Vec<Step<ArrayStep>>,
    what: ArrayStep,
    formula: Expr,
) -> Result<Decimal, Error> {
    let step = Step::rounded(what, formula, Rounding::Exact)?;
    let value = step.value;
    steps.push(step);
    Ok(value)
}

/// The most volumes an array may have here: a bound on the arithmetic, far above what an
/// instance attaches.
pub const MAX_VOLUMES: u32 = 1_000;

/// `awscalc ebs --type T --size S --volumes N --raid 0|1 [--instance-…]`.
///
/// ```
/// use awscalc::calc::ebs::{array, ArrayRequest, Raid, VolumeRequest, VolumeType};
/// use awscalc::facts::{FactBook, Registry};
///
/// // AWS's RAID page: two 500 GiB io1 volumes of 4,000 IOPS in RAID 0 are a 1,000 GiB
/// // array of 8,000 IOPS and 1,000 MiB/s.
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 11, 30));
/// let request = ArrayRequest {
///     volume: VolumeRequest {
///         volume_type: VolumeType::Io1,
///         size: "500".parse().unwrap(),
///         iops: Some(4000.into()),
///         throughput: None,
///         scan: false,
///     },
///     volumes: 2,
///     raid: Raid::Raid0,
///     instance_iops: None,
///     instance_throughput: None,
///     instance: None,
/// };
/// let a = array(&request, &mut book).unwrap();
/// assert_eq!((a.size_gib, a.iops, a.throughput_mibps), (1000.into(), 8000.into(), 1000.into()));
///
/// // RAID 5 is refused, with AWS's reason.
/// assert!("5".parse::<Raid>().unwrap_err().to_string().contains("parity"));
/// ```
///
/// # Errors
/// As [`volume`]; magnetic volumes; a volume count of 0 or above [`MAX_VOLUMES`].
#[allow(clippy::too_many_lines)] // one derivation, read top to bottom
pub fn array(request: &ArrayRequest, book: &mut FactBook) -> Result<Array, Error> {
    if request.volumes == 0 || request.volumes > MAX_VOLUMES {
        return Err(Problem::VolumeCount {
            volumes: request.volumes,
            max: MAX_VOLUMES,
        }
        .into());
    }
    let one = volume(&request.volume, book)?;
    let Some((each_iops, each_tput)) = sustained(&one) else {
        return Err(Problem::ArrayNoRule {
            volume_type: VolumeType::Standard,
        }
        .into());
    };
    let n = Decimal::from(request.volumes);
    let count = || q("volumes", n, Unit::Count);
    let mut steps = Vec::new();
    let (size, iops, tput, writes) = match request.raid {
        Raid::Raid0 => (
            record(
                &mut steps,
                ArrayStep::Size,
                count().times(q("size_gib", one.size_gib, Unit::Gib)),
            )?,
            record(
                &mut steps,
                ArrayStep::Iops,
                count().times(q("iops", each_iops, Unit::Iops)),
            )?,
            record(
                &mut steps,
                ArrayStep::Throughput,
                count().times(q("throughput", each_tput, Unit::MibPerSecond)),
            )?,
            Decimal::ONE,
        ),
        Raid::Raid1 => (
            record(
                &mut steps,
                ArrayStep::Size,
                q("size_gib", one.size_gib, Unit::Gib),
            )?,
            record(
                &mut steps,
                ArrayStep::Iops,
                q("iops", each_iops, Unit::Iops),
            )?,
            record(
                &mut steps,
                ArrayStep::Throughput,
                q("throughput", each_tput, Unit::MibPerSecond),
            )?,
            n,
        ),
    };
    let table = match &request.instance {
        Some(choice) => Some(instance_limits(choice, book)?),
        None => None,
    };
    let instance_tput = match (&table, &request.instance_throughput) {
        (Some(limits), _) => Some(record(
            &mut steps,
            ArrayStep::InstanceTableThroughput,
            q("instance_mbps", limits.mbps(), Unit::Count)
                .times(q(
                    "bytes_per_megabit",
                    Decimal::from(super::BYTES_PER_MEGABIT),
                    Unit::Count,
                ))
                .over(q(
                    "bytes_per_mib",
                    SizeUnit::Mebi.bytes(KbConvention::Binary),
                    Unit::Count,
                )),
        )?),
        (None, Some(t)) => Some(record(
            &mut steps,
            ArrayStep::InstanceThroughput,
            q(
                "instance_bytes_per_second",
                t.bytes_per_second(),
                Unit::Count,
            )
            .over(q(
                "bytes_per_mib",
                SizeUnit::Mebi.bytes(KbConvention::Binary),
                Unit::Count,
            )),
        )?),
        (None, None) => None,
    };
    let instance_iops = table
        .as_ref()
        .map_or(request.instance_iops, |l| Some(l.iops()));
    // Each write of a mirror crosses the instance's link once per volume: the instance
    // carries `writes` EBS operations for each one the array does.
    let deliver = |steps: &mut Vec<Step<ArrayStep>>,
                   what: ArrayStep,
                   name: &'static str,
                   volumes: Decimal,
                   limit: Option<Decimal>,
                   unit: Unit|
     -> Result<(Decimal, Side), Error> {
        let Some(limit) = limit else {
            return Ok((volumes, Side::Volumes));
        };
        // A mirror's share of the instance is rounded down: whole IOPS, and MiB/s at 4
        // places, never above the exact share.
        let (instance, rounding) = if writes == Decimal::ONE {
            (q(name, limit, unit), Rounding::Exact)
        } else if unit == Unit::Iops {
            let share = q(name, limit, unit).over(q("mirrors", writes, Unit::Count));
            (share.floor(), Rounding::Exact)
        } else {
            let share = q(name, limit, unit).over(q("mirrors", writes, Unit::Count));
            (share, Rounding::Down4)
        };
        let step = Step::rounded(
            what,
            Expr::min(vec![q("volumes_deliver", volumes, unit), instance]),
            rounding,
        )?;
        let value = step.value;
        steps.push(step);
        let limited_by = if value < volumes {
            Side::Instance
        } else {
            Side::Volumes
        };
        Ok((value, limited_by))
    };
    let (delivered_iops, iops_limit) = deliver(
        &mut steps,
        ArrayStep::DeliveredIops,
        "instance_iops",
        iops,
        instance_iops,
        Unit::Iops,
    )?;
    // The answer with the instance's other figure, for `--expect`.
    let table = table.map(|mut limits| {
        let other = limits.other_iops();
        let other = if writes == Decimal::ONE {
            other
        } else {
            (other / writes).floor()
        };
        let delivered = iops.min(other);
        limits.other_figure_iops = (delivered != delivered_iops).then_some(delivered);
        limits
    });
    let (delivered_tput, throughput_limit) = deliver(
        &mut steps,
        ArrayStep::DeliveredThroughput,
        "instance_throughput",
        tput,
        instance_tput,
        Unit::MibPerSecond,
    )?;
    Ok(Array {
        each_iops,
        each_throughput_mibps: each_tput,
        size_gib: size,
        volumes_iops: iops,
        volumes_throughput_mibps: tput,
        writes_per_write: writes,
        instance_iops,
        instance_throughput_mibps: instance_tput,
        instance: table,
        iops: delivered_iops,
        throughput_mibps: delivered_tput,
        iops_limit,
        throughput_limit,
        volume: one,
        volumes: request.volumes,
        raid: request.raid,
        steps,
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

    fn d(text: &str) -> Decimal {
        text.parse().unwrap()
    }

    fn io1_500(volumes: u32, raid: Raid) -> ArrayRequest {
        ArrayRequest {
            volume: VolumeRequest {
                volume_type: VolumeType::Io1,
                size: "500".parse().unwrap(),
                iops: Some(d("4000")),
                throughput: None,
                scan: false,
            },
            volumes,
            raid,
            instance_iops: None,
            instance_throughput: None,
            instance: None,
        }
    }

    #[test]
    fn aws_raid_0_example_sums_size_iops_and_throughput() {
        // raid-config.html: "two 500 GiB io1 volumes with 4,000 provisioned IOPS each create a
        // 1,000 GiB RAID 0 array with an available bandwidth of 8,000 IOPS and 1,000 MiB/s".
        let a = array(&io1_500(2, Raid::Raid0), &mut book()).unwrap();
        assert_eq!(a.size_gib, d("1000"));
        assert_eq!(a.iops, d("8000"));
        assert_eq!(a.throughput_mibps, d("1000"));
        assert_eq!(
            (a.iops_limit, a.throughput_limit),
            (Side::Volumes, Side::Volumes)
        );
    }

    #[test]
    fn raid_1_has_one_volumes_size_and_writes() {
        let a = array(&io1_500(2, Raid::Raid1), &mut book()).unwrap();
        assert_eq!(a.size_gib, d("500"));
        assert_eq!(a.iops, d("4000"));
        assert_eq!(a.throughput_mibps, d("500"));
    }

    #[test]
    fn the_instance_limits_a_gp3_volume_at_650_mbps() {
        // 650 Mbps = 650,000,000 / 8 = 81,250,000 bytes/s; / 1,048,576 = 77.4860382080078125
        // MiB/s, below the 125 MiB/s gp3 includes.
        let request = ArrayRequest {
            volume: VolumeRequest {
                volume_type: VolumeType::Gp3,
                size: "500".parse().unwrap(),
                iops: Some(d("16000")),
                throughput: None,
                scan: false,
            },
            volumes: 1,
            raid: Raid::Raid0,
            instance_iops: Some(d("20000")),
            instance_throughput: Some("650mbps".parse().unwrap()),
            instance: None,
        };
        let a = array(&request, &mut book()).unwrap();
        assert_eq!(a.throughput_mibps, d("77.4860382080078125"));
        assert_eq!(a.throughput_limit, Side::Instance);
        assert_eq!(a.iops, d("16000"));
        assert_eq!(a.iops_limit, Side::Volumes);
    }

    #[test]
    fn mirrored_writes_cross_the_instance_link_once_per_volume() {
        // 2 io1 mirrors of 500 MiB/s on an instance of 100 MiB/s: 100 / 2 = 50 MiB/s of
        // writes; 3,000 instance IOPS / 2 = 1,500 write IOPS.
        let mut request = io1_500(2, Raid::Raid1);
        request.instance_throughput = Some("100mib/s".parse().unwrap());
        request.instance_iops = Some(d("3000"));
        let a = array(&request, &mut book()).unwrap();
        assert_eq!(a.throughput_mibps, d("50"));
        assert_eq!(a.iops, d("1500"));
        assert_eq!(a.iops_limit, Side::Instance);
    }

    #[test]
    fn raid_levels_parse_and_parity_is_refused() {
        assert_eq!("0".parse::<Raid>().unwrap(), Raid::Raid0);
        assert_eq!("raid1".parse::<Raid>().unwrap(), Raid::Raid1);
        assert_eq!(" RAID 0 ".parse::<Raid>().unwrap(), Raid::Raid0);
        for level in ["5", "6", "raid5"] {
            assert!(matches!(
                level.parse::<Raid>().unwrap_err(),
                Error::Ebs(Problem::RaidParity { .. })
            ));
        }
        assert!(matches!(
            "10".parse::<Raid>().unwrap_err(),
            Error::Ebs(Problem::RaidUnknown { .. })
        ));
    }

    #[test]
    fn an_answer_in_the_instance_throughputs_unit() {
        // 1,000 MiB/s = 1,048,576,000 bytes/s = 1,048.576 MB/s (MB of 10^6 bytes) =
        // 8,388.608 Mbps; 650 Mbps = 77.4860382080078125 MiB/s back to 650 Mbps.
        let mb: InstanceThroughput = "593.75mb/s".parse().unwrap();
        assert_eq!(mb.in_asked_unit(d("1000")), Some((d("1048.576"), "MB/s")));
        let bare: InstanceThroughput = "593.75".parse().unwrap();
        assert_eq!(bare.in_asked_unit(d("1000")), Some((d("1048.576"), "MB/s")));
        let mbps: InstanceThroughput = "650mbps".parse().unwrap();
        assert_eq!(mbps.in_asked_unit(d("1000")), Some((d("8388.608"), "Mbps")));
        assert_eq!(mbps.in_asked_unit(mbps.mibps()), Some((d("650"), "Mbps")));
        let gbps: InstanceThroughput = "4.75gbps".parse().unwrap();
        assert_eq!(gbps.in_asked_unit(gbps.mibps()), Some((d("4.75"), "Gbps")));
        let mib: InstanceThroughput = "77.5mib/s".parse().unwrap();
        assert_eq!(mib.in_asked_unit(d("1000")), None);
    }

    #[test]
    fn instance_throughput_in_bits_and_bytes() {
        let bps = |t: &str| t.parse::<InstanceThroughput>().unwrap().bytes_per_second();
        assert_eq!(bps("650mbps"), d("81250000"));
        assert_eq!(bps("650 Mbps"), d("81250000"));
        assert_eq!(bps("4.75gbps"), d("593750000"));
        assert_eq!(bps("81.25mb/s"), d("81250000"));
        assert_eq!(bps("81.25"), d("81250000"));
        assert_eq!(bps("77.5mib/s"), d("81264640"));
        assert!("650mbps".parse::<InstanceThroughput>().unwrap().in_bits());
        for bad in ["", "fast", "0mbps", "-5", "1e30gbps"] {
            assert!(bad.parse::<InstanceThroughput>().is_err(), "{bad}");
        }
    }

    #[test]
    fn zero_volumes_and_magnetic_are_refused() {
        assert!(array(&io1_500(0, Raid::Raid0), &mut book()).is_err());
        let mut m = io1_500(2, Raid::Raid0);
        m.volume.volume_type = VolumeType::Standard;
        m.volume.iops = None;
        assert!(matches!(
            array(&m, &mut book()).unwrap_err(),
            Error::Ebs(Problem::ArrayNoRule { .. })
        ));
    }

    proptest! {
        #[test]
        fn prop_an_array_never_delivers_more_than_its_volumes_or_the_instance(
            n in 1u32..=64,
            iops in 3000u64..=16_000,
            instance_iops in 1u64..=2_000_000,
            instance_mbps in 1u64..=200_000,
            mirrored in proptest::bool::ANY,
        ) {
            let raid = if mirrored { Raid::Raid1 } else { Raid::Raid0 };
            let request = ArrayRequest {
                volume: VolumeRequest {
                    volume_type: VolumeType::Gp3,
                    size: "100".parse().unwrap(),
                    iops: Some(Decimal::from(iops)),
                    throughput: None,
                    scan: false,
                },
                volumes: n,
                raid,
                instance_iops: Some(Decimal::from(instance_iops)),
                instance_throughput: Some(format!("{instance_mbps}mbps").parse().unwrap()),
                instance: None,
            };
            let a = array(&request, &mut book()).unwrap();
            let copies = if mirrored { Decimal::ONE } else { Decimal::from(n) };
            prop_assert!(a.iops <= copies * Decimal::from(iops));
            prop_assert!(a.throughput_mibps <= copies * a.each_throughput_mibps);
            prop_assert!(a.iops * a.writes_per_write <= Decimal::from(instance_iops));
            prop_assert!(a.throughput_mibps * a.writes_per_write <= a.instance_throughput_mibps.unwrap());
            let size = if mirrored { Decimal::from(100) } else { Decimal::from(100 * n) };
            prop_assert_eq!(a.size_gib, size);
        }

        #[test]
        fn prop_instance_throughput_parser_never_panics(s in "\\PC{0,16}") {
            let _ = s.parse::<InstanceThroughput>();
        }
    }
}

/// `awscalc ebs --type T (--iops N | --throughput T)... --raid 0|1 [--volumes N]`: the volume
/// count and size that reach a target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TargetRequest {
    /// The type and the target (the array's IOPS and/or throughput).
    pub need: Need,
    /// How many volumes; `None` for the fewest that reach the target.
    pub volumes: Option<u32>,
    /// How they are combined.
    pub raid: Raid,
    /// The instance's EBS IOPS.
    pub instance_iops: Option<Decimal>,
    /// The instance's EBS throughput.
    pub instance_throughput: Option<InstanceThroughput>,
    /// An instance type from awscalc's table.
    pub instance: Option<InstanceChoice>,
}

/// The array that reaches a target.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Target {
    /// IOPS each volume must sustain: `ceil(target / volumes)` for RAID 0, the target for
    /// RAID 1.
    pub each_iops: Option<Decimal>,
    /// Throughput each volume must sustain, whole MiB/s.
    pub each_throughput_mibps: Option<Decimal>,
    /// Whether the count was the fewest found (no `--volumes`).
    pub fewest: bool,
    /// The array of volumes of the smallest size that sustains each share.
    pub array: Array,
}

/// Each volume's share of the target with `volumes` volumes.
fn share(need: &Need, volumes: u32, raid: Raid) -> Result<Need, Error> {
    let n = Decimal::from(match raid {
        Raid::Raid0 => volumes,
        Raid::Raid1 => 1,
    });
    let throughput = match &need.throughput {
        Some(t) => Some(Throughput::from_mibps(ceil_div(t.mibps(), n)?)?),
        None => None,
    };
    Ok(Need {
        iops: need.iops.map(|i| ceil_div(i, n)).transpose()?,
        throughput,
        size: None,
        volume_type: need.volume_type,
    })
}

/// The smallest volume of the type that sustains `need`, as an array request.
fn try_count(
    request: &TargetRequest,
    volumes: u32,
    book: &mut FactBook,
) -> Result<(Need, ArrayRequest), Error> {
    let need = share(&request.need, volumes, request.raid)?;
    let WhichAnswer::Smallest(smallest) = which_volume(&need, book)? else {
        return Err(Problem::EmptyNeed.into());
    };
    Ok((
        need,
        ArrayRequest {
            volume: smallest.request,
            volumes,
            raid: request.raid,
            instance_iops: request.instance_iops,
            instance_throughput: request.instance_throughput.clone(),
            instance: request.instance,
        },
    ))
}

/// The volume count and size that reach a target: with `--volumes`, each volume's share;
/// without, the fewest volumes (2 for a mirror) whose share a volume of the type sustains.
///
/// ```
/// use awscalc::calc::ebs::{array_target, Need, Raid, TargetRequest, VolumeType};
/// use awscalc::facts::{FactBook, Registry};
///
/// // 200,000 IOPS of gp3 (at most 80,000 a volume): 3 volumes of 66,667 IOPS, each
/// // ceil(66,667 / 500) = 134 GiB.
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 11, 30));
/// let request = TargetRequest {
///     need: Need { iops: Some(200_000.into()), throughput: None, size: None, volume_type: Some(VolumeType::Gp3) },
///     volumes: None,
///     raid: Raid::Raid0,
///     instance_iops: None,
///     instance_throughput: None,
///     instance: None,
/// };
/// let t = array_target(&request, &mut book).unwrap();
/// assert_eq!((t.array.volumes, t.array.volume.size_gib), (3, 134.into()));
/// ```
///
/// # Errors
/// A type that cannot sustain a share at any count up to [`MAX_VOLUMES`]; as [`array()`].
pub fn array_target(request: &TargetRequest, book: &mut FactBook) -> Result<Target, Error> {
    if request.need.iops.is_none() && request.need.throughput.is_none() {
        return Err(Problem::EmptyNeed.into());
    }
    let (volumes, fewest) = match (request.volumes, request.raid) {
        (Some(n), _) => (n, false),
        (None, Raid::Raid1) => (2, true),
        (None, Raid::Raid0) => {
            // Sustaining a share is monotone in the count: search for the fewest.
            if try_count(request, MAX_VOLUMES, book).is_err() {
                try_count(request, 1, book)?;
            }
            let (mut low, mut high) = (1, MAX_VOLUMES);
            while low < high {
                let mid = low + (high - low) / 2;
                if try_count(request, mid, book).is_ok() {
                    high = mid;
                } else {
                    low = mid + 1;
                }
            }
            (low, true)
        }
    };
    if volumes == 0 || volumes > MAX_VOLUMES {
        return Err(Problem::VolumeCount {
            volumes,
            max: MAX_VOLUMES,
        }
        .into());
    }
    let (need, array_request) = try_count(request, volumes, book)?;
    let array = array(&array_request, book)?;
    Ok(Target {
        each_iops: need.iops,
        each_throughput_mibps: need.throughput.map(|t| t.mibps()),
        fewest,
        array,
    })
}

#[cfg(test)]
mod target_tests {
    use super::*;
    use crate::facts::Registry;

    fn target(
        kind: VolumeType,
        iops: Option<u64>,
        tput: Option<&str>,
        volumes: Option<u32>,
        raid: Raid,
    ) -> Result<Target, Error> {
        let request = TargetRequest {
            need: Need {
                iops: iops.map(Decimal::from),
                throughput: tput.map(|t| t.parse().unwrap()),
                size: None,
                volume_type: Some(kind),
            },
            volumes,
            raid,
            instance_iops: None,
            instance_throughput: None,
            instance: None,
        };
        array_target(
            &request,
            &mut FactBook::new(Registry::builtin(), jiff::civil::date(2026, 11, 30)),
        )
    }

    #[test]
    fn gp3_needs_three_volumes_for_200000_iops() {
        // gp3 sustains at most 80,000 IOPS a volume: 2 give 160,000, 3 give each
        // ceil(200,000 / 3) = 66,667 IOPS at ceil(66,667 / 500) = 134 GiB.
        let t = target(VolumeType::Gp3, Some(200_000), None, None, Raid::Raid0).unwrap();
        assert_eq!(t.array.volumes, 3);
        assert_eq!(t.each_iops, Some(Decimal::from(66_667)));
        assert_eq!(t.array.volume.size_gib, Decimal::from(134));
        assert_eq!(t.array.iops, Decimal::from(200_001));
        assert!(t.fewest);
    }

    #[test]
    fn io1_shares_a_target_over_given_volumes() {
        // 100,000 IOPS over 4 io1 volumes: 25,000 each, at 50 IOPS per GiB 500 GiB each.
        let t = target(VolumeType::Io1, Some(100_000), None, Some(4), Raid::Raid0).unwrap();
        assert_eq!(t.array.volume.size_gib, Decimal::from(500));
        assert_eq!(t.array.size_gib, Decimal::from(2000));
        assert!(!t.fewest);
    }

    #[test]
    fn a_mirror_does_not_add_iops() {
        // RAID 1: each of the 2 volumes must sustain the whole target; gp2 cannot sustain
        // 20,000 (its maximum is 16,000), but 9,000 at 3 per GiB is 3,000 GiB.
        assert!(target(VolumeType::Gp2, Some(20_000), None, None, Raid::Raid1).is_err());
        let t = target(VolumeType::Gp2, Some(9_000), None, None, Raid::Raid1).unwrap();
        assert_eq!(
            (t.array.volumes, t.array.volume.size_gib),
            (2, Decimal::from(3000))
        );
        assert_eq!(t.array.size_gib, Decimal::from(3000));
    }

    #[test]
    fn st1_reaches_1000_mibps_with_two_volumes() {
        // st1's baseline is 40 MiB/s per TiB up to 500 MiB/s: 2 volumes of 500 MiB/s, each
        // 500 / 40 = 12.5 TiB = 12,800 GiB.
        let t = target(VolumeType::St1, None, Some("1000"), None, Raid::Raid0).unwrap();
        assert_eq!(t.array.volumes, 2);
        assert_eq!(t.array.volume.size_gib, Decimal::from(12_800));
    }
}
