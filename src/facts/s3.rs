//! Amazon S3 facts. Researched values: `shared/facts/ebs-vpc-s3.md` §0, §3 and §5.
//!
//! S3 writes sizes as "KB", "MB", "GB" without saying whether they are 1,000- or
//! 1,024-based; its multipart table uses MiB and GiB, and "128 KB" is never given in bytes.
//! awscalc reads every S3 "KB" as 1,024 bytes (so 128 KB = 131,072 bytes, 40 KB = 40,960
//! bytes) and says so in `docs/s3.md`; `--expect` tries the 1,000-byte reading too.

use jiff::civil::{date, Date};
use rust_decimal::Decimal;

use super::{entry, scaled, whole, Entry, Fact, FactId};

// Typed handles: calculators name a fact by one of these, so a typo does not compile.
/// `s3.min_days_standard_ia`: minimum storage duration of S3 Standard-IA.
pub const MIN_DAYS_STANDARD_IA: FactId = FactId::new("s3.min_days_standard_ia");
/// `s3.min_days_onezone_ia`: minimum storage duration of S3 One Zone-IA.
pub const MIN_DAYS_ONEZONE_IA: FactId = FactId::new("s3.min_days_onezone_ia");
/// `s3.min_days_intelligent_tiering`: minimum storage duration of S3 Intelligent-Tiering.
pub const MIN_DAYS_INTELLIGENT_TIERING: FactId = FactId::new("s3.min_days_intelligent_tiering");
/// `s3.min_days_glacier_ir`: minimum storage duration of S3 Glacier Instant Retrieval.
pub const MIN_DAYS_GLACIER_IR: FactId = FactId::new("s3.min_days_glacier_ir");
/// `s3.min_days_glacier`: minimum storage duration of S3 Glacier Flexible Retrieval.
pub const MIN_DAYS_GLACIER: FactId = FactId::new("s3.min_days_glacier");
/// `s3.min_days_deep_archive`: minimum storage duration of S3 Glacier Deep Archive.
pub const MIN_DAYS_DEEP_ARCHIVE: FactId = FactId::new("s3.min_days_deep_archive");
/// `s3.min_billable_object_bytes`: minimum billable object size in Standard-IA, One Zone-IA and Glacier Instant Retrieval (128 KB).
pub const MIN_BILLABLE_OBJECT_BYTES: FactId = FactId::new("s3.min_billable_object_bytes");
/// `s3.archive_overhead_standard_bytes`: per-object overhead of Glacier Flexible Retrieval and Deep Archive billed at S3 Standard rates (8 KB).
pub const ARCHIVE_OVERHEAD_STANDARD_BYTES: FactId =
    FactId::new("s3.archive_overhead_standard_bytes");
/// `s3.archive_overhead_archive_bytes`: per-object overhead of Glacier Flexible Retrieval and Deep Archive billed at the archive rate (32 KB).
pub const ARCHIVE_OVERHEAD_ARCHIVE_BYTES: FactId = FactId::new("s3.archive_overhead_archive_bytes");
/// `s3.lifecycle_min_age_before_ia_days`: minimum object age before a lifecycle transition to Standard-IA or One Zone-IA.
pub const LIFECYCLE_MIN_AGE_BEFORE_IA_DAYS: FactId =
    FactId::new("s3.lifecycle_min_age_before_ia_days");
/// `s3.lifecycle_min_transition_bytes`: smallest object S3 Lifecycle transitions by default to Standard-IA, One Zone-IA, Intelligent-Tiering or Glacier IR (128 KB).
pub const LIFECYCLE_MIN_TRANSITION_BYTES: FactId = FactId::new("s3.lifecycle_min_transition_bytes");
/// `s3.lifecycle_min_archive_transition_bytes`: smallest object S3 Lifecycle transitions by default to Glacier Flexible Retrieval or Deep Archive.
pub const LIFECYCLE_MIN_ARCHIVE_TRANSITION_BYTES: FactId =
    FactId::new("s3.lifecycle_min_archive_transition_bytes");
/// `s3.it_infrequent_after_days`: days without access after which S3 Intelligent-Tiering moves an object to the Infrequent Access tier.
pub const IT_INFREQUENT_AFTER_DAYS: FactId = FactId::new("s3.it_infrequent_after_days");
/// `s3.it_archive_instant_after_days`: days without access after which S3 Intelligent-Tiering moves an object to the Archive Instant Access tier.
pub const IT_ARCHIVE_INSTANT_AFTER_DAYS: FactId = FactId::new("s3.it_archive_instant_after_days");
/// `s3.it_archive_access_min_days`: fewest days without access an Intelligent-Tiering configuration may set for the optional Archive Access tier.
pub const IT_ARCHIVE_ACCESS_MIN_DAYS: FactId = FactId::new("s3.it_archive_access_min_days");
/// `s3.it_deep_archive_access_min_days`: fewest days without access an Intelligent-Tiering configuration may set for the optional Deep Archive Access tier.
pub const IT_DEEP_ARCHIVE_ACCESS_MIN_DAYS: FactId =
    FactId::new("s3.it_deep_archive_access_min_days");
/// `s3.it_archive_max_days`: most days without access an Intelligent-Tiering configuration may set for either archive tier (2 years).
pub const IT_ARCHIVE_MAX_DAYS: FactId = FactId::new("s3.it_archive_max_days");
/// `s3.it_min_monitored_bytes`: smallest object S3 Intelligent-Tiering monitors and moves between tiers (128 KB).
pub const IT_MIN_MONITORED_BYTES: FactId = FactId::new("s3.it_min_monitored_bytes");
/// `s3.restore_expedited_min_minutes`: Expedited retrieval from Glacier Flexible Retrieval, fastest typical time.
pub const RESTORE_EXPEDITED_MIN_MINUTES: FactId = FactId::new("s3.restore_expedited_min_minutes");
/// `s3.restore_expedited_max_minutes`: Expedited retrieval from Glacier Flexible Retrieval, slowest typical time (objects under 250 MB).
pub const RESTORE_EXPEDITED_MAX_MINUTES: FactId = FactId::new("s3.restore_expedited_max_minutes");
/// `s3.restore_standard_min_minutes`: Standard retrieval from Glacier Flexible Retrieval, fastest typical time (3 hours).
pub const RESTORE_STANDARD_MIN_MINUTES: FactId = FactId::new("s3.restore_standard_min_minutes");
/// `s3.restore_standard_max_minutes`: Standard retrieval from Glacier Flexible Retrieval, slowest typical time (5 hours).
pub const RESTORE_STANDARD_MAX_MINUTES: FactId = FactId::new("s3.restore_standard_max_minutes");
/// `s3.restore_bulk_min_minutes`: Bulk retrieval from Glacier Flexible Retrieval, fastest typical time (5 hours).
pub const RESTORE_BULK_MIN_MINUTES: FactId = FactId::new("s3.restore_bulk_min_minutes");
/// `s3.restore_bulk_max_minutes`: Bulk retrieval from Glacier Flexible Retrieval, slowest typical time (12 hours).
pub const RESTORE_BULK_MAX_MINUTES: FactId = FactId::new("s3.restore_bulk_max_minutes");
/// `s3.restore_deep_standard_max_minutes`: Standard retrieval from Glacier Deep Archive, typical upper time (12 hours).
pub const RESTORE_DEEP_STANDARD_MAX_MINUTES: FactId =
    FactId::new("s3.restore_deep_standard_max_minutes");
/// `s3.restore_deep_bulk_max_minutes`: Bulk retrieval from Glacier Deep Archive, typical upper time (48 hours).
pub const RESTORE_DEEP_BULK_MAX_MINUTES: FactId = FactId::new("s3.restore_deep_bulk_max_minutes");
/// `s3.availability_standard`: designed availability of S3 Standard.
pub const AVAILABILITY_STANDARD: FactId = FactId::new("s3.availability_standard");
/// `s3.availability_intelligent_tiering`: designed availability of S3 Intelligent-Tiering.
pub const AVAILABILITY_INTELLIGENT_TIERING: FactId =
    FactId::new("s3.availability_intelligent_tiering");
/// `s3.availability_standard_ia`: designed availability of S3 Standard-IA.
pub const AVAILABILITY_STANDARD_IA: FactId = FactId::new("s3.availability_standard_ia");
/// `s3.availability_onezone_ia`: designed availability of S3 One Zone-IA.
pub const AVAILABILITY_ONEZONE_IA: FactId = FactId::new("s3.availability_onezone_ia");
/// `s3.availability_glacier_ir`: designed availability of S3 Glacier Instant Retrieval.
pub const AVAILABILITY_GLACIER_IR: FactId = FactId::new("s3.availability_glacier_ir");
/// `s3.availability_glacier`: designed availability of S3 Glacier Flexible Retrieval (after restore).
pub const AVAILABILITY_GLACIER: FactId = FactId::new("s3.availability_glacier");
/// `s3.availability_deep_archive`: designed availability of S3 Glacier Deep Archive (after restore).
pub const AVAILABILITY_DEEP_ARCHIVE: FactId = FactId::new("s3.availability_deep_archive");
/// `s3.min_azs_regional`: Availability Zones a regional S3 class stores data in, at least.
pub const MIN_AZS_REGIONAL: FactId = FactId::new("s3.min_azs_regional");
/// `s3.azs_one_zone`: Availability Zones S3 One Zone-IA stores data in.
pub const AZS_ONE_ZONE: FactId = FactId::new("s3.azs_one_zone");
/// `s3.prefix_get_per_second`: GET/HEAD requests per second one S3 prefix supports.
pub const PREFIX_GET_PER_SECOND: FactId = FactId::new("s3.prefix_get_per_second");
/// `s3.prefix_put_per_second`: PUT/COPY/POST/DELETE requests per second one S3 prefix supports.
pub const PREFIX_PUT_PER_SECOND: FactId = FactId::new("s3.prefix_put_per_second");
/// `s3.key_naming_guidance_get_per_second`: GET requests per second on a bucket above which AWS advised random key name prefixes (guidance, not a limit).
pub const KEY_NAMING_GUIDANCE_GET_PER_SECOND: FactId =
    FactId::new("s3.key_naming_guidance_get_per_second");
/// `s3.key_naming_guidance_put_per_second`: PUT/LIST/DELETE requests per second on a bucket above which AWS advised random key name prefixes (guidance, not a limit).
pub const KEY_NAMING_GUIDANCE_PUT_PER_SECOND: FactId =
    FactId::new("s3.key_naming_guidance_put_per_second");
/// `s3.max_object_bytes`: maximum S3 object size.
pub const MAX_OBJECT_BYTES: FactId = FactId::new("s3.max_object_bytes");
/// `s3.single_put_max_bytes`: largest object one PUT uploads (5 GB).
pub const SINGLE_PUT_MAX_BYTES: FactId = FactId::new("s3.single_put_max_bytes");
/// `s3.multipart_min_part_bytes`: smallest multipart part except the last (5 MiB).
pub const MULTIPART_MIN_PART_BYTES: FactId = FactId::new("s3.multipart_min_part_bytes");
/// `s3.multipart_max_part_bytes`: largest multipart part (5 GiB).
pub const MULTIPART_MAX_PART_BYTES: FactId = FactId::new("s3.multipart_max_part_bytes");
/// `s3.multipart_max_parts`: most parts in one multipart upload.
pub const MULTIPART_MAX_PARTS: FactId = FactId::new("s3.multipart_max_parts");
/// `s3.multipart_advised_bytes`: object size from which AWS advises multipart upload (100 MB).
pub const MULTIPART_ADVISED_BYTES: FactId = FactId::new("s3.multipart_advised_bytes");
/// `s3.multipart_control_requests`: requests of a multipart upload beside its parts (initiate and complete).
pub const MULTIPART_CONTROL_REQUESTS: FactId = FactId::new("s3.multipart_control_requests");
/// `s3.snow_devices_at_once`: Snow devices an account may have at one time by default.
pub const SNOW_DEVICES_AT_ONCE: FactId = FactId::new("s3.snow_devices_at_once");
/// `s3.snowball_edge_prepare_max_days`: days AWS may take to prepare a Snowball Edge before it ships (up to 4 weeks).
pub const SNOWBALL_EDGE_PREPARE_MAX_DAYS: FactId = FactId::new("s3.snowball_edge_prepare_max_days");
/// `s3.snowball_edge_new_customers`: whether AWS Snowball Edge is open to new customers (1) or only to existing ones (0).
pub const SNOWBALL_EDGE_NEW_CUSTOMERS: FactId = FactId::new("s3.snowball_edge_new_customers");

/// What confirmed each launch day, for the `confirmed` notes (literals, for `concat!`).
macro_rules! glacier_not_dated {
    () => {
        "no launch day in awscalc, like S3 Standard: S3 Lifecycle could archive objects to the GLACIER class from \
         2012-11-13 (S3 User Guide document history, https://docs.aws.amazon.com/AmazonS3/latest/userguide/WhatsNew.html: \
         \"Support for Archiving Data to S3 Glacier ... November 13, 2012\"; a direct PUT to GLACIER came on 2018-11-26), \
         before every other dated S3 fact and all exam material, and S3 questions before it would have no class to ask about"
    };
}
macro_rules! standard_ia_came {
    () => {
        "none before 2015-09-16, when S3 Standard-IA came (S3 User Guide document history, \
         https://docs.aws.amazon.com/AmazonS3/latest/userguide/WhatsNew.html: \"New storage class ... STANDARD_IA ... \
         September 16, 2015\")"
    };
}
macro_rules! onezone_ia_came {
    () => {
        "none before 2018-04-04, when S3 One Zone-IA came (S3 User Guide document history, \
         https://docs.aws.amazon.com/AmazonS3/latest/userguide/WhatsNew.html: \"New storage class ... ONEZONE_IA ... \
         April 4, 2018\")"
    };
}
macro_rules! intelligent_tiering_came {
    () => {
        "none before 2018-11-26, when S3 Intelligent-Tiering came (S3 User Guide document history, \
         https://docs.aws.amazon.com/AmazonS3/latest/userguide/WhatsNew.html: \"new storage class named \
         INTELLIGENT_TIERING ... November 26, 2018\"; AWS News Blog \"New - Automatic Cost Optimization for Amazon S3 \
         via Intelligent Tiering\")"
    };
}
macro_rules! deep_archive_came {
    () => {
        "none before 2019-03-27, when S3 Glacier Deep Archive came (S3 User Guide and S3 API Reference document \
         histories, https://docs.aws.amazon.com/AmazonS3/latest/userguide/WhatsNew.html: \"new archive storage class, \
         DEEP_ARCHIVE ... March 27, 2019\")"
    };
}
macro_rules! glacier_ir_came {
    () => {
        "none before 2021-11-30, when S3 Glacier Instant Retrieval came (S3 User Guide document history, \
         https://docs.aws.amazon.com/AmazonS3/latest/userguide/WhatsNew.html: \"New S3 Glacier Instant Retrieval \
         storage class ... November 30, 2021\")"
    };
}
macro_rules! retrieval_read {
    () => {
        "read in the current AWS page (restoring-objects-retrieval-options): \"typically\" times, not guarantees; \
         read again for s3 restore (2026-11): Expedited 1-5 minutes for all but 250 MB+ objects, Standard 3-5 hours \
         (Deep Archive within 12) in the current page and the older dev-guide copy; the Bulk sentence was cut off in \
         the excerpts read that time (shared facts 3.2 has it as read earlier)"
    };
}
macro_rules! classes_read {
    () => {
        "read in the storage-class comparison table (AWS page, several copies agree)"
    };
}

const CLASSES: &str =
    "https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage-class-intro.html";
const TRANSITIONS: &str =
    "https://docs.aws.amazon.com/AmazonS3/latest/userguide/lifecycle-transition-general-considerations.html";
const RETRIEVAL: &str =
    "https://docs.aws.amazon.com/AmazonS3/latest/userguide/restoring-objects-retrieval-options.html";
const PERFORMANCE: &str =
    "https://docs.aws.amazon.com/AmazonS3/latest/userguide/optimizing-performance.html";
const MULTIPART: &str = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/qfacts.html";
const MPU_OVERVIEW: &str = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/mpuoverview.html";
const SNOW_USAGE: &str =
    "https://docs.aws.amazon.com/snowball/latest/api-reference/API_GetSnowballUsage.html";
const SNOW_SHIPPING: &str =
    "https://docs.aws.amazon.com/snowball/latest/developer-guide/shipping.html";
const SNOW_NEW_CUSTOMERS: &str =
    "https://docs.aws.amazon.com/snowball/latest/developer-guide/cancel-job-order.html";
const OBJECTS: &str = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingObjects.html";
const IT_WORKS: &str =
    "https://docs.aws.amazon.com/AmazonS3/latest/userguide/intelligent-tiering-overview.html";
const IT_TIERING_API: &str = "https://docs.aws.amazon.com/AmazonS3/latest/API/API_Tiering.html";
const IT_ARCHIVE_2020: &str =
    "https://aws.amazon.com/blogs/aws/s3-intelligent-tiering-adds-archive-access-tiers/";
const IT_2021: &str =
    "https://aws.amazon.com/about-aws/whats-new/2021/09/amazon-s3-intelligent-tiering-automates-storage-savings/";
const IA_2026: &str =
    "https://aws.amazon.com/about-aws/whats-new/2026/07/s3-removes-30-day-transitions-standard-ia-one-zone-ia/";
const OBJECT_2025: &str =
    "https://aws.amazon.com/about-aws/whats-new/2025/12/amazon-s3-maximum-object-size-50-tb/";
const OLD_REQUEST_RATE: &str =
    "https://docs.aws.amazon.com/AmazonS3/latest/dev/request-rate-perf-considerations.html";
const RATES_2018: &str =
    "https://aws.amazon.com/about-aws/whats-new/2018/07/amazon-s3-announces-increased-request-rate-performance/";

const CLASSES_READ: &str = classes_read!();
const RETRIEVAL_READ: &str = retrieval_read!();

// ---- storage class launches ----
//
// Each class's facts have no value before the class came, so that `--as-of` an earlier day
// refuses the class by name and the every-class forms leave it out (`StorageClass::exists`
// reads the class's availability fact). The days are the S3 User Guide document history's
// (https://docs.aws.amazon.com/AmazonS3/latest/userguide/WhatsNew.html, read in the
// awsdocs/amazon-s3-userguide copy, doc_source/WhatsNew.md; searched 2026-11): "New storage
// class ... STANDARD_IA ... September 16, 2015", "New storage class ... ONEZONE_IA ... April
// 4, 2018", "New storage class named INTELLIGENT_TIERING ... November 26, 2018", "New archive
// storage class, DEEP_ARCHIVE ... March 27, 2019" (also the S3 API Reference document
// history), "New S3 Glacier Instant Retrieval storage class ... November 30, 2021".
//
// S3 Standard and S3 Glacier (Flexible Retrieval) have no launch in awscalc. Standard is as
// old as S3; S3 Lifecycle could archive to GLACIER from 2012-11-13 ("Support for Archiving
// Data to S3 Glacier ... November 13, 2012", same history), before every other dated fact in
// the registry and all exam material. Dating it would leave the S3 quiz topic with no
// question before that day (per-prefix rates came only in 2018), so a quiz on every topic
// would fail there; the `confirmed` notes of the Glacier facts give the day.

/// S3 Standard-IA came.
const STANDARD_IA_CAME: Date = date(2015, 9, 16);
/// S3 One Zone-IA came.
const ONEZONE_IA_CAME: Date = date(2018, 4, 4);
/// S3 Intelligent-Tiering came.
const INTELLIGENT_TIERING_CAME: Date = date(2018, 11, 26);
/// S3 Glacier Deep Archive came.
const DEEP_ARCHIVE_CAME: Date = date(2019, 3, 27);
/// S3 Glacier Instant Retrieval came.
const GLACIER_IR_CAME: Date = date(2021, 11, 30);

/// S3 Intelligent-Tiering's optional Archive Access and Deep Archive Access tiers came (AWS
/// News Blog "S3 Intelligent-Tiering Adds Archive Access Tiers"; the day is not in the text
/// read, see the facts' notes).
const IT_ARCHIVE_TIERS_CAME: Date = date(2020, 11, 9);

/// The removal of the 30-day wait before Standard-IA / One Zone-IA (AWS What's New, 2026-07-16).
const IA_WAIT_REMOVED: Date = date(2026, 7, 16);
/// S3 Lifecycle stops transitioning objects under 128 KB to any class by default.
const SMALL_OBJECT_DEFAULT: Date = date(2024, 9, 1);

/// A whole number above `u32::MAX` for a `const` table.
#[allow(clippy::cast_possible_truncation)] // splitting a u64 into its two 32-bit halves
const fn big(n: u64) -> Decimal {
    Decimal::from_parts(n as u32, (n >> 32) as u32, 0, false, 0)
}

const fn changed(since: Date, value: Option<Decimal>, source: &'static str) -> Entry {
    entry(Some(since), value).sourced(source)
}

/// A class's fact: none before the class came, then `value` (its own source, the fact's).
const fn from_launch(came: Date, value: Option<Decimal>) -> [Entry; 2] {
    [entry(None, None), entry(Some(came), value)]
}

pub(super) static FACTS: &[Fact] = &[
    // ---- minimum storage durations ----
    Fact {
        id: MIN_DAYS_STANDARD_IA.as_str(),
        name: "minimum storage duration of S3 Standard-IA",
        unit: "days",
        source: CLASSES,
        confirmed: concat!(
            "read in the storage-class table and the S3 pricing footnote (\"charged for 30 days\"); ",
            standard_ia_came!()
        ),
        history: &from_launch(STANDARD_IA_CAME, whole(30)),
    },
    Fact {
        id: MIN_DAYS_ONEZONE_IA.as_str(),
        name: "minimum storage duration of S3 One Zone-IA",
        unit: "days",
        source: CLASSES,
        confirmed: concat!(classes_read!(), "; ", onezone_ia_came!()),
        history: &from_launch(ONEZONE_IA_CAME, whole(30)),
    },
    Fact {
        id: MIN_DAYS_INTELLIGENT_TIERING.as_str(),
        name: "minimum storage duration of S3 Intelligent-Tiering",
        unit: "days",
        source: CLASSES,
        confirmed: concat!(
            "30 days in older AWS tables, from the launch on (the AWS News Blog of September 2021: \"To date, S3 \
             Intelligent-Tiering was intended for objects larger than 128 KB stored for a minimum of 30 days\"); none \
             since that post and the What's New of September 2021 (URL dated 2021/09; the blog says \"S3 \
             Intelligent-Tiering now has no minimum storage duration period for all objects\"). The day was not found \
             (searched 2026-11): the date is month only, and awscalc uses 2021-09-02; ",
            intelligent_tiering_came!()
        ),
        history: &[
            entry(None, None),
            entry(Some(INTELLIGENT_TIERING_CAME), whole(30)),
            changed(date(2021, 9, 2), whole(0), IT_2021).month_only(),
        ],
    },
    Fact {
        id: MIN_DAYS_GLACIER_IR.as_str(),
        name: "minimum storage duration of S3 Glacier Instant Retrieval",
        unit: "days",
        source: CLASSES,
        confirmed: concat!(classes_read!(), "; ", glacier_ir_came!()),
        history: &from_launch(GLACIER_IR_CAME, whole(90)),
    },
    Fact {
        id: MIN_DAYS_GLACIER.as_str(),
        name: "minimum storage duration of S3 Glacier Flexible Retrieval",
        unit: "days",
        source: CLASSES,
        confirmed: concat!(
            "read in the storage-class table and the AWS SDK (CDK) StorageClass docs: \"If you delete an object \
             before the 90-day minimum, you are charged for 90 days\"; ",
            glacier_not_dated!()
        ),
        history: &[entry(None, whole(90))],
    },
    Fact {
        id: MIN_DAYS_DEEP_ARCHIVE.as_str(),
        name: "minimum storage duration of S3 Glacier Deep Archive",
        unit: "days",
        source: CLASSES,
        confirmed: concat!(classes_read!(), "; ", deep_archive_came!()),
        history: &from_launch(DEEP_ARCHIVE_CAME, whole(180)),
    },
    // ---- billed sizes ----
    Fact {
        id: MIN_BILLABLE_OBJECT_BYTES.as_str(),
        name: "minimum billable object size in Standard-IA, One Zone-IA and Glacier Instant Retrieval (128 KB)",
        unit: "bytes",
        source: CLASSES,
        confirmed: "\"128 KB\" read in the storage-class table (and re:Post citing it for Glacier IR); AWS never gives \
                    bytes: awscalc takes KB = 1,024 bytes (131,072), an assumption (open question 7)",
        history: &[entry(None, whole(131_072))],
    },
    Fact {
        id: ARCHIVE_OVERHEAD_STANDARD_BYTES.as_str(),
        name: "per-object overhead of Glacier Flexible Retrieval and Deep Archive billed at S3 Standard rates (8 KB)",
        unit: "bytes",
        source: CLASSES,
        confirmed: "read in the AWS page (8 KB name and metadata at S3 Standard rates); KB taken as 1,024 bytes",
        history: &[entry(None, whole(8192))],
    },
    Fact {
        id: ARCHIVE_OVERHEAD_ARCHIVE_BYTES.as_str(),
        name: "per-object overhead of Glacier Flexible Retrieval and Deep Archive billed at the archive rate (32 KB)",
        unit: "bytes",
        source: CLASSES,
        confirmed: "read in the AWS page (32 KB index at Glacier rates); KB taken as 1,024 bytes",
        history: &[entry(None, whole(32_768))],
    },
    // ---- lifecycle ----
    Fact {
        id: LIFECYCLE_MIN_AGE_BEFORE_IA_DAYS.as_str(),
        name: "minimum object age before a lifecycle transition to Standard-IA or One Zone-IA",
        unit: "days",
        source: TRANSITIONS,
        confirmed: "30 days read in the AWS page and the API reference (Transition.Days: \"greater than 30\" for IA, \
                    though AWS's own examples use 30, so >= 30); removed for new rules on 2026-07-16 per the AWS What's New \
                    text quoted in shared facts §0 (read there through an archive copy; not found by this search, and the \
                    User Guide page had not yet been updated)",
        history: &[
            entry(None, whole(30)),
            changed(IA_WAIT_REMOVED, whole(0), IA_2026),
        ],
    },
    Fact {
        id: LIFECYCLE_MIN_TRANSITION_BYTES.as_str(),
        name: "smallest object S3 Lifecycle transitions by default to Standard-IA, One Zone-IA, Intelligent-Tiering or Glacier IR (128 KB)",
        unit: "bytes",
        source: TRANSITIONS,
        confirmed: "read in the AWS page and the API reference (transition_default_minimum_object_size, \
                    all_storage_classes_128K / varies_by_storage_class); KB taken as 1,024 bytes",
        history: &[entry(None, whole(131_072))],
    },
    Fact {
        id: LIFECYCLE_MIN_ARCHIVE_TRANSITION_BYTES.as_str(),
        name: "smallest object S3 Lifecycle transitions by default to Glacier Flexible Retrieval or Deep Archive",
        unit: "bytes",
        source: TRANSITIONS,
        confirmed: "read in the AWS page: before September 2024 objects under 128 KB could still go to Glacier Flexible \
                    Retrieval and Deep Archive (varies_by_storage_class), since then no class (all_storage_classes_128K); \
                    the month is AWS's (What's New 2024/09), the day (1) is awscalc's choice: the date is month only. \
                    It applies to lifecycle configurations written after the change; older ones keep \
                    varies_by_storage_class",
        history: &[
            entry(None, whole(0)),
            entry(Some(SMALL_OBJECT_DEFAULT), whole(131_072)).month_only(),
        ],
    },
    // ---- Intelligent-Tiering access tiers ----
    Fact {
        id: IT_INFREQUENT_AFTER_DAYS.as_str(),
        name: "days without access before S3 Intelligent-Tiering moves an object to the Infrequent Access tier",
        unit: "days",
        source: IT_WORKS,
        confirmed: concat!(
            "read 2026-12-01 in How S3 Intelligent-Tiering works (intelligent-tiering-overview.html, current and \
             older dev-guide copies agree): \"automatically moves objects to the Infrequent Access tier when they \
             have not been accessed for 30 consecutive days\"; the class has had this tier since it came; ",
            intelligent_tiering_came!()
        ),
        history: &from_launch(INTELLIGENT_TIERING_CAME, whole(30)),
    },
    Fact {
        id: IT_ARCHIVE_INSTANT_AFTER_DAYS.as_str(),
        name: "days without access before S3 Intelligent-Tiering moves an object to the Archive Instant Access tier",
        unit: "days",
        source: IT_WORKS,
        confirmed: "read 2026-12-01 in How S3 Intelligent-Tiering works: \"After 90 days of no access, the objects \
                    are moved to the Archive Instant Access tier\". The tier came with S3 Glacier Instant Retrieval \
                    (re:Invent, 2021-11-30): that day is awscalc's, from memory of the launch, not read in an AWS \
                    page this time (unconfirmed)",
        history: &from_launch(GLACIER_IR_CAME, whole(90)),
    },
    Fact {
        id: IT_ARCHIVE_ACCESS_MIN_DAYS.as_str(),
        name: "fewest days without access an Intelligent-Tiering configuration may set for the Archive Access tier",
        unit: "days",
        source: IT_TIERING_API,
        confirmed: "read 2026-12-01 in the API reference (Tiering.Days): \"The minimum number of days specified for \
                    Archive Access tier must be at least 90 days and Deep Archive Access tier must be at least 180 \
                    days. The maximum can be up to 2 years (730 days)\"; the optional tier is opt-in (a bucket's \
                    Intelligent-Tiering configuration). It came with the AWS News Blog post \"S3 Intelligent-Tiering \
                    Adds Archive Access Tiers\" (read; its date is not in the text read: 2020-11-09 is from memory, \
                    unconfirmed)",
        history: &[
            entry(None, None),
            changed(IT_ARCHIVE_TIERS_CAME, whole(90), IT_ARCHIVE_2020),
        ],
    },
    Fact {
        id: IT_DEEP_ARCHIVE_ACCESS_MIN_DAYS.as_str(),
        name: "fewest days without access an Intelligent-Tiering configuration may set for the Deep Archive Access tier",
        unit: "days",
        source: IT_TIERING_API,
        confirmed: "read 2026-12-01 in the API reference (Tiering.Days), as s3.it_archive_access_min_days: at least \
                    180 days; the day the tier came (2020-11-09) is from memory, unconfirmed",
        history: &[
            entry(None, None),
            changed(IT_ARCHIVE_TIERS_CAME, whole(180), IT_ARCHIVE_2020),
        ],
    },
    Fact {
        id: IT_ARCHIVE_MAX_DAYS.as_str(),
        name: "most days without access an Intelligent-Tiering configuration may set for an archive tier",
        unit: "days",
        source: IT_TIERING_API,
        confirmed: "read 2026-12-01 in the API reference (Tiering.Days): \"The maximum can be up to 2 years (730 \
                    days)\"; the day the tiers came (2020-11-09) is from memory, unconfirmed",
        history: &[
            entry(None, None),
            changed(IT_ARCHIVE_TIERS_CAME, whole(730), IT_ARCHIVE_2020),
        ],
    },
    Fact {
        id: IT_MIN_MONITORED_BYTES.as_str(),
        name: "smallest object S3 Intelligent-Tiering monitors and moves between access tiers (128 KB)",
        unit: "bytes",
        source: IT_WORKS,
        confirmed: "read 2026-12-01 in How S3 Intelligent-Tiering works: \"If the size of an object is less than 128 \
                    KB, it is not monitored and is not eligible for automatic tiering\" (such objects are always \
                    billed at the Frequent Access tier rate); KB taken as 1,024 bytes, as awscalc reads S3's 128 KB \
                    elsewhere. Since September 2021 they carry no monitoring charge (What's New, September 2021)",
        history: &[entry(None, whole(131_072))],
    },
    // ---- restore (retrieval) times, in minutes ----
    Fact {
        id: RESTORE_EXPEDITED_MIN_MINUTES.as_str(),
        name: "Expedited retrieval from Glacier Flexible Retrieval, fastest typical time",
        unit: "minutes",
        source: RETRIEVAL,
        confirmed: RETRIEVAL_READ,
        history: &[entry(None, whole(1))],
    },
    Fact {
        id: RESTORE_EXPEDITED_MAX_MINUTES.as_str(),
        name: "Expedited retrieval from Glacier Flexible Retrieval, slowest typical time (objects under 250 MB)",
        unit: "minutes",
        source: RETRIEVAL,
        confirmed: RETRIEVAL_READ,
        history: &[entry(None, whole(5))],
    },
    Fact {
        id: RESTORE_STANDARD_MIN_MINUTES.as_str(),
        name: "Standard retrieval from Glacier Flexible Retrieval, fastest typical time (3 hours)",
        unit: "minutes",
        source: RETRIEVAL,
        confirmed: RETRIEVAL_READ,
        history: &[entry(None, whole(180))],
    },
    Fact {
        id: RESTORE_STANDARD_MAX_MINUTES.as_str(),
        name: "Standard retrieval from Glacier Flexible Retrieval, slowest typical time (5 hours)",
        unit: "minutes",
        source: RETRIEVAL,
        confirmed: RETRIEVAL_READ,
        history: &[entry(None, whole(300))],
    },
    Fact {
        id: RESTORE_BULK_MIN_MINUTES.as_str(),
        name: "Bulk retrieval from Glacier Flexible Retrieval, fastest typical time (5 hours)",
        unit: "minutes",
        source: RETRIEVAL,
        confirmed: RETRIEVAL_READ,
        history: &[entry(None, whole(300))],
    },
    Fact {
        id: RESTORE_BULK_MAX_MINUTES.as_str(),
        name: "Bulk retrieval from Glacier Flexible Retrieval, slowest typical time (12 hours)",
        unit: "minutes",
        source: RETRIEVAL,
        confirmed: RETRIEVAL_READ,
        history: &[entry(None, whole(720))],
    },
    Fact {
        id: RESTORE_DEEP_STANDARD_MAX_MINUTES.as_str(),
        name: "Standard retrieval from Glacier Deep Archive, typical upper time (12 hours)",
        unit: "minutes",
        source: RETRIEVAL,
        confirmed: concat!(retrieval_read!(), "; ", deep_archive_came!()),
        history: &from_launch(DEEP_ARCHIVE_CAME, whole(720)),
    },
    Fact {
        id: RESTORE_DEEP_BULK_MAX_MINUTES.as_str(),
        name: "Bulk retrieval from Glacier Deep Archive, typical upper time (48 hours)",
        unit: "minutes",
        source: RETRIEVAL,
        confirmed: concat!(retrieval_read!(), "; ", deep_archive_came!()),
        history: &from_launch(DEEP_ARCHIVE_CAME, whole(2880)),
    },
    // ---- availability and zones ----
    Fact {
        id: AVAILABILITY_STANDARD.as_str(),
        name: "designed availability of S3 Standard",
        unit: "%",
        source: CLASSES,
        confirmed: CLASSES_READ,
        history: &[entry(None, scaled(9999, 2))],
    },
    Fact {
        id: AVAILABILITY_INTELLIGENT_TIERING.as_str(),
        name: "designed availability of S3 Intelligent-Tiering",
        unit: "%",
        source: CLASSES,
        confirmed: concat!(classes_read!(), "; ", intelligent_tiering_came!()),
        history: &from_launch(INTELLIGENT_TIERING_CAME, scaled(999, 1)),
    },
    Fact {
        id: AVAILABILITY_STANDARD_IA.as_str(),
        name: "designed availability of S3 Standard-IA",
        unit: "%",
        source: CLASSES,
        confirmed: concat!(classes_read!(), "; ", standard_ia_came!()),
        history: &from_launch(STANDARD_IA_CAME, scaled(999, 1)),
    },
    Fact {
        id: AVAILABILITY_ONEZONE_IA.as_str(),
        name: "designed availability of S3 One Zone-IA",
        unit: "%",
        source: CLASSES,
        confirmed: concat!(classes_read!(), "; ", onezone_ia_came!()),
        history: &from_launch(ONEZONE_IA_CAME, scaled(995, 1)),
    },
    Fact {
        id: AVAILABILITY_GLACIER_IR.as_str(),
        name: "designed availability of S3 Glacier Instant Retrieval",
        unit: "%",
        source: CLASSES,
        confirmed: concat!(classes_read!(), "; ", glacier_ir_came!()),
        history: &from_launch(GLACIER_IR_CAME, scaled(999, 1)),
    },
    Fact {
        id: AVAILABILITY_GLACIER.as_str(),
        name: "designed availability of S3 Glacier Flexible Retrieval (after restore)",
        unit: "%",
        source: CLASSES,
        confirmed: concat!(classes_read!(), "; ", glacier_not_dated!()),
        history: &[entry(None, scaled(9999, 2))],
    },
    Fact {
        id: AVAILABILITY_DEEP_ARCHIVE.as_str(),
        name: "designed availability of S3 Glacier Deep Archive (after restore)",
        unit: "%",
        source: CLASSES,
        confirmed: concat!(classes_read!(), "; ", deep_archive_came!()),
        history: &from_launch(DEEP_ARCHIVE_CAME, scaled(9999, 2)),
    },
    Fact {
        id: MIN_AZS_REGIONAL.as_str(),
        name: "Availability Zones a regional S3 class stores data in, at least",
        unit: "AZs",
        source: CLASSES,
        confirmed: CLASSES_READ,
        history: &[entry(None, whole(3))],
    },
    Fact {
        id: AZS_ONE_ZONE.as_str(),
        name: "Availability Zones S3 One Zone-IA stores data in",
        unit: "AZs",
        source: CLASSES,
        confirmed: concat!(classes_read!(), "; ", onezone_ia_came!()),
        history: &from_launch(ONEZONE_IA_CAME, whole(1)),
    },
    // ---- request rates ----
    Fact {
        id: PREFIX_GET_PER_SECOND.as_str(),
        name: "GET/HEAD requests per second one S3 prefix supports",
        unit: "requests/s",
        source: PERFORMANCE,
        confirmed: "5,500 read in the AWS page (\"3,500 PUT/COPY/POST/DELETE or 5,500 GET/HEAD requests per second \
                    per partitioned Amazon S3 prefix\"); the What's New of 2018-07-17 (\"Posted On: Jul 17, 2018\", \
                    quoted on serverfault 925356) introduced the per-prefix rates. Before it AWS stated no per-prefix \
                    rate: its request-rate page gave thresholds for key-naming advice (see \
                    s3.key_naming_guidance_get_per_second), so awscalc has no value before 2018-07-17 and \
                    `s3 prefixes` refuses such a date",
        history: &[
            entry(None, None),
            changed(date(2018, 7, 17), whole(5500), RATES_2018),
        ],
    },
    Fact {
        id: PREFIX_PUT_PER_SECOND.as_str(),
        name: "PUT/COPY/POST/DELETE requests per second one S3 prefix supports",
        unit: "requests/s",
        source: PERFORMANCE,
        confirmed: "3,500 read in the AWS page; per-prefix rates since the What's New of 2018-07-17; none before \
                    (see s3.prefix_get_per_second and s3.key_naming_guidance_put_per_second)",
        history: &[
            entry(None, None),
            changed(date(2018, 7, 17), whole(3500), RATES_2018),
        ],
    },
    Fact {
        id: KEY_NAMING_GUIDANCE_GET_PER_SECOND.as_str(),
        name: "GET requests per second on a bucket above which AWS advised random key name prefixes (guidance, not a limit)",
        unit: "requests/s",
        source: OLD_REQUEST_RATE,
        confirmed: "read in copies of the pre-2018 request-rate page (quoted on openpolitics.com and in InfoQ's \
                    2018 report): \"If your workload in an Amazon S3 bucket routinely exceeds 100 PUT/LIST/DELETE \
                    requests per second or more than 300 GET requests per second, follow the guidelines in this \
                    topic\" (random key name prefixes); the same page asked for a support case above 300 \
                    PUT/LIST/DELETE or 800 GET per second. A threshold for advice, not a per-prefix capacity. \
                    Withdrawn by the What's New of 2018-07-17: \"This S3 request rate performance increase removes \
                    any previous guidance to randomize object prefixes\"",
        history: &[
            entry(None, whole(300)),
            changed(date(2018, 7, 17), None, RATES_2018),
        ],
    },
    Fact {
        id: KEY_NAMING_GUIDANCE_PUT_PER_SECOND.as_str(),
        name: "PUT/LIST/DELETE requests per second on a bucket above which AWS advised random key name prefixes (guidance, not a limit)",
        unit: "requests/s",
        source: OLD_REQUEST_RATE,
        confirmed: "read in copies of the pre-2018 request-rate page: \"routinely exceeds 100 PUT/LIST/DELETE \
                    requests per second\" (see s3.key_naming_guidance_get_per_second); withdrawn 2018-07-17",
        history: &[
            entry(None, whole(100)),
            changed(date(2018, 7, 17), None, RATES_2018),
        ],
    },
    // ---- object and upload sizes ----
    Fact {
        id: MAX_OBJECT_BYTES.as_str(),
        name: "maximum S3 object size",
        unit: "bytes",
        source: MULTIPART,
        confirmed: "48.8 TiB read in the current qfacts page (10,000 parts x 5 GiB = 50,000 GiB, \"50 TB\" in AWS prose); \
                    5 TiB in the archived qfacts page; the date 2025-12-02 is from a secondary source",
        history: &[
            entry(None, Some(big(5_497_558_138_880))),
            changed(date(2025, 12, 2), Some(big(53_687_091_200_000)), OBJECT_2025),
        ],
    },
    Fact {
        id: SINGLE_PUT_MAX_BYTES.as_str(),
        name: "largest object one PUT uploads (5 GB)",
        unit: "bytes",
        source: OBJECTS,
        confirmed: "\"up to 5 GB\" read in the AWS page; awscalc takes GB = 1,024^3 bytes like the 5 GiB part limit",
        history: &[entry(None, Some(big(5_368_709_120)))],
    },
    Fact {
        id: MULTIPART_MIN_PART_BYTES.as_str(),
        name: "smallest multipart part except the last (5 MiB)",
        unit: "bytes",
        source: MULTIPART,
        confirmed: "read in the current qfacts page: \"5 MiB to 5 GiB. There is no minimum size limit on the last part\"",
        history: &[entry(None, whole(5_242_880))],
    },
    Fact {
        id: MULTIPART_MAX_PART_BYTES.as_str(),
        name: "largest multipart part (5 GiB)",
        unit: "bytes",
        source: MULTIPART,
        confirmed: "read in the current qfacts page",
        history: &[entry(None, Some(big(5_368_709_120)))],
    },
    Fact {
        id: MULTIPART_MAX_PARTS.as_str(),
        name: "most parts in one multipart upload",
        unit: "parts",
        source: MULTIPART,
        confirmed: "read in the current qfacts page",
        history: &[entry(None, whole(10_000))],
    },
    Fact {
        id: MULTIPART_ADVISED_BYTES.as_str(),
        name: "object size from which AWS advises multipart upload (100 MB)",
        unit: "bytes",
        source: MULTIPART,
        confirmed: "\"when your object size reaches 100 MB\" read in the current qfacts page; MB taken as 1,024^2 bytes",
        history: &[entry(None, whole(104_857_600))],
    },
    Fact {
        id: SNOW_DEVICES_AT_ONCE.as_str(),
        name: "Snow devices an account may have at one time by default",
        unit: "devices",
        source: SNOW_USAGE,
        confirmed: "read 2026-12-01 in the GetSnowballUsage API reference: \"The default service limit for the \
                    number of Snow devices that you can have at one time is 1. If you want to increase your service \
                    limit, contact Amazon Web Services Support.\" No date of introduction found",
        history: &[entry(None, whole(1))],
    },
    Fact {
        id: SNOWBALL_EDGE_PREPARE_MAX_DAYS.as_str(),
        name: "days AWS may take to prepare a Snowball Edge before it ships (up to 4 weeks)",
        unit: "days",
        source: SNOW_SHIPPING,
        confirmed: "read 2026-12-01 in the Snowball Edge shipping page: \"It may take up to 4 weeks to provision \
                    and prepare the device for your job before it is shipped\"; 4 weeks taken as 28 days. An upper \
                    bound AWS gives, not a typical time; shipping itself is \"typically\" about a day express \
                    (ShippingDetails API reference). AWS documents no end-to-end turnaround and no single usable \
                    capacity awscalc could confirm (the device type list names a \"Storage Optimized 210 TB\" \
                    model; usable capacity not found on an AWS page), so both are the user's inputs. No date of \
                    introduction found",
        history: &[entry(None, whole(28))],
    },
    Fact {
        id: SNOWBALL_EDGE_NEW_CUSTOMERS.as_str(),
        name: "AWS Snowball Edge open to new customers",
        unit: "(1 = open, 0 = existing customers only)",
        source: SNOW_NEW_CUSTOMERS,
        confirmed: "read 2026-12-01 in the Snowball Edge developer guide: \"Effective November 7, 2025, AWS \
                    Snowball Edge will only be available to existing customers ... New customers should explore AWS \
                    DataSync for online transfers, AWS Data Transfer Terminal for secure physical transfers, or AWS \
                    Partner solutions\"; the API reference now says \"AWS Snowball Edge is no longer available to \
                    new customers\". Not the 2024-11 notice some material cites: on 2024-11-12 AWS discontinued the \
                    previous-generation Snowball devices and Snowcone (end-of-support notice in the API reference), \
                    with the latest generation still open to all customers then",
        history: &[entry(None, whole(1)), entry(Some(date(2025, 11, 7)), whole(0))],
    },
    Fact {
        id: MULTIPART_CONTROL_REQUESTS.as_str(),
        name: "requests of a multipart upload beside its parts (initiate and complete)",
        unit: "requests",
        source: MPU_OVERVIEW,
        confirmed: "2026-12-01: the search tool returned the page only as quoted by others (a README and a \
                    DEV post citing mpuoverview.html): \"Multipart uploading is a three-step process: You \
                    initiate the upload, you upload the object parts, and after you have uploaded all the parts, \
                    you complete the multipart upload\"; one CreateMultipartUpload and one \
                    CompleteMultipartUpload per upload, so 2. Not re-read on the AWS page itself",
        history: &[entry(None, whole(2))],
    },
];
