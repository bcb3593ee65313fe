import type { Consent, ConsentState } from '@assent/core';
import type { Receipt } from './types.js';

/**
 * A random id for a reset (which forgets the decision and its id): 64 bits, hex, like a decision's.
 *
 * @example
 * resetId() // '9c0d4e5b677f3a02'
 */
export function resetId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => (b | 256).toString(16).slice(1)).join('');
}

/**
 * The receipt of a state: a decision, or (with `reset`) the withdrawal of every category. Where visitors choose
 * services one by one, it lists them too, by `id`. It names the mode in force and, under rules by region, the
 * visitor's region and the entry of `regions` that set the mode.
 *
 * @example
 * receiptOf(consent, consent.get(), { language: 'en' })
 */
export function receiptOf(
  consent: Consent,
  state: ConsentState,
  page: { language: string; subject?: string },
  reset?: { id: string; at: Date },
): Receipt {
  const optional = consent.categories.slice(1).map((category) => category.name);
  const granted = reset ? [] : optional.filter((name) => state.categories[name]);
  const { cookieName, cookieDomain, expiresDays, mode, rule } = consent.options;
  // Services with a switch of their own (per-service consent): each granted or denied, as the categories are.
  const services = Object.keys(state.services);
  const grantedServices = reset ? [] : services.filter((id) => state.services[id]);
  return {
    id: reset?.id ?? state.id!,
    decidedAt: reset ? reset.at.toISOString() : state.decidedAt!,
    policyVersion: state.policyVersion,
    method: reset ? 'reset' : state.method!,
    granted,
    denied: optional.filter((name) => !granted.includes(name)),
    ...(services[0]
      ? { services: { granted: grantedServices, denied: services.filter((id) => !grantedServices.includes(id)) } }
      : {}),
    gpc: state.gpc,
    dnt: state.dnt,
    // The rule the decision was made under: opt-in asks first, opt-out lets a visitor object (a US state's law);
    // the region and the entry of `regions` are absent without rules by region (undefined is left out of the JSON sent).
    mode,
    region: rule?.region,
    regionRule: rule?.regionRule,
    language: page.language,
    origin: location.origin,
    // The path only: a query string or fragment may carry personal data.
    path: location.pathname,
    ...(page.subject ? { subject: page.subject } : {}),
    ...(reset
      ? {}
      : { cookie: { name: cookieName, days: expiresDays, ...(cookieDomain ? { domain: cookieDomain } : {}) } }),
  };
}
