import type { BannerTexts, PlaceholderTexts } from '../language.js';
import banner from '../sl.js';

/** Slovenian texts of the placeholders over embeds that wait for consent, with the banner's (the placeholders show its category labels and "Privacy policy"). @example import sl from '@assent/banner/i18n/placeholders/sl'; registerLanguage('sl', sl); */
const sl: BannerTexts & PlaceholderTexts = {
  ...banner,
  embedTitle: 'Vsebina storitve {service}',
  embedText:
    'Ob nalaganju se vaš naslov IP in naslov te strani pošljeta storitvi {service}, ki lahko shrani tudi piškotke.',
  loadOnce: 'Naloži samo tokrat',
  alwaysAllow: 'Vedno dovoli: {category}',
};
export default sl;
