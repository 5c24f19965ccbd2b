//! Kinesis Data Streams facts. Researched values: `shared/facts/dynamodb-kinesis.md`, Part 2
//! (K1–K8), checked again against the AWS pages named in each `confirmed` note.
//!
//! Units: the API reference writes "1 MiB per second" (writes) and "2 MiB per second" (reads)
//! and the sizing formula divides KiB by 1,024 and 2,048, so every byte figure here is
//! 1024-based, although the developer guide writes "MB".

use jiff::civil::date;

use rust_decimal::Decimal;

use super::{entry, scaled, whole, Fact, FactId};

// Typed handles: calculators name a fact by one of these, so a typo does not compile.
/// `kinesis.kb_bytes`: bytes in one KB of the Kinesis sizing formula.
pub const KB_BYTES: FactId = FactId::new("kinesis.kb_bytes");
/// `kinesis.shard_write_bytes_per_second`: write bandwidth of one shard.
pub const SHARD_WRITE_BYTES_PER_SECOND: FactId =
    FactId::new("kinesis.shard_write_bytes_per_second");
/// `kinesis.shard_write_records_per_second`: records per second one shard accepts.
pub const SHARD_WRITE_RECORDS_PER_SECOND: FactId =
    FactId::new("kinesis.shard_write_records_per_second");
/// `kinesis.shard_read_bytes_per_second`: read bandwidth of one shard, shared by its standard consumers.
pub const SHARD_READ_BYTES_PER_SECOND: FactId = FactId::new("kinesis.shard_read_bytes_per_second");
/// `kinesis.efo_read_bytes_per_second`: read bandwidth of one enhanced fan-out consumer per shard.
pub const EFO_READ_BYTES_PER_SECOND: FactId = FactId::new("kinesis.efo_read_bytes_per_second");
/// `kinesis.efo_consumers_per_stream`: enhanced fan-out consumers per stream (provisioned, On-demand Standard).
pub const EFO_CONSUMERS_PER_STREAM: FactId = FactId::new("kinesis.efo_consumers_per_stream");
/// `kinesis.efo_consumers_per_stream_advantage`: enhanced fan-out consumers per stream with On-demand Advantage (in the Regions AWS lists).
pub const EFO_CONSUMERS_PER_STREAM_ADVANTAGE: FactId =
    FactId::new("kinesis.efo_consumers_per_stream_advantage");
/// `kinesis.max_record_bytes`: default maximum record size (data blob before base64).
pub const MAX_RECORD_BYTES: FactId = FactId::new("kinesis.max_record_bytes");
/// `kinesis.max_record_bytes_raised`: largest maximum record size a stream can be raised to.
pub const MAX_RECORD_BYTES_RAISED: FactId = FactId::new("kinesis.max_record_bytes_raised");
/// `kinesis.partition_key_max_chars`: longest partition key.
pub const PARTITION_KEY_MAX_CHARS: FactId = FactId::new("kinesis.partition_key_max_chars");
/// `kinesis.retention_min_hours`: shortest retention period (the default).
pub const RETENTION_MIN_HOURS: FactId = FactId::new("kinesis.retention_min_hours");
/// `kinesis.retention_max_hours`: longest retention period.
pub const RETENTION_MAX_HOURS: FactId = FactId::new("kinesis.retention_max_hours");
/// `kinesis.update_shard_count_calls_per_day`: UpdateShardCount calls per stream per rolling 24 hours.
pub const UPDATE_SHARD_COUNT_CALLS_PER_DAY: FactId =
    FactId::new("kinesis.update_shard_count_calls_per_day");
/// `kinesis.update_shard_count_max_factor`: most one UpdateShardCount call can multiply the shard count by.
pub const UPDATE_SHARD_COUNT_MAX_FACTOR: FactId =
    FactId::new("kinesis.update_shard_count_max_factor");
/// `kinesis.update_shard_count_min_factor`: least one UpdateShardCount call can multiply the shard count by.
pub const UPDATE_SHARD_COUNT_MIN_FACTOR: FactId =
    FactId::new("kinesis.update_shard_count_min_factor");
/// `kinesis.update_shard_count_max_shards`: most shards UpdateShardCount scales a stream to by default.
pub const UPDATE_SHARD_COUNT_MAX_SHARDS: FactId =
    FactId::new("kinesis.update_shard_count_max_shards");
/// `kinesis.account_shard_quota_major_regions`: default provisioned shards per account in us-east-1, us-west-2, eu-west-1.
pub const ACCOUNT_SHARD_QUOTA_MAJOR_REGIONS: FactId =
    FactId::new("kinesis.account_shard_quota_major_regions");
/// `kinesis.account_shard_quota_other_regions`: default provisioned shards per account in other Regions (the lower figure).
pub const ACCOUNT_SHARD_QUOTA_OTHER_REGIONS: FactId =
    FactId::new("kinesis.account_shard_quota_other_regions");
/// `kinesis.lambda_parallelization_min`: smallest Lambda parallelization factor (the default).
pub const LAMBDA_PARALLELIZATION_MIN: FactId = FactId::new("kinesis.lambda_parallelization_min");
/// `kinesis.lambda_parallelization_max`: largest Lambda parallelization factor.
pub const LAMBDA_PARALLELIZATION_MAX: FactId = FactId::new("kinesis.lambda_parallelization_max");
/// `kinesis.on_demand_start_write_bytes_per_second`: write throughput a new on-demand stream starts with.
pub const ON_DEMAND_START_WRITE_BYTES_PER_SECOND: FactId =
    FactId::new("kinesis.on_demand_start_write_bytes_per_second");
/// `kinesis.on_demand_start_read_bytes_per_second`: read throughput a new on-demand stream starts with.
pub const ON_DEMAND_START_READ_BYTES_PER_SECOND: FactId =
    FactId::new("kinesis.on_demand_start_read_bytes_per_second");
/// `kinesis.on_demand_start_records_per_second`: records per second a new on-demand stream starts with.
pub const ON_DEMAND_START_RECORDS_PER_SECOND: FactId =
    FactId::new("kinesis.on_demand_start_records_per_second");
/// `kinesis.on_demand_peak_factor`: multiple of the previous 30-day peak write throughput an on-demand stream accommodates.
pub const ON_DEMAND_PEAK_FACTOR: FactId = FactId::new("kinesis.on_demand_peak_factor");
/// `kinesis.on_demand_peak_window_days`: days over which an on-demand stream's previous peak is taken.
pub const ON_DEMAND_PEAK_WINDOW_DAYS: FactId = FactId::new("kinesis.on_demand_peak_window_days");
/// `kinesis.on_demand_doubling_minutes`: minutes within which traffic more than doubling the previous peak is throttled.
pub const ON_DEMAND_DOUBLING_MINUTES: FactId = FactId::new("kinesis.on_demand_doubling_minutes");
/// `kinesis.on_demand_read_factor`: least multiple of the write capacity an on-demand stream reads with GetRecords.
pub const ON_DEMAND_READ_FACTOR: FactId = FactId::new("kinesis.on_demand_read_factor");
/// `kinesis.on_demand_max_write_bytes_per_second_major_regions`: on-demand maximum write throughput in us-east-1, us-west-2 and eu-west-1.
pub const ON_DEMAND_MAX_WRITE_BYTES_PER_SECOND_MAJOR_REGIONS: FactId =
    FactId::new("kinesis.on_demand_max_write_bytes_per_second_major_regions");
/// `kinesis.on_demand_max_write_bytes_per_second_other_regions`: on-demand maximum write throughput in other Regions (default).
pub const ON_DEMAND_MAX_WRITE_BYTES_PER_SECOND_OTHER_REGIONS: FactId =
    FactId::new("kinesis.on_demand_max_write_bytes_per_second_other_regions");
/// `kinesis.faq_write_divisor_kb`: write divisor of the FAQ's shard formula (KB per shard).
pub const FAQ_WRITE_DIVISOR_KB: FactId = FactId::new("kinesis.faq_write_divisor_kb");
/// `kinesis.faq_read_divisor_kb`: read divisor of the FAQ's shard formula (KB per shard).
pub const FAQ_READ_DIVISOR_KB: FactId = FactId::new("kinesis.faq_read_divisor_kb");

/// `kinesis.get_records_calls_per_second`: GetRecords calls per second per shard, shared by its polling consumers.
pub const GET_RECORDS_CALLS_PER_SECOND: FactId =
    FactId::new("kinesis.get_records_calls_per_second");
/// `kinesis.get_records_max_bytes`: most data one GetRecords call returns.
pub const GET_RECORDS_MAX_BYTES: FactId = FactId::new("kinesis.get_records_max_bytes");
/// `kinesis.get_records_max_records`: most records one GetRecords call returns.
pub const GET_RECORDS_MAX_RECORDS: FactId = FactId::new("kinesis.get_records_max_records");
/// `kinesis.shared_delay_one_consumer_ms`: typical propagation delay with one polling consumer.
pub const SHARED_DELAY_ONE_CONSUMER_MS: FactId =
    FactId::new("kinesis.shared_delay_one_consumer_ms");
/// `kinesis.shared_delay_five_consumers_ms`: typical propagation delay with five polling consumers.
pub const SHARED_DELAY_FIVE_CONSUMERS_MS: FactId =
    FactId::new("kinesis.shared_delay_five_consumers_ms");
/// `kinesis.efo_delay_ms`: typical propagation delay of an enhanced fan-out consumer.
pub const EFO_DELAY_MS: FactId = FactId::new("kinesis.efo_delay_ms");
/// `kinesis.put_records_max_records`: most records in one PutRecords request.
pub const PUT_RECORDS_MAX_RECORDS: FactId = FactId::new("kinesis.put_records_max_records");
/// `kinesis.put_records_max_bytes`: most data in one PutRecords request, partition keys included.
pub const PUT_RECORDS_MAX_BYTES: FactId = FactId::new("kinesis.put_records_max_bytes");

const QUOTAS: &str = "https://docs.aws.amazon.com/streams/latest/dev/service-sizes-and-limits.html";
const SIZING: &str = "https://docs.aws.amazon.com/streams/latest/dev/how-do-i-size-a-stream.html";
const EFO: &str = "https://docs.aws.amazon.com/streams/latest/dev/enhanced-consumers.html";
const LARGE_RECORDS: &str = "https://docs.aws.amazon.com/streams/latest/dev/large-records.html";
const KEY_CONCEPTS: &str = "https://docs.aws.amazon.com/streams/latest/dev/key-concepts.html";
const RETENTION: &str =
    "https://docs.aws.amazon.com/streams/latest/dev/kinesis-extended-retention.html";
const UPDATE_SHARD_COUNT: &str =
    "https://docs.aws.amazon.com/kinesis/latest/APIReference/API_UpdateShardCount.html";
const LAMBDA: &str = "https://docs.aws.amazon.com/lambda/latest/dg/with-kinesis.html";
const FAQ: &str = "https://aws.amazon.com/kinesis/data-streams/faqs/";
const CONSUMERS: &str = "https://docs.aws.amazon.com/streams/latest/dev/building-consumers.html";
const PUT_RECORDS: &str =
    "https://docs.aws.amazon.com/kinesis/latest/APIReference/API_PutRecords.html";

/// Large records (up to 10 MiB when the stream's maximum is raised): the Kinesis document
/// history, "Added support for large record sizes up to 10 MiB | October 27, 2025".
const LARGE_RECORDS_SINCE: jiff::civil::Date = date(2025, 10, 27);

/// On-demand Advantage launched on or before this day: the first public record of the
/// announcement (hashicorp/terraform-provider-aws issue 44946, opened 2025-11-05).
const ADVANTAGE_BY: jiff::civil::Date = date(2025, 11, 5);

/// Up to 50 enhanced fan-out consumers with On-demand Advantage, on or before this day: the
/// AWS SDK for JavaScript v3 release of 2025-11-20 (3.937.0) carries the Kinesis API
/// documentation change.
const ADVANTAGE_50_CONSUMERS_BY: jiff::civil::Date = date(2025, 11, 20);

const ADVANTAGE_LAUNCH: &str =
    "https://aws.amazon.com/about-aws/whats-new/2025/11/amazon-kinesis-data-streams-ondemand-advantage/";
const ADVANTAGE_50: &str = "https://aws.amazon.com/about-aws/whats-new/2025/11/amazon-kinesis-data-streams-enhanced-fan-out-consumers/";

/// The new per-account shard quotas (20,000; 1,000): the latest date the change can have
/// happened, see the facts' `confirmed` notes.
const SHARD_QUOTA_RAISED_BY: jiff::civil::Date = date(2025, 10, 27);

/// On-demand capacity mode: the Kinesis document history, "Added support for the on-demand
/// and provisioned data stream capacity modes | November 29, 2021"; AWS announced it the
/// next day (AWS News Blog, 2021-11-30), the date awscalc uses.
const ON_DEMAND_SINCE: jiff::civil::Date = date(2021, 11, 30);

/// The on-demand maximum of 10 GB/s write (and 20 GB/s read) in us-east-1, us-west-2 and
/// eu-west-1: the latest date the raise can have happened (see the facts' `confirmed` notes).
const ON_DEMAND_MAXIMUM_RAISED_BY: jiff::civil::Date = date(2024, 12, 31);

const MIB: u32 = 1_048_576;

/// `n` GiB (1,073,741,824 bytes each) for a `const` table: beyond `whole`'s `u32`.
const fn gib(n: u64) -> Decimal {
    let bytes = n * 1_073_741_824;
    #[allow(clippy::cast_possible_truncation)] // the low and middle 32 bits, by design
    let (lo, mid, hi) = (bytes as u32, (bytes >> 32) as u32, 0);
    Decimal::from_parts(lo, mid, hi, false, 0)
}

pub(super) static FACTS: &[Fact] = &[
    Fact {
        id: KB_BYTES.as_str(),
        name: "bytes in one KB of the Kinesis sizing formula",
        unit: "bytes",
        source: SIZING,
        confirmed: "read in the current AWS page: the formula divides incoming_write_bandwidth_in_KiB by 1024 and rounds the average record size \"up to the nearest 1 KB\"; the API reference writes MiB for the shard limits",
        history: &[entry(None, whole(1024))],
    },
    Fact {
        id: SHARD_WRITE_BYTES_PER_SECOND.as_str(),
        name: "write bandwidth of one shard",
        unit: "bytes/s",
        source: QUOTAS,
        confirmed: "read in the current AWS page: \"up to 1 MB/sec or 1,000 records/sec write throughput\", partition keys included; 1 MiB per the API reference (CreateStream)",
        history: &[entry(None, whole(MIB))],
    },
    Fact {
        id: SHARD_WRITE_RECORDS_PER_SECOND.as_str(),
        name: "records per second one shard accepts",
        unit: "records/s",
        source: QUOTAS,
        confirmed: "read in the current AWS page: 1,000 records/sec per shard for writes",
        history: &[entry(None, whole(1000))],
    },
    Fact {
        id: SHARD_READ_BYTES_PER_SECOND.as_str(),
        name: "read bandwidth of one shard, shared by its standard consumers",
        unit: "bytes/s",
        source: QUOTAS,
        confirmed: "read in the current AWS page: 2 MB/sec per shard via GetRecords, shared by all consumers that are not enhanced fan-out; 2 MiB per the API reference",
        history: &[entry(None, whole(2 * MIB))],
    },
    Fact {
        id: EFO_READ_BYTES_PER_SECOND.as_str(),
        name: "read bandwidth of one enhanced fan-out consumer per shard",
        unit: "bytes/s",
        source: EFO,
        confirmed: "read in the current AWS page: \"up to 2 MB of data per second per shard\", dedicated to each consumer; enhanced fan-out launched in August 2018 (AWS blog found, day not confirmed), so awscalc gives it no start date",
        history: &[entry(None, whole(2 * MIB))],
    },
    Fact {
        id: EFO_CONSUMERS_PER_STREAM.as_str(),
        name: "enhanced fan-out consumers per stream (provisioned, On-demand Standard)",
        unit: "consumers",
        source: EFO,
        confirmed: "read in the current AWS page (\"up to 20 consumers per stream\") and in the archived developer guide (awsdocs, June 2023: \"up to twenty\"); any earlier value is not known",
        history: &[entry(None, whole(20))],
    },
    Fact {
        id: EFO_CONSUMERS_PER_STREAM_ADVANTAGE.as_str(),
        name: "enhanced fan-out consumers per stream with On-demand Advantage (in the Regions AWS lists)",
        unit: "consumers",
        source: EFO,
        confirmed: "50 read in the current AWS page (\"With On-demand Advantage mode, you can register up \
             to 50 consumers per stream\"), but only in some Regions: the page lists the \"Regions \
             supported for up to 50 enhanced fan-out consumers (On-demand Advantage only)\"; elsewhere \
             the limit stays 20. Dates are bounds (searched 2026-11; no AWS text with the day found): \
             On-demand Advantage launched on or before 2025-11-05 (What's New 2025/11 \
             amazon-kinesis-data-streams-ondemand-advantage, quoted in hashicorp/terraform-provider-aws \
             #44946 opened that day), with the 20-consumer limit of other streams; 50 came on or before \
             2025-11-20, the AWS SDK for JavaScript v3 release 3.937.0 of that day (\"client-kinesis: \
             Kinesis Data Streams now supports up to 50 Enhance Fan-out consumers for On-demand \
             Advantage Streams\", newreleases.io); its own What's New is dated 2025/11 \
             (amazon-kinesis-data-streams-enhanced-fan-out-consumers) and a secondary page gives \
             2025-11-25",
        history: &[
            entry(None, None),
            entry(Some(ADVANTAGE_BY), whole(20))
                .on_or_before()
                .sourced(ADVANTAGE_LAUNCH),
            entry(Some(ADVANTAGE_50_CONSUMERS_BY), whole(50))
                .on_or_before()
                .sourced(ADVANTAGE_50),
        ],
    },
    Fact {
        id: MAX_RECORD_BYTES.as_str(),
        name: "default maximum record size (data blob before base64)",
        unit: "bytes",
        source: QUOTAS,
        confirmed: "read in the current AWS pages: 1 MiB, which stays the default for new and existing streams after the 2025-10-27 change (large-records.html)",
        history: &[entry(None, whole(MIB))],
    },
    Fact {
        id: MAX_RECORD_BYTES_RAISED.as_str(),
        name: "largest maximum record size a stream can be raised to",
        unit: "bytes",
        source: LARGE_RECORDS,
        confirmed: "read in the current AWS page: MaxRecordSizeInKiB from 1024 to 10240 KiB; date read in the Kinesis document history (October 27, 2025)",
        history: &[
            entry(None, None),
            entry(Some(LARGE_RECORDS_SINCE), whole(10 * MIB)),
        ],
    },
    Fact {
        id: PARTITION_KEY_MAX_CHARS.as_str(),
        name: "longest partition key",
        unit: "characters",
        source: KEY_CONCEPTS,
        confirmed: "read in the current AWS page: \"Unicode strings, with a maximum length limit of 256 characters for each key\"",
        history: &[entry(None, whole(256))],
    },
    Fact {
        id: RETENTION_MIN_HOURS.as_str(),
        name: "shortest retention period (the default)",
        unit: "hours",
        source: RETENTION,
        confirmed: "read in the current AWS page: \"from 24 hours by default\", \"down to a minimum of 24 hours\"",
        history: &[entry(None, whole(24))],
    },
    Fact {
        id: RETENTION_MAX_HOURS.as_str(),
        name: "longest retention period",
        unit: "hours",
        source: RETENTION,
        confirmed: "8,760 hours (365 days) read in the current AWS page; 168 hours (7 days) read in older SDK documentation of IncreaseStreamRetentionPeriod and an older copy of the same page (\"up to 168 hours\"); the change came with long-term retention, announced in November 2020 (AWS Big Data Blog post found). The day was not found (searched 2026-11): the date is month only, and awscalc uses 2020-11-09",
        history: &[
            entry(None, whole(168)),
            entry(Some(date(2020, 11, 9)), whole(8760)).month_only(),
        ],
    },
    Fact {
        id: UPDATE_SHARD_COUNT_CALLS_PER_DAY.as_str(),
        name: "UpdateShardCount calls per stream per rolling 24 hours",
        unit: "calls",
        source: UPDATE_SHARD_COUNT,
        confirmed: "read in the current API reference: \"Scale more than ten times per rolling 24-hour period per stream\" is not allowed by default; older SDK documentation said twice, but the date of the change was not found, so only the current value is kept",
        history: &[entry(None, whole(10))],
    },
    Fact {
        id: UPDATE_SHARD_COUNT_MAX_FACTOR.as_str(),
        name: "most one UpdateShardCount call can multiply the shard count by",
        unit: "×",
        source: UPDATE_SHARD_COUNT,
        confirmed: "read in the current API reference: you cannot \"scale up to more than double your current shard count\"",
        history: &[entry(None, whole(2))],
    },
    Fact {
        id: UPDATE_SHARD_COUNT_MIN_FACTOR.as_str(),
        name: "least one UpdateShardCount call can multiply the shard count by",
        unit: "×",
        source: UPDATE_SHARD_COUNT,
        confirmed: "read in the current API reference: you cannot \"scale down below half your current shard count\"",
        history: &[entry(None, scaled(5, 1))],
    },
    Fact {
        id: UPDATE_SHARD_COUNT_MAX_SHARDS.as_str(),
        name: "most shards UpdateShardCount scales a stream to by default",
        unit: "shards",
        source: UPDATE_SHARD_COUNT,
        confirmed: "read in the current API reference: not \"up beyond 10000 shards in a stream\" by default; older SDK documentation said 500, date of the change not found, so only the current value is kept",
        history: &[entry(None, whole(10_000))],
    },
    Fact {
        id: ACCOUNT_SHARD_QUOTA_MAJOR_REGIONS.as_str(),
        name: "default provisioned shards per account in us-east-1, us-west-2, eu-west-1",
        unit: "shards",
        source: QUOTAS,
        confirmed: "20,000 read in the current AWS page; 500 read in the archived developer guide (awsdocs, June 2023) and older copies of the quota page. The date of the change was not found, so the date is a bound (on or before): a copy of the quota page still showing 1 MB records already shows 20,000, so it came before 2025-10-27; awscalc uses 500 until that date, the safer (lower) quota where it is unsure",
        history: &[
            entry(None, whole(500)),
            entry(Some(SHARD_QUOTA_RAISED_BY), whole(20_000)).on_or_before(),
        ],
    },
    Fact {
        id: ACCOUNT_SHARD_QUOTA_OTHER_REGIONS.as_str(),
        name: "default provisioned shards per account in other Regions (the lower figure)",
        unit: "shards",
        source: QUOTAS,
        confirmed: "\"1,000 or 6,000\" read in the current AWS page (awscalc uses the lower); 200 in the archived developer guide (June 2023); dated like the major-Region quota: 200 until 2025-10-27, the latest date the change can have happened (a bound, not the day)",
        history: &[
            entry(None, whole(200)),
            entry(Some(SHARD_QUOTA_RAISED_BY), whole(1000)).on_or_before(),
        ],
    },
    Fact {
        id: LAMBDA_PARALLELIZATION_MIN.as_str(),
        name: "smallest Lambda parallelization factor (the default)",
        unit: "×",
        source: LAMBDA,
        confirmed: "read in the current AWS page: ParallelizationFactor from 1 (default) to 10",
        history: &[entry(None, whole(1))],
    },
    Fact {
        id: LAMBDA_PARALLELIZATION_MAX.as_str(),
        name: "largest Lambda parallelization factor",
        unit: "×",
        source: LAMBDA,
        confirmed: "10 read in the current AWS page; before the parallelization factor (AWS What's New, posted 2019-11-25, read in a secondary copy) Lambda ran one batch per shard at a time",
        history: &[entry(None, whole(1)), entry(Some(date(2019, 11, 25)), whole(10))],
    },
    Fact {
        id: ON_DEMAND_START_WRITE_BYTES_PER_SECOND.as_str(),
        name: "write throughput a new on-demand stream starts with",
        unit: "bytes/s",
        source: QUOTAS,
        confirmed: "read in the current AWS page: \"new data streams created with the on-demand capacity mode have 4 MB/s of write and 8 MB/s of read throughput\"; the same in a 2024 copy of the developer guide and in the Kinesis FAQ. Read as 4 MiB, like the shard limits (the warm-throughput API counts MiBps). On-demand came on 2021-11-30 (AWS News Blog; the document history says November 29, 2021)",
        history: &[entry(None, None), entry(Some(ON_DEMAND_SINCE), whole(4 * MIB))],
    },
    Fact {
        id: ON_DEMAND_START_READ_BYTES_PER_SECOND.as_str(),
        name: "read throughput a new on-demand stream starts with",
        unit: "bytes/s",
        source: QUOTAS,
        confirmed: "read in the current AWS page: 8 MB/s of read for a new on-demand stream (see kinesis.on_demand_start_write_bytes_per_second); read as 8 MiB",
        history: &[entry(None, None), entry(Some(ON_DEMAND_SINCE), whole(8 * MIB))],
    },
    Fact {
        id: ON_DEMAND_START_RECORDS_PER_SECOND.as_str(),
        name: "records per second a new on-demand stream starts with",
        unit: "records/s",
        source: FAQ,
        confirmed: "read in a copy of the Kinesis FAQ: \"A new data stream created in on-demand mode has a quota of 4 MB/second and 4,000 records per second for writes\"; the quota page gives only the 4 MB/s. The shared facts file had it as secondary; the FAQ is an AWS page",
        history: &[entry(None, None), entry(Some(ON_DEMAND_SINCE), whole(4000))],
    },
    Fact {
        id: ON_DEMAND_PEAK_FACTOR.as_str(),
        name: "multiple of the previous 30-day peak write throughput an on-demand stream accommodates",
        unit: "×",
        source: SIZING,
        confirmed: "read in the current AWS page (\"accommodate up to double their previous peak write throughput observed in the last 30 days\") and in a copy of the Kinesis FAQ, with its example: a stream between 10 and 40 MB/s can burst to 80 MB/s; after a sustained 50 MB/s, 100 MB/s",
        history: &[entry(None, None), entry(Some(ON_DEMAND_SINCE), whole(2))],
    },
    Fact {
        id: ON_DEMAND_PEAK_WINDOW_DAYS.as_str(),
        name: "days over which an on-demand stream's previous peak is taken",
        unit: "days",
        source: SIZING,
        confirmed: "read in the current AWS page and in a copy of the Kinesis FAQ: \"previous peak write throughput observed in the last 30 days\"",
        history: &[entry(None, None), entry(Some(ON_DEMAND_SINCE), whole(30))],
    },
    Fact {
        id: ON_DEMAND_DOUBLING_MINUTES.as_str(),
        name: "minutes within which traffic more than doubling the previous peak is throttled",
        unit: "minutes",
        source: SIZING,
        confirmed: "read in a copy of the Kinesis FAQ: \"you will see ProvisionedThroughputExceeded exceptions if your traffic grows more than double the previous peak within a 15-minute duration\"; the current sizing page says the same of throttling within 15 minutes",
        history: &[entry(None, None), entry(Some(ON_DEMAND_SINCE), whole(15))],
    },
    Fact {
        id: ON_DEMAND_READ_FACTOR.as_str(),
        name: "least multiple of the write capacity an on-demand stream reads with GetRecords",
        unit: "×",
        source: SIZING,
        confirmed: "read in a copy of the Kinesis FAQ: \"You get at least twice the write throughput to read data using the GetRecords API\", and in the quota page's pairs (4 and 8 MB/s, 200 and 400 MB/s, 10 and 20 GB/s)",
        history: &[entry(None, None), entry(Some(ON_DEMAND_SINCE), whole(2))],
    },
    Fact {
        id: ON_DEMAND_MAX_WRITE_BYTES_PER_SECOND_MAJOR_REGIONS.as_str(),
        name: "on-demand maximum write throughput in us-east-1, us-west-2 and eu-west-1",
        unit: "bytes/s",
        source: QUOTAS,
        confirmed: "10 GB/s read in the current AWS page and in a 2024 copy of the developer guide (its document history ends before 2025-03-13, and it still shows the 500-shard quota); 200 MB/s everywhere in the archived developer guide (awsdocs, June 2023) and the AWS Big Data Blog of 2023 (1 GB/s only on request). The date of the raise was not found, so the date is a bound (on or before): awscalc uses 200 MiB/s until 2024-12-31, the latest date it can have happened, the safer (lower) maximum where it is unsure. GB read as GiB, like the shard limits. The read maximum (20 GB/s; 400 MB/s before) is this × kinesis.on_demand_read_factor",
        history: &[
            entry(None, None),
            entry(Some(ON_DEMAND_SINCE), whole(200 * MIB)),
            entry(Some(ON_DEMAND_MAXIMUM_RAISED_BY), Some(gib(10))).on_or_before(),
        ],
    },
    Fact {
        id: ON_DEMAND_MAX_WRITE_BYTES_PER_SECOND_OTHER_REGIONS.as_str(),
        name: "on-demand maximum write throughput in other Regions (default)",
        unit: "bytes/s",
        source: QUOTAS,
        confirmed: "200 MB/s read in the current AWS page (\"If you require an increase up to 10 GB/s write and 20 GB/s read capacity for these Regions, submit a support ticket\"), in the archived developer guide (June 2023) and in the Kinesis FAQ (\"automatically scale up to 200 MB/second and 200,000 records per second for writes\"). The read maximum (400 MB/s) is this × kinesis.on_demand_read_factor",
        history: &[entry(None, None), entry(Some(ON_DEMAND_SINCE), whole(200 * MIB))],
    },
    Fact {
        id: FAQ_WRITE_DIVISOR_KB.as_str(),
        name: "write divisor of the FAQ's shard formula (KB per shard)",
        unit: "KB",
        source: FAQ,
        confirmed: "read in a copy of the Kinesis FAQ: max(incoming_write_bandwidth_in_KB/1000, outgoing_read_bandwidth_in_KB/2000); the developer guide has used KiB/1024 and /2048 since 2019 (awsdocs commit 97cb9b4). Used only to name the FAQ reading for --expect",
        history: &[entry(None, whole(1000))],
    },
    Fact {
        id: FAQ_READ_DIVISOR_KB.as_str(),
        name: "read divisor of the FAQ's shard formula (KB per shard)",
        unit: "KB",
        source: FAQ,
        confirmed: "read in a copy of the Kinesis FAQ (see kinesis.faq_write_divisor_kb)",
        history: &[entry(None, whole(2000))],
    },
    Fact {
        id: GET_RECORDS_CALLS_PER_SECOND.as_str(),
        name: "GetRecords calls per second per shard, shared by its polling consumers",
        unit: "calls/s",
        source: QUOTAS,
        confirmed: "shared/facts K1 [DOC-CURRENT], quota page: \"5 GetRecords transactions/s per shard\" for shared-throughput reads; searched 2026-12-01: the search tool found it only in a secondary exam-notes page (\"Max 5 GetRecords API call/sec\"), not in an AWS page it holds, so the value rests on the facts file's reading of the quota page",
        history: &[entry(None, whole(5))],
    },
    Fact {
        id: GET_RECORDS_MAX_BYTES.as_str(),
        name: "most data one GetRecords call returns",
        unit: "bytes",
        source: QUOTAS,
        confirmed: "shared/facts K1 [DOC-CURRENT]: up to 10 MB or 10,000 records per call, and a call that returns 10 MB throttles the next 5 s; confirmed 2026-12-01 in the AWS SDK for .NET (v1) GetRecordsRequest page (\"can retrieve up to 10 MB of data\", Limit \"up to 10,000\"). Read as 10 MiB like the shard limits",
        history: &[entry(None, whole(10 * MIB))],
    },
    Fact {
        id: GET_RECORDS_MAX_RECORDS.as_str(),
        name: "most records one GetRecords call returns",
        unit: "records",
        source: QUOTAS,
        confirmed: "shared/facts K1 [DOC-CURRENT]; confirmed 2026-12-01 in the AWS SDK for .NET (v1) GetRecordsRequest page: the Limit parameter \"can be set to an integer value of up to 10,000\"",
        history: &[entry(None, whole(10_000))],
    },
    Fact {
        id: SHARED_DELAY_ONE_CONSUMER_MS.as_str(),
        name: "typical propagation delay with one polling (shared-throughput) consumer",
        unit: "ms",
        source: CONSUMERS,
        confirmed: "a typical average, not a guarantee: read 2026-12-01 in the AWS page's table (\"An average of around 200 ms if you have one consumer reading from the stream. This average goes up to around 1000 ms if you have five consumers\"); shared/facts K2 quotes the same from enhanced-consumers.html",
        history: &[entry(None, whole(200))],
    },
    Fact {
        id: SHARED_DELAY_FIVE_CONSUMERS_MS.as_str(),
        name: "typical propagation delay with five polling (shared-throughput) consumers",
        unit: "ms",
        source: CONSUMERS,
        confirmed: "a typical average, not a guarantee: read 2026-12-01 in the AWS page (\"goes up to around 1000 ms if you have five consumers\"); AWS gives no figure for other counts",
        history: &[entry(None, whole(1000))],
    },
    Fact {
        id: EFO_DELAY_MS.as_str(),
        name: "typical propagation delay of an enhanced fan-out consumer",
        unit: "ms",
        source: CONSUMERS,
        confirmed: "a typical average, not a guarantee: read 2026-12-01 in the AWS page (\"Typically an average of 70 ms whether you have one consumer or five consumers\")",
        history: &[entry(None, whole(70))],
    },
    Fact {
        id: PUT_RECORDS_MAX_RECORDS.as_str(),
        name: "most records in one PutRecords request",
        unit: "records",
        source: PUT_RECORDS,
        confirmed: "read 2026-12-01 in the current API reference (\"Each PutRecords request can support up to 500 records\") and in every older SDK copy found (AWS SDK for .NET, Android, Kotlin, JavaScript v3)",
        history: &[entry(None, whole(500))],
    },
    Fact {
        id: PUT_RECORDS_MAX_BYTES.as_str(),
        name: "most data in one PutRecords request, partition keys included",
        unit: "bytes",
        source: PUT_RECORDS,
        confirmed: "5 MiB read 2026-12-01 in the SDK copies of the API reference (JavaScript v3, SAP ABAP, aws-sdk-kinesis: \"up to a limit of 5 MiB for the entire request, including partition keys\"); 10 MiB in the current API reference (docs.amazonaws.cn API_PutRecords.md: \"as large as 10 MiB, up to a limit of 10 MiB for the entire request\") and shared/facts K3 (quota page). The raise came with large records, dated by the document history (October 27, 2025); no separate date for the request limit was found, so awscalc uses that day",
        history: &[
            entry(None, whole(5 * MIB)),
            entry(Some(LARGE_RECORDS_SINCE), whole(10 * MIB)),
        ],
    },
];
