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

test("two sessions deleted at the same instant in two tabs both stay deleted, also after a reload", async () => {
  const ctx = await h.newContext();
  const one = await h.open(ctx);
  const titles = ["Eerste", "Tweede", "Derde", "Vierde", "Vijfde", "Zesde", "Blijft"];
  for (const title of titles) {
    await one.click(tid("nav-home"));
    await one.click(tid("session-new"));
    await one.fill(tid("session-title"), title);
    await one.waitForSelector("[data-testid=save-status][data-state=saved]");
  }
  await one.click(tid("nav-home"));
  const two = await h.open(ctx);
  await two.waitForSelector(`${tid("session-item")}:has-text('Blijft')`);
  const listed = async (page) => (await page.$$eval(tid("session-item-title"), (e) => e.map((x) => x.textContent))).sort();
  const del = (page, title) => page.click(`${tid("session-item")}:has-text('${title}') ${tid("session-delete")}`);
  let left = [...titles];
  for (const [a, b] of [["Eerste", "Tweede"], ["Derde", "Vierde"], ["Vijfde", "Zesde"]]) {
    await Promise.all([del(one, a), del(two, b)]);
    left = left.filter((t) => t !== a && t !== b);
    // Both tabs settle on the same list, with neither deletion undone.
    await one.waitForTimeout(400);
    for (const page of [one, two]) {
      await page.waitForFunction(
        (n) => document.querySelectorAll("[data-testid=session-item-title]").length === n,
        left.length,
        { timeout: 3000 },
      );
      assert.deepEqual(await listed(page), [...left].sort());
    }
  }
  for (const page of [one, two]) {
    await page.reload();
    await page.waitForSelector(`${tid("session-item")}:has-text('Blijft')`);
    assert.deepEqual(await listed(page), ["Blijft"]);
  }
  await ctx.close();
});

test("trash list and index both damaged: what was in the trash stays in the trash, and the notice says so", async () => {
  const ctx = await h.newContext();
  const page = await h.open(ctx);
  for (const title of ["In de prullenbak", "Gewoon"]) {
    await page.click(tid("nav-home"));
    await page.click(tid("session-new"));
    await page.fill(tid("session-title"), title);
    await page.waitForSelector("[data-testid=save-status][data-state=saved]");
  }
  await page.click(tid("nav-home"));
  await page.click(`${tid("session-item")}:has-text('In de prullenbak') ${tid("session-delete")}`);
  await page.waitForFunction(() => localStorage.getItem("samen-doen/v1/trash")?.includes("deleted_ms"));
  // Both lists cut off mid-write.
  await page.evaluate(() => {
    const trash = localStorage.getItem("samen-doen/v1/trash");
    localStorage.setItem("samen-doen/v1/trash", trash.slice(0, trash.length - 3));
    localStorage.setItem("samen-doen/v1/index", "[{kapot");
  });
  await page.reload();
  await page.waitForSelector(tid("notice-trash-recovered"));
  assert.match(await page.textContent(tid("notice-trash-recovered")), /In de prullenbak/);
  const listed = await page.$$eval(tid("session-item-title"), (e) => e.map((x) => x.textContent));
  assert.deepEqual(listed, ["Gewoon"]);
  await ctx.close();
});

test("the trash emptied in one tab while another types in that session: the typed text stays and is said", async () => {
  const ctx = await h.newContext();
  const one = await h.open(ctx);
  await one.click(tid("session-new"));
  await one.fill(tid("session-title"), "Getypt");
  await one.waitForSelector("[data-testid=save-status][data-state=saved]");
  // The second tab opens the same session (the app reopens the last open one).
  const two = await h.open(ctx);
  const open = await two.$(`${tid("session-item")} ${tid("session-open")}`);
  if (open) await open.click();
  await two.waitForSelector(tid("session-title"));
  // The first tab deletes it and empties the trash.
  await one.click(tid("nav-home"));
  await one.click(`${tid("session-item")}:has-text('Getypt') ${tid("session-delete")}`);
  await one.click(`${tid("trash")} summary`);
  await one.click(`${tid("trash-item")}:has-text('Getypt') ${tid("trash-purge")}`);
  await one.waitForFunction(() => !Object.values(localStorage).some((v) => v.includes('"Getypt')));
  // The second tab keeps typing.
  await two.fill(tid("session-title"), "Getypt en bewaard");
  await two.waitForSelector(tid("notice-missing"));
  await two.waitForFunction(() => Object.values(localStorage).some((v) => v.includes('"Getypt en bewaard"')), null, {
    timeout: 5000,
  });
  await ctx.close();
});

// A file read with the page's main thread in one piece froze it for seconds (a 19 MB file
// of 1,000 sessions: 2.4 s); now it is opened in one pass and read and stored a few
// sessions per task, its progress shown.
test("a big file is read and stored a few sessions per task: no task holds the page 200 ms", async () => {
  const { filledSession } = await import("./filled.mjs");
  const { writeFileSync, mkdtempSync } = await import("node:fs");
  const { join } = await import("node:path");
  const { tmpdir } = await import("node:os");
  const dir = mkdtempSync(join(tmpdir(), "samen-doen-big-"));
  const ctx = await h.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await h.open(ctx);
  await page.waitForSelector(tid("import-file"), { state: "attached" });
  await page.evaluate(() => {
    window.__longest = 0;
    window.__seen = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
    }).observe({ type: "longtask" });
    new MutationObserver(() => {
      const p = document.querySelector("[data-testid=import-reading]");
      if (p) window.__seen.push(p.textContent);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  const count = 200;
  const data = Array.from({ length: count }, (_, i) => ({ ...structuredClone(filledSession("nl").data), id: `groot-${i}` }));
  const big = join(dir, "groot.json");
  writeFileSync(big, JSON.stringify({ format: "samen-doen", version: 2, kind: "export", exported_ms: 1, data }));
  // A path, not a buffer: a buffer is turned into a file by script in the page, which
  // would itself be a long task.
  await page.setInputFiles(tid("import-file"), big);
  const result = await page.waitForSelector(tid("import-result"), { timeout: 60_000 });
  assert.equal((await result.textContent()).trim(), `${count} sessies toegevoegd.`);
  const seen = await page.evaluate(() => window.__seen);
  assert.ok(seen.some((t) => /^Bestand lezen… groot.json \(\d+ van 200 sessies gelezen\)$/.test(t.trim())), `reading progress shown: ${seen.slice(0, 3)}`);
  assert.ok(seen.some((t) => /^Opslaan… groot.json \(\d+ van 200 sessies opgeslagen\)$/.test(t.trim())), `storing progress shown: ${seen.slice(-2)}`);
  const stored = await page.evaluate(() => Object.keys(localStorage).filter((k) => /\/session\/groot-/.test(k)).length);
  assert.equal(stored, count);
  const longest = await page.evaluate(() => window.__longest);
  assert.ok(longest < 200, `longest task while importing: ${longest} ms`);

  // One session over the bound of a session in a file: refused by its length, by its place.
  const huge = structuredClone(filledSession("nl").data);
  huge.id = "te-groot";
  const long = "é".repeat(5000);
  huge.analysis.explanations = Object.fromEntries(
    Array.from({ length: 20 }, (_, i) => [`rij-${i}`, { why: long, who: long, what: long, where: long, when: long, how: long }]),
  );
  const two = join(dir, "te-groot.json");
  writeFileSync(two, JSON.stringify({ format: "samen-doen", version: 2, kind: "export", exported_ms: 1, data: [data[0], huge] }));
  await page.evaluate(() => (window.__longest = 0));
  await page.setInputFiles(tid("import-file"), two);
  const error = await page.waitForSelector(tid("import-error"));
  const said = await error.textContent();
  assert.match(said, /sessions\[1\]/);
  assert.match(said, /hoogstens 1\.048\.576 bytes/);
  assert.ok((await page.evaluate(() => window.__longest)) < 200);
  await ctx.close();
});
