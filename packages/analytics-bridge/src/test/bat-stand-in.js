// Stands in for Microsoft's bat.js (UET). As Microsoft's snippet expects, it defines window.UET, whose tracker is
// built with the queue the page filled ({ ti, q }) and reads it as one flat sequence of commands; after that the
// page pushes to the tracker. Consent mode: while ad_storage is denied no cookie is set or read; granted, _uetsid
// and _uetvid are set. Records in window.uetStandIn: the tag ids, every command, the hits.
(function () {
  var seen = (window.uetStandIn = { loads: 0, commands: [], hits: [] });
  var adStorage = 'granted';
  function UET(options) {
    seen.loads += 1;
    this.ti = options.ti;
    this.push.apply(this, options.q || []);
  }
  UET.prototype.push = function () {
    var items = Array.prototype.slice.call(arguments);
    while (items.length) {
      var command = items.shift();
      if (command === 'consent') {
        var kind = items.shift();
        var signals = items.shift();
        seen.commands.push(['consent', kind, signals]);
        if (signals && signals.ad_storage) adStorage = signals.ad_storage;
      } else if (command === 'pageLoad' || command === 'event') {
        var action = command === 'event' ? items.shift() : 'pageLoad';
        if (command === 'event') items.shift();
        seen.commands.push([command, action]);
        if (adStorage === 'granted') {
          standInCookie('_uetsid', 'sid' + Date.now());
          standInCookie('_uetvid', 'vid' + Date.now());
        }
        seen.hits.push(action + (adStorage === 'granted' ? '' : ':cookieless'));
        standInHit('uet', { ti: this.ti, ea: action });
      } else {
        seen.commands.push([command]);
      }
    }
  };
  window.UET = UET;
})();
