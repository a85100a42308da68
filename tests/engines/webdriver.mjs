// A tiny W3C WebDriver client over fetch, enough to drive WebKitGTK's WebKitWebDriver (no
// npm package: the protocol is a dozen HTTP calls). Starts the driver on a free loopback
// port; every session it opens is a new MiniBrowser with its own, empty storage.
import { spawn } from "node:child_process";
import { createServer } from "node:net";

const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
export const KEYS = { enter: "\uE007" };

function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
    s.on("error", fail);
  });
}

/** Starts `WebKitWebDriver` (its browsers need a DISPLAY: run under xvfb-run) with `env`.
 * Call `stop()` when done: it ends the driver and the browsers it started (one process
 * group). */
export async function startDriver(binary = "WebKitWebDriver", env = process.env) {
  const port = await freePort();
  const proc = spawn(binary, [`--port=${port}`, "--host=127.0.0.1"], {
    env,
    detached: true,
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  proc.stderr.on("data", (d) => (stderr = (stderr + d).slice(-4000)));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    const up = await fetch(`${base}/status`).then((r) => r.ok, () => false);
    if (up) break;
    if (i > 100 || proc.exitCode !== null) throw new Error(`WebKitWebDriver did not start: ${stderr}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    base,
    /** The driver's last words, for an error message. */
    stderr: () => stderr,
    newSession: (capabilities) => Session.create(base, capabilities),
    stop: () =>
      new Promise((ok) => {
        if (proc.exitCode !== null || proc.signalCode !== null) return ok();
        proc.once("exit", ok);
        try {
          process.kill(-proc.pid, "SIGTERM");
        } catch {
          ok();
        }
      }),
  };
}

/** One browser (one MiniBrowser process): its windows, elements, scripts. */
export class Session {
  static async create(base, capabilities) {
    const body = { capabilities: { alwaysMatch: capabilities } };
    const res = await call(base, "POST", "/session", body, 20000);
    return new Session(base, res.sessionId);
  }

  constructor(base, id) {
    this.base = base;
    this.id = id;
  }

  cmd(method, path, body) {
    return call(this.base, method, `/session/${this.id}${path}`, body);
  }

  goto(url) {
    return this.cmd("POST", "/url", { url });
  }
  refresh() {
    return this.cmd("POST", "/refresh", {});
  }
  url() {
    return this.cmd("GET", "/url");
  }

  /** Runs `fn` (a function, serialised) in the page with `args`; returns its result. Errors
   * thrown by `fn` come back as a WebDriver "javascript error". */
  exec(fn, ...args) {
    return this.cmd("POST", "/execute/sync", { script: `return (${fn}).apply(null, arguments)`, args });
  }

  /** Like `exec`, for an async `fn`. */
  execAsync(fn, ...args) {
    const script = `const done = arguments[arguments.length - 1];
      Promise.resolve((${fn}).apply(null, Array.prototype.slice.call(arguments, 0, -1)))
        .then((v) => done({ ok: v }), (e) => done({ error: String(e && e.stack || e) }));`;
    return this.cmd("POST", "/execute/async", { script, args }).then((r) => {
      if (r && "error" in r) throw new Error(r.error);
      return r?.ok;
    });
  }

  async find(css) {
    const el = await this.cmd("POST", "/element", { using: "css selector", value: css });
    return el[ELEMENT];
  }
  async click(css) {
    return this.cmd("POST", `/element/${await this.find(css)}/click`, {});
  }
  /** Types `text` into the element as keystrokes (also sets a file input to a path). */
  async sendKeys(css, text) {
    return this.cmd("POST", `/element/${await this.find(css)}/value`, { text });
  }
  async clear(css) {
    return this.cmd("POST", `/element/${await this.find(css)}/clear`, {});
  }

  windows() {
    return this.cmd("GET", "/window/handles");
  }
  window() {
    return this.cmd("GET", "/window");
  }
  switchTo(handle) {
    return this.cmd("POST", "/window", { handle });
  }
  async newWindow(type = "tab") {
    return (await this.cmd("POST", "/window/new", { type })).handle;
  }
  closeWindow() {
    return this.cmd("DELETE", "/window");
  }
  setRect(rect) {
    return this.cmd("POST", "/window/rect", rect);
  }
  setTimeouts(t) {
    return this.cmd("POST", "/timeouts", t);
  }
  quit() {
    return this.cmd("DELETE", "");
  }
}

/** One command; a driver that does not answer within `ms` is an error, not a hung run. */
async function call(base, method, path, body, ms = 60000) {
  const res = await fetch(base + path, {
    method,
    headers: body ? { "content-type": "application/json" } : {},
    body: body ? JSON.stringify(body) : undefined,
    signal: AbortSignal.timeout(ms),
  }).catch((e) => {
    throw new Error(`${method} ${path}: ${e.name === "TimeoutError" ? `no answer in ${ms / 1000} s` : e.message}`);
  });
  const json = await res.json().catch(() => ({}));
  if (!res.ok) {
    const v = json.value || {};
    const err = new Error(`${method} ${path}: ${v.error} ${v.message || ""}`.trim());
    err.code = v.error;
    throw err;
  }
  return json.value;
}
