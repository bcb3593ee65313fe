import type { BannerTexts } from './language.js';

/** Bulgarian texts. @example import bg from '@assent/banner/i18n/bg'; registerLanguage('bg', bg); */
const bg: BannerTexts = {
  title: 'Вашата поверителност, вашият избор',
  intro: 'Използваме бисквитки, от които магазинът се нуждае, за да работи.',
  consentFor: 'С ваше съгласие използваме бисквитки и за да {purposes}.',
  anyTime: 'Можете да промените избора си по всяко време.',
  preferencesPurpose: 'запомним настройките ви',
  analyticsPurpose: 'измерваме посещенията',
  marketingPurpose: 'показваме подходящи реклами',
  otherPurpose: 'изпълним целите, описани в предпочитанията',
  privacy: 'Политика за поверителност',
  acceptAll: 'Приемане на всички',
  rejectAll: 'Отказ на всички',
  customize: 'Персонализиране',
  close: 'Затваряне',
  gpc: 'Браузърът ви изпраща сигнал за поверителност (GPC). Спазваме го: маркетингът остава изключен.',
  preferencesTitle: 'Настройки за поверителност',
  save: 'Запазване на избора',
  reference: 'Референтен номер на вашето съгласие:',
  settings: 'Настройки за поверителност',
  cookies: 'Бисквитки',
  necessary: 'Необходими',
  necessaryText: 'Нужни за работата на магазина, например за количката, входа и сигурността. Винаги включени.',
  preferences: 'Предпочитания',
  preferencesText: 'Запомнят избора ви, например език и регион.',
  analytics: 'Статистика',
  analyticsText: 'Броят посещенията и показват как се използва магазинът, за да го подобряваме.',
  marketing: 'Маркетинг',
  marketingText: 'Показват ви подходящи реклами на други сайтове и измерват колко добре работят.',
};
export default bg;
