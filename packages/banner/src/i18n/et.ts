import type { BannerTexts } from './language.js';

/** Estonian texts. @example import et from '@assent/banner/i18n/et'; registerLanguage('et', et); */
const et: BannerTexts = {
  title: 'Teie privaatsus, teie valik',
  intro: 'Kasutame küpsiseid, mida pood vajab toimimiseks.',
  consentFor: 'Teie nõusolekul kasutame küpsiseid ka {purposes}.',
  anyTime: 'Saate oma valikut igal ajal muuta.',
  preferencesPurpose: 'teie seadete meelespidamiseks',
  analyticsPurpose: 'külastuste mõõtmiseks',
  marketingPurpose: 'asjakohaste reklaamide näitamiseks',
  otherPurpose: 'eelistustes kirjeldatud eesmärkidel',
  privacy: 'Privaatsuspoliitika',
  acceptAll: 'Nõustu kõigiga',
  rejectAll: 'Keeldu kõigist',
  customize: 'Kohanda',
  close: 'Sulge',
  gpc: 'Teie brauser saadab privaatsussignaali (GPC). Austame seda: turundus jääb välja lülitatuks.',
  preferencesTitle: 'Privaatsuseelistused',
  save: 'Salvesta valikud',
  reference: 'Teie nõusoleku viide:',
  settings: 'Privaatsusseaded',
  cookies: 'Küpsised',
  necessary: 'Vajalikud',
  necessaryText: 'Vajalikud poe toimimiseks, näiteks ostukorvi, sisselogimise ja turvalisuse jaoks. Alati sees.',
  preferences: 'Eelistused',
  preferencesText: 'Jätavad meelde teie valikud, näiteks keele ja piirkonna.',
  analytics: 'Analüütika',
  analyticsText: 'Loendavad külastusi ja näitavad, kuidas poodi kasutatakse, et saaksime seda parandada.',
  marketing: 'Turundus',
  marketingText: 'Näitavad teile asjakohaseid reklaame teistel saitidel ja mõõdavad, kui hästi need toimivad.',
};
export default et;
