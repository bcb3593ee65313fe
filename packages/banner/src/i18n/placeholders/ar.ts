import type { BannerTexts, PlaceholderTexts } from '../language.js';
import banner from '../ar.js';

/** Arabic texts of the placeholders over embeds that wait for consent, with the banner's (the placeholders show its category labels and "Privacy policy"). @example import ar from '@assent/banner/i18n/placeholders/ar'; registerLanguage('ar', ar); */
const ar: BannerTexts & PlaceholderTexts = {
  ...banner,
  embedTitle: 'محتوى من {service}',
  embedText:
    'يؤدي تحميله إلى إرسال عنوان IP الخاص بك وعنوان هذه الصفحة إلى {service}، الذي قد يضع أيضًا ملفات تعريف الارتباط.',
  loadOnce: 'تحميل هذه المرة فقط',
  alwaysAllow: 'السماح دائمًا: {category}',
};
export default ar;
