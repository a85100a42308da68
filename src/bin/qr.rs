//! The board camera's QR reader: a worker (`qr-worker.js`, written by the build) hands it
//! a camera frame and gets the text of the first QR code found. Its own small binary, so
//! the app's first load does not carry it; it is fetched when the camera is opened.

use wasm_bindgen::prelude::*;

/// The text of the first readable QR code in an RGBA frame of `width` × `height`.
#[wasm_bindgen]
pub fn read_qr(width: u32, height: u32, rgba: &[u8]) -> Option<String> {
    let (w, h) = (width as usize, height as usize);
    if w == 0 || h == 0 || rgba.len() < w * h * 4 {
        return None;
    }
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(w, h, |x, y| {
        let at = (y * w + x) * 4;
        // Luma from RGB (integer Rec. 601 weights).
        let (r, g, b) = (
            u32::from(rgba[at]),
            u32::from(rgba[at + 1]),
            u32::from(rgba[at + 2]),
        );
        ((r * 299 + g * 587 + b * 114) / 1000) as u8
    });
    image
        .detect_grids()
        .into_iter()
        .find_map(|grid| grid.decode().ok().map(|(_, text)| text))
}

fn main() {}
