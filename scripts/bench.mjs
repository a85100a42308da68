// Prints the benchmark figures. Run through scripts/bench (which builds first).
import { readFileSync } from "node:fs";
import { allSizes, kb, pageSizes, total } from "./sizes.mjs";
import { chromium } from "playwright-core";
import { serve } from "./static-server.mjs";
import { CHROMIUM_ARGS } from "../tests/e2e/harness.mjs";
import { appScenarios } from "./bench-scenarios.mjs";
import { pyramidBench } from "./bench-pyramid.mjs";
import { median } from "./bench-lib.mjs";
import { lighthouseBench } from "./bench-lighthouse.mjs";
import { breakdown, report } from "./wasm-breakdown.mjs";
import { existsSync } from "node:fs";

const RUNS = Number(process.env.RUNS || 7);
// `scripts/bench pyramid` runs only the pyramid scenario, REPEAT times (the machine's noise
// is large, so compare the medians of several runs).
const ONLY = process.argv[2];
const REPEAT = Number(process.env.REPEAT || 1);

async function timeToInteractive(browser, url, selector) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(url, { waitUntil: "commit" });
    // Timed in the frame the selector is first seen (as the sessions scenario does).
    const seen = await page.waitForFunction((sel) => document.querySelector(sel) && performance.now(), selector, {
      polling: "raf",
    });
    times.push(await seen.jsonValue());
    await ctx.close();
  }
  return median(times);
}


function printSizes(label, s) {
  console.log(`\n${label}`);
  for (const k of ["wasm", "js", "css", "html"]) {
    console.log(`  ${k.padEnd(5)} ${kb(s[k][0]).padStart(10)} raw  ${kb(s[k][1]).padStart(10)} gzip`);
  }
  console.log(`  first load total (gzip): ${kb(total(s))}`);
}

async function everything() {
  const pages = pageSizes("dist");
  const appSizes = pages.app;
  const floorSizes = allSizes("bench-out/floor");
  printSizes("Samen Doen (dist/): the app's first load", appSizes);
  printSizes("The answer page on a phone (antwoord.html)", pages.answer);
  printSizes("Floor: one-button Leptos page, same profile", floorSizes);
  console.log(
    `  answer page: ${kb(total(pages.answer))} vs floor ${kb(total(floorSizes))} ` +
      `(${(total(pages.answer) / total(floorSizes)).toFixed(1)}x); target <= 150 KiB: ` +
      `${total(pages.answer) <= 150 * 1024 ? "met" : "not met"}`,
  );
  console.log(
    `  first load: ${kb(total(appSizes))} vs floor ${kb(total(floorSizes))} ` +
      `(${(total(appSizes) / total(floorSizes)).toFixed(1)}x); target <= 300 KiB: ` +
      `${total(appSizes) <= 300 * 1024 ? "met" : "not met"}`,
  );
  // Written by scripts/bench: the same release build keeping its name section.
  const named = "bench-out/names/opt.wasm";
  if (existsSync(named)) {
    console.log("\nWhere the wasm's bytes go (same build, names kept):");
    for (const line of report(breakdown(readFileSync(named), 15))) console.log(`  ${line}`);
  }
  const tApp = await timeToInteractive(browser, app.url, "[data-testid=nav-home]");
  const tFloor = await timeToInteractive(browser, floor.url, "[data-testid=floor-button]");
  console.log(`\nTime from navigation to interactive, median of ${RUNS} runs:`);
  console.log(`  Samen Doen: ${tApp.toFixed(0)} ms`);
  console.log(`  Floor:      ${tFloor.toFixed(0)} ms`);
  await appScenarios({ browser, url: app.url, runs: RUNS, median });
  await lighthouseBench({ runs: Number(process.env.LH_RUNS || 5) });
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
