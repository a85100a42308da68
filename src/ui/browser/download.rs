//! Offers text as a file download, made in the browser (nothing is uploaded).

use wasm_bindgen::JsCast;

/// Starts a download of `text` as `file_name`; false when the browser refused.
pub fn download_text(file_name: &str, text: &str, mime: &str) -> bool {
    fn inner(file_name: &str, text: &str, mime: &str) -> Option<()> {
        let parts = js_sys::Array::of1(&text.into());
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(mime);
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let document = web_sys::window()?.document()?;
        let a: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
        a.set_href(&url);
        a.set_download(file_name);
        a.click();
        web_sys::Url::revoke_object_url(&url).ok()
    }
    inner(file_name, text, mime).is_some()
}
