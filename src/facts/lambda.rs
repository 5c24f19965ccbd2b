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

/// Per-function concurrency limits (reserved concurrency): What's New, "Posted On: Nov 30,
/// 2017".
const RESERVED_SINCE: jiff::civil::Date = date(2017, 11, 30);

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
];
