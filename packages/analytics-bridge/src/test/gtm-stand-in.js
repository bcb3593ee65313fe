// Stands in for Google Tag Manager's gtm.js, since Google's hosts cannot be reached from here. Like gtm.js it reads
// the dataLayer from its first entry and every later push, both gtag commands (`arguments` objects; arrays are
// ignored) and plain objects (events), and follows Consent Mode. Records in window.gtmStandIn: the container id
// and nonce of each load, every entry in the order it read them, and the consent state when it arrived.
(function () {
  var script = document.currentScript;
  var seen = (window.gtmStandIn = window.gtmStandIn || { loads: [], nonces: [], entries: [], consentAtLoad: null });
  seen.loads.push(script ? new URL(script.src).searchParams.get('id') : null);
  seen.nonces.push(script ? script.nonce : null);
  var layer = (window.dataLayer = window.dataLayer || []);
  if (layer.gtmStandIn) return;
  var consent = {};
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
  seen.consent = consent;
  var push = layer.push;
  layer.gtmStandIn = true;
  layer.push = function () {
    Array.prototype.forEach.call(arguments, read);
    return push.apply(layer, arguments);
  };
})();
