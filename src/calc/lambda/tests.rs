//! Lambda concurrency, from AWS's rule (concurrency = requests per second × duration in
//! seconds, lambda-concurrency.html) and the study notes' worked example.

use jiff::civil::date;
use proptest::prelude::*;
use rust_decimal::Decimal;

use super::*;
use crate::facts::{FactBook, Registry};
use crate::units::Rate;

fn book() -> FactBook {
    FactBook::new(Registry::builtin(), date(2026, 11, 30))
}

fn ask(rate: &str, duration: &str) -> ConcurrencyRequest {
    ConcurrencyRequest {
        rate: rate.parse().unwrap(),
        duration: duration.parse().unwrap(),
        quota: None,
        reserved: None,
        provisioned: None,
    }
}

#[test]
fn study_notes_002_332_fifty_a_second_of_100_s_needs_5000_above_the_quota() {
    // 50 requests/s × 100 s = 5,000 concurrent executions > the default 1,000: the
    // answer is a quota increase (study notes 002:332).
    let c = concurrency(&ask("50", "100s"), &mut book()).unwrap();
    assert_eq!(c.needed, Decimal::from(5000));
    assert_eq!(c.quota, Decimal::from(1000));
    assert!(c.quota_increase_needed);
    assert_eq!(c.quota_needed, Decimal::from(5000));
    assert_eq!(
        c.findings,
        vec![Finding::AboveQuota {
            needed: 5000.into(),
            quota: 1000.into()
        }]
    );
}

#[test]
fn a_rate_per_minute_and_milliseconds_round_up_to_whole_executions() {
    // 3,000/min = 50/s; 250 ms = 0.25 s: 12.5, rounded up to 13.
    let c = concurrency(&ask("3000/min", "250ms"), &mut book()).unwrap();
    assert_eq!(c.exact, "12.5".parse::<Decimal>().unwrap());
    assert_eq!(c.needed, Decimal::from(13));
    assert!(!c.quota_increase_needed);
    assert!(c.findings.is_empty());
    // 20 requests/s of 60 s: 1,200 (the AWS knowledge-center example).
    let c = concurrency(&ask("20", "1min"), &mut book()).unwrap();
    assert_eq!(c.needed, Decimal::from(1200));
}

#[test]
fn reserved_concurrency_is_at_most_the_quota_less_100() {
    // Quota 1,000, unreserved minimum 100: at most 900 may be reserved.
    let mut request = ask("5", "100s"); // 500 needed
    request.reserved = Some(950);
    let c = concurrency(&request, &mut book()).unwrap();
    assert_eq!(c.max_reservable, Some(900.into()));
    assert_eq!(c.needed, Decimal::from(500));
    assert_eq!(
        c.findings,
        vec![Finding::ReservedAboveMax {
            reserved: 950.into(),
            max: 900.into()
        }]
    );
    // 500 needed with 400 reserved: the reservation is raised, not the quota.
    request.reserved = Some(400);
    let c = concurrency(&request, &mut book()).unwrap();
    assert!(!c.quota_increase_needed);
    assert_eq!(
        c.findings,
        vec![Finding::AboveReserved {
            needed: 500.into(),
            reserved: 400.into()
        }]
    );
}

#[test]
fn a_reserved_function_needing_more_than_900_needs_a_quota_of_needed_plus_100() {
    // 950 needed, reserved: 950 > 1,000 − 100, so the quota must reach 950 + 100.
    let mut request = ask("9.5", "100s");
    request.reserved = Some(900);
    let c = concurrency(&request, &mut book()).unwrap();
    assert_eq!(c.needed, Decimal::from(950));
    assert!(c.quota_increase_needed);
    assert_eq!(c.quota_needed, Decimal::from(1050));
    // Without a reservation, 950 fits the 1,000 quota.
    let c = concurrency(&ask("9.5", "100s"), &mut book()).unwrap();
    assert!(!c.quota_increase_needed);
}

#[test]
fn provisioned_concurrency_beyond_the_need_runs_on_demand() {
    // 500 needed, 300 provisioned: 200 on on-demand environments.
    let mut request = ask("5", "100s");
    request.provisioned = Some(300);
    let c = concurrency(&request, &mut book()).unwrap();
    assert_eq!(
        c.findings,
        vec![Finding::AboveProvisioned {
            on_demand: 200.into()
        }]
    );
    // Provisioned above the reserved concurrency is refused.
    request.reserved = Some(200);
    let c = concurrency(&request, &mut book()).unwrap();
    assert!(c.findings.contains(&Finding::ProvisionedAboveLimit {
        provisioned: 300.into(),
        limit: 200.into(),
        reserved: true
    }));
}

#[test]
fn a_raised_quota_is_used_as_given() {
    let mut request = ask("50", "100s");
    request.quota = Some(10_000);
    let c = concurrency(&request, &mut book()).unwrap();
    assert!(!c.quota_is_default);
    assert!(!c.quota_increase_needed);
}

#[test]
fn reserved_concurrency_did_not_exist_before_2017_11_30() {
    let mut request = ask("5", "100s");
    request.reserved = Some(100);
    let mut old = FactBook::new(Registry::builtin(), date(2017, 11, 29));
    assert!(concurrency(&request, &mut old).is_err());
    let mut launch = FactBook::new(Registry::builtin(), date(2017, 11, 30));
    assert!(concurrency(&request, &mut launch).is_ok());
}

#[test]
fn the_inverse_of_1000_at_100_s_is_10_a_second() {
    let request = RateRequest {
        concurrency: 1000,
        duration: "100s".parse().unwrap(),
        quota: None,
    };
    let r = sustained_rate(&request, &mut book()).unwrap();
    assert_eq!(r.requests_per_second, Decimal::from(10));
    assert!(!r.above_quota);
    // 1,000 at 3 s: 333.3333… rounded down to 333.3333.
    let request = RateRequest {
        concurrency: 1000,
        duration: "3s".parse().unwrap(),
        quota: None,
    };
    let r = sustained_rate(&request, &mut book()).unwrap();
    assert_eq!(
        r.requests_per_second,
        "333.3333".parse::<Decimal>().unwrap()
    );
}

#[test]
fn durations_read_milliseconds_seconds_and_minutes() {
    let s = |t: &str| t.parse::<FunctionDuration>().unwrap().seconds();
    assert_eq!(s("100s"), Decimal::from(100));
    assert_eq!(s("100"), Decimal::from(100));
    assert_eq!(s("250ms"), "0.25".parse::<Decimal>().unwrap());
    assert_eq!(s("250 MS"), "0.25".parse::<Decimal>().unwrap());
    assert_eq!(s("2min"), Decimal::from(120));
    assert_eq!(s("1.5 minutes"), Decimal::from(90));
    for bad in ["", "0s", "-1s", "5 fortnights", "ms", "0.0ms"] {
        assert!(bad.parse::<FunctionDuration>().is_err(), "{bad}");
    }
}

fn rates() -> impl Strategy<Value = Rate> {
    (1_u32..100_000, prop::sample::select(vec!["s", "min", "h"]))
        .prop_map(|(n, unit)| format!("{n}/{unit}").parse().unwrap())
}

fn durations() -> impl Strategy<Value = FunctionDuration> {
    (1_u32..900_000).prop_map(|ms| format!("{ms}ms").parse().unwrap())
}

proptest! {
    #[test]
    fn prop_concurrency_is_monotonic_in_rate_and_duration(
        rate in rates(), duration in durations(), more in 1_u32..1000
    ) {
        let base = concurrency(&ConcurrencyRequest {
            rate: rate.clone(), duration: duration.clone(),
            quota: None, reserved: None, provisioned: None,
        }, &mut book()).unwrap();
        let faster: Rate = format!("{}/{}", rate.count() + Decimal::from(more),
            match rate.per_seconds() { 1 => "s", 60 => "min", _ => "h" }).parse().unwrap();
        let longer: FunctionDuration =
            format!("{}ms", duration.seconds() * Decimal::from(1000) + Decimal::from(more))
                .parse().unwrap();
        let by_rate = concurrency(&ConcurrencyRequest {
            rate: faster, duration: duration.clone(),
            quota: None, reserved: None, provisioned: None,
        }, &mut book()).unwrap();
        let by_duration = concurrency(&ConcurrencyRequest {
            rate, duration: longer,
            quota: None, reserved: None, provisioned: None,
        }, &mut book()).unwrap();
        prop_assert!(by_rate.needed >= base.needed);
        prop_assert!(by_duration.needed >= base.needed);
        // Rounded up, never down, and by less than one execution.
        prop_assert!(base.needed >= base.exact);
        prop_assert!(base.needed - base.exact < Decimal::ONE);
    }

    #[test]
    fn prop_the_inverse_never_promises_more_than_the_forward_form_allows(
        n in 1_u64..1_000_000, duration in durations()
    ) {
        let rate = sustained_rate(&RateRequest {
            concurrency: n, duration: duration.clone(), quota: None,
        }, &mut book()).unwrap();
        prop_assume!(rate.requests_per_second > Decimal::ZERO);
        let back = concurrency(&ConcurrencyRequest {
            rate: Rate::per_second(rate.requests_per_second).unwrap(),
            duration,
            quota: None, reserved: None, provisioned: None,
        }, &mut book()).unwrap();
        prop_assert!(back.needed <= Decimal::from(n), "{} > {n}", back.needed);
    }

    #[test]
    fn prop_a_quota_increase_is_needed_exactly_when_the_need_exceeds_the_quota(
        rate in rates(), duration in durations(), quota in 1_u64..100_000
    ) {
        let c = concurrency(&ConcurrencyRequest {
            rate, duration, quota: Some(quota), reserved: None, provisioned: None,
        }, &mut book()).unwrap();
        prop_assert_eq!(c.quota_increase_needed, c.needed > Decimal::from(quota));
    }

    #[test]
    fn prop_durations_never_panic(text in "\\PC{0,12}") {
        let _ = text.parse::<FunctionDuration>();
    }
}

fn scale(to: u64, burst: Option<u64>, on: jiff::civil::Date) -> Result<Scaling, crate::Error> {
    let request = ScalingRequest {
        to,
        burst,
        duration: None,
        quota: Some(1_000_000),
    };
    scaling(&request, &mut FactBook::new(Registry::builtin(), on))
}

#[test]
fn since_2023_11_27_a_function_adds_1000_environments_every_10_seconds() {
    // The first 1,000 at once; each further 1,000 (or part) takes 10 s.
    let now = date(2026, 11, 30);
    assert_eq!(scale(1000, None, now).unwrap().seconds, Decimal::ZERO);
    assert_eq!(scale(1001, None, now).unwrap().seconds, Decimal::from(10));
    assert_eq!(scale(5000, None, now).unwrap().seconds, Decimal::from(40));
    // The reading that counts the first interval too: 50 s.
    assert_eq!(
        scale(5000, None, now).unwrap().first_step_counted,
        Decimal::from(50)
    );
    // The rule began on 2023-11-27 (AWS News Blog).
    assert_eq!(
        scale(5000, None, date(2023, 11, 27)).unwrap().seconds,
        Decimal::from(40)
    );
}

#[test]
fn before_2023_11_27_the_account_burst_then_added_500_a_minute() {
    let old = date(2023, 11, 26);
    // us-east-1's 3,000 at once, then 2,000 more at 500 a minute: 4 minutes.
    assert_eq!(
        scale(5000, Some(3000), old).unwrap().seconds,
        Decimal::from(240)
    );
    // Default burst 500 (the smallest Regional figure): 4,500 more, 9 minutes.
    assert_eq!(scale(5000, None, old).unwrap().seconds, Decimal::from(540));
    // Within the burst: at once.
    assert_eq!(scale(800, Some(1000), old).unwrap().seconds, Decimal::ZERO);
    // --burst is refused once per-function scaling is in force.
    assert!(scale(5000, Some(3000), date(2023, 11, 27)).is_err());
}

#[test]
fn scaling_says_what_the_first_environments_serve() {
    // 1,000 environments at once, 2 s each: 500 requests per second before more arrive.
    let request = ScalingRequest {
        to: 5000,
        burst: None,
        duration: Some("2s".parse().unwrap()),
        quota: None,
    };
    let s = scaling(&request, &mut book()).unwrap();
    assert_eq!(s.at_start, Decimal::from(1000));
    assert_eq!(s.served_at_start, Some(Decimal::from(500)));
    assert!(s.above_quota);
}

proptest! {
    #[test]
    fn prop_scaling_time_is_monotonic_and_the_new_rule_is_never_slower(
        to in 1_u64..1_000_000, more in 1_u64..10_000, burst in prop::sample::select(vec![500_u64, 1000, 3000])
    ) {
        let now = date(2026, 11, 30);
        let old = date(2023, 1, 1);
        let a = scale(to, None, now).unwrap().seconds;
        let b = scale(to + more, None, now).unwrap().seconds;
        prop_assert!(b >= a);
        let a_old = scale(to, Some(burst), old).unwrap().seconds;
        let b_old = scale(to + more, Some(burst), old).unwrap().seconds;
        prop_assert!(b_old >= a_old);
        // Beyond the burst, 1,000 per 10 s (6,000 a minute) against 500 a minute: the new
        // rule is never slower. Within it, the old rule was immediate.
        if to > burst {
            prop_assert!(a <= a_old, "{to}: {a} > {a_old}");
        } else {
            prop_assert!(a_old.is_zero());
        }
        // Enough time always reaches the target: at + seconds/10 × 1,000 ≥ to.
        prop_assert!(Decimal::from(1000) + a / Decimal::from(10) * Decimal::from(1000) >= Decimal::from(to));
    }
}

fn limits_of(request: &LimitsRequest, on: jiff::civil::Date) -> Limits {
    limits(request, &mut FactBook::new(Registry::builtin(), on)).unwrap()
}

fn job() -> LimitsRequest {
    LimitsRequest {
        duration: None,
        memory: None,
        tmp: None,
        payload: None,
        asynchronous: false,
        package: None,
        front: None,
    }
}

#[test]
fn a_30_minute_job_breaks_the_15_minute_maximum_and_5_minutes_broke_it_before_2018_10_10() {
    // 30 min = 1,800 s > 900 s (quotas page): over by 900 s.
    let thirty = LimitsRequest {
        duration: Some("30min".parse().unwrap()),
        ..job()
    };
    let l = limits_of(&thirty, date(2026, 11, 30));
    assert!(!l.fits);
    assert_eq!(l.checks[0].by, Decimal::from(900));
    // A 10-minute job fits since 2018-10-10; before, the maximum was 300 s.
    let ten = LimitsRequest {
        duration: Some("10min".parse().unwrap()),
        ..job()
    };
    assert!(limits_of(&ten, date(2018, 10, 10)).fits);
    assert!(!limits_of(&ten, date(2018, 10, 9)).fits);
}

#[test]
fn memory_brings_a_vcpu_per_1769_mb_up_to_6() {
    let with_memory = |m: &str| LimitsRequest {
        memory: Some(m.parse().unwrap()),
        ..job()
    };
    // 1,769 MB: exactly one vCPU; 3,538 MB: two; 10,240 MB: 5.788… rounded down to 5.78.
    let now = date(2026, 11, 30);
    assert_eq!(
        limits_of(&with_memory("1769"), now).vcpu,
        Some(Decimal::ONE)
    );
    assert_eq!(
        limits_of(&with_memory("3538"), now).vcpu,
        Some(Decimal::TWO)
    );
    assert_eq!(
        limits_of(&with_memory("10240"), now).vcpu,
        Some("5.78".parse().unwrap())
    );
    // 12 GB = 12,288 MB > 10,240 MB: over by 2,048 MB; 100 MB is below the 128 MB minimum.
    let big = limits_of(&with_memory("12gb"), now);
    assert!(!big.fits);
    assert!(big
        .checks
        .iter()
        .any(|c| c.limit == LimitKind::MemoryMax && c.by == Decimal::from(2048)));
    let small = limits_of(&with_memory("100"), now);
    assert!(small
        .checks
        .iter()
        .any(|c| c.limit == LimitKind::MemoryMin && c.by == Decimal::from(28)));
    // Before December 2020 the maximum was 3,008 MB.
    assert!(!limits_of(&with_memory("4gb"), date(2020, 11, 30)).fits);
}

#[test]
fn the_async_payload_went_from_256_kb_to_1_mb_on_2025_10_24() {
    let async_512 = LimitsRequest {
        payload: Some("512kb".parse().unwrap()),
        asynchronous: true,
        ..job()
    };
    assert!(!limits_of(&async_512, date(2025, 10, 23)).fits);
    assert!(limits_of(&async_512, date(2025, 10, 24)).fits);
    // Synchronous: 6 MB each way; 7 MB is over by 1,024 KB.
    let sync_7 = LimitsRequest {
        payload: Some("7mb".parse().unwrap()),
        ..job()
    };
    let l = limits_of(&sync_7, date(2026, 11, 30));
    assert_eq!(l.checks[0].by, Decimal::from(1024));
}

#[test]
fn tmp_and_package_limits() {
    let now = date(2026, 11, 30);
    // /tmp: 10,240 MB since 2022-03-24, 512 MB fixed before.
    let tmp = LimitsRequest {
        tmp: Some("2gb".parse().unwrap()),
        ..job()
    };
    assert!(limits_of(&tmp, now).fits);
    assert!(!limits_of(&tmp, date(2022, 3, 23)).fits);
    // 300 MB unzipped > 250 MB.
    let package = LimitsRequest {
        package: Some("300mb".parse().unwrap()),
        ..job()
    };
    assert_eq!(limits_of(&package, now).checks[0].by, Decimal::from(50));
}

proptest! {
    #[test]
    fn prop_a_job_that_fits_on_a_date_fits_every_later_date(
        minutes in 1_u32..30, memory in 128_u32..12_000, kb in 1_u32..2000,
        year in 2015_i16..2027
    ) {
        // Every limit here only ever grew: a fit then is a fit later.
        let request = LimitsRequest {
            duration: Some(format!("{minutes}min").parse().unwrap()),
            memory: Some(format!("{memory}").parse().unwrap()),
            tmp: None,
            payload: Some(format!("{kb}kb").parse().unwrap()),
            asynchronous: true,
            package: None,
            front: None,
        };
        let then = limits_of(&request, date(year, 1, 1));
        let later = limits_of(&request, date(2026, 11, 30));
        prop_assert!(!then.fits || later.fits);
        if let Some(vcpu) = later.vcpu {
            prop_assert!(vcpu <= Decimal::from(6));
        }
    }
}

#[test]
fn a_stream_trigger_runs_shards_times_the_parallelization_factor() {
    // with-kinesis.html: one batch per shard, up to 10 with ParallelizationFactor.
    let ask = |shards, parallelization| StreamRequest {
        shards,
        parallelization,
        quota: None,
    };
    let now = date(2026, 11, 30);
    let c =
        |r: &StreamRequest, on| stream_concurrency(r, &mut FactBook::new(Registry::builtin(), on));
    assert_eq!(
        c(&ask(100, None), now).unwrap().concurrency,
        Decimal::from(100)
    );
    assert_eq!(
        c(&ask(100, Some(10)), now).unwrap().concurrency,
        Decimal::from(1000)
    );
    assert!(c(&ask(101, Some(10)), now).unwrap().above_quota);
    assert!(c(&ask(100, Some(11)), now).is_err());
    // The factor came on 2019-11-25: before, only 1.
    assert!(c(&ask(100, Some(2)), date(2019, 11, 24)).is_err());
    assert!(c(&ask(100, Some(2)), date(2019, 11, 25)).is_ok());
}

proptest! {
    #[test]
    fn prop_stream_concurrency_is_shards_times_factor_and_monotonic(
        shards in 1_u64..100_000, factor in 1_u32..=10
    ) {
        let r = stream_concurrency(&StreamRequest {
            shards, parallelization: Some(factor), quota: None,
        }, &mut book()).unwrap();
        prop_assert_eq!(r.concurrency, Decimal::from(shards) * Decimal::from(factor));
        let more = stream_concurrency(&StreamRequest {
            shards: shards + 1, parallelization: Some(factor), quota: None,
        }, &mut book()).unwrap();
        prop_assert!(more.concurrency > r.concurrency);
    }
}

fn front(door: FrontDoor, duration: Option<&str>) -> LimitsRequest {
    LimitsRequest {
        duration: duration.map(|d| d.parse().unwrap()),
        front: Some(door),
        ..job()
    }
}

#[test]
fn behind_api_gateway_45_s_breaks_the_29_s_integration_timeout_raisable_since_june_2024() {
    // API Gateway quotas page: integration timeout 50 ms to 29 s, raisable for Regional and
    // private REST APIs (What's New, June 2024). 45 s − 29 s = 16 s over; 29 s fits.
    let l = limits_of(
        &front(FrontDoor::ApiGateway, Some("45s")),
        date(2026, 12, 1),
    );
    assert!(!l.fits);
    let c = l
        .checks
        .iter()
        .find(|c| c.limit == LimitKind::ApiTimeout)
        .unwrap();
    assert_eq!((c.max, c.by), (Decimal::from(29), Decimal::from(16)));
    assert_eq!(l.timeout_raisable, Some(true));
    let then = limits_of(
        &front(FrontDoor::ApiGateway, Some("45s")),
        date(2024, 5, 31),
    );
    assert_eq!(then.timeout_raisable, Some(false));
    assert!(
        limits_of(
            &front(FrontDoor::ApiGateway, Some("29s")),
            date(2026, 12, 1)
        )
        .fits
    );
    // Without a duration there is nothing to check.
    let none = front(FrontDoor::ApiGateway, None);
    assert!(limits(
        &none,
        &mut FactBook::new(Registry::builtin(), date(2026, 12, 1))
    )
    .is_err());
}

#[test]
fn async_invocation_retries_twice_by_default_and_keeps_events_60_s_to_6_h() {
    // FunctionEventInvokeConfig (API reference): MaximumRetryAttempts 0 to 2,
    // MaximumEventAgeInSeconds 60 to 21,600; by default 2 retries (3 attempts) and 6 hours.
    let now = date(2026, 12, 1);
    let default = limits_of(
        &front(
            FrontDoor::Async {
                retries: None,
                event_age: None,
            },
            None,
        ),
        now,
    );
    assert!(default.fits);
    assert_eq!(default.attempts, Some(Decimal::from(3)));
    let three = limits_of(
        &front(
            FrontDoor::Async {
                retries: Some(3),
                event_age: None,
            },
            None,
        ),
        now,
    );
    assert!(!three.fits);
    assert_eq!(three.attempts, Some(Decimal::from(4)));
    let age = |text: &str| {
        limits_of(
            &front(
                FrontDoor::Async {
                    retries: Some(0),
                    event_age: Some(text.parse().unwrap()),
                },
                None,
            ),
            now,
        )
    };
    // 30 s is 30 s below the 60 s minimum; 7 h = 25,200 s is 3,600 s above 21,600 s.
    let short = age("30s");
    assert!(short
        .checks
        .iter()
        .any(|c| c.limit == LimitKind::EventAgeMin && !c.fits && c.by == Decimal::from(30)));
    let long = age("7h");
    assert!(long
        .checks
        .iter()
        .any(|c| c.limit == LimitKind::EventAgeMax && !c.fits && c.by == Decimal::from(3600)));
    assert!(age("60s").fits && age("6h").fits);
    assert_eq!(age("1min").attempts, Some(Decimal::ONE));
}

proptest! {
    #[test]
    fn prop_a_run_that_fits_api_gateways_timeout_fits_every_longer_one(
        seconds in 1_u32..120, more in 0_u32..100
    ) {
        // A shorter run never breaks a timeout a longer one meets.
        let now = date(2026, 12, 1);
        let short = limits_of(&front(FrontDoor::ApiGateway, Some(&format!("{seconds}s"))), now);
        let long = limits_of(
            &front(FrontDoor::ApiGateway, Some(&format!("{}s", seconds + more))),
            now,
        );
        prop_assert!(!long.fits || short.fits);
        prop_assert_eq!(short.fits, seconds <= 29);
    }
}

fn cost_of(invocations: Invocations, duration: &str, memory: &str, on: jiff::civil::Date) -> Cost {
    let request = CostRequest {
        invocations,
        duration: duration.parse().unwrap(),
        memory: memory.parse().unwrap(),
        price_gb_second: "0.0000166667".parse().unwrap(),
        price_per_million: "0.20".parse().unwrap(),
    };
    cost(&request, &mut FactBook::new(Registry::builtin(), on)).unwrap()
}

#[test]
fn cost_of_50_per_second_at_200_ms_and_512_mb_by_hand() {
    // By hand from Lambda's pricing rule (GB-s = requests × seconds × GB of 1,024 MB):
    // 50/s × 2,592,000 s (30 days) = 129,600,000 requests; × 0.2 s × 0.5 GB = 12,960,000
    // GB-s; × 0.0000166667 = 216.000432; 129.6 million × 0.20 = 25.92; total 241.920432.
    let c = cost_of(
        Invocations::Rate("50/s".parse().unwrap()),
        "200ms",
        "512",
        date(2026, 12, 1),
    );
    assert_eq!(c.requests, Decimal::from(129_600_000));
    assert_eq!(c.gb_seconds, Decimal::from(12_960_000));
    assert_eq!(c.compute_cost, "216.000432".parse().unwrap());
    assert_eq!(c.request_cost, "25.92".parse().unwrap());
    assert_eq!(c.total, "241.920432".parse().unwrap());
}

#[test]
fn billed_duration_rounds_up_to_1_ms_since_december_2020_and_100_ms_before() {
    // 1,000,000 requests of 120.5 ms at 1,024 MB: billed 121 ms now (121,000 GB-s), 200 ms
    // before 2020-12-01 (200,000 GB-s).
    let now = cost_of(
        Invocations::Requests(1_000_000),
        "120.5ms",
        "1024",
        date(2026, 12, 1),
    );
    assert_eq!(now.billed_seconds, "0.121".parse().unwrap());
    assert_eq!(now.gb_seconds, Decimal::from(121_000));
    let then = cost_of(
        Invocations::Requests(1_000_000),
        "120.5ms",
        "1024",
        date(2020, 11, 30),
    );
    assert_eq!(then.gb_seconds, Decimal::from(200_000));
}

proptest! {
    #[test]
    fn prop_cost_is_linear_in_requests_and_duration(
        n in 1_u64..10_000_000, k in 1_u64..20, ms in 1_u32..900_000
    ) {
        // Whole milliseconds bill as they are: doubling requests or duration scales GB-s.
        let now = date(2026, 12, 1);
        let one = cost_of(Invocations::Requests(n), &format!("{ms}ms"), "512", now);
        let many = cost_of(Invocations::Requests(n * k), &format!("{ms}ms"), "512", now);
        prop_assert_eq!(many.gb_seconds, one.gb_seconds * Decimal::from(k));
        prop_assert_eq!(many.request_cost, one.request_cost * Decimal::from(k));
        let longer = cost_of(Invocations::Requests(n), &format!("{}ms", ms * 2), "512", now);
        prop_assert_eq!(longer.gb_seconds, one.gb_seconds * Decimal::TWO);
        prop_assert!(one.total >= one.compute_cost && one.total >= one.request_cost);
    }
}
