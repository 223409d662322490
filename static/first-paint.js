// Before the first paint (#20): the saved language, direction and colour scheme go on <html>,
// so the shell in index.html shows in the person's language and theme while the app itself
// downloads. A file of its own because the Content-Security-Policy allows no inline script; it
// only reads the settings the app stored (never writes, never asks the network), and when they
// cannot be read the Persian default stands (and the one-line shell, not the welcome screen).
(function () {
  var root = document.documentElement;
  // The start page with no role chosen yet is the welcome screen: the shell draws it.
  var home = location.hash.replace(/^#\/?/, '') === '';
  try {
    var raw = localStorage.getItem('hamdel/settings');
    var s = raw && JSON.parse(raw).settings;
    if (home && !(s && s.role)) root.setAttribute('data-boot', 'welcome');
    if (!s) return;
    if (s.locale === 'en') {
      root.setAttribute('lang', 'en');
      root.setAttribute('dir', 'ltr');
    }
    if (s.theme === 'light' || s.theme === 'dark') root.setAttribute('data-theme', s.theme);
  } catch (e) {
    // Storage blocked or settings unreadable: the app reports it once it starts.
  }
})();
