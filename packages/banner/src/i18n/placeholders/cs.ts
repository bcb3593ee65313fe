import type { BannerTexts, PlaceholderTexts } from '../language.js';
import banner from '../cs.js';

/** Czech texts of the placeholders over embeds that wait for consent, with the banner's (the placeholders show its category labels and "Privacy policy"). @example import cs from '@assent/banner/i18n/placeholders/cs'; registerLanguage('cs', cs); */
const cs: BannerTexts & PlaceholderTexts = {
  ...banner,
  embedTitle: 'Obsah ze služby {service}',
  embedText:
    'Načtením se vaše IP adresa a adresa této stránky odešlou službě {service}, která může také ukládat soubory cookie.',
  loadOnce: 'Načíst jen tentokrát',
  alwaysAllow: 'Vždy povolit: {category}',
};
export default cs;
