// Stands in for Meta's fbevents.js. As documented for the pixel's consent API: it replays the stub's queue in order,
// then takes calls directly (fbq.callMethod); after fbq('consent', 'revoke') events are held, not sent, and no
// cookie is set; fbq('consent', 'grant') sends the held events and sets _fbp. Records everything in window.metaStandIn.
(function () {
  var fbq = window.fbq;
  var seen = (window.metaStandIn = {
    loads: (window.metaStandIn ? window.metaStandIn.loads : 0) + 1,
    calls: [],
    hits: [],
  });
  var granted = true;
  var pixels = [];
  var held = [];
  function send(event) {
    pixels.forEach(function (id) {
      seen.hits.push(event[0] + ':' + event[1]);
      standInHit('meta', { id: id, ev: event[1] });
    });
  }
  function run(args) {
    args = Array.prototype.slice.call(args);
    seen.calls.push(args);
    if (args[0] === 'consent') {
      granted = args[1] === 'grant';
      if (granted) {
        if (!/(?:^|; )_fbp=/.test(document.cookie)) standInCookie('_fbp', 'fb.1.' + Date.now() + '.1');
        held.splice(0).forEach(send);
      }
    } else if (args[0] === 'init') {
      pixels.push(args[1]);
    } else if (args[0] === 'track' || args[0] === 'trackCustom') {
      granted ? send(args) : held.push(args);
    }
  }
  fbq.callMethod = function () {
    run(arguments);
  };
  fbq.queue.splice(0).forEach(run);
})();
