//! Runs every `console` example in README.md against the real binary, so the README
//! cannot drift from the program.

#[test]
fn readme_examples_run_as_shown() {
    trycmd::TestCases::new()
        .register_bin("awscalc", trycmd::cargo::cargo_bin!("awscalc"))
        .case("README.md");
}

/// `cargo install` without `--locked` ignores Cargo.lock, so the installed binary would not
/// be the one the tests ran against: every install command in the docs uses it.
#[test]
fn every_install_command_uses_the_lock_file() {
    for path in ["README.md", "docs/performance.md", "docs/cidr.md"] {
        let text = std::fs::read_to_string(path).unwrap();
        let installs: Vec<&str> = text
            .lines()
            .filter(|l| l.contains("cargo install"))
            .collect();
        assert!(
            path != "README.md" || !installs.is_empty(),
            "README.md shows no install command"
        );
        for line in installs {
            assert!(line.contains("--locked"), "{path}: {line}");
        }
    }
}
