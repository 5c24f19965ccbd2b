//! Property tests (`prop_*`) of the SNS calculators against small integer references
//! written from the AWS rules (large-message-payloads: a topic's MaximumMessageSize 1,024
//! bytes to 1 MiB since 2026-09-18, 256 KiB unless set; the SNS FAQ: each 64 KB one
//! request; End User Messaging: 160 GSM-7 or 70 UCS-2 characters in one SMS, 153 or 67 a
//! part):
//!
//! - a message fits exactly when it is at most the topic's maximum, and is billed as
//!   ⌈bytes ÷ 65,536⌉ requests (at least 1), more for a larger message;
//! - a topic maximum is refused exactly outside 1,024 to 1,048,576 whole bytes (262,144
//!   before 2026-09-18);
//! - an SMS takes 1 part up to 160 (70) characters, else ⌈n ÷ 153⌉ (⌈n ÷ 67⌉), never fewer
//!   for more characters, and each part holds no more than a single SMS;
//! - a text of GSM-7 characters counts its septets (extension characters twice); any other
//!   character makes it UCS-2, counted in UTF-16 units;
//! - no input panics.

use awscalc::calc::sns::{
    message, sms, Encoding, MessageRequest, MessageRoute, SmsRequest, SmsText, GSM7_BASIC,
    GSM7_EXTENSION,
};
use awscalc::facts::{FactBook, Registry};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn on(y: i16, m: i8, d: i8) -> FactBook {
    FactBook::new(Registry::builtin(), jiff::civil::date(y, m, d))
}

fn book() -> FactBook {
    on(2026, 12, 1)
}

fn parts(count: u64, encoding: Encoding) -> Decimal {
    sms(
        &SmsRequest {
            text: SmsText::Chars { count, encoding },
        },
        &mut book(),
    )
    .unwrap()
    .parts
}

/// The reference: 1 part up to a single SMS's characters, else ⌈n ÷ per part⌉.
fn reference_parts(n: u64, single: u64, part: u64) -> u64 {
    if n <= single {
        1
    } else {
        n.div_ceil(part)
    }
}

proptest! {
    #[test]
    fn prop_a_message_fits_exactly_when_at_most_the_topic_maximum(
        bytes in 1_u64..=2_000_000,
        topic in 1_024_u64..=1_048_576,
    ) {
        let request = MessageRequest {
            size: bytes.to_string().parse().unwrap(),
            topic_max: Some(topic.to_string().parse().unwrap()),
        };
        let answer = message(&request, &mut book()).unwrap();
        prop_assert_eq!(answer.fits, bytes <= topic);
        let expected_route = if bytes <= topic {
            MessageRoute::Topic
        } else if bytes <= 1_048_576 {
            MessageRoute::RaiseTopicMax
        } else {
            MessageRoute::ExtendedClient
        };
        prop_assert_eq!(answer.route, expected_route);
        if bytes <= 1_048_576 {
            prop_assert_eq!(answer.requests_billed, Some(Decimal::from(bytes.div_ceil(65_536))));
        } else {
            prop_assert_eq!(answer.requests_billed, None);
        }
    }

    #[test]
    fn prop_a_larger_message_is_never_billed_fewer_requests(
        a in 1_u64..=1_048_576,
        b in 1_u64..=1_048_576,
    ) {
        let billed = |bytes: u64| {
            let request = MessageRequest {
                size: bytes.to_string().parse().unwrap(),
                topic_max: Some("1mib".parse().unwrap()),
            };
            message(&request, &mut book()).unwrap().requests_billed.unwrap()
        };
        let (small, large) = (a.min(b), a.max(b));
        prop_assert!(billed(small) <= billed(large));
        prop_assert!(billed(small) >= Decimal::ONE);
    }

    #[test]
    fn prop_a_topic_maximum_is_refused_exactly_outside_its_range(
        topic in 0_u64..3_000_000,
        before in any::<bool>(),
    ) {
        let (mut book, max) = if before {
            (on(2026, 9, 17), 262_144)
        } else {
            (book(), 1_048_576)
        };
        let request = MessageRequest {
            size: "1kb".parse().unwrap(),
            topic_max: Some(format!("{topic}b").parse().unwrap_or_else(|_| "0.5".parse().unwrap())),
        };
        let result = message(&request, &mut book);
        prop_assert_eq!(result.is_ok(), (1_024..=max).contains(&topic));
    }

    #[test]
    fn prop_sms_parts_follow_the_single_and_part_sizes(n in 1_u64..100_000) {
        prop_assert_eq!(parts(n, Encoding::Gsm7), Decimal::from(reference_parts(n, 160, 153)));
        prop_assert_eq!(parts(n, Encoding::Ucs2), Decimal::from(reference_parts(n, 70, 67)));
        // More characters never take fewer parts, and a UCS-2 message never fewer than GSM-7.
        prop_assert!(parts(n, Encoding::Gsm7) <= parts(n + 1, Encoding::Gsm7));
        prop_assert!(parts(n, Encoding::Gsm7) <= parts(n, Encoding::Ucs2));
        // The parts hold the message: parts × per part ≥ n (or one SMS holds it).
        let p = parts(n, Encoding::Gsm7);
        prop_assert!(n <= 160 || p * Decimal::from(153) >= Decimal::from(n));
    }

    #[test]
    fn prop_a_gsm7_text_counts_extension_characters_twice(
        basic in prop::collection::vec(prop::sample::select(GSM7_BASIC.chars().collect::<Vec<_>>()), 0..400),
        extension in prop::collection::vec(prop::sample::select(GSM7_EXTENSION.chars().collect::<Vec<_>>()), 0..100),
    ) {
        prop_assume!(!basic.is_empty() || !extension.is_empty());
        let text: String = basic.iter().chain(extension.iter()).collect();
        let answer = sms(&SmsRequest { text: SmsText::Text(text) }, &mut book()).unwrap();
        let septets = basic.len() as u64 + 2 * extension.len() as u64;
        prop_assert_eq!(answer.encoding, Encoding::Gsm7);
        prop_assert_eq!(answer.units, Decimal::from(septets));
        prop_assert_eq!(answer.parts, Decimal::from(reference_parts(septets, 160, 153)));
    }

    #[test]
    fn prop_any_other_character_makes_it_ucs2(text in "\\PC{1,300}") {
        let gsm = text.chars().all(|c| GSM7_BASIC.contains(c) || GSM7_EXTENSION.contains(c));
        let answer = sms(&SmsRequest { text: SmsText::Text(text.clone()) }, &mut book()).unwrap();
        prop_assert_eq!(answer.encoding == Encoding::Gsm7, gsm);
        if !gsm {
            let units = text.encode_utf16().count() as u64;
            prop_assert_eq!(answer.units, Decimal::from(units));
            prop_assert_eq!(answer.parts, Decimal::from(reference_parts(units, 70, 67)));
        }
    }

    #[test]
    fn prop_no_input_panics(text in any::<String>(), size in any::<String>(), topic in any::<String>()) {
        let _ = sms(&SmsRequest { text: SmsText::Text(text) }, &mut book());
        if let (Ok(size), Ok(topic)) = (size.parse(), topic.parse()) {
            let _ = message(&MessageRequest { size, topic_max: Some(topic) }, &mut book());
        }
    }
}
