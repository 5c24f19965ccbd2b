//! AWS Lambda facts. Researched values: `shared/facts/lambda-sqs-compute.md` §1, each
//! checked again with the search tool (2026-11-30) as its `confirmed` note says.
//!
//! Units: Lambda's pages write MB and KB for memory, `/tmp` and payloads and give no byte
//! definition; the facts here are counts of concurrent executions, seconds and MB as AWS
//! writes them.

use jiff::civil::date;

use super::{entry, whole, Fact, FactId};

// Typed handles: calculators name a fact by one of these, so a typo does not compile.
/// `lambda.concurrent_executions_quota`: default concurrent executions per account per Region.
pub const CONCURRENT_EXECUTIONS_QUOTA: FactId = FactId::new("lambda.concurrent_executions_quota");
/// `lambda.unreserved_concurrency_min`: concurrent executions an account must leave unreserved.
pub const UNRESERVED_CONCURRENCY_MIN: FactId = FactId::new("lambda.unreserved_concurrency_min");

/// `lambda.scaling_environments_per_interval`: execution environments a function may add per scaling interval.
pub const SCALING_ENVIRONMENTS_PER_INTERVAL: FactId =
    FactId::new("lambda.scaling_environments_per_interval");
/// `lambda.scaling_interval_seconds`: seconds of one scaling interval.
pub const SCALING_INTERVAL_SECONDS: FactId = FactId::new("lambda.scaling_interval_seconds");
/// `lambda.burst_concurrency_major_regions`: initial burst concurrency in us-east-1, us-west-2, eu-west-1 (until 2023-11-27).
pub const BURST_CONCURRENCY_MAJOR_REGIONS: FactId =
    FactId::new("lambda.burst_concurrency_major_regions");
/// `lambda.burst_concurrency_middle_regions`: initial burst concurrency in ap-northeast-1, eu-central-1, us-east-2 (until 2023-11-27).
pub const BURST_CONCURRENCY_MIDDLE_REGIONS: FactId =
    FactId::new("lambda.burst_concurrency_middle_regions");
/// `lambda.burst_concurrency_other_regions`: initial burst concurrency in other Regions (until 2023-11-27).
pub const BURST_CONCURRENCY_OTHER_REGIONS: FactId =
    FactId::new("lambda.burst_concurrency_other_regions");
/// `lambda.burst_increase_per_minute`: concurrency added each minute after the burst (until 2023-11-27).
pub const BURST_INCREASE_PER_MINUTE: FactId = FactId::new("lambda.burst_increase_per_minute");

/// `lambda.timeout_max_seconds`: longest a single invocation may run.
pub const TIMEOUT_MAX_SECONDS: FactId = FactId::new("lambda.timeout_max_seconds");
/// `lambda.memory_min_mb`: least memory a function may have.
pub const MEMORY_MIN_MB: FactId = FactId::new("lambda.memory_min_mb");
/// `lambda.memory_max_mb`: most memory a function may have.
pub const MEMORY_MAX_MB: FactId = FactId::new("lambda.memory_max_mb");
/// `lambda.memory_mb_per_vcpu`: memory that brings the equivalent of one vCPU.
pub const MEMORY_MB_PER_VCPU: FactId = FactId::new("lambda.memory_mb_per_vcpu");
/// `lambda.vcpu_max`: most vCPUs a function has.
pub const VCPU_MAX: FactId = FactId::new("lambda.vcpu_max");
/// `lambda.tmp_max_mb`: most ephemeral storage (`/tmp`) a function may have.
pub const TMP_MAX_MB: FactId = FactId::new("lambda.tmp_max_mb");
/// `lambda.payload_sync_kb`: largest synchronous invocation request (and response).
pub const PAYLOAD_SYNC_KB: FactId = FactId::new("lambda.payload_sync_kb");
/// `lambda.payload_async_kb`: largest asynchronous invocation request.
pub const PAYLOAD_ASYNC_KB: FactId = FactId::new("lambda.payload_async_kb");
/// `lambda.package_unzipped_mb`: largest unzipped deployment package, layers included.
pub const PACKAGE_UNZIPPED_MB: FactId = FactId::new("lambda.package_unzipped_mb");

/// `lambda.sqs_batch_size_default`: messages per batch of an SQS event source unless set.
pub const SQS_BATCH_SIZE_DEFAULT: FactId = FactId::new("lambda.sqs_batch_size_default");
/// `lambda.sqs_batch_size_max_standard`: most messages per batch from a standard queue.
pub const SQS_BATCH_SIZE_MAX_STANDARD: FactId = FactId::new("lambda.sqs_batch_size_max_standard");
/// `lambda.sqs_batch_size_max_fifo`: most messages per batch from a FIFO queue.
pub const SQS_BATCH_SIZE_MAX_FIFO: FactId = FactId::new("lambda.sqs_batch_size_max_fifo");
/// `lambda.sqs_initial_concurrency`: concurrent batches an SQS event source starts with.
pub const SQS_INITIAL_CONCURRENCY: FactId = FactId::new("lambda.sqs_initial_concurrency");
/// `lambda.sqs_scale_up_per_minute`: concurrent invocations an SQS event source adds per minute.
pub const SQS_SCALE_UP_PER_MINUTE: FactId = FactId::new("lambda.sqs_scale_up_per_minute");
/// `lambda.sqs_max_concurrency_standard`: most concurrent invocations of one SQS event source.
pub const SQS_MAX_CONCURRENCY_STANDARD: FactId = FactId::new("lambda.sqs_max_concurrency_standard");
/// `lambda.sqs_maximum_concurrency_min`: least MaximumConcurrency of an SQS event source.
pub const SQS_MAXIMUM_CONCURRENCY_MIN: FactId = FactId::new("lambda.sqs_maximum_concurrency_min");
/// `lambda.sqs_maximum_concurrency_max`: most MaximumConcurrency of an SQS event source.
pub const SQS_MAXIMUM_CONCURRENCY_MAX: FactId = FactId::new("lambda.sqs_maximum_concurrency_max");
/// `lambda.sqs_poller_concurrency`: concurrent invocations one provisioned-mode poller handles.
pub const SQS_POLLER_CONCURRENCY: FactId = FactId::new("lambda.sqs_poller_concurrency");
/// `lambda.sqs_max_pollers_min`: the least MaximumPollers an SQS event source may set.
pub const SQS_MAX_POLLERS_MIN: FactId = FactId::new("lambda.sqs_max_pollers_min");
/// `lambda.sqs_max_pollers`: most provisioned-mode pollers of one SQS event source.
pub const SQS_MAX_POLLERS: FactId = FactId::new("lambda.sqs_max_pollers");

/// `lambda.async_retries_default`: retries of a failed asynchronous invocation unless set.
pub const ASYNC_RETRIES_DEFAULT: FactId = FactId::new("lambda.async_retries_default");
/// `lambda.async_retries_max`: most retries of a failed asynchronous invocation (MaximumRetryAttempts).
pub const ASYNC_RETRIES_MAX: FactId = FactId::new("lambda.async_retries_max");
/// `lambda.async_event_age_min_seconds`: least MaximumEventAgeInSeconds of asynchronous invocation.
pub const ASYNC_EVENT_AGE_MIN_SECONDS: FactId = FactId::new("lambda.async_event_age_min_seconds");
/// `lambda.async_event_age_max_seconds`: longest an event waits in the asynchronous queue (the default).
pub const ASYNC_EVENT_AGE_MAX_SECONDS: FactId = FactId::new("lambda.async_event_age_max_seconds");
/// `lambda.billing_granularity_ms`: the step a function's billed duration is rounded up to.
pub const BILLING_GRANULARITY_MS: FactId = FactId::new("lambda.billing_granularity_ms");

const BILLING_NEWS: &str =
    "https://aws.amazon.com/blogs/aws/new-for-aws-lambda-1ms-billing-granularity-adds-cost-savings/";
const ASYNC_CONFIG: &str =
    "https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-configuring.html";
const EVENT_INVOKE_CONFIG_API: &str =
    "https://docs.aws.amazon.com/lambda/latest/api/API_FunctionEventInvokeConfig.html";
const QUOTAS: &str = "https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html";
const PUT_FUNCTION_CONCURRENCY: &str =
    "https://docs.aws.amazon.com/lambda/latest/api/API_PutFunctionConcurrency.html";
const RESERVED_LAUNCH: &str = "https://aws.amazon.com/about-aws/whats-new/2017/11/set-concurrency-limits-on-individual-aws-lambda-functions/";

const SCALING: &str = "https://docs.aws.amazon.com/lambda/latest/dg/scaling-behavior.html";
const SCALING_BLOG: &str = "https://aws.amazon.com/blogs/aws/aws-lambda-functions-now-scale-12-times-faster-when-handling-high-volume-requests/";
const BURST_OLD: &str = "https://docs.aws.amazon.com/lambda/latest/dg/invocation-scaling.html";

/// Per-function scaling (1,000 environments every 10 seconds) replaced the per-Region
/// burst: AWS News Blog, November 27, 2023.
pub const SCALING_SINCE: jiff::civil::Date = date(2023, 11, 27);

const RELEASES: &str = "https://docs.aws.amazon.com/lambda/latest/dg/lambda-releases.html";
const MEMORY_BLOG: &str =
    "https://aws.amazon.com/blogs/aws/new-for-aws-lambda-functions-with-up-to-10-gb-of-memory-and-6-vcpus/";
const TMP_NEWS: &str =
    "https://aws.amazon.com/about-aws/whats-new/2022/03/aws-lambda-configure-ephemeral-storage/";
const PAYLOAD_NEWS: &str = "https://aws.amazon.com/about-aws/whats-new/2025/10/aws-lambda-payload-size-256-kb-1-mb-invocations/";

/// Per-function concurrency limits (reserved concurrency): What's New, "Posted On: Nov 30,
/// 2017".
const RESERVED_SINCE: jiff::civil::Date = date(2017, 11, 30);

const SQS_PARAMETERS: &str =
    "https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-parameters.html";
const SQS_SCALING: &str = "https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-scaling.html";
const SQS_SCALING_NEWS: &str = "https://aws.amazon.com/about-aws/whats-new/2023/11/aws-lambda-polling-scale-rate-sqs-event-source/";
const SCALING_CONFIG: &str = "https://docs.aws.amazon.com/lambda/latest/api/API_ScalingConfig.html";
const POLLER_CONFIG: &str =
    "https://docs.aws.amazon.com/lambda/latest/api/API_ProvisionedPollerConfig.html";
const PROVISIONED_NEWS: &str =
    "https://aws.amazon.com/about-aws/whats-new/2025/11/aws-lambda-provisioned-mode-sqs-esm/";
const POLLERS_NEWS: &str = "https://aws.amazon.com/about-aws/whats-new/2026/08/aws-Lambda-provisioned-sqs-esm-max-pollers/";

/// The SQS event source's faster scale-up (300 a minute, was 60): What's New, "Nov 6, 2023".
pub const SQS_SCALING_SINCE: jiff::civil::Date = date(2023, 11, 6);
/// Provisioned mode for SQS event sources: What's New 2025/11 (day not found; the 1st is
/// awscalc's stand-in, shown as the month only).
pub const SQS_PROVISIONED_SINCE: jiff::civil::Date = date(2025, 11, 1);

const SQS_BATCH_CONFIRMED: &str = "read in the current developer guide (services-sqs-parameters): \
     BatchSize \"N 10 For standard queues, the maximum is 10,000. For FIFO queues, the \
     maximum is 10\"; the same in the API reference's CreateEventSourceMapping (\"Amazon Simple \
     Queue Service – Default 10. For standard queues the max is 10,000. For FIFO queues the \
     max is 10\"), searched 2026-12-01. Older pages gave 10 as the maximum for every queue; \
     when 10,000 came is not confirmed, so no earlier value is recorded";

const SQS_PROVISIONED_CONFIRMED: &str = "read in the current developer guide \
     (services-sqs-parameters): ProvisionedPollerConfig \"Configures the minimum (2-200) and \
     maximum (2-2000) number of dedicated event pollers … Each poller can handle up to 1 \
     MB/sec of throughput and 10 concurrent invokes\"; the current API reference \
     (ProvisionedPollerConfig) gives SQS mappings \"between 2 and 10,000\" maximum pollers, \
     raised from 2,000 by What's New 2026/08 (aws-Lambda-provisioned-sqs-esm-max-pollers, \
     2026-08-03); provisioned mode itself came with What's New 2025/11 (day not found: awscalc \
     shows the month only), searched 2026-12-01";

pub(super) static FACTS: &[Fact] = &[
    Fact {
        id: CONCURRENT_EXECUTIONS_QUOTA.as_str(),
        name: "default concurrent executions per account per Region (a quota AWS raises on request)",
        unit: "concurrent executions",
        source: QUOTAS,
        confirmed: "read in the current AWS quotas page: \"Concurrent executions 1,000 … Can be \
             increased up to: Tens of thousands\"; the same 1,000 \"default concurrency limit \
             per Region\" is in the What's New of 2017-11-30 (per-function concurrency limits) \
             and in the archived developer guide's limits table. New accounts may start lower: \
             AWS says only \"reduced\" and gives no number (user reports show 10 and 50), so \
             awscalc keeps 1,000 and takes --quota for another value. No earlier value is \
             known",
        history: &[entry(None, whole(1000))],
    },
    Fact {
        id: UNRESERVED_CONCURRENCY_MIN.as_str(),
        name: "concurrent executions an account must leave unreserved for functions without reserved concurrency",
        unit: "concurrent executions",
        source: PUT_FUNCTION_CONCURRENCY,
        confirmed: "read in the current API reference (PutFunctionConcurrency): \"You can \
             reserve concurrency for as many functions as you like, as long as you leave at \
             least 100 simultaneous executions unreserved\"; the developer guide's \"minus 100 \
             for functions that don't have reserved concurrency\" (configuration-concurrency) \
             was read only as quoted on re:Post. Reserved concurrency launched on 2017-11-30 \
             (What's New); whether the minimum was 100 from that day was not found, so awscalc \
             gives 100 from then",
        history: &[
            entry(None, None),
            entry(Some(RESERVED_SINCE), whole(100)).sourced(RESERVED_LAUNCH),
        ],
    },
    Fact {
        id: SCALING_ENVIRONMENTS_PER_INTERVAL.as_str(),
        name: "execution environments one function may add per scaling interval",
        unit: "concurrent executions",
        source: SCALING,
        confirmed: "read in the current AWS page (scaling-behavior): \"for each function, your \
             concurrency scaling rate is 1,000 execution environment instances every 10 \
             seconds\"; the date is the AWS News Blog's (November 27, 2023: \"Each synchronously \
             invoked Lambda function now scales by 1,000 concurrent executions every 10 \
             seconds\"), searched 2026-11-30. Before, the per-Region burst rule applied",
        history: &[
            entry(None, None),
            entry(Some(SCALING_SINCE), whole(1000)).sourced(SCALING_BLOG),
        ],
    },
    Fact {
        id: SCALING_INTERVAL_SECONDS.as_str(),
        name: "seconds of one per-function scaling interval",
        unit: "seconds",
        source: SCALING,
        confirmed: "read in the current AWS page (scaling-behavior) and the AWS News Blog of \
             November 27, 2023, as for lambda.scaling_environments_per_interval",
        history: &[
            entry(None, None),
            entry(Some(SCALING_SINCE), whole(10)).sourced(SCALING_BLOG),
        ],
    },
    Fact {
        id: BURST_CONCURRENCY_MAJOR_REGIONS.as_str(),
        name: "initial burst concurrency per account in us-east-1, us-west-2, eu-west-1 (before per-function scaling)",
        unit: "concurrent executions",
        source: BURST_OLD,
        confirmed: "the per-Region table (3,000 in us-east-1, us-west-2 and eu-west-1; 1,000 in \
             ap-northeast-1, eu-central-1 and us-east-2; 500 elsewhere) was read in the archived \
             developer guide (awsdocs, invocation-scaling, June 2023); the current AWS pages no \
             longer give it. The AWS News Blog of 2023-11-27 confirms the range and its end: \
             \"Before this update, Lambda functions could initially scale at the account level \
             by 500-3,000 concurrent executions (depending on the Region) in the first minute, \
             followed by 500 concurrent executions every minute\" (searched 2026-11-30). \
             awscalc withdraws it on that day; when it began is not known",
        history: &[
            entry(None, whole(3000)),
            entry(Some(SCALING_SINCE), None).sourced(SCALING_BLOG),
        ],
    },
    Fact {
        id: BURST_CONCURRENCY_MIDDLE_REGIONS.as_str(),
        name: "initial burst concurrency per account in ap-northeast-1, eu-central-1, us-east-2 (before per-function scaling)",
        unit: "concurrent executions",
        source: BURST_OLD,
        confirmed: "the per-Region table (3,000 in us-east-1, us-west-2 and eu-west-1; 1,000 in \
             ap-northeast-1, eu-central-1 and us-east-2; 500 elsewhere) was read in the archived \
             developer guide (awsdocs, invocation-scaling, June 2023); the current AWS pages no \
             longer give it. The AWS News Blog of 2023-11-27 confirms the range and its end: \
             \"Before this update, Lambda functions could initially scale at the account level \
             by 500-3,000 concurrent executions (depending on the Region) in the first minute, \
             followed by 500 concurrent executions every minute\" (searched 2026-11-30). \
             awscalc withdraws it on that day; when it began is not known",
        history: &[
            entry(None, whole(1000)),
            entry(Some(SCALING_SINCE), None).sourced(SCALING_BLOG),
        ],
    },
    Fact {
        id: BURST_CONCURRENCY_OTHER_REGIONS.as_str(),
        name: "initial burst concurrency per account in other Regions (before per-function scaling)",
        unit: "concurrent executions",
        source: BURST_OLD,
        confirmed: "the per-Region table (3,000 in us-east-1, us-west-2 and eu-west-1; 1,000 in \
             ap-northeast-1, eu-central-1 and us-east-2; 500 elsewhere) was read in the archived \
             developer guide (awsdocs, invocation-scaling, June 2023); the current AWS pages no \
             longer give it. The AWS News Blog of 2023-11-27 confirms the range and its end: \
             \"Before this update, Lambda functions could initially scale at the account level \
             by 500-3,000 concurrent executions (depending on the Region) in the first minute, \
             followed by 500 concurrent executions every minute\" (searched 2026-11-30). \
             awscalc withdraws it on that day; when it began is not known",
        history: &[
            entry(None, whole(500)),
            entry(Some(SCALING_SINCE), None).sourced(SCALING_BLOG),
        ],
    },
    Fact {
        id: BURST_INCREASE_PER_MINUTE.as_str(),
        name: "concurrency added each minute after the initial burst (before per-function scaling)",
        unit: "concurrent executions",
        source: BURST_OLD,
        confirmed: "the per-Region table (3,000 in us-east-1, us-west-2 and eu-west-1; 1,000 in \
             ap-northeast-1, eu-central-1 and us-east-2; 500 elsewhere) was read in the archived \
             developer guide (awsdocs, invocation-scaling, June 2023); the current AWS pages no \
             longer give it. The AWS News Blog of 2023-11-27 confirms the range and its end: \
             \"Before this update, Lambda functions could initially scale at the account level \
             by 500-3,000 concurrent executions (depending on the Region) in the first minute, \
             followed by 500 concurrent executions every minute\" (searched 2026-11-30). \
             awscalc withdraws it on that day; when it began is not known",
        history: &[
            entry(None, whole(500)),
            entry(Some(SCALING_SINCE), None).sourced(SCALING_BLOG),
        ],
    },
    Fact {
        id: TIMEOUT_MAX_SECONDS.as_str(),
        name: "longest a single invocation may run (the function timeout's maximum)",
        unit: "seconds",
        source: QUOTAS,
        confirmed: "read in the current AWS quotas page: \"900 seconds (15 minutes)\"; 300 s \
             before, raised on October 10, 2018 (archived Lambda document history, \
             lambda-releases)",
        history: &[
            entry(None, whole(300)),
            entry(Some(date(2018, 10, 10)), whole(900)).sourced(RELEASES),
        ],
    },
    Fact {
        id: MEMORY_MIN_MB.as_str(),
        name: "least memory a function may have",
        unit: "MB",
        source: QUOTAS,
        confirmed: "read in the current AWS quotas page: \"128 MB to 10,240 MB, in 1-MB increments\"",
        history: &[entry(None, whole(128))],
    },
    Fact {
        id: MEMORY_MAX_MB.as_str(),
        name: "most memory a function may have",
        unit: "MB",
        source: QUOTAS,
        confirmed: "10,240 MB read in the current AWS quotas page; 3,008 MB before, raised with \
             the AWS News Blog post \"New for AWS Lambda - Functions with Up to 10 GB of Memory \
             and 6 vCPUs\" (re:Invent, December 2020). The day was not found in what the \
             search tool holds (2026-11-30): the date is month only, and awscalc uses \
             2020-12-01; the 1,536 MB of 2014 is not confirmed and left out",
        history: &[
            entry(None, whole(3008)),
            entry(Some(date(2020, 12, 1)), whole(10_240))
                .month_only()
                .sourced(MEMORY_BLOG),
        ],
    },
    Fact {
        id: MEMORY_MB_PER_VCPU.as_str(),
        name: "memory that brings the equivalent of one vCPU (vCPU grows in proportion)",
        unit: "MB",
        source: "https://docs.aws.amazon.com/lambda/latest/dg/configuration-memory.html",
        confirmed: "read in the current AWS page, as quoted in answers found with the search \
             tool: \"At 1,769 MB, a function has the equivalent of one vCPU (one vCPU-second of \
             credits per second)\"; older material says 1,792 MB, which was not found in an \
             AWS page, so awscalc gives the current value only",
        history: &[entry(None, whole(1769))],
    },
    Fact {
        id: VCPU_MAX.as_str(),
        name: "most vCPUs a function has",
        unit: "vCPU",
        source: MEMORY_BLOG,
        confirmed: "AWS News Blog (December 2020): \"up to 10 GB of memory and 6 vCPUs\"; the \
             earlier maximum (2 vCPUs, from memory) was not confirmed, so awscalc gives 6 only \
             (at 3,008 MB the proportional figure is below 2 anyway)",
        history: &[entry(None, whole(6))],
    },
    Fact {
        id: TMP_MAX_MB.as_str(),
        name: "most ephemeral storage (/tmp) a function may have",
        unit: "MB",
        source: QUOTAS,
        confirmed: "read in the current AWS quotas page: \"/tmp directory storage 512 MB to \
             10,240 MB, in 1-MB increments\"; fixed at 512 MB before EphemeralStorage came to \
             the API model on 2022-03-24 (What's New 2022/03, configurable ephemeral storage)",
        history: &[
            entry(None, whole(512)),
            entry(Some(date(2022, 3, 24)), whole(10_240)).sourced(TMP_NEWS),
        ],
    },
    Fact {
        id: PAYLOAD_SYNC_KB.as_str(),
        name: "largest synchronous invocation request and response",
        unit: "KB",
        source: QUOTAS,
        confirmed: "read in the current AWS quotas page: \"6 MB each for request and response \
             (synchronous)\"; awscalc reads Lambda's MB as 1,024 KB (AWS gives no byte \
             definition). No earlier value is known",
        history: &[entry(None, whole(6 * 1024))],
    },
    Fact {
        id: PAYLOAD_ASYNC_KB.as_str(),
        name: "largest asynchronous invocation request",
        unit: "KB",
        source: QUOTAS,
        confirmed: "1 MB read in the current AWS quotas page, raised from 256 KB on 2025-10-24 \
             (What's New 2025/10, aws-lambda-payload-size-256-kb-1-mb-invocations); 128 KB \
             before 2018-11-16 (archived Lambda document history). awscalc reads 1 MB as \
             1,024 KB",
        history: &[
            entry(None, whole(128)),
            entry(Some(date(2018, 11, 16)), whole(256)).sourced(RELEASES),
            entry(Some(date(2025, 10, 24)), whole(1024)).sourced(PAYLOAD_NEWS),
        ],
    },
    Fact {
        id: PACKAGE_UNZIPPED_MB.as_str(),
        name: "largest unzipped deployment package, layers included (.zip functions)",
        unit: "MB",
        source: QUOTAS,
        confirmed: "read in the current AWS quotas page: 250 MB unzipped, \"includes layers\"; \
             a container image may be 10 GB. No earlier value is known",
        history: &[entry(None, whole(250))],
    },
    Fact {
        id: SQS_BATCH_SIZE_DEFAULT.as_str(),
        name: "messages per batch of an SQS event source unless set (BatchSize)",
        unit: "messages",
        source: SQS_PARAMETERS,
        confirmed: SQS_BATCH_CONFIRMED,
        history: &[entry(None, whole(10))],
    },
    Fact {
        id: SQS_BATCH_SIZE_MAX_STANDARD.as_str(),
        name: "most messages per batch from a standard queue (BatchSize)",
        unit: "messages",
        source: SQS_PARAMETERS,
        confirmed: SQS_BATCH_CONFIRMED,
        history: &[entry(None, whole(10_000))],
    },
    Fact {
        id: SQS_BATCH_SIZE_MAX_FIFO.as_str(),
        name: "most messages per batch from a FIFO queue (BatchSize)",
        unit: "messages",
        source: SQS_PARAMETERS,
        confirmed: SQS_BATCH_CONFIRMED,
        history: &[entry(None, whole(10))],
    },
    Fact {
        id: SQS_INITIAL_CONCURRENCY.as_str(),
        name: "concurrent batches a standard queue's event source starts with",
        unit: "concurrent executions",
        source: SQS_SCALING,
        confirmed: "read in the current developer guide (services-sqs-scaling): \"When messages \
             are available, Lambda starts processing five batches at a time with five concurrent \
             invocations of your function\"; the same five in the AWS Compute Blog of 2021 \
             (understanding how Lambda scales with SQS standard queues), searched 2026-12-01",
        history: &[entry(None, whole(5))],
    },
    Fact {
        id: SQS_SCALE_UP_PER_MINUTE.as_str(),
        name: "concurrent invocations a standard queue's event source adds per minute while messages wait",
        unit: "concurrent executions",
        source: SQS_SCALING,
        confirmed: "read in the current developer guide (services-sqs-scaling): \"Lambda \
             increases the number of processes that are reading batches by up to 300 more \
             concurrent invokes per minute\"; What's New of Nov 6, 2023 \
             (aws-lambda-polling-scale-rate-sqs-event-source): up to five times faster, \"up to \
             300 concurrent executions per minute\", where it had added \"up to 60\"; the AWS \
             Compute Blog post of the same day: \"Up until today, the Lambda was adding up to 60 \
             concurrent executions per minute\", searched 2026-12-01",
        history: &[
            entry(None, whole(60)),
            entry(Some(SQS_SCALING_SINCE), whole(300)).sourced(SQS_SCALING_NEWS),
        ],
    },
    Fact {
        id: SQS_MAX_CONCURRENCY_STANDARD.as_str(),
        name: "most concurrent invocations one SQS event source reaches without provisioned mode",
        unit: "concurrent executions",
        source: SQS_SCALING,
        confirmed: "read in the current developer guide (services-sqs-scaling): \"The maximum \
             number of invokes that an event source mapping can process simultaneously is \
             1,250\" and \"By default, Lambda can scale up to 1,250 concurrent function \
             instances for Amazon SQS event source mappings\"; the Compute Blog of 2023-11-06 \
             gives 1,250 as the ceiling before that day too. Older copies of the guide and the \
             2021 Compute Blog say 1,000 (\"maximum number of batches … is 1,000\"); awscalc \
             keeps 1,250 for every date, as AWS's later posts do, searched 2026-12-01",
        history: &[entry(None, whole(1250))],
    },
    Fact {
        id: SQS_MAXIMUM_CONCURRENCY_MIN.as_str(),
        name: "least maximum concurrency of an SQS event source (ScalingConfig MaximumConcurrency)",
        unit: "concurrent executions",
        source: SCALING_CONFIG,
        confirmed: "read in the current API reference (ScalingConfig): MaximumConcurrency \
             \"Valid Range: Minimum value of 2. Maximum value of 1000\", the same in the \
             CloudFormation reference, searched 2026-12-01. The setting came in January 2023 \
             (AWS Compute Blog, \"Introducing maximum concurrency of AWS Lambda functions when \
             using Amazon SQS as an event source\"); its day is not confirmed, so no date is \
             recorded",
        history: &[entry(None, whole(2))],
    },
    Fact {
        id: SQS_MAXIMUM_CONCURRENCY_MAX.as_str(),
        name: "most maximum concurrency of an SQS event source (ScalingConfig MaximumConcurrency)",
        unit: "concurrent executions",
        source: SCALING_CONFIG,
        confirmed: "as lambda.sqs_maximum_concurrency_min: \"Maximum value of 1000\"",
        history: &[entry(None, whole(1000))],
    },
    Fact {
        id: SQS_POLLER_CONCURRENCY.as_str(),
        name: "concurrent invocations one provisioned-mode poller of an SQS event source handles",
        unit: "concurrent executions",
        source: SQS_PARAMETERS,
        confirmed: SQS_PROVISIONED_CONFIRMED,
        history: &[
            entry(None, None),
            entry(Some(SQS_PROVISIONED_SINCE), whole(10))
                .sourced(PROVISIONED_NEWS)
                .month_only(),
        ],
    },
    Fact {
        id: SQS_MAX_POLLERS_MIN.as_str(),
        name: "least MaximumPollers of an SQS event source in provisioned mode",
        unit: "pollers",
        source: POLLER_CONFIG,
        confirmed: SQS_PROVISIONED_CONFIRMED,
        history: &[
            entry(None, None),
            entry(Some(SQS_PROVISIONED_SINCE), whole(2))
                .sourced(PROVISIONED_NEWS)
                .month_only(),
        ],
    },
    Fact {
        id: SQS_MAX_POLLERS.as_str(),
        name: "most provisioned-mode pollers of one SQS event source (MaximumPollers)",
        unit: "pollers",
        source: POLLER_CONFIG,
        confirmed: SQS_PROVISIONED_CONFIRMED,
        history: &[
            entry(None, None),
            entry(Some(SQS_PROVISIONED_SINCE), whole(2000))
                .sourced(PROVISIONED_NEWS)
                .month_only(),
            entry(Some(date(2026, 8, 3)), whole(10_000)).sourced(POLLERS_NEWS),
        ],
    },
    Fact {
        id: ASYNC_RETRIES_DEFAULT.as_str(),
        name: "retries of a failed asynchronous invocation unless set",
        unit: "retries",
        source: ASYNC_CONFIG,
        confirmed: "read with the search tool (2026-12-01): the AWS::Lambda::EventInvokeConfig \
             page says \"By default, Lambda retries an asynchronous invocation twice if the \
             function returns an error\"; the asynchronous configuring page gives retry \
             attempts \"between 0 and 2\". No earlier value is known",
        history: &[entry(None, whole(2))],
    },
    Fact {
        id: ASYNC_RETRIES_MAX.as_str(),
        name: "most retries of a failed asynchronous invocation (MaximumRetryAttempts)",
        unit: "retries",
        source: EVENT_INVOKE_CONFIG_API,
        confirmed: "read with the search tool (2026-12-01): FunctionEventInvokeConfig's \
             MaximumRetryAttempts has valid range minimum 0, maximum 2. No earlier value is \
             known",
        history: &[entry(None, whole(2))],
    },
    Fact {
        id: ASYNC_EVENT_AGE_MIN_SECONDS.as_str(),
        name: "least maximum event age of asynchronous invocation (MaximumEventAgeInSeconds)",
        unit: "seconds",
        source: EVENT_INVOKE_CONFIG_API,
        confirmed: "read with the search tool (2026-12-01): FunctionEventInvokeConfig's \
             MaximumEventAgeInSeconds has valid range minimum 60, maximum 21600. No earlier \
             value is known",
        history: &[entry(None, whole(60))],
    },
    Fact {
        id: ASYNC_EVENT_AGE_MAX_SECONDS.as_str(),
        name: "longest an event is kept for asynchronous invocation (the default maximum event age)",
        unit: "seconds",
        source: EVENT_INVOKE_CONFIG_API,
        confirmed: "read with the search tool (2026-12-01): MaximumEventAgeInSeconds maximum \
             21600 (API reference); the EventInvokeConfig page: Lambda \"retains events in a \
             queue for up to six hours\" by default. No earlier value is known",
        history: &[entry(None, whole(21_600))],
    },
    Fact {
        id: BILLING_GRANULARITY_MS.as_str(),
        name: "the step a function's billed duration is rounded up to",
        unit: "ms",
        source: BILLING_NEWS,
        confirmed: "read with the search tool (2026-12-01): AWS News Blog, \"New for AWS \
             Lambda – 1ms Billing Granularity\" (2020-12-01): duration was \"rounded up to the \
             nearest 100ms\"; \"Starting today, we are rounding up duration to the nearest \
             millisecond with no minimum execution time\"; the What's New post (Posted on: Dec \
             1, 2020): effective from the December 2020 billing cycle",
        history: &[
            entry(None, whole(100)),
            entry(Some(date(2020, 12, 1)), whole(1)).sourced(BILLING_NEWS),
        ],
    },
];
