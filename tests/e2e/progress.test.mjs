// End-to-end: progress over the school year. Three meetings of one school made the way a
// team makes them (duplicate last meeting's session, change the spread), then the progress
// screen: three rows whose bars are each session's pyramid shares, the first and the last
// meeting compared in words, in Dutch and English, one A4 page in print, a CSV, and what a
// single meeting says.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { start } from "./harness.mjs";

let h;

before(async () => {
  h = await start();
});

after(async () => {
  await h?.close();
});

const TIERS = ["universal", "targeted", "individual"];
const DATES = ["2026-09-15", "2026-11-10", "2027-03-12"];
const percent = (text) => Number(text.replace(/[^0-9]/g, ""));

/** The open session's id, from its card at home. */
async function openId(page) {
  await page.click("[data-testid=nav-home]");
  return page.getAttribute(".session-card--open", "data-session-id");
}

async function setDate(page, date) {
  await page.click("[data-testid=nav-home]");
  await page.fill("[data-testid=session-date]", date);
}

/** Taps + on the first universal card `taps` times (a quarter hour each). */
async function moreUniversal(page, taps) {
  await page.click("[data-testid=nav-pyramid]");
  const card = page.locator("[data-testid=level-universal-cards] [data-testid^=activity-card-]").first();
  const id = (await card.getAttribute("data-testid")).replace("activity-card-", "");
  for (let i = 0; i < taps; i++) await page.click(`[data-testid=activity-plus-${id}]`);
}

async function shares(page) {
  await page.click("[data-testid=nav-pyramid]");
  await page.waitForSelector("[data-testid=board-share-universal]");
  const out = {};
  for (const t of TIERS) out[t] = percent(await page.textContent(`[data-testid=board-share-${t}]`));
  return out;
}

/** Three meetings of the example school: each a duplicate of the one before, more universal hours. */
async function threeMeetings(viewport = { width: 1920, height: 1080 }) {
  const ctx = await h.newContext({ viewport, acceptDownloads: true });
  const page = await h.open(ctx);
  await page.click("[data-testid=session-example]");
  const ids = [];
  const expected = {};
  for (let i = 0; i < 3; i++) {
    if (i > 0) {
      await page.click("[data-testid=nav-home]");
      // The next meeting is asked for its date and held on it.
      await page.click(".session-card--open [data-testid=next-meeting]");
      await page.fill(".session-card--open [data-testid=next-meeting-date]", DATES[i]);
      await page.click(".session-card--open [data-testid=next-meeting-make]");
      await page.waitForFunction(
        (before) => document.querySelector(".session-card--open")?.dataset.sessionId !== before,
        ids[i - 1],
      );
    }
    ids.push(await openId(page));
    await setDate(page, DATES[i]);
    if (i > 0) await moreUniversal(page, 8);
    expected[ids[i]] = await shares(page);
  }
  return { ctx, page, ids, expected };
}

test("three meetings of one school: bars match each pyramid, first and last compared in words", async () => {
  const { ctx, page, ids, expected } = await threeMeetings();
  assert.equal(new Set(ids).size, 3, `three sessions: ${ids}`);
  await page.click("[data-testid=nav-progress]");
  await page.waitForSelector("[data-testid=screen-progress] [data-testid=progress-chart]");
  // Rows in meeting order.
  const rows = await page.$$eval("[data-testid^=progress-row-]", (els) =>
    els.map((e) => e.dataset.testid.replace("progress-row-", "")),
  );
  assert.deepEqual(rows, ids);
  for (const id of ids) {
    const widths = await page.$$eval(
      `.progress-chart__seg[data-session="${id}"][data-scenario=current]`,
      (els) => Object.fromEntries(els.map((e) => [e.dataset.tier, Number(e.getAttribute("width"))])),
    );
    for (const t of TIERS) {
      assert.ok(
        Math.abs(widths[t] / 10 - expected[id][t]) < 0.01,
        `${id} ${t}: bar ${widths[t] / 10} % vs pyramid ${expected[id][t]} %`,
      );
    }
    const text = await page.textContent(`[data-testid=progress-share-${id}]`);
    for (const t of TIERS) assert.ok(text.includes(`${expected[id][t]}`), `${text} shows ${t}`);
  }
  // Universal grew each time: 4 hours from the first meeting to the last.
  assert.ok(expected[ids[2]].universal > expected[ids[0]].universal);
  const words = await page.textContent("[data-testid=progress-compare]");
  const [u0, u2] = [expected[ids[0]].universal, expected[ids[2]].universal];
  assert.match(words, new RegExp(`universeel: \\+4 uur sinds 15 september 2026 \\(aandeel ${u0}\\s%\\s→\\s${u2}\\s%\\)`));
  assert.match(words, /gericht: evenveel uren als op 15 september 2026/);
  // Compare the first with the second instead.
  await page.selectOption("[data-testid=progress-to]", ids[1]);
  assert.match(await page.textContent("[data-testid=progress-compare]"), /universeel: \+2 uur sinds/);
  // The actions were carried over: the same ids at every meeting.
  const carried = await page.$$eval(`[data-testid=progress-actions-${ids[2]}] td`, (t) => t.map((c) => c.textContent));
  assert.equal(carried[0], "0", "no new actions at the last meeting");
  assert.ok(Number(carried[1]) > 0, "actions carried over");
  // A heat strip cell per theme and meeting.
  const heat = await page.$$eval("[data-testid^=progress-heat-]", (e) => e.length);
  assert.equal(heat % 3, 0);
  assert.ok(heat >= 3 * 10);
  const { violations } = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target).join(" ")}`), []);

  // In English the same figures, in English words.
  await page.click("[data-testid=lang-switch]");
  await page.waitForSelector("[data-testid=screen-progress]");
  await page.selectOption("[data-testid=progress-to]", ids[2]);
  assert.match(await page.textContent("[data-testid=progress-compare]"), /universal: \+4 hours since 15 September 2026/);
  assert.deepEqual(h.consoleErrors, []);
  await ctx.close();
});

test("progress at the smartboard: readable from the back, targets big enough, one A4 page, a CSV", async () => {
  const { ctx, page, ids } = await threeMeetings();
  await page.click("[data-testid=smartboard-switch]");
  await page.click("[data-testid=nav-progress]");
  await page.waitForSelector("[data-testid=progress-chart]");
  // The chart's rows are on the first screen below the heading.
  const first = await page.locator(`[data-testid=progress-row-${ids[0]}]`).boundingBox();
  assert.ok(first.y + first.height <= 1080, `first row ends at ${first.y + first.height}`);
  await page.click("[data-testid=progress-series] summary");
  const m = await page.evaluate(() => {
    const screen = document.querySelector("[data-testid=screen-progress]");
    let smallest = Infinity;
    const walker = document.createTreeWalker(screen, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      if (!node.textContent.trim()) continue;
      const r = node.parentElement.getBoundingClientRect();
      if (r.width <= 1 || r.height <= 1) continue;
      smallest = Math.min(smallest, parseFloat(getComputedStyle(node.parentElement).fontSize));
    }
    const small = [...screen.querySelectorAll("button, a[href], select, input, summary")]
      .map((e) => e.getBoundingClientRect())
      .filter((r) => r.width && (r.height < 48 || r.width < 48)).length;
    return { smallest, small, overflow: document.documentElement.scrollWidth > innerWidth };
  });
  console.log(`# progress at 1920x1080 smartboard: smallest text ${m.smallest}px, targets under 48px ${m.small}`);
  assert.ok(m.smallest >= 28, `smallest text ${m.smallest}px`);
  assert.equal(m.small, 0);
  assert.equal(m.overflow, false);

  const pdf = await page.pdf({ format: "A4" });
  const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) || []).length;
  assert.equal(pages, 1);

  const [download] = await Promise.all([page.waitForEvent("download"), page.click("[data-testid=progress-csv]")]);
  assert.match(download.suggestedFilename(), /voortgang\.csv$/);
  const csv = await readFile(await download.path(), "utf8");
  const lines = csv.replace(/^\uFEFF/, "").trim().split("\r\n");
  assert.equal(lines.length, 4, "header and three meetings");
  assert.ok(lines[0].startsWith("Datum;Titel;"));
  assert.ok(lines[1].startsWith("2026-09-15;"));
  assert.ok(lines[3].startsWith("2027-03-12;"));
  await ctx.close();
});

test("the example's one meeting lists its own bottlenecks, not what 'stayed'", async () => {
  const ctx = await h.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await h.open(ctx);
  await page.click("[data-testid=session-example]");
  await page.click("[data-testid=nav-progress]");
  await page.waitForSelector("[data-testid=progress-one]");
  assert.equal(await page.locator("[data-testid=progress-persisted]").count(), 0);
  assert.equal(await page.locator("[data-testid=progress-appeared]").count(), 0);
  const items = await page.$$eval("[data-testid=progress-bottlenecks-one] li", (l) => l.map((e) => e.textContent));
  // The example marks bottlenecks; each is listed once, in the Raamwerk's words.
  assert.ok(items.length > 0, "the example's bottlenecks");
  assert.equal(new Set(items).size, items.length);
  assert.match(await page.textContent("[data-testid=screen-progress] h2:has(+ ul[data-testid=progress-bottlenecks-one])"), /Knelpunten van dit overleg/);
  await ctx.close();
});

test("one meeting says what will appear; sessions without a date say how they are ordered", async () => {
  const ctx = await h.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await h.open(ctx);
  await page.click("[data-testid=session-new]");
  await page.click("[data-testid=nav-progress]");
  await page.waitForSelector("[data-testid=progress-one]");
  assert.equal(await page.locator("[data-testid=progress-undated]").count(), 1);
  assert.equal(await page.locator("[data-testid=progress-compare]").count(), 0);
  // One meeting has no "first and last": its bottlenecks, not new / stayed / gone.
  assert.equal(await page.locator("[data-testid=progress-persisted]").count(), 0);
  assert.equal(await page.locator("[data-testid=progress-bottlenecks-one]").count(), 0, "no empty list");
  assert.equal(await page.textContent("[data-testid=progress-bottlenecks-none]"), "Geen knelpunten gemarkeerd.");
  const { violations } = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target).join(" ")}`), []);
  await ctx.close();
});
