// End-to-end: sessions survive bad storage and travel between browsers by file and share
// link, and imported text never becomes markup. Every test uses fresh browser contexts, so
// each starts with its own empty localStorage.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { start } from "./harness.mjs";

const APP = "samen-doen/";
const SESSION_PREFIX = "samen-doen/v1/session/";
const QUARANTINE_PREFIX = "samen-doen/quarantine/";
let h;

before(async () => {
  h = await start();
});

after(async () => {
  await h?.close();
});

/** Creates a session on the home screen, fills title and school, and waits for the save. */
async function createSession(page, { title, school = "" }) {
  await page.click("[data-testid=session-new]");
  await page.fill("[data-testid=session-title]", title);
  if (school) await page.fill("[data-testid=session-school]", school);
  await waitStored(page, [JSON.stringify(title), JSON.stringify(school)]);
  await waitSaved(page);
}

/** Waits until one stored session contains all of `parts` (the debounced save has run). */
async function waitStored(page, parts) {
  await page.waitForFunction(
    ([prefix, parts]) =>
      Object.keys(localStorage).some(
        (k) => k.startsWith(prefix) && parts.every((p) => localStorage.getItem(k).includes(p)),
      ),
    [SESSION_PREFIX, parts],
  );
}

async function waitSaved(page) {
  await page.waitForSelector("[data-testid=save-status][data-state=saved]");
}

/** Title and school as the sessions list shows them. */
async function listed(page) {
  await page.waitForSelector("[data-testid=session-item]");
  return page.$$eval("[data-testid=session-item]", (items) =>
    items.map((li) => ({
      title: li.querySelector("[data-testid=session-item-title]").textContent,
      text: li.textContent,
    })),
  );
}

const storedEntries = (page) =>
  page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));

function exportFile(sessions) {
  const text = JSON.stringify({ format: "samen-doen", version: 1, kind: "export", exported_ms: 0, data: sessions });
  return { name: "samen-doen-test.json", mimeType: "application/json", buffer: Buffer.from(text) };
}

test("a malicious import renders as plain text and runs nothing", async () => {
  const title = `<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">`;
  const school = "<b>bold</b>";
  const ctx = await h.newContext();
  const page = await h.open(ctx);
  await page.setInputFiles("[data-testid=import-file]", exportFile([
    { id: "evil", title, school, date: "2026-09-14", notes: "<iframe src=javascript:alert(1)>" },
  ]));
  assert.match(await page.textContent("[data-testid=import-result]"), /1 sessie toegevoegd/);
  const [item] = await listed(page);
  assert.equal(item.title, title);
  assert.ok(item.text.includes(school), item.text);
  const list = "[data-testid=session-list]";
  assert.equal(await page.$$eval(`${list} img, ${list} b, ${list} script, ${list} iframe`, (e) => e.length), 0);
  await page.click("[data-testid=session-open]");
  assert.equal(await page.inputValue("[data-testid=session-title]"), title);
  assert.equal(await page.inputValue("[data-testid=session-school]"), school);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  await ctx.close();
});

test("an invalid file names the field and the value, in the current language", async () => {
  const ctx = await h.newContext();
  const page = await h.open(ctx);
  await page.setInputFiles("[data-testid=import-file]", exportFile([{ id: "a", pupil_count: -3 }]));
  const nl = await page.textContent("[data-testid=import-error]");
  assert.match(nl, /sessions\[0\]\.pupil_count: verwacht een geheel getal ≥ 0, gekregen -3/);
  await page.click("[data-testid=lang-switch]");
  const en = await page.textContent("[data-testid=import-error]");
  assert.match(en, /sessions\[0\]\.pupil_count: expected a whole number ≥ 0, got -3/);
  assert.equal(await page.$$eval("[data-testid=session-item]", (e) => e.length), 0);
  await ctx.close();
});

test("dropping a file anywhere on the page imports it", async () => {
  const ctx = await h.newContext();
  const page = await h.open(ctx);
  const text = exportFile([{ id: "dropped", title: "Gesleept" }]).buffer.toString();
  const dt = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], "gesleept.json", { type: "application/json" }));
    return dt;
  }, text);
  await page.dispatchEvent("footer", "dragenter", { dataTransfer: dt });
  await page.waitForSelector("[data-testid=drop-hint]");
  await page.dispatchEvent("footer", "drop", { dataTransfer: dt });
  await page.waitForSelector("[data-testid=drop-hint]", { state: "detached" });
  assert.match(await page.textContent("[data-testid=import-result]"), /1 sessie toegevoegd/);
  assert.equal((await listed(page))[0].title, "Gesleept");
  await ctx.close();
});

test("export, then import in a fresh browser gives the same session; twice gives a copy", async () => {
  const a = await h.newContext();
  const pageA = await h.open(a);
  await createSession(pageA, { title: "Teamoverleg oktober", school: "OBS De Linde" });
  const [download] = await Promise.all([
    pageA.waitForEvent("download"),
    pageA.click("[data-testid=export-all]"),
  ]);
  assert.match(download.suggestedFilename(), /^samen-doen-alle-sessies-\d{4}-\d{2}-\d{2}\.json$/);
  const file = await readFile(await download.path());
  await a.close();

  const b = await h.newContext();
  const pageB = await h.open(b);
  const upload = { name: "export.json", mimeType: "application/json", buffer: file };
  await pageB.setInputFiles("[data-testid=import-file]", upload);
  await pageB.waitForSelector("[data-testid=import-result]");
  let items = await listed(pageB);
  assert.equal(items.length, 1);
  assert.equal(items[0].title, "Teamoverleg oktober");
  assert.ok(items[0].text.includes("OBS De Linde"));

  // Importing the same file again never overwrites: it adds a copy.
  await pageB.setInputFiles("[data-testid=import-file]", upload);
  assert.match(await pageB.textContent("[data-testid=import-result]"), /kopie/);
  await pageB.waitForFunction(() => document.querySelectorAll("[data-testid=session-item]").length === 2);

  // And it was saved: still there after a reload.
  await pageB.reload();
  items = await listed(pageB);
  assert.equal(items.length, 2);
  await b.close();
});

test("a share link opened in a fresh browser previews and imports the same session", async () => {
  const a = await h.newContext();
  const pageA = await h.open(a);
  await createSession(pageA, { title: "Gedeelde sessie", school: "CBS 't Eikske" });
  await pageA.click("[data-testid=session-item] [data-testid^=share-session-]");
  await pageA.waitForSelector("[data-testid=share-dialog]");
  const link = await pageA.inputValue("[data-testid=share-url]");
  assert.ok(link.startsWith(h.url + "#/import/"), link);
  assert.equal(await pageA.$$eval("[data-testid=share-qr] svg", (e) => e.length), 1);
  assert.equal(await pageA.getAttribute("[data-testid=share-qr]", "role"), "img");
  assert.equal(await pageA.$$eval("[data-testid=share-dialog] [style]", (e) => e.length), 0);
  await pageA.keyboard.press("Escape");
  await pageA.waitForSelector("[data-testid=share-dialog]", { state: "detached" });
  await a.close();

  const b = await h.newContext();
  const pageB = await b.newPage();
  await pageB.goto(link);
  await pageB.waitForSelector("[data-testid=screen-import]");
  assert.equal(await pageB.textContent("[data-testid=import-title]"), "Gedeelde sessie");
  assert.equal(await pageB.textContent("[data-testid=import-school]"), "CBS 't Eikske");
  // Nothing is imported before confirmation.
  const before = await storedEntries(pageB);
  assert.equal(Object.keys(before).filter((k) => k.startsWith(SESSION_PREFIX)).length, 0);
  await pageB.click("[data-testid=import-confirm]");
  await pageB.waitForSelector("[data-testid=screen-home]");
  assert.equal(new URL(pageB.url()).hash, "#/sessies");
  const items = await listed(pageB);
  assert.equal(items.length, 1);
  assert.equal(items[0].title, "Gedeelde sessie");
  assert.equal(await pageB.inputValue("[data-testid=session-title]"), "Gedeelde sessie");
  await b.close();
});

test("a damaged share link says what is wrong and imports nothing", async () => {
  const ctx = await h.newContext();
  const page = await h.open(ctx, "#/import/bm90LWRlZmxhdGU");
  assert.match(await page.textContent("[data-testid=import-error]"), /beschadigd/);
  assert.equal(await page.$$eval("[data-testid=import-confirm]", (e) => e.length), 0);
  await page.click("[data-testid=import-cancel]");
  await page.waitForSelector("[data-testid=screen-home]");
  await ctx.close();
});

test("a session too large for a QR code offers the file instead", async () => {
  const ctx = await h.newContext();
  const page = await h.open(ctx);
  await createSession(page, { title: "Lang" });
  // Random text does not compress, like long real notes after deflate.
  let x = 1;
  const notes = Array.from({ length: 6000 }, () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return String.fromCharCode(65 + ((x >>> 16) % 58));
  }).join("");
  await page.fill("[data-testid=session-notes]", notes);
  await waitStored(page, [JSON.stringify(notes).slice(1, 40)]);
  await page.click("[data-testid=session-item] [data-testid^=share-session-]");
  await page.waitForSelector("[data-testid=share-too-long]");
  assert.equal(await page.$$eval("[data-testid=share-qr]", (e) => e.length), 0);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.click("[data-testid=share-export-file]"),
  ]);
  assert.match(download.suggestedFilename(), /^samen-doen-lang-/);
  await ctx.close();
});

test("every stored key corrupted: the app starts and the raw text stays in storage", async () => {
  const ctx = await h.newContext();
  const page = await h.open(ctx);
  await createSession(page, { title: "Wordt beschadigd" });
  await page.click("[data-testid=session-item] [data-testid=session-delete]"); // fills the trash key
  await page.click("[data-testid=session-new]");
  await waitSaved(page);
  const garbage = await page.evaluate((prefix) => {
    const out = {};
    for (const key of Object.keys(localStorage).filter((k) => k.startsWith(prefix))) {
      out[key] = `{"kapot": ${JSON.stringify(key)}`;
      localStorage.setItem(key, out[key]);
    }
    return out;
  }, APP);
  assert.ok(Object.keys(garbage).some((k) => k.startsWith(SESSION_PREFIX)));
  await page.reload();
  await page.waitForSelector("[data-testid=main]");
  await page.waitForSelector("[data-testid=notice-quarantined]");
  const after = await storedEntries(page);
  for (const [key, raw] of Object.entries(garbage)) {
    const kept = Object.entries(after).some(
      ([k, v]) => k.startsWith(QUARANTINE_PREFIX + key + "/") && v === raw,
    );
    assert.ok(kept, `raw text of ${key} not kept under a quarantine key`);
  }
  await ctx.close();
});

test("storage full: a clear message and the last saved version intact", async () => {
  const ctx = await h.newContext();
  const page = await h.open(ctx);
  await createSession(page, { title: "Bewaard" });
  const key = await page.evaluate(
    (p) => Object.keys(localStorage).find((k) => k.startsWith(p)),
    SESSION_PREFIX,
  );
  const saved = await page.evaluate((k) => localStorage.getItem(k), key);
  const full = await page.evaluate(() => {
    let n = 0;
    for (let size = 1 << 20; size >= 1; size >>= 1) {
      const chunk = "x".repeat(size);
      for (;;) {
        try {
          localStorage.setItem(`junk/${n++}`, chunk);
        } catch (e) {
          if (e.name !== "QuotaExceededError") throw e;
          break;
        }
      }
    }
    return n;
  });
  assert.ok(full > 0);
  await page.fill("[data-testid=session-title]", "Bewaard en daarna veel langer gemaakt");
  await page.waitForSelector("[data-testid=notice-full]");
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), key), saved);
  await ctx.close();
});

test("two pages in one browser see each other's changes", async () => {
  const ctx = await h.newContext();
  const one = await h.open(ctx);
  const two = await h.open(ctx);
  await createSession(one, { title: "Van tabblad één" });
  await two.waitForFunction(() =>
    [...document.querySelectorAll("[data-testid=session-item-title]")].some(
      (e) => e.textContent === "Van tabblad één",
    ),
  );
  await one.fill("[data-testid=session-title]", "Gewijzigd in tabblad één");
  await two.waitForFunction(() =>
    [...document.querySelectorAll("[data-testid=session-item-title]")].some(
      (e) => e.textContent === "Gewijzigd in tabblad één",
    ),
  );
  await ctx.close();
});

test("without localStorage the app works in memory and says so", async () => {
  const ctx = await h.newContext();
  await ctx.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("denied", "SecurityError");
      },
    });
  });
  const page = await h.open(ctx);
  await page.waitForSelector("[data-testid=notice-memory-only]");
  await page.click("[data-testid=session-new]");
  await page.fill("[data-testid=session-title]", "Alleen in geheugen");
  await page.waitForFunction(
    () => document.querySelector("[data-testid=session-item-title]")?.textContent === "Alleen in geheugen",
  );
  assert.equal(await page.getAttribute("[data-testid=save-status]", "data-state"), "memory");
  await ctx.close();
});

test("the transfer panel, the share dialog and the import preview pass an axe scan", async () => {
  const ctx = await h.newContext();
  const page = await h.open(ctx);
  await createSession(page, { title: "Toegankelijk", school: "De Regenboog" });
  const scan = async (where) => {
    const { violations } = await new AxeBuilder({ page }).analyze();
    assert.deepEqual(violations.map((v) => `${where}: ${v.id} ${v.nodes.map((n) => n.target).join(" ")}`), []);
  };
  await scan("home");
  await page.click("[data-testid=session-item] [data-testid^=share-session-]");
  await page.waitForSelector("[data-testid=share-qr]");
  await scan("share dialog");
  const link = await page.inputValue("[data-testid=share-url]");
  await page.click("[data-testid=share-close]");
  await page.goto(link);
  await page.waitForSelector("[data-testid=import-confirm]");
  await scan("import preview");
  await ctx.close();
});

test("no console errors (CSP included) and no request left 127.0.0.1", () => {
  // A CSP refusal (an inline style, an injected image) would show up here as an error.
  assert.deepEqual(h.consoleErrors, []);
  assert.deepEqual(h.offsite, []);
});
