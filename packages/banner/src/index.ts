export { AssentBanner } from './banner/banner.component.js';
export { BANNER_OPTIONS, checkBannerOption, type BannerOptions } from './banner/banner-options.js';
export { registerLanguage, registeredLanguage, chooseLanguage, directionOf, languages } from './i18n/language.js';
export type { BannerTexts, PlaceholderTexts } from './i18n/language.js';
export {
  announceChanges,
  assentEvent,
  type AssentChangeEvent,
  type AssentEvents,
  type AssentHideEvent,
  type AssentReadyEvent,
  type AssentShowEvent,
  type HideReason,
} from './events/events.js';
export { OPENER_ATTRIBUTE, openerOf } from './opener/opener.js';
