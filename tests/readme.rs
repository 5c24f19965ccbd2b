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

/// The `console` examples of the service pages in docs/ run against the real binary too.
#[test]
fn docs_examples_run_as_shown() {
    let cases = trycmd::TestCases::new();
    cases.register_bin("awscalc", trycmd::cargo::cargo_bin!("awscalc"));
    for page in std::fs::read_dir("docs").unwrap() {
        let path = page.unwrap().path();
        let is_page = path.extension().is_some_and(|e| e == "md");
        if is_page
            && std::fs::read_to_string(&path)
                .unwrap()
                .contains("```console")
        {
            cases.case(path);
        }
    }
}
