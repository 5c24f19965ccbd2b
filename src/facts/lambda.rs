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

const QUOTAS: &str = "https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html";
const PUT_FUNCTION_CONCURRENCY: &str =
    "https://docs.aws.amazon.com/lambda/latest/api/API_PutFunctionConcurrency.html";
const RESERVED_LAUNCH: &str = "https://aws.amazon.com/about-aws/whats-new/2017/11/set-concurrency-limits-on-individual-aws-lambda-functions/";

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
];
