// End-to-end: the report's first A4 page is the meeting at a glance (the pyramid now and
// planned, the ladder, the actions with owner and date, the rows the team chose), in Dutch and
// English; the details follow, no row cut, on one more page at most: for a meeting as a team
// held it (twelve rows marked, seven explained in full, three seen oppositely, six actions)
// and for the heaviest test session (every row marked by three roles, ten actions).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start } from "./harness.mjs";
import { storeFilled, typicalSession } from "./filled.mjs";

let h;

before(async () => {
  h = await start();
});

after(async () => {
  await h?.close();
});

const pageCount = (pdf) => (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) || []).length;
// A4 less the report's @page margins (11 mm top and bottom, 12 mm left and right), in CSS px.
const MM = 96 / 25.4;
const PAGE_WIDTH = Math.floor((210 - 24) * MM);
const PAGE_HEIGHT = Math.floor((297 - 22) * MM);

const CASES = [
  { name: "a meeting as a team held it", envelope: typicalSession, maxPages: 2, actions: 6 },
  { name: "every row marked, ten actions", envelope: null, maxPages: 2, actions: 10 },
];

for (const lang of ["nl", "en"]) {
  for (const c of CASES) {
    test(`${lang}, ${c.name}: at most ${c.maxPages} A4 pages, the meeting at a glance on page 1`, async () => {
      const ctx = await h.newContext({ viewport: { width: 1920, height: 1080 } });
      await storeFilled(ctx, lang, true, c.envelope ? c.envelope(lang) : undefined);
      const page = await h.open(ctx, "#/rapport");
      await page.waitForSelector("[data-testid=report-drawing-planned] svg [data-tier]");
      const pdf = await page.pdf({ format: "A4" });
      const pages = pageCount(pdf);
      assert.ok(pages >= 1 && pages <= c.maxPages, `${pages} pages`);

      // The print layout as one long strip at the paper's width: what ends above one
      // printable page height is on page 1.
      await page.setViewportSize({ width: PAGE_WIDTH, height: PAGE_HEIGHT });
      await page.emulateMedia({ media: "print" });
      const bottoms = await page.evaluate(() => {
        const bottom = (id) => {
          const el = document.querySelector(`[data-testid=${id}]`);
          return el ? Math.round(el.getBoundingClientRect().bottom + window.scrollY) : null;
        };
        return Object.fromEntries(
          ["report-drawing-current", "report-drawing-planned", "report-ladder", "report-actions", "report-priorities"].map(
            (id) => [id, bottom(id)],
          ),
        );
      });
      for (const [id, y] of Object.entries(bottoms)) {
        assert.ok(y !== null, `${id} is in the report`);
        assert.ok(y <= PAGE_HEIGHT, `${id} ends at ${y} px, below page 1 (${PAGE_HEIGHT} px)`);
      }
      const actions = await page.$$eval("[data-testid=report-action]", (rows) =>
        rows.map((r) => [...r.querySelectorAll("td")].map((td) => td.textContent.trim())),
      );
      assert.equal(actions.length, c.actions);
      for (const cells of actions) assert.ok(cells.every((t) => t !== "" && t !== "–"), `owner and date: ${cells}`);
      assert.equal(await page.$$eval("[data-testid=report-priority]", (rows) => rows.length), 3);
      await ctx.close();
    });
  }
}
