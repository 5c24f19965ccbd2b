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

use std::str::FromStr;

use jiff::civil::{Date, DateTime, Time};
use jiff::tz::TimeZone;
use jiff::SignedDuration;
use rust_decimal::Decimal;
use serde::Serialize;

use super::Problem;
use crate::error::Error;

/// The AWS page with the rounding rule.
pub const ROUNDING_SOURCE: &str =
    "https://docs.aws.amazon.com/AmazonS3/latest/userguide/intro-lifecycle-rules.html";
/// The AWS page saying lifecycle actions are queued asynchronously.
pub const DELAY_SOURCE: &str =
    "https://docs.aws.amazon.com/AmazonS3/latest/userguide/how-to-set-lifecycle-configuration-intro.html";

pub(crate) const CREATED_FORMS: &str =
    "an RFC 3339 time with its offset, like 2024-01-15T10:30Z or \
2024-01-15T19:30:00+09:00, a date like 2024-01-15 (read as 00:00 UTC), or an HTTP \
Last-Modified date like `Mon, 15 Jan 2024 10:30:00 GMT`";

/// The last day RFC 3339 can write (its years have four digits), and so the last day awscalc
/// computes with.
const LAST_DAY: Date = jiff::civil::date(9999, 12, 31);

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

/// An object's creation time (its `Last-Modified`), as typed and in UTC.
///
/// Times are kept as UTC civil date-times rather than [`jiff::Timestamp`]s: a timestamp
/// stops at 9999-12-30 22:00 UTC (so that every offset can still show it), while RFC 3339
/// writes times up to 9999-12-31 23:59:59 and S3's rounding needs the midnights up to
/// 9999-12-31 00:00 UTC.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Created {
    /// The instant in UTC, to the nanosecond.
    pub utc: DateTime,
    /// Whether the text had fraction digits beyond the ninth that are not all zero: the
    /// instant is then a little after `utc`, which the rounding takes into account.
    pub beyond_nanoseconds: bool,
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

    /// RFC 3339 (`2024-01-15T10:30:00Z`, `2024-01-15T19:30:00.5+09:00`; seconds may be left
    /// out, `2024-01-15T10:30Z`), a date (`2024-01-15`, 00:00 UTC), or RFC 2822 as HTTP's
    /// `Last-Modified` writes it (`Mon, 15 Jan 2024 10:30:00 GMT`).
    fn from_str(input: &str) -> Result<Created, Error> {
        let text = input.trim();
        let bad = |fault: TimeFault| -> Error {
            Problem::BadCreated {
                input: text.to_string(),
                fault,
            }
            .into()
        };
        if text.is_empty() {
            return Err(bad(TimeFault::Empty));
        }
        let make = |utc: DateTime, beyond_nanoseconds, form| Created {
            utc,
            beyond_nanoseconds,
            form,
            text: text.to_string(),
        };
        if text.len() == 10 && !text.contains(['T', 't', ' ']) {
            let date: Date = text.parse().map_err(|_| bad(TimeFault::NotADate))?;
            return Ok(make(
                date.to_datetime(Time::midnight()),
                false,
                CreatedForm::Date,
            ));
        }
        let numeric = text.starts_with(|c: char| c.is_ascii_digit())
            || (text.starts_with(['+', '-'])
                && text[1..].starts_with(|c: char| c.is_ascii_digit()));
        if numeric {
            let parts = Rfc3339::parse(text).map_err(bad)?;
            let utc = parts.utc().map_err(bad)?;
            return Ok(make(utc, parts.beyond_nanoseconds, CreatedForm::Time));
        }
        jiff::fmt::rfc2822::DateTimeParser::new()
            .parse_timestamp(text)
            .map(|at| {
                make(
                    at.to_zoned(TimeZone::UTC).datetime(),
                    false,
                    CreatedForm::Http,
                )
            })
            .map_err(|_| bad(TimeFault::NotRead))
    }
}

/// An RFC 3339 date-time, field by field as written.
///
/// jiff 0.2 has no RFC 3339 parser of its own: `Timestamp`'s `FromStr` reads the wider
/// Temporal / RFC 9557 grammar (ISO 8601 basic forms, `+0900` and `+09` offsets, offsets up
/// to ±25:59:59, `,` fractions, `[UTC]` annotations), allows at most 9 fraction digits and
/// refuses times after 9999-12-30 22:00 UTC. So awscalc reads RFC 3339's own grammar
/// (<https://www.rfc-editor.org/rfc/rfc3339#section-5.6>) here, names what is wrong, and
/// builds the time with jiff's civil types:
///
/// ```text
/// date-time = 4DIGIT "-" 2DIGIT "-" 2DIGIT ("T" / "t" / " ") 2DIGIT ":" 2DIGIT
///             [":" 2DIGIT ["." 1*DIGIT]] ("Z" / "z" / ("+" / "-") 2DIGIT ":" 2DIGIT)
/// ```
///
/// Two readings are awscalc's: the seconds may be left out (`2024-01-15T10:30Z`, the form
/// awscalc has always documented), and a space may stand for the `T` (RFC 3339 §5.6 allows
/// it "for the sake of readability"). Any number of fraction digits is read: the first nine
/// are kept and the rest only count as "a little later" ([`Created::beyond_nanoseconds`]).
/// A leap second (`:60`) is read as `:59`, as jiff does; it is before the same midnight.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Rfc3339 {
    local: DateTime,
    beyond_nanoseconds: bool,
    /// The offset, in seconds east of UTC (±23:59 at most).
    offset_seconds: i32,
    /// The offset as written, for messages.
    offset_negative: bool,
    offset_hours: i8,
    offset_minutes: i8,
}

/// A field of an RFC 3339 time, as a [`TimeFault`] names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeField {
    /// The month (`MM`).
    Month,
    /// The day of the month (`DD`).
    Day,
    /// The hour (`HH`).
    Hour,
    /// The minute.
    Minute,
    /// The second.
    Second,
}

/// What is wrong with a creation time ([`Problem::BadCreated`]; worded in
/// [`crate::explain::s3`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TimeFault {
    /// No text.
    Empty,
    /// A date (`YYYY-MM-DD`) that is no day of the calendar.
    NotADate,
    /// Text of none of the forms read.
    NotRead,
    /// A field with no digits.
    Missing {
        /// Which.
        field: TimeField,
    },
    /// A field of other than two digits.
    NotTwoDigits {
        /// Which.
        field: TimeField,
        /// Its digits.
        digits: String,
    },
    /// A `.` with no fraction digits after it.
    EmptyFraction,
    /// A fraction after a `,`.
    CommaFraction,
    /// A field beyond its range (month 01 to 12, hour 00 to 23, minute 00 to 59, second
    /// 00 to 60).
    OutOfRange {
        /// Which.
        field: TimeField,
        /// Its value.
        value: i8,
    },
    /// A date of fields in range that is no day of the calendar (`2023-02-29`).
    NoSuchDay {
        /// The year.
        year: i16,
        /// The month.
        month: i8,
        /// The day.
        day: i8,
    },
    /// A numeric offset of four digits without its colon (`+0900`).
    OffsetWithoutColon {
        /// The offset as written.
        written: String,
    },
    /// A numeric offset of hours only (`+09`).
    OffsetWithoutMinutes {
        /// The offset as written.
        written: String,
    },
    /// A numeric offset not of the form `±HH:MM`.
    NotAnOffset {
        /// The offset as written.
        written: String,
    },
    /// Text after the offset.
    AfterOffset {
        /// That text.
        rest: String,
    },
    /// An offset beyond ±23:59.
    OffsetOutOfRange {
        /// The offset as written.
        written: String,
    },
    /// A year with a sign.
    SignedYear,
    /// A year of more than four digits, followed by `-`.
    YearPast9999 {
        /// The year's digits.
        year: String,
    },
    /// Digits without RFC 3339's `-` and `:` (ISO 8601's basic form).
    WithoutSeparators,
    /// A year of fewer than four digits.
    YearNotFourDigits {
        /// The year's digits.
        year: String,
    },
    /// A date not written `YYYY-MM-DD`.
    NotYearMonthDay,
    /// A date not followed by `T` (or a space) and the time.
    NoTimeAfterDate,
    /// An hour without its minutes.
    NoMinutes,
    /// A time with no offset.
    NoOffset,
    /// Text after the time that is not an offset.
    NotAnOffsetAfterTime {
        /// That text.
        rest: String,
    },
    /// A time that its offset moves out of the years 0000 to 9999 in UTC.
    OutsideYears {
        /// The time as written, before the offset.
        local: DateTime,
        /// Whether the offset is behind UTC.
        offset_negative: bool,
        /// The offset's hours.
        offset_hours: i8,
        /// Its minutes.
        offset_minutes: i8,
    },
}

/// A cursor over the bytes of a time being read.
struct Cursor<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Cursor<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn eat(&mut self, byte: u8) -> bool {
        if self.peek() == Some(byte) {
            self.at += 1;
            true
        } else {
            false
        }
    }

    /// The run of ASCII digits here, possibly empty.
    fn digits(&mut self) -> &str {
        let start = self.at;
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.at += 1;
        }
        // Only ASCII digits were taken, so the slice is valid UTF-8.
        std::str::from_utf8(&self.bytes[start..self.at]).unwrap_or_default()
    }

    /// Exactly two digits, as a number.
    fn two_digits(&mut self, field: TimeField) -> Result<i8, TimeFault> {
        let digits = self.digits();
        match digits.len() {
            2 => Ok(digits.parse().unwrap_or_default()),
            0 => Err(TimeFault::Missing { field }),
            _ => Err(TimeFault::NotTwoDigits {
                field,
                digits: digits.to_string(),
            }),
        }
    }

    fn rest(&self) -> &str {
        std::str::from_utf8(&self.bytes[self.at.min(self.bytes.len())..]).unwrap_or_default()
    }
}

/// The optional `:SS[.fraction]` after the minutes: (second, nanoseconds, whether digits
/// beyond the ninth are not all zero).
fn seconds(c: &mut Cursor<'_>) -> Result<(i8, i32, bool), TimeFault> {
    if !c.eat(b':') {
        return Ok((0, 0, false));
    }
    let second = c.two_digits(TimeField::Second)?;
    if c.eat(b'.') {
        let fraction = c.digits();
        if fraction.is_empty() {
            return Err(TimeFault::EmptyFraction);
        }
        let (kept, beyond) = fraction.split_at(fraction.len().min(9));
        let nanos = format!("{kept:0<9}").parse::<i32>().unwrap_or_default();
        return Ok((second, nanos, beyond.bytes().any(|b| b != b'0')));
    }
    if c.peek() == Some(b',') {
        return Err(TimeFault::CommaFraction);
    }
    Ok((second, 0, false))
}

/// The local date-time from RFC 3339's fields, each checked against its range (a leap
/// second, 60, is read as 59).
fn civil(
    year: i16,
    month: i8,
    day: i8,
    hour: i8,
    minute: i8,
    second: i8,
    nanos: i32,
) -> Result<DateTime, TimeFault> {
    let out_of_range = |field, value| Err(TimeFault::OutOfRange { field, value });
    if !(1..=12).contains(&month) {
        return out_of_range(TimeField::Month, month);
    }
    if hour > 23 {
        return out_of_range(TimeField::Hour, hour);
    }
    if minute > 59 {
        return out_of_range(TimeField::Minute, minute);
    }
    if second > 60 {
        return out_of_range(TimeField::Second, second);
    }
    DateTime::new(year, month, day, hour, minute, second.min(59), nanos)
        .map_err(|_| TimeFault::NoSuchDay { year, month, day })
}

/// RFC 3339's numeric offset, `±HH:MM` with HH ≤ 23 and MM ≤ 59, as the whole of
/// `written`: (negative, hours, minutes), or what is wrong with it.
fn numeric_offset(written: &str) -> Result<(bool, i8, i8), TimeFault> {
    let bytes = written.as_bytes();
    let digits_at = |range: std::ops::Range<usize>| {
        bytes
            .get(range)
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
    };
    let sign = bytes.first().copied().unwrap_or(b'+');
    let shape = bytes.len() >= 6 && digits_at(1..3) && bytes[3] == b':' && digits_at(4..6);
    if !shape {
        let run = bytes[1..].iter().take_while(|b| b.is_ascii_digit()).count();
        let written = written.to_string();
        return Err(match (run, bytes.get(1 + run)) {
            (4, None) => TimeFault::OffsetWithoutColon { written },
            (2, None) => TimeFault::OffsetWithoutMinutes { written },
            _ => TimeFault::NotAnOffset { written },
        });
    }
    if bytes.len() > 6 {
        return Err(TimeFault::AfterOffset {
            rest: written[6..].to_string(),
        });
    }
    let hours: i8 = written[1..3].parse().unwrap_or_default();
    let minutes: i8 = written[4..6].parse().unwrap_or_default();
    if hours > 23 || minutes > 59 {
        return Err(TimeFault::OffsetOutOfRange {
            written: written.to_string(),
        });
    }
    Ok((sign == b'-', hours, minutes))
}

impl Rfc3339 {
    /// Reads `text` as RFC 3339, or says what is wrong with it.
    fn parse(text: &str) -> Result<Rfc3339, TimeFault> {
        let mut c = Cursor {
            bytes: text.as_bytes(),
            at: 0,
        };
        if matches!(c.peek(), Some(b'+' | b'-')) {
            return Err(TimeFault::SignedYear);
        }
        let year = c.digits().to_string();
        if year.len() > 4 && c.peek() == Some(b'-') {
            return Err(TimeFault::YearPast9999 { year });
        }
        if year.len() > 4 {
            return Err(TimeFault::WithoutSeparators);
        }
        if year.len() < 4 {
            return Err(TimeFault::YearNotFourDigits { year });
        }
        if !c.eat(b'-') {
            return Err(TimeFault::NotYearMonthDay);
        }
        let month = c.two_digits(TimeField::Month)?;
        if !c.eat(b'-') {
            return Err(TimeFault::NotYearMonthDay);
        }
        let day = c.two_digits(TimeField::Day)?;
        if !(c.eat(b'T') || c.eat(b't') || c.eat(b' ')) {
            return Err(TimeFault::NoTimeAfterDate);
        }
        let hour = c.two_digits(TimeField::Hour)?;
        if !c.eat(b':') {
            return Err(TimeFault::NoMinutes);
        }
        let minute = c.two_digits(TimeField::Minute)?;
        let (second, nanos, beyond_nanoseconds) = seconds(&mut c)?;
        let (offset_negative, offset_hours, offset_minutes) = match c.peek() {
            None => return Err(TimeFault::NoOffset),
            Some(b'Z' | b'z') => {
                c.at += 1;
                if !c.rest().is_empty() {
                    return Err(TimeFault::AfterOffset {
                        rest: c.rest().to_string(),
                    });
                }
                (false, 0, 0)
            }
            Some(b'+' | b'-') => numeric_offset(c.rest())?,
            Some(_) => {
                return Err(TimeFault::NotAnOffsetAfterTime {
                    rest: c.rest().to_string(),
                })
            }
        };
        let year: i16 = year.parse().unwrap_or_default();
        let local = civil(year, month, day, hour, minute, second, nanos)?;
        let offset_seconds = (i32::from(offset_hours) * 60 + i32::from(offset_minutes)) * 60;
        Ok(Rfc3339 {
            local,
            beyond_nanoseconds,
            offset_seconds: if offset_negative {
                -offset_seconds
            } else {
                offset_seconds
            },
            offset_negative,
            offset_hours,
            offset_minutes,
        })
    }

    /// The time in UTC; an error when the offset moves it outside the years 0000 to 9999.
    fn utc(&self) -> Result<DateTime, TimeFault> {
        let utc = self
            .local
            .checked_sub(SignedDuration::from_secs(i64::from(self.offset_seconds)))
            .ok()
            .filter(|utc| (0..=9999).contains(&utc.year()));
        // A negative offset is behind UTC: UTC is later. Only the ends of the years 0000 to
        // 9999 can be pushed out of them.
        utc.ok_or(TimeFault::OutsideYears {
            local: self.local,
            offset_negative: self.offset_negative,
            offset_hours: self.offset_hours,
            offset_minutes: self.offset_minutes,
        })
    }
}

/// A UTC civil time as RFC 3339 (`2024-01-19T00:00:00Z`), for `Serialize` derives.
#[allow(
    clippy::trivially_copy_pass_by_ref,
    reason = "serde's serialize_with passes a reference to the field"
)]
fn utc<S: serde::Serializer>(dt: &DateTime, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_str(&format_args!("{dt}Z"))
}

/// When an object becomes eligible for an action `days` after creation (all times UTC).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Eligible {
    /// The creation time, to the nanosecond.
    #[serde(serialize_with = "utc")]
    pub created: DateTime,
    /// Whether the creation time had nonzero digits beyond the nanosecond (see [`Created`]).
    pub beyond_nanoseconds: bool,
    /// The rule's days.
    pub days: u32,
    /// `created + days × 24 h` (to the nanosecond).
    #[serde(serialize_with = "utc")]
    pub sum: DateTime,
    /// `sum` rounded up to 00:00 UTC: when S3 Lifecycle queues the action.
    #[serde(serialize_with = "utc")]
    pub eligible: DateTime,
}

impl Eligible {
    /// Whether `created + days` fell exactly on 00:00:00 UTC (kept, not moved a day).
    #[must_use]
    pub fn on_midnight(&self) -> bool {
        self.sum == self.eligible
    }

    /// Time added by the rounding, in seconds (exact to the nanosecond, as decimals).
    #[must_use]
    pub fn rounded_up_seconds(&self) -> Decimal {
        let nanos = self.eligible.duration_since(self.sum).as_nanos();
        Decimal::try_from_i128_with_scale(nanos, 9)
            .unwrap_or(Decimal::ZERO)
            .normalize()
    }

    /// The other reading of an exact midnight: the midnight after, as a rule that always
    /// moves to the next midnight would give; `None` past the last day awscalc computes.
    #[must_use]
    pub fn always_next_midnight(&self) -> Option<DateTime> {
        self.eligible
            .checked_add(SignedDuration::from_hours(24))
            .ok()
    }

    /// For a creation time given as a plain date (read as 00:00 UTC): when an object created
    /// later that day becomes eligible; `None` past the last day awscalc computes.
    #[must_use]
    pub fn later_that_day(&self) -> Option<DateTime> {
        self.sum
            .checked_add(SignedDuration::from_secs(1))
            .ok()
            .and_then(|t| eligible_from(t, false, 0).ok())
            .map(|later| later.eligible)
    }
}

/// `created + days × 24 h`, rounded up to the next 00:00 UTC (a midnight stays).
///
/// # Errors
/// [`Problem::PastLastDay`] when the eligible time would fall after 9999-12-31, the last
/// day RFC 3339 writes, naming the most days that fit.
pub fn eligible_at(created: &Created, days: u32) -> Result<Eligible, Error> {
    eligible_from(created.utc, created.beyond_nanoseconds, days)
}

fn eligible_from(
    created: DateTime,
    beyond_nanoseconds: bool,
    days: u32,
) -> Result<Eligible, Error> {
    let past = || past_the_last_day(created, beyond_nanoseconds, days);
    let sum = created
        .checked_add(SignedDuration::from_hours(i64::from(days) * 24))
        .map_err(|_| past())?;
    // Digits beyond the nanosecond put the real sum just after `sum`: a midnight then is
    // passed, not met.
    let eligible = if sum.time() == Time::midnight() && !beyond_nanoseconds {
        sum
    } else {
        sum.date()
            .tomorrow()
            .map_err(|_| past())?
            .to_datetime(Time::midnight())
    };
    Ok(Eligible {
        created,
        beyond_nanoseconds,
        days,
        sum,
        eligible,
    })
}

/// The error for an eligible time after 9999-12-31: the most days that still fit, or that
/// none does.
fn past_the_last_day(created: DateTime, beyond_nanoseconds: bool, days: u32) -> Error {
    let to_last_day = created
        .date()
        .until(LAST_DAY)
        .map_or(0, |span| span.get_days());
    // From a midnight the days land on midnights; from any later time the rounding adds one.
    let max = if created.time() == Time::midnight() && !beyond_nanoseconds {
        to_last_day
    } else {
        to_last_day - 1
    };
    Problem::PastLastDay {
        created,
        days,
        fitting: u32::try_from(max).ok(),
    }
    .into()
}

/// `awscalc s3 eligible`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EligibleRequest {
    /// The object's creation time.
    pub created: Created,
    /// The rule's `Days`.
    pub days: u32,
}

/// `awscalc s3 eligible --created 2024-01-15T10:30Z --days 3`: when S3 Lifecycle makes the
/// object eligible for the action, creation time plus the days rounded up to the next
/// midnight UTC. The words are [`crate::explain::s3::timing::eligible`]'s.
///
/// ```
/// use awscalc::calc::s3::timing::{eligible, EligibleRequest};
/// use jiff::civil::datetime;
///
/// // AWS's example (intro-lifecycle-rules.html): created 2014-01-15 10:30 UTC, 3 days:
/// // 2014-01-18 10:30 rounds up to 2014-01-19 00:00 UTC.
/// let request = EligibleRequest { created: "2014-01-15T10:30Z".parse().unwrap(), days: 3 };
/// let e = eligible(&request).unwrap();
/// assert_eq!(e.eligible, datetime(2014, 1, 19, 0, 0, 0, 0));
///
/// // Past 9999-12-31, the last day RFC 3339 writes: refused.
/// let late = EligibleRequest { created: "9999-12-31T23:59Z".parse().unwrap(), days: 0 };
/// assert!(eligible(&late).is_err());
/// ```
///
/// # Errors
/// [`Problem::PastLastDay`] when the eligible time would fall after 9999-12-31.
pub fn eligible(request: &EligibleRequest) -> Result<Eligible, Error> {
    eligible_at(&request.created, request.days)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::{date, datetime};

    fn created(text: &str) -> Created {
        text.parse::<Created>().unwrap()
    }

    /// The instant in UTC.
    fn at(text: &str) -> DateTime {
        created(text).utc
    }

    fn eligible_of(text: &str, days: u32) -> Eligible {
        eligible_at(&created(text), days).unwrap()
    }

    /// The reason a creation time is refused.
    fn refused(text: &str) -> String {
        text.parse::<Created>().unwrap_err().to_string()
    }

    /// AWS's example (intro-lifecycle-rules.html): created 2014-01-15 10:30 UTC, 3 days:
    /// 10:30 + 3 × 24 h = 2014-01-18 10:30, next midnight = 2014-01-19 00:00 UTC.
    #[test]
    fn aws_example_created_at_10_30_plus_3_days_is_eligible_on_the_19th() {
        let e = eligible_of("2014-01-15T10:30Z", 3);
        assert_eq!(e.sum, datetime(2014, 1, 18, 10, 30, 0, 0));
        assert_eq!(e.eligible, datetime(2014, 1, 19, 0, 0, 0, 0));
        // 13 h 30 min of rounding = 48,600 s.
        assert_eq!(e.rounded_up_seconds(), Decimal::from(48_600));
        assert!(!e.on_midnight());
    }

    /// re:Post s3-lifecycle-rule-delay: created 2020-01-01 10:30 UTC, 3 days → 2020-01-05 00:00.
    #[test]
    fn repost_example_is_eligible_on_the_5th() {
        assert_eq!(
            eligible_of("2020-01-01T10:30Z", 3).eligible,
            datetime(2020, 1, 5, 0, 0, 0, 0)
        );
    }

    /// An offset is converted to UTC first: 19:30 at +09:00 is 10:30 UTC.
    #[test]
    fn offsets_are_converted_to_utc() {
        assert_eq!(
            at("2024-01-15T19:30+09:00"),
            datetime(2024, 1, 15, 10, 30, 0, 0)
        );
        // 2024-01-15 02:00 at -05:00 = 07:00 UTC; + 1 day = 16th 07:00 → 17th 00:00.
        assert_eq!(
            eligible_of("2024-01-15T02:00-05:00", 1).eligible,
            datetime(2024, 1, 17, 0, 0, 0, 0)
        );
        // The widest offsets RFC 3339 writes: 10:30 at +23:59 is 10:31 the day before;
        // at -23:59, 10:29 the day after. "-00:00" (UTC, local offset unknown) is UTC.
        assert_eq!(
            at("2024-01-15T10:30+23:59"),
            datetime(2024, 1, 14, 10, 31, 0, 0)
        );
        assert_eq!(
            at("2024-01-15T10:30-23:59"),
            datetime(2024, 1, 16, 10, 29, 0, 0)
        );
        assert_eq!(
            at("2024-01-15T10:30-00:00"),
            datetime(2024, 1, 15, 10, 30, 0, 0)
        );
    }

    /// Exactly midnight stays; one nanosecond later moves to the next midnight.
    #[test]
    fn an_exact_midnight_is_kept() {
        let e = eligible_of("2024-01-15", 3);
        assert!(e.on_midnight());
        assert_eq!(e.eligible, datetime(2024, 1, 18, 0, 0, 0, 0));
        let e = eligible_of("2024-01-15T00:00:00.000000001Z", 3);
        assert_eq!(e.eligible, datetime(2024, 1, 19, 0, 0, 0, 0));
    }

    /// Days 0 (allowed for Glacier): "eligible ... at midnight UTC following creation".
    #[test]
    fn day_zero_is_the_midnight_after_creation() {
        assert_eq!(
            eligible_of("2024-02-29T23:59:59Z", 0).eligible,
            datetime(2024, 3, 1, 0, 0, 0, 0)
        );
    }

    #[test]
    fn http_last_modified_dates_are_read() {
        assert_eq!(
            at("Tue, 14 Aug 2018 19:57:04 GMT"),
            datetime(2018, 8, 14, 19, 57, 4, 0)
        );
        assert_eq!(
            created("Mon, 15 Jan 2024 10:30:00 GMT").form,
            CreatedForm::Http
        );
    }

    /// RFC 3339's `time-secfrac` is "." and one digit or more, with no upper bound: ten
    /// digits are a valid time. The first nine are kept; a tenth that is not zero still
    /// counts: 00:00:00.0000000001 is after midnight, so + 3 days rounds up to the 19th.
    #[test]
    fn any_number_of_fraction_digits_is_read() {
        let c = created("2024-01-15T10:30:00.1234567891Z");
        assert_eq!(c.utc, datetime(2024, 1, 15, 10, 30, 0, 123_456_789));
        assert!(c.beyond_nanoseconds);
        assert_eq!(
            eligible_of("2024-01-15T10:30:00.1234567891Z", 3).eligible,
            datetime(2024, 1, 19, 0, 0, 0, 0)
        );
        let e = eligible_of("2024-01-15T00:00:00.0000000001Z", 3);
        assert!(!e.on_midnight());
        assert_eq!(e.eligible, datetime(2024, 1, 19, 0, 0, 0, 0));
        // Trailing zeros add nothing: exactly midnight, kept.
        let e = eligible_of("2024-01-15T00:00:00.000000000000Z", 3);
        assert!(e.on_midnight());
        assert_eq!(e.eligible, datetime(2024, 1, 18, 0, 0, 0, 0));
        assert!(!created("2024-01-15T10:30:00.5000000000Z").beyond_nanoseconds);
    }

    /// What RFC 3339 writes and awscalc reads beyond its strict grammar: seconds left out
    /// (awscalc's documented form), lower-case t and z (RFC 3339 §5.6), a space for the T
    /// (§5.6 NOTE), a leap second (read as :59, before the same midnight).
    #[test]
    fn rfc3339_forms_are_read() {
        let ten_thirty = datetime(2024, 1, 15, 10, 30, 0, 0);
        for text in [
            "2024-01-15T10:30Z",
            "2024-01-15T10:30:00Z",
            "2024-01-15t10:30:00z",
            "2024-01-15 10:30:00Z",
            "2024-01-15T10:30:00.000Z",
        ] {
            assert_eq!(at(text), ten_thirty, "{text}");
        }
        assert_eq!(
            at("2016-12-31T23:59:60Z"),
            datetime(2016, 12, 31, 23, 59, 59, 0)
        );
        assert_eq!(
            eligible_of("2016-12-31T23:59:60Z", 0).eligible,
            datetime(2017, 1, 1, 0, 0, 0, 0)
        );
        assert_eq!(at("0000-01-01T00:00Z"), datetime(0, 1, 1, 0, 0, 0, 0));
        assert_eq!(
            at("9999-12-31T23:59:59.999999999Z"),
            datetime(9999, 12, 31, 23, 59, 59, 999_999_999)
        );
    }

    /// Each refusal names what is wrong, and every message gives the accepted forms.
    #[test]
    fn creation_times_reject_what_they_cannot_read() {
        for (bad, says) in [
            ("", "it is empty"),
            (
                "2024-01-15T10:30",
                "it has no UTC offset (S3 times are UTC: add Z",
            ),
            ("2024-13-01", "not a calendar date"),
            ("yesterday", "not a date or time awscalc reads"),
            ("2024-01-15T25:00Z", "the hour `25` is not 00 to 23"),
            ("2024-01-15T10:60Z", "the minute `60` is not 00 to 59"),
            ("2024-01-15T10:30:61Z", "the second `61` is not 00 to 60"),
            ("2024-13-15T10:30Z", "the month `13` is not 01 to 12"),
            ("2023-02-29T10:30Z", "2023-02-29 is not a calendar date"),
            ("10000-01-01T00:00Z", "the year `10000` is past 9999"),
            ("+002024-01-15T10:30Z", "a signed year is not RFC 3339"),
            ("20240115T103000Z", "it is not an RFC 3339 time"),
            ("2024-01-15T10Z", "the time needs hours and minutes"),
            ("2024-01-15T10:30:00.Z", "no digits after the `.`"),
            ("2024-01-15T10:30:00,5Z", "after a `.`, not a `,`"),
            ("2024-01-15T10:30Z[UTC]", "it has `[UTC]` after the offset"),
            (
                "2024-01-15T10:30+09:00[Asia/Tokyo]",
                "it has `[Asia/Tokyo]` after the offset",
            ),
            (
                "2024-01-15T10:30+0900",
                "the offset `+0900` needs a colon, like +09:00",
            ),
            (
                "2024-01-15T10:30+09",
                "the offset `+09` needs its minutes, like +09:00",
            ),
            (
                "2024-01-15T10:30+9:00",
                "the offset `+9:00` is not RFC 3339's ±HH:MM",
            ),
            ("2024-01-15T10:30+09:00:00", "it has `:00` after the offset"),
            (
                "2024-01-15T10:30 UTC",
                "` UTC` after the time is not an RFC 3339 offset",
            ),
        ] {
            let err = refused(bad);
            assert!(err.contains(says), "{bad}: {err}");
            assert!(err.contains("2024-01-15T10:30Z"), "{bad}: {err}");
        }
    }

    /// RFC 3339: `time-numoffset = ("+" / "-") time-hour ":" time-minute`, time-hour 00-23
    /// and time-minute 00-59. jiff alone would take +24:00 (up to ±25:59:59).
    #[test]
    fn offsets_beyond_23_59_are_refused() {
        for bad in ["+24:00", "-24:00", "+25:59", "+23:60", "-00:60"] {
            let err = refused(&format!("2024-01-15T10:30{bad}"));
            assert!(
                err.contains(&format!(
                    "the offset `{bad}` is outside what RFC 3339 allows, -23:59 to +23:59"
                )),
                "{bad}: {err}"
            );
        }
    }

    /// An offset can move a time at the ends of the years 0000 to 9999 out of them in UTC:
    /// 9999-12-31 23:30 at -01:00 is 10000-01-01 00:30 UTC; 0000-01-01 00:30 at +01:00 is
    /// the last day of the year -1.
    #[test]
    fn an_offset_that_leaves_the_years_0000_to_9999_is_named() {
        assert!(refused("9999-12-31T23:30-01:00")
            .contains("with the offset -01:00, 9999-12-31 23:30 is past the year 9999 in UTC"));
        assert!(refused("0000-01-01T00:30+01:00")
            .contains("with the offset +01:00, 0000-01-01 00:30 is before the year 0000 in UTC"));
        // The same local times with the opposite offsets stay inside.
        assert_eq!(
            at("9999-12-31T23:30+01:00"),
            datetime(9999, 12, 31, 22, 30, 0, 0)
        );
        assert_eq!(at("0000-01-01T00:30-01:00"), datetime(0, 1, 1, 1, 30, 0, 0));
    }

    /// The last day RFC 3339 writes is 9999-12-31; an eligible time must be on it or before.
    /// 9999-12-31 23:59 + 0 days rounds up to 10000-01-01 00:00: no days fit. From
    /// 9999-12-01 00:00 (a midnight) 30 days land on 9999-12-31 00:00, the last midnight;
    /// from 10:00 that day the rounding adds one, so 29.
    #[test]
    fn an_eligible_time_past_the_year_9999_names_the_days_that_fit() {
        let err = eligible_at(&created("9999-12-31T23:59Z"), 0)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("an object created 9999-12-31 23:59 UTC is eligible at 10000-01-01 00:00 UTC at the earliest")
                && err.contains("no number of days fits"),
            "{err}"
        );
        assert_eq!(
            eligible_of("9999-12-01", 30).eligible,
            datetime(9999, 12, 31, 0, 0, 0, 0)
        );
        let err = eligible_at(&created("9999-12-01"), 31)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("31 days after 9999-12-01 00:00 UTC is eligible past the year 9999")
                && err.contains("at most 30 days fit"),
            "{err}"
        );
        assert_eq!(
            eligible_of("9999-12-01T10:00Z", 29).eligible,
            datetime(9999, 12, 31, 0, 0, 0, 0)
        );
        let err = eligible_at(&created("9999-12-01T10:00Z"), 30)
            .unwrap_err()
            .to_string();
        assert!(err.contains("at most 29 days fit"), "{err}");
        // u32::MAX days from the year 2024 overflow too, with the same message.
        let err = eligible_at(&created("2024-01-15T10:30Z"), u32::MAX)
            .unwrap_err()
            .to_string();
        assert!(err.contains("is eligible past the year 9999"), "{err}");
        // The last midnight itself: created 9999-12-30 23:00 + 0 days = 9999-12-31 00:00.
        assert_eq!(
            eligible_of("9999-12-30T23:00Z", 0).eligible,
            datetime(9999, 12, 31, 0, 0, 0, 0)
        );
        assert_eq!(
            eligible_of("9999-12-31", 0).eligible,
            date(9999, 12, 31).to_datetime(Time::midnight())
        );
    }

    /// The other readings: an exact midnight's next midnight, and for a plain date an object
    /// created later that day (2024-01-15 + 3 days is 2024-01-18 00:00; one second later
    /// rounds up to 2024-01-19 00:00).
    #[test]
    fn the_other_readings_of_a_midnight() {
        let e = eligible_of("2024-01-15", 3);
        assert_eq!(
            e.always_next_midnight(),
            Some(datetime(2024, 1, 19, 0, 0, 0, 0))
        );
        assert_eq!(e.later_that_day(), Some(datetime(2024, 1, 19, 0, 0, 0, 0)));
        let last = eligible_of("9999-12-31", 0);
        assert_eq!(last.always_next_midnight(), None);
        assert_eq!(last.later_that_day(), None);
    }

    #[test]
    fn a_typed_eligible_time_serializes_as_rfc3339() {
        let e = eligible(&EligibleRequest {
            created: created("2024-01-15T10:30Z"),
            days: 3,
        })
        .unwrap();
        let json = serde_json::to_value(e).unwrap();
        assert_eq!(json["eligible"], "2024-01-19T00:00:00Z");
        assert_eq!(json["sum"], "2024-01-18T10:30:00Z");
    }
}
