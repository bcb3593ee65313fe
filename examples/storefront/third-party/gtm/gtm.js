// A stand-in for a Google Tag Manager container (Google's hosts cannot be reached from this example). Like gtm.js
// it reads the dataLayer from its first entry and every later push, follows Consent Mode (`consent` commands in
// `arguments` entries), and holds one tag: a GA4 tag for G-LENSCOGTM that, as Consent Mode requires, sends its
// page view to /third-party/g/collect only once analytics_storage is granted. Records what it read in
// window.gtmStandIn (`entries`, and `consentAtLoad`: the signals in force when the container arrived).
(function () {
  var layer = (window.dataLayer = window.dataLayer || []);
  var consent = {};
  var seen = (window.gtmStandIn = { entries: [], consentAtLoad: null, hits: [] });
  var sent = false;
  function pageView() {
    if (sent || consent.analytics_storage !== 'granted') return;
    sent = true;
    var query = 'v=2&tid=G-LENSCOGTM&en=page_view&gcs=G10' + (consent.analytics_storage === 'granted' ? '1' : '0');
    seen.hits.push(query);
    new Image().src = '/third-party/g/collect?' + query;
  }
  function read(entry) {
    if (Array.isArray(entry)) return;
    var isArguments = Object.prototype.toString.call(entry) === '[object Arguments]';
    var value = isArguments ? Array.prototype.slice.call(entry) : entry;
    seen.entries.push(value);
    if (isArguments && value[0] === 'consent') {
      Object.keys(value[2] || {}).forEach(function (key) {
        if (key !== 'wait_for_update' && key !== 'region') consent[key] = value[2][key];
      });
    }
  }
  layer.forEach(read);
  seen.consentAtLoad = JSON.parse(JSON.stringify(consent));
  pageView();
  var push = layer.push;
  layer.push = function () {
    Array.prototype.forEach.call(arguments, read);
    pageView();
    return push.apply(layer, arguments);
  };
})();
