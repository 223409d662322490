// Registers the service worker that keeps the app shell for use with no network (dist/sw.js,
// written by `cargo xtask build`). A file of its own because the Content-Security-Policy allows
// no inline script. It waits for the page's `load` so its downloads never compete with the app's
// own. Where service workers are unavailable (some private windows, an insecure origin) the app
// works as before, online only.
if ('serviceWorker' in navigator) {
  addEventListener('load', () => {
    navigator.serviceWorker
      .register('sw.js') // relative to the page: its folder is the scope, root or sub-path
      .catch((e) => console.warn('Hamdel: offline use is not available here:', e));
  });
}
