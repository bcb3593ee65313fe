import type { BannerTexts } from './language.js';

/** French texts. @example import fr from '@assent/banner/i18n/fr'; registerLanguage('fr', fr); */
const fr: BannerTexts = {
  title: 'Votre vie privée, votre choix',
  intro: 'Nous utilisons des cookies nécessaires au fonctionnement de la boutique.',
  consentFor: 'Avec votre accord, nous utilisons aussi des cookies pour {purposes}.',
  anyTime: 'Vous pouvez modifier votre choix à tout moment.',
  preferencesPurpose: 'mémoriser vos réglages',
  analyticsPurpose: 'mesurer les visites',
  marketingPurpose: 'afficher des publicités pertinentes',
  otherPurpose: 'servir les finalités décrites dans les préférences',
  privacy: 'Politique de confidentialité',
  acceptAll: 'Tout accepter',
  rejectAll: 'Tout refuser',
  customize: 'Personnaliser',
  close: 'Fermer',
  gpc: 'Votre navigateur envoie un signal de confidentialité (GPC). Nous le respectons : le marketing reste désactivé.',
  preferencesTitle: 'Préférences de confidentialité',
  save: 'Enregistrer mes choix',
  reference: 'Votre référence de consentement :',
  settings: 'Paramètres de confidentialité',
  cookies: 'Cookies',
  necessary: 'Nécessaires',
  necessaryText: 'Indispensables au fonctionnement de la boutique : panier, connexion, sécurité. Toujours actifs.',
  preferences: 'Préférences',
  preferencesText: 'Mémorisent vos choix, comme la langue et la région.',
  analytics: 'Mesure d’audience',
  analyticsText: 'Comptent les visites et montrent comment la boutique est utilisée, pour l’améliorer.',
  marketing: 'Marketing',
  marketingText: 'Affichent des publicités pertinentes sur d’autres sites et mesurent leur efficacité.',
};
export default fr;
