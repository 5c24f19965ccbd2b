//! `awscalc limit`: questions decided by one AWS limit. A presigned URL's expiry against
//! SigV4's 7 days and the signing credential's remaining life; a WAF rate-based rule's
//! window and minimum limit; KMS Encrypt's plaintext limit.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::error::Error;
use crate::facts::resilience as fact;
use crate::facts::FactBook;
use crate::steps::{Expr, Step, Unit};
use crate::units::{Duration, KbConvention, Size, SizeUnit};

/// A single-threshold question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LimitRequest {
    /// `limit presign --expires 15min [--remaining 1h]`.
    Presign {
        /// How long the URL is to stay valid.
        expires: Duration,
        /// What is left of the signing credential's life (a role session), where given.
        remaining: Option<Duration>,
    },
    /// `limit waf --requests 500 --window 5min`.
    Waf {
        /// Requests per window from one client before the rule acts.
        requests: u64,
        /// The evaluation window.
        window: Duration,
    },
    /// `limit kms --size 10kb`.
    Kms {
        /// The plaintext to encrypt (a bare number is bytes; KB is 1,024 bytes).
        size: Size,
    },
}

/// Which limit a check weighs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LimitKind {
    /// SigV4's longest presigned URL.
    PresignSigv4,
    /// The signing credential's remaining life.
    PresignCredential,
    /// WAF's lowest rate limit.
    WafMinimum,
    /// KMS Encrypt's plaintext limit.
    KmsEncrypt,
}

/// One limit weighed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LimitCheck {
    /// The limit.
    pub limit: LimitKind,
    /// Whether the question keeps to it.
    pub fits: bool,
}

/// The answer to a [`LimitRequest`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Limit {
    /// Whether every limit holds.
    pub fits: bool,
    /// Each limit weighed.
    pub checks: Vec<LimitCheck>,
    /// WAF: the windows offered on the date, in seconds.
    pub windows: Vec<Decimal>,
    /// WAF: whether the window asked is one of them.
    pub window_offered: Option<bool>,
    /// WAF: the request rate the limit means, per second.
    pub rate_per_second: Option<Decimal>,
    /// The measure of the question in the limit's unit: seconds, requests or bytes.
    pub need: Decimal,
    /// The derivation.
    pub steps: Vec<Step<LimitKind>>,
}

/// Weighs `request` against the limits in force on the book's date.
///
/// ```
/// use awscalc::calc::resilience::{limit, LimitRequest};
/// use awscalc::facts::{FactBook, Registry};
///
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 11, 30));
/// // 10 KB = 10,240 bytes > 4,096: KMS Encrypt refuses it; use envelope encryption.
/// let kms = LimitRequest::Kms { size: "10kb".parse().unwrap() };
/// assert!(!limit(&kms, &mut book).unwrap().fits);
/// ```
///
/// # Errors
/// [`Error::NotYetAvailable`] for a WAF question before rate-based rules existed.
pub fn limit(request: &LimitRequest, book: &mut FactBook) -> Result<Limit, Error> {
    let mut steps = Vec::new();
    let mut checks = Vec::new();
    let mut answer = Limit {
        fits: true,
        checks: Vec::new(),
        windows: Vec::new(),
        window_offered: None,
        rate_per_second: None,
        need: Decimal::ZERO,
        steps: Vec::new(),
    };
    let mut check = |kind: LimitKind, demand: Expr, max: Expr| -> Result<(), Error> {
        let fits = demand.eval()? <= max.eval()?;
        steps.push(Step::new(kind, Expr::headroom(demand, max, fits))?);
        checks.push(LimitCheck { limit: kind, fits });
        Ok(())
    };
    match request {
        LimitRequest::Presign { expires, remaining } => {
            answer.need = expires.seconds();
            let max = book.value(fact::PRESIGN_SIGV4_MAX_SECONDS)?;
            let need = Expr::quantity("expires", answer.need, Unit::Seconds);
            check(
                LimitKind::PresignSigv4,
                need.clone(),
                Expr::quantity("sigv4_max", max, Unit::Seconds),
            )?;
            if let Some(left) = remaining {
                check(
                    LimitKind::PresignCredential,
                    need,
                    Expr::quantity("credential_left", left.seconds(), Unit::Seconds),
                )?;
            }
        }
        LimitRequest::Waf { requests, window } => {
            answer.need = Decimal::from(*requests);
            let min = book.value(fact::WAF_RATE_LIMIT_MIN)?;
            check(
                LimitKind::WafMinimum,
                Expr::quantity("minimum", min, Unit::Count),
                Expr::quantity("requests", answer.need, Unit::Count),
            )?;
            for id in [
                fact::WAF_WINDOW_1MIN,
                fact::WAF_WINDOW_2MIN,
                fact::WAF_WINDOW_5MIN,
                fact::WAF_WINDOW_10MIN,
            ] {
                if let Some(w) = super::available(book, id)? {
                    answer.windows.push(w);
                }
            }
            let offered = answer.windows.contains(&window.seconds());
            answer.window_offered = Some(offered);
            answer.fits &= offered;
            answer.rate_per_second = answer.need.checked_div(window.seconds());
        }
        LimitRequest::Kms { size } => {
            answer.need = size.bytes(SizeUnit::Byte, KbConvention::Binary)?;
            let max = book.value(fact::KMS_ENCRYPT_MAX_BYTES)?;
            check(
                LimitKind::KmsEncrypt,
                Expr::quantity("plaintext", answer.need, Unit::Bytes),
                Expr::quantity("encrypt_max", max, Unit::Bytes),
            )?;
        }
    }
    answer.fits &= checks.iter().all(|c| c.fits);
    answer.checks = checks;
    answer.steps = steps;
    Ok(answer)
}
