import type { BannerTexts } from './language.js';

/** French texts. @example import fr from '@assent/banner/i18n/fr'; registerLanguage('fr', fr); */
const fr: BannerTexts = {
  title: 'Votre vie privée, votre choix',
  text: 'Nous utilisons des cookies nécessaires au fonctionnement de la boutique. Avec votre accord, nous utilisons aussi des cookies pour mémoriser vos réglages, mesurer les visites et afficher des publicités pertinentes. Vous pouvez modifier votre choix à tout moment.',
  privacy: 'Politique de confidentialité',
  acceptAll: 'Tout accepter',
  rejectAll: 'Tout refuser',
  customize: 'Personnaliser',
  close: 'Fermer',
  gpc: 'Votre navigateur envoie un signal de confidentialité (GPC). Nous le respectons : le marketing reste désactivé.',
  preferencesTitle: 'Préférences de confidentialité',
  save: 'Enregistrer mes choix',
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
