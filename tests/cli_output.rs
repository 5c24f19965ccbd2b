//! The text view through the real binary, over every command and form the help and the
//! README show: each line fits 100 columns, a one-answer command keeps to about 25 lines,
//! `--verbose` adds the facts with their sources and the full change notes, counts agree
//! with their nouns, and no result field reaches a person by its JSON name.

mod common;

use std::collections::BTreeSet;

use common::awscalc;
use serde_json::Value;

/// `--json` for `awscalc --as-of 2026-01-01 FORM`, which may exit 1 (an invalid lifecycle
/// rule).
fn json(form: &str) -> Value {
    let out = awscalc()
        .args(["--as-of", "2026-01-01", "--json"])
        .args(form.split_whitespace())
        .output()
        .unwrap();
    assert!(matches!(out.status.code(), Some(0 | 1)), "{form}");
    serde_json::from_slice(&out.stdout).unwrap()
}

/// Every form of every command the help examples and the README show, with the issue's
/// own examples; `--as-of` is added by [`run`], so no answer moves with the calendar.
const FORMS: &[&str] = &[
    "rcu --size 5kb --rate 100 --strong",
    "rcu --size 9kb --rate 3",
    "rcu --size 4kb --units 5",
    "rcu --items 10 --size 4kb --rate 2 --strong",
    "rcu --batch 1.5kb,6.5kb --strong",
    "rcu --total 40.8kb --strong",
    "wcu --size 1kb --rate 600/min",
    "wcu --size 7kb --rate 10",
    "wcu --size 2kb --rate 5 --transactional",
    "wcu --size 1kb --units 10",
    "wcu --batch 500b,3.5kb",
    "rcu --item docs/examples/item.json --rate 100",
    "wcu --item docs/examples/item.json",
    "item docs/examples/item.json",
    "item tests/data/item-plain.json",
    "cidr 10.0.0.0/24",
    "cidr 2600:1f18::/56",
    "cidr 2600:1f18::/64",
    "cidr 10.0.0.0/16 10.0.0.2",
    "cidr 10.0.0.0/16 10.0.128.0/17 192.168.0.0/24",
    "cidr --file tests/data/vpc-blocks.txt --limit 50",
    "cidr --hosts 500",
    "cidr 10.0.0.0/16 --hosts 500",
    "cidr 10.0.0.0/16 --into 3 --count",
    "cidr 10.0.0.0/16 --split 24 --limit 5",
    "cidr 10.0.0.0/8 --split 28 --limit 5",
    "cidr 2600:1f18::/56 --split 64 --limit 5",
    "cidr 10.0.0.0/16 --plan web=500,db=200,50",
    "cidr 10.0.0.0/16 --secondary 192.168.0.0/24",
    "cidr --file tests/data/vpc-describe-vpcs.json",
    "cidr 10.0.0.0/16 --existing tests/data/vpc-describe-subnets.json",
    "cidr 10.0.0.0/16 --plan web=500,db=200 --azs 3 --existing 10.0.0.0/24",
    "cidr --vpcs 6 --tiers 3 --azs 3",
    "ebs --type gp2 --size 100",
    "ebs --type gp3 --size 500 --iops 16000 --throughput 1000",
    "ebs --type io1 --size 100 --iops 5000",
    "ebs --type st1 --size 5tib --scan",
    "ebs --iops 20000",
    "ebs --throughput 500mib/s",
    "ebs --throughput 600mib/s",
    "ebs --type io1 --iops 20000",
    "ebs --io-size 16kib --throughput 500",
    "ebs --io-size 64kib --iops 10000",
    "ebs --io-size 64kib --iops 10000 --type gp2",
    "ebs --type io1 --size 500 --iops 4000 --volumes 2 --raid 0",
    "ebs --type io1 --size 500 --iops 4000 --volumes 2 --raid 1",
    "ebs --type gp3 --size 500 --iops 16000 --instance-throughput 650mbps",
    "ebs --type gp3 --iops 200000 --raid 0",
    "kinesis --write 4.5mb/s --records 4600/s",
    "kinesis --write 4.5mb/s --records 4600/s --on-demand",
    "kinesis --write 80mb/s --records 80000/s --on-demand --previous-peak 40mb/s",
    "kinesis --record-size 1kb --rate 1000 --efo 3",
    "kinesis --record-size 2kb --rate 5000/s --consumers 2",
    "kinesis --record-size 1kb --rate 1000 --efo 3",
    "kinesis --shards 10",
    "kinesis --shards 10 --to 25",
    "kinesis --shards 100 --parallelization 2",
    "kinesis --shards 10 --consumers 4 --efo 2",
    "kinesis --shards 10 --consumers 3",
    "kinesis --shards 10 --efo 2",
    "kinesis --size 1kb --rate 20000/s --put-records 500",
    "kinesis --size 1kb --rate 20000/s --put-records 500 --aggregate 10",
    "lambda --rate 50/s --duration 100s",
    "lambda --rate 3000/min --duration 250ms",
    "lambda --rate 5 --duration 100s --reserved 950 --provisioned 300",
    "lambda --concurrency 1000 --duration 100s",
    "lambda --scale-to 5000 --duration 2s",
    "lambda --scale-to 5000 --as-of 2023-01-01",
    "lambda --duration 30min",
    "lambda --shards 100 --parallelization 10",
    "lambda --memory 12gb --tmp 20gb --payload 7mb --package 300mb --duration 20min",
    "sqs --processing 5min",
    "sqs --processing 45s --visibility 60s",
    "sqs --lambda-timeout 60s --batch-window 5s --visibility 300s",
    "sqs --wait 20s",
    "sqs --wait 20s --rate 10/s --per-receive 10 --pollers 2 --interval 1s",
    "sqs --wait 0 --interval 1s --rate 5/s",
    "sqs --message-size 300kb",
    "sqs --message-size 300kb --as-of 2025-01-01",
    "compute --duration 2h --memory 8gib --vcpu 4",
    "compute --duration 2h --memory 32gib --vcpu 8 --storage 250gib --gpu",
    "compute --duration 10min --memory 2gib --vcpu 6",
    "s3 classes",
    "s3 early-delete --class GLACIER --days 60",
    "s3 early-delete --class GLACIER --entered 30 --left 100",
    "s3 eligible --created 2024-01-15T10:30Z --days 3",
    "s3 lifecycle GLACIER:30 expire:365 --created 2024-01-15T10:30Z",
    "s3 lifecycle GLACIER_IR:4 DEEP_ARCHIVE:50",
    "s3 lifecycle STANDARD_IA:30 GLACIER:120 expire:365",
    "s3 lifecycle --file tests/data/s3-lifecycle.json",
    "s3 multipart --size 6gb --part-size 100mib",
    "s3 prefixes --get 30000/s --put 7000/s",
    "s3 restore --within 12h --class DEEP_ARCHIVE",
    "s3 restore --within 6h",
    "s3 small-objects --object-size 50kb --objects 1000 --class STANDARD_IA",
    "vpn --throughput 5gbps",
    "vpn --throughput 5gbps --large",
    "vpn --throughput 800mbps",
    "vpn --throughput 5gbps --gateway vgw",
    "connect --vpcs 5",
    "connect --vpcs 60",
    "connect --cidr 10.0.0.0/16 10.1.0.0/16 10.0.128.0/17",
    "nat --throughput 150gbps",
    "nat --throughput 20gbps --azs 3",
    "nat --connections 200000",
    "dr --rpo 15min --rto 1h",
    "dr --rpo 15min --rto 1h --snapshot-every 24h",
    "limit presign --expires 15min",
    "limit waf --requests 500 --window 5min",
    "limit kms --size 10kb",
    "facts",
    "facts quota",
    "facts dynamodb",
    "facts transact",
];

/// The forms whose answer is one value (not a list or a table), which keep to about 25
/// lines: the answer, the inputs, the steps and the notes that change the reading.
const ONE_ANSWER: &[&str] = &[
    "rcu --size 5kb --rate 100 --strong",
    "rcu --size 9kb --rate 3",
    "rcu --size 4kb --units 5",
    "rcu --items 10 --size 4kb --rate 2 --strong",
    "rcu --batch 1.5kb,6.5kb --strong",
    "rcu --total 40.8kb --strong",
    "wcu --size 1kb --rate 600/min",
    "wcu --size 7kb --rate 10",
    "wcu --size 2kb --rate 5 --transactional",
    "wcu --size 1kb --units 10",
    "wcu --batch 500b,3.5kb",
    "cidr 10.0.0.0/24",
    "cidr 2600:1f18::/56",
    "cidr 10.0.0.0/16 10.0.0.2",
    "cidr --hosts 500",
    "cidr 10.0.0.0/16 --hosts 500",
    "cidr 10.0.0.0/16 --secondary 192.168.0.0/24",
    "cidr 10.0.0.0/16 --existing tests/data/vpc-describe-subnets.json",
    "cidr --vpcs 6 --tiers 3 --azs 3",
    "ebs --type gp2 --size 100",
    "ebs --type gp3 --size 500 --iops 16000 --throughput 1000",
    "ebs --type io1 --size 100 --iops 5000",
    "ebs --type st1 --size 5tib --scan",
    "ebs --type io1 --iops 20000",
    "ebs --io-size 64kib --iops 10000 --type gp2",
    "ebs --type io1 --size 500 --iops 4000 --volumes 2 --raid 1",
    "ebs --type gp3 --size 500 --iops 16000 --instance-throughput 650mbps",
    "ebs --type gp3 --iops 200000 --raid 0",
    "kinesis --write 4.5mb/s --records 4600/s",
    "kinesis --record-size 2kb --rate 5000/s --consumers 2",
    "kinesis --write 4.5mb/s --records 4600/s --on-demand",
    "kinesis --shards 10",
    "kinesis --shards 10 --to 25",
    "kinesis --shards 100 --parallelization 2",
    "kinesis --shards 10 --consumers 4 --efo 2",
    "kinesis --shards 10 --consumers 3",
    "kinesis --shards 10 --efo 2",
    "kinesis --size 1kb --rate 20000/s --put-records 500",
    "kinesis --size 1kb --rate 20000/s --put-records 500 --aggregate 10",
    "lambda --rate 50/s --duration 100s",
    "lambda --rate 5 --duration 100s --reserved 950 --provisioned 300",
    "lambda --concurrency 1000 --duration 100s",
    "lambda --scale-to 5000 --duration 2s",
    "lambda --duration 30min",
    "lambda --memory 2048 --tmp 2gb",
    "compute --duration 2h --memory 8gib --vcpu 4",
    "compute --duration 2h --memory 32gib --vcpu 8",
    "lambda --shards 100 --parallelization 10",
    "sqs --processing 5min",
    "sqs --lambda-timeout 60s --batch-window 5s --visibility 300s",
    "sqs --wait 20s",
    "sqs --message-size 300kb --as-of 2025-01-01",
    "s3 early-delete --class GLACIER --days 60",
    "s3 early-delete --class GLACIER --entered 30 --left 100",
    "s3 eligible --created 2024-01-15T10:30Z --days 3",
    "s3 lifecycle STANDARD_IA:30 GLACIER:120 expire:365",
    "s3 lifecycle GLACIER:30 expire:365 --created 2024-01-15T10:30Z",
    "s3 multipart --size 6gb --part-size 100mib",
    "s3 prefixes --get 30000/s --put 7000/s",
    "s3 small-objects --object-size 50kb --objects 1000 --class STANDARD_IA",
    "vpn --throughput 5gbps",
    "vpn --throughput 5gbps --large",
    "vpn --throughput 800mbps",
    "vpn --throughput 5gbps --gateway vgw",
    "connect --vpcs 5",
    "connect --vpcs 60",
    "connect --cidr 10.0.0.0/16 10.1.0.0/16 10.0.128.0/17",
    "nat --throughput 150gbps",
    "nat --throughput 20gbps --azs 3",
    "nat --connections 200000",
    "dr --rpo 15min --rto 1h",
];

/// The widest line the text view writes.
const WIDTH: usize = 100;

/// `awscalc --as-of 2026-01-01 FORM EXTRA…`: standard output, with the exit code checked
/// (a lifecycle configuration with an invalid rule exits 1).
fn run(form: &str, extra: &[&str]) -> String {
    let out = awscalc()
        .args(["--as-of", "2026-01-01"])
        .args(form.split_whitespace())
        .args(extra)
        .output()
        .unwrap();
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{form} {extra:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// A line that is a link alone (`  [3] https://…`), which may not be broken.
fn is_link(line: &str) -> bool {
    let rest = line.trim_start();
    let rest = match rest.strip_prefix('[') {
        Some(numbered) => numbered
            .split_once("] ")
            .filter(|(n, _)| n.chars().all(|c| c.is_ascii_digit()))
            .map_or(rest, |(_, url)| url),
        None => rest,
    };
    rest.starts_with("https://") && !rest.contains(' ')
}

#[test]
fn the_link_exemption_is_for_a_lone_link_only() {
    assert!(is_link("  [12] https://docs.aws.amazon.com/x.html"));
    assert!(is_link("https://docs.aws.amazon.com/x.html"));
    assert!(!is_link("note: see https://docs.aws.amazon.com/x.html"));
    assert!(!is_link("  [x] https://docs.aws.amazon.com/x.html"));
}

#[test]
fn every_line_fits_100_columns_with_and_without_verbose() {
    let mut long = Vec::new();
    for form in FORMS {
        for extra in [&[][..], &["-v"][..]] {
            let text = run(form, extra);
            assert!(!text.is_empty(), "{form} {extra:?}: no output");
            for line in text.lines() {
                if line.chars().count() > WIDTH && !is_link(line) {
                    long.push(format!("{form} {extra:?}: {line}"));
                }
            }
        }
    }
    assert!(
        long.is_empty(),
        "lines over {WIDTH} columns:\n{}",
        long.join("\n")
    );
}

#[test]
fn one_answer_forms_keep_to_about_25_lines() {
    let mut long = Vec::new();
    for form in ONE_ANSWER {
        let lines = run(form, &[]).lines().count();
        if lines > 25 {
            long.push(format!("{form}: {lines} lines"));
        }
    }
    assert!(long.is_empty(), "{}", long.join("\n"));
}

/// Both views lead with the answer: the first line is the headline `--json` carries.
#[test]
fn the_answer_comes_first_in_both_views() {
    for form in FORMS {
        let v = json(form);
        let headline = v["answer"].as_str().unwrap().to_string();
        for extra in [&[][..], &["-v"][..]] {
            let text = run(form, extra);
            let first = text.lines().next().unwrap_or_default();
            assert!(
                headline.starts_with(first) && !first.is_empty(),
                "{form} {extra:?}: {first:?} is not the start of {headline:?}"
            );
        }
    }
}

/// gp2's maximum IOPS and throughput changed on 2018-12-03 and 100 GiB gets 300 IOPS on
/// either side (3 × 100 is far below 10,000 or 16,000): one short line by default, the
/// values under -v. The facts are a pointer by default and a list with sources under -v.
#[test]
fn verbose_shows_each_fact_with_its_source_and_the_full_change_notes() {
    let form = "ebs --type gp2 --size 100";
    let facts = common::json(&[
        "--as-of",
        "2026-01-01",
        "ebs",
        "--type",
        "gp2",
        "--size",
        "100",
    ])["facts"]
        .as_array()
        .unwrap()
        .clone();
    let brief = run(form, &[]);
    let flat = common::flatten(&brief);
    assert!(!brief.contains("https://"), "{brief}");
    assert!(!brief.contains("ebs.gp2_credit_balance"), "{brief}");
    assert!(
        flat.contains(
            "note: AWS changed gp2 maximum baseline IOPS and gp2 maximum throughput on 2018-12-03; \
             the answer is the same before"
        ),
        "{brief}"
    );
    assert!(!flat.contains("10,000 IOPS before"), "{brief}");
    assert!(
        flat.ends_with(&format!(
            "the {} AWS facts used with their sources",
            facts.len()
        )),
        "{brief}"
    );

    let full = run(form, &["-v"]);
    let flat = common::flatten(&full);
    assert!(
        flat.contains(
            "note: gp2 maximum baseline IOPS changed on 2018-12-03: 10,000 IOPS before, 16,000 \
             IOPS since; 16,000 IOPS is used"
        ),
        "{full}"
    );
    assert!(
        flat.contains("note: gp2 maximum throughput changed on 2018-12-03: 160 MiB/s before"),
        "{full}"
    );
    assert!(
        flat.contains("note: with the values before 2018-12-03 the answer is the same"),
        "{full}"
    );
    assert!(
        full.contains("AWS facts used (in force on 2026-01-01):\n"),
        "{full}"
    );
    // Each fact: its id and value on a line with the number of its source, and the source
    // itself, numbered, on a line of its own under the list.
    let sources: Vec<&str> = full
        .lines()
        .skip_while(|l| *l != "sources:")
        .skip(1)
        .collect();
    for fact in &facts {
        let id = fact["id"].as_str().unwrap();
        let source = fact["source"].as_str().unwrap();
        let n = sources
            .iter()
            .position(|l| l.trim_start().ends_with(&format!("] {source}")))
            .unwrap_or_else(|| panic!("{source} not listed:\n{full}"))
            + 1;
        let line = full
            .lines()
            .find(|l| l.trim_start().starts_with(&format!("{id} ")))
            .unwrap_or_else(|| panic!("{id} not listed:\n{full}"));
        assert!(line.ends_with(&format!("[{n}]")), "{line}");
    }
    // The other result fields, by their labels: 5,400,000 / (3,000 − 300) = 2,000 s of burst.
    assert!(flat.contains("burst lasts 2,000 s"), "{full}");
    assert!(!full.contains("-v shows"), "{full}");
}

/// A change that moves the answer keeps its outcome in the default view: before
/// 2023-11-21 io2 allowed 500 IOPS per GiB, so 20,000 IOPS needed 40 GiB, not 20.
#[test]
fn a_change_that_moves_the_answer_says_the_other_answer() {
    let text = common::flatten(&run("ebs --iops 20000", &[]));
    assert!(
        text.contains(
            "AWS changed io2 maximum throughput and 3 other values on 2023-11-21; before: io2 at \
             40 GiB is the smallest volume that sustains 20,000 IOPS"
        ),
        "{text}"
    );
}

#[test]
fn counts_agree_with_their_nouns() {
    // 1 KB at 1 read per second: ceil(1,024 / 4,096) = 1 unit; 5 KB: ceil(5,120 / 4,096) = 2.
    let one = run("rcu --size 1kb --rate 1", &[]);
    assert!(one.contains("->  1 read per second\n"), "{one}");
    assert!(
        common::flatten(&one).contains("ceil(1,024 / 4,096) 1 unit "),
        "{one}"
    );
    let two = run("rcu --size 5kb --rate 100 --strong", &[]);
    assert!(
        common::flatten(&two).contains("ceil(5,120 / 4,096) 2 units "),
        "{two}"
    );
    // One Zone-IA keeps data in 1 AZ, the other classes in at least 3.
    let classes = run("s3 classes", &["-v"]);
    assert!(classes.contains("  s3.azs_one_zone "), "{classes}");
    let line = |id: &str| {
        classes
            .lines()
            .find(|l| l.trim_start().starts_with(&format!("{id} ")))
            .unwrap()
            .to_string()
    };
    assert!(line("s3.azs_one_zone").contains(" 1 AZ "), "{classes}");
    assert!(line("s3.min_azs_regional").contains(" 3 AZs "), "{classes}");
    // DynamoDB's smallest provisioned capacity is 1 unit.
    let rcu = run("rcu --size 1kb --rate 1", &["-v"]);
    assert!(rcu.contains(" 1 unit "), "{rcu}");
    // The facts list: a unit reads with its value (DynamoDB's smallest capacity, 1 unit).
    let facts = run("facts min_provisioned_units", &[]);
    assert!(
        common::flatten(&facts).contains("dynamodb.min_provisioned_units 1 unit -"),
        "{facts}"
    );
    // small-objects without --objects is one object.
    let small = run(
        "s3 small-objects --object-size 50kb --class STANDARD_IA",
        &[],
    );
    assert!(small.contains("1 object of 50kb"), "{small}");
    // A quiz of one question.
    let quiz = awscalc()
        .args(["quiz", "rcu", "--seed", "1", "--count", "1"])
        .write_stdin("")
        .output()
        .unwrap();
    let quiz = String::from_utf8(quiz.stdout).unwrap();
    assert!(
        quiz.starts_with("awscalc quiz: 1 question (seed 1;"),
        "{quiz}"
    );
    // A stream of one shard has at most 1 KCL worker: 1 KB × 1,000 per second fills one.
    let kinesis = common::flatten(&run("kinesis --record-size 1kb --rate 1000", &["-v"]));
    assert!(
        kinesis.contains("at most 1 KCL worker can do useful work"),
        "{kinesis}"
    );
    assert!(kinesis.contains("= 1 concurrent invocation"), "{kinesis}");
}

/// Forms whose counts are one: 1 host, 1 item, 1 split, 1 record per second, 1 day of
/// early deletion (Glacier's 90-day minimum less 89), 1 part (5 MB in 5 MiB parts).
const ONES: &[&str] = &[
    "cidr --hosts 1",
    "rcu --items 1 --size 1kb --rate 1",
    "rcu --batch 1kb",
    "wcu --batch 1kb --transactional",
    "wcu --size 1kb --rate 1",
    "kinesis --shards 1",
    "kinesis --shards 1 --to 2",
    "kinesis --shards 2 --to 1",
    "kinesis --record-size 1kb --rate 1",
    "s3 early-delete --class GLACIER --days 89",
    "s3 multipart --size 5mb --part-size 5mib",
    "s3 small-objects --object-size 1kb --objects 1 --class GLACIER",
    "s3 lifecycle GLACIER:1 expire:2",
    "s3 restore --within 1h",
    "ebs --type gp2 --size 1",
];

/// Never `1 units`, `1 AZs`: a count of one takes the singular, in every form and view.
#[test]
fn no_count_of_one_takes_a_plural() {
    let plurals = [
        "units",
        "AZs",
        "questions",
        "shards",
        "reads",
        "writes",
        "addresses",
        "days",
        "prefixes",
        "parts",
        "items",
        "records",
        "objects",
        "calls",
        "workers",
        "invocations",
        "partitions",
        "types",
        "tiers",
        "classes",
        "subnets",
        "pairs",
        "facts",
        "results",
        "notes",
        "consumers",
        "minutes",
        "hours",
        "seconds",
        "bytes",
        "credits",
    ];
    let mut wrong = Vec::new();
    for form in FORMS.iter().chain(ONES) {
        for extra in [&[][..], &["-v"][..]] {
            let text = run(form, extra);
            // A count and its noun one space apart; columns stand two or more apart.
            let words: Vec<&str> = text
                .lines()
                .flat_map(|l| l.split(' ').chain([""]))
                .collect();
            for pair in words.windows(2) {
                let noun = pair[1].trim_end_matches([',', ';', ':', ')', '.']);
                let count = pair[0].trim_start_matches(['(', '~']);
                if count == "1" && plurals.contains(&noun) {
                    wrong.push(format!("{form} {extra:?}: `{} {}`", pair[0], pair[1]));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The result fields and table columns `--json` names with an underscore
/// (`units_per_read`, `min_size_gib`) reach the text view, with or without `-v`, only by
/// their labels: `ebs --iops 20000 -v` says the tier table differs before 2025-09-26.
#[test]
fn no_field_name_reaches_the_text_view() {
    let mut found = Vec::new();
    for form in FORMS {
        let v = json(form);
        let mut names = BTreeSet::new();
        collect_names(&v["result"], &mut names);
        if let Some(inputs) = v["inputs"].as_object() {
            names.extend(inputs.keys().cloned());
        }
        let text = run(form, &[]) + &run(form, &["-v"]);
        for name in names.iter().filter(|n| n.contains('_')) {
            for (at, _) in text.match_indices(name.as_str()) {
                let before = text[..at].chars().next_back();
                let after = text[at + name.len()..].chars().next();
                let word =
                    |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || "_.".contains(c));
                if !word(before) && !word(after) {
                    found.push(format!("{form}: {name}"));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "field names in the text view:\n{}",
        found.join("\n")
    );
}

/// Every key of every object in `value`.
fn collect_names(value: &Value, names: &mut BTreeSet<String>) {
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                names.insert(key.clone());
                collect_names(v, names);
            }
        }
        Value::Array(items) => items.iter().for_each(|v| collect_names(v, names)),
        _ => {}
    }
}

/// `-v` says more only in the text view: with `--json` or `--quiet`, which print the same
/// whatever it says, it is refused with exit 2 wherever the flags stand.
#[test]
fn verbose_with_json_or_quiet_is_refused_wherever_it_stands() {
    let placements: &[(&[&str], &str)] = &[
        (
            &["-v", "rcu", "--size", "1kb", "--rate", "1", "--json"],
            "--json",
        ),
        (
            &["--json", "rcu", "--size", "1kb", "--rate", "1", "-v"],
            "--json",
        ),
        (
            &["rcu", "--size", "1kb", "--rate", "1", "--verbose", "--json"],
            "--json",
        ),
        (
            &["-v", "rcu", "--size", "1kb", "--rate", "1", "-q"],
            "--quiet",
        ),
        (
            &["-q", "rcu", "--size", "1kb", "--rate", "1", "--verbose"],
            "--quiet",
        ),
        (&["cidr", "10.0.0.0/24", "-v", "--quiet"], "--quiet"),
    ];
    for (args, other) in placements {
        let out = awscalc().args(*args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8(out.stderr).unwrap();
        let message = format!("the argument '--verbose' cannot be used with '{other}'");
        assert!(
            stderr.starts_with(&format!("error: {message}\n")),
            "{args:?}: {stderr}"
        );
        if *other == "--json" {
            let error: Value = serde_json::from_slice(&out.stdout).unwrap();
            assert_eq!(error["error"]["message"], message);
        } else {
            assert!(out.stdout.is_empty(), "{args:?}");
        }
    }
}

#[test]
fn verbose_is_refused_where_it_has_nothing_to_add() {
    for (args, message) in [
        (
            &["check", "docs/examples/study-notes.check", "-v"][..],
            "`--verbose` does not apply to `awscalc check`: it prints one line per question",
        ),
        (
            &["-v", "quiz", "--seed", "1"][..],
            "`--verbose` does not apply to `awscalc quiz`: a quiz shows the working of each \
             answer that is wrong",
        ),
        (
            &["man", "--verbose"][..],
            "`--verbose` does not apply to `awscalc man`: it prints the man page",
        ),
    ] {
        let out = awscalc().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(stderr.starts_with(&format!("error: {message}")), "{stderr}");
    }
}
