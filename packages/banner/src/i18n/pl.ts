import type { BannerTexts } from './language.js';

/** Polish texts. @example import pl from '@assent/banner/i18n/pl'; registerLanguage('pl', pl); */
const pl: BannerTexts = {
  title: 'Twoja prywatność, Twój wybór',
  intro: 'Używamy plików cookie niezbędnych do działania sklepu.',
  consentFor: 'Za Twoją zgodą używamy też plików cookie, aby {purposes}.',
  anyTime: 'Możesz zmienić swój wybór w każdej chwili.',
  preferencesPurpose: 'zapamiętać Twoje ustawienia',
  analyticsPurpose: 'mierzyć odwiedziny',
  marketingPurpose: 'wyświetlać dopasowane reklamy',
  otherPurpose: 'realizować cele opisane w preferencjach',
  privacy: 'Polityka prywatności',
  acceptAll: 'Akceptuj wszystkie',
  rejectAll: 'Odrzuć wszystkie',
  customize: 'Dostosuj',
  close: 'Zamknij',
  gpc: 'Twoja przeglądarka wysyła sygnał prywatności (GPC). Respektujemy go: marketing pozostaje wyłączony.',
  preferencesTitle: 'Ustawienia prywatności',
  save: 'Zapisz wybór',
  reference: 'Twój numer referencyjny zgody:',
  settings: 'Ustawienia prywatności',
  cookies: 'Pliki cookie',
  necessary: 'Niezbędne',
  necessaryText: 'Potrzebne do działania sklepu, np. koszyka, logowania i bezpieczeństwa. Zawsze włączone.',
  preferences: 'Preferencje',
  preferencesText: 'Zapamiętują Twoje wybory, np. język i region.',
  analytics: 'Statystyka',
  analyticsText: 'Liczą odwiedziny i pokazują, jak korzystasz ze sklepu, abyśmy mogli go ulepszać.',
  marketing: 'Marketing',
  marketingText: 'Wyświetlają dopasowane reklamy w innych serwisach i mierzą ich skuteczność.',
};
export default pl;
