import type { BannerTexts, PlaceholderTexts } from '../language.js';
import banner from '../de.js';

/** German texts of the placeholders over embeds that wait for consent, with the banner's (the placeholders show its category labels and "Privacy policy"). @example import de from '@assent/banner/i18n/placeholders/de'; registerLanguage('de', de); */
const de: BannerTexts & PlaceholderTexts = {
  ...banner,
  embedTitle: 'Inhalt von {service}',
  embedText:
    'Beim Laden werden Ihre IP-Adresse und die Adresse dieser Seite an {service} übermittelt; dabei können auch Cookies gesetzt werden.',
  loadOnce: 'Einmal laden',
  alwaysAllow: '{category} immer erlauben',
};
export default de;
