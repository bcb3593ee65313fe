import type { CategoryDefinition, ConsentOptions } from '../types.js';
import { CATEGORY_NAME, COOKIE_NAME, POLICY_VERSION } from './options.js';

type Rule = [test: (value: any) => unknown, allowed: string];
const bool: Rule = [(v) => v === !!v, 'true or false'];

const RULES: Record<keyof ConsentOptions, Rule> = {
  policyVersion: [
    (v) => typeof v == 'string' && POLICY_VERSION.test(v),
    '1 to 32 letters, digits, ".", "_" or "-", e.g. "2024-05"',
  ],
  categories: [Array.isArray, 'an array of category names or { name, description, services }'],
  necessary: [(v) => v === undefined || (v && typeof v == 'object'), '{ description, services }'],
  mode: [(v) => v === undefined || v == 'opt-in' || v == 'opt-out', '"opt-in" or "opt-out"'],
  respectGlobalPrivacyControl: bool,
  respectDoNotTrack: bool,
  // RFC 6265 cookie-name token: no spaces, separators or control characters.
  cookieName: [
    (v) => typeof v == 'string' && COOKIE_NAME.test(v),
    'a cookie name without spaces or ()<>@,;:\\"/[]?={}',
  ],
  // A domain that is not this host or one of its parents is silently refused by the browser. Read when checked, not
  // when loaded: on a server (no location) any domain passes, and the browser's own check follows.
  get cookieDomain(): Rule {
    const host = globalThis.location?.hostname;
    return [
      (v) => v === undefined || (typeof v == 'string' && `.${host ?? v}`.endsWith(`.${v.replace(/^\./, '')}`)),
      `this host (${host}) or one of its parent domains`,
    ];
  },
  expiresDays: [(v) => Number.isInteger(v) && v > 0 && v <= 400, 'a whole number of days from 1 to 400'],
};

/**
 * The Error every wrong option gets: it names the option, the value and what is allowed.
 *
 * @example
 * throw optionError('mode', 'x', '"opt-in" or "opt-out"');
 */
export function optionError(option: string, value: unknown, allowed: string): Error {
  let shown;
  try {
    shown = value instanceof RegExp ? value : JSON.stringify(value);
  } catch {
    /* a cycle: show the type */
  }
  return new Error(`assent: option "${option}" must be ${allowed}, got ${shown ?? typeof value}`);
}

function check(ok: unknown, option: string, value: unknown, allowed: string): void {
  if (!ok) throw optionError(option, value, allowed);
}

function checkCategory(input: string | CategoryDefinition, at: string): string {
  const { name, services = [] } = typeof input == 'string' ? { name: input } : (Object(input) as CategoryDefinition);
  check(
    CATEGORY_NAME.test(name),
    `${at}.name`,
    name,
    'a lower-case name: a letter, then letters, digits, "-" or "_" (at most 32)',
  );
  check(Array.isArray(services), `${at}.services`, services, 'an array of { name, description, cookies }');
  services.forEach((service, i) => {
    check(
      service?.name && typeof service.name == 'string',
      `${at}.services[${i}].name`,
      service?.name,
      'a non-empty string',
    );
    const cookies = service.cookies ?? [];
    check(
      Array.isArray(cookies) && cookies.every((c: unknown) => c instanceof RegExp || (c && typeof c == 'string')),
      `${at}.services[${i}].cookies`,
      cookies,
      'an array of cookie names (strings) or regular expressions',
    );
  });
  return name;
}

/**
 * Checks every option (development builds only) and throws an Error naming the first wrong one.
 *
 * @example
 * validateOptions({ policyVersion: '1', mode: 'optin' as 'opt-in' }) // Error: assent: option "mode" must be "opt-in" or "opt-out", got "optin"
 */
export function validateOptions(input: ConsentOptions, resolved: Record<string, unknown>): void {
  check(input && typeof input == 'object', 'options', input, 'an object with at least { policyVersion }');
  for (const key of Object.keys({ ...RULES, ...input })) {
    const rule = RULES[key as keyof ConsentOptions];
    check(rule, key, (input as any)[key], `one of the options ${Object.keys(RULES).join(', ')}`);
    check(rule[0](resolved[key]), key, (input as any)[key], rule[1]);
  }
  validateCategories(input.categories, input.necessary);
}

/**
 * Checks the `categories` and `necessary` options and throws an Error naming the first wrong one. Part of
 * {@link validateOptions}; the script tag runs it in every build, because shops have no development build.
 *
 * @example
 * validateCategories([{ name: 'analytics', services: [{ name: 'GA', cookies: [/^_ga/] }] }]);
 */
export function validateCategories(
  categories: ConsentOptions['categories'] = [],
  necessary?: ConsentOptions['necessary'],
): void {
  const seen: string[] = [];
  categories.forEach((c, i) => {
    const name = checkCategory(c, `categories[${i}]`);
    check(
      name != 'necessary',
      `categories[${i}]`,
      name,
      'an optional category: "necessary" is always granted and cannot be optional',
    );
    check(!seen.includes(name), `categories[${i}]`, name, 'a category not already named');
    seen.push(name);
  });
  if (necessary) checkCategory({ ...necessary, name: 'necessary' }, 'necessary');
}
