export { createConsent } from './store/create-consent.js';
export { gateElements, type BlockedElement, type GateOptions } from './gating/gate-elements.js';
export { serviceCategories } from './categories/services.js';
export { removeCookies } from './cleanup/remove-cookies.js';
export { isWebUrl } from './gating/web-url.js';
export {
  ANALYTICS,
  CATEGORY_NAME,
  DEFAULT_MEANINGS,
  MARKETING,
  MEANINGS_RULE,
  NECESSARY,
  PREFERENCES,
  warnOfMissingCategory,
  type CategoryMeanings,
  type Meaning,
} from './categories/meanings.js';
export {
  CONSENT_DEFAULTS,
  CONSENT_OPTIONS,
  COOKIE_NAME,
  POLICY_VERSION,
  validateCategories,
} from './options/consent-options.js';
export {
  FLAG,
  LANGUAGE_TAG,
  oneOf,
  WEB_URL,
  mustBe,
  optionTable,
  throwOnWrongOption,
  type OptionRule,
  type OptionTable,
} from './options/option-table.js';
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
