// Reads QR codes from the board camera's frames, off the main thread. A TEMPLATE:
// scripts/build-extras.mjs writes qr-worker.js with this build's file names. The reader is
// Rust (src/bin/qr.rs, the rqrr crate) compiled to WebAssembly; camera.js starts this
// worker only when the camera is opened, so the app's first load does not carry it.
importScripts("./__QR_JS__");
var ready = wasm_bindgen({ module_or_path: "./__QR_WASM__" });
self.onmessage = function (e) {
  var frame = e.data;
  ready.then(
    function () {
      var text = null;
      try {
        text = wasm_bindgen.read_qr(frame.width, frame.height, new Uint8Array(frame.data.buffer)) || null;
      } catch (err) {
        text = null;
      }
      self.postMessage({ text: text });
    },
    function () {
      self.postMessage({ text: null, failed: true });
    },
  );
};
