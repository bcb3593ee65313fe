import type { BannerTexts } from './language.js';

/** Portuguese texts. @example import pt from '@assent/banner/i18n/pt'; registerLanguage('pt', pt); */
const pt: BannerTexts = {
  title: 'A sua privacidade, a sua escolha',
  intro: 'Usamos cookies de que a loja precisa para funcionar.',
  consentFor: 'Com o seu consentimento, usamos também cookies para {purposes}.',
  anyTime: 'Pode alterar a sua escolha a qualquer momento.',
  preferencesPurpose: 'guardar as suas definições',
  analyticsPurpose: 'medir as visitas',
  marketingPurpose: 'mostrar anúncios relevantes',
  otherPurpose: 'cumprir as finalidades descritas nas preferências',
  listComma: ', ',
  listAnd: ' e ',
  privacy: 'Política de privacidade',
  acceptAll: 'Aceitar tudo',
  rejectAll: 'Rejeitar tudo',
  customize: 'Personalizar',
  close: 'Fechar',
  gpc: 'O seu navegador envia um sinal de privacidade (GPC). Respeitamo-lo: o marketing fica desativado.',
  preferencesTitle: 'Preferências de privacidade',
  save: 'Guardar escolhas',
  reference: 'A sua referência de consentimento:',
  settings: 'Definições de privacidade',
  cookies: 'Cookies',
  necessary: 'Necessários',
  necessaryText:
    'Indispensáveis ao funcionamento da loja, como o carrinho, o início de sessão e a segurança. Sempre ativos.',
  preferences: 'Preferências',
  preferencesText: 'Lembram as suas escolhas, como o idioma e a região.',
  analytics: 'Estatísticas',
  analyticsText: 'Contam as visitas e mostram como a loja é usada, para a podermos melhorar.',
  marketing: 'Marketing',
  marketingText: 'Mostram anúncios relevantes noutros sites e medem a sua eficácia.',
};
export default pt;
