import type { BannerTexts, PlaceholderTexts } from '../language.js';
import banner from '../pt.js';

/** Portuguese texts of the placeholders over embeds that wait for consent, with the banner's (the placeholders show its category labels and "Privacy policy"). @example import pt from '@assent/banner/i18n/placeholders/pt'; registerLanguage('pt', pt); */
const pt: BannerTexts & PlaceholderTexts = {
  ...banner,
  embedTitle: 'Conteúdo de {service}',
  embedText:
    'Ao carregá-lo, o seu endereço IP e o endereço desta página são enviados para {service}, que também pode guardar cookies.',
  loadOnce: 'Carregar só desta vez',
  alwaysAllow: 'Permitir sempre: {category}',
};
export default pt;
