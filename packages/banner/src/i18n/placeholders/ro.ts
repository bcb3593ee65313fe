import type { BannerTexts, PlaceholderTexts } from '../language.js';
import banner from '../ro.js';

/** Romanian texts of the placeholders over embeds that wait for consent, with the banner's (the placeholders show its category labels and "Privacy policy"). @example import ro from '@assent/banner/i18n/placeholders/ro'; registerLanguage('ro', ro); */
const ro: BannerTexts & PlaceholderTexts = {
  ...banner,
  embedTitle: 'Conținut de la {service}',
  embedText:
    'La încărcare, adresa ta IP și adresa acestei pagini sunt trimise către {service}, care poate seta și cookie-uri.',
  loadOnce: 'Încarcă doar acum',
  alwaysAllow: 'Permite mereu: {category}',
};
export default ro;
