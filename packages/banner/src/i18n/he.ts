import type { BannerTexts } from './language.js';

/** Hebrew texts. @example import he from '@assent/banner/i18n/he'; registerLanguage('he', he); */
const he: BannerTexts = {
  title: 'הפרטיות שלך, הבחירה שלך',
  intro: 'אנו משתמשים בקובצי Cookie שהחנות צריכה כדי לפעול.',
  consentFor: 'בהסכמתך אנו משתמשים בקובצי Cookie גם כדי {purposes}.',
  anyTime: 'אפשר לשנות את הבחירה בכל עת.',
  preferencesPurpose: 'לזכור את ההגדרות שלך',
  analyticsPurpose: 'למדוד ביקורים',
  marketingPurpose: 'להציג מודעות רלוונטיות',
  otherPurpose: 'לשרת את המטרות המפורטות בהעדפות',
  listComma: ', ',
  listAnd: ' ו', // attached to the Hebrew word that follows
  privacy: 'מדיניות פרטיות',
  acceptAll: 'לקבל הכול',
  rejectAll: 'לדחות הכול',
  customize: 'התאמה אישית',
  close: 'סגירה',
  gpc: 'הדפדפן שלך שולח אות פרטיות (GPC). אנו מכבדים אותו: השיווק נשאר כבוי.',
  preferencesTitle: 'העדפות פרטיות',
  save: 'שמירת הבחירות',
  reference: 'מספר האסמכתה של ההסכמה שלך:',
  settings: 'הגדרות פרטיות',
  cookies: 'קובצי Cookie',
  necessary: 'הכרחיים',
  necessaryText: 'נדרשים לפעולת החנות, כמו עגלת הקניות, הכניסה לחשבון והאבטחה. תמיד פעילים.',
  preferences: 'העדפות',
  preferencesText: 'זוכרים את הבחירות שלך, כמו שפה ואזור.',
  analytics: 'ניתוח נתונים',
  analyticsText: 'סופרים ביקורים ומראים איך משתמשים בחנות, כדי שנוכל לשפר אותה.',
  marketing: 'שיווק',
  marketingText: 'מציגים לך מודעות רלוונטיות באתרים אחרים ומודדים עד כמה הן מצליחות.',
};
export default he;
