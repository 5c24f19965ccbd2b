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

use jiff::civil::Date;
use rust_decimal::Decimal;
use serde::Serialize;

use super::{object_bytes, Problem};
use crate::error::Error;
use crate::facts::s3 as fact;
use crate::facts::FactBook;
use crate::facts::FactId;
use crate::steps::{Expr, Rounding, Step, Unit};
use crate::units::{ceil_div, KbConvention, Rate, Size};

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
    prefixes_formula(rate, per_prefix).eval()
}

/// `ceil(rate per second / per prefix)`, with the rate shown to 6 places and used exactly.
fn prefixes_formula(rate: &Rate, per_prefix: Decimal) -> Expr {
    rate_per_second(rate)
        .over(Expr::quantity("per_prefix", per_prefix, Unit::PerSecond))
        .ceil()
}

/// A rate per second: `count / per_seconds`, shown as its value to 6 places.
fn rate_per_second(rate: &Rate) -> Expr {
    Expr::shown(
        "per_second",
        Expr::quantity("count", rate.count(), Unit::Count).over(Expr::quantity(
            "per_seconds",
            rate.per_seconds().into(),
            Unit::Seconds,
        )),
        Rounding::Nearest6,
    )
}

/// The two kinds of request S3 rates per prefix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RequestKind {
    /// GET/HEAD.
    Get,
    /// PUT/COPY/POST/DELETE.
    Put,
}

/// What each step of `s3 prefixes` computes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum PrefixStep {
    /// Requests of `kind` per second that the prefixes sustain.
    Sustained {
        /// GET or PUT.
        kind: RequestKind,
    },
    /// Prefixes for one kind of request.
    ForKind {
        /// GET or PUT.
        kind: RequestKind,
        /// Requests per second per prefix.
        per_prefix: Decimal,
    },
    /// Prefixes needed: the larger of the kinds, since a prefix serves both.
    Needed {
        /// Whether both kinds were given.
        both: bool,
    },
}

/// One kind of request asked about: its rate and the prefixes it needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct KindDemand {
    /// GET or PUT.
    pub kind: RequestKind,
    /// The rate as typed.
    pub given: String,
    /// The rate per second, to 6 places.
    pub per_second: Decimal,
    /// Prefixes it needs.
    pub prefixes: Decimal,
}

/// The answer of `s3 prefixes`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "form", rename_all = "snake_case")]
pub enum PrefixAnswer {
    /// What `prefixes` prefixes sustain.
    Sustain {
        /// The prefixes given.
        prefixes: Decimal,
        /// GET/HEAD per second.
        get_per_second: Decimal,
        /// PUT/COPY/POST/DELETE per second.
        put_per_second: Decimal,
    },
    /// Prefixes the rates need.
    Need {
        /// Prefixes needed: the larger of the kinds'.
        prefixes: Decimal,
        /// Each kind given, GET first.
        kinds: Vec<KindDemand>,
        /// The kinds' prefixes added (a mistaken reading: a prefix serves both).
        summed: Decimal,
        /// Prefixes by the pre-2018 key-naming guidance taken as a rate per prefix (a
        /// mistaken reading), where that guidance is known.
        by_old_guidance: Option<Decimal>,
    },
}

/// `s3 prefixes`, computed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Prefixes {
    /// The answer.
    pub answer: PrefixAnswer,
    /// The derivation.
    pub steps: Vec<Step<PrefixStep>>,
    /// GET/HEAD per second per prefix.
    pub get_limit: Decimal,
    /// PUT/COPY/POST/DELETE per second per prefix.
    pub put_limit: Decimal,
    /// The pre-2018 key-naming guidance, GET and PUT per second, where known.
    pub old_guidance: Option<(Decimal, Decimal)>,
    /// The day S3 first stated per-prefix rates, where known (`YYYY-MM-DD` in JSON).
    #[serde(serialize_with = "super::optional_date")]
    pub rates_since: Option<Date>,
}

/// `awscalc s3 prefixes`: prefixes for request rates, or what N prefixes sustain.
///
/// ```
/// use awscalc::calc::s3::transfer::{prefixes, PrefixAnswer, PrefixQuestion};
/// use awscalc::facts::{FactBook, Registry};
///
/// // 30,000 GET/s and 7,000 PUT/s: max(ceil(30,000 / 5,500), ceil(7,000 / 3,500)) = 6.
/// let question = PrefixQuestion::Rates {
///     get: Some("30000/s".parse().unwrap()),
///     put: Some("7000/s".parse().unwrap()),
/// };
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 11, 30));
/// let result = prefixes(&question, &mut book).unwrap();
/// assert!(matches!(result.answer, PrefixAnswer::Need { prefixes, .. } if prefixes == 6.into()));
///
/// // Before 2018-07-17 S3 stated no rate per prefix: refused, not guessed.
/// let mut old = FactBook::new(Registry::builtin(), jiff::civil::date(2018, 1, 1));
/// assert!(prefixes(&question, &mut old).is_err());
/// ```
///
/// # Errors
/// [`Problem::NoPrefixRateYet`] before S3 stated per-prefix rates; [`Problem::NoRate`]
/// with no rate given; [`Error::Overflow`] for numbers beyond exact arithmetic.
#[allow(clippy::too_many_lines)] // one derivation, read top to bottom
pub fn prefixes(question: &PrefixQuestion, book: &mut FactBook) -> Result<Prefixes, Error> {
    let (get_limit, put_limit) = match (
        book.value(fact::PREFIX_GET_PER_SECOND),
        book.value(fact::PREFIX_PUT_PER_SECOND),
    ) {
        (Ok(get), Ok(put)) => (get, put),
        (Err(Error::NotYetAvailable { .. }), _) | (_, Err(Error::NotYetAvailable { .. })) => {
            return Err(no_prefix_rate_yet(book).into());
        }
        (Err(e), _) | (_, Err(e)) => return Err(e),
    };
    // The pre-2018 key-naming guidance: for the hint and the note, never for the answer.
    let old_get = old_value(book, fact::KEY_NAMING_GUIDANCE_GET_PER_SECOND);
    let old_put = old_value(book, fact::KEY_NAMING_GUIDANCE_PUT_PER_SECOND);
    let old_guidance = old_get.zip(old_put);
    let mut steps = Vec::new();
    let answer = match question {
        PrefixQuestion::Prefixes(n) => {
            let n = Decimal::from(*n);
            let times = |limit| {
                Expr::quantity("prefixes", n, Unit::Count).times(Expr::quantity(
                    "per_prefix",
                    limit,
                    Unit::PerSecond,
                ))
            };
            let get = Step::new(
                PrefixStep::Sustained {
                    kind: RequestKind::Get,
                },
                times(get_limit),
            )?;
            let put = Step::new(
                PrefixStep::Sustained {
                    kind: RequestKind::Put,
                },
                times(put_limit),
            )?;
            let answer = PrefixAnswer::Sustain {
                prefixes: n,
                get_per_second: get.value,
                put_per_second: put.value,
            };
            steps.extend([get, put]);
            answer
        }
        PrefixQuestion::Rates { get, put } => {
            if get.is_none() && put.is_none() {
                return Err(Problem::NoRate.into());
            }
            let mut kinds = Vec::new();
            let mut old_needed = Decimal::ZERO;
            let mut summed = Decimal::ZERO;
            let mut terms = Vec::new();
            for (kind, rate, limit, old) in [
                (RequestKind::Get, get, get_limit, old_get),
                (RequestKind::Put, put, put_limit, old_put),
            ] {
                let Some(rate) = rate else { continue };
                let step = Step::new(
                    PrefixStep::ForKind {
                        kind,
                        per_prefix: limit,
                    },
                    prefixes_formula(rate, limit),
                )?;
                kinds.push(KindDemand {
                    kind,
                    given: rate.text().to_string(),
                    per_second: rate.as_per_second().round_dp(6),
                    prefixes: step.value,
                });
                summed += step.value;
                if let Some(old) = old {
                    old_needed = old_needed.max(prefixes_for(rate, old)?);
                }
                terms.push(Expr::earlier(
                    match kind {
                        RequestKind::Get => "get_prefixes",
                        RequestKind::Put => "put_prefixes",
                    },
                    &step,
                ));
                steps.push(step);
            }
            let needed = Step::new(
                PrefixStep::Needed {
                    both: terms.len() == 2,
                },
                Expr::max(terms),
            )?;
            let answer = PrefixAnswer::Need {
                prefixes: needed.value,
                kinds,
                summed,
                by_old_guidance: (old_guidance.is_some()
                    && old_needed > Decimal::ZERO
                    && old_needed != needed.value)
                    .then_some(old_needed),
            };
            steps.push(needed);
            answer
        }
    };
    Ok(Prefixes {
        answer,
        steps,
        get_limit,
        put_limit,
        old_guidance,
        rates_since: per_prefix_rates_since(book),
    })
}

/// The refusal of a date before S3 stated per-prefix request rates: the date they came,
/// what AWS said before (its key-naming guidance), and the date to use instead.
fn no_prefix_rate_yet(book: &FactBook) -> Problem {
    Problem::NoPrefixRateYet {
        as_of: book.as_of(),
        since: per_prefix_rates_since(book),
        guidance: book
            .peek(fact::KEY_NAMING_GUIDANCE_GET_PER_SECOND)
            .zip(book.peek(fact::KEY_NAMING_GUIDANCE_PUT_PER_SECOND)),
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

/// The multipart limits in force on the book's date, in bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PartLimits {
    /// The largest object.
    pub max_object: Decimal,
    /// The largest single PUT.
    pub single_put: Decimal,
    /// The smallest part (but the last).
    pub min_part: Decimal,
    /// The largest part.
    pub max_part: Decimal,
    /// The most parts.
    pub max_parts: Decimal,
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
    smallest_part_formula(bytes, min_part, max_parts).eval()
}

fn smallest_part_formula(bytes: Decimal, min_part: Decimal, max_parts: Decimal) -> Expr {
    Expr::max(vec![
        Expr::quantity("object_bytes", bytes, Unit::Bytes)
            .over(Expr::quantity("max_parts", max_parts, Unit::Count))
            .ceil(),
        Expr::quantity("min_part_bytes", min_part, Unit::Bytes),
    ])
}

/// What each step of `s3 multipart` computes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum PartStep {
    /// The largest single PUT, against which the object is compared.
    SinglePut,
    /// The smallest part size for at most the maximum number of parts.
    SmallestPart,
    /// Parts of the part size used.
    Parts {
        /// The part size, in bytes.
        part_bytes: Decimal,
    },
    /// The last part, which may be smaller.
    LastPart,
}

/// `s3 multipart`, computed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Upload {
    /// The object's bytes.
    pub bytes: Decimal,
    /// The part size given, in bytes.
    pub part_size_bytes: Option<Decimal>,
    /// Whether one PUT carries the object.
    pub single_put: bool,
    /// The smallest part size for at most the maximum number of parts.
    pub smallest_part_bytes: Decimal,
    /// Parts.
    pub parts: Decimal,
    /// The part size used.
    pub part_bytes: Decimal,
    /// The last part's bytes.
    pub last_part_bytes: Decimal,
    /// The limits in force.
    pub limits: PartLimits,
    /// The size from which AWS advises multipart upload, when the object is at least that.
    pub advised_from: Option<Decimal>,
    /// Parts with KB, MB and GB taken as powers of 1,000 (a reading), for a given part size.
    pub parts_decimal_units: Option<Decimal>,
    /// The S3 limits the upload as asked breaks, in the order checked; empty when it is
    /// within every limit.
    pub broken: Vec<Broken>,
    /// The smallest part size within S3's limits that uploads the object in at most the
    /// most parts; `None` when no part size works (an object above the maximum object
    /// size, or one that 10,000 parts of the largest part cannot carry).
    pub fitting_part_bytes: Option<Decimal>,
    /// The derivation.
    pub steps: Vec<Step<PartStep>>,
}

impl Upload {
    /// Whether the upload as asked is within every S3 multipart limit.
    #[must_use]
    pub fn within_limit(&self) -> bool {
        self.broken.is_empty()
    }
}

/// An S3 multipart limit an upload breaks: an answer (the count and the limit), not bad
/// input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Broken {
    /// The object is above the maximum object size: no part size works.
    ObjectTooLarge,
    /// The part size is below the smallest part.
    PartTooSmall,
    /// The part size is above the largest part.
    PartTooLarge,
    /// More parts than S3 takes.
    TooManyParts,
}

impl Broken {
    /// The limit's name in JSON: `max_object_bytes`, `min_part_bytes`, `max_part_bytes`,
    /// `max_parts`.
    #[must_use]
    pub fn limit_name(self) -> &'static str {
        match self {
            Broken::ObjectTooLarge => "max_object_bytes",
            Broken::PartTooSmall => "min_part_bytes",
            Broken::PartTooLarge => "max_part_bytes",
            Broken::TooManyParts => "max_parts",
        }
    }
}

/// `awscalc s3 multipart`: single PUT or not, the part size and the number of parts.
///
/// ```
/// use awscalc::calc::s3::transfer::{multipart, Broken, Multipart};
/// use awscalc::facts::{FactBook, Registry};
///
/// // 6 GB in parts of 100 MiB: ceil(6,442,450,944 / 104,857,600) = 62 parts.
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 11, 30));
/// let request = Multipart {
///     size: "6gb".parse().unwrap(),
///     part_size: Some("100mib".parse().unwrap()),
/// };
/// let upload = multipart(&request, &mut book).unwrap();
/// assert_eq!(upload.parts, 62.into());
/// assert!(!upload.single_put);
///
/// // A 1 MiB part is below S3's 5 MiB minimum: an answer with a verdict, and the
/// // smallest part that fits (5 MiB, S3's minimum, as 6 GB / 10,000 is less).
/// let small = Multipart { part_size: Some("1mib".parse().unwrap()), ..request };
/// let upload = multipart(&small, &mut book).unwrap();
/// assert!(!upload.within_limit());
/// assert_eq!(upload.broken, [Broken::PartTooSmall]);
/// assert_eq!(upload.fitting_part_bytes, Some(5_242_880.into()));
/// ```
///
/// A limit broken (object above the maximum size, part size out of range, more than
/// 10,000 parts) is an answer: [`Upload::broken`] names it.
///
/// # Errors
/// Size errors (bad input) only.
pub fn multipart(request: &Multipart, book: &mut FactBook) -> Result<Upload, Error> {
    let limits = PartLimits {
        max_object: book.value(fact::MAX_OBJECT_BYTES)?,
        single_put: book.value(fact::SINGLE_PUT_MAX_BYTES)?,
        min_part: book.value(fact::MULTIPART_MIN_PART_BYTES)?,
        max_part: book.value(fact::MULTIPART_MAX_PART_BYTES)?,
        max_parts: book.value(fact::MULTIPART_MAX_PARTS)?,
    };
    let bytes = object_bytes(&request.size, KbConvention::Binary)?;
    let mut broken = Vec::new();
    if bytes > limits.max_object {
        broken.push(Broken::ObjectTooLarge);
    }
    let single_put = bytes <= limits.single_put;
    let mut steps = vec![Step::new(
        PartStep::SinglePut,
        Expr::quantity("single_put_bytes", limits.single_put, Unit::Bytes),
    )?];
    let smallest = Step::new(
        PartStep::SmallestPart,
        smallest_part_formula(bytes, limits.min_part, limits.max_parts),
    )?;
    let smallest_part_bytes = smallest.value;
    steps.push(smallest);
    let part_size_bytes = match &request.part_size {
        Some(size) => {
            let part = object_bytes(size, KbConvention::Binary)?;
            if part < limits.min_part {
                broken.push(Broken::PartTooSmall);
            } else if part > limits.max_part {
                broken.push(Broken::PartTooLarge);
            }
            Some(part)
        }
        None => None,
    };
    let part = part_size_bytes.unwrap_or(smallest_part_bytes);
    let parts_step = Step::new(
        PartStep::Parts { part_bytes: part },
        Expr::quantity("object_bytes", bytes, Unit::Bytes)
            .over(Expr::quantity("part_bytes", part, Unit::Bytes))
            .ceil(),
    )?;
    let parts = parts_step.value;
    if parts > limits.max_parts {
        broken.push(Broken::TooManyParts);
    }
    if part_size_bytes.is_none() && smallest_part_bytes > limits.max_part && broken.is_empty() {
        // No part size within S3's limits carries the object in 10,000 parts.
        broken.push(Broken::PartTooLarge);
    }
    let last = Step::new(
        PartStep::LastPart,
        Expr::quantity("object_bytes", bytes, Unit::Bytes).minus(
            Expr::earlier("parts", &parts_step)
                .minus(Expr::number(Decimal::ONE))
                .times(Expr::quantity("part_bytes", part, Unit::Bytes)),
        ),
    )?;
    let last_part_bytes = last.value;
    steps.extend([parts_step, last]);
    let advised = book.value(fact::MULTIPART_ADVISED_BYTES)?;
    let fitting_part_bytes = (bytes <= limits.max_object && smallest_part_bytes <= limits.max_part)
        .then_some(smallest_part_bytes);
    let parts_decimal_units = match (
        object_bytes(&request.size, KbConvention::Decimal),
        request
            .part_size
            .as_ref()
            .and_then(|p| object_bytes(p, KbConvention::Decimal).ok()),
    ) {
        (Ok(d_bytes), Some(d_part)) => ceil_div(d_bytes, d_part).ok(),
        _ => None,
    };
    Ok(Upload {
        bytes,
        part_size_bytes,
        single_put,
        smallest_part_bytes,
        parts,
        part_bytes: part,
        last_part_bytes,
        limits,
        advised_from: (bytes >= advised).then_some(advised),
        parts_decimal_units,
        broken,
        fitting_part_bytes,
        steps,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::testing::book;
    use crate::facts::Registry;
    use jiff::civil::date;

    fn need(result: &Prefixes) -> (Decimal, &[KindDemand], Decimal) {
        match &result.answer {
            PrefixAnswer::Need {
                prefixes,
                kinds,
                summed,
                ..
            } => (*prefixes, kinds, *summed),
            other @ PrefixAnswer::Sustain { .. } => panic!("{other:?}"),
        }
    }

    /// The issue's example: 30,000 GET/s → ceil(30,000 / 5,500) = 6; 7,000 PUT/s →
    /// ceil(7,000 / 3,500) = 2; a prefix serves both: 6 (added, wrongly: 8).
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
        let (needed, kinds, summed) = need(&r);
        assert_eq!(needed, Decimal::from(6));
        assert_eq!(kinds[0].kind, RequestKind::Get);
        assert_eq!(kinds[0].prefixes, Decimal::from(6));
        assert_eq!(kinds[1].prefixes, Decimal::from(2));
        assert_eq!(summed, Decimal::from(8));
        let whats: Vec<PrefixStep> = r.steps.iter().map(|s| s.what).collect();
        assert_eq!(
            whats,
            vec![
                PrefixStep::ForKind {
                    kind: RequestKind::Get,
                    per_prefix: 5500.into()
                },
                PrefixStep::ForKind {
                    kind: RequestKind::Put,
                    per_prefix: 3500.into()
                },
                PrefixStep::Needed { both: true },
            ]
        );
        // The pre-2018 guidance read as a rate: ceil(30,000 / 300) = 100.
        assert!(matches!(
            r.answer,
            PrefixAnswer::Need { by_old_guidance: Some(n), .. } if n == Decimal::from(100)
        ));
    }

    /// A rate per hour is used exactly: 19,800,001/h is just above 5,500/s (5,500 × 3,600 =
    /// 19,800,000), so 2 prefixes, though its rate shows as 5,500.000278.
    #[test]
    fn a_rate_just_above_the_limit_needs_another_prefix() {
        let r = prefixes(
            &PrefixQuestion::Rates {
                get: Some("19800001/h".parse().unwrap()),
                put: None,
            },
            &mut book(),
        )
        .unwrap();
        assert_eq!(need(&r).0, Decimal::from(2));
        assert_eq!(
            need(&r).1[0].per_second,
            "5500.000278".parse::<Decimal>().unwrap()
        );
        assert_eq!(
            r.steps.last().unwrap().what,
            PrefixStep::Needed { both: false }
        );
    }

    /// Study notes B15 (002:233): 20 prefixes × 5,500 = 110,000 GET/s; × 3,500 = 70,000 PUT/s.
    #[test]
    fn study_notes_b15_20_prefixes_sustain_110000_gets() {
        let r = prefixes(&PrefixQuestion::Prefixes(20), &mut book()).unwrap();
        assert_eq!(
            r.answer,
            PrefixAnswer::Sustain {
                prefixes: 20.into(),
                get_per_second: 110_000.into(),
                put_per_second: 70_000.into()
            }
        );
    }

    /// Before 2018-07-17 (no per-prefix rate) and with no rate: typed refusals.
    #[test]
    fn refusals_are_typed() {
        let ask =
            |q: &PrefixQuestion, day| prefixes(q, &mut FactBook::new(Registry::builtin(), day));
        let rates = PrefixQuestion::Rates {
            get: Some("600/s".parse().unwrap()),
            put: None,
        };
        assert_eq!(
            ask(&rates, date(2018, 1, 1)).unwrap_err(),
            Error::S3(Problem::NoPrefixRateYet {
                as_of: date(2018, 1, 1),
                since: Some(date(2018, 7, 17)),
                guidance: Some((300.into(), 100.into())),
            })
        );
        let none = PrefixQuestion::Rates {
            get: None,
            put: None,
        };
        assert_eq!(
            ask(&none, date(2026, 1, 1)).unwrap_err(),
            Error::S3(Problem::NoRate)
        );
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
        assert!(!r.single_put);
        assert_eq!(r.parts, Decimal::from(62));
        assert_eq!(r.part_bytes, Decimal::from(104_857_600));
        // 6,442,450,944 - 61 × 104,857,600 = 46,137,344.
        assert_eq!(r.last_part_bytes, Decimal::from(46_137_344));
        // 6 GB = 6,000,000,000 in powers of 1,000, 100 MiB still 104,857,600: 58 parts.
        assert_eq!(r.parts_decimal_units, Some(Decimal::from(58)));
        let whats: Vec<PartStep> = r.steps.iter().map(|s| s.what).collect();
        assert_eq!(
            whats,
            vec![
                PartStep::SinglePut,
                PartStep::SmallestPart,
                PartStep::Parts {
                    part_bytes: 104_857_600.into()
                },
                PartStep::LastPart
            ]
        );
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
        assert_eq!(r.smallest_part_bytes, Decimal::from(109_951_163));
        assert_eq!(r.parts, Decimal::from(10_000));
    }

    /// Parts of 1 MiB are under the 5 MiB minimum; 1 GiB in parts of 5 MiB is 205 parts,
    /// fine, but 100 GiB in parts of 5 MiB is 20,480 parts, over 10,000: answers with a
    /// verdict, not errors.
    #[test]
    fn part_limits_are_verdicts() {
        let ask = |size: &str, part: &str| {
            multipart(
                &Multipart {
                    size: size.parse().unwrap(),
                    part_size: Some(part.parse().unwrap()),
                },
                &mut book(),
            )
        };
        // 1 GiB / 1 MiB = 1,024 parts, within 10,000, but the part is under 5 MiB.
        let small = ask("1gib", "1mib").unwrap();
        assert_eq!(small.broken, [Broken::PartTooSmall]);
        assert_eq!(small.parts, Decimal::from(1024));
        // 1 GiB / 10,000 < 5 MiB: the smallest part that fits is S3's minimum.
        assert_eq!(small.fitting_part_bytes, Some(Decimal::from(5_242_880)));
        let fine = ask("1gib", "5mib").unwrap();
        assert_eq!(fine.parts, Decimal::from(205));
        assert!(fine.within_limit());
        let many = ask("100gib", "5mib").unwrap();
        assert_eq!(many.broken, [Broken::TooManyParts]);
        assert_eq!(many.parts, Decimal::from(20_480));
        assert_eq!(many.limits.max_parts, Decimal::from(10_000));
        // ceil(107,374,182,400 / 10,000) = ceil(10,737,418.24) = 10,737,419 bytes.
        assert_eq!(many.fitting_part_bytes, Some(Decimal::from(10_737_419)));
        // 6 GiB = 6,442,450,944 bytes in parts of 6 GiB: above the 5 GiB largest part.
        let large = ask("6gib", "6gib").unwrap();
        assert_eq!(large.broken, [Broken::PartTooLarge]);
        assert_eq!(large.parts, Decimal::ONE);
    }

    /// The issue's case: 2 TiB = 2,199,023,255,552 bytes in parts of 100 MiB
    /// (104,857,600 bytes) is 20,971.52 -> 20,972 parts, over 10,000; the smallest part
    /// for 10,000 parts is ceil(219,902,325.5552) = 219,902,326 bytes.
    #[test]
    fn two_tib_in_100_mib_parts_is_over_the_limit() {
        let r = multipart(
            &Multipart {
                size: "2tib".parse().unwrap(),
                part_size: Some("100mib".parse().unwrap()),
            },
            &mut book(),
        )
        .unwrap();
        assert_eq!(r.bytes, Decimal::from(2_199_023_255_552_u64));
        assert_eq!(r.parts, Decimal::from(20_972));
        assert_eq!(r.broken, [Broken::TooManyParts]);
        assert!(!r.within_limit());
        assert_eq!(r.fitting_part_bytes, Some(Decimal::from(219_902_326)));
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
        let before = ask(date(2025, 1, 1)).unwrap();
        assert_eq!(before.broken, [Broken::ObjectTooLarge]);
        assert_eq!(before.fitting_part_bytes, None);
        assert!(ask(date(2025, 12, 2)).unwrap().within_limit());
    }
}
