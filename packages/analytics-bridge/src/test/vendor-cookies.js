// Shared by the vendor stand-ins: sets a cookie both host-only and on the parent domain (.shop.test), as the
// vendors' real scripts may, so that the tests can show withdrawal deleting both.
window.standInCookie = function (name, value) {
  document.cookie = name + '=' + value + '; path=/; max-age=3600';
  var parts = location.hostname.split('.');
  if (parts.length > 2)
    document.cookie = name + '=' + value + '; path=/; max-age=3600; domain=.' + parts.slice(1).join('.');
};
// A hit leaves the page as a request, as the vendors' hits do (answered 404 here, which is enough to be seen).
window.standInHit = function (vendor, what) {
  new Image().src = '/packages/analytics-bridge/src/test/hits/' + vendor + '?' + new URLSearchParams(what);
};
