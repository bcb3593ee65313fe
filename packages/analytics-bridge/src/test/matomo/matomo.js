// Stands in for matomo.js (served as <url>matomo.js, the name Matomo gives it). It reads the _paq queue in order and then replaces _paq with an object whose push runs
// each command. As Matomo documents its consent API: after requireConsent nothing is tracked and no cookie is set
// until setConsentGiven (requests made before are held, then sent); forgetConsentGiven stops tracking again and
// deletes Matomo's cookies (on this host only, as matomo.js knows no other domain unless told). Records in
// window.matomoStandIn: every command, the tracking requests.
(function () {
  var seen = (window.matomoStandIn = { commands: [], hits: [] });
  var consentRequired = false;
  var consentGiven = false;
  var tracker = '';
  var site = '';
  var held = [];
  function track(what) {
    if (consentRequired && !consentGiven) return held.push(what);
    standInCookie('_pk_id.' + site + '.1a2b', 'abc.' + Date.now());
    standInCookie('_pk_ses.' + site + '.1a2b', '1');
    seen.hits.push(what);
    standInHit('matomo', { idsite: site, action: what, tracker: tracker });
  }
  function run(command) {
    seen.commands.push(command.slice());
    var name = command[0];
    if (name === 'requireConsent') consentRequired = true;
    else if (name === 'setTrackerUrl') tracker = command[1];
    else if (name === 'setSiteId') site = command[1];
    else if (name === 'setConsentGiven') {
      consentGiven = true;
      held.splice(0).forEach(track);
    } else if (name === 'forgetConsentGiven') {
      consentGiven = false;
      document.cookie.split('; ').forEach(function (pair) {
        var cookie = pair.split('=')[0];
        if (/^_pk_/.test(cookie)) document.cookie = cookie + '=; path=/; max-age=0';
      });
      document.cookie = 'mtm_consent_removed=' + Date.now() + '; path=/';
    } else if (name === 'trackPageView') track('pageview');
    else if (name === 'trackEvent' || name === 'trackGoal') track(name);
  }
  var queue = window._paq || [];
  window._paq = {
    push: function () {
      Array.prototype.forEach.call(arguments, run);
    },
  };
  queue.forEach(run);
})();
