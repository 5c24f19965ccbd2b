//! Property tests (`prop_*`) of `awscalc compute` against the AWS rules it applies
//! (Lambda's quotas page and memory page, Fargate's table of task sizes, Step Functions'
//! quotas):
//!
//! - a job that fits a service fits it with any smaller need (duration, memory, vCPU,
//!   storage, no GPU), on any date;
//! - the smallest Fargate size found is a valid size that holds the job, and no valid size
//!   that holds it has fewer CPU units or less memory; Fargate fits exactly when one is found;
//! - no input panics.

use awscalc::calc::compute::{
    compute, fargate_rows, is_valid_fargate_size, ComputeRequest, FargateSize, Service,
};
use awscalc::facts::{FactBook, Registry};
use jiff::civil::{date, Date};
use proptest::prelude::*;
use rust_decimal::Decimal;

/// A job: seconds, MiB of memory, quarter vCPUs, GiB of storage (0: none), GPU.
#[derive(Debug, Clone, Copy)]
struct Job {
    seconds: u64,
    memory_mib: u64,
    quarter_vcpus: u64,
    storage_gib: u64,
    gpu: bool,
}

impl Job {
    fn request(self) -> ComputeRequest {
        ComputeRequest {
            duration: format!("{}s", self.seconds).parse().unwrap(),
            memory: format!("{}mib", self.memory_mib).parse().unwrap(),
            vcpu: (Decimal::from(self.quarter_vcpus) / Decimal::from(4))
                .normalize()
                .to_string()
                .parse()
                .unwrap(),
            storage: (self.storage_gib > 0)
                .then(|| format!("{}gib", self.storage_gib).parse().unwrap()),
            gpu: self.gpu,
        }
    }
}

fn job() -> impl Strategy<Value = Job> {
    (
        1_u64..40_000_000,
        1_u64..300_000,
        1_u64..100,
        0_u64..400,
        any::<bool>(),
    )
        .prop_map(
            |(seconds, memory_mib, quarter_vcpus, storage_gib, gpu)| Job {
                seconds,
                memory_mib,
                quarter_vcpus,
                storage_gib,
                gpu,
            },
        )
}

fn day() -> impl Strategy<Value = Date> {
    prop_oneof![
        Just(date(2016, 11, 30)),
        Just(date(2016, 12, 1)),
        Just(date(2017, 1, 4)),
        Just(date(2017, 1, 5)),
        Just(date(2017, 11, 28)),
        Just(date(2017, 11, 29)),
        Just(date(2017, 1, 1)),
        Just(date(2022, 8, 31)),
        Just(date(2022, 9, 1)),
        Just(date(2026, 12, 1)),
    ]
}

fn fitting(job: Job, day: Date) -> Vec<(Service, bool)> {
    let fit = compute(&job.request(), &mut FactBook::new(Registry::builtin(), day)).unwrap();
    fit.verdicts.iter().map(|v| (v.service, v.fits)).collect()
}

/// Every valid Fargate size in force with `vcpu_max` vCPU at most.
fn valid_sizes(vcpu_max: u32) -> Vec<FargateSize> {
    let mut sizes = Vec::new();
    for row in fargate_rows(vcpu_max.into()) {
        let mut memory = row.memory_min_mib;
        while memory <= row.memory_max_mib {
            sizes.push(FargateSize {
                vcpu: (Decimal::from(row.cpu_units) / Decimal::from(1024)).normalize(),
                cpu_units: row.cpu_units,
                memory_mib: memory,
            });
            memory += row.memory_step_mib;
        }
    }
    sizes
}

proptest! {
    #[test]
    fn prop_a_smaller_job_fits_every_service_a_larger_one_fits(
        big in job(),
        shrink in (0_u64..=100, 0_u64..=100, 0_u64..=100, 0_u64..=100, any::<bool>()),
        day in day(),
    ) {
        let (ds, dm, dv, dst, drop_gpu) = shrink;
        let small = Job {
            seconds: (big.seconds * ds / 100).max(1),
            memory_mib: (big.memory_mib * dm / 100).max(1),
            quarter_vcpus: (big.quarter_vcpus * dv / 100).max(1),
            storage_gib: big.storage_gib * dst / 100,
            gpu: big.gpu && !drop_gpu,
        };
        for ((service, big_fits), (_, small_fits)) in fitting(big, day).into_iter().zip(fitting(small, day)) {
            prop_assert!(!big_fits || small_fits, "{service:?}: {big:?} fits, {small:?} does not");
        }
    }

    #[test]
    fn prop_the_smallest_fargate_size_is_valid_and_none_smaller_holds_the_job(
        job in job(),
        day in day(),
    ) {
        let job = Job { storage_gib: 0, gpu: false, ..job };
        let mut book = FactBook::new(Registry::builtin(), day);
        let fit = compute(&job.request(), &mut book).unwrap();
        let fargate = fit.verdicts.iter().find(|v| v.service == Service::Fargate).unwrap();
        let vcpu_max = if day < date(2022, 9, 1) { 4 } else { 16 };
        let sizes = valid_sizes(vcpu_max);
        let holds = |s: &FargateSize| {
            u64::from(s.cpu_units) * 4 >= job.quarter_vcpus * 1024
                && u64::from(s.memory_mib) >= job.memory_mib
        };
        // Before its launch (2017-11-29) Fargate runs nothing; from then it fits exactly
        // when some valid size holds the job.
        let offered = day >= date(2017, 11, 29);
        prop_assert_eq!(fargate.offered_from.is_none(), offered);
        prop_assert_eq!(fargate.fits, offered && sizes.iter().any(holds));
        prop_assert_eq!(fargate.fits, fit.fargate_size.is_some());
        if let Some(found) = fit.fargate_size {
            prop_assert!(is_valid_fargate_size(&found, &fargate_rows(vcpu_max.into())));
            prop_assert!(holds(&found));
            for other in sizes.iter().filter(|s| holds(s)) {
                prop_assert!(other.cpu_units >= found.cpu_units, "{other:?} < {found:?}");
                prop_assert!(other.memory_mib >= found.memory_mib, "{other:?} < {found:?}");
            }
        }
    }

    #[test]
    fn prop_a_service_is_offered_from_its_launch_day_whatever_the_job(job in job(), day in day()) {
        let fit = compute(&job.request(), &mut FactBook::new(Registry::builtin(), day)).unwrap();
        // Launch days from the services' document histories and the AWS Compute Blog:
        // Fargate 2017-11-29, AWS Batch 2017-01-05, Step Functions December 2016.
        for v in &fit.verdicts {
            let launch = match v.service {
                Service::Fargate => Some(date(2017, 11, 29)),
                Service::Batch => Some(date(2017, 1, 5)),
                Service::StepFunctionsStandard | Service::StepFunctionsExpress => {
                    Some(date(2016, 12, 1))
                }
                Service::Lambda | Service::Ec2 => None,
            };
            let before = launch.is_some_and(|l| day < l);
            prop_assert_eq!(v.offered_from.map(|o| o.since), launch.filter(|_| before));
            if before {
                prop_assert!(!v.fits);
            }
        }
        // AWS Batch and EC2 limit nothing else: once offered, Batch fits every job.
        let batch = fit.verdicts.iter().find(|v| v.service == Service::Batch).unwrap();
        prop_assert_eq!(batch.fits, day >= date(2017, 1, 5));
    }

    #[test]
    fn prop_no_input_panics(
        duration in "[0-9]{1,30}(\\.[0-9]{1,5})?(s|ms|min|h|d)?",
        memory in "[0-9]{1,30}(\\.[0-9]{1,5})?(b|kb|mb|gib|tb)?",
        vcpu in "[0-9]{1,30}(\\.[0-9]{1,5})?",
        storage in proptest::option::of("[0-9]{1,30}(gib|tb)?"),
    ) {
        let (Ok(duration), Ok(memory), Ok(vcpu)) = (duration.parse(), memory.parse(), vcpu.parse()) else {
            return Ok(());
        };
        let Ok(storage) = storage.map(|s| s.parse()).transpose() else {
            return Ok(());
        };
        let request = ComputeRequest { duration, memory, vcpu, storage, gpu: false };
        let _ = compute(&request, &mut FactBook::new(Registry::builtin(), date(2026, 12, 1)));
    }
}
