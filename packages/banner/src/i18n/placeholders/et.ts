import type { BannerTexts, PlaceholderTexts } from '../language.js';
import banner from '../et.js';

/** Estonian texts of the placeholders over embeds that wait for consent, with the banner's (the placeholders show its category labels and "Privacy policy"). @example import et from '@assent/banner/i18n/placeholders/et'; registerLanguage('et', et); */
const et: BannerTexts & PlaceholderTexts = {
  ...banner,
  embedTitle: 'Sisu teenusest {service}',
  embedText:
    'Laadimisel saadetakse teie IP-aadress ja selle lehe aadress teenusele {service}, mis võib ka küpsiseid salvestada.',
  loadOnce: 'Laadi ainult seekord',
  alwaysAllow: 'Luba alati: {category}',
};
export default et;
