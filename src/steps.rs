//! Derivation steps as data: what a step computes and its formula as a small tree of
//! operations on named quantities.
//!
//! A calculator writes its arithmetic once, as an [`Expr`], and takes the step's value
//! from [`Expr::eval`]; the explanation layer prints the same tree as
//! `ceil(5,120 / 4,096)`. The formula shown can therefore never drift from the formula
//! computed.
//!
//! ```
//! use awscalc::steps::{Expr, Unit};
//!
//! // DynamoDB: a 5 KB item in 4 KB read units (read-write-operations.html).
//! let units = Expr::quantity("item_bytes", 5120.into(), Unit::Bytes)
//!     .over(Expr::quantity("unit_bytes", 4096.into(), Unit::Bytes))
//!     .ceil();
//! assert_eq!(units.eval().unwrap(), 2.into());
//!
//! // A division by zero is an error, never a panic.
//! let broken = Expr::quantity("n", 1.into(), Unit::Count).over(Expr::number(0.into()));
//! assert!(broken.eval().is_err());
//! ```

use std::sync::Arc;

use rust_decimal::Decimal;
use serde::Serialize;

use crate::error::Error;
use crate::units::{ceil_div, floor_div};

/// What a quantity in a formula measures: enough for a renderer to print it (`60 s`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// A plain number: a count, a factor.
    Count,
    /// Bytes.
    Bytes,
    /// Capacity units (RCU, WCU, or units before a factor).
    Units,
    /// Items.
    Items,
    /// Pages (Query or Scan calls).
    Pages,
    /// Seconds: the span of a rate.
    Seconds,
    /// Per second.
    PerSecond,
    /// Consumers of a stream (Kinesis standard or enhanced fan-out consumers).
    Consumers,
    /// Gibibytes (EBS sizes).
    Gib,
    /// Mebibytes.
    Mib,
    /// Kibibytes (an I/O size).
    Kib,
    /// Mebibytes per second (EBS throughput).
    MibPerSecond,
    /// I/O operations per second.
    Iops,
    /// Days (S3 storage durations).
    Days,
    /// Gigabits per second, 10^9 bits (network bandwidth as AWS sells it).
    Gbps,
}

/// A formula: a tree of operations on named quantities.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Expr {
    /// A quantity: its name (`item_bytes`), value and unit. `name` is empty for a literal.
    Quantity {
        /// The quantity's name, for scripts and for explanations that name it.
        name: &'static str,
        /// Its value.
        value: Decimal,
        /// What it measures.
        unit: Unit,
    },
    /// The smallest whole number at least the operand.
    Ceil {
        /// The operand.
        of: Box<Expr>,
    },
    /// The largest whole number at most the operand.
    Floor {
        /// The operand.
        of: Box<Expr>,
    },
    /// The sum of the terms.
    Add {
        /// The terms, at least one.
        terms: Vec<Expr>,
    },
    /// `left × right`.
    Mul {
        /// The left factor.
        left: Box<Expr>,
        /// The right factor.
        right: Box<Expr>,
    },
    /// `left / right`.
    Div {
        /// The dividend.
        left: Box<Expr>,
        /// The divisor.
        right: Box<Expr>,
    },
    /// The largest of the terms.
    Max {
        /// The terms, at least one.
        terms: Vec<Expr>,
    },
    /// The smallest of the terms.
    Min {
        /// The terms, at least one.
        terms: Vec<Expr>,
    },
    /// `left − right`.
    Sub {
        /// The minuend.
        left: Box<Expr>,
        /// The subtrahend.
        right: Box<Expr>,
    },
    /// A quantity shown with its unit (`4,718,592 bytes`, `0 consumers`): the same value
    /// as `of`, for a formula that names what a bare number is.
    WithUnit {
        /// The quantity.
        of: Box<Expr>,
    },
    /// A limit checked: shown as `demand ≤ limit` when `within`, else `demand > limit`; its
    /// value is the headroom, `limit − demand`. `within` is decided by the calculator on the
    /// exact amounts, which `demand` and `limit` may show rounded.
    Headroom {
        /// What is asked of the limit.
        demand: Box<Expr>,
        /// The limit.
        limit: Box<Expr>,
        /// Whether the demand is within the limit, compared exactly.
        within: bool,
    },
    /// A rule with a threshold: `at_most` where `left ≤ right`, else `above`. Shown as the
    /// comparison that holds, then the branch taken (`5,000 ≤ 32,000: min(…)`); a branch
    /// that is a single quantity is not repeated, the step's value shows it
    /// (`100 GiB ≤ 170 GiB`).
    Pick {
        /// What is compared.
        left: Box<Expr>,
        /// The threshold.
        right: Box<Expr>,
        /// The value where `left ≤ right`.
        at_most: Box<Expr>,
        /// The value where `left > right`.
        above: Box<Expr>,
    },
    /// The operand, shown with its unit's symbol (`1,024 GiB`, `256 KiB`, `1 MiB`).
    Labelled {
        /// The operand.
        of: Box<Expr>,
        /// The unit whose symbol follows it.
        unit: Unit,
    },
    /// An earlier step's result, computed exactly by its formula and shown as that step
    /// shows it (`ceil(33.333333)` computes the ceiling of exactly 100 / 3).
    Earlier {
        /// The result's name.
        name: &'static str,
        /// The earlier step's formula, shared: a result used by several later steps, and
        /// a step kept both in its calculator's trace and in its result, is not copied.
        formula: Arc<Expr>,
        /// How the earlier step shows its value.
        rounding: Rounding,
        /// The formula's exact value and ratio, computed once, when the result is named: a
        /// later step that uses it evaluates none of the tree before it again (evaluating a
        /// chain of steps from the start at every step was a quarter of a `modes` answer).
        #[serde(skip)]
        exact: Exact,
    },
}

/// What an [`Expr::Earlier`]'s formula evaluates to, kept beside it. Where evaluating failed
/// nothing is kept, so that evaluating again reports the error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Exact {
    value: Option<Decimal>,
    /// Whether `ratio` is the formula's (`false` where working it out failed).
    ratio_known: bool,
    ratio: Option<(Decimal, Decimal)>,
}

impl Exact {
    fn of(formula: &Expr) -> Exact {
        let ratio = formula.ratio();
        // Where the formula is a ratio, its value is that ratio's quotient, as `eval` would
        // work it out again from the same ratio; otherwise it is evaluated.
        let value = match ratio {
            Ok(Some((n, d))) => n.checked_div(d),
            _ => formula.eval().ok(),
        };
        Exact {
            value,
            ratio_known: ratio.is_ok(),
            ratio: ratio.ok().flatten(),
        }
    }
}

impl Expr {
    /// A named quantity.
    #[must_use]
    pub fn quantity(name: &'static str, value: Decimal, unit: Unit) -> Expr {
        Expr::Quantity { name, value, unit }
    }

    /// A literal number (a `1` in `ceil(2 × 1)`).
    #[must_use]
    pub fn number(value: Decimal) -> Expr {
        Expr::Quantity {
            name: "",
            value,
            unit: Unit::Count,
        }
    }

    /// The result of `step`, by name, in a later step's formula.
    #[must_use]
    pub fn earlier<K>(name: &'static str, step: &Step<K>) -> Expr {
        Expr::Earlier {
            name,
            exact: Exact::of(&step.formula),
            formula: Arc::clone(&step.formula),
            rounding: step.rounding,
        }
    }

    /// A result computed exactly by `formula` and shown rounded by `rounding`, as an earlier
    /// step's is: a rate shown as `76.666667` inside a ceiling that takes the exact ratio.
    #[must_use]
    pub fn shown(name: &'static str, formula: Expr, rounding: Rounding) -> Expr {
        Expr::Earlier {
            name,
            exact: Exact::of(&formula),
            formula: Arc::new(formula),
            rounding,
        }
    }

    /// A value computed exactly by `formula` and shown as its value: a conversion
    /// (`5 TiB` as `5,242,880 MiB`) a formula uses without spelling out.
    #[must_use]
    pub fn derived(name: &'static str, formula: Expr) -> Expr {
        Expr::Earlier {
            name,
            exact: Exact::of(&formula),
            formula: Arc::new(formula),
            rounding: Rounding::Exact,
        }
    }

    /// `self − other`.
    #[must_use]
    pub fn minus(self, other: Expr) -> Expr {
        Expr::Sub {
            left: Box::new(self),
            right: Box::new(other),
        }
    }

    /// `self`, shown with the symbol of `unit` after it.
    #[must_use]
    pub fn labelled(self, unit: Unit) -> Expr {
        Expr::Labelled {
            of: Box::new(self),
            unit,
        }
    }

    /// `at_most` where `left ≤ right`, else `above`.
    #[must_use]
    pub fn pick(left: Expr, right: Expr, at_most: Expr, above: Expr) -> Expr {
        Expr::Pick {
            left: Box::new(left),
            right: Box::new(right),
            at_most: Box::new(at_most),
            above: Box::new(above),
        }
    }

    /// Whether a [`Expr::Pick`] takes its `at_most` branch; `None` for any other expression.
    ///
    /// # Errors
    /// As [`Expr::eval`].
    pub fn picks_at_most(&self) -> Result<Option<bool>, Error> {
        match self {
            Expr::Pick { left, right, .. } => Ok(Some(left.eval()? <= right.eval()?)),
            _ => Ok(None),
        }
    }

    /// The exact ratio this expression is, where it is a quotient: a quotient whose
    /// dividend is itself a quotient, or a multiple of one, is one ratio
    /// (`a / b / c` is `a / (b × c)`, `(a / b) × c` and `c × (a / b)` are `(a × c) / b`), so that a ceiling or
    /// a division of it rounds once, on the exact value.
    fn ratio(&self) -> Result<Option<(Decimal, Decimal)>, Error> {
        match self {
            Expr::Div { left, right } => {
                let divisor = right.eval()?;
                Ok(Some(match left.ratio()? {
                    Some((n, d)) => (n, d.checked_mul(divisor).ok_or(Error::Overflow)?),
                    None => (left.eval()?, divisor),
                }))
            }
            Expr::Mul { left, right } => match (left.ratio()?, right.ratio()?) {
                (Some((n, d)), _) => Ok(Some((
                    n.checked_mul(right.eval()?).ok_or(Error::Overflow)?,
                    d,
                ))),
                (None, Some((n, d))) => Ok(Some((
                    left.eval()?.checked_mul(n).ok_or(Error::Overflow)?,
                    d,
                ))),
                (None, None) => Ok(None),
            },
            Expr::Earlier { formula, exact, .. } => {
                if exact.ratio_known {
                    Ok(exact.ratio)
                } else {
                    formula.ratio()
                }
            }
            Expr::WithUnit { of: formula } | Expr::Labelled { of: formula, .. } => formula.ratio(),
            _ => Ok(None),
        }
    }

    /// `ceil(self)`.
    #[must_use]
    pub fn ceil(self) -> Expr {
        Expr::Ceil { of: Box::new(self) }
    }

    /// `floor(self)`.
    #[must_use]
    pub fn floor(self) -> Expr {
        Expr::Floor { of: Box::new(self) }
    }

    /// `self × other`.
    #[must_use]
    pub fn times(self, other: Expr) -> Expr {
        Expr::Mul {
            left: Box::new(self),
            right: Box::new(other),
        }
    }

    /// `self / other`.
    #[must_use]
    pub fn over(self, other: Expr) -> Expr {
        Expr::Div {
            left: Box::new(self),
            right: Box::new(other),
        }
    }

    /// `self`, shown with its unit (`4,718,592 bytes`).
    #[must_use]
    pub fn with_unit(self) -> Expr {
        Expr::WithUnit { of: Box::new(self) }
    }

    /// The headroom of `demand` under `limit` (`limit − demand`), shown as the comparison
    /// `within` decides: `demand ≤ limit` or `demand > limit`.
    #[must_use]
    pub fn headroom(demand: Expr, limit: Expr, within: bool) -> Expr {
        Expr::Headroom {
            demand: Box::new(demand),
            limit: Box::new(limit),
            within,
        }
    }

    /// `a + b + …`.
    #[must_use]
    pub fn sum(terms: Vec<Expr>) -> Expr {
        Expr::Add { terms }
    }

    /// `max(a, b, …)`.
    #[must_use]
    pub fn max(terms: Vec<Expr>) -> Expr {
        Expr::Max { terms }
    }

    /// `min(a, b, …)`.
    #[must_use]
    pub fn min(terms: Vec<Expr>) -> Expr {
        Expr::Min { terms }
    }

    /// The formula's value, exactly: a ceiling or floor of a quotient is taken on the
    /// exact ratio, not on a rounded quotient.
    ///
    /// # Errors
    /// [`Error::Overflow`] for a division by zero or numbers too large to compute exactly.
    pub fn eval(&self) -> Result<Decimal, Error> {
        match self {
            Expr::Quantity { value, .. } => Ok(*value),
            Expr::Ceil { of } => match of.ratio()? {
                Some((n, d)) => ceil_div(n, d),
                None => Ok(of.eval()?.ceil()),
            },
            Expr::Floor { of } => match of.ratio()? {
                Some((n, d)) => floor_div(n, d),
                None => Ok(of.eval()?.floor()),
            },
            Expr::Earlier { formula, exact, .. } => match exact.value {
                Some(value) => Ok(value),
                None => formula.eval(),
            },
            Expr::Labelled { of: formula, .. } => formula.eval(),
            Expr::WithUnit { of } => of.eval(),
            Expr::Sub { left, right } => left
                .eval()?
                .checked_sub(right.eval()?)
                .ok_or(Error::Overflow),
            Expr::Headroom { demand, limit, .. } => limit
                .eval()?
                .checked_sub(demand.eval()?)
                .ok_or(Error::Overflow),
            Expr::Pick {
                left,
                right,
                at_most,
                above,
            } => {
                if left.eval()? <= right.eval()? {
                    at_most.eval()
                } else {
                    above.eval()
                }
            }
            Expr::Add { terms } => terms.iter().try_fold(Decimal::ZERO, |sum, t| {
                sum.checked_add(t.eval()?).ok_or(Error::Overflow)
            }),
            Expr::Mul { .. } | Expr::Div { .. } => match (self.ratio()?, self) {
                (Some((n, d)), _) => n.checked_div(d).ok_or(Error::Overflow),
                (None, Expr::Mul { left, right }) => left
                    .eval()?
                    .checked_mul(right.eval()?)
                    .ok_or(Error::Overflow),
                (None, _) => Err(Error::Overflow),
            },
            Expr::Max { terms } => fold_extreme(terms, Decimal::max),
            Expr::Min { terms } => fold_extreme(terms, Decimal::min),
        }
    }
}

fn fold_extreme(terms: &[Expr], pick: fn(Decimal, Decimal) -> Decimal) -> Result<Decimal, Error> {
    let mut values = terms.iter().map(Expr::eval);
    let first = values.next().ok_or(Error::Overflow)??;
    values.try_fold(first, |best, v| Ok(pick(best, v?)))
}

/// How a step's value is rounded for the answer it gives, after its formula.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Rounding {
    /// Exact.
    Exact,
    /// To the nearest at 6 decimal places: a rate shown, not one promised.
    Nearest6,
    /// Down at 4 decimal places: a rate awscalc promises is never above the exact one.
    Down4,
    /// Exact where the value has at most 10 decimal places (5,000 KiB/s is 4.8828125
    /// MiB/s), else to the nearest at 6: a rate shown in full where it is short.
    Exact10,
    /// Down at 2 decimal places: a duration awscalc promises (an EBS burst) is never
    /// longer than the exact one.
    Down2,
}

impl Rounding {
    /// `value` rounded this way.
    #[must_use]
    pub fn apply(self, value: Decimal) -> Decimal {
        match self {
            Rounding::Exact => value,
            Rounding::Nearest6 => value.round_dp(6),
            Rounding::Down4 => value
                .round_dp_with_strategy(4, rust_decimal::RoundingStrategy::ToZero)
                .normalize(),
            Rounding::Exact10 if value.round_dp(10) == value => value.normalize(),
            Rounding::Exact10 => value.round_dp(6).normalize(),
            Rounding::Down2 => value
                .round_dp_with_strategy(2, rust_decimal::RoundingStrategy::ToZero)
                .normalize(),
        }
    }
}

/// One step of a derivation: what it computes (`K`, a calculator's own enum), its formula,
/// and its value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Step<K> {
    /// What the step computes.
    pub what: K,
    /// The arithmetic, shared with the later steps that use this one's result
    /// ([`Expr::earlier`]), so keeping a step in a trace and in a result copies no tree.
    pub formula: Arc<Expr>,
    /// The value: the formula's, rounded by `rounding`, and at least `at_least` where the
    /// step has a floor (DynamoDB's minimum of one provisioned unit).
    pub value: Decimal,
    /// How the formula's value was rounded.
    pub rounding: Rounding,
    /// The smallest value the step gives, where it has one.
    pub at_least: Option<Decimal>,
}

impl<K> Step<K> {
    /// The step computing `what` by `formula`, exactly.
    ///
    /// # Errors
    /// As [`Expr::eval`].
    pub fn new(what: K, formula: Expr) -> Result<Step<K>, Error> {
        Step::rounded(what, formula, Rounding::Exact)
    }

    /// The step computing `what` by `formula`, rounded.
    ///
    /// # Errors
    /// As [`Expr::eval`].
    pub fn rounded(what: K, formula: Expr, rounding: Rounding) -> Result<Step<K>, Error> {
        let value = rounding.apply(formula.eval()?);
        Ok(Step {
            what,
            formula: Arc::new(formula),
            value,
            rounding,
            at_least: None,
        })
    }

    /// This step with a floor: its value is at least `min`.
    #[must_use]
    pub fn at_least(mut self, min: Decimal) -> Step<K> {
        self.value = self.value.max(min);
        self.at_least = Some(min);
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn q(v: i64) -> Expr {
        Expr::quantity("x", v.into(), Unit::Count)
    }

    #[test]
    fn ceil_of_a_quotient_is_exact() {
        // 10 / 3 = 3.333…: 4; 12 / 4 = 3: 3.
        assert_eq!(q(10).over(q(3)).ceil().eval().unwrap(), 4.into());
        assert_eq!(q(12).over(q(4)).ceil().eval().unwrap(), 3.into());
        assert_eq!(q(10).over(q(3)).floor().eval().unwrap(), 3.into());
    }

    #[test]
    fn sums_products_and_extremes() {
        assert_eq!(
            Expr::sum(vec![q(2).times(q(3)), q(4)]).eval().unwrap(),
            10.into()
        );
        assert_eq!(Expr::max(vec![q(2), q(7), q(3)]).eval().unwrap(), 7.into());
        assert_eq!(Expr::min(vec![q(2), q(7), q(3)]).eval().unwrap(), 2.into());
        assert!(Expr::max(vec![]).eval().is_err());
    }

    #[test]
    fn an_earlier_result_is_used_exactly() {
        // 100 / 3 is shown as 33.333333, but its ceiling is taken on the exact ratio; so is
        // that of (5 × 2,592,000 + 1) / 2,592,000, just over 5, which shows as 5.
        let third = Step::rounded((), q(100).over(q(3)), Rounding::Nearest6).unwrap();
        assert_eq!(third.value, "33.333333".parse::<Decimal>().unwrap());
        assert_eq!(Expr::earlier("r", &third).ceil().eval().unwrap(), 34.into());
        let just_over =
            Step::rounded((), q(12_960_001).over(q(2_592_000)), Rounding::Nearest6).unwrap();
        assert_eq!(just_over.value, 5.into());
        assert_eq!(
            Expr::earlier("r", &just_over).ceil().eval().unwrap(),
            6.into()
        );
    }

    #[test]
    fn differences_and_quotients_of_quotients() {
        // S3 multipart: 6,442,450,944 - (62 - 1) × 104,857,600 = 46,137,344.
        let last = q(6_442_450_944).minus(q(62).minus(q(1)).times(q(104_857_600)));
        assert_eq!(last.eval().unwrap(), 46_137_344.into());
        assert_eq!(q(3).minus(q(5)).eval().unwrap(), Decimal::from(-2));
        // 100 requests per hour over 5,500 per prefix: just above 0, so 1 prefix; 19,800,001
        // per hour is just above 5,500 per second (5,500 × 3,600 = 19,800,000): 2 prefixes,
        // taken as ceil(19,800,001 / 19,800,000) on whole numbers.
        let per_hour = |n: i64| q(n).over(Expr::quantity("s", 3600.into(), Unit::Seconds));
        assert_eq!(per_hour(100).over(q(5500)).ceil().eval().unwrap(), 1.into());
        assert_eq!(
            per_hour(19_800_001).over(q(5500)).ceil().eval().unwrap(),
            2.into()
        );
        assert_eq!(
            per_hour(19_800_000).over(q(5500)).ceil().eval().unwrap(),
            1.into()
        );
    }

    #[test]
    fn a_step_rounds_then_applies_its_floor() {
        let s = Step::rounded((), q(2).over(q(3)), Rounding::Down4).unwrap();
        assert_eq!(s.value, "0.6666".parse::<Decimal>().unwrap());
        let s = Step::new((), q(0).over(q(3)).ceil())
            .unwrap()
            .at_least(1.into());
        assert_eq!(s.value, 1.into());
    }

    #[test]
    fn nested_quotients_are_one_ratio() {
        // 100 / 3 / 2 is exactly 50 / 3: its ceiling is 17 whichever way it is grouped, and
        // (10 / 3) × 3 is exactly 10, not 9.999….
        let third = q(100).over(q(3)).over(q(2));
        assert_eq!(third.clone().ceil().eval().unwrap(), 17.into());
        assert_eq!(q(10).over(q(3)).times(q(3)).eval().unwrap(), 10.into());
        // A quotient shown rounded keeps its exact ratio under a later division.
        let rate = Expr::shown("r", q(12_960_001).over(q(2_592_000)), Rounding::Nearest6);
        assert_eq!(rate.clone().over(q(5)).ceil().eval().unwrap(), 2.into());
        assert_eq!(rate.over(q(1)).floor().eval().unwrap(), 5.into());
    }

    #[test]
    fn differences_units_and_headroom() {
        assert_eq!(q(14).minus(q(1)).eval().unwrap(), 13.into());
        assert_eq!(q(7).with_unit().eval().unwrap(), 7.into());
        let h = Expr::headroom(q(9), q(8), false);
        assert_eq!(h.eval().unwrap(), (-1).into());
    }

    #[test]
    fn exact10_keeps_short_values_and_rounds_long_ones() {
        let d = |s: &str| s.parse::<Decimal>().unwrap();
        assert_eq!(Rounding::Exact10.apply(d("4.8828125")), d("4.8828125"));
        assert_eq!(
            Rounding::Exact10.apply(d("17.066666666666666")),
            d("17.066667")
        );
    }

    #[test]
    fn differences_thresholds_and_labels() {
        // gp2 at 100 GiB: 5,400,000 credits / (3,000 − 300) = 2,000 s.
        let burst = q(5_400_000).over(q(3000).minus(q(300)));
        assert_eq!(burst.eval().unwrap(), 2000.into());
        // gp2's throughput: 128 MiB/s up to 170 GiB, 250 above.
        let tput = |size| Expr::pick(q(size), q(170), q(128), q(250));
        assert_eq!(tput(170).eval().unwrap(), 128.into());
        assert_eq!(tput(171).eval().unwrap(), 250.into());
        assert_eq!(tput(100).picks_at_most().unwrap(), Some(true));
        assert_eq!(q(1).picks_at_most().unwrap(), None);
        assert_eq!(q(7).labelled(Unit::Gib).eval().unwrap(), 7.into());
        assert_eq!(
            Expr::derived("mib", q(5).times(q(1024))).eval().unwrap(),
            5120.into()
        );
        let s = Step::rounded((), q(2).over(q(3)), Rounding::Down2).unwrap();
        assert_eq!(s.value, "0.66".parse::<Decimal>().unwrap());
    }

    proptest! {
        #[test]
        fn prop_nested_division_is_one_ceiling(n in 0u64..1_000_000_000, a in 1u64..100_000, b in 1u64..5_000) {
            let e = Expr::number(n.into()).over(Expr::number(a.into())).over(Expr::number(b.into())).ceil();
            prop_assert_eq!(e.eval().unwrap(), Decimal::from(n.div_ceil(a * b)));
            let m = Expr::number(n.into()).over(Expr::number(a.into())).times(Expr::number(b.into())).ceil();
            prop_assert_eq!(m.eval().unwrap(), Decimal::from((u128::from(n) * u128::from(b)).div_ceil(u128::from(a))));
        }

        #[test]
        fn prop_sub_inverts_add(a in -1_000_000i64..1_000_000, b in -1_000_000i64..1_000_000) {
            let e = Expr::sum(vec![q(a), q(b)]).minus(q(b));
            prop_assert_eq!(e.eval().unwrap(), Decimal::from(a));
        }

        #[test]
        fn prop_pick_takes_the_branch_the_threshold_says(x in any::<i32>(), t in any::<i32>()) {
            let e = Expr::pick(q(x.into()), q(t.into()), q(1), q(2));
            prop_assert_eq!(e.eval().unwrap(), Decimal::from(if x <= t { 1 } else { 2 }));
        }

        #[test]
        fn prop_down2_is_never_above_the_exact_value(n in 0u64..1_000_000_000, d in 1u64..100_000) {
            let exact = Decimal::from(n) / Decimal::from(d);
            let down = Rounding::Down2.apply(exact);
            prop_assert!(down <= exact && exact - down < Decimal::new(1, 2));
        }

        #[test]
        fn prop_ceil_div_matches_integer_arithmetic(n in 0u64..1_000_000_000, d in 1u64..100_000) {
            let e = Expr::number(n.into()).over(Expr::number(d.into())).ceil();
            prop_assert_eq!(e.eval().unwrap(), Decimal::from(n.div_ceil(d)));
            let f = Expr::number(n.into()).over(Expr::number(d.into())).floor();
            prop_assert_eq!(f.eval().unwrap(), Decimal::from(n / d));
        }

        #[test]
        fn prop_a_difference_undoes_a_sum(a in -1_000_000_000i64..1_000_000_000, b in -1_000_000_000i64..1_000_000_000) {
            prop_assert_eq!(Expr::sum(vec![q(a), q(b)]).minus(q(b)).eval().unwrap(), Decimal::from(a));
        }

        #[test]
        fn prop_ceil_of_a_rate_over_a_limit_is_exact(n in 0u64..u64::MAX, per in 1u32..100_000, limit in 1u32..100_000) {
            let rate = Expr::number(n.into()).over(Expr::number(per.into()));
            let got = rate.over(Expr::number(limit.into())).ceil().eval().unwrap();
            let d = u128::from(per) * u128::from(limit);
            prop_assert_eq!(got, Decimal::from(u128::from(n).div_ceil(d)));
        }

        #[test]
        fn prop_eval_never_panics(a in any::<i64>(), b in any::<i64>(), c in any::<i64>()) {
            let e = Expr::sum(vec![q(a).times(q(b)), q(c).over(q(b)).ceil(), q(a).over(q(c)).floor()]);
            let _ = e.eval();
        }
    }
}
