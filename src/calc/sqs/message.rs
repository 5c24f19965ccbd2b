//! Messages: a message's size against SQS's maximum in force on the date, and the Extended
//! Client Library (the payload in S3) beyond it.

use rust_decimal::Decimal;
use serde::Serialize;

use super::{Problem, Setting};
use crate::error::Error;
use crate::facts::sqs as fact;
use crate::facts::FactBook;
use crate::steps::{Expr, Step, Unit};
use crate::units::{KbConvention, Size, SizeUnit};

/// `awscalc sqs --message-size SIZE`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageRequest {
    /// The message's size, body and attributes (a bare number is bytes).
    pub size: Size,
    /// The queue's own `MaximumMessageSize` (1,024 bytes to SQS's maximum); SQS's maximum
    /// when not given.
    pub queue_max: Option<Size>,
}

/// Which limit decides whether a message fits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MessageLimit {
    /// SQS's maximum in force.
    Service,
    /// The queue's own `MaximumMessageSize`, set below SQS's maximum.
    Queue,
}

/// How a message of the size asked travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MessageRoute {
    /// In SQS itself.
    Queue,
    /// In SQS once the queue's own `MaximumMessageSize` is raised (it fits SQS's maximum).
    RaiseQueueMax,
    /// With the Extended Client Library: the payload in S3, a reference in the message.
    ExtendedClient,
    /// Not at all: above even the extended client's maximum.
    TooLarge,
}

/// What a step of [`message`] computes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MessageStep {
    /// SQS's maximum − the message.
    QueueHeadroom,
    /// The queue's own maximum − the message.
    QueueMaxHeadroom,
    /// The extended client's maximum − the message.
    ExtendedHeadroom,
}

/// The message check's answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Message {
    /// The message's size in bytes.
    pub bytes: Decimal,
    /// SQS's maximum message size in force, in bytes.
    pub max_bytes: Decimal,
    /// The queue's own maximum, in bytes, when given.
    pub queue_max_bytes: Option<Decimal>,
    /// Which limit decides: the smaller of SQS's and the queue's.
    pub limit: MessageLimit,
    /// Whether the message fits the queue (both limits).
    pub fits: bool,
    /// How it travels.
    pub route: MessageRoute,
    /// The extended client's maximum, in bytes (read only when the message is too large for
    /// SQS).
    pub extended_max_bytes: Option<Decimal>,
    /// The derivation.
    pub steps: Vec<Step<MessageStep>>,
}

/// `awscalc sqs --message-size 300kb`: whether a message fits SQS's maximum in force on the
/// date (64 KB, 256 KB from 2013-06-18, 1 MiB from August 2025; KB read as 1,024 bytes, as
/// AWS now writes KiB), and beyond it whether the Extended Client Library (payload in S3,
/// up to 2 GB) carries it
/// (<https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html>).
///
/// ```
/// use awscalc::calc::sqs::{message, MessageRequest, MessageRoute};
/// use awscalc::facts::{FactBook, Registry};
///
/// let request = MessageRequest { size: "300kb".parse().unwrap(), queue_max: None };
/// let mut today = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 12, 1));
/// assert!(message(&request, &mut today).unwrap().fits);
/// // Before August 2025 the maximum was 256 KB: the extended client was needed.
/// let mut then = FactBook::new(Registry::builtin(), jiff::civil::date(2025, 1, 1));
/// assert_eq!(message(&request, &mut then).unwrap().route, MessageRoute::ExtendedClient);
/// // Study notes Q12 (002:287): 1 GB goes through the extended client today too.
/// let gb = MessageRequest { size: "1gb".parse().unwrap(), queue_max: None };
/// assert_eq!(message(&gb, &mut today).unwrap().route, MessageRoute::ExtendedClient);
/// // A queue whose own MaximumMessageSize is 256 KiB: raise it (up to 1 MiB).
/// let own = MessageRequest { size: "300kb".parse().unwrap(), queue_max: "256kb".parse().ok() };
/// assert_eq!(message(&own, &mut today).unwrap().route, MessageRoute::RaiseQueueMax);
/// ```
///
/// # Errors
/// A size too large to compute exactly; a queue maximum outside 1,024 bytes to SQS's
/// maximum ([`Problem::OutOfRange`]).
pub fn message(request: &MessageRequest, book: &mut FactBook) -> Result<Message, Error> {
    let bytes = request.size.bytes(SizeUnit::Byte, KbConvention::Binary)?;
    let max = book.value(fact::MESSAGE_SIZE_MAX_BYTES)?;
    let fits_service = bytes <= max;
    let mut steps = vec![Step::new(
        MessageStep::QueueHeadroom,
        Expr::headroom(
            Expr::quantity("message", bytes, Unit::Bytes),
            Expr::quantity("max", max, Unit::Bytes),
            fits_service,
        ),
    )?];
    let queue_max_bytes = match &request.queue_max {
        None => None,
        Some(size) => {
            let own = size.bytes(SizeUnit::Byte, KbConvention::Binary)?;
            let min = book.value(fact::QUEUE_MAX_MESSAGE_SIZE_MIN_BYTES)?;
            if own < min || own > max || own.fract() != Decimal::ZERO {
                return Err(Problem::OutOfRange {
                    setting: Setting::QueueMax,
                    input: size.to_string(),
                    min,
                    max,
                }
                .into());
            }
            steps.push(Step::new(
                MessageStep::QueueMaxHeadroom,
                Expr::headroom(
                    Expr::quantity("message", bytes, Unit::Bytes),
                    Expr::quantity("queue_max", own, Unit::Bytes),
                    bytes <= own,
                ),
            )?);
            Some(own)
        }
    };
    let limit = match queue_max_bytes {
        Some(own) if own < max => MessageLimit::Queue,
        _ => MessageLimit::Service,
    };
    let fits = fits_service && queue_max_bytes.is_none_or(|own| bytes <= own);
    let (route, extended_max_bytes) = if fits {
        (MessageRoute::Queue, None)
    } else if fits_service {
        (MessageRoute::RaiseQueueMax, None)
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
    Ok(Message {
        bytes,
        max_bytes: max,
        queue_max_bytes,
        limit,
        fits,
        route,
        extended_max_bytes,
        steps,
    })
}
