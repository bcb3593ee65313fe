import { isWebUrl, type BlockedElement, type Consent } from '@assent/core';
import { checkBannerOption, type BannerOptions } from '../banner/banner-options.js';
import { textKeyOf } from '../banner/explain.js';
import { labelOf, listOf, textsFor } from '../i18n/texts.js';
import english from '../i18n/placeholders/en.js';
import theme from '../theme/theme.styles.js';
import styles from './placeholder.styles.js';
import { isSelfHosted, placeholderContent } from './placeholder.js';
import { overlay } from './overlay.js';

/**
 * Options of {@link placeholders}: the banner's, for the same look, language and privacy policy.
 *
 * @example
 * const options: PlaceholderOptions = { privacyUrl: '/privacy', lang: 'de', texts: { loadOnce: 'Jetzt laden' } };
 */
export type PlaceholderOptions = Pick<BannerOptions, 'privacyUrl' | 'colorScheme' | 'lang' | 'texts'>;

let sheet: CSSStyleSheet | undefined;

/**
 * Returns the `blocked` option of core's `gateElements`: over each embed that waits for consent
 * (`<iframe data-consent="marketing" data-src="…">`) it lays a placeholder of exactly its size, until the embed
 * loads. The placeholder names the service (`data-service`, else the host of `data-src`), says that loading it
 * sends the visitor's IP address and the page's address there, and offers "Load this once" (this embed only,
 * nothing recorded) and "Always allow <category>" (recorded as the visitor's own choice, `saveChoices`), with a
 * link to the privacy policy (the element's `data-privacy-url`, else `privacyUrl`) and, with `data-preview`, an
 * image of the site's own behind it. Themed by the banner's `--assent-*` properties; `::part()` names: `panel`,
 * `preview`, `title`, `text`, `actions`, `button` (`once`, `allow`), `link`.
 *
 * @example
 * import { createConsent, gateElements } from '@assent/core';
 * import { placeholders } from '@assent/banner/placeholders';
 *
 * const consent = createConsent({ policyVersion: '2024-05' });
 * gateElements(consent, document, { blocked: placeholders(consent, { privacyUrl: '/privacy' }) });
 */
export function placeholders(consent: Consent, options: PlaceholderOptions = {}): (blocked: BlockedElement) => void {
  const { lang, texts } = options;
  const { meanings } = consent.options;
  const privacyUrl = options.privacyUrl && checkBannerOption('privacyUrl', options.privacyUrl);
  const colorScheme = options.colorScheme && checkBannerOption('colorScheme', options.colorScheme);
  const shown = new Map<Element, HTMLElement>();
  const pairs = () => [...shown].map(([element, cover]) => ({ element, cover }));

  function remove(element: Element): void {
    shown.get(element)?.remove();
    shown.delete(element);
    resized.unobserve(element);
  }
  // Sizes change, the window is resized, a scroll container between an embed and its placeholder scrolls: each
  // placeholder follows its embed. An embed that left the page takes its placeholder along.
  function follow(): void {
    for (const [element] of shown) if (!element.isConnected) remove(element);
    overlay(pairs());
  }
  const resized = new ResizeObserver(follow);
  // An embed that gets its src (granted, or loaded once) no longer waits: its placeholder goes.
  const loaded = new MutationObserver((records) => {
    for (const { target } of records) if ((target as Element).hasAttribute('src')) remove(target as Element);
  });
  let listening = false;

  // Services with a switch of their own (per-service consent), by id: data-consent="youtube" names one.
  const serviceNames: Record<string, string> = {};
  for (const { services } of consent.categories) for (const { id, name } of services) if (id) serviceNames[id] = name;

  return ({ element, wanted, loadOnce }) => {
    if (shown.has(element) || element.hasAttribute('src')) return;
    const chosen = textsFor(lang, texts, english);
    const { t } = chosen;
    const elementSays = (name: string) =>
      `assent: <${element.localName} data-consent="${element.dataset.consent}"> ${name}`;
    const host = new URL(element.dataset.src!, location.href).host;
    const ownPrivacyUrl = element.dataset.privacyUrl;
    const preview = element.dataset.preview;
    if (ownPrivacyUrl && !isWebUrl(ownPrivacyUrl))
      console.error(elementSays('data-privacy-url must be an http(s) or relative URL'), element);
    if (preview && !isSelfHosted(preview))
      console.error(elementSays("data-preview must be an image on this site's own address"), element);

    // Laid out from the start, so its first placement measures it with the embed in one read of the page's layout;
    // unseen until then, as a cover seen where it does not belong and then moved counts as a layout shift.
    const cover = document.createElement('assent-placeholder');
    cover.style.visibility = 'hidden';
    if (colorScheme && colorScheme != 'auto') cover.setAttribute('color-scheme', colorScheme);
    const root = cover.attachShadow({ mode: 'open' });
    if (!sheet) (sheet = new CSSStyleSheet()).replaceSync(theme + styles);
    root.adoptedStyleSheets = [sheet];
    // After a click the focus would be lost with the placeholder: it moves to the embed that replaces it.
    const thenFocus = (action: () => void) => () => {
      action();
      element.focus({ preventScroll: true });
    };
    root.append(
      placeholderContent(chosen, {
        service: element.dataset.service || serviceNames[wanted[0]!] || host,
        host,
        // A category the site names otherwise (statistics) is labelled as what it means (analytics).
        allows: listOf(
          t,
          wanted.map((name) => serviceNames[name] || labelOf(t, textKeyOf(name, meanings, t), name)),
        ),
        privacyUrl: ownPrivacyUrl && isWebUrl(ownPrivacyUrl) ? ownPrivacyUrl : privacyUrl,
        preview: preview && isSelfHosted(preview) ? preview : undefined,
        loadOnce: thenFocus(loadOnce),
        alwaysAllow: thenFocus(() => consent.saveChoices(Object.fromEntries(wanted.map((name) => [name, true])))),
      }),
    );
    element.before(cover);
    shown.set(element, cover);
    resized.observe(element);
    loaded.observe(element, { attributes: true, attributeFilter: ['src'] });
    if (!listening) {
      listening = true;
      addEventListener('resize', follow);
      document.addEventListener('scroll', (event) => event.target != document && follow(), {
        capture: true,
        passive: true,
      });
    }
  };
}
