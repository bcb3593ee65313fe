import { validate, type Rule } from '../errors/fail.js';
import { SCRIPT_URL } from '../tags/rules.js';

// Bundlers replace this; production builds drop the checks (module scope: core declares its own).
declare const process: { env: { NODE_ENV?: string } };

/**
 * Options of {@link connectGoogleAnalytics}. In development builds every option is checked: a wrong or unknown one throws an Error naming it.
 *
 * @example
 * connectGoogleAnalytics(consent, { measurementId: 'G-ABC123', mode: 'basic', advertising: false })
 */
export interface GoogleAnalyticsOptions {
  /** The GA4 (`G-…`) or Google Ads (`AW-…`) id. */
  measurementId: string;
  /** `basic` (default): gtag.js is not even requested until `analytics` is granted. `advanced`: it loads at once and sends Google's cookieless pings while consent is denied. */
  mode?: 'basic' | 'advanced';
  /** Let the `marketing` category grant `ad_storage`, `ad_user_data` and `ad_personalization` and keep Google signals on. Default `false`: they stay denied and off. */
  advertising?: boolean;
  /** Pass ad click ids through URLs while `ad_storage` is denied (`url_passthrough`). Default `false`. */
  urlPassthrough?: boolean;
  /** Milliseconds gtag.js waits for a consent update before its first hit (`wait_for_update`). Default 500. */
  waitForUpdate?: number;
  /** Where gtag.js is loaded from: http(s), or a path starting with `/` or `.`; the `id` query parameter is added. Default Google's `https://www.googletagmanager.com/gtag/js`. */
  scriptUrl?: string;
  /** Push `{ event: 'assent_consent_update', … }` on each change, for Google Tag Manager triggers. Default `true`. */
  gtmEvents?: boolean;
}

/**
 * What a measurement id may be: a GA4 id (`G-` then capitals and digits) or a Google Ads id (`AW-` then digits).
 *
 * @example
 * MEASUREMENT_ID.test('G-ABC123') // true
 */
export const MEASUREMENT_ID = /^(G-[A-Z\d]+|AW-\d+)$/;

const flag: Rule = [/^boolean/, 'true or false'];

// See validate() for how the patterns read.
const rules: Record<string, Rule> = {
  // MEASUREMENT_ID behind "string:" (a literal, so that production builds drop this table).
  measurementId: [/^string:(G-[A-Z\d]+|AW-\d+)$/, 'a "G-…" or "AW-…" id'],
  mode: [/^string:(basic|advanced)$/, '"basic" or "advanced"'],
  advertising: flag,
  urlPassthrough: flag,
  waitForUpdate: [/^number:\d+$/, 'a whole number of ms'],
  scriptUrl: SCRIPT_URL,
  gtmEvents: flag,
};

/**
 * Fills in the defaults; development builds first check the options and throw an Error naming a bad one.
 *
 * @example
 * checkOptions({ measurementId: 'G-ABC123' }).waitForUpdate // 500
 */
export function checkOptions(options: GoogleAnalyticsOptions): Required<GoogleAnalyticsOptions> {
  const all: Record<string, unknown> = {
    mode: 'basic',
    advertising: false,
    urlPassthrough: false,
    waitForUpdate: 500,
    scriptUrl: 'https://www.googletagmanager.com/gtag/js',
    gtmEvents: true,
  };
  // An option given as undefined keeps its default, as if it were left out.
  for (const [name, value] of Object.entries(options || {})) if (value !== undefined) all[name] = value;
  if (process.env.NODE_ENV != 'production') validate('analytics option "', all, rules, true);
  return all as Required<GoogleAnalyticsOptions>;
}
