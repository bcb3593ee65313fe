// A stand-in for Shopify's Customer Privacy API (which only a real Shopify storefront serves), loaded by the
// storefront's "Shopify" setup through Shopify.loadFeatures as a theme's content_for_header would. Like Shopify it
// keeps the visitor's decision in its _tracking_consent cookie, answers currentVisitorConsent() with 'yes', 'no' or
// '' per purpose, takes setTrackingConsent({ analytics, marketing, preferences, sale_of_data }, callback), calls
// back and dispatches visitorConsentCollected. Shopify's own analytics stand in as requests to
// /third-party/shopify/hit, sent only while analytics is allowed.
(function () {
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
  function pageView() {
    if (read().analytics === true)
      new Image().src = '/third-party/shopify/hit?ev=page_viewed&p=' + encodeURIComponent(location.pathname);
  }
  window.Shopify.customerPrivacy = {
    currentVisitorConsent: function () {
      var stored = read();
      return {
        marketing: answer(stored.marketing),
        analytics: answer(stored.analytics),
        preferences: answer(stored.preferences),
        sale_of_data: answer(stored.sale_of_data),
      };
    },
    setTrackingConsent: function (consent, callback) {
      var before = read();
      setTimeout(function () {
        var stored = {};
        ['analytics', 'marketing', 'preferences', 'sale_of_data'].forEach(function (key) {
          stored[key] = consent[key] === true;
        });
        document.cookie =
          COOKIE + '=' + encodeURIComponent(JSON.stringify(stored)) + '; path=/; max-age=31536000; samesite=lax';
        if (callback) callback();
        document.dispatchEvent(
          new CustomEvent('visitorConsentCollected', {
            detail: {
              analyticsAllowed: stored.analytics,
              marketingAllowed: stored.marketing,
              preferencesAllowed: stored.preferences,
              saleOfDataAllowed: stored.sale_of_data,
            },
          }),
        );
        // Shopify starts its analytics once allowed.
        if (stored.analytics && before.analytics !== true) pageView();
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
  pageView();
})();
