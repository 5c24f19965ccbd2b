//! `awscalc cidr`: the split iterator in the library, and the whole command
//! through the real binary (the row rendering lives in the binary); comparing many blocks,
//! the sweep against every pair. Run with `cargo bench --bench cidr`; the figures and the
//! side-by-side comparison with ipcalc-ng are recorded in docs/cidr.md and
//! docs/performance.md.

use std::process::{Command, Stdio};

use awscalc::calc::vpc::{
    overlaps, split, Address, Block, IpNet, Item, RelateRequest, SplitBy, SplitRequest,
    DEFAULT_LISTED,
};
use awscalc::facts::{FactBook, Registry};

fn main() {
    divan::main();
}

/// (parent, child prefix): 256 rows and 1,048,576 rows of IPv4, 1,048,576 of IPv6.
const SPLITS: [(&str, u32); 3] = [("10.0.0.0/16", 24), ("10.0.0.0/8", 28), ("2600::/44", 64)];

/// The library alone: the report and every row, nothing written.
#[divan::bench(args = SPLITS, sample_count = 10)]
fn split_rows(bencher: divan::Bencher, (parent, prefix): (&str, u32)) {
    let today = jiff::civil::date(2026, 11, 22);
    bencher.bench(|| {
        let request = SplitRequest {
            parent: parent.parse().unwrap(),
            by: SplitBy::Prefix(prefix),
            count_only: false,
            limit: None,
            strict: false,
        };
        let mut book = FactBook::new(Registry::builtin(), today);
        let (_, rows) = split(&request, &mut book).unwrap();
        rows.fold(0u128, |acc, row| {
            acc ^ row.cidr.first_value() ^ row.last_usable.map_or(0, |a| a.value())
        })
    });
}

/// The binary, start to finish, output discarded: default table, --quiet and --json.
#[divan::bench(args = ["table", "--quiet", "--json"], sample_count = 5)]
fn split_8_into_28_binary(bencher: divan::Bencher, format: &str) {
    split_binary(bencher, &["cidr", "10.0.0.0/8", "--split", "28"], format);
}

/// The IPv6 row writer through the binary: 2600::/44 into its 1,048,576 /64s.
#[divan::bench(args = ["table", "--quiet", "--json"], sample_count = 5)]
fn split_ipv6_44_into_64_binary(bencher: divan::Bencher, format: &str) {
    split_binary(bencher, &["cidr", "2600::/44", "--split", "64"], format);
}

fn split_binary(bencher: divan::Bencher, args: &[&str], format: &str) {
    bencher.bench(|| {
        let mut command = Command::new(env!("CARGO_BIN_EXE_awscalc"));
        command.args(args);
        if format != "table" {
            command.arg(format);
        }
        let status = command.stdout(Stdio::null()).status().unwrap();
        assert!(status.success());
    });
}

/// One block, start to finish: the plain question (parsed without clap) and the same
/// question with `--strict`, which goes through clap's parser. Compared side by side with
/// ipcalc-ng by hyperfine in docs/cidr.md; process creation is most of both.
#[divan::bench(args = [&["cidr", "10.0.0.0/24"][..], &["cidr", "10.0.0.0/24", "--strict"]], sample_count = 200)]
fn one_block_binary(bencher: divan::Bencher, args: &[&str]) {
    bencher.bench(|| {
        let status = Command::new(env!("CARGO_BIN_EXE_awscalc"))
            .args(args)
            .stdout(Stdio::null())
            .status()
            .unwrap();
        assert!(status.success());
    });
}

/// `n` blocks and addresses like an estate of VPCs and subnets: prefixes /16 to /28 at
/// random places in 10.0.0.0/8, one in eight a single address. The same `n` gives the same
/// blocks (a fixed xorshift generator), so runs compare.
fn estate(n: usize) -> Vec<String> {
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    (0..n)
        .map(|_| {
            let r = next();
            let address = 0x0a00_0000 | (r & 0x00ff_ffff);
            if r >> 60 < 2 {
                std::net::Ipv4Addr::from(u32::try_from(address).unwrap()).to_string()
            } else {
                let prefix = 16 + (r >> 32) % 13;
                format!(
                    "{}/{prefix}",
                    std::net::Ipv4Addr::from(u32::try_from(address).unwrap())
                )
            }
        })
        .collect()
}

fn estate_blocks(n: usize) -> Vec<IpNet> {
    estate(n)
        .iter()
        .map(|t| match t.parse::<Item>().unwrap() {
            Item::Block(input) => input.block(),
            Item::Address { address, .. } => IpNet::from(address),
        })
        .collect()
}

/// The sweep alone: sort, one pass, every overlapping pair counted, 1,000 listed.
#[divan::bench(args = [1_000, 100_000], sample_count = 20)]
fn overlaps_sweep(bencher: divan::Bencher, n: usize) {
    let blocks = estate_blocks(n);
    bencher.bench(|| overlaps(&blocks, DEFAULT_LISTED).count);
}

/// The peer the sweep replaces: every pair compared, as `cidr A B C …` did before (it
/// also built a step, a note and a JSON pair for each; this only counts).
#[divan::bench(args = [1_000, 3_000], sample_count = 20)]
fn overlaps_all_pairs(bencher: divan::Bencher, n: usize) {
    let blocks = estate_blocks(n);
    bencher.bench(|| {
        let mut count = 0u64;
        for (i, a) in blocks.iter().enumerate() {
            for b in &blocks[i + 1..] {
                count += u64::from(a.overlaps(b));
            }
        }
        count
    });
}

/// The whole library answer: items parsed and resolved, the sweep, the report.
#[divan::bench(args = [1_000, 100_000], sample_count = 10)]
fn relate_report(bencher: divan::Bencher, n: usize) {
    let today = jiff::civil::date(2026, 11, 22);
    let words = estate(n);
    bencher.bench(|| {
        let request = RelateRequest {
            items: words.iter().map(|w| w.parse().unwrap()).collect(),
            strict: false,
            limit: None,
            names: Vec::new(),
        };
        awscalc::explain::vpc::relate(&request, &mut FactBook::new(Registry::builtin(), today))
            .unwrap()
            .headline
    });
}

/// The binary, start to finish, 100,000 blocks from a file (as arguments they exceed
/// ARG_MAX), output discarded.
#[divan::bench(args = ["table", "--quiet", "--json"], sample_count = 5)]
fn relate_100000_binary(bencher: divan::Bencher, format: &str) {
    let path = std::env::temp_dir().join(format!("awscalc-bench-{}.txt", std::process::id()));
    std::fs::write(&path, estate(100_000).join("\n")).unwrap();
    bencher.bench(|| {
        let mut command = Command::new(env!("CARGO_BIN_EXE_awscalc"));
        command.args(["cidr", "--file"]).arg(&path);
        if format != "table" {
            command.arg(format);
        }
        let status = command.stdout(Stdio::null()).status().unwrap();
        assert!(status.success());
    });
    std::fs::remove_file(&path).unwrap();
}
