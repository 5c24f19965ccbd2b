//! `awscalc s3 eligible --created 2024-01-15T10:30Z --days 3`: when S3 Lifecycle makes an
//! object eligible for a transition or expiration `Days` after its creation.
//!
//! AWS: "Amazon S3 calculates the time by adding the number of days specified in the rule to
//! the object creation time and rounding the resulting time to the next day midnight UTC.
//! For example, if an object was created on 1/15/2014 at 10:30 AM UTC and you specify 3
//! days in a transition rule, then the transition date of the object would be calculated as
//! 1/19/2014 00:00 UTC"
//! (<https://docs.aws.amazon.com/AmazonS3/latest/userguide/intro-lifecycle-rules.html>, also
//! <https://repost.aws/knowledge-center/s3-lifecycle-rule-delay>). The creation time is the
//! object's `Last-Modified` time.
//!
//! ```text
//! eligible = ceil_to_midnight_utc(created + days × 24 h)
//! ```
//!
//! When `created + days` is exactly 00:00:00 UTC, rounding up leaves it where it is: awscalc
//! keeps that midnight (AWS does not give the case; the report says so and names the day
//! after as the other reading). The action itself is asynchronous: S3 queues it at the
//! eligible time and may finish days later, while billing changes at the eligible time
//! (<https://docs.aws.amazon.com/AmazonS3/latest/userguide/how-to-set-lifecycle-configuration-intro.html>).

use std::fmt;
use std::str::FromStr;

use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::Timestamp;
use rust_decimal::Decimal;

use crate::error::Error;
use crate::facts::FactBook;
use crate::report::{Report, Step, Value};

/// The AWS page with the rounding rule.
pub const ROUNDING_SOURCE: &str =
    "https://docs.aws.amazon.com/AmazonS3/latest/userguide/intro-lifecycle-rules.html";
/// The AWS page saying lifecycle actions are queued asynchronously.
pub const DELAY_SOURCE: &str =
    "https://docs.aws.amazon.com/AmazonS3/latest/userguide/how-to-set-lifecycle-configuration-intro.html";

const NANOS_PER_DAY: i128 = 86_400 * 1_000_000_000;

const CREATED_FORMS: &str = "an RFC 3339 time with its offset, like 2024-01-15T10:30Z or \
2024-01-15T19:30:00+09:00, a date like 2024-01-15 (read as 00:00 UTC), or an HTTP \
Last-Modified date like `Mon, 15 Jan 2024 10:30:00 GMT`";

/// How a creation time was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CreatedForm {
    /// An RFC 3339 time with an offset.
    Time,
    /// A plain date, read as 00:00:00 UTC.
    Date,
    /// An RFC 2822 / HTTP date (`Last-Modified`).
    Http,
}

/// An object's creation time (its `Last-Modified`), as typed and as an instant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Created {
    /// The instant.
    pub at: Timestamp,
    /// How it was written.
    pub form: CreatedForm,
    text: String,
}

impl Created {
    /// The text as typed, trimmed.
    #[must_use]
    pub fn text(&self) -> &str {
        &self.text
    }
}

impl FromStr for Created {
    type Err = Error;

    /// `2024-01-15T10:30Z`, `2024-01-15T10:30:00.5+09:00`, `2024-01-15` (00:00 UTC), or
    /// `Mon, 15 Jan 2024 10:30:00 GMT`.
    fn from_str(input: &str) -> Result<Created, Error> {
        let text = input.trim();
        let bad = |reason: &str| Error::Invalid {
            what: "creation time",
            input: text.to_string(),
            reason: reason.to_string(),
            expected: CREATED_FORMS.into(),
        };
        if text.is_empty() {
            return Err(bad("it is empty"));
        }
        let make = |at: Timestamp, form| Created {
            at,
            form,
            text: text.to_string(),
        };
        if text.len() == 10 && !text.contains(['T', 't', ' ']) {
            let date: Date = text.parse().map_err(|_| bad("it is not a calendar date"))?;
            let at = date
                .to_zoned(TimeZone::UTC)
                .map_err(|_| bad("it is outside the dates awscalc handles"))?
                .timestamp();
            return Ok(make(at, CreatedForm::Date));
        }
        if text.starts_with(|c: char| c.is_ascii_digit()) {
            if let Ok(at) = text.parse::<Timestamp>() {
                return Ok(make(at, CreatedForm::Time));
            }
            if text.parse::<jiff::civil::DateTime>().is_ok() {
                return Err(bad(
                    "it has no UTC offset (S3 times are UTC: add Z, like 2024-01-15T10:30Z)",
                ));
            }
            return Err(bad("it is not an RFC 3339 time"));
        }
        jiff::fmt::rfc2822::DateTimeParser::new()
            .parse_timestamp(text)
            .map(|at| make(at, CreatedForm::Http))
            .map_err(|_| bad("it is not a date or time awscalc reads"))
    }
}

impl fmt::Display for Created {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&utc_text(self.at))
    }
}

/// `2024-01-19 00:00 UTC`, with seconds (and fractions) only when they are not zero.
#[must_use]
pub fn utc_text(at: Timestamp) -> String {
    let dt = at.to_zoned(TimeZone::UTC).datetime();
    if dt.second() == 0 && dt.subsec_nanosecond() == 0 {
        format!("{} UTC", dt.strftime("%Y-%m-%d %H:%M"))
    } else if dt.subsec_nanosecond() == 0 {
        format!("{} UTC", dt.strftime("%Y-%m-%d %H:%M:%S"))
    } else {
        format!("{} UTC", dt.strftime("%Y-%m-%d %H:%M:%S%.f"))
    }
}

/// When an object becomes eligible for an action `days` after creation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Eligible {
    /// The creation time.
    pub created: Timestamp,
    /// The rule's days.
    pub days: u32,
    /// `created + days × 24 h`.
    pub sum: Timestamp,
    /// `sum` rounded up to 00:00 UTC: when S3 Lifecycle queues the action.
    pub eligible: Timestamp,
}

impl Eligible {
    /// Whether `created + days` fell exactly on 00:00:00 UTC (kept, not moved a day).
    #[must_use]
    pub fn on_midnight(&self) -> bool {
        self.sum == self.eligible
    }

    /// Time added by the rounding, in seconds (exact, with nanoseconds as decimals).
    #[must_use]
    pub fn rounded_up_seconds(&self) -> Decimal {
        nanos_as_seconds(self.eligible.as_nanosecond() - self.sum.as_nanosecond())
    }
}

fn nanos_as_seconds(nanos: i128) -> Decimal {
    Decimal::try_from_i128_with_scale(nanos, 9)
        .unwrap_or(Decimal::ZERO)
        .normalize()
}

/// `created + days × 24 h`, rounded up to the next 00:00 UTC (a midnight stays).
///
/// # Errors
/// [`Error::TooLarge`] when the result is beyond the year 9999.
pub fn eligible_at(created: Timestamp, days: u32) -> Result<Eligible, Error> {
    let too_large = || Error::TooLarge {
        what: "lifecycle days",
        input: days.to_string(),
        max: "a result before the year 10000".into(),
    };
    let sum = created.as_nanosecond() + i128::from(days) * NANOS_PER_DAY;
    let rem = sum.rem_euclid(NANOS_PER_DAY);
    let rounded = if rem == 0 {
        sum
    } else {
        sum - rem + NANOS_PER_DAY
    };
    Ok(Eligible {
        created,
        days,
        sum: Timestamp::from_nanosecond(sum).map_err(|_| too_large())?,
        eligible: Timestamp::from_nanosecond(rounded).map_err(|_| too_large())?,
    })
}

/// `2024-01-15 10:30 UTC + 3 days = 2024-01-18 10:30 UTC, rounded up to the next 00:00 UTC`.
#[must_use]
pub fn formula(e: &Eligible) -> String {
    let unit = if e.days == 1 { "day" } else { "days" };
    if e.on_midnight() {
        format!(
            "{} + {} {unit} = {}, already 00:00 UTC (kept)",
            utc_text(e.created),
            e.days,
            utc_text(e.sum)
        )
    } else {
        format!(
            "{} + {} {unit} = {}, rounded up to the next 00:00 UTC",
            utc_text(e.created),
            e.days,
            utc_text(e.sum)
        )
    }
}

/// Adds a text-valued step (a date or time).
pub fn text_step(report: &mut Report, label: String, formula: String, value: String) {
    report.steps.push(Step {
        label,
        formula,
        value: Value::text(value),
        unit: String::new(),
    });
}

/// RFC 3339 in UTC: `2024-01-19T00:00:00Z`.
#[must_use]
pub fn rfc3339(at: Timestamp) -> String {
    at.to_string()
}

/// The notes every eligibility answer carries: the rule, the asynchronous action, and
/// the reading chosen for an exact midnight or a plain date.
pub fn eligibility_notes(report: &mut Report, created: &Created, e: &Eligible) {
    report.note(format!(
        "AWS adds the rule's days to the object's creation time (its Last-Modified time) and rounds \
         up to the next midnight UTC ({ROUNDING_SOURCE})"
    ));
    report.note(format!(
        "the action is asynchronous: S3 Lifecycle queues the object at that midnight and may finish \
         the transition or expiration days later; billing changes at the eligible time all the same, \
         except for transitions to INTELLIGENT_TIERING, billed once the object has moved ({DELAY_SOURCE})"
    ));
    if created.form == CreatedForm::Date {
        let later = e
            .sum
            .checked_add(jiff::SignedDuration::from_secs(1))
            .ok()
            .and_then(|t| eligible_at(t, 0).ok());
        if let Some(later) = later {
            report.note(format!(
                "a plain date is read as 00:00 UTC; an object created later that day becomes eligible \
                 at {}",
                utc_text(later.eligible)
            ));
        }
    }
    if e.on_midnight() {
        let next = e
            .eligible
            .checked_add(jiff::SignedDuration::from_hours(24))
            .map_or_else(|_| "the day after".to_string(), utc_text);
        report.note(format!(
            "creation time + days is exactly 00:00 UTC: rounding up leaves it there, so awscalc keeps \
             {}; AWS does not document this case, and a reading that always moves to the next \
             midnight gives {next}",
            utc_text(e.eligible)
        ));
    }
}

/// `awscalc s3 eligible`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EligibleRequest {
    /// The object's creation time.
    pub created: Created,
    /// The rule's `Days`.
    pub days: u32,
}

/// `awscalc s3 eligible --created 2024-01-15T10:30Z --days 3`: eligible 2024-01-19 00:00 UTC.
///
/// # Errors
/// [`Error::TooLarge`] when the result is beyond the year 9999.
pub fn eligible(request: &EligibleRequest, book: &mut FactBook) -> Result<Report, Error> {
    let mut report = Report::new("s3 eligible", book.as_of());
    let created = &request.created;
    report.input(
        "created",
        created.text(),
        match created.form {
            CreatedForm::Date => format!("{created} (a date: 00:00 UTC)"),
            _ => created.to_string(),
        },
        Value::text(rfc3339(created.at)),
    );
    report.input(
        "days",
        &request.days.to_string(),
        format!(
            "{} day{} after creation",
            request.days,
            if request.days == 1 { "" } else { "s" }
        ),
        Value::number(request.days),
    );
    let e = eligible_at(created.at, request.days)?;
    text_step(
        &mut report,
        "creation time + days".into(),
        format!("{created} + {} × 24 h", request.days),
        utc_text(e.sum),
    );
    text_step(
        &mut report,
        "round up to the next 00:00 UTC".into(),
        if e.on_midnight() {
            format!("{} is already 00:00 UTC: kept", utc_text(e.sum))
        } else {
            format!("{} → next midnight", utc_text(e.sum))
        },
        utc_text(e.eligible),
    );
    report.field("eligible", Value::text(rfc3339(e.eligible)), "");
    report.field(
        "eligible_date",
        Value::text(e.eligible.to_zoned(TimeZone::UTC).date().to_string()),
        "",
    );
    report.field("created", Value::text(rfc3339(e.created)), "");
    report.field("creation_plus_days", Value::text(rfc3339(e.sum)), "");
    report.field(
        "rounded_up_seconds",
        Value::from(e.rounded_up_seconds()),
        "s",
    );
    report.field("on_midnight", Value::Bool(e.on_midnight()), "");
    report.answer.push("eligible".into());
    report.headline = format!(
        "eligible {}: {} + {} day{}, rounded up to the next midnight UTC",
        utc_text(e.eligible),
        created,
        request.days,
        if request.days == 1 { "" } else { "s" }
    );
    report.summary = "when S3 Lifecycle makes an object eligible for a Days-based action".into();
    eligibility_notes(&mut report, created, &e);
    report.attach_facts(book);
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::Registry;
    use jiff::civil::date;

    fn at(text: &str) -> Timestamp {
        text.parse::<Created>().unwrap().at
    }

    /// AWS's example (intro-lifecycle-rules.html): created 2014-01-15 10:30 UTC, 3 days:
    /// 10:30 + 3 × 24 h = 2014-01-18 10:30, next midnight = 2014-01-19 00:00 UTC.
    #[test]
    fn aws_example_created_at_10_30_plus_3_days_is_eligible_on_the_19th() {
        let e = eligible_at(at("2014-01-15T10:30Z"), 3).unwrap();
        assert_eq!(e.sum, at("2014-01-18T10:30Z"));
        assert_eq!(e.eligible, at("2014-01-19T00:00Z"));
        // 13 h 30 min of rounding = 48,600 s.
        assert_eq!(e.rounded_up_seconds(), Decimal::from(48_600));
        assert!(!e.on_midnight());
    }

    /// re:Post s3-lifecycle-rule-delay: created 2020-01-01 10:30 UTC, 3 days → 2020-01-05 00:00.
    #[test]
    fn repost_example_is_eligible_on_the_5th() {
        let e = eligible_at(at("2020-01-01T10:30Z"), 3).unwrap();
        assert_eq!(e.eligible, at("2020-01-05T00:00Z"));
    }

    /// An offset is converted to UTC first: 19:30 at +09:00 is 10:30 UTC.
    #[test]
    fn offsets_are_converted_to_utc() {
        assert_eq!(at("2024-01-15T19:30+09:00"), at("2024-01-15T10:30Z"));
        // 2024-01-15 02:00 at -05:00 = 07:00 UTC; + 1 day = 16th 07:00 → 17th 00:00.
        let e = eligible_at(at("2024-01-15T02:00-05:00"), 1).unwrap();
        assert_eq!(e.eligible, at("2024-01-17T00:00Z"));
    }

    /// Exactly midnight stays; one nanosecond later moves to the next midnight.
    #[test]
    fn an_exact_midnight_is_kept() {
        let e = eligible_at(at("2024-01-15"), 3).unwrap();
        assert!(e.on_midnight());
        assert_eq!(e.eligible, at("2024-01-18T00:00Z"));
        let e = eligible_at(at("2024-01-15T00:00:00.000000001Z"), 3).unwrap();
        assert_eq!(e.eligible, at("2024-01-19T00:00Z"));
    }

    /// Days 0 (allowed for Glacier): "eligible ... at midnight UTC following creation".
    #[test]
    fn day_zero_is_the_midnight_after_creation() {
        let e = eligible_at(at("2024-02-29T23:59:59Z"), 0).unwrap();
        assert_eq!(e.eligible, at("2024-03-01T00:00Z"));
    }

    #[test]
    fn http_last_modified_dates_are_read() {
        assert_eq!(
            at("Tue, 14 Aug 2018 19:57:04 GMT"),
            at("2018-08-14T19:57:04Z")
        );
    }

    #[test]
    fn creation_times_reject_what_they_cannot_read() {
        for (bad, says) in [
            ("", "empty"),
            ("2024-01-15T10:30", "no UTC offset"),
            ("2024-13-01", "calendar date"),
            ("yesterday", "not a date"),
            ("2024-01-15T25:00Z", "RFC 3339"),
        ] {
            let err = bad.parse::<Created>().unwrap_err().to_string();
            assert!(err.contains(says), "{bad}: {err}");
            assert!(err.contains("2024-01-15T10:30Z"), "{bad}: {err}");
        }
    }

    #[test]
    fn the_year_9999_is_the_limit() {
        let err = eligible_at(at("9999-12-30T00:00Z"), 100_000).unwrap_err();
        assert!(err.to_string().contains("too large"), "{err}");
    }

    #[test]
    fn the_report_answers_with_the_eligible_time() {
        let mut book = FactBook::new(Registry::builtin(), date(2026, 11, 22));
        let r = eligible(
            &EligibleRequest {
                created: "2024-01-15T10:30Z".parse().unwrap(),
                days: 3,
            },
            &mut book,
        )
        .unwrap();
        assert_eq!(
            r.primary().unwrap().value,
            Value::text("2024-01-19T00:00:00Z")
        );
        assert!(r.headline.starts_with("eligible 2024-01-19 00:00 UTC"));
        assert!(r.notes.iter().any(|n| n.text.contains("asynchronous")));
    }
}
