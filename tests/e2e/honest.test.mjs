// End-to-end: the pyramid tells the truth. The drawing's areas are the shares shown, the
// same shares appear everywhere, pupils reached never pass the school, hours can be typed,
// the target moves only where the team says, and the Raamwerk reads in English.
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

const TIERS = ["universal", "targeted", "individual"];

async function example(viewport = { width: 1920, height: 1080 }) {
  const ctx = await h.newContext({ viewport });
  const page = await h.open(ctx);
  await page.click("[data-testid=session-example]");
  await page.click("[data-testid=nav-pyramid]");
  await page.waitForSelector("[data-testid=board-drawing]");
  return { ctx, page };
}

/** The share of each level's filled area in an SVG, measured with isPointInFill on a grid. */
function measureAreas(page, testid) {
  return page.evaluate((testid) => {
    const svg = document.querySelector(`[data-testid=${testid}]`);
    const [, , w, h] = svg.getAttribute("viewBox").split(" ").map(Number);
    const counts = {};
    const shapes = [...svg.querySelectorAll("[data-tier]")];
    const point = svg.createSVGPoint();
    const step = 2;
    for (let x = step / 2; x < w; x += step) {
      for (let y = step / 2; y < h; y += step) {
        point.x = x;
        point.y = y;
        for (const s of shapes) {
          if (s.isPointInFill(point)) counts[s.dataset.tier] = (counts[s.dataset.tier] || 0) + 1;
        }
      }
    }
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    return Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, (100 * v) / total]));
  }, testid);
}

const percent = (text) => Number(text.replace(/[^0-9]/g, ""));

test("each level's drawn area is the share shown, and the shares agree on every screen", async () => {
  const { ctx, page } = await example();
  const areas = await measureAreas(page, "board-drawing");
  const shown = {};
  for (const t of TIERS) {
    shown[t] = percent(await page.textContent(`[data-testid=board-share-${t}]`));
    assert.ok(Math.abs(areas[t] - shown[t]) <= 1, `${t}: area ${areas[t].toFixed(2)} % vs shown ${shown[t]} %`);
    // The same figure in the level's header and the table.
    assert.match(await page.textContent(`[data-testid=tier-${t}-share]`), new RegExp(`^${shown[t]}\\s?%`));
    assert.equal(percent(await page.textContent(`[data-testid=table-share-${t}]`)), shown[t]);
  }
  assert.equal(TIERS.reduce((s, t) => s + shown[t], 0), 100);
  console.log(`# drawn areas ${JSON.stringify(Object.fromEntries(Object.entries(areas).map(([k, v]) => [k, +v.toFixed(2)])))}, shown ${JSON.stringify(shown)}`);
  // Most hours on individual support: the top bar is the widest, an upside-down pyramid.
  const widths = await page.$$eval("[data-testid=board-drawing] [data-tier]", (e) =>
    Object.fromEntries(e.map((r) => [r.dataset.tier, Number(r.getAttribute("width"))])),
  );
  assert.ok(widths.individual > widths.targeted && widths.individual > widths.universal);
  // The target is on the same picture, one outline per level.
  assert.equal(await page.$$eval("[data-testid=board-drawing] [data-target-tier]", (e) => e.length), 3);
  // The report says the same.
  await page.click("[data-testid=nav-report]");
  await page.waitForSelector("[data-testid=report-drawing-current]");
  for (const t of TIERS) {
    assert.equal(percent(await page.textContent(`[data-testid=report-current-share-${t}]`)), shown[t]);
  }
  await ctx.close();
});

test("pupils reached never pass the school's pupils", async () => {
  const { ctx, page } = await example();
  await page.click("[data-testid=nav-home]");
  const pupils = Number(await page.inputValue("[data-testid=session-pupils]"));
  await page.click("[data-testid=nav-pyramid]");
  for (const t of TIERS) {
    const text = await page.textContent(`[data-testid=tier-${t}-pupils]`);
    const n = Number((text.match(/[\d.]+/) || ["0"])[0].replace(/\./g, ""));
    assert.ok(n <= pupils, `${t}: ${text} in a school of ${pupils}`);
  }
  const total = await page.textContent("[data-testid=table-pupils-total]");
  assert.ok(Number(total.replace(/\D/g, "")) <= pupils, total);
  await ctx.close();
});

test("hours can be typed, in Dutch and English ways, with a clear message when wrong", async () => {
  const { ctx, page } = await example();
  const value = page.locator("[data-testid^=worker-hours-]:not([data-testid$=-input]):not([data-testid$=-error])").first();
  const testid = await value.getAttribute("data-testid");
  await value.click();
  await page.fill(`[data-testid=${testid}-input]`, "16");
  await page.press(`[data-testid=${testid}-input]`, "Enter");
  await page.waitForFunction((id) => document.querySelector(`[data-testid=${id}]`)?.textContent === "16", testid);
  const before = await page.textContent("[data-testid=total-available]");
  await page.click(`[data-testid=${testid}]`);
  await page.fill(`[data-testid=${testid}-input]`, "3:30");
  await page.press(`[data-testid=${testid}-input]`, "Enter");
  await page.waitForFunction((id) => document.querySelector(`[data-testid=${id}]`)?.textContent === "3,5", testid);
  assert.notEqual(await page.textContent("[data-testid=total-available]"), before);
  await page.click(`[data-testid=${testid}]`);
  await page.fill(`[data-testid=${testid}-input]`, "drie");
  await page.press(`[data-testid=${testid}-input]`, "Enter");
  assert.match(await page.textContent(`[data-testid=${testid}-error]`), /geen aantal uren/);
  await page.fill(`[data-testid=${testid}-input]`, "2½");
  await page.press(`[data-testid=${testid}-input]`, "Enter");
  await page.waitForFunction((id) => document.querySelector(`[data-testid=${id}]`)?.textContent === "2,5", testid);
  await ctx.close();
});

test("the target moves only the level chosen to balance with, or shows what is left", async () => {
  const { ctx, page } = await example();
  const value = (t) => page.inputValue(`[data-testid=target-input-${t}]`).then(Number);
  const start = { u: await value("universal"), t: await value("targeted"), i: await value("individual") };
  await page.click("[data-testid=target-balance-targeted]");
  await page.click("[data-testid=target-plus-universal]");
  assert.equal(await value("universal"), start.u + 5);
  assert.equal(await value("targeted"), start.t - 5);
  assert.equal(await value("individual"), start.i, "the third level never moves");
  await page.click("[data-testid=target-balance-none]");
  await page.click("[data-testid=target-plus-individual]");
  assert.match(await page.textContent("[data-testid=target-remainder]"), /te veel/);
  await page.fill("[data-testid=target-input-universal]", String(start.u));
  await page.press("[data-testid=target-input-universal]", "Tab");
  assert.equal((await value("universal")) + (await value("targeted")) + (await value("individual")), 100);
  assert.equal(await page.$("[data-testid=target-remainder]"), null);
  await ctx.close();
});

test("in English the Raamwerk is in English, with the Dutch original one tap away", async () => {
  const ctx = await h.newContext();
  const page = await h.open(ctx);
  await page.click("[data-testid=session-example]");
  await page.click("[data-testid=lang-switch]");
  await page.click("[data-testid=nav-framework]");
  await page.waitForSelector("[data-testid=theme-ih\\.communicatie]");
  const english = await page.textContent("[data-testid=theme-ih\\.communicatie] h3");
  assert.equal(english, "Communication and knowledge sharing");
  assert.match(await page.textContent("[data-testid=step-instruction]"), /^Read the themes/);
  assert.doesNotMatch(await page.textContent("[data-testid=step-instruction]"), /p\. 4/);
  await page.click("[data-testid=original-toggle]");
  await page.waitForFunction(() =>
    document.querySelector("[data-testid='theme-ih.communicatie'] h3")?.textContent === "Communicatie en kennisdeling",
  );
  assert.equal(await page.getAttribute("[data-testid='theme-ih.communicatie'] h3", "lang"), "nl");
  await ctx.close();
});

test("no heading, label or table header is wider than its box, from 360 to 3840 px", async () => {
  for (const [width, height, smartboard] of [[360, 740, false], [390, 844, false], [1366, 768, false], [1920, 1080, true], [3840, 2160, true]]) {
    const { ctx, page } = await example({ width, height });
    if (smartboard) await page.click("[data-testid=smartboard-switch]");
    for (const screen of ["home", "pyramid", "framework", "ladder", "actions", "report"]) {
      await page.click(`[data-testid=nav-${screen}]`);
      await page.waitForSelector(`[data-testid=screen-${screen}]`);
      const wide = await page.$$eval("h1, h2, h3, th, label, .button", (els) =>
        els
          .filter((e) => e.offsetParent !== null && e.scrollWidth > e.clientWidth + 1)
          .map((e) => `${e.tagName} "${e.textContent.trim().slice(0, 40)}" ${e.scrollWidth}>${e.clientWidth}`),
      );
      assert.deepEqual(wide, [], `${width}x${height} ${screen}`);
    }
    await ctx.close();
  }
});

test("no console errors and no request left 127.0.0.1", () => {
  assert.deepEqual(h.consoleErrors, []);
  assert.deepEqual(h.offsite, []);
});
