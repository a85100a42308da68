// Shared setup for the end-to-end tests: serves the release dist/ on 127.0.0.1 (under a
// sub-path, as on GitHub Pages), launches Debian's Chromium through playwright-core, and
// records every console error and every request that would leave 127.0.0.1.
import { chromium } from "playwright-core";
import { serve } from "../../scripts/static-server.mjs";

export const CHROMIUM_ARGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/**
 * Runs in the page (`page.evaluate(textUnder, 28)`): every seen text smaller than `min` px,
 * as "TAG size "text"". Text kept only for screen readers (1 px, clipped) and hidden text are
 * not seen.
 */
export function textUnder(min) {
  const small = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    if (!node.textContent.trim()) continue;
    const el = node.parentElement;
    const r = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    if (r.width === 0 || r.height === 0 || style.visibility === "hidden") continue;
    if (r.width <= 1 && r.height <= 1) continue;
    const size = parseFloat(style.fontSize);
    if (size < min) small.push(`${el.tagName}.${el.className} ${size}px "${node.textContent.trim().slice(0, 30)}"`);
  }
  return small;
}

/** Serves dist/ (or `dir`) and launches the browser (with `args` added to the usual ones).
 * Call `close()` when done. */
export async function start({ base = "/samen-doen/", dir = "dist", args = [] } = {}) {
  const { server, url } = await serve(dir, 0, base);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: [...CHROMIUM_ARGS, ...args],
  });
  const origin = new URL(url).origin;
  const offsite = [];
  const consoleErrors = [];

  /** A fresh context (its own localStorage) with the network guard in place. */
  async function newContext(options = {}) {
    const context = await browser.newContext(options);
    await context.route("**/*", (route) => {
      const u = route.request().url();
      if (u.startsWith(origin + "/") || u.startsWith("data:") || u.startsWith("blob:")) {
        return route.continue();
      }
      offsite.push(u);
      return route.abort();
    });
    context.on("page", (page) => watch(page));
    return context;
  }

  function watch(page) {
    page.on("console", (msg) => {
      if (msg.type() === "error") consoleErrors.push(msg.text());
    });
    page.on("pageerror", (err) => consoleErrors.push(String(err)));
  }

  /** Opens the app at `hash` and waits until it has mounted. */
  async function open(context, hash = "") {
    const page = await context.newPage();
    await page.goto(url + hash);
    await page.waitForSelector("[data-testid=main]");
    return page;
  }

  async function close() {
    await browser.close();
    await new Promise((ok) => server.close(ok));
  }

  return { url, origin, browser, newContext, open, close, offsite, consoleErrors };
}
