// Samen Doen service worker: keeps one build of the app in the Cache Storage so it starts
// without a network after one visit. This is a TEMPLATE: scripts/post-build.mjs writes sw.js
// from it after every trunk build, filling in the build's exact file list and a version that
// is a hash of those files' names and bytes (so every new build is a new worker and a new
// cache). It is never copied into dist/ as it is.
//
// Updates are never forced on an open page: a new worker installs and then waits until the
// page asks for it ({type: "skip-waiting"}, sent by register-sw.js when the user taps
// "Nieuwe versie beschikbaar — herladen").

const VERSION = "__SAMEN_DOEN_VERSION__";
const FILES = /*__SAMEN_DOEN_FILES__*/ [];

// Caches are per origin, and on GitHub Pages every project of one owner shares an origin, so
// the name carries this worker's scope: only this app at this path is ever cleaned up.
const PREFIX = `samen-doen|${self.registration.scope}|`;
const CACHE = PREFIX + VERSION;
const START = new URL("./", self.location).href;
const INDEX = new URL("./index.html", self.location).href;
const PRECACHED = new Set(FILES.map((f) => new URL(f, self.location).href));

self.addEventListener("install", (event) => {
  // No skipWaiting here: a running page keeps the files it was started with.
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) =>
        cache.addAll(FILES.map((f) => new Request(new URL(f, self.location), { cache: "reload" }))),
      ),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "skip-waiting") self.skipWaiting();
});

/** A cached response that may be used for a navigation (no redirect flag). */
function clean(response) {
  if (!response || !response.redirected) return response;
  return response.blob().then(
    (body) =>
      new Response(body, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      }),
  );
}

async function fromCache(url) {
  const cache = await caches.open(CACHE);
  return cache.match(url);
}

async function navigate(request) {
  const url = new URL(request.url);
  url.search = "";
  url.hash = "";
  const href = url.href;
  // The start page: the app itself, from this build's cache, whatever the query string.
  if (href === START || href === INDEX) {
    const hit = (await fromCache(START)) || (await fromCache(INDEX));
    if (hit) return clean(hit);
    return fetch(request);
  }
  // Another file of this build opened directly (an icon, the manifest, 404.html).
  if (PRECACHED.has(href)) {
    const hit = await fromCache(href);
    if (hit) return clean(hit);
  }
  // Any other path under the scope: the server decides (GitHub Pages answers with 404.html,
  // which sends the visitor back to the app). Offline, go to the start page directly; the
  // start page cannot be served here, because its relative asset URLs would resolve against
  // the mistyped path.
  try {
    return await fetch(request);
  } catch (err) {
    if (await fromCache(START)) return Response.redirect(START + "#/", 302);
    throw err;
  }
}

async function asset(request) {
  const hit = await fromCache(request);
  return hit || fetch(request);
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  // Only this origin's GET requests; everything else goes to the network untouched, and
  // nothing is ever added to the cache after install.
  if (request.method !== "GET") return;
  if (new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    event.respondWith(navigate(request));
  } else {
    event.respondWith(asset(request));
  }
});
