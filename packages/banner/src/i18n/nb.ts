import type { BannerTexts } from './language.js';

/** Norwegian Bokmål texts. @example import nb from '@assent/banner/i18n/nb'; registerLanguage('nb', nb); */
const nb: BannerTexts = {
  title: 'Ditt personvern, ditt valg',
  intro: 'Vi bruker informasjonskapsler som butikken trenger for å fungere.',
  consentFor: 'Med ditt samtykke bruker vi også informasjonskapsler til å {purposes}.',
  anyTime: 'Du kan endre valget ditt når som helst.',
  preferencesPurpose: 'huske innstillingene dine',
  analyticsPurpose: 'måle besøk',
  marketingPurpose: 'vise relevante annonser',
  otherPurpose: 'oppfylle formålene som er beskrevet i innstillingene',
  privacy: 'Personvernerklæring',
  acceptAll: 'Godta alle',
  rejectAll: 'Avvis alle',
  customize: 'Tilpass',
  close: 'Lukk',
  gpc: 'Nettleseren din sender et personvernsignal (GPC). Vi respekterer det: markedsføring forblir av.',
  preferencesTitle: 'Personverninnstillinger',
  save: 'Lagre valg',
  reference: 'Din samtykkereferanse:',
  settings: 'Personverninnstillinger',
  cookies: 'Informasjonskapsler',
  necessary: 'Nødvendige',
  necessaryText: 'Trengs for at butikken skal fungere, som handlekurv, innlogging og sikkerhet. Alltid på.',
  preferences: 'Preferanser',
  preferencesText: 'Husker valgene dine, som språk og region.',
  analytics: 'Statistikk',
  analyticsText: 'Teller besøk og viser hvordan butikken brukes, slik at vi kan forbedre den.',
  marketing: 'Markedsføring',
  marketingText: 'Viser relevante annonser på andre nettsteder og måler hvor godt de virker.',
};
export default nb;
