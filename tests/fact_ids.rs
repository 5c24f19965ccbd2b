//! Every fact id the source names exists in the registry, and every fact has one typed
//! handle. Calculators read facts through handles (`book.value(fact::READ_UNIT_BYTES)`),
//! so a misspelt handle does not compile; the one place an id is written as text is the
//! handle's declaration, and a typo there fails here instead of at run time.

use std::path::Path;

use awscalc::facts::Registry;

/// Every quoted word in `text` shaped like a fact id: `"service.name"`, name in lowercase
/// letters, digits and `_`. Read quote by quote, so escaped quotes elsewhere do not matter.
fn fact_ids(text: &str) -> Vec<String> {
    const SERVICES: [&str; 9] = [
        "dynamodb.",
        "ebs.",
        "kinesis.",
        "lambda.",
        "network.",
        "s3.",
        "sns.",
        "sqs.",
        "vpc.",
    ];
    let mut ids = Vec::new();
    for (at, _) in text.match_indices('"') {
        let rest = &text[at + 1..];
        let Some(end) = rest.find('"') else { break };
        let word = &rest[..end];
        let is_id = SERVICES.iter().any(|p| {
            word.strip_prefix(p).is_some_and(|name| {
                !name.is_empty()
                    && name
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
            })
        });
        if is_id {
            ids.push(word.to_string());
        }
    }
    ids
}

fn rust_files(dir: &Path, files: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, files);
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
}

#[test]
fn every_fact_id_named_in_the_source_is_in_the_registry() {
    let registry = Registry::builtin();
    let mut files = Vec::new();
    rust_files(Path::new("src"), &mut files);
    let mut checked = 0;
    let mut unknown = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        for id in fact_ids(&text) {
            checked += 1;
            if registry.get(&id).is_err() {
                unknown.push(format!("{}: {id}", file.display()));
            }
        }
    }
    assert!(
        unknown.is_empty(),
        "ids not in the registry:\n{}",
        unknown.join("\n")
    );
    // The calculators read well over a hundred facts by id; finding none would mean the
    // scan is broken, not that every id is right.
    assert!(checked > 100, "only {checked} ids found");
}

#[test]
fn the_scan_finds_ids_and_only_ids() {
    let text = r#"book.value("dynamodb.read_unit_bytes")? + peek("ebs.gp3_max_iops") "s3.x y" "vpc." "kinesis.Shards""#;
    assert_eq!(
        fact_ids(text),
        ["dynamodb.read_unit_bytes", "ebs.gp3_max_iops"]
    );
}

/// The ids of the handles declared in the registry's service files, in order.
fn handle_ids() -> Vec<String> {
    let mut ids = Vec::new();
    let mut files = Vec::new();
    rust_files(Path::new("src/facts"), &mut files);
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for (at, _) in text.match_indices("FactId::new(\"") {
            let rest = &text[at + "FactId::new(\"".len()..];
            let id = &rest[..rest.find('"').unwrap()];
            if !id.starts_with("test.") {
                ids.push(id.to_string());
            }
        }
    }
    ids
}

#[test]
fn every_fact_has_exactly_one_typed_handle() {
    let mut handles = handle_ids();
    handles.sort();
    let before = handles.len();
    handles.dedup();
    assert_eq!(before, handles.len(), "a fact has two handles");
    let mut registry: Vec<String> = Registry::builtin()
        .all()
        .map(|f| f.id.to_string())
        .collect();
    registry.sort();
    assert_eq!(handles, registry);
    assert!(registry.len() > 150, "only {} facts", registry.len());
}

#[test]
fn a_handle_reads_its_own_fact() {
    use awscalc::facts::{dynamodb, ebs, FactBook};
    let registry = Registry::builtin();
    for fact in registry.all() {
        assert_eq!(fact.handle().as_str(), fact.id);
    }
    let mut book = FactBook::new(registry, jiff::civil::date(2026, 11, 30));
    // DynamoDB's read unit is 4 KB, 4,096 bytes (read-write-operations.html); gp3 gives up
    // to 80,000 IOPS since 2025-09-26.
    assert_eq!(book.value(dynamodb::READ_UNIT_BYTES).unwrap(), 4096.into());
    assert_eq!(book.value(ebs::GP3_MAX_IOPS).unwrap(), 80_000.into());
    assert_eq!(book.used()[0].fact.id, "dynamodb.read_unit_bytes");
}

/// Calculators read facts through handles: outside a handle's declaration, a fact id is
/// written as text only where it is what a user types (`awscalc facts dynamodb.kb_bytes`).
#[test]
fn no_fact_is_read_by_its_id_as_text() {
    let mut files = Vec::new();
    rust_files(Path::new("src"), &mut files);
    let mut found = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        for line in text.lines() {
            let code = line.trim_start();
            if code.starts_with("//") || code.contains("FactId::new(\"") {
                continue;
            }
            if !fact_ids(line).is_empty() {
                found.push(format!("{}: {}", file.display(), line.trim()));
            }
        }
    }
    // The one exception: a user's filter for `awscalc facts`, in its test.
    found.retain(|l| {
        !l.starts_with("src/explain/facts.rs:") || !l.contains("Some(\"dynamodb.kb_bytes\")")
    });
    assert!(found.is_empty(), "fact ids as text:\n{}", found.join("\n"));
}
