//! EBS-optimized instance types: the EBS bandwidth and IOPS AWS lists for a few common
//! instance types, for `awscalc ebs ... --instance m5.large`.
//!
//! AWS lists each instance type's baseline and maximum EBS bandwidth (Mbps), throughput
//! (MB/s with 128 KiB I/O) and IOPS (16 KiB I/O). Instances marked with an asterisk in
//! AWS's table "can support maximum performance for 30 minutes at least once every 24
//! hours, after which they revert to their baseline performance"; the others sustain the
//! maximum, and their baseline is the maximum. The throughput column is the bandwidth / 8
//! (650 Mbps is 81.25 MB/s): awscalc holds the bandwidth and derives the throughput, so
//! it is exact where AWS's column rounds (t3.micro: 87 Mbps is 10.875 MB/s, listed 10.88).
//!
//! Read in AWS's own documentation source for the EC2 User Guide's EBS-optimized table
//! (github.com/awsdocs/amazon-ec2-user-guide, `doc_source/ebs-optimized.md`, every version
//! from 2019-12-10 to 2023-05-11, when AWS archived the repository). AWS now publishes the
//! table in the EC2 Instance Types Guide (`gp.html`, `co.html`, `mo.html`), the source URL
//! of each fact; those pages were not readable here, so a change after 2023-05-11 is not
//! known to awscalc. The Windows guide's copy of the table (awsdocs/amazon-ec2-user-guide-windows,
//! version of 2023-05-11) gives the same figures for every type it lists (m7g, a Graviton type,
//! is not in it). Only rows read there are held; any other type is refused with how to
//! pass its limits by hand (`--instance-iops`, `--instance-throughput`).
//!
//! Dates: a type first listed in a version of the table is dated by that version (it
//! existed on or before that day). t3's bandwidth rose between the versions of
//! 2019-12-10 and 2020-02-28 (t3.micro baseline 64 → 87 Mbps, maximum 1,536 → 2,085 Mbps),
//! dated on or before 2020-02-28.

use jiff::civil::{date, Date};

use super::super::{entry, whole, Entry, Fact, FactId};

/// One instance type's row: the handles of its four figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InstanceRow {
    /// The instance type, `m5.large`.
    pub name: &'static str,
    /// Baseline EBS bandwidth, Mbps.
    pub baseline_mbps: FactId,
    /// Maximum EBS bandwidth, Mbps.
    pub maximum_mbps: FactId,
    /// Baseline EBS IOPS (16 KiB I/O).
    pub baseline_iops: FactId,
    /// Maximum EBS IOPS (16 KiB I/O).
    pub maximum_iops: FactId,
}

/// The row of `name` (case-insensitive), if awscalc holds it.
#[must_use]
pub fn instance_row(name: &str) -> Option<&'static InstanceRow> {
    let name = name.trim();
    INSTANCE_ROWS
        .iter()
        .find(|row| row.name.eq_ignore_ascii_case(name))
}

/// `ebs.instance_burst_minutes`: how long an instance marked with an asterisk sustains its maximum.
pub const INSTANCE_BURST_MINUTES: FactId = FactId::new("ebs.instance_burst_minutes");
/// `ebs.instance_burst_window_hours`: the window in which it does so at least once.
pub const INSTANCE_BURST_WINDOW_HOURS: FactId = FactId::new("ebs.instance_burst_window_hours");
/// `ebs.instance_m5_large_baseline_mbps`: m5.large baseline EBS bandwidth.
pub const INSTANCE_M5_LARGE_BASELINE_MBPS: FactId =
    FactId::new("ebs.instance_m5_large_baseline_mbps");
/// `ebs.instance_m5_large_maximum_mbps`: m5.large maximum EBS bandwidth.
pub const INSTANCE_M5_LARGE_MAXIMUM_MBPS: FactId =
    FactId::new("ebs.instance_m5_large_maximum_mbps");
/// `ebs.instance_m5_large_baseline_iops`: m5.large baseline EBS IOPS (16 KiB I/O).
pub const INSTANCE_M5_LARGE_BASELINE_IOPS: FactId =
    FactId::new("ebs.instance_m5_large_baseline_iops");
/// `ebs.instance_m5_large_maximum_iops`: m5.large maximum EBS IOPS (16 KiB I/O).
pub const INSTANCE_M5_LARGE_MAXIMUM_IOPS: FactId =
    FactId::new("ebs.instance_m5_large_maximum_iops");
/// `ebs.instance_m5_xlarge_baseline_mbps`: m5.xlarge baseline EBS bandwidth.
pub const INSTANCE_M5_XLARGE_BASELINE_MBPS: FactId =
    FactId::new("ebs.instance_m5_xlarge_baseline_mbps");
/// `ebs.instance_m5_xlarge_maximum_mbps`: m5.xlarge maximum EBS bandwidth.
pub const INSTANCE_M5_XLARGE_MAXIMUM_MBPS: FactId =
    FactId::new("ebs.instance_m5_xlarge_maximum_mbps");
/// `ebs.instance_m5_xlarge_baseline_iops`: m5.xlarge baseline EBS IOPS (16 KiB I/O).
pub const INSTANCE_M5_XLARGE_BASELINE_IOPS: FactId =
    FactId::new("ebs.instance_m5_xlarge_baseline_iops");
/// `ebs.instance_m5_xlarge_maximum_iops`: m5.xlarge maximum EBS IOPS (16 KiB I/O).
pub const INSTANCE_M5_XLARGE_MAXIMUM_IOPS: FactId =
    FactId::new("ebs.instance_m5_xlarge_maximum_iops");
/// `ebs.instance_m5_2xlarge_baseline_mbps`: m5.2xlarge baseline EBS bandwidth.
pub const INSTANCE_M5_2XLARGE_BASELINE_MBPS: FactId =
    FactId::new("ebs.instance_m5_2xlarge_baseline_mbps");
/// `ebs.instance_m5_2xlarge_maximum_mbps`: m5.2xlarge maximum EBS bandwidth.
pub const INSTANCE_M5_2XLARGE_MAXIMUM_MBPS: FactId =
    FactId::new("ebs.instance_m5_2xlarge_maximum_mbps");
/// `ebs.instance_m5_2xlarge_baseline_iops`: m5.2xlarge baseline EBS IOPS (16 KiB I/O).
pub const INSTANCE_M5_2XLARGE_BASELINE_IOPS: FactId =
    FactId::new("ebs.instance_m5_2xlarge_baseline_iops");
/// `ebs.instance_m5_2xlarge_maximum_iops`: m5.2xlarge maximum EBS IOPS (16 KiB I/O).
pub const INSTANCE_M5_2XLARGE_MAXIMUM_IOPS: FactId =
    FactId::new("ebs.instance_m5_2xlarge_maximum_iops");
/// `ebs.instance_m5_4xlarge_baseline_mbps`: m5.4xlarge baseline EBS bandwidth.
pub const INSTANCE_M5_4XLARGE_BASELINE_MBPS: FactId =
    FactId::new("ebs.instance_m5_4xlarge_baseline_mbps");
/// `ebs.instance_m5_4xlarge_maximum_mbps`: m5.4xlarge maximum EBS bandwidth.
pub const INSTANCE_M5_4XLARGE_MAXIMUM_MBPS: FactId =
    FactId::new("ebs.instance_m5_4xlarge_maximum_mbps");
/// `ebs.instance_m5_4xlarge_baseline_iops`: m5.4xlarge baseline EBS IOPS (16 KiB I/O).
pub const INSTANCE_M5_4XLARGE_BASELINE_IOPS: FactId =
    FactId::new("ebs.instance_m5_4xlarge_baseline_iops");
/// `ebs.instance_m5_4xlarge_maximum_iops`: m5.4xlarge maximum EBS IOPS (16 KiB I/O).
pub const INSTANCE_M5_4XLARGE_MAXIMUM_IOPS: FactId =
    FactId::new("ebs.instance_m5_4xlarge_maximum_iops");
/// `ebs.instance_m6i_large_baseline_mbps`: m6i.large baseline EBS bandwidth.
pub const INSTANCE_M6I_LARGE_BASELINE_MBPS: FactId =
    FactId::new("ebs.instance_m6i_large_baseline_mbps");
/// `ebs.instance_m6i_large_maximum_mbps`: m6i.large maximum EBS bandwidth.
pub const INSTANCE_M6I_LARGE_MAXIMUM_MBPS: FactId =
    FactId::new("ebs.instance_m6i_large_maximum_mbps");
/// `ebs.instance_m6i_large_baseline_iops`: m6i.large baseline EBS IOPS (16 KiB I/O).
pub const INSTANCE_M6I_LARGE_BASELINE_IOPS: FactId =
    FactId::new("ebs.instance_m6i_large_baseline_iops");
/// `ebs.instance_m6i_large_maximum_iops`: m6i.large maximum EBS IOPS (16 KiB I/O).
pub const INSTANCE_M6I_LARGE_MAXIMUM_IOPS: FactId =
    FactId::new("ebs.instance_m6i_large_maximum_iops");
/// `ebs.instance_m6i_xlarge_baseline_mbps`: m6i.xlarge baseline EBS bandwidth.
pub const INSTANCE_M6I_XLARGE_BASELINE_MBPS: FactId =
    FactId::new("ebs.instance_m6i_xlarge_baseline_mbps");
/// `ebs.instance_m6i_xlarge_maximum_mbps`: m6i.xlarge maximum EBS bandwidth.
pub const INSTANCE_M6I_XLARGE_MAXIMUM_MBPS: FactId =
    FactId::new("ebs.instance_m6i_xlarge_maximum_mbps");
/// `ebs.instance_m6i_xlarge_baseline_iops`: m6i.xlarge baseline EBS IOPS (16 KiB I/O).
pub const INSTANCE_M6I_XLARGE_BASELINE_IOPS: FactId =
    FactId::new("ebs.instance_m6i_xlarge_baseline_iops");
/// `ebs.instance_m6i_xlarge_maximum_iops`: m6i.xlarge maximum EBS IOPS (16 KiB I/O).
pub const INSTANCE_M6I_XLARGE_MAXIMUM_IOPS: FactId =
    FactId::new("ebs.instance_m6i_xlarge_maximum_iops");
/// `ebs.instance_m7g_medium_baseline_mbps`: m7g.medium baseline EBS bandwidth.
pub const INSTANCE_M7G_MEDIUM_BASELINE_MBPS: FactId =
    FactId::new("ebs.instance_m7g_medium_baseline_mbps");
/// `ebs.instance_m7g_medium_maximum_mbps`: m7g.medium maximum EBS bandwidth.
pub const INSTANCE_M7G_MEDIUM_MAXIMUM_MBPS: FactId =
    FactId::new("ebs.instance_m7g_medium_maximum_mbps");
/// `ebs.instance_m7g_medium_baseline_iops`: m7g.medium baseline EBS IOPS (16 KiB I/O).
pub const INSTANCE_M7G_MEDIUM_BASELINE_IOPS: FactId =
    FactId::new("ebs.instance_m7g_medium_baseline_iops");
/// `ebs.instance_m7g_medium_maximum_iops`: m7g.medium maximum EBS IOPS (16 KiB I/O).
pub const INSTANCE_M7G_MEDIUM_MAXIMUM_IOPS: FactId =
    FactId::new("ebs.instance_m7g_medium_maximum_iops");
/// `ebs.instance_m7g_large_baseline_mbps`: m7g.large baseline EBS bandwidth.
pub const INSTANCE_M7G_LARGE_BASELINE_MBPS: FactId =
    FactId::new("ebs.instance_m7g_large_baseline_mbps");
/// `ebs.instance_m7g_large_maximum_mbps`: m7g.large maximum EBS bandwidth.
pub const INSTANCE_M7G_LARGE_MAXIMUM_MBPS: FactId =
    FactId::new("ebs.instance_m7g_large_maximum_mbps");
/// `ebs.instance_m7g_large_baseline_iops`: m7g.large baseline EBS IOPS (16 KiB I/O).
pub const INSTANCE_M7G_LARGE_BASELINE_IOPS: FactId =
    FactId::new("ebs.instance_m7g_large_baseline_iops");
/// `ebs.instance_m7g_large_maximum_iops`: m7g.large maximum EBS IOPS (16 KiB I/O).
pub const INSTANCE_M7G_LARGE_MAXIMUM_IOPS: FactId =
    FactId::new("ebs.instance_m7g_large_maximum_iops");
/// `ebs.instance_t3_micro_baseline_mbps`: t3.micro baseline EBS bandwidth.
pub const INSTANCE_T3_MICRO_BASELINE_MBPS: FactId =
    FactId::new("ebs.instance_t3_micro_baseline_mbps");
/// `ebs.instance_t3_micro_maximum_mbps`: t3.micro maximum EBS bandwidth.
pub const INSTANCE_T3_MICRO_MAXIMUM_MBPS: FactId =
    FactId::new("ebs.instance_t3_micro_maximum_mbps");
/// `ebs.instance_t3_micro_baseline_iops`: t3.micro baseline EBS IOPS (16 KiB I/O).
pub const INSTANCE_T3_MICRO_BASELINE_IOPS: FactId =
    FactId::new("ebs.instance_t3_micro_baseline_iops");
/// `ebs.instance_t3_micro_maximum_iops`: t3.micro maximum EBS IOPS (16 KiB I/O).
pub const INSTANCE_T3_MICRO_MAXIMUM_IOPS: FactId =
    FactId::new("ebs.instance_t3_micro_maximum_iops");
/// `ebs.instance_t3_medium_baseline_mbps`: t3.medium baseline EBS bandwidth.
pub const INSTANCE_T3_MEDIUM_BASELINE_MBPS: FactId =
    FactId::new("ebs.instance_t3_medium_baseline_mbps");
/// `ebs.instance_t3_medium_maximum_mbps`: t3.medium maximum EBS bandwidth.
pub const INSTANCE_T3_MEDIUM_MAXIMUM_MBPS: FactId =
    FactId::new("ebs.instance_t3_medium_maximum_mbps");
/// `ebs.instance_t3_medium_baseline_iops`: t3.medium baseline EBS IOPS (16 KiB I/O).
pub const INSTANCE_T3_MEDIUM_BASELINE_IOPS: FactId =
    FactId::new("ebs.instance_t3_medium_baseline_iops");
/// `ebs.instance_t3_medium_maximum_iops`: t3.medium maximum EBS IOPS (16 KiB I/O).
pub const INSTANCE_T3_MEDIUM_MAXIMUM_IOPS: FactId =
    FactId::new("ebs.instance_t3_medium_maximum_iops");
/// `ebs.instance_t3_large_baseline_mbps`: t3.large baseline EBS bandwidth.
pub const INSTANCE_T3_LARGE_BASELINE_MBPS: FactId =
    FactId::new("ebs.instance_t3_large_baseline_mbps");
/// `ebs.instance_t3_large_maximum_mbps`: t3.large maximum EBS bandwidth.
pub const INSTANCE_T3_LARGE_MAXIMUM_MBPS: FactId =
    FactId::new("ebs.instance_t3_large_maximum_mbps");
/// `ebs.instance_t3_large_baseline_iops`: t3.large baseline EBS IOPS (16 KiB I/O).
pub const INSTANCE_T3_LARGE_BASELINE_IOPS: FactId =
    FactId::new("ebs.instance_t3_large_baseline_iops");
/// `ebs.instance_t3_large_maximum_iops`: t3.large maximum EBS IOPS (16 KiB I/O).
pub const INSTANCE_T3_LARGE_MAXIMUM_IOPS: FactId =
    FactId::new("ebs.instance_t3_large_maximum_iops");
/// `ebs.instance_c5_large_baseline_mbps`: c5.large baseline EBS bandwidth.
pub const INSTANCE_C5_LARGE_BASELINE_MBPS: FactId =
    FactId::new("ebs.instance_c5_large_baseline_mbps");
/// `ebs.instance_c5_large_maximum_mbps`: c5.large maximum EBS bandwidth.
pub const INSTANCE_C5_LARGE_MAXIMUM_MBPS: FactId =
    FactId::new("ebs.instance_c5_large_maximum_mbps");
/// `ebs.instance_c5_large_baseline_iops`: c5.large baseline EBS IOPS (16 KiB I/O).
pub const INSTANCE_C5_LARGE_BASELINE_IOPS: FactId =
    FactId::new("ebs.instance_c5_large_baseline_iops");
/// `ebs.instance_c5_large_maximum_iops`: c5.large maximum EBS IOPS (16 KiB I/O).
pub const INSTANCE_C5_LARGE_MAXIMUM_IOPS: FactId =
    FactId::new("ebs.instance_c5_large_maximum_iops");
/// `ebs.instance_c5_xlarge_baseline_mbps`: c5.xlarge baseline EBS bandwidth.
pub const INSTANCE_C5_XLARGE_BASELINE_MBPS: FactId =
    FactId::new("ebs.instance_c5_xlarge_baseline_mbps");
/// `ebs.instance_c5_xlarge_maximum_mbps`: c5.xlarge maximum EBS bandwidth.
pub const INSTANCE_C5_XLARGE_MAXIMUM_MBPS: FactId =
    FactId::new("ebs.instance_c5_xlarge_maximum_mbps");
/// `ebs.instance_c5_xlarge_baseline_iops`: c5.xlarge baseline EBS IOPS (16 KiB I/O).
pub const INSTANCE_C5_XLARGE_BASELINE_IOPS: FactId =
    FactId::new("ebs.instance_c5_xlarge_baseline_iops");
/// `ebs.instance_c5_xlarge_maximum_iops`: c5.xlarge maximum EBS IOPS (16 KiB I/O).
pub const INSTANCE_C5_XLARGE_MAXIMUM_IOPS: FactId =
    FactId::new("ebs.instance_c5_xlarge_maximum_iops");
/// `ebs.instance_c6i_large_baseline_mbps`: c6i.large baseline EBS bandwidth.
pub const INSTANCE_C6I_LARGE_BASELINE_MBPS: FactId =
    FactId::new("ebs.instance_c6i_large_baseline_mbps");
/// `ebs.instance_c6i_large_maximum_mbps`: c6i.large maximum EBS bandwidth.
pub const INSTANCE_C6I_LARGE_MAXIMUM_MBPS: FactId =
    FactId::new("ebs.instance_c6i_large_maximum_mbps");
/// `ebs.instance_c6i_large_baseline_iops`: c6i.large baseline EBS IOPS (16 KiB I/O).
pub const INSTANCE_C6I_LARGE_BASELINE_IOPS: FactId =
    FactId::new("ebs.instance_c6i_large_baseline_iops");
/// `ebs.instance_c6i_large_maximum_iops`: c6i.large maximum EBS IOPS (16 KiB I/O).
pub const INSTANCE_C6I_LARGE_MAXIMUM_IOPS: FactId =
    FactId::new("ebs.instance_c6i_large_maximum_iops");
/// `ebs.instance_r5_large_baseline_mbps`: r5.large baseline EBS bandwidth.
pub const INSTANCE_R5_LARGE_BASELINE_MBPS: FactId =
    FactId::new("ebs.instance_r5_large_baseline_mbps");
/// `ebs.instance_r5_large_maximum_mbps`: r5.large maximum EBS bandwidth.
pub const INSTANCE_R5_LARGE_MAXIMUM_MBPS: FactId =
    FactId::new("ebs.instance_r5_large_maximum_mbps");
/// `ebs.instance_r5_large_baseline_iops`: r5.large baseline EBS IOPS (16 KiB I/O).
pub const INSTANCE_R5_LARGE_BASELINE_IOPS: FactId =
    FactId::new("ebs.instance_r5_large_baseline_iops");
/// `ebs.instance_r5_large_maximum_iops`: r5.large maximum EBS IOPS (16 KiB I/O).
pub const INSTANCE_R5_LARGE_MAXIMUM_IOPS: FactId =
    FactId::new("ebs.instance_r5_large_maximum_iops");
/// `ebs.instance_r6i_large_baseline_mbps`: r6i.large baseline EBS bandwidth.
pub const INSTANCE_R6I_LARGE_BASELINE_MBPS: FactId =
    FactId::new("ebs.instance_r6i_large_baseline_mbps");
/// `ebs.instance_r6i_large_maximum_mbps`: r6i.large maximum EBS bandwidth.
pub const INSTANCE_R6I_LARGE_MAXIMUM_MBPS: FactId =
    FactId::new("ebs.instance_r6i_large_maximum_mbps");
/// `ebs.instance_r6i_large_baseline_iops`: r6i.large baseline EBS IOPS (16 KiB I/O).
pub const INSTANCE_R6I_LARGE_BASELINE_IOPS: FactId =
    FactId::new("ebs.instance_r6i_large_baseline_iops");
/// `ebs.instance_r6i_large_maximum_iops`: r6i.large maximum EBS IOPS (16 KiB I/O).
pub const INSTANCE_R6I_LARGE_MAXIMUM_IOPS: FactId =
    FactId::new("ebs.instance_r6i_large_maximum_iops");

const EBS_OPTIMIZED: &str = "https://docs.aws.amazon.com/ebs/latest/userguide/ebs-optimized.html";
const INSTANCE_TYPES_GP: &str = "https://docs.aws.amazon.com/ec2/latest/instancetypes/gp.html";
const INSTANCE_TYPES_CO: &str = "https://docs.aws.amazon.com/ec2/latest/instancetypes/co.html";
const INSTANCE_TYPES_MO: &str = "https://docs.aws.amazon.com/ec2/latest/instancetypes/mo.html";

/// First listed in the version of 2021-08-17.
const M6I_LISTED: Date = date(2021, 8, 17);
/// First listed in the version of 2021-10-29.
const C6I_LISTED: Date = date(2021, 10, 29);
/// First listed in the version of 2021-12-01.
const R6I_LISTED: Date = date(2021, 12, 1);
/// First listed in the version of 2023-03-07.
const M7G_LISTED: Date = date(2023, 3, 7);
/// t3's EBS bandwidth as listed from the version of 2020-02-28.
const T3_RAISE: Date = date(2020, 2, 28);

/// A type first listed on `since`: it existed on or before that day.
const fn listed(since: Date, value: Option<rust_decimal::Decimal>) -> Entry {
    entry(Some(since), value).on_or_before()
}

/// t3's raised bandwidth: on or before 2020-02-28.
const fn t3_raise(value: Option<rust_decimal::Decimal>) -> Entry {
    entry(Some(T3_RAISE), value).on_or_before()
}

const INSTANCE_CONFIRMED: &str = "read in AWS's EBS-optimized instance table, in AWS's own \
     documentation source (awsdocs/amazon-ec2-user-guide, doc_source/ebs-optimized.md), the same \
     in every version from 2019-12-10 to 2023-05-11; the live Instance Types Guide page (the \
     source URL) was not readable here, so a change after 2023-05-11 is not known. awscalc \
     answers with the baseline, what the instance sustains (the maximum with --instance-burst); \
     an instance whose baseline is below its maximum reaches the maximum for 30 minutes at least \
     once every 24 hours";
const INSTANCE_LISTED_CONFIRMED: &str = "read in AWS's EBS-optimized instance table, in AWS's \
     own documentation source (awsdocs/amazon-ec2-user-guide, doc_source/ebs-optimized.md), the \
     same in every version from the first that lists the type to 2023-05-11; the type is dated \
     by that first version: it existed on or before that day (the launch day is not known here). \
     The live Instance Types Guide page (the source URL) was not readable here, so a change after \
     2023-05-11 is not known. awscalc answers with the baseline, what the instance sustains \
     (the maximum with --instance-burst); the maximum lasts 30 minutes at least once every 24 \
     hours";
const INSTANCE_T3_CONFIRMED: &str = "read in AWS's EBS-optimized instance table, in AWS's own \
     documentation source (awsdocs/amazon-ec2-user-guide, doc_source/ebs-optimized.md): the \
     earlier value in the version of 2019-12-10, the later one from the version of 2020-02-28 to \
     2023-05-11, so the change is dated on or before 2020-02-28 (the day is not known). The live \
     Instance Types Guide page (the source URL) was not readable here, so a change after \
     2023-05-11 is not known. awscalc answers with the baseline, what the instance sustains \
     (the maximum with --instance-burst); the maximum lasts 30 minutes at least once every 24 \
     hours";

/// The instance types awscalc holds, in AWS's table order within each family.
pub static INSTANCE_ROWS: &[InstanceRow] = &[
    InstanceRow {
        name: "m5.large",
        baseline_mbps: INSTANCE_M5_LARGE_BASELINE_MBPS,
        maximum_mbps: INSTANCE_M5_LARGE_MAXIMUM_MBPS,
        baseline_iops: INSTANCE_M5_LARGE_BASELINE_IOPS,
        maximum_iops: INSTANCE_M5_LARGE_MAXIMUM_IOPS,
    },
    InstanceRow {
        name: "m5.xlarge",
        baseline_mbps: INSTANCE_M5_XLARGE_BASELINE_MBPS,
        maximum_mbps: INSTANCE_M5_XLARGE_MAXIMUM_MBPS,
        baseline_iops: INSTANCE_M5_XLARGE_BASELINE_IOPS,
        maximum_iops: INSTANCE_M5_XLARGE_MAXIMUM_IOPS,
    },
    InstanceRow {
        name: "m5.2xlarge",
        baseline_mbps: INSTANCE_M5_2XLARGE_BASELINE_MBPS,
        maximum_mbps: INSTANCE_M5_2XLARGE_MAXIMUM_MBPS,
        baseline_iops: INSTANCE_M5_2XLARGE_BASELINE_IOPS,
        maximum_iops: INSTANCE_M5_2XLARGE_MAXIMUM_IOPS,
    },
    InstanceRow {
        name: "m5.4xlarge",
        baseline_mbps: INSTANCE_M5_4XLARGE_BASELINE_MBPS,
        maximum_mbps: INSTANCE_M5_4XLARGE_MAXIMUM_MBPS,
        baseline_iops: INSTANCE_M5_4XLARGE_BASELINE_IOPS,
        maximum_iops: INSTANCE_M5_4XLARGE_MAXIMUM_IOPS,
    },
    InstanceRow {
        name: "m6i.large",
        baseline_mbps: INSTANCE_M6I_LARGE_BASELINE_MBPS,
        maximum_mbps: INSTANCE_M6I_LARGE_MAXIMUM_MBPS,
        baseline_iops: INSTANCE_M6I_LARGE_BASELINE_IOPS,
        maximum_iops: INSTANCE_M6I_LARGE_MAXIMUM_IOPS,
    },
    InstanceRow {
        name: "m6i.xlarge",
        baseline_mbps: INSTANCE_M6I_XLARGE_BASELINE_MBPS,
        maximum_mbps: INSTANCE_M6I_XLARGE_MAXIMUM_MBPS,
        baseline_iops: INSTANCE_M6I_XLARGE_BASELINE_IOPS,
        maximum_iops: INSTANCE_M6I_XLARGE_MAXIMUM_IOPS,
    },
    InstanceRow {
        name: "m7g.medium",
        baseline_mbps: INSTANCE_M7G_MEDIUM_BASELINE_MBPS,
        maximum_mbps: INSTANCE_M7G_MEDIUM_MAXIMUM_MBPS,
        baseline_iops: INSTANCE_M7G_MEDIUM_BASELINE_IOPS,
        maximum_iops: INSTANCE_M7G_MEDIUM_MAXIMUM_IOPS,
    },
    InstanceRow {
        name: "m7g.large",
        baseline_mbps: INSTANCE_M7G_LARGE_BASELINE_MBPS,
        maximum_mbps: INSTANCE_M7G_LARGE_MAXIMUM_MBPS,
        baseline_iops: INSTANCE_M7G_LARGE_BASELINE_IOPS,
        maximum_iops: INSTANCE_M7G_LARGE_MAXIMUM_IOPS,
    },
    InstanceRow {
        name: "t3.micro",
        baseline_mbps: INSTANCE_T3_MICRO_BASELINE_MBPS,
        maximum_mbps: INSTANCE_T3_MICRO_MAXIMUM_MBPS,
        baseline_iops: INSTANCE_T3_MICRO_BASELINE_IOPS,
        maximum_iops: INSTANCE_T3_MICRO_MAXIMUM_IOPS,
    },
    InstanceRow {
        name: "t3.medium",
        baseline_mbps: INSTANCE_T3_MEDIUM_BASELINE_MBPS,
        maximum_mbps: INSTANCE_T3_MEDIUM_MAXIMUM_MBPS,
        baseline_iops: INSTANCE_T3_MEDIUM_BASELINE_IOPS,
        maximum_iops: INSTANCE_T3_MEDIUM_MAXIMUM_IOPS,
    },
    InstanceRow {
        name: "t3.large",
        baseline_mbps: INSTANCE_T3_LARGE_BASELINE_MBPS,
        maximum_mbps: INSTANCE_T3_LARGE_MAXIMUM_MBPS,
        baseline_iops: INSTANCE_T3_LARGE_BASELINE_IOPS,
        maximum_iops: INSTANCE_T3_LARGE_MAXIMUM_IOPS,
    },
    InstanceRow {
        name: "c5.large",
        baseline_mbps: INSTANCE_C5_LARGE_BASELINE_MBPS,
        maximum_mbps: INSTANCE_C5_LARGE_MAXIMUM_MBPS,
        baseline_iops: INSTANCE_C5_LARGE_BASELINE_IOPS,
        maximum_iops: INSTANCE_C5_LARGE_MAXIMUM_IOPS,
    },
    InstanceRow {
        name: "c5.xlarge",
        baseline_mbps: INSTANCE_C5_XLARGE_BASELINE_MBPS,
        maximum_mbps: INSTANCE_C5_XLARGE_MAXIMUM_MBPS,
        baseline_iops: INSTANCE_C5_XLARGE_BASELINE_IOPS,
        maximum_iops: INSTANCE_C5_XLARGE_MAXIMUM_IOPS,
    },
    InstanceRow {
        name: "c6i.large",
        baseline_mbps: INSTANCE_C6I_LARGE_BASELINE_MBPS,
        maximum_mbps: INSTANCE_C6I_LARGE_MAXIMUM_MBPS,
        baseline_iops: INSTANCE_C6I_LARGE_BASELINE_IOPS,
        maximum_iops: INSTANCE_C6I_LARGE_MAXIMUM_IOPS,
    },
    InstanceRow {
        name: "r5.large",
        baseline_mbps: INSTANCE_R5_LARGE_BASELINE_MBPS,
        maximum_mbps: INSTANCE_R5_LARGE_MAXIMUM_MBPS,
        baseline_iops: INSTANCE_R5_LARGE_BASELINE_IOPS,
        maximum_iops: INSTANCE_R5_LARGE_MAXIMUM_IOPS,
    },
    InstanceRow {
        name: "r6i.large",
        baseline_mbps: INSTANCE_R6I_LARGE_BASELINE_MBPS,
        maximum_mbps: INSTANCE_R6I_LARGE_MAXIMUM_MBPS,
        baseline_iops: INSTANCE_R6I_LARGE_BASELINE_IOPS,
        maximum_iops: INSTANCE_R6I_LARGE_MAXIMUM_IOPS,
    },
];

pub(in crate::facts) static FACTS: &[Fact] = &[
    Fact {
        id: INSTANCE_BURST_MINUTES.as_str(),
        name: "minutes an instance sustains its maximum EBS performance",
        unit: "minutes",
        source: EBS_OPTIMIZED,
        confirmed: "read in AWS's EBS-optimized instance table (awsdocs/amazon-ec2-user-guide, \
             doc_source/ebs-optimized.md, versions 2019-12-10 to 2023-05-11): instances \
             indicated with an asterisk \"can support maximum performance for 30 minutes at least \
             once every 24 hours, after which they revert to their baseline performance\"",
        history: &[entry(None, whole(30))],
    },
    Fact {
        id: INSTANCE_BURST_WINDOW_HOURS.as_str(),
        name: "hours in which an instance reaches its maximum EBS performance at least once",
        unit: "hours",
        source: EBS_OPTIMIZED,
        confirmed: "read with the 30 minutes: \"at least once every 24 hours\"",
        history: &[entry(None, whole(24))],
    },
    Fact {
        id: INSTANCE_M5_LARGE_BASELINE_MBPS.as_str(),
        name: "m5.large baseline EBS bandwidth",
        unit: "Mbps",
        source: INSTANCE_TYPES_GP,
        confirmed: INSTANCE_CONFIRMED,
        history: &[entry(None, whole(650))],
    },
    Fact {
        id: INSTANCE_M5_LARGE_MAXIMUM_MBPS.as_str(),
        name: "m5.large maximum EBS bandwidth",
        unit: "Mbps",
        source: INSTANCE_TYPES_GP,
        confirmed: INSTANCE_CONFIRMED,
        history: &[entry(None, whole(4750))],
    },
    Fact {
        id: INSTANCE_M5_LARGE_BASELINE_IOPS.as_str(),
        name: "m5.large baseline EBS IOPS (16 KiB I/O)",
        unit: "IOPS",
        source: INSTANCE_TYPES_GP,
        confirmed: INSTANCE_CONFIRMED,
        history: &[entry(None, whole(3600))],
    },
    Fact {
        id: INSTANCE_M5_LARGE_MAXIMUM_IOPS.as_str(),
        name: "m5.large maximum EBS IOPS (16 KiB I/O)",
        unit: "IOPS",
        source: INSTANCE_TYPES_GP,
        confirmed: INSTANCE_CONFIRMED,
        history: &[entry(None, whole(18_750))],
    },
    Fact {
        id: INSTANCE_M5_XLARGE_BASELINE_MBPS.as_str(),
        name: "m5.xlarge baseline EBS bandwidth",
        unit: "Mbps",
        source: INSTANCE_TYPES_GP,
        confirmed: INSTANCE_CONFIRMED,
        history: &[entry(None, whole(1150))],
    },
    Fact {
        id: INSTANCE_M5_XLARGE_MAXIMUM_MBPS.as_str(),
        name: "m5.xlarge maximum EBS bandwidth",
        unit: "Mbps",
        source: INSTANCE_TYPES_GP,
        confirmed: INSTANCE_CONFIRMED,
        history: &[entry(None, whole(4750))],
    },
    Fact {
        id: INSTANCE_M5_XLARGE_BASELINE_IOPS.as_str(),
        name: "m5.xlarge baseline EBS IOPS (16 KiB I/O)",
        unit: "IOPS",
        source: INSTANCE_TYPES_GP,
        confirmed: INSTANCE_CONFIRMED,
        history: &[entry(None, whole(6000))],
    },
    Fact {
        id: INSTANCE_M5_XLARGE_MAXIMUM_IOPS.as_str(),
        name: "m5.xlarge maximum EBS IOPS (16 KiB I/O)",
        unit: "IOPS",
        source: INSTANCE_TYPES_GP,
        confirmed: INSTANCE_CONFIRMED,
        history: &[entry(None, whole(18_750))],
    },
    Fact {
        id: INSTANCE_M5_2XLARGE_BASELINE_MBPS.as_str(),
        name: "m5.2xlarge baseline EBS bandwidth",
        unit: "Mbps",
        source: INSTANCE_TYPES_GP,
        confirmed: INSTANCE_CONFIRMED,
        history: &[entry(None, whole(2300))],
    },
    Fact {
        id: INSTANCE_M5_2XLARGE_MAXIMUM_MBPS.as_str(),
        name: "m5.2xlarge maximum EBS bandwidth",
        unit: "Mbps",
        source: INSTANCE_TYPES_GP,
        confirmed: INSTANCE_CONFIRMED,
        history: &[entry(None, whole(4750))],
    },
    Fact {
        id: INSTANCE_M5_2XLARGE_BASELINE_IOPS.as_str(),
        name: "m5.2xlarge baseline EBS IOPS (16 KiB I/O)",
        unit: "IOPS",
        source: INSTANCE_TYPES_GP,
        confirmed: INSTANCE_CONFIRMED,
        history: &[entry(None, whole(12_000))],
    },
    Fact {
        id: INSTANCE_M5_2XLARGE_MAXIMUM_IOPS.as_str(),
        name: "m5.2xlarge maximum EBS IOPS (16 KiB I/O)",
        unit: "IOPS",
        source: INSTANCE_TYPES_GP,
        confirmed: INSTANCE_CONFIRMED,
        history: &[entry(None, whole(18_750))],
    },
    Fact {
        id: INSTANCE_M5_4XLARGE_BASELINE_MBPS.as_str(),
        name: "m5.4xlarge baseline EBS bandwidth",
        unit: "Mbps",
        source: INSTANCE_TYPES_GP,
        confirmed: INSTANCE_CONFIRMED,
        history: &[entry(None, whole(4750))],
    },
    Fact {
        id: INSTANCE_M5_4XLARGE_MAXIMUM_MBPS.as_str(),
        name: "m5.4xlarge maximum EBS bandwidth",
        unit: "Mbps",
        source: INSTANCE_TYPES_GP,
        confirmed: INSTANCE_CONFIRMED,
        history: &[entry(None, whole(4750))],
    },
    Fact {
        id: INSTANCE_M5_4XLARGE_BASELINE_IOPS.as_str(),
        name: "m5.4xlarge baseline EBS IOPS (16 KiB I/O)",
        unit: "IOPS",
        source: INSTANCE_TYPES_GP,
        confirmed: INSTANCE_CONFIRMED,
        history: &[entry(None, whole(18_750))],
    },
    Fact {
        id: INSTANCE_M5_4XLARGE_MAXIMUM_IOPS.as_str(),
        name: "m5.4xlarge maximum EBS IOPS (16 KiB I/O)",
        unit: "IOPS",
        source: INSTANCE_TYPES_GP,
        confirmed: INSTANCE_CONFIRMED,
        history: &[entry(None, whole(18_750))],
    },
    Fact {
        id: INSTANCE_M6I_LARGE_BASELINE_MBPS.as_str(),
        name: "m6i.large baseline EBS bandwidth",
        unit: "Mbps",
        source: INSTANCE_TYPES_GP,
        confirmed: INSTANCE_LISTED_CONFIRMED,
        history: &[entry(None, None), listed(M6I_LISTED, whole(650))],
    },
    Fact {
        id: INSTANCE_M6I_LARGE_MAXIMUM_MBPS.as_str(),
        name: "m6i.large maximum EBS bandwidth",
        unit: "Mbps",
        source: INSTANCE_TYPES_GP,
        confirmed: INSTANCE_LISTED_CONFIRMED,
        history: &[entry(None, None), listed(M6I_LISTED, whole(10_000))],
    },
    Fact {
        id: INSTANCE_M6I_LARGE_BASELINE_IOPS.as_str(),
        name: "m6i.large baseline EBS IOPS (16 KiB I/O)",
        unit: "IOPS",
        source: INSTANCE_TYPES_GP,
        confirmed: INSTANCE_LISTED_CONFIRMED,
        history: &[entry(None, None), listed(M6I_LISTED, whole(3600))],
    },
    Fact {
        id: INSTANCE_M6I_LARGE_MAXIMUM_IOPS.as_str(),
        name: "m6i.large maximum EBS IOPS (16 KiB I/O)",
        unit: "IOPS",
        source: INSTANCE_TYPES_GP,
        confirmed: INSTANCE_LISTED_CONFIRMED,
        history: &[entry(None, None), listed(M6I_LISTED, whole(40_000))],
    },
    Fact {
        id: INSTANCE_M6I_XLARGE_BASELINE_MBPS.as_str(),
        name: "m6i.xlarge baseline EBS bandwidth",
        unit: "Mbps",
        source: INSTANCE_TYPES_GP,
        confirmed: INSTANCE_LISTED_CONFIRMED,
        history: &[entry(None, None), listed(M6I_LISTED, whole(1250))],
    },
    Fact {
        id: INSTANCE_M6I_XLARGE_MAXIMUM_MBPS.as_str(),
        name: "m6i.xlarge maximum EBS bandwidth",
        unit: "Mbps",
        source: INSTANCE_TYPES_GP,
        confirmed: INSTANCE_LISTED_CONFIRMED,
        history: &[entry(None, None), listed(M6I_LISTED, whole(10_000))],
    },
    Fact {
        id: INSTANCE_M6I_XLARGE_BASELINE_IOPS.as_str(),
        name: "m6i.xlarge baseline EBS IOPS (16 KiB I/O)",
        unit: "IOPS",
        source: INSTANCE_TYPES_GP,
        confirmed: INSTANCE_LISTED_CONFIRMED,
        history: &[entry(None, None), listed(M6I_LISTED, whole(6000))],
    },
    Fact {
        id: INSTANCE_M6I_XLARGE_MAXIMUM_IOPS.as_str(),
        name: "m6i.xlarge maximum EBS IOPS (16 KiB I/O)",
        unit: "IOPS",
        source: INSTANCE_TYPES_GP,
        confirmed: INSTANCE_LISTED_CONFIRMED,
        history: &[entry(None, None), listed(M6I_LISTED, whole(40_000))],
    },
    Fact {
        id: INSTANCE_M7G_MEDIUM_BASELINE_MBPS.as_str(),
        name: "m7g.medium baseline EBS bandwidth",
        unit: "Mbps",
        source: INSTANCE_TYPES_GP,
        confirmed: INSTANCE_LISTED_CONFIRMED,
        history: &[entry(None, None), listed(M7G_LISTED, whole(315))],
    },
    Fact {
        id: INSTANCE_M7G_MEDIUM_MAXIMUM_MBPS.as_str(),
        name: "m7g.medium maximum EBS bandwidth",
        unit: "Mbps",
        source: INSTANCE_TYPES_GP,
        confirmed: INSTANCE_LISTED_CONFIRMED,
        history: &[entry(None, None), listed(M7G_LISTED, whole(10_000))],
    },
    Fact {
        id: INSTANCE_M7G_MEDIUM_BASELINE_IOPS.as_str(),
        name: "m7g.medium baseline EBS IOPS (16 KiB I/O)",
        unit: "IOPS",
        source: INSTANCE_TYPES_GP,
        confirmed: INSTANCE_LISTED_CONFIRMED,
        history: &[entry(None, None), listed(M7G_LISTED, whole(2500))],
    },
    Fact {
        id: INSTANCE_M7G_MEDIUM_MAXIMUM_IOPS.as_str(),
        name: "m7g.medium maximum EBS IOPS (16 KiB I/O)",
        unit: "IOPS",
        source: INSTANCE_TYPES_GP,
        confirmed: INSTANCE_LISTED_CONFIRMED,
        history: &[entry(None, None), listed(M7G_LISTED, whole(40_000))],
    },
    Fact {
        id: INSTANCE_M7G_LARGE_BASELINE_MBPS.as_str(),
        name: "m7g.large baseline EBS bandwidth",
        unit: "Mbps",
        source: INSTANCE_TYPES_GP,
        confirmed: INSTANCE_LISTED_CONFIRMED,
        history: &[entry(None, None), listed(M7G_LISTED, whole(630))],
    },
    Fact {
        id: INSTANCE_M7G_LARGE_MAXIMUM_MBPS.as_str(),
        name: "m7g.large maximum EBS bandwidth",
        unit: "Mbps",
        source: INSTANCE_TYPES_GP,
        confirmed: INSTANCE_LISTED_CONFIRMED,
        history: &[entry(None, None), listed(M7G_LISTED, whole(10_000))],
    },
    Fact {
        id: INSTANCE_M7G_LARGE_BASELINE_IOPS.as_str(),
        name: "m7g.large baseline EBS IOPS (16 KiB I/O)",
        unit: "IOPS",
        source: INSTANCE_TYPES_GP,
        confirmed: INSTANCE_LISTED_CONFIRMED,
        history: &[entry(None, None), listed(M7G_LISTED, whole(3600))],
    },
    Fact {
        id: INSTANCE_M7G_LARGE_MAXIMUM_IOPS.as_str(),
        name: "m7g.large maximum EBS IOPS (16 KiB I/O)",
        unit: "IOPS",
        source: INSTANCE_TYPES_GP,
        confirmed: INSTANCE_LISTED_CONFIRMED,
        history: &[entry(None, None), listed(M7G_LISTED, whole(40_000))],
    },
    Fact {
        id: INSTANCE_T3_MICRO_BASELINE_MBPS.as_str(),
        name: "t3.micro baseline EBS bandwidth",
        unit: "Mbps",
        source: INSTANCE_TYPES_GP,
        confirmed: INSTANCE_T3_CONFIRMED,
        history: &[entry(None, whole(64)), t3_raise(whole(87))],
    },
    Fact {
        id: INSTANCE_T3_MICRO_MAXIMUM_MBPS.as_str(),
        name: "t3.micro maximum EBS bandwidth",
        unit: "Mbps",
        source: INSTANCE_TYPES_GP,
        confirmed: INSTANCE_T3_CONFIRMED,
        history: &[entry(None, whole(1536)), t3_raise(whole(2085))],
    },
    Fact {
        id: INSTANCE_T3_MICRO_BASELINE_IOPS.as_str(),
        name: "t3.micro baseline EBS IOPS (16 KiB I/O)",
        unit: "IOPS",
        source: INSTANCE_TYPES_GP,
        confirmed: INSTANCE_CONFIRMED,
        history: &[entry(None, whole(500))],
    },
    Fact {
        id: INSTANCE_T3_MICRO_MAXIMUM_IOPS.as_str(),
        name: "t3.micro maximum EBS IOPS (16 KiB I/O)",
        unit: "IOPS",
        source: INSTANCE_TYPES_GP,
        confirmed: INSTANCE_CONFIRMED,
        history: &[entry(None, whole(11_800))],
    },
    Fact {
        id: INSTANCE_T3_MEDIUM_BASELINE_MBPS.as_str(),
        name: "t3.medium baseline EBS bandwidth",
        unit: "Mbps",
        source: INSTANCE_TYPES_GP,
        confirmed: INSTANCE_T3_CONFIRMED,
        history: &[entry(None, whole(256)), t3_raise(whole(347))],
    },
    Fact {
        id: INSTANCE_T3_MEDIUM_MAXIMUM_MBPS.as_str(),
        name: "t3.medium maximum EBS bandwidth",
        unit: "Mbps",
        source: INSTANCE_TYPES_GP,
        confirmed: INSTANCE_T3_CONFIRMED,
        history: &[entry(None, whole(1536)), t3_raise(whole(2085))],
    },
    Fact {
        id: INSTANCE_T3_MEDIUM_BASELINE_IOPS.as_str(),
        name: "t3.medium baseline EBS IOPS (16 KiB I/O)",
        unit: "IOPS",
        source: INSTANCE_TYPES_GP,
        confirmed: INSTANCE_CONFIRMED,
        history: &[entry(None, whole(2000))],
    },
    Fact {
        id: INSTANCE_T3_MEDIUM_MAXIMUM_IOPS.as_str(),
        name: "t3.medium maximum EBS IOPS (16 KiB I/O)",
        unit: "IOPS",
        source: INSTANCE_TYPES_GP,
        confirmed: INSTANCE_CONFIRMED,
        history: &[entry(None, whole(11_800))],
    },
    Fact {
        id: INSTANCE_T3_LARGE_BASELINE_MBPS.as_str(),
        name: "t3.large baseline EBS bandwidth",
        unit: "Mbps",
        source: INSTANCE_TYPES_GP,
        confirmed: INSTANCE_T3_CONFIRMED,
        history: &[entry(None, whole(512)), t3_raise(whole(695))],
    },
    Fact {
        id: INSTANCE_T3_LARGE_MAXIMUM_MBPS.as_str(),
        name: "t3.large maximum EBS bandwidth",
        unit: "Mbps",
        source: INSTANCE_TYPES_GP,
        confirmed: INSTANCE_T3_CONFIRMED,
        history: &[entry(None, whole(2048)), t3_raise(whole(2780))],
    },
    Fact {
        id: INSTANCE_T3_LARGE_BASELINE_IOPS.as_str(),
        name: "t3.large baseline EBS IOPS (16 KiB I/O)",
        unit: "IOPS",
        source: INSTANCE_TYPES_GP,
        confirmed: INSTANCE_CONFIRMED,
        history: &[entry(None, whole(4000))],
    },
    Fact {
        id: INSTANCE_T3_LARGE_MAXIMUM_IOPS.as_str(),
        name: "t3.large maximum EBS IOPS (16 KiB I/O)",
        unit: "IOPS",
        source: INSTANCE_TYPES_GP,
        confirmed: INSTANCE_CONFIRMED,
        history: &[entry(None, whole(15_700))],
    },
    Fact {
        id: INSTANCE_C5_LARGE_BASELINE_MBPS.as_str(),
        name: "c5.large baseline EBS bandwidth",
        unit: "Mbps",
        source: INSTANCE_TYPES_CO,
        confirmed: INSTANCE_CONFIRMED,
        history: &[entry(None, whole(650))],
    },
    Fact {
        id: INSTANCE_C5_LARGE_MAXIMUM_MBPS.as_str(),
        name: "c5.large maximum EBS bandwidth",
        unit: "Mbps",
        source: INSTANCE_TYPES_CO,
        confirmed: INSTANCE_CONFIRMED,
        history: &[entry(None, whole(4750))],
    },
    Fact {
        id: INSTANCE_C5_LARGE_BASELINE_IOPS.as_str(),
        name: "c5.large baseline EBS IOPS (16 KiB I/O)",
        unit: "IOPS",
        source: INSTANCE_TYPES_CO,
        confirmed: INSTANCE_CONFIRMED,
        history: &[entry(None, whole(4000))],
    },
    Fact {
        id: INSTANCE_C5_LARGE_MAXIMUM_IOPS.as_str(),
        name: "c5.large maximum EBS IOPS (16 KiB I/O)",
        unit: "IOPS",
        source: INSTANCE_TYPES_CO,
        confirmed: INSTANCE_CONFIRMED,
        history: &[entry(None, whole(20_000))],
    },
    Fact {
        id: INSTANCE_C5_XLARGE_BASELINE_MBPS.as_str(),
        name: "c5.xlarge baseline EBS bandwidth",
        unit: "Mbps",
        source: INSTANCE_TYPES_CO,
        confirmed: INSTANCE_CONFIRMED,
        history: &[entry(None, whole(1150))],
    },
    Fact {
        id: INSTANCE_C5_XLARGE_MAXIMUM_MBPS.as_str(),
        name: "c5.xlarge maximum EBS bandwidth",
        unit: "Mbps",
        source: INSTANCE_TYPES_CO,
        confirmed: INSTANCE_CONFIRMED,
        history: &[entry(None, whole(4750))],
    },
    Fact {
        id: INSTANCE_C5_XLARGE_BASELINE_IOPS.as_str(),
        name: "c5.xlarge baseline EBS IOPS (16 KiB I/O)",
        unit: "IOPS",
        source: INSTANCE_TYPES_CO,
        confirmed: INSTANCE_CONFIRMED,
        history: &[entry(None, whole(6000))],
    },
    Fact {
        id: INSTANCE_C5_XLARGE_MAXIMUM_IOPS.as_str(),
        name: "c5.xlarge maximum EBS IOPS (16 KiB I/O)",
        unit: "IOPS",
        source: INSTANCE_TYPES_CO,
        confirmed: INSTANCE_CONFIRMED,
        history: &[entry(None, whole(20_000))],
    },
    Fact {
        id: INSTANCE_C6I_LARGE_BASELINE_MBPS.as_str(),
        name: "c6i.large baseline EBS bandwidth",
        unit: "Mbps",
        source: INSTANCE_TYPES_CO,
        confirmed: INSTANCE_LISTED_CONFIRMED,
        history: &[entry(None, None), listed(C6I_LISTED, whole(650))],
    },
    Fact {
        id: INSTANCE_C6I_LARGE_MAXIMUM_MBPS.as_str(),
        name: "c6i.large maximum EBS bandwidth",
        unit: "Mbps",
        source: INSTANCE_TYPES_CO,
        confirmed: INSTANCE_LISTED_CONFIRMED,
        history: &[entry(None, None), listed(C6I_LISTED, whole(10_000))],
    },
    Fact {
        id: INSTANCE_C6I_LARGE_BASELINE_IOPS.as_str(),
        name: "c6i.large baseline EBS IOPS (16 KiB I/O)",
        unit: "IOPS",
        source: INSTANCE_TYPES_CO,
        confirmed: INSTANCE_LISTED_CONFIRMED,
        history: &[entry(None, None), listed(C6I_LISTED, whole(3600))],
    },
    Fact {
        id: INSTANCE_C6I_LARGE_MAXIMUM_IOPS.as_str(),
        name: "c6i.large maximum EBS IOPS (16 KiB I/O)",
        unit: "IOPS",
        source: INSTANCE_TYPES_CO,
        confirmed: INSTANCE_LISTED_CONFIRMED,
        history: &[entry(None, None), listed(C6I_LISTED, whole(40_000))],
    },
    Fact {
        id: INSTANCE_R5_LARGE_BASELINE_MBPS.as_str(),
        name: "r5.large baseline EBS bandwidth",
        unit: "Mbps",
        source: INSTANCE_TYPES_MO,
        confirmed: INSTANCE_CONFIRMED,
        history: &[entry(None, whole(650))],
    },
    Fact {
        id: INSTANCE_R5_LARGE_MAXIMUM_MBPS.as_str(),
        name: "r5.large maximum EBS bandwidth",
        unit: "Mbps",
        source: INSTANCE_TYPES_MO,
        confirmed: INSTANCE_CONFIRMED,
        history: &[entry(None, whole(4750))],
    },
    Fact {
        id: INSTANCE_R5_LARGE_BASELINE_IOPS.as_str(),
        name: "r5.large baseline EBS IOPS (16 KiB I/O)",
        unit: "IOPS",
        source: INSTANCE_TYPES_MO,
        confirmed: INSTANCE_CONFIRMED,
        history: &[entry(None, whole(3600))],
    },
    Fact {
        id: INSTANCE_R5_LARGE_MAXIMUM_IOPS.as_str(),
        name: "r5.large maximum EBS IOPS (16 KiB I/O)",
        unit: "IOPS",
        source: INSTANCE_TYPES_MO,
        confirmed: INSTANCE_CONFIRMED,
        history: &[entry(None, whole(18_750))],
    },
    Fact {
        id: INSTANCE_R6I_LARGE_BASELINE_MBPS.as_str(),
        name: "r6i.large baseline EBS bandwidth",
        unit: "Mbps",
        source: INSTANCE_TYPES_MO,
        confirmed: INSTANCE_LISTED_CONFIRMED,
        history: &[entry(None, None), listed(R6I_LISTED, whole(650))],
    },
    Fact {
        id: INSTANCE_R6I_LARGE_MAXIMUM_MBPS.as_str(),
        name: "r6i.large maximum EBS bandwidth",
        unit: "Mbps",
        source: INSTANCE_TYPES_MO,
        confirmed: INSTANCE_LISTED_CONFIRMED,
        history: &[entry(None, None), listed(R6I_LISTED, whole(10_000))],
    },
    Fact {
        id: INSTANCE_R6I_LARGE_BASELINE_IOPS.as_str(),
        name: "r6i.large baseline EBS IOPS (16 KiB I/O)",
        unit: "IOPS",
        source: INSTANCE_TYPES_MO,
        confirmed: INSTANCE_LISTED_CONFIRMED,
        history: &[entry(None, None), listed(R6I_LISTED, whole(3600))],
    },
    Fact {
        id: INSTANCE_R6I_LARGE_MAXIMUM_IOPS.as_str(),
        name: "r6i.large maximum EBS IOPS (16 KiB I/O)",
        unit: "IOPS",
        source: INSTANCE_TYPES_MO,
        confirmed: INSTANCE_LISTED_CONFIRMED,
        history: &[entry(None, None), listed(R6I_LISTED, whole(40_000))],
    },
];
