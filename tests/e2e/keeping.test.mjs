// End-to-end: sessions that survive the browser's own rules. The home screen says whether
// this browser keeps the sessions (granted, refused, Safari outside the Home Screen,
// Firefox asked on a tap; faked where the engine decides), each session says when it was
// last saved to a file, and a browser that cannot run the app says so and hands over the
// stored sessions unchanged, instead of a loading line that never ends.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start } from "./harness.mjs";

let h;

before(async () => {
  h = await start();
});

after(async () => {
  await h?.close();
});

const SAFARI_IPAD =
  "Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
const FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

/** A context whose navigator.storage answers `persisted` and `persist` as given. */
async function browserThat({ persisted, persist, userAgent }) {
  const ctx = await h.newContext({ viewport: { width: 1366, height: 768 }, userAgent, acceptDownloads: true });
  await ctx.addInitScript(
    ([persisted, persist]) => {
      window.__asked = 0;
      const storage = navigator.storage;
      Object.defineProperty(storage, "persisted", { value: () => Promise.resolve(window.__granted ?? persisted) });
      Object.defineProperty(storage, "persist", {
        value: () => {
          window.__asked++;
          window.__granted = persist;
          return Promise.resolve(persist);
        },
      });
    },
    [persisted, persist],
  );
  const page = await h.open(ctx);
  await page.click("[data-testid=session-example]");
  return { ctx, page };
}

const keeping = (page) => page.getAttribute("[data-testid=keeping]", "data-keeping");

test("a browser that keeps the sessions says so in one line", async () => {
  const { ctx, page } = await browserThat({ persisted: true, persist: true });
  await page.waitForSelector("[data-testid=keeping][data-keeping=kept]");
  assert.match(await page.textContent("[data-testid=keeping]"), /bewaart de sessies/);
  await ctx.close();
});

test("Chromium decides by itself: it is asked at once, and a refusal is said with the file remedy", async () => {
  const { ctx, page } = await browserThat({ persisted: false, persist: false });
  await page.waitForSelector("[data-testid=keeping][data-keeping=may-clear]");
  assert.equal(await page.evaluate(() => window.__asked), 1, "asked once, without a tap");
  const [file] = await Promise.all([page.waitForEvent("download"), page.click("[data-testid=keeping-save]")]);
  assert.match(file.suggestedFilename(), /^samen-doen-alle-sessies-\d{4}-\d{2}-\d{2}\.json$/);
  await ctx.close();
});

test("Safari outside the Home Screen: the seven-day rule, both remedies, in both languages", async () => {
  const { ctx, page } = await browserThat({ persisted: false, persist: false, userAgent: SAFARI_IPAD });
  await page.waitForSelector("[data-testid=keeping][data-keeping=safari-week]");
  const text = await page.textContent("[data-testid=keeping]");
  assert.match(text, /zeven dagen/);
  assert.match(await page.textContent("[data-testid=keeping-home-screen]"), /Zet op beginscherm/);
  await page.click("[data-testid=lang-switch]");
  await page.waitForSelector("[data-testid=keeping][data-keeping=safari-week]");
  assert.match(await page.textContent("[data-testid=keeping]"), /seven days/);
  assert.match(await page.textContent("[data-testid=keeping-home-screen]"), /Add to Home Screen/);
  await ctx.close();
});

test("Firefox is asked only on a tap", async () => {
  const { ctx, page } = await browserThat({ persisted: false, persist: true, userAgent: FIREFOX });
  await page.waitForSelector("[data-testid=keeping][data-keeping=ask-firefox]");
  assert.equal(await page.evaluate(() => window.__asked), 0, "no question without a tap");
  await page.click("[data-testid=keeping-ask]");
  await page.waitForSelector("[data-testid=keeping][data-keeping=kept]");
  assert.equal(await page.evaluate(() => window.__asked), 1);
  await ctx.close();
});

test("each session says when it was last saved to a file, and that it changed since", async () => {
  const { ctx, page } = await browserThat({ persisted: true, persist: true });
  const card = "[data-testid=session-item]";
  await page.waitForSelector(`${card} [data-testid^=copy-state-]`);
  assert.match(await page.textContent(`${card} [data-testid^=copy-state-]`), /nog nooit/);
  await Promise.all([page.waitForEvent("download"), page.click(`${card} [data-testid^=export-session-]`)]);
  await page.waitForFunction(
    (sel) => /Bestand bewaard op \d+ \w+ \d{4}$/.test(document.querySelector(sel).textContent),
    `${card} [data-testid^=copy-state-]`,
  );
  // A change after the copy: said, once it is saved.
  await page.fill("[data-testid=session-title]", "Teamoverleg na de kopie");
  await page.waitForFunction(
    (sel) => /daarna gewijzigd/.test(document.querySelector(sel).textContent),
    `${card} [data-testid^=copy-state-]`,
  );
  // It survives a reload (kept in this browser).
  await page.reload();
  await page.waitForSelector("[data-testid=main]");
  assert.match(await page.textContent(`${card} [data-testid^=copy-state-]`), /daarna gewijzigd/);
  await ctx.close();
});

/** A browser that has stored sessions, then opens the app with `init` run before it. */
async function storedThenBroken(init) {
  // No service worker: the broken page must come from the (changed) server, not a cache.
  const ctx = await h.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true, serviceWorkers: "block" });
  const page = await h.open(ctx);
  await page.click("[data-testid=session-example]");
  await page.fill("[data-testid=session-title]", "Bewaard overleg");
  await page.waitForFunction(() =>
    Object.keys(localStorage).some((k) => k.includes("/session/") && localStorage.getItem(k).includes("Bewaard overleg")),
  );
  const stored = await page.evaluate(() => {
    const out = {};
    for (let i = 0; i < localStorage.length; i++) out[localStorage.key(i)] = localStorage.getItem(localStorage.key(i));
    return out;
  });
  const broken = await ctx.newPage();
  await init(broken);
  await broken.goto(h.url);
  return { ctx, page: broken, stored };
}

test("without WebAssembly: a clear word, nothing downloaded, the sessions as a file, nothing changed", async () => {
  const wasm = [];
  const { ctx, page, stored } = await storedThenBroken(async (p) => {
    await p.addInitScript(() => {
      delete window.WebAssembly;
    });
    p.on("request", (r) => r.url().endsWith(".wasm") && wasm.push(r.url()));
  });
  await page.waitForSelector("#app-unsupported[data-why=old]", { timeout: 10000 });
  assert.match(await page.textContent("#app-unsupported"), /te oud/);
  assert.match(await page.textContent("#app-unsupported"), /Safari vanaf 16/);
  assert.equal(await page.isVisible(".app-shell__loading"), false, "no endless loading line");
  assert.deepEqual(wasm, [], "nothing downloaded for nothing");
  const [file] = await Promise.all([page.waitForEvent("download"), page.click("#app-unsupported button")]);
  const backup = JSON.parse(Buffer.concat(await (await file.createReadStream()).toArray()).toString("utf8"));
  assert.equal(backup.format, "samen-doen");
  assert.equal(backup.kind, "export");
  const session = Object.entries(stored).find(([k]) => k.startsWith("samen-doen/v1/session/"));
  assert.deepEqual(backup.data, [JSON.parse(session[1]).data], "the stored session as it is");
  const after = await page.evaluate(() => {
    const out = {};
    for (let i = 0; i < localStorage.length; i++) out[localStorage.key(i)] = localStorage.getItem(localStorage.key(i));
    return out;
  });
  assert.deepEqual(after, stored, "nothing stored was changed");
  // The file imports again in a working browser.
  const fresh = await h.newContext({ viewport: { width: 1366, height: 768 } });
  const app = await h.open(fresh);
  await app.setInputFiles("[data-testid=import-file]", {
    name: "samen-doen-sessies.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(backup)),
  });
  await app.waitForSelector("text=1 sessie toegevoegd.");
  await fresh.close();
  await ctx.close();
});

test("a policy that refuses WebAssembly (Safari 15's) is said, in the saved language", async () => {
  const { ctx, page } = await storedThenBroken(async (p) => {
    await p.addInitScript(() => {
      const s = JSON.parse(localStorage.getItem("samen-doen/v1/settings") || "{}");
      localStorage.setItem("samen-doen/v1/settings", JSON.stringify({ ...s, language: "en" }));
    });
    // The page as before 'wasm-unsafe-eval': WebAssembly compiles are refused.
    await p.route(/\/samen-doen\/(index\.html)?$/, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(" 'wasm-unsafe-eval'", "");
      await route.fulfill({ response, body });
    });
    await p.route("**/compile-worker.js", (route) => route.abort());
  });
  await page.waitForSelector("#app-unsupported[data-why=policy]", { timeout: 15000 });
  assert.match(await page.textContent("#app-unsupported"), /does not allow WebAssembly/);
  assert.match(await page.textContent("#app-unsupported button"), /Save the sessions as a file/);
  await ctx.close();
});
