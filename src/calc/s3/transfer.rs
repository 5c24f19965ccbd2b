//! Request rates and uploads: `awscalc s3 prefixes` and `awscalc s3 multipart`.
//!
//! Prefixes, from <https://docs.aws.amazon.com/AmazonS3/latest/userguide/optimizing-performance.html>:
//! "at least 3,500 PUT/COPY/POST/DELETE or 5,500 GET/HEAD requests per second per
//! partitioned Amazon S3 prefix", with no limit on the number of prefixes. So
//! `prefixes = max(ceil(GET rate / 5,500), ceil(PUT rate / 3,500))`.
//!
//! Before 2018-07-17 AWS stated no per-prefix rate: its request-rate page advised random key
//! name prefixes for a bucket routinely above about 300 GET or 100 PUT/LIST/DELETE requests
//! per second. That was a threshold for advice, not a capacity per prefix, so a question
//! `--as-of` an earlier date is refused rather than answered with those figures.
//!
//! Multipart, from <https://docs.aws.amazon.com/AmazonS3/latest/userguide/qfacts.html>: parts
//! of 5 MiB to 5 GiB (the last may be smaller), at most 10,000 parts; one PUT carries up to
//! 5 GB; the largest object is 48.8 TiB (10,000 × 5 GiB) since 2025-12-02, 5 TiB before.

use rust_decimal::Decimal;

use super::{bytes_label, object_bytes, size_understood};
use crate::error::Error;
use crate::facts::s3 as fact;
use crate::facts::FactBook;
use crate::facts::FactId;
use crate::report::{Alternative, Report, Value};
use crate::units::{ceil_div, group, KbConvention, Rate, Size};

/// `awscalc s3 prefixes`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PrefixQuestion {
    /// How many prefixes these rates need.
    Rates {
        /// GET/HEAD rate.
        get: Option<Rate>,
        /// PUT/COPY/POST/DELETE rate.
        put: Option<Rate>,
    },
    /// What N prefixes sustain.
    Prefixes(u64),
}

/// Prefixes needed for `per_second` at `per_prefix`, exactly (at least 1 for a positive rate).
///
/// # Errors
/// [`Error::Overflow`] for numbers beyond exact arithmetic.
pub fn prefixes_for(rate: &Rate, per_prefix: Decimal) -> Result<Decimal, Error> {
    let capacity = per_prefix
        .checked_mul(Decimal::from(rate.per_seconds()))
        .ok_or(Error::Overflow)?;
    ceil_div(rate.count(), capacity)
}

/// `awscalc s3 prefixes`.
///
/// # Errors
/// No rate given, or numbers beyond exact arithmetic.
#[allow(clippy::too_many_lines)] // one derivation, read top to bottom
pub fn prefixes(question: &PrefixQuestion, book: &mut FactBook) -> Result<Report, Error> {
    let mut report = Report::new("s3 prefixes", book.as_of());
    let (get_limit, put_limit) = match (
        book.value(fact::PREFIX_GET_PER_SECOND),
        book.value(fact::PREFIX_PUT_PER_SECOND),
    ) {
        (Ok(get), Ok(put)) => (get, put),
        (Err(Error::NotYetAvailable { .. }), _) | (_, Err(Error::NotYetAvailable { .. })) => {
            return Err(no_prefix_rate_yet(book));
        }
        (Err(e), _) | (_, Err(e)) => return Err(e),
    };
    // The pre-2018 key-naming guidance: for the hint and the note, never for the answer.
    let old_get = old_value(book, fact::KEY_NAMING_GUIDANCE_GET_PER_SECOND);
    let old_put = old_value(book, fact::KEY_NAMING_GUIDANCE_PUT_PER_SECOND);
    match question {
        PrefixQuestion::Prefixes(n) => {
            let n = Decimal::from(*n);
            report.input(
                "prefixes",
                &n.to_string(),
                format!("{} prefixes", group(n)),
                Value::from(n),
            );
            let get = report.step(
                "GET/HEAD per second",
                format!("{} × {}", group(n), group(get_limit)),
                n.checked_mul(get_limit).ok_or(Error::Overflow)?,
                "requests/s",
            );
            let put = report.step(
                "PUT/COPY/POST/DELETE per second",
                format!("{} × {}", group(n), group(put_limit)),
                n.checked_mul(put_limit).ok_or(Error::Overflow)?,
                "requests/s",
            );
            report.field("get_per_second", Value::from(get), "requests/s");
            report.field("put_per_second", Value::from(put), "requests/s");
            report.answer.push("get_per_second".into());
            report.answer.push("put_per_second".into());
            report.headline = format!(
                "{} GET/HEAD and {} PUT/COPY/POST/DELETE per second",
                group(get),
                group(put)
            );
            report.summary = format!("what {} prefixes sustain", group(n));
        }
        PrefixQuestion::Rates { get, put } => {
            if get.is_none() && put.is_none() {
                return Err(Error::Conflict {
                    message:
                        "give --get RATE, --put RATE or both (like --get 30000/s), or --prefixes N"
                            .into(),
                });
            }
            let mut needed = Decimal::ZERO;
            let mut old_needed = Decimal::ZERO;
            let mut summed = Decimal::ZERO;
            for (name, rate, limit, old, label) in [
                ("get", get, get_limit, old_get, "GET/HEAD"),
                ("put", put, put_limit, old_put, "PUT/COPY/POST/DELETE"),
            ] {
                let Some(rate) = rate else { continue };
                report.input(
                    name,
                    rate.text(),
                    format!(
                        "{} {label} per second",
                        group(rate.as_per_second().round_dp(6))
                    ),
                    Value::Map(vec![
                        ("given".into(), Value::text(rate.text())),
                        (
                            "per_second".into(),
                            Value::from(rate.as_per_second().round_dp(6)),
                        ),
                    ]),
                );
                let n = report.step(
                    format!("prefixes for {label} at {} per prefix", group(limit)),
                    format!(
                        "ceil({} / {})",
                        group(rate.as_per_second().round_dp(6)),
                        group(limit)
                    ),
                    prefixes_for(rate, limit)?,
                    "prefixes",
                );
                report.field(&format!("{name}_prefixes"), Value::from(n), "prefixes");
                needed = needed.max(n);
                summed += n;
                if let Some(old) = old {
                    old_needed = old_needed.max(prefixes_for(rate, old)?);
                }
            }
            let formula = match (get, put) {
                (Some(_), Some(_)) => {
                    "max(GET prefixes, PUT prefixes): each prefix serves both".to_string()
                }
                _ => "one kind of request".to_string(),
            };
            report.step("prefixes needed", formula, needed, "prefixes");
            report.field("prefixes", Value::from(needed), "prefixes");
            report.answer.insert(0, "prefixes".into());
            report.headline = format!(
                "{} prefix{}",
                group(needed),
                if needed == Decimal::ONE { "" } else { "es" }
            );
            report.summary = "S3 prefixes (key name prefixes) to spread the requests over".into();
            report.alternatives = vec![Alternative {
                value: summed,
                reading: "GET and PUT prefixes added instead of shared".into(),
                distance: 1,
            }];
            if let (Some(old_get), Some(old_put)) = (old_get, old_put) {
                if old_needed > Decimal::ZERO && old_needed != needed {
                    report.alternatives.push(Alternative {
                        value: old_needed,
                        reading: format!(
                            "the pre-July-2018 key-naming guidance taken as a rate per prefix \
                             (about {} GET and {} PUT per second; AWS gave it as a threshold for \
                             random key names, not a rate per prefix)",
                            group(old_get),
                            group(old_put)
                        ),
                        distance: 1,
                    });
                }
            }
        }
    }
    report.note(
        "S3 scales per partitioned prefix and has no limit on the number of prefixes; while it \
         scales it may answer 503 Slow Down, so retry with backoff",
    );
    if let (Some(get), Some(put), Some(since)) = (old_get, old_put, per_prefix_rates_since(book)) {
        report.note(format!(
            "{} GET/s and {} PUT/s with random key prefixes, as older exam material teaches, are \
             AWS's key-naming guidance from before {since}: thresholds for advice, not rates per \
             prefix, so awscalc does not compute prefixes from them",
            group(get),
            group(put)
        ));
    }
    report.attach_facts(book);
    Ok(report)
}

/// The refusal of a date before S3 stated per-prefix request rates: the date they came,
/// what AWS said before (its key-naming guidance), and the date to use instead.
fn no_prefix_rate_yet(book: &FactBook) -> Error {
    let Some(since) = per_prefix_rates_since(book) else {
        return Error::Conflict {
            message: format!(
                "S3 stated no per-prefix request rate on {}; use a later --as-of",
                book.as_of()
            ),
        };
    };
    let get = book.peek(fact::KEY_NAMING_GUIDANCE_GET_PER_SECOND);
    let put = book.peek(fact::KEY_NAMING_GUIDANCE_PUT_PER_SECOND);
    let guidance = match (get, put) {
        (Some(get), Some(put)) => format!(
            ": it advised random key name prefixes for a bucket routinely above {} GET or {} \
             PUT/LIST/DELETE requests per second, guidance on key names and not a rate per prefix",
            group(get),
            group(put)
        ),
        _ => String::new(),
    };
    Error::Conflict {
        message: format!(
            "before {since} S3 stated no per-prefix request rate{guidance}; \
             use --as-of {since} or later (--as-of {} was given)",
            book.as_of()
        ),
    }
}

/// The day S3 first stated a per-prefix request rate: the first dated value of
/// `s3.prefix_get_per_second`.
fn per_prefix_rates_since(book: &FactBook) -> Option<jiff::civil::Date> {
    book.fact(fact::PREFIX_GET_PER_SECOND)
        .ok()?
        .history
        .iter()
        .find(|e| e.value.is_some())?
        .since
}

/// What the pre-2018 key-naming guidance said (the figure the study notes use), for a hint:
/// the guidance fact's value before AWS withdrew it.
fn old_value(book: &FactBook, guidance_id: FactId) -> Option<Decimal> {
    book.fact(guidance_id)
        .ok()?
        .history
        .iter()
        .find_map(|e| e.value)
}

/// `awscalc s3 multipart`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Multipart {
    /// The object's size.
    pub size: Size,
    /// A part size to use; `None` for the smallest that fits in 10,000 parts.
    pub part_size: Option<Size>,
}

/// The limits in force.
#[derive(Debug, Clone, Copy)]
struct Limits {
    max_object: Decimal,
    single_put: Decimal,
    min_part: Decimal,
    max_part: Decimal,
    max_parts: Decimal,
}

/// The smallest part size (bytes) that uploads `bytes` in at most `max_parts` parts, no
/// smaller than `min_part`.
///
/// # Errors
/// [`Error::Overflow`] only for numbers beyond exact arithmetic.
pub fn smallest_part(
    bytes: Decimal,
    min_part: Decimal,
    max_parts: Decimal,
) -> Result<Decimal, Error> {
    Ok(ceil_div(bytes, max_parts)?.max(min_part))
}

/// `awscalc s3 multipart`: single PUT or not, the part size and the number of parts.
///
/// # Errors
/// [`Error::AwsLimit`] for an object above the maximum, a part size outside 5 MiB–5 GiB, or
/// more than 10,000 parts; size errors.
#[allow(clippy::too_many_lines)] // one derivation, read top to bottom
pub fn multipart(request: &Multipart, book: &mut FactBook) -> Result<Report, Error> {
    let mut report = Report::new("s3 multipart", book.as_of());
    let limits = Limits {
        max_object: book.value(fact::MAX_OBJECT_BYTES)?,
        single_put: book.value(fact::SINGLE_PUT_MAX_BYTES)?,
        min_part: book.value(fact::MULTIPART_MIN_PART_BYTES)?,
        max_part: book.value(fact::MULTIPART_MAX_PART_BYTES)?,
        max_parts: book.value(fact::MULTIPART_MAX_PARTS)?,
    };
    let bytes = object_bytes(&request.size, KbConvention::Binary)?;
    report.input(
        "size",
        request.size.text(),
        size_understood(&request.size, bytes),
        Value::Map(vec![
            ("given".into(), Value::text(request.size.text())),
            ("bytes".into(), Value::from(bytes)),
        ]),
    );
    if bytes > limits.max_object {
        return Err(Error::AwsLimit {
            message: format!(
                "object size `{}` ({} bytes) is above S3's maximum object size of {} ({} bytes) on {}",
                request.size.text(),
                group(bytes),
                bytes_label(limits.max_object),
                group(limits.max_object),
                book.as_of()
            ),
        });
    }
    let single = bytes <= limits.single_put;
    report.field("single_put", Value::Bool(single), "");
    report.step(
        "fits one PUT (up to 5 GB)?",
        format!(
            "{} {} {}",
            group(bytes),
            if single { "<=" } else { ">" },
            group(limits.single_put)
        ),
        limits.single_put,
        "bytes",
    );
    let smallest = report.step(
        "smallest part size for at most 10,000 parts",
        format!(
            "max(ceil({} / {}), {})",
            group(bytes),
            group(limits.max_parts),
            group(limits.min_part)
        ),
        smallest_part(bytes, limits.min_part, limits.max_parts)?,
        "bytes",
    );
    report.field("smallest_part_bytes", Value::from(smallest), "bytes");
    let part = match &request.part_size {
        Some(size) => {
            let part = object_bytes(size, KbConvention::Binary)?;
            report.input(
                "part_size",
                size.text(),
                size_understood(size, part),
                Value::Map(vec![
                    ("given".into(), Value::text(size.text())),
                    ("bytes".into(), Value::from(part)),
                ]),
            );
            if part < limits.min_part || part > limits.max_part {
                return Err(Error::AwsLimit {
                    message: format!(
                        "part size `{}` ({} bytes) is outside S3's part limits of {} to {} ({} to {} bytes); \
                         the nearest valid part size is {}",
                        size.text(),
                        group(part),
                        bytes_label(limits.min_part),
                        bytes_label(limits.max_part),
                        group(limits.min_part),
                        group(limits.max_part),
                        bytes_label(if part < limits.min_part { limits.min_part } else { limits.max_part })
                    ),
                });
            }
            part
        }
        None => smallest,
    };
    let parts = report.step(
        format!("parts of {}", bytes_label(part)),
        format!("ceil({} / {})", group(bytes), group(part)),
        ceil_div(bytes, part)?,
        "parts",
    );
    if parts > limits.max_parts {
        return Err(Error::AwsLimit {
            message: format!(
                "`{}` in parts of `{}` needs {} parts, more than S3's {}: use parts of at least {} ({} bytes)",
                request.size.text(),
                request.part_size.as_ref().map_or("", Size::text),
                group(parts),
                group(limits.max_parts),
                bytes_label(smallest),
                group(smallest)
            ),
        });
    }
    let last = bytes - (parts - Decimal::ONE) * part;
    report.step(
        "last part (may be smaller)",
        format!(
            "{} - ({} - 1) × {}",
            group(bytes),
            group(parts),
            group(part)
        ),
        last,
        "bytes",
    );
    report.field("parts", Value::from(parts), "parts");
    report.field("part_bytes", Value::from(part), "bytes");
    report.field("last_part_bytes", Value::from(last), "bytes");
    report.field("max_object_bytes", Value::from(limits.max_object), "bytes");
    report.answer.push("parts".into());
    report.headline = format!(
        "{} parts of {}{}",
        group(parts),
        bytes_label(part),
        if single {
            " (one PUT would also do)"
        } else {
            "; too large for one PUT (5 GB): use multipart upload"
        }
    );
    report.summary = format!("uploading {} to S3", request.size.text());
    let advised = book.value(fact::MULTIPART_ADVISED_BYTES)?;
    if bytes >= advised {
        report.note(format!(
            "AWS advises multipart upload from {} up",
            bytes_label(advised)
        ));
    }
    if let (Ok(d_bytes), Some(d_part)) = (
        object_bytes(&request.size, KbConvention::Decimal),
        request
            .part_size
            .as_ref()
            .and_then(|p| object_bytes(p, KbConvention::Decimal).ok()),
    ) {
        if let Ok(n) = ceil_div(d_bytes, d_part) {
            report.alternatives.push(Alternative {
                value: n,
                reading: "KB, MB and GB taken as powers of 1,000".into(),
                distance: 1,
            });
        }
    }
    report.attach_facts(book);
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::testing::{book, num};
    use crate::facts::Registry;
    use jiff::civil::date;

    /// The example: 30,000 GET/s → ceil(30,000 / 5,500) = 6; 7,000 PUT/s →
    /// ceil(7,000 / 3,500) = 2; a prefix serves both: 6.
    #[test]
    fn thirty_thousand_gets_and_seven_thousand_puts_need_6_prefixes() {
        let r = prefixes(
            &PrefixQuestion::Rates {
                get: Some("30000/s".parse().unwrap()),
                put: Some("7000/s".parse().unwrap()),
            },
            &mut book(),
        )
        .unwrap();
        assert_eq!(num(&r, "prefixes"), Decimal::from(6));
        assert_eq!(num(&r, "get_prefixes"), Decimal::from(6));
        assert_eq!(num(&r, "put_prefixes"), Decimal::from(2));
    }

    /// Study notes B15 (002:233): 20 prefixes × 5,500 = 110,000 GET/s.
    #[test]
    fn study_notes_b15_20_prefixes_sustain_110000_gets() {
        let r = prefixes(&PrefixQuestion::Prefixes(20), &mut book()).unwrap();
        assert_eq!(num(&r, "get_per_second"), Decimal::from(110_000));
        assert_eq!(num(&r, "put_per_second"), Decimal::from(70_000));
    }

    /// Study notes B12 (002:259): 6 GB > 5 GB single PUT; 100 MiB parts: ceil(6,144 / 100) = 62.
    #[test]
    fn study_notes_b12_6gb_needs_multipart_62_parts_of_100mib() {
        let r = multipart(
            &Multipart {
                size: "6gb".parse().unwrap(),
                part_size: Some("100mib".parse().unwrap()),
            },
            &mut book(),
        )
        .unwrap();
        assert_eq!(r.get("single_put").unwrap().value, Value::Bool(false));
        assert_eq!(num(&r, "parts"), Decimal::from(62));
        // 6,442,450,944 - 61 × 104,857,600 = 46,137,344.
        assert_eq!(num(&r, "last_part_bytes"), Decimal::from(46_137_344));
    }

    /// 1 TiB in at most 10,000 parts: ceil(1,099,511,627,776 / 10,000) = 109,951,163 bytes.
    #[test]
    fn the_smallest_part_fits_10000_parts() {
        let r = multipart(
            &Multipart {
                size: "1tib".parse().unwrap(),
                part_size: None,
            },
            &mut book(),
        )
        .unwrap();
        assert_eq!(num(&r, "smallest_part_bytes"), Decimal::from(109_951_163));
        assert_eq!(num(&r, "parts"), Decimal::from(10_000));
    }

    /// 10 TiB: above 5 TiB before 2025-12-02, within 48.8 TiB since.
    #[test]
    fn the_maximum_object_size_follows_the_date() {
        let ask = |day| {
            multipart(
                &Multipart {
                    size: "10tib".parse().unwrap(),
                    part_size: None,
                },
                &mut FactBook::new(Registry::builtin(), day),
            )
        };
        let err = ask(date(2025, 1, 1)).unwrap_err().to_string();
        assert!(err.contains("5 TiB") && err.contains("`10tib`"), "{err}");
        assert!(ask(date(2025, 12, 2)).is_ok());
    }
}
