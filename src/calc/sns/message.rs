//! Messages: a message's size against a topic's `MaximumMessageSize` in force on the date,
//! the requests its publish is billed as, and the Extended Client Library (the payload in
//! S3) beyond what a topic can take.

use rust_decimal::Decimal;
use serde::Serialize;

use super::Problem;
use crate::error::Error;
use crate::facts::sns as fact;
use crate::facts::FactBook;
use crate::steps::{Expr, Step, Unit};
use crate::units::{KbConvention, Size, SizeUnit};

/// `awscalc sns --message-size SIZE`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageRequest {
    /// The message's size, body and attributes (a bare number is bytes).
    pub size: Size,
    /// The topic's `MaximumMessageSize` (1,024 bytes to the most SNS allows on the date);
    /// SNS's default, 256 KiB, when not given.
    pub topic_max: Option<Size>,
}

/// How a message of the size asked travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MessageRoute {
    /// Through the topic as it is.
    Topic,
    /// Through the topic once its `MaximumMessageSize` is raised (SNS allows it on the date).
    RaiseTopicMax,
    /// With the Extended Client Library: the payload in S3, a reference in the message.
    ExtendedClient,
    /// Not at all: above even the extended client's maximum.
    TooLarge,
}

/// What a step of [`message`] computes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MessageStep {
    /// The topic's maximum − the message.
    TopicHeadroom,
    /// The most a topic can be set to − the message (when it does not fit the topic).
    ServiceHeadroom,
    /// The extended client's maximum − the message.
    ExtendedHeadroom,
    /// Requests billed: ceil(message / 64 KiB).
    RequestsBilled,
}

/// The message check's answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Message {
    /// The message's size in bytes.
    pub bytes: Decimal,
    /// The topic's `MaximumMessageSize` in bytes: as given, or SNS's default.
    pub topic_max_bytes: Decimal,
    /// Whether the topic's maximum was given (else it is SNS's default).
    pub topic_max_given: bool,
    /// The most a topic's `MaximumMessageSize` can be set to on the date, in bytes (read
    /// when the topic's maximum is given or the message does not fit the default).
    pub service_max_bytes: Option<Decimal>,
    /// SNS's default `MaximumMessageSize` (256 KiB); above it a topic takes only SQS,
    /// Lambda and Firehose subscriptions.
    pub default_max_bytes: Decimal,
    /// Whether the message fits the topic.
    pub fits: bool,
    /// How it travels.
    pub route: MessageRoute,
    /// The requests its publish is billed as (when the topic takes it, now or raised).
    pub requests_billed: Option<Decimal>,
    /// The bytes billed as one request (64 KiB).
    pub chunk_bytes: Option<Decimal>,
    /// The most subscriptions of a topic set above 256 KiB, where the answer sets or needs
    /// one.
    pub large_topic_subscriptions_max: Option<Decimal>,
    /// The extended client's maximum, in bytes (read only when no topic takes the message).
    pub extended_max_bytes: Option<Decimal>,
    /// The derivation.
    pub steps: Vec<Step<MessageStep>>,
}

/// `awscalc sns --message-size 300kb`: whether a message (body and attributes) fits the
/// topic's `MaximumMessageSize` (256 KiB unless set; a topic can be set from 1,024 bytes
/// to 1 MiB since 2026-09-18, to 256 KiB before), the requests its publish is billed as
/// (each 64 KiB one request), and beyond what a topic can take whether the Extended Client
/// Library (payload in S3, up to 2 GB) carries it
/// (<https://docs.aws.amazon.com/sns/latest/dg/large-message-payloads.html>).
///
/// ```
/// use awscalc::calc::sns::{message, MessageRequest, MessageRoute};
/// use awscalc::facts::{FactBook, Registry};
///
/// let mut today = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 12, 1));
/// // The SNS FAQ's example: a 256 KB publish is billed as four requests.
/// let faq = MessageRequest { size: "256kb".parse().unwrap(), topic_max: None };
/// let answer = message(&faq, &mut today).unwrap();
/// assert!(answer.fits);
/// assert_eq!(answer.requests_billed, Some(4.into()));
/// // 300 KB is above the default 256 KiB: raise the topic's MaximumMessageSize.
/// let big = MessageRequest { size: "300kb".parse().unwrap(), topic_max: None };
/// assert_eq!(message(&big, &mut today).unwrap().route, MessageRoute::RaiseTopicMax);
/// // Before 2026-09-18 no topic took more than 256 KiB: a 1 MiB topic is refused.
/// let mut then = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 1, 1));
/// let raised = MessageRequest { size: "300kb".parse().unwrap(), topic_max: "1mib".parse().ok() };
/// assert!(message(&raised, &mut then).is_err());
/// assert_eq!(message(&big, &mut then).unwrap().route, MessageRoute::ExtendedClient);
/// ```
///
/// # Errors
/// A size too large to compute exactly; a topic maximum outside 1,024 bytes to the most
/// SNS allows on the date ([`Problem::TopicMax`]) or not whole bytes.
pub fn message(request: &MessageRequest, book: &mut FactBook) -> Result<Message, Error> {
    let bytes = request.size.bytes(SizeUnit::Byte, KbConvention::Binary)?;
    let default_max = book.value(fact::MESSAGE_SIZE_DEFAULT_BYTES)?;
    let (topic_max, mut service_max) = match &request.topic_max {
        None => (default_max, None),
        Some(size) => {
            let service_max = book.value(fact::TOPIC_MAX_MESSAGE_SIZE_MAX_BYTES)?;
            (topic_max(size, service_max, book)?, Some(service_max))
        }
    };
    let fits = bytes <= topic_max;
    let mut steps = vec![Step::new(
        MessageStep::TopicHeadroom,
        Expr::headroom(
            Expr::quantity("message", bytes, Unit::Bytes),
            Expr::quantity("topic_max", topic_max, Unit::Bytes),
            fits,
        ),
    )?];
    let mut fits_service = true;
    if !fits {
        let max = match service_max {
            Some(max) => max,
            None => book.value(fact::TOPIC_MAX_MESSAGE_SIZE_MAX_BYTES)?,
        };
        service_max = Some(max);
        fits_service = bytes <= max;
        // Where the topic is already at the most SNS allows, the step would repeat the first.
        if max != topic_max {
            steps.push(Step::new(
                MessageStep::ServiceHeadroom,
                Expr::headroom(
                    Expr::quantity("message", bytes, Unit::Bytes),
                    Expr::quantity("service_max", max, Unit::Bytes),
                    fits_service,
                ),
            )?);
        }
    }
    let (route, extended_max_bytes) = if fits {
        (MessageRoute::Topic, None)
    } else if fits_service {
        (MessageRoute::RaiseTopicMax, None)
    } else {
        let (within, extended) = crate::calc::extended::extended_client(
            book,
            fact::EXTENDED_CLIENT_MAX_BYTES,
            bytes,
            MessageStep::ExtendedHeadroom,
            &mut steps,
        )?;
        let route = if within {
            MessageRoute::ExtendedClient
        } else {
            MessageRoute::TooLarge
        };
        (route, Some(extended))
    };
    let (requests_billed, chunk_bytes) = if fits_service {
        let chunk = book.value(fact::BILLED_CHUNK_BYTES)?;
        let step = Step::new(
            MessageStep::RequestsBilled,
            Expr::quantity("message", bytes, Unit::Bytes)
                .over(Expr::quantity("chunk", chunk, Unit::Bytes))
                .ceil(),
        )?;
        // An empty message is still one publish, billed as one request.
        let requests = step.value.max(Decimal::ONE);
        steps.push(step);
        (Some(requests), Some(chunk))
    } else {
        (None, None)
    };
    // A topic set above 256 KiB, or one that must be to take the message, takes at most
    // 100 subscriptions, all SQS, Lambda or Firehose.
    let large =
        topic_max > default_max || (route == MessageRoute::RaiseTopicMax && bytes > default_max);
    let large_topic_subscriptions_max = if large {
        Some(book.value(fact::LARGE_TOPIC_SUBSCRIPTIONS_MAX)?)
    } else {
        None
    };
    Ok(Message {
        bytes,
        topic_max_bytes: topic_max,
        topic_max_given: request.topic_max.is_some(),
        service_max_bytes: service_max,
        default_max_bytes: default_max,
        fits,
        route,
        requests_billed,
        chunk_bytes,
        large_topic_subscriptions_max,
        extended_max_bytes,
        steps,
    })
}

/// The topic's `MaximumMessageSize` in bytes, checked against what SNS allows on the date;
/// a value refused only because of the date names the day a larger maximum came.
fn topic_max(size: &Size, service_max: Decimal, book: &mut FactBook) -> Result<Decimal, Error> {
    let own = size.bytes(SizeUnit::Byte, KbConvention::Binary)?;
    let min = book.value(fact::TOPIC_MAX_MESSAGE_SIZE_MIN_BYTES)?;
    if own < min || own > service_max {
        let later = book
            .fact(fact::TOPIC_MAX_MESSAGE_SIZE_MAX_BYTES)?
            .history
            .iter()
            .filter(|e| own >= min && e.since.is_some_and(|since| since > book.as_of()))
            .find_map(|e| match (e.since, e.value) {
                (Some(since), Some(value)) if own <= value => Some((since, value)),
                _ => None,
            });
        return Err(Problem::TopicMax {
            input: size.to_string(),
            min,
            max: service_max,
            later,
        }
        .into());
    }
    if own.fract() != Decimal::ZERO {
        return Err(Problem::TopicMaxNotWhole {
            input: size.to_string(),
        }
        .into());
    }
    Ok(own)
}
