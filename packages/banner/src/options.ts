// What a page can tell the banner, without lit: its options and the choice of language. The script tag reads its
// attributes through these before it loads the element.
export { BANNER_OPTIONS, checkBannerOption, type BannerOptions } from './banner/banner-options.js';
export { chooseLanguage, languages } from './i18n/language.js';
