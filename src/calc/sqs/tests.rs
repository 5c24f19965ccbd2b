//! SQS visibility timeouts and polling, from AWS's rules (visibility timeout 0 to 43,200 s,
//! default 30 s; six function timeouts for a Lambda trigger; long polling up to 20 s) and
//! the study notes' worked examples.

use jiff::civil::date;
use rust_decimal::Decimal;

use super::*;
use crate::facts::{FactBook, Registry};

fn book() -> FactBook {
    FactBook::new(Registry::builtin(), date(2026, 12, 1))
}

fn secs(text: &str) -> Seconds {
    text.parse().unwrap()
}

fn vis(processing: Option<&str>, visibility: Option<&str>) -> VisibilityRequest {
    VisibilityRequest {
        processing: processing.map(secs),
        visibility: visibility.map(secs),
        lambda_timeout: None,
        batch_window: None,
    }
}

fn poll(wait: &str) -> PollingRequest {
    PollingRequest {
        wait: wait.parse().unwrap(),
        rate: None,
        pollers: None,
        per_receive: None,
        interval: None,
    }
}

#[test]
fn study_notes_002_278_five_minutes_of_processing_outlast_the_default_30_s() {
    // B18 (002:278): 5 min = 300 s > the default 30 s (001:121): set at least 300 s.
    let v = visibility(&vis(Some("5min"), None), &mut book()).unwrap();
    assert!(v.visibility_is_default);
    assert_eq!(v.visibility, Decimal::from(30));
    assert!(!v.covered);
    assert_eq!(v.needed, Some(Decimal::from(300)));
    assert_eq!(v.checks[0].short_by, Decimal::from(270));
    assert!(v.needed_allowed);
}

#[test]
fn study_notes_002_278_a_300_s_timeout_covers_five_minutes() {
    let v = visibility(&vis(Some("5min"), Some("300")), &mut book()).unwrap();
    assert!(v.covered);
    assert_eq!(v.checks[0].short_by, Decimal::ZERO);
}

#[test]
fn a_timeout_equal_to_the_processing_time_covers_it() {
    let v = visibility(&vis(Some("45s"), Some("45s")), &mut book()).unwrap();
    assert!(v.covered);
}

#[test]
fn thirteen_hours_of_processing_cannot_be_covered() {
    // 13 h = 46,800 s > 43,200 s (12 h), the most a visibility timeout may be.
    let v = visibility(&vis(Some("13h"), Some("12h")), &mut book()).unwrap();
    assert!(!v.covered);
    assert!(!v.needed_allowed);
}

#[test]
fn visibility_range_is_0_to_43200_whole_seconds() {
    assert!(
        visibility(&vis(None, Some("0")), &mut book())
            .unwrap()
            .covered
    );
    assert!(visibility(&vis(None, Some("43200")), &mut book()).is_ok());
    assert!(matches!(
        visibility(&vis(None, Some("43201")), &mut book()),
        Err(Error::Sqs(Problem::OutOfRange { .. }))
    ));
    assert!(matches!(
        visibility(&vis(None, Some("1.5s")), &mut book()),
        Err(Error::Sqs(Problem::NotWholeSeconds { .. }))
    ));
}

#[test]
fn lambda_trigger_needs_six_timeouts_plus_the_batching_window() {
    // 6 × 60 s + 5 s = 365 s; 300 s is short by 65 s, but covers the 60 s timeout itself.
    let request = VisibilityRequest {
        processing: None,
        visibility: Some(secs("300s")),
        lambda_timeout: Some(secs("60s")),
        batch_window: Some(secs("5s")),
    };
    let v = visibility(&request, &mut book()).unwrap();
    assert_eq!(v.needed, Some(Decimal::from(365)));
    assert!(!v.covered);
    let timeout = v
        .checks
        .iter()
        .find(|c| c.rule == VisibilityRule::LambdaTimeout)
        .unwrap();
    assert!(timeout.holds);
    let advice = v
        .checks
        .iter()
        .find(|c| c.rule == VisibilityRule::LambdaAdvice)
        .unwrap();
    assert_eq!(advice.short_by, Decimal::from(65));
}

#[test]
fn lambda_timeout_above_the_visibility_timeout_breaks_the_hard_rule() {
    // The default 30 s is below a 60 s function timeout: Lambda refuses the mapping.
    let request = VisibilityRequest {
        processing: None,
        visibility: None,
        lambda_timeout: Some(secs("1min")),
        batch_window: None,
    };
    let v = visibility(&request, &mut book()).unwrap();
    let timeout = v
        .checks
        .iter()
        .find(|c| c.rule == VisibilityRule::LambdaTimeout)
        .unwrap();
    assert!(!timeout.holds);
    assert_eq!(v.needed, Some(Decimal::from(360)));
}

#[test]
fn lambda_timeout_and_batching_window_ranges() {
    let mut request = VisibilityRequest {
        processing: None,
        visibility: None,
        lambda_timeout: Some(secs("901s")),
        batch_window: None,
    };
    // 901 s > Lambda's 900 s maximum timeout.
    assert!(visibility(&request, &mut book()).is_err());
    request.lambda_timeout = Some(secs("0"));
    assert!(visibility(&request, &mut book()).is_err());
    request.lambda_timeout = Some(secs("900s"));
    request.batch_window = Some(secs("301s"));
    // 301 s > the 300 s maximum batching window.
    assert!(visibility(&request, &mut book()).is_err());
    request.batch_window = Some(secs("300s"));
    // 6 × 900 + 300 = 5,700 s.
    assert_eq!(
        visibility(&request, &mut book()).unwrap().needed,
        Some(Decimal::from(5700))
    );
}

#[test]
fn study_notes_002_280_twenty_second_long_polls_make_three_calls_a_minute() {
    // B22 (002:280): 60 s / 20 s = 3 receives per poller per minute on an empty queue.
    let p = polling(&poll("20s"), &mut book()).unwrap();
    assert!(p.long_polling);
    assert_eq!(p.receives_per_poller_per_minute, Decimal::from(3));
    // 3 a minute × 43,200 minutes in 30 days = 129,600.
    assert_eq!(p.receives_per_month, Decimal::from(129_600));
}

#[test]
fn a_seven_second_wait_starts_at_most_nine_calls_a_minute() {
    // 60 / 7 = 8.57…: a ninth call starts within the minute.
    let p = polling(&poll("7s"), &mut book()).unwrap();
    assert_eq!(p.receives_per_poller_per_minute, Decimal::from(9));
}

#[test]
fn messages_need_receives_of_up_to_ten() {
    // 10 messages/s = 600 a minute; 10 per receive → 60 receives a minute carry them.
    let request = PollingRequest {
        rate: Some("10/s".parse().unwrap()),
        per_receive: Some(10),
        pollers: Some(2),
        ..poll("20s")
    };
    let p = polling(&request, &mut book()).unwrap();
    assert_eq!(p.message_receives_per_minute, Some(Decimal::from(60)));
    assert_eq!(p.receives_per_minute, Decimal::from(6));
    // 1 message a minute at the default of 1 per receive: 1 receive.
    let slow = PollingRequest {
        rate: Some("1/min".parse().unwrap()),
        ..poll("20s")
    };
    let p = polling(&slow, &mut book()).unwrap();
    assert_eq!(p.message_receives_per_minute, Some(Decimal::ONE));
    assert_eq!(p.per_receive, Decimal::ONE);
}

#[test]
fn short_polling_needs_a_pause_and_calls_once_per_pause() {
    assert_eq!(
        polling(&poll("0"), &mut book()),
        Err(Error::Sqs(Problem::ShortPollingWithoutInterval))
    );
    let request = PollingRequest {
        interval: Some(secs("1s")),
        rate: Some("5/s".parse().unwrap()),
        ..poll("0")
    };
    let p = polling(&request, &mut book()).unwrap();
    assert!(!p.long_polling);
    assert_eq!(p.receives_per_poller_per_minute, Decimal::from(60));
    // 60 receives × 1 message < 300 messages a minute: the queue grows.
    assert_eq!(p.keeps_up, Some(false));
    let ten = PollingRequest {
        per_receive: Some(10),
        ..request
    };
    // 60 × 10 = 600 ≥ 300.
    assert_eq!(polling(&ten, &mut book()).unwrap().keeps_up, Some(true));
}

#[test]
fn wait_and_messages_per_receive_ranges() {
    assert!(polling(&poll("21s"), &mut book()).is_err());
    assert!(polling(&poll("20s"), &mut book()).is_ok());
    let eleven = PollingRequest {
        per_receive: Some(11),
        ..poll("20s")
    };
    assert!(polling(&eleven, &mut book()).is_err());
}

fn size_route(size: &str, on: jiff::civil::Date) -> (bool, MessageRoute) {
    let request = MessageRequest {
        size: size.parse().unwrap(),
        queue_max: None,
    };
    let m = message(&request, &mut FactBook::new(Registry::builtin(), on)).unwrap();
    (m.fits, m.route)
}

#[test]
fn a_300_kb_message_fits_since_august_2025_and_needed_the_extended_client_before() {
    // 300 KB = 307,200 bytes: ≤ 1,048,576 (1 MiB) today, > 262,144 (256 KiB) in January 2025.
    assert_eq!(
        size_route("300kb", date(2026, 12, 1)),
        (true, MessageRoute::Queue)
    );
    assert_eq!(
        size_route("300kb", date(2025, 1, 1)),
        (false, MessageRoute::ExtendedClient)
    );
}

#[test]
fn the_maximums_are_inclusive() {
    assert!(size_route("1mib", date(2026, 12, 1)).0);
    assert!(!size_route("1048577b", date(2026, 12, 1)).0);
    assert!(size_route("256kib", date(2025, 1, 1)).0);
    // 64 KiB before 2013-06-18.
    assert!(size_route("64kib", date(2013, 6, 17)).0);
    assert!(!size_route("65537b", date(2013, 6, 17)).0);
    assert!(size_route("65537b", date(2013, 6, 18)).0);
}

#[test]
fn study_notes_002_287_one_gb_messages_need_the_extended_client_up_to_2_gb() {
    // Q12/B23 (002:287): 1 GB > 1 MiB, ≤ 2 GB (2,147,483,648 bytes read as GiB).
    assert_eq!(
        size_route("1gb", date(2026, 12, 1)),
        (false, MessageRoute::ExtendedClient)
    );
    assert_eq!(
        size_route("2gib", date(2026, 12, 1)),
        (false, MessageRoute::ExtendedClient)
    );
    assert_eq!(
        size_route("2147483649b", date(2026, 12, 1)),
        (false, MessageRoute::TooLarge)
    );
}

fn fifo(rate: &str, batch: Option<u64>, high: bool, tps: Option<u64>) -> ThroughputRequest {
    ThroughputRequest {
        kind: crate::calc::lambda::QueueKind::Fifo,
        rate: rate.parse().unwrap(),
        batch,
        high_throughput: high,
        tps,
    }
}

#[test]
fn fifo_launch_post_300_messages_unbatched_and_3000_in_batches_of_10() {
    // What's New 2016-11-17: "without batching, a FIFO queue can support 300 messages per
    // second … With batching of 10 messages per transaction … 3000 messages per second".
    let one = throughput(&fifo("300/s", None, false, None), &mut book()).unwrap();
    assert!(one.fits);
    assert_eq!(one.ceiling, Some(300.into()));
    assert!(
        !throughput(&fifo("301/s", None, false, None), &mut book())
            .unwrap()
            .fits
    );
    let ten = throughput(&fifo("3000/s", Some(10), false, None), &mut book()).unwrap();
    assert!(ten.fits);
    assert_eq!(ten.ceiling, Some(3_000.into()));
    assert_eq!(ten.calls_per_second, 300.into());
    assert!(
        !throughput(&fifo("3001/s", Some(10), false, None), &mut book())
            .unwrap()
            .fits
    );
}

#[test]
fn two_thousand_a_second_needs_batches_of_7() {
    // 2,000 ÷ 300 = 6.67, so batches of 7 (7 × 300 = 2,100 ≥ 2,000; 6 × 300 = 1,800 < 2,000).
    let answer = throughput(&fifo("2000/s", None, false, None), &mut book()).unwrap();
    assert!(!answer.fits);
    assert_eq!(answer.batch_needed, Some(7.into()));
    assert_eq!(answer.calls_per_second, 2_000.into());
    assert!(
        throughput(&fifo("2000/s", Some(7), false, None), &mut book())
            .unwrap()
            .fits
    );
    assert!(
        !throughput(&fifo("2000/s", Some(6), false, None), &mut book())
            .unwrap()
            .fits
    );
}

#[test]
fn high_throughput_70000_tps_carries_700000_messages_in_batches() {
    // AWS News Blog, November 2023: "up to 70,000 transactions per second (TPS) per API
    // action … up to 700,000 messages per second with batching".
    let answer = throughput(&fifo("700000/s", Some(10), true, Some(70_000)), &mut book()).unwrap();
    assert!(answer.fits);
    assert_eq!(answer.ceiling, Some(700_000.into()));
    assert_eq!(answer.highest_tps, Some(70_000.into()));
    // Before the raise, the highest figure was 18,000 (October 2023).
    let then = &mut FactBook::new(Registry::builtin(), date(2023, 10, 15));
    let answer = throughput(&fifo("1/s", None, true, None), then).unwrap();
    assert_eq!(answer.highest_tps, Some(18_000.into()));
}

#[test]
fn standard_queues_have_no_ceiling_and_batches_cut_calls() {
    let request = ThroughputRequest {
        kind: crate::calc::lambda::QueueKind::Standard,
        ..fifo("5000/s", Some(10), false, None)
    };
    let answer = throughput(&request, &mut book()).unwrap();
    assert!(answer.fits);
    assert_eq!(answer.ceiling, None);
    assert_eq!(answer.calls_per_second, 500.into());
}

#[test]
fn a_queue_max_below_the_service_maximum_decides() {
    // 300 KiB = 307,200 bytes > 256 KiB = 262,144 bytes (the queue's own), ≤ 1 MiB.
    let request = MessageRequest {
        size: "300kb".parse().unwrap(),
        queue_max: "256kb".parse().ok(),
    };
    let m = message(&request, &mut book()).unwrap();
    assert!(!m.fits);
    assert_eq!(m.route, MessageRoute::RaiseQueueMax);
    assert_eq!(m.limit, MessageLimit::Queue);
    assert_eq!(m.queue_max_bytes, Some(262_144.into()));
    // Outside 1,024 bytes to 1 MiB: refused.
    for bad in ["1023b", "1048577b"] {
        let request = MessageRequest {
            size: "1kb".parse().unwrap(),
            queue_max: bad.parse().ok(),
        };
        assert!(message(&request, &mut book()).is_err());
    }
}

fn groups_ask(rate: &str, processing: &str, groups_given: Option<u64>) -> GroupsRequest {
    GroupsRequest {
        rate: rate.parse().unwrap(),
        processing: secs(processing),
        groups: groups_given,
        batch: None,
        high_throughput: false,
        tps: None,
    }
}

/// By hand: one message of a group in flight at a time (FIFO delivery logic), so 300
/// messages a second taking 2 s each need 300 × 2 = 600 groups working at once.
#[test]
fn groups_needed_are_rate_times_processing_time() {
    let answer = groups(&groups_ask("300/s", "2s", None), &mut book()).unwrap();
    assert_eq!(answer.groups_needed, Decimal::from(600));
    assert_eq!(answer.receives_in_flight_per_group, Decimal::ONE);
    assert!(answer.fits);
    assert!(answer.throughput.fits);
    assert_eq!(answer.throughput.ceiling, Some(Decimal::from(300)));
}

/// By hand: 100 per minute is 5/3 a second; × 1 s = 1.67 groups, rounded up to 2.
#[test]
fn groups_needed_round_up_for_a_rate_per_minute() {
    let answer = groups(&groups_ask("100/min", "1s", None), &mut book()).unwrap();
    assert_eq!(answer.groups_needed, Decimal::from(2));
}

/// By hand: 100 groups of 2 s messages sustain 100 ÷ 2 = 50 a second, below 300; 600
/// groups sustain exactly 300.
#[test]
fn given_groups_sustain_groups_over_processing_time() {
    let few = groups(&groups_ask("300/s", "2s", Some(100)), &mut book()).unwrap();
    assert_eq!(few.sustained_per_second, Some(Decimal::from(50)));
    assert!(!few.groups_keep_up);
    assert!(!few.fits);
    let enough = groups(&groups_ask("300/s", "2s", Some(600)), &mut book()).unwrap();
    assert_eq!(enough.sustained_per_second, Some(Decimal::from(300)));
    assert!(enough.groups_keep_up && enough.fits);
}

/// By hand: 2,000 a second is above 300 unbatched calls, so enough groups (4,000 for 2 s)
/// still do not fit; batches of 10 carry 3,000.
#[test]
fn groups_that_keep_up_still_need_the_api_ceiling() {
    let mut request = groups_ask("2000/s", "2s", Some(4_000));
    let answer = groups(&request, &mut book()).unwrap();
    assert!(answer.groups_keep_up);
    assert!(!answer.fits);
    request.batch = Some(10);
    assert!(groups(&request, &mut book()).unwrap().fits);
}

#[test]
fn groups_refuse_a_zero_processing_time() {
    let err = groups(&groups_ask("10/s", "0", None), &mut book()).unwrap_err();
    assert!(matches!(err, Error::NotPositive { .. }), "{err:?}");
}

/// Before FIFO queues (2016-11-17) there is no answer.
#[test]
fn groups_have_no_answer_before_fifo_queues() {
    let mut then = FactBook::new(Registry::builtin(), date(2015, 1, 1));
    assert!(groups(&groups_ask("10/s", "1s", None), &mut then).is_err());
}

fn cost_ask(rate: &str, size: &str, price: &str) -> CostRequest {
    CostRequest {
        rate: rate.parse().unwrap(),
        size: size.parse().unwrap(),
        price_per_million: price.parse().unwrap(),
        receives_per_message: None,
        batch: None,
        hours: None,
    }
}

/// By hand: 1,000 a second × 720 h × 3,600 s = 2,592,000,000 messages; 100 KiB = 102,400
/// bytes is ⌈102,400 ÷ 65,536⌉ = 2 requests to send and 2 to receive, 1 to delete:
/// 5 × 2,592,000,000 = 12,960,000,000 requests; × 0.40 per million = 5,184.
#[test]
fn cost_bills_each_64_kib_chunk_of_sends_and_receives() {
    let answer = cost(&cost_ask("1000/s", "100kb", "0.40"), &mut book()).unwrap();
    assert_eq!(answer.messages, Decimal::from(2_592_000_000_u64));
    assert_eq!(answer.chunks_per_call, Decimal::from(2));
    assert_eq!(answer.send_requests, Decimal::from(5_184_000_000_u64));
    assert_eq!(answer.receive_requests, Decimal::from(5_184_000_000_u64));
    assert_eq!(answer.delete_requests, Decimal::from(2_592_000_000_u64));
    assert_eq!(answer.requests, Decimal::from(12_960_000_000_u64));
    assert_eq!(answer.cost, Decimal::from(5_184));
    // Deletes billed by size too: 2 each, 15,552,000,000.
    assert_eq!(
        answer.requests_if_deletes_chunked,
        Decimal::from(15_552_000_000_u64)
    );
}

/// The pricing page's own example as quoted: a 256 KB payload is billed as 4 requests.
#[test]
fn a_256_kib_payload_is_four_requests() {
    let answer = cost(&cost_ask("1/h", "256kb", "1"), &mut book()).unwrap();
    assert_eq!(answer.chunks_per_call, Decimal::from(4));
    // 720 messages: 720 × 4 sends + 720 × 4 receives + 720 deletes = 6,480.
    assert_eq!(answer.requests, Decimal::from(6_480));
}

/// By hand: batches of 10 messages of 10 KiB are 102,400 bytes a call, 2 requests; 730
/// hours at 1,000 a second = 2,628,000,000 messages in 262,800,000 calls; with 2 receives
/// per message: 525,600,000 + 1,051,200,000 + 262,800,000 = 1,839,600,000 requests;
/// × 0.40 per million = 735.84.
#[test]
fn cost_with_batches_receives_and_hours() {
    let mut request = cost_ask("1000/s", "10kb", "0.40");
    request.batch = Some(10);
    request.receives_per_message = Some(2);
    request.hours = Some(730);
    let answer = cost(&request, &mut book()).unwrap();
    assert_eq!(answer.calls, Decimal::from(262_800_000));
    assert_eq!(answer.requests, Decimal::from(1_839_600_000));
    assert_eq!(answer.cost, "735.84".parse::<Decimal>().unwrap());
}

/// A batch's payload may not pass SQS's maximum (1 MiB now; 256 KiB in 2024).
#[test]
fn cost_refuses_a_payload_above_the_maximum() {
    let mut request = cost_ask("10/s", "200kb", "0.40");
    request.batch = Some(10);
    assert!(matches!(
        cost(&request, &mut book()),
        Err(Error::Sqs(Problem::PayloadTooLarge { .. }))
    ));
    let request = cost_ask("10/s", "300kb", "0.40");
    assert!(cost(&request, &mut book()).is_ok());
    let mut then = FactBook::new(Registry::builtin(), date(2024, 1, 1));
    assert!(cost(&request, &mut then).is_err());
}

/// Issue #12: `--retention` takes both spellings SQS is written in. AWS's
/// MessageRetentionPeriod is in seconds (default 345,600 = 4 days), so a bare number keeps
/// meaning seconds: `4d`, `96h`, `345600s` and `345600` are all 345,600 s.
#[test]
fn retention_reads_days_hours_seconds_and_bare_seconds_alike() {
    for text in ["4d", "96h", "345600s", "345600", "4 days", "5760min"] {
        assert_eq!(secs(text).seconds(), Decimal::from(345_600), "{text}");
        let request = SettingsRequest {
            kind: None,
            retention: Some(secs(text)),
            delay: None,
            max_receive_count: None,
            in_flight: None,
        };
        assert!(settings(&request, &mut book()).unwrap().fits, "{text}");
    }
    // 14 days is the most: 1209600 fits, 1209601 does not, read as seconds.
    assert_eq!(secs("14d").seconds(), secs("1209600").seconds());
    let over = SettingsRequest {
        kind: None,
        retention: Some(secs("1209601")),
        delay: None,
        max_receive_count: None,
        in_flight: None,
    };
    assert!(!settings(&over, &mut book()).unwrap().fits);
}
