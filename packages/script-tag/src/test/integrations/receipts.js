// Stands in for dist/integrations/receipts.js in the script tag's tests: records what assent.js handed it.
export function connect(consent, options, nonce) {
  (window.loadedIntegrations ||= []).push({ name: 'receipts', consent, options, nonce });
  return { disconnect() {} };
}
