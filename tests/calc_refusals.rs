//! The refusals of the calculators that the command line cannot reach (clap refuses the
//! flags first, or the registry would have to be wrong), pinned as a library user sees
//! them: the kind, the message, the value at fault and what is allowed. The refusals the
//! command line reaches are pinned whole in tests/cmd. Each message is the one the
//! calculator gave before its refusals became typed problems (worded in `explain`).
//!
//! Last, two scans of src/calc: the calculators return typed problems and never build an
//! English message into `Error::Conflict` (the command line layer's error) again, nor
//! word `Error::Invalid`, `TooLarge`, `InvalidAt` or `NotYetAvailable` from numbers, facts
//! or names.

use awscalc::calc::dynamodb::cost::{mode_cost, ModeCostRequest};
use awscalc::calc::dynamodb::index::{indexed_write_capacity, IndexKind, IndexWrite};
use awscalc::calc::dynamodb::modes::{modes, ModesRequest};
use awscalc::calc::dynamodb::{Demand, Items, Problem, WriteMode, WriteRequest};
use awscalc::calc::kinesis::{lag, ConsumeRate, ConsumerKind, LagRequest};
use awscalc::calc::resilience::Band;
use awscalc::calc::s3::design::{design, DesignPrices, DesignRequest};
use awscalc::calc::s3::network::{transfer, TransferRequest};
use awscalc::calc::sqs::{settings, SettingsRequest};
use awscalc::error::Error;
use awscalc::facts::{FactBook, Registry};
use rust_decimal::Decimal;

fn book() -> FactBook {
    FactBook::new(Registry::builtin(), jiff::civil::date(2026, 12, 1))
}

/// The error as a user of the library sees it: kind, message, value, allowed.
fn seen(err: &Error) -> (&'static str, String, Option<&str>, Option<String>) {
    (err.kind(), err.to_string(), err.value(), err.allowed())
}

/// A conflict: no value at fault is named, nothing is listed as allowed.
fn conflict(message: &str) -> (&'static str, String, Option<&str>, Option<String>) {
    ("conflict", message.to_string(), None, None)
}

fn write(items: Items, demand: Demand, indexes: Vec<IndexWrite>) -> WriteRequest {
    WriteRequest {
        items,
        mode: WriteMode::Standard,
        demand,
        indexes,
        collection: None,
    }
}

fn gsi(text: &str) -> IndexWrite {
    IndexWrite {
        kind: IndexKind::Global,
        entry: text.parse().unwrap(),
    }
}

#[test]
fn a_mode_cost_without_reads_or_writes_is_refused() {
    let request = ModeCostRequest {
        size: "1kb".parse().unwrap(),
        reads: None,
        writes: None,
        consistency: None,
        write_mode: WriteMode::Standard,
        hours: None,
        utilization: None,
    };
    let err = mode_cost(&request, &mut book()).unwrap_err();
    assert_eq!(
        seen(&err),
        conflict("`awscalc modes` prices a workload of --reads RATE or --writes RATE")
    );
}

#[test]
fn a_modes_plan_without_switches_or_decreases_is_refused() {
    let request = ModesRequest {
        switches: None,
        decreases: None,
    };
    let err = modes(&request, &mut book()).unwrap_err();
    assert_eq!(
        seen(&err),
        conflict("`awscalc modes` needs --switches N or --decreases N")
    );
}

#[test]
fn index_writes_refuse_units_batches_transactions_and_a_collection_without_lsi() {
    let units = Demand::Units {
        text: "100".into(),
        units: Decimal::from(100),
    };
    let request = write(
        Items::Single("2kb".parse().unwrap()),
        units,
        vec![gsi("1kb")],
    );
    let err = indexed_write_capacity(&request, &mut book()).unwrap_err();
    assert_eq!(
        seen(&err),
        conflict(
            "--units `100` asks what a table sustains; with --gsi or --lsi give --rate (the \
             table and each index have their own capacity)"
        )
    );

    let rate = || Demand::Rate("10".parse().unwrap());
    let batch = Items::Batch(vec!["1kb".parse().unwrap(), "2kb".parse().unwrap()]);
    let err =
        indexed_write_capacity(&write(batch, rate(), vec![gsi("1kb")]), &mut book()).unwrap_err();
    assert_eq!(
        seen(&err),
        conflict("--gsi and --lsi take one item (--size or --item), not --batch")
    );

    let mut transactional = write(
        Items::Single("2kb".parse().unwrap()),
        rate(),
        vec![gsi("1kb")],
    );
    transactional.mode = WriteMode::Transactional;
    let err = indexed_write_capacity(&transactional, &mut book()).unwrap_err();
    assert_eq!(
        seen(&err),
        conflict(
            "--transactional with --gsi or --lsi: AWS documents no index write cost inside \
             TransactWriteItems; ask for the table alone"
        )
    );

    let mut collection = write(
        Items::Single("2kb".parse().unwrap()),
        rate(),
        vec![gsi("1kb")],
    );
    collection.collection = Some("5gb".parse().unwrap());
    let err = indexed_write_capacity(&collection, &mut book()).unwrap_err();
    assert_eq!(
        seen(&err),
        conflict(
            "--collection checks the item collection limit of a table with local secondary \
             indexes: give --lsi too"
        )
    );
}

#[test]
fn a_lag_in_records_needs_records_written() {
    let request = LagRequest {
        write: "4mb/s".parse().unwrap(),
        consume: ConsumeRate::Records("4000/s".parse().unwrap()),
        shards: None,
        consumer: ConsumerKind::Shared(1),
        parallelization: None,
        retention: None,
        backlog: None,
    };
    let err = lag(&request, &mut book()).unwrap_err();
    assert_eq!(
        seen(&err),
        conflict(
            "`--consume-rate 4000/s` in records needs the input in records too: give --size and \
             --rate instead of --throughput, or a consume rate with a size unit (3mb/s)"
        )
    );
}

#[test]
fn a_band_the_registry_does_not_define_is_refused() {
    let err = Band::from_ordinal(Decimal::from(7)).unwrap_err();
    assert_eq!(
        seen(&err),
        conflict("internal error: no disaster-recovery band 7")
    );
}

#[test]
fn a_design_priced_by_reads_needs_the_object_size() {
    let request = DesignRequest {
        hot: 30,
        within: "12h".parse().unwrap(),
        keep: "7y".parse().unwrap(),
        object_size: None,
        prices: Some(DesignPrices {
            reads_per_month: 1,
            storage: vec![],
            retrieval: vec![],
            requests: vec![],
        }),
        versions: None,
    };
    let err = design(&request, &mut book()).unwrap_err();
    assert_eq!(
        seen(&err),
        conflict("--reads-per-month needs --size: the GB each read retrieves")
    );
}

#[test]
fn a_device_comparison_needs_both_its_inputs() {
    let request = TransferRequest {
        size: "1tb".parse().unwrap(),
        bandwidth: "1gbps".parse().unwrap(),
        utilization: None,
        streams: None,
        per_stream: None,
        device_capacity: Some("80tb".parse().unwrap()),
        turnaround: None,
    };
    let err = transfer(&request, &mut book()).unwrap_err();
    assert_eq!(
        seen(&err),
        conflict(
            "the device comparison needs both --device-capacity and --turnaround: AWS documents \
             no end-to-end turnaround or usable capacity to assume"
        )
    );
}

#[test]
fn queue_settings_need_a_setting() {
    let request = SettingsRequest {
        kind: None,
        retention: None,
        delay: None,
        max_receive_count: None,
        in_flight: None,
    };
    let err = settings(&request, &mut book()).unwrap_err();
    assert_eq!(
        seen(&err),
        conflict("give --retention, --delay, --max-receive-count or --in-flight")
    );
}

/// Two on-demand refusals no request reaches (a rate stops at 10^12 per second and the
/// registry's growth factor is 2, so 64 doublings always reach it), worded as the generic
/// input errors `calc::dynamodb::ondemand` built before they became typed.
#[test]
fn on_demand_growth_past_counting_reads_as_the_input_error_it_was() {
    let err = Error::from(Problem::RateBeyondDoublings {
        input: "40000/s".into(),
    });
    assert_eq!(
        seen(&err),
        (
            "invalid",
            "invalid rate `40000/s`: it is too far above what the table serves at once to \
             count; expected a rate within 2^64 times the table's capacity"
                .to_string(),
            Some("40000/s"),
            Some("a rate within 2^64 times the table's capacity".to_string())
        )
    );
    let err = Error::from(Problem::GrowthTooLarge);
    assert_eq!(
        seen(&err),
        (
            "invalid",
            "invalid rate `the growth`: the numbers are too large to compute; expected a \
             smaller rate"
                .to_string(),
            Some("the growth"),
            Some("a smaller rate".to_string())
        )
    );
}

/// Every `.rs` file under `dir`, recursively.
fn rust_files(dir: &std::path::Path, files: &mut Vec<std::path::PathBuf>) {
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
fn no_calculator_words_its_own_conflict() {
    let mut files = Vec::new();
    rust_files(std::path::Path::new("src/calc"), &mut files);
    assert!(
        files.len() > 50,
        "src/calc not found from {:?}",
        std::env::current_dir()
    );
    let mut found = Vec::new();
    for path in &files {
        let text = std::fs::read_to_string(path).unwrap();
        for (n, line) in text.lines().enumerate() {
            // `Error::Conflict`, a `use` of it, or the old `Error::AwsLimit`.
            if ["Conflict", "AwsLimit"]
                .iter()
                .any(|name| line.contains(name))
            {
                found.push(format!("{}:{}: {}", path.display(), n + 1, line.trim()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "src/calc builds English errors; give the service's Problem a variant and word it in \
         src/explain instead:\n{}",
        found.join("\n")
    );
}

/// The error variants whose fields are words, and those fields. A calculator may fill
/// them with fixed words only; anything it would word from numbers, facts or names is a
/// typed problem worded in src/explain.
const WORDED: [&str; 8] = [
    "Error::Invalid {",
    "Error::TooLarge {",
    "Error::InvalidAt {",
    "Error::NotYetAvailable {",
    "Error::InvalidCidr {",
    "Error::InvalidDuration {",
    "Error::InvalidSize {",
    "Error::InvalidRate {",
];
const WORD_FIELDS: [&str; 4] = ["reason", "expected", "max", "history"];

/// Fields whose words are serde_json's own message about a document it could not read
/// (its reason and what it expected), passed through as they are: awscalc words nothing
/// there; and the reason `units::leading_number` (the shared number grammar of src/units.rs,
/// not a calculator) gives a Lambda duration. Each is (file, field as written).
const SERDE_WORDS: [(&str, &str); 4] = [
    ("src/calc/vpc/describe.rs", "reason: e.to_string()"),
    ("src/calc/s3/config/mod.rs", "reason"),
    ("src/calc/s3/config/mod.rs", "expected"),
    ("src/calc/lambda/mod.rs", "reason"),
];

/// `text` with its comments left out and its string literals (`"…"`, escapes read, and
/// `r#"…"#`) and char literals replaced by `""` (then the literal's line breaks) and `' '`,
/// so that braces, commas, quotes and words inside them are not seen.
fn without_literals(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            // A comment (doc comments quote JSON and sentences): to the end of its line.
            '/' if chars.peek() == Some(&'/') => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        out.push('\n');
                        break;
                    }
                }
            }
            // A raw string `r#"…"#`: to its `"#`, its line breaks kept.
            'r' if chars.clone().take(2).eq(['#', '"']) => {
                chars.next();
                chars.next();
                let mut last = ' ';
                for c in chars.by_ref() {
                    if c == '\n' {
                        out.push('\n');
                    }
                    if last == '"' && c == '#' {
                        break;
                    }
                    last = c;
                }
                out.push_str("\"\"");
            }
            '"' => {
                // The literal's line breaks are kept, for line numbers.
                let mut breaks = String::new();
                while let Some(c) = chars.next() {
                    match c {
                        '\\' if chars.next() == Some('\n') => breaks.push('\n'),
                        '"' => break,
                        '\n' => breaks.push('\n'),
                        _ => {}
                    }
                }
                out.push_str("\"\"");
                out.push_str(&breaks);
            }
            // A char literal ('{', '\n'); a lifetime ('static) has no closing quote soon.
            '\'' => {
                let rest: String = chars.clone().take(4).collect();
                let len = if rest.starts_with('\\') {
                    rest.find('\'').filter(|&i| i > 1)
                } else {
                    rest.chars().nth(1).filter(|&q| q == '\'').map(|_| 1)
                };
                match len {
                    Some(n) => {
                        for _ in 0..=n {
                            chars.next();
                        }
                        out.push_str("' '");
                    }
                    None => out.push(c),
                }
            }
            _ => out.push(c),
        }
    }
    out
}

/// The text from just after an opening `{` to its matching `}`.
fn braced(text: &str) -> &str {
    let mut depth = 0;
    for (i, c) in text.char_indices() {
        match c {
            '{' | '(' | '[' => depth += 1,
            '}' | ')' | ']' if depth == 0 => return &text[..i],
            '}' | ')' | ']' => depth -= 1,
            _ => {}
        }
    }
    text
}

/// `body` split at its top-level commas, each part trimmed.
fn fields(body: &str) -> Vec<&str> {
    let (mut depth, mut start, mut out) = (0, 0, Vec::new());
    for (i, c) in body.char_indices() {
        match c {
            '{' | '(' | '[' => depth += 1,
            '}' | ')' | ']' => depth -= 1,
            ',' if depth == 0 => {
                out.push(body[start..i].trim());
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(body[start..].trim());
    out.retain(|f| !f.is_empty());
    out
}

/// Whether `value` (literals already blanked) is fixed words: string literals, constants
/// (`SHAPE`), `None`, `String::new()`, and names the file declares `&'static str`, turned
/// into a `String` by `into`, `to_string`, `to_owned` or wrapped in `Some`.
fn fixed_words(value: &str, statics: &[String]) -> bool {
    value
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|word| word.starts_with(|c: char| c.is_alphabetic() || c == '_'))
        .all(|word| {
            [
                "into",
                "to_string",
                "to_owned",
                "Some",
                "None",
                "String",
                "new",
                "super",
                "crate",
            ]
            .contains(&word)
                || word
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
                || statics.iter().any(|s| s == word)
        })
}

/// The names `text` declares `&'static str` (a parameter or a `let` with that type).
fn static_names(text: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find(": &'static str") {
        let before = &rest[..at];
        let name: String = before
            .chars()
            .rev()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        if !name.is_empty() {
            names.push(name);
        }
        rest = &rest[at + 1..];
    }
    names
}

/// `code` with the bodies of its inline `#[cfg(test)]` modules blanked (their lines kept,
/// for line numbers): unit tests build errors to compare with.
fn without_test_modules(code: &str) -> String {
    let mut out = code.to_string();
    let mut from = 0;
    while let Some(at) = out[from..].find("#[cfg(test)]").map(|i| i + from) {
        from = at + 1;
        let after = &out[at + "#[cfg(test)]".len()..];
        let head = after.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
        let is_module = head.trim_start().starts_with("mod ")
            || head.trim_start().starts_with("pub(crate) mod ");
        let Some(open) = after
            .find('{')
            .filter(|&i| is_module && i <= after.find(head).unwrap_or(0) + head.len())
        else {
            continue;
        };
        let start = at + "#[cfg(test)]".len() + open + 1;
        let end = start + braced(&out[start..]).len();
        let blank: String = out[start..end].chars().filter(|&c| c == '\n').collect();
        out.replace_range(start..end, &blank);
    }
    out
}

/// What a calculator's construction of a worded error in `text` fills its words with,
/// where that is more than fixed words: `format!`, or a value it computed.
fn worded_by_calculator(file: &str, text: &str) -> Vec<String> {
    let code = without_test_modules(&without_literals(text));
    let statics = static_names(&code);
    let mut found = Vec::new();
    for needle in WORDED {
        for (at, _) in code.match_indices(needle) {
            let body = braced(&code[at + needle.len()..]);
            // A pattern (`Error::Invalid { input, .. }`) builds nothing.
            if body
                .trim_end()
                .trim_end_matches(',')
                .trim_end()
                .ends_with("..")
            {
                continue;
            }
            let line = code[..at].matches('\n').count() + 1;
            for field in fields(body) {
                let (name, value) = field.split_once(':').unwrap_or((field, field));
                let (name, value) = (name.trim(), value.trim());
                if !WORD_FIELDS.contains(&name) {
                    continue;
                }
                let passed = SERDE_WORDS
                    .iter()
                    .any(|(f, written)| file.ends_with(f) && field == *written);
                if value.contains("format!") || !(passed || fixed_words(value, &statics)) {
                    found.push(format!("{file}:{line}: {needle} .. {}", one_line(field)));
                }
            }
        }
    }
    found
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// No calculator words `Error::Invalid`, `TooLarge`, `InvalidAt`, `NotYetAvailable`,
/// `InvalidCidr`, `InvalidDuration`, `InvalidSize` or `InvalidRate` itself (the last two
/// are src/units.rs's; no calculator builds them today). The rule, read from the source text of src/calc (its inline `#[cfg(test)]`
/// modules and `tests.rs` files left out, string literals blanked first): in each
/// construction of one of these variants (a brace group ending in `..` is a pattern, not a
/// construction, and is skipped), the word
/// fields (`reason`, `expected`, `max`, `history`) hold fixed words only, that is string
/// literals, UPPER_CASE constants, `None`, `String::new()`, or a name the same file
/// declares `&'static str` (a parameter of a `bad(reason)` closure), turned into a
/// `String` with `into`, `to_string` or `to_owned`, or wrapped in `Some`; and no
/// `format!` at all. A field set from anything else (a `String` variable, a call, a
/// `format!`) fails, except the few that pass serde_json's or src/units.rs's own words
/// through ([`SERDE_WORDS`]). A calculator that must say numbers, facts or names returns its
/// service's typed problem instead, worded in src/explain. Left to the type system: the
/// `what` field is `&'static str`; `input` is the user's text; `path` and `rule` of
/// `InvalidAt` are a JSON path and a rule ID read from the document, not sentences.
#[test]
fn no_calculator_words_its_own_input_error() {
    let mut files = Vec::new();
    rust_files(std::path::Path::new("src/calc"), &mut files);
    let mut found = Vec::new();
    for path in &files {
        if path.file_name().is_some_and(|n| n == "tests.rs") {
            continue;
        }
        let text = std::fs::read_to_string(path).unwrap();
        found.extend(worded_by_calculator(&path.display().to_string(), &text));
    }
    assert!(
        found.is_empty(),
        "src/calc words an input error itself; give the service's Problem a variant and word \
         it in src/explain instead:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_scan_sees_a_format_and_a_computed_reason_but_not_fixed_words_or_patterns() {
    let built = |body: &str| worded_by_calculator("src/calc/x.rs", body);
    assert_eq!(
        built("Err(Error::Invalid { what: \"x\", input, reason: format!(\"{n} over\"), expected: \"y\".into() })")
            .len(),
        1
    );
    assert_eq!(
        built("let reason = words(n); Error::TooLarge { what: \"x\", input, max: reason }").len(),
        1
    );
    assert_eq!(
        built("Error::InvalidAt { what: W, path, rule: None, reason: \"a, b {c}\".into(), expected: Some(SHAPE.into()) }"),
        Vec::<String>::new()
    );
    assert_eq!(
        built("let bad = |reason: &'static str| Error::Invalid { what: \"x\", input, reason: reason.into(), expected: FORMS.into() };"),
        Vec::<String>::new()
    );
    assert_eq!(
        built("Err(e @ Error::Invalid { reason, .. }) => Err(e),"),
        Vec::<String>::new()
    );
    // A quote in a comment or a raw string hides nothing after it.
    assert_eq!(
        built(
            "/// the \"Vpcs\" key, or a \"\nlet s = r#\"{\"a\": \"}\"#;\nError::InvalidAt { \
             what: W, path, rule: None, reason: format!(\"{n}\"), expected: None }"
        ),
        vec!["src/calc/x.rs:3: Error::InvalidAt { .. reason: format!(\"\")".to_string()]
    );
}
