export { connectGoogleAnalytics, type GoogleAnalyticsConnection } from './connect/connect.js';
export {
  GOOGLE_ANALYTICS_DEFAULTS,
  GOOGLE_ANALYTICS_OPTIONS,
  MEASUREMENT_ID,
  type GoogleAnalyticsOptions,
} from './connect/options.js';
export { checkPurchase, type Purchase, type PurchaseItem } from './purchase/purchase.js';
