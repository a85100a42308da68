// End-to-end: a whole team meeting on a touch smartboard, from "Overleg starten" to the
// summary, with taps and one touch drag only; a reload in the middle resumes where the
// meeting was. And every step, at 1920x1080 and 3840x2160, fits the screen without
// scrolling, with no text under 28 px and no target under 48 px.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import AxeBuilder from "@axe-core/playwright";
import { start, textUnder } from "./harness.mjs";

let h;
const ROW = "ih.communicatie.2";

before(async () => {
  h = await start();
});

after(async () => {
  await h?.close();
});

async function meeting(viewport = { width: 1920, height: 1080 }) {
  const ctx = await h.newContext({ viewport, hasTouch: true });
  const page = await h.open(ctx);
  await page.tap("[data-testid=session-example]");
  await page.tap("[data-testid=session-details] [data-testid=meeting-start]");
  await page.waitForSelector("[data-testid=meeting][data-step=start]");
  return { ctx, page };
}

const step = (page) => page.getAttribute("[data-testid=meeting]", "data-step");
const next = (page) => page.tap("[data-testid=meeting-next]");

/** Taps Volgende until the meeting is on `slug` (at most `max` taps). */
async function nextUntil(page, slug, max = 40) {
  for (let i = 0; i < max && (await step(page)) !== slug; i++) await next(page);
  assert.equal(await step(page), slug);
}

/** What a ruler would measure on the current screen: text under `minText` px (28 at the
 * board), targets under 48 px, the page's and the step's own scroll. */
async function measure(page, minText = 28) {
  const small = await page.evaluate(textUnder, minText);
  const rest = await page.evaluate(() => {
    const targets = [];
    for (const el of document.querySelectorAll(
      "button, a[href], input, select, textarea, summary, [role=button], [tabindex='0']",
    )) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || el.closest(".activity-card__word")) continue;
      if (r.width < 48 || r.height < 48) targets.push(`${el.tagName}.${el.className} ${Math.round(r.width)}x${Math.round(r.height)}`);
    }
    // The step's own area scrolls when its content is taller than it: that is a scroll too.
    const body = document.querySelector("[data-testid=main]");
    return {
      scroll: document.documentElement.scrollHeight,
      height: innerHeight,
      inner: body ? body.scrollHeight - body.clientHeight : 0,
      targets,
    };
  });
  return { small, ...rest };
}

test("a whole meeting by touch: who is here, pyramid, marking as two roles, explaining, ladder, planned pyramid, an action from a bottleneck, a reload, the summary", async () => {
  const { ctx, page } = await meeting();
  // 1. Start: one more teacher.
  const teachers = Number(await page.textContent("[data-testid=who-count-teacher]"));
  await page.tap("[data-testid=who-add-teacher]");
  assert.equal(Number(await page.textContent("[data-testid=who-count-teacher]")), teachers + 1);
  // 2. Pyramid now: drawing and levels on the first screen.
  await next(page);
  assert.equal(await step(page), "pyramid-now");
  for (const sel of ["[data-testid=board-drawing]", "[data-testid=level-universal]", "[data-testid=level-individual]"]) {
    const box = await page.locator(sel).boundingBox();
    assert.ok(box && box.y >= 0 && box.y + box.height <= 1080, `${sel} not on the first screen`);
  }
  // 3. Raamwerk: first everyone's phones (no phones here), then the first theme, marked by
  // two roles at the board.
  await next(page);
  assert.equal(await step(page), "framework");
  await page.waitForSelector("[data-testid=meeting-phones-page] [data-testid=round-open]");
  assert.equal(await page.$("[data-testid=marking-role]"), null, "no one marks on the phones page");
  await next(page);
  await page.waitForSelector(`[data-testid=mark-row-${ROW.replace(/\./g, "\\.")}]`);
  await page.tap("[data-testid=role-pick-teacher]");
  await page.tap(`[data-testid='mark-success-${ROW}']`);
  await page.tap("[data-testid=role-pick-parent]");
  await page.tap(`[data-testid='mark-bottleneck-${ROW}']`);
  assert.equal(await page.getAttribute(`[data-testid='mark-bottleneck-${ROW}']`, "aria-pressed"), "true");
  await page.tap("[data-testid=role-pick-teacher]");
  assert.equal(await page.getAttribute(`[data-testid='mark-success-${ROW}']`, "aria-pressed"), "true");
  assert.equal(await page.getAttribute(`[data-testid='mark-bottleneck-${ROW}']`, "aria-pressed"), "false");
  // The step's length is known from its start and stays so while marking: the phones' page,
  // 14 themes, the differences.
  assert.equal(await page.textContent("[data-testid=meeting-page]"), "2 van 16");
  // Explaining where the row is read: its six questions over the page, "Klaar" back.
  const why = `[data-testid='explain-${ROW}-why']`;
  assert.match(await page.textContent(`[data-testid='explain-open-${ROW}']`), /Toelichten/);
  await page.tap(`[data-testid='explain-open-${ROW}']`);
  await page.waitForSelector("[data-testid=explain-dialog]");
  assert.match(await page.textContent("[data-testid=explain-dialog]"), /Knelpunt: Ouder/);
  await page.tap(why);
  await page.fill(why, "Ouders horen het pas laat.");
  await page.tap("[data-testid=explain-close]");
  assert.equal(await page.$("[data-testid=explain-dialog]"), null);
  assert.match(await page.textContent(`[data-testid='explain-open-${ROW}']`), /✓ Toegelicht/);
  assert.equal(await page.textContent("[data-testid=meeting-page]"), "2 van 16", "explaining adds no page");
  // Quotes one tap away.
  await page.tap(`[data-testid='quotes-ih.communicatie'] summary`);
  assert.ok(await page.isVisible(`[data-testid='quotes-ih.communicatie'] blockquote`));
  // The open quotes cover the board: a visible close button on top, and Escape, close them.
  const closeQuotes = page.locator(`[data-testid='quotes-close-ih.communicatie']`);
  const closeBox = await closeQuotes.boundingBox();
  assert.ok(closeBox && closeBox.y >= 0 && closeBox.y + closeBox.height <= 1080 && closeBox.height >= 48, "close button on the screen");
  await closeQuotes.tap();
  assert.equal(await page.isVisible(`[data-testid='quotes-ih.communicatie'] blockquote`), false);
  await page.tap(`[data-testid='quotes-ih.communicatie'] summary`);
  assert.ok(await page.isVisible(`[data-testid='quotes-ih.communicatie'] blockquote`));
  await page.keyboard.press("Escape");
  assert.equal(await page.isVisible(`[data-testid='quotes-ih.communicatie'] blockquote`), false);
  await page.tap(`[data-testid='quotes-ih.communicatie'] summary`);
  await page.tap(`[data-testid='quotes-ih.communicatie'] summary`);
  await next(page);
  const pageBefore = await page.textContent("[data-testid=meeting-page]");
  const leftBefore = await page.textContent("[data-testid=meeting-timer-left]");
  // A reload in the middle: the same step and page, the clock where it was.
  await page.waitForTimeout(400);
  await page.reload();
  await page.waitForSelector("[data-testid=meeting][data-step=framework]");
  assert.equal(await page.textContent("[data-testid=meeting-page]"), pageBefore);
  const seconds = (t) => {
    const [m, s] = t.replace("-", "").split(":").map(Number);
    return (t.startsWith("-") ? -1 : 1) * (m * 60 + s);
  };
  const leftAfter = await page.textContent("[data-testid=meeting-timer-left]");
  const drift = seconds(leftBefore) - seconds(leftAfter);
  assert.ok(drift >= 0 && drift <= 5, `timer ${leftBefore} → ${leftAfter}`);
  // The last page: where the roles see it differently (the row just marked both ways).
  await nextUntil(page, "framework");
  for (let i = 0; i < 20 && !(await page.$("[data-testid=meeting-overview-page]")); i++) await next(page);
  assert.equal(await page.textContent("[data-testid=meeting-page]"), "16 van 16");
  await page.waitForSelector(`[data-testid='disagreement-${ROW}'][data-contrary=true]`);
  // 4. Ladder: first the phones' page (their answers beside the board's placement), then the
  // team now and wanted on the rungs.
  await nextUntil(page, "ladder");
  await page.waitForSelector("[data-testid=meeting-phones-page] [data-testid=ladder-answers]");
  await next(page);
  await page.tap("[data-testid=role-pick-team]");
  await page.tap("[data-testid=ladder-now-2]");
  await page.tap("[data-testid=ladder-wanted-4]");
  // 5. Pyramid planned: move an individual activity down to universal with a touch drag.
  await nextUntil(page, "pyramid-planned");
  const start = await page.$("[data-testid=planned-from-current]");
  if (start) await start.tap();
  const card = page.locator("[data-testid=level-individual-cards] [data-testid^=activity-card-]").first();
  const id = (await card.getAttribute("data-testid")).replace("activity-card-", "");
  const handle = await page.locator(`[data-testid=activity-handle-${id}]`).boundingBox();
  const target = await page.locator("[data-testid=level-universal]").boundingBox();
  const cdp = await ctx.newCDPSession(page);
  const at = (x, y) => [{ x, y, id: 1, radiusX: 4, radiusY: 4, force: 1 }];
  const [x0, y0] = [handle.x + handle.width / 2, handle.y + handle.height / 2];
  const [x1, y1] = [target.x + target.width - 60, target.y + target.height / 2];
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: at(x0, y0) });
  for (let i = 1; i <= 10; i++) {
    const f = i / 10;
    await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: at(x0 + (x1 - x0) * f, y0 + (y1 - y0) * f) });
  }
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  await page.waitForSelector(`[data-testid=level-universal-cards] [data-testid=activity-card-${id}]`);
  // 6. Actions: one from the bottleneck marked above.
  await nextUntil(page, "actions");
  await page.waitForSelector("[data-testid=meeting-actions-new]");
  const readIdeas = () => page.$$eval("[data-testid^=idea-]", (e) => e.map((x) => x.textContent.trim()));
  const ideas = await readIdeas();
  // The idea says what to do (the success factor), not the problem.
  const fromBottleneck = ideas.findIndex((t) => t.includes("Werk toe naar: Kennis delen"));
  assert.ok(fromBottleneck >= 0, ideas.join(" | "));
  assert.ok(!ideas.some((t) => t.includes("Onvoldoende kennis delen")), ideas.join(" | "));
  const before = await page.locator(`[data-testid=idea-${fromBottleneck}]`).boundingBox();
  await page.tap(`[data-testid=idea-${fromBottleneck}]`);
  // Who and when are asked in place; the list keeps its places under the finger.
  const added = page.locator("[data-testid=added-action]");
  await added.waitFor();
  const after = await readIdeas();
  assert.equal(after.length, ideas.length);
  assert.deepEqual(after.map((t) => t.replace(/^[+✓]\s*/, "")), ideas.map((t) => t.replace(/^[+✓]\s*/, "")));
  assert.ok(after[fromBottleneck].startsWith("✓"), after[fromBottleneck]);
  assert.ok(await page.locator(`[data-testid=idea-${fromBottleneck}]`).isDisabled());
  assert.deepEqual(await page.locator(`[data-testid=idea-${fromBottleneck}]`).boundingBox(), before);
  await added.locator("select[data-testid$=-owner]").selectOption("care-coordinator");
  await added.locator("input[data-testid$=-due]").fill("2027-02-01");
  // 7. Close: the summary says what was decided.
  await nextUntil(page, "close");
  const summary = await page.textContent("[data-testid=meeting-summary]");
  assert.match(summary, /Werk toe naar: Kennis delen/);
  assert.doesNotMatch(summary, /nog niemand/);
  assert.match(await page.textContent("[data-testid=summary-ladder]"), /2\. coördinatie.*4\. integrale/);
  assert.match(await page.textContent("[data-testid=summary-tier-universal]"), /\(\+\d/);
  assert.match(await page.textContent("[data-testid=summary-rows]"), /toegelicht/);
  await page.tap("[data-testid=summary-finish]");
  assert.match(await page.textContent("[data-testid=summary-finish]"), /afgerond/);
  // The report lists the time per step.
  await page.tap("[data-testid=summary-report]");
  await page.waitForSelector("[data-testid=report-meeting-times]");
  assert.deepEqual(h.consoleErrors, []);
  await ctx.close();
});

test("the clicker's keys and the agenda move through the meeting; steps can be skipped", async () => {
  const { ctx, page } = await meeting();
  await page.keyboard.press("PageDown");
  assert.equal(await step(page), "pyramid-now");
  await page.keyboard.press("PageUp");
  assert.equal(await step(page), "start");
  await page.tap("[data-testid=meeting-agenda]");
  await page.waitForSelector("[data-testid=agenda-panel]");
  await page.tap("[data-testid=agenda-skip-pyramid-now]");
  await page.tap("[data-testid=agenda-more-ladder]");
  await page.tap("[data-testid=agenda-close]");
  await page.keyboard.press("PageDown");
  assert.equal(await step(page), "framework", "a skipped step is passed over");
  await page.tap("[data-testid=meeting-agenda]");
  await page.tap("[data-testid=agenda-go-ladder]");
  assert.equal(await step(page), "ladder");
  await page.tap("[data-testid=meeting-pause]");
  assert.equal(await page.getAttribute("[data-testid=meeting-timer]", "data-running"), "false");
  await ctx.close();
});

for (const [width, height] of [[1920, 1080], [3840, 2160]]) {
  test(`at ${width}x${height} every step fits, no text under 28 px, no target under 48 px, axe finds nothing`, async () => {
    const { ctx, page } = await meeting({ width, height });
    const problems = [];
    let screens = 0;
    for (let i = 0; i < 60; i++) {
      await page.waitForTimeout(150);
      const m = await measure(page);
      const where = `${await step(page)} ${await page.textContent("[data-testid=meeting-page]")}`;
      screens++;
      if (m.scroll > m.height) problems.push(`${where}: page scrolls (${m.scroll} > ${m.height})`);
      if (m.inner > 1) problems.push(`${where}: the step scrolls by ${m.inner} px`);
      if (m.small.length) problems.push(`${where}: small text ${m.small.slice(0, 3).join("; ")}`);
      if (m.targets.length) problems.push(`${where}: small targets ${m.targets.slice(0, 3).join("; ")}`);
      if (i % 4 === 0 || (await step(page)) !== "framework") {
        const { violations } = await new AxeBuilder({ page }).analyze();
        for (const v of violations) problems.push(`${where}: axe ${v.id} ${v.nodes.map((n) => n.target).join(" ")}`);
      }
      const nextButton = await page.$("[data-testid=meeting-next]:not([disabled])");
      if (!nextButton) break;
      await nextButton.tap();
    }
    console.log(`# ${width}x${height}: ${screens} meeting screens measured`);
    assert.deepEqual(problems, []);
    assert.ok(screens > 10);
    await ctx.close();
  });
}

// A title wraps between its words, never inside one ("welbevinde / n" at 1920 and 1366).
for (const [width, height] of [[1920, 1080], [1366, 768]]) {
  test(`at ${width}x${height} the pyramid's card titles break only between words`, async () => {
    const { ctx, page } = await meeting({ width, height });
    await nextUntil(page, "pyramid-now");
    await page.waitForSelector("[data-testid^=activity-card-]");
    const split = await page.$$eval(".activity-card__title", (titles) => {
      const out = [];
      for (const title of titles) {
        const text = title.firstChild;
        if (!text || text.nodeType !== 3) continue;
        const re = /\S+/g;
        let m;
        while ((m = re.exec(text.data))) {
          const range = document.createRange();
          range.setStart(text, m.index);
          range.setEnd(text, m.index + m[0].length);
          // One box per line the word is on.
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          if (lines.size > 1) out.push(m[0]);
        }
      }
      return { out, titles: titles.length };
    });
    assert.ok(split.titles >= 5, "the example's cards");
    assert.deepEqual(split.out, [], "words broken over two lines");
    await ctx.close();
  });
}

// Not the board: a laptop fits each step on its screen as the board does, a phone may
// scroll a step but never sideways, and the next step stays in view.
for (const [width, height, scrolls] of [[1366, 768, false], [390, 844, true]]) {
  test(`meeting mode at ${width}x${height}: nothing wider than the screen, text at least 16 px, Volgende always in view`, async () => {
    const { ctx, page } = await meeting({ width, height });
    const problems = [];
    let screens = 0;
    for (let i = 0; i < 60; i++) {
      await page.waitForTimeout(100);
      // A card's arrival (scale 0.97 → 1 in 180 ms) is not its size.
      await page.waitForFunction(() =>
        document.getAnimations().every((a) => a.playState !== "running" || a.effect?.getTiming().iterations === Infinity),
      );
      const where = `${await step(page)} ${await page.textContent("[data-testid=meeting-page]")}`;
      const ruler = await measure(page, 16);
      const m = await page.evaluate(() => {
        const wide = [...document.querySelectorAll(".meeting *")]
          .filter((e) => e.getBoundingClientRect().right > innerWidth + 1 && !e.closest("[open].quotes"))
          .map((e) => `${e.tagName}.${e.className}`);
        const nextBox = document.querySelector("[data-testid=meeting-next]").getBoundingClientRect();
        // A field too narrow for its value (a status dropdown showing "N").
        const narrow = [...document.querySelectorAll(".meeting input, .meeting select, .meeting textarea")]
          .map((e) => [e, e.getBoundingClientRect()])
          .filter(([, r]) => r.width && r.width < 120)
          .map(([e, r]) => `${e.tagName}[${e.dataset.testid}] ${Math.round(r.width)} px`);
        return {
          narrow: narrow.slice(0, 3),
          wide: wide.slice(0, 3),
          overflow: document.documentElement.scrollWidth > innerWidth,
          nextInView: nextBox.top >= 0 && nextBox.bottom <= innerHeight + 0.5,
        };
      });
      screens++;
      if (m.overflow || m.wide.length) problems.push(`${where}: wider than the screen ${m.wide.join(", ")}`);
      if (ruler.small.length) problems.push(`${where}: text under 16 px ${ruler.small.slice(0, 3).join("; ")}`);
      if (!m.nextInView) problems.push(`${where}: Volgende out of view`);
      if (!scrolls && ruler.scroll > height) problems.push(`${where}: page scrolls (${ruler.scroll} > ${height})`);
      if (!scrolls && ruler.inner > 1) problems.push(`${where}: the step scrolls by ${ruler.inner} px`);
      if (ruler.targets.length) problems.push(`${where}: small targets ${ruler.targets.slice(0, 3).join("; ")}`);
      if (m.narrow.length) problems.push(`${where}: narrow fields ${m.narrow.join("; ")}`);
      if (i % 5 === 0) {
        const { violations } = await new AxeBuilder({ page }).analyze();
        for (const v of violations) problems.push(`${where}: axe ${v.id} ${v.nodes.map((n) => n.target).join(" ")}`);
      }
      const nextButton = await page.$("[data-testid=meeting-next]:not([disabled])");
      if (!nextButton) break;
      await nextButton.tap();
    }
    console.log(`# meeting mode at ${width}x${height}: ${screens} screens measured`);
    assert.deepEqual(problems, []);
    assert.ok(screens > 10);
    await ctx.close();
  });
}

test("no console errors and no request left 127.0.0.1", () => {
  assert.deepEqual(h.consoleErrors, []);
  assert.deepEqual(h.offsite, []);
});
