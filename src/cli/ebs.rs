//! `awscalc ebs`: EBS volume flags.

use clap::Args;
use rust_decimal::Decimal;

use awscalc::calc::ebs::{
    ArrayRequest, BurstRequest, Credits, InstanceChoice, InstanceFigure, InstanceThroughput,
    InstanceType, IoSizeRequest, Load, ModifyRequest, Need, Raid, TargetRequest, Throughput,
    VolumeRequest, VolumeType, MAX_VOLUMES,
};
use awscalc::question::EbsRequest;
use awscalc::units::{parse_whole, Duration, DurationGrammar, Size};
use awscalc::Error;

pub(super) const EBS_EXAMPLES: &str = "\
Units (see docs/cli.md):
  --size        500, 500gib, 2tib; a bare number is GiB. AWS sizes EBS volumes in whole GiB,
                so GB and TB are read as GiB and TiB (1 TiB = 1,024 GiB)
  --throughput  600, 600mib/s, 1gib/s; a bare number is MiB/s
  --iops        a whole number: 3000, 16_000
  --io-size     16kib, 1mib; a bare number is KiB (KB is read as KiB, as AWS states I/O sizes)
  --instance-throughput
                650mbps, 4.75gbps (bits, as AWS lists instance bandwidth), 81.25mb/s (MB of
                1,000,000 bytes, as AWS lists instance throughput), 77.5mib/s; bare is MB/s
  Answers are given in the unit asked as well: 2tib gives 2 TiB (2,048 GiB), an array's
  throughput with --instance-throughput 2000mb/s 1,048.576 MB/s (1,000 MiB/s)

One volume (--type and --size):
  awscalc ebs --type gp2 --size 100                 300 IOPS baseline, bursting to 3,000
  awscalc ebs --type gp2 --size 1tb                 3,072 IOPS (a TB read as 1,000 GB: 3,000)
  awscalc ebs --type gp3 --size 500 --iops 16000 --throughput 1000
                                                    80,000 IOPS: the most 500 GiB allows
  awscalc ebs --type io1 --size 100 --iops 5000     5,000 IOPS
  awscalc ebs --type st1 --size 5tib --scan         10,485.76 s to read it all
  awscalc --as-of 2025-01-01 ebs --type gp3 --size 500
                                                    16,000 IOPS at most, the limit then

Which volume (--iops and/or --throughput, optionally --size or --type):
  awscalc ebs --iops 20000                          io2 first: every type, smallest size first
  awscalc ebs --throughput 600mib/s                 gp3 first: every type, smallest size first
  awscalc ebs --type io1 --iops 20000               400 GiB: the smallest io1

I/O size (--io-size with --iops or --throughput, optionally --type):
  awscalc ebs --io-size 16kib --throughput 500      32,000 IOPS for 500 MiB/s of 16 KiB I/O
  awscalc ebs --io-size 64kib --iops 10000          625 MiB/s from 10,000 IOPS of 64 KiB I/O
  awscalc ebs --io-size 64kib --iops 10000 --type gp2
                                                    250 MiB/s: gp2's maximum limits it

Arrays and the instance (--volumes N --raid 0|1, --instance TYPE, --instance-iops, --instance-throughput):
  awscalc ebs --type io1 --size 500 --iops 4000 --volumes 2 --raid 0
                                                    8,000 IOPS and 1,000 MiB/s, 1,000 GiB
  awscalc ebs --type io1 --size 500 --iops 4000 --volumes 2 --raid 1
                                                    4,000 write IOPS and 500 MiB/s, 500 GiB
  awscalc ebs --type gp3 --size 500 --iops 16000 --instance-throughput 650mbps
                                                    16,000 IOPS, about 77.49 MiB/s: the instance
  awscalc ebs --type gp3 --size 1000 --iops 16000 --throughput 1000 --instance m5.large
                                                    3,600 IOPS, about 77.49 MiB/s: m5.large's baseline
  awscalc ebs --type gp3 --iops 200000 --raid 0     3 volumes of 134 GiB: the fewest

Burst over time (gp2 with --iops, st1 and sc1 with --throughput; --for D, --credits C):
  awscalc ebs --type gp2 --size 100 --iops 3000     2,000 s until the bucket is empty
  awscalc ebs --type gp2 --size 100 --iops 1000 --for 1h
                                                    2,880,000 I/O credits left (53.33%)
  awscalc ebs --type gp2 --size 100 --iops 200 --credits 50%
                                                    27,000 s to fill: it never empties
  awscalc ebs --type st1 --size 1tib --throughput 250
                                                    4,993.21 s until empty, then 40 MiB/s

Changing a volume (--to-type, --to-size, --to-iops, --to-throughput; sizes only grow):
  awscalc ebs --type gp2 --size 100 --to-type gp3 --to-size 200
                                                    80,000 IOPS at most after it: allowed
  awscalc ebs --type gp2 --size 100 --to-size 50    error: an EBS volume only grows";

/// `ebs`'s usage line, by hand: its two forms.
pub(super) const EBS_USAGE: &str = "\
awscalc ebs --type TYPE --size SIZE [--iops N] [--throughput MIB/S] [--scan]
       awscalc ebs (--iops N | --throughput MIB/S)... [--type TYPE] [--size SIZE]
       awscalc ebs --io-size SIZE (--iops N | --throughput MIB/S) [--type TYPE]
       awscalc ebs --type TYPE --size SIZE [--iops N] [--throughput MIB/S] [--volumes N --raid 0|1]
                   [--instance TYPE [--instance-burst] | --instance-iops N --instance-throughput T]
       awscalc ebs --type TYPE (--iops N | --throughput MIB/S)... --raid 0|1 [--volumes N] [...]
       awscalc ebs --type gp2|st1|sc1 --size SIZE (--iops N | --throughput MIB/S) [--for D]
                   [--credits C]
       awscalc ebs --type TYPE --size SIZE [--to-type TYPE] [--to-size SIZE] [--to-iops N]
                   [--to-throughput MIB/S]";

/// What `--expect` recognises for `ebs`.
pub(super) const EBS_EXPECT: &str = "Compare the answer with VALUE: exit 0 on a match, 1 on a \
mismatch, with a hint naming the reading that gives VALUE: the burst or the baseline figure, the \
IOPS gp3 includes, an instance not built on Nitro, a TB read as 1,000 GB, or the AWS limits of \
another date; with --io-size: an I/O not split at the cap, the HDD count, the I/O size alone \
before the type's limits; with --volumes or --instance-*: the volumes without the \
instance's limit, reads from every RAID 1 mirror, the instance's maximum or baseline figure; with a gp2, st1 or sc1 workload: the bucket \
drained at the whole load, or filled at the baseline alone";

/// Amazon EBS: what a volume delivers, or which volume sustains N IOPS or MiB/s
#[derive(Debug, Args)]
#[group(skip)]
#[command(after_help = EBS_EXAMPLES, override_usage = EBS_USAGE)]
pub(crate) struct EbsArgs {
    /// Volume type: gp3, gp2, io2, io1, st1, sc1 or standard
    #[arg(long = "type", value_name = "TYPE", value_parser = parse_type)]
    pub volume_type: Option<VolumeType>,

    /// Volume size: 500 (GiB), 500gib, 2tib
    #[arg(long, value_name = "SIZE")]
    pub size: Option<Size>,

    /// IOPS: provisioned (gp3, io1, io2 with --size), or needed (without --type or --size)
    #[arg(long, value_name = "N", value_parser = parse_iops)]
    pub iops: Option<Decimal>,

    /// Throughput in MiB/s: provisioned (gp3 with --size), or needed
    #[arg(long, value_name = "MIB/S")]
    pub throughput: Option<Throughput>,

    /// Time to read the whole volume (st1, sc1), and AWS's worst case
    #[arg(long, requires_all = ["volume_type", "size"])]
    pub scan: bool,

    /// I/O size: 16kib, 64 (KiB); with --iops gives the throughput, with --throughput the IOPS
    #[arg(long, value_name = "SIZE", conflicts_with_all = ["size", "scan"])]
    pub io_size: Option<Size>,

    /// Identical volumes in an array (with --type and --size)
    #[arg(long, value_name = "N", value_parser = parse_volumes, conflicts_with_all = ["scan", "io_size"])]
    pub volumes: Option<u32>,

    /// RAID level of the array: 0 (striped) or 1 (mirrored); 5 and 6 are refused
    #[arg(long, value_name = "LEVEL", value_parser = parse_raid)]
    pub raid: Option<Raid>,

    /// The instance's EBS IOPS: the answer is the lower of the volumes' and the instance's
    #[arg(long, value_name = "N", value_parser = parse_iops, conflicts_with_all = ["scan", "io_size"])]
    pub instance_iops: Option<Decimal>,

    /// The instance's EBS throughput: 650mbps (bits, as AWS lists it), 81.25mb/s; bare is MB/s
    #[arg(long, value_name = "T", conflicts_with_all = ["scan", "io_size"])]
    pub instance_throughput: Option<InstanceThroughput>,

    /// An instance type's EBS limits from AWS's table (m5.large, c6i.large, t3.micro, ...):
    /// its baseline, what it sustains
    #[arg(long, value_name = "TYPE", value_parser = parse_instance,
          conflicts_with_all = ["scan", "io_size", "instance_iops", "instance_throughput"])]
    pub instance: Option<InstanceType>,

    /// With --instance: its maximum instead, which lasts 30 minutes at least once every 24 hours
    #[arg(long, requires = "instance")]
    pub instance_burst: bool,

    /// How long the workload runs (gp2, st1, sc1): the credit balance at its end; 90s, 1h
    #[arg(long = "for", value_name = "D", value_parser = parse_period,
          conflicts_with_all = ["scan", "io_size", "volumes", "raid", "instance_iops", "instance_throughput", "instance"])]
    pub period: Option<Duration>,

    /// The credit balance at the start (gp2, st1, sc1): 50% of the bucket, 1000000 gp2 I/O
    /// credits, 512gib of st1/sc1 credits (bare: MiB); a full bucket if not given
    #[arg(long, value_name = "C", value_parser = parse_credits,
          conflicts_with_all = ["scan", "io_size", "volumes", "raid", "instance_iops", "instance_throughput", "instance"])]
    pub credits: Option<Credits>,

    /// Modify the volume (--type, --size) to this type
    #[arg(long, value_name = "TYPE", value_parser = parse_type, conflicts_with_all = MODIFY_CONFLICTS)]
    pub to_type: Option<VolumeType>,

    /// Modify the volume to this size: it only grows
    #[arg(long, value_name = "SIZE", conflicts_with_all = MODIFY_CONFLICTS)]
    pub to_size: Option<Size>,

    /// Modify the volume's provisioned IOPS (gp3, io1, io2)
    #[arg(long, value_name = "N", value_parser = parse_iops, conflicts_with_all = MODIFY_CONFLICTS)]
    pub to_iops: Option<Decimal>,

    /// Modify the volume's provisioned throughput (gp3)
    #[arg(long, value_name = "MIB/S", conflicts_with_all = MODIFY_CONFLICTS)]
    pub to_throughput: Option<Throughput>,
}

/// What a modification does not combine with.
const MODIFY_CONFLICTS: [&str; 9] = [
    "scan",
    "io_size",
    "volumes",
    "raid",
    "instance_iops",
    "instance_throughput",
    "instance",
    "period",
    "credits",
];

fn parse_period(text: &str) -> Result<Duration, Error> {
    Duration::parse(
        text,
        &DurationGrammar {
            what: "period",
            bare_seconds: None,
            smallest_unit_seconds: 1,
            accepted: "a positive duration with a unit: 90s, 15min, 1h, 7d",
        },
    )
}

fn parse_credits(text: &str) -> Result<Credits, Error> {
    text.parse()
}

fn parse_instance(text: &str) -> Result<InstanceType, Error> {
    text.parse()
}

fn parse_raid(text: &str) -> Result<Raid, Error> {
    text.parse()
}

/// A whole number of volumes, 1 to [`MAX_VOLUMES`].
fn parse_volumes(text: &str) -> Result<u32, Error> {
    parse_whole(text, "volumes", u64::from(MAX_VOLUMES))
        .map(|n| u32::try_from(n).unwrap_or(MAX_VOLUMES))
}

fn parse_type(text: &str) -> Result<VolumeType, Error> {
    text.parse()
}

/// A whole, positive number of IOPS (at most 10^12), in the grammar of every count.
fn parse_iops(text: &str) -> Result<Decimal, Error> {
    parse_whole(text, "iops", 1_000_000_000_000).map(Decimal::from)
}

impl EbsArgs {
    /// The typed request.
    ///
    /// # Errors
    /// [`Error::Conflict`] when the flags ask neither question.
    pub(crate) fn request(&self) -> Result<EbsRequest, Error> {
        if let Some(io_size) = &self.io_size {
            return Ok(EbsRequest::IoSize(IoSizeRequest {
                io_size: io_size.clone(),
                iops: self.iops,
                throughput: self.throughput.clone(),
                volume_type: self.volume_type,
            }));
        }
        let array = self.volumes.is_some()
            || self.raid.is_some()
            || self.instance_iops.is_some()
            || self.instance_throughput.is_some()
            || self.instance.is_some();
        let need = self.iops.is_some() || self.throughput.is_some();
        if array {
            if let (Some(volume_type), None, true) = (self.volume_type, &self.size, need) {
                return Ok(EbsRequest::Target(Box::new(TargetRequest {
                    need: Need {
                        iops: self.iops,
                        throughput: self.throughput.clone(),
                        size: None,
                        volume_type: Some(volume_type),
                    },
                    volumes: self.volumes,
                    raid: self.raid.unwrap_or(Raid::Raid0),
                    instance_iops: self.instance_iops,
                    instance_throughput: self.instance_throughput.clone(),
                    instance: self.instance_choice(),
                })));
            }
        }
        if array {
            let (Some(volume_type), Some(size)) = (self.volume_type, &self.size) else {
                return Err(Error::Conflict {
                    message: "--volumes, --raid, --instance, --instance-iops and --instance-throughput apply to volumes of one type: add --type and --size, or --type and --iops and/or --throughput for the volumes that reach them".into(),
                });
            };
            return Ok(EbsRequest::Array(Box::new(ArrayRequest {
                volume: VolumeRequest {
                    volume_type,
                    size: size.clone(),
                    iops: self.iops,
                    throughput: self.throughput.clone(),
                    scan: false,
                },
                // A mirror needs two volumes; a stripe of one is the volume itself.
                volumes: self.volumes.unwrap_or(match self.raid {
                    Some(Raid::Raid1) => 2,
                    _ => 1,
                }),
                raid: self.raid.unwrap_or(Raid::Raid0),
                instance_iops: self.instance_iops,
                instance_throughput: self.instance_throughput.clone(),
                instance: self.instance_choice(),
            })));
        }
        if let Some(modify) = self.modify()? {
            return Ok(EbsRequest::Modify(Box::new(modify)));
        }
        if let Some(burst) = self.burst()? {
            return Ok(EbsRequest::Burst(burst));
        }
        match (self.volume_type, &self.size) {
            (Some(volume_type), Some(size)) => Ok(EbsRequest::Volume(VolumeRequest {
                volume_type,
                size: size.clone(),
                iops: self.iops,
                throughput: self.throughput.clone(),
                scan: self.scan,
            })),
            (Some(volume_type), None) if need => Ok(EbsRequest::Which(Need {
                iops: self.iops,
                throughput: self.throughput.clone(),
                size: None,
                volume_type: Some(volume_type),
            })),
            (Some(volume_type), None) => Err(Error::Conflict {
                message: format!(
                    "`--type {volume_type}` needs --size for one volume, or --iops and/or --throughput for its smallest size"
                ),
            }),
            (None, size) if need => Ok(EbsRequest::Which(Need {
                iops: self.iops,
                throughput: self.throughput.clone(),
                size: size.clone(),
                volume_type: None,
            })),
            (None, Some(size)) => Err(Error::Conflict {
                message: format!(
                    "`--size {}` alone: add --type for one volume, or --iops and/or --throughput to compare types",
                    size.text()
                ),
            }),
            (None, None) => Err(Error::Conflict {
                message: "give --type and --size for one volume, or --iops and/or --throughput to find which volume delivers them".into(),
            }),
        }
    }
}

impl EbsArgs {
    /// `--instance TYPE [--instance-burst]`.
    fn instance_choice(&self) -> Option<InstanceChoice> {
        self.instance.map(|instance_type| InstanceChoice {
            instance_type,
            figure: if self.instance_burst {
                InstanceFigure::Maximum
            } else {
                InstanceFigure::Baseline
            },
        })
    }

    /// A modification: any `--to-*`, with the volume as it is (`--type`, `--size`).
    fn modify(&self) -> Result<Option<ModifyRequest>, Error> {
        if self.to_type.is_none()
            && self.to_size.is_none()
            && self.to_iops.is_none()
            && self.to_throughput.is_none()
        {
            return Ok(None);
        }
        let (Some(volume_type), Some(size)) = (self.volume_type, &self.size) else {
            return Err(Error::Conflict {
                message: "--to-type, --to-size, --to-iops and --to-throughput modify a volume: give it with --type and --size".into(),
            });
        };
        Ok(Some(ModifyRequest {
            from: VolumeRequest {
                volume_type,
                size: size.clone(),
                iops: self.iops,
                throughput: self.throughput.clone(),
                scan: false,
            },
            to_type: self.to_type,
            to_size: self.to_size.clone(),
            to_iops: self.to_iops,
            to_throughput: self.to_throughput.clone(),
        }))
    }

    /// A burst question: a gp2, st1 or sc1 volume with a workload (`--iops` for gp2,
    /// `--throughput` for st1 and sc1), or any volume with `--for` or `--credits` (the
    /// calculator refuses a type without a bucket).
    fn burst(&self) -> Result<Option<BurstRequest>, Error> {
        let timed = self.period.is_some() || self.credits.is_some();
        let (Some(volume_type), Some(size)) = (self.volume_type, &self.size) else {
            if timed {
                return Err(Error::Conflict {
                    message: "--for and --credits apply to one volume: add --type gp2, st1 or sc1, --size, and its workload (--iops for gp2, --throughput for st1 and sc1)".into(),
                });
            }
            return Ok(None);
        };
        let bursts = matches!(
            volume_type,
            VolumeType::Gp2 | VolumeType::St1 | VolumeType::Sc1
        );
        let load = match (self.iops, &self.throughput) {
            (Some(_), Some(_)) if bursts => {
                return Err(Error::Conflict {
                    message: format!(
                        "{} {volume_type} workload is one of --iops and --throughput: give {}",
                        if volume_type == VolumeType::Gp2 {
                            "a"
                        } else {
                            "an"
                        },
                        if volume_type == VolumeType::Gp2 {
                            "--iops alone"
                        } else {
                            "--throughput alone"
                        }
                    ),
                })
            }
            (Some(iops), None) if bursts || timed => Load::Iops(iops),
            (None, Some(t)) if bursts || timed => Load::Throughput(t.clone()),
            (None, None) if timed => {
                return Err(Error::Conflict {
                    message: format!(
                        "--for and --credits need the workload: add {}",
                        if volume_type == VolumeType::Gp2 {
                            "--iops N".to_string()
                        } else if bursts {
                            "--throughput MIB/S".to_string()
                        } else {
                            format!("--type gp2, st1 or sc1 ({volume_type} has no burst bucket)")
                        }
                    ),
                })
            }
            _ => return Ok(None),
        };
        if self.scan {
            return Err(Error::Conflict {
                message: "--scan times a full read at the burst rate: drop --scan, or drop the workload (--iops, --throughput) for the scan".into(),
            });
        }
        Ok(Some(BurstRequest {
            volume_type,
            size: size.clone(),
            load,
            period: self.period.clone(),
            credits: self.credits.clone(),
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iops_must_be_whole_and_positive() {
        assert_eq!(parse_iops("20000").unwrap(), Decimal::from(20_000));
        assert_eq!(parse_iops("20_000").unwrap(), Decimal::from(20_000));
        assert_eq!(parse_iops("20,000").unwrap(), Decimal::from(20_000));
        assert!(parse_iops("1.5").unwrap_err().to_string().contains("whole"));
        assert!(parse_iops("0").is_err());
        assert!(parse_iops("-3").is_err());
        assert!(parse_iops("9999999999999").is_err());
    }
}
