import type { BannerTexts, PlaceholderTexts } from '../language.js';
import banner from '../sk.js';

/** Slovak texts of the placeholders over embeds that wait for consent, with the banner's (the placeholders show its category labels and "Privacy policy"). @example import sk from '@assent/banner/i18n/placeholders/sk'; registerLanguage('sk', sk); */
const sk: BannerTexts & PlaceholderTexts = {
  ...banner,
  embedTitle: 'Obsah zo služby {service}',
  embedText:
    'Načítaním sa vaša IP adresa a adresa tejto stránky odošlú službe {service}, ktorá môže ukladať aj súbory cookie.',
  loadOnce: 'Načítať len teraz',
  alwaysAllow: 'Vždy povoliť: {category}',
};
export default sk;
