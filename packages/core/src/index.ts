export { createConsent } from './store/create-consent.js';
export { gateElements } from './gating/gate-elements.js';
export { removeCookies } from './cleanup/remove-cookies.js';
export type {
  Consent, ConsentChange, ConsentMethod, ConsentOptions, ConsentState, ConsentStatus,
  CategoryDefinition, ServiceDefinition,
} from './types.js';
