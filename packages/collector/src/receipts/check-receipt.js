// What a receipt may hold, checked field by field so a bad one is refused with a message that names the field.
// The patterns for ids, policy versions, category and cookie names are the ones @assent/core writes.

const DECISION_ID = /^[0-9a-f]{16}$/;
const POLICY_VERSION = /^[\w.-]{1,32}$/;
const CATEGORY_NAME = /^[a-z][a-z0-9_-]{0,31}$/;
const COOKIE_NAME = /^[\w!#$%&'*+.^`|~-]{1,64}$/;
const ISO_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,3})?Z$/;
const LANGUAGE = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8}){0,4}$/;
// Opaque customer ids, hashed by the site: hex, base64, base64url or a prefixed variant of them.
const SUBJECT = /^[\w.:=+/-]{1,128}$/;
const SERVICE_NAME = /^[^\u0000-\u001f\u007f]{1,64}$/;
const HOST_NAME = /^[a-z0-9.-]{1,253}$/;
// A country (ISO 3166-1) or a country and its subdivision (ISO 3166-2), as @assent/core reads a region hint.
const REGION = /^[A-Z]{2}(-[A-Z\d]{1,3})?$/;

/** The modes a decision is made under: opt-in asks first, opt-out lets the visitor object. */
export const MODES = ['opt-in', 'opt-out'];

/** How a decision was made; `reset` forgets it (the visitor withdrew everything). */
export const METHODS = ['accept-all', 'reject-all', 'custom', 'gpc', 'api', 'reset'];

// A visitor's clock may run ahead; core accepts a cookie up to a day in the future, and so does the collector.
const CLOCK_SKEW_MS = 864e5;

const FIELDS = [
  'id',
  'decidedAt',
  'policyVersion',
  'method',
  'granted',
  'denied',
  'services',
  'gpc',
  'dnt',
  'mode',
  'region',
  'regionRule',
  'language',
  'origin',
  'path',
  'subject',
  'cookie',
];

/**
 * @typedef {object} Receipt
 * @property {string} id
 * @property {string} decidedAt ISO time
 * @property {string} policyVersion
 * @property {string} method
 * @property {string[]} granted
 * @property {string[]} denied
 * @property {{ granted: string[], denied: string[] }} services
 * @property {boolean} gpc
 * @property {boolean} dnt
 * @property {string | null} mode `null` from pages older than the field
 * @property {string | null} region
 * @property {string | null} regionRule
 * @property {string} language
 * @property {string} origin
 * @property {string} path
 * @property {string | null} subject
 */

/** @typedef {{ name: string, domain?: string, days: number }} CookieRenewal */

/** A receipt the collector refuses, with the reason a site owner can act on. */
export class ReceiptError extends Error {
  /** @param {string} message @param {number} [status] */
  constructor(message, status = 422) {
    super(message);
    this.status = status;
  }
}

/**
 * Checks a parsed request body. Returns the receipt to store and, when the page asked, the consent cookie to renew.
 * Throws a {@link ReceiptError} naming the first wrong field.
 *
 * @example
 * checkReceipt(JSON.parse(body), { categories: ['analytics'], retentionDays: 1095 }).receipt.id
 * @param {unknown} body
 * @param {{ categories: readonly string[], retentionDays: number, now?: number }} rules
 * @returns {{ receipt: Receipt, cookie: CookieRenewal | null }}
 */
export function checkReceipt(body, { categories, retentionDays, now = Date.now() }) {
  if (!body || typeof body !== 'object' || Array.isArray(body))
    throw new ReceiptError('the body must be a JSON object');
  const input = /** @type {Record<string, unknown>} */ (body);
  const unknown = Object.keys(input).find((key) => !FIELDS.includes(key));
  if (unknown) throw new ReceiptError(`unknown field "${unknown.slice(0, 40)}"; allowed: ${FIELDS.join(', ')}`);

  const id = text(input, 'id', DECISION_ID, '16 lower-case hex digits');
  const decidedAt = text(input, 'decidedAt', ISO_TIME, 'an ISO time in UTC, e.g. 2026-05-01T12:00:00.000Z');
  const time = Date.parse(decidedAt);
  if (Number.isNaN(time)) throw new ReceiptError('decidedAt: not a real date');
  if (time > now + CLOCK_SKEW_MS) throw new ReceiptError('decidedAt: lies in the future');
  if (time < now - retentionDays * 864e5) throw new ReceiptError('decidedAt: older than the retention period');
  const policyVersion = text(input, 'policyVersion', POLICY_VERSION, '1 to 32 letters, digits, ".", "_" or "-"');
  const method = input.method;
  if (typeof method !== 'string' || !METHODS.includes(method))
    throw new ReceiptError(`method: must be one of ${METHODS.join(', ')}`);

  const granted = names(input, 'granted', categories);
  const denied = names(input, 'denied', categories);
  const both = granted.find((name) => denied.includes(name));
  if (both) throw new ReceiptError(`granted and denied both name "${both}"`);
  if (method === 'reset' && granted.length) throw new ReceiptError('granted: a reset grants nothing');

  return {
    receipt: {
      id,
      decidedAt: new Date(time).toISOString(),
      policyVersion,
      method,
      granted,
      denied,
      services: services(input.services),
      gpc: flag(input, 'gpc'),
      dnt: flag(input, 'dnt'),
      ...ruleOf(input),
      language: text(input, 'language', LANGUAGE, 'a language tag such as en or pt-BR'),
      origin: origin(input.origin),
      path: path(input.path),
      subject:
        input.subject == null
          ? null
          : text(input, 'subject', SUBJECT, '1 to 128 characters: letters, digits, . : = + / _ -'),
    },
    cookie: input.cookie == null ? null : cookie(input.cookie),
  };
}

/** @param {Record<string, unknown>} input @param {string} field @param {RegExp} pattern @param {string} allowed */
function text(input, field, pattern, allowed) {
  const value = input[field];
  if (typeof value !== 'string' || !pattern.test(value)) throw new ReceiptError(`${field}: must be ${allowed}`);
  return value;
}

/** @param {Record<string, unknown>} input @param {string} field */
function flag(input, field) {
  const value = input[field];
  if (typeof value !== 'boolean') throw new ReceiptError(`${field}: must be true or false`);
  return value;
}

/** @param {Record<string, unknown>} input @param {string} field @param {readonly string[]} categories */
function names(input, field, categories) {
  const value = input[field];
  if (!Array.isArray(value) || value.length > categories.length)
    throw new ReceiptError(`${field}: must be a list of this site's categories (${categories.join(', ')})`);
  for (const name of value) {
    if (typeof name !== 'string' || !CATEGORY_NAME.test(name) || !categories.includes(name))
      throw new ReceiptError(
        `${field}: "${String(name).slice(0, 40)}" is not one of this site's categories (${categories.join(', ')})`,
      );
  }
  if (new Set(value).size !== value.length) throw new ReceiptError(`${field}: names a category twice`);
  return /** @type {string[]} */ (value);
}

/** @param {unknown} value */
function services(value) {
  if (value == null) return { granted: [], denied: [] };
  if (typeof value !== 'object' || Array.isArray(value))
    throw new ReceiptError('services: must be { granted: [names], denied: [names] }');
  const input = /** @type {Record<string, unknown>} */ (value);
  const extra = Object.keys(input).find((key) => key !== 'granted' && key !== 'denied');
  if (extra) throw new ReceiptError(`services: unknown field "${extra.slice(0, 40)}"`);
  const list = (/** @type {string} */ field) => {
    const names = input[field] ?? [];
    if (
      !Array.isArray(names) ||
      names.length > 64 ||
      !names.every((n) => typeof n === 'string' && SERVICE_NAME.test(n))
    )
      throw new ReceiptError(`services.${field}: must be at most 64 service names of 1 to 64 characters`);
    return /** @type {string[]} */ (names);
  };
  return { granted: list('granted'), denied: list('denied') };
}

/**
 * The rule the decision was made under: the mode, and under rules by region the visitor's region and the entry of
 * the site's `regions` that chose the mode (the region itself, its country, or `EEA`). Each is optional, as pages
 * running an older assent.js send none.
 * @param {Record<string, unknown>} input
 */
function ruleOf({ mode, region, regionRule }) {
  if (mode != null && !MODES.includes(/** @type {string} */ (mode)))
    throw new ReceiptError(`mode: must be one of ${MODES.join(', ')}`);
  if (region != null && (typeof region !== 'string' || !REGION.test(region)))
    throw new ReceiptError('region: must be a region code such as DE or US-CA');
  if (regionRule != null) {
    const country = typeof region === 'string' ? region.slice(0, 2) : undefined;
    if (!country || mode == null || ![region, country, 'EEA'].includes(/** @type {string} */ (regionRule)))
      throw new ReceiptError(
        "regionRule: must be the entry of regions that chose the mode for this region: the region, its country or EEA, with the receipt's region and mode",
      );
  }
  return {
    mode: /** @type {string | null} */ (mode ?? null),
    region: /** @type {string | null} */ (region ?? null),
    regionRule: /** @type {string | null} */ (regionRule ?? null),
  };
}

/** @param {unknown} value */
function origin(value) {
  const problem = "origin: must be the page's origin, http(s)://host[:port]";
  if (typeof value !== 'string' || value.length > 255) throw new ReceiptError(problem);
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new ReceiptError(problem);
  }
  if (!/^https?:$/.test(url.protocol) || url.origin !== value) throw new ReceiptError(problem);
  return value;
}

/** @param {unknown} value */
function path(value) {
  // The page's path only: a query string or fragment may carry personal data, so it is refused rather than cut.
  if (typeof value !== 'string' || !/^\/[^?#\s\u0000-\u001f\u007f]{0,1023}$/.test(value))
    throw new ReceiptError('path: must be the page\'s path, starting with "/", without query string or fragment');
  return value;
}

/** @param {unknown} value */
function cookie(value) {
  const problem = 'cookie: must be { name, domain?, days } as the consent store writes it';
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new ReceiptError(problem);
  const { name, domain, days, ...rest } = /** @type {Record<string, unknown>} */ (value);
  if (Object.keys(rest).length) throw new ReceiptError(problem);
  if (typeof name !== 'string' || !COOKIE_NAME.test(name)) throw new ReceiptError(`cookie.name: ${problem}`);
  if (domain != null && (typeof domain !== 'string' || !HOST_NAME.test(domain)))
    throw new ReceiptError('cookie.domain: must be a host name such as shop.example');
  if (!Number.isInteger(days) || /** @type {number} */ (days) < 1 || /** @type {number} */ (days) > 400)
    throw new ReceiptError('cookie.days: must be a whole number from 1 to 400');
  return { name, days: /** @type {number} */ (days), ...(domain ? { domain: /** @type {string} */ (domain) } : {}) };
}
