import { CONSENT_OPTIONS, mustBe, type OptionRule, type OptionTable } from '@assent/core';
import { GOOGLE_ANALYTICS_OPTIONS, TAG_MANAGER_OPTIONS } from '@assent/analytics-bridge';
import { BANNER_OPTIONS } from '@assent/banner/options';

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
} as const;

type Key = keyof typeof KEYS;

// Only assentConfig may set these: what an attribute cannot say, or should not.
const CONFIG_ONLY: readonly Key[] = [
  'necessary',
  'gaScriptUrl',
  'gtmScriptUrl',
  'cookieName',
  'gpc',
  'texts',
  'meanings',
];

// The option a key sets, and the type of its value.
type OptionOf<K extends Key> = (typeof KEYS)[K] extends readonly [unknown, infer Name] ? Name : K;
type ValueOf<K extends Key> = (typeof KEYS)[K][0] extends infer Table
  ? OptionOf<K> extends keyof Table
    ? Table[OptionOf<K>] extends OptionRule<infer Value>
      ? Value
      : never
    : never
  : never;

/**
 * Everything the script tag can be told, by its `data-*` attributes or by `window.assentConfig`; each key sets an
 * option of @assent/core (`policyVersion`, `categories`, `necessary`, `mode`, `dnt` for `respectDoNotTrack`, `gpc`
 * for `respectGlobalPrivacyControl`, `expiresDays`, `cookieDomain`, `cookieName`, `meanings`), of @assent/analytics-bridge
 * (`ga` for `measurementId`, `gaMode` for `mode`, `advertising`, `gaScriptUrl` for `scriptUrl`; `gtm` for Tag
 * Manager's `containerId`, `gtmScriptUrl` for its `scriptUrl`) or of
 * @assent/banner (`privacyUrl`, `lang`, `layout`, `floatingButton`, `colorScheme`, `texts`), with that option's
 * type, check and default. An attribute wins over the same key in `assentConfig`; `necessary`, `gaScriptUrl`,
 * `cookieName`, `gpc`, `texts` and `meanings` are `assentConfig` only (`meanings: { analytics: 'statistics' }`: the
 * analytics bridge, GPC and the banner's texts follow it).
 *
 * @example
 * window.assentConfig = {
 *   categories: [{ name: 'analytics', services: [{ name: 'Google Analytics', cookies: [/^_ga/] }] }],
 *   texts: { title: 'Cookies at Lens & Co' },
 * };
 */
export type AssentConfig = { [K in Key]?: ValueOf<K> };

/** {@link AssentConfig} after checking: `policyVersion` always set. */
export type CheckedConfig = AssentConfig & { policyVersion: string };

const attributeOf = (key: string) => `data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

// Each key with the rule of the option it sets.
const rules = () =>
  Object.entries<readonly [OptionTable<unknown>, string?]>(KEYS).map(
    ([key, [table, option = key]]) => [key as Key, (table as Record<string, OptionRule<unknown>>)[option]] as const,
  );

// An attribute's text as the option's type: a flag where the option takes true ("" and "true" are true), a whole
// number where its default is one, a list of names (each once) where its default is a list. Anything else stays
// text, for the check to refuse or take.
function fromText(rule: OptionRule<unknown>, text: string): unknown {
  const takesFlag = rule.check(true);
  if (takesFlag && (text === '' || text === 'true' || text === 'false')) return text !== 'false';
  if (typeof rule.default == 'number' && /^\d+$/.test(text)) return +text;
  if (Array.isArray(rule.default)) return [...new Set(text.split(/[\s,]+/).filter(Boolean))];
  return text;
}

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
  for (const [key, rule] of rules()) {
    const fromTag = !CONFIG_ONLY.includes(key) && key in data;
    let value: unknown = fromTag ? data[key] : assentConfig[key as Key];
    // Category definitions (objects) from assentConfig are checked by core's validateCategories (see start.ts).
    if (value === undefined || (Array.isArray(value) && value.some((c) => typeof c !== 'string'))) continue;
    if (Array.isArray(value)) value = value.join(' ');
    if (typeof value == 'string') value = fromText(rule, value);
    if (!rule.check(value)) {
      delete config[key];
      const source = fromTag ? attributeOf(key) : `assentConfig.${key}`;
      console.error(
        `${mustBe(source, rule.allowed, fromTag ? data[key] : assentConfig[key as Key])}; using the default`,
      );
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
  const attributes = Object.keys(KEYS).filter((key) => !CONFIG_ONLY.includes(key as Key));
  for (const key of Object.keys(data)) {
    if (!attributes.includes(key) && !FOREIGN.includes(key)) {
      console.warn(
        `assent: unknown attribute ${attributeOf(key)} on the script tag; known: ${attributes.map(attributeOf).join(', ')}`,
      );
    }
  }
  if (!config.policyVersion) {
    if (!('policyVersion' in data || 'policyVersion' in assentConfig)) {
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
