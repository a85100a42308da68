// Prints the benchmark figures. Run through scripts/bench (which builds first).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, extname } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { serve } from "./static-server.mjs";
import { CHROMIUM_ARGS } from "../tests/e2e/harness.mjs";
import { appScenarios } from "./bench-scenarios.mjs";
import { pyramidBench } from "./bench-pyramid.mjs";
import { median } from "./bench-lib.mjs";

const RUNS = Number(process.env.RUNS || 7);
// `scripts/bench pyramid` runs only the pyramid scenario, REPEAT times (the machine's noise
// is large, so compare the medians of several runs).
const ONLY = process.argv[2];
const REPEAT = Number(process.env.REPEAT || 1);

function sizes(dir) {
  const out = { wasm: [0, 0], js: [0, 0], css: [0, 0], html: [0, 0] };
  for (const name of readdirSync(dir)) {
    const file = join(dir, name);
    if (!statSync(file).isFile()) continue;
    const kind = { ".wasm": "wasm", ".js": "js", ".css": "css", ".html": "html" }[extname(name)];
    if (!kind) continue;
    const raw = readFileSync(file);
    out[kind][0] += raw.length;
    out[kind][1] += gzipSync(raw, { level: 9 }).length;
  }
  return out;
}


async function timeToInteractive(browser, url, selector) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(url, { waitUntil: "commit" });
    await page.waitForSelector(selector);
    times.push(await page.evaluate(() => performance.now()));
    await ctx.close();
  }
  return median(times);
}

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;

function printSizes(label, s) {
  console.log(`\n${label}`);
  for (const k of ["wasm", "js", "css", "html"]) {
    console.log(`  ${k.padEnd(5)} ${kb(s[k][0]).padStart(10)} raw  ${kb(s[k][1]).padStart(10)} gzip`);
  }
  const total = s.wasm[1] + s.js[1] + s.css[1] + s.html[1];
  console.log(`  first load total (gzip): ${kb(total)}`);
}

async function everything() {
  printSizes("Samen Doen (dist/)", sizes("dist"));
  printSizes("Floor: one-button Leptos page, same profile", sizes("bench-out/floor"));
  const tApp = await timeToInteractive(browser, app.url, "[data-testid=nav-home]");
  const tFloor = await timeToInteractive(browser, floor.url, "[data-testid=floor-button]");
  console.log(`\nTime from navigation to interactive, median of ${RUNS} runs:`);
  console.log(`  Samen Doen: ${tApp.toFixed(0)} ms`);
  console.log(`  Floor:      ${tFloor.toFixed(0)} ms`);
  await appScenarios({ browser, url: app.url, runs: RUNS, median });
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM, args: CHROMIUM_ARGS });
const app = await serve("dist", 0, "/samen-doen/");
const floor = await serve("bench-out/floor", 0, "/");
try {
  if (ONLY === "pyramid") {
    for (let i = 0; i < REPEAT; i++) await pyramidBench({ browser, url: app.url, runs: RUNS, median });
  } else {
    await everything();
  }
} finally {
  await browser.close();
  app.server.close();
  floor.server.close();
}
