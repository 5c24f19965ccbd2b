//! Worked examples, each derived by hand from the AWS rule it cites.

use rust_decimal::Decimal;

use super::*;
use crate::facts::{FactBook, Registry};

fn on(y: i16, m: i8, d: i8) -> FactBook {
    FactBook::new(Registry::builtin(), jiff::civil::date(y, m, d))
}

fn today() -> FactBook {
    on(2026, 12, 1)
}

fn ask(size: &str, topic_max: Option<&str>, book: &mut FactBook) -> Result<Message, crate::Error> {
    message(
        &MessageRequest {
            size: size.parse().unwrap(),
            topic_max: topic_max.map(|t| t.parse().unwrap()),
        },
        book,
    )
}

fn d(n: i64) -> Decimal {
    Decimal::from(n)
}

#[test]
fn a_256_kb_publish_is_billed_as_four_requests() {
    // SNS FAQ: "a single API call with a 256KB payload will be billed as four requests":
    // 262,144 / 65,536 = 4 exactly, and it fits the default 262,144-byte topic.
    let answer = ask("256kb", None, &mut today()).unwrap();
    assert!(answer.fits);
    assert_eq!(answer.route, MessageRoute::Topic);
    assert_eq!(answer.requests_billed, Some(d(4)));
    assert_eq!(answer.topic_max_bytes, d(262_144));
    assert_eq!(answer.large_topic_subscriptions_max, None);
}

#[test]
fn one_byte_over_a_chunk_is_billed_as_one_more_request() {
    // 65,537 bytes: ceil(65,537 / 65,536) = 2; 1 byte: 1; 1 MiB: 1,048,576 / 65,536 = 16.
    assert_eq!(
        ask("65537", None, &mut today()).unwrap().requests_billed,
        Some(d(2))
    );
    assert_eq!(
        ask("1", None, &mut today()).unwrap().requests_billed,
        Some(d(1))
    );
    assert_eq!(
        ask("1mib", Some("1mib"), &mut today())
            .unwrap()
            .requests_billed,
        Some(d(16))
    );
}

#[test]
fn three_hundred_kb_needs_a_raised_topic_today() {
    // 307,200 > 262,144 (the default), ≤ 1,048,576 (the most since 2026-09-18).
    let answer = ask("300kb", None, &mut today()).unwrap();
    assert!(!answer.fits);
    assert_eq!(answer.route, MessageRoute::RaiseTopicMax);
    // ceil(307,200 / 65,536) = ceil(4.6875) = 5 once the topic takes it.
    assert_eq!(answer.requests_billed, Some(d(5)));
    assert_eq!(answer.large_topic_subscriptions_max, Some(d(100)));
    // With the topic at 1 MiB it fits.
    let raised = ask("300kb", Some("1mib"), &mut today()).unwrap();
    assert!(raised.fits);
    assert_eq!(raised.route, MessageRoute::Topic);
    assert_eq!(raised.large_topic_subscriptions_max, Some(d(100)));
}

#[test]
fn before_september_2026_no_topic_took_more_than_256_kib() {
    let mut then = on(2026, 9, 17);
    let answer = ask("300kb", None, &mut then).unwrap();
    assert_eq!(answer.route, MessageRoute::ExtendedClient);
    assert_eq!(answer.requests_billed, None);
    assert_eq!(answer.extended_max_bytes, Some(d(2_147_483_648)));
    let refused = ask("300kb", Some("1mib"), &mut on(2026, 9, 17)).unwrap_err();
    let text = refused.to_string();
    assert!(text.contains("2026-09-18"), "{text}");
    assert!(text.contains("262,144"), "{text}");
    // The day itself takes 1 MiB.
    assert!(
        ask("300kb", Some("1mib"), &mut on(2026, 9, 18))
            .unwrap()
            .fits
    );
}

#[test]
fn a_topic_maximum_outside_1024_bytes_to_1_mib_is_refused() {
    assert!(ask("1kb", Some("1023"), &mut today()).is_err());
    assert!(ask("1kb", Some("1024"), &mut today()).is_ok());
    assert!(ask("1kb", Some("1048577"), &mut today()).is_err());
    assert!(ask("1kb", Some("2000.5"), &mut today()).is_err());
}

#[test]
fn a_smaller_topic_maximum_decides() {
    // 2,000 bytes against a 1,024-byte topic: raise it.
    let answer = ask("2000", Some("1kib"), &mut today()).unwrap();
    assert!(!answer.fits);
    assert_eq!(answer.route, MessageRoute::RaiseTopicMax);
    assert_eq!(answer.large_topic_subscriptions_max, None);
}

#[test]
fn beyond_two_gb_nothing_carries_it() {
    let answer = ask("3gb", None, &mut today()).unwrap();
    assert_eq!(answer.route, MessageRoute::TooLarge);
    let extended = ask("1gb", None, &mut today()).unwrap();
    assert_eq!(extended.route, MessageRoute::ExtendedClient);
}

fn text(t: &str) -> Sms {
    sms(
        &SmsRequest {
            text: SmsText::Text(t.to_string()),
        },
        &mut today(),
    )
    .unwrap()
}

fn chars(count: u64, encoding: Encoding) -> Sms {
    sms(
        &SmsRequest {
            text: SmsText::Chars { count, encoding },
        },
        &mut today(),
    )
    .unwrap()
}

#[test]
fn gsm7_takes_160_in_one_sms_then_parts_of_153() {
    // End User Messaging: 160 GSM characters in one SMS, 153 per part beyond.
    assert_eq!(chars(160, Encoding::Gsm7).parts, d(1));
    assert_eq!(chars(161, Encoding::Gsm7).parts, d(2));
    // 306 = 2 × 153: two parts; 307: three.
    assert_eq!(chars(306, Encoding::Gsm7).parts, d(2));
    assert_eq!(chars(307, Encoding::Gsm7).parts, d(3));
}

#[test]
fn ucs2_takes_70_in_one_sms_then_parts_of_67() {
    assert_eq!(chars(70, Encoding::Ucs2).parts, d(1));
    assert_eq!(chars(71, Encoding::Ucs2).parts, d(2));
    assert_eq!(chars(134, Encoding::Ucs2).parts, d(2));
    assert_eq!(chars(135, Encoding::Ucs2).parts, d(3));
}

#[test]
fn the_text_decides_the_encoding() {
    let plain = text("Your code is 1234");
    assert_eq!(plain.encoding, Encoding::Gsm7);
    assert_eq!(plain.units, d(17));
    assert_eq!(plain.parts, d(1));
    // é and Ä are in the GSM-7 basic set.
    assert_eq!(text("Café Ärger").encoding, Encoding::Gsm7);
    // One character outside GSM-7 (ã is in neither table) makes all of it UCS-2: 9
    // characters, 9 UCS-2 characters, one SMS of 70.
    let ucs2 = text("São Paulo");
    assert_eq!(ucs2.encoding, Encoding::Ucs2);
    assert_eq!(ucs2.first_ucs2, Some('ã'));
    assert_eq!(ucs2.units, d(9));
    assert_eq!(ucs2.parts, d(1));
}

#[test]
fn extension_characters_count_twice() {
    // 80 € signs: 160 septets, one SMS; 81: 162 septets, ceil(162 / 153) = 2 parts.
    let eighty = text(&"€".repeat(80));
    assert_eq!(eighty.units, d(160));
    assert_eq!(eighty.extension_characters, d(80));
    assert_eq!(eighty.parts, d(1));
    assert_eq!(text(&"€".repeat(81)).parts, d(2));
}

#[test]
fn an_emoji_is_two_ucs2_characters() {
    // 35 emoji are 70 UTF-16 units: one SMS; 36 are 72: ceil(72 / 67) = 2.
    let emoji = text(&"👍".repeat(35));
    assert_eq!(emoji.characters, d(35));
    assert_eq!(emoji.units, d(70));
    assert_eq!(emoji.parts, d(1));
    assert_eq!(text(&"👍".repeat(36)).parts, d(2));
}

#[test]
fn one_publish_takes_at_most_1600_characters() {
    assert!(chars(1_600, Encoding::Gsm7).within_publish_max);
    // 1,600 GSM-7 characters: ceil(1,600 / 153) = 11 parts.
    assert_eq!(chars(1_600, Encoding::Gsm7).parts, d(11));
    assert!(!chars(1_601, Encoding::Gsm7).within_publish_max);
}

#[test]
fn an_empty_sms_is_refused() {
    let empty = SmsRequest {
        text: SmsText::Text(String::new()),
    };
    assert!(sms(&empty, &mut today()).is_err());
}

#[test]
fn the_gsm7_tables_have_128_and_10_characters() {
    // 3GPP TS 23.038: 128 codes, one of them the escape (not a character): 127 basic
    // characters; 10 in the extension table.
    assert_eq!(GSM7_BASIC.chars().count(), 127);
    assert_eq!(GSM7_EXTENSION.chars().count(), 10);
}

#[test]
fn the_sms_character_counts_fill_140_bytes() {
    // 160 GSM-7 characters × 7 bits = 1,120 bits = 140 bytes; 70 UCS-2 × 2 bytes = 140.
    // A part's header (6 bytes, 48 bits) leaves 1,072 bits: 153 × 7 = 1,071 fit, and
    // 134 bytes: 67 × 2 = 134.
    let mut book = today();
    let bits = book.value(crate::facts::sns::SMS_BYTES).unwrap() * d(8);
    let gsm7 = book.value(crate::facts::sns::SMS_GSM7_CHARS).unwrap();
    let ucs2 = book.value(crate::facts::sns::SMS_UCS2_CHARS).unwrap();
    let gsm7_part = book.value(crate::facts::sns::SMS_GSM7_PART_CHARS).unwrap();
    let ucs2_part = book.value(crate::facts::sns::SMS_UCS2_PART_CHARS).unwrap();
    assert_eq!(gsm7 * d(7), bits);
    assert_eq!(ucs2 * d(16), bits);
    let header = d(48);
    assert!(gsm7_part * d(7) <= bits - header && (gsm7_part + d(1)) * d(7) > bits - header);
    assert_eq!(ucs2_part * d(16), bits - header);
}
