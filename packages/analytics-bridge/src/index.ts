export { connectGoogleAnalytics, type GoogleAnalyticsConnection } from './connect/connect.js';
export {
  GOOGLE_ANALYTICS_DEFAULTS,
  GOOGLE_ANALYTICS_OPTIONS,
  MEASUREMENT_ID,
  type GoogleAnalyticsOptions,
} from './connect/options.js';
export { checkPurchase, type Purchase, type PurchaseItem } from './purchase/purchase.js';
export { consentEvent } from './gtag/consent-event.js';
export { connectTagManager, type TagManagerOptions } from './gtm/tag-manager.js';
export { CONTAINER_ID, TAG_MANAGER_DEFAULTS, TAG_MANAGER_OPTIONS } from './gtm/options.js';
export { connectMetaPixel, META_COOKIES, type MetaPixelOptions } from './meta/meta-pixel.js';
export { META_PIXEL_DEFAULTS, META_PIXEL_OPTIONS } from './meta/options.js';
export { connectMicrosoftAds, UET_COOKIES, type MicrosoftAdsOptions } from './microsoft/microsoft-ads.js';
export { MICROSOFT_ADS_DEFAULTS, MICROSOFT_ADS_OPTIONS } from './microsoft/ads-options.js';
export { connectClarity, CLARITY_COOKIES, type ClarityOptions } from './microsoft/clarity.js';
export { CLARITY_DEFAULTS, CLARITY_OPTIONS } from './microsoft/clarity-options.js';
export { connectMatomo, MATOMO_COOKIES, type MatomoOptions } from './matomo/matomo.js';
export { MATOMO_OPTIONS } from './matomo/options.js';
export { connectShopify, onShopify, type CustomerPrivacy, type ShopifyOptions } from './shopify/shopify.js';
export type { TagConnection } from './tags/with-defaults.js';
export { siteGlobal } from './tags/site-global.js';
