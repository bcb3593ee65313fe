import type { BannerTexts, PlaceholderTexts } from '../language.js';
import banner from '../sv.js';

/** Swedish texts of the placeholders over embeds that wait for consent, with the banner's (the placeholders show its category labels and "Privacy policy"). @example import sv from '@assent/banner/i18n/placeholders/sv'; registerLanguage('sv', sv); */
const sv: BannerTexts & PlaceholderTexts = {
  ...banner,
  embedTitle: 'Innehåll från {service}',
  embedText:
    'När det laddas skickas din IP-adress och adressen till den här sidan till {service}, som även kan sätta kakor.',
  loadOnce: 'Ladda bara den här gången',
  alwaysAllow: 'Tillåt alltid: {category}',
};
export default sv;
