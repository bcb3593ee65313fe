import type { BannerTexts, PlaceholderTexts } from '../language.js';
import banner from '../ga.js';

/** Irish texts of the placeholders over embeds that wait for consent, with the banner's (the placeholders show its category labels and "Privacy policy"). @example import ga from '@assent/banner/i18n/placeholders/ga'; registerLanguage('ga', ga); */
const ga: BannerTexts & PlaceholderTexts = {
  ...banner,
  embedTitle: 'Ábhar ó {service}',
  embedText:
    'Nuair a lódáiltear é, seoltar do sheoladh IP agus seoladh an leathanaigh seo chuig {service}, a d’fhéadfadh fianáin a shocrú freisin.',
  loadOnce: 'Lódáil an uair seo amháin',
  alwaysAllow: 'Ceadaigh i gcónaí: {category}',
};
export default ga;
