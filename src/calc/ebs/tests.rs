//! Unit and property tests for the EBS calculators.
