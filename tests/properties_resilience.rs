//! Properties of `awscalc dr`: a strategy or mechanism that meets an RPO and RTO meets every
//! looser one, and no input panics.

use awscalc::calc::resilience::{dr, Band, DrRequest, Verdict};
use awscalc::facts::{FactBook, Registry};
use awscalc::units::{Duration, DurationGrammar};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn seconds(n: u64) -> Duration {
    let grammar = DurationGrammar {
        what: "duration",
        bare_seconds: None,
        smallest_unit_seconds: 1,
        accepted: "90s",
    };
    Duration::parse(&format!("{n}s"), &grammar).unwrap()
}

fn answer(rpo: u64, rto: u64, snapshots: Option<u64>) -> awscalc::calc::resilience::Dr {
    let request = DrRequest {
        rpo: seconds(rpo),
        rto: seconds(rto),
        snapshot_every: snapshots.map(seconds),
    };
    dr(
        &request,
        &mut FactBook::new(Registry::builtin(), jiff::civil::date(2026, 11, 30)),
    )
    .unwrap()
}

proptest! {
    /// A looser RPO and RTO never turn a strategy's verdict worse, nor a mechanism's.
    #[test]
    fn prop_a_strategy_that_meets_a_target_meets_every_looser_one(
        rpo in 1u64..200_000,
        rto in 1u64..200_000,
        more_rpo in 0u64..200_000,
        more_rto in 0u64..200_000,
        every in 1u64..200_000,
    ) {
        let tight = answer(rpo, rto, Some(every));
        let loose = answer(rpo + more_rpo, rto + more_rto, Some(every));
        for (t, l) in tight.strategies.iter().zip(&loose.strategies) {
            prop_assert_eq!(t.strategy, l.strategy);
            prop_assert!(l.rpo >= t.rpo && l.rto >= t.rto && l.overall >= t.overall);
        }
        for (t, l) in tight.mechanisms.iter().zip(&loose.mechanisms) {
            prop_assert!(!t.meets || l.meets);
        }
        // The sure answer, where there is one, only gets cheaper.
        if tight.verdict == Some(Verdict::Meets) {
            prop_assert!(loose.strategy <= tight.strategy);
        }
    }

    /// A band's verdict is monotonic in the target, and the three verdicts meet at the
    /// band's edges: misses below its start, meets from its end.
    #[test]
    fn prop_band_verdicts_follow_the_bands_edges(target in 1u64..1_000_000) {
        let target = Decimal::from(target);
        for band in [Band::RealTime, Band::Minutes, Band::TensOfMinutes, Band::Hours] {
            let (from, to) = band.span_seconds();
            let verdict = band.verdict(target);
            prop_assert_eq!(verdict == Verdict::Meets, to <= target);
            prop_assert_eq!(verdict == Verdict::Misses, target < from);
            prop_assert!(band.verdict(target + Decimal::ONE) >= verdict);
        }
    }

    /// Snapshots meet the RPO exactly when their interval is within it.
    #[test]
    fn prop_snapshots_meet_the_rpo_when_the_interval_is_within_it(
        rpo in 1u64..1_000_000,
        every in 1u64..1_000_000,
    ) {
        let a = answer(rpo, 3600, Some(every));
        let snap = a.mechanisms.last().unwrap();
        prop_assert_eq!(snap.meets, every <= rpo);
        prop_assert_eq!(snap.loss_seconds, Decimal::from(every));
    }
}

proptest! {
    /// A presigned URL that fits fits every shorter expiry, and a credential with more
    /// life left never turns a fit into a refusal.
    #[test]
    fn prop_a_presigned_url_that_fits_fits_every_shorter_one(
        expires in 1u64..2_000_000,
        shorter in 0u64..2_000_000,
        left in 1u64..200_000,
    ) {
        use awscalc::calc::resilience::{limit, LimitRequest};
        let book = || FactBook::new(Registry::builtin(), jiff::civil::date(2026, 11, 30));
        let ask = |e: u64| LimitRequest::Presign { expires: seconds(e), remaining: Some(seconds(left)) };
        let long = limit(&ask(expires + shorter), &mut book()).unwrap();
        let short = limit(&ask(expires), &mut book()).unwrap();
        prop_assert!(!long.fits || short.fits);
        prop_assert_eq!(short.fits, expires <= 604_800 && expires <= left);
    }
}

proptest! {
    /// CloudWatch retention (GetMetricStatistics): a look-back that fits fits every shorter
    /// one, and the verdict is the look-back against 3 h, 15 d, 63 d or 455 d by period.
    #[test]
    fn prop_cloudwatch_retention_follows_the_period(period in 1u64..10_000, keep in 1u64..50_000_000) {
        use awscalc::calc::resilience::{limit, LimitRequest};
        let book = || FactBook::new(Registry::builtin(), jiff::civil::date(2026, 12, 1));
        let ask = |k: u64| LimitRequest::Cloudwatch { period: seconds(period), keep: seconds(k) };
        let kept: u64 = if period < 60 { 3 * 3_600 } else if period < 300 { 15 * 86_400 } else if period < 3_600 { 63 * 86_400 } else { 455 * 86_400 };
        let answer = limit(&ask(keep), &mut book()).unwrap();
        prop_assert_eq!(answer.fits, keep <= kept);
        if answer.fits {
            prop_assert!(limit(&ask(keep.div_ceil(2)), &mut book()).unwrap().fits);
        }
    }

    /// A Secrets Manager interval that fits fits every longer one (at least 4 hours).
    #[test]
    fn prop_secrets_rotation_fits_every_longer_interval(every in 1u64..10_000_000, more in 0u64..1_000_000) {
        use awscalc::calc::resilience::{limit, LimitRequest};
        let book = || FactBook::new(Registry::builtin(), jiff::civil::date(2026, 12, 1));
        let fits = |e: u64| limit(&LimitRequest::Secrets { every: seconds(e) }, &mut book()).unwrap().fits;
        prop_assert_eq!(fits(every), every >= 4 * 3_600);
        prop_assert!(!fits(every) || fits(every + more));
    }
}

proptest! {
    /// A CloudWatch alarm (PutMetricAlarm): the period is valid exactly when it is 10, 20, 30
    /// or a multiple of 60 seconds, and period × evaluation periods at most 1 day under an
    /// hour, 7 days from an hour; the next valid period is never below the period asked.
    #[test]
    fn prop_alarm_period_and_span_follow_put_metric_alarm(period in 1u64..100_000, evaluations in 1u64..10_000) {
        use awscalc::calc::resilience::{limit, LimitRequest};
        let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 12, 1));
        let answer = limit(
            &LimitRequest::Alarm { period: seconds(period), evaluations },
            &mut book,
        )
        .unwrap();
        let valid = matches!(period, 10 | 20 | 30) || period % 60 == 0;
        let span = if period < 3_600 { 86_400 } else { 604_800 };
        prop_assert_eq!(answer.fits, valid && period * evaluations <= span);
        let next = answer.valid_period_seconds.unwrap();
        prop_assert!(next >= Decimal::from(period));
        prop_assert_eq!(next == Decimal::from(period), valid);
    }
}
