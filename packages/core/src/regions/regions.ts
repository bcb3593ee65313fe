// Which mode applies where: the `regions` option, the visitor's region hint, and the one rule that picks the mode
// in force from them. The hint comes from the site's server (its CDN's country header), never from page markup.
import { optionTable, throwOnWrongOption, type OptionRule } from '../options/option-table.js';

/**
 * A consent mode: `opt-in` asks before anything optional runs; `opt-out` runs it until the visitor objects.
 *
 * @example
 * const mode: ConsentMode = 'opt-out';
 */
export type ConsentMode = 'opt-in' | 'opt-out';

/**
 * Which mode applies where, by region: an ISO 3166-1 country (`DE`, `GB`), an ISO 3166-2 subdivision (`US-CA`), or
 * `EEA` (the European Union with Iceland, Liechtenstein and Norway). The most precise entry that names the visitor's
 * region applies (`US-CA`, then `US`, then `EEA`); elsewhere, the `mode` option.
 *
 * @example
 * const regions: RegionRules = { EEA: 'opt-in', GB: 'opt-in', 'US-CA': 'opt-out' };
 */
export type RegionRules = Readonly<Record<string, ConsentMode>>;

/**
 * The countries of the European Economic Area: the 27 of the European Union, then Iceland, Liechtenstein, Norway.
 *
 * @example
 * EEA_COUNTRIES.includes('DE') // true
 */
export const EEA_COUNTRIES =
  'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK IS LI NO'.split(' ');

/**
 * The US states whose comprehensive privacy laws are in force (an opt-out of the sale or sharing of personal data,
 * and of targeted advertising), as ISO 3166-2 codes.
 *
 * @example
 * US_PRIVACY_STATES.includes('US-CA') // true
 */
export const US_PRIVACY_STATES = 'CA CO CT DE IA IN KY MD MN MT NE NH NJ OR RI TN TX UT VA'
  .split(' ')
  .map((state) => 'US-' + state);

/**
 * Assent's defaults for `regions: true`: opt-in in the EEA (GDPR and ePrivacy), the UK (UK GDPR and PECR) and
 * Switzerland (FADP); opt-out, with "Do Not Sell or Share" and Global Privacy Control honoured, in
 * {@link US_PRIVACY_STATES}. Elsewhere the `mode` option applies. Not legal advice: see the README.
 *
 * @example
 * createConsent({ policyVersion: '1', mode: 'opt-out', regions: { ...REGION_DEFAULTS, BR: 'opt-in' } });
 */
export const REGION_DEFAULTS: RegionRules = {
  EEA: 'opt-in',
  GB: 'opt-in',
  CH: 'opt-in',
  ...Object.fromEntries(US_PRIVACY_STATES.map((state) => [state, 'opt-out'])),
};

// A country, or a country and its subdivision, as CDNs send them. XX and ZZ are what they send when they do not know.
const REGION_CODE = /^(?!XX|ZZ)[A-Z]{2}(-[A-Z\d]{1,3})?$/;

const isMode = (value: unknown) => value == 'opt-in' || value == 'opt-out';

/**
 * The rule of the `regions` option: `true` (Assent's {@link REGION_DEFAULTS}) or an object of region codes to modes.
 *
 * @example
 * REGIONS_RULE.check({ 'US-CA': 'opt-out' }) // true
 * REGIONS_RULE.check({ California: 'opt-out' }) // false
 */
export const REGIONS_RULE: Omit<OptionRule<true | RegionRules>, 'default'> = {
  check: (value) =>
    value === true ||
    (!!value &&
      Object.getPrototypeOf(value) == Object.prototype &&
      Object.entries(value).every(([code, mode]) => (code == 'EEA' || REGION_CODE.test(code)) && isMode(mode))),
  allowed:
    'true (the defaults) or { region: mode }, each region "DE", "US-CA" or "EEA", each mode "opt-in" or "opt-out"',
};

/**
 * The rule of the `region` option, the visitor's region hint: any text (a hint that is not a region code, such as a
 * CDN's "XX" for unknown, counts as no hint), or none.
 *
 * @example
 * REGION_HINT_RULE.check('US-CA') // true
 */
export const REGION_HINT_RULE: Omit<OptionRule<string>, 'default'> = {
  check: (value) => value === undefined || typeof value == 'string',
  allowed: 'a region code like "DE" or "US-CA"',
};

/**
 * What {@link ruleInForce} is told: the site's rules by region, the visitor's region hint, and the site's own mode.
 *
 * @example
 * const options: RegionOptions = { regions: true, region: 'US-CA', mode: 'opt-out' };
 */
export interface RegionOptions {
  /** `true` for {@link REGION_DEFAULTS}, or an object of region codes (`DE`, `US-CA`, `EEA`) to modes. */
  regions: true | RegionRules;
  /**
   * The visitor's region as the site's server knows it (its CDN's country header): `DE`, `US-CA`. Default: the
   * `assent_region` cookie, if the server sets one. A hint that is not a region code counts as none.
   */
  region?: string;
  /** The mode of visitors whose region no entry names (the site's `mode`). Default `opt-in`. */
  mode?: ConsentMode;
}

/**
 * The options of {@link ruleInForce}, checked in development builds, and by the script tag in every build.
 *
 * @example
 * REGION_OPTIONS.regions.allowed // 'true (the defaults) or { region: mode }, …'
 */
export const REGION_OPTIONS = /* @__PURE__ */ optionTable<RegionOptions>(
  { mode: 'opt-in' },
  {
    regions: REGIONS_RULE,
    region: REGION_HINT_RULE,
    mode: { check: isMode, allowed: '"opt-in" or "opt-out"' },
  },
);

/**
 * The rule in force for a visitor, for `createConsent({ rule })`: its mode, the visitor's region and the entry of
 * `regions` that chose it, and where opt-in applies (for Google's Consent Mode defaults).
 */
export interface RuleInForce {
  mode: ConsentMode;
  /**
   * The options of `createConsent` the rule sets: the mode, and Global Privacy Control honoured where a region's
   * opt-out law (a US state's) makes it the visitor's opt-out of selling or sharing.
   */
  options: { mode: ConsentMode; respectGlobalPrivacyControl?: true };
  /** The visitor's region, from a well-formed hint; absent without one. */
  region?: string;
  /** The entry of `regions` that applies (`US-CA`, `EEA`); absent elsewhere and without a hint. */
  regionRule?: string;
  /** Every country and subdivision where opt-in applies, the EEA written out as its countries. */
  optInRegions: string[];
}

// The hint a server may give in a cookie instead of the script tag's data-region.
const regionCookie = () => {
  try {
    return document.cookie.match(/(?:^|; )assent_region=([^;]*)/)?.[1];
  } catch {
    // No document (a server), or a sandboxed frame: no hint.
  }
};

/**
 * The rule in force for a visitor: the mode of the most precise entry of `regions` naming the hinted region
 * (`US-CA`, then `US`, then `EEA`), else the site's `mode`. With no hint, or one that is not a region code, the
 * strictest mode configured anywhere applies (opt-in if any entry, or `mode`, is opt-in): a missing or damaged hint
 * never loosens consent. Development builds throw on a wrong option, naming it.
 *
 * @example
 * const rule = ruleInForce({ regions: true, region: document.body.dataset.region, mode: 'opt-out' });
 * const consent = createConsent({ policyVersion: '2024-05', rule });
 * rule // for "us-ca": { mode: 'opt-out', region: 'US-CA', regionRule: 'US-CA', optInRegions: ['AT', …] }
 */
export function ruleInForce(input: RegionOptions): RuleInForce {
  const elsewhere = input.mode ?? 'opt-in';
  if (process.env.NODE_ENV !== 'production')
    throwOnWrongOption('option', REGION_OPTIONS, input, { ...input, mode: elsewhere });
  const regions = input.regions === true ? REGION_DEFAULTS : input.regions;
  const optInRegions = regionCodes(regions, 'opt-in');
  const hint = input.region ?? regionCookie();
  const region = typeof hint == 'string' ? hint.trim().toUpperCase() : '';
  if (!REGION_CODE.test(region)) {
    const strictest = [elsewhere, ...Object.values(regions)].includes('opt-in') ? 'opt-in' : 'opt-out';
    return { mode: strictest, options: { mode: strictest }, optInRegions };
  }
  const country = region.slice(0, 2);
  const inEea = EEA_COUNTRIES.includes(country);
  const regionRule = [region, country, inEea && 'EEA'].find((code) => code && Object.hasOwn(regions, code));
  if (!regionRule) return { mode: elsewhere, options: { mode: elsewhere }, region, optInRegions };
  const mode = regions[regionRule]!;
  const options = mode == 'opt-out' ? { mode, respectGlobalPrivacyControl: true as const } : { mode };
  return { mode, options, region, regionRule, optInRegions };
}

/**
 * The countries and subdivisions `regions` gives a mode, `EEA` written out as its countries: the region codes that
 * Google's Consent Mode takes.
 *
 * @example
 * regionCodes({ EEA: 'opt-in', GB: 'opt-in' }, 'opt-in') // ['AT', 'BE', …, 'NO', 'GB']
 */
export const regionCodes = (regions: RegionRules, mode: ConsentMode): string[] =>
  Object.keys(regions)
    .filter((code) => regions[code] == mode)
    .flatMap((code) => (code == 'EEA' ? EEA_COUNTRIES : [code]));
