//! `awscalc s3 lifecycle --file rules.json`: a lifecycle configuration as
//! `aws s3api put-bucket-lifecycle-configuration --lifecycle-configuration file://rules.json`
//! takes it, each rule checked as the short syntax is.
//!
//! The JSON is read into `shape`'s structs, one per type of the S3 API reference
//! (<https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketLifecycleConfiguration.html>),
//! then each rule becomes a [`ConfigRule`]: `ID`, `Status`, the `Days` of each transition
//! and of the expiration, the `NoncurrentDays` of each noncurrent-version transition and of
//! the noncurrent-version expiration (with `NewerNoncurrentVersions`),
//! `ExpiredObjectDeleteMarker`, `AbortIncompleteMultipartUpload.DaysAfterInitiation`, and
//! `Filter.ObjectSizeGreaterThan` (also inside `Filter.And`). Noncurrent versions are checked
//! by the same rules as current ones, their days counted from when a version became
//! noncurrent (intro-lifecycle-rules.html). Date-based actions, a noncurrent action without
//! `NoncurrentDays` and `ObjectSizeLessThan` are listed as not checked. A value that does
//! not fit is refused naming its JSON path: ``invalid lifecycle configuration at
//! Rules[1].Transitions[0].Days (rule `archive`): invalid type: string "30", expected a whole
//! number of days``. The parser is pure: it takes the JSON text, and the binary reads the file.

mod shape;
#[cfg(test)]
mod tests;

use serde::Serialize;
use serde_path_to_error::Segment;

use super::lifecycle::{self, Action, ActionKind, Lifecycle, LifecycleRequest, Verdict};
use super::timing::Created;
use super::{Problem, TogetherIn};
use crate::error::{one_line, Error};
use crate::facts::FactBook;
use crate::units::Size;

pub(crate) const SHAPE: &str = "a lifecycle configuration as the AWS CLI takes it: \
{\"Rules\": [{\"ID\": \"archive\", \"Status\": \"Enabled\", \"Filter\": {}, \
\"Transitions\": [{\"Days\": 30, \"StorageClass\": \"GLACIER\"}], \"Expiration\": {\"Days\": 365}}]}";

const WHAT: &str = "lifecycle configuration";

/// One rule of a configuration, as awscalc checks it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ConfigRule {
    /// `ID`, or `Rules[2]` when the rule has none.
    pub name: String,
    /// Whether `name` is the rule's `ID` (not its place).
    pub id_given: bool,
    /// Whether `Status` is `Enabled`.
    pub enabled: bool,
    /// The Days-based transitions and expiration, in the order given.
    pub actions: Vec<Action>,
    /// `Filter.ObjectSizeGreaterThan`, in bytes.
    pub size_greater_than: Option<u64>,
    /// The noncurrent-version transitions and expiration, their days counted from when a
    /// version became noncurrent, in the order given.
    pub noncurrent: Vec<Action>,
    /// `NewerNoncurrentVersions` of each noncurrent action that has it.
    pub newer_noncurrent_versions: Vec<KeepNewer>,
    /// `Expiration.ExpiredObjectDeleteMarker`.
    pub expired_object_delete_marker: Option<bool>,
    /// `AbortIncompleteMultipartUpload.DaysAfterInitiation`.
    pub abort_incomplete_upload_days: Option<u32>,
    /// Elements present but not checked (`Expiration.Date`, `Filter.ObjectSizeLessThan`).
    pub not_checked: Vec<String>,
}

impl ConfigRule {
    /// Whether the rule's only actions are a delete-marker expiration or an abort of
    /// incomplete multipart uploads (nothing Days-based to check).
    #[must_use]
    pub fn only_cleanup(&self) -> bool {
        self.actions.is_empty()
            && self.noncurrent.is_empty()
            && (self.expired_object_delete_marker.is_some()
                || self.abort_incomplete_upload_days.is_some())
    }
}

/// A noncurrent-version action's `NewerNoncurrentVersions`: S3 acts on a version only once
/// it is `NoncurrentDays` noncurrent *and* more than `versions` newer noncurrent versions
/// exist (API_NoncurrentVersionExpiration.html: "You can specify up to 100").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct KeepNewer {
    /// The action.
    pub action: Action,
    /// The newer noncurrent versions kept.
    pub versions: u32,
}

/// Reads a lifecycle configuration's rules from its JSON text.
///
/// # Errors
/// [`Error::Invalid`] for text that is not JSON, with its line and column.
/// [`Error::InvalidAt`] naming the JSON path (and the rule's ID) of the first value that does
/// not fit: a field AWS does not define, a missing `Rules`, `Status` or `StorageClass`, a
/// `Status` other than `Enabled`/`Disabled`, days that are not whole numbers from 0 to
/// 100,000, a storage class S3 does not name so, no rule at all, `Days` and `Date` together
/// (or neither, in a transition), `ExpiredObjectDeleteMarker` beside `Days` or `Date`, a
/// filter with more than one element outside `And`.
pub fn parse_configuration(text: &str) -> Result<Vec<ConfigRule>, Error> {
    let mut reader = serde_json::Deserializer::from_str(text);
    let configuration: shape::Configuration =
        serde_path_to_error::deserialize(&mut reader).map_err(|e| read_error(text, &e))?;
    reader.end().map_err(|e| not_json(text, &e))?;
    rules(&configuration)
}

/// Text that is not JSON: the line, where, and serde_json's reason.
fn not_json(text: &str, e: &serde_json::Error) -> Error {
    let line = text
        .lines()
        .nth(e.line().saturating_sub(1))
        .unwrap_or("")
        .trim();
    Problem::ConfigNotJson {
        input: line.chars().take(60).collect(),
        line: e.line(),
        column: e.column(),
        reason: crate::error::json_reason(e),
    }
    .into()
}

/// A value that does not fit, at its path, with the ID of the rule it is in.
fn read_error(text: &str, e: &serde_path_to_error::Error<serde_json::Error>) -> Error {
    let inner = e.inner();
    if inner.is_syntax() || inner.is_eof() {
        return not_json(text, inner);
    }
    let segments: Vec<&Segment> = e.path().iter().collect();
    let rule = match segments.as_slice() {
        [Segment::Map { key }, Segment::Seq { index }, ..] if key == "Rules" => Some(*index),
        _ => None,
    };
    // The rule's ID, read again from the text, for a message the user can find the rule by.
    let id = rule.and_then(|i| {
        let json: serde_json::Value = serde_json::from_str(text).ok()?;
        Some(json.get("Rules")?.get(i)?.get("ID")?.as_str()?.to_string())
    });
    let message = one_line(&crate::error::json_reason(inner));
    let (reason, expected) = match message.rsplit_once(", expected ") {
        Some((reason, expected)) => (reason.to_string(), Some(expected.to_string())),
        None => (message, None),
    };
    Error::InvalidAt {
        what: WHAT,
        path: if segments.is_empty() {
            "the top level".into()
        } else {
            one_line(&e.path().to_string())
        },
        rule: id.filter(|id| !id.is_empty()).map(|id| one_line(&id)),
        reason,
        expected,
    }
}

/// A refusal at `path` in the rule with ID `id`, of fixed words (a refusal that names
/// numbers or fields is a [`Problem`]).
fn refuse(path: String, id: Option<&str>, reason: &'static str, expected: &'static str) -> Error {
    Error::InvalidAt {
        what: WHAT,
        path,
        rule: id.filter(|id| !id.is_empty()).map(one_line),
        reason: reason.into(),
        expected: Some(expected.to_string()),
    }
}

/// Elements given together at `path` in the rule with ID `id`.
fn together(
    path: String,
    id: Option<&str>,
    given: Vec<&'static str>,
    element: TogetherIn,
) -> Error {
    Problem::ElementsTogether {
        path,
        rule: id.filter(|id| !id.is_empty()).map(one_line),
        given,
        element,
    }
    .into()
}

/// The names of the fields given, as AWS spells them.
fn given<const N: usize>(fields: [(&'static str, bool); N]) -> Vec<&'static str> {
    fields
        .into_iter()
        .filter_map(|(name, present)| present.then_some(name))
        .collect()
}

/// Each rule as awscalc checks it, after what S3 says about values together.
fn rules(configuration: &shape::Configuration) -> Result<Vec<ConfigRule>, Error> {
    if configuration.rules.is_empty() {
        return Err(refuse(
            "Rules".into(),
            None,
            "the list is empty",
            "at least one rule",
        ));
    }
    configuration
        .rules
        .iter()
        .enumerate()
        .map(|(i, rule)| config_rule(i, rule))
        .collect()
}

/// One rule: its name, status, Days-based actions, size filter, and what is not checked, in
/// the order the elements are listed here.
fn config_rule(i: usize, rule: &shape::Rule) -> Result<ConfigRule, Error> {
    let place = format!("Rules[{i}]");
    let id = rule.id.as_deref().filter(|id| !id.is_empty());
    let (name, id_given) = match id {
        Some(id) => (id.to_string(), true),
        None => (place.clone(), false),
    };
    let mut not_checked = Vec::new();
    let actions = actions(rule, &place, id, &mut not_checked)?;
    let (noncurrent, newer_noncurrent_versions) = noncurrent(rule, &mut not_checked);
    let abort_incomplete_upload_days = match &rule.abort_incomplete_multipart_upload {
        Some(abort) => {
            if abort.days_after_initiation.is_none() {
                not_checked.push("AbortIncompleteMultipartUpload".into());
            }
            abort.days_after_initiation.map(|d| d.0)
        }
        None => None,
    };
    let size_greater_than = size_filter(rule, &place, id, &mut not_checked)?;
    Ok(ConfigRule {
        name,
        id_given,
        enabled: rule.status == shape::Status::Enabled,
        actions,
        size_greater_than,
        noncurrent,
        newer_noncurrent_versions,
        expired_object_delete_marker: rule
            .expiration
            .as_ref()
            .and_then(|e| e.expired_object_delete_marker),
        abort_incomplete_upload_days,
        not_checked,
    })
}

/// The noncurrent-version transitions in the order given, then the noncurrent-version
/// expiration, as actions on a version's days since it became noncurrent; one without
/// `NoncurrentDays` goes to `not_checked`.
fn noncurrent(rule: &shape::Rule, not_checked: &mut Vec<String>) -> (Vec<Action>, Vec<KeepNewer>) {
    let mut actions = Vec::new();
    let mut newer = Vec::new();
    let mut push = |action: Action, versions: Option<&shape::Versions>| {
        actions.push(action);
        if let Some(v) = versions {
            newer.push(KeepNewer {
                action,
                versions: v.0,
            });
        }
    };
    for (j, t) in rule
        .noncurrent_version_transitions
        .iter()
        .flatten()
        .enumerate()
    {
        match t.noncurrent_days {
            Some(days) => push(
                Action {
                    kind: ActionKind::Transition(t.storage_class.0),
                    day: days.0,
                },
                t.newer_noncurrent_versions.as_ref(),
            ),
            None => not_checked.push(format!("NoncurrentVersionTransitions[{j}]")),
        }
    }
    if let Some(exp) = &rule.noncurrent_version_expiration {
        match exp.noncurrent_days {
            Some(days) => push(
                Action {
                    kind: ActionKind::Expire,
                    day: days.0,
                },
                exp.newer_noncurrent_versions.as_ref(),
            ),
            None => not_checked.push("NoncurrentVersionExpiration".into()),
        }
    }
    (actions, newer)
}

/// The Days-based transitions, in the order given, then the expiration; the Date-based ones
/// and the delete-marker expiration go to `not_checked`.
fn actions(
    rule: &shape::Rule,
    place: &str,
    id: Option<&str>,
    not_checked: &mut Vec<String>,
) -> Result<Vec<Action>, Error> {
    let mut actions = Vec::new();
    for (j, t) in rule.transitions.iter().flatten().enumerate() {
        match (t.days, &t.date) {
            (Some(days), None) => actions.push(Action {
                kind: ActionKind::Transition(t.storage_class.0),
                day: days.0,
            }),
            (None, Some(_)) => not_checked.push(format!("Transitions[{j}].Date")),
            (days, _) => {
                return Err(refuse(
                    format!("{place}.Transitions[{j}]"),
                    id,
                    if days.is_some() {
                        "Days and Date are both given"
                    } else {
                        "neither Days nor Date is given"
                    },
                    "one of them, like \"Days\": 30 (S3 takes Days or Date)",
                ))
            }
        }
    }
    if let Some(exp) = &rule.expiration {
        let fields = given([
            ("Days", exp.days.is_some()),
            ("Date", exp.date.is_some()),
            (
                "ExpiredObjectDeleteMarker",
                exp.expired_object_delete_marker.is_some(),
            ),
        ]);
        if fields.len() > 1 {
            return Err(together(
                format!("{place}.Expiration"),
                id,
                fields,
                TogetherIn::Expiration,
            ));
        }
        if let Some(days) = exp.days {
            actions.push(Action {
                kind: ActionKind::Expire,
                day: days.0,
            });
        }
        if exp.date.is_some() {
            not_checked.push("Expiration.Date".into());
        }
    }
    Ok(actions)
}

/// `ObjectSizeGreaterThan`, from the filter or its `And`; `ObjectSizeLessThan` goes to
/// `not_checked`.
fn size_filter(
    rule: &shape::Rule,
    place: &str,
    id: Option<&str>,
    not_checked: &mut Vec<String>,
) -> Result<Option<u64>, Error> {
    let filter = rule.filter.clone().unwrap_or_default();
    let elements = given([
        ("Prefix", filter.prefix.is_some()),
        ("Tag", filter.tag.is_some()),
        (
            "ObjectSizeGreaterThan",
            filter.object_size_greater_than.is_some(),
        ),
        ("ObjectSizeLessThan", filter.object_size_less_than.is_some()),
        ("And", filter.and.is_some()),
    ]);
    if elements.len() > 1 {
        return Err(together(
            format!("{place}.Filter"),
            id,
            elements,
            TogetherIn::Filter,
        ));
    }
    let and = filter.and.unwrap_or_default();
    if filter.object_size_less_than.is_some() || and.object_size_less_than.is_some() {
        not_checked.push("Filter.ObjectSizeLessThan".into());
    }
    Ok(filter
        .object_size_greater_than
        .or(and.object_size_greater_than)
        .map(|b| b.0))
}

/// `awscalc s3 lifecycle --file`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigurationRequest {
    /// The JSON text.
    pub text: String,
    /// Where it came from, for the report (`rules.json`).
    pub source: String,
    /// An object size to follow through every rule.
    pub object_size: Option<Size>,
    /// An object's creation time, for each action's eligible time.
    pub created: Option<Created>,
    /// When a version became noncurrent (its successor's creation time), for each
    /// noncurrent action's eligible time.
    pub noncurrent_since: Option<Created>,
}

/// One rule of a configuration, checked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CheckedRule {
    /// The rule as read.
    pub rule: ConfigRule,
    /// Whether an earlier rule has the same `ID` (S3 needs each to be unique).
    pub duplicate_id: bool,
    /// The rule checked as the short syntax is; `None` when it has no Days-based
    /// transition or expiration to check.
    pub result: Option<Lifecycle>,
    /// Its noncurrent-version actions checked the same way, days counted from when a version
    /// became noncurrent; `None` when it has none.
    pub noncurrent: Option<Lifecycle>,
}

impl CheckedRule {
    /// `Some(true)` when every part checked is valid, `Some(false)` when one is invalid,
    /// `None` when the rule has nothing to check. A rule whose only actions are
    /// `ExpiredObjectDeleteMarker` or `AbortIncompleteMultipartUpload` is valid: reading it
    /// already refused what S3 refuses of them.
    #[must_use]
    pub fn valid(&self) -> Option<bool> {
        let parts: Vec<bool> = [&self.result, &self.noncurrent]
            .into_iter()
            .flatten()
            .map(|r| matches!(r.verdict, Verdict::Valid(_)))
            .collect();
        if parts.is_empty() {
            return self.rule.only_cleanup().then_some(true);
        }
        Some(parts.iter().all(|v| *v))
    }
}

/// `s3 lifecycle --file`, computed: every rule checked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Configuration {
    /// The rules, in the file's order.
    pub rules: Vec<CheckedRule>,
}

impl Configuration {
    /// How many rules are valid, invalid, and have nothing to check.
    #[must_use]
    pub fn counts(&self) -> (usize, usize, usize) {
        let mut counts = (0, 0, 0);
        for rule in &self.rules {
            match rule.valid() {
                Some(true) => counts.0 += 1,
                Some(false) => counts.1 += 1,
                None => counts.2 += 1,
            }
        }
        counts
    }
}

/// The short-syntax question a rule asks, with the request's object size and creation
/// time.
#[must_use]
pub fn rule_request(rule: &ConfigRule, request: &ConfigurationRequest) -> LifecycleRequest {
    LifecycleRequest {
        actions: rule.actions.clone(),
        object_size: request.object_size.clone(),
        size_greater_than: rule.size_greater_than.map(Size::from_bytes),
        created: request.created.clone(),
    }
}

/// The short-syntax question a rule's noncurrent-version actions ask: days since a version
/// became noncurrent, the request's object size, and as the start of the days the
/// request's `noncurrent_since` (not `created`: a version becomes noncurrent when its
/// successor is written). AWS dates noncurrent actions as current ones: "adding the number
/// of days specified in the rule to the time when the new successor version of the object is
/// created and rounding the resulting time to the next day midnight UTC"
/// (<https://docs.aws.amazon.com/AmazonS3/latest/userguide/intro-lifecycle-rules.html>).
#[must_use]
pub fn noncurrent_request(rule: &ConfigRule, request: &ConfigurationRequest) -> LifecycleRequest {
    LifecycleRequest {
        actions: rule.noncurrent.clone(),
        created: request.noncurrent_since.clone(),
        ..rule_request(rule, request)
    }
}

/// A rule's noncurrent-version actions checked as the short syntax is, their days counted
/// from when a version became noncurrent; `None` when it has none.
///
/// # Errors
/// [`Problem::InRule`]: the check's error ([`lifecycle::lifecycle`]) with the rule named.
pub fn check_noncurrent(
    rule: &ConfigRule,
    request: &ConfigurationRequest,
    book: &mut FactBook,
) -> Result<Option<Lifecycle>, Error> {
    if rule.noncurrent.is_empty() {
        return Ok(None);
    }
    checked_in_rule(rule, &noncurrent_request(rule, request), book)
}

/// The checker's answer for one part of `rule`, its error named by the rule.
fn checked_in_rule(
    rule: &ConfigRule,
    part: &LifecycleRequest,
    book: &mut FactBook,
) -> Result<Option<Lifecycle>, Error> {
    lifecycle::lifecycle(part, book).map(Some).map_err(|error| {
        Problem::InRule {
            name: rule.name.clone(),
            id_given: rule.id_given,
            error: Box::new(error),
        }
        .into()
    })
}

/// One rule checked as the short syntax is; `None` when it has nothing to check.
///
/// # Errors
/// [`Problem::InRule`]: the rule's error ([`lifecycle::lifecycle`]) with the rule named.
pub fn check_rule(
    rule: &ConfigRule,
    request: &ConfigurationRequest,
    book: &mut FactBook,
) -> Result<Option<Lifecycle>, Error> {
    if rule.actions.is_empty() {
        return Ok(None);
    }
    checked_in_rule(rule, &rule_request(rule, request), book)
}

/// Whether each rule's `ID` is one an earlier rule has.
#[must_use]
pub fn duplicate_ids(rules: &[ConfigRule]) -> Vec<bool> {
    let mut seen = std::collections::HashSet::new();
    rules
        .iter()
        .map(|rule| rule.id_given && !seen.insert(rule.name.clone()))
        .collect()
}

/// `awscalc s3 lifecycle --file rules.json`: every rule checked as the short syntax is.
/// The words, one row per rule, are [`crate::explain::s3::config::configuration`]'s.
///
/// ```
/// use awscalc::calc::s3::config::{configuration, ConfigurationRequest};
/// use awscalc::facts::{FactBook, Registry};
///
/// // Standard 30 days, Glacier 335 (at least its 90-day minimum): 365 days billed, valid.
/// let text = r#"{"Rules": [{"ID": "archive", "Status": "Enabled", "Filter": {},
///     "Transitions": [{"Days": 30, "StorageClass": "GLACIER"}], "Expiration": {"Days": 365}}]}"#;
/// let request = ConfigurationRequest {
///     text: text.into(),
///     source: "rules.json".into(),
///     object_size: None,
///     created: None,
///     noncurrent_since: None,
/// };
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 11, 30));
/// assert_eq!(configuration(&request, &mut book).unwrap().counts(), (1, 0, 0));
///
/// // Days as a string: refused, naming the JSON path.
/// let quoted = ConfigurationRequest { text: text.replace("30,", "\"30\","), ..request };
/// assert!(configuration(&quoted, &mut book).is_err());
/// ```
///
/// # Errors
/// The configuration's errors ([`parse_configuration`]) and those of each rule's check
/// ([`check_rule`]).
pub fn configuration(
    request: &ConfigurationRequest,
    book: &mut FactBook,
) -> Result<Configuration, Error> {
    let rules = parse_configuration(&request.text)?;
    let duplicates = duplicate_ids(&rules);
    let mut checked = Vec::new();
    for (rule, duplicate_id) in rules.into_iter().zip(duplicates) {
        let result = check_rule(&rule, request, book)?;
        let noncurrent = check_noncurrent(&rule, request, book)?;
        checked.push(CheckedRule {
            rule,
            duplicate_id,
            result,
            noncurrent,
        });
    }
    Ok(Configuration { rules: checked })
}
