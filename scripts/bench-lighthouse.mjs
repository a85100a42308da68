// Lighthouse performance of the app and of the one-button floor in the same run, the files
// served gzip-compressed as GitHub Pages does. Lighthouse's own defaults: a simulated mid-range
// phone on a slow 4G line, so the figures compare with what the Lighthouse panel shows.
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";
import { serve } from "./static-server.mjs";
import { median } from "./bench-lib.mjs";
import { readFileSync } from "node:fs";

const VERSION = JSON.parse(
  readFileSync(new URL("../node_modules/lighthouse/package.json", import.meta.url)),
).version;

const FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"];

async function audit(port, url) {
  const result = await lighthouse(url, {
    port,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance"],
  });
  const lhr = result.lhr;
  if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.message}`);
  return {
    score: Math.round(100 * (lhr.categories.performance.score ?? 0)),
    fcp: lhr.audits["first-contentful-paint"].numericValue,
    lcp: lhr.audits["largest-contentful-paint"].numericValue,
    tbt: lhr.audits["total-blocking-time"].numericValue,
    // Time to interactive, where this Lighthouse still computes it; else the largest paint
    // plus the blocking time, the same bound from the audits it does keep.
    tti:
      lhr.audits.interactive?.numericValue ??
      lhr.audits["largest-contentful-paint"].numericValue + lhr.audits["total-blocking-time"].numericValue,
  };
}

/** Median score, FCP, LCP and TBT of `runs` audits of each page; prints both. */
export async function lighthouseBench({ runs = 5 } = {}) {
  const app = await serve("dist", 0, "/samen-doen/", { gzip: true });
  const floor = await serve("bench-out/floor", 0, "/", { gzip: true });
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM,
    chromeFlags: FLAGS,
  });
  try {
    const pages = {
      "Samen Doen": app.url,
      "Answer page": `${app.url}antwoord.html#0K3M-nl-rl`,
      Floor: floor.url,
    };
    const out = {};
    for (const [name, url] of Object.entries(pages)) {
      const all = [];
      for (let i = 0; i < runs; i++) all.push(await audit(chrome.port, url));
      out[name] = Object.fromEntries(
        ["score", "fcp", "lcp", "tbt", "tti"].map((k) => [k, median(all.map((a) => a[k]))]),
      );
      // The spread: the lowest and highest of the runs, so one good run cannot hide a bad one.
      out[name].low = Object.fromEntries(["score", "fcp", "lcp", "tbt", "tti"].map((k) => [k, Math.min(...all.map((a) => a[k]))]));
      out[name].high = Object.fromEntries(["score", "fcp", "lcp", "tbt", "tti"].map((k) => [k, Math.max(...all.map((a) => a[k]))]));
    }
    console.log(
      `\nLighthouse ${VERSION} performance (simulated mobile, gzip served), median of ${runs} (lowest–highest):`,
    );
    for (const [name, r] of Object.entries(out)) {
      const s = (k) => `${(r[k] / 1000).toFixed(2)} s (${(r.low[k] / 1000).toFixed(2)}–${(r.high[k] / 1000).toFixed(2)})`;
      console.log(
        `  ${name.padEnd(11)} score ${String(r.score).padStart(3)} (${r.low.score}–${r.high.score})  FCP ${s("fcp")}  ` +
          `LCP ${s("lcp")}  TBT ${r.tbt.toFixed(0)} ms (${r.low.tbt.toFixed(0)}–${r.high.tbt.toFixed(0)})  interactive ${s("tti")}`,
      );
    }
    const a = out["Samen Doen"];
    const f = out.Floor;
    console.log(
      `  targets: score >= 95 in every run: ${a.low.score >= 95 ? "met" : "not met"} (lowest ${a.low.score}); ` +
        `LCP within 2x the floor's: ${a.lcp <= 2 * f.lcp ? "met" : "not met"} ` +
        `(${(a.lcp / f.lcp).toFixed(2)}x); FCP within 1.2x: ${a.fcp <= 1.2 * f.fcp ? "met" : "not met"} ` +
        `(${(a.fcp / f.fcp).toFixed(2)}x)`,
    );
    const p = out["Answer page"];
    console.log(
      `  answer page: interactive within 1.5 s: ${p.tti <= 1500 ? "met" : "not met"} ` +
        `(median ${(p.tti / 1000).toFixed(2)} s, slowest ${(p.high.tti / 1000).toFixed(2)} s, score ${p.score})`,
    );
    return out;
  } finally {
    await chrome.kill();
    app.server.close();
    floor.server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await lighthouseBench({ runs: Number(process.env.LH_RUNS || 5) });
}
