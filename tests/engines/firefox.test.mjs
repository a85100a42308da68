// The app's key flows (flows.mjs) in Firefox ESR: Debian's firefox-esr driven by
// puppeteer-core over WebDriver BiDi (no geckodriver). One Firefox for the file; each test's
// fresh profile is a BiDi user context (its own storage and service workers). Console errors
// and uncaught exceptions arrive as puppeteer's "console" and "pageerror" events; CSP refusals
// and failed loads, which BiDi does not report, from the test copy's logger (site.mjs).
//   ENGINES_DIST=dist node --test tests/engines/firefox.test.mjs
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import puppeteer from "puppeteer-core";
import { defineSuite } from "./flows.mjs";
import { ERRORS_KEY, loggedCopy, loggedErrors, removeCopy, serveSite } from "./site.mjs";

const DIST = process.env.ENGINES_DIST || "dist";
const FIREFOX = process.env.FIREFOX || "/usr/bin/firefox-esr";
const [WIDTH, HEIGHT] = [1366, 900];

let browser;
let site;
let copy;
let downloads;

/** A puppeteer page as the flows' tab. */
function tabOf(page, profile) {
  const tab = {
    page,
    goto: (url) => page.goto(url),
    reload: () => page.reload(),
    eval: (fn, ...args) => page.evaluate(fn, ...args),
    async front() {
      if (profile.front === tab) return;
      await page.bringToFront();
      profile.front = tab;
    },
    async click(css) {
      await tab.front();
      await page.click(css);
    },
    /** Selects what the field holds and types over it, as a person would. */
    async fill(css, text, enter = false) {
      await tab.front();
      await page.$eval(css, (e) => {
        e.focus();
        e.select();
      });
      await page.keyboard.type(text);
      if (enter) await page.keyboard.press("Enter");
    },
    async upload(css, path) {
      const input = await page.$(css);
      await input.uploadFile(path);
    },
  };
  return tab;
}

/** The newest complete download not in `seen` (Firefox writes `name.part` first). */
async function newDownload(seen) {
  const deadline = Date.now() + 15000;
  for (;;) {
    const done = readdirSync(downloads).filter((f) => !seen.has(f) && !f.endsWith(".part"));
    const parts = readdirSync(downloads).filter((f) => f.endsWith(".part"));
    if (done.length === 1 && parts.length === 0 && statSync(join(downloads, done[0])).size > 0) {
      const file = join(downloads, done[0]);
      JSON.parse(readFileSync(file, "utf8")); // whole, not half-written
      return file;
    }
    if (Date.now() > deadline) throw new Error(`no download: ${readdirSync(downloads)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

defineSuite({
  name: "Firefox ESR",
  async start() {
    copy = loggedCopy(DIST);
    site = await serveSite(copy);
    downloads = mkdtempSync(join(tmpdir(), "samen-doen-firefox-downloads-"));
    browser = await puppeteer.launch({
      browser: "firefox",
      executablePath: FIREFOX,
      headless: true,
      defaultViewport: { width: WIDTH, height: HEIGHT },
      env: { ...process.env, MOZ_HEADLESS_WIDTH: String(WIDTH), MOZ_HEADLESS_HEIGHT: String(HEIGHT) },
      extraPrefsFirefox: {
        "browser.download.dir": downloads,
        "browser.download.folderList": 2,
        "browser.download.useDownloadDir": true,
        "browser.download.always_ask_before_handling_new_types": false,
      },
    });
    return site;
  },
  async fresh() {
    const context = await browser.createBrowserContext();
    const errors = [];
    const profile = { front: null };
    const watch = (page) => {
      page.on("console", (msg) => {
        if (msg.type() === "error") errors.push(`console.error: ${msg.text()}`);
      });
      page.on("pageerror", (err) => errors.push(`uncaught: ${err}`));
    };
    const tabs = [];
    const newTab = async () => {
      const page = await context.newPage();
      watch(page);
      tabs.push(tabOf(page, profile));
      await tabs.at(-1).front();
      return tabs.at(-1);
    };
    return Object.assign(profile, {
      tab: await newTab(),
      newTab,
      async download(tab, css) {
        const seen = new Set(readdirSync(downloads));
        await tab.click(css);
        return newDownload(seen);
      },
      async errors() {
        const logged = [];
        for (const tab of tabs) logged.push(...(await tab.eval(loggedErrors, ERRORS_KEY)));
        // console.error and exceptions are the events' already.
        return [...errors, ...logged.filter((e) => /^(csp|load failed):/.test(e))];
      },
      close: () => context.close(),
    });
  },
  async stop() {
    await browser?.close();
    await site?.close();
    if (copy) removeCopy(copy);
    if (downloads) rmSync(downloads, { recursive: true, force: true });
  },
});
