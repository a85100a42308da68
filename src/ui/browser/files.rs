//! Files the team picks or drops: listing them and reading one in the background.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// The files of a picker's or a drop's list.
pub fn files_of(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(list) = list else {
        return Vec::new();
    };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// Reads `file`'s bytes in the background; `done` gets them, or `None` when the browser
/// could not read the file. False when reading could not even start (then `done` is not
/// called). Bytes rather than text: the caller decides what an encoding error means,
/// where the browser's text reading would replace it silently.
pub fn read_bytes(file: &web_sys::File, done: impl FnOnce(Option<Vec<u8>>) + 'static) -> bool {
    let Ok(reader) = web_sys::FileReader::new() else {
        return false;
    };
    let result = reader.clone();
    // `loadend` fires exactly once, after success or failure, so a once-closure fits and
    // frees itself when called.
    let on_end = Closure::once_into_js(move |_: web_sys::Event| {
        let bytes = result
            .result()
            .ok()
            .filter(|r| r.is_instance_of::<js_sys::ArrayBuffer>())
            .map(|buffer| js_sys::Uint8Array::new(&buffer).to_vec());
        done(bytes);
    });
    reader.set_onloadend(Some(on_end.unchecked_ref()));
    if reader.read_as_array_buffer(file).is_err() {
        reader.set_onloadend(None);
        return false;
    }
    true
}
