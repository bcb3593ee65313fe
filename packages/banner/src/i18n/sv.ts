import type { BannerTexts } from './language.js';

/** Swedish texts. @example import sv from '@assent/banner/i18n/sv'; registerLanguage('sv', sv); */
const sv: BannerTexts = {
  title: 'Din integritet, ditt val',
  intro: 'Vi använder kakor som butiken behöver för att fungera.',
  consentFor: 'Med ditt samtycke använder vi även kakor för att {purposes}.',
  anyTime: 'Du kan ändra ditt val när som helst.',
  preferencesPurpose: 'komma ihåg dina inställningar',
  analyticsPurpose: 'mäta besök',
  marketingPurpose: 'visa relevanta annonser',
  otherPurpose: 'uppfylla ändamålen som beskrivs i inställningarna',
  privacy: 'Integritetspolicy',
  acceptAll: 'Godkänn alla',
  rejectAll: 'Avvisa alla',
  customize: 'Anpassa',
  close: 'Stäng',
  gpc: 'Din webbläsare skickar en integritetssignal (GPC). Vi respekterar den: marknadsföring förblir avstängd.',
  preferencesTitle: 'Integritetsinställningar',
  save: 'Spara val',
  reference: 'Din samtyckesreferens:',
  settings: 'Integritetsinställningar',
  cookies: 'Kakor',
  necessary: 'Nödvändiga',
  necessaryText: 'Behövs för att butiken ska fungera, till exempel varukorg, inloggning och säkerhet. Alltid på.',
  preferences: 'Inställningar',
  preferencesText: 'Kommer ihåg dina val, till exempel språk och region.',
  analytics: 'Statistik',
  analyticsText: 'Räknar besök och visar hur butiken används, så att vi kan förbättra den.',
  marketing: 'Marknadsföring',
  marketingText: 'Visar relevanta annonser på andra webbplatser och mäter hur väl de fungerar.',
};
export default sv;
