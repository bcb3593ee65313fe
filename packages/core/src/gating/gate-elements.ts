import type { Consent } from '../types.js';
import { misconfiguration } from './misconfiguration.js';

/**
 * Options of {@link gateElements}.
 *
 * @example
 * gateElements(consent, document, { nonce: document.currentScript.nonce });
 */
export interface GateOptions {
  /**
   * The page's Content-Security-Policy nonce. When set, only gated scripts carrying the same nonce are ever run:
   * under `'strict-dynamic'` a script Assent inserts is trusted, so markup injected into the page must not get it.
   */
  nonce?: string;
}

/**
 * Keeps elements marked `data-consent="analytics marketing"` inert until every category they name is granted:
 * `<script type="text/plain" data-consent>` (inline or `src`; `data-type="module"` for modules) runs once, in
 * document order; `<iframe data-consent data-src>` (or any element with `data-src`) gets its `src`, and loses
 * it again when consent is withdrawn. Elements added later are gated too. Elements in a shadow root are gated
 * when that root is passed as `root`. A misconfigured element stays as it is and gets one console error naming
 * it and the fix. Returns a function that stops gating.
 *
 * @example
 * // <script type="text/plain" data-consent="analytics" src="/stats.js" nonce="…"></script>
 * const stop = gateElements(createConsent({ policyVersion: '1' }), document, { nonce: scriptNonce });
 */
export function gateElements(consent: Consent, root: ParentNode = document, options: GateOptions = {}): () => void {
  const rules = { optional: consent.categories.map((c) => c.name).filter((name) => name != 'necessary'), ...options };
  const seen = new WeakSet<Element>();
  // Scripts run one after another: an external script must have loaded before the next gated script runs.
  let queue: Promise<unknown> = Promise.resolve();

  function run(original: HTMLScriptElement): Promise<unknown> | void {
    const script = document.createElement('script');
    for (const { name, value } of original.attributes) script.setAttribute(name, value);
    script.removeAttribute('data-consent');
    script.type = original.dataset.type ?? '';
    // Browsers hide the nonce attribute's value once a CSP applies; only the property still holds it.
    script.nonce = original.nonce!;
    script.text = original.text;
    // Inserted scripts are async by default; only the attribute says what the site asked for (Firefox
    // reports .async === true for any script the parser did not insert).
    script.async = original.hasAttribute('async');
    original.replaceWith(script);
    const blocksTheNext = script.src && !script.async && script.type != 'module';
    if (blocksTheNext)
      return new Promise((done) => {
        script.onload = script.onerror = done;
      });
  }

  // Consent may be withdrawn while an earlier script loads: check again at its turn (a later grant queues it anew).
  function enqueue(script: HTMLScriptElement, wanted: string[]): void {
    seen.add(script);
    queue = queue.then(() => {
      const stillGranted = !stopped && wanted.every(consent.allowed);
      if (!stillGranted) seen.delete(script);
      else if (script.isConnected) return run(script);
    });
  }

  function scan(): void {
    for (const el of root.querySelectorAll<HTMLElement>('[data-consent]')) {
      const wanted = el.dataset.consent!.split(/[\s,]+/).filter(Boolean);
      const wrong = misconfiguration(el, wanted, rules);
      const allowed = wanted.every(consent.allowed);
      const src = el.dataset.src;
      if (wrong) {
        if (!seen.has(el)) console.error(`assent: <${el.localName} data-consent="${el.dataset.consent}"> ${wrong}`, el);
        seen.add(el);
      } else if (el instanceof HTMLScriptElement) {
        if (allowed && !seen.has(el)) enqueue(el, wanted);
      } else if (src !== undefined && allowed != el.hasAttribute('src')) {
        // Granted: load it. Withdrawn: unload it, so an embedded player stops tracking too.
        if (allowed) el.setAttribute('src', src);
        else el.removeAttribute('src');
      }
    }
  }

  let scheduled = false;
  let stopped = false;
  const observer = new MutationObserver(() => {
    if (!scheduled)
      queueMicrotask(() => {
        scheduled = false;
        scan();
      });
    scheduled = true;
  });
  observer.observe(root, { childList: true, subtree: true });
  const unsubscribe = consent.$consent.listen(scan);
  scan();
  return () => {
    stopped = true;
    observer.disconnect();
    unsubscribe();
  };
}
