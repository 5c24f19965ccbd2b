//! Event sources: the concurrency an Amazon SQS trigger needs and the most it reaches
//! (standard queues: AWS's ceiling per event source mapping, its maximum concurrency, or
//! provisioned-mode pollers; FIFO queues: the message groups), and how long it takes to
//! scale there.

use rust_decimal::Decimal;
use serde::Serialize;

use super::concurrency::{demand, quota};
use super::{FunctionDuration, MappingSetting, Problem};
use crate::error::Error;
use crate::facts::lambda as fact;
use crate::facts::FactBook;
use crate::steps::{Expr, Step, Unit};
use crate::units::Rate;

/// The kind of queue the function reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QueueKind {
    /// A standard queue: no order, batches in parallel.
    Standard,
    /// A FIFO queue: one batch at a time per message group.
    Fifo,
}

impl std::fmt::Display for QueueKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            QueueKind::Standard => "standard",
            QueueKind::Fifo => "fifo",
        })
    }
}

impl std::str::FromStr for QueueKind {
    type Err = Error;

    fn from_str(input: &str) -> Result<QueueKind, Error> {
        match input.trim().to_ascii_lowercase().as_str() {
            "standard" => Ok(QueueKind::Standard),
            "fifo" => Ok(QueueKind::Fifo),
            _ => Err(Error::Invalid {
                what: "queue",
                input: input.trim().to_string(),
                reason: "not a kind of SQS queue".into(),
                expected: "standard or fifo".into(),
            }),
        }
    }
}

/// `awscalc lambda --queue standard|fifo --rate RATE --duration D`: an SQS trigger.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueueRequest {
    /// Standard or FIFO.
    pub kind: QueueKind,
    /// Messages arriving per second (or /min, /h).
    pub rate: Rate,
    /// Average duration of one invocation (one batch).
    pub duration: FunctionDuration,
    /// Messages per batch (BatchSize), default AWS's 10.
    pub batch_size: Option<u64>,
    /// The event source mapping's maximum concurrency (ScalingConfig), if set.
    pub max_concurrency: Option<u64>,
    /// FIFO: message groups with messages waiting.
    pub groups: Option<u64>,
    /// Provisioned mode: the most pollers (MaximumPollers).
    pub max_pollers: Option<u64>,
    /// The account's concurrency quota, where it is not AWS's default.
    pub quota: Option<u64>,
}

/// What a step of [`queue_concurrency`] computes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QueueStep {
    /// Concurrent executions needed: rate × duration ÷ batch size, rounded up.
    Needed,
    /// The provisioned-mode ceiling: pollers × concurrent invocations per poller.
    PollerCeiling,
    /// The most the trigger reaches: the least of its limits.
    Ceiling,
    /// Messages per second the ceiling processes: ceiling × batch size ÷ duration.
    Throughput,
    /// Minutes to scale from the first batches to the concurrency reached.
    ScaleMinutes,
}

/// What limits an SQS trigger's concurrency.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QueueLimit {
    /// AWS's ceiling per event source mapping (standard queues).
    EventSource,
    /// Provisioned-mode pollers × concurrent invocations per poller.
    Pollers,
    /// The mapping's maximum concurrency setting.
    MaxConcurrency,
    /// FIFO: the message groups.
    Groups,
    /// The account's concurrency quota.
    Quota,
}

/// An SQS trigger's concurrency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QueueConcurrency {
    /// Standard or FIFO.
    pub kind: QueueKind,
    /// Messages per batch used.
    pub batch_size: Decimal,
    /// Concurrent executions needed: ceil(rate × duration ÷ batch size).
    pub needed: Decimal,
    /// The reading without batches: ceil(rate × duration), one message per invocation.
    pub unbatched: Decimal,
    /// The most concurrent executions the trigger reaches.
    pub ceiling: Decimal,
    /// Which limit sets the ceiling.
    pub limited_by: QueueLimit,
    /// Whether the trigger keeps up (needed ≤ ceiling).
    pub keeps_up: bool,
    /// Messages per second the ceiling processes, rounded down to whole messages.
    pub ceiling_messages_per_second: Decimal,
    /// Minutes to scale up to min(needed, ceiling) from the first batches (`None` in
    /// provisioned mode, whose pollers stay ready, and for a FIFO queue, whose message
    /// groups bound it).
    pub scale_minutes: Option<Decimal>,
    /// Concurrent invocations added per minute on the date.
    pub scale_per_minute: Option<Decimal>,
    /// The account's quota used.
    pub quota: Decimal,
    /// Whether the quota is AWS's default.
    pub quota_is_default: bool,
    /// The derivation.
    pub steps: Vec<Step<QueueStep>>,
}

/// `value` within `min..=max`, else an error naming the setting and the range.
fn within(
    setting: MappingSetting,
    value: u64,
    min: Decimal,
    max: Decimal,
) -> Result<Decimal, Error> {
    let v = Decimal::from(value);
    if v < min || v > max {
        return Err(Problem::OutOfRange {
            setting,
            value,
            min,
            max,
        }
        .into());
    }
    Ok(v)
}

/// `awscalc lambda --queue standard --rate 1000/s --duration 2s --batch-size 10`: an SQS
/// trigger invokes the function once per batch, so it needs
/// `ceil(rate × duration ÷ batch size)` concurrent executions; it reaches at most the least
/// of AWS's ceiling per event source mapping (1,250; provisioned mode: pollers × 10), the
/// mapping's maximum concurrency, the account's quota, and on a FIFO queue the message
/// groups (one batch at a time per group). It starts with 5 concurrent batches and adds up
/// to 300 a minute (60 before 2023-11-06)
/// (<https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-scaling.html>).
///
/// ```
/// use awscalc::calc::lambda::{queue_concurrency, QueueKind, QueueRequest};
/// use awscalc::facts::{FactBook, Registry};
///
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 12, 1));
/// let r = QueueRequest {
///     kind: QueueKind::Standard,
///     rate: "1000/s".parse().unwrap(),
///     duration: "2s".parse().unwrap(),
///     batch_size: Some(10),
///     max_concurrency: None,
///     groups: None,
///     max_pollers: None,
///     quota: None,
/// };
/// let q = queue_concurrency(&r, &mut book).unwrap();
/// assert_eq!(q.needed, 200.into()); // 1,000 × 2 ÷ 10
/// // 5 to start, then 300 a minute: ceil((200 − 5) ÷ 300) = 1 minute.
/// assert_eq!(q.scale_minutes, Some(1.into()));
/// // A FIFO queue takes at most 10 messages a batch.
/// let fifo = QueueRequest { kind: QueueKind::Fifo, batch_size: Some(100), groups: Some(4), ..r };
/// assert!(queue_concurrency(&fifo, &mut book).is_err());
/// ```
///
/// # Errors
/// A batch size, maximum concurrency or poller count outside AWS's range; a FIFO queue
/// without `groups`; provisioned mode before it existed.
pub fn queue_concurrency(
    request: &QueueRequest,
    book: &mut FactBook,
) -> Result<QueueConcurrency, Error> {
    let (quota, quota_is_default) = quota(request.quota, book)?;
    let batch_max = match request.kind {
        QueueKind::Standard => book.value(fact::SQS_BATCH_SIZE_MAX_STANDARD)?,
        QueueKind::Fifo => book.value(fact::SQS_BATCH_SIZE_MAX_FIFO)?,
    };
    let batch_size = match request.batch_size {
        Some(b) => within(MappingSetting::BatchSize, b, Decimal::ONE, batch_max)?,
        None => book.value(fact::SQS_BATCH_SIZE_DEFAULT)?,
    };
    let needed_step = Step::new(
        QueueStep::Needed,
        demand(&request.rate, &request.duration)
            .over(Expr::quantity("batch_size", batch_size, Unit::Count))
            .ceil(),
    )?;
    let needed = needed_step.value;
    let unbatched = demand(&request.rate, &request.duration).ceil().eval()?;
    let mut steps = vec![needed_step];

    // The limits, each with what it is; the least sets the ceiling.
    let mut limits = queue_limits(request, book, &mut steps)?;
    limits.push((QueueLimit::Quota, "quota", quota));
    let ceiling_step = Step::new(
        QueueStep::Ceiling,
        Expr::min(
            limits
                .iter()
                .map(|(_, name, v)| Expr::quantity(name, *v, Unit::Count))
                .collect(),
        ),
    )?;
    let ceiling = ceiling_step.value;
    let limited_by = limits
        .iter()
        .find(|(_, _, v)| *v == ceiling)
        .map_or(QueueLimit::Quota, |(kind, _, _)| *kind);
    steps.push(ceiling_step);

    let throughput_step = Step::new(
        QueueStep::Throughput,
        Expr::quantity("ceiling", ceiling, Unit::Count)
            .times(Expr::quantity("batch_size", batch_size, Unit::Count))
            .over(Expr::quantity(
                "duration_seconds",
                request.duration.seconds(),
                Unit::Seconds,
            ))
            .floor(),
    )?;
    let ceiling_messages_per_second = throughput_step.value;
    steps.push(throughput_step);

    let (scale_minutes, scale_per_minute) =
        if request.max_pollers.is_some() || request.kind == QueueKind::Fifo {
            (None, None)
        } else {
            let start = book.value(fact::SQS_INITIAL_CONCURRENCY)?;
            let per_minute = book.value(fact::SQS_SCALE_UP_PER_MINUTE)?;
            let target = needed.min(ceiling);
            let above_start = (target - start).max(Decimal::ZERO);
            let step = Step::new(
                QueueStep::ScaleMinutes,
                Expr::quantity("above_start", above_start, Unit::Count)
                    .over(Expr::quantity("per_minute", per_minute, Unit::Count))
                    .ceil(),
            )?;
            let minutes = step.value;
            steps.push(step);
            (Some(minutes), Some(per_minute))
        };

    Ok(QueueConcurrency {
        kind: request.kind,
        batch_size,
        needed,
        unbatched,
        ceiling,
        limited_by,
        keeps_up: needed <= ceiling,
        ceiling_messages_per_second,
        scale_minutes,
        scale_per_minute,
        quota,
        quota_is_default,
        steps,
    })
}

/// A limit on an SQS trigger: what it is, its name in formulas, its value.
type Limit = (QueueLimit, &'static str, Decimal);

/// The limits of the trigger besides the account's quota: AWS's ceiling per mapping or the
/// provisioned-mode pollers (standard queues), the message groups (FIFO), the mapping's
/// maximum concurrency.
fn queue_limits(
    request: &QueueRequest,
    book: &mut FactBook,
    steps: &mut Vec<Step<QueueStep>>,
) -> Result<Vec<Limit>, Error> {
    let mut limits: Vec<Limit> = Vec::new();
    match request.kind {
        QueueKind::Standard => {
            if let Some(groups) = request.groups {
                return Err(Problem::GroupsOnStandardQueue { groups }.into());
            }
            if let Some(pollers) = request.max_pollers {
                let min = book.value(fact::SQS_MAX_POLLERS_MIN)?;
                let max = book.value(fact::SQS_MAX_POLLERS)?;
                let pollers = within(MappingSetting::MaxPollers, pollers, min, max)?;
                let per_poller = book.value(fact::SQS_POLLER_CONCURRENCY)?;
                let step = Step::new(
                    QueueStep::PollerCeiling,
                    Expr::quantity("pollers", pollers, Unit::Count).times(Expr::quantity(
                        "per_poller",
                        per_poller,
                        Unit::Count,
                    )),
                )?;
                limits.push((QueueLimit::Pollers, "poller_ceiling", step.value));
                steps.push(step);
            } else {
                let max = book.value(fact::SQS_MAX_CONCURRENCY_STANDARD)?;
                limits.push((QueueLimit::EventSource, "event_source_max", max));
            }
        }
        QueueKind::Fifo => {
            if request.max_pollers.is_some() {
                return Err(Problem::PollersOnFifoQueue.into());
            }
            let Some(groups) = request.groups else {
                return Err(Problem::FifoWithoutGroups.into());
            };
            limits.push((QueueLimit::Groups, "message_groups", Decimal::from(groups)));
        }
    }
    if let Some(max) = request.max_concurrency {
        let min_allowed = book.value(fact::SQS_MAXIMUM_CONCURRENCY_MIN)?;
        let max_allowed = book.value(fact::SQS_MAXIMUM_CONCURRENCY_MAX)?;
        let value = within(
            MappingSetting::MaxConcurrency,
            max,
            min_allowed,
            max_allowed,
        )?;
        limits.push((QueueLimit::MaxConcurrency, "max_concurrency", value));
    }
    Ok(limits)
}

#[cfg(test)]
mod tests {
    //! SQS triggers, from the rules of services-sqs-scaling (5 batches to start, up to 300
    //! more a minute, at most 1,250 per mapping; FIFO: at most the message groups) and
    //! services-sqs-parameters (BatchSize default 10, at most 10,000 standard, 10 FIFO).

    use jiff::civil::{date, Date};
    use proptest::prelude::*;

    use super::*;
    use crate::facts::Registry;

    fn on(day: Date) -> FactBook {
        FactBook::new(Registry::builtin(), day)
    }

    fn today() -> FactBook {
        on(date(2026, 12, 1))
    }

    fn ask(kind: QueueKind, rate: &str, duration: &str, batch: Option<u64>) -> QueueRequest {
        QueueRequest {
            kind,
            rate: rate.parse().unwrap(),
            duration: duration.parse().unwrap(),
            batch_size: batch,
            max_concurrency: None,
            groups: None,
            max_pollers: None,
            quota: None,
        }
    }

    #[test]
    fn a_thousand_messages_a_second_in_batches_of_ten_for_2_s_need_200() {
        // 1,000 × 2 ÷ 10 = 200; the least limit is the default quota 1,000 (below 1,250);
        // 1,000 × 10 ÷ 2 = 5,000 messages a second at most; (200 − 5) ÷ 300 → 1 minute.
        let q = queue_concurrency(
            &ask(QueueKind::Standard, "1000/s", "2s", Some(10)),
            &mut today(),
        )
        .unwrap();
        assert_eq!(q.needed, 200.into());
        assert_eq!(q.unbatched, 2000.into());
        assert_eq!(q.ceiling, 1000.into());
        assert_eq!(q.limited_by, QueueLimit::Quota);
        assert!(q.keeps_up);
        assert_eq!(q.ceiling_messages_per_second, 5000.into());
        assert_eq!(q.scale_minutes, Some(1.into()));
    }

    #[test]
    fn before_2023_11_06_the_trigger_added_60_a_minute() {
        // (200 − 5) ÷ 60 = 3.25 → 4 minutes (What's New, Nov 6, 2023: "up to 60").
        let q = queue_concurrency(
            &ask(QueueKind::Standard, "1000/s", "2s", Some(10)),
            &mut on(date(2023, 11, 5)),
        )
        .unwrap();
        assert_eq!(q.scale_per_minute, Some(60.into()));
        assert_eq!(q.scale_minutes, Some(4.into()));
    }

    #[test]
    fn compute_blog_2023_11_06_about_20_minutes_to_1250_then_5() {
        // The Compute Blog: "up to 60 concurrent executions per minute … up to a maximum
        // of 1,250 concurrent executions in approximately 20 minutes": (1,250 − 5) ÷ 60 =
        // 20.75 → 21 minutes; at 300 a minute (1,250 − 5) ÷ 300 = 4.15 → 5 minutes.
        let request = QueueRequest {
            quota: Some(10_000),
            ..ask(QueueKind::Standard, "10000/s", "2s", Some(10))
        };
        let old = queue_concurrency(&request, &mut on(date(2023, 1, 1))).unwrap();
        assert_eq!(old.needed, 2000.into());
        assert_eq!(old.ceiling, 1250.into());
        assert_eq!(old.limited_by, QueueLimit::EventSource);
        assert!(!old.keeps_up);
        assert_eq!(old.scale_minutes, Some(21.into()));
        let now = queue_concurrency(&request, &mut today()).unwrap();
        assert_eq!(now.scale_minutes, Some(5.into()));
        // 1,250 × 10 ÷ 2 = 6,250 messages a second.
        assert_eq!(now.ceiling_messages_per_second, 6250.into());
    }

    #[test]
    fn a_fifo_queue_runs_at_most_one_batch_per_message_group() {
        // 100 × 1 ÷ 1 = 100 needed; 20 groups allow 20, which process 20 × 1 ÷ 1 = 20 a
        // second.
        let request = QueueRequest {
            groups: Some(20),
            ..ask(QueueKind::Fifo, "100/s", "1s", Some(1))
        };
        let q = queue_concurrency(&request, &mut today()).unwrap();
        assert_eq!(q.needed, 100.into());
        assert_eq!(q.ceiling, 20.into());
        assert_eq!(q.limited_by, QueueLimit::Groups);
        assert!(!q.keeps_up);
        assert_eq!(q.ceiling_messages_per_second, 20.into());
    }

    #[test]
    fn maximum_concurrency_caps_the_trigger_and_must_be_2_to_1000() {
        let base = ask(QueueKind::Standard, "1000/s", "2s", None);
        let capped = QueueRequest {
            max_concurrency: Some(50),
            ..base.clone()
        };
        let q = queue_concurrency(&capped, &mut today()).unwrap();
        assert_eq!(q.batch_size, 10.into()); // AWS's default BatchSize
        assert_eq!(q.ceiling, 50.into());
        assert_eq!(q.limited_by, QueueLimit::MaxConcurrency);
        for bad in [1, 1001] {
            let r = QueueRequest {
                max_concurrency: Some(bad),
                ..base.clone()
            };
            assert!(queue_concurrency(&r, &mut today()).is_err(), "{bad}");
        }
    }

    #[test]
    fn batch_sizes_beyond_aws_range_are_refused() {
        for (kind, bad) in [(QueueKind::Fifo, 11), (QueueKind::Standard, 10_001)] {
            let r = QueueRequest {
                groups: (kind == QueueKind::Fifo).then_some(5),
                ..ask(kind, "10/s", "1s", Some(bad))
            };
            assert!(queue_concurrency(&r, &mut today()).is_err(), "{bad}");
        }
        let ok = ask(QueueKind::Standard, "10/s", "1s", Some(10_000));
        assert!(queue_concurrency(&ok, &mut today()).is_ok());
    }

    #[test]
    fn groups_belong_to_fifo_and_fifo_needs_them() {
        let fifo = ask(QueueKind::Fifo, "10/s", "1s", None);
        assert!(queue_concurrency(&fifo, &mut today()).is_err());
        let standard = QueueRequest {
            groups: Some(3),
            ..ask(QueueKind::Standard, "10/s", "1s", None)
        };
        assert!(queue_concurrency(&standard, &mut today()).is_err());
    }

    #[test]
    fn provisioned_mode_reaches_ten_invocations_per_poller_where_in_force() {
        // services-sqs-parameters: "Each poller can handle up to 1 MB/sec of throughput and
        // 10 concurrent invokes": 200 pollers → 2,000.
        let request = QueueRequest {
            max_pollers: Some(200),
            quota: Some(100_000),
            ..ask(QueueKind::Standard, "100000/s", "1s", Some(10))
        };
        let q = queue_concurrency(&request, &mut today()).unwrap();
        assert_eq!(q.ceiling, 2000.into());
        assert_eq!(q.limited_by, QueueLimit::Pollers);
        assert_eq!(q.scale_minutes, None);
        // 10,000 pollers since 2026-08-03; 2,000 before; no provisioned mode in 2025-01.
        let many = QueueRequest {
            max_pollers: Some(10_000),
            ..request.clone()
        };
        assert!(queue_concurrency(&many, &mut today()).is_ok());
        assert!(queue_concurrency(&many, &mut on(date(2026, 1, 1))).is_err());
        assert!(queue_concurrency(&request, &mut on(date(2025, 1, 1))).is_err());
    }

    proptest! {
        #[test]
        fn prop_needed_is_monotonic_in_rate_and_duration_and_never_above_unbatched(
            rate in 1_u64..100_000,
            more in 0_u64..1000,
            seconds in 1_u64..900,
            batch in 1_u64..=10_000,
        ) {
            let n = |r: u64, s: u64| {
                queue_concurrency(
                    &ask(QueueKind::Standard, &format!("{r}/s"), &format!("{s}s"), Some(batch)),
                    &mut today(),
                )
                .unwrap()
            };
            let base = n(rate, seconds);
            prop_assert!(n(rate + more, seconds).needed >= base.needed);
            prop_assert!(n(rate, seconds + 1).needed >= base.needed);
            prop_assert!(base.needed <= base.unbatched);
            // ceil(r × s ÷ b) by integers.
            let expected = (rate * seconds).div_ceil(batch);
            prop_assert_eq!(base.needed, Decimal::from(expected));
            prop_assert_eq!(base.keeps_up, base.needed <= base.ceiling);
            prop_assert!(base.ceiling <= Decimal::from(1250));
        }

        #[test]
        fn prop_the_ceiling_never_promises_more_messages_than_it_processes(
            groups in 1_u64..10_000,
            seconds in 1_u64..900,
            batch in 1_u64..=10,
        ) {
            let request = QueueRequest {
                groups: Some(groups),
                ..ask(QueueKind::Fifo, "1000/s", &format!("{seconds}s"), Some(batch))
            };
            let q = queue_concurrency(&request, &mut today()).unwrap();
            prop_assert!(q.ceiling <= Decimal::from(groups));
            // ceiling × batch ÷ duration, rounded down: never above the exact rate.
            prop_assert!(
                q.ceiling_messages_per_second * Decimal::from(seconds)
                    <= q.ceiling * Decimal::from(batch)
            );
        }
    }
}
