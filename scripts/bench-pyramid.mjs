// Pyramid benchmark: with 200 activities open, the median script time of one hours change
// and of one move between levels, from the input event to the DOM updated (a forced layout
// after the click flushes Leptos' microtask-scheduled effects). Budget: 4 ms median.
//
// The session comes from `examples/bench_data.rs pyramid 200` (the real model and codec),
// seeded into localStorage before the app starts; the app reopens it as the last open one.

import { readFileSync } from "node:fs";

/** Prints the medians; `browser` is a playwright browser, `url` the app's base URL. */
export async function pyramidBench({ browser, url, runs = 7, median }) {
  const seed = readFileSync("bench-out/pyramid-200.json", "utf8");
  const ctx = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  await ctx.addInitScript((text) => {
    if (localStorage.length) return;
    for (const [k, v] of Object.entries(JSON.parse(text))) localStorage.setItem(k, v);
  }, seed);
  const page = await ctx.newPage();
  await page.goto(url);
  await page.waitForSelector("[data-testid=main]");
  await page.evaluate(() => (location.hash = "#/piramide"));
  await page.waitForSelector("[data-testid^=activity-card-]");
  const count = await page.locator("[data-testid^=activity-card-]").count();

  const samples = await page.evaluate(async (n) => {
    const idle = () => new Promise((r) => setTimeout(r, 0));
    // Leptos runs its DOM effects in microtasks after the click; spin on microtasks until
    // the DOM shows the change, then force a layout, so idle time is never counted.
    // Returns [script ms, script + style/layout ms].
    const until = async (done, before) => {
      for (let i = 0; i < 200 && !done(); i++) await Promise.resolve();
      const script = performance.now() - before;
      document.body.offsetHeight;
      return [script, performance.now() - before];
    };
    const q = (s) => document.querySelector(s);
    const id = q("[data-testid=level-universal-cards] [data-testid^=activity-card-]")
      .dataset.testid.replace("activity-card-", "");
    const hours = [];
    const moves = [];
    for (let i = 0; i < n; i++) {
      const shown = q(`[data-testid=activity-hours-${id}]`).textContent;
      const before = performance.now();
      q(`[data-testid=activity-${i % 2 ? "minus" : "plus"}-${id}]`).click();
      hours.push(await until(() => q(`[data-testid=activity-hours-${id}]`).textContent !== shown, before));
      await idle();
    }
    for (let i = 0; i < n; i++) {
      const tier = q(`[data-testid=activity-card-${id}]`).dataset.tier;
      const before = performance.now();
      q(`[data-testid=activity-${i % 2 ? "down" : "up"}-${id}]`).click();
      moves.push(await until(() => q(`[data-testid=activity-card-${id}]`)?.dataset.tier !== tier, before));
      await idle();
    }
    return { hours, moves };
  }, Math.max(runs, 15));

  console.log(`\nPyramid with ${count} activity cards on screen (median of ${samples.hours.length}):`);
  const show = (label, xs) => {
    const script = median(xs.map((x) => x[0]));
    const layout = median(xs.map((x) => x[1]));
    console.log(`  ${label}: script ${script.toFixed(2)} ms (budget 4 ms); with style and layout ${layout.toFixed(2)} ms`);
  };
  show("hours change (− / +)", samples.hours);
  show("move between levels", samples.moves);
  await ctx.close();
}
