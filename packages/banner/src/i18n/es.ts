import type { BannerTexts } from './language.js';

/** Spanish texts. @example import es from '@assent/banner/i18n/es'; registerLanguage('es', es); */
const es: BannerTexts = {
  title: 'Tu privacidad, tu elección',
  intro: 'Usamos cookies que la tienda necesita para funcionar.',
  consentFor: 'Con tu consentimiento, también usamos cookies para {purposes}.',
  anyTime: 'Puedes cambiar tu elección en cualquier momento.',
  preferencesPurpose: 'recordar tus ajustes',
  analyticsPurpose: 'medir las visitas',
  marketingPurpose: 'mostrar anuncios relevantes',
  otherPurpose: 'cumplir los fines descritos en las preferencias',
  privacy: 'Política de privacidad',
  acceptAll: 'Aceptar todo',
  rejectAll: 'Rechazar todo',
  customize: 'Personalizar',
  close: 'Cerrar',
  gpc: 'Tu navegador envía una señal de privacidad (GPC). La respetamos: el marketing permanece desactivado.',
  preferencesTitle: 'Preferencias de privacidad',
  save: 'Guardar selección',
  reference: 'Tu referencia de consentimiento:',
  settings: 'Ajustes de privacidad',
  cookies: 'Cookies',
  necessary: 'Necesarias',
  necessaryText: 'Imprescindibles para que la tienda funcione: carrito, inicio de sesión y seguridad. Siempre activas.',
  preferences: 'Preferencias',
  preferencesText: 'Recuerdan tus elecciones, como el idioma y la región.',
  analytics: 'Analítica',
  analyticsText: 'Cuentan las visitas y muestran cómo se usa la tienda, para poder mejorarla.',
  marketing: 'Marketing',
  marketingText: 'Muestran anuncios relevantes en otros sitios y miden su eficacia.',
};
export default es;
