// Benchmark of the sessions home with 500 stored sessions, and of saving one session.
//
// Seeds localStorage before the app loads (addInitScript) with 500 stored-session envelopes
// in the v1 format of src/storage/codec.rs:
//   key   samen-doen/v1/session/<id>
//   value {"format":"samen-doen","version":1,"kind":"session","data":{…session…}}
// plus the index cache samen-doen/v1/index, as a returning user's browser holds them. The
// session body is the app's own example session (a full meeting: participants, pyramid,
// marks, actions) read back from storage once, so the sizes are those of real use; if that
// is not available a smaller hand-made session is used and the script says so.

const SESSION_PREFIX = "samen-doen/v1/session/";
const INDEX = "samen-doen/v1/index";
const COUNT = 500;

/** A stored-session envelope, as `encode_session` writes it. */
const envelope = (data) =>
  JSON.stringify({ format: "samen-doen", version: 1, kind: "session", data });

/** A plain meeting with participants and notes, used when the example session is missing. */
function handMadeSession() {
  const roles = ["teacher", "care_coordinator", "youth_worker", "school_leader", "parent"];
  return {
    id: "template",
    title: "Teamoverleg",
    school: "OBS De Linde",
    date: "2026-09-14",
    school_year: "2026-2027",
    pupil_count: 320,
    participants: roles.map((role) => ({ role, name: "" })),
    notes: "Afspraken over de inzet van de jeugdhulpverlener in groep 5 tot en met 8. ".repeat(4),
    created_ms: 1_780_000_000_000,
    updated_ms: 1_780_000_000_000,
    revision: 3,
  };
}

/** The example session as the app stores it, or null when the home screen has no example. */
async function exampleSession(browser, url) {
  const ctx = await browser.newContext();
  try {
    const page = await ctx.newPage();
    await page.goto(url);
    const button = await page.waitForSelector("[data-testid=session-example]", { timeout: 10_000 });
    await button.click();
    const raw = await page.waitForFunction(
      (prefix) => {
        const key = Object.keys(localStorage).find((k) => k.startsWith(prefix));
        return key && localStorage.getItem(key);
      },
      SESSION_PREFIX,
      { timeout: 10_000 },
    );
    return JSON.parse(await raw.jsonValue()).data;
  } catch {
    return null;
  } finally {
    await ctx.close();
  }
}

/** Key → value of 500 sessions made from `template`, plus the index. */
function seedEntries(template) {
  const entries = {};
  const index = [];
  for (let i = 0; i < COUNT; i++) {
    const id = `bench${String(i).padStart(4, "0")}`;
    const created = 1_780_000_000_000 + i * 86_400_000;
    const session = {
      ...template,
      id,
      title: `Teamoverleg ${i + 1}`,
      school: `School ${(i % 40) + 1}`,
      created_ms: created,
      updated_ms: created,
    };
    entries[SESSION_PREFIX + id] = envelope(session);
    index.push({ id, title: session.title, school: session.school, created_ms: created });
  }
  entries[INDEX] = JSON.stringify(index);
  return entries;
}

async function seededContext(browser, entries) {
  const ctx = await browser.newContext();
  await ctx.addInitScript((seed) => {
    // Only into an empty store: a reload must not undo what the app saved.
    if (!Object.keys(localStorage).some((k) => k.startsWith("samen-doen/"))) {
      for (const [k, v] of Object.entries(seed)) localStorage.setItem(k, v);
    }
  }, entries);
  return ctx;
}

/** Navigation start → all 500 list items in the DOM, in ms (the page's own clock). */
async function loadTime(browser, url, entries) {
  const ctx = await seededContext(browser, entries);
  try {
    const page = await ctx.newPage();
    await page.goto(url, { waitUntil: "commit" });
    await page.waitForFunction(
      (n) => document.querySelectorAll("[data-testid=session-item]").length >= n,
      COUNT,
      { timeout: 60_000, polling: "raf" },
    );
    return { page, ctx, ms: await page.evaluate(() => performance.now()) };
  } catch (e) {
    await ctx.close();
    throw e;
  }
}

/** One keystroke in the title → `data-state` goes through "pending" back to "saved". */
function editToSaved(page) {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const status = document.querySelector("[data-testid=save-status]");
        const input = document.querySelector("[data-testid=session-title]");
        if (!status || !input) return reject(new Error("no save-status or session-title"));
        let left = false;
        const t0 = performance.now();
        const observer = new MutationObserver(() => {
          const state = status.getAttribute("data-state");
          if (state !== "saved") left = true;
          else if (left) {
            observer.disconnect();
            resolve(performance.now() - t0);
          }
        });
        observer.observe(status, { attributes: true, attributeFilter: ["data-state"] });
        input.value += "x";
        input.dispatchEvent(new Event("input", { bubbles: true }));
        setTimeout(() => reject(new Error("no save within 10 s")), 10_000);
      }),
  );
}

/** Mean time of one `localStorage.setItem` of a stored session of typical size, over `reps`
 *  writes timed together (performance.now() is coarsened to 0.1 ms, finer than one write). */
function pureSave(page, value, reps = 200) {
  return page.evaluate(
    ({ value, reps }) => {
      // A changed value each time, so no layer can skip an identical write.
      const values = Array.from({ length: reps }, (_, i) =>
        value.replace(/"revision":\d+/, `"revision":${i + 10}`),
      );
      const t0 = performance.now();
      for (const v of values) localStorage.setItem("samen-doen/v1/session/bench0000", v);
      return (performance.now() - t0) / reps;
    },
    { value, reps },
  );
}

/** Prints the median home-screen load time with 500 sessions and the save times. */
export async function sessionsBench({ browser, url, runs, median }) {
  const example = await exampleSession(browser, url);
  const template = example ?? handMadeSession();
  const entries = seedEntries(template);
  const one = entries[SESSION_PREFIX + "bench0000"];
  const total = Object.values(entries).reduce((n, v) => n + v.length, 0);

  const loads = [];
  const saves = [];
  const pure = [];
  for (let i = 0; i < runs; i++) {
    const { page, ctx, ms } = await loadTime(browser, url, entries);
    try {
      loads.push(ms);
      await page.click("[data-testid=session-item] [data-testid=session-open]");
      await page.waitForSelector("[data-testid=session-title]");
      saves.push(await editToSaved(page));
      pure.push(await pureSave(page, one));
    } finally {
      await ctx.close();
    }
  }

  const source = example ? "the example session" : "a hand-made session (no example found)";
  console.log(`\nSessions, median of ${runs} runs (each session ${(one.length / 1024).toFixed(1)} KiB, like ${source}; ${(total / 1024).toFixed(0)} KiB stored in all):`);
  console.log(`  home screen with ${COUNT} stored sessions, navigation → ${COUNT} items listed: ${median(loads).toFixed(0)} ms`);
  console.log(`  save one session, edit-to-saved including the 250 ms debounce: ${median(saves).toFixed(0)} ms`);
  console.log(`  save one session, pure localStorage.setItem of one stored session (mean of 200 per run): ${(median(pure) * 1000).toFixed(0)} µs`);
}
