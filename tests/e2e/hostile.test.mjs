// End-to-end, hostile use: what a user types is never lost and what is stored is never
// written over without a word. A new action typed and not yet added survives a reload at
// once; damaged settings are kept aside and said at start, never silently reset.
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

const tid = (id) => `[data-testid=${id}]`;

test("a new action typed but not added is there after an immediate reload, and gone once added", async () => {
  const ctx = await h.newContext();
  const page = await h.open(ctx);
  await page.click(tid("session-new"));
  await page.fill(tid("session-title"), "Overleg met drafts");
  await page.click(tid("nav-actions"));
  await page.waitForSelector(tid("screen-actions"));
  await page.fill("#action-new-what", "Ouderavond over weerbaarheid plannen");
  // Reload at once: no debounce, no timer in between.
  await page.reload();
  await page.waitForSelector(tid("screen-actions"));
  assert.equal(await page.inputValue("#action-new-what"), "Ouderavond over weerbaarheid plannen");
  await page.click(tid("action-add"));
  await page.waitForSelector(`${tid("action-list")} li`);
  assert.equal(await page.inputValue("#action-new-what"), "");
  await page.reload();
  await page.waitForSelector(tid("screen-actions"));
  assert.equal(await page.inputValue("#action-new-what"), "");
  const drafts = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("samen-doen/v1/draft/")));
  assert.deepEqual(drafts, []);
  await ctx.close();
});

test("damaged settings are kept aside and said at start, not written over with the defaults", async () => {
  const ctx = await h.newContext();
  const damaged = '{"language":"nl","smartboard":"ja"}';
  // A stored session and a trusted index, so the start would take its short way.
  const first = await h.open(ctx);
  await first.click(tid("session-new"));
  await first.fill(tid("session-title"), "Met kapotte instellingen");
  await first.waitForSelector("[data-testid=save-status][data-state=saved]");
  await first.evaluate((text) => localStorage.setItem("samen-doen/v1/settings", text), damaged);
  await first.close();
  const page = await h.open(ctx);
  await page.waitForSelector(tid("notice-quarantined"));
  const kept = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith("samen-doen/quarantine/samen-doen/v1/settings/"))
      .map((k) => localStorage.getItem(k)),
  );
  assert.deepEqual(kept, [damaged]);
  await ctx.close();
});
