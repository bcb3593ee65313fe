// The options of createConsent: their rules, words and defaults, in one table (see option-table.ts).
import type { CategoryDefinition, ConsentOptions } from '../types.js';
import { FLAG, mustBe, optionTable, throwOnWrongOption } from './option-table.js';
import { CATEGORY_NAME, DEFAULT_MEANINGS, MEANINGS_RULE, NECESSARY } from '../categories/meanings.js';

/**
 * What a policy version may be: 1 to 32 letters, digits, ".", "_" or "-".
 *
 * @example
 * POLICY_VERSION.test('2024-05') // true
 */
export const POLICY_VERSION = /^[\w.-]{1,32}$/;

/**
 * What the consent cookie's name may be: an RFC 6265 token, without spaces, separators or control characters.
 *
 * @example
 * COOKIE_NAME.test('assent') // true
 */
export const COOKIE_NAME = /^[\w!#$%&'*+.^`|~-]{1,64}$/;

/**
 * The defaults of {@link ConsentOptions}, kept apart from their checks so that production builds carry only these.
 *
 * @example
 * CONSENT_DEFAULTS.expiresDays // 182
 */
export const CONSENT_DEFAULTS = {
  categories: ['preferences', 'analytics', 'marketing'],
  mode: 'opt-in',
  respectGlobalPrivacyControl: true,
  respectDoNotTrack: false,
  cookieName: 'assent',
  expiresDays: 182,
  meanings: DEFAULT_MEANINGS,
} as const;

// A domain that is not this host or one of its parents is silently refused by the browser; domains ignore case.
// The host is read when checked, not when loaded: on a server (no location) any domain passes, and the browser's
// own check follows.
const isOwnDomain = (value: unknown) => {
  if (typeof value != 'string') return false;
  const domain = value.replace(/^\./, '').toLowerCase();
  return `.${globalThis.location?.hostname ?? domain}`.endsWith(`.${domain}`);
};

const objectOrNone = (value: unknown) => value === undefined || (!!value && typeof value == 'object');

const categoriesAreValid = (value: unknown) => {
  try {
    validateCategories(value as ConsentOptions['categories']);
    return Array.isArray(value);
  } catch {
    return false;
  }
};

/**
 * Every option of {@link ConsentOptions}: its check, what it allows in words, and its default. `createConsent`
 * throws on a wrong one in development builds; the script tag reports a wrong attribute in every build.
 *
 * @example
 * CONSENT_OPTIONS.mode.check('optin') // false
 * CONSENT_OPTIONS.mode.allowed // '"opt-in" or "opt-out"'
 */
export const CONSENT_OPTIONS = /* @__PURE__ */ optionTable<ConsentOptions>(CONSENT_DEFAULTS, {
  policyVersion: {
    check: (value) => typeof value == 'string' && POLICY_VERSION.test(value),
    allowed: '1 to 32 letters, digits, ".", "_" or "-", e.g. "2024-05"',
  },
  categories: {
    check: categoriesAreValid,
    allowed:
      'lower-case names (a letter, then letters, digits, "-" or "_") other than "necessary", each once, or { name, description, services: [{ id, name, description, cookies }] }',
  },
  necessary: {
    check: objectOrNone,
    allowed: '{ description, services }',
  },
  mode: {
    // Left undefined, it means the default.
    check: (value) => value === undefined || value == 'opt-in' || value == 'opt-out',
    allowed: '"opt-in" or "opt-out"',
  },
  respectGlobalPrivacyControl: FLAG,
  respectDoNotTrack: FLAG,
  // RFC 6265 cookie-name token: no spaces, separators or control characters.
  cookieName: {
    check: (value) => typeof value == 'string' && COOKIE_NAME.test(value),
    allowed: 'a cookie name without spaces or ()<>@,;:\\"/[]?={}',
  },
  cookieDomain: {
    check: (value) => value === undefined || isOwnDomain(value),
    get allowed() {
      return `this host (${globalThis.location?.hostname}) or one of its parent domains`;
    },
  },
  expiresDays: {
    check: (value) => Number.isInteger(value) && (value as number) > 0 && (value as number) <= 400,
    allowed: 'a whole number of days from 1 to 400',
  },
  meanings: MEANINGS_RULE,
  rule: {
    check: objectOrNone,
    allowed: 'the rule from ruleInForce()',
  },
});

function check(ok: unknown, option: string, value: unknown, allowed: string): void {
  if (!ok) throw optionError(option, value, allowed);
}

/**
 * The Error a wrong option of `createConsent` (or argument of its methods) gets: it names it, the value and what
 * is allowed.
 *
 * @example
 * throw optionError('mode', 'x', '"opt-in" or "opt-out"');
 */
export const optionError = (option: string, value: unknown, allowed: string): Error =>
  new Error(mustBe(`option "${option}"`, allowed, value));

const NAME_RULE = 'a lower-case name: a letter, then letters, digits, "-" or "_" (at most 32)';

// Shown as text: anything else (an object shaped like a template) must not reach the banner.
const checkDescription = (description: unknown, at: string) =>
  check(description === undefined || typeof description == 'string', `${at}.description`, description, 'a string');

// `ids` collects the service ids met so far, across categories.
function checkCategory(input: string | CategoryDefinition, at: string, ids: string[] = []): string {
  const {
    name,
    description,
    services = [],
  } = typeof input == 'string' ? { name: input } : (Object(input) as CategoryDefinition);
  check(CATEGORY_NAME.test(name), `${at}.name`, name, NAME_RULE);
  checkDescription(description, at);
  check(Array.isArray(services), `${at}.services`, services, 'an array of { id, name, description, cookies }');
  const withId = services.filter((service) => service?.id !== undefined).length;
  check(
    !withId || withId == services.length,
    `${at}.services`,
    services.map((service) => service?.id),
    'services all with an id or none',
  );
  services.forEach((service, i) => {
    const { id, name: label } = Object(service) as { id?: unknown; name?: unknown };
    const where = `${at}.services[${i}]`;
    check(label && typeof label == 'string', `${where}.name`, label, 'a non-empty string');
    if (id !== undefined) {
      check(typeof id == 'string' && CATEGORY_NAME.test(id), `${where}.id`, id, NAME_RULE);
      check(name != NECESSARY, `${where}.id`, id, 'absent: necessary services have no switch');
      check(!ids.includes(id as string), `${where}.id`, id, 'an id no category or other service has');
      ids.push(id as string);
    }
    checkDescription(service.description, where);
    const cookies = service.cookies ?? [];
    check(
      Array.isArray(cookies) && cookies.every((c: unknown) => c instanceof RegExp || (c && typeof c == 'string')),
      `${where}.cookies`,
      cookies,
      'an array of cookie names (strings) or regular expressions',
    );
  });
  return name;
}

/**
 * Checks every option against {@link CONSENT_OPTIONS} (development builds only) and throws an Error naming the
 * first wrong one; a wrong category gets the detail of {@link validateCategories}.
 *
 * @example
 * validateOptions({ policyVersion: '1', mode: 'optin' as 'opt-in' }, resolved)
 * // Error: assent: option "mode" must be "opt-in" or "opt-out", got "optin"
 */
export function validateOptions(input: ConsentOptions, resolved: object): void {
  check(input && typeof input == 'object', 'options', input, 'an object with at least { policyVersion }');
  validateCategories(Array.isArray(input.categories) ? input.categories : [], input.necessary);
  throwOnWrongOption('option', CONSENT_OPTIONS, input, resolved);
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
  // Categories and service ids share one namespace: data-consent, allowed() and the choices name either.
  const names = categories.map((c) => (typeof c == 'string' ? c : Object(c).name));
  const ids: string[] = [NECESSARY, ...names];
  if (necessary) checkCategory({ ...necessary, name: NECESSARY }, NECESSARY, ids);
  categories.forEach((c, i) => {
    const name = checkCategory(c, `categories[${i}]`, ids);
    check(
      name != NECESSARY,
      `categories[${i}]`,
      name,
      'an optional category: "necessary" is always granted and cannot be optional',
    );
    check(!seen.includes(name), `categories[${i}]`, name, 'a category not already named');
    seen.push(name);
  });
}
