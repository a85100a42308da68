// End-to-end: the report prints on one A4 page with the pyramid drawings, in smartboard
// mode too; the CSV tables for Excel and the pyramid as SVG and PNG download with the
// session's name and the right contents.
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

async function report({ smartboard = false, english = false } = {}) {
  const ctx = await h.newContext({ viewport: { width: 1920, height: 1080 }, acceptDownloads: true });
  const page = await h.open(ctx);
  await page.click("[data-testid=session-example]");
  if (smartboard) await page.click("[data-testid=smartboard-switch]");
  if (english) await page.click("[data-testid=lang-switch]");
  await page.click("[data-testid=nav-report]");
  await page.waitForSelector("[data-testid=report-drawing-current] svg [data-tier]");
  return { ctx, page };
}

const pageCount = (pdf) => (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) || []).length;

for (const smartboard of [false, true]) {
  test(`the report of the example session prints on one A4 page with its pyramids (smartboard ${smartboard ? "on" : "off"})`, async () => {
    const { ctx, page } = await report({ smartboard });
    const pdf = await page.pdf({ format: "A4" });
    assert.equal(pageCount(pdf), 1);
    await page.emulateMedia({ media: "print" });
    for (const which of ["current", "planned"]) {
      const box = await page.locator(`[data-testid=report-drawing-${which}] svg`).boundingBox();
      assert.ok(box && box.width > 50 && box.height > 30, `${which} drawing printed`);
    }
    const wide = await page.$$eval(".report th, .report h1, .report h2, .report h3", (els) =>
      els.filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent.trim()),
    );
    assert.deepEqual(wide, []);
    await ctx.close();
  });
}

async function download(page, testid) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.click(`[data-testid=${testid}]`)]);
  const chunks = await (await file.createReadStream()).toArray();
  return { name: file.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

test("CSV tables for Dutch Excel: semicolons, decimal commas, a BOM, CRLF, the session's name", async () => {
  const { ctx, page } = await report();
  const activities = await download(page, "download-csv-activities");
  assert.match(activities.name, /^samen-doen-basisschool-de-voorbeeldboom-verzonnen-\d{4}-\d{2}-\d{2}-activiteiten\.csv$/);
  const text = activities.bytes.toString("utf8");
  assert.ok(text.startsWith("\ufeff"), "UTF-8 byte-order mark");
  assert.match(text, /^\ufeffVerdeling;Niveau;Activiteit;Uur per week/);
  assert.match(text, /;1,5;/);
  assert.ok(text.includes("\r\n") && !text.replace(/\r\n/g, "").includes("\n"));
  const framework = await download(page, "download-csv-framework");
  assert.match(framework.name, /-raamwerk\.csv$/);
  assert.match(framework.bytes.toString("utf8"), /Informeren en communiceren/);
  const actions = await download(page, "download-csv-actions");
  assert.match(actions.bytes.toString("utf8"), /^\ufeffWat;Wie \(rol\);Klaar op;Status;Komt uit\r\n/);
  await ctx.close();
});

test("in English the CSV uses commas and decimal points", async () => {
  const { ctx, page } = await report({ english: true });
  const activities = await download(page, "download-csv-activities");
  assert.match(activities.name, /-activities\.csv$/);
  const text = activities.bytes.toString("utf8");
  assert.match(text, /^\ufeffSpread,Level,Activity,Hours per week/);
  assert.match(text, /,1\.5,/);
  await ctx.close();
});

test("the pyramid as a self-contained SVG and as a PNG at twice the size", async () => {
  const { ctx, page } = await report();
  const svg = await download(page, "download-svg-current");
  assert.match(svg.name, /-piramide-huidig\.svg$/);
  const text = svg.bytes.toString("utf8");
  assert.ok(text.startsWith("<svg"));
  assert.ok(!text.replace('xmlns="http://www.w3.org/2000/svg"', "").match(/https?:|href=|<image|@import/));
  assert.match(text, /Basisschool De Voorbeeldboom/);
  assert.match(text, /data-row="individual"/);
  const png = await download(page, "download-png-current");
  assert.match(png.name, /-piramide-huidig\.png$/);
  assert.deepEqual([...png.bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const width = png.bytes.readUInt32BE(16);
  assert.equal(width, 2400, "twice the picture's 1200 px");
  assert.deepEqual(h.consoleErrors, []);
  await ctx.close();
});

test("no console errors and no request left 127.0.0.1", () => {
  assert.deepEqual(h.consoleErrors, []);
  assert.deepEqual(h.offsite, []);
});
