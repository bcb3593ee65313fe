// Stands in for https://www.googletagmanager.com/gtag/js (Google's hosts are unreachable here).
// Like gtag.js it reads the dataLayer (arguments objects only: gtag.js ignores arrays), keeps the
// consent state, and sends one page_view hit once a "config" is seen, unless analytics_storage is denied: gtag.js in
// Consent Mode's basic form, where a page that sets no state sends its hit and a denied one sends nothing.
(function () {
  var dataLayer = (window.dataLayer = window.dataLayer || []);
  var consent = {};
  var ids = [];
  var sent = false;
  var ga = (window.__benchGa = { loadedAt: performance.now(), consent: consent, hitAt: null });
  function handle(entry) {
    if (!entry || typeof entry !== 'object' || Array.isArray(entry) || typeof entry.length !== 'number') return;
    if (entry[0] === 'consent' && entry[2]) for (var key in entry[2]) consent[key] = entry[2][key];
    if (entry[0] === 'config') ids.push(entry[1]);
    if (!sent && ids.length && consent.analytics_storage !== 'denied') {
      sent = true;
      ga.hitAt = performance.now();
      fetch('https://www.google-analytics.com/g/collect?v=2&en=page_view&tid=' + encodeURIComponent(ids[0]), {
        method: 'POST',
        mode: 'no-cors',
        keepalive: true,
      });
    }
  }
  var push = dataLayer.push;
  dataLayer.push = function () {
    for (var i = 0; i < arguments.length; i++) handle(arguments[i]);
    return push.apply(dataLayer, arguments);
  };
  for (var i = 0; i < dataLayer.length; i++) handle(dataLayer[i]);
})();
