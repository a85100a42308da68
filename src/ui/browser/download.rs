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

/// Draws `svg` on a canvas at `scale` times its size and offers it as a PNG download.
/// Asynchronous (the image must load first); false when it could not even start.
pub fn download_png(file_name: &str, svg: &str, width: f64, height: f64, scale: f64) -> bool {
    fn inner(file_name: String, svg: &str, width: f64, height: f64, scale: f64) -> Option<()> {
        use wasm_bindgen::closure::Closure;
        let document = web_sys::window()?.document()?;
        let parts = js_sys::Array::of1(&svg.into());
        let options = web_sys::BlobPropertyBag::new();
        options.set_type("image/svg+xml");
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let image = web_sys::HtmlImageElement::new().ok()?;
        let canvas: web_sys::HtmlCanvasElement =
            document.create_element("canvas").ok()?.dyn_into().ok()?;
        canvas.set_width((width * scale) as u32);
        canvas.set_height((height * scale) as u32);
        let loaded = image.clone();
        let source = url.clone();
        let on_load = Closure::once_into_js(move || {
            let done = (|| {
                let ctx: web_sys::CanvasRenderingContext2d =
                    canvas.get_context("2d").ok()??.dyn_into().ok()?;
                ctx.scale(scale, scale).ok()?;
                ctx.draw_image_with_html_image_element(&loaded, 0.0, 0.0)
                    .ok()?;
                let name = file_name.clone();
                let on_blob = Closure::once_into_js(move |blob: web_sys::Blob| {
                    if let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) {
                        if let Some(a) = web_sys::window()
                            .and_then(|w| w.document())
                            .and_then(|d| d.create_element("a").ok())
                            .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
                        {
                            a.set_href(&url);
                            a.set_download(&name);
                            a.click();
                        }
                        let _ = web_sys::Url::revoke_object_url(&url);
                    }
                });
                canvas
                    .to_blob_with_type(on_blob.unchecked_ref(), "image/png")
                    .ok()
            })();
            let _ = done;
            let _ = web_sys::Url::revoke_object_url(&source);
        });
        image.set_onload(Some(on_load.unchecked_ref()));
        image.set_src(&url);
        Some(())
    }
    inner(file_name.to_string(), svg, width, height, scale).is_some()
}
