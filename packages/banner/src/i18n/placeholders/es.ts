import type { BannerTexts, PlaceholderTexts } from '../language.js';
import banner from '../es.js';

/** Spanish texts of the placeholders over embeds that wait for consent, with the banner's (the placeholders show its category labels and "Privacy policy"). @example import es from '@assent/banner/i18n/placeholders/es'; registerLanguage('es', es); */
const es: BannerTexts & PlaceholderTexts = {
  ...banner,
  embedTitle: 'Contenido de {service}',
  embedText:
    'Al cargarlo se envían tu dirección IP y la dirección de esta página a {service}, que también puede instalar cookies.',
  loadOnce: 'Cargar solo esta vez',
  alwaysAllow: 'Permitir siempre: {category}',
};
export default es;
