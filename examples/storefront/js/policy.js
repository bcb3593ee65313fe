// The shop's consent configuration, one per privacy policy described in ../POLICIES.md.
// Loaded before assent.js: it sets window.assentConfig for the policy chosen in the page header
// (kept in the necessary cookie shop_policy; ?policy=002 also chooses one).
(function () {
  var gaCookies = [/^_ga/, '_gid'];
  var shared = {
    necessary: {
      description: 'The shop cannot work without these.',
      services: [
        { name: 'Shopping cart', description: 'Remembers what is in your cart.', cookies: ['shop_cart'] },
        { name: 'Payment', description: 'Our payment processor handles your card during checkout.' },
        {
          name: 'Consent',
          description: 'Remembers your cookie choices and which policy you saw.',
          cookies: ['assent', 'shop_policy'],
        },
      ],
    },
    // Google cannot be reached from this example: a local stand-in of gtag.js plays its part.
    gaScriptUrl: '/third-party/gtag/js',
  };
  var analytics = function (description) {
    return {
      name: 'analytics',
      description: description,
      services: [
        {
          name: 'Google Analytics',
          description: 'Aggregate traffic and orders; IP addresses anonymized; no advertising features.',
          cookies: gaCookies,
        },
        { name: 'Shop statistics', description: 'Counts page views.', cookies: ['_shopstats'] },
      ],
    };
  };
  var preferences = {
    name: 'preferences',
    description: 'Remembers your settings, such as the currency, between visits.',
    services: [{ name: 'Currency memory', description: 'Keeps the currency you picked.', cookies: ['shop_currency'] }],
  };
  var video = {
    // An id gives the partner a switch of its own (per-service consent): data-consent="videohost" gates its embed.
    id: 'videohost',
    name: 'VideoHost',
    description: 'Plays our fitting videos; sets cookies to recognise you across sites.',
    cookies: ['_vh_id'],
  };

  var policies = {
    '000': {
      shop: 'Lens & Co (optics store)',
      summary:
        'Cart in a necessary cookie; Google Analytics only with consent, IPs anonymized, advertising features off; orders tracked as aggregate data; nothing third-party before consent.',
      // Cookies for the cart and aggregate traffic data only: no marketing, no embed that follows visitors elsewhere.
      widgets: ['stats'],
      config: {
        policyVersion: '000-2024-05',
        categories: [analytics('Aggregate traffic data, so that we understand how visitors use the shop.')],
        ga: 'G-LENSCO000',
        gaMode: 'basic',
        advertising: false,
      },
    },
    '001': {
      shop: 'Optimetra (optics consultancy)',
      summary:
        'No tracking at all: only an optional cookie that remembers your preferences, never used across other sites.',
      widgets: ['currency'],
      config: { policyVersion: '001-2024-01', categories: [preferences] },
    },
    '002': {
      shop: 'Kasperek Optical (optical lab)',
      summary:
        'Visit statistics and marketing only with opt-in; Do Not Track and Global Privacy Control are honoured; withdraw any time.',
      // "We do not knowingly enable other parties to collect … across different sites": no video embed that does.
      widgets: ['stats', 'pixel'],
      config: {
        policyVersion: '002-2017-10',
        categories: [
          analytics('Web logs and cookies about visits and devices.'),
          {
            name: 'marketing',
            description: 'Marketing communications and ads, only if you opt in.',
            services: [{ name: 'AdPixel', description: 'Measures our ads.', cookies: ['_adpx'] }],
          },
        ],
        ga: 'G-KASPER002',
        advertising: false,
        dnt: true,
      },
    },
    '003': {
      shop: 'Optizmo (marketing technology)',
      summary:
        'Cookies recognise you and remember progress; business partners may target ads only with consent; the newest choice wins; new uses are announced and asked again.',
      widgets: ['currency', 'pixel', 'video'],
      config: {
        policyVersion: '003-2011-11',
        categories: [
          preferences,
          {
            name: 'marketing',
            description: 'Helps our business partners target advertising.',
            // Each business partner by name, with the cookies it sets, and a switch of its own: a visitor may
            // watch the fitting video without letting the ad pixel measure them.
            services: [
              { id: 'adpixel', name: 'AdPixel', description: 'Our partner for ad measurement.', cookies: ['_adpx'] },
              video,
            ],
          },
        ],
      },
    },
    '004': {
      shop: 'Optokingdom (LED screens)',
      summary:
        'Language preference, visit count and pages clicked, each only with consent: opt-in, as the EU requires, although the policy says visiting is acceptance. Payment is necessary.',
      widgets: ['currency', 'stats'],
      config: {
        policyVersion: '004-2019-07',
        categories: [preferences, analytics('Visit counts and pages clicked.')],
        ga: 'G-OPTOKD004',
        advertising: false,
        mode: 'opt-in',
      },
    },
  };

  var match = /(?:^|; )shop_policy=(\d{3})/.exec(document.cookie);
  var asked = /[?&]policy=(\d{3})/.exec(location.search);
  var id = asked && policies[asked[1]] ? asked[1] : match && policies[match[1]] ? match[1] : '000';
  if (!match || match[1] !== id) document.cookie = 'shop_policy=' + id + '; path=/; max-age=31536000; samesite=lax';
  var policy = policies[id];
  window.shopPolicies = policies;
  window.shopPolicy = { id: id, shop: policy.shop, summary: policy.summary, widgets: policy.widgets };
  var config = { texts: { title: 'Cookies at ' + policy.shop.replace(/ \(.*/, '') } };
  for (var key in shared) config[key] = shared[key];
  for (key in policy.config) config[key] = policy.config[key];

  // How the shop runs Assent (a second, independent switcher): the script tag alone, on Shopify (whose Customer
  // Privacy API Assent finds by itself), or with Google Analytics inside a Google Tag Manager container.
  var setups = {
    tag: 'Script tag alone',
    shopify: 'On Shopify (Customer Privacy API)',
    gtm: 'Google Tag Manager container',
  };
  var setupMatch = /(?:^|; )shop_setup=(\w+)/.exec(document.cookie);
  var setupAsked = /[?&]setup=(\w+)/.exec(location.search);
  var setup =
    setupAsked && setups[setupAsked[1]] ? setupAsked[1] : setupMatch && setups[setupMatch[1]] ? setupMatch[1] : 'tag';
  // Remembered only when the visitor picked a setup, so that a first visit sets no cookie but the shop's own.
  if (setupAsked && (!setupMatch || setupMatch[1] !== setup))
    document.cookie = 'shop_setup=' + setup + '; path=/; max-age=31536000; samesite=lax';
  window.shopSetups = setups;
  window.shopSetup = setup;
  if (setup === 'gtm' && config.ga) {
    // The same Google Analytics, configured inside the container instead of by data-ga.
    delete config.ga;
    config.gtm = 'GTM-LENSCO1';
    config.gtmScriptUrl = '/third-party/gtm/gtm.js';
  }
  if (setup === 'shopify') {
    // What a Shopify theme's content_for_header provides: window.Shopify, and loadFeatures to fetch the API.
    window.Shopify = {
      shop: 'lens-co.myshopify.com',
      loadFeatures: function (features, callback) {
        var script = document.createElement('script');
        script.src = '/third-party/shopify/consent-tracking-api.js';
        script.onload = function () {
          callback();
        };
        script.onerror = function () {
          callback(new Error('consent-tracking-api could not be loaded'));
        };
        document.head.append(script);
      },
    };
    config.necessary.services = config.necessary.services.concat([
      {
        name: 'Shopify',
        description: 'Runs the shop and its checkout; remembers your choices for Shopify.',
        cookies: ['_tracking_consent'],
      },
    ]);
  }
  // Rules by region (a third switcher): where the visitor is, as a real shop's CDN would say in a country header.
  // A real server writes data-region on the script tag, or sets the assent_region cookie at the edge; this static
  // example plays that server by setting the cookie. "Everywhere the same" turns rules by region off.
  var regions = {
    same: 'Everywhere the same (no rules by region)',
    DE: 'Germany (DE): opt-in',
    'US-CA': 'California (US-CA): opt-out, Do Not Sell or Share',
    unknown: 'Unknown (no region hint): the strictest rule',
  };
  var regionMatch = /(?:^|; )shop_region=([\w-]+)/.exec(document.cookie);
  var regionAsked = /[?&]region=([\w-]+)/.exec(location.search);
  var region =
    regionAsked && regions[regionAsked[1]]
      ? regionAsked[1]
      : regionMatch && regions[regionMatch[1]]
        ? regionMatch[1]
        : 'same';
  if (regionAsked && (!regionMatch || regionMatch[1] !== region))
    document.cookie = 'shop_region=' + region + '; path=/; max-age=31536000; samesite=lax';
  window.shopRegions = regions;
  window.shopRegion = region;
  if (region === 'same') document.cookie = 'assent_region=; path=/; max-age=0';
  else {
    config.regions = true;
    if (region === 'unknown') document.cookie = 'assent_region=; path=/; max-age=0';
    else document.cookie = 'assent_region=' + region + '; path=/; samesite=lax';
  }
  window.assentConfig = config;
})();
