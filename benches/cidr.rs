//! `awscalc cidr`: the split iterator in the library, and the whole command
//! through the real binary (the row rendering lives in the binary). Run with
//! `cargo bench --bench cidr`; the figures and the side-by-side comparison with ipcalc-ng
//! are recorded in docs/cidr.md.

use std::process::{Command, Stdio};

use awscalc::calc::vpc::{split, Address, SplitBy, SplitRequest};
use awscalc::facts::{FactBook, Registry};

fn main() {
    divan::main();
}

/// (parent, child prefix): 256 rows and 1,048,576 rows.
const SPLITS: [(&str, u32); 2] = [("10.0.0.0/16", 24), ("10.0.0.0/8", 28)];

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
            acc ^ row.cidr.network().value() ^ row.last_usable.map_or(0, Address::value)
        })
    });
}

/// The binary, start to finish, output discarded: default table, --quiet and --json.
#[divan::bench(args = ["table", "--quiet", "--json"], sample_count = 5)]
fn split_8_into_28_binary(bencher: divan::Bencher, format: &str) {
    bencher.bench(|| {
        let mut command = Command::new(env!("CARGO_BIN_EXE_awscalc"));
        command.args(["cidr", "10.0.0.0/8", "--split", "28"]);
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
