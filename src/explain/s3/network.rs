//! `awscalc s3 transfer` in words, from the typed [`Transfer`] of
//! [`crate::calc::s3::network`].

use rust_decimal::Decimal;

use crate::calc::s3::network::{
    self as calc, Faster, Transfer, TransferRequest, TransferStep, TRANSFER_CONVENTION,
};
use crate::error::Error;
use crate::explain::formula;
use crate::facts::s3 as fact;
use crate::facts::FactBook;
use crate::report::{Alternative, Report, Value};
use crate::steps::Rounding;
use crate::units::{group, BitUnit, SizeUnit};

/// Seconds in an hour and in a day: time arithmetic, not AWS values.
const HOUR: u32 = 3_600;
const DAY: u32 = 86_400;

/// `seconds ÷ per`, to 6 decimal places.
fn in_units(seconds: Decimal, per: u32) -> Decimal {
    Rounding::Nearest6.apply(seconds / Decimal::from(per))
}

/// `27.78 hours (1.16 days)`: a time in hours, with days beside once it is a day or more.
fn time_words(seconds: Decimal) -> String {
    let hours = in_units(seconds, HOUR).round_dp(2).normalize();
    let days = in_units(seconds, DAY).round_dp(2).normalize();
    if seconds < Decimal::from(HOUR) {
        format!("{} s", group(seconds.round_dp(2).normalize()))
    } else if seconds < Decimal::from(DAY) {
        crate::words::plural(hours, "hour")
    } else {
        format!(
            "{} ({})",
            crate::words::plural(hours, "hour"),
            crate::words::plural(days, "day")
        )
    }
}

/// `1 Gbps`, `800 Mbps`: bits per second in the largest decimal unit that keeps it whole,
/// or in Mbps with decimals.
fn bits_words(bits_per_second: Decimal) -> String {
    for unit in [
        BitUnit::Tbps,
        BitUnit::Gbps,
        BitUnit::Mbps,
        BitUnit::Kbps,
        BitUnit::Bps,
    ] {
        let value = bits_per_second / unit.bits_per_second();
        if value >= Decimal::ONE && value.fract().is_zero() {
            return format!("{} {}", group(value.normalize()), unit.symbol());
        }
    }
    let mbps = Rounding::Nearest6.apply(bits_per_second / BitUnit::Mbps.bits_per_second());
    format!("{} Mbps", group(mbps.normalize()))
}

/// `10 TB`: bytes in decimal units, as the size was read.
fn bytes_words(bytes: Decimal) -> String {
    for unit in [SizeUnit::Tera, SizeUnit::Giga, SizeUnit::Mega] {
        let per = unit.bytes(TRANSFER_CONVENTION);
        let value = bytes / per;
        if value >= Decimal::ONE {
            return format!(
                "{} {}",
                group(Rounding::Nearest6.apply(value).round_dp(2).normalize()),
                unit.symbol()
            );
        }
    }
    format!("{} bytes", group(bytes))
}

/// `awscalc s3 transfer`: [`calc::transfer`], explained.
///
/// # Errors
/// As [`calc::transfer`].
#[allow(clippy::too_many_lines)] // each input, each step's label, then the notes
pub fn transfer(request: &TransferRequest, book: &mut FactBook) -> Result<Report, Error> {
    let t = calc::transfer(request, book)?;
    let mut report = Report::new("s3 transfer", book.as_of());
    report.size_input(
        "size",
        &request.size,
        SizeUnit::Byte,
        TRANSFER_CONVENTION,
        " (decimal, as disks and links are sold)",
    )?;
    report.input(
        "bandwidth",
        request.bandwidth.text(),
        format!("{} bits per second", group(t.link_bits_per_second)),
        Value::from(t.link_bits_per_second),
    );
    if request.bandwidth.unit().is_none() {
        report.note(format!(
            "`{}` has no unit: read as {} Mbps",
            request.bandwidth.text(),
            group(request.bandwidth.value())
        ));
    }
    if let Some(u) = &request.utilization {
        report.input(
            "utilization",
            u.text(),
            format!("{}% of the link", group(u.percent())),
            Value::from(u.percent()),
        );
    }
    if let Some(n) = request.streams {
        report.input(
            "streams",
            &n.to_string(),
            crate::words::plural(n, "parallel stream"),
            Value::from(Decimal::from(n)),
        );
    }
    if let Some(p) = &request.per_stream {
        report.input(
            "per_stream",
            p.text(),
            format!(
                "at most {} per stream",
                bits_words(p.bits_per_second(BitUnit::Mbps)?)
            ),
            Value::from(p.bits_per_second(BitUnit::Mbps)?),
        );
    }
    if let (Some(capacity), Some(turnaround)) = (&request.device_capacity, &request.turnaround) {
        report.size_input(
            "device_capacity",
            capacity,
            SizeUnit::Byte,
            TRANSFER_CONVENTION,
            " usable per device (your figure)",
        )?;
        report.input(
            "turnaround",
            turnaround.text(),
            format!(
                "{} s end to end per device (your figure)",
                group(turnaround.seconds())
            ),
            Value::from(turnaround.seconds()),
        );
    }
    for step in &t.steps {
        let (label, unit) = match step.what {
            TransferStep::Bits => ("data in bits", "bits"),
            TransferStep::UsableRate => ("link share", "bits/s"),
            TransferStep::StreamsRate => ("streams together", "bits/s"),
            TransferStep::Rate => ("transfer rate: the smaller", "bits/s"),
            TransferStep::Seconds => ("time over the link", "s"),
            TransferStep::PerStream => ("each stream carries", "bits/s"),
            TransferStep::Devices => ("devices", "devices"),
            TransferStep::Rounds => ("rounds, one after another", "rounds"),
            TransferStep::DeviceSeconds => ("time by device", "s"),
            TransferStep::BreakEvenBytes => ("link moves per turnaround", "bytes"),
        };
        report.step(label, formula::text(&step.formula), step.value, unit);
    }
    fields(&t, &mut report);
    report.answer.push("hours".into());
    report.headline = time_words(t.seconds);
    report.summary = format!(
        "moving {} over {}{}",
        bytes_words(t.bytes),
        bits_words(t.link_bits_per_second),
        if t.utilization_percent == Decimal::ONE_HUNDRED {
            String::new()
        } else {
            format!(" at {}%", group(t.utilization_percent))
        }
    );
    if t.limited_by_streams {
        report.note(format!(
            "the streams, not the link, set the rate: {} together against {} of the link",
            bits_words(t.rate_bits_per_second),
            bits_words(t.link_bits_per_second * t.utilization_percent / Decimal::ONE_HUNDRED)
        ));
    }
    device_notes(&t, book, &mut report)?;
    report.aside(
        "awscalc's arithmetic, not an AWS rule: bytes × 8 ÷ (bits/s × utilization), with no \
         protocol overhead, retries or per-object latency",
    );
    report.note(
        "S3 Transfer Acceleration (uploads through CloudFront edge locations) may speed up \
         long-distance transfers; AWS gives no fixed speed-up, so none is assumed: compare with \
         AWS's Transfer Acceleration speed comparison tool",
    );
    if let Some(binary) = t.seconds_binary_size {
        report.alternatives.push(Alternative {
            value: in_units(binary, HOUR),
            reading: "the size read 1,024-based (TB as 2^40 bytes)".into(),
            distance: 1,
        });
    }
    report.alternatives.push(Alternative {
        value: in_units(t.seconds * Decimal::from(8), HOUR),
        reading: "the bandwidth read as bytes per second, not bits (×8 too fast)".into(),
        distance: 1,
    });
    report.attach_facts(book);
    Ok(report)
}

/// The result fields.
fn fields(t: &Transfer, report: &mut Report) {
    // The answer to 2 places, as the headline shows it; the seconds beside are exact to 6.
    report.field(
        "hours",
        Value::from(in_units(t.seconds, HOUR).round_dp(2).normalize()),
        "hours",
    );
    report.field("seconds", Value::from(t.seconds), "s");
    report.field("days", Value::from(in_units(t.seconds, DAY)), "days");
    report.field("bytes", Value::from(t.bytes), "bytes");
    report.field(
        "rate_bits_per_second",
        Value::from(t.rate_bits_per_second),
        "bits/s",
    );
    report.detail(
        "per_stream_bits_per_second",
        Value::from(t.per_stream_bits_per_second),
        "bits/s",
    );
    if let Some(d) = &t.device {
        report.field("devices", Value::from(d.devices), "devices");
        report.field(
            "device_days",
            Value::from(in_units(d.device_seconds, DAY)),
            "days",
        );
        report.field("break_even_bytes", Value::from(d.break_even_bytes), "bytes");
        report.field(
            "faster",
            Value::text(match d.faster {
                Faster::Network => "network",
                Faster::Device => "device",
                Faster::Same => "same",
            }),
            "",
        );
    }
}

/// The device comparison, in words.
fn device_notes(t: &Transfer, book: &FactBook, report: &mut Report) -> Result<(), Error> {
    let Some(d) = &t.device else {
        return Ok(());
    };
    let verdict = match d.faster {
        Faster::Network => "the network is faster",
        Faster::Device => "shipping is faster",
        Faster::Same => "both take as long",
    };
    report.note(format!(
        "by device: {} of {}, {} at a time (an account's default Snow device quota; AWS \
         Support can raise it), {} each: {}; {verdict}",
        crate::words::plural(d.devices, "device"),
        bytes_words(d.capacity_bytes),
        group(d.devices_at_once),
        time_words(d.turnaround_seconds),
        time_words(d.device_seconds),
    ));
    report.note(format!(
        "break-even: the link moves {} in one turnaround; more data than that on one device \
         ships faster",
        bytes_words(d.break_even_bytes)
    ));
    report.note(format!(
        "the turnaround and capacity are your figures: AWS documents no end-to-end time, only \
         that preparing a device may take up to {} days before it ships",
        group(d.prepare_max_days)
    ));
    if !d.open_to_new_customers {
        let since = book
            .fact(fact::SNOWBALL_EDGE_NEW_CUSTOMERS)?
            .current()
            .since
            .map_or_else(String::new, |s| format!(" since {s}"));
        report.warn(format!(
            "AWS Snowball Edge takes only existing customers{since}: AWS points new customers \
             to AWS DataSync (online), AWS Data Transfer Terminal (your own device at an AWS \
             site) or AWS Partner solutions"
        ));
    }
    Ok(())
}
