import type { BannerTexts } from './language.js';

/** Lithuanian texts. @example import lt from '@assent/banner/i18n/lt'; registerLanguage('lt', lt); */
const lt: BannerTexts = {
  title: 'Jūsų privatumas, jūsų pasirinkimas',
  intro: 'Naudojame slapukus, kurių reikia parduotuvės veikimui.',
  consentFor: 'Jums sutikus, slapukus naudojame ir tam, kad {purposes}.',
  anyTime: 'Savo pasirinkimą galite bet kada pakeisti.',
  preferencesPurpose: 'įsimintume jūsų nustatymus',
  analyticsPurpose: 'matuotume apsilankymus',
  marketingPurpose: 'rodytume aktualias reklamas',
  otherPurpose: 'įgyvendintume nuostatose aprašytus tikslus',
  privacy: 'Privatumo politika',
  acceptAll: 'Priimti visus',
  rejectAll: 'Atmesti visus',
  customize: 'Tinkinti',
  close: 'Uždaryti',
  gpc: 'Jūsų naršyklė siunčia privatumo signalą (GPC). Jį gerbiame: rinkodara lieka išjungta.',
  preferencesTitle: 'Privatumo nuostatos',
  save: 'Išsaugoti pasirinkimą',
  reference: 'Jūsų sutikimo nuoroda:',
  settings: 'Privatumo nustatymai',
  cookies: 'Slapukai',
  necessary: 'Būtinieji',
  necessaryText: 'Reikalingi parduotuvės veikimui, pvz., krepšeliui, prisijungimui ir saugumui. Visada įjungti.',
  preferences: 'Nuostatos',
  preferencesText: 'Įsimena jūsų pasirinkimus, pvz., kalbą ir regioną.',
  analytics: 'Analitika',
  analyticsText: 'Skaičiuoja apsilankymus ir rodo, kaip naudojamasi parduotuve, kad galėtume ją tobulinti.',
  marketing: 'Rinkodara',
  marketingText: 'Rodo jums aktualias reklamas kitose svetainėse ir matuoja, kaip gerai jos veikia.',
};
export default lt;
