//! Producer batches: PutRecords requests for a workload, with and without KPL aggregation
//! (`awscalc kinesis --size 1kb --rate 20000/s --put-records 500 [--aggregate N]`).
//!
//! The rules ([PutRecords](https://docs.aws.amazon.com/kinesis/latest/APIReference/API_PutRecords.html),
//! the quota page): a request carries at most 500 records and 5 MiB (10 MiB since
//! 2025-10-27), partition keys included; a record is at most 1 MiB by default; a shard takes
//! 1,000 records and 1 MiB per second. Aggregation packs N user records into one Kinesis
//! record: N times fewer records (and requests), the same bytes. awscalc leaves out the
//! aggregation format's own overhead and the partition keys' bytes.

use rust_decimal::Decimal;
use serde::Serialize;

use super::{fact, Problem};
use crate::error::Error;
use crate::facts::FactBook;
use crate::units::{KbConvention, Rate, Size, SizeUnit};

/// A producer's batches: `--size S --rate R --put-records N [--aggregate A]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BatchRequest {
    /// A user record's size (a bare number is KB).
    pub size: Size,
    /// User records per unit of time.
    pub rate: Rate,
    /// Records the producer puts in one PutRecords request (at most 500).
    pub put_records: u32,
    /// User records per Kinesis record (KPL aggregation); 1 without aggregation.
    pub aggregate: u32,
}

/// The requests and shards a producer's batches need.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Batches {
    /// A user record's bytes.
    pub user_record_bytes: Decimal,
    /// User records per second.
    pub user_records_per_second: Decimal,
    /// User records per Kinesis record.
    pub aggregate: Decimal,
    /// A Kinesis record's bytes: user record bytes × aggregate.
    pub record_bytes: Decimal,
    /// Kinesis records per second: ⌈user records ÷ aggregate⌉.
    pub records_per_second: Decimal,
    /// Bytes written per second (aggregation does not change them).
    pub bytes_per_second: Decimal,
    /// The records in one request: the fewest of `--put-records`, the records limit and
    /// what fits the request's bytes.
    pub records_per_request: Decimal,
    /// PutRecords requests per second: ⌈records ÷ records per request⌉.
    pub requests_per_second: Decimal,
    /// Shards for the records: ⌈records ÷ 1,000⌉.
    pub shards_for_records: Decimal,
    /// Shards for the bytes: ⌈bytes ÷ 1 MiB⌉.
    pub shards_for_bytes: Decimal,
    /// Shards: the larger.
    pub shards: Decimal,
    /// Shards for the records without aggregation: ⌈user records ÷ 1,000⌉.
    pub shards_for_records_unaggregated: Decimal,
    /// PutRecords' records limit.
    pub max_records_per_request: Decimal,
    /// PutRecords' bytes limit.
    pub max_request_bytes: Decimal,
    /// Records per second one shard accepts.
    pub shard_records_per_second: Decimal,
    /// Bytes per second one shard accepts.
    pub shard_bytes_per_second: Decimal,
}

fn ceil(a: Decimal, b: Decimal) -> Result<Decimal, Error> {
    a.checked_div(b).map(|q| q.ceil()).ok_or(Error::Overflow)
}

/// `awscalc kinesis --size 1kb --rate 20000/s --put-records 500 --aggregate 10`.
///
/// ```
/// use awscalc::calc::kinesis::{batches, BatchRequest};
/// use awscalc::facts::{FactBook, Registry};
///
/// // 20,000 records/s of 1 KiB in requests of 500: 40 requests per second.
/// let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 11, 30));
/// let request = BatchRequest {
///     size: "1kb".parse().unwrap(),
///     rate: "20000/s".parse().unwrap(),
///     put_records: 500,
///     aggregate: 1,
/// };
/// assert_eq!(batches(&request, &mut book).unwrap().requests_per_second, 40.into());
/// ```
///
/// # Errors
/// More records per request than PutRecords takes, an aggregated record above the maximum
/// record size, or numbers too large to compute.
pub fn batches(request: &BatchRequest, book: &mut FactBook) -> Result<Batches, Error> {
    let max_records = book.value(fact::PUT_RECORDS_MAX_RECORDS)?;
    let max_request = book.value(fact::PUT_RECORDS_MAX_BYTES)?;
    let max_record = book.value(fact::MAX_RECORD_BYTES)?;
    let shard_records = book.value(fact::SHARD_WRITE_RECORDS_PER_SECOND)?;
    let shard_bytes = book.value(fact::SHARD_WRITE_BYTES_PER_SECOND)?;
    let put = Decimal::from(request.put_records);
    if put.is_zero() || put > max_records {
        return Err(Problem::PutRecordsOutOfRange {
            given: request.put_records,
            max: max_records,
        }
        .into());
    }
    let aggregate = Decimal::from(request.aggregate.max(1));
    let user_bytes = request.size.bytes(SizeUnit::Kilo, KbConvention::Binary)?;
    let user_rate = request.rate.as_per_second();
    let record_bytes = user_bytes.checked_mul(aggregate).ok_or(Error::Overflow)?;
    if record_bytes > max_record {
        return Err(Problem::AggregateTooLarge {
            aggregate: request.aggregate,
            user_bytes,
            record_bytes,
            max: max_record,
        }
        .into());
    }
    let records_per_second = ceil(user_rate, aggregate)?;
    let bytes_per_second = user_rate.checked_mul(user_bytes).ok_or(Error::Overflow)?;
    let fit = max_request
        .checked_div(record_bytes)
        .ok_or(Error::Overflow)?
        .floor();
    let records_per_request = put.min(max_records).min(fit);
    let requests_per_second = ceil(records_per_second, records_per_request)?;
    let shards_for_records = ceil(records_per_second, shard_records)?;
    let shards_for_bytes = ceil(bytes_per_second, shard_bytes)?;
    Ok(Batches {
        user_record_bytes: user_bytes,
        user_records_per_second: user_rate,
        aggregate,
        record_bytes,
        records_per_second,
        bytes_per_second,
        records_per_request,
        requests_per_second,
        shards_for_records,
        shards_for_bytes,
        shards: shards_for_records.max(shards_for_bytes).max(Decimal::ONE),
        shards_for_records_unaggregated: ceil(user_rate.ceil(), shard_records)?,
        max_records_per_request: max_records,
        max_request_bytes: max_request,
        shard_records_per_second: shard_records,
        shard_bytes_per_second: shard_bytes,
    })
}
