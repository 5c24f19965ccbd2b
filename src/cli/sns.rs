//! `awscalc sns`: Amazon SNS flags.

use clap::{ArgGroup, Args};

use awscalc::calc::sns::{Encoding, MessageRequest, SmsRequest, SmsText};
use awscalc::question::SnsRequest;
use awscalc::units::{parse_whole, Size};
use awscalc::Error;

pub(super) const SNS_EXAMPLES: &str = "\
Units (see docs/cli.md):
  --message-size, --topic-max
                  300kb, 1mib, 1gb; KB is 1,024 bytes; a bare number is bytes

Examples:
  awscalc sns --message-size 256kb                 yes (256 KiB by default); 4 requests billed
  awscalc sns --message-size 300kb                 no: raise MaximumMessageSize (up to 1 MiB)
  awscalc sns --message-size 300kb --topic-max 1mib
                                                   yes; 5 requests billed
  awscalc sns --message-size 300kb --topic-max 1mib --as-of 2026-01-01
                                                   error: topics take 1 MiB since 2026-09-18
  awscalc sns --message-size 5mib                  no: use the Extended Client Library (S3)
  awscalc sns --sms \"Your code is 1234\"            1 SMS
  awscalc sns --sms-chars 161 --encoding gsm7      2 SMS parts (153 characters a part)
  awscalc sns --sms-chars 71 --encoding ucs2       2 SMS parts (67 characters a part)";

/// `sns`'s usage line, by hand: its forms, not clap's list of argument groups.
pub(super) const SNS_USAGE: &str = "\
awscalc sns --message-size SIZE [--topic-max SIZE]
       awscalc sns --sms TEXT
       awscalc sns --sms-chars N --encoding gsm7|ucs2";

/// What `--expect` recognises for `sns`.
pub(super) const SNS_EXPECT: &str = "Compare the answer (yes or no: whether the message fits \
the topic; with --sms or --sms-chars the SMS parts) with VALUE: exit 0 on a match, 1 on a \
mismatch, with a hint naming the reading that gives VALUE: parts of 160 or 70 characters \
(without the header each part carries)";

/// Amazon SNS: whether a message fits a topic's maximum size (and the requests its publish
/// is billed as); the parts an SMS message takes
#[derive(Debug, Args)]
#[group(skip)]
#[command(
    after_help = SNS_EXAMPLES,
    override_usage = SNS_USAGE,
    group = ArgGroup::new("form")
        .required(true)
        .args(["message_size", "sms", "sms_chars"])
)]
pub(crate) struct SnsArgs {
    /// Messages: a message's size, body and attributes; a bare number is bytes
    #[arg(long, value_name = "SIZE", allow_hyphen_values = true)]
    pub message_size: Option<Size>,

    /// Messages: the topic's MaximumMessageSize (default: SNS's default, 256 KiB)
    #[arg(
        long,
        value_name = "SIZE",
        requires = "message_size",
        allow_hyphen_values = true
    )]
    pub topic_max: Option<Size>,

    /// SMS: the text of the message (its encoding is read from it)
    #[arg(long, value_name = "TEXT", allow_hyphen_values = true)]
    pub sms: Option<String>,

    /// SMS: the message's characters, counted in the encoding (GSM-7 extension characters
    /// twice)
    #[arg(
        long,
        value_name = "N",
        value_parser = parse_sms_chars,
        requires = "encoding"
    )]
    pub sms_chars: Option<u64>,

    /// SMS: the encoding of --sms-chars: gsm7 (160 characters an SMS) or ucs2 (70)
    #[arg(long, value_name = "ENCODING", requires = "sms_chars")]
    pub encoding: Option<Encoding>,
}

impl SnsArgs {
    /// The typed request.
    ///
    /// # Errors
    /// [`Error::Conflict`] when no form is complete (clap's `form` group prevents that on
    /// the command line).
    pub(crate) fn request(&self) -> Result<SnsRequest, Error> {
        if self.topic_max.is_some() && self.message_size.is_none() {
            return Err(Error::Conflict {
                message: "`--topic-max` goes with --message-size".into(),
            });
        }
        if self.encoding.is_some() && self.sms_chars.is_none() {
            return Err(Error::Conflict {
                message: "`--encoding` goes with --sms-chars (with --sms the text decides it)"
                    .into(),
            });
        }
        if let Some(size) = &self.message_size {
            return Ok(SnsRequest::Message(MessageRequest {
                size: size.clone(),
                topic_max: self.topic_max.clone(),
            }));
        }
        if let Some(text) = &self.sms {
            return Ok(SnsRequest::Sms(SmsRequest {
                text: SmsText::Text(text.clone()),
            }));
        }
        match (self.sms_chars, self.encoding) {
            (Some(count), Some(encoding)) => Ok(SnsRequest::Sms(SmsRequest {
                text: SmsText::Chars { count, encoding },
            })),
            _ => Err(Error::Conflict {
                message: "give --message-size, --sms, or --sms-chars with --encoding".into(),
            }),
        }
    }
}

/// A whole, positive count of SMS characters.
fn parse_sms_chars(text: &str) -> Result<u64, Error> {
    parse_whole(text, "characters", 1_000_000_000)
}
