//! Browser component tests, one binary so the runner starts one headless Chromium: the
//! whole app mounted (`app`), the Raamwerk, ladder and action screens (`analysis`), the
//! pyramid screen (`pyramid`) and its board's cards as DOM (`board`).
#![cfg(target_arch = "wasm32")]

mod analysis;
mod app;
mod board;
mod pyramid;
mod pyramid_harness;
mod support;

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
