import type { ConsentState } from '@assent/core';

/**
 * The dataLayer event Google Tag Manager triggers listen for, pushed on connecting and on every change: the whole
 * state under `assent`, and one flat key per category, `assent_<category>`: `'granted'` or `'denied'`, which a
 * Data Layer Variable reads without a path and a trigger compares as text.
 *
 * @example
 * consentEvent(state) // { event: 'assent_consent_update', assent: { status: 'decided', … }, assent_analytics: 'granted', … }
 */
export function consentEvent(state: ConsentState): Record<string, unknown> {
  const event: Record<string, unknown> = { event: 'assent_consent_update', assent: state };
  for (const name in state.categories) event[`assent_${name}`] = state.categories[name] ? 'granted' : 'denied';
  return event;
}
