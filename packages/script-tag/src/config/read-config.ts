import { CONSENT_OPTIONS, type OptionRule, type OptionTable, type RegionOptions } from '@assent/core';
import { GOOGLE_ANALYTICS_OPTIONS, TAG_MANAGER_OPTIONS } from '@assent/analytics-bridge';
import { BANNER_OPTIONS } from '@assent/banner/options';
import type { ReceiptOptions } from '@assent/receipts';
import { checkGiven, type Given } from './check-given.js';
import { TAG_OPTIONS } from './tag-options.js';

// Each key the script tag can be told (its attribute is the same in kebab case: gaMode, data-ga-mode) and the
// package option it sets: the option of the same name, unless another is named. The packages' tables own the
// checks, the words and the defaults; shops have no development build, so the tag runs those checks in every build.
const KEYS = {
  policyVersion: [CONSENT_OPTIONS],
  privacyUrl: [BANNER_OPTIONS],
  categories: [CONSENT_OPTIONS],
  ga: [GOOGLE_ANALYTICS_OPTIONS, 'measurementId'],
  gtm: [TAG_MANAGER_OPTIONS, 'containerId'],
  gaMode: [GOOGLE_ANALYTICS_OPTIONS, 'mode'],
  advertising: [GOOGLE_ANALYTICS_OPTIONS],
  mode: [CONSENT_OPTIONS],
  dnt: [CONSENT_OPTIONS, 'respectDoNotTrack'],
  lang: [BANNER_OPTIONS],
  expiresDays: [CONSENT_OPTIONS],
  cookieDomain: [CONSENT_OPTIONS],
  layout: [BANNER_OPTIONS],
  floatingButton: [BANNER_OPTIONS],
  colorScheme: [BANNER_OPTIONS],
  necessary: [CONSENT_OPTIONS],
  gaScriptUrl: [GOOGLE_ANALYTICS_OPTIONS, 'scriptUrl'],
  gtmScriptUrl: [TAG_MANAGER_OPTIONS, 'scriptUrl'],
  cookieName: [CONSENT_OPTIONS],
  gpc: [CONSENT_OPTIONS, 'respectGlobalPrivacyControl'],
  texts: [BANNER_OPTIONS],
  meanings: [CONSENT_OPTIONS],
  placeholders: [TAG_OPTIONS],
  // The integrations that live in files of their own (integrations/<name>.js): each key names its file and the option
  // it sets there. assent.js only hands the values over; the file checks them through its package's option table
  // (see check-given.ts), so that a site that uses none downloads none of their rules. An integration's first key
  // turns it on.
  receipts: ['receipts', 'endpoint'],
  receiptsSubject: ['receipts', 'subject'],
  metaPixel: ['meta', 'pixelId'],
  uet: ['uet', 'tagId'],
  clarity: ['clarity', 'projectId'],
  matomo: ['matomo', 'url'],
  matomoSite: ['matomo', 'siteId'],
  // Rules by region: read before the store is made (see start.ts), from a file of their own.
  regions: ['regions'],
  region: ['regions'],
} as const;

// The types of the integrations' keys, from their packages' option types.
type LoadedValues = {
  receipts: ReceiptOptions['endpoint'];
  receiptsSubject: ReceiptOptions['subject'];
  metaPixel: string;
  uet: string;
  clarity: string;
  matomo: string;
  matomoSite: string;
  regions: RegionOptions['regions'];
  region: string;
};

type Key = keyof typeof KEYS;

// Only assentConfig may set these: what an attribute cannot say, or should not.
// A customer id changes with the visitor: markup that a CDN caches for everyone must not carry it.
const CONFIG_ONLY: readonly Key[] = [
  'necessary',
  'gaScriptUrl',
  'gtmScriptUrl',
  'cookieName',
  'gpc',
  'texts',
  'meanings',
  'receiptsSubject',
];

// The option a key sets, and the type of its value.
type OptionOf<K extends Key> = (typeof KEYS)[K] extends readonly [unknown, infer Name] ? Name : K;
type ValueOf<K extends Key> = K extends keyof LoadedValues ? LoadedValues[K] : ValueOfChecked<K>;
type ValueOfChecked<K extends Key> = (typeof KEYS)[K][0] extends infer Table
  ? OptionOf<K> extends keyof Table
    ? Table[OptionOf<K>] extends OptionRule<infer Value>
      ? Value
      : never
    : never
  : never;

/**
 * Everything the script tag can be told, by its `data-*` attributes or by `window.assentConfig`; each key sets an
 * option of @assent/core (`policyVersion`, `categories`, `necessary`, `mode`, `dnt` for `respectDoNotTrack`, `gpc`
 * for `respectGlobalPrivacyControl`, `expiresDays`, `cookieDomain`, `cookieName`, `meanings`; `regions` and `region`
 * for its `ruleInForce`: `data-regions` for Assent's rules by region, `data-region="US-CA"` the visitor's region), of
 * @assent/analytics-bridge
 * (`ga` for `measurementId`, `gaMode` for `mode`, `advertising`, `gaScriptUrl` for `scriptUrl`; `gtm` for Tag
 * Manager's `containerId`, `gtmScriptUrl` for its `scriptUrl`) or of
 * @assent/banner (`privacyUrl`, `lang`, `layout`, `floatingButton`, `colorScheme`, `texts`), of the tag itself
 * (`placeholders`: `off` for a shop that draws its own placeholders over waiting embeds) or of @assent/receipts
 * (`receipts` for `endpoint`, `receiptsSubject` for `subject`) and of the vendors' connections of
 * @assent/analytics-bridge (`metaPixel` for the Meta pixel's `pixelId`, `uet` for Microsoft UET's `tagId`, `clarity`
 * for Clarity's `projectId`, `matomo` and `matomoSite` for Matomo's `url` and `siteId`), with that option's type,
 * check and default. An
 * attribute wins over the same key in `assentConfig`; `necessary`, `gaScriptUrl`, `gtmScriptUrl`, `cookieName`,
 * `gpc`, `texts`, `receiptsSubject` and `meanings` are `assentConfig` only (`meanings: { analytics: 'statistics' }`:
 * the analytics bridge, GPC and the banner's texts follow it).
 *
 * @example
 * window.assentConfig = {
 *   categories: [{ name: 'analytics', services: [{ name: 'Google Analytics', cookies: [/^_ga/] }] }],
 *   texts: { title: 'Cookies at Lens & Co' },
 * };
 */
export type AssentConfig = { [K in Key]?: ValueOf<K> };

/**
 * {@link AssentConfig} after checking: `policyVersion` always set; `integrations`, by file name, the values given for
 * each integration that is turned on, for that file to check.
 */
export type CheckedConfig = AssentConfig & { policyVersion: string; integrations?: Record<string, Given> };

const attributeOf = (key: string) => `data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

// Attributes other tools put on script tags; not typos.
const FOREIGN = ['cfasync'];

/** Used when `data-policy-version` is missing or invalid, so that every visitor is still asked. */
export const MISSING_POLICY_VERSION = 'unset';

/**
 * Reads the script tag's `data-*` attributes and `window.assentConfig`, checks every value against the option
 * tables of the packages and returns the configuration to use. A bad value is reported with `console.error`
 * (naming the attribute, the value and what is allowed) and left out, so that the safe default applies;
 * an unknown `data-*` attribute gets a `console.warn`.
 *
 * @example
 * const config = readConfig(document.currentScript, window.assentConfig);
 * createConsent({ ...optionsFor(CONSENT_OPTIONS, config), policyVersion: config.policyVersion });
 */
export function readConfig(script: Element | null, assentConfig: AssentConfig = {}): CheckedConfig {
  const config: Record<string, unknown> = { ...assentConfig };
  const data = (script as HTMLElement | null)?.dataset ?? {};
  // Listed once: asking the element about each key the tag could carry costs more than the few it does carry.
  const onTag = Object.keys(data);
  // Where a key's value comes from: the tag wins, except for the keys only assentConfig may set.
  const givenFor = (key: Key) => {
    const fromTag = !CONFIG_ONLY.includes(key) && onTag.includes(key);
    return [fromTag ? attributeOf(key) : `assentConfig.${key}`, fromTag ? data[key] : assentConfig[key]] as const;
  };
  const integrations: Record<string, Given> = {};
  // The integrations whose first key was read: only that key turns one on.
  const passed: string[] = [];
  for (const [key, [owner, option = key]] of Object.entries<readonly [OptionTable<unknown> | string, string?]>(KEYS)) {
    const [source, given] = givenFor(key as Key);
    if (typeof owner == 'string') {
      // Handed over with where it came from, given or not, for the file to name it.
      delete config[key];
      const firstKey = !passed.includes(owner);
      passed.push(owner);
      if (integrations[owner] || (firstKey && given !== undefined))
        (integrations[owner] ||= {})[option] = [source, given];
      continue;
    }
    // Category definitions (objects) from assentConfig are checked by core's validateCategories (see start.ts).
    if (given === undefined || (Array.isArray(given) && given.some((c) => typeof c !== 'string'))) continue;
    const rule = (owner as Record<string, OptionRule<unknown>>)[option];
    const checked = checkGiven(rule, source, Array.isArray(given) ? given.join(' ') : given, 'using the default');
    const value = checked?.value;
    if (!checked) {
      delete config[key];
    } else if (key === 'categories') {
      // Names from the tag pick their definitions (services, descriptions) from assentConfig.
      const defined = assentConfig.categories ?? [];
      config[key] = (value as string[]).map(
        (name) => defined.find((c) => typeof c === 'object' && c.name === name) ?? name,
      );
    } else {
      config[key] = value;
    }
  }
  if (Object.keys(integrations).length) config.integrations = integrations;
  const attributes = Object.keys(KEYS).filter((key) => !CONFIG_ONLY.includes(key as Key));
  for (const key of onTag) {
    if (!attributes.includes(key) && !FOREIGN.includes(key)) {
      console.warn(
        `assent: unknown attribute ${attributeOf(key)} on the script tag; known: ${attributes.map(attributeOf).join(', ')}`,
      );
    }
  }
  if (!config.policyVersion) {
    if (!(onTag.includes('policyVersion') || 'policyVersion' in assentConfig)) {
      console.error('assent: data-policy-version is required, e.g. "2024-05"; every visitor is asked until it is set');
    }
    config.policyVersion = MISSING_POLICY_VERSION;
  }
  return config as CheckedConfig;
}

/**
 * The options of one package from the checked configuration: every key that sets an option of `table`, under
 * that option's name. What was not given is left out, so that the package applies its own default.
 *
 * @example
 * connectGoogleAnalytics(consent, optionsFor(GOOGLE_ANALYTICS_OPTIONS, config) as GoogleAnalyticsOptions);
 */
export function optionsFor<Options>(table: OptionTable<Options>, config: AssentConfig): Partial<Options> {
  const options: Record<string, unknown> = {};
  for (const [key, [owner, option = key]] of Object.entries<readonly [unknown, string?]>(KEYS)) {
    const value = config[key as Key];
    if (owner === table && value !== undefined) options[option] = value;
  }
  return options as Partial<Options>;
}
