export { createConsent } from './store/create-consent.js';
export { gateElements, type GateOptions } from './gating/gate-elements.js';
export { removeCookies } from './cleanup/remove-cookies.js';
export { isWebUrl } from './gating/web-url.js';
export { CATEGORY_NAME, COOKIE_NAME, POLICY_VERSION } from './options/options.js';
export { validateCategories } from './options/validate.js';
export type {
  Consent,
  ConsentChange,
  ConsentMethod,
  ConsentOptions,
  ConsentState,
  ConsentStatus,
  CategoryDefinition,
  ServiceDefinition,
} from './types.js';
