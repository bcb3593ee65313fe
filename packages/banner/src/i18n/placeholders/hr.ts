import type { BannerTexts, PlaceholderTexts } from '../language.js';
import banner from '../hr.js';

/** Croatian texts of the placeholders over embeds that wait for consent, with the banner's (the placeholders show its category labels and "Privacy policy"). @example import hr from '@assent/banner/i18n/placeholders/hr'; registerLanguage('hr', hr); */
const hr: BannerTexts & PlaceholderTexts = {
  ...banner,
  embedTitle: 'Sadržaj usluge {service}',
  embedText:
    'Učitavanjem se vaša IP adresa i adresa ove stranice šalju usluzi {service}, koja može postaviti i kolačiće.',
  loadOnce: 'Učitaj samo ovaj put',
  alwaysAllow: 'Uvijek dopusti: {category}',
};
export default hr;
