// Pre-build hook for trunk (Trunk.toml): joins the style sheets into one file, so the first
// load asks for one CSS file instead of seventeen. The parts stay apart in style/ (one per area
// of the app); their order here is the cascade order. The result, style/bundle/app.css, is
// not committed (see .gitignore) and trunk's watch ignores it.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const PARTS = [
  "theme.css",
  "base.css",
  "shell.css",
  "home.css",
  "analysis.css",
  "ladder.css",
  "answers.css",
  "pyramid.css",
  "pyramid-levels.css",
  "pyramid-cards.css",
  "transfer.css",
  "report.css",
  "meeting.css",
  "meeting-steps.css",
  "meeting-board.css",
  "meeting-rows.css",
  "progress.css",
];

const style = join(dirname(fileURLToPath(import.meta.url)), "..", "style");
const out = join(style, "bundle", "app.css");
const text = PARTS.map((name) => `/* ${name} */\n${readFileSync(join(style, name), "utf8").trimEnd()}\n`).join("\n");
mkdirSync(dirname(out), { recursive: true });
// Written only when it changed, so a watching trunk is not woken for nothing.
let before = "";
try {
  before = readFileSync(out, "utf8");
} catch {
  /* first build */
}
if (before !== text) writeFileSync(out, text);
console.log(`pre-build: style/bundle/app.css from ${PARTS.length} parts (${text.length} bytes)`);
