import { command, dataLayer, queued } from '../gtag/gtag.js';
import type { Signals } from './signals.js';

/**
 * Puts Consent Mode's `default` command (with `security_storage` granted and `wait_for_update`), then
 * `ads_data_redaction` (and `url_passthrough` when asked) into the dataLayer: first, ahead of anything the site
 * queued, as long as gtag.js or Tag Manager has not taken the queue over. Does nothing when a default is queued
 * already (a second connection on the page). With `optInRegions` (a rule by region is in force), the same
 * default scoped to them with Consent Mode's `region` comes first.
 *
 * @example
 * putDefaults(track({}), { waitForUpdate: 500, urlPassthrough: false }, consent.options.rule?.optInRegions);
 */
export function putDefaults(
  denied: Signals | undefined,
  { waitForUpdate, urlPassthrough }: DefaultOptions,
  optInRegions?: string[],
): void {
  const layer = dataLayer();
  const signals = { ...denied, security_storage: 'granted', wait_for_update: waitForUpdate };
  const defaults = [command('consent', 'default', signals), command('set', 'ads_data_redaction', true)];
  // Google applies the most specific default that names the visitor's region. Every default stays denied, and the
  // store's own state follows as an update: Google's idea of where a visitor is never loosens the rule Assent
  // applies. The scoped one keeps the regions that ask first denied even where another tag on the page sets a
  // looser default for everyone.
  if (optInRegions?.length) defaults.unshift(command('consent', 'default', { ...signals, region: optInRegions }));
  if (urlPassthrough) defaults.push(command('set', 'url_passthrough', true));
  if (queued('consent', 'default')) return;
  const takenOver = layer.push != [].push;
  if (takenOver) defaults.map((entry) => layer.push(entry));
  else layer.unshift(...defaults);
}

/** What {@link putDefaults} needs to know. */
export interface DefaultOptions {
  /** Milliseconds Google's tags wait for an update before their first hit. */
  waitForUpdate: number;
  /** Pass ad click ids through URLs while ad storage is denied. */
  urlPassthrough: boolean;
}
