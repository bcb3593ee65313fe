export { connectGoogleAnalytics, type GoogleAnalyticsConnection } from './connect/connect.js';
export { MEASUREMENT_ID, type GoogleAnalyticsOptions } from './connect/options.js';
export { checkPurchase, type Purchase, type PurchaseItem } from './purchase/purchase.js';
