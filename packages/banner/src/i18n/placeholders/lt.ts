import type { BannerTexts, PlaceholderTexts } from '../language.js';
import banner from '../lt.js';

/** Lithuanian texts of the placeholders over embeds that wait for consent, with the banner's (the placeholders show its category labels and "Privacy policy"). @example import lt from '@assent/banner/i18n/placeholders/lt'; registerLanguage('lt', lt); */
const lt: BannerTexts & PlaceholderTexts = {
  ...banner,
  embedTitle: 'Turinys iš paslaugos {service}',
  embedText:
    'Įkeliant jūsų IP adresas ir šio puslapio adresas siunčiami paslaugai {service}, kuri taip pat gali įrašyti slapukų.',
  loadOnce: 'Įkelti tik šį kartą',
  alwaysAllow: 'Visada leisti: {category}',
};
export default lt;
