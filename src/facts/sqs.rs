//! Amazon SQS facts. Researched values: `shared/facts/lambda-sqs-compute.md` §6, each
//! checked again with the search tool (2026-12-01) as its `confirmed` note says.
//!
//! Units: SQS sets its timeouts and wait times in whole seconds (the API's
//! `VisibilityTimeout`, `WaitTimeSeconds`), so the facts here are seconds and counts.
//!
//! The 64 KB billing chunk (each 64 KB of a payload billed as one request) was found only
//! quoted from the SQS pricing page by third-party pages, not on an AWS page the search tool
//! holds: `sqs.billing_chunk_bytes` says so, and `sqs --price-per-million` warns.

use super::{entry, whole, Fact, FactId};

// Typed handles: calculators name a fact by one of these, so a typo does not compile.
/// `sqs.visibility_timeout_default_seconds`: a queue's visibility timeout unless set.
pub const VISIBILITY_TIMEOUT_DEFAULT_SECONDS: FactId =
    FactId::new("sqs.visibility_timeout_default_seconds");
/// `sqs.visibility_timeout_min_seconds`: the shortest visibility timeout.
pub const VISIBILITY_TIMEOUT_MIN_SECONDS: FactId =
    FactId::new("sqs.visibility_timeout_min_seconds");
/// `sqs.visibility_timeout_max_seconds`: the longest visibility timeout (12 hours).
pub const VISIBILITY_TIMEOUT_MAX_SECONDS: FactId =
    FactId::new("sqs.visibility_timeout_max_seconds");
/// `sqs.lambda_visibility_timeout_multiple`: how many function timeouts a queue that
/// triggers Lambda should give as its visibility timeout.
pub const LAMBDA_VISIBILITY_TIMEOUT_MULTIPLE: FactId =
    FactId::new("sqs.lambda_visibility_timeout_multiple");
/// `sqs.lambda_batching_window_max_seconds`: the longest batching window of an SQS event
/// source mapping.
pub const LAMBDA_BATCHING_WINDOW_MAX_SECONDS: FactId =
    FactId::new("sqs.lambda_batching_window_max_seconds");
/// `sqs.receive_wait_time_max_seconds`: the longest long-polling wait of one receive.
pub const RECEIVE_WAIT_TIME_MAX_SECONDS: FactId = FactId::new("sqs.receive_wait_time_max_seconds");
/// `sqs.receive_messages_max`: the most messages one ReceiveMessage call returns.
pub const RECEIVE_MESSAGES_MAX: FactId = FactId::new("sqs.receive_messages_max");
/// `sqs.receive_messages_default`: messages one ReceiveMessage call returns at most when
/// `MaxNumberOfMessages` is not given.
pub const RECEIVE_MESSAGES_DEFAULT: FactId = FactId::new("sqs.receive_messages_default");

const VISIBILITY: &str = "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_ChangeMessageVisibility.html";
const LAMBDA_SQS: &str = "https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html";
const BATCHING_WINDOW: &str =
    "https://docs.aws.amazon.com/lambda/latest/api/API_CreateEventSourceMapping.html";
const LONG_POLLING: &str = "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/best-practices-setting-up-long-polling.html";
const RECEIVE: &str =
    "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_ReceiveMessage.html";

const VISIBILITY_CONFIRMED: &str = "read in the current API reference (ChangeMessageVisibility, \
     on docs.aws.amazon.com and in the AWS CLI reference): \"The default visibility timeout for \
     a message is 30 seconds. The minimum is 0 seconds. The maximum is 12 hours\", with \
     VisibilityTimeout \"0 to 43200\" seconds (searched 2026-12-01). No earlier value is known";

pub(super) static FACTS: &[Fact] = &[
    Fact {
        id: VISIBILITY_TIMEOUT_DEFAULT_SECONDS.as_str(),
        name: "a queue's visibility timeout unless set (VisibilityTimeout)",
        unit: "seconds",
        source: VISIBILITY,
        confirmed: VISIBILITY_CONFIRMED,
        history: &[entry(None, whole(30))],
    },
    Fact {
        id: VISIBILITY_TIMEOUT_MIN_SECONDS.as_str(),
        name: "shortest visibility timeout of a queue or a message",
        unit: "seconds",
        source: VISIBILITY,
        confirmed: VISIBILITY_CONFIRMED,
        history: &[entry(None, whole(0))],
    },
    Fact {
        id: VISIBILITY_TIMEOUT_MAX_SECONDS.as_str(),
        name: "longest visibility timeout of a queue or a message (12 hours)",
        unit: "seconds",
        source: VISIBILITY,
        confirmed: VISIBILITY_CONFIRMED,
        history: &[entry(None, whole(43_200))],
    },
    Fact {
        id: LAMBDA_VISIBILITY_TIMEOUT_MULTIPLE.as_str(),
        name: "function timeouts a queue that triggers Lambda should give as its visibility timeout (at least)",
        unit: "×",
        source: LAMBDA_SQS,
        confirmed: "read in the current Lambda developer guide (services-sqs-configure): \"set \
             the source queue's visibility timeout to at least six times the configuration \
             timeout on your function. The extra time allows Lambda to retry if your function \
             is throttled while processing a previous batch\"; the SQS developer guide \
             (sqs-configure-lambda-function-trigger) says the same (searched 2026-12-01). The \
             page also says Lambda refuses an event source mapping whose function timeout is \
             above the queue's visibility timeout. Neither page adds the batching window: \
             awscalc adds it on top, as the messages are in flight while Lambda gathers a batch. \
             Since when the advice stands was not found",
        history: &[entry(None, whole(6))],
    },
    Fact {
        id: LAMBDA_BATCHING_WINDOW_MAX_SECONDS.as_str(),
        name: "longest batching window of an SQS event source mapping (MaximumBatchingWindowInSeconds)",
        unit: "seconds",
        source: BATCHING_WINDOW,
        confirmed: "read in the current Lambda API reference (as the AWS SDK for Kotlin \
             reference on docs.aws.amazon.com quotes it): \"You can configure \
             MaximumBatchingWindowInSeconds to any value from 0 seconds to 300 seconds\"; for \
             SQS the default is 0 (searched 2026-12-01). Batching windows for SQS came in \
             November 2020 (What's New, 2020/11, as an aws-cdk issue quotes it); awscalc gives \
             300 s without a date, as the day was not read on an AWS page",
        history: &[entry(None, whole(300))],
    },
    Fact {
        id: RECEIVE_WAIT_TIME_MAX_SECONDS.as_str(),
        name: "longest wait of one ReceiveMessage call (long polling; 0 is short polling)",
        unit: "seconds",
        source: LONG_POLLING,
        confirmed: "read in the current SQS developer guide \
             (best-practices-setting-up-long-polling): \"When the wait time for the \
             ReceiveMessage API action is greater than 0, long polling is in effect. The \
             maximum long polling wait time is 20 seconds\" (searched 2026-12-01). Long polling \
             dates from 2012 by the research notes, from memory only, so no date is given",
        history: &[entry(None, whole(20))],
    },
    Fact {
        id: RECEIVE_MESSAGES_MAX.as_str(),
        name: "most messages one ReceiveMessage call returns (MaxNumberOfMessages)",
        unit: "messages",
        source: RECEIVE,
        confirmed: "the API reference (ReceiveMessage): MaxNumberOfMessages \"Valid values: 1 \
             to 10. Default: 1\", as the research notes read it in AWS's API model and as the \
             search tool showed it quoted (searched 2026-12-01)",
        history: &[entry(None, whole(10))],
    },
    Fact {
        id: RECEIVE_MESSAGES_DEFAULT.as_str(),
        name: "most messages one ReceiveMessage call returns when MaxNumberOfMessages is not given",
        unit: "messages",
        source: RECEIVE,
        confirmed: "the API reference (ReceiveMessage): MaxNumberOfMessages \"Valid values: 1 \
             to 10. Default: 1\", as for sqs.receive_messages_max",
        history: &[entry(None, whole(1))],
    },
];

/// `sqs.message_size_max_bytes`: the largest message (body and attributes) SQS accepts.
pub const MESSAGE_SIZE_MAX_BYTES: FactId = FactId::new("sqs.message_size_max_bytes");
/// `sqs.extended_client_max_bytes`: the largest payload the Extended Client Library stores
/// in S3 for one message.
pub const EXTENDED_CLIENT_MAX_BYTES: FactId = FactId::new("sqs.extended_client_max_bytes");

/// `sqs.retention_min_seconds`: the shortest message retention period.
pub const RETENTION_MIN_SECONDS: FactId = FactId::new("sqs.retention_min_seconds");
/// `sqs.retention_max_seconds`: the longest message retention period (14 days).
pub const RETENTION_MAX_SECONDS: FactId = FactId::new("sqs.retention_max_seconds");
/// `sqs.retention_default_seconds`: a queue's retention period unless set (4 days).
pub const RETENTION_DEFAULT_SECONDS: FactId = FactId::new("sqs.retention_default_seconds");
/// `sqs.delay_max_seconds`: the longest delay of a queue or message (15 minutes).
pub const DELAY_MAX_SECONDS: FactId = FactId::new("sqs.delay_max_seconds");
/// `sqs.in_flight_max_standard`: about the most in-flight messages of a standard queue.
pub const IN_FLIGHT_MAX_STANDARD: FactId = FactId::new("sqs.in_flight_max_standard");
/// `sqs.in_flight_max_fifo`: the most in-flight messages of a FIFO queue.
pub const IN_FLIGHT_MAX_FIFO: FactId = FactId::new("sqs.in_flight_max_fifo");
/// `sqs.max_receive_count_min`: the least maxReceiveCount of a redrive policy.
pub const MAX_RECEIVE_COUNT_MIN: FactId = FactId::new("sqs.max_receive_count_min");
/// `sqs.max_receive_count_max`: the most maxReceiveCount of a redrive policy.
pub const MAX_RECEIVE_COUNT_MAX: FactId = FactId::new("sqs.max_receive_count_max");

const QUOTAS_MESSAGES: &str =
    "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html";
const LARGE_PAYLOADS_2013: &str =
    "https://aws.amazon.com/about-aws/whats-new/2013/06/18/amazon-sqs-announces-256KB-large-payloads/";
const ONE_MIB_2025: &str = "https://aws.amazon.com/blogs/compute/more-room-to-build-serverless-services-now-support-payloads-up-to-1-mb";
const EXTENDED_CLIENT: &str =
    "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-s3-messages.html";

/// 256 KB messages: AWS What's New of 2013-06-18 (its address carries the date).
const LARGE_PAYLOADS_SINCE: jiff::civil::Date = jiff::civil::date(2013, 6, 18);
/// 1 MiB messages: August 2025; the day is not confirmed (see the fact's note).
const ONE_MIB_SINCE: jiff::civil::Date = jiff::civil::date(2025, 8, 4);

const QUOTAS_QUEUES: &str =
    "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-queues.html";
const QUOTAS_FIFO: &str =
    "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-fifo.html";
const DEAD_LETTER: &str = "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html";
const FIFO_IN_FLIGHT_NEWS: &str = "https://aws.amazon.com/about-aws/whats-new/2024/11/amazon-sqs-increases-in-flight-limit-fifo-queues/";
/// FIFO in-flight 120,000: What's New 2024/11 by its address; the day was not read, so
/// the 1st stands in and only the month is shown.
const FIFO_IN_FLIGHT_SINCE: jiff::civil::Date = jiff::civil::date(2024, 11, 1);

const RETENTION_CONFIRMED: &str = "read in the current SQS developer guide \
     (quotas-messages): \"Message retention By default, a message is retained for 4 days. The \
     minimum is 60 seconds (1 minute). The maximum is 1,209,600 seconds (14 days)\" (searched \
     2026-12-01). No earlier value is known";

const MAX_RECEIVE_CONFIRMED: &str = "NOT CONFIRMED on an AWS documentation page: the range 1 \
     to 1,000 was found only in AWS's Modern Data Architecture Accelerator docs on \
     aws.github.io (\"maxReceiveCount must be a number between 1 and 1000\") and IaC \
     validators; the SQS guide and API reference the search tool holds give no range \
     (searched 2026-12-01). awscalc uses it and says so where it decides an answer";

pub(super) static MESSAGE_FACTS: &[Fact] = &[
    Fact {
        id: MESSAGE_SIZE_MAX_BYTES.as_str(),
        name: "largest SQS message, body and attributes",
        unit: "bytes",
        source: QUOTAS_MESSAGES,
        confirmed: "the current value is in the SQS developer guide (batch actions: \"cannot \
             exceed 1,048,576 bytes (1 MiB)\"; quotas-messages, as the research notes read \
             it: \"maximum is 1,048,576 bytes (1 MiB)\"). The raise from 256 KB came with \
             Lambda's and EventBridge's (AWS Compute Blog, \"serverless services now support \
             payloads up to 1 MB\"); the research notes date SQS's What's New 2025-08-04 (one \
             copy 2025-08-05), which the search tool did not hold, so awscalc keeps the month \
             only. 256 KB (262,144 bytes) came on 2013-06-18 (the What's New address, quoted \
             in an elasticmq issue, and boto's changelog of that day); before it 64 KB, as the \
             elasticmq issue quotes AWS (boto's changelog says 32k). An 8 KB limit before \
             about 2010 is remembered only and left out",
        history: &[
            entry(None, whole(65_536)),
            entry(Some(LARGE_PAYLOADS_SINCE), whole(262_144)).sourced(LARGE_PAYLOADS_2013),
            entry(Some(ONE_MIB_SINCE), whole(1_048_576))
                .sourced(ONE_MIB_2025)
                .month_only(),
        ],
    },
    Fact {
        id: EXTENDED_CLIENT_MAX_BYTES.as_str(),
        name: "largest payload the SQS Extended Client Library stores in S3 for one message (2 GB)",
        unit: "bytes",
        source: EXTENDED_CLIENT,
        confirmed: "AWS's own library (awslabs/amazon-sqs-java-extended-client-lib README, and \
             its Maven description: \"messages up to 2GB via Amazon S3\") and the research \
             notes' reading of quotas-messages (\"maximum payload size is 2 GB\"), searched \
             2026-12-01. AWS writes GB without a byte count; awscalc reads it as 1,024-based, \
             like every SQS size (2,147,483,648 bytes)",
        history: &[entry(None, whole(2_147_483_648))],
    },
    Fact {
        id: RETENTION_MIN_SECONDS.as_str(),
        name: "shortest message retention period (MessageRetentionPeriod)",
        unit: "seconds",
        source: QUOTAS_MESSAGES,
        confirmed: RETENTION_CONFIRMED,
        history: &[entry(None, whole(60))],
    },
    Fact {
        id: RETENTION_MAX_SECONDS.as_str(),
        name: "longest message retention period (14 days)",
        unit: "seconds",
        source: QUOTAS_MESSAGES,
        confirmed: RETENTION_CONFIRMED,
        history: &[entry(None, whole(1_209_600))],
    },
    Fact {
        id: RETENTION_DEFAULT_SECONDS.as_str(),
        name: "a queue's message retention period unless set (4 days)",
        unit: "seconds",
        source: QUOTAS_MESSAGES,
        confirmed: RETENTION_CONFIRMED,
        history: &[entry(None, whole(345_600))],
    },
    Fact {
        id: DELAY_MAX_SECONDS.as_str(),
        name: "longest delay of a queue (DelaySeconds) or a message timer (15 minutes)",
        unit: "seconds",
        source: QUOTAS_QUEUES,
        confirmed: "read in the current SQS developer guide (quotas-queues and quotas-fifo): \
             \"Delay queue The default (minimum) delay for a queue is 0 seconds. The maximum is \
             15 minutes\" (searched 2026-12-01). No earlier value is known",
        history: &[entry(None, whole(900))],
    },
    Fact {
        id: IN_FLIGHT_MAX_STANDARD.as_str(),
        name: "in-flight messages of a standard queue, about (received, not yet deleted)",
        unit: "messages",
        source: QUOTAS_QUEUES,
        confirmed: "read in the current SQS developer guide (quotas-queues): \"For most \
             standard queues (depending on queue traffic and message backlog), there can be a \
             maximum of approximately 120,000 in flight messages … If you reach this quota while \
             using short polling, Amazon SQS returns the OverLimit error message\" (searched \
             2026-12-01). No earlier value is known",
        history: &[entry(None, whole(120_000))],
    },
    Fact {
        id: IN_FLIGHT_MAX_FIFO.as_str(),
        name: "in-flight messages of a FIFO queue (received, not yet deleted)",
        unit: "messages",
        source: QUOTAS_FIFO,
        confirmed: "read in the current SQS developer guide (quotas-fifo): \"FIFO queues \
             support a maximum of 120,000 in-flight messages … If this limit is reached, Amazon \
             SQS does not return an error\"; 20,000 before, in older guides and exam material \
             (Packt's developer guide, Blue Matador). The What's New address \
             (2024/11, amazon-sqs-increases-in-flight-limit-fifo-queues) comes from the research \
             notes; the search tool did not hold the post, so the month is NOT CONFIRMED on an \
             AWS page and the day is not known: awscalc shows the month only (searched \
             2026-12-01)",
        history: &[
            entry(None, whole(20_000)),
            entry(Some(FIFO_IN_FLIGHT_SINCE), whole(120_000))
                .sourced(FIFO_IN_FLIGHT_NEWS)
                .month_only(),
        ],
    },
    Fact {
        id: MAX_RECEIVE_COUNT_MIN.as_str(),
        name: "least maxReceiveCount of a redrive policy (receives before the dead-letter queue)",
        unit: "receives",
        source: DEAD_LETTER,
        confirmed: MAX_RECEIVE_CONFIRMED,
        history: &[entry(None, whole(1))],
    },
    Fact {
        id: MAX_RECEIVE_COUNT_MAX.as_str(),
        name: "most maxReceiveCount of a redrive policy (receives before the dead-letter queue)",
        unit: "receives",
        source: DEAD_LETTER,
        confirmed: MAX_RECEIVE_CONFIRMED,
        history: &[entry(None, whole(1000))],
    },
];

/// `sqs.fifo_tps_per_action`: API calls per second, per action, of a FIFO queue without
/// high-throughput mode.
pub const FIFO_TPS_PER_ACTION: FactId = FactId::new("sqs.fifo_tps_per_action");
/// `sqs.batch_messages_max`: the most messages in one batch request.
pub const BATCH_MESSAGES_MAX: FactId = FactId::new("sqs.batch_messages_max");
/// `sqs.fifo_high_throughput_tps_highest`: API calls per second, per action, of a FIFO
/// queue in high-throughput mode in the Regions with the highest figure.
pub const FIFO_HIGH_THROUGHPUT_TPS_HIGHEST: FactId =
    FactId::new("sqs.fifo_high_throughput_tps_highest");
/// `sqs.fifo_high_throughput_tps_lowest`: the same in the Regions with the lowest figure.
pub const FIFO_HIGH_THROUGHPUT_TPS_LOWEST: FactId =
    FactId::new("sqs.fifo_high_throughput_tps_lowest");
/// `sqs.queue_max_message_size_min_bytes`: the least a queue's MaximumMessageSize can be.
pub const QUEUE_MAX_MESSAGE_SIZE_MIN_BYTES: FactId =
    FactId::new("sqs.queue_max_message_size_min_bytes");
/// `sqs.fifo_receives_in_flight_per_group`: receives of one FIFO message group that can be
/// in flight at once (the next waits for the delete or the visibility timeout).
pub const FIFO_RECEIVES_IN_FLIGHT_PER_GROUP: FactId =
    FactId::new("sqs.fifo_receives_in_flight_per_group");
/// `sqs.billing_chunk_bytes`: the payload one billed request carries; each further chunk of
/// a payload is billed as another request.
pub const BILLING_CHUNK_BYTES: FactId = FactId::new("sqs.billing_chunk_bytes");

const FIFO_DELIVERY: &str = "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/FIFO-queues-understanding-logic.html";
const PRICING: &str = "https://aws.amazon.com/sqs/pricing/";

const FIFO_LAUNCH: &str = "https://aws.amazon.com/about-aws/whats-new/2016/11/amazon-sqs-introduces-fifo-queues-with-exactly-once-processing-and-lower-prices-for-standard-queues/";
const FIFO_70K_BLOG: &str = "https://aws.amazon.com/blogs/aws/announcing-throughput-increase-and-dead-letter-queue-redrive-support-for-amazon-sqs-fifo-queues/";
const CREATE_QUEUE: &str =
    "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_CreateQueue.html";
/// FIFO queues: What's New of 2016-11-17 ("Posted On: Nov 17, 2016").
const FIFO_SINCE: jiff::civil::Date = jiff::civil::date(2016, 11, 17);
/// 9,000 TPS: August 2023 (the AWS News Blog of November 2023); the day is not known.
const HT_9K_SINCE: jiff::civil::Date = jiff::civil::date(2023, 8, 1);
/// 18,000 TPS: October 2023 (the same blog); the day is not known.
const HT_18K_SINCE: jiff::civil::Date = jiff::civil::date(2023, 10, 1);
/// 70,000 TPS: the AWS News Blog post of November 2023; copies date it 27 or 28 November.
const HT_70K_SINCE: jiff::civil::Date = jiff::civil::date(2023, 11, 1);

pub(super) static FIFO_FACTS: &[Fact] = &[
    Fact {
        id: FIFO_TPS_PER_ACTION.as_str(),
        name: "API calls per second, per action (send, receive, delete), of a FIFO queue without high-throughput mode",
        unit: "calls per second",
        source: QUOTAS_MESSAGES,
        confirmed: "read in the current SQS developer guide (troubleshooting-fifo-throttling-issues: \
             \"By default, FIFO queues support 300 transactions per second, per API action for \
             SendMessage, ReceiveMessage, and DeleteMessage\"; quotas-messages: \"If you use \
             batching, non-high throughput FIFO queues support up to 3,000 messages per second \
             … 300 API calls, each with a batch of 10 messages\") and in the What's New post of \
             the FIFO launch, 2016-11-17 (\"limited to 300 transactions per second (TPS) per API \
             action\"), searched 2026-12-01. Unchanged since the launch; before it there were no \
             FIFO queues",
        history: &[
            entry(None, None),
            entry(Some(FIFO_SINCE), whole(300)).sourced(FIFO_LAUNCH),
        ],
    },
    Fact {
        id: BATCH_MESSAGES_MAX.as_str(),
        name: "most messages in one batch request (SendMessageBatch, DeleteMessageBatch)",
        unit: "messages",
        source: QUOTAS_MESSAGES,
        confirmed: "read in the current SQS developer guide (quotas-messages: \"A single message \
             batch request can include a maximum of 10 messages\"), searched 2026-12-01. No \
             earlier value is known",
        history: &[entry(None, whole(10))],
    },
    Fact {
        id: FIFO_HIGH_THROUGHPUT_TPS_HIGHEST.as_str(),
        name: "API calls per second, per action, of a high-throughput FIFO queue in the Regions with the highest figure",
        unit: "calls per second",
        source: QUOTAS_MESSAGES,
        confirmed: "the current figure read in the SQS developer guide (quotas-messages, as a \
             copy of the page shows it: \"US East (N. Virginia), US West (Oregon), and Europe \
             (Ireland): Up to 70,000 transactions per second (TPS). US East (Ohio) and Europe \
             (Frankfurt): Up to 19,000 TPS\"); the history from the AWS News Blog of November \
             2023 (\"high throughput mode launched in 2021 … up to 3,000 TPS per API action, \
             depending on the Region. One year later, that quota was doubled to up to 6,000 … \
             up to 9,000 TPS per API action in August and up to 18,000 TPS per API action in \
             October\", then 70,000), searched 2026-12-01; awscalc keeps the month only of each \
             raise (the 70,000 post is dated 27 or 28 November 2023 in copies). The 6,000 of 2022 has no month on \
             that page and is left out (awscalc gives 3,000 until August 2023); high-throughput \
             mode did not exist before 2021, so earlier dates describe a mode not yet offered",
        history: &[
            entry(None, whole(3_000)),
            entry(Some(HT_9K_SINCE), whole(9_000))
                .sourced(FIFO_70K_BLOG)
                .month_only(),
            entry(Some(HT_18K_SINCE), whole(18_000))
                .sourced(FIFO_70K_BLOG)
                .month_only(),
            entry(Some(HT_70K_SINCE), whole(70_000))
                .sourced(FIFO_70K_BLOG)
                .month_only(),
        ],
    },
    Fact {
        id: FIFO_HIGH_THROUGHPUT_TPS_LOWEST.as_str(),
        name: "API calls per second, per action, of a high-throughput FIFO queue in the Regions with the lowest figure",
        unit: "calls per second",
        source: QUOTAS_MESSAGES,
        confirmed: "NOT CONFIRMED on an AWS page: the research notes read 2,400 TPS for \"all \
             other Regions\" in quotas-messages, but the copies of the page the search tool \
             holds stop after the 70,000 and 19,000 Regions, and the What's New post of October \
             2023 (as a copy shows it) stops at 4,500 (Europe (London), South America (São \
             Paulo)), searched 2026-12-01. awscalc uses 2,400 only when --tps is not given and \
             says so; no history is known",
        history: &[entry(None, whole(2_400))],
    },
    Fact {
        id: QUEUE_MAX_MESSAGE_SIZE_MIN_BYTES.as_str(),
        name: "least a queue's MaximumMessageSize attribute can be set to",
        unit: "bytes",
        source: CREATE_QUEUE,
        confirmed: "the API reference (CreateQueue, SetQueueAttributes): MaximumMessageSize \
             \"An integer from 1,024 bytes (1 KiB) to\" the service maximum (262,144 bytes in \
             the SDK references of before August 2025, as the AWS SDK for Ruby's copy shows; \
             1,048,576 bytes now, as Pulumi's copy of the current reference shows), searched \
             2026-12-01. The upper end is sqs.message_size_max_bytes",
        history: &[entry(None, whole(1_024))],
    },
    Fact {
        id: FIFO_RECEIVES_IN_FLIGHT_PER_GROUP.as_str(),
        name: "receives (of up to 10 messages) of one FIFO message group in flight at once",
        unit: "receive",
        source: FIFO_DELIVERY,
        confirmed: "read in the SQS developer guide (FIFO-queues-understanding-logic): \"When you \
             receive a message with a message group ID, no more messages for the same message \
             group ID are returned unless you delete the message or it becomes visible\" (the \
             awsdocs copy of 2021), and in the current page: up to 10 messages of one group in \
             one call, but no further messages of that group \"in subsequent requests unless\" \
             the received ones are deleted or visible again; AWS's knowledge-center article \
             sqs-fifo-messages-not-returned says the same (\"Inflight messages block delivery of \
             available messages within the same message group\"), searched 2026-12-01. The rule \
             stands since the FIFO launch (2016-11-17) by those pages; no other value is known",
        history: &[entry(None, None), entry(Some(FIFO_SINCE), whole(1))],
    },
    Fact {
        id: BILLING_CHUNK_BYTES.as_str(),
        name: "payload one billed SQS request carries (each further 64 KB chunk is another request)",
        unit: "bytes",
        source: PRICING,
        confirmed: "NOT CONFIRMED on a page the search tool holds from AWS: the rule \"Each 64 KB \
             chunk of a payload is billed as 1 request (for example, an API action with a 256 KB \
             payload is billed as 4 requests)\" is quoted from the SQS pricing page by \
             third-party cost tools and study notes, and AWS's SNS pages state the same for SNS; \
             the SQS developer guide, API reference and What's New posts the tool holds do not \
             state it (searched 2026-12-01). KB is read as 1,024 bytes, as SQS states its sizes \
             (256 KB = 262,144 bytes). awscalc uses it for sqs --price-per-million and says so",
        history: &[entry(None, whole(65_536))],
    },
];
