import type { BannerTexts, PlaceholderTexts } from '../language.js';
import banner from '../el.js';

/** Greek texts of the placeholders over embeds that wait for consent, with the banner's (the placeholders show its category labels and "Privacy policy"). @example import el from '@assent/banner/i18n/placeholders/el'; registerLanguage('el', el); */
const el: BannerTexts & PlaceholderTexts = {
  ...banner,
  embedTitle: 'Περιεχόμενο από {service}',
  embedText:
    'Η φόρτωσή του στέλνει τη διεύθυνση IP σας και τη διεύθυνση αυτής της σελίδας στην υπηρεσία {service}, η οποία μπορεί επίσης να αποθηκεύσει cookies.',
  loadOnce: 'Φόρτωση μόνο αυτή τη φορά',
  alwaysAllow: 'Να επιτρέπεται πάντα: {category}',
};
export default el;
