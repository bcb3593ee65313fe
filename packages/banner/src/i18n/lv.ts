import type { BannerTexts } from './language.js';

/** Latvian texts. @example import lv from '@assent/banner/i18n/lv'; registerLanguage('lv', lv); */
const lv: BannerTexts = {
  title: 'Jūsu privātums, jūsu izvēle',
  intro: 'Mēs izmantojam sīkdatnes, kas veikalam nepieciešamas darbībai.',
  consentFor: 'Ar jūsu piekrišanu mēs sīkdatnes izmantojam arī, lai {purposes}.',
  anyTime: 'Savu izvēli varat mainīt jebkurā laikā.',
  preferencesPurpose: 'atcerētos jūsu iestatījumus',
  analyticsPurpose: 'mērītu apmeklējumus',
  marketingPurpose: 'rādītu atbilstošas reklāmas',
  otherPurpose: 'īstenotu preferencēs aprakstītos nolūkus',
  privacy: 'Privātuma politika',
  acceptAll: 'Pieņemt visas',
  rejectAll: 'Noraidīt visas',
  customize: 'Pielāgot',
  close: 'Aizvērt',
  gpc: 'Jūsu pārlūks sūta privātuma signālu (GPC). Mēs to ievērojam: mārketings paliek izslēgts.',
  preferencesTitle: 'Privātuma preferences',
  save: 'Saglabāt izvēli',
  reference: 'Jūsu piekrišanas atsauce:',
  settings: 'Privātuma iestatījumi',
  cookies: 'Sīkdatnes',
  necessary: 'Nepieciešamās',
  necessaryText: 'Vajadzīgas veikala darbībai, piemēram, grozam, pieteikšanās procesam un drošībai. Vienmēr ieslēgtas.',
  preferences: 'Preferences',
  preferencesText: 'Atceras jūsu izvēles, piemēram, valodu un reģionu.',
  analytics: 'Analītika',
  analyticsText: 'Skaita apmeklējumus un parāda, kā veikals tiek izmantots, lai mēs to varētu uzlabot.',
  marketing: 'Mārketings',
  marketingText: 'Rāda jums atbilstošas reklāmas citās vietnēs un mēra, cik labi tās darbojas.',
};
export default lv;
