//! Amazon SNS facts. Researched values: `shared/facts/lambda-sqs-compute.md` §7, each
//! checked again with the search tool (2026-12-01) as its `confirmed` note says.
//!
//! Units: SNS states message sizes in bytes with KiB and MiB (`262,144 bytes (256 KiB)`),
//! so sizes here are bytes, 1,024-based; an SMS is 140 bytes of 7-bit GSM characters or
//! 16-bit UCS-2 characters.
//!
//! Left out, and why: SNS FIFO throughput (3,000 messages a second per topic, and the
//! high-throughput mode's Regional figures) was found only in a CDK doc string and not on
//! an AWS page the search tool holds; the size of SNS messages before 2013 (64 KB or 32 KB
//! by memory and boto's changelog) was not read on an AWS page either, so the 256 KiB
//! default carries no earlier value.

use super::{entry, whole, Fact, FactId};

// Typed handles: calculators name a fact by one of these, so a typo does not compile.
/// `sns.message_size_default_bytes`: a topic's `MaximumMessageSize` unless set (256 KiB).
pub const MESSAGE_SIZE_DEFAULT_BYTES: FactId = FactId::new("sns.message_size_default_bytes");
/// `sns.topic_max_message_size_max_bytes`: the most a topic's `MaximumMessageSize` can be
/// set to (1 MiB since 2026-09-18).
pub const TOPIC_MAX_MESSAGE_SIZE_MAX_BYTES: FactId =
    FactId::new("sns.topic_max_message_size_max_bytes");
/// `sns.topic_max_message_size_min_bytes`: the least a topic's `MaximumMessageSize` can
/// be set to.
pub const TOPIC_MAX_MESSAGE_SIZE_MIN_BYTES: FactId =
    FactId::new("sns.topic_max_message_size_min_bytes");
/// `sns.large_topic_subscriptions_max`: the most subscriptions of a topic whose
/// `MaximumMessageSize` is above 256 KiB.
pub const LARGE_TOPIC_SUBSCRIPTIONS_MAX: FactId = FactId::new("sns.large_topic_subscriptions_max");
/// `sns.billed_chunk_bytes`: each 64 KB of a published payload is billed as one request.
pub const BILLED_CHUNK_BYTES: FactId = FactId::new("sns.billed_chunk_bytes");
/// `sns.extended_client_max_bytes`: the largest payload the SNS Extended Client Library
/// stores in S3 for one message (2 GB).
pub const EXTENDED_CLIENT_MAX_BYTES: FactId = FactId::new("sns.extended_client_max_bytes");

/// `sns.sms_bytes`: the bytes of one SMS message.
pub const SMS_BYTES: FactId = FactId::new("sns.sms_bytes");
/// `sns.sms_gsm7_chars`: GSM-7 characters in one single-part SMS.
pub const SMS_GSM7_CHARS: FactId = FactId::new("sns.sms_gsm7_chars");
/// `sns.sms_ucs2_chars`: UCS-2 characters in one single-part SMS.
pub const SMS_UCS2_CHARS: FactId = FactId::new("sns.sms_ucs2_chars");
/// `sns.sms_gsm7_part_chars`: GSM-7 characters in each part of a multipart SMS.
pub const SMS_GSM7_PART_CHARS: FactId = FactId::new("sns.sms_gsm7_part_chars");
/// `sns.sms_ucs2_part_chars`: UCS-2 characters in each part of a multipart SMS.
pub const SMS_UCS2_PART_CHARS: FactId = FactId::new("sns.sms_ucs2_part_chars");
/// `sns.sms_publish_max_chars`: the most characters one SMS publish takes.
pub const SMS_PUBLISH_MAX_CHARS: FactId = FactId::new("sns.sms_publish_max_chars");

const LARGE_MESSAGES: &str =
    "https://docs.aws.amazon.com/sns/latest/dg/large-message-payloads.html";
const ONE_MIB_NEWS: &str =
    "https://aws.amazon.com/about-aws/whats-new/2026/09/amazon-sns-1mib-support/";
const FAQ: &str = "https://aws.amazon.com/sns/faqs/";
const PUBLISH: &str = "https://docs.aws.amazon.com/sns/latest/api/API_Publish.html";
const SMS_CHARACTERS: &str =
    "https://docs.aws.amazon.com/sms-voice/latest/userguide/sms-limitations-character.html";

/// 1 MiB topics: AWS What's New of 2026-09-18 (its address gives the month; the day is
/// the one the dated copies of the announcement give).
const ONE_MIB_SINCE: jiff::civil::Date = jiff::civil::date(2026, 9, 18);

const LARGE_CONFIRMED: &str = "read in the current SNS developer guide \
     (large-message-payloads): \"Amazon SNS supports message payloads up to 1 MiB (1,048,576 \
     bytes) when you configure the MaximumMessageSize topic attribute. By default, topics \
     accept messages up to 256 KiB\"; \"any integer value between 1,024 and 1,048,576 bytes. \
     By default, all existing and newly created topics have a MaximumMessageSize of 262,144 \
     bytes (256 KiB)\"; the limit is on \"the combined size of the message body and message \
     attributes\" (searched 2026-12-01). The What's New \"Amazon SNS now supports message \
     payloads up to 1 MiB\" (2026/09 address) is dated 2026-09-18 by every dated copy the \
     search tool found (one feed 2026-09-19); before it 256 KiB was the most";

const SMS_CONFIRMED: &str = "read in the current AWS End User Messaging SMS user guide \
     (sms-limitations-character), which sends SNS's SMS: \"A single SMS message can contain \
     up to 140 bytes of information\"; \"only characters in the GSM 03.38 character set ... \
     up to 160 characters\"; \"any characters that are outside of the GSM 03.38 character \
     set, it can have up to 70 characters\"; and for a message split into parts \"the number \
     of characters in each message part is reduced to 153 for messages that only contain GSM \
     03.38 characters, or 67 for messages that contain other characters\" (searched \
     2026-12-01). The SNS Publish reference and FAQ say the same 140 bytes, 160 GSM and 70 \
     UCS-2 characters. No earlier value is known";

pub(super) static FACTS: &[Fact] = &[
    Fact {
        id: MESSAGE_SIZE_DEFAULT_BYTES.as_str(),
        name: "a topic's MaximumMessageSize unless set (256 KiB), body and attributes",
        unit: "bytes",
        source: LARGE_MESSAGES,
        confirmed: LARGE_CONFIRMED,
        history: &[entry(None, whole(262_144))],
    },
    Fact {
        id: TOPIC_MAX_MESSAGE_SIZE_MAX_BYTES.as_str(),
        name: "largest MaximumMessageSize a topic can be set to",
        unit: "bytes",
        source: LARGE_MESSAGES,
        confirmed: LARGE_CONFIRMED,
        history: &[
            entry(None, whole(262_144)),
            entry(Some(ONE_MIB_SINCE), whole(1_048_576)).sourced(ONE_MIB_NEWS),
        ],
    },
    Fact {
        id: TOPIC_MAX_MESSAGE_SIZE_MIN_BYTES.as_str(),
        name: "smallest MaximumMessageSize a topic can be set to",
        unit: "bytes",
        source: LARGE_MESSAGES,
        confirmed: LARGE_CONFIRMED,
        history: &[entry(None, whole(1_024))],
    },
    Fact {
        id: LARGE_TOPIC_SUBSCRIPTIONS_MAX.as_str(),
        name: "most subscriptions of a topic whose MaximumMessageSize is above 256 KiB",
        unit: "subscriptions",
        source: LARGE_MESSAGES,
        confirmed: "read in the current SNS developer guide (large-message-payloads): \
             \"Topics with MaximumMessageSize set above 256 KiB support Amazon Data Firehose, \
             Amazon SQS, and AWS Lambda subscriptions, with up to 100 total subscriptions per \
             topic\"; creating more returns InvalidParameter (searched 2026-12-01). Such \
             topics exist since 2026-09-18",
        history: &[
            entry(None, None),
            entry(Some(ONE_MIB_SINCE), whole(100)).sourced(ONE_MIB_NEWS),
        ],
    },
    Fact {
        id: BILLED_CHUNK_BYTES.as_str(),
        name: "bytes of a published payload billed as one request (64 KB)",
        unit: "bytes",
        source: FAQ,
        confirmed: "read in AWS's SNS FAQ (a copy of aws.amazon.com/sns/faqs the search tool \
             holds): \"Each 64KB chunk of published data is billed as 1 request. For example, \
             a single API call with a 256KB payload will be billed as four requests\" \
             (searched 2026-12-01). AWS writes KB; awscalc reads it as 1,024 bytes, as SNS \
             now writes its sizes in KiB, so 256 KiB is exactly 4 requests and 1 MiB 16",
        history: &[entry(None, whole(65_536))],
    },
    Fact {
        id: EXTENDED_CLIENT_MAX_BYTES.as_str(),
        name: "largest payload the SNS Extended Client Library stores in S3 for one message (2 GB)",
        unit: "bytes",
        source: LARGE_MESSAGES,
        confirmed: "read in the SNS developer guide's large-message page (its earlier \
             version, in AWS's China and translated copies): the SNS Extended Client \
             Libraries for Java and Python \"are useful for messages that are larger than the \
             current maximum of 256 KB, with a maximum of 2 GB\", saving the payload in S3; \
             awslabs/amazon-sns-java-extended-client-lib says the same (searched 2026-12-01). \
             AWS writes GB without a byte count; awscalc reads it as 1,024-based, like every \
             SNS size (2,147,483,648 bytes)",
        history: &[entry(None, whole(2_147_483_648))],
    },
    Fact {
        id: SMS_BYTES.as_str(),
        name: "bytes of one SMS message",
        unit: "bytes",
        source: SMS_CHARACTERS,
        confirmed: SMS_CONFIRMED,
        history: &[entry(None, whole(140))],
    },
    Fact {
        id: SMS_GSM7_CHARS.as_str(),
        name: "GSM-7 characters in a single-part SMS (160 × 7 bits = 140 bytes)",
        unit: "characters",
        source: SMS_CHARACTERS,
        confirmed: SMS_CONFIRMED,
        history: &[entry(None, whole(160))],
    },
    Fact {
        id: SMS_UCS2_CHARS.as_str(),
        name: "UCS-2 characters in a single-part SMS (70 × 2 bytes = 140 bytes)",
        unit: "characters",
        source: SMS_CHARACTERS,
        confirmed: SMS_CONFIRMED,
        history: &[entry(None, whole(70))],
    },
    Fact {
        id: SMS_GSM7_PART_CHARS.as_str(),
        name: "GSM-7 characters in each part of a multipart SMS (a header takes the rest)",
        unit: "characters",
        source: SMS_CHARACTERS,
        confirmed: SMS_CONFIRMED,
        history: &[entry(None, whole(153))],
    },
    Fact {
        id: SMS_UCS2_PART_CHARS.as_str(),
        name: "UCS-2 characters in each part of a multipart SMS (a header takes the rest)",
        unit: "characters",
        source: SMS_CHARACTERS,
        confirmed: SMS_CONFIRMED,
        history: &[entry(None, whole(67))],
    },
    Fact {
        id: SMS_PUBLISH_MAX_CHARS.as_str(),
        name: "most characters one SMS publish takes",
        unit: "characters",
        source: PUBLISH,
        confirmed: "read in the SNS Publish API reference (as the AWS SDK for Kotlin \
             reference on docs.aws.amazon.com quotes it): \"The total size limit for a single \
             SMS Publish action is 1,600 characters\"; AWS's SNS FAQ says \"1600 bytes\" \
             (searched 2026-12-01). awscalc compares the message's characters, as the API \
             reference says, and notes the FAQ's bytes where the two readings differ",
        history: &[entry(None, whole(1_600))],
    },
];
