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
//! - io2 launch: 2020-08-24, from memory, not confirmed.
//! - io2 Block Express for every io2: 2025-04-30, stated on the provisioned IOPS page.
//! - st1/sc1 minimum 500 GiB → 125 GiB: 2020-12-01 is an estimate (third-party code
//!   still enforced 500 GiB on 2020-10-28; a third party cites 125 GiB by 2022-11).

use jiff::civil::{date, Date};

use super::{entry, scaled, whole, Entry, Fact};

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

/// gp2 raised to 16,000 IOPS and 250 MiB/s.
const GP2_RAISE: Date = date(2018, 12, 3);
/// gp3 launched.
const GP3_LAUNCH: Date = date(2020, 12, 1);
/// gp3 raised to 64 TiB, 80,000 IOPS and 2,000 MiB/s (day estimated, see module docs).
const GP3_RAISE: Date = date(2025, 9, 26);
/// io2 launched (from memory).
const IO2_LAUNCH: Date = date(2020, 8, 24);
/// Every io2 volume became io2 Block Express.
const IO2_BLOCK_EXPRESS: Date = date(2025, 4, 30);
/// st1 and sc1 minimum size lowered to 125 GiB (estimated).
const HDD_MIN_125: Date = date(2020, 12, 1);

const fn with_source(
    since: Date,
    value: Option<rust_decimal::Decimal>,
    source: &'static str,
) -> Entry {
    Entry {
        since: Some(since),
        value,
        source: Some(source),
    }
}

const GP2_CONFIRMED: &str = "read in the AWS General Purpose SSD page (archived 2023 copy, \
     unchanged in later copies); formula baseline = min(16,000, max(100, 3 × GiB))";
const GP3_CONFIRMED: &str = "read in the current AWS General Purpose SSD and volume types pages; \
     gp3 launched 2020-12-01 (What's New URL dated 2020/12)";
const HDD_CONFIRMED: &str = "read in the AWS HDD volumes page (archived 2023 copy and current \
     page agree): \"(Volume size) × (Credit accumulation rate per TiB) = Throughput\"";

pub(super) static FACTS: &[Fact] = &[
    // gp2
    Fact {
        id: "ebs.gp2_min_size_gib",
        name: "smallest gp2 volume",
        unit: "GiB",
        source: VOLUME_TYPES,
        confirmed: "read in the current AWS page: gp2 1 GiB - 16 TiB; EC2 API CreateVolume Size \"gp2: 1 - 16,384 GiB\"",
        history: &[entry(None, whole(1))],
    },
    Fact {
        id: "ebs.gp2_max_size_gib",
        name: "largest gp2 volume",
        unit: "GiB",
        source: VOLUME_TYPES,
        confirmed: "read in the current AWS page: 16 TiB; EC2 API \"gp2: 1 - 16,384 GiB\"",
        history: &[entry(None, whole(16_384))],
    },
    Fact {
        id: "ebs.gp2_iops_per_gib",
        name: "gp2 baseline IOPS per GiB",
        unit: "IOPS/GiB",
        source: GENERAL_PURPOSE,
        confirmed: GP2_CONFIRMED,
        history: &[entry(None, whole(3))],
    },
    Fact {
        id: "ebs.gp2_min_iops",
        name: "gp2 minimum baseline IOPS",
        unit: "IOPS",
        source: GENERAL_PURPOSE,
        confirmed: "read in the AWS page: \"Volumes 33.33 GiB and smaller are provisioned with the minimum of 100 IOPS\"",
        history: &[entry(None, whole(100))],
    },
    Fact {
        id: "ebs.gp2_max_iops",
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
        id: "ebs.gp2_burst_iops",
        name: "gp2 burst IOPS",
        unit: "IOPS",
        source: GENERAL_PURPOSE,
        confirmed: "read in the AWS page: volumes \"smaller than 1 TiB (and that are provisioned with less than 3,000 IOPS) can burst to 3,000 IOPS\"",
        history: &[entry(None, whole(3000))],
    },
    Fact {
        id: "ebs.gp2_credit_balance",
        name: "gp2 I/O credit bucket (initial balance and cap)",
        unit: "I/O credits",
        source: GENERAL_PURPOSE,
        confirmed: "read in the AWS page: initial balance 5.4 million I/O credits, \"enough to sustain the maximum burst performance of 3,000 IOPS for at least 30 minutes\"; accrual cap 5.4 million. Credits are earned at the baseline IOPS (AWS's table: 1 GiB fills in 54,000 s = 5.4M / 100)",
        history: &[entry(None, whole(5_400_000))],
    },
    Fact {
        id: "ebs.gp2_small_throughput_mibps",
        name: "gp2 maximum throughput of volumes up to 170 GiB",
        unit: "MiB/s",
        source: GENERAL_PURPOSE,
        confirmed: "read in the AWS page: \"Volumes that are 170 GiB and smaller deliver a maximum throughput of 128 MiB/s\" (same text before 2018-12)",
        history: &[entry(None, whole(128))],
    },
    Fact {
        id: "ebs.gp2_small_max_gib",
        name: "largest gp2 volume held to the small-volume throughput",
        unit: "GiB",
        source: GENERAL_PURPOSE,
        confirmed: "read in the AWS page: \"170 GiB and smaller\"",
        history: &[entry(None, whole(170))],
    },
    Fact {
        id: "ebs.gp2_max_throughput_mibps",
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
        id: "ebs.ssd_max_io_kib",
        name: "largest I/O counted as one SSD I/O",
        unit: "KiB",
        source: IO_CHARACTERISTICS,
        confirmed: "read in the current AWS page: \"I/O size is capped at 256 KiB for SSD volumes\"; the gp2 throughput rule uses it (100 GiB: 300 IOPS × 256 KiB = 75 MiB/s once credits run out, 2019 page)",
        history: &[entry(None, whole(256))],
    },
    // gp3
    Fact {
        id: "ebs.gp3_min_size_gib",
        name: "smallest gp3 volume",
        unit: "GiB",
        source: VOLUME_TYPES,
        confirmed: GP3_CONFIRMED,
        history: &[entry(None, None), with_source(GP3_LAUNCH, whole(1), GP3_LAUNCH_URL)],
    },
    Fact {
        id: "ebs.gp3_max_size_gib",
        name: "largest gp3 volume",
        unit: "GiB",
        source: VOLUME_TYPES,
        confirmed: "65,536 GiB (64 TiB) read in the current AWS page and EC2 API \"gp3: 1 - 65,536 GiB\"; \
             16 TiB before (archived 2023 page); the day of the change is estimated (see facts/ebs.rs); \
             Outposts keep 16 TiB",
        history: &[
            entry(None, None),
            with_source(GP3_LAUNCH, whole(16_384), GP3_LAUNCH_URL),
            with_source(GP3_RAISE, whole(65_536), GP3_2025),
        ],
    },
    Fact {
        id: "ebs.gp3_baseline_iops",
        name: "gp3 IOPS included at any size",
        unit: "IOPS",
        source: GENERAL_PURPOSE,
        confirmed: GP3_CONFIRMED,
        history: &[entry(None, None), with_source(GP3_LAUNCH, whole(3000), GP3_LAUNCH_URL)],
    },
    Fact {
        id: "ebs.gp3_baseline_throughput_mibps",
        name: "gp3 throughput included at any size",
        unit: "MiB/s",
        source: GENERAL_PURPOSE,
        confirmed: GP3_CONFIRMED,
        history: &[entry(None, None), with_source(GP3_LAUNCH, whole(125), GP3_LAUNCH_URL)],
    },
    Fact {
        id: "ebs.gp3_iops_per_gib",
        name: "gp3 provisioned IOPS per GiB",
        unit: "IOPS/GiB",
        source: GENERAL_PURPOSE,
        confirmed: "read in the current AWS page: \"at a ratio of 500 IOPS per GiB of volume size\"; unchanged in 2025",
        history: &[entry(None, None), with_source(GP3_LAUNCH, whole(500), GP3_LAUNCH_URL)],
    },
    Fact {
        id: "ebs.gp3_throughput_per_iops_mibps",
        name: "gp3 provisioned throughput per provisioned IOPS",
        unit: "MiB/s per IOPS",
        source: GENERAL_PURPOSE,
        confirmed: "read in the current AWS page and the EMR guide quoting it: \"ratio of 0.25 MiB/s per provisioned IOPS\"",
        history: &[entry(None, None), with_source(GP3_LAUNCH, scaled(25, 2), GP3_LAUNCH_URL)],
    },
    Fact {
        id: "ebs.gp3_max_iops",
        name: "gp3 maximum IOPS",
        unit: "IOPS",
        source: GENERAL_PURPOSE,
        confirmed: "80,000 read in the current AWS page and EC2 API (\"gp3: 3,000 - 80,000 IOPS\"); 16,000 \
             before (archived 2023 page; study notes X5); the day of the change is estimated \
             (see facts/ebs.rs); Outposts keep 16,000",
        history: &[
            entry(None, None),
            with_source(GP3_LAUNCH, whole(16_000), GP3_LAUNCH_URL),
            with_source(GP3_RAISE, whole(80_000), GP3_2025),
        ],
    },
    Fact {
        id: "ebs.gp3_max_throughput_mibps",
        name: "gp3 maximum throughput",
        unit: "MiB/s",
        source: GENERAL_PURPOSE,
        confirmed: "2,000 read in the current AWS page, EC2 API (\"125 - 2000 MiB/s\") and EMR guide; \
             1,000 before (archived 2023 page); the day of the change is estimated",
        history: &[
            entry(None, None),
            with_source(GP3_LAUNCH, whole(1000), GP3_LAUNCH_URL),
            with_source(GP3_RAISE, whole(2000), GP3_2025),
        ],
    },
    // io1
    Fact {
        id: "ebs.io1_min_size_gib",
        name: "smallest io1 volume",
        unit: "GiB",
        source: PROVISIONED_IOPS,
        confirmed: "read in the current AWS page: 4 GiB - 16 TiB; EC2 API \"io1: 4 - 16,384 GiB\"",
        history: &[entry(None, whole(4))],
    },
    Fact {
        id: "ebs.io1_max_size_gib",
        name: "largest io1 volume",
        unit: "GiB",
        source: PROVISIONED_IOPS,
        confirmed: "read in the current AWS page: 16 TiB",
        history: &[entry(None, whole(16_384))],
    },
    Fact {
        id: "ebs.io1_min_iops",
        name: "smallest io1 provisioned IOPS",
        unit: "IOPS",
        source: PROVISIONED_IOPS,
        confirmed: "read in the current AWS page and EC2 API: \"io1: 100 - 64,000 IOPS\"",
        history: &[entry(None, whole(100))],
    },
    Fact {
        id: "ebs.io1_iops_per_gib",
        name: "io1 maximum IOPS per GiB",
        unit: "IOPS/GiB",
        source: PROVISIONED_IOPS,
        confirmed: "read in the current AWS page: 50:1; \"a 100 GiB io1 volume can be provisioned with up to 5,000 IOPS\"",
        history: &[entry(None, whole(50))],
    },
    Fact {
        id: "ebs.io1_max_iops",
        name: "io1 maximum IOPS (Nitro instances)",
        unit: "IOPS",
        source: PROVISIONED_IOPS,
        confirmed: "64,000 read in the current AWS page; earlier values (20,000 before 2017-12-06, \
             then 32,000, then 64,000 from an announcement of 2018-11 whose day is not known) are \
             not modelled: --as-of before 2019 gives today's io1 limits",
        history: &[entry(None, whole(64_000))],
    },
    Fact {
        id: "ebs.non_nitro_max_iops",
        name: "most IOPS an io1 or io2 volume achieves on an instance not built on Nitro",
        unit: "IOPS",
        source: PROVISIONED_IOPS,
        confirmed: "read in the current AWS page: \"On other instances, you can achieve up to 32,000 IOPS\" (io1 and io2)",
        history: &[entry(None, whole(32_000))],
    },
    Fact {
        id: "ebs.io1_step_iops",
        name: "io1 IOPS up to which 256 KiB I/O applies (throughput step)",
        unit: "IOPS",
        source: PROVISIONED_IOPS,
        confirmed: "read in the AWS page: \"provisioned with up to 32,000 IOPS support a maximum I/O size of 256 KiB and yield as much as 500 MiB/s\"; legacy io2 shared the rule (archived 2023 page, \"io1 and io2\")",
        history: &[entry(None, whole(32_000))],
    },
    Fact {
        id: "ebs.io1_step_throughput_mibps",
        name: "io1 throughput cap up to the step",
        unit: "MiB/s",
        source: PROVISIONED_IOPS,
        confirmed: "read in the AWS page: \"as much as 500 MiB/s\"; \"peak throughput is reached at 2,000 IOPS\"",
        history: &[entry(None, whole(500))],
    },
    Fact {
        id: "ebs.io1_kib_per_iops_above_step",
        name: "io1 throughput per provisioned IOPS above the step",
        unit: "KiB",
        source: PROVISIONED_IOPS,
        confirmed: "read in the AWS page: \"linear increase in throughput at a rate of 16 KiB per provisioned IOPS\" (48,000 IOPS → 750 MiB/s)",
        history: &[entry(None, whole(16))],
    },
    Fact {
        id: "ebs.io1_max_throughput_mibps",
        name: "io1 maximum throughput",
        unit: "MiB/s",
        source: PROVISIONED_IOPS,
        confirmed: "read in the AWS page: 1,000 MiB/s at 64,000 IOPS (16 KiB × 64,000)",
        history: &[entry(None, whole(1000))],
    },
    // io2
    Fact {
        id: "ebs.io2_min_size_gib",
        name: "smallest io2 volume",
        unit: "GiB",
        source: PROVISIONED_IOPS,
        confirmed: "read in the current AWS page: 4 GiB - 64 TiB; io2 launch date 2020-08-24 from memory, not confirmed",
        history: &[entry(None, None), entry(Some(IO2_LAUNCH), whole(4))],
    },
    Fact {
        id: "ebs.io2_max_size_gib",
        name: "largest io2 volume",
        unit: "GiB",
        source: PROVISIONED_IOPS,
        confirmed: "65,536 GiB read in the current AWS page (\"As of April 30, 2025, all new and previously \
             created io2 volumes are io2 Block Express volumes\"); 16 TiB for io2 not on Block Express \
             (archived 2023 page)",
        history: &[
            entry(None, None),
            entry(Some(IO2_LAUNCH), whole(16_384)),
            entry(Some(IO2_BLOCK_EXPRESS), whole(65_536)),
        ],
    },
    Fact {
        id: "ebs.io2_min_iops",
        name: "smallest io2 provisioned IOPS",
        unit: "IOPS",
        source: PROVISIONED_IOPS,
        confirmed: "read in the current AWS page and EC2 API: \"io2: 100 - 256,000 IOPS\"",
        history: &[entry(None, None), entry(Some(IO2_LAUNCH), whole(100))],
    },
    Fact {
        id: "ebs.io2_iops_per_gib",
        name: "io2 maximum IOPS per GiB",
        unit: "IOPS/GiB",
        source: PROVISIONED_IOPS,
        confirmed: "1,000:1 read in the current AWS page; 500:1 for io2 not on Block Express (archived 2023 page: \"a 100 GiB io2 volume can be provisioned with up to 50,000 IOPS\")",
        history: &[
            entry(None, None),
            entry(Some(IO2_LAUNCH), whole(500)),
            entry(Some(IO2_BLOCK_EXPRESS), whole(1000)),
        ],
    },
    Fact {
        id: "ebs.io2_max_iops",
        name: "io2 maximum IOPS (Nitro instances)",
        unit: "IOPS",
        source: PROVISIONED_IOPS,
        confirmed: "256,000 read in the current AWS page; 64,000 for io2 not on Block Express (archived 2023 page; study notes X6)",
        history: &[
            entry(None, None),
            entry(Some(IO2_LAUNCH), whole(64_000)),
            entry(Some(IO2_BLOCK_EXPRESS), whole(256_000)),
        ],
    },
    Fact {
        id: "ebs.io2_throughput_per_iops_mibps",
        name: "io2 Block Express throughput per provisioned IOPS",
        unit: "MiB/s per IOPS",
        source: PROVISIONED_IOPS,
        confirmed: "read in the current AWS page: \"scales proportionally at a rate of 0.256 MiB/s per provisioned IOPS\"; before 2025-04-30 io2 followed io1's throughput rule (archived 2023 page), so awscalc has no value before that date",
        history: &[
            entry(None, None),
            entry(Some(IO2_BLOCK_EXPRESS), scaled(256, 3)),
        ],
    },
    Fact {
        id: "ebs.io2_max_throughput_mibps",
        name: "io2 maximum throughput",
        unit: "MiB/s",
        source: PROVISIONED_IOPS,
        confirmed: "4,000 read in the current AWS page; 1,000 for io2 not on Block Express (archived 2023 page)",
        history: &[
            entry(None, None),
            entry(Some(IO2_LAUNCH), whole(1000)),
            entry(Some(IO2_BLOCK_EXPRESS), whole(4000)),
        ],
    },
    // st1 and sc1
    Fact {
        id: "ebs.hdd_min_size_gib",
        name: "smallest st1 or sc1 volume",
        unit: "GiB",
        source: HDD,
        confirmed: "125 GiB read in the current AWS page and EC2 API (\"st1 and sc1: 125 - 16,384 GiB\"); \
             500 GiB in older pages; the day of the change (2020-12-01) is an estimate, not confirmed",
        history: &[entry(None, whole(500)), entry(Some(HDD_MIN_125), whole(125))],
    },
    Fact {
        id: "ebs.hdd_max_size_gib",
        name: "largest st1 or sc1 volume",
        unit: "GiB",
        source: HDD,
        confirmed: "read in the current AWS page: 16 TiB",
        history: &[entry(None, whole(16_384))],
    },
    Fact {
        id: "ebs.hdd_io_kib",
        name: "I/O size one st1 or sc1 I/O credit counts",
        unit: "KiB",
        source: HDD,
        confirmed: "read in the AWS page: \"an I/O request of 1 MiB or less counts as a 1 MiB I/O credit\"; maximum IOPS are stated at 1 MiB I/O",
        history: &[entry(None, whole(1024))],
    },
    Fact {
        id: "ebs.hdd_bucket_tib_per_tib",
        name: "st1 or sc1 burst bucket per TiB of volume",
        unit: "TiB of credits",
        source: HDD,
        confirmed: "read in the AWS page: a 1 TiB volume's bucket \"can hold up to 1 TiB-worth of credits\" and \"larger volumes scale these limits linearly\"",
        history: &[entry(None, whole(1))],
    },
    Fact {
        id: "ebs.st1_baseline_mibps_per_tib",
        name: "st1 baseline throughput per TiB",
        unit: "MiB/s",
        source: HDD,
        confirmed: HDD_CONFIRMED,
        history: &[entry(None, whole(40))],
    },
    Fact {
        id: "ebs.st1_burst_mibps_per_tib",
        name: "st1 burst throughput per TiB",
        unit: "MiB/s",
        source: HDD,
        confirmed: HDD_CONFIRMED,
        history: &[entry(None, whole(250))],
    },
    Fact {
        id: "ebs.st1_max_throughput_mibps",
        name: "st1 maximum throughput",
        unit: "MiB/s",
        source: HDD,
        confirmed: "read in the AWS page: cap 500 MiB/s (baseline reaches it at 12.5 TiB, burst at 2 TiB)",
        history: &[entry(None, whole(500))],
    },
    Fact {
        id: "ebs.st1_max_iops",
        name: "st1 maximum IOPS (1 MiB I/O)",
        unit: "IOPS",
        source: VOLUME_TYPES,
        confirmed: "read in the current AWS page: 500 (1 MiB I/O)",
        history: &[entry(None, whole(500))],
    },
    Fact {
        id: "ebs.sc1_baseline_mibps_per_tib",
        name: "sc1 baseline throughput per TiB",
        unit: "MiB/s",
        source: HDD,
        confirmed: HDD_CONFIRMED,
        history: &[entry(None, whole(12))],
    },
    Fact {
        id: "ebs.sc1_burst_mibps_per_tib",
        name: "sc1 burst throughput per TiB",
        unit: "MiB/s",
        source: HDD,
        confirmed: HDD_CONFIRMED,
        history: &[entry(None, whole(80))],
    },
    Fact {
        id: "ebs.sc1_max_throughput_mibps",
        name: "sc1 maximum throughput",
        unit: "MiB/s",
        source: HDD,
        confirmed: "read in the AWS page: burst cap 250 MiB/s (reached at 3.125 TiB); the baseline stops at 192 MiB/s at 16 TiB",
        history: &[entry(None, whole(250))],
    },
    Fact {
        id: "ebs.sc1_max_iops",
        name: "sc1 maximum IOPS (1 MiB I/O)",
        unit: "IOPS",
        source: VOLUME_TYPES,
        confirmed: "read in the current AWS page: 250 (1 MiB I/O)",
        history: &[entry(None, whole(250))],
    },
    Fact {
        id: "ebs.hdd_consistency_throughput_percent",
        name: "share of expected throughput st1 and sc1 deliver (worst case)",
        unit: "%",
        source: HDD,
        confirmed: "read in the AWS page: \"at least 90 percent of the expected throughput performance 99 percent of the time\"; worked example 5 TiB st1: 2.91 h / (0.90 × 0.99) = 3.27 h",
        history: &[entry(None, whole(90))],
    },
    Fact {
        id: "ebs.hdd_consistency_time_percent",
        name: "share of the time st1 and sc1 meet that throughput",
        unit: "%",
        source: HDD,
        confirmed: "read in the AWS page: \"99 percent of the time\"",
        history: &[entry(None, whole(99))],
    },
    // standard
    Fact {
        id: "ebs.standard_min_size_gib",
        name: "smallest magnetic (standard) volume",
        unit: "GiB",
        source: VOLUME_TYPES,
        confirmed: "read in the current AWS page (previous generation table): 1 GiB - 1 TiB; EC2 API \"standard: 1 - 1024 GiB\"",
        history: &[entry(None, whole(1))],
    },
    Fact {
        id: "ebs.standard_max_size_gib",
        name: "largest magnetic (standard) volume",
        unit: "GiB",
        source: VOLUME_TYPES,
        confirmed: "read in the current AWS page: 1 TiB",
        history: &[entry(None, whole(1024))],
    },
    Fact {
        id: "ebs.standard_average_iops",
        name: "magnetic (standard) IOPS on average",
        unit: "IOPS",
        source: VOLUME_TYPES,
        confirmed: "read in the current AWS page: \"approximately 100 IOPS on average, with burst capability of up to hundreds of IOPS\"",
        history: &[entry(None, whole(100))],
    },
    Fact {
        id: "ebs.standard_min_iops",
        name: "low end of magnetic (standard) maximum IOPS",
        unit: "IOPS",
        source: VOLUME_TYPES,
        confirmed: "read in the current AWS page: max IOPS per volume 40-200",
        history: &[entry(None, whole(40))],
    },
    Fact {
        id: "ebs.standard_max_iops",
        name: "high end of magnetic (standard) maximum IOPS",
        unit: "IOPS",
        source: VOLUME_TYPES,
        confirmed: "read in the current AWS page: max IOPS per volume 40-200",
        history: &[entry(None, whole(200))],
    },
    Fact {
        id: "ebs.standard_min_throughput_mibps",
        name: "low end of magnetic (standard) maximum throughput",
        unit: "MiB/s",
        source: VOLUME_TYPES,
        confirmed: "read in the current AWS page: max throughput per volume 40-90 MiB/s",
        history: &[entry(None, whole(40))],
    },
    Fact {
        id: "ebs.standard_max_throughput_mibps",
        name: "high end of magnetic (standard) maximum throughput",
        unit: "MiB/s",
        source: VOLUME_TYPES,
        confirmed: "read in the current AWS page: max throughput per volume 40-90 MiB/s",
        history: &[entry(None, whole(90))],
    },
];
