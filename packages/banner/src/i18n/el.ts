import type { BannerTexts } from './language.js';

/** Greek texts. @example import el from '@assent/banner/i18n/el'; registerLanguage('el', el); */
const el: BannerTexts = {
  title: 'Το απόρρητό σας, η επιλογή σας',
  intro: 'Χρησιμοποιούμε cookies που χρειάζεται το κατάστημα για να λειτουργεί.',
  consentFor: 'Με τη συγκατάθεσή σας χρησιμοποιούμε επίσης cookies για {purposes}.',
  anyTime: 'Μπορείτε να αλλάξετε την επιλογή σας οποιαδήποτε στιγμή.',
  preferencesPurpose: 'να θυμόμαστε τις ρυθμίσεις σας',
  analyticsPurpose: 'να μετράμε τις επισκέψεις',
  marketingPurpose: 'να εμφανίζουμε σχετικές διαφημίσεις',
  otherPurpose: 'να εξυπηρετούμε τους σκοπούς που περιγράφονται στις προτιμήσεις',
  listComma: ', ',
  listAnd: ' και ',
  privacy: 'Πολιτική απορρήτου',
  acceptAll: 'Αποδοχή όλων',
  rejectAll: 'Απόρριψη όλων',
  customize: 'Προσαρμογή',
  close: 'Κλείσιμο',
  gpc: 'Το πρόγραμμα περιήγησής σας στέλνει σήμα απορρήτου (GPC). Το σεβόμαστε: το μάρκετινγκ μένει ανενεργό.',
  preferencesTitle: 'Ρυθμίσεις απορρήτου',
  save: 'Αποθήκευση επιλογών',
  reference: 'Ο κωδικός αναφοράς της συγκατάθεσής σας:',
  settings: 'Ρυθμίσεις απορρήτου',
  cookies: 'Cookies',
  necessary: 'Απαραίτητα',
  necessaryText:
    'Απαιτούνται για τη λειτουργία του καταστήματος, όπως το καλάθι, η σύνδεση και η ασφάλεια. Πάντα ενεργά.',
  preferences: 'Προτιμήσεις',
  preferencesText: 'Θυμούνται τις επιλογές σας, όπως τη γλώσσα και την περιοχή.',
  analytics: 'Στατιστικά',
  analyticsText: 'Μετρούν τις επισκέψεις και δείχνουν πώς χρησιμοποιείται το κατάστημα, ώστε να το βελτιώνουμε.',
  marketing: 'Μάρκετινγκ',
  marketingText: 'Εμφανίζουν σχετικές διαφημίσεις σε άλλους ιστότοπους και μετρούν την αποτελεσματικότητά τους.',
};
export default el;
