// Pyramid benchmark: with 200 activities open, the median script time of one hours change
// and of one move between levels, from the input event to the DOM updated (a forced layout
// after the click flushes Leptos' microtask-scheduled effects). Budget: 4 ms median.
//
// Needs a session with 200 activities open on the pyramid screen. The hook used:
// `#/piramide?bench=200` is NOT assumed; instead this calls `window.__samenDoenBench(200)`
// if the app exposes it (see the report), else it stops with a message.

/** Prints the medians; `browser` is a playwright browser, `url` the app's base URL. */
export async function pyramidBench({ browser, url, runs = 7, median }) {
  const ctx = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await ctx.newPage();
  await page.goto(url);
  await page.waitForSelector("[data-testid=main]");
  const hooked = await page.evaluate(async () => {
    if (typeof window.__samenDoenBench !== "function") return false;
    await window.__samenDoenBench(200);
    return true;
  });
  if (!hooked) {
    console.log("\nPyramid: no bench hook (window.__samenDoenBench) in this build; skipped.");
    await ctx.close();
    return;
  }
  await page.evaluate(() => (location.hash = "#/piramide"));
  await page.waitForSelector("[data-testid^=activity-card-]");
  const count = await page.locator("[data-testid^=activity-card-]").count();

  const samples = await page.evaluate(async (n) => {
    const idle = () => new Promise((r) => setTimeout(r, 0));
    // Leptos runs its DOM effects in microtasks after the click; spin on microtasks until
    // the DOM shows the change, then force a layout, so idle time is never counted.
    const until = async (done) => {
      for (let i = 0; i < 200 && !done(); i++) await Promise.resolve();
      document.body.offsetHeight;
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
      await until(() => q(`[data-testid=activity-hours-${id}]`).textContent !== shown);
      hours.push(performance.now() - before);
      await idle();
    }
    for (let i = 0; i < n; i++) {
      const tier = q(`[data-testid=activity-card-${id}]`).dataset.tier;
      const before = performance.now();
      q(`[data-testid=activity-${i % 2 ? "down" : "up"}-${id}]`).click();
      await until(() => q(`[data-testid=activity-card-${id}]`)?.dataset.tier !== tier);
      moves.push(performance.now() - before);
      await idle();
    }
    return { hours, moves };
  }, Math.max(runs, 15));

  console.log(`\nPyramid with ${count} activity cards on screen (median of ${samples.hours.length}):`);
  console.log(`  hours change (+): ${median(samples.hours).toFixed(2)} ms (budget 4 ms)`);
  console.log(`  move between levels: ${median(samples.moves).toFixed(2)} ms (budget 4 ms)`);
  await ctx.close();
}
