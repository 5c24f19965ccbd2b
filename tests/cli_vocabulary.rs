//! One vocabulary (issue #12, item 1; docs/cli.md): each concept is accepted by the same
//! name, with the same units, in every command that takes it, and the old spellings are
//! aliases that ask the same question.
//!
//! Each row names a concept, the commands that take it (with `{}` where the value goes) and
//! spellings of one quantity in different units. Every spelling must give every command the
//! same answer, and a spelling of a different quantity (`other`) a different one, so a unit
//! read wrongly cannot pass unseen. The equivalences are worked by hand from the unit
//! definitions (1 KiB = 1,024 bytes; DynamoDB, Kinesis and S3 read KB as KiB; EBS reads TB
//! as TiB and a bare size as GiB).

mod common;

use common::{awscalc, fails};

const DATE: &str = "2026-11-30";

/// The whole `--quiet` output of `awscalc ARGS --as-of DATE` (with `--json` in ARGS, the
/// inputs' values and the result), or the exit code and error.
fn answer(args: &[&str]) -> Result<String, String> {
    let json = args.contains(&"--json");
    let out = awscalc()
        .args(args)
        .args(["--as-of", DATE])
        .args((!json).then_some("--quiet"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    match out.status.code() {
        Some(0 | 1) if json => {
            let mut v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
            if let Some(inputs) = v["inputs"].as_object_mut() {
                for input in inputs.values_mut() {
                    if let Some(input) = input.as_object_mut() {
                        input.remove("given");
                        input.remove("understood");
                    }
                }
            }
            Ok(format!("{} {}", v["inputs"], v["result"]))
        }
        Some(0 | 1) => Ok(String::from_utf8(out.stdout).unwrap()),
        code => Err(format!("exit {code:?}: {stderr}")),
    }
}

struct Concept {
    name: &'static str,
    /// Command lines with `{}` for the value.
    commands: &'static [&'static str],
    /// Spellings of one quantity, each to give the same answer.
    same: &'static [&'static str],
    /// A spelling of another quantity: a different answer.
    other: &'static str,
}

const CONCEPTS: &[Concept] = &[
    // 8.1 KiB = 8,294.4 bytes = 8.1 KB as DynamoDB reads it (a bare size is KB): 3 read
    // units of 4 KiB, 9 write units of 1 KiB. Read as 8,100 bytes it would be 2 and 8.
    Concept {
        name: "size (DynamoDB item)",
        commands: &[
            "rcu --size {} --rate 10 --strong",
            "wcu --size {} --rate 10",
            "rcu --items 3 --size {} --rate 10",
        ],
        same: &[
            "8.1kib", "8.1 KiB", "8.1kb", "8.1 KB", "8.1k", "8.1", "8.1 kB",
        ],
        other: "8100b",
    },
    // Kinesis: 2.01 KB (1,024-based) = 2,058.24 bytes, rounded up to 3 KB; a bare record size
    // is KB. Read as 2,010 bytes it would round up to 2 KB.
    Concept {
        name: "size (Kinesis record)",
        commands: &["kinesis --size {} --rate 5000/s --consumers 2"],
        same: &["2.01kb", "2.01kib", "2.01 KB", "2.01"],
        other: "2010b",
    },
    // EBS: 1 TiB = 1,024 GiB = 1 TB as EBS reads it; a bare size is GiB.
    Concept {
        name: "size (EBS volume)",
        commands: &["ebs --type gp2 --size {}", "ebs --type st1 --size {}"],
        same: &[
            "1tib",
            "1 TiB",
            "1024gib",
            "1024",
            "1tb",
            "1024gb",
            "1048576mib",
        ],
        other: "1000gib",
    },
    // S3: 1 MiB = 1,048,576 bytes = 1 MB as S3 reads it; a bare size is bytes.
    Concept {
        name: "size (S3 object)",
        commands: &[
            "s3 small-objects --size {} --objects 3 --class GLACIER",
            "s3 multipart --size {} --json",
            "s3 lifecycle STANDARD_IA:30 --size {} --json",
        ],
        same: &["1mib", "1 MiB", "1024kib", "1mb", "1048576", "1048576b"],
        other: "1000000b",
    },
    // 1,000 per second = 60,000 per minute = 3,600,000 per hour; a bare rate is per second.
    // 1,001 per second needs one more unit, and a second shard.
    // SQS and SNS messages: 300 KiB = 307,200 bytes (KB read as KiB); a bare size is bytes.
    // Read as 300,000 bytes the JSON's bytes and steps would differ.
    Concept {
        name: "size (SQS and SNS message)",
        commands: &[
            "sqs --message-size {} --json",
            "sns --message-size {} --json",
            "sns --message-size {} --topic-max 1mib --json",
        ],
        same: &["300kib", "300 KiB", "300kb", "300 KB", "307200", "307200b"],
        other: "300000b",
    },
    Concept {
        name: "rate",
        commands: &[
            "rcu --size 4kb --rate {} --strong",
            "wcu --size 1kb --rate {}",
            "kinesis --size 1kb --rate {}",
            "kinesis --throughput 100kb/s --rate {}",
            "sqs --wait 20s --rate {} --per-receive 10 --json",
        ],
        same: &[
            "1000",
            "1000/s",
            "1000/sec",
            "1000 per second",
            "60000/min",
            "60000/m",
            "3600000/h",
            "3600000/hour",
            "86400000/day",
        ],
        other: "1001/s",
    },
    Concept {
        name: "rate (S3 requests)",
        commands: &["s3 prefixes --get {}", "s3 prefixes --put {}"],
        same: &["11000", "11000/s", "660000/min", "39600000/h"],
        other: "1000/s",
    },
    // 600 MiB/s = 614,400 KiB/s = 36,000 MiB/min; a bare EBS throughput is MiB/s.
    Concept {
        name: "throughput (EBS)",
        commands: &[
            "ebs --throughput {}",
            "ebs --type gp3 --size 500 --throughput {} --json",
        ],
        same: &[
            "600",
            "600mib/s",
            "600 MiB/s",
            "600mibps",
            "614400kib/s",
            "36000mib/min",
        ],
        other: "601mib/s",
    },
    // Kinesis: 5.1 MB/s (1,024-based) = 5,222.4 KiB/s = 306 MB/min, 6 shards of 1,024 KiB/s;
    // a bare number is MB/s. Read as 5,100,000 bytes/s (4,980.5 KiB/s) it would be 5.
    Concept {
        name: "throughput (Kinesis)",
        commands: &[
            "kinesis --throughput {} --rate 10",
            "kinesis --throughput {} --rate 10 --on-demand --json",
        ],
        same: &[
            "5.1",
            "5.1mb/s",
            "5.1mib/s",
            "5222.4kb/s",
            "306mb/min",
            "5.1 MB per second",
        ],
        other: "5100000b/s",
    },
    // 7 days = 168 hours = 10,080 minutes = 604,800 s; a bare retention is hours.
    Concept {
        name: "duration (retention)",
        commands: &["kinesis --size 1kb --rate 1 --retention {} --json"],
        same: &[
            "7d",
            "7 days",
            "168h",
            "168 hours",
            "168",
            "10080min",
            "604800s",
        ],
        other: "8d",
    },
    // 5 minutes = 300 s; a bare SQS setting is seconds. 299 s falls short of both rules
    // (300 s of processing; 6 × 50 s for a Lambda trigger).
    Concept {
        name: "duration (SQS settings)",
        commands: &[
            "sqs --processing 5min --visibility {}",
            "sqs --lambda-timeout 50s --visibility {}",
        ],
        same: &["300s", "5min", "5 minutes", "300", "300 seconds"],
        other: "299s",
    },
    // 12 hours = 720 minutes = 0.5 day.
    Concept {
        name: "duration (restore)",
        commands: &[
            "s3 restore --within {}",
            "s3 restore --within {} --class DEEP_ARCHIVE --json",
        ],
        same: &["12h", "12 hours", "720min", "0.5d", "43200s"],
        other: "4h",
    },
    // A count: digits, optionally grouped with `,` or `_`.
    Concept {
        name: "count",
        commands: &[
            "kinesis --shards {}",
            "rcu --units {} --size 4kb",
            "s3 small-objects --size 1kb --objects {}",
            "s3 prefixes --prefixes {}",
            "cidr --hosts {}",
            "ebs --type io1 --iops {}",
        ],
        same: &["1000", "1,000", "1_000", "+1000", "1000.0"],
        other: "100",
    },
];

#[test]
fn each_concept_takes_the_same_name_and_units_in_every_command() {
    for concept in CONCEPTS {
        for command in concept.commands {
            let ask = |value: &str| {
                let line = command.replace("{}", "\u{0}");
                let args: Vec<String> = line
                    .split_whitespace()
                    .map(|w| w.replace('\u{0}', value))
                    .collect();
                let args: Vec<&str> = args.iter().map(String::as_str).collect();
                answer(&args)
            };
            let first = ask(concept.same[0]).unwrap_or_else(|e| {
                panic!(
                    "{}: `{command}` with {}: {e}",
                    concept.name, concept.same[0]
                )
            });
            for value in &concept.same[1..] {
                let got = ask(value)
                    .unwrap_or_else(|e| panic!("{}: `{command}` with {value}: {e}", concept.name));
                assert_eq!(
                    got, first,
                    "{}: `{command}`: {value} and {} are one quantity",
                    concept.name, concept.same[0]
                );
            }
            let other = ask(concept.other);
            assert_ne!(
                other.as_ref().ok(),
                Some(&first),
                "{}: `{command}`: {} must give another answer than {}",
                concept.name,
                concept.other,
                concept.same[0]
            );
        }
    }
}

/// The same bad unit is refused the same way by every command that takes the kind.
#[test]
fn an_unknown_unit_is_refused_alike_everywhere() {
    for args in [
        &["rcu", "--size", "5furlongs"][..],
        &["wcu", "--size", "5furlongs"],
        &["kinesis", "--size", "5furlongs", "--rate", "1"],
        &["ebs", "--type", "gp2", "--size", "5furlongs"],
        &["s3", "small-objects", "--size", "5furlongs"],
        &["s3", "multipart", "--size", "5furlongs"],
    ] {
        fails(args, &["`5furlongs`", "unknown unit `furlongs`", "5kb"]);
    }
    for args in [
        &["rcu", "--size", "1kb", "--rate", "5/fortnight"][..],
        &["kinesis", "--size", "1kb", "--rate", "5/fortnight"],
        &["s3", "prefixes", "--get", "5/fortnight"],
    ] {
        fails(args, &["`5/fortnight`", "unknown time unit `fortnight`"]);
    }
    for args in [
        &["ebs", "--throughput", "600mbps"][..],
        &["kinesis", "--throughput", "600mbps", "--rate", "1"],
    ] {
        fails(args, &["`600mbps`", "bits"]);
    }
    for args in [
        &[
            "kinesis",
            "--size",
            "1kb",
            "--rate",
            "1",
            "--retention",
            "7fortnights",
        ][..],
        &["s3", "restore", "--within", "7fortnights"],
    ] {
        fails(args, &["`7fortnights`", "unknown unit `fortnights`"]);
    }
}

/// Where no unit is obvious, a bare number is refused and a unit asked for.
#[test]
fn a_bare_number_is_refused_where_no_unit_is_obvious() {
    fails(
        &[
            "kinesis",
            "--size",
            "1kb",
            "--rate",
            "1",
            "--max-record-size",
            "2048",
        ],
        &["`2048`", "no unit", "2mib"],
    );
    fails(&["s3", "restore", "--within", "6"], &["`6`", "no unit"]);
    // With a unit: 2 MiB = 2,048 KiB = 2,097,152 bytes.
    assert_eq!(
        answer(&[
            "kinesis",
            "--size",
            "1kb",
            "--rate",
            "1",
            "--max-record-size",
            "2mib",
            "--json"
        ]),
        answer(&[
            "kinesis",
            "--size",
            "1kb",
            "--rate",
            "1",
            "--max-record-size",
            "2048kb",
            "--json"
        ])
    );
}

/// Every duration takes every time unit; retention must come to whole hours.
#[test]
fn retention_takes_minutes_like_other_durations() {
    // 1,440 min = 24 h, the minimum retention; 30 min is half an hour.
    assert_eq!(
        answer(&[
            "kinesis",
            "--size",
            "1kb",
            "--rate",
            "1",
            "--retention",
            "1440min"
        ]),
        answer(&[
            "kinesis",
            "--size",
            "1kb",
            "--rate",
            "1",
            "--retention",
            "24h"
        ])
    );
    fails(
        &[
            "kinesis",
            "--size",
            "1kb",
            "--rate",
            "1",
            "--retention",
            "30min",
        ],
        &["`30min`", "whole number"],
    );
}

/// `--as-of` takes one form, YYYY-MM-DD, in every command.
#[test]
fn dates_are_one_form_in_every_command() {
    for command in [
        &["rcu", "--size", "1kb"][..],
        &["wcu", "--size", "1kb"],
        &["cidr", "10.0.0.0/24"],
        &["ebs", "--type", "gp2", "--size", "100"],
        &["kinesis", "--shards", "2"],
        &["s3", "classes"],
        &["facts"],
    ] {
        let ok = awscalc()
            .args(command)
            .args(["--as-of", "2024-07-03"])
            .output()
            .unwrap();
        assert_eq!(ok.status.code(), Some(0), "{command:?}");
        let mut bad: Vec<&str> = command.to_vec();
        bad.extend(["--as-of", "2024-7-3"]);
        fails(&bad, &["`2024-7-3`", "YYYY-MM-DD"]);
    }
}

/// The old spellings (docs/cli.md, "Old spellings") ask the same question as the new names:
/// the whole `--json` answer is the same.
#[test]
fn old_spellings_are_aliases_of_the_new_names() {
    let json = |args: &[&str]| {
        let out = awscalc()
            .args(args)
            .args(["--as-of", DATE, "--json"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{args:?}");
        String::from_utf8(out.stdout).unwrap()
    };
    for (old, new) in [
        (
            &["kinesis", "--record-size", "2kb", "--rate", "5000/s"][..],
            &["kinesis", "--size", "2kb", "--rate", "5000/s"][..],
        ),
        (
            &["kinesis", "--write", "4.5mb/s", "--records", "4600/s"],
            &["kinesis", "--throughput", "4.5mb/s", "--rate", "4600/s"],
        ),
        (
            &["kinesis", "--record-size", "2kb", "--records", "5000/s"],
            &["kinesis", "--size", "2kb", "--rate", "5000/s"],
        ),
        (
            &[
                "s3",
                "small-objects",
                "--object-size",
                "50kb",
                "--objects",
                "1000",
            ],
            &["s3", "small-objects", "--size", "50kb", "--objects", "1000"],
        ),
        (
            &["s3", "lifecycle", "STANDARD_IA:30", "--object-size", "50kb"],
            &["s3", "lifecycle", "STANDARD_IA:30", "--size", "50kb"],
        ),
    ] {
        assert_eq!(json(old), json(new), "{old:?} and {new:?}");
    }
    let sheet = |flag: &str, count: &str| {
        let out = awscalc()
            .args([
                "quiz", "--seed", "9", flag, count, "--sheet", "--as-of", DATE,
            ])
            .output()
            .unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap()
    };
    let questions = sheet("--questions", "4");
    assert_eq!(sheet("--count", "4"), questions);
    // --questions is a count like any other: 1,000 and 1_000 are 1000.
    let thousand = sheet("--questions", "1000");
    assert_eq!(sheet("--questions", "1,000"), thousand);
    assert_eq!(sheet("--questions", "1_000"), thousand);
    assert_eq!(
        thousand.lines().filter(|l| l.starts_with('Q')).count(),
        1000
    );
    // 4 questions: a header, then a comment and a line per question.
    assert_eq!(
        questions.lines().filter(|l| l.starts_with('Q')).count(),
        4,
        "{questions}"
    );
}

/// Every price option starts `--price-`; s3 design's first spellings (`--storage-price`,
/// `--retrieval-price`, `--request-price`) stay aliases that give the same answer.
#[test]
fn price_options_are_price_dash_and_the_first_spellings_are_aliases() {
    let design = |kinds: [&str; 3]| {
        let mut args: Vec<String> = "s3 design --hot 30 --retrieval 12h --keep 90 --size 1gb \
             --reads-per-month 1 --json --as-of 2026-12-01"
            .split_whitespace()
            .map(String::from)
            .collect();
        for class in ["STANDARD", "ia", "gir", "glacier", "deep"] {
            for (flag, price) in kinds.iter().zip(["0.03", "0.01", "0.5"]) {
                args.push((*flag).to_string());
                args.push(format!("{class}={price}"));
            }
        }
        let out = awscalc().args(&args).output().unwrap();
        assert!(out.status.success(), "{args:?}");
        String::from_utf8(out.stdout).unwrap()
    };
    let new = design(["--price-storage", "--price-retrieval", "--price-request"]);
    let old = design(["--storage-price", "--retrieval-price", "--request-price"]);
    assert_eq!(old, new);
    assert!(new.contains("\"command\": \"s3 design\""), "{new}");
}

/// The answer line shows how an ambiguous unit was read, and `--expect` knows the other
/// reading: a "1 TB" gp2 volume is 1,024 GiB × 3 IOPS = 3,072 IOPS, or 3,000 IOPS when a TB
/// is read as 1,000 GB.
#[test]
fn the_other_reading_of_a_unit_is_a_hint() {
    let out = awscalc()
        .args(["ebs", "--type", "gp2", "--size", "1tb", "--as-of", DATE])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("1 TB = 1,024 GiB"), "{text}");
    let out = awscalc()
        .args([
            "ebs", "--type", "gp2", "--size", "1tb", "--expect", "3000", "--as-of", DATE,
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("3000 is the answer for a TB read as 1,000 GB (1,000 GiB)"),
        "{text}"
    );
    // 2 TB: 2,048 GiB × 3 = 6,144 IOPS, or 2,000 × 3 = 6,000 read as 2,000 GB.
    assert_eq!(
        answer(&["ebs", "--type", "gp2", "--size", "2tb", "--expect", "6000"]).unwrap(),
        "6144\n"
    );
    // A check sheet names the same reading.
    let out = awscalc()
        .args(["check", "-", "--as-of", DATE])
        .write_stdin("ebs --type gp2 --size 1tb = 3000\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8(out.stdout)
        .unwrap()
        .contains("3000 is the answer for a TB read as 1,000 GB"));
    // A size in TiB has one reading: no such hint.
    let out = awscalc()
        .args([
            "ebs", "--type", "gp2", "--size", "1tib", "--expect", "3000", "--as-of", DATE,
        ])
        .output()
        .unwrap();
    assert!(!String::from_utf8(out.stdout).unwrap().contains("1,000 GB"));
    // DynamoDB: 5 KB is 5,120 bytes, 2 strong units per read (4 KB each); read as 5,000
    // bytes it is still 2: the inputs line says which reading was used.
    let out = awscalc()
        .args(["rcu", "--size", "5kb", "--as-of", DATE])
        .output()
        .unwrap();
    assert!(String::from_utf8(out.stdout)
        .unwrap()
        .contains("5 KB × 1,024 = 5,120 bytes"));
}
