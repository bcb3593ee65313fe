// What a page can tell the banner, without lit: its options, the choice of language and its opener links. The script tag reads its
// attributes through these before it loads the element.
export { BANNER_OPTIONS, checkBannerOption, type BannerOptions } from './banner/banner-options.js';
export { chooseLanguage, languages } from './i18n/language.js';
export { showsNotice } from './banner/notice.js';
export { OPENER_ATTRIBUTE, openerOf } from './opener/opener.js';
export { announceChanges, assentEvent, type AssentReadyEvent } from './events/events.js';
