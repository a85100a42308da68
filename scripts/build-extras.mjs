// The build's two extra WebAssembly binaries, built by the post-build hook into trunk's
// staging dir (so the service worker's file list and the size budget see them):
// - the answer page on a participant's phone (src/bin/answer.rs → antwoord.html), with its
//   own small service worker (answer-sw.js) so it works offline after one visit;
// - the board camera's QR reader (src/bin/qr.rs), run in a worker (qr-worker.js) that the
//   app starts only when the camera is opened.
// Each is cargo-built for wasm32 with the app's profile, run through the same wasm-bindgen
// and wasm-opt as trunk uses (both found on PATH, pinned by scripts/install), and named by a
// hash of its bytes, as trunk names the app's files.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

// The same features as the app's wasm-opt (index.html's data-wasm-opt-params).
const WASM_OPT_FEATURES = [
  "--enable-bulk-memory",
  "--enable-bulk-memory-opt",
  "--enable-nontrapping-float-to-int",
  "--enable-sign-ext",
  "--enable-mutable-globals",
  "--enable-reference-types",
  "--enable-multivalue",
];

const sha256 = (data) => createHash("sha256").update(data).digest();
const short = (data) => sha256(data).toString("hex").slice(0, 16);
const cspHash = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

function run(cmd, args, cwd) {
  execFileSync(cmd, args, { cwd, stdio: ["ignore", "inherit", "inherit"] });
}

/** Puts `data` into `dir` as `<stem>-<hash><ext>`; returns the file name. */
function hashed(dir, stem, ext, data) {
  const name = `${stem}-${short(data)}${ext}`;
  writeFileSync(join(dir, name), data);
  return name;
}

/** Builds one binary and returns its wasm-bindgen output { js, wasm } (bytes). */
function bindgen(root, bin, target, release, tmp) {
  const out = join(tmp, bin);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const profile = release ? "release" : "debug";
  const wasm = join(root, "target", "wasm32-unknown-unknown", profile, `${bin}.wasm`);
  run("wasm-bindgen", ["--target", target, "--no-typescript", "--out-dir", out, "--out-name", "m", wasm], root);
  let wasmFile = join(out, "m_bg.wasm");
  if (release) {
    run("wasm-opt", ["-Oz", ...WASM_OPT_FEATURES, wasmFile, "-o", join(out, "opt.wasm")], root);
    wasmFile = join(out, "opt.wasm");
  }
  return { js: readFileSync(join(out, "m.js")), wasm: readFileSync(wasmFile) };
}

function fill(template, values, where) {
  let text = template;
  for (const [key, value] of Object.entries(values)) {
    if (!text.includes(key)) throw new Error(`placeholder ${key} missing in ${where}`);
    text = text.split(key).join(value);
  }
  return text;
}

/** Builds both extras into `dir`; `release` follows trunk's profile. */
export function buildExtras(root, dir, release) {
  const tmp = join(root, "target", "extras");
  const cargoArgs = ["build", "--target", "wasm32-unknown-unknown", "--bin", "samen-doen-answer", "--bin", "samen-doen-qr"];
  if (release) cargoArgs.push("--release");
  run("cargo", cargoArgs, root);

  // The answer page.
  const answer = bindgen(root, "samen-doen-answer", "web", release, tmp);
  const answerWasm = hashed(dir, "answer", "_bg.wasm", answer.wasm);
  const answerJs = hashed(dir, "answer", ".js", answer.js);
  const answerCss = hashed(dir, "answer", ".css", readFileSync(join(root, "style", "answer.css")));
  const start = `import init from "./${answerJs}";\ninit({ module_or_path: "./${answerWasm}" });\n`;
  const registerSw = readFileSync(join(root, "static", "answer-register-sw.js"), "utf8");
  let page = fill(
    readFileSync(join(root, "static", "antwoord.html"), "utf8"),
    {
      __ANSWER_CSS__: answerCss,
      __ANSWER_JS__: answerJs,
      __ANSWER_WASM__: answerWasm,
      __ANSWER_START__: start,
      __ANSWER_REGISTER_SW__: registerSw,
    },
    "static/antwoord.html",
  );
  const hashes = [...page.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => cspHash(m[1]));
  page = fill(page, { __INLINE_SCRIPT_HASHES__: hashes.join(" ") }, "static/antwoord.html");
  writeFileSync(join(dir, "antwoord.html"), page);

  const files = ["antwoord.html", answerJs, answerWasm, answerCss, "icons/favicon-32.png", "icons/icon-192.png"];
  const version = short(files.map((f) => f + readFileSync(join(dir, f)).toString("base64")).join("\0"));
  writeFileSync(
    join(dir, "answer-sw.js"),
    fill(
      readFileSync(join(root, "static", "answer-sw-template.js"), "utf8"),
      { __ANSWER_VERSION__: version, "/*__ANSWER_FILES__*/ []": JSON.stringify(files.map((f) => "./" + f)) },
      "static/answer-sw-template.js",
    ),
  );

  // The QR reader and its worker.
  const qr = bindgen(root, "samen-doen-qr", "no-modules", release, tmp);
  const qrWasm = hashed(dir, "qr", "_bg.wasm", qr.wasm);
  const qrJs = hashed(dir, "qr", ".js", qr.js);
  writeFileSync(
    join(dir, "qr-worker.js"),
    fill(
      readFileSync(join(root, "static", "qr-worker-template.js"), "utf8"),
      { __QR_JS__: qrJs, __QR_WASM__: qrWasm },
      "static/qr-worker-template.js",
    ),
  );
  copyFileSync(join(root, "static", "camera.js"), join(dir, "camera.js"));
  console.log(`post-build: answer page (${answerWasm}, ${answerJs}) and QR reader (${qrWasm}) built`);
}
