//! Unit and property tests for the EBS calculators. Expected values are derived by hand
//! from the AWS rule named in each test, or are AWS's own worked figures.

use jiff::civil::{date, Date};
use proptest::prelude::*;
use rust_decimal::Decimal;

use super::which::{smallest_size, Model};
use super::*;
use crate::explain::ebs as words;
use crate::facts::{FactBook, Registry};
use crate::report::{Report, Value};

const TODAY: Date = date(2026, 11, 22);

fn book_on(d: Date) -> FactBook {
    FactBook::new(Registry::builtin(), d)
}

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

pub(super) fn request(kind: VolumeType, size: &str) -> VolumeRequest {
    VolumeRequest {
        volume_type: kind,
        size: size.parse().unwrap(),
        iops: None,
        throughput: None,
        scan: false,
    }
}

/// The report of one volume: its words and fields, through the explanation layer.
fn run_on(r: &VolumeRequest, on: Date) -> Result<Report, Error> {
    words::volume(r, &mut book_on(on))
}

/// The typed answer for one volume.
fn typed(r: &VolumeRequest) -> Volume {
    volume(r, &mut book_on(TODAY)).unwrap()
}

fn run(r: &VolumeRequest) -> Report {
    run_on(r, TODAY).unwrap()
}

fn num(report: &Report, field: &str) -> Option<Decimal> {
    match &report
        .get(field)
        .unwrap_or_else(|| panic!("no field {field}"))
        .value
    {
        Value::Number(n) => n.to_decimal(),
        Value::Null => None,
        other => panic!("{field} is {other:?}"),
    }
}

fn need(iops: Option<u32>, tput: Option<&str>, size: Option<&str>) -> Need {
    Need {
        iops: iops.map(Decimal::from),
        throughput: tput.map(|t| t.parse().unwrap()),
        size: size.map(|s| s.parse().unwrap()),
        volume_type: None,
    }
}

/// `(type, delivers, size)` rows of a which-volume report.
fn rows(report: &Report) -> Vec<(String, bool, Option<Decimal>)> {
    report
        .table
        .as_ref()
        .unwrap()
        .rows
        .iter()
        .map(|r| {
            let size = match &r[2] {
                Value::Number(n) => n.to_decimal(),
                _ => None,
            };
            (r[0].display(), r[1] == Value::Bool(true), size)
        })
        .collect()
}

// ---------------------------------------------------------------- gp2

/// AWS's gp2 table: 100 GiB → 300 IOPS baseline, a full bucket bursts for
/// 5,400,000 / (3,000 − 300) = 2,000 s and refills in 5,400,000 / 300 = 18,000 s.
/// Throughput (2019 page): 128 MiB/s up to 170 GiB; 300 × 256 KiB = 75 MiB/s without credits.
#[test]
fn aws_gp2_100_gib_has_300_iops_and_a_2000_second_burst() {
    let r = run(&request(VolumeType::Gp2, "100"));
    assert_eq!(num(&r, "baseline_iops"), Some(d("300")));
    assert_eq!(num(&r, "burst_iops"), Some(d("3000")));
    assert_eq!(num(&r, "burst_seconds"), Some(d("2000")));
    assert_eq!(num(&r, "refill_seconds"), Some(d("18000")));
    assert_eq!(num(&r, "max_throughput_mibps"), Some(d("128")));
    assert_eq!(num(&r, "baseline_throughput_mibps"), Some(d("75")));
}

/// AWS's gp2 table: 1,000 GiB → 3 × 1,000 = 3,000 IOPS, "N/A" burst.
#[test]
fn aws_gp2_1000_gib_does_not_burst() {
    let r = run(&request(VolumeType::Gp2, "1000"));
    assert_eq!(num(&r, "baseline_iops"), Some(d("3000")));
    assert_eq!(num(&r, "burst_seconds"), None);
    assert_eq!(num(&r, "burst_iops"), None);
}

/// AWS's gp2 table: 1 GiB → 100 IOPS minimum; 5,400,000 / 2,900 = 1,862.068… s of burst
/// (1,862.06 to 0.01 s, rounded down); refill 5,400,000 / 100 = 54,000 s.
#[test]
fn aws_gp2_1_gib_gets_the_100_iops_minimum() {
    let r = run(&request(VolumeType::Gp2, "1gib"));
    assert_eq!(num(&r, "baseline_iops"), Some(d("100")));
    assert_eq!(num(&r, "burst_seconds"), Some(d("1862.06")));
    assert_eq!(num(&r, "refill_seconds"), Some(d("54000")));
}

/// AWS: 16,000 IOPS "is reached at 5,334 GiB (3 × 5,334)"; 5,333 × 3 = 15,999.
/// Throughput: 250 MiB/s from 334 GiB (333 1/3 GiB × 3 × 0.25 MiB); 333 GiB gives 249.75.
#[test]
fn aws_gp2_thresholds_at_5334_and_334_gib() {
    let base = |size| num(&run(&request(VolumeType::Gp2, size)), "baseline_iops");
    assert_eq!(base("5334"), Some(d("16000")));
    assert_eq!(base("5333"), Some(d("15999")));
    let sustained = |size| {
        num(
            &run(&request(VolumeType::Gp2, size)),
            "baseline_throughput_mibps",
        )
    };
    assert_eq!(sustained("334"), Some(d("250")));
    assert_eq!(sustained("333"), Some(d("249.75")));
    assert_eq!(
        num(
            &run(&request(VolumeType::Gp2, "171")),
            "max_throughput_mibps"
        ),
        Some(d("250"))
    );
}

/// Before 2018-12-03 gp2 stopped at 10,000 IOPS and 160 MiB/s.
#[test]
fn gp2_before_december_2018_had_the_older_caps() {
    let r = run_on(&request(VolumeType::Gp2, "6000"), date(2018, 12, 2)).unwrap();
    assert_eq!(num(&r, "baseline_iops"), Some(d("10000")));
    assert_eq!(num(&r, "max_throughput_mibps"), Some(d("160")));
    let r = run_on(&request(VolumeType::Gp2, "6000"), date(2018, 12, 3)).unwrap();
    assert_eq!(num(&r, "baseline_iops"), Some(d("16000")));
}

#[test]
fn expect_names_the_burst_reading_for_gp2() {
    let r = run(&request(VolumeType::Gp2, "100"));
    let e = r.check("3000").unwrap();
    assert!(!e.matches);
    assert_eq!(
        e.hints,
        vec!["3000 is the answer for the burst IOPS, while I/O credits last"]
    );
}

// ---------------------------------------------------------------- gp3

/// gp3: max(3,000, min(80,000, 500 × size)). 1 GiB → 3,000; 10 GiB → 5,000;
/// 160 GiB → 80,000; throughput min(2,000, 0.25 × 80,000) = 2,000.
#[test]
fn gp3_iops_follow_500_per_gib() {
    let max = |size| num(&run(&request(VolumeType::Gp3, size)), "max_iops");
    assert_eq!(max("1"), Some(d("3000")));
    assert_eq!(max("10"), Some(d("5000")));
    assert_eq!(max("159"), Some(d("79500")));
    assert_eq!(max("160"), Some(d("80000")));
    let r = run(&request(VolumeType::Gp3, "500"));
    assert_eq!(num(&r, "max_throughput_mibps"), Some(d("2000")));
    assert_eq!(num(&r, "baseline_throughput_mibps"), Some(d("125")));
}

/// AWS (EMR guide quoting the EBS guide): maximum throughput "at 8,000 IOPS or higher and
/// 16 GiB or larger": 8,000 × 0.25 = 2,000 MiB/s, and 16 × 500 = 8,000 IOPS.
#[test]
fn aws_gp3_reaches_2000_mibps_at_8000_iops_and_16_gib() {
    let mut r = request(VolumeType::Gp3, "16");
    r.iops = Some(d("8000"));
    r.throughput = Some("2000".parse().unwrap());
    let report = run(&r);
    assert_eq!(num(&report, "throughput_mibps"), Some(d("2000")));
    r.size = "15".parse().unwrap();
    let err = run_on(&r, TODAY).unwrap_err().to_string();
    assert_eq!(
        err,
        "gp3 at 15 GiB allows at most 7,500 IOPS; 8,000 IOPS needs at least 16 GiB (`--iops 8000`)"
    );
}

/// Study notes X5: gp3 was 16,000 IOPS, 1,000 MiB/s, 16 TiB until 2025-09 (26th, estimated).
#[test]
fn gp3_as_of_before_and_after_the_2025_raise() {
    let r = request(VolumeType::Gp3, "500");
    let old = run_on(&r, date(2025, 9, 25)).unwrap();
    assert_eq!(num(&old, "max_iops"), Some(d("16000")));
    assert_eq!(num(&old, "max_throughput_mibps"), Some(d("1000")));
    assert!(old.notes.iter().any(|n| n
        .text
        .contains("16,000 IOPS is used because --as-of 2025-09-25")));
    let new = run_on(&r, date(2025, 9, 26)).unwrap();
    assert_eq!(num(&new, "max_iops"), Some(d("80000")));
    let big = request(VolumeType::Gp3, "64tib");
    assert!(run_on(&big, date(2025, 9, 26)).is_ok());
    let err = run_on(&big, date(2025, 1, 1)).unwrap_err().to_string();
    assert!(
        err.contains("1 to 16,384 GiB") && err.contains("use at most 16,384 GiB"),
        "{err}"
    );
}

#[test]
fn expect_16000_for_gp3_names_the_pre_2025_limits() {
    let r = run(&request(VolumeType::Gp3, "500"));
    let e = r.check("16000").unwrap();
    assert!(!e.matches);
    assert_eq!(e.hints.len(), 1, "{:?}", e.hints);
    assert!(
        e.hints[0].starts_with("16000 is the answer for the AWS limits in force on 2025-09-25"),
        "{:?}",
        e.hints
    );
    assert!(
        e.hints[0].contains("gp3 maximum IOPS 16,000 IOPS"),
        "{:?}",
        e.hints
    );
}

/// st1 and sc1 go down to 125 GiB from 2020-11-30 (EC2 User Guide document history);
/// 500 GiB before: the first and last day of each.
#[test]
fn hdd_minimum_size_changed_on_2020_11_30() {
    assert!(run_on(&request(VolumeType::St1, "125"), date(2020, 11, 30)).is_ok());
    assert!(run_on(&request(VolumeType::Sc1, "125"), date(2020, 11, 30)).is_ok());
    let err = run_on(&request(VolumeType::St1, "125"), date(2020, 11, 29))
        .unwrap_err()
        .to_string();
    assert!(err.contains("500"), "{err}");
    assert!(run_on(&request(VolumeType::St1, "500"), date(2020, 11, 29)).is_ok());
}

#[test]
fn gp3_did_not_exist_before_december_2020() {
    let err = run_on(&request(VolumeType::Gp3, "100"), date(2020, 6, 1))
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("2020-12-01") && err.contains("2020-06-01"),
        "{err}"
    );
}

#[test]
fn gp3_throughput_is_checked_against_iops_and_limits() {
    let mut r = request(VolumeType::Gp3, "100");
    r.throughput = Some("1000".parse().unwrap());
    // 3,000 included IOPS × 0.25 = 750 MiB/s; 1,000 / 0.25 = 4,000 IOPS.
    assert_eq!(
        run_on(&r, TODAY).unwrap_err().to_string(),
        "gp3 with 3,000 IOPS allows at most 750 MiB/s; 1,000 MiB/s needs at least 4,000 IOPS (`--throughput 1000`)"
    );
    r.throughput = Some("100".parse().unwrap());
    assert!(run_on(&r, TODAY)
        .unwrap_err()
        .to_string()
        .contains("at least 125"));
    r.throughput = Some("62.5".parse().unwrap());
    assert!(run_on(&r, TODAY)
        .unwrap_err()
        .to_string()
        .contains("whole MiB/s"));
    r.throughput = None;
    r.iops = Some(d("2000"));
    assert!(run_on(&r, TODAY)
        .unwrap_err()
        .to_string()
        .contains("at least 3,000"));
}

// ---------------------------------------------------------------- io1, io2

/// AWS: "a 100 GiB io1 volume can be provisioned with up to 5,000 IOPS" (50:1).
#[test]
fn aws_io1_100_gib_allows_5000_iops() {
    let r = run(&request(VolumeType::Io1, "100"));
    assert_eq!(num(&r, "max_iops"), Some(d("5000")));
    let mut over = request(VolumeType::Io1, "100");
    over.iops = Some(d("20000"));
    assert_eq!(
        run_on(&over, TODAY).unwrap_err().to_string(),
        "io1 at 100 GiB allows at most 5,000 IOPS; 20,000 IOPS needs at least 400 GiB (`--iops 20000`)"
    );
}

/// AWS io1 throughput: 2,000 × 256 KiB = 500 MiB/s (peak up to 32,000 IOPS);
/// 48,000 × 16 KiB = 750 MiB/s; 64,000 × 16 KiB = 1,000 MiB/s at 1,280 GiB.
#[test]
fn aws_io1_throughput_examples() {
    let tput = |size: &str, iops: &str| {
        let mut r = request(VolumeType::Io1, size);
        r.iops = Some(d(iops));
        num(&run(&r), "max_throughput_mibps")
    };
    assert_eq!(tput("100", "1000"), Some(d("250")));
    assert_eq!(tput("100", "2000"), Some(d("500")));
    assert_eq!(tput("1000", "32000"), Some(d("500")));
    assert_eq!(tput("1000", "48000"), Some(d("750")));
    assert_eq!(tput("1280", "64000"), Some(d("1000")));
}

/// io2 Block Express: 1,000 IOPS per GiB up to 256,000 (at 256 GiB); 0.256 MiB/s per
/// IOPS up to 4,000 MiB/s (16,000 × 0.256 = 4,096 → 4,000).
/// A new io2 volume before 2023-11-21 (not yet Block Express): 500 per GiB ("a 100 GiB io2
/// volume ... up to 50,000 IOPS"), 64,000.
#[test]
fn io2_block_express_and_legacy_io2() {
    let r = request(VolumeType::Io2, "100");
    assert_eq!(num(&run(&r), "max_iops"), Some(d("100000")));
    assert_eq!(
        num(&run(&request(VolumeType::Io2, "256")), "max_iops"),
        Some(d("256000"))
    );
    let mut at16k = request(VolumeType::Io2, "16");
    at16k.iops = Some(d("16000"));
    assert_eq!(num(&run(&at16k), "max_throughput_mibps"), Some(d("4000")));
    let old = run_on(&r, date(2023, 11, 20)).unwrap();
    assert_eq!(num(&old, "max_iops"), Some(d("50000")));
    // Legacy io2 followed io1's rule: 50,000 > 32,000 → 50,000 × 16 KiB = 781.25 MiB/s.
    assert_eq!(num(&old, "max_throughput_mibps"), Some(d("781.25")));
    assert_eq!(
        num(
            &run_on(&request(VolumeType::Io2, "1000"), date(2023, 11, 20)).unwrap(),
            "max_iops"
        ),
        Some(d("64000"))
    );
    let e = run(&request(VolumeType::Io2, "1000"))
        .check("64000")
        .unwrap();
    assert!(
        e.hints.iter().any(|h| h.contains("2023-11-20")),
        "{:?}",
        e.hints
    );
}

/// AWS: io2 reaches 4,000 MiB/s "at 16,000 IOPS or higher"; the rate 0.256 MiB/s per IOPS
/// reaches it at 4,000 / 0.256 = 15,625 IOPS. Both are in the report; awscalc computes with
/// the rate: 15,625 × 0.256 = 4,000, 15,624 × 0.256 = 3,999.744.
#[test]
fn io2_report_gives_both_points_of_maximum_throughput() {
    let mut at = request(VolumeType::Io2, "100");
    at.iops = Some(d("15625"));
    let r = run(&at);
    assert_eq!(num(&r, "max_throughput_mibps"), Some(d("4000")));
    assert!(
        r.notes
            .iter()
            .any(|n| n.text.contains("\"at 16,000 IOPS or higher\"")
                && n.text.contains("15,625 IOPS (4,000 / 0.256)")),
        "{:?}",
        r.notes
    );
    at.iops = Some(d("15624"));
    assert_eq!(num(&run(&at), "max_throughput_mibps"), Some(d("3999.744")));
    // Before new io2 volumes were Block Express the note is the one on the older limits.
    let old = run_on(&request(VolumeType::Io2, "100"), date(2023, 11, 20)).unwrap();
    assert!(
        old.notes
            .iter()
            .any(|n| n.text.contains("not yet io2 Block Express")
                && n.text.contains("from 2023-11-21")),
        "{:?}",
        old.notes
    );
    assert!(!old
        .notes
        .iter()
        .any(|n| n.text.contains("16,000 IOPS or higher")));
}

// ---------------------------------------------------------------- st1, sc1, standard

/// AWS: a 1 TiB st1 volume has 40 MiB/s baseline and 250 MiB/s burst; sc1 12 and 80.
#[test]
fn aws_st1_1_tib_is_40_and_250_mibps() {
    let r = run(&request(VolumeType::St1, "1tib"));
    assert_eq!(num(&r, "baseline_throughput_mibps"), Some(d("40")));
    assert_eq!(num(&r, "max_throughput_mibps"), Some(d("250")));
    assert_eq!(num(&r, "max_iops"), Some(d("250")));
    let r = run(&request(VolumeType::Sc1, "1tib"));
    assert_eq!(num(&r, "baseline_throughput_mibps"), Some(d("12")));
    assert_eq!(num(&r, "max_throughput_mibps"), Some(d("80")));
}

/// AWS's caps: st1 burst 500 at 2 TiB, baseline 500 at 12.5 TiB; sc1 burst 250 at
/// 3.125 TiB, baseline 192 at 16 TiB; maximum IOPS 500 and 250 at 1 MiB.
#[test]
fn aws_hdd_caps() {
    let st1 = |s| run(&request(VolumeType::St1, s));
    assert_eq!(num(&st1("2tib"), "max_throughput_mibps"), Some(d("500")));
    assert_eq!(num(&st1("2tib"), "max_iops"), Some(d("500")));
    assert_eq!(
        num(&st1("12800"), "baseline_throughput_mibps"),
        Some(d("500"))
    );
    assert_eq!(num(&st1("12800"), "burst_seconds"), None);
    let sc1 = |s| run(&request(VolumeType::Sc1, s));
    assert_eq!(num(&sc1("3200"), "max_throughput_mibps"), Some(d("250")));
    assert_eq!(
        num(&sc1("16tib"), "baseline_throughput_mibps"),
        Some(d("192"))
    );
}

/// AWS's scan example: 5 TiB st1 at 500 MiB/s: 5,242,880 MiB / 500 = 10,485.76 s
/// ("10,486 seconds = 2.91 hours"); worst 2.91 h / (0.90 × 0.99) = 3.27 h.
/// sc1 at 250 MiB/s: 20,971.52 s = 5.83 h, worst 6.54 h.
#[test]
fn aws_scan_times_for_5_tib() {
    let mut r = request(VolumeType::St1, "5tib");
    r.scan = true;
    let report = run(&r);
    assert_eq!(num(&report, "scan_seconds"), Some(d("10485.76")));
    assert_eq!(num(&report, "scan_hours"), Some(d("2.91")));
    assert_eq!(num(&report, "scan_worst_hours"), Some(d("3.27")));
    // 10,485.76 / 0.891 = 11,768.529… s, rounded down to 0.01 s.
    assert_eq!(num(&report, "scan_worst_seconds"), Some(d("11768.52")));
    r.volume_type = VolumeType::Sc1;
    let report = run(&r);
    assert_eq!(num(&report, "scan_seconds"), Some(d("20971.52")));
    assert_eq!(num(&report, "scan_hours"), Some(d("5.83")));
    assert_eq!(num(&report, "scan_worst_hours"), Some(d("6.54")));
}

/// AWS's scan table: 1 TiB st1 at 250 MiB/s: 1,048,576 / 250 = 4,194.304 s = 1.17 h;
/// sc1 at 80 MiB/s: 13,107.2 s = 3.64 h.
#[test]
fn aws_scan_table_for_1_tib() {
    let mut r = request(VolumeType::St1, "1tib");
    r.scan = true;
    assert_eq!(num(&run(&r), "scan_hours"), Some(d("1.17")));
    r.volume_type = VolumeType::Sc1;
    assert_eq!(num(&run(&r), "scan_hours"), Some(d("3.64")));
}

#[test]
fn hdd_minimum_size_follows_the_date() {
    assert!(run_on(&request(VolumeType::St1, "125"), TODAY).is_ok());
    let err = run_on(&request(VolumeType::St1, "124"), TODAY)
        .unwrap_err()
        .to_string();
    assert_eq!(
        err,
        "st1 volumes are 125 to 16,384 GiB (on 2026-11-22): `124` is 124 GiB; use at least 125 GiB"
    );
    assert!(run_on(&request(VolumeType::Sc1, "125"), date(2019, 1, 1)).is_err());
}

#[test]
fn standard_reports_what_aws_states() {
    let r = run(&request(VolumeType::Standard, "100"));
    assert_eq!(num(&r, "baseline_iops"), Some(d("100")));
    assert_eq!(num(&r, "max_iops"), Some(d("200")));
    assert_eq!(num(&r, "max_throughput_mibps"), Some(d("90")));
    assert!(run_on(&request(VolumeType::Standard, "2tib"), TODAY).is_err());
}

#[test]
fn flags_that_do_not_apply_are_refused() {
    let mut r = request(VolumeType::Gp2, "100");
    r.iops = Some(d("3000"));
    assert_eq!(run_on(&r, TODAY).unwrap_err().kind(), "conflict");
    let mut r = request(VolumeType::Io1, "100");
    r.throughput = Some("200".parse().unwrap());
    assert_eq!(run_on(&r, TODAY).unwrap_err().kind(), "conflict");
    let mut r = request(VolumeType::Gp3, "100");
    r.scan = true;
    assert_eq!(run_on(&r, TODAY).unwrap_err().kind(), "conflict");
    let err = run_on(&request(VolumeType::Gp2, "1.5gib"), TODAY)
        .unwrap_err()
        .to_string();
    assert_eq!(
        err,
        "EBS volume sizes are whole GiB: `1.5gib` is not; use 2 GiB"
    );
}

// ---------------------------------------------------------------- which volume

/// The example: 20,000 IOPS. gp2 tops out at 16,000; gp3 needs 20,000 / 500 = 40 GiB;
/// io1 20,000 / 50 = 400 GiB; io2 20,000 / 1,000 = 20 GiB; st1, sc1 and standard cannot.
#[test]
fn which_volume_sustains_20000_iops() {
    let r = words::which_volume(&need(Some(20_000), None, None), &mut book_on(TODAY)).unwrap();
    assert_eq!(
        rows(&r),
        vec![
            ("io2".into(), true, Some(d("20"))),
            ("gp3".into(), true, Some(d("40"))),
            ("io1".into(), true, Some(d("400"))),
            ("gp2".into(), false, None),
            ("st1".into(), false, None),
            ("sc1".into(), false, None),
            ("standard".into(), false, None),
        ]
    );
    assert_eq!(r.get("smallest_type").unwrap().value, Value::text("io2"));
}

/// 600 MiB/s: gp3 at 1 GiB (3,000 included IOPS × 0.25 = 750 ≥ 600); io2 needs
/// 600 / 0.256 = 2,343.75 → 2,344 IOPS, under 4 GiB × 1,000, so 4 GiB; io1 needs
/// 600 × 1,024 / 16 = 38,400 IOPS → 768 GiB; gp2 stops at 250, st1 at 500.
#[test]
fn which_volume_sustains_600_mibps() {
    let r = words::which_volume(&need(None, Some("600mib/s"), None), &mut book_on(TODAY)).unwrap();
    let got = rows(&r);
    assert_eq!(got[0], ("gp3".into(), true, Some(d("1"))));
    assert_eq!(got[1], ("io2".into(), true, Some(d("4"))));
    assert_eq!(got[2], ("io1".into(), true, Some(d("768"))));
    assert!(got[3..].iter().all(|(_, delivers, _)| !delivers));
}

/// In 2023 the seed ladder (003:374-377) was right for every type: sc1 250, st1 500,
/// gp2 16,000, gp3 16,000, io1 64,000, io2 64,000.
#[test]
fn study_notes_tier_table_holds_in_2023_and_not_in_2026() {
    let tier = |on| {
        let r = words::which_volume(&need(Some(1000), None, None), &mut book_on(on)).unwrap();
        match &r.get("tier_table").unwrap().value {
            Value::List(items) => items
                .iter()
                .map(|i| match i {
                    Value::Map(f) => (f[0].1.display(), f[3].1 == Value::Bool(true)),
                    _ => unreachable!(),
                })
                .collect::<Vec<_>>(),
            _ => unreachable!(),
        }
    };
    assert!(tier(date(2023, 6, 1)).iter().all(|(_, agrees)| *agrees));
    let now = tier(TODAY);
    let disagree: Vec<_> = now
        .iter()
        .filter(|(_, a)| !a)
        .map(|(t, _)| t.as_str())
        .collect();
    assert_eq!(disagree, vec!["gp3", "io2"]);
}

#[test]
fn which_volume_at_a_fixed_size_and_before_gp3() {
    let r =
        words::which_volume(&need(Some(20_000), None, Some("100")), &mut book_on(TODAY)).unwrap();
    let got = rows(&r);
    assert!(
        got.contains(&("gp3".into(), true, Some(d("100")))),
        "{got:?}"
    );
    assert!(
        got.contains(&("io1".into(), false, Some(d("400")))),
        "{got:?}"
    );
    let old = words::which_volume(
        &need(Some(3000), None, None),
        &mut book_on(date(2019, 1, 1)),
    )
    .unwrap();
    let gp3 = old
        .table
        .unwrap()
        .rows
        .into_iter()
        .find(|r| r[0] == Value::text("gp3"))
        .unwrap();
    assert!(gp3[5].display().contains("2020-12-01"), "{gp3:?}");
}

#[test]
fn smallest_of_one_type() {
    let mut n = need(Some(20_000), None, None);
    n.volume_type = Some(VolumeType::Io1);
    let r = words::which_volume(&n, &mut book_on(TODAY)).unwrap();
    assert_eq!(num(&r, "min_size_gib"), Some(d("400")));
    n.volume_type = Some(VolumeType::Gp2);
    let err = words::which_volume(&n, &mut book_on(TODAY))
        .unwrap_err()
        .to_string();
    assert!(
        err.starts_with("gp2 cannot sustain 20,000 IOPS: sustains at most 16,000 IOPS"),
        "{err}"
    );
    // io2 at 20,000 IOPS: 20 GiB now, 40 GiB at 500 per GiB before 2023-11-21.
    n.volume_type = Some(VolumeType::Io2);
    let r = words::which_volume(&n, &mut book_on(TODAY)).unwrap();
    assert_eq!(num(&r, "min_size_gib"), Some(d("20")));
    let e = r.check("40").unwrap();
    assert!(
        e.hints.iter().any(|h| h.contains("2023-11-20")),
        "{:?}",
        e.hints
    );
}

// ---------------------------------------------------------------- typed results

fn kinds(v: &Volume) -> Vec<VolumeStep> {
    v.steps.iter().map(|s| s.what).collect()
}

fn values(v: &Volume) -> Vec<Decimal> {
    v.steps.iter().map(|s| s.value).collect()
}

/// AWS's gp2 table, as data: 100 GiB → min(16,000, max(100, 3 × 100)) = 300 IOPS;
/// 5,400,000 / (3,000 − 300) = 2,000 s; 5,400,000 / 300 = 18,000 s; 128 MiB/s up to
/// 170 GiB; min(128, 300 × 256 / 1,024) = 75 MiB/s.
#[test]
fn typed_gp2_100_gib_steps_and_burst() {
    let v = typed(&request(VolumeType::Gp2, "100"));
    assert_eq!(
        kinds(&v),
        vec![
            VolumeStep::Gp2Baseline {
                per_gib: d("3"),
                min_iops: d("100")
            },
            VolumeStep::Gp2BurstSeconds,
            VolumeStep::Gp2RefillSeconds,
            VolumeStep::Gp2MaxThroughput,
            VolumeStep::Gp2SustainedThroughput { io_kib: d("256") },
        ]
    );
    assert_eq!(
        values(&v),
        vec![d("300"), d("2000"), d("18000"), d("128"), d("75")]
    );
    assert_eq!(
        v.performance,
        Performance::Gp2 {
            baseline_iops: d("300"),
            burst_rate_iops: d("3000"),
            burst: Some(Burst {
                iops: d("3000"),
                seconds: d("2000"),
                refill_seconds: d("18000")
            }),
            max_throughput_mibps: d("128"),
            sustained_throughput_mibps: d("75"),
        }
    );
    assert_eq!(v.answer(), d("300"));
    assert!(v.findings.is_empty());
    assert_eq!(v.steps[3].formula.picks_at_most().unwrap(), Some(true));
}

/// 1,000 GiB: 3,000 IOPS, not below the 3,000 burst rate: no burst steps, a finding.
/// 1 GiB: 3 × 1 < 100, the table's minimum.
#[test]
fn typed_gp2_findings() {
    let v = typed(&request(VolumeType::Gp2, "1000"));
    assert_eq!(
        v.findings,
        vec![Finding::NoBurst {
            baseline_iops: d("3000"),
            burst_iops: d("3000")
        }]
    );
    assert_eq!(v.steps.len(), 3);
    let v = typed(&request(VolumeType::Gp2, "1"));
    assert_eq!(v.findings, vec![Finding::TableMinimum]);
}

/// io1 100 GiB: 50 × 100 = 5,000 IOPS; 5,000 ≤ 32,000, so min(500, 5,000 × 256 / 1,024)
/// = 500 MiB/s. At 48,000 IOPS (1,000 GiB) the rule above the step:
/// min(1,000, 48,000 × 16 / 1,024) = 750.
#[test]
fn typed_io1_throughput_takes_the_stepped_rule() {
    let v = typed(&request(VolumeType::Io1, "100"));
    assert_eq!(
        kinds(&v),
        vec![
            VolumeStep::IoMaxIops { per_gib: d("50") },
            VolumeStep::IoThroughput
        ]
    );
    assert_eq!(values(&v), vec![d("5000"), d("500")]);
    assert_eq!(v.steps[1].formula.picks_at_most().unwrap(), Some(true));
    assert_eq!(
        v.findings,
        vec![Finding::IopsNotGiven {
            max_iops: d("5000")
        }]
    );
    let mut r = request(VolumeType::Io1, "1000");
    r.iops = Some(d("48000"));
    let v = typed(&r);
    assert_eq!(v.steps[1].formula.picks_at_most().unwrap(), Some(false));
    assert_eq!(
        v.performance,
        Performance::Io {
            iops: d("48000"),
            max_iops: d("50000"),
            throughput_mibps: d("750")
        }
    );
    assert_eq!(
        v.findings,
        vec![Finding::NeedsNitro {
            non_nitro_iops: d("32000")
        }]
    );
}

/// io2 Block Express, 100 GiB: 1,000 × 100 = 100,000 IOPS, above the 32,000 of an
/// instance not built on Nitro; ceil(4,000 / 0.256) = 15,625 IOPS against AWS's 16,000.
#[test]
fn typed_io2_findings() {
    let v = typed(&request(VolumeType::Io2, "100"));
    assert_eq!(
        v.findings,
        vec![
            Finding::IopsNotGiven {
                max_iops: d("100000")
            },
            Finding::NeedsNitro {
                non_nitro_iops: d("32000")
            },
            Finding::Io2MaxThroughputPoint {
                max_throughput_mibps: d("4000"),
                aws_iops: d("16000"),
                per_iops: d("0.256"),
                rate_iops: d("15625"),
            },
            Finding::Io2BlockExpressSince {
                since: date(2023, 11, 21)
            },
        ]
    );
}

/// AWS's scan example as data: 5 TiB st1 = 5,242,880 MiB at 500 MiB/s = 10,485.76 s;
/// worst case at 90% of the throughput 99% of the time: 10,485.76 / 0.891 = 11,768.52 s.
#[test]
fn typed_st1_scan() {
    let mut r = request(VolumeType::St1, "5tib");
    r.scan = true;
    let v = typed(&r);
    let Performance::Hdd {
        scan: Some(scan),
        burst_mibps,
        tib,
        ..
    } = v.performance
    else {
        panic!("{:?}", v.performance)
    };
    assert_eq!((burst_mibps, tib), (d("500"), d("5")));
    assert_eq!(scan.seconds, d("10485.76"));
    assert_eq!(scan.worst_seconds, d("11768.52"));
    assert_eq!(v.answer(), d("10485.76"));
    assert_eq!(
        kinds(&v)[v.steps.len() - 2..],
        [
            VolumeStep::ScanSeconds,
            VolumeStep::ScanWorstSeconds {
                percent_throughput: d("90"),
                percent_time: d("99")
            }
        ]
    );
}

#[test]
fn typed_problems() {
    let err = volume(&request(VolumeType::St1, "124"), &mut book_on(TODAY)).unwrap_err();
    assert_eq!(
        err,
        Error::Ebs(Problem::SizeOutOfRange {
            volume_type: VolumeType::St1,
            min: d("125"),
            max: d("16384"),
            as_of: TODAY,
            given: "124".into(),
            size: d("124"),
        })
    );
    let mut r = request(VolumeType::Gp2, "100");
    r.iops = Some(d("3000"));
    assert_eq!(
        volume(&r, &mut book_on(TODAY)).unwrap_err(),
        Error::Ebs(Problem::IopsNotProvisioned {
            volume_type: VolumeType::Gp2,
            iops: d("3000")
        })
    );
    let err = volume(
        &request(VolumeType::Gp3, "100"),
        &mut book_on(date(2020, 6, 1)),
    )
    .unwrap_err();
    assert_eq!(err.kind(), "not_yet_available");
    assert_eq!(err.value(), Some("2020-06-01"));
    assert_eq!(err.allowed().as_deref(), Some("it came on 2020-12-01"));
    assert_eq!(
        which_volume(&need(None, None, None), &mut book_on(TODAY)).unwrap_err(),
        Error::Ebs(Problem::EmptyNeed)
    );
}

/// 20,000 IOPS as data: io2 at 20,000 / 1,000 = 20 GiB (19 GiB gives 19,000); gp2 stops
/// at 16,000 IOPS and min(250, 16,000 × 256 / 1,024) = 250 MiB/s at 16,384 GiB.
#[test]
fn typed_which_volume_for_20000_iops() {
    let WhichAnswer::Compare(c) =
        which_volume(&need(Some(20_000), None, None), &mut book_on(TODAY)).unwrap()
    else {
        panic!()
    };
    let io2 = c.best().unwrap();
    assert_eq!(io2.volume_type, VolumeType::Io2);
    assert_eq!(
        io2.proof,
        Some(Proof {
            size: d("20"),
            sustains: Capability {
                iops: d("20000"),
                throughput_mibps: d("4000")
            },
            below: Some((
                d("19"),
                Capability {
                    iops: d("19000"),
                    throughput_mibps: d("4000")
                }
            )),
        })
    );
    assert_eq!(
        io2.reason,
        Reason::Provision {
            iops: Some(d("20000")),
            throughput_mibps: None
        }
    );
    assert_eq!(c.delivering(), 3);
    let gp2 = c
        .candidates
        .iter()
        .find(|x| x.volume_type == VolumeType::Gp2)
        .unwrap();
    assert_eq!(
        gp2.reason,
        Reason::TooLittleAtLargest {
            max_size: d("16384"),
            sustains: Capability {
                iops: d("16000"),
                throughput_mibps: d("250")
            },
            burst: None,
        }
    );
}

// ---------------------------------------------------------------- properties

fn models(on: Date) -> Vec<Model> {
    let mut book = book_on(on);
    VolumeType::ALL
        .into_iter()
        .filter(|t| *t != VolumeType::Standard)
        .map(|t| Model::load(t, &mut book).unwrap())
        .collect()
}

fn any_date() -> impl Strategy<Value = Date> {
    (2021i16..=2027, 1i8..=12, 1i8..=28).prop_map(|(y, m, dd)| date(y, m, dd))
}

proptest! {
    #[test]
    fn prop_gp2_baseline_is_monotone_and_within_bounds(a in 1u32..=16_384, b in 1u32..=16_384) {
        let gp2 = Gp2::load(&mut book_on(TODAY)).unwrap();
        let (lo, hi) = (a.min(b), a.max(b));
        let (x, y) = (gp2.baseline_iops(Decimal::from(lo)).unwrap(), gp2.baseline_iops(Decimal::from(hi)).unwrap());
        prop_assert!(x <= y);
        prop_assert!(x >= d("100") && y <= d("16000"));
        prop_assert!(gp2.sustained_throughput(Decimal::from(lo)).unwrap() <= gp2.sustained_throughput(Decimal::from(hi)).unwrap());
    }

    #[test]
    fn prop_gp2_burst_only_below_3000_and_matches_the_credits(size in 1u32..=16_384) {
        let gp2 = Gp2::load(&mut book_on(TODAY)).unwrap();
        let s = Decimal::from(size);
        let base = gp2.baseline_iops(s).unwrap();
        let burst = gp2.bursts(s).unwrap().then(|| {
            gp2.burst_seconds_expr(gp2.baseline_expr(s)).eval().unwrap()
        });
        match burst {
            Some(secs) => {
                prop_assert!(base < d("3000") && secs > Decimal::ZERO);
                let spent = secs * (d("3000") - base);
                prop_assert!((spent - d("5400000")).abs() < d("0.000001"), "{}", spent);
            }
            None => prop_assert!(base >= d("3000")),
        }
    }

    #[test]
    fn prop_hdd_burst_matches_the_bucket(size in 125u32..=16_384, st1 in any::<bool>()) {
        let kind = if st1 { VolumeType::St1 } else { VolumeType::Sc1 };
        let hdd = Hdd::load(kind, &mut book_on(TODAY)).unwrap();
        let s = Decimal::from(size);
        let (base, burst) = (hdd.baseline(s).unwrap(), hdd.burst(s).unwrap());
        prop_assert!(base <= burst);
        prop_assert!(burst <= hdd.max_tput && hdd.iops_at(burst).unwrap() <= hdd.max_iops);
        if let Some(secs) = hdd.burst_seconds(s).unwrap() {
            let spent = secs * (burst - base);
            prop_assert!((spent - hdd.bucket_mib(s).unwrap()).abs() < d("0.000001"));
        }
    }

    #[test]
    fn prop_capability_grows_with_size(a in 1u32..=65_536, b in 1u32..=65_536, on in any_date()) {
        for model in models(on) {
            let (min, max) = model.range();
            let clamp = |x: u32| Decimal::from(x).max(min).min(max);
            let (lo, hi) = (clamp(a.min(b)), clamp(a.max(b)));
            let (x, y) = (model.capability(lo).unwrap(), model.capability(hi).unwrap());
            prop_assert!(x.iops <= y.iops && x.throughput_mibps <= y.throughput_mibps, "{model:?} {lo} {hi}");
        }
    }

    /// Each recommended size sustains the need when the volume is computed with the
    /// recommended provisioning, and one GiB less does not.
    #[test]
    fn prop_recommended_size_delivers_and_one_less_does_not(
        iops in 0u32..=300_000,
        tput in 0u32..=4_500,
        on in any_date(),
    ) {
        let n = Need {
            iops: (iops > 0).then(|| Decimal::from(iops)),
            throughput: (tput > 0).then(|| tput.to_string().parse().unwrap()),
            size: None,
            volume_type: None,
        };
        prop_assume!(n.iops.is_some() || n.throughput.is_some());
        let (want_iops, want_tput) = (Decimal::from(iops), Decimal::from(tput));
        for model in models(on) {
            let Some(size) = smallest_size(&model, want_iops, want_tput).unwrap() else { continue };
            let (min, _) = model.range();
            if size > min {
                prop_assert!(!model.capability(size - Decimal::ONE).unwrap().meets(want_iops, want_tput));
            }
        }
        let WhichAnswer::Compare(comparison) = which_volume(&n, &mut book_on(on)).unwrap() else {
            unreachable!()
        };
        for c in comparison.candidates.iter().filter(|c| c.delivers) {
            let kind = c.volume_type;
            let size = c.at_size.unwrap();
            let req = VolumeRequest {
                volume_type: kind,
                size: format!("{size}").parse().unwrap(),
                iops: c.iops,
                throughput: c.throughput_mibps.map(|t| Throughput::from_mibps(t).unwrap()),
                scan: false,
            };
            let vol = volume(&req, &mut book_on(on)).unwrap();
            let (got_iops, got_tput) = match vol.performance {
                Performance::Gp2 { baseline_iops, sustained_throughput_mibps, .. } => {
                    (baseline_iops, sustained_throughput_mibps)
                }
                Performance::Gp3 { iops, throughput_mibps, .. }
                | Performance::Io { iops, throughput_mibps, .. } => (iops, throughput_mibps),
                Performance::Hdd { baseline_iops, baseline_mibps, .. } => (baseline_iops, baseline_mibps),
                Performance::Magnetic { .. } => unreachable!("standard never delivers"),
            };
            prop_assert!(got_iops >= want_iops, "{kind:?} {size}: {got_iops} < {want_iops}");
            prop_assert!(got_tput >= want_tput, "{kind:?} {size}: {got_tput} < {want_tput}");
        }
    }

    /// Provisioned IOPS within the size's limit are accepted; one more is refused.
    #[test]
    fn prop_iops_limits_are_respected(size in 4u32..=16_384, pick in 0usize..3, on in any_date()) {
        let kind = [VolumeType::Gp3, VolumeType::Io1, VolumeType::Io2][pick];
        let r = request(kind, &size.to_string());
        let max = num(&run_on(&r, on).unwrap(), "max_iops").unwrap();
        let mut ok = r.clone();
        ok.iops = Some(max);
        prop_assert!(run_on(&ok, on).is_ok());
        let mut over = r;
        over.iops = Some(max + Decimal::ONE);
        let refused = matches!(run_on(&over, on), Err(e) if e.kind() == "aws_limit");
        prop_assert!(refused);
    }

    #[test]
    fn prop_as_of_picks_the_old_or_new_gp3_and_io2_limits(on in any_date()) {
        let gp3 = num(&run_on(&request(VolumeType::Gp3, "1000"), on).unwrap(), "max_iops").unwrap();
        let io2 = num(&run_on(&request(VolumeType::Io2, "1000"), on).unwrap(), "max_iops").unwrap();
        prop_assert_eq!(gp3, if on >= date(2025, 9, 26) { d("80000") } else { d("16000") });
        prop_assert_eq!(io2, if on >= date(2023, 11, 21) { d("256000") } else { d("64000") });
    }

    /// Every step's value is its formula's, rounded as the step says: the arithmetic
    /// shown is the arithmetic computed.
    #[test]
    fn prop_every_step_value_is_its_formulas(pick in 0usize..7, size in 1u32..=65_536, scan in any::<bool>(), on in any_date()) {
        let kind = VolumeType::ALL[pick];
        let mut r = request(kind, &size.to_string());
        r.scan = scan && matches!(kind, VolumeType::St1 | VolumeType::Sc1);
        let Ok(v) = volume(&r, &mut book_on(on)) else { return Ok(()) };
        for step in &v.steps {
            prop_assert_eq!(step.value, step.rounding.apply(step.formula.eval().unwrap()));
        }
    }

    #[test]
    fn prop_no_panic_on_any_input(
        pick in 0usize..7,
        size in "\\PC{0,12}",
        iops in proptest::option::of(0u64..=2_000_000_000_000),
        tput in proptest::option::of("\\PC{0,10}"),
        scan in any::<bool>(),
    ) {
        let Ok(size) = size.parse::<Size>() else { return Ok(()) };
        let r = VolumeRequest {
            volume_type: VolumeType::ALL[pick],
            size: size.clone(),
            iops: iops.map(Decimal::from),
            throughput: tput.and_then(|t| t.parse().ok()),
            scan,
        };
        let _ = run_on(&r, TODAY);
        let n = Need { iops: r.iops, throughput: r.throughput.clone(), size: Some(size), volume_type: None };
        let _ = words::which_volume(&n, &mut book_on(TODAY));
    }
}
