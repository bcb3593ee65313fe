import type { BannerTexts } from './language.js';

/** Dutch texts. @example import nl from '@assent/banner/i18n/nl'; registerLanguage('nl', nl); */
const nl: BannerTexts = {
  title: 'Jouw privacy, jouw keuze',
  intro: 'We gebruiken cookies die de winkel nodig heeft om te werken.',
  consentFor: 'Met jouw toestemming gebruiken we ook cookies om {purposes}.',
  anyTime: 'Je kunt je keuze altijd wijzigen.',
  preferencesPurpose: 'je instellingen te onthouden',
  analyticsPurpose: 'bezoeken te meten',
  marketingPurpose: 'relevante advertenties te tonen',
  otherPurpose: 'de doelen uit de voorkeuren te dienen',
  privacy: 'Privacybeleid',
  acceptAll: 'Alles accepteren',
  rejectAll: 'Alles weigeren',
  customize: 'Aanpassen',
  close: 'Sluiten',
  gpc: 'Je browser stuurt een privacysignaal (GPC). We respecteren het: marketing blijft uit.',
  preferencesTitle: 'Privacyvoorkeuren',
  save: 'Keuze opslaan',
  reference: 'Je toestemmingsreferentie:',
  settings: 'Privacyinstellingen',
  cookies: 'Cookies',
  necessary: 'Noodzakelijk',
  necessaryText: 'Nodig om de winkel te laten werken, zoals winkelwagen, inloggen en beveiliging. Altijd aan.',
  preferences: 'Voorkeuren',
  preferencesText: 'Onthouden je keuzes, zoals taal en regio.',
  analytics: 'Statistieken',
  analyticsText: 'Tellen bezoeken en laten zien hoe de winkel wordt gebruikt, zodat we hem kunnen verbeteren.',
  marketing: 'Marketing',
  marketingText: 'Tonen relevante advertenties op andere sites en meten hoe goed ze werken.',
};
export default nl;
