// End-to-end: the Raamwerk, ladder and action plan in one meeting. Two roles mark rows, the
// six questions are answered for one row, the overview shows the disagreement, a bottleneck
// becomes an action, and after a reload everything is still there. Every step passes axe.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import AxeBuilder from "@axe-core/playwright";
import { start } from "./harness.mjs";

const ROW = "ih.communicatie.1";
const tid = (id) => `[data-testid="${id}"]`;
let h;

before(async () => {
  h = await start();
});

after(async () => {
  await h?.close();
});

async function axe(page, label) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(
    violations.map((v) => `${label}: ${v.id} ${v.nodes.map((n) => n.target).join(" ")}`),
    [],
  );
}

async function newSession(page) {
  await page.click(tid("nav-home"));
  await page.click(tid("session-new"));
  await page.click(tid("nav-framework"));
  await page.waitForSelector(tid("screen-framework"));
}

test("mark as two roles, explain, see the disagreement, make an action, reload", async () => {
  const ctx = await h.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await h.open(ctx);
  await newSession(page);
  await axe(page, "framework read");
  await page.click(`${tid(`quotes-ih.communicatie`)} summary`);
  await axe(page, "framework quotes open");

  await page.click(tid("step-mark"));
  await page.click(tid("role-pick-teacher"));
  await page.click(tid(`mark-success-${ROW}`));
  await page.click(tid("role-pick-youth-worker"));
  await page.click(tid(`mark-bottleneck-${ROW}`));
  assert.equal(await page.getAttribute(tid(`mark-bottleneck-${ROW}`), "aria-pressed"), "true");
  assert.match(await page.textContent(tid(`others-${ROW}`)), /1 × succesfactor/);
  await axe(page, "framework mark");

  await page.click(tid("step-explain"));
  for (const q of ["why", "who", "what", "where", "when", "how"]) {
    await page.fill(tid(`explain-${ROW}-${q}`), `Ons antwoord op ${q}`);
  }
  await axe(page, "framework explain");

  await page.click(tid("step-overview"));
  const d = await page.textContent(tid(`disagreement-${ROW}`));
  assert.match(d, /tegengesteld/);
  assert.match(d, /Leerkracht/);
  assert.match(d, /Jeugdhulpverlener/);
  await page.click(tid(`priority-${ROW}`));
  await page.click(tid(`make-action-${ROW}`));
  await page.waitForSelector(tid("action-added"));
  await axe(page, "framework overview");

  // Smartboard mode: bigger, but never wider than the board.
  await page.click(tid("smartboard-switch"));
  for (const step of ["read", "mark", "explain", "overview"]) {
    await page.click(tid(`step-${step}`));
    const wide = await page.evaluate(() => document.documentElement.scrollWidth > innerWidth);
    assert.equal(wide, false, `horizontal overflow on step ${step} in smartboard mode`);
  }
  await page.click(tid("smartboard-switch"));

  await page.reload();
  await page.click(tid("nav-framework"));
  await page.click(tid("step-explain"));
  assert.equal(await page.inputValue(tid(`explain-${ROW}-how`)), "Ons antwoord op how");
  await page.click(tid("step-overview"));
  assert.match(await page.textContent(tid(`disagreement-${ROW}`)), /tegengesteld/);
  assert.equal(await page.getAttribute(tid(`priority-${ROW}`), "aria-pressed"), "true");
  await page.click(tid("step-mark"));
  await page.click(tid("role-pick-teacher"));
  assert.equal(await page.getAttribute(tid(`mark-success-${ROW}`), "aria-pressed"), "true");

  await page.click(tid("nav-actions"));
  await page.waitForSelector(tid("screen-actions"));
  const list = await page.textContent(tid("action-list"));
  assert.match(list, /Onvoldoende informeren en communiceren/);
  assert.deepEqual(h.consoleErrors, []);
  await ctx.close();
});

test("ladder and action plan: place, act, edit, delete with undo; axe clean", async () => {
  const ctx = await h.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await h.open(ctx);
  await newSession(page);
  await page.click(tid("nav-ladder"));
  await page.waitForSelector(tid("screen-ladder"));
  await page.click(tid("ladder-now-1"));
  await page.click(tid("ladder-wanted-3"));
  await page.click(tid("role-pick-youth-worker"));
  await page.click(tid("ladder-now-2"));
  assert.match(await page.textContent(tid("ladder-differences")), /Jeugdhulpverlener/);
  await page.click(tid("ladder-action-3"));
  const note = "Overleg loopt nu via de IB'er.\nWe willen samen plannen.";
  await page.fill(tid("ladder-note"), note);
  await axe(page, "ladder");

  await page.click(tid("nav-actions"));
  await page.waitForSelector(tid("screen-actions"));
  await page.fill(tid("action-new-what"), "Ouderavond samen voorbereiden");
  await page.click(tid("action-add"));
  const ids = await page.$$eval(`${tid("action-list")} > li`, (els) =>
    els.map((e) => e.getAttribute("data-testid")),
  );
  assert.equal(ids.length, 2);
  await page.fill(tid(`${ids[0]}-due`), "2000-01-01");
  await page.waitForSelector(`${tid(ids[0])} ${tid("overdue")}`);
  assert.match(await page.textContent(tid(ids[0])), /te laat/);
  await axe(page, "actions");

  await page.click(tid(`${ids[1]}-delete`));
  assert.equal(await page.$(tid(ids[1])), null);
  await page.click(tid("action-undo"));
  await page.waitForSelector(tid(ids[1]));

  await page.reload();
  await page.click(tid("nav-actions"));
  await page.waitForSelector(tid(ids[0]));
  assert.match(await page.textContent(tid(ids[0])), /te laat/);
  await page.click(tid("nav-ladder"));
  assert.equal(await page.getAttribute(tid("ladder-wanted-3"), "aria-pressed"), "true");
  // The ladder note survives the reload and is in the report with its line break.
  assert.equal(await page.inputValue(tid("ladder-note")), note);
  await page.click(tid("nav-report"));
  assert.equal(await page.textContent(tid("report-ladder-note")), note);
  assert.deepEqual(h.consoleErrors, []);
  await ctx.close();
});
