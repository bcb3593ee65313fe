import type { Consent } from '../types.js';
import { misconfiguration } from './misconfiguration.js';
import { serviceCategories } from '../categories/services.js';

// Whether anything follows the element in the document yet: the HTML parser adds nodes in document order.
function parserMovedOn(el: Node): boolean {
  for (let node: Node | null = el; node; node = node.parentNode) if (node.nextSibling) return true;
  return false;
}

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
  /**
   * Called with each element that waits for consent to load (an `<iframe data-src>` without its `src`): when
   * gating starts or the element is added, and again after a withdrawal unloaded it. A placeholder shows itself
   * here (`@assent/banner/placeholders`); it may be called again for the same element while it waits.
   */
  blocked?: (blocked: BlockedElement) => void;
}

/**
 * An element that waits for consent, as {@link GateOptions.blocked} receives it.
 *
 * @example
 * gateElements(consent, document, {
 *   blocked: ({ element, wanted, loadOnce }) => console.log(element, 'waits for', wanted, loadOnce),
 * });
 */
export interface BlockedElement {
  element: HTMLElement;
  /** What its `data-consent` names (categories, or services by `id`), every one of which must be granted. */
  wanted: readonly string[];
  /**
   * Loads it now, without recording any consent: it stays loaded on this page until its consent is given (from
   * then on it follows that consent, as any gated element does).
   */
  loadOnce(): void;
}

/**
 * Keeps elements marked `data-consent="analytics marketing"` inert until every category they name is granted (a
 * service with an `id` may be named as well: `data-consent="youtube"` waits for that service alone):
 * `<script type="text/plain" data-consent>` (inline or `src`; `data-type="module"` for modules) runs once, in
 * document order; `<iframe data-consent data-src>` (or any element with `data-src`) gets its `src`, and loses
 * it again when consent is withdrawn; while it waits, `options.blocked` may show a placeholder that loads it
 * once. Elements added later are gated too. Elements in a shadow root are gated when that root is passed as `root`. A misconfigured element stays as it is and gets one console error naming
 * it and the fix. Returns a function that stops gating.
 *
 * @example
 * // <script type="text/plain" data-consent="analytics" src="/stats.js" nonce="…"></script>
 * const stop = gateElements(createConsent({ policyVersion: '1' }), document, { nonce: scriptNonce });
 */
export function gateElements(consent: Consent, root: ParentNode = document, options: GateOptions = {}): () => void {
  const { blocked, ...checks } = options;
  // What data-consent may name: the optional categories, and the services with a switch of their own.
  const optional = consent.categories.map((c) => c.name).filter((name) => name != 'necessary');
  const rules = { optional: [...optional, ...Object.keys(serviceCategories(consent.categories))], ...checks };
  const seen = new WeakSet<Element>();
  // Elements the visitor loaded once: gating leaves their src alone until their consent is given.
  const loadedOnce = new WeakSet<Element>();
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

  // One gated element: run, load or unload it as the decision says. Safe to call again for the same element.
  function check(el: HTMLElement): void {
    const wanted = el.dataset.consent!.split(/[\s,]+/).filter(Boolean);
    const wrong = misconfiguration(el, wanted, rules);
    const allowed = wanted.every(consent.allowed);
    const src = el.dataset.src;
    if (wrong) {
      if (!seen.has(el)) console.error(`assent: <${el.localName} data-consent="${el.dataset.consent}"> ${wrong}`, el);
      seen.add(el);
    } else if (el instanceof HTMLScriptElement) {
      // The parser may still be adding an inline script's text until it has added what follows it: such a script
      // waits for the next additions (or the end of parsing), or it would run cut short.
      if (document.readyState == 'loading' && !parserMovedOn(el)) unfinished.add(el);
      else if (allowed && !seen.has(el)) enqueue(el, wanted);
    } else if (src !== undefined) {
      if (allowed) loadedOnce.delete(el);
      const followsConsent = !loadedOnce.has(el);
      // Granted: load it. Withdrawn: unload it, so an embedded player stops tracking too.
      if (followsConsent && allowed != el.hasAttribute('src')) {
        if (allowed) el.setAttribute('src', src);
        else el.removeAttribute('src');
      }
      const waits = !allowed && !el.hasAttribute('src');
      if (waits)
        blocked?.({
          element: el,
          wanted,
          loadOnce() {
            loadedOnce.add(el);
            el.setAttribute('src', src);
          },
        });
    }
  }

  // Every gated element under root: at the start and when the decision changes, which is rare.
  function scan(): void {
    for (const el of root.querySelectorAll<HTMLElement>('[data-consent]')) check(el);
  }

  // While the page is parsed, and after every revived script, only what was just added is looked at: the cost
  // grows with the elements added, never with the size of the page around them. (A revived script has no
  // data-consent left, so it costs one attribute test.)
  function checkAdded(records: MutationRecord[]): void {
    // Copied first: a script still unfinished goes back into the set, for the next additions.
    const waiting = [...unfinished];
    unfinished.clear();
    for (const el of waiting) check(el);
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType != Node.ELEMENT_NODE) continue;
        const added = node as HTMLElement;
        if (added.hasAttribute('data-consent')) check(added);
        if (added.firstElementChild)
          for (const inside of added.querySelectorAll<HTMLElement>('[data-consent]')) check(inside);
      }
    }
  }

  let stopped = false;
  const unfinished = new Set<HTMLScriptElement>();
  const observer = new MutationObserver(checkAdded);
  observer.observe(root, { childList: true, subtree: true });
  const parsed = () => checkAdded([]);
  // Only a parser still at work can leave a script unfinished: a deferred or late start has nothing to wait for.
  const parsing = document.readyState == 'loading';
  if (parsing) document.addEventListener('DOMContentLoaded', parsed);
  const unsubscribe = consent.$consent.listen(scan);
  scan();
  return () => {
    stopped = true;
    observer.disconnect();
    document.removeEventListener('DOMContentLoaded', parsed);
    unsubscribe();
  };
}
