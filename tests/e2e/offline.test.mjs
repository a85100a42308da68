// End-to-end: after one visit the app starts without a network (service worker sw.js, written
// by scripts/post-build.mjs), a new version is announced to the page but never reloads it by
// itself, and the build is installable (manifest with relative start_url and scope, 404.html).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { start } from "./harness.mjs";

let h;

before(async () => {
  h = await start();
});

after(async () => {
  await h?.close();
});

/** Waits until the service worker is active and controls `page` (reloads once if needed). */
async function controlled(page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) {
    await page.reload();
    await page.waitForSelector("[data-testid=main]");
  }
  await page.waitForFunction(() => !!navigator.serviceWorker.controller);
}

test("after one visit the app starts offline and still lists its sessions", async () => {
  const ctx = await h.newContext();
  const page = await h.open(ctx);
  await controlled(page);
  await page.click("[data-testid=session-new]");
  await page.fill("[data-testid=session-title]", "Zonder internet");
  await page.waitForSelector("[data-testid=save-status][data-state=saved]");

  await ctx.setOffline(true);
  const response = await page.reload();
  assert.ok(response.fromServiceWorker(), "the start page comes from the service worker");
  await page.waitForSelector("[data-testid=main]");
  await page.click("[data-testid=nav-home]");
  await page.waitForSelector("[data-testid=session-item-title]");
  const titles = await page.$$eval("[data-testid=session-item-title]", (e) => e.map((x) => x.textContent));
  assert.ok(titles.includes("Zonder internet"), `listed: ${titles}`);

  // Offline, a path that does not exist goes back to the app's start page.
  await page.goto(h.url + "bestaat/niet");
  await page.waitForSelector("[data-testid=main]");
  assert.equal(new URL(page.url()).pathname, new URL(h.url).pathname);

  assert.deepEqual(h.consoleErrors, []);
  await ctx.setOffline(false);
  await ctx.close();
});

test("a new version is announced, never reloads by itself, and applies on request", async () => {
  const dir = mkdtempSync(join(tmpdir(), "samen-doen-update-"));
  cpSync(realpathSync("dist"), dir, { recursive: true });
  const site = await start({ dir });
  try {
    const ctx = await site.newContext();
    const page = await site.open(ctx);
    await controlled(page);
    let navigations = 0;
    page.on("framenavigated", (frame) => {
      if (frame === page.mainFrame()) navigations++;
    });
    await page.evaluate(() => {
      window.__marker = "still here";
      window.__events = 0;
      window.addEventListener("samen-doen-update", () => window.__events++);
    });
    assert.equal(await page.evaluate(() => window.__samenDoenUpdate), undefined);
    const oldCaches = await page.evaluate(() => caches.keys());

    // The next build: the same files, another cache version.
    const sw = join(dir, "sw.js");
    const text = readFileSync(sw, "utf8");
    const changed = text.replace(/const VERSION = "([0-9a-f]+)";/, 'const VERSION = "$1-next";');
    assert.notEqual(changed, text);
    writeFileSync(sw, changed);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));

    await page.waitForFunction(() => window.__samenDoenUpdate === true);
    assert.equal(await page.evaluate(() => window.__events), 1);
    await page.waitForTimeout(3000);
    assert.equal(await page.evaluate(() => window.__marker), "still here");
    assert.equal(navigations, 0);
    // The new version waits beside the old one; the running page keeps its cache.
    const both = await page.evaluate(() => caches.keys());
    assert.equal(both.length, 2);
    assert.ok(both.includes(oldCaches[0]));

    // The user taps "Nieuwe versie beschikbaar — herladen": one reload, onto the new version.
    await Promise.all([
      page.waitForEvent("load"),
      page.evaluate(() => window.samenDoenApplyUpdate()),
    ]);
    await page.waitForSelector("[data-testid=main]");
    assert.equal(await page.evaluate(() => window.__marker), undefined);
    assert.equal(await page.evaluate(() => window.__samenDoenUpdate), undefined);
    const now = await page.evaluate(() => caches.keys());
    assert.equal(now.length, 1);
    assert.match(now[0], /-next$/);
    await page.waitForTimeout(1000);
    assert.equal(navigations, 1);
    assert.deepEqual(site.consoleErrors, []);
    await ctx.close();
  } finally {
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the build is installable: manifest, icons and 404.html", async () => {
  const manifest = JSON.parse(readFileSync(join("dist", "manifest.webmanifest"), "utf8"));
  assert.equal(manifest.start_url, "./");
  assert.equal(manifest.scope, "./");
  assert.equal(manifest.lang, "nl");
  assert.equal(manifest.display, "standalone");
  for (const icon of manifest.icons) {
    const png = readFileSync(join("dist", icon.src));
    const [w, hgt] = icon.sizes.split("x").map(Number);
    assert.equal(png.readUInt32BE(16), w, icon.src);
    assert.equal(png.readUInt32BE(20), hgt, icon.src);
  }
  assert.ok(manifest.icons.some((i) => i.purpose === "maskable"));
  const html = readFileSync(join("dist", "index.html"), "utf8");
  assert.match(html, /<link rel="manifest" href="\.\/manifest\.webmanifest"/);
  assert.match(html, /worker-src 'self'/);
  assert.doesNotMatch(html, /__INLINE_SCRIPT_HASHES__/);
  const sw = readFileSync(join("dist", "sw.js"), "utf8");
  assert.doesNotMatch(sw, /__SAMEN_DOEN_/);

  // 404.html sends the visitor back to the app, from a sub-path and from the site root.
  assert.match(readFileSync(join("dist", "404.html"), "utf8"), /Deze pagina bestaat niet/);
  for (const site of [h, await start({ base: "/" })]) {
    try {
      const ctx = await site.newContext({ serviceWorkers: "block" });
      const page = await ctx.newPage();
      await page.goto(site.url + "404.html");
      await page.waitForSelector("[data-testid=main]");
      const url = new URL(page.url());
      assert.equal(url.pathname, new URL(site.url).pathname);
      assert.equal(url.hash, "#/");
      assert.deepEqual(site.consoleErrors, []);
      await ctx.close();
    } finally {
      if (site !== h) await site.close();
    }
  }
});

test("no request ever left 127.0.0.1", () => {
  assert.deepEqual(h.offsite, []);
});
