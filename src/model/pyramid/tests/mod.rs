//! Tests of the pyramid domain: unit examples and property tests.

#[cfg(not(target_arch = "wasm32"))]
mod props;
mod unit;
