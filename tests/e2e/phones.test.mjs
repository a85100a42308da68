// End-to-end: everyone on their own phone. A board at a 1920x1080 touch smartboard opens a
// round at the meeting's Raamwerk step; three phones (390x844, touch) open the answer page
// from the board's address and answer; the board takes one answer as a typed code, one as
// a link opened in a second tab, and one through its camera (Chromium's fake camera fed a
// video of the phone's QR code, made here). The counts, the differences, the report and
// the CSV agree; an answer sent twice counts once; a role that answered alone is folded
// into "andere rollen"; no request leaves 127.0.0.1; axe finds nothing on either page.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { start, textUnder } from "./harness.mjs";

const VIDEO = join(tmpdir(), `samen-doen-answer-${process.pid}.y4m`);
let h;

before(async () => {
  rmSync(VIDEO, { force: true });
  // The fake camera reads this file when a page starts it; the test writes it just before.
  h = await start({
    args: [
      "--use-fake-device-for-media-stream",
      "--use-fake-ui-for-media-stream",
      `--use-file-for-fake-video-capture=${VIDEO}`,
    ],
  });
});

after(async () => {
  await h?.close();
  rmSync(VIDEO, { force: true });
});

const ROW = "of.leiderschap.1";

/** The board: the example session in meeting mode at the Raamwerk's phones page. */
async function board() {
  const ctx = await h.newContext({ viewport: { width: 1920, height: 1080 }, hasTouch: true, acceptDownloads: true });
  await ctx.grantPermissions(["camera"]);
  const page = await h.open(ctx);
  await page.tap("[data-testid=smartboard-switch]");
  await page.tap("[data-testid=session-example]");
  await page.tap("[data-testid=session-details] [data-testid=meeting-start]");
  await page.waitForSelector("[data-testid=meeting][data-step=start]");
  for (let i = 0; i < 10 && (await page.getAttribute("[data-testid=meeting]", "data-step")) !== "framework"; i++) {
    await page.tap("[data-testid=meeting-next]");
  }
  await page.waitForSelector("[data-testid=meeting-phones-page]");
  return { ctx, page };
}

/** A phone answers: its role, bottleneck on ROW (and `extra` rows), the ladder; returns its
 * page on the last step. */
async function answer(address, { role, extra = [], now = 2, wanted = 3 }) {
  const ctx = await h.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const phone = await ctx.newPage();
  await phone.goto(address);
  await phone.waitForSelector("[data-page=role]");
  await phone.tap(`[data-act='role:${role}']`);
  for (let i = 0; i < 20 && !(await phone.$("[data-page=ladder]")); i++) {
    for (const [side, row] of [["bottleneck", ROW], ...extra]) {
      const button = await phone.$(`[data-act='mark:${side}:${row}']`);
      if (button) await button.tap();
    }
    await phone.tap("[data-testid=phone-next]");
  }
  await phone.tap(`[data-act='now:${now}']`);
  await phone.tap(`[data-act='wanted:${wanted}']`);
  await phone.tap("[data-testid=phone-next]");
  await phone.waitForSelector("[data-page=done] [data-testid=phone-qr] svg");
  return { ctx, phone };
}

/** The phone's QR code as a YUV4MPEG2 video (grey, 640x480) for Chromium's fake camera. */
async function writeVideo(phone) {
  const { width, height, luma } = await phone.evaluate(async () => {
    const svg = document.querySelector("[data-testid=phone-qr] svg");
    const text = new XMLSerializer().serializeToString(svg);
    const img = new Image();
    img.src = "data:image/svg+xml;charset=utf-8," + encodeURIComponent(text);
    await img.decode();
    const w = 640;
    const h = 480;
    const canvas = document.createElement("canvas");
    canvas.width = w;
    canvas.height = h;
    const c = canvas.getContext("2d");
    c.fillStyle = "#fff";
    c.fillRect(0, 0, w, h);
    c.drawImage(img, 140, 60, 360, 360);
    const data = c.getImageData(0, 0, w, h).data;
    const luma = [];
    for (let i = 0; i < data.length; i += 4) luma.push(Math.round(0.299 * data[i] + 0.587 * data[i + 1] + 0.114 * data[i + 2]));
    return { width: w, height: h, luma };
  });
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F5:1 Ip A1:1 C420jpeg\n`);
  const frame = Buffer.concat([
    Buffer.from("FRAME\n"),
    Buffer.from(luma),
    Buffer.alloc((width / 2) * (height / 2) * 2, 128),
  ]);
  writeFileSync(VIDEO, Buffer.concat([header, frame, frame]));
}

const count = (page) => page.textContent("[data-testid=round-count]");

test("three phones answer; the board takes a typed code, a link and the camera; every figure agrees", async () => {
  const { ctx, page } = await board();
  const smallBefore = await page.evaluate(textUnder, 28);
  assert.deepEqual(smallBefore, [], "nothing under 28 px at the board");
  await page.tap("[data-testid=round-open]");
  const address = (await page.textContent("[data-testid=round-address]")).trim();
  assert.match(address, /\/antwoord\.html#[0-9A-Z]{4}-nl-rl$/);
  assert.equal((await count(page)).trim(), "Nog geen antwoorden");

  // Phone 1: a teacher; its code typed at the board, sloppily.
  const one = await answer(address, { role: "teacher", extra: [["success", "ih.communicatie.1"]] });
  const contents = await one.phone.textContent("[data-testid=phone-contents]");
  assert.match(contents, /leerkracht/);
  assert.doesNotMatch(contents, /naam:/i);
  const phoneAxe = await new AxeBuilder({ page: one.phone }).analyze();
  assert.deepEqual(phoneAxe.violations.map((v) => v.id), []);
  const phoneSmall = await one.phone.evaluate(textUnder, 16);
  assert.deepEqual(phoneSmall, [], "no text under 16 px on the phone");
  const phoneWide = await one.phone.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  assert.ok(phoneWide <= 0, `nothing wider than the phone (${phoneWide} px)`);
  const code = (await one.phone.textContent("[data-testid=phone-code]")).trim();
  assert.match(code, /^([0-9A-Z]{3}-){6}[0-9A-Z]{3}$/);
  await page.fill("[data-testid=answer-code]", code.toLowerCase().replace(/-/g, " - "));
  await page.tap("[data-testid=answer-add]");
  await page.waitForFunction(() => document.querySelector("[data-testid=round-count]").textContent.includes("1 antwoord"));
  assert.equal(await page.getAttribute("[data-testid=intake-status]", "data-ok"), "true");
  // Sent twice, counted once.
  await page.fill("[data-testid=answer-code]", code);
  await page.tap("[data-testid=answer-add]");
  await page.waitForFunction(() => document.querySelector("[data-testid=intake-status]").getAttribute("data-n") === "1");
  assert.match(await page.textContent("[data-testid=intake-status]"), /was er al/);
  assert.match(await count(page), /^1 antwoord$/);
  // A typo is refused and says so.
  const typo = code.slice(0, 4) + (code[4] === "A" ? "B" : "A") + code.slice(5);
  await page.fill("[data-testid=answer-code]", typo);
  await page.tap("[data-testid=answer-add]");
  await page.waitForFunction(() => document.querySelector("[data-testid=intake-status]").getAttribute("data-ok") === "false");
  assert.match(await page.textContent("[data-testid=intake-status]"), /klopt niet/);

  // Phone 2: another teacher; its link opened in a second tab of the board's browser.
  const two = await answer(address, { role: "teacher" });
  const link = await two.phone.getAttribute("[data-testid=phone-link]", "href");
  const tab = await ctx.newPage();
  await tab.goto(link);
  await tab.waitForSelector("[data-testid=answer-link][data-ok=true]");
  assert.match(await tab.textContent("[data-testid=answer-link-said]"), /Voorbeeld: teamoverleg jeugdhulp/);
  await page.bringToFront();
  await page.waitForFunction(() => document.querySelector("[data-testid=round-count]").textContent.includes("2 antwoorden"), null, { timeout: 5000 });

  // Phone 3: the school leader, alone in that role; read by the board's camera.
  const three = await answer(address, { role: "school-leader", now: 1, wanted: 4 });
  await writeVideo(three.phone);
  await page.tap("[data-testid=camera-start]");
  await page.waitForFunction(() => document.querySelector("[data-testid=round-count]").textContent.includes("3 antwoorden"), null, { timeout: 20000 });
  assert.equal(await page.getAttribute("[data-testid=intake-status]", "data-ok"), "true");
  await page.tap("[data-testid=camera-stop]");

  // The board at the phones page: one screen, axe clean.
  const fits = await page.evaluate(() => {
    const main = document.querySelector("[data-testid=main]");
    const sideways = [...document.querySelectorAll(".table-scroll")].map((e) => e.scrollWidth - e.clientWidth);
    return {
      page: document.documentElement.scrollHeight - innerHeight,
      inner: main.scrollHeight - main.clientHeight,
      sideways: Math.max(0, ...sideways),
    };
  });
  assert.deepEqual(fits, { page: 0, inner: 0, sideways: 0 }, "the phones page fits the board");
  const boardAxe = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(boardAxe.violations.map((v) => v.id), []);

  // The counts: the example's board marks plus three phones' bottleneck on ROW.
  const heat = await page.textContent("[data-testid=heat-b-of]");
  assert.equal(heat.trim(), "4", "organisatorische factoren: the example's 1 and three phones");

  // The explanation of the row the phones marked, and the overview: the school leader, who
  // answered alone, is nowhere named; the two teachers are.
  // The row the phones marked can be explained on its theme page, though nobody marked it at
  // the board.
  let explained = false;
  for (let i = 0; i < 40 && !(await page.$("[data-testid=meeting-overview-page]")); i++) {
    const button = await page.$(`[data-testid='explain-open-${ROW}']`);
    if (button) {
      explained = true;
      await button.tap();
      const said = await page.textContent("[data-testid=explain-dialog]");
      assert.match(said, /Ontoereikend leiderschap/);
      assert.match(said, /Knelpunt: Leerkracht \(2\), andere rollen/);
      assert.doesNotMatch(said, /Directeur/);
      await page.keyboard.press("Escape");
      assert.equal(await page.$("[data-testid=explain-dialog]"), null);
    }
    await page.tap("[data-testid=meeting-next]");
  }
  assert.ok(explained, "the row the phones marked has its explanation");
  const overview = await page.textContent("[data-testid=meeting-overview-page]");
  assert.doesNotMatch(overview, /Directeur/, "a role that answered alone is not named");

  // The report and the CSV say the same.
  await page.tap("[data-testid=meeting-exit]");
  await page.goto(h.url + "#/rapport");
  await page.waitForSelector("[data-testid=report-analysis]");
  const report = await page.textContent("[data-testid=report-analysis]");
  assert.match(report, /Ontoereikend leiderschap/);
  assert.match(report, /Leerkracht \(2\), andere rollen/);
  assert.doesNotMatch(report, /Directeur/);
  const [file] = await Promise.all([page.waitForEvent("download"), page.click("[data-testid=download-csv-framework]")]);
  const csv = Buffer.concat(await (await file.createReadStream()).toArray()).toString("utf8");
  const line = csv.split("\r\n").find((l) => l.includes("Ontoereikend leiderschap"));
  assert.ok(line, csv);
  const cells = line.split(";");
  assert.equal(cells[5], "Leerkracht (2), andere rollen");
  assert.equal(cells[7], "3", "three bottleneck marks, as on the board");

  for (const p of [one, two, three]) await p.ctx.close();
  await ctx.close();
});

test("an answer for another meeting, and a link for no meeting in this browser, are refused with a reason", async () => {
  const { ctx, page } = await board();
  await page.tap("[data-testid=round-open]");
  const address = (await page.textContent("[data-testid=round-address]")).trim();
  // The same answer page for another round (another meeting's tag).
  const other = address.replace(/#([0-9A-Z]{4})-/, (_, tag) => `#${tag === "0000" ? "0001" : "0000"}-`);
  const p = await answer(other, { role: "parent" });
  const code = (await p.phone.textContent("[data-testid=phone-code]")).trim();
  await page.fill("[data-testid=answer-code]", code);
  await page.tap("[data-testid=answer-add]");
  await page.waitForFunction(() => document.querySelector("[data-testid=intake-status]").getAttribute("data-ok") === "false");
  assert.match(await page.textContent("[data-testid=intake-status]"), /ander overleg/);
  const fresh = await h.newContext({ viewport: { width: 1366, height: 768 } });
  const elsewhere = await fresh.newPage();
  await elsewhere.goto(await p.phone.getAttribute("[data-testid=phone-link]", "href"));
  await elsewhere.waitForSelector("[data-testid=answer-link][data-ok=false]");
  assert.match(await elsewhere.textContent("[data-testid=answer-link-said]"), /geen overleg in deze browser/);
  await fresh.close();
  await p.ctx.close();
  await ctx.close();
});

test("the phone keeps its answer through a reload, and speaks English when the round does", async () => {
  const ctx = await h.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
  const phone = await ctx.newPage();
  await phone.goto(h.url + "antwoord.html#0K3M-en-rl");
  await phone.waitForSelector("[data-page=role]");
  assert.equal(await phone.getAttribute("html", "lang"), "en");
  assert.match(await phone.textContent("h1"), /Your role/);
  await phone.tap("[data-act='role:parent']");
  await phone.tap("[data-testid=phone-next]");
  await phone.tap("[data-act='mark:success:ih.communicatie.1']");
  await phone.reload();
  await phone.waitForSelector("[data-page=theme-0]");
  assert.equal(await phone.getAttribute("[data-act='mark:success:ih.communicatie.1']", "aria-pressed"), "true");
  await phone.tap("[data-act=lang]");
  assert.equal(await phone.getAttribute("html", "lang"), "nl");
  assert.match(await phone.textContent("[data-testid=phone-progress]"), /Stap 2 van 17/);
  await ctx.close();
});

test("no console errors and no request left 127.0.0.1", () => {
  assert.deepEqual(h.consoleErrors, []);
  assert.deepEqual(h.offsite, []);
});
