//! `awscalc cidr BLOCK --split P | --into N` in words: [`crate::calc::vpc::split`]'s
//! [`Split`] as a report. The subnets themselves are streamed after it, untouched, by the
//! binary's row writer.

use crate::calc::vpc::{
    self as calc, Block, Count, Split, SplitBy, SplitRequest, SplitStep, Subnets,
};
use crate::error::Error;
use crate::facts::FactBook;
use crate::report::{Number, Report, Value};

use super::{describe_block_input, host_bits_warning, size_words, typed_step};

/// `awscalc cidr BLOCK --split P | --into N`: [`calc::split`], explained, and the subnets
/// to list.
///
/// # Errors
/// As [`calc::split`].
pub fn split(request: &SplitRequest, book: &mut FactBook) -> Result<(Report, Subnets), Error> {
    let (split, subnets) = calc::split(request, book)?;
    let mut report = Report::new("cidr", book.as_of());
    let parent = split.parent.block;
    if split.parent.host_bits_set {
        host_bits_warning(&request.parent, parent, &mut report);
    }
    describe_block_input(&request.parent, parent, &mut report);
    let prefix = split.prefix;
    match split.by {
        SplitBy::Prefix(p) => report.input(
            "split",
            &format!("/{p}"),
            format!("subnets of /{p}"),
            Value::number(p),
        ),
        SplitBy::Parts(n) => {
            report.input(
                "into",
                &n.to_string(),
                format!("{} equal parts", Number::from(n).grouped()),
                Value::number(n),
            );
            if !n.is_power_of_two() {
                report.note(format!(
                    "{} is not a power of two: equal CIDR blocks come in powers of two, so the \
                     block is split into {} parts",
                    Number::from(n).grouped(),
                    split.count.number().grouped()
                ));
            }
        }
    }
    for step in &split.steps {
        let (label, unit) = match step.what {
            SplitStep::ExtraBits => ("extra prefix bits", "bits"),
            SplitStep::Subnets => ("subnets", "subnets"),
            SplitStep::UsableEach => ("usable in each", "addresses"),
            SplitStep::UsableAll => ("usable in all", "addresses"),
        };
        typed_step(&mut report, label, step, unit);
    }
    fields(&mut report, &split);
    report.answer.push("count".into());
    let noun = if split.count == Count::Exact(1) {
        "subnet"
    } else {
        "subnets"
    };
    report.headline = format!(
        "{} {noun} of /{prefix} in {parent}, {} usable addresses each",
        split.count.number().grouped(),
        Number::from(split.usable_each).grouped()
    );
    report.summary = format!(
        "2^({prefix} − {}) blocks of 2^{} addresses, each less the {} AWS reserves",
        parent.prefix(),
        split.child_host_bits(),
        split.reservation.total
    );
    if !split.rule.allows(prefix) {
        report.warn(format!(
            "/{prefix} is not an AWS {} subnet size ({}): these blocks cannot be subnets",
            parent.family().name(),
            size_words(split.rule)
        ));
    }
    if let Some(listed) = split.listed {
        if split.count.value().is_none_or(|c| listed < c) {
            report.note(format!(
                "listing the first {} of {} subnets (--limit)",
                Number::from(listed).grouped(),
                split.count.number().grouped()
            ));
        }
    }
    report.attach_facts(book);
    Ok((report, subnets))
}

/// The result fields (JSON: `result.count`, `result.usable_each`, …).
fn fields(report: &mut Report, split: &Split) {
    report.field("parent", Value::text(split.parent.block.to_string()), "");
    report.field("prefix", Value::number(split.prefix), "");
    report.field("count", Value::Number(split.count.number()), "subnets");
    report.field("usable_each", Value::number(split.usable_each), "addresses");
    if let Some(total) = split.usable_total {
        report.field("usable_total", Value::number(total), "addresses");
    }
    if let Some(listed) = split.listed {
        report.field("listed", Value::number(listed), "subnets");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::testing::book;
    use crate::explain::vpc::testing::text;

    fn split_report(parent: &str, by: SplitBy, limit: Option<u128>) -> Result<Report, Error> {
        split(
            &SplitRequest {
                parent: parent.parse().unwrap(),
                by,
                count_only: false,
                limit,
                strict: false,
            },
            &mut book(),
        )
        .map(|(r, _)| r)
    }

    /// 10.0.0.0/16 into /24: 2^(24 − 16) = 256 subnets of max(0, 2^8 − 5) = 251 usable,
    /// 256 × 251 = 64,256 in all.
    #[test]
    fn a_16_into_24_shows_its_arithmetic() {
        let r = split_report("10.0.0.0/16", SplitBy::Prefix(24), None).unwrap();
        assert_eq!(text(&r, "count"), "256");
        let formulas: Vec<&str> = r.steps.iter().map(|s| s.formula.as_str()).collect();
        assert_eq!(formulas, ["2^(24 − 16)", "max(0, 2^8 − 5)", "256 × 251"]);
        assert_eq!(
            r.headline,
            "256 subnets of /24 in 10.0.0.0/16, 251 usable addresses each"
        );
    }

    /// 3 parts round up to 4 = 2^2: /16 + 2 = /18, with a note.
    #[test]
    fn into_three_notes_the_power_of_two() {
        let r = split_report("10.0.0.0/16", SplitBy::Parts(3), None).unwrap();
        assert_eq!(text(&r, "prefix"), "18");
        assert_eq!(r.steps[0].formula, "ceil(log2 3)");
        assert!(r.notes.iter().any(|n| n.text.contains("power of two")));
    }

    #[test]
    fn refusals_keep_their_words() {
        let err = split_report("2600::/32", SplitBy::Prefix(64), None)
            .unwrap_err()
            .to_string();
        assert_eq!(
            err,
            "splitting 2600::/32 into /64 gives 4,294,967,296 subnets, more than the \
             16,777,216 awscalc lists; add --count for the number only, or --limit N for the \
             first N"
        );
        let err = split_report("10.0.0.0/16", SplitBy::Prefix(8), None)
            .unwrap_err()
            .to_string();
        assert!(err.contains("larger than the block"), "{err}");
        let err = split_report("10.0.0.0/16", SplitBy::Prefix(33), None)
            .unwrap_err()
            .to_string();
        assert!(err.contains("at most /32"), "{err}");
    }
}
