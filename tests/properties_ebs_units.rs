//! Property tests (`prop_*`) of EBS answers in the asker's units (issue #12): a figure shown
//! in the unit the question used converts back exactly to the base value beside it.
//!
//! - an instance throughput typed in Mbps, Gbps or MB/s gives back the typed number when the
//!   answer is the instance's own throughput (bits / 8 = bytes; MB of 1,000,000 bytes, as
//!   AWS's instance tables);
//! - a volume of N TiB is described as `N TiB (1,024 × N GiB)`, and of N TB (read as TiB for
//!   EBS) as `N TB (1,024 × N GiB)`.

use awscalc::calc::ebs::{InstanceThroughput, VolumeRequest, VolumeType};
use awscalc::facts::{FactBook, Registry};
use awscalc::units::group;
use proptest::prelude::*;
use rust_decimal::Decimal;

fn book() -> FactBook {
    FactBook::new(Registry::builtin(), jiff::civil::date(2026, 12, 1))
}

proptest! {
    #[test]
    fn prop_an_instance_throughput_round_trips_in_its_unit(
        n in 1u64..=1_000_000,
        hundredths in 0u64..100,
        unit in 0usize..4,
    ) {
        let value = Decimal::from(n) + Decimal::new(i64::try_from(hundredths).unwrap(), 2);
        let (suffix, symbol) = [("mbps", "Mbps"), ("gbps", "Gbps"), ("mb/s", "MB/s"), ("", "MB/s")][unit];
        let t: InstanceThroughput = format!("{value}{suffix}").parse().unwrap();
        let (back, shown) = t.in_asked_unit(t.mibps()).unwrap();
        prop_assert_eq!(shown, symbol);
        prop_assert_eq!(back, value.normalize());
    }

    #[test]
    fn prop_a_size_in_tib_or_tb_is_answered_in_it(tib in 1u64..=16, tera in any::<bool>()) {
        let unit = if tera { "TB" } else { "TiB" };
        let request = VolumeRequest {
            volume_type: VolumeType::Gp2,
            size: format!("{tib}{unit}").parse().unwrap(),
            iops: None,
            throughput: None,
            scan: false,
        };
        let report = awscalc::explain::ebs::volume(&request, &mut book()).unwrap();
        let expected = format!("gp2 at {tib} {unit} ({} GiB)", group(Decimal::from(tib * 1024)));
        prop_assert!(report.summary.starts_with(&expected), "{}", report.summary);
    }
}
