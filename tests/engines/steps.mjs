// Steps shared by the flows (flows.mjs): waiting in the page, tapping, opening the app,
// reading what is stored. Only the tab's small interface is used (see flows.mjs), so they
// run the same in every engine. Functions handed to `tab.eval` run in the page: they see
// only their arguments.
export const EXAMPLE_TITLE = "Voorbeeld: teamoverleg jeugdhulp";
export const EXAMPLE_KEY = "samen-doen/v1/session/voorbeeld";
export const SESSION_PREFIX = "samen-doen/v1/session/";
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls `fn` in the page until it returns something truthy; returns that. */
export async function until(tab, fn, ...args) {
  const deadline = Date.now() + 15000;
  for (;;) {
    const v = await tab.eval(fn, ...args).catch(() => undefined); // navigating: try again
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${fn} ${JSON.stringify(args)}`);
    await sleep(50);
  }
}

export const exists = (css) => !!document.querySelector(css);
export const textOf = (tab, css) => tab.eval((css) => document.querySelector(css)?.textContent, css);
export const valueOf = (tab, css) => tab.eval((css) => document.querySelector(css)?.value, css);

/** Waits for the element, brings the tab to the front, clicks it. */
export async function tap(tab, css) {
  await until(tab, exists, css);
  await tab.click(css);
}

/** Opens the app at `hash` and waits until it has mounted. */
export async function open(tab, site, hash = "") {
  await tab.goto(site.url + hash);
  await until(tab, exists, "[data-testid=main]");
}

export const listedTitles = (tab) =>
  tab.eval(() => [...document.querySelectorAll("[data-testid=session-item-title]")].map((e) => e.textContent));

/** A new session on the home screen with `title` (and `school`), saved. */
export async function newSession(tab, title, school = "") {
  await tap(tab, "[data-testid=session-new]");
  await until(tab, exists, "[data-testid=session-title]");
  await tab.fill("[data-testid=session-title]", title);
  if (school) await tab.fill("[data-testid=session-school]", school);
  await until(
    tab,
    (pre, t, s) =>
      Object.keys(localStorage).some((k) => {
        const d = k.startsWith(pre) && JSON.parse(localStorage.getItem(k)).data;
        return d && d.title === t && d.school === s;
      }),
    SESSION_PREFIX,
    title,
    school,
  );
  await until(tab, exists, "[data-testid=save-status][data-state=saved]");
}

/** [level, weekly minutes] of the activities `ids` in the stored example's current pyramid. */
export function storedCards(key, ids) {
  const doc = JSON.parse(localStorage.getItem(key) || "null");
  return ids.map((id) => {
    const card = doc?.data.pyramid.current.find((a) => String(a.id) === id);
    return card && [card.tier, card.weekly_minutes];
  });
}

/** "2,25 uur": the card's hours in Dutch. */
export const hoursText = (minutes) => `${String(minutes / 60).replace(".", ",")} uur`;
