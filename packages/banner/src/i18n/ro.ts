import type { BannerTexts } from './language.js';

/** Romanian texts. @example import ro from '@assent/banner/i18n/ro'; registerLanguage('ro', ro); */
const ro: BannerTexts = {
  title: 'Confidențialitatea ta, alegerea ta',
  intro: 'Folosim cookie-uri de care magazinul are nevoie ca să funcționeze.',
  consentFor: 'Cu acordul tău, folosim cookie-uri și pentru {purposes}.',
  anyTime: 'Îți poți schimba alegerea oricând.',
  preferencesPurpose: 'a reține setările tale',
  analyticsPurpose: 'a măsura vizitele',
  marketingPurpose: 'a afișa reclame relevante',
  otherPurpose: 'a servi scopurile descrise în preferințe',
  listComma: ', ',
  listAnd: ' și ',
  privacy: 'Politica de confidențialitate',
  acceptAll: 'Acceptă tot',
  rejectAll: 'Respinge tot',
  customize: 'Personalizează',
  close: 'Închide',
  gpc: 'Browserul tău trimite un semnal de confidențialitate (GPC). Îl respectăm: marketingul rămâne oprit.',
  preferencesTitle: 'Preferințe de confidențialitate',
  save: 'Salvează alegerile',
  reference: 'Referința consimțământului tău:',
  settings: 'Setări de confidențialitate',
  cookies: 'Cookie-uri',
  necessary: 'Necesare',
  necessaryText:
    'Necesare pentru funcționarea magazinului, cum ar fi coșul, autentificarea și securitatea. Mereu active.',
  preferences: 'Preferințe',
  preferencesText: 'Rețin alegerile tale, cum ar fi limba și regiunea.',
  analytics: 'Statistici',
  analyticsText: 'Numără vizitele și arată cum este folosit magazinul, ca să-l putem îmbunătăți.',
  marketing: 'Marketing',
  marketingText: 'Afișează reclame relevante pe alte site-uri și măsoară cât de bine funcționează.',
};
export default ro;
