import type { BannerTexts } from './language.js';

/** German texts. @example import de from '@assent/banner/i18n/de'; registerLanguage('de', de); */
const de: BannerTexts = {
  title: 'Ihre Privatsphäre, Ihre Wahl',
  intro: 'Wir verwenden Cookies, die der Shop zum Funktionieren braucht.',
  consentFor: 'Mit Ihrer Einwilligung verwenden wir auch Cookies, um {purposes}.',
  anyTime: 'Sie können Ihre Wahl jederzeit ändern.',
  preferencesPurpose: 'Ihre Einstellungen zu speichern',
  analyticsPurpose: 'Besuche zu messen',
  marketingPurpose: 'passende Werbung zu zeigen',
  otherPurpose: 'die in den Einstellungen genannten Zwecke zu erfüllen',
  privacy: 'Datenschutzerklärung',
  acceptAll: 'Alle akzeptieren',
  rejectAll: 'Alle ablehnen',
  customize: 'Anpassen',
  close: 'Schließen',
  gpc: 'Ihr Browser sendet ein Datenschutzsignal (GPC). Wir respektieren es: Marketing bleibt aus.',
  preferencesTitle: 'Datenschutz-Einstellungen',
  save: 'Auswahl speichern',
  reference: 'Ihre Einwilligungsreferenz:',
  settings: 'Datenschutz-Einstellungen',
  cookies: 'Cookies',
  necessary: 'Notwendig',
  necessaryText: 'Für den Betrieb des Shops nötig, etwa für Warenkorb, Anmeldung und Sicherheit. Immer aktiv.',
  preferences: 'Präferenzen',
  preferencesText: 'Speichern Ihre Einstellungen, etwa Sprache und Region.',
  analytics: 'Statistik',
  analyticsText: 'Zählen Besuche und zeigen, wie der Shop genutzt wird, damit wir ihn verbessern können.',
  marketing: 'Marketing',
  marketingText: 'Zeigen Ihnen passende Werbung auf anderen Websites und messen, wie gut sie wirkt.',
};
export default de;
