import type { BannerTexts, PlaceholderTexts } from '../language.js';
import banner from '../hu.js';

/** Hungarian texts of the placeholders over embeds that wait for consent, with the banner's (the placeholders show its category labels and "Privacy policy"). @example import hu from '@assent/banner/i18n/placeholders/hu'; registerLanguage('hu', hu); */
const hu: BannerTexts & PlaceholderTexts = {
  ...banner,
  embedTitle: 'A(z) {service} tartalma',
  embedText:
    'A betöltés elküldi az Ön IP-címét és ennek az oldalnak a címét a(z) {service} szolgáltatásnak, amely sütiket is elhelyezhet.',
  loadOnce: 'Betöltés csak most',
  alwaysAllow: 'Mindig engedélyezem: {category}',
};
export default hu;
