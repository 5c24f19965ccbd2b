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

use super::{entry, scaled, whole, Fact, FactId};

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

/// `resilience.apigw_integration_timeout_seconds`: API Gateway REST integration timeout (default quota).
pub const APIGW_INTEGRATION_TIMEOUT_SECONDS: FactId =
    FactId::new("resilience.apigw_integration_timeout_seconds");
/// `resilience.apigw_timeout_raisable`: 1 where a Regional or private REST API's integration timeout can be raised past the default.
pub const APIGW_TIMEOUT_RAISABLE: FactId = FactId::new("resilience.apigw_timeout_raisable");
/// `resilience.apigw_payload_max_bytes`: the largest REST API payload.
pub const APIGW_PAYLOAD_MAX_BYTES: FactId = FactId::new("resilience.apigw_payload_max_bytes");
/// `resilience.apigw_throttle_rps`: API Gateway's steady request rate per account and Region.
pub const APIGW_THROTTLE_RPS: FactId = FactId::new("resilience.apigw_throttle_rps");
/// `resilience.apigw_throttle_burst`: API Gateway's burst (token bucket) per account and Region.
pub const APIGW_THROTTLE_BURST: FactId = FactId::new("resilience.apigw_throttle_burst");
/// `resilience.apigw_cache_ttl_max_seconds`: the longest time-to-live of a stage's cache.
pub const APIGW_CACHE_TTL_MAX_SECONDS: FactId =
    FactId::new("resilience.apigw_cache_ttl_max_seconds");
/// `resilience.apigw_cache_ttl_default_seconds`: a stage cache's time-to-live unless set.
pub const APIGW_CACHE_TTL_DEFAULT_SECONDS: FactId =
    FactId::new("resilience.apigw_cache_ttl_default_seconds");
/// `resilience.apigw_cache_response_max_bytes`: the largest response a stage cache holds.
pub const APIGW_CACHE_RESPONSE_MAX_BYTES: FactId =
    FactId::new("resilience.apigw_cache_response_max_bytes");
/// `resilience.apigw_cache_capacity_0_5_gb`: one of the cache capacities a stage can choose.
pub const APIGW_CACHE_CAPACITY_0_5_GB: FactId =
    FactId::new("resilience.apigw_cache_capacity_0_5_gb");
/// `resilience.apigw_cache_capacity_1_6_gb`: one of the cache capacities a stage can choose.
pub const APIGW_CACHE_CAPACITY_1_6_GB: FactId =
    FactId::new("resilience.apigw_cache_capacity_1_6_gb");
/// `resilience.apigw_cache_capacity_6_1_gb`: one of the cache capacities a stage can choose.
pub const APIGW_CACHE_CAPACITY_6_1_GB: FactId =
    FactId::new("resilience.apigw_cache_capacity_6_1_gb");
/// `resilience.apigw_cache_capacity_13_5_gb`: one of the cache capacities a stage can choose.
pub const APIGW_CACHE_CAPACITY_13_5_GB: FactId =
    FactId::new("resilience.apigw_cache_capacity_13_5_gb");
/// `resilience.apigw_cache_capacity_28_4_gb`: one of the cache capacities a stage can choose.
pub const APIGW_CACHE_CAPACITY_28_4_GB: FactId =
    FactId::new("resilience.apigw_cache_capacity_28_4_gb");
/// `resilience.apigw_cache_capacity_58_2_gb`: one of the cache capacities a stage can choose.
pub const APIGW_CACHE_CAPACITY_58_2_GB: FactId =
    FactId::new("resilience.apigw_cache_capacity_58_2_gb");
/// `resilience.apigw_cache_capacity_118_gb`: one of the cache capacities a stage can choose.
pub const APIGW_CACHE_CAPACITY_118_GB: FactId =
    FactId::new("resilience.apigw_cache_capacity_118_gb");
/// `resilience.apigw_cache_capacity_237_gb`: one of the cache capacities a stage can choose.
pub const APIGW_CACHE_CAPACITY_237_GB: FactId =
    FactId::new("resilience.apigw_cache_capacity_237_gb");
/// The cache capacities a stage can choose, smallest first.
pub const APIGW_CACHE_CAPACITIES_GB: [FactId; 8] = [
    APIGW_CACHE_CAPACITY_0_5_GB,
    APIGW_CACHE_CAPACITY_1_6_GB,
    APIGW_CACHE_CAPACITY_6_1_GB,
    APIGW_CACHE_CAPACITY_13_5_GB,
    APIGW_CACHE_CAPACITY_28_4_GB,
    APIGW_CACHE_CAPACITY_58_2_GB,
    APIGW_CACHE_CAPACITY_118_GB,
    APIGW_CACHE_CAPACITY_237_GB,
];
/// `resilience.secrets_rotation_min_hours`: the shortest Secrets Manager rotation interval.
pub const SECRETS_ROTATION_MIN_HOURS: FactId = FactId::new("resilience.secrets_rotation_min_hours");
/// `resilience.s3_buckets_per_account`: general purpose S3 buckets per account (default quota).
pub const S3_BUCKETS_PER_ACCOUNT: FactId = FactId::new("resilience.s3_buckets_per_account");
/// `resilience.route53_multivalue_records`: healthy records in one multivalue answer.
pub const ROUTE53_MULTIVALUE_RECORDS: FactId = FactId::new("resilience.route53_multivalue_records");
/// `resilience.cloudwatch_keep_sub_minute_hours`: how long data points of a period under 60 s are kept.
pub const CLOUDWATCH_KEEP_SUB_MINUTE_HOURS: FactId =
    FactId::new("resilience.cloudwatch_keep_sub_minute_hours");
/// `resilience.cloudwatch_keep_1min_days`: how long 1-minute data points are kept.
pub const CLOUDWATCH_KEEP_1MIN_DAYS: FactId = FactId::new("resilience.cloudwatch_keep_1min_days");
/// `resilience.cloudwatch_keep_5min_days`: how long 5-minute data points are kept.
pub const CLOUDWATCH_KEEP_5MIN_DAYS: FactId = FactId::new("resilience.cloudwatch_keep_5min_days");
/// `resilience.cloudwatch_keep_1h_days`: how long 1-hour data points are kept.
pub const CLOUDWATCH_KEEP_1H_DAYS: FactId = FactId::new("resilience.cloudwatch_keep_1h_days");
/// `resilience.cloudwatch_alarm_period_multiple_seconds`: an alarm's period of a minute or
/// more is a multiple of this.
pub const CLOUDWATCH_ALARM_PERIOD_MULTIPLE_SECONDS: FactId =
    FactId::new("resilience.cloudwatch_alarm_period_multiple_seconds");
/// `resilience.cloudwatch_alarm_high_resolution_step_seconds`: a high-resolution alarm's
/// period is a multiple of this under a minute (10, 20 or 30 seconds).
pub const CLOUDWATCH_ALARM_HIGH_RESOLUTION_STEP_SECONDS: FactId =
    FactId::new("resilience.cloudwatch_alarm_high_resolution_step_seconds");
/// `resilience.cloudwatch_alarm_high_resolution_max_seconds`: the longest high-resolution
/// alarm period under a minute (30 s).
pub const CLOUDWATCH_ALARM_HIGH_RESOLUTION_MAX_SECONDS: FactId =
    FactId::new("resilience.cloudwatch_alarm_high_resolution_max_seconds");
/// `resilience.cloudwatch_alarm_evaluation_max_seconds`: the longest an alarm's periods
/// together may span.
pub const CLOUDWATCH_ALARM_EVALUATION_MAX_SECONDS: FactId =
    FactId::new("resilience.cloudwatch_alarm_evaluation_max_seconds");
/// `resilience.cloudwatch_alarm_evaluation_max_sub_hour_seconds`: the same, for an alarm
/// whose period is under an hour.
pub const CLOUDWATCH_ALARM_EVALUATION_MAX_SUB_HOUR_SECONDS: FactId =
    FactId::new("resilience.cloudwatch_alarm_evaluation_max_sub_hour_seconds");

const APIGW_CACHING: &str =
    "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html";
const APIGW_CACHING_READ: &str = "read in AWS's page on cache settings for REST APIs (search, \
     2026-12-01; the copies on docs.aws.amazon.com/es_es and docs.amazonaws.cn agree): \"The \
     default TTL value for API caching is 300 seconds. The maximum TTL value is 3600 seconds. \
     TTL=0 means caching is disabled\" and \"The maximum size of a response that can be cached \
     is 1048576 bytes\". No earlier value or date was found. The guide names no cache sizes: \
     they are the API's CacheClusterSize values, held as their own facts";
const APIGW_CACHE_SIZES: &str = "https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/apigateway/aws.sdk.kotlin.services.apigateway.model/-cache-cluster-size";
const APIGW_CACHE_SIZES_READ: &str = "the API's CacheClusterSize values as the AWS SDK for Kotlin \
     reference on docs.aws.amazon.com lists them (search, 2026-12-01): Size0Point5Gb, \
     Size1Point6Gb, Size6Point1Gb, Size13Point5Gb, Size28Point4Gb, Size58Point2Gb, Size118Gb, \
     Size237Gb (\"The stage's cache capacity in GB\"); AWS's caching guide names no sizes. No \
     earlier set or date was found";
const APIGW_REST_QUOTAS: &str = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-execution-service-limits-table.html";
const APIGW_THROTTLING: &str =
    "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html";
const APIGW_TIMEOUT_NEWS: &str = "https://aws.amazon.com/about-aws/whats-new/2024/06/amazon-api-gateway-integration-timeout-limit-29-seconds/";
const SECRETS_ROTATION: &str =
    "https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_RotationRulesType.html";
const S3_BUCKETS: &str =
    "https://docs.aws.amazon.com/AmazonS3/latest/userguide/BucketRestrictions.html";
const ROUTE53_MULTIVALUE: &str =
    "https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/routing-policy-multivalue.html";
const CLOUDWATCH_RETENTION: &str =
    "https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_GetMetricStatistics.html";

/// Integration timeouts past 29 s for Regional and private REST APIs: June 2024, the month
/// of AWS's What's New post (its URL); the day was not found, awscalc takes the first.
const APIGW_RAISABLE_SINCE: jiff::civil::Date = date(2024, 6, 1);
/// Rotation as often as every four hours: November 2022 (AWS Security Blog's review of
/// 2022); the day was not found, awscalc takes the first.
const SECRETS_4H_SINCE: jiff::civil::Date = date(2022, 11, 1);
/// 10,000 buckets by default: November 2024 (research notes, from third-party copies of
/// the announcement); the day was not found, awscalc takes the first.
const S3_10K_SINCE: jiff::civil::Date = date(2024, 11, 1);
/// 5-minute and 1-hour data kept 63 and 455 days: "as of 9 July 2016" (older API text).
const CLOUDWATCH_LONGER_SINCE: jiff::civil::Date = date(2016, 7, 9);
const CLOUDWATCH_ALARM: &str =
    "https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html";
const CLOUDWATCH_ALARM_READ: &str = "read in the PutMetricAlarm reference as the AWS SDK for \
     Kotlin carries it on docs.aws.amazon.com (search, 2026-12-01): Period \"Valid values are \
     10, 20, 30, and any multiple of 60\" (10, 20 or 30 only for high-resolution metrics, and \
     then a high-resolution alarm); \"An alarm's total current evaluation period can be no \
     longer than seven days, so Period multiplied by EvaluationPeriods can't be more than \
     604,800 seconds. For alarms with a period of less than one hour (3,600 seconds), the total \
     evaluation period can't be longer than one day (86,400 seconds)\". No earlier value or date \
     of change was found, so one value is held";

const CLOUDWATCH_READ: &str = "read in the current GetMetricStatistics and GetMetricData API references (search, 2026-12-01): \"Data points with a period of less than 60 seconds are available for 3 hours… 60 seconds (1-minute) are available for 15 days… 300 seconds (5-minute) are available for 63 days… 3600 seconds (1 hour) are available for 455 days (15 months)\"";

pub(super) static MORE_LIMIT_FACTS: &[Fact] = &[
    Fact {
        id: APIGW_INTEGRATION_TIMEOUT_SECONDS.as_str(),
        name: "API Gateway REST API integration timeout (default quota)",
        unit: "seconds",
        source: APIGW_REST_QUOTAS,
        confirmed: "read in the current AWS page (search, 2026-12-01): \"Integration timeout: 50 milliseconds - 29 seconds for all integration types… Can be increased: Yes*\" (Regional and private REST APIs only)",
        history: &[entry(None, whole(29))],
    },
    Fact {
        id: APIGW_TIMEOUT_RAISABLE.as_str(),
        name: "API Gateway Regional or private REST API integration timeout raisable past the default (1 = yes)",
        unit: "",
        source: APIGW_REST_QUOTAS,
        confirmed: "the current quota page marks the timeout increasable for Regional and private REST APIs, not edge-optimized ones (search, 2026-12-01); AWS re:Post answers say the same. The date is month only: the month of AWS's What's New post (June 2024, its URL; a blog of 2024-06-23 calls it \"recently launched\"): awscalc takes 2024-06-01. Before, 29 s was a hard limit",
        history: &[
            entry(None, None),
            entry(Some(APIGW_RAISABLE_SINCE), whole(1))
                .month_only()
                .sourced(APIGW_TIMEOUT_NEWS),
        ],
    },
    Fact {
        id: APIGW_PAYLOAD_MAX_BYTES.as_str(),
        name: "largest API Gateway REST API payload (10 MB)",
        unit: "bytes",
        source: APIGW_REST_QUOTAS,
        confirmed: "the quota page as network-resilience.md §9 quotes it: \"Payload size 10 MB\", not adjustable. AWS writes MB without saying which: awscalc reads 10 × 1,048,576 = 10,485,760 bytes; a payload between 10,000,000 and 10,485,760 bytes is near the limit either way",
        history: &[entry(None, whole(10_485_760))],
    },
    Fact {
        id: APIGW_CACHE_CAPACITY_0_5_GB.as_str(),
        name: "an API Gateway stage cache capacity (0.5 GB)",
        unit: "GB",
        source: APIGW_CACHE_SIZES,
        confirmed: APIGW_CACHE_SIZES_READ,
        history: &[entry(None, scaled(5, 1))],
    },
    Fact {
        id: APIGW_CACHE_CAPACITY_1_6_GB.as_str(),
        name: "an API Gateway stage cache capacity (1.6 GB)",
        unit: "GB",
        source: APIGW_CACHE_SIZES,
        confirmed: APIGW_CACHE_SIZES_READ,
        history: &[entry(None, scaled(16, 1))],
    },
    Fact {
        id: APIGW_CACHE_CAPACITY_6_1_GB.as_str(),
        name: "an API Gateway stage cache capacity (6.1 GB)",
        unit: "GB",
        source: APIGW_CACHE_SIZES,
        confirmed: APIGW_CACHE_SIZES_READ,
        history: &[entry(None, scaled(61, 1))],
    },
    Fact {
        id: APIGW_CACHE_CAPACITY_13_5_GB.as_str(),
        name: "an API Gateway stage cache capacity (13.5 GB)",
        unit: "GB",
        source: APIGW_CACHE_SIZES,
        confirmed: APIGW_CACHE_SIZES_READ,
        history: &[entry(None, scaled(135, 1))],
    },
    Fact {
        id: APIGW_CACHE_CAPACITY_28_4_GB.as_str(),
        name: "an API Gateway stage cache capacity (28.4 GB)",
        unit: "GB",
        source: APIGW_CACHE_SIZES,
        confirmed: APIGW_CACHE_SIZES_READ,
        history: &[entry(None, scaled(284, 1))],
    },
    Fact {
        id: APIGW_CACHE_CAPACITY_58_2_GB.as_str(),
        name: "an API Gateway stage cache capacity (58.2 GB)",
        unit: "GB",
        source: APIGW_CACHE_SIZES,
        confirmed: APIGW_CACHE_SIZES_READ,
        history: &[entry(None, scaled(582, 1))],
    },
    Fact {
        id: APIGW_CACHE_CAPACITY_118_GB.as_str(),
        name: "an API Gateway stage cache capacity (118 GB)",
        unit: "GB",
        source: APIGW_CACHE_SIZES,
        confirmed: APIGW_CACHE_SIZES_READ,
        history: &[entry(None, whole(118))],
    },
    Fact {
        id: APIGW_CACHE_CAPACITY_237_GB.as_str(),
        name: "an API Gateway stage cache capacity (237 GB)",
        unit: "GB",
        source: APIGW_CACHE_SIZES,
        confirmed: APIGW_CACHE_SIZES_READ,
        history: &[entry(None, whole(237))],
    },
    Fact {
        id: APIGW_CACHE_TTL_MAX_SECONDS.as_str(),
        name: "longest time-to-live of an API Gateway stage cache",
        unit: "seconds",
        source: APIGW_CACHING,
        confirmed: APIGW_CACHING_READ,
        history: &[entry(None, whole(3_600))],
    },
    Fact {
        id: APIGW_CACHE_TTL_DEFAULT_SECONDS.as_str(),
        name: "an API Gateway stage cache's time-to-live unless set",
        unit: "seconds",
        source: APIGW_CACHING,
        confirmed: APIGW_CACHING_READ,
        history: &[entry(None, whole(300))],
    },
    Fact {
        id: APIGW_CACHE_RESPONSE_MAX_BYTES.as_str(),
        name: "largest response an API Gateway stage cache holds",
        unit: "bytes",
        source: APIGW_CACHING,
        confirmed: APIGW_CACHING_READ,
        history: &[entry(None, whole(1_048_576))],
    },
    Fact {
        id: APIGW_THROTTLE_RPS.as_str(),
        name: "API Gateway steady request rate per account per Region (default quota)",
        unit: "requests/s",
        source: APIGW_THROTTLING,
        confirmed: "the throttling page as network-resilience.md §9 quotes it: \"10,000 requests per second (RPS)… maximum bucket capacity of 5,000 requests\"; newer Regions (Cape Town, Milan, Jakarta and others) have 2,500 rps and 1,250 burst, which awscalc does not hold",
        history: &[entry(None, whole(10_000))],
    },
    Fact {
        id: APIGW_THROTTLE_BURST.as_str(),
        name: "API Gateway burst (token bucket) per account per Region (default quota)",
        unit: "requests",
        source: APIGW_THROTTLING,
        confirmed: "as the steady rate: \"a maximum bucket capacity of 5,000 requests\"",
        history: &[entry(None, whole(5_000))],
    },
    Fact {
        id: SECRETS_ROTATION_MIN_HOURS.as_str(),
        name: "shortest Secrets Manager rotation interval",
        unit: "hours",
        source: SECRETS_ROTATION,
        confirmed: "read in the current API reference (search, 2026-12-01): ScheduleExpression \"You can rotate a secret as often as every four hours\"; AutomaticallyAfterDays \"Minimum value of 1\", the only schedule before rate() in hours came. The date is month only, November 2022 (AWS Security Blog's review of 2022, research notes §8); the study notes' X28 says 2023. awscalc takes 2022-11-01",
        history: &[
            entry(None, whole(24)),
            entry(Some(SECRETS_4H_SINCE), whole(4)).month_only(),
        ],
    },
    Fact {
        id: S3_BUCKETS_PER_ACCOUNT.as_str(),
        name: "general purpose S3 buckets per account (default quota)",
        unit: "buckets",
        source: S3_BUCKETS,
        confirmed: "read in the current AWS page (search, 2026-12-01): \"By default, you can create up to 10,000 general purpose buckets per AWS account\"; older copies: \"By default, you can create up to 100 buckets… to a maximum of 1,000\". The date is month only: November 2024, from the research notes' third-party copies of the announcement: awscalc takes 2024-11-01",
        history: &[
            entry(None, whole(100)),
            entry(Some(S3_10K_SINCE), whole(10_000)).month_only(),
        ],
    },
    Fact {
        id: ROUTE53_MULTIVALUE_RECORDS.as_str(),
        name: "healthy records Route 53 returns in one multivalue answer",
        unit: "records",
        source: ROUTE53_MULTIVALUE,
        confirmed: "read in the current AWS page (search, 2026-12-01): \"Route 53 responds to DNS queries with up to eight healthy records and gives different answers to different DNS resolvers\"",
        history: &[entry(None, whole(8))],
    },
    Fact {
        id: CLOUDWATCH_KEEP_SUB_MINUTE_HOURS.as_str(),
        name: "how long CloudWatch keeps data points of a period under 60 s (high resolution)",
        unit: "hours",
        source: CLOUDWATCH_RETENTION,
        confirmed: CLOUDWATCH_READ,
        history: &[entry(None, whole(3))],
    },
    Fact {
        id: CLOUDWATCH_KEEP_1MIN_DAYS.as_str(),
        name: "how long CloudWatch keeps 1-minute data points",
        unit: "days",
        source: CLOUDWATCH_RETENTION,
        confirmed: CLOUDWATCH_READ,
        history: &[entry(None, whole(15))],
    },
    Fact {
        id: CLOUDWATCH_KEEP_5MIN_DAYS.as_str(),
        name: "how long CloudWatch keeps 5-minute data points",
        unit: "days",
        source: CLOUDWATCH_RETENTION,
        confirmed: "as for 1-minute data; older API text: \"CloudWatch started retaining 5-minute and 1-hour metric data as of 9 July 2016\" (research notes §9); what it kept before is not recorded, so awscalc holds no earlier value",
        history: &[entry(None, None), entry(Some(CLOUDWATCH_LONGER_SINCE), whole(63))],
    },
    Fact {
        id: CLOUDWATCH_KEEP_1H_DAYS.as_str(),
        name: "how long CloudWatch keeps 1-hour data points",
        unit: "days",
        source: CLOUDWATCH_RETENTION,
        confirmed: "as for 5-minute data: 455 days (15 months) since 9 July 2016",
        history: &[entry(None, None), entry(Some(CLOUDWATCH_LONGER_SINCE), whole(455))],
    },
    Fact {
        id: CLOUDWATCH_ALARM_PERIOD_MULTIPLE_SECONDS.as_str(),
        name: "an alarm's period of a minute or more: a multiple of",
        unit: "seconds",
        source: CLOUDWATCH_ALARM,
        confirmed: CLOUDWATCH_ALARM_READ,
        history: &[entry(None, whole(60))],
    },
    Fact {
        id: CLOUDWATCH_ALARM_HIGH_RESOLUTION_STEP_SECONDS.as_str(),
        name: "a high-resolution alarm's period under a minute: a multiple of (10, 20 or 30 s)",
        unit: "seconds",
        source: CLOUDWATCH_ALARM,
        confirmed: CLOUDWATCH_ALARM_READ,
        history: &[entry(None, whole(10))],
    },
    Fact {
        id: CLOUDWATCH_ALARM_HIGH_RESOLUTION_MAX_SECONDS.as_str(),
        name: "the longest high-resolution alarm period under a minute (10, 20 or 30 s)",
        unit: "seconds",
        source: CLOUDWATCH_ALARM,
        confirmed: CLOUDWATCH_ALARM_READ,
        history: &[entry(None, whole(30))],
    },
    Fact {
        id: CLOUDWATCH_ALARM_EVALUATION_MAX_SECONDS.as_str(),
        name: "the longest an alarm's evaluation periods may span together (period × periods)",
        unit: "seconds",
        source: CLOUDWATCH_ALARM,
        confirmed: CLOUDWATCH_ALARM_READ,
        history: &[entry(None, whole(604_800))],
    },
    Fact {
        id: CLOUDWATCH_ALARM_EVALUATION_MAX_SUB_HOUR_SECONDS.as_str(),
        name: "the longest an alarm's evaluation periods may span with a period under an hour",
        unit: "seconds",
        source: CLOUDWATCH_ALARM,
        confirmed: CLOUDWATCH_ALARM_READ,
        history: &[entry(None, whole(86_400))],
    },
];
