//! Runs every `console` example in README.md against the real binary, so the README
//! cannot drift from the program.

#[test]
fn readme_examples_run_as_shown() {
    trycmd::TestCases::new()
        .register_bin("awscalc", trycmd::cargo::cargo_bin!("awscalc"))
        .case("README.md");
}
