//! A formula as text: `ceil(5,120 / 4,096)`, `2 × 100 / 60 s`.

use std::fmt::Write;

use crate::steps::{Expr, Unit};
use crate::units::group;

/// `expr` as a formula with its numbers filled in, digits grouped: `ceil(5,120 / 4,096)`.
///
/// Operators bind as usual (`×` and `/` before `+`), and parentheses are written only
/// where they change the meaning. A quantity of seconds is followed by `s`; an earlier
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
        Expr::Add { .. } | Expr::Sub { .. } => 1,
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
                let _ = write!(out, "{} s", value.normalize());
            } else {
                out.push_str(&group(*value));
            }
        }
        Expr::Earlier {
            formula, rounding, ..
        } => match formula.eval() {
            Ok(value) => out.push_str(&group(rounding.apply(value))),
            Err(_) => out.push('?'),
        },
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
        Expr::Sub { left, right } => {
            operand(left, 1, out);
            out.push_str(" - ");
            // `a - (b + c)` and `a - (b - c)` keep their parentheses.
            operand(right, 2, out);
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
            "100 - (3 - 1) × 2"
        );
        assert_eq!(text(&q(9).minus(q(2)).minus(q(1))), "9 - 2 - 1");
        assert_eq!(
            text(&q(9).minus(Expr::sum(vec![q(2), q(1)]))),
            "9 - (2 + 1)"
        );
    }

    #[test]
    fn seconds_and_earlier_results() {
        let per_second =
            q(2).times(q(100))
                .over(Expr::quantity("seconds", 3600.into(), Unit::Seconds));
        assert_eq!(text(&per_second), "2 × 100 / 3600 s");
        let step = Step::rounded((), per_second, Rounding::Nearest6).unwrap();
        assert_eq!(text(&Expr::earlier("r", &step).ceil()), "ceil(0.055556)");
    }
}
