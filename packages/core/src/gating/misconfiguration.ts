import { isWebUrl } from './web-url.js';

/** What a gated element is checked against. */
export interface GatingRules {
  /** The optional categories of the store and its services' ids: `necessary` is not one, since it gates nothing. */
  optional: readonly string[];
  /** The nonce `assent.js` (or the site) carries; when set, only scripts with the same nonce are run. */
  nonce?: string;
}

/**
 * Whether a script is inert as the browser sees it: `type="text/plain"`, in any case, with spaces around it, as
 * the HTML parser reads the attribute.
 *
 * @example
 * waitsForConsent(script) // true for <script type=" TEXT/PLAIN ">
 */
export const waitsForConsent = (script: HTMLScriptElement): boolean => script.type.trim().toLowerCase() == 'text/plain';

/**
 * Why a `data-consent` element must stay as it is, with the fix, or '' when it can be gated. Page markup is not
 * trusted: an element that names no category, names `necessary`, or (when a nonce is required) lacks the nonce is
 * never run, and one that loads before consent, or never, is named so that the site can fix it.
 *
 * @example
 * misconfiguration(iframe, ['marketing'], { optional: ['analytics', 'marketing'] }) // '' when it has a data-src
 */
export function misconfiguration(element: HTMLElement, wanted: readonly string[], rules: GatingRules): string {
  const { optional, nonce } = rules;
  const unknown = wanted.filter((name) => !optional.includes(name));
  const src = element.dataset.src;
  const isScript = element instanceof HTMLScriptElement;
  const namesNecessary = wanted.includes('necessary');
  const namesNoKnownCategory = !wanted[0] || !!unknown[0];
  // Under 'strict-dynamic' a script Assent inserts runs with Assent's trust: only the site's own scripts, which
  // carry the nonce, may get it. Injected markup cannot know the nonce (browsers hide it from the DOM).
  const lacksNonce = isScript && !!nonce && element.nonce !== nonce;
  const loadsBeforeConsent = !isScript && src === undefined && element.hasAttribute('src');
  const cannotLoadSrc = !isScript && src !== undefined && !('src' in element);

  if (namesNecessary) return 'names "necessary", which gates nothing';
  if (namesNoKnownCategory) return `names unknown "${unknown}"; known: ${optional}`;
  if (isScript && !waitsForConsent(element)) return 'needs type="text/plain" to wait for consent';
  if (lacksNonce) return "lacks the page's nonce, so it never runs";
  if (loadsBeforeConsent) return 'loads before consent: use data-src, not src';
  if (cannotLoadSrc) return 'never loads a src: use an <iframe>';
  if (src !== undefined && !isWebUrl(src)) return 'data-src must be an http(s) or relative URL';
  return '';
}
