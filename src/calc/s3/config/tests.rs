use super::*;
use crate::calc::s3::StorageClass;
use crate::calc::testing::book;
use crate::report::Value;

const AWS_EXAMPLE: &str = r#"{
    "Rules": [
        {
            "ID": "archive-logs",
            "Filter": {"Prefix": "logs/"},
            "Status": "Enabled",
            "Transitions": [
                {"Days": 30, "StorageClass": "STANDARD_IA"},
                {"Days": 90, "StorageClass": "GLACIER"}
            ],
            "Expiration": {"Days": 365}
        },
        {
            "ID": "too-soon",
            "Filter": {"ObjectSizeGreaterThan": 500},
            "Status": "Disabled",
            "Transitions": [
                {"Days": 4, "StorageClass": "GLACIER_IR"},
                {"Days": 50, "StorageClass": "DEEP_ARCHIVE"}
            ],
            "NoncurrentVersionExpiration": {"NoncurrentDays": 30}
        }
    ]
}"#;

#[test]
fn rules_are_read_with_their_days_classes_filters_and_status() {
    let rules = parse_configuration(AWS_EXAMPLE).unwrap();
    assert_eq!(rules.len(), 2);
    assert_eq!(rules[0].name, "archive-logs");
    assert!(rules[0].id_given);
    assert!(rules[0].enabled);
    assert_eq!(
        rules[0]
            .actions
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>(),
        ["STANDARD_IA:30", "GLACIER:90", "expire:365"]
    );
    assert!(!rules[1].enabled);
    assert_eq!(rules[1].size_greater_than, Some(500));
    assert!(rules[1].not_checked.is_empty());
    assert_eq!(
        rules[1].noncurrent,
        [Action {
            kind: ActionKind::Expire,
            day: 30
        }]
    );
}

/// archive-logs: STANDARD 30, IA 60 (≥ 30), GLACIER 275 (≥ 90): 365 billed, valid.
/// too-soon: GLACIER_IR at day 4 → DEEP_ARCHIVE no earlier than 4 + 90 = 94: invalid.
#[test]
fn each_rule_gets_the_short_syntax_verdict() {
    let request = ConfigurationRequest {
        text: AWS_EXAMPLE.into(),
        source: "rules.json".into(),
        object_size: None,
        created: None,
        noncurrent_since: None,
    };
    let typed = configuration(&request, &mut book()).unwrap();
    assert_eq!(typed.counts(), (1, 1, 0));
    match &typed.rules[1].result.as_ref().unwrap().verdict {
        Verdict::Invalid(checked) => assert_eq!(checked.violations[0].nearest_day, Some(94)),
        Verdict::Valid(_) => panic!("too-soon is invalid"),
    }
    let r = crate::explain::s3::config::configuration(
        &ConfigurationRequest {
            text: AWS_EXAMPLE.into(),
            source: "rules.json".into(),
            object_size: None,
            created: None,
            noncurrent_since: None,
        },
        &mut book(),
    )
    .unwrap();
    assert!(r.check_failed);
    assert_eq!(r.headline, "2 rules: 1 valid, 1 invalid");
    let rows = &r.table.as_ref().unwrap().rows;
    assert_eq!(rows[0][2], Value::text("valid"));
    assert_eq!(rows[0][0], Value::text("archive-logs"));
    assert_eq!(rows[0][3].plain(), "365");
    assert_eq!(rows[1][2], Value::text("invalid"));
    assert!(
        r.notes
            .iter()
            .any(|n| n.text.starts_with("rule `too-soon`: `DEEP_ARCHIVE:50`")
                && n.text.contains("94"))
    );
}

#[test]
fn a_size_filter_beyond_what_awscalc_handles_names_the_rule() {
    let json = r#"{"Rules": [{"ID": "huge", "Status": "Enabled",
        "Filter": {"ObjectSizeGreaterThan": 18446744073709551615},
        "Expiration": {"Days": 3}}]}"#;
    let err = crate::explain::s3::config::configuration(
        &ConfigurationRequest {
            text: json.into(),
            source: "x.json".into(),
            object_size: None,
            created: None,
            noncurrent_since: None,
        },
        &mut book(),
    )
    .unwrap_err()
    .to_string();
    assert!(err.starts_with("rule `huge`: "), "{err}");
    assert!(err.contains("`18446744073709551615"), "{err}");
}

/// The one rule of `{"Rules": [RULE]}`.
fn one(rule: &str) -> ConfigRule {
    let mut rules = parse_configuration(&format!(r#"{{"Rules": [{rule}]}}"#))
        .unwrap_or_else(|e| panic!("{rule}: {e}"));
    assert_eq!(rules.len(), 1);
    rules.remove(0)
}

/// The rule's actions in the short syntax.
fn actions(rule: &ConfigRule) -> Vec<String> {
    rule.actions.iter().map(ToString::to_string).collect()
}

#[test]
fn a_rule_is_named_by_its_id_or_else_its_place() {
    let r = one(r#"{"ID": "logs", "Status": "Enabled"}"#);
    assert_eq!((r.name.as_str(), r.id_given), ("logs", true));
    for rule in [
        r#"{"Status": "Enabled"}"#,
        r#"{"ID": "", "Status": "Enabled"}"#,
    ] {
        let r = one(rule);
        assert_eq!((r.name.as_str(), r.id_given), ("Rules[0]", false));
    }
    let rules = parse_configuration(
        r#"{"Rules": [{"ID": "a", "Status": "Enabled"}, {"Status": "Enabled"}]}"#,
    )
    .unwrap();
    assert_eq!(
        (rules[1].name.as_str(), rules[1].id_given),
        ("Rules[1]", false)
    );
}

#[test]
fn status_is_enabled_or_disabled() {
    assert!(one(r#"{"Status": "Enabled"}"#).enabled);
    assert!(!one(r#"{"Status": "Disabled"}"#).enabled);
}

/// Every filter form of LifecycleRuleFilter: the size awscalc follows is
/// `ObjectSizeGreaterThan` in bytes as written (at the top or in `And`); `ObjectSizeLessThan`
/// is listed as not checked; prefixes and tags change nothing awscalc computes.
#[test]
fn every_filter_form_is_read() {
    for (filter, size, not_checked) in [
        ("{}", None, vec![]),
        (r#"{"Prefix": "logs/"}"#, None, vec![]),
        (
            r#"{"Tag": {"Key": "class", "Value": "cold"}}"#,
            None,
            vec![],
        ),
        (r#"{"Tag": {"Key": "class"}}"#, None, vec![]),
        (
            r#"{"ObjectSizeGreaterThan": 131072}"#,
            Some(131_072),
            vec![],
        ),
        (
            r#"{"ObjectSizeLessThan": 1048576}"#,
            None,
            vec!["Filter.ObjectSizeLessThan"],
        ),
        (
            r#"{"And": {"Prefix": "logs/", "Tags": [{"Key": "a", "Value": "1"},
                {"Key": "b", "Value": "2"}], "ObjectSizeGreaterThan": 500,
                "ObjectSizeLessThan": 64000}}"#,
            Some(500),
            vec!["Filter.ObjectSizeLessThan"],
        ),
        (
            r#"{"And": {"Prefix": "logs/", "ObjectSizeGreaterThan": 0}}"#,
            Some(0),
            vec![],
        ),
        (r#"{"And": {"Tags": []}}"#, None, vec![]),
    ] {
        let r = one(&format!(
            r#"{{"Status": "Enabled", "Filter": {filter}, "Expiration": {{"Days": 30}}}}"#
        ));
        assert_eq!(r.size_greater_than, size, "{filter}");
        assert_eq!(r.not_checked, not_checked, "{filter}");
        assert_eq!(actions(&r), ["expire:30"], "{filter}");
    }
    // The rule-level Prefix of older configurations, with no Filter.
    let r = one(r#"{"Status": "Enabled", "Prefix": "logs/", "Expiration": {"Days": 30}}"#);
    assert_eq!(r.size_greater_than, None);
    assert!(r.not_checked.is_empty());
}

/// Days-based actions become the short syntax's, transitions in the order given and then the
/// expiration; a Date-based transition is listed by its place in the list.
#[test]
fn transitions_and_expiration_are_read_by_days_or_date() {
    let r = one(r#"{"Status": "Enabled", "Transitions": [
            {"Days": 30, "StorageClass": "STANDARD_IA"},
            {"Date": "2026-01-01T00:00:00Z", "StorageClass": "GLACIER"},
            {"Days": 120, "StorageClass": "DEEP_ARCHIVE"}],
            "Expiration": {"Days": 400}}"#);
    assert_eq!(
        actions(&r),
        ["STANDARD_IA:30", "DEEP_ARCHIVE:120", "expire:400"]
    );
    assert_eq!(r.not_checked, ["Transitions[1].Date"]);
    let r = one(r#"{"Status": "Enabled", "Expiration": {"Date": "2027-01-01"}}"#);
    assert!(r.actions.is_empty());
    assert_eq!(r.not_checked, ["Expiration.Date"]);
    for marker in [true, false] {
        let r = one(&format!(
            r#"{{"Status": "Enabled", "Expiration": {{"ExpiredObjectDeleteMarker": {marker}}}}}"#
        ));
        assert!(r.actions.is_empty() && r.not_checked.is_empty());
        assert_eq!(r.expired_object_delete_marker, Some(marker));
        assert!(r.only_cleanup());
    }
    // Such a rule counts as valid, not as one with nothing to check.
    let typed = configuration(
        &ConfigurationRequest {
            text: r#"{"Rules": [{"Status": "Enabled", "Filter": {},
                "AbortIncompleteMultipartUpload": {"DaysAfterInitiation": 7}},
                {"Status": "Enabled", "Filter": {}}]}"#
                .into(),
            source: "rules.json".into(),
            object_size: None,
            created: None,
            noncurrent_since: None,
        },
        &mut book(),
    )
    .unwrap();
    assert_eq!(typed.counts(), (1, 0, 1));
    // Day 0 and the 100,000-day limit are read; S3's "non-zero" expiration is the check's.
    let r = one(
        r#"{"Status": "Enabled", "Transitions": [{"Days": 0, "StorageClass": "GLACIER"}],
            "Expiration": {"Days": 100000}}"#,
    );
    assert_eq!(actions(&r), ["GLACIER:0", "expire:100000"]);
    assert_eq!(
        actions(&one(r#"{"Status": "Enabled", "Expiration": {"Days": 0}}"#)),
        ["expire:0"]
    );
}

/// Each class by its API name, and STANDARD, which S3 refuses and the check explains.
#[test]
fn every_storage_class_is_read_by_its_api_name() {
    for class in StorageClass::ALL {
        let r = one(&format!(
            r#"{{"Status": "Enabled", "Transitions": [{{"Days": 7, "StorageClass": "{}"}}]}}"#,
            class.api_name()
        ));
        assert_eq!(
            r.actions,
            [Action {
                kind: ActionKind::Transition(class),
                day: 7
            }]
        );
    }
}

/// Noncurrent-version actions become actions on days since a version became noncurrent,
/// transitions first, then the expiration; `NewerNoncurrentVersions` is kept beside its
/// action; `DaysAfterInitiation` is read (API_NoncurrentVersionTransition.html,
/// API_NoncurrentVersionExpiration.html, API_AbortIncompleteMultipartUpload.html).
#[test]
fn noncurrent_versions_and_incomplete_uploads_are_read() {
    let r = one(r#"{"Status": "Enabled",
            "NoncurrentVersionTransitions": [
                {"NoncurrentDays": 30, "StorageClass": "STANDARD_IA", "NewerNoncurrentVersions": 2},
                {"NoncurrentDays": 60, "StorageClass": "GLACIER"}],
            "NoncurrentVersionExpiration": {"NoncurrentDays": 90, "NewerNoncurrentVersions": 100},
            "AbortIncompleteMultipartUpload": {"DaysAfterInitiation": 7}}"#);
    assert!(r.actions.is_empty());
    assert!(r.not_checked.is_empty());
    let text: Vec<String> = r.noncurrent.iter().map(ToString::to_string).collect();
    assert_eq!(text, ["STANDARD_IA:30", "GLACIER:60", "expire:90"]);
    assert_eq!(
        r.newer_noncurrent_versions,
        [
            KeepNewer {
                action: r.noncurrent[0],
                versions: 2
            },
            KeepNewer {
                action: r.noncurrent[2],
                versions: 100
            }
        ]
    );
    assert_eq!(r.abort_incomplete_upload_days, Some(7));
    // Without NoncurrentDays (NewerNoncurrentVersions alone) the action is not checked.
    let r = one(r#"{"Status": "Enabled",
            "NoncurrentVersionTransitions": [{"StorageClass": "GLACIER", "NewerNoncurrentVersions": 3}],
            "NoncurrentVersionExpiration": {"NewerNoncurrentVersions": 5},
            "AbortIncompleteMultipartUpload": {}}"#);
    assert!(r.noncurrent.is_empty());
    assert_eq!(
        r.not_checked,
        [
            "NoncurrentVersionTransitions[0]",
            "NoncurrentVersionExpiration",
            "AbortIncompleteMultipartUpload"
        ]
    );
}

/// Noncurrent versions follow the current-version rules, counted from when a version became
/// noncurrent: Glacier IR at 4 days noncurrent, then Deep Archive no earlier than 4 + 90 = 94
/// (lifecycle-transition-general-considerations.html's example, for versions); expiration
/// "must be a non-zero positive integer" (API_NoncurrentVersionExpiration.html). A rule whose
/// current actions are valid but noncurrent ones are not is invalid.
#[test]
fn noncurrent_actions_are_checked_like_current_ones() {
    let text = r#"{"Rules": [{"ID": "versions", "Status": "Enabled", "Filter": {},
        "Expiration": {"Days": 365},
        "NoncurrentVersionTransitions": [
            {"NoncurrentDays": 4, "StorageClass": "GLACIER_IR"},
            {"NoncurrentDays": 50, "StorageClass": "DEEP_ARCHIVE"}],
        "NoncurrentVersionExpiration": {"NoncurrentDays": 0}}]}"#;
    let request = ConfigurationRequest {
        text: text.into(),
        source: "rules.json".into(),
        object_size: None,
        created: None,
        noncurrent_since: None,
    };
    let typed = configuration(&request, &mut book()).unwrap();
    assert_eq!(typed.counts(), (0, 1, 0));
    assert!(matches!(
        typed.rules[0].result.as_ref().unwrap().verdict,
        Verdict::Valid(_)
    ));
    let Verdict::Invalid(checked) = &typed.rules[0].noncurrent.as_ref().unwrap().verdict else {
        panic!("noncurrent actions are invalid")
    };
    let nearest: Vec<Option<u32>> = checked.violations.iter().map(|v| v.nearest_day).collect();
    assert_eq!(nearest, [Some(94), Some(95)]);
    // Repaired: GLACIER_IR:4, DEEP_ARCHIVE:94, expire:95 noncurrent days; billed 4 in
    // STANDARD, 90 in GLACIER_IR, 180 (Deep Archive's minimum) for 1 day: 274.
    let fixed = text
        .replace("50,", "94,")
        .replace("\"NoncurrentDays\": 0", "\"NoncurrentDays\": 95");
    let typed = configuration(
        &ConfigurationRequest {
            text: fixed,
            ..request
        },
        &mut book(),
    )
    .unwrap();
    assert_eq!(typed.counts(), (1, 0, 0));
    let Verdict::Valid(valid) = &typed.rules[0].noncurrent.as_ref().unwrap().verdict else {
        panic!("repaired")
    };
    assert_eq!(valid.billing.unwrap().billed_days, 274.into());
}

/// Every element at once, in the order not-checked elements are listed.
#[test]
fn a_rule_with_every_element_is_read_whole() {
    let r = one(r#"{"ID": "everything", "Status": "Disabled",
            "Filter": {"And": {"Prefix": "a/", "Tags": [{"Key": "k", "Value": "v"}],
                "ObjectSizeGreaterThan": 131072, "ObjectSizeLessThan": 1048576}},
            "Transitions": [{"Date": "2026-01-01", "StorageClass": "ONEZONE_IA"},
                {"Days": 90, "StorageClass": "GLACIER_IR"}],
            "Expiration": {"Date": "2027-01-01T00:00:00Z"},
            "NoncurrentVersionTransitions": [{"NoncurrentDays": 30, "StorageClass": "GLACIER"}],
            "NoncurrentVersionExpiration": {"NoncurrentDays": 365},
            "AbortIncompleteMultipartUpload": {"DaysAfterInitiation": 3}}"#);
    assert_eq!(
        r,
        ConfigRule {
            name: "everything".into(),
            id_given: true,
            enabled: false,
            actions: vec![Action {
                kind: ActionKind::Transition(StorageClass::GlacierIr),
                day: 90
            }],
            size_greater_than: Some(131_072),
            noncurrent: vec![
                Action {
                    kind: ActionKind::Transition(StorageClass::Glacier),
                    day: 30
                },
                Action {
                    kind: ActionKind::Expire,
                    day: 365
                }
            ],
            newer_noncurrent_versions: vec![],
            expired_object_delete_marker: None,
            abort_incomplete_upload_days: Some(3),
            not_checked: [
                "Transitions[0].Date",
                "Expiration.Date",
                "Filter.ObjectSizeLessThan",
            ]
            .map(String::from)
            .to_vec(),
        }
    );
}

/// `get-bucket-lifecycle-configuration` prints TransitionDefaultMinimumObjectSize beside the
/// rules (API_GetBucketLifecycleConfiguration); its output is read as it is.
#[test]
fn get_bucket_lifecycle_configuration_output_is_read() {
    for size in ["all_storage_classes_128K", "varies_by_storage_class"] {
        let rules = parse_configuration(&format!(
            r#"{{"TransitionDefaultMinimumObjectSize": "{size}", "Rules": [{{"ID": "x",
                "Filter": {{"Prefix": ""}}, "Status": "Enabled",
                "Transitions": [{{"Days": 30, "StorageClass": "GLACIER"}}]}}]}}"#
        ))
        .unwrap();
        assert_eq!(actions(&rules[0]), ["GLACIER:30"]);
    }
}

#[test]
fn text_that_is_not_json_names_its_line() {
    for (text, fragments) in [
        (
            "{",
            vec!["`{`: not JSON (line 1, column 1: EOF while parsing an object)"],
        ),
        (
            "{\n  \"Rules\": [\n    {\"ID\": \"a\",, \"Status\": \"Enabled\"}\n  ]\n}",
            vec![
                "`{\"ID\": \"a\",, \"Status\": \"Enabled\"}`",
                "not JSON (line 3, column 16",
            ],
        ),
        (
            r#"{"Rules": [{"Status": "Enabled"}]} trailing"#,
            vec!["not JSON (line 1, column 36: trailing characters)"],
        ),
    ] {
        let err = parse_configuration(text).unwrap_err().to_string();
        for f in fragments {
            assert!(err.contains(f), "{text}: {err} lacks {f}");
        }
    }
}

/// Each refusal names the JSON path, and the rule's ID when it has one, in one lowercase line:
/// serde's reason for a value of the wrong type or range, S3's rule for values together.
#[test]
#[allow(clippy::too_many_lines)] // one table: each input beside its message
fn errors_name_the_json_path_and_the_rule() {
    let at = "invalid lifecycle configuration at";
    for (json, message) in [
        (
            r#"{"Rules": [{"ID": "a", "Status": "Enabled"}, {"ID": "b", "Status": "Enabled",
                "Transitions": [{"Days": "30", "StorageClass": "GLACIER"}]}]}"#,
            format!(
                r#"{at} Rules[1].Transitions[0].Days (rule `b`): invalid type: string "30", expected a whole number of days"#
            ),
        ),
        (
            r#"{"Rules": [{"Status": "Enabled", "Transitions": [{"Days": -5, "StorageClass": "GLACIER"}]}]}"#,
            format!(
                "{at} Rules[0].Transitions[0].Days: invalid value: integer `-5`, expected a whole number of days, 0 or more"
            ),
        ),
        (
            r#"{"Rules": [{"ID": "b", "Status": "Enabled", "Transitions": [{"Days": 30.5, "StorageClass": "GLACIER"}]}]}"#,
            format!(
                "{at} Rules[0].Transitions[0].Days (rule `b`): invalid type: floating point `30.5`, expected a whole number of days"
            ),
        ),
        (
            r#"{"Rules": [{"ID": "b", "Status": "Enabled", "Expiration": {"Days": 100001}}]}"#,
            format!(
                "{at} Rules[0].Expiration.Days (rule `b`): invalid value: integer `100001`, expected a whole number of days up to 100,000"
            ),
        ),
        (
            r#"{"Rules": [{"ID": "b", "Status": "Enabled", "Expiration": {"Days": 99999999999999999999999}}]}"#,
            format!(
                "{at} Rules[0].Expiration.Days (rule `b`): invalid value: integer 100000000000000000000000, expected a whole number of days up to 100,000"
            ),
        ),
        (
            r#"{"Rules": [{"ID": "c", "Status": "Enabled", "Transitions": [{"Days": 30, "StorageClass": "FROZEN"}]}]}"#,
            format!(
                r#"{at} Rules[0].Transitions[0].StorageClass (rule `c`): invalid value: string "FROZEN", expected one of GLACIER, STANDARD_IA, ONEZONE_IA, INTELLIGENT_TIERING, DEEP_ARCHIVE, GLACIER_IR"#
            ),
        ),
        (
            r#"{"Rules": [{"ID": "c", "Status": "Enabled", "Transitions": [{"Days": 30, "StorageClass": "Glacier"}]}]}"#,
            format!(
                r#"{at} Rules[0].Transitions[0].StorageClass (rule `c`): invalid value: string "Glacier", expected the API name GLACIER"#
            ),
        ),
        (
            r#"{"Rules": [{"ID": "c", "Status": "Enabled", "Transitions": [{"Days": 30}]}]}"#,
            format!("{at} Rules[0].Transitions[0] (rule `c`): missing field `StorageClass`"),
        ),
        (
            r#"{"Rules": [{"ID": "a"}]}"#,
            format!("{at} Rules[0] (rule `a`): missing field `Status`"),
        ),
        (
            r#"{"Rules": [{"ID": "a", "Status": "On"}]}"#,
            format!(
                r#"{at} Rules[0].Status (rule `a`): invalid value: string "On", expected Enabled or Disabled"#
            ),
        ),
        (
            r#"{"Rules": [{"ID": 7, "Status": "Enabled"}]}"#,
            format!("{at} Rules[0].ID: invalid type: integer `7`, expected a string"),
        ),
        (
            r#"{"Rules": [{"ID": "d", "Status": "Enabled", "Transitions": [{"Days": 3, "Date": "2026-01-01", "StorageClass": "GLACIER"}]}]}"#,
            format!(
                r#"{at} Rules[0].Transitions[0] (rule `d`): Days and Date are both given, expected one of them, like "Days": 30 (S3 takes Days or Date)"#
            ),
        ),
        (
            r#"{"Rules": [{"ID": "d", "Status": "Enabled", "Transitions": [{"StorageClass": "GLACIER"}]}]}"#,
            format!(
                r#"{at} Rules[0].Transitions[0] (rule `d`): neither Days nor Date is given, expected one of them, like "Days": 30 (S3 takes Days or Date)"#
            ),
        ),
        (
            r#"{"Rules": [{"ID": "d", "Status": "Enabled", "Transitions": [{"Date": "next week", "StorageClass": "GLACIER"}]}]}"#,
            format!(
                r#"{at} Rules[0].Transitions[0].Date (rule `d`): invalid value: string "next week", expected an ISO 8601 date, like 2026-01-01T00:00:00Z"#
            ),
        ),
        (
            r#"{"Rules": [{"ID": "e", "Status": "Enabled", "Expiration": {"Days": 3, "Date": "2026-01-01"}}]}"#,
            format!(
                "{at} Rules[0].Expiration (rule `e`): Days and Date are given together, expected one of Days, Date or ExpiredObjectDeleteMarker (S3 takes ExpiredObjectDeleteMarker only without Days or Date)"
            ),
        ),
        (
            r#"{"Rules": [{"ID": "e", "Status": "Enabled", "Expiration": {"Days": 3, "ExpiredObjectDeleteMarker": true}}]}"#,
            format!(
                "{at} Rules[0].Expiration (rule `e`): Days and ExpiredObjectDeleteMarker are given together, expected one of Days, Date or ExpiredObjectDeleteMarker (S3 takes ExpiredObjectDeleteMarker only without Days or Date)"
            ),
        ),
        (
            r#"{"Rules": [{"ID": "e", "Status": "Enabled", "Expiration": {"ExpiredObjectDeleteMarker": "yes"}}]}"#,
            format!(
                r#"{at} Rules[0].Expiration.ExpiredObjectDeleteMarker (rule `e`): invalid type: string "yes", expected a boolean"#
            ),
        ),
        (
            r#"{"Rules": [{"ID": "f", "Status": "Enabled", "Filter": {"Prefix": "logs/", "ObjectSizeGreaterThan": 500}}]}"#,
            format!(
                "{at} Rules[0].Filter (rule `f`): Prefix and ObjectSizeGreaterThan are given together, expected exactly one of Prefix, Tag, ObjectSizeGreaterThan, ObjectSizeLessThan or And (to match on more than one, put them all in And)"
            ),
        ),
        (
            r#"{"Rules": [{"ID": "f", "Status": "Enabled", "Filter": {"ObjectSizeGreaterThan": -1}}]}"#,
            format!(
                "{at} Rules[0].Filter.ObjectSizeGreaterThan (rule `f`): invalid value: integer `-1`, expected a whole number of bytes, 0 or more"
            ),
        ),
        (
            r#"{"Rules": [{"ID": "f", "Status": "Enabled", "Filter": {"And": {"Tags": [{"Value": "v"}]}}}]}"#,
            format!("{at} Rules[0].Filter.And.Tags[0] (rule `f`): missing field `Key`"),
        ),
        (
            r#"{"Rules": [{"ID": "f", "Status": "Enabled", "Filter": "logs/"}]}"#,
            format!(
                r#"{at} Rules[0].Filter (rule `f`): invalid type: string "logs/", expected a filter object, like {{"Prefix": "logs/"}} or {{}}"#
            ),
        ),
        (
            r#"{"Rules": [{"ID": "g", "Status": "Enabled", "NoncurrentVersionExpiration": {"NoncurrentDays": 30, "NewerNoncurrentVersions": 101}}]}"#,
            format!(
                "{at} Rules[0].NoncurrentVersionExpiration.NewerNoncurrentVersions (rule `g`): invalid value: integer `101`, expected a whole number of versions up to 100"
            ),
        ),
        (
            r#"{"Rules": [{"ID": "g", "Status": "Enabled", "AbortIncompleteMultipartUpload": {"DaysAfterInitiation": "7"}}]}"#,
            format!(
                r#"{at} Rules[0].AbortIncompleteMultipartUpload.DaysAfterInitiation (rule `g`): invalid type: string "7", expected a whole number of days"#
            ),
        ),
        (
            r#"{"Rules": [{"ID": "h", "Status": "Enabled", "Expiraton": {"Days": 3}}]}"#,
            format!(
                "{at} Rules[0].Expiraton (rule `h`): unknown field `Expiraton`, expected one of `ID`, `Status`, `Filter`, `Prefix`, `Transitions`, `Expiration`, `NoncurrentVersionTransitions`, `NoncurrentVersionExpiration`, `AbortIncompleteMultipartUpload`"
            ),
        ),
        (
            r#"{"Rules": [{"ID": "h", "Status": "Enabled", "Transitions": [{"days": 3, "StorageClass": "GLACIER"}]}]}"#,
            format!(
                "{at} Rules[0].Transitions[0].days (rule `h`): unknown field `days`, expected one of `Days`, `Date`, `StorageClass`"
            ),
        ),
        (
            r#"{"Rules": [{"Status": "Enabled"}], "Bucket": "logs"}"#,
            format!(
                "{at} Bucket: unknown field `Bucket`, expected `Rules` or `TransitionDefaultMinimumObjectSize`"
            ),
        ),
        (
            r#"{"Rules": []}"#,
            format!("{at} Rules: the list is empty, expected at least one rule"),
        ),
        (
            r#"{"rules": []}"#,
            format!(
                "{at} rules: unknown field `rules`, expected `Rules` or `TransitionDefaultMinimumObjectSize`"
            ),
        ),
        (r"{}", format!("{at} the top level: missing field `Rules`")),
    ] {
        let err = parse_configuration(json).unwrap_err();
        assert_eq!(err.to_string(), message, "{json}");
        assert_eq!(err.kind(), "invalid");
        assert!(!message.contains('\n'));
    }
}

/// JSON that is not an object at the top: the error says what the top level should be.
#[test]
fn a_top_level_that_is_not_an_object_is_refused() {
    for json in ["[]", "\"rules.json\"", "3", "null"] {
        let err = parse_configuration(json).unwrap_err().to_string();
        assert!(
            err.starts_with("invalid lifecycle configuration at the top level: ")
                && err.contains("expected a lifecycle configuration as the AWS CLI takes it"),
            "{json}: {err}"
        );
    }
}

/// A key or an ID with a line break in it is quoted escaped: the message stays one line.
#[test]
fn an_error_stays_one_line_whatever_it_quotes() {
    for json in [
        r#"{"Rules": [{"ID": "two\nlines", "Status": "On"}]}"#,
        r#"{"Rules": [{"Status": "Enabled", "Transitions": [{"Days": 1, "StorageClass": "GLACIER"}], "Filter": {"Prefix": "a", "Tag": {"Key": "k"}}, "ID": "x\ty"}]}"#,
        r#"{"Rules": [{"Status": "Enabled", "Expi\nration": {}}]}"#,
    ] {
        let err = parse_configuration(json).unwrap_err().to_string();
        assert!(!err.contains(['\n', '\t']), "{err}");
        assert!(err.contains("\\n") || err.contains("\\t"), "{err}");
    }
}

/// What is allowed is there for `--json` errors, apart from the reason.
#[test]
fn an_error_says_what_is_allowed_apart() {
    let err = parse_configuration(r#"{"Rules": [{"Status": "on"}]}"#).unwrap_err();
    assert_eq!(err.allowed().as_deref(), Some("Enabled or Disabled"));
    let Error::InvalidAt {
        path, rule, reason, ..
    } = err
    else {
        panic!("{err:?}")
    };
    assert_eq!(path, "Rules[0].Status");
    assert_eq!(rule, None);
    assert_eq!(reason, r#"invalid value: string "on""#);
}

mod round_trip {
    //! Rules made at random, written as JSON through the shape's own structs, read back.
    use proptest::prelude::*;

    use super::super::shape::{
        AbortIncompleteMultipartUpload, And, Bytes, Configuration, Date, Days, Expiration, Filter,
        MinimumObjectSize, NoncurrentVersionExpiration, NoncurrentVersionTransition, Rule, Status,
        Tag, Transition, TransitionClass, Versions,
    };
    use super::*;

    /// A transition or expiration by days, or by date.
    #[derive(Debug, Clone)]
    enum When {
        Days(u32),
        Date(String),
    }

    /// An expiration's one element.
    #[derive(Debug, Clone)]
    enum Expire {
        When(When),
        DeleteMarker(bool),
    }

    /// A filter's one element, or none.
    #[derive(Debug, Clone)]
    enum Only {
        Absent,
        Empty,
        Prefix(String),
        Tag(Option<String>),
        GreaterThan(u64),
        LessThan(u64),
        And {
            greater_than: Option<u64>,
            less_than: Option<u64>,
            tags: usize,
        },
    }

    /// A rule as the test makes it up.
    #[derive(Debug, Clone)]
    struct Made {
        id: Option<String>,
        enabled: bool,
        prefix: Option<String>,
        filter: Only,
        transitions: Vec<(StorageClass, When)>,
        expiration: Option<Expire>,
        noncurrent: (bool, bool, bool),
    }

    fn when() -> impl Strategy<Value = When> {
        prop_oneof![
            3 => (0..=100_000u32).prop_map(When::Days),
            1 => prop::sample::select(vec!["2026-01-01", "2026-07-16T00:00:00Z", "2030-12-31T00:00:00.000Z"])
                .prop_map(|d| When::Date(d.to_string())),
        ]
    }

    fn only() -> impl Strategy<Value = Only> {
        prop_oneof![
            Just(Only::Absent),
            Just(Only::Empty),
            "\\PC{0,8}".prop_map(Only::Prefix),
            prop::option::of("\\PC{0,8}").prop_map(Only::Tag),
            any::<u64>().prop_map(Only::GreaterThan),
            any::<u64>().prop_map(Only::LessThan),
            (
                prop::option::of(any::<u64>()),
                prop::option::of(any::<u64>()),
                0..3usize
            )
                .prop_map(|(greater_than, less_than, tags)| Only::And {
                    greater_than,
                    less_than,
                    tags
                }),
        ]
    }

    fn made() -> impl Strategy<Value = Made> {
        (
            prop::option::of("\\PC{0,12}"),
            any::<bool>(),
            prop::option::of("[a-z/]{0,6}"),
            only(),
            prop::collection::vec(
                (prop::sample::select(StorageClass::ALL.to_vec()), when()),
                0..4,
            ),
            prop::option::of(prop_oneof![
                when().prop_map(Expire::When),
                any::<bool>().prop_map(Expire::DeleteMarker),
            ]),
            (any::<bool>(), any::<bool>(), any::<bool>()),
        )
            .prop_map(
                |(id, enabled, prefix, filter, transitions, expiration, noncurrent)| Made {
                    id,
                    enabled,
                    prefix,
                    filter,
                    transitions,
                    expiration,
                    noncurrent,
                },
            )
    }

    fn days_or_date(when: &When) -> (Option<Days>, Option<Date>) {
        match when {
            When::Days(d) => (Some(Days(*d)), None),
            When::Date(d) => (None, Some(Date(d.clone()))),
        }
    }

    /// The rule in AWS's shape.
    fn shaped(made: &Made) -> Rule {
        let tag = |n: usize| Tag {
            key: format!("k{n}"),
            value: Some(format!("v{n}")),
        };
        let filter = match &made.filter {
            Only::Absent => None,
            Only::Empty => Some(Filter::default()),
            Only::Prefix(p) => Some(Filter {
                prefix: Some(p.clone()),
                ..Filter::default()
            }),
            Only::Tag(value) => Some(Filter {
                tag: Some(Tag {
                    key: "class".into(),
                    value: value.clone(),
                }),
                ..Filter::default()
            }),
            Only::GreaterThan(b) => Some(Filter {
                object_size_greater_than: Some(Bytes(*b)),
                ..Filter::default()
            }),
            Only::LessThan(b) => Some(Filter {
                object_size_less_than: Some(Bytes(*b)),
                ..Filter::default()
            }),
            Only::And {
                greater_than,
                less_than,
                tags,
            } => Some(Filter {
                and: Some(And {
                    prefix: Some("logs/".into()),
                    tags: Some((0..*tags).map(tag).collect()),
                    object_size_greater_than: greater_than.map(Bytes),
                    object_size_less_than: less_than.map(Bytes),
                }),
                ..Filter::default()
            }),
        };
        let (noncurrent_transitions, noncurrent_expiration, abort) = made.noncurrent;
        Rule {
            id: made.id.clone(),
            status: if made.enabled {
                Status::Enabled
            } else {
                Status::Disabled
            },
            filter,
            prefix: made.prefix.clone(),
            transitions: (!made.transitions.is_empty()).then(|| {
                made.transitions
                    .iter()
                    .map(|(class, when)| {
                        let (days, date) = days_or_date(when);
                        Transition {
                            days,
                            date,
                            storage_class: TransitionClass(*class),
                        }
                    })
                    .collect()
            }),
            expiration: made.expiration.as_ref().map(|e| match e {
                Expire::When(when) => {
                    let (days, date) = days_or_date(when);
                    Expiration {
                        days,
                        date,
                        expired_object_delete_marker: None,
                    }
                }
                Expire::DeleteMarker(b) => Expiration {
                    expired_object_delete_marker: Some(*b),
                    ..Expiration::default()
                },
            }),
            noncurrent_version_transitions: noncurrent_transitions.then(|| {
                vec![NoncurrentVersionTransition {
                    noncurrent_days: Some(Days(30)),
                    storage_class: TransitionClass(StorageClass::Glacier),
                    newer_noncurrent_versions: Some(Versions(3)),
                }]
            }),
            noncurrent_version_expiration: noncurrent_expiration.then_some(
                NoncurrentVersionExpiration {
                    noncurrent_days: Some(Days(90)),
                    newer_noncurrent_versions: None,
                },
            ),
            abort_incomplete_multipart_upload: abort.then_some(AbortIncompleteMultipartUpload {
                days_after_initiation: Some(Days(7)),
            }),
        }
    }

    /// The rule as awscalc should read it, from the mapping docs/s3.md gives.
    fn expected(i: usize, made: &Made) -> ConfigRule {
        let (name, id_given) = match made.id.as_deref() {
            Some(id) if !id.is_empty() => (id.to_string(), true),
            _ => (format!("Rules[{i}]"), false),
        };
        let mut actions = Vec::new();
        let mut not_checked = Vec::new();
        for (j, (class, when)) in made.transitions.iter().enumerate() {
            match when {
                When::Days(day) => actions.push(Action {
                    kind: ActionKind::Transition(*class),
                    day: *day,
                }),
                When::Date(_) => not_checked.push(format!("Transitions[{j}].Date")),
            }
        }
        match &made.expiration {
            Some(Expire::When(When::Days(day))) => actions.push(Action {
                kind: ActionKind::Expire,
                day: *day,
            }),
            Some(Expire::When(When::Date(_))) => not_checked.push("Expiration.Date".into()),
            Some(Expire::DeleteMarker(_)) | None => {}
        }
        let expired_object_delete_marker = match &made.expiration {
            Some(Expire::DeleteMarker(b)) => Some(*b),
            _ => None,
        };
        // As shaped(): GLACIER at 30 noncurrent days keeping 3 newer versions, expiration at
        // 90, aborting after 7 days.
        let (transitions, expiration, abort) = made.noncurrent;
        let mut noncurrent = Vec::new();
        let mut newer_noncurrent_versions = Vec::new();
        if transitions {
            let action = Action {
                kind: ActionKind::Transition(StorageClass::Glacier),
                day: 30,
            };
            noncurrent.push(action);
            newer_noncurrent_versions.push(KeepNewer {
                action,
                versions: 3,
            });
        }
        if expiration {
            noncurrent.push(Action {
                kind: ActionKind::Expire,
                day: 90,
            });
        }
        let (size_greater_than, less_than) = match &made.filter {
            Only::GreaterThan(bytes) => (Some(*bytes), false),
            Only::LessThan(_) => (None, true),
            Only::And {
                greater_than,
                less_than,
                ..
            } => (*greater_than, less_than.is_some()),
            _ => (None, false),
        };
        if less_than {
            not_checked.push("Filter.ObjectSizeLessThan".into());
        }
        ConfigRule {
            name,
            id_given,
            enabled: made.enabled,
            actions,
            size_greater_than,
            noncurrent,
            newer_noncurrent_versions,
            expired_object_delete_marker,
            abort_incomplete_upload_days: abort.then_some(7),
            not_checked,
        }
    }

    proptest! {
        /// Any configuration written from random rules (every element AWS defines, every
        /// filter form) reads back as the same rules, and as the same structs.
        #[test]
        fn prop_serialized_rules_parse_back_the_same(
            rules in prop::collection::vec(made(), 1..5),
            minimum in prop::option::of(prop::sample::select(vec![
                MinimumObjectSize::AllStorageClasses128K,
                MinimumObjectSize::VariesByStorageClass,
            ])),
            pretty in any::<bool>(),
        ) {
            let configuration = Configuration {
                rules: rules.iter().map(shaped).collect(),
                transition_default_minimum_object_size: minimum,
            };
            let text = if pretty {
                serde_json::to_string_pretty(&configuration)
            } else {
                serde_json::to_string(&configuration)
            }
            .unwrap();
            let read: Configuration = serde_json::from_str(&text).unwrap();
            prop_assert_eq!(read, configuration);
            let expected: Vec<ConfigRule> =
                rules.iter().enumerate().map(|(i, made)| expected(i, made)).collect();
            prop_assert_eq!(parse_configuration(&text).unwrap(), expected);
        }
    }
}

mod odd_values {
    //! Configurations made of AWS's element names with any values in any nesting.
    use proptest::prelude::*;
    use serde_json::{json, Map, Value as Json};

    use super::*;

    fn key() -> impl Strategy<Value = String> {
        prop_oneof![
            8 => prop::sample::select(vec![
                "Rules", "ID", "Status", "Filter", "Prefix", "Tag", "Key", "Value", "And",
                "Tags", "ObjectSizeGreaterThan", "ObjectSizeLessThan", "Transitions", "Days",
                "Date", "StorageClass", "Expiration", "ExpiredObjectDeleteMarker",
                "NoncurrentVersionTransitions", "NoncurrentDays", "NewerNoncurrentVersions",
                "NoncurrentVersionExpiration", "AbortIncompleteMultipartUpload",
                "DaysAfterInitiation", "TransitionDefaultMinimumObjectSize",
            ])
            .prop_map(String::from),
            1 => "\\PC{0,4}|[\\n\\t\\u{0}a-z]{1,3}",
        ]
    }

    fn value() -> impl Strategy<Value = Json> {
        let leaf = prop_oneof![
            Just(Json::Null),
            any::<bool>().prop_map(Json::from),
            any::<i64>().prop_map(Json::from),
            any::<u64>().prop_map(Json::from),
            any::<f64>().prop_map(Json::from),
            prop::sample::select(vec![
                "Enabled",
                "Disabled",
                "GLACIER",
                "STANDARD_IA",
                "ia",
                "2026-01-01",
                "",
                "x\ny",
            ])
            .prop_map(Json::from),
        ];
        leaf.prop_recursive(4, 40, 5, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..4).prop_map(Json::Array),
                prop::collection::vec((key(), inner), 0..5)
                    .prop_map(|pairs| Json::Object(pairs.into_iter().collect::<Map<_, _>>())),
            ]
        })
    }

    proptest! {
        /// No configuration, however odd its values, panics the reader; every refusal is one
        /// line that starts lowercase.
        #[test]
        fn prop_odd_values_are_refused_in_one_lowercase_line(
            fields in prop::collection::vec((key(), value()), 0..6),
            status in prop::sample::select(vec!["Enabled", "Disabled"]),
        ) {
            let mut rule: Map<String, Json> = fields.into_iter().collect();
            rule.entry("Status").or_insert_with(|| json!(status));
            let text = json!({"Rules": [rule]}).to_string();
            if let Err(e) = parse_configuration(&text) {
                let message = e.to_string();
                prop_assert!(!message.contains(['\n', '\r', '\t']), "{}", message);
                prop_assert!(message.starts_with(|c: char| c.is_ascii_lowercase()), "{}", message);
            }
        }
    }
}

/// AWS's worked example for noncurrent versions (intro-lifecycle-rules.html): the successor
/// is created 2014-01-15 10:30 UTC and the rule says 3 days, so the noncurrent version's
/// transition is due 2014-01-19 00:00 UTC (10:30 + 3 days = 2014-01-18 10:30, rounded up to
/// the next midnight). Its expiration at 95 days: 2014-04-20 10:30 → 2014-04-21 00:00. The
/// current-version expiration keeps its own start, `created` (2014-01-01 10:30 + 30 days =
/// 2014-01-31 10:30 → 2014-02-01 00:00).
#[test]
fn noncurrent_actions_are_dated_from_when_the_version_became_noncurrent() {
    let json = r#"{"Rules": [{"ID": "v", "Status": "Enabled", "Filter": {},
        "Expiration": {"Days": 30},
        "NoncurrentVersionTransitions": [{"NoncurrentDays": 3, "StorageClass": "GLACIER"}],
        "NoncurrentVersionExpiration": {"NoncurrentDays": 95}}]}"#;
    let typed = configuration(
        &ConfigurationRequest {
            text: json.into(),
            source: "v.json".into(),
            object_size: None,
            created: Some("2014-01-01T10:30Z".parse().unwrap()),
            noncurrent_since: Some("2014-01-15T10:30Z".parse().unwrap()),
        },
        &mut book(),
    )
    .unwrap();
    let dates = |part: &Option<crate::calc::s3::lifecycle::Lifecycle>| match &part
        .as_ref()
        .unwrap()
        .verdict
    {
        Verdict::Valid(valid) => valid
            .schedule
            .iter()
            .map(|due| due.eligible.eligible.to_string())
            .collect::<Vec<_>>(),
        Verdict::Invalid(_) => panic!("valid"),
    };
    assert_eq!(
        dates(&typed.rules[0].noncurrent),
        ["2014-01-19T00:00:00", "2014-04-21T00:00:00"]
    );
    assert_eq!(dates(&typed.rules[0].result), ["2014-02-01T00:00:00"]);
}
