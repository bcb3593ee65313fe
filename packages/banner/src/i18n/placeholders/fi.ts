import type { BannerTexts, PlaceholderTexts } from '../language.js';
import banner from '../fi.js';

/** Finnish texts of the placeholders over embeds that wait for consent, with the banner's (the placeholders show its category labels and "Privacy policy"). @example import fi from '@assent/banner/i18n/placeholders/fi'; registerLanguage('fi', fi); */
const fi: BannerTexts & PlaceholderTexts = {
  ...banner,
  embedTitle: 'Sisältöä palvelusta {service}',
  embedText:
    'Lataaminen lähettää IP-osoitteesi ja tämän sivun osoitteen palveluun {service}, joka voi myös tallentaa evästeitä.',
  loadOnce: 'Lataa tämän kerran',
  alwaysAllow: 'Salli aina: {category}',
};
export default fi;
