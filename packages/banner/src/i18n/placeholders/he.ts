import type { BannerTexts, PlaceholderTexts } from '../language.js';
import banner from '../he.js';

/** Hebrew texts of the placeholders over embeds that wait for consent, with the banner's (the placeholders show its category labels and "Privacy policy"). @example import he from '@assent/banner/i18n/placeholders/he'; registerLanguage('he', he); */
const he: BannerTexts & PlaceholderTexts = {
  ...banner,
  embedTitle: 'תוכן מ-{service}',
  embedText: 'טעינת התוכן שולחת את כתובת ה-IP שלך ואת כתובת הדף הזה אל {service}, שעשוי גם לשמור קובצי Cookie.',
  loadOnce: 'טעינה חד-פעמית',
  alwaysAllow: 'לאפשר תמיד: {category}',
};
export default he;
