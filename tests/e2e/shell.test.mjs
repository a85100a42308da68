// End-to-end: the release build starts cleanly, every screen is reachable and accessible,
// the language choice survives a reload, and nothing leaves 127.0.0.1.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import AxeBuilder from "@axe-core/playwright";
import { start } from "./harness.mjs";

const SCREENS = ["home", "pyramid", "framework", "ladder", "actions", "report", "progress", "privacy"];
let h;

before(async () => {
  h = await start();
});

after(async () => {
  await h?.close();
});

test("starts without console errors and shows the Dutch shell", async () => {
  const ctx = await h.newContext();
  const page = await h.open(ctx);
  assert.equal(await page.textContent("[data-testid=nav-home]"), "Sessies");
  assert.equal(await page.getAttribute("html", "lang"), "nl");
  assert.deepEqual(h.consoleErrors, []);
  await ctx.close();
});

test("the WebAssembly is compiled in a worker, and the app starts where the worker cannot help", async () => {
  /** What the start script was given: the module the worker compiled, the response, or the
   *  address (the page then fetches the file again). */
  const given = (page) =>
    page.evaluate(async () => {
      const m = await window.__samenDoenWasm;
      if (m instanceof WebAssembly.Module) return "module";
      return m instanceof Response ? "response" : String(m);
    });
  const wasmFile = /^\.\/samen-doen-[0-9a-f]+_bg\.wasm$/;
  /** Counts the page's requests of the wasm (not the service worker's copy for offline use);
   *  `first` answers the first one. */
  async function counted(ctx, first = (route) => route.continue()) {
    const seen = { n: 0 };
    await ctx.route("**/*_bg.wasm", (route) => {
      if (route.request().serviceWorker()) return route.continue();
      return ++seen.n === 1 ? first(route) : route.continue();
    });
    return seen;
  }

  const ctx = await h.newContext();
  const requests = await counted(ctx);
  const page = await h.open(ctx);
  assert.equal(await given(page), "module");
  assert.equal(requests.n, 1, "one download, handed to the worker");
  await ctx.close();

  // No Worker at all: the response is compiled on the main thread, not fetched again.
  const noWorker = await h.newContext();
  await noWorker.addInitScript(() => {
    delete window.Worker;
  });
  const r1 = await counted(noWorker);
  const p1 = await h.open(noWorker);
  assert.equal(await given(p1), "response");
  assert.equal(r1.n, 1);
  assert.equal(await p1.textContent("[data-testid=nav-home]"), "Sessies");
  await noWorker.close();

  // The worker's script does not load.
  const noScript = await h.newContext();
  await noScript.route("**/compile-worker.js", (route) => route.fulfill({ status: 404, body: "" }));
  const p2 = await h.open(noScript);
  assert.match(await given(p2), wasmFile);
  assert.equal(await p2.textContent("[data-testid=nav-home]"), "Sessies");
  await noScript.close();

  // The worker cannot compile what arrived: the page fetches the file again itself.
  const badBytes = await h.newContext();
  const r3 = await counted(badBytes, (route) =>
    route.fulfill({ status: 200, contentType: "application/wasm", body: "not wasm" }),
  );
  const p3 = await h.open(badBytes);
  assert.match(await given(p3), wasmFile);
  assert.equal(r3.n, 2, "the worker's bytes and the page's own");
  assert.equal(await p3.textContent("[data-testid=nav-home]"), "Sessies");
  await badBytes.close();

  // The download fails once: the page fetches the file again itself.
  const failed = await h.newContext();
  const r4 = await counted(failed, (route) => route.abort());
  const p4 = await h.open(failed);
  assert.match(await given(p4), wasmFile);
  assert.equal(r4.n, 2);
  assert.equal(await p4.textContent("[data-testid=nav-home]"), "Sessies");
  await failed.close();

  // The aborted download logs a network error in the console; nothing else may.
  const others = h.consoleErrors.filter((e) => !/Failed to load resource|net::ERR_FAILED/.test(e));
  assert.deepEqual(others, []);
  h.consoleErrors.length = 0;
});

test("every screen of the shell is reachable and passes an axe scan", async () => {
  const ctx = await h.newContext();
  const page = await h.open(ctx);
  for (const smartboard of [false, true]) {
    if (smartboard) await page.click("[data-testid=smartboard-switch]");
    for (const slug of SCREENS) {
      await page.click(`[data-testid=nav-${slug}]`);
      await page.waitForSelector(`[data-testid=screen-${slug}]`);
      assert.equal(
        await page.getAttribute(`[data-testid=nav-${slug}]`, "aria-current"),
        "page",
      );
      const { violations } = await new AxeBuilder({ page }).analyze();
      assert.deepEqual(
        violations.map((v) => `${slug}: ${v.id} ${v.nodes.map((n) => n.target).join(" ")}`),
        [],
      );
    }
  }
  assert.deepEqual(h.consoleErrors, []);
  await ctx.close();
});

test("the language switch works and survives a reload", async () => {
  const ctx = await h.newContext();
  const page = await h.open(ctx, "#/privacy");
  await page.click("[data-testid=lang-switch]");
  assert.equal(await page.textContent("[data-testid=nav-home]"), "Sessions");
  assert.equal(await page.getAttribute("html", "lang"), "en");
  await page.reload();
  await page.waitForSelector("[data-testid=screen-privacy]");
  assert.equal(await page.textContent("[data-testid=nav-home]"), "Sessions");
  await page.click("[data-testid=lang-switch]");
  assert.equal(await page.textContent("[data-testid=nav-home]"), "Sessies");
  await ctx.close();
});

test("works from the site root as well as from a sub-path", async () => {
  const root = await start({ base: "/" });
  try {
    const ctx = await root.newContext();
    const page = await root.open(ctx, "#/ladder");
    await page.waitForSelector("[data-testid=screen-ladder]");
    assert.deepEqual(root.consoleErrors, []);
    assert.deepEqual(root.offsite, []);
    await ctx.close();
  } finally {
    await root.close();
  }
});

test("an unknown fragment shows a Dutch message, not a blank page", async () => {
  const ctx = await h.newContext();
  const page = await h.open(ctx, "#/bestaat-niet");
  const text = await page.textContent("[data-testid=screen-not-found]");
  assert.match(text, /bestaat niet/);
  await ctx.close();
});

test("no request ever left 127.0.0.1", () => {
  assert.deepEqual(h.offsite, []);
});

test("a first paint before the WebAssembly: the header and the home text in the saved language and size, gone once the app mounts", async () => {
  const ctx = await h.newContext({ viewport: { width: 1920, height: 1080 }, serviceWorkers: "block" });
  await ctx.addInitScript(() =>
    localStorage.setItem("samen-doen/v1/settings", JSON.stringify({ language: "en", smartboard: true })),
  );
  const page = await h.open(ctx);
  assert.equal(await page.locator("#app-shell").count(), 0, "the app replaced the shell");
  // Where the header, the navigation and the home screen's title and introduction stand.
  const boxes = () =>
    Object.fromEntries(
      [".app-header__brand", ".main-nav", ".app-header__switches", ".home h1", ".home .screen__intro"].map((sel) => [
        sel,
        document.querySelector(sel).getBoundingClientRect().toJSON(),
      ]),
    );
  const placed = await page.evaluate(boxes);
  const waiting = await ctx.newPage();
  await waiting.route("**/*.wasm", () => {});
  await waiting.goto(h.url, { waitUntil: "domcontentloaded" });
  await waiting.waitForSelector("#app-shell [role=status]");
  assert.equal(await waiting.textContent("#app-shell [role=status]"), "Samen Doen is loading…");
  assert.equal(await waiting.getAttribute("html", "lang"), "en");
  assert.equal(await waiting.evaluate(() => document.documentElement.classList.contains("smartboard")), true);
  assert.equal(await waiting.textContent("#app-shell h1"), "Team sessions");
  assert.equal(await waiting.getAttribute("#app-shell a[href='#/sessies']", "aria-current"), "page");
  assert.equal(await waiting.getAttribute("#app-shell [aria-pressed]", "aria-pressed"), "true");
  const early = await waiting.evaluate(boxes);
  // Nothing of the shell moved while it was painted (the English words and the home text are
  // in place before the first paint), and nothing moved when the app took its place.
  const shifts = (p) =>
    p.evaluate(
      () =>
        new Promise((resolve) => {
          const seen = [];
          new PerformanceObserver((list) => seen.push(...list.getEntries().map((e) => e.value))).observe({
            type: "layout-shift",
            buffered: true,
          });
          setTimeout(() => resolve(seen), 300);
        }),
    );
  assert.deepEqual(await shifts(waiting), [], "no layout shift in the shell");
  // The hand-over itself puts new elements in place (the boxes above show they stand where
  // the shell's stood); nothing of the app moved after it mounted.
  assert.deepEqual(await shifts(page), [], "no layout shift after the app mounted");
  // A link tapped before the app is there: the shell follows it.
  await waiting.click("#app-shell a[href='#/ladder']");
  // The shell follows the hashchange event, which fires in a task after the click returns.
  await waiting.waitForFunction(() => location.hash === "#/ladder");
  await waiting.waitForSelector("#app-shell h1", { state: "hidden", timeout: 5000 }).catch(() => {});
  assert.equal(await waiting.isVisible("#app-shell h1"), false, "no home title after tapping Ladder");
  assert.equal(await waiting.getAttribute("#app-shell a[href='#/ladder']", "aria-current"), "page");
  assert.equal(await waiting.getAttribute("#app-shell a[href='#/sessies']", "aria-current"), null);
  assert.deepEqual(early, placed, "the header and the home text do not move when the app arrives");
  // On another screen the shell shows no home text, only the calm line, and marks that link.
  const other = await ctx.newPage();
  await other.route("**/*.wasm", () => {});
  await other.goto(`${h.url}#/ladder`, { waitUntil: "domcontentloaded" });
  await other.waitForSelector("#app-shell [role=status]");
  assert.equal(await other.isVisible("#app-shell h1"), false, "no home title on #/ladder");
  assert.equal(await other.getAttribute("#app-shell a[href='#/ladder']", "aria-current"), "page");
  assert.equal(await other.getAttribute("#app-shell a[href='#/sessies']", "aria-current"), null);
  // Meeting mode with a session open last time: the board's large type and no header, as
  // the app will show it.
  await ctx.addInitScript(() =>
    localStorage.setItem(
      "samen-doen/v1/settings",
      JSON.stringify({ language: "en", smartboard: true, last_open: "some-session" }),
    ),
  );
  const meeting = await ctx.newPage();
  await meeting.route("**/*.wasm", () => {});
  await meeting.goto(`${h.url}#/overleg`, { waitUntil: "domcontentloaded" });
  await meeting.waitForSelector("#app-shell [role=status]");
  assert.equal(await meeting.evaluate(() => document.documentElement.classList.contains("meeting-mode")), true);
  assert.equal(await meeting.isVisible("#app-shell .app-header"), false, "no header in meeting mode");
  await ctx.close();
});
