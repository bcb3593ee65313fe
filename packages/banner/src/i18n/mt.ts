import type { BannerTexts } from './language.js';

/** Maltese texts. @example import mt from '@assent/banner/i18n/mt'; registerLanguage('mt', mt); */
const mt: BannerTexts = {
  title: 'Il-privatezza tiegħek, l-għażla tiegħek',
  intro: 'Nużaw cookies li l-ħanut għandu bżonn biex jaħdem.',
  consentFor: 'Bil-kunsens tiegħek nużaw cookies ukoll biex {purposes}.',
  anyTime: 'Tista’ tibdel l-għażla tiegħek f’kull ħin.',
  preferencesPurpose: 'niftakru s-settings tiegħek',
  analyticsPurpose: 'inkejlu ż-żjarat',
  marketingPurpose: 'nuru reklami rilevanti',
  otherPurpose: 'naqdu l-għanijiet imniżżla fil-preferenzi',
  privacy: 'Politika tal-privatezza',
  acceptAll: 'Aċċetta kollox',
  rejectAll: 'Irrifjuta kollox',
  customize: 'Ippersonalizza',
  close: 'Agħlaq',
  gpc: 'Il-browser tiegħek jibgħat sinjal ta’ privatezza (GPC). Nirrispettawh: il-marketing jibqa’ mitfi.',
  preferencesTitle: 'Preferenzi tal-privatezza',
  save: 'Issejvja l-għażliet',
  reference: 'Ir-referenza tal-kunsens tiegħek:',
  settings: 'Settings tal-privatezza',
  cookies: 'Cookies',
  necessary: 'Meħtieġa',
  necessaryText: 'Meħtieġa biex il-ħanut jaħdem, bħall-karrettun, il-login u s-sigurtà. Dejjem attivi.',
  preferences: 'Preferenzi',
  preferencesText: 'Jiftakru l-għażliet tiegħek, bħal-lingwa u r-reġjun.',
  analytics: 'Analitika',
  analyticsText: 'Jgħoddu ż-żjarat u juru kif jintuża l-ħanut, biex inkunu nistgħu ntejbuh.',
  marketing: 'Marketing',
  marketingText: 'Juruk reklami rilevanti fuq siti oħra u jkejlu kemm jaħdmu tajjeb.',
};
export default mt;
