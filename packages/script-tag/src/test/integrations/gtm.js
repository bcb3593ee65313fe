// Stands in for dist/integrations/gtm.js in the script tag's tests: records what assent.js connected it with.
export function connect(consent, options) {
  (window.loadedIntegrations ||= []).push({ name: 'gtm', consent, options });
  return { disconnect() {} };
}
