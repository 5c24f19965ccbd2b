//! Pins the whole output of a broad set of command lines: the text, `--quiet` and `--json`
//! answers, `--expect` and the errors, as trycmd cases in `tests/cmd/*.md`. Any change of
//! layout fails here until it is made on purpose: `TRYCMD=overwrite cargo test --test
//! snapshots`, then read the diff.
//!
//! trycmd compares with Windows paths in mind: it reads every `\` as `/`, so a JSON escape
//! `\"` shows as `/"` in the pinned text (and `/` and `\` are not told apart there).

#[test]
fn whole_outputs_are_as_pinned() {
    trycmd::TestCases::new()
        .register_bin("awscalc", trycmd::cargo::cargo_bin!("awscalc"))
        .case("tests/cmd/*.md");
}

/// A case without `--as-of` answers for today and would change as the calendar moves, and
/// a quiz without `--seed` asks different questions each run. `man` and `completions`
/// refuse `--as-of`, so their cases cannot give it.
#[test]
fn every_case_fixes_the_date_and_the_seed() {
    let mut cases = 0;
    for entry in std::fs::read_dir("tests/cmd").unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "md") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        for line in text.lines().filter(|l| l.starts_with("$ ")) {
            cases += 1;
            let words: Vec<&str> = line.split_whitespace().collect();
            let dated = words
                .iter()
                .any(|w| *w == "--as-of" || w.starts_with("--as-of="));
            let refuses_dates = words.contains(&"man") || words.contains(&"completions");
            assert!(
                dated || refuses_dates,
                "{}: no --as-of: {line}",
                path.display()
            );
            if words.contains(&"quiz") {
                assert!(
                    words.contains(&"--seed"),
                    "{}: no --seed: {line}",
                    path.display()
                );
            }
        }
    }
    assert!(cases > 0, "no cases in tests/cmd");
}
