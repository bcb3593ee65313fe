import type { BannerTexts, PlaceholderTexts } from '../language.js';
import banner from '../it.js';

/** Italian texts of the placeholders over embeds that wait for consent, with the banner's (the placeholders show its category labels and "Privacy policy"). @example import it from '@assent/banner/i18n/placeholders/it'; registerLanguage('it', it); */
const it: BannerTexts & PlaceholderTexts = {
  ...banner,
  embedTitle: 'Contenuto di {service}',
  embedText:
    'Caricandolo, il tuo indirizzo IP e l’indirizzo di questa pagina vengono inviati a {service}, che può anche impostare cookie.',
  loadOnce: 'Carica solo questa volta',
  alwaysAllow: 'Consenti sempre: {category}',
};
export default it;
