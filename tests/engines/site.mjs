// The built site for the cross-engine suites: served on 127.0.0.1 under /samen-doen/ (as on
// GitHub Pages) by the project's static server, with a switch that plays "offline" (every
// request's connection is dropped, as when the network is gone), and for engines without a
// console over their protocol (WebKitGTK's WebDriver), and for what no protocol reports as a
// console error (a CSP refusal, a file that failed to load), a test copy of the pages with an
// error logger loaded first.
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { serve } from "../../scripts/static-server.mjs";

export const BASE = "/samen-doen/";
export const ERRORS_KEY = "__engineTestErrors";

/** Runs first in every page of the test copy: what a console would show as an error (an
 * uncaught exception, a rejected promise nobody handled, console.error, e.g. a Rust panic
 * through console_error_panic_hook, a file that failed to load, a CSP refusal), kept in
 * sessionStorage so it survives reloads of the tab and can be read back over WebDriver.
 * Errors inside workers and the service worker are not seen here. */
const LOGGER = `(function () {
  var KEY = ${JSON.stringify(ERRORS_KEY)};
  window[KEY] = true;
  function keep(kind, text) {
    try {
      var list = JSON.parse(sessionStorage.getItem(KEY) || "[]");
      list.push(kind + ": " + text);
      sessionStorage.setItem(KEY, JSON.stringify(list));
    } catch (e) {}
  }
  var original = console.error;
  console.error = function () {
    keep("console.error", Array.prototype.map.call(arguments, String).join(" "));
    return original.apply(console, arguments);
  };
  window.addEventListener("error", function (e) {
    var t = e.target;
    if (t && t !== window) keep("load failed", t.src || t.href || t.tagName);
    else keep("uncaught", e.message + " at " + e.filename + ":" + e.lineno);
  }, true);
  window.addEventListener("unhandledrejection", function (e) {
    var r = e.reason;
    keep("unhandled rejection", String(r) + (r && r.stack ? "\\n" + r.stack : ""));
  });
  document.addEventListener("securitypolicyviolation", function (e) {
    keep("csp", e.violatedDirective + " " + e.blockedURI);
  });
})();`;

/** Runs in a page (`eval(loggedErrors, ERRORS_KEY)`): what LOGGER kept in this tab; throws
 * when the page has no logger (its CSP hash wrong, say), which would hide every error. */
export function loggedErrors(key) {
  if (window[key] !== true) throw new Error(`no error logger in ${location.href}`);
  return JSON.parse(sessionStorage.getItem(key) || "[]");
}

/** Copies `dist` to a temporary directory with LOGGER as the first script of index.html and
 * antwoord.html. It goes in inline, its hash added to the page's own CSP: an inline script is
 * in the page the service worker caches, so it also runs when the app starts offline. Nothing
 * else changes. Returns the directory; `removeCopy` it when done. */
export function loggedCopy(dist) {
  const dir = mkdtempSync(join(tmpdir(), "samen-doen-engines-"));
  cpSync(resolve(dist), dir, { recursive: true });
  const hash = `'sha256-${createHash("sha256").update(LOGGER).digest("base64")}'`;
  for (const name of ["index.html", "antwoord.html"]) {
    const file = join(dir, name);
    const html = readFileSync(file, "utf8");
    const csp = /script-src 'self'/;
    if (!csp.test(html) || !html.includes("<head>")) throw new Error(`${name}: no <head> or no script-src 'self'`);
    const out = html
      .replace(csp, `script-src 'self' ${hash}`)
      .replace(/(<head>)/, `$1\n<script>${LOGGER}</script>`);
    writeFileSync(file, out);
  }
  return dir;
}

/** Serves `dir`; resolves to { url, origin, requests, setOffline(bool), close() }. */
export async function serveSite(dir) {
  const { server, url } = await serve(dir, 0, BASE);
  const [handler] = server.listeners("request");
  server.removeAllListeners("request");
  let offline = false;
  const site = {
    url,
    origin: new URL(url).origin,
    /** Requests answered (not those dropped while offline). */
    requests: 0,
    setOffline(on) {
      offline = on;
      // Idle keep-alive connections go now; a request on any other is dropped below.
      if (on) server.closeIdleConnections();
    },
    close: () => new Promise((ok) => (server.closeAllConnections(), server.close(ok))),
  };
  server.on("request", (req, res) => {
    if (offline) return req.socket.destroy();
    site.requests++;
    return handler(req, res);
  });
  return site;
}

/** Removes a directory made by `loggedCopy`. */
export const removeCopy = (dir) => rmSync(dir, { recursive: true, force: true });
