//! Quantities typed by a person: sizes and rates, with one documented grammar.
//!
//! # Sizes
//!
//! A size is a positive number followed by an optional unit, case-insensitive,
//! with or without a space: `5kb`, `5 KB`, `3.5KB`, `512b`, `400KiB`, `1mb`.
//!
//! | unit | meaning |
//! |---|---|
//! | `b`, `byte`, `bytes` | bytes |
//! | `k`, `kb` | kilobyte: **1,024 bytes where AWS says so** (DynamoDB), 1,000 under the decimal reading |
//! | `kib` | kibibyte, always 1,024 bytes |
//! | `m`, `mb` / `mib` | 1,024² (or 1,000²) / always 1,024² bytes |
//! | `g`, `gb` / `gib` | 1,024³ (or 1,000³) / always 1,024³ bytes |
//! | `t`, `tb` / `tib` | 1,024⁴ (or 1,000⁴) / always 1,024⁴ bytes |
//!
//! A bare number (`5`) has no unit; each calculator says what it means (DynamoDB item
//! sizes: KB). The unit as written is kept, so a calculator can show what the other
//! reading of "KB" would give.
//!
//! # Rates
//!
//! A positive number, optionally per a time unit: `100`, `100/s`, `600/min`,
//! `36000/h`, `2/day`, `600 per minute`. A bare number is per second. Spellings: `s`, `sec`, `second(s)`;
//! `m`, `min`, `minute(s)`; `h`, `hr`, `hour(s)`; `d`, `day(s)` ([`time_unit_seconds`], the one
//! table of time-unit words, which S3 restore deadlines and Kinesis retention read too).
//!
//! # Limits
//!
//! Sizes up to 1 EiB and rates up to 10^12 per second are accepted; beyond that the
//! input is refused with an error rather than risking an overflow.

use std::fmt;
use std::str::FromStr;

use rust_decimal::Decimal;

use crate::error::Error;

/// The largest size accepted, in bytes: 1 EiB.
pub const MAX_SIZE_BYTES: Decimal = Decimal::from_parts(0, 0x1000_0000, 0, false, 0);
/// The largest rate accepted, in events per second: 10^12.
pub const MAX_RATE_PER_SECOND: Decimal = Decimal::from_parts(0xD4A5_1000, 0xE8, 0, false, 0);

const ACCEPTED_SIZES: &str =
    "a positive number with an optional unit: 5kb, 5 KB, 3.5kb, 512b, 400KiB, 1mb";
const ACCEPTED_RATES: &str =
    "a positive number, optionally per time unit: 100, 100/s, 600/min, 36000/h";

/// The unit a size was written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SizeUnit {
    /// Bytes.
    Byte,
    /// `kb`: 1,024 or 1,000 bytes depending on the convention.
    Kilo,
    /// `kib`: 1,024 bytes.
    Kibi,
    /// `mb`.
    Mega,
    /// `mib`.
    Mebi,
    /// `gb`.
    Giga,
    /// `gib`.
    Gibi,
    /// `tb`.
    Tera,
    /// `tib`.
    Tebi,
}

/// How to read the ambiguous `KB`, `MB`, `GB`, `TB`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KbConvention {
    /// 1 KB = 1,024 bytes, as DynamoDB documents.
    Binary,
    /// 1 KB = 1,000 bytes, the SI reading many learners assume.
    Decimal,
}

impl SizeUnit {
    /// Bytes in one of this unit under `convention`.
    #[must_use]
    pub fn bytes(self, convention: KbConvention) -> Decimal {
        let (power, binary) = match self {
            SizeUnit::Byte => (0, true),
            SizeUnit::Kilo => (1, convention == KbConvention::Binary),
            SizeUnit::Kibi => (1, true),
            SizeUnit::Mega => (2, convention == KbConvention::Binary),
            SizeUnit::Mebi => (2, true),
            SizeUnit::Giga => (3, convention == KbConvention::Binary),
            SizeUnit::Gibi => (3, true),
            SizeUnit::Tera => (4, convention == KbConvention::Binary),
            SizeUnit::Tebi => (4, true),
        };
        let base = Decimal::from(if binary { 1024 } else { 1000 });
        (0..power).fold(Decimal::ONE, |acc, _| acc * base)
    }

    /// Whether the convention changes this unit (`kb` yes, `kib` and `b` no).
    #[must_use]
    pub fn is_ambiguous(self) -> bool {
        matches!(
            self,
            SizeUnit::Kilo | SizeUnit::Mega | SizeUnit::Giga | SizeUnit::Tera
        )
    }

    /// The unit's short name as AWS writes it.
    #[must_use]
    pub fn symbol(self) -> &'static str {
        match self {
            SizeUnit::Byte => "bytes",
            SizeUnit::Kilo => "KB",
            SizeUnit::Kibi => "KiB",
            SizeUnit::Mega => "MB",
            SizeUnit::Mebi => "MiB",
            SizeUnit::Giga => "GB",
            SizeUnit::Gibi => "GiB",
            SizeUnit::Tera => "TB",
            SizeUnit::Tebi => "TiB",
        }
    }

    fn parse(word: &str) -> Option<SizeUnit> {
        Some(match word.to_ascii_lowercase().as_str() {
            "b" | "byte" | "bytes" => SizeUnit::Byte,
            "k" | "kb" => SizeUnit::Kilo,
            "kib" => SizeUnit::Kibi,
            "m" | "mb" => SizeUnit::Mega,
            "mib" => SizeUnit::Mebi,
            "g" | "gb" => SizeUnit::Giga,
            "gib" => SizeUnit::Gibi,
            "t" | "tb" => SizeUnit::Tera,
            "tib" => SizeUnit::Tebi,
            _ => return None,
        })
    }
}

/// A size as the user wrote it: a number and, optionally, a unit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Size {
    value: Decimal,
    unit: Option<SizeUnit>,
    text: String,
}

impl Size {
    /// A size in whole bytes, as if the user had written `N b`.
    #[must_use]
    pub fn from_bytes(bytes: u64) -> Size {
        Size {
            value: Decimal::from(bytes),
            unit: Some(SizeUnit::Byte),
            text: format!("{bytes}b"),
        }
    }

    /// The number as written.
    #[must_use]
    pub fn value(&self) -> Decimal {
        self.value
    }

    /// The unit as written, if any.
    #[must_use]
    pub fn unit(&self) -> Option<SizeUnit> {
        self.unit
    }

    /// The text as the user typed it, trimmed.
    #[must_use]
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The unit to use: the one written, or `default` for a bare number.
    #[must_use]
    pub fn unit_or(&self, default: SizeUnit) -> SizeUnit {
        self.unit.unwrap_or(default)
    }

    /// The size in bytes, exactly, with `default` for a bare number.
    ///
    /// # Errors
    /// [`Error::TooLarge`] above [`MAX_SIZE_BYTES`].
    pub fn bytes(&self, default: SizeUnit, convention: KbConvention) -> Result<Decimal, Error> {
        let bytes = self
            .value
            .checked_mul(self.unit_or(default).bytes(convention))
            .filter(|b| *b <= MAX_SIZE_BYTES)
            .ok_or_else(|| Error::TooLarge {
                what: "size",
                input: self.text.clone(),
                max: "1 EiB".into(),
            })?;
        Ok(bytes.normalize())
    }

    /// The size in bytes and how it was read: `5 KB × 1,024 = 5,120 bytes`, or
    /// `512 bytes` when given in bytes.
    ///
    /// # Errors
    /// As [`Size::bytes`].
    pub fn explain(
        &self,
        default: SizeUnit,
        convention: KbConvention,
    ) -> Result<(Decimal, String), Error> {
        let bytes = self.bytes(default, convention)?;
        let unit = self.unit_or(default);
        let text = if unit == SizeUnit::Byte {
            format!("{} bytes", group(bytes))
        } else {
            format!(
                "{} {} × {} = {} bytes",
                group(self.value),
                unit.symbol(),
                group(unit.bytes(convention)),
                group(bytes)
            )
        };
        Ok((bytes, text))
    }

    /// Whether reading `KB` as 1,000 bytes would change this size.
    #[must_use]
    pub fn is_ambiguous(&self, default: SizeUnit) -> bool {
        self.unit_or(default).is_ambiguous()
    }
}

impl fmt::Display for Size {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl FromStr for Size {
    type Err = Error;

    fn from_str(input: &str) -> Result<Size, Error> {
        let text = input.trim();
        let bad = |reason: String| Error::InvalidSize {
            input: text.to_string(),
            reason,
            accepted: ACCEPTED_SIZES,
        };
        let (value, rest) = leading_number(text, "size", bad)?;
        let word = rest.trim();
        let unit = if word.is_empty() {
            None
        } else {
            Some(SizeUnit::parse(word).ok_or_else(|| bad(format!("unknown unit `{word}`")))?)
        };
        if value > MAX_SIZE_BYTES {
            return Err(Error::TooLarge {
                what: "size",
                input: text.to_string(),
                max: "1 EiB".into(),
            });
        }
        Ok(Size {
            value,
            unit,
            text: text.to_string(),
        })
    }
}

/// A size that must carry its unit, for an option where no unit is obvious for a bare number
/// (`kinesis --max-record-size`: records are sized in KB, their maximum in MiB).
///
/// ```
/// use awscalc::units::parse_size_with_unit;
/// assert!(parse_size_with_unit("2mib").is_ok());
/// let err = parse_size_with_unit("2").unwrap_err().to_string();
/// assert!(err.contains("`2`") && err.contains("no unit"), "{err}");
/// ```
///
/// # Errors
/// As [`Size`]'s parse, and [`Error::InvalidSize`] for a bare number.
pub fn parse_size_with_unit(text: &str) -> Result<Size, Error> {
    let size: Size = text.parse()?;
    if size.unit().is_none() {
        return Err(Error::InvalidSize {
            input: size.text().to_string(),
            reason: "it has no unit, and none is obvious here".into(),
            accepted: "a positive number and a unit: 2mib, 1.5 MiB, 2048kb",
        });
    }
    Ok(size)
}

/// A rate: a count per a span of seconds (`600/min` is 600 per 60 s), kept exact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rate {
    count: Decimal,
    per_seconds: u32,
    text: String,
}

impl Rate {
    /// A rate of `count` per second.
    ///
    /// # Errors
    /// When `count` is not positive or above [`MAX_RATE_PER_SECOND`].
    pub fn per_second(count: Decimal) -> Result<Rate, Error> {
        format!("{count}/s").parse()
    }

    /// The count as written (600 in `600/min`).
    #[must_use]
    pub fn count(&self) -> Decimal {
        self.count
    }

    /// The span in seconds the count is per (60 in `600/min`).
    #[must_use]
    pub fn per_seconds(&self) -> u32 {
        self.per_seconds
    }

    /// The text as the user typed it, trimmed.
    #[must_use]
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Events per second, rounded to 28 significant digits when not exact (`100/min`).
    #[must_use]
    pub fn as_per_second(&self) -> Decimal {
        (self.count / Decimal::from(self.per_seconds)).normalize()
    }

    /// Whether [`Rate::as_per_second`] is exact.
    #[must_use]
    pub fn is_exact_per_second(&self) -> bool {
        self.as_per_second() * Decimal::from(self.per_seconds) == self.count
    }

    /// `count × factor ÷ per_seconds`, rounded up to a whole number, exactly.
    ///
    /// # Errors
    /// [`Error::Overflow`] when the product does not fit.
    pub fn ceil_times(&self, factor: Decimal) -> Result<Decimal, Error> {
        let product = self.count.checked_mul(factor).ok_or(Error::Overflow)?;
        ceil_div(product, Decimal::from(self.per_seconds))
    }

    /// The span's name for display: `second`, `minute`, `hour`, `day`, or `N s`.
    #[must_use]
    pub fn span_name(&self) -> String {
        match self.per_seconds {
            1 => "second".into(),
            60 => "minute".into(),
            3600 => "hour".into(),
            86_400 => "day".into(),
            n => format!("{n} s"),
        }
    }
}

impl fmt::Display for Rate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl FromStr for Rate {
    type Err = Error;

    fn from_str(input: &str) -> Result<Rate, Error> {
        let text = input.trim();
        let bad = |reason: String| Error::InvalidRate {
            input: text.to_string(),
            reason,
            accepted: ACCEPTED_RATES,
        };
        let (count, rest) = leading_number(text, "rate", bad)?;
        let rest = rest.trim();
        let per_seconds = if rest.is_empty() {
            1
        } else {
            let lower = rest.to_ascii_lowercase();
            let word = rest
                .strip_prefix('/')
                .or_else(|| lower.strip_prefix("per ").map(|_| &rest[4..]))
                .map(str::trim)
                .ok_or_else(|| bad(format!("expected `/` and a time unit, found `{rest}`")))?;
            time_unit_seconds(word).ok_or_else(|| bad(format!("unknown time unit `{word}`")))?
        };
        if count / Decimal::from(per_seconds) > MAX_RATE_PER_SECOND {
            return Err(Error::TooLarge {
                what: "rate",
                input: text.to_string(),
                max: "1,000,000,000,000 per second".into(),
            });
        }
        Ok(Rate {
            count,
            per_seconds,
            text: text.to_string(),
        })
    }
}

/// Seconds in a time unit, the one table of time-unit words every grammar uses (rates,
/// throughputs, Kinesis retention, S3 restore deadlines): `s` 1, `m`/`min` 60, `h` 3,600,
/// `d`/`day` 86,400, with the plural and short spellings, in any case.
///
/// ```
/// use awscalc::units::time_unit_seconds;
/// assert_eq!(time_unit_seconds("min"), Some(60));
/// assert_eq!(time_unit_seconds(" Hours"), Some(3600));
/// assert_eq!(time_unit_seconds("fortnight"), None);
/// ```
#[must_use]
pub fn time_unit_seconds(word: &str) -> Option<u32> {
    Some(match word.trim().to_ascii_lowercase().as_str() {
        "s" | "sec" | "secs" | "second" | "seconds" => 1,
        "m" | "min" | "mins" | "minute" | "minutes" => 60,
        "h" | "hr" | "hrs" | "hour" | "hours" => 3600,
        "d" | "day" | "days" => 86_400,
        _ => return None,
    })
}

const ACCEPTED_THROUGHPUTS: &str =
    "a size per time unit: 4.5mb/s, 500 KB/s, 600 MiB/s, 600mibps, 60gb per hour";

/// Data per unit of time, as typed: `4.5mb/s`, `500 KB/s`, `600 MiB/s`, `600mibps`,
/// `60gb per hour`.
///
/// A [`Size`], then `/` or ` per ` and a time unit of the rate grammar, or `ps` for per
/// second. With no time unit (`600`, `600mib`), it is per second. Each calculator says
/// what a bare number means (Kinesis: MB; EBS: MiB). `mbps`, `gbps` and `kbps` are refused:
/// they usually mean bits, and AWS states these throughputs in bytes.
///
/// ```
/// use awscalc::units::Throughput;
/// let t: Throughput = "4.5mb/s".parse().unwrap();
/// assert_eq!(t.per_seconds(), 1);
/// assert!("100mbps".parse::<Throughput>().is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Throughput {
    size: Size,
    per_seconds: u32,
    text: String,
}

impl Throughput {
    /// The size per span, as typed (`4.5mb` in `4.5mb/s`).
    #[must_use]
    pub fn size(&self) -> &Size {
        &self.size
    }

    /// The span in seconds (1 in `4.5mb/s`, 3,600 in `60gb/h`).
    #[must_use]
    pub fn per_seconds(&self) -> u32 {
        self.per_seconds
    }

    /// The text as typed, trimmed.
    #[must_use]
    pub fn text(&self) -> &str {
        &self.text
    }
}

impl fmt::Display for Throughput {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl FromStr for Throughput {
    type Err = Error;

    fn from_str(input: &str) -> Result<Throughput, Error> {
        let text = input.trim();
        let bad = |reason: String| Error::InvalidRate {
            input: text.to_string(),
            reason,
            accepted: ACCEPTED_THROUGHPUTS,
        };
        let lower = text.to_ascii_lowercase();
        let unit_word = lower.trim_start_matches(|c: char| !c.is_ascii_alphabetic());
        for bits in ["kbps", "mbps", "gbps", "tbps", "kbit", "mbit", "gbit"] {
            if unit_word.starts_with(bits) {
                return Err(bad(format!(
                    "`{}` usually means bits; give bytes, like 100 MiB/s",
                    &text[text.len() - unit_word.len()..]
                )));
            }
        }
        let (size_text, span) = if let Some((size, span)) = text.split_once('/') {
            (size, Some(span))
        } else if let Some(at) = lower.find(" per ") {
            (&text[..at], Some(&text[at + 5..]))
        } else if lower.ends_with("ps") && !unit_word.is_empty() && unit_word.len() > 2 {
            (&text[..text.len() - 2], Some("s"))
        } else {
            (text, None)
        };
        if text.is_empty() {
            return Err(bad("it is empty".into()));
        }
        let size: Size = size_text.parse().map_err(|e| match e {
            Error::NotPositive { .. } => Error::NotPositive {
                what: "throughput",
                input: text.to_string(),
            },
            Error::TooLarge { max, .. } => Error::TooLarge {
                what: "throughput",
                input: text.to_string(),
                max,
            },
            _ => bad(format!("`{}` is not a size", size_text.trim())),
        })?;
        let per_seconds = match span {
            None => 1,
            Some(span) => time_unit_seconds(span)
                .ok_or_else(|| bad(format!("unknown time unit `{}`", span.trim())))?,
        };
        Ok(Throughput {
            size,
            per_seconds,
            text: text.to_string(),
        })
    }
}

const ACCEPTED_BIT_RATES: &str =
    "bits per second, decimal as links are sold: 5gbps, 1.25 Gbps, 500mbps, 800 Mbit/s, 10gbit/s";

/// A decimal multiple of bits per second, as network links and VPN tunnels are sold: `k`
/// 10^3, `m` 10^6, `g` 10^9, `t` 10^12 (never 1,024-based).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BitUnit {
    /// bits per second (`bps`).
    Bps,
    /// kilobits per second (`kbps`), 10^3.
    Kbps,
    /// megabits per second (`mbps`), 10^6.
    Mbps,
    /// gigabits per second (`gbps`), 10^9.
    Gbps,
    /// terabits per second (`tbps`), 10^12.
    Tbps,
}

impl BitUnit {
    /// Bits per second in one of this unit.
    #[must_use]
    pub fn bits_per_second(self) -> Decimal {
        Decimal::from(match self {
            BitUnit::Bps => 1_u64,
            BitUnit::Kbps => 1_000,
            BitUnit::Mbps => 1_000_000,
            BitUnit::Gbps => 1_000_000_000,
            BitUnit::Tbps => 1_000_000_000_000,
        })
    }

    /// The symbol as AWS writes it: `Gbps`.
    #[must_use]
    pub fn symbol(self) -> &'static str {
        match self {
            BitUnit::Bps => "bps",
            BitUnit::Kbps => "Kbps",
            BitUnit::Mbps => "Mbps",
            BitUnit::Gbps => "Gbps",
            BitUnit::Tbps => "Tbps",
        }
    }
}

/// A bit rate as typed: `5gbps`, `1.25 Gbps`, `500mbps`, `800 Mbit/s`: a positive number
/// and a decimal bits-per-second unit (`bps`, `kbps`, `mbps`, `gbps`, `tbps`, or `bit/s`
/// with the same prefixes), case-insensitive, with or without a space. A bare number has
/// no unit: the calculator says what it means (`vpn`: Gbps). Byte throughputs (`gb/s`,
/// `mib/s`) are refused: a link's bandwidth is in bits.
///
/// ```
/// use awscalc::units::{BitRate, BitUnit};
/// let r: BitRate = "1.25 Gbps".parse().unwrap();
/// assert_eq!(r.bits_per_second(BitUnit::Gbps).unwrap(), 1_250_000_000_u64.into());
/// assert!("5gb/s".parse::<BitRate>().is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BitRate {
    value: Decimal,
    unit: Option<BitUnit>,
    text: String,
}

impl BitRate {
    /// The number as typed.
    #[must_use]
    pub fn value(&self) -> Decimal {
        self.value
    }

    /// The unit as typed, if any.
    #[must_use]
    pub fn unit(&self) -> Option<BitUnit> {
        self.unit
    }

    /// The text as typed, trimmed.
    #[must_use]
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Bits per second, a bare number read in `default`.
    ///
    /// # Errors
    /// [`Error::Overflow`] beyond exact arithmetic (not reached under the parse limits).
    pub fn bits_per_second(&self, default: BitUnit) -> Result<Decimal, Error> {
        self.value
            .checked_mul(self.unit.unwrap_or(default).bits_per_second())
            .ok_or(Error::Overflow)
    }
}

impl fmt::Display for BitRate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl FromStr for BitRate {
    type Err = Error;

    fn from_str(input: &str) -> Result<BitRate, Error> {
        let text = input.trim();
        let bad = |reason: String| Error::InvalidRate {
            input: text.to_string(),
            reason,
            accepted: ACCEPTED_BIT_RATES,
        };
        let (value, rest) = leading_number(text, "bit rate", bad)?;
        let word = rest.trim().to_ascii_lowercase();
        let unit = match word.as_str() {
            "" => None,
            "bps" | "bit/s" | "bits/s" => Some(BitUnit::Bps),
            "kbps" | "kbit/s" => Some(BitUnit::Kbps),
            "mbps" | "mbit/s" => Some(BitUnit::Mbps),
            "gbps" | "gbit/s" => Some(BitUnit::Gbps),
            "tbps" | "tbit/s" => Some(BitUnit::Tbps),
            other if other.contains('/') || other.ends_with('b') || other.ends_with("ib") => {
                return Err(bad(format!(
                    "`{}` is bytes, and a link's bandwidth is sold in bits; give bits per \
                     second, like 5gbps",
                    rest.trim()
                )))
            }
            _ => return Err(bad(format!("unknown unit `{}`", rest.trim()))),
        };
        // Past 10^15 bits per second (1,000 Tbps) no AWS link goes; the limit keeps the
        // arithmetic exact.
        let bits = value
            .checked_mul(unit.unwrap_or(BitUnit::Tbps).bits_per_second())
            .ok_or(Error::Overflow)?;
        if bits > Decimal::from(1_000_000_000_000_000_u64) {
            return Err(Error::TooLarge {
                what: "bit rate",
                input: text.to_string(),
                max: "1,000 Tbps".into(),
            });
        }
        Ok(BitRate {
            value,
            unit,
            text: text.to_string(),
        })
    }
}

/// The positive number a quantity starts with, and the rest of the text. `bad` turns a
/// reason into the quantity's own error (which lists its accepted forms).
///
/// # Errors
/// `bad`'s error for an empty text, no leading number or a malformed one;
/// [`Error::NotPositive`] and [`Error::TooLarge`] as [`parse_positive`] gives them.
pub fn leading_number<'t>(
    text: &'t str,
    what: &'static str,
    bad: impl Fn(String) -> Error,
) -> Result<(Decimal, &'t str), Error> {
    let (number, rest) = split_number(text);
    if number.is_empty() {
        return Err(bad(if text.is_empty() {
            "it is empty".into()
        } else {
            "it does not start with a number".into()
        }));
    }
    let value = parse_positive(number, text, what).map_err(|e| match e {
        Error::NotPositive { .. } | Error::TooLarge { .. } => e,
        _ => bad(format!("`{number}` is not a number")),
    })?;
    Ok((value, rest))
}

/// How a [`Duration`] is read: its name in messages, the unit a bare number is in (if
/// one may be bare), the smallest unit allowed, and the forms an error lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DurationGrammar {
    /// What the duration is, for messages: `retention`, `restore time`.
    pub what: &'static str,
    /// Seconds in the unit of a bare number (`48` as hours: 3,600); `None` requires a unit.
    pub bare_seconds: Option<u32>,
    /// The unit the duration is set in, in seconds (retention is set in whole hours: 3,600).
    /// Every time unit is accepted (`1440min` is 24 hours); the calculator checks that the
    /// duration comes to a whole number of this unit, and says so in its own words.
    pub smallest_unit_seconds: u32,
    /// The accepted forms, for error messages.
    pub accepted: &'static str,
}

/// A span of time as typed (`168h`, `7 days`, `90 min`), exactly, in seconds. The one
/// duration type: Kinesis retention and S3 restore deadlines are read through it, with the
/// unit words of [`time_unit_seconds`].
///
/// ```
/// use awscalc::units::{Duration, DurationGrammar};
///
/// let grammar = DurationGrammar {
///     what: "retention",
///     bare_seconds: Some(3600),
///     smallest_unit_seconds: 3600,
///     accepted: "hours or days, like 168h or 7d",
/// };
/// assert_eq!(Duration::parse("7d", &grammar).unwrap().seconds(), 604_800.into());
/// assert_eq!(Duration::parse("48", &grammar).unwrap().seconds(), 172_800.into());
/// assert_eq!(Duration::parse("1440min", &grammar).unwrap().seconds(), 86_400.into());
/// assert!(Duration::parse("30 fortnights", &grammar).is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Duration {
    seconds: Decimal,
    text: String,
}

impl Duration {
    /// Reads `input` by `grammar`.
    ///
    /// # Errors
    /// [`Error::InvalidDuration`] naming the input, the problem and the accepted forms;
    /// [`Error::NotPositive`] or [`Error::TooLarge`] for the number.
    pub fn parse(input: &str, grammar: &DurationGrammar) -> Result<Duration, Error> {
        let text = input.trim();
        let bad = |reason: String| Error::InvalidDuration {
            input: text.to_string(),
            reason,
            accepted: grammar.accepted,
        };
        let (value, unit) = leading_number(text, grammar.what, bad)?;
        let per = match unit.trim() {
            "" => grammar
                .bare_seconds
                .ok_or_else(|| bad("it has no unit".into()))?,
            word => time_unit_seconds(word)
                .ok_or_else(|| bad(format!("unknown unit `{}`", word.to_ascii_lowercase())))?,
        };
        let seconds = value
            .checked_mul(Decimal::from(per))
            .ok_or_else(|| Error::TooLarge {
                what: grammar.what,
                input: text.to_string(),
                max: "24 digits".into(),
            })?;
        Ok(Duration {
            seconds: seconds.normalize(),
            text: text.to_string(),
        })
    }

    /// The span in seconds, exactly.
    #[must_use]
    pub fn seconds(&self) -> Decimal {
        self.seconds
    }

    /// The text as typed, trimmed.
    #[must_use]
    pub fn text(&self) -> &str {
        &self.text
    }
}

/// What a whole number may be: its name in messages, its range, and the unit word its
/// maximum is said in.
///
/// Every whole number awscalc reads (counts of items, hosts, parts, prefixes and objects,
/// days, prefix lengths) goes through [`Whole::parse`], so they share one grammar: digits,
/// optionally grouped with `,` or `_` (`1,000`, `1_000`), an optional `+`, and a fraction
/// only if it is zero (`5.0`).
///
/// ```
/// use awscalc::units::Whole;
///
/// let days = Whole { what: "days", min: 0, max: 100_000, unit: " days" };
/// assert_eq!(days.parse("1_000").unwrap(), 1000);
/// assert_eq!(days.parse("0").unwrap(), 0);
/// assert_eq!(
///     days.parse("-3").unwrap_err().to_string(),
///     "invalid days `-3`: it cannot be negative; expected a whole number from 0 to 100,000"
/// );
/// let hosts = Whole { what: "hosts", min: 1, max: u128::MAX, unit: "" };
/// assert_eq!(hosts.parse("1,000").unwrap(), 1000);
/// assert_eq!(hosts.parse("2.5").unwrap_err().to_string(), "hosts `2.5` must be a whole number");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Whole {
    /// What the number counts, for messages: `items`, `days`.
    pub what: &'static str,
    /// The smallest value allowed (0 or 1 in practice).
    pub min: u128,
    /// The largest value allowed.
    pub max: u128,
    /// Said after the maximum in a message (` days`), or empty.
    pub unit: &'static str,
}

impl Whole {
    /// `a whole number from 0 to 100,000`; `a whole number, 1 or more` where the maximum is
    /// only there to keep figures exact (above a quadrillion).
    fn allowed(&self) -> String {
        if self.max >= 1_000_000_000_000_000 {
            format!("a whole number, {} or more", self.min)
        } else {
            format!(
                "a whole number from {} to {}",
                group_digits(&self.min.to_string()),
                group_digits(&self.max.to_string())
            )
        }
    }

    /// The number `text` writes, within the range.
    ///
    /// # Errors
    /// [`Error::NotPositive`] for zero or a negative number where the minimum is 1;
    /// [`Error::NotWhole`] for a fraction; [`Error::TooLarge`] above the maximum;
    /// [`Error::Invalid`] for anything else (text, a negative where 0 is allowed), each
    /// naming the input and what is allowed.
    pub fn parse(&self, text: &str) -> Result<u128, Error> {
        let input = text.trim();
        let invalid = |reason: &str| Error::Invalid {
            what: self.what,
            input: input.to_string(),
            reason: reason.to_string(),
            expected: self.allowed(),
        };
        let (negative, unsigned) = match input.as_bytes().first() {
            Some(b'-') => (true, &input[1..]),
            Some(b'+') => (false, &input[1..]),
            _ => (false, input),
        };
        let (int_part, fraction) = unsigned.split_once('.').unwrap_or((unsigned, ""));
        let grouped_ok = !int_part.is_empty()
            && int_part
                .bytes()
                .all(|b| b.is_ascii_digit() || b == b',' || b == b'_')
            && int_part.starts_with(|c: char| c.is_ascii_digit())
            && int_part.ends_with(|c: char| c.is_ascii_digit())
            && !int_part.contains(",,")
            && !int_part.contains("__");
        let fraction_ok = !unsigned.contains('.')
            || (!fraction.is_empty() && fraction.bytes().all(|b| b.is_ascii_digit()));
        if !grouped_ok || !fraction_ok {
            return Err(invalid(if input.is_empty() {
                "it is empty"
            } else {
                "it is not a whole number"
            }));
        }
        if fraction.bytes().any(|b| b != b'0') {
            return Err(Error::NotWhole {
                what: self.what,
                input: input.to_string(),
            });
        }
        let digits: String = int_part.chars().filter(char::is_ascii_digit).collect();
        let significant = digits.trim_start_matches('0');
        let too_large = || Error::TooLarge {
            what: self.what,
            input: input.to_string(),
            max: format!("{}{}", group_digits(&self.max.to_string()), self.unit),
        };
        let value: u128 = if significant.is_empty() {
            0
        } else if significant.len() > 39 {
            return Err(too_large());
        } else {
            significant.parse().map_err(|_| too_large())?
        };
        if negative && value > 0 {
            return Err(if self.min >= 1 {
                Error::NotPositive {
                    what: self.what,
                    input: input.to_string(),
                }
            } else {
                invalid("it cannot be negative")
            });
        }
        if value < self.min {
            return Err(if self.min == 1 {
                Error::NotPositive {
                    what: self.what,
                    input: input.to_string(),
                }
            } else {
                invalid("it is too small")
            });
        }
        if value > self.max {
            return Err(too_large());
        }
        Ok(value)
    }
}

/// A whole, positive number of `what` up to `max`, such as a count of items or units:
/// [`Whole::parse`] from 1.
///
/// # Errors
/// As [`Whole::parse`].
pub fn parse_whole(text: &str, what: &'static str, max: u64) -> Result<u64, Error> {
    whole_from(1, text, what, max)
}

/// A whole number of `what` from 0 up to `max`, where none is a question too (consumers
/// beside others, capacity used): [`Whole::parse`] from 0, so `00` is 0 and an error names
/// 0 as the least allowed.
///
/// ```
/// use awscalc::units::parse_whole_or_zero;
///
/// assert_eq!(parse_whole_or_zero("00", "consumers", 20).unwrap(), 0);
/// assert_eq!(
///     parse_whole_or_zero("x", "consumers", 20).unwrap_err().to_string(),
///     "invalid consumers `x`: it is not a whole number; expected a whole number from 0 to 20"
/// );
/// ```
///
/// # Errors
/// As [`Whole::parse`].
pub fn parse_whole_or_zero(text: &str, what: &'static str, max: u64) -> Result<u64, Error> {
    whole_from(0, text, what, max)
}

/// [`Whole::parse`] from `min` to `max`, as a `u64`.
fn whole_from(min: u64, text: &str, what: &'static str, max: u64) -> Result<u64, Error> {
    let value = Whole {
        what,
        min: u128::from(min),
        max: u128::from(max),
        unit: "",
    }
    .parse(text)?;
    Ok(u64::try_from(value).unwrap_or(max))
}

/// Hours in awscalc's month for a cost (30 days of 24 hours): `dynamodb modes`, `sqs`, `nat`
/// and `lambda` price a month of this length unless `--hours` (or `--requests`) says
/// otherwise. awscalc's convention, not an AWS number.
pub const MONTH_HOURS: u32 = 720;

/// Seconds in an hour.
pub const SECONDS_PER_HOUR: u32 = 3600;

/// A price the user typed, 0 or more, kept with its text: `0.005`, `$0.20`, `0.000_016_6667`.
/// awscalc holds no prices (they vary by Region and change); every cost is computed from these.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Price {
    value: Decimal,
    text: String,
}

impl Price {
    /// The price.
    #[must_use]
    pub fn value(&self) -> Decimal {
        self.value
    }
}

impl fmt::Display for Price {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl FromStr for Price {
    type Err = Error;

    fn from_str(input: &str) -> Result<Price, Error> {
        let text = input.trim();
        let number = text
            .strip_prefix('$')
            .unwrap_or(text)
            .trim()
            .replace('_', "");
        let bad = |reason: &str| Error::Invalid {
            what: "price",
            input: text.to_string(),
            reason: reason.to_string(),
            expected: "a price, 0 or more, like 0.005 or $0.20".to_string(),
        };
        let well_formed = !number.is_empty()
            && number
                .chars()
                .all(|c| c.is_ascii_digit() || c == '.' || c == '-')
            && number.chars().any(|c| c.is_ascii_digit());
        if !well_formed {
            return Err(bad("it is not a number"));
        }
        let value: Decimal = number.parse().map_err(|_| bad("it is not a number"))?;
        if value.is_sign_negative() {
            return Err(bad("it cannot be negative"));
        }
        Ok(Price {
            value: value.normalize(),
            text: text.to_string(),
        })
    }
}

/// A price, 0 or more, as a number: [`Price`]'s grammar.
///
/// # Errors
/// [`Error::Invalid`] naming the text when it is not a price.
pub fn parse_price(text: &str) -> Result<Decimal, Error> {
    text.parse::<Price>().map(|price| price.value())
}

/// Splits `"3.5 KB"` into `("3.5", " KB")`: the leading run of digits, `.`, `_`, signs.
fn split_number(text: &str) -> (&str, &str) {
    let end = text
        .char_indices()
        .find(|&(_, c)| !(c.is_ascii_digit() || c == '.' || c == '_' || c == '-' || c == '+'))
        .map_or(text.len(), |(i, _)| i);
    text.split_at(end)
}

/// Parses a plain decimal number (digits, one `.`, `_` separators) that must be above zero.
///
/// # Errors
/// [`Error::InvalidNumber`], [`Error::NotPositive`] or [`Error::TooLarge`].
pub fn parse_positive(number: &str, input: &str, what: &'static str) -> Result<Decimal, Error> {
    let cleaned: String = number.chars().filter(|&c| c != '_').collect();
    let negative = cleaned.starts_with('-');
    let digits = cleaned.trim_start_matches(['-', '+']);
    let well_formed = !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit() || c == '.')
        && digits.matches('.').count() <= 1
        && digits.chars().any(|c| c.is_ascii_digit())
        && cleaned.matches(['-', '+']).count() <= 1;
    if !well_formed {
        return Err(Error::InvalidNumber {
            input: input.to_string(),
        });
    }
    let integer_digits = digits
        .split('.')
        .next()
        .unwrap_or("")
        .trim_start_matches('0');
    if integer_digits.len() > 24 {
        return Err(Error::TooLarge {
            what,
            input: input.to_string(),
            max: "24 digits".into(),
        });
    }
    let value = Decimal::from_str(digits).map_err(|_| Error::InvalidNumber {
        input: input.to_string(),
    })?;
    if negative || value.is_zero() {
        return Err(Error::NotPositive {
            what,
            input: input.to_string(),
        });
    }
    Ok(value.normalize())
}

/// `n ÷ d` as a fraction of integers with a positive denominator: `1.5 ÷ 0.25` is
/// `150 / 25`. Exact: both are scaled to integers in `i128` (after dropping trailing
/// zeros), or the division is refused as too large.
fn integer_ratio(n: Decimal, d: Decimal) -> Result<(i128, i128), Error> {
    let (n, d) = (n.normalize(), d.normalize());
    if d.is_zero() {
        return Err(Error::Overflow);
    }
    let scale = |value: Decimal, by: u32| {
        10i128
            .checked_pow(by)
            .and_then(|power| value.mantissa().checked_mul(power))
            .ok_or(Error::Overflow)
    };
    let (num, den) = (scale(n, d.scale())?, scale(d, n.scale())?);
    if den < 0 {
        Ok((num.checked_neg().ok_or(Error::Overflow)?, -den))
    } else {
        Ok((num, den))
    }
}

fn whole(value: i128) -> Result<Decimal, Error> {
    Decimal::try_from_i128_with_scale(value, 0).map_err(|_| Error::Overflow)
}

/// `⌈n ÷ d⌉`, exactly, even where the decimal quotient would not terminate (`7 ÷ 60`).
///
/// # Errors
/// [`Error::Overflow`] when `d` is zero or the numbers are too large to divide exactly.
pub fn ceil_div(n: Decimal, d: Decimal) -> Result<Decimal, Error> {
    let (num, den) = integer_ratio(n, d)?;
    let floor_of_negation = num.checked_neg().ok_or(Error::Overflow)?.div_euclid(den);
    whole(floor_of_negation.checked_neg().ok_or(Error::Overflow)?)
}

/// `⌊n ÷ d⌋`, exactly.
///
/// # Errors
/// [`Error::Overflow`] when `d` is zero or the numbers are too large to divide exactly.
pub fn floor_div(n: Decimal, d: Decimal) -> Result<Decimal, Error> {
    let (num, den) = integer_ratio(n, d)?;
    whole(num.div_euclid(den))
}

/// Formats a decimal with thousands separators: `5120` → `5,120`, `1.5` → `1.5`.
#[must_use]
pub fn group(value: Decimal) -> String {
    // Most values shown are whole numbers: write their digits directly, without
    // `normalize` and `Decimal`'s `Display` (a tenth of a one-answer run's instructions
    // went to this function before, docs/performance.md).
    if let Some(whole) = whole_number(value) {
        return group_whole(whole);
    }
    group_digits(&canonical(value))
}

/// `value` as canonical text, what `value.normalize().to_string()` gives (`1.5`, `-0.25`,
/// `12`: no trailing fractional zeros, no sign on zero), written directly from the mantissa:
/// `Decimal`'s `Display` and `normalize` took about 470 instructions a value, and a listing
/// of 47 facts writes 144 of them (docs/performance.md, "Fifth round").
#[must_use]
pub fn canonical(value: Decimal) -> String {
    let mut digits = [0_u8; 40];
    let at = write_digits(value.mantissa().unsigned_abs(), &mut digits);
    let mut end = digits.len();
    let mut scale = value.scale() as usize;
    while scale > 0 && end - at > 1 && digits[end - 1] == b'0' {
        end -= 1;
        scale -= 1;
    }
    let digits = &digits[at..end];
    let zero = digits == b"0";
    let scale = if zero { 0 } else { scale };
    let mut out = String::with_capacity(digits.len() + scale + 3);
    if value.is_sign_negative() && !zero {
        out.push('-');
    }
    // Every byte is an ASCII digit.
    let text = |bytes| std::str::from_utf8(bytes).unwrap_or_default();
    if scale == 0 {
        out.push_str(text(digits));
    } else if digits.len() > scale {
        let (whole, fraction) = digits.split_at(digits.len() - scale);
        out.push_str(text(whole));
        out.push('.');
        out.push_str(text(fraction));
    } else {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', scale - digits.len()));
        out.push_str(text(digits));
    }
    out
}

/// Writes the decimal digits of `n` at the end of `digits` and returns where they start
/// (`0` is one digit). In 64-bit arithmetic while the number fits, as almost every value
/// does: a 128-bit division by 10 is a library call.
fn write_digits(n: u128, digits: &mut [u8; 40]) -> usize {
    let mut at = digits.len();
    let push = |digit: u8, at: &mut usize, digits: &mut [u8; 40]| {
        *at -= 1;
        digits[*at] = b'0' + digit;
    };
    let mut rest = n;
    // A digit: `rest % 10` is below 10.
    while rest > u128::from(u64::MAX) {
        push(u8::try_from(rest % 10).unwrap_or(0), &mut at, digits);
        rest /= 10;
    }
    let mut rest = u64::try_from(rest).unwrap_or(0);
    loop {
        push(u8::try_from(rest % 10).unwrap_or(0), &mut at, digits);
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    at
}

/// The value as a whole number, if it is one (`5`, `5.00`).
fn whole_number(value: Decimal) -> Option<i128> {
    let scale = value.scale();
    let mantissa = value.mantissa();
    if scale == 0 {
        return Some(mantissa);
    }
    let ten_to_scale = 10_i128.checked_pow(scale)?;
    (mantissa % ten_to_scale == 0).then(|| mantissa / ten_to_scale)
}

/// A whole number with thousands separators: `-1234567` → `-1,234,567`.
fn group_whole(whole: i128) -> String {
    let mut digits = [0_u8; 40];
    let at = write_digits(whole.unsigned_abs(), &mut digits);
    let digits = &digits[at..];
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if whole < 0 {
        out.push('-');
    }
    for (i, &digit) in digits.iter().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(char::from(digit));
    }
    out
}

/// Inserts thousands separators into the integer part of a plain decimal string.
#[must_use]
pub fn group_digits(text: &str) -> String {
    let (sign, unsigned) = text
        .strip_prefix('-')
        .map_or(("", text), |rest| ("-", rest));
    let (int, frac) = unsigned
        .split_once('.')
        .map_or((unsigned, None), |(i, f)| (i, Some(f)));
    let mut out = String::with_capacity(text.len() + int.len() / 3);
    out.push_str(sign);
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if let Some(frac) = frac {
        out.push('.');
        out.push_str(frac);
    }
    out
}

#[cfg(test)]
mod tests {

    #[test]
    fn prices_read_dollars_and_separators_and_refuse_the_rest() {
        let price: Price = "$0.20".parse().unwrap();
        assert_eq!(price.value(), Decimal::new(2, 1));
        assert_eq!(price.to_string(), "$0.20");
        assert_eq!(
            parse_price("0.000_016_6667").unwrap(),
            Decimal::new(166_667, 10)
        );
        assert_eq!(parse_price("0").unwrap(), Decimal::ZERO);
        for bad in ["-1", "abc", "", "$", "1e3", "0.2.1"] {
            assert!(parse_price(bad).is_err(), "{bad} was read as a price");
        }
    }
    use proptest::prelude::*;

    const DAYS: Whole = Whole {
        what: "days",
        min: 0,
        max: 100_000,
        unit: " days",
    };
    const COUNT: Whole = Whole {
        what: "hosts",
        min: 1,
        max: u128::MAX,
        unit: "",
    };

    #[test]
    fn one_grammar_for_every_whole_number() {
        for (text, value) in [
            ("30", 30),
            ("030", 30),
            ("1_000", 1000),
            ("1,000", 1000),
            ("+7", 7),
            ("5.0", 5),
            (" 12 ", 12),
        ] {
            assert_eq!(DAYS.parse(text).unwrap(), value, "{text}");
        }
        assert_eq!(DAYS.parse("0").unwrap(), 0);
        assert_eq!(
            COUNT
                .parse("340282366920938463463374607431768211455")
                .unwrap(),
            u128::MAX
        );
        for (text, kind) in [
            ("", "invalid"),
            ("x", "invalid"),
            ("1,,0", "invalid"),
            (",10", "invalid"),
            ("10_", "invalid"),
            ("5.", "invalid"),
            ("1.5", "not_whole"),
            ("100001", "too_large"),
            ("99999999999999999999999999999999999999999", "too_large"),
        ] {
            assert_eq!(DAYS.parse(text).unwrap_err().kind(), kind, "{text}");
        }
        assert_eq!(DAYS.parse("-1").unwrap_err().kind(), "invalid");
        assert_eq!(COUNT.parse("-1").unwrap_err().kind(), "not_positive");
        assert_eq!(COUNT.parse("0").unwrap_err().kind(), "not_positive");
        assert_eq!(
            COUNT
                .parse("340282366920938463463374607431768211456")
                .unwrap_err()
                .kind(),
            "too_large"
        );
        assert_eq!(
            DAYS.parse("100001").unwrap_err().to_string(),
            "days `100001` is too large: at most 100,000 days is accepted"
        );
    }

    proptest! {
        #[test]
        fn prop_a_grouped_number_reads_back(n in any::<u128>(), sep in prop::sample::select(vec!["", ",", "_"])) {
            let digits = n.to_string();
            let mut grouped = String::new();
            for (i, c) in digits.chars().enumerate() {
                if i > 0 && (digits.len() - i) % 3 == 0 {
                    grouped.push_str(sep);
                }
                grouped.push(c);
            }
            let parsed = COUNT.parse(&grouped);
            if n == 0 {
                prop_assert!(parsed.is_err());
            } else {
                prop_assert_eq!(parsed.unwrap(), n);
            }
        }

        #[test]
        fn prop_whole_numbers_never_panic_and_stay_in_range(text in "\\PC{0,45}") {
            if let Ok(v) = DAYS.parse(&text) {
                prop_assert!(v <= 100_000);
            }
            let _ = COUNT.parse(&text);
        }
    }

    use super::*;

    fn bytes(text: &str) -> Decimal {
        text.parse::<Size>()
            .unwrap()
            .bytes(SizeUnit::Kilo, KbConvention::Binary)
            .unwrap()
    }

    #[test]
    fn sizes_in_every_documented_spelling() {
        assert_eq!(bytes("5kb"), Decimal::from(5120));
        assert_eq!(bytes("5KB"), Decimal::from(5120));
        assert_eq!(bytes("5 KB"), Decimal::from(5120));
        assert_eq!(bytes("3.5kb"), Decimal::from(3584));
        assert_eq!(bytes("512b"), Decimal::from(512));
        assert_eq!(bytes("400KiB"), Decimal::from(409_600));
        assert_eq!(bytes("1mb"), Decimal::from(1_048_576));
        assert_eq!(bytes("1_000b"), Decimal::from(1000));
    }

    #[test]
    fn a_bare_number_takes_the_default_unit() {
        assert_eq!(bytes("7"), Decimal::from(7 * 1024));
    }

    #[test]
    fn kb_as_1000_bytes_only_changes_ambiguous_units() {
        let kb: Size = "5kb".parse().unwrap();
        let kib: Size = "5kib".parse().unwrap();
        assert_eq!(
            kb.bytes(SizeUnit::Kilo, KbConvention::Decimal).unwrap(),
            Decimal::from(5000)
        );
        assert_eq!(
            kib.bytes(SizeUnit::Kilo, KbConvention::Decimal).unwrap(),
            Decimal::from(5120)
        );
    }

    #[test]
    fn bad_sizes_name_the_input() {
        for input in ["", "kb", "5kq", "-5kb", "0kb", "1.2.3kb", "5 k b", "1e3kb"] {
            let err = input.parse::<Size>().unwrap_err().to_string();
            assert!(
                err.contains(&format!("`{}`", input.trim())),
                "{input}: {err}"
            );
        }
        let err = "5kq".parse::<Size>().unwrap_err().to_string();
        assert!(err.contains("unknown unit `kq`"), "{err}");
        assert!(err.contains("5kb"), "shows accepted forms: {err}");
    }

    #[test]
    fn absurd_sizes_are_refused_not_overflowed() {
        let err = "9999999999999999999999999999999kb"
            .parse::<Size>()
            .unwrap_err();
        assert!(matches!(err, Error::TooLarge { .. }), "{err}");
        let big: Size = "2000000000000000tb".parse().unwrap();
        let err = big.bytes(SizeUnit::Kilo, KbConvention::Binary).unwrap_err();
        assert!(err.to_string().contains("1 EiB"), "{err}");
    }

    #[test]
    fn rates_in_every_documented_spelling() {
        let r: Rate = "600/min".parse().unwrap();
        assert_eq!((r.count(), r.per_seconds()), (Decimal::from(600), 60));
        assert_eq!(r.as_per_second(), Decimal::from(10));
        let r: Rate = "36000/h".parse().unwrap();
        assert_eq!(r.as_per_second(), Decimal::from(10));
        let r: Rate = "100".parse().unwrap();
        assert_eq!(r.as_per_second(), Decimal::from(100));
        let r: Rate = "100/s".parse().unwrap();
        assert_eq!(r.as_per_second(), Decimal::from(100));
        let r: Rate = "100 / sec".parse().unwrap();
        assert_eq!(r.per_seconds(), 1);
        // `m` is a minute, as in the S3 restore deadlines: 600 per 60 s is 10 per second.
        let r: Rate = "600/m".parse().unwrap();
        assert_eq!(r.as_per_second(), Decimal::from(10));
    }

    #[test]
    fn bad_rates_name_the_input() {
        for input in ["", "/s", "0", "-3/s", "5/fortnight", "5 per", "abc"] {
            let err = input.parse::<Rate>().unwrap_err().to_string();
            assert!(
                err.contains(&format!("`{}`", input.trim())),
                "{input}: {err}"
            );
        }
    }

    #[test]
    fn throughputs_in_every_documented_spelling() {
        let t: Throughput = "4.5mb/s".parse().unwrap();
        assert_eq!(
            (t.size().value(), t.per_seconds()),
            (Decimal::new(45, 1), 1)
        );
        assert_eq!(t.size().unit(), Some(SizeUnit::Mega));
        let t: Throughput = "60gb per hour".parse().unwrap();
        assert_eq!(
            (t.size().value(), t.per_seconds()),
            (Decimal::from(60), 3600)
        );
        let t: Throughput = "600MiBps".parse().unwrap();
        assert_eq!(
            (t.size().unit(), t.per_seconds()),
            (Some(SizeUnit::Mebi), 1)
        );
        let t: Throughput = "600".parse().unwrap();
        assert_eq!((t.size().unit(), t.per_seconds()), (None, 1));
        let t: Throughput = "2 GiB/s".parse().unwrap();
        assert_eq!(t.size().unit(), Some(SizeUnit::Gibi));
    }

    #[test]
    fn bad_throughputs_name_the_input() {
        for input in [
            "",
            "fast",
            "0",
            "-5mb/s",
            "600mbps",
            "1 Gbps",
            "600 furlongs/s",
            "5mb/fortnight",
        ] {
            let err = input.parse::<Throughput>().unwrap_err().to_string();
            assert!(err.contains(&format!("`{input}`")), "{input}: {err}");
        }
        let err = "600mbps".parse::<Throughput>().unwrap_err().to_string();
        assert!(err.contains("bits"), "{err}");
    }

    const UNITS: [SizeUnit; 9] = [
        SizeUnit::Byte,
        SizeUnit::Kilo,
        SizeUnit::Kibi,
        SizeUnit::Mega,
        SizeUnit::Mebi,
        SizeUnit::Giga,
        SizeUnit::Gibi,
        SizeUnit::Tera,
        SizeUnit::Tebi,
    ];

    /// A positive decimal below 1,000,000 with up to 6 places (a million TiB stays under
    /// the 1 EiB limit).
    fn positive() -> impl Strategy<Value = Decimal> {
        (1i64..1_000_000_000, 3u32..7).prop_map(|(m, scale)| Decimal::new(m, scale))
    }

    /// The spellings of each time span, as the one table of time units reads them.
    const SPANS: [(u32, &[&str]); 4] = [
        (1, &["s", "sec", "secs", "second", "seconds"]),
        (60, &["m", "min", "mins", "minute", "minutes"]),
        (3600, &["h", "hr", "hrs", "hour", "hours"]),
        (86_400, &["d", "day", "days"]),
    ];

    fn span() -> impl Strategy<Value = (u32, &'static str)> {
        (0usize..4, 0usize..5).prop_map(|(i, j)| {
            let (seconds, words) = SPANS[i];
            (seconds, words[j % words.len()])
        })
    }

    proptest! {
        /// parse(display(x)) is x: a size written as its number and unit symbol reads back
        /// as the same number, unit and bytes, with or without a space, in any case.
        #[test]
        fn prop_a_size_reads_back_from_its_display(
            value in positive(),
            unit in prop::sample::select(UNITS.to_vec()),
            bare in any::<bool>(),
            spaced in any::<bool>(),
            lower in any::<bool>(),
        ) {
            let symbol = if bare { "" } else { unit.symbol() };
            let symbol = if lower { symbol.to_ascii_lowercase() } else { symbol.to_string() };
            let text = format!("{value}{}{symbol}", if spaced && !bare { " " } else { "" });
            let size: Size = text.parse().unwrap();
            prop_assert_eq!(size.value(), value);
            prop_assert_eq!(size.unit(), (!bare).then_some(unit));
            let again: Size = size.to_string().parse().unwrap();
            prop_assert_eq!(&again, &size);
            prop_assert_eq!(
                again.bytes(SizeUnit::Kilo, KbConvention::Binary).unwrap(),
                size.bytes(SizeUnit::Kilo, KbConvention::Binary).unwrap()
            );
        }

        /// Conversions between units are exact: v MiB = 1,024·v KiB = 1,048,576·v bytes,
        /// v TiB = 1,024·v GiB; under the decimal reading v MB = 1,000·v KB and v TB =
        /// 1,000·v GB, and KiB never changes with the reading.
        #[test]
        fn prop_unit_conversions_are_exact(value in positive()) {
            let bytes = |v: Decimal, unit: SizeUnit, convention| {
                format!("{v}{}", unit.symbol())
                    .parse::<Size>()
                    .unwrap()
                    .bytes(SizeUnit::Byte, convention)
                    .unwrap()
            };
            let binary = KbConvention::Binary;
            let decimal = KbConvention::Decimal;
            let k = Decimal::from(1024);
            prop_assert_eq!(bytes(value, SizeUnit::Mebi, binary), bytes(value * k, SizeUnit::Kibi, binary));
            prop_assert_eq!(bytes(value, SizeUnit::Mebi, binary), bytes(value * k * k, SizeUnit::Byte, binary));
            prop_assert_eq!(bytes(value, SizeUnit::Tebi, decimal), bytes(value * k, SizeUnit::Gibi, decimal));
            prop_assert_eq!(bytes(value, SizeUnit::Mega, binary), bytes(value, SizeUnit::Mebi, binary));
            let t = Decimal::from(1000);
            prop_assert_eq!(bytes(value, SizeUnit::Mega, decimal), bytes(value * t, SizeUnit::Kilo, decimal));
            prop_assert_eq!(bytes(value, SizeUnit::Tera, decimal), bytes(value * t, SizeUnit::Giga, decimal));
            prop_assert_eq!(bytes(value, SizeUnit::Kibi, decimal), bytes(value, SizeUnit::Kibi, binary));
            prop_assert_eq!(bytes(value, SizeUnit::Kilo, decimal), value * t);
        }

        /// A rate reads back from its display, per any spelling of its span, and its
        /// per-second value is exact: N per minute is N/60 per second, 60·N per minute is N.
        #[test]
        fn prop_a_rate_reads_back_and_converts_exactly(count in positive(), (seconds, word) in span()) {
            let rate: Rate = format!("{count}/{word}").parse().unwrap();
            prop_assert_eq!(rate.count(), count);
            prop_assert_eq!(rate.per_seconds(), seconds);
            let again: Rate = rate.to_string().parse().unwrap();
            prop_assert_eq!(&again, &rate);
            let scaled: Rate = format!("{}/{word}", count * Decimal::from(seconds)).parse().unwrap();
            prop_assert_eq!(scaled.as_per_second(), count.normalize());
            prop_assert!(scaled.is_exact_per_second());
            let per: Rate = format!("{count} per {word}").parse().unwrap();
            prop_assert_eq!(per.as_per_second(), rate.as_per_second());
        }

        /// A throughput reads back from its display, with its size and span.
        #[test]
        fn prop_a_throughput_reads_back(
            value in positive(),
            unit in prop::sample::select(UNITS.to_vec()),
            (seconds, word) in span(),
        ) {
            let text = format!("{value}{}/{word}", unit.symbol());
            let throughput: Throughput = text.parse().unwrap();
            prop_assert_eq!(throughput.size().value(), value);
            prop_assert_eq!(throughput.size().unit(), Some(unit));
            prop_assert_eq!(throughput.per_seconds(), seconds);
            let again: Throughput = throughput.to_string().parse().unwrap();
            prop_assert_eq!(again, throughput);
        }

        /// A duration reads back from its display, and is its number times its unit's
        /// seconds exactly, whatever unit it is written in.
        #[test]
        fn prop_a_duration_reads_back_and_converts_exactly(value in positive(), (seconds, word) in span(), spaced in any::<bool>()) {
            let grammar = DurationGrammar {
                what: "duration",
                bare_seconds: None,
                smallest_unit_seconds: 1,
                accepted: "a number and a time unit",
            };
            let text = format!("{value}{}{word}", if spaced { " " } else { "" });
            let duration = Duration::parse(&text, &grammar).unwrap();
            prop_assert_eq!(duration.seconds(), (value * Decimal::from(seconds)).normalize());
            let again = Duration::parse(duration.text(), &grammar).unwrap();
            prop_assert_eq!(again, duration);
        }
    }

    #[test]
    fn canonical_text_by_hand() {
        for (value, text) in [
            (Decimal::new(150, 2), "1.5"),
            (Decimal::new(-25, 2), "-0.25"),
            (Decimal::new(12_000, 3), "12"),
            (Decimal::new(5, 6), "0.000005"),
            (Decimal::from_parts(0, 0, 0, true, 3), "0"),
            (Decimal::MAX, "79228162514264337593543950335"),
        ] {
            assert_eq!(canonical(value), text);
        }
        // 2^96 - 1, past 64 bits: grouped whole.
        assert_eq!(
            group(Decimal::MAX),
            "79,228,162,514,264,337,593,543,950,335"
        );
        assert_eq!(
            group(-Decimal::MAX),
            "-79,228,162,514,264,337,593,543,950,335"
        );
    }

    #[test]
    fn ceil_div_is_exact_where_decimal_division_is_not() {
        let third = Decimal::ONE / Decimal::from(3);
        // 3 × (1/3 rounded) is 0.999…9: the exact ceiling of 1 ÷ 1 is still 1.
        assert_eq!(
            ceil_div(third * Decimal::from(3), Decimal::ONE).unwrap(),
            Decimal::ONE
        );
        assert_eq!(
            ceil_div(Decimal::from(7), Decimal::from(60)).unwrap(),
            Decimal::ONE
        );
        assert_eq!(
            ceil_div(Decimal::from(120), Decimal::from(60)).unwrap(),
            Decimal::from(2)
        );
        assert_eq!(
            ceil_div(Decimal::from(121), Decimal::from(60)).unwrap(),
            Decimal::from(3)
        );
        assert_eq!(
            floor_div(Decimal::from(10), Decimal::from(3)).unwrap(),
            Decimal::from(3)
        );
        assert_eq!(
            floor_div(Decimal::from(9), Decimal::from(3)).unwrap(),
            Decimal::from(3)
        );
    }

    #[test]
    fn grouping_inserts_thousands_separators() {
        assert_eq!(group(Decimal::from(5120)), "5,120");
        assert_eq!(group(Decimal::from(100)), "100");
        assert_eq!(group(Decimal::from(1_048_576)), "1,048,576");
        assert_eq!(group(Decimal::new(15, 1)), "1.5");
        assert_eq!(group(Decimal::new(-12345, 1)), "-1,234.5");
        assert_eq!(group(Decimal::new(-5_120_000, 3)), "-5,120");
        assert_eq!(group(Decimal::new(0, 5)), "0");
        assert_eq!(
            group(Decimal::MAX),
            "79,228,162,514,264,337,593,543,950,335"
        );
        assert_eq!(
            group(Decimal::MIN),
            "-79,228,162,514,264,337,593,543,950,335"
        );
    }

    proptest! {
        /// Whole numbers take a shorter way than `Decimal`'s own text; both agree.
        #[test]
        fn grouping_whole_numbers_the_short_way_agrees_with_the_text(
            mantissa in any::<i64>(),
            scale in 0_u32..=28,
        ) {
            let value = Decimal::new(mantissa, scale);
            prop_assert_eq!(group(value), group_digits(&value.normalize().to_string()));
            prop_assert_eq!(canonical(value), value.normalize().to_string());
            let whole = Decimal::from(mantissa);
            prop_assert_eq!(group(whole), group_digits(&whole.to_string()));
        }

        /// The canonical text written from the mantissa is `Decimal`'s own, for every
        /// mantissa of 96 bits, sign and scale (negative zero included).
        #[test]
        fn canonical_text_is_decimals_normalized_text(
            lo in any::<u32>(),
            mid in prop_oneof![Just(0_u32), any::<u32>()],
            hi in prop_oneof![Just(0_u32), any::<u32>()],
            negative in any::<bool>(),
            scale in 0_u32..=28,
        ) {
            let value = Decimal::from_parts(lo, mid, hi, negative, scale);
            prop_assert_eq!(canonical(value), value.normalize().to_string());
        }
    }
}
