// Registers the service worker (sw.js, written by scripts/post-build.mjs) so Samen Doen starts
// without a network after one visit, and tells the app when a new version is ready.
//
// Contract with the app (Rust side):
// - When a new version has been installed and is waiting while this page is controlled by the
//   old one (also right at page load if one is already waiting), this sets
//   `window.__samenDoenUpdate = true` and dispatches `new CustomEvent("samen-doen-update")` on
//   window.
// - `window.samenDoenApplyUpdate()` activates the waiting version and reloads the page once,
//   when the new worker has taken over. It never throws and returns nothing.
// - Nothing else here ever reloads the page.
(function () {
  "use strict";
  if (typeof window.samenDoenApplyUpdate === "function") return; // loaded twice
  var registration = null;
  var applying = false;
  var reloaded = false;
  var announced = false;

  function announce(reg) {
    try {
      // Once per page: the app shows one notice, and applying takes the newest waiting worker.
      if (announced || !reg || !reg.waiting || !navigator.serviceWorker.controller) return;
      announced = true;
      window.__samenDoenUpdate = true;
      window.dispatchEvent(new CustomEvent("samen-doen-update"));
    } catch (e) {
      /* never break the page */
    }
  }

  function track(reg) {
    try {
      if (!reg) return;
      registration = reg;
      announce(reg);
      reg.addEventListener("updatefound", function () {
        var worker = reg.installing;
        if (!worker) return;
        worker.addEventListener("statechange", function () {
          if (worker.state === "installed") announce(reg);
        });
      });
    } catch (e) {
      /* never break the page */
    }
  }

  function post(reg) {
    try {
      if (reg && reg.waiting) {
        applying = true;
        reg.waiting.postMessage({ type: "skip-waiting" });
      } else if (window.__samenDoenUpdate && !reloaded) {
        // The new version was already activated (by another tab): the user asked for it.
        reloaded = true;
        location.reload();
      }
    } catch (e) {
      /* never break the page */
    }
  }

  window.samenDoenApplyUpdate = function () {
    try {
      if (!("serviceWorker" in navigator)) return;
      if (registration) {
        post(registration);
      } else {
        navigator.serviceWorker.getRegistration("./").then(post, function () {});
      }
    } catch (e) {
      /* never break the page */
    }
  };

  try {
    if (!("serviceWorker" in navigator) || !window.isSecureContext) return;
    var sw = navigator.serviceWorker;
    if (!sw) return;
    sw.addEventListener("controllerchange", function () {
      // Only after the user asked for the new version; the first install's clients.claim()
      // and other tabs' updates never reload this page.
      if (!applying || reloaded) return;
      reloaded = true;
      location.reload();
    });

    var register = function () {
      try {
        sw.register("./sw.js", { scope: "./" }).then(track, function () {
          /* no worker (private mode, storage off): the app still works online */
        });
      } catch (e) {
        /* same */
      }
    };
    // After the page has loaded, so installing does not compete with the app's own start.
    if (document.readyState === "complete") register();
    else window.addEventListener("load", register, { once: true });

    // A page left open for a day (a smartboard) still hears about new versions.
    var lastCheck = Date.now();
    document.addEventListener("visibilitychange", function () {
      try {
        if (document.visibilityState !== "visible" || !registration) return;
        if (Date.now() - lastCheck < 60 * 60 * 1000) return;
        lastCheck = Date.now();
        registration.update().catch(function () {});
      } catch (e) {
        /* never break the page */
      }
    });
  } catch (e) {
    /* never break the page */
  }
})();
