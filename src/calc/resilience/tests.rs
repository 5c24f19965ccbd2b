//! Worked examples, each derived by hand from the AWS rule it cites.

use jiff::civil::date;
use rust_decimal::Decimal;

use super::*;
use crate::facts::{FactBook, Registry};
use crate::units::DurationGrammar;

fn book(y: i16, m: i8, d: i8) -> FactBook {
    FactBook::new(Registry::builtin(), date(y, m, d))
}

fn duration(text: &str) -> Duration {
    let grammar = DurationGrammar {
        what: "duration",
        bare_seconds: None,
        smallest_unit_seconds: 1,
        accepted: "15min, 1h",
    };
    Duration::parse(text, &grammar).unwrap()
}

fn request(rpo: &str, rto: &str, snapshots: Option<&str>) -> DrRequest {
    DrRequest {
        rpo: duration(rpo),
        rto: duration(rto),
        snapshot_every: snapshots.map(duration),
    }
}

fn fit(answer: &Dr, strategy: Strategy) -> &StrategyFit {
    answer
        .strategies
        .iter()
        .find(|s| s.strategy == strategy)
        .unwrap()
}

fn mechanism(answer: &Dr, mechanism: Mechanism) -> &MechanismFit {
    answer
        .mechanisms
        .iter()
        .find(|m| m.mechanism == mechanism)
        .unwrap()
}

/// Study notes A12 (001:613-618): a DynamoDB application needs RPO 15 min and RTO 1 h after
/// data corruption. PITR's latest restorable time is typically 5 min back
/// (API_PointInTimeRecoveryDescription): 300 s ≤ 900 s, it meets the RPO. A daily export
/// (DR6, 001:617) loses up to 24 h = 86,400 s > 900 s. By the whitepaper's bands:
/// backup and restore ("hours", from 3,600 s) misses the 900 s RPO; a pilot light ("tens of
/// minutes", 600 s to 3,600 s) holds 900 s inside its band: it may meet it; a warm standby
/// ("minutes", ending at 600 s ≤ 900 s, and ≤ 3,600 s) meets both.
#[test]
fn rpo_15_minutes_rto_1_hour_is_met_by_pitr_and_a_warm_standby() {
    let answer = dr(
        &request("15min", "1h", Some("24h")),
        &mut book(2026, 11, 30),
    )
    .unwrap();
    assert_eq!(answer.rpo_seconds, Decimal::from(900));
    assert_eq!(answer.rto_seconds, Decimal::from(3600));
    assert_eq!(answer.strategy, Some(Strategy::WarmStandby));
    assert_eq!(answer.verdict, Some(Verdict::Meets));
    let backup = fit(&answer, Strategy::BackupRestore);
    assert_eq!(
        (backup.rpo, backup.rto),
        (Verdict::Misses, Verdict::MayMeet)
    );
    let pilot = fit(&answer, Strategy::PilotLight);
    assert_eq!((pilot.rpo, pilot.rto), (Verdict::MayMeet, Verdict::Meets));
    assert_eq!(pilot.overall, Verdict::MayMeet);
    let pitr = mechanism(&answer, Mechanism::DynamodbPitr);
    assert_eq!(pitr.loss_seconds, Decimal::from(300));
    assert!(pitr.meets);
    assert_eq!(answer.pitr_window_days, Some(Decimal::from(35)));
    let daily = mechanism(&answer, Mechanism::ScheduledSnapshots);
    assert_eq!(daily.loss_seconds, Decimal::from(86_400));
    assert!(!daily.meets);
}

/// S3 RTC replicates 99.99 % of objects within 15 minutes (replication-time-control.html):
/// it meets an RPO of exactly 15 minutes, not 14. RDS logs every 5 minutes (USER_PIT.html):
/// 300 s meets 5 min, not 4 min. Aurora Global Database, under 1 s, meets 1 s.
#[test]
fn mechanisms_meet_an_rpo_at_their_own_value_exactly() {
    let mut b = book(2026, 11, 30);
    let fifteen = dr(&request("15min", "1h", None), &mut b).unwrap();
    assert!(mechanism(&fifteen, Mechanism::S3ReplicationTimeControl).meets);
    let fourteen = dr(&request("14min", "1h", None), &mut b).unwrap();
    assert!(!mechanism(&fourteen, Mechanism::S3ReplicationTimeControl).meets);
    let five = dr(&request("5min", "1h", None), &mut b).unwrap();
    assert!(mechanism(&five, Mechanism::RdsAutomatedBackups).meets);
    let four = dr(&request("4min", "1h", None), &mut b).unwrap();
    assert!(!mechanism(&four, Mechanism::RdsAutomatedBackups).meets);
    assert!(!mechanism(&four, Mechanism::DynamodbPitr).meets);
    let second = dr(&request("1s", "1min", None), &mut b).unwrap();
    assert!(mechanism(&second, Mechanism::AuroraGlobalDatabase).meets);
    // Under a minute only "real time" can: multi-site, and only "may" (its band is 0-60 s).
    assert_eq!(second.strategy, Some(Strategy::MultiSite));
    assert_eq!(second.verdict, Some(Verdict::MayMeet));
}

/// A day for both: "hours" ends at a day, so backup and restore meets it, the cheapest.
#[test]
fn a_day_for_both_is_met_by_backup_and_restore() {
    let answer = dr(&request("24h", "1d", None), &mut book(2026, 11, 30)).unwrap();
    assert_eq!(answer.strategy, Some(Strategy::BackupRestore));
}

/// DynamoDB point-in-time recovery came on 2018-03-26: before, it is not offered.
#[test]
fn pitr_is_not_offered_before_march_2018() {
    let answer = dr(&request("15min", "1h", None), &mut book(2018, 3, 25)).unwrap();
    assert!(answer
        .mechanisms
        .iter()
        .all(|m| m.mechanism != Mechanism::DynamodbPitr));
    assert_eq!(answer.pitr_window_days, None);
}

fn limit_book() -> FactBook {
    book(2026, 11, 30)
}

/// Study notes 002:212 (the `presign` candidate, §5 row 18): a document downloadable for
/// 15 minutes is a URL of 900 s ≤ 604,800 s (SigV4's 7 days, presign.html). Signed by a
/// role session with 1 h left, a 24 h URL stops after the hour: 86,400 s > 3,600 s.
#[test]
fn a_15_minute_presigned_url_fits_but_not_24_hours_on_a_1_hour_session() {
    let short = LimitRequest::Presign {
        expires: duration("15min"),
        remaining: None,
    };
    assert!(limit(&short, &mut limit_book()).unwrap().fits);
    let long = LimitRequest::Presign {
        expires: duration("24h"),
        remaining: Some(duration("1h")),
    };
    let answer = limit(&long, &mut limit_book()).unwrap();
    assert!(!answer.fits);
    assert_eq!(answer.steps[1].value, Decimal::from(3600 - 86_400));
    let week = LimitRequest::Presign {
        expires: duration("7d"),
        remaining: None,
    };
    assert!(limit(&week, &mut limit_book()).unwrap().fits);
    let eight = LimitRequest::Presign {
        expires: duration("8d"),
        remaining: None,
    };
    assert!(!limit(&eight, &mut limit_book()).unwrap().fits);
}

/// Study notes W1/A13 (001:301-302): 500 requests in 5 minutes is a valid rule (minimum 10
/// since August 2024, 100 from 2019-08-28), 500 / 300 s ≈ 1.67 requests a second. A 1-minute
/// window came on 2024-03-04; 50 requests was below the minimum of 100 in 2023.
#[test]
fn a_waf_rule_of_500_requests_in_5_minutes_and_its_older_limits() {
    let rule = |requests, window: &str| LimitRequest::Waf {
        requests,
        window: duration(window),
    };
    let today = limit(&rule(500, "5min"), &mut limit_book()).unwrap();
    assert!(today.fits);
    assert_eq!(
        today.rate_per_second.unwrap().round_dp(2),
        "1.67".parse().unwrap()
    );
    assert!(
        !limit(&rule(50, "5min"), &mut book(2023, 1, 1))
            .unwrap()
            .fits
    );
    assert!(limit(&rule(50, "5min"), &mut limit_book()).unwrap().fits);
    assert!(
        !limit(&rule(500, "1min"), &mut book(2024, 3, 3))
            .unwrap()
            .fits
    );
    assert!(
        limit(&rule(500, "1min"), &mut book(2024, 3, 4))
            .unwrap()
            .fits
    );
    assert!(!limit(&rule(500, "3min"), &mut limit_book()).unwrap().fits);
    assert!(
        !limit(&rule(500, "5min"), &mut book(2019, 8, 27))
            .unwrap()
            .fits
    );
}

/// Study notes W7/B41 (002:208): KMS Encrypt takes 4,096 bytes (API_Encrypt.html): 4 KB
/// fits, 10 KB = 10,240 bytes and 100 GB do not: envelope encryption.
#[test]
fn kms_encrypt_takes_4_kb_not_100_gb() {
    let kms = |size: &str| LimitRequest::Kms {
        size: size.parse().unwrap(),
    };
    assert!(limit(&kms("4kb"), &mut limit_book()).unwrap().fits);
    assert!(!limit(&kms("4097"), &mut limit_book()).unwrap().fits);
    assert!(!limit(&kms("100gb"), &mut limit_book()).unwrap().fits);
}

fn limit_fits(request: &LimitRequest, on: (i16, i8, i8)) -> bool {
    limit(request, &mut book(on.0, on.1, on.2)).unwrap().fits
}

/// API Gateway REST quotas: "Integration timeout: 50 milliseconds - 29 seconds": 29 s fits,
/// 30 s does not; raisable (Regional and private) only since June 2024.
#[test]
fn api_gateway_integration_timeout_is_29_seconds() {
    let ask = |t: &str| LimitRequest::Apigw {
        timeout: Some(duration(t)),
        payload: None,
        rate: None,
        cache_ttl: None,
        cache_gb: None,
    };
    assert!(limit_fits(&ask("29s"), (2026, 12, 1)));
    assert!(!limit_fits(&ask("30s"), (2026, 12, 1)));
    let now = limit(&ask("45s"), &mut book(2026, 12, 1)).unwrap();
    assert_eq!(now.timeout_raisable, Some(true));
    let before = limit(&ask("45s"), &mut book(2024, 1, 1)).unwrap();
    assert_eq!(before.timeout_raisable, Some(false));
}

/// 10 MB payloads (10 × 1,048,576 bytes) and 10,000 requests per second with a burst of
/// 5,000 (api-gateway-request-throttling.html).
#[test]
fn api_gateway_payload_and_account_rate() {
    let ask = |payload: &str, rate: &str| LimitRequest::Apigw {
        timeout: None,
        payload: Some(payload.parse().unwrap()),
        rate: Some(rate.parse().unwrap()),
        cache_ttl: None,
        cache_gb: None,
    };
    let fits = limit(&ask("10mb", "10000/s"), &mut book(2026, 12, 1)).unwrap();
    assert!(fits.fits);
    assert_eq!(fits.burst, Some(Decimal::from(5_000)));
    assert!(!limit_fits(&ask("11mb", "1/s"), (2026, 12, 1)));
    assert!(!limit_fits(&ask("1mb", "10001/s"), (2026, 12, 1)));
}

/// "You can rotate a secret as often as every four hours" (RotationRulesType), since
/// November 2022; a day before (AutomaticallyAfterDays minimum 1).
#[test]
fn secrets_rotate_every_four_hours_at_most_since_november_2022() {
    let ask = |t: &str| LimitRequest::Secrets { every: duration(t) };
    assert!(limit_fits(&ask("4h"), (2026, 12, 1)));
    assert!(!limit_fits(&ask("3h"), (2026, 12, 1)));
    assert!(!limit_fits(&ask("4h"), (2022, 6, 1)));
    assert!(limit_fits(&ask("24h"), (2022, 6, 1)));
}

/// BucketRestrictions.html: 10,000 general purpose buckets by default (100 before
/// November 2024).
#[test]
fn s3_buckets_per_account_rose_from_100_to_10000() {
    let ask = LimitRequest::Buckets { buckets: 500 };
    assert!(limit_fits(&ask, (2026, 12, 1)));
    assert!(!limit_fits(&ask, (2024, 6, 1)));
    assert!(limit_fits(
        &LimitRequest::Buckets { buckets: 100 },
        (2024, 6, 1)
    ));
}

/// routing-policy-multivalue.html: "up to eight healthy records" (study notes R2).
#[test]
fn route53_multivalue_returns_up_to_eight_records() {
    assert!(limit_fits(
        &LimitRequest::Multivalue { records: 8 },
        (2026, 12, 1)
    ));
    assert!(!limit_fits(
        &LimitRequest::Multivalue { records: 9 },
        (2026, 12, 1)
    ));
}

/// GetMetricStatistics: under 60 s kept 3 hours, 60 s 15 days, 300 s 63 days, 3,600 s 455
/// days (study notes CW1, CW2).
#[test]
fn cloudwatch_keeps_each_period_for_its_time() {
    let ask = |p: &str, k: &str| LimitRequest::Cloudwatch {
        period: duration(p),
        keep: duration(k),
    };
    let on = (2026, 12, 1);
    assert!(limit_fits(&ask("1s", "3h"), on));
    assert!(!limit_fits(&ask("1s", "4h"), on));
    assert!(limit_fits(&ask("1min", "10d"), on));
    assert!(!limit_fits(&ask("1min", "16d"), on));
    assert!(limit_fits(&ask("5min", "63d"), on));
    assert!(!limit_fits(&ask("5min", "64d"), on));
    assert!(limit_fits(&ask("1h", "455d"), on));
    assert!(!limit_fits(&ask("1h", "456d"), on));
    let kept = limit(&ask("1s", "1h"), &mut book(2026, 12, 1)).unwrap();
    assert_eq!(kept.kept_seconds, Some(Decimal::from(10_800)));
}

/// PutMetricAlarm: "Valid values are 10, 20, 30, and any multiple of 60"; period ×
/// EvaluationPeriods at most 604,800 s, and at most 86,400 s for a period under 3,600 s.
#[test]
fn an_alarm_takes_put_metric_alarms_periods_and_span() {
    let ask = |p: &str, n: u64| LimitRequest::Alarm {
        period: duration(p),
        evaluations: n,
    };
    let on = (2026, 12, 1);
    // 10, 20, 30 s and whole minutes are valid; 45 s is not, and 1 minute is the next.
    assert!(limit_fits(&ask("10s", 1), on));
    assert!(limit_fits(&ask("30s", 1), on));
    assert!(!limit_fits(&ask("15s", 1), on));
    assert!(!limit_fits(&ask("45s", 1), on));
    let next = limit(&ask("45s", 1), &mut book(2026, 12, 1)).unwrap();
    assert_eq!(next.valid_period_seconds, Some(Decimal::from(60)));
    let next = limit(&ask("15s", 1), &mut book(2026, 12, 1)).unwrap();
    assert_eq!(next.valid_period_seconds, Some(Decimal::from(20)));
    // 5 min × 288 = 86,400 s: one day, the most under an hour; 289 is over.
    assert!(limit_fits(&ask("5min", 288), on));
    assert!(!limit_fits(&ask("5min", 289), on));
    // 1 h × 168 = 604,800 s: seven days; 169 is over.
    assert!(limit_fits(&ask("1h", 168), on));
    assert!(!limit_fits(&ask("1h", 169), on));
}

/// API Gateway caching (api-gateway-caching.html): "The maximum TTL value is 3600 seconds":
/// an hour fits, an hour and a second does not.
#[test]
fn api_gateway_cache_keeps_a_response_an_hour_at_most() {
    let ask = |t: &str| LimitRequest::Apigw {
        timeout: None,
        payload: None,
        rate: None,
        cache_ttl: Some(duration(t)),
        cache_gb: None,
    };
    assert!(limit_fits(&ask("1h"), (2026, 12, 1)));
    assert!(limit_fits(&ask("5min"), (2026, 12, 1)));
    assert!(!limit_fits(&ask("3601s"), (2026, 12, 1)));
    assert!(!limit_fits(&ask("2h"), (2026, 12, 1)));
}

/// CacheClusterSize (AWS SDK for Kotlin reference): 0.5, 1.6, 6.1, 13.5, 28.4, 58.2, 118 and
/// 237 GB. 20 GB needs the 28.4 GB cache; 237 GB fits the largest; 238 GB does not fit.
#[test]
fn api_gateway_cache_capacity_is_the_smallest_that_holds_it() {
    let ask = |gb: &str| LimitRequest::Apigw {
        timeout: None,
        payload: None,
        rate: None,
        cache_ttl: None,
        cache_gb: Some(gb.parse().unwrap()),
    };
    let twenty = limit(&ask("20"), &mut book(2026, 12, 1)).unwrap();
    assert!(twenty.fits);
    assert_eq!(twenty.cache_capacity_gb, Some("28.4".parse().unwrap()));
    let half = limit(&ask("0.5"), &mut book(2026, 12, 1)).unwrap();
    assert_eq!(half.cache_capacity_gb, Some("0.5".parse().unwrap()));
    assert!(limit_fits(&ask("237"), (2026, 12, 1)));
    let over = limit(&ask("238"), &mut book(2026, 12, 1)).unwrap();
    assert!(!over.fits);
    assert_eq!(over.cache_capacity_gb, None);
}
