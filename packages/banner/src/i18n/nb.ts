import type { BannerTexts } from './language.js';

/** Norwegian Bokmål texts. @example import nb from '@assent/banner/i18n/nb'; registerLanguage('nb', nb); */
const nb: BannerTexts = {
  title: 'Ditt personvern, ditt valg',
  text: 'Vi bruker informasjonskapsler som butikken trenger for å fungere. Med ditt samtykke bruker vi også informasjonskapsler til å huske innstillingene dine, måle besøk og vise relevante annonser. Du kan endre valget ditt når som helst.',
  privacy: 'Personvernerklæring',
  acceptAll: 'Godta alle',
  rejectAll: 'Avvis alle',
  customize: 'Tilpass',
  close: 'Lukk',
  gpc: 'Nettleseren din sender et personvernsignal (GPC). Vi respekterer det: markedsføring forblir av.',
  preferencesTitle: 'Personverninnstillinger',
  save: 'Lagre valg',
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
