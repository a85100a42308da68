// The size budget CI keeps (scripts/test, after the release build): each page's first load,
// gzipped, per kind and in all, against budget.json. Over budget, it says by how much and,
// from a build that keeps its names (built only then), where the wasm's bytes go by crate
// next to the last recorded breakdown (bench/crates.json, written by `--record`).
// Usage: node scripts/check-budget.mjs [dist]   |   node scripts/check-budget.mjs --record
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { breakdown } from "./wasm-breakdown.mjs";
import { kb, pageSizes, total } from "./sizes.mjs";

const root = new URL("..", import.meta.url).pathname;
const KINDS = ["wasm", "js", "css", "html"];

/** The app's wasm built again with its names kept, bound and optimised as trunk does. */
function namedBreakdown() {
  const env = { ...process.env, CARGO_PROFILE_RELEASE_STRIP: "false", CARGO_TARGET_DIR: join(root, "target/names") };
  const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
  run("cargo", ["build", "--quiet", "--release", "--target", "wasm32-unknown-unknown", "--bin", "samen-doen"]);
  const out = join(root, "bench-out/names");
  mkdirSync(out, { recursive: true });
  run("wasm-bindgen", ["--target", "web", "--out-dir", out, join(root, "target/names/wasm32-unknown-unknown/release/samen-doen.wasm")]);
  const html = readFileSync(join(root, "index.html"), "utf8");
  const features = (html.match(/data-wasm-opt-params="([^"]*)"/) || [])[1]?.split(/\s+/) ?? [];
  run("wasm-opt", ["-Oz", "-g", ...features, join(out, "samen-doen_bg.wasm"), "-o", join(out, "opt.wasm")]);
  return breakdown(readFileSync(join(out, "opt.wasm")), 0).crates;
}

const record = join(root, "bench/crates.json");
if (process.argv[2] === "--record") {
  writeFileSync(record, JSON.stringify(namedBreakdown().map((c) => ({ crate: c.crate, bytes: c.bytes })), null, 1) + "\n");
  console.log(`budget: recorded the wasm's bytes by crate in ${record}`);
  process.exit(0);
}

const dir = process.argv[2] || join(root, "dist");
const budget = JSON.parse(readFileSync(join(root, "budget.json"), "utf8"));
const pages = pageSizes(dir);
const over = [];
for (const page of ["app", "answer"]) {
  const s = pages[page];
  const limits = budget[page];
  const line = KINDS.map((k) => `${k} ${kb(s[k][1])}/${limits[k]}`).join(", ");
  console.log(`budget: ${page.padEnd(6)} first load ${kb(total(s))} of ${limits.total} KiB (${line})`);
  for (const k of KINDS) if (s[k][1] > limits[k] * 1024) over.push(`${page} ${k}: ${kb(s[k][1])} > ${limits[k]} KiB`);
  if (total(s) > limits.total * 1024) over.push(`${page} in all: ${kb(total(s))} > ${limits.total} KiB`);
}
if (over.length === 0) process.exit(0);
console.error(`\nbudget: over budget:\n  ${over.join("\n  ")}`);
try {
  const now = namedBreakdown();
  const before = existsSync(record) ? JSON.parse(readFileSync(record, "utf8")) : [];
  const was = new Map(before.map((c) => [c.crate, c.bytes]));
  const changes = now
    .map((c) => ({ crate: c.crate, bytes: c.bytes, change: c.bytes - (was.get(c.crate) ?? 0) }))
    .sort((a, b) => Math.abs(b.change) - Math.abs(a.change))
    .slice(0, 10);
  console.error("\nthe wasm's code by crate now, biggest changes against bench/crates.json first (KiB):");
  for (const c of changes) {
    console.error(`  ${c.crate.padEnd(24)} ${kb(c.bytes).padStart(10)}  ${c.change >= 0 ? "+" : ""}${(c.change / 1024).toFixed(1)}`);
  }
} catch (e) {
  console.error(`(no breakdown: ${e.message})`);
}
console.error("\nRaise budget.json in the same commit as the growth, with the reason, or make it smaller.");
process.exit(1);
