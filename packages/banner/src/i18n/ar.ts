import type { BannerTexts } from './language.js';

/** Arabic texts. @example import ar from '@assent/banner/i18n/ar'; registerLanguage('ar', ar); */
const ar: BannerTexts = {
  title: 'خصوصيتك، اختيارك',
  intro: 'نستخدم ملفات تعريف الارتباط التي يحتاجها المتجر ليعمل.',
  consentFor: 'وبموافقتك نستخدم ملفات تعريف الارتباط أيضًا من أجل {purposes}.',
  anyTime: 'يمكنك تغيير اختيارك في أي وقت.',
  preferencesPurpose: 'تذكّر إعداداتك',
  analyticsPurpose: 'قياس الزيارات',
  marketingPurpose: 'عرض إعلانات ملائمة',
  otherPurpose: 'الأغراض المذكورة في التفضيلات',
  privacy: 'سياسة الخصوصية',
  acceptAll: 'قبول الكل',
  rejectAll: 'رفض الكل',
  customize: 'تخصيص',
  close: 'إغلاق',
  gpc: 'يرسل متصفحك إشارة خصوصية (GPC). نحن نحترمها: يبقى التسويق متوقفًا.',
  preferencesTitle: 'تفضيلات الخصوصية',
  save: 'حفظ الاختيارات',
  reference: 'الرقم المرجعي لموافقتك:',
  settings: 'إعدادات الخصوصية',
  cookies: 'ملفات تعريف الارتباط',
  necessary: 'ضرورية',
  necessaryText: 'لازمة لعمل المتجر، مثل سلة التسوق وتسجيل الدخول والأمان. مفعّلة دائمًا.',
  preferences: 'التفضيلات',
  preferencesText: 'تتذكر اختياراتك، مثل اللغة والمنطقة.',
  analytics: 'التحليلات',
  analyticsText: 'تحصي الزيارات وتبيّن كيف يُستخدم المتجر، لكي نحسّنه.',
  marketing: 'التسويق',
  marketingText: 'تعرض لك إعلانات ملائمة على مواقع أخرى وتقيس مدى نجاحها.',
};
export default ar;
