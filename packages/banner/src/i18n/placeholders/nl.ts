import type { BannerTexts, PlaceholderTexts } from '../language.js';
import banner from '../nl.js';

/** Dutch texts of the placeholders over embeds that wait for consent, with the banner's (the placeholders show its category labels and "Privacy policy"). @example import nl from '@assent/banner/i18n/placeholders/nl'; registerLanguage('nl', nl); */
const nl: BannerTexts & PlaceholderTexts = {
  ...banner,
  embedTitle: 'Inhoud van {service}',
  embedText:
    'Bij het laden gaan je IP-adres en het adres van deze pagina naar {service}, dat ook cookies kan plaatsen.',
  loadOnce: 'Eenmalig laden',
  alwaysAllow: 'Altijd toestaan: {category}',
};
export default nl;
