//! Property tests (`prop_*`) of the S3 calculators: early-deletion billing, lifecycle rule
//! checks and timelines, small-object billing, and the parsers.
//!
//! The reference rules, from the AWS pages cited in `docs/s3.md`: billed days are
//! `max(days stored, minimum)`; within one rule each transition waits for the previous
//! class's minimum (and at least a day); expiration comes after the last transition.

use awscalc::calc::s3::billing::{
    billed_days, early_delete, small_objects, EarlyDelete, SmallObjects, Stay,
};
use awscalc::calc::s3::lifecycle::{check, timeline, Action, ActionKind, Sizes};
use awscalc::calc::s3::{parse_days, StorageClass};
use awscalc::facts::{FactBook, Registry};
use awscalc::report::{Report, Value};
use jiff::civil::{date, Date};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn book(on: Date) -> FactBook {
    FactBook::new(Registry::builtin(), on)
}

fn num(report: &Report, field: &str) -> Decimal {
    match &report.get(field).unwrap().value {
        Value::Number(n) => n.to_decimal().unwrap(),
        other => panic!("{field} is {other:?}"),
    }
}

fn class() -> impl Strategy<Value = StorageClass> {
    prop::sample::select(StorageClass::ALL.to_vec())
}

/// Dates on both sides of every dated S3 change (2018-07, 2021-09, 2024-09, 2025-12, 2026-07)
/// and of every storage class launch (Standard-IA 2015-09-16, One Zone-IA 2018-04-04,
/// Intelligent-Tiering 2018-11-26, Deep Archive 2019-03-27, Glacier Instant Retrieval
/// 2021-11-30).
fn as_of() -> impl Strategy<Value = Date> {
    prop::sample::select(vec![
        date(2014, 1, 1),
        date(2015, 9, 15),
        date(2015, 9, 16),
        date(2017, 1, 1),
        date(2018, 4, 3),
        date(2018, 4, 4),
        date(2018, 11, 25),
        date(2018, 11, 26),
        date(2019, 3, 26),
        date(2019, 3, 27),
        date(2021, 9, 1),
        date(2021, 9, 2),
        date(2021, 11, 29),
        date(2021, 11, 30),
        date(2024, 1, 1),
        date(2024, 9, 1),
        date(2026, 7, 15),
        date(2026, 7, 16),
        date(2026, 11, 22),
    ])
}

/// A class that existed on `on`.
fn class_on(on: Date) -> impl Strategy<Value = StorageClass> {
    prop::sample::select(StorageClass::existing(&book(on)))
}

/// A date and a class that existed then.
fn dated_class() -> impl Strategy<Value = (Date, StorageClass)> {
    as_of().prop_flat_map(|on| (Just(on), class_on(on)))
}

fn action_on(on: Date) -> impl Strategy<Value = Action> {
    (
        prop_oneof![
            6 => class_on(on).prop_map(ActionKind::Transition),
            1 => Just(ActionKind::Expire),
        ],
        0u32..400,
    )
        .prop_map(|(kind, day)| Action { kind, day })
}

/// A date and a rule naming only classes that existed then.
fn dated_rule() -> impl Strategy<Value = (Date, Vec<Action>)> {
    as_of().prop_flat_map(|on| (Just(on), rule_on(on)))
}

/// Rules with at most one expiration, of classes that existed on `on`.
fn rule_on(on: Date) -> impl Strategy<Value = Vec<Action>> {
    prop::collection::vec(action_on(on), 1..6).prop_map(|mut actions| {
        let mut seen = false;
        actions.retain(|a| {
            if a.kind == ActionKind::Expire {
                if seen {
                    return false;
                }
                seen = true;
            }
            true
        });
        actions
    })
}

proptest! {
    /// Billed days ≥ days stored and ≥ the class minimum, and equal to one of them.
    #[test]
    fn prop_billed_days_cover_the_stay_and_the_minimum((on, class) in dated_class(), days in 0u32..2000) {
        let mut book = book(on);
        let r = early_delete(&EarlyDelete { class, stay: Stay::Days(days) }, &mut book).unwrap();
        let billed = r.billed_days;
        let min = r.min_days;
        prop_assert!(billed >= Decimal::from(days));
        prop_assert!(billed >= min);
        prop_assert!(billed == Decimal::from(days) || billed == min);
        prop_assert_eq!(r.early_delete_days, billed - Decimal::from(days));
    }

    /// Counting from the transition: the stay is `left - entered`, never the object's age.
    #[test]
    fn prop_early_delete_by_ages_counts_from_the_transition(class in class(), entered in 0u32..500, extra in 0u32..500) {
        let left = entered + extra;
        let r = early_delete(&EarlyDelete { class, stay: Stay::Ages { entered, left } }, &mut book(date(2026, 11, 22))).unwrap();
        prop_assert_eq!(r.days_stored, Decimal::from(extra));
        prop_assert_eq!(r.billed_days, billed_days(Decimal::from(extra), r.min_days));
    }

    /// The repaired rule is always valid, and a valid rule is its own repair.
    #[test]
    fn prop_the_repaired_rule_validates((on, actions) in dated_rule()) {
        let checked = check(&actions, &mut book(on)).unwrap();
        if checked.repaired.is_empty() {
            // Every action was an impossible transition: nothing is left to validate.
            prop_assert!(!checked.violations.is_empty());
            return Ok(());
        }
        let again = check(&checked.repaired, &mut book(on)).unwrap();
        prop_assert!(again.violations.is_empty(), "{:?} -> {:?}: {:?}", actions, checked.repaired, again.violations);
        prop_assert_eq!(&again.repaired, &checked.repaired);
        if checked.violations.is_empty() {
            let mut sorted = actions.clone();
            sorted.sort_by_key(|a| (a.kind == ActionKind::Expire, a.day));
            let mut repaired = checked.repaired.clone();
            repaired.sort_by_key(|a| (a.kind == ActionKind::Expire, a.day));
            prop_assert_eq!(sorted, repaired);
        }
    }

    /// A rule with one violation becomes valid when that action moves to the nearest valid
    /// day the violation names. (With several, each nearest day is measured from the earlier
    /// actions as repaired, and all of them together are the suggested rule, checked above.)
    #[test]
    fn prop_the_nearest_valid_day_itself_validates((on, actions) in dated_rule()) {
        let checked = check(&actions, &mut book(on)).unwrap();
        if let [only] = checked.violations.as_slice() {
            if let Some(day) = only.nearest_day {
                prop_assert!(day > only.action.day, "the nearest valid day is later");
                let mut done = false;
                let fixed: Vec<Action> = actions
                    .iter()
                    .map(|a| {
                        if !done && *a == only.action {
                            done = true;
                            Action { day, ..*a }
                        } else {
                            *a
                        }
                    })
                    .collect();
                let after = check(&fixed, &mut book(on)).unwrap();
                prop_assert!(after.violations.is_empty(), "{:?} -> {:?} still breaks {:?}", actions, fixed, after.violations);
            }
        }
    }

    /// A valid rule stays valid when every day moves later by the same amount (the
    /// minimum-age rule only asks for "at least", the gaps are unchanged).
    #[test]
    fn prop_a_valid_rule_stays_valid_shifted_later((on, actions) in dated_rule(), shift in 0u32..1000) {
        let checked = check(&actions, &mut book(on)).unwrap();
        if checked.repaired.is_empty() {
            return Ok(());
        }
        let shifted: Vec<Action> = checked.repaired.iter().map(|a| Action { day: a.day + shift, ..*a }).collect();
        prop_assert!(check(&shifted, &mut book(on)).unwrap().violations.is_empty());
    }

    /// A timeline starts in Standard at day 0, is ordered, has no gaps, and covers every
    /// day up to the expiration; billed days ≥ stored days in every segment.
    #[test]
    fn prop_a_timeline_is_ordered_and_covers_every_day((on, actions) in dated_rule(), object in prop::option::of(1u64..300_000)) {
        let mut book = book(on);
        let valid = check(&actions, &mut book).unwrap().repaired;
        if valid.is_empty() {
            return Ok(());
        }
        let sizes = Sizes { object: object.map(Decimal::from), greater_than: None };
        let path = timeline(&valid, sizes, &mut book).unwrap();
        prop_assert_eq!(path.segments[0].class, StorageClass::Standard);
        prop_assert_eq!(path.segments[0].from, 0);
        for pair in path.segments.windows(2) {
            prop_assert_eq!(pair[0].to, Some(pair[1].from), "no gap");
            prop_assert!(pair[0].class.can_transition_to(pair[1].class), "down the waterfall");
        }
        let last = path.segments.last().unwrap();
        prop_assert_eq!(last.to, path.expires);
        for seg in &path.segments {
            if let (Some(days), Some(billed)) = (seg.days(), seg.billed()) {
                prop_assert!(billed >= days && billed >= seg.min_days);
            }
        }
    }

    /// The days-billed steps: each class's step is `max(days, minimum)` (its formula's own
    /// value), the total is their sum, billed = stored + early, and counting minimums from
    /// creation never bills more than counting them from each transition.
    #[test]
    fn prop_billed_steps_are_their_formulas((on, actions) in dated_rule(), object in prop::option::of(1u64..300_000)) {
        use awscalc::calc::s3::lifecycle::{billing, BilledStep};
        let mut book = book(on);
        let valid = check(&actions, &mut book).unwrap().repaired;
        if valid.is_empty() {
            return Ok(());
        }
        let sizes = Sizes { object: object.map(Decimal::from), greater_than: None };
        let path = timeline(&valid, sizes, &mut book).unwrap();
        let (steps, totals) = billing(&path).unwrap();
        let left: Vec<_> = path.segments.iter().filter(|s| s.to.is_some()).collect();
        for step in &steps {
            prop_assert_eq!(step.value, step.formula.eval().unwrap());
        }
        for (seg, step) in left.iter().zip(&steps) {
            prop_assert_eq!(step.what, BilledStep::Segment { class: seg.class, from: seg.from, to: seg.to.unwrap() });
            prop_assert_eq!(Some(step.value), seg.billed());
        }
        if let Some(b) = totals {
                prop_assert_eq!(steps.len(), left.len() + 1);
                let sum: Decimal = left.iter().filter_map(|s| s.billed()).sum();
                prop_assert_eq!(b.billed_days, sum);
                prop_assert_eq!(steps.last().unwrap().value, sum);
                prop_assert_eq!(b.billed_days, b.stored_days + b.early_delete_days);
                prop_assert!(b.early_delete_days >= Decimal::ZERO);
                prop_assert!(b.from_creation_days <= b.billed_days);
                prop_assert!(b.from_creation_days >= b.stored_days);
        } else {
            prop_assert_eq!(steps.len(), left.len());
        }
    }

    /// Small objects: billed ≥ actual size; IA classes ≥ 128 KB; archive classes exactly + 40 KB.
    #[test]
    fn prop_billed_size_is_at_least_the_object(bytes in 1u64..10_000_000, class in class(), objects in 1u64..1000) {
        let r = awscalc::explain::s3::billing::small_objects(&SmallObjects { size: format!("{bytes}b").parse().unwrap(), objects: Some(objects), class: Some(class) }, &mut book(date(2026, 11, 22))).unwrap();
        let each = num(&r, "billed_bytes_per_object");
        let b = Decimal::from(bytes);
        prop_assert!(each >= b);
        if class.has_min_billable_size() {
            prop_assert_eq!(each, b.max(Decimal::from(131_072)));
        } else if class.has_archive_overhead() {
            prop_assert_eq!(each, b + Decimal::from(40_960));
        } else {
            prop_assert_eq!(each, b);
        }
        prop_assert_eq!(num(&r, "billed_bytes"), each * Decimal::from(objects));
    }

    /// A class is refused by every command that names it on a date before it came, with one
    /// error naming the class, the date and the launch day; on and after that day it
    /// computes. The every-class lists hold exactly the classes that existed.
    #[test]
    fn prop_a_class_before_its_launch_is_refused_everywhere(class in class(), on in as_of(), day in 0u32..400) {
        use awscalc::explain::s3::classes::classes;
        use awscalc::calc::s3::restore::fits;
        use awscalc::Error;
        let exists = class.exists(&book(on));
        let refusal = |result: Result<(), Error>| -> Result<(), TestCaseError> {
            match (exists, result) {
                (true, Ok(())) => {}
                (false, Err(e)) if e.kind() == "not_yet_available" => {
                    let text = e.to_string();
                    let (since, _) = class.launch(&book(on)).unwrap();
                    prop_assert!(on < since);
                    prop_assert_eq!(
                        text,
                        format!("{} did not exist on {on}: it came on {since}", class.name())
                    );
                }
                (_, other) => prop_assert!(false, "{class} on {on}: {other:?}"),
            }
            Ok(())
        };
        refusal(early_delete(&EarlyDelete { class, stay: Stay::Days(day) }, &mut book(on)).map(|_| ()))?;
        refusal(check(&[Action { kind: ActionKind::Transition(class), day }], &mut book(on)).map(|_| ()))?;
        refusal(small_objects(&SmallObjects { size: "1kb".parse().unwrap(), objects: None, class: Some(class) }, &mut book(on)).map(|_| ()))?;
        refusal(fits(&"1h".parse().unwrap(), Some(class), &mut book(on)).map(|_| ()))?;
        // The lists: s3 classes, small-objects without --class, restore without --class.
        let existing = StorageClass::existing(&book(on));
        prop_assert_eq!(existing.contains(&class), exists);
        let listed = |r: &Report| -> Vec<String> {
            let Value::List(rows) = &r.get("classes").unwrap().value else { panic!("no list") };
            rows.iter().map(|row| match row {
                Value::Map(fields) => fields.iter().find(|(k, _)| k == "class").unwrap().1.display(),
                other => panic!("{other:?}"),
            }).collect()
        };
        let names: Vec<String> = existing.iter().map(|c| c.api_name().to_string()).collect();
        prop_assert_eq!(&listed(&classes(&mut book(on)).unwrap()), &names);
        let small = awscalc::explain::s3::billing::small_objects(&SmallObjects { size: "1kb".parse().unwrap(), objects: None, class: None }, &mut book(on)).unwrap();
        prop_assert_eq!(&listed(&small), &names);
        let tiers = fits(&"1h".parse().unwrap(), None, &mut book(on)).unwrap();
        prop_assert!(tiers.iter().all(|t| existing.contains(&t.tier.class)));
        prop_assert_eq!(tiers.iter().any(|t| t.tier.class == class), exists);
    }

    /// No input text makes the parsers panic.
    #[test]
    fn prop_parsers_never_panic(text in ".{0,40}") {
        let _ = text.parse::<StorageClass>();
        let _ = text.parse::<Action>();
        let _ = parse_days(&text, "days");
    }

    /// Days round-trip through the parser.
    #[test]
    fn prop_days_round_trip(n in 0u32..=100_000) {
        prop_assert_eq!(parse_days(&n.to_string(), "days").unwrap(), n);
    }
}

mod transfer {
    use super::*;
    use awscalc::calc::s3::transfer::{multipart, prefixes_for, smallest_part, Broken, Multipart};
    use awscalc::units::Rate;

    proptest! {
        /// prefixes × per-prefix rate ≥ the rate asked, and one prefix fewer would not do.
        #[test]
        fn prop_prefixes_cover_the_rate_and_one_fewer_would_not(count in 1u64..10_000_000, per in prop::sample::select(vec![1u32, 60, 3600]), limit in prop::sample::select(vec![100u32, 300, 3500, 5500])) {
            let rate: Rate = format!("{count}/{}", match per { 1 => "s", 60 => "min", _ => "h" }).parse().unwrap();
            let n = prefixes_for(&rate, Decimal::from(limit)).unwrap();
            let capacity = |p: Decimal| p * Decimal::from(limit) * Decimal::from(per);
            prop_assert!(capacity(n) >= Decimal::from(count));
            prop_assert!(capacity(n - Decimal::ONE) < Decimal::from(count));
        }

        /// parts × part size ≥ the object, at most 10,000 parts, parts within 5 MiB–5 GiB,
        /// and one part fewer would not hold it.
        #[test]
        fn prop_parts_cover_the_object_within_limits(bytes in 1u64..53_687_091_200_000) {
            let r = multipart(&Multipart { size: format!("{bytes}b").parse().unwrap(), part_size: None }, &mut book(date(2026, 11, 22))).unwrap();
            let parts = r.parts;
            let part = r.part_bytes;
            let b = Decimal::from(bytes);
            prop_assert!(parts * part >= b);
            prop_assert!((parts - Decimal::ONE) * part < b);
            prop_assert!(parts <= Decimal::from(10_000));
            prop_assert!(part >= Decimal::from(5_242_880) && part <= Decimal::from(5_368_709_120u64));
            prop_assert_eq!(part, smallest_part(b, Decimal::from(5_242_880), Decimal::from(10_000)).unwrap());
            prop_assert!(r.last_part_bytes > Decimal::ZERO && r.last_part_bytes <= part);
            // The last part is what the other parts leave.
            prop_assert_eq!(r.last_part_bytes + (parts - Decimal::ONE) * part, b);
        }

        /// A given part size: the verdict says exactly which of S3's limits it breaks
        /// (5 MiB to 5 GiB a part, at most 10,000 parts, at most 10,000 × 5 GiB an object),
        /// and the part size offered instead fits them all while one byte less does not.
        #[test]
        fn prop_verdict_names_exactly_the_limits_broken(bytes in 1u64..60_000_000_000_000, part in 1u64..6_000_000_000) {
            let r = multipart(&Multipart { size: format!("{bytes}b").parse().unwrap(), part_size: Some(format!("{part}b").parse().unwrap()) }, &mut book(date(2026, 11, 22))).unwrap();
            let (b, p) = (Decimal::from(bytes), Decimal::from(part));
            let (min, max, most) = (Decimal::from(5_242_880), Decimal::from(5_368_709_120u64), Decimal::from(10_000));
            let parts = (b / p).ceil();
            prop_assert_eq!(r.parts, parts);
            let mut expected = Vec::new();
            if b > most * max { expected.push(Broken::ObjectTooLarge); }
            if p < min { expected.push(Broken::PartTooSmall); } else if p > max { expected.push(Broken::PartTooLarge); }
            if parts > most { expected.push(Broken::TooManyParts); }
            prop_assert_eq!(&r.broken, &expected);
            prop_assert_eq!(r.within_limit(), expected.is_empty());
            match r.fitting_part_bytes {
                Some(f) => {
                    prop_assert!(f >= min && f <= max);
                    prop_assert!((b / f).ceil() <= most);
                    prop_assert!(f == min || (b / (f - Decimal::ONE)).ceil() > most);
                }
                None => prop_assert!(b > most * max),
            }
        }
    }
}

mod timing {
    use awscalc::calc::s3::timing::{eligible_at, Created};
    use jiff::tz::TimeZone;
    use jiff::Timestamp;
    use proptest::prelude::*;

    const DAY_NS: i128 = 86_400 * 1_000_000_000;

    /// A UTC civil time as an instant in nanoseconds.
    fn nanos(utc: jiff::civil::DateTime) -> i128 {
        utc.to_zoned(TimeZone::UTC)
            .unwrap()
            .timestamp()
            .as_nanosecond()
    }

    proptest! {
        /// AWS: creation time + days, rounded up to the next midnight UTC. So the eligible
        /// time is at or after creation + N × 24 h, on 00:00:00 UTC, and less than 24 h
        /// after creation + N × 24 h.
        #[test]
        fn prop_eligible_is_the_first_midnight_at_or_after_creation_plus_days(
            seconds in -2_000_000_000i64..200_000_000_000,
            nanos_in in 0i32..1_000_000_000,
            days in 0u32..=100_000,
        ) {
            let at = Timestamp::new(seconds, nanos_in).unwrap();
            // jiff prints RFC 3339 in UTC; awscalc reads it back.
            let created: Created = at.to_string().parse().unwrap();
            prop_assert_eq!(nanos(created.utc), at.as_nanosecond());
            let e = eligible_at(&created, days).unwrap();
            let sum = at.as_nanosecond() + i128::from(days) * DAY_NS;
            let eligible = nanos(e.eligible);
            prop_assert_eq!(nanos(e.sum), sum);
            prop_assert!(eligible >= sum);
            prop_assert!(eligible - sum < DAY_NS);
            prop_assert_eq!(eligible.rem_euclid(DAY_NS), 0, "midnight UTC");
            prop_assert_eq!(e.on_midnight(), eligible == sum);
        }

        /// On strict RFC 3339 text (seconds, 0 to 9 fraction digits, ±HH:MM up to ±23:59)
        /// inside jiff's range, awscalc's reading is the instant jiff's own parser reads.
        #[test]
        fn prop_rfc3339_times_read_as_jiff_reads_them(
            (year, month, day) in (1i16..=9998, 1i8..=12, 1i8..=28),
            (hour, minute, second) in (0i8..=23, 0i8..=59, 0i8..=59),
            fraction in "[0-9]{0,9}",
            negative in any::<bool>(),
            (offset_hours, offset_minutes) in (0i8..=23, 0i8..=59),
            zulu in any::<bool>(),
        ) {
            let fraction = if fraction.is_empty() { String::new() } else { format!(".{fraction}") };
            let offset = if zulu {
                "Z".to_string()
            } else {
                format!("{}{offset_hours:02}:{offset_minutes:02}", if negative { '-' } else { '+' })
            };
            let text = format!(
                "{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}:{second:02}{fraction}{offset}"
            );
            let jiff: Timestamp = text.parse().unwrap();
            let ours: Created = text.parse().unwrap();
            prop_assert_eq!(nanos(ours.utc), jiff.as_nanosecond(), "{}", text);
            prop_assert!(!ours.beyond_nanoseconds);
        }

        /// RFC 3339 offsets stop at ±23:59: any larger hour or minute is refused, naming
        /// the offset, though jiff alone would take up to ±25:59:59.
        #[test]
        fn prop_offsets_beyond_23_59_are_refused(
            hours in 0u8..=99,
            minutes in 0u8..=99,
            negative in any::<bool>(),
        ) {
            prop_assume!(hours > 23 || minutes > 59);
            let offset = format!("{}{hours:02}:{minutes:02}", if negative { '-' } else { '+' });
            let err = format!("2024-01-15T10:30{offset}").parse::<Created>().unwrap_err().to_string();
            prop_assert!(err.contains(&format!("the offset `{offset}` is outside what RFC 3339 allows")), "{}", err);
        }

        /// No creation-time text makes the parser panic.
        #[test]
        fn prop_creation_time_parser_never_panics(text in ".{0,40}") {
            let _ = text.parse::<Created>();
        }

        /// Near-valid creation times: digits, dashes, colons, T, Z and offsets in any order.
        #[test]
        fn prop_creation_time_parser_never_panics_on_near_times(text in "[0-9T:Z+ .,-]{0,30}") {
            if let Ok(created) = text.parse::<Created>() {
                let _ = eligible_at(&created, 100_000);
                let _ = eligible_at(&created, u32::MAX);
            }
        }
    }
}

mod restore {
    use super::*;
    use awscalc::calc::s3::restore::{fits, Deadline, Fit};

    proptest! {
        /// Every tier reported as meeting a deadline has its slowest typical time within it
        /// (or needs no restore); a tier that misses or is only possible does not; and a
        /// longer deadline never loses a tier.
        #[test]
        fn prop_tiers_meeting_a_deadline_have_their_maximum_within_it(
            seconds in 1u64..400_000,
            extra in 0u64..400_000,
            (on, class) in as_of().prop_flat_map(|on| (Just(on), prop::option::of(class_on(on)))),
        ) {
            let within: Deadline = format!("{seconds}s").parse().unwrap();
            let longer: Deadline = format!("{}s", seconds + extra).parse().unwrap();
            let mut book = book(on);
            let checked = fits(&within, class, &mut book).unwrap();
            let wider = fits(&longer, class, &mut book).unwrap();
            for (t, w) in checked.iter().zip(&wider) {
                let limit = Decimal::from(seconds);
                match t.max_minutes {
                    None => prop_assert_eq!(t.fit, Fit::Meets),
                    Some(max) => prop_assert_eq!(
                        t.fit == Fit::Meets,
                        max * Decimal::from(60) <= limit,
                        "{:?}", t
                    ),
                }
                if t.fit == Fit::Meets {
                    prop_assert_eq!(w.fit, Fit::Meets);
                }
            }
        }

        /// No deadline text makes the parser panic.
        #[test]
        fn prop_deadline_parser_never_panics(text in ".{0,30}") {
            let _ = text.parse::<Deadline>();
        }
    }
}

mod configuration {
    use super::*;
    use awscalc::calc::s3::config::{parse_configuration, ConfigurationRequest};
    use awscalc::calc::s3::lifecycle::LifecycleRequest;
    use awscalc::explain::s3::config::configuration;
    use awscalc::explain::s3::lifecycle::lifecycle;

    fn as_json(actions: &[Action], size: Option<u64>) -> String {
        let transitions: Vec<String> = actions
            .iter()
            .filter_map(|a| match a.kind {
                ActionKind::Transition(c) => Some(format!(
                    r#"{{"Days": {}, "StorageClass": "{}"}}"#,
                    a.day,
                    c.api_name()
                )),
                ActionKind::Expire => None,
            })
            .collect();
        let expiration = actions
            .iter()
            .find(|a| a.kind == ActionKind::Expire)
            .map(|a| format!(r#", "Expiration": {{"Days": {}}}"#, a.day))
            .unwrap_or_default();
        let filter = size.map_or("{}".to_string(), |s| {
            format!(r#"{{"ObjectSizeGreaterThan": {s}}}"#)
        });
        format!(
            r#"{{"Rules": [{{"ID": "r", "Status": "Enabled", "Filter": {filter}, "Transitions": [{}]{expiration}}}]}}"#,
            transitions.join(", ")
        )
    }

    fn field(report: &Report, name: &str) -> Value {
        report.get(name).map_or(Value::Null, |f| f.value.clone())
    }

    fn rule_field(report: &Report, name: &str) -> Value {
        let Value::List(rules) = field(report, "rules") else {
            panic!("no rules")
        };
        let Value::Map(fields) = &rules[0] else {
            panic!("not a map")
        };
        fields
            .iter()
            .find(|(k, _)| k == name)
            .map_or(Value::Null, |(_, v)| v.clone())
    }

    proptest! {
        /// The same rule written as JSON and in the short syntax gets the same verdict, the
        /// same suggested rule and the same billed days.
        #[test]
        fn prop_json_and_short_syntax_agree(
            (on, actions) in dated_rule(),
            size in prop::option::of(0u64..300_000),
            object in prop::option::of(1u64..300_000),
        ) {
            let object_size = object.map(|b| format!("{b}b").parse().unwrap());
            let short = lifecycle(&LifecycleRequest {
                actions: actions.clone(),
                object_size: object_size.clone(),
                size_greater_than: size.map(|b| format!("{b}b").parse().unwrap()),
                created: None,
            }, &mut book(on)).unwrap();
            let file = configuration(&ConfigurationRequest {
                text: as_json(&actions, size),
                source: "x.json".into(),
                object_size,
                created: None,
                noncurrent_since: None,
            }, &mut book(on)).unwrap();
            prop_assert_eq!(rule_field(&file, "verdict"), field(&short, "verdict"));
            prop_assert_eq!(rule_field(&file, "suggested_rule"), field(&short, "suggested_rule"));
            prop_assert_eq!(rule_field(&file, "billed_days"), field(&short, "billed_days"));
            prop_assert_eq!(file.check_failed, short.check_failed);
            // The typed verdicts agree too.
            let typed_short = awscalc::calc::s3::lifecycle::lifecycle(&LifecycleRequest {
                actions: actions.clone(),
                object_size: object.map(|b| format!("{b}b").parse().unwrap()),
                size_greater_than: size.map(|b| format!("{b}b").parse().unwrap()),
                created: None,
            }, &mut book(on)).unwrap();
            let typed_file = awscalc::calc::s3::config::configuration(&ConfigurationRequest {
                text: as_json(&actions, size),
                source: "x.json".into(),
                object_size: object.map(|b| format!("{b}b").parse().unwrap()),
                created: None,
                noncurrent_since: None,
            }, &mut book(on)).unwrap();
            let rule = typed_file.rules[0].result.as_ref().unwrap();
            prop_assert_eq!(&rule.verdict, &typed_short.verdict);
        }

        /// No text, JSON or not, makes the configuration reader panic.
        #[test]
        fn prop_configuration_parser_never_panics(text in ".{0,200}") {
            let _ = parse_configuration(&text);
        }

        /// Nor does any JSON shaped like a configuration, with odd values in every field.
        #[test]
        fn prop_configuration_never_panics_on_odd_values(
            days in prop_oneof![
                Just("-1".to_string()), Just("1e3".to_string()), Just("null".to_string()),
                Just("\"30\"".to_string()), Just("99999999999999999999999".to_string()),
                (0u32..200_000).prop_map(|d| d.to_string()),
            ],
            class in "[A-Z_]{0,20}",
            status in prop::sample::select(vec!["Enabled", "Disabled", "", "enabled"]),
            size in prop_oneof![Just("-5".to_string()), Just("1.5".to_string()), (0u64..u64::MAX).prop_map(|s| s.to_string())],
        ) {
            let text = format!(
                r#"{{"Rules": [{{"Status": "{status}", "Filter": {{"And": {{"ObjectSizeGreaterThan": {size}}}}}, "Transitions": [{{"Days": {days}, "StorageClass": "{class}"}}], "Expiration": {{"Days": {days}}}}}]}}"#
            );
            let _ = configuration(&ConfigurationRequest {
                text,
                source: "x.json".into(),
                object_size: None,
                created: None,
                noncurrent_since: None,
            }, &mut book(date(2026, 11, 22)));
        }
    }
}

mod tiering {
    //! S3 Intelligent-Tiering (intelligent-tiering-overview.html, API Tiering): an object
    //! only ever moves to colder tiers as its days without access grow, never leaves Frequent
    //! Access under 128 KB, and needs a restore only in the optional archive tiers.
    use super::*;
    use awscalc::calc::s3::tiering::{intelligent_tiering, AccessTier, TieringRequest};

    proptest! {
        #[test]
        fn prop_tier_never_warms_as_days_without_access_grow(
            a in 0u32..2000,
            b in 0u32..2000,
            archive in prop::option::of(90u32..=730),
            deep in prop::option::of(180u32..=730),
            small in any::<bool>(),
        ) {
            let (low, high) = (a.min(b), a.max(b));
            let ask = |days| {
                let request = TieringRequest {
                    idle_days: days,
                    archive_days: archive,
                    deep_archive_days: deep,
                    object_size: small.then(|| "127kb".parse().unwrap()),
                };
                intelligent_tiering(&request, &mut book(date(2026, 11, 30))).unwrap()
            };
            let (before, after) = (ask(low), ask(high));
            prop_assert!(before.tier <= after.tier);
            if small {
                prop_assert_eq!(after.tier, AccessTier::FrequentAccess);
            }
            // The tier reached is one whose threshold the days pass.
            let t = after.thresholds.iter().find(|t| t.tier == after.tier).unwrap();
            prop_assert!(small || t.after_days <= high);
            if after.tier.needs_restore() {
                prop_assert!(archive.is_some() || deep.is_some());
            }
        }

        #[test]
        fn prop_archive_days_outside_the_limits_are_refused_not_panicked(
            days in any::<u32>(),
            archive in prop::option::of(any::<u32>()),
            deep in prop::option::of(any::<u32>()),
        ) {
            let request = TieringRequest {
                idle_days: days,
                archive_days: archive,
                deep_archive_days: deep,
                object_size: None,
            };
            let ok = archive.is_none_or(|d| (90..=730).contains(&d))
                && deep.is_none_or(|d| (180..=730).contains(&d));
            prop_assert_eq!(
                intelligent_tiering(&request, &mut book(date(2026, 11, 30))).is_ok(),
                ok
            );
        }
    }
}

mod design {
    use super::*;
    use awscalc::calc::s3::config::parse_configuration;
    use awscalc::calc::s3::config::{configuration, ConfigurationRequest};
    use awscalc::calc::s3::design::{
        configuration_json, design, versioned_configuration_json, ClassPrice, DesignPrices,
        DesignRequest, Keep, Versions,
    };
    use awscalc::calc::s3::restore::Fit;
    use awscalc::calc::s3::StorageClass;

    /// A price for every class, each a whole number of thousandths.
    fn prices(reads: u64, storage: &[u32], retrieval: &[u32]) -> DesignPrices {
        let list = |ps: &[u32]| -> Vec<ClassPrice> {
            StorageClass::ALL
                .iter()
                .zip(ps.iter().cycle())
                .map(|(c, p)| ClassPrice {
                    class: *c,
                    price: format!("{}", Decimal::new(i64::from(*p), 3))
                        .parse()
                        .unwrap(),
                })
                .collect()
        };
        DesignPrices {
            reads_per_month: reads,
            storage: list(storage),
            retrieval: list(retrieval),
            requests: vec![],
        }
    }

    proptest! {
        /// Every rule `s3 design` proposes passes awscalc's own checker with no violation,
        /// expires on the keep day, reads within the retrieval time (meets or may), and its
        /// lifecycle configuration JSON reads back (`s3 lifecycle --file`) as the same
        /// actions; the ranking is by fit, then days billed; staying in Standard is always
        /// among the proposals.
        #[test]
        fn prop_every_proposed_rule_passes_the_checker_and_round_trips(
            hot in 0u32..800,
            keep in 1u32..4_000,
            seconds in 1u64..400_000,
            size in prop::option::of(1u64..1_000_000),
            on in as_of(),
        ) {
            let request = DesignRequest {
                hot,
                within: format!("{seconds}s").parse().unwrap(),
                keep: Keep { days: keep, years: None },
                object_size: size.map(|s| s.to_string().parse().unwrap()),
                prices: None,
                versions: None,
            };
            let mut book = book(on);
            let result = design(&request, &mut book).unwrap();
            prop_assert!(result
                .ranked
                .iter()
                .any(|c| c.rule.len() == 1 && c.rule[0].kind == ActionKind::Expire));
            for c in &result.ranked {
                let checked = check(&c.rule, &mut book).unwrap();
                prop_assert!(checked.violations.is_empty(), "{:?}: {:?}", c.rule, checked);
                let last = c.rule.last().unwrap();
                prop_assert_eq!(last.kind, ActionKind::Expire);
                prop_assert_eq!(last.day, keep);
                prop_assert!(c.fit != Fit::Misses);
                prop_assert!(c.billed_days >= Decimal::from(keep));
                let text = configuration_json(&c.rule, "design").to_string();
                let back = parse_configuration(&text).unwrap();
                prop_assert_eq!(back.len(), 1);
                prop_assert_eq!(&back[0].actions, &c.rule);
                prop_assert!(back[0].enabled);
            }
            for pair in result.ranked.windows(2) {
                let key = |c: &awscalc::calc::s3::design::Candidate| (c.fit != Fit::Meets, c.billed_days);
                prop_assert!(key(&pair[0]) <= key(&pair[1]));
            }
        }

        /// With `--versioned`, the chosen rule's JSON, noncurrent actions included, reads back
        /// through `s3 lifecycle --file` as the same actions, the same NewerNoncurrentVersions,
        /// and every part valid; every noncurrent rule proposed passes the checker, expires on
        /// the noncurrent keep day, and transitions no earlier than NoncurrentDays 1.
        #[test]
        fn prop_versioned_design_round_trips_through_the_file_checker(
            hot in 0u32..800,
            keep in 1u32..4_000,
            noncurrent in 1u32..2_000,
            newer in prop::option::of(1u32..=100),
            seconds in 1u64..400_000,
            on in as_of(),
        ) {
            let request = DesignRequest {
                hot,
                within: format!("{seconds}s").parse().unwrap(),
                keep: Keep { days: keep, years: None },
                object_size: None,
                prices: None,
                versions: Some(Versions {
                    noncurrent_keep: Keep { days: noncurrent, years: None },
                    newer_versions: newer,
                }),
            };
            let mut book = book(on);
            let result = design(&request, &mut book).unwrap();
            let nc = result.noncurrent.as_ref().unwrap();
            for c in &nc.ranked {
                let checked = check(&c.rule, &mut book).unwrap();
                prop_assert!(checked.violations.is_empty(), "{:?}: {:?}", c.rule, checked);
                prop_assert_eq!(c.rule.last().unwrap().day, noncurrent);
                prop_assert!(c.rule.iter().all(|a| a.day >= 1));
            }
            let chosen = &result.chosen().rule;
            let nc_rule = &nc.chosen().rule;
            let text =
                versioned_configuration_json(chosen, Some((nc_rule, newer)), "design").to_string();
            let back = parse_configuration(&text).unwrap();
            prop_assert_eq!(&back[0].actions, chosen);
            prop_assert_eq!(&back[0].noncurrent, nc_rule);
            let kept: Vec<u32> = back[0].newer_noncurrent_versions.iter().map(|k| k.versions).collect();
            prop_assert_eq!(kept, newer.into_iter().collect::<Vec<_>>());
            let file = configuration(&ConfigurationRequest {
                text,
                source: "design.json".into(),
                object_size: None,
                created: None,
                noncurrent_since: None,
            }, &mut book).unwrap();
            prop_assert_eq!(file.counts(), (1, 0, 0));
        }

        /// With prices, each rule's cost is storage + retrieval + requests, never negative;
        /// the valid rules are the same as without prices; more reads a month never lower a
        /// rule's cost; the ranking is by fit, then cost.
        #[test]
        fn prop_costs_add_up_and_grow_with_reads(
            hot in 0u32..400,
            keep in 1u32..2_000,
            reads in 1u64..100,
            more in 1u64..100,
            storage in prop::collection::vec(0u32..50, 1..7),
            retrieval in prop::collection::vec(0u32..50, 1..7),
            gb in 1u64..100,
        ) {
            let base = DesignRequest {
                hot,
                within: "12h".parse().unwrap(),
                keep: Keep { days: keep, years: None },
                object_size: Some(format!("{gb}gb").parse().unwrap()),
                prices: None,
                versions: None,
            };
            let mut book = book(date(2026, 12, 1));
            let plain = design(&base, &mut book).unwrap();
            let priced = |reads| DesignRequest {
                prices: Some(prices(reads, &storage, &retrieval)),
                ..base.clone()
            };
            let some = design(&priced(reads), &mut book).unwrap();
            let lots = design(&priced(reads + more), &mut book).unwrap();
            let rules = |d: &awscalc::calc::s3::design::Design| {
                let mut r: Vec<String> = d.ranked.iter().map(|c| format!("{:?}", c.rule)).collect();
                r.sort();
                r
            };
            prop_assert_eq!(rules(&plain), rules(&some));
            for c in &some.ranked {
                let cost = c.cost.unwrap();
                prop_assert_eq!(cost.total, cost.storage + cost.retrieval + cost.requests);
                prop_assert!(cost.total >= Decimal::ZERO);
                let same = lots.ranked.iter().find(|d| d.rule == c.rule).unwrap();
                prop_assert!(same.cost.unwrap().total >= cost.total);
                prop_assert_eq!(same.cost.unwrap().storage, cost.storage);
            }
            for pair in some.ranked.windows(2) {
                let key = |c: &awscalc::calc::s3::design::Candidate| {
                    (c.fit != Fit::Meets, c.cost.unwrap().total)
                };
                prop_assert!(key(&pair[0]) <= key(&pair[1]));
            }
        }

        /// No keep text makes the parser panic.
        #[test]
        fn prop_keep_parser_never_panics(text in ".{0,20}") {
            let _ = text.parse::<Keep>();
        }

        /// No CLASS=PRICE text makes the parser panic.
        #[test]
        fn prop_class_price_parser_never_panics(text in ".{0,20}") {
            let _ = text.parse::<ClassPrice>();
        }
    }
}
