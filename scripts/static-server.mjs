// A tiny static file server bound to 127.0.0.1 only, for `scripts/serve`, the end-to-end tests
// and the benchmark. Usage: node scripts/static-server.mjs <dir> [port] [base-path]
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { gzipSync } from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".webmanifest": "application/manifest+json",
};

// Compressed as GitHub Pages serves them, when `gzip` is asked for (the benchmark only:
// the tests read the files as they are).
const COMPRESSED = new Set([".html", ".js", ".wasm", ".css", ".json", ".svg", ".webmanifest"]);

/**
 * Starts a server for `dir` under `base` (e.g. "/samen-doen/"); resolves to {server, url}.
 * With `{ gzip: true }`, text and wasm go out gzip-compressed to clients that accept it.
 */
export function serve(dir, port = 0, base = "/", { gzip = false } = {}) {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    try {
      let path = decodeURIComponent(new URL(req.url, "http://127.0.0.1").pathname);
      if (!path.startsWith(base)) {
        res.writeHead(404).end("not found");
        return;
      }
      path = path.slice(base.length);
      if (path === "" || path.endsWith("/")) path += "index.html";
      const file = normalize(join(root, path));
      if (!file.startsWith(root)) {
        res.writeHead(403).end();
        return;
      }
      await stat(file);
      let body = await readFile(file);
      const headers = {
        "content-type": TYPES[extname(file)] || "application/octet-stream",
        "cache-control": "no-store",
      };
      if (gzip && COMPRESSED.has(extname(file)) && /\bgzip\b/.test(req.headers["accept-encoding"] || "")) {
        body = gzipSync(body, { level: 9 });
        headers["content-encoding"] = "gzip";
        headers.vary = "accept-encoding";
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404).end("not found");
    }
  });
  return new Promise((ok) =>
    server.listen(port, "127.0.0.1", () =>
      ok({ server, url: `http://127.0.0.1:${server.address().port}${base}` }),
    ),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = "dist", port = "8080", base = "/"] = process.argv.slice(2);
  const { url } = await serve(dir, Number(port), base);
  console.log(`serving ${dir} at ${url}`);
}
