// End-to-end: the pyramid screen in the release build. Needs the home screen's
// [data-testid=session-new] to create and open a session.
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

/**
 * A fresh session on the pyramid screen with one worker (4 h) and one card per level.
 * `withoutMoveBefore` plays a browser without `Element.moveBefore` (Safari, older Firefox),
 * where a moved card leaves the document for a moment and focus has to be carried over.
 */
async function pyramidWithCards(viewport = { width: 1280, height: 900 }, hasTouch = false, withoutMoveBefore = false) {
  // A touch screen (like a smartboard) must be declared for real touch input to arrive.
  const ctx = await h.newContext({ viewport, hasTouch });
  if (withoutMoveBefore) await ctx.addInitScript(() => delete Element.prototype.moveBefore);
  const page = await h.open(ctx);
  await page.click("[data-testid=session-new]");
  await page.click("[data-testid=nav-pyramid]");
  await page.waitForSelector("[data-testid=screen-pyramid]");
  await page.click("[data-testid=worker-add]");
  const plus = page.locator("[data-testid^=worker-plus-]").first();
  for (let i = 0; i < 16; i++) await plus.click();
  for (const slug of ["universal", "targeted", "individual"]) {
    await page.click(`[data-testid=activity-add-${slug}]`);
    // Named, so closing keeps it (an untouched new card goes again on closing).
    await page.fill("[data-testid=activity-editor-title]", `Activiteit ${slug}`);
    await page.click("[data-testid=activity-editor-close]");
  }
  const ids = await page.$$eval("[data-testid^=activity-card-]", (els) =>
    els.map((e) => e.dataset.testid.replace("activity-card-", "")),
  );
  for (const id of ids) {
    for (let i = 0; i < 4; i++) await page.click(`[data-testid=activity-plus-${id}]`);
  }
  return { ctx, page };
}

const cardOn = (page, tier) =>
  page.locator(`[data-testid=level-${tier}-cards] [data-testid^=activity-card-]`).first();

async function idOf(card) {
  return (await card.getAttribute("data-testid")).replace("activity-card-", "");
}

test("drag a card between levels with the mouse", async () => {
  const { ctx, page } = await pyramidWithCards();
  assert.equal(await page.textContent("[data-testid=tier-universal-hours]"), "1 uur per week");
  const id = await idOf(cardOn(page, "universal"));
  const handle = await page.locator(`[data-testid=activity-handle-${id}]`).boundingBox();
  const target = await page.locator("[data-testid=level-individual]").boundingBox();
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.mouse.down();
  await page.mouse.move(target.x + 40, target.y + 40, { steps: 8 });
  await page.mouse.up();
  await page.waitForSelector(`[data-testid=level-individual-cards] [data-testid=activity-card-${id}]`);
  assert.equal(await page.textContent("[data-testid=tier-universal-hours]"), "0 uur per week");
  assert.equal(await page.textContent("[data-testid=tier-individual-hours]"), "2 uur per week");
  assert.deepEqual(h.consoleErrors, []);
  await ctx.close();
});

test("drag a card between levels with touch (CDP touch events)", async () => {
  const { ctx, page } = await pyramidWithCards({ width: 1920, height: 1400 }, true);
  const id = await idOf(cardOn(page, "targeted"));
  await page.evaluate(() =>
    document.querySelector("[data-testid=level-individual]").scrollIntoView({ block: "start" }),
  );
  const handle = await page.locator(`[data-testid=activity-handle-${id}]`).boundingBox();
  // The individual level is drawn on top, so the whole drag stays inside the viewport
  // (touch points outside it are never delivered).
  const target = await page.locator("[data-testid=level-individual]").boundingBox();
  const cdp = await ctx.newCDPSession(page);
  const at = (x, y) => [{ x, y, id: 1, radiusX: 4, radiusY: 4, force: 1 }];
  const [x0, y0] = [handle.x + handle.width / 2, handle.y + handle.height / 2];
  const [x1, y1] = [target.x + 40, target.y + 40];
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: at(x0, y0) });
  for (let i = 1; i <= 8; i++) {
    const f = i / 8;
    await cdp.send("Input.dispatchTouchEvent", {
      type: "touchMove",
      touchPoints: at(x0 + (x1 - x0) * f, y0 + (y1 - y0) * f),
    });
  }
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  await page.waitForSelector(`[data-testid=level-individual-cards] [data-testid=activity-card-${id}]`);
  assert.equal(await page.textContent("[data-testid=tier-individual-hours]"), "2 uur per week");
  assert.equal(await page.textContent("[data-testid=tier-targeted-hours]"), "0 uur per week");
  await ctx.close();
});

test("drag with dispatched touch pointer events", async () => {
  const { ctx, page } = await pyramidWithCards();
  const id = await idOf(cardOn(page, "individual"));
  const sel = `[data-testid=activity-handle-${id}]`;
  const handle = await page.locator(sel).boundingBox();
  const target = await page.locator("[data-testid=level-targeted]").boundingBox();
  const base = { pointerId: 9, pointerType: "touch", isPrimary: true, bubbles: true, button: 0 };
  await page.dispatchEvent(sel, "pointerdown", { ...base, clientX: handle.x + 5, clientY: handle.y + 5 });
  await page.dispatchEvent(sel, "pointermove", { ...base, clientX: target.x + 30, clientY: target.y + 30 });
  await page.dispatchEvent(sel, "pointerup", { ...base, clientX: target.x + 30, clientY: target.y + 30 });
  await page.waitForSelector(`[data-testid=level-targeted-cards] [data-testid=activity-card-${id}]`);
  assert.equal(await page.textContent("[data-testid=tier-targeted-hours]"), "2 uur per week");
  await ctx.close();
});

test("a card dropped on another card lands before it, on that card's level", async () => {
  const { ctx, page } = await pyramidWithCards();
  // A second card on the targeted level, after the first.
  await page.click("[data-testid=activity-add-targeted]");
  await page.fill("[data-testid=activity-editor-title]", "Tweede groep");
  await page.click("[data-testid=activity-editor-close]");
  const order = (tier) =>
    page.$$eval(`[data-testid=level-${tier}-cards] [data-card-id]`, (els) => els.map((e) => e.dataset.cardId));
  const [first, second] = await order("targeted");
  const moved = await idOf(cardOn(page, "universal"));
  const drag = async (id, onto) => {
    const handle = await page.locator(`[data-testid=activity-handle-${id}]`).boundingBox();
    const card = await page.locator(`[data-testid=activity-card-${onto}]`).boundingBox();
    const base = { pointerId: 3, pointerType: "pen", isPrimary: true, bubbles: true, button: 0 };
    const sel = `[data-testid=activity-handle-${id}]`;
    const [x, y] = [card.x + 8, card.y + card.height / 2];
    await page.dispatchEvent(sel, "pointerdown", { ...base, clientX: handle.x + 5, clientY: handle.y + 5 });
    await page.dispatchEvent(sel, "pointermove", { ...base, clientX: x, clientY: y });
    await page.dispatchEvent(sel, "pointerup", { ...base, clientX: x, clientY: y });
  };
  // From another level, onto the second card: between the two.
  await drag(moved, second);
  await page.waitForSelector(`[data-testid=level-targeted-cards] [data-testid=activity-card-${moved}]`);
  assert.deepEqual(await order("targeted"), [first, moved, second]);
  // Within a level, onto the first card: to the front. One undo step each.
  await drag(second, first);
  await page.waitForFunction(
    ([tier, id]) => document.querySelector(`[data-testid=level-${tier}-cards] [data-card-id]`)?.dataset.cardId === id,
    ["targeted", second],
  );
  assert.deepEqual(await order("targeted"), [second, first, moved]);
  await page.click("[data-testid=undo]");
  await page.waitForFunction(
    (id) => document.querySelector("[data-testid=level-targeted-cards] [data-card-id]")?.dataset.cardId === id,
    first,
  );
  assert.deepEqual(await order("targeted"), [first, moved, second]);
  assert.deepEqual(h.consoleErrors, []);
  await ctx.close();
});

for (const [label, withoutMoveBefore] of [
  ["", false],
  [" (browser without moveBefore)", true],
]) {
  test(`keyboard only: move, change hours, undo and redo${label}`, async () => {
    const { ctx, page } = await pyramidWithCards(undefined, false, withoutMoveBefore);
    assert.equal(await page.evaluate(() => "moveBefore" in document.documentElement), !withoutMoveBefore);
    const id = await idOf(cardOn(page, "universal"));
    await page.focus(`[data-testid=activity-card-${id}]`);
    await page.keyboard.press("ArrowUp");
    await page.waitForSelector(`[data-testid=level-targeted-cards] [data-testid=activity-card-${id}]`);
    // Focus follows the card to its new level.
    assert.equal(
      await page.evaluate(() => document.activeElement?.dataset.testid),
      `activity-card-${id}`,
    );
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    assert.equal(await page.textContent(`[data-testid=activity-hours-${id}]`), "1,5 uur");
    assert.equal(await page.textContent("[data-testid=tier-targeted-hours]"), "2,5 uur per week");
    await page.keyboard.press("Control+z");
    assert.equal(await page.textContent(`[data-testid=activity-hours-${id}]`), "1 uur");
    await page.keyboard.press("Control+z");
    await page.waitForSelector(`[data-testid=level-universal-cards] [data-testid=activity-card-${id}]`);
    await page.keyboard.press("Control+y");
    await page.waitForSelector(`[data-testid=level-targeted-cards] [data-testid=activity-card-${id}]`);
    // The buttons work from the keyboard too.
    await page.focus(`[data-testid=activity-down-${id}]`);
    await page.keyboard.press("Enter");
    await page.waitForSelector(`[data-testid=level-universal-cards] [data-testid=activity-card-${id}]`);
    assert.match(await page.textContent("[data-testid=gap-text]"), /Verschuif|doel/);
    // Down is disabled on the base level, so focus lands on the moved card itself.
    await page.waitForFunction((id) => document.activeElement?.dataset.testid === `activity-card-${id}`, id);
    // A mouse press on a card button leaves focus where it was (here: nowhere).
    await page.evaluate(() => document.activeElement?.blur());
    await page.click(`[data-testid=activity-up-${id}]`);
    await page.waitForSelector(`[data-testid=level-targeted-cards] [data-testid=activity-card-${id}]`);
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), "BODY");
    await ctx.close();
  });
}

for (const [width, height] of [
  [1920, 1080],
  [3840, 2160],
]) {
  test(`smartboard mode at ${width}x${height} has no horizontal overflow`, async () => {
    const { ctx, page } = await pyramidWithCards({ width, height });
    await page.click("[data-testid=smartboard-switch]");
    await page.waitForFunction(() => document.documentElement.classList.contains("smartboard"));
    await page.screenshot({ path: `test-results/pyramid-smartboard-${width}x${height}.png`, fullPage: true });
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }));
    assert.ok(scrollWidth <= innerWidth, `scrollWidth ${scrollWidth} > innerWidth ${innerWidth}`);
    const body = await page.evaluate(() =>
      parseFloat(getComputedStyle(document.querySelector(".activity-card__title")).fontSize),
    );
    assert.ok(body >= 28, `card text ${body}px`);
    await ctx.close();
  });
}

test("a level's '+ Nieuw' closed untouched leaves no card and no undo step; 'Verwijderen' is at the editor's top", async () => {
  const { ctx, page } = await pyramidWithCards();
  const count = () => page.locator("[data-testid^=activity-card-]").count();
  // Cards are placed by the board a moment after the change.
  const settled = (n) =>
    page.waitForFunction((n) => document.querySelectorAll("[data-testid^=activity-card-]").length === n, n, { timeout: 5000 });
  const cards = await count();
  const undoable = await page.isEnabled("[data-testid=undo]");
  await page.click("[data-testid=activity-add-universal]");
  await page.waitForSelector("[data-testid=activity-editor]");
  await settled(cards + 1);
  // Removing is in the editor's head, in sight without scrolling.
  const remove = await page.locator("[data-testid=activity-editor-remove]").boundingBox();
  const close = await page.locator("[data-testid=activity-editor-close]").boundingBox();
  assert.ok(Math.abs(remove.y - close.y) < 4, "beside Sluiten");
  assert.ok(remove.y + remove.height <= 900, "on the first screen");
  await page.click("[data-testid=activity-editor-close]");
  await settled(cards);
  assert.equal(await count(), cards, "closed untouched: gone");
  assert.equal(await page.isEnabled("[data-testid=undo]"), undoable, "no undo step left behind");
  assert.equal(await page.isEnabled("[data-testid=redo]"), false);
  // Escape closes the same way; focus is back on the level's button.
  await page.click("[data-testid=activity-add-universal]");
  // The editor takes focus (its title field) a moment after opening.
  await page.waitForFunction(() => document.activeElement?.dataset.testid === "activity-editor-title");
  await page.keyboard.press("Escape");
  await settled(cards);
  await page.waitForFunction(() => document.activeElement?.dataset.testid === "activity-add-universal");
  // Anything given (hours) keeps it.
  await page.click("[data-testid=activity-add-universal]");
  await page.click("[data-testid=activity-editor-plus]");
  await page.click("[data-testid=activity-editor-close]");
  await page.waitForTimeout(300);
  assert.equal(await count(), cards + 1, "a card with hours stays");
  await ctx.close();
});

test("at the board the level's '+ Nieuw' says it adds a card, and a card's hours stand apart from its title", async () => {
  const ctx = await h.newContext({ viewport: { width: 1920, height: 1080 }, hasTouch: true });
  const page = await h.open(ctx);
  await page.tap("[data-testid=session-example]");
  await page.tap("[data-testid=session-details] [data-testid=meeting-start]");
  await page.tap("[data-testid=meeting-next]");
  await page.waitForSelector("[data-testid=meeting][data-step=pyramid-now]");
  await page.waitForSelector("[data-testid^=activity-card-]");
  for (const slug of ["universal", "targeted", "individual"]) {
    const button = page.locator(`[data-testid=activity-add-${slug}]`);
    // "Nieuw" is drawn; "Activiteit toevoegen" is the button's name, kept for screen readers.
    const short = await button.locator(".pyramid-level__add-short").boundingBox();
    const long = await button.locator(".pyramid-level__add-word").boundingBox();
    assert.equal(await button.locator(".pyramid-level__add-short").textContent(), "Nieuw");
    assert.ok(short && short.width > 20, `${slug}: "Nieuw" drawn`);
    assert.ok(long.width <= 1, `${slug}: the long word only for screen readers`);
    assert.match(await button.textContent(), /^\+ Activiteit toevoegen/, "its name");
  }
  // Each card's hours are boxed at its right edge, clear of the title's words.
  const cards = await page.$$eval("[data-testid^=activity-card-]", (els) =>
    els.map((card) => {
      const c = card.getBoundingClientRect();
      const hours = card.querySelector(".activity-card__hours").getBoundingClientRect();
      const title = card.querySelector(".activity-card__title");
      const range = document.createRange();
      range.selectNodeContents(title);
      const overlaps = [...range.getClientRects()].some(
        (r) => r.right > hours.left + 0.5 && r.left < hours.right - 0.5 && r.bottom > hours.top + 0.5 && r.top < hours.bottom - 0.5,
      );
      const border = getComputedStyle(card.querySelector(".activity-card__hours")).borderTopStyle;
      return { title: title.textContent, overlaps, atRight: c.right - hours.right < 16, border };
    }),
  );
  assert.ok(cards.length >= 5);
  for (const c of cards) {
    assert.equal(c.overlaps, false, `${c.title}: hours over the title`);
    assert.ok(c.atRight, `${c.title}: hours at the right edge`);
    assert.equal(c.border, "solid", `${c.title}: hours boxed`);
  }
  await ctx.close();
});
