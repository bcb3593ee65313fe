import { onServer } from '../env/server.js';
import type { ResolvedOptions } from '../options/options.js';

/** The browser's privacy signals this site honours. */
export interface PrivacySignals {
  /** Global Privacy Control: an objection to `marketing` (selling or sharing). */
  gpc: boolean;
  /** Do Not Track, only when `respectDoNotTrack`: an objection to `analytics` and `marketing`. */
  dnt: boolean;
}

/**
 * Reads Global Privacy Control and Do Not Track, as far as the site chose to honour them.
 *
 * @example
 * readSignals(options).gpc // true when navigator.globalPrivacyControl === true
 */
export function readSignals(options: ResolvedOptions): PrivacySignals {
  // A server has no browser to send a signal: no objection is read there.
  if (onServer()) return { gpc: false, dnt: false };
  const nav = navigator as Navigator & { globalPrivacyControl?: boolean };
  const dnt = nav.doNotTrack ?? (window as { doNotTrack?: string }).doNotTrack;
  return {
    gpc: options.respectGlobalPrivacyControl && nav.globalPrivacyControl === true,
    dnt: options.respectDoNotTrack && (dnt === '1' || dnt === 'yes'),
  };
}

/**
 * Whether the visitor's browser objects to a category.
 *
 * @example
 * objects({ gpc: true, dnt: false }, 'marketing') // true
 */
export function objects(signals: PrivacySignals, category: string): boolean {
  return (category === 'marketing' && (signals.gpc || signals.dnt)) || (category === 'analytics' && signals.dnt);
}
