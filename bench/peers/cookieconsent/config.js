// vanilla-cookieconsent 3.x, set up as its documentation does it: the stylesheet in <head>, this file
// as a module that imports the UMD build ("Getting started"), Google Analytics through Consent Mode
// ("Google consent mode" guide: default denied, update from onConsent/onChange), and gtag.js itself
// blocked until "analytics" is accepted with `<script type="text/plain" data-category="analytics">`
// (its script-tag management), so that GA is gated the same way Assent's basic mode gates it.
import './cookieconsent.umd.js';

const MEASUREMENT_ID = 'G-BENCH00001';

window.dataLayer = window.dataLayer || [];
function gtag() {
  window.dataLayer.push(arguments);
}
gtag('consent', 'default', {
  ad_storage: 'denied',
  ad_user_data: 'denied',
  ad_personalization: 'denied',
  analytics_storage: 'denied',
});
gtag('js', new Date());
gtag('config', MEASUREMENT_ID);

function updateGtagConsent() {
  const marketing = CookieConsent.acceptedCategory('marketing') ? 'granted' : 'denied';
  gtag('consent', 'update', {
    analytics_storage: CookieConsent.acceptedCategory('analytics') ? 'granted' : 'denied',
    ad_storage: marketing,
    ad_user_data: marketing,
    ad_personalization: marketing,
  });
}

CookieConsent.run({
  // The one change from the defaults: it hides itself from automated browsers (navigator.webdriver),
  // which the benchmark is; a visitor's browser shows the banner as it does here.
  hideFromBots: false,
  onConsent: updateGtagConsent,
  onChange: updateGtagConsent,
  categories: {
    necessary: { enabled: true, readOnly: true },
    analytics: { autoClear: { cookies: [{ name: /^_ga/ }] } },
    marketing: {},
  },
  language: {
    default: 'en',
    translations: {
      en: {
        consentModal: {
          title: 'We use cookies',
          description: 'We would like to count visits and show you relevant offers. You choose.',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          showPreferencesBtn: 'Manage preferences',
          footer: '<a href="/privacy">Privacy policy</a>',
        },
        preferencesModal: {
          title: 'Cookie preferences',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          savePreferencesBtn: 'Save preferences',
          closeIconLabel: 'Close',
          sections: [
            {
              title: 'Necessary',
              description: 'Needed for the shop to work (your cart).',
              linkedCategory: 'necessary',
            },
            {
              title: 'Analytics',
              description: 'Counts visits so we can improve the shop (Google Analytics).',
              linkedCategory: 'analytics',
            },
            {
              title: 'Marketing',
              description: 'Measures our advertising and shows relevant offers.',
              linkedCategory: 'marketing',
            },
          ],
        },
      },
    },
  },
});
