//! Property tests (`prop_*`) of the SQS calculators against small integer references
//! written from the AWS rules (ChangeMessageVisibility: 0 to 43,200 s, default 30 s;
//! services-sqs-configure: at least six function timeouts; long polling: a wait of 1 to
//! 20 s, up to 10 messages per receive):
//!
//! - the visibility timeout covers a processing time exactly when it is at least as long,
//!   and the need is the largest of the rules' needs;
//! - a Lambda trigger needs 6 × timeout + window, monotonic in both;
//! - an idle long-polling poller makes ⌈60 ÷ wait⌉ calls a minute, fewer the longer the
//!   wait; the messages need ⌈messages a minute ÷ per receive⌉ receives;
//! - no input in or out of range panics.

use awscalc::calc::sqs::{polling, visibility, PollingRequest, Seconds, VisibilityRequest};
use awscalc::facts::{FactBook, Registry};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn book() -> FactBook {
    FactBook::new(Registry::builtin(), jiff::civil::date(2026, 12, 1))
}

fn s(n: u64) -> Seconds {
    format!("{n}s").parse().unwrap()
}

fn idle(wait: u64, pollers: u64) -> Decimal {
    let request = PollingRequest {
        wait: format!("{wait}s").parse().unwrap(),
        rate: None,
        pollers: Some(pollers),
        per_receive: None,
        interval: None,
    };
    polling(&request, &mut book())
        .unwrap()
        .receives_per_poller_per_minute
}

proptest! {
    #[test]
    fn prop_visibility_covers_exactly_when_at_least_the_processing_time(
        processing in 0_u64..100_000,
        timeout in 0_u64..=43_200,
    ) {
        let request = VisibilityRequest {
            processing: Some(s(processing)),
            visibility: Some(s(timeout)),
            lambda_timeout: None,
            batch_window: None,
        };
        let v = visibility(&request, &mut book()).unwrap();
        prop_assert_eq!(v.covered, timeout >= processing);
        prop_assert_eq!(v.needed, Some(Decimal::from(processing)));
        prop_assert_eq!(v.needed_allowed, processing <= 43_200);
    }

    #[test]
    fn prop_lambda_trigger_needs_six_timeouts_plus_the_window(
        timeout in 1_u64..=900,
        window in 0_u64..=300,
        processing in 0_u64..10_000,
    ) {
        let request = VisibilityRequest {
            processing: Some(s(processing)),
            visibility: None,
            lambda_timeout: Some(s(timeout)),
            batch_window: Some(s(window)),
        };
        let v = visibility(&request, &mut book()).unwrap();
        let advice = 6 * timeout + window;
        prop_assert_eq!(v.needed, Some(Decimal::from(advice.max(processing))));
        // The default 30 s never meets the advice (at least 6 s × 6 = 36 s).
        prop_assert!(!v.covered);
    }

    #[test]
    fn prop_out_of_range_settings_are_refused_not_panicked(
        timeout in 43_201_u64..10_000_000,
        wait in 21_u64..10_000,
        per_receive in 11_u64..1_000,
    ) {
        let request = VisibilityRequest {
            processing: None,
            visibility: Some(s(timeout)),
            lambda_timeout: None,
            batch_window: None,
        };
        prop_assert!(visibility(&request, &mut book()).is_err());
        let request = PollingRequest {
            wait: format!("{wait}s").parse().unwrap(),
            rate: None,
            pollers: None,
            per_receive: None,
            interval: None,
        };
        prop_assert!(polling(&request, &mut book()).is_err());
        let request = PollingRequest {
            wait: "20s".parse().unwrap(),
            rate: None,
            pollers: None,
            per_receive: Some(per_receive),
            interval: None,
        };
        prop_assert!(polling(&request, &mut book()).is_err());
    }

    #[test]
    fn prop_idle_calls_match_the_integer_reference(wait in 1_u64..=20, pollers in 1_u64..1_000) {
        let per_poller = idle(wait, pollers);
        prop_assert_eq!(per_poller, Decimal::from(60_u64.div_ceil(wait)));
    }

    #[test]
    fn prop_a_longer_wait_never_makes_more_calls(a in 1_u64..=20, b in 1_u64..=20) {
        let (short, long) = (a.min(b), a.max(b));
        prop_assert!(idle(long, 1) <= idle(short, 1));
    }

    #[test]
    fn prop_message_receives_carry_every_message(
        per_minute in 1_u64..1_000_000,
        per_receive in 1_u64..=10,
    ) {
        let request = PollingRequest {
            wait: "20s".parse().unwrap(),
            rate: Some(format!("{per_minute}/min").parse().unwrap()),
            pollers: None,
            per_receive: Some(per_receive),
            interval: None,
        };
        let receives = polling(&request, &mut book()).unwrap().message_receives_per_minute.unwrap();
        prop_assert_eq!(receives, Decimal::from(per_minute.div_ceil(per_receive)));
        // Enough receives, and one fewer would not be enough.
        prop_assert!(receives * Decimal::from(per_receive) >= Decimal::from(per_minute));
        prop_assert!((receives - Decimal::ONE) * Decimal::from(per_receive) < Decimal::from(per_minute));
    }

    #[test]
    fn prop_any_seconds_text_parses_or_errs_without_panic(text in "\\PC{0,12}") {
        let _ = text.parse::<Seconds>();
    }
}

proptest! {
    /// A message fits exactly when its bytes are at most the maximum in force: 256 KiB
    /// before August 2025, 1 MiB since; a message that fits on the earlier date fits later.
    #[test]
    fn prop_message_fits_against_the_maximum_in_force(bytes in 1_u64..3_000_000_000) {
        use awscalc::calc::sqs::{message, MessageRequest, MessageRoute};
        let request = MessageRequest { size: format!("{bytes}b").parse().unwrap(), queue_max: None };
        let old = message(&request, &mut FactBook::new(Registry::builtin(), jiff::civil::date(2025, 1, 1))).unwrap();
        let new = message(&request, &mut book()).unwrap();
        prop_assert_eq!(old.fits, bytes <= 262_144);
        prop_assert_eq!(new.fits, bytes <= 1_048_576);
        prop_assert!(!old.fits || new.fits);
        let expected = if bytes <= 1_048_576 {
            MessageRoute::Queue
        } else if bytes <= 2_147_483_648 {
            MessageRoute::ExtendedClient
        } else {
            MessageRoute::TooLarge
        };
        prop_assert_eq!(new.route, expected);
    }
}

mod settings {
    //! Queue settings against AWS's ranges (quotas-messages: retention 60 s to 1,209,600 s;
    //! quotas-queues: delay 0 to 900 s; quotas-fifo: 120,000 in flight, 20,000 before
    //! November 2024): a setting fits exactly when it is within its range, and a FIFO queue
    //! that fits the older limit fits every later one.

    use awscalc::calc::lambda::QueueKind;
    use awscalc::calc::sqs::{settings, SettingsRequest};
    use awscalc::facts::{FactBook, Registry};
    use proptest::prelude::*;

    fn ask() -> SettingsRequest {
        SettingsRequest {
            kind: None,
            retention: None,
            delay: None,
            max_receive_count: None,
            in_flight: None,
        }
    }

    proptest! {
        #[test]
        fn prop_retention_fits_exactly_within_a_minute_to_14_days(seconds in 0_u64..3_000_000) {
            let request = SettingsRequest {
                retention: Some(format!("{seconds}s").parse().unwrap()),
                ..ask()
            };
            let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 12, 1));
            let fits = settings(&request, &mut book).unwrap().fits;
            prop_assert_eq!(fits, (60..=1_209_600).contains(&seconds));
        }

        #[test]
        fn prop_delay_fits_exactly_up_to_15_minutes(seconds in 0_u64..100_000) {
            let request = SettingsRequest {
                delay: Some(format!("{seconds}s").parse().unwrap()),
                ..ask()
            };
            let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 12, 1));
            prop_assert_eq!(settings(&request, &mut book).unwrap().fits, seconds <= 900);
        }

        #[test]
        fn prop_a_fifo_in_flight_count_that_fit_then_fits_now(
            count in 1_u64..500_000,
            year in 2015_i16..2027,
        ) {
            let request = SettingsRequest {
                kind: Some(QueueKind::Fifo),
                in_flight: Some(count),
                ..ask()
            };
            let mut then = FactBook::new(Registry::builtin(), jiff::civil::date(year, 6, 1));
            let mut now = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 12, 1));
            let fit_then = settings(&request, &mut then).unwrap().fits;
            let fits_now = settings(&request, &mut now).unwrap().fits;
            prop_assert!(!fit_then || fits_now);
            prop_assert_eq!(fits_now, count <= 120_000);
        }
    }
}

mod throughput {
    //! FIFO throughput against the SQS quotas (quotas-messages and
    //! troubleshooting-fifo-throttling-issues: 300 calls per second per action without
    //! high-throughput mode, batches of up to 10 messages; high-throughput figures by Region,
    //! 2,400 the lowest awscalc uses, 70,000 the highest): a rate fits exactly when it is at
    //! most calls × batch; a rate that fits with batches of b fits with any larger b; and
    //! high-throughput mode never lowers the ceiling.

    use awscalc::calc::lambda::QueueKind;
    use awscalc::calc::sqs::{throughput, ThroughputRequest};
    use awscalc::facts::{FactBook, Registry};
    use proptest::prelude::*;
    use rust_decimal::Decimal;

    fn book() -> FactBook {
        FactBook::new(Registry::builtin(), jiff::civil::date(2026, 12, 1))
    }

    fn fifo(rate: u64, batch: u64, high: bool, tps: Option<u64>) -> ThroughputRequest {
        ThroughputRequest {
            kind: QueueKind::Fifo,
            rate: format!("{rate}/s").parse().unwrap(),
            batch: Some(batch),
            high_throughput: high,
            tps,
        }
    }

    proptest! {
        /// Fits exactly when rate ≤ 300 × batch (by hand: 300 calls a second, each with up
        /// to `batch` messages); the smallest batch that fits is ⌈rate ÷ 300⌉.
        #[test]
        fn prop_fifo_fits_exactly_within_300_calls_times_batch(rate in 1_u64..100_000, batch in 1_u64..=10) {
            let answer = throughput(&fifo(rate, batch, false, None), &mut book()).unwrap();
            prop_assert_eq!(answer.fits, rate <= 300 * batch);
            prop_assert_eq!(answer.ceiling, Some(Decimal::from(300 * batch)));
            prop_assert_eq!(answer.batch_needed, Some(Decimal::from(rate.div_ceil(300))));
            prop_assert_eq!(answer.calls_per_second, Decimal::from(rate.div_ceil(batch)));
        }

        /// A rate that fits with batches of b fits with any larger batch.
        #[test]
        fn prop_larger_batches_never_lose_a_fit(rate in 1_u64..1_000_000, b in 1_u64..=10, more in 0_u64..=9, high in any::<bool>()) {
            let larger = (b + more).min(10);
            let small = throughput(&fifo(rate, b, high, None), &mut book()).unwrap();
            let big = throughput(&fifo(rate, larger, high, None), &mut book()).unwrap();
            prop_assert!(!small.fits || big.fits);
            prop_assert!(big.ceiling >= small.ceiling);
        }

        /// High-throughput mode never lowers the ceiling, with the lowest Regional figure or
        /// any figure at least 300 a user gives, on any date.
        #[test]
        fn prop_high_throughput_never_lowers_the_ceiling(
            rate in 1_u64..1_000_000,
            batch in 1_u64..=10,
            tps in 300_u64..100_000,
            year in 2017_i16..2027,
        ) {
            let mut at = FactBook::new(Registry::builtin(), jiff::civil::date(year, 6, 1));
            let plain = throughput(&fifo(rate, batch, false, None), &mut at).unwrap();
            let lowest = throughput(&fifo(rate, batch, true, None), &mut at).unwrap();
            let given = throughput(&fifo(rate, batch, true, Some(tps)), &mut at).unwrap();
            prop_assert!(lowest.ceiling >= plain.ceiling);
            prop_assert!(given.ceiling >= plain.ceiling);
            prop_assert!(!plain.fits || (lowest.fits && given.fits));
        }

        /// Batches outside 1 to 10 are refused, never a panic.
        #[test]
        fn prop_batch_out_of_range_is_refused(batch in 11_u64..1_000_000) {
            prop_assert!(throughput(&fifo(10, batch, false, None), &mut book()).is_err());
        }
    }

    proptest! {
        /// With a queue's own maximum q (1,024 bytes to 1 MiB), a message fits exactly when
        /// it is at most q; the queue's maximum decides when it is below 1 MiB.
        #[test]
        fn prop_queue_max_is_a_second_limit(bytes in 1_u64..2_000_000, own in 1_024_u64..=1_048_576) {
            use awscalc::calc::sqs::{message, MessageLimit, MessageRequest, MessageRoute};
            let request = MessageRequest {
                size: format!("{bytes}b").parse().unwrap(),
                queue_max: Some(format!("{own}b").parse().unwrap()),
            };
            let answer = message(&request, &mut book()).unwrap();
            prop_assert_eq!(answer.fits, bytes <= own);
            prop_assert_eq!(answer.limit == MessageLimit::Queue, own < 1_048_576);
            if bytes > own && bytes <= 1_048_576 {
                prop_assert_eq!(answer.route, MessageRoute::RaiseQueueMax);
            }
        }
    }
}

mod groups {
    //! Message groups of a FIFO queue (one receive of a group in flight at a time): the
    //! groups needed are ⌈rate × processing⌉, and N groups sustain N ÷ processing.

    use awscalc::calc::sqs::{groups, GroupsRequest};
    use awscalc::facts::{FactBook, Registry};
    use proptest::prelude::*;
    use rust_decimal::Decimal;

    fn ask(rate: u64, per: &str, processing: u64, given: Option<u64>) -> GroupsRequest {
        GroupsRequest {
            rate: format!("{rate}/{per}").parse().unwrap(),
            processing: format!("{processing}s").parse().unwrap(),
            groups: given,
            batch: Some(10),
            high_throughput: true,
            tps: Some(1_000_000),
        }
    }

    fn book() -> FactBook {
        FactBook::new(Registry::builtin(), jiff::civil::date(2026, 12, 1))
    }

    proptest! {
        /// The integer reference: ⌈rate × processing ÷ span⌉ groups (span 1 s or 60 s).
        #[test]
        fn prop_groups_needed_match_the_integer_reference(
            rate in 1_u64..1_000_000,
            per_minute in any::<bool>(),
            processing in 1_u64..43_200,
        ) {
            let (per, span) = if per_minute { ("min", 60) } else { ("s", 1) };
            let answer = groups(&ask(rate, per, processing, None), &mut book()).unwrap();
            prop_assert_eq!(
                answer.groups_needed,
                Decimal::from((rate * processing).div_ceil(span))
            );
        }

        /// N groups keep up exactly when N ÷ processing ≥ rate, that is N ≥ groups needed
        /// (the inverse of the first formula).
        #[test]
        fn prop_given_groups_keep_up_exactly_when_they_sustain_the_rate(
            rate in 1_u64..100_000,
            processing in 1_u64..3_600,
            given in 1_u64..100_000_000,
        ) {
            let answer = groups(&ask(rate, "s", processing, Some(given)), &mut book()).unwrap();
            let sustained = Decimal::from(given) / Decimal::from(processing);
            prop_assert_eq!(answer.sustained_per_second, Some(sustained.normalize()));
            prop_assert_eq!(answer.groups_keep_up, given >= rate * processing);
            prop_assert_eq!(answer.groups_keep_up, sustained >= Decimal::from(rate));
        }

        /// More groups never lose a fit; a longer processing time never needs fewer groups.
        #[test]
        fn prop_groups_are_monotone(
            rate in 1_u64..100_000,
            processing in 1_u64..3_600,
            more in 0_u64..3_600,
        ) {
            let short = groups(&ask(rate, "s", processing, None), &mut book()).unwrap();
            let long = groups(&ask(rate, "s", processing + more, None), &mut book()).unwrap();
            prop_assert!(long.groups_needed >= short.groups_needed);
        }
    }
}

mod cost {
    //! Request cost: send and receive billed per 64 KiB chunk of a call's payload, one
    //! delete per call, × the price per million.

    use awscalc::calc::sqs::{cost, CostRequest};
    use awscalc::facts::{FactBook, Registry};
    use proptest::prelude::*;
    use rust_decimal::Decimal;

    fn book() -> FactBook {
        FactBook::new(Registry::builtin(), jiff::civil::date(2026, 12, 1))
    }

    proptest! {
        /// The integer reference: messages = rate × hours × 3,600; calls = ⌈messages ÷
        /// batch⌉; chunks = ⌈batch × bytes ÷ 65,536⌉; requests = calls × (chunks × (1 +
        /// receives) + 1).
        #[test]
        fn prop_requests_match_the_integer_reference(
            rate in 1_u64..100_000,
            bytes in 1_u64..=104_857,
            batch in 1_u64..=10,
            receives in 1_u64..5,
            hours in 1_u64..10_000,
        ) {
            let request = CostRequest {
                rate: format!("{rate}/s").parse().unwrap(),
                size: format!("{bytes}b").parse().unwrap(),
                price_per_million: "0.40".parse().unwrap(),
                receives_per_message: Some(receives),
                batch: Some(batch),
                hours: Some(hours),
            };
            let answer = cost(&request, &mut book()).unwrap();
            let messages = rate * hours * 3_600;
            let calls = messages.div_ceil(batch);
            let chunks = (batch * bytes).div_ceil(65_536);
            let requests = calls * (chunks * (1 + receives) + 1);
            prop_assert_eq!(answer.requests, Decimal::from(requests));
            prop_assert_eq!(
                answer.cost,
                (Decimal::from(requests) * Decimal::new(4, 1) / Decimal::from(1_000_000)).normalize()
            );
        }

        /// A larger message never costs less; the cost scales with the price.
        #[test]
        fn prop_cost_is_monotone_in_size(
            bytes in 1_u64..1_000_000,
            more in 0_u64..48_576,
        ) {
            let ask = |b: u64| CostRequest {
                rate: "10/s".parse().unwrap(),
                size: format!("{b}b").parse().unwrap(),
                price_per_million: "1".parse().unwrap(),
                receives_per_message: None,
                batch: None,
                hours: None,
            };
            let small = cost(&ask(bytes), &mut book()).unwrap();
            let big = cost(&ask(bytes + more), &mut book()).unwrap();
            prop_assert!(big.requests >= small.requests);
        }

        /// Any size or batch is answered or refused, never a panic.
        #[test]
        fn prop_any_payload_is_answered_or_refused(bytes in 1_u64..1_000_000_000_000, batch in 0_u64..100) {
            let size = format!("{bytes}b").parse();
            prop_assume!(size.is_ok());
            let request = CostRequest {
                rate: "1/s".parse().unwrap(),
                size: size.unwrap(),
                price_per_million: "0.5".parse().unwrap(),
                receives_per_message: None,
                batch: Some(batch),
                hours: None,
            };
            let answer = cost(&request, &mut book());
            prop_assert_eq!(answer.is_ok(), (1..=10).contains(&batch) && bytes * batch <= 1_048_576);
        }
    }
}
