//! Moving data to S3 over a network link, and when shipping a device beats it:
//! `awscalc s3 transfer --size 10tb --bandwidth 1gbps [--utilization 80%] [--streams N]`.
//!
//! The arithmetic is awscalc's, not an AWS rule: `seconds = bytes × 8 ÷ (link bits/s ×
//! utilization)`, with the link in decimal bits per second as links are sold (1 Gbps =
//! 10^9 bits/s) and the size in decimal bytes (10 TB = 10^13 bytes), as disks and devices are
//! sold; `--expect` also knows the 1,024-based reading of the size. With `--streams N
//! --per-stream R` the rate is also capped by what the streams carry together, `N × R`.
//!
//! The device comparison takes the device's usable capacity and its end-to-end turnaround
//! (order, preparation, shipping both ways, loading, import) from the user
//! (`--device-capacity`, `--turnaround`): AWS documents no end-to-end figure for AWS
//! Snowball Edge. What AWS does document, and the registry records: an account may have one
//! Snow device at a time by default (so devices go one after another), AWS may take up to
//! 4 weeks to prepare a device before it ships, and Snowball Edge is offered only to
//! existing customers since 2025-11-07.

use std::str::FromStr;

use rust_decimal::Decimal;
use serde::Serialize;

use super::Problem;
use crate::error::Error;
use crate::facts::s3 as fact;
use crate::facts::FactBook;
use crate::steps::{Expr, Rounding, Step, Unit};
use crate::units::{BitRate, BitUnit, Duration, DurationGrammar, KbConvention, Size, SizeUnit};

/// The forms `--utilization` accepts.
const ACCEPTED_UTILIZATION: &str = "a percentage above 0 and at most 100, like 80% or 80";

/// The forms `--turnaround` accepts.
pub const ACCEPTED_TURNAROUND: &str =
    "a duration with its unit, like 7d, 168h or 2 weeks written as 14d";

/// The share of a link's bandwidth a transfer gets, in percent: `80%` or `80`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Utilization {
    percent: Decimal,
    text: String,
}

impl Utilization {
    /// The percentage, above 0 and at most 100.
    #[must_use]
    pub fn percent(&self) -> Decimal {
        self.percent
    }

    /// The text as typed, trimmed.
    #[must_use]
    pub fn text(&self) -> &str {
        &self.text
    }
}

impl std::fmt::Display for Utilization {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

impl FromStr for Utilization {
    type Err = Error;

    fn from_str(input: &str) -> Result<Utilization, Error> {
        let text = input.trim();
        let bad = |reason: &'static str| Error::Invalid {
            what: "utilization",
            input: text.to_string(),
            reason: reason.to_string(),
            expected: ACCEPTED_UTILIZATION.to_string(),
        };
        let number = text.strip_suffix('%').unwrap_or(text).trim();
        let percent: Decimal = number.parse().map_err(|_| bad("not a number"))?;
        if percent <= Decimal::ZERO {
            return Err(bad("it must be above 0"));
        }
        if percent > Decimal::ONE_HUNDRED {
            return Err(bad("a link carries at most 100% of its bandwidth"));
        }
        Ok(Utilization {
            percent: percent.normalize(),
            text: text.to_string(),
        })
    }
}

/// A device's end-to-end turnaround: `--turnaround 14d`.
///
/// # Errors
/// [`Error::InvalidDuration`] for text that is no duration with a unit.
pub fn parse_turnaround(text: &str) -> Result<Duration, Error> {
    Duration::parse(
        text,
        &DurationGrammar {
            what: "turnaround",
            bare_seconds: None,
            smallest_unit_seconds: 1,
            accepted: ACCEPTED_TURNAROUND,
        },
    )
}

/// `awscalc s3 transfer`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TransferRequest {
    /// The data to move (a bare number is bytes; TB read as 10^12 bytes).
    pub size: Size,
    /// The link's bandwidth (a bare number is Mbps).
    pub bandwidth: BitRate,
    /// The share of the link the transfer gets (default 100%).
    pub utilization: Option<Utilization>,
    /// Parallel streams (default 1).
    pub streams: Option<u32>,
    /// What one stream carries at most: caps the rate at streams × this.
    pub per_stream: Option<BitRate>,
    /// A device's usable capacity, for the comparison with shipping.
    pub device_capacity: Option<Size>,
    /// A device's end-to-end turnaround, for the comparison with shipping.
    pub turnaround: Option<Duration>,
}

/// What each step of a transfer computes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TransferStep {
    /// The data in bits: bytes × 8.
    Bits,
    /// The link's share: bits/s × utilization ÷ 100.
    UsableRate,
    /// What the streams carry together: streams × bits/s per stream.
    StreamsRate,
    /// The rate the transfer runs at: the smaller of the two.
    Rate,
    /// The time: bits ÷ bits/s.
    Seconds,
    /// Each stream's share of the rate: bits/s ÷ streams.
    PerStream,
    /// Devices to hold the data: ceil(bytes ÷ capacity).
    Devices,
    /// Rounds of shipping: ceil(devices ÷ devices at a time).
    Rounds,
    /// The time by device: rounds × turnaround.
    DeviceSeconds,
    /// What the link moves in one turnaround: bits/s ÷ 8 × seconds.
    BreakEvenBytes,
}

/// Which way is faster.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Faster {
    /// The network link.
    Network,
    /// Shipping devices.
    Device,
    /// Both take the same time.
    Same,
}

/// Shipping devices instead of using the link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DeviceComparison {
    /// One device's usable capacity, bytes.
    pub capacity_bytes: Decimal,
    /// Devices the data needs.
    pub devices: Decimal,
    /// Snow devices an account may have at one time by default.
    pub devices_at_once: Decimal,
    /// Rounds of shipping, one after another.
    pub rounds: Decimal,
    /// One round's turnaround, seconds.
    pub turnaround_seconds: Decimal,
    /// The time by device, seconds.
    pub device_seconds: Decimal,
    /// What the link moves in one turnaround, bytes: above it (and within one device),
    /// the device is faster.
    pub break_even_bytes: Decimal,
    /// Which way is faster.
    pub faster: Faster,
    /// Days AWS may take to prepare a device before it ships.
    pub prepare_max_days: Decimal,
    /// Whether AWS Snowball Edge took new customers on the question's date.
    pub open_to_new_customers: bool,
}

/// How long a transfer takes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Transfer {
    /// The data, bytes (decimal units).
    pub bytes: Decimal,
    /// The data, bits.
    pub bits: Decimal,
    /// The link, bits per second.
    pub link_bits_per_second: Decimal,
    /// The share of the link used, percent.
    pub utilization_percent: Decimal,
    /// Parallel streams.
    pub streams: Decimal,
    /// What the streams carry together, bits per second, when `--per-stream` is given.
    pub streams_bits_per_second: Option<Decimal>,
    /// The rate the transfer runs at, bits per second.
    pub rate_bits_per_second: Decimal,
    /// The streams, not the link, limit the rate.
    pub limited_by_streams: bool,
    /// Each stream's share of the rate, bits per second.
    pub per_stream_bits_per_second: Decimal,
    /// The time, seconds (to 6 decimal places).
    pub seconds: Decimal,
    /// The time with the size read 1,024-based (TB as 2^40 bytes), seconds, where that
    /// reading differs.
    pub seconds_binary_size: Option<Decimal>,
    /// Shipping devices instead, when a device's capacity and turnaround are given.
    pub device: Option<DeviceComparison>,
    /// The derivation.
    pub steps: Vec<Step<TransferStep>>,
}

/// The size convention of `s3 transfer`: decimal, as devices and links are sold.
pub const TRANSFER_CONVENTION: KbConvention = KbConvention::Decimal;

/// `awscalc s3 transfer`: the time `size` takes over a link, and shipping devices instead.
///
/// ```
/// use awscalc::calc::s3::network::{transfer, TransferRequest};
/// use awscalc::facts::{FactBook, Registry};
///
/// // 10 TB (10^13 bytes = 8 × 10^13 bits) over 1 Gbps at 80%: 8 × 10^13 ÷ 8 × 10^8 =
/// // 100,000 seconds.
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 12, 1));
/// let request = TransferRequest {
///     size: "10tb".parse().unwrap(),
///     bandwidth: "1gbps".parse().unwrap(),
///     utilization: Some("80%".parse().unwrap()),
///     streams: None,
///     per_stream: None,
///     device_capacity: None,
///     turnaround: None,
/// };
/// assert_eq!(transfer(&request, &mut book).unwrap().seconds, 100_000.into());
/// // A device capacity without a turnaround is refused: AWS documents none to assume.
/// let half = TransferRequest { device_capacity: Some("80tb".parse().unwrap()), ..request };
/// assert!(transfer(&half, &mut book).is_err());
/// ```
///
/// # Errors
/// A size of no bytes, `--per-stream` without a positive rate, a device comparison with
/// only one of its two inputs, or numbers beyond exact arithmetic.
#[allow(clippy::too_many_lines)] // the steps in order, each with its refusal
pub fn transfer(request: &TransferRequest, book: &mut FactBook) -> Result<Transfer, Error> {
    let bytes = request.size.bytes(SizeUnit::Byte, TRANSFER_CONVENTION)?;
    if bytes.is_zero() {
        return Err(Error::NotPositive {
            what: "size",
            input: request.size.text().to_string(),
        });
    }
    let link = request.bandwidth.bits_per_second(BitUnit::Mbps)?;
    if link.is_zero() {
        return Err(Error::NotPositive {
            what: "bandwidth",
            input: request.bandwidth.text().to_string(),
        });
    }
    let percent = request
        .utilization
        .as_ref()
        .map_or(Decimal::ONE_HUNDRED, Utilization::percent);
    let streams = Decimal::from(request.streams.unwrap_or(1));
    let mut steps = Vec::new();
    let bits = Step::new(
        TransferStep::Bits,
        Expr::quantity("bytes", bytes, Unit::Bytes).times(Expr::number(Decimal::from(8))),
    )?;
    let bits_value = bits.value;
    steps.push(bits);
    let usable = Step::rounded(
        TransferStep::UsableRate,
        Expr::quantity("link_bits_per_second", link, Unit::PerSecond)
            .times(Expr::quantity("utilization", percent, Unit::Count))
            .over(Expr::number(Decimal::ONE_HUNDRED)),
        Rounding::Nearest6,
    )?;
    let usable_value = usable.value;
    steps.push(usable);
    let (rate, streams_rate) = match &request.per_stream {
        Some(per_stream) => {
            let one = per_stream.bits_per_second(BitUnit::Mbps)?;
            if one.is_zero() {
                return Err(Error::NotPositive {
                    what: "per-stream bandwidth",
                    input: per_stream.text().to_string(),
                });
            }
            let together = Step::new(
                TransferStep::StreamsRate,
                Expr::quantity("streams", streams, Unit::Count).times(Expr::quantity(
                    "per_stream",
                    one,
                    Unit::PerSecond,
                )),
            )?;
            let together_value = together.value;
            steps.push(together);
            let rate = Step::new(
                TransferStep::Rate,
                Expr::min(vec![
                    Expr::quantity("usable", usable_value, Unit::PerSecond),
                    Expr::quantity("streams_rate", together_value, Unit::PerSecond),
                ]),
            )?;
            let value = rate.value;
            steps.push(rate);
            (value, Some(together_value))
        }
        None => (usable_value, None),
    };
    if rate.is_zero() {
        return Err(Error::NotPositive {
            what: "bandwidth",
            input: request.bandwidth.text().to_string(),
        });
    }
    let seconds = Step::rounded(
        TransferStep::Seconds,
        Expr::quantity("bits", bits_value, Unit::Count).over(Expr::quantity(
            "rate",
            rate,
            Unit::PerSecond,
        )),
        Rounding::Nearest6,
    )?;
    let seconds_value = seconds.value;
    steps.push(seconds);
    let per_stream_value = if streams > Decimal::ONE {
        let step = Step::rounded(
            TransferStep::PerStream,
            Expr::quantity("rate", rate, Unit::PerSecond).over(Expr::quantity(
                "streams",
                streams,
                Unit::Count,
            )),
            Rounding::Down4,
        )?;
        let value = step.value;
        steps.push(step);
        value
    } else {
        rate
    };
    let binary = request.size.bytes(SizeUnit::Byte, KbConvention::Binary)?;
    let seconds_binary_size = (binary != bytes)
        .then(|| {
            binary
                .checked_mul(Decimal::from(8))
                .and_then(|b| b.checked_div(rate))
                .map(|s| Rounding::Nearest6.apply(s))
        })
        .flatten();
    let device = match (&request.device_capacity, &request.turnaround) {
        (None, None) => None,
        (Some(capacity), Some(turnaround)) => Some(compare_device(
            bytes,
            rate,
            seconds_value,
            capacity,
            turnaround,
            book,
            &mut steps,
        )?),
        (Some(_), None) | (None, Some(_)) => return Err(Problem::DeviceNeedsBoth.into()),
    };
    Ok(Transfer {
        bytes,
        bits: bits_value,
        link_bits_per_second: link,
        utilization_percent: percent,
        streams,
        streams_bits_per_second: streams_rate,
        rate_bits_per_second: rate,
        limited_by_streams: streams_rate.is_some_and(|s| s < usable_value),
        per_stream_bits_per_second: per_stream_value,
        seconds: seconds_value,
        seconds_binary_size,
        device,
        steps,
    })
}

/// Shipping devices: how many, how many rounds, how long, and the break-even size.
fn compare_device(
    bytes: Decimal,
    rate: Decimal,
    network_seconds: Decimal,
    capacity: &Size,
    turnaround: &Duration,
    book: &mut FactBook,
    steps: &mut Vec<Step<TransferStep>>,
) -> Result<DeviceComparison, Error> {
    let capacity_bytes = capacity.bytes(SizeUnit::Byte, TRANSFER_CONVENTION)?;
    if capacity_bytes.is_zero() {
        return Err(Error::NotPositive {
            what: "device capacity",
            input: capacity.text().to_string(),
        });
    }
    let turnaround_seconds = turnaround.seconds();
    if turnaround_seconds.is_zero() {
        return Err(Error::NotPositive {
            what: "turnaround",
            input: turnaround.text().to_string(),
        });
    }
    let at_once = book.value(fact::SNOW_DEVICES_AT_ONCE)?;
    let prepare_max_days = book.value(fact::SNOWBALL_EDGE_PREPARE_MAX_DAYS)?;
    let open = book.value(fact::SNOWBALL_EDGE_NEW_CUSTOMERS)? > Decimal::ZERO;
    let devices = Step::new(
        TransferStep::Devices,
        Expr::quantity("bytes", bytes, Unit::Bytes)
            .over(Expr::quantity("capacity", capacity_bytes, Unit::Bytes))
            .ceil(),
    )?;
    let devices_value = devices.value;
    steps.push(devices);
    let rounds = Step::new(
        TransferStep::Rounds,
        Expr::quantity("devices", devices_value, Unit::Count)
            .over(Expr::quantity("at_once", at_once, Unit::Count))
            .ceil(),
    )?;
    let rounds_value = rounds.value;
    steps.push(rounds);
    let device_seconds = Step::new(
        TransferStep::DeviceSeconds,
        Expr::quantity("rounds", rounds_value, Unit::Count).times(Expr::quantity(
            "turnaround",
            turnaround_seconds,
            Unit::Seconds,
        )),
    )?;
    let by_device = device_seconds.value;
    steps.push(device_seconds);
    let break_even = Step::rounded(
        TransferStep::BreakEvenBytes,
        Expr::quantity("rate", rate, Unit::PerSecond)
            .over(Expr::number(Decimal::from(8)))
            .times(Expr::quantity(
                "turnaround",
                turnaround_seconds,
                Unit::Seconds,
            )),
        Rounding::Nearest6,
    )?;
    let break_even_value = break_even.value;
    steps.push(break_even);
    let faster = match by_device.cmp(&network_seconds) {
        std::cmp::Ordering::Less => Faster::Device,
        std::cmp::Ordering::Greater => Faster::Network,
        std::cmp::Ordering::Equal => Faster::Same,
    };
    Ok(DeviceComparison {
        capacity_bytes,
        devices: devices_value,
        devices_at_once: at_once,
        rounds: rounds_value,
        turnaround_seconds,
        device_seconds: by_device,
        break_even_bytes: break_even_value,
        faster,
        prepare_max_days,
        open_to_new_customers: open,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::Registry;

    fn book() -> FactBook {
        FactBook::new(Registry::builtin(), jiff::civil::date(2026, 12, 1))
    }

    fn request(size: &str, bandwidth: &str) -> TransferRequest {
        TransferRequest {
            size: size.parse().unwrap(),
            bandwidth: bandwidth.parse().unwrap(),
            utilization: None,
            streams: None,
            per_stream: None,
            device_capacity: None,
            turnaround: None,
        }
    }

    /// By hand: 1 TB = 10^12 bytes = 8 × 10^12 bits; at 100 Mbps (10^8 bits/s) that is
    /// 80,000 s, the figure AWS's own rule of thumb tables use (about 22 hours per TB at
    /// 100 Mbps).
    #[test]
    fn one_terabyte_at_100_mbps_takes_80000_seconds() {
        let t = transfer(&request("1tb", "100mbps"), &mut book()).unwrap();
        assert_eq!(t.seconds, Decimal::from(80_000));
        assert_eq!(t.bits, Decimal::from(8_000_000_000_000_u64));
    }

    /// By hand: 1 TiB = 2^40 bytes → 8,796,093,022,208 bits ÷ 10^9 = 8,796.093022208 s.
    #[test]
    fn a_binary_size_is_read_exactly() {
        let t = transfer(&request("1tib", "1gbps"), &mut book()).unwrap();
        assert_eq!(t.seconds, "8796.093022".parse::<Decimal>().unwrap());
        assert_eq!(t.seconds_binary_size, None);
    }

    /// By hand: 8 streams of 100 Mbps carry 800 Mbps, under a 10 Gbps link: 1 TB takes
    /// 8 × 10^12 ÷ 8 × 10^8 = 10,000 s.
    #[test]
    fn streams_cap_the_rate() {
        let mut r = request("1tb", "10gbps");
        r.streams = Some(8);
        r.per_stream = Some("100mbps".parse().unwrap());
        let t = transfer(&r, &mut book()).unwrap();
        assert!(t.limited_by_streams);
        assert_eq!(t.seconds, Decimal::from(10_000));
        assert_eq!(t.per_stream_bits_per_second, Decimal::from(100_000_000));
    }

    /// By hand: 500 TB over 1 Gbps: 4 × 10^6 s (46.3 days). Devices of 80 TB: ceil(500 ÷
    /// 80) = 7, one at a time (the default quota), 10 days each: 70 days, slower. The link
    /// moves 125,000,000 bytes/s × 864,000 s = 1.08 × 10^14 bytes (108 TB) per turnaround.
    #[test]
    fn devices_go_one_at_a_time() {
        let mut r = request("500tb", "1gbps");
        r.device_capacity = Some("80tb".parse().unwrap());
        r.turnaround = Some(parse_turnaround("10d").unwrap());
        let t = transfer(&r, &mut book()).unwrap();
        let d = t.device.unwrap();
        assert_eq!(d.devices, Decimal::from(7));
        assert_eq!(d.rounds, Decimal::from(7));
        assert_eq!(d.device_seconds, Decimal::from(6_048_000));
        assert_eq!(d.faster, Faster::Network);
        assert_eq!(d.break_even_bytes, Decimal::from(108_000_000_000_000_u64));
    }

    #[test]
    fn a_device_needs_both_inputs() {
        let mut r = request("1tb", "1gbps");
        r.device_capacity = Some("80tb".parse().unwrap());
        assert_eq!(
            transfer(&r, &mut book()),
            Err(Error::S3(Problem::DeviceNeedsBoth))
        );
    }

    #[test]
    fn utilization_reads_percentages() {
        assert_eq!(
            "80%".parse::<Utilization>().unwrap().percent(),
            Decimal::from(80)
        );
        assert!("0%".parse::<Utilization>().is_err());
        assert!("101".parse::<Utilization>().is_err());
        assert!("abc".parse::<Utilization>().is_err());
    }
}
