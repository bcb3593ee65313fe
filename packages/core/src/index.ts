export type {
  Consent, ConsentChange, ConsentMethod, ConsentOptions, ConsentState, ConsentStatus,
  CategoryDefinition, ServiceDefinition,
} from './types.js';
