// Built on lit-html (lit's templates) over a bare HTMLElement: LitElement's property system alone
// costs about 2.5 kB brotli, more than the banner's whole share of its 7 kB budget.
import { html, nothing, render } from 'lit/html.js';
import type { Consent } from '@assent/core';
import type { BannerTexts } from '../i18n/language.js';
import { textsFor } from '../i18n/texts.js';
import noticeEn from '../i18n/notice-en.js';
import theme from '../theme/theme.styles.js';
import styles from './banner.styles.js';
import { BANNER_OPTIONS, checkBannerOption } from './banner-options.js';
import { explain, textKeyOf } from './explain.js';
import { showsNotice, underUsStateLaw } from './notice.js';
import { Modal } from '../internal/modal.js';
import { bindStore } from './store-binding.js';
import { OPENER_ATTRIBUTE, openerOf } from '../opener/opener.js';
import { assentEvent, type HideReason } from '../events/events.js';
import { alongPreferences, serviceSwitches } from './service-slot.js';
import type { preferences as PreferencesView } from './preferences.js';

/** What the banner shows: nothing (at most the floating button), the first layer, or the preferences. */
type View = 'closed' | 'banner' | 'preferences';
type Action = 'acceptAll' | 'rejectAll' | 'save' | 'doNotSell';

// Bundlers replace it; the development warnings below are removed from production builds.
declare const process: { env: { NODE_ENV?: string } };

let sheet: CSSStyleSheet | undefined;

// The preferences layer's switches, once fetched: only a visitor about to open them downloads them (./preferences.ts).
let preferences: typeof PreferencesView | undefined;
let fetching: Promise<void> | undefined;
// Started when the Customize button is pointed at or focused, so that they are usually there by the click. Where the
// fetch fails, the preferences open without their switches (Accept all, Reject all), and the next opening tries again.
const fetchPreferences = (): Promise<void> =>
  (fetching ||= Promise.all([import('./preferences.js'), alongPreferences?.()]).then(
    ([module]) => {
      preferences = module.preferences;
    },
    () => {
      fetching = undefined;
    },
  ));

// Server rendering imports this module where there is no HTMLElement: the class is then defined, never created.
const BaseElement = typeof document == 'undefined' ? (Object as unknown as typeof HTMLElement) : HTMLElement;

// The attributes whose values the options table checks, by option name.
const checked: Record<string, 'layout' | 'colorScheme'> = { layout: 'layout', 'color-scheme': 'colorScheme' };

/**
 * The consent banner: a first layer (Accept all, Reject all, Customize) and a modal preferences layer,
 * bound to a consent store from `@assent/core`. It opens by itself while the decision is `pending`. Where the
 * store's rule by region is an opt-out law's (a US state's), the first layer is a notice instead: what is used
 * until the visitor opts out, "Do Not Sell or Share My Personal Information", OK, Customize.
 * Register it with `import '@assent/banner/define'`. Attributes: `privacy-url`, `layout`, `color-scheme`,
 * `floating-button`, `lang`.
 *
 * @example
 * const banner = document.createElement('assent-banner');
 * banner.consent = createConsent({ policyVersion: '1' });
 * banner.privacyUrl = '/privacy';
 * document.body.append(banner);
 *
 * @tagname assent-banner
 * @event assent-show - The banner or the preferences opened.
 * @event assent-hide - Closed; `detail.reason` is `decision` (a choice, here or elsewhere) or `dismissal` (close, Escape: the decision stays `pending`).
 * @event assent-change - The store changed; `detail` is `{ state, changed }`.
 *
 * @csspart base - The dialog, both layers; also `banner` or `preferences` for one of them.
 * @csspart title - The heading.
 * @csspart text - The explanation, with the privacy link.
 * @csspart link - The privacy-policy link.
 * @csspart note - The note that Global Privacy Control is honoured.
 * @csspart reference - The visitor's consent reference, in the preferences (`showConsentReference`).
 * @csspart category - One category in the preferences; `label`, `switch`, `description`, `services` inside it (`service` on each service's own label, with `@assent/banner/services`).
 * @csspart actions - The row of buttons.
 * @csspart button - Every action button; also `accept`, `reject`, `customize`, `save` for one of them, and in a
 *   region whose law asks for an opt-out (a rule by region), `do-not-sell` and `ok`.
 * @csspart close - The close (dismiss) button.
 * @csspart floating - The floating button that reopens the preferences (`floatingButton`).
 *
 * @cssproperty --assent-background - Dialog background.
 * @cssproperty --assent-color - Text colour.
 * @cssproperty --assent-accent - Buttons, links, switches and the focus ring.
 * @cssproperty --assent-accent-color - Text on accent-coloured buttons.
 * @cssproperty --assent-radius - Corner radius of the box and the modal.
 * @cssproperty --assent-font - Font family (`Georgia, serif`); the page's own with `inherit`.
 * @cssproperty --assent-font-size - Font size, from which every size in the banner follows (default `1rem`).
 * @cssproperty --assent-z-index - Stacking order of the bar, box and floating button.
 */
export class AssentBanner extends BaseElement {
  static observedAttributes = ['privacy-url', 'layout', 'color-scheme', 'floating-button', 'lang'];

  // The site's options.
  private _consent?: Consent;
  private _texts: Partial<BannerTexts> & Record<string, string> = {};
  private _url?: string;
  private _reference = false;
  // The one state, what is shown: changed by _show() alone, which owns the show and hide events and the focus.
  private _view: View = 'closed';
  // The store followed while connected, and how to stop following it: owned by _follow(), never by rendering.
  private _following?: { consent: Consent; stop: () => void };
  // Focus in, focus kept, focus back, dismissal requests: the dialog pattern every Assent dialog shares.
  private _modal: Modal;
  // The render scheduled for the end of this task, if any: owned by _update().
  private _pending?: Promise<void>;

  constructor() {
    super();
    // delegatesFocus: focus given back to the host lands on the floating button.
    // A constructed sheet, not a <style>: a strict Content-Security-Policy (no 'unsafe-inline') allows it.
    if (!sheet) (sheet = new CSSStyleSheet()).replaceSync(theme + styles);
    const root = this.attachShadow({ mode: 'open', delegatesFocus: true });
    root.adoptedStyleSheets = [sheet];
    this._modal = new Modal(root, () => this._show('closed', undefined, 'dismissal'));
  }

  /** The store to show and drive, from `createConsent()`. */
  get consent(): Consent | undefined {
    return this._consent;
  }
  set consent(consent: Consent | undefined) {
    this._consent = consent;
    this._follow();
  }

  /** Per-key overrides of the texts of the chosen language (shown as text, never as HTML). */
  get texts(): Partial<BannerTexts> & Record<string, string> {
    return this._texts;
  }
  set texts(texts: Partial<BannerTexts> & Record<string, string>) {
    this._texts = texts;
    this._update();
  }

  /** Link to the privacy policy (`privacy-url`): an http(s) or relative URL; anything else throws. */
  get privacyUrl(): string | undefined {
    return this._url;
  }
  set privacyUrl(url: string | undefined) {
    if (url == null) this.removeAttribute('privacy-url');
    else this.setAttribute('privacy-url', checkBannerOption('privacyUrl', url));
  }

  /** `bar` at the bottom (default), `box` in a corner, or a centred `modal`. */
  get layout(): 'bar' | 'box' | 'modal' {
    const { check, default: bar } = BANNER_OPTIONS.layout;
    const layout = this.getAttribute('layout');
    return check(layout) ? (layout as 'bar') : bar!;
  }
  set layout(layout: 'bar' | 'box' | 'modal') {
    this.setAttribute('layout', checkBannerOption('layout', layout));
  }

  /** `auto` (default) follows `prefers-color-scheme`; `light` or `dark` force one. */
  get colorScheme(): 'auto' | 'light' | 'dark' {
    const { check, default: auto } = BANNER_OPTIONS.colorScheme;
    const scheme = this.getAttribute('color-scheme');
    return check(scheme) ? (scheme as 'auto') : auto!;
  }
  set colorScheme(scheme: 'auto' | 'light' | 'dark') {
    this.setAttribute('color-scheme', checkBannerOption('colorScheme', scheme));
  }

  /**
   * The small button that reopens the preferences once the banner is closed (`floating-button`): `'auto'` (no
   * attribute or `"auto"`, the default) shows it only while the page has no `data-assent-open` control, so that a way back
   * always exists; `true` (the attribute, or `"true"`) always; `false` (`"false"`) never.
   */
  get floatingButton(): boolean | 'auto' {
    const value = this.getAttribute('floating-button');
    if (value == null || value == 'auto') return 'auto';
    return value != 'false';
  }
  set floatingButton(on: boolean | 'auto') {
    if (on == 'auto') this.removeAttribute('floating-button');
    else this.setAttribute('floating-button', String(on));
  }

  /**
   * Shows the visitor their decision's id in the preferences ("Your consent reference"), for sites that send
   * receipts to a collector, where a support request can find it.
   */
  get showConsentReference(): boolean {
    return this._reference;
  }
  set showConsentReference(on: boolean) {
    this._reference = checkBannerOption('showConsentReference', on);
    this._update();
  }

  /** Resolves once the element has rendered its latest change. */
  get updateComplete(): Promise<void> {
    return this._pending || Promise.resolve();
  }

  /**
   * Opens the preferences layer, e.g. from a "Privacy settings" link in the footer
   * (any element with `data-assent-open` does the same without code).
   *
   * @example
   * document.querySelector('assent-banner')!.openPreferences();
   */
  openPreferences(): void {
    this._show('preferences');
  }

  attributeChangedCallback(name: string, _old: string | null, value: string | null): void {
    // Render even when the value is refused below, so that a refused URL is never left linked.
    this._update();
    if (name == 'privacy-url') {
      this._url = undefined;
      this._url = value == null ? undefined : checkBannerOption('privacyUrl', value);
    } else if (checked[name] && value != null) checkBannerOption(checked[name], value);
  }

  connectedCallback(): void {
    document.addEventListener('click', this._click);
    document.addEventListener('focusin', this._uncover);
    this._follow();
  }

  disconnectedCallback(): void {
    document.removeEventListener('click', this._click);
    document.removeEventListener('focusin', this._uncover);
    this._follow();
  }

  private _update(): void {
    this._pending ||= Promise.resolve().then(async () => {
      // The preferences wait for their switches; the first layer (or what was shown) stays until they are here.
      if (this._view == 'preferences') await fetchPreferences();
      this._pending = undefined;
      this._render();
    });
  }

  // A control of the page that takes the focus while the first layer is open must not sit hidden under it (WCAG
  // 2.4.11): the page scrolls it up above the bar or box.
  private _uncover = (event: FocusEvent): void => {
    const dialog = this.shadowRoot!.querySelector('dialog');
    const target = event.target as Element;
    if (!dialog?.open || target == this || dialog.matches(':modal')) return;
    const layer = dialog.getBoundingClientRect();
    const control = target.getBoundingClientRect();
    if (control.bottom > layer.top && control.top < layer.bottom) scrollBy(0, control.bottom - layer.top + 8);
  };

  private _click = (event: Event): void => {
    const opener = openerOf(event);
    if (opener) {
      event.preventDefault();
      // The link itself: Safari does not focus a clicked link, so the focus could not be returned to it.
      this._show('preferences', opener);
    }
  };

  // The one transition: what is shown changes here, and with it the element's own events (assent-show, assent-hide;
  // its store's changes are announced by bindStore) and where the focus goes. Closing says why: a decision, or a
  // dismissal that leaves the decision as it was.
  private _show(view: View, opener?: Element, reason: HideReason = 'decision'): void {
    const was = this._view;
    this._view = view;
    this._update();
    const opened = was == 'closed' && view != 'closed';
    const closed = was != 'closed' && view == 'closed';
    if (opened) {
      this._modal.opening(opener);
      this.dispatchEvent(assentEvent('assent-show', undefined));
    } else if (closed) {
      this.dispatchEvent(assentEvent('assent-hide', { reason }));
      // Where the opener is gone (or was the page itself), the host: its delegated focus lands on the floating button.
      this._modal.closed(this.updateComplete, this);
    }
  }

  private _act(action: Action): void {
    const consent = this._consent!;
    if (action == 'save') {
      const choices: Record<string, boolean> = {};
      for (const input of this.shadowRoot!.querySelectorAll<HTMLInputElement>('input:enabled')) {
        choices[input.name] = input.checked;
      }
      consent.saveChoices(choices);
    } else if (action == 'doNotSell') {
      // The visitor's own opt-out of selling or sharing: the category meaning marketing, the others as they are.
      consent.saveChoices({ [consent.options.meanings.marketing]: false });
    } else consent[action]();
    this._show('closed');
  }

  // Follows the store given while connected (and only then): subscribed here, when the store or the connection
  // changes, never while rendering.
  private _follow(): void {
    const consent = this.isConnected ? this._consent : undefined;
    if (consent != this._following?.consent) {
      if (
        process.env.NODE_ENV !== 'production' &&
        consent &&
        !serviceSwitches &&
        Object.keys(consent.get().services)[0]
      )
        console.warn(
          "assent: this site's services have switches of their own (an id); import '@assent/banner/services' to show them in the preferences",
        );
      this._following?.stop();
      this._following = consent && {
        consent,
        stop: bindStore(consent, this, {
          asked: () => this._show(this._view == 'closed' ? 'banner' : this._view),
          changed: () => this._update(),
          decided: ({ state }) => {
            // A decision made elsewhere (another tab, the site's code) closes the first layer, after it is told.
            if (state.status == 'decided' && this._view == 'banner') this._show('closed');
          },
        }),
      };
    }
    this._update();
  }

  private _render(): void {
    render(this._template(), this.shadowRoot!);
    const dialog = this.shadowRoot!.querySelector('dialog');
    if (dialog) this._modal.show(dialog, this._view == 'preferences' || this.layout == 'modal');
  }

  private _template() {
    const consent = this._following?.consent;
    const view = this._view;
    if (!consent) return nothing;
    const { t, lang, dir } = textsFor(this.lang, this._texts, noticeEn);
    if (view == 'closed') {
      const setting = this.floatingButton;
      const pageOffersWayBack = !!document.querySelector(`[${OPENER_ATTRIBUTE}]`);
      return (setting == 'auto' ? !pageOffersWayBack : setting)
        ? html`<button part="floating" lang=${lang} dir=${dir} aria-label=${t.settings} title=${t.settings} @pointerenter=${fetchPreferences} @focus=${fetchPreferences} @click=${() => this.openPreferences()}>
            <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M12 2a10 10 0 1 0 10 10 4 4 0 0 1-5-5 4 4 0 0 1-5-5Zm-4 9a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3Zm5 4a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3Z"/></svg>
          </button>`
        : nothing;
    }
    const state = consent.get();
    // The switches start from what holds now (opt-out's defaults included), or from the choices made under an
    // earlier policy version while the new one is asked about.
    const start = (state.status != 'decided' && consent.previousChoices) || { ...state.categories, ...state.services };
    const { meanings } = consent.options;
    const declared = consent.categories.map((category) => category.name);
    // The texts of a category the site names otherwise (statistics) are those of what it means (analytics).
    const keyOf = (name: string) => textKeyOf(name, meanings, t);
    // The GPC note promises that marketing stays off: only a site with marketing can keep that promise.
    const sells = declared.includes(meanings.marketing);
    const gpcNote = state.gpc && sells;
    // In opt-out mode (the site's, or a region's law's) the first layer is a notice, not a request: what is used
    // until the visitor objects, with Reject all and OK; under a US state's law, "Do Not Sell or Share" takes Reject
    // all's place where the site has marketing. Without its texts (the script tag fetches them, and that can fail)
    // the notice asks for consent instead: the stricter wording.
    const notice = !!t.noticeFor && showsNotice(consent.options);
    const saleLaw = notice && underUsStateLaw(consent.options);
    const first = view == 'banner';
    const button = (action: Action | 'customize', part: string, label: string) =>
      html`<button part="button ${part}"
        @pointerenter=${action == 'customize' ? fetchPreferences : nothing} @focus=${action == 'customize' ? fetchPreferences : nothing}
        @click=${() => (action == 'customize' ? this.openPreferences() : this._act(action))}>${label}</button>`;
    return html`<dialog
      part="base ${view}"
      class=${view == 'preferences' ? 'm' : ''}
      lang=${lang}
      dir=${dir}
      aria-labelledby="t"
      aria-describedby="d"
      tabindex="-1"
      @keydown=${this._modal.keydown}
      @cancel=${this._modal.cancel}
    >
      <button part="close" aria-label=${t.close} @click=${() => this._show('closed', undefined, 'dismissal')}>×</button>
      <h2 id="t" part="title">${first ? (notice ? t.noticeTitle : t.title) : t.preferencesTitle}</h2>
      <p id="d" part="text">
        ${explain(t, declared.map(keyOf), notice, saleLaw)}
        ${this._url ? html`<a part="link" href=${this._url}>${t.privacy}</a>` : nothing}
      </p>
      ${gpcNote ? html`<p part="note">${t.gpc}</p>` : nothing}
      ${
        view == 'preferences' && preferences
          ? preferences(this.shadowRoot!, t, {
              consent,
              keyOf,
              start,
              reference: this._reference ? state.id : undefined,
            })
          : nothing
      }
      <div part="actions">
        ${
          first && notice
            ? html`${sells && saleLaw ? button('doNotSell', 'do-not-sell', t.doNotSell) : button('rejectAll', 'reject', t.rejectAll)}
              ${button('acceptAll', 'ok', t.ok)}`
            : html`${first || !preferences ? nothing : button('save', 'save', t.save)}
              ${button('acceptAll', 'accept', t.acceptAll)} ${button('rejectAll', 'reject', t.rejectAll)}`
        }
        ${first ? button('customize', 'customize', t.customize) : nothing}
      </div>
    </dialog>`;
  }
}
