// The entry of dist/integrations/shopify.js: Shopify's Customer Privacy API, loaded by assent.js only on a Shopify
// storefront.
export { connectShopify as connect } from '@assent/analytics-bridge';
