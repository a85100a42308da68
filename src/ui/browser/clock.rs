//! The browser's clock, the one place the UI reads time from (the model takes it as input).

/// Milliseconds since the Unix epoch.
pub fn now_ms() -> u64 {
    js_sys::Date::now().max(0.0) as u64
}

/// Milliseconds since the Unix epoch as the page's own steady clock: the wall clock when the
/// page opened plus the time since, so setting the computer's clock while a meeting runs
/// (or a clock that jumps) never moves the meeting's timer. Falls back to [`now_ms`].
pub fn steady_ms() -> u64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.time_origin() + p.now())
        .filter(|t| t.is_finite())
        .map_or_else(now_ms, |t| t.max(0.0) as u64)
}

/// Today's local date as ISO `YYYY-MM-DD`.
pub fn today_iso() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

/// The local date of an instant (ms since the epoch) as ISO `YYYY-MM-DD`.
pub fn iso_date_of(ms: u64) -> String {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

/// Milliseconds on the page's steady clock, with fractions: for measuring how long work
/// has run (never jumps with the computer's clock). Falls back to [`now_ms`].
pub fn monotonic_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .filter(|t| t.is_finite())
        .unwrap_or_else(|| now_ms() as f64)
}
