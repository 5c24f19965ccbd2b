//! Resilience facts: the bands AWS gives its four disaster-recovery strategies, and the data
//! loss of the mechanisms that back them up or replicate them. Researched values:
//! `shared/facts/network-resilience.md` §7, checked again with the search tool on
//! 2026-11-30 as each `confirmed` note says.
//!
//! AWS gives the strategies qualitative bands, not numbers. Each band is registered as what
//! AWS wrote, an ordinal: 0 real time (near zero), 1 minutes, 2 tens of minutes, 3 hours.
//! What span of time each word covers is awscalc's reading of the words, not an AWS number;
//! it lives in `calc::resilience` and docs/resilience.md says it.

use jiff::civil::date;

use super::{entry, whole, Fact, FactId};

/// `resilience.dr_backup_restore_band`: the RPO/RTO band of backup and restore.
pub const DR_BACKUP_RESTORE_BAND: FactId = FactId::new("resilience.dr_backup_restore_band");
/// `resilience.dr_pilot_light_band`: the RPO/RTO band of a pilot light.
pub const DR_PILOT_LIGHT_BAND: FactId = FactId::new("resilience.dr_pilot_light_band");
/// `resilience.dr_warm_standby_band`: the RPO/RTO band of a warm standby.
pub const DR_WARM_STANDBY_BAND: FactId = FactId::new("resilience.dr_warm_standby_band");
/// `resilience.dr_multi_site_band`: the RPO/RTO band of multi-site active/active.
pub const DR_MULTI_SITE_BAND: FactId = FactId::new("resilience.dr_multi_site_band");
/// `resilience.dynamodb_pitr_lag_minutes`: how far behind now DynamoDB's latest restorable time is.
pub const DYNAMODB_PITR_LAG_MINUTES: FactId = FactId::new("resilience.dynamodb_pitr_lag_minutes");
/// `resilience.dynamodb_pitr_window_days`: how far back DynamoDB point-in-time recovery reaches.
pub const DYNAMODB_PITR_WINDOW_DAYS: FactId = FactId::new("resilience.dynamodb_pitr_window_days");
/// `resilience.rds_log_upload_minutes`: how often RDS uploads transaction logs to S3.
pub const RDS_LOG_UPLOAD_MINUTES: FactId = FactId::new("resilience.rds_log_upload_minutes");
/// `resilience.aurora_global_lag_seconds`: Aurora Global Database's typical cross-Region lag.
pub const AURORA_GLOBAL_LAG_SECONDS: FactId = FactId::new("resilience.aurora_global_lag_seconds");
/// `resilience.s3_rtc_minutes`: the time S3 Replication Time Control replicates 99.99 % of objects in.
pub const S3_RTC_MINUTES: FactId = FactId::new("resilience.s3_rtc_minutes");

/// The unit of a band: an ordinal of AWS's words.
const BAND: &str = "band (0 = real time, 1 = minutes, 2 = tens of minutes, 3 = hours)";
const DR_OPTIONS: &str = "https://docs.aws.amazon.com/whitepapers/latest/disaster-recovery-workloads-on-aws/disaster-recovery-options-in-the-cloud.html";
const BANDS_READ: &str = "AWS's DR whitepaper figure \"Disaster recovery strategies\" as network-resilience.md §7 transcribes it; the search tool (2026-11-30) did not find the AWS page itself, only copies that agree (exam guides: backup and restore hours, pilot light tens of minutes, warm standby minutes, multi-site real time / near zero) and the study notes DR1-DR4 (001:604-608). A band, not a number: AWS gives no thresholds";
const PITR_API: &str = "https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_PointInTimeRecoveryDescription.html";
const RDS_PIT: &str = "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_PIT.html";
const AURORA_GLOBAL: &str =
    "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-global-database.html";
const S3_RTC: &str =
    "https://docs.aws.amazon.com/AmazonS3/latest/userguide/replication-time-control.html";

/// DynamoDB point-in-time recovery: AWS What's New, 2018-03-26.
const PITR_SINCE: jiff::civil::Date = date(2018, 3, 26);

pub(super) static FACTS: &[Fact] = &[
    Fact {
        id: DR_BACKUP_RESTORE_BAND.as_str(),
        name: "RPO and RTO band AWS gives backup and restore: hours",
        unit: BAND,
        source: DR_OPTIONS,
        confirmed: BANDS_READ,
        history: &[entry(None, whole(3))],
    },
    Fact {
        id: DR_PILOT_LIGHT_BAND.as_str(),
        name: "RPO and RTO band AWS gives a pilot light: tens of minutes",
        unit: BAND,
        source: DR_OPTIONS,
        confirmed: BANDS_READ,
        history: &[entry(None, whole(2))],
    },
    Fact {
        id: DR_WARM_STANDBY_BAND.as_str(),
        name: "RPO and RTO band AWS gives a warm standby: minutes",
        unit: BAND,
        source: DR_OPTIONS,
        confirmed: BANDS_READ,
        history: &[entry(None, whole(1))],
    },
    Fact {
        id: DR_MULTI_SITE_BAND.as_str(),
        name: "RPO and RTO band AWS gives multi-site active/active: real time (near zero)",
        unit: BAND,
        source: DR_OPTIONS,
        confirmed: BANDS_READ,
        history: &[entry(None, whole(0))],
    },
    Fact {
        id: DYNAMODB_PITR_LAG_MINUTES.as_str(),
        name: "how far behind now DynamoDB's latest restorable time typically is",
        unit: "minutes",
        source: PITR_API,
        confirmed: "read in the current API reference (search, 2026-11-30): \"LatestRestorableDateTime is typically 5 minutes before the current time\"; typical, not guaranteed. Point-in-time recovery came on 2018-03-26 (AWS What's New, network-resilience.md §7)",
        history: &[entry(None, None), entry(Some(PITR_SINCE), whole(5))],
    },
    Fact {
        id: DYNAMODB_PITR_WINDOW_DAYS.as_str(),
        name: "most days back DynamoDB point-in-time recovery reaches",
        unit: "days",
        source: PITR_API,
        confirmed: "read in the current API reference (search, 2026-11-30): \"restore your table to any point in time during the last 35 days\"; RecoveryPeriodInDays now sets it from 1 to 35 (a date of about January 2025 for that setting is from an IaC change, not AWS, and is left out)",
        history: &[entry(None, None), entry(Some(PITR_SINCE), whole(35))],
    },
    Fact {
        id: RDS_LOG_UPLOAD_MINUTES.as_str(),
        name: "how often RDS uploads a DB instance's transaction logs to S3",
        unit: "minutes",
        source: RDS_PIT,
        confirmed: "read in the current AWS page as network-resilience.md §7 quotes it: \"RDS uploads transaction logs for DB instances to Amazon S3 every five minutes\"; the latest restorable time is about five minutes back",
        history: &[entry(None, whole(5))],
    },
    Fact {
        id: AURORA_GLOBAL_LAG_SECONDS.as_str(),
        name: "Aurora Global Database's typical cross-Region replication lag (less than this)",
        unit: "seconds",
        source: AURORA_GLOBAL,
        confirmed: "the archived Aurora guide (network-resilience.md §7): \"typically less than 1 second\"; AWS's disaster-recovery workshop (disaster-recovery.workshop.aws, search 2026-11-30) says the same and that a secondary Region is promoted \"in less than a minute\". Typical, not guaranteed: the RPO is measured by rpo_lag_in_msec (aurora_global_db_status, read 2026-11-30)",
        history: &[entry(None, whole(1))],
    },
    Fact {
        id: S3_RTC_MINUTES.as_str(),
        name: "time S3 Replication Time Control replicates 99.99 % of objects in",
        unit: "minutes",
        source: S3_RTC,
        confirmed: "read in the current AWS page as network-resilience.md §7 quotes it: \"replicates most objects … in seconds, and 99.99 percent of those objects within 15 minutes\"; the launch date (2019-11) is from memory and left out",
        history: &[entry(None, whole(15))],
    },
];

/// `resilience.presign_sigv4_max_seconds`: the longest a SigV4 presigned URL can be valid.
pub const PRESIGN_SIGV4_MAX_SECONDS: FactId = FactId::new("resilience.presign_sigv4_max_seconds");
/// `resilience.waf_window_1min`: WAF's 1-minute rate-based evaluation window, where offered.
pub const WAF_WINDOW_1MIN: FactId = FactId::new("resilience.waf_window_1min");
/// `resilience.waf_window_2min`: WAF's 2-minute window, where offered.
pub const WAF_WINDOW_2MIN: FactId = FactId::new("resilience.waf_window_2min");
/// `resilience.waf_window_5min`: WAF's 5-minute window (the only one before 2024-03-04).
pub const WAF_WINDOW_5MIN: FactId = FactId::new("resilience.waf_window_5min");
/// `resilience.waf_window_10min`: WAF's 10-minute window, where offered.
pub const WAF_WINDOW_10MIN: FactId = FactId::new("resilience.waf_window_10min");
/// `resilience.waf_rate_limit_min`: the lowest limit a WAF rate-based rule takes.
pub const WAF_RATE_LIMIT_MIN: FactId = FactId::new("resilience.waf_rate_limit_min");
/// `resilience.kms_encrypt_max_bytes`: the most plaintext KMS Encrypt takes.
pub const KMS_ENCRYPT_MAX_BYTES: FactId = FactId::new("resilience.kms_encrypt_max_bytes");

const PRESIGN: &str = "https://docs.aws.amazon.com/cli/latest/reference/s3/presign.html";
const WAF_RATE: &str = "https://docs.aws.amazon.com/waf/latest/developerguide/waf-rule-statement-type-rate-based-high-level-settings.html";
const WAF_WINDOWS_NEWS: &str = "https://aws.amazon.com/about-aws/whats-new/2024/03/aws-waf-rate-based-rules-configurable-time-windows/";
const WAF_100_NEWS: &str =
    "https://aws.amazon.com/about-aws/whats-new/2019/08/lower-threshold-for-aws-waf-rate-based-rules/";
const WAF_RULES_NEWS: &str =
    "https://aws.amazon.com/about-aws/whats-new/2017/06/aws-announces-rate-based-rules-for-aws-waf/";
const KMS_ENCRYPT: &str = "https://docs.aws.amazon.com/kms/latest/APIReference/API_Encrypt.html";

/// Rate-based rules: AWS What's New, 2017-06-21.
const WAF_RULES_SINCE: jiff::civil::Date = date(2017, 6, 21);
/// 1, 2 and 10-minute windows: AWS What's New, 2024-03-04.
const WAF_WINDOWS_SINCE: jiff::civil::Date = date(2024, 3, 4);
/// A minimum of 100: AWS What's New, 2019-08-28.
const WAF_100_SINCE: jiff::civil::Date = date(2019, 8, 28);
/// A minimum of 10: August 2024, the month of AWS's What's New post; the day is not known,
/// awscalc takes the first.
const WAF_10_SINCE: jiff::civil::Date = date(2024, 8, 1);

const WAF_WINDOWS_READ: &str = "read in the current AWS page (search, 2026-11-30): \"Valid settings are 60 (1 minute), 120 (2 minutes), 300 (5 minutes), and 600 (10 minutes), and 300 (5 minutes) is the default\"; AWS What's New of 2024-03-04 (search, 2026-11-30): the 1, 2 and 10-minute windows came then, 5 minutes being the fixed window before";

pub(super) static LIMIT_FACTS: &[Fact] = &[
    Fact {
        id: PRESIGN_SIGV4_MAX_SECONDS.as_str(),
        name: "longest a presigned URL signed with Signature Version 4 is valid",
        unit: "seconds",
        source: PRESIGN,
        confirmed: "the AWS CLI reference as network-resilience.md §8 quotes it: \"Maximum is 604800 seconds\" (7 days); a URL also stops when the credential that signed it expires (AWS Knowledge Center, presigned-url-s3-bucket-expiration)",
        history: &[entry(None, whole(604_800))],
    },
    Fact {
        id: WAF_WINDOW_1MIN.as_str(),
        name: "WAF rate-based rule evaluation window of 1 minute",
        unit: "seconds",
        source: WAF_RATE,
        confirmed: WAF_WINDOWS_READ,
        history: &[entry(None, None), entry(Some(WAF_WINDOWS_SINCE), whole(60)).sourced(WAF_WINDOWS_NEWS)],
    },
    Fact {
        id: WAF_WINDOW_2MIN.as_str(),
        name: "WAF rate-based rule evaluation window of 2 minutes",
        unit: "seconds",
        source: WAF_RATE,
        confirmed: WAF_WINDOWS_READ,
        history: &[entry(None, None), entry(Some(WAF_WINDOWS_SINCE), whole(120)).sourced(WAF_WINDOWS_NEWS)],
    },
    Fact {
        id: WAF_WINDOW_5MIN.as_str(),
        name: "WAF rate-based rule evaluation window of 5 minutes (the default)",
        unit: "seconds",
        source: WAF_RATE,
        confirmed: WAF_WINDOWS_READ,
        history: &[entry(None, None), entry(Some(WAF_RULES_SINCE), whole(300)).sourced(WAF_RULES_NEWS)],
    },
    Fact {
        id: WAF_WINDOW_10MIN.as_str(),
        name: "WAF rate-based rule evaluation window of 10 minutes",
        unit: "seconds",
        source: WAF_RATE,
        confirmed: WAF_WINDOWS_READ,
        history: &[entry(None, None), entry(Some(WAF_WINDOWS_SINCE), whole(600)).sourced(WAF_WINDOWS_NEWS)],
    },
    Fact {
        id: WAF_RATE_LIMIT_MIN.as_str(),
        name: "lowest limit a WAF rate-based rule takes, per evaluation window",
        unit: "requests",
        source: WAF_RATE,
        confirmed: "read in the current AWS page (search, 2026-11-30): \"The lowest limit setting allowed is 10\"; AWS What's New of 2019-08-28 (search): \"100 requests per 5 minutes (previously 2000 requests per 5 minutes)\"; rate-based rules came on 2017-06-21 (What's New). The change to 10 is dated month only, August 2024 (the What's New URL, and a WAF vendor's post of early September 2024 found with the search tool): awscalc takes 2024-08-01",
        history: &[
            entry(None, None),
            entry(Some(WAF_RULES_SINCE), whole(2000)).sourced(WAF_RULES_NEWS),
            entry(Some(WAF_100_SINCE), whole(100)).sourced(WAF_100_NEWS),
            entry(Some(WAF_10_SINCE), whole(10)).month_only(),
        ],
    },
    Fact {
        id: KMS_ENCRYPT_MAX_BYTES.as_str(),
        name: "most plaintext KMS Encrypt takes",
        unit: "bytes",
        source: KMS_ENCRYPT,
        confirmed: "the Encrypt API reference as network-resilience.md §8 quotes it: \"Encrypts plaintext of up to 4,096 bytes using a KMS key\"; larger data is encrypted locally with a data key from GenerateDataKey (envelope encryption)",
        history: &[entry(None, whole(4096))],
    },
];
