// What each page of the build loads first, raw and gzipped: the app (index.html and what it
// loads before the first screen) and the answer page on a phone (antwoord.html and its
// files). Files loaded only later (the camera's QR reader, the service workers, 404.html)
// count for neither. Used by scripts/bench and by the size budget (scripts/check-budget.mjs).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import { gzipSync } from "node:zlib";

const KINDS = { ".wasm": "wasm", ".js": "js", ".css": "css", ".html": "html" };

/** The page a top-level file of dist/ belongs to on first load, or null. */
export function pageOf(name) {
  if (name === "antwoord.html" || /^answer-[0-9a-f]+(_bg\.wasm|\.js|\.css)$/.test(name)) return "answer";
  if (name === "index.html" || name === "register-sw.js" || name === "compile-worker.js") return "app";
  if (/^(samen-doen|app)-[0-9a-f]+(_bg\.wasm|\.js|\.css)$/.test(name)) return "app";
  return null;
}

/** { app, answer }: per page { wasm, js, css, html } as [raw, gzip] bytes, and `files`. */
export function pageSizes(dir) {
  const empty = () => ({ wasm: [0, 0], js: [0, 0], css: [0, 0], html: [0, 0], files: [] });
  const out = { app: empty(), answer: empty() };
  for (const name of readdirSync(dir)) {
    const file = join(dir, name);
    const page = pageOf(name);
    const kind = KINDS[extname(name)];
    if (!page || !kind || !statSync(file).isFile()) continue;
    const raw = readFileSync(file);
    out[page][kind][0] += raw.length;
    out[page][kind][1] += gzipSync(raw, { level: 9 }).length;
    out[page].files.push(name);
  }
  return out;
}

/** Every .wasm/.js/.css/.html of `dir` (the floor page has one page only). */
export function allSizes(dir) {
  const out = { wasm: [0, 0], js: [0, 0], css: [0, 0], html: [0, 0], files: [] };
  for (const name of readdirSync(dir)) {
    const file = join(dir, name);
    const kind = KINDS[extname(name)];
    if (!kind || !statSync(file).isFile()) continue;
    const raw = readFileSync(file);
    out[kind][0] += raw.length;
    out[kind][1] += gzipSync(raw, { level: 9 }).length;
    out.files.push(name);
  }
  return out;
}

/** The first load, gzipped: wasm + JS + CSS + HTML. */
export const total = (s) => s.wasm[1] + s.js[1] + s.css[1] + s.html[1];
export const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
