// Post-build hook for trunk (Trunk.toml), run on the staging dir after every build:
// 0. points index.html's worker script and trunk's start script at this build's wasm file
//    and drops trunk's preload of it (the wasm is fetched and compiled in a worker);
// 1. puts the sha256 of every inline <script> (trunk's and index.html's own) into index.html's
//    Content-Security-Policy (the __INLINE_SCRIPT_HASHES__ placeholder), so the policy can
//    forbid all other inline scripts;
// 2. writes 404.html, a tiny page that sends a mistyped path back to the app, with its one
//    inline script allowed by its own CSP hash;
// 3. builds the answer page and the camera's QR reader into the staging dir
//    (scripts/build-extras.mjs);
// 4. writes sw.js from static/sw-template.js with the exact list of this build's files and a
//    version that is a hash of those files' names and bytes (a new build is a new cache).
// Usage: node scripts/post-build.mjs [dir]  (dir: TRUNK_STAGING_DIR, else argv[2], else dist)
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { buildExtras } from "./build-extras.mjs";

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2] || "dist";
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const sha256 = (text) => createHash("sha256").update(text, "utf8").digest("base64");

function fail(message) {
  console.error(`post-build: ${message}`);
  process.exit(1);
}

// 0. The wasm compiled in a worker (see index.html): the head script gets the hashed file
// name, trunk's start script takes the module the worker compiled, and trunk's preload of
// the wasm goes (the head script fetches the file first thing; a preload would download it twice).
const indexFile = join(dir, "index.html");
let html = readFileSync(indexFile, "utf8");
const wasmFiles = readdirSync(dir).filter((f) => f.endsWith("_bg.wasm"));
if (wasmFiles.length !== 1) fail(`expected one *_bg.wasm in ${dir}, found ${wasmFiles.length}`);
const wasmFile = wasmFiles[0];
if (!html.includes("__WASM_FILE__")) fail(`__WASM_FILE__ placeholder missing in ${indexFile}`);
html = html.replace("__WASM_FILE__", () => wasmFile);
const trunkInit = `init({ module_or_path: './${wasmFile}' })`;
if (!html.includes(trunkInit)) fail(`trunk's start script (${trunkInit}) not found in ${indexFile}`);
html = html.replace(trunkInit, () => "init({ module_or_path: await window.__samenDoenWasm })");
const preload = new RegExp(`<link rel="preload" href="\\./${wasmFile.replace(/[.]/g, "\\.")}"[^>]*>`);
if (!preload.test(html)) fail(`trunk's preload of ${wasmFile} not found in ${indexFile}`);
html = html.replace(preload, "");

// 1. CSP hashes of index.html's inline scripts.
const hashes = [];
for (const m of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
  hashes.push(`'sha256-${sha256(m[1])}'`);
}
if (!html.includes("__INLINE_SCRIPT_HASHES__")) fail(`placeholder missing in ${indexFile}`);
html = html.replace("__INLINE_SCRIPT_HASHES__", () => hashes.join(" "));
writeFileSync(indexFile, html);
console.log(`post-build: index.html: ${hashes.length} inline script(s) allowed by hash`);

// 2. 404.html. GitHub Pages shows it for every missing path. The app's base is the first path
// segment on a project page (/<repo>/) or / on a user page or own domain; the page asks each
// candidate for the app's manifest (name "Samen Doen") and goes to the first that answers, so
// it never sends anyone to a wrong place (if none answers, it stays on this page's text).
const redirect = `
(function () {
  var path = location.pathname;
  var segs = path.split("/").filter(Boolean);
  var inDir = segs.length > 1 || (segs.length === 1 && path.slice(-1) === "/");
  var bases = inDir ? ["/" + segs[0] + "/", "/"] : ["/"];
  function go(base) { location.replace(base + "#/"); }
  function next(i) {
    if (i >= bases.length) return;
    fetch(bases[i] + "manifest.webmanifest", { cache: "no-store" })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (m) { if (m && m.name === "Samen Doen") go(bases[i]); else next(i + 1); })
      .catch(function () { next(i + 1); });
  }
  next(0);
})();
`;
const page404 = `<!DOCTYPE html>
<html lang="nl">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-${sha256(redirect)}'; connect-src 'self'; base-uri 'none'; form-action 'none'" />
    <meta name="referrer" content="no-referrer" />
    <meta name="robots" content="noindex" />
    <title>Samen Doen: pagina niet gevonden</title>
    <script>${redirect}</script>
  </head>
  <body>
    <h1>Deze pagina bestaat niet</h1>
    <p>Je gaat door naar Samen Doen. Gebeurt er niets? Open dan het adres van de app zonder wat erachter staat.</p>
    <p lang="en">This page does not exist; you are taken to Samen Doen.</p>
  </body>
</html>
`;
writeFileSync(join(dir, "404.html"), page404);
console.log("post-build: 404.html: sends mistyped paths back to the app (#/)");

// 3. The answer page and the QR reader, built with trunk's profile.
try {
  buildExtras(root, dir, (process.env.TRUNK_PROFILE || "release") === "release");
} catch (e) {
  fail(`the answer page or the QR reader did not build: ${e.message}`);
}

// 4. sw.js with the exact file list of this build.
// Every file of the build except sw.js itself (and dot files, which trunk never writes).
function walk(d) {
  return readdirSync(d, { withFileTypes: true })
    .filter((e) => !e.name.startsWith("."))
    .flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : e.isFile() ? [join(d, e.name)] : []));
}
const files = walk(dir)
  .map((f) => relative(dir, f).split(sep).join("/"))
  .filter((f) => f !== "sw.js")
  .sort();
if (!files.includes("index.html")) fail(`no index.html in ${dir}`);
const version = createHash("sha256");
for (const f of files) {
  version.update(f + "\0");
  version.update(readFileSync(join(dir, f)));
  version.update("\0");
}
const versionHex = version.digest("hex").slice(0, 16);
const list = ["./", ...files.map((f) => "./" + f)];
const template = readFileSync(join(root, "static", "sw-template.js"), "utf8");
for (const p of ["__SAMEN_DOEN_VERSION__", "/*__SAMEN_DOEN_FILES__*/ []"]) {
  if (!template.includes(p)) fail(`placeholder ${p} missing in static/sw-template.js`);
}
const sw = template
  .replace("__SAMEN_DOEN_VERSION__", () => versionHex)
  .replace("/*__SAMEN_DOEN_FILES__*/ []", () => JSON.stringify(list, null, 2));
writeFileSync(join(dir, "sw.js"), sw);
console.log(`post-build: sw.js: cache version ${versionHex}, ${list.length} URLs precached:`);
for (const u of list) console.log(`  ${u}`);
