// The answer page works offline after one visit: its own small service worker (answer-sw.js)
// keeps only the answer page's files, never the board's app, so a phone downloads no more
// than it shows.
(function () {
  try {
    if (!("serviceWorker" in navigator) || !window.isSecureContext) return;
    window.addEventListener("load", function () {
      navigator.serviceWorker.register("./answer-sw.js", { scope: "./antwoord" }).catch(function () {});
    });
  } catch (e) {
    /* the page works online without it */
  }
})();
