// Too old a browser, a refused WebAssembly, or an app that never starts: this plain script
// (ES5, no module) says so in the saved language instead of an endless loading line, and
// offers the sessions stored in this browser as a file the app can import later. Nothing
// stored is changed. index.html's first script sets window.__samenDoenUnsupported to "old"
// when a feature the build needs is missing; this file shows the notice for that, for a
// policy that refuses WebAssembly, and when the app has not started after 30 seconds.
(function () {
  "use strict";
  var shown = false;

  function english() {
    try {
      var s = JSON.parse(localStorage.getItem("samen-doen/v1/settings") || "{}");
      return s.language === "en";
    } catch (e) {
      return false;
    }
  }

  /** Every stored session as one export file (the stored data, as it is). */
  function backup() {
    var sessions = [];
    var unreadable = {};
    var version = 1;
    for (var i = 0; i < localStorage.length; i++) {
      var key = localStorage.key(i);
      if (!key || key.indexOf("samen-doen/v1/session/") !== 0) continue;
      var raw = localStorage.getItem(key);
      try {
        var doc = JSON.parse(raw);
        if (doc && doc.format === "samen-doen" && doc.data && typeof doc.data === "object") {
          sessions.push(doc.data);
          if (typeof doc.version === "number" && doc.version > version) version = doc.version;
        } else {
          unreadable[key] = raw;
        }
      } catch (e) {
        unreadable[key] = raw;
      }
    }
    var file = { format: "samen-doen", version: version, kind: "export", exported_ms: Date.now(), data: sessions };
    // Entries that do not read go along untouched; the app ignores this field on import.
    for (var k in unreadable) {
      file._unreadable = unreadable;
      break;
    }
    return { count: sessions.length, text: JSON.stringify(file, null, 2) };
  }

  function download(text) {
    var blob = new Blob([text], { type: "application/json" });
    var url = URL.createObjectURL(blob);
    var a = document.createElement("a");
    var d = new Date();
    var pad = function (n) {
      return (n < 10 ? "0" : "") + n;
    };
    a.href = url;
    a.download = "samen-doen-sessies-" + d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate()) + ".json";
    document.body.appendChild(a);
    a.click();
    setTimeout(function () {
      URL.revokeObjectURL(url);
      a.parentNode.removeChild(a);
    }, 1000);
  }

  function show(why) {
    var box = document.getElementById("app-unsupported");
    if (shown || !box || !document.getElementById("app-shell")) return;
    shown = true;
    var en = english();
    var els = box.querySelectorAll("[data-en]");
    for (var i = 0; i < els.length; i++) {
      if (en) els[i].textContent = els[i].getAttribute("data-en");
    }
    var reasons = box.querySelectorAll("[data-why]");
    for (var j = 0; j < reasons.length; j++) {
      reasons[j].hidden = reasons[j].getAttribute("data-why") !== why;
    }
    var stored;
    try {
      stored = backup();
    } catch (e) {
      stored = { count: 0, text: "" };
    }
    var save = box.querySelector("button");
    var none = box.querySelector("[data-none]");
    save.hidden = stored.count === 0;
    none.hidden = stored.count !== 0;
    save.onclick = function () {
      download(backup().text);
    };
    var loading = document.querySelector(".app-shell__loading");
    if (loading) loading.hidden = true;
    document.getElementById("app-shell").setAttribute("aria-busy", "false");
    box.hidden = false;
    box.setAttribute("data-why", why);
  }

  function whenReady(f) {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", f);
    else f();
  }

  if (window.__samenDoenUnsupported) {
    whenReady(function () {
      show(window.__samenDoenUnsupported);
    });
    return;
  }
  // A policy that refuses WebAssembly (before 'wasm-unsafe-eval': Chrome 97, Safari 16).
  document.addEventListener("securitypolicyviolation", function (e) {
    var what = String(e.blockedURI || "") + " " + String(e.sample || "");
    if (/wasm|eval/.test(what)) whenReady(function () {
      show("policy");
    });
  });
  // Whatever else keeps the app from starting: the shell is still there 30 s after the
  // WebAssembly arrived (a slow line gets up to two minutes for the download itself).
  var waited = 0;
  var poll = setInterval(function () {
    waited += 5;
    if (!document.getElementById("app-shell")) return clearInterval(poll);
    if ((window.__samenDoenWasmArrived && waited >= 30) || waited >= 120) {
      clearInterval(poll);
      whenReady(function () {
        show("stalled");
      });
    }
  }, 5000);
})();
