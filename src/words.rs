//! English count nouns: `1 unit`, `2 units`, `1 AZ`, `3 AZs`, `1 address`.
//!
//! One table of the nouns awscalc counts, each with its singular and plural, so a count
//! reads right whichever form the caller holds. Words not in the table (symbols such as
//! `IOPS`, `MiB/s`, `RCU`) are never edited: a guess at English from spelling (drop a
//! final `s`) turns `IOPS` into `IOP` and `bus` into `bu`.

use rust_decimal::Decimal;

/// The nouns awscalc counts: (singular, plural), in byte order of the singular (`form`
/// finds a word's first letter by binary search).
const NOUNS: &[(&str, &str)] = &[
    ("AZ", "AZs"),
    ("GSI", "GSIs"),
    ("LAG", "LAGs"),
    ("LSI", "LSIs"),
    ("VPC", "VPCs"),
    ("action", "actions"),
    ("address", "addresses"),
    ("attachment", "attachments"),
    ("attribute", "attributes"),
    ("bit", "bits"),
    ("block", "blocks"),
    ("bucket", "buckets"),
    ("byte", "bytes"),
    ("call", "calls"),
    ("character", "characters"),
    ("chunk", "chunks"),
    ("class", "classes"),
    ("connection", "connections"),
    ("consumer", "consumers"),
    ("credit", "credits"),
    ("day", "days"),
    ("decrease", "decreases"),
    ("device", "devices"),
    ("element", "elements"),
    ("execution", "executions"),
    ("fact", "facts"),
    ("gateway", "gateways"),
    ("group", "groups"),
    ("hour", "hours"),
    ("invocation", "invocations"),
    ("item", "items"),
    ("merge", "merges"),
    ("message", "messages"),
    ("minute", "minutes"),
    ("modification", "modifications"),
    ("note", "notes"),
    ("object", "objects"),
    ("page", "pages"),
    ("pair", "pairs"),
    ("part", "parts"),
    ("partition", "partitions"),
    ("period", "periods"),
    ("poller", "pollers"),
    ("port", "ports"),
    ("prefix", "prefixes"),
    ("question", "questions"),
    ("read", "reads"),
    ("record", "records"),
    ("request", "requests"),
    ("result", "results"),
    ("retry", "retries"),
    ("round", "rounds"),
    ("rule", "rules"),
    ("second", "seconds"),
    ("shard", "shards"),
    ("source", "sources"),
    ("split", "splits"),
    ("step", "steps"),
    ("stream", "streams"),
    ("subnet", "subnets"),
    ("subscription", "subscriptions"),
    ("switch", "switches"),
    ("tier", "tiers"),
    ("tunnel", "tunnels"),
    ("type", "types"),
    ("unit", "units"),
    ("value", "values"),
    ("version", "versions"),
    ("window", "windows"),
    ("worker", "workers"),
    ("write", "writes"),
];

/// `n` and `noun` (given in the singular), the noun in the form `n` takes, digits grouped:
/// `plural(1, "unit")` is `1 unit`, `plural(2, "AZ")` is `2 AZs`, `plural(1200, "prefix")`
/// is `1,200 prefixes`.
#[must_use]
pub fn plural(n: impl Into<Decimal>, noun: &str) -> String {
    let n = n.into();
    format!("{} {}", crate::units::group(n), noun_for(n, noun))
}

/// `noun` (singular or plural, or a phrase such as `reads per second`, `records/s`,
/// `I/O credits`) in the form a count of `n` takes. Only the first word the table knows
/// changes; a word it does not know is left as it is.
#[must_use]
pub fn noun_for(n: Decimal, noun: &str) -> String {
    let one = n.abs() == Decimal::ONE;
    // One word (`bytes`, `GiB`, `×`), most units: its form, or the word as it is.
    if !noun.contains([' ', '/']) {
        return form(noun, one).unwrap_or(noun).to_owned();
    }
    // Written into one string: this runs for every value an answer shows.
    let mut out = String::with_capacity(noun.len() + 1);
    let mut done = false;
    for (i, word) in noun.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        // `per second`: the count is not of the word after `per`.
        if done || word == "per" {
            done = true;
            out.push_str(word);
            continue;
        }
        // `records/s`: the noun before a `/`.
        let (head, tail) = word
            .split_once('/')
            .filter(|(head, _)| !head.is_empty() && head.chars().all(char::is_alphabetic))
            .map_or((word, ""), |(head, _)| (head, &word[head.len()..]));
        match form(head, one) {
            Some(changed) => {
                done = true;
                out.push_str(changed);
                out.push_str(tail);
            }
            None => out.push_str(word),
        }
    }
    out
}

/// `word`, a noun of the table in either form, in the singular (`one`) or the plural.
fn form(word: &str, one: bool) -> Option<&'static str> {
    // Both forms begin with the same letter, and the table is in order: only the entries
    // of the word's first letter are compared (this runs for every value a listing shows,
    // and a scan of the whole table was 700 instructions a value).
    let first = *word.as_bytes().first()?;
    let start = NOUNS.partition_point(|(singular, _)| singular.as_bytes()[0] < first);
    NOUNS[start..]
        .iter()
        .take_while(|(singular, _)| singular.as_bytes()[0] == first)
        .find(|(singular, plural)| word == *singular || word == *plural)
        .map(|(singular, plural)| if one { *singular } else { *plural })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_in_byte_order_of_the_singular() {
        assert!(NOUNS
            .windows(2)
            .all(|w| w[0].0.as_bytes() < w[1].0.as_bytes()));
    }

    #[test]
    fn both_forms_of_every_noun_begin_with_the_same_letter() {
        for (singular, plural) in NOUNS {
            assert_eq!(singular.as_bytes()[0], plural.as_bytes()[0], "{singular}");
        }
    }

    #[test]
    fn one_is_singular_and_every_other_count_plural() {
        assert_eq!(plural(1, "unit"), "1 unit");
        assert_eq!(plural(2, "unit"), "2 units");
        assert_eq!(plural(0, "unit"), "0 units");
        assert_eq!(plural(1, "AZ"), "1 AZ");
        assert_eq!(plural(3, "AZ"), "3 AZs");
        assert_eq!(plural(1, "address"), "1 address");
        assert_eq!(plural(1200, "prefix"), "1,200 prefixes");
        assert_eq!(plural(1, "question"), "1 question");
        assert_eq!(plural(Decimal::new(15, 1), "day"), "1.5 days");
    }

    #[test]
    fn the_plural_given_reads_singular_for_one() {
        assert_eq!(noun_for(Decimal::ONE, "units"), "unit");
        assert_eq!(noun_for(Decimal::ONE, "AZs"), "AZ");
        assert_eq!(
            noun_for(Decimal::ONE, "reads per second"),
            "read per second"
        );
        assert_eq!(noun_for(Decimal::ONE, "records/s"), "record/s");
        assert_eq!(noun_for(Decimal::ONE, "I/O credits"), "I/O credit");
        assert_eq!(noun_for(Decimal::TWO, "I/O credit"), "I/O credits");
    }

    proptest::proptest! {
        /// Either form of a noun gives the same word for a count, the singular exactly
        /// for one (or minus one).
        #[test]
        fn prop_a_count_picks_one_form_whichever_is_given(
            n in -1_000_000i64..1_000_000,
            scale in 0u32..3,
            which in 0usize..NOUNS.len(),
        ) {
            let n = Decimal::new(n, scale);
            let (singular, plural) = NOUNS[which];
            let word = noun_for(n, singular);
            proptest::prop_assert_eq!(&word, &noun_for(n, plural));
            let one = n.abs() == Decimal::ONE;
            proptest::prop_assert_eq!(word, if one { singular } else { plural });
        }
    }

    #[test]
    fn symbols_and_unknown_words_are_left_alone() {
        for unit in ["IOPS", "RCU", "MiB/s", "KiB", "per second", "%", "bus"] {
            assert_eq!(noun_for(Decimal::ONE, unit), unit);
            assert_eq!(noun_for(Decimal::TWO, unit), unit);
        }
    }
}
