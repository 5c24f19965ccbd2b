//! `awscalc ebs`: EBS volume flags.

use clap::Args;
use rust_decimal::Decimal;

use awscalc::calc::ebs::{Need, Throughput, VolumeRequest, VolumeType};
use awscalc::question::EbsRequest;
use awscalc::units::{parse_positive, Size};
use awscalc::Error;

const EBS_EXAMPLES: &str = "\
Sizes: 500 (GiB), 500gib, 2tib; EBS sizes are whole GiB, 1 TiB = 1,024 GiB.
Throughput: 600, 600mib/s, 600 MiB/s, 1gib/s (EBS throughput is MiB/s).

One volume (--type and --size):
  awscalc ebs --type gp2 --size 100                   300 IOPS baseline, bursting to 3,000 for 2,000 s
  awscalc ebs --type gp3 --size 500 --iops 16000 --throughput 1000
  awscalc ebs --type io1 --size 100 --iops 5000
  awscalc ebs --type st1 --size 5tib --scan           full volume scan time
  awscalc --as-of 2025-01-01 ebs --type gp3 --size 500

Which volume (--iops and/or --throughput, optionally --size or --type):
  awscalc ebs --iops 20000                            every type, smallest size first
  awscalc ebs --throughput 600mib/s
  awscalc ebs --type io1 --iops 20000                 the smallest io1: 400 GiB";

/// Amazon EBS: what a volume delivers, or which volume sustains N IOPS or MiB/s
#[derive(Debug, Args)]
#[command(after_help = EBS_EXAMPLES)]
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
}

fn parse_type(text: &str) -> Result<VolumeType, Error> {
    text.parse()
}

/// A whole, positive number of IOPS (at most 10^12).
fn parse_iops(text: &str) -> Result<Decimal, Error> {
    let value = parse_positive(text.trim(), text, "iops")?;
    if !value.fract().is_zero() {
        return Err(Error::NotWhole {
            what: "iops",
            input: text.to_string(),
        });
    }
    if value > Decimal::from(1_000_000_000_000u64) {
        return Err(Error::TooLarge {
            what: "iops",
            input: text.to_string(),
            max: "1,000,000,000,000".into(),
        });
    }
    Ok(value)
}

impl EbsArgs {
    /// The typed request.
    ///
    /// # Errors
    /// [`Error::Conflict`] when the flags ask neither question.
    pub(crate) fn request(&self) -> Result<EbsRequest, Error> {
        let need = self.iops.is_some() || self.throughput.is_some();
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iops_must_be_whole_and_positive() {
        assert_eq!(parse_iops("20000").unwrap(), Decimal::from(20_000));
        assert_eq!(parse_iops("20_000").unwrap(), Decimal::from(20_000));
        assert!(parse_iops("1.5").unwrap_err().to_string().contains("whole"));
        assert!(parse_iops("0").is_err());
        assert!(parse_iops("-3").is_err());
        assert!(parse_iops("9999999999999").is_err());
    }
}
