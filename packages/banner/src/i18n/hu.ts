import type { BannerTexts } from './language.js';

/** Hungarian texts. @example import hu from '@assent/banner/i18n/hu'; registerLanguage('hu', hu); */
const hu: BannerTexts = {
  title: 'Az Ön adatai, az Ön döntése',
  intro: 'Az áruház működéséhez szükséges sütiket használunk.',
  consentFor: 'Az Ön hozzájárulásával sütiket használunk {purposes} is.',
  anyTime: 'Döntését bármikor megváltoztathatja.',
  preferencesPurpose: 'a beállításai megjegyzésére',
  analyticsPurpose: 'a látogatások mérésére',
  marketingPurpose: 'releváns hirdetések megjelenítésére',
  otherPurpose: 'a beállításokban leírt célokra',
  listComma: ', ',
  listAnd: ' és ',
  privacy: 'Adatvédelmi tájékoztató',
  acceptAll: 'Összes elfogadása',
  rejectAll: 'Összes elutasítása',
  customize: 'Testreszabás',
  close: 'Bezárás',
  gpc: 'Böngészője adatvédelmi jelzést (GPC) küld. Tiszteletben tartjuk: a marketing kikapcsolva marad.',
  preferencesTitle: 'Adatvédelmi beállítások',
  save: 'Választás mentése',
  reference: 'Hozzájárulásának azonosítója:',
  settings: 'Adatvédelmi beállítások',
  cookies: 'Sütik',
  necessary: 'Szükséges',
  necessaryText:
    'Az áruház működéséhez kellenek, például a kosárhoz, a belépéshez és a biztonsághoz. Mindig bekapcsolva.',
  preferences: 'Beállítások',
  preferencesText: 'Megjegyzik a választásait, például a nyelvet és a régiót.',
  analytics: 'Statisztika',
  analyticsText: 'Megszámolják a látogatásokat és megmutatják, hogyan használják az áruházat, hogy fejleszthessük.',
  marketing: 'Marketing',
  marketingText: 'Releváns hirdetéseket jelenítenek meg más oldalakon, és mérik azok hatását.',
};
export default hu;
