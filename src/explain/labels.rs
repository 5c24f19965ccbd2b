//! Human labels for result fields and table columns, keyed by their stable names.
//!
//! A field's `name` (`units_per_read`, `min_size_gib`) is what scripts read in `--json`;
//! people read a label (`RCU per read`, `min size (GiB)`). The labels live here, in one
//! table, rather than in every explainer: a name without an entry is turned into words by
//! rule (underscores to spaces, known abbreviations spelled as AWS spells them, a trailing
//! unit put in brackets), so no name ever reaches the text view as it is.

/// Names whose words the rule would get wrong or say poorly.
const LABELS: &[(&str, &str)] = &[
    ("aggregate_gbps", "carried with ECMP (Gbps)"),
    (
        "attachment_gbps_per_az",
        "bandwidth per VPC attachment per AZ (Gbps)",
    ),
    ("aws", "AWS rules"),
    ("baseline_throughput_mibps", "throughput without credits"),
    ("billed_days", "days billed"),
    ("binding_constraint", "binding constraint"),
    ("burst_seconds", "burst lasts"),
    ("cap_gbps", "most the gateway carries (Gbps)"),
    ("consumed_per_second", "RCU consumed per second"),
    ("date is", "date is"),
    ("days_stored", "days stored"),
    ("delivering", "number of types that deliver it"),
    ("early_delete_days", "early-deletion days billed"),
    ("ecmp_needed", "ECMP needed"),
    ("efo_consumers", "enhanced fan-out consumers"),
    (
        "efo_typical_delay_ms",
        "typical delay, enhanced fan-out (ms)",
    ),
    (
        "get_records_calls_per_consumer_per_second",
        "GetRecords calls per consumer per shard (per second)",
    ),
    ("item_bytes", "item size"),
    ("max_item_bytes", "maximum item size"),
    ("max_kcl_workers", "KCL workers at most"),
    (
        "max_lambda_invocations",
        "concurrent Lambda invocations at most",
    ),
    ("max_throughput_mibps", "maximum throughput"),
    ("min_partitions", "partitions at least"),
    ("peerings_per_vpc", "peering connections per VPC"),
    ("refill_seconds", "an empty bucket refills in"),
    ("rru_per_second", "on-demand RRU per second"),
    ("scan_hours", "full scan (hours)"),
    ("scan_worst_hours", "full scan at the worst (hours)"),
    ("shared_consumers", "standard consumers"),
    ("size_gib", "size"),
    ("smallest_size_gib", "smallest size"),
    ("stored_days", "days stored"),
    ("tgw_attachments", "Transit Gateway attachments"),
    ("tunnel_gbps", "bandwidth per tunnel (Gbps)"),
    ("typical_delay_ms", "typical delay, standard consumers (ms)"),
    ("units_per_read", "RCU per read"),
    ("units_per_write", "WCU per write"),
    ("usable_each", "usable in each"),
    ("usable_total", "usable in all"),
    ("verdicts", "the verdict on each service"),
    ("windows_24h", "24-hour windows"),
    ("within_default_quota", "within the default peering quota"),
    ("wru_per_second", "on-demand WRU per second"),
];

/// Trailing unit words of a name, and how the label writes the unit.
const UNIT_SUFFIXES: &[(&str, &str)] = &[
    ("_mib_per_second", "MiB/s"),
    ("_kib_per_second", "KiB/s"),
    ("_bytes_per_object", "bytes per object"),
    ("_mibps", "MiB/s"),
    ("_gib", "GiB"),
    ("_kib", "KiB"),
    ("_bytes", "bytes"),
    ("_seconds", "seconds"),
    ("_hours", "hours"),
    ("_days", "days"),
];

/// Words of a name spelled another way in a label.
const WORDS: &[(&str, &str)] = &[
    ("24h", "24 h"),
    ("aws", "AWS"),
    ("azs", "AZs"),
    ("cidr", "CIDR"),
    ("efo", "enhanced fan-out"),
    ("gib", "GiB"),
    ("ia", "IA"),
    ("id", "ID"),
    ("iops", "IOPS"),
    ("kcl", "KCL"),
    ("kib", "KiB"),
    ("max", "maximum"),
    ("mib", "MiB"),
    ("mibps", "MiB/s"),
    ("min", "minimum"),
    ("rcu", "RCU"),
    ("rru", "RRU"),
    ("wcu", "WCU"),
    ("wru", "WRU"),
];

/// The label people read for the field or column `name`: `units_per_read` → `RCU per
/// read`, `min_size_gib` → `minimum size (GiB)`, `throughput_mibps` → `throughput (MiB/s)`,
/// `first_usable` → `first usable`.
#[must_use]
pub fn label(name: &str) -> String {
    if let Some((_, label)) = LABELS.iter().find(|(n, _)| *n == name) {
        return (*label).to_string();
    }
    let (stem, unit) = UNIT_SUFFIXES
        .iter()
        .find_map(|(suffix, unit)| {
            name.strip_suffix(suffix)
                .filter(|stem| !stem.is_empty())
                .map(|stem| (stem, Some(*unit)))
        })
        .unwrap_or((name, None));
    let words: Vec<&str> = stem
        .split(['_', ' '])
        .filter(|w| !w.is_empty())
        .map(|word| {
            WORDS
                .iter()
                .find(|(from, _)| *from == word)
                .map_or(word, |(_, to)| to)
        })
        .collect();
    let words = words.join(" ");
    match unit {
        Some(unit) => format!("{words} ({unit})"),
        None => words,
    }
}

#[cfg(test)]
mod tests {
    use super::label;

    #[test]
    fn listed_names_read_as_listed() {
        assert_eq!(label("units_per_read"), "RCU per read");
        assert_eq!(label("size_gib"), "size");
        assert_eq!(label("max_kcl_workers"), "KCL workers at most");
    }

    #[test]
    fn other_names_are_put_into_words_by_rule() {
        assert_eq!(label("first_usable"), "first usable");
        assert_eq!(label("min_size_gib"), "minimum size (GiB)");
        assert_eq!(label("throughput_mibps"), "throughput (MiB/s)");
        assert_eq!(label("peak_write_mib_per_second"), "peak write (MiB/s)");
        assert_eq!(label("max_iops"), "maximum IOPS");
        assert_eq!(label("iops"), "IOPS");
        assert_eq!(label("type"), "type");
        assert_eq!(label("min duration"), "minimum duration");
    }

    /// The rule never leaves an underscore, whatever the name.
    #[test]
    fn no_label_has_an_underscore() {
        for name in [
            "a_b_c",
            "_x",
            "x_",
            "scan_worst_seconds",
            "pairs_total",
            "_gib",
        ] {
            assert!(!label(name).contains('_'), "{name}: {}", label(name));
        }
    }
}
