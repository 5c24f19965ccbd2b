//! The limits a stream request must respect: enhanced fan-out consumers per stream, the
//! maximum record size, the partition key's length, retention, and Lambda's parallelization
//! factor, each as in force on the book's date
//! ([quota page](https://docs.aws.amazon.com/streams/latest/dev/service-sizes-and-limits.html)).
//!
//! The facts are read in a fixed order: it orders the facts a report lists as used.

use rust_decimal::Decimal;

use super::{fact, Problem, RecordSource, StreamRequest, Workload};
use crate::error::Error;
use crate::facts::FactBook;
use crate::units::{KbConvention, SizeUnit};

/// The limits that make the request impossible, as [`Problem`]s.
pub(super) fn check(request: &StreamRequest, book: &mut FactBook) -> Result<(), Error> {
    check_efo(request, book)?;
    check_parallelization(request.parallelization, book)?;
    check_record_size(request, book)?;
    check_key_and_retention(request, book)
}

/// Enhanced fan-out consumers per stream.
fn check_efo(request: &StreamRequest, book: &mut FactBook) -> Result<(), Error> {
    check_efo_count(request.efo_consumers, request.advantage, book)
}

/// `efo_consumers` enhanced fan-out consumers against the most a stream takes in its mode.
pub(super) fn check_efo_count(
    efo_consumers: u32,
    advantage: bool,
    book: &mut FactBook,
) -> Result<(), Error> {
    if efo_consumers == 0 {
        if advantage {
            book.value(fact::EFO_CONSUMERS_PER_STREAM_ADVANTAGE)?;
        }
        return Ok(());
    }
    let cap = book.value(if advantage {
        fact::EFO_CONSUMERS_PER_STREAM_ADVANTAGE
    } else {
        fact::EFO_CONSUMERS_PER_STREAM
    })?;
    if Decimal::from(efo_consumers) <= cap {
        return Ok(());
    }
    let advantage_cap = match book.peek(fact::EFO_CONSUMERS_PER_STREAM_ADVANTAGE) {
        Some(advantage_cap) if !advantage && advantage_cap > cap => Some(advantage_cap),
        _ => None,
    };
    let standard_elsewhere = if advantage {
        book.peek(fact::EFO_CONSUMERS_PER_STREAM)
            .filter(|standard| *standard < cap)
    } else {
        None
    };
    Err(Problem::TooManyEfoConsumers {
        given: efo_consumers,
        cap,
        advantage,
        standard_elsewhere,
        advantage_cap,
    }
    .into())
}

/// The record size (or the average record) against the maximum in force.
fn check_record_size(request: &StreamRequest, book: &mut FactBook) -> Result<(), Error> {
    let default_max = book.value(fact::MAX_RECORD_BYTES)?;
    let max = match &request.max_record_size {
        None => default_max,
        Some(size) => {
            let bytes = size.bytes(SizeUnit::Kilo, KbConvention::Binary)?;
            let raised = book.value(fact::MAX_RECORD_BYTES_RAISED).map_err(|_| {
                let since = book
                    .fact(fact::MAX_RECORD_BYTES_RAISED)
                    .ok()
                    .and_then(|f| f.history.iter().find(|e| e.value.is_some()))
                    .and_then(|e| e.since);
                Error::from(Problem::RaisedMaxNotYet {
                    given: size.text().to_string(),
                    as_of: book.as_of(),
                    since,
                    default_max,
                })
            })?;
            if bytes < default_max || bytes > raised {
                return Err(Problem::MaxRecordSizeOutOfRange {
                    given: size.text().to_string(),
                    bytes,
                    min: default_max,
                    max: raised,
                }
                .into());
            }
            bytes
        }
    };
    let (bytes, record) = match &request.workload {
        Workload::Records { size, .. } => (
            size.bytes(SizeUnit::Kilo, KbConvention::Binary)?,
            RecordSource::Given(size.text().to_string()),
        ),
        Workload::Throughput { write, records } => {
            let bytes = write
                .size()
                .bytes(SizeUnit::Mega, KbConvention::Binary)?
                .checked_mul(Decimal::from(records.per_seconds()))
                .ok_or(Error::Overflow)?;
            let count = records
                .count()
                .checked_mul(Decimal::from(write.per_seconds()))
                .ok_or(Error::Overflow)?;
            (
                bytes.checked_div(count).ok_or(Error::Overflow)?.round_dp(2),
                RecordSource::Average {
                    write: write.text().to_string(),
                    records: records.text().to_string(),
                },
            )
        }
    };
    if bytes > max {
        let raised = request.max_record_size.is_some();
        return Err(Problem::RecordTooLarge {
            record,
            bytes,
            max,
            raised,
            raise_to: if raised {
                None
            } else {
                book.peek(fact::MAX_RECORD_BYTES_RAISED)
            },
        }
        .into());
    }
    Ok(())
}

/// The partition key's length and the retention period against their limits.
fn check_key_and_retention(request: &StreamRequest, book: &mut FactBook) -> Result<(), Error> {
    if let Some(key) = &request.partition_key {
        let max_chars = book.value(fact::PARTITION_KEY_MAX_CHARS)?;
        let chars = key.chars().count();
        if chars == 0 {
            return Err(Problem::EmptyPartitionKey { max_chars }.into());
        }
        if Decimal::from(chars) > max_chars {
            return Err(Problem::PartitionKeyTooLong {
                key: key.clone(),
                chars,
                max_chars,
            }
            .into());
        }
    }
    if let Some(retention) = &request.retention {
        let min = book.value(fact::RETENTION_MIN_HOURS)?;
        let max = book.value(fact::RETENTION_MAX_HOURS)?;
        if retention.hours() < min || retention.hours() > max {
            return Err(Problem::RetentionOutOfRange {
                given: retention.text().to_string(),
                hours: retention.hours(),
                min,
                max,
                as_of: book.as_of(),
            }
            .into());
        }
    }
    Ok(())
}

/// The parallelization factor, which must lie in Lambda's range in force; the default is
/// the smallest.
pub(super) fn check_parallelization(
    factor: Option<u32>,
    book: &mut FactBook,
) -> Result<Decimal, Error> {
    let min = book.value(fact::LAMBDA_PARALLELIZATION_MIN)?;
    let Some(factor) = factor else {
        return Ok(min);
    };
    let max = book.value(fact::LAMBDA_PARALLELIZATION_MAX)?;
    let value = Decimal::from(factor);
    if value < min || value > max {
        return Err(Problem::ParallelizationOutOfRange {
            factor,
            as_of: book.as_of(),
            min,
            max,
        }
        .into());
    }
    Ok(value)
}
