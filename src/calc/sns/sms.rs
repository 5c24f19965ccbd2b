//! SMS: the parts an SMS message takes, and the most one publish takes.

use rust_decimal::Decimal;
use serde::Serialize;

use super::Problem;
use crate::error::Error;
use crate::facts::sns as fact;
use crate::facts::FactBook;
use crate::steps::{Expr, Step, Unit};

/// The GSM 03.38 default alphabet (3GPP TS 23.038), each one 7-bit character: the basic
/// set, in code order (0x1B, the escape to the extension table, is no character).
pub const GSM7_BASIC: &str = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?\
¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

/// The GSM 03.38 extension table (3GPP TS 23.038): each character is sent as the escape
/// and itself, so it counts as two of an SMS's 160.
pub const GSM7_EXTENSION: &str = "\u{c}^{}\\[~]|€";

/// How an SMS message's characters are sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Encoding {
    /// The GSM 7-bit alphabet: 160 characters in 140 bytes.
    Gsm7,
    /// UCS-2, two bytes a character: 70 characters in 140 bytes.
    Ucs2,
}

impl Encoding {
    /// The name, as typed: `gsm7`, `ucs2`.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Gsm7 => "gsm7",
            Encoding::Ucs2 => "ucs2",
        }
    }
}

impl std::fmt::Display for Encoding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl std::str::FromStr for Encoding {
    type Err = Error;

    fn from_str(text: &str) -> Result<Encoding, Error> {
        match text
            .trim()
            .to_ascii_lowercase()
            .replace(['-', '_'], "")
            .as_str()
        {
            "gsm7" | "gsm" => Ok(Encoding::Gsm7),
            "ucs2" | "unicode" => Ok(Encoding::Ucs2),
            _ => Err(Error::Invalid {
                what: "SMS encoding",
                input: text.trim().to_string(),
                reason: "unknown encoding".into(),
                expected: "gsm7 or ucs2".into(),
            }),
        }
    }
}

/// The message an SMS question is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SmsText {
    /// The text itself: its encoding and characters are read from it.
    Text(String),
    /// A count of characters in a given encoding (GSM-7 extension characters counted
    /// twice, as they are sent).
    Chars {
        /// Characters.
        count: u64,
        /// Their encoding.
        encoding: Encoding,
    },
}

/// `awscalc sns --sms TEXT` or `--sms-chars N --encoding gsm7|ucs2`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SmsRequest {
    /// The message.
    pub text: SmsText,
}

/// What a step of [`sms`] computes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SmsStep {
    /// A single SMS's characters − the message's: it fits one SMS when not negative.
    SingleHeadroom,
    /// Parts: ceil(characters / characters per part).
    Parts,
    /// One publish's most characters − the message's.
    PublishHeadroom,
}

/// The SMS answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Sms {
    /// The encoding: read from the text, or as given.
    pub encoding: Encoding,
    /// Whether the encoding was read from the text.
    pub detected: bool,
    /// The characters of the text (Unicode characters), or the count given.
    pub characters: Decimal,
    /// What the message takes of an SMS's characters: GSM-7 extension characters count
    /// two; in UCS-2 a character beyond U+FFFF counts two (a UTF-16 pair).
    pub units: Decimal,
    /// The GSM-7 extension characters of the text (each counted twice).
    pub extension_characters: Decimal,
    /// The first character of the text outside GSM-7, which makes it UCS-2.
    pub first_ucs2: Option<char>,
    /// A single SMS's characters in the encoding (160 or 70).
    pub single_chars: Decimal,
    /// Characters in each part of a multipart SMS (153 or 67).
    pub part_chars: Decimal,
    /// The parts the message takes.
    pub parts: Decimal,
    /// The most characters one SMS publish takes (1,600).
    pub publish_max_chars: Decimal,
    /// Whether the message is within it.
    pub within_publish_max: bool,
    /// The derivation.
    pub steps: Vec<Step<SmsStep>>,
}

/// What `text` takes of a GSM-7 SMS: its septets, and how many of its characters are from
/// the extension table; `None` when a character is outside GSM-7 (the first one is given).
///
/// ```
/// use awscalc::calc::sns::gsm7_septets;
/// assert_eq!(gsm7_septets("Hello"), Ok((5, 0)));
/// // € is in the extension table: it counts twice.
/// assert_eq!(gsm7_septets("5 €"), Ok((4, 1)));
/// // An emoji is not GSM-7: the message goes as UCS-2.
/// assert_eq!(gsm7_septets("ok 👍"), Err('👍'));
/// ```
///
/// # Errors
/// The first character outside the GSM-7 basic set and extension table.
pub fn gsm7_septets(text: &str) -> Result<(u64, u64), char> {
    let (mut septets, mut extension) = (0_u64, 0_u64);
    for c in text.chars() {
        if GSM7_BASIC.contains(c) {
            septets += 1;
        } else if GSM7_EXTENSION.contains(c) {
            septets += 2;
            extension += 1;
        } else {
            return Err(c);
        }
    }
    Ok((septets, extension))
}

/// `awscalc sns --sms "text"`: the parts an SMS message takes. One SMS is 140 bytes: 160
/// GSM-7 or 70 UCS-2 characters; a longer message is split into parts of 153 or 67
/// characters (each part carries a header that orders the parts), and one publish takes at
/// most 1,600 characters
/// (<https://docs.aws.amazon.com/sms-voice/latest/userguide/sms-limitations-character.html>,
/// <https://docs.aws.amazon.com/sns/latest/api/API_Publish.html>).
///
/// The encoding is GSM-7 when every character is in the GSM 03.38 basic set or extension
/// table (an extension character counts two), else UCS-2 for the whole message.
///
/// ```
/// use awscalc::calc::sns::{sms, Encoding, SmsRequest, SmsText};
/// use awscalc::facts::{FactBook, Registry};
///
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 12, 1));
/// // 161 GSM-7 characters: over one SMS's 160, so parts of 153: ceil(161 / 153) = 2.
/// let long = SmsRequest { text: SmsText::Chars { count: 161, encoding: Encoding::Gsm7 } };
/// assert_eq!(sms(&long, &mut book).unwrap().parts, 2.into());
/// // 70 UCS-2 characters fit one SMS.
/// let short = SmsRequest { text: SmsText::Chars { count: 70, encoding: Encoding::Ucs2 } };
/// assert_eq!(sms(&short, &mut book).unwrap().parts, 1.into());
/// // An empty message is refused.
/// let empty = SmsRequest { text: SmsText::Text(String::new()) };
/// assert!(sms(&empty, &mut book).is_err());
/// ```
///
/// # Errors
/// An empty message ([`Problem::EmptySms`]).
pub fn sms(request: &SmsRequest, book: &mut FactBook) -> Result<Sms, Error> {
    let (encoding, detected, characters, units, extension, first_ucs2) = match &request.text {
        SmsText::Text(text) => {
            let characters = text.chars().count() as u64;
            match gsm7_septets(text) {
                Ok((septets, extension)) => {
                    (Encoding::Gsm7, true, characters, septets, extension, None)
                }
                Err(first) => {
                    let units = text.encode_utf16().count() as u64;
                    (Encoding::Ucs2, true, characters, units, 0, Some(first))
                }
            }
        }
        SmsText::Chars { count, encoding } => (*encoding, false, *count, *count, 0, None),
    };
    if units == 0 {
        return Err(Problem::EmptySms.into());
    }
    let (single_id, part_id) = match encoding {
        Encoding::Gsm7 => (fact::SMS_GSM7_CHARS, fact::SMS_GSM7_PART_CHARS),
        Encoding::Ucs2 => (fact::SMS_UCS2_CHARS, fact::SMS_UCS2_PART_CHARS),
    };
    let single = book.value(single_id)?;
    let units = Decimal::from(units);
    let characters = Decimal::from(characters);
    let one = units <= single;
    let mut steps = vec![Step::new(
        SmsStep::SingleHeadroom,
        Expr::headroom(
            Expr::quantity("characters", units, Unit::Count),
            Expr::quantity("single_sms", single, Unit::Count),
            one,
        ),
    )?];
    let part = book.value(part_id)?;
    let parts = if one {
        Decimal::ONE
    } else {
        let step = Step::new(
            SmsStep::Parts,
            Expr::quantity("characters", units, Unit::Count)
                .over(Expr::quantity("part", part, Unit::Count))
                .ceil(),
        )?;
        let parts = step.value;
        steps.push(step);
        parts
    };
    let publish_max = book.value(fact::SMS_PUBLISH_MAX_CHARS)?;
    let within = characters <= publish_max;
    steps.push(Step::new(
        SmsStep::PublishHeadroom,
        Expr::headroom(
            Expr::quantity("characters", characters, Unit::Count),
            Expr::quantity("publish_max", publish_max, Unit::Count),
            within,
        ),
    )?);
    Ok(Sms {
        encoding,
        detected,
        characters,
        units,
        extension_characters: Decimal::from(extension),
        first_ucs2,
        single_chars: single,
        part_chars: part,
        parts,
        publish_max_chars: publish_max,
        within_publish_max: within,
        steps,
    })
}
