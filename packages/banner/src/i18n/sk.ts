import type { BannerTexts } from './language.js';

/** Slovak texts. @example import sk from '@assent/banner/i18n/sk'; registerLanguage('sk', sk); */
const sk: BannerTexts = {
  title: 'Vaše súkromie, vaša voľba',
  intro: 'Používame súbory cookie, ktoré obchod potrebuje na fungovanie.',
  consentFor: 'S vaším súhlasom používame súbory cookie aj na {purposes}.',
  anyTime: 'Svoju voľbu môžete kedykoľvek zmeniť.',
  preferencesPurpose: 'zapamätanie vašich nastavení',
  analyticsPurpose: 'meranie návštev',
  marketingPurpose: 'zobrazovanie relevantných reklám',
  otherPurpose: 'účely opísané v nastaveniach',
  listComma: ', ',
  listAnd: ' a\u00a0', // a no-break space: a one-letter word does not end a line
  privacy: 'Zásady ochrany súkromia',
  acceptAll: 'Prijať všetko',
  rejectAll: 'Odmietnuť všetko',
  customize: 'Prispôsobiť',
  close: 'Zavrieť',
  gpc: 'Váš prehliadač posiela signál ochrany súkromia (GPC). Rešpektujeme ho: marketing zostáva vypnutý.',
  preferencesTitle: 'Nastavenia súkromia',
  save: 'Uložiť výber',
  reference: 'Referenčné číslo vášho súhlasu:',
  settings: 'Nastavenia súkromia',
  cookies: 'Súbory cookie',
  necessary: 'Nevyhnutné',
  necessaryText: 'Potrebné na fungovanie obchodu, napríklad košík, prihlásenie a bezpečnosť. Vždy zapnuté.',
  preferences: 'Preferencie',
  preferencesText: 'Pamätajú si vaše voľby, napríklad jazyk a región.',
  analytics: 'Analytika',
  analyticsText: 'Počítajú návštevy a ukazujú, ako sa obchod používa, aby sme ho mohli zlepšiť.',
  marketing: 'Marketing',
  marketingText: 'Zobrazujú vám relevantné reklamy na iných stránkach a merajú, ako dobre fungujú.',
};
export default sk;
