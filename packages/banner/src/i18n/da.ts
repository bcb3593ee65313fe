import type { BannerTexts } from './language.js';

/** Danish texts. @example import da from '@assent/banner/i18n/da'; registerLanguage('da', da); */
const da: BannerTexts = {
  title: 'Dit privatliv, dit valg',
  intro: 'Vi bruger cookies, som butikken har brug for for at fungere.',
  consentFor: 'Med dit samtykke bruger vi også cookies til at {purposes}.',
  anyTime: 'Du kan altid ændre dit valg.',
  preferencesPurpose: 'huske dine indstillinger',
  analyticsPurpose: 'måle besøg',
  marketingPurpose: 'vise relevante annoncer',
  otherPurpose: 'opfylde de formål, der er beskrevet i præferencerne',
  privacy: 'Privatlivspolitik',
  acceptAll: 'Accepter alle',
  rejectAll: 'Afvis alle',
  customize: 'Tilpas',
  close: 'Luk',
  gpc: 'Din browser sender et privatlivssignal (GPC). Vi respekterer det: markedsføring forbliver slået fra.',
  preferencesTitle: 'Privatlivsindstillinger',
  save: 'Gem valg',
  reference: 'Din samtykkereference:',
  settings: 'Privatlivsindstillinger',
  cookies: 'Cookies',
  necessary: 'Nødvendige',
  necessaryText: 'Nødvendige for at butikken fungerer, fx kurv, login og sikkerhed. Altid slået til.',
  preferences: 'Præferencer',
  preferencesText: 'Husker dine valg, fx sprog og region.',
  analytics: 'Statistik',
  analyticsText: 'Tæller besøg og viser, hvordan butikken bruges, så vi kan forbedre den.',
  marketing: 'Markedsføring',
  marketingText: 'Viser relevante annoncer på andre websteder og måler, hvor godt de virker.',
};
export default da;
