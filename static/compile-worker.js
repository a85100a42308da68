// Compiles the app's WebAssembly off the main thread (index.html starts this worker first
// thing). The main thread then only instantiates the compiled module, so the page stays
// responsive while the bytes arrive and are compiled: the shell's links can be tapped.
// Anything that fails is answered with a text, and the page then compiles on the main
// thread as before; the worker never keeps the app from starting.
self.onmessage = function (e) {
  WebAssembly.compileStreaming(fetch(e.data)).then(
    function (module) {
      self.postMessage(module);
    },
    function (error) {
      self.postMessage(String(error));
    },
  );
};
