// Stands in for Microsoft Clarity's tag. It replays the stub's queue (clarity.q) and then takes calls directly;
// consentv2 sets its storage signals: only with analytics_Storage granted are _clck and _clsk set and the session
// recorded. Records in window.clarityStandIn: the project id of each load, every call, the recorded sessions.
(function () {
  var src = document.currentScript && document.currentScript.src;
  var seen = (window.clarityStandIn = { loads: [], calls: [], sessions: 0 });
  seen.loads.push(src ? new URL(src).pathname.split('/').pop() : null);
  var queue = (window.clarity && window.clarity.q) || [];
  var analytics = 'denied';
  function run(args) {
    args = Array.prototype.slice.call(args);
    seen.calls.push(args);
    if (args[0] === 'consentv2') {
      analytics = args[1].analytics_Storage;
      if (analytics === 'granted') {
        standInCookie('_clck', 'ck' + Date.now());
        standInCookie('_clsk', 'sk' + Date.now());
        seen.sessions += 1;
        standInHit('clarity', { s: seen.sessions });
      }
    }
  }
  window.clarity = function () {
    run(arguments);
  };
  queue.forEach(run);
})();
