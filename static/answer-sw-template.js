// Service worker of the answer page (antwoord.html) only: its scope is ./antwoord, so the
// board's app keeps its own worker (sw.js). A TEMPLATE: scripts/build-extras.mjs writes
// answer-sw.js with this build's file list and a version hashed from those files.
// A new version takes over at once: the page holds nothing but a draft kept in storage.

const VERSION = "__ANSWER_VERSION__";
const FILES = /*__ANSWER_FILES__*/ [];
const PREFIX = `samen-doen-answer|${self.registration.scope}|`;
const CACHE = PREFIX + VERSION;
const PAGE = new URL("./antwoord.html", self.location).href;
const PRECACHED = new Set(FILES.map((f) => new URL(f, self.location).href));

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES.map((f) => new Request(new URL(f, self.location), { cache: "reload" }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  url.hash = "";
  url.search = "";
  const href = request.mode === "navigate" ? PAGE : url.href;
  if (!PRECACHED.has(href)) return;
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(href))
      .then((hit) => hit || fetch(request)),
  );
});
