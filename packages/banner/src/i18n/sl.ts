import type { BannerTexts } from './language.js';

/** Slovenian texts. @example import sl from '@assent/banner/i18n/sl'; registerLanguage('sl', sl); */
const sl: BannerTexts = {
  title: 'Vaša zasebnost, vaša izbira',
  intro: 'Uporabljamo piškotke, ki jih trgovina potrebuje za delovanje.',
  consentFor: 'Z vašo privolitvijo piškotke uporabljamo tudi za to, da {purposes}.',
  anyTime: 'Svojo izbiro lahko kadar koli spremenite.',
  preferencesPurpose: 'si zapomnimo vaše nastavitve',
  analyticsPurpose: 'merimo obiske',
  marketingPurpose: 'prikazujemo ustrezne oglase',
  otherPurpose: 'izpolnimo namene, opisane v nastavitvah',
  privacy: 'Politika zasebnosti',
  acceptAll: 'Sprejmi vse',
  rejectAll: 'Zavrni vse',
  customize: 'Prilagodi',
  close: 'Zapri',
  gpc: 'Vaš brskalnik pošilja signal zasebnosti (GPC). Upoštevamo ga: trženje ostane izklopljeno.',
  preferencesTitle: 'Nastavitve zasebnosti',
  save: 'Shrani izbiro',
  reference: 'Referenca vaše privolitve:',
  settings: 'Nastavitve zasebnosti',
  cookies: 'Piškotki',
  necessary: 'Nujni',
  necessaryText: 'Potrebni za delovanje trgovine, npr. za košarico, prijavo in varnost. Vedno vklopljeni.',
  preferences: 'Nastavitve',
  preferencesText: 'Zapomnijo si vaše izbire, npr. jezik in regijo.',
  analytics: 'Analitika',
  analyticsText: 'Štejejo obiske in kažejo, kako se trgovina uporablja, da jo lahko izboljšamo.',
  marketing: 'Trženje',
  marketingText: 'Prikazujejo vam ustrezne oglase na drugih spletnih mestih in merijo, kako dobro delujejo.',
};
export default sl;
