import type { ReadableAtom } from 'nanostores';
import type { CategoryMeanings, Meaning } from './categories/meanings.js';

/**
 * How the visitor (or the site) reached the current decision: `accept-all` and `reject-all` (the buttons),
 * `custom` (the visitor's own switches, `saveChoices()`), `api` (the site's code, `update()`), `gpc` (recorded by
 * itself from the browser's signal, opt-out mode). Each is recorded by its own call, never chosen by the caller.
 *
 * @example
 * if (consent.get().method === 'gpc') showNote('Your browser asked us not to share your data.');
 */
export type ConsentMethod = 'accept-all' | 'reject-all' | 'custom' | 'gpc' | 'api';

/**
 * `pending` until the visitor decides (or after `reset()`), then `decided`.
 *
 * @example
 * if (consent.get().status === 'pending') banner.hidden = false;
 */
export type ConsentStatus = 'pending' | 'decided';

/**
 * The visitor's consent as the store holds it.
 *
 * @example
 * const state = consent.get();
 * if (state.status === 'decided' && state.categories.analytics) loadCharts();
 */
export interface ConsentState {
  status: ConsentStatus;
  /**
   * One boolean per category, `necessary` always `true`. A category whose services have switches of their own is
   * `true` while at least one of them is granted.
   */
  categories: Readonly<Record<string, boolean>>;
  /** One boolean per service with an `id` (per-service consent); empty on a site without them. */
  services: Readonly<Record<string, boolean>>;
  /** The policy version this state belongs to (the site's current one). */
  policyVersion: string;
  /** ISO time of the decision, `null` while pending. */
  decidedAt: string | null;
  /** Random id of this decision, for proof of consent; `null` while pending. */
  id: string | null;
  method: ConsentMethod | null;
  /** The browser sends Global Privacy Control and this site honours it. */
  gpc: boolean;
  /** The browser sends Do Not Track and this site honours it (`respectDoNotTrack`). */
  dnt: boolean;
}

/**
 * A third-party service (or the site itself) that sets cookies in a category.
 *
 * @example
 * { name: 'Google Analytics', description: 'Counts visits', cookies: ['_gid', /^_ga/] }
 */
export interface ServiceDefinition {
  name: string;
  /**
   * Gives the service a switch of its own in the preferences (per-service consent), and the name by which
   * `data-consent="youtube"`, `allowed('youtube')` and `saveChoices({ youtube: true })` refer to it: lower-case
   * like a category name, unique on the site, different from every category's. In a category, give every service
   * an id or none.
   *
   * @example
   * { id: 'youtube', name: 'YouTube', description: 'Videos', cookies: ['VISITOR_INFO1_LIVE', 'YSC'] }
   */
  id?: string;
  description?: string;
  /** Cookie names, exact strings or regular expressions; deleted when the service (or its category) is withdrawn. */
  cookies?: ReadonlyArray<string | RegExp>;
}

/**
 * An optional category (or extra detail for `necessary`).
 *
 * @example
 * { name: 'analytics', description: 'Aggregate traffic data', services: [{ name: 'Google Analytics', cookies: [/^_ga/] }] }
 */
export interface CategoryDefinition {
  /** Lower-case name: letters, digits, `-` and `_`. */
  name: string;
  description?: string;
  services?: ReadonlyArray<ServiceDefinition>;
}

/**
 * Options of {@link createConsent}. In development builds every option is checked: a wrong one throws an Error naming it.
 *
 * @example
 * createConsent({ policyVersion: '2024-05', categories: ['analytics'], cookieDomain: 'shop.example' })
 */
export interface ConsentOptions {
  /** Identifies the privacy policy in force; a new value asks every visitor again. Letters, digits, `.`, `_`, `-`; at most 32. */
  policyVersion: string;
  /** The optional categories this site uses. Default: `['preferences', 'analytics', 'marketing']`. */
  categories?: ReadonlyArray<string | CategoryDefinition>;
  /** Services of the always-granted `necessary` category (shown by the banner, never cleaned up). */
  necessary?: Omit<CategoryDefinition, 'name'>;
  /** `opt-in` (default): nothing optional before a decision. `opt-out`: optional categories granted until the visitor objects. */
  mode?: 'opt-in' | 'opt-out';
  /** Honour Global Privacy Control as an objection to `marketing`. Default `true`. */
  respectGlobalPrivacyControl?: boolean;
  /** Honour Do Not Track as an objection to `analytics` and `marketing`. Default `false`. */
  respectDoNotTrack?: boolean;
  /** Cookie name. Default `assent`. */
  cookieName?: string;
  /** Domain to share the decision across subdomains, e.g. `shop.example`. Default: this host only. */
  cookieDomain?: string;
  /** Days the decision is kept. Default 182, 1 to 400. */
  expiresDays?: number;
  /**
   * Which of the site's categories means `analytics`, `marketing` or `preferences`, where the site names them
   * otherwise: privacy signals (GPC, DNT), the analytics bridge and the banner's texts follow it. Default: each
   * category means what it is called.
   *
   * @example
   * createConsent({ policyVersion: '1', categories: ['statistics', 'marketing'], meanings: { analytics: 'statistics' } })
   */
  meanings?: Readonly<Partial<Record<Meaning, string>>>;
}

/**
 * What changed between two states, for `assent-change` listeners.
 *
 * @example
 * consent.onChange(({ state, changed }) => { if (changed.includes('analytics')) reloadCharts(state); });
 */
export interface ConsentChange {
  state: ConsentState;
  /** Categories and services (by `id`) whose boolean changed. */
  changed: string[];
}

/**
 * A consent store, one per cookie name. Created by {@link createConsent}.
 *
 * @example
 * const consent = createConsent({ policyVersion: '1' });
 * consent.$consent.subscribe((state) => console.log(state.categories));
 * consent.acceptAll();
 */
export interface Consent {
  /** The state as a nanostores atom: bind it with `@nanostores/react`, `@nanostores/vue`, … */
  readonly $consent: ReadableAtom<ConsentState>;
  /** All categories in order, `necessary` first, with their services. */
  readonly categories: ReadonlyArray<Required<CategoryDefinition>>;
  /**
   * The choices of a decision made under an older policy version: defaults for the next prompt, never applied.
   * A category the visitor's browser objects to is always `false` here.
   */
  readonly previousChoices: Readonly<Record<string, boolean>> | null;
  /** The checked options. */
  readonly options: Readonly<
    Required<
      Pick<
        ConsentOptions,
        'policyVersion' | 'mode' | 'respectGlobalPrivacyControl' | 'respectDoNotTrack' | 'cookieName' | 'expiresDays'
      >
    > & { cookieDomain?: string; meanings: CategoryMeanings }
  >;
  /** The current state. */
  get(): ConsentState;
  /**
   * Whether a category, or a service by its `id`, is granted now (`necessary` always is; unknown names are not).
   *
   * @example
   * if (consent.allowed('youtube')) showVideo();
   */
  allowed(name: string): boolean;
  /** Grant every optional category and service (except those the visitor's browser objects to: GPC, DNT). */
  acceptAll(): void;
  /** Deny every optional category. */
  rejectAll(): void;
  /**
   * Set some categories (or services, by `id`) from the site's code; the others keep their current value. A
   * category set here sets its services too, unless they are named as well. Recorded with method `api`, so a
   * category the visitor's browser objects to (GPC, DNT) stays denied.
   *
   * @example
   * consent.update({ preferences: true });
   */
  update(choices: Readonly<Record<string, boolean>>): void;
  /**
   * Record the visitor's own switches, as a preferences dialog's Save button does (method `custom`): the one call
   * that grants a category the visitor's browser objects to, because the visitor switched it on. Services are named
   * by `id`, beside the categories.
   *
   * @example
   * saveButton.addEventListener('click', () => consent.saveChoices({ analytics: analyticsSwitch.checked }));
   * consent.saveChoices({ marketing: true, 'meta-pixel': false }); // YouTube yes, the pixel no
   */
  saveChoices(choices: Readonly<Record<string, boolean>>): void;
  /** Withdraw everything and forget the decision: back to `pending`, cookies of optional categories deleted. */
  reset(): void;
  /** Call `listener` on every change, with the categories that changed. Returns an unsubscribe function. */
  onChange(listener: (change: ConsentChange) => void): () => void;
  /** Stop listening to other tabs and page restores. */
  destroy(): void;
}
