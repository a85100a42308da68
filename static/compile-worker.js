// Compiles the app's WebAssembly off the main thread. index.html's first script starts this
// worker and the download together and passes the response's body here as a stream; the
// compiled module goes back to the page, which only instantiates it. So the page stays
// responsive while the bytes arrive and compile: the shell's links can be tapped.
// A failure is answered with a text, and the page then fetches and compiles the file on the
// main thread as before; the worker never keeps the app from starting.
self.onmessage = function (e) {
  var response = new Response(e.data, { headers: { "Content-Type": "application/wasm" } });
  WebAssembly.compileStreaming(response).then(
    function (module) {
      self.postMessage(module);
    },
    function (error) {
      self.postMessage(String(error));
    },
  );
};
