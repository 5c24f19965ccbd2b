//! `awscalc sns`: [`crate::calc::sns`]'s results as reports.

use std::fmt;

use rust_decimal::Decimal;

use crate::calc::sns::{
    self as calc, Encoding, MessageRequest, MessageRoute, MessageStep, Problem, Sms, SmsRequest,
    SmsStep, SmsText,
};
use crate::error::Error;
use crate::explain::formula;
use crate::explain::sqs::binary_words;
use crate::facts::FactBook;
use crate::report::{Alternative, Report, Value};
use crate::units::{group, KbConvention, SizeUnit};
use crate::words::plural;

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::TopicMax {
                input,
                min,
                max,
                later,
            } => {
                write!(
                    f,
                    "`--topic-max {input}` is outside what SNS allows for a topic's \
                     MaximumMessageSize: {} to {} bytes ({})",
                    group(*min),
                    group(*max),
                    binary_words(*max)
                )?;
                if let Some((since, value)) = later {
                    write!(
                        f,
                        "; topics take up to {} since {since}",
                        binary_words(*value)
                    )?;
                }
                Ok(())
            }
            Problem::TopicMaxNotWhole { input } => {
                write!(f, "`--topic-max {input}` must be a whole number of bytes")
            }
            Problem::EmptySms => crate::explain::invalid_input(
                f,
                "SMS message",
                "",
                "it has no characters",
                EMPTY_SMS_ALLOWED,
            ),
        }
    }
}

/// What an empty SMS message should have been.
const EMPTY_SMS_ALLOWED: &str = "the text of the message, or --sms-chars N";

impl Problem {
    /// What is allowed instead, in words, where the error says: for an empty message, its
    /// text or a count of characters.
    #[must_use]
    pub fn allowed(&self) -> Option<String> {
        match self {
            Problem::EmptySms => Some(EMPTY_SMS_ALLOWED.into()),
            Problem::TopicMax { .. } | Problem::TopicMaxNotWhole { .. } => None,
        }
    }
}

/// `awscalc sns --message-size SIZE`: [`calc::message`], explained.
///
/// # Errors
/// As [`calc::message`].
pub fn message(request: &MessageRequest, book: &mut FactBook) -> Result<Report, Error> {
    let answer = calc::message(request, book)?;
    let mut report = Report::new("sns", book.as_of());
    report.size_input(
        "message_size",
        &request.size,
        SizeUnit::Byte,
        KbConvention::Binary,
        " (body and attributes)",
    )?;
    if let Some(own) = &request.topic_max {
        report.size_input(
            "topic_max",
            own,
            SizeUnit::Byte,
            KbConvention::Binary,
            " (the topic's MaximumMessageSize)",
        )?;
    }
    // The chunk in KiB as the registry gives it in bytes (64 KiB today).
    let chunk_label = answer.chunk_bytes.map_or_else(String::new, |bytes| {
        format!(
            "requests billed: each {} KiB one request",
            group(bytes / Decimal::from(1024))
        )
    });
    for step in &answer.steps {
        let (label, unit) = match step.what {
            MessageStep::TopicHeadroom => ("the topic's maximum − the message", "bytes"),
            MessageStep::ServiceHeadroom => ("the most a topic can take − the message", "bytes"),
            MessageStep::ExtendedHeadroom => {
                ("the extended client's maximum − the message", "bytes")
            }
            MessageStep::RequestsBilled => (chunk_label.as_str(), ""),
        };
        report.step(label, formula::text(&step.formula), step.value, unit);
    }
    report.field("fits", Value::Bool(answer.fits), "");
    report.answer.push("fits".into());
    report.field(
        "topic_max_bytes",
        Value::from(answer.topic_max_bytes),
        "bytes",
    );
    report.field(
        "route",
        Value::text(match answer.route {
            MessageRoute::Topic => "topic",
            MessageRoute::RaiseTopicMax => "raise_topic_max",
            MessageRoute::ExtendedClient => "extended_client",
            MessageRoute::TooLarge => "too_large",
        }),
        "",
    );
    if let Some(requests) = answer.requests_billed {
        report.field("requests_billed", Value::from(requests), "requests");
    }
    if let Some(max) = answer.service_max_bytes {
        report.detail("service_max_bytes", Value::from(max), "bytes");
    }
    if let Some(max) = answer.large_topic_subscriptions_max {
        report.detail("subscriptions_max", Value::from(max), "subscriptions");
    }
    if let Some(max) = answer.extended_max_bytes {
        report.detail("extended_max_bytes", Value::from(max), "bytes");
    }
    report.headline = headline(&answer);
    report.check_failed = !answer.fits;
    report.summary = "whether a message fits an Amazon SNS topic".into();
    message_notes(&mut report, &answer);
    report.attach_facts(book);
    Ok(report)
}

/// The answer in words.
fn headline(answer: &calc::Message) -> String {
    let topic = binary_words(answer.topic_max_bytes);
    let service = binary_words(answer.service_max_bytes.unwrap_or_default());
    let whose = if answer.topic_max_given {
        "the topic's maximum"
    } else {
        "a topic's default maximum"
    };
    let billed = answer
        .requests_billed
        .map(|n| plural(n, "request"))
        .unwrap_or_default();
    match answer.route {
        MessageRoute::Topic => format!("yes: the message fits {whose} of {topic}; {billed} billed"),
        MessageRoute::RaiseTopicMax => format!(
            "no: {} above {whose} of {topic}: raise MaximumMessageSize (up to {service})",
            plural(answer.bytes - answer.topic_max_bytes, "byte")
        ),
        MessageRoute::ExtendedClient => format!(
            "no: {} above the {service} a topic can take: use the Extended Client Library (S3)",
            plural(
                answer.bytes - answer.service_max_bytes.unwrap_or_default(),
                "byte"
            )
        ),
        MessageRoute::TooLarge => format!(
            "no: above the {service} a topic can take and the extended client's {}",
            binary_words(answer.extended_max_bytes.unwrap_or_default())
        ),
    }
}

/// The notes that change how the message answer reads.
fn message_notes(report: &mut Report, answer: &calc::Message) {
    let default = binary_words(answer.default_max_bytes);
    if answer.route == MessageRoute::RaiseTopicMax {
        report.note(format!(
            "set the topic's MaximumMessageSize to at least {} bytes; it is {} unless set",
            group(answer.bytes.ceil()),
            default
        ));
        if let Some(requests) = answer.requests_billed {
            report.note(format!(
                "once the topic takes it, the publish is billed as {}",
                plural(requests, "request")
            ));
        }
    }
    if let Some(max) = answer.large_topic_subscriptions_max {
        report.note(format!(
            "a topic whose MaximumMessageSize is above {default} takes only SQS, Lambda and \
             Firehose subscriptions, at most {}",
            group(max)
        ));
    }
    match answer.route {
        MessageRoute::Topic | MessageRoute::RaiseTopicMax => {}
        MessageRoute::ExtendedClient => report.note(format!(
            "the SNS Extended Client Library (Java, Python) stores the payload in S3 and \
             publishes a reference, up to {} a message",
            binary_words(answer.extended_max_bytes.unwrap_or_default())
        )),
        MessageRoute::TooLarge => {
            report.warn("split the payload, or put it in S3 yourself and publish its key");
        }
    }
}

/// An encoding's name in words.
fn encoding_words(encoding: Encoding) -> &'static str {
    match encoding {
        Encoding::Gsm7 => "GSM-7",
        Encoding::Ucs2 => "UCS-2",
    }
}

/// `awscalc sns --sms TEXT` or `--sms-chars N --encoding E`: [`calc::sms`], explained.
///
/// # Errors
/// As [`calc::sms`].
pub fn sms(request: &SmsRequest, book: &mut FactBook) -> Result<Report, Error> {
    let answer = calc::sms(request, book)?;
    let mut report = Report::new("sns", book.as_of());
    let encoding = encoding_words(answer.encoding);
    match &request.text {
        SmsText::Text(text) => {
            let counted = if answer.units == answer.characters {
                String::new()
            } else {
                format!(" ({} counted, as sent)", group(answer.units))
            };
            let understood = format!(
                "{}, {encoding}{counted}",
                plural(answer.characters, "character")
            );
            report.input(
                "sms",
                text,
                understood,
                Value::Map(vec![
                    ("given".into(), Value::text(text.clone())),
                    ("characters".into(), Value::from(answer.characters)),
                ]),
            );
        }
        SmsText::Chars { count, .. } => {
            report.input(
                "sms_chars",
                &count.to_string(),
                format!("{} {encoding} characters", group(Decimal::from(*count))),
                Value::from(Decimal::from(*count)),
            );
        }
    }
    for step in &answer.steps {
        let label = match step.what {
            SmsStep::SingleHeadroom => "one SMS's characters − the message's",
            SmsStep::Parts => "parts: characters / characters a part, rounded up",
            SmsStep::PublishHeadroom => "one publish's most characters − the message's",
        };
        report.step(label, formula::text(&step.formula), step.value, "");
    }
    report.field("parts", Value::from(answer.parts), "parts");
    report.answer.push("parts".into());
    report.field("encoding", Value::text(answer.encoding.name()), "");
    report.field("characters", Value::from(answer.units), "characters");
    report.field(
        "within_publish_max",
        Value::Bool(answer.within_publish_max),
        "",
    );
    report.detail(
        "single_chars",
        Value::from(answer.single_chars),
        "characters",
    );
    report.detail("part_chars", Value::from(answer.part_chars), "characters");
    report.headline = if answer.parts == Decimal::ONE {
        format!(
            "1 SMS: {} {encoding} characters, of {} in one SMS",
            group(answer.units),
            group(answer.single_chars)
        )
    } else {
        format!(
            "{} SMS parts: {} {encoding} characters, {} a part",
            group(answer.parts),
            group(answer.units),
            group(answer.part_chars)
        )
    };
    report.summary = "the parts an SMS message takes through Amazon SNS".into();
    sms_alternatives(&mut report, &answer);
    sms_notes(&mut report, &answer);
    report.attach_facts(book);
    Ok(report)
}

/// The readings `--expect` names: every part as full as a single SMS.
fn sms_alternatives(report: &mut Report, answer: &Sms) {
    if answer.parts > Decimal::ONE {
        let full = (answer.units / answer.single_chars).ceil();
        if full != answer.parts {
            report.alternatives.push(Alternative {
                value: full,
                reading: format!(
                    "parts of {} characters, a single SMS's, without the header each part \
                     carries",
                    group(answer.single_chars)
                ),
                distance: 1,
            });
        }
    }
}

/// The notes that change how the SMS answer reads.
fn sms_notes(report: &mut Report, answer: &Sms) {
    if let Some(first) = answer.first_ucs2 {
        report.note(format!(
            "`{first}` is outside the GSM-7 alphabet, so the whole message goes as UCS-2: \
             {} characters in one SMS, {} a part",
            group(answer.single_chars),
            group(answer.part_chars)
        ));
    }
    if answer.extension_characters > Decimal::ZERO {
        report.note(format!(
            "{} from GSM-7's extension table (such as € [ ] {{ }} ^ ~ |) count twice",
            plural(answer.extension_characters, "character")
        ));
    }
    if answer.encoding == Encoding::Ucs2 && answer.units != answer.characters {
        report
            .note("a character beyond U+FFFF (most emoji) takes two UCS-2 characters".to_string());
    }
    if answer.parts > Decimal::ONE {
        report.note(
            "SNS splits a long message at whole words, not mid-word, so a part can carry \
             fewer characters and the message take a part more; each part is billed as an SMS",
        );
    }
    if !answer.within_publish_max {
        report.warn(format!(
            "{} is above the {} characters one SMS publish takes (AWS's FAQ says bytes): \
             publish it in pieces",
            plural(answer.characters, "character"),
            group(answer.publish_max_chars)
        ));
    }
}
