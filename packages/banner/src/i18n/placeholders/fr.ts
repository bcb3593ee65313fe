import type { BannerTexts, PlaceholderTexts } from '../language.js';
import banner from '../fr.js';

/** French texts of the placeholders over embeds that wait for consent, with the banner's (the placeholders show its category labels and "Privacy policy"). @example import fr from '@assent/banner/i18n/placeholders/fr'; registerLanguage('fr', fr); */
const fr: BannerTexts & PlaceholderTexts = {
  ...banner,
  embedTitle: 'Contenu de {service}',
  embedText:
    'Le charger envoie votre adresse IP et l’adresse de cette page à {service}, qui peut aussi déposer des cookies.',
  loadOnce: 'Charger cette fois',
  alwaysAllow: 'Toujours autoriser : {category}',
};
export default fr;
