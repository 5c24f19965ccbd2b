//! Typed results serialize with exact JSON numbers, as the report's JSON does.

use awscalc::calc::dynamodb::{read_capacity, Demand, Items, ReadConsistency, ReadRequest};
use awscalc::facts::{FactBook, Registry};

/// 5 KB strongly consistent reads at 100/s: 200 RCU, 2 units a read; 7 reads a minute of
/// 4 KB eventually consistent: 7 × 0.5 / 60 = 0.058333… units consumed per second.
#[test]
fn a_typed_result_serializes_its_numbers_as_json_numbers() {
    let mut book = FactBook::new(Registry::builtin(), jiff::civil::date(2026, 11, 30));
    let request = ReadRequest {
        items: Items::Single("5kb".parse().unwrap()),
        consistency: Some(ReadConsistency::Strong),
        demand: Demand::Rate("100".parse().unwrap()),
    };
    let json = serde_json::to_value(read_capacity(&request, &mut book).unwrap()).unwrap();
    assert_eq!(json["answer"]["units"], serde_json::json!(200));
    assert_eq!(json["answer"]["units_per_request"], serde_json::json!(2));
    assert_eq!(json["steps"][0]["what"]["step"], "round_item");
    assert_eq!(json["steps"][0]["formula"]["op"], "ceil");
    assert!(
        json["steps"][0]["value"].is_number(),
        "{}",
        json["steps"][0]
    );
}
