import type { BannerTexts, PlaceholderTexts } from '../language.js';
import banner from '../pl.js';

/** Polish texts of the placeholders over embeds that wait for consent, with the banner's (the placeholders show its category labels and "Privacy policy"). @example import pl from '@assent/banner/i18n/placeholders/pl'; registerLanguage('pl', pl); */
const pl: BannerTexts & PlaceholderTexts = {
  ...banner,
  embedTitle: 'Treść z serwisu {service}',
  embedText:
    'Wczytanie wysyła Twój adres IP i adres tej strony do serwisu {service}, który może też zapisywać pliki cookie.',
  loadOnce: 'Wczytaj tylko teraz',
  alwaysAllow: 'Zawsze zezwalaj: {category}',
};
export default pl;
