// End-to-end: words fit their boxes, at the board and on a phone. Measured on the example
// session: the header's height at the smartboard, the session's title and school shown whole,
// the participants' column labels once (and again when the rows stack), and the ladder's
// staircase on a phone with every rung name and marker inside its step.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, textUnder } from "./harness.mjs";

let h;

before(async () => {
  h = await start();
});

after(async () => {
  await h?.close();
});

async function example(viewport, smartboard) {
  const ctx = await h.newContext({ viewport });
  const page = await h.open(ctx);
  await page.click("[data-testid=session-example]");
  await page.waitForSelector("[data-testid=session-details]");
  if (smartboard) await page.click("[data-testid=smartboard-switch]");
  return { ctx, page };
}

/** How many of the participants' labels are drawn (not only there for screen readers). */
function shownLabels(page) {
  return page.$$eval("[data-testid=participant] .field > span", (spans) =>
    spans.filter((s) => s.getBoundingClientRect().width > 1 && s.getBoundingClientRect().height > 1).length,
  );
}

test("at the smartboard: a two-row header, the title and school whole, the column labels once", async () => {
  const { ctx, page } = await example({ width: 1920, height: 1080 }, true);
  const header = await page.locator(".app-header").boundingBox();
  console.log(`# header at 1920x1080 smartboard: ${header.height} px`);
  assert.ok(header.height <= 216, `header ${header.height} px is over a fifth of the screen`);
  // Two rows, read (and tabbed through) in the page's order: the name and the menu, then
  // the switches.
  const name = await page.locator(".app-header__name").boundingBox();
  const lang = await page.locator("[data-testid=lang-switch]").boundingBox();
  const nav = await page.locator(".main-nav").boundingBox();
  assert.ok(nav.y < name.y + name.height && nav.x > name.x, "menu on the name's row");
  assert.ok(lang.y >= nav.y + nav.height - 1, "switches below the menu");

  for (const key of ["title", "school"]) {
    const fit = await page.$eval(`[data-testid=session-${key}]`, (e) => [e.value, e.scrollWidth, e.clientWidth]);
    assert.ok(fit[0].length > 10, `the example has a ${key}`);
    assert.ok(fit[1] <= fit[2], `${key} "${fit[0]}" is cut: ${fit[1]} px in ${fit[2]} px`);
  }
  const rows = await page.locator("[data-testid=participant]").count();
  assert.ok(rows >= 2, "the example has several participants");
  assert.equal(await shownLabels(page), 2, "role and name labels drawn once, above the first row");
  // Still there for a screen reader on every row.
  assert.equal(await page.locator("[data-testid=participant] .field > span").count(), 2 * rows);
  // The remove button stands on the same line as the inputs beside it (it stood 21 px lower).
  const input = await page.locator("[data-testid=participant-name]").nth(1).boundingBox();
  const remove = await page.locator("[data-testid=participant-remove]").nth(1).boundingBox();
  const [a, b] = [input.y + input.height, remove.y + remove.height];
  assert.ok(Math.abs(a - b) <= 2, `button's bottom ${b} px, input's ${a} px`);
  await ctx.close();
});

test("at the smartboard every screen's smallest text is body size, 28 px at 1920x1080", async () => {
  const { ctx, page } = await example({ width: 1920, height: 1080 }, true);
  for (const route of ["sessies", "piramide", "raamwerk", "ladder", "acties", "rapport", "voortgang", "privacy"]) {
    await page.evaluate((r) => (location.hash = `#/${r}`), route);
    await page.waitForSelector(`[data-testid=main] [data-testid^=screen-]`);
    await page.waitForTimeout(200);
    assert.deepEqual(await page.evaluate(textUnder, 28), [], `${route}: text under 28 px`);
  }
  await ctx.close();
});

test("on a phone: stacked participants keep their labels, the staircase's words fit its steps", async () => {
  const { ctx, page } = await example({ width: 390, height: 844 }, false);
  const rows = await page.locator("[data-testid=participant]").count();
  assert.equal(await shownLabels(page), 2 * rows, "every stacked row labelled");

  await page.click("[data-testid=nav-ladder]");
  await page.waitForSelector("[data-testid=ladder-stairs]");
  const steps = await page.$$eval("[data-testid^=stairs-]", (lis) =>
    lis.map((li) => {
      const box = li.getBoundingClientRect();
      const inside = [...li.querySelectorAll(".marker, .stairs__name")].map((e) => {
        const r = e.getBoundingClientRect();
        return {
          text: e.textContent,
          fits: r.left >= box.left - 0.5 && r.right <= box.right + 0.5 && e.scrollWidth <= e.clientWidth + 1,
        };
      });
      return { id: li.dataset.testid, width: box.width, inside };
    }),
  );
  assert.equal(steps.length, 4);
  for (const s of steps) {
    for (const e of s.inside) assert.ok(e.fits, `${s.id}: "${e.text}" fits its step`);
  }
  // Still a staircase: each rung wider than the one below.
  const widths = steps.map((s) => s.width);
  for (let i = 1; i < 4; i++) assert.ok(widths[i] > widths[i - 1], `rung ${i + 1} wider: ${widths}`);
  const words = await page.$$eval("[data-testid^=stairs-] .stairs__name", (els) =>
    els.map((e) => [e.textContent, e.getBoundingClientRect().height, parseFloat(getComputedStyle(e).fontSize)]),
  );
  for (const [text, height, size] of words) {
    // Rung names up to three words fit one line on a phone.
    if (text.split(" ").length <= 3) assert.ok(height < size * 2, `"${text}" on one line (${height} px)`);
  }
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > innerWidth);
  assert.equal(overflow, false);
  assert.deepEqual(h.consoleErrors, []);
  await ctx.close();
});
