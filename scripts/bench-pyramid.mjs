// Pyramid benchmark: with 200 activities open, the median script time of one hours change
// and of one move between levels (by drag, by tapping the buttons, by arrow key), from the
// input event to the DOM updated; then the same including the style and layout the change
// causes. Budget: 4 ms median of script time.
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
    // Between two inputs the page renders, as it does between a person's clicks: the next
    // input then starts on a clean page instead of paying for the previous one's frame.
    const idle = () =>
      new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0))));
    // Leptos runs its DOM effects in microtasks after the click; spin on microtasks until
    // the DOM shows the change, then force a layout, so idle time is never counted.
    // Returns [script ms, script + style/layout ms].
    const until = async (done, before) => {
      for (let i = 0; i < 200 && !done(); i++) await Promise.resolve();
      const script = performance.now() - before;
      // A sample of a change that never showed would time the spinning, not the app.
      if (!done()) throw new Error("the DOM never showed the change");
      document.body.offsetHeight;
      return [script, performance.now() - before];
    };
    const q = (s) => document.querySelector(s);
    // The checks run between microtasks inside the measured window, so they must be cheap:
    // a held element and an id lookup, not a selector search through 200 cards.
    const byId = (s) => document.getElementById(s);
    const id = q("[data-testid=level-universal-cards] [data-testid^=activity-card-]")
      .dataset.testid.replace("activity-card-", "");
    // A move counts as shown when the card says its new level and the universal level's
    // hours (every move here goes to or from universal) show the new total.
    const figure = q("[data-testid=tier-universal-hours]");
    const moved = (tierNow, tier, shown) => () => tierNow() !== tier && figure.textContent !== shown;
    const hoursClick = async (i) => {
      const el = q(`[data-testid=activity-hours-${id}]`);
      const shown = el.textContent;
      const before = performance.now();
      q(`[data-testid=activity-${i % 2 ? "minus" : "plus"}-${id}]`).click();
      const sample = await until(() => el.textContent !== shown, before);
      await idle();
      return sample;
    };
    const moveClick = async () => {
      const tierNow = () => byId(`activity-title-${id}`)?.closest("li")?.dataset.tier;
      const tier = tierNow();
      const shown = figure.textContent;
      const before = performance.now();
      q(`[data-testid=activity-${tier === "universal" ? "up" : "down"}-${id}]`).click();
      const sample = await until(moved(tierNow, tier, shown), before);
      await idle();
      return sample;
    };
    // A drag with pointer events, as a finger or pen on the board does it: press on the
    // handle, move, let go over the end of the other level. Timed from the pointerup.
    const dragMove = async () => {
      const tierNow = () => byId(`activity-title-${id}`)?.closest("li")?.dataset.tier;
      const tier = tierNow();
      const to = tier === "universal" ? "targeted" : "universal";
      const handle = q(`[data-testid=activity-handle-${id}]`).getBoundingClientRect();
      const drop = q(`[data-testid=activity-add-${to}]`).getBoundingClientRect();
      const at = (r) => ({ clientX: r.left + r.width / 2, clientY: r.top + r.height / 2 });
      const ev = (type, r) =>
        new PointerEvent(type, { bubbles: true, pointerId: 7, isPrimary: true, pointerType: "touch", button: 0, ...at(r) });
      q(`[data-testid=activity-handle-${id}]`).dispatchEvent(ev("pointerdown", handle));
      await idle();
      window.dispatchEvent(ev("pointermove", drop));
      await idle();
      const shown = figure.textContent;
      const before = performance.now();
      window.dispatchEvent(ev("pointerup", drop));
      const sample = await until(moved(tierNow, tier, shown), before);
      await idle();
      return sample;
    };
    // A keyboard user: arrow key on the focused card. Focus must follow the card to its new
    // level, so this includes the browser taking focus off the old card.
    const keyMove = async () => {
      const card = () => byId(`activity-title-${id}`)?.closest("li");
      const tier = card().dataset.tier;
      card().focus();
      await idle();
      const key = tier === "universal" ? "ArrowUp" : "ArrowDown";
      const shown = figure.textContent;
      const before = performance.now();
      card().dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true }));
      const sample = await until(moved(() => card()?.dataset.tier, tier, shown), before);
      await idle();
      // The other scenarios are a pointer user's, who leaves no focus on a card.
      document.activeElement?.blur();
      await idle();
      return sample;
    };
    // Warm up first: V8 runs new wasm on its baseline compiler and optimises hot functions
    // later, so the first clicks measure the compiler, not the app.
    for (let i = 0; i < 40; i++) {
      await hoursClick(i);
      await moveClick();
      await dragMove();
      await keyMove();
    }
    // Interleaved, so a slow moment of the machine hits both figures alike.
    const hours = [];
    const moves = [];
    const drags = [];
    const keys = [];
    for (let i = 0; i < n; i++) {
      hours.push(await hoursClick(i));
      moves.push(await moveClick());
      drags.push(await dragMove());
      keys.push(await keyMove());
    }
    document.activeElement?.blur();
    return { hours, moves, drags, keys };
  }, Math.max(runs, 31));

  console.log(`\nPyramid with ${count} activity cards on screen (median of ${samples.hours.length}):`);
  const show = (label, xs) => {
    const script = median(xs.map((x) => x[0]));
    const layout = median(xs.map((x) => x[1]));
    console.log(`  ${label}: script ${script.toFixed(2)} ms (budget 4 ms); with style and layout ${layout.toFixed(2)} ms`);
  };
  show("hours change (− / +)", samples.hours);
  show("move between levels, by dragging", samples.drags);
  show("move between levels, by tapping ▲ / ▼", samples.moves);
  show("move between levels, by arrow key (focus follows)", samples.keys);
  await ctx.close();
}
