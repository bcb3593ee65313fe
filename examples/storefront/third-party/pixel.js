// A stand-in for an advertising pixel, gated by data-consent="marketing".
(function () {
  if (!/(?:^|; )_adpx=/.test(document.cookie)) {
    document.cookie = '_adpx=' + Math.random().toString(36).slice(2) + '; path=/; max-age=7776000; samesite=lax';
  }
  new Image().src = '/third-party/pixel.gif?event=PageView&page=' + encodeURIComponent(location.pathname);
  window.shopPixelRuns = (window.shopPixelRuns || 0) + 1;
})();
