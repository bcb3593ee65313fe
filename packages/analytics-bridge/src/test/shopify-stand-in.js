// Stands in for Shopify's storefront Customer Privacy API, as Shopify documents it:
// - window.Shopify.loadFeatures([{ name: 'consent-tracking-api', version: '0.1' }], callback) makes
//   window.Shopify.customerPrivacy available, then calls back (with an error for an unknown feature);
// - customerPrivacy.currentVisitorConsent() returns { analytics, marketing, preferences, sale_of_data }, each 'yes',
//   'no', or '' while the visitor has not decided;
// - customerPrivacy.setTrackingConsent({ analytics, marketing, preferences, sale_of_data }, callback) stores the
//   decision (Shopify keeps it in its _tracking_consent cookie), calls back, and dispatches `visitorConsentCollected`
//   on document with { analyticsAllowed, marketingAllowed, preferencesAllowed, saleOfDataAllowed, … };
// - analyticsProcessingAllowed(), marketingAllowed(), preferencesProcessingAllowed(), saleOfDataAllowed().
// `?preloaded` makes customerPrivacy present at once (a theme that loaded it already).
// Records every call in window.shopifyStandIn.calls, and the pixels Shopify would fire in .pixels.
(function () {
  var script = document.currentScript;
  var preloaded = script && new URL(script.src).searchParams.has('preloaded');
  var seen = (window.shopifyStandIn = { calls: [], pixels: [] });
  var COOKIE = '_tracking_consent';

  function read() {
    var match = new RegExp('(?:^|; )' + COOKIE + '=([^;]*)').exec(document.cookie);
    try {
      return match ? JSON.parse(decodeURIComponent(match[1])) : {};
    } catch {
      return {};
    }
  }
  function answer(value) {
    return value === true ? 'yes' : value === false ? 'no' : '';
  }
  var privacy = {
    currentVisitorConsent: function () {
      var stored = read();
      seen.calls.push(['currentVisitorConsent']);
      return {
        marketing: answer(stored.marketing),
        analytics: answer(stored.analytics),
        preferences: answer(stored.preferences),
        sale_of_data: answer(stored.sale_of_data),
      };
    },
    setTrackingConsent: function (consent, callback) {
      seen.calls.push(['setTrackingConsent', JSON.parse(JSON.stringify(consent))]);
      var bad =
        !consent ||
        typeof consent !== 'object' ||
        Object.keys(consent).some(function (key) {
          return (
            [
              'analytics',
              'marketing',
              'preferences',
              'sale_of_data',
              'headlessStorefront',
              'checkoutRootDomain',
              'storefrontRootDomain',
              'storefrontAccessToken',
            ].indexOf(key) < 0
          );
        });
      // Shopify answers over the network: the callback and the event come later, never during the call.
      setTimeout(function () {
        // A later page (the next test) has its own stand-in: this one no longer answers.
        if (window.shopifyStandIn !== seen) return;
        if (bad) return callback && callback({ error: 'invalid consent' });
        var stored = read();
        ['analytics', 'marketing', 'preferences', 'sale_of_data'].forEach(function (key) {
          if (typeof consent[key] === 'boolean') stored[key] = consent[key];
        });
        document.cookie = COOKIE + '=' + encodeURIComponent(JSON.stringify(stored)) + '; path=/; max-age=31536000';
        if (callback) callback();
        var detail = {
          analyticsAllowed: stored.analytics === true,
          marketingAllowed: stored.marketing === true,
          preferencesAllowed: stored.preferences === true,
          saleOfDataAllowed: stored.sale_of_data !== false,
          firstPartyMarketingAllowed: stored.marketing === true,
          thirdPartyMarketingAllowed: stored.marketing === true && stored.sale_of_data !== false,
        };
        if (detail.analyticsAllowed) seen.pixels.push('analytics');
        if (detail.marketingAllowed) seen.pixels.push('marketing');
        document.dispatchEvent(new CustomEvent('visitorConsentCollected', { detail: detail }));
      }, 10);
    },
    analyticsProcessingAllowed: function () {
      return read().analytics === true;
    },
    marketingAllowed: function () {
      return read().marketing === true;
    },
    preferencesProcessingAllowed: function () {
      return read().preferences === true;
    },
    saleOfDataAllowed: function () {
      return read().sale_of_data !== false;
    },
  };

  window.Shopify = window.Shopify || {};
  window.Shopify.loadFeatures = function (features, callback) {
    seen.calls.push(['loadFeatures', features]);
    var known = features.every(function (feature) {
      return feature.name === 'consent-tracking-api';
    });
    setTimeout(function () {
      if (window.shopifyStandIn !== seen) return;
      if (!known) return callback(new Error('unknown feature'));
      window.Shopify.customerPrivacy = privacy;
      callback();
    }, 20);
  };
  if (preloaded) window.Shopify.customerPrivacy = privacy;
})();
