import type { BannerTexts } from './language.js';

/** Czech texts. @example import cs from '@assent/banner/i18n/cs'; registerLanguage('cs', cs); */
const cs: BannerTexts = {
  title: 'Vaše soukromí, vaše volba',
  intro: 'Používáme soubory cookie, které obchod potřebuje ke svému fungování.',
  consentFor: 'S vaším souhlasem používáme soubory cookie také k {purposes}.',
  anyTime: 'Svou volbu můžete kdykoli změnit.',
  preferencesPurpose: 'zapamatování vašeho nastavení',
  analyticsPurpose: 'měření návštěv',
  marketingPurpose: 'zobrazování relevantních reklam',
  otherPurpose: 'účelům popsaným v nastavení',
  listComma: ', ',
  listAnd: ' a\u00a0', // a no-break space: a one-letter word does not end a line
  privacy: 'Zásady ochrany soukromí',
  acceptAll: 'Přijmout vše',
  rejectAll: 'Odmítnout vše',
  customize: 'Přizpůsobit',
  close: 'Zavřít',
  gpc: 'Váš prohlížeč odesílá signál ochrany soukromí (GPC). Respektujeme ho: marketing zůstává vypnutý.',
  preferencesTitle: 'Nastavení soukromí',
  save: 'Uložit volbu',
  reference: 'Vaše referenční číslo souhlasu:',
  settings: 'Nastavení soukromí',
  cookies: 'Soubory cookie',
  necessary: 'Nezbytné',
  necessaryText: 'Potřebné pro fungování obchodu, například košíku, přihlášení a zabezpečení. Vždy zapnuté.',
  preferences: 'Předvolby',
  preferencesText: 'Pamatují si vaše volby, například jazyk a region.',
  analytics: 'Statistika',
  analyticsText: 'Počítají návštěvy a ukazují, jak se obchod používá, abychom ho mohli zlepšovat.',
  marketing: 'Marketing',
  marketingText: 'Zobrazují relevantní reklamy na jiných webech a měří jejich účinnost.',
};
export default cs;
