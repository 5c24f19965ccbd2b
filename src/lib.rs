//! awscalc: the numbers in AWS work and AWS certification study, exactly, with the
//! arithmetic and the AWS rule behind each one.
//!
//! The library is pure: typed inputs go into a calculator in [`calc`], which reads every
//! AWS constant from the dated [`facts`] registry and returns a typed result, its
//! derivation as [`steps`]; [`explain`] turns the result into a [`report::Report`] with
//! the words. (DynamoDB is built this way; the other services still build their reports in
//! their calculators, and move to [`explain`] one at a time.) A [`question::Question`] is
//! one command line as data; [`question::Question::answer`] calls its calculator and
//! weighs the changes of the AWS values it used. The `awscalc` binary parses the command
//! line into a question and renders the report.
//!
//! ```
//! use awscalc::calc::dynamodb::{read_capacity, Demand, Items, ReadConsistency, ReadRequest};
//! use awscalc::facts::{FactBook, Registry};
//!
//! let request = ReadRequest {
//!     items: Items::Single("5kb".parse().unwrap()),
//!     consistency: Some(ReadConsistency::Strong),
//!     demand: Demand::Rate("100".parse().unwrap()),
//! };
//! let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 1, 1));
//! let capacity = read_capacity(&request, &mut book).unwrap();
//! assert_eq!(capacity.answer.value(), 200.into());
//!
//! let report = awscalc::explain::dynamodb::read_capacity(&request, &mut book).unwrap();
//! assert_eq!(report.headline, "200 RCU");
//! ```

pub mod calc;
pub mod error;
pub mod explain;
pub mod facts;
pub mod question;
pub mod quiz;
pub mod report;
pub mod sheet;
pub mod steps;
pub mod units;
pub mod words;

pub use error::Error;

/// docs/library.md, whose Rust examples run as doctests so the page cannot drift.
#[cfg(doctest)]
#[doc = include_str!("../docs/library.md")]
struct LibraryGuide;
