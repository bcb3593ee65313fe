import type { BannerTexts } from './language.js';

/** Irish texts. @example import ga from '@assent/banner/i18n/ga'; registerLanguage('ga', ga); */
const ga: BannerTexts = {
  title: 'Do phríobháideacht, do rogha',
  intro: 'Úsáidimid fianáin a theastaíonn ón siopa chun oibriú.',
  consentFor: 'Le do thoiliú, úsáidimid fianáin freisin chun {purposes}.',
  anyTime: 'Is féidir leat do rogha a athrú am ar bith.',
  preferencesPurpose: 'do shocruithe a mheabhrú',
  analyticsPurpose: 'cuairteanna a thomhas',
  marketingPurpose: 'fógraí ábhartha a thaispeáint',
  otherPurpose: 'freastal ar na críocha a liostaítear sna roghanna',
  listComma: ', ',
  listAnd: ' agus ',
  privacy: 'Polasaí príobháideachta',
  acceptAll: 'Glac le gach ceann',
  rejectAll: 'Diúltaigh do gach ceann',
  customize: 'Saincheap',
  close: 'Dún',
  gpc: 'Seolann do bhrabhsálaí comhartha príobháideachta (GPC). Urramaímid é: fanann an mhargaíocht múchta.',
  preferencesTitle: 'Roghanna príobháideachta',
  save: 'Sábháil roghanna',
  reference: 'Do thagairt toilithe:',
  settings: 'Socruithe príobháideachta',
  cookies: 'Fianáin',
  necessary: 'Riachtanach',
  necessaryText:
    'Teastaíonn siad chun an siopa a oibriú, mar shampla an chairt, logáil isteach agus slándáil. Ar siúl i gcónaí.',
  preferences: 'Roghanna',
  preferencesText: 'Meabhraíonn siad do roghanna, mar shampla teanga agus réigiún.',
  analytics: 'Anailísíocht',
  analyticsText:
    'Comhaireann siad cuairteanna agus taispeánann siad conas a úsáidtear an siopa, ionas gur féidir linn é a fheabhsú.',
  marketing: 'Margaíocht',
  marketingText:
    'Taispeánann siad fógraí ábhartha duit ar shuímh eile agus tomhaiseann siad cé chomh maith is a oibríonn siad.',
  noticeTitle: 'Do roghanna príobháideachta',
  noticeFor: 'Úsáidimid fianáin freisin chun {purposes}, mura ndiúltaíonn tú.',
  sale: 'D’fhéadfaí comhroinnt sonraí le comhpháirtithe fógraíochta a mheas mar do chuid faisnéise pearsanta a dhíol nó a chomhroinnt.',
  doNotSell: 'Ná Díol ná Comhroinn Mo Chuid Faisnéise Pearsanta',
  ok: 'Ceart go leor',
};
export default ga;
