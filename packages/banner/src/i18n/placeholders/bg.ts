import type { BannerTexts, PlaceholderTexts } from '../language.js';
import banner from '../bg.js';

/** Bulgarian texts of the placeholders over embeds that wait for consent, with the banner's (the placeholders show its category labels and "Privacy policy"). @example import bg from '@assent/banner/i18n/placeholders/bg'; registerLanguage('bg', bg); */
const bg: BannerTexts & PlaceholderTexts = {
  ...banner,
  embedTitle: 'Съдържание от {service}',
  embedText:
    'При зареждане вашият IP адрес и адресът на тази страница се изпращат до услугата {service}, която може да запише и бисквитки.',
  loadOnce: 'Зареди само този път',
  alwaysAllow: 'Винаги разрешавай: {category}',
};
export default bg;
