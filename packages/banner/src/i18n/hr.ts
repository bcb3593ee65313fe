import type { BannerTexts } from './language.js';

/** Croatian texts. @example import hr from '@assent/banner/i18n/hr'; registerLanguage('hr', hr); */
const hr: BannerTexts = {
  title: 'Vaša privatnost, vaš izbor',
  intro: 'Koristimo kolačiće koji su trgovini potrebni za rad.',
  consentFor: 'Uz vašu privolu kolačiće koristimo i kako bismo {purposes}.',
  anyTime: 'Svoj izbor možete promijeniti u bilo kojem trenutku.',
  preferencesPurpose: 'zapamtili vaše postavke',
  analyticsPurpose: 'mjerili posjete',
  marketingPurpose: 'prikazivali relevantne oglase',
  otherPurpose: 'ostvarili svrhe navedene u postavkama',
  privacy: 'Pravila privatnosti',
  acceptAll: 'Prihvati sve',
  rejectAll: 'Odbij sve',
  customize: 'Prilagodi',
  close: 'Zatvori',
  gpc: 'Vaš preglednik šalje signal privatnosti (GPC). Poštujemo ga: marketing ostaje isključen.',
  preferencesTitle: 'Postavke privatnosti',
  save: 'Spremi odabir',
  reference: 'Referenca vaše privole:',
  settings: 'Postavke privatnosti',
  cookies: 'Kolačići',
  necessary: 'Nužni',
  necessaryText: 'Potrebni za rad trgovine, npr. za košaricu, prijavu i sigurnost. Uvijek uključeni.',
  preferences: 'Postavke',
  preferencesText: 'Pamte vaše odabire, npr. jezik i regiju.',
  analytics: 'Analitika',
  analyticsText: 'Broje posjete i pokazuju kako se trgovina koristi kako bismo je poboljšali.',
  marketing: 'Marketing',
  marketingText: 'Prikazuju vam relevantne oglase na drugim stranicama i mjere koliko dobro djeluju.',
};
export default hr;
