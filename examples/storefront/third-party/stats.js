// A stand-in for a third-party statistics script, gated by data-consent="analytics": counts the page view
// in its own cookie and reports it to /third-party/stats/hit.
(function () {
  var match = /(?:^|; )_shopstats=(\d+)/.exec(document.cookie);
  var views = (match ? +match[1] : 0) + 1;
  document.cookie = '_shopstats=' + views + '; path=/; max-age=31536000; samesite=lax';
  new Image().src = '/third-party/stats/hit?page=' + encodeURIComponent(location.pathname);
  window.shopStatsRuns = (window.shopStatsRuns || 0) + 1;
})();
