/**
 * English texts, bundled in `<assent-banner>` as the fallback for every missing key.
 * Keys named after a category (`analytics`) label its switch; `<name>Text` describes it.
 *
 * @example
 * import en from '@assent/banner/i18n/en';
 * banner.texts = { ...en, title: 'Cookies?' };
 */
export default {
  title: 'Your privacy, your choice',
  text: 'We use cookies the shop needs to work. With your consent we also use cookies to remember your settings, measure visits and show relevant ads. You can change your choice at any time.',
  privacy: 'Privacy policy',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  customize: 'Customize',
  close: 'Close',
  gpc: 'Your browser sends a privacy signal (GPC). We honour it: marketing stays off.',
  preferencesTitle: 'Privacy preferences',
  save: 'Save choices',
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
