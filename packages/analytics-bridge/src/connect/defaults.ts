/**
 * The defaults of `GoogleAnalyticsOptions`, in a file of their own: their checks' table imports core's rules,
 * which production builds, checking nothing, need not carry.
 *
 * @example
 * GOOGLE_ANALYTICS_DEFAULTS.waitForUpdate // 500
 */
export const GOOGLE_ANALYTICS_DEFAULTS = {
  mode: 'basic',
  advertising: false,
  urlPassthrough: false,
  waitForUpdate: 500,
  scriptUrl: 'https://www.googletagmanager.com/gtag/js',
  gtmEvents: true,
  service: 'google-analytics',
} as const;
