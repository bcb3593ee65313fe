import { onServer } from '../env/server.js';
import type { ResolvedOptions } from '../options/options.js';
import type { CategoryMeanings } from '../categories/meanings.js';

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
 * Whether the visitor's browser objects to a category, by what the category means on this site: GPC objects to
 * the one meaning `marketing`, DNT to those meaning `marketing` and `analytics`.
 *
 * @example
 * const objects = objectionsTo({ analytics: 'statistics', marketing: 'ads', preferences: 'preferences' });
 * objects({ gpc: true, dnt: false }, 'ads') // true
 */
export function objectionsTo(meanings: CategoryMeanings): (signals: PrivacySignals, category: string) => boolean {
  return (signals, category) => {
    const isMarketing = category === meanings.marketing;
    const isAnalytics = category === meanings.analytics;
    return (isMarketing && (signals.gpc || signals.dnt)) || (isAnalytics && signals.dnt);
  };
}
