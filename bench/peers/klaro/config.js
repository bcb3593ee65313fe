// klaro 0.7, set up as its documentation does it: `window.klaroConfig` in its own file, loaded
// before klaro.js (the default build, with its styles and translations). Services are grouped by
// purpose; each gated element names its service (`data-name`). Google Analytics follows klaro's
// Consent Mode recipe: default denied in onInit, update in onAccept / onDecline (functions here,
// where the recipe uses strings, so that nothing needs eval).
window.dataLayer = window.dataLayer || [];
function gtag() {
  window.dataLayer.push(arguments);
}

// biome-ignore lint/correctness/noUnusedVariables: klaro reads the global klaroConfig.
var klaroConfig = {
  version: 1,
  acceptAll: true,
  hideDeclineAll: false,
  hideLearnMore: false,
  groupByPurpose: true,
  translations: {
    zz: { privacyPolicyUrl: '/privacy' },
    en: {
      purposes: { analytics: 'Analytics', marketing: 'Marketing' },
      'google-analytics': { description: 'Counts visits so we can improve the shop.' },
      'shop-statistics': { description: 'Our own visit statistics.' },
      'marketing-pixel': { description: 'Measures our advertising and shows relevant offers.' },
    },
  },
  services: [
    {
      name: 'google-analytics',
      title: 'Google Analytics',
      purposes: ['analytics'],
      cookies: [/^_ga(_.*)?/],
      onInit: function () {
        gtag('consent', 'default', {
          ad_storage: 'denied',
          ad_user_data: 'denied',
          ad_personalization: 'denied',
          analytics_storage: 'denied',
        });
        gtag('js', new Date());
        gtag('config', 'G-BENCH00001');
      },
      onAccept: function () {
        gtag('consent', 'update', { analytics_storage: 'granted' });
      },
      onDecline: function () {
        gtag('consent', 'update', { analytics_storage: 'denied' });
      },
    },
    { name: 'shop-statistics', title: 'Shop statistics', purposes: ['analytics'] },
    {
      name: 'marketing-pixel',
      title: 'Marketing pixel',
      purposes: ['marketing'],
      onAccept: function () {
        gtag('consent', 'update', { ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted' });
      },
      onDecline: function () {
        gtag('consent', 'update', { ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' });
      },
    },
  ],
};
