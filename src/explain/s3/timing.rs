//! `awscalc s3 eligible` in words, from the typed [`Eligible`] of
//! [`crate::calc::s3::timing`]; and the eligible times `s3 lifecycle --created` shows.

use std::fmt;

use jiff::civil::DateTime;

use crate::calc::s3::timing::{
    self as calc, Created, CreatedForm, Eligible, EligibleRequest, TimeFault, TimeField,
    DELAY_SOURCE, ROUNDING_SOURCE,
};
use crate::error::Error;
use crate::facts::FactBook;
use crate::report::{Report, Step, Value};

/// `2024-01-19 00:00 UTC`, with seconds (and fractions) only when they are not zero.
#[must_use]
pub fn utc_text(dt: DateTime) -> String {
    if dt.second() == 0 && dt.subsec_nanosecond() == 0 {
        format!("{} UTC", dt.strftime("%Y-%m-%d %H:%M"))
    } else if dt.subsec_nanosecond() == 0 {
        format!("{} UTC", dt.strftime("%Y-%m-%d %H:%M:%S"))
    } else {
        format!("{} UTC", dt.strftime("%Y-%m-%d %H:%M:%S%.f"))
    }
}

/// RFC 3339 in UTC: `2024-01-19T00:00:00Z` (fractions of a second only when not zero).
#[must_use]
pub fn rfc3339(utc: DateTime) -> String {
    format!("{utc}Z")
}

impl fmt::Display for Created {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&utc_text(self.utc))
    }
}

/// `2024-01-15 10:30 UTC + 3 days = 2024-01-18 10:30 UTC → next 00:00 UTC` (rounded up).
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
            "{} + {} {unit} = {} → next 00:00 UTC",
            utc_text(e.created),
            e.days,
            utc_text(e.sum)
        )
    }
}

/// Adds a text-valued step (a date or time).
pub(crate) fn text_step(report: &mut Report, label: String, formula: String, value: String) {
    report.steps.push(Step {
        label,
        formula,
        value: Value::text(value),
        unit: String::new(),
        aside: false,
    });
}

/// The notes every eligibility answer carries: the asynchronous action, the reading chosen
/// for an exact midnight or a plain date; for `-v`, the rule the steps apply and the sources.
pub(crate) fn notes(report: &mut Report, created: &Created, e: &Eligible) {
    report.aside(format!(
        "AWS adds the rule's days to the object's creation time (its Last-Modified time) and rounds \
         up to the next midnight UTC ({ROUNDING_SOURCE})"
    ));
    report.note(
        "the action is asynchronous: S3 may finish it days after that midnight; billing changes at \
         the eligible time all the same, except for transitions to INTELLIGENT_TIERING",
    );
    report.aside(format!(
        "S3 Lifecycle queues an eligible object at that midnight and may finish the transition or \
         expiration days later; a transition to INTELLIGENT_TIERING is billed once the object has \
         moved ({DELAY_SOURCE})"
    ));
    if created.beyond_nanoseconds {
        report.note(format!(
            "`{}` has digits beyond the nanosecond: the times shown and rounded_up_seconds keep \
             nine digits, and the rounding counts the rest (a time just after a midnight is not \
             on it)",
            created.text()
        ));
    }
    if created.form == CreatedForm::Date {
        if let Some(later) = e.later_that_day() {
            report.note(format!(
                "a plain date is read as 00:00 UTC; an object created later that day becomes eligible \
                 at {}",
                utc_text(later)
            ));
        }
    }
    if e.on_midnight() {
        let next = e
            .always_next_midnight()
            .map_or_else(|| "the day after".to_string(), utc_text);
        report.note(format!(
            "creation time + days is exactly 00:00 UTC: rounding up leaves it there, so awscalc keeps \
             {}; AWS does not document this case, and a reading that always moves to the next \
             midnight gives {next}",
            utc_text(e.eligible)
        ));
    }
}

/// `awscalc s3 eligible`: [`calc::eligible`], explained.
///
/// ```
/// use awscalc::calc::s3::timing::EligibleRequest;
/// use awscalc::facts::{FactBook, Registry};
///
/// let request = EligibleRequest { created: "2024-01-15T10:30Z".parse().unwrap(), days: 3 };
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 11, 30));
/// let report = awscalc::explain::s3::timing::eligible(&request, &mut book).unwrap();
/// assert!(report.headline.starts_with("eligible 2024-01-19 00:00 UTC"));
/// ```
///
/// # Errors
/// As [`calc::eligible`].
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
        Value::text(rfc3339(created.utc)),
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
    let e = calc::eligible(request)?;
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
        Value::text(e.eligible.date().to_string()),
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
    notes(&mut report, created, &e);
    report.attach_facts(book);
    Ok(report)
}

/// A field of a time, in words: `month`.
fn field_words(field: TimeField) -> &'static str {
    match field {
        TimeField::Month => "month",
        TimeField::Day => "day",
        TimeField::Hour => "hour",
        TimeField::Minute => "minute",
        TimeField::Second => "second",
    }
}

/// The range a field takes, in words: `01 to 12`.
fn field_range(field: TimeField) -> &'static str {
    match field {
        TimeField::Month => "01 to 12",
        TimeField::Day => "01 to 31",
        TimeField::Hour => "00 to 23",
        TimeField::Minute => "00 to 59",
        TimeField::Second => "00 to 60 (60 only for a leap second)",
    }
}

impl fmt::Display for TimeFault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const YEARS: &str = "RFC 3339 years are four digits, 0000 to 9999";
        match self {
            TimeFault::Empty => f.write_str("it is empty"),
            TimeFault::NotADate => f.write_str("it is not a calendar date"),
            TimeFault::NotRead => f.write_str("it is not a date or time awscalc reads"),
            TimeFault::Missing { field } => {
                write!(f, "the {} is missing (two digits)", field_words(*field))
            }
            TimeFault::NotTwoDigits { field, digits } => {
                write!(
                    f,
                    "the {} `{digits}` is not two digits",
                    field_words(*field)
                )
            }
            TimeFault::EmptyFraction => {
                f.write_str("the fraction of a second has no digits after the `.`")
            }
            TimeFault::CommaFraction => {
                f.write_str("RFC 3339 writes the fraction of a second after a `.`, not a `,`")
            }
            TimeFault::OutOfRange { field, value } => write!(
                f,
                "the {} `{value:02}` is not {}",
                field_words(*field),
                field_range(*field)
            ),
            TimeFault::NoSuchDay { year, month, day } => {
                write!(f, "{year:04}-{month:02}-{day:02} is not a calendar date")
            }
            TimeFault::SignedYear => f.write_str(
                "a signed year is not RFC 3339, whose years are four digits, 0000 to 9999",
            ),
            TimeFault::YearPast9999 { year } => {
                write!(f, "the year `{year}` is past 9999: {YEARS}")
            }
            TimeFault::WithoutSeparators => f.write_str(
                "it is not an RFC 3339 time, which writes the date and time with - and :, like \
                 2024-01-15T10:30:00Z",
            ),
            TimeFault::YearNotFourDigits { year } => write!(
                f,
                "the year `{year}` is not four digits (RFC 3339 writes 0000 to 9999)"
            ),
            TimeFault::NotYearMonthDay => {
                f.write_str("it is not an RFC 3339 time (YYYY-MM-DD, then T and the time)")
            }
            TimeFault::NoTimeAfterDate => f.write_str(
                "it is not an RFC 3339 time (the date must be followed by T and the time)",
            ),
            TimeFault::NoMinutes => f.write_str("the time needs hours and minutes, like 10:30"),
            TimeFault::OffsetWithoutColon { .. }
            | TimeFault::OffsetWithoutMinutes { .. }
            | TimeFault::NotAnOffset { .. }
            | TimeFault::AfterOffset { .. }
            | TimeFault::OffsetOutOfRange { .. }
            | TimeFault::NoOffset
            | TimeFault::NotAnOffsetAfterTime { .. }
            | TimeFault::OutsideYears { .. } => offset_words(self, f),
        }
    }
}

/// A fault of a time's offset, in words.
fn offset_words(fault: &TimeFault, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    match fault {
        TimeFault::OffsetWithoutColon { written } => write!(
            f,
            "the offset `{written}` needs a colon, like {}{}:{}",
            written.get(..1).unwrap_or("+"),
            written.get(1..3).unwrap_or_default(),
            written.get(3..5).unwrap_or_default()
        ),
        TimeFault::OffsetWithoutMinutes { written } => {
            write!(
                f,
                "the offset `{written}` needs its minutes, like {written}:00"
            )
        }
        TimeFault::NotAnOffset { written } => {
            write!(
                f,
                "the offset `{written}` is not RFC 3339's ±HH:MM, like +09:00"
            )
        }
        TimeFault::AfterOffset { rest } => write!(
            f,
            "it has `{rest}` after the offset, which RFC 3339 does not allow"
        ),
        TimeFault::OffsetOutOfRange { written } => write!(
            f,
            "the offset `{written}` is outside what RFC 3339 allows, -23:59 to +23:59"
        ),
        TimeFault::NoOffset => {
            f.write_str("it has no UTC offset (S3 times are UTC: add Z, like 2024-01-15T10:30Z)")
        }
        TimeFault::NotAnOffsetAfterTime { rest } => write!(
            f,
            "`{rest}` after the time is not an RFC 3339 offset (Z, or ±HH:MM like +09:00)"
        ),
        TimeFault::OutsideYears {
            local,
            offset_negative,
            offset_hours,
            offset_minutes,
        } => {
            let (sign, side) = if *offset_negative {
                ('-', "past the year 9999")
            } else {
                ('+', "before the year 0000")
            };
            write!(
                f,
                "with the offset {sign}{offset_hours:02}:{offset_minutes:02}, {} is {side} \
                     in UTC",
                local.strftime("%Y-%m-%d %H:%M")
            )
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::testing::num;
    use crate::facts::Registry;
    use jiff::civil::{date, datetime};
    use rust_decimal::Decimal;

    #[test]
    fn times_print_as_rfc3339_utc() {
        assert_eq!(
            rfc3339(datetime(2024, 1, 19, 0, 0, 0, 0)),
            "2024-01-19T00:00:00Z"
        );
        assert_eq!(
            rfc3339(datetime(2024, 1, 15, 10, 30, 0, 500_000_000)),
            "2024-01-15T10:30:00.5Z"
        );
        assert_eq!(
            utc_text(datetime(2024, 1, 15, 10, 30, 5, 0)),
            "2024-01-15 10:30:05 UTC"
        );
    }

    /// AWS's example (intro-lifecycle-rules.html): 10:30 + 3 days rounds up by 13 h 30 min
    /// (48,600 s) to 2014-01-19 00:00 UTC.
    #[test]
    fn the_report_answers_with_the_eligible_time() {
        let mut book = FactBook::new(Registry::builtin(), date(2026, 11, 22));
        let r = eligible(
            &EligibleRequest {
                created: "2014-01-15T10:30Z".parse().unwrap(),
                days: 3,
            },
            &mut book,
        )
        .unwrap();
        assert_eq!(
            r.primary().unwrap().value,
            Value::text("2014-01-19T00:00:00Z")
        );
        assert_eq!(num(&r, "rounded_up_seconds"), Decimal::from(48_600));
        assert!(r.headline.starts_with("eligible 2014-01-19 00:00 UTC"));
        assert!(r.notes.iter().any(|n| n.text.contains("asynchronous")));
    }

    /// A plain date is 00:00 UTC: + 3 days is exactly 2024-01-18 00:00, kept; the notes
    /// name the other readings, 2024-01-19 00:00 both.
    #[test]
    fn a_plain_date_names_the_other_readings() {
        let mut book = FactBook::new(Registry::builtin(), date(2026, 11, 22));
        let r = eligible(
            &EligibleRequest {
                created: "2024-01-15".parse().unwrap(),
                days: 3,
            },
            &mut book,
        )
        .unwrap();
        assert!(r.headline.starts_with("eligible 2024-01-18 00:00 UTC"));
        assert!(r.notes.iter().any(|n| n
            .text
            .contains("created later that day becomes eligible at 2024-01-19 00:00 UTC")));
        assert!(r
            .notes
            .iter()
            .any(|n| n.text.contains("next midnight gives 2024-01-19 00:00 UTC")));
    }
}
