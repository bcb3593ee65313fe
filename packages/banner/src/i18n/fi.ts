import type { BannerTexts } from './language.js';

/** Finnish texts. @example import fi from '@assent/banner/i18n/fi'; registerLanguage('fi', fi); */
const fi: BannerTexts = {
  title: 'Sinun yksityisyytesi, sinun valintasi',
  intro: 'Käytämme evästeitä, joita kauppa tarvitsee toimiakseen.',
  consentFor: 'Suostumuksellasi käytämme evästeitä myös {purposes}.',
  anyTime: 'Voit muuttaa valintaasi milloin tahansa.',
  preferencesPurpose: 'asetustesi muistamiseen',
  analyticsPurpose: 'käyntien mittaamiseen',
  marketingPurpose: 'osuvien mainosten näyttämiseen',
  otherPurpose: 'asetuksissa kuvattuihin tarkoituksiin',
  privacy: 'Tietosuojaseloste',
  acceptAll: 'Hyväksy kaikki',
  rejectAll: 'Hylkää kaikki',
  customize: 'Muokkaa',
  close: 'Sulje',
  gpc: 'Selaimesi lähettää yksityisyyssignaalin (GPC). Noudatamme sitä: markkinointi pysyy pois päältä.',
  preferencesTitle: 'Tietosuoja-asetukset',
  save: 'Tallenna valinnat',
  reference: 'Suostumuksesi viite:',
  settings: 'Tietosuoja-asetukset',
  cookies: 'Evästeet',
  necessary: 'Välttämättömät',
  necessaryText: 'Tarvitaan kaupan toimintaan, kuten ostoskoriin, kirjautumiseen ja tietoturvaan. Aina käytössä.',
  preferences: 'Mieltymykset',
  preferencesText: 'Muistavat valintasi, kuten kielen ja alueen.',
  analytics: 'Tilastot',
  analyticsText: 'Laskevat käynnit ja näyttävät, miten kauppaa käytetään, jotta voimme parantaa sitä.',
  marketing: 'Markkinointi',
  marketingText: 'Näyttävät osuvia mainoksia muilla sivustoilla ja mittaavat niiden tehoa.',
};
export default fi;
