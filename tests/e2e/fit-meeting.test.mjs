// End-to-end: a meeting with long real content (filled.mjs) shows everything on every page,
// in Dutch and in English, at the smartboard (1920x1080, 3840x2160) and on a laptop
// (1366x768): no page scroll and no inner scroll, text at least 28 px at the board (16 on
// the laptop), no target under 48 px. Where content is more than a page holds, it is paged
// (the differences' "Meer", a row's explanation over its page) and measured there too.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, textUnder } from "./harness.mjs";
import { storeFilled } from "./filled.mjs";

let h;

before(async () => {
  h = await start();
});

after(async () => {
  await h?.close();
});

/** Text under `min` px, targets under 48 px, and how far the page, the step and any open
 * dialog scroll. */
async function ruler(page, min) {
  const small = await page.evaluate(textUnder, min);
  const rest = await page.evaluate(() => {
    const targets = [];
    for (const el of document.querySelectorAll(
      "button, a[href], input, select, textarea, summary, [role=button], [tabindex='0']",
    )) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || el.closest(".activity-card__word")) continue;
      if (r.width < 48 || r.height < 48) targets.push(`${el.tagName}.${el.className} ${Math.round(r.width)}x${Math.round(r.height)}`);
    }
    const over = (el) => (el ? Math.max(0, el.scrollHeight - el.clientHeight) : 0);
    // Anything drawn past the screen's bottom edge is out of sight too.
    // (What a closed disclosure holds is not drawn, whatever its box says.)
    const below = [...document.querySelectorAll(".meeting *")]
      .filter((e) => {
        const r = e.getBoundingClientRect();
        const folded = e.closest("details:not([open])") && !e.closest("summary");
        return !folded && r.height > 0 && r.bottom > innerHeight + 1 && getComputedStyle(e).position !== "fixed";
      })
      .map((e) => `${e.tagName}.${e.className}`.slice(0, 60));
    return {
      page: Math.max(0, document.documentElement.scrollHeight - innerHeight),
      inner: over(document.querySelector("[data-testid=main]")),
      dialog: over(document.querySelector("[data-testid=explain-dialog]")),
      // An answer cut inside its own field is hidden too.
      fields: [...document.querySelectorAll("[data-testid=explain-dialog] textarea")]
        .map((t) => over(t))
        .filter((n) => n > 1),
      below: below.slice(0, 3),
      targets: targets.slice(0, 3),
    };
  });
  return { small: small.slice(0, 3), ...rest };
}

function problemsOf(where, m) {
  const out = [];
  if (m.page > 0) out.push(`${where}: the page scrolls by ${m.page} px`);
  if (m.inner > 1) out.push(`${where}: the step scrolls by ${m.inner} px`);
  if (m.dialog > 1) out.push(`${where}: the explanation scrolls by ${m.dialog} px`);
  if (m.fields.length) out.push(`${where}: an answer scrolls inside its field by ${m.fields.join(", ")} px`);
  if (m.below.length) out.push(`${where}: drawn below the screen ${m.below.join(", ")}`);
  if (m.small.length) out.push(`${where}: small text ${m.small.join("; ")}`);
  if (m.targets.length) out.push(`${where}: small targets ${m.targets.join("; ")}`);
  return out;
}

const SIZES = [
  [1920, 1080, true, 28],
  [3840, 2160, true, 28],
  [1366, 768, false, 16],
];

for (const lang of ["nl", "en"]) {
  for (const [width, height, smartboard, min] of SIZES) {
    test(`${lang} at ${width}x${height}: the filled meeting shows all of every page`, async () => {
      const ctx = await h.newContext({ viewport: { width, height }, hasTouch: true });
      await storeFilled(ctx, lang, smartboard);
      const page = await h.open(ctx, "#/sessies");
      await page.waitForSelector("[data-testid=session-details] [data-testid=meeting-start]");
      await page.tap("[data-testid=session-details] [data-testid=meeting-start]");
      await page.waitForSelector("[data-testid=meeting][data-step=start]");
      const problems = [];
      const seen = new Set();
      let screens = 0;
      for (let i = 0; i < 80; i++) {
        await page.waitForTimeout(120);
        await page.waitForFunction(() =>
          document.getAnimations().every((a) => a.playState !== "running" || a.effect?.getTiming().iterations === Infinity),
        );
        const step = await page.getAttribute("[data-testid=meeting]", "data-step");
        const where = `${step} ${await page.textContent("[data-testid=meeting-page]")}`;
        seen.add(step);
        screens++;
        problems.push(...problemsOf(where, await ruler(page, min)));
        // A theme page: its first marked row's explanation, open over the page.
        const explain = await page.$("[data-testid^=explain-open-]");
        if (explain) {
          await explain.tap();
          await page.waitForSelector("[data-testid=explain-dialog]");
          problems.push(...problemsOf(`${where} explanation`, await ruler(page, min)));
          await page.tap("[data-testid=explain-close]");
        }
        // The differences: every part of them.
        for (let v = 0; v < 10 && (await page.$("[data-testid=differences-more]:not([disabled])")); v++) {
          await page.tap("[data-testid=differences-more]");
          screens++;
          const range = await page.textContent("[data-testid=differences-range]");
          problems.push(...problemsOf(`${where} ${range}`, await ruler(page, min)));
        }
        const next = await page.$("[data-testid=meeting-next]:not([disabled])");
        if (!next) break;
        await next.tap();
      }
      console.log(`# ${lang} ${width}x${height}: ${screens} screens measured`);
      assert.deepEqual(problems, []);
      for (const step of ["start", "pyramid-now", "framework", "ladder", "pyramid-planned", "actions", "close"]) {
        assert.ok(seen.has(step), `the walk reached ${step}`);
      }
      assert.deepEqual(h.consoleErrors, []);
      await ctx.close();
    });
  }
}
