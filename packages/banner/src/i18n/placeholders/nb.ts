import type { BannerTexts, PlaceholderTexts } from '../language.js';
import banner from '../nb.js';

/** Norwegian Bokmål texts of the placeholders over embeds that wait for consent, with the banner's (the placeholders show its category labels and "Privacy policy"). @example import nb from '@assent/banner/i18n/placeholders/nb'; registerLanguage('nb', nb); */
const nb: BannerTexts & PlaceholderTexts = {
  ...banner,
  embedTitle: 'Innhold fra {service}',
  embedText:
    'Når det lastes inn, sendes IP-adressen din og adressen til denne siden til {service}, som også kan lagre informasjonskapsler.',
  loadOnce: 'Last inn bare denne gangen',
  alwaysAllow: 'Tillat alltid: {category}',
};
export default nb;
