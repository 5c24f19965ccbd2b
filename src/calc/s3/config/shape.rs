//! A lifecycle configuration in AWS's own shape: the JSON that `aws s3api
//! put-bucket-lifecycle-configuration --lifecycle-configuration` takes and
//! `get-bucket-lifecycle-configuration` prints. One struct per data type of the S3 API
//! reference (<https://docs.aws.amazon.com/AmazonS3/latest/API/API_Types_Amazon_Simple_Storage_Service.html>),
//! each field spelled as AWS spells it.
//!
//! serde checks each value on its own: its JSON type, whole days, a storage class name S3
//! takes. Fields AWS does not define are refused, as the AWS CLI refuses them: a misspelt
//! `Transition` would otherwise leave a rule with nothing checked and no word said.
//! What S3 says about values together (`Days` or `Date`, one filter element) is checked by
//! [`super::parse_configuration`], which walks the rules knowing their paths.

use std::fmt;

use serde::de::{self, Deserializer, Unexpected, Visitor};
use serde::Deserialize;

use crate::calc::s3::timing::Created;
use crate::calc::s3::{StorageClass, MAX_DAYS};

/// `BucketLifecycleConfiguration`: `Rules`, required
/// (<https://docs.aws.amazon.com/AmazonS3/latest/API/API_BucketLifecycleConfiguration.html>).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[cfg_attr(test, derive(serde::Serialize))]
#[serde(
    deny_unknown_fields,
    rename_all = "PascalCase",
    expecting = "a lifecycle configuration as the AWS CLI takes it: {\"Rules\": [{\"ID\": \
                 \"archive\", \"Status\": \"Enabled\", \"Filter\": {}, \"Transitions\": \
                 [{\"Days\": 30, \"StorageClass\": \"GLACIER\"}]}]}"
)]
pub(super) struct Configuration {
    /// The rules, 1 or more.
    pub rules: Vec<Rule>,
    /// What `get-bucket-lifecycle-configuration` prints beside the rules
    /// (<https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketLifecycleConfiguration.html>);
    /// read so that its output can be checked as it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transition_default_minimum_object_size: Option<MinimumObjectSize>,
}

/// `TransitionDefaultMinimumObjectSize`: `all_storage_classes_128K` or
/// `varies_by_storage_class`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum MinimumObjectSize {
    /// `all_storage_classes_128K`: nothing under 128 KB transitions by default.
    AllStorageClasses128K,
    /// `varies_by_storage_class`: under 128 KB still goes to Glacier Flexible Retrieval and
    /// Deep Archive.
    VariesByStorageClass,
}

const MINIMUM_OBJECT_SIZES: &[(&str, MinimumObjectSize)] = &[
    (
        "all_storage_classes_128K",
        MinimumObjectSize::AllStorageClasses128K,
    ),
    (
        "varies_by_storage_class",
        MinimumObjectSize::VariesByStorageClass,
    ),
];

/// `LifecycleRule` (<https://docs.aws.amazon.com/AmazonS3/latest/API/API_LifecycleRule.html>).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[cfg_attr(test, derive(serde::Serialize))]
#[serde(
    deny_unknown_fields,
    rename_all = "PascalCase",
    expecting = "a lifecycle rule object, {\"ID\": ..., \"Status\": ..., ...}"
)]
pub(super) struct Rule {
    /// `ID`: the rule's name, up to 255 characters.
    #[serde(rename = "ID", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `Status`, required.
    pub status: Status,
    /// `Filter`: which objects the rule applies to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter: Option<Filter>,
    /// `Prefix`: the rule-level key prefix AWS keeps for older configurations (deprecated for
    /// `Filter.Prefix`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prefix: Option<String>,
    /// `Transitions`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transitions: Option<Vec<Transition>>,
    /// `Expiration`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiration: Option<Expiration>,
    /// `NoncurrentVersionTransitions`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub noncurrent_version_transitions: Option<Vec<NoncurrentVersionTransition>>,
    /// `NoncurrentVersionExpiration`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub noncurrent_version_expiration: Option<NoncurrentVersionExpiration>,
    /// `AbortIncompleteMultipartUpload`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub abort_incomplete_multipart_upload: Option<AbortIncompleteMultipartUpload>,
}

/// `Status`: "Valid Values: Enabled | Disabled".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Status {
    /// `Enabled`: the rule is applied.
    Enabled,
    /// `Disabled`: it is not.
    Disabled,
}

const STATUSES: &[(&str, Status)] = &[("Enabled", Status::Enabled), ("Disabled", Status::Disabled)];

/// `LifecycleRuleFilter`: "exactly one of Prefix, Tag, ObjectSizeGreaterThan,
/// ObjectSizeLessThan, or And"; empty, the rule applies to every object
/// (<https://docs.aws.amazon.com/AmazonS3/latest/API/API_LifecycleRuleFilter.html>).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[cfg_attr(test, derive(serde::Serialize))]
#[serde(
    deny_unknown_fields,
    rename_all = "PascalCase",
    expecting = "a filter object, like {\"Prefix\": \"logs/\"} or {}"
)]
pub(super) struct Filter {
    /// `Prefix`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prefix: Option<String>,
    /// `Tag`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag: Option<Tag>,
    /// `ObjectSizeGreaterThan`, in bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_size_greater_than: Option<Bytes>,
    /// `ObjectSizeLessThan`, in bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_size_less_than: Option<Bytes>,
    /// `And`: two or more of the above, all to match.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub and: Option<And>,
}

/// `LifecycleRuleAndOperator`
/// (<https://docs.aws.amazon.com/AmazonS3/latest/API/API_LifecycleRuleAndOperator.html>).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[cfg_attr(test, derive(serde::Serialize))]
#[serde(
    deny_unknown_fields,
    rename_all = "PascalCase",
    expecting = "an And object, like {\"Prefix\": \"logs/\", \"ObjectSizeGreaterThan\": 131072}"
)]
pub(super) struct And {
    /// `Prefix`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prefix: Option<String>,
    /// `Tags`: all must be on the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// `ObjectSizeGreaterThan`, in bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_size_greater_than: Option<Bytes>,
    /// `ObjectSizeLessThan`, in bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_size_less_than: Option<Bytes>,
}

/// `Tag`: `Key` required (<https://docs.aws.amazon.com/AmazonS3/latest/API/API_Tag.html>).
/// `Value` may be left out: the rule then matches objects with the key and no value
/// (<https://docs.aws.amazon.com/AmazonS3/latest/userguide/intro-lifecycle-filters.html>).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[cfg_attr(test, derive(serde::Serialize))]
#[serde(
    deny_unknown_fields,
    rename_all = "PascalCase",
    expecting = "a tag object, {\"Key\": \"class\", \"Value\": \"archive\"}"
)]
pub(super) struct Tag {
    /// `Key`.
    pub key: String,
    /// `Value`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

/// `Transition`: `Days` or `Date`, and the class
/// (<https://docs.aws.amazon.com/AmazonS3/latest/API/API_Transition.html>).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[cfg_attr(test, derive(serde::Serialize))]
#[serde(
    deny_unknown_fields,
    rename_all = "PascalCase",
    expecting = "a transition object, like {\"Days\": 30, \"StorageClass\": \"GLACIER\"}"
)]
pub(super) struct Transition {
    /// `Days` after creation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub days: Option<Days>,
    /// `Date`, ISO 8601, midnight UTC.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// `StorageClass`.
    pub storage_class: TransitionClass,
}

/// `LifecycleExpiration`: `Days`, `Date` or `ExpiredObjectDeleteMarker`, which "cannot be
/// specified with Days or Date"
/// (<https://docs.aws.amazon.com/AmazonS3/latest/API/API_LifecycleExpiration.html>).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[cfg_attr(test, derive(serde::Serialize))]
#[serde(
    deny_unknown_fields,
    rename_all = "PascalCase",
    expecting = "an expiration object, like {\"Days\": 365}"
)]
pub(super) struct Expiration {
    /// `Days` after creation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub days: Option<Days>,
    /// `Date`, ISO 8601, midnight UTC.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// `ExpiredObjectDeleteMarker`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expired_object_delete_marker: Option<bool>,
}

/// `NoncurrentVersionTransition`
/// (<https://docs.aws.amazon.com/AmazonS3/latest/API/API_NoncurrentVersionTransition.html>).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[cfg_attr(test, derive(serde::Serialize))]
#[serde(
    deny_unknown_fields,
    rename_all = "PascalCase",
    expecting = "a noncurrent version transition object, like {\"NoncurrentDays\": 30, \
                 \"StorageClass\": \"GLACIER\"}"
)]
pub(super) struct NoncurrentVersionTransition {
    /// `NoncurrentDays`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub noncurrent_days: Option<Days>,
    /// `StorageClass`.
    pub storage_class: TransitionClass,
    /// `NewerNoncurrentVersions`, up to 100.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub newer_noncurrent_versions: Option<Versions>,
}

/// `NoncurrentVersionExpiration`
/// (<https://docs.aws.amazon.com/AmazonS3/latest/API/API_NoncurrentVersionExpiration.html>).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[cfg_attr(test, derive(serde::Serialize))]
#[serde(
    deny_unknown_fields,
    rename_all = "PascalCase",
    expecting = "a noncurrent version expiration object, like {\"NoncurrentDays\": 30}"
)]
pub(super) struct NoncurrentVersionExpiration {
    /// `NoncurrentDays`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub noncurrent_days: Option<Days>,
    /// `NewerNoncurrentVersions`, up to 100.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub newer_noncurrent_versions: Option<Versions>,
}

/// `AbortIncompleteMultipartUpload`
/// (<https://docs.aws.amazon.com/AmazonS3/latest/API/API_AbortIncompleteMultipartUpload.html>).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[cfg_attr(test, derive(serde::Serialize))]
#[serde(
    deny_unknown_fields,
    rename_all = "PascalCase",
    expecting = "an object like {\"DaysAfterInitiation\": 7}"
)]
pub(super) struct AbortIncompleteMultipartUpload {
    /// `DaysAfterInitiation`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub days_after_initiation: Option<Days>,
}

/// A whole number of days, 0 to [`MAX_DAYS`]: AWS's `Integer`, as awscalc's short syntax
/// takes it. Expiration's day 0, which S3 refuses, is left to the rule check, which names
/// the nearest valid day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(test, derive(serde::Serialize), serde(transparent))]
pub(super) struct Days(pub u32);

/// A whole number of bytes: AWS's `Long` for the size filters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(test, derive(serde::Serialize), serde(transparent))]
pub(super) struct Bytes(pub u64);

/// `NewerNoncurrentVersions`: "You can specify up to 100".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(test, derive(serde::Serialize), serde(transparent))]
pub(super) struct Versions(pub u32);

/// A `Date` as written: RFC 3339 or a calendar date, as `--created` reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(test, derive(serde::Serialize), serde(transparent))]
pub(super) struct Date(pub String);

/// A `StorageClass` by its API name: the six a transition takes (`GLACIER | STANDARD_IA |
/// ONEZONE_IA | INTELLIGENT_TIERING | DEEP_ARCHIVE | GLACIER_IR`) and `STANDARD`, which S3
/// refuses and the rule check explains.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct TransitionClass(pub StorageClass);

const TRANSITION_CLASSES: &str =
    "one of GLACIER, STANDARD_IA, ONEZONE_IA, INTELLIGENT_TIERING, DEEP_ARCHIVE, GLACIER_IR";

/// A whole number of `unit`, 0 to `max`, from a JSON number.
struct Whole {
    unit: &'static str,
    max: u64,
}

impl Visitor<'_> for Whole {
    type Value = u64;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a whole number of {}", self.unit)
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<u64, E> {
        if v > self.max {
            return Err(E::invalid_value(
                Unexpected::Unsigned(v),
                &format!(
                    "a whole number of {} up to {}",
                    self.unit,
                    grouped(self.max)
                )
                .as_str(),
            ));
        }
        Ok(v)
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<u64, E> {
        match u64::try_from(v) {
            Ok(v) => self.visit_u64(v),
            Err(_) => Err(E::invalid_value(
                Unexpected::Signed(v),
                &format!("a whole number of {}, 0 or more", self.unit).as_str(),
            )),
        }
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<u64, E> {
        // serde_json hands integers beyond 64 bits over as floats: name them as integers.
        if v.fract() == 0.0 && v.abs() >= 9.2e18 {
            let shown = format!("integer {v}");
            let expected = if v < 0.0 {
                format!("a whole number of {}, 0 or more", self.unit)
            } else {
                format!(
                    "a whole number of {} up to {}",
                    self.unit,
                    grouped(self.max)
                )
            };
            return Err(E::invalid_value(
                Unexpected::Other(&shown),
                &expected.as_str(),
            ));
        }
        Err(E::invalid_type(Unexpected::Float(v), &self))
    }
}

/// `100000` as `100,000`.
fn grouped(n: u64) -> String {
    crate::units::group(rust_decimal::Decimal::from(n))
}

impl<'de> Deserialize<'de> for Days {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Days, D::Error> {
        let days = d.deserialize_u64(Whole {
            unit: "days",
            max: MAX_DAYS.into(),
        })?;
        Ok(Days(u32::try_from(days).unwrap_or(MAX_DAYS)))
    }
}

impl<'de> Deserialize<'de> for Bytes {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Bytes, D::Error> {
        d.deserialize_u64(Whole {
            unit: "bytes",
            max: u64::MAX,
        })
        .map(Bytes)
    }
}

impl<'de> Deserialize<'de> for Versions {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Versions, D::Error> {
        let n = d.deserialize_u64(Whole {
            unit: "versions",
            max: 100,
        })?;
        Ok(Versions(u32::try_from(n).unwrap_or(100)))
    }
}

/// A JSON string checked by `check`, which gives what was expected when it refuses.
struct Text<T> {
    expected: &'static str,
    check: fn(&str) -> Result<T, String>,
}

impl<T> Visitor<'_> for Text<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.expected)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
        (self.check)(v).map_err(|expected| E::invalid_value(Unexpected::Str(v), &expected.as_str()))
    }
}

/// The value named `v` in `names`, or what the names are.
fn named<T: Copy>(names: &[(&str, T)], v: &str) -> Result<T, String> {
    names
        .iter()
        .find(|(name, _)| *name == v)
        .map(|&(_, value)| value)
        .ok_or_else(|| {
            let list: Vec<&str> = names.iter().map(|(name, _)| *name).collect();
            list.join(" or ")
        })
}

impl<'de> Deserialize<'de> for Status {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Status, D::Error> {
        d.deserialize_str(Text {
            expected: "Enabled or Disabled",
            check: |v| named(STATUSES, v),
        })
    }
}

impl<'de> Deserialize<'de> for MinimumObjectSize {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<MinimumObjectSize, D::Error> {
        d.deserialize_str(Text {
            expected: "all_storage_classes_128K or varies_by_storage_class",
            check: |v| named(MINIMUM_OBJECT_SIZES, v),
        })
    }
}

impl<'de> Deserialize<'de> for TransitionClass {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<TransitionClass, D::Error> {
        d.deserialize_str(Text {
            expected: TRANSITION_CLASSES,
            check: |v| match StorageClass::ALL.into_iter().find(|c| c.api_name() == v) {
                Some(class) => Ok(TransitionClass(class)),
                // awscalc's own spellings (`ia`, `Glacier`) are not S3's: say which name is.
                None => Err(match v.parse::<StorageClass>() {
                    Ok(class) => format!("the API name {}", class.api_name()),
                    Err(_) => TRANSITION_CLASSES.to_string(),
                }),
            },
        })
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        d.deserialize_str(Text {
            expected: "an ISO 8601 date, like 2026-01-01T00:00:00Z",
            check: |v| match v.parse::<Created>() {
                Ok(_) => Ok(Date(v.to_string())),
                Err(_) => Err("an ISO 8601 date, like 2026-01-01T00:00:00Z".into()),
            },
        })
    }
}

#[cfg(test)]
mod serialize {
    //! The other direction, for the round-trip property test: each value as AWS writes it.
    use serde::{Serialize, Serializer};

    use super::{MinimumObjectSize, Status, TransitionClass, MINIMUM_OBJECT_SIZES, STATUSES};

    fn name_of<T: PartialEq>(names: &[(&'static str, T)], value: &T) -> &'static str {
        names
            .iter()
            .find(|(_, v)| v == value)
            .map_or("", |(n, _)| n)
    }

    impl Serialize for Status {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.serialize_str(name_of(STATUSES, self))
        }
    }

    impl Serialize for MinimumObjectSize {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.serialize_str(name_of(MINIMUM_OBJECT_SIZES, self))
        }
    }

    impl Serialize for TransitionClass {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.serialize_str(self.0.api_name())
        }
    }
}
