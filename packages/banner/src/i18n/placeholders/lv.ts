import type { BannerTexts, PlaceholderTexts } from '../language.js';
import banner from '../lv.js';

/** Latvian texts of the placeholders over embeds that wait for consent, with the banner's (the placeholders show its category labels and "Privacy policy"). @example import lv from '@assent/banner/i18n/placeholders/lv'; registerLanguage('lv', lv); */
const lv: BannerTexts & PlaceholderTexts = {
  ...banner,
  embedTitle: 'Saturs no pakalpojuma {service}',
  embedText:
    'Ielādējot saturu, jūsu IP adrese un šīs lapas adrese tiek nosūtītas pakalpojumam {service}, kas var arī saglabāt sīkdatnes.',
  loadOnce: 'Ielādēt tikai šoreiz',
  alwaysAllow: 'Vienmēr atļaut: {category}',
};
export default lv;
