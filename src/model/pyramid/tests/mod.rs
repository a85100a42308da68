//! Tests of the pyramid domain: unit examples and property tests.

mod props;
mod unit;
