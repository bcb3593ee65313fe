import type { BannerTexts } from './language.js';

/** Italian texts. @example import it from '@assent/banner/i18n/it'; registerLanguage('it', it); */
const it: BannerTexts = {
  title: 'La tua privacy, la tua scelta',
  intro: 'Usiamo i cookie necessari al funzionamento del negozio.',
  consentFor: 'Con il tuo consenso usiamo anche cookie per {purposes}.',
  anyTime: 'Puoi cambiare la tua scelta in qualsiasi momento.',
  preferencesPurpose: 'ricordare le tue impostazioni',
  analyticsPurpose: 'misurare le visite',
  marketingPurpose: 'mostrare pubblicità pertinente',
  otherPurpose: 'servire gli scopi descritti nelle preferenze',
  privacy: 'Informativa sulla privacy',
  acceptAll: 'Accetta tutto',
  rejectAll: 'Rifiuta tutto',
  customize: 'Personalizza',
  close: 'Chiudi',
  gpc: 'Il tuo browser invia un segnale di privacy (GPC). Lo rispettiamo: il marketing resta disattivato.',
  preferencesTitle: 'Preferenze sulla privacy',
  save: 'Salva le scelte',
  reference: 'Il tuo riferimento di consenso:',
  settings: 'Impostazioni privacy',
  cookies: 'Cookie',
  necessary: 'Necessari',
  necessaryText: 'Indispensabili per il funzionamento del negozio: carrello, accesso e sicurezza. Sempre attivi.',
  preferences: 'Preferenze',
  preferencesText: 'Ricordano le tue scelte, come lingua e regione.',
  analytics: 'Statistiche',
  analyticsText: 'Contano le visite e mostrano come viene usato il negozio, per migliorarlo.',
  marketing: 'Marketing',
  marketingText: 'Mostrano pubblicità pertinente su altri siti e ne misurano l’efficacia.',
};
export default it;
