// Hamdel's service worker, written into dist/ by `cargo xtask build` from xtask/src/sw.js.
// It keeps the app shell (every file of this build) so the app opens with no network after the
// first visit. The cache's name carries a hash of the build: a new build installs beside the old
// one and deletes it when it takes over. It only ever reads this origin's own files; nothing a
// person enters goes through it (their data lives in localStorage).
const CACHE = 'hamdel-shell-__BUILD_HASH__';
const SHELL = __SHELL_FILES__;
// A file named by its content (`-<16 hex>` before the extension) never changes under that name,
// so the copy the page has just downloaded (kept a year in the HTTP cache) is taken rather than
// downloaded a second time (#20); every other file comes straight from the server.
const HASHED = /-[0-9a-f]{16}(_bg)?\.[a-z0-9]+$/;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      // `reload`: straight from the server, never a stale copy from the HTTP cache.
      .then((cache) =>
        cache.addAll(
          SHELL.map((url) => new Request(url, { cache: HASHED.test(url) ? 'default' : 'reload' })),
        ),
      )
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) {
    return;
  }
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const cached = await cache.match(request);
      if (cached) {
        return cached;
      }
      try {
        return await fetch(request);
      } catch (error) {
        // With no network, any address in the app opens the app.
        const page = request.mode === 'navigate' && (await cache.match('./index.html'));
        if (page) {
          return page;
        }
        throw error;
      }
    }),
  );
});
