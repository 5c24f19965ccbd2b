//! DynamoDB facts. Researched values: `shared/facts/dynamodb-kinesis.md`, Part 1.
//!
//! DynamoDB states that all its sizes are binary: "DynamoDB denotes 1 KB = 1024 bytes,
//! 1 MB = 1024 KB" (ServiceQuotas.html), so every byte figure here is 1024-based.

use jiff::civil::date;

use super::{entry, scaled, whole, Fact, FactId};

// Typed handles: calculators name a fact by one of these, so a typo does not compile.
/// `dynamodb.kb_bytes`: bytes in one DynamoDB KB.
pub const KB_BYTES: FactId = FactId::new("dynamodb.kb_bytes");
/// `dynamodb.read_unit_bytes`: item size covered by one read unit.
pub const READ_UNIT_BYTES: FactId = FactId::new("dynamodb.read_unit_bytes");
/// `dynamodb.write_unit_bytes`: item size covered by one write unit.
pub const WRITE_UNIT_BYTES: FactId = FactId::new("dynamodb.write_unit_bytes");
/// `dynamodb.strong_read_factor`: read units per 4 KB for a strongly consistent read.
pub const STRONG_READ_FACTOR: FactId = FactId::new("dynamodb.strong_read_factor");
/// `dynamodb.eventual_read_factor`: read units per 4 KB for an eventually consistent read.
pub const EVENTUAL_READ_FACTOR: FactId = FactId::new("dynamodb.eventual_read_factor");
/// `dynamodb.standard_write_factor`: write units per 1 KB for a standard write.
pub const STANDARD_WRITE_FACTOR: FactId = FactId::new("dynamodb.standard_write_factor");
/// `dynamodb.transactional_factor`: units per 4 KB read or 1 KB write in a transaction.
pub const TRANSACTIONAL_FACTOR: FactId = FactId::new("dynamodb.transactional_factor");
/// `dynamodb.max_item_bytes`: maximum item size.
pub const MAX_ITEM_BYTES: FactId = FactId::new("dynamodb.max_item_bytes");
/// `dynamodb.page_bytes`: largest result of one Query or Scan call.
pub const PAGE_BYTES: FactId = FactId::new("dynamodb.page_bytes");
/// `dynamodb.partition_max_rcu`: most read units one partition serves.
pub const PARTITION_MAX_RCU: FactId = FactId::new("dynamodb.partition_max_rcu");
/// `dynamodb.partition_max_wcu`: most write units one partition serves.
pub const PARTITION_MAX_WCU: FactId = FactId::new("dynamodb.partition_max_wcu");
/// `dynamodb.table_quota_rcu`: default per-table read quota, provisioned mode.
pub const TABLE_QUOTA_RCU: FactId = FactId::new("dynamodb.table_quota_rcu");
/// `dynamodb.table_quota_wcu`: default per-table write quota, provisioned mode.
pub const TABLE_QUOTA_WCU: FactId = FactId::new("dynamodb.table_quota_wcu");
/// `dynamodb.table_quota_rru`: default per-table read quota, on-demand mode.
pub const TABLE_QUOTA_RRU: FactId = FactId::new("dynamodb.table_quota_rru");
/// `dynamodb.table_quota_wru`: default per-table write quota, on-demand mode.
pub const TABLE_QUOTA_WRU: FactId = FactId::new("dynamodb.table_quota_wru");
/// `dynamodb.account_quota_rcu`: default per-account read quota, provisioned mode.
pub const ACCOUNT_QUOTA_RCU: FactId = FactId::new("dynamodb.account_quota_rcu");
/// `dynamodb.account_quota_wcu`: default per-account write quota, provisioned mode.
pub const ACCOUNT_QUOTA_WCU: FactId = FactId::new("dynamodb.account_quota_wcu");
/// `dynamodb.min_provisioned_units`: smallest provisioned capacity of a table or index.
pub const MIN_PROVISIONED_UNITS: FactId = FactId::new("dynamodb.min_provisioned_units");
/// `dynamodb.batch_get_max_items`: most items in one BatchGetItem.
pub const BATCH_GET_MAX_ITEMS: FactId = FactId::new("dynamodb.batch_get_max_items");
/// `dynamodb.batch_write_max_items`: most put or delete requests in one BatchWriteItem.
pub const BATCH_WRITE_MAX_ITEMS: FactId = FactId::new("dynamodb.batch_write_max_items");
/// `dynamodb.batch_max_bytes`: largest total size of one BatchGetItem or BatchWriteItem.
pub const BATCH_MAX_BYTES: FactId = FactId::new("dynamodb.batch_max_bytes");
/// `dynamodb.transact_max_items`: most items in one TransactGetItems or TransactWriteItems.
pub const TRANSACT_MAX_ITEMS: FactId = FactId::new("dynamodb.transact_max_items");
/// `dynamodb.transact_max_bytes`: largest total size of one transaction.
pub const TRANSACT_MAX_BYTES: FactId = FactId::new("dynamodb.transact_max_bytes");
/// `dynamodb.on_demand_new_table_reads`: reads per second a new on-demand table sustains at once.
pub const ON_DEMAND_NEW_TABLE_READS: FactId = FactId::new("dynamodb.on_demand_new_table_reads");
/// `dynamodb.on_demand_new_table_writes`: writes per second a new on-demand table sustains at once.
pub const ON_DEMAND_NEW_TABLE_WRITES: FactId = FactId::new("dynamodb.on_demand_new_table_writes");
/// `dynamodb.on_demand_peak_factor`: times its previous peak an on-demand table serves at once.
pub const ON_DEMAND_PEAK_FACTOR: FactId = FactId::new("dynamodb.on_demand_peak_factor");
/// `dynamodb.on_demand_peak_window_minutes`: minutes within which traffic above that may throttle.
pub const ON_DEMAND_PEAK_WINDOW_MINUTES: FactId =
    FactId::new("dynamodb.on_demand_peak_window_minutes");
/// `dynamodb.mode_switches_per_day`: switches from provisioned to on-demand mode per 24 hours.
pub const MODE_SWITCHES_PER_DAY: FactId = FactId::new("dynamodb.mode_switches_per_day");
/// `dynamodb.index_writes`: index writes a table write costs when it adds or changes an
/// index entry without changing its key.
pub const INDEX_WRITES: FactId = FactId::new("dynamodb.index_writes");
/// `dynamodb.index_key_change_writes`: index writes a table write costs when it changes the
/// index's key attribute (a delete plus a put).
pub const INDEX_KEY_CHANGE_WRITES: FactId = FactId::new("dynamodb.index_key_change_writes");
/// `dynamodb.item_collection_max_gb`: largest item collection of a table with local
/// secondary indexes.
pub const ITEM_COLLECTION_MAX_GB: FactId = FactId::new("dynamodb.item_collection_max_gb");
/// `dynamodb.autoscaling_min_target_percent`: lowest target utilization DynamoDB auto scaling takes.
pub const AUTOSCALING_MIN_TARGET_PERCENT: FactId =
    FactId::new("dynamodb.autoscaling_min_target_percent");
/// `dynamodb.autoscaling_max_target_percent`: highest target utilization DynamoDB auto scaling takes.
pub const AUTOSCALING_MAX_TARGET_PERCENT: FactId =
    FactId::new("dynamodb.autoscaling_max_target_percent");
/// `dynamodb.gsi_read_factor`: read units per 4 KB of a global secondary index read (eventual only).
pub const GSI_READ_FACTOR: FactId = FactId::new("dynamodb.gsi_read_factor");
/// `dynamodb.on_demand_new_table_warm_reads`: warm throughput of a new on-demand table, reads.
pub const ON_DEMAND_NEW_TABLE_WARM_READS: FactId =
    FactId::new("dynamodb.on_demand_new_table_warm_reads");
/// `dynamodb.on_demand_new_table_warm_writes`: warm throughput of a new on-demand table, writes.
pub const ON_DEMAND_NEW_TABLE_WARM_WRITES: FactId =
    FactId::new("dynamodb.on_demand_new_table_warm_writes");
/// `dynamodb.burst_seconds`: seconds of unused capacity DynamoDB retains for bursts.
pub const BURST_SECONDS: FactId = FactId::new("dynamodb.burst_seconds");
/// `dynamodb.decreases_per_day`: most decreases of a table's provisioned capacity in a UTC day.
pub const DECREASES_PER_DAY: FactId = FactId::new("dynamodb.decreases_per_day");
/// `dynamodb.decreases_at_day_start`: decreases available at the start of each UTC day.
pub const DECREASES_AT_DAY_START: FactId = FactId::new("dynamodb.decreases_at_day_start");
/// `dynamodb.number_base_bytes`: the byte every Number value takes besides its digits.
pub const NUMBER_BASE_BYTES: FactId = FactId::new("dynamodb.number_base_bytes");
/// `dynamodb.number_digits_per_byte`: significant digits a Number stores per byte.
pub const NUMBER_DIGITS_PER_BYTE: FactId = FactId::new("dynamodb.number_digits_per_byte");
/// `dynamodb.number_max_digits`: most significant digits a Number holds.
pub const NUMBER_MAX_DIGITS: FactId = FactId::new("dynamodb.number_max_digits");
/// `dynamodb.null_bool_bytes`: size of a Null or Boolean value.
pub const NULL_BOOL_BYTES: FactId = FactId::new("dynamodb.null_bool_bytes");
/// `dynamodb.collection_overhead_bytes`: overhead of a List or Map, whatever it holds.
pub const COLLECTION_OVERHEAD_BYTES: FactId = FactId::new("dynamodb.collection_overhead_bytes");
/// `dynamodb.collection_element_bytes`: overhead of each element of a List or Map.
pub const COLLECTION_ELEMENT_BYTES: FactId = FactId::new("dynamodb.collection_element_bytes");

/// The transaction item limit rose from 10 to 25 in June 2019 (the What's New URL is dated
/// 2019/06; the day was not found): awscalc takes the first of the month.
const TRANSACTIONS_25_SINCE: jiff::civil::Date = date(2019, 6, 1);

/// The transaction item limit rose from 25 to 100 on 2022-09-06 (see the fact's note).
const TRANSACTIONS_100_SINCE: jiff::civil::Date = date(2022, 9, 6);

const RW_OPS: &str =
    "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html";
const QUOTAS: &str =
    "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html";
const CONSTRAINTS: &str =
    "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Constraints.html";
const TRANSACTIONS: &str =
    "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/transaction-apis.html";
const TRANSACTIONS_LAUNCH: &str =
    "https://aws.amazon.com/blogs/aws/new-amazon-dynamodb-transactions/";
const TRANSACTIONS_25: &str = "https://aws.amazon.com/about-aws/whats-new/2019/06/amazon-dynamodb-now-supports-up-to-25-unique-items-and-4-mb-of-data-per-transactional-request/";
const TRANSACTIONS_100: &str = "https://aws.amazon.com/about-aws/whats-new/2022/09/amazon-dynamodb-supports-100-actions-per-transaction/";
const DOC_CURRENT: &str = "read in the current AWS page";
const AUTOSCALING: &str =
    "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/AutoScaling.html";
/// How the auto scaling range was confirmed.
const AUTOSCALING_CONFIRMED: &str = "AutoScaling.html (shared/facts D7, [DOC-CURRENT]), found by \
     search on 2026-12-01 in copies of the page: \"You can set the auto scaling target \
     utilization values between 20 and 90 percent for your read and write capacity\"; the same \
     range in the AWS Systems Manager automation runbook for DynamoDB auto scaling \
     (TargetReadCapacityUtilization) and in the developer guide's older awsdocs copy; no date \
     of introduction or change was found, so awscalc keeps one value";
const WARM: &str =
    "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/warm-throughput.html";
/// Warm throughput (and pre-warming) came on 2024-11-13 (the DynamoDB document history).
const WARM_SINCE: jiff::civil::Date = date(2024, 11, 13);
/// How warm throughput was confirmed.
const WARM_CONFIRMED: &str = "searched 2026-12-01: warm-throughput.html (\"Warm throughput \
     refers to the number of read and write operations your DynamoDB table can instantaneously \
     support ... If you are using on-demand mode ... your application will be able to issue \
     requests up to those values instantly\"; values can be raised, not lowered) and \
     warm-throughput-scenarios.html (\"A new on-demand table starts with a warm throughput of \
     12,000 read units per second and 4,000 write units per second\"), in copies of the \
     current pages. The date: 2024-11-13 in the DynamoDB document history (shared/facts D7, \
     [DOC-CURRENT]); the API's WarmThroughput fields reached the SDKs on 2024-11-14 \
     (async-aws/aws #1799, generated from AWS's model) and a dynobase.dev article gives \
     2024-11-13; the AWS announcement itself was not found by search. Before that DynamoDB had \
     no warm throughput to read or set";
const GSI: &str = "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GSI.html";

/// "DynamoDB item sizes and formats": the size of each type of attribute value.
const ITEM_SIZES: &str =
    "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/CapacityUnitCalculations.html";

/// Transactions (TransactGetItems, TransactWriteItems) launched on 2018-11-27.
const TRANSACTIONS_SINCE: jiff::civil::Date = date(2018, 11, 27);

pub(super) static FACTS: &[Fact] = &[
    Fact {
        id: KB_BYTES.as_str(),
        name: "bytes in one DynamoDB KB",
        unit: "bytes",
        source: QUOTAS,
        confirmed: "read in the current AWS page: \"DynamoDB denotes 1 KB = 1024 bytes\"",
        history: &[entry(None, whole(1024))],
    },
    Fact {
        id: READ_UNIT_BYTES.as_str(),
        name: "item size covered by one read unit",
        unit: "bytes",
        source: RW_OPS,
        confirmed: "read in the current AWS page: \"Item sizes for reads are rounded up to the next 4 KB multiple\"",
        history: &[entry(None, whole(4096))],
    },
    Fact {
        id: WRITE_UNIT_BYTES.as_str(),
        name: "item size covered by one write unit",
        unit: "bytes",
        source: RW_OPS,
        confirmed: "read in the current AWS page: \"Item sizes for writes are rounded up to the next 1 KB multiple\"",
        history: &[entry(None, whole(1024))],
    },
    Fact {
        id: STRONG_READ_FACTOR.as_str(),
        name: "read units per 4 KB for a strongly consistent read",
        unit: "×",
        source: RW_OPS,
        confirmed: DOC_CURRENT,
        history: &[entry(None, whole(1))],
    },
    Fact {
        id: EVENTUAL_READ_FACTOR.as_str(),
        name: "read units per 4 KB for an eventually consistent read",
        unit: "×",
        source: RW_OPS,
        confirmed: "read in the current AWS page: \"For an eventually consistent read, which is the default, divide this number by two\"",
        history: &[entry(None, scaled(5, 1))],
    },
    Fact {
        id: STANDARD_WRITE_FACTOR.as_str(),
        name: "write units per 1 KB for a standard write",
        unit: "×",
        source: RW_OPS,
        confirmed: DOC_CURRENT,
        history: &[entry(None, whole(1))],
    },
    Fact {
        id: TRANSACTIONAL_FACTOR.as_str(),
        name: "units per 4 KB read or 1 KB write in a transaction",
        unit: "×",
        source: TRANSACTIONS,
        confirmed: "read in the current AWS page (two underlying reads or writes per item: prepare and commit); launch date from the AWS News Blog post of 2018-11-27",
        history: &[
            entry(None, None),
            entry(Some(TRANSACTIONS_SINCE), whole(2)).sourced(TRANSACTIONS_LAUNCH),
        ],
    },
    Fact {
        id: MAX_ITEM_BYTES.as_str(),
        name: "maximum item size",
        unit: "bytes",
        source: CONSTRAINTS,
        confirmed: "read in the current AWS page: 400 KB, names and values included",
        history: &[entry(None, whole(409_600))],
    },
    Fact {
        id: INDEX_WRITES.as_str(),
        name: "index writes for a table write that adds or changes an index entry, key unchanged",
        unit: "writes",
        source: GSI,
        confirmed: "GSI.html, \"Provisioned throughput considerations for Global Secondary \
                    Indexes\" (researched in shared/facts D5, [DOC-CURRENT]): a new indexed item, \
                    an indexed attribute removed, or only projected non-key attributes changed \
                    cost one write on the index, and only index entries of 1 KB or less are \
                    covered by that count (larger entries cost more: awscalc rounds the entry \
                    up to 1 KB write units, the rule for every write); LSI.html says the same \
                    of local indexes. Searched 2026-12-01: the AWS whitepaper \"Comparing the \
                    Use of Amazon DynamoDB and Apache HBase\" (docs.aws.amazon.com) says a \
                    table write is throttled when a GSI lacks write capacity; the GSI page \
                    itself was not in the search index",
        history: &[entry(None, whole(1))],
    },
    Fact {
        id: INDEX_KEY_CHANGE_WRITES.as_str(),
        name: "index writes for a table write that changes the index's key attribute",
        unit: "writes",
        source: GSI,
        confirmed: "GSI.html#GSI.Writes, quoted: \"If an update to the table changes the value \
                    of an indexed key attribute (from A to B), two writes are required, one to \
                    delete the previous item from the index and another write to put the new \
                    item into the index\" (shared/facts D5, [DOC-CURRENT]; the same sentence, \
                    with its GSI.html address, found by search on 2026-12-01 in a copy on \
                    hashnode.com, and in an AWS re:Post answer: \"2 write units - one to \
                    delete ... and another to write a replacement\")",
        history: &[entry(None, whole(2))],
    },
    Fact {
        id: ITEM_COLLECTION_MAX_GB.as_str(),
        name: "largest item collection (one partition key value) of a table with local secondary indexes",
        unit: "GB",
        source: "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LSI.html",
        confirmed: "searched 2026-12-01: the DynamoDB API reference, as AWS's SDK pages on \
                    docs.aws.amazon.com print it (ItemCollectionSizeLimitExceededException: \
                    \"The total size of an item collection has exceeded the maximum limit of 10 \
                    gigabytes\"; LocalSecondaryIndexes: \"Tables with one or more local \
                    secondary indexes are subject to an item collection size limit, where the \
                    amount of data within a given item collection cannot exceed 10 GB\"); \
                    ItemCollectionMetrics: the size counts the table's items plus the \
                    attributes projected into all local indexes. Constraints.html: 1 GB = 1024 \
                    MB (shared/facts D5, [DOC-CURRENT])",
        history: &[entry(None, whole(10))],
    },
    Fact {
        id: ON_DEMAND_NEW_TABLE_WARM_READS.as_str(),
        name: "DynamoDB warm throughput (a new on-demand table's reads)",
        unit: "units/s",
        source: WARM,
        confirmed: WARM_CONFIRMED,
        history: &[entry(None, None), entry(Some(WARM_SINCE), whole(12_000))],
    },
    Fact {
        id: ON_DEMAND_NEW_TABLE_WARM_WRITES.as_str(),
        name: "DynamoDB warm throughput (a new on-demand table's writes)",
        unit: "units/s",
        source: WARM,
        confirmed: WARM_CONFIRMED,
        history: &[entry(None, None), entry(Some(WARM_SINCE), whole(4000))],
    },
    Fact {
        id: GSI_READ_FACTOR.as_str(),
        name: "read units per 4 KB of a global secondary index read (eventually consistent only)",
        unit: "×",
        source: GSI,
        confirmed: "GSI.html, \"Read capacity units\", found by search on 2026-12-01 in the \
                    awsdocs copy of the page: \"Global secondary indexes support eventually \
                    consistent reads, each of which consume one half of a read capacity unit\"; \
                    a Query of an index is sized by \"the sizes of the index entries, rather than \
                    the size of the item in the base table\" (its example: 8 entries of 2,000 \
                    bytes, 16 KB, 2 RCU) and consumes the index's read capacity; the Query API \
                    reference (in AWS SDK copies): \"Strongly consistent reads are not \
                    supported on global secondary indexes\" (ValidationException); the same \
                    in the AWS whitepaper \"Comparing the Use of Amazon DynamoDB and Apache \
                    HBase for NoSQL\" on docs.aws.amazon.com",
        history: &[entry(None, scaled(5, 1))],
    },
    Fact {
        id: AUTOSCALING_MIN_TARGET_PERCENT.as_str(),
        name: "lowest target utilization DynamoDB auto scaling takes",
        unit: "%",
        source: AUTOSCALING,
        confirmed: AUTOSCALING_CONFIRMED,
        history: &[entry(None, whole(20))],
    },
    Fact {
        id: AUTOSCALING_MAX_TARGET_PERCENT.as_str(),
        name: "highest target utilization DynamoDB auto scaling takes",
        unit: "%",
        source: AUTOSCALING,
        confirmed: AUTOSCALING_CONFIRMED,
        history: &[entry(None, whole(90))],
    },
    Fact {
        id: BURST_SECONDS.as_str(),
        name: "seconds of unused read and write capacity retained for bursts",
        unit: "s",
        source: "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/burst-adaptive-capacity.html",
        confirmed: "read in the current AWS page (shared/facts D7, [DOC-CURRENT]): \"DynamoDB \
                    currently retains up to five minutes (300 seconds) of unused read and write \
                    capacity\"; the page adds that burst capacity may be used for background \
                    maintenance without notice and that \"these burst capacity details might \
                    change in the future\"; no date of introduction or change was found, so \
                    awscalc keeps one value",
        history: &[entry(None, whole(300))],
    },
    Fact {
        id: DECREASES_PER_DAY.as_str(),
        name: "most decreases of a table's provisioned capacity in a UTC day",
        unit: "decreases",
        source: QUOTAS,
        confirmed: "ServiceQuotas.html, \"Decreasing provisioned throughput\" (shared/facts D7, \
                    [DOC-CURRENT]): 4 decreases are available at the start of each UTC day, \
                    then 1 more each hour (at most 4 held), so up to 27 in a day; increases are \
                    unlimited. Searched 2026-12-01: the API reference (NumberOfDecreasesToday, \
                    \"during this UTC calendar day\") points to that page for the maximums; \
                    GitHub issues of 2016 and 2018 (sebdah/dynamic-dynamodb #300, \
                    sbstjn/serverless-dynamodb-autoscaling #41) speak of 4 decreases a UTC day \
                    then; the date the hourly decreases came was not found, so awscalc keeps \
                    today's value only",
        history: &[entry(None, whole(27))],
    },
    Fact {
        id: DECREASES_AT_DAY_START.as_str(),
        name: "decreases of provisioned capacity available at the start of a UTC day",
        unit: "decreases",
        source: QUOTAS,
        confirmed: "ServiceQuotas.html, \"Decreasing provisioned throughput\" (shared/facts D7, \
                    [DOC-CURRENT]): 4 decreases are available at the start of each UTC day, \
                    then 1 more each hour (at most 4 held), so up to 27 in a day; increases are \
                    unlimited. Searched 2026-12-01: the API reference (NumberOfDecreasesToday, \
                    \"during this UTC calendar day\") points to that page for the maximums; \
                    GitHub issues of 2016 and 2018 (sebdah/dynamic-dynamodb #300, \
                    sbstjn/serverless-dynamodb-autoscaling #41) speak of 4 decreases a UTC day \
                    then; the date the hourly decreases came was not found, so awscalc keeps \
                    today's value only",
        history: &[entry(None, whole(4))],
    },
    Fact {
        id: NUMBER_BASE_BYTES.as_str(),
        name: "bytes a Number value takes besides its digits",
        unit: "bytes",
        source: ITEM_SIZES,
        confirmed: "read in the current AWS page (searched 2026-11-30): \"The size of a number is \
                    approximately (number of UTF-8-encoded bytes of attribute name) + (1 byte per \
                    two significant digits) + (1 byte)\"; AWS says approximately and gives no \
                    rule for the sign or the exponent, which awscalc does not count",
        history: &[entry(None, whole(1))],
    },
    Fact {
        id: NUMBER_DIGITS_PER_BYTE.as_str(),
        name: "significant digits a Number value stores per byte",
        unit: "digits",
        source: ITEM_SIZES,
        confirmed: "read in the current AWS page (searched 2026-11-30): \"1 byte per two \
                    significant digits\" and \"Leading and trailing zeroes are trimmed\"; \
                    awscalc rounds an odd count up (3 digits take 2 bytes)",
        history: &[entry(None, whole(2))],
    },
    Fact {
        id: NUMBER_MAX_DIGITS.as_str(),
        name: "most significant digits a Number value holds",
        unit: "digits",
        source: ITEM_SIZES,
        confirmed: "read in the current AWS page (searched 2026-11-30): \"Numbers are variable \
                    length, with up to 38 significant digits\"",
        history: &[entry(None, whole(38))],
    },
    Fact {
        id: NULL_BOOL_BYTES.as_str(),
        name: "size of a Null or Boolean value",
        unit: "bytes",
        source: ITEM_SIZES,
        confirmed: "read in the current AWS page (searched 2026-11-30): \"The size of a null \
                    attribute or a Boolean attribute is (number of UTF-8-encoded bytes of \
                    attribute name) + (1 byte)\"",
        history: &[entry(None, whole(1))],
    },
    Fact {
        id: COLLECTION_OVERHEAD_BYTES.as_str(),
        name: "overhead of a List or Map value, whatever it holds",
        unit: "bytes",
        source: ITEM_SIZES,
        confirmed: "read in the current AWS page (searched 2026-11-30): \"An attribute of type \
                    List or Map requires 3 bytes of overhead, regardless of its contents\"; the \
                    same in the older copy of the page",
        history: &[entry(None, whole(3))],
    },
    Fact {
        id: COLLECTION_ELEMENT_BYTES.as_str(),
        name: "overhead of each element of a List or Map",
        unit: "bytes",
        source: ITEM_SIZES,
        confirmed: "read in the current AWS page (searched 2026-11-30): \"Each List or Map \
                    element also requires 1 byte of overhead\". An older copy of the page (titled \
                    \"Item Sizes and Capacity Unit Consumption\") does not have this sentence; no \
                    date for the change of the page was found, and nothing says DynamoDB itself \
                    changed, so awscalc keeps one value",
        history: &[entry(None, whole(1))],
    },
    Fact {
        id: PAGE_BYTES.as_str(),
        name: "largest result of one Query or Scan call",
        unit: "bytes",
        source: "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Query.Pagination.html",
        confirmed: "read in the current AWS page: 1 MB per Query or Scan call, before any filter",
        history: &[entry(None, whole(1_048_576))],
    },
    Fact {
        id: PARTITION_MAX_RCU.as_str(),
        name: "most read units one partition serves",
        unit: "RCU",
        source: "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/burst-adaptive-capacity.html",
        confirmed: "read in the current AWS page: \"partition maximum of 3,000 RCUs and 1,000 WCUs\"",
        history: &[entry(None, whole(3000))],
    },
    Fact {
        id: PARTITION_MAX_WCU.as_str(),
        name: "most write units one partition serves",
        unit: "WCU",
        source: "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/burst-adaptive-capacity.html",
        confirmed: "read in the current AWS page: \"partition maximum of 3,000 RCUs and 1,000 WCUs\"",
        history: &[entry(None, whole(1000))],
    },
    Fact {
        id: TABLE_QUOTA_RCU.as_str(),
        name: "default per-table read quota, provisioned mode",
        unit: "RCU",
        source: QUOTAS,
        confirmed: "read in the current AWS page (default, adjustable, per Region)",
        history: &[entry(None, whole(40_000))],
    },
    Fact {
        id: TABLE_QUOTA_WCU.as_str(),
        name: "default per-table write quota, provisioned mode",
        unit: "WCU",
        source: QUOTAS,
        confirmed: "read in the current AWS page (default, adjustable, per Region)",
        history: &[entry(None, whole(40_000))],
    },
    Fact {
        id: TABLE_QUOTA_RRU.as_str(),
        name: "default per-table read quota, on-demand mode",
        unit: "RRU/s",
        source: QUOTAS,
        confirmed: "read in the current AWS page (default, adjustable, per Region)",
        history: &[entry(None, whole(40_000))],
    },
    Fact {
        id: TABLE_QUOTA_WRU.as_str(),
        name: "default per-table write quota, on-demand mode",
        unit: "WRU/s",
        source: QUOTAS,
        confirmed: "read in the current AWS page (default, adjustable, per Region)",
        history: &[entry(None, whole(40_000))],
    },
    Fact {
        id: ACCOUNT_QUOTA_RCU.as_str(),
        name: "default per-account read quota, provisioned mode",
        unit: "RCU",
        source: QUOTAS,
        confirmed: "read in the current AWS page (default, adjustable, per Region)",
        history: &[entry(None, whole(80_000))],
    },
    Fact {
        id: ACCOUNT_QUOTA_WCU.as_str(),
        name: "default per-account write quota, provisioned mode",
        unit: "WCU",
        source: QUOTAS,
        confirmed: "read in the current AWS page (default, adjustable, per Region)",
        history: &[entry(None, whole(80_000))],
    },
    Fact {
        id: MIN_PROVISIONED_UNITS.as_str(),
        name: "smallest provisioned capacity of a table or index",
        unit: "units",
        source: QUOTAS,
        confirmed: "read in the current AWS page: minimum 1 RCU and 1 WCU",
        history: &[entry(None, whole(1))],
    },
    Fact {
        id: BATCH_GET_MAX_ITEMS.as_str(),
        name: "most items in one BatchGetItem",
        unit: "items",
        source: CONSTRAINTS,
        confirmed: DOC_CURRENT,
        history: &[entry(None, whole(100))],
    },
    Fact {
        id: BATCH_WRITE_MAX_ITEMS.as_str(),
        name: "most put or delete requests in one BatchWriteItem",
        unit: "items",
        source: CONSTRAINTS,
        confirmed: DOC_CURRENT,
        history: &[entry(None, whole(25))],
    },
    Fact {
        id: BATCH_MAX_BYTES.as_str(),
        name: "largest total size of one BatchGetItem or BatchWriteItem",
        unit: "bytes",
        source: CONSTRAINTS,
        confirmed: "read in the current AWS page: 16 MB (binary, as all DynamoDB sizes)",
        history: &[entry(None, whole(16_777_216))],
    },
    Fact {
        id: TRANSACT_MAX_ITEMS.as_str(),
        name: "most items in one TransactGetItems or TransactWriteItems",
        unit: "items",
        source: TRANSACTIONS,
        confirmed: "100 read in the current AWS page and API reference (\"groups up to 100 action \
             requests\"). 10 at the launch on 2018-11-27: SDK documentation of the time (AWS SDK for \
             Java v1 and others: \"groups up to 10 action requests\") and course notes (\"up to 10 \
             unique items or up to 4 MB of data\"). 25 from June 2019: the What's New URL is dated \
             2019/06 and a public pull request cites it on 2019-07-09 (ccbrown/keyvaluestore #1); the \
             day was not found (searched 2026-11: What's New, SDK changelogs, the DynamoDB guide's \
             history, whose first copy of the page, 2019-07-02, already says 25), so the date is \
             month only and awscalc uses 2019-06-01. 100 from 2022-09-06: \"As of 06/09/2022\" \
             (HENNGE/aiodynamo #153, quoting the What's New of 2022/09) and a pull request of \
             2022-09-08 already citing it (AllocZero/EfficientDynamoDb #197); the day is from these \
             secondary sources, not from AWS text",
        history: &[
            entry(None, None),
            entry(Some(TRANSACTIONS_SINCE), whole(10)).sourced(TRANSACTIONS_LAUNCH),
            entry(Some(TRANSACTIONS_25_SINCE), whole(25))
                .month_only()
                .sourced(TRANSACTIONS_25),
            entry(Some(TRANSACTIONS_100_SINCE), whole(100)).sourced(TRANSACTIONS_100),
        ],
    },
    Fact {
        id: TRANSACT_MAX_BYTES.as_str(),
        name: "largest total size of one transaction",
        unit: "bytes",
        source: TRANSACTIONS,
        confirmed: "4 MB read in the current AWS page and API reference (\"The aggregate size of the \
             items in the transaction cannot exceed 4 MB\"); 4 MB already at the 2018-11-27 launch \
             (course notes of the time: \"up to 10 unique items or up to 4 MB of data\"), and the \
             June 2019 and September 2022 changes raised only the item count (the 2019 What's New \
             title keeps \"4 MB of data\"; the 2022 one names only actions)",
        history: &[
            entry(None, None),
            entry(Some(TRANSACTIONS_SINCE), whole(4_194_304)).sourced(TRANSACTIONS_LAUNCH),
        ],
    },
    Fact {
        id: ON_DEMAND_NEW_TABLE_READS.as_str(),
        name: "reads per second a new on-demand table sustains at once",
        unit: "reads/s",
        source: "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/on-demand-capacity-mode.html",
        confirmed: "read in the current AWS page: \"up to 4,000 writes per second and 12,000 reads per second\"; whether it held since on-demand launched (2018) is not confirmed",
        history: &[entry(None, whole(12_000))],
    },
    Fact {
        id: ON_DEMAND_NEW_TABLE_WRITES.as_str(),
        name: "writes per second a new on-demand table sustains at once",
        unit: "writes/s",
        source: "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/on-demand-capacity-mode.html",
        confirmed: "read in the current AWS page: \"up to 4,000 writes per second and 12,000 reads per second\"; whether it held since on-demand launched (2018) is not confirmed",
        history: &[entry(None, whole(4000))],
    },
    Fact {
        id: ON_DEMAND_PEAK_FACTOR.as_str(),
        name: "times its previous peak an on-demand table accommodates at once",
        unit: "times",
        source: "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/on-demand-capacity-mode.html",
        confirmed: "searched 2026-12-01: the on-demand page (Initial throughput and scaling \
                    properties) says on-demand instantly accommodates up to double the previous \
                    peak traffic, its example a peak of 50,000 reads/s; the pre-warming page says \
                    the table is not throttled if it \"doesn't exceed twice its previous peak \
                    traffic\"; whether it held since on-demand launched (2018) is not confirmed",
        history: &[entry(None, whole(2))],
    },
    Fact {
        id: ON_DEMAND_PEAK_WINDOW_MINUTES.as_str(),
        name: "minutes within which traffic above double the previous peak may throttle",
        unit: "minutes",
        source: "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/pre-warming-on-demand-capacity-mode.html",
        confirmed: "searched 2026-12-01: the pre-warming page says \"throttling can still occur \
                    if the throughput exceeds twice the previous peak within the same 30 \
                    minutes\"; the AWS knowledge-center article on on-demand throttling advises \
                    spreading traffic growth over at least 30 minutes; whether it held since \
                    on-demand launched (2018) is not confirmed",
        history: &[entry(None, whole(30))],
    },
    Fact {
        id: MODE_SWITCHES_PER_DAY.as_str(),
        name: "switches from provisioned to on-demand mode per 24 hours",
        unit: "switches",
        source: CONSTRAINTS,
        confirmed: "4 read in the current AWS page; the change from once per 24 hours on 2025-08-12 read in the DynamoDB document history",
        history: &[
            entry(None, whole(1)),
            entry(Some(date(2025, 8, 12)), whole(4)),
        ],
    },
];
