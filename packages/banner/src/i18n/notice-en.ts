/**
 * English texts of the first layer where a region's law asks for an opt-out instead of consent (a US state's, see
 * core's `ruleInForce`), bundled with the banner only (the placeholders never show them): the title, what is used
 * unless the visitor opts out (`noticeFor`, a sentence of the same form as `consentFor`), that sharing with
 * advertising partners may be selling or sharing (`sale`, only where the site has marketing), and the two buttons.
 * Every other language file carries the same keys.
 *
 * @example
 * import notice from '@assent/banner/i18n/notice-en';
 * banner.texts = { ...notice, ok: 'Got it' };
 */
export default {
  noticeTitle: 'Your privacy choices',
  noticeFor: 'We also use cookies to {purposes}, unless you opt out.',
  sale: 'Sharing data with advertising partners may count as selling or sharing your personal information.',
  doNotSell: 'Do Not Sell or Share My Personal Information',
  ok: 'OK',
};
