// The app's key flows (flows.mjs) in WebKitGTK, Safari's engine: Debian's WebKitWebDriver
// and MiniBrowser over plain W3C WebDriver (webdriver.mjs). Run under xvfb-run (MiniBrowser
// needs a display). Each test's fresh profile is a new WebDriver session: a new MiniBrowser
// with its own ephemeral storage. WebDriver has no console, so the site is a test copy whose
// pages load a logger first (site.mjs); each profile's errors are read back from every
// window before it closes.
//   ENGINES_DIST=dist xvfb-run -a -s "-screen 0 1920x1080x24 -noreset" node --test tests/engines/webkit.test.mjs
// (run.sh does this; see there why -noreset).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineSuite } from "./flows.mjs";
import { ERRORS_KEY, loggedCopy, loggedErrors, removeCopy, serveSite } from "./site.mjs";
import { KEYS, startDriver } from "./webdriver.mjs";

const DIST = process.env.ENGINES_DIST || "dist";
const CAPABILITIES = {
  "webkitgtk:browserOptions": {
    binary: process.env.MINIBROWSER || "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser",
    args: ["--automation"],
  },
};
const RECT = { width: 1366, height: 900 };

let driver;
let site;
let copy;
let home;
let downloads;

/** One window of a WebDriver session as the flows' tab. WebDriver speaks to one window at a
 * time: every call first makes this window the current one. */
function tabOf(session, handle, profile) {
  const tab = {
    async front() {
      if (profile.front === tab) return;
      await session.switchTo(handle);
      profile.front = tab;
    },
    goto: async (url) => (await tab.front(), session.goto(url)),
    reload: async () => (await tab.front(), session.refresh()),
    eval: async (fn, ...args) => (await tab.front(), session.execAsync(fn, ...args)),
    /** WebDriver scrolls a target only until its bottom edge shows, where a sticky bar (the
     * answer page's Vorige/Volgende) may cover it, and then refuses the click as intercepted.
     * A person scrolls it into plain view first; so do puppeteer and Playwright: centred. */
    async click(css) {
      await tab.eval((css) => document.querySelector(css).scrollIntoView({ block: "center", inline: "center" }), css);
      await session.click(css);
    },
    /** Selects what the field holds and types over it with key events. */
    async fill(css, text, enter = false) {
      await tab.eval((css) => {
        const e = document.querySelector(css);
        e.focus();
        e.select();
      }, css);
      await session.sendKeys(css, text + (enter ? KEYS.enter : ""));
    },
    /** A file input takes the file's path as typed text (WebDriver "Element Send Keys"). */
    upload: async (css, path) => (await tab.front(), session.sendKeys(css, path)),
  };
  return tab;
}

/** The complete download not in `seen`; MiniBrowser saves into the XDG download folder. */
async function newDownload(seen) {
  const deadline = Date.now() + 15000;
  for (;;) {
    const names = readdirSync(downloads).filter((f) => !seen.has(f));
    if (names.length === 1 && names[0].endsWith(".json")) {
      const file = join(downloads, names[0]);
      try {
        JSON.parse(readFileSync(file, "utf8"));
        return file;
      } catch {
        /* still being written */
      }
    }
    if (Date.now() > deadline) throw new Error(`no download: ${readdirSync(downloads)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const launchDriver = () =>
  startDriver(process.env.WEBKIT_WEBDRIVER || "WebKitWebDriver", {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: join(home, ".config"),
  });

defineSuite({
  name: "WebKitGTK",
  async start() {
    copy = loggedCopy(DIST);
    site = await serveSite(copy);
    // A home of its own: MiniBrowser's downloads land in the download folder named here,
    // and nothing of the user's home is read or written.
    home = mkdtempSync(join(tmpdir(), "samen-doen-webkit-home-"));
    downloads = join(home, "downloads");
    mkdirSync(downloads);
    mkdirSync(join(home, ".config"));
    writeFileSync(join(home, ".config", "user-dirs.dirs"), `XDG_DOWNLOAD_DIR="${downloads}"\n`);
    driver = await launchDriver();
    return site;
  },
  async fresh() {
    let session;
    try {
      session = await driver.newSession(CAPABILITIES);
    } catch (e) {
      // A session that never comes (MiniBrowser could not start, e.g. "cannot open display"
      // while Xvfb reset itself before run.sh gave it -noreset) hangs the driver. That is the
      // harness, not the app: a new driver, once, and the output says so.
      console.log(`# WebKitWebDriver: ${e.message}; starting a new driver. Its stderr: ${driver.stderr()}`);
      await driver.stop();
      driver = await launchDriver();
      session = await driver.newSession(CAPABILITIES);
    }
    await session.setRect(RECT);
    const profile = { front: null };
    const tabs = [tabOf(session, await session.window(), profile)];
    profile.front = tabs[0];
    return Object.assign(profile, {
      tab: tabs[0],
      async newTab() {
        // A window, not a tab: a background tab of MiniBrowser would be a hidden page.
        const handle = await session.newWindow("window");
        tabs.push(tabOf(session, handle, profile));
        const tab = tabs.at(-1);
        await tab.front();
        await session.setRect(RECT);
        return tab;
      },
      async download(tab, css) {
        const seen = new Set(readdirSync(downloads));
        await tab.click(css);
        return newDownload(seen);
      },
      async errors() {
        const all = [];
        for (const tab of tabs) {
          all.push(...(await tab.eval(loggedErrors, ERRORS_KEY)));
        }
        return all;
      },
      close: () => session.quit(),
    });
  },
  async stop() {
    await driver?.stop();
    await site?.close();
    if (copy) removeCopy(copy);
    if (home) rmSync(home, { recursive: true, force: true });
  },
});
