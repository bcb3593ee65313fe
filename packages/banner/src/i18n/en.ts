/**
 * English texts, bundled in `<assent-banner>` as the fallback for every missing key.
 * Keys named after a category (`analytics`) label its switch; `<name>Text` describes it; `<name>Purpose` names it
 * in the first layer's sentence `consentFor` (a phrase that fits its `{purposes}`, listed with the language's "and").
 * The placeholders over embeds have texts of their own (`@assent/banner/i18n/placeholders/en`).
 *
 * @example
 * import en from '@assent/banner/i18n/en';
 * banner.texts = { ...en, title: 'Cookies?' };
 */
export default {
  title: 'Your privacy, your choice',
  intro: 'We use cookies the shop needs to work.',
  consentFor: 'With your consent we also use cookies to {purposes}.',
  anyTime: 'You can change your choice at any time.',
  preferencesPurpose: 'remember your settings',
  analyticsPurpose: 'measure visits',
  marketingPurpose: 'show relevant ads',
  otherPurpose: 'serve the purposes listed in the preferences',
  listComma: ', ',
  listAnd: ' and ',
  privacy: 'Privacy policy',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  customize: 'Customize',
  close: 'Close',
  gpc: 'Your browser sends a privacy signal (GPC). We honour it: marketing stays off.',
  preferencesTitle: 'Privacy preferences',
  save: 'Save choices',
  reference: 'Your consent reference:',
  settings: 'Privacy settings',
  cookies: 'Cookies',
  necessary: 'Necessary',
  necessaryText: 'Needed for the shop to work, such as the cart, login and security. Always on.',
  preferences: 'Preferences',
  preferencesText: 'Remember your choices, such as language and region.',
  analytics: 'Analytics',
  analyticsText: 'Count visits and see how the shop is used, so that we can improve it.',
  marketing: 'Marketing',
  marketingText: 'Show you relevant ads on other sites and measure how well they work.',
};
