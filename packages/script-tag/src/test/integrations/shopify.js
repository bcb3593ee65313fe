// Stands in for dist/integrations/shopify.js in the script tag's tests: records what assent.js connected it with.
export function connect(consent, options) {
  (window.loadedIntegrations ||= []).push({ name: 'shopify', consent, options });
  return { disconnect() {} };
}
