//! Amazon EBS facts. Researched values: `shared/facts/ebs-vpc-s3.md`, §0 and §1.
//!
//! EBS documents every size and rate in binary units: GiB, TiB (1,024 GiB), MiB/s,
//! KiB. Each fact below carries the page that states it and, where the value changed,
//! the date each value came into force, so `--as-of` gives the answer of that day.
//!
//! Dates and how sure they are:
//! - gp2 16,000 IOPS / 250 MiB/s: 2018-12-03, from the footnote on the volume types
//!   page ("volumes created before December 3, 2018 ... might not reach full performance").
//! - gp3 launch: 2020-12-01 (re:Invent 2020; the What's New URL is dated 2020/12 and
//!   public issue trackers reference it from 2020-12-02).
//! - gp3 raised to 64 TiB / 80,000 IOPS / 2,000 MiB/s: the What's New URL is dated
//!   2025/09; the day is not in any AWS text read. 2025-09-26 is the earliest day a
//!   public record shows a gp3 volume above 16,000 IOPS being created
//!   (kubernetes-sigs/aws-ebs-csi-driver pull request 2678), so it is used.
//!   The date is therefore a bound: the change came on or before that day.
//! - io2 launch: 2020-08-24 (EC2 User Guide document history, "August 24, 2020").
//! - io2 Block Express for new io2 volumes: 2023-11-21 (the provisioned IOPS page, as quoted
//!   in 2024: "All io2 volumes created after November 21, 2023 are io2 Block Express
//!   volumes"). Older io2 volumes could be converted by modifying them, and AWS had
//!   converted all of them by 2025-04-30 ("As of April 30, 2025, all new and previously
//!   created io2 volumes are io2 Block Express volumes"). awscalc answers for a volume
//!   created on the `--as-of` date, so the Block Express limits apply from 2023-11-21.
//! - st1/sc1 minimum 500 GiB → 125 GiB: 2020-11-30 (EC2 User Guide document history:
//!   "Throughput Optimized HDD (st1) and Cold HDD (sc1) volumes can range in size from
//!   125 GiB to 16 TiB. | November 30, 2020").
//! - Elastic Volumes: launched 2017-02-13 (EC2 User Guide document history, "13 February
//!   2017") with a wait of at least six hours between modifications of a volume; from
//!   2026-01-15 up to four modifications in a rolling 24 hours instead (What's New of
//!   2026/01; the day from two public records of that day, see the facts).

use jiff::civil::{date, Date};

pub mod instances;

use super::{entry, scaled, whole, Entry, Fact, FactId};

// Typed handles: calculators name a fact by one of these, so a typo does not compile.
/// `ebs.gp2_min_size_gib`: smallest gp2 volume.
pub const GP2_MIN_SIZE_GIB: FactId = FactId::new("ebs.gp2_min_size_gib");
/// `ebs.gp2_max_size_gib`: largest gp2 volume.
pub const GP2_MAX_SIZE_GIB: FactId = FactId::new("ebs.gp2_max_size_gib");
/// `ebs.gp2_iops_per_gib`: gp2 baseline IOPS per GiB.
pub const GP2_IOPS_PER_GIB: FactId = FactId::new("ebs.gp2_iops_per_gib");
/// `ebs.gp2_min_iops`: gp2 minimum baseline IOPS.
pub const GP2_MIN_IOPS: FactId = FactId::new("ebs.gp2_min_iops");
/// `ebs.gp2_max_iops`: gp2 maximum baseline IOPS.
pub const GP2_MAX_IOPS: FactId = FactId::new("ebs.gp2_max_iops");
/// `ebs.gp2_burst_iops`: gp2 burst IOPS.
pub const GP2_BURST_IOPS: FactId = FactId::new("ebs.gp2_burst_iops");
/// `ebs.gp2_credit_balance`: gp2 I/O credit bucket (initial balance and cap).
pub const GP2_CREDIT_BALANCE: FactId = FactId::new("ebs.gp2_credit_balance");
/// `ebs.gp2_small_throughput_mibps`: gp2 maximum throughput of volumes up to 170 GiB.
pub const GP2_SMALL_THROUGHPUT_MIBPS: FactId = FactId::new("ebs.gp2_small_throughput_mibps");
/// `ebs.gp2_small_max_gib`: largest gp2 volume held to the small-volume throughput.
pub const GP2_SMALL_MAX_GIB: FactId = FactId::new("ebs.gp2_small_max_gib");
/// `ebs.gp2_max_throughput_mibps`: gp2 maximum throughput.
pub const GP2_MAX_THROUGHPUT_MIBPS: FactId = FactId::new("ebs.gp2_max_throughput_mibps");
/// `ebs.ssd_max_io_kib`: largest I/O counted as one SSD I/O.
pub const SSD_MAX_IO_KIB: FactId = FactId::new("ebs.ssd_max_io_kib");
/// `ebs.gp3_min_size_gib`: smallest gp3 volume.
pub const GP3_MIN_SIZE_GIB: FactId = FactId::new("ebs.gp3_min_size_gib");
/// `ebs.gp3_max_size_gib`: largest gp3 volume.
pub const GP3_MAX_SIZE_GIB: FactId = FactId::new("ebs.gp3_max_size_gib");
/// `ebs.gp3_baseline_iops`: gp3 IOPS included at any size.
pub const GP3_BASELINE_IOPS: FactId = FactId::new("ebs.gp3_baseline_iops");
/// `ebs.gp3_baseline_throughput_mibps`: gp3 throughput included at any size.
pub const GP3_BASELINE_THROUGHPUT_MIBPS: FactId = FactId::new("ebs.gp3_baseline_throughput_mibps");
/// `ebs.gp3_iops_per_gib`: gp3 provisioned IOPS per GiB.
pub const GP3_IOPS_PER_GIB: FactId = FactId::new("ebs.gp3_iops_per_gib");
/// `ebs.gp3_throughput_per_iops_mibps`: gp3 provisioned throughput per provisioned IOPS.
pub const GP3_THROUGHPUT_PER_IOPS_MIBPS: FactId = FactId::new("ebs.gp3_throughput_per_iops_mibps");
/// `ebs.gp3_max_iops`: gp3 maximum IOPS.
pub const GP3_MAX_IOPS: FactId = FactId::new("ebs.gp3_max_iops");
/// `ebs.gp3_max_throughput_mibps`: gp3 maximum throughput.
pub const GP3_MAX_THROUGHPUT_MIBPS: FactId = FactId::new("ebs.gp3_max_throughput_mibps");
/// `ebs.io1_min_size_gib`: smallest io1 volume.
pub const IO1_MIN_SIZE_GIB: FactId = FactId::new("ebs.io1_min_size_gib");
/// `ebs.io1_max_size_gib`: largest io1 volume.
pub const IO1_MAX_SIZE_GIB: FactId = FactId::new("ebs.io1_max_size_gib");
/// `ebs.io1_min_iops`: smallest io1 provisioned IOPS.
pub const IO1_MIN_IOPS: FactId = FactId::new("ebs.io1_min_iops");
/// `ebs.io1_iops_per_gib`: io1 maximum IOPS per GiB.
pub const IO1_IOPS_PER_GIB: FactId = FactId::new("ebs.io1_iops_per_gib");
/// `ebs.io1_max_iops`: io1 maximum IOPS (Nitro instances).
pub const IO1_MAX_IOPS: FactId = FactId::new("ebs.io1_max_iops");
/// `ebs.non_nitro_max_iops`: most IOPS an io1 or io2 volume achieves on an instance not built on Nitro.
pub const NON_NITRO_MAX_IOPS: FactId = FactId::new("ebs.non_nitro_max_iops");
/// `ebs.io1_step_iops`: io1 IOPS up to which 256 KiB I/O applies (throughput step).
pub const IO1_STEP_IOPS: FactId = FactId::new("ebs.io1_step_iops");
/// `ebs.io1_step_throughput_mibps`: io1 throughput cap up to the step.
pub const IO1_STEP_THROUGHPUT_MIBPS: FactId = FactId::new("ebs.io1_step_throughput_mibps");
/// `ebs.io1_kib_per_iops_above_step`: io1 throughput per provisioned IOPS above the step.
pub const IO1_KIB_PER_IOPS_ABOVE_STEP: FactId = FactId::new("ebs.io1_kib_per_iops_above_step");
/// `ebs.io1_max_throughput_mibps`: io1 maximum throughput.
pub const IO1_MAX_THROUGHPUT_MIBPS: FactId = FactId::new("ebs.io1_max_throughput_mibps");
/// `ebs.io2_min_size_gib`: smallest io2 volume.
pub const IO2_MIN_SIZE_GIB: FactId = FactId::new("ebs.io2_min_size_gib");
/// `ebs.io2_max_size_gib`: largest io2 volume.
pub const IO2_MAX_SIZE_GIB: FactId = FactId::new("ebs.io2_max_size_gib");
/// `ebs.io2_min_iops`: smallest io2 provisioned IOPS.
pub const IO2_MIN_IOPS: FactId = FactId::new("ebs.io2_min_iops");
/// `ebs.io2_iops_per_gib`: io2 maximum IOPS per GiB.
pub const IO2_IOPS_PER_GIB: FactId = FactId::new("ebs.io2_iops_per_gib");
/// `ebs.io2_max_iops`: io2 maximum IOPS (Nitro instances).
pub const IO2_MAX_IOPS: FactId = FactId::new("ebs.io2_max_iops");
/// `ebs.io2_throughput_per_iops_mibps`: io2 Block Express throughput per provisioned IOPS.
pub const IO2_THROUGHPUT_PER_IOPS_MIBPS: FactId = FactId::new("ebs.io2_throughput_per_iops_mibps");
/// `ebs.io2_max_throughput_mibps`: io2 maximum throughput.
pub const IO2_MAX_THROUGHPUT_MIBPS: FactId = FactId::new("ebs.io2_max_throughput_mibps");
/// `ebs.io2_max_throughput_at_iops`: IOPS from which AWS says io2 Block Express reaches its maximum throughput.
pub const IO2_MAX_THROUGHPUT_AT_IOPS: FactId = FactId::new("ebs.io2_max_throughput_at_iops");
/// `ebs.hdd_min_size_gib`: smallest st1 or sc1 volume.
pub const HDD_MIN_SIZE_GIB: FactId = FactId::new("ebs.hdd_min_size_gib");
/// `ebs.hdd_max_size_gib`: largest st1 or sc1 volume.
pub const HDD_MAX_SIZE_GIB: FactId = FactId::new("ebs.hdd_max_size_gib");
/// `ebs.hdd_io_kib`: I/O size one st1 or sc1 I/O credit counts.
pub const HDD_IO_KIB: FactId = FactId::new("ebs.hdd_io_kib");
/// `ebs.hdd_bucket_tib_per_tib`: st1 or sc1 burst bucket per TiB of volume.
pub const HDD_BUCKET_TIB_PER_TIB: FactId = FactId::new("ebs.hdd_bucket_tib_per_tib");
/// `ebs.st1_baseline_mibps_per_tib`: st1 baseline throughput per TiB.
pub const ST1_BASELINE_MIBPS_PER_TIB: FactId = FactId::new("ebs.st1_baseline_mibps_per_tib");
/// `ebs.st1_burst_mibps_per_tib`: st1 burst throughput per TiB.
pub const ST1_BURST_MIBPS_PER_TIB: FactId = FactId::new("ebs.st1_burst_mibps_per_tib");
/// `ebs.st1_max_throughput_mibps`: st1 maximum throughput.
pub const ST1_MAX_THROUGHPUT_MIBPS: FactId = FactId::new("ebs.st1_max_throughput_mibps");
/// `ebs.st1_max_iops`: st1 maximum IOPS (1 MiB I/O).
pub const ST1_MAX_IOPS: FactId = FactId::new("ebs.st1_max_iops");
/// `ebs.sc1_baseline_mibps_per_tib`: sc1 baseline throughput per TiB.
pub const SC1_BASELINE_MIBPS_PER_TIB: FactId = FactId::new("ebs.sc1_baseline_mibps_per_tib");
/// `ebs.sc1_burst_mibps_per_tib`: sc1 burst throughput per TiB.
pub const SC1_BURST_MIBPS_PER_TIB: FactId = FactId::new("ebs.sc1_burst_mibps_per_tib");
/// `ebs.sc1_max_throughput_mibps`: sc1 maximum throughput.
pub const SC1_MAX_THROUGHPUT_MIBPS: FactId = FactId::new("ebs.sc1_max_throughput_mibps");
/// `ebs.sc1_max_iops`: sc1 maximum IOPS (1 MiB I/O).
pub const SC1_MAX_IOPS: FactId = FactId::new("ebs.sc1_max_iops");
/// `ebs.hdd_consistency_throughput_percent`: share of expected throughput st1 and sc1 deliver (worst case).
pub const HDD_CONSISTENCY_THROUGHPUT_PERCENT: FactId =
    FactId::new("ebs.hdd_consistency_throughput_percent");
/// `ebs.hdd_consistency_time_percent`: share of the time st1 and sc1 meet that throughput.
pub const HDD_CONSISTENCY_TIME_PERCENT: FactId = FactId::new("ebs.hdd_consistency_time_percent");
/// `ebs.standard_min_size_gib`: smallest magnetic (standard) volume.
pub const STANDARD_MIN_SIZE_GIB: FactId = FactId::new("ebs.standard_min_size_gib");
/// `ebs.standard_max_size_gib`: largest magnetic (standard) volume.
pub const STANDARD_MAX_SIZE_GIB: FactId = FactId::new("ebs.standard_max_size_gib");
/// `ebs.standard_average_iops`: magnetic (standard) IOPS on average.
pub const STANDARD_AVERAGE_IOPS: FactId = FactId::new("ebs.standard_average_iops");
/// `ebs.standard_min_iops`: low end of magnetic (standard) maximum IOPS.
pub const STANDARD_MIN_IOPS: FactId = FactId::new("ebs.standard_min_iops");
/// `ebs.standard_max_iops`: high end of magnetic (standard) maximum IOPS.
pub const STANDARD_MAX_IOPS: FactId = FactId::new("ebs.standard_max_iops");
/// `ebs.standard_min_throughput_mibps`: low end of magnetic (standard) maximum throughput.
pub const STANDARD_MIN_THROUGHPUT_MIBPS: FactId = FactId::new("ebs.standard_min_throughput_mibps");
/// `ebs.standard_max_throughput_mibps`: high end of magnetic (standard) maximum throughput.
pub const STANDARD_MAX_THROUGHPUT_MIBPS: FactId = FactId::new("ebs.standard_max_throughput_mibps");
/// `ebs.modifications_per_24h`: modifications of one volume allowed in a rolling 24 hours.
pub const MODIFICATIONS_PER_24H: FactId = FactId::new("ebs.modifications_per_24h");
/// `ebs.modification_cooldown_hours`: hours to wait after modifying a volume before modifying it again.
pub const MODIFICATION_COOLDOWN_HOURS: FactId = FactId::new("ebs.modification_cooldown_hours");
/// `ebs.multi_attach_max_instances`: instances one Multi-Attach volume (io1, io2) attaches to.
pub const MULTI_ATTACH_MAX_INSTANCES: FactId = FactId::new("ebs.multi_attach_max_instances");

const VOLUME_TYPES: &str = "https://docs.aws.amazon.com/ebs/latest/userguide/ebs-volume-types.html";
const GENERAL_PURPOSE: &str =
    "https://docs.aws.amazon.com/ebs/latest/userguide/general-purpose.html";
const PROVISIONED_IOPS: &str =
    "https://docs.aws.amazon.com/ebs/latest/userguide/provisioned-iops.html";
const HDD: &str = "https://docs.aws.amazon.com/ebs/latest/userguide/hdd-vols.html";
const IO_CHARACTERISTICS: &str =
    "https://docs.aws.amazon.com/ebs/latest/userguide/ebs-io-characteristics.html";
const GP2_2018: &str = "https://aws.amazon.com/about-aws/whats-new/2018/12/amazon-ebs-increases-performance-of-general-purpose-ssd-gp2-volumes/";
const GP3_LAUNCH_URL: &str = "https://aws.amazon.com/about-aws/whats-new/2020/12/introducing-new-amazon-ebs-general-purpose-volumes-gp3/";
const GP3_2025: &str = "https://aws.amazon.com/about-aws/whats-new/2025/09/amazon-ebs-size-provisioned-performance-gp3-volumes/";
const MODIFY_VOLUME: &str =
    "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyVolume.html";
const ELASTIC_VOLUMES_2026: &str = "https://aws.amazon.com/about-aws/whats-new/2026/01/amazon-ebs-up-to-four-volume-modifications/";

/// gp2 raised to 16,000 IOPS and 250 MiB/s.
const GP2_RAISE: Date = date(2018, 12, 3);
/// gp3 launched.
const GP3_LAUNCH: Date = date(2020, 12, 1);
/// gp3 raised to 64 TiB, 80,000 IOPS and 2,000 MiB/s: on or before this day (see module docs).
const GP3_RAISE: Date = date(2025, 9, 26);
/// io2 launched.
const IO2_LAUNCH: Date = date(2020, 8, 24);
/// New io2 volumes are io2 Block Express.
const IO2_BLOCK_EXPRESS: Date = date(2023, 11, 21);
/// st1 and sc1 minimum size lowered to 125 GiB.
const HDD_MIN_125: Date = date(2020, 11, 30);
/// Elastic Volumes (modifying a volume in place) launched.
const ELASTIC_VOLUMES: Date = date(2017, 2, 13);
/// Up to four modifications in a rolling 24 hours replaced the six-hour wait.
const FOUR_MODIFICATIONS: Date = date(2026, 1, 15);

const fn with_source(
    since: Date,
    value: Option<rust_decimal::Decimal>,
    source: &'static str,
) -> Entry {
    entry(Some(since), value).sourced(source)
}

/// The gp3 raise of 2025: dated by a bound (module docs).
const fn gp3_raise(value: Option<rust_decimal::Decimal>) -> Entry {
    with_source(GP3_RAISE, value, GP3_2025).on_or_before()
}

const GP2_CONFIRMED: &str = "read in the AWS General Purpose SSD page (archived 2023 copy, \
     unchanged in later copies); formula baseline = min(16,000, max(100, 3 × GiB))";
const GP3_CONFIRMED: &str = "read in the current AWS General Purpose SSD and volume types pages; \
     gp3 launched 2020-12-01 (EC2 User Guide document history: \"December 1, 2020\"; What's New URL \
     dated 2020/12)";
const IO2_BX_CONFIRMED: &str = "the current value read in the current AWS page (io2 Block Express: \
     4 GiB - 64 TiB, 1,000 IOPS per GiB up to 256,000 IOPS, 0.256 MiB/s per IOPS up to 4,000 MiB/s). \
     The earlier value is io2 before Block Express (archived 2023 page: 16 TiB, 500 IOPS per GiB, \
     64,000 IOPS, io1's throughput rule up to 1,000 MiB/s), from the 2020-08-24 launch (EC2 User \
     Guide document history). The change is dated 2023-11-21, when new io2 volumes became Block \
     Express (AWS page as quoted in qonto/prometheus-rds-exporter #134, 2024-03: \"All io2 volumes \
     created after November 21, 2023 are io2 Block Express volumes. io2 volumes created before \
     November 21, 2023 can be converted ... by modifying the IOPS or size of the volume\"). Volumes \
     created before then kept the earlier limits until modified, and AWS converted the rest by \
     2025-04-30 (\"As of April 30, 2025, all new and previously created io2 volumes are io2 Block \
     Express volumes\"): awscalc answers for a volume created on the --as-of date. Block Express \
     itself came earlier on a few instance types (preview 2020-12-01, R5b 2021-07-19, EC2 User \
     Guide document history), not modelled";
const HDD_CONFIRMED: &str = "read in the AWS HDD volumes page (archived 2023 copy and current \
     page agree): \"(Volume size) × (Credit accumulation rate per TiB) = Throughput\"";

pub(super) static FACTS: &[Fact] = &[
    // gp2
    Fact {
        id: GP2_MIN_SIZE_GIB.as_str(),
        name: "smallest gp2 volume",
        unit: "GiB",
        source: VOLUME_TYPES,
        confirmed: "read in the current AWS page: gp2 1 GiB - 16 TiB; EC2 API CreateVolume Size \"gp2: 1 - 16,384 GiB\"",
        history: &[entry(None, whole(1))],
    },
    Fact {
        id: GP2_MAX_SIZE_GIB.as_str(),
        name: "largest gp2 volume",
        unit: "GiB",
        source: VOLUME_TYPES,
        confirmed: "read in the current AWS page: 16 TiB; EC2 API \"gp2: 1 - 16,384 GiB\"",
        history: &[entry(None, whole(16_384))],
    },
    Fact {
        id: GP2_IOPS_PER_GIB.as_str(),
        name: "gp2 baseline IOPS per GiB",
        unit: "IOPS/GiB",
        source: GENERAL_PURPOSE,
        confirmed: GP2_CONFIRMED,
        history: &[entry(None, whole(3))],
    },
    Fact {
        id: GP2_MIN_IOPS.as_str(),
        name: "gp2 minimum baseline IOPS",
        unit: "IOPS",
        source: GENERAL_PURPOSE,
        confirmed: "read in the AWS page: \"Volumes 33.33 GiB and smaller are provisioned with the minimum of 100 IOPS\"",
        history: &[entry(None, whole(100))],
    },
    Fact {
        id: GP2_MAX_IOPS.as_str(),
        name: "gp2 maximum baseline IOPS",
        unit: "IOPS",
        source: GENERAL_PURPOSE,
        confirmed: "16,000 read in the AWS page (\"reached at 5,334 GiB\"); 10,000 before, per the \
             footnote \"volumes created before December 3, 2018 ... might not reach full \
             performance\" and the 2018-12 announcement (cited in awsdocs/amazon-ec2-user-guide \
             issue 50, 2018-12-06); earlier history (the 2014 launch) is not modelled",
        history: &[
            entry(None, whole(10_000)),
            with_source(GP2_RAISE, whole(16_000), GP2_2018),
        ],
    },
    Fact {
        id: GP2_BURST_IOPS.as_str(),
        name: "gp2 burst IOPS",
        unit: "IOPS",
        source: GENERAL_PURPOSE,
        confirmed: "read in the AWS page: volumes \"smaller than 1 TiB (and that are provisioned with less than 3,000 IOPS) can burst to 3,000 IOPS\"",
        history: &[entry(None, whole(3000))],
    },
    Fact {
        id: GP2_CREDIT_BALANCE.as_str(),
        name: "gp2 I/O credit bucket (initial balance and cap)",
        unit: "I/O credits",
        source: GENERAL_PURPOSE,
        confirmed: "read in the AWS page: initial balance 5.4 million I/O credits, \"enough to sustain the maximum burst performance of 3,000 IOPS for at least 30 minutes\"; accrual cap 5.4 million. Credits are earned at the baseline IOPS (AWS's table: 1 GiB fills in 54,000 s = 5.4M / 100)",
        history: &[entry(None, whole(5_400_000))],
    },
    Fact {
        id: GP2_SMALL_THROUGHPUT_MIBPS.as_str(),
        name: "gp2 maximum throughput of volumes up to 170 GiB",
        unit: "MiB/s",
        source: GENERAL_PURPOSE,
        confirmed: "read in the AWS page: \"Volumes that are 170 GiB and smaller deliver a maximum throughput of 128 MiB/s\" (same text before 2018-12)",
        history: &[entry(None, whole(128))],
    },
    Fact {
        id: GP2_SMALL_MAX_GIB.as_str(),
        name: "largest gp2 volume held to the small-volume throughput",
        unit: "GiB",
        source: GENERAL_PURPOSE,
        confirmed: "read in the AWS page: \"170 GiB and smaller\"",
        history: &[entry(None, whole(170))],
    },
    Fact {
        id: GP2_MAX_THROUGHPUT_MIBPS.as_str(),
        name: "gp2 maximum throughput",
        unit: "MiB/s",
        source: GENERAL_PURPOSE,
        confirmed: "250 read in the AWS page (\"334 GiB and larger deliver 250 MiB/s\"); 160 MiB/s \
             before 2018-12-03 (the earlier page, quoted in awsdocs/amazon-ec2-user-guide issue 50: \
             \"greater than 170 GiB up to 214 GiB deliver a maximum throughput of 160 MiB/s\")",
        history: &[
            entry(None, whole(160)),
            with_source(GP2_RAISE, whole(250), GP2_2018),
        ],
    },
    Fact {
        id: SSD_MAX_IO_KIB.as_str(),
        name: "largest I/O counted as one SSD I/O",
        unit: "KiB",
        source: IO_CHARACTERISTICS,
        confirmed: "read in the current AWS page: \"I/O size is capped at 256 KiB for SSD volumes\"; the gp2 throughput rule uses it (100 GiB: 300 IOPS × 256 KiB = 75 MiB/s once credits run out, 2019 page)",
        history: &[entry(None, whole(256))],
    },
    // gp3
    Fact {
        id: GP3_MIN_SIZE_GIB.as_str(),
        name: "smallest gp3 volume",
        unit: "GiB",
        source: VOLUME_TYPES,
        confirmed: GP3_CONFIRMED,
        history: &[entry(None, None), with_source(GP3_LAUNCH, whole(1), GP3_LAUNCH_URL)],
    },
    Fact {
        id: GP3_MAX_SIZE_GIB.as_str(),
        name: "largest gp3 volume",
        unit: "GiB",
        source: VOLUME_TYPES,
        confirmed: "65,536 GiB (64 TiB) read in the current AWS page and EC2 API \"gp3: 1 - 65,536 GiB\"; \
             16 TiB before (archived 2023 page); the date is a bound: the change came on or before \
             2025-09-26, the first public record of a raised gp3 volume (see facts/ebs.rs); \
             Outposts keep 16 TiB",
        history: &[
            entry(None, None),
            with_source(GP3_LAUNCH, whole(16_384), GP3_LAUNCH_URL),
            gp3_raise(whole(65_536)),
        ],
    },
    Fact {
        id: GP3_BASELINE_IOPS.as_str(),
        name: "gp3 IOPS included at any size",
        unit: "IOPS",
        source: GENERAL_PURPOSE,
        confirmed: GP3_CONFIRMED,
        history: &[entry(None, None), with_source(GP3_LAUNCH, whole(3000), GP3_LAUNCH_URL)],
    },
    Fact {
        id: GP3_BASELINE_THROUGHPUT_MIBPS.as_str(),
        name: "gp3 throughput included at any size",
        unit: "MiB/s",
        source: GENERAL_PURPOSE,
        confirmed: GP3_CONFIRMED,
        history: &[entry(None, None), with_source(GP3_LAUNCH, whole(125), GP3_LAUNCH_URL)],
    },
    Fact {
        id: GP3_IOPS_PER_GIB.as_str(),
        name: "gp3 provisioned IOPS per GiB",
        unit: "IOPS/GiB",
        source: GENERAL_PURPOSE,
        confirmed: "read in the current AWS page: \"at a ratio of 500 IOPS per GiB of volume size\"; unchanged in 2025",
        history: &[entry(None, None), with_source(GP3_LAUNCH, whole(500), GP3_LAUNCH_URL)],
    },
    Fact {
        id: GP3_THROUGHPUT_PER_IOPS_MIBPS.as_str(),
        name: "gp3 provisioned throughput per provisioned IOPS",
        unit: "MiB/s per IOPS",
        source: GENERAL_PURPOSE,
        confirmed: "read in the current AWS page and the EMR guide quoting it: \"ratio of 0.25 MiB/s per provisioned IOPS\"",
        history: &[entry(None, None), with_source(GP3_LAUNCH, scaled(25, 2), GP3_LAUNCH_URL)],
    },
    Fact {
        id: GP3_MAX_IOPS.as_str(),
        name: "gp3 maximum IOPS",
        unit: "IOPS",
        source: GENERAL_PURPOSE,
        confirmed: "80,000 read in the current AWS page and EC2 API (\"gp3: 3,000 - 80,000 IOPS\"); 16,000 \
             before (archived 2023 page; study notes X5); the date is a bound: the change came on or \
             before 2025-09-26 (see facts/ebs.rs); Outposts keep 16,000",
        history: &[
            entry(None, None),
            with_source(GP3_LAUNCH, whole(16_000), GP3_LAUNCH_URL),
            gp3_raise(whole(80_000)),
        ],
    },
    Fact {
        id: GP3_MAX_THROUGHPUT_MIBPS.as_str(),
        name: "gp3 maximum throughput",
        unit: "MiB/s",
        source: GENERAL_PURPOSE,
        confirmed: "2,000 read in the current AWS page, EC2 API (\"125 - 2000 MiB/s\") and EMR guide; \
             1,000 before (archived 2023 page); the date is a bound: the change came on or before \
             2025-09-26 (see facts/ebs.rs)",
        history: &[
            entry(None, None),
            with_source(GP3_LAUNCH, whole(1000), GP3_LAUNCH_URL),
            gp3_raise(whole(2000)),
        ],
    },
    // io1
    Fact {
        id: IO1_MIN_SIZE_GIB.as_str(),
        name: "smallest io1 volume",
        unit: "GiB",
        source: PROVISIONED_IOPS,
        confirmed: "read in the current AWS page: 4 GiB - 16 TiB; EC2 API \"io1: 4 - 16,384 GiB\"",
        history: &[entry(None, whole(4))],
    },
    Fact {
        id: IO1_MAX_SIZE_GIB.as_str(),
        name: "largest io1 volume",
        unit: "GiB",
        source: PROVISIONED_IOPS,
        confirmed: "read in the current AWS page: 16 TiB",
        history: &[entry(None, whole(16_384))],
    },
    Fact {
        id: IO1_MIN_IOPS.as_str(),
        name: "smallest io1 provisioned IOPS",
        unit: "IOPS",
        source: PROVISIONED_IOPS,
        confirmed: "read in the current AWS page and EC2 API: \"io1: 100 - 64,000 IOPS\"",
        history: &[entry(None, whole(100))],
    },
    Fact {
        id: IO1_IOPS_PER_GIB.as_str(),
        name: "io1 maximum IOPS per GiB",
        unit: "IOPS/GiB",
        source: PROVISIONED_IOPS,
        confirmed: "read in the current AWS page: 50:1; \"a 100 GiB io1 volume can be provisioned with up to 5,000 IOPS\"",
        history: &[entry(None, whole(50))],
    },
    Fact {
        id: IO1_MAX_IOPS.as_str(),
        name: "io1 maximum IOPS (Nitro instances)",
        unit: "IOPS",
        source: PROVISIONED_IOPS,
        confirmed: "64,000 read in the current AWS page; earlier values (20,000 before 2017-12-06, \
             then 32,000, then 64,000 from an announcement of 2018-11 whose day is not known) are \
             not modelled: --as-of before 2019 gives today's io1 limits",
        history: &[entry(None, whole(64_000))],
    },
    Fact {
        id: NON_NITRO_MAX_IOPS.as_str(),
        name: "most IOPS an io1 or io2 volume achieves on an instance not built on Nitro",
        unit: "IOPS",
        source: PROVISIONED_IOPS,
        confirmed: "read in the current AWS page: \"On other instances, you can achieve up to 32,000 IOPS\" (io1 and io2)",
        history: &[entry(None, whole(32_000))],
    },
    Fact {
        id: IO1_STEP_IOPS.as_str(),
        name: "io1 IOPS up to which 256 KiB I/O applies (throughput step)",
        unit: "IOPS",
        source: PROVISIONED_IOPS,
        confirmed: "read in the AWS page: \"provisioned with up to 32,000 IOPS support a maximum I/O size of 256 KiB and yield as much as 500 MiB/s\"; legacy io2 shared the rule (archived 2023 page, \"io1 and io2\")",
        history: &[entry(None, whole(32_000))],
    },
    Fact {
        id: IO1_STEP_THROUGHPUT_MIBPS.as_str(),
        name: "io1 throughput cap up to the step",
        unit: "MiB/s",
        source: PROVISIONED_IOPS,
        confirmed: "read in the AWS page: \"as much as 500 MiB/s\"; \"peak throughput is reached at 2,000 IOPS\"",
        history: &[entry(None, whole(500))],
    },
    Fact {
        id: IO1_KIB_PER_IOPS_ABOVE_STEP.as_str(),
        name: "io1 throughput per provisioned IOPS above the step",
        unit: "KiB",
        source: PROVISIONED_IOPS,
        confirmed: "read in the AWS page: \"linear increase in throughput at a rate of 16 KiB per provisioned IOPS\" (48,000 IOPS → 750 MiB/s)",
        history: &[entry(None, whole(16))],
    },
    Fact {
        id: IO1_MAX_THROUGHPUT_MIBPS.as_str(),
        name: "io1 maximum throughput",
        unit: "MiB/s",
        source: PROVISIONED_IOPS,
        confirmed: "read in the AWS page: 1,000 MiB/s at 64,000 IOPS (16 KiB × 64,000)",
        history: &[entry(None, whole(1000))],
    },
    // io2
    Fact {
        id: IO2_MIN_SIZE_GIB.as_str(),
        name: "smallest io2 volume",
        unit: "GiB",
        source: PROVISIONED_IOPS,
        confirmed: "read in the current AWS page: 4 GiB - 64 TiB; io2 launched 2020-08-24 (EC2 User Guide \
             document history, awsdocs/amazon-ec2-user-guide DocumentHistory.md: \"August 24, 2020\")",
        history: &[entry(None, None), entry(Some(IO2_LAUNCH), whole(4))],
    },
    Fact {
        id: IO2_MAX_SIZE_GIB.as_str(),
        name: "largest io2 volume",
        unit: "GiB",
        source: PROVISIONED_IOPS,
        confirmed: IO2_BX_CONFIRMED,
        history: &[
            entry(None, None),
            entry(Some(IO2_LAUNCH), whole(16_384)),
            entry(Some(IO2_BLOCK_EXPRESS), whole(65_536)),
        ],
    },
    Fact {
        id: IO2_MIN_IOPS.as_str(),
        name: "smallest io2 provisioned IOPS",
        unit: "IOPS",
        source: PROVISIONED_IOPS,
        confirmed: "read in the current AWS page and EC2 API: \"io2: 100 - 256,000 IOPS\"; 100 since the \
             2020-08-24 launch",
        history: &[entry(None, None), entry(Some(IO2_LAUNCH), whole(100))],
    },
    Fact {
        id: IO2_IOPS_PER_GIB.as_str(),
        name: "io2 maximum IOPS per GiB",
        unit: "IOPS/GiB",
        source: PROVISIONED_IOPS,
        confirmed: IO2_BX_CONFIRMED,
        history: &[
            entry(None, None),
            entry(Some(IO2_LAUNCH), whole(500)),
            entry(Some(IO2_BLOCK_EXPRESS), whole(1000)),
        ],
    },
    Fact {
        id: IO2_MAX_IOPS.as_str(),
        name: "io2 maximum IOPS (Nitro instances)",
        unit: "IOPS",
        source: PROVISIONED_IOPS,
        confirmed: IO2_BX_CONFIRMED,
        history: &[
            entry(None, None),
            entry(Some(IO2_LAUNCH), whole(64_000)),
            entry(Some(IO2_BLOCK_EXPRESS), whole(256_000)),
        ],
    },
    Fact {
        id: IO2_THROUGHPUT_PER_IOPS_MIBPS.as_str(),
        name: "io2 Block Express throughput per provisioned IOPS",
        unit: "MiB/s per IOPS",
        source: PROVISIONED_IOPS,
        confirmed: "read in the current AWS page: \"scales proportionally at a rate of 0.256 MiB/s per \
             provisioned IOPS\"; before 2023-11-21 a new io2 volume was not on Block Express and \
             followed io1's throughput rule (archived 2023 page), so awscalc has no value before that \
             date. See ebs.io2_max_size_gib for the dates",
        history: &[
            entry(None, None),
            entry(Some(IO2_BLOCK_EXPRESS), scaled(256, 3)),
        ],
    },
    Fact {
        id: IO2_MAX_THROUGHPUT_MIBPS.as_str(),
        name: "io2 maximum throughput",
        unit: "MiB/s",
        source: PROVISIONED_IOPS,
        confirmed: IO2_BX_CONFIRMED,
        history: &[
            entry(None, None),
            entry(Some(IO2_LAUNCH), whole(1000)),
            entry(Some(IO2_BLOCK_EXPRESS), whole(4000)),
        ],
    },
    Fact {
        id: IO2_MAX_THROUGHPUT_AT_IOPS.as_str(),
        name: "IOPS from which AWS says io2 Block Express reaches its maximum throughput",
        unit: "IOPS",
        source: PROVISIONED_IOPS,
        confirmed: "read in the current AWS page: \"Maximum throughput can be achieved at 16,000 IOPS or \
             higher\". The per-IOPS rate gives 4,000 / 0.256 = 15,625 IOPS: AWS rounds. awscalc computes \
             with the rate and shows both in the io2 report. Dated with Block Express for new volumes \
             (2023-11-21)",
        history: &[
            entry(None, None),
            entry(Some(IO2_BLOCK_EXPRESS), whole(16_000)),
        ],
    },
    // st1 and sc1
    Fact {
        id: HDD_MIN_SIZE_GIB.as_str(),
        name: "smallest st1 or sc1 volume",
        unit: "GiB",
        source: HDD,
        confirmed: "125 GiB read in the current AWS page and EC2 API (\"st1 and sc1: 125 - 16,384 GiB\"); \
             500 GiB in older pages; the change on 2020-11-30 read in the EC2 User Guide document \
             history (awsdocs/amazon-ec2-user-guide DocumentHistory.md: \"Throughput Optimized HDD (st1) \
             and Cold HDD (sc1) volumes can range in size from 125 GiB to 16 TiB. | November 30, 2020\"); \
             a copy of the page of 2020-11-20 still says 500 GiB",
        history: &[entry(None, whole(500)), entry(Some(HDD_MIN_125), whole(125))],
    },
    Fact {
        id: HDD_MAX_SIZE_GIB.as_str(),
        name: "largest st1 or sc1 volume",
        unit: "GiB",
        source: HDD,
        confirmed: "read in the current AWS page: 16 TiB",
        history: &[entry(None, whole(16_384))],
    },
    Fact {
        id: HDD_IO_KIB.as_str(),
        name: "I/O size one st1 or sc1 I/O credit counts",
        unit: "KiB",
        source: HDD,
        confirmed: "read in the AWS page: \"an I/O request of 1 MiB or less counts as a 1 MiB I/O credit\"; maximum IOPS are stated at 1 MiB I/O",
        history: &[entry(None, whole(1024))],
    },
    Fact {
        id: HDD_BUCKET_TIB_PER_TIB.as_str(),
        name: "st1 or sc1 burst bucket per TiB of volume",
        unit: "TiB of credits",
        source: HDD,
        confirmed: "read in the AWS page: a 1 TiB volume's bucket \"can hold up to 1 TiB-worth of credits\" and \"larger volumes scale these limits linearly\"",
        history: &[entry(None, whole(1))],
    },
    Fact {
        id: ST1_BASELINE_MIBPS_PER_TIB.as_str(),
        name: "st1 baseline throughput per TiB",
        unit: "MiB/s",
        source: HDD,
        confirmed: HDD_CONFIRMED,
        history: &[entry(None, whole(40))],
    },
    Fact {
        id: ST1_BURST_MIBPS_PER_TIB.as_str(),
        name: "st1 burst throughput per TiB",
        unit: "MiB/s",
        source: HDD,
        confirmed: HDD_CONFIRMED,
        history: &[entry(None, whole(250))],
    },
    Fact {
        id: ST1_MAX_THROUGHPUT_MIBPS.as_str(),
        name: "st1 maximum throughput",
        unit: "MiB/s",
        source: HDD,
        confirmed: "read in the AWS page: cap 500 MiB/s (baseline reaches it at 12.5 TiB, burst at 2 TiB)",
        history: &[entry(None, whole(500))],
    },
    Fact {
        id: ST1_MAX_IOPS.as_str(),
        name: "st1 maximum IOPS (1 MiB I/O)",
        unit: "IOPS",
        source: VOLUME_TYPES,
        confirmed: "read in the current AWS page: 500 (1 MiB I/O)",
        history: &[entry(None, whole(500))],
    },
    Fact {
        id: SC1_BASELINE_MIBPS_PER_TIB.as_str(),
        name: "sc1 baseline throughput per TiB",
        unit: "MiB/s",
        source: HDD,
        confirmed: HDD_CONFIRMED,
        history: &[entry(None, whole(12))],
    },
    Fact {
        id: SC1_BURST_MIBPS_PER_TIB.as_str(),
        name: "sc1 burst throughput per TiB",
        unit: "MiB/s",
        source: HDD,
        confirmed: HDD_CONFIRMED,
        history: &[entry(None, whole(80))],
    },
    Fact {
        id: SC1_MAX_THROUGHPUT_MIBPS.as_str(),
        name: "sc1 maximum throughput",
        unit: "MiB/s",
        source: HDD,
        confirmed: "read in the AWS page: burst cap 250 MiB/s (reached at 3.125 TiB); the baseline stops at 192 MiB/s at 16 TiB",
        history: &[entry(None, whole(250))],
    },
    Fact {
        id: SC1_MAX_IOPS.as_str(),
        name: "sc1 maximum IOPS (1 MiB I/O)",
        unit: "IOPS",
        source: VOLUME_TYPES,
        confirmed: "read in the current AWS page: 250 (1 MiB I/O)",
        history: &[entry(None, whole(250))],
    },
    Fact {
        id: HDD_CONSISTENCY_THROUGHPUT_PERCENT.as_str(),
        name: "share of expected throughput st1 and sc1 deliver (worst case)",
        unit: "%",
        source: HDD,
        confirmed: "read in the AWS page: \"at least 90 percent of the expected throughput performance 99 percent of the time\"; worked example 5 TiB st1: 2.91 h / (0.90 × 0.99) = 3.27 h",
        history: &[entry(None, whole(90))],
    },
    Fact {
        id: HDD_CONSISTENCY_TIME_PERCENT.as_str(),
        name: "share of the time st1 and sc1 meet that throughput",
        unit: "%",
        source: HDD,
        confirmed: "read in the AWS page: \"99 percent of the time\"",
        history: &[entry(None, whole(99))],
    },
    // standard
    Fact {
        id: STANDARD_MIN_SIZE_GIB.as_str(),
        name: "smallest magnetic (standard) volume",
        unit: "GiB",
        source: VOLUME_TYPES,
        confirmed: "read in the current AWS page (previous generation table): 1 GiB - 1 TiB; EC2 API \"standard: 1 - 1024 GiB\"",
        history: &[entry(None, whole(1))],
    },
    Fact {
        id: STANDARD_MAX_SIZE_GIB.as_str(),
        name: "largest magnetic (standard) volume",
        unit: "GiB",
        source: VOLUME_TYPES,
        confirmed: "read in the current AWS page: 1 TiB",
        history: &[entry(None, whole(1024))],
    },
    Fact {
        id: STANDARD_AVERAGE_IOPS.as_str(),
        name: "magnetic (standard) IOPS on average",
        unit: "IOPS",
        source: VOLUME_TYPES,
        confirmed: "read in the current AWS page: \"approximately 100 IOPS on average, with burst capability of up to hundreds of IOPS\"",
        history: &[entry(None, whole(100))],
    },
    Fact {
        id: STANDARD_MIN_IOPS.as_str(),
        name: "low end of magnetic (standard) maximum IOPS",
        unit: "IOPS",
        source: VOLUME_TYPES,
        confirmed: "read in the current AWS page: max IOPS per volume 40-200",
        history: &[entry(None, whole(40))],
    },
    Fact {
        id: STANDARD_MAX_IOPS.as_str(),
        name: "high end of magnetic (standard) maximum IOPS",
        unit: "IOPS",
        source: VOLUME_TYPES,
        confirmed: "read in the current AWS page: max IOPS per volume 40-200",
        history: &[entry(None, whole(200))],
    },
    Fact {
        id: STANDARD_MIN_THROUGHPUT_MIBPS.as_str(),
        name: "low end of magnetic (standard) maximum throughput",
        unit: "MiB/s",
        source: VOLUME_TYPES,
        confirmed: "read in the current AWS page: max throughput per volume 40-90 MiB/s",
        history: &[entry(None, whole(40))],
    },
    Fact {
        id: STANDARD_MAX_THROUGHPUT_MIBPS.as_str(),
        name: "high end of magnetic (standard) maximum throughput",
        unit: "MiB/s",
        source: VOLUME_TYPES,
        confirmed: "read in the current AWS page: max throughput per volume 40-90 MiB/s",
        history: &[entry(None, whole(90))],
    },
    // Elastic Volumes (modifying a volume in place)
    Fact {
        id: MODIFICATIONS_PER_24H.as_str(),
        name: "modifications of one volume allowed in a rolling 24 hours",
        unit: "modifications",
        source: MODIFY_VOLUME,
        confirmed: "read in the current ModifyVolume API reference: \"You can modify a volume up to four \
             times within a rolling 24-hour period, as long as the volume is in the in-use or available \
             state, and all previous modifications for that volume are complete\" (each modification \
             must reach the completed state before the next). Before, AWS set a wait instead of a count \
             (see ebs.modification_cooldown_hours), so awscalc has no value before the change. The \
             What's New is dated 2026/01 (amazon-ebs-up-to-four-volume-modifications); the day, \
             2026-01-15, from two public records of that day: supabase/supabase #42184 (\"the recent \
             AWS EBS update (January 15, 2026)\") and kubernetes-sigs/aws-ebs-csi-driver #2829, opened \
             2026-01-15 to remove the six-hour cooldown from its docs",
        history: &[
            entry(None, None),
            with_source(FOUR_MODIFICATIONS, whole(4), ELASTIC_VOLUMES_2026),
        ],
    },
    Fact {
        id: MODIFICATION_COOLDOWN_HOURS.as_str(),
        name: "hours to wait after modifying a volume before modifying it again",
        unit: "hours",
        source: MODIFY_VOLUME,
        confirmed: "6 read in earlier ModifyVolume API references (boto3 1.26.85 copy: \"After modifying a \
             volume, you must wait at least six hours and ensure that the volume is in the in-use or \
             available state before you can modify the same volume. This is sometimes referred to as a \
             cooldown period\"); Elastic Volumes launched 2017-02-13 (EC2 User Guide document history); \
             that the six hours applied from that first day is not confirmed. 0 from 2026-01-15: the \
             current reference sets no wait, only that the previous modification has completed and at \
             most four in a rolling 24 hours (see ebs.modifications_per_24h for the date)",
        history: &[
            entry(None, None),
            entry(Some(ELASTIC_VOLUMES), whole(6)),
            with_source(FOUR_MODIFICATIONS, whole(0), ELASTIC_VOLUMES_2026),
        ],
    },
    Fact {
        id: MULTI_ATTACH_MAX_INSTANCES.as_str(),
        name: "instances one Multi-Attach volume attaches to",
        unit: "instances",
        source: MODIFY_VOLUME,
        confirmed: "16 read on 2026-12-01 in the ModifyVolume reference (MultiAttachEnabled, as the AWS \
             SDK for Kotlin reference gives it): \"If you enable Multi-Attach, you can attach the volume to \
             up to 16 Nitro-based instances in the same Availability Zone. This parameter is supported \
             with io1 and io2 volumes only\" (awscalc's VolumeType::multi_attach). The date Multi-Attach \
             came and whether the 16 ever differed were not confirmed in AWS text: one undated value",
        history: &[entry(None, whole(16))],
    },
];
