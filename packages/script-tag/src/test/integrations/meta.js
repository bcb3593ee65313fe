// Stands in for dist/integrations/meta.js in the script tag's tests: records what assent.js handed it.
export function connect(consent, options, nonce) {
  (window.loadedIntegrations ||= []).push({ name: 'meta', consent, options, nonce });
  return { disconnect() {} };
}
