//! Changing a volume in words: the report for `awscalc ebs --type T --size S --to-type T2
//! --to-size S2 [--to-iops N] [--to-throughput T]`, built from [`crate::calc::ebs::modify`].

use super::{gib_in, volume_report};
use crate::calc::ebs::{self as calc, Frequency, ModifyRequest, VolumeRequest};
use crate::error::Error;
use crate::facts::FactBook;
use crate::report::{Report, Value};
use crate::units::group;

/// `awscalc ebs --type gp2 --size 100 --to-type gp3 --to-size 200`: [`calc::modify`],
/// explained: the modified volume's report, headed by the change and the rule of the day
/// on how often a volume may be modified.
///
/// # Errors
/// As [`calc::modify`].
pub fn modify(request: &ModifyRequest, book: &mut FactBook) -> Result<Report, Error> {
    let m = calc::modify(request, book)?;
    let to_request = VolumeRequest {
        volume_type: m.to.volume_type,
        size: request
            .to_size
            .clone()
            .unwrap_or_else(|| request.from.size.clone()),
        iops: request.to_iops.or(if m.type_changes {
            None
        } else {
            request.from.iops
        }),
        throughput: request.to_throughput.clone().or(if m.type_changes {
            None
        } else {
            request.from.throughput.clone()
        }),
        scan: false,
    };
    let mut report = volume_report(&to_request, &m.to, book.as_of());
    // Sizes in the unit family each was typed in (`--to-size 2tib`: 2 TiB (2,048 GiB)).
    let from = format!(
        "{} {}",
        m.from.volume_type,
        gib_in(m.from.size_gib, request.from.size.unit())
    );
    let to = format!(
        "{} {}",
        m.to.volume_type,
        gib_in(m.to.size_gib, to_request.size.unit())
    );
    report.input(
        "from",
        &format!("{} {}", m.from.volume_type, request.from.size.text()),
        format!("the volume now: {from}"),
        Value::Map(vec![
            ("type".into(), Value::text(m.from.volume_type.name())),
            ("gib".into(), Value::from(m.from.size_gib)),
        ]),
    );
    let often = match m.frequency {
        Frequency::PerDay { count } => format!(
            "up to {} modifications of a volume in a rolling 24 hours, each complete before the next",
            group(count)
        ),
        Frequency::Cooldown { hours } => format!(
            "then wait at least {} hours before modifying the volume again",
            group(hours)
        ),
    };
    report.headline = format!("allowed: {from} → {to}: {}", report.headline);
    report.summary = format!(
        "{}{often}",
        if m.grows_gib.is_zero() {
            String::new()
        } else {
            format!("grows by {}; ", gib_in(m.grows_gib, to_request.size.unit()))
        }
    );
    report.field("allowed", Value::Bool(true), "");
    report.field("grows_gib", Value::from(m.grows_gib), "GiB");
    match m.frequency {
        Frequency::PerDay { count } => {
            report.field("modifications_per_24h", Value::from(count), "modifications");
        }
        Frequency::Cooldown { hours } => {
            report.field("cooldown_hours", Value::from(hours), "hours");
        }
    }
    let kind = m.to.volume_type;
    report.field("bootable", Value::Bool(m.bootable), "");
    report.field(
        "multi_attach_instances",
        m.multi_attach_instances.map_or(Value::Null, Value::from),
        "instances",
    );
    if !m.bootable {
        report.note(format!(
            "{kind} cannot be a boot volume (AWS: st1 and sc1 \"can't be used as boot volumes\"): a root volume cannot become {kind}"
        ));
    }
    match m.multi_attach_instances {
        Some(n) => report.aside(format!(
            "{kind} can use Multi-Attach: up to {} Nitro-based instances in one Availability Zone",
            group(n)
        )),
        None if m.from.volume_type.multi_attach() => report.note(format!(
            "Multi-Attach is io1 and io2 only (AWS: ModifyVolume): as {kind} the volume cannot keep it"
        )),
        None => {}
    }
    if !m.grows_gib.is_zero() {
        report.note(
            "after a size change, extend the file system to use the new space (AWS: Elastic Volumes)",
        );
    }
    report.attach_facts(book);
    Ok(report)
}
