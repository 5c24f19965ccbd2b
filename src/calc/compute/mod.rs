//! Which of AWS Lambda, AWS Fargate, AWS Batch, Amazon EC2 and AWS Step Functions can run a
//! job of a given duration, memory, vCPU count and storage (and GPU), on a date; for each
//! that cannot, the limit that rules it out and by how much; and the smallest Fargate task
//! size that fits.
//!
//! The rules, each from the AWS page its fact cites:
//!
//! - **Lambda**: one invocation runs at most 900 s (`lambda.timeout_max_seconds`), with
//!   128 to 10,240 MB of memory; vCPU comes with memory, one vCPU at 1,769 MB, up to 6
//!   (<https://docs.aws.amazon.com/lambda/latest/dg/configuration-memory.html>), so a job
//!   that needs `v` vCPU needs `max(memory, v × 1,769 MB)` of memory; `/tmp` holds at most
//!   10,240 MB. Lambda offers no GPU.
//! - **Fargate**: a task takes one of the valid CPU and memory combinations
//!   ([`crate::facts::compute::FARGATE_SIZES`]) up to 16 vCPU and 120 GB (4 vCPU and 30 GB
//!   before September 2022), and up to 200 GiB of ephemeral storage. Fargate has no
//!   maximum run time and no GPU (the ECS `gpu` parameter is not valid on Fargate:
//!   <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html>).
//! - **AWS Batch** runs jobs on EC2 or Fargate compute environments with no maximum job
//!   duration; on EC2 it takes any instance size and GPUs
//!   (<https://docs.aws.amazon.com/batch/latest/userguide/when-to-use-fargate.html>: use EC2
//!   for more than 16 vCPU, more than 120 GiB or a GPU), so it runs the job.
//! - **EC2** runs it: awscalc checks no instance size.
//! - **Step Functions** orchestrates rather than runs compute: a Standard workflow can wait
//!   up to 1 year for a job it starts, an Express workflow 5 minutes.
//! - **Before a service existed** it runs nothing: Fargate from 2017-11-29, AWS Batch from
//!   2017-01-05, Step Functions from December 2016 (each a dated fact); on an earlier
//!   `--as-of` the verdict is [`Limit::NotOffered`] with the day it came.

use std::str::FromStr;

use rust_decimal::Decimal;
use serde::Serialize;

use crate::calc::lambda::FunctionDuration;
use crate::error::Error;
use crate::facts::compute::{self as fact, FargateRow, FARGATE_SIZES};
use crate::facts::lambda;
use crate::facts::{DatePrecision, FactBook, FactId};
use crate::steps::{Expr, Step, Unit};
use crate::units::{parse_positive, KbConvention, Size, SizeUnit};

#[cfg(test)]
mod tests;

/// The most vCPUs `--vcpu` accepts: far above any AWS compute size.
const VCPU_INPUT_MAX: u32 = 1_000_000;
/// CPU units in one vCPU (ECS task definitions give CPU in units).
const CPU_UNITS_PER_VCPU: u32 = 1024;
const MIB: u32 = 1_048_576;
const GIB: u32 = 1_073_741_824;

/// A number of vCPUs the job needs: `4`, `0.25`, `1.5`.
///
/// ```
/// use awscalc::calc::compute::Vcpus;
/// assert_eq!("0.25".parse::<Vcpus>().unwrap().value(), "0.25".parse().unwrap());
/// assert!("0".parse::<Vcpus>().is_err());
/// assert!("four".parse::<Vcpus>().is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Vcpus {
    value: Decimal,
    text: String,
}

impl Vcpus {
    /// The count, exactly.
    #[must_use]
    pub fn value(&self) -> Decimal {
        self.value
    }
}

impl std::fmt::Display for Vcpus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

impl FromStr for Vcpus {
    type Err = Error;

    fn from_str(input: &str) -> Result<Vcpus, Error> {
        let text = input.trim();
        let value = parse_positive(text, text, "vCPUs")?;
        if value > Decimal::from(VCPU_INPUT_MAX) {
            return Err(Error::TooLarge {
                what: "vCPUs",
                input: text.to_string(),
                max: "1,000,000".into(),
            });
        }
        Ok(Vcpus {
            value,
            text: text.to_string(),
        })
    }
}

/// `awscalc compute --duration D --memory SIZE --vcpu N [--storage SIZE] [--gpu]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ComputeRequest {
    /// How long the job runs (a bare number is seconds).
    pub duration: FunctionDuration,
    /// Memory it needs (a bare number is MB, 1,024-based as Lambda and Fargate set it).
    pub memory: Size,
    /// vCPUs it needs.
    pub vcpu: Vcpus,
    /// Local (ephemeral) storage it needs (a bare number is GiB).
    pub storage: Option<Size>,
    /// Whether it needs a GPU.
    pub gpu: bool,
}

/// A service the job might run on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Service {
    /// AWS Lambda: one invocation.
    Lambda,
    /// AWS Fargate: one ECS task.
    Fargate,
    /// AWS Batch (on EC2 compute environments).
    Batch,
    /// Amazon EC2.
    Ec2,
    /// A Step Functions Standard workflow (orchestrates, does not run the job).
    StepFunctionsStandard,
    /// A Step Functions Express workflow (orchestrates, does not run the job).
    StepFunctionsExpress,
}

impl Service {
    /// Whether the service runs compute itself (Step Functions orchestrates).
    #[must_use]
    pub fn runs_compute(self) -> bool {
        !matches!(
            self,
            Service::StepFunctionsStandard | Service::StepFunctionsExpress
        )
    }

    /// The stable short name, as the answer lists it: `lambda`, `fargate`, `batch`, `ec2`,
    /// `standard`, `express`.
    #[must_use]
    pub fn short_name(self) -> &'static str {
        match self {
            Service::Lambda => "lambda",
            Service::Fargate => "fargate",
            Service::Batch => "batch",
            Service::Ec2 => "ec2",
            Service::StepFunctionsStandard => "standard",
            Service::StepFunctionsExpress => "express",
        }
    }
}

/// A limit that can rule a service out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Limit {
    /// Lambda's maximum timeout.
    Timeout,
    /// The most memory (Lambda: with the memory the vCPU need brings).
    Memory,
    /// The most vCPUs.
    Vcpu,
    /// The most local storage (Lambda's `/tmp`, Fargate's ephemeral storage).
    Storage,
    /// No GPU offered.
    Gpu,
    /// A workflow's maximum duration.
    Duration,
    /// The service was not offered yet on the date (`offered_from` says since when).
    NotOffered,
}

/// One limit a service breaks: what the job needs, the limit in force, and by how much.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Broken {
    /// Which limit.
    pub limit: Limit,
    /// What the job needs, in `unit` (1 for a GPU).
    pub need: Decimal,
    /// The limit in force, in `unit` (0 GPUs where none is offered).
    pub max: Decimal,
    /// `seconds`, `MB`, `GiB`, `vCPU` or `GPU`.
    pub unit: &'static str,
    /// `need − max`.
    pub by: Decimal,
}

/// Whether one service can run (or, for Step Functions, wait for) the job.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Verdict {
    /// The service.
    pub service: Service,
    /// Whether it can: every limit holds.
    pub fits: bool,
    /// The limits it breaks, in the order checked.
    pub broken: Vec<Broken>,
    /// When the service was not offered yet on the date: the day it was first offered.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offered_from: Option<Offered>,
}

/// The day a service was first offered, and how exactly AWS dates it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Offered {
    /// The day (for a month-only date, the first day of the month).
    #[serde(serialize_with = "date_text")]
    pub since: jiff::civil::Date,
    /// `day` or `month`.
    #[serde(serialize_with = "precision_text")]
    pub precision: DatePrecision,
}

#[allow(clippy::trivially_copy_pass_by_ref)] // serde's serialize_with passes a reference
fn date_text<S: serde::Serializer>(date: &jiff::civil::Date, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(date)
}

#[allow(clippy::trivially_copy_pass_by_ref)] // serde's serialize_with passes a reference
fn precision_text<S: serde::Serializer>(p: &DatePrecision, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(p.as_str())
}

/// `Some(first day offered)` when the service whose fact is `id` was not offered on the
/// book's date (the fact has no value yet), recording the fact as used; `None` when it was.
fn not_offered(book: &mut FactBook, id: FactId) -> Result<Option<Offered>, Error> {
    match book.value(id) {
        Ok(_) => Ok(None),
        Err(Error::NotYetAvailable { .. }) => {
            let first = book
                .fact(id)?
                .history
                .iter()
                .find(|e| e.value.is_some() && e.since.is_some_and(|d| d > book.as_of()));
            Ok(first.and_then(|e| {
                e.since.map(|since| Offered {
                    since,
                    precision: e.precision,
                })
            }))
        }
        Err(e) => Err(e),
    }
}

/// The one "limit" a service not yet offered breaks.
fn not_offered_broken() -> Broken {
    Broken {
        limit: Limit::NotOffered,
        need: Decimal::ONE,
        max: Decimal::ZERO,
        unit: "service",
        by: Decimal::ONE,
    }
}

/// A Fargate task size: CPU and memory.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct FargateSize {
    /// vCPUs (`cpu_units / 1,024`).
    pub vcpu: Decimal,
    /// CPU units, as the task definition takes them.
    pub cpu_units: u32,
    /// Memory in MiB, as the task definition takes it.
    pub memory_mib: u32,
}

/// What a step computes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum StepKind {
    /// The memory a Lambda function needs for the job's memory and vCPU.
    LambdaMemory,
    /// Lambda's timeout headroom.
    LambdaTimeout,
    /// Lambda's memory headroom.
    LambdaMemoryMax,
    /// Lambda's vCPU headroom.
    LambdaVcpu,
    /// Lambda's `/tmp` headroom.
    LambdaTmp,
    /// Fargate's vCPU headroom.
    FargateVcpu,
    /// Fargate's memory headroom.
    FargateMemory,
    /// Fargate's ephemeral storage headroom.
    FargateStorage,
    /// A Standard workflow's duration headroom.
    StandardDuration,
    /// An Express workflow's duration headroom.
    ExpressDuration,
}

/// `awscalc compute`'s answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ComputeFit {
    /// The job's duration in seconds.
    pub duration_seconds: Decimal,
    /// The job's memory in MiB (Lambda's MB).
    pub memory_mib: Decimal,
    /// The job's storage in MiB, where given.
    pub storage_mib: Option<Decimal>,
    /// The compute services that can run the job, in the order Lambda, Fargate, Batch, EC2.
    pub fits: Vec<Service>,
    /// Each service's verdict, Step Functions' workflow types last.
    pub verdicts: Vec<Verdict>,
    /// The smallest valid Fargate task size that holds the job, where Fargate fits.
    pub fargate_size: Option<FargateSize>,
    /// The memory a Lambda function would need: the job's, or more for its vCPU.
    pub lambda_memory_mb: Decimal,
    /// The derivation.
    pub steps: Vec<Step<StepKind>>,
}

/// Checks `need ≤ max`, records the headroom step and returns the broken limit, if any.
fn check(
    what: StepKind,
    limit: Limit,
    need: Decimal,
    max: Decimal,
    unit: &'static str,
    steps: &mut Vec<Step<StepKind>>,
) -> Result<Option<Broken>, Error> {
    let fits = need <= max;
    let unit_of = if unit == "seconds" {
        Unit::Seconds
    } else {
        Unit::Count
    };
    steps.push(Step::new(
        what,
        Expr::headroom(
            Expr::quantity("need", need, unit_of),
            Expr::quantity("limit", max, unit_of),
            fits,
        ),
    )?);
    Ok((!fits).then_some(Broken {
        limit,
        need,
        max,
        unit,
        by: need - max,
    }))
}

/// A GPU the service does not offer.
fn no_gpu() -> Broken {
    Broken {
        limit: Limit::Gpu,
        need: Decimal::ONE,
        max: Decimal::ZERO,
        unit: "GPU",
        by: Decimal::ONE,
    }
}

/// The valid Fargate task sizes in force: the rows of [`FARGATE_SIZES`] up to `vcpu_max`.
#[must_use]
pub fn fargate_rows(vcpu_max: Decimal) -> Vec<FargateRow> {
    FARGATE_SIZES
        .iter()
        .filter(|r| Decimal::from(r.cpu_units) <= vcpu_max * Decimal::from(CPU_UNITS_PER_VCPU))
        .copied()
        .collect()
}

/// Whether `size` is a valid Fargate task size among `rows`.
#[must_use]
pub fn is_valid_fargate_size(size: &FargateSize, rows: &[FargateRow]) -> bool {
    rows.iter().any(|r| {
        r.cpu_units == size.cpu_units
            && (r.memory_min_mib..=r.memory_max_mib).contains(&size.memory_mib)
            && (size.memory_mib - r.memory_min_mib) % r.memory_step_mib == 0
    })
}

/// The smallest valid Fargate size among `rows` with at least `vcpu` vCPUs and
/// `memory_mib` MiB: the fewest CPU units, then the least memory. Rows are smallest first,
/// and a larger CPU never allows less memory, so the first that holds the job is it.
///
/// ```
/// use awscalc::calc::compute::{fargate_rows, smallest_fargate_size};
///
/// // 4 vCPU and 8 GiB: the 4 vCPU row starts at 8 GB.
/// let size = smallest_fargate_size(4.into(), 8192.into(), &fargate_rows(16.into())).unwrap();
/// assert_eq!((size.cpu_units, size.memory_mib), (4096, 8192));
/// // 1 vCPU and 9 GiB: past the 1 vCPU row's 8 GB, so 2 vCPU with 9 GB.
/// let size = smallest_fargate_size(1.into(), 9216.into(), &fargate_rows(16.into())).unwrap();
/// assert_eq!((size.cpu_units, size.memory_mib), (2048, 9216));
/// // 8 vCPU before September 2022: no size holds it.
/// assert!(smallest_fargate_size(8.into(), 8192.into(), &fargate_rows(4.into())).is_none());
/// ```
#[must_use]
pub fn smallest_fargate_size(
    vcpu: Decimal,
    memory_mib: Decimal,
    rows: &[FargateRow],
) -> Option<FargateSize> {
    let per_vcpu = Decimal::from(CPU_UNITS_PER_VCPU);
    rows.iter().find_map(|r| {
        let cpu = Decimal::from(r.cpu_units);
        if cpu < vcpu * per_vcpu || memory_mib > Decimal::from(r.memory_max_mib) {
            return None;
        }
        let min = Decimal::from(r.memory_min_mib);
        let step = Decimal::from(r.memory_step_mib);
        let memory = if memory_mib <= min {
            min
        } else {
            min + ((memory_mib - min) / step).ceil() * step
        };
        Some(FargateSize {
            vcpu: (cpu / per_vcpu).normalize(),
            cpu_units: r.cpu_units,
            memory_mib: u32::try_from(memory).ok()?,
        })
    })
}

/// `size` in `per`-byte units, a bare number in `bare`, 1,024-based.
fn amount(size: &Size, bare: SizeUnit, per: u32) -> Result<Decimal, Error> {
    Ok((size.bytes(bare, KbConvention::Binary)? / Decimal::from(per)).normalize())
}

/// A fact's value in force.
fn value(book: &mut FactBook, id: FactId) -> Result<Decimal, Error> {
    book.value(id)
}

/// The job's needs, in the units the rules use.
struct Needs {
    duration: Decimal,
    memory_mib: Decimal,
    vcpu: Decimal,
    storage_mib: Option<Decimal>,
    gpu: bool,
}

/// Lambda's broken limits and the memory a function would need.
fn lambda_verdict(
    needs: &Needs,
    book: &mut FactBook,
    steps: &mut Vec<Step<StepKind>>,
) -> Result<(Vec<Broken>, Decimal), Error> {
    let mut broken = Vec::new();
    let timeout = value(book, lambda::TIMEOUT_MAX_SECONDS)?;
    broken.extend(check(
        StepKind::LambdaTimeout,
        Limit::Timeout,
        needs.duration,
        timeout,
        "seconds",
        steps,
    )?);
    // The memory to configure is the job's, or more for its vCPU.
    let per_vcpu = value(book, lambda::MEMORY_MB_PER_VCPU)?;
    let memory_step = Step::new(
        StepKind::LambdaMemory,
        Expr::max(vec![
            Expr::quantity("memory_mb", needs.memory_mib, Unit::Count),
            Expr::quantity("vcpu", needs.vcpu, Unit::Count).times(Expr::quantity(
                "mb_per_vcpu",
                per_vcpu,
                Unit::Count,
            )),
        ]),
    )?;
    let memory_mb = memory_step.value;
    steps.push(memory_step);
    let memory_max = value(book, lambda::MEMORY_MAX_MB)?;
    broken.extend(check(
        StepKind::LambdaMemoryMax,
        Limit::Memory,
        memory_mb,
        memory_max,
        "MB",
        steps,
    )?);
    let vcpu_max = value(book, lambda::VCPU_MAX)?;
    broken.extend(check(
        StepKind::LambdaVcpu,
        Limit::Vcpu,
        needs.vcpu,
        vcpu_max,
        "vCPU",
        steps,
    )?);
    if let Some(storage) = needs.storage_mib {
        let tmp_max = value(book, lambda::TMP_MAX_MB)?;
        broken.extend(check(
            StepKind::LambdaTmp,
            Limit::Storage,
            storage,
            tmp_max,
            "MB",
            steps,
        )?);
    }
    if needs.gpu {
        broken.push(no_gpu());
    }
    Ok((broken, memory_mb))
}

/// Fargate's broken limits (in GiB, as it is sized) and the smallest size that fits.
fn fargate_verdict(
    needs: &Needs,
    book: &mut FactBook,
    steps: &mut Vec<Step<StepKind>>,
) -> Result<(Vec<Broken>, Option<FargateSize>), Error> {
    let mut broken = Vec::new();
    let vcpu_max = value(book, fact::FARGATE_TASK_VCPU_MAX)?;
    broken.extend(check(
        StepKind::FargateVcpu,
        Limit::Vcpu,
        needs.vcpu,
        vcpu_max,
        "vCPU",
        steps,
    )?);
    let mib_per_gib = Decimal::from(GIB / MIB);
    let memory_max = value(book, fact::FARGATE_TASK_MEMORY_MAX_GIB)?;
    broken.extend(check(
        StepKind::FargateMemory,
        Limit::Memory,
        (needs.memory_mib / mib_per_gib).normalize(),
        memory_max,
        "GiB",
        steps,
    )?);
    if let Some(storage) = needs.storage_mib {
        let storage_max = value(book, fact::FARGATE_EPHEMERAL_STORAGE_MAX_GIB)?;
        broken.extend(check(
            StepKind::FargateStorage,
            Limit::Storage,
            (storage / mib_per_gib).normalize(),
            storage_max,
            "GiB",
            steps,
        )?);
    }
    if needs.gpu {
        broken.push(no_gpu());
    }
    let size = if broken.is_empty() {
        smallest_fargate_size(needs.vcpu, needs.memory_mib, &fargate_rows(vcpu_max))
    } else {
        None
    };
    Ok((broken, size))
}

/// `awscalc compute`: each service's verdict on the job, on the date of `book`.
///
/// ```
/// use awscalc::calc::compute::{compute, ComputeRequest, Service};
/// use awscalc::facts::{FactBook, Registry};
///
/// // The study notes' batch job (000:1-25), 2 hours at 8 GiB and 4 vCPU: not Lambda
/// // (7,200 s against its 900 s), but Fargate, AWS Batch and EC2.
/// let request = ComputeRequest {
///     duration: "2h".parse().unwrap(),
///     memory: "8gib".parse().unwrap(),
///     vcpu: "4".parse().unwrap(),
///     storage: None,
///     gpu: false,
/// };
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 12, 1));
/// let fit = compute(&request, &mut book).unwrap();
/// assert_eq!(fit.fits, [Service::Fargate, Service::Batch, Service::Ec2]);
/// assert_eq!(fit.verdicts[0].broken[0].by, 6300.into());
///
/// // 250 GiB of storage is above Fargate's 200 GiB and Lambda's /tmp: Batch and EC2.
/// let request = ComputeRequest { storage: Some("250gib".parse().unwrap()), ..request };
/// let fit = compute(&request, &mut book).unwrap();
/// assert_eq!(fit.fits, [Service::Batch, Service::Ec2]);
/// ```
///
/// # Errors
/// Sizes too large to compute; a fact missing on the date.
pub fn compute(request: &ComputeRequest, book: &mut FactBook) -> Result<ComputeFit, Error> {
    let needs = Needs {
        duration: request.duration.seconds(),
        memory_mib: amount(&request.memory, SizeUnit::Mega, MIB)?,
        vcpu: request.vcpu.value(),
        storage_mib: request
            .storage
            .as_ref()
            .map(|s| amount(s, SizeUnit::Gibi, MIB))
            .transpose()?,
        gpu: request.gpu,
    };
    let mut steps = Vec::new();
    let (lambda_broken, lambda_memory_mb) = lambda_verdict(&needs, book, &mut steps)?;
    let fargate_offered = not_offered(book, fact::FARGATE_TASK_VCPU_MAX)?;
    let (fargate_broken, fargate_size) = match fargate_offered {
        Some(_) => (vec![not_offered_broken()], None),
        None => fargate_verdict(&needs, book, &mut steps)?,
    };
    let batch_offered = not_offered(book, fact::BATCH_OFFERED)?;

    // Step Functions: how long a workflow may wait for the job.
    let workflows_offered = not_offered(book, fact::STANDARD_MAX_DURATION_SECONDS)?;
    let (standard, express) = if workflows_offered.is_some() {
        (Some(not_offered_broken()), Some(not_offered_broken()))
    } else {
        let standard_max = value(book, fact::STANDARD_MAX_DURATION_SECONDS)?;
        let standard = check(
            StepKind::StandardDuration,
            Limit::Duration,
            needs.duration,
            standard_max,
            "seconds",
            &mut steps,
        )?;
        let express_max = value(book, fact::EXPRESS_MAX_DURATION_SECONDS)?;
        let express = check(
            StepKind::ExpressDuration,
            Limit::Duration,
            needs.duration,
            express_max,
            "seconds",
            &mut steps,
        )?;
        (standard, express)
    };

    let verdict = |service, broken: Vec<Broken>, offered_from: Option<Offered>| Verdict {
        service,
        fits: broken.is_empty(),
        broken,
        offered_from,
    };
    let verdicts = vec![
        verdict(Service::Lambda, lambda_broken, None),
        verdict(Service::Fargate, fargate_broken, fargate_offered),
        verdict(
            Service::Batch,
            batch_offered
                .map(|_| not_offered_broken())
                .into_iter()
                .collect(),
            batch_offered,
        ),
        verdict(Service::Ec2, Vec::new(), None),
        verdict(
            Service::StepFunctionsStandard,
            standard.into_iter().collect(),
            workflows_offered,
        ),
        verdict(
            Service::StepFunctionsExpress,
            express.into_iter().collect(),
            workflows_offered,
        ),
    ];
    let fits = verdicts
        .iter()
        .filter(|v| v.fits && v.service.runs_compute())
        .map(|v| v.service)
        .collect();
    Ok(ComputeFit {
        duration_seconds: needs.duration,
        memory_mib: needs.memory_mib,
        storage_mib: needs.storage_mib,
        fits,
        verdicts,
        fargate_size,
        lambda_memory_mb,
        steps,
    })
}
