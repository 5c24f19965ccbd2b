//! `awscalc check` on a generated sheet of 100,000 lines, through the real binary (the
//! sheet runner lives in the binary, next to the clap definition it parses lines with).
//! Run with `cargo bench --bench check`; the figure is recorded in docs/performance.md.

use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::{Command, Stdio};

fn main() {
    divan::main();
}

/// A sheet of `lines` DynamoDB questions with their right answers, derived here from the
/// AWS rule: reads round up to 4 KB (strong 1, eventual 0.5 per unit), writes to 1 KB.
fn sheet(lines: usize) -> PathBuf {
    let mut text = String::new();
    for i in 0..lines {
        let kb = i % 400 + 1;
        let rate = i % 5000 + 1;
        if i % 2 == 0 {
            let units = kb.div_ceil(4) * rate; // strong: 1 unit per 4 KB
            writeln!(text, "rcu --size {kb}kb --rate {rate} --strong = {units}").unwrap();
        } else {
            let units = (kb * rate).div_ceil(60); // 1 unit per 1 KB, per minute
            writeln!(
                text,
                "wcu --size {kb}kb --rate {rate}/min = {}",
                units.max(1)
            )
            .unwrap();
        }
    }
    let path = std::env::temp_dir().join(format!("awscalc-bench-{lines}.check"));
    std::fs::write(&path, text).unwrap();
    path
}

#[divan::bench(sample_count = 5, args = [100_000])]
fn check_sheet(bencher: divan::Bencher, lines: usize) {
    let path = sheet(lines);
    bencher.bench(|| {
        let status = Command::new(env!("CARGO_BIN_EXE_awscalc"))
            .arg("check")
            .arg(&path)
            .arg("--quiet")
            .stdout(Stdio::null())
            .status()
            .unwrap();
        assert!(status.success(), "every generated answer is right");
    });
}
