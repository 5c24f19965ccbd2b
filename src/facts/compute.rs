//! Facts for `awscalc compute`: AWS Fargate's task sizes and ephemeral storage, and the
//! longest a Step Functions workflow may run. Researched values:
//! `shared/facts/lambda-sqs-compute.md` §2 and §4, checked again with the search tool
//! (2026-12-01) as each `confirmed` note says. Lambda's limits are `facts::lambda`'s.
//!
//! Units: Fargate's pages write task memory in GB, but its API (`RegisterTaskDefinition`)
//! takes MiB (30 GB is `30720`), so a Fargate GB is 1,024 MiB here; ephemeral storage is
//! set in GiB.

use jiff::civil::date;

use super::{entry, whole, Fact, FactId};

/// `fargate.task_vcpu_max`: most vCPUs one Fargate task (Linux) may have.
pub const FARGATE_TASK_VCPU_MAX: FactId = FactId::new("fargate.task_vcpu_max");
/// `fargate.task_memory_max_gib`: most memory one Fargate task (Linux) may have.
pub const FARGATE_TASK_MEMORY_MAX_GIB: FactId = FactId::new("fargate.task_memory_max_gib");
/// `fargate.ephemeral_storage_max_gib`: most ephemeral storage one Fargate task may have.
pub const FARGATE_EPHEMERAL_STORAGE_MAX_GIB: FactId =
    FactId::new("fargate.ephemeral_storage_max_gib");
/// `batch.offered`: AWS Batch offered (generally available), 1 from its launch.
pub const BATCH_OFFERED: FactId = FactId::new("batch.offered");
/// `stepfunctions.standard_max_duration_seconds`: longest a Standard workflow may run.
pub const STANDARD_MAX_DURATION_SECONDS: FactId =
    FactId::new("stepfunctions.standard_max_duration_seconds");
/// `stepfunctions.express_max_duration_seconds`: longest an Express workflow may run.
pub const EXPRESS_MAX_DURATION_SECONDS: FactId =
    FactId::new("stepfunctions.express_max_duration_seconds");

/// Fargate's valid task sizes: <https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html#fargate-tasks-size>.
pub const FARGATE_SIZES_SOURCE: &str =
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html#fargate-tasks-size";
const FARGATE_NEWS: &str = "https://aws.amazon.com/about-aws/whats-new/2022/09/aws-fargate-increases-compute-memory-resource-configurations-4x/";
const FARGATE_STORAGE: &str =
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-task-storage.html";
const SFN_QUOTAS: &str = "https://docs.aws.amazon.com/step-functions/latest/dg/service-quotas.html";
const ECS_HISTORY: &str =
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/document_history.html";
const BATCH_HISTORY: &str =
    "https://docs.aws.amazon.com/batch/latest/userguide/document_history.html";
const SFN_EXPRESS_POST: &str =
    "https://aws.amazon.com/blogs/compute/new-express-workflows-for-aws-step-functions/";

/// Fargate became generally available on 2017-11-29 (the Amazon ECS Developer Guide's
/// document history: "AWS Fargate GA … 29 November 2017").
pub const FARGATE_SINCE: jiff::civil::Date = date(2017, 11, 29);
/// AWS Batch became generally available on 2017-01-05 (the AWS Batch User Guide's document
/// history: "AWS Batch General Availability … January 5, 2017").
pub const BATCH_SINCE: jiff::civil::Date = date(2017, 1, 5);
/// Step Functions launched in December 2016 (AWS Compute Blog: "since December 2016");
/// only the month is known, so awscalc uses its first day.
pub const STEP_FUNCTIONS_SINCE: jiff::civil::Date = date(2016, 12, 1);

/// Fargate's 8 and 16 vCPU sizes (up to 120 GB) came in September 2022: What's New
/// `2022/09/aws-fargate-increases-compute-memory-resource-configurations-4x`. Only the month
/// is known; awscalc uses the first day of it.
pub const FARGATE_LARGE_SINCE: jiff::civil::Date = date(2022, 9, 1);

/// One CPU size of Fargate's table of valid task sizes (Linux) and a run of memory values
/// it takes: `memory_min_mib`, then every `memory_step_mib` up to `memory_max_mib`.
///
/// CPU is in CPU units (1,024 to a vCPU) and memory in MiB, as `RegisterTaskDefinition`
/// takes them. Which rows are in force on a date is [`FARGATE_TASK_VCPU_MAX`]'s to say:
/// a row whose CPU is above the maximum in force was not yet offered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FargateRow {
    /// CPU units (1,024 = 1 vCPU).
    pub cpu_units: u32,
    /// The least memory of the run, MiB.
    pub memory_min_mib: u32,
    /// The most memory of the run, MiB.
    pub memory_max_mib: u32,
    /// The step between memory values, MiB.
    pub memory_step_mib: u32,
}

const fn row(cpu_units: u32, memory_min_mib: u32, memory_max_mib: u32, step: u32) -> FargateRow {
    FargateRow {
        cpu_units,
        memory_min_mib,
        memory_max_mib,
        memory_step_mib: step,
    }
}

/// Fargate's valid task CPU and memory combinations (Linux), smallest first, as the AWS
/// page ([`FARGATE_SIZES_SOURCE`]) and the API model list them (read in the current page
/// and in copies of it, 2026-12-01):
///
/// | CPU | memory |
/// |---|---|
/// | 256 (.25 vCPU) | 512 MiB, 1 GB, 2 GB |
/// | 512 (.5 vCPU) | 1 GB to 4 GB, in 1 GB steps |
/// | 1024 (1 vCPU) | 2 GB to 8 GB, in 1 GB steps |
/// | 2048 (2 vCPU) | 4 GB to 16 GB, in 1 GB steps |
/// | 4096 (4 vCPU) | 8 GB to 30 GB, in 1 GB steps |
/// | 8192 (8 vCPU) | 16 GB to 60 GB, in 4 GB steps (Linux platform 1.4.0 or later) |
/// | 16384 (16 vCPU) | 32 GB to 120 GB, in 8 GB steps (Linux platform 1.4.0 or later) |
///
/// The .25 vCPU row is two runs here (512 MiB alone; 1 to 2 GB by 1 GB) so that every run
/// has one step. Windows tasks take 1 to 4 vCPU only; awscalc sizes Linux tasks.
pub static FARGATE_SIZES: &[FargateRow] = &[
    row(256, 512, 512, 512),
    row(256, 1024, 2048, 1024),
    row(512, 1024, 4096, 1024),
    row(1024, 2048, 8192, 1024),
    row(2048, 4096, 16_384, 1024),
    row(4096, 8192, 30_720, 1024),
    row(8192, 16_384, 61_440, 4096),
    row(16_384, 32_768, 122_880, 8192),
];

/// Fargate's facts. Each table holds one service's facts ([`super::Registry::get`] looks
/// only in the tables of the id's service).
pub(super) static FACTS: &[Fact] = &[
    Fact {
        id: FARGATE_TASK_VCPU_MAX.as_str(),
        name: "most vCPUs one Fargate task (Linux) may have",
        unit: "vCPU",
        source: FARGATE_SIZES_SOURCE,
        confirmed: "16 vCPU (16384 CPU units, with 32 to 120 GB) read in the current AWS page \
             and in copies of its table; 4 vCPU (4096, with 8 to 30 GB) before. The raise is \
             What's New 2022/09 (aws-fargate-increases-compute-memory-resource-configurations-\
             4x, its URL cited by a release note found with the search tool); the day was not \
             found, so the date is month only and awscalc uses 2022-09-01. AWS Batch's Fargate \
             jobs got the same sizes on 2022-10-24 (What's New 2022/10, read 2026-12-01). None \
             before Fargate's general availability on 2017-11-29 (Amazon ECS document history, \
             read 2026-12-01 in the awsdocs repository), when a task took up to 4 vCPU",
        history: &[
            entry(None, None),
            entry(Some(FARGATE_SINCE), whole(4)).sourced(ECS_HISTORY),
            entry(Some(FARGATE_LARGE_SINCE), whole(16))
                .month_only()
                .sourced(FARGATE_NEWS),
        ],
    },
    Fact {
        id: FARGATE_TASK_MEMORY_MAX_GIB.as_str(),
        name: "most memory one Fargate task (Linux) may have",
        unit: "GiB",
        source: FARGATE_SIZES_SOURCE,
        confirmed: "120 GB (122880 MiB in the API) read in the current AWS page; 30 GB before \
             the raise of September 2022, dated as fargate.task_vcpu_max (month only). Fargate's GB is \
             1,024 MiB (the API takes 30720 for 30 GB). None before Fargate's general \
             availability on 2017-11-29 (Amazon ECS document history)",
        history: &[
            entry(None, None),
            entry(Some(FARGATE_SINCE), whole(30)).sourced(ECS_HISTORY),
            entry(Some(FARGATE_LARGE_SINCE), whole(120))
                .month_only()
                .sourced(FARGATE_NEWS),
        ],
    },
    Fact {
        id: FARGATE_EPHEMERAL_STORAGE_MAX_GIB.as_str(),
        name: "most ephemeral storage one Fargate task (Linux, platform 1.4.0 or later) may have",
        unit: "GiB",
        source: FARGATE_STORAGE,
        confirmed: "read in the current AWS page (fargate-task-storage): \"a minimum of 20 GiB \
             of ephemeral storage. The total amount of ephemeral storage can be increased, up \
             to a maximum of 200 GiB\" (searched 2026-12-01). An older copy of the page says \
             20 GB \"not adjustable\", but the day the maximum became configurable (April \
             2021 from memory) was not confirmed, so awscalc gives 200 GiB only",
        history: &[entry(None, whole(200))],
    },
];

/// Step Functions' facts.
pub(super) static STEP_FUNCTIONS_FACTS: &[Fact] = &[
    Fact {
        id: STANDARD_MAX_DURATION_SECONDS.as_str(),
        name: "longest a Step Functions Standard workflow execution may run (1 year)",
        unit: "seconds",
        source: SFN_QUOTAS,
        confirmed: "\"1 year\" in the current AWS quotas page (maximum execution time) and in \
             the AWS News Blog post on Express Workflows (Standard workflows \"can run for up \
             to a year\"), searched 2026-12-01; awscalc counts a year as 365 days \
             (31,536,000 s). None before Step Functions launched in December 2016 (AWS \
             Compute Blog, \"since December 2016\"; the day is not given: month only, \
             awscalc uses 2016-12-01)",
        history: &[
            entry(None, None),
            entry(Some(STEP_FUNCTIONS_SINCE), whole(31_536_000))
                .month_only()
                .sourced(SFN_EXPRESS_POST),
        ],
    },
    Fact {
        id: EXPRESS_MAX_DURATION_SECONDS.as_str(),
        name: "longest a Step Functions Express workflow execution may run (5 minutes)",
        unit: "seconds",
        source: SFN_QUOTAS,
        confirmed: "\"5 minutes\" in the current AWS quotas page and in the AWS Compute Blog \
             post \"New Express Workflows for AWS Step Functions\" (\"a total workflow \
             duration of up to 5 minutes\"), searched 2026-12-01. Express launched at \
             re:Invent 2019 (from memory: the post's day was not found), so awscalc dates \
             Express only by Step Functions' own launch (December 2016, month only) and offers it \
             from then",
        history: &[
            entry(None, None),
            entry(Some(STEP_FUNCTIONS_SINCE), whole(300))
                .month_only()
                .sourced(SFN_EXPRESS_POST),
        ],
    },
];

/// AWS Batch's facts.
pub(super) static BATCH_FACTS: &[Fact] = &[Fact {
    id: BATCH_OFFERED.as_str(),
    name: "AWS Batch offered",
    unit: "service",
    source: BATCH_HISTORY,
    confirmed: "the AWS Batch User Guide's document history: \"AWS Batch General \
             Availability … January 5, 2017\" (read 2026-12-01 in the awsdocs repository); \
             1 while offered, none before",
    history: &[entry(None, None), entry(Some(BATCH_SINCE), whole(1))],
}];
