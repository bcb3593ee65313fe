import type { BannerTexts, PlaceholderTexts } from '../language.js';
import banner from '../da.js';

/** Danish texts of the placeholders over embeds that wait for consent, with the banner's (the placeholders show its category labels and "Privacy policy"). @example import da from '@assent/banner/i18n/placeholders/da'; registerLanguage('da', da); */
const da: BannerTexts & PlaceholderTexts = {
  ...banner,
  embedTitle: 'Indhold fra {service}',
  embedText:
    'Når det indlæses, sendes din IP-adresse og adressen på denne side til {service}, som også kan sætte cookies.',
  loadOnce: 'Indlæs kun denne gang',
  alwaysAllow: 'Tillad altid: {category}',
};
export default da;
