//! A formula as text: `ceil(5,120 / 4,096)`, `2 × 100 / 60 s`.

use std::fmt::Write;

use crate::steps::{Expr, Unit};
use crate::units::group;

/// `expr` as a formula with its numbers filled in, digits grouped: `ceil(5,120 / 4,096)`.
///
/// Operators bind as usual (`×` and `/` before `+`), and parentheses are written only
/// where they change the meaning. A quantity of seconds is followed by `s` (`86,400 s`); an earlier
/// step's result shows as that step shows its value.
///
/// ```
/// use awscalc::explain::formula::text;
/// use awscalc::steps::{Expr, Unit};
///
/// let units = Expr::quantity("item_bytes", 5120.into(), Unit::Bytes)
///     .over(Expr::quantity("unit_bytes", 4096.into(), Unit::Bytes))
///     .ceil();
/// assert_eq!(text(&units), "ceil(5,120 / 4,096)");
/// ```
#[must_use]
pub fn text(expr: &Expr) -> String {
    let mut out = String::new();
    write(expr, &mut out);
    out
}

/// How tightly an expression binds: 1 sums, 2 products and quotients, 3 everything else.
fn precedence(expr: &Expr) -> u8 {
    match expr {
        Expr::Add { .. } | Expr::Sub { .. } | Expr::Headroom { .. } => 1,
        Expr::Mul { .. } | Expr::Div { .. } => 2,
        _ => 3,
    }
}

fn operand(expr: &Expr, min: u8, out: &mut String) {
    if precedence(expr) < min {
        out.push('(');
        write(expr, out);
        out.push(')');
    } else {
        write(expr, out);
    }
}

fn call(name: &str, args: &[Expr], out: &mut String) {
    out.push_str(name);
    out.push('(');
    for (i, arg) in args.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write(arg, out);
    }
    out.push(')');
}

fn write(expr: &Expr, out: &mut String) {
    match expr {
        Expr::Quantity { value, unit, .. } => {
            if *unit == Unit::Seconds {
                let _ = write!(out, "{} s", group(*value));
            } else {
                out.push_str(&group(*value));
            }
        }
        Expr::Earlier { rounding, .. } => match expr.eval() {
            Ok(value) => out.push_str(&group(rounding.apply(value))),
            Err(_) => out.push('?'),
        },
        Expr::WithUnit { of } => {
            write(of, out);
            if let Expr::Quantity { unit, .. } = **of {
                if let Some(word) = unit_word(unit) {
                    out.push(' ');
                    out.push_str(word);
                }
            }
        }
        Expr::Labelled { of, unit } => {
            write(of, out);
            if let Some(symbol) = symbol(*unit) {
                out.push(' ');
                out.push_str(symbol);
            }
        }
        Expr::Sub { left, right } => {
            operand(left, 1, out);
            out.push_str(" − ");
            // `a − (b + c)` and `a − (b − c)` keep their parentheses.
            operand(right, 2, out);
        }
        Expr::Headroom {
            demand,
            limit,
            within,
        } => {
            operand(demand, 2, out);
            out.push_str(if *within { " ≤ " } else { " > " });
            operand(limit, 2, out);
        }
        Expr::Pick {
            left,
            right,
            at_most,
            above,
        } => {
            let (Ok(l), Ok(r)) = (left.eval(), right.eval()) else {
                out.push('?');
                return;
            };
            let holds = l <= r;
            write(left, out);
            out.push_str(if holds { " ≤ " } else { " > " });
            write(right, out);
            let branch = if holds { at_most } else { above };
            if !matches!(**branch, Expr::Quantity { .. }) {
                out.push_str(": ");
                write(branch, out);
            }
        }
        Expr::Ceil { of } => call("ceil", std::slice::from_ref(of), out),
        Expr::Floor { of } => call("floor", std::slice::from_ref(of), out),
        Expr::Max { terms } => call("max", terms, out),
        Expr::Min { terms } => call("min", terms, out),
        Expr::Add { terms } => {
            for (i, term) in terms.iter().enumerate() {
                if i > 0 {
                    out.push_str(" + ");
                }
                operand(term, 1, out);
            }
        }
        Expr::Mul { left, right } => {
            operand(left, 2, out);
            out.push_str(" × ");
            operand(right, 2, out);
        }
        Expr::Div { left, right } => {
            operand(left, 2, out);
            out.push_str(" / ");
            // `a / (b × c)` keeps its parentheses: `/` does not associate.
            operand(right, 3, out);
        }
    }
}

/// The word after a number of `unit` in a [`Expr::WithUnit`], where it has one (`bytes`).
fn unit_word(unit: Unit) -> Option<&'static str> {
    match unit {
        Unit::Bytes => Some("bytes"),
        Unit::Items => Some("items"),
        Unit::Pages => Some("pages"),
        Unit::Consumers => Some("consumers"),
        Unit::Days => Some("days"),
        // A quantity of seconds already ends in `s`.
        Unit::Count | Unit::Units | Unit::PerSecond | Unit::Seconds => None,
        Unit::Gib | Unit::Mib | Unit::Kib | Unit::MibPerSecond | Unit::Iops | Unit::Gbps => {
            symbol(unit)
        }
    }
}

/// The symbol a [`Expr::Labelled`] operand is followed by; `None` for a plain number.
fn symbol(unit: Unit) -> Option<&'static str> {
    match unit {
        Unit::Bytes => Some("bytes"),
        Unit::Seconds => Some("s"),
        Unit::Gib => Some("GiB"),
        Unit::Mib => Some("MiB"),
        Unit::Kib => Some("KiB"),
        Unit::MibPerSecond => Some("MiB/s"),
        Unit::Iops => Some("IOPS"),
        Unit::Consumers => Some("consumers"),
        Unit::Days => Some("days"),
        Unit::Gbps => Some("Gbps"),
        Unit::Count | Unit::Units | Unit::Items | Unit::Pages | Unit::PerSecond => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::steps::{Rounding, Step};

    fn q(v: i64) -> Expr {
        Expr::number(v.into())
    }

    #[test]
    fn parentheses_only_where_they_change_the_meaning() {
        assert_eq!(text(&q(2).times(q(3)).over(q(4)).ceil()), "ceil(2 × 3 / 4)");
        assert_eq!(text(&q(2).over(q(3).times(q(4)))), "2 / (3 × 4)");
        assert_eq!(
            text(&Expr::sum(vec![q(1), q(2)]).times(q(3))),
            "(1 + 2) × 3"
        );
        assert_eq!(
            text(&Expr::sum(vec![q(1_000).times(q(2)), q(3)])),
            "1,000 × 2 + 3"
        );
        assert_eq!(text(&Expr::max(vec![q(1), q(2)])), "max(1, 2)");
        assert_eq!(
            text(&q(100).minus(q(3).minus(q(1)).times(q(2)))),
            "100 − (3 − 1) × 2"
        );
        assert_eq!(text(&q(9).minus(q(2)).minus(q(1))), "9 − 2 − 1");
        assert_eq!(
            text(&q(9).minus(Expr::sum(vec![q(2), q(1)]))),
            "9 − (2 + 1)"
        );
    }

    #[test]
    fn differences_thresholds_and_labels() {
        // gp2 at 100 GiB (general-purpose.html): 5,400,000 / (3,000 − 300).
        assert_eq!(
            text(&q(5_400_000).over(q(3000).minus(q(300)))),
            "5,400,000 / (3,000 − 300)"
        );
        assert_eq!(text(&q(9).minus(q(3).minus(q(1)))), "9 − (3 − 1)");
        let gib = |n| q(n).labelled(Unit::Gib);
        assert_eq!(
            text(&Expr::pick(gib(100), gib(170), q(128), q(250))),
            "100 GiB ≤ 170 GiB"
        );
        let io1 = |iops| {
            let at = |cap, kib| {
                Expr::min(vec![
                    q(cap),
                    q(iops).times(q(kib).labelled(Unit::Kib)).over(q(1024)),
                ])
            };
            Expr::pick(q(iops), q(32_000), at(500, 256), at(1000, 16))
        };
        assert_eq!(
            text(&io1(5000)),
            "5,000 ≤ 32,000: min(500, 5,000 × 256 KiB / 1,024)"
        );
        assert_eq!(
            text(&io1(40_000)),
            "40,000 > 32,000: min(1,000, 40,000 × 16 KiB / 1,024)"
        );
        assert_eq!(
            text(&Expr::derived("mib", q(5).times(q(1024))).labelled(Unit::Mib)),
            "5,120 MiB"
        );
    }

    #[test]
    fn seconds_and_earlier_results() {
        let per_second =
            q(2).times(q(100))
                .over(Expr::quantity("seconds", 3600.into(), Unit::Seconds));
        assert_eq!(text(&per_second), "2 × 100 / 3,600 s");
        let step = Step::rounded((), per_second, Rounding::Nearest6).unwrap();
        assert_eq!(text(&Expr::earlier("r", &step).ceil()), "ceil(0.055556)");
    }

    #[test]
    fn differences_units_and_comparisons() {
        let calls = Expr::quantity("calls", 14.into(), Unit::Count);
        assert_eq!(
            text(&calls.minus(q(1)).over(q(10)).floor().times(q(24))),
            "floor((14 − 1) / 10) × 24"
        );
        assert_eq!(
            text(&q(5).minus(Expr::sum(vec![q(1), q(2)]))),
            "5 − (1 + 2)"
        );
        let bytes = Expr::quantity("bytes", 4_718_592.into(), Unit::Bytes).with_unit();
        assert_eq!(text(&bytes.over(q(1024))), "4,718,592 bytes / 1,024");
        let none = Expr::quantity("consumers", 0.into(), Unit::Consumers).with_unit();
        assert_eq!(text(&none), "0 consumers");
        assert_eq!(text(&Expr::headroom(q(4), q(4), true)), "4 ≤ 4");
        assert_eq!(text(&Expr::headroom(q(5), q(4), false)), "5 > 4");
    }
}
