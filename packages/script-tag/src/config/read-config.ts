import {
  CATEGORY_NAME,
  COOKIE_NAME,
  POLICY_VERSION,
  isWebUrl,
  type CategoryDefinition,
  type ConsentOptions,
} from '@assent/core';
import { CONTAINER_ID, MEASUREMENT_ID } from '@assent/analytics-bridge';

/**
 * Everything the script tag can be told, by its `data-*` attributes or by `window.assentConfig`.
 * An attribute wins over the same key in `assentConfig`; `assentConfig` adds what attributes cannot say
 * (service lists, texts, the gtag.js URL).
 *
 * @example
 * window.assentConfig = {
 *   categories: [{ name: 'analytics', services: [{ name: 'Google Analytics', cookies: [/^_ga/] }] }],
 *   texts: { title: 'Cookies at Lens & Co' },
 * };
 */
export interface AssentConfig {
  /** `data-policy-version`: required; a new value asks every visitor again. */
  policyVersion?: string;
  /** `data-privacy-url`: the privacy policy, http(s) or relative. */
  privacyUrl?: string;
  /** `data-categories`: the optional categories the site uses, e.g. `analytics marketing`. */
  categories?: ReadonlyArray<string | CategoryDefinition>;
  /** Services of the `necessary` category, shown by the banner. */
  necessary?: ConsentOptions['necessary'];
  /** `data-ga`: a GA4 measurement id (`G-…`) or Ads id (`AW-…`). */
  ga?: string;
  /** `data-gtm`: a Google Tag Manager container id (`GTM-…`), loaded through Consent Mode v2. */
  gtm?: string;
  /** Where gtm.js is loaded from (default: Google's). */
  gtmScriptUrl?: string;
  /** `data-ga-mode`: `basic` (default, gtag.js or the container only after consent) or `advanced`. */
  gaMode?: 'basic' | 'advanced';
  /** Where gtag.js is loaded from (default: Google's). */
  gaScriptUrl?: string;
  /** `data-advertising`: let `marketing` grant Google's ad storage (default `false`). */
  advertising?: boolean;
  /** `data-mode`: `opt-in` (default) or `opt-out`. */
  mode?: 'opt-in' | 'opt-out';
  /** `data-dnt`: honour Do Not Track as an objection to analytics and marketing (default `false`). */
  dnt?: boolean;
  /** Honour Global Privacy Control (default `true`). */
  gpc?: boolean;
  /** `data-lang`: the banner's language; default `<html lang>`, then the browser's. */
  lang?: string;
  /** Banner texts to override, per key. */
  texts?: Readonly<Record<string, string>>;
  /** `data-expires-days`: days a decision is kept, 1 to 400 (default 182). */
  expiresDays?: number;
  /** `data-cookie-domain`: share the decision with subdomains, e.g. `shop.example`. */
  cookieDomain?: string;
  /** The consent cookie's name (default `assent`). */
  cookieName?: string;
  /** `data-layout`: `bar` (default), `box` or `modal`. */
  layout?: 'bar' | 'box' | 'modal';
  /** `data-floating-button`: a small button that reopens preferences (default `false`). */
  floatingButton?: boolean;
  /** `data-color-scheme`: `auto` (default, follows the visitor's system), `light` or `dark`. */
  colorScheme?: 'auto' | 'light' | 'dark';
}

/** {@link AssentConfig} after checking: `policyVersion` always set. */
export type CheckedConfig = AssentConfig & { policyVersion: string };

type Check = (value: string) => unknown;

const pattern =
  (re: RegExp): Check =>
  (value) =>
    re.test(value) ? value : undefined;
const oneOf = (...allowed: string[]): [Check, string] => [
  (value) => (allowed.includes(value) ? value : undefined),
  allowed.map((a) => `"${a}"`).join(' or '),
];
const flag: [Check, string] = [
  (value) => (value === '' || value === 'true' ? true : value === 'false' ? false : undefined),
  '"true" or "false"',
];

const isHttpUrl: Check = (value) => (isWebUrl(value) ? value : undefined);

// The current host or one of its parents: a browser silently drops a cookie for any other domain.
const isOwnDomain: Check = (value) => {
  const domain = value.replace(/^\./, '').toLowerCase();
  return domain && `.${location.hostname}`.endsWith(`.${domain}`) ? domain : undefined;
};

const categoryNames: Check = (value) => {
  const names = value.split(/[\s,]+/).filter(Boolean);
  return names.every((name) => CATEGORY_NAME.test(name) && name !== 'necessary') ? [...new Set(names)] : undefined;
};

// Config key (its attribute is the same in kebab case), check, what is allowed, and whether only assentConfig
// may set it. Shops have no development build, so these run in every build (core's own checks do not).
const FIELDS: ReadonlyArray<[keyof AssentConfig, Check, string, configOnly?: 1]> = [
  ['policyVersion', pattern(POLICY_VERSION), 'letters, digits, ".", "_" or "-", at most 32'],
  ['privacyUrl', isHttpUrl, 'an http(s) or relative URL'],
  [
    'categories',
    categoryNames,
    'lower-case category names (a letter, then letters, digits, "-" or "_") other than "necessary"',
  ],
  ['ga', pattern(MEASUREMENT_ID), 'a "G-…" or "AW-…" id'],
  ['gtm', pattern(CONTAINER_ID), 'a "GTM-…" container id'],
  ['gaMode', ...oneOf('basic', 'advanced')],
  ['advertising', ...flag],
  ['mode', ...oneOf('opt-in', 'opt-out')],
  ['dnt', ...flag],
  ['lang', pattern(/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i), 'a language tag like "pt-BR"'],
  [
    'expiresDays',
    (value) => (/^\d+$/.test(value) && +value >= 1 && +value <= 400 ? +value : undefined),
    'a whole number from 1 to 400',
  ],
  ['cookieDomain', isOwnDomain, 'this host or a parent domain'],
  ['layout', ...oneOf('bar', 'box', 'modal')],
  ['floatingButton', ...flag],
  ['colorScheme', ...oneOf('auto', 'light', 'dark')],
  ['gaScriptUrl', isHttpUrl, 'an http(s) or relative URL', 1],
  ['gtmScriptUrl', isHttpUrl, 'an http(s) or relative URL', 1],
  ['cookieName', pattern(COOKIE_NAME), 'a cookie name without spaces or ()<>@,;:\\"/[]?={}', 1],
  ['gpc', ...flag, 1],
];

const attributeOf = (key: string) => `data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

// Attributes other tools put on script tags; not typos.
const FOREIGN = ['cfasync'];

/** Used when `data-policy-version` is missing or invalid, so that every visitor is still asked. */
export const MISSING_POLICY_VERSION = 'unset';

/**
 * Reads the script tag's `data-*` attributes and `window.assentConfig`, checks every value and
 * returns the configuration to use. A bad value is reported with `console.error` (naming the
 * attribute, the value and what is allowed) and left out, so that the safe default applies;
 * an unknown `data-*` attribute gets a `console.warn`.
 *
 * @example
 * const config = readConfig(document.currentScript, window.assentConfig);
 * createConsent({ policyVersion: config.policyVersion, mode: config.mode });
 */
export function readConfig(script: Element | null, assentConfig: AssentConfig = {}): CheckedConfig {
  const config: Record<string, unknown> = { ...assentConfig };
  const data = (script as HTMLElement | null)?.dataset ?? {};
  for (const [key, check, allowed, configOnly] of FIELDS) {
    const fromTag = !configOnly && key in data;
    const raw: unknown = fromTag ? data[key] : assentConfig[key];
    // Category definitions (objects) from assentConfig are checked by core's validateCategories (see start.ts).
    if (raw === undefined || (Array.isArray(raw) && raw.some((c) => typeof c !== 'string'))) continue;
    const text = Array.isArray(raw) ? raw.join(' ') : String(raw);
    const value = check(text);
    if (value === undefined) {
      delete config[key];
      console.error(
        `assent: ${fromTag ? attributeOf(key) : `assentConfig.${key}`} must be ${allowed}, got "${text}"; using the default`,
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
  const attributes = FIELDS.filter(([, , , configOnly]) => !configOnly).map(([key]) => key as string);
  for (const key of Object.keys(data)) {
    if (!attributes.includes(key) && !FOREIGN.includes(key)) {
      console.warn(
        `assent: unknown attribute ${attributeOf(key)} on the script tag; known: ${attributes.map(attributeOf).join(', ')}`,
      );
    }
  }
  // Texts are shown as text, never as HTML; anything but a string would show as "[object Object]".
  const { texts } = assentConfig;
  if (
    texts !== undefined &&
    (!texts || typeof texts != 'object' || Object.values(texts).some((text) => typeof text != 'string'))
  ) {
    delete config.texts;
    console.error(
      `assent: assentConfig.texts must be an object of strings, e.g. { title: "Cookies" }; using the default texts`,
    );
  }
  if (!config.policyVersion) {
    if (!('policyVersion' in data || 'policyVersion' in assentConfig)) {
      console.error('assent: data-policy-version is required, e.g. "2024-05"; every visitor is asked until it is set');
    }
    config.policyVersion = MISSING_POLICY_VERSION;
  }
  return config as unknown as CheckedConfig;
}
