//! `awscalc kinesis --shards N --to M` when UpdateShardCount refuses the resharding: a
//! verdict (`no`, exit 1), not an error, naming the count and the limit it breaks.

use crate::calc::kinesis::{ReshardBlock, ReshardRequest, Resharding};
use crate::facts::FactBook;
use crate::report::{Report, Value};
use crate::units::group;

/// The report on a resharding that `block` refuses.
pub(super) fn verdict(
    request: &ReshardRequest,
    answer: &Resharding,
    block: ReshardBlock,
    book: &mut FactBook,
) -> Report {
    let mut report = Report::new("kinesis", book.as_of());
    report.check_failed = true;
    report.input(
        "shards",
        &request.from.to_string(),
        format!("{} open shards now", group(answer.from)),
        Value::from(answer.from),
    );
    report.input(
        "to",
        &request.to.to_string(),
        format!("{} open shards wanted", group(answer.to)),
        Value::from(answer.to),
    );
    let (limit, max) = match block {
        ReshardBlock::AboveMax { to, max } => {
            report.headline = format!(
                "no: {} shards is above the {} shards UpdateShardCount scales a stream to",
                group(to),
                group(max)
            );
            ("above_max", max)
        }
        ReshardBlock::NotBelowMax { from, to, max } => {
            report.headline = format!(
                "no: a stream of {} shards scales down only below {} shards, not to {}",
                group(from),
                group(max),
                group(to)
            );
            ("not_below_max", max)
        }
        ReshardBlock::HalvingNotBelowMax { from, lowest, max } => {
            report.headline = format!(
                "no: from {} shards one call goes down to {} at the fewest, not below {}",
                group(from),
                group(lowest),
                group(max)
            );
            report.note(format!(
                "a stream above {} shards may be scaled down only below {}, and one call goes \
                 down to half at the fewest ({} from {}): awscalc reads the two limits \
                 together, so no first call is allowed",
                group(max),
                group(max),
                group(lowest),
                group(from)
            ));
            ("halving_not_below_max", max)
        }
    };
    report.summary = format!(
        "resharding {} → {} with UpdateShardCount",
        group(answer.from),
        group(answer.to)
    );
    report.field("possible", Value::Bool(false), "");
    report.answer.push("possible".into());
    report.field("to", Value::from(answer.to), "shards");
    report.field("max_shards", Value::from(max), "shards");
    report.detail("limit", Value::text(limit), "");
    report.note(format!(
        "UpdateShardCount's default limits: no target above {} shards in a stream, and a \
         stream above {} is scaled down only to fewer than {}; besides, each call at most \
         ×{} or at least ×{}, and at most {} calls per rolling 24 hours",
        group(max),
        group(max),
        group(max),
        group(answer.max_factor),
        group(answer.min_factor),
        group(answer.calls_per_day)
    ));
    report.note(
        "request a higher limit (Service Quotas, or AWS Support), or split the workload over \
         more streams",
    );
    super::kinesis::quota_warning(answer.quota.as_ref(), &mut report);
    report.attach_facts(book);
    report
}
