//! A size or a throughput in the asker's unit, with the exact base value beside it:
//! `4.88 GiB/s (5,120,000 KiB/s)`.
//!
//! The one place that chooses a unit for a person. Calculators keep exact base values
//! (bytes, KiB/s); this module picks the unit to show them in:
//!
//! - the unit family the question used: `6gb` asks in KB/MB/GB/TB, `100mib` in
//!   KiB/MiB/GiB/TiB; a bare number or bytes asks in none, and then the binary family,
//!   which is the one AWS states S3, Kinesis and EBS limits in;
//! - within the family, the largest unit in which the value is at least 1 (never smaller
//!   than the base unit): 5,120,000 KiB/s is 4.88 GiB/s, 512 bytes stays 512 bytes.
//!
//! Rounding: a shown value keeps at most [`SHOWN_DP`] decimal places, rounded half away
//! from zero. A rounded value is marked `≈`; the base value beside it is always exact.
//! A value shown in its base unit has nothing beside it (`512 bytes`, not
//! `512 bytes (512 bytes)`).
//!
//! KB, MB, GB and TB mean what the calculator read them as ([`KbConvention`]): awscalc
//! reads them as powers of 1,024 for S3, Kinesis and DynamoDB, so `6 GB` here is the
//! same bytes as `6 GiB`; the symbol follows the asker.

use std::fmt;

use rust_decimal::{Decimal, RoundingStrategy};

use crate::units::{group, KbConvention, SizeUnit};

/// The most decimal places a shown (converted) value keeps.
pub const SHOWN_DP: u32 = 2;

const DECIMAL_FAMILY: [SizeUnit; 5] = [
    SizeUnit::Byte,
    SizeUnit::Kilo,
    SizeUnit::Mega,
    SizeUnit::Giga,
    SizeUnit::Tera,
];
const BINARY_FAMILY: [SizeUnit; 5] = [
    SizeUnit::Byte,
    SizeUnit::Kibi,
    SizeUnit::Mebi,
    SizeUnit::Gibi,
    SizeUnit::Tebi,
];

/// What a quantity is per: nothing (a size) or a second (a throughput).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Per {
    /// A size.
    Nothing,
    /// A throughput, per second.
    Second,
}

impl Per {
    fn suffix(self) -> &'static str {
        match self {
            Per::Nothing => "",
            Per::Second => "/s",
        }
    }
}

/// A quantity chosen for a person: the value in the shown unit, and the exact base value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shown {
    /// The value in [`Shown::unit`], rounded to at most [`SHOWN_DP`] places.
    pub value: Decimal,
    /// The unit shown.
    pub unit: SizeUnit,
    /// Whether `value` was rounded (then it is marked `≈`).
    pub rounded: bool,
    /// The exact value in the base unit.
    pub base: Decimal,
    /// The base unit (bytes, or KiB for Kinesis throughputs).
    pub base_unit: SizeUnit,
    /// Size or throughput.
    pub per: Per,
}

/// The unit family a size was typed in: `Some(SizeUnit::Giga)` asks in KB/MB/GB/TB,
/// `Some(SizeUnit::Mebi)` in KiB/MiB/GiB/TiB, `None` or bytes in none.
fn family(asked: Option<SizeUnit>) -> &'static [SizeUnit; 5] {
    match asked {
        Some(SizeUnit::Kilo | SizeUnit::Mega | SizeUnit::Giga | SizeUnit::Tera) => &DECIMAL_FAMILY,
        _ => &BINARY_FAMILY,
    }
}

/// How many bytes one `unit` is.
fn unit_bytes(unit: SizeUnit, convention: KbConvention) -> Decimal {
    unit.bytes(convention)
}

/// The exact value of `amount` (in `base`) in `unit`, or `None` when `Decimal` cannot
/// hold it exactly.
///
/// ```
/// use awscalc::explain::quantity::convert_exact;
/// use awscalc::units::{KbConvention, SizeUnit};
/// use rust_decimal::Decimal;
///
/// // 20,480 KiB/s is exactly 20 MiB/s.
/// let mib = convert_exact(20_480.into(), SizeUnit::Kibi, SizeUnit::Mebi, KbConvention::Binary);
/// assert_eq!(mib, Some(Decimal::from(20)));
/// ```
#[must_use]
pub fn convert_exact(
    amount: Decimal,
    base: SizeUnit,
    unit: SizeUnit,
    convention: KbConvention,
) -> Option<Decimal> {
    let bytes = amount.checked_mul(unit_bytes(base, convention))?;
    let per = unit_bytes(unit, convention);
    let value = bytes.checked_div(per)?;
    (value.checked_mul(per)? == bytes).then(|| value.normalize())
}

/// `amount` (exact, in `base`) shown in the asker's unit family: see the module docs.
///
/// ```
/// use awscalc::explain::quantity::{show, Per};
/// use awscalc::units::{KbConvention, SizeUnit};
///
/// // 10 shards of 2 MiB/s read, asked with no unit: 20 MiB/s, exact.
/// let read = show(20_480.into(), SizeUnit::Kibi, None, KbConvention::Binary, Per::Second);
/// assert_eq!(read.to_string(), "20 MiB/s (20,480 KiB/s)");
///
/// // 5,120,000 KiB/s is 4.8828125 GiB/s: rounded, and marked so.
/// let fast = show(5_120_000.into(), SizeUnit::Kibi, None, KbConvention::Binary, Per::Second);
/// assert_eq!(fast.to_string(), "≈4.88 GiB/s (5,120,000 KiB/s)");
///
/// // Asked in GB: answered in GB (awscalc reads S3's GB as 1,024³ bytes).
/// let part = show(5_242_880.into(), SizeUnit::Byte, Some(SizeUnit::Giga), KbConvention::Binary, Per::Nothing);
/// assert_eq!(part.to_string(), "5 MB (5,242,880 bytes)");
/// ```
#[must_use]
pub fn show(
    amount: Decimal,
    base: SizeUnit,
    asked: Option<SizeUnit>,
    convention: KbConvention,
    per: Per,
) -> Shown {
    let base_bytes = unit_bytes(base, convention);
    let bytes = amount.checked_mul(base_bytes);
    let units = family(asked);
    let mut unit = base;
    // Nothing is nothing in any unit: `0 KiB/s`, not `0 KB/s (0 KiB/s)`.
    if let Some(bytes) = bytes.filter(|b| !b.is_zero()) {
        for candidate in units.iter().rev() {
            let size = unit_bytes(*candidate, convention);
            if size >= base_bytes && bytes.abs() >= size {
                unit = *candidate;
                break;
            }
        }
        // The base unit in the asker's family: `KB` for an asker in MB when the base is
        // KiB and the convention makes them the same bytes.
        if unit == base && base != SizeUnit::Byte {
            if let Some(same) = units
                .iter()
                .find(|u| unit_bytes(**u, convention) == base_bytes)
            {
                unit = *same;
            }
        }
    }
    let quotient = bytes.and_then(|b| b.checked_div(unit_bytes(unit, convention)));
    let (value, rounded) = if let Some(q) = quotient {
        // Exact when the quotient times the unit gives the bytes back; else it is
        // Decimal's 28 digits, and rounded whatever SHOWN_DP does.
        let exact = bytes == q.checked_mul(unit_bytes(unit, convention));
        let r = q.round_dp_with_strategy(SHOWN_DP, RoundingStrategy::MidpointAwayFromZero);
        (r.normalize(), !exact || r != q)
    } else {
        // Beyond exact arithmetic: keep the base unit, which is exact.
        unit = base;
        (amount.normalize(), false)
    };
    Shown {
        value,
        unit,
        rounded,
        base: amount.normalize(),
        base_unit: base,
        per,
    }
}

/// A size in bytes in the asker's family: `show(bytes, Byte, asked, convention, Nothing)`.
#[must_use]
pub fn bytes(bytes: Decimal, asked: Option<SizeUnit>, convention: KbConvention) -> Shown {
    show(bytes, SizeUnit::Byte, asked, convention, Per::Nothing)
}

impl Shown {
    /// Whether the shown unit is the base unit's bytes (nothing to show beside it).
    #[must_use]
    pub fn is_base(&self) -> bool {
        self.unit == self.base_unit && !self.rounded
    }

    /// The shown value with its unit, without the base beside it: `≈4.88 GiB/s`.
    #[must_use]
    pub fn short(&self) -> String {
        format!(
            "{}{} {}{}",
            if self.rounded { "≈" } else { "" },
            group(self.value),
            self.unit.symbol(),
            self.per.suffix()
        )
    }
}

impl fmt::Display for Shown {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.short())?;
        if !self.is_base() {
            write!(
                f,
                " ({} {}{})",
                group(self.base),
                self.base_unit.symbol(),
                self.per.suffix()
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const B: KbConvention = KbConvention::Binary;

    #[test]
    fn hand_derived() {
        // 2 TiB = 2 × 1,024⁴ = 2,199,023,255,552 bytes.
        let two_tib = bytes(Decimal::from(2_199_023_255_552_u64), None, B);
        assert_eq!(two_tib.to_string(), "2 TiB (2,199,023,255,552 bytes)");
        // The smallest part for 10,000 parts: 219,902,326 bytes = 209.7152... MiB.
        let part = bytes(Decimal::from(219_902_326), Some(SizeUnit::Mebi), B);
        assert_eq!(part.to_string(), "≈209.72 MiB (219,902,326 bytes)");
        // Asked in TB: the same bytes in MB (1,024² bytes each under S3's reading).
        let part = bytes(Decimal::from(219_902_326), Some(SizeUnit::Tera), B);
        assert_eq!(part.to_string(), "≈209.72 MB (219,902,326 bytes)");
        // Bytes shown as bytes say it once.
        assert_eq!(bytes(Decimal::from(512), None, B).to_string(), "512 bytes");
        // Decimal convention: 5,000,000 bytes is 5 MB exactly.
        let five = bytes(
            Decimal::from(5_000_000),
            Some(SizeUnit::Mega),
            KbConvention::Decimal,
        );
        assert_eq!(five.to_string(), "5 MB (5,000,000 bytes)");
        // 1 MiB/s per shard write, KiB/s base, asked in MB: 1 MB/s.
        let write = show(
            Decimal::from(1024),
            SizeUnit::Kibi,
            Some(SizeUnit::Mega),
            B,
            Per::Second,
        );
        assert_eq!(write.to_string(), "1 MB/s (1,024 KiB/s)");
        // Under 1 MiB/s stays in the base unit, asked in MB: the family's KB.
        let small = show(
            Decimal::from(512),
            SizeUnit::Kibi,
            Some(SizeUnit::Mega),
            B,
            Per::Second,
        );
        assert_eq!(small.to_string(), "512 KB/s (512 KiB/s)");
        let small = show(Decimal::from(512), SizeUnit::Kibi, None, B, Per::Second);
        assert_eq!(small.to_string(), "512 KiB/s");
        let none = show(
            Decimal::ZERO,
            SizeUnit::Kibi,
            Some(SizeUnit::Mega),
            B,
            Per::Second,
        );
        assert_eq!(none.to_string(), "0 KiB/s");
    }

    #[test]
    fn rounding_is_half_away_from_zero() {
        // 1.125 MiB = 1,179,648 bytes: shown 1.13 (half up), marked.
        let s = bytes(Decimal::from(1_179_648), None, B);
        assert_eq!(s.value, Decimal::new(113, 2));
        assert!(s.rounded);
    }

    proptest! {
        /// The shown unit converts back exactly (unrounded) to the base value, and a value
        /// is marked rounded exactly when the rounding changed it.
        #[test]
        fn conversion_is_exact(n in 1_u64..(1_u64 << 50), binary in any::<bool>(), asked in 0_usize..9) {
            let convention = if binary { B } else { KbConvention::Decimal };
            let asked = [None, Some(SizeUnit::Byte), Some(SizeUnit::Kilo), Some(SizeUnit::Kibi),
                Some(SizeUnit::Mega), Some(SizeUnit::Mebi), Some(SizeUnit::Giga),
                Some(SizeUnit::Tebi), Some(SizeUnit::Tera)][asked];
            let amount = Decimal::from(n);
            let s = bytes(amount, asked, convention);
            let per = s.unit.bytes(convention);
            // Where Decimal holds the quotient exactly, it converts back to the bytes.
            if let Some(exact) = convert_exact(amount, SizeUnit::Byte, s.unit, convention) {
                prop_assert_eq!(exact * per, amount);
                prop_assert_eq!(s.rounded, exact != s.value);
            } else {
                prop_assert!(s.rounded);
            }
            // Rounded to 2 places: within half a hundredth of the unit.
            prop_assert!((s.value * per - amount).abs() <= per / Decimal::from(200));
            // The largest unit of the family that keeps the value at least 1.
            prop_assert!(amount >= per);
            prop_assert!(amount < per * Decimal::from(1024) || matches!(s.unit, SizeUnit::Tera | SizeUnit::Tebi));
            prop_assert_eq!(s.base, amount);
        }

        /// KiB/s throughputs: the same, from a KiB base.
        #[test]
        fn kib_throughput_is_exact(n in 1_u64..(1_u64 << 40)) {
            let amount = Decimal::from(n);
            let s = show(amount, SizeUnit::Kibi, None, B, Per::Second);
            let per = s.unit.bytes(B);
            let bytes = amount * Decimal::from(1024);
            if let Some(exact) = convert_exact(amount, SizeUnit::Kibi, s.unit, B) {
                prop_assert_eq!(exact * per, bytes);
                prop_assert_eq!(s.rounded, exact != s.value);
            } else {
                prop_assert!(s.rounded);
            }
            prop_assert!((s.value * per - bytes).abs() <= per / Decimal::from(200));
        }
    }
}
