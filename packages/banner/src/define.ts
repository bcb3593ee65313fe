// Registers <assent-banner>; the only module of this package with a side effect.
import { AssentBanner } from './banner/banner.component.js';

export { AssentBanner };
export { registerLanguage, chooseLanguage, languages } from './i18n/language.js';

if (!customElements.get('assent-banner')) customElements.define('assent-banner', AssentBanner);

declare global {
  interface HTMLElementTagNameMap {
    'assent-banner': AssentBanner;
  }
}
