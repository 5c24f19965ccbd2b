//! Property tests (`prop_*`) of an instance type from awscalc's table (`awscalc ebs --type T
//! --size S ... --instance TYPE [--instance-burst]`), against AWS's rule that the volumes and
//! the instance each limit what is delivered (ebs-optimized.html: "the connection between
//! Amazon EBS and Amazon EC2 can become a performance bottleneck"):
//!
//! - what is delivered is the lower of the volumes' and the instance's: never above either,
//!   and equal to one of them (whole IOPS, exact throughput Mbps × 125,000 / 1,048,576);
//! - the maximum (`--instance-burst`) never delivers less than the baseline;
//! - a type name that is not in the table is refused, never a panic.
//!
//! The volumes are io2 (up to 1,000 IOPS per GiB and 256,000 IOPS, provisioned-iops.html).

use awscalc::calc::ebs::{
    array, ArrayRequest, InstanceChoice, InstanceFigure, InstanceType, Raid, VolumeRequest,
    VolumeType,
};
use awscalc::facts::{FactBook, Registry};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn book() -> FactBook {
    FactBook::new(Registry::builtin(), jiff::civil::date(2026, 12, 1))
}

fn request(
    size: u64,
    iops: u64,
    volumes: u32,
    raid: Raid,
    name: &str,
    figure: InstanceFigure,
) -> ArrayRequest {
    ArrayRequest {
        volume: VolumeRequest {
            volume_type: VolumeType::Io2,
            size: size.to_string().parse().unwrap(),
            iops: Some(iops.into()),
            throughput: None,
            scan: false,
        },
        volumes,
        raid,
        instance_iops: None,
        instance_throughput: None,
        instance: Some(InstanceChoice {
            instance_type: name.parse().unwrap(),
            figure,
        }),
    }
}

fn names() -> Vec<&'static str> {
    InstanceType::all().map(InstanceType::name).collect()
}

proptest! {
    #[test]
    fn prop_delivered_is_the_lower_side(
        index in 0usize..16,
        size in 100u64..=1_000,
        per_gib in 1u64..=1_000,
        volumes in 1u32..=8,
        mirrored in any::<bool>(),
        burst in any::<bool>(),
    ) {
        let names = names();
        let name = names[index % names.len()];
        let raid = if mirrored { Raid::Raid1 } else { Raid::Raid0 };
        let volumes = if mirrored { volumes.max(2) } else { volumes };
        let figure = if burst { InstanceFigure::Maximum } else { InstanceFigure::Baseline };
        let iops = (size * per_gib).clamp(100, 256_000);
        let a = array(&request(size, iops, volumes, raid, name, figure), &mut book()).unwrap();
        let limits = a.instance.clone().unwrap();
        let writes = a.writes_per_write;
        // The instance's share: its IOPS over the writes each array write makes.
        let instance_iops = (limits.iops() / writes).floor();
        let instance_mibps = limits.mbps() * Decimal::from(125_000) / Decimal::from(1_048_576);
        prop_assert!(a.iops <= a.volumes_iops);
        prop_assert!(a.iops <= instance_iops);
        prop_assert!(a.iops == a.volumes_iops || a.iops == instance_iops);
        prop_assert!(a.throughput_mibps <= a.volumes_throughput_mibps);
        prop_assert!(a.throughput_mibps * writes <= instance_mibps);
        prop_assert_eq!(a.instance_throughput_mibps, Some(instance_mibps));
    }

    #[test]
    fn prop_the_maximum_never_delivers_less(
        index in 0usize..16,
        size in 100u64..=1_000,
        per_gib in 1u64..=1_000,
        volumes in 1u32..=8,
    ) {
        let names = names();
        let name = names[index % names.len()];
        let iops = (size * per_gib).clamp(100, 256_000);
        let base = array(&request(size, iops, volumes, Raid::Raid0, name, InstanceFigure::Baseline), &mut book()).unwrap();
        let max = array(&request(size, iops, volumes, Raid::Raid0, name, InstanceFigure::Maximum), &mut book()).unwrap();
        prop_assert!(max.iops >= base.iops);
        prop_assert!(max.throughput_mibps >= base.throughput_mibps);
        // The other figure's answer, for --expect, is the answer the other run gives.
        if let Some(other) = base.instance.as_ref().unwrap().other_figure_iops {
            prop_assert_eq!(other, max.iops);
        } else {
            prop_assert_eq!(base.iops, max.iops);
        }
    }

    #[test]
    fn prop_an_instance_name_never_panics(s in "\\PC{0,24}") {
        match s.parse::<InstanceType>() {
            Ok(t) => prop_assert!(t.name().eq_ignore_ascii_case(s.trim())),
            Err(e) => prop_assert!(e.to_string().contains("--instance-iops")),
        }
    }
}
