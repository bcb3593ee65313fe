import type { BannerTexts, PlaceholderTexts } from '../language.js';
import banner from '../mt.js';

/** Maltese texts of the placeholders over embeds that wait for consent, with the banner's (the placeholders show its category labels and "Privacy policy"). @example import mt from '@assent/banner/i18n/placeholders/mt'; registerLanguage('mt', mt); */
const mt: BannerTexts & PlaceholderTexts = {
  ...banner,
  embedTitle: 'Kontenut minn {service}',
  embedText:
    'Meta jitgħabba, l-indirizz IP tiegħek u l-indirizz ta’ din il-paġna jintbagħtu lil {service}, li jista’ jpoġġi cookies ukoll.',
  loadOnce: 'Għabbi din id-darba biss',
  alwaysAllow: 'Dejjem ippermetti: {category}',
};
export default mt;
