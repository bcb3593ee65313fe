// The entry of dist/integrations/gtm.js: Google Tag Manager, loaded by assent.js only when data-gtm is given.
export { connectTagManager as connect } from '@assent/analytics-bridge';
